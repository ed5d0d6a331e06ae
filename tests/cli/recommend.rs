//! `recommend` and `explain` against the real binary: a table of profiles with what an
//! architect would expect, the contract's JSON shape, and every way to ask wrongly.

use crate::util::{json_of, recommend, stackpick};

/// What the top stack of a profile must look like: for each slot, the acceptable ids
/// (any of them), and for hosts, the acceptable clouds.
struct Scenario {
    args: &'static str,
    expect: &'static [(&'static str, &'static [&'static str])],
    host_cloud: Option<&'static str>,
}

const SCENARIOS: &[Scenario] = &[
    Scenario {
        args: "--product ai --team python",
        expect: &[
            ("language", &["python"]),
            ("framework", &["fastapi", "django"]),
            ("database", &["postgresql", "supabase", "neon"]),
            (
                "queue",
                &["celery", "rq", "dramatiq", "procrastinate", "temporal"],
            ),
        ],
        host_cloud: None,
    },
    Scenario {
        args: "--product realtime --team typescript",
        expect: &[
            ("language", &["typescript"]),
            ("runtime", &["nodejs"]),
            // Pub/sub from Redis, or covered by a platform's own (Supabase Realtime).
            ("cache", &["redis", "valkey", "(none)"]),
        ],
        host_cloud: None,
    },
    Scenario {
        args: "--product internal-tool --team csharp --cloud azure",
        expect: &[
            ("framework", &["aspnet-core"]),
            (
                "database",
                &["azure-sql-database", "sql-server", "postgresql"],
            ),
        ],
        host_cloud: Some("azure"),
    },
    Scenario {
        args: "--product mvp --team ruby --priority time-to-market",
        expect: &[
            ("framework", &["rails"]),
            ("database", &["postgresql", "supabase", "neon"]),
            (
                "hosting",
                &[
                    "heroku",
                    "render",
                    "railway",
                    "fly-io",
                    "digitalocean-app-platform",
                ],
            ),
        ],
        host_cloud: None,
    },
    Scenario {
        args: "--product local-first",
        expect: &[("database", &["turso", "couchdb", "firebase"])],
        host_cloud: None,
    },
    Scenario {
        args: "--product iot --scale hyperscale --cloud aws",
        expect: &[(
            "database",
            &[
                "dynamodb",
                "cassandra",
                "scylladb",
                "timescaledb",
                "influxdb",
                "clickhouse",
            ],
        )],
        host_cloud: Some("aws"),
    },
    Scenario {
        args: "--product enterprise --team java:expert",
        expect: &[
            ("language", &["java"]),
            ("framework", &["spring-boot", "quarkus", "micronaut"]),
        ],
        host_cloud: None,
    },
    Scenario {
        args: "--product fintech --team java",
        expect: &[
            ("language", &["java"]),
            (
                "database",
                &[
                    "postgresql",
                    "amazon-aurora",
                    "cockroachdb",
                    "sql-server",
                    "oracle-database",
                    "mysql",
                ],
            ),
        ],
        host_cloud: None,
    },
    Scenario {
        args: "--product content --team php",
        expect: &[
            ("framework", &["wordpress", "laravel", "symfony"]),
            ("database", &["mysql", "mariadb", "postgresql"]),
        ],
        host_cloud: None,
    },
    Scenario {
        args: "--product saas --team python --cloud gcp",
        expect: &[
            ("framework", &["django", "fastapi", "flask"]),
            ("database", &["postgresql", "google-spanner"]),
        ],
        host_cloud: Some("gcp"),
    },
    Scenario {
        args: "--product microservices --team go",
        expect: &[
            ("language", &["go"]),
            ("framework", &["gin", "echo", "fiber", "chi"]),
        ],
        host_cloud: None,
    },
    Scenario {
        args: "--product data-pipeline --team python",
        expect: &[
            ("language", &["python"]),
            (
                "queue",
                &[
                    "kafka",
                    "redpanda",
                    "confluent-cloud",
                    "amazon-msk",
                    "google-cloud-managed-kafka",
                    "azure-event-hubs",
                    "aws-sqs",
                    "google-pubsub",
                    "nats",
                    "rabbitmq",
                ],
            ),
        ],
        host_cloud: None,
    },
    Scenario {
        args: "--product gaming --team csharp",
        expect: &[
            ("framework", &["aspnet-core"]),
            ("cache", &["redis", "valkey", "dragonfly"]),
        ],
        host_cloud: None,
    },
    Scenario {
        args: "--product realtime --team elixir:expert",
        // Phoenix.PubSub fans messages out, so no broker or job runner is added.
        expect: &[
            ("language", &["elixir"]),
            ("framework", &["phoenix"]),
            ("queue", &["(none)"]),
            ("cache", &["(none)"]),
        ],
        host_cloud: None,
    },
];

