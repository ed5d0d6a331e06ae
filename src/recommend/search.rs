//! Finding the best stacks without trying every combination. Scores add up component by
//! component, so for each language the search ranks frameworks, databases and hosts on
//! their own, combines only the best few of each, and then fills the other slots with the
//! best compatible complement, memoised per (language, framework, database, cloud).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::catalog::model::{Slot, Tech, Text};
use crate::error::UsageError;

use super::Engine;
use super::compat;
use super::stack::{Components, Stack};

/// Each candidate's points in each slot. Scores add up per component, so every component
/// is scored once and reused for every combination: once per search for the slots whose
/// score cannot depend on the language, once per language for the others (team skill, and
/// slots with language pairings).
struct Points<'c> {
    by_slot: Vec<(&'c str, AddressMap<f64>)>,
}

/// A map keyed by a technology's address: hashing a pointer is far cheaper than hashing
/// its id, and every lookup during a search is by a technology of the one catalog.
type AddressMap<V> = HashMap<usize, V, BuildHasherDefault<AddressHasher>>;

fn address(tech: &Tech) -> usize {
    std::ptr::from_ref(tech) as usize
}

/// A multiply-rotate hash for addresses (the FxHash scheme).
#[derive(Default)]
struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.write_u64(u64::from(byte));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// Name under which a backend platform's points as a framework stand-in are kept.
const PLATFORM: &str = "platform";

impl<'c> Points<'c> {
    /// Whether a slot's points depend on the stack's language.
    fn per_language(engine: &Engine<'_>, slot: &str) -> bool {
        matches!(slot, "language" | "framework" | PLATFORM)
            || engine.language_needs.iter().any(|need| need.slot == slot)
    }

    /// Points of the slots that depend on `language` (`Some`) or do not (`None`).
    fn new(engine: &Engine<'c>, candidates: &Candidates<'c>, language: Option<&'c Tech>) -> Self {
        // The language is unused for slots that do not depend on it; any will do.
        let Some(any) = language.or_else(|| candidates.of("language").first().copied()) else {
            return Points {
                by_slot: Vec::new(),
            };
        };
        let mut by_slot = Vec::new();
        let wanted = |slot: &str| Points::per_language(engine, slot) == language.is_some();
        for slot in engine.slots.iter().filter(|s| wanted(&s.id)) {
            let points = candidates
                .of(&slot.id)
                .iter()
                .map(|tech| (address(tech), engine.component_points(&slot.id, tech, any)))
                .collect();
            by_slot.push((slot.id.as_str(), points));
        }
        if wanted(PLATFORM) {
            let stand_ins = candidates
                .of("database")
                .iter()
                .filter(|tech| is_platform(tech))
                .map(|tech| {
                    (
                        address(tech),
                        engine.component_points("framework", tech, any),
                    )
                })
                .collect();
            by_slot.push((PLATFORM, stand_ins));
        }
        Points { by_slot }
    }

    /// The most a stack in `language` could score: its best candidate in every slot.
    fn bound(&self, shared: &Points<'_>, engine: &Engine<'_>, language: &Tech) -> f64 {
        let best = |slot: &str| {
            self.by_slot
                .iter()
                .chain(&shared.by_slot)
                .find(|(s, _)| *s == slot)
                .map_or(0.0, |(_, points)| {
                    points.values().copied().fold(0.0, f64::max)
                })
        };
        let framework = best("framework").max(best(PLATFORM));
        let others: f64 = engine
            .slots
            .iter()
            .filter(|s| s.id != "language" && s.id != "framework")
            .map(|s| best(&s.id))
            .sum();
        self.of(shared, "language", language) + framework + others
    }

    /// A component's points: from these per-language points, else from `shared`.
    fn of(&self, shared: &Points<'_>, slot: &str, tech: &Tech) -> f64 {
        self.by_slot
            .iter()
            .chain(&shared.by_slot)
            .find(|(s, _)| *s == slot)
            .and_then(|(_, points)| points.get(&address(tech)))
            .copied()
            .unwrap_or(0.0)
    }
}

/// How many of each core slot's best candidates are combined, beyond the stacks asked for.
const SPARE_CANDIDATES: usize = 1;

/// The technologies that may fill each slot under the profile's unary constraints.
pub struct Candidates<'c> {
    by_slot: HashMap<Text, Vec<&'c Tech>>,
    /// ORM id -> the framework that ships it.
    bundled_by: HashMap<&'c str, &'c Tech>,
}

