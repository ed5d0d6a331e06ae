//! Filling the slots around a core (language, framework, database, host) with the best
//! option for each: a compatible technology, the component of the core that already
//! covers the slot, or nothing. Each slot's choice depends on a few parts of the stack
//! only (its `Key`), so it is memoised on those parts; the cache and the job runner are
//! chosen together, since a runner may need the cache as its store.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::catalog::model::{Coverage, Slot, Tech};
use crate::catalog::words;

use super::super::criteria::{Context, product_fit::own_cloud};
use super::super::stack::Cover;
use super::super::{Engine, compat};
use super::candidates::Candidates;

/// What fills one slot of a stack.
#[derive(Debug, Clone, Copy)]
pub enum Choice<'c> {
    Empty,
    Covered(&'c Tech, &'c Coverage),
    Filled(&'c Tech),
}

/// The core of a stack that complements are chosen around; `host` stands for every
/// host of its class (same cloud, same way of running code, same disk).
#[derive(Clone, Copy)]
pub struct Core<'c> {
    pub language: &'c Tech,
    pub framework: Option<&'c Tech>,
    pub database: &'c Tech,
    pub host: &'c Tech,
}

/// How hosts differ for the slots around the core: cloud, way of running code, disk.
pub type HostClass<'a> = (Option<&'a str>, &'a str, bool);

pub fn host_class(host: &Tech) -> HostClass<'_> {
    (
        own_cloud(host),
        host.runs.as_deref().unwrap_or("processes"),
        host.persistent_disk.unwrap_or(false),
    )
}

/// The parts of the stack a slot's choice depends on: slot, language, framework,
/// database, host class. Parts it does not depend on are left empty.
type Key<'c> = (&'c str, &'c str, &'c str, &'c str, HostClass<'c>);

/// Slot, language (or empty), technology, framework (or empty).
type PointsKey<'c> = (&'c str, &'c str, &'c str, &'c str);

pub struct Complements<'e, 'c> {
    engine: &'e Engine<'c>,
    candidates: &'e Candidates<'c>,
    /// Each slot's allowed options, best first, memoised on what they depend on; the job
    /// runner's store is checked when one is picked, so the list does not depend on it.
    ranked: HashMap<Key<'c>, Rc<[(i64, Choice<'c>)]>>,
    /// The cache and the job runner chosen together, by language, framework, database
    /// and host class.
    pairs: HashMap<Key<'c>, Option<(i64, Choice<'c>, Choice<'c>)>>,
    /// A candidate's points by slot, language, technology, and the framework when the
    /// technology is made for it: all its points depend on.
    points: RefCell<HashMap<PointsKey<'c>, i64>>,
    /// Slots whose options depend on the host: a candidate tied to a cloud or needing
    /// something of its host, or a coverage that does.
    by_host: Vec<&'c str>,
}

impl<'e, 'c> Complements<'e, 'c> {
    pub fn new(engine: &'e Engine<'c>, candidates: &'e Candidates<'c>) -> Self {
        let rules = engine.catalog.rules();
        let by_host = engine
            .in_play
            .iter()
            .filter(|slot| {
                candidates
                    .of(&slot.id)
                    .iter()
                    .any(|t| own_cloud(t).is_some() || !t.needs.is_empty())
                    || rules
                        .coverages
                        .iter()
                        .any(|c| c.slot == slot.id && !c.needs.is_empty())
            })
            .map(|slot| slot.id.as_str())
            .collect();
        Complements {
            by_host,
            engine,
            candidates,
            ranked: HashMap::new(),
            pairs: HashMap::new(),
            points: RefCell::default(),
        }
    }

    /// The slots around the core that this profile fills.
    pub fn slots(&self) -> impl Iterator<Item = &'c Slot> + '_ {
        self.engine.in_play.iter().copied().filter(|s| !s.core)
    }

