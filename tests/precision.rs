//! Issue 18: the precision fixes found on real files and the text checks reviewers make, each
//! reproduced on a file written for the project (`tests/fixtures/precision/`) and run through the
//! real engine or the real binary.
mod common;

use common::{dejamos, fixture, fixture_text};
use dejamos::check::rule::Lang;
use dejamos::diagnostic::Diagnostic;
use dejamos::srt::parse_str;

/// `(rule, line, message)` of every finding of a `check --format concise` run on `args`.
fn concise(args: &[&str], file: &std::path::Path) -> Vec<(String, usize, String)> {
    let out =
        dejamos().args(["check", "--isolated", "--format", "concise"]).args(args).arg(file).output().expect("runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines()
        .filter_map(|line| {
            // path:line:col: severity[rule] message
            let mut parts = line.splitn(4, ':');
            let (_, line_no, _, rest) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
            let open = rest.find('[')?;
            let close = rest.find(']')?;
            Some((
                rest[open + 1..close].to_string(),
                line_no.trim().parse().ok()?,
                rest[close + 1..].trim().to_string(),
            ))
        })
        .collect()
}

fn rules_of(found: &[(String, usize, String)]) -> Vec<&str> {
    found.iter().map(|(r, _, _)| r.as_str()).collect()
}

/// The fixed text `check --fix` writes for `source` (in a scratch copy named `name`).
fn fixed(name: &str, source: &str) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(name);
    std::fs::write(&path, source).expect("write");
    dejamos().args(["check", "--isolated", "--fix", "--format", "concise"]).arg(&path).output().expect("runs");
    std::fs::read_to_string(&path).expect("read back")
}

fn run(name: &str, lang: Lang, source: &str) -> Vec<Diagnostic> {
    common::rule_on(name, lang, source).1
}

fn cue(text: &str) -> String {
    format!("1\n00:00:01,000 --> 00:00:03,000\n{text}\n")
}

/// Cues numbered from 1, two seconds apart.
fn cues(texts: &[&str]) -> String {
    let mut out = String::new();
    for (i, text) in texts.iter().enumerate() {
        let start = 1 + 3 * i;
        out.push_str(&format!("{}\n00:00:{:02},000 --> 00:00:{:02},000\n{text}\n\n", i + 1, start, start + 2));
    }
    out
}

// ---------------------------------------------------------------- structure

#[test]
fn a_block_without_its_timing_line_is_named_once_and_never_renumbered_into() {
    let file = fixture("check/rules/missing-timing.bad.es.srt");
    let found = concise(&["--select", "structure,layout"], &file);
    assert_eq!(rules_of(&found), ["missing-timing"], "{found:?}");
    assert_eq!(found[0].1, 5);
    // Nothing to fix automatically, and the indices are left alone.
    let source = fixture_text("check/rules/missing-timing.bad.es.srt");
    assert_eq!(fixed("a.es.srt", &source), source);
}

#[test]
fn an_index_swallowed_into_a_cue_is_never_written_twice_by_a_renumbering() {
    // Not the next number, so the block reads as text of cue 1; cue 3 is out of sequence, but
    // renumbering it to 2 would write a second `2`.
    let source = "1\n00:00:01,000 --> 00:00:03,000\nJulián sube.\n2\n\n3\n00:00:07,000 --> 00:00:09,000\nLlega.\n";
    let out = fixed("b.es.srt", source);
    assert_eq!(out.matches("\n2\n").count(), 1, "{out}");
}

#[test]
fn two_cues_with_no_blank_line_between_them_are_reported_and_fixed() {
    let file = fixture("check/rules/blank-line-missing.bad.es.srt");
    let found = concise(&["--select", "structure"], &file);
    assert_eq!(rules_of(&found), ["blank-line-missing"], "{found:?}");
    let source = fixture_text("check/rules/blank-line-missing.bad.es.srt");
    assert_eq!(fixed("c.es.srt", &source), fixture_text("check/rules/blank-line-missing.ok.es.srt"));
}

#[test]
fn frame_counts_under_a_limit_never_read_as_the_limit() {
    // 82 ms is 1.97 frames at 23.976; 833 ms is 19.97 frames.
    let source = "1\n00:00:01,000 --> 00:00:02,918\nJulián sube al camión.\n\n\
                  2\n00:00:03,000 --> 00:00:05,000\nSon doce horas.\n\n\
                  3\n00:00:06,000 --> 00:00:06,833\nSí.\n";
    let gap = run("min-gap", Lang::Spanish, source);
    assert_eq!(gap.len(), 1);
    assert!(gap[0].message.starts_with("82 ms (1.9 frames)"), "{}", gap[0].message);
    let short = run("min-duration", Lang::Spanish, source);
    assert_eq!(short.len(), 1);
    assert!(short[0].message.contains("833 ms (19.9 frames)"), "{}", short[0].message);
    assert!(short[0].message.contains("834 ms (20 frames"), "{}", short[0].message);
    let doc = parse_str("1\n00:00:01,00 --> 00:00:03,000\nHola.\n");
    let message = &doc.diagnostics[0].message;
    assert!(!message.contains("not 0 ms"), "{message}");
    assert!(message.contains("write 3 digits"), "{message}");
}

