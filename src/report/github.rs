//! `github`: GitHub Actions workflow commands, which the runner turns into annotations on the
//! pull request (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).
use super::escape::{github_data, github_property};
use super::{Emitter, FileReport, Tally};
use crate::diagnostic::{Diagnostic, Severity};
use std::fmt::Write as _;
use std::io;

/// The GitHub workflow-command emitter.
#[derive(Debug, Clone, Copy)]
pub(super) struct Github;

impl Emitter for Github {
    fn findings<W: io::Write + ?Sized>(
        &self,
        head: &FileReport,
        _source: &str,
        found: &[Diagnostic],
        out: &mut W,
    ) -> io::Result<()> {
        for d in found {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut message = d.message.clone();
            if let (Some(other), Some(line)) = (&head.other_path, d.other_line) {
                let _ = write!(message, " (see {other}:{line})");
            }
            writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                github_property(&head.path),
                d.line,
                d.column,
                d.end_line,
                d.end_column,
                github_property(&format!("dejamos {}", d.rule)),
                github_data(&message),
            )?;
        }
        Ok(())
    }

    /// No footer but a notice naming the configuration files that applied, if any.
    fn end<W: io::Write + ?Sized>(&self, tally: &Tally, _held: &[FileReport], out: &mut W) -> io::Result<()> {
        if !tally.configs().is_empty() {
            writeln!(out, "::notice title=dejamos configuration::{}", github_data(&tally.configs().join(", ")))?;
        }
        Ok(())
    }
}
