//! The subtitle core of dejamos: everything about a subtitle file that does not depend on a
//! command, a report format or an interface language.
//!
//! - [`time`]: timestamps, offsets, exact frame rates and the one frames↔milliseconds arithmetic;
//! - [`decode`]: byte-order marks, UTF-8/16, legacy encodings, line endings;
//! - [`diagnostic`]: findings ([`diagnostic::Diagnostic`]) and the line index that places them;
//! - [`error`]: the error that stops a command (exit code 2);
//! - [`document`]: the lossless model every format is read into;
//! - [`srt`], [`vtt`]: the readers and writers; [`ttml`]: the TTML reader; [`markup`]: cue markup as a tree for conversion;
//! - [`read`]: the one entry point from bytes to a document, with the one sniffing rule;
//! - [`visible`]: what the viewer sees (markup stripped, graphemes counted, raw offsets kept);
//! - [`lang`]: language tags, detection and the one resolver;
//! - [`placement`]: where a cue is shown (top, bottom, elsewhere), from every format;
//! - [`wording`]: counts and quoted text in messages.
//!
//! It depends on nothing else of dejamos and on no CLI, Fluent or ICU crate, and never prints.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod decode;
pub mod diagnostic;
pub mod document;
pub mod error;
pub mod lang;
pub mod markup;
pub mod placement;
pub mod read;
pub mod scan;
pub mod srt;
pub mod time;
pub mod ttml;
pub mod visible;
pub mod vtt;
pub mod wording;
