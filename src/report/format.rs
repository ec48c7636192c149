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
}
