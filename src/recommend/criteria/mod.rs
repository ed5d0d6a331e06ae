//! The scoring criteria, one module each. Every criterion scores one component of a stack
//! at a time, so a stack's score is the sum of its components' scores: that is what lets
//! the search rank candidates slot by slot instead of trying every combination.

pub mod preferences;
pub mod priorities;
pub mod product_fit;
pub mod scale_fit;
pub mod team_skill;

use crate::catalog::model::{Need, Tech, TraitWeights};

use super::stack::Line;

/// Whether `tech` meets `need`.
pub fn meets(need: &Need, tech: &Tech) -> bool {
    need.techs.contains(&tech.id)
        || need
            .capabilities
            .iter()
            .any(|c| tech.capabilities.contains(c))
}

/// What a need asks for, for a trade-off line.
pub fn wanted(need: &Need) -> String {
    let mut wanted: Vec<&str> = need.capabilities.iter().map(|c| c.as_str()).collect();
    wanted.extend(need.techs.iter().map(|t| t.as_str()));
    wanted.join(" or ")
}

/// Lines for the needs of `criterion` on `slot` that `tech` meets, each worth its weight.
pub fn need_lines(
    criterion: &'static str,
    needs: &[&Need],
    slot: &str,
    tech: &Tech,
    unit: f64,
) -> Vec<Line> {
    needs
        .iter()
        .filter(|need| need.slot == slot && meets(need, tech))
        .map(|need| {
            Line::new(
                criterion,
                f64::from(need.weight) * unit,
                format!("{}: {}", tech.id, need.reason),
            )
        })
        .collect()
}

/// The weighted average of a technology's traits, from 0 (all 1s) to 1 (all 5s).
pub fn trait_fit(tech: &Tech, weights: &TraitWeights) -> f64 {
    let total: f64 = weights.values().map(|&w| f64::from(w)).sum();
    if total == 0.0 {
        return 0.0;
    }
    let sum: f64 = tech
        .traits
        .pairs()
        .map(|(name, value)| {
            let weight = weights
                .iter()
                .find(|(k, _)| k.as_str() == name)
                .map_or(0, |(_, w)| *w);
            f64::from(weight) * f64::from(value.saturating_sub(1)) / 4.0
        })
        .sum();
    sum / total
}

/// The traits that weigh most, with the technology's values: "scalability 3/5, performance 4/5".
pub fn trait_summary(tech: &Tech, weights: &TraitWeights) -> String {
    let mut named: Vec<(&str, u8)> = weights
        .iter()
        .filter(|(_, w)| **w > 0)
        .map(|(k, w)| (k.as_str(), *w))
        .collect();
    named.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    named
        .iter()
        .take(3)
        .filter_map(|(name, _)| {
            let value = tech.traits.pairs().find(|(n, _)| n == name)?.1;
            Some(format!("{} {value}/5", name.replace('_', " ")))
        })
        .collect::<Vec<_>>()
        .join(", ")
}
