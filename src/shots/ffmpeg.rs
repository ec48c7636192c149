//! Detecting shot changes with FFmpeg: the command line to run and how to read what it prints.
//! Running it, and showing its progress, is the caller's (the binary's) concern.
use crate::time::{FrameRate, Timestamp};
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The scene-change score above which FFmpeg's `select` filter keeps a frame, by default.
pub const DEFAULT_THRESHOLD: f64 = 0.4;

/// The program, found on `path_var` (the `PATH` variable's value): `ffmpeg` (or `ffmpeg.exe`).
pub fn find_ffmpeg(path_var: Option<&std::ffi::OsStr>) -> Option<PathBuf> {
    let dirs = std::env::split_paths(path_var?).collect::<Vec<_>>();
    dirs.into_iter().flat_map(|dir| [dir.join("ffmpeg"), dir.join("ffmpeg.exe")]).find(|candidate| candidate.is_file())
}

/// The arguments that make FFmpeg decode `video`, print a `showinfo` line (with `pts_time:`) for
/// each frame whose scene score is above `threshold` on stderr, and its progress as `key=value`
/// lines on stdout. The video is split: one branch is filtered for cuts and dropped, the other
/// goes whole to the null output, so the progress times follow the whole input.
pub fn arguments(video: &Path, threshold: f64) -> Vec<OsString> {
    let graph =
        format!("[0:v:0]split[scan][all];[scan]select='gt(scene,{threshold})',showinfo,nullsink;[all]null[out]");
    let mut args: Vec<OsString> = ["-hide_banner", "-nostdin", "-nostats", "-i"].iter().map(OsString::from).collect();
    args.push(video.as_os_str().to_owned());
    for arg in ["-filter_complex", &graph, "-map", "[out]", "-f", "null", "-progress", "pipe:1", "-"] {
        args.push(OsString::from(arg));
    }
    args
}

/// What FFmpeg's stderr says about the input: its video frame rate (`25 fps`, `23.98 fps`) and
/// duration (`Duration: 00:01:02.50`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StreamInfo {
    /// The video stream's frame rate.
    pub fps: Option<FrameRate>,
    /// The input's duration.
    pub duration: Option<Timestamp>,
}

impl StreamInfo {
    /// Learn what one stderr line says.
    pub fn read_line(&mut self, line: &str) {
        if let Some((_, rest)) = line.split_once("Duration: ") {
            let value = rest.split(',').next().unwrap_or("").trim();
            if let Ok(time) = crate::time::parse_time(value) {
                self.duration = Some(time);
            }
        }
        if self.fps.is_none() && line.contains("Video:") {
            let fields: Vec<&str> = line.split(',').map(str::trim).collect();
            self.fps = fields.iter().find_map(|f| f.strip_suffix(" fps")).and_then(FrameRate::parse);
        }
    }
}

/// The time a `-progress` line reports (`out_time_us=…` or `out_time_ms=…`, both microseconds),
/// if it is one.
pub fn progress_time(line: &str) -> Option<Timestamp> {
    let value = line.strip_prefix("out_time_us=").or_else(|| line.strip_prefix("out_time_ms="))?;
    let micros: u64 = value.trim().parse().ok()?;
    Timestamp::from_ms(micros / 1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stream_info_and_progress() {
        let mut info = StreamInfo::default();
        info.read_line("  Duration: 00:00:06.00, start: 0.000000, bitrate: 1 kb/s");
        info.read_line("  Stream #0:0: Video: ffv1, yuv420p, 64x64, 25 fps, 25 tbr, 1k tbn");
        assert_eq!(info.duration.map(Timestamp::ms), Some(6000));
        assert_eq!(info.fps, FrameRate::parse("25"));
        let mut ntsc = StreamInfo::default();
        ntsc.read_line("Stream #0:0(und): Video: h264 (High), yuv420p, 1920x1080, 23.98 fps, 23.98 tbr");
        assert_eq!(ntsc.fps, Some(FrameRate::FILM));
        assert_eq!(progress_time("out_time_us=2040000").map(Timestamp::ms), Some(2040));
        assert_eq!(progress_time("frame=12"), None);
        assert!(find_ffmpeg(None).is_none());
    }
}
