//! Issue 18: the precision fixes found on real files and the text checks reviewers make, each
//! reproduced on a file written for the project (`tests/fixtures/precision/`) and run through the
//! real engine or the real binary.
mod common;

use common::{dejamos, fixture, fixture_text};
use dejamos::check::rule::Lang;
use dejamos::diagnostic::Diagnostic;
use dejamos::srt::parse_str;

/// `(rule, line, message)` of every finding of a `check --format concise` run on `args`.
fn concise(args: &[&str], file: &std::path::Path) -> Vec<(String, usize, String)> {
    let out =
        dejamos().args(["check", "--isolated", "--format", "concise"]).args(args).arg(file).output().expect("runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines()
        .filter_map(|line| {
            // path:line:col: severity[rule] message
            let mut parts = line.splitn(4, ':');
            let (_, line_no, _, rest) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
            let open = rest.find('[')?;
            let close = rest.find(']')?;
            Some((
                rest[open + 1..close].to_string(),
                line_no.trim().parse().ok()?,
                rest[close + 1..].trim().to_string(),
            ))
        })
        .collect()
}

fn rules_of(found: &[(String, usize, String)]) -> Vec<&str> {
    found.iter().map(|(r, _, _)| r.as_str()).collect()
}

/// The fixed text `check --fix` writes for `source` (in a scratch copy named `name`).
fn fixed(name: &str, source: &str) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(name);
    std::fs::write(&path, source).expect("write");
    dejamos().args(["check", "--isolated", "--fix", "--format", "concise"]).arg(&path).output().expect("runs");
    std::fs::read_to_string(&path).expect("read back")
}

fn run(name: &str, lang: Lang, source: &str) -> Vec<Diagnostic> {
    common::rule_on(name, lang, source).1
}

fn cue(text: &str) -> String {
    format!("1\n00:00:01,000 --> 00:00:03,000\n{text}\n")
}

/// Cues numbered from 1, two seconds apart.
fn cues(texts: &[&str]) -> String {
    let mut out = String::new();
    for (i, text) in texts.iter().enumerate() {
        let start = 1 + 3 * i;
        out.push_str(&format!("{}\n00:00:{:02},000 --> 00:00:{:02},000\n{text}\n\n", i + 1, start, start + 2));
    }
    out
}

// ---------------------------------------------------------------- structure

#[test]
fn a_block_without_its_timing_line_is_named_once_and_never_renumbered_into() {
    let file = fixture("check/rules/missing-timing.bad.es.srt");
    let found = concise(&["--select", "structure,layout"], &file);
    assert_eq!(rules_of(&found), ["missing-timing"], "{found:?}");
    assert_eq!(found[0].1, 5);
    // Nothing to fix automatically, and the indices are left alone.
    let source = fixture_text("check/rules/missing-timing.bad.es.srt");
    assert_eq!(fixed("a.es.srt", &source), source);
}

#[test]
fn an_index_swallowed_into_a_cue_is_never_written_twice_by_a_renumbering() {
    // Not the next number, so the block reads as text of cue 1; cue 3 is out of sequence, but
    // renumbering it to 2 would write a second `2`.
    let source = "1\n00:00:01,000 --> 00:00:03,000\nJulián sube.\n2\n\n3\n00:00:07,000 --> 00:00:09,000\nLlega.\n";
    let out = fixed("b.es.srt", source);
    assert_eq!(out.matches("\n2\n").count(), 1, "{out}");
}

#[test]
fn two_cues_with_no_blank_line_between_them_are_reported_and_fixed() {
    let file = fixture("check/rules/blank-line-missing.bad.es.srt");
    let found = concise(&["--select", "structure"], &file);
    assert_eq!(rules_of(&found), ["blank-line-missing"], "{found:?}");
    let source = fixture_text("check/rules/blank-line-missing.bad.es.srt");
    assert_eq!(fixed("c.es.srt", &source), fixture_text("check/rules/blank-line-missing.ok.es.srt"));
}

#[test]
fn frame_counts_under_a_limit_never_read_as_the_limit() {
    // 82 ms is 1.97 frames at 23.976; 833 ms is 19.97 frames.
    let source = "1\n00:00:01,000 --> 00:00:02,918\nJulián sube al camión.\n\n\
                  2\n00:00:03,000 --> 00:00:05,000\nSon doce horas.\n\n\
                  3\n00:00:06,000 --> 00:00:06,833\nSí.\n";
    let gap = run("min-gap", Lang::Spanish, source);
    assert_eq!(gap.len(), 1);
    assert!(gap[0].message.starts_with("82 ms (1.9 frames)"), "{}", gap[0].message);
    let short = run("min-duration", Lang::Spanish, source);
    assert_eq!(short.len(), 1);
    assert!(short[0].message.contains("833 ms (19.9 frames)"), "{}", short[0].message);
    assert!(short[0].message.contains("834 ms (20 frames"), "{}", short[0].message);
    let doc = parse_str("1\n00:00:01,00 --> 00:00:03,000\nHola.\n");
    let message = &doc.diagnostics[0].message;
    assert!(!message.contains("not 0 ms"), "{message}");
    assert!(message.contains("write 3 digits"), "{message}");
}
