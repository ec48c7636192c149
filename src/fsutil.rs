//! File-system helpers: reading inputs with a size limit, expanding directories, and atomic writes.
use crate::error::{Error, Result};
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The name used for standard input and output in messages and paths.
pub const STDIO: &str = "-";

/// Whether `path` means standard input or output.
pub fn is_stdio(path: &Path) -> bool {
    path.as_os_str() == STDIO
}

/// Why [`read_limited`] read nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The input is larger than the limit the caller gave; a larger limit would read it.
    OverLimit {
        /// The input.
        path: PathBuf,
        /// The limit, in bytes.
        limit: u64,
    },
    /// Anything else: missing, unreadable, a directory, or larger than dejamos can hold.
    Other(Error),
}

impl From<ReadError> for Error {
    fn from(error: ReadError) -> Self {
        match error {
            ReadError::OverLimit { path, limit } => {
                Error::file(path, format!("is larger than the size limit ({limit} bytes); raise the limit to read it"))
            }
            ReadError::Other(error) => error,
        }
    }
}

/// Read a whole input file (or stdin for `-`), refusing directories and anything over `max_size`.
pub fn read_input(path: &Path, max_size: u64) -> Result<Vec<u8>> {
    read_limited(path, max_size).map_err(Error::from)
}

/// [`read_input`], telling an input over `max_size` apart from other failures so that the
/// caller can say how to raise its limit.
pub fn read_limited(path: &Path, max_size: u64) -> std::result::Result<Vec<u8>, ReadError> {
    let io = |e: std::io::Error| ReadError::Other(Error::io(path, "read", &e));
    // Positions in a file are kept as 32-bit offsets (see `diagnostic::MAX_TEXT`).
    let max_size = max_size.min(crate::diagnostic::MAX_TEXT as u64 / 2);
    if is_stdio(path) {
        let limit = max_size.saturating_add(1);
        let buffer = read_bounded(&mut std::io::stdin().lock(), limit).map_err(io)?;
        if buffer.len() as u64 > max_size {
            return Err(too_large(path, max_size));
        }
        return Ok(buffer);
    }
    let metadata = fs::metadata(path).map_err(io)?;
    if metadata.is_dir() {
        return Err(ReadError::Other(Error::file(path, "is a directory, not a subtitle file")));
    }
    if metadata.len() > max_size {
        return Err(too_large(path, max_size));
    }
    let file = fs::File::open(path).map_err(io)?;
    let mut buffer = Vec::with_capacity(metadata.len() as usize);
    // Files can grow while we read them; never read past the limit.
    file.take(max_size.saturating_add(1)).read_to_end(&mut buffer).map_err(io)?;
    if buffer.len() as u64 > max_size {
        return Err(too_large(path, max_size));
    }
    Ok(buffer)
}

/// Read at most `limit` bytes, never holding more than `limit` plus one chunk: `read_to_end`
/// doubles its buffer, so an input read from a pipe needed up to twice the limit just to be
/// refused.
fn read_bounded(reader: &mut dyn Read, limit: u64) -> std::io::Result<Vec<u8>> {
    const CHUNK: usize = 64 * 1024;
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let mut buffer: Vec<u8> = Vec::new();
    loop {
        let room = limit.saturating_sub(buffer.len());
        if room == 0 {
            return Ok(buffer);
        }
        if buffer.capacity() == buffer.len() {
            // Grow by half (at least a chunk), never past the limit.
            buffer.reserve_exact((buffer.len() / 2).max(CHUNK).min(room));
        }
        let start = buffer.len();
        let want = (buffer.capacity() - start).min(room);
        buffer.resize(start + want, 0);
        match reader.read(&mut buffer[start..]) {
            Ok(0) => {
                buffer.truncate(start);
                return Ok(buffer);
            }
            Ok(read) => buffer.truncate(start + read),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => buffer.truncate(start),
            Err(e) => return Err(e),
        }
    }
}

