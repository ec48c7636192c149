//! Text decoding and encoding: BOMs, UTF-8/16/32, legacy code pages, and line-ending styles.
//!
//! A subtitle file is bytes. [`decode`] turns them into text and remembers how they were
//! written ([`TextEncoding`], BOM, [`LineEndings`]) so that lossless commands can write the
//! same kind of bytes back with [`encode`].
use crate::diagnostic::Message;
use crate::error::{Error, Remedy, Result};
use encoding_rs::Encoding;
use std::fmt;

/// A text encoding: anything encoding_rs knows, plus UTF-32, which it does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    /// An encoding from the WHATWG Encoding Standard.
    Whatwg(&'static Encoding),
    /// UTF-32, little-endian.
    Utf32Le,
    /// UTF-32, big-endian.
    Utf32Be,
}

impl TextEncoding {
    /// UTF-8.
    pub const UTF_8: TextEncoding = TextEncoding::Whatwg(encoding_rs::UTF_8);

    /// The WHATWG name in lowercase (`utf-8`, `windows-1252`, `utf-16le`), or `utf-32le`/`utf-32be`.
    pub fn name(self) -> String {
        match self {
            TextEncoding::Whatwg(e) => e.name().to_ascii_lowercase(),
            TextEncoding::Utf32Le => "utf-32le".to_string(),
            TextEncoding::Utf32Be => "utf-32be".to_string(),
        }
    }

    /// Whether this is UTF-8.
    pub fn is_utf8(self) -> bool {
        self == TextEncoding::UTF_8
    }

    /// Look up a label (`latin1`, `cp1252`, `utf-16le`, `utf-32` …).
    pub fn for_label(label: &str) -> Option<TextEncoding> {
        let lower = label.trim().to_ascii_lowercase();
        match lower.as_str() {
            "utf-32" | "utf-32le" | "utf32" | "utf32le" => return Some(TextEncoding::Utf32Le),
            "utf-32be" | "utf32be" => return Some(TextEncoding::Utf32Be),
            "cp1252" => return Some(TextEncoding::Whatwg(encoding_rs::WINDOWS_1252)),
            "cp1250" => return Some(TextEncoding::Whatwg(encoding_rs::WINDOWS_1250)),
            "cp1251" => return Some(TextEncoding::Whatwg(encoding_rs::WINDOWS_1251)),
            _ => {}
        }
        Encoding::for_label(lower.as_bytes()).map(TextEncoding::Whatwg)
    }
}

impl fmt::Display for TextEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

/// How the encoding was determined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodingSource {
    /// A byte-order mark.
    Bom,
    /// The bytes are valid UTF-8.
    ValidUtf8,
    /// Guessed by chardetng from the bytes.
    Detected,
    /// Given by the user (`--encoding`).
    Override,
}

/// The line-ending style of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEndings {
    /// No line break at all.
    None,
    /// `\n` only.
    Lf,
    /// `\r\n` only.
    Crlf,
    /// Lone `\r` only (classic Mac).
    Cr,
    /// More than one style.
    Mixed,
}

impl LineEndings {
    /// `lf`, `crlf`, `cr`, `mixed` or `none`.
    pub fn name(self) -> &'static str {
        match self {
            LineEndings::None => "none",
            LineEndings::Lf => "lf",
            LineEndings::Crlf => "crlf",
            LineEndings::Cr => "cr",
            LineEndings::Mixed => "mixed",
        }
    }

    /// The newline sequence to write for this style (`\n` for none and mixed).
    pub fn newline(self) -> &'static str {
        match self {
            LineEndings::Crlf => "\r\n",
            LineEndings::Cr => "\r",
            _ => "\n",
        }
    }
}

/// Counts of each line-ending kind in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LineEndingCounts {
    /// `\n` not preceded by `\r`.
    pub lf: usize,
    /// `\r\n`.
    pub crlf: usize,
    /// `\r` not followed by `\n`.
    pub cr: usize,
}

