//! `pair`, `merge`, `retime` and `locales check` in Spanish: their findings, summaries, plans and
//! refusals come from the interface bundles, so a Spanish locale gets Spanish throughout (the
//! English runs are the other tests' snapshots, which these bundles must leave as they were).
mod common;

use common::{dejamos, dejamos_in_locale};
use std::process::Output;

fn spanish() -> assert_cmd::Command {
    dejamos_in_locale(&[("LANG", "es_MX.UTF-8")])
}

fn run(command: &mut assert_cmd::Command) -> (Output, String, String) {
    let output = command.output().expect("runs");
    let stdout = String::from_utf8(output.stdout.clone()).expect("utf-8");
    let stderr = String::from_utf8(output.stderr.clone()).expect("utf-8");
    (output, stdout, stderr)
}

/// Fail if `text` holds any of `english` (sentences these commands used to print).
fn no_english(text: &str, english: &[&str]) {
    for phrase in english {
        assert!(!text.contains(phrase), "English `{phrase}` left in:\n{text}");
    }
}

#[test]
fn pair_reports_and_summarises_in_spanish() {
    let (output, stdout, stderr) =
        run(spanish().args(["pair", "samples/the-house.es.srt", "samples/the-house.en.srt"]));
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    for expected in [
        "error[missing-counterpart]: el subtítulo 10 (00:02:32,600 --> 00:02:35,200) «Y aquí, el cuarto de las \
         visitas.» no tiene contraparte en samples/the-house.en.srt: ningún subtítulo de ese archivo se le empalma",
        "advertencia[timing-mismatch]: la entrada difiere -0,600 s y la salida -0,600 s del subtítulo 2 de \
         samples/the-house.en.srt (00:02:03,700 --> 00:02:06,500); tolerancia: 0,084 s",
        "nota[split-merge]: subtítulo 5 se divide en subtítulos 5–6 de samples/the-house.en.srt",
        "nota[split-merge]: subtítulos 7–9 se unen en subtítulo 9 de samples/the-house.en.srt",
    ] {
        assert!(stdout.contains(expected), "{expected}\n---\n{stdout}");
    }
    for expected in [
        "the-house.es.srt: 24 subtítulos; the-house.en.srt: 9 subtítulos",
        "alineados: 7 grupos (4 uno a uno, 3 divididos o unidos); sin contraparte: 15 en the-house.es.srt, 0 en \
         the-house.en.srt",
        "desfase de las entradas de the-house.en.srt respecto de the-house.es.srt: mediana -0,600 s, máximo -0,600 s \
         (subtítulo 2 ↔ subtítulo 2)",
        "idiomas: es (nombre del archivo), en (nombre del archivo)",
        "sincronía de the-house.en.srt → the-house.es.srt: desfase de +18,451 s, 1 segmento; puntuación: 44,4 %",
    ] {
        assert!(stderr.contains(expected), "{expected}\n---\n{stderr}");
    }
    let english = [
        "has no counterpart",
        "start differs",
        "is split into",
        "are merged into",
        "tolerance",
        "aligned:",
        "start offset",
        "languages:",
        "file name",
        "sync ",
        "score",
        "1 segment;",
    ];
    no_english(&stdout, &english);
    no_english(&stderr, &english);
}

#[test]
fn pair_of_files_in_sync_says_so_in_spanish() {
    let (output, stdout, stderr) = run(spanish().args(["pair", "samples/bus-ride.es.srt", "samples/bus-ride.en.srt"]));
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stdout.contains("No hay problemas en 2 archivos (17 subtítulos)."), "{stdout}");
    assert!(
        stderr.contains(
            "sincronía de bus-ride.en.srt → bus-ride.es.srt: ya están sincronizados (desfase de +0,000 s, a 126 ms \
             o menos); puntuación: 100,0 %"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("mediana +0,000 s, máximo +0,000 s (subtítulo 1 ↔ subtítulo 1)"), "{stderr}");
    no_english(&stderr, &["already in sync", "within", "cues", "aligned"]);
}

