//! End-to-end tests of TTML input: `check`, `pair`, `retime`, `convert`, `fmt` on the TTML that
//! `convert --to ttml` writes from samples/, and on the hand-written files in tests/fixtures/ttml
//! (Netflix-style frames with a 1000/1001 multiplier, ticks, nested timing, regions, styles).
use dejamos::document::{Document, SourceFormat};
use dejamos::read::{ReadOptions, read_bytes};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

mod common;

use common::{dejamos, repo};

fn fixture(name: &str) -> PathBuf {
    common::fixture("ttml").join(name)
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// Run `dejamos ARGS…`: exit code, stdout, stderr.
fn run(args: &[&str]) -> (i32, String, String) {
    let output = dejamos().args(args).output().expect("runs");
    (
        output.status.code().expect("exit code"),
        String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    )
}

fn read(path: &Path) -> Document {
    read_bytes(fs::read(path).expect("file"), path, ReadOptions::default()).expect("reads")
}

/// Times and text of every cue.
fn cues(doc: &Document) -> Vec<(u64, u64, String)> {
    doc.cues.iter().map(|c| (c.start.ms(), c.end.ms(), c.text(doc))).collect()
}

/// The samples, each converted to TTML in `dir` under the same name (so the language in the
/// name still applies).
fn samples_as_ttml(dir: &Path) -> Vec<(PathBuf, PathBuf)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(repo("samples")).expect("samples/") {
        let srt = entry.expect("entry").path();
        if srt.extension().is_none_or(|e| e != "srt") {
            continue;
        }
        let name = srt.file_stem().expect("name").to_str().expect("UTF-8");
        let ttml = dir.join(format!("{name}.ttml"));
        // `--force`: the-house.es.srt carries planted structural errors, which must survive into TTML.
        let (code, _, stderr) = run(&["convert", "--force", path_str(&srt), "--to", "ttml", "-o", path_str(&ttml)]);
        assert_eq!(code, 0, "{}: {stderr}", srt.display());
        out.push((srt, ttml));
    }
    out.sort();
    assert!(out.len() >= 4, "the samples are there");
    out
}

/// A finding as the JSON report gives it: rule, cue, severity and message (with the other
/// cue's line, which differs between the SRT and the XML, left out).
type Finding = (String, Option<u64>, String, String);

/// Each finding's cue and line.
type Lines = Vec<(Option<u64>, u64)>;

fn findings(path: &Path, extra: &[&str]) -> (i32, Vec<Finding>, Lines) {
    let mut args = vec!["check", path_str(path), "--format", "json"];
    args.extend_from_slice(extra);
    let (code, stdout, stderr) = run(&args);
    assert!(code == 0 || code == 1, "{}: {stderr}", path.display());
    let json: Value = serde_json::from_str(&stdout).expect("JSON report");
    let line_ref = regex::Regex::new(r"\(line \d+\)").expect("pattern");
    let mut found = Vec::new();
    let mut lines = Vec::new();
    for d in json["files"][0]["diagnostics"].as_array().expect("diagnostics") {
        let message = d["message"].as_str().expect("message");
        found.push((
            d["rule"].as_str().expect("rule").to_string(),
            d["cue"].as_u64(),
            d["severity"].as_str().expect("severity").to_string(),
            line_ref.replace_all(message, "(line N)").into_owned(),
        ));
        lines.push((d["cue"].as_u64(), d["line"].as_u64().expect("line")));
    }
    found.sort();
    (code, found, lines)
}

/// Findings about how the SRT file itself is written, which its TTML cannot repeat: the encoding,
/// index lines and timestamp spelling are SubRip's; a run of spaces is one space once TTML
/// collapses white space; `convert` closes an unclosed `<i>` (and says so).
fn about_srt_syntax(finding: &Finding) -> bool {
    matches!(finding.0.as_str(), "encoding" | "index-sequence" | "timestamp-syntax" | "unbalanced-tag")
        || (finding.0 == "whitespace" && finding.3.contains("spaces in a row"))
}

