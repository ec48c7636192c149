//! Whether a message uses a variable only to select a variant (`$gender`, `$count`), never
//! printing it: such a variable is grammar, and a translation whose language does not need it
//! loses no content without it.
use fluent_syntax::ast;

use super::model::Entry;

/// Whether every use of `$variable` in `entry` is a select expression's selector (directly or
/// as `NUMBER($variable)`).
pub(crate) fn selects_only(entry: &Entry<'_, '_>, variable: &str) -> bool {
    let mut printed = false;
    let mut selected = false;
    for (_, pattern) in entry.patterns() {
        pattern_uses(pattern, variable, &mut printed, &mut selected);
    }
    selected && !printed
}

fn pattern_uses(pattern: &ast::Pattern<&str>, variable: &str, printed: &mut bool, selected: &mut bool) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_uses(expression, variable, printed, selected);
        }
    }
}

fn expression_uses(expression: &ast::Expression<&str>, variable: &str, printed: &mut bool, selected: &mut bool) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            let mut inside = false;
            inline_uses(selector, variable, &mut inside);
            *selected |= inside;
            for variant in variants {
                pattern_uses(&variant.value, variable, printed, selected);
            }
        }
        ast::Expression::Inline(inline) => inline_uses(inline, variable, printed),
    }
}

fn inline_uses(inline: &ast::InlineExpression<&str>, variable: &str, found: &mut bool) {
    match inline {
        ast::InlineExpression::VariableReference { id } => *found |= id.name == variable,
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
                inline_uses(argument, variable, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            let mut selected = false;
            expression_uses(expression, variable, found, &mut selected);
            *found |= selected;
        }
        _ => {}
    }
}
