//! Text, Spanish, English and language rules of `dejamos check`, run one at a time through the
//! real engine ([`common::rule_on`]) on fixtures in `tests/fixtures/text/`.
mod common;

use dejamos::check::rule::{Lang, Rule};
use dejamos::check::rules::{english, language, spanish, text};
use dejamos::diagnostic::Diagnostic;
use dejamos::srt::{Document, parse_str};
use dejamos::time::FrameRate;

/// Run one rule on `source` checked as `lang`, through the engine.
fn run(name: &str, lang: Lang, source: &str) -> (Document, Vec<Diagnostic>) {
    let (doc, found) = common::rule_on(name, lang, source);
    assert!(found.iter().all(|d| d.cue.is_some()), "every text finding names its cue");
    (doc, found)
}

fn fixture(name: &str) -> String {
    common::fixture_text(&format!("text/{name}"))
}

/// (line, column) of each finding, in order.
fn positions(diagnostics: &[Diagnostic]) -> Vec<(usize, usize)> {
    let mut p: Vec<(usize, usize)> = diagnostics.iter().map(|d| (d.line, d.column)).collect();
    p.sort();
    p
}

fn found(name: &str, lang: Lang, source: &str) -> Vec<(usize, usize)> {
    positions(&run(name, lang, source).1)
}

/// The source with every fix applied (edits must not overlap).
fn fixed(name: &str, lang: Lang, source: &str) -> String {
    let (doc, diagnostics) = run(name, lang, source);
    let mut edits: Vec<_> = diagnostics.iter().filter_map(|d| d.fix.as_ref()).flat_map(|f| f.edits.clone()).collect();
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    for pair in edits.windows(2) {
        assert!(pair[0].range.end <= pair[1].range.start, "overlapping edits {:?}", pair);
    }
    let mut out = doc.source.clone();
    for edit in edits.iter().rev() {
        let (line, column) = doc.position(edit.range.start);
        assert_eq!((edit.line, edit.column), (line, column), "edit position");
        out.replace_range(edit.range.clone(), &edit.replacement);
    }
    out
}

fn cue(text: &str) -> String {
    format!("1\n00:00:01,000 --> 00:00:03,000\n{text}\n")
}

// ---------------------------------------------------------------- text

#[test]
fn unbalanced_tag_finds_unclosed_stray_and_crossing_tags() {
    let (_, ds) = run("unbalanced-tag", Lang::Spanish, &fixture("unbalanced-tag.srt"));
    assert_eq!(positions(&ds), [(3, 1), (7, 13), (11, 15)]);
    assert!(ds[0].message.contains("`<i>` is not closed"), "{}", ds[0].message);
    assert!(ds[1].message.contains("not open"), "{}", ds[1].message);
    assert!(ds[2].message.contains("cross"), "{}", ds[2].message);
    assert_eq!(ds.iter().map(|d| d.cue).collect::<Vec<_>>(), [Some(1), Some(2), Some(3)]);
}

#[test]
fn unbalanced_tag_accepts_italics_over_two_lines_and_case_differences() {
    assert!(found("unbalanced-tag", Lang::English, &cue("<i>Two lines\nin italics.</i>")).is_empty());
    assert!(found("unbalanced-tag", Lang::English, &cue("<I>Shout</i> <br/> a < b")).is_empty());
}

#[test]
fn tag_rules_leave_webvtt_markup_to_the_webvtt_reader() {
    // Voices and classes are WebVTT markup: the engine does not run the SRT tag rules on it.
    let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Julián>¿Vienes? <c.yellow>Ya</c>\n";
    let doc = dejamos::vtt::parse_vtt(vtt);
    let engine = dejamos::check::engine::Engine::new();
    let settings = dejamos::check::select::RuleSettings::defaults(engine.infos());
    let file = dejamos::check::engine::FileSettings {
        lang: Lang::Spanish,
        fps: FrameRate::FILM,
        thresholds: common::default_thresholds(Lang::Spanish),
        rules: &settings,
        timing: Default::default(),
    };
    let found = engine.check(&doc, &file);
    assert!(found.iter().all(|d| !["unbalanced-tag", "disallowed-tag"].contains(&d.rule)), "{found:?}");
    // The same text in an SRT file leaves `<v>` open.
    assert_eq!(found_rule_lines("unbalanced-tag", "<v Julián>¿Vienes?"), [(3, 1)]);
}

