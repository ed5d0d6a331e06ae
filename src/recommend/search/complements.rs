//! Filling the slots around a core (language, framework, database, host) with the best
//! option for each: a compatible technology, the component of the core that already
//! covers the slot, or nothing. Each slot's choice depends on a few parts of the stack
//! only (its `Key`), so it is memoised on those parts; the cache and the job runner are
//! chosen together, since a runner may need the cache as its store.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use crate::catalog::model::{Coverage, Slot, Tech, Text};
use crate::catalog::words;

use super::super::criteria::{Context, product_fit::own_cloud};
use super::super::stack::Cover;
use super::super::standing::{NOBODY, Rank, Standing};
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

impl<'c> Core<'c> {
    /// Its place among stacks of equal points: language, framework, database and host,
    /// each by standing.
    pub fn key(&self, standing: &Standing) -> [Rank<'c>; 4] {
        [
            standing.rank(self.language),
            standing.rank_of(self.framework),
            standing.rank(self.database),
            standing.rank(self.host),
        ]
    }
}

/// How hosts differ for the slots around the core: cloud, way of running code, disk,
/// whether you run the machines, whether it keeps workers running, whether its instances
/// can be reached one by one, and the runtimes it limits code to.
pub type HostClass<'a> = (Option<&'a str>, &'a str, bool, bool, bool, bool, &'a [Text]);

pub fn host_class(host: &Tech) -> HostClass<'_> {
    (
        own_cloud(host),
        host.runs.as_deref().unwrap_or("processes"),
        host.persistent_disk.unwrap_or(false),
        host.self_managed.unwrap_or(false),
        words::host_provides(host, "worker-process"),
        words::host_provides(host, "addressable-instances"),
        &host.runtimes,
    )
}

/// A catalog entry compared by address. Every part of a stack is borrowed from the one
/// catalog, where an id names a single entry, so the memo keys below compare and hash
/// addresses instead of id strings: they are looked up in the search's inner loop.
struct Entry<'c, T>(&'c T);

impl<T> Clone for Entry<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Entry<'_, T> {}

impl<T> PartialEq for Entry<'_, T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl<T> Eq for Entry<'_, T> {}

impl<T> Hash for Entry<'_, T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        std::ptr::hash(self.0, state);
    }
}

/// The parts of the stack a slot's choice depends on: slot, language, framework,
/// database, host class, and which of the slot's coverages the database can hold the
/// data of (one bit each). Parts it does not depend on are left empty.
type Key<'c> = (
    Entry<'c, Slot>,
    Entry<'c, Tech>,
    Option<Entry<'c, Tech>>,
    Option<Entry<'c, Tech>>,
    HostClass<'c>,
    u64,
);

/// The points of a cache and a job runner chosen together, and the two.
type Pair<'c> = (i64, Choice<'c>, Choice<'c>);

/// The cache's key, the job runner's key, and the database when a job runner names it.
type PairKey<'c> = (Key<'c>, Key<'c>, Option<Entry<'c, Tech>>);

/// A slot's allowed options, best first, with where to find the best one for a store.
struct Ranked<'c> {
    options: Vec<(i64, Choice<'c>)>,
    /// Store id -> the first option whose backends name it.
    first_for: HashMap<&'c str, usize>,
    /// The first option that needs no store.
    first_free: Option<usize>,
}

impl<'c> Ranked<'c> {
    /// The first option that needs no store, or whose store the stack has (the database
    /// or the cache).
    fn best(&self, database: &Tech, cache: Option<&Tech>) -> Option<(i64, Choice<'c>)> {
        let first = std::iter::once(database)
            .chain(cache)
            .flat_map(|store| std::iter::once(&store.id).chain(&store.compatible_with))
            .filter_map(|id| self.first_for.get(id.as_str()))
            .chain(self.first_free.as_ref())
            .min()?;
        Some(self.options[*first])
    }
}

/// Slot, language (or empty), technology, framework (or empty).
type PointsKey<'c> = (
    Entry<'c, Slot>,
    Option<Entry<'c, Tech>>,
    Entry<'c, Tech>,
    Option<Entry<'c, Tech>>,
);

