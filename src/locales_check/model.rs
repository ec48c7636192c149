//! The parsed form of a locale set: files with their fluent-syntax AST and parse errors, entries
//! with positions, a walk over patterns, and the sink that turns byte ranges into findings.
//!
//! fluent-syntax's AST has no spans, but with `S = &str` every identifier and text element is a
//! slice of the source, so pointer arithmetic recovers byte offsets (see [`offset_in`]).
use super::{IGNORES_MARKER, LocaleSet, VERBATIM_MARKER, rules};
use crate::diagnostic::LineIndex;
use crate::diagnostic::{Diagnostic, Message, Severity};
use crate::error::Error;
use crate::msg;
use crate::report::FileReport;
use crate::ui::UiLang;
use fluent_syntax::ast;
use fluent_syntax::parser::{self, ParserError};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// One parsed file.
pub(crate) struct ParsedFile<'s> {
    pub path: &'s str,
    pub name: &'s str,
    /// The whole text, BOM included; every offset refers to it.
    pub text: &'s str,
    pub index: LineIndex,
    /// Whether the text starts with U+FEFF (it is parsed without it).
    pub bom: bool,
    pub resource: ast::Resource<&'s str>,
    /// Parse errors, with offsets into `text`.
    pub errors: Vec<ParserError>,
    /// Where placeables nest deeper than [`MAX_NESTING`]: such a file is not parsed at all, since
    /// the parsers recurse once per level and would overflow the stack.
    pub too_deep: Option<usize>,
}

pub(crate) use crate::press::fluent::{MAX_NESTING, nesting_overflow};

/// One parsed locale.
pub(crate) struct ParsedLocale<'s> {
    pub tag: &'s str,
    pub langid: LanguageIdentifier,
    pub files: Vec<ParsedFile<'s>>,
}

/// Parse every file of `set`; fails when a locale folder is not named with a language tag.
pub(crate) fn parse_set(set: &LocaleSet) -> Result<Vec<ParsedLocale<'_>>, Error> {
    set.locales
        .iter()
        .map(|locale| {
            let langid: LanguageIdentifier = locale.tag.parse().map_err(|_| {
                let path = locale.files.first().map_or(locale.tag.as_str(), |f| f.path.as_str());
                Error::file(path, super::english(msg!("locales-bad-locale-tag", tag = locale.tag.as_str())))
            })?;
            let files = locale.files.iter().map(|f| parse_file(&f.path, &f.name, &f.text)).collect();
            Ok(ParsedLocale { tag: &locale.tag, langid, files })
        })
        .collect()
}

fn parse_file<'s>(path: &'s str, name: &'s str, text: &'s str) -> ParsedFile<'s> {
    let (bom, body) = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let shift = text.len() - body.len();
    if let Some(at) = nesting_overflow(body) {
        let empty = ast::Resource { body: Vec::new() };
        let index = LineIndex::new(text);
        return ParsedFile {
            path,
            name,
            text,
            index,
            bom,
            resource: empty,
            errors: Vec::new(),
            too_deep: Some(at + shift),
        };
    }
    let (resource, mut errors) = match parser::parse(body) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    for error in &mut errors {
        error.pos = error.pos.start + shift..error.pos.end + shift;
        error.slice = error.slice.as_ref().map(|s| s.start + shift..s.end + shift);
    }
    ParsedFile { path, name, text, index: LineIndex::new(text), bom, resource, errors, too_deep: None }
}

/// Byte offset of `part` inside `text`, when `part` is a slice of it.
pub(crate) fn offset_in(text: &str, part: &str) -> Option<usize> {
    let start = text.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    (at >= start && at + part.len() <= start + text.len()).then(|| at - start)
}

/// Messages and terms live in one namespace at run time but are separate in the syntax.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Kind {
    Message,
    Term,
}

