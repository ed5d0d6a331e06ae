//! Property tests of the recommender's invariants over generated profiles, on the real
//! embedded catalog.

use std::borrow::Cow;

use proptest::prelude::*;

use crate::catalog::Catalog;
use crate::embedded;

use super::profile::RawProfile;
use super::search::{self, Candidates};
use super::{Engine, compat};

const LANGUAGES: [&str; 11] = [
    "python",
    "typescript",
    "javascript",
    "java",
    "kotlin",
    "csharp",
    "go",
    "php",
    "ruby",
    "rust",
    "elixir",
];
const LEVELS: [&str; 3] = ["novice", "working", "expert"];
const TECHS: [&str; 16] = [
    "postgresql",
    "mongodb",
    "redis",
    "django",
    "express",
    "rails",
    "spring-boot",
    "heroku",
    "aws-lambda",
    "google-cloud-run",
    "kafka",
    "celery",
    "prisma",
    "mysql",
    "fastapi",
    "dynamodb",
];

/// The embedded catalog, decoded once per test thread (its entries decode lazily, so it
/// is not shared between threads).
fn catalog() -> &'static Catalog {
    thread_local! {
        static CATALOG: &'static Catalog = Box::leak(Box::new(embedded::catalog()));
    }
    CATALOG.with(|catalog| *catalog)
}

prop_compose! {
    fn raw_profiles()(
        product in 0usize..16,
        team in proptest::collection::vec((0usize..11, 0usize..3), 0..3),
        scale in 0usize..4,
        priorities in proptest::collection::vec(0usize..7, 0..3),
        cloud in 0usize..4,
        hosting in 0usize..4,
        require in proptest::option::of(0usize..16),
        avoid in proptest::collection::vec(0usize..16, 0..3),
        prefer in proptest::collection::vec(0usize..16, 0..2),
        open_source_only in proptest::bool::weighted(0.1),
    ) -> RawProfile {
        let rules = &catalog().rules();
        RawProfile {
            product: Some(catalog().products()[product].id.to_string()),
            team: team.iter().map(|(l, v)| format!("{}:{}", LANGUAGES[*l], LEVELS[*v])).collect(),
            scale: Some(rules.scales[scale].id.to_string()),
            priorities: priorities.iter().map(|p| rules.priorities[*p].id.to_string()).collect(),
            cloud: Some(["any", "aws", "gcp", "azure"][cloud].to_string()),
            hosting: Some(["any", "managed", "self-hosted", "serverless"][hosting].to_string()),
            require: require.map(|r| TECHS[r].to_string()).into_iter().collect(),
            avoid: avoid.iter().map(|a| TECHS[*a].to_string()).filter(|a| require.is_none_or(|r| TECHS[r] != a)).collect(),
            prefer: prefer.iter().map(|p| TECHS[*p].to_string()).collect(),
            open_source_only,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, .. ProptestConfig::default() })]

    #[test]
    fn recommendations_keep_their_invariants(raw in raw_profiles()) {
        let catalog = catalog();
        let profile = raw.resolve(catalog).expect("generated profiles are valid");
        let engine = Engine::new(catalog, Cow::Borrowed(&profile));
        let Ok(candidates) = Candidates::new(&engine) else { return Ok(()) };
        // Impossible constraints are a usage error, which is allowed; anything found must hold.
        let Ok(ranking) = search::best(&engine, &candidates, 3) else { return Ok(()) };
        let stacks = ranking.stacks;
        prop_assert!(!stacks.is_empty() && stacks.len() <= 3);
        let mut keys = Vec::new();
        for (i, stack) in stacks.iter().enumerate() {
            prop_assert_eq!(stack.rank, i + 1);
            prop_assert_eq!(stack.breakdown.iter().map(|l| l.points).sum::<i64>(), stack.score);
            prop_assert!((0..=100).contains(&stack.score));
            if i > 0 {
                prop_assert!(stacks[i - 1].score >= stack.score);
            }
            let key = stack.components.key(&engine.core);
            prop_assert!(!keys.contains(&key), "stacks differ in a core slot");
            keys.push(key);
            let get = |slot: &str| stack.components.get(slot);
            let language = get("language").expect("a language");
            prop_assert!(get("database").is_some() && get("hosting").is_some());
            for id in &profile.avoid {
                prop_assert!(!stack.components.0.iter().any(|(_, t)| t.id == *id), "{} avoided", id);
            }
            for id in &profile.require {
                prop_assert!(stack.components.0.iter().any(|(_, t)| t.id == *id), "{} required", id);
            }
            for slot in ["framework", "orm", "runtime", "testing"] {
                if let Some(tech) = get(slot) {
                    prop_assert!(compat::language(tech, language).is_ok(), "{} fits {}", tech.id, language.id);
                }
            }
            if let (Some(orm), Some(db)) = (get("orm"), get("database")) {
                prop_assert!(compat::orm_database(orm, db).is_ok());
            }
            let host = get("hosting").expect("a host");
            prop_assert!(compat::host_language(host, language).is_ok());
            if get("framework").is_none() {
                prop_assert!(get("database").is_some_and(|d| d.capabilities.iter().any(|c| c == "backend-platform")));
            }
            if profile.cloud != "any" {
                prop_assert_eq!(host.cloud.as_deref(), Some(profile.cloud.as_str()));
            }
            if profile.open_source_only {
                prop_assert!(stack.components.0.iter().all(|(_, t)| t.open_source));
            }
        }
    }

    #[test]
    fn the_same_profile_gives_the_same_bytes(raw in raw_profiles()) {
        let catalog = catalog();
        let profile = raw.resolve(catalog).expect("valid");
        let render = || {
            crate::commands::recommend::run(catalog, &profile, 3)
                .ok()
                .map(|report| crate::render::json::document("recommend", &report).expect("json"))
        };
        prop_assert_eq!(render(), render());
    }
}
