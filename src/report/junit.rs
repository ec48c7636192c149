//! `junit`: JUnit XML for CI test dashboards. One `<testsuite>` per file and one `<testcase>`
//! per (file, selected rule): a rule with error or warning findings is a failure listing them;
//! a rule with none (or only notes) passes, so dashboards show what was checked.
use super::escape::{xml, xml_text};
use super::{Emitter, FileReport, Tally, rule_names};
use crate::check::declare::RuleInfo;
use crate::diagnostic::{Diagnostic, Severity};
use std::fmt::Write;
use std::io;

/// The JUnit emitter: it needs every file before it starts (the header carries the totals).
#[derive(Debug, Clone, Copy)]
pub(super) struct Junit<'a> {
    /// Catalogue entries of the rules that ran: one test case per file and rule.
    pub rules: &'a [RuleInfo],
    /// The command, for the document's name.
    pub command: &'static str,
    /// The language of the failure messages.
    pub lang: crate::ui::UiLang,
}

impl Emitter for Junit<'_> {
    fn streams(&self) -> bool {
        false
    }

    /// Never called: JUnit is written whole at the end.
    fn findings<W: io::Write + ?Sized>(&self, _: &FileReport, _: &str, _: &[Diagnostic], _: &mut W) -> io::Result<()> {
        Ok(())
    }

    fn end<W: io::Write + ?Sized>(&self, _tally: &Tally, held: &[FileReport], out: &mut W) -> io::Result<()> {
        out.write_all(render(held, self.rules, self.command, self.lang).as_bytes())
    }
}

/// Render the JUnit format for `files`, with the rules and command as in [`super::Report`].
fn render(files: &[FileReport], rules: &[RuleInfo], command: &str, lang: crate::ui::UiLang) -> String {
    let names = rule_names(rules, files);
    let total_tests = names.len() * files.len();
    let mut total_failures = 0;
    let mut suites = String::new();
    for file in files {
        let mut cases = String::new();
        let mut failures = 0;
        for name in &names {
            let findings: Vec<_> = file.diagnostics.iter().filter(|d| d.rule == *name).collect();
            let failing = findings.iter().any(|d| d.severity >= Severity::Warning);
            let _ = write!(cases, "    <testcase name=\"{}\" classname=\"{}\"", xml(name), xml(&file.path));
            if findings.is_empty() {
                cases.push_str("/>\n");
                continue;
            }
            cases.push_str(">\n");
            let mut details = String::new();
            for d in &findings {
                let _ = writeln!(details, "{}:{}:{}: {}: {}", file.path, d.line, d.column, d.severity, d.message);
            }
            if failing {
                failures += 1;
                let errors = findings.iter().filter(|d| d.severity == Severity::Error).count();
                let kind = if errors > 0 { "error" } else { "warning" };
                let message = crate::ui::render(lang, &crate::msg!("count-findings", count = findings.len()));
                let _ = writeln!(
                    cases,
                    "      <failure message=\"{}\" type=\"{kind}\">{}</failure>",
                    xml(&message),
                    xml_text(details.trim_end())
                );
            } else {
                let _ = writeln!(cases, "      <system-out>{}</system-out>", xml_text(details.trim_end()));
            }
            cases.push_str("    </testcase>\n");
        }
        total_failures += failures;
        let _ = writeln!(
            suites,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">",
            xml(&file.path),
            names.len()
        );
        if let Some(config) = &file.config {
            let _ = writeln!(
                suites,
                "    <properties>\n      <property name=\"config\" value=\"{}\"/>\n    </properties>",
                xml(config)
            );
        }
        suites.push_str(&cases);
        suites.push_str("  </testsuite>\n");
    }
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let name = if command.is_empty() { "dejamos".to_string() } else { format!("dejamos {command}") };
    let _ = writeln!(
        out,
        "<testsuites name=\"{}\" tests=\"{total_tests}\" failures=\"{total_failures}\" errors=\"0\">",
        xml(&name)
    );
    out.push_str(&suites);
    out.push_str("</testsuites>\n");
    out
}
