//! The catalog's entries as typed values. The same structs are read from TOML, embedded in
//! the binary with postcard, and written as JSON: no optional field is skipped on output,
//! so every JSON entry has the same keys (`null` where a fact does not apply).

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Catalog text. Decoding the embedded catalog borrows every string from the binary
/// instead of allocating it, which is most of what start-up would otherwise cost;
/// strings read from a user's layer are owned.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Text(Cow<'static, str>);

impl Text {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad` honours width and alignment (`{:<15}`), as str does.
        f.pad(&self.0)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text(Cow::Owned(s))
    }
}

impl From<&'static str> for Text {
    fn from(s: &'static str) -> Self {
        Text(Cow::Borrowed(s))
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        super::strings::serialize(&self.0, serializer)
    }
}

impl<'de: 'static> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de: 'static> serde::de::Visitor<'de> for Visitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Text, E> {
                Ok(Text(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Text, E> {
                Ok(Text(Cow::Owned(s.to_string())))
            }
            fn visit_string<E>(self, s: String) -> Result<Text, E> {
                Ok(Text(Cow::Owned(s)))
            }
        }
        match super::strings::reading() {
            Some(table) => super::strings::deserialize(table, deserializer).map(Text::from),
            None => deserializer.deserialize_str(Visitor),
        }
    }
}

/// One technology: a `[[tech]]` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Tech {
    pub id: Text,
    pub name: Text,
    pub aliases: Vec<Text>,
    pub category: Text,
    pub summary: Text,
    pub website: Text,
    pub license: Text,
    pub open_source: bool,
    pub first_release: u16,
    pub best_for: Vec<Text>,
    #[serde(default)]
    pub capabilities: Vec<Text>,
    pub strengths: Vec<Text>,
    pub weaknesses: Vec<Text>,
    pub traits: Traits,
    pub sources: Vec<Text>,
    pub as_of: Text,
    #[serde(default)]
    pub kind: Option<Text>,
    #[serde(default)]
    pub written_in: Option<Text>,
    // Relations.
    #[serde(default)]
    pub languages: Vec<Text>,
    /// A store's maintained client libraries, by language (any language when empty: a
    /// standard protocol that every language has drivers for).
    #[serde(default)]
    pub clients: Vec<Text>,
    #[serde(default)]
    pub runtimes: Vec<Text>,
    #[serde(default)]
    pub databases: Vec<Text>,
    #[serde(default)]
    pub backends: Vec<Text>,
    /// Engines a service speaks the protocol of, so that what works with them works with
    /// it (Neon is PostgreSQL, Valkey is Redis).
    #[serde(default)]
    pub compatible_with: Vec<Text>,
    #[serde(default)]
    pub bundled_orm: Option<Text>,
    #[serde(default)]
    pub cloud: Option<Text>,
    /// For a managed service not tied to one cloud: the clouds it runs on (empty: all).
    #[serde(default)]
    pub available_on: Vec<Text>,
    #[serde(default)]
    pub runs_containers: Option<bool>,
    // Descriptive facts, shown by `show` and `compare`.
    #[serde(default)]
    pub typing: Option<Text>,
    #[serde(default)]
    pub concurrency: Option<Text>,
    #[serde(default)]
    pub execution: Option<Text>,
    #[serde(default)]
    pub style: Option<Text>,
    #[serde(default)]
    pub realtime: Option<Text>,
    #[serde(default)]
    pub transport: Option<Text>,
    #[serde(default)]
    pub payload: Option<Text>,
    #[serde(default)]
    pub delivery: Option<Text>,
    #[serde(default)]
    pub pricing: Option<Text>,
    /// How it is paid for (`[[price_model]]` id).
    #[serde(default)]
    pub price: Option<Text>,
    /// What the free tier includes, when there is one.
    #[serde(default)]
    pub free_tier: Option<Text>,
    /// How a server you could run yourself (a database, a broker) is paid for when a
    /// provider runs it for you, under a hosting model with `managed_services`.
    #[serde(default)]
    pub managed_price: Option<Text>,
    /// How a host runs code (`words::HOST_RUNS`).
    #[serde(default)]
    pub runs: Option<Text>,
    /// Whether files written on the host survive a restart or a deploy.
    #[serde(default)]
    pub persistent_disk: Option<bool>,
    /// Whether you run the machines yourself, so any server software can run beside the
    /// app (a database no cloud manages, a broker).
    #[serde(default)]
    pub self_managed: Option<bool>,
    /// What a component needs from its host (`words::REQUIREMENTS`).
    #[serde(default)]
    pub needs: Vec<Text>,
    /// The function platforms it runs on, when not every one does (an adapter exists
    /// for these); any host that runs processes runs it.
    #[serde(default)]
    pub function_hosts: Vec<Text>,
    /// The frameworks whose ecosystem this tool belongs to (Sidekiq with Rails).
    #[serde(default)]
    pub frameworks: Vec<Text>,
    #[serde(default)]
    pub data_model: Option<Text>,
    #[serde(default)]
    pub schema: Option<Text>,
    #[serde(default)]
    pub query_language: Option<Text>,
    #[serde(default)]
    pub secondary_indexes: Option<Text>,
    #[serde(default)]
    pub server_side_scripts: Option<Text>,
    #[serde(default)]
    pub triggers: Option<Text>,
    #[serde(default)]
    pub partitioning: Option<Text>,
    #[serde(default)]
    pub replication: Option<Text>,
    #[serde(default)]
    pub consistency: Option<Text>,
    #[serde(default)]
    pub foreign_keys: Option<Text>,
    #[serde(default)]
    pub transactions: Option<Text>,
    #[serde(default)]
    pub in_memory: Option<Text>,
    #[serde(default)]
    pub scaling: Option<Text>,
    #[serde(default)]
    pub managed_offerings: Vec<Text>,
    #[serde(default)]
    pub apis: Vec<Text>,
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
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Product {
    pub id: Text,
    pub name: Text,
    pub summary: Text,
}

/// A technology category: a `[[category]]` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Category {
    pub id: Text,
    pub name: Text,
    pub summary: Text,
    /// Fields every entry of this category must carry on top of the common ones.
    #[serde(default)]
    pub required_fields: Vec<Text>,
    /// The facts `compare` shows for this category, in order.
    #[serde(default)]
    pub compare_rows: Vec<Text>,
}

/// A capability a technology can have: a `[[capability]]` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Capability {
    pub id: Text,
    pub name: Text,
    pub summary: Text,
}

/// Weights over the eight traits (`{ scalability = 3, ops_simplicity = 2 }`); traits not
/// named weigh nothing.
pub type TraitWeights = std::collections::BTreeMap<Text, u8>;

/// The recommender's rules: everything it weighs, as data a layer can change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Rules {
    pub criteria: Vec<Criterion>,
    pub skill_levels: Vec<SkillLevel>,
    pub skill_transfers: Vec<SkillTransfer>,
    pub scales: Vec<Scale>,
    pub priorities: Vec<Priority>,
    pub needs: Vec<Need>,
    pub slots: Vec<Slot>,
    pub hosting_models: Vec<HostingModel>,
    pub factors: Vec<Factor>,
    pub price_models: Vec<PriceModel>,
    pub coverages: Vec<Coverage>,
    pub caveats: Vec<Caveat>,
}

impl Rules {
    /// A factor of the mechanism (`words::FACTORS`); validation makes sure each exists.
    pub fn factor(&self, id: &str) -> f64 {
        self.factors
            .iter()
            .find(|f| f.id == id)
            .map_or(0.0, |f| f.value)
    }
}

/// A number of the mechanism, as data (`[[factor]]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Factor {
    pub id: Text,
    pub value: f64,
    pub reason: Text,
}

/// How a technology is paid for (`[[price_model]]`), and how affordable that is (1 to 5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct PriceModel {
    pub id: Text,
    pub name: Text,
    pub summary: Text,
    pub affordability: u8,
    /// A technology priced so is a candidate only when --require or --prefer names it.
    #[serde(default)]
    pub needs_reason: bool,
    /// The scales this way of paying holds at (a free tier: while the product is small);
    /// at any other scale the product is billed as `beyond`. Every scale when empty.
    #[serde(default)]
    pub free_within: Vec<Text>,
    #[serde(default)]
    pub beyond: Option<Text>,
}

