//! Conversion between SRT, WebVTT and TTML (IMSC 1.1 Text Profile), and reading WebVTT.
//!
//! Every input is read into the shared [`Document`] model ([`read_source`], through the one
//! reader in [`crate::read`]), each cue's text into format-neutral [`markup`] tokens, and
//! the target writer works from those. Times are copied exactly (milliseconds in, milliseconds
//! out), cues are never merged, split or dropped, and whatever a target format cannot carry is
//! reported in [`Converted::notes`].
pub mod strip_sdh;
pub mod ttml;

pub use strip_sdh::{Removal, Stripped, strip_sdh};

use crate::diagnostic::Severity;
use crate::error::Result;
use crate::lang::{self, LangSource, LangTag};
use crate::markup::{self, Horizontal, Markup, Notes, Placement, Vertical};
use crate::srt::{self, Document, ParseOptions, SourceFormat, Subtitle, WriteOptions};
use crate::time::FrameRate;
use crate::vtt;
use std::path::{Path, PathBuf};

/// The formats `convert` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubtitleFormat {
    /// SubRip.
    Srt,
    /// WebVTT.
    Vtt,
    /// TTML, IMSC 1.1 Text Profile.
    Ttml,
}

/// The output formats, under the name the converter uses.
pub use SubtitleFormat as Format;

/// The format an extension names: `.srt`, `.vtt`/`.webvtt`, `.ttml`/`.dfxp`/`.xml`.
pub fn format_of_path(path: &Path) -> Option<Format> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "srt" => Some(Format::Srt),
        "vtt" | "webvtt" => Some(Format::Vtt),
        "ttml" | "dfxp" | "xml" => Some(Format::Ttml),
        _ => None,
    }
}

/// Decode and read a file to convert, through [`crate::read`]: a file read as WebVTT must have
/// its `WEBVTT` header (without it the whole file would be one broken block), so converting one
/// without it is an error naming the file. `path` is for the sniffer and messages (`-`: stdin).
pub fn read_source(bytes: Vec<u8>, path: impl AsRef<Path>, options: ParseOptions) -> Result<Document> {
    let path = path.as_ref();
    let doc = crate::read::read_bytes(bytes, path, crate::read::ReadOptions { encoding: options.encoding })?;
    if doc.format == SourceFormat::Vtt && !vtt::has_header(&doc.source) {
        return Err(crate::ui::error(crate::msg!("error-vtt-header")).in_file(path).on_line(1));
    }
    Ok(doc)
}

/// The rules whose findings make a source unfit to convert: a cue that ends before it starts
/// (`begin` after `end`), cues out of order (WebVTT requires them sorted), an empty cue (an empty
/// `<p>`), and text decoded twice (mojibake written into the target).
pub const BLOCKING_RULES: &[&str] = &["end-before-start", "out-of-order", "empty-cue", "mojibake"];

/// The findings of [`BLOCKING_RULES`] on `doc`, through the check engine with the default
/// profile: converting a source with any of them writes an invalid or garbled target, so
/// callers refuse unless told to go on. Sorted by position.
pub fn blocking_findings(doc: &Document) -> Vec<crate::diagnostic::Diagnostic> {
    use crate::check::{engine, profile, select};
    let engine = engine::Engine::new();
    let selectors: Vec<select::Selector> =
        BLOCKING_RULES.iter().filter_map(|name| select::Selector::parse(name, engine.infos()).ok()).collect();
    let rules = select::RuleSettings::new(engine.infos(), Some(selectors), Vec::new(), Vec::new());
    // The blocking rules read no language.
    let lang = lang::Lang::Other;
    let settings = engine::FileSettings {
        lang,
        fps: FrameRate::FILM,
        thresholds: profile::Profile::Netflix.thresholds(lang, profile::Audience::Adult),
        rules: &rules,
        timing: Default::default(),
    };
    let mut found = engine.check(doc, &settings);
    found.retain(|d| d.severity == Severity::Error && BLOCKING_RULES.contains(&d.rule));
    found
}

