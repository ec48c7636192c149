//! `human`: rustc-style snippets rendered with annotate-snippets (the renderer rustc and cargo
//! use): `error[rule]: message`, ` --> path:line:col`, the source lines with the offending text
//! underlined, a help line and, for a fix, the `-`/`+` lines it would change.
use super::{FileReport, RenderOptions, Tally, plural, summary_line};
use crate::diagnostic::{Diagnostic, Fix, RuleInfo, Severity};
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Patch, Renderer, Snippet};
use std::fmt::Write;
use std::io;
use std::ops::Range;

/// Fixes are shown as patches only when they touch a few nearby lines; larger ones (re-encoding
/// a file, normalising every line ending) are described in words.
const MAX_PATCH_LINES: usize = 4;

/// One file's findings in the human format, each followed by a blank line.
pub(super) fn file<W: io::Write + ?Sized>(
    rules: &[RuleInfo],
    file: &FileReport,
    options: &RenderOptions,
    out: &mut W,
) -> io::Result<()> {
    findings(rules, file, &file.source, &file.diagnostics, options, out)
}

/// Some of a file's findings, with snippets from `source` (`file` gives the paths).
pub(super) fn findings<W: io::Write + ?Sized>(
    rules: &[RuleInfo],
    file: &FileReport,
    source: &str,
    found: &[Diagnostic],
    options: &RenderOptions,
    out: &mut W,
) -> io::Result<()> {
    let renderer = if options.color { Renderer::styled() } else { Renderer::plain() };
    for d in found {
        let block = render_one(rules, &file.path, file.other_path.as_deref(), source, d, &renderer);
        out.write_all(block.as_bytes())?;
        out.write_all(b"\n\n")?;
    }
    Ok(())
}

/// One finding as a rustc-style block (no trailing newline).
fn render_one(
    rules: &[RuleInfo],
    path: &str,
    other_path: Option<&str>,
    source: &str,
    d: &Diagnostic,
    renderer: &Renderer,
) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let title = level.primary_title(d.message.as_str()).id(d.rule);
    let mut group = match Window::around(source, &d.span) {
        Some(window) => {
            let local = window.local(&d.span);
            title.element(
                Snippet::source(window.text.clone())
                    .line_start(d.line)
                    .path(path)
                    .fold(true)
                    .annotation(AnnotationKind::Primary.span(local)),
            )
        }
        None => title.element(Origin::path(path).line(d.line).char_column(d.column)),
    };
    if let (Some(other), Some(line)) = (other_path, d.other_line) {
        group = group.element(Level::NOTE.message(format!("the matching cue in {other} is at line {line}")));
    }
    let patch = d.fix.as_ref().and_then(|fix| patch_group(path, source, fix));
    match (&d.fix, rules.iter().find(|info| info.name == d.rule)) {
        // The patch group carries the fix description as its title.
        (Some(_), _) if patch.is_some() => {}
        (Some(fix), _) => group = group.element(Level::HELP.message(format!("{} [*]", fix.description))),
        (None, Some(info)) if !info.summary.is_empty() => {
            group = group.element(Level::HELP.message(info.summary));
        }
        (None, _) => {}
    }
    let mut groups = vec![group];
    groups.extend(patch);
    renderer.render(&groups)
}

/// A `help:` group that shows the fix's edits as `-`/`+` lines, when they are few and close.
fn patch_group<'a>(path: &'a str, source: &str, fix: &'a Fix) -> Option<Group<'a>> {
    let first = fix.edits.first()?;
    let last = fix.edits.last()?;
    if last.end_line.saturating_sub(first.line) >= MAX_PATCH_LINES {
        return None;
    }
    let window = Window::around(source, &(first.range.start..last.range.end))?;
    let mut snippet = Snippet::source(window.text.clone()).line_start(first.line).path(path).fold(true);
    for edit in &fix.edits {
        // Edits must lie on character boundaries inside the window; otherwise describe in words.
        let local = window.exact_local(&edit.range)?;
        snippet = snippet.patch(Patch::new(local, edit.replacement.as_str()));
    }
    Some(Level::HELP.secondary_title(format!("{} [*]", fix.description)).element(snippet))
}

