//! Priorities: the traits the chosen priorities reward (or the default priority's when
//! none is given), weighted by slot, and the priorities' own needs.

use crate::catalog::model::Tech;

use super::super::Engine;
use super::Tally;

pub fn tally(engine: &Engine<'_>, slot: &str, tech: &Tech, out: &mut dyn Tally) {
    let unit = engine.priority_unit;
    super::tally_needs("priorities", &engine.priority_needs, slot, tech, unit, out);
    let slot_weight = engine.slot(slot).map_or(0, |s| s.trait_weight);
    if slot_weight > 0 {
        let traits = &engine.priority_traits;
        let total = traits.total();
        out.add(
            "priorities",
            f64::from(slot_weight) * total * traits.fit(tech) * unit,
            &|| {
                format!(
                    "{} for {}: {}",
                    tech.id,
                    engine.priority_names,
                    traits.summary(tech)
                )
            },
        );
    }
}
