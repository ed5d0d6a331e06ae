//! Finding the best stacks exactly. A stack's score is the sum of its components' points;
//! the core (language, framework or backend platform, database, host) fixes what every
//! other slot may hold, and each of those is then filled with its best option
//! (`complements`). Distinct stacks differ in language, framework or database; each takes
//! its best host, and other hosts are listed as alternatives.
//!
//! The search is branch and bound over language, then framework, then database, trying
//! the most promising first. Every bound is safe: it adds, to the points already fixed,
//! the most any candidate of each open slot can earn under any context (its largest
//! possible need, trait, price, cloud and ecosystem points, ignoring compatibility,
//! which only removes options), so no stack below a pruned branch can score more than
//! the bound. A branch is pruned only when its bound is below the stack at the last
//! place, or equal to it with a key that cannot sort before it; so the result is the
//! exact top N under the total order (score, then key), whatever N is.

mod candidates;
mod complements;
mod failure;
#[cfg(test)]
pub mod oracle;

use rustc_hash::FxHashMap as HashMap;

use crate::catalog::Catalog;
use crate::catalog::model::{Slot, Tech, Text};
use crate::error::UsageError;

use super::Engine;
use super::compat;
use super::criteria::Context;
use super::stack::{Assembly, Components, Covered, Stack};
use super::standing::Rank;
pub use candidates::{Candidates, no_slot, slot_for};
use complements::{Choice, Complements, Core, HostClass, assemble, host_class};

/// Slot id under which backend platforms stand in for a framework.
const PLATFORM: &str = "platform";

/// Runner-up choices shown per core slot.
const ALTERNATIVES_PER_SLOT: usize = 2;

/// Another choice for one core slot of the top stack, everything else kept.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Alternative {
    pub slot: Text,
    pub id: Text,
    /// Its stack's score.
    pub score: i64,
}

pub struct Ranking<'c> {
    pub stacks: Vec<Stack<'c>>,
    pub alternatives: Vec<Alternative>,
}

fn is_platform(tech: &Tech) -> bool {
    tech.capabilities.iter().any(|c| c == "backend-platform")
}

/// A complete stack found by the search: its exact points, its key and its parts.
struct Found<'c> {
    micro: i64,
    key: [Rank<'c>; 4],
    core: Core<'c>,
    chosen: Vec<(&'c Slot, Choice<'c>)>,
}

/// The exact top `n` stacks for the engine's profile: recommend, explain and the wizard
/// all rank through here.
pub fn rank<'c>(engine: &Engine<'c>, n: usize) -> Result<Ranking<'c>, UsageError> {
    let candidates = Candidates::new(engine)?;
    for slot in ["language", "database", "hosting"] {
        if candidates.of(slot).is_empty() {
            return Err(failure::nothing_fits(engine, slot));
        }
    }
    let mut search = Search::new(engine, &candidates);
    let found = search.top(n.max(1));
    let Some(first) = found.first() else {
        return Err(failure::nothing_fits(engine, "stack"));
    };
    let alternatives = search.alternatives(first);
    let mut stacks: Vec<Stack<'c>> = found
        .iter()
        .map(|f| {
            let stack = engine.evaluate(search.assembly(f));
            debug_assert_eq!(stack.micro, f.micro, "search and evaluation agree");
            stack
        })
        .collect();
    for (i, stack) in stacks.iter_mut().enumerate() {
        stack.rank = i + 1;
    }
    super::tradeoffs::note_ties(engine, &mut stacks);
    Ok(Ranking {
        stacks,
        alternatives,
    })
}