impl LineEndingCounts {
    /// Count the line endings of `text`.
    pub fn of(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut counts = LineEndingCounts::default();
        for pos in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[pos] == b'\n' {
                if pos > 0 && bytes[pos - 1] == b'\r' {
                    counts.crlf += 1;
                } else {
                    counts.lf += 1;
                }
            } else if bytes.get(pos + 1) != Some(&b'\n') {
                counts.cr += 1;
            }
        }
        counts
    }

    /// The overall style.
    pub fn style(self) -> LineEndings {
        match (self.lf > 0, self.crlf > 0, self.cr > 0) {
            (false, false, false) => LineEndings::None,
            (true, false, false) => LineEndings::Lf,
            (false, true, false) => LineEndings::Crlf,
            (false, false, true) => LineEndings::Cr,
            _ => LineEndings::Mixed,
        }
    }

    /// The most frequent style (ties prefer CRLF, then LF).
    pub fn dominant(self) -> LineEndings {
        if self.lf == 0 && self.crlf == 0 && self.cr == 0 {
            LineEndings::None
        } else if self.crlf >= self.lf && self.crlf >= self.cr {
            LineEndings::Crlf
        } else if self.lf >= self.cr {
            LineEndings::Lf
        } else {
            LineEndings::Cr
        }
    }
}

/// Decoded text and how it was stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without any BOM.
    pub text: String,
    /// The encoding of the bytes.
    pub encoding: TextEncoding,
    /// Whether the bytes began with a BOM.
    pub bom: bool,
    /// How the encoding was found.
    pub source: EncodingSource,
    /// Whether some bytes were not valid in the encoding (replaced with U+FFFD).
    pub had_errors: bool,
}

/// A magic number and what a file that starts with it is, as a message.
type Magic = (&'static [u8], fn() -> Message);

/// Magic numbers of binary formats that are sometimes renamed to `.srt` by mistake.
const BINARY_MAGIC: &[Magic] = &[
    (b"\x89PNG\r\n\x1a\n", || crate::msg!("error-kind-png")),
    (b"\xff\xd8\xff", || crate::msg!("error-kind-jpeg")),
    (b"GIF8", || crate::msg!("error-kind-gif")),
    (b"%PDF-", || crate::msg!("error-kind-pdf")),
    (b"PK\x03\x04", || crate::msg!("error-kind-zip")),
    (b"\x1f\x8b", || crate::msg!("error-kind-gzip")),
    (b"\x1a\x45\xdf\xa3", || crate::msg!("error-kind-matroska")),
    (b"RIFF", || crate::msg!("error-kind-riff")),
    (b"\x7fELF", || crate::msg!("error-kind-executable")),
    (b"ID3", || crate::msg!("error-kind-mp3")),
    (b"OggS", || crate::msg!("error-kind-ogg")),
    (b"\xd0\xcf\x11\xe0", || crate::msg!("error-kind-old-office")),
];

/// Decode subtitle bytes.
///
/// Order: a forced encoding; a BOM (UTF-32 LE/BE, UTF-8, UTF-16 LE/BE); valid UTF-8; otherwise
/// chardetng's guess (Spanish files usually turn out to be windows-1252). Binary files and
/// UTF-16 without a BOM are refused with a message that says what to do.
pub fn decode(bytes: &[u8], forced: Option<TextEncoding>) -> Result<Decoded> {
    if let Some(decoded) = decode_before_utf8(bytes, forced)? {
        return within_limit(decoded);
    }
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => within_limit(Decoded::utf8(text.to_string())),
        Err(_) => within_limit(decode_not_utf8(bytes)?),
    }
}

/// Refuse text longer than a document can hold ([`crate::diagnostic::MAX_TEXT`]): a legacy
/// encoding can grow up to threefold in UTF-8.
fn within_limit(decoded: Decoded) -> Result<Decoded> {
    if decoded.text.len() > crate::diagnostic::MAX_TEXT {
        return Err(Error::new(crate::msg!("error-decoded-too-large")));
    }
    Ok(decoded)
}

/// [`decode`], taking ownership of the bytes. A file that is valid UTF-8 without a BOM (the
/// common case) becomes the text without being copied, which halves the memory a large file
/// needs; the bytes come back (second value) whenever they were not used that way, for callers
/// that compare their output with the input.
pub fn decode_owned(bytes: Vec<u8>, forced: Option<TextEncoding>) -> Result<(Decoded, Option<Vec<u8>>)> {
    if let Some(decoded) = decode_before_utf8(&bytes, forced)? {
        return Ok((within_limit(decoded)?, Some(bytes)));
    }
    match utf8_string(bytes) {
        Ok(text) => Ok((within_limit(Decoded::utf8(text))?, None)),
        Err(bytes) => Ok((within_limit(decode_not_utf8(&bytes)?)?, Some(bytes))),
    }
}

