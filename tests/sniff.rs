//! One sniffing rule for every command: a `.srt` file that starts with `WEBVTT` is WebVTT to
//! `check`, `convert`, `retime`, `pair` and `merge` alike.
use dejamos::srt::parse_str;
use std::path::Path;
use std::process::Output;

/// WebVTT in a file named `.srt`: hour-less times, a cue identifier and a NOTE block, all of which
/// would be broken SubRip.
const WEBVTT_IN_SRT: &str = "WEBVTT\n\nNOTE Lo que dejamos atrás, rollo 1\n\ncasa\n00:01.000 --> 00:03.000\n\
                             Mi papá construyó esta casa.\n\n00:04.000 --> 00:06.500\nCon sus propias manos.\n";
const ENGLISH: &str = "1\n00:00:01,000 --> 00:00:03,000\nMy father built this house.\n\n\
                       2\n00:00:04,000 --> 00:00:06,500\nWith his own hands.\n";

mod common;

fn dejamos(args: &[&str]) -> Output {
    common::dejamos().args(args).output().expect("runs")
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.display().to_string()
}

fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).expect("UTF-8")
}

#[test]
fn a_webvtt_header_wins_over_a_srt_extension_in_every_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    let es = write(dir.path(), "casa.es.srt", WEBVTT_IN_SRT);
    let en = write(dir.path(), "house.en.srt", ENGLISH);

    // check: two clean cues, none of SubRip's structure errors.
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&dejamos(&["check", "--format", "json", &es]))).expect("json");
    assert_eq!(json["files"][0]["cues"], 2);
    let rules: Vec<&str> =
        json["files"][0]["diagnostics"].as_array().expect("list").iter().filter_map(|d| d["rule"].as_str()).collect();
    for srt_only in ["stray-text", "index-sequence", "timestamp-syntax"] {
        assert!(!rules.contains(&srt_only), "check read it as SubRip: {rules:?}");
    }

    // convert: both cues, with their times.
    let srt = parse_str(&stdout(&dejamos(&["convert", "--to", "srt", &es])));
    assert_eq!(srt.cues.len(), 2);
    assert_eq!((srt.cues[1].start.ms(), srt.cues[1].end.ms()), (4000, 6500));

    // retime: shifted in WebVTT's own syntax, header and note kept.
    let shifted = stdout(&dejamos(&["retime", "--shift", "1s", &es]));
    assert!(shifted.starts_with("WEBVTT\n\nNOTE Lo que dejamos atrás"), "{shifted}");
    assert!(shifted.contains("casa\n00:00:02.000 --> 00:00:04.000\n"), "{shifted}");

    // pair: two cues aligned one to one, nothing missing.
    let out = dejamos(&["pair", &es, &en]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("casa.es.srt: 2 cues"));

    // merge: two merged cues, each with both languages.
    let merged = parse_str(&stdout(&dejamos(&["merge", &es, &en])));
    assert_eq!(merged.cues.len(), 2);
    assert_eq!(merged.cues[0].text(&merged), "Mi papá construyó esta casa.\nMy father built this house.");
}
