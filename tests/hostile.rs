//! Hostile inputs and hostile places to write, run through the real binary.
//!
//! For every case: the exit code we decided on, one clear error line that names the file (and
//! the line where there is one), never a panic, the input bytes untouched, and no partial or
//! temporary file left behind.
use assert_cmd::Command;
use std::collections::BTreeSet;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

const GOOD: &str = "1\n00:00:01,000 --> 00:00:02,000\n¿Adónde vas?\n\n2\n00:00:03,000 --> 00:00:04,000\nA El Paso.\n";

/// A command under test: how to run it on `input`, writing to `output`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cmd {
    /// `dejamos fmt INPUT -o OUTPUT`
    Fmt,
    /// `dejamos retime INPUT --shift 1s -o OUTPUT`
    Retime,
    /// `dejamos convert INPUT --to vtt -o OUTPUT`
    Convert,
}

const ALL: &[Cmd] = &[Cmd::Fmt, Cmd::Retime, Cmd::Convert];

impl Cmd {
    fn args(self, input: &Path, output: &Path) -> Vec<OsString> {
        let mut args: Vec<OsString> = match self {
            Cmd::Fmt => vec!["fmt".into(), input.into()],
            Cmd::Retime => vec!["retime".into(), input.into(), "--shift".into(), "1s".into()],
            Cmd::Convert => vec!["convert".into(), input.into(), "--to".into(), "vtt".into()],
        };
        args.extend(["-o".into(), output.into()]);
        args
    }

    /// The name of the output file in the scratch folder.
    fn output_name(self) -> &'static str {
        if self == Cmd::Convert { "out.vtt" } else { "out.srt" }
    }

    /// Rewriting the input in place (commands that can).
    fn in_place_args(self, input: &Path) -> Option<Vec<OsString>> {
        let args: Vec<OsString> = match self {
            Cmd::Fmt => vec!["fmt".into(), "--in-place".into(), input.into()],
            Cmd::Retime => vec![
                "retime".into(),
                input.into(),
                "--shift".into(),
                "1s".into(),
                "--in-place".into(),
                "--backup".into(),
            ],
            Cmd::Convert => return None,
        };
        Some(args)
    }
}

/// A scratch folder with helpers to make inputs and see what was left in it.
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Self {
        Scratch { dir: tempfile::tempdir().expect("temp dir") }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.path(name);
        fs::write(&path, bytes).expect("write input");
        path
    }

    /// Every name in the folder, recursively, relative to it.
    fn listing(&self) -> BTreeSet<String> {
        fn walk(root: &Path, dir: &Path, out: &mut BTreeSet<String>) {
            let Ok(entries) = fs::read_dir(dir) else { return };
            for entry in entries.flatten() {
                let path = entry.path();
                out.insert(path.strip_prefix(root).expect("inside").display().to_string());
                if entry.file_type().is_ok_and(|t| t.is_dir()) {
                    walk(root, &path, out);
                }
            }
        }
        let mut out = BTreeSet::new();
        walk(self.dir.path(), self.dir.path(), &mut out);
        out
    }
}

fn dejamos(args: &[OsString]) -> Output {
    Command::cargo_bin("dejamos").expect("binary built").args(args).output().expect("runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Nothing that looks like a crash, whatever the exit code.
fn assert_no_panic(out: &Output, what: &str) {
    let text = format!("{}{}", stderr(out), String::from_utf8_lossy(&out.stdout));
    assert!(!text.contains("panicked") && !text.contains("RUST_BACKTRACE"), "{what}: panic output:\n{text}");
    assert!(out.status.code().is_some(), "{what}: killed by a signal");
}

/// Exit 2 with exactly one line on stderr: `dejamos: error: PATH[:LINE]: …REASON…`.
fn assert_refused(out: &Output, what: &str, path: &Path, line: Option<usize>, reason: &str) {
    assert_no_panic(out, what);
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "{what}: exit code; stderr:\n{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "{what}: one line of error, got:\n{err}");
    let prefix = match line {
        Some(n) => format!("dejamos: error: {}:{n}: ", path.display()),
        None => format!("dejamos: error: {}: ", path.display()),
    };
    assert!(lines[0].starts_with(&prefix), "{what}: expected `{prefix}…`, got:\n{err}");
    assert!(lines[0].contains(reason), "{what}: expected `{reason}` in:\n{err}");
}

/// Run `cmd` on an input made of `bytes` and check the universal promises: no panic, input
/// unchanged, and the output written only on success. Returns the output and the output path.
fn run_on(cmd: Cmd, name: &str, bytes: &[u8]) -> (Output, Scratch, PathBuf, PathBuf) {
    let scratch = Scratch::new();
    let input = scratch.file(name, bytes);
    let output = scratch.path(cmd.output_name());
    let before = scratch.listing();
    let out = dejamos(&cmd.args(&input, &output));
    let what = format!("{cmd:?} on {name}");
    assert_no_panic(&out, &what);
    assert!(fs::read(&input).expect("input still there") == bytes, "{what}: input changed");
    let mut after = scratch.listing();
    if out.status.success() {
        assert!(after.remove(cmd.output_name()), "{what}: success but no output written");
    }
    assert_eq!(after, before, "{what}: files left behind");
    (out, scratch, input, output)
}

/// Every command refuses this input with exit 2 and `reason`, naming the file (and line).
fn refused_by_all(name: &str, bytes: &[u8], line: Option<usize>, reason: &str) {
    for &cmd in ALL {
        let (out, _scratch, input, _) = run_on(cmd, name, bytes);
        assert_refused(&out, &format!("{cmd:?} on {name}"), &input, line, reason);
    }
}

fn is_root() -> bool {
    // Root reads and writes through permission bits, so chmod cannot make a file unreadable.
    fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("Uid:")).map(|l| l.split_whitespace().nth(1) == Some("0")))
        .unwrap_or(false)
}

