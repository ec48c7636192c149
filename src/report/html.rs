//! `html`: one self-contained page a person opens in a browser or prints: no script, no file or
//! font from anywhere else (the style sheet and the timelines are inline), valid HTML5 with
//! `lang`, headings in order, colours that meet WCAG AA.
//!
//! The page is written as a stream, in report order:
//!
//! - **begin**: the head and the run's summary (tool and version, date, command line, the
//!   settings every file shares);
//! - **per file**: its facts (language, encoding, profile, frame rate, reading-speed limit,
//!   configuration), a timeline ([`timeline`]) and a table with a row per finding (cue, timecode,
//!   line, the cue's text with the offending characters marked, message, the rule's summary and
//!   the fix); for `pair` the two files side by side instead ([`Html::pair_file`]);
//! - **end**: the totals (per severity, per rule, per file, languages) with the filters.
//!
//! The totals can only be written once every file is, so they come last in the document; the
//! style sheet shows them right after the summary (flexbox `order`), and a link at the top jumps
//! to them. Nothing is held back: a file's part is written as soon as it is rendered.
//!
//! Filters are checkboxes (per severity, per rule) that hide findings with CSS `:has()`; in a
//! browser without `:has()` they do nothing and every finding stays shown.
//!
//! Anchors are stable for the same inputs: `#file-2` is the second input file, `#file-2-cue-118`
//! the first finding about its cue 118 (the timeline's bars link there).
//!
//! **Size.** A finding is one table row: about 600 bytes, and at most [`MAX_ROW_BYTES`] whatever the
//! input (the quoted cue text is cut at [`SNIPPET_LINES`] lines and [`SNIPPET_CHARS`]
//! characters; messages are a sentence). The timeline takes about 500 bytes per cue and is left
//! out for a file of more than [`MAX_TIMELINE_CUES`] cues or [`MAX_TIMELINE_ROWS`] minutes.
use super::escape::{Markup, escape_markup_into};
use super::{AlignedRow, CueBrief, Emitter, FileDetail, FileReport, PairView, RowKind, RunInfo, Tally, find_cue};
use crate::check::declare::RuleInfo;
use crate::diagnostic::{Diagnostic, Severity};
use crate::msg;
use crate::time::{Offset, Timestamp};
use crate::ui::{Message, UiLang};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::ops::Range;

/// Lines of a cue's text quoted for one finding.
pub(super) const SNIPPET_LINES: usize = 8;
/// Characters of a cue's text quoted for one finding.
pub(super) const SNIPPET_CHARS: usize = 400;
/// The most a finding's row takes, with the longest snippet escaped at its worst (`"` is six
/// bytes) and a message of a few hundred characters.
pub const MAX_ROW_BYTES: usize = 8 * 1024;
/// Files with more cues than this get no timeline (a feature film has about 1,500).
pub(super) const MAX_TIMELINE_CUES: usize = 20_000;
/// Files whose cues cover more minutes than this get no timeline.
pub(super) const MAX_TIMELINE_ROWS: usize = 600;
/// How far a snippet looks each way from a finding for the ends of its line.
const LONG_LINE: usize = 1024;

/// The HTML emitter.
#[derive(Debug, Clone, Copy)]
pub(super) struct Html<'a> {
    /// Catalogue entries of the rules that ran: summaries, and one filter per rule.
    pub rules: &'a [RuleInfo],
    /// `check`, `pair`, `locales check`: the page's title.
    pub command: &'static str,
    /// What applies to the whole run.
    pub run: Option<&'a RunInfo>,
    /// The language of the page's fixed texts and messages.
    pub lang: crate::ui::UiLang,
}

/// Colours: text (`ink`) on its tint (`wash`) and on white meet WCAG AA for normal text (4.5:1);
/// `bar` (timeline marks) meets 3:1 against white, as graphics must. A test measures them.
struct Tone {
    name: &'static str,
    /// The interface message naming the severity (`level-warning`: "advertencia" in Spanish).
    label: &'static str,
    ink: &'static str,
    wash: &'static str,
    bar: &'static str,
}

const ERROR: Tone = Tone { name: "error", label: "level-error", ink: "#9b1c1c", wash: "#fdecec", bar: "#c62828" };
const WARNING: Tone = Tone { name: "warning", label: "level-warning", ink: "#7a4100", wash: "#fff1d6", bar: "#b26200" };
const INFO: Tone = Tone { name: "info", label: "level-info", ink: "#174a8b", wash: "#e7f0fb", bar: "#2f6fbf" };
const TONES: [&Tone; 3] = [&ERROR, &WARNING, &INFO];
/// Body text, secondary text, links and the page.
const INK: &str = "#1b1b1b";
const MUTED: &str = "#4a4f57";
const LINK: &str = "#0b57d0";
const PAPER: &str = "#ffffff";
/// Timeline: a cue without findings, a gap under 2 frames, the reading-speed bars.
const CUE_BAR: &str = "#5f6f86";
const GAP: &str = "#7b1fa2";
const SPEED: &str = "#5f6f86";
/// The highlight behind the offending characters (with `INK` text).
const MARK: &str = "#ffe08a";

/// `message` in `lang`.
fn say(lang: UiLang, message: Message) -> String {
    crate::ui::render(lang, &message)
}

/// The name of a severity as the page's reader reads it.
fn level(lang: UiLang, tone: &Tone) -> String {
    crate::ui::lookup(lang, tone.label).unwrap_or_else(|| tone.name.to_string())
}

fn tone(severity: Severity) -> &'static Tone {
    match severity {
        Severity::Error => &ERROR,
        Severity::Warning => &WARNING,
        Severity::Info => &INFO,
    }
}

impl Html<'_> {
    /// `message` in the page's language.
    fn say(&self, message: Message) -> String {
        say(self.lang, message)
    }

    /// The page's `lang` attribute.
    fn html_lang(&self) -> &'static str {
        match self.lang {
            crate::ui::UiLang::English => "en",
            crate::ui::UiLang::Spanish => "es-MX",
        }
    }
}

