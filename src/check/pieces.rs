//! Checking a very large SRT file piece by piece, so that memory stays close to the size of the
//! file instead of growing with its cues and findings.
//!
//! [`Outline::scan`] reads the whole file once without keeping its cues. It keeps every parser
//! finding (so those are exactly the whole file's), counts the cues and marks where pieces can
//! start. Each piece is then parsed and checked on its own ([`Outline::check_piece`]) with cues
//! of context on both sides, and keeps only the findings in its core. The cores follow each
//! other through the file, so the pieces' findings, one after the other, are the whole file's
//! findings in order.
//!
//! That is exact because rules look at most a few cues away (their declared
//! [`Reach`] is `Cue` or `Near(n)` with `n` below [`MIN_CONTEXT`]), with
//! three exceptions the scan guards against (a test keeps this list equal to the rules that declare
//! a longer reach):
//! - `overlap`, `min-gap` and `gap-chaining` compare a cue with the earlier cue that ends last,
//!   and the timing rules walk cues in time order. A file whose cues are out of order, or where
//!   that earlier cue is more than [`CONTEXT_CUES`] back, is checked whole.
//! - `spanish-punctuation` carries open `¿` and `¡` from cue to cue. Pieces start right after
//!   a cue that settles them (see `rules::spanish::settles_open_signs`), where the check starts
//!   afresh in the whole file too. The scan looks for such cues in the languages of the rules
//!   that declare a `Carried` reach.
//! - File-wide findings with file-wide fixes (renumbering after an `index-sequence` finding,
//!   unifying mixed line endings) and unreadable blocks: such files are checked whole. Other
//!   file-wide facts (encoding, byte-order mark, line endings, final newline) are the whole
//!   file's, copied into every piece.
use super::declare::Reach;
use super::engine::{Engine, FileSettings};
use super::rules::spanish::settles_open_signs;
use crate::decode::{EncodingSource, LineEndingCounts, LineEndings, TextEncoding};
use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::lang::{Evidence, evidence_of_lines};
use crate::srt::{self, Cue, Origin, parse::rules as parser_rules};
use crate::visible::CueChars;
use std::ops::Range;

/// Cues in the core of a piece.
pub const PIECE_CUES: usize = 4096;

/// Cues of context a piece has before and after its core.
pub const CONTEXT_CUES: usize = 32;

/// The least context that keeps pieces exact: `spanish-punctuation` may settle a `¿` up to
/// [`ELLIPSIS_CARRY`](crate::check::rules::spanish::ELLIPSIS_CARRY) cues after the one that
/// opens it (a sentence joined by continuation ellipses), and timing rules look one cue ahead.
pub const MIN_CONTEXT: usize = crate::check::rules::spanish::ELLIPSIS_CARRY + 1;

/// How many cues further back than its context a piece may start, looking for a cue that
/// settles open signs.
const SETTLED_SEARCH: usize = 512;

/// Why a file is checked whole after all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whole {
    /// Fewer cues than two pieces.
    Short,
    /// A cue starts before the cue above it.
    OutOfOrder,
    /// A cue's gap or overlap is with a cue more than [`CONTEXT_CUES`] back.
    LongOverlap,
    /// Index findings, whose fix renumbers the rest of the file.
    IndexSequence,
    /// Blocks the parser could not read.
    Unparsed,
    /// Mixed line endings, whose fix spans the file.
    MixedLineEndings,
    /// No cue that settles open signs near where a piece should start.
    Unsettled,
}

/// Sizes of pieces (tests use small ones to put many seams in a short file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    /// Cues in a piece's core.
    pub core: usize,
    /// Cues of context on each side.
    pub context: usize,
}

impl Default for Sizes {
    fn default() -> Self {
        Sizes { core: PIECE_CUES, context: CONTEXT_CUES }
    }
}

/// What the file-wide facts a piece's document carries are.
#[derive(Debug, Clone, Copy)]
pub struct FileFacts {
    /// The file's encoding.
    pub encoding: TextEncoding,
    /// How it was found.
    pub encoding_source: EncodingSource,
    /// Whether the file had a BOM.
    pub bom: bool,
}

/// One piece: the text it parses and the part of the file whose findings are its own.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Piece {
    /// Bytes of the file parsed for this piece (core and context).
    text: Range<usize>,
    /// Bytes of the file whose findings belong to this piece (the last one runs past the end, so
    /// that a finding at the very end is in it).
    core: Range<usize>,
    /// Line and cue count where `text` starts.
    origin: Origin,
}