#[test]
fn empty_file() {
    no_cues("empty.srt", b"");
}

#[test]
fn bom_only() {
    no_cues("bom.srt", b"\xEF\xBB\xBF");
}

/// A file with no cues: nothing to normalise, retime or convert, and not a clean deliverable
/// (exit 2 everywhere; `check` is covered in `check_on_hostile_inputs`).
fn no_cues(name: &str, bytes: &[u8]) {
    for cmd in [Cmd::Fmt, Cmd::Retime, Cmd::Convert] {
        let (out, _scratch, input, _) = run_on(cmd, name, bytes);
        assert_refused(&out, &format!("{cmd:?} on {name}"), &input, None, "no subtitle");
    }
}

#[test]
fn png_renamed_to_srt() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..=255u8).cycle().take(4096));
    refused_by_all("poster.srt", &png, None, "not a subtitle file: it looks like a PNG image");
}

#[test]
fn control_bytes_only() {
    refused_by_all("noise.srt", &[1u8, 2, 3, 4, 5, 6, 7, 8].repeat(64), None, "not a text file");
}

#[test]
fn utf16_without_bom_is_refused_with_the_fix_then_read_with_it() {
    let bytes: Vec<u8> = GOOD.encode_utf16().flat_map(u16::to_le_bytes).collect();
    refused_by_all("utf16.srt", &bytes, None, "pass --encoding utf-16le");
    let scratch = Scratch::new();
    let input = scratch.file("utf16.srt", &bytes);
    let out = dejamos(&["fmt".into(), input.into(), "--encoding".into(), "utf-16le".into(), "-o".into(), "-".into()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), GOOD);
}

#[test]
fn invalid_utf8_mid_file_is_refused_at_its_line() {
    let bytes = GOOD.replace("A El", "A \u{1} El").into_bytes();
    let bytes: Vec<u8> = bytes.into_iter().map(|b| if b == 1 { 0xFF } else { b }).collect();
    refused_by_all("damaged.srt", &bytes, Some(7), "byte 0xFF is not valid UTF-8");
}

#[test]
fn nul_bytes_are_text_damage_not_a_crash() {
    // A few NULs in otherwise good text: the file is read; `check` reports them (rule glyph).
    let bytes = GOOD.replace("vas", "v\0as").into_bytes();
    for &cmd in ALL {
        let (out, _s, _i, output) = run_on(cmd, "nul.srt", &bytes);
        assert_eq!(out.status.code(), Some(0), "{cmd:?}: {}", stderr(&out));
        // `convert` writes no control character into another format (`markup::push_text`), and
        // says so.
        let kept: &[u8] = if cmd == Cmd::Convert { b"Ad\xC3\xB3nde vas" } else { b"v\0as" };
        assert!(fs::read(&output).expect("output").windows(kept.len()).any(|w| w == kept), "{cmd:?}: text kept");
        assert_eq!(cmd == Cmd::Convert, stderr(&out).contains("control characters"), "{cmd:?}: {}", stderr(&out));
    }
}

