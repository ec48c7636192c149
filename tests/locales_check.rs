//! `locales check` on fixtures: each rule has `tests/fixtures/ftl/<rule>/bad` (a small locale set
//! that triggers it) and `good` (the same set, fixed, with no findings at all). The last tests
//! run the binary on `tests/fixtures/ftl/cli/*` for exit codes and output formats.
use assert_cmd::Command;
use dejamos::diagnostic::Diagnostic;
use dejamos::locales_check::{ArgsSpec, LocaleSet, Options, RULES, SampleValue, lint, load_dir};
use dejamos::report::Report;
use dejamos::report::ReportFormat;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ftl")
}

/// A bundle like the renderer's: isolation off, NUMBER, and a DATETIME that echoes its date.
fn test_bundle(locale: &LanguageIdentifier) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![locale.clone()]);
    bundle.set_use_isolating(false);
    bundle.add_builtins().expect("builtins");
    bundle
        .add_function("DATETIME", |positional: &[FluentValue<'_>], _named: &FluentArgs| match positional.first() {
            Some(FluentValue::String(s)) => FluentValue::String(s.clone()),
            _ => FluentValue::Error,
        })
        .expect("DATETIME");
    bundle
}

/// The argument table the fixtures are written against.
fn test_options() -> Options {
    let args = ArgsSpec::new()
        .with("credit-line", &[("name", SampleValue::Str("Iliana Sosa".into()))])
        .with("greeting", &[("name", SampleValue::Str("Ana".into()))])
        .with("role-director", &[("gender", SampleValue::Str("female".into()))])
        .with("award-count", &[("count", SampleValue::Num(2.0))])
        .with("runtime", &[("minutes", SampleValue::Num(72.0))])
        .with(
            "premiere-line",
            &[("festival", SampleValue::Str("SXSW".into())), ("date", SampleValue::Date("2022-03-11".into()))],
        );
    Options {
        reference: "en-US".to_string(),
        args,
        functions: vec!["NUMBER".to_string(), "DATETIME".to_string()],
        new_bundle: test_bundle,
        ..Options::default()
    }
}

/// One finding with the locale and file it is in: a report's entries flattened, for assertions.
#[derive(Debug)]
struct Finding {
    locale: String,
    path: String,
    diagnostic: Diagnostic,
}

impl std::ops::Deref for Finding {
    type Target = Diagnostic;

    fn deref(&self) -> &Diagnostic {
        &self.diagnostic
    }
}

/// Every finding of `report`, in report order.
fn flatten(report: Report) -> Vec<Finding> {
    report
        .files
        .into_iter()
        .flat_map(|file| {
            // `film.toml` belongs to no locale.
            let locale = file.language.clone().unwrap_or_default();
            let path = file.path.clone();
            file.diagnostics.into_iter().map(move |diagnostic| Finding {
                locale: locale.clone(),
                path: path.clone(),
                diagnostic,
            })
        })
        .collect()
}

fn lint_dir(dir: &Path) -> Vec<Finding> {
    let set = load_dir(dir, 1 << 20).expect("fixture loads");
    flatten(lint(&set, &test_options()).expect("fixture lints"))
}

fn show(findings: &[Finding]) -> String {
    findings.iter().map(|f| format!("{}:{}:{} {} {}\n", f.path, f.line, f.column, f.rule, f.message)).collect()
}

/// `bad` triggers `rule`; `good` has no finding at all.
fn check_fixture(rule: &str) {
    let base = fixtures().join(rule);
    let bad = lint_dir(&base.join("bad"));
    assert!(bad.iter().any(|f| f.rule == rule), "{rule}: bad fixture did not trigger it:\n{}", show(&bad));
    let good = lint_dir(&base.join("good"));
    assert!(good.is_empty(), "{rule}: good fixture has findings:\n{}", show(&good));
}

macro_rules! fixture_tests {
    ($($test:ident => $rule:literal,)*) => {
        $(
            #[test]
            fn $test() {
                check_fixture($rule);
            }
        )*

        #[test]
        fn every_rule_has_a_fixture_test() {
            let tested = [$($rule),*];
            for rule in RULES.iter().filter(|r| !PLANTED_RULES.contains(&r.name)) {
                assert!(tested.contains(&rule.name), "no fixture test for {}", rule.name);
                assert!(fixtures().join(rule.name).join("bad").is_dir(), "no fixture for {}", rule.name);
            }
        }
    };
}

