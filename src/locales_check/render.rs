//! Rendering: format every message and attribute of a locale with sample arguments, the way the
//! press renderer does, and report Fluent errors, isolation marks and leftover `{`.
//!
//! Each select on a passed argument is also rendered once per variant (with a value that picks
//! it), so a broken variant that the sample value does not reach is still caught.
use super::arguments::SampleValue;
use super::arguments::{Flow, Unknown};
use super::model::{Locale, Node, Sink, offset_in, walk};
use super::plural::{CATEGORIES, PluralRules};
use super::references::{MAX_PLACEABLES, Refused};
use super::structure::key_text;
use super::{ArgSpec, Options};
use crate::msg;
use fluent_bundle::resolver::ResolverError;
use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::cell::OnceCell;

/// Render every message of `locale` and report what goes wrong.
///
/// Errors the static checks already explain are left out: references to undefined messages, terms
/// or functions (`undefined-reference`, `unknown-function`) and variables the code never passes
/// (`unknown-argument`, given as `unknown`).
pub(crate) fn check(
    locale: &Locale<'_, '_>,
    options: &Options,
    rules: &PluralRules,
    unknown: &Unknown,
    flow: &Flow<'_>,
    sink: &mut Sink,
) {
    let mut bundle = (options.new_bundle)(&locale.langid);
    // A file too deeply nested to parse safely is reported by the syntax pass and left out.
    for file in locale.files.iter().filter(|f| f.too_deep.is_none()) {
        let text = file.text.strip_prefix('\u{FEFF}').unwrap_or(file.text).to_string();
        let resource = match FluentResource::try_new(text) {
            Ok(resource) => resource,
            // Junk is reported by the syntax pass; render what parsed.
            Err((resource, _)) => resource,
        };
        // Duplicates are reported by the structure pass; the bundle keeps the first, as at run time.
        let _ = bundle.add_resource(resource);
    }
    // Patterns sure to fail are reported without formatting them (see `references`).
    let chains = super::references::Chains::new(locale);
    for entry in locale.messages() {
        let Some(file) = locale.file(entry.file) else { continue };
        let Some(message) = bundle.get_message(entry.name) else { continue };
        let declared = options.args.args(entry.name);
        let reachable = OnceCell::new();
        let explained = |error: &FluentError| match error {
            FluentError::ResolverError(ResolverError::Reference(kind)) => match kind {
                ReferenceKind::Variable { id } => unknown.get(id).is_some_and(|users| {
                    reachable.get_or_init(|| flow.reachable(entry.name)).iter().any(|m| users.contains(*m))
                }),
                _ => true,
            },
            _ => false,
        };
        for (attribute, source) in entry.patterns() {
            let pattern = match attribute {
                None => message.value(),
                Some(id) => message.get_attribute(id.name).map(|a| a.value()),
            };
            let Some(pattern) = pattern else { continue };
            let (span, label) = match attribute {
                Some(id) => {
                    let start = offset_in(file.text, id.name).unwrap_or(entry.offset);
                    (start..start + id.name.len(), format!("{}.{}", entry.name, id.name))
                }
                None => (entry.id_span(), entry.name.to_string()),
            };
            if let Some(refused) = chains.refused(entry.name, attribute.map(|a| a.name)) {
                let why = match refused {
                    Refused::Cycle(at) => msg!("locales-render-cycle", at = at),
                    Refused::TooManyPlaceables => msg!("locales-render-too-many-placeables", limit = MAX_PLACEABLES),
                };
                sink.push(
                    "render-error",
                    locale,
                    entry.file,
                    span,
                    Some(entry.key()),
                    msg!("locales-render-error", label = label.as_str(), with = msg!("sync-nothing"), error = why),
                );
                continue;
            }
            let literal_brace = has_literal_brace(source);
            let mut reported: Vec<String> = Vec::new();
            for (variation, args) in argument_sets(source, declared, rules) {
                let mut errors = Vec::new();
                let out = bundle.format_pattern(pattern, Some(&args), &mut errors);
                let failed = !errors.is_empty();
                errors.retain(|e| !explained(e));
                let with = variation.map_or_else(|| msg!("sync-nothing"), |v| msg!("locales-render-with", values = v));
                let mut problems = Vec::new();
                if let Some(error) = errors.first() {
                    problems.push((
                        "render-error",
                        msg!(
                            "locales-render-error",
                            label = label.as_str(),
                            with = with.clone(),
                            error = error.to_string()
                        ),
                    ));
                }
                if out.contains(['\u{2068}', '\u{2069}']) {
                    problems.push((
                        "isolation-mark",
                        msg!(
                            "locales-isolation-marks",
                            label = label.as_str(),
                            with = with.clone(),
                            output = format!("{out:?}")
                        ),
                    ));
                }
                if !failed && let Err(why) = crate::press::rich::Rich::from_formatted(&out) {
                    problems.push((
                        "markup",
                        msg!("locales-render-markup", label = label.as_str(), with = with.clone(), reason = why),
                    ));
                }
                if !failed && !literal_brace && out.contains('{') {
                    problems.push((
                        "unresolved-placeable",
                        msg!(
                            "locales-leftover-brace",
                            label = label.as_str(),
                            with = with.clone(),
                            output = format!("{out:?}")
                        ),
                    ));
                }
                for (rule, text) in problems {
                    // One finding per rule and pattern: the first failing variation explains it.
                    if reported.iter().any(|r| r == rule) {
                        continue;
                    }
                    reported.push(rule.to_string());
                    sink.push(rule, locale, entry.file, span.clone(), Some(entry.key()), text);
                }
            }
        }
    }
}

