//! SDH rules: `sdh-brackets`, `unbalanced-bracket`, `sdh-label`, `lyrics`, `speaker-id`; and
//! the reading of bracketed labels that `convert --strip-sdh` and `forced-no-sdh` share.
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::fix::Proposal;
use crate::check::fix::edit;
use crate::check::rule::{Context, Findings, Lang};
use crate::msg;
use crate::visible::{Piece, pieces};
use std::ops::Range;

declare_rule! {
    /// a sound effect or speaker ID in parentheses where SDH uses square brackets
    ///
    /// **What it does.** In SDH files, reports a parenthesis that opens a line (after a dialogue dash and tags), such as `(música)` or `(JULIÁN) ¿Vienes?`, and offers to write it in square brackets. Parentheses inside a sentence are left alone.
    ///
    /// **Why.** SDH marks what is heard but not said — sound effects, music, who speaks — in square brackets, so the viewer tells them from dialogue at a glance and tools can strip them for the non-SDH version.
    ///
    /// **Source.** Netflix English (USA) Timed Text Style Guide, section I (SDH): "Use brackets [ ] to enclose speaker IDs or sound effects"; Netflix Spanish (Latin America) Timed Text Style Guide, SDH section (corchetes for sound effects and speaker IDs).
    ///
    /// **Fix.** `(` and its `)` on the same line become `[` and `]`.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// (perro ladra)
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// [perro ladra]
    /// ```
    pub(super) BRACKETS {
        name: "sdh-brackets",
        command: Check,
        category: Sdh,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Cue,
        help: "write the sound effect or speaker ID in square brackets",
    }
}

declare_rule! {
    /// a square bracket opened and not closed in the same cue, or closed without being opened
    ///
    /// **What it does.** In SDH files, reports a `[` whose `]` never comes in the same cue and a `]` with no `[` before it.
    ///
    /// **Why.** An unclosed bracket runs the sound effect into the dialogue; the viewer cannot tell where the description ends, and stripping the SDH labels for the non-SDH version would remove the wrong text.
    ///
    /// **Source.** Netflix English (USA) Timed Text Style Guide, section I (SDH), and Spanish (Latin America) guide, SDH section: speaker IDs and sound effects are enclosed in brackets.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// [música de mariachi
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// [música de mariachi]
    /// ```
    pub(super) UNBALANCED {
        name: "unbalanced-bracket",
        command: Check,
        category: Sdh,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: None,
        reach: Cue,
        help: "close the bracket within the same cue, or remove the stray one",
    }
}

declare_rule! {
    /// an SDH label that is empty, in italics, or (in English) in capitals
    ///
    /// **What it does.** In SDH files, reports bracketed labels that are empty (`[]`), set in italics (`<i>[risas]</i>`), and — in English files — written in capitals (`[DOOR SLAMS]`, `[JULIÁN]`), which the English guide writes in lowercase except for proper nouns (`[door slams]`, `[Julián]`). Spanish labels are not checked for case: the case conventions of the Spanish guide's SDH section are not verified here.
    ///
    /// **Why.** Labels are read at a glance: italics already mean off-screen voices and lyrics, and capitals read as shouting and take more room on the line.
    ///
    /// **Source.** Netflix English (USA) Timed Text Style Guide, section I (SDH): "Identifiers/sound effects should be all lowercase, except for proper nouns"; "Never italicize speaker IDs or sound effects, even when the dialogue is italicized".
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// <i>[risas] ¿Quién es?</i>
    /// ```
    /// In English, `[DOG BARKING]`.
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// [risas] <i>¿Quién es?</i>
    /// ```
    /// In English, `[dog barking]`.
    pub(super) LABEL {
        name: "sdh-label",
        command: Check,
        category: Sdh,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: None,
        reach: Cue,
        help: "write the label with text, outside italics, and in English in lowercase except proper nouns",
    }
}

declare_rule! {
    /// song lyrics not enclosed in `♪` at the start and end of the line, without a space inside, or not in italics
    ///
    /// **What it does.** In SDH files, reads every line that starts or ends with a music note as lyrics and reports: a line that opens with `♪` and does not close with one (or the reverse); `♫` or `#` used as the note; no space between the note and the words (`♪Cielito lindo♪`); and lyrics not in italics.
    ///
    /// **Why.** The note at both ends tells a deaf viewer that the words are sung, on every subtitle of the song, not only the first; the space keeps the note from reading as a letter.
    ///
    /// **Source.** Netflix English (USA) Timed Text Style Guide, section I (SDH): "Song lyrics should be enclosed with a music note (♪) at the beginning and the end of each subtitle"; the English and Spanish (Latin America) guides' italics sections: song lyrics are italicized when sung.
    ///
    /// **Fix.** The space after the opening note and before the closing one is added, and `♫`/`#` become `♪`; closing notes and italics are left to the subtitler.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// ♪De la Sierra Morena
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// <i>♪ De la Sierra Morena ♪</i>
    /// ```
    pub(super) LYRICS {
        name: "lyrics",
        command: Check,
        category: Sdh,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Cue,
        help: "open and close each lyric line with `♪`, a space inside each note, and set the lyrics in italics",
    }
}

