//! End-to-end tests of the delivery profiles: positioning (`{\an8}` clean, `{\an5}` warned), the
//! Netflix Glyph List with its suggestions, the SDH rules on planted files (chosen by the file
//! name), forced narratives against their full file, `convert --strip-sdh`, the festival and
//! DCP presets, and `rules --profile`.
mod common;

use common::{dejamos, fixture};

/// `check --format concise` on fixtures under `tests/fixtures/delivery/`, with `args` before
/// them; stdout with the fixture folder removed from paths, and the exit code.
fn concise(args: &[&str], files: &[&str]) -> (String, i32) {
    let dir = fixture("delivery");
    let mut command = dejamos();
    command.args(["check", "--isolated", "--no-progress", "--format", "concise"]).args(args);
    for file in files {
        command.arg(dir.join(file));
    }
    let output = command.output().expect("runs");
    let prefix = format!("{}/", dir.display());
    let stdout = String::from_utf8_lossy(&output.stdout).replace(&prefix, "");
    (stdout, output.status.code().unwrap_or(-1))
}

/// The `rule@line` of every finding in concise output.
fn rules_at(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .filter_map(|line| {
            let (place, rest) = line.split_once(": ")?;
            let line_number = place.split(':').nth(1)?;
            let rule = rest.split_once('[')?.1.split_once(']')?.0;
            Some(format!("{rule}@{line_number}"))
        })
        .collect()
}

#[test]
fn an8_and_an2_are_clean_and_an5_is_a_warning() {
    let (stdout, code) = concise(&["--select", "position,disallowed-tag"], &["position.es.srt", "position.es.vtt"]);
    assert_eq!(rules_at(&stdout), ["position@11", "position@9"], "{stdout}");
    assert!(stdout.contains("warning[position] `{\\an5}` places the cue in the middle of the screen"), "{stdout}");
    assert!(stdout.contains("position:10% align:start"), "{stdout}");
    assert_eq!(code, 0, "warnings only");
    insta::assert_snapshot!("position", stdout);
}

#[test]
fn u2011_and_u02bc_are_flagged_with_their_replacements() {
    let (stdout, code) = concise(&["--select", "glyph"], &["glyph.en.srt"]);
    assert_eq!(rules_at(&stdout), ["glyph@3", "glyph@7"], "{stdout}");
    assert!(stdout.contains("`\u{2011}` (U+2011) is not in the Netflix Glyph List: write `-`"), "{stdout}");
    assert!(stdout.contains("(U+02BC) is not in the Netflix Glyph List: write `’`"), "{stdout}");
    assert_eq!(code, 1);
    // The fix writes the suggestions.
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("glyph.en.srt");
    std::fs::copy(fixture("delivery/glyph.en.srt"), &copy).expect("copy");
    dejamos()
        .args(["check", "--isolated", "--no-progress", "--select", "glyph", "--fix"])
        .arg(&copy)
        .assert()
        .success();
    let fixed = std::fs::read_to_string(&copy).expect("read");
    assert!(fixed.contains("well-known") && fixed.contains("Julián’s"), "{fixed}");
}

#[test]
fn sdh_files_are_checked_as_sdh_by_their_name() {
    let (stdout, code) = concise(&["--select", "sdh"], &["film.es.sdh.srt", "film.en.sdh.srt"]);
    assert_eq!(
        rules_at(&stdout),
        [
            "sdh-brackets@3",
            "unbalanced-bracket@7",
            "sdh-label@11",
            "lyrics@15",
            "speaker-id@19",
            "speaker-id@23",
            "sdh-label@3",
        ],
        "{stdout}"
    );
    assert_eq!(code, 1, "an unclosed bracket is an error");
    insta::assert_snapshot!("sdh", stdout);
    // Without `--select` the name alone turns the SDH rules on; a file without the marker has
    // them off.
    let (by_name, _) = concise(&[], &["film.es.sdh.srt"]);
    assert!(by_name.contains("[sdh-brackets]") && by_name.contains("[lyrics]"), "{by_name}");
    let dir = tempfile::tempdir().expect("temp dir");
    let plain = dir.path().join("film.es.srt");
    std::fs::copy(fixture("delivery/film.es.sdh.srt"), &plain).expect("copy");
    let output = dejamos().args(["check", "--isolated", "--format", "concise"]).arg(&plain).output().expect("runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!stdout.contains("[sdh-brackets]") && !stdout.contains("[lyrics]"), "{stdout}");
    // … unless `dejamos.toml` says the pattern is SDH.
    std::fs::write(dir.path().join("dejamos.toml"), "[sdh]\n\"*.es.srt\" = true\n").expect("config");
    let output = dejamos().args(["check", "--format", "concise"]).arg(&plain).output().expect("runs");
    assert!(String::from_utf8_lossy(&output.stdout).contains("[sdh-brackets]"));
}

#[test]
fn sdh_reading_speed_is_the_sdh_profile_s() {
    let out = dejamos()
        .args(["check", "--isolated", "--show-config"])
        .arg(fixture("delivery/film.es.sdh.srt"))
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("profile = \"netflix-sdh\"") && text.contains("max-cps = 20"), "{text}");
}