/// Per-language points and bounds, computed once per search.
struct Plan<'c> {
    language: &'c Tech,
    points: i64,
    /// (points, framework or platform database), best first.
    frameworks: Vec<(i64, Option<&'c Tech>, Option<&'c Tech>)>,
    /// (points, database), best first.
    databases: Vec<(i64, &'c Tech)>,
    /// Host classes: (class's hosts best first with points).
    hosts: Vec<Vec<(i64, &'c Tech)>>,
    best_host: i64,
    /// What each slot around the core can earn at most, with or without a framework.
    slots: Vec<SlotBound<'c>>,
    /// The language's ORMs by the database ids they name.
    orms: HashMap<&'c str, Vec<&'c Tech>>,
    bound: i64,
}

/// One slot's bounds for a language.
struct SlotBound<'c> {
    slot: &'c Slot,
    plain: i64,
    with: HashMap<&'c str, i64>,
}

impl<'c> SlotBound<'c> {
    fn raise(&mut self, framework: &'c Tech, points: i64) {
        let entry = self.with.entry(framework.id.as_str()).or_insert(points);
        *entry = (*entry).max(points);
    }

    fn with_framework(&self, framework: Option<&Tech>) -> i64 {
        let with = framework.and_then(|f| self.with.get(f.id.as_str()).copied());
        with.map_or(self.plain, |w| w.max(self.plain))
    }
}

struct Search<'e, 'c> {
    engine: &'e Engine<'c>,
    candidates: &'e Candidates<'c>,
    complements: Complements<'e, 'c>,
    plans: Vec<Plan<'c>>,
    /// `complements_anywhere`, computed once.
    complements_anywhere: i64,
}

impl<'e, 'c> Search<'e, 'c> {
    fn new(engine: &'e Engine<'c>, candidates: &'e Candidates<'c>) -> Self {
        let complements = Complements::new(engine, candidates);
        let mut search = Search {
            engine,
            candidates,
            complements,
            plans: Vec::new(),
            complements_anywhere: 0,
        };
        if let Some(&any) = candidates.of("language").first() {
            search.complements_anywhere = search.complements_anywhere(any);
        }
        let mut plans: Vec<Plan<'c>> = candidates
            .of("language")
            .iter()
            .map(|&language| search.plan(language))
            .collect();
        let rank = |t| engine.standing.rank(t);
        plans.sort_by(|a, b| {
            b.bound
                .cmp(&a.bound)
                .then_with(|| rank(a.language).cmp(&rank(b.language)))
        });
        search.plans = plans;
        search
    }

    fn points(&self, slot: &str, tech: &Tech, context: &Context<'_>, stand_in: bool) -> i64 {
        let mut points = 0;
        if let Some(slot) = self.engine.slot(slot) {
            self.engine
                .tally(slot, tech, context, stand_in, &mut points);
        }
        points
    }

    /// A core part's points where they depend on the language only through pairings.
    fn cached(&self, slot: &str, tech: &'c Tech, language: &'c Tech) -> i64 {
        self.engine.slot(slot).map_or(0, |slot| {
            self.complements.points(slot, tech, language, None)
        })
    }

