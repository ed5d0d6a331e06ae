//! Catalog source files, positions in them, and the problems found there.

use std::collections::HashSet;
use std::fmt;
use std::io::Read;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One catalog file's text and the name it is reported under.
pub struct SourceFile {
    pub name: Arc<str>,
    pub text: String,
}

/// A position in a catalog file, 1-based like an editor's; line 0 is the file as a whole.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Origin {
    pub file: Arc<str>,
    pub line: usize,
    pub col: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.file)
        } else {
            write!(f, "{}:{}:{}", self.file, self.line, self.col)
        }
    }
}

/// Turns byte offsets of one file into line and column numbers.
pub struct LineIndex {
    file: Arc<str>,
    line_starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &SourceFile) -> Self {
        let line_starts = std::iter::once(0)
            .chain(source.text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        LineIndex {
            file: source.name.clone(),
            line_starts,
        }
    }

    /// The position of byte `offset` of `text`; the column counts characters.
    pub fn origin(&self, text: &str, offset: usize) -> Origin {
        let offset = offset.min(text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        let col = text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        Origin {
            file: self.file.clone(),
            line,
            col,
        }
    }
}

/// A problem in a catalog, where it was found if that is known (entries of the embedded
/// catalog carry no positions once compiled in).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub origin: Option<Origin>,
    pub message: String,
}

impl Problem {
    pub fn at(origin: Option<&Origin>, message: impl Into<String>) -> Self {
        Problem {
            origin: origin.cloned(),
            message: message.into(),
        }
    }

    /// A problem with a file or directory as a whole.
    pub fn in_file(path: &Path, message: impl Into<String>) -> Self {
        Problem {
            origin: Some(Origin {
                file: path.display().to_string().into(),
                line: 0,
                col: 0,
            }),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.origin {
            Some(origin) => write!(f, "{origin}: {}", self.message),
            None => write!(f, "embedded catalog: {}", self.message),
        }
    }
}

/// The most a layer file may hold: the whole embedded catalog is well under 1 MiB.
pub const MAX_FILE_BYTES: u64 = 8 << 20;

/// The most directory entries a layer's walk looks at, so that a directory that is not a
/// layer (`--catalog /`) ends with a problem rather than a walk of the whole disk.
pub const MAX_ENTRIES: usize = 5_000;

/// A layer directory as read: its `*.toml` files, and what could not be read.
pub struct Layer {
    pub files: Vec<SourceFile>,
    pub problems: Vec<Problem>,
}

/// Every `*.toml` file in `dir` or below it, in a stable (sorted) order, read as text.
/// Files are reported by their path joined onto `dir` as given. Links are followed, each
/// directory once (a link back to a directory already walked is reported once); anything
/// that is not a regular file, too large or not UTF-8 is a problem of the layer, and the
/// rest is still read so that every problem is reported at once.
pub fn read_dir(dir: &Path) -> Layer {
    let mut walk = Walk::default();
    walk.directory(dir);
    walk.paths.sort();
    let mut layer = Layer {
        files: Vec::new(),
        problems: walk.problems,
    };
    for path in walk.paths {
        match read_file(&path) {
            Ok(file) => layer.files.push(file),
            Err(problem) => layer.problems.push(problem),
        }
    }
    layer
}

#[derive(Default)]
struct Walk {
    paths: Vec<PathBuf>,
    problems: Vec<Problem>,
    visited: HashSet<(u64, u64)>,
    entries: usize,
}

impl Walk {
    fn directory(&mut self, dir: &Path) {
        let Ok(meta) = std::fs::metadata(dir) else {
            return;
        };
        if !self.visited.insert((meta.dev(), meta.ino())) {
            self.problems.push(Problem::in_file(
                dir,
                "a link back to a directory this layer already reads; it is read once",
            ));
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(err) => {
                self.problems
                    .push(Problem::in_file(dir, format!("cannot read it: {err}")));
                return;
            }
        };
        for entry in entries {
            self.entries += 1;
            if self.entries == MAX_ENTRIES + 1 {
                self.problems.push(Problem::in_file(
                    dir,
                    format!(
                        "the layer holds more than {MAX_ENTRIES} files and directories; \
                         a layer is a directory of *.toml catalog files"
                    ),
                ));
            }
            if self.entries > MAX_ENTRIES {
                return;
            }
            let path = match entry {
                Ok(entry) => entry.path(),
                Err(err) => {
                    self.problems
                        .push(Problem::in_file(dir, format!("cannot read it: {err}")));
                    continue;
                }
            };
            if path.is_dir() {
                self.directory(&path);
            } else if path.extension().is_some_and(|ext| ext == "toml") {
                self.paths.push(path);
            }
        }
    }
}

/// One layer file: a regular file (or a link to one) of at most `MAX_FILE_BYTES`, in UTF-8.
fn read_file(path: &Path) -> Result<SourceFile, Problem> {
    let meta = std::fs::metadata(path)
        .map_err(|err| Problem::in_file(path, format!("cannot read it: {err}")))?;
    if !meta.is_file() {
        return Err(Problem::in_file(
            path,
            "not a regular file; a layer reads only regular *.toml files",
        ));
    }
    let too_large = || {
        Problem::in_file(
            path,
            format!(
                "larger than {} MiB; a layer file holds catalog entries, not data",
                MAX_FILE_BYTES >> 20
            ),
        )
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|err| Problem::in_file(path, format!("cannot read it: {err}")))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large());
    }
    let name: Arc<str> = path.display().to_string().into();
    String::from_utf8(bytes)
        .map(|text| SourceFile {
            name: name.clone(),
            text,
        })
        .map_err(|err| {
            let valid = err.utf8_error().valid_up_to();
            let prefix = SourceFile {
                name,
                text: String::from_utf8_lossy(&err.as_bytes()[..valid]).into_owned(),
            };
            let origin = LineIndex::new(&prefix).origin(&prefix.text, valid);
            Problem::at(
                Some(&origin),
                "not valid UTF-8; catalog files are UTF-8 text",
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_count_lines_and_characters_from_one() {
        let file = SourceFile {
            name: "f.toml".into(),
            text: "ab\nçd = 1\n\nx".to_string(),
        };
        let lines = LineIndex::new(&file);
        let at = |offset| lines.origin(&file.text, offset).to_string();
        assert_eq!(at(0), "f.toml:1:1");
        assert_eq!(at(3), "f.toml:2:1");
        // `ç` is two bytes but one column.
        assert_eq!(at(6), "f.toml:2:3");
        assert_eq!(at(12), "f.toml:4:1");
        assert_eq!(at(999), "f.toml:4:2");
    }
}