/// A component that already does another slot's job (`[[coverage]]`): Laravel's queues
/// cover background jobs, Firebase Auth covers sign-in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Coverage {
    pub id: Text,
    pub tech: Text,
    pub slot: Text,
    pub capabilities: Vec<Text>,
    #[serde(default)]
    pub needs: Vec<Text>,
    /// The engines it keeps its data in, one of which the stack's database must be or
    /// speak (Solid Cache in PostgreSQL, MySQL or SQLite); empty when it keeps none there.
    #[serde(default)]
    pub databases: Vec<Text>,
    pub reason: Text,
}

/// A risk a combination carries, said in the trade-offs (`[[caveat]]`): a relational
/// database on functions without a pooler.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Caveat {
    pub id: Text,
    #[serde(default)]
    pub host_runs: Vec<Text>,
    /// The profile's hosting model is one of these (any when empty).
    #[serde(default)]
    pub hosting: Vec<Text>,
    /// The host has one of these (any host when empty).
    #[serde(default)]
    pub host_capabilities: Vec<Text>,
    pub slot: Text,
    pub capabilities: Vec<Text>,
    /// Only when one of `capabilities` is one the profile needs: a risk of WebSockets
    /// only matters to a product that holds connections open.
    #[serde(default)]
    pub when_needed: bool,
    /// The part needs one of these from its host (any part when empty): a server the
    /// team runs, when it needs a long-running server.
    #[serde(default)]
    pub part_needs: Vec<Text>,
    /// The part has none of these: a database with a serverless driver needs no pooler.
    #[serde(default)]
    pub unless: Vec<Text>,
    /// What the risk costs a stack that carries it, in the product criterion's weight
    /// units; 0: said in the trade-offs, not scored. Only a risk of the core (its
    /// framework or database on its host) is weighed.
    #[serde(default)]
    pub weight: u8,
    pub text: Text,
}

