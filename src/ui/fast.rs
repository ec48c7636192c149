//! A direct formatter for the interface bundles: the same output as fluent-bundle's resolver for
//! the constructs the interface messages use (text, string and number literals, variables, and
//! selects on a variable with plural or exact keys), at a fraction of the cost.
//!
//! A run can word thousands of findings; the general resolver tracks references, locks a shared
//! memoizer for every plural rule and writes numbers through `f64`'s formatter. The messages here
//! reference no other message, term or function, so none of that is needed. Anything outside
//! that subset (a reference, a function, an escape, a missing argument) returns `None`, and the
//! caller formats the message with fluent-bundle as before; a test compares the two on every
//! message of both bundles.
use super::UiLang;
use super::bundle::EMBEDDED;
use crate::diagnostic::{Arg, Message};
use fluent_syntax::ast::{self, Expression, InlineExpression, PatternElement, VariantKey};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::collections::HashMap;
use std::sync::OnceLock;

/// One language's messages, parsed once from the embedded text, and its plural rules.
struct Messages {
    patterns: HashMap<&'static str, &'static ast::Pattern<&'static str>>,
    plurals: Option<PluralRules>,
    /// The plural category of 0 to [`SMALL`] - 1, looked up once: most counts are small.
    small: Vec<Option<PluralCategory>>,
}

/// How many whole numbers have their plural category kept ready.
const SMALL: i64 = 1024;

fn messages(lang: UiLang) -> &'static Messages {
    static PARSED: [OnceLock<Messages>; 2] = [OnceLock::new(), OnceLock::new()];
    let slot = match lang {
        UiLang::English => &PARSED[0],
        UiLang::Spanish => &PARSED[1],
    };
    slot.get_or_init(|| {
        static RESOURCES: [OnceLock<Vec<ast::Resource<&'static str>>>; 2] = [OnceLock::new(), OnceLock::new()];
        let resources = match lang {
            UiLang::English => &RESOURCES[0],
            UiLang::Spanish => &RESOURCES[1],
        }
        .get_or_init(|| {
            let prefix = format!("{}/", lang.tag());
            EMBEDDED
                .iter()
                .filter(|(path, _)| path.starts_with(&prefix))
                .map(|(_, text)| fluent_syntax::parser::parse(*text).unwrap_or_else(|(resource, _)| resource))
                .collect()
        });
        let mut patterns = HashMap::new();
        for resource in resources {
            for entry in &resource.body {
                if let ast::Entry::Message(message) = entry
                    && let Some(pattern) = &message.value
                {
                    // As fluent-bundle: the first definition of an id wins.
                    patterns.entry(message.id.name).or_insert(pattern);
                }
            }
        }
        let plurals = plural_rules(lang);
        let small = (0..SMALL).map(|n| plurals.as_ref().and_then(|rules| rules.select(n).ok())).collect();
        Messages { patterns, plurals, small }
    })
}

/// The cardinal plural rules fluent-bundle would pick for `lang`: the best of the rules' own
/// locales by lookup, English when none fits.
fn plural_rules(lang: UiLang) -> Option<PluralRules> {
    let available = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let default: unic_langid::LanguageIdentifier = "en".parse().ok()?;
    let chosen = fluent_langneg::negotiate_languages(
        &[lang.langid()],
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    let langid = (*chosen.first()?).clone();
    PluralRules::create(langid, PluralRuleType::CARDINAL).ok()
}

/// A resolved argument, as fluent-bundle sees it after `bundle::value`: a whole number (Fluent
/// holds it as an `f64`) or text.
enum Value {
    Number(i64),
    Text(String),
}

/// Largest whole number an `f64` holds exactly: below it, `i64` and `f64` print the same digits.
const EXACT: i64 = 1 << 53;

/// `message` in `lang` when every construct it uses is in the subset; `None` to let
/// fluent-bundle format it.
pub(super) fn format(lang: UiLang, message: &Message) -> Option<String> {
    let table = messages(lang);
    let pattern = table.patterns.get(message.id)?;
    let mut out = String::with_capacity(64);
    write_pattern(&mut out, pattern, lang, message, table)?;
    Some(out)
}

fn write_pattern(
    out: &mut String,
    pattern: &ast::Pattern<&'static str>,
    lang: UiLang,
    message: &Message,
    table: &Messages,
) -> Option<()> {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => write_expression(out, expression, lang, message, table)?,
        }
    }
    Some(())
}

fn write_expression(
    out: &mut String,
    expression: &Expression<&'static str>,
    lang: UiLang,
    message: &Message,
    table: &Messages,
) -> Option<()> {
    match expression {
        Expression::Inline(inline) => match inline {
            InlineExpression::StringLiteral { value } if !value.contains('\\') => out.push_str(value),
            InlineExpression::VariableReference { id } => match argument(lang, message, id.name)? {
                Value::Number(n) if n.abs() < EXACT => {
                    use std::fmt::Write as _;
                    let _ = write!(out, "{n}");
                }
                Value::Number(n) => out.push_str(&(n as f64).to_string()),
                Value::Text(text) => out.push_str(&text),
            },
            InlineExpression::Placeable { expression } => write_expression(out, expression, lang, message, table)?,
            // Number literals, escapes, references and functions: fluent-bundle's own work.
            _ => return None,
        },
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id } = selector else { return None };
            let selector = argument(lang, message, id.name)?;
            let chosen = variants
                .iter()
                .find(|variant| matches(&variant.key, &selector, table))
                .or_else(|| variants.iter().find(|variant| variant.default))?;
            write_pattern(out, &chosen.value, lang, message, table)?;
        }
    }
    Some(())
}

