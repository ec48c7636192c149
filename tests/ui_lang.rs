//! The interface language end to end: `check` in Spanish and English chosen as gettext programs
//! choose, `--ui-lang` over the environment, JSON that differs only in its message fields,
//! `--help`, the Spanish rule reference, and `locales check` on the interface bundles.
mod common;

use common::{dejamos, dejamos_in_locale, repo};
use serde_json::Value;
use std::fs;
use std::path::Path;

const SAMPLE: &str = "samples/the-house.es.srt";

fn stdout(command: &mut assert_cmd::Command) -> String {
    let output = command.output().expect("runs");
    String::from_utf8(output.stdout).expect("utf-8")
}

#[test]
fn check_speaks_spanish_under_a_spanish_locale() {
    let spanish = stdout(dejamos_in_locale(&[("LANG", "es_MX.UTF-8")]).args(["check", SAMPLE]));
    assert!(spanish.contains("Hay 15 errores y 11 advertencias en 1 archivo (24 subtítulos)."), "{spanish}");
    assert!(spanish.contains("Idiomas: es (nombre del archivo; 1 archivo)."), "{spanish}");
    assert!(spanish.contains("error[max-lines]: el subtítulo 6 tiene 3 líneas; el máximo es 2"), "{spanish}");
    assert!(spanish.contains("advertencia[line-break]: `empezó` / `a`: un auxiliar separado de su verbo"));
    assert!(spanish.contains("ayuda: volver a dividir el subtítulo:"), "{spanish}");
    assert!(spanish.contains("corregir con --fix."), "{spanish}");
    // The decimal comma, and no isolation marks anywhere.
    assert!(spanish.contains("46,0 caracteres por segundo"), "{spanish}");
    assert!(!spanish.contains(['\u{2068}', '\u{2069}']));
    insta::assert_snapshot!("check_es", spanish);
}

#[test]
fn the_c_locale_and_no_locale_are_english() {
    let english = stdout(dejamos().args(["check", SAMPLE]));
    assert!(english.contains("Found 15 errors, 11 warnings in 1 file (24 cues)."));
    for vars in [&[("LANG", "C")][..], &[][..], &[("LC_ALL", "POSIX"), ("LANG", "es_MX.UTF-8")][..]] {
        assert_eq!(stdout(dejamos_in_locale(vars).args(["check", SAMPLE])), english, "{vars:?}");
    }
}

#[test]
fn ui_lang_overrides_the_environment() {
    let english = stdout(dejamos_in_locale(&[("LANG", "C")]).args(["check", SAMPLE]));
    let spanish = stdout(dejamos_in_locale(&[("LANG", "es_MX.UTF-8")]).args(["check", SAMPLE]));
    assert_ne!(english, spanish);
    let forced_en = dejamos_in_locale(&[("LANG", "es_MX.UTF-8"), ("DEJAMOS_UI_LANG", "es")])
        .args(["--ui-lang", "en", "check", SAMPLE])
        .output()
        .expect("runs");
    assert_eq!(String::from_utf8_lossy(&forced_en.stdout), english);
    let forced_es = stdout(dejamos_in_locale(&[("LC_ALL", "C")]).args(["check", "--ui-lang=es-MX", SAMPLE]));
    assert_eq!(forced_es, spanish);
    // DEJAMOS_UI_LANG is above LC_ALL.
    let variable = stdout(dejamos_in_locale(&[("LC_ALL", "C"), ("DEJAMOS_UI_LANG", "es")]).args(["check", SAMPLE]));
    assert_eq!(variable, spanish);
    dejamos().args(["--ui-lang", "not a tag!", "check", SAMPLE]).assert().code(2);
}

/// Every difference between `a` and `b`, as the key paths where they differ.
fn differences(a: &Value, b: &Value, path: &str, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            for key in keys {
                let (left, right) = (x.get(key).unwrap_or(&Value::Null), y.get(key).unwrap_or(&Value::Null));
                differences(left, right, &format!("{path}.{key}"), out);
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (left, right)) in x.iter().zip(y).enumerate() {
                differences(left, right, &format!("{path}[{i}]"), out);
            }
        }
        _ if a != b => out.push(path.to_string()),
        _ => {}
    }
}