#[test]
fn check_on_ttml_reports_what_check_on_its_srt_reports() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut compared = 0;
    for (srt, ttml) in samples_as_ttml(dir.path()) {
        let (_, from_srt, _) = findings(&srt, &[]);
        let (_, from_ttml, lines) = findings(&ttml, &[]);
        let expected: Vec<Finding> = from_srt.iter().filter(|f| !about_srt_syntax(f)).cloned().collect();
        assert_eq!(from_ttml, expected, "{}", ttml.display());
        compared += from_ttml.len();
        // Each finding is on its cue's <p> line in the XML (the writer puts one cue per line).
        let xml = fs::read_to_string(&ttml).expect("written");
        for (cue, line) in lines {
            let Some(cue) = cue else { continue };
            let marker = format!("xml:id=\"c{cue}\"");
            let expected_line = xml.lines().position(|l| l.contains(&marker)).expect("cue in the XML") + 1;
            assert_eq!(line as usize, expected_line, "{}: cue {cue}", ttml.display());
        }
    }
    assert!(compared >= 20, "the samples have findings to compare ({compared})");
}

#[test]
fn what_convert_to_ttml_writes_checks_clean_whenever_its_source_does() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut clean = 0;
    for (srt, ttml) in samples_as_ttml(dir.path()) {
        let (source_code, _, _) = findings(&srt, &["--strict"]);
        let (ttml_code, found, _) = findings(&ttml, &["--strict"]);
        if source_code == 0 {
            clean += 1;
            assert_eq!(ttml_code, 0, "{}: {found:?}", ttml.display());
        }
    }
    assert!(clean >= 2, "some samples check clean");
}

#[test]
fn netflix_style_ttml_reads_as_srt() {
    let (code, stdout, stderr) = run(&["convert", path_str(&fixture("netflix.es.ttml")), "--to", "srt"]);
    assert_eq!(code, 0, "{stderr}");
    insta::assert_snapshot!(stdout);
}

#[test]
fn ttml_to_srt_to_ttml_keeps_times_and_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["netflix.es.ttml", "ticks.en.dfxp", "ntsc.en.xml"] {
        let input = fixture(name);
        let srt = dir.path().join(format!("{name}.srt"));
        let back = dir.path().join(format!("{name}.ttml"));
        for (from, to) in [(&input, &srt), (&srt, &back)] {
            let (code, _, stderr) = run(&["convert", path_str(from), "-o", path_str(to)]);
            assert_eq!(code, 0, "{name}: {stderr}");
        }
        let (original, again) = (read(&input), read(&back));
        assert_eq!(original.format, SourceFormat::Ttml, "{name}");
        assert_eq!(again.format, SourceFormat::Ttml, "{name}");
        assert_eq!(cues(&again), cues(&original), "{name}");
        assert_eq!(cues(&read(&srt)), cues(&original), "{name}: the SRT between");
    }
}

#[test]
fn frames_with_a_1000_1001_multiplier_count_at_the_effective_rate() {
    // 24 × 1000/1001: frame 11 of a second is 11 × 1001/24000 s = 458.8 ms; 72f is 3.003 s.
    let doc = read(&fixture("netflix.es.ttml"));
    let times: Vec<(u64, u64)> = doc.cues.iter().map(|c| (c.start.ms(), c.end.ms())).collect();
    assert_eq!(times, [(62_000, 65_459), (66_170, 69_170), (69_250, 71_834), (72_751, 75_754), (76_354, 79_754)]);
    // 30 × 1000/1001 inside a <div begin="10s">: 15 frames are 500.5 ms, 90f is 3.003 s.
    let doc = read(&fixture("ntsc.en.xml"));
    let times: Vec<(u64, u64)> = doc.cues.iter().map(|c| (c.start.ms(), c.end.ms())).collect();
    assert_eq!(times, [(10_501, 12_000), (13_003, 14_000)]);
}

#[test]
fn ticks_count_at_the_tick_rate() {
    let doc = read(&fixture("ticks.en.dfxp"));
    let times: Vec<(u64, u64)> = doc.cues.iter().map(|c| (c.start.ms(), c.end.ms())).collect();
    assert_eq!(times, [(1_000, 2_500), (3_000, 4_501)]);
}