pub struct Complements<'e, 'c> {
    engine: &'e Engine<'c>,
    candidates: &'e Candidates<'c>,
    /// Each slot's allowed options, best first, memoised on what they depend on; the job
    /// runner's store is checked when one is picked, so the list does not depend on it.
    ranked: HashMap<Key<'c>, Rc<Ranked<'c>>>,
    /// The cache and the job runner chosen together, by language, framework, database
    /// and host class.
    pairs: HashMap<PairKey<'c>, Option<Pair<'c>>>,
    /// A candidate's points by slot, language, technology, and the framework when the
    /// technology is made for it: all its points depend on.
    points: RefCell<HashMap<PointsKey<'c>, i64>>,
    /// Slots whose options depend on the host: a candidate tied to a cloud, offered on
    /// some clouds only or needing something of its host, a coverage that needs
    /// something, and the runtime (function hosts name theirs).
    by_host: Vec<Entry<'c, Slot>>,
    /// Each slot's coverages (rules/coverage.toml), found once rather than per memo key.
    coverages: HashMap<Entry<'c, Slot>, Vec<&'c Coverage>>,
    /// (slot, id): a framework a candidate of the slot is made for, a database an ORM
    /// names, or a store a job runner names.
    mentioned: HashSet<(&'c str, &'c str)>,
    /// Each host's class, worked out once: keys are built in the search's inner loop.
    classes: HashMap<Entry<'c, Tech>, HostClass<'c>>,
}