#[test]
fn absurd_timestamps_are_findings_at_their_line() {
    for (name, timing) in [
        ("minutes.srt", "999:99:99,999 --> 1000:00:00,000"),
        ("hours.srt", "99999999999:00:00,000 --> 99999999999:00:01,000"),
    ] {
        let bytes = format!("1\n{timing}\nHola\n").into_bytes();
        // fmt: the block cannot be read, so normalising would lose it: exit 1, file:line.
        let (out, _s, input, _) = run_on(Cmd::Fmt, name, &bytes);
        assert_eq!(out.status.code(), Some(1), "fmt {name}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.starts_with(&format!("{}:2: ", input.display())), "fmt {name}: {err}");
        assert_eq!(err.lines().count(), 1, "fmt {name}: {err}");
        // retime: nothing to retime.
        let (out, _s, input, _) = run_on(Cmd::Retime, name, &bytes);
        assert_refused(&out, &format!("retime {name}"), &input, None, "no readable cues");
        // convert: converting would lose the block.
        let (out, _s, input, _) = run_on(Cmd::Convert, name, &bytes);
        assert_refused(&out, &format!("convert {name}"), &input, Some(2), "1 block could not be read");
    }
}

#[test]
fn forty_digit_index() {
    let bytes = b"1234567890123456789012345678901234567890\n00:00:01,000 --> 00:00:02,000\nHola\n";
    let (out, _s, _i, output) = run_on(Cmd::Fmt, "index.srt", bytes);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&output).expect("output"), "1\n00:00:01,000 --> 00:00:02,000\nHola\n");
    let (out, _s, _i, output) = run_on(Cmd::Retime, "index.srt", bytes);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        fs::read_to_string(&output).expect("output"),
        "1234567890123456789012345678901234567890\n00:00:02,000 --> 00:00:03,000\nHola\n",
        "retime leaves the index as written"
    );
    let (out, _s, _i, output) = run_on(Cmd::Convert, "index.srt", bytes);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&output).expect("output"), "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nHola\n");
}

#[test]
fn hundred_thousand_nested_italics() {
    let text = format!("1\n00:00:01,000 --> 00:00:02,000\n{}Hola{}\n", "<i>".repeat(100_000), "</i>".repeat(100_000));
    for &cmd in ALL {
        let (out, _s, _i, output) = run_on(cmd, "nested.srt", text.as_bytes());
        assert_eq!(out.status.code(), Some(0), "{cmd:?}: {}", stderr(&out));
        let written = fs::read_to_string(&output).expect("output");
        assert!(written.contains(&format!("{}Hola", "<i>".repeat(100_000))), "{cmd:?}: tags kept");
    }
}

#[test]
fn fifty_megabyte_single_line() {
    let line = "a".repeat(50 << 20);
    // No line break and no timing line at all: no subtitle format, refused by its content.
    let (out, _s, input, _) = run_on(Cmd::Fmt, "line.srt", line.as_bytes());
    assert_refused(&out, "fmt on a 50 MB line", &input, None, "is in no subtitle format dejamos reads");
    assert!(stderr(&out).len() < 400, "the message quotes a short excerpt, not 50 MB");
    let (out, _s, input, _) = run_on(Cmd::Retime, "line.srt", line.as_bytes());
    assert_refused(&out, "retime on a 50 MB line", &input, None, "is in no subtitle format dejamos reads");
    // The same line as cue text is valid.
    let cue = format!("1\n00:00:01,000 --> 00:00:02,000\n{line}\n");
    for &cmd in ALL {
        let (out, _s, _i, output) = run_on(cmd, "long-cue.srt", cue.as_bytes());
        assert_eq!(out.status.code(), Some(0), "{cmd:?}: {}", stderr(&out));
        let written = fs::read_to_string(&output).expect("output");
        assert!(written.ends_with(&format!("\n{line}\n")), "{cmd:?}: the long line is kept whole");
        if cmd != Cmd::Convert {
            assert_eq!(written.len(), cue.len(), "{cmd:?}: nothing else changes size");
        }
    }
}

#[test]
fn a_directory_as_input() {
    for &cmd in ALL {
        let scratch = Scratch::new();
        let dir = scratch.path("folder.srt");
        fs::create_dir(&dir).expect("mkdir");
        let out = dejamos(&cmd.args(&dir, &scratch.path(cmd.output_name())));
        assert_refused(&out, &format!("{cmd:?} on a directory"), &dir, None, "is a directory");
        assert!(!scratch.path(cmd.output_name()).exists());
    }
}

#[test]
fn a_missing_file_as_input() {
    for &cmd in ALL {
        let scratch = Scratch::new();
        let missing = scratch.path("missing.srt");
        let out = dejamos(&cmd.args(&missing, &scratch.path(cmd.output_name())));
        assert_refused(&out, &format!("{cmd:?} on a missing file"), &missing, None, "no such file or directory");
        assert!(scratch.listing().is_empty(), "nothing created");
    }
}

