//! Reading and writing the user's files safely: reads are bounded, and a write never
//! follows a link, never overwrites without `--force`, and never leaves half a file.

use std::io::{Read, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::error::UsageError;

/// The bytes of a file, or `None` when it holds more than `max` (a device such as
/// `/dev/zero` included: it is never read further).
pub fn read_at_most(path: &Path, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(max + 1)
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

/// Whether anything is at `path`, a dangling symbolic link included.
fn occupied(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

/// Refuses a target that exists (unless `force`) or that is not a plain file; a link is
/// refused even with `force`, as writing through it would write elsewhere.
pub fn check_target(path: &Path, force: bool) -> Result<(), UsageError> {
    let Ok(meta) = path.symlink_metadata() else {
        return Ok(());
    };
    if meta.file_type().is_symlink() {
        return Err(through_link(path).hint("remove the link or choose another path"));
    }
    if !meta.is_file() {
        return Err(UsageError::new(format!(
            "`{}` exists and is not a regular file",
            path.display()
        )));
    }
    if !force {
        return Err(
            UsageError::new(format!("`{}` already exists", path.display()))
                .hint("pass --force to overwrite it"),
        );
    }
    Ok(())
}

fn through_link(path: &Path) -> UsageError {
    UsageError::new(format!(
        "`{}` is a symbolic link; stackpick never writes through one",
        path.display()
    ))
}

/// Writes `bytes` to `path` through a temporary file beside it, renamed into place, so
/// that a failed write leaves whatever was there before.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let temporary = temporary_beside(path);
    let written = std::fs::File::create_new(&temporary)
        .and_then(|mut file| file.write_all(bytes).and_then(|()| file.sync_all()))
        .and_then(|()| std::fs::rename(&temporary, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written.with_context(|| format!("cannot write {}", path.display()))
}

fn temporary_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.stackpick-{}.tmp", std::process::id()))
}

/// Writes a tree of files under `dir`, all or nothing: every target is checked before
/// the first is written (no link on the way, nothing overwritten without `force`), and
/// a failure removes what this call created.
pub fn write_tree(dir: &Path, files: &[(String, &[u8])], force: bool) -> anyhow::Result<()> {
    let mut existing = Vec::new();
    for (relative, _) in files {
        let target = dir.join(relative);
        check_parents(dir, &target)?;
        if !force && target.symlink_metadata().is_ok_and(|m| m.is_file()) {
            existing.push(target);
        } else {
            check_target(&target, force)?;
        }
    }
    if let Some(first) = existing.first() {
        return Err(UsageError::new(format!(
            "`{}` already exists{}; nothing was written",
            first.display(),
            match existing.len() {
                1 => String::new(),
                n => format!(" (and {} more files)", n - 1),
            }
        ))
        .hint("pass --force to overwrite, or export into an empty directory")
        .into());
    }
    let mut created: Vec<PathBuf> = Vec::new();
    let result = files.iter().try_for_each(|(relative, bytes)| {
        let target = dir.join(relative);
        create_parents(dir, &target, &mut created)?;
        let new = !occupied(&target);
        write_atomically(&target, bytes)?;
        if new {
            created.push(target);
        }
        Ok(())
    });
    if result.is_err() {
        // Newest first: files before the directories that hold them.
        for path in created.iter().rev() {
            let _ = std::fs::remove_file(path).or_else(|_| std::fs::remove_dir(path));
        }
    }
    result
}

/// Every directory between `dir` and `target` is a real directory or absent.
fn check_parents(dir: &Path, target: &Path) -> Result<(), UsageError> {
    let mut path = dir.to_path_buf();
    let relative = target.strip_prefix(dir).unwrap_or(target);
    let parents: Vec<_> = relative.components().collect();
    for component in &parents[..parents.len().saturating_sub(1)] {
        path.push(component);
        match path.symlink_metadata() {
            Err(_) => return Ok(()),
            Ok(meta) if meta.file_type().is_symlink() => {
                return Err(
                    through_link(&path).hint("remove the link or export into another directory")
                );
            }
            Ok(meta) if !meta.is_dir() => {
                return Err(UsageError::new(format!(
                    "`{}` exists and is not a directory; nothing was written",
                    path.display()
                )));
            }
            Ok(_) => {}
        }
    }
    Ok(())
}

fn create_parents(dir: &Path, target: &Path, created: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let mut missing = Vec::new();
    let mut parent = target.parent();
    while let Some(path) = parent.filter(|p| !occupied(p)) {
        missing.push(path.to_path_buf());
        if path == dir {
            break;
        }
        parent = path.parent();
    }
    for path in missing.into_iter().rev() {
        std::fs::create_dir(&path).with_context(|| format!("cannot create {}", path.display()))?;
        created.push(path);
    }
    Ok(())
}

/// Whether standard output was closed when the program started (`stackpick list >&-`).
/// Rust's runtime reopens a closed standard descriptor on /dev/null, read-write, before
/// `main`, so writes to it vanish without an error; a shell's `> /dev/null` opens it
/// write-only. One `fcntl` rules out pipes and files (write-only); only a read-write
/// descriptor is looked at further, to see whether it is /dev/null.
pub fn stdout_was_closed() -> bool {
    use std::os::fd::AsFd;
    use std::os::unix::fs::FileTypeExt;
    // SAFETY: F_GETFL reads the flags of descriptor 1 and touches no memory.
    let read_write = unsafe { libc::fcntl(1, libc::F_GETFL) } & libc::O_ACCMODE == libc::O_RDWR;
    read_write
        && std::io::stdout()
            .as_fd()
            .try_clone_to_owned()
            .and_then(|fd| std::fs::File::from(fd).metadata())
            .is_ok_and(|out| {
                out.file_type().is_char_device()
                    && std::fs::metadata("/dev/null").is_ok_and(|null| null.rdev() == out.rdev())
            })
}