/// `found`, for a Spanish cue.
fn found_rule_lines(name: &str, text: &str) -> Vec<(usize, usize)> {
    found(name, Lang::Spanish, &cue(text))
}

#[test]
fn disallowed_tag_reports_font_and_position_overrides() {
    let (_, ds) = run("disallowed-tag", Lang::Spanish, &fixture("disallowed-tag.srt"));
    assert_eq!(positions(&ds), [(3, 1), (3, 37), (7, 1)]);
    assert!(ds[2].message.contains("override block `{\\c&H00FFFF&}`"), "{}", ds[2].message);
}

#[test]
fn disallowed_tag_follows_the_configured_list() {
    // `{\an8}` is placement, judged by `position`, not markup.
    let source = cue("<b>Bold</b> {\\an8}top");
    assert_eq!(found("disallowed-tag", Lang::English, &source).len(), 2);
    let doc = parse_str(&source);
    let mut thresholds = common::default_thresholds(Lang::English);
    thresholds.allowed_tags = vec!["i".into(), "b".into(), "an8".into()];
    let out = common::rule_on_document("disallowed-tag", Lang::English, &doc, thresholds);
    assert!(out.is_empty(), "{out:?}");
}

#[test]
fn whitespace_reports_each_kind_at_its_column() {
    let (_, ds) = run("whitespace", Lang::Spanish, &fixture("whitespace.srt"));
    assert_eq!(positions(&ds), [(3, 1), (3, 5), (3, 14), (7, 9), (13, 10), (17, 31), (17, 33)]);
    // Space before `?` belongs to spanish-punctuation in Spanish, to whitespace in English.
    let en = found("whitespace", Lang::English, &fixture("whitespace.srt"));
    assert!(en.contains(&(21, 5)) && en.contains(&(22, 5)), "{en:?}");
}

#[test]
fn whitespace_near_misses() {
    for text in [
        "Sí, ¿y tú?",
        "Bien. ¡Vamos!",
        "- …y luego se fue.",
        "Cuesta .5 dólares",
        "Pensé que… no sé.",
        "<i>Hola</i> <i>tú</i>",
    ] {
        assert!(found("whitespace", Lang::Spanish, &cue(text)).is_empty(), "{text}");
    }
    // French puts a space before `?`; other languages are not held to the es/en rule.
    assert!(found("whitespace", Lang::Other, &cue("Tu viens ?")).is_empty());
}

#[test]
fn whitespace_fix_removes_only_the_extra_spaces() {
    let out = fixed("whitespace", Lang::Spanish, &fixture("whitespace.srt"));
    let expected = fixture("whitespace.srt")
        .replace(" Ya  llegamos , ¿no?", "Ya llegamos, ¿no?")
        .replace("<i>Bien. </i>", "<i>Bien.</i>")
        .replace("Pensé que … no sé.", "Pensé que… no sé.")
        .replace("(más o menos ) ", "(más o menos)");
    assert_eq!(out, expected);
    // A second pass finds nothing left to fix.
    assert!(fixed("whitespace", Lang::Spanish, &out) == out);
}

#[test]
fn whitespace_across_tags_keeps_the_tags() {
    assert_eq!(fixed("whitespace", Lang::English, &cue("One <i> two</i>")), cue("One <i>two</i>"));
}

#[test]
fn glyph_reports_runs_and_fixes_only_invisible_characters() {
    let (_, ds) = run("glyph", Lang::Spanish, &fixture("glyph.srt"));
    assert_eq!(positions(&ds), [(3, 8), (4, 1), (8, 10), (8, 15), (16, 10)]);
    assert!(ds[0].message.contains("U+2009") && ds[0].message.contains("U+1F64F"), "{}", ds[0].message);
    assert!(ds[1].message.contains("tab"), "{}", ds[1].message);
    assert!(ds[4].message.contains("U+FFFD"), "{}", ds[4].message);
    let fixable: Vec<bool> = ds.iter().map(|d| d.fix.is_some()).collect();
    assert_eq!(fixable, [false, false, true, true, false]);
    let out = fixed("glyph", Lang::Spanish, &fixture("glyph.srt"));
    assert!(out.contains("Invisiblejoin, al revés"), "{out}");
}