// ---------------------------------------------------------------- spanish-punctuation

#[test]
fn an_exclamation_carried_over_four_cues_by_ellipses_is_one_sentence() {
    let four = cues(&["¡No te pido perdón…", "…ni a ti…", "…ni a nadie…", "…en todo el pueblo!"]);
    assert!(run("spanish-punctuation", Lang::Spanish, &four).is_empty());
    let five =
        cues(&["¿Y si Julián no vuelve…", "…de El Paso…", "…este mes…", "…ni el que sigue…", "…quién acaba la casa?"]);
    assert!(run("spanish-punctuation", Lang::Spanish, &five).is_empty());
    // Without ellipses a sentence still runs on over three cues at most.
    let commas = cues(&["¡No te pido perdón,", "ni a ti,", "ni a nadie,", "en todo el pueblo!"]);
    assert_eq!(run("spanish-punctuation", Lang::Spanish, &commas).len(), 2);
}

#[test]
fn signs_lost_in_a_conversion_are_one_finding_with_the_count() {
    let source =
        cues(&["\u{FFFD}Para quién es esta casa?", "\u{FFFD}Qué bonita quedó!", "\u{FFFD}Ya comiste?", "Sí, abuelo."]);
    let found = run("spanish-punctuation", Lang::Spanish, &source);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.starts_with("3 `¿` or `¡` signs were lost"), "{}", found[0].message);
    assert!(found[0].message.contains("spanish-punctuation does not report"), "{}", found[0].message);
}

#[test]
fn cues_that_read_as_english_get_no_spanish_typography_errors() {
    let source = cues(&["¿Para quién es esta casa?", "Who is this house for, Grandpa?", "Para mis hijas."]);
    assert!(run("spanish-punctuation", Lang::Spanish, &source).is_empty());
    // A Spanish cue still gets them.
    assert_eq!(run("spanish-punctuation", Lang::Spanish, &cue("Para quién es esta casa?")).len(), 1);
}

// ---------------------------------------------------------------- number-style

#[test]
fn numbers_with_units_money_and_labels_stay_in_digits() {
    for text in [
        "The dust is 10 microns wide.",
        "A sack weighs 3 to 9 kilograms.",
        "The bus ticket went up 7 cents.",
        "He paid 2 pesos for the bread.",
        "We still have the Model 1 truck.",
        "It was shot on an Ikon-4 camera.",
        "They follow Standard 1 and 2 here.",
        "It aired as Episode 2 last year.",
    ] {
        assert!(run("number-style", Lang::English, &cue(text)).is_empty(), "{text}");
    }
    // Plain counts are still spelled out.
    assert_eq!(run("number-style", Lang::English, &cue("He waited 3 hours at the bridge.")).len(), 1);
}

// ---------------------------------------------------------------- new text rules

/// The source with every fix of `name` applied.
fn fixed_by(name: &str, lang: Lang, source: &str) -> String {
    let (doc, found) = common::rule_on(name, lang, source);
    let mut edits: Vec<_> = found.iter().filter_map(|d| d.fix.as_ref()).flat_map(|f| f.edits.clone()).collect();
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = doc.source.clone();
    for edit in edits.iter().rev() {
        out.replace_range(edit.range.clone(), &edit.replacement);
    }
    out
}

fn count(name: &str, lang: Lang, text: &str) -> usize {
    run(name, lang, &cue(text)).len()
}

#[test]
fn missing_space_after_punctuation() {
    assert_eq!(
        fixed_by("missing-space", Lang::Spanish, &cue("Sí,señor.Ya llegó el camión.")),
        cue("Sí, señor. Ya llegó el camión.")
    );
    assert_eq!(fixed_by("missing-space", Lang::Spanish, &cue("¿Vienes?Sí, abuelo.")), cue("¿Vienes? Sí, abuelo."));
    for fine in [
        "Son 2,5 kilos y 1.000 pesos.",
        "Sale a las 5:30 a.m. de Durango.",
        "Ya casi…y luego, a El Paso.",
        "Sr.González, ¿qué tal?",
        "¿Sí?¿De veras?",
    ] {
        assert_eq!(count("missing-space", Lang::Spanish, fine), 0, "{fine}");
    }
}

#[test]
fn repeated_words_and_cues() {
    assert_eq!(count("repeated-word", Lang::Spanish, "Aquí va a ir la la cocina."), 1);
    assert_eq!(count("repeated-word", Lang::English, "The the kitchen goes here."), 1);
    for fine in
        ["No, no, no.", "No no no, mija.", "Ja ja, qué bueno.", "I know that that is true.", "Fue el 11 11 de marzo."]
    {
        assert_eq!(count("repeated-word", Lang::Spanish, fine), 0, "{fine}");
    }
    let twice = cues(&["El camión sale a las seis.", "El camión  sale\na las seis.", "Llega de noche."]);
    let found = run("repeated-cue", Lang::Spanish, &twice);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].cue, Some(2));
    assert!(run("repeated-cue", Lang::Spanish, &cues(&["♪ ♪", "♪ ♪"])).is_empty());
}