fixture_tests! {
    syntax_error => "syntax-error",
    bom => "bom",
    tab_indent => "tab-indent",
    line_endings => "line-endings",
    duplicate_id => "duplicate-id",
    name_collision => "name-collision",
    duplicate_attribute => "duplicate-attribute",
    duplicate_variant => "duplicate-variant",
    select_without_default => "select-without-default",
    missing_message => "missing-message",
    extra_message => "extra-message",
    missing_attribute => "missing-attribute",
    extra_attribute => "extra-attribute",
    missing_value => "missing-value",
    extra_value => "extra-value",
    missing_term => "missing-term",
    extra_term => "extra-term",
    missing_variable => "missing-variable",
    undefined_reference => "undefined-reference",
    unknown_function => "unknown-function",
    unknown_argument => "unknown-argument",
    unused_argument => "unused-argument",
    gender_select => "gender-select",
    plural_category => "plural-category",
    unreachable_variant => "unreachable-variant",
    render_error => "render-error",
    isolation_mark => "isolation-mark",
    unresolved_placeable => "unresolved-placeable",
    markup => "markup",
    straight_apostrophe => "straight-apostrophe",
    straight_quotes => "straight-quotes",
    ellipsis => "ellipsis",
    quote_style => "quote-style",
    guion_accent => "guion-accent",
    month_case => "month-case",
    estreno => "estreno",
    unit_symbol => "unit-symbol",
    trailing_whitespace => "trailing-whitespace",
    final_newline => "final-newline",
    untranslated => "untranslated",
}

/// Findings of `rule` in a bad fixture as `line:col`.
fn positions(rule: &str) -> Vec<String> {
    lint_dir(&fixtures().join(rule).join("bad"))
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| format!("{} {}:{}", f.locale, f.line, f.column))
        .collect()
}

#[test]
fn positions_are_converted_from_byte_offsets() {
    // The junk entry starts on line 5; the parser fails at the end of that line.
    assert_eq!(positions("syntax-error"), ["es-MX 5:1"]);
    assert_eq!(positions("bom"), ["es-MX 1:1"]);
    assert_eq!(positions("tab-indent"), ["es-MX 7:1"]);
    // `$nombre` in `credit-line = Dirigida por { $nombre }`: the `$` is column 30.
    assert_eq!(positions("unknown-argument"), ["es-MX 5:30"]);
    // `Marzo` after "release = Estrenada el 11 de " on line 5.
    assert_eq!(positions("month-case"), ["es-MX 5:30"]);
    // The spaces after "title = Lo que dejamos atrás": `á` is two bytes but one column.
    assert_eq!(positions("trailing-whitespace"), ["es-MX 3:29"]);
    assert_eq!(positions("duplicate-id"), ["es-MX 5:1"]);
}

#[test]
fn a_renamed_variable_is_reported_both_ways() {
    let findings = lint_dir(&fixtures().join("unknown-argument/bad"));
    let rules: Vec<&str> = findings.iter().map(|f| f.rule).collect();
    assert_eq!(rules, ["missing-variable", "unknown-argument"], "{}", show(&findings));
    assert!(findings[0].message.contains("`$name`"), "{}", findings[0].message);
    assert!(findings[1].message.contains("`$nombre`") && findings[1].message.contains("$name"));
}

#[test]
fn a_missing_message_points_where_it_belongs() {
    let findings = lint_dir(&fixtures().join("missing-message/bad"));
    let missing: Vec<&Finding> = findings.iter().filter(|f| f.rule == "missing-message").collect();
    assert_eq!(missing.len(), 1, "{}", show(&findings));
    // Right after `title`, the reference entry that precedes it.
    assert_eq!((missing[0].line, missing[0].column), (3, 1));
    assert!(missing[0].message.contains("add it after `title`"), "{}", missing[0].message);
    assert!(missing[0].message.contains("en-US/press.ftl:4"), "{}", missing[0].message);
}

#[test]
fn typography_and_untranslated_findings_are_warnings() {
    for rule in ["straight-quotes", "month-case", "untranslated", "final-newline"] {
        let findings = lint_dir(&fixtures().join(rule).join("bad"));
        assert!(
            findings.iter().filter(|f| f.rule == rule).all(|f| f.severity == dejamos::diagnostic::Severity::Warning),
            "{rule}"
        );
    }
}

