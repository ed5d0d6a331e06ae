//! Scaling path: the traits the chosen scale rewards (rules/scoring.toml), weighted by
//! slot, and the scale's own needs (rules/needs.toml), such as horizontal writes at
//! hyperscale.

use crate::catalog::model::Tech;

use super::super::Engine;
use super::Tally;

pub fn tally(engine: &Engine<'_>, slot: &str, tech: &Tech, out: &mut dyn Tally) {
    let unit = engine.scale_unit;
    super::tally_needs("scale", &engine.scale_needs, slot, tech, unit, out);
    let slot_weight = engine.slot(slot).map_or(0, |s| s.trait_weight);
    if slot_weight > 0 {
        let traits = &engine.scale_traits;
        let total = traits.total();
        out.add(
            "scale",
            f64::from(slot_weight) * total * traits.fit(tech) * unit,
            &|| {
                format!(
                    "{} at {} scale: {}",
                    tech.id,
                    engine.scale.id,
                    traits.summary(tech)
                )
            },
        );
    }
}