fn catalog_clouds() -> std::collections::HashMap<String, String> {
    json_of(&["list", "hosting"])["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["id"].as_str().unwrap().to_string(),
                h["cloud"].as_str().unwrap_or("none").to_string(),
            )
        })
        .collect()
}

#[test]
fn top_stacks_are_what_an_architect_would_expect() {
    let clouds = catalog_clouds();
    let mut failures = Vec::new();
    for scenario in SCENARIOS {
        let doc = recommend(scenario.args);
        let top = &doc["stacks"][0]["components"];
        for (slot, allowed) in scenario.expect {
            let got = top[slot].as_str().unwrap_or("(none)");
            if !allowed.contains(&got) {
                failures.push(format!(
                    "{}: {slot} is {got}, expected one of {allowed:?}",
                    scenario.args
                ));
            }
        }
        if let Some(cloud) = scenario.host_cloud {
            let host = top["hosting"].as_str().unwrap();
            if clouds[host] != cloud {
                failures.push(format!("{}: host {host} is not on {cloud}", scenario.args));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn json_follows_the_contract() {
    let doc =
        recommend("--product saas --team python:expert,django --priority cost,reliability --top 4");
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["command"], "recommend");
    assert_eq!(doc["profile"]["product"], "saas");
    assert_eq!(doc["profile"]["scale"], "growth", "the default scale");
    assert_eq!(
        doc["profile"]["team"][0],
        serde_json::json!({"tech": "python", "level": "expert"})
    );
    let stacks = doc["stacks"].as_array().unwrap();
    assert_eq!(stacks.len(), 4);
    for (i, stack) in stacks.iter().enumerate() {
        assert_eq!(stack["rank"], i + 1);
        let score = stack["score"].as_i64().unwrap();
        assert!((0..=100).contains(&score));
        let points: i64 = stack["breakdown"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["points"].as_i64().unwrap())
            .sum();
        assert_eq!(points, score, "the breakdown adds up to the score");
        for line in stack["breakdown"].as_array().unwrap() {
            assert!(
                line["criterion"].is_string()
                    && line["reason"].as_str().is_some_and(|r| !r.is_empty())
            );
        }
        for slot in ["language", "database", "hosting", "framework"] {
            assert!(stack["components"][slot].is_string(), "{slot} in {stack}");
        }
        if i > 0 {
            assert!(stacks[i - 1]["score"].as_i64() >= stack["score"].as_i64());
        }
    }
}

#[test]
fn constraints_hold_in_every_stack() {
    let doc = recommend(
        "--product ecommerce --team typescript --avoid postgresql,redis --require mongodb --prefer vercel --top 5",
    );
    for stack in doc["stacks"].as_array().unwrap() {
        let ids: Vec<&str> = stack["components"]
            .as_object()
            .unwrap()
            .values()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert!(ids.contains(&"mongodb"), "{ids:?}");
        assert!(
            !ids.contains(&"postgresql") && !ids.contains(&"redis"),
            "{ids:?}"
        );
        if ids.contains(&"vercel") {
            let reasons: Vec<&str> = stack["breakdown"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["reason"].as_str().unwrap())
                .collect();
            assert!(
                reasons.iter().any(|r| r.contains("vercel is preferred")),
                "{reasons:?}"
            );
        }
    }
}

#[test]
fn the_table_shows_scores_reasons_and_alternatives() {
    let output = stackpick()
        .args([
            "recommend",
            "--product",
            "ai",
            "--team",
            "python",
            "--top",
            "2",
        ])
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    for part in [
        "#1  Python · ",
        "#2  ",
        "score ",
        "/100",
        "Why",
        "Team skill: the team knows python",
        "Alternatives to #1",
    ] {
        assert!(out.contains(part), "missing {part:?} in\n{out}");
    }
    let markdown = stackpick()
        .args([
            "recommend",
            "--product",
            "ai",
            "--team",
            "python",
            "--format",
            "markdown",
        ])
        .output()
        .unwrap();
    let markdown = String::from_utf8(markdown.stdout).unwrap();
    assert!(
        markdown.starts_with("## 1. Python · ")
            && markdown.contains("| Points | Criterion | Reason |")
    );
}

#[test]
fn bad_profiles_are_usage_errors_with_nothing_on_stdout() {
    for (args, message) in [
        (
            "recommend --no-input --team python",
            "--product is required",
        ),
        ("recommend --product sass", "did you mean `saas`?"),
        (
            "recommend --product saas --scale huge",
            "--scale must be one of prototype, growth, large, hyperscale",
        ),
        (
            "recommend --product saas --priority speed",
            "--priority must be one of",
        ),
        (
            "recommend --product saas --cloud oracle",
            "--cloud must be one of aws, gcp, azure, any",
        ),
        (
            "recommend --product saas --team python:guru",
            "the level of `python` must be one of novice, working, expert",
        ),
        (
            "recommend --product saas --team postgresql",
            "--team takes languages and frameworks; `postgresql` is a database",
        ),
        (
            "recommend --product saas --require django,spring-boot",
            "django and spring-boot both fill the framework slot",
        ),
        (
            "recommend --product saas --require heroku --open-source-only",
            "--require heroku conflicts with --open-source-only",
        ),
        (
            "recommend --product saas --require django --avoid django",
            "`django` is both required and avoided",
        ),
        (
            "recommend --product saas --require django,go",
            "django needs python; the stack's language is go",
        ),
        ("recommend --product saas --top 0", "0 is not in 1..=20"),
    ] {
        let output = stackpick().args(args.split_whitespace()).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args}");
        assert!(output.stdout.is_empty(), "{args}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(message), "{args}: {stderr}");
    }
}

#[test]
fn a_missing_product_lists_the_product_ids() {
    let output = stackpick().args(["recommend"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("product types: saas, ecommerce, realtime, ai"),
        "{stderr}"
    );
}

#[test]
fn explain_scores_a_stack_against_the_top_pick() {
    let doc = json_of(&[
        "explain",
        "express",
        "mongodb",
        "heroku",
        "--product",
        "saas",
        "--team",
        "javascript",
    ]);
    assert_eq!(doc["command"], "explain");
    let components = &doc["stack"]["components"];
    assert_eq!(components["framework"], "express");
    assert_eq!(components["database"], "mongodb");
    assert_eq!(components["hosting"], "heroku");
    assert_eq!(
        components["language"], "javascript",
        "the unnamed language is filled in"
    );
    let stack = doc["stack"]["score"].as_i64().unwrap();
    let top = doc["top"]["score"].as_i64().unwrap();
    assert!(top >= stack);
    let differences = doc["differences"].as_array().unwrap();
    let total: i64 = differences
        .iter()
        .map(|d| d["difference"].as_i64().unwrap())
        .sum();
    assert_eq!(
        total,
        stack - top,
        "the per-criterion differences add up to the gap"
    );
    for d in differences {
        assert_eq!(
            d["difference"].as_i64().unwrap(),
            d["stack"].as_i64().unwrap() - d["top"].as_i64().unwrap()
        );
    }
}

#[test]
fn explain_says_plainly_what_does_not_fit() {
    for (args, message) in [
        (
            "explain django go --product saas",
            "django needs python; the stack's language is go",
        ),
        (
            "explain prisma dynamodb --product saas",
            "prisma does not support dynamodb",
        ),
        (
            "explain dynamodb azure-app-service --product saas",
            "dynamodb runs only on aws; the stack is hosted on azure-app-service (azure)",
        ),
        (
            "explain aws-lambda elixir --product saas",
            "aws-lambda does not run elixir",
        ),
        (
            "explain wordpress postgresql --product content",
            "wordpress runs on mysql or mariadb, not postgresql",
        ),
    ] {
        let output = stackpick().args(args.split_whitespace()).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args}");
        assert!(output.stdout.is_empty());
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(message), "{args}: {stderr}");
    }
}

#[test]
fn the_top_stacks_are_real_alternatives_not_the_same_code_on_another_host() {
    for args in [
        "--product ai --team python",
        "--product saas --team typescript",
        "--product fintech --team java",
    ] {
        let doc = recommend(args);
        let cores: Vec<(String, String, String)> = doc["stacks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                let c = &s["components"];
                let get = |slot: &str| c[slot].as_str().unwrap_or("").to_string();
                (get("language"), get("framework"), get("database"))
            })
            .collect();
        for (i, a) in cores.iter().enumerate() {
            for b in &cores[i + 1..] {
                assert_ne!(a, b, "{args}: two stacks differ only in hosting");
            }
        }
    }
}
