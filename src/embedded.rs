//! The catalog compiled into the binary: pre-parsed for loading, and its TOML sources for
//! `catalog export` and `catalog validate`.

use include_dir::{Dir, include_dir};

use crate::catalog::source::{Layer, SourceFile};
use crate::catalog::{Catalog, strings};

static SOURCES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/catalog");

/// Written by build.rs after validating `catalog/`.
static HEADER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog-header.bin"));
static TECHS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog-techs.bin"));
static VOCABULARY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog-vocabulary.bin"));
static RULES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog-rules.bin"));
/// Every string of the above, checked as UTF-8 by the compiler (`catalog::strings`).
static STRINGS: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog-strings.txt"));

/// The embedded catalog, without parsing any TOML.
pub fn catalog() -> Catalog {
    let header = strings::read_table(STRINGS, || postcard::from_bytes(HEADER))
        .expect("written by build.rs from a validated catalog");
    Catalog::from_packed(header, TECHS, VOCABULARY, RULES, STRINGS)
}

/// Every embedded file as (path relative to the catalog directory, contents), sorted.
pub fn files() -> Vec<(&'static str, &'static str)> {
    let mut files = Vec::new();
    collect(&SOURCES, &mut files);
    files.sort();
    files
}

fn collect(dir: &'static Dir<'static>, files: &mut Vec<(&'static str, &'static str)>) {
    for file in dir.files() {
        if let (Some(path), Some(text)) = (file.path().to_str(), file.contents_utf8()) {
            files.push((path, text));
        }
    }
    for sub in dir.dirs() {
        collect(sub, files);
    }
}

/// The embedded TOML files as one catalog layer, named as in the repository.
pub fn sources() -> Layer {
    let files = files()
        .into_iter()
        .filter(|(path, _)| path.ends_with(".toml"))
        .map(|(path, text)| SourceFile {
            name: format!("catalog/{path}").into(),
            text: text.to_string(),
        })
        .collect();
    Layer {
        files,
        problems: Vec::new(),
    }
}
