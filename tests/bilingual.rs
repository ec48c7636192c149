//! `pair`, `merge` and sync-to-reference on a generated feature-length film with known edits.
//!
//! The generator writes 1,500 cues of Spanish and English dialogue from one timing template
//! (frame-accurate at 23.976 fps, about 90 minutes), then edits the English file the way
//! translators and re-cuts do: a removed cue, a merged cue, an untranslated line, a late cue,
//! an extra cue, an offset, a frame-rate conversion, a cut.
use dejamos::bilingual::{pair, sync};
use dejamos::srt::{Document, parse_str};
use dejamos::time::{FrameRate, Timestamp, mul_div_round};
use predicates::prelude::PredicateBooleanExt;

/// Spanish lines and their English translations (no pair normalises to the same text).
const LINES: [(&str, &str); 24] = [
    ("Cada mes tomaba el camión a El Paso.", "Every month he took the bus to El Paso."),
    ("Salgo de Durango muy temprano.", "I leave Durango very early."),
    ("¿Ya comiste, mijo?", "Did you eat yet, son?"),
    ("Son casi veinte horas de viaje.", "It's almost twenty hours on the road."),
    ("Mis hijas viven del otro lado.", "My daughters live on the other side."),
    ("¿Y la casa, abuelo?", "And the house, Grandpa?"),
    ("Ya casi está.", "It's almost done."),
    ("Le faltan las ventanas.", "It still needs the windows."),
    ("Aquí voy a poner la cocina.", "This is where the kitchen goes."),
    ("El cemento ya subió otra vez.", "Cement went up again."),
    ("Mi esposa sembró ese árbol.", "My wife planted that tree."),
    ("No me gusta estar solo.", "I don't like being alone."),
    ("¿Cuándo vuelves a Durango?", "When are you coming back to Durango?"),
    ("En la frontera revisan todo.", "At the border they check everything."),
    ("Trabajé muchos años en Estados Unidos.", "I worked many years in the United States."),
    ("Ahorita no, ya está oscuro.", "Not now, it's already dark."),
    ("¡Cuidado con la escalera!", "Watch the ladder!"),
    ("La casa es para ustedes.", "The house is for all of you."),
    ("Hace mucho calor para trabajar.", "It's too hot to work."),
    ("Me duelen las rodillas.", "My knees hurt."),
    ("Dile a tu mamá que la quiero.", "Tell your mother I love her."),
    ("El camión sale a las seis.", "The bus leaves at six."),
    ("¿Me grabas otra vez, Iliana?", "Are you filming me again, Iliana?"),
    ("Ya no puedo manejar.", "I can't drive anymore."),
];

/// A deterministic linear congruential generator (no dependency, same numbers everywhere).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// One cue of the template with both languages' text.
#[derive(Clone)]
struct TemplateCue {
    start: u64,
    end: u64,
    es: Vec<String>,
    en: Vec<String>,
}

/// The film: `n` cues, frame-accurate at 23.976, durations 1–5 s, gaps of 2 frames to 3 s.
fn film(n: usize) -> Vec<TemplateCue> {
    let rate = FrameRate::FILM;
    let mut rng = Lcg(2022);
    let mut frame: i64 = 240;
    let mut cues = Vec::with_capacity(n);
    for i in 0..n {
        let duration = 24 + rng.below(96) as i64;
        let gap = [2, 2, 2, 3, 6, 12, 24, 72][rng.below(8) as usize];
        // Cue 501 is followed by a 4 s pause, where the English file adds a cue; the pause after
        // cue 400 is where a re-cut removes 3 s.
        let gap = if i == 500 || i == 399 { 96 } else { gap };
        let lines = 1 + rng.below(2) as usize;
        let mut es = Vec::new();
        let mut en = Vec::new();
        for _ in 0..lines {
            let (s, e) = LINES[rng.below(LINES.len() as u64) as usize];
            let dash = lines == 2 && rng.below(3) == 0;
            es.push(if dash { format!("- {s}") } else { s.to_string() });
            en.push(if dash { format!("-{e}") } else { e.to_string() });
        }
        let start = rate.frames_to_ms(frame) as u64;
        let end = rate.frames_to_ms(frame + duration) as u64;
        cues.push(TemplateCue { start, end, es, en });
        frame += duration + gap;
    }
    cues
}