#[test]
fn an_unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    if is_root() {
        eprintln!("note: running as root, where chmod 000 does not stop reads; unreadable-file case skipped");
        return;
    }
    for &cmd in ALL {
        let scratch = Scratch::new();
        let input = scratch.file("locked.srt", GOOD.as_bytes());
        fs::set_permissions(&input, fs::Permissions::from_mode(0o000)).expect("chmod");
        let out = dejamos(&cmd.args(&input, &scratch.path(cmd.output_name())));
        fs::set_permissions(&input, fs::Permissions::from_mode(0o644)).expect("chmod back");
        assert_refused(&out, &format!("{cmd:?} on an unreadable file"), &input, None, "permission denied");
        assert_eq!(fs::read(&input).expect("read"), GOOD.as_bytes());
        assert!(!scratch.path(cmd.output_name()).exists());
    }
}

#[test]
fn output_in_a_missing_folder() {
    for &cmd in ALL {
        let scratch = Scratch::new();
        let input = scratch.file("in.srt", GOOD.as_bytes());
        let output = scratch.path(&format!("no/such/folder/{}", cmd.output_name()));
        let out = dejamos(&cmd.args(&input, &output));
        assert_refused(&out, &format!("{cmd:?} to a missing folder"), &output, None, "no such file or directory");
        assert_eq!(scratch.listing(), BTreeSet::from(["in.srt".to_string()]));
    }
}

#[test]
fn output_on_a_full_disk() {
    use std::os::unix::fs::FileTypeExt;
    let full = Path::new("/dev/full");
    if !fs::metadata(full).is_ok_and(|m| m.file_type().is_char_device()) {
        eprintln!("note: no /dev/full on this system; full-disk case skipped");
        return;
    }
    for &cmd in ALL {
        let scratch = Scratch::new();
        let input = scratch.file("in.srt", GOOD.as_bytes());
        let out = dejamos(&cmd.args(&input, full));
        assert_refused(&out, &format!("{cmd:?} to /dev/full"), full, None, "cannot write: No space left on device");
        assert!(
            fs::metadata(full).is_ok_and(|m| m.file_type().is_char_device()),
            "/dev/full must still be a device, not replaced by a file"
        );
        assert_eq!(fs::read(&input).expect("read"), GOOD.as_bytes());
    }
}

#[test]
fn output_to_dev_null_is_written_into_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let null = Path::new("/dev/null");
    if !fs::metadata(null).is_ok_and(|m| m.file_type().is_char_device()) {
        return;
    }
    for &cmd in ALL {
        let scratch = Scratch::new();
        let input = scratch.file("in.srt", GOOD.as_bytes());
        let out = dejamos(&cmd.args(&input, null));
        assert_eq!(out.status.code(), Some(0), "{cmd:?}: {}", stderr(&out));
        assert!(fs::metadata(null).is_ok_and(|m| m.file_type().is_char_device()), "/dev/null is still a device");
    }
}

#[test]
fn in_place_in_a_read_only_folder() {
    use std::os::unix::fs::PermissionsExt;
    if is_root() {
        eprintln!("note: running as root, where a read-only folder is still writable; case skipped");
        return;
    }
    // Non-canonical (CRLF, no final newline) so that fmt has something to write.
    let bytes = b"1\r\n00:00:01,000 --> 00:00:02,000\r\nHola";
    for &cmd in ALL {
        let scratch = Scratch::new();
        let folder = scratch.path("ro");
        fs::create_dir(&folder).expect("mkdir");
        let input = folder.join("in.srt");
        fs::write(&input, bytes).expect("write");
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).expect("chmod");
        let Some(args) = cmd.in_place_args(&input) else { continue };
        let out = dejamos(&args);
        let listing: Vec<_> = fs::read_dir(&folder).expect("list").flatten().map(|e| e.file_name()).collect();
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).expect("chmod back");
        assert_no_panic(&out, &format!("{cmd:?} --in-place"));
        assert_eq!(out.status.code(), Some(2), "{cmd:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("permission denied"), "{cmd:?}: {}", stderr(&out));
        assert_eq!(listing.len(), 1, "{cmd:?}: no temp or backup file left: {listing:?}");
        assert_eq!(fs::read(&input).expect("read"), bytes);
    }
}