#[test]
fn glyph_leaves_nul_to_the_parser_and_accepts_the_glyph_list() {
    // The parser reports the NUL once; the rule adds no second finding.
    let (_, nul) = common::rule_on("glyph", Lang::Spanish, &cue("Ho\0la"));
    assert_eq!(nul.len(), 1, "{nul:?}");
    assert!(found("glyph", Lang::Spanish, &cue("♪ «Señor» — 5 € … ¿Qué?\u{a0}¡Sí! Ωμέγα Дом")).is_empty());
    // Invisible marks anywhere in the Unicode range are found.
    for mark in ['\u{61c}', '\u{85}', '\u{2068}', '\u{feff}'] {
        assert_eq!(found("glyph", Lang::Spanish, &cue(&format!("Hola{mark}"))), [(3, 5)], "U+{:04X}", mark as u32);
    }
}

#[test]
fn mojibake_names_the_repaired_text() {
    let (_, ds) = run("mojibake", Lang::Spanish, &fixture("mojibake.srt"));
    assert_eq!(positions(&ds), [(3, 1), (7, 1)]);
    assert!(ds[0].message.contains("`¿Qué pasó con la canción?`"), "{}", ds[0].message);
    assert!(ds[1].message.contains("`it’s fine, isn’t`"), "{}", ds[1].message);
    assert!(ds.iter().all(|d| d.fix.is_none()));
}

#[test]
fn mojibake_near_misses() {
    for text in ["¿QUÉ» dijo? NÃO. Ärger. Año…", "Ça va, Åsa?", "â", "Ãx"] {
        assert!(found("mojibake", Lang::Spanish, &cue(text)).is_empty(), "{text}");
    }
}

#[test]
fn mojibake_twice_damaged_text_is_repaired_fully() {
    let (_, ds) = run("mojibake", Lang::Spanish, &cue("cafÃƒÂ©"));
    assert_eq!(ds.len(), 1);
    assert!(ds[0].message.contains("`café`"), "{}", ds[0].message);
}

#[test]
fn ellipsis_fixes_three_dots_and_reports_longer_runs() {
    let (_, ds) = run("ellipsis", Lang::Spanish, &fixture("ellipsis.srt"));
    assert_eq!(positions(&ds), [(3, 10), (7, 7), (11, 10)]);
    assert!(ds[1].fix.is_none(), "four dots are not fixed blindly");
    let out = fixed("ellipsis", Lang::Spanish, &fixture("ellipsis.srt"));
    assert!(out.contains("Pensé que…\n") && out.contains("Bien… <i>…y luego</i>") && out.contains("Espera...."));
    assert!(found("ellipsis", Lang::Spanish, &cue("Pensé que… no. Fin.")).is_empty());
}

#[test]
fn dialogue_dash_spanish_wants_a_space() {
    let source = fixture("dialogue-dash.srt");
    let (_, ds) = run("dialogue-dash", Lang::Spanish, &source);
    assert_eq!(positions(&ds), [(3, 1), (8, 1), (8, 18), (16, 16), (24, 1)]);
    let out = fixed("dialogue-dash", Lang::Spanish, &source);
    assert!(out.contains("- ¿Vienes?\n- Ya voy."), "{out}");
    assert!(out.contains("- Are you coming? -In a minute."), "{out}");
    assert!(out.contains("- Dos espacios."), "{out}");
    assert!(out.contains("-5 grados"), "a minus sign is not a dash: {out}");
}