#[test]
fn spanish_many_is_dead_under_fluent_plural_rules() {
    let findings = lint_dir(&fixtures().join("plural-category/bad"));
    let found: Vec<&Finding> = findings.iter().filter(|f| f.rule == "plural-category").collect();
    assert_eq!(found.len(), 1, "{}", show(&findings));
    assert!(found[0].message.contains("[many]") && found[0].message.contains("one, other"), "{}", found[0].message);
}

#[test]
fn verbatim_marker_silences_untranslated() {
    let text = |body: &str| format!("# @verbatim\nfestival = South by Southwest\n{body}");
    let set = LocaleSet::from_pairs(
        "mem",
        vec![
            ("en-US".into(), vec![("a.ftl".into(), text("plain = Same words\n"))]),
            ("es-MX".into(), vec![("a.ftl".into(), "festival = South by Southwest\nplain = Same words\n".into())]),
        ],
    );
    let findings = flatten(lint(&set, &test_options()).expect("lints"));
    let untranslated: Vec<&str> =
        findings.iter().filter(|f| f.rule == "untranslated").map(|f| f.path.as_str()).collect();
    assert_eq!(untranslated, ["mem/es-MX/a.ftl"], "{}", show(&findings));
    // The message names the id it is about.
    let message = findings.iter().find(|f| f.rule == "untranslated").map(|f| f.message.as_str());
    assert!(message.is_some_and(|m| m.contains("`plain`")), "{message:?}");
}

#[test]
fn group_comment_marker_covers_the_group() {
    let en = "## Names @verbatim\n\nperson = Iliana Sosa\nfestival = SXSW\n\n## Copy\n\nplain = Same words\n";
    let es = "person = Iliana Sosa\nfestival = SXSW\nplain = Same words\n";
    let set = LocaleSet::from_pairs(
        "mem",
        vec![("en-US".into(), vec![("a.ftl".into(), en.into())]), ("es-MX".into(), vec![("a.ftl".into(), es.into())])],
    );
    let findings = flatten(lint(&set, &test_options()).expect("lints"));
    let found: Vec<&Finding> = findings.iter().filter(|f| f.rule == "untranslated").collect();
    assert_eq!(found.len(), 1, "{}", show(&findings));
    assert!(found[0].message.contains("`plain`"), "{}", found[0].message);
}

#[test]
fn a_variable_inherited_through_a_message_reference_is_passed() {
    // `role` is only formatted through `credit`, which receives $gender.
    let en = "role = Director\ncredit = { role }: { $name }\n";
    let es = "role = { $gender ->\n    [female] Directora\n    [male] Director\n   *[other] Dirección\n}\ncredit = { role }: { $name }\n";
    let set = LocaleSet::from_pairs(
        "mem",
        vec![("en-US".into(), vec![("a.ftl".into(), en.into())]), ("es-MX".into(), vec![("a.ftl".into(), es.into())])],
    );
    let mut options = test_options();
    options.args = ArgsSpec::new().with(
        "credit",
        &[("name", SampleValue::Str("Iliana Sosa".into())), ("gender", SampleValue::Str("female".into()))],
    );
    let findings = flatten(lint(&set, &options).expect("lints"));
    // Formatting `role` on its own would fail in Spanish: that is a real runtime error.
    let rules: Vec<&str> = findings.iter().map(|f| f.rule).collect();
    assert_eq!(rules, ["render-error"], "{}", show(&findings));
    assert!(findings[0].message.contains("$gender"), "{}", findings[0].message);
}

#[test]
fn every_variant_is_rendered() {
    // The `[male]` variant references an attribute-less message's value: only that variant fails.
    let en = "only-attrs =\n    .label = Label\nrole = Director\n";
    let es = "only-attrs =\n    .label = Etiqueta\nrole = { $gender ->\n    [female] Directora\n    [male] { only-attrs }\n   *[other] Dirección\n}\n";
    let set = LocaleSet::from_pairs(
        "mem",
        vec![("en-US".into(), vec![("a.ftl".into(), en.into())]), ("es-MX".into(), vec![("a.ftl".into(), es.into())])],
    );
    let mut options = test_options();
    options.args = ArgsSpec::new().with("role", &[("gender", SampleValue::Str("female".into()))]);
    let findings = flatten(lint(&set, &options).expect("lints"));
    let render: Vec<&Finding> = findings.iter().filter(|f| f.rule == "render-error").collect();
    assert_eq!(render.len(), 1, "{}", show(&findings));
    assert!(render[0].message.contains("$gender = \"male\""), "{}", render[0].message);
}

