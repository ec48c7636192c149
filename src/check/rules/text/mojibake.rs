//! `mojibake`: UTF-8 text that was decoded a second time as windows-1252 (or Latin-1).
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::rule::{Context, Findings};
use std::ops::Range;

declare_rule! {
    /// text in UTF-8 decoded twice (`Ã©`, `Ã±`, `Â¿`, `â€™` …); the message gives the repaired text
    ///
    /// **What it does.** Finds character sequences that are the bytes of a UTF-8 character read one byte at a time as windows-1252 or Latin-1: `Ã©` for `é`, `Ã±` for `ñ`, `Â¿` for `¿`, `â€™` for `’`, `â€¦` for `…`, `ï»¿` for a byte-order mark, `ðŸŽµ` for an emoji; also text damaged twice (`ÃƒÂ©`). Only sequences that decode to a plausible character (Latin letters and signs, general punctuation, currency, music notes, emoji) count, so words such as `QUÉ»` or `NÃO` are left alone. One finding per line, with the repaired text in the message.
    ///
    /// **Why.** Double decoding happens when a UTF-8 file is opened as windows-1252 and saved again. Every accented letter, `ñ`, `¿` and `¡` of a Spanish file is garbled on screen; the encoding check cannot see it because the file is now valid UTF-8.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements §3 (glyph list: the garbled sequences are not what the translator wrote); WHATWG Encoding Standard (windows-1252 index).
    ///
    /// **Fix.** None automatic: the message gives the repaired text to confirm. Re-export the file from the original with the right encoding, or replace the sequences.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Â¿QuÃ© pasÃ³ con la canciÃ³n?
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// ¿Qué pasó con la canción?
    /// ```
    pub(super) INFO {
        name: "mojibake",
        command: Check,
        category: Text,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: None,
        reach: Cue,
        help: "replace the garbled text with the repaired text the message gives",
    }
}

/// `mojibake`.
pub(super) fn mojibake(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let doc = ctx.doc;
    for cue in &doc.cues {
        for text_line in &cue.lines {
            let line = doc.slice(&text_line.span);
            if !may_be_damaged(line) {
                continue;
            }
            let Some(found) = first_and_last(line) else { continue };
            // Quote whole words around the damage.
            let before = line.get(..found.start).unwrap_or("");
            let start =
                before.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(p, c)| p + c.len_utf8());
            let after = line.get(found.end..).unwrap_or("");
            let end = after.find(char::is_whitespace).map_or(line.len(), |p| found.end + p);
            let damaged = line.get(start..end).unwrap_or("");
            let repaired = repair(damaged);
            let message = crate::msg!(
                "mojibake-decoded-twice",
                damaged = super::quote(damaged, 50),
                repaired = super::quote(&repaired, 50)
            );
            let span = text_line.span.start + start..text_line.span.start + end;
            out.push(ctx.finding(info, span, cue, message));
        }
    }
}

/// A quick byte test: every sequence this rule finds starts with one of `Â Ã Ä Å Ë â ï ð`, which
/// are the bytes C3 82–85, C3 8B, C3 A2, C3 AF and C3 B0 in UTF-8.
fn may_be_damaged(line: &str) -> bool {
    let bytes = line.as_bytes();
    memchr::memchr_iter(0xc3, bytes).any(|i| matches!(bytes.get(i + 1), Some(0x82..=0x85 | 0x8b | 0xa2 | 0xaf | 0xb0)))
}

/// The byte range from the start of the first double-decoded sequence in `text` to the end of the
/// last one.
fn first_and_last(text: &str) -> Option<Range<usize>> {
    let mut found: Option<Range<usize>> = None;
    let mut rest = 0;
    while let Some((at, len, _)) = next_sequence(text, rest) {
        found = Some(found.map_or(at..at + len, |f| f.start..at + len));
        rest = at + len;
    }
    found
}

/// `text` with every double-decoded sequence replaced by the character it stands for, repeated
/// while that changes something (for text damaged more than once).
pub fn repair(text: &str) -> String {
    let mut current = text.to_string();
    for _ in 0..3 {
        let mut out = String::with_capacity(current.len());
        let mut copied = 0;
        let mut from = 0;
        while let Some((at, len, ch)) = next_sequence(&current, from) {
            out.push_str(&current[copied..at]);
            out.push(ch);
            copied = at + len;
            from = copied;
        }
        if copied == 0 {
            break;
        }
        out.push_str(&current[copied..]);
        current = out;
    }
    current
}

