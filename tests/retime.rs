//! `dejamos retime`: end-to-end tests on the fixtures in tests/fixtures/retime, and property
//! tests of the retiming library (exactness, reversibility, anchors, ranges, losslessness).
use assert_cmd::cargo::cargo_bin_cmd;
use dejamos::decode;
use dejamos::retime::{Anchor, ApplyOptions, FpsSpec, Operations, Plan, Selection, retime};
use dejamos::srt::{Document, ParseOptions, parse_bytes, parse_str};
use dejamos::time::{Timestamp, TypedDuration};
use proptest::prelude::*;
use regex::bytes::Regex;
use std::fs;
use std::path::Path;

const ES: &str = "tests/fixtures/retime/es.srt";
const ES_1252: &str = "tests/fixtures/retime/es-cp1252-crlf.srt";
const EN_BOM: &str = "tests/fixtures/retime/en-bom-crlf.srt";
const DAMAGED: &str = "tests/fixtures/retime/damaged.srt";
const NO_CUES: &str = "tests/fixtures/retime/no-cues.srt";

/// What one run of the binary did.
struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

impl Run {
    fn stdout_text(&self) -> String {
        String::from_utf8(self.stdout.clone()).expect("stdout is UTF-8")
    }

    /// The command, its exit code, stdout and stderr, for a snapshot.
    fn transcript(&self, args: &[&str]) -> String {
        format!(
            "$ dejamos {}\nexit: {}\n--- stdout\n{}--- stderr\n{}",
            args.join(" "),
            self.code,
            String::from_utf8_lossy(&self.stdout),
            self.stderr
        )
    }
}

fn run_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut cmd = cargo_bin_cmd!("dejamos");
    cmd.current_dir(dir).env("NO_COLOR", "1").args(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input.to_vec());
    }
    let output = cmd.output().expect("the binary runs");
    Run {
        code: output.status.code().expect("exit code"),
        stdout: output.stdout,
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

fn run(args: &[&str]) -> Run {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, None)
}

fn fixture(path: &str) -> Vec<u8> {
    fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect("fixture exists")
}

/// `bytes` with every `HH:MM:SS,mmm` replaced by `map(ms)`: what a lossless retime must produce.
fn map_timestamps(bytes: &[u8], map: impl Fn(u64) -> u64) -> Vec<u8> {
    let pattern = Regex::new(r"(\d\d):(\d\d):(\d\d),(\d\d\d)").expect("valid regex");
    pattern
        .replace_all(bytes, |caps: &regex::bytes::Captures<'_>| {
            let field = |i: usize| -> u64 { std::str::from_utf8(&caps[i]).expect("digits").parse().expect("number") };
            let ms = field(1) * 3_600_000 + field(2) * 60_000 + field(3) * 1000 + field(4);
            Timestamp::from_ms(map(ms)).expect("in range").srt().into_bytes()
        })
        .into_owned()
}

fn doc_of(bytes: &[u8]) -> Document {
    parse_bytes(bytes, ParseOptions::default()).expect("parses")
}

// ---------------------------------------------------------------------------------------------
// Each operation, end to end.

#[test]
fn negative_shift_works_as_typed() {
    let args = ["retime", ES, "--shift", "-2.5s"];
    let out = run(&args);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, map_timestamps(&fixture(ES), |ms| ms - 2500));
    insta::assert_snapshot!("shift_negative_as_typed", out.transcript(&args));
    let with_equals = run(&["retime", ES, "--shift=-2.5s"]);
    assert_eq!(with_equals.stdout, out.stdout);
}

#[test]
fn other_duration_spellings_shift_the_same() {
    let expected = map_timestamps(&fixture(ES), |ms| ms + 1500);
    for spelling in ["+1500ms", "1.5s", "00:00:01,500", "+0:01.5"] {
        let out = run(&["retime", ES, "--shift", spelling]);
        assert_eq!(out.code, 0, "{spelling}: {}", out.stderr);
        assert_eq!(out.stdout, expected, "{spelling}");
    }
}

