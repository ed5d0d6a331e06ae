//! Preferences: an equal share of the criterion for each `--prefer` technology in the stack.

use crate::catalog::model::Tech;

use super::super::Engine;
use super::super::stack::Line;

pub fn lines(engine: &Engine<'_>, tech: &Tech) -> Vec<Line> {
    let prefer = &engine.profile.prefer;
    if !prefer.contains(&tech.id) {
        return Vec::new();
    }
    vec![Line::new(
        "preferences",
        engine.weight("preferences") / prefer.len() as f64,
        format!("{} is preferred (--prefer)", tech.id),
    )]
}