    /// The best choice for every slot around the core, with their points; `None` when a
    /// required technology cannot fit this core.
    pub fn choose(&mut self, core: &Core<'c>) -> Option<(i64, Vec<(&'c Slot, Choice<'c>)>)> {
        let mut total = 0;
        let mut chosen = Vec::new();
        let slots: Vec<&'c Slot> = self.slots().collect();
        let queue = slots.iter().copied().find(|s| s.id == "queue");
        // The engine keeps the cache in play whenever jobs are.
        for slot in slots.iter().copied() {
            match (slot.id.as_str(), queue) {
                ("queue", _) => {}
                ("cache", Some(queue)) => {
                    let (points, cache, runner) = self.cache_and_queue(slot, queue, core)?;
                    total += points;
                    chosen.push((slot, cache));
                    chosen.push((queue, runner));
                }
                _ => {
                    let (points, choice) = self.best(slot, core, None)?;
                    total += points;
                    chosen.push((slot, choice));
                }
            }
        }
        Some((total, chosen))
    }

    /// The best cache and job runner together: a runner may need the cache as its store.
    fn cache_and_queue(
        &mut self,
        cache: &'c Slot,
        queue: &'c Slot,
        core: &Core<'c>,
    ) -> Option<(i64, Choice<'c>, Choice<'c>)> {
        let key = (
            "cache+queue",
            core.language.id.as_str(),
            core.framework.map_or("", |f| f.id.as_str()),
            core.database.id.as_str(),
            host_class(core.host),
        );
        if let Some(pair) = self.pairs.get(&key) {
            return *pair;
        }
        let mut best: Option<(i64, Choice<'c>, Choice<'c>)> = None;
        for &(points, option) in self.ranked(cache, core).iter() {
            let Some((runner_points, runner)) = self.best(queue, core, Some(option)) else {
                continue;
            };
            let total = points + runner_points;
            if best.as_ref().is_none_or(|(b, ..)| total > *b) {
                best = Some((total, option, runner));
            }
        }
        self.pairs.insert(key, best);
        best
    }

    /// The best option for a slot: the first of its ranked options whose store, for a
    /// job runner, is in the stack (the database or `cache`).
    fn best(
        &mut self,
        slot: &'c Slot,
        core: &Core<'c>,
        cache: Option<Choice<'c>>,
    ) -> Option<(i64, Choice<'c>)> {
        let cache = match cache {
            Some(Choice::Filled(tech)) => Some(tech),
            _ => None,
        };
        let stores: Vec<&Tech> = std::iter::once(core.database).chain(cache).collect();
        self.ranked(slot, core)
            .iter()
            .find(|(_, choice)| match choice {
                Choice::Filled(tech) => compat::backends(tech, &stores).is_ok(),
                _ => true,
            })
            .copied()
    }

