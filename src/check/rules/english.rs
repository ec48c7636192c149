//! English rules (files checked as English only): `number-style`.
use super::text::prose::{Word, cue_ends_sentence, ends_sentence, word_after, word_before, words};
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::rule::{Context, CueCheck, Findings, Rule};
use crate::msg;
use crate::srt::Cue;
use crate::visible::{CueChars, is_space};

/// The English rules, in catalogue order.
pub fn rules() -> Vec<Rule> {
    vec![Rule::per_cue_with_state(&INFO, number_style)]
}

declare_rule! {
    /// a number from 1 to 10 written in digits, or a sentence that starts with digits
    ///
    /// **What it does.** In English files:
    /// - a number from 1 to 10 written as digits, where the guide wants it spelled out (`five`);
    /// - a sentence that starts with digits followed by a word (`12 people came.`).
    ///
    /// Digits stay where they are the norm: times (`5:30`, `at 5.`, `5 p.m.`, `5 o'clock`), dates (`March 5`, `5 March`), percentages and measurements (`5%`, `5 km`, `10 microns`, `5 lbs`, `5 million`), decimals and grouped numbers (`2.5`, `1,000`), money (`$5`, `7 cents`, `2 pesos`), ordinals (`5th`), labels and models (`Room 5`, `Chapter 3`, `Episode 2`, `Model 1`, `Apollo 9`, `Ikon-4`, `Standard 1 and 2`), ranges with a number above ten or a unit (`5 to 15`, `5-15`, `3 to 9 kilograms`), scores and codes with other digits (`3-2`, `24/7`, `B12`).
    ///
    /// **Why.** Spelled-out small numbers read faster in running dialogue; a sentence that opens with digits is easy to misread as a continuation of the previous subtitle.
    ///
    /// **Source.** Netflix English (USA) Timed Text Style Guide, numbers ("From 1 to 10, numbers should be written out: one, two, three, etc."; "When a number begins a sentence, it should always be spelled out"), as implemented by Subtitle Edit's `NetflixCheckNumbersOneToTenSpellOut` and `NetflixCheckStartNumberSpellOut`.
    ///
    /// **Fix.** None automatic: spelling out a number rewords the subtitle and can change its length and reading speed; the message gives the word.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// I waited 3 hours.
    /// ```
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// 20 people were there.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// I waited three hours.
    /// ```
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// There were 20 people there.
    /// ```
    INFO {
        name: "number-style",
        command: Check,
        category: English,
        langs: ENGLISH,
        formats: SUBTITLES,
        severity: Warning,
        fix: None,
        reach: Cue,
        help: "spell the number out, or reword so the sentence does not start with digits",
    }
}

const SPELLED: [&str; 10] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words after a number that make it a time, a measurement or a large quantity.
const UNITS: &[&str] = &[
    "am",
    "pm",
    "a.m",
    "p.m",
    "o'clock",
    "o’clock",
    "percent",
    "per",
    "degrees",
    "degree",
    "km",
    "kg",
    "g",
    "mg",
    "lb",
    "lbs",
    "oz",
    "ft",
    "feet",
    "foot",
    "inch",
    "inches",
    "mi",
    "mph",
    "kph",
    "km/h",
    "m",
    "cm",
    "mm",
    "meter",
    "meters",
    "metre",
    "metres",
    "kilometer",
    "kilometers",
    "kilometre",
    "kilometres",
    "kilogram",
    "kilograms",
    "kilo",
    "kilos",
    "gram",
    "grams",
    "pound",
    "pounds",
    "ounce",
    "ounces",
    "liter",
    "liters",
    "litre",
    "litres",
    "ml",
    "l",
    "gallon",
    "gallons",
    "yard",
    "yards",
    "yd",
    "acre",
    "acres",
    "hectare",
    "hectares",
    "mile",
    "miles",
    "mb",
    "gb",
    "kb",
    "tb",
    "k",
    "x",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "volts",
    "watts",
    "psi",
    "bpm",
    "micron",
    "microns",
    "micrometer",
    "micrometers",
    "millimeter",
    "millimeters",
    "centimeter",
    "centimeters",
    "ton",
    "tons",
    "tonne",
    "tonnes",
    "cent",
    "cents",
    "peso",
    "pesos",
    "dollar",
    "dollars",
    "buck",
    "bucks",
    "euro",
    "euros",
    "yen",
    "quid",
    "grand",
    "centavo",
    "centavos",
];

