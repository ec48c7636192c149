//! Structure: duplicate ids, a term and a message with the same name, duplicate attributes and
//! variant keys. (A select without a default is a parse error, reported by the syntax pass.)
use super::model::{Entry, Kind, Locale, Node, Sink, offset_in, walk_entry};
use crate::msg;
use fluent_syntax::ast;

/// Report structural problems of `locale`. `functions` are the names the code registers, which
/// share the bundle's namespace with messages and terms.
pub(crate) fn check(locale: &Locale<'_, '_>, functions: &[String], sink: &mut Sink) {
    for entry in &locale.entries {
        if let Some(first) = locale.get(entry.kind, entry.name)
            && !std::ptr::eq(first, entry)
        {
            sink.at_entry(
                "duplicate-id",
                locale,
                entry,
                msg!("locales-duplicate-id", id = entry.key(), at = place(locale, first)),
            );
        }
    }
    for term in locale.unique().filter(|e| e.kind == Kind::Term) {
        if let Some(message) = locale.get(Kind::Message, term.name) {
            let (later, earlier) = if (message.file, message.offset) > (term.file, term.offset) {
                (message, term)
            } else {
                (term, message)
            };
            sink.at_entry(
                "name-collision",
                locale,
                later,
                msg!(
                    "locales-name-collision",
                    later = later.key(),
                    earlier = earlier.key(),
                    at = place(locale, earlier),
                    name = term.name
                ),
            );
        }
    }
    for message in locale.messages() {
        if functions.iter().any(|f| f == message.name) {
            sink.at_entry("name-collision", locale, message, msg!("locales-function-collision", id = message.name));
        }
    }
    for entry in locale.unique() {
        duplicate_attributes(locale, entry, sink);
        duplicate_variants(locale, entry, sink);
    }
}

/// `path:line` of an entry.
pub(crate) fn place(locale: &Locale<'_, '_>, entry: &Entry<'_, '_>) -> String {
    match locale.file(entry.file) {
        Some(file) => format!("{}:{}", file.path, file.index.position(file.text, entry.offset).0),
        None => entry.key(),
    }
}

fn duplicate_attributes(locale: &Locale<'_, '_>, entry: &Entry<'_, '_>, sink: &mut Sink) {
    let Some(file) = locale.file(entry.file) else { return };
    for (i, attribute) in entry.attributes.iter().enumerate() {
        let name = attribute.id.name;
        if entry.attributes.iter().take(i).any(|a| a.id.name == name) {
            let start = offset_in(file.text, name).unwrap_or(entry.offset);
            sink.push(
                "duplicate-attribute",
                locale,
                entry.file,
                start..start + name.len(),
                Some(entry.key()),
                msg!("locales-duplicate-attribute", id = entry.key(), attribute = name),
            );
        }
    }
}

fn duplicate_variants(locale: &Locale<'_, '_>, entry: &Entry<'_, '_>, sink: &mut Sink) {
    let Some(file) = locale.file(entry.file) else { return };
    walk_entry(entry, &mut |node| {
        let Node::Select(_, variants) = node else { return };
        for (i, variant) in variants.iter().enumerate() {
            let key = key_text(&variant.key);
            let repeated = variants.iter().take(i).any(|v| same_key(&v.key, &variant.key));
            if repeated {
                let start = offset_in(file.text, key).unwrap_or(entry.offset);
                sink.push(
                    "duplicate-variant",
                    locale,
                    entry.file,
                    start..start + key.len(),
                    Some(entry.key()),
                    msg!("locales-duplicate-variant", key = key),
                );
            }
        }
    });
}

/// The key as written.
pub(crate) fn key_text<'s>(key: &ast::VariantKey<&'s str>) -> &'s str {
    match key {
        ast::VariantKey::Identifier { name } => name,
        ast::VariantKey::NumberLiteral { value } => value,
    }
}

/// Whether two keys select the same values (`[1]` and `[1.0]` are the same number).
fn same_key(a: &ast::VariantKey<&str>, b: &ast::VariantKey<&str>) -> bool {
    match (a, b) {
        (ast::VariantKey::Identifier { name: x }, ast::VariantKey::Identifier { name: y }) => x == y,
        (ast::VariantKey::NumberLiteral { value: x }, ast::VariantKey::NumberLiteral { value: y }) => {
            x == y || matches!((x.parse::<f64>(), y.parse::<f64>()), (Ok(p), Ok(q)) if p == q)
        }
        _ => false,
    }
}
