//! The tie-break between parts of exactly equal points: the better-established one first
//! (the `tie-break-*` factors weigh its traits), and the id only when standings are equal
//! too.

use std::cmp::Reverse;

use crate::catalog::model::{Rules, Tech, Traits};
use crate::catalog::words;

/// A part's place among equals: the higher standing first, then the smaller id.
pub type Rank<'t> = (Reverse<u32>, &'t str);

/// The rank of an empty place (no framework under a backend platform): before any part.
pub const NOBODY: Rank<'static> = (Reverse(u32::MAX), "");

/// Each trait's weight in the tie-break, in hundredths.
pub struct Standing([u32; 8]);

impl Standing {
    pub fn new(rules: &Rules) -> Self {
        let mut weights = [0; 8];
        for (weight, name) in weights.iter_mut().zip(Traits::NAMES) {
            let factor = rules.factor(&words::trait_factor("tie-break", name));
            *weight = (factor.max(0.0) * 100.0).round() as u32;
        }
        Standing(weights)
    }

    /// The weighted sum of a part's traits.
    pub fn of(&self, tech: &Tech) -> u32 {
        self.0
            .iter()
            .zip(tech.traits.pairs())
            .map(|(weight, (_, value))| weight * u32::from(value))
            .sum()
    }

    pub fn rank<'t>(&self, tech: &'t Tech) -> Rank<'t> {
        (Reverse(self.of(tech)), tech.id.as_str())
    }

    pub fn rank_of<'t>(&self, tech: Option<&'t Tech>) -> Rank<'t> {
        tech.map_or(NOBODY, |t| self.rank(t))
    }
}