impl<'c> Candidates<'c> {
    pub fn new(engine: &Engine<'c>) -> Result<Self, UsageError> {
        let profile = &engine.profile;
        let catalog = engine.catalog;
        let mut required: HashMap<Text, &Tech> = HashMap::new();
        for id in &profile.require {
            let tech = catalog.tech(id).expect("resolved");
            let slot = slot_for(engine, tech).ok_or_else(|| {
                UsageError::new(format!(
                    "--require {}: a {} has no place in a stack",
                    tech.id, tech.category
                ))
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
        let hosting_kinds = catalog
            .rules
            .hosting_models
            .iter()
            .find(|m| m.id == profile.hosting)
            .map(|m| &m.kinds);
        let allowed = |tech: &Tech| {
            !profile.avoid.contains(&tech.id)
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
        let mut by_slot = HashMap::new();
        for slot in &engine.slots {
            let list: Vec<&Tech> = match required.get(&slot.id) {
                Some(tech) => vec![*tech],
                None => catalog
                    .techs()
                    .filter(|tech| fills(slot, tech) && allowed(tech))
                    .filter(|tech| {
                        slot.id != "hosting" || hosts_under(tech, profile, hosting_kinds)
                    })
                    .collect(),
            };
            by_slot.insert(slot.id.clone(), list);
        }
        let bundled_by = catalog
            .techs()
            .filter_map(|t| Some((t.bundled_orm.as_deref()?, t)))
            .collect();
        Ok(Candidates {
            by_slot,
            bundled_by,
        })
    }

    pub fn of(&self, slot: &str) -> &[&'c Tech] {
        self.by_slot.get(slot).map_or(&[], Vec::as_slice)
    }

    fn required(&self, engine: &Engine<'_>, slot: &str) -> bool {
        let list = self.of(slot);
        list.len() == 1 && engine.profile.require.contains(&list[0].id)
    }
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
pub fn slot_for<'c>(engine: &Engine<'c>, tech: &Tech) -> Option<&'c Slot> {
    engine.slots.iter().copied().find(|slot| fills(slot, tech))
}

fn hosts_under(host: &Tech, profile: &super::profile::Profile, kinds: Option<&Vec<Text>>) -> bool {
    let in_cloud =
        profile.cloud == "any" || host.cloud.as_ref().is_some_and(|c| *c == profile.cloud);
    let in_model = kinds.is_none_or(|kinds| host.kind.as_ref().is_some_and(|k| kinds.contains(k)));
    in_cloud && in_model
}

/// Another choice for one core slot of the top stack, everything else kept.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Alternative {
    pub slot: Text,
    pub id: Text,
    /// Its stack's score.
    pub score: i64,
}

/// The best stacks, and the runner-up choices for each core slot of the first.
pub struct Ranking<'c> {
    pub stacks: Vec<Stack<'c>>,
    pub alternatives: Vec<Alternative>,
}

/// Runner-up choices shown per core slot.
const ALTERNATIVES_PER_SLOT: usize = 2;

/// The best `top` stacks, ranked, each differing from the others in a core slot.
pub fn best<'c>(
    engine: &Engine<'c>,
    candidates: &Candidates<'c>,
    top: usize,
) -> Result<Ranking<'c>, UsageError> {
    for slot in ["language", "database", "hosting"] {
        if candidates.of(slot).is_empty() {
            return Err(nothing_fits(engine, slot));
        }
    }
    let keep = top + SPARE_CANDIDATES;
    let mut complements = HashMap::new();
    let shared = Points::new(engine, candidates, None);
    // (exact score, core ids, components) of every combination tried.
    let mut found: Vec<(f64, Vec<Text>, Components<'c>)> = Vec::new();
    // Languages in order of the best score they could reach, so that once `top` stacks are
    // found, a language that cannot beat them is skipped.
    let mut languages: Vec<(f64, &'c Tech, Points<'c>)> = candidates
        .of("language")
        .iter()
        .map(|&language| {
            let own = Points::new(engine, candidates, Some(language));
            (own.bound(&shared, engine, language), language, own)
        })
        .collect();
    languages.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
    for (bound, language, own) in languages {
        if found.len() >= top {
            let mut totals: Vec<f64> = found.iter().map(|f| f.0).collect();
            totals.sort_by(|a, b| b.total_cmp(a));
            if bound < totals[top - 1] {
                break;
            }
        }
        let points = |slot: &str, tech: &Tech| own.of(&shared, slot, tech);
        let ranked = |slot: &str, fits: &dyn Fn(&Tech) -> bool| -> Vec<&'c Tech> {
            let mut list: Vec<(f64, &'c Tech)> = candidates
                .of(slot)
                .iter()
                .filter(|t| fits(t))
                .map(|&t| (points(slot, t), t))
                .collect();
            list.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
            list.into_iter().take(keep).map(|(_, t)| t).collect()
        };
        let mut frameworks: Vec<Option<&Tech>> =
            ranked("framework", &|f| compat::language(f, language).is_ok())
                .into_iter()
                .map(Some)
                .collect();
        if !candidates.required(engine, "framework") {
            frameworks.push(None);
        }
        let databases = ranked("database", &|_| true);
        let platforms = ranked("database", &|d| {
            is_platform(d) && compat::language(d, language).is_ok()
        });
        let hosts = ranked("hosting", &|h| compat::host_language(h, language).is_ok());
        for framework in &frameworks {
            let dbs = if framework.is_some() {
                &databases
            } else {
                &platforms
            };
            for &database in dbs {
                if let Some(fw) = framework {
                    let bundled = fw.bundled_orm.as_ref().and_then(|o| engine.catalog.tech(o));
                    if compat::framework_database(fw, database, bundled).is_err() {
                        continue;
                    }
                }
                for &host in &hosts {
                    let framework_fits =
                        framework.is_none_or(|f| compat::framework_host(f, host).is_ok());
                    if !framework_fits || compat::same_cloud(database, host).is_err() {
                        continue;
                    }
                    // Complements depend on these alone; addresses make a cheap key.
                    let key = (
                        address(language),
                        framework.map(address),
                        address(database),
                        host.cloud.clone(),
                        host.capabilities.iter().any(|c| c == "background-workers"),
                    );
                    let extras = complements.entry(key).or_insert_with(|| {
                        choose_complements(
                            engine, candidates, &points, language, *framework, database, host,
                        )
                    });
                    let Some(extras) = extras.as_ref() else {
                        continue;
                    };
                    let mut components = vec![(Text::from("language"), language)];
                    components.extend(framework.map(|f| (Text::from("framework"), f)));
                    components.push((Text::from("database"), database));
                    components.push((Text::from("hosting"), host));
                    components.extend(extras.iter().cloned());
                    let components = in_slot_order(engine, components);
                    let total = estimate(&points, &components);
                    let key = components.key(&engine.core);
                    found.push((total, key, components));
                }
            }
        }
    }
    if found.is_empty() {
        return Err(nothing_fits(engine, "stack"));
    }
    found.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let alternatives = alternatives(engine, &found);
    let mut seen = Vec::new();
    let mut stacks = Vec::new();
    for (_, key, components) in found {
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        stacks.push(engine.evaluate(components));
        if stacks.len() == top {
            break;
        }
    }
    // Stable: stacks with the same whole score keep their exact order.
    stacks.sort_by_key(|stack| std::cmp::Reverse(stack.score));
    for (i, stack) in stacks.iter_mut().enumerate() {
        stack.rank = i + 1;
    }
    Ok(Ranking {
        stacks,
        alternatives,
    })
}

