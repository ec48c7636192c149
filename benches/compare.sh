#!/usr/bin/env bash
# Whole-process benchmarks of dejamos against its peers, side by side, in one run.
#
# usage: benches/compare.sh [--runs N] [--quick] [--keep]
#
#   --runs N   runs per measurement; the median is reported (default 5)
#   --quick    skip the slow set-ups: the 100 MB and 1M-cue files and the 1,000-file folder
#   --keep     keep the scratch folder (printed at the end) instead of deleting it
#
# Environment: BENCH_SHARED (default ../shared next to the repository) holds bench/ with the
# generator and the peers; BENCH_DIR picks the scratch folder (default: a new temp folder).
#
# Prints a Markdown table on stdout; progress and notes go to stderr. Commands or peers that are
# missing are skipped with a note, never faked.
set -euo pipefail

runs=5
quick=0
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --quick) quick=1; shift ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "compare.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

requested_runs=$runs
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${BENCH_SHARED:-$root/../shared}
# A worktree one level deeper (wt/NAME) finds it one more level up.
if [ -z "${BENCH_SHARED:-}" ] && [ ! -d "$shared/bench" ] && [ -d "$root/../../shared/bench" ]; then
    shared="$root/../../shared"
fi
bench="$shared/bench"
if [ ! -f "$bench/gen_big_srt.py" ]; then
    echo "compare.sh: $bench/gen_big_srt.py not found; set BENCH_SHARED to the folder that holds bench/" >&2
    exit 2
fi
work=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/dejamos-bench.XXXXXX")}
mkdir -p "$work"
if [ "$keep" = 0 ] && [ -z "${BENCH_DIR:-}" ]; then
    trap 'rm -rf "$work"' EXIT
fi

note() { echo "compare.sh: $*" >&2; }
notes=()
skip() { notes+=("$1"); note "skipped: $1"; }

# ---------------------------------------------------------------------------------------------
# Build dejamos and the peers.
note "building dejamos (release)"
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin dejamos
target_dir=$(cargo metadata --format-version 1 --no-deps --manifest-path "$root/Cargo.toml" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
dejamos="$target_dir/release/dejamos"

peers=""
if [ -d "$bench/rust-peers" ]; then
    note "building the Rust peers in $work"
    [ -d "$work/rust-peers" ] || cp -r "$bench/rust-peers" "$work/rust-peers"
    if cargo build --release --quiet --manifest-path "$work/rust-peers/Cargo.toml" \
        --target-dir "$work/rust-peers/target" 2>"$work/rust-peers.log"; then
        peers="$work/rust-peers/target/release/rust-peers"
    else
        skip "Rust peers did not build (see $work/rust-peers.log)"
    fi
fi

python_peers=""
if [ -f "$bench/peer_srt.py" ]; then
    note "installing the Python peers (srt==3.5.3, pysubs2) in a venv"
    if { [ -x "$work/venv/bin/python" ] || python3 -m venv "$work/venv" >/dev/null 2>&1; } &&
        "$work/venv/bin/pip" install --quiet --disable-pip-version-check srt==3.5.3 pysubs2 >"$work/pip.log" 2>&1; then
        python_peers="$work/venv/bin/python"
    else
        skip "Python peers could not be installed (see $work/pip.log)"
    fi
fi

# ---------------------------------------------------------------------------------------------
# Inputs.
gen() { python3 "$bench/gen_big_srt.py" "$@"; }
note "generating inputs in $work"
gen 50000 "$work/big.srt"
printf '1\n00:00:01,000 --> 00:00:02,000\nHola.\n' >"$work/tiny.srt"

# ---------------------------------------------------------------------------------------------
# Timing: median wall time of N whole-process runs (hyperfine when installed).
median_of() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# time_cmd CMD... → median seconds on stdout. Output goes to /dev/null. Exit 1 (findings) is a
# normal result; exit 2 or worse means the command failed, which is reported, not timed.
time_cmd() {
    local code=0
    "$@" >/dev/null 2>&1 || code=$? # warm-up, and a sanity check
    if [ "$code" -gt 1 ]; then
        note "failed (exit $code): $*"
        return 1
    fi
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine --style none -N -i --warmup 1 --runs "$runs" --export-json "$work/hf.json" -- "$(printf '%q ' "$@")" \
            >/dev/null 2>&1 || { note "hyperfine failed: $*"; return 1; }
        python3 -c 'import json, sys; print("%.6f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/hf.json"
        return
    fi
    local samples=()
    for _ in $(seq "$runs"); do
        local t0 t1
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        t1=$(date +%s%N)
        samples+=("$(( t1 - t0 ))")
    done
    printf '%s\n' "${samples[@]}" | median_of | awk '{ printf "%.6f\n", $1 / 1e9 }'
}

# peak_kib CMD... → peak resident set size in KiB.
peak_kib() {
    # Exit 1 (findings) must not end the pipeline under `set -o pipefail`.
    { /usr/bin/time -v "$@" 2>&1 >/dev/null || true; } | awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }'
}

