//! What a stack gives up, for this profile: the needs it leaves unmet, the risks of its
//! combination (`[[caveat]]`s such as a relational database on functions without a
//! pooler), and the weak points of its riskiest parts; and, when two stacks share a whole
//! score, what separates them.

use crate::catalog::model::{Need, Tech};

use super::Engine;
use super::caveats::{self, Part};
use super::criteria::{self, MICRO};
use super::stack::{Assembly, Stack};

/// The part in a slot; a backend platform in the database slot stands in for the framework.
fn holder<'c>(assembly: &Assembly<'c>, slot: &str) -> Option<&'c Tech> {
    let components = &assembly.components;
    components.get(slot).or_else(|| {
        (slot == "framework")
            .then(|| components.get("database"))
            .flatten()
    })
}

/// The profile's needs that the stack leaves unmet; a need that only says how a slot is
/// best filled is unmet only when the slot is filled.
pub fn unmet<'e>(engine: &'e Engine<'_>, assembly: &Assembly<'_>) -> Vec<&'e Need> {
    engine
        .needs
        .iter()
        .copied()
        .filter(|need| {
            let cover = assembly.covered.iter().find(|c| need.slot == c.slot);
            let covered = cover.is_some_and(|c| criteria::covers(need, &c.coverage.capabilities));
            let held = holder(assembly, &need.slot);
            let met = covered || held.is_some_and(|tech| engine.meets(need, tech));
            need.left_unmet(held.is_some(), met)
        })
        .collect()
}

pub fn of(engine: &Engine<'_>, assembly: &Assembly<'_>) -> Vec<String> {
    let components = &assembly.components;
    let holder = |slot: &str| holder(assembly, slot);
    let mut tradeoffs: Vec<String> = Vec::new();
    for need in unmet(engine, assembly) {
        let cover = assembly.covered.iter().find(|c| need.slot == c.slot);
        let slot = slot_name(engine, &need.slot);
        let held = match (holder(&need.slot), cover) {
            (Some(tech), _) => tech.id.to_string(),
            (None, Some(cover)) => format!(
                "{} covers only {}",
                cover.by.id,
                cover.coverage.capabilities.join(", ")
            ),
            (None, None) => "nothing".to_string(),
        };
        // Two needs of the same thing in the same slot make one line with both reasons.
        let head = format!("no {} in {slot} ({held}): ", criteria::wanted(need));
        match tradeoffs.iter_mut().find(|t| t.starts_with(&head)) {
            Some(line) => {
                line.push_str("; ");
                line.push_str(&need.reason);
            }
            None => tradeoffs.push(format!("{head}{}", need.reason)),
        }
    }
    let host = components.get("hosting");
    for caveat in &engine.catalog.rules().caveats {
        // The part in the slot, or the component that covers it, with what it brings
        // there and what it needs from its host to do so.
        let cover = assembly.covered.iter().find(|c| caveat.slot == c.slot);
        let part = match (holder(&caveat.slot), cover) {
            (Some(tech), _) => Some((tech.id.to_string(), Part::of(tech))),
            (None, Some(cover)) => Some((
                format!(
                    "{} (covers {})",
                    cover.by.id,
                    slot_name(engine, &caveat.slot)
                ),
                Part {
                    capabilities: &cover.coverage.capabilities,
                    needs: &cover.coverage.needs,
                },
            )),
            (None, None) => None,
        };
        if let Some((part, _)) = part.filter(|(_, p)| caveats::applies(engine, caveat, host, p)) {
            let on = host.map_or(String::new(), |h| format!(" on {}", h.id));
            tradeoffs.push(format!("{part}{on}: {}", caveat.text));
        }
    }
    // The riskiest parts first: the host (what it cannot do, or its own future), the job
    // runner, the primary store, the framework.
    let risky: Vec<&Tech> = [
        host,
        components.get("queue"),
        components.get("database"),
        components.get("framework"),
    ]
    .into_iter()
    .flatten()
    .collect();
    for tech in risky {
        if let Some(weakness) = tech.weaknesses.first() {
            let line = format!("{}: {weakness}", tech.id);
            if !tradeoffs.contains(&line) {
                tradeoffs.push(line);
            }
        }
    }
    tradeoffs
}

/// A slot as a sentence names it: "background jobs" for `queue`.
fn slot_name(engine: &Engine<'_>, id: &str) -> String {
    engine
        .slot(id)
        .map_or(id.to_string(), |s| s.name.to_lowercase())
}

/// For each stack that shares its whole score with the next: what separates them.
pub fn note_ties(engine: &Engine<'_>, stacks: &mut [Stack<'_>]) {
    for i in 1..stacks.len() {
        let (ahead, behind) = (&stacks[i - 1], &stacks[i]);
        if ahead.score != behind.score {
            continue;
        }
        let by_criterion = |stack: &Stack<'_>, id: &str| {
            stack
                .breakdown
                .iter()
                .filter(|l| l.criterion == id)
                .map(|l| l.micro)
                .sum::<i64>()
        };
        let mut parts: Vec<(i64, String)> = engine
            .catalog
            .rules()
            .criteria
            .iter()
            .map(|c| {
                let gap = by_criterion(ahead, &c.id) - by_criterion(behind, &c.id);
                (gap, c.name.to_lowercase())
            })
            .filter(|(gap, _)| gap.abs() >= 50_000)
            .collect();
        parts.sort_by_key(|(gap, _)| -gap.abs());
        let note = if ahead.micro == behind.micro || parts.is_empty() {
            format!(
                "Same score as #{}, and no criterion separates them by more than a twentieth of a point; {}.",
                behind.rank,
                tie_break(engine, ahead, behind)
            )
        } else {
            let gap = (ahead.micro - behind.micro) as f64 / MICRO;
            let said: Vec<String> = parts
                .iter()
                .map(|(g, name)| format!("{name} {:+.1}", *g as f64 / MICRO))
                .collect();
            format!(
                "Same whole score as #{}; ahead by {gap:.2} points: {}.",
                behind.rank,
                said.join(", ")
            )
        };
        stacks[i - 1].note = Some(note);
    }
}

/// What puts the first of two equal stacks ahead: the first core part where they differ,
/// by standing, or by id when the standings are equal too.
fn tie_break(engine: &Engine<'_>, ahead: &Stack<'_>, behind: &Stack<'_>) -> String {
    let differing = ["language", "framework", "database", "hosting"]
        .into_iter()
        .find_map(|slot| {
            let (a, b) = (ahead.components.get(slot), behind.components.get(slot));
            (a.map(|t| &t.id) != b.map(|t| &t.id)).then_some((slot, a, b))
        });
    match differing {
        Some((slot, Some(a), Some(b))) => {
            let (sa, sb) = (engine.standing.of(a), engine.standing.of(b));
            // What the standing weighs: the traits the tie-break factors name.
            let traits: Vec<String> = engine
                .catalog
                .rules()
                .factors
                .iter()
                .filter_map(|f| f.id.strip_prefix("tie-break-"))
                .map(|t| t.replace('-', " "))
                .collect();
            if sa == sb {
                format!(
                    "{slot} {} and {} stand equal on the tie-break ({}), so they are listed by id",
                    a.id,
                    b.id,
                    traits.join(", ")
                )
            } else {
                format!(
                    "{slot} {} comes first on the tie-break: standing {} against {}, weighing {}",
                    a.id,
                    f64::from(sa) / 100.0,
                    f64::from(sb) / 100.0,
                    traits.join(", ")
                )
            }
        }
        _ => "the stack with fewer parts is listed first".to_string(),
    }
}