#[test]
fn frames_are_counted_at_the_given_rate() {
    let out = run(&["retime", ES, "--shift", "+12f", "--fps", "24"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, map_timestamps(&fixture(ES), |ms| ms + 500));
    // 12 frames at 23.976 are 500.5 ms, rounded half away from zero to 501.
    let ntsc = run(&["retime", ES, "--shift", "-12f", "--fps", "23.976"]);
    assert_eq!(ntsc.stdout, map_timestamps(&fixture(ES), |ms| ms - 501));
    let no_rate = run(&["retime", ES, "--shift", "+12f"]);
    assert_eq!(no_rate.code, 2);
    assert!(no_rate.stderr.contains("add --fps RATE"), "{}", no_rate.stderr);
    assert!(no_rate.stdout.is_empty());
}

#[test]
fn frame_rate_conversion_is_exact_and_reversible() {
    let args = ["retime", ES, "--fps", "25:23.976"];
    let out = run(&args);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // t × 25 × 1001 / 24000, rounded half away from zero.
    let expected = map_timestamps(&fixture(ES), |ms| (ms * 25_025 * 2 + 24_000) / 48_000);
    assert_eq!(out.stdout, expected);
    insta::assert_snapshot!("fps_conversion", out.transcript(&args));

    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("slow.srt"), &out.stdout).expect("write");
    let back = run_in(dir.path(), &["retime", "slow.srt", "--fps", "23.976:25"], None);
    assert_eq!(back.code, 0, "{}", back.stderr);
    let original = doc_of(&fixture(ES));
    let returned = doc_of(&back.stdout);
    for (a, b) in original.cues.iter().zip(&returned.cues) {
        assert!(a.start.ms().abs_diff(b.start.ms()) <= 1 && a.end.ms().abs_diff(b.end.ms()) <= 1);
    }
}

