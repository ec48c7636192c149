//! Structure rules: cue order and overlap, impossible or empty cues, encoding and line endings.
//!
//! Order and overlap are checked in one pass over the cues sorted by start time, comparing each
//! cue with the one that ends last before it: linear after the sort, never pairwise.
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::fix::{Proposal, edit};
use crate::check::rule::{Context, Findings, Rule};
use crate::decode::{EncodingSource, LineEndings};
use crate::diagnostic::Severity;
use crate::msg;
use crate::srt::Cue;

/// The structure rules this file implements, in catalogue order.
pub fn rules() -> Vec<Rule> {
    vec![
        Rule::new(&END_BEFORE_START, end_before_start),
        Rule::new(&OUT_OF_ORDER, out_of_order),
        Rule::new(&OVERLAP, overlap),
        Rule::new(&EMPTY_CUE, empty_cue),
        Rule::new(&ENCODING, encoding),
        Rule::new(&LINE_ENDINGS, line_endings),
    ]
}

/// The span of a cue's two timestamps (start of the first to end of the second).
pub fn timing_span(cue: &Cue) -> std::ops::Range<usize> {
    cue.timing.start_span.start..cue.timing.end_span.end
}

declare_rule! {
    /// a cue ends at or before the moment it starts
    ///
    /// **What it does.** Reports cues whose end time is not after their start time.
    ///
    /// **Why.** Such a cue is never shown: VLC skips it, cdown/srt drops it, and other players show it for a single frame or not at all. It is almost always a typo in one of the two times.
    ///
    /// **Source.** VLC `subtitle.c` requires start < stop; cdown/srt `sort_and_reindex` drops it.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:01:05,200 --> 00:01:04,900
    /// El autobús sale a las seis.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:01:05,200 --> 00:01:07,900
    /// El autobús sale a las seis.
    /// ```
    pub END_BEFORE_START {
        name: "end-before-start",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: None,
        reach: Cue,
        help: "give the cue an end time after its start time",
    }
}

fn end_before_start(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    for cue in &ctx.doc.cues {
        if cue.end <= cue.start {
            let (start, end) = (cue.start.to_string(), cue.end.to_string());
            let message = if cue.end == cue.start {
                crate::msg!("end-at-start", cue = cue.position, start = start, end = end)
            } else {
                crate::msg!("end-before-start", cue = cue.position, start = start, end = end)
            };
            out.push(ctx.finding(info, timing_span(cue), cue, message));
        }
    }
}

declare_rule! {
    /// a cue starts before the cue above it
    ///
    /// **What it does.** Reports each cue that starts earlier than the cue written before it.
    ///
    /// **Why.** SRT cues must be in time order. Players that read the file sequentially skip or mistime out-of-order cues, and converters may reorder them so that the numbering no longer matches what the translator reviewed.
    ///
    /// **Source.** Amazon SRT requirements ("timecodes linear").
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:10,000 --> 00:00:12,000
    /// Llegamos a Juárez.
    ///
    /// 2
    /// 00:00:05,000 --> 00:00:07,000
    /// Salimos de Durango.
    /// ```
    ///
    /// **Use instead.** Put the cues in time order (and renumber them).
    pub OUT_OF_ORDER {
        name: "out-of-order",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: None,
        reach: Near(1),
        help: "move the cue to its place in time order, or correct its times",
    }
}

fn out_of_order(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    for pair in ctx.doc.cues.windows(2) {
        let (previous, cue) = (&pair[0], &pair[1]);
        if cue.start < previous.start {
            let message = crate::msg!(
                "out-of-order",
                cue = cue.position,
                start = cue.start.to_string(),
                previous = previous.position,
                line = previous.timing.line,
                previous_start = previous.start.to_string()
            );
            out.push(ctx.finding(info, cue.timing.start_span.clone(), cue, message));
        }
    }
}

