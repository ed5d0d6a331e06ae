//! Each candidate's language-independent points, computed once per search and ranked.
//! Scores add up component by component, so the search combines these with the few
//! language-dependent points (team skill, pairings) it needs, instead of scoring every
//! combination from scratch.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::catalog::model::Tech;

use super::super::Engine;
use super::candidates::Candidates;
use super::{PLATFORM, is_platform};

/// A map keyed by a technology's address: hashing a pointer is far cheaper than hashing
/// its id, and every lookup during a search is by a technology of the one catalog.
pub type AddressMap<V> = HashMap<usize, V, BuildHasherDefault<AddressHasher>>;

pub fn address(tech: &Tech) -> usize {
    std::ptr::from_ref(tech) as usize
}

/// A multiply-rotate hash for addresses (the FxHash scheme).
#[derive(Default)]
pub struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.write_u64(u64::from(byte));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// One slot's candidates with their points, best first.
pub struct Ranked<'c> {
    pub order: Vec<(f64, &'c Tech)>,
    points: AddressMap<f64>,
}

pub struct SharedPoints<'c> {
    by_slot: HashMap<&'c str, Ranked<'c>>,
}

impl<'c> SharedPoints<'c> {
    pub fn new(engine: &Engine<'c>, candidates: &Candidates<'c>) -> Self {
        let rank = |slot: &str, techs: &mut dyn Iterator<Item = &'c Tech>| {
            let mut order: Vec<(f64, &'c Tech)> = techs
                .map(|tech| (engine.shared_points(slot, tech), tech))
                .collect();
            order.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
            let points = order.iter().map(|(p, t)| (address(t), *p)).collect();
            Ranked { order, points }
        };
        let mut by_slot = HashMap::new();
        for slot in &engine.slots {
            by_slot.insert(
                slot.id.as_str(),
                rank(&slot.id, &mut candidates.of(&slot.id).iter().copied()),
            );
        }
        // A backend platform standing in for the framework is scored in that slot.
        let mut platforms = candidates
            .of("database")
            .iter()
            .copied()
            .filter(|t| is_platform(t));
        by_slot.insert(PLATFORM, rank("framework", &mut platforms));
        SharedPoints { by_slot }
    }

    pub fn of(&self, slot: &str, tech: &Tech) -> f64 {
        self.by_slot
            .get(slot)
            .and_then(|ranked| ranked.points.get(&address(tech)))
            .copied()
            .unwrap_or(0.0)
    }

    pub fn ranked(&self, slot: &str) -> &[(f64, &'c Tech)] {
        self.by_slot
            .get(slot)
            .map_or(&[], |ranked| ranked.order.as_slice())
    }

    /// The best shared points any candidate earns in a slot.
    pub fn max(&self, slot: &str) -> f64 {
        self.ranked(slot).first().map_or(0.0, |(points, _)| *points)
    }
}
