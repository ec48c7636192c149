//! End-to-end tests of `dejamos check` and `dejamos rules`: every rule on a fixture that
//! triggers it (line and column asserted) and on a near miss that must not; configuration
//! discovery; rule selection; exit codes; `--fix` and `--diff`; `--jobs`; and the README's rule
//! reference kept equal to `dejamos rules --format md`.
use dejamos::check::config::{CliSettings, ConfigSource, Resolver};
use dejamos::check::engine::Engine;
use dejamos::check::{FileOptions, check_file};
use dejamos::diagnostic::Severity;
use std::fs;
use std::path::{Path, PathBuf};

mod common;

use common::dejamos;

fn fixtures() -> PathBuf {
    common::fixture("check")
}

/// Findings of `rule` alone on a fixture, as (line, column, severity), through the library API
/// with no configuration file.
fn rule_findings(file: &str, rule: &str) -> Vec<(usize, usize, Severity)> {
    let engine = Engine::new();
    let cli = CliSettings { select: vec![rule.to_string()], ..CliSettings::default() };
    let mut resolver = Resolver::new(engine.infos(), &cli, ConfigSource::Isolated).expect("settings");
    let path = fixtures().join("rules").join(file);
    let settings = resolver.settings_for(&path).expect("settings for file");
    let bytes = fs::read(&path).expect("fixture exists");
    let checked = check_file(&engine, &settings, file, &path, bytes, FileOptions::default()).expect("checks");
    assert!(checked.report.diagnostics.iter().all(|d| d.rule == rule), "only {rule} was selected");
    checked.report.diagnostics.iter().map(|d| (d.line, d.column, d.severity)).collect()
}

/// A rule, its fixture, and the (line, column) of each finding it must report there.
type Trigger = (&'static str, &'static str, &'static [(usize, usize)]);

/// Every structure, timing and layout rule: where it fires on its fixture.
const TRIGGERS: &[Trigger] = &[
    ("timestamp-syntax", "timestamp-syntax.bad.es.srt", &[(6, 1)]),
    ("index-sequence", "index-sequence.bad.es.srt", &[(5, 1), (9, 1)]),
    ("stray-text", "stray-text.bad.es.srt", &[(1, 1)]),
    ("blank-lines", "blank-lines.bad.es.srt", &[(8, 1)]),
    ("blank-line-in-cue", "blank-line-in-cue.bad.es.srt", &[(4, 1)]),
    ("missing-timing", "missing-timing.bad.es.srt", &[(5, 1)]),
    ("blank-line-missing", "blank-line-missing.bad.es.srt", &[(4, 1)]),
    ("coordinates", "coordinates.bad.es.srt", &[(6, 31)]),
    ("final-newline", "final-newline.bad.es.srt", &[(11, 24)]),
    ("end-before-start", "end-before-start.bad.es.srt", &[(6, 1)]),
    ("out-of-order", "out-of-order.bad.es.srt", &[(6, 1)]),
    ("overlap", "overlap.bad.es.srt", &[(6, 1)]),
    ("empty-cue", "empty-cue.bad.es.srt", &[(6, 1)]),
    ("encoding", "encoding.bad.es.srt", &[(1, 1)]),
    ("encoding", "encoding-bom.bad.es.srt", &[(1, 1)]),
    ("line-endings", "line-endings.bad.es.srt", &[(7, 17)]),
    ("min-duration", "min-duration.bad.es.srt", &[(6, 1)]),
    ("max-duration", "max-duration.bad.es.srt", &[(2, 1)]),
    ("min-gap", "min-gap.bad.es.srt", &[(6, 1)]),
    ("gap-chaining", "gap-chaining.bad.es.srt", &[(6, 1)]),
    ("max-lines", "max-lines.bad.es.srt", &[(2, 1)]),
    ("max-line-length", "max-line-length.bad.es.srt", &[(3, 43)]),
    ("max-cps", "max-cps.bad.es.srt", &[(2, 1)]),
    ("fits-one-line", "fits-one-line.bad.es.srt", &[(3, 1)]),
];

#[test]
fn each_rule_fires_on_its_fixture_at_the_right_place() {
    for (rule, file, expected) in TRIGGERS {
        let found: Vec<(usize, usize)> = rule_findings(file, rule).iter().map(|&(l, c, _)| (l, c)).collect();
        assert_eq!(&found, expected, "{rule} on {file}");
    }
}

#[test]
fn each_rule_stays_quiet_on_its_near_miss() {
    for (rule, file, _) in TRIGGERS {
        let Some(stem) = file.strip_suffix(".bad.es.srt") else { continue };
        let near_miss = format!("{}.ok.es.srt", stem.trim_end_matches("-bom"));
        assert!(rule_findings(&near_miss, rule).is_empty(), "{rule} fired on {near_miss}");
    }
}

#[test]
fn near_misses_are_clean_under_every_structure_timing_and_layout_rule() {
    let dir = fixtures().join("rules");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .expect("fixtures")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ok.es.srt"))
        .collect();
    names.sort();
    assert!(names.len() >= 20);
    for name in names {
        dejamos()
            .args(["check", "--isolated", "--strict", "--select", "structure,timing,layout"])
            .arg(dir.join(&name))
            .assert()
            .code(0);
    }
}

#[test]
fn bom_is_a_warning_and_legacy_encoding_an_error() {
    assert_eq!(rule_findings("encoding-bom.bad.es.srt", "encoding")[0].2, Severity::Warning);
    assert_eq!(rule_findings("encoding.bad.es.srt", "encoding")[0].2, Severity::Error);
}

/// A scratch folder holding copies of fixtures.
fn scratch(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, fixture) in files {
        let target = dir.path().join(name);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).expect("mkdir");
        }
        fs::copy(fixtures().join("rules").join(fixture), target).expect("copy fixture");
    }
    dir
}

