//! Placeholder: filled in by the convert work.