#[test]
fn dialogue_dash_english_wants_no_space() {
    let source = fixture("dialogue-dash.srt");
    let (_, ds) = run("dialogue-dash", Lang::English, &source);
    assert_eq!(positions(&ds), [(4, 1), (8, 18), (16, 16), (24, 1)]);
    let out = fixed("dialogue-dash", Lang::English, &source);
    assert!(out.contains("-¿Vienes?\n-Ya voy."), "{out}");
    assert!(out.contains("-Dos espacios."), "{out}");
}

#[test]
fn dialogue_dash_near_misses() {
    assert!(found("dialogue-dash", Lang::Spanish, &cue("- Hola.\n- ¿Qué tal?")).is_empty());
    assert_eq!(found("dialogue-dash", Lang::English, &cue("- Hola.")), [(3, 1)]);
    assert!(found("dialogue-dash", Lang::English, &cue("<i>-Hi.</i>\n-Twenty-two - or so.")).is_empty());
    // A dash other than the hyphen is reported and, in English and Spanish, replaced.
    assert_eq!(found("dialogue-dash", Lang::Spanish, &cue("– Hola.\n—¿Qué tal?")), [(3, 1), (4, 1)]);
    assert_eq!(fixed("dialogue-dash", Lang::Spanish, &cue("– Hola.\n—¿Qué tal?")), cue("- Hola.\n- ¿Qué tal?"));
    assert_eq!(fixed("dialogue-dash", Lang::English, &cue("– Hi.\n—Hey.")), cue("-Hi.\n-Hey."));
    // Other languages: only the one-speaker-per-line check.
    assert!(found("dialogue-dash", Lang::Other, &cue("- Salut.\n-Ça va.")).is_empty());
    assert_eq!(found("dialogue-dash", Lang::Other, &cue("Salut. - Ça va.")), [(3, 8)]);
    // A dash line with a second dash before a capital: two speakers, even without punctuation.
    assert_eq!(found("dialogue-dash", Lang::Spanish, &cue("- ¿Vienes - Ya voy")), [(3, 11)]);
    // Not without the leading dash, nor before lowercase (an aside).
    assert!(found("dialogue-dash", Lang::Spanish, &cue("Mi tío - Julián - vino")).is_empty());
    assert!(found("dialogue-dash", Lang::English, &cue("-Wait - what now")).is_empty());
}

// ---------------------------------------------------------------- spanish

#[test]
fn spanish_punctuation_findings() {
    let (_, ds) = run("spanish-punctuation", Lang::Spanish, &fixture("spanish-punctuation.srt"));
    assert_eq!(positions(&ds), [(3, 15), (11, 2), (11, 14), (11, 16), (32, 11), (36, 13), (49, 1)]);
    let messages: Vec<&str> = ds.iter().map(|d| d.message.as_str()).collect();
    assert!(messages[0].contains("no opening `¿`"), "{}", messages[0]);
    assert!(messages[4].contains("`¡` is closed with `?`"), "{}", messages[4]);
    assert!(messages[5].contains("combine"), "{}", messages[5]);
    assert!(messages[6].contains("never closed"), "{}", messages[6]);
}

#[test]
fn spanish_punctuation_near_misses() {
    for text in [
        "¿Y tú?",
        "Julián, ¿vienes?",
        "¿Me estás diciendo\nque no vienes?",
        "- ¿Vienes?\n- ¡Ya voy!",
        "¡Espera!, ¿vale?",
        "¿Qué…? No sé…",
        "Pero ¿dónde vas?",
        "¿Viene el Sr. López a las 3.5?",
        "¿Viven en EE. UU.?",
        "¿Qué pasó?…",
        "Nació en 1950 (?) en Durango.",
    ] {
        assert!(found("spanish-punctuation", Lang::Spanish, &cue(text)).is_empty(), "{text}");
    }
    // Only Spanish files.
    assert!(found("spanish-punctuation", Lang::English, &cue("Julián, vienes?")).is_empty());
}