/// The bytes as a `String` when they are valid UTF-8, without copying them; otherwise the bytes
/// back.
///
/// This is `String::from_utf8` with the validation done by simdutf8, which on accented subtitle
/// text is several times faster than the standard library's (a fifth of `fmt`'s time on a
/// large file went to it). It is the crate's one `unsafe` block.
#[allow(unsafe_code)]
fn utf8_string(bytes: Vec<u8>) -> std::result::Result<String, Vec<u8>> {
    if simdutf8::basic::from_utf8(&bytes).is_err() {
        return Err(bytes);
    }
    // SAFETY: simdutf8 has just validated every byte of `bytes` as UTF-8, which is the one
    // requirement of `from_utf8_unchecked`; the vector is moved, so nothing changes in between.
    Ok(unsafe { String::from_utf8_unchecked(bytes) })
}

impl Decoded {
    /// Valid UTF-8 without a BOM, taken as it is.
    fn utf8(text: String) -> Decoded {
        Decoded {
            text,
            encoding: TextEncoding::UTF_8,
            bom: false,
            source: EncodingSource::ValidUtf8,
            had_errors: false,
        }
    }
}

/// The steps before the UTF-8 test: a forced encoding or a BOM decide; binary files and UTF-16
/// without a BOM are refused. `None` when the bytes are to be tried as UTF-8.
fn decode_before_utf8(bytes: &[u8], forced: Option<TextEncoding>) -> Result<Option<Decoded>> {
    if let Some(encoding) = forced {
        let (bom_len, bom_matches) = match bom_of(bytes) {
            Some((found, len)) if found == encoding => (len, true),
            _ => (0, false),
        };
        let (text, had_errors) = decode_with(encoding, &bytes[bom_len..]);
        return Ok(Some(Decoded { text, encoding, bom: bom_matches, source: EncodingSource::Override, had_errors }));
    }
    if let Some((encoding, len)) = bom_of(bytes) {
        let (text, had_errors) = decode_with(encoding, &bytes[len..]);
        // The binary test below looks at raw bytes, which for UTF-16 and UTF-32 are full of NULs;
        // after a BOM it looks at the text instead, so that a file of control characters is
        // refused whatever its encoding (and `--fix`, which writes UTF-8, never turns a file it
        // accepted into one it refuses).
        if looks_binary(text.as_bytes()) {
            return Err(Error::new(crate::msg!("error-control-characters")));
        }
        return Ok(Some(Decoded { text, encoding, bom: true, source: EncodingSource::Bom, had_errors }));
    }
    for (magic, what) in BINARY_MAGIC {
        if bytes.starts_with(magic) {
            return Err(Error::new(crate::msg!("error-not-subtitle", kind = what())));
        }
    }
    if let Some(endian) = utf16_without_bom(bytes) {
        let label = if endian == "little-endian" { "utf-16le" } else { "utf-16be" };
        let message = if endian == "little-endian" {
            crate::msg!("error-utf16le-without-bom")
        } else {
            crate::msg!("error-utf16be-without-bom")
        };
        return Err(Error::new(message).with_remedy(Remedy::ReadAs(label.to_string())));
    }
    if looks_binary(bytes) {
        return Err(Error::new(crate::msg!("error-control-bytes")));
    }
    Ok(None)
}

/// Bytes that are not valid UTF-8: refused when they are UTF-8 with a few bad bytes, otherwise
/// decoded with the legacy encoding chardetng guesses.
fn decode_not_utf8(bytes: &[u8]) -> Result<Decoded> {
    if let Some(damage) = damaged_utf8(bytes) {
        return Err(Error::new(crate::msg!("error-damaged-utf8", byte = format!("0x{:02X}", damage.byte)))
            .on_line(damage.line)
            .with_remedy(Remedy::ReadAsOneOf(vec!["utf-8".to_string(), "windows-1252".to_string()])));
    }
    let encoding = guess_legacy(bytes);
    let (text, had_errors) = decode_with(encoding, bytes);
    Ok(Decoded { text, encoding, bom: false, source: EncodingSource::Detected, had_errors })
}

/// Where a mostly-UTF-8 file first goes wrong.
struct Utf8Damage {
    /// 1-based line of the first invalid byte.
    line: usize,
    /// The first invalid byte.
    byte: u8,
}

