//! End-to-end tests of `dejamos press`: every section × format × locale as snapshots, every
//! message rendered with its declared arguments, HTML parsed, negotiation, `--locales DIR`.
use std::path::{Path, PathBuf};

use dejamos::press::args::{MESSAGE_ARGS, Sample, args_of};
use dejamos::press::catalog::{Catalog, LocaleFiles, Localizer};
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;

mod common;

use common::dejamos;

/// Run `dejamos press ARGS`, expect success, return stdout.
fn press(args: &[&str]) -> String {
    let output = dejamos().arg("press").args(args).output().expect("runs");
    assert!(output.status.success(), "press {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// Properties every output must have, whatever the format.
fn assert_clean(output: &str, what: &str) {
    assert!(!output.contains(['\u{2068}', '\u{2069}']), "{what}: Fluent isolation mark in output");
    assert!(!output.contains('\u{FFFD}'), "{what}: replacement character in output");
    assert!(!output.chars().any(|c| ('\u{E000}'..='\u{E00F}').contains(&c)), "{what}: italics marker leaked");
    for (n, line) in output.lines().enumerate() {
        assert_eq!(line, line.trim_end(), "{what}: trailing whitespace on line {}", n + 1);
    }
    assert!(output.ends_with('\n') && !output.ends_with("\n\n"), "{what}: must end with exactly one newline");
    for leftover in ["{$", "{ $", "{-", "DATETIME()", "NUMBER()"] {
        assert!(!output.contains(leftover), "{what}: unresolved Fluent placeable `{leftover}`");
    }
}

const SECTIONS: &[&str] =
    &["logline", "synopsis", "awards", "credits", "details", "festivals", "distribution", "bio", "statement", "all"];
const FORMATS: &[&str] = &["text", "md", "html", "json"];

#[test]
fn every_section_format_and_locale_matches_its_snapshot() {
    for locale in ["en-US", "es-MX"] {
        for section in SECTIONS {
            for format in FORMATS {
                let output = press(&["--lang", locale, "--section", section, "--format", format]);
                let name = format!("{section}-{format}-{locale}");
                assert_clean(&output, &name);
                if *format == "json" {
                    serde_json::from_str::<serde_json::Value>(&output).expect("valid JSON");
                }
                insta::assert_snapshot!(name, output);
            }
        }
    }
}

#[test]
fn every_locale_side_by_side_matches_its_snapshot() {
    for format in FORMATS {
        let output = press(&["--lang", "all", "--format", format]);
        let name = format!("all-{format}-all-locales");
        assert_clean(&output, &name);
        insta::assert_snapshot!(name, output);
    }
}

#[test]
fn stats_match_their_snapshots() {
    for format in FORMATS {
        let output = press(&["--lang", "all", "--stats", "--format", format]);
        assert_clean(&output, "stats");
        insta::assert_snapshot!(format!("stats-{format}"), output);
    }
}

#[test]
fn key_phrases_are_localized() {
    let en = press(&["--lang", "en-US"]);
    for phrase in [
        "Director: Iliana Sosa",
        "Writers: Iliana Sosa, Isidore Bethel",
        "Producers: Emma D. Miller, Iliana Sosa",
        "Co-Producer: Isidore Bethel",
        "Runtime: 72 minutes",
        "World Premiere, March 11, 2022",
        "Guanajuato International Film Festival",
    ] {
        assert!(en.contains(phrase), "en-US lacks {phrase:?}");
    }
    for wrong in ["Other works", "72 min (", "<i>Untitled"] {
        assert!(!en.contains(wrong), "en-US contains {wrong:?}");
    }
    let es = press(&["--lang", "es-MX"]);
    for phrase in [
        "Dirección: Iliana Sosa",
        "Producción: Emma D. Miller, Iliana Sosa",
        "Coproducción: Isidore Bethel",
        "Guion: Iliana Sosa, Isidore Bethel",
        "Duración: 72 min (1 h 12 min)",
        "Estreno mundial, 11 de marzo de 2022",
        "Festival Internacional de Cine Guanajuato",
        "Idioma: español",
        "Locaciones: México, Estados Unidos",
    ] {
        assert!(es.contains(phrase), "es-MX lacks {phrase:?}");
    }
    for wrong in [
        "guión",
        "Guión",
        "premier",
        "première",
        "Marzo",
        "hrs",
        "min.",
        "\"",
        "Países de filmación",
        "Otras obras",
        "al artista",
        "Fellow ",
        "han sido",
        "Cine de Guanajuato",
        "para revelar",
    ] {
        assert!(!es.contains(wrong), "es-MX contains {wrong:?}");
    }
}

/// The sample values for a message, with `gender` set to each key in turn.
fn sample_args(id: &str, gender: &str) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for arg in args_of(id) {
        let value: FluentValue<'static> = match arg.sample {
            Sample::Str(_) if arg.name == "gender" => FluentValue::from(gender.to_string()),
            Sample::Str(s) | Sample::Date(s) => FluentValue::from(s),
            Sample::Num(n) => FluentValue::from(n),
        };
        args.set(arg.name, value);
    }
    args
}

