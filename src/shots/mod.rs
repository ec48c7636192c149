//! Shot changes: where the picture cuts, read from the lists editors and tools write.
//!
//! [`parse`] sniffs the format from the content (never from the file name) and returns the cut
//! times sorted and without duplicates. A malformed entry is an error at its line. Formats:
//!
//! - plain text, one time a line ([`ShotFormat::Plain`], also Subtitle Edit's shot-change text
//!   files): seconds (`12.345`), `HH:MM:SS.mmm` / `HH:MM:SS,mmm`, SMPTE `HH:MM:SS:FF` (`;` before
//!   the frames for drop-frame), or a bare frame number; `#` starts a comment, and a
//!   `# fps: 25` comment gives the rate the list was made at;
//! - JSON ([`ShotFormat::Json`]): an array of seconds, of time strings, or of objects with a
//!   `time`/`start`/`seconds`/`pts_time` (seconds or a time string) or `frame` field, alone or
//!   under a `shot_changes`, `shotChanges`, `shots`, `cuts` or `scenes` key;
//! - FFmpeg scene-detection logs: `showinfo` lines with `pts_time:`
//!   ([`ShotFormat::FfmpegShowinfo`]) and `scdet` lines with `lavfi.scd.time`
//!   ([`ShotFormat::FfmpegScdet`]);
//! - CMX3600 EDLs ([`ShotFormat::Edl`]): each event's record-in is a cut, less the programme
//!   start (the given offset, else the first event's hour, such as `01:00:00:00`); `FCM: DROP
//!   FRAME` or a `;` makes the timecodes drop-frame.
//!
//! A cut at 00:00:00 is the start of the first shot, not a change, and is left out.
pub mod ffmpeg;

use crate::error::IoAction;
use crate::msg;
use crate::time::{FrameRate, Timecode, Timestamp, parse_time};
use crate::ui::{Message, error};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What reading a list needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOptions {
    /// The frame rate for timecodes and frame numbers.
    pub fps: FrameRate,
    /// Whether `fps` was given by the user (else a list's own `# fps:` comment wins, and bare
    /// frame numbers are refused without one).
    pub fps_given: bool,
    /// The programme start subtracted from timecodes (EDLs default to their first event's hour).
    pub tc_offset: Option<Timecode>,
}

/// The format a list was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShotFormat {
    /// One time a line (also Subtitle Edit's text files).
    Plain,
    /// JSON (Subtitle Edit's and other tools' forms).
    Json,
    /// FFmpeg `select='gt(scene,…)',showinfo` log.
    FfmpegShowinfo,
    /// FFmpeg `scdet` log.
    FfmpegScdet,
    /// CMX3600 edit decision list.
    Edl,
}

impl ShotFormat {
    /// `plain text`, `JSON`, `FFmpeg showinfo log`, `FFmpeg scdet log`, `CMX3600 EDL`.
    pub fn describe(self) -> Message {
        match self {
            ShotFormat::Plain => msg!("shots-format-plain"),
            ShotFormat::Json => msg!("shots-format-json"),
            ShotFormat::FfmpegShowinfo => msg!("shots-format-showinfo"),
            ShotFormat::FfmpegScdet => msg!("shots-format-scdet"),
            ShotFormat::Edl => msg!("shots-format-edl"),
        }
    }
}

/// A list of cuts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShotList {
    /// Cut times, sorted, without duplicates, none at zero.
    pub cuts: Vec<Timestamp>,
    /// The format the list was read as.
    pub format: ShotFormat,
    /// The frame rate the list says it was made at (`# fps:` comment), if it says.
    pub fps: Option<FrameRate>,
}

/// A malformed list: the 1-based line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShotError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong there.
    pub message: Message,
}

fn at(line: usize, message: Message) -> ShotError {
    ShotError { line, message }
}

/// Read a list of shot changes from its text.
pub fn parse(text: &str, options: &ReadOptions) -> Result<ShotList, ShotError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (format, mut times) = if text.contains("lavfi.scd.time") {
        (ShotFormat::FfmpegScdet, ffmpeg_log(text, "lavfi.scd.time")?)
    } else if text.contains("pts_time:") {
        (ShotFormat::FfmpegShowinfo, ffmpeg_log(text, "pts_time:")?)
    } else if text.trim_start().starts_with(['{', '[']) {
        (ShotFormat::Json, json(text, options)?)
    } else if looks_like_edl(text) {
        (ShotFormat::Edl, edl(text, options)?)
    } else {
        let (mut times, fps) = plain(text, options)?;
        times.sort_unstable();
        times.dedup();
        times.retain(|t| t.ms() > 0);
        return Ok(ShotList { cuts: times, format: ShotFormat::Plain, fps });
    };
    times.sort_unstable();
    times.dedup();
    times.retain(|t| t.ms() > 0);
    Ok(ShotList { cuts: times, format, fps: None })
}

