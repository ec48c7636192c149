//! Errors that stop a command (exit 2) in the interface language: one line that names the file
//! and, where known, the line, worded by the bundles in Spanish and exactly as before in English.
mod common;

use common::{dejamos, dejamos_in_locale};
use std::fs;
use std::path::Path;

const SAMPLE: &str = "samples/the-house.es.srt";

/// The exit code and standard error of a run in `lang` (`es-MX` or `en-US`).
fn fails(lang: &str, args: &[&str]) -> String {
    let output = dejamos_in_locale(&[("LANG", lang)]).args(args).output().expect("runs");
    assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
    String::from_utf8(output.stderr).expect("utf-8")
}

/// The one error line of a failed run: `dejamos: error: …`.
fn error_line(stderr: &str) -> &str {
    let lines: Vec<&str> = stderr.lines().filter(|l| l.starts_with("dejamos: error: ")).collect();
    assert_eq!(lines.len(), 1, "one error line: {stderr}");
    lines[0]
}

/// Words that only an English sentence of these errors would hold.
fn assert_no_english(line: &str) {
    for word in ["cannot", " is not ", " no such ", "looks like", "unknown", "must be", "did you mean"] {
        assert!(!line.contains(word), "English `{word}` left in: {line}");
    }
}

#[test]
fn a_missing_file() {
    let path = "tests/fixtures/no-such-file.srt";
    let spanish = fails("es_MX.UTF-8", &["check", path]);
    assert_eq!(
        error_line(&spanish),
        "dejamos: error: tests/fixtures/no-such-file.srt: no se puede leer: no existe el archivo o la carpeta"
    );
    let english = fails("C", &["check", path]);
    assert_eq!(
        error_line(&english),
        "dejamos: error: tests/fixtures/no-such-file.srt: cannot read: no such file or directory"
    );
}

#[test]
fn a_bad_configuration_names_its_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("dejamos.toml");
    fs::write(&config, "profile = \"netflix\"\n[thresholds]\nmax-cps = -3\n").expect("write");
    let config = config.to_str().expect("utf-8 path");
    let spanish = fails("es_MX.UTF-8", &["check", "--config", config, SAMPLE]);
    let line = error_line(&spanish);
    assert!(line.ends_with("dejamos.toml:3: [thresholds] max-cps: tiene que ser un número positivo"), "{line}");
    assert_no_english(line);
    let english = fails("C", &["check", "--config", config, SAMPLE]);
    assert!(error_line(&english).ends_with("dejamos.toml:3: [thresholds] max-cps: must be a positive number"));

    fs::write(dir.path().join("dejamos.toml"), "profile = \"netflix\"\nfps = \"fast\"\n").expect("write");
    let spanish = fails("es_MX.UTF-8", &["check", "--config", config, SAMPLE]);
    let line = error_line(&spanish);
    assert!(line.contains("dejamos.toml:2: `fast` no es una velocidad de fotogramas: usa 23.976, 24"), "{line}");
    assert_no_english(line);
}

#[test]
fn a_bad_selector() {
    let spanish = fails("es_MX.UTF-8", &["check", "--select", "max-cpss", SAMPLE]);
    let line = error_line(&spanish);
    assert_eq!(line, "dejamos: error: --select: no existe la regla o categoría `max-cpss`; ¿quisiste decir `max-cps`?");
    let spanish = fails("es_MX.UTF-8", &["check", "--ignore", "missing-counterpart", SAMPLE]);
    assert_eq!(
        error_line(&spanish),
        "dejamos: error: --ignore: `missing-counterpart` es una regla de `dejamos pair`, no de `dejamos check`"
    );
    let english = fails("C", &["check", "--select", "max-cpss", SAMPLE]);
    assert_eq!(
        error_line(&english),
        "dejamos: error: --select: unknown rule or category `max-cpss`; did you mean `max-cps`?"
    );
}

#[test]
fn a_bad_shot_list_names_its_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let list = dir.path().join("film.shots");
    fs::write(&list, "# fps: 24\n00:00:05.000\ncinco\n").expect("write");
    let list = list.to_str().expect("utf-8 path");
    let spanish = fails("es_MX.UTF-8", &["check", "--shot-changes", list, SAMPLE]);
    let line = error_line(&spanish);
    assert!(
        line.ends_with(
            "film.shots:3: `cinco` no es un tiempo: escribe segundos (12.345), 00:00:12.345, un código de tiempo \
             00:00:12:08 o un número de fotograma"
        ),
        "{line}"
    );
    assert_no_english(line);
    let english = fails("C", &["check", "--shot-changes", list, SAMPLE]);
    assert!(error_line(&english).ends_with("film.shots:3: `cinco` is not a time: write seconds (12.345), 00:00:12.345, a timecode 00:00:12:08 or a frame number"));
}

