//! The error type for everything that stops a command: usage, I/O and unreadable input.
//!
//! Findings in a file are not errors; they are [`crate::diagnostic::Diagnostic`]s. An [`Error`]
//! always maps to exit code 2 and renders as one line that names the file and, where known, the
//! line.
//!
//! Errors built from a [`Message`] carry it in [`Error::localized`], so the library's interface
//! layer can word them in either language; their [`Error::message`] is the English wording, which
//! the core gets from the renderer the library installs ([`set_english`]): the core knows no
//! bundle.
use crate::diagnostic::Message;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A failure that ends a command with exit code 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The file the error is about, if any (`-` for standard input, shown as `<stdin>`).
    pub path: Option<PathBuf>,
    /// The 1-based line in that file, if known.
    pub line: Option<usize>,
    /// What went wrong, in one sentence without a trailing period.
    pub message: String,
    /// What the user can do about it, when it is a setting they can give; the caller words it
    /// with its own name for the setting (a flag, a field).
    pub remedy: Option<Remedy>,
    /// `message` as a message id with arguments, when the producer gave one: the binary words
    /// the error in the interface language from it.
    pub localized: Option<Box<Message>>,
}

/// The action an I/O error interrupted, for [`Error::io`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoAction {
    /// Reading a file or standard input.
    Read,
    /// Writing a file or standard output.
    Write,
    /// Running a program.
    Run,
}

/// The English renderer installed by the library; see [`set_english`].
static ENGLISH: OnceLock<fn(&Message) -> String> = OnceLock::new();

/// Install how messages are worded in English (the library's interface bundles). The first
/// renderer installed stays. Until one is, an error built from a [`Message`] reads as the
/// message's id and arguments.
pub fn set_english(render: fn(&Message) -> String) {
    let _ = ENGLISH.set(render);
}

/// `message` in English, with the installed renderer (else its id and arguments).
pub(crate) fn english(message: &Message) -> String {
    match ENGLISH.get() {
        Some(render) => render(message),
        None => {
            let args: Vec<String> = message.args.iter().map(|(name, arg)| format!("{name}={arg:?}")).collect();
            if args.is_empty() { message.id.to_string() } else { format!("{} ({})", message.id, args.join(", ")) }
        }
    }
}

/// A setting that would let a refused input be read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remedy {
    /// Read the input in this encoding (a WHATWG label such as `utf-16le`).
    ReadAs(String),
    /// Read the input in one of these encodings.
    ReadAsOneOf(Vec<String>),
    /// Write the output as UTF-8.
    WriteUtf8,
    /// Give the frame rate.
    GiveFrameRate,
}

/// Shorthand for results whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An error not tied to a file (bad usage, bad option value).
    ///
    /// `message` is text already worded for the reader (the binary's own); the library builds its
    /// errors from message ids with [`Error::new`].
    pub fn usage(message: impl Into<String>) -> Self {
        Error { path: None, line: None, message: message.into(), remedy: None, localized: None }
    }

    /// An error about a file, in text already worded (see [`Error::usage`]).
    pub fn file(path: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Error::usage(message).in_file(path)
    }

    /// An error about a line of a file, in text already worded (see [`Error::usage`]).
    pub fn at_line(path: impl AsRef<Path>, line: usize, message: impl Into<String>) -> Self {
        Error::usage(message).in_file(path).on_line(line)
    }

    /// An error said by `message` (an id of the interface bundles with its arguments), not yet
    /// tied to a file: [`Error::in_file`] and [`Error::on_line`] place it.
    pub fn new(message: Message) -> Self {
        Error { path: None, line: None, message: english(&message), remedy: None, localized: Some(Box::new(message)) }
    }

    /// An I/O error while doing `action` on `path`: "cannot read: no such file or directory". A
    /// missing file and a refused permission are worded by the bundles; any other reason is the
    /// operating system's text.
    pub fn io(path: impl AsRef<Path>, action: IoAction, err: &std::io::Error) -> Self {
        let reason = match err.kind() {
            std::io::ErrorKind::NotFound => crate::msg!("error-io-not-found"),
            std::io::ErrorKind::PermissionDenied => crate::msg!("error-io-permission-denied"),
            _ => {
                // Rust's io::Error Display adds " (os error N)"; keep the human part only.
                let text = err.to_string();
                let text = match text.find(" (os error") {
                    Some(cut) => text[..cut].to_string(),
                    None => text,
                };
                crate::msg!("error-io-other", text = text)
            }
        };
        let message = match action {
            IoAction::Read => crate::msg!("error-io-read", reason = reason),
            IoAction::Write => crate::msg!("error-io-write", reason = reason),
            IoAction::Run => crate::msg!("error-io-run", reason = reason),
        };
        Error::new(message).in_file(path)
    }

    /// The same error, at 1-based `line` of its file.
    pub fn on_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    /// The same error, with what the user can do about it.
    pub fn with_remedy(mut self, remedy: Remedy) -> Self {
        self.remedy = Some(remedy);
        self
    }

    /// Attach a path to an error that has none yet.
    pub fn in_file(mut self, path: impl AsRef<Path>) -> Self {
        if self.path.is_none() {
            self.path = Some(path.as_ref().to_path_buf());
        }
        self
    }
}

impl Error {
    /// The one line of the error, `FILE:LINE: message`, with `message` worded as given (the
    /// library's interface layer passes it in the interface language).
    pub fn line_with(&self, message: &str) -> String {
        match (&self.path, self.line) {
            (Some(path), Some(line)) => format!("{}:{line}: {message}", crate::read::shown(path)),
            (Some(path), None) => format!("{}: {message}", crate::read::shown(path)),
            (None, _) => message.to_string(),
        }
    }
}

impl fmt::Display for Error {
    /// The line in English: from the message id when the error has one (so an error built before
    /// the English renderer was installed still reads in English once it is), else `message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.localized, ENGLISH.get()) {
            (Some(message), Some(render)) => f.write_str(&self.line_with(&render(message))),
            _ => f.write_str(&self.line_with(&self.message)),
        }
    }
}

impl std::error::Error for Error {}
