//! Spanish rules (files checked as Spanish only): `spanish-punctuation`, `capitalized-month`,
//! `semicolon`.
use super::text::prose::{Word, cue_ends_sentence, ends_sentence, is_ellipsis_at, word_after, word_before, words};
use super::text::{edit, whitespace_deletions};
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::fix::Proposal;
use crate::check::rule::{Context, CueCheck, Findings, Lang, Rule};
use crate::diagnostic::Diagnostic;
use crate::lang::detect_cue_lines;
use crate::msg;
use crate::srt::Cue;
use crate::ui::Message;
use crate::visible::{CueChars, is_space};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The Spanish rules, in catalogue order.
pub fn rules() -> Vec<Rule> {
    vec![
        Rule::per_cue_with_state(&PUNCTUATION, spanish_punctuation),
        Rule::per_cue_with_state(&MONTH, capitalized_month),
        Rule::per_cue(&SEMICOLON, semicolon),
    ]
}

declare_rule! {
    /// `?` or `!` without its opening `¿` or `¡` (or the reverse), a space inside the signs, or a period after them
    ///
    /// **What it does.** In Spanish files:
    /// - a closing `?` or `!` with no opening `¿` or `¡` earlier in the same sentence, and an opening sign never closed before the sentence ends;
    /// - a question opened with `¿` and closed with `!` (or the reverse), and combined signs `?!`, which the Netflix Spanish guide does not allow;
    /// - a space after `¿` or `¡`, or before `?` or `!`;
    /// - a period right after `?` or `!`.
    ///
    /// The opening sign goes where the question starts, which may be mid-sentence: `Julián, ¿vienes?` is correct. A sentence may run over both lines of a cue, and on into the next cue when the cue ends without a period, `?` or `!` (for example with `…`); a dialogue dash starts a new sentence. A sentence joined by continuation ellipses (`¡No te pido perdón…` / `…ni a ti…` / `…ni a nadie…` / `…en todo el pueblo!`) is followed over six cues at most; one that runs on after a comma or a word, over three. Cues that read as English (`wrong-language`'s finding) are not checked. Where a conversion lost the signs (U+FFFD right before a word, as in a Windows-1252 file read as something else), the lost sign counts as the opening sign and the file gets one finding with the count instead of one per sentence (`glyph` still names each U+FFFD). Periods of abbreviations (`Sr.`, `Dra.`, `EE. UU.`), initials and decimals do not end a sentence.
    ///
    /// **Why.** Spanish questions and exclamations are enclosed by two signs, like parentheses; leaving out the opening sign is an error, not a style choice, and viewers read the intonation from it.
    ///
    /// **Source.** RAE, *Ortografía de la lengua española* (2010) §3.4.9 and "Español al día: signos de interrogación y exclamación" (opening sign mandatory; signs attached to the words they enclose; never a period after the closing sign); Netflix Spanish (Latin America & Spain) Timed Text Style Guide (no combined ¿? and ¡!; never a period after ? or !).
    ///
    /// **Fix.** Removes the misplaced spaces and the period after `?` or `!`. Missing signs are not added: where the question starts is for a person to decide.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Julián, vienes?
    /// ```
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// ¿ Qué hora es ?.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Julián, ¿vienes?
    /// ```
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// ¿Qué hora es?
    /// ```
    PUNCTUATION {
        name: "spanish-punctuation",
        command: Check,
        category: Spanish,
        langs: SPANISH,
        formats: SUBTITLES,
        severity: Error,
        fix: Safe,
        reach: Carried,
        help: "add the opening `¿` or `¡` where the question or exclamation starts",
    }
}

/// An opening sign waiting for its closing sign.
#[derive(Debug, Clone)]
struct Open {
    sign: char,
    span: Range<usize>,
    cue: usize,
}

/// `spanish-punctuation`: opening and closing question and exclamation marks.
/// `spanish-punctuation`: the signs still open, the cues they have run on over, and the signs lost in a conversion.
pub(super) struct SpanishPunctuation {
    info: &'static RuleInfo,
    pending: Vec<Open>,
    carried: usize,
    lost: Lost,
}

