//! The non-SDH version of an SDH file: bracketed sound effects and speaker IDs removed, cues
//! left empty dropped, dialogue dashes repaired, and a record of everything removed.
//!
//! What counts as a label is what the SDH rules read ([`crate::check::rules::delivery::sdh`]):
//! closed `[…]` labels, and `NAME:` speaker cues at the start of a line. Lyrics between `♪`
//! stay: songs are subtitled in the non-SDH file too when they matter to the story.
use crate::check::rules::delivery::sdh::{labels, text_start};
use crate::srt::{Document, SourceFormat};
use crate::visible::strip_markup;

/// One thing removed from a cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    /// 1-based position of the cue in the SDH file.
    pub cue: usize,
    /// 1-based line of the file it was on.
    pub line: usize,
    /// The text removed, as written (`[risas]`, `JULIÁN:`).
    pub text: String,
}

/// The non-SDH version of a document and what was removed.
#[derive(Debug, Clone)]
pub struct Stripped {
    /// The stripped file, in the source's format, read back.
    pub doc: Document,
    /// Every label removed, in file order.
    pub removed: Vec<Removal>,
    /// Positions (1-based, in the SDH file) of the cues dropped because nothing was left.
    pub dropped: Vec<usize>,
    /// Positions of the cues whose dialogue dash was removed because one speaker was left.
    pub dashes_repaired: Vec<usize>,
}

/// A `NAME:` speaker cue at `start` of `line` (as the `speaker-id` rule reads one): its byte
/// length with the colon and one space.
fn script_speaker_len(line: &str, start: usize) -> Option<usize> {
    let colon = crate::check::rules::delivery::sdh::script_speaker(line, start)?;
    let space = line.get(start + colon + 1..).is_some_and(|after| after.starts_with(' '));
    Some(colon + 1 + usize::from(space))
}

/// Whether a line is a dialogue line: its text starts with a dash.
fn dash_at(line: &str) -> Option<usize> {
    let trimmed = strip_markup(line);
    let visible = trimmed.trim_start();
    if !visible.starts_with(['-', '–', '—']) {
        return None;
    }
    line.find(['-', '–', '—'])
}

/// Remove the SDH labels of one line; returns the line left and what was removed.
fn strip_line(line: &str) -> (String, Vec<String>) {
    let mut removed = Vec::new();
    let mut cut: Vec<std::ops::Range<usize>> = Vec::new();
    if let Some(start) = text_start(line)
        && let Some(len) = script_speaker_len(line, start)
    {
        cut.push(start..start + len);
    }
    for label in labels(line) {
        if cut.iter().any(|c| c.start < label.range.end && label.range.start < c.end) {
            continue;
        }
        cut.push(label.range);
    }
    cut.sort_by_key(|r| r.start);
    let mut out = String::with_capacity(line.len());
    let mut at = 0;
    for range in cut {
        out.push_str(line.get(at..range.start).unwrap_or(""));
        removed.push(line.get(range.clone()).unwrap_or("").trim().to_string());
        at = range.end;
    }
    out.push_str(line.get(at..).unwrap_or(""));
    // Italics left empty go; spaces the labels stood between collapse to one, and none is left
    // at the ends or inside the italics.
    let out = out.replace("<i></i>", "");
    let mut tidy = String::with_capacity(out.len());
    for word in out.split(' ').filter(|w| !w.is_empty()) {
        if !tidy.is_empty() {
            tidy.push(' ');
        }
        tidy.push_str(word);
    }
    let tidy = tidy.replace("<i> ", "<i>").replace(" </i>", "</i>").replace("<i></i>", "");
    (tidy, removed)
}

