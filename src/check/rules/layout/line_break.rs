//! `line-break` and `line-balance`: where a two-line cue is broken. The word lists, the score
//! and the reflow are in [`super::breaks`].
use super::breaks::{CueText, Lexicon, Unfit, Words, cue_text, layout_fix, reflow_fix};
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::fix::attach;
use crate::check::rule::{Context, Findings};
use crate::msg;
use crate::ui::Message;

declare_rule! {
    /// a line break separates words that must stay together (`la` / `casa`)
    ///
    /// **What it does.** Reports a cue whose line break splits what the style guides keep on one line: an article or determiner from its noun (`la` / `casa`, `the` / `house`), a noun from its adjective (`casa` / `nueva`), a first name from the last name (`Iliana` / `Sosa`) or a title from the name (`don` / `Julián`), a subject pronoun from its verb (`yo` / `trabajé`, `we` / `took`), a reflexive or object pronoun from its verb (`se` / `fue`, `no la` / `vi`; `built` / `himself`), an auxiliary from its verb (`ha` / `construido`, `va a` / `construir`, `had` / `built`, `will` / `come`), a negation from its verb (`no` / `la vi`, `never` / `went`), a prepositional verb from its preposition (`pensaba en` / `su casa`), a preposition from its object (`para` / `la casa`) or a conjunction from what it introduces (`y` / `luego`). A break after punctuation is never reported. The finding names the pair (“`la` / `casa`: an article split from its noun”), and its fix is the best legal layout of the cue (see **Fix.**) when one keeps every line within the limit. The words come from lists kept as data files in the repository (`src/check/rules/layout/words/es.txt`, `en.txt`): articles and determiners, prepositions, conjunctions, subject, reflexive and clitic pronouns, auxiliaries (including `va a`, `tengo que`, `going to`), negations, common first names and the film's own (Julián, Iliana Sosa, El Paso, Ciudad Jiménez). Spanish and English files only; dialogue (a dash per speaker line) is left alone.
    ///
    /// **Why.** A line that ends in `la` or `the` makes the viewer read ahead to find out what it belongs to; breaking between units of meaning lets each line be read at a glance.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements §5 (Line treatment): break after punctuation, before conjunctions and before prepositions; "the line break should not separate" a noun from its article or adjective, a first name from a last name, a verb from its subject pronoun, a prepositional verb from its preposition, or a verb from an auxiliary, reflexive pronoun or negation. The Netflix Spanish (Latin America & Spain) and English (USA) Timed Text Style Guides apply the same line treatment.
    ///
    /// **Fix.** `--fix` re-breaks the cue (see `max-line-length`): only spaces and line breaks change, and `<i>` is closed and reopened so every line is balanced. `dejamos check --fix --select line-break,max-line-length,fits-one-line` re-wraps a whole file.
    ///
    /// **Example.**
    /// ```srt
    /// 4
    /// 00:00:12,000 --> 00:00:16,000
    /// Julián empezó a construir la
    /// casa nueva junto a la suya.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 4
    /// 00:00:12,000 --> 00:00:16,000
    /// Julián empezó a construir
    /// la casa nueva junto a la suya.
    /// ```
    pub LINE_BREAK {
        name: "line-break",
        command: Check,
        category: Layout,
        langs: KNOWN,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Cue,
        help: "break the line before or after the words that go together",
    }
}

/// A cue's text and the analysis of its words, for cues that are not dialogue.
fn analyse<'l>(ctx: &Context<'_>, cue: &crate::srt::Cue, lexicon: &'l Lexicon) -> Option<(CueText, Words<'l>)> {
    let text = cue_text(ctx, cue)?;
    let words = Words::new(lexicon, text.visible_words());
    Some((text, words))
}

