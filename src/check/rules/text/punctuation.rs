//! The quick text checks QC reviewers make and Subtitle Edit's "Fix common errors" fixes:
//! `missing-space`, `repeated-word`, `repeated-cue`, `doubled-punctuation`, `unbalanced-quotes`,
//! `single-speaker-dash`, `continuation-ellipsis`, `lowercase-after-sentence-end`.
//!
//! Each reads the cue's visible text ([`CueChars`]) and points at the bytes in the file. A space
//! before closing punctuation is `whitespace`'s finding, and `?.` / `!.` in Spanish files is
//! `spanish-punctuation`'s, so neither is repeated here.
use super::prose::is_ellipsis_at;
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::fix::Proposal;
use crate::check::rule::{Context, CueCheck, Findings, Lang};
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::srt::Cue;
use crate::ui::Message;
use crate::visible::{CueChars, is_space, is_word_char};
use std::ops::Range;

declare_rule! {
    /// no space after a period, comma, `?` or `!` between two words
    ///
    /// **What it does.** Reports sentence punctuation written straight against the next word: a comma between two letters (`sí,señor`), a period between a lowercase and an uppercase letter (`Hola.Adiós`), and `?` or `!` right before a letter (`¿Vienes?Sí`). Decimals (`2,5`, `1.000`), times (`5:30`), abbreviations (`Sr.González` is left alone) and leading ellipses (`…y luego`) are not reported.
    ///
    /// **Why.** A missing space joins two words into one for the eye, for line breaking and for spell-checking; it is a common typing and OCR error.
    ///
    /// **Source.** RAE, *Ortografía de la lengua española* (2010), punctuation marks are written attached to the word before and separated by a space from the word after; Netflix English and Spanish Timed Text Style Guides (punctuation as in the language's standard usage); Subtitle Edit, Fix common errors ("Fix missing spaces").
    ///
    /// **Fix.** Inserts the space.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Sí,señor.Ya llegó el camión.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Sí, señor. Ya llegó el camión.
    /// ```
    pub(super) MISSING_SPACE {
        name: "missing-space",
        command: Check,
        category: Text,
        langs: KNOWN,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Cue,
        help: "put a space after the punctuation mark",
    }
}

declare_rule! {
    /// the same word twice in a row (`el el`, `the the`)
    ///
    /// **What it does.** Reports a word repeated with only a space between (`el el`, `the the`), ignoring case. Words that are repeated on purpose in speech (`no no`, `sí sí`, `ya ya`, `bye bye`, `ja ja`, `very very`, `that that`, `had had`), numbers, and songs (cues with `♪`) are not reported.
    ///
    /// **Why.** A doubled word is almost always a typing or editing slip, and it costs reading time.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements (subtitles free of spelling and grammar errors); Subtitle Edit, Fix common errors ("Remove double words" is offered for review, not applied blindly).
    ///
    /// **Fix.** None automatic: a repetition may be what was said; the message names the word.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Aquí va a ir la la cocina.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Aquí va a ir la cocina.
    /// ```
    pub(super) REPEATED_WORD {
        name: "repeated-word",
        command: Check,
        category: Text,
        langs: KNOWN,
        formats: SUBTITLES,
        severity: Warning,
        fix: None,
        reach: Cue,
        help: "delete the second word unless it was said twice",
    }
}

declare_rule! {
    /// a cue with the same text as the cue before it
    ///
    /// **What it does.** Reports a cue whose visible text (tags removed, spaces and line breaks collapsed) is the same as the previous cue's, when it has three words or more. Short replies (`Thank you.`, `¡Julián!`), which two people or one person twice may say, sounds in brackets (`(pounding at door)`) and cues of music notes only are left alone.
    ///
    /// **Why.** The same subtitle twice in a row is usually a paste or merge error: the viewer reads the line twice, and the second cue often belongs to other speech.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements (text matches the dialogue); Subtitle Edit, Fix common errors ("Merge lines with same text").
    ///
    /// **Fix.** None automatic: merge the two cues into one, or write what the second one should say.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// El camión sale a las seis.
    ///
    /// 2
    /// 00:00:03,500 --> 00:00:05,000
    /// El camión sale a las seis.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:05,000
    /// El camión sale a las seis.
    /// ```
    pub(super) REPEATED_CUE {
        name: "repeated-cue",
        command: Check,
        category: Text,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: None,
        reach: Near(1),
        help: "merge the two cues, or write what the second one says",
    }
}