/// A `spanish-punctuation` check for one file.
fn spanish_punctuation(info: &'static RuleInfo) -> Box<dyn CueCheck> {
    Box::new(SpanishPunctuation { info, pending: Vec::new(), carried: 0, lost: Lost::default() })
}

impl CueCheck for SpanishPunctuation {
    fn cue(&mut self, ctx: &Context<'_>, cue: &Cue, buf: &CueChars, out: &mut Findings) {
        let info = self.info;
        let (pending, carried, lost) = (&mut self.pending, &mut self.carried, &mut self.lost);
        // Nothing to do in a cue without signs unless a sentence is still open.
        if pending.is_empty() && !cue.lines.iter().any(|l| has_sign(ctx.doc.slice(&l.span))) {
            *carried = 0;
            return;
        }
        // A line left in English is `wrong-language`'s finding, not a Spanish typography error.
        if detect_cue_lines(cue.text_lines(ctx.doc)) == Some(Lang::English) {
            flush(ctx, pending, out);
            *carried = 0;
            return;
        }
        for i in 0..buf.chars.len() {
            let Some(ch) = buf.ch(i) else { break };
            if buf.is_dialogue_dash(i) {
                flush(ctx, pending, out);
                continue;
            }
            match ch {
                // A sign lost in a conversion (U+FFFD right before a word): it opens a sentence
                // that either closing sign may end, and is counted, not reported.
                '\u{fffd}' if buf.ch(i + 1).is_some_and(char::is_alphabetic) => {
                    pending.push(Open { sign: ch, span: buf.span(i, i + 1), cue: cue.position });
                    lost.count += 1;
                    lost.first.get_or_insert((buf.span(i, i + 1), cue.position));
                }
                '¿' | '¡' => {
                    pending.push(Open { sign: ch, span: buf.span(i, i + 1), cue: cue.position });
                    let text = buf.skip_spaces(i + 1);
                    if text > i + 1 && buf.ch(text).is_some_and(|c| c != '\n') {
                        let message = msg!("spanish-punctuation-space-after", sign = ch);
                        let mut d = ctx.finding(info, buf.span(i + 1, text), cue, message);
                        let edits = whitespace_deletions(ctx.doc, buf, i + 1, text);
                        Proposal { description: msg!("spanish-punctuation-fix-space-after", sign = ch), edits }
                            .attach(&mut d);
                        out.push(d);
                    }
                }
                // `(?)` and `(!)` mark doubt or surprise on their own (RAE).
                '?' | '!' if buf.ch(i.wrapping_sub(1)) == Some('(') && buf.ch(i + 1) == Some(')') => {}
                '?' | '!' => closing_sign(ctx, cue, buf, i, ch, pending, out),
                '.' if ends_sentence_at(buf, i) => flush(ctx, pending, out),
                _ => {}
            }
        }
        // `carried` counts the cues an open sentence has run on over, so it starts again
        // whenever nothing is open: the state between two cues then depends only on the
        // cues since the last sentence end, which lets a long file be checked in pieces.
        // A sentence joined by continuation ellipses (`…` at the end of the cue) runs on over six
        // cues at most, one that runs on otherwise (a comma, a word) over three: an open sign
        // settles within `ELLIPSIS_CARRY` cues, which `check::pieces::MIN_CONTEXT` relies on.
        let limit = if ends_with_ellipsis(buf) { ELLIPSIS_CARRY } else { 2 };
        if !continues(buf) || *carried >= limit {
            flush(ctx, pending, out);
            *carried = 0;
        } else if pending.is_empty() {
            *carried = 0;
        } else {
            *carried += 1;
        }
    }

    fn end(&mut self, ctx: &Context<'_>, out: &mut Findings) {
        flush(ctx, &mut self.pending, out);
        let lost = &self.lost;
        let Some((span, cue)) = lost.first.clone() else { return };
        let n = lost.count;
        out.push(diagnostic_at(ctx, span, cue, msg!("spanish-punctuation-lost", n = n)));
    }
}

