//! Product fit: the product type's needs (rules/needs.toml) that the component meets,
//! whether the component is best for this product type, and pairings with the stack's
//! language (SQL Server with C#).

use crate::catalog::model::Tech;

use super::super::Engine;
use super::Tally;

pub fn tally(engine: &Engine<'_>, slot: &str, tech: &Tech, out: &mut dyn Tally) {
    let unit = engine.product_unit;
    super::tally_needs("product", &engine.product_needs, slot, tech, unit, out);
    let best_for_weight = engine.slot(slot).map_or(0, |s| s.best_for_weight);
    if best_for_weight > 0 && tech.best_for.contains(&engine.profile.product) {
        out.add("product", f64::from(best_for_weight) * unit, &|| {
            format!(
                "{} is a strong fit for {} products",
                tech.id, engine.profile.product
            )
        });
    }
}

/// Pairings with the stack's language, which count in product fit.
pub fn tally_pairings(
    engine: &Engine<'_>,
    slot: &str,
    tech: &Tech,
    language: &Tech,
    out: &mut dyn Tally,
) {
    for need in &engine.language_needs {
        if need.language.as_ref() == Some(&language.id) {
            super::tally_needs(
                "product",
                std::slice::from_ref(need),
                slot,
                tech,
                engine.product_unit,
                out,
            );
        }
    }
}
