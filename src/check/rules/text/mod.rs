//! Text rules: markup, whitespace, characters, ellipses, dialogue dashes, and the punctuation,
//! repetition and quotation checks of reviewers. They read what the
//! viewer sees ([`crate::visible`]: tags removed) and point at the bytes in the original file.
mod dialogue;
mod ellipsis;
mod glyph;
mod mojibake;
pub(crate) mod prose;
mod punctuation;
mod tags;
mod whitespace;

pub use mojibake::repair as repair_mojibake;
pub(crate) use whitespace::deletions as whitespace_deletions;

use crate::check::rule::Rule;

pub(crate) use crate::check::fix::edit;
pub(crate) use crate::wording::shorten as quote;

/// The text rules, in catalogue order.
pub fn rules() -> Vec<Rule> {
    vec![
        Rule::new(&tags::UNBALANCED, tags::unbalanced_tag),
        Rule::new(&tags::DISALLOWED, tags::disallowed_tag),
        Rule::per_cue(&whitespace::INFO, whitespace::whitespace),
        Rule::new(&glyph::INFO, glyph::glyph),
        Rule::new(&mojibake::INFO, mojibake::mojibake),
        Rule::new(&ellipsis::INFO, ellipsis::ellipsis),
        Rule::per_cue(&dialogue::INFO, dialogue::dialogue_dash),
        Rule::per_cue(&punctuation::MISSING_SPACE, punctuation::missing_space),
        Rule::per_cue(&punctuation::REPEATED_WORD, punctuation::repeated_word),
        Rule::per_cue_with_state(&punctuation::REPEATED_CUE, punctuation::repeated_cue),
        Rule::per_cue(&punctuation::DOUBLED_PUNCTUATION, punctuation::doubled_punctuation),
        Rule::per_cue_with_state(&punctuation::UNBALANCED_QUOTES, punctuation::unbalanced_quotes),
        Rule::per_cue(&punctuation::SINGLE_SPEAKER_DASH, punctuation::single_speaker_dash),
        Rule::per_cue_with_state(&punctuation::CONTINUATION_ELLIPSIS, punctuation::continuation_ellipsis),
        Rule::per_cue(&punctuation::LOWERCASE_AFTER_SENTENCE_END, punctuation::lowercase_after_sentence_end),
    ]
}
