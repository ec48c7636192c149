//! `glyph`.
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::fix::Proposal;
use crate::check::rule::{Context, Findings};
use crate::msg;
use crate::ui::Message;

declare_rule! {
    /// a character outside the Netflix Glyph List: tab, control, invisible or bidi mark, U+FFFD, odd space, emoji, U+2011
    ///
    /// **What it does.** Checks every character of cue text against the Netflix Glyph List (version 2, embedded in dejamos) and reports those it lacks, with a more specific reason where there is one: tab (U+0009) and other control characters (C0, DEL, C1); zero-width characters (U+200B–U+200D, U+2060, U+FEFF); bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069); the replacement character U+FFFD (left behind by a bad conversion); space characters other than the space and the no-break space (U+2000–U+200A including the thin space, U+202F, U+205F, U+3000); private-use characters; and emoji (pictographs, emoticons, dingbats, variation selector U+FE0F). Any other character outside the list is reported as such, with the obvious replacement where there is one: the non-breaking hyphen Word inserts (U+2011) → `-`, the modifier apostrophe U+02BC → `’`, the figure dash U+2012 → `–`, the horizontal bar U+2015 → `—`. The music notes ♪ ♫ are allowed. NUL (U+0000) is reported by the parser under the same name and not repeated here. A run of such characters is one finding.
    ///
    /// **Why.** Netflix accepts only the characters of its glyph list and rejects files with others at ingest; the list has no tab, no zero-width or thin spaces, no emoji, and not U+2011 or U+02BC, which pass unnoticed on screen. Invisible characters also break line-length counts, search and spell-checking, and U+FFFD means text was lost.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements §3 ("Only text/characters included in the NETFLIX Glyph List can be used"); Netflix Glyph List version 2 (article 215581437), as the code-point ranges Subtitle Edit ships for its `NetflixCheckGlyph`, embedded from `src/check/rules/text/netflix-glyph-list.txt`.
    ///
    /// **Fix.** Invisible characters (zero-width and bidi controls) are removed and the replacements above are made; anything else needs a person to decide what was meant.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Gracias 🙏
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Gracias.
    /// ```
    pub(super) INFO {
        name: "glyph",
        command: Check,
        category: Text,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: Safe,
        reach: Cue,
        help: "replace the character with one from the glyph list, or delete it",
    }
}

/// Why a character is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Tab,
    Control,
    ZeroWidth,
    Bidi,
    Replacement,
    Space,
    PrivateUse,
    Emoji,
    /// Visible, and not in the list.
    NotInList,
}

impl Kind {
    /// What the character is, as a message.
    fn describe(self) -> Message {
        match self {
            Kind::Tab => msg!("glyph-kind-tab"),
            Kind::Control => msg!("glyph-kind-control"),
            Kind::ZeroWidth => msg!("glyph-kind-zero-width"),
            Kind::Bidi => msg!("glyph-kind-bidi"),
            Kind::Replacement => msg!("glyph-kind-replacement"),
            Kind::Space => msg!("glyph-kind-space"),
            Kind::PrivateUse => msg!("glyph-kind-private-use"),
            Kind::Emoji => msg!("glyph-kind-emoji"),
            Kind::NotInList => msg!("glyph-kind-not-in-list"),
        }
    }

    fn invisible(self) -> bool {
        matches!(self, Kind::ZeroWidth | Kind::Bidi)
    }
}

