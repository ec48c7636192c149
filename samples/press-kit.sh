#!/usr/bin/env bash
# The press kit in every locale and every format, into a folder (default: press-kit/):
# press.LOCALE.txt, .md, .html and .json for each locale built into dejamos (the folders of
# locales/), and press.all.html with every locale side by side.
# Exit 0 when every file is written; 2 when one could not be rendered or written.
# Run from the repository root: samples/press-kit.sh [OUT_DIR]. DEJAMOS names the binary.
set -u
dejamos=${DEJAMOS:-dejamos}
out=${1:-press-kit}
mkdir -p "$out" || exit 2
locales=$(cd locales 2>/dev/null && for d in */; do printf '%s ' "${d%/}"; done)
[ -n "$locales" ] || locales="en-US en-GB es-MX"
for locale in $locales; do
  for format in text md html json; do
    case $format in text) ext=txt ;; *) ext=$format ;; esac
    "$dejamos" press --quiet --lang "$locale" --format "$format" -o "$out/press.$locale.$ext" || exit 2
  done
done
"$dejamos" press --quiet --lang all --format html -o "$out/press.all.html" || exit 2
ls "$out"