/// Whether two paths name the same existing file (through symlinks, and on Unix through hard
/// links too). Standard input and output (`-`) are never the same file as a path.
pub fn same_file(a: &Path, b: &Path) -> bool {
    if is_stdio(a) || is_stdio(b) {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (fs::metadata(a), fs::metadata(b)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn too_large(path: &Path, max_size: u64) -> ReadError {
    if max_size >= crate::diagnostic::MAX_TEXT as u64 / 2 {
        return ReadError::Other(Error::file(path, format!("is larger than {max_size} bytes, the most dejamos reads")));
    }
    ReadError::OverLimit { path: path.to_path_buf(), limit: max_size }
}

/// Expand files and directories into the subtitle files to process, in a stable sorted order.
///
/// Directories are searched recursively for files whose extension is in `extensions`
/// (case-insensitive); files named directly are always taken, whatever their extension.
pub fn expand_inputs(paths: &[PathBuf], extensions: &[&str]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        if is_stdio(path) {
            out.push(path.clone());
            continue;
        }
        let metadata = fs::metadata(path).map_err(|e| Error::io(path, "read", &e))?;
        if !metadata.is_dir() {
            out.push(path.clone());
            continue;
        }
        let mut found = Vec::new();
        for entry in walkdir::WalkDir::new(path).follow_links(true) {
            let entry = entry.map_err(|e| {
                let at = e.path().map(Path::to_path_buf).unwrap_or_else(|| path.clone());
                match e.io_error() {
                    Some(io) => Error::io(&at, "read", io),
                    None => Error::file(&at, "cannot walk the directory (a symlink loop?)"),
                }
            })?;
            if !entry.file_type().is_file() {
                continue;
            }
            let matches = entry
                .path()
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| extensions.iter().any(|want| e.eq_ignore_ascii_case(want)));
            if matches {
                found.push(entry.into_path());
            }
        }
        found.sort();
        out.extend(found);
    }
    Ok(out)
}

/// Write `bytes` to `path` atomically: a temporary file in the same folder, fsync, rename.
/// This is for files the user already has (an input rewritten in place, a backup, a fixed file):
/// the data reaches the disk before it replaces them, so a crash leaves the old or the new file,
/// never an empty one.
///
/// If `path` exists its permissions are kept; a new file gets the usual permissions (0666 less
/// the umask), not the temporary file's 0600. A symlink is written through: the file it points
/// to is replaced and the link stays. Devices and pipes (`/dev/null`, `/dev/stdout`, a FIFO)
/// cannot be renamed over, so they are written directly. On any failure nothing is left behind
/// and `path` is untouched.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |out| out.write_all(bytes))
}

/// [`write_atomic`], with the content written by `write` into a buffered writer instead of
/// passed as one slice, so that large outputs need not be held in memory. The same guarantees
/// hold: `path` is replaced only when `write` and the flush succeed; otherwise the temporary file
/// is removed and `path` is untouched. Whatever `write` returns on success is passed back.
pub fn write_atomic_with<T>(path: &Path, write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>) -> Result<T> {
    replace_file(path, Durability::Synced, write)
}

/// [`write_output`] for output written piece by piece (a report streamed as it is produced, a
/// large file's canonical text): a file is replaced atomically, without fsync; `-` is standard
/// output, where a reader that stops early (`| head`) is not an error.
pub fn write_output_with<T: Default>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>,
) -> Result<T> {
    if is_stdio(path) {
        let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
        return match write(&mut out).and_then(|value| out.flush().map(|()| value)) {
            Ok(value) => Ok(value),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(T::default()),
            Err(e) => Err(Error::io("<stdout>", "write", &e)),
        };
    }
    replace_file(path, Durability::Unsynced, write)
}

/// Whether a write waits for the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Durability {
    /// fsync the file and its folder: for files that hold the user's only copy.
    Synced,
    /// Temporary file and rename, without waiting for the disk: for outputs derived from inputs
    /// that stay untouched (`-o FILE`), which a crash cannot lose. fsync cost more than all the
    /// parsing and writing of a 4 MB file here.
    Unsynced,
}

/// Temporary files being written, so that an interrupt can remove them before the process
/// exits (their own cleanup runs on drop, which an exit skips).
static IN_PROGRESS: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// What runs once, just before the first temporary file is created (see [`on_first_write`]).
static FIRST_WRITE: std::sync::OnceLock<fn()> = std::sync::OnceLock::new();

/// Register `hook` to run once, just before the first temporary file is created; `false` if a
/// hook was already registered.
///
/// This is where a program installs its interrupt handler, which should call
/// [`remove_files_in_progress`] before exiting: commands that write nothing then start no
/// signal thread. The library installs no handler itself.
pub fn on_first_write(hook: fn()) -> bool {
    FIRST_WRITE.set(hook).is_ok()
}

/// A temporary file's place in [`IN_PROGRESS`], for as long as it is being written.
struct InProgress(PathBuf);

impl InProgress {
    fn new(path: &Path) -> InProgress {
        static HOOK: std::sync::Once = std::sync::Once::new();
        HOOK.call_once(|| {
            if let Some(hook) = FIRST_WRITE.get() {
                hook();
            }
        });
        IN_PROGRESS.lock().unwrap_or_else(|e| e.into_inner()).push(path.to_path_buf());
        InProgress(path.to_path_buf())
    }
}

impl Drop for InProgress {
    fn drop(&mut self) {
        IN_PROGRESS.lock().unwrap_or_else(|e| e.into_inner()).retain(|p| *p != self.0);
    }
}