#[test]
fn every_message_of_every_locale_renders_with_its_declared_arguments() {
    let catalog = Catalog::embedded().expect("embedded copy loads");
    let mut rendered = 0;
    for locale in catalog.available() {
        let l10n = catalog.localizer(&locale).expect("bundle");
        for id in l10n.message_ids() {
            for gender in ["female", "male", "other"] {
                let args = sample_args(id, gender);
                let text = l10n.rich(id, Some(&args)).unwrap_or_else(|e| panic!("{locale} {id}: {e}"));
                let plain = text.to_plain();
                assert!(!plain.trim().is_empty(), "{locale} {id}: empty");
                assert!(!plain.contains(['\u{2068}', '\u{2069}', '{', '}']), "{locale} {id}: {plain:?}");
                rendered += 1;
            }
        }
    }
    assert!(rendered > 300, "only {rendered} renderings");
}

#[test]
fn runtime_forms_cover_short_and_round_durations() {
    let catalog = Catalog::embedded().expect("loads");
    for (locale, cases) in [
        ("en-US", [(1, "1 minute"), (60, "60 minutes"), (72, "72 minutes"), (125, "125 minutes")]),
        ("es-MX", [(58, "58 min"), (60, "60 min (1 h)"), (72, "72 min (1 h 12 min)"), (125, "125 min (2 h 5 min)")]),
    ] {
        let l10n = catalog.localizer(&locale.parse().expect("tag")).expect("bundle");
        for (total, want) in cases {
            let mut args = FluentArgs::new();
            args.set("total", total);
            args.set("hours", total / 60);
            args.set("minutes", total % 60);
            assert_eq!(l10n.format("runtime", Some(&args)).expect("formats"), want);
        }
    }
}

