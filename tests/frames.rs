//! "Two frames" means the same milliseconds in every command: `check`'s `min-gap`, `pair`'s
//! default tolerance, the gap `merge` keeps and the gaps `retime` warns about, at the
//! common rates. Each command is run as a user runs it, on files whose gaps sit just on either
//! side of the range `FrameRate::frames_ms(2)` gives.
use dejamos::srt::parse_str;
use dejamos::time::{FrameRate, Timestamp};
use std::path::Path;
use std::process::Output;

const RATES: [&str; 4] = ["23.976", "24", "25", "29.97"];

mod common;

fn dejamos(args: &[&str]) -> Output {
    common::dejamos().args(args).output().expect("runs")
}

fn time(ms: u64) -> String {
    Timestamp::from_ms(ms).expect("in range").srt()
}

/// Two cues, the second starting `gap` ms after the first ends (at 2 s).
fn two_cues(gap: u64, first: &str, second: &str) -> String {
    format!("1\n00:00:00,500 --> 00:00:02,000\n{first}\n\n2\n{} --> {}\n{second}\n", time(2000 + gap), time(5000 + gap))
}

fn two_frames(rate: &str) -> (u64, u64) {
    let range = FrameRate::parse(rate).expect("rate").frames_ms(2);
    (*range.start(), *range.end())
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.display().to_string()
}

#[test]
fn check_min_gap_accepts_the_shortest_two_frames_and_no_less() {
    let dir = tempfile::tempdir().expect("temp dir");
    for rate in RATES {
        let (shortest, _) = two_frames(rate);
        for (gap, expect) in [(shortest, 0), (shortest - 1, 1)] {
            let file = write(dir.path(), "gap.es.srt", &two_cues(gap, "¿Ya comiste?", "Todavía no."));
            let out = dejamos(&["check", "--fps", rate, "--select", "min-gap", "--format", "json", &file]);
            let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
            let found = json["files"][0]["diagnostics"].as_array().map_or(0, Vec::len);
            assert_eq!(found, expect, "{rate} fps, gap {gap} ms");
        }
    }
}

#[test]
fn pair_tolerance_allows_the_longest_two_frames_and_no_more() {
    let dir = tempfile::tempdir().expect("temp dir");
    for rate in RATES {
        let (_, longest) = two_frames(rate);
        let a = write(dir.path(), "a.es.srt", "1\n00:00:10,000 --> 00:00:12,000\n¿Ya comiste?\n");
        for (late, expect) in [(longest, 0), (longest + 1, 1)] {
            let cue = format!("1\n{} --> 00:00:12,000\nDid you eat?\n", time(10_000 + late));
            let b = write(dir.path(), "b.en.srt", &cue);
            let out = dejamos(&["pair", "--strict", "--fps", rate, &a, &b]);
            assert_eq!(out.status.code(), Some(expect), "{rate} fps, {late} ms late");
        }
    }
}

#[test]
fn merge_keeps_the_shortest_two_frames_between_cues() {
    let dir = tempfile::tempdir().expect("temp dir");
    for rate in RATES {
        let (shortest, _) = two_frames(rate);
        let top = write(dir.path(), "top.es.srt", &two_cues(10, "¿Ya comiste?", "Todavía no."));
        let bottom = write(dir.path(), "bottom.en.srt", &two_cues(10, "Did you eat?", "Not yet."));
        let out = dejamos(&["merge", "--fps", rate, &top, &bottom]);
        assert!(out.status.success(), "{rate}: {}", String::from_utf8_lossy(&out.stderr));
        let merged = parse_str(&String::from_utf8(out.stdout).expect("UTF-8"));
        assert_eq!(merged.cues.len(), 2, "{rate}");
        let gap = merged.cues[1].start.ms() - merged.cues[0].end.ms();
        assert_eq!(gap, shortest, "{rate} fps");
    }
}

#[test]
fn retime_warns_about_gaps_it_makes_under_the_shortest_two_frames_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    for rate in RATES {
        let (shortest, _) = two_frames(rate);
        let file = write(dir.path(), "range.es.srt", &two_cues(500, "Uno.", "Dos."));
        // Only the second cue moves, closing the 500 ms gap to `gap`.
        for (gap, warned) in [(shortest, false), (shortest - 1, true)] {
            let shift = format!("-{}ms", 500 - gap);
            let out = dejamos(&["retime", "--fps", rate, "--shift", &shift, "--range", "00:00:02,100..", &file]);
            assert!(out.status.success(), "{rate}: {}", String::from_utf8_lossy(&out.stderr));
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(stderr.contains("closer than 2 frames"), warned, "{rate} fps, gap {gap} ms: {stderr}");
        }
    }
}
