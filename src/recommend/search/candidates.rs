//! The technologies that may fill each slot of a stack, under the profile's constraints
//! (--require, --avoid, --cloud, --hosting, --open-source-only), indexed by language.

use rustc_hash::FxHashMap as HashMap;

use crate::catalog::model::{Coverage, Need, Slot, Tech, Text};
use crate::error::UsageError;

use super::super::Engine;
use super::{PLATFORM, is_platform};

/// The technologies that may fill each slot under the profile's unary constraints.
pub struct Candidates<'c> {
    by_slot: HashMap<Text, Vec<&'c Tech>>,
    /// ORM id -> the framework that ships it.
    pub bundled_by: HashMap<&'c str, &'c Tech>,
    /// (slot, language id) -> the candidates that name that language; candidates that name
    /// none fit every language and are kept under an empty language id. Keyed by borrowed
    /// ids so that the search's lookups copy nothing.
    by_language: HashMap<(&'c str, &'c str), Vec<&'c Tech>>,
    /// Slots with a hard need that some candidate meets: each stack fills them with one
    /// that does (or a coverage that does), never leaves them empty.
    strict: Vec<Text>,
}

impl<'c> Candidates<'c> {
    pub fn new(engine: &Engine<'c>) -> Result<Self, UsageError> {
        let profile = &engine.profile;
        let catalog = engine.catalog;
        let mut required: HashMap<Text, &Tech> = HashMap::default();
        for id in &profile.require {
            let tech = catalog.tech(id).expect("resolved");
            let slot = slot_for(&engine.slots, tech).ok_or_else(|| {
                UsageError::new(format!("--require {}: {}", tech.id, no_slot(catalog, tech)))
            })?;
            if let Some(other) = required.insert(slot.id.clone(), tech) {
                return Err(UsageError::new(format!(
                    "--require {},{}: {} and {} both fill the {} slot; a stack has one",
                    other.id,
                    tech.id,
                    other.id,
                    tech.id,
                    slot.name.to_lowercase()
                ))
                .hint("keep one of them in --require"));
            }
        }
        let hosting_model = catalog
            .rules()
            .hosting_models
            .iter()
            .find(|m| m.id == profile.hosting);
        let hosting_kinds = hosting_model.map(|m| &m.kinds);
        // Self-hosted: only what you can run yourself.
        let hosting_prices = hosting_model.map(|m| &m.price_models);
        let unpriced = |tech: &Tech| {
            hosting_model.is_some_and(|m| {
                slot_for(&engine.slots, tech).is_some_and(|s| m.unpriced_slots.contains(&s.id))
            })
        };
        let rules = catalog.rules();
        let scale_excludes: Vec<&Text> = rules
            .scales
            .iter()
            .filter(|s| s.id == profile.scale)
            .chain(
                rules
                    .priorities
                    .iter()
                    .filter(|p| profile.priorities.contains(&p.id)),
            )
            .flat_map(|w| &w.exclude)
            .collect();
        // A commercial licence is a candidate only when someone asked for it by name.
        let needs_reason = |tech: &Tech| {
            tech.price.as_ref().is_some_and(|price| {
                rules
                    .price_models
                    .iter()
                    .any(|m| m.id == *price && m.needs_reason)
            }) && !profile.prefer.contains(&tech.id)
        };
        let allowed = |tech: &Tech| {
            !profile.avoid.contains(&tech.id)
                // The price models are for what runs on the machines.
                && (unpriced(tech)
                    || hosting_prices.is_none_or(|prices| {
                        prices.is_empty() || tech.price.as_ref().is_none_or(|p| prices.contains(p))
                    }))
                // A team on one cloud keeps its data there: a vendor's service in other
                // clouds' regions is for `--cloud any`. An open-source engine may still
                // run on machines you run on that cloud (`same_cloud`).
                && (profile.cloud == "any"
                    || tech.available_on.is_empty()
                    || tech.available_on.contains(&profile.cloud)
                    || (tech.open_source && tech.cloud.as_deref() != Some("none")))
                && (!profile.open_source_only || tech.open_source)
                && (profile.cloud == "any"
                    || tech
                        .cloud
                        .as_ref()
                        .is_none_or(|c| *c == "none" || *c == profile.cloud))
        };
        for tech in required.values() {
            let excluded_by = if profile.open_source_only && !tech.open_source {
                Some("--open-source-only: its licence is not open source".to_string())
            } else if !allowed(tech)
                || (tech.category == "hosting" && !hosts_under(tech, profile, hosting_kinds))
            {
                Some(format!(
                    "--cloud {} --hosting {}",
                    profile.cloud, profile.hosting
                ))
            } else {
                None
            };
            if let Some(excluded_by) = excluded_by {
                return Err(UsageError::new(format!(
                    "--require {} conflicts with {excluded_by}",
                    tech.id
                ))
                .hint("drop one of the two options"));
            }
        }
        // Only the slots in play are searched: the technologies of no other are decoded.
        let mut by_slot = HashMap::default();
        let mut strict = Vec::new();
        for slot in &engine.in_play {
            let list: Vec<&Tech> = match required.get(&slot.id) {
                Some(tech) => vec![*tech],
                None => catalog
                    .techs_in(slot.categories.iter().map(Text::as_str))
                    .into_iter()
                    .filter(|tech| fills(slot, tech) && allowed(tech) && !needs_reason(tech))
                    .filter(|tech| {
                        slot.id != "hosting" || hosts_under(tech, profile, hosting_kinds)
                    })
                    .filter(|tech| !scale_excludes.iter().any(|c| tech.capabilities.contains(c)))
                    .collect(),
            };
            let (list, met) = meeting_hard_needs(engine, slot, list);
            if met {
                strict.push(slot.id.clone());
            }
            by_slot.insert(slot.id.clone(), list);
        }
        let bundled_by = catalog
            .bundling()
            .filter_map(|t| Some((t.bundled_orm.as_deref()?, t)))
            .collect();
        let mut by_language: HashMap<(&'c str, &'c str), Vec<&'c Tech>> = HashMap::default();
        let mut index = |slot: &'c str, tech: &'c Tech| {
            if tech.languages.is_empty() {
                by_language.entry((slot, "")).or_default().push(tech);
            }
            for language in &tech.languages {
                by_language.entry((slot, language)).or_default().push(tech);
            }
        };
        for &slot in &engine.in_play {
            for tech in &by_slot[&slot.id] {
                index(&slot.id, tech);
            }
        }
        for tech in by_slot.get("database").into_iter().flatten() {
            if is_platform(tech) && !tech.languages.is_empty() {
                index(PLATFORM, tech);
            }
        }
        Ok(Candidates {
            by_slot,
            bundled_by,
            by_language,
            strict,
        })
    }

