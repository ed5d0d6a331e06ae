//! Catalog source files, positions in them, and the problems found there.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One catalog file's text and the name it is reported under.
pub struct SourceFile {
    pub name: Arc<str>,
    pub text: String,
}

/// A position in a catalog file, 1-based like an editor's.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Origin {
    pub file: Arc<str>,
    pub line: usize,
    pub col: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
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
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.origin {
            Some(origin) => write!(f, "{origin}: {}", self.message),
            None => write!(f, "embedded catalog: {}", self.message),
        }
    }
}

/// Every `*.toml` file in `dir` or below it, in a stable (sorted) order, read as text.
/// Files are reported by their path joined onto `dir` as given.
pub fn read_dir(dir: &Path) -> std::io::Result<Vec<SourceFile>> {
    let mut paths = Vec::new();
    collect_toml_paths(dir, &mut paths)?;
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).map_err(|err| {
                std::io::Error::new(err.kind(), format!("{}: {err}", path.display()))
            })?;
            Ok(SourceFile {
                name: path.display().to_string().into(),
                text,
            })
        })
        .collect()
}

fn collect_toml_paths(dir: &Path, paths: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let entries = std::fs::read_dir(dir)
        .map_err(|err| std::io::Error::new(err.kind(), format!("{}: {err}", dir.display())))?;
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            collect_toml_paths(&path, paths)?;
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            paths.push(path);
        }
    }
    Ok(())
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
