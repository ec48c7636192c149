//! Reporting: the one layer that turns diagnostics into human, concise, JSON, SARIF, JUnit,
//! GitHub, HTML and CSV output, for `check`, `pair` and `locales check` alike.
//!
//! Each format is an [`Emitter`] in its own file (`human.rs`, `concise.rs`, `json.rs`,
//! `sarif.rs`, `junit.rs`, `github.rs`, `html.rs`, `csv.rs`); `stream.rs` drives them. HTML and
//! CSV also read each file's [`FileDetail`] (`detail.rs`), which producers attach only for them.
//! A command either builds a whole [`Report`] and hands it to [`render`] or [`write()`] (`pair`,
//! `locales check`), or writes file by file, and a large file a stretch of findings at a time,
//! through a [`ReportWriter`] (`check`). To add a format: a variant of [`Format`], a file with its
//! emitter, and an arm in `stream.rs`'s `with_emitter!`.
mod concise;
mod csv;
mod detail;
mod emit;
mod escape;
mod format;
mod github;
mod html;
mod human;
mod json;
mod junit;
mod sarif;
mod stream;

use crate::check::declare::RuleInfo;
use crate::diagnostic::{Diagnostic, Severity};
use crate::msg;
use crate::ui::{Message, UiLang, render as say};
pub use detail::{AlignedRow, CueBrief, FileDetail, PairView, RowKind, RunInfo, cue_briefs, find_cue};
pub use emit::Emitter;
pub use html::MAX_ROW_BYTES;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::Arc;

/// XML escaping for text and attribute values, shared with the TTML writer.
pub use escape::xml as escape_xml;
pub use escape::{Markup, escape_markup_into, github_data, github_property, is_unsafe_for_terminal, terminal};
/// The report formats, under the name the renderers use.
pub use format::ReportFormat as Format;
pub use format::ReportFormat;
pub use stream::{FileTally, Findings, Part, ReportWriter, Style, Tally};

/// Everything known about one checked file.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The path as given on the command line (`-` for stdin).
    pub path: String,
    /// The path's bytes when they are not UTF-8 (then `path` shows U+FFFD in place of the bytes
    /// it could not read): JSON adds them percent-encoded, SARIF's artifact URI encodes them, so
    /// both still name the real file. `None` for every path that is UTF-8.
    pub path_bytes: Option<Arc<[u8]>>,
    /// For two-file reports (`pair`): the other file's path.
    pub other_path: Option<String>,
    /// Language tag used for the checks (`es`, `en` …), if any.
    pub language: Option<String>,
    /// Why that language: `--lang`, `file name`, `config`, `detected from the text`.
    pub language_reason: Option<String>,
    /// WHATWG name of the file's encoding.
    pub encoding: String,
    /// The configuration file that applied (`check`), if any: every format names it.
    pub config: Option<String>,
    /// Number of cues.
    pub cues: usize,
    /// Findings, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
    /// The decoded source, for snippets in human and HTML output.
    pub source: Arc<str>,
    /// Cues, settings and the file's number, for the formats that
    /// [need them](ReportFormat::needs_detail); `None` for the others.
    pub detail: Option<Arc<FileDetail>>,
}

/// The bytes of `path` when they are not UTF-8, for [`FileReport::path_bytes`]. On systems whose
/// paths are not bytes (Windows), `None`.
pub fn non_utf8_path_bytes(path: &std::path::Path) -> Option<Arc<[u8]>> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let bytes = path.as_os_str().as_bytes();
        std::str::from_utf8(bytes).is_err().then(|| Arc::from(bytes))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

impl FileReport {
    /// The same entry without its findings: what a report writes before them.
    pub fn without_findings(&self) -> FileReport {
        FileReport {
            path: self.path.clone(),
            path_bytes: self.path_bytes.clone(),
            other_path: self.other_path.clone(),
            language: self.language.clone(),
            language_reason: self.language_reason.clone(),
            encoding: self.encoding.clone(),
            config: self.config.clone(),
            cues: self.cues,
            diagnostics: Vec::new(),
            source: Arc::clone(&self.source),
            detail: self.detail.clone(),
        }
    }

    /// The same entry as file `number` of its run (see [`FileDetail::number`]), with a detail
    /// holding only that number if it had none.
    pub fn numbered(mut self, number: usize) -> FileReport {
        match &mut self.detail {
            Some(detail) => Arc::make_mut(detail).number = number,
            None => self.detail = Some(Arc::new(FileDetail::numbered(number))),
        }
        self
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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// Use ANSI colour (human format only).
    pub color: bool,
    /// Leave out the summary footer (human and concise formats).
    pub quiet: bool,
    /// The interface language of messages, summaries and labels. Machine fields (rule names,
    /// keys, severities in machine formats) never change with it.
    pub lang: UiLang,
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
        rule_names(&self.rules, &self.files)
    }
}

/// [`Report::rule_names`] of the report made of `rules` and `files`.
fn rule_names(rules: &[RuleInfo], files: &[FileReport]) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = rules.iter().map(|info| info.name).collect();
    for file in files {
        for d in &file.diagnostics {
            if !names.contains(&d.rule) {
                names.push(d.rule);
            }
        }
    }
    names
}

