//! End-to-end tests of `dejamos convert` on the fixtures in tests/fixtures/convert.
use dejamos::srt::{self, Document};
use std::fs;
use std::path::PathBuf;

mod common;

use common::dejamos;

fn fixture(name: &str) -> PathBuf {
    common::fixture("convert").join(name)
}

/// Run `dejamos convert ARGS…` and return stdout, asserting success.
fn convert_ok(args: &[&str]) -> String {
    let output = dejamos().arg("convert").args(args).output().expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

fn srt_doc(name: &str) -> Document {
    srt::parse_str(&fs::read_to_string(fixture(name)).expect("fixture"))
}

#[test]
fn srt_to_vtt_to_srt_gives_back_the_canonical_file_byte_for_byte() {
    let dir = tempfile::tempdir().expect("temp dir");
    let vtt = dir.path().join("film.es.vtt");
    let back = dir.path().join("film.es.srt");
    let input = fixture("canonical.es.srt");
    let original = fs::read(&input).expect("fixture");
    convert_ok(&[input.to_str().expect("path"), "-o", vtt.to_str().expect("path")]);
    convert_ok(&[vtt.to_str().expect("path"), "-o", back.to_str().expect("path")]);
    assert_eq!(fs::read(&back).expect("written"), original);
    // The input was not touched.
    assert_eq!(fs::read(&input).expect("fixture"), original);
}

#[test]
fn srt_to_vtt_snapshot() {
    insta::assert_snapshot!(convert_ok(&["tests/fixtures/convert/canonical.es.srt", "--to", "vtt"]));
}

#[test]
fn tricky_text_to_vtt_is_escaped_and_reads_back_cue_for_cue() {
    let output =
        dejamos().args(["convert", "tests/fixtures/convert/tricky.srt", "--to", "vtt"]).output().expect("runs");
    assert!(output.status.success());
    let vtt = String::from_utf8(output.stdout).expect("UTF-8");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    // The dropped <font> tag is a warning naming the file.
    assert!(stderr.contains("tricky.srt: `<font>` tags dropped"), "{stderr}");
    insta::assert_snapshot!(vtt);
    let doc = dejamos::vtt::parse_vtt(&vtt);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    let source = srt_doc("tricky.srt");
    assert_eq!(doc.cues.len(), source.cues.len());
    for (a, b) in doc.cues.iter().zip(&source.cues) {
        assert_eq!((a.start, a.end), (b.start, b.end));
        for line in a.text_lines(&doc) {
            assert!(!line.contains("-->") && !line.trim().is_empty(), "{line:?}");
        }
    }
    // Nested italics stay nested; the blank line inside cue 4 does not end the WebVTT cue.
    assert_eq!(doc.cues[1].text(&doc), "<i>Dijo: <i>«ya»</i> y se fue</i>");
    assert_eq!(doc.cues[3].text(&doc), "<i></i>\nSolo esta línea\ny esta");
    assert_eq!(doc.cues[0].text(&doc), "Tom &amp; Jerry &lt;3 a&lt;b &amp; c&gt;d");
}

#[test]
fn tricky_text_survives_srt_vtt_srt_as_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let vtt = dir.path().join("t.vtt");
    let back = dir.path().join("t.srt");
    convert_ok(&["tests/fixtures/convert/tricky.srt", "-o", vtt.to_str().expect("path")]);
    convert_ok(&[vtt.to_str().expect("path"), "-o", back.to_str().expect("path")]);
    let doc = srt::parse_str(&fs::read_to_string(&back).expect("written"));
    let texts: Vec<String> = doc.cues.iter().map(|c| c.text(&doc)).collect();
    assert_eq!(
        texts,
        [
            "Tom & Jerry <3 a<b & c>d",
            "<i>Dijo: <i>«ya»</i> y se fue</i>",
            "la flecha --> no es tiempo",
            "<i></i>\nSolo esta línea\ny esta",
            "Amarillo &amp; literal",
        ]
    );
    let source = srt_doc("tricky.srt");
    let times = |d: &Document| d.cues.iter().map(|c| (c.start, c.end)).collect::<Vec<_>>();
    assert_eq!(times(&doc), times(&source));
}

