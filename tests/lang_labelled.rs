//! The cue-language detector behind `wrong-language` and `pair`'s `untranslated`, measured on a
//! labelled set written for the project (`tests/fixtures/lang/labelled.{es,en}.txt`: one cue per
//! line, in the film's voice). Recall is the share of a language's lines the detector names as
//! that language; precision the share of its answers that are right. Floors, not targets: a
//! change to the word lists or thresholds that loses recall or precision fails here.
mod common;

use dejamos::lang::{Lang, detect_cue};

struct Score {
    found: usize,
    total: usize,
    wrong: Vec<String>,
}

/// How often `lang` is detected on its own lines, and on which lines of the other language.
fn score(lang: Lang, own: &str, other: &str) -> Score {
    let own: Vec<&str> = own.lines().filter(|l| !l.trim().is_empty()).collect();
    let found = own.iter().filter(|l| detect_cue(l) == Some(lang)).count();
    let wrong = other.lines().filter(|l| detect_cue(l) == Some(lang)).map(str::to_string).collect();
    Score { found, total: own.len(), wrong }
}

#[test]
fn cue_detection_recall_and_precision_on_the_labelled_set() {
    let es = common::fixture_text("lang/labelled.es.txt");
    let en = common::fixture_text("lang/labelled.en.txt");
    for (lang, own, other, floor) in [(Lang::English, &en, &es, 0.85), (Lang::Spanish, &es, &en, 0.80)] {
        let s = score(lang, own, other);
        assert!(s.total >= 200, "{lang:?}: only {} labelled lines", s.total);
        let recall = s.found as f64 / s.total as f64;
        let precision = s.found as f64 / (s.found + s.wrong.len()).max(1) as f64;
        eprintln!("{lang:?}: recall {}/{} = {recall:.3}, precision {precision:.3}", s.found, s.total);
        assert!(recall >= floor, "{lang:?}: recall {recall:.3} below {floor}");
        assert!(s.wrong.is_empty(), "{lang:?} detected on lines of the other language: {:?}", s.wrong);
    }
}

#[test]
fn the_issue_s_plain_english_sentences_are_found() {
    for line in
        ["It took them a long time", "The same thing happened in Tokyo", "They spent their own money", "Who issued it?"]
    {
        assert_eq!(detect_cue(line), Some(Lang::English), "{line}");
    }
    // Names, interjections and words both languages share stay undecided.
    for line in [
        "¡Julián!",
        "Julián!",
        "No.",
        "¿Taxi?",
        "Taxi?",
        "No, no, no.",
        "El Paso, Texas",
        "OK, OK, OK",
        "What We Leave Behind",
        "Lo que dejamos atrás",
    ] {
        assert_eq!(detect_cue(line), None, "{line}");
    }
}