/// Cues an open sign may be carried past when each ends with a continuation ellipsis.
pub(crate) const ELLIPSIS_CARRY: usize = 4;

/// The opening signs lost in a conversion: how many, and the first (its span and cue).
#[derive(Default)]
struct Lost {
    count: usize,
    first: Option<(Range<usize>, usize)>,
}

/// Whether the cue's last visible character is an ellipsis (`…`, or dots).
fn ends_with_ellipsis(buf: &CueChars) -> bool {
    buf.last_significant().is_some_and(|(i, c)| c == '…' || (c == '.' && is_ellipsis_at(buf, i)))
}

/// Whether a line contains `¿`, `¡`, `?`, `!` (`¿` and `¡` are the bytes C2 BF and C2 A1) or
/// U+FFFD (a sign lost in a conversion).
fn has_sign(line: &str) -> bool {
    let bytes = line.as_bytes();
    memchr::memchr3_iter(b'?', b'!', 0xc2, bytes)
        .any(|i| bytes.get(i) != Some(&0xc2) || matches!(bytes.get(i + 1), Some(0xa1 | 0xbf)))
        || memchr::memmem::find(bytes, "\u{fffd}".as_bytes()).is_some()
}

/// Handle the closing sign `ch` at `i`.
fn closing_sign(
    ctx: &Context<'_>,
    cue: &crate::srt::Cue,
    buf: &CueChars,
    i: usize,
    ch: char,
    pending: &mut Vec<Open>,
    out: &mut Findings,
) {
    // Space before the sign (not at the start of a line, not after an opening sign: `¿ ?`).
    let mut k = i;
    while k > 0 && buf.ch(k - 1).is_some_and(is_space) {
        k -= 1;
    }
    if k < i && k > 0 && buf.ch(k - 1).is_some_and(|c| !matches!(c, '\n' | '¿' | '¡')) && !buf.is_dialogue_dash(k - 1)
    {
        let message = msg!("spanish-punctuation-space-before", sign = ch);
        let mut d = ctx.finding(&PUNCTUATION, buf.span(k, i), cue, message);
        let edits = whitespace_deletions(ctx.doc, buf, k, i);
        Proposal { description: msg!("spanish-punctuation-fix-space-before", sign = ch), edits }.attach(&mut d);
        out.push(d);
    }
    let opener = if ch == '?' { '¿' } else { '¡' };
    // Only the most recent openers are candidates, which keeps hostile input linear.
    let from = pending.len().saturating_sub(32);
    let same = pending
        .get(from..)
        .and_then(|p| p.iter().rposition(|o| o.sign == opener || o.sign == '\u{fffd}'))
        .map(|at| from + at);
    if let Some(at) = same {
        pending.remove(at);
    } else if let Some(at) = pending.pop() {
        let message = msg!("spanish-punctuation-mixed", opener = at.sign, sign = ch);
        out.push(ctx.finding(&PUNCTUATION, buf.span(i, i + 1), cue, message));
    } else {
        let message = msg!("spanish-punctuation-no-opening", sign = ch, opener = opener);
        out.push(ctx.finding(&PUNCTUATION, buf.span(i, i + 1), cue, message));
    }
    let other = if ch == '?' { '!' } else { '?' };
    let next = buf.ch(i + 1);
    if next == Some(other) && (i == 0 || buf.ch(i - 1) != Some(other)) {
        let message = msg!("spanish-punctuation-combined", signs = format!("{ch}{other}"));
        out.push(ctx.finding(&PUNCTUATION, buf.span(i, i + 2), cue, message));
    }
    if next == Some('.') && buf.ch(i + 2) != Some('.') {
        let message = msg!("spanish-punctuation-period", sign = ch);
        let mut d = ctx.finding(&PUNCTUATION, buf.span(i + 1, i + 2), cue, message);
        let edits = vec![edit(ctx.doc, buf.span(i + 1, i + 2), "")];
        Proposal { description: msg!("spanish-punctuation-fix-period"), edits }.attach(&mut d);
        out.push(d);
    }
}