pub(super) fn line_break(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let Some(lexicon) = Lexicon::of(ctx.lang) else { return };
    for cue in &ctx.doc.cues {
        if cue.lines.len() < 2 {
            continue;
        }
        let Some((text, words)) = analyse(ctx, cue, lexicon) else { continue };
        let splits: Vec<Message> = text
            .breaks
            .iter()
            .filter_map(|&gap| {
                let split = words.split(gap)?;
                let (a, b) = words.pair(gap);
                Some(msg!("line-break-split", before = a, after = b, what = split.describe()))
            })
            .collect();
        if splits.is_empty() {
            continue;
        }
        let (Some(first), Some(last)) = (cue.lines.first(), cue.lines.last()) else { continue };
        let fix = reflow_fix(ctx, cue);
        let message = if fix == Err(Unfit::NoLegalLayout) {
            msg!("line-break-no-room", splits = splits, limit = ctx.thresholds.max_line_length)
        } else {
            msg!("line-break", splits = splits)
        };
        let mut diagnostic = ctx.finding(info, first.span.start..last.span.end, cue, message);
        attach(&mut diagnostic, fix.ok().flatten());
        out.push(diagnostic);
    }
}

declare_rule! {
    /// a top-heavy break where a legal bottom-heavy one exists
    ///
    /// **What it does.** Reports a two-line cue whose top line is longer than the bottom one when another break keeps both lines within the limit, splits nothing `line-break` forbids, gives a bottom-heavy shape (the top line no longer than the bottom one), and is of the same kind or a better one by the reflow's score (after punctuation; before a conjunction; before a preposition; any other; see `max-line-length`). A top-heavy break before `con` is not reported because a bottom-heavy one elsewhere would split a phrase: the kind of break comes first, the shape second. The message and the fix name the best such break (the most even lines among the best kind). Off by default in the `netflix` profile, on in `netflix-strict` (or select it: `--select line-balance`). Spanish and English files only; dialogue is left alone.
    ///
    /// **Why.** Where the breaks allow a choice, the guides prefer a pyramid: a shorter top line and a longer bottom one are read in one movement of the eye, and cover less of the picture's centre.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements §5 (Line treatment), and the Netflix Spanish (Latin America & Spain) and English (USA) Timed Text Style Guides: when a line break is needed and the rules allow a choice, prefer the bottom line longer (bottom-heavy).
    ///
    /// **Fix.** `--fix` moves the line break there (only spaces and line breaks change).
    ///
    /// **Example.**
    /// ```srt
    /// 6
    /// 00:00:20,000 --> 00:00:24,000
    /// Cada mes viajaba en camión a El Paso
    /// para ver a sus hijas.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 6
    /// 00:00:20,000 --> 00:00:24,000
    /// Cada mes viajaba
    /// en camión a El Paso para ver a sus hijas.
    /// ```
    pub LINE_BALANCE {
        name: "line-balance",
        command: Check,
        category: Layout,
        langs: KNOWN,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Cue,
        help: "move the break so the bottom line is the longer one",
    }
}

pub(super) fn line_balance(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let Some(lexicon) = Lexicon::of(ctx.lang) else { return };
    let limit = ctx.thresholds.max_line_length;
    for (cue, plain) in ctx.doc.cues.iter().zip(ctx.plain) {
        let [top, bottom] = plain.line_lengths.as_slice() else { continue };
        if top <= bottom || *top > limit || *bottom > limit {
            continue;
        }
        let Some((text, words)) = analyse(ctx, cue, lexicon) else { continue };
        let [current] = text.breaks.as_slice() else { continue };
        if text.fits_one_line(limit) || words.split(*current).is_some() {
            continue;
        }
        // The best bottom-heavy layout by the reflow's score, among breaks as good as this one.
        let candidates = text.candidates(&words, limit);
        let Some(now) = candidates.iter().find(|c| c.gap == *current) else { continue };
        let Some(better) = candidates
            .iter()
            .filter(|c| c.top <= c.bottom && c.class >= now.class)
            .max_by_key(|c| (c.class, std::cmp::Reverse(c.bottom - c.top)))
        else {
            continue;
        };
        let (Some(first), Some(last)) = (cue.lines.first(), cue.lines.last()) else { continue };
        let (a, b) = words.pair(better.gap);
        let message = msg!(
            "line-balance",
            top = *top,
            bottom = *bottom,
            before = a,
            after = b,
            new_top = better.top,
            new_bottom = better.bottom
        );
        let mut diagnostic = ctx.finding(info, first.span.start..last.span.end, cue, message);
        attach(&mut diagnostic, layout_fix(ctx, cue, &text, &[better.gap]).ok().flatten());
        out.push(diagnostic);
    }
}
