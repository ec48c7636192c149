//! The rule reference as text, Markdown and JSON, generated from the catalogue.
//!
//! `dejamos rules` prints these, and the README's rule reference is the Markdown form (a test
//! keeps the two equal).
use crate::diagnostic::RuleInfo;
use std::fmt::Write as _;

/// The catalogue as an aligned plain-text table: name, category, severity, fixable, summary.
pub fn table(rules: &[RuleInfo]) -> String {
    let headers = ["RULE", "CATEGORY", "SEVERITY", "FIX", "SUMMARY"];
    let rows: Vec<[String; 5]> = rules
        .iter()
        .map(|r| {
            [
                r.name.to_string(),
                r.category.to_string(),
                r.default_severity.to_string(),
                if r.fixable { "yes".to_string() } else { String::new() },
                r.summary.to_string(),
            ]
        })
        .collect();
    let mut widths = headers.map(str::len);
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let mut push_row = |cells: [&str; 5]| {
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
    push_row(headers);
    for row in &rows {
        push_row([&row[0], &row[1], &row[2], &row[3], &row[4]]);
    }
    out
}

/// One rule's documentation for the terminal.
pub fn text(rule: &RuleInfo) -> String {
    let mut out = String::new();
    let fixable = if rule.fixable { ", fixable with --fix" } else { "" };
    let _ = writeln!(out, "{} ({}, {} by default{fixable})", rule.name, rule.category, rule.default_severity);
    let _ = writeln!(out, "{}\n", rule.summary);
    out.push_str(rule.docs.trim_end());
    out.push('\n');
    out
}

/// One rule's section of the Markdown reference.
pub fn markdown_rule(rule: &RuleInfo) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "### `{}`\n", rule.name);
    let fixable = if rule.fixable { " · fixable" } else { "" };
    let _ = writeln!(out, "*{} · {}{fixable}* — {}\n", rule.category, rule.default_severity, rule.summary);
    out.push_str(rule.docs.trim_end());
    out.push('\n');
    out
}

/// The whole Markdown reference: an index table, then every rule's section.
pub fn markdown(rules: &[RuleInfo]) -> String {
    let mut out = String::new();
    out.push_str("| Rule | Category | Severity | Fix | Summary |\n|---|---|---|---|---|\n");
    for rule in rules {
        let _ = writeln!(
            out,
            "| [`{name}`](#{name}) | {} | {} | {} | {} |",
            rule.category,
            rule.default_severity,
            if rule.fixable { "yes" } else { "" },
            rule.summary.replace('|', "\\|"),
            name = rule.name,
        );
    }
    for rule in rules {
        out.push('\n');
        out.push_str(&markdown_rule(rule));
    }
    out
}

/// The catalogue (or one rule) as JSON.
pub fn json(rules: &[RuleInfo]) -> String {
    let mut text = serde_json::to_string_pretty(rules).unwrap_or_else(|_| "[]".to_string());
    text.push('\n');
    text
}
