//! Snapshot and structure tests of every format on a hand-built report.
use super::*;
use crate::check::declare::{Category, Command, FixKind, Formats, Langs, Reach};
use crate::diagnostic::{Edit, Fix, LineIndex};
use std::ops::Range;

const SPANISH: &str = "1\n00:00:01,000 --> 00:00:02,000\n¿Qué hacemos aquí...\n\n2\n00:00:01,500 --> 00:00:04,000\n<i>Mi abuelo & yo</i>, 50% \"listos\":\n";
const ENGLISH: &str = "1\r\n00:00:01,000 --> 00:00:02,000\r\nWhat are we doing here?\r\n";

fn diag(
    source: &str,
    rule: &'static str,
    severity: Severity,
    span: Range<usize>,
    cue: Option<usize>,
    message: &str,
) -> Diagnostic {
    let index = LineIndex::new(source);
    let (line, column) = index.position(source, span.start);
    let (end_line, end_column) = index.position(source, span.end);
    Diagnostic {
        rule,
        severity,
        line,
        column,
        end_line,
        end_column,
        cue,
        message: message.to_string(),
        fix: None,
        other_line: None,
        span,
        localized: None,
    }
}

fn find(source: &str, needle: &str) -> Range<usize> {
    let start = source.find(needle).expect("needle in source");
    start..start + needle.len()
}

fn rule(
    name: &'static str,
    category: &'static str,
    severity: Severity,
    summary: &'static str,
    fixable: bool,
) -> RuleInfo {
    RuleInfo {
        name,
        command: Command::Check,
        category: Category::from_name(category).expect("a category"),
        langs: Langs::ALL,
        formats: Formats::SUBTITLES,
        default_severity: severity,
        fix: if fixable { FixKind::Safe } else { FixKind::None },
        reach: Reach::Cue,
        summary,
        docs: "",
        help: "",
    }
}

fn sample_report() -> Report {
    let dots = find(SPANISH, "...");
    let index = LineIndex::new(SPANISH);
    let (line, column) = index.position(SPANISH, dots.start);
    let (end_line, end_column) = index.position(SPANISH, dots.end);
    let mut ellipsis = diag(SPANISH, "ellipsis", Severity::Warning, dots.clone(), Some(1), "three dots instead of `…`");
    ellipsis.fix = Some(Fix {
        description: "replace `...` with `…`".to_string(),
        edits: vec![Edit { range: dots, line, column, end_line, end_column, replacement: "…".to_string() }],
    });
    let second_start = SPANISH.find("00:00:01,500").expect("second cue");
    let overlap = diag(
        SPANISH,
        "overlap",
        Severity::Error,
        second_start..second_start + 12,
        Some(2),
        "cue 2 starts 500 ms before cue 1 ends",
    );
    let cps = diag(
        SPANISH,
        "max-cps",
        Severity::Error,
        find(SPANISH, "<i>Mi abuelo & yo</i>, 50% \"listos\":"),
        Some(2),
        "reading speed 12.4 cps is over the limit of 10 for <es> & \"children\": 50%, see rule",
    );
    let encoding = diag(ENGLISH, "encoding", Severity::Info, 0..0, None, "line endings are CRLF");
    let mut rules = vec![
        rule("overlap", "structure", Severity::Error, "A cue starts before the previous one ends.", false),
        rule("max-cps", "layout", Severity::Error, "Reading speed above the profile's limit.", false),
        rule("ellipsis", "text", Severity::Warning, "Three dots where the profile wants `…`.", true),
        rule("min-gap", "timing", Severity::Error, "Gap between cues under two frames.", false),
    ];
    rules[1].docs = "## max-cps\n\nCharacters per second <= 17 for Spanish & 20 for English.";
    Report {
        files: vec![
            FileReport {
                path_bytes: None,
                path: "subs/película.es.srt".to_string(),
                other_path: None,
                language: Some("es".to_string()),
                language_reason: Some("file name".to_string()),
                encoding: "utf-8".to_string(),
                config: None,
                cues: 2,
                diagnostics: vec![ellipsis, overlap, cps],
                source: Arc::from(SPANISH),
                detail: None,
            },
            FileReport {
                path_bytes: None,
                path: "subs/trailer, v2:final.en.srt".to_string(),
                other_path: None,
                language: Some("en".to_string()),
                language_reason: Some("--lang".to_string()),
                encoding: "utf-8".to_string(),
                config: None,
                cues: 1,
                diagnostics: vec![encoding],
                source: Arc::from(ENGLISH),
                detail: None,
            },
        ],
        rules,
        command: "check",
    }
}

