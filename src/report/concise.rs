//! `concise`: one line per finding, `path:line:col: severity[rule] message`, the shape editors
//! and `grep` understand (gcc style).
use super::{RenderOptions, Report, summary_line};
use std::fmt::Write;

/// Render the concise format.
pub fn render(report: &Report, options: &RenderOptions) -> String {
    let mut out = String::new();
    for file in &report.files {
        for d in &file.diagnostics {
            // Messages are one line by contract; keep it so even if one is not.
            let message = d.message.replace(['\r', '\n'], " ");
            let _ = writeln!(out, "{}:{}:{}: {}[{}] {message}", file.path, d.line, d.column, d.severity, d.rule);
        }
    }
    if !options.quiet {
        let summary = report.summary();
        let _ = writeln!(out, "{}", summary_line(&summary));
        if summary.fixable > 0 {
            let _ = writeln!(out, "[*] {} fixable with --fix.", summary.fixable);
        }
    }
    out
}
