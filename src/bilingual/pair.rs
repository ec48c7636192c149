//! `pair`: compare two language versions of one film cue by cue.
//!
//! The files are aligned by time ([`super::align`]); every finding is reported on the first file
//! (`line`, `column`) and carries the second file's line in `other_line`.
use super::align::{self, Alignment, Span};
use super::{Lang, cue_language, normalize_text};
use crate::check::declare::{RuleInfo, declare_rule};
use crate::diagnostic::{Diagnostic, Message};
use crate::msg;
use crate::report::{AlignedRow, FileDetail, PairView, cue_briefs};
use crate::srt::{Cue, Document};
use crate::time::FrameRate;
use crate::visible::visible_text;
use crate::wording::shorten;

/// `text` shortened for a message (the bundles set it in their language's quotation marks).
fn quote(text: &str, max: usize) -> String {
    shorten(text, max)
}

/// A signed offset in seconds as the interface writes it: `+1.500s`, `-0.042s` (`+1,500s` in
/// Spanish); without its sign when `signed` is false (a tolerance).
pub fn offset(ms: i64, signed: bool) -> Message {
    let sign = match (signed, ms < 0) {
        (false, _) => "",
        (true, true) => "-",
        (true, false) => "+",
    };
    let seconds = crate::ui::Arg::Fixed(ms.unsigned_abs() as f64 / 1000.0, 3);
    msg!("pair-offset", sign = sign, seconds = seconds)
}

/// A language's name as the interface says it (`Spanish`, `español`).
pub fn language_name(lang: Lang) -> Message {
    match lang {
        Lang::Spanish => msg!("pair-lang-es"),
        Lang::English => msg!("pair-lang-en"),
        Lang::Other => msg!("pair-lang-other"),
    }
}

/// A finding of `pair` on the first file, its message given as an id with arguments.
fn finding(
    a: &Document,
    info: &RuleInfo,
    span: std::ops::Range<usize>,
    cue: Option<usize>,
    message: Message,
) -> Diagnostic {
    let mut d = a.diagnostic(info.name, info.default_severity, span, cue, String::new());
    crate::ui::set_message(&mut d, message);
    d
}

/// Rule names `pair` reports.
pub mod rules {
    /// A cue with no overlapping cue in the other file.
    pub const MISSING_COUNTERPART: &str = "missing-counterpart";
    /// Aligned 1:1 cues whose start or end differ by more than the tolerance.
    pub const TIMING_MISMATCH: &str = "timing-mismatch";
    /// A cue whose text is the same in both files, or written in the other file's language.
    pub const UNTRANSLATED: &str = "untranslated";
    /// One cue aligned to several in the other file.
    pub const SPLIT_MERGE: &str = "split-merge";
}

/// Catalogue entries of the `pair` rules, in report order.
pub static RULES: &[&RuleInfo] = &[&MISSING_COUNTERPART, &TIMING_MISMATCH, &UNTRANSLATED, &SPLIT_MERGE];

/// [`RULES`] as values, for reports.
pub fn rule_infos() -> Vec<RuleInfo> {
    RULES.iter().map(|r| **r).collect()
}

declare_rule! {
    /// A cue has no cue overlapping it in the other language's file
    ///
    /// **What:** a cue in one file that no cue in the other file overlaps in time.
    ///
    /// **Why:** both language versions are cut from one timing template, so every line of dialogue
    /// should be on screen in both. A cue with nothing opposite it is usually a line the translator
    /// skipped, or a cue deleted by accident while editing. The finding is reported at the cue's
    /// line in the first file; when the cue exists only in the second file, `line` points at the
    /// nearest cue of the first file and `other_line` at the lone cue.
    ///
    /// **Bad:**
    ///
    /// ```
    /// es.srt  12  00:01:02,000 --> 00:01:04,500   ¿Ya comiste, mijo?
    /// en.srt      (nothing between 00:01:00 and 00:01:06)
    /// ```
    ///
    /// **Good:** the English file has a cue in the same time range: `Did you eat yet, son?`
    pub MISSING_COUNTERPART {
        name: "missing-counterpart",
        command: Pair,
        category: Bilingual,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: None,
        reach: File,
        help: "add the missing cue to the other file, or check that both files are of the same cut",
    }
}

