//! End-to-end tests of timing to the picture: shot-change lists in every format read by
//! `check --shot-changes`, the `shot-change` rule's findings and fixes, the safe timing fixes on
//! the sample, timecodes on `retime`, and `dejamos shots` on videos ffmpeg makes here.
use assert_cmd::Command;
use dejamos::time::{FrameRate, Timecode, Timestamp};
use std::fs;
use std::path::{Path, PathBuf};

fn dejamos() -> Command {
    let mut cmd = Command::cargo_bin("dejamos").expect("binary built");
    cmd.env_remove("NO_COLOR").arg("--color").arg("never");
    cmd
}

/// The six planted cues, as (start frame, end frame) around six cuts, and the cuts' frames:
/// in-time 3 frames after a cut, 2 before, 10 before; out-time 1 frame after a cut, 5 before;
/// a cue that crosses a cut by 3 frames.
fn planted(cuts: [i64; 6]) -> [(i64, i64); 6] {
    let [a, b, c, d, e, f] = cuts;
    [(a + 3, a + 63), (b - 2, b + 60), (c - 10, c + 60), (d - 60, d + 1), (e - 70, e - 5), (f - 60, f + 3)]
}

fn at(fps: FrameRate, frame: i64) -> Timestamp {
    Timestamp::from_signed_ms(i128::from(fps.frames_to_ms(frame))).expect("time")
}

fn srt(fps: FrameRate, cues: &[(i64, i64)]) -> String {
    let mut out = String::new();
    for (n, &(start, end)) in cues.iter().enumerate() {
        out.push_str(&format!("{}\n{} --> {}\nLínea {}.\n\n", n + 1, at(fps, start), at(fps, end), n + 1));
    }
    out
}

/// `(line, message fragment)` of each `shot-change` finding, from the concise report.
fn findings(dir: &Path, subtitle: &Path, list: &Path, fps: &str, extra: &[&str]) -> Vec<(usize, String)> {
    let output = dejamos()
        .current_dir(dir)
        .args(["check", "--isolated", "--select", "shot-change", "--format", "concise", "--fps", fps])
        .arg("--shot-changes")
        .arg(list)
        .args(extra)
        .arg(subtitle)
        .output()
        .expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    assert!(output.status.code() == Some(0), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    stdout
        .lines()
        .filter(|l| l.contains("[shot-change]"))
        .map(|l| {
            let line = l.split(':').nth(1).and_then(|n| n.parse().ok()).expect("line");
            (line, l.to_string())
        })
        .collect()
}

struct Case {
    fps: &'static str,
    cuts: [i64; 6],
    /// Frames the fixed file's cues should have.
    fixed: [(i64, i64); 6],
    /// Whether the in-time 10 frames before a cut is snapped (the snap distance is 11 frames at
    /// 29.97, 9 at 23.976).
    ten_before_snaps: bool,
}

fn film() -> Case {
    let cuts = [240, 480, 720, 960, 1200, 1440];
    let [a, b, c, d, e, f] = cuts;
    Case {
        fps: "23.976",
        cuts,
        fixed: [(a, a + 63), (b, b + 60), (c - 10, c + 60), (d - 60, d - 2), (e - 70, e - 2), (f - 60, f - 2)],
        ten_before_snaps: false,
    }
}

fn ntsc() -> Case {
    // Near each minute, where drop-frame skips labels.
    let cuts = [1800, 3598, 5400, 17_982, 19_782, 21_600];
    let [a, b, c, d, e, f] = cuts;
    Case {
        fps: "29.97",
        cuts,
        fixed: [(a, a + 63), (b, b + 60), (c, c + 60), (d - 60, d - 2), (e - 70, e - 2), (f - 60, f - 2)],
        ten_before_snaps: true,
    }
}

/// Check the planted file against `list` (written by `write`), then fix it and compare.
fn run_case(case: &Case, list_name: &str, write: impl Fn(FrameRate, &[i64; 6]) -> String, extra: &[&str]) {
    let fps = FrameRate::parse(case.fps).expect("rate");
    let dir = tempfile::tempdir().expect("dir");
    let subtitle = dir.path().join("planted.es.srt");
    fs::write(&subtitle, srt(fps, &planted(case.cuts))).expect("write");
    let list = dir.path().join(list_name);
    fs::write(&list, write(fps, &case.cuts)).expect("write list");
    let found = findings(dir.path(), &subtitle, &list, case.fps, extra);
    // Timing lines are 2, 6, 10, …; each cue has exactly one finding.
    let lines: Vec<usize> = found.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, [2, 6, 10, 14, 18, 22], "{list_name}: {found:#?}");
    let say = |k: usize, fragment: &str| assert!(found[k].1.contains(fragment), "{list_name}: {}", found[k].1);
    say(0, "starts 3 frames after the cut");
    say(1, "starts 2 frames before the cut");
    say(2, "starts 10 frames before the cut");
    if !case.ten_before_snaps {
        say(2, "not fixed");
    }
    say(3, "ends 1 frame after the cut");
    say(4, "ends 5 frames before the cut");
    say(5, "crosses the cut");
    say(5, "by 3 frames");
    dejamos()
        .current_dir(dir.path())
        .args(["check", "--isolated", "--select", "shot-change", "--fix", "--quiet", "--fps", case.fps])
        .arg("--shot-changes")
        .arg(&list)
        .args(extra)
        .arg(&subtitle)
        .assert()
        .code(0);
    let fixed = fs::read_to_string(&subtitle).expect("read");
    assert_eq!(fixed, srt(fps, &case.fixed), "{list_name}");
}

