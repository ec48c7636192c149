#!/usr/bin/env bash
# Deliver every film's pair of subtitle files in a folder (default: samples/), into an output
# folder (default: delivery/):
#   for each NAME.es.srt with a NAME.en.srt beside it, check both languages with the delivery
#   profile, apply the safe fixes to copies in OUT/NAME/, pair the fixed files, convert each to
#   TTML and WebVTT, and write OUT/summary.md, one row per film.
# Exit 0 when every film is deliverable; 1 when anything blocking remains (errors after the fixes,
# a failed pair, a refused conversion); 2 when dejamos could not run (usage, unreadable input).
# Run from the repository root: samples/deliver.sh [IN_DIR] [OUT_DIR]. DEJAMOS names the binary.
set -u
dejamos=${DEJAMOS:-dejamos}
in=${1:-samples}
out=${2:-delivery}
profile=${PROFILE:-netflix}
fps=${FPS:-23.976}
mkdir -p "$out" || exit 2
summary="$out/summary.md"
printf '| film | es errors | en errors | pair | TTML | WebVTT | deliverable |\n|---|---|---|---|---|---|---|\n' >"$summary"
status=0 films=0
# Count `severity[rule]` lines of a concise report.
count() { grep -c ": $1\[" "$2"; }
for es in "$in"/*.es.srt; do
  [ -e "$es" ] || continue
  name=$(basename "$es" .es.srt)
  en="$in/$name.en.srt"
  [ -e "$en" ] || continue
  films=$((films + 1))
  dir="$out/$name"
  mkdir -p "$dir" && cp "$es" "$en" "$dir/" || exit 2
  blocking=no
  # 1. Check and fix both languages; the report is what is left after the fixes.
  "$dejamos" check --quiet --profile "$profile" --fps "$fps" --fix --format concise \
    "$dir/$name.es.srt" "$dir/$name.en.srt" >"$dir/check.txt"
  rc=$?
  [ "$rc" -ge 2 ] && exit 2
  [ "$rc" -ne 0 ] && blocking=yes
  es_errors=$(grep -F "$name.es.srt:" "$dir/check.txt" | grep -c ': error\[')
  en_errors=$(grep -F "$name.en.srt:" "$dir/check.txt" | grep -c ': error\[')
  # 2. Pair the fixed files.
  "$dejamos" pair --quiet --fps "$fps" --format concise "$dir/$name.es.srt" "$dir/$name.en.srt" >"$dir/pair.txt"
  rc=$?
  [ "$rc" -ge 2 ] && exit 2
  if [ "$rc" -eq 0 ]; then pair=ok; else pair="$(count error "$dir/pair.txt") errors"; blocking=yes; fi
  # 3. Convert: convert refuses (exit 1, nothing written) a file whose structure is broken.
  ttml=ok vtt=ok
  for lang in es en; do
    src="$dir/$name.$lang.srt"
    "$dejamos" convert --quiet --fps "$fps" "$src" -o "$dir/$name.$lang.ttml" 2>>"$dir/convert.txt"
    rc=$?
    [ "$rc" -ge 2 ] && exit 2
    [ "$rc" -ne 0 ] && { ttml=refused; blocking=yes; }
    "$dejamos" convert --quiet "$src" -o "$dir/$name.$lang.vtt" 2>>"$dir/convert.txt"
    rc=$?
    [ "$rc" -ge 2 ] && exit 2
    [ "$rc" -ne 0 ] && { vtt=refused; blocking=yes; }
  done
  if [ "$blocking" = yes ]; then deliverable=no; status=1; else deliverable=yes; fi
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$es_errors" "$en_errors" "$pair" "$ttml" "$vtt" "$deliverable" >>"$summary"
done
if [ "$films" -eq 0 ]; then
  echo "deliver.sh: no NAME.es.srt with a NAME.en.srt beside it in $in" >&2
  exit 2
fi
cat "$summary"
exit "$status"