#[test]
fn missing_reference_locale_is_an_error() {
    let set = load_dir(&fixtures().join("cli/clean"), 1 << 20).expect("loads");
    let mut options = test_options();
    options.reference = "fr-FR".into();
    let error = lint(&set, &options).expect_err("no fr-FR");
    assert!(error.to_string().contains("fr-FR") && error.to_string().contains("en-US, es-MX"), "{error}");
}

fn cli(args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("dejamos")
        .expect("binary")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--color", "never", "locales", "check"])
        .args(args)
        .assert()
}

fn stdout_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

#[test]
fn cli_clean_folder_exits_0() {
    let assert = cli(&["tests/fixtures/ftl/cli/clean"]).success();
    insta::assert_snapshot!("cli_clean_human", stdout_of(&assert));
}

#[test]
fn cli_broken_folder_exits_1_human() {
    let assert = cli(&["tests/fixtures/ftl/cli/broken"]).code(1);
    insta::assert_snapshot!("cli_broken_human", stdout_of(&assert));
}

#[test]
fn cli_broken_folder_json() {
    let assert = cli(&["tests/fixtures/ftl/cli/broken", "--format", "json"]).code(1);
    let text = stdout_of(&assert);
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(value["version"], 1);
    assert_eq!(reference_of(&value), Some("en-US"));
    let findings: Vec<&serde_json::Value> = value["files"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|file| file["diagnostics"].as_array().into_iter().flatten())
        .collect();
    let errors = findings.iter().filter(|x| x["severity"] == "error").count() as u64;
    assert_eq!(value["summary"]["errors"].as_u64(), Some(errors));
    insta::assert_snapshot!("cli_broken_json", text);
}

/// The language of the file a `locales check` JSON report gives the reason `reference`.
fn reference_of(value: &serde_json::Value) -> Option<&str> {
    value["files"].as_array()?.iter().find(|f| f["language_reason"] == "reference")?["language"].as_str()
}

#[test]
fn cli_broken_folder_concise_sarif_junit() {
    let text = stdout_of(&cli(&["tests/fixtures/ftl/cli/broken", "--format", "concise"]).code(1));
    insta::assert_snapshot!("cli_broken_concise", text);
    let sarif = stdout_of(&cli(&["tests/fixtures/ftl/cli/broken", "--format", "sarif"]).code(1));
    let value: serde_json::Value = serde_json::from_str(&sarif).expect("valid SARIF JSON");
    let results = value["runs"][0]["results"].as_array().map_or(0, Vec::len);
    assert_eq!(results, text.lines().filter(|l| l.contains(".ftl:")).count());
    let rules = value["runs"][0]["tool"]["driver"]["rules"].as_array().map_or(0, Vec::len);
    assert_eq!(rules, RULES.len());
    let junit = stdout_of(&cli(&["tests/fixtures/ftl/cli/broken", "--format", "junit"]).code(1));
    assert!(junit.starts_with("<?xml") && junit.contains("<testsuites name=\"dejamos locales check\""), "{junit}");
}

#[test]
fn cli_broken_folder_github() {
    let assert = cli(&["tests/fixtures/ftl/cli/broken", "--format", "github"]).code(1);
    let text = stdout_of(&assert);
    assert!(
        text.lines().all(|l| l.starts_with("::error ") || l.starts_with("::warning ") || l.starts_with("::notice "))
    );
    insta::assert_snapshot!("cli_broken_github", text);
}

#[test]
fn cli_warnings_only_exit_0() {
    cli(&["tests/fixtures/ftl/cli/warnings", "--quiet"]).success();
}

#[test]
fn cli_reference_flag_selects_the_reference() {
    // With es-MX as the reference, en-US is the translation that lacks `cli-only-es`.
    let assert = cli(&["tests/fixtures/ftl/cli/clean", "--reference", "es-MX", "--format", "json"]).success();
    let value: serde_json::Value = serde_json::from_str(&stdout_of(&assert)).expect("json");
    assert_eq!(reference_of(&value), Some("es-MX"));
}

