//! The report formats `check` and `pair` can write.

/// Output formats of `check` and `pair`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReportFormat {
    /// rustc-style snippets with the offending text underlined.
    #[default]
    Human,
    /// One line per finding: `path:line:col: severity[rule] message`.
    Concise,
    /// The documented JSON schema (version 1).
    Json,
    /// SARIF 2.1.0 for code-scanning tools.
    Sarif,
    /// JUnit XML: one test case per file and rule.
    Junit,
    /// GitHub Actions workflow commands (`::error file=…`).
    Github,
    /// One self-contained HTML page for people: summary, timeline per file, findings, filters.
    Html,
    /// CSV for spreadsheets: one row per finding (RFC 4180, formula-injection safe).
    Csv,
}

impl ReportFormat {
    /// Whether the format reads a file's [`FileDetail`](super::FileDetail) (cue times and text,
    /// settings, the file's number): producers build one only when this says so, so that the
    /// other formats pay nothing for it.
    pub fn needs_detail(self) -> bool {
        matches!(self, ReportFormat::Html | ReportFormat::Csv)
    }

    /// Whether the format quotes the source text (snippets): producers may leave
    /// [`FileReport::source`](super::FileReport::source) empty for the others.
    pub fn needs_source(self) -> bool {
        matches!(self, ReportFormat::Human | ReportFormat::Html)
    }
}
