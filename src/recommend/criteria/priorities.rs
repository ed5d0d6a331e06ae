//! Priorities: the traits the chosen priorities reward (or the default priority's when
//! none is given), weighted by slot, and the priorities' own needs.

use crate::catalog::model::Tech;

use super::super::Engine;
use super::super::stack::Line;

pub fn lines(engine: &Engine<'_>, slot: &str, tech: &Tech) -> Vec<Line> {
    let unit = engine.priority_unit;
    let mut lines = super::need_lines("priorities", &engine.priority_needs, slot, tech, unit);
    let slot_weight = engine.slot(slot).map_or(0, |s| s.trait_weight);
    if slot_weight > 0 {
        let traits = &engine.priority_traits;
        let total: f64 = traits.values().map(|&w| f64::from(w)).sum();
        lines.push(Line::new(
            "priorities",
            f64::from(slot_weight) * total * super::trait_fit(tech, traits) * unit,
            format!(
                "{} for {}: {}",
                tech.id,
                engine.priority_names,
                super::trait_summary(tech, traits)
            ),
        ));
    }
    lines
}
