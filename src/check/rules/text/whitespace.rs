//! `whitespace`.
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::rule::{Context, Findings, Lang};
use crate::diagnostic::Edit;
use crate::msg;
use crate::srt::{Cue, Document};
use crate::visible::{CueChars, is_space, is_word_char};

declare_rule! {
    /// spaces at the start or end of a line, double spaces, or a space before `!?).,…:;`
    ///
    /// **What it does.** In each line's visible text (tags ignored): spaces at the start or the end, two or more spaces in a row, and a space before `!`, `?`, `)`, `.`, `,`, `…`, `:` or `;`. A space before `¿` or `¡` is normal Spanish and is not reported. In Spanish files a space before `?` or `!` is reported by `spanish-punctuation` instead (with spaces after `¿` and `¡`), so it is reported once. For languages other than Spanish and English only `)`, `.`, `,` and `…` are checked (French, for one, puts a space before `?`, `!`, `:` and `;`). A space between a dialogue dash and an ellipsis (`- …y luego`) is left to `dialogue-dash`.
    ///
    /// **Why.** Extra spaces shift centred text off centre and count against the 42-character line and the reading speed; a space before punctuation can also leave the mark alone at the start of the next line when a player rewraps.
    ///
    /// **Source.** Subtitle Edit's Netflix check `NetflixCheckWhiteSpace` (leading/trailing, 2+ consecutive, missing before punctuation); RAE, *Ortografía* (2010): punctuation is written attached to the preceding word.
    ///
    /// **Fix.** Removes the extra spaces. Text is not otherwise changed.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    ///  Ya  llegamos , ¿no?
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Ya llegamos, ¿no?
    /// ```
    pub(super) INFO {
        name: "whitespace",
        command: Check,
        category: Text,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Cue,
        help: "delete the extra spaces",
    }
}

/// `whitespace`: spaces at the start or end of a line, several spaces in a row, and a space before
/// closing punctuation.
pub(super) fn whitespace(ctx: &Context<'_>, _info: &'static RuleInfo, cue: &Cue, buf: &CueChars, out: &mut Findings) {
    let has_space = cue.lines.iter().any(|l| ctx.doc.slice(&l.span).contains([' ', '\u{a0}']));
    if !has_space {
        return;
    }
    let mut start = 0;
    loop {
        let end = buf
            .chars
            .get(start..)
            .and_then(|c| c.iter().position(|v| v.ch == '\n'))
            .map_or(buf.chars.len(), |p| start + p);
        check_line(ctx, cue, buf, start, end, out);
        if end >= buf.chars.len() {
            break;
        }
        start = end + 1;
    }
}

/// Check visible characters `from..to` (one line).
fn check_line(ctx: &Context<'_>, cue: &Cue, buf: &CueChars, from: usize, to: usize, out: &mut Findings) {
    let mut first = from;
    while first < to && buf.ch(first).is_some_and(is_space) {
        first += 1;
    }
    if first == to {
        if to > from {
            out.push(ctx.finding(&INFO, buf.span(from, to), cue, msg!("whitespace-only-spaces")));
        }
        return;
    }
    let mut last = to;
    while last > first && buf.ch(last - 1).is_some_and(is_space) {
        last -= 1;
    }
    if first > from {
        let message = msg!("whitespace-leading", spaces = first - from);
        push(ctx, cue, buf, from, first, message, msg!("fix-whitespace-leading"), out);
    }
    let mut i = first;
    while i < last {
        if !buf.ch(i).is_some_and(is_space) {
            i += 1;
            continue;
        }
        let run = i;
        while i < last && buf.ch(i).is_some_and(is_space) {
            i += 1;
        }
        let next = buf.ch(i).unwrap_or(' ');
        if owned_elsewhere(ctx.lang, buf, run, i) {
            continue;
        }
        if space_before_is_wrong(ctx.lang, buf, run, i) {
            let message = msg!("whitespace-before-punctuation", spaces = i - run, next = next);
            push(ctx, cue, buf, run, i, message, msg!("fix-whitespace-before-punctuation"), out);
        } else if i - run >= 2 {
            let message = msg!("whitespace-in-a-row", spaces = i - run);
            push(ctx, cue, buf, run + 1, i, message, msg!("fix-whitespace-one"), out);
        }
    }
    if last < to {
        let message = msg!("whitespace-trailing", spaces = to - last);
        push(ctx, cue, buf, last, to, message, msg!("fix-whitespace-trailing"), out);
    }
}

/// Whether the spaces `run..next` are another rule's to report and fix, so two fixes never touch
/// the same bytes: after a dialogue dash (`dialogue-dash`, in Spanish and English), and in Spanish
/// after `¿`/`¡` or before `?`/`!` (`spanish-punctuation`).
fn owned_elsewhere(lang: Lang, buf: &CueChars, run: usize, next: usize) -> bool {
    let prev = run.checked_sub(1);
    if lang != Lang::Other && prev.is_some_and(|p| buf.is_dialogue_dash(p)) {
        return true;
    }
    lang == Lang::Spanish
        && (prev.and_then(|p| buf.ch(p)).is_some_and(|c| matches!(c, '¿' | '¡'))
            || buf.ch(next).is_some_and(|c| matches!(c, '?' | '!')))
}

/// Whether the spaces `run..next` may not come before the character at `next`.
fn space_before_is_wrong(lang: Lang, buf: &CueChars, run: usize, next: usize) -> bool {
    // After a dialogue dash the space is the dash's business.
    if run > 0 && buf.is_dialogue_dash(run - 1) {
        return false;
    }
    let after = buf.ch(next + 1);
    match buf.ch(next) {
        Some(')' | ',') => true,
        Some('.') if after == Some('.') => ellipsis_closes(buf, next),
        Some('.') => !after.is_some_and(|c| c.is_ascii_digit()),
        Some('…') => ellipsis_closes(buf, next),
        Some('?' | '!') => lang == Lang::English,
        Some(':' | ';') => lang != Lang::Other,
        _ => false,
    }
}

/// Whether the ellipsis starting at `at` ends something (rather than opening a continuation
/// like `…y luego`): it is not followed by a word.
fn ellipsis_closes(buf: &CueChars, at: usize) -> bool {
    let mut j = at;
    while matches!(buf.ch(j), Some('.' | '…')) {
        j += 1;
    }
    !buf.ch(j).is_some_and(is_word_char)
}

#[allow(clippy::too_many_arguments)]
fn push(
    ctx: &Context<'_>,
    cue: &Cue,
    buf: &CueChars,
    from: usize,
    to: usize,
    message: crate::ui::Message,
    description: crate::ui::Message,
    out: &mut Findings,
) {
    let mut diagnostic = ctx.finding(&INFO, buf.span(from, to), cue, message);
    let edits = deletions(ctx.doc, buf, from, to);
    crate::check::fix::Proposal { description, edits }.attach(&mut diagnostic);
    out.push(diagnostic);
}

/// Edits deleting visible characters `from..to`, one per stretch that is contiguous in the source
/// (tags between the spaces are kept).
pub(crate) fn deletions(doc: &Document, buf: &CueChars, from: usize, to: usize) -> Vec<Edit> {
    let mut edits: Vec<Edit> = Vec::new();
    let mut i = from;
    while i < to {
        let Some(start) = buf.chars.get(i) else { break };
        let mut end = start.end();
        i += 1;
        while i < to && buf.chars.get(i).is_some_and(|v| v.at == end) {
            end = buf.chars.get(i).map_or(end, |v| v.end());
            i += 1;
        }
        edits.push(super::edit(doc, start.at..end, ""));
    }
    edits
}