/// What to convert to.
#[derive(Debug, Clone)]
pub struct ConvertOptions {
    /// The target format.
    pub to: Format,
    /// Frame rate for TTML's `ttp:frameRate` (default: 23.976, the film's rate).
    pub fps: Option<FrameRate>,
    /// The language given for TTML's `xml:lang`, if any.
    pub lang: Option<LangTag>,
    /// The input's path: its file name may say the language (`film.es-MX.srt`).
    pub path: Option<PathBuf>,
}

/// A finished conversion.
#[derive(Debug, Clone)]
pub struct Converted {
    /// The output text (UTF-8, LF line endings).
    pub text: String,
    /// Number of cues written (always the number read).
    pub cues: usize,
    /// The language written to `xml:lang` and how it was chosen (TTML only).
    pub lang: Option<(String, LangSource)>,
    /// What the target format could not carry, one line per kind with counts.
    pub notes: Vec<crate::ui::Message>,
}

/// Convert a parsed document.
///
/// Refuses (with the line of the first problem) when some blocks of the input could not be
/// read, since converting would silently lose them.
pub fn convert(doc: &Document, options: &ConvertOptions) -> Result<Converted> {
    if doc.unparsed_blocks > 0 {
        let first = doc.diagnostics.iter().find(|d| d.severity == Severity::Error);
        let count = doc.unparsed_blocks;
        let error = match first {
            Some(d) => {
                let reason = match d.localized.as_ref().and_then(|l| l.message.clone()) {
                    Some(message) => message,
                    None => crate::msg!("error-text", text = d.message.as_str()),
                };
                crate::ui::error(crate::msg!("error-convert-unreadable-at", count = count, reason = reason))
                    .on_line(d.line)
            }
            None => crate::ui::error(crate::msg!("error-convert-unreadable", count = count)),
        };
        return Err(error);
    }
    let mut notes = Notes::default();
    // WebVTT to WebVTT keeps the cue text as written (voice, class and ruby tags included), so
    // what reading it as markup would drop is not worth a warning.
    let verbatim = doc.format == SourceFormat::Vtt && options.to == Format::Vtt;
    let mut markup_notes = Notes::default();
    let cues: Vec<(Markup, Option<String>)> = doc
        .cues
        .iter()
        .map(|cue| {
            let lines = cue.text_lines(doc);
            match doc.format {
                // TTML is read into SRT cue text, placement as `{\anN}`.
                SourceFormat::Srt | SourceFormat::Ttml => (markup::parse_srt(lines, &mut markup_notes), None),
                SourceFormat::Vtt => {
                    let mut markup = markup::parse_vtt(lines, &mut markup_notes);
                    let settings = cue.timing.settings.as_ref().map(|s| doc.slice(s).to_string());
                    if let Some(settings) = &settings {
                        markup.placement = placement_from_settings(settings, !verbatim, &mut markup_notes);
                    }
                    (markup, settings)
                }
            }
        })
        .collect();
    if !verbatim {
        notes = markup_notes;
    }
    let mut lang = None;
    let text = match options.to {
        Format::Srt => {
            let subtitles: Vec<Subtitle> = doc
                .cues
                .iter()
                .zip(&cues)
                .map(|(cue, (markup, _))| Subtitle {
                    start: cue.start,
                    end: cue.end,
                    lines: non_empty_lines(markup::to_srt_lines(markup, &mut notes), "SubRip", &mut notes),
                })
                .collect();
            srt::write_subtitles(&subtitles, &WriteOptions::default())
        }
        Format::Vtt => {
            let vtt_cues: Vec<vtt::VttCue> = doc
                .cues
                .iter()
                .zip(&cues)
                .map(|(cue, (markup, settings))| {
                    let identifier = match doc.format {
                        SourceFormat::Vtt => cue.index.as_ref().map(|i| doc.slice(&i.span).trim().to_string()),
                        SourceFormat::Srt | SourceFormat::Ttml => Some(cue.position.to_string()),
                    };
                    vtt::VttCue {
                        identifier: identifier.filter(|id| !id.is_empty() && !id.contains("-->")),
                        start: cue.start,
                        end: cue.end,
                        settings: settings.clone().or_else(|| settings_from_placement(markup.placement)),
                        lines: if verbatim {
                            cue.text_lines(doc).map(str::to_string).collect()
                        } else {
                            non_empty_lines(markup::to_vtt_lines(markup, &mut notes), "WebVTT", &mut notes)
                        },
                    }
                })
                .collect();
            let header = if verbatim { vtt::header_block(&doc.source) } else { None };
            vtt::write_vtt_with_header(header.unwrap_or("WEBVTT"), &vtt_cues)
        }
        Format::Ttml => {
            let settled =
                lang::settle(options.lang.as_ref(), options.path.as_deref().unwrap_or(Path::new("-")), |_| None);
            let resolved = lang::resolve(settled, || {
                let mut all = String::new();
                for cue in &doc.cues {
                    all.push_str(&crate::visible::visible_text(cue, doc));
                    all.push('\n');
                }
                lang::detect(&all)
            });
            let chosen = (resolved.tag.unwrap_or_else(|| "und".to_string()), resolved.source);
            let ttml_cues: Vec<ttml::TtmlCue> = doc
                .cues
                .iter()
                .zip(cues)
                .map(|(cue, (markup, _))| ttml::TtmlCue { start: cue.start, end: cue.end, markup })
                .collect();
            let text = ttml::write_ttml(
                &ttml_cues,
                &ttml::TtmlOptions { lang: chosen.0.clone(), fps: options.fps.unwrap_or_default() },
                &mut notes,
            );
            lang = Some(chosen);
            text
        }
    };
    // In the order of their English wording, whatever the interface language.
    let mut notes = notes.messages();
    notes.sort_by_cached_key(|note| crate::ui::render(crate::ui::UiLang::English, note));
    Ok(Converted { text, cues: doc.cues.len(), lang, notes })
}

