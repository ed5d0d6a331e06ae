//! Scoring the stack a user has in mind: its named technologies are required, the other
//! slots are filled with the best compatible choice, and the result is set against the
//! top stack for the same profile, criterion by criterion.

use serde::Serialize;

use crate::catalog::model::{Tech, Text};
use crate::error::UsageError;

use super::profile::Profile;
use super::search;
use super::stack::{Assembly, Components, Stack};
use super::{Engine, compat};

#[derive(Serialize)]
pub struct Explanation<'c> {
    pub stack: Stack<'c>,
    pub top: Stack<'c>,
    pub differences: Vec<Difference>,
    /// The hard needs the stack misses, which keep `recommend` from ranking it: "reason
    /// (slot)".
    pub misses: Vec<String>,
}

/// A criterion's points in the explained stack and in the top stack.
#[derive(Serialize)]
pub struct Difference {
    pub criterion: Text,
    pub stack: i64,
    pub top: i64,
    /// `stack - top`: negative where the top stack does better.
    pub difference: i64,
}

pub fn explain<'c>(engine: &Engine<'c>, named: &[Text]) -> Result<Explanation<'c>, UsageError> {
    let conflicts = conflicts(engine, named);
    if !conflicts.is_empty() {
        let names = named.iter().map(Text::as_str).collect::<Vec<_>>().join(" ");
        return Err(UsageError::new(format!(
            "these technologies cannot share a stack: {}",
            conflicts.join("; ")
        ))
        .hint(format!("change one of them: stackpick explain {names}")));
    }
    let mut with_named: Profile = engine.profile.clone().into_owned();
    for id in named {
        if with_named.avoid.contains(id) {
            return Err(UsageError::new(format!(
                "`{id}` is named here but avoided with --avoid"
            )));
        }
        if !with_named.require.contains(id) {
            with_named.require.push(id.clone());
        }
    }
    let theirs = Engine::new(engine.catalog, std::borrow::Cow::Owned(with_named));
    let stack = first(&theirs)?;
    let top = first(engine)?;
    // Both are scored by the profile as given, so their points compare.
    let assembly = Assembly {
        components: stack.components,
        covered: stack.covered,
    };
    let misses = super::tradeoffs::unmet(engine, &assembly)
        .into_iter()
        .filter(|need| need.hard)
        .map(|need| format!("{} ({})", need.reason, need.slot))
        .collect();
    let stack = engine.evaluate(assembly);
    let differences = engine
        .catalog
        .rules()
        .criteria
        .iter()
        .map(|criterion| {
            let points = |s: &Stack<'_>| {
                s.breakdown
                    .iter()
                    .filter(|l| l.criterion == criterion.id)
                    .map(|l| l.points)
                    .sum::<i64>()
            };
            let (mine, best) = (points(&stack), points(&top));
            Difference {
                criterion: criterion.id.clone(),
                stack: mine,
                top: best,
                difference: mine - best,
            }
        })
        .collect();
    Ok(Explanation {
        stack,
        top,
        differences,
        misses,
    })
}

/// The #1 stack of a profile, as `recommend` ranks it.
fn first<'c>(engine: &Engine<'c>) -> Result<Stack<'c>, UsageError> {
    let mut ranking = search::rank(engine, 1)?;
    Ok(ranking.stacks.remove(0))
}

/// Every conflict among the named technologies, in plain words: two in one slot, and
/// the rules every stack follows (`compat::check`).
pub fn conflicts(engine: &Engine<'_>, named: &[Text]) -> Vec<String> {
    let techs: Vec<&Tech> = named
        .iter()
        .filter_map(|id| engine.catalog.tech(id))
        .collect();
    let slot_of = |t: &Tech| search::slot_for(&engine.slots, t).map(|s| s.id.clone());
    let mut problems: Vec<String> = Vec::new();
    let mut components = Components::default();
    for (i, a) in techs.iter().enumerate() {
        for b in &techs[i + 1..] {
            if a.id != b.id && slot_of(a).is_some() && slot_of(a) == slot_of(b) {
                problems.push(format!(
                    "{} and {} are both a {}; a stack has one",
                    a.id, b.id, a.category
                ));
            }
        }
        match slot_of(a) {
            Some(slot) if components.get(&slot).is_none() => components.0.push((slot, *a)),
            Some(_) => {}
            None => problems.push(search::no_slot(engine.catalog, a)),
        }
    }
    for conflict in compat::check(engine.catalog, &components, true) {
        let problem = conflict.to_string();
        if !problems.contains(&problem) {
            problems.push(problem);
        }
    }
    problems
}
