//! Parity: references that resolve, functions that exist, and a translation that has every
//! message, attribute, term and variable of the reference locale.
use super::arguments::Flow;
use super::model::{Entry, Kind, Locale, Node, Sink, offset_in, walk_entry};
use super::structure::place;
use crate::diagnostic::Message;
use crate::msg;

/// Report references to messages, attributes or terms `locale` does not define, and functions the
/// code does not register.
pub(crate) fn check_references(locale: &Locale<'_, '_>, functions: &[String], sink: &mut Sink) {
    for entry in locale.unique() {
        let Some(file) = locale.file(entry.file) else { continue };
        walk_entry(entry, &mut |node| {
            let is_term = matches!(node, Node::Term(..));
            let (name, problem) = match node {
                Node::Message(id, attribute) => (id, undefined(locale, Kind::Message, id, attribute)),
                Node::Term(id, attribute) => (id, undefined(locale, Kind::Term, id, attribute)),
                Node::Function(id) if !functions.iter().any(|f| f == id) => {
                    let known = functions.join(", ");
                    (id, Some(("unknown-function", msg!("locales-unknown-function", id = id, known = known))))
                }
                _ => return,
            };
            if let Some((rule, message)) = problem {
                let start = offset_in(file.text, name).unwrap_or(entry.offset);
                let end = start + name.len();
                // A term reference's span includes its `-`.
                let start = if is_term { start.saturating_sub(1) } else { start };
                sink.push(rule, locale, entry.file, start..end, Some(entry.key()), message);
            }
        });
    }
}

fn undefined(
    locale: &Locale<'_, '_>,
    kind: Kind,
    id: &str,
    attribute: Option<&str>,
) -> Option<(&'static str, Message)> {
    let sigil = if kind == Kind::Term { "-" } else { "" };
    let what = kind_name(kind);
    let shown = format!("{sigil}{id}");
    match (locale.get(kind, id), attribute) {
        (None, _) => {
            Some(("undefined-reference", msg!("locales-undefined", what = what, id = shown, locale = locale.tag)))
        }
        (Some(target), Some(attribute)) if !target.attributes.iter().any(|a| a.id.name == attribute) => Some((
            "undefined-reference",
            msg!("locales-undefined-attribute", what = what, id = shown, attribute = attribute, locale = locale.tag),
        )),
        _ => None,
    }
}

/// `message` or `term`, as the interface says it.
fn kind_name(kind: Kind) -> Message {
    match kind {
        Kind::Term => msg!("locales-kind-term"),
        Kind::Message => msg!("locales-kind-message"),
    }
}

/// Compare `translation` with `reference`: missing and extra messages, attributes, values, terms,
/// and variables the reference uses that the translation ignores.
pub(crate) fn check_against(
    translation: &Locale<'_, '_>,
    reference: &Locale<'_, '_>,
    flows: (&Flow<'_>, &Flow<'_>),
    sink: &mut Sink,
) {
    let (translation_flow, reference_flow) = flows;
    for wanted in reference.unique() {
        let Some(found) = translation.get(wanted.kind, wanted.name) else {
            let rule = if wanted.kind == Kind::Message { "missing-message" } else { "missing-term" };
            let (file, span, after) = insertion_point(translation, reference, wanted);
            let after = after.map_or_else(|| msg!("sync-nothing"), |a| msg!("locales-add-after", after = a));
            sink.push(
                rule,
                translation,
                file,
                span,
                Some(wanted.key()),
                msg!(
                    "locales-missing",
                    id = wanted.key(),
                    reference = reference.tag,
                    at = place(reference, wanted),
                    after = after
                ),
            );
            continue;
        };
        if wanted.kind == Kind::Message {
            compare_message(translation, reference, wanted, found, sink);
            let empty = std::collections::BTreeSet::new();
            let ours = translation_flow.variables(found.name).unwrap_or(&empty);
            let theirs = reference_flow.variables(wanted.name).unwrap_or(&empty);
            let passed = reference_flow.visible(wanted.name);
            for variable in theirs.iter().filter(|v| !ours.contains(*v)) {
                // A variable the code never passes is reported once, on the reference.
                // A variable the reference only selects on (`$gender`, `$count`) is grammar, not
                // content: a language that does not need it loses nothing.
                if passed.is_some_and(|p| p.contains(*variable))
                    && !found.ignores.contains(variable)
                    && !super::selector_only::selects_only(wanted, variable)
                {
                    sink.at_entry(
                        "missing-variable",
                        translation,
                        found,
                        msg!(
                            "locales-missing-variable",
                            id = found.key(),
                            name = *variable,
                            at = place(reference, wanted)
                        ),
                    );
                }
            }
        }
    }
    for extra in translation.unique() {
        if reference.get(extra.kind, extra.name).is_none() {
            let rule = match extra.kind {
                Kind::Message => "extra-message",
                Kind::Term => "extra-term",
            };
            sink.at_entry(
                rule,
                translation,
                extra,
                msg!("locales-extra", what = kind_name(extra.kind), id = extra.key(), reference = reference.tag),
            );
        }
    }
}

fn compare_message(
    translation: &Locale<'_, '_>,
    reference: &Locale<'_, '_>,
    wanted: &Entry<'_, '_>,
    found: &Entry<'_, '_>,
    sink: &mut Sink,
) {
    let key = found.key();
    match (wanted.value.is_some(), found.value.is_some()) {
        (true, false) => sink.at_entry(
            "missing-value",
            translation,
            found,
            msg!("locales-missing-value", id = key.as_str(), at = place(reference, wanted)),
        ),
        (false, true) => sink.at_entry(
            "extra-value",
            translation,
            found,
            msg!("locales-extra-value", id = key.as_str(), at = place(reference, wanted)),
        ),
        _ => {}
    }
    for attribute in wanted.attributes {
        let name = attribute.id.name;
        if !found.attributes.iter().any(|a| a.id.name == name) {
            sink.at_entry(
                "missing-attribute",
                translation,
                found,
                msg!("locales-missing-attribute", id = key.as_str(), attribute = name, at = place(reference, wanted)),
            );
        }
    }
    let Some(file) = translation.file(found.file) else { return };
    for attribute in found.attributes {
        let name = attribute.id.name;
        if !wanted.attributes.iter().any(|a| a.id.name == name) {
            let start = offset_in(file.text, name).unwrap_or(found.offset);
            sink.push(
                "extra-attribute",
                translation,
                found.file,
                start..start + name.len(),
                Some(key.clone()),
                msg!("locales-extra-attribute", id = key.as_str(), attribute = name, at = place(reference, wanted)),
            );
        }
    }
}

/// Where a missing entry belongs in the translation: the counterpart file, right after the
/// closest preceding reference entry the translation has.
fn insertion_point(
    translation: &Locale<'_, '_>,
    reference: &Locale<'_, '_>,
    wanted: &Entry<'_, '_>,
) -> (usize, std::ops::Range<usize>, Option<String>) {
    let name = reference.file(wanted.file).map(|f| f.name).unwrap_or_default();
    let file = translation.file_named(name).unwrap_or(0);
    let before = reference.unique().take_while(|e| !std::ptr::eq(*e, wanted)).filter(|e| e.file == wanted.file);
    let previous: Vec<_> = before.collect();
    for candidate in previous.iter().rev() {
        if let Some(present) = translation.get(candidate.kind, candidate.name)
            && present.file == file
        {
            return (file, present.id_span(), Some(present.key()));
        }
    }
    (file, 0..0, None)
}