    /// The candidates for a slot that fit a language: those that name it, then those that
    /// name no language. Backend platforms standing in for a framework are slot `platform`.
    pub fn for_language<'a>(
        &'a self,
        slot: &'c str,
        language: &'c Tech,
    ) -> impl Iterator<Item = &'c Tech> + use<'a, 'c> {
        let named = self.by_language.get(&(slot, language.id.as_str()));
        let free = if slot == PLATFORM {
            None
        } else {
            self.by_language.get(&(slot, ""))
        };
        named.into_iter().chain(free).flatten().copied()
    }

    /// Whether a stack must fill the slot to meet a hard need: an empty slot is not an
    /// option, and a coverage is one only when its capabilities meet the need.
    pub fn strict(&self, slot: &str) -> bool {
        self.strict.iter().any(|s| s == slot)
    }

    /// Whether a coverage of the slot may stand in for its candidates.
    pub fn coverage_allowed(&self, engine: &Engine<'_>, coverage: &Coverage) -> bool {
        !self.strict(&coverage.slot)
            || hard_needs(engine, &coverage.slot)
                .all(|n| super::super::criteria::meets_with(n, &coverage.capabilities))
    }

    pub fn of(&self, slot: &str) -> &[&'c Tech] {
        self.by_slot.get(slot).map_or(&[], Vec::as_slice)
    }

    pub fn required(&self, engine: &Engine<'_>, slot: &str) -> Option<&'c Tech> {
        match self.of(slot) {
            [only] if engine.profile.require.contains(&only.id) => Some(*only),
            _ => None,
        }
    }
}

/// Why a technology is in no stack: "terraform is infrastructure as code, which no slot
/// of a stack holds".
pub fn no_slot(catalog: &crate::catalog::Catalog, tech: &Tech) -> String {
    let kind = catalog
        .category(&tech.category)
        .map_or(tech.category.to_string(), |c| c.name.to_lowercase());
    format!("{} is {kind}, which no slot of a stack holds", tech.id)
}

/// Whether a technology can fill a slot: its category, and a capability when the slot asks.
pub fn fills(slot: &Slot, tech: &Tech) -> bool {
    slot.categories.contains(&tech.category)
        && (slot.capabilities.is_empty()
            || slot
                .capabilities
                .iter()
                .any(|c| tech.capabilities.contains(c)))
        && !slot
            .exclude_capabilities
            .iter()
            .any(|c| tech.capabilities.contains(c))
}

/// The slot a named technology goes to: the first that it can fill.
pub fn slot_for<'c>(slots: &[&'c Slot], tech: &Tech) -> Option<&'c Slot> {
    slots.iter().copied().find(|slot| fills(slot, tech))
}

fn hosts_under(
    host: &Tech,
    profile: &super::super::profile::Profile,
    kinds: Option<&Vec<Text>>,
) -> bool {
    let in_cloud =
        profile.cloud == "any" || host.cloud.as_ref().is_some_and(|c| *c == profile.cloud);
    let in_model = kinds.is_none_or(|kinds| host.kind.as_ref().is_some_and(|k| kinds.contains(k)));
    in_cloud && in_model
}

fn hard_needs<'e>(engine: &'e Engine<'_>, slot: &'e str) -> impl Iterator<Item = &'e Need> {
    engine
        .needs
        .iter()
        .copied()
        .filter(move |n| n.hard && n.slot == slot)
}

/// A slot's candidates that meet every hard need of the profile on it, when any does
/// (`true`: the slot is then strict); otherwise all of them (the trade-offs then say
/// what is missing).
fn meeting_hard_needs<'c>(
    engine: &Engine<'_>,
    slot: &Slot,
    list: Vec<&'c Tech>,
) -> (Vec<&'c Tech>, bool) {
    let hard: Vec<&Need> = hard_needs(engine, &slot.id).collect();
    if hard.is_empty() {
        return (list, false);
    }
    let meeting: Vec<&'c Tech> = list
        .iter()
        .copied()
        .filter(|tech| hard.iter().all(|n| super::super::criteria::meets(n, tech)))
        .collect();
    if meeting.is_empty() {
        (list, false)
    } else {
        (meeting, true)
    }
}
