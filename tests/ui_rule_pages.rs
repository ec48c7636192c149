//! Every rule's page exists in Spanish: the summary, the `ayuda:` line of its findings, and each
//! section of its English documentation, for the rules of `check`, `pair` and `locales check`.
mod common;

use common::{dejamos, dejamos_in_locale, fixture};
use dejamos::check::RuleInfo;
use dejamos::check::rules::catalogue;
use dejamos::ui::{self, RULE_SECTIONS, UiLang};

/// The rule `rules --format json` lists as `command`/`name`, from the library's catalogue.
fn listed_rules() -> Vec<RuleInfo> {
    let output = dejamos().args(["rules", "--format", "json"]).output().expect("runs");
    assert!(output.status.success(), "rules --format json failed");
    let listed: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let listed = listed.as_array().expect("an array of rules");
    let all = catalogue();
    let infos: Vec<RuleInfo> = listed
        .iter()
        .map(|rule| {
            let (name, command) = (rule["name"].as_str().expect("name"), rule["command"].as_str().expect("command"));
            *all.iter()
                .find(|info| info.name == name && info.command.as_str() == command)
                .unwrap_or_else(|| panic!("{command} {name} is listed but not in the catalogue"))
        })
        .collect();
    for command in ["check", "pair", "locales check"] {
        assert!(infos.iter().any(|i| i.command.as_str() == command), "no {command} rule listed");
    }
    infos
}

#[test]
fn every_listed_rule_has_a_spanish_summary_and_help() {
    let mut missing = Vec::new();
    for info in listed_rules() {
        let id = ui::rule_id(&info);
        match ui::lookup(UiLang::Spanish, &id) {
            Some(summary) if summary != info.summary => {}
            _ => missing.push(format!("{id} (summary)")),
        }
        if !info.help.is_empty() {
            match ui::lookup_attribute(UiLang::Spanish, &id, "help") {
                Some(help) if help != info.help => {}
                _ => missing.push(format!("{id}.help")),
            }
        }
    }
    assert!(missing.is_empty(), "missing in locales/ui/es-MX/rules.ftl: {missing:#?}");
}

/// Each prose paragraph of a rule's English docs has its Spanish attribute: a section's
/// (`.why`) when it opens with a section's lead, else `.pN`. A page whose only paragraph is the
/// summary (the `locales check` rules) needs none.
#[test]
fn every_section_of_the_pair_and_locales_rule_pages_is_in_spanish() {
    let mut missing = Vec::new();
    for info in listed_rules().into_iter().filter(|i| i.command.as_str() != "check") {
        let id = ui::rule_id(&info);
        if info.docs.trim() == info.summary.trim() {
            continue;
        }
        let mut in_code = false;
        for (index, paragraph) in info.docs.split("\n\n").enumerate() {
            let was_in_code = in_code;
            in_code ^= paragraph.matches("```").count() % 2 == 1;
            if was_in_code || paragraph.starts_with("```") || paragraph.trim().is_empty() {
                continue;
            }
            let attribute = RULE_SECTIONS
                .iter()
                .find(|(lead, _)| paragraph.starts_with(lead))
                .map_or_else(|| format!("p{}", index + 1), |(_, name)| (*name).to_string());
            if ui::lookup_attribute(UiLang::Spanish, &id, &attribute).is_none() {
                missing.push(format!("{id}.{attribute}"));
            }
        }
    }
    assert!(missing.is_empty(), "missing in locales/ui/es-MX/rules.ftl: {missing:#?}");
}

/// The human report of `locales check` in Spanish gives each finding its Spanish help line.
#[test]
fn locales_check_findings_get_their_help_in_spanish() {
    let output = dejamos_in_locale(&[("LANG", "es_MX.UTF-8")])
        .args(["locales", "check"])
        .arg(fixture("ftl/ellipsis/bad"))
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("= ayuda: escribe los puntos suspensivos como un solo carácter: …"), "{text}");
    assert!(text.contains("= ayuda: usa el argumento en alguna configuración regional"), "{text}");
    assert!(!text.contains("help:"), "an English help line is left:\n{text}");
    assert!(!text.contains("write the ellipsis"), "an English help line is left:\n{text}");
}

/// `pair`'s findings get their Spanish help line too.
#[test]
fn pair_findings_get_their_help_in_spanish() {
    let output = dejamos_in_locale(&[("LANG", "es_MX.UTF-8")])
        .args(["pair"])
        .arg(fixture("bilingual/lo-que-dejamos.es.srt"))
        .arg(fixture("bilingual/what-we-leave-behind.en.srt"))
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&output.stdout);
    for help in [
        "= ayuda: agrega el subtítulo que falta en el otro archivo",
        "= ayuda: ajusta los tiempos de un archivo a los del otro",
        "= ayuda: traduce el subtítulo en el archivo cuyo idioma no es el suyo",
        "= ayuda: divide o une subtítulos",
    ] {
        assert!(text.contains(help), "{help:?} missing:\n{text}");
    }
    assert!(!text.contains("help:"), "an English help line is left:\n{text}");
}
