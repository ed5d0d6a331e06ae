//! What a catalog file may contain: the collections (`[[tech]]`, `[[product]]`, ...) and,
//! for each, its fields with their kinds. Validation walks TOML against these tables so that
//! it can report every problem with its position, not only serde's first one; a unit test
//! keeps them in step with the structs in `model.rs`.

use super::model::Traits;
use super::words;

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A lowercase kebab-case identifier.
    Id,
    Text,
    TextList,
    Url,
    UrlList,
    Bool,
    /// A year of first release.
    Year,
    /// A `YYYY-MM-DD` date.
    Date,
    /// The table of eight 1-to-5 traits.
    Traits,
    /// One of the clouds of the contract.
    Cloud,
    /// Names of technology fields (a category's `required_fields`).
    FieldNames,
    /// A whole number from 0 to 100 (a weight).
    Weight,
    /// A number from 0 to 1.
    Factor,
    /// A table of trait names to weights from 0 to 10.
    TraitWeights,
    /// A table of trait names to levels from 2 to 5.
    TraitLevels,
    /// One word of a vocabulary the engine interprets (`words.rs`).
    Word(&'static [&'static str]),
    /// A list of such words.
    WordList(&'static [&'static str]),
    Ref(Target),
    RefList(Target),
}

/// What a reference points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Product,
    Scale,
    Priority,
    Slot,
    Capability,
    Category,
    PriceModel,
    HostingModel,
    /// A technology of one of these categories; any category when empty.
    Tech(&'static [&'static str]),
}

impl Target {
    /// The collection the referenced entries live in.
    pub fn collection(self) -> &'static str {
        match self {
            Target::Product => "product",
            Target::Scale => "scale",
            Target::Priority => "priority",
            Target::Slot => "slot",
            Target::Capability => "capability",
            Target::Category => "category",
            Target::PriceModel => "price_model",
            Target::HostingModel => "hosting_model",
            Target::Tech(_) => "tech",
        }
    }
}

/// One field of a collection's tables.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    /// How `show` and `compare` label it.
    pub label: &'static str,
    pub kind: Kind,
    pub required: bool,
}

const fn required(name: &'static str, label: &'static str, kind: Kind) -> Field {
    Field {
        name,
        label,
        kind,
        required: true,
    }
}

const fn optional(name: &'static str, label: &'static str, kind: Kind) -> Field {
    Field {
        name,
        label,
        kind,
        required: false,
    }
}

/// A kind of table a catalog file holds as `[[key]]`, keyed by `id`.
#[derive(Debug)]
pub struct Collection {
    pub key: &'static str,
    pub fields: &'static [Field],
}

impl Collection {
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|field| field.name == name)
    }
}

/// The field a layer sets to drop an entry.
pub const REMOVE: &str = "remove";

