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

/// Read a whole input file (or stdin for `-`), refusing directories and anything over `max_size`.
pub fn read_input(path: &Path, max_size: u64) -> Result<Vec<u8>> {
    if is_stdio(path) {
        let mut buffer = Vec::new();
        let limit = max_size.saturating_add(1);
        std::io::stdin().lock().take(limit).read_to_end(&mut buffer).map_err(|e| Error::io(path, "read", &e))?;
        if buffer.len() as u64 > max_size {
            return Err(too_large(path, max_size));
        }
        return Ok(buffer);
    }
    let metadata = fs::metadata(path).map_err(|e| Error::io(path, "read", &e))?;
    if metadata.is_dir() {
        return Err(Error::file(path, "is a directory, not a subtitle file"));
    }
    if metadata.len() > max_size {
        return Err(too_large(path, max_size));
    }
    let file = fs::File::open(path).map_err(|e| Error::io(path, "read", &e))?;
    let mut buffer = Vec::with_capacity(metadata.len() as usize);
    // Files can grow while we read them; never read past the limit.
    file.take(max_size.saturating_add(1)).read_to_end(&mut buffer).map_err(|e| Error::io(path, "read", &e))?;
    if buffer.len() as u64 > max_size {
        return Err(too_large(path, max_size));
    }
    Ok(buffer)
}

fn too_large(path: &Path, max_size: u64) -> Error {
    Error::file(path, format!("is larger than --max-size ({max_size} bytes); raise --max-size to read it"))
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
///
/// If `path` exists its permissions are kept. On any failure nothing is left behind and `path`
/// is untouched.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let permissions = fs::metadata(path).ok().map(|m| m.permissions());
    let mut temp = tempfile::Builder::new()
        .prefix(".dejamos-")
        .suffix(".tmp")
        .tempfile_in(&parent)
        .map_err(|e| Error::io(path, "write", &e))?;
    temp.write_all(bytes).map_err(|e| Error::io(path, "write", &e))?;
    temp.as_file().sync_all().map_err(|e| Error::io(path, "write", &e))?;
    if let Some(permissions) = permissions {
        fs::set_permissions(temp.path(), permissions).map_err(|e| Error::io(path, "write", &e))?;
    }
    temp.persist(path).map_err(|e| Error::io(path, "write", &e.error))?;
    // Make the rename itself durable; failure here is not worth failing the command.
    if let Ok(dir) = fs::File::open(&parent) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Write to `path`, or to stdout when `path` is `-`.
pub fn write_output(path: &Path, bytes: &[u8]) -> Result<()> {
    if is_stdio(path) {
        let mut out = std::io::stdout().lock();
        return match out.write_all(bytes).and_then(|()| out.flush()) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Error::io("<stdout>", "write", &e)),
        };
    }
    write_atomic(path, bytes)
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
