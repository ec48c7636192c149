//! The one trait every output format implements. A report is written as a sequence of calls:
//!
//! ```text
//! begin
//! (separator  file_start  findings*  file_end)*     -- once per file, findings in stretches
//! end
//! ```
//!
//! `findings` may be called any number of times for one file (a large file is rendered a
//! stretch at a time, on worker threads, each stretch into its own buffer), so an emitter keeps
//! no state between calls: whatever it needs to know (is this the first file, were findings
//! written before) the writer tells it. [`ReportWriter`](super::ReportWriter) makes these calls;
//! `check`, `pair` and `locales check` all write through it or through [`write`](fn@super::write).
use super::{FileReport, Tally};
use crate::diagnostic::Diagnostic;
use std::io::{self, Write};

/// One output format (human, concise, json, sarif, junit, github; one file each).
///
/// The methods are generic over the writer rather than taking `dyn Write`: serde_json writes
/// token by token, and a virtual call for each made rendering a quarter slower. So the trait is
/// not object-safe; [`Style`](super::Style) picks the emitter for a format with a `match`.
///
/// Every method but [`findings`](Emitter::findings) and [`end`](Emitter::end) writes nothing by
/// default.
pub trait Emitter {
    /// Whether files can be written one by one as they arrive. An emitter that cannot (SARIF
    /// lists every rule before the results refer to them by index, JUnit's header carries the
    /// totals) is handed every file at [`end`](Emitter::end) instead, and the other methods are
    /// never called.
    fn streams(&self) -> bool {
        true
    }

    /// What comes before the first file.
    fn begin<W: Write + ?Sized>(&self, out: &mut W) -> io::Result<()> {
        let _ = out;
        Ok(())
    }

    /// What goes before a file's entry; `first` when no file was written before it.
    fn separator<W: Write + ?Sized>(&self, first: bool, out: &mut W) -> io::Result<()> {
        let _ = (first, out);
        Ok(())
    }

    /// The start of a file's entry, up to its findings. `head` is the file's entry; its
    /// `diagnostics` are not read (they follow through [`findings`](Emitter::findings)).
    fn file_start<W: Write + ?Sized>(&self, head: &FileReport, out: &mut W) -> io::Result<()> {
        let _ = (head, out);
        Ok(())
    }

    /// Some of the findings of the file `head` (whose `diagnostics` are not read), with snippets
    /// from `source`, written as if they were the first of the file: the writer puts
    /// [`between_stretches`](Emitter::between_stretches) in front of a later stretch.
    fn findings<W: Write + ?Sized>(
        &self,
        head: &FileReport,
        source: &str,
        found: &[Diagnostic],
        out: &mut W,
    ) -> io::Result<()>;

    /// What goes between a stretch of a file's findings and the next non-empty one.
    fn between_stretches<W: Write + ?Sized>(&self, out: &mut W) -> io::Result<()> {
        let _ = out;
        Ok(())
    }

    /// The end of a file's entry; `any` when findings were written for it.
    fn file_end<W: Write + ?Sized>(&self, any: bool, out: &mut W) -> io::Result<()> {
        let _ = (any, out);
        Ok(())
    }

    /// A whole file's entry: the same bytes as [`file_start`](Emitter::file_start), its
    /// findings and [`file_end`](Emitter::file_end), which is what this does unless an emitter
    /// has a quicker way.
    fn file<W: Write + ?Sized>(&self, file: &FileReport, out: &mut W) -> io::Result<()> {
        self.file_start(file, out)?;
        self.findings(file, &file.source, &file.diagnostics, out)?;
        self.file_end(!file.diagnostics.is_empty(), out)
    }

    /// The end of the report: `tally` counts every file written. An emitter that does not
    /// [`stream`](Emitter::streams) writes its whole document here from `held`, every file of the
    /// report in order; for the others `held` is empty.
    fn end<W: Write + ?Sized>(&self, tally: &Tally, held: &[FileReport], out: &mut W) -> io::Result<()>;
}