fn seconds(fps: FrameRate, frame: i64) -> String {
    let ms = fps.frames_to_ms(frame);
    format!("{}.{:03}", ms / 1000, ms % 1000)
}

#[test]
fn plain_text_list() {
    run_case(
        &film(),
        "cuts.txt",
        |fps, cuts| {
            // Mixed spellings: clock times, seconds, a timecode and a frame number.
            let mut out = "# cuts\n".to_string();
            for (k, &cut) in cuts.iter().enumerate() {
                let line = match k % 4 {
                    0 => at(fps, cut).vtt(),
                    1 => seconds(fps, cut),
                    2 => Timecode::from_frame(cut, fps, false).to_string(),
                    _ => cut.to_string(),
                };
                out.push_str(&line);
                out.push('\n');
            }
            out
        },
        &[],
    );
}

#[test]
fn subtitle_edit_text_and_json() {
    let write_seconds =
        |fps: FrameRate, cuts: &[i64; 6]| cuts.iter().map(|&c| seconds(fps, c) + "\n").collect::<String>();
    run_case(&film(), "planted.shotchanges", write_seconds, &[]);
    run_case(
        &film(),
        "cuts.json",
        |fps, cuts| {
            let items: Vec<String> = cuts.iter().map(|&c| format!("{{\"time\": {}}}", seconds(fps, c))).collect();
            format!("{{\n  \"shot_changes\": [\n    {}\n  ]\n}}\n", items.join(",\n    "))
        },
        &[],
    );
}

#[test]
fn ffmpeg_scene_logs() {
    run_case(
        &film(),
        "scenes.log",
        |fps, cuts| {
            let mut out = "Input #0, matroska,webm, from 'film.mkv':\n".to_string();
            for (n, &cut) in cuts.iter().enumerate() {
                out.push_str(&format!(
                    "[Parsed_showinfo_1 @ 0x55d] n:{n:4} pts:{cut:7} pts_time:{:<8} duration:1001\n",
                    seconds(fps, cut)
                ));
            }
            out
        },
        &[],
    );
    run_case(
        &film(),
        "scdet.log",
        |fps, cuts| {
            cuts.iter()
                .map(|&c| format!("[scdet @ 0x1] lavfi.scd.score: 61.2, lavfi.scd.time: {}\n", seconds(fps, c)))
                .collect()
        },
        &[],
    );
}