#[test]
fn cli_unreadable_input_exits_2() {
    cli(&["tests/fixtures/ftl/does-not-exist"]).code(2).stderr(predicates::str::contains("does-not-exist"));
    cli(&["tests/fixtures/ftl/cli/clean", "--reference", "fr-FR"]).code(2).stderr(predicates::str::contains("fr-FR"));
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("es-MX")).expect("mkdir");
    std::fs::write(dir.path().join("es-MX/press.ftl"), b"title = Pel\xEDcula\n").expect("write");
    Command::cargo_bin("dejamos")
        .expect("binary")
        .args(["locales", "check"])
        .arg(dir.path())
        .args(["--reference", "es-MX"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("press.ftl:1: is not valid UTF-8"));
    let empty = tempfile::tempdir().expect("tempdir");
    cli(&[&empty.path().display().to_string()]).code(2).stderr(predicates::str::contains("no locale folders"));
    let misnamed = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(misnamed.path().join("en-US")).expect("mkdir");
    std::fs::write(misnamed.path().join("en-US/a.ftl"), "a = A\n").expect("write");
    std::fs::create_dir(misnamed.path().join("spanish drafts")).expect("mkdir");
    std::fs::write(misnamed.path().join("spanish drafts/a.ftl"), "a = A\n").expect("write");
    cli(&[&misnamed.path().display().to_string()])
        .code(2)
        .stderr(predicates::str::contains("`spanish drafts` is not a language tag"));
}

#[test]
fn reference_tag_matches_case_insensitively() {
    let set = load_dir(&fixtures().join("cli/clean"), 1 << 20).expect("loads");
    let mut options = test_options();
    options.reference = "en-us".into();
    assert!(flatten(lint(&set, &options).expect("en-us is en-US")).is_empty());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Any text in a translation file yields findings, never a panic, and every finding points
    /// inside the file.
    #[test]
    fn arbitrary_translation_text_never_panics(text in "(\\PC|[\\n\\t{}$\\-\\[\\]*.=#\"'«»“”])*") {
        let en = "title = What We Leave Behind\nrole = { $gender ->\n    [female] Director\n    [male] Director\n   *[other] Director\n}\n";
        let set = LocaleSet::from_pairs(
            "mem",
            vec![
                ("en-US".into(), vec![("a.ftl".into(), en.into())]),
                ("es-MX".into(), vec![("a.ftl".into(), text.clone())]),
            ],
        );
        let report = lint(&set, &test_options()).expect("lints");
        for format in [ReportFormat::Human, ReportFormat::Concise, ReportFormat::Json, ReportFormat::Sarif, ReportFormat::Junit, ReportFormat::Github] {
            let _ = dejamos::report::render(&report, format, &Default::default());
        }
        let findings = flatten(report);
        let lines = text.split('\n').count();
        for finding in findings.iter().filter(|f| f.locale == "es-MX") {
            proptest::prop_assert!(finding.line >= 1 && finding.line <= lines, "{}", show(&findings));
            proptest::prop_assert!(finding.span.end <= text.len());
        }
    }
}

fn lint_pair(en: &str, es: &str, options: &Options) -> Vec<Finding> {
    let set = LocaleSet::from_pairs(
        "mem",
        vec![("en-US".into(), vec![("a.ftl".into(), en.into())]), ("es-MX".into(), vec![("a.ftl".into(), es.into())])],
    );
    flatten(lint(&set, options).expect("lints"))
}

#[test]
fn cyclic_references_are_a_render_error_not_a_hang() {
    let text = "a = A { b }\nb = B { a }\n";
    let findings = lint_pair(text, text, &test_options());
    let rules: Vec<(&str, &str)> = findings.iter().map(|f| (f.locale.as_str(), f.rule)).collect();
    assert!(rules.contains(&("en-US", "render-error")), "{}", show(&findings));
    assert!(findings.iter().any(|f| f.message.contains("Cyclic")), "{}", show(&findings));
}

#[test]
fn a_tab_indented_line_is_one_finding_not_two() {
    let findings = lint_dir(&fixtures().join("tab-indent/bad"));
    assert!(!findings.iter().any(|f| f.rule == "syntax-error"), "{}", show(&findings));
}

