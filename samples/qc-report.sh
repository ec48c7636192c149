#!/usr/bin/env bash
# QC reports for a folder of subtitle files (default: samples/), into an output folder (default:
# qc/): report.json, report.sarif and report.junit.xml for the whole folder, and summary.csv with
# one line per file: path, language, cues, errors, warnings, infos.
# Exit: that of `dejamos check` on the folder: 0 no errors, 1 errors found (the reports are
# written either way), 2 when dejamos could not run.
# Run from the repository root: samples/qc-report.sh [DIR] [OUT_DIR]. DEJAMOS names the binary.
set -u
dejamos=${DEJAMOS:-dejamos}
in=${1:-samples}
out=${2:-qc}
mkdir -p "$out" || exit 2
status=0
for format in json sarif junit; do
  case $format in junit) file=report.junit.xml ;; *) file=report.$format ;; esac
  "$dejamos" check --quiet --format "$format" -o "$out/$file" "$in"
  status=$?
  [ "$status" -ge 2 ] && exit 2
done
# One JSON report per file, read field by field (the JSON output puts one field on a line).
csv="$out/summary.csv"
echo "path,language,cues,errors,warnings,infos" >"$csv"
find "$in" -type f \( -name '*.srt' -o -name '*.vtt' \) | LC_ALL=C sort | while IFS= read -r file; do
  json=$("$dejamos" check --quiet --format json "$file")
  [ $? -ge 2 ] && exit 2
  field() { printf '%s\n' "$json" | grep -m1 "\"$1\":" | sed 's/.*: *//; s/[",]//g'; }
  printf '"%s",%s,%s,%s,%s,%s\n' "$(printf '%s' "$file" | sed 's/"/""/g')" "$(field language)" "$(field cues)" \
    "$(field errors)" "$(field warnings)" "$(field infos)" >>"$csv"
done || exit 2
cat "$csv"
exit "$status"