declare_rule! {
    /// Aligned cues start or end more than the tolerance apart
    ///
    /// **What:** two cues aligned one to one whose starts or ends differ by more than the tolerance
    /// (default: 2 frames at `--fps`, 84 ms at 23.976: frame durations are rounded up, so times
    /// exactly two frames apart, which milliseconds show as 83 or 84 ms, always pass).
    ///
    /// **Why:** cues of both languages should appear and disappear on the same frames: audiences who
    /// read both (and dual-language screenings made with `dejamos merge`) see the difference, and a
    /// drift usually means one file was retimed and the other was not. Netflix allows in-times within
    /// 1–2 frames of the audio, so 2 frames is the default tolerance.
    ///
    /// **Bad:** `00:01:02,000 --> 00:01:04,500` opposite `00:01:02,250 --> 00:01:04,500`.
    ///
    /// **Good:** both files say `00:01:02,000 --> 00:01:04,500`.
    pub TIMING_MISMATCH {
        name: "timing-mismatch",
        command: Pair,
        category: Bilingual,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: None,
        reach: File,
        help: "retime one file to the other, or align the two cues by hand",
    }
}

declare_rule! {
    /// A cue's text is identical in both files, or is in the other file's language
    ///
    /// **What:** aligned cues whose text is the same in both files once tags, punctuation and case
    /// are ignored, or a cue written in the other file's language.
    ///
    /// **Why:** a line left in the source language is the most common translation slip and is easy
    /// to miss in a long file. Cues without letters (music notes, numbers) are not reported, nor is
    /// anything when both files are known to be in the same language (two versions of one file).
    /// The language test needs the language detector to be confident about both the file and the cue;
    /// identical text needs no detector, but names, interjections and words both languages share
    /// (`¡Julián!` / `Julián!`, `No.`, `¿Taxi?`: fewer than three words, or every word capitalized)
    /// are not reported.
    ///
    /// **Bad:** `es.srt` and `en.srt` both say `We're leaving for El Paso tomorrow.`
    ///
    /// **Good:** `es.srt` says `Mañana nos vamos a El Paso.`
    pub UNTRANSLATED {
        name: "untranslated",
        command: Pair,
        category: Bilingual,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: None,
        reach: File,
        help: "translate the cue in the file whose language it is not in",
    }
}

declare_rule! {
    /// One cue is aligned to several cues in the other file
    ///
    /// **What:** one cue aligned to several cues in the other file (the translator merged two cues
    /// into one, or split one in two).
    ///
    /// **Why:** this is often deliberate (languages differ in length), so it is only information;
    /// but it changes the cue count between the files and is worth a look when a file must follow
    /// the template one to one.
    ///
    /// **Example:** `es.srt` cues 40–41 (`¿Y la casa?` / `Ya casi está.`) opposite `en.srt` cue 40
    /// (`And the house? Almost done.`).
    pub SPLIT_MERGE {
        name: "split-merge",
        command: Pair,
        category: Bilingual,
        langs: ALL,
        formats: SUBTITLES,
        severity: Info,
        fix: None,
        reach: File,
        help: "split or merge cues so both files have the same cue breaks, if the delivery needs them",
    }
}

/// Settings for [`pair`].
#[derive(Debug, Clone)]
pub struct PairOptions {
    /// Largest start or end difference (ms) for aligned cues before `timing-mismatch`.
    pub tolerance_ms: i64,
    /// How to name the second file in messages (its path as given).
    pub b_name: String,
    /// Language of the first file, if known.
    pub a_lang: Option<Lang>,
    /// Language of the second file, if known.
    pub b_lang: Option<Lang>,
    /// The language of one cue's text, when the detector is confident
    /// ([`super::cue_language`] unless a caller brings its own).
    pub cue_language: fn(&str) -> Option<Lang>,
}

impl PairOptions {
    /// Options with this tolerance and second-file name, languages unknown.
    pub fn new(tolerance_ms: i64, b_name: impl Into<String>) -> Self {
        PairOptions { tolerance_ms, b_name: b_name.into(), a_lang: None, b_lang: None, cue_language }
    }
}