/// Words before a number that make it a label: `Room 5`, `Chapter 3`.
const LABELS: &[&str] = &[
    "number",
    "no",
    "num",
    "page",
    "chapter",
    "room",
    "route",
    "channel",
    "apartment",
    "apt",
    "floor",
    "episode",
    "season",
    "part",
    "act",
    "scene",
    "level",
    "grade",
    "gate",
    "exit",
    "platform",
    "track",
    "flight",
    "bus",
    "highway",
    "interstate",
    "version",
    "step",
    "article",
    "section",
    "phase",
    "volume",
    "vol",
    "size",
    "model",
    "unit",
    "lane",
    "pier",
    "terminal",
    "bay",
    "cell",
    "block",
    "box",
    "line",
    "door",
    "table",
    "car",
    "camera",
    "cam",
    "take",
    "reel",
    "lot",
    "row",
    "seat",
    "verse",
    "psalm",
    "code",
    "type",
    "category",
    "stage",
    "round",
    "game",
    "class",
    "figure",
    "zone",
    "district",
    "precinct",
    "ward",
    "station",
    "studio",
    "suite",
    "building",
    "hall",
    "court",
    "plan",
    "standard",
    "series",
    "mark",
    "generation",
    "gen",
];

/// Words before a number, ending its clause, that make it a time of day: `at 5.`
const TIME_WORDS: &[&str] = &["at", "until", "till", "til", "by", "around", "before", "after"];

const RANGE_WORDS: &[&str] = &["to", "and", "or", "through", "thru"];

/// `number-style`: numbers from one to ten spelled out; no digits at the start of a sentence.
/// `number-style`: whether the next cue starts a sentence.
pub(super) struct NumberStyle {
    info: &'static RuleInfo,
    starts: bool,
}

/// A `number-style` check for one file.
fn number_style(info: &'static RuleInfo) -> Box<dyn CueCheck> {
    Box::new(NumberStyle { info, starts: true })
}

impl CueCheck for NumberStyle {
    fn cue(&mut self, ctx: &Context<'_>, cue: &Cue, buf: &CueChars, out: &mut Findings) {
        let info = self.info;
        if !cue.lines.iter().any(|l| ctx.doc.slice(&l.span).bytes().any(|b| b.is_ascii_digit())) {
            self.starts = cue_ends_sentence(ctx.doc, cue);
            return;
        }
        for word in words(buf, self.starts) {
            let Some(value) = word.number(buf) else {
                continue;
            };
            let shown: String = buf.chars.get(word.from..word.to).unwrap_or_default().iter().map(|v| v.ch).collect();
            if word.sentence_start && starts_sentence_with_digits(buf, word) {
                let message = if (1..=10).contains(&value) && !shown.starts_with('0') {
                    msg!("number-style-start-spell", number = shown.as_str(), word = capitalize(spelled(value)))
                } else {
                    msg!("number-style-start", number = shown.as_str())
                };
                out.push(ctx.finding(info, buf.span(word.from, word.to), cue, message));
                continue;
            }
            if (1..=10).contains(&value) && !shown.starts_with('0') && !keeps_digits(buf, word) {
                let message = msg!("number-style-spell", number = shown.as_str(), word = spelled(value));
                out.push(ctx.finding(info, buf.span(word.from, word.to), cue, message));
            }
        }
        self.starts = ends_sentence(buf);
    }
}

fn spelled(value: u32) -> &'static str {
    value.checked_sub(1).and_then(|i| SPELLED.get(i as usize)).copied().unwrap_or("")
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// Whether the sentence-initial number `word` is followed by a space and a word that is not a
/// time or unit (so `5:30 is late` and `5 p.m. works` are left alone).
fn starts_sentence_with_digits(buf: &CueChars, word: Word) -> bool {
    if !buf.ch(word.to).is_some_and(is_space) {
        return false;
    }
    let next = buf.skip_spaces(word.to);
    if !buf.ch(next).is_some_and(char::is_alphabetic) {
        return false;
    }
    !word_after(buf, word.to).is_some_and(|w| w.is_any(buf, UNITS))
}