#[test]
fn exit_codes() {
    let dir = scratch(&[
        ("clean.es.srt", "overlap.ok.es.srt"),
        ("warning.es.srt", "gap-chaining.bad.es.srt"),
        ("error.es.srt", "min-duration.bad.es.srt"),
    ]);
    let run = |args: &[&str]| dejamos().current_dir(dir.path()).args(["check", "--isolated"]).args(args).assert();
    run(&["clean.es.srt"]).code(0);
    run(&["warning.es.srt"]).code(0);
    run(&["--strict", "warning.es.srt"]).code(1);
    run(&["error.es.srt"]).code(1);
    run(&["missing.es.srt"]).code(2).stderr(predicates::str::contains("missing.es.srt: cannot read"));
    run(&["--select", "max-cpss", "clean.es.srt"]).code(2).stderr(predicates::str::contains("did you mean `max-cps`?"));
    run(&["--fps", "fast", "clean.es.srt"]).code(2);
    run(&["--lang", "xx", "clean.es.srt"]).code(2);
}

#[test]
fn an_unreadable_input_does_not_stop_the_others() {
    let dir = scratch(&[("a.es.srt", "index-sequence.bad.es.srt")]);
    dejamos()
        .current_dir(dir.path())
        .args(["check", "--isolated", "--fix", "--select", "index-sequence", "missing.srt", "a.es.srt"])
        .assert()
        .code(2);
    let fixed = fs::read_to_string(dir.path().join("a.es.srt")).expect("read");
    assert!(fixed.contains("\n2\n00:00:04,000") && fixed.contains("\n3\n00:00:07,000"), "{fixed}");
}

#[test]
fn selection_by_name_and_category() {
    let dir = scratch(&[("film.es.srt", "min-duration.bad.es.srt")]);
    let run = |args: &[&str]| {
        dejamos().current_dir(dir.path()).args(["check", "--isolated"]).args(args).arg("film.es.srt").assert()
    };
    run(&[]).code(1);
    run(&["--ignore", "min-duration"]).code(0);
    run(&["--ignore", "timing"]).code(0);
    run(&["--select", "layout,structure"]).code(0);
    run(&["--select", "timing"]).code(1);
    run(&["--select", "all", "--ignore", "min-duration"]).code(0);
}

#[test]
fn config_is_discovered_nearest_first_and_flags_win() {
    let dir = scratch(&[("film.es.srt", "min-duration.bad.es.srt"), ("sub/film.es.srt", "min-duration.bad.es.srt")]);
    fs::write(dir.path().join("dejamos.toml"), "[severity]\nmin-duration = \"warning\"\n").expect("write");
    fs::write(dir.path().join("sub/dejamos.toml"), "[thresholds]\nmin-duration-ms = 500\n").expect("write");
    let run = |args: &[&str]| dejamos().current_dir(dir.path()).arg("check").args(args).assert();
    // The top config demotes the finding; --isolated ignores it.
    run(&["film.es.srt"]).code(0);
    run(&["--isolated", "film.es.srt"]).code(1);
    run(&["--strict", "film.es.srt"]).code(1);
    // In sub/ the nearer config wins: 833 ms is long enough there, and severities are not inherited.
    run(&["sub/film.es.srt"]).code(0);
    fs::write(dir.path().join("sub/dejamos.toml"), "[thresholds]\nmin-duration-ms = 900\n").expect("write");
    run(&["sub/film.es.srt"]).code(1);
    // --config replaces discovery.
    run(&["--config", "dejamos.toml", "sub/film.es.srt"]).code(0);
}

