//! `dejamos shots VIDEO`: find the cuts with ffmpeg and write them as a plain list.
//!
//! ffmpeg is found on `PATH` and run once: its `showinfo` lines (stderr) are the cuts, its
//! `-progress` lines (stdout) drive a progress bar on a terminal.
use super::{GlobalArgs, Outcome, ShotsArgs, notice};
use dejamos::error::Error;
use dejamos::shots::ffmpeg::{self, StreamInfo};
use dejamos::time::Timestamp;
use std::io::{BufRead, BufReader, IsTerminal};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Run the command.
pub fn run(args: &ShotsArgs, global: &GlobalArgs) -> Result<Outcome, Error> {
    let Some(program) = ffmpeg::find_ffmpeg(std::env::var_os("PATH").as_deref()) else {
        return Err(Error::usage(
            "ffmpeg was not found on PATH: install it (apt-get install ffmpeg, brew install ffmpeg, winget install ffmpeg) and try again",
        ));
    };
    if !args.video.is_file() {
        return Err(Error::file(&args.video, "not found (or not a file)"));
    }
    let mut child = Command::new(&program)
        .args(ffmpeg::arguments(&args.video, args.threshold))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::io(&program, dejamos::error::IoAction::Run, &e))?;
    let show_bar = !global.quiet && !args.no_progress && std::io::stderr().is_terminal();
    let bar = show_bar.then(|| {
        let bar = indicatif::ProgressBar::with_draw_target(Some(0), indicatif::ProgressDrawTarget::stderr());
        if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} finding cuts {wide_bar} {percent}% {eta}")
        {
            bar.set_style(style);
        }
        bar
    });
    let stderr = child.stderr.take();
    // The input's duration in ms once ffmpeg has said it (0 until then): the bar's length.
    let duration = Arc::new(AtomicU64::new(0));
    let said = Arc::clone(&duration);
    // stderr is read on its own thread (the log and the stream info); stdout here (progress).
    let log = std::thread::spawn(move || {
        let mut info = StreamInfo::default();
        let mut log = String::new();
        if let Some(stderr) = stderr {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                info.read_line(&line);
                if let Some(total) = info.duration {
                    said.store(total.ms(), Ordering::Relaxed);
                }
                if line.contains("pts_time:") || line.contains("Video:") || line.contains("Duration:") {
                    log.push_str(&line);
                    log.push('\n');
                }
            }
        }
        (info, log)
    });
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let (Some(bar), Some(done)) = (&bar, ffmpeg::progress_time(&line)) {
                let total = duration.load(Ordering::Relaxed);
                if total > 0 && bar.length() != Some(total) {
                    bar.set_length(total);
                }
                bar.set_position(done.ms());
            }
        }
    }
    let status = child.wait().map_err(|e| Error::io(&program, dejamos::error::IoAction::Run, &e))?;
    let (info, log) = log.join().unwrap_or_default();
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if !status.success() {
        return Err(Error::file(&args.video, format!("ffmpeg could not read it ({status}): is it a video?")));
    }
    let fps = info.fps;
    let options =
        dejamos::shots::ReadOptions { fps: fps.unwrap_or_default(), fps_given: fps.is_some(), tc_offset: None };
    let cuts: Vec<Timestamp> = if log.contains("pts_time:") {
        dejamos::shots::parse(&log, &options).map(|l| l.cuts).map_err(|e| Error::new(e.message))?
    } else {
        Vec::new()
    };
    let name = args.video.display().to_string();
    let text = dejamos::shots::write_plain(&cuts, fps, &name);
    match &args.output {
        Some(path) if !dejamos::fsutil::is_stdio(path) => dejamos::fsutil::write_output(path, text.as_bytes())?,
        _ => super::print_stdout(&text)?,
    }
    let summary = match fps {
        Some(f) => dejamos::msg!("shots-summary", name = name.as_str(), count = cuts.len(), fps = f.to_string()),
        None => dejamos::msg!("shots-summary-no-rate", name = name.as_str(), count = cuts.len()),
    };
    notice(global, &dejamos::ui::render(super::lang(), &summary));
    Ok(Outcome::Success)
}