#[test]
fn spanish_roles_agree_with_gender_and_fall_back_to_the_activity() {
    let catalog = Catalog::embedded().expect("loads");
    let es = catalog.localizer(&"es-MX".parse().expect("tag")).expect("bundle");
    let role = |id: &str, gender: &str| es.format(id, Some(&sample_args(id, gender))).expect("formats");
    assert_eq!(role("role-director", "female"), "Directoras");
    let mut one = sample_args("role-director", "female");
    one.set("count", 1);
    assert_eq!(es.format("role-director", Some(&one)).expect("formats"), "Directora");
    assert_eq!(role("role-director", "male"), "Directores");
    assert_eq!(role("role-director", "other"), "Dirección");
    assert_eq!(role("role-producer", "female"), "Productoras");
    assert_eq!(role("role-producer", "other"), "Producción");
    assert_eq!(role("role-co-producer", "male"), "Coproductores");
    assert_eq!(role("role-writer", "other"), "Guion");
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    fn inline(e: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().for_each(|a| inline(a, out));
                arguments.named.iter().for_each(|a| inline(&a.value, out));
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut Vec<String>) {
        match e {
            ast::Expression::Inline(i) => inline(i, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    collect_variables(&v.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expr(expression, out);
        }
    }
}

#[test]
fn messages_use_only_declared_arguments_and_every_declared_argument_is_used() {
    let catalog = Catalog::embedded().expect("loads");
    let mut used: Vec<(String, String)> = Vec::new();
    let mut ids_by_locale = Vec::new();
    for locale in &catalog.locales {
        let mut ids = Vec::new();
        for (path, text) in &locale.files {
            let resource = fluent_syntax::parser::parse(text.as_str()).expect("parses");
            for entry in resource.body {
                if let ast::Entry::Message(message) = entry {
                    let mut vars = Vec::new();
                    if let Some(value) = &message.value {
                        collect_variables(value, &mut vars);
                    }
                    let declared: Vec<&str> = args_of(message.id.name).iter().map(|a| a.name).collect();
                    for var in vars {
                        assert!(
                            declared.contains(&var.as_str()),
                            "{}: `{}` uses ${var}, which MESSAGE_ARGS does not declare",
                            path.display(),
                            message.id.name
                        );
                        used.push((message.id.name.to_string(), var));
                    }
                    ids.push(message.id.name.to_string());
                }
            }
        }
        ids.sort();
        ids_by_locale.push((locale.locale.to_string(), ids));
    }
    for entry in MESSAGE_ARGS {
        for arg in entry.args {
            assert!(
                used.iter().any(|(id, var)| id == entry.id && var == arg.name),
                "MESSAGE_ARGS declares ${} for `{}`, but no locale uses it",
                arg.name,
                entry.id
            );
        }
    }
    // Complete locales define the same ids; an overlay (en-GB) only ids of its parent.
    let (first, reference) = ids_by_locale.iter().find(|(l, _)| l == "en-US").expect("en-US");
    for (locale, ids) in &ids_by_locale {
        if locale == "en-GB" {
            assert!(ids.iter().all(|id| reference.contains(id)), "{locale} defines ids {first} lacks");
        } else {
            assert_eq!(ids, reference, "{locale} and {first} define different message ids");
        }
    }
}

fn parse_html(text: &str) -> roxmltree::Document<'_> {
    let options = roxmltree::ParsingOptions { allow_dtd: true, ..Default::default() };
    roxmltree::Document::parse_with_options(text, options).expect("HTML is well-formed XML")
}

fn assert_self_contained(doc: &roxmltree::Document<'_>) {
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        // Alternates and links are navigation, not assets the page loads.
        let navigation = name == "a" || (name == "link" && node.attribute("rel") == Some("alternate"));
        assert!(navigation || !["script", "link", "img", "iframe", "object"].contains(&name), "<{name}> in the page");
        assert!(node.attribute("src").is_none(), "<{name} src> points outside the page");
        assert!(navigation || node.attribute("href").is_none(), "<{name} href> loads from outside the page");
    }
    let mut ids: Vec<&str> = doc.descendants().filter_map(|n| n.attribute("id")).collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate ids");
    for labelled in doc.descendants().filter_map(|n| n.attribute("aria-labelledby")) {
        assert!(ids.contains(&labelled), "aria-labelledby={labelled} has no target");
    }
}

