//! A newcomer's first runs: the edges that used to mislead. An input that names nothing, a file
//! in another format, a conversion or retiming of a broken source, stdin's name, help and
//! documentation commands, completions and man pages.
mod common;

use common::{dejamos, repo};
use std::fs;

/// Exit code, stdout and stderr of a run from the repository root.
fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let output = dejamos().args(args).output().expect("runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_path_that_names_nothing_is_exit_2_in_one_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = dir.path().to_str().expect("utf-8");
    for strict in [false, true] {
        let mut args = vec!["check", empty];
        if strict {
            args.push("--strict");
        }
        let (code, stdout, stderr) = run(&args);
        assert_eq!(code, Some(2));
        assert_eq!(stdout, "");
        assert_eq!(
            stderr,
            format!("dejamos: error: {empty}: no subtitle file found (dejamos reads SRT, WebVTT and TTML)\n")
        );
    }
    let (code, stdout, stderr) = run(&["check", "samples/nope.es.srt"]);
    assert_eq!((code, stdout.as_str()), (Some(2), ""));
    assert_eq!(stderr, "dejamos: error: samples/nope.es.srt: cannot read: no such file or directory\n");
    // The other paths are still checked, and the run still fails.
    let (code, stdout, stderr) = run(&["check", "samples/bus-ride.es.srt", empty, "--format", "concise"]);
    assert_eq!(code, Some(2));
    assert!(stdout.contains("No problems found in 1 file"), "{stdout}");
    assert!(stderr.contains("no subtitle file found") && stderr.contains("1 input could not be read"), "{stderr}");
}

#[test]
fn a_file_in_another_format_is_refused_by_its_content() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ass = dir.path().join("film.es.ass");
    fs::write(&ass, "[Script Info]\nTitle: Lo que dejamos atrás\n\n[Events]\nDialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,Hola\n")
        .expect("write");
    let txt = dir.path().join("notes.srt");
    fs::write(&txt, "Notas de traducción, sin subtítulos.\n").expect("write");
    let (ass, txt) = (ass.to_str().expect("utf-8"), txt.to_str().expect("utf-8"));
    for args in [
        vec!["check", ass],
        vec!["check", "--strict", txt],
        vec!["convert", ass, "--to", "vtt"],
        vec!["fmt", txt],
        vec!["retime", ass, "--shift", "1s"],
        vec!["pair", ass, "samples/bus-ride.en.srt"],
    ] {
        let (code, stdout, stderr) = run(&args);
        assert_eq!(code, Some(2), "{args:?}: {stdout}{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.contains("is in no subtitle format dejamos reads (SRT, WebVTT and TTML)"), "{args:?}: {stderr}");
        assert!(!stdout.contains("stray-text"), "{args:?}: {stdout}");
    }
    let (_, _, stderr) = run(&["check", ass]);
    assert!(stderr.ends_with("; it looks like ASS/SSA\n"), "{stderr}");
}

#[test]
fn convert_refuses_a_structurally_broken_source_unless_forced() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("the-house.es.ttml");
    let out = target.to_str().expect("utf-8");
    let (code, stdout, stderr) = run(&["convert", "samples/the-house.es.srt", "-o", out]);
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(stdout, "");
    assert!(!target.exists(), "nothing is written");
    insta::assert_snapshot!("convert_refused", stderr);
    let (code, _, stderr) = run(&["convert", "samples/the-house.es.srt", "-o", out, "--force"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(target.is_file());
    assert!(stderr.contains("converted despite 3 structural errors (--force)"), "{stderr}");
    // A clean source converts without a word about it.
    let (code, _, stderr) = run(&["convert", "samples/bus-ride.es.srt", "--to", "ttml"]);
    assert_eq!((code, stderr.as_str()), (Some(0), ""));
}

#[test]
fn frame_rates_take_a_decimal_comma() {
    let (code, _, stderr) = run(&["check", "samples/bus-ride.es.srt", "--fps", "23,976"]);
    assert_eq!(code, Some(0), "{stderr}");
    let (code, comma, _) = run(&["retime", "samples/bus-ride.es.srt", "--fps", "25:23,976"]);
    let (_, period, _) = run(&["retime", "samples/bus-ride.es.srt", "--fps", "25:23.976"]);
    assert_eq!(code, Some(0));
    assert_eq!(comma, period);
}

#[test]
fn standard_input_is_named_stdin() {
    let output = dejamos()
        .args(["check", "--lang", "es", "--format", "concise", "-"])
        .write_stdin(fs::read(repo("samples/the-house.es.srt")).expect("sample"))
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("<stdin>:8:27: warning[ellipsis]"), "{stdout}");
    let output = dejamos().args(["fmt", "-"]).write_stdin("hola\n").output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("dejamos: error: <stdin>: "));
}