/// A CMX3600 EDL whose events start at each cut, an hour into the timeline.
fn edl(fps: FrameRate, cuts: &[i64; 6], drop: bool) -> String {
    let hour = Timecode::parse(if drop { "01:00:00;00" } else { "01:00:00:00" }).expect("tc");
    let start = hour.frame_number(fps).expect("frame");
    let tc = |frame: i64| Timecode::from_frame(start + frame, fps, drop).to_string();
    let mut out = format!("TITLE: LO QUE DEJAMOS ATRAS\nFCM: {}DROP FRAME\n\n", if drop { "" } else { "NON-" });
    let mut edges = vec![0];
    edges.extend(cuts);
    edges.push(cuts[5] + 500);
    for (n, pair) in edges.windows(2).enumerate() {
        let (from, to) = (pair[0], pair[1]);
        out.push_str(&format!(
            "{:03}  AX       V     C        {} {} {} {}\n* FROM CLIP NAME: toma{n}.mov\n\n",
            n + 1,
            Timecode::from_frame(from, fps, drop),
            Timecode::from_frame(to, fps, drop),
            tc(from),
            tc(to)
        ));
    }
    out
}

#[test]
fn cmx3600_edl_non_drop_and_drop_frame() {
    run_case(&film(), "film.edl", |fps, cuts| edl(fps, cuts, false), &[]);
    run_case(&ntsc(), "film-df.edl", |fps, cuts| edl(fps, cuts, true), &[]);
    // An explicit programme start gives the same cuts.
    run_case(&film(), "film.edl", |fps, cuts| edl(fps, cuts, false), &["--tc-offset", "01:00:00:00"]);
}

#[test]
fn a_malformed_list_is_an_error_at_its_line() {
    let dir = tempfile::tempdir().expect("dir");
    let subtitle = dir.path().join("film.es.srt");
    fs::write(&subtitle, "1\n00:00:01,000 --> 00:00:03,000\nHola.\n").expect("write");
    fs::write(dir.path().join("bad.txt"), "1.5\n2.5\nluego\n").expect("write");
    dejamos()
        .args(["check", "--isolated", "--shot-changes"])
        .arg(dir.path().join("bad.txt"))
        .arg(&subtitle)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("bad.txt:3: `luego` is not a time"));
    let edl = "TITLE: X\n001  AX  V  C  00:00:00:00 00:00:02:00 01:00:00:00 01:00:02:30\n";
    fs::write(dir.path().join("bad.edl"), edl).expect("write");
    dejamos()
        .args(["check", "--isolated", "--fps", "25", "--shot-changes"])
        .arg(dir.path().join("bad.edl"))
        .arg(&subtitle)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("bad.edl:2: "));
}

#[test]
fn a_sibling_list_is_found_and_named_and_smpte_times_are_reported() {
    let dir = tempfile::tempdir().expect("dir");
    let subtitle = dir.path().join("film.es.srt");
    // 25 fps: in-time 3 frames (120 ms) after the cut at 10 s.
    fs::write(&subtitle, "1\n00:00:10,120 --> 00:00:12,000\nHola.\n").expect("write");
    fs::write(dir.path().join("film.shots"), "# fps: 25\n10.0\n").expect("write");
    dejamos()
        .args(["check", "--isolated", "--fps", "25", "--select", "shot-change", "--format", "concise"])
        .args(["--timecode", "smpte", "--tc-offset", "01:00:00:00"])
        .arg(&subtitle)
        .assert()
        .code(0)
        .stderr(predicates::str::contains("shot changes:").and(predicates::str::contains("found next to the file")))
        .stdout(predicates::str::contains("starts 3 frames after the cut at 01:00:10:00"));
    // A dejamos.toml pattern names a list for the files it matches.
    fs::write(dir.path().join("other.txt"), "20.0\n").expect("write");
    fs::write(dir.path().join("dejamos.toml"), "fps = 25\n[shot_changes]\n\"*.es.srt\" = \"other.txt\"\n")
        .expect("write");
    dejamos()
        .args(["check", "--select", "shot-change", "--format", "concise"])
        .arg(&subtitle)
        .assert()
        .code(0)
        .stderr(predicates::str::contains("other.txt").and(predicates::str::contains("[shot_changes]")))
        .stdout(predicates::str::contains("[shot-change]").not());
}

use predicates::prelude::PredicateBooleanExt;

