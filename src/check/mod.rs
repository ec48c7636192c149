//! `check`: the rule catalogue, language profiles, configuration and fixes.