/// Whether the sentence at the end of the cue goes on in the next cue: the cue ends with an
/// ellipsis, a comma or a word rather than a period, `?` or `!`.
/// Whether `spanish-punctuation` has nothing open after `cue` (its last visible character ends
/// a sentence, so every `¿` and `¡` still open is settled there), whatever came before it: the
/// check can start afresh after such a cue, which is where `check::pieces` starts its pieces.
pub(crate) fn settles_open_signs(source: &str, cue: &crate::srt::Cue, buf: &mut CueChars) -> bool {
    buf.fill_from(source, cue);
    !continues(buf)
}

fn continues(buf: &CueChars) -> bool {
    match buf.last_significant() {
        None => false,
        Some((i, '.')) => is_ellipsis_at(buf, i),
        Some((_, c)) => !matches!(c, '?' | '!'),
    }
}

/// A `spanish-punctuation` finding on `span` of the cue at `position`.
fn diagnostic_at(ctx: &Context<'_>, span: Range<usize>, position: usize, message: Message) -> Diagnostic {
    let mut d = ctx.doc.diagnostic(PUNCTUATION.name, PUNCTUATION.default_severity, span, Some(position), String::new());
    crate::ui::set_message(&mut d, message);
    d
}

/// Report every opening sign still waiting, and forget them.
fn flush(ctx: &Context<'_>, pending: &mut Vec<Open>, out: &mut Findings) {
    for open in pending.drain(..).filter(|o| o.sign != '\u{fffd}') {
        let closer = if open.sign == '¿' { '?' } else { '!' };
        let message = msg!("spanish-punctuation-never-closed", sign = open.sign, closer = closer);
        out.push(diagnostic_at(ctx, open.span, open.cue, message));
    }
}

/// Abbreviations whose period does not end a sentence (lowercase, without the period).
const ABBREVIATIONS: &[&str] = &[
    "sr", "sra", "srta", "sres", "dr", "dra", "ud", "uds", "vd", "vds", "lic", "licda", "ing", "arq", "prof", "profa",
    "gral", "cap", "col", "tte", "sto", "sta", "av", "avda", "núm", "no", "pág", "págs", "tel", "ee", "uu", "mr",
    "mrs", "ms", "st", "vs", "jr",
];

/// Whether the period at `i` ends a sentence (not an ellipsis, a decimal point, an
/// abbreviation, an initial, or a period inside a word like `a.m.`).
fn ends_sentence_at(buf: &CueChars, i: usize) -> bool {
    if is_ellipsis_at(buf, i) {
        return false;
    }
    let next = buf.ch(i + 1);
    if !next.is_none_or(|c| is_space(c) || c == '\n' || crate::visible::is_closer(c)) {
        return false;
    }
    let mut from = i;
    while from > 0 && buf.ch(from - 1).is_some_and(char::is_alphabetic) {
        from -= 1;
    }
    let word = Word { from, to: i, sentence_start: false };
    match i - from {
        0 => true,
        1 => false,
        _ => !word.is_any(buf, ABBREVIATIONS),
    }
}

declare_rule! {
    /// a month or weekday capitalised in the middle of a sentence
    ///
    /// **What it does.** In Spanish files, the names of the months (`enero` … `diciembre`, `setiembre`) and of the days of the week (`lunes` … `domingo`) written with a capital letter where the sentence does not start. Sentence starts (after `.`, `?`, `!`, `…`, a dialogue dash, or at the start of a cue that follows a finished sentence) are left alone, and so are names of holidays and places that contain them (`Viernes Santo`, `Domingo de Ramos`, `Cinco de Mayo`, `Plaza de Mayo`). `Domingo`, `Abril` and `Mayo` are also first names and surnames, so they are reported only in a date (`el Domingo`, `11 de Abril`). Words in capitals (`MARZO`) are left alone.
    ///
    /// **Why.** Spanish writes months and weekdays in lowercase; the capital is an anglicism that viewers and QC reviewers notice.
    ///
    /// **Source.** RAE, *Ortografía de la lengua española* (2010), uses of the lowercase (months, days of the week and seasons are common nouns); Fundéu, "los meses y los días de la semana, con minúscula".
    ///
    /// **Fix.** Lowercases the first letter.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:04,000
    /// Llegamos el 11 de Marzo, un Martes.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:04,000
    /// Llegamos el 11 de marzo, un martes.
    /// ```
    MONTH {
        name: "capitalized-month",
        command: Check,
        category: Spanish,
        langs: SPANISH,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Cue,
        help: "write the month or weekday in lowercase",
    }
}

