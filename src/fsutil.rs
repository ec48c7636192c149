//! File-system helpers: reading inputs with a size limit, expanding directories, and the one
//! safe-write routine every writer goes through.
//!
//! # Writes
//!
//! [`write_atomic`] (a file rewritten in place), [`write_output`] (an output) and their `_with`
//! forms write a temporary file `.dejamos-PID-N.tmp` next to the target, created with `O_EXCL`
//! and mode 0600, then rename it over the target. Before the rename the new file gets the
//! original's owner and group (best effort: only root may give a file away), its extended
//! attributes and its mode, with setuid and setgid dropped unless owner and group were both
//! kept; a new file gets 0666 less the umask. The rename happens under an advisory lock on the
//! target, after checking that a file this process read is still the file it read (same inode,
//! size and modification time), so of two concurrent in-place edits the second fails and writes
//! nothing. In-place rewrites and backups are fsynced, file and folder. A symlink to a regular
//! file is written through; a dangling symlink, a socket or a block device is refused; a
//! character device is written into; a pipe only when it has a reader. An output is never a file
//! this process read. [`write_backup`] never replaces anything: it takes the first free name of
//! `FILE.bak`, `FILE.bak.1` … A run killed outright (SIGKILL) leaves its temporary file; the next
//! write into that folder removes such files once they are an hour old, owned by the user and
//! not named after a running process. [`remove_files_in_progress`] is for a signal handler.
use crate::error::{Error, IoAction, Result};
use crate::msg;
use crate::ui::error;
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
    fn from(read: ReadError) -> Self {
        match read {
            ReadError::OverLimit { path, limit } => error(msg!("error-over-limit", limit = limit)).in_file(path),
            ReadError::Other(other) => other,
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
    let io = |e: std::io::Error| ReadError::Other(Error::io(path, IoAction::Read, &e));
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
        return Err(ReadError::Other(error(msg!("error-is-directory")).in_file(path)));
    }
    if metadata.len() > max_size {
        return Err(too_large(path, max_size));
    }
    let file = fs::File::open(path).map_err(io)?;
    // What was opened, not what the name held a moment earlier.
    let metadata = file.metadata().map_err(io)?;
    if metadata.len() > max_size {
        return Err(too_large(path, max_size));
    }
    note_read(path, &metadata);
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
        return ReadError::Other(error(msg!("error-over-max", limit = max_size)).in_file(path));
    }
    ReadError::OverLimit { path: path.to_path_buf(), limit: max_size }
}

/// The files found in the paths given, and what in them could not be taken.
#[derive(Debug, Default)]
pub struct Expanded {
    /// The subtitle files to process: each path given that is not a folder, then each folder's
    /// matching files sorted by path.
    pub files: Vec<PathBuf>,
    /// One error per entry of a folder that could not be read or followed (an unreadable
    /// subfolder, a symlink to a missing file): the rest of the folder is still taken.
    pub unreadable: Vec<Error>,
    /// Symlinks in a folder that lead out of it, left out so that nothing outside the folder is
    /// read or rewritten through it.
    pub outside: Vec<PathBuf>,
}