#[test]
fn spanish_punctuation_follows_sentences_across_cues() {
    let two = "1\n00:00:01,000 --> 00:00:02,000\n¿Y si mañana…\n\n2\n00:00:03,000 --> 00:00:04,000\n…no llega nadie?\n";
    assert!(found("spanish-punctuation", Lang::Spanish, two).is_empty());
    let ended = "1\n00:00:01,000 --> 00:00:02,000\n¿Vienes mañana.\n\n2\n00:00:03,000 --> 00:00:04,000\nNo sé?\n";
    assert_eq!(found("spanish-punctuation", Lang::Spanish, ended), [(3, 1), (7, 6)]);
    let unclosed_at_end = "1\n00:00:01,000 --> 00:00:02,000\nY entonces ¿qué\n";
    assert_eq!(found("spanish-punctuation", Lang::Spanish, unclosed_at_end), [(3, 12)]);
}

#[test]
fn spanish_punctuation_fix_removes_spaces_and_period() {
    let out = fixed("spanish-punctuation", Lang::Spanish, &cue("¿ Qué hora es ?. ¡ Ya !"));
    assert_eq!(out, cue("¿Qué hora es? ¡Ya!"));
}

#[test]
fn capitalized_month_mid_sentence_only() {
    let (_, ds) = run("capitalized-month", Lang::Spanish, &fixture("capitalized-month.srt"));
    assert_eq!(positions(&ds), [(3, 19), (3, 29), (19, 14), (24, 1), (32, 1), (40, 15)]);
    let out = fixed("capitalized-month", Lang::Spanish, &fixture("capitalized-month.srt"));
    assert!(out.contains("el 11 de marzo, un martes."), "{out}");
    assert!(out.contains("Marzo fue duro."), "{out}");
    assert!(out.contains("El Viernes Santo y el Cinco de Mayo"), "{out}");
    assert!(out.contains("a Domingo que"), "{out}");
    assert!(out.contains("MARZO"), "{out}");
}

#[test]
fn capitalized_month_near_misses() {
    for text in ["Marzo llegó.", "¿Lunes? Sí.", "- Abril, ven.", "Vivía en la Plaza de Mayo.", "El Domingo de Ramos."]
    {
        assert!(found("capitalized-month", Lang::Spanish, &cue(text)).is_empty(), "{text}");
    }
    assert!(found("capitalized-month", Lang::English, &cue("On Monday, in March.")).is_empty());
}

#[test]
fn semicolon_outside_entities() {
    assert_eq!(found("semicolon", Lang::Spanish, &fixture("semicolon.srt")), [(3, 8)]);
    assert!(found("semicolon", Lang::English, &fixture("semicolon.srt")).is_empty());
}

// ---------------------------------------------------------------- english

#[test]
fn number_style_findings() {
    let (_, ds) = run("number-style", Lang::English, &fixture("number-style.srt"));
    assert_eq!(positions(&ds), [(3, 10), (7, 1), (35, 11), (43, 11), (47, 2)]);
    assert!(ds[0].message.contains("`three`"), "{}", ds[0].message);
    assert!(ds[1].message.contains("starts with the number `20`"), "{}", ds[1].message);
    assert!(ds[3].message.contains("`Three`"), "{}", ds[3].message);
}

#[test]
fn number_style_near_misses() {
    for text in [
        "We met at 5:30.",
        "Meet me at 5.",
        "It's 5% of 10 km.",
        "From 5 to 15 people came.",
        "Between 12 and 5.",
        "March 5 was cold.",
        "On 5 March.",
        "Room 9, floor 2.",
        "It costs $5 or 2.5 euros.",
        "He came 1st on Apollo 9.",
        "The score was 3-2.",
        "Open 24/7.",
        "We need 20 chairs.",
        "Call 911.",
        "At 5 p.m. we leave.",
        "Be home by 10 o'clock.",
        "It weighs 3 kg.",
    ] {
        assert!(found("number-style", Lang::English, &cue(text)).is_empty(), "{text}");
    }
    assert!(found("number-style", Lang::Spanish, &cue("Tengo 3 hijos.")).is_empty());
}

// ---------------------------------------------------------------- language

