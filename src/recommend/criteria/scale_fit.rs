//! Scaling path: the traits the chosen scale rewards (rules/scoring.toml), weighted by
//! slot, and the scale's own needs (rules/needs.toml), such as horizontal writes at
//! hyperscale.

use crate::catalog::model::Tech;

use super::super::Engine;
use super::super::stack::Line;

pub fn lines(engine: &Engine<'_>, slot: &str, tech: &Tech) -> Vec<Line> {
    let unit = engine.scale_unit;
    let mut lines = super::need_lines("scale", &engine.scale_needs, slot, tech, unit);
    let slot_weight = engine.slot(slot).map_or(0, |s| s.trait_weight);
    if slot_weight > 0 {
        let traits = &engine.scale.traits;
        let total: f64 = traits.values().map(|&w| f64::from(w)).sum();
        lines.push(Line::new(
            "scale",
            f64::from(slot_weight) * total * super::trait_fit(tech, traits) * unit,
            format!(
                "{} at {} scale: {}",
                tech.id,
                engine.scale.id,
                super::trait_summary(tech, traits)
            ),
        ));
    }
    lines
}
