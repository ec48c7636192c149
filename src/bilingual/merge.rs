//! Dual-language subtitles.