#[test]
fn wrong_language_flags_untranslated_lines_only() {
    let (_, es) = run("wrong-language", Lang::Spanish, &fixture("wrong-language.es.srt"));
    assert_eq!(positions(&es), [(7, 1)]);
    assert!(es[0].message.contains("English"), "{}", es[0].message);
    let (_, en) = run("wrong-language", Lang::English, &fixture("wrong-language.en.srt"));
    assert_eq!(positions(&en), [(7, 1)]);
    assert!(en[0].message.contains("Spanish in an English file"), "{}", en[0].message);
    assert!(run("wrong-language", Lang::Other, &fixture("wrong-language.es.srt")).1.is_empty());
}

// ---------------------------------------------------------------- catalogue

#[test]
fn every_rule_documents_what_why_source_and_examples() {
    let all: Vec<Rule> =
        text::rules().into_iter().chain(spanish::rules()).chain(english::rules()).chain(language::rules()).collect();
    let names: Vec<&str> = all.iter().map(|r| r.info().name).collect();
    assert_eq!(
        names,
        [
            "unbalanced-tag",
            "disallowed-tag",
            "whitespace",
            "glyph",
            "mojibake",
            "ellipsis",
            "dialogue-dash",
            "missing-space",
            "repeated-word",
            "repeated-cue",
            "doubled-punctuation",
            "unbalanced-quotes",
            "single-speaker-dash",
            "continuation-ellipsis",
            "lowercase-after-sentence-end",
            "spanish-punctuation",
            "capitalized-month",
            "semicolon",
            "number-style",
            "wrong-language"
        ]
    );
    for rule in &all {
        let info = rule.info();
        // The same sections, in the same form, as the rest of the catalogue.
        for section in ["**What it does.**", "**Why.**", "**Source.**", "**Example.**", "**Use instead.**"] {
            assert!(info.docs.contains(section), "{} lacks {section}", info.name);
        }
        assert!(!info.docs.contains("\n#"), "{}: headings would break the README's rule sections", info.name);
        if info.fixable() {
            assert!(info.docs.contains("**Fix.**"), "{} is fixable but does not say how", info.name);
        }
        assert!(info.docs.contains("Netflix") || info.docs.contains("RAE"), "{} cites no source", info.name);
        assert!(!info.summary.is_empty() && !info.summary.ends_with('.') && !info.summary.ends_with(' '));
        assert!(info.summary.starts_with(|c: char| !c.is_uppercase()), "{}: summaries start in lowercase", info.name);
    }
}

#[test]
fn fixes_of_different_rules_never_touch_the_same_bytes() {
    let messy = "1\n00:00:01,000 --> 00:00:03,000\n-  ¿ Vienes  ?. Pensé que ...\n- El  Lunes ,  ¡ ya !\n";
    for lang in [Lang::Spanish, Lang::English, Lang::Other] {
        let doc = parse_str(messy);
        let mut edits = Vec::new();
        for name in text_rule_names() {
            let out = common::rule_on_document(name, lang, &doc, common::default_thresholds(lang));
            edits.extend(out.iter().filter_map(|d| d.fix.as_ref()).flat_map(|f| f.edits.clone()));
        }
        edits.sort_by_key(|e| (e.range.start, e.range.end));
        for pair in edits.windows(2) {
            assert!(pair[0].range.end <= pair[1].range.start, "{lang:?}: {pair:?}");
        }
        if lang == Lang::Spanish {
            let mut fixed = doc.source.clone();
            for edit in edits.iter().rev() {
                fixed.replace_range(edit.range.clone(), &edit.replacement);
            }
            assert_eq!(fixed, "1\n00:00:01,000 --> 00:00:03,000\n- ¿Vienes? Pensé que…\n- El lunes, ¡ya!\n");
        }
    }
}

// ---------------------------------------------------------------- robustness

/// The text, Spanish, English and language rules this file tests, by name.
fn text_rule_names() -> Vec<&'static str> {
    text::rules()
        .into_iter()
        .chain(spanish::rules())
        .chain(english::rules())
        .chain(language::rules())
        .map(|rule| rule.info().name)
        .collect()
}

mod robustness {
    use super::*;
    use proptest::prelude::*;

