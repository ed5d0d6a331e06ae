//! Property tests of the recommender over generated profiles, on the real embedded
//! catalog: the ranking is exact (a brute-force oracle agrees), does not depend on how
//! many stacks are asked for, explain's top pick is recommend's #1, and every stack keeps
//! the rules.

use std::borrow::Cow;

use proptest::prelude::*;

use crate::catalog::Catalog;
use crate::embedded;

use super::profile::{Profile, RawProfile};
use super::search::{self, oracle};
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
        let mut priorities: Vec<String> = priorities.iter().map(|p| rules.priorities[*p].id.to_string()).collect();
        priorities.dedup();
        RawProfile {
            product: Some(catalog().products()[product].id.to_string()),
            // One level per skill: two would contradict each other (a usage error).
            team: team
                .iter()
                .enumerate()
                .filter(|(i, (l, _))| team[..*i].iter().all(|(o, _)| o != l))
                .map(|(_, (l, v))| format!("{}:{}", LANGUAGES[*l], LEVELS[*v]))
                .collect(),
            scale: Some(rules.scales[scale].id.to_string()),
            priorities,
            cloud: Some(["any", "aws", "gcp", "azure"][cloud].to_string()),
            hosting: Some(["any", "managed", "self-hosted", "serverless"][hosting].to_string()),
            require: require.map(|r| TECHS[r].to_string()).into_iter().collect(),
            avoid: avoid.iter().map(|a| TECHS[*a].to_string()).filter(|a| require.is_none_or(|r| TECHS[r] != a)).collect(),
            prefer: prefer.iter().map(|p| TECHS[*p].to_string()).collect(),
            open_source_only,
        }
    }
}

fn resolve(raw: &RawProfile) -> Profile {
    raw.resolve(catalog())
        .expect("generated profiles are valid")
}

/// The ranked stacks' keys and exact points.
fn keys(ranking: &search::Ranking<'_>) -> Vec<(i64, Vec<String>)> {
    ranking
        .stacks
        .iter()
        .map(|s| {
            let key = ["language", "framework", "database", "hosting"]
                .iter()
                .map(|slot| {
                    s.components
                        .get(slot)
                        .map_or(String::new(), |t| t.id.to_string())
                })
                .collect();
            (s.micro, key)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, .. ProptestConfig::default() })]

    #[test]
    fn the_first_stack_does_not_depend_on_how_many_are_asked_for(raw in raw_profiles()) {
        let profile = resolve(&raw);
        let engine = Engine::new(catalog(), Cow::Borrowed(&profile));
        let (Ok(one), Ok(three), Ok(twenty)) =
            (search::rank(&engine, 1), search::rank(&engine, 3), search::rank(&engine, 20))
        else {
            return Ok(());
        };
        let (one, three, twenty) = (keys(&one), keys(&three), keys(&twenty));
        prop_assert_eq!(&one[..], &twenty[..1]);
        prop_assert_eq!(&three[..], &twenty[..three.len()]);
    }

    #[test]
    fn explain_top_pick_is_recommend_first(raw in raw_profiles()) {
        let profile = resolve(&raw);
        let engine = Engine::new(catalog(), Cow::Borrowed(&profile));
        let Ok(ranking) = search::rank(&engine, 3) else { return Ok(()) };
        let first = &ranking.stacks[0];
        let named: Vec<_> = ["language", "database", "hosting"]
            .iter()
            .filter_map(|slot| first.components.get(slot))
            .map(|t| t.id.clone())
            .collect();
        let explained = super::explain::explain(&engine, &named).expect("the #1 stack explains");
        prop_assert_eq!(explained.top.micro, first.micro);
        prop_assert_eq!(explained.top.components.0.len(), first.components.0.len());
        // The #1 stack's own core scores as well as the top pick.
        prop_assert!(explained.stack.micro >= first.micro);
    }

    #[test]
    fn recommendations_keep_their_invariants(raw in raw_profiles()) {
        let profile = resolve(&raw);
        let engine = Engine::new(catalog(), Cow::Borrowed(&profile));
        // Impossible constraints are a usage error, which is allowed; anything found must hold.
        let Ok(ranking) = search::rank(&engine, 3) else { return Ok(()) };
        let stacks = ranking.stacks;
        prop_assert!(!stacks.is_empty() && stacks.len() <= 3);
        for (i, stack) in stacks.iter().enumerate() {
            prop_assert_eq!(stack.rank, i + 1);
            prop_assert_eq!(stack.breakdown.iter().map(|l| l.points).sum::<i64>(), stack.score);
            prop_assert!((0..=100).contains(&stack.score));
            if i > 0 {
                prop_assert!(stacks[i - 1].micro >= stack.micro);
            }
            let conflicts: Vec<String> = compat::check(catalog(), &stack.components, false)
                .iter()
                .map(ToString::to_string)
                .collect();
            prop_assert!(conflicts.is_empty(), "{:?}", conflicts);
            let get = |slot: &str| stack.components.get(slot);
            prop_assert!(get("language").is_some() && get("database").is_some() && get("hosting").is_some());
            for id in &profile.avoid {
                prop_assert!(!stack.components.0.iter().any(|(_, t)| t.id == *id), "{} avoided", id);
            }
            for id in &profile.require {
                prop_assert!(stack.components.0.iter().any(|(_, t)| t.id == *id), "{} required", id);
            }
            if get("framework").is_none() {
                prop_assert!(get("database").is_some_and(|d| d.capabilities.iter().any(|c| c == "backend-platform")));
            }
            let host = get("hosting").expect("a host");
            if profile.cloud != "any" {
                prop_assert_eq!(host.cloud.as_deref(), Some(profile.cloud.as_str()));
            }
            if profile.open_source_only {
                prop_assert!(stack.components.0.iter().all(|(_, t)| t.open_source));
            }
            // A slot is filled only when the profile calls for it.
            for (slot, _) in &stack.components.0 {
                prop_assert!(engine.in_play.iter().any(|s| s.id == *slot), "{} is not in play", slot);
            }
        }
    }

    #[test]
    fn the_same_profile_gives_the_same_bytes(raw in raw_profiles()) {
        let profile = resolve(&raw);
        let render = || {
            crate::commands::recommend::run(catalog(), &profile, 3)
                .ok()
                .map(|report| crate::render::json::document("recommend", &report).expect("json"))
        };
        prop_assert_eq!(render(), render());
    }
}

proptest! {
    // Brute force over every core of the full catalog is slow: fewer cases, each with a
    // language required so that one run stays in seconds.
    #![proptest_config(ProptestConfig { cases: 12, .. ProptestConfig::default() })]

    #[test]
    fn the_search_agrees_with_the_brute_force_oracle(raw in raw_profiles(), language in 0usize..11, n in 1usize..6) {
        let mut raw = raw;
        raw.require.retain(|r| !["django", "express", "rails", "spring-boot", "fastapi", "celery", "prisma"].contains(&r.as_str()));
        raw.require.push(LANGUAGES[language].to_string());
        raw.avoid.retain(|a| !raw.require.contains(a));
        let profile = resolve(&raw);
        let engine = Engine::new(catalog(), Cow::Borrowed(&profile));
        let fast = search::rank(&engine, n).map(|r| keys(&r)).unwrap_or_default();
        let slow: Vec<(i64, Vec<String>)> = oracle::rank(&engine, n)
            .into_iter()
            .map(|(points, key, _)| (points, key.iter().map(|(_, id)| id.to_string()).collect()))
            .collect();
        prop_assert_eq!(fast, slow);
    }
}