/// Remove every temporary file still being written: for an interrupt (Ctrl-C, SIGTERM), after
/// which the process exits. A file already renamed into place is not touched.
pub fn remove_files_in_progress() {
    for path in IN_PROGRESS.lock().unwrap_or_else(|e| e.into_inner()).drain(..) {
        let _ = fs::remove_file(path);
    }
}

/// Temporary file in the target's folder, `write`, flush, optional fsync, permissions, rename.
fn replace_file<T>(
    path: &Path,
    durability: Durability,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>,
) -> Result<T> {
    let target = follow_symlink(path);
    let existing = fs::metadata(&target).ok();
    match &existing {
        Some(m) if m.is_dir() => return Err(Error::file(path, "is a directory: give a file name to write")),
        Some(m) if !m.is_file() => return write_special(path, &target, write),
        _ => {}
    }
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".dejamos-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    // On any early return the temporary file is dropped, which deletes it.
    let mut temp = builder.tempfile_in(&parent).map_err(|e| Error::io(path, "write", &e))?;
    let _in_progress = InProgress::new(temp.path());
    let value = {
        let mut out = std::io::BufWriter::new(temp.as_file_mut());
        let value = write(&mut out).map_err(|e| Error::io(path, "write", &e))?;
        out.flush().map_err(|e| Error::io(path, "write", &e))?;
        value
    };
    if durability == Durability::Synced {
        temp.as_file().sync_all().map_err(|e| Error::io(path, "write", &e))?;
    }
    if let Some(metadata) = existing {
        fs::set_permissions(temp.path(), metadata.permissions()).map_err(|e| Error::io(path, "write", &e))?;
    }
    temp.persist(&target).map_err(|e| Error::io(path, "write", &e.error))?;
    // Make the rename itself durable; failure here is not worth failing the command.
    if durability == Durability::Synced
        && let Ok(dir) = fs::File::open(&parent)
    {
        let _ = dir.sync_all();
    }
    Ok(value)
}

/// The file a symlink points to (so that writing replaces it, not the link); `path` otherwise,
/// and for a dangling link.
fn follow_symlink(path: &Path) -> PathBuf {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link { fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()) } else { path.to_path_buf() }
}

/// Write into a device or pipe, which has no folder to hold a temporary file.
fn write_special<T>(path: &Path, target: &Path, write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>) -> Result<T> {
    let file = fs::OpenOptions::new().write(true).open(target).map_err(|e| Error::io(path, "write", &e))?;
    let mut out = std::io::BufWriter::new(file);
    let value = write(&mut out).map_err(|e| Error::io(path, "write", &e))?;
    out.flush().map_err(|e| Error::io(path, "write", &e))?;
    Ok(value)
}

/// Write a derived output to `path` (`-o FILE`), or to stdout when `path` is `-`. The file is
/// replaced atomically like [`write_atomic`]'s, with the same guarantees on failure, but without
/// fsync: the input it was made from is untouched.
pub fn write_output(path: &Path, bytes: &[u8]) -> Result<()> {
    if is_stdio(path) {
        let mut out = std::io::stdout().lock();
        return match out.write_all(bytes).and_then(|()| out.flush()) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Error::io("<stdout>", "write", &e)),
        };
    }
    replace_file(path, Durability::Unsynced, |out| out.write_all(bytes))
}