    /// Cue text built from the characters the rules care about.
    fn cue_text() -> impl Strategy<Value = String> {
        let atoms = prop::sample::select(vec![
            "¿",
            "?",
            "¡",
            "!",
            ".",
            "...",
            "…",
            " ",
            "  ",
            "\u{a0}",
            "-",
            "--",
            "–",
            ",",
            ";",
            ":",
            "<i>",
            "</i>",
            "<b>",
            "</b",
            "<font color=\"red\">",
            "{\\an8}",
            "{",
            "<",
            ">",
            "Ã©",
            "Â¿",
            "â€™",
            "Ã",
            "\t",
            "\u{200b}",
            "😀",
            "\u{301}",
            "3",
            "10",
            "5:30",
            "Marzo",
            "lunes",
            "Domingo",
            "the",
            "que",
            "I",
            "don't",
            "Sr.",
            "\n",
            "\n-",
            "\n- ",
            "a",
            "é",
            "ñ",
            "'",
            "’",
            "&amp;",
            "\u{fffd}",
            "\0",
        ]);
        prop::collection::vec(atoms, 0..40).prop_map(|parts| parts.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        #[test]
        fn rules_never_panic_and_fixes_keep_the_structure(texts in prop::collection::vec(cue_text(), 1..4)) {
            let mut source = String::new();
            for (i, text) in texts.iter().enumerate() {
                let line = text.trim_matches('\n').replace("\n\n", "\n");
                let line = if line.trim().is_empty() { "x".to_string() } else { line };
                source.push_str(&format!("{}\n00:00:{:02},000 --> 00:00:{:02},500\n{line}\n\n", i + 1, i * 2, i * 2 + 1));
            }
            let doc = parse_str(&source);
            for lang in [Lang::Spanish, Lang::English, Lang::Other] {
                for name in text_rule_names() {
                    let out = common::rule_on_document(name, lang, &doc, common::default_thresholds(lang));
                    let mut edits = Vec::new();
                    for d in &out {
                        prop_assert!(d.span.start <= d.span.end && d.span.end <= doc.source.len());
                        prop_assert!(doc.source.is_char_boundary(d.span.start) && doc.source.is_char_boundary(d.span.end));
                        if let Some(fix) = &d.fix {
                            edits.extend(fix.edits.iter().cloned());
                        }
                    }
                    edits.sort_by_key(|e| (e.range.start, e.range.end));
                    for pair in edits.windows(2) {
                        prop_assert!(pair[0].range.end <= pair[1].range.start, "{}: overlapping edits", name);
                    }
                    let mut fixed = doc.source.clone();
                    for edit in edits.iter().rev() {
                        prop_assert!(fixed.is_char_boundary(edit.range.start) && fixed.is_char_boundary(edit.range.end));
                        fixed.replace_range(edit.range.clone(), &edit.replacement);
                    }
                    let again = parse_str(&fixed);
                    prop_assert_eq!(again.cues.len(), doc.cues.len(), "{} fix changed the cue count", name);
                }
            }
        }
    }
}

#[test]
fn hostile_markup_and_signs_are_handled_in_one_pass() {
    // Many unclosed openers followed by many unrelated closers: each closer is a finding, and the
    // rules stay linear (this would take minutes if every closer searched every opener).
    let text = format!("{}{}", "<i>".repeat(20_000), "</b>".repeat(20_000));
    // The engine lists 20 of a rule per cue, then one note counting the rest.
    let (_, ds) = run("unbalanced-tag", Lang::Spanish, &cue(&text));
    assert_eq!(ds.len(), 21);
    assert!(ds[20].message.contains("and 39980 more"), "{}", ds[20].message);
    let text = format!("{}{}", "¡".repeat(20_000), "?".repeat(20_000));
    let (_, ds) = run("spanish-punctuation", Lang::Spanish, &cue(&text));
    // Each `?` closes the latest `¡` as a mismatch.
    assert_eq!(ds.len(), 21);
    assert!(ds[..20].iter().all(|d| d.message.contains("is closed with")));
    assert!(ds[20].message.contains("and 19980 more"), "{}", ds[20].message);
}
