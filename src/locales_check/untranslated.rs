//! Untranslated: a value identical to the reference's in a locale of another language.
//!
//! Names and titles legitimately stay the same (*What We Leave Behind*, SXSW); declare them with
//! the [`super::VERBATIM_MARKER`] in the comment above the entry, or in a `##` group comment that
//! covers a group of entries, in the reference file or in the translation.
use super::model::{Entry, Locale, Node, Sink, offset_in, walk};
use super::structure::place;
use crate::msg;
use fluent_syntax::ast;

/// Report values of `translation` identical to the reference's, when the languages differ.
pub(crate) fn check(translation: &Locale<'_, '_>, reference: &Locale<'_, '_>, sink: &mut Sink) {
    if translation.langid.language == reference.langid.language {
        return;
    }
    for entry in translation.unique() {
        let Some(original) = reference.get(entry.kind, entry.name) else { continue };
        if entry.verbatim || original.verbatim {
            continue;
        }
        compare(translation, reference, entry, original, sink);
    }
}

fn compare(
    translation: &Locale<'_, '_>,
    reference: &Locale<'_, '_>,
    entry: &Entry<'_, '_>,
    original: &Entry<'_, '_>,
    sink: &mut Sink,
) {
    let Some(file) = translation.file(entry.file) else { return };
    for (attribute, pattern) in entry.patterns() {
        let counterpart = match attribute {
            None => original.value,
            Some(id) => original.attributes.iter().find(|a| a.id.name == id.name).map(|a| &a.value),
        };
        let Some(counterpart) = counterpart else { continue };
        if !has_words(pattern) || canonical(pattern) != canonical(counterpart) {
            continue;
        }
        let (span, label) = match attribute {
            Some(id) => {
                let start = offset_in(file.text, id.name).unwrap_or(entry.offset);
                (start..start + id.name.len(), format!("{}.{}", entry.key(), id.name))
            }
            None => (entry.id_span(), entry.key()),
        };
        sink.push(
            "untranslated",
            translation,
            entry.file,
            span,
            Some(entry.key()),
            msg!("locales-untranslated", label = label, reference = reference.tag, at = place(reference, original)),
        );
    }
}

/// Whether the pattern has words anywhere in its text, variants included (a value made only of
/// placeables, numbers or punctuation has nothing to translate).
fn has_words(pattern: &ast::Pattern<&str>) -> bool {
    let mut found = false;
    walk(pattern, &mut |node| {
        if let Node::Text(text) = node {
            found |= text.chars().any(char::is_alphabetic);
        }
    });
    found
}

/// A comparable form of a pattern: text as is, expressions by structure.
fn canonical(pattern: &ast::Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            ast::PatternElement::TextElement { value } => (*value).to_string(),
            ast::PatternElement::Placeable { expression } => format!("{{{expression:?}}}"),
        })
        .collect()
}
