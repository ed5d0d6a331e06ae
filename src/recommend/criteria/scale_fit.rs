//! Scaling path: the traits the chosen scale rewards (rules/scoring.toml), weighted by
//! slot, and the scale's own needs (rules/needs.toml), such as horizontal writes at
//! hyperscale.

use crate::catalog::model::Tech;

use super::super::Engine;
use super::Tally;

pub fn tally(engine: &Engine<'_>, slot: &str, tech: &Tech, out: &mut dyn Tally) {
    let unit = engine.scale_unit;
    super::tally_needs("scale", &engine.scale_needs, slot, tech, unit, out);
    let why = || format!("at {} scale", engine.scale.id);
    let reward = super::TraitReward {
        criterion: "scale",
        traits: &engine.scale_traits,
        unit,
    };
    super::tally_traits(engine, &reward, slot, tech, &why, out);
}
