//! Text rules: markup, whitespace, characters, ellipses and dialogue dashes. They read what the
//! viewer sees ([`crate::visible`]: tags removed) and point at the bytes in the original file.
mod dialogue;
mod ellipsis;
mod glyph;
mod mojibake;
pub(crate) mod prose;
mod tags;
mod whitespace;

pub use mojibake::repair as repair_mojibake;
pub(crate) use whitespace::deletions as whitespace_deletions;

use crate::check::rule::Rule;
use crate::diagnostic::Edit;
use crate::srt::Document;
use std::ops::Range;

/// The text rules, in catalogue order.
pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(tags::UnbalancedTag),
        Box::new(tags::DisallowedTag),
        Box::new(whitespace::Whitespace),
        Box::new(glyph::Glyph),
        Box::new(mojibake::Mojibake),
        Box::new(ellipsis::Ellipsis),
        Box::new(dialogue::DialogueDash),
    ]
}

/// An edit replacing `range` of the document's source with `replacement`.
pub(crate) fn edit(doc: &Document, range: Range<usize>, replacement: impl Into<String>) -> Edit {
    let (line, column) = doc.position(range.start);
    let (end_line, end_column) = doc.position(range.end);
    Edit { range, line, column, end_line, end_column, replacement: replacement.into() }
}

/// Up to `max` characters of `text`, with `…` when cut, for quoting text in messages.
pub(crate) fn quote(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}