/// The whole lines of a source that a byte range touches, ready for annotate-snippets.
struct Window {
    /// Byte offset of the window in the source.
    start: usize,
    /// The lines, with a lone CR turned into LF (same length) so lines match the line index.
    text: String,
}

impl Window {
    /// The lines around `span`, or `None` when the span is not inside `source` (a finding from a
    /// file whose text the report does not carry).
    fn around(source: &str, span: &Range<usize>) -> Option<Window> {
        if source.is_empty() || span.start > source.len() {
            return None;
        }
        let start = floor_char_boundary(source, span.start);
        let mut end = ceil_char_boundary(source, span.end.clamp(start, source.len()));
        // A span that ends with a line break stays on its own lines.
        while end > start && matches!(source.as_bytes().get(end - 1), Some(b'\n' | b'\r')) {
            end -= 1;
        }
        let bytes = source.as_bytes();
        let line_start = bytes[..start].iter().rposition(|&b| b == b'\n' || b == b'\r').map_or(0, |i| i + 1);
        let line_end = bytes[end..].iter().position(|&b| b == b'\n' || b == b'\r').map_or(source.len(), |i| end + i);
        let slice = source.get(line_start..line_end)?;
        let mut text = String::with_capacity(slice.len());
        let mut chars = slice.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\r' && chars.peek() != Some(&'\n') {
                text.push('\n');
            } else {
                text.push(c);
            }
        }
        Some(Window { start: line_start, text })
    }

    /// `span` relative to the window, clamped into it and onto character boundaries.
    fn local(&self, span: &Range<usize>) -> Range<usize> {
        let len = self.text.len();
        let start = floor_char_boundary(&self.text, span.start.saturating_sub(self.start).min(len));
        let mut end = ceil_char_boundary(&self.text, span.end.saturating_sub(self.start).clamp(start, len));
        while end > start && matches!(self.text.as_bytes().get(end - 1), Some(b'\n' | b'\r')) {
            end -= 1;
        }
        start..end
    }

    /// `span` relative to the window if it lies exactly inside it on character boundaries.
    fn exact_local(&self, span: &Range<usize>) -> Option<Range<usize>> {
        let start = span.start.checked_sub(self.start)?;
        let end = span.end.checked_sub(self.start)?;
        let ok = start <= end
            && end <= self.text.len()
            && self.text.is_char_boundary(start)
            && self.text.is_char_boundary(end);
        ok.then_some(start..end)
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    index = index.min(text.len());
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

fn ceil_char_boundary(text: &str, mut index: usize) -> usize {
    index = index.min(text.len());
    while index < text.len() && !text.is_char_boundary(index) {
        index += 1;
    }
    index
}

/// Which languages the files were checked as, and why, grouped:
/// `Languages: es (file name; 3 files), en (--lang; 1 file).`
fn languages_line(tally: &Tally) -> Option<String> {
    let groups = tally.languages();
    if groups.is_empty() {
        return None;
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|(language, reason, count)| {
            let files = plural(*count, "file", "files");
            match reason {
                Some(reason) => format!("{language} ({reason}; {files})"),
                None => format!("{language} ({files})"),
            }
        })
        .collect();
    Some(format!("Languages: {}.", parts.join(", ")))
}

/// The summary after the findings: totals, counts by rule, and how many `--fix` can fix.
pub(super) fn footer(tally: &Tally) -> String {
    let summary = tally.summary();
    let mut out = String::new();
    let _ = writeln!(out, "{}", summary_line(summary));
    if let Some(languages) = languages_line(tally) {
        let _ = writeln!(out, "{languages}");
    }
    if !summary.by_rule.is_empty() {
        let width = summary.by_rule.keys().map(|name| name.chars().count()).max().unwrap_or(0);
        let mut rows: Vec<(&String, &usize)> = summary.by_rule.iter().collect();
        // Most frequent first, then by name, like `ruff --statistics`.
        rows.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
        for (name, count) in rows {
            let fixable = tally.fixable(name);
            let row = if fixable > 0 {
                format!("{count:>6}  {name:<width$}  [*] {fixable} fixable")
            } else {
                format!("{count:>6}  {name}")
            };
            let _ = writeln!(out, "{row}");
        }
    }
    if summary.fixable > 0 {
        let _ = writeln!(out, "[*] {} fixable with --fix.", plural(summary.fixable, "finding is", "findings are"));
    }
    out
}
