//! The one way to read a subtitle file: bytes (and the path they came from) to a [`Document`].
//!
//! The sniffing rule, the same for every command:
//! 1. content first: text that starts with the `WEBVTT` header is WebVTT, whatever the name says
//!    (a `.srt` file that is really WebVTT is read as WebVTT);
//! 2. then a TTML root: text whose root element is `<tt>` in the TTML namespace is TTML, whatever
//!    the name says (`.xml` files are TTML only this way);
//! 3. then the extension: `.vtt` and `.webvtt` are WebVTT (a missing header is then reported by
//!    the WebVTT reader as `vtt-header`); `.ttml` and `.dfxp` are TTML (and refused as such when
//!    they are not);
//! 4. anything else is SubRip.
use crate::decode::{self, Decoded, TextEncoding};
use crate::document::{Document, SourceFormat};
use crate::error::Result;
use crate::{srt, ttml, vtt};
use std::path::Path;

/// How messages and reports name standard input (given as `-`).
pub const STDIN_NAME: &str = "<stdin>";

/// `path` as messages and reports show it: [`STDIN_NAME`] for `-`, else the path.
pub fn shown(path: &Path) -> std::borrow::Cow<'_, str> {
    if path.as_os_str() == "-" { std::borrow::Cow::Borrowed(STDIN_NAME) } else { path.to_string_lossy() }
}

/// How to read a file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// The encoding to decode with, instead of detecting it.
    pub encoding: Option<TextEncoding>,
}

/// The format decoded `text` from `path` is read as (see the module documentation).
pub fn sniff(path: &Path, text: &str) -> SourceFormat {
    if vtt::has_header(text) {
        SourceFormat::Vtt
    } else if ttml::looks_like_ttml(text) {
        SourceFormat::Ttml
    } else if names_webvtt(path) {
        SourceFormat::Vtt
    } else if ttml::names_ttml(path) {
        SourceFormat::Ttml
    } else {
        SourceFormat::Srt
    }
}

/// Whether the path's extension is a WebVTT one (`.vtt`, `.webvtt`).
pub fn names_webvtt(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("vtt") || e.eq_ignore_ascii_case("webvtt"))
}

/// Decode and read `bytes`, which came from `path` (`-` for standard input: content decides).
/// Errors (undecodable bytes, a TTML file that cannot be read) name the path.
pub fn read_bytes(bytes: Vec<u8>, path: &Path, options: ReadOptions) -> Result<Document> {
    let (decoded, _) = decode::decode_owned(bytes, options.encoding).map_err(|e| e.in_file(path))?;
    read_decoded(path, decoded)
}

/// Read text already decoded from `path`. Only TTML can fail (malformed XML, unsupported
/// timing): SRT and WebVTT problems are the document's diagnostics. Errors name the path.
pub fn read_decoded(path: &Path, decoded: Decoded) -> Result<Document> {
    Ok(match sniff(path, &decoded.text) {
        // SRT takes the decoded text without copying it: files can be hundreds of megabytes.
        SourceFormat::Srt => srt::parse_decoded(decoded),
        SourceFormat::Vtt => {
            let mut doc = vtt::parse_vtt(&decoded.text);
            doc.note_decoding(&decoded);
            doc
        }
        SourceFormat::Ttml => ttml::parse(&decoded).map_err(|e| e.in_file(path))?,
    })
}

/// Read text in the format given (a fixed-up file read again as what it was). TTML that cannot
/// be read becomes a document of no cues and one unreadable block, which writers refuse.
pub fn read_text_as(format: SourceFormat, text: &str) -> Document {
    match format {
        SourceFormat::Srt => srt::parse_str(text),
        SourceFormat::Vtt => vtt::parse_vtt(text),
        SourceFormat::Ttml => {
            let decoded = decode::Decoded {
                text: text.to_string(),
                encoding: TextEncoding::UTF_8,
                bom: false,
                source: decode::EncodingSource::ValidUtf8,
                had_errors: false,
            };
            ttml::parse(&decoded).unwrap_or_else(|_| {
                let mut doc = srt::parse_str("");
                doc.format = SourceFormat::Ttml;
                doc.unparsed_blocks = 1;
                doc
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VTT: &str = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHola\n";
    const SRT: &str = "1\n00:00:01,000 --> 00:00:02,000\nHola\n";

    fn read(path: &str, text: &str) -> Document {
        read_bytes(text.as_bytes().to_vec(), Path::new(path), ReadOptions::default()).expect("reads")
    }

    #[test]
    fn a_webvtt_header_wins_over_the_extension() {
        for path in ["film.srt", "film.vtt", "-", "film.txt"] {
            let doc = read(path, VTT);
            assert_eq!(doc.format, SourceFormat::Vtt, "{path}");
            assert_eq!(doc.cues.len(), 1, "{path}");
            assert!(doc.diagnostics.is_empty(), "{path}: {:?}", doc.diagnostics);
        }
    }

    #[test]
    fn the_extension_decides_without_a_header() {
        assert_eq!(read("film.srt", SRT).format, SourceFormat::Srt);
        assert_eq!(read("-", SRT).format, SourceFormat::Srt);
        let vtt = read("film.VTT", SRT);
        assert_eq!(vtt.format, SourceFormat::Vtt);
        assert!(vtt.diagnostics.iter().any(|d| d.rule == vtt::rules::VTT_HEADER));
    }
}