/// Expand files and directories into the subtitle files to process, in a stable sorted order.
///
/// Directories are searched recursively for files whose extension is in `extensions`
/// (case-insensitive); files named directly are always taken, whatever their extension. Inside
/// a folder symlinked folders are not followed (no loop, nothing outside the tree); a symlinked
/// file is taken when it resolves inside the folder to a file not found there already, reported
/// in [`Expanded::outside`] when it leads out of it, and in [`Expanded::unreadable`] when it
/// leads nowhere. Only a path given that cannot be read at all is an error.
pub fn expand_inputs(paths: &[PathBuf], extensions: &[&str]) -> Result<Expanded> {
    let mut out = Expanded::default();
    let wanted = |path: &Path| {
        path.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.iter().any(|want| e.eq_ignore_ascii_case(want)))
    };
    for path in paths {
        if is_stdio(path) {
            out.files.push(path.clone());
            continue;
        }
        let metadata = fs::metadata(path).map_err(|e| Error::io(path, IoAction::Read, &e))?;
        if !metadata.is_dir() {
            out.files.push(path.clone());
            continue;
        }
        let root = fs::canonicalize(path).map_err(|e| Error::io(path, IoAction::Read, &e))?;
        let mut found = Vec::new();
        let mut links = Vec::new();
        for entry in walkdir::WalkDir::new(path).follow_links(false) {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    let at = e.path().map(Path::to_path_buf).unwrap_or_else(|| path.clone());
                    out.unreadable.push(match e.io_error() {
                        Some(io) => Error::io(&at, IoAction::Read, io),
                        None => error(msg!("error-cannot-be-read")).in_file(&at),
                    });
                    continue;
                }
            };
            let kind = entry.file_type();
            if kind.is_file() && wanted(entry.path()) {
                found.push(entry.into_path());
            } else if kind.is_symlink() {
                match fs::metadata(entry.path()) {
                    Ok(m) if m.is_file() && wanted(entry.path()) => links.push(entry.into_path()),
                    Ok(_) => {}
                    Err(e) if wanted(entry.path()) => {
                        let reason = if e.kind() == std::io::ErrorKind::NotFound {
                            error(msg!("error-dangling-symlink")).in_file(entry.path())
                        } else {
                            Error::io(entry.path(), IoAction::Read, &e)
                        };
                        out.unreadable.push(reason);
                    }
                    Err(_) => {}
                }
            }
        }
        // Symlinked files: those into the folder that name a file already found are duplicates.
        let real: std::collections::HashSet<PathBuf> = found.iter().filter_map(|f| fs::canonicalize(f).ok()).collect();
        for link in links {
            match fs::canonicalize(&link) {
                Ok(target) if !target.starts_with(&root) => out.outside.push(link),
                Ok(target) if real.contains(&target) => {}
                Ok(_) => found.push(link),
                Err(e) => out.unreadable.push(Error::io(&link, IoAction::Read, &e)),
            }
        }
        found.sort();
        out.files.extend(found);
    }
    Ok(out)
}

/// Write `bytes` over a file the user already has (an input rewritten in place, a fixed file),
/// through the one safe-write routine (see [the module documentation](self)).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |out| out.write_all(bytes))
}

/// [`write_atomic`], with the content written by `write` into a buffered writer instead of
/// passed as one slice, so that large outputs need not be held in memory. `path` is replaced only
/// when `write` and the flush succeed; otherwise the temporary file is removed and `path` is
/// untouched. Whatever `write` returns on success is passed back.
pub fn write_atomic_with<T>(path: &Path, write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>) -> Result<T> {
    replace_file(path, Kind::InPlace, write)
}

/// [`write_output`] for output written piece by piece (a report streamed as it is produced, a
/// large file's canonical text); `-` is standard output, where a reader that stops early
/// (`| head`) is not an error.
pub fn write_output_with<T: Default>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>,
) -> Result<T> {
    if is_stdio(path) {
        let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
        return match write(&mut out).and_then(|value| out.flush().map(|()| value)) {
            Ok(value) => Ok(value),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(T::default()),
            Err(e) => Err(Error::io("<stdout>", IoAction::Write, &e)),
        };
    }
    replace_file(path, Kind::Output, write)
}

/// Write a derived output to `path`, or to stdout when `path` is `-`, through the one
/// safe-write routine (see [the module documentation](self)), without fsync (the inputs it was made from are untouched).
/// A file this process has read is refused: an output never replaces one of its inputs.
pub fn write_output(path: &Path, bytes: &[u8]) -> Result<()> {
    if is_stdio(path) {
        let mut out = std::io::stdout().lock();
        return match out.write_all(bytes).and_then(|()| out.flush()) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Error::io("<stdout>", IoAction::Write, &e)),
        };
    }
    replace_file(path, Kind::Output, |out| out.write_all(bytes))
}