#[test]
fn html_pages_parse_and_carry_their_languages() {
    for (lang, want) in [("en", "en-US"), ("es", "es-MX")] {
        let page = press(&["--lang", lang, "--format", "html"]);
        let doc = parse_html(&page);
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "html");
        assert_eq!(root.attribute("lang"), Some(want));
        assert_eq!(doc.descendants().filter(|n| n.has_tag_name("h1")).count(), 1);
        assert_eq!(doc.descendants().filter(|n| n.has_tag_name("section")).count(), 9);
        assert!(doc.descendants().any(|n| n.has_tag_name("meta") && n.attribute("charset") == Some("utf-8")));
        assert_self_contained(&doc);
        // Foreign titles are marked with their language for screen readers.
        let foreign = if want == "en-US" { "es" } else { "en" };
        assert!(doc.descendants().any(|n| n.has_tag_name("cite") && n.attribute("lang") == Some(foreign)));
    }
    let page = press(&["--lang", "all", "--format", "html"]);
    let doc = parse_html(&page);
    assert_self_contained(&doc);
    let sections: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("section")).collect();
    assert_eq!(sections.len(), 18);
    assert_eq!(sections.iter().filter(|s| s.attribute("lang") == Some("es-MX")).count(), 9);
    assert_eq!(sections.iter().filter(|s| s.attribute("lang") == Some("en-US")).count(), 9);
    // Side by side: each row holds one section per locale.
    let rows: Vec<_> = doc.descendants().filter(|n| n.attribute("class") == Some("row")).collect();
    assert_eq!(rows.len(), 10);
    for row in rows {
        let langs: Vec<_> = row.children().filter_map(|c| c.attribute("lang")).collect();
        assert_eq!(langs, ["en-US", "es-MX"]);
    }
}

