//! Product fit: the product type's needs (rules/needs.toml) that the component meets,
//! whether the component is best for this product type, and pairings with the stack's
//! language (SQL Server with C#).

use crate::catalog::model::Tech;

use super::super::Engine;
use super::super::stack::Line;

pub fn lines(engine: &Engine<'_>, slot: &str, tech: &Tech, language: &Tech) -> Vec<Line> {
    let unit = engine.product_unit;
    let mut lines = super::need_lines("product", &engine.product_needs, slot, tech, unit);
    let pairings: Vec<_> = engine
        .language_needs
        .iter()
        .copied()
        .filter(|need| need.language.as_ref() == Some(&language.id))
        .collect();
    lines.extend(super::need_lines("product", &pairings, slot, tech, unit));
    let best_for_weight = engine.slot(slot).map_or(0, |s| s.best_for_weight);
    if best_for_weight > 0 && tech.best_for.contains(&engine.profile.product) {
        lines.push(Line::new(
            "product",
            f64::from(best_for_weight) * unit,
            format!(
                "{} is a strong fit for {} products",
                tech.id, engine.profile.product
            ),
        ));
    }
    lines
}