/// A part of every score and its share of 100 points (`[[criterion]]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Criterion {
    pub id: Text,
    pub name: Text,
    pub summary: Text,
    pub weight: u8,
}

/// How much of a skill a team level is worth (`[[skill_level]]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct SkillLevel {
    pub id: Text,
    pub name: Text,
    pub factor: f64,
}

/// How much knowing one language helps with another (`[[skill_transfer]]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct SkillTransfer {
    pub id: Text,
    pub from: Text,
    pub to: Text,
    pub factor: f64,
    pub reason: Text,
}

/// A named set of trait weights: a scaling path (`[[scale]]`, `--scale`) or a priority
/// (`[[priority]]`, `--priority`). `default` marks the one used when none is given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Weighting {
    pub id: Text,
    pub name: Text,
    pub summary: Text,
    pub traits: TraitWeights,
    /// How much, in trait-weight units, a component's affordability counts.
    #[serde(default)]
    pub price_weight: u8,
    /// What each separate service in a moving-part slot costs, in the same units: earned
    /// back by a slot left empty or covered by another component.
    #[serde(default)]
    pub moving_part_cost: u8,
    /// The level of a trait that is enough here: a part rated above it earns no more
    /// (at growth, a database rated 3 for scalability serves as well as one rated 5).
    #[serde(default)]
    pub enough: TraitWeights,
    /// Capabilities unsuited to this scale or priority (globally distributed SQL for a
    /// prototype, a host's instance ceiling at hyperscale), which keep a part out unless
    /// it is required.
    #[serde(default)]
    pub exclude: Vec<Text>,
    #[serde(default)]
    pub default: bool,
}

pub type Scale = Weighting;
pub type Priority = Weighting;