impl Emitter for Html<'_> {
    fn begin<W: Write + ?Sized>(&self, out: &mut W) -> io::Result<()> {
        let mut page = String::with_capacity(16 * 1024);
        let _ =
            write!(page, "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", self.html_lang());
        page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        let _ = writeln!(page, "<meta name=\"generator\" content=\"dejamos {}\">", env!("CARGO_PKG_VERSION"));
        page.push_str("<title>");
        text(&mut page, &self.say(msg!("html-title", command = self.command)));
        page.push_str("</title>\n<style>\n");
        style_sheet(&mut page, self.rules);
        page.push_str("</style>\n</head>\n<body>\n<header class=\"run\">\n<h1>");
        text(&mut page, &self.say(msg!("html-heading")));
        page.push_str(" <code>dejamos ");
        text(&mut page, self.command);
        page.push_str("</code></h1>\n<dl class=\"facts run\">\n");
        fact(&mut page, &self.say(msg!("html-fact-tool")), &format!("dejamos {}", env!("CARGO_PKG_VERSION")));
        if let Some(run) = self.run {
            if let Some(date) = run.generated.and_then(utc_date) {
                fact(&mut page, &self.say(msg!("html-fact-generated")), &date);
            }
            if let Some(line) = &run.command_line {
                let _ = write!(page, "<dt>{}</dt><dd><code>", self.say(msg!("html-fact-command")));
                text(&mut page, line);
                page.push_str("</code></dd>\n");
            }
            for (label, value) in &run.settings {
                fact(&mut page, &crate::ui::render(self.lang, label), &crate::ui::render(self.lang, value));
            }
        }
        let _ = write!(page, "</dl>\n<p class=\"jump\">{}</p>\n", self.say(msg!("html-jump")));
        page.push_str("</header>\n<main id=\"files\">\n");
        out.write_all(page.as_bytes())
    }

    fn file_start<W: Write + ?Sized>(&self, head: &FileReport, out: &mut W) -> io::Result<()> {
        let mut page = String::with_capacity(4096);
        let number = file_number(head);
        let _ = write!(
            page,
            "<section class=\"file\" id=\"file-{number}\" aria-labelledby=\"file-{number}-title\">\n\
             <h2 id=\"file-{number}-title\"><span class=\"fileno\">{}</span> <code>",
            self.say(msg!("html-file-number", number = number))
        );
        text(&mut page, &head.path);
        page.push_str("</code></h2>\n");
        file_facts(&mut page, head, self.lang);
        if let Some(detail) = &head.detail {
            let _ = writeln!(page, "<h3>{}</h3>", self.say(msg!("html-timeline")));
            match &detail.cues {
                Some(cues) => {
                    timeline(&mut page, self.lang, number, detail, &[Track { label: None, cues, other: false }]);
                }
                None => {
                    let _ = writeln!(page, "<p>{}</p>", self.say(msg!("html-no-timeline-pieces")));
                }
            }
        }
        let _ = write!(page, "<h3>{}</h3>\n<table class=\"findings\">\n<thead><tr>", self.say(msg!("html-findings")));
        for heading in [
            msg!("html-col-severity"),
            msg!("html-col-rule"),
            msg!("html-col-cue"),
            msg!("html-col-time"),
            msg!("html-col-line"),
            msg!("html-col-text"),
            msg!("html-col-finding"),
        ] {
            let _ = write!(page, "<th scope=\"col\">{}</th>", self.say(heading));
        }
        page.push_str("</tr></thead>\n<tbody>\n");
        out.write_all(page.as_bytes())
    }

    fn findings<W: Write + ?Sized>(
        &self,
        head: &FileReport,
        source: &str,
        found: &[Diagnostic],
        out: &mut W,
    ) -> io::Result<()> {
        let number = file_number(head);
        let cues = head.detail.as_ref().and_then(|detail| detail.cues.as_deref()).unwrap_or(&[]);
        let mut anchored = BTreeSet::new();
        let mut row = String::with_capacity(2048);
        for d in found {
            row.clear();
            let cue = d.cue.and_then(|position| find_cue(cues, position));
            let tone = tone(d.severity);
            let _ = write!(row, "<tr class=\"f sev-{} rule-{}\"", tone.name, ident(d.rule));
            if let Some(position) = d.cue
                && anchored.insert(position)
            {
                let _ = write!(row, " id=\"file-{number}-cue-{position}\"");
            }
            let _ = write!(
                row,
                ">\n<td><span class=\"badge t-{}\">{}</span></td><td><code>",
                tone.name,
                level(self.lang, tone)
            );
            text(&mut row, d.rule);
            row.push_str("</code></td><td class=\"num\">");
            if let Some(position) = d.cue {
                let _ = write!(row, "<a href=\"#file-{number}-cue-{position}\">{position}</a>");
            }
            row.push_str("</td><td class=\"time\">");
            if let Some(cue) = cue {
                let _ = write!(row, "{}<br>{}", cue.start, cue.end);
            }
            let _ = write!(row, "</td><td class=\"num\">{}:{}</td><td>", d.line, d.column);
            let here = self.say(msg!("html-here"));
            snippet(&mut row, source, cue.map(|c| c.text_span.clone()), d.span.clone(), &here);
            row.push_str("</td><td><p class=\"msg\">");
            prose(&mut row, &d.message);
            row.push_str("</p>");
            if let Some(other) = d.other_line {
                let _ = write!(row, "<p class=\"help\">{}</p>", self.say(msg!("html-other-line", line = other)));
            }
            if let Some(info) = self.rules.iter().find(|info| info.name == d.rule)
                && !info.summary.is_empty()
            {
                row.push_str("<p class=\"help\">");
                // What to do, for a finding with no fix; otherwise what the rule is about.
                let help = if d.fix.is_none() && !info.help.is_empty() {
                    crate::ui::rule_help(self.lang, info)
                } else {
                    crate::ui::rule_summary(self.lang, info)
                };
                prose(&mut row, &help);
                row.push_str("</p>");
            }
            if let Some(fix) = &d.fix {
                let _ = write!(row, "<p class=\"fix\">{} ", self.say(msg!("html-fix")));
                prose(&mut row, &fix.description);
                row.push_str("</p>");
            }
            row.push_str("</td>\n</tr>\n");
            out.write_all(row.as_bytes())?;
        }
        Ok(())
    }

    fn file_end<W: Write + ?Sized>(&self, any: bool, out: &mut W) -> io::Result<()> {
        if !any {
            writeln!(out, "<tr><td colspan=\"7\">{}</td></tr>", self.say(msg!("html-no-findings")))?;
        }
        out.write_all(b"</tbody>\n</table>\n</section>\n")
    }

    fn file<W: Write + ?Sized>(&self, file: &FileReport, out: &mut W) -> io::Result<()> {
        if let Some(view) = file.detail.as_ref().and_then(|detail| detail.pair.as_ref().map(|view| (detail, view))) {
            let mut page = String::with_capacity(16 * 1024);
            self.pair_file(&mut page, file, view.0, view.1);
            return out.write_all(page.as_bytes());
        }
        self.file_start(file, out)?;
        self.findings(file, &file.source, &file.diagnostics, out)?;
        self.file_end(!file.diagnostics.is_empty(), out)
    }

    fn end<W: Write + ?Sized>(&self, tally: &Tally, _held: &[FileReport], out: &mut W) -> io::Result<()> {
        let mut page = String::with_capacity(8 * 1024);
        let summary = tally.summary();
        if summary.files == 0 {
            let _ = writeln!(page, "<p>{}</p>", self.say(msg!("summary-none-checked")));
        }
        page.push_str("</main>\n<section id=\"totals\" aria-labelledby=\"totals-title\">\n");
        let _ = writeln!(page, "<h2 id=\"totals-title\">{}</h2>\n<ul class=\"counts\">", self.say(msg!("html-totals")));
        let _ = writeln!(page, "<li>{}</li>", self.say(msg!("count-files", count = summary.files)));
        if super::counts_cues(self.command) {
            let _ = writeln!(page, "<li>{}</li>", self.say(msg!("count-cues", count = summary.cues)));
        }
        for (count, tone) in [(summary.errors, &ERROR), (summary.warnings, &WARNING), (summary.infos, &INFO)] {
            let message = match tone.name {
                "error" => msg!("count-errors", count = count),
                "warning" => msg!("count-warnings", count = count),
                _ => msg!("count-infos", count = count),
            };
            let _ = writeln!(page, "<li class=\"t-{}\">{}</li>", tone.name, self.say(message));
        }
        if summary.fixable > 0 {
            let _ = writeln!(page, "<li>{}</li>", self.say(msg!("html-fixable", count = summary.fixable)));
        }
        page.push_str("</ul>\n");
        if !tally.languages().is_empty() {
            let _ = write!(page, "<p>{} ", self.say(msg!("html-languages")));
            for (i, (language, reason, files)) in tally.languages().iter().enumerate() {
                if i > 0 {
                    page.push_str("; ");
                }
                page.push_str("<code>");
                text(&mut page, language);
                page.push_str("</code>");
                if let Some(reason) = reason {
                    page.push_str(" (");
                    text(&mut page, &super::language_reason(reason, self.lang));
                    page.push(')');
                }
                let _ = write!(page, ": {}", self.say(msg!("count-files", count = *files)));
            }
            page.push_str(".</p>\n");
        }
        let _ = writeln!(
            page,
            "<h3>{}</h3>\n<fieldset class=\"filters\"><legend>{}</legend>",
            self.say(msg!("html-show")),
            self.say(msg!("html-filter-severities"))
        );
        for (count, tone) in [(summary.errors, &ERROR), (summary.warnings, &WARNING), (summary.infos, &INFO)] {
            let _ = writeln!(
                page,
                "<label><input type=\"checkbox\" id=\"show-{0}\" checked> <span class=\"badge t-{0}\">{1}</span> ({count})</label>",
                tone.name,
                level(self.lang, tone)
            );
        }
        page.push_str("</fieldset>\n");
        if !summary.by_rule.is_empty() {
            let _ = writeln!(
                page,
                "<fieldset class=\"filters rules\"><legend>{}</legend>",
                self.say(msg!("html-filter-rules"))
            );
            for (rule, count) in &summary.by_rule {
                let id = ident(rule);
                let info = self.rules.iter().find(|info| info.name == rule.as_str());
                let _ = write!(page, "<label");
                if let Some(info) = info {
                    page.push_str(" title=\"");
                    text(&mut page, &crate::ui::rule_summary(self.lang, info));
                    page.push('"');
                }
                page.push('>');
                if info.is_some() {
                    let _ = write!(page, "<input type=\"checkbox\" id=\"show-rule-{id}\" checked> ");
                }
                page.push_str("<code>");
                text(&mut page, rule);
                let _ = writeln!(page, "</code> ({count})</label>");
            }
            page.push_str("</fieldset>\n");
        }
        if !tally.files().is_empty() {
            let _ = write!(
                page,
                "<h3>{}</h3>\n<table class=\"files\">\n<thead><tr><th scope=\"col\">{}</th>",
                self.say(msg!("html-by-file")),
                self.say(msg!("html-col-file"))
            );
            for heading in
                [msg!("html-col-cues"), msg!("html-col-errors"), msg!("html-col-warnings"), msg!("html-col-infos")]
            {
                let _ = write!(page, "<th scope=\"col\" class=\"num\">{}</th>", self.say(heading));
            }
            page.push_str("</tr></thead>\n<tbody>\n");
            for file in tally.files() {
                page.push_str("<tr><td>");
                match file.number {
                    Some(number) => {
                        let _ = write!(page, "<a href=\"#file-{number}\"><code>");
                        text(&mut page, &file.path);
                        page.push_str("</code></a>");
                    }
                    None => {
                        page.push_str("<code>");
                        text(&mut page, &file.path);
                        page.push_str("</code>");
                    }
                }
                let _ = writeln!(
                    page,
                    "</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                    file.cues, file.errors, file.warnings, file.infos
                );
            }
            page.push_str("</tbody>\n</table>\n");
        }
        page.push_str("</section>\n<footer>\n");
        let _ = writeln!(page, "<p>{}</p>", self.say(msg!("html-footer", version = env!("CARGO_PKG_VERSION"))));
        page.push_str("</footer>\n</body>\n</html>\n");
        out.write_all(page.as_bytes())
    }
}