/// A file that is UTF-8 except for a few bytes: more valid multi-byte characters than invalid
/// sequences. Reading it as a legacy code page would turn every accent into mojibake, and reading
/// it as UTF-8 would lose the bad bytes, so the caller must choose. A genuine Windows-1252 file
/// has (almost) no valid multi-byte sequences, so it is not affected.
fn damaged_utf8(bytes: &[u8]) -> Option<Utf8Damage> {
    let (mut valid_multibyte, mut invalid) = (0usize, 0usize);
    let mut first_bad = None;
    let mut rest = bytes;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                valid_multibyte += text.bytes().filter(|&b| b >= 0xC0).count();
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                valid_multibyte += rest[..good].iter().filter(|&&b| b >= 0xC0).count();
                invalid += 1;
                first_bad.get_or_insert(offset + good);
                // A truncated sequence at the very end has no length: it is the last problem.
                let skip = good + e.error_len().unwrap_or(rest.len() - good);
                offset += skip;
                rest = &rest[skip..];
            }
        }
    }
    let at = first_bad?;
    if valid_multibyte <= invalid {
        return None;
    }
    let before = &bytes[..at];
    let lf = memchr::memchr_iter(b'\n', before).count();
    let lone_cr = memchr::memchr_iter(b'\r', before).filter(|&i| bytes.get(i + 1) != Some(&b'\n')).count();
    Some(Utf8Damage { line: lf + lone_cr + 1, byte: bytes.get(at).copied().unwrap_or(0) })
}

/// The BOM at the start of `bytes`, and its length.
fn bom_of(bytes: &[u8]) -> Option<(TextEncoding, usize)> {
    // UTF-32 LE's BOM starts with UTF-16 LE's: test it first.
    if bytes.starts_with(&[0xFF, 0xFE, 0x00, 0x00]) {
        return Some((TextEncoding::Utf32Le, 4));
    }
    if bytes.starts_with(&[0x00, 0x00, 0xFE, 0xFF]) {
        return Some((TextEncoding::Utf32Be, 4));
    }
    Encoding::for_bom(bytes).map(|(e, len)| (TextEncoding::Whatwg(e), len))
}

fn decode_with(encoding: TextEncoding, bytes: &[u8]) -> (String, bool) {
    match encoding {
        TextEncoding::Whatwg(e) => {
            let (text, had_errors) = e.decode_without_bom_handling(bytes);
            (text.into_owned(), had_errors)
        }
        TextEncoding::Utf32Le | TextEncoding::Utf32Be => {
            let mut text = String::with_capacity(bytes.len() / 4);
            let mut had_errors = !bytes.len().is_multiple_of(4);
            for chunk in bytes.chunks_exact(4) {
                let array = [chunk[0], chunk[1], chunk[2], chunk[3]];
                let value = if encoding == TextEncoding::Utf32Le {
                    u32::from_le_bytes(array)
                } else {
                    u32::from_be_bytes(array)
                };
                match char::from_u32(value) {
                    Some(c) => text.push(c),
                    None => {
                        had_errors = true;
                        text.push('\u{FFFD}');
                    }
                }
            }
            if !bytes.len().is_multiple_of(4) {
                text.push('\u{FFFD}');
            }
            (text, had_errors)
        }
    }
}

/// UTF-16 text without a BOM has a NUL in every other byte for Latin text.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static str> {
    let sample = &bytes[..bytes.len().min(4096)];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nuls = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nuls = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_nuls * 10 >= pairs * 7 && even_nuls * 10 <= pairs {
        Some("little-endian")
    } else if even_nuls * 10 >= pairs * 7 && odd_nuls * 10 <= pairs {
        Some("big-endian")
    } else {
        None
    }
}

/// More than 10% control bytes (other than tab, CR, LF, FF) in the first 8 KiB means binary.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.is_empty() {
        return false;
    }
    let control = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\r' | b'\n' | 0x0C)).count();
    control * 10 > sample.len()
}

/// chardetng's guess for non-UTF-8 bytes, biased towards Western code pages for subtitles.
fn guess_legacy(bytes: &[u8]) -> TextEncoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    TextEncoding::Whatwg(detector.guess(None, chardetng::Utf8Detection::Deny))
}