declare_rule! {
    /// a cue starts before an earlier cue has ended
    ///
    /// **What it does.** Reports each cue that starts while an earlier cue (in time) is still on screen, with the length of the overlap.
    ///
    /// **Why.** Overlapping subtitles stack on screen or replace each other unpredictably, and Netflix requires at least two frames between events, which an overlap can never meet.
    ///
    /// **Source.** Netflix Timed Text Style Guide, Subtitle Timing Guidelines (2-frame minimum gap).
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,500
    /// Mi papá construyó esta casa.
    ///
    /// 2
    /// 00:00:03,400 --> 00:00:05,000
    /// Ladrillo por ladrillo.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,317
    /// Mi papá construyó esta casa.
    ///
    /// 2
    /// 00:00:03,400 --> 00:00:05,000
    /// Ladrillo por ladrillo.
    /// ```
    ///
    /// **Fix.** For overlaps of up to 12 frames (`[thresholds] overlap-fix-frames`), ends the earlier cue 2 frames before the later one starts, when it still lasts the minimum duration and keeps its reading speed. Larger overlaps are only reported: one of the two cues is mistimed, and only a person can say which.
    pub OVERLAP {
        name: "overlap",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: Safe,
        reach: Earlier,
        help: "end the earlier cue before the later one starts, at least 2 frames before",
    }
}

/// Cue indices sorted by start time (then file position): the order timing rules walk in.
pub fn by_start(cues: &[Cue]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..cues.len()).collect();
    // Most files are already sorted: check before paying for a sort.
    if cues.windows(2).any(|w| w[1].start < w[0].start) {
        order.sort_by_key(|&i| (cues[i].start, i));
    }
    order
}

fn overlap(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let cues = &ctx.doc.cues;
    let order = by_start(cues);
    let fixable_ms = ctx.fps.frames_max_ms(ctx.thresholds.overlap_fix_frames);
    // The position in `order` of the cue that ends last among those seen so far.
    let mut latest: Option<usize> = None;
    for (k, &i) in order.iter().enumerate() {
        let cue = &cues[i];
        if let Some(p) = latest
            && let earlier = &cues[order[p]]
            && cue.start < earlier.end
        {
            let overlap_ms = earlier.end.ms() - cue.start.ms();
            let message = crate::msg!(
                "overlap",
                cue = cue.position,
                start = ctx.time(cue.start),
                overlap = overlap_ms,
                earlier = earlier.position,
                line = earlier.timing.line,
                earlier_end = ctx.time(earlier.end)
            );
            let mut diagnostic = ctx.finding(info, cue.timing.start_span.clone(), cue, message);
            if overlap_ms <= fixable_ms {
                crate::check::fix::attach(&mut diagnostic, super::timing::pull_back(ctx, &order, p, cue));
            }
            out.push(diagnostic);
        }
        if latest.is_none_or(|l| cue.end > cues[order[l]].end) {
            latest = Some(k);
        }
    }
}

declare_rule! {
    /// a cue with no visible text
    ///
    /// **What it does.** Reports cues that have no text lines, or whose text is only whitespace and markup (`<i></i>`, `{\an8}`).
    ///
    /// **Why.** An empty event flashes nothing on screen but still counts as an event: it breaks gap and chaining rules for its neighbours, and some QC tools reject the file outright. cdown/srt drops such cues.
    ///
    /// **Source.** cdown/srt `SUBTITLE_SKIP_CONDITIONS`; Amazon SRT requirements (every block has "one or two lines" of text).
    ///
    /// **Example.**
    /// ```srt
    /// 4
    /// 00:00:09,000 --> 00:00:10,000
    /// <i></i>
    /// ```
    ///
    /// **Use instead.** Delete the block (and renumber), or give it its text.
    pub EMPTY_CUE {
        name: "empty-cue",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: None,
        reach: Cue,
        help: "give the cue its text, or delete the cue",
    }
}

fn empty_cue(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    for (cue, plain) in ctx.doc.cues.iter().zip(ctx.plain) {
        let empty = plain.lines.iter().all(|line| line.trim().is_empty());
        if empty {
            let message = if cue.lines.is_empty() {
                crate::msg!("empty-cue", cue = cue.position)
            } else {
                crate::msg!("empty-cue-invisible", cue = cue.position)
            };
            out.push(ctx.finding(info, cue.timing.span.clone(), cue, message));
        }
    }
}

