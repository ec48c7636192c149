//! The rules, one file each (or one file per small family), grouped by category.
//!
//! [`all`] is the catalogue: `dejamos rules` prints it and `check` runs it.
use super::rule::Rule;

pub mod english;
pub mod language;
pub mod spanish;
pub mod text;

/// Every rule, in catalogue order.
pub fn all() -> Vec<Box<dyn Rule>> {
    Vec::new()
}