/// A message or a term of a locale.
pub(crate) struct Entry<'p, 's> {
    pub kind: Kind,
    /// The id without the term's leading `-`.
    pub name: &'s str,
    /// Index into the locale's files.
    pub file: usize,
    /// Byte offset of the id (for terms, of the `-`).
    pub offset: usize,
    pub value: Option<&'p ast::Pattern<&'s str>>,
    pub attributes: &'p [ast::Attribute<&'s str>],
    /// Declared identical in every locale (a name or title) by the [`VERBATIM_MARKER`].
    pub verbatim: bool,
    /// Variables the comment declares deliberately unused with the [`IGNORES_MARKER`].
    pub ignores: Vec<&'s str>,
}

impl<'p, 's> Entry<'p, 's> {
    /// The id as written in references: `name` or `-name`.
    pub fn key(&self) -> String {
        match self.kind {
            Kind::Message => self.name.to_string(),
            Kind::Term => format!("-{}", self.name),
        }
    }

    /// The byte range of the id.
    pub fn id_span(&self) -> Range<usize> {
        let len = self.name.len() + usize::from(self.kind == Kind::Term);
        self.offset..self.offset + len
    }

    /// The value (as attribute `None`) and every attribute, in order.
    pub fn patterns(&self) -> Vec<(Option<&'p ast::Identifier<&'s str>>, &'p ast::Pattern<&'s str>)> {
        let mut out: Vec<_> = self.value.map(|v| (None, v)).into_iter().collect();
        out.extend(self.attributes.iter().map(|a| (Some(&a.id), &a.value)));
        out
    }
}

/// A locale ready for the checks.
pub(crate) struct Locale<'p, 's> {
    pub tag: &'s str,
    /// Its position in the list of locales the checks run over.
    pub index: usize,
    pub langid: LanguageIdentifier,
    pub files: &'p [ParsedFile<'s>],
    /// Every message and term, in file order (duplicates included).
    pub entries: Vec<Entry<'p, 's>>,
    /// The first entry of each (kind, name): the one the bundle keeps.
    first: HashMap<(Kind, &'s str), usize>,
}

impl<'p, 's> Locale<'p, 's> {
    /// The entry the bundle uses for `name`.
    pub fn get(&self, kind: Kind, name: &str) -> Option<&Entry<'p, 's>> {
        self.first.get(&(kind, name)).and_then(|&i| self.entries.get(i))
    }

    /// The first entry of each id, in file order.
    pub fn unique(&self) -> impl Iterator<Item = &Entry<'p, 's>> {
        self.entries.iter().enumerate().filter(|(i, e)| self.first.get(&(e.kind, e.name)) == Some(i)).map(|(_, e)| e)
    }

    /// The unique messages.
    pub fn messages(&self) -> impl Iterator<Item = &Entry<'p, 's>> {
        self.unique().filter(|e| e.kind == Kind::Message)
    }

    /// The file an entry lives in.
    pub fn file(&self, index: usize) -> Option<&'p ParsedFile<'s>> {
        self.files.get(index)
    }

    /// Index of the file named `name`.
    pub fn file_named(&self, name: &str) -> Option<usize> {
        self.files.iter().position(|f| f.name == name)
    }
}

/// Collect the entries of every parsed locale.
pub(crate) fn build<'p, 's>(parsed: &'p [ParsedLocale<'s>]) -> Vec<Locale<'p, 's>> {
    parsed
        .iter()
        .enumerate()
        .map(|(index, locale)| {
            let mut entries = Vec::new();
            let mut first = HashMap::new();
            for (file_index, file) in locale.files.iter().enumerate() {
                let mut group_verbatim = false;
                for entry in &file.resource.body {
                    let (kind, id, value, attributes, comment) = match entry {
                        ast::Entry::Message(m) => (Kind::Message, &m.id, m.value.as_ref(), &m.attributes, &m.comment),
                        ast::Entry::Term(t) => (Kind::Term, &t.id, Some(&t.value), &t.attributes, &t.comment),
                        ast::Entry::GroupComment(c) => {
                            group_verbatim = has_marker(c);
                            continue;
                        }
                        _ => continue,
                    };
                    let id_offset = offset_in(file.text, id.name).unwrap_or(0);
                    let offset = if kind == Kind::Term { id_offset.saturating_sub(1) } else { id_offset };
                    let verbatim = group_verbatim || comment.as_ref().is_some_and(has_marker);
                    let ignores = comment.as_ref().map(ignored_variables).unwrap_or_default();
                    first.entry((kind, id.name)).or_insert(entries.len());
                    entries.push(Entry {
                        kind,
                        name: id.name,
                        file: file_index,
                        offset,
                        value,
                        attributes,
                        verbatim,
                        ignores,
                    });
                }
            }
            Locale { tag: locale.tag, index, langid: locale.langid.clone(), files: &locale.files, entries, first }
        })
        .collect()
}

