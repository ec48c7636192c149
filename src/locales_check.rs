//! Placeholder: filled in by the locales_check work.
