//! The parser, structure, timing and delivery findings in both interface languages: the core's
//! parsers word their findings in English and as message ids, and the two must read the same;
//! `check` in es-MX says them in Spanish, with no English sentence left.
mod common;

use common::{dejamos_in_locale, fixture};
use dejamos::srt::SourceFormat;
use dejamos::ui::{self, UiLang};
use std::collections::BTreeSet;
use std::fs;

/// Files that make the SRT and WebVTT readers report every kind of finding they have.
const SRT_INPUTS: &[&str] = &[
    "Notas del traductor\n\n1\n00:00:01,000 --> 00:00:02,000\nA\n",
    "Notas\nmás notas\ny más\n\n1\n00:00:01,000 --> 00:00:02,000\nA\n",
    "1\nTexto sin tiempos\nmás texto\n\n2\n00:00:03,000 --> 00:00:04,000\nB\n",
    "1\n00:00:01,000 00:00:02,000\nA\n\n2\n00:00:03,000 --> 00:00:04,000\nB\n",
    "1\n-00:00:01,000 --> 00:00:02,000\nA\n",
    "1\n00:00:01 --> 00:00:02,000\nA\n",
    "1\n00:00:01.000 --> 00:00:02:000\nA\n",
    "1\n00:00:01,5 --> 00:00:02,05\nA\n",
    "1\n00:00:01,50 --> 00:00:02,000\nA\n",
    "1\n00:00:01,0 --> 00:00:02,000\nA\n",
    "1\n00:0a:01,000 --> 00:00:02,000\nA\n",
    "1\n00:01 --> 00:00:02,000\nA\n",
    "1\n0:0:1,000 --> 00:00:02,000\nA\n",
    "1\n00:61:00,000 --> 00:00:02,000\nA\n",
    "1\n00:00:61,000 --> 00:00:02,000\nA\n",
    "1\n00:00:01,0000 --> 00:00:02,000\nA\n",
    "1\n00:000:01,000 --> 00:00:02,000\nA\n",
    "1\n99999999:00:00,000 --> 99999999:00:01,000\nA\n",
    "1\n00:00:01,x --> 00:00:02,000\nA\n",
    "1\nab:cd --> 00:00:02,000\nA\n",
    "1\n --> 00:00:02,000\nA\n",
    "1\n00:00:01,000 --> \nA\n",
    "1\n 00:00:01,000-->00:00:02,000  \nA\n",
    "1\n00:00:01,000 --> 00:00:02,000 X1:100 X2:600\nA\n",
    "1\n00:00:01,000 --> 00:00:02,000\nA\0B\n",
    "1\n00:00:01,000 --> 00:00:02,000\nA\n   \nB\n",
    "1\n00:00:01,000 --> 00:00:02,000\nA\n\nB\n\n2\n00:00:03,000 --> 00:00:04,000\nC\n",
    "1\n00:00:01,000 --> 00:00:02,000\nA\n2\n00:00:03,000 --> 00:00:04,000\nB\n",
    "\n\n1\n00:00:01,000 --> 00:00:02,000\nA\n\n\n\n2\n00:00:03,000 --> 00:00:04,000\nB\n\n\n\n",
    "\n1\n00:00:01,000 --> 00:00:02,000\nA",
    " 1 \n00:00:01,000 --> 00:00:02,000\nA\n\n3\n00:00:03,000 --> 00:00:04,000\nB\n\n00:00:05,000 --> 00:00:06,000\nC\n",
    "123456789012345678901234\n00:00:01,000 --> 00:00:02,000\nA\n\n1a\n00:00:03,000 --> 00:00:04,000\nB\n",
];