fn has_marker(comment: &ast::Comment<&str>) -> bool {
    comment.content.iter().any(|line| line.contains(VERBATIM_MARKER))
}

/// The `$variables` named on the comment lines that carry the [`IGNORES_MARKER`].
fn ignored_variables<'s>(comment: &ast::Comment<&'s str>) -> Vec<&'s str> {
    let mut out = Vec::new();
    for line in comment.content.iter().filter(|l| l.contains(IGNORES_MARKER)) {
        for (at, _) in line.match_indices('$') {
            let name = line.get(at + 1..).unwrap_or("");
            let end = name.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(name.len());
            if let Some(name) = name.get(..end).filter(|n| !n.is_empty()) {
                out.push(name);
            }
        }
    }
    out
}

/// One node met while walking a pattern.
pub(crate) enum Node<'p, 's> {
    /// Literal text.
    Text(&'s str),
    /// `$name`.
    Variable(&'s str),
    /// `message` or `message.attribute`.
    Message(&'s str, Option<&'s str>),
    /// `-term` or `-term.attribute` (arguments are walked too).
    Term(&'s str, Option<&'s str>),
    /// `FUNCTION(…)` (arguments are walked too).
    Function(&'s str),
    /// A string literal `{ "…" }`.
    StringLiteral(&'s str),
    /// A select expression (its selector and variants are walked too).
    Select(&'p ast::InlineExpression<&'s str>, &'p [ast::Variant<&'s str>]),
}

/// Call `visit` on every node of `pattern`, depth first, in source order.
pub(crate) fn walk<'p, 's>(pattern: &'p ast::Pattern<&'s str>, visit: &mut dyn FnMut(Node<'p, 's>)) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => visit(Node::Text(value)),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, visit),
        }
    }
}

fn walk_expression<'p, 's>(expression: &'p ast::Expression<&'s str>, visit: &mut dyn FnMut(Node<'p, 's>)) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, visit),
        ast::Expression::Select { selector, variants } => {
            visit(Node::Select(selector, variants));
            walk_inline(selector, visit);
            for variant in variants {
                walk(&variant.value, visit);
            }
        }
    }
}

fn walk_inline<'p, 's>(inline: &'p ast::InlineExpression<&'s str>, visit: &mut dyn FnMut(Node<'p, 's>)) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => visit(Node::StringLiteral(value)),
        ast::InlineExpression::NumberLiteral { .. } => {}
        ast::InlineExpression::VariableReference { id } => visit(Node::Variable(id.name)),
        ast::InlineExpression::MessageReference { id, attribute } => {
            visit(Node::Message(id.name, attribute.as_ref().map(|a| a.name)));
        }
        ast::InlineExpression::TermReference { id, attribute, arguments } => {
            visit(Node::Term(id.name, attribute.as_ref().map(|a| a.name)));
            if let Some(arguments) = arguments {
                walk_arguments(arguments, visit);
            }
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            visit(Node::Function(id.name));
            walk_arguments(arguments, visit);
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, visit),
    }
}

