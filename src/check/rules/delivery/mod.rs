//! Delivery rules: what a kind of deliverable asks beyond the text rules — where cues are placed,
//! SDH conventions, forced narratives and the frame rates a cinema package accepts. The profile
//! ([`crate::check::profile`]) decides which of them run: the SDH, forced-narrative and
//! frame-rate rules are off except in the profiles of those deliverables.
mod forced;
mod frame_rate;
mod position;
pub(crate) mod sdh;

use crate::check::rule::Rule;

pub use forced::sibling_full as forced_full_file;

/// The delivery rules, in catalogue order.
pub fn rules() -> Vec<Rule> {
    vec![
        Rule::new(&position::INFO, position::position),
        Rule::new(&frame_rate::INFO, frame_rate::frame_rate),
        Rule::new(&sdh::BRACKETS, sdh::sdh_brackets),
        Rule::new(&sdh::UNBALANCED, sdh::unbalanced_bracket),
        Rule::new(&sdh::LABEL, sdh::sdh_label),
        Rule::new(&sdh::LYRICS, sdh::lyrics),
        Rule::new(&sdh::SPEAKER_ID, sdh::speaker_id),
        Rule::new(&forced::SUBSET, forced::forced_subset),
        Rule::new(&forced::NO_SDH, forced::forced_no_sdh),
    ]
}
