//! dejamos: subtitle QC, lossless retiming and localized press copy for the documentary
//! *What We Leave Behind / Lo que dejamos atrás* (Iliana Sosa, 2022).
//!
//! The library holds all logic and never prints: every operation returns values and
//! [`diagnostic::Diagnostic`]s, and the [`report`] layer turns them into output. The binary
//! (`src/main.rs` and `src/cli/`) parses the command line with clap, maps its values into these
//! types and prints; nothing here depends on it.
//!
//! The subtitle core (time, decoding, diagnostics, the document model, the SRT, WebVTT and TTML readers
//! and writers, visible text and languages) is the `subtitle` crate under `crates/`; its modules
//! are re-exported here under the same names.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub use subtitle::{
    decode, diagnostic, document, error, lang, markup, placement, read, scan, srt, time, ttml, visible, vtt, wording,
};

pub mod bilingual;
pub mod check;
pub mod convert;
pub mod fsutil;
pub mod locales_check;
pub mod press;
pub mod report;
pub mod retime;
pub mod shots;
pub mod ui;