#[test]
fn findings_point_at_the_xml() {
    let (code, stdout, _) = run(&["check", path_str(&fixture("netflix.es.ttml")), "--format", "concise"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!(stdout.replace(path_str(&common::fixture("ttml")), "FIXTURES"));
}

#[test]
fn malformed_xml_and_unsupported_timing_stop_with_file_and_line() {
    for (name, expected) in [
        ("malformed.ttml", "malformed.ttml:5: not well-formed XML"),
        ("bad-time.ttml", "bad-time.ttml:6: end=\"3 seconds\" is not a TTML time expression"),
    ] {
        let path = format!("tests/fixtures/ttml/{name}");
        for command in [&["check", path.as_str()][..], &["convert", path.as_str(), "--to", "srt"]] {
            let (code, stdout, stderr) = run(command);
            assert_eq!(code, 2, "{command:?}");
            // Nothing converted (`check` says on stdout that no file could be checked).
            assert!(command[0] == "check" || stdout.is_empty(), "{command:?}: {stdout}");
            // The first line says what and where (`check` then counts the files it could not read).
            let first = stderr.lines().next().unwrap_or("");
            assert!(first.starts_with("dejamos: error: tests/fixtures/ttml/"), "{command:?}: {stderr}");
            assert!(first.contains(expected), "{command:?}: {stderr}");
        }
    }
}

#[test]
fn retime_rewrites_the_times_in_the_xml_and_nothing_else() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = fixture("netflix.es.ttml");
    let output = dir.path().join("shifted.es.ttml");
    let (code, _, stderr) = run(&["retime", path_str(&input), "--shift", "1s", "-o", path_str(&output)]);
    assert_eq!(code, 0, "{stderr}");
    let (before, after) = (read(&input), read(&output));
    let shifted: Vec<(u64, u64, String)> = cues(&before).into_iter().map(|(s, e, t)| (s + 1000, e + 1000, t)).collect();
    assert_eq!(cues(&after), shifted);
    // Only attribute values changed: the same lines, the same markup around them.
    let (old, new) = (fs::read_to_string(&input).expect("input"), fs::read_to_string(&output).expect("output"));
    assert_eq!(old.lines().count(), new.lines().count());
    for (a, b) in old.lines().zip(new.lines()) {
        if a != b {
            assert!(a.trim_start().starts_with("<p begin="), "{a}");
            assert!(b.contains("begin=\"00:01:"), "{b}");
        }
    }
    assert!(new.contains("<p begin=\"00:01:13.751\" dur=\"72f\">"), "an unchanged dur stays as written");
}

#[test]
fn what_ttml_cannot_take_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ntsc = fixture("ntsc.en.xml");
    let output = dir.path().join("out.xml");
    let (code, _, stderr) = run(&["retime", path_str(&ntsc), "--shift", "1s", "-o", path_str(&output)]);
    assert_eq!(code, 2);
    assert!(stderr.contains("ntsc.en.xml:4: cannot retime this TTML file"), "{stderr}");
    assert!(!output.exists());
    let copy = dir.path().join("netflix.es.ttml");
    fs::copy(fixture("netflix.es.ttml"), &copy).expect("copy");
    let original = fs::read(&copy).expect("copy");
    let (code, _, stderr) = run(&["check", "--fix", path_str(&copy)]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("cannot fix a TTML file"), "{stderr}");
    let (code, _, stderr) = run(&["fmt", "--in-place", path_str(&copy)]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("is TTML"), "{stderr}");
    assert_eq!(fs::read(&copy).expect("copy"), original);
}

#[test]
fn pair_reads_ttml_and_reports_in_its_xml() {
    let dir = tempfile::tempdir().expect("temp dir");
    let converted = samples_as_ttml(dir.path());
    let find = |name: &str| converted.iter().find(|(srt, _)| srt.ends_with(name)).expect("sample").clone();
    let (es_srt, es_ttml) = find("the-house.es.srt");
    let (en_srt, en_ttml) = find("the-house.en.srt");
    let pair_json = |a: &Path, b: &Path| {
        let (code, stdout, stderr) = run(&["pair", path_str(a), path_str(b), "--format", "json"]);
        assert!(code <= 1, "{stderr}");
        let json: Value = serde_json::from_str(&stdout).expect("JSON");
        let mut found: Vec<(String, Option<u64>)> = json["files"][0]["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(|d| (d["rule"].as_str().expect("rule").to_string(), d["cue"].as_u64()))
            .collect();
        found.sort();
        found
    };
    let from_srt = pair_json(&es_srt, &en_srt);
    assert!(!from_srt.is_empty());
    assert_eq!(pair_json(&es_ttml, &en_ttml), from_srt);
}

#[test]
fn ttml_content_is_sniffed_whatever_the_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let misnamed = dir.path().join("delivery.es.srt");
    fs::copy(fixture("netflix.es.ttml"), &misnamed).expect("copy");
    assert_eq!(read(&misnamed).format, SourceFormat::Ttml);
    let (code, stdout, stderr) = run(&["convert", path_str(&misnamed), "--to", "srt"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("1\n00:01:02,000 --> 00:01:05,459\n"), "{stdout}");
}