/// The sample's timing findings that have room are all fixed; the summary names the rest.
#[test]
fn the_sample_s_timing_findings_are_fixed_where_there_is_room() {
    let dir = tempfile::tempdir().expect("dir");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/the-house.es.srt");
    let copy = dir.path().join("the-house.es.srt");
    fs::copy(&sample, &copy).expect("copy");
    let timing = "min-gap,overlap,min-duration,max-cps";
    let before = dejamos()
        .args(["check", "--isolated", "--select", timing, "--format", "concise"])
        .arg(&copy)
        .output()
        .expect("runs");
    let before = String::from_utf8(before.stdout).expect("utf-8");
    for rule in ["[min-gap]", "[overlap]", "[min-duration]", "[max-cps]"] {
        assert!(before.contains(rule), "the sample has a {rule} finding: {before}");
    }
    let fixed = dejamos()
        .args(["check", "--isolated", "--select", timing, "--fix", "--format", "concise"])
        .arg(&copy)
        .output()
        .expect("runs");
    let (stdout, stderr) = (String::from_utf8_lossy(&fixed.stdout), String::from_utf8_lossy(&fixed.stderr));
    // What remains had no room: each remaining finding says what is in the way.
    for line in stdout.lines().filter(|l| l.contains("error[")) {
        assert!(line.contains("no room"), "a finding with room was left: {line}\n{stderr}");
    }
    for rule in ["min-gap", "overlap", "min-duration", "max-cps"] {
        assert!(stderr.lines().any(|l| l.trim_start().starts_with(rule) && l.contains("fixed")), "{rule}: {stderr}");
    }
    assert!(!stdout.contains("[min-gap]") && !stdout.contains("[overlap]"), "{stdout}");
    // The text is never touched.
    let text = |path: &Path| -> Vec<String> {
        fs::read_to_string(path).expect("read").lines().filter(|l| !l.contains("-->")).map(str::to_string).collect()
    };
    assert_eq!(text(&copy), text(&sample));
}

#[test]
fn max_duration_is_fixed_only_when_unsafe_fixes_are_asked_for() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("long.es.srt");
    let text = "1\n00:00:01,000 --> 00:00:09,500\nMi papá trabajó treinta años en El Paso para construir esta casa.\n";
    fs::write(&file, text).expect("write");
    dejamos().args(["check", "--isolated", "--select", "max-duration", "--fix", "--quiet"]).arg(&file).assert().code(1);
    assert_eq!(fs::read_to_string(&file).expect("read"), text);
    dejamos()
        .args(["check", "--isolated", "--select", "max-duration", "--fix", "--fix-unsafe", "--quiet"])
        .arg(&file)
        .assert()
        .code(0);
    // 7 s after frame 24 (1001 ms) is 8001 ms: the last frame boundary within it is frame 191.
    assert!(fs::read_to_string(&file).expect("read").contains("00:00:01,000 --> 00:00:07,966"));
}