#[test]
fn duplicates_are_found_across_the_files_of_a_locale() {
    let set = LocaleSet::from_pairs(
        "mem",
        vec![
            ("en-US".into(), vec![("a.ftl".into(), "title = Title\n".into())]),
            (
                "es-MX".into(),
                vec![("a.ftl".into(), "title = Título\n".into()), ("b.ftl".into(), "title = Otro título\n".into())],
            ),
        ],
    );
    let findings = flatten(lint(&set, &test_options()).expect("lints"));
    assert_eq!(findings.len(), 1, "{}", show(&findings));
    assert_eq!((findings[0].rule, findings[0].path.as_str()), ("duplicate-id", "mem/es-MX/b.ftl"));
    assert!(findings[0].message.contains("mem/es-MX/a.ftl:1"), "{}", findings[0].message);
}

#[test]
fn a_gendered_default_is_reported() {
    let en = "role = Director\n";
    let es = "role = { $gender ->\n    [female] Directora\n   *[male] Director\n}\n";
    let mut options = test_options();
    options.args = ArgsSpec::new().with("role", &[("gender", SampleValue::Str("female".into()))]);
    let findings = lint_pair(en, es, &options);
    let messages: Vec<&str> =
        findings.iter().filter(|f| f.rule == "gender-select").map(|f| f.message.as_str()).collect();
    assert_eq!(messages.len(), 1, "{}", show(&findings));
    assert!(messages[0].contains("defaults to `[male]`"), "{}", messages[0]);
}

#[test]
fn only_ftl_files_are_loaded() {
    let set = load_dir(&fixtures().join("cli/clean"), 1 << 20).expect("loads");
    let names: Vec<&str> = set.locales.iter().flat_map(|l| l.files.iter().map(|f| f.name.as_str())).collect();
    assert_eq!(names, ["press.ftl", "press.ftl"]);
    assert_eq!(set.tags(), ["en-US", "es-MX"]);
}

#[test]
fn deeply_nested_placeables_are_reported_not_a_stack_overflow() {
    let deep = format!("a = {}\"x\"{}\n", "{ ".repeat(50_000), " }".repeat(50_000));
    let findings = lint_pair("a = A\n", &deep, &test_options());
    let rules: Vec<&str> = findings.iter().map(|f| f.rule).collect();
    assert!(rules.contains(&"syntax-error"), "{rules:?}");
    assert!(findings.iter().any(|f| f.message.contains("nest more than 64")));
}

#[test]
fn an_ignores_comment_allows_leaving_a_variable_out() {
    let mut options = test_options();
    options.args = ArgsSpec::new().with(
        "statement",
        &[("title", SampleValue::Str("T".into())), ("original-title", SampleValue::Str("O".into()))],
    );
    let en = "statement = About { $title } ({ $original-title }).\n";
    let plain = "statement = Sobre { $title }.\n";
    let findings = lint_pair(en, plain, &options);
    assert_eq!(findings.iter().map(|f| f.rule).collect::<Vec<_>>(), ["missing-variable"], "{}", show(&findings));
    let marked =
        "# @ignores $original-title: in Spanish the original title is the title.\nstatement = Sobre { $title }.\n";
    assert!(lint_pair(en, marked, &options).is_empty());
    // The marker names variables; another one stays reported.
    let wrong = "# @ignores $subtitle\nstatement = Sobre { $title }.\n";
    assert_eq!(lint_pair(en, wrong, &options).len(), 1);
}

// Rules about the press kit as a whole (film.toml, CLDR plurals, Spanish prose) are tested on a
// copy of the repository's own locales with one planted error each: a fixture small enough to
// write by hand would not compose a press kit.
const PLANTED_RULES: &[&str] = &[
    "film-toml",
    "needed-message",
    "word-limit",
    "missing-plural-category",
    "unsupported-markup",
    "english-in-spanish",
    "inverted-marks",
];

/// A copy of `locales/` in a temporary folder.
fn locales_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for entry in walk(&source) {
        let relative = entry.strip_prefix(&source).expect("inside");
        let target = dir.path().join(relative);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::copy(&entry, &target).expect("copy");
    }
    dir
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() { out.extend(walk(&path)) } else { out.push(path) }
    }
    out
}

/// Lint a copy of the real locales with `from` replaced by `to` in `file`.
fn lint_planted(file: &str, from: &str, to: &str) -> Vec<Finding> {
    let dir = locales_copy();
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "{file} lacks {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
    let set = load_dir(dir.path(), 1 << 20).expect("loads");
    flatten(lint(&set, &Options::default()).expect("lints"))
}

