//! `glyph`.
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::rule::Context;
use crate::diagnostic::{Diagnostic, Fix};

declare_rule! {
    /// a tab, control character, invisible zero-width or bidi mark, U+FFFD, odd space or emoji
    ///
    /// **What it does.** Reports characters in cue text that are not in the Netflix glyph list or that a viewer cannot see: tab (U+0009) and other control characters (C0, DEL, C1); zero-width characters (U+200B–U+200D, U+2060, U+FEFF); bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069); the replacement character U+FFFD (left behind by a bad conversion); space characters other than the space and the no-break space (U+2000–U+200A including the thin space, U+202F, U+205F, U+3000); private-use characters; and emoji (pictographs, emoticons, dingbats, variation selector U+FE0F). The music notes ♪ ♫ are allowed. NUL (U+0000) is reported by the parser under the same name and not repeated here. A run of such characters is one finding.
    ///
    /// **Why.** Netflix accepts only the characters of its glyph list; the list has no tab, no zero-width or thin spaces and no emoji. Invisible characters also break line-length counts, search and spell-checking, and U+FFFD means text was lost.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements §3 ("Only text/characters included in the NETFLIX Glyph List can be used"); Netflix Accepted Glyph List (article 215581437), as bundled by Subtitle Edit (`NetflixGlyphs.zip`) and checked by its `NetflixCheckGlyph`.
    ///
    /// **Fix.** Only invisible characters (zero-width and bidi controls) are removed automatically; anything visible needs a person to decide what was meant.
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
}

impl Kind {
    fn describe(self) -> &'static str {
        match self {
            Kind::Tab => "tab",
            Kind::Control => "control character",
            Kind::ZeroWidth => "invisible zero-width character",
            Kind::Bidi => "invisible bidirectional control",
            Kind::Replacement => "replacement character (text was lost in a conversion)",
            Kind::Space => "space character not in the Netflix glyph list",
            Kind::PrivateUse => "private-use character",
            Kind::Emoji => "emoji",
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
        _ => return None,
    };
    Some(kind)
}

/// `glyph`: characters outside what subtitle renderers and the Netflix glyph list accept.
pub(super) fn glyph(ctx: &Context<'_>, info: &RuleInfo, out: &mut Vec<Diagnostic>) {
    let doc = ctx.doc;
    for cue in &doc.cues {
        for text_line in &cue.lines {
            let line = doc.slice(&text_line.span);
            if line.bytes().all(|b| (0x20..0x7f).contains(&b)) {
                continue;
            }
            let base = text_line.span.start;
            let mut chars = line.char_indices().peekable();
            while let Some((at, ch)) = chars.next() {
                // Printable ASCII, Latin, Greek and Cyrillic are never reported.
                if (' '..'\u{7f}').contains(&ch) || ('\u{a0}'..'\u{600}').contains(&ch) {
                    continue;
                }
                let Some(kind) = classify(ch) else { continue };
                let mut end = at + ch.len_utf8();
                let mut count = 1;
                let mut all_invisible = kind.invisible();
                let mut codes = format!("U+{:04X}", ch as u32);
                while let Some(&(next_at, next)) = chars.peek() {
                    let Some(next_kind) = classify(next) else { break };
                    all_invisible &= next_kind.invisible();
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
                let message = if count == 1 {
                    format!("{} {codes} is not allowed in subtitle text", kind.describe())
                } else {
                    format!(
                        "{count} characters not allowed in subtitle text ({codes}), starting with a {}",
                        kind.describe()
                    )
                };
                let span = base + at..base + end;
                let mut diagnostic = ctx.diagnostic(info, span.clone(), cue, message);
                if all_invisible {
                    diagnostic.fix = Some(Fix {
                        description: "remove the invisible characters".to_string(),
                        edits: vec![super::edit(doc, span, "")],
                    });
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
        for ch in ['a', 'ñ', '¿', '…', '♪', '♫', '\u{a0}', '«', '—', '€', '\0', 'ß', '中'] {
            assert_eq!(classify(ch), None, "{:04X}", ch as u32);
        }
    }
}
