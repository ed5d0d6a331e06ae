//! The catalog: technologies and the vocabulary they refer to, read from layers of TOML.
//!
//! This module is compiled twice: into the binary, and into the build script, which
//! validates `catalog/` and embeds it pre-parsed. It therefore depends on nothing else
//! in the crate.

pub mod layers;
pub mod model;
pub mod raw;
mod rules_check;
pub mod schema;
pub mod source;
pub mod strings;
pub mod suggest;
pub mod validate;
pub mod words;

use std::borrow::Cow;
use std::cell::OnceCell;

use serde::{Deserialize, Serialize};

use layers::Merged;
use model::{Capability, Category, Product, Rules, Tech, Text};
use source::{Layer, Problem};

/// A complete, validated catalog.
#[derive(Debug)]
pub struct Catalog {
    techs: Vec<Lazy<Box<Tech>>>,
    vocabulary: Lazy<Vocabulary>,
    rules: Lazy<Rules>,
    /// Every lowercased id and alias with the index of its technology, sorted by name.
    pub names: Vec<(Text, u32)>,
    /// Which technologies are of each category, and which ship an ORM.
    pub index: TechIndex,
}

/// Where the technologies the recommender iterates are, so that it decodes only those
/// (decoding every technology was a third of a `recommend` run).
#[derive(Debug, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct TechIndex {
    /// Each category with the indices of its technologies, in catalog order.
    by_category: Vec<(Text, Vec<u32>)>,
    /// The technologies that ship an ORM (`bundled_orm`), in catalog order.
    bundling: Vec<u32>,
}

impl TechIndex {
    fn new(techs: &[Tech]) -> Self {
        let mut by_category: Vec<(Text, Vec<u32>)> = Vec::new();
        for (tech, i) in techs.iter().zip(0u32..) {
            match by_category.iter_mut().find(|(c, _)| *c == tech.category) {
                Some((_, indices)) => indices.push(i),
                None => by_category.push((tech.category.clone(), vec![i])),
            }
        }
        let bundling = techs
            .iter()
            .zip(0u32..)
            .filter(|(tech, _)| tech.bundled_orm.is_some())
            .map(|(_, i)| i)
            .collect();
        TechIndex {
            by_category,
            bundling,
        }
    }
}

/// A part of the embedded catalog, decoded the first time it is used, so that a command
/// pays only for what it touches (`show` decodes one technology and no rules).
#[derive(Debug)]
struct Lazy<T> {
    value: OnceCell<T>,
    encoded: &'static [u8],
    /// The string table its strings are in (`strings`).
    strings: &'static str,
}

impl<T: Deserialize<'static>> Lazy<T> {
    fn decoded(value: T) -> Self {
        Lazy {
            value: OnceCell::from(value),
            encoded: &[],
            strings: "",
        }
    }

    fn encoded(encoded: &'static [u8], strings: &'static str) -> Self {
        Lazy {
            value: OnceCell::new(),
            encoded,
            strings,
        }
    }

    fn get(&self) -> &T {
        self.value.get_or_init(|| {
            strings::read_table(self.strings, || postcard::from_bytes(self.encoded))
                .expect("encoded by build.rs from a validated catalog")
        })
    }
}

/// What technologies refer to: product types, categories and capabilities.
#[derive(Debug, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Vocabulary {
    pub products: Vec<Product>,
    pub categories: Vec<Category>,
    pub capabilities: Vec<Capability>,
}

/// The embedded catalog's index (postcard), written by build.rs: the names to look
/// technologies up by, where each encoded technology ends, and which are of each
/// category. The technologies, the vocabulary and the rules are encoded on their own
/// and decoded on first use.
#[derive(Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct PackedHeader {
    pub names: Vec<(Text, u32)>,
    pub tech_ends: Vec<u32>,
    pub index: TechIndex,
}

impl Catalog {
    pub fn from_parts(
        techs: Vec<Tech>,
        products: Vec<Product>,
        categories: Vec<Category>,
        capabilities: Vec<Capability>,
        rules: Rules,
    ) -> Self {
        let mut names: Vec<(Text, u32)> = techs
            .iter()
            .zip(0u32..)
            .flat_map(|(tech, i)| {
                std::iter::once(&tech.id)
                    .chain(&tech.aliases)
                    .map(move |name| (Text::from(name.to_lowercase()), i))
            })
            .collect();
        names.sort();
        names.dedup_by(|a, b| a.0 == b.0);
        let index = TechIndex::new(&techs);
        Catalog {
            techs: techs
                .into_iter()
                .map(|tech| Lazy::decoded(Box::new(tech)))
                .collect(),
            vocabulary: Lazy::decoded(Vocabulary {
                products,
                categories,
                capabilities,
            }),
            rules: Lazy::decoded(rules),
            names,
            index,
        }
    }

