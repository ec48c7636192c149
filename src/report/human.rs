//! `human`: rustc-style snippets rendered with annotate-snippets (the renderer rustc and cargo
//! use): `error[rule]: message`, ` --> path:line:col`, the source lines with the offending text
//! underlined, a help line and, for a fix, the `-`/`+` lines it would change.
use super::{Emitter, FileReport, RenderOptions, Tally, summary_line};
use crate::check::declare::RuleInfo;
use crate::diagnostic::{Diagnostic, Fix, Severity};
use crate::msg;
use crate::ui::UiLang;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Patch, Renderer, Snippet};
use std::fmt::Write;
use std::io;
use std::ops::Range;

/// Fixes are shown as patches only when they touch a few nearby lines; larger ones (re-encoding
/// a file, normalising every line ending) are described in words.
const MAX_PATCH_LINES: usize = 4;

/// How far (in bytes) a snippet looks each way from a finding for the ends of its line. A line
/// longer than that is shown as an excerpt around the finding (see [`Window::around`]).
const LONG_LINE: usize = 1024;

/// How many characters an excerpt of a long line keeps on each side of the finding: more than
/// the renderer shows (it centres the finding in 140 columns).
const EXCERPT_CHARS: usize = 160;

/// The human emitter.
#[derive(Debug, Clone, Copy)]
pub(super) struct Human<'a> {
    /// Catalogue entries of the rules that ran: a finding without a fix quotes its help line (what
    /// to do), or its summary when the rule has none.
    pub rules: &'a [RuleInfo],
    /// Colour and footer.
    pub options: RenderOptions,
    /// Whether the footer counts cues (see [`super::counts_cues`]).
    pub cues: bool,
}

impl Emitter for Human<'_> {
    /// Each finding as a block followed by a blank line.
    fn findings<W: io::Write + ?Sized>(
        &self,
        head: &FileReport,
        source: &str,
        found: &[Diagnostic],
        out: &mut W,
    ) -> io::Result<()> {
        let renderer = if self.options.color { Renderer::styled() } else { Renderer::plain() };
        for d in found {
            // Names and messages (which quote the file's text) go through the terminal escaper.
            let path = super::escape::terminal(&head.path);
            let other = head.other_path.as_deref().map(super::escape::terminal);
            let block =
                render_one(self.rules, &path, other.as_deref(), source, d, &renderer, LONG_LINE, self.options.lang);
            out.write_all(block.as_bytes())?;
            out.write_all(b"\n\n")?;
        }
        Ok(())
    }

    fn end<W: io::Write + ?Sized>(&self, tally: &Tally, _held: &[FileReport], out: &mut W) -> io::Result<()> {
        if self.options.quiet {
            return Ok(());
        }
        out.write_all(footer(tally, self.cues, self.options.lang).as_bytes())
    }
}