pub static TECH: Collection = Collection {
    key: "tech",
    fields: &[
        required("id", "Id", Kind::Id),
        required("name", "Name", Kind::Text),
        required("aliases", "Aliases", Kind::TextList),
        required("category", "Category", Kind::Ref(Target::Category)),
        required("summary", "Summary", Kind::Text),
        required("website", "Website", Kind::Url),
        required("license", "Licence", Kind::Text),
        required("open_source", "Open source", Kind::Bool),
        required("first_release", "First release", Kind::Year),
        required("best_for", "Best for", Kind::RefList(Target::Product)),
        optional(
            "capabilities",
            "Capabilities",
            Kind::RefList(Target::Capability),
        ),
        required("strengths", "Strengths", Kind::TextList),
        required("weaknesses", "Weaknesses", Kind::TextList),
        required("traits", "Traits", Kind::Traits),
        required("sources", "Sources", Kind::UrlList),
        required("as_of", "Facts checked", Kind::Date),
        optional("kind", "Kind", Kind::Text),
        optional("written_in", "Written in", Kind::Text),
        optional(
            "languages",
            "Languages",
            Kind::RefList(Target::Tech(&["language"])),
        ),
        optional(
            "clients",
            "Maintained clients for",
            Kind::RefList(Target::Tech(&["language"])),
        ),
        optional(
            "runtimes",
            "Runtimes",
            Kind::RefList(Target::Tech(&["runtime"])),
        ),
        optional(
            "databases",
            "Databases",
            Kind::RefList(Target::Tech(&["database", "cache"])),
        ),
        optional("backends", "Backends", Kind::RefList(Target::Tech(&[]))),
        optional(
            "compatible_with",
            "Compatible with",
            Kind::RefList(Target::Tech(&["database", "cache"])),
        ),
        optional(
            "bundled_orm",
            "Bundled ORM",
            Kind::Ref(Target::Tech(&["orm"])),
        ),
        optional("cloud", "Cloud", Kind::Cloud),
        optional("available_on", "Available on", Kind::WordList(&CLOUDS)),
        optional("runs_containers", "Runs containers", Kind::Bool),
        optional("typing", "Typing", Kind::Text),
        optional("concurrency", "Concurrency", Kind::Text),
        optional("execution", "Execution", Kind::Text),
        optional("style", "Style", Kind::Text),
        optional("realtime", "Real-time", Kind::Text),
        optional("transport", "Transport", Kind::Text),
        optional("payload", "Payload", Kind::Text),
        optional("delivery", "Delivery", Kind::Text),
        optional("pricing", "Pricing", Kind::Text),
        optional("price", "Price model", Kind::Ref(Target::PriceModel)),
        optional("free_tier", "Free tier", Kind::Text),
        optional(
            "managed_price",
            "Price model, run for you",
            Kind::Ref(Target::PriceModel),
        ),
        optional("runs", "Runs code as", Kind::Word(&words::HOST_RUNS)),
        optional("persistent_disk", "Persistent disk", Kind::Bool),
        optional("self_managed", "Self-managed", Kind::Bool),
        optional(
            "needs",
            "Needs from the host",
            Kind::WordList(&words::REQUIREMENTS),
        ),
        optional(
            "function_hosts",
            "Function platforms it runs on",
            Kind::RefList(Target::Tech(&["hosting"])),
        ),
        optional(
            "frameworks",
            "Frameworks",
            Kind::RefList(Target::Tech(&["framework"])),
        ),
        optional("data_model", "Data model", Kind::Text),
        optional("schema", "Schema", Kind::Text),
        optional("query_language", "Query language", Kind::Text),
        optional("secondary_indexes", "Secondary indexes", Kind::Text),
        optional("server_side_scripts", "Server-side scripts", Kind::Text),
        optional("triggers", "Triggers", Kind::Text),
        optional("partitioning", "Partitioning", Kind::Text),
        optional("replication", "Replication", Kind::Text),
        optional("consistency", "Consistency", Kind::Text),
        optional("foreign_keys", "Foreign keys", Kind::Text),
        optional("transactions", "Transactions", Kind::Text),
        optional("in_memory", "In-memory", Kind::Text),
        optional("scaling", "Scaling", Kind::Text),
        optional("managed_offerings", "Managed offerings", Kind::TextList),
        optional("apis", "APIs", Kind::TextList),
    ],
};

pub static PRODUCT: Collection = Collection {
    key: "product",
    fields: &[
        required("id", "Id", Kind::Id),
        required("name", "Name", Kind::Text),
        required("summary", "Summary", Kind::Text),
    ],
};

pub static CATEGORY: Collection = Collection {
    key: "category",
    fields: &[
        required("id", "Id", Kind::Id),
        required("name", "Name", Kind::Text),
        required("summary", "Summary", Kind::Text),
        optional("required_fields", "Required fields", Kind::FieldNames),
        optional("compare_rows", "Compared facts", Kind::FieldNames),
    ],
};

pub static CAPABILITY: Collection = Collection {
    key: "capability",
    fields: &[
        required("id", "Id", Kind::Id),
        required("name", "Name", Kind::Text),
        required("summary", "Summary", Kind::Text),
    ],
};

pub static CRITERION: Collection = Collection {
    key: "criterion",
    fields: &[
        required("id", "Id", Kind::Id),
        required("name", "Name", Kind::Text),
        required("summary", "Summary", Kind::Text),
        required("weight", "Weight", Kind::Weight),
    ],
};