/// A large file read once: its parser findings, its cue count, where its pieces are.
#[derive(Debug)]
pub struct Outline {
    /// Cues in the file.
    pub cues: usize,
    /// Language evidence of all the cue text, when asked for.
    pub evidence: Option<Evidence>,
    parser_findings: Vec<Diagnostic>,
    line_endings: LineEndingCounts,
    final_newline: bool,
    facts: FileFacts,
    pieces: Vec<Piece>,
}

/// Where a cue starts, recorded during the scan for the cues near where pieces begin and end
/// (not for every cue: on a 100 MB file that would be a fifth of the memory a check needs).
#[derive(Debug, Clone, Copy)]
struct Mark {
    /// The cue's number, from 0.
    cue: usize,
    /// Byte offset of its block.
    offset: usize,
    /// Line number of its block.
    line: usize,
    /// Whether the cue before it settles open signs (the first cue: yes).
    settled: bool,
}

/// The marks of one scan, in cue order, and the sizes they were taken for.
#[derive(Debug)]
struct Starts {
    marks: Vec<Mark>,
    sizes: Sizes,
}

impl Starts {
    /// Whether cue `i` may be needed to plan the pieces: a core's first cue, the cue where a
    /// piece's context ends, or a possible start of a piece.
    fn wanted(&self, i: usize) -> bool {
        let Sizes { core, context } = self.sizes;
        let r = i % core.max(1);
        core <= context + SETTLED_SEARCH
            || r == 0
            || r == context
            || (core - context - SETTLED_SEARCH..=core - context).contains(&r)
    }

    fn get(&self, cue: usize) -> Option<&Mark> {
        self.marks.binary_search_by_key(&cue, |m| m.cue).ok().and_then(|i| self.marks.get(i))
    }
}

impl Outline {
    /// Read `text` (the whole file, decoded) once and plan its pieces, or say why it must be
    /// checked whole. `lang` is the language the file is checked as, when known before reading
    /// it; otherwise the scan gathers the language evidence of its cue text.
    pub fn scan(text: &str, facts: FileFacts, lang: Option<Lang>, sizes: Sizes) -> Result<Outline, Whole> {
        let sizes = Sizes { core: sizes.core.max(1), context: sizes.context.max(MIN_CONTEXT) };
        let mut starts = Starts { marks: Vec::new(), sizes };
        let mut cues = 0;
        let mut gathered = lang.is_none().then(Evidence::default);
        // Only files that a rule carrying state from cue to cue runs on (Spanish ones) need pieces
        // to start where no sign is open.
        let spanish = lang.is_none_or(carries_state);
        let mut out_of_order = false;
        let mut long_overlap = false;
        // The cue that ends last so far (its end and number), as the gap rules see it.
        let mut latest: Option<(crate::time::Timestamp, usize)> = None;
        let mut previous_start = None;
        let mut buf = CueChars::default();
        let mut settles = true;
        let doc = srt::parse::scan(text, &mut |cue: &Cue| {
            let number = cues;
            cues += 1;
            if starts.wanted(number) {
                starts.marks.push(Mark {
                    cue: number,
                    offset: cue.block.start,
                    line: cue.first_line,
                    settled: settles,
                });
            }
            settles = !spanish || settles_open_signs(text, cue, &mut buf);
            if previous_start.is_some_and(|start| cue.start < start) {
                out_of_order = true;
            }
            previous_start = Some(cue.start);
            match &latest {
                Some((_, at)) if number - at > sizes.context => long_overlap = true,
                _ => {}
            }
            if latest.is_none_or(|(end, _)| cue.end > end) {
                latest = Some((cue.end, number));
            }
            if let Some(ev) = gathered.as_mut() {
                let lines = cue.lines.iter().map(|l| text.get(l.span.clone()).unwrap_or(""));
                *ev = std::mem::take(ev).plus(evidence_of_lines(lines));
            }
        });
        if cues < 2 * sizes.core {
            return Err(Whole::Short);
        }
        if out_of_order {
            return Err(Whole::OutOfOrder);
        }
        if long_overlap {
            return Err(Whole::LongOverlap);
        }
        if doc.unparsed_blocks > 0 {
            return Err(Whole::Unparsed);
        }
        if doc.diagnostics.iter().any(|d| d.rule == parser_rules::INDEX_SEQUENCE) {
            return Err(Whole::IndexSequence);
        }
        if doc.line_endings.style() == LineEndings::Mixed {
            return Err(Whole::MixedLineEndings);
        }
        let pieces = plan(&starts, cues, text.len())?;
        Ok(Outline {
            cues,
            evidence: gathered,
            parser_findings: doc.diagnostics,
            line_endings: doc.line_endings,
            final_newline: doc.final_newline,
            facts,
            pieces,
        })
    }

