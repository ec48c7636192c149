//! Two languages of one film: `pair` checks, dual-language `merge`, and sync to a reference.
pub mod sync;