declare_rule! {
    /// the file is not UTF-8, or starts with a byte-order mark
    ///
    /// **What it does.** Reports a file that is not encoded in UTF-8 (naming the encoding found, by its WHATWG name such as `windows-1252` or `utf-16le`) as an error, and a UTF-8 file that starts with a byte-order mark as a warning.
    ///
    /// **Why.** Amazon, Filmhub and most aggregators require UTF-8. Spanish subtitles often arrive as Windows-1252, which shows `Ã±` instead of `ñ` on any player that assumes UTF-8. A BOM is tolerated by most players but not all, and Subtitle Edit's own docs recommend UTF-8 without one.
    ///
    /// **Source.** Amazon Prime Video SRT requirements (UTF-8); Filmhub text-track spec; Subtitle Edit `docs/reference/subrip.md`.
    ///
    /// **Example.** A file saved as Windows-1252 (`¿Adónde vas?` stored as the byte `0xBF` for `¿`).
    ///
    /// **Use instead.** The same text saved as UTF-8 without a BOM.
    ///
    /// **Fix.** Writes the file as UTF-8 without a BOM. The text is unchanged; only its bytes are. When the encoding was guessed (no BOM, not valid UTF-8), check the result: use `--encoding` to say what the file really is.
    pub ENCODING {
        name: "encoding",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: Safe,
        reach: File,
        help: "save the file as UTF-8 without a byte-order mark",
    }
}

fn encoding(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let doc = ctx.doc;
    let name = doc.encoding.name();
    let (severity, message, description) = if !doc.encoding.is_utf8() {
        let how = match doc.encoding_source {
            EncodingSource::Bom => msg!("encoding-from-bom"),
            // Valid UTF-8 is never another encoding: named with the detected ones.
            EncodingSource::Detected | EncodingSource::ValidUtf8 => msg!("encoding-detected"),
            EncodingSource::Override => msg!("encoding-given"),
        };
        (Severity::Error, msg!("encoding-not-utf8", name = name, how = how), msg!("fix-encoding-reencode"))
    } else if doc.bom {
        (Severity::Warning, msg!("encoding-bom"), msg!("fix-encoding-bom"))
    } else {
        return;
    };
    let mut diagnostic = doc.diagnostic(info.name, severity, 0..0, None, String::new());
    crate::ui::set_message(&mut diagnostic, message);
    // No text edits: the writer changes the bytes (see `fix::apply`).
    Proposal { description, edits: Vec::new() }.attach(&mut diagnostic);
    out.push(diagnostic);
}

declare_rule! {
    /// the file mixes CRLF, LF and CR line endings
    ///
    /// **What it does.** Reports a file that uses more than one line-ending style, with the count of each, at the first line break that differs from the most common style.
    ///
    /// **Why.** Mixed endings come from pasting between editors. Lone CRs look like one long line to many tools, and some parsers read a stray CR as part of the text.
    ///
    /// **Source.** SRT was CRLF originally and LF is widely supported, but one style per file is the delivery norm.
    ///
    /// **Example.** A CRLF file where three cues pasted from another file end their lines with LF.
    ///
    /// **Use instead.** One style throughout.
    ///
    /// **Fix.** Rewrites every line break in the file's most common style.
    pub LINE_ENDINGS {
        name: "line-endings",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: File,
        help: "use one kind of line ending throughout the file",
    }
}

