//! The last English strings of a Spanish run (issue 22): what `fmt` and `check --fix` say they
//! changed or refuse, the re-encoding note, the list of formats read, `--show-config`'s language
//! reason, retime's `--clamp` hint and convert's notice. Each is worded in Spanish, with no English
//! left, and exactly as before in English.
mod common;

use common::{dejamos_in_locale, repo};
use std::fs;
use std::path::Path;

const SPANISH: &str = "es_MX.UTF-8";
const ENGLISH: &str = "C";

/// Exit code, stdout and stderr of a run in `lang` from `dir`.
fn run(lang: &str, dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let output = dejamos_in_locale(&[("LANG", lang)]).current_dir(dir).args(args).output().expect("runs");
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("utf-8");
    (output.status.code(), text(output.stdout), text(output.stderr))
}

/// Words only the English sentences of these messages hold.
fn assert_no_english(text: &str) {
    for word in [
        "cannot",
        "could not",
        "nothing written",
        "would reformat",
        "byte-order",
        "line endings",
        "renumber",
        "timing line",
        "between blocks",
        "final line break",
        "the text would be lost",
        " and ",
        " fixed",
        "remain",
        "from the flags",
        "converted",
        " cues ",
    ] {
        assert!(!text.contains(word), "English `{word}` left in: {text}");
    }
}

/// A file in a fresh folder.
fn file_in(dir: &Path, name: &str, bytes: &[u8]) {
    fs::write(dir.join(name), bytes).expect("write");
}

#[test]
fn fmt_names_its_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lenient = "\u{feff}5\r\n0:0:1.5 --> 00:00:02,000\r\nHola\r\n\r\n\r\n00:00:03,000-->00:00:04,000\r\nAdiós";
    file_in(dir.path(), "lenient.srt", lenient.as_bytes());
    let (code, spanish, _) = run(SPANISH, dir.path(), &["fmt", "--check", "lenient.srt"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        spanish,
        "se reformatearía lenient.srt: quitar la marca de orden de bytes; finales de línea crlf → lf; renumerar 2 \
         subtítulos; reescribir 2 líneas de tiempos en forma canónica; líneas en blanco entre bloques; agregar el \
         salto de línea final\n"
    );
    assert_no_english(&spanish);
    let (_, english, _) = run(ENGLISH, dir.path(), &["fmt", "--check", "lenient.srt"]);
    assert_eq!(
        english,
        "would reformat lenient.srt: remove the byte-order mark; line endings crlf → lf; renumber 2 cues; rewrite 2 \
         timing lines canonically; blank lines between blocks; add the final line break\n"
    );

    fs::copy(repo("samples/bus-ride.es.cp1252.srt"), dir.path().join("legacy.srt")).expect("copy");
    let (_, spanish, _) = run(SPANISH, dir.path(), &["fmt", "--check", "legacy.srt"]);
    assert_eq!(
        spanish,
        "se reformatearía legacy.srt: recodificar de windows-1252 a utf-8; finales de línea crlf → lf\n"
    );
    let (_, english, _) = run(ENGLISH, dir.path(), &["fmt", "--check", "legacy.srt"]);
    assert_eq!(english, "would reformat legacy.srt: re-encode from windows-1252 to utf-8; line endings crlf → lf\n");
}

#[test]
fn fmt_refuses_unreadable_blocks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = "1\n00:00:01,000 --> 00:00:02,000\nHola\n\n2\n00:61:03,000 --> 00:00:04,000\nTexto\n";
    file_in(dir.path(), "bad.srt", bad.as_bytes());
    let (code, _, spanish) = run(SPANISH, dir.path(), &["fmt", "bad.srt"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        spanish,
        "bad.srt:6: no se puede normalizar: no se pudo leer 1 bloque (línea 6): `00:61:03,000`: los minutos (61) \
         pasan de 59; corrígelo primero o se perdería el texto\n"
    );
    assert_no_english(&spanish);
    let (_, _, english) = run(ENGLISH, dir.path(), &["fmt", "bad.srt"]);
    assert_eq!(
        english,
        "bad.srt:6: cannot normalise: 1 block could not be read (line 6): `00:61:03,000`: 61 minutes is over 59; \
         fix it first, or the text would be lost\n"
    );
}

#[test]
fn check_fix_reports_the_re_encoding_and_what_it_fixed() {
    let dir = tempfile::tempdir().expect("temp dir");
    file_in(dir.path(), "bom.srt", b"\xef\xbb\xbf1\n00:00:01,000 --> 00:00:02,000\nHola.\n");
    let (code, _, spanish) = run(SPANISH, dir.path(), &["check", "--fix", "--diff", "bom.srt"]);
    assert_eq!(code, Some(1), "{spanish}");
    for want in [
        "bom.srt: se corrigió 1 observación de 1; quedan 0\n",
        "  encoding             1 corregida, quedan 0\n",
        "bom.srt: se recodificaría de utf-8 con marca de orden de bytes a UTF-8 (sin BOM)\n",
    ] {
        assert!(spanish.contains(want), "missing {want:?} in {spanish}");
    }
    assert_no_english(&spanish);
    let (_, _, english) = run(ENGLISH, dir.path(), &["check", "--fix", "--diff", "bom.srt"]);
    for want in [
        "bom.srt: fixed 1 finding of 1; 0 remain\n",
        "  encoding             1 fixed, 0 remain\n",
        "bom.srt: would be re-encoded from utf-8 with a byte-order mark to UTF-8 (no BOM)\n",
    ] {
        assert!(english.contains(want), "missing {want:?} in {english}");
    }
}

