//! The catalog's entries as typed values. The same structs are read from TOML, embedded in
//! the binary with postcard, and written as JSON: no optional field is skipped on output,
//! so every JSON entry has the same keys (`null` where a fact does not apply).

use serde::{Deserialize, Serialize};

/// One technology: a `[[tech]]` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tech {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub category: String,
    pub summary: String,
    pub website: String,
    pub license: String,
    pub open_source: bool,
    pub first_release: u16,
    pub best_for: Vec<String>,
    #[serde(default)]
    pub capabilities: Vec<String>,
    pub strengths: Vec<String>,
    pub weaknesses: Vec<String>,
    pub traits: Traits,
    pub sources: Vec<String>,
    pub as_of: String,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub written_in: Option<String>,
    // Relations.
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub runtimes: Vec<String>,
    #[serde(default)]
    pub databases: Vec<String>,
    #[serde(default)]
    pub backends: Vec<String>,
    #[serde(default)]
    pub bundled_orm: Option<String>,
    #[serde(default)]
    pub cloud: Option<String>,
    #[serde(default)]
    pub runs_containers: Option<bool>,
    // Descriptive facts, shown by `show` and `compare`.
    #[serde(default)]
    pub typing: Option<String>,
    #[serde(default)]
    pub concurrency: Option<String>,
    #[serde(default)]
    pub execution: Option<String>,
    #[serde(default)]
    pub style: Option<String>,
    #[serde(default)]
    pub realtime: Option<String>,
    #[serde(default)]
    pub transport: Option<String>,
    #[serde(default)]
    pub payload: Option<String>,
    #[serde(default)]
    pub delivery: Option<String>,
    #[serde(default)]
    pub pricing: Option<String>,
    #[serde(default)]
    pub data_model: Option<String>,
    #[serde(default)]
    pub schema: Option<String>,
    #[serde(default)]
    pub query_language: Option<String>,
    #[serde(default)]
    pub secondary_indexes: Option<String>,
    #[serde(default)]
    pub server_side_scripts: Option<String>,
    #[serde(default)]
    pub triggers: Option<String>,
    #[serde(default)]
    pub partitioning: Option<String>,
    #[serde(default)]
    pub replication: Option<String>,
    #[serde(default)]
    pub consistency: Option<String>,
    #[serde(default)]
    pub foreign_keys: Option<String>,
    #[serde(default)]
    pub transactions: Option<String>,
    #[serde(default)]
    pub in_memory: Option<String>,
    #[serde(default)]
    pub scaling: Option<String>,
    #[serde(default)]
    pub managed_offerings: Vec<String>,
    #[serde(default)]
    pub apis: Vec<String>,
}

/// The eight 1-to-5 traits every technology is rated on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Traits {
    pub maturity: u8,
    pub performance: u8,
    pub scalability: u8,
    pub ease: u8,
    pub productivity: u8,
    pub ecosystem: u8,
    pub ops_simplicity: u8,
    pub hiring: u8,
}

impl Traits {
    /// The trait names in display order, as they are spelled in the catalog.
    pub const NAMES: [&'static str; 8] = [
        "maturity",
        "performance",
        "scalability",
        "ease",
        "productivity",
        "ecosystem",
        "ops_simplicity",
        "hiring",
    ];

    /// The traits as (name, value) pairs in display order.
    pub fn pairs(&self) -> impl Iterator<Item = (&'static str, u8)> {
        let values = [
            self.maturity,
            self.performance,
            self.scalability,
            self.ease,
            self.productivity,
            self.ecosystem,
            self.ops_simplicity,
            self.hiring,
        ];
        Self::NAMES.into_iter().zip(values)
    }
}

/// A product type (`--product`, `best_for`): a `[[product]]` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    pub id: String,
    pub name: String,
    pub summary: String,
}

/// A technology category: a `[[category]]` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
    pub summary: String,
    /// Fields every entry of this category must carry on top of the common ones.
    #[serde(default)]
    pub required_fields: Vec<String>,
}

/// A capability a technology can have: a `[[capability]]` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Capability {
    pub id: String,
    pub name: String,
    pub summary: String,
}