/// The non-SDH version of `doc`: WebVTT stays WebVTT; SRT and TTML (held as SubRip cue text)
/// become SRT, which the caller converts to the target format.
pub fn strip_sdh(doc: &Document) -> Stripped {
    let mut removed = Vec::new();
    let mut dropped = Vec::new();
    let mut dashes_repaired = Vec::new();
    let mut kept: Vec<(usize, Vec<String>)> = Vec::new();
    for cue in &doc.cues {
        let mut lines = Vec::new();
        let mut dashes_before = 0;
        for text_line in &cue.lines {
            let raw = doc.slice(&text_line.span);
            if dash_at(raw).is_some() {
                dashes_before += 1;
            }
            let (line, gone) = strip_line(raw);
            for text in gone {
                removed.push(Removal { cue: cue.position, line: text_line.line, text });
            }
            let visible = strip_markup(&line);
            let bare = visible.trim().trim_start_matches(['-', '–', '—']).trim();
            if !bare.is_empty() {
                lines.push(line);
            }
        }
        if lines.is_empty() {
            dropped.push(cue.position);
            continue;
        }
        // Two speakers became one: the dialogue dash goes.
        if dashes_before >= 2
            && lines.len() == 1
            && let Some(first) = lines.first_mut()
            && let Some(at) = dash_at(first)
        {
            let dash_len = first.get(at..).and_then(|r| r.chars().next()).map_or(1, char::len_utf8);
            let rest = first.get(at + dash_len..).unwrap_or("").trim_start().to_string();
            *first = format!("{}{rest}", first.get(..at).unwrap_or(""));
            dashes_repaired.push(cue.position);
        }
        kept.push((cue.position, lines));
    }
    let text = write(doc, &kept);
    let format = if doc.format == SourceFormat::Vtt { SourceFormat::Vtt } else { SourceFormat::Srt };
    Stripped { doc: crate::read::read_text_as(format, &text), removed, dropped, dashes_repaired }
}

/// The kept cues as a file in `doc`'s format, renumbered.
fn write(doc: &Document, kept: &[(usize, Vec<String>)]) -> String {
    let mut out = String::new();
    if doc.format == SourceFormat::Vtt {
        out.push_str("WEBVTT\n\n");
    }
    for (number, (position, lines)) in kept.iter().enumerate() {
        let Some(cue) = doc.cues.get(position.saturating_sub(1)) else { continue };
        match doc.format {
            // TTML is held as SubRip cue text (regions as `{\anN}`), so it is written as SRT.
            SourceFormat::Srt | SourceFormat::Ttml => {
                out.push_str(&format!("{}\n{} --> {}\n", number + 1, cue.start.srt(), cue.end.srt()));
            }
            SourceFormat::Vtt => {
                out.push_str(&format!("{} --> {}", cue.start.vtt(), cue.end.vtt()));
                if let Some(settings) = &cue.timing.settings {
                    out.push(' ');
                    out.push_str(doc.slice(settings));
                }
                out.push('\n');
            }
        }
        for line in lines {
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_speaker_ids_go_and_dashes_are_repaired() {
        let doc = crate::srt::parse_str(
            "1\n00:00:01,000 --> 00:00:03,000\n[perro ladra]\n\n\
             2\n00:00:04,000 --> 00:00:06,000\n- [JULIÁN] ¿Ya llegaron?\n- [risas]\n\n\
             3\n00:00:07,000 --> 00:00:09,000\nMAMÁ: Pásenle. [puerta se cierra]\n<i>♪ Cielito lindo ♪</i>\n",
        );
        let stripped = strip_sdh(&doc);
        assert_eq!(stripped.dropped, [1]);
        assert_eq!(stripped.dashes_repaired, [2]);
        let texts: Vec<&str> = stripped.removed.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["[perro ladra]", "[JULIÁN]", "[risas]", "MAMÁ:", "[puerta se cierra]"]);
        let cues: Vec<String> = stripped.doc.cues.iter().map(|c| c.text(&stripped.doc)).collect();
        assert_eq!(cues, ["¿Ya llegaron?", "Pásenle.\n<i>♪ Cielito lindo ♪</i>"]);
        assert_eq!(stripped.doc.cues.first().map(|c| c.start.ms()), Some(4000));
        assert!(stripped.doc.diagnostics.is_empty(), "{:?}", stripped.doc.diagnostics);
    }
}
