//! The words the recommender's code interprets, declared once. The catalog's rules are
//! checked against these at build and load time, so a layer that names a criterion no
//! code scores, or drops a slot the engine fills, is a validation error with its position
//! instead of a silent change of every score.

use super::model::Tech;

/// The criteria the engine scores (`[[criterion]]` ids).
pub const CRITERIA: [&str; 5] = ["team", "product", "scale", "priorities", "preferences"];

/// The slots the engine gives a meaning of its own (`[[slot]]` ids). A layer may add
/// other slots, which are filled like any complement; it may not drop these.
pub const SLOTS: [&str; 8] = [
    "language",
    "runtime",
    "framework",
    "database",
    "cache",
    "orm",
    "queue",
    "hosting",
];

/// The slots whose `[[caveat]]`s may have a weight: parts of the core, fixed before the
/// slots around them; the search takes one host per class (how it runs code), so a
/// weighed risk depends on the host through `host_runs` only.
pub const WEIGHED_CAVEAT_SLOTS: [&str; 2] = ["framework", "database"];

/// Slot ids the engine uses internally, which a layer may not declare.
pub const RESERVED_SLOTS: [&str; 1] = ["platform"];

/// How a host runs code (`runs`): long-running processes (VMs, containers, PaaS dynos),
/// request-scoped functions with a time limit, or edge isolates.
pub const HOST_RUNS: [&str; 3] = ["processes", "functions", "isolates"];

/// What a component needs from its host (`needs`).
/// `process-runtime`: a full language runtime in an OS process (functions have one, edge
/// isolates do not). `edge-isolates`: its consumers are the host's edge isolates
/// (Cloudflare Queues deliver only to Workers). `addressable-instances`: each instance has
/// its own address on a private network, so a metrics server can pull from it and
/// instances can reach each other (the host's capability of that name).
pub const REQUIREMENTS: [&str; 6] = [
    "worker-process",
    "persistent-disk",
    "long-running-server",
    "process-runtime",
    "edge-isolates",
    "addressable-instances",
];

/// The numbers of the mechanism that are data (`[[factor]]` ids).
pub const FACTORS: [&str; 16] = [
    "team-language-share",
    "team-new-framework",
    "team-platform",
    "team-language-of-known-tool",
    "team-other-language-of-known-tool",
    "team-none-floor",
    "team-none-ease",
    "team-none-productivity",
    "team-none-hiring",
    "team-host-share",
    "tie-break-maturity",
    "tie-break-ecosystem",
    "tie-break-hiring",
    "tie-break-ops-simplicity",
    "tie-break-productivity",
    "unmet-need-cost",
];

/// Factors that weigh traits are named by what they weigh for and the trait's name,
/// spelled with hyphens: `tie-break-ops-simplicity`, `team-none-ease`.
pub fn trait_factor(prefix: &str, trait_name: &str) -> String {
    format!("{prefix}-{}", trait_name.replace('_', "-"))
}

/// Capabilities the code acts on, which the catalog must declare.
pub const CAPABILITIES: [&str; 5] = [
    "backend-platform",
    "exclusive-file",
    "background-workers",
    "addressable-instances",
    "own-api-only",
];

/// What a host provides of `REQUIREMENTS`: process hosts run servers, and workers where
/// they keep a process running outside requests (`background-workers`); the disk is the
/// host's `persistent_disk`.
pub fn host_provides(host: &Tech, requirement: &str) -> bool {
    let runs = host.runs.as_deref();
    let processes = runs.is_none_or(|r| r == "processes");
    match requirement {
        "worker-process" => {
            processes && host.capabilities.iter().any(|c| c == "background-workers")
        }
        "long-running-server" => processes,
        "persistent-disk" => host.persistent_disk.unwrap_or(false),
        "process-runtime" => runs.is_none_or(|r| r != "isolates"),
        "edge-isolates" => runs == Some("isolates"),
        "addressable-instances" => host
            .capabilities
            .iter()
            .any(|c| c == "addressable-instances"),
        _ => false,
    }
}
