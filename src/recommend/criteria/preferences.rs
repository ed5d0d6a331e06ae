//! Preferences: an equal share of the criterion for each `--prefer` technology in the stack.

use crate::catalog::model::Tech;

use super::super::Engine;
use super::Tally;

pub fn tally(engine: &Engine<'_>, tech: &Tech, out: &mut dyn Tally) {
    let prefer = &engine.profile.prefer;
    if prefer.contains(&tech.id) {
        out.add(
            "preferences",
            engine.weight("preferences") / prefer.len() as f64,
            &|| format!("{} is preferred (--prefer)", tech.id),
        );
    }
}
