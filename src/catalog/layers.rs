//! Merging layers: each layer adds entries, replaces fields of existing entries by id, or
//! removes entries (`remove = true`). The embedded catalog is simply the first layer.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use super::raw::{RawEntry, RawField};
use super::schema::{self, Collection};
use super::source::{Origin, Problem};
use super::suggest;

/// The entries of every collection, merged so far, in the order they were first defined.
#[derive(Default)]
pub struct Merged {
    entries: BTreeMap<&'static str, Vec<RawEntry>>,
    positions: HashMap<(&'static str, String), usize>,
    /// Ids removed by a layer: references to them are dropped rather than reported.
    pub removed: HashSet<(&'static str, String)>,
}

impl Merged {
    /// Starts from already-validated entries (the embedded catalog, which carries no
    /// positions once compiled in).
    pub fn from_entries<T: Serialize>(
        collection: &'static Collection,
        entries: &[T],
        merged: &mut Merged,
    ) {
        for entry in entries {
            let Ok(toml::Value::Table(table)) = toml::Value::try_from(entry) else {
                unreachable!("catalog entries serialize to TOML tables");
            };
            let fields = table
                .into_iter()
                .map(|(name, value)| {
                    let field = RawField {
                        value,
                        origin: None,
                        items: Vec::new(),
                    };
                    (name, field)
                })
                .collect::<BTreeMap<_, _>>();
            let Some(toml::Value::String(id)) = fields.get("id").map(|f| &f.value) else {
                unreachable!("catalog entries have an id");
            };
            let id = id.clone();
            merged.insert(RawEntry {
                collection,
                id,
                origin: None,
                fields,
                remove: false,
                rejected: Vec::new(),
            });
        }
    }

    fn insert(&mut self, entry: RawEntry) {
        let key = entry.collection.key;
        let list = self.entries.entry(key).or_default();
        self.positions.insert((key, entry.id.clone()), list.len());
        list.push(entry);
    }

    /// Applies one layer: every entry of every file of one catalog directory.
    pub fn apply(&mut self, layer: Vec<RawEntry>, problems: &mut Vec<Problem>) {
        let mut seen: HashMap<(&'static str, String), Option<Origin>> = HashMap::new();
        for entry in layer {
            let key = (entry.collection.key, entry.id.clone());
            if let Some(first) = seen.get(&key) {
                let first = first
                    .as_ref()
                    .map_or_else(String::new, |o| format!(" (first at {o})"));
                problems.push(Problem::at(
                    entry.origin.as_ref(),
                    format!(
                        "duplicate [[{}]] id `{}`{first}",
                        entry.collection.key, entry.id
                    ),
                ));
                continue;
            }
            seen.insert(key.clone(), entry.origin.clone());
            let existing = self.positions.get(&key).copied();
            match (entry.remove, existing) {
                (true, Some(at)) => {
                    // Kept in place but marked, so that definition order stays stable.
                    self.entries.get_mut(key.0).expect("indexed")[at].remove = true;
                    self.positions.remove(&key);
                    self.removed.insert(key);
                }
                (true, None) => {
                    let ids = self.ids(entry.collection.key);
                    problems.push(Problem::at(
                        entry.origin.as_ref(),
                        format!(
                            "cannot remove `{}`: there is no [[{}]] with that id{}",
                            entry.id,
                            entry.collection.key,
                            suggest::did_you_mean(&entry.id, ids.iter().map(String::as_str))
                        ),
                    ));
                }
                (false, Some(at)) => {
                    let target = &mut self.entries.get_mut(key.0).expect("indexed")[at];
                    target.fields.extend(entry.fields);
                    target.rejected.extend(entry.rejected);
                }
                (false, None) => {
                    self.removed.remove(&key);
                    self.insert(entry);
                }
            }
        }
    }

    /// The ids currently defined in a collection.
    fn ids(&self, collection: &'static str) -> Vec<String> {
        self.entries(collection).map(|e| e.id.clone()).collect()
    }

    /// The live entries of a collection, in definition order.
    pub fn entries(&self, collection: &'static str) -> impl Iterator<Item = &RawEntry> {
        self.entries
            .get(collection)
            .into_iter()
            .flatten()
            .filter(|entry| !entry.remove)
    }

    /// Every live entry of every collection.
    pub fn all_entries(&self) -> impl Iterator<Item = &RawEntry> {
        schema::COLLECTIONS
            .iter()
            .flat_map(|collection| self.entries(collection.key))
    }
}