declare_rule! {
    /// `,,`, `..`, `?.`, `!.` or `''` written for one mark
    ///
    /// **What it does.** Reports two commas (`,,`), exactly two periods (`..`: neither a period nor an ellipsis), a period after `?` or `!` in files that are not Spanish (`spanish-punctuation` reports it in Spanish), and two apostrophes written for a double quotation mark (`''`).
    ///
    /// **Why.** These are typing and OCR slips that a viewer notices at once; `''` also renders as two marks, not as a quotation mark.
    ///
    /// **Source.** Netflix English Timed Text Style Guide (no period after `?` or `!`; double quotes for quotations); RAE, *Ortografía* (2010) §3.4 (one mark for one function); Subtitle Edit, Fix common errors ("Fix double punctuation", "Fix '' to \"").
    ///
    /// **Fix.** `,,` becomes `,`, `?.` and `!.` lose the period, `''` becomes `"`. Two periods are left for a person: a period or an ellipsis may have been meant.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// He said ''later'',, and left?.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// He said "later", and left?
    /// ```
    pub(super) DOUBLED_PUNCTUATION {
        name: "doubled-punctuation",
        command: Check,
        category: Text,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Cue,
        help: "write one mark: one comma, a period or `…`, `?` or `!` alone, `\"` for `''`",
    }
}

declare_rule! {
    /// a quotation opened and never closed, closed and never opened, or in `«»` where `"…"` is the style
    ///
    /// **What it does.** In Spanish and English files: a straight double quote `"` left open at the end of a cue and not closed in the next two cues; a curly `”` or `»` with no opening mark before it in the cue, and a `“` or `«` never closed in the cue or the next two; and angle quotes `«»`, which the Netflix guides for Latin-American Spanish and English do not use (they use `"…"`, and `'…'` inside).
    ///
    /// **Why.** An unclosed quotation leaves the viewer unsure where the quoted words end; mixed quotation styles look like errors.
    ///
    /// **Source.** Netflix Spanish (Latin America) and English (USA) Timed Text Style Guides, quotes (double quotation marks, single ones for a quotation inside a quotation); RAE, *Ortografía* (2010) §3.4.8 (quotation marks always come in pairs).
    ///
    /// **Fix.** None automatic: where a quotation ends is for a person to decide.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Decía: «Las casas se quedan.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Decía: "Las casas se quedan".
    /// ```
    pub(super) UNBALANCED_QUOTES {
        name: "unbalanced-quotes",
        command: Check,
        category: Text,
        langs: KNOWN,
        formats: SUBTITLES,
        severity: Warning,
        fix: None,
        reach: Near(2),
        help: "close the quotation where the quoted words end, with `\"` (`'` inside)",
    }
}

declare_rule! {
    /// a dialogue dash on a cue with one speaker
    ///
    /// **What it does.** Reports a one-line cue that starts with a dialogue dash and has no second speaker on the line, and a two-line cue where only one line starts with a dash.
    ///
    /// **Why.** The dash tells the viewer that two people speak in the subtitle; on a cue with one speaker it misleads, and a two-speaker cue with one dash hides who says what.
    ///
    /// **Source.** Netflix Spanish (Latin America & Spain) and English (USA) Timed Text Style Guides, dual speakers (a dash on each speaker's line, one speaker per line, in a subtitle with two speakers).
    ///
    /// **Fix.** Removes the dash (and the space after it) from a one-line cue. A two-line cue is left for a person: it may need a second dash or none.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// - Aquí va a ir la cocina.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Aquí va a ir la cocina.
    /// ```
    pub(super) SINGLE_SPEAKER_DASH {
        name: "single-speaker-dash",
        command: Check,
        category: Text,
        langs: KNOWN,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Cue,
        help: "remove the dash from a one-speaker cue, or start both speakers' lines with one",
    }
}