/// A cue as written to a file, with the template cues it came from (for the truth).
#[derive(Clone)]
struct Out {
    start: u64,
    end: u64,
    lines: Vec<String>,
    /// Template start and end this cue stands for; `None` for a cue added in this file only.
    truth: Option<(u64, u64)>,
}

/// An SRT file and, per cue, its timing line and first text line.
struct Written {
    doc: Document,
    timing_line: Vec<usize>,
    text_line: Vec<usize>,
}

fn write(cues: &[Out]) -> Written {
    let mut text = String::new();
    let mut line = 1;
    let (mut timing_line, mut text_line) = (Vec::new(), Vec::new());
    for (i, cue) in cues.iter().enumerate() {
        let (start, end) = (Timestamp::from_ms(cue.start).expect("ms"), Timestamp::from_ms(cue.end).expect("ms"));
        text.push_str(&format!("{}\n{start} --> {end}\n", i + 1));
        timing_line.push(line + 1);
        text_line.push(line + 2);
        for l in &cue.lines {
            text.push_str(l);
            text.push('\n');
        }
        text.push('\n');
        line += 3 + cue.lines.len();
    }
    text.pop();
    Written { doc: parse_str(&text), timing_line, text_line }
}

fn spanish(film: &[TemplateCue]) -> Vec<Out> {
    film.iter()
        .map(|c| Out { start: c.start, end: c.end, lines: c.es.clone(), truth: Some((c.start, c.end)) })
        .collect()
}

/// The English file with a translator's edits (positions are 1-based template cues):
/// cue 100 removed, cues 200–201 merged, cue 300 left in Spanish, cue 400 starting 250 ms late,
/// and an English-only cue in the pause after cue 501.
fn english_edited(film: &[TemplateCue]) -> Vec<Out> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < film.len() {
        let c = &film[i];
        let position = i + 1;
        let mut cue = Out { start: c.start, end: c.end, lines: c.en.clone(), truth: Some((c.start, c.end)) };
        match position {
            100 => {
                i += 1;
                continue;
            }
            200 => {
                let next = &film[i + 1];
                cue.end = next.end;
                cue.truth = Some((c.start, next.end));
                cue.lines = vec![c.en.join(" "), next.en.join(" ")];
                i += 1;
            }
            300 => cue.lines = c.es.clone(),
            400 => {
                // A retimed cue: the map cannot know, so its truth is its own (late) start.
                cue.start += 250;
                cue.truth = Some((c.start + 250, c.end));
            }
            _ => {}
        }
        out.push(cue);
        if position == 501 {
            out.push(Out {
                start: c.end + 1_000,
                end: c.end + 3_000,
                lines: vec!["(dog barking)".into()],
                truth: None,
            });
        }
        i += 1;
    }
    out
}