/// Counts and offsets over an aligned pair of files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PairStats {
    /// Cues in the first file.
    pub a_cues: usize,
    /// Cues in the second file.
    pub b_cues: usize,
    /// Aligned groups (a 1:1 pair or a split/merge).
    pub groups: usize,
    /// Groups that are plain 1:1 pairs.
    pub pairs: usize,
    /// Cues of the first file with no counterpart.
    pub a_missing: usize,
    /// Cues of the second file with no counterpart.
    pub b_missing: usize,
    /// Median of (second start − first start) over 1:1 pairs, in ms.
    pub median_offset_ms: Option<i64>,
    /// The start difference with the largest magnitude over 1:1 pairs, in ms.
    pub largest_offset_ms: Option<i64>,
    /// The 1-based cue positions (first file, second file) where the largest difference is.
    pub largest_offset_at: Option<(usize, usize)>,
}

impl PairStats {
    /// The summary `pair` prints after its findings, a message a line: the cue counts, the
    /// alignment, and the start offsets of the second file (`b`) against the first (`a`), each
    /// file named as given.
    pub fn summary(&self, a: &str, b: &str) -> Vec<Message> {
        let counts = msg!("pair-summary-cues", a = a, a_cues = self.a_cues, b = b, b_cues = self.b_cues);
        let aligned = msg!(
            "pair-summary-aligned",
            groups = self.groups,
            pairs = self.pairs,
            split = self.groups - self.pairs,
            a = a,
            a_missing = self.a_missing,
            b = b,
            b_missing = self.b_missing
        );
        let offsets = match (self.median_offset_ms, self.largest_offset_ms, self.largest_offset_at) {
            (Some(median), Some(largest), Some((at_a, at_b))) => msg!(
                "pair-summary-offset",
                a = a,
                b = b,
                median = offset(median, true),
                largest = offset(largest, true),
                at_a = at_a,
                at_b = at_b
            ),
            _ => msg!("pair-summary-no-offset"),
        };
        vec![counts, aligned, offsets]
    }
}

/// The last line of `pair`'s summary: the transform that would sync the second file (`b`) to
/// the first (`a`), as [`super::sync::fit`] found it, and its score; or that it is in sync
/// already, or that no transform was found.
pub fn sync_summary(fit: &super::sync::Result<super::sync::SyncFit>, a: &str, b: &str) -> Message {
    let score = |fit: &super::sync::SyncFit| crate::ui::Arg::Fixed(fit.score * 100.0, 1);
    match fit {
        Ok(fit) if fit.in_sync => msg!(
            "pair-sync-in-sync",
            b = b,
            a = a,
            description = fit.described.clone(),
            tolerance = fit.tolerance_ms,
            score = score(fit)
        ),
        Ok(fit) => {
            // A fit with cuts names its segments already; one without says there is one.
            let segments = if fit.segments.len() == 1 { msg!("pair-sync-one-segment") } else { msg!("sync-nothing") };
            msg!(
                "pair-sync",
                b = b,
                a = a,
                description = fit.described.clone(),
                segments = segments,
                score = score(fit)
            )
        }
        Err(_) => msg!("pair-sync-none", b = b, a = a),
    }
}

/// What [`pair`] found.
#[derive(Debug, Clone)]
pub struct PairResult {
    /// Findings, sorted by position in the first file.
    pub diagnostics: Vec<Diagnostic>,
    /// Counts and offsets for the summary.
    pub stats: PairStats,
    /// The alignment the findings are based on.
    pub alignment: Alignment,
}