pub static FACTOR: Collection = Collection {
    key: "factor",
    fields: &[
        required("id", "Id", Kind::Word(&words::FACTORS)),
        required("value", "Value", Kind::Factor),
        required("reason", "Reason", Kind::Text),
    ],
};

pub static PRICE_MODEL: Collection = Collection {
    key: "price_model",
    fields: &[
        required("id", "Id", Kind::Id),
        required("name", "Name", Kind::Text),
        required("summary", "Summary", Kind::Text),
        required("affordability", "Affordability", Kind::Weight),
        optional("needs_reason", "Needs a reason", Kind::Bool),
        optional("free_within", "Free within", Kind::RefList(Target::Scale)),
        optional(
            "beyond",
            "Billed beyond them as",
            Kind::Ref(Target::PriceModel),
        ),
    ],
};

pub static COVERAGE: Collection = Collection {
    key: "coverage",
    fields: &[
        required("id", "Id", Kind::Id),
        required("tech", "Technology", Kind::Ref(Target::Tech(&[]))),
        required("slot", "Slot", Kind::Ref(Target::Slot)),
        required(
            "capabilities",
            "Capabilities",
            Kind::RefList(Target::Capability),
        ),
        optional(
            "needs",
            "Needs from the host",
            Kind::WordList(&words::REQUIREMENTS),
        ),
        optional(
            "databases",
            "Databases it keeps its data in",
            Kind::RefList(Target::Tech(&["database"])),
        ),
        required("reason", "Reason", Kind::Text),
    ],
};

pub static SKILL_LEVEL: Collection = Collection {
    key: "skill_level",
    fields: &[
        required("id", "Id", Kind::Id),
        required("name", "Name", Kind::Text),
        required("factor", "Factor", Kind::Factor),
    ],
};

pub static SKILL_TRANSFER: Collection = Collection {
    key: "skill_transfer",
    fields: &[
        required("id", "Id", Kind::Id),
        required(
            "from",
            "From",
            Kind::Ref(Target::Tech(&["language", "framework"])),
        ),
        required(
            "to",
            "To",
            Kind::Ref(Target::Tech(&["language", "framework"])),
        ),
        required("factor", "Factor", Kind::Factor),
        required("reason", "Reason", Kind::Text),
    ],
};

/// The fields of a named set of trait weights (scales and priorities).
const WEIGHTING_FIELDS: &[Field] = &[
    required("id", "Id", Kind::Id),
    required("name", "Name", Kind::Text),
    required("summary", "Summary", Kind::Text),
    required("traits", "Traits", Kind::TraitWeights),
    optional("price_weight", "Price weight", Kind::Weight),
    optional("moving_part_cost", "Moving-part cost", Kind::Weight),
    optional("enough", "Levels that are enough", Kind::TraitLevels),
    optional(
        "exclude",
        "Excluded capabilities",
        Kind::RefList(Target::Capability),
    ),
    optional("default", "Default", Kind::Bool),
];

pub static SCALE: Collection = Collection {
    key: "scale",
    fields: WEIGHTING_FIELDS,
};

pub static PRIORITY: Collection = Collection {
    key: "priority",
    fields: WEIGHTING_FIELDS,
};

pub static NEED: Collection = Collection {
    key: "need",
    fields: &[
        required("id", "Id", Kind::Id),
        optional("product", "Product", Kind::Ref(Target::Product)),
        optional("scale", "Scale", Kind::Ref(Target::Scale)),
        optional("priority", "Priority", Kind::Ref(Target::Priority)),
        optional(
            "language",
            "Language",
            Kind::Ref(Target::Tech(&["language"])),
        ),
        required("slot", "Slot", Kind::Ref(Target::Slot)),
        optional(
            "capabilities",
            "Capabilities",
            Kind::RefList(Target::Capability),
        ),
        optional("techs", "Technologies", Kind::RefList(Target::Tech(&[]))),
        optional("prices", "Paid as", Kind::RefList(Target::PriceModel)),
        required("weight", "Weight", Kind::Weight),
        optional("hard", "Hard", Kind::Bool),
        optional("hosting", "Hosting model", Kind::Ref(Target::HostingModel)),
        optional(
            "unless_hosting",
            "Not under these hosting models",
            Kind::RefList(Target::HostingModel),
        ),
        optional(
            "unless_product",
            "Not for these product types",
            Kind::RefList(Target::Product),
        ),
        optional(
            "unless_scale",
            "Not at these scales",
            Kind::RefList(Target::Scale),
        ),
        optional("when_in_play", "Only when the slot is in play", Kind::Bool),
        required("reason", "Reason", Kind::Text),
    ],
};

