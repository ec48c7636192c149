//! Property tests for the SRT core: the parser never panics, canonical output is a fixed point,
//! generated cues survive write → parse, and srtlib agrees with us on well-formed files.
//!
//! Bounded and fast so that CI keeps guarding what the fuzzers found (see `fuzz/`).
use dejamos::decode::LineEndings;
use dejamos::srt::{
    ParseOptions, Rewrite, Subtitle, WriteOptions, parse_bytes, parse_str, rewrite_times, write_subtitles,
};
use dejamos::time::{MAX_MS, Timestamp, parse_time};
use proptest::prelude::*;

/// Pieces SRT files are made of, so that random inputs reach deep into the parser.
const FRAGMENTS: &[&str] = &[
    "1",
    "2",
    "10",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    " ",
    "00:00:01,000",
    "00:00:02.500",
    "0:0:1,5",
    "99:59:59,999",
    "999:99:99,999",
    "99999999999:00:00,000",
    "-00:00:01,000",
    "00:00:01:000",
    " --> ",
    "-->",
    "->",
    " X1:10 X2:20 Y1:1 Y2:2",
    "<i>",
    "</i>",
    "¿Adónde vas?",
    "¡Ya!",
    "- ",
    "\u{feff}",
    "\0",
    "\u{fffd}",
    "ñ",
    "Julián",
    "12345678901234567890123456789012345678901",
];

fn fragment_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..80).prop_map(|parts| parts.concat())
}

/// Whether the parser would take `line` for a timing line: an arrow, and a digit or sign first.
fn looks_like_timing(line: &str) -> bool {
    line.contains("-->") && line.trim_start().starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+')
}

/// A cue text line: any characters but line breaks, not blank, not a timing line.
fn text_line() -> impl Strategy<Value = String> {
    prop_oneof!["[^\r\n]{1,40}", "(<i>)?(- )?[A-Za-zÁÉÍÓÚÑáéíóúñü¿¡?!,.;:' 0-9-]{1,40}(</i>)?", "[0-9]{1,45}",]
        .prop_filter("not blank, not a timing line", |l| !l.trim().is_empty() && !looks_like_timing(l))
}

/// A text line without C0 control characters: a file made of those is (rightly) refused as binary.
fn printable_text_line() -> impl Strategy<Value = String> {
    prop_oneof!["[^\\x00-\\x1f\\x7f]{1,40}", "(<i>)?(- )?[A-Za-zÁÉÍÓÚÑáéíóúñü¿¡?!,.;:' 0-9-]{1,40}(</i>)?",]
        .prop_filter("not blank, not a timing line", |l| !l.trim().is_empty() && !looks_like_timing(l))
}

fn subtitle(max_ms: u64) -> impl Strategy<Value = Subtitle> {
    subtitle_with(max_ms, text_line().boxed())
}

fn subtitle_with(max_ms: u64, line: BoxedStrategy<String>) -> impl Strategy<Value = Subtitle> {
    (0..=max_ms, 0..=max_ms, prop::collection::vec(line, 0..4)).prop_map(|(start, end, lines)| Subtitle {
        start: Timestamp::from_ms(start).expect("start in range"),
        end: Timestamp::from_ms(end).expect("end in range"),
        lines,
    })
}

fn line_endings() -> impl Strategy<Value = LineEndings> {
    prop_oneof![Just(LineEndings::Lf), Just(LineEndings::Crlf), Just(LineEndings::Cr)]
}