#[test]
fn pair_reports_each_edit_with_both_lines() {
    let film = film(1_500);
    let es = write(&spanish(&film));
    let en_cues = english_edited(&film);
    let en = write(&en_cues);
    let options = pair::PairOptions::new(83, "en.srt");
    let result = pair::pair(&es.doc, &en.doc, &options);
    let found: Vec<(&str, usize, Option<usize>)> =
        result.diagnostics.iter().map(|d| (d.rule, d.line, d.other_line)).collect();
    // English cue numbers: 1–99 as the template, 100–198 are template 101–199, 199 is the merge
    // of template 200–201, so template k ≥ 202 is English k − 2 (and k − 1 after the extra cue).
    let en_of = |template: usize| match template {
        t if t < 100 => t,
        t if t < 200 => t - 1,
        200 => 199,
        t if t <= 501 => t - 2,
        t => t - 1,
    };
    let extra = en_of(501) + 1;
    let expected = vec![
        (pair::rules::MISSING_COUNTERPART, es.timing_line[99], Some(en.timing_line[en_of(99) - 1])),
        (pair::rules::SPLIT_MERGE, es.timing_line[199], Some(en.timing_line[en_of(200) - 1])),
        (pair::rules::UNTRANSLATED, es.text_line[299], Some(en.text_line[en_of(300) - 1])),
        (pair::rules::TIMING_MISMATCH, es.timing_line[399], Some(en.timing_line[en_of(400) - 1])),
        // The English-only cue points at the Spanish cue just before the pause it sits in.
        (pair::rules::MISSING_COUNTERPART, es.timing_line[500], Some(en.timing_line[extra - 1])),
    ];
    assert_eq!(found, expected);
    let stats = &result.stats;
    assert_eq!((stats.a_cues, stats.b_cues), (1_500, 1_499));
    assert_eq!((stats.pairs, stats.groups, stats.a_missing, stats.b_missing), (1_497, 1_498, 1, 1));
    assert_eq!((stats.median_offset_ms, stats.largest_offset_ms), (Some(0), Some(250)));
    assert_eq!(stats.largest_offset_at, Some((400, en_of(400))));
    // The mismatch message gives both differences.
    let mismatch = result.diagnostics.iter().find(|d| d.rule == pair::rules::TIMING_MISMATCH).expect("mismatch");
    assert!(mismatch.message.starts_with("start differs by +0.250s and end by +0.000s"), "{}", mismatch.message);
}

/// Apply `f` to every time of the edited English file; the truth stays on the template.
fn transformed(film: &[TemplateCue], f: impl Fn(u64) -> u64) -> (Vec<Out>, Written) {
    let cues: Vec<Out> =
        english_edited(film).into_iter().map(|c| Out { start: f(c.start), end: f(c.end), ..c }).collect();
    let written = write(&cues);
    (cues, written)
}

/// Share of cues whose mapped start and end are within `tolerance_ms` of the truth.
fn accuracy(fit: &sync::SyncFit, cues: &[Out], tolerance_ms: u64) -> f64 {
    let judged: Vec<bool> = cues
        .iter()
        .filter_map(|c| {
            let (truth_start, truth_end) = c.truth?;
            let start = fit.map(Timestamp::from_ms(c.start)?)?.ms();
            let end = fit.map(Timestamp::from_ms(c.end)?)?.ms();
            Some(start.abs_diff(truth_start) <= tolerance_ms && end.abs_diff(truth_end) <= tolerance_ms)
        })
        .collect();
    judged.iter().filter(|&&ok| ok).count() as f64 / judged.len() as f64
}

#[test]
fn sync_recovers_a_plain_offset_exactly() {
    let film = film(1_500);
    let reference = write(&spanish(&film));
    let (cues, input) = transformed(&film, |t| t + 2_500);
    let fit = sync::fit(&input.doc, &reference.doc, None).expect("fit");
    assert_eq!(fit.description, "offset −2.500 s");
    assert_eq!((fit.ratio_num, fit.ratio_den, fit.segments.len()), (1, 1, 1));
    assert_eq!(accuracy(&fit, &cues, 1), 1.0);
    // The extra English cue overlaps nothing; every other cue does.
    assert!((fit.overlap - 1_498.0 / 1_499.0).abs() < 1e-9, "{}", fit.overlap);
}

#[test]
fn sync_recovers_a_pal_conversion_and_shift() {
    let film = film(1_500);
    let reference = write(&spanish(&film));
    // Converted 25 → 23.976 (times × 25/23.976 = 1001/960), then shifted by 1.2 s.
    let (cues, input) = transformed(&film, |t| mul_div_round(i128::from(t), 1001, 960) as u64 + 1_200);
    let fit = sync::fit(&input.doc, &reference.doc, None).expect("fit");
    assert_eq!((fit.ratio_num, fit.ratio_den), (960, 1001));
    assert_eq!(fit.segments.len(), 1);
    assert_eq!(fit.description, "offset −1.151 s, rate 23.976 → 25 (×0.959041)");
    assert_eq!(accuracy(&fit, &cues, 1), 1.0);

    // And the other way: converted 23.976 → 25 and shifted back by 1.2 s.
    let (cues, input) = transformed(&film, |t| (mul_div_round(i128::from(t), 960, 1001) as u64).saturating_sub(1_200));
    let fit = sync::fit(&input.doc, &reference.doc, None).expect("fit");
    assert_eq!((fit.ratio_num, fit.ratio_den), (1001, 960));
    assert_eq!(fit.description, "offset +1.251 s, rate 25 → 23.976 (×1.042708)");
    assert_eq!(accuracy(&fit, &cues, 1), 1.0);
}

