//! Scoring the stack a user has in mind: its named technologies are required, the other
//! slots are filled with the best compatible choice, and the result is set against the
//! top stack for the same profile, criterion by criterion.

use serde::Serialize;

use crate::catalog::model::{Tech, Text};
use crate::error::UsageError;

use super::profile::Profile;
use super::search::{self, Candidates};
use super::stack::Stack;
use super::{Engine, compat};

#[derive(Serialize)]
pub struct Explanation<'c> {
    pub stack: Stack<'c>,
    pub top: Stack<'c>,
    pub differences: Vec<Difference>,
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
    let stack = engine.evaluate(stack.components);
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
    })
}

fn first<'c>(engine: &Engine<'c>) -> Result<Stack<'c>, UsageError> {
    let candidates = Candidates::new(engine)?;
    let mut ranking = search::best(engine, &candidates, 1)?;
    Ok(ranking.stacks.remove(0))
}

/// Every pair of named technologies that cannot share a stack, in plain words.
pub fn conflicts(engine: &Engine<'_>, named: &[Text]) -> Vec<String> {
    let techs: Vec<&Tech> = named
        .iter()
        .filter_map(|id| engine.catalog.tech(id))
        .collect();
    let in_slot = |slot: &str| {
        techs
            .iter()
            .copied()
            .find(|t| search::slot_for(engine, t).is_some_and(|s| s.id == slot))
    };
    let mut problems: Vec<String> = Vec::new();
    for (i, a) in techs.iter().enumerate() {
        for b in &techs[i + 1..] {
            let slot_of = |t: &Tech| search::slot_for(engine, t).map(|s| s.id.clone());
            if a.id != b.id && slot_of(a) == slot_of(b) {
                problems.push(format!(
                    "{} and {} are both a {}; a stack has one",
                    a.id, b.id, a.category
                ));
            }
        }
    }
    let mut note = |fit: compat::Fit<'_>| {
        if let Err(conflict) = fit {
            let problem = conflict.to_string();
            if !problems.contains(&problem) {
                problems.push(problem);
            }
        }
    };
    let language = in_slot("language");
    let framework = in_slot("framework");
    let database = in_slot("database");
    let host = in_slot("hosting");
    if let Some(language) = language {
        for tech in &techs {
            if tech.category != "hosting" && tech.category != "database" {
                note(compat::language(tech, language));
            }
        }
        if let Some(host) = host {
            note(compat::host_language(host, language));
        }
    }
    if let (Some(framework), Some(host)) = (framework, host) {
        note(compat::framework_host(framework, host));
    }
    if let (Some(framework), Some(database)) = (framework, database) {
        let bundled = framework
            .bundled_orm
            .as_ref()
            .and_then(|o| engine.catalog.tech(o));
        note(compat::framework_database(framework, database, bundled));
    }
    if let (Some(orm), Some(database)) = (in_slot("orm"), database) {
        note(compat::orm_database(orm, database));
    }
    if let Some(host) = host {
        for tech in &techs {
            note(compat::same_cloud(tech, host));
        }
    }
    problems
}