const MONTHS_AND_DAYS: &[&str] = &[
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];

/// A quick test for a capitalised month or day name anywhere in a line.
static CAPITALIZED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let names: Vec<String> = MONTHS_AND_DAYS
        .iter()
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
        })
        .collect();
    // Built from fixed words, so it compiles; without it every cue is read in full.
    Regex::new(&names.join("|")).ok()
});

/// Month or day names that are also common first names or surnames.
const ALSO_NAMES: &[&str] = &["domingo", "abril", "mayo"];

/// Words before a month or day that make a date: `el lunes`, `desde marzo`.
const DATE_WORDS: &[&str] = &[
    "el",
    "los",
    "este",
    "esta",
    "ese",
    "cada",
    "próximo",
    "próxima",
    "pasado",
    "pasada",
    "último",
    "hasta",
    "desde",
    "del",
    "al",
    "mediados",
    "principios",
    "finales",
    "fines",
    "todo",
    "todos",
];

/// `capitalized-month`: month and weekday names capitalised in the middle of a sentence.
/// `capitalized-month`: whether the next cue starts a sentence.
pub(super) struct CapitalizedMonth {
    info: &'static RuleInfo,
    starts: bool,
}

/// A `capitalized-month` check for one file.
fn capitalized_month(info: &'static RuleInfo) -> Box<dyn CueCheck> {
    Box::new(CapitalizedMonth { info, starts: true })
}

impl CueCheck for CapitalizedMonth {
    fn cue(&mut self, ctx: &Context<'_>, cue: &Cue, buf: &CueChars, out: &mut Findings) {
        let info = self.info;
        let quick = CAPITALIZED.as_ref();
        if quick.is_some_and(|re| !cue.lines.iter().any(|l| re.is_match(ctx.doc.slice(&l.span)))) {
            self.starts = cue_ends_sentence(ctx.doc, cue);
            return;
        }
        for word in words(buf, self.starts) {
            if word.sentence_start || !word.is_capitalized(buf) || !word.is_any(buf, MONTHS_AND_DAYS) {
                continue;
            }
            if part_of_a_name(buf, word) {
                continue;
            }
            let Some(first) = buf.chars.get(word.from) else { continue };
            let shown: String = buf.chars.get(word.from..word.to).unwrap_or_default().iter().map(|v| v.ch).collect();
            let lower: String = first.ch.to_lowercase().collect();
            let fixed = format!("{lower}{}", shown.chars().skip(1).collect::<String>());
            let message = if word.is_any(buf, &MONTHS_AND_DAYS[..13]) {
                crate::msg!("capitalized-month", word = shown.as_str(), fixed = fixed.as_str())
            } else {
                crate::msg!("capitalized-weekday", word = shown.as_str(), fixed = fixed.as_str())
            };
            let mut d = ctx.finding(info, buf.span(word.from, word.to), cue, message);
            let edits = vec![edit(ctx.doc, first.at..first.end(), lower)];
            crate::check::fix::Proposal { description: crate::msg!("fix-write", text = fixed), edits }.attach(&mut d);
            out.push(d);
        }
        self.starts = ends_sentence(buf);
    }
}

