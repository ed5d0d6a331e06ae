//! The catalog compiled into the binary: pre-parsed for loading, and its TOML sources for
//! `catalog export` and `catalog validate`.

use include_dir::{Dir, include_dir};

use crate::catalog::Catalog;
use crate::catalog::source::SourceFile;

static SOURCES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/catalog");

/// Written by build.rs after validating `catalog/`.
static HEADER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog-header.bin"));
static TECHS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog-techs.bin"));
static VOCABULARY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog-vocabulary.bin"));
static RULES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog-rules.bin"));

/// The embedded catalog, without parsing any TOML.
pub fn catalog() -> Catalog {
    let header =
        postcard::from_bytes(HEADER).expect("written by build.rs from a validated catalog");
    Catalog::from_packed(header, TECHS, VOCABULARY, RULES)
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
pub fn sources() -> Vec<SourceFile> {
    files()
        .into_iter()
        .filter(|(path, _)| path.ends_with(".toml"))
        .map(|(path, text)| SourceFile {
            name: format!("catalog/{path}").into(),
            text: text.to_string(),
        })
        .collect()
}