/// Whether the number `word` (1–10) may stay in digits: a time, date, measurement, decimal,
/// label, range with a bigger number, or part of a code.
fn keeps_digits(buf: &CueChars, word: Word) -> bool {
    keeps_digits_at(buf, word, 0)
}

/// [`keeps_digits`], looking at most once more at the other number of a range or list.
fn keeps_digits_at(buf: &CueChars, word: Word, depth: u8) -> bool {
    let before = word.from.checked_sub(1).and_then(|i| buf.ch(i));
    let after = buf.ch(word.to);
    let after2 = buf.ch(word.to + 1);
    if before.is_some_and(|c| matches!(c, '$' | '€' | '£' | '¥' | '#' | ':' | '/' | '.' | ',' | '+' | '@' | '×' | '№'))
    {
        return true;
    }
    if after.is_some_and(|c| matches!(c, ':' | '/' | '%' | '°' | '×' | '½' | '¼' | '¾')) {
        return true;
    }
    let digit_after2 = after2.is_some_and(|c| c.is_ascii_digit());
    if after.is_some_and(|c| matches!(c, '.' | ',' | '-' | '–' | 'x')) && digit_after2 {
        return true;
    }
    // A code or model joined to a word: `Ikon-4`, `F-16`.
    if before.is_some_and(|c| matches!(c, '-' | '–'))
        && word.from >= 2
        && buf.ch(word.from - 2).is_some_and(char::is_alphabetic)
    {
        return true;
    }
    // `3-2`, `10-15` written the other way round.
    if before.is_some_and(|c| matches!(c, '-' | '–'))
        && word.from >= 2
        && buf.ch(word.from - 2).is_some_and(|c| c.is_ascii_digit())
    {
        return true;
    }
    let prev = word_before(buf, word.from);
    let next = word_after(buf, word.to);
    if next.is_some_and(|n| n.is_any(buf, UNITS) || n.is_any(buf, MONTHS)) {
        return true;
    }
    if next.is_some_and(|n| n.is(buf, "of"))
        && next.and_then(|n| word_after(buf, n.to)).is_some_and(|m| m.is_any(buf, MONTHS))
    {
        return true;
    }
    if let Some(p) = prev {
        if p.is_any(buf, MONTHS) || p.is_any(buf, LABELS) {
            return true;
        }
        // A capitalised word mid-sentence right before the number: a name (`Apollo 9`).
        if !p.sentence_start && p.is_capitalized(buf) && !p.is_any(buf, &["i"]) && !starts_sentence_here(buf, p) {
            return true;
        }
        // `at 5.` — a time of day when nothing but punctuation follows.
        let clause_ends = !buf.ch(buf.skip_spaces(word.to)).is_some_and(char::is_alphanumeric);
        if p.is_any(buf, TIME_WORDS) && clause_ends {
            return true;
        }
        // `15 to 5`, `between 12 and 5`, and the second of a list whose first number stays in
        // digits: `Standard 1 and 2`.
        if p.is_any(buf, RANGE_WORDS)
            && let Some(first) = word_before(buf, p.from).filter(|n| n.number(buf).is_some())
            && (first.number(buf).is_some_and(|n| n > 10) || (depth == 0 && keeps_digits_at(buf, first, 1)))
        {
            return true;
        }
    }
    // `5 to 15`, and `3 to 9 kilograms`: a range whose other end stays in digits.
    if let Some(n) = next.filter(|n| n.is_any(buf, RANGE_WORDS))
        && let Some(second) = word_after(buf, n.to).filter(|w| w.number(buf).is_some())
        && (second.number(buf).is_some_and(|v| v > 10)
            || (depth == 0 && word_after(buf, second.to).is_some_and(|u| u.is_any(buf, UNITS))))
    {
        return true;
    }
    false
}

/// Whether `word` is the first word of a sentence, judged from the characters before it in this
/// cue (used for words found with [`word_before`], which does not track sentences).
fn starts_sentence_here(buf: &CueChars, word: Word) -> bool {
    let mut j = word.from;
    while j > 0 && buf.ch(j - 1).is_some_and(|c| is_space(c) || c == '\n' || matches!(c, '"' | '“' | '(' | '-')) {
        j -= 1;
    }
    j == 0 || buf.ch(j - 1).is_some_and(|c| matches!(c, '.' | '?' | '!' | '…'))
}