/// Compare two language versions of one film.
pub fn pair(a: &Document, b: &Document, options: &PairOptions) -> PairResult {
    let alignment = align::align(a, b);
    let mut out = Vec::new();
    let other = options.b_name.as_str();
    let (near_a, near_b) = (Nearest::new(a), Nearest::new(b));

    for &ai in &alignment.a_alone {
        let Some(cue) = a.cues.get(ai) else { continue };
        let message = msg!(
            "pair-missing-counterpart",
            cue = cue.position,
            start = cue.start.to_string(),
            end = cue.end.to_string(),
            text = quote(&visible_text(cue, a), 40),
            other = other,
        );
        let mut d = finding(a, &MISSING_COUNTERPART, cue.timing.span.clone(), Some(cue.position), message);
        d.other_line = near_b.at(cue.start.signed()).map(|c| c.timing.line);
        out.push(d);
    }
    for &bi in &alignment.b_alone {
        let Some(cue) = b.cues.get(bi) else { continue };
        let message = msg!(
            "pair-missing-counterpart-here",
            cue = cue.position,
            start = cue.start.to_string(),
            end = cue.end.to_string(),
            text = quote(&visible_text(cue, b), 40),
            other = other,
        );
        // Point at the place in the first file where the counterpart would be.
        let span = near_a.at(cue.start.signed()).map_or(0..0, |near| near.timing.span.clone());
        let mut d = finding(a, &MISSING_COUNTERPART, span, None, message);
        d.other_line = Some(cue.timing.line);
        out.push(d);
    }

    let mut offsets = Vec::new();
    let mut largest: Option<(i64, usize, usize)> = None;
    let mut pairs = 0;
    for group in &alignment.groups {
        let a_cues: Vec<&Cue> = group.a.iter().filter_map(|&i| a.cues.get(i)).collect();
        let b_cues: Vec<&Cue> = group.b.iter().filter_map(|&i| b.cues.get(i)).collect();
        if a_cues.is_empty() || b_cues.is_empty() {
            continue;
        }
        if let ([ca], [cb]) = (a_cues.as_slice(), b_cues.as_slice()) {
            pairs += 1;
            let start_delta = cb.start.signed() - ca.start.signed();
            let end_delta = cb.end.signed() - ca.end.signed();
            offsets.push(start_delta);
            if largest.is_none_or(|(l, _, _)| start_delta.abs() > l.abs()) {
                largest = Some((start_delta, ca.position, cb.position));
            }
            if start_delta.abs() > options.tolerance_ms || end_delta.abs() > options.tolerance_ms {
                let message = msg!(
                    "pair-timing-mismatch",
                    start_delta = offset(start_delta, true),
                    end_delta = offset(end_delta, true),
                    other = other,
                    cue = cb.position,
                    start = cb.start.to_string(),
                    end = cb.end.to_string(),
                    tolerance = offset(options.tolerance_ms, false),
                );
                let mut d = finding(a, &TIMING_MISMATCH, ca.timing.span.clone(), Some(ca.position), message);
                d.other_line = Some(cb.timing.line);
                out.push(d);
            }
        } else {
            out.push(split_merge(a, &a_cues, &b_cues, other));
        }
        if let Some(d) = untranslated(a, b, &a_cues, &b_cues, options) {
            out.push(d);
        }
    }

    out.sort_by(|x, y| x.sort_key().cmp(&y.sort_key()).then(x.other_line.cmp(&y.other_line)));
    offsets.sort_unstable();
    let stats = PairStats {
        a_cues: a.cues.len(),
        b_cues: b.cues.len(),
        groups: alignment.groups.len(),
        pairs,
        a_missing: alignment.a_alone.len(),
        b_missing: alignment.b_alone.len(),
        median_offset_ms: median(&offsets),
        largest_offset_ms: largest.map(|(l, _, _)| l),
        largest_offset_at: largest.map(|(_, pa, pb)| (pa, pb)),
    };
    PairResult { diagnostics: out, stats, alignment }
}

/// A pair's [`FileDetail`] for the HTML and CSV reports (file number 1): the first file's cues,
/// with the findings about them counted, and the second file aligned with them row by row, in
/// time order. A finding about a cue only the second file has is counted on that cue.
pub fn report_detail(
    a: &Document,
    b: &Document,
    result: &PairResult,
    b_path: &str,
    b_language: Option<String>,
    tolerance_ms: i64,
    fps: FrameRate,
) -> FileDetail {
    let a_cues = cue_briefs(a, &result.diagnostics);
    let mut b_cues = cue_briefs(b, &[]);
    let alone: Vec<Diagnostic> = result
        .diagnostics
        .iter()
        .filter(|d| d.cue.is_none())
        .filter_map(|d| {
            let at = b_cues.iter().find(|c| Some(c.line) == d.other_line)?;
            Some(Diagnostic { cue: Some(at.position), ..d.clone() })
        })
        .collect();
    if !alone.is_empty() {
        b_cues = cue_briefs(b, &alone);
    }
    let alignment = &result.alignment;
    let mut rows: Vec<AlignedRow> =
        alignment.groups.iter().map(|g| AlignedRow { a: g.a.clone(), b: g.b.clone() }).collect();
    rows.extend(alignment.a_alone.iter().map(|&i| AlignedRow { a: vec![i], b: Vec::new() }));
    rows.extend(alignment.b_alone.iter().map(|&i| AlignedRow { a: Vec::new(), b: vec![i] }));
    let start = |row: &AlignedRow| {
        let a_start = row.a.iter().filter_map(|&i| a.cues.get(i)).map(|c| c.start).min();
        let b_start = row.b.iter().filter_map(|&i| b.cues.get(i)).map(|c| c.start).min();
        // A row of the first file's cues comes before a row of the second's at the same time.
        (a_start.into_iter().chain(b_start).min(), row.a.is_empty())
    };
    rows.sort_by_key(start);
    let view = PairView { path: b_path.to_string(), language: b_language, cues: b_cues, rows, tolerance_ms };
    FileDetail { cues: Some(a_cues), fps, pair: Some(view), ..FileDetail::numbered(1) }
}