# Whether a dejamos command is on this build (the stubs say "not built yet").
has_command() {
    local out
    out=$("$dejamos" "$@" 2>&1 || true)
    ! grep -q "not built yet" <<<"$out"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == "<=") ? (v <= t) : (v >= t); print ok ? "yes" : "**no**" }'; }

rows=()
row() { rows+=("| $1 | $2 | $3 | $4 | $5 |"); }

size_mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }

# ---------------------------------------------------------------------------------------------
note "timing on $(size_mb "$work/big.srt") MB, 50,000 cues ($runs runs each)"
wc_s=$(time_cmd wc -l "$work/big.srt")
row "\`wc -l\` (floor)" "$(ms "$wc_s")" "1.00" "" ""

if has_command fmt "$work/tiny.srt" -o -; then
    s=$(time_cmd "$dejamos" fmt "$work/big.srt" -o "$work/fmt-out.srt")
    r=$(ratio "$s" "$wc_s")
    row "\`dejamos fmt\` (parse + write)" "$(ms "$s")" "$r" "≤ 3× wc" "$(verdict "$r" "<=" 3)"
else
    skip "dejamos fmt is not built yet"
fi

srtlib_s=""
if [ -n "$peers" ]; then
    srtlib_s=$(time_cmd "$peers" srtlib "$work/big.srt" "$work/peer-out.srt")
fi

if has_command check "$work/tiny.srt"; then
    # Every rule on, including those off by default.
    s=$(time_cmd "$dejamos" check --format json --select all --no-progress "$work/big.srt")
    r=$(ratio "$s" "$wc_s")
    row "\`dejamos check --format json\`, every rule" "$(ms "$s")" "$r" "≤ 4× wc" "$(verdict "$r" "<=" 4)"
    if [ -n "$srtlib_s" ]; then
        speedup=$(ratio "$srtlib_s" "$s")
        row "… speed-up over srtlib parse + write" "${speedup}×" "" "≥ 10×" "$(verdict "$speedup" ">=" 10)"
    fi
else
    skip "dejamos check is not built yet"
fi

if has_command retime "$work/tiny.srt" --shift 1s; then
    s=$(time_cmd "$dejamos" retime "$work/big.srt" --shift 1s -o "$work/retime-out.srt")
    r=$(ratio "$s" "$wc_s")
    row "\`dejamos retime --shift 1s\`" "$(ms "$s")" "$r" "≤ 3× wc" "$(verdict "$r" "<=" 3)"
else
    skip "dejamos retime is not built yet"
fi

if has_command press --lang all --format html; then
    s=$(time_cmd "$dejamos" press --lang all --format html)
    row "\`dejamos press --lang all --format html\`" "$(ms "$s")" "$(ratio "$s" "$wc_s")" "< 20 ms" \
        "$(verdict "$s" "<=" 0.020)"
else
    skip "dejamos press is not built yet"
fi

# Peers on the same file: parse and write back.
if [ -n "$peers" ]; then
    for peer in srtlib subparse aspasia subtitler; do
        if [ "$peer" = srtlib ]; then s=$srtlib_s; else
            s=$(time_cmd "$peers" "$peer" "$work/big.srt" "$work/peer-out.srt") || { skip "$peer failed"; continue; }
        fi
        row "$peer (parse + write)" "$(ms "$s")" "$(ratio "$s" "$wc_s")" "" ""
    done
fi
if [ -n "$python_peers" ]; then
    s=$(time_cmd "$python_peers" "$bench/peer_srt.py" "$work/big.srt" "$work/peer-out.srt") &&
        row "Python srt 3.5.3 (parse + write)" "$(ms "$s")" "$(ratio "$s" "$wc_s")" "" ""
    if [ -f "$bench/peer_pysubs2.py" ]; then
        s=$(time_cmd "$python_peers" "$bench/peer_pysubs2.py" "$work/big.srt" "$work/peer-out.srt") &&
            row "pysubs2 (load + save)" "$(ms "$s")" "$(ratio "$s" "$wc_s")" "" ""
    fi
fi

