//! Team skill: the strongest single factor. A known language earns most of it, a known
//! framework the rest; a new framework in a known language earns a little. With no
//! existing skills, easier languages and frameworks score higher instead.

use crate::catalog::model::Tech;

use super::super::Engine;
use super::Tally;

/// Share of the criterion that the language carries; the framework carries the rest.
const LANGUAGE_SHARE: f64 = 0.7;
/// What a new framework in a known language is worth, relative to knowing the language.
const NEW_FRAMEWORK_IN_KNOWN_LANGUAGE: f64 = 0.35;
/// What a backend platform standing in for a framework is worth, relative to the language.
const PLATFORM_IN_KNOWN_LANGUAGE: f64 = 0.2;

pub fn tally(engine: &Engine<'_>, slot: &str, tech: &Tech, language: &Tech, out: &mut dyn Tally) {
    let weight = engine.weight("team");
    let criterion = "team";
    let share = match slot {
        "language" => LANGUAGE_SHARE,
        "framework" => 1.0 - LANGUAGE_SHARE,
        _ => return,
    };
    if engine.profile.team.is_empty() {
        let ease = f64::from(tech.traits.ease.saturating_sub(1)) / 4.0;
        out.add(criterion, weight * share * ease, &|| {
            format!(
                "no existing skills: {} is easy to learn (ease {}/5)",
                tech.id, tech.traits.ease
            )
        });
        return;
    }
    let (factor, reason) = match engine.skill(tech) {
        Some((factor, reason)) => (factor, reason),
        None => match (slot, engine.skill(language)) {
            ("framework", Some((known, _))) if tech.category == "framework" => (
                known * NEW_FRAMEWORK_IN_KNOWN_LANGUAGE,
                format!("{} is new to the team, in a language it knows", tech.id),
            ),
            ("framework", Some((known, _))) => (
                known * PLATFORM_IN_KNOWN_LANGUAGE,
                format!(
                    "{} serves the API, so there is no framework to learn",
                    tech.id
                ),
            ),
            _ => (0.0, format!("the team does not know {}", tech.id)),
        },
    };
    out.add(criterion, weight * share * factor, &|| reason.clone());
}