/// Milliseconds of a TTML clock time `HH:MM:SS.mmm`.
fn clock_ms(text: &str) -> u64 {
    let (clock, millis) = text.split_once('.').expect("fraction");
    let parts: Vec<u64> = clock.split(':').map(|p| p.parse().expect("number")).collect();
    assert_eq!(parts.len(), 3, "{text}");
    ((parts[0] * 60 + parts[1]) * 60 + parts[2]) * 1000 + millis.parse::<u64>().expect("ms")
}

const TTML: &str = "http://www.w3.org/ns/ttml";
const TTS: &str = "http://www.w3.org/ns/ttml#styling";
const TTP: &str = "http://www.w3.org/ns/ttml#parameter";

#[test]
fn ttml_parses_and_its_timing_matches_the_source_cue_for_cue() {
    let ttml = convert_ok(&["tests/fixtures/convert/canonical.es.srt", "--to", "ttml", "--lang", "es-MX"]);
    insta::assert_snapshot!(ttml);
    let xml = roxmltree::Document::parse(&ttml).expect("well-formed TTML");
    let root = xml.root_element();
    assert!(root.has_tag_name((TTML, "tt")));
    assert_eq!(root.attribute(("http://www.w3.org/XML/1998/namespace", "lang")), Some("es-MX"));
    assert_eq!(root.attribute((TTP, "contentProfiles")), Some("http://www.w3.org/ns/ttml/profile/imsc1.1/text"));
    assert_eq!(root.attribute((TTP, "timeBase")), Some("media"));
    // The default rate is the film's 23.976.
    assert_eq!(root.attribute((TTP, "frameRate")), Some("24"));
    assert_eq!(root.attribute((TTP, "frameRateMultiplier")), Some("1000 1001"));
    let paragraphs: Vec<_> = root.descendants().filter(|n| n.has_tag_name((TTML, "p"))).collect();
    let source = srt_doc("canonical.es.srt");
    assert_eq!(paragraphs.len(), source.cues.len());
    for (p, cue) in paragraphs.iter().zip(&source.cues) {
        assert_eq!(clock_ms(p.attribute("begin").expect("begin")), cue.start.ms());
        assert_eq!(clock_ms(p.attribute("end").expect("end")), cue.end.ms());
    }
    // Italics are spans, line breaks <br/>, the {\an8} cue goes to the top region.
    let second = paragraphs[1];
    let spans: Vec<_> = second.children().filter(|n| n.has_tag_name((TTML, "span"))).collect();
    assert_eq!(spans.len(), 2);
    assert!(spans.iter().all(|s| s.attribute((TTS, "fontStyle")) == Some("italic")));
    assert_eq!(spans[0].text(), Some("A Jerez, Zacatecas."));
    assert_eq!(second.children().filter(|n| n.has_tag_name((TTML, "br"))).count(), 1);
    assert_eq!(paragraphs[3].attribute("region"), Some("r-top"));
    assert_eq!(paragraphs[3].text(), Some("CIUDAD JUÁREZ, 2019"));
    let region_id = paragraphs[0].attribute("region").expect("default region");
    assert_eq!(region_id, "r-bottom");
    let region = root
        .descendants()
        .find(|n| {
            n.has_tag_name((TTML, "region"))
                && n.attribute(("http://www.w3.org/XML/1998/namespace", "id")) == Some(region_id)
        })
        .expect("region defined");
    assert_eq!(region.attribute((TTS, "displayAlign")), Some("after"));
}