#[test]
fn human_snapshot() {
    insta::assert_snapshot!(render(&sample_report(), Format::Human, &RenderOptions::default()));
}

#[test]
fn human_quiet_has_no_footer_and_color_adds_ansi() {
    let report = sample_report();
    let quiet = render(&report, Format::Human, &RenderOptions { color: false, quiet: true, ..Default::default() });
    assert!(!quiet.contains("Found "));
    assert!(!quiet.contains('\u{1b}'));
    let colored = render(&report, Format::Human, &RenderOptions { color: true, quiet: true, ..Default::default() });
    assert!(colored.contains("\u{1b}["));
}

#[test]
fn concise_snapshot() {
    insta::assert_snapshot!(render(&sample_report(), Format::Concise, &RenderOptions::default()));
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!(render(&sample_report(), Format::Json, &RenderOptions::default()));
}

#[test]
fn sarif_snapshot() {
    insta::assert_snapshot!(render(&sample_report(), Format::Sarif, &RenderOptions::default()));
}

#[test]
fn junit_snapshot() {
    insta::assert_snapshot!(render(&sample_report(), Format::Junit, &RenderOptions::default()));
}

#[test]
fn github_snapshot() {
    insta::assert_snapshot!(render(&sample_report(), Format::Github, &RenderOptions::default()));
}

#[test]
fn json_has_the_documented_schema() {
    let text = render(&sample_report(), Format::Json, &RenderOptions::default());
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(value["version"], 1);
    let file = &value["files"][0];
    for key in ["path", "language", "language_reason", "encoding", "cues", "diagnostics"] {
        assert!(file.get(key).is_some(), "file key {key}");
    }
    assert!(file.get("other_path").is_none());
    let first = &file["diagnostics"][0];
    for key in ["rule", "severity", "line", "column", "end_line", "end_column", "cue", "message", "fix"] {
        assert!(first.get(key).is_some(), "diagnostic key {key}");
    }
    assert_eq!(first["line"], 3);
    // "¿Qué hacemos aquí" is 17 characters, so the dots start at column 18.
    assert_eq!(first["column"], 18);
    assert_eq!(first["fix"]["edits"][0]["replacement"], "…");
    assert!(first.get("other_line").is_none());
    assert_eq!(value["summary"]["errors"], 2);
    assert_eq!(value["summary"]["by_rule"]["max-cps"], 1);
}

#[test]
fn json_carries_pair_fields_only_when_present() {
    let mut report = sample_report();
    report.files[0].other_path = Some("subs/film.en.srt".to_string());
    report.files[0].diagnostics[1].other_line = Some(6);
    let value: serde_json::Value =
        serde_json::from_str(&render(&report, Format::Json, &RenderOptions::default())).expect("valid JSON");
    assert_eq!(value["files"][0]["other_path"], "subs/film.en.srt");
    assert_eq!(value["files"][0]["diagnostics"][1]["other_line"], 6);
    assert!(value["files"][0]["diagnostics"][0].get("other_line").is_none());
    assert!(value["files"][1].get("other_path").is_none());
}