fn classify(ch: char) -> Option<Kind> {
    let kind = match ch {
        '\t' => Kind::Tab,
        // NUL belongs to the parser's report.
        '\0' => return None,
        '\u{1}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => Kind::Control,
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => Kind::ZeroWidth,
        '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => Kind::Bidi,
        '\u{fffd}' => Kind::Replacement,
        '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => Kind::Space,
        '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..='\u{10ffff}' => Kind::PrivateUse,
        // Music notes are in the glyph list and mark songs.
        '\u{2669}'..='\u{266f}' => return None,
        '\u{231a}' | '\u{231b}' | '\u{23e9}'..='\u{23fa}' | '\u{2600}'..='\u{27bf}' => Kind::Emoji,
        '\u{2b05}'..='\u{2b07}' | '\u{2b1b}' | '\u{2b1c}' | '\u{2b50}' | '\u{2b55}' => Kind::Emoji,
        '\u{fe0f}' | '\u{1f000}'..='\u{1faff}' | '\u{e0020}'..='\u{e007f}' => Kind::Emoji,
        _ if in_glyph_list(ch) => return None,
        _ => Kind::NotInList,
    };
    Some(kind)
}

/// The Netflix Glyph List (version 2) as published ranges, one `FIRST..LAST` or code point a line.
const GLYPH_LIST: &str = include_str!("netflix-glyph-list.txt");

/// The list's ranges, sorted and merged, parsed once.
static GLYPH_RANGES: std::sync::LazyLock<Vec<(u32, u32)>> = std::sync::LazyLock::new(|| parse_ranges(GLYPH_LIST));

/// Parse `FIRST..LAST` and single code points (hexadecimal, `#` comments); sorted, overlaps merged.
fn parse_ranges(text: &str) -> Vec<(u32, u32)> {
    let mut ranges: Vec<(u32, u32)> = text
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .filter_map(|line| {
            let (first, last) = line.split_once("..").unwrap_or((line, line));
            let first = u32::from_str_radix(first.trim(), 16).ok()?;
            let last = u32::from_str_radix(last.trim(), 16).ok()?;
            (first <= last).then_some((first, last))
        })
        .collect();
    ranges.sort_unstable();
    let mut merged: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
    for (first, last) in ranges {
        match merged.last_mut() {
            Some(prev) if first <= prev.1.saturating_add(1) => prev.1 = prev.1.max(last),
            _ => merged.push((first, last)),
        }
    }
    merged
}

/// Whether the Netflix Glyph List has `ch`: a binary search of its ranges.
fn in_glyph_list(ch: char) -> bool {
    let code = ch as u32;
    let ranges = &*GLYPH_RANGES;
    let after = ranges.partition_point(|&(first, _)| first <= code);
    after > 0 && ranges.get(after - 1).is_some_and(|&(_, last)| code <= last)
}

/// The character to write instead of `ch`, when one is obvious and in the list.
fn suggestion(ch: char) -> Option<char> {
    let replacement = match ch {
        // Non-breaking hyphen (Word inserts it) and hyphen: the hyphen-minus.
        '\u{2011}' | '\u{2010}' => '-',
        // Modifier letter apostrophe, reversed comma quotation: the typographic apostrophe.
        '\u{2bc}' | '\u{201b}' => '\u{2019}',
        // Figure dash: the en dash; horizontal bar: the em dash.
        '\u{2012}' => '\u{2013}',
        '\u{2015}' => '\u{2014}',
        // Minus sign and one-dot leader.
        '\u{2212}' => '-',
        '\u{2024}' => '.',
        _ => return None,
    };
    (!in_glyph_list(ch) && in_glyph_list(replacement)).then_some(replacement)
}

/// Append what replaces `ch` in a fix (nothing for an invisible character); `false` when
/// nothing obvious does.
fn push_replacement(out: &mut String, ch: char, kind: Kind) -> bool {
    if kind.invisible() {
        return true;
    }
    match suggestion(ch) {
        Some(instead) => {
            out.push(instead);
            true
        }
        None => false,
    }
}

