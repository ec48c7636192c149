#!/usr/bin/env bash
# Render the sample QC report (`dejamos check samples/ --format html`) with headless Chromium and
# write a PNG of its first screen (1280×900). Skips, exit 0, when Chromium is not installed.
#
#   benches/report-screenshot.sh [OUT.png]      default: docs/images/report.png
#
# DEJAMOS=path/to/dejamos uses that binary instead of building the release one.
#
# The date in the report is fixed (SOURCE_DATE_EPOCH), so the picture changes only when the report
# does. Chromium runs without network, GPU or sandbox, with a throwaway profile.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/images/report.png}"
browser=""
for name in chromium chromium-browser google-chrome; do
    if command -v "$name" >/dev/null 2>&1; then
        browser="$name"
        break
    fi
done
if [ -z "$browser" ]; then
    echo "report-screenshot: Chromium is not installed; skipped (Debian: apt-get install chromium)" >&2
    exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bin="${DEJAMOS:-}"
if [ -z "$bin" ]; then
    cargo build -q --release
    bin=target/release/dejamos
fi
case "$out" in
    /*) target="$out" ;;
    *) target="$PWD/$out" ;;
esac
# Exit 1 means findings, which the samples have on purpose.
SOURCE_DATE_EPOCH=1796601600 "$bin" check samples/ --format html >"$work/report.html" || [ $? -eq 1 ]
mkdir -p "$(dirname "$out")"
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
    --user-data-dir="$work/profile" --hide-scrollbars --screenshot="$target" --window-size=1280,900 \
    "file://$work/report.html" 2>/dev/null
echo "report-screenshot: wrote $out"