#[test]
fn sarif_is_valid_json_with_the_2_1_0_structure() {
    let text = render(&sample_report(), Format::Sarif, &RenderOptions::default());
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(value["version"], "2.1.0");
    assert!(value["$schema"].as_str().is_some_and(|s| s.contains("sarif-2.1.0")));
    let run = &value["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "dejamos");
    assert!(driver["version"].is_string());
    let rules = driver["rules"].as_array().expect("rules array");
    // Four catalogue entries plus the parser rule `encoding` that has none.
    assert_eq!(rules.len(), 5);
    for rule in rules {
        assert!(rule["id"].is_string());
        assert!(rule["shortDescription"]["text"].is_string());
    }
    assert_eq!(rules[1]["help"]["markdown"], "## max-cps\n\nCharacters per second <= 17 for Spanish & 20 for English.");
    assert_eq!(rules[2]["defaultConfiguration"]["level"], "warning");
    let results = run["results"].as_array().expect("results array");
    assert_eq!(results.len(), 4);
    for result in results {
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert!(["error", "warning", "note"].contains(&result["level"].as_str().expect("level")));
        assert!(result["message"]["text"].is_string());
        let location = &result["locations"][0]["physicalLocation"];
        assert!(location["artifactLocation"]["uri"].is_string());
        for key in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(location["region"][key].as_u64().is_some_and(|n| n >= 1), "{key}");
        }
    }
    assert_eq!(results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "subs/pel%C3%ADcula.es.srt");
    let replacement = &results[0]["fixes"][0]["artifactChanges"][0]["replacements"][0];
    assert_eq!(replacement["insertedContent"]["text"], "…");
    assert_eq!(replacement["deletedRegion"]["startColumn"], 18);
    assert_eq!(results[3]["level"], "note");
}

#[test]
fn junit_parses_with_one_testcase_per_file_and_rule() {
    let text = render(&sample_report(), Format::Junit, &RenderOptions::default());
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    assert_eq!(root.attribute("tests"), Some("10"));
    assert_eq!(root.attribute("failures"), Some("3"));
    let suites: Vec<_> = root.children().filter(|n| n.has_tag_name("testsuite")).collect();
    assert_eq!(suites.len(), 2);
    assert_eq!(suites[0].attribute("name"), Some("subs/película.es.srt"));
    let cases: Vec<_> = suites[0].children().filter(|n| n.has_tag_name("testcase")).collect();
    assert_eq!(cases.len(), 5);
    let cps = cases.iter().find(|c| c.attribute("name") == Some("max-cps")).expect("max-cps case");
    let failure = cps.children().find(|n| n.has_tag_name("failure")).expect("failure");
    // Escaped on the way out, restored by the parser.
    assert!(failure.text().is_some_and(|t| t.contains("<es> & \"children\"")));
    let min_gap = cases.iter().find(|c| c.attribute("name") == Some("min-gap")).expect("min-gap case");
    assert_eq!(min_gap.children().filter(|n| n.is_element()).count(), 0);
    // An info finding does not fail its test case.
    let english: Vec<_> = suites[1].children().filter(|n| n.has_tag_name("testcase")).collect();
    assert_eq!(suites[1].attribute("failures"), Some("0"));
    assert!(english.iter().all(|c| !c.children().any(|n| n.has_tag_name("failure"))));
}

#[test]
fn fails_honours_strict() {
    let mut report = sample_report();
    assert!(report.fails(false));
    report.files[0].diagnostics.retain(|d| d.severity != Severity::Error);
    assert!(!report.fails(false));
    assert!(report.fails(true));
    report.files.iter_mut().for_each(|f| f.diagnostics.retain(|d| d.severity == Severity::Info));
    assert!(!report.fails(true));
}

