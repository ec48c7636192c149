//! Language rules: `wrong-language`.
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::rule::{Context, Findings, Lang, Rule};
use crate::lang::detect_cue_lines;
use crate::msg;

/// The language rules, in catalogue order.
pub fn rules() -> Vec<Rule> {
    vec![Rule::new(&INFO, wrong_language)]
}

declare_rule! {
    /// a cue in English in a Spanish file, or in Spanish in an English file: an untranslated line
    ///
    /// **What it does.** In a Spanish file, a cue that reads as English; in an English file, a cue that reads as Spanish. The cue needs at least three words, a third of them common words of the other language (`the`, `you`, `don't` / `que`, `los`, `¿`), and either a clear majority of them or, for a short plain sentence (`Who issued it?`, `They spent their own money.`), two with nothing at all for the file's language; names, numbers, interjections, titles in capitals (`What We Leave Behind`) and short cues such as `OK`, `Julián` or `¿Y tú?` never trigger it. On a labelled set of 201 Spanish and 204 English lines written for the project (`tests/fixtures/lang/`), cue detection finds 92% of the English and 87% of the Spanish lines and names no line of the other language. Files in other languages are not checked.
    ///
    /// **Why.** A line left in the source language (or pasted from the other file of a bilingual pair) is a common delivery error that no timing or layout check catches. It is a warning because a film may keep a line in its original language on purpose.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements (the subtitle file is the translation into its language; foreign dialogue is subtitled, not transcribed) and the language guides' rules on dialogue that is not translated.
    ///
    /// **Example.**
    /// In `film.es.srt`:
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// I don't know what you want from me.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// No sé qué quieres de mí.
    /// ```
    INFO {
        name: "wrong-language",
        command: Check,
        category: Language,
        langs: KNOWN,
        formats: SUBTITLES,
        severity: Warning,
        fix: None,
        reach: Cue,
        help: "translate the line, or leave the rule off for this file if the line is kept on purpose",
    }
}

/// `wrong-language`: a cue written in the other language than the file's.
fn wrong_language(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let (expected, other) = match ctx.lang {
        Lang::Spanish => (msg!("wrong-language-in-spanish"), Lang::English),
        Lang::English => (msg!("wrong-language-in-english"), Lang::Spanish),
        // Never reached: the rule is declared for Spanish and English files only.
        Lang::Other => return,
    };
    for cue in &ctx.doc.cues {
        if detect_cue_lines(cue.text_lines(ctx.doc)) != Some(other) {
            continue;
        }
        let (Some(first), Some(last)) = (cue.lines.first(), cue.lines.last()) else { continue };
        let found =
            if other == Lang::English { msg!("wrong-language-is-english") } else { msg!("wrong-language-is-spanish") };
        let message = msg!("wrong-language", found = found, expected = expected.clone());
        out.push(ctx.finding(info, first.span.start..last.span.end, cue, message));
    }
}
