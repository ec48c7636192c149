//! Applying fixes: generic text edits from any rule, the parser rules' fixes, and re-encoding.
//!
//! Every fix is a set of byte-range edits on the decoded source ([`Fix`]). [`apply_fixes`] takes
//! the fixes of one check in source order, keeps each fix whole or not at all, skips any that
//! overlaps one already taken, and splices them in one pass. [`fix_document`] repeats
//! check → apply until nothing changes (or [`MAX_PASSES`]), because one fix can make room for
//! another (extending a short cue, then chaining the gap after it). Text is never reworded: the
//! rules only offer whitespace, punctuation-spacing, ellipsis, numbering, line-break and timing
//! edits.
use super::engine::{Engine, FileSettings};
use crate::decode::{EncodingSource, TextEncoding};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::error::{Error, Result};
use crate::srt::parse::rules as parser_rules;
use crate::srt::{Document, SourceFormat};
use std::collections::{BTreeSet, HashSet};
use std::ops::Range;

/// The most check-and-fix rounds on one file.
pub const MAX_PASSES: usize = 10;

/// A timestamp as the document's format writes it (`00:00:01,500` in SRT, `00:00:01.500` in WebVTT).
pub fn time_text(doc: &Document, time: crate::time::Timestamp) -> String {
    match doc.format {
        crate::srt::SourceFormat::Srt => time.srt(),
        // TTML's fixes are never written (`check_document` refuses to fix it); its cue text has
        // SRT timing lines.
        crate::srt::SourceFormat::Ttml => time.srt(),
        crate::srt::SourceFormat::Vtt => time.vtt(),
    }
}

/// A fix as a rule proposes it: its edits, and what it does as a message id with arguments
/// (the report layer renders it in the interface language).
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// What the fix does.
    pub description: crate::ui::Message,
    /// The edits, non-overlapping, in source order.
    pub edits: Vec<Edit>,
}

impl Proposal {
    /// Make this the fix of `d`.
    pub fn attach(self, d: &mut Diagnostic) {
        crate::ui::set_fix(d, self.description, self.edits);
    }
}

/// Make `proposal`, if any, the fix of `d`.
pub fn attach(d: &mut Diagnostic, proposal: Option<Proposal>) {
    if let Some(proposal) = proposal {
        proposal.attach(d);
    }
}

/// An edit replacing `range` of the document's source with `replacement`.
pub fn edit(doc: &Document, range: Range<usize>, replacement: impl Into<String>) -> Edit {
    let (line, column) = doc.position(range.start);
    let (end_line, end_column) = doc.position(range.end);
    Edit { range, line, column, end_line, end_column, replacement: replacement.into() }
}

/// Attach fixes to the parser's fixable findings: `index-sequence` (renumber), `blank-lines`
/// (remove the extra lines) and `final-newline` (add one).
pub fn attach_parser_fixes(doc: &Document, diagnostics: &mut [Diagnostic]) {
    let newline = doc.line_endings.dominant().newline();
    // Renumbering: each finding renumbers the cues from its own up to the next finding's, so
    // together they renumber the whole file in one pass without overlapping.
    // In file order, as the parser sorts its findings: the next finding's cue is found by binary
    // search (a scan per finding was quadratic in a file whose every index is wrong).
    let index_positions: Vec<usize> =
        diagnostics.iter().filter(|d| d.rule == parser_rules::INDEX_SEQUENCE).filter_map(|d| d.cue).collect();
    debug_assert!(index_positions.is_sorted());
    // Built once, and only when there is something to renumber: per finding it was quadratic.
    let numbers_in_text = if index_positions.is_empty() { HashSet::new() } else { numbers_in_text(doc) };
    for diagnostic in diagnostics.iter_mut() {
        match diagnostic.rule {
            parser_rules::INDEX_SEQUENCE => {
                // With unreadable blocks in the file, new numbers would clash with theirs.
                if doc.unparsed_blocks > 0 {
                    continue;
                }
                let Some(from) = diagnostic.cue else { continue };
                let next = index_positions.partition_point(|&p| p <= from);
                let to = index_positions.get(next).copied().unwrap_or(usize::MAX);
                let edits = renumber_edits(doc, from, to, newline);
                // A number that some cue's text line already reads as (an index swallowed into
                // the cue above) would be written twice: leave it for a person.
                if !edits.is_empty() && !edits.iter().any(|e| numbers_in_text.contains(e.replacement.trim())) {
                    crate::ui::set_fix(diagnostic, crate::msg!("fix-renumber"), edits);
                }
            }
            parser_rules::BLANK_LINES => {
                if let Some(range) = extra_blank_lines(doc, diagnostic.line) {
                    crate::ui::set_fix(diagnostic, crate::msg!("fix-blank-lines"), vec![edit(doc, range, "")]);
                }
            }
            parser_rules::TIMESTAMP_SYNTAX => {
                if let Some(replacement) = canonical_timing_part(doc, diagnostic) {
                    let edits = vec![edit(doc, diagnostic.span.clone(), &replacement)];
                    crate::ui::set_fix(diagnostic, crate::msg!("fix-timestamp-syntax"), edits);
                }
            }
            parser_rules::BLANK_LINE_MISSING => {
                let at = diagnostic.span.start;
                crate::ui::set_fix(diagnostic, crate::msg!("fix-blank-line-missing"), vec![edit(doc, at..at, newline)]);
            }
            parser_rules::FINAL_NEWLINE => {
                let end = doc.source.len();
                crate::ui::set_fix(diagnostic, crate::msg!("fix-final-newline"), vec![edit(doc, end..end, newline)]);
            }
            _ => {}
        }
    }
}