#[test]
fn sync_finds_a_mid_file_cut() {
    let film = film(1_500);
    let reference = write(&spanish(&film));
    let frame = 42;
    // The 4 s pause after template cue 400 (English cue 398) is where the cut happens.
    let cut_at = film[399].end + 1_000;
    // The input is the old cut: 3 s of material that the reference removed sit after cue 400.
    let (cues, input) = transformed(&film, |t| if t >= cut_at { t + 3_000 } else { t });
    let fit = sync::fit(&input.doc, &reference.doc, None).expect("fit");
    assert_eq!(fit.segments.len(), 2, "{}", fit.description);
    let accurate = accuracy(&fit, &cues, frame);
    assert!(accurate >= 0.95, "{accurate}");
    // The cut sits between English cue 399 (template 400) and the next one.
    let cut = fit.segments[1].from;
    assert!(cut > cues[397].end && cut <= cues[398].start, "{cut} {} {}", cues[397].end, cues[398].start);
    assert!(fit.description.ends_with(": +0.000 s → −3.000 s)"), "{}", fit.description);

    // The other direction, with an offset on top: the input lost 3 s after cue 400.
    let (cues, input) = transformed(&film, |t| if t >= cut_at { t + 500 - 3_000 } else { t + 500 });
    let fit = sync::fit(&input.doc, &reference.doc, None).expect("fit");
    assert_eq!(fit.segments.len(), 2, "{}", fit.description);
    assert_eq!(accuracy(&fit, &cues, 1), 1.0, "{}", fit.description);
    assert!(fit.description.starts_with("offset −0.500 s, 2 segments (cut at "), "{}", fit.description);
    assert!(fit.description.ends_with(": −0.500 s → +2.500 s)"), "{}", fit.description);
}

#[test]
fn sync_survives_a_loosely_translated_file() {
    // Every 10th English cue merged into the next, every 25th dropped, plus a 24 → 23.976 slowdown.
    let film = film(1_500);
    let reference = write(&spanish(&film));
    let mut cues: Vec<Out> = Vec::new();
    let mut i = 0;
    while i < film.len() {
        let c = &film[i];
        if i % 25 == 24 {
            i += 1;
            continue;
        }
        let mut cue = Out { start: c.start, end: c.end, lines: c.en.clone(), truth: Some((c.start, c.end)) };
        if i % 10 == 9 && i + 1 < film.len() {
            cue.end = film[i + 1].end;
            cue.truth = Some((c.start, film[i + 1].end));
            i += 1;
        }
        cues.push(cue);
        i += 1;
    }
    let cues: Vec<Out> = cues
        .into_iter()
        .map(|c| Out {
            start: mul_div_round(i128::from(c.start), 1000, 1001) as u64 + 7_000,
            end: mul_div_round(i128::from(c.end), 1000, 1001) as u64 + 7_000,
            ..c
        })
        .collect();
    let input = write(&cues);
    let fit = sync::fit(&input.doc, &reference.doc, Some(FrameRate::FILM)).expect("fit");
    assert_eq!((fit.ratio_num, fit.ratio_den, fit.segments.len()), (1001, 1000, 1), "{}", fit.description);
    assert_eq!(accuracy(&fit, &cues, 1), 1.0);
    assert!(fit.overlap > 0.999, "{}", fit.overlap);
}

mod common;

use common::dejamos as bin;

const ES: &str = "tests/fixtures/bilingual/lo-que-dejamos.es.srt";
const EN: &str = "tests/fixtures/bilingual/what-we-leave-behind.en.srt";