#[test]
fn rules_name_renders_for_the_terminal_and_markdown_on_request() {
    let (code, text, _) = run(&["rules", "max-line-length"]);
    assert_eq!(code, Some(0));
    assert!(!text.contains("**") && !text.contains("```"), "{text}");
    assert!(text.lines().all(|line| line.chars().count() <= 88), "{text}");
    assert!(text.contains("What it does."), "{text}");
    let (_, md, _) = run(&["rules", "max-line-length", "--format", "md"]);
    assert!(md.starts_with("### `max-line-length`") && md.contains("**What it does.**"), "{md}");
}

#[test]
fn the_human_report_ends_by_naming_the_rules_command() {
    let (code, stdout, _) = run(&["check", "samples/the-house.en.srt"]);
    assert_eq!(code, Some(1));
    let last = stdout.lines().last().unwrap_or_default();
    assert!(last.starts_with("See `dejamos rules NAME`") && last.contains("`dejamos rules "), "{last}");
    let (_, clean, _) = run(&["check", "samples/bus-ride.en.srt"]);
    assert!(!clean.contains("dejamos rules"), "{clean}");
}

#[test]
fn pair_counts_two_files_and_hints_at_one_language() {
    let (code, stdout, stderr) = run(&["pair", "samples/the-house.es.srt", "samples/the-house.en.srt"]);
    assert_eq!(code, Some(1));
    assert!(stdout.contains(" in 2 files ("), "{stdout}");
    assert!(!stdout.contains("1 file"), "{stdout}");
    assert!(stderr.contains("languages: es (file name), en (file name)"), "{stderr}");
    assert!(!stderr.contains("hint:"), "{stderr}");
    let (_, _, stderr) = run(&["pair", "samples/bus-ride.es.srt", "samples/the-house.es.srt"]);
    assert!(stderr.contains("hint: both files are in the same language (es)"), "{stderr}");
}

#[test]
fn help_is_a_command_with_its_own_help() {
    let (code, stdout, _) = run(&["help", "--help"]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains("Usage: dejamos help"), "{stdout}");
    let (_, via_help, _) = run(&["help", "retime"]);
    let (_, via_flag, _) = run(&["retime", "--help"]);
    assert_eq!(via_help, via_flag);
    let (code, _, _) = run(&["help", "nope"]);
    assert_eq!(code, Some(2));
    // A path is required unless --show-config is given, and the usage says so.
    let (_, check_help, _) = run(&["check", "--help"]);
    assert!(check_help.contains("dejamos check [OPTIONS] <PATH>..."), "{check_help}");
}

#[test]
fn completions_offer_the_real_values() {
    let (code, bash, _) = run(&["completions", "bash"]);
    assert_eq!(code, Some(0));
    for value in ["max-cps", "timing", "es-MX", "netflix-strict"] {
        assert!(bash.contains(value), "bash completions lack {value}");
    }
    let (_, fish, _) = run(&["completions", "fish"]);
    // One `complete` entry per option (its value list spans lines).
    let entries: Vec<&str> = fish.split("complete -c dejamos ").collect();
    let select =
        entries.iter().find(|e| e.contains("using_subcommand check\"") && e.contains("-l select")).expect("--select");
    assert!(select.contains("line-break\\t") && select.contains("timing\\t"), "{select}");
    assert!(!select.contains("__fish_complete_path") && !select.contains("\nsyntax\\t"), "{select}");
    let lang =
        entries.iter().find(|e| e.contains("using_subcommand press\"") && e.contains("-l lang")).expect("press --lang");
    assert!(lang.contains("es-MX\\t") && lang.contains("all\\t"), "{lang}");
}

#[test]
fn every_command_has_a_man_page_with_examples_and_exit_status() {
    let (code, top, _) = run(&["man"]);
    assert_eq!(code, Some(0));
    assert!(top.contains("dejamos\\-check(1)") || top.contains("dejamos-check(1)"), "the top page names the others");
    for command in [&["check"][..], &["retime"], &["locales", "check"], &["help"]] {
        let mut args = vec!["man"];
        args.extend_from_slice(command);
        let (code, page, stderr) = run(&args);
        assert_eq!(code, Some(0), "{command:?}: {stderr}");
        assert!(page.contains(".SH EXAMPLES") && page.contains(".SH \"EXIT STATUS\""), "{command:?}");
        assert!(
            page.contains(&format!(".TH dejamos-{}", command.join("-"))),
            "{command:?}: {}",
            &page[..200.min(page.len())]
        );
    }
    let (code, _, stderr) = run(&["man", "nope"]);
    assert_eq!(code, Some(2));
    assert_eq!(stderr, "dejamos: error: no command `nope`: see dejamos --help\n");
}
