//! The rule reference as text, Markdown and JSON, generated from the catalogue.
//!
//! `dejamos rules` prints these, and the rule reference in `docs/rules.md` is the Markdown form (a test
//! keeps the two equal).
use crate::check::declare::RuleInfo;
use crate::msg;
use crate::ui::{UiLang, render, rule_docs, rule_summary};
use std::fmt::Write as _;

/// The catalogue as an aligned plain-text table: name, command, category, severity, fixable,
/// summary.
pub fn table(rules: &[RuleInfo]) -> String {
    table_in(rules, UiLang::English)
}

/// [`table`] in `lang` (headings, the fixable mark and the summaries; names stay).
pub fn table_in(rules: &[RuleInfo], lang: UiLang) -> String {
    let heading = |m| render(lang, &m);
    let headers = [
        heading(msg!("rules-heading-rule")),
        heading(msg!("rules-heading-command")),
        heading(msg!("rules-heading-category")),
        heading(msg!("rules-heading-severity")),
        heading(msg!("rules-heading-fix")),
        heading(msg!("rules-heading-summary")),
    ];
    let yes = render(lang, &msg!("rules-yes"));
    let rows: Vec<[String; 6]> = rules
        .iter()
        .map(|r| {
            [
                r.name.to_string(),
                r.command.as_str().to_string(),
                r.category.to_string(),
                r.default_severity.to_string(),
                if r.fixable() { yes.clone() } else { String::new() },
                rule_summary(lang, r),
            ]
        })
        .collect();
    let mut widths = headers.clone().map(|h| h.chars().count());
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let mut push_row = |cells: [&str; 6]| {
        let mut line = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                line.push_str(cell);
            } else {
                let pad = widths[i] - cell.chars().count();
                line.push_str(cell);
                line.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    };
    push_row([&headers[0], &headers[1], &headers[2], &headers[3], &headers[4], &headers[5]]);
    for row in &rows {
        push_row([&row[0], &row[1], &row[2], &row[3], &row[4], &row[5]]);
    }
    out
}

/// One rule's documentation for the terminal.
pub fn text(rule: &RuleInfo) -> String {
    text_in(rule, UiLang::English)
}

/// [`text`] in `lang`.
pub fn text_in(rule: &RuleInfo, lang: UiLang) -> String {
    let mut out = String::new();
    let head = if rule.fixable() {
        msg!(
            "rules-text-head-fixable",
            name = rule.name,
            category = rule.category.as_str(),
            severity = rule.default_severity.as_str(),
            command = rule.command.as_str()
        )
    } else {
        msg!(
            "rules-text-head",
            name = rule.name,
            category = rule.category.as_str(),
            severity = rule.default_severity.as_str(),
            command = rule.command.as_str()
        )
    };
    let _ = writeln!(out, "{}", render(lang, &head));
    let _ = writeln!(out, "{}", rule_summary(lang, rule));
    if rule.docs != rule.summary {
        out.push('\n');
        out.push_str(&for_terminal(rule_docs(lang, rule).trim_end(), WIDTH));
    }
    out
}

/// The width [`text`] wraps a rule's documentation to.
const WIDTH: usize = 88;

/// A rule's Markdown documentation as plain text for a terminal: paragraphs and list items
/// wrapped to `width` columns, `**bold**` markers and code fences dropped, code blocks indented
/// by four spaces, links as `text (address)`. Inline `code` keeps its backticks, as compiler
/// messages do.
fn for_terminal(markdown: &str, width: usize) -> String {
    let mut out = String::new();
    let mut in_code = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            let _ = writeln!(out, "    {line}");
            continue;
        }
        let plain = unlink(&line.replace("**", ""));
        let (first, rest) = match plain.strip_prefix("- ") {
            Some(item) => ("- ", item),
            None => ("", plain.as_str()),
        };
        wrap_into(&mut out, first, rest, width);
    }
    out
}

/// `[text](address)` as `text (address)`.
fn unlink(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else { break };
        let Some(end) = after[close + 2..].find(')') else { break };
        out.push_str(&rest[..open]);
        out.push_str(&after[..close]);
        let _ = write!(out, " ({})", &after[close + 2..close + 2 + end]);
        rest = &after[close + 2 + end + 1..];
    }
    out.push_str(rest);
    out
}

/// Append `text` wrapped to `width`, the first line after `lead` and the others under it.
fn wrap_into(out: &mut String, lead: &str, text: &str, width: usize) {
    let indent = " ".repeat(lead.chars().count());
    let mut line = lead.to_string();
    let mut empty = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !empty && line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(&line);
            out.push('\n');
            line = indent.clone();
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

/// One rule's section of the Markdown reference.
pub fn markdown_rule(rule: &RuleInfo) -> String {
    markdown_rule_in(rule, UiLang::English)
}

/// [`markdown_rule`] in `lang`.
pub fn markdown_rule_in(rule: &RuleInfo, lang: UiLang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "### `{}`\n", rule.name);
    let fixable = if rule.fixable() { render(lang, &msg!("rules-md-fixable")) } else { String::new() };
    let _ = writeln!(
        out,
        "*{} · {} · {}{fixable}* — {}",
        rule.command.as_str(),
        rule.category,
        rule.default_severity,
        rule_summary(lang, rule)
    );
    push_docs(&mut out, rule, lang);
    out
}

/// A blank line and the rule's docs, unless they only repeat its summary.
fn push_docs(out: &mut String, rule: &RuleInfo, lang: UiLang) {
    if rule.docs != rule.summary {
        out.push('\n');
        out.push_str(rule_docs(lang, rule).trim_end());
        out.push('\n');
    }
}

/// The whole Markdown reference: an index table, then every rule's section (each section says
/// the command that runs the rule, so names shared by two commands stay apart).
pub fn markdown(rules: &[RuleInfo]) -> String {
    markdown_in(rules, UiLang::English)
}

/// [`markdown`] in `lang`: the Spanish reference is `docs/es/reglas.md`.
pub fn markdown_in(rules: &[RuleInfo], lang: UiLang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n|---|---|---|---|---|---|", render(lang, &msg!("rules-md-table-head")));
    let yes = render(lang, &msg!("rules-yes"));
    for (i, rule) in rules.iter().enumerate() {
        // GitHub numbers the anchors of repeated headings: `line-endings`, `line-endings-1`.
        let earlier = rules[..i].iter().filter(|r| r.name == rule.name).count();
        let anchor = if earlier == 0 { rule.name.to_string() } else { format!("{}-{earlier}", rule.name) };
        let _ = writeln!(
            out,
            "| [`{name}`](#{anchor}) | {} | {} | {} | {} | {} |",
            rule.command.as_str(),
            rule.category,
            rule.default_severity,
            if rule.fixable() { yes.as_str() } else { "" },
            rule_summary(lang, rule).replace('|', "\\|"),
            name = rule.name,
        );
    }
    for rule in rules {
        out.push('\n');
        out.push_str(&markdown_rule_in(rule, lang));
    }
    out
}

/// The catalogue (or one rule) as JSON.
pub fn json(rules: &[RuleInfo]) -> String {
    let mut text = serde_json::to_string_pretty(rules).unwrap_or_else(|_| "[]".to_string());
    text.push('\n');
    text
}
