//! The scoring criteria, one module each. A criterion scores one component of a stack at
//! a time, from what it is given (the component, its slot, the stack's context and the
//! criterion's own resolved rules): it never calls back into the engine. A stack's score
//! is the sum of its components' points, which is what lets the search rank candidates
//! slot by slot and bound what a partial stack can still reach.

pub mod preferences;
pub mod product_fit;
pub mod team_skill;
pub mod weighing;

use crate::catalog::model::{Need, Rules, Slot, Tech, Text, TraitWeights, Traits};
use crate::catalog::words;

use super::stack::Line;

/// Points are counted in millionths, as integers, so that a sum does not depend on the
/// order it is added in: the search and the brute-force oracle agree to the last unit.
pub const MICRO: f64 = 1_000_000.0;

pub fn micro(points: f64) -> i64 {
    (points * MICRO).round() as i64
}

/// Where a criterion puts its contributions: a plain sum while searching, explained lines
/// for the stacks that are shown. Reasons are only formatted for the latter.
pub trait Tally {
    fn add(&mut self, criterion: &'static str, points: f64, reason: &dyn Fn() -> String);
}

impl Tally for i64 {
    fn add(&mut self, _: &'static str, points: f64, _: &dyn Fn() -> String) {
        *self += micro(points);
    }
}

impl Tally for Vec<Line> {
    fn add(&mut self, criterion: &'static str, points: f64, reason: &dyn Fn() -> String) {
        let points = micro(points);
        if points != 0 {
            self.push(Line::new(criterion, points, reason()));
        }
    }
}

/// What a component's points may depend on beyond itself: the stack's language and
/// framework.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub language: &'a Tech,
    pub framework: Option<&'a Tech>,
}

/// Whether `tech` meets `need`.
pub fn meets(need: &Need, tech: &Tech) -> bool {
    need.techs.contains(&tech.id) || meets_with(need, &tech.capabilities)
}

/// Whether a set of capabilities meets `need`.
pub fn meets_with(need: &Need, capabilities: &[crate::catalog::model::Text]) -> bool {
    need.capabilities.iter().any(|c| capabilities.contains(c))
}

/// Whether a coverage with these capabilities meets `need`: a need on how a part is paid
/// for is met by a part of the stack that does the job, which adds no bill of its own.
pub fn covers(need: &Need, capabilities: &[crate::catalog::model::Text]) -> bool {
    !need.prices.is_empty() || meets_with(need, capabilities)
}

/// What a need asks for, for a trade-off line.
pub fn wanted(need: &Need) -> String {
    let mut wanted: Vec<String> = need.capabilities.iter().map(|c| c.to_string()).collect();
    wanted.extend(need.techs.iter().map(|t| t.to_string()));
    if !need.prices.is_empty() {
        wanted.push(format!("{} pricing", need.prices.join(" or ")));
    }
    wanted.join(" or ")
}

/// The needs on `slot` that `tech` meets (as `met` says), each worth its weight in `unit`s.
pub fn tally_needs(
    criterion: &'static str,
    needs: &[&Need],
    slot: &Slot,
    tech: &Tech,
    met: &dyn Fn(&Need) -> bool,
    unit: f64,
    out: &mut dyn Tally,
) {
    for need in needs
        .iter()
        .filter(|need| need.slot == slot.id && met(need))
    {
        out.add(criterion, f64::from(need.weight) * unit, &|| {
            format!("{}: {}", tech.id, need.reason)
        });
    }
}

/// Weights over the eight traits, in `Traits::NAMES` order, for fast scoring, and the
/// level of each that is enough (5 unless a scale says less).
#[derive(Debug, Clone, Copy)]
pub struct TraitVector([f64; 8], [u8; 8]);

impl Default for TraitVector {
    fn default() -> Self {
        TraitVector([0.0; 8], [5; 8])
    }
}

impl TraitVector {
    pub fn new(weights: &TraitWeights) -> Self {
        let mut vector = [0.0; 8];
        for (slot, name) in vector.iter_mut().zip(Traits::NAMES) {
            *slot = weights.get(name).map_or(0.0, |&w| f64::from(w));
        }
        TraitVector(vector, [5; 8])
    }

    /// The same weights, with the levels that are enough (`enough` of a scale).
    pub fn enough(mut self, levels: &TraitWeights) -> Self {
        for (level, name) in self.1.iter_mut().zip(Traits::NAMES) {
            if let Some(&enough) = levels.get(name) {
                *level = enough.clamp(2, 5);
            }
        }
        self
    }

    /// The weights that `[[factor]]`s named `prefix-<trait>` give the traits.
    pub fn from_factors(rules: &Rules, prefix: &str) -> Self {
        let mut vector = [0.0; 8];
        for (slot, name) in vector.iter_mut().zip(Traits::NAMES) {
            *slot = rules.factor(&words::trait_factor(prefix, name));
        }
        TraitVector(vector, [5; 8])
    }

    /// The same weights with the named traits left out.
    pub fn without(&self, names: &[Text]) -> TraitVector {
        let mut vector = self.0;
        for (weight, name) in vector.iter_mut().zip(Traits::NAMES) {
            if names.iter().any(|n| n == name) {
                *weight = 0.0;
            }
        }
        TraitVector(vector, self.1)
    }

    pub fn add(&mut self, other: &TraitVector) {
        for (mine, theirs) in self.0.iter_mut().zip(other.0) {
            *mine += theirs;
        }
    }

    pub fn total(&self) -> f64 {
        self.0.iter().sum()
    }

    /// The weighted average of a technology's traits, from 0 (all 1s) to 1 (each at the
    /// level that is enough, or above).
    pub fn fit(&self, tech: &Tech) -> f64 {
        let total = self.total();
        if total == 0.0 {
            return 0.0;
        }
        let sum: f64 = self
            .0
            .iter()
            .zip(self.1)
            .zip(tech.traits.pairs())
            .map(|((weight, enough), (_, value))| {
                weight * f64::from(value.min(enough).saturating_sub(1)) / f64::from(enough - 1)
            })
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

#[cfg(test)]
mod tests {
    use super::TraitVector;
    use crate::catalog::model::TraitWeights;

    #[test]
    fn a_trait_at_the_level_that_is_enough_earns_full_marks() {
        let catalog = crate::embedded::catalog();
        let (postgres, spanner) = (
            catalog.tech("postgresql").unwrap(),
            catalog.tech("google-spanner").unwrap(),
        );
        assert_eq!(
            (postgres.traits.scalability, spanner.traits.scalability),
            (3, 5)
        );
        let weights: TraitWeights = [("scalability".into(), 2)].into_iter().collect();
        let levels: TraitWeights = [("scalability".into(), 3)].into_iter().collect();
        let open = TraitVector::new(&weights);
        assert!(open.fit(postgres) < open.fit(spanner));
        let growth = open.enough(&levels);
        assert_eq!(growth.fit(postgres), 1.0);
        assert_eq!(growth.fit(spanner), 1.0);
    }
}