/// Whether variant `key` is chosen for `selector`, as fluent-bundle's `FluentValue::matches`.
fn matches(key: &VariantKey<&'static str>, selector: &Value, table: &Messages) -> bool {
    match (key, selector) {
        (VariantKey::Identifier { name }, Value::Text(text)) => name == text,
        (VariantKey::Identifier { name }, Value::Number(n)) => {
            let category = match *name {
                "zero" => PluralCategory::ZERO,
                "one" => PluralCategory::ONE,
                "two" => PluralCategory::TWO,
                "few" => PluralCategory::FEW,
                "many" => PluralCategory::MANY,
                "other" => PluralCategory::OTHER,
                _ => return false,
            };
            // A whole number's operands are the same from an integer as from Fluent's `f64`.
            match usize::try_from(*n).ok().and_then(|i| table.small.get(i)) {
                Some(known) => *known == Some(category),
                None => table.plurals.as_ref().is_some_and(|rules| rules.select(*n) == Ok(category)),
            }
        }
        // A literal with decimals carries its own precision and never equals a plain number.
        (VariantKey::NumberLiteral { value }, Value::Number(n)) => {
            !value.contains('.') && value.parse::<f64>().is_ok_and(|key| key == *n as f64)
        }
        (VariantKey::NumberLiteral { .. }, Value::Text(_)) => false,
    }
}

/// Argument `name` of `message`, converted as `bundle::value` converts it.
fn argument(lang: UiLang, message: &Message, name: &str) -> Option<Value> {
    Some(match message.arg(name)? {
        Arg::Int(n) => Value::Number(*n),
        Arg::Num(x) if x.fract() == 0.0 && x.abs() < 1e15 => Value::Number(*x as i64),
        other => Value::Text(super::bundle::text_value(lang, other)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variable a pattern reads, selectors included.
    fn variables(pattern: &ast::Pattern<&'static str>, out: &mut Vec<&'static str>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_variables(expression, out);
            }
        }
    }

    fn expression_variables(expression: &Expression<&'static str>, out: &mut Vec<&'static str>) {
        match expression {
            Expression::Inline(InlineExpression::VariableReference { id }) => out.push(id.name),
            Expression::Inline(InlineExpression::Placeable { expression }) => expression_variables(expression, out),
            Expression::Inline(_) => {}
            Expression::Select { selector, variants } => {
                if let InlineExpression::VariableReference { id } = selector {
                    out.push(id.name);
                }
                for variant in variants {
                    variables(&variant.value, out);
                }
            }
        }
    }

    /// The fast path gives fluent-bundle's text for every message of both bundles, with whole
    /// numbers around the plural boundaries, decimals, text and nested messages as arguments.
    #[test]
    fn the_fast_path_writes_what_fluent_writes() {
        let samples: Vec<Arg> = vec![
            Arg::Int(0),
            Arg::Int(1),
            Arg::Int(2),
            Arg::Int(5),
            Arg::Int(21),
            Arg::Int(1_000_000),
            Arg::Int(-1),
            Arg::Num(1.0),
            Arg::Num(12.5),
            Arg::Fixed(24.0, 1),
            Arg::Str("one".into()),
            Arg::Str("texto `x`".into()),
            Arg::Msg(Box::new(crate::msg!("html-legend-cue"))),
        ];
        let mut compared = 0;
        for lang in [UiLang::English, UiLang::Spanish] {
            let table = messages(lang);
            assert!(table.plurals.is_some(), "{lang:?} has plural rules");
            assert!(table.patterns.len() > 300, "{lang:?}: {} messages", table.patterns.len());
            for (id, pattern) in &table.patterns {
                let mut names = Vec::new();
                variables(pattern, &mut names);
                names.sort_unstable();
                names.dedup();
                for sample in &samples {
                    let args = names.iter().map(|name| (*name, sample.clone())).collect();
                    let message = Message::new(id, args);
                    let expected = super::super::bundle::format_with_fluent(lang, &message);
                    if let Some(fast) = format(lang, &message) {
                        assert_eq!(Some(fast), expected, "{lang:?} {id} with {sample:?}");
                        compared += 1;
                    }
                }
            }
        }
        assert!(compared > 5_000, "only {compared} messages compared");
    }

    #[test]
    fn what_the_fast_path_leaves_to_fluent() {
        // A missing argument: fluent-bundle writes its own placeholder.
        assert_eq!(format(UiLang::English, &Message::new("html-timeline-shot", Vec::new())), None);
        // An unknown id.
        assert_eq!(format(UiLang::English, &Message::new("no-such-message", Vec::new())), None);
    }
}