/// Copy `path` to `path.bak` (atomically) before an in-place rewrite.
pub fn write_backup(path: &Path, original: &[u8]) -> Result<PathBuf> {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    let backup = PathBuf::from(name);
    write_atomic(&backup, original)?;
    Ok(backup)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_size_limit_stops_at_what_a_document_can_hold() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.srt");
        fs::write(&path, b"1\n00:00:01,000 --> 00:00:02,000\nHola\n").expect("write");
        assert_eq!(read_input(&path, u64::MAX).expect("reads").len(), 37);
        let capped = Error::from(too_large(&path, crate::diagnostic::MAX_TEXT as u64 / 2)).message;
        assert!(capped.contains("the most dejamos reads") && !capped.contains("raise"), "{capped}");
        assert_eq!(too_large(&path, 64), ReadError::OverLimit { path: path.clone(), limit: 64 });
        assert!(matches!(read_limited(&path, 8), Err(ReadError::OverLimit { limit: 8, .. })));
    }

    #[test]
    fn atomic_write_keeps_permissions_and_leaves_no_temp_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.srt");
        fs::write(&path, b"old").expect("write");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
        write_atomic(&path, b"new").expect("atomic write");
        assert_eq!(fs::read(&path).expect("read"), b"new");
        let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        let names: Vec<_> = fs::read_dir(dir.path()).expect("list").flatten().map(|e| e.file_name()).collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn new_files_get_ordinary_permissions_not_the_temp_files() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let plain = dir.path().join("plain.srt");
        fs::write(&plain, b"x").expect("write");
        let atomic = dir.path().join("atomic.srt");
        write_atomic(&atomic, b"x").expect("atomic write");
        let mode = |p: &Path| fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&atomic), mode(&plain), "same as any new file under this umask");
    }

    #[test]
    fn devices_are_written_into_never_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let is_device = |p: &str| fs::metadata(p).is_ok_and(|m| m.file_type().is_char_device());
        if is_device("/dev/null") {
            write_atomic(Path::new("/dev/null"), b"discarded").expect("/dev/null accepts anything");
            assert!(is_device("/dev/null"), "/dev/null must still be a device");
        }
        if is_device("/dev/full") {
            let err = write_atomic(Path::new("/dev/full"), b"x").expect_err("a full disk fails");
            assert_eq!(err.to_string(), "/dev/full: cannot write: No space left on device");
            assert!(is_device("/dev/full"), "/dev/full must still be a device");
        }
    }

    #[test]
    fn a_failing_writer_leaves_nothing_behind_and_the_old_file_untouched() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("report.json");
        fs::write(&path, b"old").expect("write");
        let err = write_atomic_with(&path, |out| {
            out.write_all(b"partial")?;
            Err::<(), _>(std::io::Error::other("disk on fire"))
        })
        .expect_err("the writer failed");
        assert!(err.to_string().contains("disk on fire"), "{err}");
        assert_eq!(fs::read(&path).expect("read"), b"old");
        let names: Vec<_> = fs::read_dir(dir.path()).expect("list").flatten().map(|e| e.file_name()).collect();
        assert_eq!(names.len(), 1, "no temp file left: {names:?}");
        let n = write_atomic_with(&path, |out| out.write_all(b"new").map(|()| 3)).expect("atomic write");
        assert_eq!((n, fs::read(&path).expect("read")), (3, b"new".to_vec()));
    }

    #[test]
    fn outputs_without_fsync_keep_every_other_guarantee() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("out.vtt");
        fs::write(&path, b"old").expect("write");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
        let err = write_output_with(&path, |out| {
            out.write_all(b"partial")?;
            Err::<(), _>(std::io::Error::other("cable pulled"))
        })
        .expect_err("the writer failed");
        assert!(err.to_string().contains("cable pulled"), "{err}");
        assert_eq!(fs::read(&path).expect("read"), b"old", "untouched on failure");
        write_output(&path, b"new").expect("output written");
        assert_eq!(fs::read(&path).expect("read"), b"new");
        assert_eq!(fs::metadata(&path).expect("meta").permissions().mode() & 0o777, 0o640, "permissions kept");
        let names: Vec<_> = fs::read_dir(dir.path()).expect("list").flatten().map(|e| e.file_name()).collect();
        assert_eq!(names.len(), 1, "no temp file left: {names:?}");
    }

    #[test]
    fn symlinks_are_written_through() {
        let dir = tempfile::tempdir().expect("temp dir");
        let real = dir.path().join("real.srt");
        let link = dir.path().join("link.srt");
        fs::write(&real, b"old").expect("write");
        std::os::unix::fs::symlink(&real, &link).expect("symlink");
        write_atomic(&link, b"new").expect("atomic write");
        assert!(fs::symlink_metadata(&link).expect("meta").file_type().is_symlink(), "the link stays a link");
        assert_eq!(fs::read(&real).expect("read"), b"new");
        let names: Vec<_> = fs::read_dir(dir.path()).expect("list").flatten().map(|e| e.file_name()).collect();
        assert_eq!(names.len(), 2, "no temp file left: {names:?}");
    }

    #[test]
    fn a_directory_is_not_an_output_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let err = write_atomic(dir.path(), b"x").expect_err("cannot replace a folder");
        assert!(err.to_string().ends_with("is a directory: give a file name to write"), "{err}");
    }

    #[test]
    fn missing_folder_is_an_error_naming_the_file() {
        let err = write_atomic(Path::new("/nonexistent-dir-dejamos/x.srt"), b"x").expect_err("must fail");
        assert!(err.to_string().contains("/nonexistent-dir-dejamos/x.srt"), "{err}");
    }

    #[test]
    fn directories_are_refused_as_inputs() {
        let dir = tempfile::tempdir().expect("temp dir");
        let err = read_input(dir.path(), 1024).expect_err("a directory is not a file");
        assert!(err.to_string().contains("is a directory"));
    }

    #[test]
    fn size_limit_is_enforced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("big.srt");
        fs::write(&path, vec![b'a'; 100]).expect("write");
        assert!(read_input(&path, 99).is_err());
        assert_eq!(read_input(&path, 100).map(|b| b.len()), Ok(100));
    }
}
