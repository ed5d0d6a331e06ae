//! Priorities: the traits the chosen priorities reward (or the default priority's when
//! none is given), weighted by slot, and the priorities' own needs.

use crate::catalog::model::Tech;

use super::super::Engine;
use super::Tally;

pub fn tally(engine: &Engine<'_>, slot: &str, tech: &Tech, out: &mut dyn Tally) {
    let unit = engine.priority_unit;
    super::tally_needs("priorities", &engine.priority_needs, slot, tech, unit, out);
    let why = || format!("for {}", engine.priority_names);
    let reward = super::TraitReward {
        criterion: "priorities",
        traits: &engine.priority_traits,
        unit,
    };
    super::tally_traits(engine, &reward, slot, tech, &why, out);
}
