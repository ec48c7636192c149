//! The text rules in Spanish: `check` under a Spanish locale words every finding and fix of the
//! typography, punctuation, glyph and language rules in Spanish, and no English sentence of
//! theirs is left, on the sample and on fixtures that trigger each of them.
mod common;

use common::{dejamos_in_locale, repo};
use serde_json::Value;

/// The rules whose messages live in `locales/ui/*/text.ftl`.
const TEXT_RULES: &[&str] = &[
    "wrong-language",
    "spanish-punctuation",
    "number-style",
    "glyph",
    "missing-space",
    "repeated-word",
    "repeated-cue",
    "doubled-punctuation",
    "unbalanced-quotes",
    "single-speaker-dash",
    "continuation-ellipsis",
    "lowercase-after-sentence-end",
];

const FILES: &[&str] = &[
    "samples/the-house.es.srt",
    "samples/the-house.en.srt",
    "tests/fixtures/text/reviewers.es.srt",
    "tests/fixtures/text/reviewers.en.srt",
    "tests/fixtures/text/spanish-punctuation.srt",
    "tests/fixtures/text/number-style.srt",
    "tests/fixtures/text/glyph.srt",
    "tests/fixtures/text/wrong-language.es.srt",
    "tests/fixtures/text/wrong-language.en.srt",
];

fn run(locale: &str, args: &[&str]) -> String {
    let output = dejamos_in_locale(&[("LANG", locale)]).args(args).output().expect("runs");
    String::from_utf8(output.stdout).expect("utf-8")
}

/// The text rules' findings of a JSON report: rule, message id, message and fix description.
fn text_findings(json: &str) -> Vec<(String, String, String, Option<String>)> {
    let report: Value = serde_json::from_str(json).expect("json");
    let mut found = Vec::new();
    for file in report["files"].as_array().expect("files") {
        for d in file["diagnostics"].as_array().expect("diagnostics") {
            let rule = d["rule"].as_str().expect("rule");
            if !TEXT_RULES.contains(&rule) {
                continue;
            }
            found.push((
                rule.to_string(),
                d["message_id"].as_str().unwrap_or("").to_string(),
                d["message"].as_str().expect("message").to_string(),
                d["fix"]["description"].as_str().map(str::to_string),
            ));
        }
    }
    found
}

#[test]
fn text_findings_and_fixes_are_spanish_under_a_spanish_locale() {
    for file in FILES {
        let args = ["check", "--isolated", "--format", "json", file];
        let english = text_findings(&run("C", &args));
        let spanish = text_findings(&run("es_MX.UTF-8", &args));
        assert!(!english.is_empty(), "{file} triggers no text rule");
        assert_eq!(english.len(), spanish.len(), "{file}");
        for (en, es) in english.iter().zip(&spanish) {
            assert_eq!((&en.0, &en.1), (&es.0, &es.1), "{file}: the same finding in both languages");
            assert!(!es.1.is_empty(), "{file}: {} has no message id: {}", es.0, es.2);
            // Every message and fix description is worded anew in Spanish.
            assert_ne!(en.2, es.2, "{file}: {} left in English", es.0);
            assert_eq!(en.3.is_some(), es.3.is_some(), "{file}: {}", es.0);
            if let (Some(en_fix), Some(es_fix)) = (&en.3, &es.3) {
                assert_ne!(en_fix, es_fix, "{file}: {} fix left in English", es.0);
            }
            for english_word in [" the ", "write ", "remove ", " is ", " not ", "never", "sentence", "space"] {
                assert!(!es.2.contains(english_word), "{file}: English in {}: {}", es.0, es.2);
            }
        }
    }
}

#[test]
fn every_text_rule_is_exercised_in_spanish() {
    let mut seen = std::collections::BTreeSet::new();
    for file in FILES {
        let spanish = text_findings(&run("es_MX.UTF-8", &["check", "--isolated", "--format", "json", file]));
        seen.extend(spanish.into_iter().map(|f| f.0));
    }
    let all: std::collections::BTreeSet<String> = TEXT_RULES.iter().map(|r| r.to_string()).collect();
    assert_eq!(seen, all);
}

#[test]
fn reviewers_checks_read_as_a_mexican_subtitler_writes() {
    let text = run("es_MX.UTF-8", &["check", "--isolated", "tests/fixtures/text/reviewers.es.srt"]);
    for expected in [
        "advertencia[missing-space]: falta un espacio después de `,` y antes de `s`: pon un espacio después del signo",
        "ayuda: insertar un espacio después de `,`",
        "advertencia[repeated-word]: `la` dos veces seguidas: borra una, salvo que se haya dicho dos veces",
        "advertencia[repeated-cue]: mismo texto que el subtítulo 3: `El camión sale a las seis.`",
        "advertencia[doubled-punctuation]: 2 comas: escribe una",
        "advertencia[unbalanced-quotes]: `«`: el estilo de Netflix para este idioma es `\"…\"`, con `'…'` dentro",
        "advertencia[single-speaker-dash]: guion de diálogo en un subtítulo con un solo personaje: quítalo",
        "empieza este subtítulo con `…`",
        "ayuda: empezar el subtítulo con `…`",
        "advertencia[lowercase-after-sentence-end]: `b` empieza una oración después de `.`: escribe `B`",
        "ayuda: poner `b` en mayúscula",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    let glyph = run("es_MX.UTF-8", &["check", "--isolated", "tests/fixtures/text/glyph.srt"]);
    assert!(glyph.contains("caracteres no permitidos en el texto de los subtítulos"), "{glyph}");
    let language = run("es_MX.UTF-8", &["check", "--isolated", "tests/fixtures/text/wrong-language.es.srt"]);
    assert!(
        language.contains("este subtítulo parece estar en inglés en un archivo en español: ¿quedó sin traducir?"),
        "{language}"
    );
    assert!(repo("locales/ui/es-MX/text.ftl").is_file());
}
