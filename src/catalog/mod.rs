//! The catalog: technologies and the vocabulary they refer to, read from layers of TOML.
//!
//! This module is compiled twice: into the binary, and into the build script, which
//! validates `catalog/` and embeds it pre-parsed. It therefore depends on nothing else
//! in the crate.

pub mod layers;
pub mod model;
pub mod raw;
pub mod schema;
pub mod source;
pub mod suggest;
pub mod validate;

use serde::{Deserialize, Serialize};

use layers::Merged;
use model::{Capability, Category, Product, Tech};
use source::{Problem, SourceFile};

/// A complete, validated catalog.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Catalog {
    pub techs: Vec<Tech>,
    pub products: Vec<Product>,
    pub categories: Vec<Category>,
    pub capabilities: Vec<Capability>,
    /// Every lowercased id and alias with the index of its technology, sorted by name.
    names: Vec<(String, u32)>,
}

impl Catalog {
    pub fn from_parts(
        techs: Vec<Tech>,
        products: Vec<Product>,
        categories: Vec<Category>,
        capabilities: Vec<Capability>,
    ) -> Self {
        let mut names: Vec<(String, u32)> = techs
            .iter()
            .zip(0u32..)
            .flat_map(|(tech, i)| {
                std::iter::once(&tech.id)
                    .chain(&tech.aliases)
                    .map(move |name| (name.to_lowercase(), i))
            })
            .collect();
        names.sort();
        names.dedup_by(|a, b| a.0 == b.0);
        Catalog {
            techs,
            products,
            categories,
            capabilities,
            names,
        }
    }

    /// Reads layers of source files over `base` (nothing when `None`), each layer being the
    /// files of one catalog directory. Every problem of every layer is reported at once.
    pub fn compile(
        base: Option<&Catalog>,
        layers: &[Vec<SourceFile>],
    ) -> Result<Catalog, Vec<Problem>> {
        let mut merged = Merged::default();
        if let Some(base) = base {
            Merged::from_entries(&schema::TECH, &base.techs, &mut merged);
            Merged::from_entries(&schema::PRODUCT, &base.products, &mut merged);
            Merged::from_entries(&schema::CATEGORY, &base.categories, &mut merged);
            Merged::from_entries(&schema::CAPABILITY, &base.capabilities, &mut merged);
        }
        let mut problems = Vec::new();
        let mut unreadable = false;
        for layer in layers {
            let mut entries = Vec::new();
            for file in layer {
                match raw::parse_file(file, &mut problems) {
                    Some(parsed) => entries.extend(parsed),
                    None => unreadable = true,
                }
            }
            merged.apply(entries, &mut problems);
        }
        // With a file missing, every reference into it would be reported as dangling.
        let catalog = if unreadable {
            None
        } else {
            validate::build(&merged, &mut problems)
        };
        match catalog {
            Some(catalog) if problems.is_empty() => Ok(catalog),
            _ => {
                problems.sort();
                problems.dedup();
                Err(problems)
            }
        }
    }

    /// The technology with this id or alias, case-insensitively.
    pub fn tech(&self, name: &str) -> Option<&Tech> {
        let lower = name.to_lowercase();
        let at = self
            .names
            .binary_search_by(|(n, _)| n.as_str().cmp(&lower))
            .ok()?;
        self.techs.get(self.names[at].1 as usize)
    }

    /// Every id and alias, lowercased: what a user may type for a technology.
    pub fn tech_names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(|(name, _)| name.as_str())
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories
            .iter()
            .find(|c| c.id.eq_ignore_ascii_case(id))
    }

    pub fn product(&self, id: &str) -> Option<&Product> {
        self.products.iter().find(|p| p.id.eq_ignore_ascii_case(id))
    }
}