/// Text lines without empty ones: a blank line would end the cue (WebVTT) or the block (SRT).
/// A line of white space is text (see [`srt::is_blank_line`]) and is kept.
fn non_empty_lines(lines: Vec<String>, format: &str, notes: &mut Notes) -> Vec<String> {
    let before = lines.len();
    let kept: Vec<String> = lines.into_iter().filter(|l| !l.is_empty()).collect();
    // A cue whose only line is empty is simply an empty cue; anything else loses a line.
    if kept.len() < before && !(before == 1 && kept.is_empty()) {
        notes.add(crate::msg!("convert-note-empty-lines", format = format));
    }
    kept
}

/// Placement from WebVTT cue settings (`line:0`, `line:10%`, `align:start`). When the target
/// cannot keep the settings themselves, the ones that cannot be mapped are noted.
fn placement_from_settings(settings: &str, noting: bool, notes: &mut Notes) -> Placement {
    let mut placement = Placement::default();
    for setting in settings.split_whitespace() {
        let (name, value) = setting.split_once(':').unwrap_or((setting, ""));
        match name {
            "line" => {
                let value = value.split(',').next().unwrap_or("");
                placement.vertical = match value.strip_suffix('%') {
                    Some(percent) => match percent.parse::<f64>() {
                        Ok(p) if p < 35.0 => Vertical::Top,
                        Ok(p) if p <= 65.0 => Vertical::Middle,
                        _ => Vertical::Bottom,
                    },
                    None => match value.parse::<i64>() {
                        Ok(n) if n >= 0 => Vertical::Top,
                        _ => Vertical::Bottom,
                    },
                };
            }
            "align" => {
                placement.horizontal = match value {
                    "start" | "left" => Horizontal::Left,
                    "end" | "right" => Horizontal::Right,
                    _ => Horizontal::Center,
                };
            }
            _ if noting => notes.add(crate::msg!("convert-note-vtt-setting", name = name)),
            _ => {}
        }
    }
    placement
}

