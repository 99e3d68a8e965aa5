#!/bin/sh
# Runs one test program with a fresh, empty HOME and profile so that no test
# reads or writes the user's real state. Removed afterwards.
set -u
scratch=$(mktemp -d "${TMPDIR:-/tmp}/confer-test.XXXXXX") || exit 1
mkdir -p "$scratch/home"
status=0
env -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u XDG_CACHE_HOME -u XDG_STATE_HOME \
    HOME="$scratch/home" CONFER_PROFILE="$scratch/profile" CONFER_TEST_SCRATCH="$scratch" \
    "$@" || status=$?
rm -rf "$scratch"
exit $status
