//! `stackpick catalog validate [DIR]` and `stackpick catalog export DIR`.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::catalog::Catalog;
use crate::catalog::source;
use crate::embedded;
use crate::error::{CatalogProblems, UsageError};
use crate::render::{Report, Style, markdown};

#[derive(Serialize)]
pub struct ValidateReport {
    pub valid: bool,
    /// The layers checked, in order; `embedded` is the built-in catalog.
    pub layers: Vec<String>,
    pub counts: Counts,
}

#[derive(Serialize)]
pub struct Counts {
    pub technologies: usize,
    pub categories: usize,
    pub products: usize,
    pub capabilities: usize,
}

impl ValidateReport {
    fn sentence(&self) -> String {
        let c = &self.counts;
        format!(
            "catalog is valid: {} technologies in {} categories, {} product types, {} capabilities",
            c.technologies, c.categories, c.products, c.capabilities
        )
    }
}

impl Report for ValidateReport {
    const COMMAND: &'static str = "catalog validate";

    fn table(&self, style: &Style) -> String {
        format!(
            "{} {}\n{} {}\n",
            style.good("✓"),
            self.sentence(),
            style.dim("layers:"),
            self.layers.join(", ")
        )
    }

    fn markdown(&self) -> String {
        let layers: Vec<String> = self
            .layers
            .iter()
            .map(|l| format!("`{}`", markdown::escape(l)))
            .collect();
        format!("**{}**\n\nLayers: {}\n", self.sentence(), layers.join(", "))
    }
}

/// Validates the embedded catalog's sources, the configured layers and `dir`, as one
/// stack of layers, reporting every problem at once.
pub fn validate(configured: &[PathBuf], dir: Option<&Path>) -> anyhow::Result<ValidateReport> {
    // A directory that is also a configured layer (the user's own) is validated once.
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    let dirs: Vec<&Path> = configured
        .iter()
        .map(PathBuf::as_path)
        .filter(|c| dir.is_none_or(|d| !same(c, d)))
        .chain(dir)
        .collect();
    let mut layers = vec![embedded::sources()];
    for dir in &dirs {
        if !dir.is_dir() {
            return Err(
                UsageError::new(format!("`{}` is not a directory", dir.display()))
                    .hint("pass a directory of *.toml catalog files")
                    .into(),
            );
        }
        layers.push(source::read_dir(dir));
    }
    let catalog = Catalog::compile(None, &layers).map_err(CatalogProblems)?;
    Ok(ValidateReport {
        valid: true,
        layers: std::iter::once("embedded".to_string())
            .chain(dirs.iter().map(|d| d.display().to_string()))
            .collect(),
        counts: Counts {
            technologies: catalog.techs().len(),
            categories: catalog.categories().len(),
            products: catalog.products().len(),
            capabilities: catalog.capabilities().len(),
        },
    })
}

#[derive(Serialize)]
pub struct ExportReport {
    pub dir: String,
    pub files: Vec<String>,
}

impl Report for ExportReport {
    const COMMAND: &'static str = "catalog export";

    fn table(&self, style: &Style) -> String {
        let mut out = format!(
            "{} wrote {} files to {}\n",
            style.good("✓"),
            self.files.len(),
            self.dir
        );
        for file in &self.files {
            out += &format!("  {file}\n");
        }
        out += &format!(
            "{}\n",
            style.dim(&format!(
                "Edit them, then: stackpick --catalog {} catalog validate",
                self.dir
            ))
        );
        out
    }

    fn markdown(&self) -> String {
        let mut out = format!("Wrote {} files to `{}`:\n\n", self.files.len(), self.dir);
        for file in &self.files {
            out += &format!("- `{file}`\n");
        }
        out
    }
}

/// Writes every embedded catalog file under `dir`; refuses to overwrite any existing file
/// unless `force`, and then writes nothing at all.
pub fn export(dir: &Path, force: bool) -> anyhow::Result<ExportReport> {
    let files = embedded::files();
    let tree: Vec<(String, &[u8])> = files
        .iter()
        .map(|(path, text)| (path.to_string(), text.as_bytes()))
        .collect();
    crate::files::write_tree(dir, &tree, force)?;
    Ok(ExportReport {
        dir: dir.display().to_string(),
        files: files.iter().map(|(path, _)| path.to_string()).collect(),
    })
}
