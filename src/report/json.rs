//! `json`: the documented, versioned schema (`"version": 1`). It is a public interface: fields
//! are only ever added, never renamed or removed, without bumping the version.
use super::{Report, Summary};
use crate::diagnostic::{Diagnostic, Fix, Severity};
use serde::Serialize;

/// The schema version written in every document.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    files: Vec<File<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    other_path: Option<&'a str>,
    language: Option<&'a str>,
    language_reason: Option<&'a str>,
    encoding: &'a str,
    cues: usize,
    diagnostics: Vec<Finding<'a>>,
}

#[derive(Serialize)]
struct Finding<'a> {
    rule: &'a str,
    severity: Severity,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    cue: Option<usize>,
    message: &'a str,
    fix: Option<&'a Fix>,
    #[serde(skip_serializing_if = "Option::is_none")]
    other_line: Option<usize>,
}

impl<'a> From<&'a Diagnostic> for Finding<'a> {
    fn from(d: &'a Diagnostic) -> Self {
        Finding {
            rule: d.rule,
            severity: d.severity,
            line: d.line,
            column: d.column,
            end_line: d.end_line,
            end_column: d.end_column,
            cue: d.cue,
            message: &d.message,
            fix: d.fix.as_ref(),
            other_line: d.other_line,
        }
    }
}

/// Render the JSON format (pretty-printed, one trailing newline).
pub fn render(report: &Report) -> String {
    let document = Document {
        version: VERSION,
        files: report
            .files
            .iter()
            .map(|file| File {
                path: &file.path,
                other_path: file.other_path.as_deref(),
                language: file.language.as_deref(),
                language_reason: file.language_reason.as_deref(),
                encoding: &file.encoding,
                cues: file.cues,
                diagnostics: file.diagnostics.iter().map(Finding::from).collect(),
            })
            .collect(),
        summary: report.summary(),
    };
    // Serializing plain structs of strings and numbers cannot fail; keep the output valid JSON
    // even if it somehow did.
    let mut out = serde_json::to_string_pretty(&document).unwrap_or_else(|_| "{}".to_string());
    out.push('\n');
    out
}
