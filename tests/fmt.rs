//! End-to-end tests of `dejamos fmt` on the bundled samples and small fixtures.
use std::fs;
use std::path::Path;

mod common;

use common::dejamos;

#[test]
fn clean_samples_are_already_canonical() {
    for sample in ["samples/bus-ride.es.srt", "samples/bus-ride.en.srt"] {
        dejamos().args(["fmt", "--check", sample]).assert().success().stdout("");
    }
}

#[test]
fn legacy_sample_would_be_reencoded_and_given_lf() {
    let out =
        dejamos().args(["fmt", "--check", "samples/bus-ride.es.cp1252.srt"]).assert().code(1).get_output().clone();
    let stdout = String::from_utf8_lossy(&out.stdout);
    insta::assert_snapshot!(stdout, @"would reformat samples/bus-ride.es.cp1252.srt: re-encode from windows-1252 to utf-8; line endings crlf → lf");
}

#[test]
fn legacy_sample_normalises_to_the_utf8_sample() {
    // The cp1252 CRLF sample is the Spanish sample saved by an older tool: fmt must give it back.
    let out = dejamos().args(["fmt", "samples/bus-ride.es.cp1252.srt"]).assert().success().get_output().clone();
    assert_eq!(out.stdout, fs::read("samples/bus-ride.es.srt").expect("sample"));
    let crlf =
        dejamos().args(["fmt", "--crlf", "samples/bus-ride.es.cp1252.srt"]).assert().success().get_output().clone();
    let expected = fs::read_to_string("samples/bus-ride.es.srt").expect("sample").replace('\n', "\r\n");
    assert_eq!(String::from_utf8(crlf.stdout).expect("utf-8"), expected);
}

#[test]
fn in_place_rewrites_atomically_and_keeps_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("casa.es.srt");
    fs::write(&path, "3\n0:0:1.5 --> 00:00:02,000\n¿Quién?\n\n\n00:00:03,000-->00:00:04,000\nNadie.").expect("write");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o604)).expect("chmod");
    dejamos().args(["fmt", "-i"]).arg(&path).assert().success();
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        "1\n00:00:01,005 --> 00:00:02,000\n¿Quién?\n\n2\n00:00:03,000 --> 00:00:04,000\nNadie.\n"
    );
    assert_eq!(fs::metadata(&path).expect("meta").permissions().mode() & 0o777, 0o604);
    assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 1, "no temp file left behind");
    // A second run changes nothing.
    dejamos().args(["fmt", "--check"]).arg(&path).assert().success();
}

#[test]
fn unreadable_blocks_refuse_to_format_and_leave_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("roto.srt");
    let original =
        "1\n00:00:01,000 --> 00:00:02,000\nHola\n\n2\n00:61:00,000 --> 00:61:02,000\nTexto que no se pierde\n";
    fs::write(&path, original).expect("write");
    let out = dejamos().args(["fmt", "-i"]).arg(&path).assert().code(1).get_output().clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("roto.srt:6: cannot normalise: 1 block could not be read"), "{stderr}");
    assert_eq!(fs::read_to_string(&path).expect("read"), original);
}

#[test]
fn output_file_and_stdin() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out_path = dir.path().join("out.srt");
    dejamos()
        .args(["fmt", "-", "-o"])
        .arg(&out_path)
        .write_stdin("1\n00:00:01,000 --> 00:00:02,000\nHola\n")
        .assert()
        .success();
    assert_eq!(fs::read_to_string(&out_path).expect("read"), "1\n00:00:01,000 --> 00:00:02,000\nHola\n");
}

#[test]
fn errors_name_the_file_and_exit_2() {
    let out = dejamos().args(["fmt", "no/such/file.srt"]).assert().code(2).get_output().clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.trim(), "dejamos: error: no/such/file.srt: cannot read: no such file or directory");
    dejamos().args(["fmt", "samples"]).assert().code(2);
    let empty = tempfile::NamedTempFile::new().expect("temp");
    let out = dejamos().args(["fmt"]).arg(empty.path()).assert().code(2).get_output().clone();
    assert!(String::from_utf8_lossy(&out.stderr).contains("contains no subtitles"));
    // Several files without --in-place or --check is a usage error.
    dejamos().args(["fmt", "samples/bus-ride.es.srt", "samples/bus-ride.en.srt"]).assert().code(2);
    // Unknown flags are usage errors too (clap), exit 2.
    dejamos().args(["fmt", "--nope", "x.srt"]).assert().code(2);
}

#[test]
fn check_mode_over_many_files_counts_them() {
    let out = dejamos()
        .args(["fmt", "--check", "samples/bus-ride.es.srt", "samples/bus-ride.en.srt", "samples/the-house.en.srt"])
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 files would be reformatted, 3 already canonical"));
    assert!(Path::new("samples/the-house.en.srt").exists());
}

#[test]
fn completions_and_man_page() {
    let out = dejamos().args(["completions", "bash"]).assert().success().get_output().clone();
    assert!(String::from_utf8_lossy(&out.stdout).contains("dejamos"));
    let out = dejamos().arg("man").assert().success().get_output().clone();
    assert!(String::from_utf8_lossy(&out.stdout).contains(".TH dejamos"));
}