/// The most backups kept of one file (`FILE.bak`, `FILE.bak.1` … `FILE.bak.999`).
const MAX_BACKUPS: usize = 1000;

/// Keep `original` (the bytes `path` held when it was read) as a backup before an in-place
/// rewrite, at the first free name of `FILE.bak`, `FILE.bak.1`, `FILE.bak.2` …, and return that
/// name. An existing name — a file, a folder or a symlink, even a dangling one — is never written
/// through or replaced (the backup is created with `O_EXCL`). The backup gets the original's
/// owner, group, extended attributes and mode, like an in-place rewrite, and is fsynced. Refused
/// when `path` changed since this process read it.
pub fn write_backup(path: &Path, original: &[u8]) -> Result<PathBuf> {
    check_unchanged(path, path)?;
    let (target, existing) = match fs::metadata(path) {
        Ok(m) if m.is_file() => (resolve_link(path)?, m),
        Ok(_) => return Err(error(msg!("error-backup-not-regular")).in_file(path)),
        Err(e) => return Err(Error::io(path, IoAction::Read, &e)),
    };
    let parent = parent_of(path);
    for n in 0..MAX_BACKUPS {
        let mut name = path.as_os_str().to_owned();
        name.push(if n == 0 { ".bak".to_string() } else { format!(".bak.{n}") });
        let backup = PathBuf::from(name);
        let Some(mut temp) = Temp::create_at(&backup).map_err(|e| Error::io(&backup, IoAction::Write, &e))? else {
            continue;
        };
        let err = |e: std::io::Error| Error::io(&backup, IoAction::Write, &e);
        temp.file.write_all(original).map_err(err)?;
        temp.file.sync_all().map_err(err)?;
        apply_metadata(&temp.file, Some(&existing), &target).map_err(err)?;
        temp.keep();
        sync_dir(&parent);
        return Ok(backup);
    }
    Err(error(msg!("error-too-many-backups", count = MAX_BACKUPS)).in_file(path))
}

/// How many other names (hard links) the regular file at `path` has: an in-place rewrite gives
/// `path` a new file, and those names keep the old text.
pub fn other_links(path: &Path) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        fs::metadata(path).map(|m| if m.is_file() { m.nlink().saturating_sub(1) } else { 0 }).unwrap_or(0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        0
    }
}

/// What a write is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A file the user already has, rewritten in place: fsync the file and its folder, because it
    /// holds the user's only copy.
    InPlace,
    /// A derived output (`-o FILE`): no fsync (a crash cannot lose what the untouched inputs still
    /// hold; fsync cost more than all the parsing and writing of a 4 MB file), and never a file
    /// this process read.
    Output,
}

/// What identifies the content of a file this process read: the same device, inode, size and
/// modification time when it is written back means nobody else wrote it in between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Identity {
    dev: u64,
    ino: u64,
    len: u64,
    modified: Option<std::time::SystemTime>,
}

impl Identity {
    fn of(metadata: &fs::Metadata) -> Identity {
        #[cfg(unix)]
        let (dev, ino) = {
            use std::os::unix::fs::MetadataExt;
            (metadata.dev(), metadata.ino())
        };
        #[cfg(not(unix))]
        let (dev, ino) = (0, 0);
        Identity { dev, ino, len: metadata.len(), modified: metadata.modified().ok() }
    }

    fn same_file(&self, other: &Identity) -> bool {
        cfg!(unix) && (self.dev, self.ino) == (other.dev, other.ino)
    }
}

/// Every file this process read through [`read_limited`], by the path it was read as.
static READ: std::sync::LazyLock<std::sync::Mutex<std::collections::HashMap<PathBuf, Identity>>> =
    std::sync::LazyLock::new(Default::default);