fn walk_arguments<'p, 's>(arguments: &'p ast::CallArguments<&'s str>, visit: &mut dyn FnMut(Node<'p, 's>)) {
    for positional in &arguments.positional {
        walk_inline(positional, visit);
    }
    for named in &arguments.named {
        walk_inline(&named.value, visit);
    }
}

/// Every node of every pattern (value and attributes) of `entry`.
pub(crate) fn walk_entry<'p, 's>(entry: &Entry<'p, 's>, visit: &mut dyn FnMut(Node<'p, 's>)) {
    for (_, pattern) in entry.patterns() {
        walk(pattern, visit);
    }
}

/// The variables an entry uses directly, with the offset of their first use.
pub(crate) fn variables<'s>(entry: &Entry<'_, 's>) -> Vec<&'s str> {
    let mut out: Vec<&'s str> = Vec::new();
    walk_entry(entry, &mut |node| {
        if let Node::Variable(name) = node
            && !out.contains(&name)
        {
            out.push(name);
        }
    });
    out
}

/// The messages an entry references (ids only).
pub(crate) fn message_refs<'s>(entry: &Entry<'_, 's>) -> Vec<&'s str> {
    let mut out: Vec<&'s str> = Vec::new();
    walk_entry(entry, &mut |node| {
        if let Node::Message(id, _) = node
            && !out.contains(&id)
        {
            out.push(id);
        }
    });
    out
}

/// One finding, with the file it belongs to.
#[derive(Debug, PartialEq, Eq)]
struct Found {
    /// Index of the locale in the list the checks run over.
    locale: usize,
    /// Index of the file in its locale.
    file: usize,
    /// The message or term the finding is about.
    id: Option<String>,
    diagnostic: Diagnostic,
}

/// Collects findings as ordinary diagnostics, turning byte ranges into line:column.
#[derive(Default)]
pub(crate) struct Sink {
    found: Vec<Found>,
}

impl Sink {
    /// Record a finding for `rule` at bytes `span` of file `file` of `locale`, about the message
    /// or term `id` (with a term's leading `-`), if any. The message names the id: when it
    /// does not already, it is put in front (`` `cli-runtime`: … ``).
    pub fn push(
        &mut self,
        rule: &'static str,
        locale: &Locale<'_, '_>,
        file: usize,
        span: Range<usize>,
        id: Option<String>,
        message: Message,
    ) {
        let Some(parsed) = locale.file(file) else { return };
        let info = rules::rule_info(rule);
        let (line, column) = parsed.index.position(parsed.text, span.start);
        let (end_line, end_column) = parsed.index.position(parsed.text, span.end.max(span.start));
        let english = crate::ui::render(UiLang::English, &message);
        let message = match &id {
            Some(id) if !english.contains(&format!("`{id}")) => msg!("locales-about", id = id, message = message),
            _ => message,
        };
        let mut diagnostic = Diagnostic {
            rule,
            severity: info.map_or(Severity::Error, |i| i.default_severity),
            line,
            column,
            end_line,
            end_column,
            cue: None,
            message: String::new(),
            fix: None,
            other_line: None,
            span,
            localized: None,
        };
        crate::ui::set_message(&mut diagnostic, message);
        self.found.push(Found { locale: locale.index, file, id, diagnostic });
    }

    /// Keep only what applies to interface texts: no markup findings (`<i>` is text there), and
    /// no typography finding inside a backtick code span (`` `...` `` names what a rule looks for).
    pub fn interface_only(&mut self, locales: &[Locale<'_, '_>]) {
        const TYPOGRAPHY: [&str; 9] = [
            "straight-apostrophe",
            "straight-quotes",
            "ellipsis",
            "quote-style",
            "inverted-marks",
            "estreno",
            "guion-accent",
            "month-case",
            "unit-symbol",
        ];
        self.found.retain(|f| {
            let d = &f.diagnostic;
            if matches!(d.rule, "markup" | "unsupported-markup") {
                return false;
            }
            if !TYPOGRAPHY.contains(&d.rule) {
                return true;
            }
            let text = locales.get(f.locale).and_then(|l| l.file(f.file)).map_or("", |p| p.text);
            !in_code_span(text, d.line, d.column)
        });
    }