#[test]
fn pair_fixture_findings_point_at_both_files() {
    let read = |path: &str| parse_str(&std::fs::read_to_string(path).expect("fixture"));
    let (es, en) = (read(ES), read(EN));
    let options = pair::PairOptions::new(83, EN);
    let result = pair::pair(&es, &en, &options);
    let found: Vec<(&str, usize, Option<usize>)> =
        result.diagnostics.iter().map(|d| (d.rule, d.line, d.other_line)).collect();
    assert_eq!(
        found,
        vec![
            (pair::rules::UNTRANSLATED, 12, Some(12)),
            (pair::rules::SPLIT_MERGE, 20, Some(20)),
            (pair::rules::TIMING_MISMATCH, 28, Some(24)),
            (pair::rules::MISSING_COUNTERPART, 37, Some(29)),
            (pair::rules::MISSING_COUNTERPART, 41, Some(38)),
        ]
    );
    let messages: Vec<&str> = result.diagnostics.iter().map(|d| d.message.as_str()).collect();
    insta::assert_snapshot!("pair_fixture_messages", messages.join("\n"));
}

#[test]
fn pair_cli_exits_1_on_missing_counterparts_and_prints_a_summary() {
    let output = bin().args(["pair", ES, EN]).output().expect("run");
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!("pair_summary", String::from_utf8_lossy(&output.stderr));
    // --quiet drops the summary but not the exit code.
    let quiet = bin().args(["pair", ES, EN, "--quiet"]).output().expect("run");
    assert_eq!(quiet.status.code(), Some(1));
    assert!(quiet.stderr.is_empty());
}

#[test]
fn pair_cli_is_clean_on_identical_timing_and_strict_counts_warnings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a.es.srt");
    let b = dir.path().join("b.en.srt");
    std::fs::write(&a, "1\n00:00:01,000 --> 00:00:02,000\n¿Ya comiste?\n").expect("write");
    std::fs::write(&b, "1\n00:00:01,000 --> 00:00:02,000\nDid you eat?\n").expect("write");
    bin().args(["pair"]).arg(&a).arg(&b).assert().code(0);
    // 200 ms late: a warning, so exit 0, and 1 with --strict; a wider tolerance accepts it.
    std::fs::write(&b, "1\n00:00:01,200 --> 00:00:02,000\nDid you eat?\n").expect("write");
    bin().args(["pair"]).arg(&a).arg(&b).assert().code(0);
    bin().args(["pair", "--strict"]).arg(&a).arg(&b).assert().code(1);
    bin().args(["pair", "--strict", "--tolerance", "5f", "--fps", "24"]).arg(&a).arg(&b).assert().code(0);
    // Exactly two frames apart at 23.976 (frames 2 and 4: 83 ms and 167 ms) is within the default
    // tolerance although the milliseconds differ by 84; three frames is not.
    std::fs::write(&a, "1\n00:00:00,083 --> 00:00:02,000\n¿Ya comiste?\n").expect("write");
    std::fs::write(&b, "1\n00:00:00,167 --> 00:00:02,000\nDid you eat?\n").expect("write");
    bin().args(["pair", "--strict"]).arg(&a).arg(&b).assert().code(0);
    std::fs::write(&b, "1\n00:00:00,209 --> 00:00:02,000\nDid you eat?\n").expect("write");
    bin().args(["pair", "--strict"]).arg(&a).arg(&b).assert().code(1);
    bin().args(["pair", "--strict", "--tolerance", "3f"]).arg(&a).arg(&b).assert().code(0);
}

#[test]
fn pair_cli_usage_and_unreadable_input_exit_2() {
    bin().args(["pair", ES, "missing.srt"]).assert().code(2).stderr(predicates::str::contains("missing.srt"));
    bin().args(["pair", ES, EN, "--fps", "fast"]).assert().code(2);
    bin().args(["pair", ES, EN, "--tolerance", "-2f"]).assert().code(2);
    bin().args(["pair", ES, "tests/fixtures/bilingual"]).assert().code(2);
    bin().args(["pair", "-", "-"]).assert().code(2);
    // An empty file has nothing to pair or merge with.
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = dir.path().join("empty.srt");
    std::fs::write(&empty, "").expect("write");
    for command in ["pair", "merge"] {
        bin().arg(command).arg(&empty).arg(EN).assert().code(2).stderr(predicates::str::contains("empty.srt"));
    }
    // Standard input works for one of them.
    let es = std::fs::read(ES).expect("fixture");
    bin().args(["pair", "-", EN, "-q"]).write_stdin(es).assert().code(1);
}