fn line_endings(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let doc = ctx.doc;
    let counts = doc.line_endings;
    if counts.style() != LineEndings::Mixed {
        return;
    }
    let dominant = counts.dominant();
    let newline = dominant.newline();
    let bytes = doc.source.as_bytes();
    let mut edits = Vec::new();
    let mut pos = 0;
    while let Some(found) = memchr::memchr2(b'\n', b'\r', &bytes[pos..]) {
        let at = pos + found;
        let (kind, len) = match bytes[at] {
            b'\r' if bytes.get(at + 1) == Some(&b'\n') => (LineEndings::Crlf, 2),
            b'\r' => (LineEndings::Cr, 1),
            _ => (LineEndings::Lf, 1),
        };
        if kind != dominant {
            edits.push(edit(doc, at..at + len, newline));
        }
        pos = at + len;
    }
    let Some(first) = edits.first() else { return };
    let name = |style: LineEndings| style.name().to_ascii_uppercase();
    // "3 CRLF": a count and a style's name, the same in every language.
    let parts: Vec<String> =
        [(counts.crlf, LineEndings::Crlf), (counts.lf, LineEndings::Lf), (counts.cr, LineEndings::Cr)]
            .into_iter()
            .filter(|(count, _)| *count > 0)
            .map(|(count, style)| format!("{count} {}", name(style)))
            .collect();
    let message = msg!("line-endings", counts = parts.join(", "), dominant = name(dominant));
    let mut diagnostic = doc.diagnostic(info.name, info.default_severity, first.range.clone(), None, String::new());
    crate::ui::set_message(&mut diagnostic, message);
    Proposal { description: msg!("fix-line-endings", dominant = name(dominant)), edits }.attach(&mut diagnostic);
    out.push(diagnostic);
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{check_with, findings};

    #[test]
    fn end_before_start_and_zero_length() {
        let text = "1\n00:00:02,000 --> 00:00:01,000\nA.\n\n2\n00:00:03,000 --> 00:00:03,000\nB.\n\n3\n00:00:04,000 --> 00:00:05,000\nC.\n";
        assert_eq!(findings(text, "end-before-start"), vec![(2, 1), (6, 1)]);
    }

    #[test]
    fn out_of_order_is_reported_once_at_the_misplaced_cue() {
        let text = "1\n00:00:05,000 --> 00:00:06,000\nA.\n\n2\n00:00:01,000 --> 00:00:02,000\nB.\n\n3\n00:00:07,000 --> 00:00:08,000\nC.\n";
        assert_eq!(findings(text, "out-of-order"), vec![(6, 1)]);
        let sorted = "1\n00:00:01,000 --> 00:00:02,000\nA.\n\n2\n00:00:01,000 --> 00:00:03,000\nB.\n";
        assert!(findings(sorted, "out-of-order").is_empty());
    }

    #[test]
    fn overlap_finds_a_long_cue_covering_later_ones() {
        let text = "1\n00:00:01,000 --> 00:00:10,000\nA.\n\n2\n00:00:02,000 --> 00:00:03,000\nB.\n\n3\n00:00:04,000 --> 00:00:05,000\nC.\n\n4\n00:00:10,000 --> 00:00:11,000\nD.\n";
        // Cues 2 and 3 start inside cue 1; cue 4 starts exactly when cue 1 ends (no overlap).
        assert_eq!(findings(text, "overlap"), vec![(6, 1), (10, 1)]);
        let diags = check_with(text, &["overlap"]);
        assert!(diags[0].message.contains("8000 ms before cue 1"), "{}", diags[0].message);
    }

    #[test]
    fn empty_and_markup_only_cues() {
        let text = "1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\n<i> </i>\n\n3\n00:00:05,000 --> 00:00:06,000\n<i>Sí.</i>\n";
        assert_eq!(findings(text, "empty-cue"), vec![(2, 1), (5, 1)]);
    }

    #[test]
    fn mixed_line_endings_point_at_the_first_minority_break() {
        let text = "1\r\n00:00:01,000 --> 00:00:02,000\r\nA.\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nB.\r\n";
        assert_eq!(findings(text, "line-endings"), vec![(3, 3)]);
        let diags = check_with(text, &["line-endings"]);
        let fix = diags[0].fix.as_ref().expect("fixable");
        assert_eq!(fix.edits.len(), 1);
        assert_eq!(fix.edits[0].replacement, "\r\n");
        assert!(findings("1\r\n00:00:01,000 --> 00:00:02,000\r\nA.\r\n", "line-endings").is_empty());
    }
}
