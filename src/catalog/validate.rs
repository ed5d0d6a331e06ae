//! Whole-catalog checks on the merged layers, then the typed catalog: required fields
//! (the schema's and each category's own), duplicate ids and aliases, and references that
//! name nothing. References to an entry a layer removed are dropped instead of reported.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use super::Catalog;
use super::layers::Merged;
use super::model::{Capability, Category, Product, Rules, Tech};
use super::raw::RawEntry;
use super::schema::{Kind, Target};
use super::source::Problem;
use super::suggest;

/// Checks the merged catalog and builds it; `None` when any problem was found here or
/// before (a rejected field would otherwise be reported again as missing).
pub fn build(merged: &Merged, problems: &mut Vec<Problem>) -> Option<Catalog> {
    let index = Index::new(merged, problems);
    let required_by_category: HashMap<String, Vec<String>> = merged
        .entries("category")
        .filter_map(|entry| {
            let fields = entry.fields.get("required_fields")?.value.as_array()?;
            let names = fields.iter().filter_map(|v| v.as_str().map(String::from));
            Some((entry.id.clone(), names.collect()))
        })
        .collect();
    super::rules_check::check(merged, problems);
    let mut pruned = Vec::new();
    for entry in merged.all_entries() {
        check_required(entry, &required_by_category, problems);
        pruned.extend(check_references(entry, merged, &index, problems));
    }
    if !problems.is_empty() {
        return None;
    }
    let of = |key: &'static str| pruned.iter().filter(move |e| e.collection.key == key);
    let catalog = Catalog::from_parts(
        typed::<Tech>(of("tech"), problems),
        typed::<Product>(of("product"), problems),
        typed::<Category>(of("category"), problems),
        typed::<Capability>(of("capability"), problems),
        Rules {
            criteria: typed(of("criterion"), problems),
            skill_levels: typed(of("skill_level"), problems),
            skill_transfers: typed(of("skill_transfer"), problems),
            scales: typed(of("scale"), problems),
            priorities: typed(of("priority"), problems),
            needs: typed(of("need"), problems),
            slots: typed(of("slot"), problems),
            hosting_models: typed(of("hosting_model"), problems),
            factors: typed(of("factor"), problems),
            price_models: typed(of("price_model"), problems),
            coverages: typed(of("coverage"), problems),
            caveats: typed(of("caveat"), problems),
        },
    );
    problems.is_empty().then_some(catalog)
}

/// The ids of every collection, and the category and names of every technology.
struct Index<'a> {
    ids: HashMap<&'static str, HashSet<&'a str>>,
    category_of: HashMap<&'a str, &'a str>,
    /// Lowercased alias -> the id it belongs to.
    aliases: HashMap<String, &'a str>,
}

impl<'a> Index<'a> {
    fn new(merged: &'a Merged, problems: &mut Vec<Problem>) -> Self {
        let mut ids: HashMap<&'static str, HashSet<&str>> = HashMap::new();
        let mut category_of = HashMap::new();
        let mut names: HashMap<String, &str> = HashMap::new();
        let mut aliases = HashMap::new();
        for entry in merged.all_entries() {
            ids.entry(entry.collection.key)
                .or_default()
                .insert(entry.id.as_str());
            if entry.collection.key != "tech" {
                continue;
            }
            if let Some(category) = entry.fields.get("category").and_then(|f| f.value.as_str()) {
                category_of.insert(entry.id.as_str(), category);
            }
            names.insert(entry.id.clone(), entry.id.as_str());
        }
        for entry in merged.entries("tech") {
            let Some(field) = entry.fields.get("aliases") else {
                continue;
            };
            for (i, alias) in field.value.as_array().into_iter().flatten().enumerate() {
                let Some(alias) = alias.as_str() else {
                    continue;
                };
                let lower = alias.to_lowercase();
                match names.get(&lower) {
                    Some(owner) if *owner != entry.id => problems.push(Problem::at(
                        field.item_origin(i),
                        format!(
                            "alias `{alias}` of `{}` is already a name of `{owner}`",
                            entry.id
                        ),
                    )),
                    Some(_) => {}
                    None => {
                        names.insert(lower.clone(), entry.id.as_str());
                        aliases.insert(lower, entry.id.as_str());
                    }
                }
            }
        }
        Index {
            ids,
            category_of,
            aliases,
        }
    }

    fn contains(&self, collection: &str, id: &str) -> bool {
        self.ids.get(collection).is_some_and(|ids| ids.contains(id))
    }

