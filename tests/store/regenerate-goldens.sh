#!/bin/sh
# Rewrites the export golden files (tests/store/golden/) from the current
# output. Run from the checkout after ./dev test has built the tests, then
# review the diff: ./tests/store/regenerate-goldens.sh && git diff tests/store/golden
set -eu
cd "$(dirname "$0")/../.."
exec ./dev shell sh -c 'cd build/dev && CONFER_REGENERATE_GOLDENS=1 ctest -R "^transcripts$" --output-on-failure'
