//! The command-line interface: clap definitions and dispatch to one runner per command.
//!
//! This is the only place that prints. Each command lives in its own file and returns an
//! [`Outcome`]; [`main`] turns errors into one line on stderr and exit code 2.
#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod args;
pub mod check;
pub mod convert;
pub mod fmt;
pub mod locales;
pub mod man;
pub mod merge;
pub mod pair;
pub mod press;
pub mod retime;
pub mod rules;
pub mod shots;
pub mod ui;
pub mod usage_error;

pub use args::*;
use clap::{CommandFactory, FromArgMatches};
use dejamos::error::{Error, Remedy};
use dejamos::msg;
use dejamos::ui::{UiLang, render};
pub(crate) use dejamos::wording::plural;
use std::io::Write;
use std::process::ExitCode;

/// How a command ended, as an exit code: 0 success, 1 findings at error severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Success,
    /// Exit 1: findings at error severity (or `--check` found changes).
    Findings,
    /// Exit 2: an input could not be read or written, and the command has already said why on
    /// stderr (one line per input).
    Failed,
}

/// Whether coloured output should be used on a stream that is (or is not) a terminal.
pub fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// Write `text` to stdout; a closed pipe (`| head`) is not an error.
pub fn print_stdout(text: &str) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io("<stdout>", dejamos::error::IoAction::Write, &e)),
    }
}

/// Write bytes to stdout; a closed pipe is not an error.
pub fn write_stdout_bytes(bytes: &[u8]) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io("<stdout>", dejamos::error::IoAction::Write, &e)),
    }
}

/// Read an input within `--max-size`, saying how to raise the limit when it is over.
pub fn read_input(path: &std::path::Path, global: &GlobalArgs) -> Result<Vec<u8>, Error> {
    dejamos::fsutil::read_limited(path, global.max_size).map_err(|error| match error {
        dejamos::fsutil::ReadError::OverLimit { path, limit } => {
            let text = render(lang(), &msg!("cli-over-max-size", flag = "--max-size", limit = limit));
            Error::file(path, text)
        }
        dejamos::fsutil::ReadError::Other(error) => error,
    })
}

/// Print a notice on stderr unless `--quiet`.
pub fn notice(global: &GlobalArgs, text: &str) {
    if !global.quiet {
        eprintln!("{text}");
    }
}

/// Print a warning on stderr (shown even with `--quiet`).
pub fn warn(text: &str) {
    eprintln!("{}", render(lang(), &msg!("cli-warning", text = text)));
}

/// The interface language of this run, chosen once at the start of [`main`].
static UI_LANG: std::sync::OnceLock<UiLang> = std::sync::OnceLock::new();

/// The interface language of this run (English before it is chosen).
pub fn lang() -> UiLang {
    UI_LANG.get().copied().unwrap_or_default()
}

/// `message` in the interface language of this run.
pub(crate) fn say(message: &dejamos::ui::Message) -> String {
    dejamos::ui::render(lang(), message)
}

/// Warn before an in-place rewrite of a file with other hard links: the rewrite is a new file
/// (atomic), so the other names keep the old text.
pub fn warn_other_links(path: &std::path::Path) {
    let others = dejamos::fsutil::other_links(path);
    if others > 0 {
        warn(&format!(
            "{}: has {} elsewhere; they keep the old text (the rewrite is a new file)",
            path.display(),
            plural(others as usize, "other hard link", "other hard links")
        ));
    }
}

/// Set once the command has finished: a signal after that no longer turns a complete run into
/// an interrupted one.
static FINISHED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Handle Ctrl-C, SIGTERM, SIGHUP and SIGQUIT: remove the temporary files and backups being
/// written and exit with 128 + the signal's number (130 for Ctrl-C), as a shell reports it.
/// Installed first thing, before any thread or file exists: the signals are blocked in the main
/// thread (every later thread inherits that) and one thread waits for them. Child processes
/// start with no signal blocked (the standard library resets the mask).
#[cfg(unix)]
fn install_signal_handler() {
    use nix::sys::signal::{SigSet, Signal};
    let mut set = SigSet::empty();
    for signal in [Signal::SIGINT, Signal::SIGTERM, Signal::SIGHUP, Signal::SIGQUIT] {
        set.add(signal);
    }
    if set.thread_block().is_err() {
        return;
    }
    let spawned = std::thread::Builder::new().name("signals".into()).spawn(move || {
        loop {
            let Ok(signal) = set.wait() else { continue };
            if FINISHED.load(std::sync::atomic::Ordering::SeqCst) {
                continue;
            }
            dejamos::fsutil::remove_files_in_progress();
            std::process::exit(128 + signal as i32);
        }
    });
    if spawned.is_err() {
        // No thread to take them: let the signals act as they would have.
        let _ = set.thread_unblock();
    }
}

