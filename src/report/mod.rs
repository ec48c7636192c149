//! Reporting: the one layer that turns diagnostics into human, concise, JSON, SARIF, JUnit and
//! GitHub output. Commands build a [`Report`] and hand it to [`render`].
mod concise;
mod escape;
mod github;
mod human;
mod json;
mod junit;
mod sarif;
mod stream;

use crate::check::declare::RuleInfo;
use crate::diagnostic::{Diagnostic, Severity};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::Arc;

/// The report formats (the CLI's `--format` values).
pub use crate::cli::ReportFormat as Format;
/// XML escaping for text and attribute values, shared with the TTML writer.
pub use escape::xml as escape_xml;
pub use escape::{github_data, github_property};
pub use stream::{Findings, Part, ReportWriter, Style, Tally};

/// Everything known about one checked file.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The path as given on the command line (`-` for stdin).
    pub path: String,
    /// For two-file reports (`pair`): the other file's path.
    pub other_path: Option<String>,
    /// Language tag used for the checks (`es`, `en` …), if any.
    pub language: Option<String>,
    /// Why that language: `--lang`, `file name`, `config`, `detected from the text`.
    pub language_reason: Option<String>,
    /// WHATWG name of the file's encoding.
    pub encoding: String,
    /// Number of cues.
    pub cues: usize,
    /// Findings, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
    /// The decoded source, for snippets in human output.
    pub source: Arc<str>,
}

impl FileReport {
    /// The same entry without its findings: what a report writes before them.
    pub fn without_findings(&self) -> FileReport {
        FileReport {
            path: self.path.clone(),
            other_path: self.other_path.clone(),
            language: self.language.clone(),
            language_reason: self.language_reason.clone(),
            encoding: self.encoding.clone(),
            cues: self.cues,
            diagnostics: Vec::new(),
            source: Arc::clone(&self.source),
        }
    }
}

/// A whole run: files in a stable order and the catalogue entries of the rules that ran.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The files, in the order they were given or found.
    pub files: Vec<FileReport>,
    /// Catalogue entries of the rules that ran (after `--select`/`--ignore`), in catalogue order:
    /// SARIF lists them, JUnit writes one test case per file and rule, help lines quote them.
    pub rules: Vec<RuleInfo>,
    /// The tool command that produced it (`check`, `pair`), for titles.
    pub command: &'static str,
}

/// Options for rendering.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Use ANSI colour (human format only).
    pub color: bool,
    /// Leave out the summary footer (human and concise formats).
    pub quiet: bool,
}

/// Counts over a report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Files checked.
    pub files: usize,
    /// Cues in all files.
    pub cues: usize,
    /// Findings at error severity.
    pub errors: usize,
    /// Findings at warning severity.
    pub warnings: usize,
    /// Findings at info severity.
    pub infos: usize,
    /// Findings that `--fix` can fix.
    pub fixable: usize,
    /// Findings per rule name.
    pub by_rule: BTreeMap<String, usize>,
}

impl Report {
    /// Count files, cues and findings.
    pub fn summary(&self) -> Summary {
        self.tally().summary().clone()
    }

    /// The counts the footers need, over every file.
    pub fn tally(&self) -> Tally {
        let mut tally = Tally::default();
        for file in &self.files {
            tally.add(Tally::of(file));
        }
        tally
    }

    /// The highest severity of any finding.
    pub fn worst(&self) -> Option<Severity> {
        self.files.iter().flat_map(|f| f.diagnostics.iter().map(|d| d.severity)).max()
    }

    /// Whether the run fails (exit 1): any error-severity finding, or with `strict` any warning.
    pub fn fails(&self, strict: bool) -> bool {
        let threshold = if strict { Severity::Warning } else { Severity::Error };
        self.worst().is_some_and(|worst| worst >= threshold)
    }

    /// The catalogue entry of `rule`, if the report carries one.
    pub fn rule_info(&self, rule: &str) -> Option<&RuleInfo> {
        self.rules.iter().find(|info| info.name == rule)
    }

    /// Every rule name the report knows: the catalogue entries in order, then any rule that
    /// appears in a finding without an entry (parser rules, for instance), in order of first use.
    pub fn rule_names(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = self.rules.iter().map(|info| info.name).collect();
        for file in &self.files {
            for d in &file.diagnostics {
                if !names.contains(&d.rule) {
                    names.push(d.rule);
                }
            }
        }
        names
    }
}

/// Render a report in `format`.
///
/// Every format lists the files in report order and each file's findings in the order given
/// (the producers sort them by position). Human and concise output end with a summary unless
/// `options.quiet`; the machine formats are complete documents and never have a footer.
pub fn render(report: &Report, format: Format, options: &RenderOptions) -> String {
    let mut out = Vec::new();
    // Writing into memory cannot fail, and every format writes UTF-8.
    let _ = write(report, format, options, &mut out);
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Write a report in `format` into `out`: the same bytes as [`render`], without building them
/// all in memory first (SARIF and JUnit excepted, which need every file before they start).
pub fn write(report: &Report, format: Format, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let style = Style::new(format, *options, &report.rules, report.command);
    if !style.streams() {
        // These render from the whole report anyway; no need to copy its files.
        return match format {
            Format::Sarif => sarif::write(report, out).and_then(|()| out.flush()),
            _ => out.write_all(junit::render(report).as_bytes()).and_then(|()| out.flush()),
        };
    }
    let mut writer = ReportWriter::new(style, out)?;
    for file in &report.files {
        writer.push_file(file)?;
    }
    writer.finish().map(|_| ())
}

/// "1 error", "2 warnings": a count with its noun, singular or plural.
fn plural(count: usize, singular: &str, plural: &str) -> String {
    if count == 1 { format!("{count} {singular}") } else { format!("{count} {plural}") }
}

/// One line that sums up a run, shared by the human and concise footers.
fn summary_line(summary: &Summary) -> String {
    let files = plural(summary.files, "file", "files");
    let cues = plural(summary.cues, "cue", "cues");
    let found = summary.errors + summary.warnings + summary.infos;
    if summary.files == 0 {
        // Every input was refused (their errors are on stderr): nothing was checked, which is not
        // the same as nothing found.
        return "No file could be checked.".to_string();
    }
    if found == 0 {
        return format!("No problems found in {files} ({cues}).");
    }
    let mut parts = vec![plural(summary.errors, "error", "errors"), plural(summary.warnings, "warning", "warnings")];
    if summary.infos > 0 {
        parts.push(format!("{} info", summary.infos));
    }
    format!("Found {} in {files} ({cues}).", parts.join(", "))
}

#[cfg(test)]
mod tests;