#[test]
fn inputs_over_max_size_are_refused() {
    for &cmd in ALL {
        let scratch = Scratch::new();
        let input = scratch.file("in.srt", GOOD.as_bytes());
        let mut args = vec![OsString::from("--max-size"), OsString::from("64")];
        args.extend(cmd.args(&input, &scratch.path(cmd.output_name())));
        let out = dejamos(&args);
        assert_refused(&out, &format!("{cmd:?} --max-size 64"), &input, None, "is larger than --max-size (64 bytes)");
        // Exactly at the limit is fine.
        let mut args = vec![OsString::from("--max-size"), OsString::from(GOOD.len().to_string())];
        args.extend(cmd.args(&input, &scratch.path(cmd.output_name())));
        assert_eq!(dejamos(&args).status.code(), Some(0), "{cmd:?} at the limit");
    }
}

#[test]
fn hostile_bytes_on_standard_input() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    let out = Command::cargo_bin("dejamos")
        .expect("binary")
        .args(["fmt", "-", "-o", "-"])
        .write_stdin(png)
        .output()
        .expect("runs");
    assert_refused(&out, "fmt on stdin", Path::new("<stdin>"), None, "looks like a PNG image");
    assert!(out.stdout.is_empty(), "nothing written to stdout");
}

/// `dejamos check --format concise INPUT -o REPORT`.
fn check(input: &Path, report: &Path) -> Output {
    dejamos(&[
        "check".into(),
        "--format".into(),
        "concise".into(),
        "--no-progress".into(),
        input.into(),
        "-o".into(),
        report.into(),
    ])
}

/// `check` reads what it can and reports findings in it (exit 1, or 0 when there are none), and
/// refuses what it cannot read (exit 2: one error line naming the file, then the count).
#[test]
fn check_on_hostile_inputs() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..=255u8).cycle().take(4096));
    let utf16: Vec<u8> = GOOD.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let damaged: Vec<u8> =
        GOOD.replace("A El", "A \u{1} El").into_bytes().into_iter().map(|b| if b == 1 { 0xFF } else { b }).collect();
    let nested = format!("1\n00:00:01,000 --> 00:00:02,000\n{}Hola{}\n", "<i>".repeat(100_000), "</i>".repeat(100_000));
    let cases: Vec<(&str, Vec<u8>, i32, &str)> = vec![
        ("empty.srt", Vec::new(), 2, ": contains no subtitles"),
        ("bom.srt", b"\xEF\xBB\xBF".to_vec(), 2, ": contains no subtitles"),
        ("poster.srt", png, 2, ": not a subtitle file: it looks like a PNG image"),
        ("noise.srt", [1u8, 2, 3, 4, 5, 6, 7, 8].repeat(64), 2, ": not a text file"),
        ("utf16.srt", utf16, 2, ": looks like UTF-16 (little-endian) without a byte-order mark"),
        ("control.srt", b"\xFE\xFF\x00\x00\xFF".to_vec(), 2, ": not a text file: it is mostly control characters"),
        ("damaged.srt", damaged, 2, ":7: byte 0xFF is not valid UTF-8"),
        ("nul.srt", GOOD.replace("vas", "v\0as").into_bytes(), 1, ":3:10: error[glyph]"),
        ("minutes.srt", b"1\n999:99:99,999 --> 1000:00:00,000\nHola\n".to_vec(), 1, ":2:1: error[timestamp-syntax]"),
        ("hours.srt", b"1\n99999999999:00:00,000 --> 99999999999:00:01,000\nHola\n".to_vec(), 1, "out of range"),
        (
            "index.srt",
            b"1234567890123456789012345678901234567890\n00:00:01,000 --> 00:00:02,000\nHola\n".to_vec(),
            1,
            ":1:1: error[index-sequence] index of 40 digits is too large",
        ),
        ("nested.srt", nested.into_bytes(), 0, "No problems found"),
        ("line.srt", vec![b'a'; 50 << 20], 2, ": is in no subtitle format dejamos reads"),
    ];
    for (name, bytes, code, expected) in cases {
        let scratch = Scratch::new();
        let input = scratch.file(name, &bytes);
        let report = scratch.path("report.txt");
        let out = check(&input, &report);
        let what = format!("check on {name}");
        assert_no_panic(&out, &what);
        assert_eq!(out.status.code(), Some(code), "{what}: {}", stderr(&out));
        assert!(fs::read(&input).expect("input") == bytes, "{what}: input changed");
        assert_eq!(scratch.listing(), BTreeSet::from([name.to_string(), "report.txt".to_string()]), "{what}");
        if code == 2 {
            let err = stderr(&out);
            let first = err.lines().next().unwrap_or_default();
            assert!(first.starts_with(&format!("dejamos: error: {}{expected}", input.display())), "{what}: {err}");
            assert_eq!(err.lines().count(), 1, "{what}: the file's error, in one line: {err}");
        } else {
            let text = fs::read_to_string(&report).expect("report");
            let found =
                if expected.starts_with(':') { format!("{}{expected}", input.display()) } else { expected.to_string() };
            assert!(text.contains(&found), "{what}: expected `{found}` in:\n{text}");
        }
    }
}