    fn plan(&self, language: &'c Tech) -> Plan<'c> {
        let context = Context {
            language,
            framework: None,
        };
        let rank = |t| self.engine.standing.rank(t);
        let sorted = |mut list: Vec<(i64, &'c Tech)>| {
            list.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| rank(a.1).cmp(&rank(b.1))));
            list
        };
        let mut frameworks: Vec<(i64, Option<&'c Tech>, Option<&'c Tech>)> = self
            .candidates
            .for_language("framework", language)
            .map(|f| (self.points("framework", f, &context, false), Some(f), None))
            .collect();
        if self.candidates.required(self.engine, "framework").is_none() {
            frameworks.extend(
                self.candidates
                    .for_language(PLATFORM, language)
                    .map(|p| (self.points("framework", p, &context, true), None, Some(p))),
            );
        }
        if frameworks.is_empty() {
            // No stack in this language: nothing more to weigh.
            return Plan {
                language,
                points: 0,
                frameworks,
                databases: Vec::new(),
                hosts: Vec::new(),
                best_host: 0,
                slots: Vec::new(),
                orms: HashMap::default(),
                bound: i64::MIN,
            };
        }
        let databases = sorted(
            self.candidates
                .of("database")
                .iter()
                .map(|d| (self.cached("database", d, language), *d))
                .collect(),
        );
        let mut classes: HashMap<HostClass<'_>, Vec<(i64, &'c Tech)>> = HashMap::default();
        for host in self.candidates.of("hosting") {
            if compat::host_language(host, language).is_ok() {
                classes
                    .entry(host_class(host))
                    .or_default()
                    .push((self.cached("hosting", host, language), *host));
            }
        }
        let mut hosts: Vec<Vec<(i64, &'c Tech)>> = classes.into_values().map(sorted).collect();
        hosts.sort_by(|a, b| {
            b[0].0
                .cmp(&a[0].0)
                .then_with(|| rank(a[0].1).cmp(&rank(b[0].1)))
        });
        let best_host = hosts.first().map_or(0, |class| class[0].0);
        let points = self.points("language", language, &context, false);
        let best = |list: &[(i64, &'c Tech)]| list.first().map_or(0, |(p, _)| *p);
        let best_framework = frameworks.iter().map(|f| f.0).max().unwrap_or(0);
        // Until the language is explored, the slots around the core are bounded by what
        // any candidate of any language can earn there (pairings are on core slots only).
        let bound =
            points + best_framework + best(&databases) + best_host + self.complements_anywhere;
        Plan {
            language,
            points,
            frameworks,
            databases,
            hosts,
            best_host,
            slots: Vec::new(),
            orms: HashMap::default(),
            bound,
        }
    }

    /// The rest of a language's plan, once it is explored: its bounds for the slots
    /// around the core, its frameworks most promising first, its ORMs by database.
    fn detail(&self, plan: &mut Plan<'c>) {
        let language = plan.language;
        let slots = self.slot_bounds(language);
        // Most promising first: a framework's points and what the slots around it can
        // still earn with it, so that the best stacks are found early and prune the rest.
        let promise = |f: &(i64, Option<&'c Tech>, Option<&'c Tech>)| {
            f.0 + slots.iter().map(|b| b.with_framework(f.1)).sum::<i64>()
        };
        let rank = |t| self.engine.standing.rank_of(t);
        plan.frameworks.sort_by(|a, b| {
            promise(b)
                .cmp(&promise(a))
                .then_with(|| rank(a.1).cmp(&rank(b.1)))
                .then_with(|| rank(a.2).cmp(&rank(b.2)))
        });
        let best_framework = plan.frameworks.first().map_or(0, promise);
        for orm in self.candidates.for_language("orm", language) {
            for database in &orm.databases {
                plan.orms.entry(database.as_str()).or_default().push(orm);
            }
        }
        let best_database = plan.databases.first().map_or(0, |(p, _)| *p);
        plan.bound = plan.points + best_framework + best_database + plan.best_host;
        plan.slots = slots;
    }

    /// The most the slots around the core can earn with any language, framework and host.
    fn complements_anywhere(&self, language: &'c Tech) -> i64 {
        let engine = self.engine;
        self.complements
            .slots()
            .map(|slot| {
                let mut best = 0;
                engine.tally_empty(slot, &mut best);
                for tech in self.candidates.of(&slot.id) {
                    best = best.max(self.complements.points(slot, tech, language, None));
                    for framework in tech
                        .frameworks
                        .iter()
                        .filter_map(|f| engine.catalog.tech(f))
                    {
                        best = best.max(self.complements.points(
                            slot,
                            tech,
                            language,
                            Some(framework),
                        ));
                    }
                }
                for coverage in engine.coverages(slot) {
                    if let Some(by) = engine.catalog.tech(&coverage.tech) {
                        let mut points = 0;
                        engine.tally_covered(slot, by, coverage, &mut points);
                        best = best.max(points);
                    }
                }
                best
            })
            .sum()
    }

    /// The most each slot around the core can earn for this language: with any
    /// framework (`plain`: every candidate's points without a framework bonus, coverage by
    /// a database, leaving it empty) and with a framework it is made for or that covers it
    /// (`with`). Host and database constraints only remove options, so these bound every
    /// core.
    fn slot_bounds(&self, language: &'c Tech) -> Vec<SlotBound<'c>> {
        let engine = self.engine;
        self.complements
            .slots()
            .map(|slot| {
                let mut bound = SlotBound {
                    slot,
                    plain: 0,
                    with: HashMap::default(),
                };
                engine.tally_empty(slot, &mut bound.plain);
                for tech in self.candidates.for_language(&slot.id, language) {
                    let plain = self.complements.points(slot, tech, language, None);
                    bound.plain = bound.plain.max(plain);
                    for framework in tech
                        .frameworks
                        .iter()
                        .filter_map(|f| engine.catalog.tech(f))
                    {
                        let points = self
                            .complements
                            .points(slot, tech, language, Some(framework));
                        bound.raise(framework, points);
                    }
                }
                for coverage in engine.coverages(slot) {
                    let Some(by) = engine.catalog.tech(&coverage.tech) else {
                        continue;
                    };
                    let mut points = 0;
                    engine.tally_covered(slot, by, coverage, &mut points);
                    if by.category == "framework" {
                        bound.raise(by, points);
                    } else {
                        bound.plain = bound.plain.max(points);
                    }
                }
                bound
            })
            .collect()
    }

    /// The most the ORM slot can earn with this framework and database, when it is in play.
    fn orm_bound(
        &self,
        plan: &Plan<'c>,
        framework: Option<&'c Tech>,
        database: &'c Tech,
    ) -> Option<(i64, i64)> {
        let bound = plan.slots.iter().find(|b| b.slot.id == "orm")?;
        let engine = self.engine;
        let bundled = framework
            .and_then(|f| f.bundled_orm.as_ref())
            .and_then(|o| engine.catalog.tech(o));
        let mut best: Option<i64> = None;
        // Only the ORMs that name this database (or an engine it speaks) can fit it.
        let named = std::iter::once(&database.id)
            .chain(&database.compatible_with)
            .filter_map(|id| plan.orms.get(id.as_str()))
            .flatten();
        for &tech in named {
            let fits = compat::orm_database(tech, database).is_ok()
                && bundled.is_none_or(|b| b.id == tech.id)
                && compat::bundled_elsewhere(
                    tech,
                    framework,
                    self.candidates.bundled_by.get(tech.id.as_str()).copied(),
                )
                .is_ok();
            if fits {
                let points = self
                    .complements
                    .points(bound.slot, tech, plan.language, framework);
                best = Some(best.map_or(points, |b| b.max(points)));
            }
        }
        for coverage in engine.coverages(bound.slot) {
            if let Some(by) = [framework, Some(database)]
                .into_iter()
                .flatten()
                .find(|t| t.id == coverage.tech)
            {
                let mut points = 0;
                engine.tally_covered(bound.slot, by, coverage, &mut points);
                best = Some(best.map_or(points, |b| b.max(points)));
            }
        }
        let best = match best {
            Some(best) if bound.slot.always => best,
            _ => {
                let mut empty = 0;
                engine.tally_empty(bound.slot, &mut empty);
                best.map_or(empty, |b| b.max(empty))
            }
        };
        Some((bound.with_framework(framework), best))
    }

    /// The best `n` stacks, best first.
    fn top(&mut self, n: usize) -> Vec<Found<'c>> {
        let mut top: Vec<Found<'c>> = Vec::new();
        let mut plans = std::mem::take(&mut self.plans);
        for plan in &mut plans {
            let language = [self.engine.standing.rank(plan.language)];
            if !could_beat(&top, n, plan.bound, &language) {
                continue;
            }
            self.detail(plan);
            if !could_beat(&top, n, plan.bound, &language) {
                continue;
            }
            let plan = &*plan;
            let standing = &self.engine.standing;
            for &(framework_points, framework, platform) in &plan.frameworks {
                let fixed = plan.points + framework_points;
                let complements: i64 = plan.slots.iter().map(|b| b.with_framework(framework)).sum();
                let open = plan.best_host + complements;
                let best_database = plan.databases.first().map_or(0, |d| d.0);
                let prefix = [standing.rank(plan.language), standing.rank_of(framework)];
                if !could_beat(&top, n, fixed + best_database + open, &prefix) {
                    continue;
                }
                let platform_only: Vec<(i64, &'c Tech)>;
                let databases: &[(i64, &'c Tech)] = match platform {
                    Some(platform) => {
                        platform_only = plan
                            .databases
                            .iter()
                            .filter(|(_, d)| d.id == platform.id)
                            .copied()
                            .collect();
                        &platform_only
                    }
                    None => &plan.databases,
                };
                for &(database_points, database) in databases {
                    let bound = fixed + database_points + open;
                    if !could_beat(&top, n, bound, &prefix) {
                        break;
                    }
                    let prefix = [prefix[0], prefix[1], standing.rank(database)];
                    // The ORM is the slot around the core that depends on the database.
                    let bound = match self.orm_bound(plan, framework, database) {
                        Some((any, here)) => bound - any + here,
                        None => bound,
                    };
                    if !could_beat(&top, n, bound, &prefix) {
                        continue;
                    }
                    // One stack per language, framework and database: its best host.
                    let mut best: Option<Found<'c>> = None;
                    for class in &plan.hosts {
                        let (host_points, host) = class[0];
                        let core = Core {
                            language: plan.language,
                            framework,
                            database,
                            host,
                        };
                        if !core_fits(self.engine.catalog, &core) {
                            continue;
                        }
                        let Some((points, chosen)) = self.complements.choose(&core) else {
                            continue;
                        };
                        let risks = self.engine.risk_points(framework, database, host);
                        let found = Found {
                            micro: fixed + database_points + host_points + points + risks,
                            key: [prefix[0], prefix[1], prefix[2], standing.rank(host)],
                            core,
                            chosen,
                        };
                        if best.as_ref().is_none_or(|b| better(&found, b)) {
                            best = Some(found);
                        }
                    }
                    if let Some(found) = best {
                        insert(&mut top, n, found);
                    }
                }
            }
        }
        self.plans = plans;
        top
    }

    /// A stack's parts, ready to evaluate.
    fn assembly(&self, found: &Found<'c>) -> Assembly<'c> {
        let core = &found.core;
        let (filled, covered) = assemble(&found.chosen);
        let mut components: Vec<(&Slot, &'c Tech)> = filled;
        for (slot, tech) in [
            ("language", Some(core.language)),
            ("framework", core.framework),
            ("database", Some(core.database)),
            ("hosting", Some(core.host)),
        ] {
            if let (Some(slot), Some(tech)) = (self.engine.slot(slot), tech) {
                components.push((slot, tech));
            }
        }
        let position = |slot: &Slot| self.engine.slots.iter().position(|s| s.id == slot.id);
        components.sort_by_key(|(slot, _)| position(slot));
        Assembly {
            components: Components(
                components
                    .into_iter()
                    .map(|(slot, tech)| (slot.id.clone(), tech))
                    .collect(),
            ),
            covered: Covered(covered),
        }
    }

    /// The exact best completion of one core, if it fits.
    fn complete(&mut self, core: Core<'c>) -> Option<Found<'c>> {
        if !core_fits(self.engine.catalog, &core) {
            return None;
        }
        // The same points the plan ranks by, looked up directly.
        let language = core.language;
        let context = Context {
            language,
            framework: None,
        };
        let framework_points = match core.framework {
            Some(f) => self.points("framework", f, &context, false),
            None => self.points("framework", core.database, &context, true),
        };
        let fixed = self.points("language", language, &context, false)
            + framework_points
            + self.cached("database", core.database, language)
            + self.cached("hosting", core.host, language);
        let risks = self
            .engine
            .risk_points(core.framework, core.database, core.host);
        let (points, chosen) = self.complements.choose(&core)?;
        Some(Found {
            micro: fixed + points + risks,
            key: core.key(&self.engine.standing),
            core,
            chosen,
        })
    }

    /// For each core slot, the best stacks that differ from the first in that slot alone.
    fn alternatives(&mut self, first: &Found<'c>) -> Vec<Alternative> {
        let base = first.core;
        let mut alternatives = Vec::new();
        let slots: [(&str, Vec<Core<'c>>); 3] = [
            (
                "framework",
                self.candidates
                    .for_language("framework", base.language)
                    .filter(|f| base.framework.is_some_and(|b| b.id != f.id))
                    .map(|f| Core {
                        framework: Some(f),
                        ..base
                    })
                    .collect(),
            ),
            (
                "database",
                self.candidates
                    .of("database")
                    .iter()
                    .filter(|d| d.id != base.database.id && base.framework.is_some())
                    .map(|d| Core {
                        database: d,
                        ..base
                    })
                    .collect(),
            ),
            (
                "hosting",
                self.candidates
                    .of("hosting")
                    .iter()
                    .filter(|h| h.id != base.host.id)
                    .map(|h| Core { host: h, ..base })
                    .collect(),
            ),
        ];
        for (slot, cores) in slots {
            let mut found: Vec<Found<'c>> = Vec::new();
            for core in cores {
                if let Some(f) = self.complete(core) {
                    insert(&mut found, ALTERNATIVES_PER_SLOT, f);
                }
            }
            for f in found {
                let tech = match slot {
                    "framework" => f.core.framework.expect("a framework"),
                    "database" => f.core.database,
                    _ => f.core.host,
                };
                alternatives.push(Alternative {
                    slot: Text::from(slot),
                    id: tech.id.clone(),
                    score: (f.micro as f64 / super::criteria::MICRO).round() as i64,
                });
            }
        }
        alternatives
    }
}

/// The core's own rules: the framework on the host and with the database, the database
/// on the host's cloud and disk, the language on the host, and a client for the database
/// in the language.
fn core_fits(catalog: &Catalog, core: &Core<'_>) -> bool {
    core.framework.is_none_or(|f| {
        let bundled = f.bundled_orm.as_ref().and_then(|o| catalog.tech(o));
        compat::host_needs(f, core.host).is_ok()
            && compat::framework_database(f, core.database, bundled).is_ok()
    }) && compat::host_needs(core.database, core.host).is_ok()
        && compat::same_cloud(core.database, core.host).is_ok()
        && compat::host_language(core.host, core.language).is_ok()
        && compat::client(core.database, core.language).is_ok()
}

/// Whether a branch whose stacks score at most `bound` and whose keys start with
/// `prefix` can still enter the top `n`.
fn could_beat(top: &[Found<'_>], n: usize, bound: i64, prefix: &[Rank<'_>]) -> bool {
    if top.len() < n {
        return true;
    }
    let last = &top[n - 1];
    bound > last.micro || (bound == last.micro && prefix[..] <= last.key[..prefix.len()])
}

/// The total order of stacks: more points first, then the key (language, framework,
/// database, host, each by standing, then id).
fn better(a: &Found<'_>, b: &Found<'_>) -> bool {
    (a.micro, std::cmp::Reverse(a.key)) > (b.micro, std::cmp::Reverse(b.key))
}

/// Inserts a stack in that order, keeping the best `n`.
fn insert<'c>(top: &mut Vec<Found<'c>>, n: usize, found: Found<'c>) {
    let at = top
        .iter()
        .position(|f| better(&found, f))
        .unwrap_or(top.len());
    if at < n {
        top.insert(at, found);
        top.truncate(n);
    }
}
