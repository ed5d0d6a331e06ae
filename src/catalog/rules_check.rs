//! The rules checked against the words the engine's code interprets (`words.rs`), on the
//! merged layers, so that a layer that breaks the mechanism is a validation problem at
//! its own file:line:col rather than a silent change of every score or a crash later.

use super::layers::Merged;
use super::raw::RawEntry;
use super::source::Problem;
use super::{suggest, words};

pub fn check(merged: &Merged, problems: &mut Vec<Problem>) {
    let ids = |key: &'static str| {
        merged
            .entries(key)
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>()
    };
    let number = |entry: &RawEntry, field: &str| {
        entry
            .fields
            .get(field)
            .and_then(|f| f.value.as_integer())
            .unwrap_or(0)
    };
    let flag = |entry: &RawEntry, field: &str| {
        entry
            .fields
            .get(field)
            .and_then(|f| f.value.as_bool())
            .unwrap_or(false)
    };
    let mut total_weight = 0;
    for entry in merged.entries("criterion") {
        total_weight += number(entry, "weight");
        if !words::CRITERIA.contains(&entry.id.as_str()) {
            problems.push(Problem::at(
                entry.origin.as_ref(),
                format!(
                    "[[criterion]] `{}` is not one the engine scores ({}); change the weights of those instead",
                    entry.id,
                    suggest::list(words::CRITERIA)
                ),
            ));
        }
    }
    let last_origin = merged
        .all_entries()
        .filter_map(|e| e.origin.as_ref())
        .last();
    if total_weight == 0 {
        problems.push(Problem::at(
            merged.entries("criterion").next().and_then(|e| e.origin.as_ref()).or(last_origin),
            "every [[criterion]] weighs 0, so every stack would score 0; give at least one a weight",
        ));
    }
    for entry in merged.entries("slot") {
        let at = entry.origin.as_ref();
        if words::RESERVED_SLOTS.contains(&entry.id.as_str()) {
            problems.push(Problem::at(
                at,
                format!(
                    "[[slot]] id `{}` is used by the engine itself; choose another",
                    entry.id
                ),
            ));
        }
        let empty = entry
            .fields
            .get("categories")
            .and_then(|f| f.value.as_array())
            .is_some_and(|a| a.is_empty());
        if empty {
            problems.push(Problem::at(
                at,
                format!(
                    "[[slot]] `{}` has no categories, so nothing can fill it",
                    entry.id
                ),
            ));
        }
        if flag(entry, "core")
            && (number(entry, "cloud_weight") > 0 || number(entry, "ecosystem_weight") > 0)
        {
            problems.push(Problem::at(
                at,
                format!(
                    "[[slot]] `{}` is core: its points may not depend on the host's cloud or the framework (cloud_weight, ecosystem_weight)",
                    entry.id
                ),
            ));
        }
    }
    // Pairings are on core slots only: the search bounds the other slots independently
    // of the language.
    let core_slots: Vec<&str> = merged
        .entries("slot")
        .filter(|e| flag(e, "core"))
        .map(|e| e.id.as_str())
        .collect();
    for entry in merged
        .entries("need")
        .filter(|e| e.fields.contains_key("language"))
    {
        let slot = entry
            .fields
            .get("slot")
            .and_then(|f| f.value.as_str())
            .unwrap_or("");
        if !core_slots.contains(&slot) {
            problems.push(Problem::at(
                entry.origin.as_ref(),
                format!(
                    "[[need]] `{}` pairs with a language, so it must be on a core slot, not `{slot}`",
                    entry.id
                ),
            ));
        }
    }
    // How a part is paid for depends on the scale and the hosting model, which only the
    // scale's and the priorities' needs weigh; and a price says how a slot in play is best
    // filled, never that a part must be there or must be left out.
    let given = |entry: &RawEntry, field: &str| {
        entry.fields.get(field).is_some_and(|f| {
            !f.value.as_array().is_some_and(|a| a.is_empty()) && f.value.as_str() != Some("")
        })
    };
    for entry in merged.entries("need").filter(|e| given(e, "prices")) {
        let of_weighing = ["scale", "priority"].iter().any(|f| given(entry, f))
            && !["product", "hosting", "language"]
                .iter()
                .any(|f| given(entry, f));
        if !of_weighing || !flag(entry, "when_in_play") || flag(entry, "hard") {
            // The line that made the need so: a field a later layer set, if one did.
            let first = entry.origin.as_ref().map(|o| &o.file);
            let fields = [
                "prices",
                "when_in_play",
                "hard",
                "product",
                "hosting",
                "language",
            ]
            .iter()
            .filter_map(|f| entry.fields.get(*f).and_then(|f| f.origin.as_ref()));
            let at = fields
                .clone()
                .find(|o| Some(&o.file) != first)
                .or_else(|| fields.clone().next());
            problems.push(Problem::at(
                at.or(entry.origin.as_ref()),
                format!(
                    "[[need]] `{}` names prices, so it must belong to a scale or a priority (no product, hosting or language) and be `when_in_play`, not `hard`",
                    entry.id
                ),
            ));
        }
    }
    // A weighed risk is charged to the core, whose hosts are searched by class.
    for entry in merged.entries("caveat").filter(|e| number(e, "weight") > 0) {
        let field = |name: &str| entry.fields.get(name);
        let slot = field("slot").and_then(|f| f.value.as_str()).unwrap_or("");
        let on_host_capabilities = field("host_capabilities")
            .and_then(|f| f.value.as_array())
            .is_some_and(|a| !a.is_empty());
        if !words::WEIGHED_CAVEAT_SLOTS.contains(&slot) || on_host_capabilities {
            let at = field("weight").and_then(|f| f.origin.as_ref());
            problems.push(Problem::at(
                at.or(entry.origin.as_ref()),
                format!(
                    "[[caveat]] `{}` has a weight, so it must be a risk of the {} on how the host runs code (`host_runs`), without `host_capabilities`; drop the weight to only say it",
                    entry.id,
                    words::WEIGHED_CAVEAT_SLOTS.join(" or ")
                ),
            ));
        }
    }
    for (key, wanted, why) in [
        (
            "slot",
            &words::SLOTS[..],
            "which the engine fills; keep it (a layer may change its fields)",
        ),
        ("factor", &words::FACTORS[..], "which the engine uses"),
        (
            "capability",
            &words::CAPABILITIES[..],
            "which the engine acts on",
        ),
    ] {
        let present = ids(key);
        for id in wanted.iter().filter(|id| !present.contains(id)) {
            problems.push(Problem::at(
                last_origin,
                format!("the catalog has no [[{key}]] `{id}`, {why}"),
            ));
        }
    }
    for (key, what) in [
        ("product", "product type"),
        ("scale", "scale"),
        ("priority", "priority"),
        ("skill_level", "skill level"),
    ] {
        if merged.entries(key).next().is_none() {
            problems.push(Problem::at(
                last_origin,
                format!("the catalog has no [[{key}]]: at least one {what} is needed"),
            ));
        }
        let defaults: Vec<&RawEntry> = merged.entries(key).filter(|e| flag(e, "default")).collect();
        for extra in defaults.iter().skip(1) {
            // Where `default` was set: a layer's line, not the entry it patched.
            let at = extra
                .fields
                .get("default")
                .and_then(|f| f.origin.as_ref())
                .or(extra.origin.as_ref());
            problems.push(Problem::at(
                at,
                format!(
                    "[[{key}]] `{}` is a second default (`{}` is one already); keep one",
                    extra.id, defaults[0].id
                ),
            ));
        }
    }
    if merged.entries("skill_level").next().is_some() && !ids("skill_level").contains(&"working") {
        problems.push(Problem::at(
            last_origin,
            "the catalog has no [[skill_level]] `working`, the level a skill without one takes",
        ));
    }
}
