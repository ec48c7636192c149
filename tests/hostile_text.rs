//! Hostile text, run through the real binary: character references that would make new cues,
//! controls or tags in another format; Fluent calls nested deep enough to overflow a parser's
//! stack; lines of only white space taken for blank lines; control characters in file names and
//! tag text reaching terminals and CI logs; absurd `--jobs`.
mod common;

use common::dejamos;
use std::fs;
use std::path::Path;

fn run(args: &[&std::ffi::OsStr]) -> std::process::Output {
    dejamos().args(args).output().expect("runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn assert_no_crash(out: &std::process::Output, what: &str) {
    let err = text(&out.stderr);
    assert!(matches!(out.status.code(), Some(0..=2)), "{what}: {:?}\n{err}", out.status);
    assert!(!err.contains("panicked") && !err.contains("overflow"), "{what}: {err}");
}

/// The timing lines of an SRT text: how many cues a reader sees.
fn timing_lines(srt: &str) -> usize {
    srt.lines().filter(|l| l.starts_with(|c: char| c.is_ascii_digit()) && l.contains("-->")).count()
}

const INJECTION: &str = "WEBVTT\n\n00:01.000 --> 00:02.000\nHola&#10;&#10;99&#10;00:09:00,000 --&gt; 00:09:05,000&#10;INJECTED\n\n\
                         00:03.000 --> 00:04.000\n&#x1b;[31mrojo&#27; &lt;b&gt;negrita&lt;/b&gt; &#123;\\an8} &#x2028;&#133;fin\n";

#[test]
fn vtt_references_make_no_cues_controls_or_tags_in_any_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("film.vtt");
    fs::write(&input, INJECTION).expect("write");
    for to in ["srt", "vtt", "ttml"] {
        let output = dir.path().join(format!("out.{to}"));
        let out = run(&[
            "convert".as_ref(),
            input.as_os_str(),
            "--to".as_ref(),
            to.as_ref(),
            "-o".as_ref(),
            output.as_os_str(),
        ]);
        assert_no_crash(&out, to);
        assert_eq!(out.status.code(), Some(0), "{to}: {}", text(&out.stderr));
        let written = fs::read_to_string(&output).expect("output");
        assert!(!written.chars().any(|c| c.is_control() && c != '\n' && c != '\t'), "{to}: control in {written:?}");
        assert!(!written.contains('\u{2028}'), "{to}: {written:?}");
        assert!(!written.contains("<b>"), "{to}: a reference became a tag: {written}");
        match to {
            "srt" => {
                assert_eq!(timing_lines(&written), 2, "one cue made another: {written}");
                assert!(!written.contains("{\\an8}"), "a reference became an override: {written}");
                assert!(written.contains("INJECTED"), "the text is kept: {written}");
            }
            "vtt" => assert_eq!(written.matches("-->").count(), 2, "{written}"),
            _ => assert!(roxmltree::Document::parse(&written).is_ok(), "{written}"),
        }
    }
}

#[test]
fn merge_writes_vtt_text_as_srt_and_bottom_italic_never_opens_from_a_stray_close() {
    let dir = tempfile::tempdir().expect("temp dir");
    let top = dir.path().join("film.es.vtt");
    let bottom = dir.path().join("film.en.srt");
    let output = dir.path().join("dual.srt");
    fs::write(&top, "WEBVTT\n\n00:01.000 --> 00:03.000\nTom &amp; Jerry &lt;3&#10;00:09:00,000 --&gt; 00:09:05,000\n")
        .expect("write");
    fs::write(&bottom, "1\n00:00:01,000 --> 00:00:03,000\nYes</i> we can\n").expect("write");
    let out = run(&[
        "merge".as_ref(),
        top.as_os_str(),
        bottom.as_os_str(),
        "--bottom-italic".as_ref(),
        "-o".as_ref(),
        output.as_os_str(),
    ]);
    assert_no_crash(&out, "merge");
    let written = fs::read_to_string(&output).expect("output");
    assert!(written.contains("Tom & Jerry <3"), "entities decoded: {written}");
    assert!(!written.contains("&amp;") && !written.contains("&lt;"), "{written}");
    assert_eq!(timing_lines(&written), 1, "{written}");
    assert!(written.contains("<i>Yes we can</i>"), "a stray </i> must not open italics: {written}");
}

#[test]
fn srt_to_vtt_drops_class_tags_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("film.srt");
    fs::write(&input, "1\n00:00:01,000 --> 00:00:02,000\n<c.red>rojo</c> y <i.loud>fuerte</i>\n").expect("write");
    let output = dir.path().join("film.vtt");
    let out = run(&[
        "convert".as_ref(),
        input.as_os_str(),
        "--to".as_ref(),
        "vtt".as_ref(),
        "-o".as_ref(),
        output.as_os_str(),
    ]);
    assert_no_crash(&out, "convert");
    let written = fs::read_to_string(&output).expect("output");
    assert!(written.contains("rojo y <i>fuerte</i>"), "{written}");
    assert!(!written.contains("&lt;c"), "{written}");
}

/// Call arguments nested 100,000 deep, and placeables inside them.
fn deep_calls() -> String {
    format!("deep = {{ {}1{} }}\n", "NUMBER(".repeat(100_000), ")".repeat(100_000))
}