declare_rule! {
    /// a sentence continued after an ellipsis without the language's leading ellipsis (Spanish), or with one (English)
    ///
    /// **What it does.** When a cue ends with an ellipsis and the next cue goes on with the same sentence: in Spanish files, the next cue must start with `…` (`Me pasa algo raro…` / `…pero no puedo decirte nada.`), so a cue that starts with a lowercase word is reported; in English files, the next cue starts without one (`Had I known…` / `I wouldn't have called you.`), so a leading `…` there is reported. A cue that starts with a dialogue dash is a new speaker and is not reported.
    ///
    /// **Why.** The two guides mark a pause that carries a sentence into the next subtitle in opposite ways; mixing them in one file reads as an error.
    ///
    /// **Source.** Netflix Spanish (Latin America & Spain) Timed Text Style Guide, continuity ("if the sentence continues in the next subtitle, use an ellipsis at the beginning of the second subtitle"); Netflix English (USA) Timed Text Style Guide, continuity ("do not use an ellipsis at the beginning of the second subtitle").
    ///
    /// **Fix.** Adds `…` at the start of the Spanish cue; removes the leading ellipsis from the English cue.
    ///
    /// **Example.**
    /// In `film.es.srt`:
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Ya casi acabo la casa…
    ///
    /// 2
    /// 00:00:03,500 --> 00:00:05,000
    /// nada más falta el baño.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Ya casi acabo la casa…
    ///
    /// 2
    /// 00:00:03,500 --> 00:00:05,000
    /// …nada más falta el baño.
    /// ```
    pub(super) CONTINUATION_ELLIPSIS {
        name: "continuation-ellipsis",
        command: Check,
        category: Text,
        langs: KNOWN,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Near(1),
        help: "in Spanish, start the continuing cue with `…`; in English, start it without one",
    }
}

declare_rule! {
    /// a sentence that starts in lowercase after a period, `?` or `!` in the same cue
    ///
    /// **What it does.** Reports a lowercase letter that starts a word after a period, `?` or `!` and a space, within one cue. Ellipses, decimals, initials and abbreviations (`Sr.`, `Dra.`, `a.m.`, `etc.`) do not end a sentence here.
    ///
    /// **Why.** A sentence starts with a capital letter in both languages; a lowercase one after a full stop is a typing slip or a period that should have been a comma.
    ///
    /// **Source.** RAE, *Ortografía* (2010) §4.1.1.1 (capital letter after a period and after closing `?` and `!`); Netflix English and Spanish Timed Text Style Guides (standard capitalization); Subtitle Edit, Fix common errors ("Fix lowercase letter after period").
    ///
    /// **Fix.** Capitalizes the letter.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Ya está. bien hecho, mija.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Ya está. Bien hecho, mija.
    /// ```
    pub(super) LOWERCASE_AFTER_SENTENCE_END {
        name: "lowercase-after-sentence-end",
        command: Check,
        category: Text,
        langs: KNOWN,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Cue,
        help: "capitalize the first letter of the sentence, or replace the period with a comma",
    }
}

/// Abbreviations whose period ends no sentence (lowercase, without the period).
const ABBREVIATIONS: &[&str] = &[
    "sr", "sra", "srta", "sres", "dr", "dra", "ud", "uds", "lic", "ing", "prof", "gral", "av", "núm", "no", "pág",
    "tel", "ee", "uu", "mr", "mrs", "ms", "st", "vs", "jr", "etc", "am", "pm", "approx", "dept", "ft", "mt",
];

/// Words repeated on purpose in speech (lowercase).
const REPEATABLE: &[&str] = &[
    "no", "sí", "si", "ya", "ja", "je", "jo", "ha", "he", "hey", "bye", "adiós", "ok", "okay", "very", "muy", "that",
    "had", "so", "go", "come", "now", "oye", "mira", "ándale", "órale", "bla", "tic", "tac", "pum", "yes", "yeah",
    "más", "quickly", "rápido", "poco", "oh", "ay", "uh", "um", "eh", "ah", "mm", "hmm",
];

/// Make the fix that writes `replacement` over `span` the fix of `d`.
fn fix(ctx: &Context<'_>, d: &mut Diagnostic, span: Range<usize>, replacement: &str, description: Message) {
    Proposal { description, edits: vec![super::edit(ctx.doc, span, replacement)] }.attach(d);
}