#[test]
fn retime_shift_summary_and_refusal_are_spanish() {
    let (output, stdout, stderr) = run(spanish().args(["retime", "tests/fixtures/retime/es.srt", "--shift", "+1.5s"]));
    assert!(output.status.success(), "{stderr}");
    assert!(stdout.contains("00:00:05,620 --> 00:00:08,510"), "{stdout}");
    assert!(
        stderr.contains(
            "tests/fixtures/retime/es.srt: se reajustaron 8 de 8 subtítulos; primera entrada 00:00:04,120 → \
             00:00:05,620 (subtítulo 1), última 00:02:34,000 → 00:02:35,500 (subtítulo 8)"
        ),
        "{stderr}"
    );
    no_english(&stderr, &["retimed", "first start", "cues"]);

    let (output, stdout, stderr) = run(spanish().args(["retime", "tests/fixtures/retime/es.srt", "--shift", "-100s"]));
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout.is_empty(), "nothing is written: {stdout}");
    assert!(
        stderr.contains(
            "es.srt:2: el subtítulo 1 entraría en -00:01:35,880 (ahora en 00:00:04,120): los tiempos no pueden ser \
             negativos, así que no se escribió nada; --clamp descarta o recorta los subtítulos que quedan antes de \
             00:00:00,000"
        ),
        "{stderr}"
    );
    no_english(&stderr, &["would start", "cannot be negative", "drops or clamps"]);
}

#[test]
fn retime_plans_are_spanish() {
    // Two sync points: the composed map, with the decimal comma.
    let (output, _, stderr) = run(spanish().args([
        "retime",
        "tests/fixtures/retime/es.srt",
        "--sync",
        "1=00:00:02,000",
        "--sync",
        "3=00:00:10,000",
    ]));
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("tests/fixtures/retime/es.srt: función de sincronización t × 200/197 (1,015228) - 2,183 s"),
        "{stderr}"
    );
    no_english(&stderr, &["sync map", "retimed", "first start"]);

    // A reference fit, dry run: the plan line by line on stdout.
    let (output, stdout, stderr) = run(spanish().args([
        "retime",
        "samples/bus-ride.en.srt",
        "--reference",
        "samples/bus-ride.es.srt",
        "--dry-run",
    ]));
    assert!(output.status.success(), "{stderr}");
    assert_eq!(
        stdout,
        "samples/bus-ride.en.srt sobre samples/bus-ride.es.srt: simulación, no se escribió nada\n\
         velocidad de fotogramas: sin cambio\n\
         segmento 1: subtítulos 1–17 desde 00:00:00,000: desfase de +0,000 s (17 de 17 subtítulos coinciden)\n\
         puntuación: 100,0 % (17 de 17 entradas de subtítulo a 126 ms o menos de una entrada de la referencia)\n\
         veredicto: dejaría el archivo sin cambios (ya está sincronizado)\n"
    );
    // The same plan in English is the one it always was.
    let (_, english, _) = run(dejamos().args([
        "retime",
        "samples/bus-ride.en.srt",
        "--reference",
        "samples/bus-ride.es.srt",
        "--dry-run",
    ]));
    assert_eq!(
        english,
        "samples/bus-ride.en.srt onto samples/bus-ride.es.srt: dry run, nothing written\n\
         rate: unchanged\n\
         segment 1: cues 1–17 from 00:00:00,000: offset +0.000 s (17 of 17 cues matched)\n\
         score: 100.0% (17 of 17 cue starts within 126 ms of a reference start)\n\
         verdict: would leave the file unchanged (already in sync)\n"
    );
}