/// The anchor number of a file: its [`FileDetail::number`], or 0 without one.
fn file_number(file: &FileReport) -> usize {
    file.detail.as_ref().map_or(0, |detail| detail.number)
}

/// The facts of one file: cues, language, encoding and the settings that applied.
fn file_facts(page: &mut String, head: &FileReport, lang: UiLang) {
    page.push_str("<dl class=\"facts\">\n");
    fact(page, &say(lang, msg!("html-fact-cues")), &head.cues.to_string());
    if let Some(language) = &head.language {
        let shown = match &head.language_reason {
            Some(reason) => format!("{language} ({})", super::language_reason(reason, lang)),
            None => language.clone(),
        };
        fact(page, &say(lang, msg!("html-fact-language")), &shown);
    }
    fact(page, &say(lang, msg!("html-fact-encoding")), &head.encoding);
    if let Some(detail) = &head.detail {
        for (label, value) in &detail.settings {
            fact(page, &crate::ui::render(lang, label), &crate::ui::render(lang, value));
        }
    }
    page.push_str("</dl>\n");
}

/// One `<dt>`/`<dd>` pair.
fn fact(page: &mut String, label: &str, value: &str) {
    page.push_str("<dt>");
    text(page, label);
    page.push_str("</dt><dd>");
    text(page, value);
    page.push_str("</dd>\n");
}

/// Append `value` as HTML text or attribute value, through the one escaper. Characters HTML
/// does not allow in a document (controls other than tab, LF and CR; noncharacters) are shown as
/// their Unicode control pictures (`␀`, `␛`) or U+FFFD first, so a reviewer sees where they are
/// and the page stays valid.
fn text(page: &mut String, value: &str) {
    if !value.chars().any(disallowed) {
        escape_markup_into(value, Markup::Html, page);
        return;
    }
    let visible: String = value.chars().map(|c| if disallowed(c) { picture(c) } else { c }).collect();
    escape_markup_into(&visible, Markup::Html, page);
}

/// [`text`], with the spans between backticks (how messages and rule summaries quote text:
/// ``three dots `...` ``) set as `<code>`. An unpaired backtick stays as it is.
fn prose(page: &mut String, value: &str) {
    let parts: Vec<&str> = value.split('`').collect();
    for (i, part) in parts.iter().enumerate() {
        let quoted = i % 2 == 1;
        if quoted && i + 1 == parts.len() {
            // The last backtick had no partner.
            page.push('`');
            text(page, part);
        } else if quoted {
            page.push_str("<code>");
            text(page, part);
            page.push_str("</code>");
        } else {
            text(page, part);
        }
    }
}

/// Whether HTML forbids `c` in a document (a control other than tab, LF, FF and CR, or a
/// noncharacter).
fn disallowed(c: char) -> bool {
    let code = u32::from(c);
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
        || (0xFDD0..=0xFDEF).contains(&code)
        || code & 0xFFFE == 0xFFFE
}

/// What a disallowed character is shown as.
fn picture(c: char) -> char {
    match u32::from(c) {
        code @ 0..=0x1F => char::from_u32(0x2400 + code).unwrap_or('\u{FFFD}'),
        0x7F => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

/// A rule name as an id or class token: ASCII letters, digits and `-` (rule names are kebab-case
/// already; anything else becomes `-`).
fn ident(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c.to_ascii_lowercase() } else { '-' }).collect()
}