    fn ids(&self, collection: &str) -> impl Iterator<Item = &str> {
        self.ids.get(collection).into_iter().flatten().copied()
    }
}

fn check_required(
    entry: &RawEntry,
    required_by_category: &HashMap<String, Vec<String>>,
    problems: &mut Vec<Problem>,
) {
    let category = entry.fields.get("category").and_then(|f| f.value.as_str());
    let by_category = category
        .and_then(|c| required_by_category.get(c))
        .into_iter()
        .flatten()
        .map(String::as_str);
    let by_schema = entry
        .collection
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name);
    let mut missing: Vec<&str> = by_schema
        .chain(by_category)
        .filter(|name| !entry.fields.contains_key(*name))
        .filter(|name| !entry.rejected.iter().any(|r| r == name))
        .collect();
    missing.dedup();
    if !missing.is_empty() {
        let what = match category {
            Some(category) if entry.collection.key == "tech" => {
                format!("{category} `{}`", entry.id)
            }
            _ => format!("[[{}]] `{}`", entry.collection.key, entry.id),
        };
        let fields = suggest::list(missing.iter().map(|m| format!("`{m}`")));
        problems.push(Problem::at(
            entry.origin.as_ref(),
            format!("{what} is missing required field(s) {fields}"),
        ));
    }
}

/// Checks every reference of an entry and returns it with references to removed entries
/// dropped, or nothing when a reference it cannot do without (a required single id, such
/// as a skill transfer's `to`) named a removed entry: it goes with that entry.
fn check_references(
    entry: &RawEntry,
    merged: &Merged,
    index: &Index<'_>,
    problems: &mut Vec<Problem>,
) -> Option<RawEntry> {
    let mut pruned = entry.clone();
    for (name, field) in &entry.fields {
        let Some(spec) = entry.collection.field(name) else {
            continue;
        };
        let target = match spec.kind {
            Kind::Ref(target) | Kind::RefList(target) => target,
            _ => continue,
        };
        let values: Vec<&str> = match &field.value {
            toml::Value::Array(items) => items.iter().filter_map(|v| v.as_str()).collect(),
            value => value.as_str().into_iter().collect(),
        };
        let mut kept = Vec::new();
        for (i, value) in values.iter().enumerate() {
            let collection = target.collection();
            if merged.removed.contains(&(collection, value.to_string())) {
                continue;
            }
            kept.push(toml::Value::String(value.to_string()));
            if let Some(message) = reference_problem(name, value, target, index) {
                problems.push(Problem::at(field.item_origin(i), message));
            }
        }
        if field.value.is_array() {
            pruned.fields.get_mut(name).expect("cloned").value = toml::Value::Array(kept);
        } else if kept.is_empty() {
            if spec.required {
                return None;
            }
            pruned.fields.remove(name);
        }
    }
    Some(pruned)
}

fn reference_problem(
    field: &str,
    value: &str,
    target: Target,
    index: &Index<'_>,
) -> Option<String> {
    let collection = target.collection();
    if !index.contains(collection, value) {
        if let Some(owner) = index
            .aliases
            .get(&value.to_lowercase())
            .filter(|_| collection == "tech")
        {
            return Some(format!(
                "`{field}` must name ids: `{value}` is an alias of `{owner}`"
            ));
        }
        let noun = match target {
            Target::Tech(_) => "technology",
            _ => collection,
        };
        return Some(format!(
            "`{field}` names unknown {noun} `{value}`{}",
            suggest::did_you_mean(value, index.ids(collection))
        ));
    }
    let Target::Tech(categories) = target else {
        return None;
    };
    let category = index.category_of.get(value).copied().unwrap_or_default();
    (!categories.is_empty() && !categories.contains(&category)).then(|| {
        format!(
            "`{field}` must name a {}; `{value}` is a {category}",
            categories.join(" or ")
        )
    })
}

/// Converts checked entries to their typed form.
fn typed<'a, T: Deserialize<'static>>(
    entries: impl Iterator<Item = &'a RawEntry>,
    problems: &mut Vec<Problem>,
) -> Vec<T> {
    entries
        .filter_map(|entry| {
            let table: toml::Table = entry
                .fields
                .iter()
                .map(|(name, field)| (name.clone(), field.value.clone()))
                .collect();
            T::deserialize(toml::Value::Table(table))
                .map_err(|err| {
                    problems.push(Problem::at(
                        entry.origin.as_ref(),
                        format!(
                            "[[{}]] `{}`: {}",
                            entry.collection.key,
                            entry.id,
                            err.message()
                        ),
                    ))
                })
                .ok()
        })
        .collect()
}
