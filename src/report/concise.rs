//! `concise`: one line per finding, `path:line:col: severity[rule] message`, the shape editors
//! and `grep` understand (gcc style).
use super::escape::terminal;
use super::{Emitter, FileReport, Tally, summary_line};
use crate::diagnostic::Diagnostic;
use std::io;

/// The concise emitter.
#[derive(Debug, Clone, Copy)]
pub(super) struct Concise {
    /// Leave out the summary footer.
    pub quiet: bool,
    /// Whether the footer counts cues (see [`super::counts_cues`]).
    pub cues: bool,
    /// The language of the footer.
    pub lang: crate::ui::UiLang,
}

impl Emitter for Concise {
    fn findings<W: io::Write + ?Sized>(
        &self,
        head: &FileReport,
        _source: &str,
        found: &[Diagnostic],
        out: &mut W,
    ) -> io::Result<()> {
        for d in found {
            // Messages are one line by contract; keep it so even if one is not. Names and
            // messages (which quote the file's text) go through the terminal escaper.
            let message = d.message.replace(['\r', '\n'], " ");
            let (path, message) = (terminal(&head.path), terminal(&message));
            writeln!(out, "{path}:{}:{}: {}[{}] {message}", d.line, d.column, d.severity, d.rule)?;
        }
        Ok(())
    }

    /// The summary line, and how many findings `--fix` can fix.
    fn end<W: io::Write + ?Sized>(&self, tally: &Tally, _held: &[FileReport], out: &mut W) -> io::Result<()> {
        if self.quiet {
            return Ok(());
        }
        let summary = tally.summary();
        writeln!(out, "{}", summary_line(summary, self.cues, self.lang))?;
        if !tally.configs().is_empty() {
            let configs = crate::msg!("summary-configuration", configs = tally.configs().join(", "));
            writeln!(out, "{}", crate::ui::render(self.lang, &configs))?;
        }
        if summary.fixable > 0 {
            writeln!(
                out,
                "{}",
                crate::ui::render(self.lang, &crate::msg!("summary-fixable-short", count = summary.fixable))
            )?;
        }
        Ok(())
    }
}
