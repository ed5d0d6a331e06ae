//! A brute-force oracle for the search: every core (language, framework or platform,
//! database, host) is enumerated, without bounds or memos; each slot around it takes the
//! best option that the whole-stack rules (`compat::check`) accept, the cache and the job
//! runner as every pair; the stack is scored from scratch (`Engine::tally_assembly`).
//! The fast search must return the same stacks in the same order, whatever `n` is.

use crate::catalog::model::{Coverage, Slot, Tech, Text};
use crate::recommend::Engine;
use crate::recommend::compat;
use crate::recommend::stack::{Assembly, Components, Cover, Covered};
use crate::recommend::standing::Rank;

use super::Candidates;

/// (points, key, stack) for the best completion of every core, best first.
pub fn rank<'c>(engine: &Engine<'c>, n: usize) -> Vec<(i64, [Rank<'c>; 4], Assembly<'c>)> {
    let Ok(candidates) = Candidates::new(engine) else {
        return Vec::new();
    };
    let catalog = engine.catalog;
    let mut all: Vec<(i64, [Rank<'c>; 4], Assembly<'c>)> = Vec::new();
    for &language in candidates.of("language") {
        let fits_language = |t: &Tech| t.languages.is_empty() || t.languages.contains(&language.id);
        let mut frameworks: Vec<(Option<&Tech>, Option<&Tech>)> = candidates
            .of("framework")
            .iter()
            .filter(|f| fits_language(f))
            .map(|f| (Some(*f), None))
            .collect();
        if candidates.required(engine, "framework").is_none() {
            frameworks.extend(
                candidates
                    .of("database")
                    .iter()
                    .filter(|d| super::is_platform(d) && d.languages.contains(&language.id))
                    .map(|d| (None, Some(*d))),
            );
        }
        for (framework, platform) in frameworks {
            let databases: Vec<&Tech> = match platform {
                Some(p) => vec![p],
                None => candidates.of("database").to_vec(),
            };
            for database in &databases {
                let mut best_by_triple: Option<(i64, [Rank<'c>; 4], Assembly<'c>)> = None;
                for &host in candidates.of("hosting") {
                    let mut core = vec![(Text::from("language"), language)];
                    core.extend(framework.map(|f| (Text::from("framework"), f)));
                    core.push((Text::from("database"), *database));
                    core.push((Text::from("hosting"), host));
                    let core = Components(core);
                    if !compat::check(catalog, &core, false).is_empty() {
                        continue;
                    }
                    let Some(assembly) = complete(engine, &candidates, core) else {
                        continue;
                    };
                    let mut lines = Vec::new();
                    let points = engine.tally_assembly(&assembly, &mut lines);
                    let standing = &engine.standing;
                    let key = [
                        standing.rank(language),
                        standing.rank_of(framework),
                        standing.rank(database),
                        standing.rank(host),
                    ];
                    let better = best_by_triple.as_ref().is_none_or(|(p, k, _)| {
                        (points, std::cmp::Reverse(key)) > (*p, std::cmp::Reverse(*k))
                    });
                    if better {
                        best_by_triple = Some((points, key, assembly));
                    }
                }
                all.extend(best_by_triple);
            }
        }
    }
    all.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    all.truncate(n);
    all
}

/// The core completed slot by slot with the best option the whole-stack rules accept.
fn complete<'c>(
    engine: &Engine<'c>,
    candidates: &Candidates<'c>,
    core: Components<'c>,
) -> Option<Assembly<'c>> {
    let catalog = engine.catalog;
    let language = core.get("language").expect("a language");
    let host = core.get("hosting").expect("a host");
    let database = core.get("database").expect("a database");
    let parts: Vec<&'c Tech> = core.0.iter().map(|(_, t)| *t).collect();
    let framework: Option<&'c Tech> = core
        .0
        .iter()
        .find(|(s, _)| s == "framework")
        .map(|(_, t)| *t);
    let slots: Vec<&Slot> = engine.in_play.iter().copied().filter(|s| !s.core).collect();
    let score = |assembly: &Assembly<'c>| engine.tally_assembly(assembly, &mut Vec::new());
    let ok =
        |assembly: &Assembly<'c>| compat::check(catalog, &assembly.components, false).is_empty();
    // Every option of a slot: each candidate, each coverage by a core part, or nothing.
    let options = |slot: &'c Slot| -> Vec<Option<Result<&'c Tech, Cover<'c>>>> {
        let required = candidates.required(engine, &slot.id);
        let mut options: Vec<Option<Result<&'c Tech, Cover<'c>>>> = candidates
            .of(&slot.id)
            .iter()
            .filter(|t| t.languages.is_empty() || t.languages.contains(&language.id))
            .filter(|t| slot.id != "testing" || !t.languages.is_empty())
            .map(|t| Some(Ok(*t)))
            .collect();
        if required.is_some() {
            return options;
        }
        let of_slot = || engine.coverages(slot);
        // The framework's own way of doing the slot's job keeps the platform's out.
        let works = |c: &Coverage| compat::coverage_works(c, host, database);
        let framework_covers =
            framework.is_some_and(|f| of_slot().any(|c| c.tech == f.id && works(c)));
        for coverage in of_slot().filter(|c| candidates.coverage_allowed(engine, c)) {
            let by = parts
                .iter()
                .copied()
                .filter(|t| !framework_covers || Some(*t) == framework)
                .find(|t| t.id == coverage.tech);
            if let Some(by) = by.filter(|_| works(coverage)) {
                options.push(Some(Err(Cover {
                    slot: slot.id.as_str(),
                    by,
                    coverage,
                })));
            }
        }
        if !candidates.strict(&slot.id) {
            options.push(None);
        }
        options
    };
    let with =
        |base: &Assembly<'c>, slot: &'c Slot, option: &Option<Result<&'c Tech, Cover<'c>>>| {
            let mut next = base.clone();
            match option {
                Some(Ok(tech)) => next.components.0.push((slot.id.clone(), tech)),
                Some(Err(cover)) => next.covered.0.push(*cover),
                None => {}
            }
            next
        };
    let mut assembly = Assembly {
        components: core,
        covered: Covered::default(),
    };
    let base_points = score(&assembly);
    let has_candidate =
        |base: &Assembly<'c>, slot: &'c Slot, options: &[Option<Result<&'c Tech, Cover<'c>>>]| {
            options
                .iter()
                .any(|o| matches!(o, Some(Ok(_))) && ok(&with(base, slot, o)))
        };
    // Allowed: accepted by the rules; nothing in an `always` slot only when no
    // technology fits it; a required technology is the only option of its slot.
    let allowed = |base: &Assembly<'c>,
                   slot: &'c Slot,
                   option: &Option<Result<&'c Tech, Cover<'c>>>,
                   all: &[Option<Result<&'c Tech, Cover<'c>>>]| {
        let next = with(base, slot, option);
        ok(&next) && !(option.is_none() && slot.always && has_candidate(base, slot, all))
    };
    let cache = slots.iter().copied().find(|s| s.id == "cache");
    let queue = slots.iter().copied().find(|s| s.id == "queue");
    let mut chosen: Vec<(&Slot, Option<Result<&Tech, Cover<'_>>>)> = Vec::new();
    if let (Some(cache), Some(queue)) = (cache, queue) {
        let cache_options = options(cache);
        let queue_options = options(queue);
        let mut best: Option<(i64, usize, usize)> = None;
        for (i, c) in cache_options.iter().enumerate() {
            if !allowed(&assembly, cache, c, &cache_options) {
                continue;
            }
            let with_cache = with(&assembly, cache, c);
            for (j, q) in queue_options.iter().enumerate() {
                if !allowed(&with_cache, queue, q, &queue_options) {
                    continue;
                }
                let points = score(&with(&with_cache, queue, q));
                if best.is_none_or(|(b, ..)| points > b) {
                    best = Some((points, i, j));
                }
            }
        }
        let (_, i, j) = best?;
        chosen.push((cache, cache_options[i]));
        chosen.push((queue, queue_options[j]));
    }
    for slot in slots.iter().copied() {
        if chosen.iter().any(|(s, _)| s.id == slot.id) {
            continue;
        }
        let all = options(slot);
        let best = all
            .iter()
            .filter(|o| allowed(&assembly, slot, o, &all))
            .map(|o| (score(&with(&assembly, slot, o)) - base_points, o))
            .fold(
                None,
                |best: Option<(i64, &Option<Result<&Tech, Cover<'_>>>)>, (p, o)| {
                    if best.is_none_or(|(b, _)| p > b) {
                        Some((p, o))
                    } else {
                        best
                    }
                },
            )?;
        chosen.push((slot, *best.1));
    }
    for (slot, option) in &chosen {
        assembly = with(&assembly, slot, option);
    }
    assembly
        .components
        .0
        .sort_by_key(|(slot, _)| engine.slots.iter().position(|s| s.id == *slot));
    ok(&assembly).then_some(assembly)
}