impl<'e, 'c> Complements<'e, 'c> {
    pub fn new(engine: &'e Engine<'c>, candidates: &'e Candidates<'c>) -> Self {
        let rules = engine.catalog.rules();
        let by_host = engine
            .in_play
            .iter()
            .filter(|slot| {
                slot.id == "runtime"
                    || candidates.of(&slot.id).iter().any(|t| {
                        own_cloud(t).is_some() || !t.available_on.is_empty() || !t.needs.is_empty()
                    })
                    || rules
                        .coverages
                        .iter()
                        .any(|c| c.slot == slot.id && !c.needs.is_empty())
            })
            .map(|slot| Entry(*slot))
            .collect();
        let coverages = engine
            .in_play
            .iter()
            .map(|slot| (Entry(*slot), engine.coverages(slot).collect()))
            .collect();
        let mut mentioned = HashSet::default();
        for slot in &engine.in_play {
            for tech in candidates.of(&slot.id) {
                let stores = match slot.id.as_str() {
                    "orm" => &tech.databases[..],
                    "queue" => &tech.backends[..],
                    _ => &[],
                };
                for id in tech.frameworks.iter().chain(stores) {
                    mentioned.insert((slot.id.as_str(), id.as_str()));
                }
            }
        }
        let classes = candidates
            .of("hosting")
            .iter()
            .map(|host| (Entry(*host), host_class(host)))
            .collect();
        Complements {
            classes,
            mentioned,
            by_host,
            coverages,
            engine,
            candidates,
            ranked: HashMap::default(),
            pairs: HashMap::default(),
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
                    let (points, choice) = self.best(slot, core)?;
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
    ) -> Option<Pair<'c>> {
        // The pair depends on what each list depends on, and on the database only as a
        // store some job runner names.
        let database = core.database;
        let store = std::iter::once(&database.id)
            .chain(&database.compatible_with)
            .any(|d| self.mentioned.contains(&("queue", d.as_str())));
        let key = (
            self.key(cache, core),
            self.key(queue, core),
            store.then_some(Entry(database)),
        );
        if let Some(pair) = self.pairs.get(&key) {
            return *pair;
        }
        let mut best: Option<Pair<'c>> = None;
        let runners = self.ranked(queue, core);
        let best_runner = runners.options.first().map_or(0, |(p, _)| *p);
        for &(points, option) in self.ranked(cache, core).options.iter() {
            // Cache options come best first: none further on can beat the pair found.
            if best
                .as_ref()
                .is_some_and(|(b, ..)| points + best_runner < *b)
            {
                break;
            }
            let store = match option {
                Choice::Filled(tech) => Some(tech),
                _ => None,
            };
            let Some((runner_points, runner)) = runners.best(core.database, store) else {
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

    /// The best option for a slot around this core (with no cache as a job runner's store).
    fn best(&mut self, slot: &'c Slot, core: &Core<'c>) -> Option<(i64, Choice<'c>)> {
        self.ranked(slot, core).best(core.database, None)
    }

    /// A slot's allowed options around this core, best first, memoised.
    fn ranked(&mut self, slot: &'c Slot, core: &Core<'c>) -> Rc<Ranked<'c>> {
        let key = self.key(slot, core);
        if let Some(ranked) = self.ranked.get(&key) {
            return Rc::clone(ranked);
        }
        let options = self.options(slot, core);
        let mut first_for: HashMap<&'c str, usize> = HashMap::default();
        let mut first_free = None;
        for (i, (_, choice)) in options.iter().enumerate() {
            match choice {
                Choice::Filled(tech) if !tech.backends.is_empty() => {
                    for store in &tech.backends {
                        first_for.entry(store.as_str()).or_insert(i);
                    }
                }
                _ => {
                    first_free.get_or_insert(i);
                }
            }
        }
        let ranked = Rc::new(Ranked {
            options,
            first_for,
            first_free,
        });
        self.ranked.insert(key, Rc::clone(&ranked));
        ranked
    }

    fn key(&self, slot: &'c Slot, core: &Core<'c>) -> Key<'c> {
        let id = slot.id.as_str();
        // Coverage depends on a core part only when that part covers this slot.
        let covers = |part: Option<&Tech>| {
            part.is_some_and(|t| self.coverages(slot).any(|c| c.tech == t.id))
        };
        // The framework matters only when a candidate is made for it, it covers the slot,
        // it restricts runtimes, or it ships an ORM; otherwise every such framework shares
        // one list, as the catalog grows.
        let by_framework = core.framework.is_some_and(|f| {
            self.mentioned.contains(&(id, f.id.as_str()))
                || covers(Some(f))
                || (id == "runtime" && !f.runtimes.is_empty())
                || (id == "orm" && f.bundled_orm.is_some())
        });
        // Likewise the database, for the ORMs that name it.
        let database = core.database;
        // (A slot with more coverages than the mask has bits keys on the database itself.)
        // A database one process alone may write keeps out the job runners with workers.
        let by_database = covers(Some(database))
            || self.coverages(slot).nth(64).is_some()
            || compat::exclusive_file_store(database)
            || (id == "orm"
                && std::iter::once(&database.id)
                    .chain(&database.compatible_with)
                    .any(|d| self.mentioned.contains(&(id, d.as_str()))));
        (
            Entry(slot),
            Entry(core.language),
            core.framework.filter(|_| by_framework).map(Entry),
            by_database.then_some(Entry(database)),
            if self.by_host.contains(&Entry(slot)) {
                self.classes
                    .get(&Entry(core.host))
                    .copied()
                    .unwrap_or_else(|| host_class(core.host))
            } else {
                (None, "", false, false, false, false, &[])
            },
            self.coverages(slot)
                .enumerate()
                .filter(|(_, c)| compat::coverage_holds(c, database))
                .fold(0, |bits, (i, _)| {
                    bits | 1u64.checked_shl(i as u32).unwrap_or(0)
                }),
        )
    }

    fn coverages(&self, slot: &'c Slot) -> impl Iterator<Item = &'c Coverage> + '_ {
        self.coverages
            .get(&Entry(slot))
            .into_iter()
            .flatten()
            .copied()
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
        // A framework that does the slot's job itself (its own accounts) keeps it: the
        // platform under it does not add a second way (a second user store).
        let usable =
            |coverage: &Coverage| compat::coverage_works(coverage, core.host, core.database);
        let framework_covers = core
            .framework
            .is_some_and(|f| self.coverages(slot).any(|c| c.tech == f.id && usable(c)));
        for coverage in self.coverages(slot) {
            if !self.candidates.coverage_allowed(engine, coverage) {
                continue;
            }
            let by = [core.framework, (!framework_covers).then_some(core.database)]
                .into_iter()
                .flatten()
                .find(|t| t.id == coverage.tech);
            if let Some(by) = by.filter(|_| usable(coverage)) {
                let mut points = 0;
                engine.tally_covered(slot, by, coverage, &mut points);
                options.push((points, Choice::Covered(by, coverage)));
            }
        }
        // A slot a hard need calls for is never left empty: a core with nothing to fill
        // it has no stack.
        if !self.candidates.strict(&slot.id) && (!slot.always || options.is_empty()) {
            let mut points = 0;
            engine.tally_empty(slot, &mut points);
            options.push((points, Choice::Empty));
        }
        let order = |choice: &Choice<'c>| order(choice, &engine.standing);
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
            .any(|n| n.slot == slot.id && n.language.as_ref() == Some(&language.id));
        let key = (
            Entry(slot),
            paired.then_some(Entry(language)),
            Entry(tech),
            framework.map(Entry),
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
            && compat::exclusive_file(tech, core.database).is_ok()
            && compat::client(tech, core.language).is_ok()
            && (!slot.framework_bound || compat::framework_bound(tech, core.framework).is_ok())
            && match slot.id.as_str() {
                "runtime" => {
                    compat::runtime(tech, core.language, core.framework).is_ok()
                        && compat::host_runtime(tech, core.host).is_ok()
                }
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

/// A total order among options of equal points: fewer parts first (nothing, then a part
/// of the core that covers the slot), then by standing.
fn order<'c>(choice: &Choice<'c>, standing: &Standing) -> (u8, Rank<'c>) {
    match choice {
        Choice::Empty => (0, NOBODY),
        Choice::Covered(tech, _) => (1, standing.rank(tech)),
        Choice::Filled(tech) => (2, standing.rank(tech)),
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