/// Encode `text` in `encoding`, with a BOM if asked. Characters the encoding cannot represent
/// are an error naming the first one, never silently replaced.
pub fn encode(text: &str, encoding: TextEncoding, bom: bool) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() + 4);
    match encoding {
        TextEncoding::Utf32Le | TextEncoding::Utf32Be => {
            let le = encoding == TextEncoding::Utf32Le;
            let push =
                |out: &mut Vec<u8>, v: u32| out.extend_from_slice(&if le { v.to_le_bytes() } else { v.to_be_bytes() });
            if bom {
                push(&mut out, 0xFEFF);
            }
            for c in text.chars() {
                push(&mut out, c as u32);
            }
        }
        TextEncoding::Whatwg(e) if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE => {
            let le = e == encoding_rs::UTF_16LE;
            let push =
                |out: &mut Vec<u8>, v: u16| out.extend_from_slice(&if le { v.to_le_bytes() } else { v.to_be_bytes() });
            if bom {
                push(&mut out, 0xFEFF);
            }
            for unit in text.encode_utf16() {
                push(&mut out, unit);
            }
        }
        TextEncoding::Whatwg(e) if e == encoding_rs::UTF_8 => {
            if bom {
                out.extend_from_slice(b"\xEF\xBB\xBF");
            }
            out.extend_from_slice(text.as_bytes());
        }
        TextEncoding::Whatwg(e) => {
            let (bytes, _, had_errors) = e.encode(text);
            if had_errors {
                let bad = text
                    .chars()
                    .find(|c| {
                        let mut buf = [0u8; 4];
                        e.encode(c.encode_utf8(&mut buf)).2
                    })
                    .map_or_else(String::new, |c| format!(" ({c:?}, U+{:04X})", c as u32));
                let encoding = e.name().to_ascii_lowercase();
                return Err(Error::new(crate::msg!("error-unencodable", character = bad, encoding = encoding))
                    .with_remedy(Remedy::WriteUtf8));
            }
            out.extend_from_slice(&bytes);
        }
    }
    Ok(out)
}

/// [`encode`], keeping the original bytes of every line of `text` found unchanged in `source`
/// (the text `original` was decoded from). Decoding then encoding is not the identity in every
/// legacy encoding (Shift_JIS and Big5 have duplicate codes: NEC and IBM extensions, HKSCS), so
/// a lossless rewrite must copy what it does not change. Lines are matched in order, each within
/// [`KEEP_WINDOW`] lines of the last match, so the work stays linear; an unmatched line is
/// encoded. Encodings whose line breaks are not single ASCII bytes are simply encoded.
pub fn encode_keeping(text: &str, encoding: TextEncoding, bom: bool, source: &str, original: &[u8]) -> Result<Vec<u8>> {
    let TextEncoding::Whatwg(e) = encoding else { return encode(text, encoding, bom) };
    if bom || e == encoding_rs::UTF_8 || !e.is_ascii_compatible() {
        return encode(text, encoding, bom);
    }
    let source_lines: Vec<&str> = source.split_inclusive('\n').collect();
    let original_lines: Vec<&[u8]> = original.split_inclusive(|&b| b == b'\n').collect();
    if source_lines.len() != original_lines.len() {
        return encode(text, encoding, bom);
    }
    let mut out = Vec::with_capacity(original.len() + original.len() / 16);
    let mut cursor = 0;
    for line in text.split_inclusive('\n') {
        let window = source_lines.get(cursor..).unwrap_or_default();
        match window.iter().take(KEEP_WINDOW).position(|&l| l == line) {
            Some(at) => {
                out.extend_from_slice(original_lines.get(cursor + at).copied().unwrap_or_default());
                cursor += at + 1;
            }
            None => out.extend_from_slice(&encode(line, encoding, false)?),
        }
    }
    Ok(out)
}

/// How far ahead [`encode_keeping`] looks for an unchanged line (past cues a rewrite dropped).
pub const KEEP_WINDOW: usize = 256;

