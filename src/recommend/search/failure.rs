//! Why no stack fits a profile, in words that name the options to relax.

use crate::error::UsageError;

use super::super::Engine;

/// Why no stack fits: an empty slot names the constraints that emptied it; otherwise the
/// required technologies are checked against each other.
pub fn nothing_fits(engine: &Engine<'_>, slot: &str) -> UsageError {
    let profile = &engine.profile;
    let mut constraints = Vec::new();
    if profile.cloud != "any" {
        constraints.push(format!("--cloud {}", profile.cloud));
    }
    if profile.hosting != "any" {
        constraints.push(format!("--hosting {}", profile.hosting));
    }
    if profile.open_source_only {
        constraints.push("--open-source-only".to_string());
    }
    if !profile.avoid.is_empty() {
        constraints.push(format!("--avoid {}", profile.avoid.join(",")));
    }
    if !profile.require.is_empty() {
        constraints.push(format!("--require {}", profile.require.join(",")));
    }
    let conflicts = super::super::explain::conflicts(engine, &profile.require);
    let message = match (slot, conflicts.first()) {
        (_, Some(conflict)) => format!(
            "no stack fits --require {}: {conflict}",
            profile.require.join(",")
        ),
        ("stack", None) => {
            // The product's hard needs are what every stack must meet besides the options.
            let hard: Vec<String> = engine
                .needs
                .iter()
                .filter(|n| n.hard && n.weight > 0)
                .map(|n| format!("{} ({})", n.reason, n.slot))
                .collect();
            if hard.is_empty() {
                format!("no stack fits {}", constraints.join(" with "))
            } else {
                format!(
                    "no stack fits {} and meets what every {} stack must: {}",
                    constraints.join(" with "),
                    profile.product,
                    hard.join("; ")
                )
            }
        }
        (slot, None) => format!("no {slot} fits {}", constraints.join(" with ")),
    };
    UsageError::new(message).hint("relax one of these options")
}