#[test]
fn json_differs_between_languages_only_in_message_fields() {
    let json = |lang: &str| -> Value {
        let text = stdout(dejamos().args(["--ui-lang", lang, "check", "--format", "json", SAMPLE]));
        serde_json::from_str(&text).expect("json")
    };
    let (english, spanish) = (json("en"), json("es"));
    let mut found = Vec::new();
    differences(&english, &spanish, "", &mut found);
    assert!(!found.is_empty(), "the messages should differ");
    for path in &found {
        let key = path.rsplit('.').next().unwrap_or("");
        assert!(key == "message" || key == "description", "{path} differs between languages");
    }
    // The message id is there, the same in both, for the findings given one.
    let first = &english["files"][0]["diagnostics"];
    let ids: Vec<&str> = first.as_array().expect("array").iter().filter_map(|d| d["message_id"].as_str()).collect();
    assert!(ids.contains(&"max-lines") && ids.contains(&"line-break"), "{ids:?}");
}

#[test]
fn help_is_translated_and_says_how_the_language_is_chosen() {
    let english = stdout(dejamos_in_locale(&[("LANG", "C")]).args(["check", "--help"]));
    assert!(english.contains("Interface language: --ui-lang TAG, else DEJAMOS_UI_LANG"), "{english}");
    assert!(english.contains("Apply safe fixes and write the files"));
    let spanish = stdout(dejamos_in_locale(&[("LANG", "es_MX.UTF-8")]).args(["check", "--help"]));
    assert!(spanish.contains("Uso: dejamos check"), "{spanish}");
    assert!(spanish.contains("Idioma de la interfaz: --ui-lang ETIQUETA"), "{spanish}");
    assert!(spanish.contains("Aplicar las correcciones seguras y escribir los archivos"), "{spanish}");
    assert!(spanish.contains("Opciones:") && spanish.contains("Argumentos:"), "{spanish}");
    let top = stdout(dejamos_in_locale(&[("LANG", "es")]).arg("--help"));
    assert!(top.contains("Comandos:") && top.contains("Revisa archivos de subtítulos"), "{top}");
}

#[test]
fn rules_name_prints_the_spanish_page() {
    let page = stdout(dejamos().args(["--ui-lang", "es", "rules", "max-cps"]));
    assert!(page.starts_with("max-cps (layout, error por omisión, se corrige con --fix) · dejamos check\n"), "{page}");
    assert!(page.contains("velocidad de lectura de más de 20 cps"), "{page}");
    assert!(page.contains("Qué hace. Reporta los subtítulos"), "{page}");
    assert!(page.contains("Mejor así. Dale más tiempo"), "{page}");
    // The examples stay as they are.
    assert!(page.contains("Nunca pensé que iba a terminar"), "{page}");
}

/// The Spanish rule reference, `docs/es/reglas.md`, is the binary's, between markers. Run with
/// `DEJAMOS_UPDATE_README=1` to regenerate it (as the README's English one).
#[test]
fn spanish_rule_reference_matches_the_catalogue() {
    const START: &str = "<!-- reglas:inicio -->\n";
    const END: &str = "<!-- reglas:fin -->";
    let generated = stdout(dejamos().args(["--ui-lang", "es", "rules", "--format", "md"]));
    let path = repo("docs/es/reglas.md");
    let page = fs::read_to_string(&path).expect("docs/es/reglas.md");
    let (Some(start), Some(end)) = (page.find(START), page.find(END)) else {
        panic!("docs/es/reglas.md lacks the {START:?} … {END:?} markers");
    };
    if std::env::var_os("DEJAMOS_UPDATE_README").is_some() {
        let updated = format!("{}{START}{generated}{}", &page[..start], &page[end..]);
        fs::write(&path, updated).expect("write docs/es/reglas.md");
        return;
    }
    assert!(
        page[start + START.len()..end] == generated,
        "docs/es/reglas.md is stale: run DEJAMOS_UPDATE_README=1 cargo test --test ui_lang"
    );
}