/// The median of sorted values (the lower middle for even counts, so it is a real offset).
fn median(sorted: &[i64]) -> Option<i64> {
    if sorted.is_empty() { None } else { sorted.get((sorted.len() - 1) / 2).copied() }
}

/// Finds the cue of a document nearest to a time, by binary search over the cues sorted by start.
struct Nearest<'a> {
    doc: &'a Document,
    /// (start ms, index into `doc.cues`), sorted.
    starts: Vec<(i64, usize)>,
}

impl<'a> Nearest<'a> {
    fn new(doc: &'a Document) -> Self {
        let mut starts: Vec<(i64, usize)> = doc.cues.iter().enumerate().map(|(i, c)| (c.start.signed(), i)).collect();
        starts.sort_unstable();
        Nearest { doc, starts }
    }

    /// The cue closest to `time`: the last one starting at or before it, unless the next one
    /// starts closer than that one ends.
    fn at(&self, time: i64) -> Option<&'a Cue> {
        let after = self.starts.partition_point(|&(start, _)| start <= time);
        let before = after.checked_sub(1).and_then(|i| self.starts.get(i)).and_then(|&(_, i)| self.doc.cues.get(i));
        let next = self.starts.get(after).and_then(|&(_, i)| self.doc.cues.get(i));
        match (before, next) {
            (Some(b), Some(n)) => {
                let gap_before = (time - Span::of(b).end).max(0);
                let gap_after = n.start.signed() - time;
                Some(if gap_after < gap_before { n } else { b })
            }
            (b, n) => b.or(n),
        }
    }
}

/// `cues 12–13`, `cues 12, 14` or `cue 12`.
fn cue_range(cues: &[&Cue]) -> Message {
    match (cues.first(), cues.last()) {
        (Some(first), Some(last)) if cues.len() > 1 => {
            let contiguous = cues.windows(2).all(|w| w[1].position == w[0].position + 1);
            if contiguous {
                msg!("pair-cues-range", first = first.position, last = last.position)
            } else {
                let list: Vec<String> = cues.iter().map(|c| c.position.to_string()).collect();
                msg!("pair-cues-list", list = list.join(", "))
            }
        }
        (Some(first), _) => msg!("pair-cue", cue = first.position),
        _ => msg!("pair-no-cue"),
    }
}

fn split_merge(a: &Document, a_cues: &[&Cue], b_cues: &[&Cue], other: &str) -> Diagnostic {
    let (here, there) = (cue_range(a_cues), cue_range(b_cues));
    let message = match (a_cues.len(), b_cues.len()) {
        (1, _) => msg!("pair-split", here = here, other = other, there = there),
        (_, 1) => msg!("pair-merged", here = here, other = other, there = there),
        _ => msg!("pair-overlap-group", here = here, other = other, there = there),
    };
    let first_a = a_cues.first().copied();
    let span = first_a.map_or(0..0, |c| c.timing.span.clone());
    let mut d = finding(a, &SPLIT_MERGE, span, first_a.map(|c| c.position), message);
    d.other_line = b_cues.first().map(|c| c.timing.line);
    d
}