/// `glyph`: characters outside what subtitle renderers and the Netflix glyph list accept.
pub(super) fn glyph(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let doc = ctx.doc;
    for cue in &doc.cues {
        for text_line in &cue.lines {
            let line = doc.slice(&text_line.span);
            if line.bytes().all(|b| (0x20..0x7f).contains(&b)) {
                continue;
            }
            // Markup is not text: tags and override blocks are left to the tag rules.
            let markup: Vec<std::ops::Range<usize>> = crate::visible::pieces(line)
                .filter(|p| !matches!(p, crate::visible::Piece::Text(_)))
                .map(|p| p.range())
                .collect();
            let base = text_line.span.start;
            let mut chars = line.char_indices().peekable();
            while let Some((at, ch)) = chars.next() {
                // Printable ASCII is in the list.
                if (' '..'\u{7f}').contains(&ch) || markup.iter().any(|r| r.contains(&at)) {
                    continue;
                }
                let Some(kind) = classify(ch) else { continue };
                let mut end = at + ch.len_utf8();
                let mut count = 1;
                let mut all_invisible = kind.invisible();
                let mut replacement = String::new();
                let mut all_replaceable = push_replacement(&mut replacement, ch, kind);
                let mut codes = format!("U+{:04X}", ch as u32);
                while let Some(&(next_at, next)) = chars.peek() {
                    if markup.iter().any(|r| r.contains(&next_at)) {
                        break;
                    }
                    let Some(next_kind) = classify(next) else { break };
                    all_invisible &= next_kind.invisible();
                    all_replaceable &= push_replacement(&mut replacement, next, next_kind);
                    if count < 4 {
                        codes.push_str(&format!(" U+{:04X}", next as u32));
                    }
                    count += 1;
                    end = next_at + next.len_utf8();
                    chars.next();
                }
                if count > 4 {
                    codes.push_str(" …");
                }
                let message = if count == 1 && kind == Kind::NotInList {
                    match suggestion(ch) {
                        Some(instead) => msg!("glyph-not-in-list-instead", char = ch, codes = codes, instead = instead),
                        None => msg!("glyph-not-in-list", char = ch, codes = codes),
                    }
                } else if count == 1 {
                    msg!("glyph-one", kind = kind.describe(), codes = codes)
                } else {
                    msg!("glyph-many", count = count, codes = codes, kind = kind.describe())
                };
                let span = base + at..base + end;
                let mut diagnostic = ctx.finding(info, span.clone(), cue, message);
                if all_invisible {
                    let edits = vec![super::edit(doc, span, "")];
                    Proposal { description: msg!("glyph-fix-remove-invisible"), edits }.attach(&mut diagnostic);
                } else if all_replaceable {
                    let description = msg!("fix-write", text = replacement.as_str());
                    Proposal { description, edits: vec![super::edit(doc, span, replacement)] }.attach(&mut diagnostic);
                }
                out.push(diagnostic);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_what_netflix_rejects_and_keeps_what_it_accepts() {
        for ch in ['\t', '\u{200b}', '\u{202e}', '\u{fffd}', '\u{2009}', '😀', '❤', '\u{85}', '\u{1b}'] {
            assert!(classify(ch).is_some(), "{:04X}", ch as u32);
        }
        for ch in ['a', 'ñ', '¿', '…', '♪', '♫', '\u{a0}', '«', '—', '€', '\0', 'ß', '中', '’', '-', '–']
        {
            assert_eq!(classify(ch), None, "{:04X}", ch as u32);
        }
        assert_eq!(classify('\u{2011}'), Some(Kind::NotInList));
        assert_eq!(suggestion('\u{2011}'), Some('-'));
        assert_eq!(suggestion('\u{2bc}'), Some('’'));
    }

    #[test]
    fn the_list_parses_into_sorted_merged_ranges() {
        let ranges = parse_ranges("# c\n0041..005A\n0030..0039\n005B\n  \n0061..007A # x\nZZ\n");
        assert_eq!(ranges, [(0x30, 0x39), (0x41, 0x5b), (0x61, 0x7a)]);
        assert!(GLYPH_RANGES.len() > 1000);
        assert!(GLYPH_RANGES.windows(2).all(|w| w[0].1 < w[1].0));
    }
}