#[test]
fn fluent_calls_nested_deep_are_refused_not_a_stack_overflow() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir(dir.path().join("en-US")).expect("mkdir");
    fs::write(dir.path().join("en-US/a.ftl"), format!("ok = Fine\n{}", deep_calls())).expect("write");
    let out = run(&["locales".as_ref(), "check".as_ref(), dir.path().as_os_str()]);
    assert_no_crash(&out, "locales check");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("nest more than 64 levels"), "{}", text(&out.stdout));

    let locales = dir.path().join("locales");
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for entry in walkdir::WalkDir::new(&source) {
        let entry = entry.expect("walk");
        let target = locales.join(entry.path().strip_prefix(&source).expect("inside"));
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).expect("mkdir");
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
    fs::write(locales.join("en-US/deep.ftl"), deep_calls()).expect("write");
    let out = run(&["press".as_ref(), "--locales".as_ref(), locales.as_os_str()]);
    assert_no_crash(&out, "press");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("deep.ftl:1"), "{}", text(&out.stderr));
}

/// Cue 1 ends in a line of one no-break space, then the real blank line before cue 2.
const WHITESPACE_LINE: &str =
    "1\n00:00:01,000 --> 00:00:02,000\nHola\n\u{A0}\n\n2\n00:00:03,000 --> 00:00:04,000\nAdiós\n\u{3000}\ny ya\n";

#[test]
fn lines_of_white_space_are_text_not_blank_lines() {
    for space in ["\u{A0}", "\u{3000}", "\t", "  ", "\u{2028}", "\u{85}", "\u{C}"] {
        let dir = tempfile::tempdir().expect("temp dir");
        let input = dir.path().join("film.srt");
        let source = WHITESPACE_LINE.replace('\u{A0}', space);
        fs::write(&input, &source).expect("write");
        // check names the line, and --fix leaves the real blank line where it is.
        let out =
            run(&["check".as_ref(), "--isolated".as_ref(), "--format".as_ref(), "concise".as_ref(), input.as_os_str()]);
        let report = text(&out.stdout);
        assert!(report.contains(":4:1: error[blank-line-in-cue]"), "{space:?}: {report}");
        let out = run(&["check".as_ref(), "--isolated".as_ref(), "--fix".as_ref(), input.as_os_str()]);
        assert_no_crash(&out, "check --fix");
        let fixed = fs::read_to_string(&input).expect("read");
        assert!(fixed.contains(&format!("Hola\n{space}\n\n2\n")), "{space:?}: {fixed:?}");
        // fmt and convert keep the line (or refuse); they never drop it silently.
        for (args, name) in [(vec!["fmt"], "fmt.srt"), (vec!["convert", "--to", "srt"], "conv.srt")] {
            let output = dir.path().join(name);
            let mut all: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
            all.extend([input.as_os_str(), "-o".as_ref(), output.as_os_str()]);
            let out = run(&all);
            assert_no_crash(&out, name);
            if out.status.success() {
                let written = fs::read_to_string(&output).expect("output");
                // `convert` writes a line separator as a space (see `markup::push_text`).
                let kept =
                    if name == "conv.srt" && matches!(space, "\u{2028}" | "\u{85}" | "\u{C}") { " " } else { space };
                assert!(written.contains(&format!("Hola\n{kept}\n")), "{name} {space:?}: {written:?}");
                assert_eq!(timing_lines(&written), 2, "{name}");
            }
        }
    }
}

#[test]
fn control_characters_in_names_and_tags_never_reach_the_terminal_raw() {
    let dir = tempfile::tempdir().expect("temp dir");
    let name = "a\n::error file=x.srt::owned\u{1b}[31m.srt";
    let input = dir.path().join(name);
    fs::write(&input, "1\n00:00:01,000 --> 00:00:02,000\n<x\u{1b}[2J>Hola</y>\n").expect("write");
    for format in ["human", "concise", "github", "json", "sarif", "junit"] {
        let out = run(&[
            "check".as_ref(),
            "--isolated".as_ref(),
            "--no-progress".as_ref(),
            "--format".as_ref(),
            format.as_ref(),
            input.as_os_str(),
        ]);
        assert_no_crash(&out, format);
        let report = text(&out.stdout);
        assert!(
            report.contains("Hola") || report.contains("a\\u{a}") || report.contains("::"),
            "{format}: {report} {}",
            text(&out.stderr)
        );
        assert!(!report.contains('\u{1b}'), "{format}: raw ESC in {report:?}");
        // JSON, SARIF and JUnit escape line breaks in names as their formats do (JUnit keeps
        // them in element text, like messages).
        if matches!(format, "human" | "concise" | "github") {
            for line in report.lines() {
                assert!(
                    !line.starts_with("::error file=x.srt"),
                    "{format}: a name started a workflow command: {report}"
                );
            }
        }
        if matches!(format, "human" | "concise") {
            assert!(report.contains("a\\u{a}::error file=x.srt::owned\\u{1b}[31m.srt"), "{format}: {report}");
        }
    }
}

#[test]
fn absurd_job_counts_are_refused_without_a_panic() {
    for jobs in ["18446744073709551615", "100000", "99999999999999999999999"] {
        let out = run(&["check".as_ref(), "--isolated".as_ref(), "-j".as_ref(), jobs.as_ref(), "samples".as_ref()]);
        assert_no_crash(&out, jobs);
        assert_eq!(out.status.code(), Some(2), "{jobs}");
        assert!(text(&out.stderr).contains("--jobs") || text(&out.stderr).contains("thread"), "{}", text(&out.stderr));
    }
}
