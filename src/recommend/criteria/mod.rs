//! The scoring criteria, one module each. Every criterion scores one component of a stack
//! at a time, so a stack's score is the sum of its components' scores: that is what lets
//! the search rank candidates slot by slot instead of trying every combination.

pub mod preferences;
pub mod priorities;
pub mod product_fit;
pub mod scale_fit;
pub mod team_skill;

use crate::catalog::model::{Need, Tech, TraitWeights, Traits};

use super::stack::Line;

/// Where a criterion puts its contributions: a plain sum while searching, explained lines
/// for the stacks that are shown. Reasons are only formatted for the latter.
pub trait Tally {
    fn add(&mut self, criterion: &'static str, points: f64, reason: &dyn Fn() -> String);
}

impl Tally for f64 {
    fn add(&mut self, _: &'static str, points: f64, _: &dyn Fn() -> String) {
        *self += points;
    }
}

impl Tally for Vec<Line> {
    fn add(&mut self, criterion: &'static str, points: f64, reason: &dyn Fn() -> String) {
        self.push(Line::new(criterion, points, reason()));
    }
}

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

/// The needs of `criterion` on `slot` that `tech` meets, each worth its weight.
pub fn tally_needs(
    criterion: &'static str,
    needs: &[&Need],
    slot: &str,
    tech: &Tech,
    unit: f64,
    out: &mut dyn Tally,
) {
    for need in needs
        .iter()
        .filter(|need| need.slot == slot && meets(need, tech))
    {
        out.add(criterion, f64::from(need.weight) * unit, &|| {
            format!("{}: {}", tech.id, need.reason)
        });
    }
}

/// A criterion that rewards traits: its id, the weights, and the value of one weight unit.
pub struct TraitReward<'a> {
    pub criterion: &'static str,
    pub traits: &'a TraitVector,
    pub unit: f64,
}

/// The traits a criterion rewards, for a component in a slot that weighs traits.
pub fn tally_traits(
    engine: &super::Engine<'_>,
    reward: &TraitReward<'_>,
    slot: &str,
    tech: &Tech,
    why: &dyn Fn() -> String,
    out: &mut dyn Tally,
) {
    let slot_weight = engine.slot(slot).map_or(0, |s| s.trait_weight);
    if slot_weight > 0 {
        let traits = reward.traits;
        let points = f64::from(slot_weight) * traits.total() * traits.fit(tech) * reward.unit;
        out.add(reward.criterion, points, &|| {
            format!("{} {}: {}", tech.id, why(), traits.summary(tech))
        });
    }
}

/// Weights over the eight traits, in `Traits::NAMES` order, for fast scoring.
#[derive(Debug, Clone, Copy, Default)]
pub struct TraitVector([f64; 8]);

impl TraitVector {
    pub fn new(weights: &TraitWeights) -> Self {
        let mut vector = [0.0; 8];
        for (slot, name) in vector.iter_mut().zip(Traits::NAMES) {
            *slot = weights.get(name).map_or(0.0, |&w| f64::from(w));
        }
        TraitVector(vector)
    }

    pub fn total(&self) -> f64 {
        self.0.iter().sum()
    }

    /// The weighted average of a technology's traits, from 0 (all 1s) to 1 (all 5s).
    pub fn fit(&self, tech: &Tech) -> f64 {
        let total = self.total();
        if total == 0.0 {
            return 0.0;
        }
        let sum: f64 = self
            .0
            .iter()
            .zip(tech.traits.pairs())
            .map(|(weight, (_, value))| weight * f64::from(value.saturating_sub(1)) / 4.0)
            .sum();
        sum / total
    }

    /// The traits that weigh most, with the technology's values: "scalability 3/5, performance 4/5".
    pub fn summary(&self, tech: &Tech) -> String {
        let mut named: Vec<(f64, (&str, u8))> = self
            .0
            .iter()
            .copied()
            .zip(tech.traits.pairs())
            .filter(|(weight, _)| *weight > 0.0)
            .collect();
        named.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.0.cmp(b.1.0)));
        named
            .iter()
            .take(3)
            .map(|(_, (name, value))| format!("{} {value}/5", name.replace('_', " ")))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