/// A level of the renderer named in `lang` (the renderer's own English names otherwise).
fn named(level: Level<'static>, name: crate::ui::Message, lang: UiLang) -> Level<'static> {
    match lang {
        UiLang::English => level,
        _ => level.with_name(crate::ui::render(lang, &name)),
    }
}

/// One finding as a rustc-style block (no trailing newline).
#[allow(clippy::too_many_arguments)]
fn render_one(
    rules: &[RuleInfo],
    path: &str,
    other_path: Option<&str>,
    source: &str,
    d: &Diagnostic,
    renderer: &Renderer,
    long: usize,
    lang: UiLang,
) -> String {
    let level = match d.severity {
        Severity::Error => named(Level::ERROR, msg!("level-error"), lang),
        Severity::Warning => named(Level::WARNING, msg!("level-warning"), lang),
        Severity::Info => named(Level::INFO, msg!("level-info"), lang),
    };
    let help = named(Level::HELP, msg!("level-help"), lang);
    let message = super::escape::terminal(&d.message);
    let title = level.primary_title(message.as_ref()).id(d.rule);
    // For an excerpt of a long line: the column the renderer will print (counted in the
    // excerpt), and the finding's own, counted from the line start.
    let mut column_fix = None;
    let mut group = match Window::around(source, &d.span, long) {
        Some(window) => {
            let local = window.local(&d.span);
            if window.cut_left {
                column_fix = Some((window.text[..local.start].chars().count() + 1, d.column));
            }
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
        let note = crate::ui::render(lang, &msg!("note-matching-cue", other = other, line = line));
        group = group.element(named(Level::NOTE, msg!("level-note"), lang).message(note));
    }
    let patch = d.fix.as_ref().and_then(|fix| patch_group(path, source, fix, long, help.clone()));
    match (&d.fix, rules.iter().find(|info| info.name == d.rule)) {
        // The patch group carries the fix description as its title.
        (Some(_), _) if patch.is_some() => {}
        (Some(fix), _) => group = group.element(help.message(format!("{} [*]", fix.description))),
        (None, Some(info)) if !info.help.is_empty() => {
            group = group.element(help.message(crate::ui::rule_help(lang, info)));
        }
        (None, Some(info)) if !info.summary.is_empty() => {
            group = group.element(help.message(crate::ui::rule_summary(lang, info)));
        }
        (None, _) => {}
    }
    let mut groups = vec![group];
    groups.extend(patch);
    let block = renderer.render(&groups);
    match column_fix {
        Some((shown, whole)) if shown != whole => fix_column(block, path, d.line, shown, whole),
        _ => block,
    }
}

/// `block` with the column in its ` --> path:line:column` line changed from `shown` to `whole`:
/// the renderer counts columns in the text it is given, which for a long line is an excerpt.
fn fix_column(block: String, path: &str, line: usize, shown: usize, whole: usize) -> String {
    let needle = format!("{path}:{line}:{shown}");
    // The location line follows the title line.
    let from = block.find('\n').unwrap_or(block.len());
    let found = block[from..]
        .match_indices(&needle)
        .map(|(at, _)| from + at)
        .find(|&at| !block.as_bytes().get(at + needle.len()).is_some_and(u8::is_ascii_digit));
    match found {
        Some(at) => {
            let column_at = at + needle.len() - shown.to_string().len();
            format!("{}{whole}{}", &block[..column_at], &block[at + needle.len()..])
        }
        None => block,
    }
}

/// A `help:` group that shows the fix's edits as `-`/`+` lines, when they are few and close.
fn patch_group<'a>(path: &'a str, source: &str, fix: &'a Fix, long: usize, help: Level<'static>) -> Option<Group<'a>> {
    let first = fix.edits.first()?;
    let last = fix.edits.last()?;
    if last.end_line.saturating_sub(first.line) >= MAX_PATCH_LINES {
        return None;
    }
    let window = Window::around(source, &(first.range.start..last.range.end), long)?;
    // A patch shows whole lines: on an excerpt of a long line it would mislead.
    if window.cut_left || window.cut_right {
        return None;
    }
    let mut snippet = Snippet::source(window.text.clone()).line_start(first.line).path(path).fold(true);
    for edit in &fix.edits {
        // Edits must lie on character boundaries inside the window; otherwise describe in words.
        let local = window.exact_local(&edit.range)?;
        snippet = snippet.patch(Patch::new(local, edit.replacement.as_str()));
    }
    Some(help.secondary_title(format!("{} [*]", fix.description)).element(snippet))
}

/// The whole lines of a source that a byte range touches, ready for annotate-snippets.
struct Window {
    /// Byte offset of the window in the source.
    start: usize,
    /// The lines, with a lone CR turned into LF (same length) so lines match the line index.
    text: String,
    /// Whether the window starts inside its first line (an excerpt of a long line).
    cut_left: bool,
    /// Whether the window ends inside its last line.
    cut_right: bool,
}

