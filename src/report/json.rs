//! `json`: the documented, versioned schema (`"version": 1`). It is a public interface: fields
//! are only ever added, never renamed or removed, without bumping the version.
use super::{Emitter, FileReport, Tally};
use crate::diagnostic::{Diagnostic, Fix, Severity};
use serde::Serialize;
use serde_json::ser::Formatter;
use std::io::{self, Write};

/// The schema version written in every document.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    /// The path's bytes, percent-encoded, when they are not UTF-8 (`path` then has U+FFFD).
    #[serde(skip_serializing_if = "Option::is_none")]
    path_bytes: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    other_path: Option<&'a str>,
    language: Option<&'a str>,
    language_reason: Option<&'a str>,
    encoding: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    config: Option<&'a str>,
    cues: usize,
    diagnostics: Findings<'a>,
}

#[derive(Serialize)]
struct Finding<'a> {
    rule: &'a str,
    severity: Severity,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    cue: Option<usize>,
    message: &'a str,
    /// The interface message id of `message` (`null` for messages not yet given as one): the
    /// same in every language, for tools that match on findings.
    message_id: Option<&'a str>,
    fix: Option<&'a Fix>,
    #[serde(skip_serializing_if = "Option::is_none")]
    other_line: Option<usize>,
}

impl<'a> From<&'a Diagnostic> for Finding<'a> {
    fn from(d: &'a Diagnostic) -> Self {
        Finding {
            rule: d.rule,
            severity: d.severity,
            line: d.line,
            column: d.column,
            end_line: d.end_line,
            end_column: d.end_column,
            cue: d.cue,
            message: &d.message,
            message_id: d.message_id(),
            fix: d.fix.as_ref(),
            other_line: d.other_line,
        }
    }
}

/// The JSON emitter.
#[derive(Debug, Clone, Copy)]
pub(super) struct Json;

/// What closes a file's object after its `diagnostics` array's `]`.
const FILE_END: &[u8] = b"\n    }";

impl Emitter for Json {
    /// The document up to the first file: `{`, the version and the opening of `files`.
    fn begin<W: Write + ?Sized>(&self, out: &mut W) -> io::Result<()> {
        write!(out, "{{\n  \"version\": {VERSION},\n  \"files\": [")
    }

    fn separator<W: Write + ?Sized>(&self, first: bool, out: &mut W) -> io::Result<()> {
        out.write_all(if first { b"\n    " } else { b",\n    " })
    }

    /// Everything up to and including the `[` of `diagnostics`: with [`Emitter::findings`] and
    /// [`Emitter::file_end`] the same bytes as [`Emitter::file`].
    fn file_start<W: Write + ?Sized>(&self, head: &FileReport, out: &mut W) -> io::Result<()> {
        let mut text = Vec::new();
        self.file(&head.without_findings(), &mut text)?;
        // `"diagnostics": []` and the object's end, which `file_end` writes.
        let keep = text.len().saturating_sub(FILE_END.len() + 1);
        out.write_all(&text[..keep])
    }

    fn findings<W: Write + ?Sized>(
        &self,
        _head: &FileReport,
        _source: &str,
        found: &[Diagnostic],
        out: &mut W,
    ) -> io::Result<()> {
        for (i, d) in found.iter().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            out.write_all(b"\n        ")?;
            Finding::from(d)
                .serialize(&mut serde_json::Serializer::with_formatter(&mut *out, Indented::at(4)))
                .map_err(io::Error::from)?;
        }
        Ok(())
    }

    fn between_stretches<W: Write + ?Sized>(&self, out: &mut W) -> io::Result<()> {
        out.write_all(b",")
    }

    fn file_end<W: Write + ?Sized>(&self, any: bool, out: &mut W) -> io::Result<()> {
        out.write_all(if any { b"\n      ]" } else { b"]" })?;
        out.write_all(FILE_END)
    }

    /// One file's object, indented to sit inside `files`, serialised in one go.
    fn file<W: Write + ?Sized>(&self, file: &FileReport, out: &mut W) -> io::Result<()> {
        let file = File {
            path: &file.path,
            path_bytes: file.path_bytes.as_deref().map(super::escape::percent_encode),
            other_path: file.other_path.as_deref(),
            language: file.language.as_deref(),
            language_reason: file.language_reason.as_deref(),
            encoding: &file.encoding,
            config: file.config.as_deref(),
            cues: file.cues,
            diagnostics: Findings(&file.diagnostics),
        };
        file.serialize(&mut serde_json::Serializer::with_formatter(out, Indented::at(2))).map_err(io::Error::from)
    }

    /// Close `files`, then the summary and the document.
    fn end<W: Write + ?Sized>(&self, tally: &Tally, _held: &[FileReport], out: &mut W) -> io::Result<()> {
        let summary = tally.summary();
        out.write_all(if summary.files > 0 { b"\n  ],\n  \"summary\": " } else { b"],\n  \"summary\": " })?;
        let mut text = Vec::new();
        let _ = summary.serialize(&mut serde_json::Serializer::with_formatter(&mut text, Indented::at(1)));
        out.write_all(&text)?;
        out.write_all(b"\n}\n")
    }
}

/// A file's findings, converted one at a time as they are written (never all at once).
struct Findings<'a>(&'a [Diagnostic]);

impl Serialize for Findings<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(Finding::from))
    }
}

/// serde_json's pretty printer (two spaces a level), but starting `level` levels deep, so that a
/// value rendered on its own is byte for byte what it would be inside the whole document.
struct Indented {
    level: usize,
    has_value: bool,
}

impl Indented {
    fn at(level: usize) -> Self {
        Indented { level, has_value: false }
    }

    fn newline<W: ?Sized + Write>(&self, out: &mut W) -> io::Result<()> {
        out.write_all(b"\n")?;
        for _ in 0..self.level {
            out.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        out.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level = self.level.saturating_sub(1);
        if self.has_value {
            self.newline(out)?;
        }
        out.write_all(bracket)
    }

    fn item<W: ?Sized + Write>(&self, out: &mut W, first: bool) -> io::Result<()> {
        if !first {
            out.write_all(b",")?;
        }
        self.newline(out)
    }
}

impl Formatter for Indented {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.item(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.item(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}