# ---------------------------------------------------------------------------------------------
# Large inputs: throughput, memory, per-cue scaling, parallel speed-up.
if [ "$quick" = 0 ]; then
    # Each of these runs for seconds: three runs are enough for a stable median.
    [ "$runs" -gt 3 ] && runs=3
    # 25 copies of the 50,000-cue file: 100 MB whose times stay under 256 hours, which srtlib
    # needs (it stores hours in a u8); one generated 1.25M-cue file would run to 1,300 hours.
    note "building a 100 MB file (25 × 50,000 cues)"
    : >"$work/100mb.srt"
    for _ in $(seq 25); do cat "$work/big.srt" >>"$work/100mb.srt"; done
    mb=$(size_mb "$work/100mb.srt")
    if has_command fmt "$work/tiny.srt" -o -; then
        s=$(time_cmd "$dejamos" --max-size 1G fmt "$work/100mb.srt" -o "$work/fmt-100mb.srt")
        row "\`dejamos fmt\` on ${mb} MB: throughput" "$(awk -v m="$mb" -v s="$s" 'BEGIN { printf "%.0f MB/s", m / s }')" \
            "" "" ""
    fi
    if [ -n "$peers" ]; then
        s=$(time_cmd "$peers" srtlib "$work/100mb.srt" "$work/peer-100mb.srt")
        row "srtlib parse + write on ${mb} MB: throughput" \
            "$(awk -v m="$mb" -v s="$s" 'BEGIN { printf "%.0f MB/s", m / s }')" "" "" ""
    fi
    if has_command fmt "$work/tiny.srt" -o - && [ -x /usr/bin/time ]; then
        kib=$(peak_kib "$dejamos" --max-size 1G fmt "$work/100mb.srt" -o "$work/fmt-100mb.srt")
        row "\`dejamos fmt\` peak memory on ${mb} MB" "$(( kib / 1024 )) MiB" \
            "$(ratio "$kib" "$(( $(stat -c %s "$work/100mb.srt") / 1024 ))")× file" "" ""
    fi
    if has_command check "$work/tiny.srt" && [ -x /usr/bin/time ]; then
        # One generated file of 1.25M cues (100 MB): well formed, so check reads it in pieces.
        note "generating a 100 MB file (1,250,000 cues)"
        gen 1250000 "$work/gen-100mb.srt"
        gmb=$(size_mb "$work/gen-100mb.srt")
        bytes=$(stat -c %s "$work/gen-100mb.srt")
        limit_kib=$(( (2 * bytes + 16 * 1048576) / 1024 ))
        # The allocator's huge pages make the peak vary from run to run: the worst of three.
        kib=$(for _ in 1 2 3; do
            peak_kib "$dejamos" --max-size 1G check --format json --select all --no-progress "$work/gen-100mb.srt"
        done | sort -n | tail -1)
        row "\`dejamos check\` peak memory on ${gmb} MB (1.25M cues, read in pieces; worst of 3)" "$(( kib / 1024 )) MiB" \
            "$(ratio "$kib" "$(( bytes / 1024 ))")× file" "≤ 2× file + 16 MiB ($(( limit_kib / 1024 )) MiB)" \
            "$(verdict "$kib" "<=" "$limit_kib")"
        rm -f "$work/gen-100mb.srt"
        # The 25 copies restart their times and indices: cues out of order, so checked whole.
        bytes=$(stat -c %s "$work/100mb.srt")
        kib=$(peak_kib "$dejamos" --max-size 1G check --format json --select all --no-progress "$work/100mb.srt")
        row "\`dejamos check\` peak memory on ${mb} MB (25 copies, out of order: checked whole)" \
            "$(( kib / 1024 )) MiB" "$(ratio "$kib" "$(( bytes / 1024 ))")× file" "" ""
    fi
    rm -f "$work/100mb.srt" "$work/fmt-100mb.srt" "$work/peer-100mb.srt"

    if has_command check "$work/tiny.srt"; then
        for n in 10000 100000 1000000; do
            gen "$n" "$work/scale.srt"
            s=$(time_cmd "$dejamos" check --format json --select all --no-progress "$work/scale.srt")
            per=$(awk -v s="$s" -v n="$n" 'BEGIN { printf "%.2f µs/cue", s * 1e6 / n }')
            row "\`dejamos check\` time per cue, $(printf "%'d" "$n") cues" "$per" "" "flat" ""
        done
        rm -f "$work/scale.srt"

        note "generating 1,000 feature-length files (1,500 cues each)"
        mkdir -p "$work/films"
        python3 - "$bench/gen_big_srt.py" "$work/films" <<'EOF'
import runpy, sys
gen, out = sys.argv[1], sys.argv[2]
for i in range(1000):
    sys.argv = ["gen_big_srt.py", "1500", f"{out}/film-{i:04d}.en.srt", "--seed", str(i)]
    runpy.run_path(gen, run_name="__main__")
EOF
        s1=$(time_cmd "$dejamos" check --format json --no-progress --jobs 1 "$work/films")
        s2=$(time_cmd "$dejamos" check --format json --no-progress --jobs 2 "$work/films")
        speedup=$(ratio "$s1" "$s2")
        row "\`dejamos check\` 1,000 files: \`--jobs 2\` vs \`--jobs 1\`" "$(ms "$s2") vs $(ms "$s1")" "${speedup}×" \
            "≥ 1.6× (on $(nproc) cores)" "$(verdict "$speedup" ">=" 1.6)"
    fi
else
    skip "large inputs (--quick)"
fi

# ---------------------------------------------------------------------------------------------
echo "| benchmark | result | ratio | target | met |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "Median of $requested_runs whole-process runs (at most 3 for the 100 MB, 1M-cue and 1,000-file rows) on $(nproc) cores ($(lscpu 2>/dev/null | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }')); ratios are against \`wc -l\` on the same file in the same run."
for n in "${notes[@]+"${notes[@]}"}"; do
    echo "- $n"
done
if [ "$keep" = 1 ] || [ -n "${BENCH_DIR:-}" ]; then note "scratch folder kept: $work"; fi