/// Everything a parsed document promises, whatever the input.
fn assert_document_invariants(bytes: &[u8]) -> Result<(), TestCaseError> {
    let Ok(doc) = parse_bytes(bytes, ParseOptions::default()) else {
        return Ok(()); // refused as binary or BOM-less UTF-16: a clean error, not a panic
    };
    for d in &doc.diagnostics {
        prop_assert!(d.line >= 1 && d.column >= 1, "1-based positions: {:?}", d);
        prop_assert!(d.span.start <= d.span.end && d.span.end <= doc.source.len(), "span in source: {:?}", d);
    }
    for (i, cue) in doc.cues.iter().enumerate() {
        prop_assert_eq!(cue.position, i + 1);
        prop_assert!(cue.first_line <= cue.timing.line && cue.timing.line <= cue.last_line);
        prop_assert!(doc.source.get(cue.block.clone()).is_some());
    }
    prop_assert_eq!(rewrite_times(&doc, |_| Rewrite::Keep), doc.source.clone());
    prop_assert_eq!(rewrite_times(&doc, |c| Rewrite::Times(c.start, c.end)), doc.source.clone());
    if doc.unparsed_blocks == 0 {
        let subtitles = doc.subtitles();
        let written = write_subtitles(&subtitles, &WriteOptions::default());
        let again = parse_str(&written);
        prop_assert_eq!(again.unparsed_blocks, 0);
        prop_assert_eq!(again.subtitles(), subtitles);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        assert_document_invariants(&bytes)?;
    }

    #[test]
    fn srt_shaped_soup_never_panics_and_keeps_its_promises(text in fragment_soup()) {
        assert_document_invariants(text.as_bytes())?;
    }

    #[test]
    fn generated_cues_survive_write_then_parse(
        subtitles in prop::collection::vec(subtitle(MAX_MS), 0..12),
        endings in line_endings(),
    ) {
        let options = WriteOptions { line_endings: endings, ..WriteOptions::default() };
        let written = write_subtitles(&subtitles, &options);
        let doc = parse_str(&written);
        prop_assert_eq!(doc.unparsed_blocks, 0, "{}", written);
        prop_assert_eq!(doc.subtitles(), subtitles);
        // Canonical input has nothing structural to report.
        let structural: Vec<_> = doc.diagnostics.iter().filter(|d| d.rule != "glyph").collect();
        prop_assert!(structural.is_empty(), "{:?}\n{}", structural, written);
    }

    #[test]
    fn canonical_files_are_a_fixed_point(
        subtitles in prop::collection::vec(subtitle_with(MAX_MS, printable_text_line().boxed()), 1..12),
        endings in line_endings(),
        bom in any::<bool>(),
    ) {
        let options = WriteOptions { line_endings: endings, ..WriteOptions::default() };
        let file = write_subtitles(&subtitles, &options);
        let mut bytes = if bom { "\u{feff}".as_bytes().to_vec() } else { Vec::new() };
        bytes.extend_from_slice(file.as_bytes());
        let doc = parse_bytes(&bytes, ParseOptions::default()).expect("UTF-8 text decodes");
        prop_assert_eq!(doc.bom, bom);
        let style = doc.line_endings.style();
        let rewritten = write_subtitles(&doc.subtitles(), &WriteOptions { line_endings: style, ..options });
        prop_assert_eq!(rewritten, file);
    }

    #[test]
    fn srtlib_agrees_on_well_formed_files(subtitles in prop::collection::vec(subtitle(99 * 3_600_000), 0..12)) {
        let file = write_subtitles(&subtitles, &WriteOptions::default());
        let ours = parse_str(&file);
        let theirs = srtlib::Subtitles::parse_from_str(file.clone()).expect("srtlib reads canonical SRT").to_vec();
        prop_assert_eq!(ours.cues.len(), theirs.len(), "{}", file);
        for (cue, other) in ours.cues.iter().zip(&theirs) {
            let (h, m, s, ms) = other.start_time.get();
            let start = ((u64::from(h) * 60 + u64::from(m)) * 60 + u64::from(s)) * 1000 + u64::from(ms);
            let (h, m, s, ms) = other.end_time.get();
            let end = ((u64::from(h) * 60 + u64::from(m)) * 60 + u64::from(s)) * 1000 + u64::from(ms);
            prop_assert_eq!((cue.start.ms(), cue.end.ms()), (start, end));
            prop_assert_eq!(cue.index.as_ref().and_then(|i| i.value), Some(other.num as u64));
            // srtlib keeps the file's final newline on the last cue's text.
            prop_assert_eq!(cue.text(&ours), other.text.trim_end_matches('\n'));
        }
    }

    #[test]
    fn canonical_times_parse_back(ms in 0..=MAX_MS) {
        let time = Timestamp::from_ms(ms).expect("in range");
        prop_assert_eq!(parse_time(&time.srt()), Ok(time));
        prop_assert_eq!(parse_time(&time.vtt()), Ok(time));
        prop_assert_eq!(parse_time(&format!("{ms}ms")), Ok(time));
    }
}