pub static SLOT: Collection = Collection {
    key: "slot",
    fields: &[
        // Slot ids are the contract's JSON keys (`ci_cd`), not kebab-case ids.
        required("id", "Id", Kind::Text),
        required("name", "Name", Kind::Text),
        required("categories", "Categories", Kind::RefList(Target::Category)),
        optional(
            "capabilities",
            "Capabilities",
            Kind::RefList(Target::Capability),
        ),
        optional(
            "exclude_capabilities",
            "Excluded capabilities",
            Kind::RefList(Target::Capability),
        ),
        optional("core", "Core", Kind::Bool),
        optional("always", "Always filled", Kind::Bool),
        optional(
            "framework_bound",
            "Only with the frameworks it names",
            Kind::Bool,
        ),
        optional("moving_part", "Moving part", Kind::Bool),
        optional("trait_weight", "Trait weight", Kind::Weight),
        optional(
            "ignore_traits",
            "Traits not weighed",
            Kind::WordList(&Traits::NAMES),
        ),
        optional("best_for_weight", "Best-for weight", Kind::Weight),
        optional("cloud_weight", "Same-cloud weight", Kind::Weight),
        optional(
            "ecosystem_weight",
            "Framework-ecosystem weight",
            Kind::Weight,
        ),
    ],
};

pub static HOSTING_MODEL: Collection = Collection {
    key: "hosting_model",
    fields: &[
        required("id", "Id", Kind::Id),
        required("name", "Name", Kind::Text),
        required("summary", "Summary", Kind::Text),
        required("kinds", "Host kinds", Kind::TextList),
        optional(
            "price_models",
            "Price models",
            Kind::RefList(Target::PriceModel),
        ),
        optional(
            "unpriced_slots",
            "Slots the price models leave alone",
            Kind::RefList(Target::Slot),
        ),
        optional("managed_services", "Services run for you", Kind::Bool),
    ],
};

pub static CAVEAT: Collection = Collection {
    key: "caveat",
    fields: &[
        required("id", "Id", Kind::Id),
        optional("host_runs", "Host runs", Kind::WordList(&words::HOST_RUNS)),
        optional(
            "part_needs",
            "The part needs",
            Kind::WordList(&words::REQUIREMENTS),
        ),
        optional(
            "hosting",
            "Under these hosting models",
            Kind::RefList(Target::HostingModel),
        ),
        optional(
            "host_capabilities",
            "Host capabilities",
            Kind::RefList(Target::Capability),
        ),
        required("slot", "Slot", Kind::Ref(Target::Slot)),
        required(
            "capabilities",
            "Capabilities",
            Kind::RefList(Target::Capability),
        ),
        optional(
            "when_needed",
            "Only when the profile needs one of them",
            Kind::Bool,
        ),
        optional(
            "unless",
            "Unless the part has",
            Kind::RefList(Target::Capability),
        ),
        optional("weight", "Cost", Kind::Weight),
        required("text", "Text", Kind::Text),
    ],
};

/// Every collection, in the order entries are validated.
pub static COLLECTIONS: [&Collection; 16] = [
    &CATEGORY,
    &CAPABILITY,
    &PRODUCT,
    &TECH,
    &CRITERION,
    &SKILL_LEVEL,
    &SKILL_TRANSFER,
    &SCALE,
    &PRIORITY,
    &NEED,
    &SLOT,
    &HOSTING_MODEL,
    &FACTOR,
    &PRICE_MODEL,
    &COVERAGE,
    &CAVEAT,
];

pub fn collection(key: &str) -> Option<&'static Collection> {
    COLLECTIONS.iter().copied().find(|c| c.key == key)
}

/// The clouds a host or a managed service can be tied to (`none`: not tied to one).
pub const CLOUDS: [&str; 4] = ["aws", "gcp", "azure", "none"];