#[test]
fn a_forced_event_missing_from_the_full_file_is_reported() {
    // The full file is found by name (`doc.en.forced.srt` → `doc.en.srt`) …
    let (stdout, code) = concise(&["--select", "forced"], &["doc.en.forced.srt"]);
    assert_eq!(rules_at(&stdout), ["forced-subset@6"], "{stdout}");
    assert!(stdout.contains("`EL PASO, TEXAS` is not in the full subtitle file"), "{stdout}");
    assert_eq!(code, 1);
    // … or given with `--full`, which makes the file a forced narrative.
    let full = fixture("delivery/doc.en.srt");
    let (stdout, _) =
        concise(&["--select", "forced-subset", "--full", full.to_str().expect("utf-8")], &["doc.en.forced.srt"]);
    assert_eq!(rules_at(&stdout), ["forced-subset@6"], "{stdout}");
    // A forced narrative carries no SDH labels.
    let (stdout, _) = concise(&["--profile", "netflix-forced", "--select", "forced-no-sdh"], &["film.en.sdh.srt"]);
    assert_eq!(rules_at(&stdout), ["forced-no-sdh@3", "forced-no-sdh@7"], "{stdout}");
}

#[test]
fn strip_sdh_writes_the_non_sdh_version_and_says_what_it_removed() {
    let output = dejamos()
        .args(["convert", "--strip-sdh", "--to", "srt"])
        .arg(fixture("delivery/strip.es.sdh.srt"))
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let srt = String::from_utf8_lossy(&output.stdout);
    assert!(!srt.contains("[risas]") && !srt.contains("JULIÁN"), "{srt}");
    assert!(srt.starts_with("1\n00:00:04,000 --> 00:00:06,000\n¿Ya llegaron?\n"), "{srt}");
    insta::assert_snapshot!("strip_sdh", srt);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cue 3: removed `MAMÁ:`"), "{stderr}");
    assert!(stderr.contains("6 labels removed, 1 cue dropped, 1 dialogue dash removed"), "{stderr}");
}

#[test]
fn festival_and_dcp_presets_print_their_sources_and_dcp_wants_24_or_25_fps() {
    let output = dejamos().args(["rules", "--profile", "all"]).output().expect("runs");
    let text = String::from_utf8_lossy(&output.stdout);
    for expected in ["festival:", "dcp:", "netflix-sdh:", "Banff", "SMPTE ST 429-2", "Netflix value kept"] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    let (stdout, code) = concise(&["--profile", "dcp", "--select", "frame-rate"], &["position.es.srt"]);
    assert_eq!(rules_at(&stdout), ["frame-rate@2"], "{stdout}");
    assert_eq!(code, 1);
    let (stdout, code) = concise(&["--profile", "dcp", "--fps", "24", "--select", "frame-rate"], &["position.es.srt"]);
    assert!(rules_at(&stdout).is_empty() && code == 0, "{stdout}");
    // The festival's 40-character lines; `[thresholds]` still overrides a preset.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("card.es.srt");
    std::fs::write(&file, "1\n00:00:01,000 --> 00:00:04,000\nLa casa que Julián construye en Durango\n")
        .expect("write");
    let run = |extra: &[&str]| {
        let output = dejamos()
            .args(["check", "--format", "concise", "--profile", "festival", "--select", "max-line-length"])
            .args(extra)
            .arg(&file)
            .output()
            .expect("runs");
        String::from_utf8_lossy(&output.stdout).to_string()
    };
    assert!(!run(&[]).contains("[max-line-length]"), "39 characters fit in 40");
    std::fs::write(dir.path().join("dejamos.toml"), "[thresholds]\nmax-line-length = 30\n").expect("config");
    assert!(run(&[]).contains("[max-line-length]"));
}