/// The quoted text of a finding: `region` (the cue's timing line and text, when known) widened to
/// the whole lines `span` touches, with `span` marked. Cut at [`SNIPPET_LINES`] lines and
/// [`SNIPPET_CHARS`] characters; nothing when the ranges do not fit `source`.
/// `here` is the tooltip of the mark at a point (a finding without width), in the page's language.
fn snippet(page: &mut String, source: &str, region: Option<Range<usize>>, span: Range<usize>, here: &str) {
    let valid = |at: usize| at <= source.len() && source.is_char_boundary(at);
    if !valid(span.start) || !valid(span.end) || span.start > span.end {
        return;
    }
    let (mut from, mut to) = (line_start(source, span.start), line_end(source, span.end));
    if let Some(region) = region.filter(|r| valid(r.start) && valid(r.end) && r.start <= r.end) {
        from = from.min(region.start);
        to = to.max(region.end);
    }
    let Some(quoted) = source.get(from..to) else { return };
    page.push_str("<pre class=\"text\">");
    let mut plain = String::new();
    let (mut chars, mut lines, mut open, mut cut) = (0usize, 1usize, false, false);
    let mut iter = quoted.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let at = from + i;
        if at == span.start && span.start == span.end {
            flush(page, &mut plain);
            page.push_str("<mark class=\"at\" title=\"");
            text(page, here);
            page.push_str("\">\u{2038}</mark>");
        } else if at == span.start {
            flush(page, &mut plain);
            page.push_str("<mark>");
            open = true;
        }
        if open && at == span.end {
            flush(page, &mut plain);
            page.push_str("</mark>");
            open = false;
        }
        if chars >= SNIPPET_CHARS || lines > SNIPPET_LINES {
            cut = true;
            break;
        }
        match c {
            '\r' if iter.peek().is_some_and(|&(_, next)| next == '\n') => {}
            '\r' | '\n' => {
                lines += 1;
                if lines > SNIPPET_LINES {
                    cut = true;
                    break;
                }
                plain.push('\n');
            }
            _ => {
                plain.push(c);
                chars += 1;
            }
        }
    }
    if !cut && span.start == span.end && span.start == from + quoted.len() {
        // A point at the end of the quoted text (the end of a line).
        flush(page, &mut plain);
        page.push_str("<mark class=\"at\" title=\"");
        text(page, here);
        page.push_str("\">\u{2038}</mark>");
    }
    if open && !cut && from + quoted.len() == span.end {
        flush(page, &mut plain);
        page.push_str("</mark>");
        open = false;
    }
    flush(page, &mut plain);
    if open {
        page.push_str("</mark>");
    }
    if cut {
        page.push('\u{2026}');
    }
    page.push_str("</pre>");
}

/// Write the text gathered so far.
fn flush(page: &mut String, plain: &mut String) {
    text(page, plain);
    plain.clear();
}

/// The start of the line holding byte `at` (looking back at most [`LONG_LINE`] bytes).
fn line_start(source: &str, at: usize) -> usize {
    let floor = at.saturating_sub(LONG_LINE);
    let start = source.as_bytes().get(floor..at).and_then(|b| b.iter().rposition(|&c| c == b'\n' || c == b'\r'));
    let start = start.map_or(floor, |i| floor + i + 1);
    (start..=at).find(|&i| source.is_char_boundary(i)).unwrap_or(at)
}

/// The end of the line holding byte `at` (looking ahead at most [`LONG_LINE`] bytes).
fn line_end(source: &str, at: usize) -> usize {
    let ceiling = (at + LONG_LINE).min(source.len());
    let end = source.as_bytes().get(at..ceiling).and_then(|b| b.iter().position(|&c| c == b'\n' || c == b'\r'));
    let end = end.map_or(ceiling, |i| at + i);
    (at..=end).rev().find(|&i| source.is_char_boundary(i)).unwrap_or(at)
}

/// A date in UTC, `2026-12-06 19:21 UTC`, from seconds since the Unix epoch.
fn utc_date(seconds: i64) -> Option<String> {
    let days = seconds.div_euclid(86_400);
    let minutes = seconds.rem_euclid(86_400) / 60;
    // Civil from days (Howard Hinnant's algorithm), exact for the proleptic Gregorian calendar.
    let z = days.checked_add(719_468)?;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some(format!("{year:04}-{month:02}-{day:02} {:02}:{:02} UTC", minutes / 60, minutes % 60))
}