fn has_literal_brace(pattern: &ast::Pattern<&str>) -> bool {
    let mut found = false;
    walk(pattern, &mut |node| {
        if let Node::StringLiteral(s) = node {
            found |= s.contains('{');
        }
    });
    found
}

fn value_of(sample: &SampleValue) -> FluentValue<'static> {
    match sample {
        SampleValue::Str(s) | SampleValue::Date(s) => FluentValue::from(s.clone()),
        SampleValue::Num(n) => FluentValue::from(*n),
    }
}

fn base_args(declared: &[ArgSpec]) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for arg in declared {
        args.set(arg.name.clone(), value_of(&arg.sample));
    }
    args
}

/// The sample arguments, then one variation per variant of each select on a declared argument.
fn argument_sets(
    pattern: &ast::Pattern<&str>,
    declared: &[ArgSpec],
    rules: &PluralRules,
) -> Vec<(Option<String>, FluentArgs<'static>)> {
    let mut sets = vec![(None, base_args(declared))];
    walk(pattern, &mut |node| {
        let Node::Select(selector, variants) = node else { return };
        let name = match selector {
            ast::InlineExpression::VariableReference { id } => id.name,
            ast::InlineExpression::FunctionReference { arguments, .. } => match arguments.positional.first() {
                Some(ast::InlineExpression::VariableReference { id }) => id.name,
                _ => return,
            },
            _ => return,
        };
        let Some(arg) = declared.iter().find(|a| a.name == name) else { return };
        let numeric = matches!(arg.sample, SampleValue::Num(_));
        for variant in variants {
            let key = key_text(&variant.key);
            let value = match variant.key {
                ast::VariantKey::NumberLiteral { .. } => FluentValue::try_number(key).into_owned(),
                ast::VariantKey::Identifier { name } if numeric && CATEGORIES.contains(&name) => {
                    match rules.example(name) {
                        Some(n) => FluentValue::from(n),
                        None => continue,
                    }
                }
                ast::VariantKey::Identifier { name } if numeric => {
                    let _ = name;
                    continue;
                }
                ast::VariantKey::Identifier { name } => FluentValue::from(name.to_string()),
            };
            let mut args = base_args(declared);
            let shown = match &value {
                FluentValue::String(s) => format!("${name} = \"{s}\""),
                FluentValue::Number(n) => format!("${name} = {}", n.as_string()),
                _ => format!("${name}"),
            };
            args.set(name.to_string(), value);
            sets.push((Some(shown), args));
        }
    });
    sets
}