#[test]
fn ttml_escapes_tricky_text_and_keeps_nested_italics() {
    let ttml = convert_ok(&["tests/fixtures/convert/tricky.srt", "--to", "ttml", "--fps", "29.97", "--lang", "es"]);
    let xml = roxmltree::Document::parse(&ttml).expect("well-formed TTML");
    let root = xml.root_element();
    assert_eq!(root.attribute((TTP, "frameRate")), Some("30"));
    assert_eq!(root.attribute((TTP, "frameRateMultiplier")), Some("1000 1001"));
    let paragraphs: Vec<_> = root.descendants().filter(|n| n.has_tag_name((TTML, "p"))).collect();
    let text = |i: usize| -> String {
        paragraphs[i].descendants().filter(|n| n.is_text()).map(|n| n.text().unwrap_or("")).collect()
    };
    assert_eq!(text(0), "Tom & Jerry <3 a<b & c>d");
    assert_eq!(text(1), "Dijo: «ya» y se fue");
    assert!(
        paragraphs[1]
            .descendants()
            .filter(|n| n.has_tag_name((TTML, "span")))
            .all(|s| s.attribute((TTS, "fontStyle")) == Some("italic"))
    );
    assert_eq!(text(2), "la flecha --> no es tiempo");
    assert_eq!(text(4), "Amarillo &amp; literal");
    let source = srt_doc("tricky.srt");
    for (p, cue) in paragraphs.iter().zip(&source.cues) {
        assert_eq!(clock_ms(p.attribute("begin").expect("begin")), cue.start.ms());
        assert_eq!(clock_ms(p.attribute("end").expect("end")), cue.end.ms());
    }
    // At 25 fps there is no multiplier.
    let ttml = convert_ok(&["tests/fixtures/convert/tricky.srt", "--to", "ttml", "--fps", "25"]);
    let xml = roxmltree::Document::parse(&ttml).expect("well-formed TTML");
    assert_eq!(xml.root_element().attribute((TTP, "frameRate")), Some("25"));
    assert_eq!(xml.root_element().attribute((TTP, "frameRateMultiplier")), None);
}

#[test]
fn ttml_language_defaults_to_the_detected_one_or_und() {
    let ttml = convert_ok(&["tests/fixtures/convert/canonical.es.srt", "--to", "ttml"]);
    let xml = roxmltree::Document::parse(&ttml).expect("well-formed TTML");
    let lang = xml.root_element().attribute(("http://www.w3.org/XML/1998/namespace", "lang")).expect("xml:lang");
    // Spanish text: detection says `es`; without a detector the tag is `und`, never a guess.
    assert!(lang == "es" || lang == "und", "{lang}");
}

#[test]
fn vtt_edge_cases_convert_to_srt() {
    let output = dejamos().args(["convert", "tests/fixtures/convert/edge.vtt", "--to", "srt"]).output().expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(stderr.contains("edge.vtt:5: STYLE block skipped"), "{stderr}");
    assert!(stderr.contains("edge.vtt:11: REGION block skipped"), "{stderr}");
    assert!(stderr.contains("`<v>` tags dropped"), "{stderr}");
    assert!(stderr.contains("`position` cue settings dropped"), "{stderr}");
    insta::assert_snapshot!(String::from_utf8(output.stdout).expect("UTF-8"));
}

#[test]
fn vtt_to_vtt_keeps_header_identifiers_settings_and_cue_text() {
    let output = dejamos().args(["convert", "tests/fixtures/convert/edge.vtt", "--to", "vtt"]).output().expect("runs");
    assert!(output.status.success());
    let vtt = String::from_utf8(output.stdout).expect("UTF-8");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    // Nothing is dropped, so nothing is warned about (the skipped blocks are still noticed).
    assert!(!stderr.contains("warning"), "{stderr}");
    assert!(
        vtt.starts_with(
            "WEBVTT - What We Leave Behind\nKind: subtitles\nLanguage: en\n\nintro\n00:00:01.000 --> 00:00:03.500 line:0 align:start\nWhere are you going, <v Julián>Grandpa</v>?\n"
        ),
        "{vtt}"
    );
    assert!(vtt.contains("\n2\n00:00:04.000 --> 00:00:06.250\n<i>To Jerez, Zacatecas &amp; back.</i>\n"), "{vtt}");
    assert!(vtt.contains("\n00:00:07.000 --> 00:00:08.000 position:10%\nCiudad Juárez &lt;2019&gt;\n"), "{vtt}");
    assert!(!vtt.contains("NOTE") && !vtt.contains("STYLE"));
}