declare_rule! {
    /// a speaker ID written `NAME:` or placed after the text instead of at the start of its line
    ///
    /// **What it does.** In SDH files, reports a speaker ID written as a script cue (`JULIÁN: ¿Vienes?`) and offers `[JULIÁN] ¿Vienes?`; and a speaker ID (a bracketed label starting with a capital, followed by words) in the middle of a line, after other text. A speaker ID goes on a line of its own or at the start of the line it introduces, after the dialogue dash.
    ///
    /// **Why.** The viewer reads who speaks before what is said; an ID after the text attaches to the wrong words, and two speakers on one line need a dash each.
    ///
    /// **Source.** Netflix English (USA) Timed Text Style Guide, section I (SDH): speaker IDs in brackets, only when the speaker cannot be identified visually; dual speakers with a hyphen, one speaker per line. Netflix Spanish (Latin America) guide, SDH section.
    ///
    /// **Fix.** `NAME:` at the start of a line becomes `[NAME]`.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// JULIÁN: ¿Ya llegaron?
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// [JULIÁN] ¿Ya llegaron?
    /// ```
    pub(super) SPEAKER_ID {
        name: "speaker-id",
        command: Check,
        category: Sdh,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Cue,
        help: "write the speaker ID in square brackets at the start of the line it belongs to",
    }
}

/// The music notes read as marking lyrics; `♪` is the one the guides ask for.
const NOTES: [char; 3] = ['♪', '♫', '#'];

/// Where the words of a line start: the byte offset after leading markup, spaces and dialogue
/// dashes, or `None` for a line with no text.
pub(crate) fn text_start(line: &str) -> Option<usize> {
    for piece in pieces(line) {
        let Piece::Text(range) = piece else { continue };
        let text = line.get(range.clone()).unwrap_or("");
        if let Some((offset, _)) = text.char_indices().find(|(_, c)| !matches!(c, ' ' | '\t' | '-' | '–' | '—')) {
            return Some(range.start + offset);
        }
    }
    None
}

/// Where the words of a line end: the byte offset after its last visible character before
/// trailing markup and spaces.
fn text_end(line: &str) -> Option<usize> {
    let mut end = None;
    for piece in pieces(line) {
        let Piece::Text(range) = piece else { continue };
        let text = line.get(range.clone()).unwrap_or("");
        let trimmed = text.trim_end();
        if !trimmed.is_empty() {
            end = Some(range.start + trimmed.len());
        }
    }
    end
}

/// A `[…]` label on one line: its byte range (brackets included) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Label {
    /// The label's bytes in the line, `[` to `]`.
    pub range: Range<usize>,
    /// Between the brackets.
    pub inner: Range<usize>,
}