    /// Forget the findings that an id of `ids` is not in the reference: their reference text
    /// lives in the code ([`Options::in_code`](super::Options)).
    pub fn allow_extra(&mut self, ids: &std::collections::BTreeSet<String>) {
        self.found.retain(|f| {
            !(matches!(f.diagnostic.rule, "extra-message" | "extra-attribute" | "extra-value")
                && f.id.as_ref().is_some_and(|id| ids.contains(id)))
        });
    }

    /// Record a finding on an entry's id.
    pub fn at_entry(&mut self, rule: &'static str, locale: &Locale<'_, '_>, entry: &Entry<'_, '_>, message: Message) {
        self.push(rule, locale, entry.file, entry.id_span(), Some(entry.key()), message);
    }

    /// A report entry for every file of every locale, in locale and file order, each with its
    /// findings in position and rule order, without exact repeats. Each file's language is its
    /// locale's tag, given the reason `reference` in the `reference` locale.
    pub fn finish(mut self, locales: &[Locale<'_, '_>], reference: usize) -> Vec<FileReport> {
        self.found.sort_by(|a, b| {
            let (x, y) = (&a.diagnostic, &b.diagnostic);
            (a.locale, a.file, x.line, x.column, x.rule, &x.message)
                .cmp(&(b.locale, b.file, y.line, y.column, y.rule, &y.message))
        });
        self.found.dedup();
        let mut found = self.found.into_iter().peekable();
        let mut files = Vec::new();
        for (l, locale) in locales.iter().enumerate() {
            for (f, parsed) in locale.files.iter().enumerate() {
                let mut diagnostics = Vec::new();
                while let Some(next) = found.next_if(|next| (next.locale, next.file) <= (l, f)) {
                    diagnostics.push(next.diagnostic);
                }
                files.push(FileReport {
                    path_bytes: None,
                    path: parsed.path.to_string(),
                    other_path: None,
                    language: Some(locale.tag.to_string()),
                    language_reason: (l == reference).then(|| "reference".to_string()),
                    encoding: "UTF-8".to_string(),
                    config: None,
                    cues: 0,
                    diagnostics,
                    source: Arc::from(parsed.text),
                    detail: None,
                });
            }
        }
        files
    }
}

/// Whether 1-based `column` of 1-based `line` of `text` is between two backticks of that line.
fn in_code_span(text: &str, line: usize, column: usize) -> bool {
    let Some(row) = text.lines().nth(line.saturating_sub(1)) else { return false };
    row.chars().take(column.saturating_sub(1)).filter(|&c| c == '`').count() % 2 == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_are_found_on_their_line() {
        let text = "a = b\nc = use `...` or …\n";
        assert!(in_code_span(text, 2, 10));
        assert!(!in_code_span(text, 2, 5));
        assert!(!in_code_span(text, 2, 20));
    }

    #[test]
    fn nesting_is_measured_outside_string_literals() {
        assert_eq!(nesting_overflow("a = { { $x } }"), None);
        let deep = format!("a = {}", "{ ".repeat(MAX_NESTING + 1));
        assert_eq!(nesting_overflow(&deep), Some(4 + 2 * MAX_NESTING));
        let quoted = format!("a = {{ \"{}\" }}", "{".repeat(200));
        assert_eq!(nesting_overflow(&quoted), None);
        // Call arguments nest as deeply as placeables do.
        let calls = format!("a = {{ {}1{} }}", "NUMBER(".repeat(MAX_NESTING), ")".repeat(MAX_NESTING));
        assert_eq!(nesting_overflow(&calls), Some(6 + 7 * MAX_NESTING - 1));
        let shallow = format!("a = {{ {}1{} }} ((((", "NUMBER(".repeat(8), ")".repeat(8));
        assert_eq!(nesting_overflow(&shallow), None);
    }
}
