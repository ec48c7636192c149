//! Read arbitrary bytes as SRT or WebVTT and convert them to SRT, WebVTT and TTML, and merge
//! them into dual-language SRT. Never panic; TTML is always well-formed XML (everything from the
//! data escaped); SRT and WebVTT output read back with the same number of cues; no output holds a
//! control character or a line separator that a character reference made (`&#27;`, `&#10;`), and
//! merged SRT reads back with as many cues as were merged.
#![no_main]
use dejamos::bilingual::merge;
use dejamos::convert::{ConvertOptions, Format, convert, read_source};
use dejamos::srt::{ParseOptions, SourceFormat, WriteOptions, parse_str, write_subtitles};
use dejamos::time::FrameRate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let hint = if data.first().is_some_and(|b| b % 2 == 0) { "in.vtt" } else { "in.srt" };
    let Ok(doc) = read_source(data.to_vec(), hint, ParseOptions::default()) else { return };
    for to in [Format::Srt, Format::Vtt, Format::Ttml] {
        let options = ConvertOptions { to, fps: FrameRate::parse("23.976"), lang: None, path: None };
        let Ok(converted) = convert(&doc, &options) else { continue };
        assert_eq!(converted.cues, doc.cues.len());
        if doc.format == SourceFormat::Vtt {
            // A WebVTT source's text comes through character references: nothing they decode
            // to may reach the output raw.
            let raw = converted.text.chars().any(|c| (c.is_control() && !matches!(c, '\n' | '\t')) || c == '\u{2028}');
            let source_raw =
                doc.source.chars().any(|c| (c.is_control() && !matches!(c, '\n' | '\t' | '\r')) || c == '\u{2028}');
            assert!(!raw || source_raw, "{to:?}: a reference wrote a control character:\n{:?}", converted.text);
        }
        match to {
            Format::Ttml => {
                if let Err(e) = roxmltree::Document::parse(&converted.text) {
                    panic!("TTML is not well-formed XML ({e}):\n{}", converted.text);
                }
            }
            Format::Srt => {
                let again = parse_str(&converted.text);
                assert_eq!(again.cues.len(), doc.cues.len(), "SRT output lost cues:\n{}", converted.text);
            }
            Format::Vtt => {
                let again = dejamos::vtt::parse_vtt(&converted.text);
                assert_eq!(again.format, SourceFormat::Vtt);
                assert_eq!(again.cues.len(), doc.cues.len(), "WebVTT output lost cues:\n{}", converted.text);
            }
        }
    }
    let merged = merge::merge(
        &doc,
        &doc,
        &merge::MergeOptions { min_gap_ms: 83, bottom_italic: data.len() % 3 == 0, top_lang: None, bottom_lang: None },
    );
    let text = write_subtitles(&merged.subtitles, &WriteOptions::default());
    if doc.format == SourceFormat::Vtt {
        assert_eq!(parse_str(&text).cues.len(), merged.subtitles.len(), "merged SRT gained or lost cues:\n{text}");
    }
});
