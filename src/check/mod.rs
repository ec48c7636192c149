//! `check`: the rule catalogue, language profiles, configuration and fixes.
//!
//! Every rule is one unit implementing [`rule::Rule`]: its catalogue entry ([`RuleInfo`]: name,
//! category, default severity, docs) and its check, plus its fix where it has one. The
//! catalogue that `dejamos rules` prints and the checks that run come from the same list.
//!
//! [`RuleInfo`]: crate::diagnostic::RuleInfo
pub mod lang;
pub mod rule;
pub mod rules;