/// Read a list from a file; errors name the file and line.
pub fn read_file(path: &Path, options: &ReadOptions) -> crate::error::Result<ShotList> {
    let bytes = std::fs::read(path).map_err(|e| crate::error::Error::io(path, IoAction::Read, &e))?;
    let text = String::from_utf8(bytes).map_err(|_| error(msg!("error-shots-not-utf8")).in_file(path))?;
    parse(&text, options).map_err(|e| error(e.message).in_file(path).on_line(e.line))
}

/// The list a subtitle file has next to it without being told: `film.shots` for
/// `film.es.srt` (the name up to its first dot), else `film.es.shots`.
pub fn sibling(subtitle: &Path) -> Option<PathBuf> {
    let name = subtitle.file_name()?.to_str()?;
    let dir = subtitle.parent().unwrap_or(Path::new(""));
    let base = name.split('.').next().filter(|b| !b.is_empty())?;
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    [format!("{base}.shots"), format!("{stem}.shots")].into_iter().map(|n| dir.join(n)).find(|p| p.is_file())
}

/// The plain list `dejamos shots` writes: a comment with the rate and the source, then one
/// `HH:MM:SS.mmm` a line.
pub fn write_plain(cuts: &[Timestamp], fps: Option<FrameRate>, source: &str) -> String {
    let mut out = String::new();
    // not user-facing: the list's own header, the same in every interface language
    let _ = writeln!(out, "# shot changes in {source}");
    if let Some(fps) = fps {
        let _ = writeln!(out, "# fps: {fps}");
    }
    for cut in cuts {
        out.push_str(&cut.vtt());
        out.push('\n');
    }
    out
}

/// One time of a plain list or JSON string: timecode, clock time, seconds or a frame number.
fn one_time(text: &str, fps: FrameRate, frames_ok: bool, offset: Option<Timecode>) -> Result<Timestamp, Message> {
    let text = text.trim();
    if Timecode::looks_like(text) {
        return Timecode::parse(text)?.to_timestamp(fps, offset);
    }
    if text.contains(':') {
        return parse_time(text);
    }
    if text.contains(['.', ',']) {
        return parse_time(&format!("{}s", text.replace(',', ".")));
    }
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        if !frames_ok {
            return Err(msg!("error-shots-frame-without-rate", value = text));
        }
        let frame: i64 = text.parse().map_err(|_| msg!("error-shots-too-many-frames", value = text))?;
        return Timestamp::from_signed_ms(i128::from(fps.frames_to_ms(frame)))
            .ok_or_else(|| msg!("error-shots-frame-out-of-range", value = text));
    }
    Err(msg!("error-shots-not-a-time", value = text))
}

fn plain(text: &str, options: &ReadOptions) -> Result<(Vec<Timestamp>, Option<FrameRate>), ShotError> {
    let mut listed_fps = None;
    let mut times = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let (body, comment) = line.split_once('#').unwrap_or((line, ""));
        let comment = comment.trim();
        if let Some(rate) = comment.strip_prefix("fps:").or_else(|| comment.strip_prefix("fps =")) {
            listed_fps =
                Some(FrameRate::parse(rate).ok_or_else(|| at(i + 1, msg!("error-shots-fps", value = rate.trim())))?);
        }
        let body = body.trim();
        if body.is_empty() {
            continue;
        }
        let fps = if options.fps_given { options.fps } else { listed_fps.unwrap_or(options.fps) };
        let frames_ok = options.fps_given || listed_fps.is_some();
        times.push(one_time(body, fps, frames_ok, options.tc_offset).map_err(|e| at(i + 1, e))?);
    }
    Ok((times, listed_fps))
}

/// `pts_time:12.5` or `lavfi.scd.time: 12.5` / `lavfi.scd.time=12.5` on each line that has the key.
fn ffmpeg_log(text: &str, key: &str) -> Result<Vec<Timestamp>, ShotError> {
    let mut times = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Some((_, rest)) = line.split_once(key) else { continue };
        let rest = rest.trim_start_matches([':', '=', ' ']);
        let value = rest.split(|c: char| c.is_whitespace() || c == ',').next().unwrap_or("");
        let seconds: f64 = value
            .parse()
            .ok()
            .filter(|s: &f64| s.is_finite() && *s >= 0.0)
            .ok_or_else(|| at(i + 1, msg!("error-shots-ffmpeg-value", key = key, value = value)))?;
        let ms = (seconds * 1000.0).round();
        times.push(
            Timestamp::from_ms(ms as u64)
                .filter(|_| ms <= 1e15)
                .ok_or_else(|| at(i + 1, msg!("error-shots-time-out-of-range")))?,
        );
    }
    Ok(times)
}