#[test]
fn merge_warns_and_summarises_in_spanish() {
    let (output, stdout, stderr) =
        run(spanish().args(["merge", "samples/the-house.es.srt", "samples/the-house.en.srt"]));
    assert!(output.status.success(), "{stderr}");
    assert!(stdout.contains("-->"), "the merged file is written: {stdout}");
    for expected in [
        "advertencia: <salida estándar>: subtítulo 5 (00:02:13,800): tiene 5 líneas (más de 4)",
        "advertencia: <salida estándar>: subtítulo 5 (00:02:13,800): inglés: 20,9 caracteres por segundo (límite: \
         20): 119 caracteres en 5,700 s",
        "subtítulo 7 (00:02:25,700): español: 19,1 caracteres por segundo (límite: 17)",
        "se unieron 22 subtítulos: 7 de ambos archivos (3 de ellos divididos o unidos)",
    ] {
        assert!(stderr.contains(expected), "{expected}\n---\n{stderr}");
    }
    no_english(&stderr, &["warning:", "reads at", "characters per second", "lines (more than", "<stdout>", "merged"]);
}

#[test]
fn locales_check_reports_a_planted_fault_in_spanish() {
    const BAD: &str = "tests/fixtures/ftl/missing-message/bad";
    let (output, stdout, _) = run(spanish().args(["locales", "check", BAD]));
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout.contains(
            "error[missing-message]: falta `logline` (la referencia, en-US, lo define en \
             tests/fixtures/ftl/missing-message/bad/en-US/press.ftl:4); agrégalo después de `title`"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "advertencia[unused-argument]: el código le pasa `$director` a `logline`, pero ninguna configuración \
             regional lo usa"
        ),
        "{stdout}"
    );
    no_english(&stdout, &["is missing", "the reference", "add it after", "the code passes", "no locale uses"]);

    // JSON: the message in the chosen language, the id the same in both.
    let json = |command: &mut assert_cmd::Command| -> serde_json::Value {
        let (_, stdout, _) = run(command.args(["locales", "check", BAD, "--format", "json"]));
        serde_json::from_str(&stdout).expect("json")
    };
    let messages = |value: &serde_json::Value| -> Vec<(String, String)> {
        value["files"]
            .as_array()
            .expect("files")
            .iter()
            .flat_map(|f| f["diagnostics"].as_array().expect("diagnostics").iter())
            .map(|d| {
                (d["message_id"].as_str().unwrap_or("").to_string(), d["message"].as_str().unwrap_or("").to_string())
            })
            .collect()
    };
    let (es, en) = (messages(&json(&mut spanish())), messages(&json(&mut dejamos())));
    let ids = |m: &[(String, String)]| m.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&es), ["locales-unused-argument", "locales-missing"]);
    assert_eq!(ids(&es), ids(&en));
    assert!(en.iter().any(|(_, m)| m.starts_with("`logline` is missing (the reference en-US defines it at")), "{en:?}");
    assert!(es.iter().all(|(_, m)| !m.contains("the code") && !m.contains("is missing")), "{es:?}");
}

#[test]
fn convert_summarises_in_spanish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("bus-ride.es.ttml");
    let out_text = out.to_str().expect("UTF-8");
    let (output, _, stderr) =
        run(spanish().args(["convert", "samples/bus-ride.es.srt", "--to", "ttml", "-o", out_text]));
    assert!(output.status.success(), "{stderr}");
    let expected = format!(
        "se convirtieron 17 subtítulos de SRT a TTML (IMSC 1.1 Text), xml:lang=\"es\" según el nombre del archivo: {out_text}"
    );
    assert!(stderr.contains(&expected), "{expected}\n---\n{stderr}");
    no_english(&stderr, &["converted", "from the file name"]);
    let (_, _, english) = run(dejamos().args(["convert", "samples/bus-ride.es.srt", "--to", "ttml", "-o", out_text]));
    assert!(english.contains("converted 17 cues from SRT to TTML (IMSC 1.1 Text), xml:lang=\"es\" from the file name"));
}
