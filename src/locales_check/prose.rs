//! Shared by the prose checks: the text of a pattern as a reader sees it, with each character's
//! byte offset in the file, so findings point at the source.
use super::model::{Entry, ParsedFile, offset_in};

/// One message pattern's text: literal text as written (placeables become a single `\u{FFFC}`,
/// which is never a letter), with the file offset of every byte of `text`.
pub(crate) struct Prose {
    /// The text.
    pub text: String,
    /// For each byte of `text`, its byte offset in the file (placeholders map to the start of
    /// the text that follows them).
    pub offsets: Vec<usize>,
}

/// The placeholder that stands for a placeable.
pub(crate) const PLACEABLE: char = '\u{FFFC}';

impl Prose {
    /// The file range of bytes `start..end` of `text`.
    pub fn span(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let at = |i: usize| self.offsets.get(i).copied().or_else(|| self.offsets.last().map(|o| o + 1)).unwrap_or(0);
        let first = at(start);
        let last = if end > start { at(end - 1) + 1 } else { first };
        first..last.max(first)
    }
}

/// The prose of the value of `entry` (attributes are labels, not prose). Select expressions
/// contribute their default variant only, so each variant is not read twice.
pub(crate) fn of_entry(entry: &Entry<'_, '_>, file: &ParsedFile<'_>) -> Option<Prose> {
    let pattern = entry.value?;
    let mut prose = Prose { text: String::new(), offsets: Vec::new() };
    let mut last = entry.offset;
    collect(pattern, file, &mut prose, &mut last);
    Some(prose)
}

fn collect(pattern: &fluent_syntax::ast::Pattern<&str>, file: &ParsedFile<'_>, prose: &mut Prose, last: &mut usize) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                let base = offset_in(file.text, value).unwrap_or(*last);
                for (i, c) in value.char_indices() {
                    for _ in 0..c.len_utf8() {
                        prose.offsets.push(base + i);
                    }
                    prose.text.push(c);
                }
                *last = base + value.len();
            }
            PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                if let Some(default) = variants.iter().find(|v| v.default) {
                    collect(&default.value, file, prose, last);
                }
            }
            PatternElement::Placeable { expression } => {
                // `{ "…" }` is literal text; anything else stands for a value.
                let literal = match expression {
                    Expression::Inline(InlineExpression::StringLiteral { value }) => Some(*value),
                    _ => None,
                };
                let text = literal.map_or_else(|| PLACEABLE.to_string(), str::to_string);
                for c in text.chars() {
                    for _ in 0..c.len_utf8() {
                        prose.offsets.push(*last);
                    }
                    prose.text.push(c);
                }
            }
        }
    }
}