    /// How many pieces there are.
    pub fn pieces(&self) -> usize {
        self.pieces.len()
    }

    /// Check piece `k` of `text` (the text [`Outline::scan`] read): its findings, sorted, with the
    /// file's lines, columns and byte spans. Pieces are independent: any thread may check any.
    pub fn check_piece(&self, k: usize, text: &str, engine: &Engine, settings: &FileSettings<'_>) -> Vec<Diagnostic> {
        let Some(piece) = self.pieces.get(k) else { return Vec::new() };
        let base = piece.text.start;
        let mut doc = srt::parse_piece(text.get(piece.text.clone()).unwrap_or("").to_string(), piece.origin);
        doc.encoding = self.facts.encoding;
        doc.encoding_source = self.facts.encoding_source;
        doc.bom = self.facts.bom;
        doc.line_endings = self.line_endings;
        doc.final_newline = self.final_newline;
        // The whole file's parser findings replace the piece's own, which differ at its edges.
        let first = self.parser_findings.partition_point(|d| d.span.start < piece.core.start);
        doc.diagnostics = self.parser_findings[first..]
            .iter()
            .take_while(|d| d.span.start < piece.core.end)
            .map(|d| {
                let mut d = d.clone();
                d.span = d.span.start.saturating_sub(base)..d.span.end.saturating_sub(base);
                d
            })
            .collect();
        let core = piece.core.start.saturating_sub(base)..piece.core.end - base;
        let mut found = engine.check_serial(&doc, settings);
        found.retain(|d| core.contains(&d.span.start));
        for d in &mut found {
            d.span = d.span.start + base..d.span.end + base;
            if let Some(fix) = &mut d.fix {
                for edit in &mut fix.edits {
                    edit.range = edit.range.start + base..edit.range.end + base;
                }
            }
        }
        found
    }
}

/// Whether a rule that carries state from cue to cue ([`Reach::Carried`]) runs on files in `lang`.
fn carries_state(lang: Lang) -> bool {
    super::rules::check_catalogue().iter().any(|info| info.reach == Reach::Carried && info.langs.contains(lang))
}

