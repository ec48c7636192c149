//! `dialogue-dash`.
use super::prose::after_sentence_end;
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::fix::Proposal;
use crate::check::rule::{Context, Findings, Lang};
use crate::msg;
use crate::visible::{CueChars, is_space};

declare_rule! {
    /// dialogue dash written against the language's style (en `-Text`, es `- Texto`), or two speakers on one line
    ///
    /// **What it does.** A hyphen that starts a line (after any tags) marks a speaker; an en or em dash (`–`, `—`) used there is reported and replaced by the hyphen. English wants it without a space (`-Are you coming?`), Spanish with one space (`- ¿Vienes?`). A dash followed by a digit is taken for a minus sign and left alone, as is `--`. Files in other languages get only the second check: a new speaker's dash in the middle of a line, after a sentence that has ended (`-¿Vienes? -Ya voy.`) or, on a line that already starts with a dash, before a capital letter or `¿`/`¡` (`- ¿Vienes - Ya voy`), means two speakers share a line.
    ///
    /// **Why.** A consistent dash tells the viewer at a glance that two people speak; the language guides fix its form. Two speakers on one line cannot be told apart once the line is read.
    ///
    /// **Source.** Netflix English (USA) Timed Text Style Guide ("Use a hyphen without a space to indicate two speakers in one subtitle, with a maximum of one speaker per line"); Netflix Spanish (Latin America & Spain) Timed Text Style Guide (hyphen followed by a space); Subtitle Edit's `NetflixCheckDialogHyphenSpace` (es: dash and space on both lines).
    ///
    /// **Fix.** Adds or removes the space after a line's dash. Moving a second speaker to its own line changes the layout and is left to a person.
    ///
    /// **Example.** In a Spanish file, with a second speaker on the first line:
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// -¿Vienes? - Ahora no.
    /// -Ya voy.
    /// ```
    ///
    /// **Use instead.** (An English file writes `-Are you coming?` / `-In a minute.`)
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// - ¿Vienes?
    /// - Ya voy.
    /// ```
    pub(super) INFO {
        name: "dialogue-dash",
        command: Check,
        category: Text,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Cue,
        help: "write the dash as the language's style wants, one speaker per line",
    }
}

/// `dialogue-dash`: the speaker dash written the way the language's guide wants, and one speaker
/// per line.
pub(super) fn dialogue_dash(
    ctx: &Context<'_>,
    info: &'static RuleInfo,
    cue: &crate::srt::Cue,
    buf: &CueChars,
    out: &mut Findings,
) {
    let doc = ctx.doc;
    if !cue.lines.iter().any(|l| doc.slice(&l.span).contains(['-', '–', '—'])) {
        return;
    }
    for i in 0..buf.chars.len() {
        match buf.ch(i) {
            Some('-') => {}
            Some('–' | '—') if buf.is_dialogue_dash(i) => {
                long_dash(ctx, cue, buf, i, out);
                continue;
            }
            _ => continue,
        }
        if buf.is_dialogue_dash(i) {
            check_spacing(ctx, cue, buf, i, out);
        } else if second_speaker(buf, i) {
            out.push(ctx.finding(info, buf.span(i, i + 1), cue, msg!("dialogue-two-speakers")));
        }
    }
}

/// Check the space after the line-initial dash at `i`.
fn check_spacing(ctx: &Context<'_>, cue: &crate::srt::Cue, buf: &CueChars, i: usize, out: &mut Findings) {
    let text_at = buf.skip_spaces(i + 1);
    let spaces = text_at - (i + 1);
    match buf.ch(text_at) {
        // A dash alone on its line, or a minus sign.
        None | Some('\n') => return,
        Some(c) if c.is_ascii_digit() && spaces == 0 => return,
        _ => {}
    }
    let dash = buf.chars.get(i).map_or(0, |v| v.at);
    match ctx.lang {
        Lang::English if spaces > 0 => {
            let mut d = ctx.finding(&INFO, buf.span(i, text_at), cue, msg!("dialogue-dash-en"));
            let edits = super::whitespace::deletions(ctx.doc, buf, i + 1, text_at);
            Proposal { description: msg!("fix-dialogue-no-space"), edits }.attach(&mut d);
            out.push(d);
        }
        Lang::Spanish if spaces != 1 || buf.ch(i + 1) != Some(' ') => {
            let (message, edits) = if spaces == 0 {
                (msg!("dialogue-dash-es"), vec![super::edit(ctx.doc, dash + 1..dash + 1, " ")])
            } else {
                let mut edits = super::whitespace::deletions(ctx.doc, buf, i + 1, text_at);
                edits.insert(0, super::edit(ctx.doc, dash + 1..dash + 1, " "));
                (msg!("dialogue-dash-es-exactly"), edits)
            };
            let mut d = ctx.finding(&INFO, buf.span(i, text_at), cue, message);
            Proposal { description: msg!("fix-dialogue-dash", dash = "- "), edits: merge(edits) }.attach(&mut d);
            out.push(d);
        }
        _ => {}
    }
}

