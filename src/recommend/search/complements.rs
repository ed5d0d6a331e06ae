//! Filling the slots around a core stack (runtime, cache, ORM, jobs, API, auth, CI/CD,
//! observability, testing) with the best compatible technology. Each slot's choice depends
//! on a few parts of the stack only, so it is memoised on just those parts.

use std::collections::HashMap;

use crate::catalog::model::{Tech, Text};

use super::super::{Engine, compat};
use super::candidates::Candidates;
use super::points::{SharedPoints, address};

/// What a slot's choice depends on: language, framework, database, cache, host cloud and
/// whether the host runs workers. Parts a slot does not depend on are left empty.
type Key = (usize, usize, usize, usize, Option<Text>, bool);

#[derive(Default)]
pub struct Complements<'c> {
    memo: HashMap<(&'c str, Key), Option<&'c Tech>>,
}

/// The core of a stack that complements are chosen around.
pub struct Core<'c> {
    pub language: &'c Tech,
    pub framework: Option<&'c Tech>,
    pub database: &'c Tech,
    pub host: &'c Tech,
}

impl<'c> Complements<'c> {
    /// The best compatible technology for every other slot, in slot order; `None` when a
    /// required complement cannot fit this core.
    pub fn choose(
        &mut self,
        engine: &Engine<'c>,
        candidates: &Candidates<'c>,
        shared: &SharedPoints<'c>,
        core: &Core<'c>,
    ) -> Option<Vec<(Text, &'c Tech)>> {
        let mut chosen: Vec<(Text, &'c Tech)> = Vec::new();
        for slot in engine.slots.iter().filter(|s| !s.core) {
            let cache = chosen.iter().find(|(s, _)| s == "cache").map(|(_, t)| *t);
            let key = key(&slot.id, core, cache);
            let best = *self
                .memo
                .entry((slot.id.as_str(), key))
                .or_insert_with(|| best(engine, candidates, shared, &slot.id, core, cache));
            match best {
                Some(tech) => chosen.push((slot.id.clone(), tech)),
                None if candidates.required(engine, &slot.id) => return None,
                None => {}
            }
        }
        Some(chosen)
    }
}

fn key(slot: &str, core: &Core<'_>, cache: Option<&Tech>) -> Key {
    let language = address(core.language);
    let framework = core.framework.map_or(0, address);
    let database = address(core.database);
    let cloud = core.host.cloud.clone();
    let workers = core
        .host
        .capabilities
        .iter()
        .any(|c| c == "background-workers");
    match slot {
        "runtime" => (language, framework, 0, 0, None, false),
        "orm" => (language, framework, database, 0, None, false),
        "queue" => (
            language,
            0,
            database,
            cache.map_or(0, address),
            cloud,
            workers,
        ),
        "api" | "testing" => (language, 0, 0, 0, None, false),
        "cache" | "auth" | "ci_cd" | "observability" => (language, 0, 0, 0, cloud, false),
        // A slot added by a catalog layer: depend on everything.
        _ => (
            language,
            framework,
            database,
            cache.map_or(0, address),
            cloud,
            workers,
        ),
    }
}

fn best<'c>(
    engine: &Engine<'c>,
    candidates: &Candidates<'c>,
    shared: &SharedPoints<'c>,
    slot: &str,
    core: &Core<'c>,
    cache: Option<&'c Tech>,
) -> Option<&'c Tech> {
    let language = core.language;
    let bundled = core
        .framework
        .and_then(|f| f.bundled_orm.as_ref())
        .and_then(|o| engine.catalog.tech(o));
    let stores: Vec<&Tech> = std::iter::once(core.database).chain(cache).collect();
    let fits = |tech: &Tech| -> bool {
        compat::same_cloud(tech, core.host).is_ok()
            && match slot {
                "runtime" => compat::runtime(tech, language, core.framework).is_ok(),
                "orm" => {
                    compat::orm_database(tech, core.database).is_ok()
                        && bundled.is_none_or(|b| b.id == tech.id)
                        && compat::bundled_elsewhere(
                            tech,
                            core.framework,
                            candidates.bundled_by.get(tech.id.as_str()).copied(),
                        )
                        .is_ok()
                }
                "queue" => {
                    compat::backends(tech, &stores).is_ok()
                        && compat::workers(tech, core.host).is_ok()
                }
                "testing" => !tech.languages.is_empty(),
                _ => true,
            }
    };
    candidates
        .for_language(slot, language)
        .filter(|tech| fits(tech))
        .map(|tech| {
            let points = shared.of(slot, tech) + engine.language_points(slot, tech, language);
            (points, tie_break(engine, tech, language), tech)
        })
        .max_by(|a, b| {
            a.0.total_cmp(&b.0)
                .then(a.1.total_cmp(&b.1))
                .then_with(|| b.2.id.cmp(&a.2.id))
        })
        .map(|(_, _, tech)| tech)
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