/// Lists that must not be empty: every entry needs at least one of each.
pub const NON_EMPTY_LISTS: [&str; 3] = ["strengths", "weaknesses", "sources"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::model::{
        Capability, Category, Caveat, Coverage, Criterion, Factor, HostingModel, Need, PriceModel,
        Priority, Product, Scale, SkillLevel, SkillTransfer, Slot, Tech,
    };

    /// A value of the right kind for a field.
    fn sample(field: &Field) -> toml::Value {
        let text = || toml::Value::String("x".into());
        let list = || toml::Value::Array(vec![text()]);
        match field.kind {
            Kind::Id | Kind::Text | Kind::Url | Kind::Date | Kind::Cloud | Kind::Ref(_) => text(),
            Kind::Word(words) => toml::Value::String(words[0].into()),
            Kind::WordList(words) => toml::Value::Array(vec![toml::Value::String(words[0].into())]),
            Kind::TextList | Kind::UrlList | Kind::RefList(_) | Kind::FieldNames => list(),
            Kind::Bool => toml::Value::Boolean(true),
            Kind::Weight => toml::Value::Integer(3),
            Kind::Factor => toml::Value::Float(0.5),
            Kind::TraitLevels => toml::Value::Table(
                [("scalability".to_string(), toml::Value::Integer(3))]
                    .into_iter()
                    .collect(),
            ),
            Kind::TraitWeights => toml::Value::Table(
                [("ease".to_string(), toml::Value::Integer(2))]
                    .into_iter()
                    .collect(),
            ),
            Kind::Year => toml::Value::Integer(2000),
            Kind::Traits => toml::Value::Table(
                crate::catalog::model::Traits::NAMES
                    .iter()
                    .map(|name| (name.to_string(), toml::Value::Integer(3)))
                    .collect(),
            ),
        }
    }

    /// Every schema field is a field of the struct (which denies unknown fields), and
    /// every field the struct writes is in the schema.
    fn assert_in_step<T: serde::Deserialize<'static> + serde::Serialize>(collection: &Collection) {
        let table: toml::Table = collection
            .fields
            .iter()
            .map(|field| (field.name.to_string(), sample(field)))
            .collect();
        let value: T = toml::Value::Table(table)
            .try_into()
            .unwrap_or_else(|err| panic!("[[{}]] schema and struct differ: {err}", collection.key));
        let toml::Value::Table(written) = toml::Value::try_from(&value).unwrap() else {
            panic!("entries serialize to tables");
        };
        for name in written.keys() {
            assert!(
                collection.field(name).is_some(),
                "[[{}]] writes `{name}`, missing from the schema",
                collection.key
            );
        }
    }

    #[test]
    fn schemas_match_the_model_structs() {
        assert_in_step::<Tech>(&TECH);
        assert_in_step::<Product>(&PRODUCT);
        assert_in_step::<Category>(&CATEGORY);
        assert_in_step::<Capability>(&CAPABILITY);
        assert_in_step::<Criterion>(&CRITERION);
        assert_in_step::<SkillLevel>(&SKILL_LEVEL);
        assert_in_step::<SkillTransfer>(&SKILL_TRANSFER);
        assert_in_step::<Scale>(&SCALE);
        assert_in_step::<Priority>(&PRIORITY);
        assert_in_step::<Need>(&NEED);
        assert_in_step::<Slot>(&SLOT);
        assert_in_step::<HostingModel>(&HOSTING_MODEL);
        assert_in_step::<Factor>(&FACTOR);
        assert_in_step::<PriceModel>(&PRICE_MODEL);
        assert_in_step::<Coverage>(&COVERAGE);
        assert_in_step::<Caveat>(&CAVEAT);
    }

    #[test]
    fn required_schema_fields_are_required_by_the_structs() {
        for field in TECH.fields.iter().filter(|f| f.required) {
            let table: toml::Table = TECH
                .fields
                .iter()
                .filter(|f| f.name != field.name)
                .map(|f| (f.name.to_string(), sample(f)))
                .collect();
            let parsed: Result<Tech, _> = toml::Value::Table(table).try_into();
            assert!(
                parsed.is_err(),
                "`{}` is required by the schema but optional in Tech",
                field.name
            );
        }
    }
}