#[test]
fn human_survives_spans_outside_the_source_and_inside_characters() {
    let mut report = sample_report();
    // A span past the end, one that splits `¿`, and an empty source.
    report.files[0].diagnostics[0].span = 10_000..10_010;
    report.files[0].diagnostics[1].span = 33..34;
    report.files[1].source = Arc::from("");
    let text = render(&report, Format::Human, &RenderOptions::default());
    assert!(text.contains("--> subs/película.es.srt:3:18"));
    assert!(text.contains("error[overlap]"));
}

mod proptests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever span a producer hands in, every format renders without panicking.
        #[test]
        fn any_span_renders(source in "[a-zé\\r\\n¿ ]{0,40}", start in 0usize..60, len in 0usize..30) {
            let mut report = sample_report();
            report.files[0].source = Arc::from(source.as_str());
            report.files[0].diagnostics[0].span = start..start + len;
            report.files[0].diagnostics[1].span = start + len..start;
            for format in [Format::Human, Format::Concise, Format::Json, Format::Sarif, Format::Junit, Format::Github] {
                let _ = render(&report, format, &RenderOptions { color: true, quiet: false, ..Default::default() });
            }
        }
    }
}

#[test]
fn human_shows_the_right_line_for_parser_findings_with_any_line_endings() {
    let source = "1\r00:00:01,000 --> 00:00:02,000\rHola\r\r3\r\n00:00:03.5 --> 00:00:04,000\r\nAdiós";
    let doc = crate::srt::parse_str(source);
    let report = Report {
        files: vec![FileReport {
            path_bytes: None,
            path: "cr.srt".to_string(),
            other_path: None,
            language: None,
            language_reason: None,
            encoding: "utf-8".to_string(),
            config: None,
            cues: doc.cues.len(),
            diagnostics: doc.diagnostics.clone(),
            source: Arc::from(source),
            detail: None,
        }],
        rules: Vec::new(),
        command: "check",
    };
    insta::assert_snapshot!(render(&report, Format::Human, &RenderOptions::default()));
}

#[test]
fn streamed_json_matches_serde_pretty_printing_of_the_whole_document() {
    // The JSON writer renders each file on its own at the right depth; the result must be what
    // serde_json pretty-prints for the whole document, empty `files` and `diagnostics` included.
    let mut report = sample_report();
    report.files[1].diagnostics.clear();
    for report in [report, Report { files: Vec::new(), rules: Vec::new(), command: "check" }] {
        let text = render(&report, Format::Json, &RenderOptions::default());
        let _: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert!(text.ends_with("}\n") && !text.ends_with("}\n\n"));
        // Same depth as serde's printer: every line is indented by an even number of spaces
        // matching its nesting.
        let mut depth = 0usize;
        for line in text.lines() {
            let trimmed = line.trim_start();
            if trimmed.starts_with('}') || trimmed.starts_with(']') {
                depth -= 1;
            }
            assert_eq!(line.len() - trimmed.len(), depth * 2, "line {line:?}");
            if trimmed.ends_with('{') || trimmed.ends_with('[') {
                depth += 1;
            }
        }
    }
    // The empty document, against serde's own printer of the same fields.
    #[derive(serde::Serialize)]
    struct Document {
        version: u32,
        files: Vec<()>,
        summary: Summary,
    }
    let empty = Report { files: Vec::new(), rules: Vec::new(), command: "check" };
    let expected = Document { version: 1, files: Vec::new(), summary: empty.summary() };
    assert_eq!(
        render(&empty, Format::Json, &RenderOptions::default()),
        serde_json::to_string_pretty(&expected).expect("print") + "\n"
    );
}

#[test]
fn writing_gives_the_same_bytes_as_rendering_in_every_format() {
    let report = sample_report();
    for format in [Format::Human, Format::Concise, Format::Json, Format::Sarif, Format::Junit, Format::Github] {
        for quiet in [false, true] {
            let options = RenderOptions { color: false, quiet, ..Default::default() };
            let mut written = Vec::new();
            write(&report, format, &options, &mut written).expect("write into memory");
            assert_eq!(String::from_utf8(written).expect("utf-8"), render(&report, format, &options));
        }
    }
}