/// The closed `[…]` labels of a line, in order (an unclosed `[` is not a label).
pub(crate) fn labels(line: &str) -> Vec<Label> {
    let mut out = Vec::new();
    let mut open = None;
    for (at, ch) in line.char_indices() {
        match ch {
            '[' => open = Some(at),
            ']' => {
                if let Some(start) = open.take() {
                    out.push(Label { range: start..at + 1, inner: start + 1..at });
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether the label's text reads as a speaker ID: it starts with a capital letter.
pub(crate) fn is_speaker_id(text: &str) -> bool {
    text.trim().chars().next().is_some_and(char::is_uppercase)
}

/// `sdh-brackets`: a parenthesis opening a line.
pub(super) fn sdh_brackets(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let doc = ctx.doc;
    for cue in &doc.cues {
        for text_line in &cue.lines {
            let line = doc.slice(&text_line.span);
            let Some(start) = text_start(line) else { continue };
            if !line.get(start..).is_some_and(|rest| rest.starts_with('(')) {
                continue;
            }
            let Some(close) = line.get(start..).and_then(|rest| rest.find(')')).map(|at| start + at) else {
                continue;
            };
            let base = text_line.span.start;
            let shown = crate::wording::shorten(line.get(start..close + 1).unwrap_or(""), 40);
            let message = msg!("sdh-brackets", label = shown);
            let mut diagnostic = ctx.finding(info, base + start..base + close + 1, cue, message);
            let edits =
                vec![edit(doc, base + start..base + start + 1, "["), edit(doc, base + close..base + close + 1, "]")];
            Proposal { description: msg!("fix-sdh-brackets"), edits }.attach(&mut diagnostic);
            out.push(diagnostic);
        }
    }
}

/// `unbalanced-bracket`: `[` and `]` that do not pair within a cue.
pub(super) fn unbalanced_bracket(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let doc = ctx.doc;
    for cue in &doc.cues {
        let mut open: Option<usize> = None;
        for text_line in &cue.lines {
            let line = doc.slice(&text_line.span);
            if !line.contains(['[', ']']) {
                continue;
            }
            let base = text_line.span.start;
            for (at, ch) in line.char_indices() {
                match ch {
                    '[' => {
                        if let Some(earlier) = open.replace(base + at) {
                            let message = msg!("unbalanced-bracket-reopened");
                            out.push(ctx.finding(info, earlier..earlier + 1, cue, message));
                        }
                    }
                    ']' if open.take().is_none() => {
                        let message = msg!("unbalanced-bracket-not-open");
                        out.push(ctx.finding(info, base + at..base + at + 1, cue, message));
                    }
                    _ => {}
                }
            }
        }
        if let Some(at) = open {
            let message = msg!("unbalanced-bracket-not-closed");
            out.push(ctx.finding(info, at..at + 1, cue, message));
        }
    }
}

/// Whether `<i>` is open at byte `at` of `line` (italics opened earlier in the cue carry in
/// through `italic_before`).
fn italic_at(line: &str, at: usize, italic_before: bool) -> bool {
    let mut italic = italic_before;
    for piece in pieces(line) {
        match piece {
            Piece::Tag { range, name, closing, .. } if name.eq_ignore_ascii_case("i") => {
                if range.start >= at {
                    break;
                }
                italic = !closing;
            }
            Piece::Override(range) => {
                if range.start >= at {
                    break;
                }
                let block = line.get(range).unwrap_or("");
                if block.contains("\\i1") {
                    italic = true;
                } else if block.contains("\\i0") {
                    italic = false;
                }
            }
            _ => {}
        }
    }
    italic
}

/// `sdh-label`: empty, italic, or (English) capitalised labels.
pub(super) fn sdh_label(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let doc = ctx.doc;
    for cue in &doc.cues {
        let mut italic = false;
        for text_line in &cue.lines {
            let line = doc.slice(&text_line.span);
            let base = text_line.span.start;
            for label in labels(line) {
                let text = line.get(label.inner.clone()).unwrap_or("").trim();
                let span = base + label.range.start..base + label.range.end;
                if text.is_empty() {
                    out.push(ctx.finding(info, span, cue, msg!("sdh-label-empty")));
                    continue;
                }
                let shown = crate::wording::shorten(text, 40);
                if italic_at(line, label.range.start, italic) {
                    let message = msg!("sdh-label-italic", label = &shown);
                    out.push(ctx.finding(info, span.clone(), cue, message));
                }
                let letters = text.chars().filter(|c| c.is_alphabetic()).count();
                if ctx.lang == Lang::English && letters >= 2 && !text.chars().any(char::is_lowercase) {
                    let message = msg!("sdh-label-capitals", label = &shown, lowercase = english_case(text));
                    out.push(ctx.finding(info, span, cue, message));
                }
            }
            italic = italic_at(line, line.len(), italic);
        }
    }
}

/// `DOOR SLAMS` → `door slams`; a one-word label, likely a name, keeps its first capital
/// (`JULIÁN` → `Julián`).
fn english_case(text: &str) -> String {
    let lower = text.to_lowercase();
    if text.contains(char::is_whitespace) {
        return lower;
    }
    let mut chars = lower.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// `lyrics`: notes at both ends, `♪` only, a space inside, italics.
pub(super) fn lyrics(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let doc = ctx.doc;
    for cue in &doc.cues {
        let mut italic = false;
        for text_line in &cue.lines {
            let line = doc.slice(&text_line.span);
            let base = text_line.span.start;
            let line_italic_before = italic;
            italic = italic_at(line, line.len(), italic);
            let (Some(start), Some(end)) = (text_start(line), text_end(line)) else { continue };
            let words = line.get(start..end).unwrap_or("");
            let first = words.chars().next();
            let last = words.chars().next_back();
            // A line of notes alone marks music without words.
            if words.chars().all(|c| NOTES.contains(&c) || c.is_whitespace()) {
                continue;
            }
            let is_note = |c: Option<char>| matches!(c, Some('♪' | '♫'));
            let hash_pair = first == Some('#') && last == Some('#');
            let opens = is_note(first) || hash_pair;
            let closes = is_note(last) || hash_pair;
            if !opens && !closes {
                continue;
            }
            let mut edits = Vec::new();
            let mut problems = Vec::new();
            let ends = [(start, first, opens), (end.saturating_sub(last.map_or(0, char::len_utf8)), last, closes)];
            for (at, note, marks) in ends {
                if let Some(note @ ('♫' | '#')) = note
                    && marks
                {
                    edits.push(edit(doc, base + at..base + at + note.len_utf8(), "♪"));
                    if !problems.contains(&"lyrics-note") {
                        problems.push("lyrics-note");
                    }
                }
            }
            if opens != closes {
                problems.push(if opens { "lyrics-close" } else { "lyrics-open" });
            }
            if opens {
                let after = start + first.map_or(0, char::len_utf8);
                if line.get(after..).and_then(|r| r.chars().next()).is_some_and(|c| !c.is_whitespace()) {
                    edits.push(edit(doc, base + after..base + after, " "));
                    problems.push("lyrics-space-after");
                }
            }
            if closes {
                let before = end - last.map_or(0, char::len_utf8);
                if line.get(..before).and_then(|r| r.chars().next_back()).is_some_and(|c| !c.is_whitespace()) {
                    edits.push(edit(doc, base + before..base + before, " "));
                    problems.push("lyrics-space-before");
                }
            }
            if !italic_at(line, start + 1, line_italic_before) {
                problems.push("lyrics-italics");
            }
            if problems.is_empty() {
                continue;
            }
            let problems: Vec<crate::ui::Message> = problems.into_iter().map(lyrics_problem).collect();
            let message = msg!("lyrics", problems = problems);
            let mut diagnostic = ctx.finding(info, base + start..base + end, cue, message);
            if !edits.is_empty() {
                edits.sort_by_key(|e| (e.range.start, e.range.end));
                Proposal { description: msg!("fix-lyrics"), edits }.attach(&mut diagnostic);
            }
            out.push(diagnostic);
        }
    }
}

/// The message of a lyrics problem, by its id (each id a literal, so the build script lists it).
fn lyrics_problem(id: &str) -> crate::ui::Message {
    match id {
        "lyrics-note" => msg!("lyrics-note"),
        "lyrics-close" => msg!("lyrics-close"),
        "lyrics-open" => msg!("lyrics-open"),
        "lyrics-space-after" => msg!("lyrics-space-after"),
        "lyrics-space-before" => msg!("lyrics-space-before"),
        _ => msg!("lyrics-italics"),
    }
}

/// A script-style speaker cue at `start` of `line`: `NAME:` in capitals (letters, spaces,
/// apostrophes and hyphens, two letters at least) followed by a space. Returns the byte length
/// of the name.
pub(crate) fn script_speaker(line: &str, start: usize) -> Option<usize> {
    let rest = line.get(start..)?;
    let colon = rest.find(':')?;
    let name = rest.get(..colon)?;
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let valid = letters >= 2
        && name.len() <= 30
        && !name.chars().any(char::is_lowercase)
        && name.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’' | '-' | '.'))
        && rest.get(colon + 1..).is_some_and(|after| after.starts_with(' ') || after.is_empty());
    valid.then_some(colon)
}

/// `speaker-id`: `NAME:` script cues, and speaker IDs after the text of their line.
pub(super) fn speaker_id(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let doc = ctx.doc;
    for cue in &doc.cues {
        for text_line in &cue.lines {
            let line = doc.slice(&text_line.span);
            let base = text_line.span.start;
            let Some(start) = text_start(line) else { continue };
            if let Some(len) = script_speaker(line, start) {
                let name = line.get(start..start + len).unwrap_or("").trim();
                let message = msg!("speaker-id-script", name = name);
                let span = base + start..base + start + len + 1;
                let mut diagnostic = ctx.finding(info, span.clone(), cue, message);
                let edits = vec![edit(doc, span, format!("[{name}]"))];
                Proposal { description: msg!("fix-speaker-id", name = name), edits }.attach(&mut diagnostic);
                out.push(diagnostic);
                continue;
            }
            let Some(end) = text_end(line) else { continue };
            for label in labels(line) {
                let text = line.get(label.inner.clone()).unwrap_or("");
                let after_text = line.get(label.range.end..end).is_some_and(|r| r.chars().any(char::is_alphanumeric));
                if label.range.start > start && after_text && is_speaker_id(text) {
                    let shown = crate::wording::shorten(text.trim(), 30);
                    let message = msg!("speaker-id-after-text", label = shown);
                    out.push(ctx.finding(info, base + label.range.start..base + label.range.end, cue, message));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_speakers_are_read_from_raw_lines() {
        assert_eq!(labels("- [JULIÁN] ¿Ya? [risas]").len(), 2);
        assert!(labels("[sin cerrar").is_empty());
        assert_eq!(text_start("<i>- ♪ Hola</i>"), Some(5));
        assert_eq!(script_speaker("JULIÁN: ¿Vienes?", 0), Some(7));
        assert_eq!(script_speaker("Nota: esto no", 0), None);
        assert_eq!(script_speaker("A las 10:30 salimos", 0), None);
        assert_eq!(english_case("DOOR SLAMS"), "door slams");
        assert_eq!(english_case("JULIÁN"), "Julián");
    }
}