/// An en or em dash starting a line: subtitles mark speakers with a hyphen.
fn long_dash(ctx: &Context<'_>, cue: &crate::srt::Cue, buf: &CueChars, i: usize, out: &mut Findings) {
    let text_at = buf.skip_spaces(i + 1);
    if buf.ch(text_at).is_none_or(|c| c == '\n' || c.is_ascii_digit()) {
        return;
    }
    let dash = buf.ch(i).unwrap_or('-');
    let replacement = match ctx.lang {
        Lang::English => Some("-"),
        Lang::Spanish => Some("- "),
        Lang::Other => None,
    };
    let mut d = ctx.finding(&INFO, buf.span(i, i + 1), cue, msg!("dialogue-long-dash", dash = dash));
    if let Some(replacement) = replacement {
        let mut edits = vec![super::edit(ctx.doc, buf.span(i, i + 1), replacement)];
        edits.extend(super::whitespace::deletions(ctx.doc, buf, i + 1, text_at));
        Proposal { description: msg!("fix-dialogue-dash", dash = replacement), edits: merge(edits) }.attach(&mut d);
    }
    out.push(d);
}

/// Merge an insertion at the same offset as a following deletion into one replacement.
fn merge(edits: Vec<crate::diagnostic::Edit>) -> Vec<crate::diagnostic::Edit> {
    let mut out: Vec<crate::diagnostic::Edit> = Vec::with_capacity(edits.len());
    for edit in edits {
        if let Some(last) = out.last_mut()
            && last.range.end == edit.range.start
        {
            last.range.end = edit.range.end;
            last.end_line = edit.end_line;
            last.end_column = edit.end_column;
            last.replacement.push_str(&edit.replacement);
            continue;
        }
        out.push(edit);
    }
    out
}

/// Whether the hyphen at `i` (not at the start of its line) starts a second speaker: it follows
/// spaces after a finished sentence or an interruption (`--`), and a word follows it.
fn second_speaker(buf: &CueChars, i: usize) -> bool {
    if i == 0 || !buf.ch(i - 1).is_some_and(is_space) || buf.ch(i + 1) == Some('-') {
        return false;
    }
    let next = buf.skip_spaces(i + 1);
    let word_follows =
        buf.ch(next).is_some_and(|c| c.is_alphabetic() || matches!(c, '¿' | '¡' | '…' | '"' | '«' | '“'));
    if !word_follows {
        return false;
    }
    let mut j = i;
    while j > 0 && buf.ch(j - 1).is_some_and(is_space) {
        j -= 1;
    }
    let interrupted = j >= 2 && buf.ch(j - 1) == Some('-') && buf.ch(j - 2) == Some('-');
    interrupted || after_sentence_end(buf, i) || (line_has_dialogue_dash(buf, i) && starts_a_reply(buf, next))
}

/// Whether the line holding index `i` starts with a dialogue dash.
fn line_has_dialogue_dash(buf: &CueChars, i: usize) -> bool {
    let mut start = i;
    while start > 0 && buf.ch(start - 1) != Some('\n') {
        start -= 1;
    }
    buf.is_dialogue_dash(buf.skip_spaces(start))
}

/// Whether the text at `at` opens a new utterance: a capital letter or `¿`/`¡`.
fn starts_a_reply(buf: &CueChars, at: usize) -> bool {
    buf.ch(at).is_some_and(|c| c.is_uppercase() || matches!(c, '¿' | '¡'))
}
