//! Placeholder: filled in by the retime work.