#[test]
fn merge_cli_writes_top_above_bottom() {
    let output = bin().args(["merge", ES, EN]).output().expect("run");
    assert_eq!(output.status.code(), Some(0));
    insta::assert_snapshot!("merge_es_over_en", String::from_utf8_lossy(&output.stdout));
    insta::assert_snapshot!("merge_es_over_en_stderr", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn merge_cli_puts_the_bottom_language_in_italics_without_nesting() {
    let output = bin().args(["merge", EN, ES, "--bottom-italic"]).output().expect("run");
    assert_eq!(output.status.code(), Some(0));
    insta::assert_snapshot!("merge_en_over_es_italic", String::from_utf8_lossy(&output.stdout));
}

#[test]
fn merge_cli_trims_overlaps_and_warns_about_crowded_cues() {
    let es = "tests/fixtures/bilingual/crowded.es.srt";
    let en = "tests/fixtures/bilingual/crowded.en.srt";
    let output = bin().args(["merge", es, en, "--bottom-italic"]).output().expect("run");
    assert_eq!(output.status.code(), Some(0));
    insta::assert_snapshot!("merge_crowded", String::from_utf8_lossy(&output.stdout));
    insta::assert_snapshot!("merge_crowded_stderr", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn merge_cli_writes_files_atomically_and_never_over_an_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("dual.srt");
    bin().args(["merge", ES, EN, "-q", "-o"]).arg(&out).assert().code(0).stdout("");
    let stdout = bin().args(["merge", ES, EN]).output().expect("run").stdout;
    assert_eq!(std::fs::read(&out).expect("written"), stdout);
    let names: Vec<_> = std::fs::read_dir(dir.path()).expect("list").flatten().map(|e| e.file_name()).collect();
    assert_eq!(names.len(), 1, "no temporary file is left behind");
    // Writing over an input is refused and leaves it untouched.
    let copy = dir.path().join("copy.es.srt");
    std::fs::copy(ES, &copy).expect("copy");
    bin().arg("merge").arg(&copy).arg(EN).arg("-o").arg(&copy).assert().code(2);
    assert_eq!(std::fs::read(&copy).expect("read"), std::fs::read(ES).expect("read"));
    bin().args(["merge", ES, "missing.srt"]).assert().code(2);
    // A bottom file a second late is merged, with advice to sync it first.
    let late = dir.path().join("late.en.srt");
    let english = parse_str(&std::fs::read_to_string(EN).expect("fixture"));
    let shifted = dejamos::srt::rewrite_times(&english, |c| {
        let later = |t: Timestamp| Timestamp::from_ms(t.ms() + 1_000).expect("in range");
        dejamos::srt::Rewrite::Times(later(c.start), later(c.end))
    });
    std::fs::write(&late, shifted).expect("write");
    bin().args(["merge", ES]).arg(&late).assert().code(0).stderr(
        predicates::str::contains("cues start 1.000s later than").and(predicates::str::contains("--reference")),
    );
}

#[test]
fn sync_handles_a_broadcast_timecode_start_and_two_cuts_with_dialogue_removed() {
    let film = film(1_500);
    let reference = write(&spanish(&film));
    // The input starts at 01:00:00:00, has a 2.4 s cut after cue 400 and a 12 s scene that the
    // reference dropped (with its three cues) after cue 1000.
    let cut_400 = film[399].end + 1_000;
    let scene_at = film[999].end + 40;
    let mut cues: Vec<Out> = english_edited(&film)
        .into_iter()
        .map(|c| {
            let f = |t: u64| {
                let t = if t >= cut_400 { t - 2_400 } else { t };
                let t = if t >= scene_at { t + 12_000 } else { t };
                t + 3_600_000
            };
            Out { start: f(c.start), end: f(c.end), ..c }
        })
        .collect();
    let scene_start = scene_at - 2_400 + 3_600_000;
    let position = cues.partition_point(|c| c.start < scene_start);
    for k in 0..3u64 {
        let start = scene_start + 300 + k * 3_800;
        let lines = vec!["(a scene the new cut dropped)".to_string()];
        cues.insert(position + k as usize, Out { start, end: start + 3_000, lines, truth: None });
    }
    let input = write(&cues);
    let fit = sync::fit(&input.doc, &reference.doc, None).expect("fit");
    assert_eq!(fit.segments.len(), 3, "{}", fit.description);
    assert!(fit.description.starts_with("offset −3600.000 s, 3 segments (cut at "), "{}", fit.description);
    assert!(fit.description.contains(": −3600.000 s → −3597.600 s; cut at "), "{}", fit.description);
    assert!(fit.description.ends_with(": −3597.600 s → −3609.600 s)"), "{}", fit.description);
    assert_eq!(accuracy(&fit, &cues, 1), 1.0, "{}", fit.description);
}

#[test]
fn sync_tolerates_a_reference_timed_by_another_hand() {
    // The reference's in-times wander by up to ±3 frames around the template (another
    // subtitler's spotting); the input is the template moved by +2.5 s.
    let film = film(1_500);
    let mut rng = Lcg(7);
    let frame = FrameRate::FILM.frames_to_ms(1) as u64;
    let reference: Vec<Out> = spanish(&film)
        .into_iter()
        .map(|c| {
            let jitter = rng.below(7) * frame;
            Out { start: (c.start + jitter).saturating_sub(3 * frame), ..c }
        })
        .collect();
    let reference = write(&reference);
    let (cues, input) = transformed(&film, |t| t + 2_500);
    let fit = sync::fit(&input.doc, &reference.doc, None).expect("fit");
    assert_eq!((fit.ratio_num, fit.segments.len()), (1, 1), "{}", fit.description);
    let offset = fit.offset_ms(0).expect("segment");
    assert!((offset + 2_500.0).abs() <= 21.0, "{offset}");
    assert!(accuracy(&fit, &cues, 42) >= 0.95, "{}", accuracy(&fit, &cues, 42));
}

#[test]
fn pair_cli_flags_a_line_left_in_the_other_language_with_the_real_detector() {
    let dir = tempfile::tempdir().expect("temp dir");
    let es = dir.path().join("casa.es.srt");
    let en = dir.path().join("casa.en.srt");
    std::fs::write(
        &es,
        "1\n00:00:01,000 --> 00:00:03,000\n¿Para quién es esta casa, abuelo?\n\n\
         2\n00:00:04,000 --> 00:00:06,000\nI do not know who is going to live here.\n",
    )
    .expect("write");
    std::fs::write(
        &en,
        "1\n00:00:01,000 --> 00:00:03,000\nWho is this house for, Grandpa?\n\n\
         2\n00:00:04,000 --> 00:00:06,000\nNobody knows who will live in it.\n",
    )
    .expect("write");
    let out = bin().arg("pair").arg(&es).arg(&en).args(["--format", "json"]).assert().success().get_output().clone();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let findings = json["files"][0]["diagnostics"].as_array().expect("diagnostics");
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["rule"], "untranslated");
    assert_eq!(findings[0]["line"], 7);
    assert_eq!(findings[0]["other_line"], 7);
    assert_eq!(json["files"][0]["other_path"], en.display().to_string());
}

#[test]
fn pair_reads_webvtt_with_its_header_and_notes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let vtt = dir.path().join("a.es.vtt");
    let srt = dir.path().join("b.en.srt");
    std::fs::write(&vtt, "WEBVTT\n\nNOTE made by hand\n\n00:01.000 --> 00:02.000\n¿Ya comiste?\n").expect("write");
    std::fs::write(&srt, "1\n00:00:01,000 --> 00:00:02,000\nDid you eat?\n").expect("write");
    let output = bin().arg("pair").arg(&vtt).arg(&srt).output().expect("run");
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("a.es.vtt: 1 cue; b.en.srt: 1 cue"), "{stderr}");
    assert!(!stderr.contains("could not be read"), "{stderr}");
}