#[test]
fn doubled_punctuation_marks() {
    assert_eq!(
        fixed_by("doubled-punctuation", Lang::English, &cue("He said ''later'',, and left?.")),
        cue("He said \"later\", and left?")
    );
    assert_eq!(count("doubled-punctuation", Lang::English, "Wait.. what?"), 1);
    // Ellipses are `ellipsis`'s; `?.` in Spanish is `spanish-punctuation`'s.
    assert_eq!(count("doubled-punctuation", Lang::English, "Wait... what? Wait…"), 0);
    assert_eq!(count("doubled-punctuation", Lang::Spanish, "¿Ya comiste?."), 0);
}

#[test]
fn quotation_marks_in_pairs_and_in_the_language_s_style() {
    assert_eq!(count("unbalanced-quotes", Lang::Spanish, "Mi papá decía: \"Las casas se quedan\"."), 0);
    assert_eq!(count("unbalanced-quotes", Lang::Spanish, "Mi papá decía: \"Las casas se quedan."), 1);
    // «» is not the Latin-American style, and an unclosed one is reported too.
    assert_eq!(count("unbalanced-quotes", Lang::Spanish, "Mi papá decía: «Las casas se quedan»."), 2);
    assert_eq!(count("unbalanced-quotes", Lang::English, "He said “later” and “soon”."), 0);
    assert_eq!(count("unbalanced-quotes", Lang::English, "He said later” and left."), 1);
    // A quotation may run on into the next cues.
    let across = cues(&["Me dijo: \"Termina la casa", "para que tengan", "a dónde volver\".", "Y eso hice."]);
    assert!(run("unbalanced-quotes", Lang::Spanish, &across).is_empty());
    let lost = cues(&["Me dijo: \"Termina la casa", "para que tengan", "a dónde volver.", "Y eso hice."]);
    assert_eq!(run("unbalanced-quotes", Lang::Spanish, &lost).len(), 1);
}

#[test]
fn a_dialogue_dash_needs_two_speakers() {
    assert_eq!(
        fixed_by("single-speaker-dash", Lang::Spanish, &cue("- Aquí va a ir la cocina.")),
        cue("Aquí va a ir la cocina.")
    );
    assert_eq!(count("single-speaker-dash", Lang::Spanish, "- ¿Le ayudo, abuelo?\nNo, mijo, yo puedo."), 1);
    for fine in
        ["- ¿Le ayudo, abuelo?\n- No, mijo, yo puedo.", "- ¿Le ayudo? - No, mijo.", "Aquí va la cocina.", "--Eso no."]
    {
        assert_eq!(count("single-speaker-dash", Lang::Spanish, fine), 0, "{fine}");
    }
}

#[test]
fn continuation_ellipses_follow_each_language_s_guide() {
    let es = cues(&[
        "Ya casi acabo la casa…",
        "nada más falta el baño.",
        "Me pasa algo raro…",
        "…pero no sé qué.",
        "Espera…",
        "- ¿Qué?",
    ]);
    assert_eq!(
        fixed_by("continuation-ellipsis", Lang::Spanish, &es),
        cues(&[
            "Ya casi acabo la casa…",
            "…nada más falta el baño.",
            "Me pasa algo raro…",
            "…pero no sé qué.",
            "Espera…",
            "- ¿Qué?"
        ])
    );
    let en =
        cues(&["The house is almost done…", "…only the bathroom is left.", "Had I known...", "I wouldn't have come."]);
    assert_eq!(
        fixed_by("continuation-ellipsis", Lang::English, &en),
        cues(&["The house is almost done…", "only the bathroom is left.", "Had I known...", "I wouldn't have come."])
    );
}

#[test]
fn a_sentence_starts_with_a_capital_letter() {
    assert_eq!(
        fixed_by("lowercase-after-sentence-end", Lang::Spanish, &cue("Ya está. bien hecho, mija.")),
        cue("Ya está. Bien hecho, mija.")
    );
    assert_eq!(count("lowercase-after-sentence-end", Lang::English, "Really? you think so?"), 1);
    for fine in [
        "Sale a las 5 a.m. del jueves.",
        "El Sr. y la Sra. Moncada.",
        "Ya casi… pero no.",
        "Pesa 2.5 kilos.",
        "Le dije: ¿vienes?",
    ] {
        assert_eq!(count("lowercase-after-sentence-end", Lang::Spanish, fine), 0, "{fine}");
    }
}

#[test]
fn repeated_short_replies_and_sounds_are_not_repeated_cues() {
    let replies = cues(&["Thank you.", "Thank you.", "(pounding at door)", "(pounding at door)"]);
    assert!(run("repeated-cue", Lang::English, &replies).is_empty());
}
