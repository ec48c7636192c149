//! Plural selects must give every category the locale's CLDR plural rules select: a Spanish
//! `{ $count -> *[other] Países de origen }` prints "Países de origen: Estados Unidos" for one
//! country. A select counts as a plural select when its selector is a number argument (or
//! `NUMBER(…)` of one) and its keys are plural categories or only the default; a select on
//! exact numbers (`[0]`) picks special cases and is left alone.
use crate::msg;
use fluent_syntax::ast;

use super::arguments::{ArgsSpec, SampleValue};
use super::model::{Locale, Node, Sink, walk_entry};
use super::plural::{CATEGORIES, PluralRules};

/// Check every message of `locale` against its plural `rules`.
pub(crate) fn check(locale: &Locale<'_, '_>, args: &ArgsSpec, rules: &PluralRules, sink: &mut Sink) {
    if !rules.known() {
        return;
    }
    for entry in locale.messages() {
        walk_entry(entry, &mut |node| {
            let Node::Select(selector, variants) = node else { return };
            let Some(variable) = numeric_variable(selector) else { return };
            let numeric = matches!(args.sample(entry.name, variable), Some(SampleValue::Num(_)))
                || matches!(selector, ast::InlineExpression::FunctionReference { id, .. } if id.name == "NUMBER");
            if !numeric {
                return;
            }
            let keys: Vec<&str> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some(*name),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            let exact = variants.iter().any(|v| !v.default && matches!(v.key, ast::VariantKey::NumberLiteral { .. }));
            if exact || !keys.iter().all(|k| CATEGORIES.contains(k)) {
                return;
            }
            let missing: Vec<&str> = rules.categories().into_iter().filter(|c| !keys.contains(c)).collect();
            if !missing.is_empty() {
                let list = missing.iter().map(|c| format!("[{c}]")).collect::<Vec<_>>().join(", ");
                sink.at_entry(
                    "missing-plural-category",
                    locale,
                    entry,
                    msg!("locales-missing-plural-category", name = variable, list = list, locale = locale.tag),
                );
            }
        });
    }
}

/// `$x` or `NUMBER($x, …)`.
fn numeric_variable<'s>(selector: &ast::InlineExpression<&'s str>) -> Option<&'s str> {
    match selector {
        ast::InlineExpression::VariableReference { id } => Some(id.name),
        ast::InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
            match arguments.positional.first() {
                Some(ast::InlineExpression::VariableReference { id }) => Some(id.name),
                _ => None,
            }
        }
        _ => None,
    }
}