fn lock<T>(mutex: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

fn note_read(path: &Path, metadata: &fs::Metadata) {
    lock(&READ).insert(path.to_path_buf(), Identity::of(metadata));
}

/// Refuse to write `path` (as `target`, its resolved name) when this process read it and it has
/// changed since: another program, or a second dejamos, wrote it in between.
fn check_unchanged(path: &Path, target: &Path) -> Result<()> {
    let Some(read) = lock(&READ).get(path).copied() else { return Ok(()) };
    let now = fs::metadata(target).map(|m| Identity::of(&m)).ok();
    if now == Some(read) {
        return Ok(());
    }
    Err(error(msg!("error-changed-on-disk")).in_file(path))
}

/// Temporary files and backups being written, so that an interrupt can remove them before the
/// process exits (their own cleanup runs on drop, which an exit skips). A path is added under
/// this lock before its file is created and removed under it after the file is renamed into
/// place, so an interrupt finds every unfinished file and never a finished one.
static IN_PROGRESS: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// Remove every temporary file and backup still being written, for a process about to exit on a
/// signal: a file already renamed into place is not touched. Every later write waits forever,
/// so that nothing is created between this call and the exit; call it only just before exiting.
pub fn remove_files_in_progress() {
    let mut in_progress = lock(&IN_PROGRESS);
    for path in in_progress.drain(..) {
        let _ = fs::remove_file(path);
    }
    std::mem::forget(in_progress);
}

/// A file being written: removed on drop unless kept or renamed into place.
struct Temp {
    path: PathBuf,
    file: fs::File,
    done: bool,
}

impl Temp {
    /// A new temporary file in `dir`, named `.dejamos-PID-UNIQUE.tmp`, readable by its owner only.
    fn create_in(dir: &Path) -> std::io::Result<Temp> {
        static COUNT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        for _ in 0..100 {
            let count = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.subsec_nanos())
                .unwrap_or(0);
            let name = format!(".dejamos-{}-{nanos:08x}{count:x}.tmp", std::process::id());
            if let Some(temp) = Temp::create_at(&dir.join(name))? {
                return Ok(temp);
            }
        }
        // Worded by the standard library, as other reasons from the system are.
        Err(std::io::ErrorKind::AlreadyExists.into())
    }

    /// Create `path` with `O_CREAT | O_EXCL` (so a symlink there is never followed) and mode 0600;
    /// `None` if the name is taken.
    fn create_at(path: &Path) -> std::io::Result<Option<Temp>> {
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut in_progress = lock(&IN_PROGRESS);
        match options.open(path) {
            Ok(file) => {
                in_progress.push(path.to_path_buf());
                Ok(Some(Temp { path: path.to_path_buf(), file, done: false }))
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Leave the file where it is (a finished backup).
    fn keep(&mut self) {
        lock(&IN_PROGRESS).retain(|p| *p != self.path);
        self.done = true;
    }

    /// Rename the file over `target`.
    fn rename_onto(&mut self, target: &Path) -> std::io::Result<()> {
        let mut in_progress = lock(&IN_PROGRESS);
        fs::rename(&self.path, target)?;
        in_progress.retain(|p| *p != self.path);
        self.done = true;
        Ok(())
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        if !self.done {
            let mut in_progress = lock(&IN_PROGRESS);
            let _ = fs::remove_file(&self.path);
            in_progress.retain(|p| *p != self.path);
        }
    }
}

/// The folder that holds `path` (`.` for a bare name).
fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn is_symlink(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// The file a symlink to a regular file points to, so that writing replaces it and the link
/// stays; `path` itself otherwise.
fn resolve_link(path: &Path) -> Result<PathBuf> {
    if is_symlink(path) {
        fs::canonicalize(path).map_err(|e| Error::io(path, IoAction::Write, &e))
    } else {
        Ok(path.to_path_buf())
    }
}

/// Make a rename in `dir` durable; failure here is not worth failing the command.
fn sync_dir(dir: &Path) {
    if let Ok(dir) = fs::File::open(dir) {
        let _ = dir.sync_all();
    }
}

/// The one safe-write routine: every file dejamos writes, except backups and stdout, goes
/// through here.
///
/// A temporary file is created next to the target with `O_EXCL` and mode 0600, written,
/// flushed (fsynced for in-place rewrites), given the original's owner and group (best effort),
/// extended attributes and mode (or the usual 0666 less the umask for a new file; setuid and
/// setgid dropped when the owner or group could not be kept), then renamed over the target while
/// holding an advisory lock on it, after checking that a file this process read has not changed
/// since. A symlink to a regular file is written through; a dangling symlink, a socket or a
/// block device is refused; a character device is written into; a pipe is written into only
/// when it has a reader. Stale temporary files of earlier runs in the target's folder are
/// removed first. On any failure nothing is left behind and the target is untouched.
fn replace_file<T>(path: &Path, kind: Kind, write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>) -> Result<T> {
    let err = |e: std::io::Error| Error::io(path, IoAction::Write, &e);
    let (target, existing) = match fs::metadata(path) {
        Ok(m) if m.is_dir() => return Err(error(msg!("error-write-directory")).in_file(path)),
        Ok(m) if !m.is_file() => return write_special(path, &m, write),
        Ok(m) => (resolve_link(path)?, Some(m)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && is_symlink(path) => {
            return Err(error(msg!("error-write-dangling-symlink")).in_file(path));
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (path.to_path_buf(), None),
        Err(e) => return Err(err(e)),
    };
    if kind == Kind::Output
        && let Some(existing) = &existing
    {
        let target = Identity::of(existing);
        // Inode numbers are reused: the name read must still lead to that file.
        let is_input = lock(&READ).iter().any(|(read_path, read)| {
            read.same_file(&target) && fs::metadata(read_path).is_ok_and(|m| Identity::of(&m).same_file(&target))
        });
        if is_input {
            return Err(error(msg!("error-write-input")).in_file(path));
        }
    }
    let parent = parent_of(&target);
    remove_stale_temps(&parent);
    let mut temp = Temp::create_in(&parent).map_err(err)?;
    let value = {
        let mut out = std::io::BufWriter::new(&mut temp.file);
        let value = write(&mut out).map_err(err)?;
        out.flush().map_err(err)?;
        value
    };
    if kind == Kind::InPlace {
        temp.file.sync_all().map_err(err)?;
    }
    apply_metadata(&temp.file, existing.as_ref(), &target).map_err(err)?;
    {
        let _lock = existing.as_ref().and_then(|_| lock_file(&target));
        check_unchanged(path, &target)?;
        temp.rename_onto(&target).map_err(err)?;
    }
    if let Some(read) = lock(&READ).get_mut(path)
        && let Ok(now) = temp.file.metadata()
    {
        // The file now there is what this process wrote: a second write of it is no conflict.
        *read = Identity::of(&now);
    }
    if kind == Kind::InPlace {
        sync_dir(&parent);
    }
    Ok(value)
}

/// Give a new file the original's owner and group (best effort: only root may give a file
/// away), extended attributes and mode; setuid and setgid are dropped unless both owner and
/// group were kept, and `security.capability` is copied only then too. A new file (no
/// original) gets 0666 less the umask.
#[cfg(unix)]
fn apply_metadata(file: &fs::File, original: Option<&fs::Metadata>, original_path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let Some(original) = original else {
        return file.set_permissions(fs::Permissions::from_mode(0o666 & !umask()));
    };
    let owner = (original.uid(), original.gid());
    let mine = file.metadata()?;
    if (mine.uid(), mine.gid()) != owner && std::os::unix::fs::fchown(file, Some(owner.0), Some(owner.1)).is_err() {
        // Not root: a group the user belongs to can still be kept.
        let _ = std::os::unix::fs::fchown(file, None, Some(owner.1));
    }
    let now = file.metadata()?;
    let kept = (now.uid(), now.gid()) == owner;
    copy_xattrs(original_path, file, kept);
    let mut mode = original.mode() & 0o7777;
    if !kept {
        mode &= !0o6000;
    }
    file.set_permissions(fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn apply_metadata(file: &fs::File, original: Option<&fs::Metadata>, _original_path: &Path) -> std::io::Result<()> {
    match original {
        Some(original) => file.set_permissions(original.permissions()),
        None => Ok(()),
    }
}

/// Copy every extended attribute of `from` onto `to`, best effort (a file system without them,
/// or a `security.*` name only the kernel may set, is skipped); `security.capability` only when
/// `privileged` (the owner was kept).
#[cfg(unix)]
fn copy_xattrs(from: &Path, to: &fs::File, privileged: bool) {
    use rustix::fs::{XattrFlags, fsetxattr, getxattr, getxattr_query, listxattr, listxattr_query};
    let Ok(size) = listxattr_query(from) else { return };
    if size == 0 {
        return;
    }
    let mut names = vec![0u8; size];
    let Ok(len) = listxattr(from, &mut names[..]) else { return };
    for name in names.get(..len).unwrap_or_default().split(|&b| b == 0).filter(|n| !n.is_empty()) {
        if name == b"security.capability" && !privileged {
            continue;
        }
        let Ok(name) = std::ffi::CString::new(name) else { continue };
        let Ok(size) = getxattr_query(from, name.as_c_str()) else { continue };
        let mut value = vec![0u8; size];
        let Ok(len) = getxattr(from, name.as_c_str(), &mut value[..]) else { continue };
        let _ = fsetxattr(to, name.as_c_str(), value.get(..len).unwrap_or_default(), XattrFlags::empty());
    }
}

/// The process's umask, read once (from `/proc` where it is, else by setting and restoring it
/// before any file is created through here).
#[cfg(unix)]
fn umask() -> u32 {
    static UMASK: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *UMASK.get_or_init(|| {
        let from_proc = fs::read_to_string("/proc/self/status").ok().and_then(|status| {
            let line = status.lines().find_map(|l| l.strip_prefix("Umask:"))?;
            u32::from_str_radix(line.trim(), 8).ok()
        });
        from_proc.unwrap_or_else(|| {
            let old = rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o022));
            rustix::process::umask(old);
            old.bits() as u32
        }) & 0o777
    })
}

/// An exclusive advisory lock (`flock`) on the file at `target`, held until dropped, so that two
/// writers of one file take turns at checking and renaming; `None` where it cannot be taken
/// (the file cannot be opened, or another program holds it for over ten seconds).
#[cfg(unix)]
fn lock_file(target: &Path) -> Option<fs::File> {
    use rustix::fs::{FlockOperation, flock};
    let file = fs::File::open(target).ok()?;
    for _ in 0..1000 {
        match flock(&file, FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => return Some(file),
            Err(rustix::io::Errno::WOULDBLOCK | rustix::io::Errno::INTR) => {
                std::thread::sleep(std::time::Duration::from_millis(10))
            }
            Err(_) => return None,
        }
    }
    None
}

#[cfg(not(unix))]
fn lock_file(_target: &Path) -> Option<fs::File> {
    None
}

/// How long a temporary file of a run that died must sit untouched before it is removed.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Remove what a killed run left in `dir`, once per folder per process: only names dejamos gives
/// its temporary files (`.dejamos-*.tmp`), only regular files with no other link, owned by this
/// user, untouched for [`STALE_AFTER`], and not named after a process that is still running.
fn remove_stale_temps(dir: &Path) {
    static SEEN: std::sync::LazyLock<std::sync::Mutex<std::collections::HashSet<PathBuf>>> =
        std::sync::LazyLock::new(Default::default);
    if !lock(&SEEN).insert(dir.to_path_buf()) {
        return;
    }
    let Ok(entries) = fs::read_dir(dir) else { return };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(middle) = name.strip_prefix(".dejamos-").and_then(|n| n.strip_suffix(".tmp")) else { continue };
        if let Ok(metadata) = fs::symlink_metadata(entry.path())
            && is_stale(middle, &metadata, now)
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether a `.dejamos-MIDDLE.tmp` file with this metadata is a stale one of ours.
#[cfg(unix)]
fn is_stale(middle: &str, metadata: &fs::Metadata, now: std::time::SystemTime) -> bool {
    use std::os::unix::fs::MetadataExt;
    let old = metadata.modified().ok().and_then(|m| now.duration_since(m).ok()).is_some_and(|age| age >= STALE_AFTER);
    let running = middle
        .split_once('-')
        .and_then(|(pid, _)| pid.parse::<i32>().ok())
        .and_then(rustix::process::Pid::from_raw)
        .is_some_and(|pid| !matches!(rustix::process::test_kill_process(pid), Err(rustix::io::Errno::SRCH)));
    metadata.file_type().is_file()
        && metadata.nlink() == 1
        && metadata.uid() == rustix::process::geteuid().as_raw()
        && old
        && !running
}

#[cfg(not(unix))]
fn is_stale(_middle: &str, _metadata: &fs::Metadata, _now: std::time::SystemTime) -> bool {
    false
}

/// Write into a character device (`/dev/null`, a terminal) or a pipe with a reader, which have
/// no folder to hold a temporary file; refuse anything else that is not a regular file.
fn write_special<T>(
    path: &Path,
    metadata: &fs::Metadata,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>,
) -> Result<T> {
    let err = |e: std::io::Error| Error::io(path, IoAction::Write, &e);
    let mut options = fs::OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    let file = {
        use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
        let kind = metadata.file_type();
        if kind.is_fifo() {
            // Without a reader, opening a pipe for writing would wait forever.
            options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
            let file = match options.open(path) {
                Err(e) if e.raw_os_error() == Some(rustix::io::Errno::NXIO.raw_os_error()) => {
                    return Err(error(msg!("error-pipe-without-reader")).in_file(path));
                }
                other => other.map_err(err)?,
            };
            let flags = rustix::fs::fcntl_getfl(&file).map_err(|e| err(e.into()))?;
            rustix::fs::fcntl_setfl(&file, flags - rustix::fs::OFlags::NONBLOCK).map_err(|e| err(e.into()))?;
            file
        } else if kind.is_char_device() {
            options.open(path).map_err(err)?
        } else {
            return Err(error(msg!("error-write-special")).in_file(path));
        }
    };
    #[cfg(not(unix))]
    let file = {
        let _ = metadata;
        options.open(path).map_err(err)?
    };
    let mut out = std::io::BufWriter::new(file);
    let value = write(&mut out).map_err(err)?;
    out.flush().map_err(err)?;
    Ok(value)
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
    fn a_file_changed_since_it_was_read_is_not_written_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.srt");
        fs::write(&path, b"one").expect("write");
        assert_eq!(read_input(&path, 1024).expect("reads"), b"one");
        // A second writer replaces the file the way dejamos does: a new file renamed over it.
        let other = dir.path().join("other");
        fs::write(&other, b"two").expect("write");
        fs::rename(&other, &path).expect("rename");
        let err = write_atomic(&path, b"mine").expect_err("the second writer must fail");
        assert!(err.to_string().contains("changed on disk while dejamos was working on it"), "{err}");
        assert!(write_backup(&path, b"one").is_err(), "no backup of a file that changed either");
        assert_eq!(fs::read(&path).expect("read"), b"two", "the other writer's text is kept");
        assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 1, "nothing left behind");
        // Read again, it may be written; and written twice by the same process.
        read_input(&path, 1024).expect("reads");
        write_atomic(&path, b"mine").expect("written");
        write_atomic(&path, b"mine again").expect("written again");
        assert_eq!(fs::read(&path).expect("read"), b"mine again");
    }

    #[test]
    fn an_output_is_never_a_file_this_process_read() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("film.toml");
        fs::write(&path, b"facts").expect("write");
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink(&path, &link).expect("symlink");
        read_input(&path, 1024).expect("reads");
        for target in [&path, &link] {
            let err = write_output(target, b"kit").expect_err("an input is not an output");
            assert!(err.to_string().ends_with("is one of this run's inputs: write the output somewhere else"), "{err}");
        }
        assert_eq!(fs::read(&path).expect("read"), b"facts");
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