#[test]
fn check_refuses_missing_inputs_full_disks_and_oversized_files() {
    let scratch = Scratch::new();
    let missing = scratch.path("missing.srt");
    let out = check(&missing, &scratch.path("report.txt"));
    assert_no_panic(&out, "check on a missing file");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .starts_with(&format!("dejamos: error: {}: cannot read: no such file or directory", missing.display())),
        "{}",
        stderr(&out)
    );
    let input = scratch.file("in.srt", GOOD.as_bytes());
    let full = Path::new("/dev/full");
    if fs::metadata(full).is_ok() {
        let out = check(&input, full);
        assert_refused(&out, "check -o /dev/full", full, None, "cannot write: No space left on device");
    }
    let out =
        dejamos(&["--max-size".into(), "64".into(), "check".into(), "--no-progress".into(), input.clone().into()]);
    assert_no_panic(&out, "check --max-size");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(&format!("{}: is larger than --max-size (64 bytes)", input.display())),
        "{}",
        stderr(&out)
    );
    assert_eq!(fs::read(&input).expect("read"), GOOD.as_bytes());
}

/// Found by the `check` fuzzer: a UTF-16 file (with BOM) holding a NUL and a broken code unit
/// was accepted, and `--fix` rewrote it as UTF-8 that the binary test then refused. Control
/// characters are now judged on the decoded text, so every command refuses the file up front
/// (`check` in `check_on_hostile_inputs`), and `check --fix` leaves it untouched.
#[test]
fn utf16_file_of_control_characters_is_refused_before_fixing() {
    let bytes: &[u8] = b"\xFE\xFF\x00\x00\xFF";
    refused_by_all("control.srt", bytes, None, "not a text file: it is mostly control characters");
    let scratch = Scratch::new();
    let input = scratch.file("control.srt", bytes);
    let out = dejamos(&["check".into(), "--fix".into(), "--no-progress".into(), input.clone().into()]);
    assert_no_panic(&out, "check --fix on UTF-16 control characters");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("not a text file: it is mostly control characters"), "{}", stderr(&out));
    assert_eq!(fs::read(&input).expect("read"), bytes, "the input is untouched");
    assert_eq!(scratch.listing(), BTreeSet::from(["control.srt".to_string()]), "nothing left behind");
}

/// Found by the `check` fuzzer: a tiny file just under the control-character limit went over it
/// once `--fix` had turned its CRLFs into LFs and dropped blank lines, so the fixed file would
/// have been refused on the next read. `--fix` now refuses to write what it could not read back.
#[test]
fn fix_never_writes_a_file_it_could_not_read_back() {
    let scratch = Scratch::new();
    let bytes: &[u8] = b"M%\r\n\x05\n\n\n%\r";
    let input = scratch.file("tiny.srt", bytes);
    let out = dejamos(&[
        "check".into(),
        "--fix".into(),
        "--lang".into(),
        "en".into(),
        "--no-progress".into(),
        input.clone().into(),
    ]);
    assert_no_panic(&out, "check --fix on a file that fixing would make unreadable");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    // It holds no timing line at all, so it is refused by its content before any fix.
    let expected = format!("dejamos: error: {}: is in no subtitle format dejamos reads", input.display());
    assert!(stderr(&out).starts_with(&expected), "{}", stderr(&out));
    assert_eq!(fs::read(&input).expect("read"), bytes, "the input is untouched");
    assert_eq!(scratch.listing(), BTreeSet::from(["tiny.srt".to_string()]), "nothing left behind");
    // Without --fix the same refusal, in one line.
    let out = dejamos(&["check".into(), "--lang".into(), "en".into(), "--no-progress".into(), input.clone().into()]);
    assert_refused(&out, "check without --fix", &input, None, "is in no subtitle format dejamos reads");
}

/// Found by the `durations` fuzzer: a huge frame count wrapped around to a negative (or any)
/// number of milliseconds instead of being refused.
#[test]
fn absurd_frame_shift_is_refused_not_wrapped() {
    let scratch = Scratch::new();
    let input = scratch.file("in.srt", GOOD.as_bytes());
    let output = scratch.path("out.srt");
    let out = dejamos(&[
        "retime".into(),
        input.clone().into(),
        "--shift".into(),
        "9099999999999999999f".into(),
        "--fps".into(),
        "23.976".into(),
        "-o".into(),
        output.clone().into(),
    ]);
    assert_no_panic(&out, "retime --shift 9099999999999999999f");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("more than 9999 hours"), "{}", stderr(&out));
    assert!(!output.exists());
    assert_eq!(fs::read(&input).expect("read"), GOOD.as_bytes());
}

