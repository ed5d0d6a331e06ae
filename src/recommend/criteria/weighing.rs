//! Scaling path and priorities: the same mechanism with different weights. Each rewards
//! traits (weighted by slot), affordability (the entry's price model), fewer moving parts
//! (an in-play service slot left empty or covered by another component) and its own needs.

use crate::catalog::model::{Need, PriceModel, Slot, Tech, Text};

use super::{Tally, TraitVector};

/// One trait-weighing criterion, resolved for a profile.
/// A way of paying and how it is billed at the profile's scale (a free tier outgrown is
/// billed by use).
#[derive(Clone)]
pub struct Price<'c> {
    pub model: &'c PriceModel,
    pub billed: &'c PriceModel,
}

impl<'c> Price<'c> {
    pub fn at_scale(models: &'c [PriceModel], scale: &str) -> Vec<Price<'c>> {
        models
            .iter()
            .map(|model| {
                let outgrown =
                    !model.free_within.is_empty() && !model.free_within.iter().any(|s| s == scale);
                let billed = model
                    .beyond
                    .as_ref()
                    .filter(|_| outgrown)
                    .and_then(|id| models.iter().find(|m| m.id == *id))
                    .unwrap_or(model);
                Price { model, billed }
            })
            .collect()
    }
}

pub struct Weighing<'c> {
    pub criterion: &'static str,
    /// "at growth scale", "for cost + security".
    pub label: String,
    pub needs: Vec<&'c Need>,
    pub traits: TraitVector,
    pub price_weight: f64,
    pub moving_part_cost: f64,
    /// The value of one weight unit, in points.
    pub unit: f64,
    pub prices: Vec<Price<'c>>,
    /// Whether a provider runs the servers the app uses (`managed_services` of the
    /// hosting model), so they are paid as their `managed_price`.
    pub managed_services: bool,
    /// Slots in play only to hold another part's store (the cache for a job runner):
    /// what fills them earns nothing of its own, so they stay empty unless needed.
    pub support: Vec<Text>,
}

impl Weighing<'_> {
    /// Everything the criterion can award over the slots in play, in weight units.
    pub fn units(&self, slots: &[&Slot]) -> f64 {
        let needs: f64 = self.needs.iter().map(|n| f64::from(n.weight)).sum();
        let per_slot: f64 = slots
            .iter()
            .map(|slot| {
                let weighed = if self.support.contains(&slot.id) {
                    0.0
                } else {
                    f64::from(slot.trait_weight)
                };
                weighed * (self.traits.without(&slot.ignore_traits).total() + self.price_weight)
                    + if slot.moving_part {
                        self.moving_part_cost
                    } else {
                        0.0
                    }
            })
            .sum();
        needs + per_slot
    }

    pub fn tally(&self, slot: &Slot, tech: &Tech, out: &mut dyn Tally) {
        let met = |need: &Need| super::meets(need, tech) || self.paid_as(need, tech);
        super::tally_needs(
            self.criterion,
            &self.needs,
            slot,
            tech,
            &met,
            self.unit,
            out,
        );
        self.tally_quality(slot, tech, out);
    }

    /// The traits and the price of what does a slot's job: a component in it, or the one
    /// that covers it.
    pub fn tally_quality(&self, slot: &Slot, tech: &Tech, out: &mut dyn Tally) {
        if self.support.contains(&slot.id) {
            return;
        }
        let slot_weight = f64::from(slot.trait_weight);
        if slot_weight == 0.0 {
            return;
        }
        let traits = &self.traits.without(&slot.ignore_traits);
        out.add(
            self.criterion,
            slot_weight * traits.total() * traits.fit(tech) * self.unit,
            &|| format!("{} {}: {}", tech.id, self.label, traits.summary(tech)),
        );
        if self.price_weight > 0.0 {
            if let Some((Price { model, billed }, run_for_you)) = self.price(tech) {
                let affordability = f64::from(billed.affordability.clamp(1, 5) - 1) / 4.0;
                out.add(
                    self.criterion,
                    slot_weight * self.price_weight * affordability * self.unit,
                    &|| {
                        let terms = match &tech.free_tier {
                            _ if run_for_you => format!(
                                "when a provider runs it for you, {}",
                                billed.summary.to_lowercase()
                            ),
                            _ if billed.id != model.id => format!(
                                "outgrown at this scale, so {}",
                                billed.summary.to_lowercase()
                            ),
                            Some(free) => format!("free tier: {free}"),
                            None => model.summary.to_lowercase(),
                        };
                        format!("{} {}: {}, {terms}", tech.id, self.label, model.name)
                    },
                );
            }
        }
    }

    /// The allowance of a service slot that needs nothing new to run: left empty, or
    /// covered by `by`.
    pub fn tally_lean(&self, slot: &Slot, by: Option<&Tech>, out: &mut dyn Tally) {
        if slot.moving_part && self.moving_part_cost > 0.0 {
            out.add(self.criterion, self.moving_part_cost * self.unit, &|| {
                let part = slot.name.to_lowercase();
                match by {
                    Some(tech) => format!(
                        "{} covers {part}: one service fewer to run and pay for {}",
                        tech.id, self.label
                    ),
                    None => format!(
                        "no separate {part} service to run and pay for {}",
                        self.label
                    ),
                }
            });
        }
    }

    /// What a part in a slot the profile does not call for costs: the allowance an empty
    /// service slot earns, since it is one more service to run and pay for.
    pub fn tally_unneeded(&self, slot: &Slot, tech: &Tech, out: &mut dyn Tally) {
        if slot.moving_part && self.moving_part_cost > 0.0 {
            out.add(self.criterion, -self.moving_part_cost * self.unit, &|| {
                format!(
                    "{} fills {}, which no need of this profile calls for: one more service to run and pay for {}",
                    tech.id,
                    slot.name.to_lowercase(),
                    self.label
                )
            });
        }
    }

    /// Whether `tech` is paid for in one of the ways `need` names, as billed here.
    pub fn paid_as(&self, need: &Need, tech: &Tech) -> bool {
        !need.prices.is_empty()
            && self
                .price(tech)
                .is_some_and(|(price, _)| need.prices.contains(&price.billed.id))
    }

    /// How the technology is paid for here, and whether as a managed offering.
    fn price(&self, tech: &Tech) -> Option<(&Price<'_>, bool)> {
        let managed = tech
            .managed_price
            .as_ref()
            .filter(|_| self.managed_services);
        let id = managed.or(tech.price.as_ref())?;
        let price = self.prices.iter().find(|p| p.model.id == *id)?;
        Some((price, managed.is_some()))
    }
}