/// The next double-decoded sequence at or after byte `from`: (byte offset, byte length, the
/// character it stands for).
fn next_sequence(text: &str, from: usize) -> Option<(usize, usize, char)> {
    let tail = text.get(from..)?;
    for (offset, lead) in tail.char_indices() {
        // Lead bytes of the characters we accept: Â Ã Ä Å (2 bytes), Ë (ˆ ˜), â (punctuation),
        // ï (BOM), ð (emoji).
        if !matches!(lead, 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ë' | 'â' | 'ï' | 'ð') {
            continue;
        }
        let Some(lead_byte) = cp1252_byte(lead) else { continue };
        let needed = match lead_byte {
            0xc2..=0xdf => 1,
            0xe0..=0xef => 2,
            _ => 3,
        };
        let mut bytes = [lead_byte, 0, 0, 0];
        let mut ok = true;
        let mut chars = tail[offset + lead.len_utf8()..].chars();
        for slot in bytes.iter_mut().skip(1).take(needed) {
            match chars.next().and_then(cp1252_byte) {
                Some(b @ 0x80..=0xbf) => {
                    *slot = b;
                }
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        if !ok {
            continue;
        }
        let Ok(decoded) = std::str::from_utf8(&bytes[..needed + 1]) else { continue };
        let Some(ch) = decoded.chars().next() else { continue };
        if !plausible(lead_byte, ch) {
            continue;
        }
        let source_len: usize = tail[offset..].chars().take(needed + 1).map(char::len_utf8).sum();
        return Some((from + offset, source_len, ch));
    }
    None
}

/// Whether `ch`, decoded from a sequence starting with `lead`, is a character a subtitle could
/// plausibly have contained.
fn plausible(lead: u8, ch: char) -> bool {
    match lead {
        0xc2 => ('\u{a0}'..='\u{bf}').contains(&ch),
        0xc3 => ('\u{c0}'..='\u{ff}').contains(&ch),
        0xc4 | 0xc5 => ('\u{100}'..='\u{17f}').contains(&ch),
        0xcb => matches!(ch, '\u{2c6}' | '\u{2dc}'),
        0xe2 => ('\u{2000}'..='\u{2bff}').contains(&ch),
        0xef => ch == '\u{feff}',
        0xf0 => ('\u{1f000}'..='\u{1faff}').contains(&ch),
        _ => false,
    }
}

/// The windows-1252 byte for `ch`; C1 controls map to themselves (as Latin-1 decoders read them).
fn cp1252_byte(ch: char) -> Option<u8> {
    let code = ch as u32;
    if (0x80..=0xff).contains(&code) {
        return u8::try_from(code).ok();
    }
    let byte = match ch {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8a,
        '‹' => 0x8b,
        'Œ' => 0x8c,
        'Ž' => 0x8e,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9a,
        '›' => 0x9b,
        'œ' => 0x9c,
        'ž' => 0x9e,
        'Ÿ' => 0x9f,
        _ => return None,
    };
    Some(byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_common_spanish_and_punctuation_damage() {
        assert_eq!(repair("Â¿QuÃ© pasÃ³?"), "¿Qué pasó?");
        assert_eq!(repair("aÃ±o"), "año");
        assert_eq!(repair("itâ€™s â€œfineâ€\u{9d} â€¦"), "it’s “fine” …");
        assert_eq!(repair("ÃƒÂ©"), "é");
        assert_eq!(repair("ï»¿Hola"), "\u{feff}Hola");
        assert_eq!(repair("mÃ\u{ad}o"), "mío");
    }

    #[test]
    fn leaves_real_text_alone() {
        for text in ["¿QUÉ» dijo?", "NÃO", "Ça va", "Å", "Ärger", "â", "¡AÑO!", "QUÉ…", "Ãx"] {
            assert_eq!(first_and_last(text), None, "{text}");
        }
    }
}
