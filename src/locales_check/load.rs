//! Loading a locale set from a folder: `DIR/<locale>/*.ftl`.
use super::{Locale, LocaleFile, LocaleSet, english};
use crate::error::Error;
use crate::fsutil::read_input;
use crate::msg;
use std::fs;
use std::path::Path;

/// Read every `DIR/<locale>/*.ftl` file and `DIR/film.toml` when there is one.
///
/// Fails (exit 2) when DIR cannot be read, holds no locale folder with `.ftl` files, or a file is
/// larger than `max_size` or not UTF-8.
pub fn load_dir(dir: &Path, max_size: u64) -> Result<LocaleSet, Error> {
    let metadata = fs::metadata(dir).map_err(|e| Error::io(dir, crate::error::IoAction::Read, &e))?;
    if !metadata.is_dir() {
        return Err(Error::file(dir, english(msg!("locales-not-a-folder"))));
    }
    let mut locales = Vec::new();
    for folder in sorted_entries(dir)? {
        if !folder.is_dir() {
            continue;
        }
        let Some(tag) = folder.file_name().and_then(|n| n.to_str()) else {
            return Err(Error::file(&folder, english(msg!("locales-folder-name-not-utf8"))));
        };
        let mut files = Vec::new();
        for path in sorted_entries(&folder)? {
            let is_ftl = path.extension().is_some_and(|e| e == "ftl");
            if !is_ftl || path.is_dir() {
                continue;
            }
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                return Err(Error::file(&path, english(msg!("locales-file-name-not-utf8"))));
            };
            let bytes = read_input(&path, max_size)?;
            let text = String::from_utf8(bytes).map_err(|e| {
                let valid = e.utf8_error().valid_up_to();
                let line = e.as_bytes().get(..valid).map_or(1, |b| b.iter().filter(|&&c| c == b'\n').count() + 1);
                Error::at_line(&path, line, english(msg!("locales-ftl-not-utf8")))
            })?;
            files.push(LocaleFile { path: path.display().to_string(), name: name.to_string(), text });
        }
        if !files.is_empty() {
            locales.push(Locale { tag: tag.to_string(), files });
        }
    }
    if locales.is_empty() {
        return Err(Error::file(dir, english(msg!("locales-no-locale-folders"))));
    }
    let facts_path = dir.join(crate::press::catalog::FACTS_FILE);
    let facts = if facts_path.is_file() {
        let bytes = read_input(&facts_path, max_size)?;
        let text = String::from_utf8(bytes).map_err(|_| Error::file(&facts_path, english(msg!("locales-not-utf8"))))?;
        Some(LocaleFile {
            path: facts_path.display().to_string(),
            name: crate::press::catalog::FACTS_FILE.to_string(),
            text,
        })
    } else {
        None
    };
    Ok(LocaleSet { locales, facts })
}

fn sorted_entries(dir: &Path) -> Result<Vec<std::path::PathBuf>, Error> {
    let reader = fs::read_dir(dir).map_err(|e| Error::io(dir, crate::error::IoAction::Read, &e))?;
    let mut out = Vec::new();
    for entry in reader {
        out.push(entry.map_err(|e| Error::io(dir, crate::error::IoAction::Read, &e))?.path());
    }
    out.sort();
    Ok(out)
}