#[test]
fn scale_takes_a_literal_factor() {
    let out = run(&["retime", ES, "--scale", "1.001"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, map_timestamps(&fixture(ES), |ms| (ms * 1001 * 2 + 1000) / 2000));
    let fraction = run(&["retime", ES, "--scale", "1001/1000"]);
    assert_eq!(fraction.stdout, out.stdout);
}

#[test]
fn two_point_sync_lands_both_anchors_exactly() {
    let args = ["retime", ES, "--sync", "1=00:00:05,000", "--sync", "8=00:02:40,000"];
    let out = run(&args);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let doc = doc_of(&out.stdout);
    assert_eq!(doc.cues[0].start.ms(), 5_000);
    assert_eq!(doc.cues[7].start.ms(), 160_000);
    insta::assert_snapshot!("sync_two_anchors", out.transcript(&args));
}

#[test]
fn one_sync_anchor_is_a_shift() {
    let out = run(&["retime", ES, "--sync", "5=00:01:00,000"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, map_timestamps(&fixture(ES), |ms| ms - 2000));
}

#[test]
fn time_range_changes_only_cues_starting_inside_it() {
    let out = run(&["retime", ES, "--range", "00:01:00,000..00:02:00,000", "--shift", "1s"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let before = doc_of(&fixture(ES));
    let after = doc_of(&out.stdout);
    for (old, new) in before.cues.iter().zip(&after.cues) {
        if old.position == 5 || old.position == 6 {
            assert_eq!(new.start.ms(), old.start.ms() + 1000);
        } else {
            assert_eq!(after.slice(&new.block), before.slice(&old.block), "cue {}", old.position);
        }
    }
    assert!(out.stderr.contains("retimed 2 of 8 cues"), "{}", out.stderr);
}

#[test]
fn cue_range_that_creates_an_overlap_is_written_with_a_warning() {
    let args = ["retime", ES, "--cues", "2", "--shift", "-500ms"];
    let out = run(&args);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let doc = doc_of(&out.stdout);
    assert_eq!((doc.cues[1].start.ms(), doc.cues[1].end.ms()), (6_760, 9_980));
    insta::assert_snapshot!("cues_overlap_warning", out.transcript(&args));
}

#[test]
fn snap_puts_every_time_on_a_frame() {
    let out = run(&["retime", ES, "--snap", "--fps", "25"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let doc = doc_of(&out.stdout);
    for cue in &doc.cues {
        assert_eq!(cue.start.ms() % 40, 0, "cue {}", cue.position);
        assert_eq!(cue.end.ms() % 40, 0, "cue {}", cue.position);
    }
    // 00:00:04,120 is exactly frame 103; 00:00:07,010 rounds to frame 175 = 7,000.
    assert_eq!((doc.cues[0].start.ms(), doc.cues[0].end.ms()), (4_120, 7_000));
    let no_rate = run(&["retime", ES, "--snap"]);
    assert_eq!(no_rate.code, 2);
    assert!(no_rate.stderr.contains("--snap needs a frame rate"), "{}", no_rate.stderr);
}

// ---------------------------------------------------------------------------------------------
// Losslessness: encodings, BOM, line endings, damaged files.

#[test]
fn windows_1252_crlf_comes_back_identical_except_timestamps() {
    let original = fixture(ES_1252);
    assert!(std::str::from_utf8(&original).is_err(), "the fixture must really be Windows-1252");
    let out = run(&["retime", ES_1252, "--shift", "+1s"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, map_timestamps(&original, |ms| ms + 1000));
    assert!(out.stdout.windows(2).any(|w| w == b"\xbf\x59"), "¿Ya stays a single 0xBF byte");
}

#[test]
fn encoding_utf8_converts_a_legacy_file() {
    let out = run(&["retime", ES_1252, "--shift", "+1s", "--encoding", "utf-8"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = out.stdout_text();
    let expected = String::from_utf8(map_timestamps(&fixture(ES), |ms| ms + 1000)).expect("UTF-8");
    assert_eq!(text, expected.replace('\n', "\r\n"));
}

#[test]
fn utf8_bom_and_crlf_are_kept() {
    let original = fixture(EN_BOM);
    let out = run(&["retime", EN_BOM, "--shift", "-1s"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.starts_with(b"\xEF\xBB\xBF1\r\n"));
    assert_eq!(out.stdout, map_timestamps(&original, |ms| ms - 1000));
}

#[test]
fn zero_shift_reproduces_every_fixture_exactly() {
    for path in [ES, ES_1252, EN_BOM, DAMAGED] {
        // --force: the damaged file's unreadable block is left as it is.
        let out = run(&["retime", path, "--shift", "0", "--force"]);
        assert_eq!(out.code, 0, "{path}: {}", out.stderr);
        assert_eq!(out.stdout, fixture(path), "{path}");
    }
}

#[test]
fn damaged_file_is_refused_as_fmt_refuses_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = dir.path().join("out.srt");
    let args = ["retime", DAMAGED, "--shift", "10s", "-o", output.to_str().expect("utf-8")];
    let out = run(&args);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "dejamos: error: tests/fixtures/retime/damaged.srt:6: 1 unreadable timing line: not retimed, since their \
         blocks would keep their old times (`dejamos check` shows them; --force leaves them untouched)\n"
    );
    assert!(!output.exists(), "nothing is written");
}

#[test]
fn damaged_file_is_retimed_losslessly_with_force_and_a_warning() {
    let args = ["retime", DAMAGED, "--shift", "1s", "--force"];
    let out = run(&args);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = out.stdout_text();
    // The readable cues move; the unreadable block and the odd spelling's shape stay.
    assert!(text.starts_with("1\n00:00:05.120 --> 00:00:08,010\n"), "{text}");
    assert!(text.contains("00:00:07,260 --> 00:00:75,480\nEste bloque tiene un minuto imposible."));
    assert!(text.ends_with("00:00:13,000 --> 00:00:16,250\nLa casa sigue sin techo."));
    insta::assert_snapshot!("damaged_file", out.transcript(&args));
}

// ---------------------------------------------------------------------------------------------
// Negative times and --clamp.

#[test]
fn negative_result_is_an_error_naming_the_cue_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("es.srt"), fixture(ES)).expect("copy");
    let args = ["retime", "es.srt", "--shift", "-5s", "-o", "out.srt"];
    let out = run_in(dir.path(), &args, None);
    assert_eq!(out.code, 2);
    assert!(!dir.path().join("out.srt").exists());
    assert_eq!(fs::read(dir.path().join("es.srt")).expect("read"), fixture(ES));
    insta::assert_snapshot!("negative_result", out.transcript(&args));
}

#[test]
fn clamp_drops_and_clamps_and_says_how_many() {
    let args = ["retime", ES, "--shift", "-7.3s", "--clamp"];
    let out = run(&args);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let doc = doc_of(&out.stdout);
    assert_eq!(doc.cues.len(), 7);
    assert_eq!((doc.cues[0].start.ms(), doc.cues[0].end.ms()), (0, 3_180));
    insta::assert_snapshot!("clamp", out.transcript(&args));
}

// ---------------------------------------------------------------------------------------------
// Where the result goes.

#[test]
fn in_place_with_backup_keeps_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("es.srt");
    fs::write(&path, fixture(ES)).expect("copy");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
    let out = run_in(dir.path(), &["retime", "-i", "--backup", "es.srt", "--shift", "2s"], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.is_empty());
    assert_eq!(fs::read(&path).expect("read"), map_timestamps(&fixture(ES), |ms| ms + 2000));
    assert_eq!(fs::read(dir.path().join("es.srt.bak")).expect("backup"), fixture(ES));
    assert_eq!(fs::metadata(&path).expect("meta").permissions().mode() & 0o777, 0o640);
    let mut names: Vec<_> =
        fs::read_dir(dir.path()).expect("list").flatten().map(|e| e.file_name().into_string().expect("name")).collect();
    names.sort();
    assert_eq!(names, ["es.srt", "es.srt.bak"]);
}

#[test]
fn output_file_and_stdin_stdout() {
    let dir = tempfile::tempdir().expect("temp dir");
    let expected = map_timestamps(&fixture(ES), |ms| ms + 250);
    let piped = run_in(dir.path(), &["retime", "-", "--shift", "250ms"], Some(&fixture(ES)));
    assert_eq!(piped.code, 0, "{}", piped.stderr);
    assert_eq!(piped.stdout, expected);
    let dash = run_in(dir.path(), &["retime", "-", "-o", "-", "--shift", "250ms"], Some(&fixture(ES)));
    assert_eq!(dash.stdout, expected);
    let to_file = run_in(dir.path(), &["retime", "-", "-o", "new.srt", "--shift", "250ms"], Some(&fixture(ES)));
    assert_eq!(to_file.code, 0, "{}", to_file.stderr);
    assert!(to_file.stdout.is_empty());
    assert_eq!(fs::read(dir.path().join("new.srt")).expect("written"), expected);
    let quiet = run_in(dir.path(), &["-q", "retime", "-", "--shift", "250ms"], Some(&fixture(ES)));
    assert_eq!(quiet.stderr, "");
    let in_place_stdin = run_in(dir.path(), &["retime", "-", "-i", "--shift", "1s"], Some(&fixture(ES)));
    assert_eq!(in_place_stdin.code, 2);
}

// ---------------------------------------------------------------------------------------------
// Errors: exit 2, one line, the file named.

#[test]
fn errors_exit_2_and_name_the_file() {
    let cases: [(&[&str], &str); 7] = [
        (&["retime", ES, "--scale", "1000000"], "es.srt:20: cue 5 would end at 18194:26:40,000, past the largest time"),
        (&["retime", "tests/fixtures/retime/nope.srt", "--shift", "1s"], "nope.srt: cannot read: no such file"),
        (&["retime", NO_CUES, "--shift", "1s"], "no-cues.srt: is in no subtitle format dejamos reads"),
        (&["retime", ES, "--sync", "99=1s"], "es.srt: --sync 99=…: there is no cue 99 (the file has 8 cues)"),
        (&["retime", ES, "--cues", "20..30", "--shift", "1s"], "es.srt: --cues selects no cue"),
        (&["retime", ES, "--sync", "1=10s", "--sync", "8=5s"], "es.srt: --sync anchors reverse"),
        (&["retime", ES, "--shift", "1s", "--sync", "2=9s"], "es.srt: --shift has no effect"),
    ];
    for (args, message) in cases {
        let out = run(args);
        assert_eq!(out.code, 2, "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(out.stderr.lines().count(), 1, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(message), "{args:?}: {}", out.stderr);
    }
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["retime", ES][..],
        &["retime", ES, "--scale", "abc"],
        &["retime", ES, "--scale", "0"],
        &["retime", ES, "--fps", "25:fast"],
        &["retime", ES, "--shift", "soon"],
        &["retime", ES, "--range", "2m..1m", "--shift", "1s"],
        &["retime", ES, "--range", "1m..2m", "--cues", "1..2", "--shift", "1s"],
        &["retime", ES, "--backup", "--shift", "1s"],
        &["retime", ES, "--encoding", "klingon", "--shift", "1s"],
        &["retime", ES, "--reference", EN_BOM, "--shift", "1s"],
        &["retime", ES, "--reference", EN_BOM, "--sync", "1=1s"],
        &["retime", ES, "--reference", EN_BOM, "--fps", "25:24"],
    ] {
        let out = run(args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    // Standard input cannot be both the input and the reference; said before anything is read.
    let out = run_in(Path::new(env!("CARGO_MANIFEST_DIR")), &["retime", "-", "--reference", "-"], Some(&fixture(ES)));
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("only once"), "{}", out.stderr);
}

/// A WebVTT file is read as WebVTT: its header, NOTE blocks, cue settings and hour-less times
/// survive, every time moves, and nothing is reported unreadable.
#[test]
fn webvtt_is_retimed_in_place_of_its_own_syntax() {
    let dir = tempfile::tempdir().expect("temp dir");
    let vtt = "WEBVTT\n\nNOTE checked by hand\n\n00:01.000 --> 00:02.000 align:start\nHola.\n\nid2\n00:00:03.500 --> 00:00:04.000\n<v Ana>Adiós.\n";
    fs::write(dir.path().join("a.vtt"), vtt).expect("write");
    let out = run_in(dir.path(), &["retime", "a.vtt", "--shift", "1s"], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stderr.contains("could not be read"), "{}", out.stderr);
    assert_eq!(
        out.stdout_text(),
        vtt.replace("00:01.000 --> 00:02.000", "00:00:02.000 --> 00:00:03.000")
            .replace("00:00:03.500 --> 00:00:04.000", "00:00:04.500 --> 00:00:05.000")
    );
}

/// `--reference` fits INPUT to the other file: a copy shifted by +2.5 s comes back exactly.
#[test]
fn reference_recovers_a_shift() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("es.srt"), fixture(ES)).expect("copy");
    fs::write(dir.path().join("late.srt"), map_timestamps(&fixture(ES), |ms| ms + 2500)).expect("write");
    let out = run_in(dir.path(), &["retime", "late.srt", "--reference", "es.srt"], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, fixture(ES));
    assert!(out.stderr.contains("cue starts within"), "{}", out.stderr);
}

// ---------------------------------------------------------------------------------------------
// Properties of the library.

const LINES: [&str; 6] = [
    "¿Ya te vas, abuelo?",
    "<i>El camión sale temprano.</i>",
    "- ¿Quién te espera?\n- Mis hijas.",
    "Aquí va a ir la cocina.",
    "Every month, for thirty years.",
    "¡Ándale, pásame la cuchara!",
];

/// Cue timings: (gap before, duration) pairs laid end to end from `first`.
fn timings(first: u64, spec: &[(u64, u64)]) -> Vec<(u64, u64)> {
    let mut t = first;
    spec.iter()
        .map(|&(gap, duration)| {
            let start = t + gap;
            t = start + duration;
            (start, t)
        })
        .collect()
}

/// How a timestamp may be spelled in a real file (the parser accepts all of these).
fn spell(ms: u64, style: u8) -> String {
    let canonical = Timestamp::from_ms(ms).expect("in range").srt();
    let (h, m, s, milli) = Timestamp::from_ms(ms).expect("in range").parts();
    match style % 4 {
        0 | 1 => canonical,
        2 => canonical.replace(',', "."),
        _ => format!("{h}:{m}:{s},{milli:03}"),
    }
}

/// An SRT file; `styles` varies spelling, line endings, coordinates and index lines.
fn srt(times: &[(u64, u64)], styles: &[u8], crlf: bool) -> String {
    let newline = if crlf { "\r\n" } else { "\n" };
    let mut out = String::new();
    for (i, &(start, end)) in times.iter().enumerate() {
        let style = styles.get(i).copied().unwrap_or(0);
        if i > 0 {
            out.push_str(newline);
        }
        out.push_str(&format!("{}{newline}", i + 1));
        let coordinates = if style % 5 == 4 { " X1:10 X2:90 Y1:5 Y2:20" } else { "" };
        out.push_str(&format!("{} --> {}{coordinates}{newline}", spell(start, style), spell(end, style / 4)));
        out.push_str(&LINES[usize::from(style) % LINES.len()].replace('\n', newline));
        out.push_str(newline);
    }
    out
}

fn apply(text: &str, ops: &Operations) -> String {
    let doc = parse_str(text);
    let plan = Plan::build(ops, &doc).expect("plan");
    retime(&doc, &plan, ApplyOptions::default()).expect("retimes").text
}

fn shift(ms: i64) -> Operations {
    Operations { shift: Some(TypedDuration::Millis(ms)), ..Operations::default() }
}

fn cue_spec() -> impl Strategy<Value = Vec<(u64, u64)>> {
    prop::collection::vec((0u64..4_000, 1u64..7_000), 1..40)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn shift_then_unshift_is_the_identity(spec in cue_spec(), d in -100_000i64..100_000, crlf: bool) {
        let text = srt(&timings(100_000, &spec), &[], crlf);
        let there = apply(&text, &shift(d));
        prop_assert_eq!(apply(&there, &shift(-d)), text);
    }

    #[test]
    fn frame_rate_round_trip_is_within_a_millisecond(
        spec in cue_spec(),
        first in 0u64..10_000_000,
        a in prop::sample::select(vec!["23.976", "24", "25", "29.97", "30", "47.952", "48", "50", "59.94", "60"]),
        b in prop::sample::select(vec!["23.976", "24", "25", "29.97", "30", "47.952", "48", "50", "59.94", "60"]),
    ) {
        let text = srt(&timings(first, &spec), &[], false);
        let conversion = |from: &str, to: &str| Operations {
            fps: Some(FpsSpec::parse(&format!("{from}:{to}")).expect("rates")),
            ..Operations::default()
        };
        let back = apply(&apply(&text, &conversion(a, b)), &conversion(b, a));
        let (before, after) = (parse_str(&text), parse_str(&back));
        for (x, y) in before.cues.iter().zip(&after.cues) {
            prop_assert!(x.start.ms().abs_diff(y.start.ms()) <= 1, "{} vs {}", x.start, y.start);
            prop_assert!(x.end.ms().abs_diff(y.end.ms()) <= 1, "{} vs {}", x.end, y.end);
        }
    }

    #[test]
    fn two_point_sync_maps_both_anchors_exactly(
        spec in prop::collection::vec((0u64..4_000, 1u64..7_000), 2..40),
        picks in (any::<prop::sample::Index>(), any::<prop::sample::Index>()),
        extra in 0u64..5_000_000,
        speed_permille in 500u64..2_000,
    ) {
        let times = timings(1_000, &spec);
        let text = srt(&times, &[], false);
        let (mut i, mut j) = (picks.0.index(times.len()), picks.1.index(times.len()));
        if i == j {
            j = if i + 1 < times.len() { i + 1 } else { i - 1 };
        }
        if i > j {
            std::mem::swap(&mut i, &mut j);
        }
        let (o1, o2) = (times[i].0, times[j].0);
        // Targets that keep every cue after zero: y1 ≥ 2·o1 and a speed between ½ and 2.
        let y1 = 2 * o1 + extra;
        let y2 = y1 + ((o2 - o1) * speed_permille / 1000).max(1);
        let anchor = |cue: usize, ms: u64| Anchor { cue: cue + 1, time: Timestamp::from_ms(ms).expect("in range") };
        let ops = Operations { sync: vec![anchor(i, y1), anchor(j, y2)], ..Operations::default() };
        let after = parse_str(&apply(&text, &ops));
        prop_assert_eq!(after.cues[i].start.ms(), y1);
        prop_assert_eq!(after.cues[j].start.ms(), y2);
    }

    #[test]
    fn ranges_leave_the_outside_byte_for_byte(
        spec in cue_spec(),
        styles in prop::collection::vec(any::<u8>(), 40),
        from in 1usize..40,
        len in 0usize..10,
        d in 1i64..50_000,
        crlf: bool,
    ) {
        let text = srt(&timings(0, &spec), &styles, crlf);
        let ops = Operations { selection: Selection::Cues { from, to: Some(from + len) }, ..shift(d) };
        let before = parse_str(&text);
        prop_assume!(from <= before.cues.len());
        let after_text = apply(&text, &ops);
        let after = parse_str(&after_text);
        prop_assert_eq!(after.cues.len(), before.cues.len());
        for (old, new) in before.cues.iter().zip(&after.cues) {
            if (from..=from + len).contains(&old.position) {
                prop_assert_eq!(new.start.ms(), old.start.ms() + d as u64);
                prop_assert_eq!(new.end.ms(), old.end.ms() + d as u64);
            } else {
                prop_assert_eq!(after.slice(&new.block), before.slice(&old.block));
            }
        }
    }

    #[test]
    fn zero_shift_reproduces_the_bytes(
        spec in cue_spec(),
        styles in prop::collection::vec(any::<u8>(), 40),
        crlf: bool,
        bom: bool,
        cp1252: bool,
    ) {
        let text = srt(&timings(0, &spec), &styles, crlf);
        let encoding = if cp1252 {
            decode::TextEncoding::for_label("windows-1252").expect("label")
        } else {
            decode::TextEncoding::UTF_8
        };
        let bytes = decode::encode(&text, encoding, bom && !cp1252).expect("encodes");
        let doc = parse_bytes(&bytes, ParseOptions { encoding: Some(encoding) }).expect("parses");
        let plan = Plan::build(&shift(0), &doc).expect("plan");
        let done = retime(&doc, &plan, ApplyOptions::default()).expect("retimes");
        prop_assert_eq!(done.changed, 0);
        prop_assert_eq!(decode::encode(&done.text, doc.encoding, doc.bom).expect("encodes"), bytes);
    }
}