impl Window {
    /// The lines around `span`, or `None` when the span is not inside `source` (a finding from a
    /// file whose text the report does not carry).
    ///
    /// A line that goes on for more than `long` bytes (normally [`LONG_LINE`]) on either side of
    /// the span is cut to [`EXCERPT_CHARS`] characters on that side. The renderer shows no more
    /// of it than that, and every finding on a line of a million tags copying and measuring the
    /// whole line made the report quadratic.
    fn around(source: &str, span: &Range<usize>, long: usize) -> Option<Window> {
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
        let back = ceil_char_boundary(source, start.saturating_sub(long));
        let (line_start, cut_left) = match memchr::memrchr2(b'\n', b'\r', &bytes[back..start]) {
            Some(i) => (back + i + 1, false),
            None if back == 0 => (0, false),
            None => {
                let excerpt = source[back..start].char_indices().rev().nth(EXCERPT_CHARS - 1).map_or(0, |(i, _)| i);
                (back + excerpt, true)
            }
        };
        let ahead = floor_char_boundary(source, end.saturating_add(long));
        let (line_end, cut_right) = match memchr::memchr2(b'\n', b'\r', &bytes[end..ahead]) {
            Some(i) => (end + i, false),
            None if ahead == source.len() => (source.len(), false),
            None => {
                let excerpt = source[end..ahead].char_indices().nth(EXCERPT_CHARS).map_or(ahead - end, |(i, _)| i);
                (end + excerpt, true)
            }
        };
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
        Some(Window { start: line_start, text, cut_left, cut_right })
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
fn languages_line(tally: &Tally, lang: UiLang) -> Option<String> {
    let groups = tally.languages();
    if groups.is_empty() {
        return None;
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|(language, reason, count)| {
            let files = msg!("count-files", count = *count);
            let message = match reason {
                Some(reason) => {
                    let reason = super::language_reason(reason, lang);
                    msg!("summary-language", language = language, reason = reason, files = files)
                }
                None => msg!("summary-language-no-reason", language = language, files = files),
            };
            crate::ui::render(lang, &message)
        })
        .collect();
    Some(crate::ui::render(lang, &msg!("summary-languages", languages = parts.join(", "))))
}

/// The summary after the findings: totals, counts by rule, and how many `--fix` can fix.
fn footer(tally: &Tally, cues: bool, lang: UiLang) -> String {
    let summary = tally.summary();
    let mut out = String::new();
    let _ = writeln!(out, "{}", summary_line(summary, cues, lang));
    if let Some(languages) = languages_line(tally, lang) {
        let _ = writeln!(out, "{languages}");
    }
    if !tally.configs().is_empty() {
        let configs = msg!("summary-configuration", configs = tally.configs().join(", "));
        let _ = writeln!(out, "{}", crate::ui::render(lang, &configs));
    }
    let mut first_rule = None;
    if !summary.by_rule.is_empty() {
        let width = summary.by_rule.keys().map(|name| name.chars().count()).max().unwrap_or(0);
        let mut rows: Vec<(&String, &usize)> = summary.by_rule.iter().collect();
        // Most frequent first, then by name, like `ruff --statistics`.
        rows.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
        first_rule = rows.first().map(|(name, _)| name.as_str());
        for (name, count) in rows {
            let fixable = tally.fixable(name);
            let row = if fixable > 0 {
                let note = crate::ui::render(lang, &msg!("summary-rule-fixable", count = fixable));
                format!("{count:>6}  {name:<width$}  {note}")
            } else {
                format!("{count:>6}  {name}")
            };
            let _ = writeln!(out, "{row}");
        }
    }
    if summary.fixable > 0 {
        let _ = writeln!(out, "{}", crate::ui::render(lang, &msg!("summary-fixable", count = summary.fixable)));
    }
    if let Some(rule) = first_rule {
        let _ = writeln!(out, "{}", crate::ui::render(lang, &msg!("summary-rules-pointer", rule = rule)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::LineIndex;

    fn finding(source: &str, index: &LineIndex, span: Range<usize>) -> Diagnostic {
        let ((line, column), (end_line, end_column)) = index.span_position(source, &span);
        Diagnostic {
            rule: "unbalanced-tag",
            severity: Severity::Error,
            line,
            column,
            end_line,
            end_column,
            cue: Some(1),
            message: "`<i>` is not closed in this cue".to_string(),
            fix: None,
            other_line: None,
            span,
            localized: None,
        }
    }

    /// The findings rendered as `findings` does, lines over `long` bytes shown as excerpts.
    fn render(source: &str, found: &[Diagnostic], long: usize, color: bool) -> Vec<String> {
        let renderer = if color { Renderer::styled() } else { Renderer::plain() };
        found.iter().map(|d| render_one(&[], "long.srt", None, source, d, &renderer, long, UiLang::English)).collect()
    }

    #[test]
    fn an_excerpt_of_a_long_line_renders_like_the_whole_line() {
        let mixed = ["<i>Qué ", "¿sí? ", "año… ", "x\ty ", "漢字 "];
        let mixed: String = (0..800).map(|i| mixed[i % mixed.len()]).collect();
        for long_line in [mixed, "<i>a</i> bc ".repeat(500)] {
            let source = format!("1\n00:00:01,000 --> 00:00:02,000\n{long_line}\nfin\n");
            let line_at = source.find("<i>").expect("long line");
            let line_end = line_at + long_line.len();
            let boundary = |at: usize| (at..).find(|&e| source.is_char_boundary(e)).expect("boundary");
            let mut spans =
                vec![line_at..line_at + 3, line_end - 1..line_end, line_end..line_end, line_at..line_end + 4];
            for at in (line_at..line_end).step_by(97).filter(|&at| source.is_char_boundary(at)) {
                spans.extend([at..boundary(at + 1), at..at, at..boundary((at + 300).min(line_end))]);
                spans.push(at..boundary((at + 2000).min(line_end)));
            }
            let index = LineIndex::new(&source);
            let found: Vec<Diagnostic> = spans.into_iter().map(|span| finding(&source, &index, span)).collect();
            for color in [false, true] {
                let excerpts = render(&source, &found, LONG_LINE, color);
                let whole = render(&source, &found, usize::MAX, color);
                for ((d, excerpt), whole) in found.iter().zip(&excerpts).zip(&whole) {
                    assert_eq!(excerpt, whole, "span {:?}", d.span);
                    assert!(excerpt.contains(&format!("long.srt:{}:{}", d.line, d.column)), "{excerpt}");
                }
            }
        }
    }

    #[test]
    fn findings_along_a_very_long_line_cost_the_same_each() {
        // 400 000 tags on one line. Copying and measuring the whole line for each finding, or
        // counting its columns from the line start, would take minutes here; excerpts take a
        // moment.
        let source = format!("1\n00:00:01,000 --> 00:00:02,000\n{}\n", "<i>".repeat(400_000));
        let line_at = source.find("<i>").expect("tags");
        let index = LineIndex::new(&source);
        let found: Vec<Diagnostic> = (0..400_000)
            .step_by(200)
            .map(|tag| finding(&source, &index, line_at + 3 * tag..line_at + 3 * tag + 3))
            .collect();
        let blocks = render(&source, &found, LONG_LINE, false);
        assert_eq!(blocks.len(), 2000);
        assert!(blocks[0].contains(" --> long.srt:3:1\n"), "{}", blocks[0]);
        assert!(blocks[1999].contains(" --> long.srt:3:1199401\n"), "{}", blocks[1999]);
        assert!(blocks.iter().all(|b| b.len() < 1000), "excerpts, not the line");
    }

    #[test]
    fn a_fix_on_a_long_line_is_described_in_words() {
        let source = format!("1\n00:00:01,000 --> 00:00:02,000\n{}...\n", "a".repeat(5000));
        let dots = source.find("...").expect("dots");
        let index = LineIndex::new(&source);
        let mut d = finding(&source, &index, dots..dots + 3);
        let ((line, column), (end_line, end_column)) = index.span_position(&source, &(dots..dots + 3));
        d.fix = Some(Fix {
            description: "replace `...` with `…`".to_string(),
            edits: vec![crate::diagnostic::Edit {
                range: dots..dots + 3,
                line,
                column,
                end_line,
                end_column,
                replacement: "…".to_string(),
            }],
        });
        let block = &render(&source, &[d], LONG_LINE, false)[0];
        assert!(block.contains(" --> long.srt:3:5001\n"), "{block}");
        assert!(block.contains("= help: replace `...` with `…` [*]"), "{block}");
        assert!(block.len() < 1000, "{block}");
    }
}