/// The canonical spelling of the part of an SRT timing line a lenient-syntax warning covers: the
/// timestamp (`0:0:1.500` → `00:00:01,500`), the arrow (` --> `), or stray whitespace (removed).
/// A 1- or 2-digit milliseconds field is left alone: every player reads `,5` as 5 ms, but the
/// author probably meant 500, and only a person can say.
fn canonical_timing_part(doc: &Document, diagnostic: &Diagnostic) -> Option<String> {
    if doc.format != SourceFormat::Srt || diagnostic.severity != Severity::Warning {
        return None;
    }
    // Positions run on from the first cue's (a piece of a file starts past cue 1).
    let first = doc.cues.first()?.position;
    let cue = doc.cues.get(diagnostic.cue?.checked_sub(first)?)?;
    let span = &diagnostic.span;
    let text = doc.slice(span);
    let between_times = span.start >= cue.timing.start_span.end && span.end <= cue.timing.end_span.start;
    let time = if *span == cue.timing.start_span {
        cue.start
    } else if *span == cue.timing.end_span {
        cue.end
    } else if between_times {
        // The arrow and the spaces around it.
        return Some(" --> ".to_string());
    } else if text.trim().is_empty() {
        return Some(String::new());
    } else {
        return None;
    };
    let millis = match text.rfind([',', '.']) {
        Some(at) => &text[at + 1..],
        None if text.matches(':').count() == 3 => text.rsplit(':').next().unwrap_or(""),
        None => "000",
    };
    (millis.len() == 3).then(|| time.srt())
}

/// Edits giving cues `from..to` (1-based positions) the index equal to their position.
fn renumber_edits(doc: &Document, from: usize, to: usize, newline: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    for cue in doc.cues.iter().skip(from.saturating_sub(1)).take_while(|c| c.position < to) {
        let wanted = cue.position.to_string();
        match &cue.index {
            Some(index) if doc.slice(&index.span) == wanted => {}
            Some(index) => edits.push(edit(doc, index.span.clone(), &wanted)),
            None => {
                let at = cue.timing.span.start;
                edits.push(edit(doc, at..at, format!("{wanted}{newline}")));
            }
        }
    }
    edits
}