/// For each core slot, the best stacks that differ from the first in that slot alone.
fn alternatives(
    engine: &Engine<'_>,
    found: &[(f64, Vec<Text>, Components<'_>)],
) -> Vec<Alternative> {
    let Some((_, top, _)) = found.first() else {
        return Vec::new();
    };
    let mut alternatives = Vec::new();
    for (i, slot) in engine.core.iter().enumerate() {
        let others = found.iter().filter(|(_, key, _)| {
            (0..key.len()).all(|j| (j == i) != (key[j] == top[j])) && !key[i].is_empty()
        });
        for (exact, _, components) in others.take(ALTERNATIVES_PER_SLOT) {
            alternatives.push(Alternative {
                slot: slot.clone(),
                id: components
                    .get(slot)
                    .map(|t| t.id.clone())
                    .unwrap_or_default(),
                score: exact.round() as i64,
            });
        }
    }
    alternatives
}

fn is_platform(tech: &Tech) -> bool {
    tech.capabilities.iter().any(|c| c == "backend-platform")
}

/// The exact (unrounded) score of a stack, for ranking.
fn estimate(points: &dyn Fn(&str, &Tech) -> f64, components: &Components<'_>) -> f64 {
    let mut total: f64 = components
        .0
        .iter()
        .map(|(slot, tech)| points(slot, tech))
        .sum();
    if components.get("framework").is_none() {
        if let Some(platform) = components.get("database") {
            total += points(PLATFORM, platform);
        }
    }
    total
}

fn in_slot_order<'c>(engine: &Engine<'_>, mut components: Vec<(Text, &'c Tech)>) -> Components<'c> {
    let position = |slot: &Text| {
        engine
            .slots
            .iter()
            .position(|s| s.id == *slot)
            .unwrap_or(usize::MAX)
    };
    components.sort_by_key(|(slot, _)| position(slot));
    Components(components)
}

/// The best compatible technology for every other slot; `None` when a required
/// complement cannot fit this core.
fn choose_complements<'c>(
    engine: &Engine<'c>,
    candidates: &Candidates<'c>,
    points: &dyn Fn(&str, &Tech) -> f64,
    language: &'c Tech,
    framework: Option<&'c Tech>,
    database: &'c Tech,
    host: &'c Tech,
) -> Option<Vec<(Text, &'c Tech)>> {
    let mut chosen: Vec<(Text, &'c Tech)> = Vec::new();
    let bundled = framework
        .and_then(|f| f.bundled_orm.as_ref())
        .and_then(|o| engine.catalog.tech(o));
    for slot in engine.slots.iter().filter(|s| !s.core) {
        let stores: Vec<&Tech> = std::iter::once(database)
            .chain(chosen.iter().map(|(_, t)| *t))
            .collect();
        let fits = |tech: &Tech| -> bool {
            compat::same_cloud(tech, host).is_ok()
                && match slot.id.as_str() {
                    "runtime" => compat::runtime(tech, language, framework).is_ok(),
                    "orm" => {
                        compat::language(tech, language).is_ok()
                            && compat::orm_database(tech, database).is_ok()
                            && bundled.is_none_or(|b| b.id == tech.id)
                            && compat::bundled_elsewhere(
                                tech,
                                framework,
                                candidates.bundled_by.get(tech.id.as_str()).copied(),
                            )
                            .is_ok()
                    }
                    "queue" => {
                        compat::language(tech, language).is_ok()
                            && compat::backends(tech, &stores).is_ok()
                            && compat::workers(tech, host).is_ok()
                    }
                    "testing" => {
                        !tech.languages.is_empty() && compat::language(tech, language).is_ok()
                    }
                    _ => compat::language(tech, language).is_ok(),
                }
        };
        let best = candidates
            .of(&slot.id)
            .iter()
            .copied()
            .filter(|t| fits(t))
            .map(|t| (points(&slot.id, t), tie_break(engine, t, language), t))
            .max_by(|a, b| {
                a.0.total_cmp(&b.0)
                    .then(a.1.total_cmp(&b.1))
                    .then_with(|| b.2.id.cmp(&a.2.id))
            });
        match best {
            Some((_, _, tech)) => chosen.push((slot.id.clone(), tech)),
            None if candidates.required(engine, &slot.id) => return None,
            None => {}
        }
    }
    Some(chosen)
}

/// Among complements that score the same, prefer one made for the stack's language (a
/// job runner in the language over a generic broker), then the one the priorities' traits
/// favour, then the better-known one.
fn tie_break(engine: &Engine<'_>, tech: &Tech, language: &Tech) -> f64 {
    let native = if tech.languages.contains(&language.id) {
        1.0
    } else {
        0.0
    };
    let known = f64::from(tech.traits.ecosystem + tech.traits.hiring) / 100.0;
    native + engine.priority_traits.fit(tech) + known
}

/// Why no stack fits: an empty slot names the constraints that emptied it; otherwise the
/// required technologies are checked against each other.
fn nothing_fits(engine: &Engine<'_>, slot: &str) -> UsageError {
    let profile = &engine.profile;
    let mut constraints = Vec::new();
    if profile.cloud != "any" {
        constraints.push(format!("--cloud {}", profile.cloud));
    }
    if profile.hosting != "any" {
        constraints.push(format!("--hosting {}", profile.hosting));
    }
    if profile.open_source_only {
        constraints.push("--open-source-only".to_string());
    }
    if !profile.avoid.is_empty() {
        constraints.push(format!("--avoid {}", profile.avoid.join(",")));
    }
    if !profile.require.is_empty() {
        constraints.push(format!("--require {}", profile.require.join(",")));
    }
    let conflicts = super::explain::conflicts(engine, &profile.require);
    let message = match (slot, conflicts.first()) {
        (_, Some(conflict)) => format!(
            "no stack fits --require {}: {conflict}",
            profile.require.join(",")
        ),
        ("stack", None) => format!("no stack fits {}", constraints.join(" with ")),
        (slot, None) => format!("no {slot} fits {}", constraints.join(" with ")),
    };
    UsageError::new(message).hint("relax one of these options")
}