/// The lowercase letters of characters `from..to`.
fn lower(buf: &CueChars, from: usize, to: usize) -> String {
    buf.chars.get(from..to).unwrap_or_default().iter().flat_map(|v| v.ch.to_lowercase()).collect()
}

/// The start of the run of letters that ends just before `i`.
fn letters_before(buf: &CueChars, i: usize) -> usize {
    let mut from = i;
    while from > 0 && buf.ch(from - 1).is_some_and(char::is_alphabetic) {
        from -= 1;
    }
    from
}

/// Whether the period at `i` may end a sentence: not an ellipsis, a decimal point, an initial
/// (`J.`), a period inside a word (`a.m.`) or after an abbreviation.
fn period_ends_sentence(buf: &CueChars, i: usize) -> bool {
    if is_ellipsis_at(buf, i) {
        return false;
    }
    let from = letters_before(buf, i);
    if i - from < 2 || (from > 0 && buf.ch(from - 1) == Some('.')) {
        return false;
    }
    !ABBREVIATIONS.contains(&lower(buf, from, i).as_str())
}

/// `missing-space`.
pub(super) fn missing_space(ctx: &Context<'_>, info: &'static RuleInfo, cue: &Cue, buf: &CueChars, out: &mut Findings) {
    for i in 1..buf.chars.len() {
        let (Some(prev), Some(ch), Some(next)) = (buf.ch(i - 1), buf.ch(i), buf.ch(i + 1)) else { continue };
        let missing = match ch {
            // Not `;`: HTML entities (`&nbsp;x`) are left in some files.
            ',' => prev.is_alphabetic() && next.is_alphabetic(),
            '.' => prev.is_lowercase() && next.is_uppercase() && period_ends_sentence(buf, i),
            '?' | '!' => next.is_alphabetic(),
            _ => false,
        };
        if missing {
            let at = buf.span(i + 1, i + 1).start;
            let message = msg!("missing-space", mark = ch, next = next);
            let mut d = ctx.finding(info, buf.span(i, i + 2), cue, message);
            fix(ctx, &mut d, at..at, " ", msg!("missing-space-fix", mark = ch));
            out.push(d);
        }
    }
}

/// `repeated-word`.
pub(super) fn repeated_word(ctx: &Context<'_>, info: &'static RuleInfo, cue: &Cue, buf: &CueChars, out: &mut Findings) {
    // Lyrics repeat words (`la la la`): a cue with music notes is a song.
    if buf.chars.iter().any(|v| matches!(v.ch, '♪' | '♫')) {
        return;
    }
    let mut previous: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < buf.chars.len() {
        let Some(ch) = buf.ch(i) else { break };
        if !is_word_char(ch) {
            if !is_space(ch) {
                previous = None;
            }
            i += 1;
            continue;
        }
        let from = i;
        while buf.ch(i).is_some_and(|c| is_word_char(c) || c == '\'' || c == '’') {
            i += 1;
        }
        // Compared in place; the lowercase word is built only for a repeat (most words are not).
        if let Some((pf, pt)) = previous
            && same_word(buf, pf..pt, from..i)
            && let word = lower(buf, from, i)
            && word.chars().any(char::is_alphabetic)
            && !REPEATABLE.contains(&word.as_str())
        {
            let shown: String = buf.chars.get(from..i).unwrap_or_default().iter().map(|v| v.ch).collect();
            out.push(ctx.finding(info, buf.span(pf, i), cue, msg!("repeated-word", word = shown)));
        }
        previous = Some((from, i));
    }
}

/// Whether the words at `a` and `b` of `buf` are the same but for case.
fn same_word(buf: &CueChars, a: std::ops::Range<usize>, b: std::ops::Range<usize>) -> bool {
    let (Some(a), Some(b)) = (buf.chars.get(a), buf.chars.get(b)) else { return false };
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.ch == y.ch || x.ch.to_lowercase().eq(y.ch.to_lowercase()))
}

