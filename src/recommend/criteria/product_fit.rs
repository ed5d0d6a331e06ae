//! Product fit: the product type's needs (rules/needs.toml) that the component meets,
//! whether it is best for this product type, a cloud service on its own cloud, a tool
//! made for the stack's framework, and pairings with the stack's language (SQL Server
//! with C#).

use crate::catalog::model::{Need, Slot, Tech, Text};

use super::{Context, Tally};

pub struct ProductFit<'c> {
    pub product: Text,
    pub needs: Vec<&'c Need>,
    /// Needs that apply when the stack is written in their language.
    pub pairings: Vec<&'c Need>,
    /// The cloud the profile chose (`--cloud`), whose own services earn a bonus.
    pub cloud: Option<Text>,
    pub unit: f64,
}

impl ProductFit<'_> {
    /// Everything the criterion can award over the slots in play, in weight units.
    pub fn units(&self, slots: &[&Slot], languages: &[&Tech]) -> f64 {
        let needs: f64 = self.needs.iter().map(|n| f64::from(n.weight)).sum();
        let per_slot: f64 = slots
            .iter()
            .map(|s| f64::from(s.best_for_weight + s.cloud_weight + s.ecosystem_weight))
            .sum();
        let pairings = languages
            .iter()
            .map(|language| {
                self.pairings
                    .iter()
                    .filter(|n| n.language.as_ref() == Some(&language.id))
                    .map(|n| f64::from(n.weight))
                    .sum::<f64>()
            })
            .fold(0.0, f64::max);
        needs + per_slot + pairings
    }

    /// The slot's share for a technology that is best for the product (also for one that
    /// covers the slot: a platform's own auth is as much a fit as the platform), when what
    /// fills the slot (`capabilities`, or the technology itself) meets every need the
    /// product has of that slot: one that leaves a need unmet is not a strong fit here.
    pub fn tally_best_for(
        &self,
        slot: &Slot,
        tech: &Tech,
        capabilities: &[Text],
        out: &mut dyn Tally,
    ) {
        let fits = self
            .needs
            .iter()
            .filter(|n| n.slot == slot.id && n.weight > 0)
            .all(|n| n.techs.contains(&tech.id) || super::meets_with(n, capabilities));
        if slot.best_for_weight > 0 && fits && tech.best_for.contains(&self.product) {
            out.add(
                "product",
                f64::from(slot.best_for_weight) * self.unit,
                &|| format!("{} is a strong fit for {} products", tech.id, self.product),
            );
        }
    }

    /// `stand_in`: a backend platform judged in the framework slot, whose best-for was
    /// already counted in the database slot.
    pub fn tally(
        &self,
        slot: &Slot,
        tech: &Tech,
        context: &Context<'_>,
        stand_in: bool,
        out: &mut dyn Tally,
    ) {
        let unit = self.unit;
        let met = |need: &Need| super::meets(need, tech);
        super::tally_needs("product", &self.needs, slot, tech, &met, unit, out);
        if !stand_in {
            self.tally_best_for(slot, tech, &tech.capabilities, out);
        }
        if slot.cloud_weight > 0 {
            if let (Some(own), Some(cloud)) = (own_cloud(tech), self.cloud.as_deref()) {
                if own == cloud {
                    out.add("product", f64::from(slot.cloud_weight) * unit, &|| {
                        format!("{} is {cloud}'s own service: one bill, one console, IAM already in place", tech.id)
                    });
                }
            }
        }
        if slot.ecosystem_weight > 0 {
            if let Some(framework) = context
                .framework
                .filter(|f| tech.frameworks.contains(&f.id))
            {
                out.add("product", f64::from(slot.ecosystem_weight) * unit, &|| {
                    format!(
                        "{} is made to work with {}: a documented integration and its conventions",
                        tech.id, framework.id
                    )
                });
            }
        }
        for need in &self.pairings {
            if need.language.as_ref() == Some(&context.language.id) {
                let pairing = std::slice::from_ref(need);
                super::tally_needs("product", pairing, slot, tech, &met, unit, out);
            }
        }
    }
}

/// The cloud a service belongs to, if it belongs to one.
pub fn own_cloud(tech: &Tech) -> Option<&str> {
    tech.cloud.as_deref().filter(|c| *c != "none")
}