/// `untranslated` for one aligned group: identical text, else a cue in the other file's language.
fn untranslated(
    a: &Document,
    b: &Document,
    a_cues: &[&Cue],
    b_cues: &[&Cue],
    options: &PairOptions,
) -> Option<Diagnostic> {
    let (first_a, first_b) = (a_cues.first()?, b_cues.first()?);
    if options.a_lang.is_some() && options.a_lang == options.b_lang {
        // Two versions of one language: identical lines are expected, not untranslated.
        return None;
    }
    let join = |doc: &Document, cues: &[&Cue]| -> String {
        cues.iter().map(|c| visible_text(c, doc)).filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" ")
    };
    let (a_text, b_text) = (join(a, a_cues), join(b, b_cues));
    let a_norm = normalize_text(&a_text);
    let b_norm = normalize_text(&b_text);
    let text_line = |cue: &Cue| cue.lines.first().map_or(cue.timing.line, |l| l.line);
    let a_span = match (first_a.lines.first(), first_a.lines.last()) {
        (Some(f), Some(l)) => f.span.start..l.span.end,
        _ => first_a.timing.span.clone(),
    };
    let other = options.b_name.as_str();
    let has_letters = a_norm.chars().any(char::is_alphabetic);
    // Names, interjections and words both languages share (`¡Julián!` / `Julián!`, `No.`,
    // `¿Taxi?`) read the same in both files: as for `wrong-language`, identical text counts
    // only from three words on, and not when every word is capitalized (a name or a title).
    let message = if has_letters && a_norm == b_norm {
        let ev = crate::lang::evidence(&a_text);
        if ev.words < 3 || ev.capitalized == ev.words {
            return None;
        }
        msg!("pair-same-text", other = other, cues = cue_range(b_cues), text = quote(&a_text, 50))
    } else {
        let (a_lang, b_lang) = (options.a_lang?, options.b_lang?);
        if a_lang == b_lang {
            return None;
        }
        if (options.cue_language)(&a_text) == Some(b_lang) {
            msg!(
                "pair-in-other-language",
                cues = cue_range(a_cues),
                count = a_cues.len(),
                language = language_name(b_lang),
                other = other,
                expected = language_name(a_lang),
                text = quote(&a_text, 50),
            )
        } else if (options.cue_language)(&b_text) == Some(a_lang) {
            msg!(
                "pair-other-in-this-language",
                other = other,
                cues = cue_range(b_cues),
                count = b_cues.len(),
                language = language_name(a_lang),
                expected = language_name(b_lang),
                text = quote(&b_text, 50),
            )
        } else {
            return None;
        }
    };
    let mut d = finding(a, &UNTRANSLATED, a_span, Some(first_a.position), message);
    d.other_line = Some(text_line(first_b));
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::srt::parse_str;

    fn options() -> PairOptions {
        PairOptions::new(83, "en.srt")
    }

    const ES: &str = "1\n00:00:01,000 --> 00:00:03,000\n¿Ya comiste, mijo?\n\n\
2\n00:00:03,100 --> 00:00:05,000\nEl camión sale a las seis.\n\n\
3\n00:00:05,100 --> 00:00:07,000\n¿Y la casa?\n\n\
4\n00:00:07,100 --> 00:00:09,000\nYa casi está.\n\n\
5\n00:00:20,000 --> 00:00:22,000\n<i>Nadie sabía para quién era.</i>\n";

    const EN: &str = "1\n00:00:01,000 --> 00:00:03,000\nDid you eat yet, son?\n\n\
2\n00:00:03,300 --> 00:00:05,000\nThe bus leaves at six.\n\n\
3\n00:00:05,100 --> 00:00:09,000\nAnd the house? Almost done.\n\n\
4\n00:00:20,000 --> 00:00:22,000\nNadie sabía para quién era.\n\n\
5\n00:00:30,000 --> 00:00:31,000\nEl Paso.\n";

    #[test]
    fn each_rule_fires_with_both_lines() {
        let (a, b) = (parse_str(ES), parse_str(EN));
        let result = pair(&a, &b, &options());
        let found: Vec<(&str, usize, Option<usize>)> =
            result.diagnostics.iter().map(|d| (d.rule, d.line, d.other_line)).collect();
        assert_eq!(
            found,
            vec![
                (rules::TIMING_MISMATCH, 6, Some(6)),
                (rules::SPLIT_MERGE, 10, Some(10)),
                // The English-only cue 5 is reported at the nearest Spanish cue (cue 5).
                (rules::MISSING_COUNTERPART, 18, Some(18)),
                (rules::UNTRANSLATED, 19, Some(15)),
            ]
        );
        assert_eq!(result.stats.pairs, 3);
        assert_eq!(result.stats.groups, 4);
        assert_eq!(result.stats.b_missing, 1);
        assert_eq!(result.stats.median_offset_ms, Some(0));
        assert_eq!(result.stats.largest_offset_ms, Some(200));
        assert_eq!(result.stats.largest_offset_at, Some((2, 2)));
    }

    #[test]
    fn tolerance_is_inclusive() {
        let (a, b) = (parse_str(ES), parse_str(EN));
        let loose = PairOptions { tolerance_ms: 200, ..options() };
        let result = pair(&a, &b, &loose);
        assert!(result.diagnostics.iter().all(|d| d.rule != rules::TIMING_MISMATCH));
    }

    /// A toy detector for the test: Spanish punctuation or `ñ` means Spanish, else English.
    fn toy_detector(text: &str) -> Option<Lang> {
        if text.contains(['¿', '¡', 'ñ']) { Some(Lang::Spanish) } else { Some(Lang::English) }
    }

    #[test]
    fn a_cue_in_the_other_files_language_is_untranslated() {
        let es = parse_str(
            "1\n00:00:01,000 --> 00:00:02,000\n¿Ya comiste?\n\n2\n00:00:03,000 --> 00:00:04,000\nThe bus leaves at six.\n\n\
             3\n00:00:05,000 --> 00:00:06,000\n¿Y la casa?\n",
        );
        let en = parse_str(
            "1\n00:00:01,000 --> 00:00:02,000\nDid you eat?\n\n2\n00:00:03,000 --> 00:00:04,000\nEl camión sale a las seis.\n\n\
             3\n00:00:05,000 --> 00:00:06,000\n¿Y la cocina?\n",
        );
        let options = PairOptions {
            a_lang: Some(Lang::Spanish),
            b_lang: Some(Lang::English),
            cue_language: toy_detector,
            ..options()
        };
        let messages: Vec<(usize, Option<usize>, String)> =
            pair(&es, &en, &options).diagnostics.into_iter().map(|d| (d.line, d.other_line, d.message)).collect();
        assert_eq!(
            messages,
            vec![
                (
                    7,
                    Some(7),
                    "cue 2 is in English, the language of en.srt, not Spanish: “The bus leaves at six.”".to_string()
                ),
                (
                    11,
                    Some(11),
                    "en.srt cue 3 is in Spanish, the language of this file, not English: “¿Y la cocina?”".to_string()
                ),
            ]
        );
        // Without both files' languages the language test is skipped.
        let unknown = PairOptions { cue_language: toy_detector, ..super::tests::options() };
        assert!(pair(&es, &en, &unknown).diagnostics.is_empty());
    }

    #[test]
    fn two_versions_of_one_language_are_not_untranslated() {
        let a = parse_str("1\n00:00:01,000 --> 00:00:02,000\n¿Ya comiste? Te hice unos frijoles.\n");
        let same = PairOptions { a_lang: Some(Lang::Spanish), b_lang: Some(Lang::Spanish), ..options() };
        assert!(pair(&a, &a, &same).diagnostics.is_empty());
        let unknown = pair(&a, &a, &options());
        assert_eq!(unknown.diagnostics.iter().map(|d| d.rule).collect::<Vec<_>>(), vec![rules::UNTRANSLATED]);
    }

    #[test]
    fn names_interjections_and_shared_words_are_not_untranslated() {
        let es = parse_str(
            "1\n00:00:01,000 --> 00:00:02,000\n¡Julián!\n\n2\n00:00:03,000 --> 00:00:04,000\nNo.\n\n3\n00:00:05,000 --> 00:00:06,000\n¿Taxi?\n",
        );
        let en = parse_str(
            "1\n00:00:01,000 --> 00:00:02,000\nJulián!\n\n2\n00:00:03,000 --> 00:00:04,000\nNo.\n\n3\n00:00:05,000 --> 00:00:06,000\nTaxi?\n",
        );
        let langs = PairOptions { a_lang: Some(Lang::Spanish), b_lang: Some(Lang::English), ..options() };
        assert!(pair(&es, &en, &langs).diagnostics.is_empty());
    }

    #[test]
    fn cues_without_letters_are_not_untranslated() {
        let a = parse_str("1\n00:00:01,000 --> 00:00:02,000\n♪ ♪\n");
        let b = parse_str("1\n00:00:01,000 --> 00:00:02,000\n♪ ♪\n");
        assert!(pair(&a, &b, &options()).diagnostics.is_empty());
    }
}