#[cfg(not(unix))]
fn install_signal_handler() {
    let _ = ctrlc::set_handler(|| {
        if !FINISHED.load(std::sync::atomic::Ordering::SeqCst) {
            dejamos::fsutil::remove_files_in_progress();
            std::process::exit(130);
        }
    });
}

/// Run the CLI with the process arguments and return the exit code.
pub fn main() -> ExitCode {
    install_signal_handler();
    dejamos::ui::install();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let ui = ui::choose(&args);
    let _ = UI_LANG.set(ui);
    let parsed = ui::localize(Cli::command(), ui)
        .try_get_matches_from(&args)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches));
    let mut cli = match parsed {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help and version to stdout with exit 0, usage errors to stderr with 2.
            usage_error::print(&err, ui);
            return if err.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    cli.global.ui = ui;
    let outcome = run(cli);
    FINISHED.store(true, std::sync::atomic::Ordering::SeqCst);
    match outcome {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Ok(Outcome::Failed) => ExitCode::from(2),
        Err(err) => {
            eprintln!("{}", render(ui, &msg!("cli-error", text = error_line(&err))));
            ExitCode::from(2)
        }
    }
}

/// Print `err` on stderr as the one line of a failed run (`dejamos: error: …`).
pub(crate) fn print_error(err: &Error) {
    eprintln!("{}", render(lang(), &msg!("cli-error", text = error_line(err))));
}

/// An error in one line, with its remedy worded as the flag that gives it.
pub(crate) fn error_line(err: &Error) -> String {
    let line = dejamos::ui::error_line(lang(), err);
    let remedy = match &err.remedy {
        None => return line,
        Some(Remedy::ReadAs(label)) => msg!("remedy-read-as", flag = format!("--encoding {label}")),
        Some(Remedy::ReadAsOneOf(labels)) => {
            let flags: Vec<String> = labels.iter().map(|label| format!("--encoding {label}")).collect();
            let or = render(lang(), &msg!("word-or"));
            msg!("remedy-read-as-one-of", flags = flags.join(&format!(" {or} ")))
        }
        Some(Remedy::WriteUtf8) => msg!("remedy-write-utf8", flag = "--encoding utf-8"),
        Some(Remedy::GiveFrameRate) => msg!("remedy-give-fps", flag = "--fps RATE"),
    };
    format!("{line}; {}", render(lang(), &remedy))
}

/// Dispatch a parsed command line.
pub fn run(cli: Cli) -> Result<Outcome, Error> {
    let global = &cli.global;
    match &cli.command {
        Command::Check(args) => check::run(args, global),
        Command::Rules(args) => rules::run(args, global),
        Command::Fmt(args) => fmt::run(args, global),
        Command::Retime(args) => retime::run(args, global),
        Command::Pair(args) => pair::run(args, global),
        Command::Merge(args) => merge::run(args, global),
        Command::Convert(args) => convert::run(args, global),
        Command::Press(args) => press::run(args, global),
        Command::Locales(args) => match &args.command {
            LocalesCommand::Check(check_args) => locales::run_check(check_args, global),
        },
        Command::Shots(args) => shots::run(args, global),
        Command::Completions(args) => {
            let mut command = Cli::command();
            let mut buffer = Vec::new();
            clap_complete::generate(args.shell, &mut command, "dejamos", &mut buffer);
            write_stdout_bytes(&buffer)?;
            Ok(Outcome::Success)
        }
        Command::Man(args) => man::run_man(args, global),
        Command::Help(args) => man::run_help(args, global),
    }
}

/// What the HTML report's summary says about the run: when it was made (`SOURCE_DATE_EPOCH`
/// when set, for reproducible reports; else now), the command line, and `settings`.
pub fn run_info(settings: Vec<(dejamos::ui::Message, dejamos::ui::Message)>) -> dejamos::report::RunInfo {
    let generated = match std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|v| v.trim().parse::<i64>().ok()) {
        Some(seconds) => Some(seconds),
        None => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()
            .and_then(|d| i64::try_from(d.as_secs()).ok()),
    };
    let mut line = String::from("dejamos");
    for arg in std::env::args_os().skip(1) {
        line.push(' ');
        line.push_str(&shell_word(&arg.to_string_lossy()));
    }
    dejamos::report::RunInfo { generated, command_line: Some(line), settings }
}

/// `word` as a POSIX shell would need it typed: as it is when it is plain, else in single quotes.
fn shell_word(word: &str) -> String {
    let plain = |c: char| c.is_alphanumeric() || "-_./:=,+@%".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_words_are_quoted_only_when_needed() {
        assert_eq!(shell_word("samples/the-house.es.srt"), "samples/the-house.es.srt");
        assert_eq!(shell_word("Lo que dejamos.srt"), "'Lo que dejamos.srt'");
        assert_eq!(shell_word("it's"), "'it'\\''s'");
        assert_eq!(shell_word(""), "''");
    }

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