/// `locales/ui` copied into a temporary folder named `ui`, with `edit` applied to `file`.
fn planted(file: &str, edit: impl Fn(&str) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for locale in ["en-US", "es-MX"] {
        let from = repo("locales/ui").join(locale);
        let to = dir.path().join("ui").join(locale);
        fs::create_dir_all(&to).expect("mkdir");
        for entry in fs::read_dir(&from).expect("read") {
            let path = entry.expect("entry").path();
            let name = path.file_name().expect("name").to_string_lossy().to_string();
            let text = fs::read_to_string(&path).expect("read");
            let text = if format!("{locale}/{name}") == file { edit(&text) } else { text };
            fs::write(to.join(&name), text).expect("write");
        }
    }
    dir
}

/// The rules of `locales check`'s findings on `dir/ui`, and its exit code.
fn lint_rules(dir: &Path) -> (Vec<String>, i32) {
    let ui = dir.join("ui");
    let output =
        dejamos().args(["locales", "check", "--format", "concise", "--quiet"]).arg(&ui).output().expect("runs");
    let text = String::from_utf8_lossy(&output.stdout).to_string();
    let rules = text.lines().filter_map(|l| l.split('[').nth(1)?.split(']').next().map(str::to_string)).collect();
    (rules, output.status.code().unwrap_or(-1))
}

#[test]
fn locales_check_passes_on_the_interface_bundles() {
    let output = dejamos().args(["locales", "check", "--format", "concise"]).arg(repo("locales/ui")).output();
    let output = output.expect("runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(!text.contains("error["), "{text}");
    // The embedded check covers both sets.
    let all = dejamos().args(["locales", "check", "--format", "concise"]).output().expect("runs");
    let all_text = String::from_utf8_lossy(&all.stdout);
    assert_eq!(all.status.code(), Some(0), "{all_text}");
    assert!(all_text.contains("files."), "{all_text}");
}

#[test]
fn locales_check_fails_on_a_planted_missing_id() {
    // Gone from both locales: the code still renders it.
    let remove =
        |text: &str| text.lines().filter(|l| !l.starts_with("max-lines =")).collect::<Vec<_>>().join("\n") + "\n";
    let dir = planted("en-US/findings.ftl", remove);
    let es = dir.path().join("ui/es-MX/findings.ftl");
    fs::write(&es, remove(&fs::read_to_string(&es).expect("read"))).expect("write");
    let (rules, code) = lint_rules(dir.path());
    assert!(rules.contains(&"needed-message".to_string()), "{rules:?}");
    assert_eq!(code, 1);
    // Gone from the translation only.
    let dir = planted("es-MX/findings.ftl", remove);
    let (rules, code) = lint_rules(dir.path());
    assert!(rules.contains(&"missing-message".to_string()) || rules.contains(&"needed-message".to_string()));
    assert_eq!(code, 1, "{rules:?}");
}

#[test]
fn locales_check_fails_on_a_planted_unknown_argument() {
    let dir = planted("es-MX/findings.ftl", |text| {
        text.replace("el máximo es { $limit }\n", "el máximo es { $limit } ({ $bogus })\n")
    });
    let (rules, code) = lint_rules(dir.path());
    assert!(rules.contains(&"unknown-argument".to_string()), "{rules:?}");
    assert_eq!(code, 1);
}

#[test]
fn locales_check_fails_on_a_missing_plural_variant() {
    let dir = planted("es-MX/report.ftl", |text| text.replacen("    [one] { $count } subtítulo\n", "", 1));
    let (rules, code) = lint_rules(dir.path());
    assert!(rules.contains(&"missing-plural-category".to_string()), "{rules:?}");
    assert_eq!(code, 1, "{rules:?}");
}