fn json(text: &str, options: &ReadOptions) -> Result<Vec<Timestamp>, ShotError> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| at(e.line().max(1), msg!("error-shots-json", reason = e.to_string())))?;
    let list = match &value {
        serde_json::Value::Array(items) => items,
        serde_json::Value::Object(map) => ["shot_changes", "shotChanges", "ShotChanges", "shots", "cuts", "scenes"]
            .iter()
            .find_map(|key| map.get(*key).and_then(serde_json::Value::as_array))
            .ok_or_else(|| at(1, msg!("error-shots-json-object")))?,
        _ => return Err(at(1, msg!("error-shots-json-array"))),
    };
    // The JSON reader keeps no positions: entries are named by number, at the array's line.
    let array_line = text.find('[').map_or(1, |at| text[..at].matches('\n').count() + 1);
    let mut times = Vec::new();
    for (n, item) in list.iter().enumerate() {
        let bad = |why: Message| at(array_line, msg!("error-shots-entry", entry = n + 1, reason = why));
        let seconds_or_text = |v: &serde_json::Value| -> Result<Timestamp, Message> {
            match v {
                serde_json::Value::Number(number) => {
                    let seconds = number.as_f64().filter(|s| s.is_finite() && *s >= 0.0 && *s < 1e9);
                    seconds
                        .and_then(|s| Timestamp::from_ms((s * 1000.0).round() as u64))
                        .ok_or_else(|| msg!("error-shots-not-seconds", value = number.to_string()))
                }
                serde_json::Value::String(s) => one_time(s, options.fps, options.fps_given, options.tc_offset),
                other => Err(msg!("error-shots-json-not-a-time", value = other.to_string())),
            }
        };
        let time = match item {
            serde_json::Value::Object(fields) => {
                if let Some(v) =
                    ["time", "start", "seconds", "pts_time", "timestamp"].iter().find_map(|k| fields.get(*k))
                {
                    seconds_or_text(v).map_err(bad)?
                } else if let Some(frame) = fields.get("frame") {
                    let frame = frame
                        .as_i64()
                        .filter(|f| *f >= 0)
                        .ok_or_else(|| bad(msg!("error-shots-bad-frame", value = frame.to_string())))?;
                    Timestamp::from_signed_ms(i128::from(options.fps.frames_to_ms(frame)))
                        .ok_or_else(|| bad(msg!("error-shots-out-of-range")))?
                } else {
                    return Err(bad(msg!("error-shots-entry-needs-time")));
                }
            }
            other => seconds_or_text(other).map_err(bad)?,
        };
        times.push(time);
    }
    Ok(times)
}

/// An EDL event line: a number, then fields ending in four timecodes.
fn edl_event(line: &str) -> Option<Vec<&str>> {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let first = fields.first()?;
    (first.bytes().all(|b| b.is_ascii_digit()) && fields.len() >= 6).then_some(fields)
}

fn looks_like_edl(text: &str) -> bool {
    text.lines().any(|l| {
        let l = l.trim_start();
        l.starts_with("TITLE:")
            || l.starts_with("FCM:")
            || edl_event(l).is_some_and(|f| f.iter().rev().take(4).all(|t| Timecode::looks_like(t)))
    })
}