/// Something a stack should have under some conditions (`[[need]]`): a slot holding a
/// technology with one of `capabilities`, or one of `techs`, or one paid for in one of
/// the ways `prices` names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Need {
    pub id: Text,
    #[serde(default)]
    pub product: Option<Text>,
    #[serde(default)]
    pub scale: Option<Text>,
    #[serde(default)]
    pub priority: Option<Text>,
    /// A pairing: applies when the stack is written in this language.
    #[serde(default)]
    pub language: Option<Text>,
    pub slot: Text,
    #[serde(default)]
    pub capabilities: Vec<Text>,
    #[serde(default)]
    pub techs: Vec<Text>,
    /// Price models (`[[price_model]]`): met by a part billed in one of them at the
    /// profile's scale and hosting model, or by a slot another part covers (no new bill).
    #[serde(default)]
    pub prices: Vec<Text>,
    pub weight: u8,
    /// A must: candidates of the slot that do not meet it are left out while any does.
    #[serde(default)]
    pub hard: bool,
    /// The hosting model it belongs to: it applies only under it, and weighs how a slot
    /// in play is filled without calling the slot into play.
    #[serde(default)]
    pub hosting: Option<Text>,
    /// Hosting models under which the need does not apply (self-hosted: nothing is
    /// managed for you, so a managed-service need says nothing).
    #[serde(default)]
    pub unless_hosting: Vec<Text>,
    /// Product types the need does not apply to (a scale's need that such products do
    /// not have: a read-heavy site scales on replicas, not on sharded writes).
    #[serde(default)]
    pub unless_product: Vec<Text>,
    /// Scales the need does not apply at (a prototype on one box needs no cache yet).
    #[serde(default)]
    pub unless_scale: Vec<Text>,
    /// Weighs how the slot is filled when another need calls it into play, and never
    /// calls it in by itself (who signs in, once something asks for sign-in).
    #[serde(default)]
    pub when_in_play: bool,
    /// Why it matters, shown when the stack has it.
    pub reason: Text,
}

impl Need {
    /// Whether the need calls its slot into play: a hosting model's need, or one marked
    /// `when_in_play`, only says how a slot already in play is best filled.
    pub fn calls_slot(&self) -> bool {
        self.hosting.is_none() && !self.when_in_play
    }

    /// Whether a stack leaves the need unmet: `met` by what does the slot's job, or else
    /// missed; a slot no part holds misses only the needs that call for it.
    pub fn left_unmet(&self, held: bool, met: bool) -> bool {
        !met && (held || self.calls_slot())
    }
}

/// A place in a stack (`[[slot]]`) and which technologies can fill it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct Slot {
    pub id: Text,
    pub name: Text,
    pub categories: Vec<Text>,
    /// When set, a candidate needs one of these capabilities.
    #[serde(default)]
    pub capabilities: Vec<Text>,
    /// A candidate with any of these capabilities does not fill the slot.
    #[serde(default)]
    pub exclude_capabilities: Vec<Text>,
    /// Core slots define a stack: alternatives differ in one of them.
    #[serde(default)]
    pub core: bool,
    /// Filled in every stack that has a candidate for it; other slots only when a need
    /// of the profile (or --require) calls for them.
    #[serde(default)]
    pub always: bool,
    /// What fills it is a separate service to run and pay for.
    #[serde(default)]
    pub moving_part: bool,
    /// A candidate that names frameworks works only with one of them (gRPC servers).
    #[serde(default)]
    pub framework_bound: bool,
    /// Weight of this slot's traits in the scale and priority criteria.
    #[serde(default)]
    pub trait_weight: u8,
    /// Traits that say nothing about this slot's job for the scale and the priorities
    /// (a CI service's speed is not the product's performance).
    #[serde(default)]
    pub ignore_traits: Vec<Text>,
    /// Weight, in need units, of this slot's technology being best for the product.
    #[serde(default)]
    pub best_for_weight: u8,
    /// Weight, in need units, of a cloud service on its own cloud's host (Cognito on AWS).
    #[serde(default)]
    pub cloud_weight: u8,
    /// Weight, in need units, of a tool made for the stack's framework (Sidekiq for Rails).
    #[serde(default)]
    pub ecosystem_weight: u8,
}

/// What `--hosting` means, as host kinds (`[[hosting_model]]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))]
pub struct HostingModel {
    pub id: Text,
    pub name: Text,
    pub summary: Text,
    pub kinds: Vec<Text>,
    /// The price models of what may run under it (self-hosted: what you can run
    /// yourself); any when empty.
    #[serde(default)]
    pub price_models: Vec<Text>,
    /// Slots whose parts do not run on the machines, so `price_models` leaves them alone
    /// (the host itself, a CI service).
    #[serde(default)]
    pub unpriced_slots: Vec<Text>,
    /// Whether the servers the app uses (its database, its broker) are run for it by a
    /// provider, and so paid as their `managed_price`, not as software that is free to
    /// run on machines of the team's own.
    #[serde(default)]
    pub managed_services: bool,
}
