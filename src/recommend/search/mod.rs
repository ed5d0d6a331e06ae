//! Finding the best stacks without trying every combination. Scores add up component by
//! component, so each candidate's language-independent points are computed once and
//! ranked (`points`); for each language the search adds the few language-dependent points
//! (team skill, pairings), combines only the best few frameworks, databases and hosts, and
//! fills the other slots with the best compatible complement (`complements`). Languages
//! are tried best bound first, and one that cannot beat the stacks found is skipped, so
//! the work grows with the catalog, not with the product of its slots.

mod candidates;
mod complements;
mod failure;
mod points;

use crate::catalog::model::{Need, Tech, Text};
use crate::error::UsageError;

use super::Engine;
use super::compat;
use super::stack::{Components, Stack};
pub use candidates::{Candidates, slot_for};
use complements::{Complements, Core};
use points::SharedPoints;

/// The pseudo-slot of backend platforms standing in for a framework.
const PLATFORM: &str = "platform";

/// How many of each core slot's best candidates are combined, beyond the stacks asked for.
const SPARE_CANDIDATES: usize = 1;

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

/// The best stacks, and the runner-up choices for each core slot of the first.
pub struct Ranking<'c> {
    pub stacks: Vec<Stack<'c>>,
    pub alternatives: Vec<Alternative>,
}

fn is_platform(tech: &Tech) -> bool {
    tech.capabilities.iter().any(|c| c == "backend-platform")
}

