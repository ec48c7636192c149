//! Output formats of `locales check`: human (file:line:col, rule, message and a source snippet),
//! JSON (a versioned document) and GitHub Actions workflow commands.
use super::{Counts, Finding, LocaleSet};
use crate::diagnostic::Severity;
use anstyle::{AnsiColor, Style};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Output formats of `locales check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LocalesFormat {
    /// file:line:col snippets.
    #[default]
    Human,
    /// JSON.
    Json,
    /// GitHub Actions workflow commands.
    Github,
}

/// The output formats, under the name the renderers use.
pub use LocalesFormat as Format;

/// How to render.
#[derive(Debug, Clone, Default)]
pub struct OutputOptions {
    /// ANSI colour (human format only).
    pub color: bool,
    /// Leave out the summary line (human format only).
    pub quiet: bool,
    /// The reference locale, for the summary and the JSON document.
    pub reference: String,
}

/// Render `findings` about `set` in `format`.
pub fn render(set: &LocaleSet, findings: &[Finding], format: Format, options: &OutputOptions) -> String {
    match format {
        Format::Human => human(set, findings, options),
        Format::Json => json(set, findings, options),
        Format::Github => github(findings),
    }
}

fn paint(color: bool, style: Style, text: &str) -> String {
    if color { format!("{style}{text}{style:#}") } else { text.to_string() }
}

fn severity_style(severity: Severity) -> Style {
    let color = match severity {
        Severity::Error => AnsiColor::Red,
        Severity::Warning => AnsiColor::Yellow,
        Severity::Info => AnsiColor::Cyan,
    };
    Style::new().fg_color(Some(color.into())).bold()
}

/// rustc-style: a header, the location, the source line with the span underlined.
fn human(set: &LocaleSet, findings: &[Finding], options: &OutputOptions) -> String {
    let color = options.color;
    let blue = Style::new().fg_color(Some(AnsiColor::Blue.into())).bold();
    let bold = Style::new().bold();
    let mut out = String::new();
    for finding in findings {
        let label = paint(color, severity_style(finding.severity), finding.severity.as_str());
        let rule = paint(color, severity_style(finding.severity), &format!("[{}]", finding.rule));
        let _ = writeln!(out, "{label}{rule}: {}", paint(color, bold, &finding.message));
        let gutter = " ".repeat(finding.line.to_string().len());
        let arrow = paint(color, blue, "-->");
        let _ = writeln!(out, "{gutter}{arrow} {}:{}:{}", finding.path, finding.line, finding.column);
        if let Some(source) = set.source(&finding.path)
            && let Some(line_text) = source_line(source, finding.line)
        {
            let bar = paint(color, blue, "|");
            let number = paint(color, blue, &finding.line.to_string());
            // A BOM is invisible: drop it from the snippet and from the underline's indent.
            let (shown, pad, width) = snippet(line_text, finding);
            let marks = paint(color, severity_style(finding.severity), &"^".repeat(width));
            let _ = writeln!(out, "{gutter} {bar}");
            let _ = writeln!(out, "{number} {bar} {shown}");
            let _ = writeln!(out, "{gutter} {bar} {}{marks}", " ".repeat(pad));
        }
        out.push('\n');
    }
    if !options.quiet {
        let counts = Counts::of(findings);
        let scope = format!(
            "{} locale{} ({} file{}), reference {}",
            set.locales.len(),
            plural_s(set.locales.len()),
            set.file_count(),
            plural_s(set.file_count()),
            options.reference
        );
        if findings.is_empty() {
            let _ = writeln!(out, "locales check: no problems in {scope}");
        } else {
            let _ = writeln!(
                out,
                "locales check: {} error{}, {} warning{}, {} info{} in {scope}",
                counts.errors,
                plural_s(counts.errors),
                counts.warnings,
                plural_s(counts.warnings),
                counts.infos,
                plural_s(counts.infos)
            );
        }
    }
    out
}

fn plural_s(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Longest source line shown whole; longer lines are cut to a window around the finding.
const SNIPPET_WIDTH: usize = 160;

/// The line as shown (BOM dropped, tabs expanded, long lines windowed), the underline's indent and
/// its width, in display columns.
fn snippet(line_text: &str, finding: &Finding) -> (String, usize, usize) {
    // A BOM is invisible: drop it from the snippet and from the underline's indent.
    let bom = usize::from(line_text.starts_with('\u{FEFF}'));
    let chars: Vec<char> = line_text.chars().skip(bom).map(|c| if c == '\t' { ' ' } else { c }).collect();
    let start = finding.column.saturating_sub(1 + bom).min(chars.len());
    let width = if finding.end_line == finding.line {
        finding.end_column.saturating_sub(finding.column).max(1)
    } else {
        chars.len().saturating_sub(start).max(1)
    };
    if chars.len() <= SNIPPET_WIDTH {
        return (chars.iter().collect(), start, width);
    }
    let from = start.saturating_sub(SNIPPET_WIDTH / 3);
    let to = (from + SNIPPET_WIDTH).min(chars.len());
    let mut shown: String = if from > 0 { "…".to_string() } else { String::new() };
    shown.extend(chars.get(from..to).unwrap_or_default());
    if to < chars.len() {
        shown.push('…');
    }
    let pad = start - from + usize::from(from > 0);
    (shown, pad, width.min(to.saturating_sub(start)).max(1))
}

/// The text of 1-based `line`, without its line ending (a BOM on line 1 is kept: columns count it).
fn source_line(source: &str, line: usize) -> Option<&str> {
    source.split('\n').nth(line.checked_sub(1)?).map(|l| l.trim_end_matches('\r'))
}

#[derive(Serialize)]
struct JsonLocale<'a> {
    tag: &'a str,
    files: Vec<&'a str>,
}

#[derive(Serialize)]
struct JsonSummary {
    errors: usize,
    warnings: usize,
    infos: usize,
    by_rule: BTreeMap<&'static str, usize>,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    tool: &'static str,
    reference: &'a str,
    locales: Vec<JsonLocale<'a>>,
    summary: JsonSummary,
    findings: &'a [Finding],
}

/// A versioned JSON document: locales, summary and findings.
fn json(set: &LocaleSet, findings: &[Finding], options: &OutputOptions) -> String {
    let counts = Counts::of(findings);
    let mut by_rule = BTreeMap::new();
    for finding in findings {
        *by_rule.entry(finding.rule).or_insert(0) += 1;
    }
    let report = JsonReport {
        version: 1,
        tool: "dejamos locales check",
        reference: &options.reference,
        locales: set
            .locales
            .iter()
            .map(|l| JsonLocale { tag: &l.tag, files: l.files.iter().map(|f| f.path.as_str()).collect() })
            .collect(),
        summary: JsonSummary { errors: counts.errors, warnings: counts.warnings, infos: counts.infos, by_rule },
        findings,
    };
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".to_string());
    text.push('\n');
    text
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
fn github(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_property(&f.path),
            f.line,
            f.column,
            f.end_line,
            f.end_column,
            escape_property(&format!("locales check: {}", f.rule)),
            escape_data(&f.message)
        );
    }
    out
}

// GitHub workflow-command escaping is the report layer's; one implementation for both linters.
use crate::report::{github_data as escape_data, github_property as escape_property};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_escaping_covers_percent_newlines_colons_and_commas() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }

    #[test]
    fn long_lines_are_windowed_around_the_finding() {
        let line = format!("{}BAD{}", "a".repeat(300), "b".repeat(300));
        let finding = Finding {
            rule: "ellipsis",
            category: "typography",
            severity: Severity::Warning,
            locale: "es-MX".into(),
            path: "x.ftl".into(),
            line: 1,
            column: 301,
            end_line: 1,
            end_column: 304,
            id: None,
            message: String::new(),
            span: 300..303,
        };
        let (shown, pad, width) = snippet(&line, &finding);
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(shown.chars().skip(pad).take(width).collect::<String>(), "BAD");
        let (shown, pad, width) = snippet("\u{FEFF}a\tb = c", &Finding { column: 4, end_column: 5, ..finding });
        assert_eq!((shown.as_str(), pad, width), ("a b = c", 2, 1));
    }

    #[test]
    fn source_lines_drop_carriage_returns() {
        let text = "\u{FEFF}a = 1\r\nb = 2\n";
        assert_eq!(source_line(text, 1), Some("\u{FEFF}a = 1"));
        assert_eq!(source_line(text, 2), Some("b = 2"));
        assert_eq!(source_line(text, 9), None);
    }
}