#[test]
fn retime_takes_timecodes_and_snaps_to_shot_changes() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("a.es.srt");
    fs::write(&file, "1\n00:00:01,000 --> 00:00:03,000\nUno.\n\n2\n00:00:05,000 --> 00:00:07,000\nDos.\n")
        .expect("write");
    // +00:00:02:12 at 25 fps is 2.48 s.
    dejamos()
        .args(["retime", "--fps", "25", "--shift", "+00:00:02:12"])
        .arg(&file)
        .assert()
        .code(0)
        .stdout(predicates::str::contains("00:00:03,480 --> 00:00:05,480"));
    dejamos()
        .args(["retime", "--shift", "+00:00:02:12"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--shift: the timecode 00:00:02:12 needs a frame rate: add --fps RATE"));
    // Cue 2 lands at 01:00:10:00 less the programme start: 10 s.
    dejamos()
        .args(["retime", "--fps", "25", "--tc-offset", "01:00:00:00", "--sync", "2=01:00:10:00"])
        .arg(&file)
        .assert()
        .code(0)
        .stdout(predicates::str::contains("00:00:10,000 --> 00:00:12,000"));
    dejamos()
        .args(["retime", "--sync", "2=00:00:10:00"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--sync").and(predicates::str::contains("--fps")));
    // Drop-frame at 29.97: 00:01:00;02 is frame 1800, 60.06 s.
    dejamos()
        .args(["retime", "--fps", "29.97", "--sync", "1=00:01:00;02"])
        .arg(&file)
        .assert()
        .code(0)
        .stdout(predicates::str::contains("00:01:00,060 --> "));
    // A cut 3 frames before the shifted in-time: retime snaps it onto the cut.
    fs::write(dir.path().join("cuts.txt"), "3.360\n").expect("write");
    dejamos()
        .args(["retime", "--fps", "25", "--shift", "+2.48s", "--shot-changes"])
        .arg(dir.path().join("cuts.txt"))
        .arg(&file)
        .assert()
        .code(0)
        .stdout(predicates::str::contains("00:00:03,360 --> 00:00:05,480"));
}

/// `ffmpeg` on PATH, or a message saying why the test is skipped.
fn ffmpeg() -> Option<PathBuf> {
    let found = dejamos::shots::ffmpeg::find_ffmpeg(std::env::var_os("PATH").as_deref());
    if found.is_none() {
        eprintln!("skipped: ffmpeg is not on PATH (install it with `apt-get install -y ffmpeg`; CI has it)");
    }
    found
}

/// A video of coloured segments (cut at the given frames) at `rate`, made by ffmpeg's lavfi.
fn video(dir: &Path, rate: &str, cuts: &[u64], total: u64) -> PathBuf {
    let path = dir.join(format!("cuts-{}.mkv", rate.replace('/', "-")));
    let colours = ["red", "blue", "green", "yellow", "white", "purple"];
    let mut edges = vec![0];
    edges.extend(cuts);
    edges.push(total);
    let mut cmd = std::process::Command::new("ffmpeg");
    cmd.args(["-hide_banner", "-loglevel", "error", "-y"]);
    let segments = edges.len() - 1;
    for (k, pair) in edges.windows(2).enumerate() {
        let frames = pair[1] - pair[0];
        cmd.args(["-f", "lavfi", "-i"])
            .arg(format!("color=c={}:s=64x48:r={rate},trim=end_frame={frames}", colours[k % colours.len()]));
    }
    let inputs: String = (0..segments).map(|k| format!("[{k}:v]")).collect();
    cmd.args(["-filter_complex", &format!("{inputs}concat=n={segments}:v=1:a=0[v]"), "-map", "[v]"]);
    cmd.args(["-c:v", "ffv1", "-r", rate]).arg(&path);
    let status = cmd.status().expect("ffmpeg runs");
    assert!(status.success(), "ffmpeg made the test video");
    path
}

#[test]
fn shots_finds_each_cut_of_a_generated_video_within_one_frame() {
    if ffmpeg().is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    for (rate, fps) in [("25", FrameRate::new(25, 1)), ("24000/1001", Some(FrameRate::FILM))] {
        let fps = fps.expect("rate");
        let cuts = [30, 75, 110];
        let path = video(dir.path(), rate, &cuts, 150);
        let out = dir.path().join("found.shots");
        dejamos().args(["shots", "--quiet"]).arg(&path).arg("-o").arg(&out).assert().code(0);
        let text = fs::read_to_string(&out).expect("list");
        assert!(text.lines().any(|l| l.starts_with("# fps: ")), "{text}");
        let options = dejamos::shots::ReadOptions { fps, fps_given: true, tc_offset: None };
        let list = dejamos::shots::parse(&text, &options).expect("reads back");
        assert_eq!(list.fps, Some(fps), "{text}");
        assert_eq!(list.cuts.len(), cuts.len(), "{text}");
        for (found, &cut) in list.cuts.iter().zip(&cuts) {
            let frame = fps.ms_to_nearest_frame(found.signed());
            assert!((frame - cut as i64).abs() <= 1, "cut at frame {cut} found at {frame} ({rate} fps): {text}");
        }
    }
}

#[test]
fn shots_without_ffmpeg_says_how_to_install_it() {
    let dir = tempfile::tempdir().expect("dir");
    fs::write(dir.path().join("film.mkv"), b"not a video").expect("write");
    dejamos()
        .env("PATH", dir.path())
        .arg("shots")
        .arg(dir.path().join("film.mkv"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("ffmpeg was not found on PATH: install it"));
}
