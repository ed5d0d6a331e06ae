//! The risks a combination carries (`[[caveat]]`s in rules/caveats.toml): when one
//! applies to a stack, and what a weighed one costs. The trade-offs say every risk that
//! applies; a risk of the core (its framework or database on its host) with a weight
//! also costs points, the same in the search, the oracle and explain (the slots and
//! conditions a weight is allowed on are `words::WEIGHED_CAVEAT_SLOTS`, checked at load).

use crate::catalog::model::{Caveat, Tech, Text};

use super::Engine;
use super::criteria::Tally;

/// What a part brings to its slot: its capabilities and what it needs from its host.
pub struct Part<'a> {
    pub capabilities: &'a [Text],
    pub needs: &'a [Text],
}

impl<'a> Part<'a> {
    pub fn of(tech: &'a Tech) -> Self {
        Part {
            capabilities: &tech.capabilities,
            needs: &tech.needs,
        }
    }
}

/// Whether `caveat` applies to `part`, in its slot, on `host`, for the engine's profile.
pub fn applies(engine: &Engine<'_>, caveat: &Caveat, host: Option<&Tech>, part: &Part<'_>) -> bool {
    let any = |wanted: &[Text], have: &[Text]| {
        wanted.is_empty() || have.iter().any(|c| wanted.contains(c))
    };
    let runs = host.and_then(|h| h.runs.as_deref()).unwrap_or("processes");
    let needed = !caveat.when_needed
        || engine.needs.iter().any(|n| {
            n.weight > 0
                && n.capabilities
                    .iter()
                    .any(|c| caveat.capabilities.contains(c))
        });
    needed
        && (caveat.hosting.is_empty() || caveat.hosting.contains(&engine.profile.hosting))
        && (caveat.host_runs.is_empty() || caveat.host_runs.iter().any(|r| r == runs))
        && (caveat.host_capabilities.is_empty()
            || host.is_some_and(|h| any(&caveat.host_capabilities, &h.capabilities)))
        && any(&caveat.capabilities, part.capabilities)
        && any(&caveat.part_needs, part.needs)
        && !part.capabilities.iter().any(|c| caveat.unless.contains(c))
}

impl Engine<'_> {
    /// What the weighed risks of `part` in `slot` (a core slot) cost on `host`, each a
    /// negative line naming the risk. In the framework slot, `part` is the framework or
    /// the backend platform standing in for one.
    pub fn tally_risks(&self, slot: &str, part: &Tech, host: &Tech, out: &mut dyn Tally) {
        let risks = self.catalog.rules().caveats.iter().filter(|c| {
            c.weight > 0 && c.slot == slot && applies(self, c, Some(host), &Part::of(part))
        });
        for caveat in risks {
            let cost = -f64::from(caveat.weight) * self.product.unit;
            out.add("product", cost, &|| {
                format!("{} on {}: {}", part.id, host.id, caveat.text)
            });
        }
    }

    /// The weighed risks of a core: its framework (or platform) and its database on its host.
    pub fn risk_points(&self, framework: Option<&Tech>, database: &Tech, host: &Tech) -> i64 {
        let mut points = 0;
        self.tally_risks(
            "framework",
            framework.unwrap_or(database),
            host,
            &mut points,
        );
        self.tally_risks("database", database, host, &mut points);
        points
    }
}
