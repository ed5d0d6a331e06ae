//! Global flags and the environment resolved once into the settings every command uses:
//! output format, colour and width, and the catalog layers to read.

use std::env;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::ValueEnum;

use crate::catalog::Catalog;
use crate::catalog::source;
use crate::cli::{ColorWhen, Format, GlobalArgs};
use crate::embedded;
use crate::error::{CatalogProblems, UsageError};
use crate::render::Style;

pub struct Options {
    pub format: Format,
    pub style: Style,
    /// Catalog layers over the embedded one, in the order they apply.
    pub layers: Vec<PathBuf>,
}

impl Options {
    pub fn resolve(args: &GlobalArgs) -> Result<Options> {
        let format = if args.json { Format::Json } else { args.format };
        let stdout_is_terminal = std::io::stdout().is_terminal();
        let style = Style {
            color: use_color(args.color, stdout_is_terminal),
            width: table_width(stdout_is_terminal),
        };
        Ok(Options {
            format,
            style,
            layers: layer_dirs(&args.catalogs)?,
        })
    }

    /// The global options a rerun of this command needs on its command line: the layers
    /// given with `--catalog` (the environment's apply again by themselves) and the
    /// output format when it is not the table.
    pub fn global_words(&self, args: &GlobalArgs) -> Vec<String> {
        let mut words = Vec::new();
        for dir in &args.catalogs {
            words.push("--catalog".to_string());
            words.push(dir.display().to_string());
        }
        if self.format != Format::Table {
            if let Some(value) = self.format.to_possible_value() {
                words.push("--format".to_string());
                words.push(value.get_name().to_string());
            }
        }
        words
    }

    /// The embedded catalog with every configured layer applied. It lives until the
    /// process exits: a command loads it once, and freeing its thousands of allocations
    /// on the way out cost about 3% of a `recommend` run.
    pub fn load_catalog(&self) -> Result<&'static Catalog> {
        Ok(Box::leak(Box::new(load_layers(&self.layers)?)))
    }
}

/// The embedded catalog with `layers` over it; every problem of every layer at once.
pub fn load_layers(layers: &[PathBuf]) -> Result<Catalog> {
    let embedded = embedded::catalog();
    if layers.is_empty() {
        return Ok(embedded);
    }
    let sources: Vec<_> = layers.iter().map(|dir| source::read_dir(dir)).collect();
    Catalog::compile(Some(&embedded), &sources).map_err(|problems| CatalogProblems(problems).into())
}

/// The one place that decides colour: the flag, then NO_COLOR, CLICOLOR_FORCE, TERM=dumb,
/// and whether stdout is a terminal.
fn use_color(when: ColorWhen, stdout_is_terminal: bool) -> bool {
    let set = |name: &str| env::var_os(name).is_some_and(|v| !v.is_empty());
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto if set("NO_COLOR") => false,
        ColorWhen::Auto
            if env::var_os("CLICOLOR_FORCE").is_some_and(|v| v != "0" && !v.is_empty()) =>
        {
            true
        }
        ColorWhen::Auto if env::var_os("TERM").is_some_and(|t| t == "dumb") => false,
        ColorWhen::Auto => stdout_is_terminal,
    }
}

/// Tables fit the terminal; in a pipe they fit COLUMNS when it is set, else they are not
/// wrapped at all.
fn table_width(stdout_is_terminal: bool) -> Option<u16> {
    if stdout_is_terminal {
        if let Some((terminal_size::Width(width), _)) = terminal_size::terminal_size() {
            return Some(width);
        }
    }
    env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.trim().parse::<u16>().ok())
        .filter(|&width| width > 0)
}

/// The layer directories in the order they apply: the user's config directory (when it
/// exists), STACKPICK_CATALOG, then --catalog.
fn layer_dirs(flags: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut dirs = Vec::new();
    if let Some(config) = config_catalog_dir().filter(|dir| dir.is_dir()) {
        dirs.push(config);
    }
    if let Some(paths) = env::var_os("STACKPICK_CATALOG") {
        for dir in env::split_paths(&paths).filter(|p| !p.as_os_str().is_empty()) {
            require_dir(&dir, "STACKPICK_CATALOG")?;
            dirs.push(dir);
        }
    }
    for dir in flags {
        require_dir(dir, "--catalog")?;
        dirs.push(dir.clone());
    }
    Ok(dirs)
}

fn require_dir(dir: &Path, from: &str) -> Result<()> {
    if dir.is_dir() {
        Ok(())
    } else {
        Err(UsageError::new(format!(
            "catalog layer `{}` (from {from}) is not a directory",
            dir.display()
        ))
        .hint("a layer is a directory of *.toml files; `stackpick catalog export DIR` writes one to start from")
        .into())
    }
}

/// `$XDG_CONFIG_HOME/stackpick/catalog`, falling back to `~/.config/stackpick/catalog`.
fn config_catalog_dir() -> Option<PathBuf> {
    let base = env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|home| PathBuf::from(home).join(".config"))
        })?;
    Some(base.join("stackpick").join("catalog"))
}