#[test]
fn parts_rendered_apart_give_the_same_bytes_as_the_whole_report() {
    // The CLI renders each file's part on a worker and writes them in order; a file with very
    // many findings is kept and written straight into the output instead.
    let small = sample_report();
    let mut big = sample_report();
    let finding = big.files[0].diagnostics[1].clone();
    big.files[0].diagnostics = vec![finding; 20_001];
    let pool = rayon::ThreadPoolBuilder::new().num_threads(3).build().expect("pool");
    for (report, on_pool) in [(&small, false), (&big, false), (&big, true)] {
        for format in [Format::Human, Format::Concise, Format::Json, Format::Sarif, Format::Junit, Format::Github] {
            let options = RenderOptions::default();
            let style = Style::new(format, options, &report.rules, report.command);
            // With a pool, the many findings are rendered in stretches on its workers.
            let style = if on_pool { style.with_pool(&pool) } else { style };
            let mut out = Vec::new();
            let mut writer = ReportWriter::new(style, &mut out).expect("write into memory");
            for file in &report.files {
                writer.push(style.part(file.clone())).expect("write into memory");
            }
            let tally = writer.finish().expect("write into memory");
            assert_eq!(tally, report.tally());
            assert_eq!(String::from_utf8(out).expect("utf-8"), render(report, format, &options), "{format:?}");
        }
    }
}

#[test]
fn a_run_where_every_input_was_refused_does_not_claim_a_clean_result() {
    let empty = Report { files: Vec::new(), rules: sample_report().rules, command: "check" };
    for format in [Format::Human, Format::Concise] {
        let text = render(&empty, format, &RenderOptions::default());
        assert!(text.contains("No file could be checked."), "{format:?}: {text}");
        assert!(!text.contains("No problems found"), "{format:?}: {text}");
    }
}

#[test]
fn a_locales_report_counts_files_not_cues() {
    let mut report = sample_report();
    report.command = "locales check";
    for format in [Format::Human, Format::Concise] {
        let text = render(&report, format, &RenderOptions::default());
        assert!(text.contains(" in 2 files.\n"), "{format:?}: {text}");
        assert!(!text.contains(" cues)"), "{format:?}: {text}");
    }
}

#[test]
fn findings_pushed_in_pieces_give_the_same_bytes_as_the_whole_file() {
    // A file checked piece by piece: its head first, then its findings a few at a time (some
    // pieces with none), then its end; the files around it are pushed whole.
    let sample = sample_report();
    let mut cleaner = sample.clone();
    cleaner.files[0].diagnostics.clear();
    for report in [sample, cleaner] {
        for format in [Format::Human, Format::Concise, Format::Json, Format::Github] {
            for cut in [1, 2, 5] {
                let options = RenderOptions::default();
                let style = Style::new(format, options, &report.rules, report.command);
                let mut out = Vec::new();
                let mut writer = ReportWriter::new(style, &mut out).expect("write into memory");
                for (i, file) in report.files.iter().enumerate() {
                    if i != 0 {
                        writer.push(style.part(file.clone())).expect("write into memory");
                        continue;
                    }
                    let head = file.without_findings();
                    writer.begin_file(&head).expect("write into memory");
                    writer.push_findings(style.findings(&head, &file.source, &[])).expect("write into memory");
                    for piece in file.diagnostics.chunks(cut) {
                        writer.push_findings(style.findings(&head, &file.source, piece)).expect("write");
                        writer.push_findings(style.findings(&head, &file.source, &[])).expect("write");
                    }
                    writer.end_file().expect("write into memory");
                }
                let tally = writer.finish().expect("write into memory");
                assert_eq!(tally, report.tally());
                let whole = render(&report, format, &options);
                assert_eq!(String::from_utf8(out).expect("utf-8"), whole, "{format:?}, {cut} at a time");
            }
        }
    }
}