#[test]
fn an_undecodable_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let png = dir.path().join("poster.srt");
    fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("write");
    let png = png.to_str().expect("utf-8 path");
    let line = error_line(&fails("es_MX.UTF-8", &["check", png])).to_string();
    assert!(line.ends_with("poster.srt: no es un archivo de subtítulos: parece una imagen PNG"), "{line}");
    let line = error_line(&fails("C", &["check", png])).to_string();
    assert!(line.ends_with("poster.srt: not a subtitle file: it looks like a PNG image"), "{line}");

    // A few bad bytes in UTF-8: the line, and the remedy worded with the flag.
    let damaged = dir.path().join("dañado.srt");
    let mut bytes =
        "1\n00:00:01,000 --> 00:00:02,000\n¿Adónde vas?\n\n2\n00:00:03,000 --> 00:00:04,000\n".as_bytes().to_vec();
    bytes.extend_from_slice(b"A \xFFEl Paso.\n");
    fs::write(&damaged, bytes).expect("write");
    let damaged = damaged.to_str().expect("utf-8 path");
    let spanish = fails("es_MX.UTF-8", &["check", damaged]);
    let line = error_line(&spanish);
    assert!(
        line.ends_with(
            "dañado.srt:7: el byte 0xFF no es UTF-8 válido, aunque el resto del archivo sí lo es; repáralo (léelo \
             como UTF-8: los bytes dañados se vuelven U+FFFD); o usa --encoding utf-8 o --encoding windows-1252"
        ),
        "{line}"
    );
    assert_no_english(line);
    let english = fails("C", &["check", damaged]);
    assert!(
        error_line(&english).contains("dañado.srt:7: byte 0xFF is not valid UTF-8, though the rest of the file is")
    );
}

#[test]
fn an_io_error_on_write() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("no-folder").join("report.json");
    let missing = missing.to_str().expect("utf-8 path");
    let args = ["check", "--format", "json", "-o", missing, SAMPLE];
    let spanish = fails("es_MX.UTF-8", &args);
    let line = error_line(&spanish);
    assert!(line.ends_with("report.json: no se puede escribir: no existe el archivo o la carpeta"), "{line}");
    assert!(!Path::new(missing).exists());
    let english = fails("C", &args);
    assert!(error_line(&english).ends_with("report.json: cannot write: no such file or directory"));
}

#[test]
fn show_config_comments_in_spanish() {
    let output = dejamos().args(["--ui-lang", "es", "check", "--show-config", SAMPLE]).output().expect("runs");
    let text = String::from_utf8(output.stdout).expect("utf-8");
    assert!(text.starts_with("# ajustes de samples/the-house.es.srt\n"), "{text}");
    assert!(text.contains("\n# idioma: es ("), "{text}");
    assert!(text.contains("\nprofile = \"netflix\"\n"), "the keys stay: {text}");
}

#[test]
fn a_bad_time_or_timecode() {
    // A timecode in a shot list, with its line.
    let dir = tempfile::tempdir().expect("temp dir");
    let list = dir.path().join("film.shots");
    fs::write(&list, "00:00:05:12\n00:00:06:30\n").expect("write");
    let list = list.to_str().expect("utf-8 path");
    let args = ["check", "--fps", "25", "--shot-changes", list, SAMPLE];
    let line = error_line(&fails("es_MX.UTF-8", &args)).to_string();
    assert!(line.ends_with("film.shots:2: 00:00:06:30: los fotogramas llegan hasta 24 a 25 fps"), "{line}");
    let line = error_line(&fails("C", &args)).to_string();
    assert!(line.ends_with("film.shots:2: 00:00:06:30: the frames go up to 24 at 25 fps"), "{line}");

    // A duration the command line's parser refuses.
    let output =
        dejamos_in_locale(&[("LANG", "es_MX.UTF-8")]).args(["retime", "--shift", "2x", SAMPLE]).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).expect("utf-8");
    assert!(stderr.contains("`2x` no es una duración (prueba -2.5s, +1500ms, -00:00:02,500 o +12f)"), "{stderr}");
}