/// `-o` naming the input itself, through a symlink or a hard link, is refused before anything
/// is read or written: writing there would replace the input without `--in-place`.
#[test]
fn output_that_is_the_input_is_refused() {
    let scratch = Scratch::new();
    let input = scratch.file("in.srt", GOOD.as_bytes());
    let symlink = scratch.path("link.srt");
    let hard_link = scratch.path("hard.srt");
    std::os::unix::fs::symlink(&input, &symlink).expect("symlink");
    fs::hard_link(&input, &hard_link).expect("hard link");
    let before = scratch.listing();
    for output in [&input, &symlink, &hard_link] {
        for &cmd in ALL {
            let out = dejamos(&cmd.args(&input, output));
            assert_refused(&out, &format!("{cmd:?} -o {}", output.display()), output, None, "is the input file");
        }
        let report = dejamos(&["check".into(), input.clone().into(), "-o".into(), output.into()]);
        assert_refused(&report, "check -o", output, None, "is one of the inputs");
        let folder = dejamos(&["check".into(), scratch.dir.path().into(), "-o".into(), output.into()]);
        assert_refused(&folder, "check FOLDER -o", output, None, "is one of the inputs");
    }
    assert_eq!(fs::read(&input).expect("input"), GOOD.as_bytes(), "input untouched");
    assert_eq!(scratch.listing(), before, "nothing written");
}

/// Text read in the wrong encoding is never written back: not by `check --fix`, `fmt -i` or
/// `retime -i`. Bytes that became U+FFFD would be lost, and a file that no longer reads as
/// cues at all would only be harder to recover.
#[test]
fn rewrites_refuse_text_read_in_the_wrong_encoding() {
    let scratch = Scratch::new();
    // A Windows-1252 `é` read as UTF-8 becomes U+FFFD.
    let latin = b"1\n00:00:01,000 --> 00:00:02,000\nA \xe9l le gusta.\n".to_vec();
    // Even-length ASCII read as UTF-16LE decodes without errors, into CJK: no cue left.
    let ascii = b"1\n00:00:01,000 --> 00:00:02,000\nHola.\n".to_vec();
    assert!(ascii.len().is_multiple_of(2));
    let runs: [(&[u8], &str, &str, &str); 4] = [
        (&latin, "utf-8", "check", "were read as U+FFFD"),
        (&ascii, "utf-16le", "check", "is in no subtitle format dejamos reads"),
        (&latin, "utf-8", "fmt", "were read as U+FFFD"),
        (&latin, "utf-16le", "retime", "is in no subtitle format dejamos reads"),
    ];
    for (bytes, encoding, command, reason) in runs {
        let input = scratch.file("in.srt", bytes);
        let before = scratch.listing();
        let args: Vec<OsString> = match command {
            "check" => vec!["check".into(), "--fix".into(), "--encoding".into(), encoding.into(), input.clone().into()],
            "fmt" => vec!["fmt".into(), "-i".into(), "--encoding".into(), encoding.into(), input.clone().into()],
            _ => vec![
                "retime".into(),
                "-i".into(),
                "--shift".into(),
                "1s".into(),
                "--encoding".into(),
                encoding.into(),
                input.clone().into(),
            ],
        };
        let out = dejamos(&args);
        let what = format!("{command} as {encoding}");
        assert_no_panic(&out, &what);
        assert_eq!(out.status.code(), Some(2), "{what}: {}", stderr(&out));
        assert!(stderr(&out).contains(reason), "{what}: {}", stderr(&out));
        assert_eq!(fs::read(&input).expect("input"), bytes, "{what}: input untouched");
        assert_eq!(scratch.listing(), before, "{what}: nothing left behind");
    }
}