const VTT_INPUTS: &[&str] = &[
    "",
    "WEBVTT\n00:00:01.000 --> 00:00:02.000\nA\n",
    "NOT A HEADER\n\n00:00:01.000 --> 00:00:02.000\nA\n",
    "WEBVTT\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:r\n\n00:00:01.000 --> 00:00:02.000\nA\n",
    "WEBVTT\n\ntexto suelto\n\n00:00:01.000 --> 00:00:02.000\nA\n00:00:03.000 --> 00:00:04.000\nB\n",
    "WEBVTT\n\n00:00:01,000 --> 00:00:02.000\nA\n\n00:00:03.000-->00:00:04.000\nB\n",
    "WEBVTT\n\n00:00:01 --> 00:00:02.000\nA\n\n00:00:01.00 --> 00:00:02.000\nB\n",
    "WEBVTT\n\n0:01.000 --> 00:00:02.000\nA\n\n00:61.000 --> 00:00:02.000\nB\n",
    "WEBVTT\n\n99999999:00:00.000 --> 00:00:02.000\nA\n\n --> 00:00:02.000\nB\n\n00:00:01.000 --> \nC\n",
    "WEBVTT\n\n00:00:01.000 00:00:02.000\nA\n\na:b.000 --> 00:00:02.000\nB\n",
];

#[test]
fn the_readers_findings_read_the_same_from_their_ids() {
    let mut seen = BTreeSet::new();
    let inputs =
        SRT_INPUTS.iter().map(|t| (SourceFormat::Srt, *t)).chain(VTT_INPUTS.iter().map(|t| (SourceFormat::Vtt, *t)));
    for (format, text) in inputs {
        let doc = dejamos::read::read_text_as(format, text);
        for d in &doc.diagnostics {
            let message = d.localized.as_ref().and_then(|l| l.message.as_ref());
            let message = message.unwrap_or_else(|| panic!("{text:?}: `{}` has no message id", d.message));
            assert_eq!(ui::render(UiLang::English, message), d.message, "{text:?}: {}", message.id);
            let spanish = ui::render(UiLang::Spanish, message);
            assert_ne!(spanish, d.message, "{text:?}: {} is not in Spanish", message.id);
            seen.insert(message.id);
        }
    }
    // Every message the readers have but WebVTT's timing line without `-->` (never parsed as
    // one): an input above no longer reaching its branch shows here.
    assert!(seen.len() >= 49, "{} ids: {seen:?}", seen.len());
}

/// `check` in es-MX on `args`: its standard output.
fn spanish(args: &[&str]) -> String {
    let output = dejamos_in_locale(&[("LANG", "es_MX.UTF-8")]).args(args).output().expect("runs");
    String::from_utf8(output.stdout).expect("utf-8")
}

/// The finding and help lines of a report (no source lines, which quote the file).
fn said(report: &str) -> Vec<&str> {
    let leads = ["error[", "advertencia[", "nota[", "ayuda:", "  = ayuda:"];
    report.lines().filter(|l| leads.iter().any(|lead| l.starts_with(lead))).collect()
}

/// Words of the English messages that must not be left in a Spanish report.
const ENGLISH: &[&str] =
    [" cue ", " the ", " frames", "frame)", " after ", " before ", " expected", " index ", " with ", " is "].as_slice();

fn assert_spanish(lines: &[&str]) {
    assert!(!lines.is_empty());
    for line in lines {
        // Quoted subtitle text (between backticks) is the file's, not ours.
        let ours: String = line.split('`').step_by(2).collect();
        for word in ENGLISH {
            assert!(!ours.contains(word), "English `{word}` in: {line}");
        }
    }
}

#[test]
fn timing_findings_in_spanish() {
    let report = spanish(&["check", fixture("check/rules/min-gap.bad.es.srt").to_str().expect("path")]);
    let lines = said(&report);
    assert!(
        lines[0].contains(
            "42 ms (1 fotograma) después de que termina el subtítulo 1 (línea 2); la separación mínima entre \
             subtítulos es de 2 fotogramas (83 ms a 23,976 fps)"
        ),
        "{report}"
    );
    assert!(
        lines[1].contains("terminar el subtítulo 1 en 00:00:11,959, 2 fotogramas antes del subtítulo 2"),
        "{report}"
    );
    assert_spanish(&lines);
    let report = spanish(&["check", fixture("check/rules/min-duration.bad.es.srt").to_str().expect("path")]);
    assert!(
        report.contains("dura 833 ms (19,9 fotogramas); el mínimo es 834 ms (20 fotogramas a 23,976 fps)"),
        "{report}"
    );
    assert_spanish(&said(&report));
}