/// Cut the file into pieces of `sizes.core` cues. Each piece's text starts at least
/// `sizes.context` cues before its core, right after a cue that settles open signs, and ends
/// `sizes.context` cues after it.
fn plan(starts: &Starts, cues: usize, len: usize) -> Result<Vec<Piece>, Whole> {
    let sizes = starts.sizes;
    let mark = |cue: usize| starts.get(cue).ok_or(Whole::Unsettled);
    let core_starts: Vec<usize> = (0..cues).step_by(sizes.core.max(1)).collect();
    let mut pieces = Vec::with_capacity(core_starts.len());
    for (k, &first) in core_starts.iter().enumerate() {
        let start_cue = if first == 0 {
            0
        } else {
            let latest = first.saturating_sub(sizes.context);
            let earliest = latest.saturating_sub(SETTLED_SEARCH);
            (earliest..=latest).rev().find(|&c| starts.get(c).is_some_and(|m| m.settled)).ok_or(Whole::Unsettled)?
        };
        let next = core_starts.get(k + 1).copied();
        let core_end = match next {
            Some(n) => mark(n)?.offset,
            None => len + 1,
        };
        let text_end = match next {
            Some(n) if n + sizes.context < cues => mark(n + sizes.context)?.offset,
            _ => len,
        };
        let (text_start, origin, core_start) = if first == 0 {
            (0, Origin { line: 1, cues: 0 }, 0)
        } else {
            let start = mark(start_cue)?;
            (start.offset, Origin { line: start.line, cues: start_cue }, mark(first)?.offset)
        };
        pieces.push(Piece { text: text_start..text_end, core: core_start..core_end, origin });
    }
    Ok(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::profile::Audience;
    use crate::check::profile::Profile;
    use crate::check::select::RuleSettings;
    use crate::srt::parse_str;
    use crate::time::FrameRate;

    const UTF8: FileFacts =
        FileFacts { encoding: TextEncoding::UTF_8, encoding_source: EncodingSource::ValidUtf8, bom: false };

    /// A long file that exercises most rules in every stretch of it, with times in order and
    /// indices in sequence: the kind of file that is checked in pieces.
    fn long_file(cues: usize) -> String {
        let texts = [
            "Mi papá construyó esta casa.",
            "¿Adónde vas\nmañana?",
            "-Ya llegamos.\n-¿Tan pronto?",
            "Esto es una linea muy larga que pasa de los cuarenta y dos caracteres",
            "Hola ,  amigo...",
            "¿Y luego",
            "qué hicimos",
            "después de Enero?",
            "He said 5 words.",
            "<i>Sin cerrar",
            "Bueno; ya veremos.",
            "{\\an8}Arriba.",
            "The house is very old and my father built it.",
            "Listo!",
        ];
        let mut out = String::new();
        let mut at = 1_000i64;
        for i in 0..cues {
            let text = texts[(i * 7 + i / 5) % texts.len()];
            // Durations and gaps that vary: short cues, long ones, tight gaps, small overlaps.
            let duration = [400, 1_800, 3_000, 7_500, 900][i % 5];
            let gap = [-150, 0, 40, 120, 700, 2_000][(i / 3) % 6];
            let start = at.max(0);
            let end = start + duration;
            let time = |ms: i64| {
                format!("{:02}:{:02}:{:02},{:03}", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000)
            };
            out.push_str(&format!("{}\n{} --> {}\n{text}\n\n", i + 1, time(start), time(end)));
            at = end + gap;
            if gap < 0 {
                // Keep start times in order.
                at = at.max(start);
            }
        }
        out.pop();
        out
    }

    fn check_both(text: &str, lang: Lang, sizes: Sizes) -> Result<(Vec<Diagnostic>, Vec<Diagnostic>), Whole> {
        let engine = Engine::new();
        let rules = RuleSettings::new(engine.infos(), None, Vec::new(), Vec::new());
        let settings = FileSettings {
            lang,
            fps: FrameRate::FILM,
            thresholds: Profile::Netflix.thresholds(lang, Audience::Adult),
            rules: &rules,
            timing: Default::default(),
        };
        let whole = engine.check(&parse_str(text), &settings);
        let outline = Outline::scan(text, UTF8, Some(lang), sizes)?;
        let pieces: Vec<Diagnostic> =
            (0..outline.pieces()).flat_map(|k| outline.check_piece(k, text, &engine, &settings)).collect();
        Ok((whole, pieces))
    }

    #[test]
    fn pieces_find_exactly_what_the_whole_file_check_finds() {
        let text = long_file(600);
        for lang in [Lang::Spanish, Lang::English] {
            for sizes in
                [Sizes { core: 7, context: 3 }, Sizes { core: 50, context: 4 }, Sizes { core: 64, context: 32 }]
            {
                let (whole, pieces) = check_both(&text, lang, sizes).expect("checked in pieces");
                let rules: std::collections::BTreeSet<_> = whole.iter().map(|d| d.rule).collect();
                assert!(rules.len() >= 12, "the file exercises many rules: {rules:?}");
                assert_eq!(pieces.len(), whole.len(), "{lang:?} {sizes:?}");
                assert_eq!(pieces, whole, "{lang:?} {sizes:?}");
            }
        }
    }

    #[test]
    fn pieces_larger_than_the_search_for_their_start_mark_only_some_cues() {
        // Cores longer than the context and the search before it: the scan keeps marks only
        // near the seams, as it does on real large files.
        let sizes = Sizes { core: SETTLED_SEARCH + 100, context: 6 };
        let text = long_file(3 * sizes.core + 50);
        let outline = Outline::scan(&text, UTF8, Some(Lang::Spanish), sizes).expect("checked in pieces");
        assert_eq!(outline.pieces(), 4);
        let (whole, pieces) = check_both(&text, Lang::Spanish, sizes).expect("checked in pieces");
        assert_eq!(pieces, whole);
    }

    #[test]
    fn parser_findings_and_the_end_of_the_file_are_found_once() {
        // Non-canonical timings, extra blank lines and no final line break.
        let text = long_file(300).replace(" --> 00:00:1", "-->00:00:1").replace("\n\n5", "\n\n\n5");
        let text = text.trim_end();
        let (whole, pieces) = check_both(text, Lang::Spanish, Sizes { core: 9, context: 3 }).expect("pieces");
        assert!(whole.iter().any(|d| d.rule == "timestamp-syntax"));
        assert!(whole.iter().any(|d| d.rule == "blank-lines"));
        assert!(whole.iter().any(|d| d.rule == "final-newline"));
        assert_eq!(pieces, whole);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 128, ..Default::default() })]

        /// Files made of random cues (text, duration and gap drawn from sets that trip many
        /// rules; odd spacing in the timing line; extra blank lines): whenever the scan agrees to
        /// read one in pieces, the pieces find exactly what the whole-file check finds.
        #[test]
        fn random_files_in_pieces_match_the_whole_file(
            cues in proptest::collection::vec((0usize..16, 0usize..6, 0usize..7, 0usize..8), 20..90),
            core in 3usize..9,
            context in MIN_CONTEXT..6,
            english in proptest::bool::ANY,
        ) {
            let texts = [
                "¿Qué pasó?", "¿Y luego", "dónde?", "Hola ,  amigo...", "-Ya.\n-¿Tan pronto?",
                "Una línea que sin duda alguna pasa de los cuarenta y dos caracteres", "<i>Sin cerrar",
                "The house is old and 5 men built it.", "Listo!", "", "Sí.\nNo.", "¡Vamos", "ya!",
                "En Enero; luego", "Fin…", "\u{200b}Raro\tsí.",
            ];
            let mut text = String::new();
            let mut at = 0i64;
            for (i, &(t, d, g, quirk)) in cues.iter().enumerate() {
                let duration = [300, 800, 2_000, 4_000, 7_200, 40][d];
                let gap = [-500, -30, 0, 41, 90, 400, 3_000][g];
                let time = |ms: i64| {
                    format!("{:02}:{:02}:{:02},{:03}", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000)
                };
                let arrow = if quirk == 0 { "-->" } else { " --> " };
                let blank = if quirk == 1 { "\n\n" } else { "\n" };
                text.push_str(&format!("{}\n{}{arrow}{}\n{}\n{blank}", i + 1, time(at), time(at + duration), texts[t]));
                // Start times stay in order; ends may run past the next start (overlaps).
                at = (at + duration + gap).max(at);
            }
            let lang = if english { Lang::English } else { Lang::Spanish };
            if let Ok((whole, pieces)) = check_both(&text, lang, Sizes { core, context }) {
                proptest::prop_assert_eq!(pieces, whole);
            }
        }
    }

    #[test]
    fn files_the_pieces_cannot_match_are_checked_whole() {
        let sizes = Sizes { core: 5, context: MIN_CONTEXT };
        let text = long_file(100);
        let scan = |text: &str| Outline::scan(text, UTF8, None, sizes).map(|o| o.pieces());
        assert!(scan(&text).is_ok());
        assert_eq!(scan(&long_file(9)).err(), Some(Whole::Short));
        // Cue 50 starts at half a second, before cue 49.
        let fiftieth = text.find("\n50\n").expect("cue 50") + 4;
        let swapped = format!("{}00:00:00,500{}", &text[..fiftieth], &text[fiftieth + 12..]);
        assert_eq!(scan(&swapped).err(), Some(Whole::OutOfOrder));
        assert_eq!(scan(&text.replacen("\n50\n", "\n51\n", 1)).err(), Some(Whole::IndexSequence));
        assert_eq!(scan(&text.replacen("\n50\n", "\r\n50\n", 1)).err(), Some(Whole::MixedLineEndings));
        assert_eq!(scan(&text.replacen(" --> ", " -> ", 1)).err(), Some(Whole::Unparsed));
        // The third cue lasts until the end: every later gap is with it.
        let third = text.find("\n3\n").expect("cue 3") + 3;
        let end = third + text[third..].find(" --> ").expect("timing") + 5;
        let long = format!("{}09:00:00,000{}", &text[..end], &text[end + 12..]);
        assert_eq!(scan(&long).err(), Some(Whole::LongOverlap));
    }

    #[test]
    fn every_rule_s_reach_is_one_the_pieces_are_exact_for() {
        let mut long = Vec::new();
        for info in crate::check::rules::check_catalogue() {
            match info.reach {
                Reach::Cue => {}
                Reach::Near(n) => assert!(usize::from(n) < MIN_CONTEXT, "{} reads {n} cues away", info.name),
                Reach::Earlier | Reach::Carried | Reach::File => long.push((info.name, info.reach)),
            }
        }
        // A rule added here needs a guard in `Outline::scan` (see the module documentation).
        assert_eq!(
            long,
            [
                ("index-sequence", Reach::File),
                ("final-newline", Reach::File),
                ("vtt-header", Reach::File),
                ("overlap", Reach::Earlier),
                ("encoding", Reach::File),
                ("line-endings", Reach::File),
                ("min-gap", Reach::Earlier),
                ("gap-chaining", Reach::Earlier),
                ("spanish-punctuation", Reach::Carried),
            ]
        );
        assert!(carries_state(Lang::Spanish) && !carries_state(Lang::English) && !carries_state(Lang::Other));
    }
}