    /// The embedded catalog from its packed form, whose strings are in `strings`;
    /// technologies are decoded on first use.
    pub fn from_packed(
        header: PackedHeader,
        techs: &'static [u8],
        vocabulary: &'static [u8],
        rules: &'static [u8],
        strings: &'static str,
    ) -> Self {
        let starts = std::iter::once(0).chain(header.tech_ends.iter().copied());
        let techs = starts
            .zip(&header.tech_ends)
            .map(|(start, &end)| Lazy::encoded(&techs[start as usize..end as usize], strings))
            .collect();
        Catalog {
            techs,
            vocabulary: Lazy::encoded(vocabulary, strings),
            rules: Lazy::encoded(rules, strings),
            names: header.names,
            index: header.index,
        }
    }

    pub fn vocabulary(&self) -> &Vocabulary {
        self.vocabulary.get()
    }

    pub fn products(&self) -> &[Product] {
        &self.vocabulary().products
    }

    pub fn categories(&self) -> &[Category] {
        &self.vocabulary().categories
    }

    pub fn capabilities(&self) -> &[Capability] {
        &self.vocabulary().capabilities
    }

    /// The recommender's rules and weights.
    pub fn rules(&self) -> &Rules {
        self.rules.get()
    }

    /// Every technology, in catalog order.
    pub fn techs(&self) -> impl ExactSizeIterator<Item = &Tech> {
        self.techs.iter().map(|tech| &**tech.get())
    }

    /// The technologies of these categories, in catalog order; no other is decoded.
    pub fn techs_in<'q>(&self, categories: impl IntoIterator<Item = &'q str>) -> Vec<&Tech> {
        let mut indices: Vec<u32> = categories
            .into_iter()
            .filter_map(|c| self.index.by_category.iter().find(|(id, _)| *id == c))
            .flat_map(|(_, indices)| indices.iter().copied())
            .collect();
        indices.sort_unstable();
        indices.dedup();
        indices.into_iter().map(|i| self.tech_at(i)).collect()
    }

    /// The technologies that ship an ORM, in catalog order.
    pub fn bundling(&self) -> impl Iterator<Item = &Tech> {
        self.index.bundling.iter().map(|&i| self.tech_at(i))
    }

    fn tech_at(&self, index: u32) -> &Tech {
        self.techs[index as usize].get()
    }

    /// Reads layers of source files over `base` (nothing when `None`), each layer being the
    /// files of one catalog directory. Every problem of every layer is reported at once.
    pub fn compile(base: Option<&Catalog>, layers: &[Layer]) -> Result<Catalog, Vec<Problem>> {
        let mut merged = Merged::default();
        if let Some(base) = base {
            let techs: Vec<&Tech> = base.techs().collect();
            Merged::from_entries(&schema::TECH, &techs, &mut merged);
            Merged::from_entries(&schema::PRODUCT, base.products(), &mut merged);
            Merged::from_entries(&schema::CATEGORY, base.categories(), &mut merged);
            Merged::from_entries(&schema::CAPABILITY, base.capabilities(), &mut merged);
            let rules = base.rules();
            Merged::from_entries(&schema::CRITERION, &rules.criteria, &mut merged);
            Merged::from_entries(&schema::SKILL_LEVEL, &rules.skill_levels, &mut merged);
            Merged::from_entries(&schema::SKILL_TRANSFER, &rules.skill_transfers, &mut merged);
            Merged::from_entries(&schema::SCALE, &rules.scales, &mut merged);
            Merged::from_entries(&schema::PRIORITY, &rules.priorities, &mut merged);
            Merged::from_entries(&schema::NEED, &rules.needs, &mut merged);
            Merged::from_entries(&schema::SLOT, &rules.slots, &mut merged);
            Merged::from_entries(&schema::HOSTING_MODEL, &rules.hosting_models, &mut merged);
            Merged::from_entries(&schema::FACTOR, &rules.factors, &mut merged);
            Merged::from_entries(&schema::PRICE_MODEL, &rules.price_models, &mut merged);
            Merged::from_entries(&schema::COVERAGE, &rules.coverages, &mut merged);
            Merged::from_entries(&schema::CAVEAT, &rules.caveats, &mut merged);
        }
        let mut problems = Vec::new();
        let mut unreadable = false;
        for layer in layers {
            problems.extend(layer.problems.iter().cloned());
            unreadable |= !layer.problems.is_empty();
            let mut entries = Vec::new();
            for file in &layer.files {
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
        // The search looks ids up, which are lowercase ASCII already: no copy for those.
        let lower = if name.is_ascii() && !name.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Borrowed(name)
        } else {
            Cow::Owned(name.to_lowercase())
        };
        let at = self
            .names
            .binary_search_by(|(n, _)| n.as_str().cmp(&lower))
            .ok()?;
        Some(self.tech_at(self.names[at].1))
    }

    /// Every id and alias, lowercased: what a user may type for a technology.
    pub fn tech_names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(|(name, _)| name.as_str())
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories()
            .iter()
            .find(|c| c.id.eq_ignore_ascii_case(id))
    }

    pub fn product(&self, id: &str) -> Option<&Product> {
        self.products()
            .iter()
            .find(|p| p.id.eq_ignore_ascii_case(id))
    }
}
