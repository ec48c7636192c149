//! `sarif`: SARIF 2.1.0 for code-scanning services (GitHub code scanning, Azure DevOps …), with
//! the rule catalogue as `tool.driver.rules` and fixes as SARIF `fixes`.
use super::escape::{uri, uri_of_bytes};
use super::{Emitter, FileReport, Tally, rule_names};
use crate::check::declare::RuleInfo;
use crate::diagnostic::{Diagnostic, Severity};
use crate::ui::{UiLang, rule_docs, rule_summary};
use serde_json::{Value, json};
use std::io::{self, Write};

/// The SARIF emitter: it needs every file before it starts (rules are listed before the
/// results refer to them by index).
#[derive(Debug, Clone, Copy)]
pub(super) struct Sarif<'a> {
    /// Catalogue entries of the rules that ran, listed as `tool.driver.rules`.
    pub rules: &'a [RuleInfo],
    /// The language of messages and rule descriptions.
    pub lang: UiLang,
}

impl Emitter for Sarif<'_> {
    fn streams(&self) -> bool {
        false
    }

    /// Never called: SARIF is written whole at the end.
    fn findings<W: Write + ?Sized>(&self, _: &FileReport, _: &str, _: &[Diagnostic], _: &mut W) -> io::Result<()> {
        Ok(())
    }

    fn end<W: Write + ?Sized>(&self, _tally: &Tally, held: &[FileReport], out: &mut W) -> io::Result<()> {
        write(held, self.rules, self.lang, out)
    }
}

/// The SARIF schema the output follows.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Where users can read about the tool: the package's repository or homepage, if set.
fn information_uri() -> Option<&'static str> {
    [env!("CARGO_PKG_REPOSITORY"), env!("CARGO_PKG_HOMEPAGE")].into_iter().find(|uri| !uri.is_empty())
}

/// The first paragraph of Markdown docs that is prose (not a heading, list or code fence).
fn first_paragraph(docs: &str) -> Option<&str> {
    docs.split("\n\n").map(str::trim).find(|p| {
        !p.is_empty()
            && !p.starts_with(['#', '-', '*', '`', '|', '>'])
            && !p.chars().next().is_some_and(|c| c.is_ascii_digit())
    })
}

/// SARIF's name for a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Write the SARIF format for `files` (pretty-printed, one trailing newline).
fn write<W: Write + ?Sized>(files: &[FileReport], catalogue: &[RuleInfo], lang: UiLang, out: &mut W) -> io::Result<()> {
    let names = rule_names(catalogue, files);
    let rules: Vec<Value> = names
        .iter()
        .map(|name| match catalogue.iter().find(|info| info.name == *name) {
            Some(info) => {
                let (summary, docs) = (rule_summary(lang, info), rule_docs(lang, info));
                let docs = if docs.is_empty() { summary.as_str() } else { docs.as_str() };
                json!({
                    "id": info.name,
                    "name": info.name,
                    "shortDescription": { "text": summary },
                    "fullDescription": { "text": first_paragraph(docs).unwrap_or(&summary) },
                    "help": { "text": docs, "markdown": docs },
                    "defaultConfiguration": { "level": level(info.default_severity) },
                    "properties": { "category": info.category, "fixable": info.fixable(), "tags": [info.category] },
                })
            }
            None => json!({
                "id": name,
                "name": name,
                "shortDescription": { "text": name },
            }),
        })
        .collect();

    let mut results = Vec::new();
    for file in files {
        let artifact = file.path_bytes.as_deref().map_or_else(|| uri(&file.path), uri_of_bytes);
        for d in &file.diagnostics {
            let rule_index = names.iter().position(|name| *name == d.rule);
            results.push(result(d, &artifact, rule_index, file.other_path.as_deref(), lang));
        }
    }

    let mut driver = json!({
        "name": "dejamos",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    });
    if let (Some(uri), Some(object)) = (information_uri(), driver.as_object_mut()) {
        object.insert("informationUri".to_string(), Value::String(uri.to_string()));
    }
    let mut run = json!({
        "tool": { "driver": driver },
        "columnKind": "unicodeCodePoints",
        "results": results,
    });
    let mut configs: Vec<&str> = Vec::new();
    for config in files.iter().filter_map(|f| f.config.as_deref()) {
        if !configs.contains(&config) {
            configs.push(config);
        }
    }
    if let (false, Some(object)) = (configs.is_empty(), run.as_object_mut()) {
        object.insert("properties".to_string(), json!({ "configurations": configs }));
    }
    let document = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [run],
    });
    serde_json::to_writer_pretty(&mut *out, &document).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

/// A SARIF region from 1-based, end-exclusive line and column numbers.
fn region(line: usize, column: usize, end_line: usize, end_column: usize) -> Value {
    json!({ "startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column })
}

/// One SARIF result.
fn result(d: &Diagnostic, artifact: &str, rule_index: Option<usize>, other_path: Option<&str>, lang: UiLang) -> Value {
    let mut result = json!({
        "ruleId": d.rule,
        "level": level(d.severity),
        "message": { "text": d.message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": artifact },
                "region": region(d.line, d.column, d.end_line, d.end_column),
            }
        }],
    });
    let Some(object) = result.as_object_mut() else { return result };
    if let Some(index) = rule_index {
        object.insert("ruleIndex".to_string(), json!(index));
    }
    if let Some(cue) = d.cue {
        object.insert("properties".to_string(), json!({ "cue": cue }));
    }
    if let (Some(other), Some(line)) = (other_path, d.other_line) {
        object.insert(
            "relatedLocations".to_string(),
            json!([{
                "id": 1,
                "message": { "text": crate::ui::render(lang, &crate::msg!("sarif-related-location")) },
                "physicalLocation": {
                    "artifactLocation": { "uri": uri(other) },
                    "region": { "startLine": line },
                },
            }]),
        );
    }
    // SARIF requires at least one replacement per change: a fix without edits is left out.
    if let Some(fix) = d.fix.as_ref().filter(|fix| !fix.edits.is_empty()) {
        let replacements: Vec<Value> = fix
            .edits
            .iter()
            .map(|edit| {
                json!({
                    "deletedRegion": region(edit.line, edit.column, edit.end_line, edit.end_column),
                    "insertedContent": { "text": edit.replacement },
                })
            })
            .collect();
        object.insert(
            "fixes".to_string(),
            json!([{
                "description": { "text": fix.description },
                "artifactChanges": [{ "artifactLocation": { "uri": artifact }, "replacements": replacements }],
            }]),
        );
    }
    result
}