/// A cue's visible text with runs of spaces and line breaks as one space.
fn collapsed(buf: &CueChars) -> String {
    let mut text = String::new();
    for v in &buf.chars {
        if is_space(v.ch) || v.ch == '\n' {
            if !text.ends_with(' ') && !text.is_empty() {
                text.push(' ');
            }
        } else {
            text.push(v.ch);
        }
    }
    text.trim_end().to_string()
}

/// `repeated-cue`: the previous cue's collapsed text and number.
pub(super) struct RepeatedCue {
    info: &'static RuleInfo,
    previous: Option<(String, usize)>,
}

/// A `repeated-cue` check for one file.
pub(super) fn repeated_cue(info: &'static RuleInfo) -> Box<dyn CueCheck> {
    Box::new(RepeatedCue { info, previous: None })
}

impl CueCheck for RepeatedCue {
    fn cue(&mut self, ctx: &Context<'_>, cue: &Cue, buf: &CueChars, out: &mut Findings) {
        let text = collapsed(buf);
        // Short replies are said twice on purpose (`Thank you.` / `Thank you.` from two people);
        // a sentence of three words or more twice in a row is a paste or merge error.
        // A sound described in brackets (`(pounding at door)`) may well happen twice.
        if let Some((before, position)) = &self.previous
            && *before == text
            && !text.starts_with(['(', '['])
            && text.split(' ').filter(|w| w.chars().any(char::is_alphabetic)).count() >= 3
            && let (Some(first), Some(last)) = (cue.lines.first(), cue.lines.last())
        {
            let message = msg!("repeated-cue", cue = *position, text = super::quote(&text, 40));
            out.push(ctx.finding(self.info, first.span.start..last.span.end, cue, message));
        }
        self.previous = Some((text, cue.position));
    }
}