/// The cue text lines that consist of a number only: a renumbering must not write one of them
/// as an index.
fn numbers_in_text(doc: &Document) -> HashSet<&str> {
    doc.cues
        .iter()
        .flat_map(|cue| cue.lines.iter())
        .map(|line| doc.slice(&line.span).trim())
        .filter(|text| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
        .collect()
}

/// The byte range to delete for a run of blank lines starting at 1-based `line`: the whole run
/// before the first block or at the end of the file, all but one between blocks.
fn extra_blank_lines(doc: &Document, line: usize) -> Option<Range<usize>> {
    let index = &doc.line_index;
    let source = doc.source.as_str();
    let line_text = |n: usize| -> Option<&str> {
        let start = index.line_start(n)?;
        if start >= source.len() {
            return None;
        }
        let end = index.line_start(n + 1).unwrap_or(source.len());
        source.get(start..end)
    };
    let mut after = line;
    while line_text(after).is_some_and(crate::srt::is_blank_line) {
        after += 1;
    }
    if after == line {
        return None;
    }
    let start = index.line_start(line)?;
    let end = index.line_start(after).unwrap_or(source.len()).min(source.len());
    let before_first_block = source.get(..start).is_some_and(crate::srt::is_blank_line);
    let at_end = end >= source.len();
    if before_first_block || at_end {
        Some(start..end)
    } else {
        // Keep the first blank line of the run.
        let keep_to = index.line_start(line + 1)?;
        (keep_to < end).then_some(keep_to..end)
    }
}

/// The result of one round of [`apply_fixes`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The new source text.
    pub text: String,
    /// Fixes applied.
    pub applied: usize,
    /// Fixes skipped because they overlapped one already taken (retried next round).
    pub skipped: usize,
}

/// Apply the fixes of `diagnostics` to `source`: whole fixes in source order, skipping any fix
/// with an edit that overlaps an edit already taken. A fix offered by several findings (the
/// reflow of a cue, which `max-line-length`, `fits-one-line`, `max-lines` and `line-break` all
/// offer) is applied once.
pub fn apply_fixes(source: &str, diagnostics: &[Diagnostic]) -> Applied {
    let mut fixes: Vec<&Fix> =
        diagnostics.iter().filter_map(|d| d.fix.as_ref()).filter(|f| !f.edits.is_empty()).collect();
    fixes.sort_by_key(|f| f.edits.iter().map(|e| e.range.start).min().unwrap_or(0));
    let mut seen = std::collections::HashSet::new();
    fixes
        .retain(|f| seen.insert(f.edits.iter().map(|e| (e.range.clone(), e.replacement.as_str())).collect::<Vec<_>>()));
    // Accepted edit ranges as (start, end, order) so equal ranges stay distinct.
    let mut taken: BTreeSet<(usize, usize, usize)> = BTreeSet::new();
    let mut edits: Vec<&Edit> = Vec::new();
    let (mut applied, mut skipped) = (0, 0);
    for fix in fixes {
        let valid = fix.edits.iter().all(|e| e.range.start <= e.range.end && e.range.end <= source.len());
        let clashes = |e: &Edit| {
            conflicts(&taken, &e.range)
                || fix.edits.iter().filter(|o| !std::ptr::eq(*o, e)).any(|o| overlap(&o.range, &e.range))
        };
        if !valid || fix.edits.iter().any(clashes) {
            skipped += 1;
            continue;
        }
        for e in &fix.edits {
            taken.insert((e.range.start, e.range.end, edits.len()));
            edits.push(e);
        }
        applied += 1;
    }
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut text = String::with_capacity(source.len() + 64);
    let mut copied = 0;
    for e in edits {
        // Char-boundary safety: an edit that does not fall on boundaries is dropped.
        if !source.is_char_boundary(e.range.start) || !source.is_char_boundary(e.range.end) || e.range.start < copied {
            continue;
        }
        text.push_str(&source[copied..e.range.start]);
        text.push_str(&e.replacement);
        copied = e.range.end;
    }
    text.push_str(&source[copied..]);
    Applied { text, applied, skipped }
}

/// Whether two edit ranges cannot both apply: they share bytes, or both start at the same place
/// and one is an insertion (their order would be ambiguous).
fn overlap(a: &Range<usize>, b: &Range<usize>) -> bool {
    (a.start < b.end && b.start < a.end) || (a.start == b.start && (a.is_empty() || b.is_empty()))
}

/// Whether `range` conflicts with an accepted (pairwise disjoint) edit: only the nearest
/// neighbours on each side can.
fn conflicts(taken: &BTreeSet<(usize, usize, usize)>, range: &Range<usize>) -> bool {
    let before = taken.range(..(range.start, usize::MAX, usize::MAX)).next_back();
    let after = taken.range((range.start, 0, 0)..).next();
    [before, after].into_iter().flatten().any(|&(s, e, _)| overlap(&(s..e), range))
}