/// Ctrl-C while `check -o` streams its report: the temporary file is removed and the exit
/// status is a shell's 130, so an interrupted run leaves nothing behind.
#[test]
fn an_interrupt_leaves_no_temporary_file() {
    let scratch = Scratch::new();
    let mut text = String::new();
    for i in 0..200_000u64 {
        text.push_str(&format!("{}\n00:00:00,000 --> 00:00:00,005\na\n\n", i + 1));
    }
    let input = scratch.file("long.srt", text.as_bytes());
    let out_dir = scratch.path("out");
    fs::create_dir(&out_dir).expect("mkdir");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("dejamos"))
        .args(["check", "--no-progress", "-o"])
        .arg(out_dir.join("report.txt"))
        .arg(&input)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawns");
    // Wait for the report's temporary file, then interrupt.
    let mut interrupted = false;
    for _ in 0..20_000 {
        let writing =
            fs::read_dir(&out_dir).expect("list").flatten().any(|e| e.file_name().to_string_lossy().ends_with(".tmp"));
        if writing {
            let pid = child.id().to_string();
            let status = std::process::Command::new("kill").args(["-INT", &pid]).status().expect("kill runs");
            assert!(status.success());
            interrupted = true;
            break;
        }
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let status = child.wait().expect("waits");
    assert!(interrupted, "the report's temporary file never appeared ({status:?})");
    assert_eq!(status.code(), Some(130), "{status:?}");
    assert_eq!(fs::read_dir(&out_dir).expect("list").count(), 0, "nothing left in the output folder");
    assert_eq!(fs::read(&input).expect("input"), text.as_bytes());
}

#[test]
fn a_tag_dense_line_gives_a_bounded_report_in_every_format() {
    // 100,000 unclosed `<i>` on one line: one `unbalanced-tag` finding per tag made the report
    // about 37 bytes per byte of input (3.6 GB for 97 MB). At most 20 findings of one rule are
    // listed per cue, then one note counts the rest, in every format.
    let scratch = Scratch::new();
    let tags = |n: usize| format!("1\n00:00:01,000 --> 00:00:04,000\n{}\n", "<i>".repeat(n));
    let input = scratch.file("tags.srt", tags(100_000).as_bytes());
    let small = scratch.file("few.srt", tags(1_000).as_bytes());
    let check = |format: &str, path: &Path| {
        let out = dejamos(&["check".into(), "--no-progress".into(), "--format".into(), format.into(), path.into()]);
        assert_no_panic(&out, format);
        assert_eq!(out.status.code(), Some(1), "{format}: {}", stderr(&out));
        out.stdout
    };
    for format in ["json", "human", "concise", "sarif", "csv", "github", "junit", "html"] {
        let (many, few) = (check(format, &input), check(format, &small));
        // The same findings but for the count in the note (and the file name).
        assert!(many.len() <= few.len() + 256, "{format}: {} bytes against {}", many.len(), few.len());
        let report = String::from_utf8_lossy(&many);
        assert!(report.contains("and 99980 more findings of this rule in cue 1"), "{format}: {report}");
    }
    let out = dejamos(&["check".into(), "--format".into(), "json".into(), input.into()]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let found = json["files"][0]["diagnostics"].as_array().expect("findings");
    let tags = found.iter().filter(|d| d["rule"] == "unbalanced-tag").count();
    assert_eq!(tags, 21, "20 findings and the note");
    let last = found.iter().rfind(|d| d["rule"] == "unbalanced-tag").expect("note");
    assert_eq!(last["message_id"], "more-findings-in-cue");
    assert_eq!(last["column"], 61, "the note stands where the 21st tag is");
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_kept_in_json_and_sarif() {
    use std::os::unix::ffi::OsStrExt;
    let scratch = Scratch::new();
    let name = std::ffi::OsStr::from_bytes(b"pel\xEDcula \xFF.srt");
    let path = scratch.dir.path().join(name);
    if fs::write(&path, "1\n00:00:01,000 --> 00:00:02,000\nHola...\n").is_err() {
        // A file system that refuses such names has nothing to report.
        return;
    }
    let out = dejamos(&["check".into(), "--format".into(), "json".into(), path.clone().into()]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let file = &json["files"][0];
    assert!(file["path"].as_str().expect("path").ends_with("pel\u{FFFD}cula \u{FFFD}.srt"), "{file}");
    let encoded = file["path_bytes"].as_str().expect("path_bytes");
    assert!(encoded.ends_with("/pel%EDcula%20%FF.srt"), "{encoded}");
    assert!(encoded.starts_with('/'), "the path as given: {encoded}");
    let out = dejamos(&["check".into(), "--format".into(), "sarif".into(), path.into()]);
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).expect("sarif");
    let uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .expect("uri");
    assert_eq!(uri, format!("file://{encoded}"));
    // A UTF-8 name has no `path_bytes`.
    let plain = scratch.file("película.srt", b"1\n00:00:01,000 --> 00:00:02,000\nHola...\n");
    let out = dejamos(&["check".into(), "--format".into(), "json".into(), plain.into()]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(json["files"][0].get("path_bytes").is_none());
}