    /// A slot's allowed options around this core, best first, memoised.
    fn ranked(&mut self, slot: &'c Slot, core: &Core<'c>) -> Rc<[(i64, Choice<'c>)]> {
        let key = self.key(slot, core);
        if let Some(ranked) = self.ranked.get(&key) {
            return Rc::clone(ranked);
        }
        let ranked: Rc<[(i64, Choice<'c>)]> = self.options(slot, core).into();
        self.ranked.insert(key, Rc::clone(&ranked));
        ranked
    }

    fn key(&self, slot: &'c Slot, core: &Core<'c>) -> Key<'c> {
        let id = slot.id.as_str();
        // Coverage depends on a core part only when that part covers this slot.
        let covers = |part: Option<&Tech>| {
            part.is_some_and(|t| self.coverages(slot).any(|c| c.tech == t.id))
        };
        let by_framework = matches!(id, "runtime" | "orm" | "queue")
            || slot.ecosystem_weight > 0
            || covers(core.framework);
        let by_database = id == "orm" || covers(Some(core.database));
        (
            id,
            core.language.id.as_str(),
            if by_framework {
                core.framework.map_or("", |f| f.id.as_str())
            } else {
                ""
            },
            if by_database {
                core.database.id.as_str()
            } else {
                ""
            },
            if self.by_host.contains(&id) {
                host_class(core.host)
            } else {
                (None, "", false)
            },
        )
    }

    fn coverages(&self, slot: &'c Slot) -> impl Iterator<Item = &'c Coverage> + use<'c> {
        let slot = slot.id.as_str();
        self.engine
            .catalog
            .rules()
            .coverages
            .iter()
            .filter(move |c| c.slot == slot)
    }

    /// Every allowed option for a slot around this core, best first (ties: filled before
    /// covered before empty, then by id, so that the order is total).
    fn options(&self, slot: &'c Slot, core: &Core<'c>) -> Vec<(i64, Choice<'c>)> {
        let engine = self.engine;
        let bundled = core
            .framework
            .and_then(|f| f.bundled_orm.as_ref())
            .and_then(|o| engine.catalog.tech(o));
        let mut options: Vec<(i64, Choice<'c>)> = self
            .candidates
            .for_language(&slot.id, core.language)
            .filter(|tech| self.fits(slot, tech, core, bundled))
            .map(|tech| {
                let points = self.points(slot, tech, core.language, core.framework);
                (points, Choice::Filled(tech))
            })
            .collect();
        if let Some(required) = self.candidates.required(engine, &slot.id) {
            return options
                .into_iter()
                .filter(|(_, c)| matches!(c, Choice::Filled(t) if t.id == required.id))
                .collect();
        }
        for coverage in self.coverages(slot) {
            let by = [core.framework, Some(core.database)]
                .into_iter()
                .flatten()
                .find(|t| t.id == coverage.tech);
            let runs = host_class(core.host);
            let provided = coverage
                .needs
                .iter()
                .all(|need| words::host_provides(Some(runs.1), runs.2, need));
            if let Some(by) = by.filter(|_| provided) {
                let mut points = 0;
                engine.tally_covered(slot, by, coverage, &mut points);
                options.push((points, Choice::Covered(by, coverage)));
            }
        }
        if !slot.always || options.is_empty() {
            let mut points = 0;
            engine.tally_lean(slot, None, &mut points);
            options.push((points, Choice::Empty));
        }
        options.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| order(&a.1).cmp(&order(&b.1))));
        options
    }

    /// A candidate's points in a slot around this core, computed once.
    /// Its points depend on the language only through pairings on its slot, and on the
    /// framework only when it is made for it.
    pub fn points(
        &self,
        slot: &'c Slot,
        tech: &'c Tech,
        language: &'c Tech,
        framework: Option<&'c Tech>,
    ) -> i64 {
        let framework = framework.filter(|f| tech.frameworks.contains(&f.id));
        let paired = self
            .engine
            .product
            .pairings
            .iter()
            .any(|n| n.slot == slot.id);
        let key = (
            slot.id.as_str(),
            if paired { language.id.as_str() } else { "" },
            tech.id.as_str(),
            framework.map_or("", |f| f.id.as_str()),
        );
        *self.points.borrow_mut().entry(key).or_insert_with(|| {
            let mut points = 0;
            let context = Context {
                language,
                framework,
            };
            self.engine.tally(slot, tech, &context, false, &mut points);
            points
        })
    }

    fn fits(&self, slot: &Slot, tech: &'c Tech, core: &Core<'c>, bundled: Option<&Tech>) -> bool {
        compat::same_cloud(tech, core.host).is_ok()
            && compat::host_needs(tech, core.host).is_ok()
            && match slot.id.as_str() {
                "runtime" => compat::runtime(tech, core.language, core.framework).is_ok(),
                "orm" => {
                    compat::orm_database(tech, core.database).is_ok()
                        && bundled.is_none_or(|b| b.id == tech.id)
                        && compat::bundled_elsewhere(
                            tech,
                            core.framework,
                            self.candidates.bundled_by.get(tech.id.as_str()).copied(),
                        )
                        .is_ok()
                }
                "testing" => !tech.languages.is_empty(),
                _ => true,
            }
    }
}

/// A total order among options of equal points: a technology (by id), then coverage,
/// then nothing.
fn order<'c>(choice: &Choice<'c>) -> (u8, &'c str) {
    match choice {
        Choice::Filled(tech) => (0, tech.id.as_str()),
        Choice::Covered(tech, _) => (1, tech.id.as_str()),
        Choice::Empty => (2, ""),
    }
}

/// The chosen options as components and covered slots.
pub fn assemble<'c>(
    chosen: &[(&'c Slot, Choice<'c>)],
) -> (Vec<(&'c Slot, &'c Tech)>, Vec<Cover<'c>>) {
    let mut filled = Vec::new();
    let mut covered = Vec::new();
    for (slot, choice) in chosen {
        match choice {
            Choice::Filled(tech) => filled.push((*slot, *tech)),
            Choice::Covered(by, coverage) => covered.push(Cover {
                slot: slot.id.as_str(),
                by,
                coverage,
            }),
            Choice::Empty => {}
        }
    }
    (filled, covered)
}
