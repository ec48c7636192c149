//! `csv`: one row per finding for spreadsheets, after a header row.
//!
//! RFC 4180: fields separated by commas, records ended by CRLF, a field quoted (with `"` doubled)
//! when it holds a comma, a quote, CR or LF. Because these files are opened in spreadsheets, a
//! field that starts with `=`, `+`, `-`, `@`, a tab or CR (which a spreadsheet could take for a
//! formula) gets a leading `'`, as OWASP advises: `-` (standard input) is written `'-`.
//!
//! Columns: `path`, `language`, `rule`, `severity`, `line`, `column`, `cue`, `start`, `end`
//! (the cue's timecodes, `HH:MM:SS.mmm`, empty when the finding is about no cue or the cues were
//! not kept), `message`, `fix` (what `--fix` would do, if anything), `other_path` and
//! `other_line` (`pair`: the second file and the line there).
use super::{Emitter, FileReport, Tally, find_cue};
use crate::diagnostic::Diagnostic;
use std::io::{self, Write};

/// The header row.
pub(super) const HEADER: &str =
    "path,language,rule,severity,line,column,cue,start,end,message,fix,other_path,other_line\r\n";

/// The CSV emitter.
#[derive(Debug, Clone, Copy)]
pub(super) struct Csv;

impl Emitter for Csv {
    fn begin<W: Write + ?Sized>(&self, out: &mut W) -> io::Result<()> {
        out.write_all(HEADER.as_bytes())
    }

    fn findings<W: Write + ?Sized>(
        &self,
        head: &FileReport,
        _source: &str,
        found: &[Diagnostic],
        out: &mut W,
    ) -> io::Result<()> {
        let cues = head.detail.as_ref().and_then(|detail| detail.cues.as_deref()).unwrap_or(&[]);
        let mut row = String::new();
        for d in found {
            row.clear();
            let cue = d.cue.and_then(|position| find_cue(cues, position));
            field(&mut row, &head.path);
            field(&mut row, head.language.as_deref().unwrap_or(""));
            field(&mut row, d.rule);
            field(&mut row, d.severity.as_str());
            field(&mut row, &d.line.to_string());
            field(&mut row, &d.column.to_string());
            field(&mut row, &d.cue.map(|c| c.to_string()).unwrap_or_default());
            field(&mut row, &cue.map(|c| c.start.vtt()).unwrap_or_default());
            field(&mut row, &cue.map(|c| c.end.vtt()).unwrap_or_default());
            field(&mut row, &d.message);
            field(&mut row, d.fix.as_ref().map_or("", |fix| fix.description.as_str()));
            field(&mut row, head.other_path.as_deref().unwrap_or(""));
            field(&mut row, &d.other_line.map(|l| l.to_string()).unwrap_or_default());
            // Every field ended with a comma: the last one's becomes the record's end.
            row.pop();
            row.push_str("\r\n");
            out.write_all(row.as_bytes())?;
        }
        Ok(())
    }

    fn end<W: Write + ?Sized>(&self, _tally: &Tally, _held: &[FileReport], _out: &mut W) -> io::Result<()> {
        Ok(())
    }
}

/// Append `value` as one field and a comma: prefixed with `'` when a spreadsheet could take it for
/// a formula, quoted when it holds a comma, quote, CR or LF.
fn field(row: &mut String, value: &str) {
    let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = value.contains([',', '"', '\r', '\n']);
    if quote {
        row.push('"');
    }
    if formula {
        row.push('\'');
    }
    for c in value.chars() {
        if c == '"' {
            row.push('"');
        }
        row.push(c);
    }
    if quote {
        row.push('"');
    }
    row.push(',');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(value: &str) -> String {
        let mut row = String::new();
        field(&mut row, value);
        row
    }

    #[test]
    fn fields_are_quoted_and_defused() {
        assert_eq!(one("plain"), "plain,");
        assert_eq!(one(""), ",");
        assert_eq!(one("a,b"), "\"a,b\",");
        assert_eq!(one("say \"hi\""), "\"say \"\"hi\"\"\",");
        assert_eq!(one("two\nlines"), "\"two\nlines\",");
        assert_eq!(one("=SUM(A1)"), "'=SUM(A1),");
        assert_eq!(one("-"), "'-,");
        assert_eq!(one("+1"), "'+1,");
        assert_eq!(one("@cmd"), "'@cmd,");
        assert_eq!(one("=1,2"), "\"'=1,2\",");
        assert_eq!(one("\tx"), "'\tx,");
        assert_eq!(one("a=b"), "a=b,");
    }
}