#[test]
fn vtt_without_header_is_an_error_naming_the_file() {
    let output =
        dejamos().args(["convert", "tests/fixtures/convert/noheader.vtt", "--to", "srt"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(stderr.contains("noheader.vtt:1: not a WebVTT file"), "{stderr}");
}

#[test]
fn stdin_format_is_sniffed_from_the_content() {
    let vtt = fs::read(fixture("edge.vtt")).expect("fixture");
    let output = dejamos().args(["convert", "-", "--to", "srt", "-q"]).write_stdin(vtt).output().expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let doc = srt::parse_str(&String::from_utf8(output.stdout).expect("UTF-8"));
    assert_eq!(doc.cues.len(), 3);
    let srt = fs::read(fixture("canonical.es.srt")).expect("fixture");
    let output = dejamos().args(["convert", "-", "--to", "vtt"]).write_stdin(srt).output().expect("runs");
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("WEBVTT\n"));
}

#[test]
fn output_format_comes_from_the_extension_and_conflicts_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("film.ttml");
    let output = dejamos()
        .args(["convert", "tests/fixtures/convert/canonical.es.srt", "-o", out.to_str().expect("path")])
        .output()
        .expect("runs");
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("converted 4 cues from SRT to TTML"));
    assert!(fs::read_to_string(&out).expect("written").contains("<tt xmlns=\"http://www.w3.org/ns/ttml\""));

    let conflict = dejamos()
        .args(["convert", "tests/fixtures/convert/canonical.es.srt", "--to", "vtt", "-o", out.to_str().expect("path")])
        .output()
        .expect("runs");
    assert_eq!(conflict.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&conflict.stderr).contains("contradicts the extension"));

    let unknown = dejamos().args(["convert", "tests/fixtures/convert/canonical.es.srt"]).output().expect("runs");
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("--to srt|vtt|ttml"));
}

#[test]
fn converting_onto_the_input_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.srt");
    fs::copy(fixture("canonical.es.srt"), &path).expect("copy");
    let output = dejamos()
        .args(["convert", path.to_str().expect("path"), "-o", path.to_str().expect("path")])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(fs::read(&path).expect("kept"), fs::read(fixture("canonical.es.srt")).expect("fixture"));
}

#[test]
fn broken_input_is_refused_with_its_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.srt");
    fs::write(&path, "1\n00:00:01,000 --> 00:00:02,000\nHola\n\n2\n00:00:03,000 --> 00:61:00,000\nMal\n")
        .expect("write");
    let output = dejamos().args(["convert", path.to_str().expect("path"), "--to", "vtt"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("broken.srt:6: 1 block could not be read"), "{stderr}");
}

#[test]
fn legacy_encodings_and_boms_come_out_as_utf8() {
    let dir = tempfile::tempdir().expect("temp dir");
    let latin = dir.path().join("latin.srt");
    fs::write(&latin, b"1\r\n00:00:01,000 --> 00:00:02,000\r\n\xbfAd\xf3nde vas? \xa1Ma\xf1ana!\r\n").expect("write");
    let vtt = convert_ok(&[latin.to_str().expect("path"), "--to", "vtt", "--encoding", "windows-1252"]);
    assert_eq!(vtt, "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n¿Adónde vas? ¡Mañana!\n");
    let bom = dir.path().join("bom.vtt");
    fs::write(&bom, "\u{FEFF}WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nAdiós\r\n").expect("write");
    let srt = convert_ok(&[bom.to_str().expect("path"), "--to", "srt"]);
    assert_eq!(srt, "1\n00:00:01,000 --> 00:00:02,000\nAdiós\n");
}