/// A fixed file.
#[derive(Debug, Clone)]
pub struct FixResult {
    /// The document after fixing (re-parsed).
    pub doc: Document,
    /// The findings that remain.
    pub diagnostics: Vec<Diagnostic>,
    /// The bytes to write.
    pub bytes: Vec<u8>,
    /// Fixes applied over all rounds.
    pub applied: usize,
    /// The original encoding, worded (`fix-from-*`), when the file is being re-encoded to UTF-8
    /// (or its BOM dropped).
    pub reencoded_from: Option<crate::diagnostic::Message>,
    /// Findings per rule before fixing, in rule-name order (compare with `diagnostics` for what
    /// was fixed and what remains).
    pub found_before: Vec<(&'static str, usize)>,
}

/// Findings per rule, in rule-name order.
pub fn count_by_rule(diagnostics: &[Diagnostic]) -> Vec<(&'static str, usize)> {
    let mut counts = std::collections::BTreeMap::new();
    for d in diagnostics {
        *counts.entry(d.rule).or_insert(0) += 1;
    }
    counts.into_iter().collect()
}

/// Fix a document: check, apply the fixes, re-check, until stable or [`MAX_PASSES`] rounds.
///
/// The `encoding` rule's fix has no text edits: it makes the output UTF-8 without a BOM.
/// Otherwise the output keeps the file's encoding and BOM; a character the encoding cannot
/// represent is an error.
pub fn fix_document(engine: &Engine, mut doc: Document, settings: &FileSettings<'_>) -> Result<FixResult> {
    let (encoding, bom, encoding_source) = (doc.encoding, doc.bom, doc.encoding_source);
    let mut reencode = false;
    let mut applied = 0;
    let mut diagnostics = engine.check(&doc, settings);
    let found_before = count_by_rule(&diagnostics);
    for _ in 0..MAX_PASSES {
        if diagnostics.iter().any(|d| d.rule == "encoding" && d.fix.is_some()) {
            reencode = true;
        }
        let round = apply_fixes(&doc.source, &diagnostics);
        if round.applied == 0 || round.text == doc.source {
            break;
        }
        applied += round.applied;
        doc = reparse(&round.text, doc.format, if reencode { None } else { Some((encoding, bom, encoding_source)) });
        diagnostics = engine.check(&doc, settings);
    }
    if reencode {
        // The encoding fix has no text edits; count it here.
        applied += 1;
        doc.encoding = TextEncoding::UTF_8;
        doc.bom = false;
        doc.encoding_source = EncodingSource::ValidUtf8;
        diagnostics = engine.check(&doc, settings);
    }
    let bytes =
        if reencode { doc.source.as_bytes().to_vec() } else { crate::decode::encode(&doc.source, encoding, bom)? };
    // Fixes shrink whitespace and line breaks, which can tip a file that was barely text into
    // one the reader refuses (mostly control characters), or leave no cue at all. Never write a
    // file dejamos could not read back.
    if applied > 0 {
        let why = match crate::decode::decode(&bytes, None) {
            Err(e) => Some(e.localized.map_or_else(|| crate::msg!("error-text", text = e.message), |m| *m)),
            // No readable cue (text read in the wrong encoding is one unreadable block): a
            // rewrite would only make it harder to recover.
            Ok(_) if doc.cues.is_empty() => Some(crate::msg!("error-fix-no-subtitles")),
            Ok(_) => None,
        };
        if let Some(why) = why {
            return Err(Error::new(crate::msg!("error-fix-unreadable", reason = why)));
        }
    }
    let reencoded_from = (reencode && (!encoding.is_utf8() || bom)).then(|| {
        if encoding.is_utf8() {
            crate::msg!("fix-from-utf8-bom")
        } else {
            crate::msg!("fix-from-encoding", name = encoding.name())
        }
    });
    Ok(FixResult { doc, diagnostics, bytes, applied, reencoded_from, found_before })
}

/// Parse fixed text in its format, keeping what is known about the original bytes (`None`:
/// UTF-8, no BOM).
fn reparse(text: &str, format: SourceFormat, original: Option<(TextEncoding, bool, EncodingSource)>) -> Document {
    let mut doc = crate::read::read_text_as(format, text);
    if let Some((encoding, bom, source)) = original {
        doc.encoding = encoding;
        doc.bom = bom;
        doc.encoding_source = source;
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::srt::parse_str;

    fn with_fix(doc: &Document, edits: Vec<Edit>) -> Diagnostic {
        let mut d = doc.diagnostic("whitespace", Severity::Warning, 0..0, None, "x");
        d.fix = Some(Fix { description: "x".into(), edits });
        d
    }

    #[test]
    fn overlapping_fixes_are_skipped_whole() {
        let doc = parse_str("abcdef");
        let diags = vec![
            with_fix(&doc, vec![edit(&doc, 0..2, "X")]),
            with_fix(&doc, vec![edit(&doc, 1..3, "Y"), edit(&doc, 5..6, "Z")]),
            with_fix(&doc, vec![edit(&doc, 4..4, "-")]),
        ];
        let applied = apply_fixes(&doc.source, &diags);
        assert_eq!(applied.text, "Xcd-ef");
        assert_eq!((applied.applied, applied.skipped), (2, 1));
    }

    #[test]
    fn renumbering_a_file_whose_every_index_is_wrong() {
        // 100 000 cues numbered 7: a finding and a one-edit fix each. Looking for the next
        // finding from the start of the list for each one was quadratic (10^10 steps).
        let text: String =
            (0..100_000).map(|i| format!("7\n00:00:01,{:03} --> 00:00:01,{:03}\nA\n\n", i % 1000, i % 1000)).collect();
        let doc = parse_str(&text);
        let mut found = doc.diagnostics.clone();
        attach_parser_fixes(&doc, &mut found);
        let fixes: Vec<&Fix> =
            found.iter().filter(|d| d.rule == parser_rules::INDEX_SEQUENCE).filter_map(|d| d.fix.as_ref()).collect();
        assert_eq!(fixes.len(), 99_999);
        assert!(fixes.iter().all(|fix| fix.edits.len() == 1));
        assert_eq!(fixes[0].edits[0].replacement, "1");
        assert_eq!(fixes[99_998].edits[0].replacement, "100000");
        assert_eq!(fixes[99_998].edits[0].line, 4 * 99_999 + 1);
    }

    #[test]
    fn renumbering_inserts_missing_indices_and_the_final_newline_is_added() {
        use crate::check::testing::check_with;
        let text = "1\r\n00:00:01,000 --> 00:00:02,000\r\nA\r\n\r\n00:00:03,000 --> 00:00:04,000\r\nB\r\n\r\n7\r\n00:00:05,000 --> 00:00:06,000\r\nC";
        let diags = check_with(text, &["index-sequence", "final-newline"]);
        let fixed = apply_fixes(text, &diags).text;
        assert_eq!(
            fixed,
            "1\r\n00:00:01,000 --> 00:00:02,000\r\nA\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nB\r\n\r\n3\r\n00:00:05,000 --> 00:00:06,000\r\nC\r\n"
        );
        assert!(check_with(&fixed, &["index-sequence", "final-newline"]).is_empty());
    }

    #[test]
    fn lenient_timing_lines_become_canonical_but_short_milliseconds_stay() {
        use crate::check::testing::check_with;
        let text = "1\n 0:0:1.500-->00:00:02,000 \nA\n\n2\n00:00:03,5 --> 00:00:04,000\nB\n";
        let diags = check_with(text, &["timestamp-syntax"]);
        let fixed = apply_fixes(text, &diags).text;
        let again = apply_fixes(&fixed, &check_with(&fixed, &["timestamp-syntax"])).text;
        assert_eq!(again, "1\n00:00:01,500 --> 00:00:02,000\nA\n\n2\n00:00:03,5 --> 00:00:04,000\nB\n");
    }

    #[test]
    fn blank_line_runs() {
        let doc = parse_str("\n\n1\n00:00:01,000 --> 00:00:02,000\nA\n\n\n\n2\n00:00:03,000 --> 00:00:04,000\nB\n\n\n");
        assert_eq!(extra_blank_lines(&doc, 1), Some(0..2));
        // Lines 6–8 are blank between cues: keep line 6.
        let start7 = doc.line_index.line_start(7).expect("line 7");
        let start9 = doc.line_index.line_start(9).expect("line 9");
        assert_eq!(extra_blank_lines(&doc, 6), Some(start7..start9));
        let start12 = doc.line_index.line_start(12).expect("line 12");
        assert_eq!(extra_blank_lines(&doc, 12), Some(start12..doc.source.len()));
    }
}