/// Render a report in `format`.
///
/// Every format lists the files in report order and each file's findings in the order given
/// (the producers sort them by position). Human and concise output end with a summary unless
/// `options.quiet`; the machine formats are complete documents and never have a footer.
pub fn render(report: &Report, format: Format, options: &RenderOptions) -> String {
    render_with(report, format, options, &RunInfo::default())
}

/// [`render`] with what applies to the whole run ([`write_with`]).
pub fn render_with(report: &Report, format: Format, options: &RenderOptions, run: &RunInfo) -> String {
    let mut out = Vec::new();
    // Writing into memory cannot fail, and every format writes UTF-8.
    let _ = write_with(report, format, options, run, &mut out);
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Write a report in `format` into `out`: the same bytes as [`render`], without building them
/// all in memory first (SARIF and JUnit excepted, which need every file before they start).
pub fn write(report: &Report, format: Format, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    write_with(report, format, options, &RunInfo::default(), out)
}

/// [`write()`] with what applies to the whole run, which the HTML summary shows. Files without a
/// [`FileDetail`] are numbered in report order for the formats that need one.
pub fn write_with(
    report: &Report,
    format: Format,
    options: &RenderOptions,
    run: &RunInfo,
    out: &mut dyn Write,
) -> io::Result<()> {
    let style = Style::new(format, *options, &report.rules, report.command).with_run(run);
    if !style.streams() {
        // These render from the whole report anyway; no need to copy its files.
        return style.end(&report.tally(), &report.files, out).and_then(|()| out.flush());
    }
    let mut writer = ReportWriter::new(style, out)?;
    for (index, file) in report.files.iter().enumerate() {
        if format.needs_detail() && file.detail.is_none() {
            writer.push_file(&file.clone().numbered(index + 1))?;
        } else {
            writer.push_file(file)?;
        }
    }
    writer.finish().map(|_| ())
}

/// Whether the files of a report made by `command` hold cues: `locales check` reads Fluent
/// files, whose summaries count files only.
fn counts_cues(command: &str) -> bool {
    // not user-facing: a command name.
    command != "locales check"
}

/// One line that sums up a run, shared by the human and concise footers; `cues` says whether
/// the files' cue count belongs in it (see [`counts_cues`]).
fn summary_line(summary: &Summary, cues: bool, lang: UiLang) -> String {
    if summary.files == 0 {
        // Every input was refused (their errors are on stderr): nothing was checked, which is not
        // the same as nothing found.
        return say(lang, &msg!("summary-none-checked"));
    }
    let files = msg!("count-files", count = summary.files);
    let within = if cues {
        msg!("summary-within-cues", files = files, cues = msg!("count-cues", count = summary.cues))
    } else {
        files
    };
    let found = summary.errors + summary.warnings + summary.infos;
    if found == 0 {
        return say(lang, &msg!("summary-clean", within = within));
    }
    let errors = msg!("count-errors", count = summary.errors);
    let warnings = msg!("count-warnings", count = summary.warnings);
    let counts = if summary.infos > 0 {
        msg!("list-three", a = errors, b = warnings, c = msg!("count-infos", count = summary.infos))
    } else {
        msg!("list-two", a = errors, b = warnings)
    };
    say(lang, &msg!("summary-found", counts = counts, within = within))
}

/// `found` with every message and fix description rendered in `lang` (borrowed as they are in
/// English, whose text the producers already wrote).
pub(crate) fn localized(found: &[Diagnostic], lang: UiLang) -> std::borrow::Cow<'_, [Diagnostic]> {
    if lang == UiLang::English || found.iter().all(|d| d.localized.is_none()) {
        return std::borrow::Cow::Borrowed(found);
    }
    let mut owned = found.to_vec();
    for d in &mut owned {
        crate::ui::localize(d, lang);
    }
    std::borrow::Cow::Owned(owned)
}

/// A file's entry with its findings rendered in `lang` ([`localized`]).
pub(crate) fn localized_file(file: &FileReport, lang: UiLang) -> std::borrow::Cow<'_, FileReport> {
    match localized(&file.diagnostics, lang) {
        std::borrow::Cow::Borrowed(_) => std::borrow::Cow::Borrowed(file),
        std::borrow::Cow::Owned(diagnostics) => std::borrow::Cow::Owned(FileReport { diagnostics, ..file.clone() }),
    }
}

/// Why a file was checked in its language, in `lang`: the reasons the library gives in English
/// (see `LangSource::describe`), matched and worded again; anything else as it is.
pub fn language_reason(reason: &str, lang: UiLang) -> String {
    if lang == UiLang::English {
        return reason.to_string();
    }
    let message: Message = match reason {
        "file name" => msg!("language-reason-file-name"),
        "given" => msg!("language-reason-given"),
        "reference" => msg!("language-reason-reference"),
        "unknown (not given, nothing in the file name, not detected)" => msg!("language-reason-unknown"),
        _ => {
            let detected = reason
                // not user-facing: the English reason is matched, and worded again.
                .strip_prefix("detected from the text (")
                .and_then(|rest| rest.strip_suffix("% sure)"))
                .and_then(|n| n.parse::<u32>().ok());
            match detected {
                Some(percent) => msg!("language-reason-detected", percent = percent),
                None => return reason.to_string(),
            }
        }
    };
    say(lang, &message)
}

#[cfg(test)]
mod tests;
