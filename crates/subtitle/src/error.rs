//! The error type for everything that stops a command: usage, I/O and unreadable input.
//!
//! Findings in a file are not errors; they are [`crate::diagnostic::Diagnostic`]s. An [`Error`]
//! always maps to exit code 2 and renders as one line that names the file and, where known, the
//! line.
use std::fmt;
use std::path::{Path, PathBuf};

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
    pub fn usage(message: impl Into<String>) -> Self {
        Error { path: None, line: None, message: message.into(), remedy: None }
    }

    /// An error about a file.
    pub fn file(path: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Error { path: Some(path.as_ref().to_path_buf()), line: None, message: message.into(), remedy: None }
    }

    /// An error about a line of a file.
    pub fn at_line(path: impl AsRef<Path>, line: usize, message: impl Into<String>) -> Self {
        Error { path: Some(path.as_ref().to_path_buf()), line: Some(line), message: message.into(), remedy: None }
    }

    /// An I/O error while doing `action` ("read", "write", …) on `path`.
    pub fn io(path: impl AsRef<Path>, action: &str, err: &std::io::Error) -> Self {
        let reason = match err.kind() {
            std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => {
                // Rust's io::Error Display adds " (os error N)"; keep the human part only.
                let text = err.to_string();
                match text.find(" (os error") {
                    Some(cut) => text[..cut].to_string(),
                    None => text,
                }
            }
        };
        Error::file(path, format!("cannot {action}: {reason}"))
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

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.path, self.line) {
            (Some(path), Some(line)) => write!(f, "{}:{line}: {}", crate::read::shown(path), self.message),
            (Some(path), None) => write!(f, "{}: {}", crate::read::shown(path), self.message),
            (None, _) => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}