/// The style sheet, with a filter rule per severity and per rule in `rules`.
fn style_sheet(page: &mut String, rules: &[RuleInfo]) {
    let _ = write!(
        page,
        ":root{{color-scheme:light}}\n\
         *{{box-sizing:border-box}}\n\
         body{{margin:0 auto;max-width:1280px;padding:1rem 1.5rem 2rem;font:15px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",sans-serif;color:{INK};background:{PAPER};display:flex;flex-direction:column}}\n\
         header.run{{order:0}}#totals{{order:1}}main{{order:2}}footer{{order:3;color:{MUTED};font-size:.9em;margin-top:2rem}}\n\
         h1{{font-size:1.55rem;margin:.2rem 0 .5rem}}h2{{font-size:1.25rem;margin:1.6rem 0 .5rem;padding-bottom:.2rem;border-bottom:2px solid #d5d9e0}}h3{{font-size:1.05rem;margin:1rem 0 .4rem}}\n\
         a{{color:{LINK}}}code{{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}}\n\
         .fileno{{color:{MUTED};font-weight:600;margin-right:.3em}}\n\
         dl.facts{{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.4rem 0}}dl.facts dt{{font-weight:600;color:{MUTED}}}dl.facts dd{{margin:0}}\n\
         @media (min-width:900px){{dl.facts.run{{grid-template-columns:max-content 1fr max-content 1fr}}}}\n\
         fieldset.rules label{{display:inline-block;margin:.15rem 1.2rem .15rem 0}}\n\
         .jump{{color:{MUTED}}}\n\
         ul.counts{{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;margin:.5rem 0;padding:0}}ul.counts li{{padding:.3rem .75rem;border:1px solid #d5d9e0;border-radius:6px;font-weight:600}}\n\
         .badge{{display:inline-block;padding:0 .45em;border-radius:4px;font-weight:700;font-size:.85em;white-space:nowrap}}\n\
         table{{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}}th,td{{border-bottom:1px solid #dde1e7;padding:.3rem .5rem;text-align:left;vertical-align:top}}th{{background:#f1f3f6}}\n\
         .num{{text-align:right;font-variant-numeric:tabular-nums}}td.time{{white-space:nowrap;font-variant-numeric:tabular-nums}}\n\
         pre.text{{margin:0;white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}}\n\
         mark{{background:{MARK};color:{INK};outline:1px solid {}}}mark.at{{padding:0 1px}}\n\
         p.msg{{margin:0}}p.help,p.fix{{margin:.2rem 0 0;color:{MUTED};font-size:.92em}}p.fix{{font-weight:600}}\n\
         fieldset.filters{{border:1px solid #d5d9e0;border-radius:6px;margin:.3rem 0 .8rem}}fieldset.filters label{{margin-right:1.2rem;white-space:nowrap}}\n\
         svg.timeline{{display:block;width:100%;height:auto;border:1px solid #dde1e7;border-radius:4px;background:{PAPER}}}\n\
         svg.timeline text{{font-size:11px;fill:{MUTED}}}svg.timeline .lane{{fill:#eef1f5}}svg.timeline .tick{{stroke:#c4cad3}}\n\
         ul.legend{{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;list-style:none;margin:.3rem 0 .8rem;padding:0;color:{MUTED};font-size:.9em}}ul.legend svg{{vertical-align:-2px;margin-right:.3em}}\n\
         table.pair td.side{{width:28%}}table.pair .cue{{margin:0 0 .3rem}}table.pair td.timing{{white-space:nowrap}}table.pair .when{{color:{MUTED};font-size:.88em;font-variant-numeric:tabular-nums}}\n\
         tr.row-missing td{{background:{}}}tr.row-untranslated td{{background:{}}}td.absent{{font-style:italic;color:{}}}\n\
         ul.inline{{margin:0;padding-left:1rem}}.off{{color:{};font-weight:700}}.kind{{font-size:.85em;color:{MUTED}}}\n",
        WARNING.bar, ERROR.wash, WARNING.wash, ERROR.ink, ERROR.ink
    );
    for tone in TONES {
        let _ = writeln!(page, ".t-{}{{color:{};background:{}}}", tone.name, tone.ink, tone.wash);
    }
    for tone in TONES {
        let _ = writeln!(page, "body:has(#show-{0}:not(:checked)) .f.sev-{0}{{display:none}}", tone.name);
    }
    let mut seen = BTreeSet::new();
    for info in rules {
        let id = ident(info.name);
        if seen.insert(id.clone()) {
            let _ = writeln!(page, "body:has(#show-rule-{id}:not(:checked)) .f.rule-{id}{{display:none}}");
        }
    }
    page.push_str(
        "@media print{body{max-width:none;padding:0;font-size:10.5pt}.jump,fieldset.filters input{display:none}\
         a{color:inherit;text-decoration:none}tr,svg.timeline,ul.legend{break-inside:avoid}h2,h3{break-after:avoid}}\n",
    );
}

/// One row of cues on a timeline: a file's cues, named when there are two (`pair`).
struct Track<'a> {
    label: Option<&'a str>,
    cues: &'a [CueBrief],
    /// Whether these are the second file's cues (`pair`): their anchors differ.
    other: bool,
}

/// Timeline geometry, in SVG user units: the page is 1000 wide, a row is one minute.
const ROW_MS: i64 = 60_000;
const TRACK_X: f64 = 64.0;
const TRACK_W: f64 = 928.0;
const AXIS_H: f64 = 14.0;
const LANE_H: f64 = 13.0;
const STRIP_H: f64 = 26.0;
const ROW_GAP: f64 = 10.0;

/// The SVG timeline of a file (or of both files of a pair), and its legend: one row per minute
/// that has cues; each cue a bar, in a second lane when it overlaps the one before; bars coloured
/// by their worst finding and linked to it; gaps under 2 frames and overlaps marked; shot changes
/// as lines; under the cues of one file, the reading speed of each cue against the limit.
fn timeline(page: &mut String, lang: UiLang, number: usize, detail: &FileDetail, tracks: &[Track<'_>]) {
    let cue_count: usize = tracks.iter().map(|t| t.cues.len()).sum();
    if cue_count == 0 {
        let _ = writeln!(page, "<p>{}</p>", say(lang, msg!("html-timeline-empty")));
        return;
    }
    if cue_count > MAX_TIMELINE_CUES {
        let _ = writeln!(page, "<p>{}</p>", say(lang, msg!("html-timeline-too-many-cues", limit = MAX_TIMELINE_CUES)));
        return;
    }
    let mut minutes = BTreeSet::new();
    for cue in tracks.iter().flat_map(|t| t.cues) {
        let (start, end) = (cue.start.signed(), cue.end.signed().max(cue.start.signed() + 1));
        let (first, last) = (start / ROW_MS, (end - 1) / ROW_MS);
        if last - first > MAX_TIMELINE_ROWS as i64 {
            minutes.extend(first..=first + MAX_TIMELINE_ROWS as i64 + 1);
        } else {
            minutes.extend(first..=last);
        }
        if minutes.len() > MAX_TIMELINE_ROWS {
            let _ = writeln!(page, "<p>{}</p>", say(lang, msg!("html-timeline-too-long", limit = MAX_TIMELINE_ROWS)));
            return;
        }
    }
    let strip = if tracks.len() == 1 { detail.max_cps } else { None };
    let min_gap = i64::try_from(detail.fps.frames_min_ms(2)).unwrap_or(i64::MAX);
    let lanes: Vec<Vec<u8>> = tracks.iter().map(|t| lanes(t.cues)).collect();
    let marks: Vec<Vec<Between>> = tracks.iter().map(|t| between(t.cues, min_gap)).collect();
    let track_h = 2.0 * LANE_H + 4.0;
    let row_h = AXIS_H + track_h * tracks.len() as f64 + strip.map_or(0.0, |_| STRIP_H) + ROW_GAP;
    let height = row_h * minutes.len() as f64;
    let gaps = marks.iter().flatten().filter(|m| !m.overlap).count();
    let overlaps = marks.iter().flatten().filter(|m| m.overlap).count();
    let over = strip.map(|limit| tracks[0].cues.iter().filter(|c| c.cps().is_some_and(|v| above(v, limit))).count());

    let _ = write!(
        page,
        "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 {height:.0}\" \
         role=\"group\" aria-labelledby=\"file-{number}-tl\">\n<title id=\"file-{number}-tl\">"
    );
    let start = tracks.iter().flat_map(|t| t.cues).map(|c| c.start).min().unwrap_or(Timestamp::ZERO);
    let end = tracks.iter().flat_map(|t| t.cues).map(|c| c.end.max(c.start)).max().unwrap_or(Timestamp::ZERO);
    let summary = msg!(
        "html-timeline-summary",
        cues = cue_count,
        start = start.to_string(),
        end = end.to_string(),
        gaps = gaps,
        overlaps = overlaps
    );
    text(page, &say(lang, summary));
    if let (Some(over), Some(limit)) = (over, strip) {
        text(page, &say(lang, msg!("html-timeline-summary-speed", over = over, limit = limit)));
    }
    page.push_str("</title>\n<defs><pattern id=\"hatch-");
    let _ = writeln!(
        page,
        "{number}\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
         <rect width=\"2\" height=\"4\" fill=\"{}\"/></pattern></defs>",
        ERROR.bar
    );
    for (row, &minute) in minutes.iter().enumerate() {
        let top = row as f64 * row_h;
        let row_start = minute * ROW_MS;
        let x = |ms: i64| TRACK_X + (ms - row_start).clamp(0, ROW_MS) as f64 * TRACK_W / ROW_MS as f64;
        let in_row = |start: i64, end: i64| end >= row_start && start < row_start + ROW_MS;
        let _ = write!(page, "<g><text x=\"2\" y=\"{:.1}\">{}</text>", top + AXIS_H + LANE_H, clock(row_start));
        for second in (0..=60).step_by(10) {
            let tx = TRACK_X + f64::from(second) * TRACK_W / 60.0;
            let _ = write!(
                page,
                "<line class=\"tick\" x1=\"{tx:.1}\" y1=\"{:.1}\" x2=\"{tx:.1}\" y2=\"{:.1}\"/>",
                top + AXIS_H - 4.0,
                top + row_h - ROW_GAP
            );
            if second > 0 && second < 60 {
                let _ = write!(page, "<text x=\"{:.1}\" y=\"{:.1}\">{second}s</text>", tx + 2.0, top + AXIS_H - 4.0);
            }
        }
        for (t, track) in tracks.iter().enumerate() {
            let lane_top = top + AXIS_H + t as f64 * track_h;
            let _ = write!(
                page,
                "<rect class=\"lane\" x=\"{TRACK_X}\" y=\"{lane_top:.1}\" width=\"{TRACK_W}\" height=\"{:.1}\"/>",
                2.0 * LANE_H + 2.0
            );
            if let Some(label) = track.label {
                let _ = write!(page, "<text x=\"2\" y=\"{:.1}\">", lane_top + 2.0 * LANE_H + 2.0);
                text(page, label);
                page.push_str("</text>");
            }
            for (cue, &lane) in track.cues.iter().zip(&lanes[t]) {
                let (start, end) = (cue.start.signed(), cue.end.signed().max(cue.start.signed()));
                if !in_row(start, end.max(start + 1)) {
                    continue;
                }
                let (x0, x1) = (x(start), x(end));
                let y = lane_top + 1.0 + f64::from(lane) * LANE_H;
                let fill = cue.worst.map_or(CUE_BAR, |s| tone(s).bar);
                let link = cue.findings > 0 && !track.other;
                if link {
                    let _ = write!(page, "<a href=\"#file-{number}-cue-{}\">", cue.position);
                }
                let _ = write!(
                    page,
                    "<rect x=\"{x0:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{fill}\" rx=\"1.5\"><title>",
                    (x1 - x0).max(1.5),
                    LANE_H - 2.0
                );
                cue_title(page, lang, cue);
                page.push_str("</title></rect>");
                if let Some(worst) = cue.worst {
                    let mx = x0.max(TRACK_X + 3.0);
                    let _ = write!(
                        page,
                        "<path d=\"M{:.1} {:.1}h6l-3 4z\" fill=\"{}\"/>",
                        mx - 3.0,
                        y - 1.0,
                        tone(worst).bar
                    );
                }
                if link {
                    page.push_str("</a>");
                }
            }
            for mark in &marks[t] {
                if !in_row(mark.from, mark.to.max(mark.from + 1)) {
                    continue;
                }
                let (x0, x1) = (x(mark.from), x(mark.to));
                let fill = if mark.overlap { format!("url(#hatch-{number})") } else { GAP.to_string() };
                let _ = write!(
                    page,
                    "<rect x=\"{:.1}\" y=\"{lane_top:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{fill}\"><title>",
                    if mark.overlap { x0 } else { x0 - 1.0 },
                    (x1 - x0).max(2.0),
                    2.0 * LANE_H + 2.0
                );
                let (ms, first, second) = (mark.to - mark.from, mark.cues.0, mark.cues.1);
                let what = if mark.overlap {
                    msg!("html-timeline-overlap", ms = ms, first = first, second = second)
                } else {
                    msg!("html-timeline-gap", ms = ms, first = first, second = second)
                };
                text(page, &say(lang, what));
                page.push_str("</title></rect>");
            }
        }
        if let (Some(limit), Some(track)) = (strip, tracks.first()) {
            let base = top + AXIS_H + track_h + STRIP_H - 4.0;
            let unit = (STRIP_H - 8.0) / 2.0;
            let _ = write!(page, "<text x=\"2\" y=\"{:.1}\">cps</text>", base - 2.0);
            for cue in track.cues {
                let (start, end) = (cue.start.signed(), cue.end.signed());
                let Some(cps) = cue.cps() else { continue };
                if !in_row(start, end) {
                    continue;
                }
                let (x0, x1) = (x(start), x(end));
                let h = (cps / limit).min(2.0) * unit;
                let fill = if above(cps, limit) { ERROR.bar } else { SPEED };
                let _ = write!(
                    page,
                    "<rect x=\"{x0:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\" fill=\"{fill}\"><title>",
                    base - h,
                    (x1 - x0).max(1.0),
                );
                let title = msg!(
                    "html-timeline-speed",
                    cue = cue.position,
                    cps = crate::diagnostic::Arg::Fixed(cps, 1),
                    limit = limit
                );
                text(page, &say(lang, title));
                page.push_str("</title></rect>");
            }
            let _ = write!(
                page,
                "<line x1=\"{TRACK_X}\" y1=\"{0:.1}\" x2=\"{1:.1}\" y2=\"{0:.1}\" stroke=\"{INK}\" stroke-dasharray=\"3 2\"/>",
                base - unit,
                TRACK_X + TRACK_W
            );
        }
        if let Some(shots) = &detail.shot_changes {
            for shot in shots.iter().map(|s| s.signed()).filter(|&s| s >= row_start && s < row_start + ROW_MS) {
                let sx = x(shot);
                let _ = write!(
                    page,
                    "<line x1=\"{sx:.1}\" y1=\"{:.1}\" x2=\"{sx:.1}\" y2=\"{:.1}\" stroke=\"{INK}\" stroke-width=\"1\"><title>",
                    top + AXIS_H - 2.0,
                    top + row_h - ROW_GAP,
                );
                let at = Timestamp::from_ms(shot.unsigned_abs()).unwrap_or(Timestamp::ZERO);
                text(page, &say(lang, msg!("html-timeline-shot", at = at.to_string())));
                page.push_str("</title></line>");
            }
        }
        page.push_str("</g>\n");
    }
    page.push_str("</svg>\n");
    legend(page, lang, detail, strip, min_gap);
}

/// The legend under a timeline.
fn legend(page: &mut String, lang: UiLang, detail: &FileDetail, strip: Option<f64>, min_gap: i64) {
    let swatch = |page: &mut String, fill: &str| {
        let _ = write!(
            page,
            "<svg width=\"14\" height=\"10\" aria-hidden=\"true\"><rect width=\"14\" height=\"10\" rx=\"1.5\" fill=\"{fill}\"/></svg>"
        );
    };
    page.push_str("<ul class=\"legend\">\n<li>");
    swatch(page, CUE_BAR);
    text(page, &say(lang, msg!("html-legend-cue")));
    page.push_str("</li>\n");
    for tone in TONES {
        page.push_str("<li>");
        swatch(page, tone.bar);
        let worst = match tone.name {
            "error" => msg!("html-legend-worst-error"),
            "warning" => msg!("html-legend-worst-warning"),
            _ => msg!("html-legend-worst-info"),
        };
        text(page, &say(lang, worst));
        page.push_str("</li>\n");
    }
    page.push_str("<li>");
    swatch(page, GAP);
    let fps = match lang {
        UiLang::Spanish => detail.fps.to_string().replace('.', ","),
        UiLang::English => detail.fps.to_string(),
    };
    let gap = msg!("html-legend-gap", ms = min_gap, fps = fps);
    text(page, &say(lang, gap));
    page.push_str("</li>\n");
    page.push_str("<li><svg width=\"14\" height=\"10\" aria-hidden=\"true\"><rect width=\"14\" height=\"10\" fill=\"none\" stroke=\"");
    let _ = write!(page, "{}\" stroke-dasharray=\"2 1\"/></svg>", ERROR.bar);
    text(page, &say(lang, msg!("html-legend-overlap")));
    page.push_str("</li>\n");
    if detail.shot_changes.is_some() {
        page.push_str("<li>│ ");
        text(page, &say(lang, msg!("html-legend-shot")));
        page.push_str("</li>\n");
    }
    if let Some(limit) = strip {
        page.push_str("<li>");
        swatch(page, ERROR.bar);
        text(page, &say(lang, msg!("html-legend-speed", limit = limit)));
        page.push_str("</li>\n");
    }
    page.push_str("</ul>\n");
}

/// A cue's tooltip: number, times, findings and the start of its text.
fn cue_title(page: &mut String, lang: UiLang, cue: &CueBrief) {
    let (cue_number, start, end) = (cue.position, cue.start.to_string(), cue.end.to_string());
    let title = if cue.findings > 0 {
        msg!("html-cue-title-findings", cue = cue_number, start = start, end = end, findings = cue.findings)
    } else {
        msg!("html-cue-title", cue = cue_number, start = start, end = end)
    };
    text(page, &say(lang, title));
    page.push_str(": ");
    let short: String = cue.text.chars().take(80).map(|c| if c == '\n' { ' ' } else { c }).collect();
    text(page, &short);
    if cue.text.chars().nth(80).is_some() {
        page.push('\u{2026}');
    }
}

/// Whether a reading speed is over the limit, compared at the precision `max-cps` prints.
fn above(cps: f64, limit: f64) -> bool {
    (cps * 10.0).round() / 10.0 > limit
}

/// `0:02:00`: the start of a timeline row.
fn clock(ms: i64) -> String {
    let seconds = ms.max(0) / 1000;
    format!("{}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60)
}

/// The lane of each cue: 0, or 1 when it starts before the cue last put in lane 0 ends.
fn lanes(cues: &[CueBrief]) -> Vec<u8> {
    let mut order: Vec<usize> = (0..cues.len()).collect();
    order.sort_by_key(|&i| (cues[i].start, i));
    let mut lanes = vec![0u8; cues.len()];
    let mut lane_end = i64::MIN;
    for i in order {
        let cue = &cues[i];
        if cue.start.signed() < lane_end {
            lanes[i] = 1;
        } else {
            lane_end = cue.end.signed().max(cue.start.signed());
        }
    }
    lanes
}

/// A gap under 2 frames or an overlap between two cues following each other in time.
struct Between {
    from: i64,
    to: i64,
    overlap: bool,
    /// The two cues' positions.
    cues: (usize, usize),
}

/// The gaps under `min_gap` ms and the overlaps between cues that follow each other in time.
fn between(cues: &[CueBrief], min_gap: i64) -> Vec<Between> {
    let mut order: Vec<&CueBrief> = cues.iter().collect();
    order.sort_by_key(|c| (c.start, c.position));
    let mut out = Vec::new();
    for pair in order.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let (a_end, b_start) = (a.end.signed().max(a.start.signed()), b.start.signed());
        let gap = b_start - a_end;
        if gap < 0 {
            let to = a_end.min(b.end.signed().max(b_start));
            out.push(Between { from: b_start, to, overlap: true, cues: (a.position, b.position) });
        } else if gap < min_gap {
            out.push(Between { from: a_end, to: b_start, overlap: false, cues: (a.position, b.position) });
        }
    }
    out
}

impl Html<'_> {
    /// A `pair` report's file: both files' facts, a timeline with both, and the two languages side
    /// by side, a row per aligned group, with timing differences and findings inline.
    fn pair_file(&self, page: &mut String, file: &FileReport, detail: &FileDetail, view: &PairView) {
        let number = detail.number;
        let a_cues = detail.cues.as_deref().unwrap_or(&[]);
        let a_lang = file.language.as_deref();
        let b_lang = view.language.as_deref();
        let _ = write!(
            page,
            "<section class=\"file pair\" id=\"file-{number}\" aria-labelledby=\"file-{number}-title\">\n\
             <h2 id=\"file-{number}-title\"><span class=\"fileno\">{}</span> <code>",
            self.say(msg!("html-file-number", number = number))
        );
        text(page, &file.path);
        let _ = write!(page, "</code> {} <code>", self.say(msg!("html-pair-and")));
        text(page, &view.path);
        page.push_str("</code></h2>\n<dl class=\"facts\">\n");
        let side = |path: &str, lang: Option<&str>, cues: usize| match lang {
            Some(lang) => self.say(msg!("html-pair-side-language", path = path, language = lang, cues = cues)),
            None => self.say(msg!("html-pair-side", path = path, cues = cues)),
        };
        fact(page, &self.say(msg!("html-pair-first")), &side(&file.path, a_lang, a_cues.len()));
        fact(page, &self.say(msg!("html-pair-second")), &side(&view.path, b_lang, view.cues.len()));
        fact(page, &self.say(msg!("html-pair-tolerance")), &format!("{} ms", view.tolerance_ms));
        fact(page, &self.say(msg!("html-pair-encoding")), &file.encoding);
        for (label, value) in &detail.settings {
            fact(page, &self.say(label.clone()), &self.say(value.clone()));
        }
        let _ = write!(page, "</dl>\n<h3>{}</h3>\n", self.say(msg!("html-timeline")));
        let (a_label, b_label) = (format!("A {}", a_lang.unwrap_or("")), format!("B {}", b_lang.unwrap_or("")));
        timeline(
            page,
            self.lang,
            number,
            detail,
            &[
                Track { label: Some(a_label.trim_end()), cues: a_cues, other: false },
                Track { label: Some(b_label.trim_end()), cues: &view.cues, other: true },
            ],
        );
        // Each finding goes to the row of its cue in A, else of its line in B.
        let mut by_row: Vec<Vec<&Diagnostic>> = vec![Vec::new(); view.rows.len()];
        let mut a_row = vec![usize::MAX; a_cues.len()];
        let mut b_row = vec![usize::MAX; view.cues.len()];
        for (r, row) in view.rows.iter().enumerate() {
            for &i in &row.a {
                if let Some(slot) = a_row.get_mut(i) {
                    *slot = r;
                }
            }
            for &i in &row.b {
                if let Some(slot) = b_row.get_mut(i) {
                    *slot = r;
                }
            }
        }
        let mut unplaced = Vec::new();
        for d in &file.diagnostics {
            let by_a = d.cue.and_then(|p| a_cues.iter().position(|c| c.position == p)).and_then(|i| a_row.get(i));
            let by_b =
                || d.other_line.and_then(|l| view.cues.iter().position(|c| c.line == l)).and_then(|i| b_row.get(i));
            match by_a.or_else(by_b).copied().filter(|&r| r < by_row.len()) {
                Some(r) => by_row[r].push(d),
                None => unplaced.push(d),
            }
        }
        let _ =
            write!(page, "<h3>{}</h3>\n<table class=\"pair\">\n<thead><tr>", self.say(msg!("html-pair-side-by-side")));
        for heading in [
            msg!("html-pair-col-cue-a"),
            msg!("html-pair-col-text-a"),
            msg!("html-pair-col-timing"),
            msg!("html-pair-col-cue-b"),
            msg!("html-pair-col-text-b"),
            msg!("html-findings"),
        ] {
            let _ = write!(page, "<th scope=\"col\">{}</th>", self.say(heading));
        }
        page.push_str("</tr></thead>\n<tbody>\n");
        for (row, found) in view.rows.iter().zip(&by_row) {
            self.pair_row(page, number, row, found, a_cues, view, (a_lang, b_lang));
        }
        page.push_str("</tbody>\n</table>\n");
        if !unplaced.is_empty() {
            let _ = write!(page, "<h3>{}</h3>\n<ul class=\"inline\">\n", self.say(msg!("html-pair-other-findings")));
            for d in unplaced {
                self.inline_finding(page, d);
            }
            page.push_str("</ul>\n");
        }
        page.push_str("</section>\n");
    }

    /// One aligned row of the side-by-side table.
    #[allow(clippy::too_many_arguments)]
    fn pair_row(
        &self,
        page: &mut String,
        number: usize,
        row: &AlignedRow,
        found: &[&Diagnostic],
        a_cues: &[CueBrief],
        view: &PairView,
        langs: (Option<&str>, Option<&str>),
    ) {
        let a: Vec<&CueBrief> = row.a.iter().filter_map(|&i| a_cues.get(i)).collect();
        let b: Vec<&CueBrief> = row.b.iter().filter_map(|&i| view.cues.get(i)).collect();
        let kind = row.kind();
        let mut classes = vec![match kind {
            RowKind::Pair => "row-pair",
            RowKind::Split => "row-split",
            RowKind::Merged => "row-merged",
            RowKind::Group => "row-group",
            RowKind::MissingHere | RowKind::MissingThere => "row-missing",
        }];
        if found.iter().any(|d| d.rule == "untranslated") {
            classes.push("row-untranslated");
        }
        let _ = writeln!(page, "<tr class=\"{}\">", classes.join(" "));
        pair_cues(page, self.lang, number, &a, false, langs.0);
        page.push_str("<td class=\"timing\">");
        match kind {
            RowKind::MissingHere => {
                let _ = write!(page, "<span class=\"kind\">{}</span>", self.say(msg!("html-pair-only-b")));
            }
            RowKind::MissingThere => {
                let _ = write!(page, "<span class=\"kind\">{}</span>", self.say(msg!("html-pair-only-a")));
            }
            _ => {
                let span = |cues: &[&CueBrief]| {
                    let start = cues.iter().map(|c| c.start.signed()).min().unwrap_or(0);
                    let end = cues.iter().map(|c| c.end.signed()).max().unwrap_or(0);
                    (start, end)
                };
                let ((a_start, a_end), (b_start, b_end)) = (span(&a), span(&b));
                for (label, delta) in
                    [(msg!("html-pair-start"), b_start - a_start), (msg!("html-pair-end"), b_end - a_end)]
                {
                    let off = delta.abs() > view.tolerance_ms;
                    let class = if off { " class=\"off\"" } else { "" };
                    let offset = match self.lang {
                        UiLang::Spanish => Offset(delta).to_string().replace('.', ","),
                        UiLang::English => Offset(delta).to_string(),
                    };
                    let _ = write!(page, "<div{class}>{} {offset}</div>", self.say(label));
                }
                let shape = match kind {
                    RowKind::Split => Some(msg!("html-pair-split", cues = b.len())),
                    RowKind::Merged => Some(msg!("html-pair-merged", cues = a.len())),
                    RowKind::Group => Some(msg!("html-pair-group", a = a.len(), b = b.len())),
                    _ => None,
                };
                if let Some(shape) = shape {
                    page.push_str("<span class=\"kind\">");
                    text(page, &self.say(shape));
                    page.push_str("</span>");
                }
            }
        }
        page.push_str("</td>\n");
        pair_cues(page, self.lang, number, &b, true, langs.1);
        page.push_str("<td>");
        if !found.is_empty() {
            page.push_str("<ul class=\"inline\">\n");
            for d in found {
                self.inline_finding(page, d);
            }
            page.push_str("</ul>");
        }
        page.push_str("</td>\n</tr>\n");
    }

    /// A finding as a list item: severity, rule, message.
    fn inline_finding(&self, page: &mut String, d: &Diagnostic) {
        let tone = tone(d.severity);
        let _ = write!(
            page,
            "<li class=\"f sev-{0} rule-{1}\"><span class=\"badge t-{0}\">{2}</span> <code>",
            tone.name,
            ident(d.rule),
            level(self.lang, tone)
        );
        text(page, d.rule);
        page.push_str("</code> ");
        prose(page, &d.message);
        page.push_str("</li>\n");
    }
}

/// The two cells of one side of a pair row: the cues' numbers and times, and their text (or a
/// note that the side has none).
fn pair_cues(page: &mut String, ui: UiLang, number: usize, cues: &[&CueBrief], other: bool, lang: Option<&str>) {
    if cues.is_empty() {
        let _ = writeln!(page, "<td></td><td class=\"side absent\">{}</td>", say(ui, msg!("html-pair-missing")));
        return;
    }
    page.push_str("<td>");
    for cue in cues {
        let prefix = if other { "b-cue" } else { "cue" };
        let _ = write!(
            page,
            "<p class=\"cue\" id=\"file-{number}-{prefix}-{0}\"><a href=\"#file-{number}-{prefix}-{0}\">{0}</a><br>\
             <span class=\"when\">{1}<br>{2}</span></p>",
            cue.position, cue.start, cue.end
        );
    }
    page.push_str("</td><td class=\"side\"");
    if let Some(lang) = lang {
        page.push_str(" lang=\"");
        text(page, lang);
        page.push('"');
    }
    page.push('>');
    for cue in cues {
        page.push_str("<pre class=\"text cue\">");
        text(page, &cue.text);
        page.push_str("</pre>");
    }
    page.push_str("</td>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 relative luminance of `#rrggbb`.
    fn luminance(colour: &str) -> f64 {
        let channel = |i: usize| {
            let value = u8::from_str_radix(&colour[i..i + 2], 16).expect("hex colour");
            let c = f64::from(value) / 255.0;
            if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn colours_meet_wcag_aa() {
        for tone in TONES {
            assert!(contrast(tone.ink, tone.wash) >= 4.5, "{} text on its tint", tone.name);
            assert!(contrast(tone.ink, PAPER) >= 4.5, "{} text on white", tone.name);
            assert!(contrast(tone.bar, PAPER) >= 3.0, "{} timeline mark on white", tone.name);
        }
        for (ink, on) in [(INK, PAPER), (MUTED, PAPER), (LINK, PAPER), (INK, MARK), (MUTED, "#f1f3f6")] {
            assert!(contrast(ink, on) >= 4.5, "{ink} on {on}: {:.2}", contrast(ink, on));
        }
        for mark in [CUE_BAR, GAP, SPEED] {
            assert!(contrast(mark, PAPER) >= 3.0, "{mark} on white");
            assert!(contrast(mark, "#eef1f5") >= 3.0, "{mark} on a lane");
        }
    }

    #[test]
    fn text_escapes_and_shows_controls() {
        let mut out = String::new();
        text(&mut out, "<script>\"a\" & 'b'\u{1}\u{7f}\u{9c}\u{fffe}\ttab\n");
        assert_eq!(out, "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;\u{2401}\u{2421}\u{fffd}\u{fffd}\ttab\n");
    }

    #[test]
    fn snippets_mark_the_span_within_the_cue() {
        let source = "1\n00:00:01,000 --> 00:00:02,000\nHola...\nadiós\n";
        let dots = source.find("...").expect("dots");
        let mut out = String::new();
        let cue = source.find("00:00:01").expect("timing")..source.len() - 1;
        snippet(&mut out, source, Some(cue), dots..dots + 3, "here");
        assert_eq!(out, "<pre class=\"text\">00:00:01,000 --&gt; 00:00:02,000\nHola<mark>...</mark>\nadiós</pre>");
        out.clear();
        snippet(&mut out, source, None, dots + 3..dots + 3, "here");
        assert_eq!(out, "<pre class=\"text\">Hola...<mark class=\"at\" title=\"here\">\u{2038}</mark></pre>");
        out.clear();
        snippet(&mut out, source, None, 0..source.len() + 5, "here");
        assert_eq!(out, "", "a span outside the source quotes nothing");
        let long = format!("{}\n", "ab\n".repeat(50));
        out.clear();
        snippet(&mut out, &long, Some(0..long.len()), 0..2, "here");
        assert_eq!(out.matches('\n').count(), SNIPPET_LINES - 1);
        assert!(out.ends_with("\u{2026}</pre>"));
    }

    #[test]
    fn prose_sets_backticks_as_code() {
        let mut out = String::new();
        prose(&mut out, "replace `...` with `…` <b>");
        assert_eq!(out, "replace <code>...</code> with <code>…</code> &lt;b&gt;");
        out.clear();
        prose(&mut out, "a `b` c `d");
        assert_eq!(out, "a <code>b</code> c `d");
    }

    #[test]
    fn dates_are_utc() {
        assert_eq!(utc_date(0).as_deref(), Some("1970-01-01 00:00 UTC"));
        assert_eq!(utc_date(1_796_585_640).as_deref(), Some("2026-12-06 19:34 UTC"));
        assert_eq!(utc_date(951_782_400).as_deref(), Some("2000-02-29 00:00 UTC"));
        assert_eq!(utc_date(-86_400).as_deref(), Some("1969-12-31 00:00 UTC"));
    }

    #[test]
    fn lanes_and_marks_follow_time() {
        let cue = |position: usize, start: u64, end: u64| CueBrief {
            position,
            start: Timestamp::from_ms(start).expect("time"),
            end: Timestamp::from_ms(end).expect("time"),
            line: 0,
            text_span: 0..0,
            text: String::new(),
            chars: 0,
            worst: None,
            findings: 0,
        };
        let cues = vec![cue(1, 0, 1000), cue(2, 900, 2000), cue(3, 2040, 3000), cue(4, 3500, 4000)];
        assert_eq!(lanes(&cues), vec![0, 1, 0, 0]);
        let marks = between(&cues, 83);
        let shown: Vec<(i64, i64, bool)> = marks.iter().map(|m| (m.from, m.to, m.overlap)).collect();
        assert_eq!(shown, vec![(900, 1000, true), (2000, 2040, false)]);
    }
}