#[test]
fn check_fix_refuses_a_file_it_could_not_read_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Under a tenth control bytes; once the trailing spaces go, over it: the reader would refuse
    // the fixed file as binary.
    let mut bytes = b"1\n00:00:01,000 --> 00:00:03,000\n".to_vec();
    bytes.extend([1u8; 10]);
    bytes.extend(b"Hola");
    bytes.extend([b' '; 70]);
    bytes.push(b'\n');
    file_in(dir.path(), "control.srt", &bytes);
    let (code, _, spanish) = run(SPANISH, dir.path(), &["check", "--fix", "control.srt"]);
    assert_eq!(code, Some(2));
    assert!(
        spanish.contains(
            "dejamos: error: control.srt: no se puede corregir: el archivo corregido no se pudo volver a leer (no es \
             un archivo de texto"
        ),
        "{spanish}"
    );
    assert!(spanish.contains("); no se escribió nada\n"), "{spanish}");
    assert_no_english(&spanish);
    let (_, _, english) = run(ENGLISH, dir.path(), &["check", "--fix", "control.srt"]);
    assert!(
        english.contains("dejamos: error: control.srt: cannot fix: the fixed file could not be read back ("),
        "{english}"
    );
    assert!(english.contains("); nothing written\n"), "{english}");
    assert_eq!(fs::read(dir.path().join("control.srt")).expect("read"), bytes, "nothing written");
}

#[test]
fn the_formats_read_are_listed_in_the_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    file_in(dir.path(), "notes.txt", b"hello world\n");
    let (code, _, spanish) = run(SPANISH, dir.path(), &["check", "notes.txt"]);
    assert_eq!(code, Some(2));
    assert!(
        spanish.contains("notes.txt: no está en ningún formato de subtítulos que lea dejamos (SRT, WebVTT y TTML)\n"),
        "{spanish}"
    );
    let (_, _, english) = run(ENGLISH, dir.path(), &["check", "notes.txt"]);
    assert!(
        english.contains("notes.txt: is in no subtitle format dejamos reads (SRT, WebVTT and TTML)\n"),
        "{english}"
    );
}

#[test]
fn show_config_words_where_the_language_came_from() {
    let dir = tempfile::tempdir().expect("temp dir");
    let args = ["check", "--lang", "es", "--show-config", "missing.srt"];
    let (code, spanish, _) = run(SPANISH, dir.path(), &args);
    assert_eq!(code, Some(0));
    assert!(
        spanish.contains("# idioma: es (de las opciones, el nombre del archivo o la configuración)\n"),
        "{spanish}"
    );
    let (_, english, _) = run(ENGLISH, dir.path(), &args);
    assert!(english.contains("# language: es (from the flags, file name or configuration)\n"), "{english}");
    let args = ["check", "--show-config", "bus-ride.es.srt"];
    fs::copy(repo("samples/bus-ride.es.srt"), dir.path().join("bus-ride.es.srt")).expect("copy");
    let (_, spanish, _) = run(SPANISH, dir.path(), &args);
    assert!(spanish.contains("# idioma: es (nombre del archivo)\n"), "{spanish}");
}

#[test]
fn retime_hints_clamp_and_convert_says_what_it_wrote() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::copy(repo("samples/bus-ride.es.srt"), dir.path().join("bus-ride.es.srt")).expect("copy");
    let args = ["retime", "bus-ride.es.srt", "--shift", "-70s", "-o", "out.srt"];
    let (code, _, spanish) = run(SPANISH, dir.path(), &args);
    assert_eq!(code, Some(2));
    assert!(
        spanish.ends_with(
            "no se escribió nada; --clamp descarta o recorta los subtítulos que quedan antes de 00:00:00,000\n"
        ),
        "{spanish}"
    );
    assert_no_english(&spanish);
    let (_, _, english) = run(ENGLISH, dir.path(), &args);
    assert!(english.ends_with("; --clamp drops or clamps cues that fall before 00:00:00,000\n"), "{english}");

    let args = ["convert", "bus-ride.es.srt", "--to", "ttml", "-o", "out.ttml"];
    let (code, _, spanish) = run(SPANISH, dir.path(), &args);
    assert_eq!(code, Some(0));
    assert_eq!(
        spanish,
        "se convirtieron 17 subtítulos de SRT a TTML (IMSC 1.1 Text), xml:lang=\"es\" según el nombre del archivo: \
         out.ttml\n"
    );
    let (_, _, english) = run(ENGLISH, dir.path(), &args);
    assert_eq!(
        english,
        "converted 17 cues from SRT to TTML (IMSC 1.1 Text), xml:lang=\"es\" from the file name: out.ttml\n"
    );
}

#[test]
fn fmt_refuses_other_formats_in_the_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    file_in(dir.path(), "cues.vtt", b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHola\n");
    let (code, _, spanish) = run(SPANISH, dir.path(), &["fmt", "cues.vtt"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        spanish,
        "dejamos: error: cues.vtt: es WebVTT; fmt normaliza SRT (conviértelo primero: dejamos convert ARCHIVO --to \
         srt)\n"
    );
    let (_, _, english) = run(ENGLISH, dir.path(), &["fmt", "cues.vtt"]);
    assert_eq!(
        english,
        "dejamos: error: cues.vtt: is WebVTT; fmt normalises SRT (convert it first: dejamos convert FILE --to srt)\n"
    );
}
