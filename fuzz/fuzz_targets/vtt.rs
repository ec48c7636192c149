//! Read arbitrary bytes as SRT or WebVTT and convert them to SRT, WebVTT and TTML. Never panic;
//! TTML is always well-formed XML (everything from the data escaped); SRT and WebVTT output read
//! back with the same number of cues.
#![no_main]
use dejamos::convert::{ConvertOptions, Format, convert, read_source};
use dejamos::srt::{ParseOptions, SourceFormat, parse_str};
use dejamos::time::FrameRate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let hint = if data.first().is_some_and(|b| b % 2 == 0) { "in.vtt" } else { "in.srt" };
    let Ok(doc) = read_source(data.to_vec(), hint, ParseOptions::default()) else { return };
    for to in [Format::Srt, Format::Vtt, Format::Ttml] {
        let options = ConvertOptions { to, fps: FrameRate::parse("23.976"), lang: None, path: None };
        let Ok(converted) = convert(&doc, &options) else { continue };
        assert_eq!(converted.cues, doc.cues.len());
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
});
