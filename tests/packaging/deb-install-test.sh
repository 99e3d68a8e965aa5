#!/bin/bash
# deb-install-test.sh install DEB | run | remove
#
# Runs as root inside a fresh copy of a clean Debian 13 root ('./dev package
# --test' sets it up): installs the package with apt, starts the installed
# confer from the command line and as a window, then purges it and checks
# that nothing of it is left. Any failed check ends the script non-zero.
set -euo pipefail

state=/var/tmp/confer-install-test
mkdir -p "$state"

fail() { printf 'install test: %s\n' "$*" >&2; exit 1; }
step() { printf 'install test: %s\n' "$*" >&2; }

phase_install() {
    local deb=$1
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >"$state/apt-update.log" 2>&1 || { cat "$state/apt-update.log" >&2; fail "apt-get update failed"; }
    # Without recommends, so that the package's Depends alone must be enough.
    if ! apt-get install -y -q --no-install-recommends "$deb" >"$state/apt-install.log" 2>&1; then
        cat "$state/apt-install.log" >&2
        fail "apt-get install $deb failed"
    fi
    step "installed $(dpkg-query -W -f '${Package} ${Version}' confer) with $(grep -c '^Setting up' "$state/apt-install.log") packages"
    dpkg-query -L confer >"$state/files"
    dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//' >"$state/version"
}

phase_run() {
    local version
    version=$(cat "$state/version")
    [ "$(command -v confer)" = /usr/bin/confer ] || fail "confer is not /usr/bin/confer"

    export HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/runtime
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"

    local out
    out=$(confer --version) || fail "confer --version exited with $?"
    [ "$(head -n 1 <<<"$out")" = "confer $version" ] || fail "confer --version printed: $out"
    step "confer --version: $(tr '\n' ' ' <<<"$out")"

    out=$(confer --help) || fail "confer --help exited with $?"
    grep -q '^Usage: confer' <<<"$out" || fail "confer --help printed no usage: $out"
    step "confer --help: $(wc -l <<<"$out") lines"

    # Opens the SQLite store, so the Qt SQLite driver must have been installed.
    confer history list >"$state/history.out" 2>&1 || { cat "$state/history.out" >&2; fail "confer history list failed"; }
    step "confer history list: the store opens"

    [ -n "${DISPLAY:-}" ] || fail "no DISPLAY for the window"
    CONFER_STARTUP_PROBE=1 confer >"$state/window.out" 2>"$state/window.err" &
    local pid=$! polls=0
    until grep -q '^confer-startup-probe: first-paint$' "$state/window.out"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            cat "$state/window.err" >&2
            fail "the window exited before its first paint"
        fi
        polls=$((polls + 1))
        if [ $polls -gt 600 ]; then
            kill "$pid"
            cat "$state/window.err" >&2
            fail "the window did not paint within 60 s"
        fi
        sleep 0.1
    done
    step "the window painted on $DISPLAY"
    # SIGTERM, as a session logout would send; Confer closes its window and exits 0.
    kill -TERM "$pid"
    local status=0
    wait "$pid" || status=$?
    [ $status -eq 0 ] || { cat "$state/window.err" >&2; fail "the window exited with $status after SIGTERM"; }
    step "the window closed cleanly"
}

phase_remove() {
    export DEBIAN_FRONTEND=noninteractive
    apt-get remove --purge -y -q confer >"$state/apt-remove.log" 2>&1 || { cat "$state/apt-remove.log" >&2; fail "apt-get remove --purge confer failed"; }
    if dpkg-query -W -f '${Status}' confer 2>/dev/null | grep -qv 'not-installed'; then
        fail "confer is still known to dpkg: $(dpkg-query -W -f '${Status}' confer)"
    fi
    local path left=()
    while IFS= read -r path; do
        [ "$path" = /. ] && continue
        if [ -d "$path" ] && [ ! -L "$path" ]; then
            # A directory may stay only when another package owns it too.
            dpkg-query -S "$path" >/dev/null 2>&1 || left+=("$path/")
        elif [ -e "$path" ] || [ -L "$path" ]; then
            left+=("$path")
        fi
    done <"$state/files"
    [ ${#left[@]} -eq 0 ] || fail "left behind after purge: ${left[*]}"
    step "purged; none of its $(wc -l <"$state/files") paths is left"
}

case "${1:-}" in
    install) phase_install "${2:?install needs the .deb}" ;;
    run) phase_run ;;
    remove) phase_remove ;;
    *) fail "usage: $0 install DEB | run | remove" ;;
esac
