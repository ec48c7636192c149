//! Selectors: gender selects that cover both genders with a neutral default, plural variants the
//! locale can select, and numeric variants shadowed by a plural category placed before them.
use super::arguments::{ArgsSpec, SampleValue};
use super::model::{Entry, Kind, Locale, Node, Sink, offset_in, walk_entry};
use super::plural::{CATEGORIES, PluralRules};
use super::structure::key_text;
use crate::msg;
use fluent_syntax::ast;

const GENDER_KEYS: &[&str] = &["female", "male", "feminine", "masculine"];

/// Report selector problems in every entry of `locale`.
pub(crate) fn check(locale: &Locale<'_, '_>, args: &ArgsSpec, rules: &PluralRules, sink: &mut Sink) {
    for entry in locale.unique() {
        let Some(file) = locale.file(entry.file) else { continue };
        walk_entry(entry, &mut |node| {
            let Node::Select(selector, variants) = node else { return };
            let variable = selector_variable(selector);
            let at = |text: &str| {
                let start = offset_in(file.text, text).unwrap_or(entry.offset);
                start..start + text.len()
            };
            let selector_span = variable.map_or(entry.id_span(), |v| {
                let span = at(v);
                span.start.saturating_sub(1)..span.end
            });
            if is_gender(variable, variants) {
                gender(locale, entry, variable, variants, selector_span, sink);
            } else if rules.known() && is_plural(entry, selector, variable, variants, args) {
                plural_variants(locale, entry, variants, rules, &at, sink);
            }
        });
    }
}

/// The variable a selector reads: `$x` or `FUNCTION($x, …)`.
fn selector_variable<'s>(selector: &ast::InlineExpression<&'s str>) -> Option<&'s str> {
    match selector {
        ast::InlineExpression::VariableReference { id } => Some(id.name),
        ast::InlineExpression::FunctionReference { arguments, .. } => match arguments.positional.first() {
            Some(ast::InlineExpression::VariableReference { id }) => Some(id.name),
            _ => None,
        },
        _ => None,
    }
}

fn identifier_keys<'s>(variants: &[ast::Variant<&'s str>]) -> impl Iterator<Item = &'s str> {
    variants.iter().filter_map(|v| match v.key {
        ast::VariantKey::Identifier { name } => Some(name),
        ast::VariantKey::NumberLiteral { .. } => None,
    })
}

fn is_gender(variable: Option<&str>, variants: &[ast::Variant<&str>]) -> bool {
    let named = variable.is_some_and(|v| {
        let v = v.to_ascii_lowercase();
        v.ends_with("gender")
    });
    named || identifier_keys(variants).any(|k| GENDER_KEYS.contains(&k))
}

fn is_plural(
    entry: &Entry<'_, '_>,
    selector: &ast::InlineExpression<&str>,
    variable: Option<&str>,
    variants: &[ast::Variant<&str>],
    args: &ArgsSpec,
) -> bool {
    let number_function =
        matches!(selector, ast::InlineExpression::FunctionReference { id, .. } if id.name == "NUMBER");
    let number_literal = matches!(selector, ast::InlineExpression::NumberLiteral { .. });
    let numeric_sample = entry.kind == Kind::Message
        && variable.is_some_and(|v| matches!(args.sample(entry.name, v), Some(SampleValue::Num(_))));
    let numeric_keys = variants.iter().any(|v| matches!(v.key, ast::VariantKey::NumberLiteral { .. }));
    let mut keys = identifier_keys(variants).filter(|k| *k != "other").peekable();
    let category_keys = keys.peek().is_some() && keys.all(|k| CATEGORIES.contains(&k));
    number_function || number_literal || numeric_sample || numeric_keys || category_keys
}

fn gender(
    locale: &Locale<'_, '_>,
    entry: &Entry<'_, '_>,
    variable: Option<&str>,
    variants: &[ast::Variant<&str>],
    span: std::ops::Range<usize>,
    sink: &mut Sink,
) {
    let keys: Vec<&str> = identifier_keys(variants).collect();
    let what = variable.map_or_else(|| msg!("locales-this-gender-select"), |v| msg!("locales-select-on", name = v));
    let missing: Vec<&str> = ["female", "male"]
        .into_iter()
        .filter(|g| !keys.contains(g) && !keys.contains(&if *g == "female" { "feminine" } else { "masculine" }))
        .collect();
    if !missing.is_empty() {
        let list: Vec<String> = missing.iter().map(|m| format!("`[{m}]`")).collect();
        // The two keys, joined with the language's "and".
        let keys = match list.as_slice() {
            [one] => msg!("locales-keys-one", key = one.as_str()),
            _ => msg!("locales-keys-two", first = "`[female]`", second = "`[male]`"),
        };
        sink.push(
            "gender-select",
            locale,
            entry.file,
            span.clone(),
            Some(entry.key()),
            msg!("locales-gender-missing", what = what.clone(), keys = keys),
        );
    }
    if let Some(default) = variants.iter().find(|v| v.default)
        && GENDER_KEYS.contains(&key_text(&default.key))
    {
        sink.push(
            "gender-select",
            locale,
            entry.file,
            span,
            Some(entry.key()),
            msg!("locales-gender-default", what = what, key = key_text(&default.key)),
        );
    }
}

fn plural_variants(
    locale: &Locale<'_, '_>,
    entry: &Entry<'_, '_>,
    variants: &[ast::Variant<&str>],
    rules: &PluralRules,
    at: &dyn Fn(&str) -> std::ops::Range<usize>,
    sink: &mut Sink,
) {
    let categories = rules.categories().join(", ");
    for (i, variant) in variants.iter().enumerate() {
        match variant.key {
            ast::VariantKey::Identifier { name } if !rules.has(name) => {
                let why = if CATEGORIES.contains(&name) {
                    msg!("locales-never-selects", locale = locale.tag, name = name)
                } else {
                    msg!("locales-not-a-category", name = name)
                };
                sink.push(
                    "plural-category",
                    locale,
                    entry.file,
                    at(name),
                    Some(entry.key()),
                    msg!("locales-dead-variant", why = why, locale = locale.tag, categories = categories.as_str()),
                );
            }
            ast::VariantKey::NumberLiteral { value } => {
                let Some(category) = rules.category_of_literal(value) else { continue };
                let shadow = variants.iter().take(i).find(|v| key_text(&v.key) == category);
                if let Some(shadow) = shadow {
                    sink.push(
                        "unreachable-variant",
                        locale,
                        entry.file,
                        at(value),
                        Some(entry.key()),
                        msg!("locales-unreachable-variant", value = value.to_string(), shadow = key_text(&shadow.key)),
                    );
                }
            }
            ast::VariantKey::Identifier { .. } => {}
        }
    }
}