#[cfg(test)]
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simd_validation_accepts_and_refuses_exactly_what_the_standard_library_does() {
        let cases: [&[u8]; 12] = [
            b"",
            "¿Qué pasó, Julián? — Ñandú, 20 €, 😀".as_bytes(),
            b"\xC3",             // truncated two-byte sequence at the end
            b"abc\xC3(",         // bad continuation
            b"\xC0\xAF",         // overlong '/'
            b"\xED\xA0\x80",     // an encoded surrogate
            b"\xF4\x90\x80\x80", // above U+10FFFF
            b"\xF0\x9F\x98",     // truncated four-byte sequence
            b"\xE9t\xE9",        // windows-1252 été
            b"\xFF\xFE",
            b"plain ascii\n",
            b"\x00\x01\x7F",
        ];
        for case in cases {
            let long: Vec<u8> = [b"x".repeat(100).as_slice(), case, b"y".repeat(70).as_slice()].concat();
            for bytes in [case.to_vec(), long] {
                let ours = utf8_string(bytes.clone());
                match String::from_utf8(bytes.clone()) {
                    Ok(text) => assert_eq!(ours, Ok(text)),
                    Err(_) => assert_eq!(ours, Err(bytes), "invalid bytes come back untouched"),
                }
            }
        }
    }

    #[test]
    fn owned_utf8_becomes_the_text_and_other_bytes_come_back() {
        let utf8 = "1\n00:00:01,000 --> 00:00:02,000\n¿Qué pasó?\n".as_bytes().to_vec();
        let (decoded, unused) = decode_owned(utf8.clone(), None).expect("decodes");
        assert_eq!(decoded.text.as_bytes(), utf8.as_slice());
        assert_eq!(unused, None, "UTF-8 without a BOM is used as it is");
        assert_eq!(decoded.source, EncodingSource::ValidUtf8);

        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(&utf8);
        let (decoded, unused) = decode_owned(bom.clone(), None).expect("decodes");
        assert!(decoded.bom);
        assert_eq!(decoded.text.as_bytes(), utf8.as_slice());
        assert_eq!(unused.as_deref(), Some(bom.as_slice()));

        let cp1252 = b"1\n00:00:01,000 --> 00:00:02,000\n\xBFQu\xE9 pas\xF3? Se\xF1or, ma\xF1ana.\n".to_vec();
        let (decoded, unused) = decode_owned(cp1252.clone(), None).expect("decodes");
        let borrowed = decode(&cp1252, None).expect("decodes");
        assert_eq!(decoded.text, borrowed.text);
        assert_eq!(decoded.encoding, borrowed.encoding);
        assert_eq!(unused.as_deref(), Some(cp1252.as_slice()));

        let png = b"\x89PNG\r\n\x1a\n\0\0".to_vec();
        assert!(decode_owned(png, None).is_err(), "refusals are the same as decode's");
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode(b"\xEF\xBB\xBFhola", None).expect("decodes");
        assert_eq!((d.text.as_str(), d.bom, d.encoding), ("hola", true, TextEncoding::UTF_8));
        let d = decode("¿qué?".as_bytes(), None).expect("decodes");
        assert_eq!((d.text.as_str(), d.bom, d.source), ("¿qué?", false, EncodingSource::ValidUtf8));
    }

    #[test]
    fn windows_1252_spanish_is_detected_and_round_trips() {
        let original = "1\r\n00:00:01,000 --> 00:00:02,000\r\n¿Adónde vas, Julián? Mañana llegará el camión.\r\n";
        let bytes = encode(original, TextEncoding::Whatwg(encoding_rs::WINDOWS_1252), false).expect("encodes");
        let d = decode(&bytes, None).expect("decodes");
        assert_eq!(d.encoding.name(), "windows-1252");
        assert_eq!(d.text, original);
        assert_eq!(encode(&d.text, d.encoding, d.bom).expect("encodes"), bytes);
    }

    #[test]
    fn utf16_and_utf32_with_bom() {
        for encoding in [
            TextEncoding::Whatwg(encoding_rs::UTF_16LE),
            TextEncoding::Whatwg(encoding_rs::UTF_16BE),
            TextEncoding::Utf32Le,
            TextEncoding::Utf32Be,
        ] {
            let bytes = encode("Año\n", encoding, true).expect("encodes");
            let d = decode(&bytes, None).expect("decodes");
            assert_eq!((d.text.as_str(), d.encoding, d.bom), ("Año\n", encoding, true), "{encoding}");
        }
    }

    #[test]
    fn utf8_with_a_damaged_byte_is_refused_at_its_line_not_read_as_mojibake() {
        let bytes =
            "1\n00:00:01,000 --> 00:00:02,000\n¿Adónde vas?\n\n2\n00:00:03,000 --> 00:00:04,000\nA \u{1}El Paso.\n"
                .replace('\u{1}', "\u{FFFD}")
                .into_bytes();
        let mut damaged = bytes.clone();
        let at = damaged.windows(3).position(|w| w == "\u{FFFD}".as_bytes()).expect("marker");
        damaged.splice(at..at + 3, [0xFF]);
        let err = decode(&damaged, None).expect_err("mixed file is refused");
        assert_eq!(err.line, Some(7));
        let message = err.localized.as_deref().expect("an id");
        assert_eq!((message.id, message.arg("byte")), ("error-damaged-utf8", Some(&"0xFF".into())));
        assert_eq!(err.in_file("x.srt").to_string().split(':').take(2).collect::<Vec<_>>(), ["x.srt", "7"]);
        // Forcing an encoding reads it either way.
        let lossy = decode(&damaged, Some(TextEncoding::UTF_8)).expect("forced UTF-8");
        assert!(lossy.had_errors && lossy.text.contains("¿Adónde") && lossy.text.contains("A \u{FFFD}El"));
        let latin = TextEncoding::for_label("windows-1252").expect("label");
        assert_eq!(decode(&damaged, Some(latin)).map(|d| d.encoding), Ok(latin));
    }

    #[test]
    fn truncated_utf8_at_the_end_is_found() {
        let mut bytes = "1\n00:00:01,000 --> 00:00:02,000\nÁlvaro, ¿qué?\n".as_bytes().to_vec();
        bytes.push(0xC3);
        let err = decode(&bytes, None).expect_err("refused");
        assert_eq!(err.line, Some(4));
    }

    #[test]
    fn binary_and_bomless_utf16_are_refused() {
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None).is_err());
        let utf16 =
            encode("1\n00:00:01,000 --> 00:00:02,000\nHi\n", TextEncoding::Whatwg(encoding_rs::UTF_16LE), false)
                .expect("encodes");
        let err = decode(&utf16, None).expect_err("refused");
        assert_eq!(err.remedy, Some(Remedy::ReadAs("utf-16le".to_string())), "{}", err.message);
        assert!(decode(&[0u8; 100], None).is_err());
    }

    #[test]
    fn unrepresentable_characters_are_an_error() {
        assert!(encode("emoji 🎬", TextEncoding::Whatwg(encoding_rs::WINDOWS_1252), false).is_err());
    }

    #[test]
    fn unchanged_lines_keep_their_duplicate_codes() {
        // NEC (0x8754) and IBM (0xFA4A) codes of Ⅰ: both decode to U+2160, encode to 0x8754.
        let sjis = encoding_rs::SHIFT_JIS;
        let original = b"1\n00:00:01,000 --> 00:00:02,000\n\xFA\x4A \x87\x54\n";
        let (source, _, _) = sjis.decode(original);
        assert_eq!(
            encode(&source, TextEncoding::Whatwg(sjis), false).expect("encodes"),
            b"1\n00:00:01,000 --> 00:00:02,000\n\x87\x54 \x87\x54\n"
        );
        let retimed = source.replace("00:00:01,000", "00:00:02,000");
        let kept = encode_keeping(&retimed, TextEncoding::Whatwg(sjis), false, &source, original).expect("encodes");
        assert_eq!(kept, b"1\n00:00:02,000 --> 00:00:02,000\n\xFA\x4A \x87\x54\n");
        // Big5 too, and a new line is encoded.
        let big5 = encoding_rs::BIG5;
        let original = b"\xF9\xF9\n";
        let (source, _, _) = big5.decode(original);
        let kept = encode_keeping(&format!("{source}nuevo\n"), TextEncoding::Whatwg(big5), false, &source, original);
        assert_eq!(kept.expect("encodes")[..3], original[..]);
    }

    #[test]
    fn line_ending_styles() {
        assert_eq!(LineEndingCounts::of("a\nb\n").style(), LineEndings::Lf);
        assert_eq!(LineEndingCounts::of("a\r\nb\r\n").style(), LineEndings::Crlf);
        assert_eq!(LineEndingCounts::of("a\rb\r").style(), LineEndings::Cr);
        assert_eq!(LineEndingCounts::of("a\r\nb\n").style(), LineEndings::Mixed);
        assert_eq!(LineEndingCounts::of("ab").style(), LineEndings::None);
    }
}