#[test]
fn config_errors_name_file_and_line() {
    let dir = scratch(&[("film.es.srt", "overlap.ok.es.srt")]);
    fs::write(dir.path().join("dejamos.toml"), "profile = \"netflix\"\n\n[thresholds]\nmax-cpz = 15\n").expect("write");
    dejamos()
        .current_dir(dir.path())
        .args(["check", "film.es.srt"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("dejamos.toml:4:"));
}

#[test]
fn language_from_config_glob_and_audience() {
    // 36 characters in 2 s: 18 cps. Over Spanish (17), under English (20), over English for children (17).
    let dir = scratch(&[("reel1.srt", "max-cps.bad.es.srt")]);
    let run = |args: &[&str]| {
        dejamos().current_dir(dir.path()).args(["check", "--select", "max-cps"]).args(args).arg("reel1.srt").assert()
    };
    fs::write(dir.path().join("dejamos.toml"), "[lang]\n\"reel*.srt\" = \"en-US\"\n").expect("write");
    run(&[]).code(0);
    run(&["--audience", "children"]).code(1);
    run(&["--lang", "es-MX"]).code(1);
    fs::write(dir.path().join("dejamos.toml"), "[lang]\n\"reel*.srt\" = \"es\"\n").expect("write");
    run(&[]).code(1);
}

#[test]
fn show_config_prints_the_effective_settings() {
    let dir = scratch(&[("film.en-US.srt", "overlap.ok.es.srt")]);
    fs::write(
        dir.path().join("dejamos.toml"),
        "fps = 25\nignore = [\"fits-one-line\"]\n[severity]\ngap-chaining = \"error\"\n[thresholds]\nmax-cps = 18\n",
    )
    .expect("write");
    let output =
        dejamos().current_dir(dir.path()).args(["check", "--show-config", "film.en-US.srt"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).expect("utf-8");
    let shown = text.replace(&dir.path().display().to_string(), "[DIR]");
    insta::assert_snapshot!("show_config", shown);
    // What it prints is a dejamos.toml that gives the same settings back.
    let other = tempfile::tempdir().expect("temp dir");
    fs::write(other.path().join("dejamos.toml"), &text).expect("write");
    fs::copy(dir.path().join("film.en-US.srt"), other.path().join("film.en-US.srt")).expect("copy");
    let again =
        dejamos().current_dir(other.path()).args(["check", "--show-config", "film.en-US.srt"]).output().expect("runs");
    assert_eq!(again.status.code(), Some(0), "{}", String::from_utf8_lossy(&again.stderr));
    let again = String::from_utf8(again.stdout).expect("utf-8");
    let settings = |t: &str| t.lines().filter(|l| !l.starts_with("# configuration")).collect::<Vec<_>>().join("\n");
    assert_eq!(settings(&again), settings(&text));
}

#[test]
fn fix_rewrites_files_and_reports_what_remains() {
    let dir = scratch(&[("film.es.srt", "index-sequence.bad.es.srt")]);
    let source = "1\r\n00:00:01,000 --> 00:00:01,500\r\nSí.\r\n\r\n3\r\n00:00:05,000 --> 00:00:07,000\r\nYa casi\r\nllegamos.\n\r\n\r\n\r\n\
                  4\r\n00:00:07,250 --> 00:00:09,000\r\nJulián viaja entre Durango y El Paso.\r\n\r\n\
                  5\r\n00:00:09,300 --> 00:00:09,600\r\nNo.\r\n\r\n6\r\n00:00:09,700 --> 00:00:11,000\r\nOtra vez.";
    let path = dir.path().join("film.es.srt");
    fs::write(&path, source).expect("write");
    dejamos()
        .current_dir(dir.path())
        .args(["check", "--isolated", "--fix", "--select", "structure,timing", "film.es.srt"])
        .assert()
        // Cue 4 (`No.`) is still too short: there is no room before the next cue.
        .code(1)
        .stderr(predicates::str::contains("applied"));
    let fixed = fs::read_to_string(&path).expect("read");
    insta::assert_snapshot!("fixed_file", fixed.replace("\r\n", "⏎\n"));
}

#[test]
fn diff_prints_a_unified_diff_and_writes_nothing() {
    let dir = scratch(&[("film.es.srt", "gap-chaining.bad.es.srt")]);
    let before = fs::read(dir.path().join("film.es.srt")).expect("read");
    let output = dejamos()
        .current_dir(dir.path())
        .args(["check", "--isolated", "--fix", "--diff", "film.es.srt"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1), "a diff means changes would be made");
    assert_eq!(fs::read(dir.path().join("film.es.srt")).expect("read"), before);
    insta::assert_snapshot!("diff", String::from_utf8(output.stdout).expect("utf-8"));
    // Nothing to fix: no diff, exit 0.
    let clean = scratch(&[("film.es.srt", "gap-chaining.ok.es.srt")]);
    dejamos()
        .current_dir(clean.path())
        .args(["check", "--isolated", "--fix", "--diff", "film.es.srt"])
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn fixing_a_windows_1252_file_makes_it_utf8() {
    let dir = scratch(&[("film.es.srt", "encoding.bad.es.srt")]);
    let path = dir.path().join("film.es.srt");
    assert!(std::str::from_utf8(&fs::read(&path).expect("read")).is_err(), "fixture is not UTF-8");
    dejamos()
        .current_dir(dir.path())
        .args(["check", "--isolated", "--fix", "film.es.srt"])
        .assert()
        .code(0)
        .stderr(predicates::str::contains("re-encoded from windows-1252 to UTF-8"));
    let text = String::from_utf8(fs::read(&path).expect("read")).expect("now UTF-8");
    assert!(text.contains("Julián sube al camión."), "{text}");
    assert!(!text.starts_with('\u{feff}'));
}

#[test]
fn jobs_check_a_directory_in_parallel_with_stable_results() {
    let names: Vec<String> = (0..12).map(|i| format!("reel{i:02}.es.srt")).collect();
    let files: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "gap-chaining.bad.es.srt")).collect();
    let dir = scratch(&files);
    // WebVTT files in the folder are checked too (this one is clean).
    fs::write(dir.path().join("notes.es.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nJulián sube al camión.\n")
        .expect("write");
    dejamos().current_dir(dir.path()).args(["check", "--isolated", "--jobs", "3", "--strict", "."]).assert().code(1);
    dejamos().current_dir(dir.path()).args(["check", "--isolated", "--jobs", "3", "--fix", "."]).assert().code(0);
    let expected = fs::read_to_string(dir.path().join("reel00.es.srt")).expect("read");
    assert!(expected.contains("00:01:02,167"), "gap closed to 2 frames: {expected}");
    for name in &names {
        assert_eq!(fs::read_to_string(dir.path().join(name)).expect("read"), expected);
    }
    dejamos().current_dir(dir.path()).args(["check", "--isolated", "--jobs", "1", "--strict", "."]).assert().code(0);
}

#[test]
fn reports_are_the_same_in_input_order_whatever_the_jobs_and_the_output() {
    // Files differ in size and findings, so workers finish out of order; one cannot be read.
    let fixtures = [
        "overlap.bad.es.srt",
        "max-cps.bad.es.srt",
        "encoding.bad.es.srt",
        "min-gap.bad.es.srt",
        "index-sequence.bad.es.srt",
        "line-endings.bad.es.srt",
        "timestamp-syntax.bad.es.srt",
        "overlap.ok.es.srt",
    ];
    let names: Vec<String> = (0..24).map(|i| format!("reel{i:02}.es.srt")).collect();
    let files: Vec<(&str, &str)> =
        names.iter().zip(fixtures.iter().cycle()).map(|(name, fixture)| (name.as_str(), *fixture)).collect();
    let dir = scratch(&files);
    // Over --max-size: refused when a worker reads it.
    fs::write(dir.path().join("reel05b.es.srt"), vec![b'\n'; 4096]).expect("write");
    let mut inputs: Vec<String> = names.clone();
    inputs.insert(6, "reel05b.es.srt".to_string());
    for format in ["human", "concise", "json", "sarif", "junit", "github"] {
        let run = |jobs: &str, extra: &[&str]| {
            let output = dejamos()
                .current_dir(dir.path())
                .args(["check", "--isolated", "--no-progress", "--max-size", "1K", "--format", format, "--jobs", jobs])
                .args(extra)
                .args(&inputs)
                .output()
                .expect("run");
            assert_eq!(output.status.code(), Some(2), "{format}: one input is too large");
            (output.stdout, String::from_utf8_lossy(&output.stderr).into_owned())
        };
        let (serial, serial_err) = run("1", &[]);
        let (parallel, parallel_err) = run("3", &[]);
        assert!(!serial.is_empty(), "{format}");
        assert!(serial_err.contains("reel05b.es.srt"), "{serial_err}");
        assert_eq!(serial, parallel, "{format}: --jobs must not change the report");
        assert_eq!(serial_err, parallel_err, "{format}");
        let (to_file, _) = run("3", &["-o", "report.out"]);
        assert!(to_file.is_empty(), "{format}: -o writes nothing on stdout");
        assert_eq!(fs::read(dir.path().join("report.out")).expect("read"), serial, "{format}: -o FILE");
    }
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn an_input_named_twice_is_read_before_it_is_fixed() {
    let dir = scratch(&[("a.es.srt", "index-sequence.bad.es.srt")]);
    dejamos()
        .current_dir(dir.path())
        .args(["check", "--isolated", "--fix", "--jobs", "2", "--select", "index-sequence", "a.es.srt", "a.es.srt"])
        .assert()
        .code(0)
        .stderr(predicates::str::contains("to 2 files"));
}

#[test]
fn rules_lists_the_catalogue_and_explains_one_rule() {
    let output = dejamos().args(["rules"]).output().expect("runs");
    insta::assert_snapshot!("rules_table", String::from_utf8(output.stdout).expect("utf-8"));
    let output = dejamos().args(["rules", "gap-chaining"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).expect("utf-8");
    assert!(text.starts_with("gap-chaining (timing, warning by default, fixable with --fix)"), "{text}");
    assert!(text.contains("NetflixCheckBridgeGaps"));
    // Every command's rules are in the catalogue; a name two commands share shows both.
    let output = dejamos().args(["rules", "missing-counterpart"]).output().expect("runs");
    let text = String::from_utf8(output.stdout).expect("utf-8");
    assert!(text.starts_with("missing-counterpart (bilingual, error by default) · dejamos pair"), "{text}");
    let output = dejamos().args(["rules", "line-endings"]).output().expect("runs");
    let text = String::from_utf8(output.stdout).expect("utf-8");
    assert!(text.contains("· dejamos check") && text.contains("· dejamos locales check"), "{text}");
    let json = dejamos().args(["rules", "--format", "json"]).output().expect("runs");
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    assert!(value.as_array().is_some_and(|rules| rules.iter().any(|r| r["name"] == "max-cps")));
    dejamos()
        .args(["rules", "overlaps"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("unknown rule `overlaps`; did you mean `overlap`?"));
}

/// The rule reference in `docs/rules.md` is `dejamos rules --format md`, between markers. Run
/// `DEJAMOS_UPDATE_DOCS=1 cargo test --test check` to regenerate it after changing the catalogue
/// (`DEJAMOS_UPDATE_README=1`, its old name, does the same).
#[test]
fn docs_rule_reference_matches_the_catalogue() {
    const START: &str = "<!-- rules:start -->\n";
    const END: &str = "<!-- rules:end -->";
    let output = dejamos().args(["rules", "--format", "md"]).output().expect("runs");
    let generated = String::from_utf8(output.stdout).expect("utf-8");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let page = fs::read_to_string(&path).expect("docs/rules.md");
    let (Some(start), Some(end)) = (page.find(START), page.find(END)) else {
        panic!("docs/rules.md lacks the {START:?} … {END:?} markers");
    };
    let current = &page[start + START.len()..end];
    if std::env::var_os("DEJAMOS_UPDATE_DOCS").is_some() || std::env::var_os("DEJAMOS_UPDATE_README").is_some() {
        let updated = format!("{}{START}{generated}{}", &page[..start], &page[end..]);
        fs::write(&path, updated).expect("write docs/rules.md");
        return;
    }
    assert!(
        current == generated,
        "docs/rules.md rule reference is stale: run DEJAMOS_UPDATE_DOCS=1 cargo test --test check"
    );
}

/// Every finding on a file under `samples/`, with all rules on.
fn sample_findings(name: &str) -> Vec<(String, usize)> {
    let engine = Engine::new();
    let mut resolver =
        Resolver::new(engine.infos(), &CliSettings::default(), ConfigSource::Isolated).expect("settings");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples").join(name);
    let settings = resolver.settings_for(&path).expect("settings for sample");
    let bytes = fs::read(&path).expect("sample exists");
    let checked = check_file(&engine, &settings, name, &path, bytes, FileOptions::default()).expect("checks");
    checked.report.diagnostics.iter().map(|d| (d.rule.to_string(), d.line)).collect()
}

#[test]
fn clean_samples_have_no_findings() {
    for name in ["bus-ride.es.srt", "bus-ride.en.srt"] {
        assert_eq!(sample_findings(name), Vec::<(String, usize)>::new(), "{name}");
    }
    // The Windows-1252 copy differs only in its bytes.
    assert_eq!(sample_findings("bus-ride.es.cp1252.srt"), vec![("encoding".to_string(), 1)]);
}

/// Rules of the text, Spanish, English and language families, built on another branch: a planted
/// defect for one of them is checked once its rule is in the catalogue.
const TEXT_FAMILY_RULES: &[&str] = &[
    "unbalanced-tag",
    "disallowed-tag",
    "whitespace",
    "glyph",
    "mojibake",
    "ellipsis",
    "dialogue-dash",
    "spanish-punctuation",
    "capitalized-month",
    "semicolon",
    "number-style",
    "wrong-language",
];

#[test]
fn every_planted_defect_in_samples_is_reported_at_its_line() {
    let readme = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/README.md")).expect("README");
    let catalogue: Vec<&str> = Engine::new().infos().iter().map(|i| i.name).collect();
    let mut checked = 0;
    for row in readme.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let [_, file, line, rule, ..] = cells.as_slice() else { continue };
        let (file, rule) = (file.trim_matches('`'), rule.trim_matches('`'));
        let Ok(line) = line.parse::<usize>() else { continue };
        if !catalogue.contains(&rule) {
            assert!(TEXT_FAMILY_RULES.contains(&rule), "samples/README.md names unknown rule `{rule}`");
            continue;
        }
        let found = sample_findings(file);
        assert!(
            found.iter().any(|(r, l)| r == rule && *l == line),
            "{file}:{line}: expected `{rule}`; found {found:?}"
        );
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} planted defects checked");
}

#[test]
fn webvtt_files_are_checked_and_fixed_in_their_own_syntax() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("short.es.vtt");
    fs::copy(fixtures().join("vtt/short.es.vtt"), &path).expect("copy");
    dejamos().current_dir(dir.path()).args(["check", "--isolated", "short.es.vtt"]).assert().code(1);
    // Markup and entities are not counted: `Tom & Jerry, en casa.` is 21 characters, so a
    // 20-character limit catches it and a 21-character one does not.
    fs::write(dir.path().join("dejamos.toml"), "select = [\"max-line-length\"]\n[thresholds]\nmax-line-length = 21\n")
        .expect("write");
    dejamos().current_dir(dir.path()).args(["check", "short.es.vtt"]).assert().code(0);
    fs::write(dir.path().join("dejamos.toml"), "select = [\"max-line-length\"]\n[thresholds]\nmax-line-length = 20\n")
        .expect("write");
    dejamos().current_dir(dir.path()).args(["check", "short.es.vtt"]).assert().code(1);
    // The short first cue is extended in WebVTT's own timestamp syntax.
    // WebVTT markup (a voice, a class) is not SRT markup: the tag rules leave it alone.
    dejamos()
        .current_dir(dir.path())
        .args(["check", "--isolated", "--select", "text", "short.es.vtt"])
        .assert()
        .code(0);
    dejamos().current_dir(dir.path()).args(["check", "--isolated", "--fix", "short.es.vtt"]).assert().code(0);
    let fixed = fs::read_to_string(&path).expect("read");
    assert!(fixed.contains("00:00:01.001 --> 00:00:01.835\n"), "{fixed}");
    assert!(fixed.starts_with("WEBVTT\n\n"), "{fixed}");
}

mod robustness {
    use super::*;
    use proptest::prelude::*;

    /// One piece of an SRT-ish file: indices, timing lines (good, odd and broken), text with
    /// markup, combining marks, emoji and stray brackets, and every kind of line break.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            (0u32..40).prop_map(|n| n.to_string()),
            (0u64..20_000, 0u64..20_000).prop_map(|(a, b)| format!(
                "00:00:{:02},{:03} --> 00:00:{:02},{:03}",
                a / 1000 % 60,
                a % 1000,
                b / 1000 % 60,
                b % 1000
            )),
            Just("00:00:01.5 --> 0:0:2,0 X1:1".to_string()),
            Just("99:99:99,999 --> -1".to_string()),
            "[a-zé\u{301}…<>{}\\\\/ i!?¿¡.-]{0,60}",
            Just("<i>¿Adónde vas?</i>".to_string()),
            Just("{\\an8}<font color=\"#fff\">Arriba</font>".to_string()),
            Just("👨‍👩‍👧 e\u{301}".to_string()),
            Just(String::new()),
        ]
    }

    fn file() -> impl Strategy<Value = String> {
        (prop::collection::vec((piece(), prop_oneof![Just("\n"), Just("\r\n"), Just("\r"), Just("\n\n")]), 0..40))
            .prop_map(|parts| parts.into_iter().map(|(p, nl)| p + nl).collect())
    }

    fn run(name: &str, text: &str) {
        let engine = Engine::new();
        let mut resolver =
            Resolver::new(engine.infos(), &CliSettings::default(), ConfigSource::Isolated).expect("settings");
        let path = Path::new(name);
        let settings = resolver.settings_for(path).expect("settings");
        for fix in [false, true] {
            let options = FileOptions { fix, ..FileOptions::default() };
            if let Ok(checked) = check_file(&engine, &settings, name, path, text.as_bytes().to_vec(), options)
                && let Some(fixed) = checked.fixed
            {
                // These inputs are UTF-8 without a BOM, so the fixed bytes are UTF-8 too, and
                // the report describes exactly those bytes.
                let written = std::str::from_utf8(&fixed.bytes).expect("UTF-8 output");
                assert_eq!(written, &*checked.report.source);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]
        #[test]
        fn checking_and_fixing_never_panic(text in file()) {
            run("prop.es.srt", &text);
            run("prop.en.vtt", &format!("WEBVTT\n\n{text}"));
        }
    }
}

/// The whole pipeline on the planted-defect samples, as CI sees it: every finding, its place,
/// its message, and the summary.
#[test]
fn planted_defect_samples_concise_report() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = dejamos()
        .current_dir(root)
        .args(["check", "--isolated", "--format", "concise", "samples/the-house.es.srt", "samples/the-house.en.srt"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!("the_house_concise", String::from_utf8(output.stdout).expect("utf-8"));
}

/// A long Spanish file with findings of many rules all through it, cues in time order and
/// indices in sequence: the kind of file `check` reads piece by piece when it is large.
fn long_defective_srt(cues: usize) -> String {
    let texts = [
        "Mi papá construyó esta casa.",
        "¿Adónde vas\nmañana?",
        "-Ya llegamos.\n-¿Tan pronto?",
        "Esto es una línea muy larga que pasa de los cuarenta y dos caracteres",
        "Hola ,  amigo...",
        "¿Y luego",
        "qué hicimos después de Enero?",
        "<i>Sin cerrar",
        "Bueno; ya veremos.",
        "The house is very old and my father built it.",
        "Listo!",
    ];
    let time =
        |ms: usize| format!("{:02}:{:02}:{:02},{:03}", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    let mut out = String::new();
    let mut at = 1_000;
    for i in 0..cues {
        let duration = [400, 1_800, 3_000, 7_500, 900][i % 5];
        let gap = [0, 40, 120, 700, 2_000][(i / 3) % 5];
        let text = texts[(i * 7 + i / 5) % texts.len()];
        out.push_str(&format!("{}\n{} --> {}\n{text}\n\n", i + 1, time(at), time(at + duration)));
        at += duration + gap;
    }
    out.pop();
    out
}

#[test]
fn a_large_file_checked_in_pieces_gets_the_same_report_as_checked_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::copy(fixtures().join("rules/overlap.bad.es.srt"), dir.path().join("a.es.srt")).expect("copy");
    fs::write(dir.path().join("b.es.srt"), long_defective_srt(9_000)).expect("write");
    fs::copy(fixtures().join("rules/max-cps.bad.es.srt"), dir.path().join("c.es.srt")).expect("copy");
    for format in ["json", "concise", "github", "human", "sarif"] {
        let run = |pieces_from: &str, jobs: &str| {
            let output = dejamos()
                .current_dir(dir.path())
                .args(["check", "--isolated", "--no-progress", "--format", format, "--jobs", jobs])
                .args(["--pieces-from", pieces_from, "a.es.srt", "b.es.srt", "c.es.srt"])
                .output()
                .expect("run");
            (output.status.code(), output.stdout)
        };
        let whole = run("1G", "2");
        assert_eq!(whole.0, Some(1), "{format}: the files have errors");
        assert!(whole.1.len() > 100_000, "{format}: the long file has many findings");
        assert_eq!(run("0", "2"), whole, "{format}: in pieces");
        if format == "json" {
            assert_eq!(run("0", "1"), whole, "{format}: in pieces, one worker");
        }
    }
}

#[test]
fn only_large_files_that_allow_it_are_read_in_pieces() {
    use dejamos::check::{Prepared, prepare_file};
    let engine = Engine::new();
    let mut resolver =
        Resolver::new(engine.infos(), &CliSettings::default(), ConfigSource::Isolated).expect("settings");
    let path = Path::new("long.es.srt");
    let settings = resolver.settings_for(path).expect("settings for file");
    let long = long_defective_srt(9_000);
    let prepare = |text: &str, pieces_from: u64, fix: bool| {
        let options = FileOptions { pieces_from, fix, ..FileOptions::default() };
        prepare_file(&engine, &settings, "long.es.srt", path, text.as_bytes().to_vec(), options).expect("reads")
    };
    let large = |prepared: Prepared<'_>| matches!(prepared, Prepared::Large(_));
    assert!(large(prepare(&long, 0, false)));
    assert!(large(prepare(&long, long.len() as u64, false)));
    assert!(!large(prepare(&long, long.len() as u64 + 1, false)), "smaller than --pieces-from");
    assert!(!large(prepare(&long, 0, true)), "--fix needs the whole file");
    assert!(!large(prepare(&long_defective_srt(3_000), 0, false)), "too short for two pieces");
    assert!(!large(prepare(&long.replacen("\n\n2\n", "\n\n7\n", 1), 0, false)), "index findings");
}

#[test]
fn a_reader_that_stops_early_still_gets_the_exit_code_of_every_file() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    // Warnings all through (which pass), errors only in the last file: the reader has gone by
    // the time it is checked.
    let mut files: Vec<(String, &str)> =
        (0..200).map(|i| (format!("reel{i:03}.es.srt"), "gap-chaining.bad.es.srt")).collect();
    files.push(("reel999.es.srt".to_string(), "overlap.bad.es.srt"));
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(name, fixture)| (name.as_str(), *fixture)).collect();
    let dir = scratch(&borrowed);
    for format in ["concise", "human", "json"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_dejamos"))
            .current_dir(dir.path())
            .args(["check", "--isolated", "--no-progress", "--jobs", "2", "--format", format, "."])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("runs");
        let mut first = String::new();
        let stdout = child.stdout.take().expect("piped");
        BufReader::new(stdout).read_line(&mut first).expect("reads a line");
        // Dropping the reader closes the pipe.
        let output = child.wait_with_output().expect("finishes");
        assert_eq!(output.status.code(), Some(1), "{format}: the last file's errors still count");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{format}: {stderr}");
    }
}

/// Every rule's documented example is a real case of the rule, and every "use instead" block
/// is clean under all the rules: the docs a QC lead reads in `dejamos rules` do not mislead.
#[test]
fn rule_examples_trigger_their_rule_and_use_instead_blocks_are_clean() {
    let output = dejamos().args(["rules", "--format", "json"]).output().expect("runs");
    let rules: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).expect("json");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut problems = Vec::new();
    for rule in &rules {
        let name = rule["name"].as_str().expect("name");
        let category = rule["category"].as_str().expect("category");
        let docs = dejamos().args(["rules", name]).output().expect("runs");
        let docs = String::from_utf8(docs.stdout).expect("utf-8");
        // Rules of Spanish and English files only (`line-break`) have Spanish examples.
        let lang = match (category, rule["languages"].as_str()) {
            ("spanish", _) | (_, Some("es" | "es, en")) => Some("es"),
            ("english", _) | (_, Some("en")) => Some("en"),
            _ => None,
        };
        let extension = if name.starts_with("vtt-") { "vtt" } else { "srt" };
        for (heading, must_fire) in [("**Example.**", true), ("**Use instead.**", false)] {
            let Some(block) = code_block_after(&docs, heading) else { continue };
            let path = dir.path().join(format!("{name}.{extension}"));
            fs::write(&path, block).expect("write example");
            let mut cmd = dejamos();
            cmd.args(["check", "--isolated", "--format", "json", "--select", "all"]);
            // SDH files and forced narratives ask opposite things of labels.
            match category {
                "sdh" => cmd.args(["--ignore", "forced"]),
                "forced" => cmd.args(["--ignore", "sdh"]),
                _ => &mut cmd,
            };
            if let Some(lang) = lang {
                cmd.args(["--lang", lang]);
            }
            let out = cmd.arg(&path).output().expect("runs");
            let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json report");
            let diagnostics = report["files"][0]["diagnostics"].as_array().cloned().unwrap_or_default();
            let rule_of = |d: &serde_json::Value| d["rule"].as_str().unwrap_or("").to_string();
            if must_fire && !diagnostics.iter().any(|d| d["rule"] == name) {
                let found: Vec<String> = diagnostics.iter().map(rule_of).collect();
                problems.push(format!("{name}: the example does not trigger it (found {found:?})"));
            }
            let unclean: Vec<String> = diagnostics
                .iter()
                .filter(|d| d["severity"] != "info")
                // Examples are often cues from the middle of a file.
                .filter(|d| name == "index-sequence" || d["rule"] != "index-sequence")
                .map(rule_of)
                .collect();
            if !must_fire && !unclean.is_empty() {
                problems.push(format!("{name}: the \"use instead\" block has findings: {unclean:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The first fenced code block after `heading` in rule docs, if one starts right after it.
fn code_block_after<'d>(docs: &'d str, heading: &str) -> Option<&'d str> {
    let rest = docs.split_once(heading)?.1.strip_prefix('\n')?;
    let body = rest.strip_prefix("```")?.split_once('\n')?.1;
    Some(&body[..body.find("```")?])
}