/// WebVTT cue settings for a placement (none for the default bottom centre).
fn settings_from_placement(placement: Placement) -> Option<String> {
    let mut parts = Vec::new();
    match placement.vertical {
        Vertical::Bottom => {}
        Vertical::Middle => parts.push("line:50%"),
        Vertical::Top => parts.push("line:0"),
    }
    match placement.horizontal {
        Horizontal::Center => {}
        Horizontal::Left => parts.push("align:start"),
        Horizontal::Right => parts.push("align:end"),
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert_str(text: &str, path: &str, to: Format) -> Converted {
        let doc = read_source(text.as_bytes().to_vec(), path, ParseOptions::default()).expect("parses");
        convert(&doc, &ConvertOptions { to, fps: None, lang: None, path: None }).expect("converts")
    }

    const CANONICAL: &str = "1\n00:00:01,000 --> 00:00:02,500\n¿Adónde vas?\n\n2\n00:00:03,000 --> 00:00:04,000\n<i>A El Paso,</i>\n<i>con Tom & Jerry.</i>\n\n3\n01:02:03,004 --> 01:02:05,000\n{\\an8}Arriba <i>y</i> a < b\n";

    #[test]
    fn srt_to_vtt_to_srt_is_byte_for_byte() {
        let vtt = convert_str(CANONICAL, "film.es.srt", Format::Vtt);
        assert!(vtt.notes.is_empty(), "{:?}", vtt.notes);
        assert_eq!(
            vtt.text,
            "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\n¿Adónde vas?\n\n2\n00:00:03.000 --> 00:00:04.000\n<i>A El Paso,</i>\n<i>con Tom &amp; Jerry.</i>\n\n3\n01:02:03.004 --> 01:02:05.000 line:0\nArriba <i>y</i> a &lt; b\n"
        );
        let back = convert_str(&vtt.text, "film.es.vtt", Format::Srt);
        assert_eq!(back.text, CANONICAL);
        assert!(back.notes.is_empty(), "{:?}", back.notes);
    }

    #[test]
    fn format_comes_from_the_header_before_the_extension() {
        let doc = read_source(b"WEBVTT\n\n00:01.000 --> 00:02.000\nHola\n".to_vec(), "-", ParseOptions::default())
            .expect("parses");
        assert_eq!(doc.format, SourceFormat::Vtt);
        let doc = read_source(CANONICAL.as_bytes().to_vec(), "-", ParseOptions::default()).expect("parses");
        assert_eq!(doc.format, SourceFormat::Srt);
        let error =
            read_source(CANONICAL.as_bytes().to_vec(), "film.vtt", ParseOptions::default()).expect_err("no header");
        assert_eq!(error.to_string(), "film.vtt:1: not a WebVTT file: the first line must be `WEBVTT`");
    }

    #[test]
    fn unreadable_blocks_stop_the_conversion_at_their_line() {
        let doc = srt::parse_str("1\n00:00:01,000 --> 00:00:02,000\nHola\n\n2\n00:00:03,000 --> 00:99:04,000\nMal\n");
        let error =
            convert(&doc, &ConvertOptions { to: Format::Vtt, fps: None, lang: None, path: None }).expect_err("refused");
        assert_eq!(error.line, Some(6));
        assert!(error.message.starts_with("1 block could not be read"), "{}", error.message);
    }

    #[test]
    fn timing_shaped_text_cannot_start_an_srt_cue() {
        let srt = convert_str("WEBVTT\n\n00:01.000 --> 00:02.000\n10 --&gt; 20\n", "a.vtt", Format::Srt);
        assert_eq!(srt.text, "1\n00:00:01,000 --> 00:00:02,000\n10 --\u{FF1E} 20\n");
        assert_eq!(srt.notes.len(), 1, "{:?}", srt.notes);
    }

    #[test]
    fn vtt_settings_map_to_placement_for_srt() {
        let text = "WEBVTT\n\n00:01.000 --> 00:02.000 line:10% align:start size:50%\nArriba\n";
        let srt = convert_str(text, "a.vtt", Format::Srt);
        assert_eq!(srt.text, "1\n00:00:01,000 --> 00:00:02,000\n{\\an7}Arriba\n");
        let notes: Vec<String> = srt.notes.iter().map(|n| crate::ui::render(crate::ui::UiLang::English, n)).collect();
        assert_eq!(notes, ["WebVTT `size` cue settings dropped (1×)"]);
        // WebVTT to WebVTT keeps settings and identifiers as written.
        let vtt = convert_str(text, "a.vtt", Format::Vtt);
        assert!(vtt.text.contains("00:00:01.000 --> 00:00:02.000 line:10% align:start size:50%\n"));
    }
}

#[cfg(test)]
mod proptests {
    use super::*;
    use crate::time::Timestamp;
    use proptest::prelude::*;

    /// A line of subtitle text with the characters that need escaping, and optional italics.
    fn text_line() -> impl Strategy<Value = String> {
        let word = "[a-zA-Zñáéíóú¿?¡!.,&\"']{1,8}";
        let separator = prop_oneof![Just(" "), Just(" < "), Just(" > "), Just(" --> "), Just(" & "), Just(" <3 ")];
        (proptest::collection::vec((word, separator), 1..5), any::<bool>()).prop_map(|(parts, italic)| {
            let mut line = String::new();
            for (i, (word, separator)) in parts.iter().enumerate() {
                if i > 0 {
                    line.push_str(separator);
                }
                line.push_str(word);
            }
            if italic { format!("<i>{line}</i>") } else { line }
        })
    }

    fn subtitles() -> impl Strategy<Value = Vec<Subtitle>> {
        proptest::collection::vec((0u64..5_000, 1u64..8_000, proptest::collection::vec(text_line(), 0..3)), 0..12)
            .prop_map(|cues| {
                let mut at = 0;
                cues.into_iter()
                    .map(|(gap, duration, lines)| {
                        let start = at + gap;
                        at = start + duration;
                        Subtitle {
                            start: Timestamp::from_ms(start).unwrap_or_default(),
                            end: Timestamp::from_ms(at).unwrap_or_default(),
                            lines,
                        }
                    })
                    .collect()
            })
    }

    proptest! {
        #[test]
        fn canonical_srt_survives_vtt_byte_for_byte(subs in subtitles()) {
            let srt_text = srt::write_subtitles(&subs, &WriteOptions::default());
            let to = |text: &str, path: &str, to: Format| {
                let doc = read_source(text.as_bytes().to_vec(), path, ParseOptions::default()).map_err(|e| e.to_string())?;
                convert(&doc, &ConvertOptions { to, fps: None, lang: None, path: None }).map_err(|e| e.to_string())
            };
            let vtt = to(&srt_text, "a.srt", Format::Vtt).map_err(TestCaseError::fail)?;
            prop_assert!(vtt.notes.is_empty(), "{:?}", vtt.notes);
            let reparsed = vtt::parse_vtt(&vtt.text);
            prop_assert!(reparsed.diagnostics.is_empty(), "{:?}\n{}", reparsed.diagnostics, vtt.text);
            let back = to(&vtt.text, "a.vtt", Format::Srt).map_err(TestCaseError::fail)?;
            prop_assert_eq!(back.text, srt_text);
        }

        #[test]
        fn vtt_parser_never_panics(text in "(WEBVTT\n\n)?([0-9:.,>\\- \n\r\tNOTESTYLREGIONéñ<>&;ia-z]{0,80})") {
            let doc = vtt::parse_vtt(&text);
            for cue in &doc.cues {
                prop_assert!(doc.source.get(cue.block.clone()).is_some());
            }
            let _ = convert(&doc, &ConvertOptions { to: Format::Ttml, fps: None, lang: None, path: None });
        }
    }
}
