//! Retime arbitrary files with arbitrary operations. Never panic; on success the output reads
//! back with the same cues (less any `--clamp` dropped) and the same text, and with an identity
//! plan every byte is kept.
//!
//! Input: `shift|scale|fps|sync,sync|cues-or-range|flags` on the first line, the file after it.
#![no_main]
use dejamos::retime::{Anchor, ApplyOptions, FpsSpec, Operations, Plan, Ratio, Selection, retime};
use dejamos::srt::{ParseOptions, parse_bytes, parse_str};
use dejamos::time::parse_duration;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|&b| b == b'\n').unwrap_or(data.len());
    let Ok(spec) = std::str::from_utf8(&data[..split]) else { return };
    let file = data.get(split + 1..).unwrap_or(&[]);
    let fields: Vec<&str> = spec.split('|').collect();
    let field = |i: usize| fields.get(i).copied().filter(|f| !f.is_empty());
    let ops = Operations {
        shift: field(0).and_then(|f| parse_duration(f).ok()),
        scale: field(1).and_then(|f| Ratio::parse(f).ok()),
        fps: field(2).and_then(|f| FpsSpec::parse(f).ok()),
        sync: field(3).map_or_else(Vec::new, |f| f.split(',').filter_map(|a| Anchor::parse(a).ok()).collect()),
        selection: match field(4) {
            Some(f) if f.contains(':') || f.contains('s') => Selection::parse_times(f).unwrap_or(Selection::All),
            Some(f) => Selection::parse_cues(f).unwrap_or(Selection::All),
            None => Selection::All,
        },
        snap: field(5).is_some_and(|f| f.contains('s')),
    };
    let clamp = field(5).is_some_and(|f| f.contains('c'));
    let Ok(doc) = parse_bytes(file, ParseOptions::default()) else { return };
    let Ok(plan) = Plan::build(&ops, &doc) else { return };
    let Ok(done) = retime(&doc, &plan, ApplyOptions { clamp }) else { return };
    assert_eq!(done.cues, doc.cues.len());
    assert!(done.changed <= done.cues && done.dropped <= done.cues);
    let again = parse_str(&done.text);
    assert_eq!(again.cues.len() + done.dropped, doc.cues.len(), "cues lost or gained:\n{}", done.text);
    if done.dropped == 0 {
        for (before, after) in doc.cues.iter().zip(&again.cues) {
            assert_eq!(before.text(&doc), after.text(&again), "retiming changed cue text");
        }
    }
    if done.changed == 0 && done.dropped == 0 {
        assert_eq!(done.text, doc.source, "nothing moved, so every byte must be kept");
    }
});