#[test]
fn shot_change_findings_in_spanish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let subtitle = dir.path().join("cortes.es.srt");
    fs::write(
        &subtitle,
        "1\n00:00:10,120 --> 00:00:12,000\nTres cuadros después.\n\n2\n00:00:17,000 --> 00:00:19,960\nCruza el corte.\n",
    )
    .expect("write");
    let cuts = dir.path().join("cortes.txt");
    fs::write(&cuts, "00:00:10.000\n00:00:19.800\n").expect("write");
    let report = spanish(&[
        "check",
        "--isolated",
        "--fps",
        "25",
        "--shot-changes",
        cuts.to_str().expect("path"),
        subtitle.to_str().expect("path"),
    ]);
    let lines = said(&report);
    assert!(report.contains("el subtítulo 1 empieza 3 fotogramas después del corte en 00:00:10,000"), "{report}");
    assert!(report.contains("hacer que el subtítulo 1 empiece en el corte"), "{report}");
    assert!(report.contains("el subtítulo 2 rebasa el corte en 00:00:19,800"), "{report}");
    assert_spanish(&lines);
}

#[test]
fn parser_findings_in_spanish() {
    let report = spanish(&["check", fixture("check/rules/timestamp-syntax.bad.es.srt").to_str().expect("path")]);
    assert!(report.contains("`00:00:04.000` usa `.` antes de los milisegundos; SRT usa una coma"), "{report}");
    assert!(report.contains("escribir la línea de tiempos como `HH:MM:SS,mmm --> HH:MM:SS,mmm`"), "{report}");
    assert_spanish(&said(&report));
    let report = spanish(&["check", fixture("check/rules/index-sequence.bad.es.srt").to_str().expect("path")]);
    assert!(report.contains("número 3 donde se esperaba 2 (los números deben ir 1, 2, 3… en orden)"), "{report}");
    assert!(report.contains("renumerar los subtítulos 1, 2, 3…"), "{report}");
    assert_spanish(&said(&report));
}

#[test]
fn delivery_findings_in_spanish() {
    // The file name asks for the netflix-sdh profile.
    let report = spanish(&["check", fixture("delivery/film.es.sdh.srt").to_str().expect("path")]);
    for expected in [
        "los efectos de sonido y las identificaciones de personaje van entre corchetes",
        "cambiar los paréntesis por corchetes",
        "el `[` no se cierra en este subtítulo",
        "letra de canción: cierra también la línea con ♪; deja un espacio después del ♪ inicial; pon la letra en cursivas",
        "identificación de personaje `JULIÁN:`: escríbela entre corchetes, `[JULIÁN]`",
    ] {
        assert!(report.contains(expected), "{expected}\n{report}");
    }
    assert_spanish(&said(&report));
    let report = spanish(&[
        "check",
        "--profile",
        "dcp",
        "--fps",
        "23.976",
        fixture("check/rules/min-gap.ok.es.srt").to_str().expect("path"),
    ]);
    assert!(report.contains("se revisó a 23,976 fps; esta entrega solo acepta 24 o 25 fps"), "{report}");
}

#[test]
fn profiles_and_rule_pages_in_spanish() {
    let report = spanish(&["rules", "--profile", "netflix-sdh"]);
    assert!(report.starts_with("netflix-sdh: subtítulos para sordos (SDH) de Netflix"), "{report}");
    assert!(report.contains("requisitos generales de Netflix: 7 segundos"), "{report}");
    assert!(report.contains("también revisa: reglas para sordos (SDH)"), "{report}");
    let report = spanish(&["rules", "--profile", "dcp"]);
    assert!(report.contains("velocidades") && report.contains("los masters de cine van a 24 o 25 fps"), "{report}");
    assert!(!report.contains("Netflix value kept") && !report.contains("frame rates"), "{report}");
    // Every section of a parser or timing rule's page, not only what and why.
    let page = spanish(&["rules", "timestamp-syntax"]);
    assert!(page.contains("Reescribe en forma canónica un código de tiempo permisivo"), "{page}");
    assert!(!page.contains("Rewrites") && !page.contains("Matroska subtitle spec"), "{page}");
    let page = spanish(&["rules", "shot-change"]);
    assert!(page.contains("un tiempo de entrada dentro de la zona después de un corte va en el corte"), "{page}");
    assert!(!page.contains("an in-time within the zone"), "{page}");
}
