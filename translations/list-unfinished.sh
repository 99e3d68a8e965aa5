#!/bin/sh
# Lists the entries still to translate, as "file: context: source (unfinished|empty)",
# in the given .ts files or in all of translations/. Run it after update_translations
# has merged new strings in; it exits non-zero while anything is left.
#   translations/list-unfinished.sh [FILE.ts ...]
set -eu
here=$(cd "$(dirname "$0")" && pwd -P)
if [ $# -eq 0 ]; then
    set -- "$here"/*.ts
fi
files=$(printf '%s;' "$@")
exec cmake -DCHECK=complete "-DTS_FILES=${files%;}" -P "$here/../cmake/CheckTranslations.cmake"