fn edl(text: &str, options: &ReadOptions) -> Result<Vec<Timestamp>, ShotError> {
    let mut drop = false;
    let mut offset = options.tc_offset;
    let mut times = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if let Some(mode) = trimmed.strip_prefix("FCM:") {
            drop = mode.trim().eq_ignore_ascii_case("DROP FRAME");
            continue;
        }
        let Some(fields) = edl_event(trimmed) else { continue };
        let codes = &fields[fields.len() - 4..];
        let parse = |text: &str| {
            let timecode = Timecode::parse(text).map_err(|e| at(i + 1, e))?;
            let timecode = if drop { timecode.with_drop(true) } else { timecode };
            timecode.frame_number(options.fps).map_err(|e| at(i + 1, e))?;
            Ok::<Timecode, ShotError>(timecode)
        };
        for code in codes {
            parse(code)?;
        }
        let record_in = parse(codes[2])?;
        let start = *offset.get_or_insert(Timecode::new(record_in.hours(), 0, 0, 0, record_in.is_drop()));
        times.push(record_in.to_timestamp(options.fps, Some(start)).map_err(|e| at(i + 1, e))?);
    }
    if times.is_empty() {
        return Err(at(1, msg!("error-shots-edl-empty")));
    }
    Ok(times)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(fps: &str) -> ReadOptions {
        ReadOptions { fps: FrameRate::parse(fps).expect("rate"), fps_given: true, tc_offset: None }
    }

    fn ms(list: &ShotList) -> Vec<u64> {
        list.cuts.iter().map(|t| t.ms()).collect()
    }

    #[test]
    fn plain_lists_in_every_spelling() {
        let text = "# fps: 25\n12.5\n00:00:13,000\n00:00:14.000\n00:00:15:05\n400\n\n12.5 # again\n";
        let list = parse(text, &ReadOptions { fps_given: false, ..options("24") }).expect("plain");
        assert_eq!(list.format, ShotFormat::Plain);
        assert_eq!(list.fps, FrameRate::parse("25"));
        assert_eq!(ms(&list), [12_500, 13_000, 14_000, 15_200, 16_000]);
        let err = parse("1.0\n2.0\nthree\n", &options("25")).expect_err("bad");
        assert_eq!(err.line, 3);
        let err = parse("100\n", &ReadOptions { fps_given: false, ..options("25") }).expect_err("frames");
        assert_eq!(err.message.id, "error-shots-frame-without-rate", "{err:?}");
    }

    #[test]
    fn json_forms() {
        let o = options("25");
        assert_eq!(ms(&parse("[1.5, 2.25]", &o).expect("numbers")), [1500, 2250]);
        assert_eq!(ms(&parse("{\"shot_changes\": [{\"time\": 1.5}, {\"frame\": 50}]}", &o).expect("o")), [1500, 2000]);
        assert_eq!(ms(&parse("[\"00:00:01.500\"]", &o).expect("strings")), [1500]);
        assert_eq!(parse("[1.5, true]", &o).expect_err("bad").message.arg("entry"), Some(&2usize.into()));
    }

    #[test]
    fn ffmpeg_logs() {
        let o = options("25");
        let showinfo = "[Parsed_showinfo_1 @ 0x5] n:   0 pts:  12800 pts_time:1       duration:512\n\
                        [Parsed_showinfo_1 @ 0x5] n:   1 pts:  25600 pts_time:2.04    duration:512\nframe=  3\n";
        let list = parse(showinfo, &o).expect("showinfo");
        assert_eq!((list.format, ms(&list)), (ShotFormat::FfmpegShowinfo, vec![1000, 2040]));
        let scdet = "[scdet @ 0x1] lavfi.scd.score: 59.252, lavfi.scd.time: 2.04\nframe:51 pts:51 pts_time:2.04\nlavfi.scd.time=4\n";
        let list = parse(scdet, &o).expect("scdet");
        assert_eq!((list.format, ms(&list)), (ShotFormat::FfmpegScdet, vec![2040, 4000]));
        assert_eq!(parse("x pts_time:abc\n", &o).expect_err("bad").line, 1);
    }

    #[test]
    fn edl_record_ins_less_the_programme_start() {
        let edl = "TITLE: DEJAMOS\nFCM: NON-DROP FRAME\n\n001  AX  V  C  00:00:00:00 00:00:02:00 01:00:00:00 01:00:02:00\n\
                   * FROM CLIP NAME: casa.mov\n002  AX  V  C  00:00:10:00 00:00:12:12 01:00:02:00 01:00:04:12\n";
        let list = parse(edl, &options("25")).expect("edl");
        assert_eq!((list.format, ms(&list)), (ShotFormat::Edl, vec![2000]));
        let drop = "FCM: DROP FRAME\n001  AX  V  C  00:00:00:00 00:01:00:02 01:00:00:00 01:01:00:02\n\
                    002  AX  V  C  00:00:00:00 00:00:01:00 01:01:00:02 01:01:01:02\n";
        // 00:01:00;02 is frame 1800 at 29.97: 60.06 s.
        assert_eq!(ms(&parse(drop, &options("29.97")).expect("df")), [60_060]);
        let bad = "TITLE: X\n001  AX  V  C  00:00:00:00 00:00:02:00 01:00:00:00 01:00:02:99\n";
        assert_eq!(parse(bad, &options("25")).expect_err("bad frames").line, 2);
    }

    #[test]
    fn siblings_are_found_by_the_name_before_the_first_dot() {
        let dir = tempfile::tempdir().expect("dir");
        let srt = dir.path().join("film.es.srt");
        assert_eq!(sibling(&srt), None);
        std::fs::write(dir.path().join("film.shots"), "1.0\n").expect("write");
        assert_eq!(sibling(&srt), Some(dir.path().join("film.shots")));
    }
}