/// One language's best frameworks (or platforms), databases and hosts, and the most a
/// stack in that language could score.
struct LanguagePlan<'c> {
    language: &'c Tech,
    bound: f64,
    frameworks: Vec<(f64, &'c Tech)>,
    platforms: Vec<(f64, &'c Tech)>,
}

/// The best `top` stacks, ranked, each differing from the others in a core slot.
pub fn best<'c>(
    engine: &Engine<'c>,
    candidates: &Candidates<'c>,
    top: usize,
) -> Result<Ranking<'c>, UsageError> {
    for slot in ["language", "database", "hosting"] {
        if candidates.of(slot).is_empty() {
            return Err(failure::nothing_fits(engine, slot));
        }
    }
    let keep = top + SPARE_CANDIDATES;
    let shared = SharedPoints::new(engine, candidates);
    let paired = paired_candidates(engine, candidates);
    let points = |slot: &str, tech: &Tech, language: &Tech| {
        shared.of(slot, tech) + engine.language_points(slot, tech, language)
    };
    let others: f64 = engine
        .slots
        .iter()
        .filter(|s| s.id != "language" && s.id != "framework")
        .map(|s| shared.max(&s.id))
        .sum();
    let mut plans: Vec<LanguagePlan<'c>> = candidates
        .of("language")
        .iter()
        .map(|&language| {
            let ranked = |slot: &str, points_slot: &str| {
                let mut list: Vec<(f64, &'c Tech)> = candidates
                    .for_language(slot, language)
                    .map(|t| {
                        (
                            shared.of(slot, t) + engine.language_points(points_slot, t, language),
                            t,
                        )
                    })
                    .collect();
                sort(&mut list);
                list.truncate(keep);
                list
            };
            let frameworks = ranked("framework", "framework");
            let platforms = if candidates.required(engine, "framework") {
                Vec::new()
            } else {
                ranked(PLATFORM, "framework")
            };
            let best_framework = frameworks
                .first()
                .map_or(0.0, |f| f.0)
                .max(platforms.first().map_or(0.0, |p| p.0));
            let pairing_bonus: f64 = engine
                .language_needs
                .iter()
                .filter(|n| n.language.as_ref() == Some(&language.id))
                .map(|n| f64::from(n.weight) * engine.product_unit)
                .sum();
            let bound =
                points("language", language, language) + best_framework + others + pairing_bonus;
            LanguagePlan {
                language,
                bound,
                frameworks,
                platforms,
            }
        })
        .collect();
    plans.sort_by(|a, b| {
        b.bound
            .total_cmp(&a.bound)
            .then_with(|| a.language.id.cmp(&b.language.id))
    });

    let mut complements = Complements::default();
    // (exact score, core ids, components) of every combination tried.
    let mut found: Vec<(f64, Vec<Text>, Components<'c>)> = Vec::new();
    for plan in &plans {
        if found.len() >= top {
            let mut totals: Vec<f64> = found.iter().map(|f| f.0).collect();
            totals.sort_by(|a, b| b.total_cmp(a));
            if plan.bound < totals[top - 1] {
                break;
            }
        }
        let language = plan.language;
        let shortlist = |slot: &str, fits: &dyn Fn(&Tech) -> bool| -> Vec<&'c Tech> {
            let mut list: Vec<(f64, &'c Tech)> = shared
                .ranked(slot)
                .iter()
                .filter(|(_, t)| fits(t))
                .take(keep)
                .chain(paired_for(&paired, language, slot).filter(|(_, t)| fits(t)))
                .map(|(_, t)| (points(slot, t, language), *t))
                .collect();
            sort(&mut list);
            list.dedup_by(|a, b| a.1.id == b.1.id);
            list.truncate(keep);
            list.into_iter().map(|(_, t)| t).collect()
        };
        let databases = shortlist("database", &|_| true);
        let hosts = shortlist("hosting", &|h| compat::host_language(h, language).is_ok());
        let platform_ids: Vec<&Tech> = plan.platforms.iter().map(|(_, t)| *t).collect();
        let mut frameworks: Vec<Option<&'c Tech>> =
            plan.frameworks.iter().map(|(_, f)| Some(*f)).collect();
        if !platform_ids.is_empty() {
            frameworks.push(None);
        }
        let language_points = points("language", language, language);
        for framework in &frameworks {
            let dbs = if framework.is_some() {
                &databases
            } else {
                &platform_ids
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
                    let core = Core {
                        language,
                        framework: *framework,
                        database,
                        host,
                    };
                    let Some(extras) = complements.choose(engine, candidates, &shared, &core)
                    else {
                        continue;
                    };
                    let mut total = language_points
                        + points("database", database, language)
                        + points("hosting", host, language);
                    total += match framework {
                        Some(f) => points("framework", f, language),
                        None => {
                            shared.of(PLATFORM, database)
                                + engine.language_points("framework", database, language)
                        }
                    };
                    total += extras
                        .iter()
                        .map(|(slot, t)| points(slot, t, language))
                        .sum::<f64>();
                    let mut components = vec![(Text::from("language"), language)];
                    components.extend(framework.map(|f| (Text::from("framework"), f)));
                    components.push((Text::from("database"), database));
                    components.push((Text::from("hosting"), host));
                    components.extend(extras);
                    let components = in_slot_order(engine, components);
                    let key = components.key(&engine.core);
                    found.push((total, key, components));
                }
            }
        }
    }
    if found.is_empty() {
        return Err(failure::nothing_fits(engine, "stack"));
    }
    found.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let alternatives = alternatives(engine, &found);
    let mut stacks = Vec::new();
    for components in pick_distinct(engine, found, top) {
        stacks.push(engine.evaluate(components));
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

/// The best `top` stacks, best first, preferring real alternatives: a stack that differs
/// from every one already picked in its language, framework or database comes before one
/// that only moves the same code to another host. Host-only variants fill the remaining
/// places, and "alternatives to #1" lists them anyway.
fn pick_distinct<'c>(
    engine: &Engine<'_>,
    found: Vec<(f64, Vec<Text>, Components<'c>)>,
    top: usize,
) -> Vec<Components<'c>> {
    let hosting = engine.core.iter().position(|slot| slot == "hosting");
    let differs_beyond_hosting = |a: &[Text], b: &[Text]| {
        a.iter()
            .zip(b)
            .enumerate()
            .any(|(i, (x, y))| Some(i) != hosting && x != y)
    };
    let mut picked: Vec<usize> = Vec::new();
    for pass in [true, false] {
        for (i, (_, key, _)) in found.iter().enumerate() {
            if picked.len() == top {
                break;
            }
            let fits = picked.iter().all(|&p| {
                let other = &found[p].1;
                other != key && (!pass || differs_beyond_hosting(other, key))
            });
            if fits && !picked.contains(&i) {
                picked.push(i);
            }
        }
    }
    picked.sort_unstable();
    let mut found: Vec<Option<Components<'c>>> =
        found.into_iter().map(|(_, _, c)| Some(c)).collect();
    picked.into_iter().filter_map(|i| found[i].take()).collect()
}

fn sort(list: &mut [(f64, &Tech)]) {
    list.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
}

/// For each pairing need, the candidates of its slot that meet it, found once per search.
fn paired_candidates<'c>(
    engine: &Engine<'c>,
    candidates: &Candidates<'c>,
) -> Vec<(&'c Need, Vec<(f64, &'c Tech)>)> {
    engine
        .language_needs
        .iter()
        .map(|need| {
            let meeting = candidates
                .of(&need.slot)
                .iter()
                .filter(|t| super::criteria::meets(need, t))
                .map(|t| (0.0, *t))
                .collect();
            (*need, meeting)
        })
        .collect()
}

/// The candidates of `slot` that a pairing with `language` favours.
fn paired_for<'a, 'c>(
    paired: &'a [(&'c Need, Vec<(f64, &'c Tech)>)],
    language: &'a Tech,
    slot: &'a str,
) -> impl Iterator<Item = &'a (f64, &'c Tech)> {
    paired
        .iter()
        .filter(move |(need, _)| need.slot == slot && need.language.as_ref() == Some(&language.id))
        .flat_map(|(_, techs)| techs)
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
