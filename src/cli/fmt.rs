//! `dejamos fmt`: normalise SRT files.
use super::{FmtArgs, GlobalArgs, Outcome, notice};
use dejamos::decode::TextEncoding;
use dejamos::error::Error;
use dejamos::fsutil::{self, is_stdio};
use dejamos::msg;
use dejamos::srt::normalize::{NormalizeOptions, canonical};
use dejamos::srt::{ParseOptions, parse_vec};
use dejamos::ui::render;
use std::path::Path;

/// Run `fmt`.
pub fn run(args: &FmtArgs, global: &GlobalArgs) -> Result<Outcome, Error> {
    if args.files.len() > 1 && !args.check && !args.in_place {
        return Err(Error::usage(render(super::lang(), &msg!("fmt-several-files"))));
    }
    if args.in_place && args.files.iter().any(|f| is_stdio(f)) {
        return Err(Error::usage(render(super::lang(), &msg!("fmt-in-place-stdin"))));
    }
    if let Some(output) = &args.output
        && args.files.iter().any(|f| fsutil::same_file(f, output))
    {
        return Err(Error::file(output, render(super::lang(), &msg!("fmt-output-is-input"))));
    }
    let encoding = args.encoding;
    let options = NormalizeOptions { crlf: args.crlf, bom: args.bom };
    let mut outcome = Outcome::Success;
    let mut failures = 0usize;
    let mut first_error = None;
    let (mut changed, mut unchanged) = (0usize, 0usize);
    for path in &args.files {
        match format_one(path, args, global, encoding, options) {
            Ok(true) => changed += 1,
            Ok(false) => unchanged += 1,
            Err(FileFailure::Findings(message)) => {
                eprintln!("{message}");
                outcome = Outcome::Findings;
            }
            Err(FileFailure::Fatal(err)) => {
                failures += 1;
                if args.files.len() > 1 {
                    super::print_error(&err);
                }
                first_error.get_or_insert(err);
            }
        }
    }
    if args.check {
        if changed > 0 {
            outcome = Outcome::Findings;
        }
        if args.files.len() > 1 || changed > 0 {
            notice(
                global,
                &render(super::lang(), &msg!("fmt-check-summary", changed = changed, unchanged = unchanged)),
            );
        }
    }
    match first_error {
        // With one file the error is the whole story; with several it was printed already.
        Some(err) if args.files.len() == 1 => Err(err),
        Some(_) => Err(Error::usage(render(super::lang(), &msg!("fmt-unreadable", count = failures)))),
        None => Ok(outcome),
    }
}

enum FileFailure {
    /// The file cannot be normalised without losing text (exit 1).
    Findings(String),
    /// The file cannot be read or written (exit 2).
    Fatal(Error),
}

/// Format one file; `Ok(true)` when it changed (or would change with `--check`).
fn format_one(
    path: &Path,
    args: &FmtArgs,
    global: &GlobalArgs,
    encoding: Option<TextEncoding>,
    options: NormalizeOptions,
) -> Result<bool, FileFailure> {
    let bytes = super::read_input(path, global).map_err(FileFailure::Fatal)?;
    if is_webvtt(path, &bytes) {
        return Err(FileFailure::Fatal(Error::file(
            path,
            render(super::lang(), &msg!("fmt-not-srt", format = "WebVTT")),
        )));
    }
    if is_ttml(path, &bytes) {
        return Err(FileFailure::Fatal(Error::file(
            path,
            render(super::lang(), &msg!("fmt-not-srt", format = "TTML")),
        )));
    }
    let (doc, unused) = parse_vec(bytes, ParseOptions { encoding }).map_err(|e| FileFailure::Fatal(e.in_file(path)))?;
    // Bytes that became the text unchanged are the text.
    let original = unused.as_deref().unwrap_or(doc.source.as_bytes());
    if let Some(why) = doc.refusal() {
        return Err(FileFailure::Fatal(Error::new(why).in_file(path)));
    }
    if let Some(why) = doc.decode_loss() {
        if args.in_place {
            return Err(FileFailure::Fatal(Error::new(why).in_file(path)));
        }
        if !args.check {
            super::warn(&format!("{}: {}", path.display(), render(super::lang(), &why)));
        }
    }
    let canonical = canonical(&doc, options).map_err(|refusal| {
        let line = refusal.lines.first().map_or(String::new(), |l| format!(":{l}"));
        let text = msg!("fmt-cannot-normalise", path = format!("{}{line}", path.display()), reason = refusal.message);
        FileFailure::Findings(render(super::lang(), &text))
    })?;
    if args.check {
        let changes = canonical.changes(original);
        if !changes.is_empty() {
            let text = msg!("fmt-would-reformat", path = path.display().to_string(), changes = changes.clone());
            super::print_stdout(&format!("{}\n", render(super::lang(), &text))).map_err(FileFailure::Fatal)?;
        }
        return Ok(!changes.is_empty());
    }
    if args.in_place {
        // Compared first, so that a canonical file is left alone (not even rewritten).
        let changes = canonical.changes(original);
        if !changes.is_empty() {
            super::warn_other_links(path);
            fsutil::write_atomic_with(path, |out| canonical.write_to(out)).map_err(FileFailure::Fatal)?;
            let text = msg!("fmt-reformatted", path = path.display().to_string(), changes = changes.clone());
            notice(global, &render(super::lang(), &text));
        }
        return Ok(!changes.is_empty());
    }
    // Written as it is made, and compared with the input on the way.
    let target = args.output.as_deref().unwrap_or(Path::new(fsutil::STDIO));
    fsutil::write_output_with(target, |out| canonical.write_compared(original, out)).map_err(FileFailure::Fatal)
}

/// Whether a file is TTML, by the reader's sniffing rule (a `<tt>` root, or `.ttml`/`.dfxp`).
fn is_ttml(path: &Path, bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(bytes.get(..bytes.len().min(4096)).unwrap_or(bytes));
    dejamos::ttml::names_ttml(path) || dejamos::ttml::looks_like_ttml(&head)
}

/// Whether a file is WebVTT, by extension or by its `WEBVTT` header.
fn is_webvtt(path: &Path, bytes: &[u8]) -> bool {
    let by_extension = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("vtt") || e.eq_ignore_ascii_case("webvtt"));
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    by_extension || body.starts_with(b"WEBVTT")
}