/// A copy of the shipped locales folder in a temporary directory.
fn locales_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for entry in walkdir::WalkDir::new(&source) {
        let entry = entry.expect("walk");
        let target = dir.path().join(entry.path().strip_prefix(&source).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
    dir
}

fn edit(path: PathBuf, from: &str, to: &str) {
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

#[test]
fn hostile_facts_are_escaped_in_every_format() {
    let dir = locales_copy();
    let hostile = r#"<script>alert("x")</script> & 'Emma' </i><i>"#;
    let toml_escaped = hostile.replace('\\', "\\\\").replace('"', "\\\"");
    edit(dir.path().join("film.toml"), "name = \"Emma D. Miller\"", &format!("name = \"{toml_escaped}\""));
    edit(dir.path().join("film.toml"), "name = \"DocYard\"", "name = \"Doc<b>Yard</b> & co\"");
    let locales = dir.path().to_str().expect("utf-8 path");

    let page = press(&["--locales", locales, "--lang", "all", "--format", "html"]);
    let doc = parse_html(&page);
    assert_self_contained(&doc);
    assert!(!doc.descendants().any(|n| n.has_tag_name("b")));
    let producers: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("dd") && n.text() == Some(hostile))
        .map(|n| n.ancestors().find_map(|a| a.attribute("lang")).unwrap_or(""))
        .collect();
    assert_eq!(producers, ["en-US", "es-MX"]);
    assert!(doc.descendants().any(|n| n.has_tag_name("span") && n.text() == Some("Doc<b>Yard</b> & co")));

    let md = press(&["--locales", locales, "--section", "credits", "--format", "md"]);
    assert!(md.contains(r#"\<script\>alert("x")\</script\> \& 'Emma' \</i\>\<i\>"#), "{md}");

    let text = press(&["--locales", locales, "--section", "credits"]);
    assert!(text.contains(&format!("Producers: {hostile}, Iliana Sosa")), "{text}");

    let json = press(&["--locales", locales, "--section", "credits", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(value["locales"][0]["sections"][0]["groups"][2]["people"][0]["name"], hostile);
}

#[test]
fn spanish_and_english_variants_are_negotiated() {
    for lang in ["es", "es-419", "es-AR", "es-MX", "es_MX.UTF-8", "es-MX-u-ca-buddhist", "spa"] {
        let output = dejamos().args(["press", "--section", "logline", "--lang", lang]).output().expect("runs");
        assert!(output.status.success());
        assert!(String::from_utf8_lossy(&output.stdout).starts_with("En una línea\n"), "{lang}");
        assert!(output.stderr.is_empty(), "{lang}: {}", String::from_utf8_lossy(&output.stderr));
    }
    for lang in ["en", "en-GB", "en-AU", "en-NZ", "en-US", "eng"] {
        let output = dejamos().args(["press", "--section", "logline", "--lang", lang]).output().expect("runs");
        assert!(String::from_utf8_lossy(&output.stdout).starts_with("Logline\n"), "{lang}");
        assert!(output.stderr.is_empty());
    }
    let output = dejamos().args(["press", "--section", "logline", "--lang", "fr-CA"]).output().expect("runs");
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("Logline\n"));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "warning: no press copy in `fr-CA`; using en-US\n");
    let output = dejamos().args(["press", "--section", "logline", "--lang", "fr"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "warning: no press copy in `fr`; using en-US\n");
}

#[test]
fn empty_or_malformed_language_tags_are_usage_errors() {
    for lang in ["", "??", "x-private"] {
        let stderr = press_failure(&["--lang", lang, "--section", "logline"]);
        assert!(stderr.contains("--lang: "), "{lang:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
}

#[test]
fn british_english_overrides_only_dates_and_spelling() {
    let us = press(&["--lang", "en-US", "--all-fields"]);
    for lang in ["en-GB", "en-AU", "en-NZ"] {
        let gb = press(&["--lang", lang, "--all-fields"]);
        assert!(gb.contains("World Premiere, 11 March 2022"), "{lang}");
        assert!(gb.contains("Colour: Colour"), "{lang}");
        assert!(gb.contains("travelling back and forth") && gb.contains("honours my family"), "{lang}");
        // Everything else is the US copy, through the fallback chain.
        assert!(gb.contains("Writers: Iliana Sosa, Isidore Bethel"), "{lang}");
        let differing = gb.lines().zip(us.lines()).filter(|(a, b)| a != b).count();
        assert!(differing <= 8, "{lang}: {differing} lines differ from en-US");
    }
    assert!(us.contains("World Premiere, March 11, 2022") && us.contains("Color: Color"));
}

#[test]
fn a_closing_raya_is_glued_to_its_word_in_html() {
    let page = press(&["--lang", "es-MX", "--section", "statement", "--format", "html"]);
    // "…de la frontera—, el enfoque": the closing raya can never start a line.
    assert!(page.contains("frontera\u{2060}—\u{2060}, el enfoque"), "{page}");
    assert!(page.contains("—\u{2060}pensada para toda la familia"), "{page}");
    let doc = parse_html(&page);
    for text in doc.descendants().filter_map(|n| n.text()) {
        for (i, _) in text.match_indices('—') {
            let before = text[..i].chars().next_back();
            assert!(
                before.is_none_or(|c| c.is_whitespace() || c == '\u{2060}'),
                "an unglued raya after {before:?} in {text:?}"
            );
        }
    }
}

#[test]
fn html_pages_carry_description_open_graph_and_hreflang() {
    let page = press(&["--lang", "es-MX", "--format", "html"]);
    let doc = parse_html(&page);
    let meta = |attr: &str, name: &str| {
        doc.descendants()
            .find(|n| n.has_tag_name("meta") && n.attribute(attr) == Some(name))
            .and_then(|n| n.attribute("content"))
            .map(str::to_string)
    };
    let description = meta("name", "description").expect("description");
    assert!(description.starts_with("Tras décadas de visitar cada mes a su familia"), "{description}");
    assert_eq!(meta("property", "og:description"), Some(description));
    assert_eq!(meta("property", "og:title").as_deref(), Some("Lo que dejamos atrás — Carpeta de prensa"));
    let alternates: Vec<(&str, &str)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("link") && n.attribute("rel") == Some("alternate"))
        .filter_map(|n| Some((n.attribute("hreflang")?, n.attribute("href")?)))
        .collect();
    assert_eq!(
        alternates,
        [
            ("en-GB", "press.en-GB.html"),
            ("en-US", "press.en-US.html"),
            ("es-MX", "press.es-MX.html"),
            ("x-default", "press.en-US.html")
        ]
    );
    assert!(page.contains("@media print"));
}

#[test]
fn plain_text_quotes_titles_by_language() {
    let es = press(&["--lang", "es-MX", "--section", "synopsis"]);
    assert!(es.contains("«Lo que dejamos atrás» es una carta de amor"), "{es}");
    let en = press(&["--lang", "en-US", "--section", "synopsis"]);
    assert!(en.contains("“What We Leave Behind” unfolds"), "{en}");
    let credits = press(&["--lang", "es-MX", "--section", "credits"]);
    assert!(credits.contains("Emma D. Miller: «Knife Skills», «Unrest»"), "{credits}");
}

#[test]
fn form_fields_are_hidden_unless_all_fields_is_given() {
    for (lang, hidden) in [
        ("en-US", ["Project Type", "Completion Date", "Color:", "Student Project"]),
        ("es-MX", ["Tipo de proyecto", "Fecha de", "Color:", "Proyecto estudiantil"]),
    ] {
        let default = press(&["--lang", lang, "--section", "details"]);
        let all = press(&["--lang", lang, "--section", "details", "--all-fields"]);
        for label in hidden {
            assert!(!default.contains(label), "{lang}: {label} shown by default:\n{default}");
            assert!(all.contains(label), "{lang}: {label} missing with --all-fields:\n{all}");
        }
    }
    // The original title comes first in Spanish, the English title first in English.
    let es = press(&["--lang", "es-MX", "--section", "details"]);
    assert!(es.find("Título original").expect("original") < es.find("Título en inglés").expect("english"));
    let en = press(&["--lang", "en-US", "--section", "details"]);
    assert!(en.find("English Title").expect("english") < en.find("Original Title").expect("original"));
}

#[test]
fn synopses_stand_alone_and_keep_within_their_word_limits() {
    let json = press(&["--lang", "all", "--stats", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let rows = value["stats"].as_array().expect("rows");
    let limited: Vec<_> = rows.iter().filter(|r| !r["limit"].is_null()).collect();
    // logline + three synopses, in two locales.
    assert_eq!(limited.len(), 8, "{json}");
    for row in limited {
        assert!(row["words"].as_u64() <= row["limit"].as_u64(), "over its limit: {row}");
    }
    let limit_of = |section: &str, part: Option<&str>| {
        rows.iter().find(|r| r["section"] == section && r["part"].as_str() == part).and_then(|r| r["limit"].as_u64())
    };
    assert_eq!(limit_of("logline", None), Some(35));
    assert_eq!(limit_of("synopsis", Some("short")), Some(50));
    assert_eq!(limit_of("synopsis", Some("medium")), Some(100));
    assert_eq!(limit_of("synopsis", Some("long")), Some(250));
    // The long synopsis does not start with the short one.
    for lang in ["en-US", "es-MX"] {
        let json = press(&["--lang", lang, "--section", "synopsis", "--format", "json"]);
        let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        let parts = &value["locales"][0]["sections"][0]["parts"];
        let short = parts[0]["paragraphs"][0]["text"].as_str().expect("short");
        let long = parts[2]["paragraphs"][0]["text"].as_str().expect("long");
        assert_ne!(short, long, "{lang}");
        assert!(!long.starts_with(short), "{lang}");
    }
}

#[test]
fn a_section_over_its_limit_is_flagged_by_stats() {
    let dir = locales_copy();
    edit(dir.path().join("film.toml"), "logline = 35", "logline = 10");
    let locales = dir.path().to_str().expect("utf-8 path");
    let stats = press(&["--locales", locales, "--lang", "en", "--stats"]);
    assert!(stats.contains("logline               34         192  ≤ 10: over by 24"), "{stats}");
}

#[test]
fn awards_are_their_own_section_with_festival_and_year() {
    let en = press(&["--lang", "en-US", "--section", "awards"]);
    assert!(en.contains("Fandor New Voices Award — SXSW 2022\n"), "{en}");
    assert!(en.contains("Emerging Artist Award — Thin Line Film Festival\n"), "{en}");
    let es = press(&["--lang", "es-MX", "--section", "awards"]);
    assert!(es.contains("Premio Fandor New Voices — SXSW 2022\n"), "{es}");
}

#[test]
fn contacts_and_links_are_rendered_only_when_film_toml_gives_them() {
    let none = press(&["--lang", "en-US"]);
    assert!(!none.contains("Contacts"));
    let dir = locales_copy();
    let path = dir.path().join("film.toml");
    let mut text = std::fs::read_to_string(&path).expect("read");
    text.push_str(
        "\n[[contacts]]\nrole = \"press\"\nname = \"Test Person\"\nemail = \"press@example.org\"\n\n\
         [[links]]\nkind = \"stills\"\nurl = \"https://example.org/stills\"\n",
    );
    std::fs::write(&path, text).expect("write");
    let locales = dir.path().to_str().expect("utf-8 path");
    let en = press(&["--locales", locales, "--lang", "en-US", "--section", "contacts"]);
    assert!(en.contains("Press: Test Person, press@example.org\n"), "{en}");
    assert!(en.contains("Stills: https://example.org/stills\n"), "{en}");
    let html = press(&["--locales", locales, "--lang", "es-MX", "--section", "contacts", "--format", "html"]);
    assert!(html.contains("<a href=\"mailto:press@example.org\">press@example.org</a>"), "{html}");
    assert!(html.contains("<li><a href=\"https://example.org/stills\">Fotografías fijas</a></li>"), "{html}");
}

#[test]
fn locales_dir_shows_edits_without_a_rebuild() {
    let dir = locales_copy();
    edit(dir.path().join("es-MX/press.ftl"), "section-credits = Créditos", "section-credits = Créditos completos");
    // Gendered role names only where film.toml states a gender, for everyone in the group.
    for name in ["Emma D. Miller", "Iliana Sosa"] {
        edit(
            dir.path().join("film.toml"),
            &format!("name = \"{name}\"\n"),
            &format!("name = \"{name}\"\ngender = \"female\"\n"),
        );
    }
    let locales = dir.path().to_str().expect("utf-8 path");
    let text = press(&["--locales", locales, "--lang", "es", "--section", "credits"]);
    assert!(text.starts_with("Créditos completos\n"), "{text}");
    assert!(text.contains("Directora: Iliana Sosa\n"), "{text}");
    assert!(text.contains("Productoras: Emma D. Miller, Iliana Sosa\n"), "{text}");
    assert!(text.contains("Guion: Iliana Sosa, Isidore Bethel\n"), "{text}");
}

fn press_failure(args: &[&str]) -> String {
    let output = dejamos().arg("press").args(args).output().expect("runs");
    assert_eq!(output.status.code(), Some(2), "press {args:?} should fail");
    assert!(output.stdout.is_empty());
    String::from_utf8(output.stderr).expect("UTF-8")
}

#[test]
fn a_missing_message_is_an_error_not_a_fallback() {
    let dir = locales_copy();
    edit(dir.path().join("es-MX/credits.ftl"), "credits-filmography = Filmografía\n", "");
    let locales = dir.path().to_str().expect("utf-8 path");
    let stderr = press_failure(&["--locales", locales, "--lang", "es", "--section", "credits"]);
    assert!(stderr.contains("message `credits-filmography` is missing in locale es-MX"), "{stderr}");
    // English still renders.
    press(&["--locales", locales, "--lang", "en", "--section", "credits"]);
}

#[test]
fn fluent_errors_name_the_locale_and_message() {
    let dir = locales_copy();
    edit(dir.path().join("es-MX/press.ftl"), "byline = Una película de { $director }", "byline = De { $directora }");
    let locales = dir.path().to_str().expect("utf-8 path");
    let stderr = press_failure(&["--locales", locales, "--lang", "es-MX"]);
    assert!(stderr.contains("es-MX/press.ftl:11: message `byline` (es-MX): "), "{stderr}");
    assert!(stderr.contains("Unknown variable: $directora"), "{stderr}");

    let dir = locales_copy();
    edit(dir.path().join("en-US/press.ftl"), "section-details = Details", "section-details = { Details");
    let locales = dir.path().to_str().expect("utf-8 path");
    let stderr = press_failure(&["--locales", locales, "--lang", "en"]);
    assert!(stderr.contains("en-US/press.ftl:"), "{stderr}");
    assert!(stderr.contains("Fluent syntax error"), "{stderr}");

    // Placeables nested 20,000 deep would overflow the Fluent parser's stack: refused at the line.
    let dir = locales_copy();
    let copy = dir.path().join("en-US/copy.ftl");
    let lines = std::fs::read_to_string(&copy).expect("read").lines().count();
    let mut text = std::fs::read_to_string(&copy).expect("read");
    text.push_str(&format!("deep = {}\n", "{ ".repeat(20_000)));
    std::fs::write(&copy, text).expect("write");
    let stderr = press_failure(&["--locales", dir.path().to_str().expect("utf-8 path"), "--lang", "en"]);
    assert!(stderr.contains(&format!("en-US/copy.ftl:{}: placeables nest more than 64", lines + 1)), "{stderr}");
}

#[test]
fn unknown_ids_in_facts_are_errors() {
    let dir = locales_copy();
    edit(dir.path().join("film.toml"), "role = \"editor\"", "role = \"gaffer\"");
    let locales = dir.path().to_str().expect("utf-8 path");
    let stderr = press_failure(&["--locales", locales, "--section", "credits"]);
    assert!(stderr.contains("message `role-gaffer` is missing in locale en-US"), "{stderr}");

    let dir = locales_copy();
    edit(dir.path().join("film.toml"), "date = \"2022-03-11\"", "date = \"2022-03-32\"");
    let locales = dir.path().to_str().expect("utf-8 path");
    let stderr = press_failure(&["--locales", locales]);
    assert!(stderr.contains("film.toml:"), "{stderr}");
    assert!(stderr.contains("2022-03-32"), "{stderr}");
}

#[test]
fn locales_dir_must_exist_and_hold_locales() {
    let dir = tempfile::tempdir().expect("temp");
    let missing = dir.path().join("nope");
    let stderr = press_failure(&["--locales", missing.to_str().expect("utf-8")]);
    assert!(stderr.contains("film.toml"), "{stderr}");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/film.toml"), dir.path().join("film.toml"))
        .expect("copy");
    let stderr = press_failure(&["--locales", dir.path().to_str().expect("utf-8")]);
    assert!(stderr.contains("has no locale folders"), "{stderr}");
}

#[test]
fn output_file_is_written_and_stdout_stays_empty() {
    let dir = tempfile::tempdir().expect("temp");
    let target = dir.path().join("press.html");
    let output =
        dejamos().args(["press", "--lang", "es", "--format", "html", "-o"]).arg(&target).output().expect("runs");
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
    let written = std::fs::read_to_string(&target).expect("written");
    assert_eq!(written, press(&["--lang", "es", "--format", "html"]));
    // Nothing else (no temporary file) is left in the folder.
    assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 1);
}

#[test]
fn localizer_rejects_a_bad_locale_file() {
    let files = LocaleFiles {
        locale: "es-MX".parse().expect("tag"),
        dir: PathBuf::from("x"),
        files: vec![(PathBuf::from("x/a.ftl"), "a = <i>sin cerrar\n".to_string())],
    };
    let l10n = Localizer::new(&files).expect("parses");
    let err = l10n.rich("a", None).expect_err("unclosed italics");
    assert_eq!(err.to_string(), "x/a.ftl:1: message `a` (es-MX): `<i>` is never closed");
}