/// A doubled mark found: how many characters, the message, and the replacement with its
/// description when the fix is safe.
type Doubled = (usize, Message, Option<(&'static str, Message)>);

/// `doubled-punctuation`.
pub(super) fn doubled_punctuation(
    ctx: &Context<'_>,
    info: &'static RuleInfo,
    cue: &Cue,
    buf: &CueChars,
    out: &mut Findings,
) {
    let mut i = 0;
    while i < buf.chars.len() {
        let (ch, next) = (buf.ch(i), buf.ch(i + 1));
        let run_of = |c: char| {
            let mut j = i;
            while buf.ch(j) == Some(c) {
                j += 1;
            }
            j - i
        };
        let found: Option<Doubled> = match (ch, next) {
            (Some(','), Some(',')) => {
                let n = run_of(',');
                Some((
                    n,
                    msg!("doubled-punctuation-commas", n = n),
                    Some((",", msg!("doubled-punctuation-fix-commas"))),
                ))
            }
            (Some('.'), Some('.')) => {
                let n = run_of('.');
                (n == 2 && buf.ch(i.wrapping_sub(1)) != Some('.'))
                    .then(|| (2, msg!("doubled-punctuation-periods"), None))
            }
            (Some(mark @ ('?' | '!')), Some('.')) if ctx.lang != Lang::Spanish && buf.ch(i + 2) != Some('.') => {
                Some((2, msg!("doubled-punctuation-after-mark", mark = mark), {
                    let keep: &'static str = if mark == '?' { "?" } else { "!" };
                    Some((keep, msg!("doubled-punctuation-fix-period")))
                }))
            }
            (Some('\''), Some('\'')) if buf.ch(i + 2) != Some('\'') => Some((
                2,
                msg!("doubled-punctuation-apostrophes"),
                Some(("\"", msg!("doubled-punctuation-fix-apostrophes"))),
            )),
            _ => None,
        };
        match found {
            Some((n, message, replacement)) => {
                let span = buf.span(i, i + n);
                let mut d = ctx.finding(info, span.clone(), cue, message);
                if let Some((with, description)) = replacement {
                    fix(ctx, &mut d, span, with, description);
                }
                out.push(d);
                i += n.max(1);
            }
            None => i += 1,
        }
    }
}

/// An open quotation: its mark, span and cue.
struct OpenQuote {
    mark: char,
    span: Range<usize>,
    cue: usize,
    /// Cues it has stayed open past.
    carried: usize,
}

/// `unbalanced-quotes`: the quotations still open.
pub(super) struct UnbalancedQuotes {
    info: &'static RuleInfo,
    open: Vec<OpenQuote>,
}

/// An `unbalanced-quotes` check for one file.
pub(super) fn unbalanced_quotes(info: &'static RuleInfo) -> Box<dyn CueCheck> {
    Box::new(UnbalancedQuotes { info, open: Vec::new() })
}

impl UnbalancedQuotes {
    fn report(&self, ctx: &Context<'_>, q: OpenQuote, out: &mut Findings) {
        let closer = match q.mark {
            '“' => '”',
            '«' => '»',
            _ => '"',
        };
        let message = msg!("unbalanced-quotes-never-closed", mark = q.mark, closer = closer);
        let mut d = ctx.doc.diagnostic(self.info.name, self.info.default_severity, q.span, Some(q.cue), String::new());
        crate::ui::set_message(&mut d, message);
        out.push(d);
    }
}

impl CueCheck for UnbalancedQuotes {
    fn cue(&mut self, ctx: &Context<'_>, cue: &Cue, buf: &CueChars, out: &mut Findings) {
        let info = self.info;
        let open = &mut self.open;
        let has_quote = cue.lines.iter().any(|l| ctx.doc.slice(&l.span).contains(['"', '“', '”', '«', '»']));
        if !has_quote && open.is_empty() {
            return;
        }
        for i in 0..buf.chars.len() {
            let Some(ch) = buf.ch(i) else { break };
            if matches!(ch, '«' | '»') {
                out.push(ctx.finding(info, buf.span(i, i + 1), cue, msg!("unbalanced-quotes-angle", mark = ch)));
            }
            match ch {
                '"' => match open.iter().rposition(|q| q.mark == '"') {
                    Some(at) => {
                        open.remove(at);
                    }
                    None => open.push(OpenQuote { mark: ch, span: buf.span(i, i + 1), cue: cue.position, carried: 0 }),
                },
                '“' | '«' => {
                    open.push(OpenQuote { mark: ch, span: buf.span(i, i + 1), cue: cue.position, carried: 0 })
                }
                '”' | '»' => {
                    let opener = if ch == '”' { '“' } else { '«' };
                    match open.iter().rposition(|q| q.mark == opener) {
                        Some(at) => {
                            open.remove(at);
                        }
                        None => {
                            let message = msg!("unbalanced-quotes-never-opened", mark = ch, opener = opener);
                            out.push(ctx.finding(info, buf.span(i, i + 1), cue, message));
                        }
                    }
                }
                _ => {}
            }
        }
        // A quotation may run on over the next two cues.
        let mut still = Vec::new();
        for mut q in std::mem::take(&mut self.open) {
            if q.cue != cue.position {
                q.carried += 1;
            }
            if q.carried >= 2 { self.report(ctx, q, out) } else { still.push(q) }
        }
        self.open = still;
    }

    fn end(&mut self, ctx: &Context<'_>, out: &mut Findings) {
        for q in std::mem::take(&mut self.open) {
            self.report(ctx, q, out);
        }
    }
}

/// The index of the first visible character of line `from..`, past spaces.
fn line_start(buf: &CueChars, from: usize) -> usize {
    buf.skip_spaces(from)
}

/// `single-speaker-dash`.
pub(super) fn single_speaker_dash(
    ctx: &Context<'_>,
    info: &'static RuleInfo,
    cue: &Cue,
    buf: &CueChars,
    out: &mut Findings,
) {
    if cue.lines.is_empty() || cue.lines.len() > 2 {
        return;
    }
    let mut starts = vec![line_start(buf, 0)];
    if let Some(nl) = buf.chars.iter().position(|v| v.ch == '\n') {
        starts.push(line_start(buf, nl + 1));
    }
    let dashed: Vec<usize> = starts.iter().copied().filter(|&s| buf.is_dialogue_dash(s)).collect();
    if dashed.len() != 1 {
        return;
    }
    let Some(&dash) = dashed.first() else { return };
    if starts.len() == 1 {
        // A second speaker on the same line: ` - ` or ` -` after the first one's words.
        let second = (dash + 1..buf.chars.len()).any(|j| {
            buf.ch(j).is_some_and(crate::visible::is_dash)
                && buf.ch(j.wrapping_sub(1)).is_some_and(is_space)
                && !buf.ch(j + 1).is_some_and(crate::visible::is_dash)
        });
        if second {
            return;
        }
        let text = buf.skip_spaces(dash + 1);
        let mut d = ctx.finding(info, buf.span(dash, dash + 1), cue, msg!("single-speaker-dash"));
        fix(ctx, &mut d, buf.span(dash, text), "", msg!("single-speaker-dash-fix"));
        out.push(d);
    } else {
        out.push(ctx.finding(info, buf.span(dash, dash + 1), cue, msg!("single-speaker-dash-one-line")));
    }
}

/// `continuation-ellipsis`: whether the cue before ended with an ellipsis.
pub(super) struct ContinuationEllipsis {
    info: &'static RuleInfo,
    after_ellipsis: bool,
}

/// A `continuation-ellipsis` check for one file.
pub(super) fn continuation_ellipsis(info: &'static RuleInfo) -> Box<dyn CueCheck> {
    Box::new(ContinuationEllipsis { info, after_ellipsis: false })
}

impl CueCheck for ContinuationEllipsis {
    fn cue(&mut self, ctx: &Context<'_>, cue: &Cue, buf: &CueChars, out: &mut Findings) {
        let info = self.info;
        let after_ellipsis = self.after_ellipsis;
        let first = buf.skip_spaces(0);
        if after_ellipsis && !buf.is_dialogue_dash(first) {
            match ctx.lang {
                Lang::Spanish if buf.ch(first).is_some_and(char::is_lowercase) => {
                    let at = buf.span(first, first).start;
                    let message = msg!("continuation-ellipsis-spanish");
                    let mut d = ctx.finding(info, buf.span(first, first + 1), cue, message);
                    fix(ctx, &mut d, at..at, "…", msg!("continuation-ellipsis-fix-spanish"));
                    out.push(d);
                }
                Lang::English if is_ellipsis_at(buf, first) => {
                    let mut end = first;
                    while is_ellipsis_at(buf, end) && buf.ch(end) != Some('\n') {
                        end += 1;
                        if buf.ch(end - 1) == Some('…') {
                            break;
                        }
                    }
                    let end = buf.skip_spaces(end);
                    let message = msg!("continuation-ellipsis-english");
                    let mut d = ctx.finding(info, buf.span(first, end), cue, message);
                    fix(ctx, &mut d, buf.span(first, end), "", msg!("continuation-ellipsis-fix-english"));
                    out.push(d);
                }
                _ => {}
            }
        }
        self.after_ellipsis =
            buf.last_significant().is_some_and(|(i, c)| c == '…' || (c == '.' && is_ellipsis_at(buf, i)));
    }
}

/// `lowercase-after-sentence-end`.
pub(super) fn lowercase_after_sentence_end(
    ctx: &Context<'_>,
    info: &'static RuleInfo,
    cue: &Cue,
    buf: &CueChars,
    out: &mut Findings,
) {
    for i in 0..buf.chars.len() {
        let ends = match buf.ch(i) {
            Some('.') => period_ends_sentence(buf, i),
            Some('?' | '!') => true,
            _ => false,
        };
        if !ends || !buf.ch(i + 1).is_some_and(|c| is_space(c) || c == '\n') {
            continue;
        }
        let mut next = i + 1;
        while buf.ch(next).is_some_and(|c| is_space(c) || c == '\n') {
            next += 1;
        }
        let Some(letter) = buf.ch(next).filter(|c| c.is_lowercase()) else { continue };
        // Past a dialogue dash the next speaker's line is judged by `dialogue-dash`'s rules.
        let upper: String = letter.to_uppercase().collect();
        let mark = buf.ch(i).unwrap_or('.');
        let message = msg!("lowercase-after-sentence-end", letter = letter, mark = mark, upper = upper.as_str());
        let span = buf.span(next, next + 1);
        let mut d = ctx.finding(info, span.clone(), cue, message);
        fix(ctx, &mut d, span, &upper, msg!("lowercase-after-sentence-end-fix", letter = letter));
        out.push(d);
    }
}