/// Whether the capitalised month or day `word` is part of a proper name (`Viernes Santo`,
/// `Cinco de Mayo`), or may be a person's name outside a date.
fn part_of_a_name(buf: &CueChars, word: Word) -> bool {
    let next = word_after(buf, word.to);
    if next.is_some_and(|n| n.is_any(buf, &["santo", "santa"])) {
        return true;
    }
    if next.is_some_and(|n| n.is(buf, "de"))
        && next
            .and_then(|n| word_after(buf, n.to))
            .is_some_and(|n| n.is_any(buf, &["ramos", "ceniza", "gloria", "pascua", "dolores", "resurrección"]))
    {
        return true;
    }
    let prev = word_before(buf, word.from);
    let before_prev = prev.and_then(|p| word_before(buf, p.from));
    // `Cinco de Mayo`, `Plaza de Mayo`: a capitalised word before `de`.
    if prev.is_some_and(|p| p.is(buf, "de")) && before_prev.is_some_and(|w| w.is_capitalized(buf)) {
        return true;
    }
    if word.is_any(buf, ALSO_NAMES) {
        let date = next.is_some_and(|n| n.is_digits(buf))
            || prev.is_some_and(|p| p.is_digits(buf) || p.is_any(buf, DATE_WORDS))
            || (prev.is_some_and(|p| p.is(buf, "de")) && before_prev.is_some_and(|w| w.is_digits(buf)));
        return !date;
    }
    false
}

declare_rule! {
    /// a semicolon in Spanish subtitles
    ///
    /// **What it does.** Every `;` in the visible text of a Spanish file (HTML entities such as `&amp;` are not counted).
    ///
    /// **Why.** The Netflix Spanish guide does not allow semicolons in subtitles: on screen a period or a comma reads faster, and a long sentence joined by `;` is better split across subtitles.
    ///
    /// **Source.** Netflix Spanish (Latin America & Spain) Timed Text Style Guide, punctuation ("no semicolons"), as summarised in the course sheet "Normas específicas (Netflix)".
    ///
    /// **Fix.** None: choosing between a period and a comma changes the sentence.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// No vino; estaba cansado.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// No vino. Estaba cansado.
    /// ```
    SEMICOLON {
        name: "semicolon",
        command: Check,
        category: Spanish,
        langs: SPANISH,
        formats: SUBTITLES,
        severity: Warning,
        fix: None,
        reach: Cue,
        help: "replace the semicolon with a period or a comma, or split the sentence",
    }
}

/// `semicolon`: the Netflix Spanish guide does not use semicolons.
fn semicolon(ctx: &Context<'_>, info: &'static RuleInfo, cue: &crate::srt::Cue, buf: &CueChars, out: &mut Findings) {
    if !cue.lines.iter().any(|l| ctx.doc.slice(&l.span).contains(';')) {
        return;
    }
    for i in 0..buf.chars.len() {
        if buf.ch(i) != Some(';') || ends_entity(buf, i) {
            continue;
        }
        out.push(ctx.finding(info, buf.span(i, i + 1), cue, crate::msg!("semicolon")));
    }
}

/// Whether the `;` at `i` ends an HTML entity such as `&amp;` or `&#39;`.
fn ends_entity(buf: &CueChars, i: usize) -> bool {
    let mut j = i;
    while j > 0 && buf.ch(j - 1).is_some_and(|c| c.is_ascii_alphanumeric() || c == '#') {
        j -= 1;
    }
    j < i && j > 0 && buf.ch(j - 1) == Some('&')
}

#[cfg(test)]
mod tests {
    use crate::check::testing::check_with;

    #[test]
    fn every_unclosed_sign_on_a_very_long_line() {
        // 300 000 `¿` and one `?`: the `?` closes the last, the others are reported at the end
        // of the sentence, each at its column (counted from the line start, that was quadratic).
        let text = format!("1\n00:00:01,000 --> 00:00:02,000\n{}?\n", "¿".repeat(300_000));
        // The engine lists the first 20 of them and one note for the other 299 979.
        let found = check_with(&text, &["spanish-punctuation"]);
        assert_eq!(found.len(), 21);
        assert_eq!((found[0].line, found[0].column, found[0].end_column), (3, 1, 2));
        assert!(found[0].message.contains("never closed"), "{}", found[0].message);
        let last = found.last().expect("findings");
        assert_eq!((last.line, last.column, last.end_column), (3, 21, 22));
        assert!(last.message.contains("and 299979 more"), "{}", last.message);
    }
}