fn assert_planted(rule: &str, file: &str, from: &str, to: &str) -> Vec<Finding> {
    let findings = lint_planted(file, from, to);
    assert!(findings.iter().any(|f| f.rule == rule), "{rule} not reported:\n{}", show(&findings));
    findings
}

#[test]
fn the_repository_locales_are_clean_with_film_toml() {
    let dir = locales_copy();
    let set = load_dir(dir.path(), 1 << 20).expect("loads");
    assert!(set.facts.is_some(), "film.toml is read with the locales");
    for reference in ["en-US", "es-MX", "en-GB"] {
        let options = Options { reference: reference.to_string(), ..Options::default() };
        let findings = flatten(lint(&set, &options).expect("lints"));
        assert!(findings.is_empty(), "reference {reference}:\n{}", show(&findings));
    }
}

#[test]
fn film_toml_problems_are_findings_on_film_toml() {
    let findings = assert_planted(
        "film-toml",
        "film.toml",
        "completion-date = \"2022-02-25\"",
        "completion-date = \"2022-02-30\"",
    );
    let finding = findings.iter().find(|f| f.rule == "film-toml").expect("finding");
    assert!(finding.path.ends_with("film.toml") && finding.line > 1, "{finding:?}");
    assert!(finding.message.contains("2022-02-30"));
    assert_planted("film-toml", "film.toml", "[film]", "[film\n");
    assert_planted("film-toml", "film.toml", "country = \"US\"", "country = \"USA\"");
}

#[test]
fn an_id_in_film_toml_without_its_message_is_an_error() {
    let findings = assert_planted(
        "needed-message",
        "film.toml",
        "awards = [\"emerging-artist\"]",
        "awards = [\"emerging-artist\", \"golden-bus\"]",
    );
    let missing: Vec<&str> =
        findings.iter().filter(|f| f.rule == "needed-message").map(|f| f.locale.as_str()).collect();
    assert_eq!(missing, ["en-US", "es-MX"], "{}", show(&findings));
}

#[test]
fn a_message_missing_from_the_reference_is_an_error() {
    let findings = assert_planted("needed-message", "en-US/press.ftl", "section-awards = Awards\n", "");
    let finding = findings.iter().find(|f| f.rule == "needed-message").expect("finding");
    assert_eq!((finding.locale.as_str(), finding.severity), ("en-US", dejamos::diagnostic::Severity::Error));
}

#[test]
fn a_section_over_its_word_limit_is_an_error() {
    let findings = assert_planted("word-limit", "film.toml", "synopsis-short = 50", "synopsis-short = 20");
    let over: Vec<&str> = findings.iter().filter(|f| f.rule == "word-limit").map(|f| f.locale.as_str()).collect();
    assert_eq!(over, ["en-US", "es-MX"], "{}", show(&findings));
}

#[test]
fn a_plural_select_needs_every_cldr_category() {
    let findings = assert_planted("missing-plural-category", "es-MX/press.ftl", "        [one] País de origen\n", "");
    let finding = findings.iter().find(|f| f.rule == "missing-plural-category").expect("finding");
    assert!(finding.message.starts_with("`details-countries-of-origin`"), "{}", finding.message);
    assert!(finding.message.contains("[one]"), "{}", finding.message);
}

#[test]
fn english_left_in_spanish_is_reported() {
    let findings = assert_planted(
        "english-in-spanish",
        "es-MX/copy.ftl",
        "¿Podrá acortar la distancia con los suyos?",
        "¿Podrá acortar la distancia con los suyos? He quietly starts building a house next to his home.",
    );
    assert_eq!(findings.iter().filter(|f| f.rule == "english-in-spanish").count(), 1, "{}", show(&findings));
}

#[test]
fn unbalanced_inverted_marks_are_reported() {
    assert_planted(
        "inverted-marks",
        "es-MX/copy.ftl",
        "¿Podrá acortar la distancia con los suyos?",
        "Podrá acortar la distancia con los suyos?",
    );
}

#[test]
fn markup_press_would_print_literally_is_reported() {
    assert_planted("unsupported-markup", "en-US/copy.ftl", "is a documentary and", "is a <b>documentary</b> and");
}

