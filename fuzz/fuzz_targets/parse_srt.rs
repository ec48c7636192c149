//! Decode and parse arbitrary bytes as SRT. Never panic; an identity rewrite reproduces the
//! source byte for byte; and when every block was read, write → reparse gives the same cues. A
//! line of only white space (spaces, tabs, NBSP, U+3000, U+2028, NEL, FF) is never a blank line:
//! it stays in its cue, named by a `blank-line-in-cue` finding.
#![no_main]
use dejamos::srt::{
    ParseOptions, Rewrite, WriteOptions, is_blank_line, parse_bytes, parse_str, rewrite_times, write_subtitles,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = parse_bytes(data, ParseOptions::default()) else {
        return;
    };
    for d in &doc.diagnostics {
        assert!(d.line >= 1 && d.column >= 1, "positions are 1-based: {d:?}");
        assert!(d.span.start <= d.span.end && d.span.end <= doc.source.len(), "span inside the source: {d:?}");
    }
    for cue in &doc.cues {
        for line in &cue.lines {
            let text = &doc.source[line.span.clone()];
            assert!(!is_blank_line(text), "a blank line inside cue {}: {text:?}", cue.position);
            if text.trim().is_empty() {
                assert!(
                    doc.diagnostics.iter().any(|d| d.rule == "blank-line-in-cue" && d.line == line.line),
                    "a line of white space at line {} is not named",
                    line.line
                );
            }
        }
    }
    assert_eq!(rewrite_times(&doc, |_| Rewrite::Keep), doc.source, "Keep must reproduce the source");
    assert_eq!(
        rewrite_times(&doc, |cue| Rewrite::Times(cue.start, cue.end)),
        doc.source,
        "unchanged times must keep their spelling"
    );
    if doc.unparsed_blocks == 0 {
        let subtitles = doc.subtitles();
        let written = write_subtitles(&subtitles, &WriteOptions::default());
        let again = parse_str(&written);
        assert_eq!(again.unparsed_blocks, 0, "canonical output must parse fully:\n{written}");
        assert_eq!(again.subtitles(), subtitles, "write → parse changed the cues:\n{written}");
        // Canonical output is a fixed point.
        assert_eq!(write_subtitles(&again.subtitles(), &WriteOptions::default()), written);
    }
});
