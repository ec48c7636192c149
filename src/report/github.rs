//! `github`: GitHub Actions workflow commands, which the runner turns into annotations on the
//! pull request (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).
use super::FileReport;
use super::escape::{github_data, github_property};
use crate::diagnostic::{Diagnostic, Severity};
use std::fmt::Write as _;
use std::io;

/// One file's findings as workflow commands, a line each.
pub(super) fn file<W: io::Write + ?Sized>(file: &FileReport, out: &mut W) -> io::Result<()> {
    findings(file, &file.diagnostics, out)
}

/// Some of a file's findings (`file` gives the paths).
pub(super) fn findings<W: io::Write + ?Sized>(file: &FileReport, found: &[Diagnostic], out: &mut W) -> io::Result<()> {
    {
        for d in found {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut message = d.message.clone();
            if let (Some(other), Some(line)) = (&file.other_path, d.other_line) {
                let _ = write!(message, " (see {other}:{line})");
            }
            writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                github_property(&file.path),
                d.line,
                d.column,
                d.end_line,
                d.end_column,
                github_property(&format!("dejamos {}", d.rule)),
                github_data(&message),
            )?;
        }
    }
    Ok(())
}
