//! The SRT (SubRip) format: a tolerant reader, a canonical writer, and in-place timestamp
//! rewriting for lossless retiming. Files are read into the shared [`crate::document`] model,
//! whose types are re-exported here for the readers' and writers' callers.
pub mod normalize;
pub mod parse;
pub mod write;

pub use crate::document::{Cue, Document, IndexLine, SourceFormat, Subtitle, TextLine, TimingLine};
pub use parse::{
    Origin, ParseOptions, is_blank_line, parse_bytes, parse_decoded, parse_piece, parse_str, parse_string, parse_vec,
};
pub use write::{Rewrite, WriteOptions, rewrite_times, write_document, write_document_to, write_subtitles};