#[test]
fn a_capitalised_month_at_a_line_start_and_a_dotted_unit_are_reported() {
    assert_planted(
        "month-case",
        "es-MX/festivals.ftl",
        "festival-premiere-dated = { $premiere }, { DATETIME($date) }",
        "festival-premiere-dated =\n    { $premiere }, el\n    Viernes { DATETIME($date) }",
    );
    assert_planted(
        "unit-symbol",
        "es-MX/press.ftl",
        "*[other] { $total } min ({ $hours } h { $minutes } min)",
        "*[other] { $total } min ({ $hours } h. { $minutes } min)",
    );
}

#[test]
fn strict_makes_warnings_fail() {
    let dir = locales_copy();
    let path = dir.path().join("es-MX/copy.ftl");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(
        &path,
        text.replacen("¿Podrá acortar la distancia con los suyos?", "Podrá acortar la distancia con los suyos?", 1),
    )
    .expect("write");
    let folder = dir.path().to_str().expect("utf-8");
    cli(&[folder, "--quiet"]).success();
    cli(&[folder, "--quiet", "--strict"]).code(1);
}

/// One locale `en-US` (and the same text as `es-MX`) with `text`, linted with no arguments.
fn lint_text(text: &str) -> Vec<Finding> {
    let set = LocaleSet::from_pairs(
        "mem",
        vec![
            ("en-US".into(), vec![("a.ftl".into(), text.to_string())]),
            ("es-MX".into(), vec![("a.ftl".into(), text.to_string())]),
        ],
    );
    let mut options = test_options();
    options.args = ArgsSpec::new();
    flatten(lint(&set, &options).expect("lints"))
}

#[test]
fn a_long_reference_chain_is_reported_once_per_message_without_recursion() {
    // message → term → message … 100,000 deep. Formatting the head of the chain fails after
    // Fluent's 100 placeables; finding that for every message by formatting it was seconds per
    // 10,000 messages, and a recursive walk would overflow the stack.
    let n = 100_000;
    let mut text = String::new();
    for i in 0..n {
        text.push_str(&format!("m{i} = {{ -t{i} }}\n"));
        if i + 1 < n {
            text.push_str(&format!("-t{i} = {{ m{} }}\n", i + 1));
        } else {
            text.push_str(&format!("-t{i} = end\n"));
        }
    }
    let findings = lint_text(&text);
    let failing: Vec<&Finding> = findings.iter().filter(|f| f.rule == "render-error" && f.locale == "en-US").collect();
    // m_i expands 2 (n - i) - 1 placeables: over 100 for all but the last 50.
    assert_eq!(failing.len(), n - 50, "{}", show(&findings[..findings.len().min(5)]));
    assert!(failing[0].message.contains("formatting `m0` fails"), "{}", failing[0].message);
    assert!(failing[0].message.contains("Too many placeables"), "{}", failing[0].message);
    let others: Vec<Finding> =
        findings.into_iter().filter(|f| f.locale == "en-US" && f.rule != "render-error").collect();
    assert!(others.is_empty(), "{}", show(&others));
}

#[test]
fn reference_cycles_are_reported_for_every_message_on_or_into_them() {
    // A short cycle through a term, a long one, and a message leading into the short one.
    let mut text = String::from("a = { -t }\n-t = { b }\nb = { a }\nlead = Go: { a }\nfine = { -ok }\n-ok = OK\n");
    for i in 0..1_000 {
        text.push_str(&format!("c{i} = {{ c{} }}\n", (i + 1) % 1_000));
    }
    let findings = lint_text(&text);
    let en: Vec<&Finding> = findings.iter().filter(|f| f.locale == "en-US").collect();
    assert!(en.iter().all(|f| f.rule == "render-error"), "{}", show(&findings));
    assert_eq!(en.len(), 3 + 1_000, "{}", show(&findings[..findings.len().min(8)]));
    let message = |id: &str| {
        en.iter().find(|f| f.message.contains(&format!("`{id}`"))).map(|f| f.message.clone()).unwrap_or_default()
    };
    assert!(message("lead").contains("Cyclic reference"), "{}", message("lead"));
    assert!(message("b").contains("Cyclic reference"), "{}", message("b"));
    assert!(message("c999").contains("Cyclic reference"), "{}", message("c999"));
    assert!(message("fine").is_empty(), "{}", message("fine"));
}
