//! `concise`: one line per finding, `path:line:col: severity[rule] message`, the shape editors
//! and `grep` understand (gcc style).
use super::{FileReport, Summary, summary_line};
use crate::diagnostic::Diagnostic;
use std::fmt::Write as _;
use std::io;

/// One file's findings, a line each.
pub(super) fn file<W: io::Write + ?Sized>(file: &FileReport, out: &mut W) -> io::Result<()> {
    findings(file, &file.diagnostics, out)
}

/// Some of a file's findings (`file` gives the path).
pub(super) fn findings<W: io::Write + ?Sized>(file: &FileReport, found: &[Diagnostic], out: &mut W) -> io::Result<()> {
    for d in found {
        // Messages are one line by contract; keep it so even if one is not.
        let message = d.message.replace(['\r', '\n'], " ");
        writeln!(out, "{}:{}:{}: {}[{}] {message}", file.path, d.line, d.column, d.severity, d.rule)?;
    }
    Ok(())
}

/// The summary line, and how many findings `--fix` can fix.
pub(super) fn footer(summary: &Summary) -> String {
    let mut out = summary_line(summary);
    out.push('\n');
    if summary.fixable > 0 {
        let _ = writeln!(out, "[*] {} fixable with --fix.", summary.fixable);
    }
    out
}
