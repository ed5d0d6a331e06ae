//! The examples of "advice an architect would sign", each with the answer an architect
//! gives, against the real binary. They check the rule or fact behind each answer on
//! every stack shown, not one canned stack.

use serde_json::Value;

use crate::util::{json_of, recommend, stackpick};

fn stacks(doc: &Value) -> &Vec<Value> {
    doc["stacks"].as_array().expect("stacks")
}

fn slot<'a>(stack: &'a Value, slot: &str) -> &'a str {
    stack["components"][slot].as_str().unwrap_or("")
}

/// The catalog entry of an id, as `show --json` prints it.
fn entry(id: &str) -> Value {
    json_of(&["show", id])["item"].clone()
}

fn has(entry: &Value, list: &str, value: &str) -> bool {
    entry[list]
        .as_array()
        .is_some_and(|items| items.iter().any(|v| v == value))
}

#[test]
fn the_first_stack_is_the_same_whatever_top_is() {
    for args in [
        "--product saas --team ruby",
        "--product ecommerce --team php --priority cost",
        "--product ai --team python --scale large --cloud gcp",
    ] {
        let first = |top: &str| {
            let doc = recommend(&format!("{args} --top {top}"));
            stacks(&doc)[0]["components"].clone()
        };
        let one = first("1");
        assert_eq!(one, first("2"), "{args}");
        assert_eq!(one, first("20"), "{args}");
    }
}

#[test]
fn explain_compares_against_recommends_first_stack() {
    let args = "--product saas --team ruby";
    let doc = recommend(args);
    let first = &stacks(&doc)[0];
    let mut cmd = vec!["explain", "rails", "postgres", "heroku", "sidekiq"];
    cmd.extend(args.split_whitespace());
    let explained = json_of(&cmd);
    assert_eq!(explained["top"]["components"], first["components"]);
    assert_eq!(explained["top"]["score"], first["score"]);
    let mut cmd = cmd.clone();
    cmd.retain(|a| *a != "--json");
    let out = stackpick().args(&cmd).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let gap =
        explained["top"]["score"].as_i64().unwrap() - explained["stack"]["score"].as_i64().unwrap();
    assert_eq!(
        text.contains("as good as the top pick"),
        gap <= 0,
        "the verdict follows the scores: {text}"
    );
}

#[test]
fn workers_never_land_on_function_hosts() {
    for args in [
        "--product saas --team typescript --hosting serverless --cloud aws",
        "--product saas --team go --scale large --cloud aws",
        "--product ai --team python --hosting serverless",
        "--product ecommerce --team javascript --hosting serverless --cloud gcp",
    ] {
        let doc = recommend(&format!("{args} --top 5"));
        for stack in stacks(&doc) {
            let host = entry(slot(stack, "hosting"));
            if host["runs"] == "processes" {
                continue;
            }
            for (_, id) in stack["components"].as_object().unwrap() {
                let tech = entry(id.as_str().unwrap());
                for need in ["worker-process", "long-running-server", "persistent-disk"] {
                    assert!(
                        !has(&tech, "needs", need),
                        "{args}: {id} needs {need} on {}",
                        host["id"]
                    );
                }
            }
        }
    }
}

#[test]
fn explain_names_a_worker_on_a_function_host_in_one_sentence() {
    let out = stackpick()
        .args([
            "explain",
            "fastapi",
            "celery",
            "aws-lambda",
            "--product",
            "saas",
            "--team",
            "python",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(
            "celery needs a long-running worker process; aws-lambda runs request-scoped functions"
        ),
        "{err}"
    );
}

#[test]
fn data_survives_a_restart() {
    for args in [
        "--product internal-tool --team none --scale prototype",
        "--product mvp --team python --scale prototype --priority cost",
        "--product local-first --team typescript",
    ] {
        let doc = recommend(&format!("{args} --top 5"));
        for stack in stacks(&doc) {
            let database = entry(slot(stack, "database"));
            let host = entry(slot(stack, "hosting"));
            if has(&database, "needs", "persistent-disk") {
                assert_eq!(
                    host["persistent_disk"], true,
                    "{args}: {} on {}",
                    database["id"], host["id"]
                );
            }
        }
    }
}

#[test]
fn slots_are_filled_only_when_needed_and_covered_ones_say_so() {
    let content = recommend("--product content --team php --scale prototype --top 3");
    for stack in stacks(&content) {
        assert_eq!(
            slot(stack, "queue"),
            "",
            "a prototype content site runs no broker"
        );
    }
    let laravel = recommend("--product saas --team laravel --top 1");
    let first = &stacks(&laravel)[0];
    assert_eq!(slot(first, "framework"), "laravel");
    assert_eq!(slot(first, "queue"), "", "Laravel's queues do the job");
    assert_eq!(first["covered"]["queue"], "laravel");
    assert!(
        first["breakdown"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["slot"] == "queue" && l["reason"].as_str().unwrap().contains("laravel"))
    );
    let mut redis = 0;
    let mut profiles = 0;
    for args in [
        "--product internal-tool --team python",
        "--product mvp --team ruby --scale prototype",
        "--product fintech --team java",
        "--product local-first --team typescript",
        "--product data-pipeline --team python",
        "--product saas --team go --priority simplicity",
    ] {
        let doc = recommend(&format!("{args} --top 1"));
        profiles += 1;
        redis += usize::from(slot(&stacks(&doc)[0], "cache") == "redis");
    }
    assert!(
        redis * 2 < profiles,
        "Redis only where something needs it ({redis} of {profiles})"
    );
}

#[test]
fn the_cloud_chosen_brings_its_own_services() {
    let doc = recommend("--product internal-tool --team csharp --cloud azure --top 1");
    assert_eq!(slot(&stacks(&doc)[0], "auth"), "microsoft-entra-id");
    let doc = recommend("--product saas --team typescript --cloud aws --top 1");
    assert_eq!(slot(&stacks(&doc)[0], "auth"), "aws-cognito");
}

#[test]
fn cost_minded_profiles_get_free_tiers_and_say_so_in_money_terms() {
    for args in [
        "--product mvp --team javascript --priority cost --scale prototype",
        "--product saas --team python --priority cost",
        "--product content --team php --priority cost",
        "--product mobile-backend --team typescript --priority cost --scale prototype",
        "--product internal-tool --team java --priority cost",
        "--product ecommerce --team ruby --priority cost",
        "--product ai --team python --priority cost --scale prototype",
    ] {
        let doc = recommend(&format!("{args} --top 3"));
        for stack in stacks(&doc) {
            for (_, id) in stack["components"].as_object().unwrap() {
                let tech = entry(id.as_str().unwrap());
                assert!(
                    ["free", "free-tier", "usage"].contains(&tech["price"].as_str().unwrap_or("")),
                    "{args}: {id} is priced {}",
                    tech["price"]
                );
            }
            let reasons: Vec<&str> = stack["breakdown"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["reason"].as_str().unwrap())
                .collect();
            assert!(
                reasons
                    .iter()
                    .any(|r| r.contains("Free tier") || r.contains("Free,")),
                "{args}: price is a reason: {reasons:?}"
            );
        }
    }
}

#[test]
fn databases_fit_the_scale_and_the_role() {
    for args in [
        "--product gaming --team go --scale prototype",
        "--product saas --team java --scale growth",
        "--product saas --team go",
        "--product ecommerce --team typescript --scale prototype",
    ] {
        let doc = recommend(&format!("{args} --top 5"));
        for stack in stacks(&doc) {
            let database = entry(slot(stack, "database"));
            assert!(
                !has(&database, "capabilities", "globally-distributed"),
                "{args}: {}",
                database["id"]
            );
            assert!(
                !has(&database, "capabilities", "secondary-store"),
                "{args}: {}",
                database["id"]
            );
            assert_ne!(database["price"], "licence", "{args}: {}", database["id"]);
        }
    }
    assert!(!has(
        &entry("amazon-aurora"),
        "capabilities",
        "horizontal-writes"
    ));
    let doc = recommend("--product saas --team go --require oracle-database --top 1");
    assert_eq!(
        slot(&stacks(&doc)[0], "database"),
        "oracle-database",
        "a required licence is allowed"
    );
}

#[test]
fn clients_and_frameworks_get_their_own_kind_of_parts() {
    let doc = recommend("--product mobile-backend --team typescript --top 3");
    for stack in stacks(&doc) {
        assert!(
            ["rest", "graphql"].contains(&slot(stack, "api")),
            "native clients: {}",
            slot(stack, "api")
        );
    }
    let doc = recommend("--product content --team javascript --top 3");
    for stack in stacks(&doc) {
        assert_ne!(slot(stack, "api"), "grpc");
    }
    let doc = recommend("--product saas --team kotlin --require ktor --top 3");
    for stack in stacks(&doc) {
        assert_ne!(slot(stack, "orm"), "spring-data-jpa");
    }
    let doc = recommend("--product saas --team javascript --require adonisjs --top 3");
    for stack in stacks(&doc) {
        assert_ne!(slot(stack, "orm"), "prisma", "AdonisJS has Lucid");
    }
}

#[test]
fn security_rewards_less_to_patch() {
    let doc = recommend("--product saas --team python --priority security --top 3");
    for stack in stacks(&doc) {
        assert_ne!(slot(stack, "ci_cd"), "jenkins");
        let host = entry(slot(stack, "hosting"));
        assert!(
            has(&host, "capabilities", "managed-patching"),
            "{}",
            host["id"]
        );
    }
}

#[test]
fn every_component_has_a_reason_and_the_riskiest_parts_their_trade_offs() {
    let doc =
        recommend("--product saas --team typescript --hosting serverless --cloud aws --top 3");
    for stack in stacks(&doc) {
        let lines = stack["breakdown"].as_array().unwrap();
        for (slot, _) in stack["components"].as_object().unwrap() {
            assert!(
                lines.iter().any(|l| l["slot"] == *slot),
                "no reason for {slot}"
            );
        }
        let host = slot(stack, "hosting");
        if entry(host)["runs"] == "functions" {
            let tradeoffs = stack["tradeoffs"].as_array().unwrap();
            assert!(
                tradeoffs
                    .iter()
                    .any(|t| t.as_str().unwrap().starts_with(host)),
                "the host's own limits: {tradeoffs:?}"
            );
        }
    }
}

#[test]
fn stacks_with_the_same_score_say_what_separates_them() {
    let mut seen = 0;
    for args in [
        "--product saas --team ruby --top 5",
        "--product internal-tool --team csharp --cloud azure --top 5",
    ] {
        let doc = recommend(args);
        let stacks = stacks(&doc);
        for pair in stacks.windows(2) {
            if pair[0]["score"] == pair[1]["score"] {
                seen += 1;
                assert!(
                    pair[0]["note"].as_str().is_some_and(|n| n.contains("Same")),
                    "{args}"
                );
            }
        }
    }
    assert!(seen > 0, "the profiles above have ties to explain");
}

/// Explains a stack that breaks a rule: exit 2, nothing on stdout, and the rule named.
fn refused(args: &[&str], sentence: &str) {
    let out = stackpick().arg("explain").args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert!(out.stdout.is_empty(), "{args:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains(sentence), "{args:?}: {err}");
}

#[test]
fn managed_hosts_get_databases_their_cloud_manages() {
    for args in [
        "--product saas --team csharp:expert --hosting serverless --cloud azure --priority cost",
        "--product internal-tool --team php,laravel --cloud azure --priority simplicity",
        "--product iot --team typescript --cloud gcp --scale growth",
    ] {
        let doc = recommend(&format!("{args} --top 5"));
        let cloud = args
            .split("--cloud ")
            .nth(1)
            .unwrap()
            .split(' ')
            .next()
            .unwrap();
        for stack in stacks(&doc) {
            let host = entry(slot(stack, "hosting"));
            if host["self_managed"] == true {
                continue;
            }
            for part in ["database", "cache"].map(|s| slot(stack, s)) {
                if part.is_empty() {
                    continue;
                }
                let tech = entry(part);
                let offered = tech["available_on"].as_array().cloned().unwrap_or_default();
                assert!(
                    offered.is_empty() || offered.iter().any(|c| c == cloud),
                    "{args}: {} on {}",
                    tech["id"],
                    host["id"]
                );
            }
        }
    }
    refused(
        &[
            "mariadb",
            "azure-app-service",
            "--product",
            "saas",
            "--team",
            "php",
        ],
        "mariadb is offered as a managed service on aws and gcp only; azure-app-service is on azure",
    );
    // On machines you run, an open-source engine can still run anywhere.
    let doc = json_of(&[
        "explain",
        "mariadb",
        "azure",
        "--product",
        "saas",
        "--team",
        "php",
    ]);
    assert_eq!(doc["stack"]["components"]["database"], "mariadb");
}

#[test]
fn the_system_of_record_is_an_operational_store() {
    for args in [
        "--product gaming --team none --scale prototype --priority cost",
        "--product gaming --team elixir:expert --scale hyperscale --priority performance",
        "--product local-first --team kotlin --priority reliability",
    ] {
        let doc = recommend(&format!("{args} --top 5"));
        for stack in stacks(&doc) {
            let database = entry(slot(stack, "database"));
            assert!(
                has(&database, "capabilities", "oltp"),
                "{args}: {}",
                database["id"]
            );
        }
    }
    // A pipeline may keep its data in an analytics engine.
    let doc = json_of(&[
        "explain",
        "clickhouse",
        "--product",
        "data-pipeline",
        "--team",
        "python",
    ]);
    assert_eq!(doc["stack"]["components"]["database"], "clickhouse");
}

#[test]
fn function_hosts_run_only_their_runtimes_and_frameworks_their_databases() {
    refused(
        &[
            "bun",
            "google-cloud-functions",
            "--product",
            "iot",
            "--team",
            "typescript",
        ],
        "google-cloud-functions runs functions on nodejs, jvm, dotnet only, not bun",
    );
    let doc = recommend("--product iot --team typescript --cloud gcp --hosting serverless --top 5");
    for stack in stacks(&doc) {
        let host = entry(slot(stack, "hosting"));
        let runtime = slot(stack, "runtime");
        if let Some(runtimes) = host["runtimes"].as_array().filter(|r| !r.is_empty()) {
            assert!(
                runtimes.iter().any(|r| r == runtime),
                "{runtime} on {}",
                host["id"]
            );
        }
    }
    refused(
        &[
            "adonisjs",
            "firebase",
            "--product",
            "mvp",
            "--team",
            "javascript",
        ],
        "adonisjs",
    );
    refused(
        &[
            "cloudflare-queues",
            "vercel",
            "--product",
            "saas",
            "--team",
            "typescript",
        ],
        "cloudflare-queues needs consumers that are the host's edge isolates; vercel runs request-scoped functions",
    );
}

#[test]
fn who_signs_in_decides_the_identity_provider() {
    let first = |args: &str| recommend(&format!("{args} --top 1"))["stacks"][0].clone();
    let staff = first("--product internal-tool --team csharp --cloud azure");
    assert_eq!(slot(&staff, "auth"), "microsoft-entra-id");
    for args in [
        "--product fintech --team csharp --cloud azure --scale hyperscale --priority reliability",
        "--product mobile-backend --team csharp --cloud azure --hosting managed --priority security",
        "--product saas --team python,fastapi --cloud azure --hosting managed",
    ] {
        let stack = first(args);
        // The framework's own accounts (ASP.NET Core Identity) sign customers up too.
        if let Some(framework) = stack["covered"]["auth"].as_str() {
            assert!(
                has(&entry(framework), "capabilities", "built-in-auth"),
                "{args}"
            );
            continue;
        }
        let auth = entry(slot(&stack, "auth"));
        assert_ne!(
            auth["id"], "microsoft-entra-id",
            "{args}: a workforce directory for customers"
        );
        assert!(
            has(&auth, "capabilities", "customer-sign-up"),
            "{args}: {}",
            auth["id"]
        );
    }
}

#[test]
fn the_products_performance_is_not_its_tools_speed() {
    let doc = recommend(
        "--product ecommerce --team go:expert --cloud gcp --scale large --priority performance --top 3",
    );
    for stack in stacks(&doc) {
        for line in stack["breakdown"].as_array().unwrap() {
            let slot = line["slot"].as_str().unwrap();
            let reason = line["reason"].as_str().unwrap();
            if ["ci_cd", "testing", "observability", "auth"].contains(&slot) {
                assert!(!reason.contains("performance "), "{slot}: {reason}");
            }
        }
    }
}

#[test]
fn self_hosted_on_a_cloud_runs_on_its_machines() {
    for cloud in ["aws", "gcp", "azure"] {
        let doc = recommend(&format!(
            "--product realtime --team kotlin --cloud {cloud} --hosting self-hosted --top 3"
        ));
        for stack in stacks(&doc) {
            let host = entry(slot(stack, "hosting"));
            // Machines the team runs, or a cloud's Kubernetes control plane
            // over nodes and workloads the team still runs.
            assert!(
                host["self_managed"] == true || host["kind"] == "managed Kubernetes",
                "{cloud}: {}",
                host["id"]
            );
            assert_eq!(host["cloud"], cloud, "{cloud}: {}", host["id"]);
        }
    }
}

#[test]
fn caveats_follow_the_host_a_worker_runs_on() {
    let doc = json_of(&[
        "explain",
        "django",
        "celery",
        "google-cloud-run",
        "--product",
        "saas",
        "--team",
        "python",
    ]);
    let tradeoffs = doc["stack"]["tradeoffs"].to_string();
    assert!(
        tradeoffs.contains("celery on google-cloud-run: the worker must keep running"),
        "{tradeoffs}"
    );
}

#[test]
fn self_hosted_stacks_collect_signals_and_secure_sign_in() {
    let doc = recommend(
        "--product saas --team java:expert --cloud azure --hosting self-hosted --priority security --top 3",
    );
    for stack in stacks(&doc) {
        let observability = entry(slot(stack, "observability"));
        assert!(
            ["metrics", "logs"]
                .iter()
                .any(|c| has(&observability, "capabilities", c)),
            "{}",
            observability["id"]
        );
        let auth = entry(slot(stack, "auth"));
        assert!(has(&auth, "capabilities", "mfa"), "{}", auth["id"]);
        assert_ne!(slot(stack, "ci_cd"), "", "a CI service is still offered");
    }
}

#[test]
fn self_hosted_databases_do_not_claim_managed_failover() {
    let doc = recommend(
        "--product saas --team java --cloud aws --hosting self-hosted --priority reliability --top 3",
    );
    for stack in stacks(&doc) {
        let why = stack["breakdown"].to_string();
        assert!(!why.contains("managed backups"), "{why}");
        let database = entry(slot(stack, "database"));
        if has(&database, "capabilities", "managed-failover")
            && !has(&database, "capabilities", "globally-distributed")
        {
            let tradeoffs = stack["tradeoffs"].to_string();
            assert!(
                tradeoffs.contains("yours to build"),
                "{}: {tradeoffs}",
                database["id"]
            );
        }
    }
    // Self-hosting on a cloud may use its managed Kubernetes, whose nodes the team runs.
    let doc = recommend("--product saas --team go --cloud gcp --hosting self-hosted --top 1");
    assert_ne!(slot(&stacks(&doc)[0], "hosting"), "", "a host is found");
    let gke = json_of(&[
        "explain",
        "google-gke",
        "--product",
        "saas",
        "--team",
        "go",
        "--cloud",
        "gcp",
        "--hosting",
        "self-hosted",
    ]);
    assert_eq!(gke["stack"]["components"]["hosting"], "google-gke");
}

#[test]
fn serverless_jobs_go_to_a_queue_that_pushes() {
    for args in [
        "--product saas --team python --hosting serverless --cloud gcp",
        "--product ecommerce --team ruby --hosting serverless",
        "--product saas --team typescript --hosting serverless --cloud aws",
    ] {
        let doc = recommend(&format!("{args} --top 3"));
        for stack in stacks(&doc) {
            let queue = slot(stack, "queue");
            if !queue.is_empty() {
                assert!(
                    has(&entry(queue), "capabilities", "function-triggers"),
                    "{args}: {queue}"
                );
            }
            let host = entry(slot(stack, "hosting"));
            assert!(
                has(&host, "capabilities", "scale-to-zero"),
                "{args}: {}",
                host["id"]
            );
        }
    }
}

#[test]
fn a_local_first_backend_syncs_and_a_shared_store_is_a_server() {
    let doc = recommend("--product local-first --team typescript --top 5");
    for stack in stacks(&doc) {
        let database = entry(slot(stack, "database"));
        assert!(
            has(&database, "capabilities", "offline-sync"),
            "{}",
            database["id"]
        );
    }
    for args in [
        "--product gaming --team typescript --hosting self-hosted --scale growth",
        "--product internal-tool --team python --scale large",
        "--product local-first --team csharp --cloud azure --scale large",
    ] {
        let doc = recommend(&format!("{args} --top 5"));
        for stack in stacks(&doc) {
            let database = entry(slot(stack, "database"));
            assert!(
                !has(&database, "capabilities", "single-process"),
                "{args}: {}",
                database["id"]
            );
        }
    }
}

#[test]
fn unless_self_hosted_a_fleet_runs_on_a_platform_that_patches_it() {
    for args in [
        "--product gaming --team python --cloud gcp --scale growth",
        "--product ai --team none --cloud aws --scale hyperscale",
        "--product saas --team go --cloud azure --scale large",
    ] {
        let doc = recommend(&format!("{args} --top 1"));
        for stack in stacks(&doc) {
            let host = entry(slot(stack, "hosting"));
            assert!(
                has(&host, "capabilities", "managed-patching"),
                "{args}: {}",
                host["id"]
            );
        }
    }
}

#[test]
fn a_platform_that_signs_users_in_is_not_given_a_second_user_store() {
    let doc = recommend(
        "--product mobile-backend --team python --hosting serverless --cloud aws --require supabase --top 3",
    );
    for stack in stacks(&doc) {
        // A framework with accounts of its own (Django) keeps them instead.
        if has(
            &entry(slot(stack, "framework")),
            "capabilities",
            "built-in-auth",
        ) {
            assert_ne!(
                stack["covered"]["auth"], "supabase",
                "{}",
                stack["components"]
            );
            continue;
        }
        assert_eq!(slot(stack, "auth"), "", "{}", stack["components"]);
        assert_eq!(stack["covered"]["auth"], "supabase");
    }
}

#[test]
fn node_frameworks_run_on_node_and_job_queues_are_not_topics() {
    for args in [
        "--product realtime --team javascript --priority performance --scale large",
        "--product microservices --team typescript --scale hyperscale",
    ] {
        let doc = recommend(&format!("{args} --top 3"));
        for stack in stacks(&doc) {
            if ["express", "nestjs", "nextjs", "fastify"].contains(&slot(stack, "framework")) {
                assert_eq!(slot(stack, "runtime"), "nodejs", "{args}");
            }
        }
    }
    let doc = recommend("--product saas --team typescript --cloud aws --top 3");
    for stack in stacks(&doc) {
        assert_ne!(
            slot(stack, "queue"),
            "amazon-sns",
            "SNS keeps no backlog of jobs"
        );
    }
}

#[test]
fn a_vendors_database_runs_beside_a_host_on_a_cloud_it_is_offered_on() {
    let out = stackpick()
        .args([
            "explain",
            "supabase",
            "google-cloud-run",
            "--product",
            "saas",
            "--team",
            "typescript",
        ])
        .output()
        .unwrap();
    let said =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("supabase is offered as a managed service on aws only"),
        "{said}"
    );
    for stack in stacks(&recommend("--product mvp --team python --top 10")) {
        let database = entry(slot(stack, "database"));
        let host = entry(slot(stack, "hosting"));
        let offered = database["available_on"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let cloud = host["cloud"].as_str().unwrap_or("none");
        assert!(
            offered.is_empty() || cloud == "none" || offered.iter().any(|c| c == cloud),
            "{} on {}",
            database["id"],
            host["id"]
        );
    }
    let doc = recommend("--product mvp --team python --cloud gcp --top 5");
    for stack in stacks(&doc) {
        let database = entry(slot(stack, "database"));
        let offered = database["available_on"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(
            offered.is_empty() || offered.iter().any(|c| c == "gcp"),
            "{}",
            database["id"]
        );
    }
}

#[test]
fn a_read_heavy_product_at_hyperscale_keeps_a_relational_store() {
    for team in ["python", "typescript", "none"] {
        let doc = recommend(&format!(
            "--product content --team {team} --scale hyperscale --top 3"
        ));
        for stack in stacks(&doc) {
            let database = entry(slot(stack, "database"));
            assert!(
                has(&database, "capabilities", "relational"),
                "{team}: {}",
                database["id"]
            );
            assert_ne!(
                slot(stack, "hosting"),
                "azure-app-service",
                "a plan's 30-instance ceiling"
            );
        }
    }
    let doc = recommend("--product data-pipeline --team python --scale large --top 3");
    for stack in stacks(&doc) {
        assert_eq!(
            slot(stack, "cache"),
            "",
            "a pipeline has no hot reads to cache"
        );
    }
}

#[test]
fn a_known_framework_credits_the_language_the_team_names() {
    let doc = recommend("--product saas --team javascript:working,express:expert --top 3");
    for stack in stacks(&doc) {
        for line in stack["breakdown"].as_array().unwrap() {
            let reason = line["reason"].as_str().unwrap();
            assert!(!reason.contains("so it writes typescript"), "{reason}");
        }
    }
}

#[test]
fn a_part_the_team_must_run_says_so() {
    let doc = recommend("--product local-first --team python --cloud azure --scale large --top 3");
    for stack in stacks(&doc) {
        if slot(stack, "database") == "couchdb" {
            let tradeoffs = stack["tradeoffs"].to_string();
            assert!(tradeoffs.contains("couchdb on "), "{tradeoffs}");
            assert!(
                tradeoffs.contains("the team runs the database servers"),
                "{tradeoffs}"
            );
        }
    }
    // Under a platform that runs the servers, sign-in is hosted too.
    for hosting in ["serverless", "managed"] {
        let doc = recommend(&format!(
            "--product enterprise --team csharp --hosting {hosting} --priority security --top 3"
        ));
        for stack in stacks(&doc) {
            assert_ne!(slot(stack, "auth"), "keycloak", "{hosting}");
        }
    }
}

#[test]
fn a_frameworks_own_accounts_sign_customers_in() {
    let doc = recommend(
        "--product marketplace --team ruby --cloud azure --hosting self-hosted --scale prototype --top 3",
    );
    for stack in stacks(&doc) {
        if slot(stack, "framework") == "rails" {
            assert_eq!(stack["covered"]["auth"], "rails", "{}", stack["components"]);
        }
    }
    // They are no staff directory: an internal tool still signs in through SSO.
    let doc = recommend("--product internal-tool --team python:expert,django:expert --top 3");
    for stack in stacks(&doc) {
        assert!(stack["covered"]["auth"].is_null(), "{}", stack["covered"]);
        assert!(has(&entry(slot(stack, "auth")), "capabilities", "sso"));
    }
}

#[test]
fn hosts_run_what_their_platform_runs() {
    // ASP.NET Core runs on Lambda, so a serverless C# team on AWS gets functions.
    let doc = recommend(
        "--product saas --team csharp --cloud aws --hosting serverless --scale prototype --priority cost --top 3",
    );
    for stack in stacks(&doc) {
        assert_eq!(
            slot(stack, "hosting"),
            "aws-lambda",
            "{}",
            stack["components"]
        );
    }
    // App Engine here is the standard environment: no Elixir, no WebSockets.
    for stack in stacks(&recommend(
        "--product saas --team elixir --cloud gcp --top 10",
    )) {
        if slot(stack, "language") == "elixir" {
            assert_ne!(slot(stack, "hosting"), "google-app-engine");
        }
    }
    for stack in stacks(&recommend(
        "--product realtime --team python --cloud gcp --top 10",
    )) {
        assert_ne!(slot(stack, "hosting"), "google-app-engine", "WebSockets");
    }
    // Pub/Sub keeps a replayable stream, so a serverless GCP pipeline streams through it.
    let doc = recommend(
        "--product data-pipeline --team python --cloud gcp --hosting serverless --scale hyperscale --top 3",
    );
    for stack in stacks(&doc) {
        assert!(has(&entry(slot(stack, "queue")), "capabilities", "streams"));
    }
}

#[test]
fn services_call_each_other_over_grpc_or_rest() {
    for team in ["python", "rust", "go", "typescript"] {
        let doc = recommend(&format!("--product microservices --team {team} --top 3"));
        for stack in stacks(&doc) {
            assert!(
                ["grpc", "rest"].contains(&slot(stack, "api")),
                "{team}: {}",
                stack["components"]
            );
            assert!(
                has(
                    &entry(slot(stack, "database")),
                    "capabilities",
                    "relational"
                ),
                "{team}"
            );
        }
    }
}

#[test]
fn a_ledgers_jobs_survive_a_worker_crash() {
    for team in ["ruby", "python", "csharp", "typescript"] {
        let doc = recommend(&format!("--product fintech --team {team} --top 3"));
        for stack in stacks(&doc) {
            let queue = slot(stack, "queue");
            if !queue.is_empty() {
                assert!(
                    has(&entry(queue), "capabilities", "durable-jobs"),
                    "{team}: {queue}"
                );
            }
        }
    }
}

#[test]
fn a_prototype_runs_no_cache_it_does_not_need() {
    for args in [
        "--product saas --team none --scale prototype --priority cost",
        "--product ecommerce --team php --scale prototype",
        "--product content --team typescript --scale prototype",
        "--product realtime --team typescript --scale prototype",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 3"))) {
            let cache = slot(stack, "cache");
            // A cache comes in only as the store its job runner needs.
            if !cache.is_empty() {
                let queue = entry(slot(stack, "queue"));
                assert!(has(&queue, "backends", cache), "{args}: {cache}");
            }
            // Nothing covers a slot that is there only for a job runner's store.
            assert!(stack["covered"]["cache"].is_null(), "{args}");
        }
    }
    // The cache comes back with growth.
    let doc = recommend("--product ecommerce --team php --scale growth --top 1");
    assert!(!slot(&stacks(&doc)[0], "cache").is_empty());
}

#[test]
fn workers_run_where_a_process_keeps_running() {
    for args in [
        "--product saas --team python --cloud gcp",
        "--product ecommerce --team ruby --cloud gcp --hosting serverless",
        "--product ai --team python --cloud aws --hosting serverless",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 10"))) {
            let queue = slot(stack, "queue");
            if !queue.is_empty() && has(&entry(queue), "needs", "worker-process") {
                let host = entry(slot(stack, "hosting"));
                assert!(
                    has(&host, "capabilities", "background-workers"),
                    "{args}: {queue} on {}",
                    slot(stack, "hosting")
                );
            }
        }
    }
    // Where the host scales in (Cloud Run also ends a request after 60 minutes), the
    // trade-offs say that clients reconnect.
    let mut seen = 0;
    for stack in stacks(&recommend(
        "--product realtime --team typescript --cloud gcp --hosting serverless --top 10",
    )) {
        let host = entry(slot(stack, "hosting"));
        let framework = entry(slot(stack, "framework"));
        if host["runs"] == "processes"
            && has(&host, "capabilities", "scale-to-zero")
            && has(&framework, "capabilities", "websockets")
        {
            seen += 1;
            assert!(
                stack["tradeoffs"]
                    .to_string()
                    .contains("clients must reconnect"),
                "{}",
                stack["tradeoffs"]
            );
        }
    }
    assert!(seen > 0, "a realtime stack on a scale-to-zero host");
}

#[test]
fn a_team_new_to_production_gets_a_host_that_runs_it_for_them() {
    let host_line = |doc: &Value| {
        stacks(doc)[0]["breakdown"]
            .as_array()
            .unwrap()
            .iter()
            .any(|line| {
                line["criterion"] == "team"
                    && line["slot"] == "hosting"
                    && line["reason"]
                        .as_str()
                        .unwrap()
                        .contains("little production experience")
            })
    };
    let ops = |doc: &Value| {
        entry(slot(&stacks(doc)[0], "hosting"))["traits"]["ops_simplicity"]
            .as_i64()
            .unwrap()
    };
    for args in [
        "--product ai --cloud gcp --scale large",
        "--product enterprise --cloud azure --scale large",
    ] {
        let novice = recommend(&format!("{args} --team python:novice --top 1"));
        let expert = recommend(&format!("{args} --team python:expert --top 1"));
        assert!(
            host_line(&novice),
            "{args}: the novice team's host is weighed for it"
        );
        assert!(
            !host_line(&expert),
            "{args}: an expert team needs no such help"
        );
        assert!(ops(&novice) >= ops(&expert), "{args}");
    }
}

#[test]
fn a_strong_fit_leaves_none_of_its_slots_needs_unmet() {
    // What a product needs, as the trade-offs word it when a stack leaves it unmet.
    let needs: toml::Table =
        toml::from_str(include_str!("../../catalog/rules/needs.toml")).expect("needs.toml");
    let product_reasons: Vec<String> = needs["need"]
        .as_array()
        .expect("[[need]]")
        .iter()
        .filter(|n| n.get("product").is_some())
        .filter_map(|n| n["reason"].as_str().map(str::to_string))
        .collect();
    for args in [
        "--product saas --team none --scale hyperscale --cloud azure --hosting self-hosted",
        "--product saas --team python --scale large --priority security",
        "--product ecommerce --team php --cloud gcp",
        "--product realtime --team ruby",
    ] {
        let doc = recommend(&format!("{args} --top 5"));
        for stack in stacks(&doc) {
            let tradeoffs = stack["tradeoffs"].as_array().expect("tradeoffs");
            for line in stack["breakdown"].as_array().expect("breakdown") {
                let reason = line["reason"].as_str().unwrap_or("");
                let Some((tech, _)) = reason.split_once(" is a strong fit for ") else {
                    continue;
                };
                let unmet = tradeoffs.iter().filter_map(Value::as_str).find(|t| {
                    t.starts_with("no ")
                        && (t.contains(&format!("({tech})"))
                            || t.contains(&format!("({tech} covers only")))
                        && product_reasons.iter().any(|r| t.ends_with(r.as_str()))
                });
                assert!(unmet.is_none(), "{args}: {reason}, yet {unmet:?}");
            }
        }
    }
}

#[test]
fn a_covered_slot_carries_the_caveats_of_what_covers_it() {
    let doc = json_of(&[
        "explain",
        "laravel",
        "postgresql",
        "google-cloud-run",
        "--product",
        "ecommerce",
        "--team",
        "php",
    ]);
    assert_eq!(doc["stack"]["covered"]["queue"], "laravel");
    let tradeoffs = doc["stack"]["tradeoffs"].to_string();
    assert!(
        tradeoffs.contains(
            "laravel (covers jobs / messaging) on google-cloud-run: the worker must keep running"
        ),
        "{tradeoffs}"
    );
}

#[test]
fn socket_caveats_are_for_products_that_hold_connections_open() {
    let tradeoffs = |product: &str| {
        json_of(&[
            "explain",
            "fastapi",
            "postgresql",
            "google-cloud-run",
            "--product",
            product,
            "--team",
            "python",
        ])["stack"]["tradeoffs"]
            .to_string()
    };
    let closes = "WebSocket connections end when the host scales in";
    assert!(tradeoffs("realtime").contains(closes));
    assert!(!tradeoffs("ecommerce").contains(closes));
}

#[test]
fn a_server_framework_on_functions_is_said_to_run_behind_an_adapter() {
    let doc = recommend("--product saas --team python --hosting serverless --cloud aws --top 3");
    for stack in stacks(&doc) {
        let host = entry(slot(stack, "hosting"));
        let framework = entry(slot(stack, "framework"));
        if host["runs"] == "functions" && has(&framework, "needs", "process-runtime") {
            let tradeoffs = stack["tradeoffs"].to_string();
            assert!(tradeoffs.contains("behind an adapter"), "{tradeoffs}");
        }
    }
}

#[test]
fn realtime_and_gaming_apis_push_over_an_open_connection() {
    for args in [
        "--product realtime --team typescript",
        "--product realtime --team python --scale large",
        "--product gaming --team csharp",
    ] {
        let doc = recommend(&format!("{args} --top 3"));
        for stack in stacks(&doc) {
            let api = entry(slot(stack, "api"));
            assert!(
                has(&api, "capabilities", "websockets"),
                "{args}: {}",
                api["id"]
            );
        }
    }
}

/// Every part of every stack shown that names its clients has one in the stack's language.
fn parts_have_a_client_in_the_language(args: &str) {
    for stack in stacks(&recommend(&format!("{args} --top 5"))) {
        let language = slot(stack, "language");
        for part in stack["components"].as_object().unwrap().values() {
            let tech = entry(part.as_str().unwrap());
            let clients = tech["clients"].as_array().unwrap();
            assert!(
                clients.is_empty() || clients.iter().any(|c| c == language),
                "{args}: {} from {language}",
                tech["id"]
            );
        }
    }
}

#[test]
fn a_database_is_used_from_a_language_it_has_a_client_for() {
    for team in ["csharp", "java", "elixir", "typescript"] {
        parts_have_a_client_in_the_language(&format!(
            "--product local-first --team {team} --hosting serverless --cloud aws"
        ));
    }
    refused(
        &["aspnet-core", "turso", "--product", "local-first"],
        "turso has no maintained client for csharp",
    );
}

#[test]
fn products_with_customer_accounts_sign_them_in_with_no_identity_server_to_run() {
    for args in [
        "--product ecommerce --team express",
        "--product realtime --team go",
        "--product gaming --team typescript",
        "--product ecommerce --team php",
        "--product mvp --team python --scale prototype",
    ] {
        let doc = recommend(&format!("{args} --top 3"));
        for stack in stacks(&doc) {
            let framework = slot(stack, "framework");
            let auth = slot(stack, "auth");
            let covered = stack["covered"]["auth"].as_str().unwrap_or("");
            assert!(
                !auth.is_empty() || !covered.is_empty(),
                "{args}: {framework} signs no one in"
            );
            if !covered.is_empty() {
                continue;
            }
            // A framework that keeps accounts itself is not given a second identity system.
            let catalog_covers = ["rails", "django", "laravel", "aspnet-core", "phoenix"];
            assert!(
                !catalog_covers.contains(&framework),
                "{args}: {auth} beside {framework}'s own accounts"
            );
            assert!(
                has(&entry(auth), "capabilities", "hosted-identity"),
                "{args}: {auth} is an identity server to run"
            );
        }
    }
}

#[test]
fn no_alternative_outscores_the_first_stack_and_each_can_be_explained() {
    for args in [
        "--product data-pipeline --team php --scale hyperscale --hosting serverless",
        "--product saas --team python --scale large --cloud aws",
        "--product content --team ruby --scale prototype",
    ] {
        let doc = recommend(&format!("{args} --top 1"));
        let first = &stacks(&doc)[0];
        for alternative in doc["alternatives"].as_array().unwrap() {
            assert!(
                alternative["score"].as_i64() <= first["score"].as_i64(),
                "{args}: {alternative} above #1 ({})",
                first["score"]
            );
            // The same stack with that one slot changed is one explain accepts.
            let mut ids: Vec<String> = ["language", "framework", "database", "hosting"]
                .iter()
                .filter(|s| **s != alternative["slot"])
                .map(|s| slot(first, s).to_string())
                .filter(|id| !id.is_empty())
                .collect();
            ids.push(alternative["id"].as_str().unwrap().to_string());
            let mut command: Vec<String> = vec!["explain".into()];
            command.extend(ids);
            command.extend(args.split(' ').map(String::from));
            let refs: Vec<&str> = command.iter().map(String::as_str).collect();
            let explained = json_of(&refs);
            assert_eq!(
                explained["stack"]["score"], alternative["score"],
                "{args}: explain {refs:?}"
            );
        }
    }
}

#[test]
fn a_preferred_part_brings_its_slot_into_the_stack() {
    let args = "--product realtime --team rails --scale growth --hosting managed --top 1";
    let (plain, preferred) = (
        recommend(args),
        recommend(&format!("{args} --prefer sidekiq")),
    );
    let (plain, preferred) = (&stacks(&plain)[0], &stacks(&preferred)[0]);
    assert_eq!(slot(plain, "queue"), "", "nothing calls for a job runner");
    assert_eq!(slot(preferred, "queue"), "sidekiq");
    assert!(preferred["score"].as_i64() >= plain["score"].as_i64());
}

#[test]
fn a_pull_based_metrics_server_only_goes_where_it_can_reach_each_instance() {
    for args in [
        "--product realtime --team rails --scale growth --priority cost,hiring --hosting managed",
        "--product saas --team go --priority cost --hosting managed",
        "--product saas --team go --hosting self-hosted",
    ] {
        let doc = recommend(&format!("{args} --top 3"));
        for stack in stacks(&doc) {
            let observability = slot(stack, "observability");
            if observability.is_empty() {
                continue;
            }
            let host = entry(slot(stack, "hosting"));
            if has(&entry(observability), "needs", "addressable-instances") {
                assert!(
                    has(&host, "capabilities", "addressable-instances"),
                    "{args}: {observability} on {}",
                    host["id"]
                );
            }
        }
    }
    refused(
        &[
            "prometheus",
            "heroku",
            "--product",
            "saas",
            "--team",
            "ruby",
        ],
        "prometheus needs instances it can reach one by one",
    );
}

#[test]
fn a_backend_reached_only_through_its_own_api_stands_in_for_the_framework() {
    for args in [
        "--product mobile-backend --team express --scale prototype --priority simplicity --hosting self-hosted",
        "--product mvp --team javascript --scale prototype",
        "--product internal-tool --team go --scale prototype --priority simplicity",
    ] {
        let doc = recommend(&format!("{args} --top 5"));
        for stack in stacks(&doc) {
            let database = entry(slot(stack, "database"));
            if has(&database, "capabilities", "own-api-only") {
                assert_eq!(slot(stack, "framework"), "", "{args}: {}", database["id"]);
            }
        }
    }
    refused(
        &["express", "pocketbase", "--product", "mvp"],
        "pocketbase is a whole backend whose data is reached only through its own API",
    );
}

#[test]
fn a_prototype_is_not_put_on_a_cluster_for_bursts_it_does_not_have() {
    let doc = recommend(
        "--product mobile-backend --team express --scale prototype --priority simplicity,reliability --hosting self-hosted --top 3",
    );
    for stack in stacks(&doc) {
        let host = slot(stack, "hosting");
        assert!(
            !["kubernetes", "google-gke", "amazon-eks", "azure-aks"].contains(&host),
            "{host} for a prototype"
        );
    }
}

#[test]
fn a_licensed_database_is_named_only_when_asked_for_and_azure_runs_sql_server_for_you() {
    for args in [
        "--product enterprise --team csharp --cloud aws",
        "--product data-pipeline --team kotlin --scale growth --priority cost --cloud gcp",
        "--product internal-tool --team csharp --cloud gcp",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 5"))) {
            let database = entry(slot(stack, "database"));
            assert_ne!(database["price"], "licence", "{args}: {}", database["id"]);
        }
    }
    let azure = recommend("--product internal-tool --team csharp --cloud azure --top 1");
    assert_eq!(slot(&stacks(&azure)[0], "database"), "azure-sql-database");
    let asked = recommend("--product enterprise --team csharp --prefer sql-server --top 1");
    assert_eq!(slot(&stacks(&asked)[0], "database"), "sql-server");
}

#[test]
fn a_pipeline_signs_no_one_in_even_under_a_security_priority() {
    let doc = recommend("--product data-pipeline --team python --priority security --top 3");
    for stack in stacks(&doc) {
        assert_eq!(
            slot(stack, "auth"),
            "",
            "a pipeline's operators use the cloud's IAM"
        );
    }
}

#[test]
fn a_prototype_fleet_posts_to_the_api_without_a_broker() {
    for args in [
        "--product iot --team rails:novice --scale prototype --priority simplicity",
        "--product iot --team javascript --scale prototype --priority performance",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 3"))) {
            let queue = slot(stack, "queue");
            assert!(
                queue.is_empty() || !has(&entry(queue), "capabilities", "high-write-ingest"),
                "{args}: {queue}"
            );
        }
    }
    let growth = recommend("--product iot --team go --scale growth --top 1");
    assert_ne!(
        slot(&stacks(&growth)[0], "queue"),
        "",
        "a growing fleet gets a broker"
    );
}

#[test]
fn a_real_time_backend_is_one_that_can_hold_a_socket() {
    for args in [
        "--product gaming --team nextjs:expert --scale hyperscale --cloud gcp --hosting serverless",
        "--product realtime --team nextjs",
        "--product realtime --team php,symfony",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 3"))) {
            let api = entry(slot(stack, "api"));
            assert!(
                has(&api, "capabilities", "websockets"),
                "{args}: {}",
                api["id"]
            );
            let framework = slot(stack, "framework");
            let served_by = api["frameworks"].as_array().unwrap();
            assert!(
                served_by.is_empty() || served_by.iter().any(|f| f == framework),
                "{args}: {} on {framework}",
                api["id"]
            );
        }
    }
    refused(
        &["nextjs", "websocket", "--product", "realtime"],
        "websocket is served by",
    );
    let out = stackpick()
        .args([
            "recommend",
            "--no-input",
            "--product",
            "gaming",
            "--require",
            "nextjs",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("match state is pushed to players over an open connection"),
        "{err}"
    );
}

#[test]
fn an_unmet_need_is_said_once_with_every_reason() {
    let doc = recommend(
        "--product realtime --team elixir --scale prototype --cloud aws --hosting serverless --top 3",
    );
    for stack in stacks(&doc) {
        let heads: Vec<&str> = stack["tradeoffs"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|t| t.as_str()?.split_once("): ").map(|(head, _)| head))
            .filter(|head| head.starts_with("no "))
            .collect();
        let mut unique = heads.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(heads.len(), unique.len(), "{}", stack["tradeoffs"]);
    }
}

#[test]
fn a_messaging_service_is_used_from_a_language_it_has_an_sdk_for() {
    for args in [
        "--product saas --team rails --cloud azure --scale growth",
        "--product enterprise --team php --cloud azure --scale large",
        "--product ecommerce --team ruby --cloud azure --scale large",
    ] {
        parts_have_a_client_in_the_language(args);
    }
    refused(
        &["rails", "azure-service-bus", "--product", "saas"],
        "azure-service-bus has no maintained client for ruby",
    );
}

#[test]
fn parts_that_reach_instances_one_by_one_need_a_host_that_lets_them() {
    // Phoenix.PubSub across instances needs clustered nodes; where instances cannot reach
    // each other, a broker carries the messages.
    let doc = recommend("--product realtime --team elixir --scale growth --cloud gcp --top 3");
    for stack in stacks(&doc) {
        let host = entry(slot(stack, "hosting"));
        if !has(&host, "capabilities", "addressable-instances") {
            assert_ne!(stack["covered"]["cache"], "phoenix", "{}", host["id"]);
        }
    }
    // A gRPC server holds HTTP/2 streams in its own process.
    refused(
        &[
            "grpc",
            "aws-lambda",
            "--product",
            "microservices",
            "--team",
            "go",
        ],
        "grpc needs a long-running server process",
    );
}

#[test]
fn a_large_pipeline_is_written_for_its_engines_and_a_small_one_needs_no_log() {
    for args in [
        "--product data-pipeline --team kotlin,laravel:expert --scale hyperscale --cloud azure",
        "--product data-pipeline --team php --scale large",
        "--product data-pipeline --team ruby:novice --scale large",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 3"))) {
            let language = slot(stack, "language");
            assert!(
                ["python", "java", "kotlin", "go"].contains(&language),
                "{args}: {language}"
            );
        }
    }
    // An expert team in a language with production stream clients keeps it.
    for (args, language) in [
        (
            "--product data-pipeline --team rust:expert --scale hyperscale --priority cost --cloud azure",
            "rust",
        ),
        (
            "--product data-pipeline --team csharp:expert --scale large",
            "csharp",
        ),
    ] {
        let doc = recommend(&format!("{args} --top 1"));
        assert_eq!(slot(&stacks(&doc)[0], "language"), language, "{args}");
    }
    let small =
        recommend("--product data-pipeline --team none --scale prototype --cloud aws --top 3");
    for stack in stacks(&small) {
        let queue = slot(stack, "queue");
        assert!(
            queue.is_empty() || !has(&entry(queue), "capabilities", "streams"),
            "a prototype pipeline on {queue}"
        );
    }
}

#[test]
fn microservices_verify_one_token_issued_at_the_edge() {
    let doc = recommend(
        "--product microservices --team laravel:novice --scale hyperscale --cloud azure --hosting managed --top 3",
    );
    for stack in stacks(&doc) {
        let auth = slot(stack, "auth");
        let covered = stack["covered"]["auth"].as_str().unwrap_or("");
        assert!(!auth.is_empty() || !covered.is_empty(), "no sign-in");
    }
}

#[test]
fn a_framework_team_writes_the_frameworks_first_language_unless_it_names_another() {
    let spring = recommend("--product saas --team spring-boot --top 3");
    for stack in stacks(&spring) {
        assert_eq!(slot(stack, "language"), "java");
    }
    let kotlin = recommend("--product saas --team spring-boot,kotlin --top 1");
    assert_eq!(slot(&stacks(&kotlin)[0], "language"), "kotlin");
}

#[test]
fn the_hosts_own_weak_point_is_a_trade_off_of_every_stack_on_it() {
    let doc = recommend("--product saas --team spring-boot --top 3");
    for stack in stacks(&doc) {
        let host = entry(slot(stack, "hosting"));
        let first = host["weaknesses"][0].as_str().unwrap();
        let tradeoffs = stack["tradeoffs"].to_string();
        assert!(tradeoffs.contains(first), "{}: {tradeoffs}", host["id"]);
    }
}

#[test]
fn explain_says_when_a_stack_misses_what_every_stack_must_meet() {
    let args = [
        "explain",
        "php",
        "laravel",
        "--product",
        "data-pipeline",
        "--team",
        "php:expert",
        "--scale",
        "large",
    ];
    let doc = json_of(&args);
    let misses = doc["misses"].as_array().unwrap();
    assert!(
        misses
            .iter()
            .any(|m| m.as_str().unwrap().ends_with("(language)")),
        "{misses:?}"
    );
    let text = stackpick().args(args).output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("so recommend does not rank it"), "{text}");
    assert!(!text.contains("as good as the top pick"), "{text}");
    // A stack that meets them all has nothing to say there.
    let fine = json_of(&["explain", "django", "--product", "saas", "--team", "python"]);
    assert_eq!(fine["misses"].as_array().unwrap().len(), 0);
}

#[test]
fn laravel_runs_on_functions_through_bref_and_its_orm_reaches_turso() {
    let doc = recommend("--product saas --team php --hosting serverless --cloud aws --top 1");
    let first = &stacks(&doc)[0];
    assert_eq!(slot(first, "framework"), "laravel");
    if slot(first, "hosting") == "aws-lambda" {
        assert!(first["tradeoffs"].to_string().contains("Bref"));
    }
    let local = recommend("--product local-first --team laravel:expert --scale growth --top 1");
    assert_eq!(slot(&stacks(&local)[0], "framework"), "laravel");
}

#[test]
fn a_tool_no_stack_holds_is_named_by_its_kind_without_a_flag_never_given() {
    let out = stackpick()
        .args(["explain", "terraform", "git", "--product", "saas"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!err.contains("--require"), "{err}");
    assert!(err.contains("terraform is infrastructure as code"), "{err}");
    assert!(err.contains("git is tooling"), "{err}");
    // An agent or an Admin SDK is a client like a driver.
    refused(
        &["rust", "new-relic", "--product", "saas"],
        "new-relic has no maintained client for rust",
    );
    refused(
        &["ruby", "firebase", "--product", "mobile-backend"],
        "firebase has no maintained client for ruby",
    );
}

#[test]
fn typescript_first_frameworks_are_written_in_typescript() {
    for args in [
        "--product fintech --team javascript --scale large",
        "--product ai --team javascript,fastapi:novice --scale growth --hosting self-hosted",
        "--product saas --team javascript --priority reliability",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 5"))) {
            if ["nestjs", "adonisjs"].contains(&slot(stack, "framework")) {
                assert_eq!(slot(stack, "language"), "typescript", "{args}");
            }
        }
    }
}

#[test]
fn an_mvp_on_google_cloud_runs_where_google_points_new_work() {
    for stack in stacks(&recommend(
        "--product mvp --team python --cloud gcp --top 3",
    )) {
        assert_ne!(slot(stack, "hosting"), "google-app-engine");
    }
}

#[test]
fn tokens_the_issuing_app_looks_up_are_not_verified_by_other_services() {
    let doc = recommend(
        "--product microservices --team none --scale hyperscale --priority hiring --cloud aws --top 3",
    );
    for stack in stacks(&doc) {
        let covered = stack["covered"]["auth"].as_str().unwrap_or("");
        assert!(
            !["aspnet-core", "laravel"].contains(&covered),
            "{covered} covers sign-in for services that verify a token alone"
        );
    }
    // A mobile client's API token from the framework is still no cookie.
    let mobile = recommend("--product mobile-backend --team php --top 1");
    assert_eq!(stacks(&mobile)[0]["covered"]["auth"], "laravel");
}

fn reasons(stack: &Value) -> Vec<(i64, String)> {
    stack["breakdown"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["points"].as_i64().unwrap(), l["reason"].to_string()))
        .collect()
}

#[test]
fn a_gap_the_trade_offs_name_costs_points() {
    // A single-primary database at hyperscale misses the need for writes that scale out:
    // the stack that keeps it pays for it in the breakdown, so #1 is one that meets it.
    let args = [
        "--product",
        "ecommerce",
        "--team",
        "typescript",
        "--scale",
        "hyperscale",
        "--cloud",
        "azure",
    ];
    let mut cmd = vec!["explain", "typescript", "nextjs", "postgresql", "azure-aks"];
    cmd.extend(args);
    let explained = json_of(&cmd);
    let costs: Vec<(i64, String)> = reasons(&explained["stack"])
        .into_iter()
        .filter(|(_, r)| r.contains("postgresql has no horizontal-writes"))
        .collect();
    assert!(
        costs.iter().all(|(points, _)| *points < 0) && !costs.is_empty(),
        "{costs:?}"
    );
    let tradeoffs = explained["stack"]["tradeoffs"].to_string();
    assert!(tradeoffs.contains("no horizontal-writes in database (postgresql)"));
    let top = &explained["top"];
    assert!(
        has(
            &entry(top["components"]["database"].as_str().unwrap()),
            "capabilities",
            "horizontal-writes"
        ),
        "{}",
        top["components"]
    );
    let sum: i64 = reasons(top).iter().map(|(p, _)| p).sum();
    assert_eq!(sum, top["score"].as_i64().unwrap(), "the lines add up");
}

#[test]
fn a_server_run_for_the_team_is_priced_as_its_managed_offering() {
    let explain = |hosting: &str, host: &str| {
        json_of(&[
            "explain",
            "python",
            "django",
            "postgresql",
            host,
            "--product",
            "saas",
            "--team",
            "python",
            "--priority",
            "cost",
            "--hosting",
            hosting,
        ])
    };
    let managed = reasons(&explain("managed", "render")["stack"]);
    assert!(
        managed
            .iter()
            .any(|(_, r)| r.contains("postgresql for cost")
                && r.contains("when a provider runs it for you")
                && r.contains("billed per host")),
        "{managed:?}"
    );
    let own = reasons(&explain("self-hosted", "docker")["stack"]);
    assert!(
        own.iter()
            .any(|(_, r)| r.contains("postgresql for cost: Free")),
        "{own:?}"
    );
}

#[test]
fn a_platform_in_maintenance_is_a_migration_ahead() {
    for args in [
        "--product saas --team rails --scale growth",
        "--product internal-tool --team spring-boot --cloud aws",
        "--product iot --team none --cloud gcp --hosting managed",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 3"))) {
            let host = slot(stack, "hosting");
            assert!(
                has(&entry(host), "capabilities", "active-roadmap"),
                "{args}: {host}"
            );
        }
    }
    let explained = json_of(&[
        "explain",
        "rails",
        "postgresql",
        "heroku",
        "--product",
        "saas",
        "--team",
        "rails",
    ]);
    let stack = &explained["stack"];
    assert!(
        reasons(stack)
            .iter()
            .any(|(points, r)| *points < 0 && r.contains("heroku has no active-roadmap")),
        "{}",
        stack["breakdown"]
    );
    // One machine is no host for a growing product: a deploy takes it down.
    let explained = json_of(&[
        "explain",
        "rails",
        "postgresql",
        "docker",
        "--product",
        "saas",
        "--team",
        "rails",
        "--scale",
        "growth",
    ]);
    assert!(
        explained["stack"]["tradeoffs"]
            .to_string()
            .contains("no multi-instance in hosting (docker)")
    );
}

#[test]
fn what_a_framework_does_itself_runs_on_the_stacks_database() {
    // Laravel's queues survive a worker crash: no Symfony component is added for that.
    let doc = recommend(
        "--product fintech --team laravel:expert --scale growth --priority reliability --cloud azure --hosting managed --top 3",
    );
    for stack in stacks(&doc) {
        if slot(stack, "framework") == "laravel" {
            assert_eq!(
                stack["covered"]["queue"], "laravel",
                "{}",
                stack["components"]
            );
        }
    }
    // ASP.NET Core Identity keeps users through Entity Framework Core, which has no
    // DynamoDB provider; Solid Cache supports PostgreSQL, MySQL and SQLite only.
    for (args, framework) in [
        (
            "--product gaming --team aspnet-core --scale hyperscale --priority security --cloud aws --hosting managed",
            "aspnet-core",
        ),
        (
            "--product ecommerce --team rails --scale hyperscale --cloud gcp --hosting serverless",
            "rails",
        ),
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 5"))) {
            let database = entry(slot(stack, "database"));
            let covered = stack["covered"].as_object().unwrap();
            for (slot_id, by) in covered {
                if by != framework {
                    continue;
                }
                let engines: &[&str] = match slot_id.as_str() {
                    "auth" if framework == "aspnet-core" => &[
                        "sql-server",
                        "sqlite",
                        "postgresql",
                        "mysql",
                        "mariadb",
                        "oracle-database",
                        "cosmos-db",
                        "yugabytedb",
                    ],
                    "cache" => &["postgresql", "mysql", "mariadb", "sqlite"],
                    _ => continue,
                };
                let speaks = engines
                    .iter()
                    .any(|e| database["id"] == *e || has(&database, "compatible_with", e));
                assert!(
                    speaks,
                    "{args}: {framework} covers {slot_id} on {}",
                    database["id"]
                );
            }
        }
    }
}

#[test]
fn a_node_team_runs_on_node() {
    for args in [
        "--product realtime --team nextjs:expert --scale hyperscale --priority cost --cloud gcp",
        "--product microservices --team javascript:expert --scale hyperscale --priority simplicity --cloud azure",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 3"))) {
            assert_eq!(slot(stack, "runtime"), "nodejs", "{args}");
        }
    }
}

#[test]
fn a_prototype_runs_without_a_cluster_and_a_growing_product_on_several_instances() {
    for args in [
        "--product internal-tool --team go --scale prototype --hosting self-hosted",
        "--product mvp --team java:novice --scale prototype --priority simplicity,security --hosting self-hosted",
        "--product saas --team csharp --scale prototype --priority cost --cloud gcp",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 3"))) {
            let host = slot(stack, "hosting");
            assert!(
                has(&entry(host), "capabilities", "no-cluster"),
                "{args}: {host}"
            );
        }
    }
    for args in [
        "--product realtime --team python --scale growth --open-source-only",
        "--product ecommerce --team php --scale growth --hosting self-hosted --priority cost",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 3"))) {
            let host = slot(stack, "hosting");
            assert!(
                has(&entry(host), "capabilities", "multi-instance"),
                "{args}: {host}"
            );
        }
    }
}

#[test]
fn a_database_file_one_process_owns_is_not_shared_with_a_worker() {
    let output = stackpick()
        .args([
            "explain",
            "flask",
            "duckdb",
            "celery",
            "--product",
            "data-pipeline",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("celery runs jobs in a worker process of its own; duckdb lets one process alone open its file read-write"),
        "{stderr}"
    );
    for args in [
        "--product data-pipeline --team php:novice --scale prototype --cloud gcp --hosting self-hosted",
        "--product data-pipeline --team python --scale prototype --require duckdb",
        "--product internal-tool --team python --scale prototype --require duckdb",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 5"))) {
            if slot(stack, "database") != "duckdb" {
                continue;
            }
            if let Some(queue) = stack["components"]["queue"].as_str() {
                assert!(
                    !has(&entry(queue), "needs", "worker-process"),
                    "{args}: {queue}"
                );
            }
        }
    }
}

#[test]
fn a_risk_of_the_core_costs_points_and_says_why() {
    let args = "--product internal-tool --team aspnet-core:novice --scale large --priority cost --hosting serverless";
    for stack in stacks(&recommend(&format!("{args} --top 3"))) {
        assert_ne!(slot(stack, "hosting"), "azure-functions", "{args}");
    }
    let explained = json_of(&[
        "explain",
        "aspnet-core",
        "azure-sql-database",
        "azure-functions",
        "--product",
        "internal-tool",
        "--hosting",
        "serverless",
    ]);
    let stack = &explained["stack"];
    let cost = reasons(stack).into_iter().find(|(_, r)| {
        r.contains("aspnet-core on azure-functions: the framework is written for a server process")
    });
    assert!(
        matches!(cost, Some((points, _)) if points < 0),
        "{}",
        stack["breakdown"]
    );
    let line = stack["breakdown"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| {
            l["reason"]
                .as_str()
                .unwrap()
                .starts_with("aspnet-core on azure-functions")
        })
        .unwrap();
    assert_eq!(line["slot"], "framework");
    assert_eq!(line["criterion"], "product");
    // A store no cloud runs is the team's to run, whatever the hosting model says.
    let explained = json_of(&[
        "explain",
        "express",
        "couchdb",
        "azure-aks",
        "--product",
        "mobile-backend",
        "--hosting",
        "managed",
    ]);
    assert!(
        reasons(&explained["stack"])
            .iter()
            .any(|(points, r)| *points < 0
                && r.contains("couchdb on azure-aks: no cloud runs it as a managed service")),
        "{}",
        explained["stack"]["breakdown"]
    );
}

#[test]
fn a_part_no_need_calls_for_never_lifts_a_stack_above_the_top_pick() {
    // Nothing in a data pipeline's profile calls for an identity service.
    let profile = [
        "--product",
        "data-pipeline",
        "--team",
        "python",
        "--scale",
        "growth",
    ];
    let top = recommend(&format!("{} --top 1", profile.join(" ")));
    let top = &stacks(&top)[0];
    assert!(top["components"]["auth"].is_null(), "{top}");
    let mut args = vec!["explain"];
    let framework = slot(top, "framework");
    let database = slot(top, "database");
    let host = slot(top, "hosting");
    args.extend([framework, database, host, "auth0"]);
    args.extend(profile);
    let explained = json_of(&args);
    let stack = &explained["stack"];
    assert!(
        stack["score"].as_i64() <= explained["top"]["score"].as_i64(),
        "{explained}"
    );
    assert!(
        reasons(stack).iter().any(|(p, r)| *p <= 0
            && r.contains("auth0 fills auth, which no need of this profile calls for")),
        "{}",
        stack["breakdown"]
    );
}

#[test]
fn content_editors_sign_in_with_the_frameworks_own_accounts() {
    for args in [
        "--product content --team rails --scale growth",
        "--product content --team csharp:expert --scale large --priority reliability",
    ] {
        let doc = recommend(&format!("{args} --top 1"));
        let stack = &stacks(&doc)[0];
        let framework = slot(stack, "framework");
        assert_eq!(stack["covered"]["auth"], framework, "{args}: {stack}");
    }
    for stack in stacks(&recommend(
        "--product saas --team typescript --cloud azure --top 5",
    )) {
        assert_ne!(
            slot(stack, "database"),
            "neon",
            "Neon left Azure in August 2026"
        );
    }
}

#[test]
fn local_first_clients_reach_the_api_without_a_grpc_web_proxy() {
    for args in [
        "--product local-first --team go --scale hyperscale",
        "--product local-first --team spring-boot,fastapi --scale hyperscale --cloud aws --hosting self-hosted",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 3"))) {
            let api = slot(stack, "api");
            assert!(
                has(&entry(api), "capabilities", "browser-native"),
                "{args}: {api}"
            );
        }
    }
}

#[test]
fn telemetry_goes_to_something_that_stores_it_and_alerts() {
    for args in [
        "--product microservices --team express:novice --scale hyperscale --priority simplicity --cloud aws --hosting self-hosted",
        "--product microservices --team go --scale large --open-source-only",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 3"))) {
            let tool = slot(stack, "observability");
            assert!(
                has(&entry(tool), "capabilities", "alerting"),
                "{args}: {tool}"
            );
        }
    }
}

/// How a part is billed at the profile's scale, as the breakdown and `show` say it.
fn billed_per_host_or_seat(id: &str) -> bool {
    let tech = entry(id);
    ["per-host", "per-seat", "licence", "metered"].contains(&tech["price"].as_str().unwrap_or(""))
}

#[test]
fn a_prototype_or_a_cost_priority_keeps_brokers_and_apm_billed_by_the_hour_out() {
    for args in [
        "--product microservices --team elixir:expert --scale prototype --cloud aws",
        "--product microservices --team java --scale prototype --cloud gcp",
        "--product iot --team javascript --scale growth --priority cost,reliability --hosting managed",
        "--product saas --team go --scale large --priority cost --cloud aws",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 3"))) {
            for part in ["queue", "observability", "auth"] {
                let id = slot(stack, part);
                assert!(
                    id.is_empty() || !billed_per_host_or_seat(id),
                    "{args}: {part} {id} bills whether the product is used or not"
                );
            }
        }
    }
    // Said in the breakdown, in money terms.
    let doc =
        recommend("--product microservices --team elixir:expert --scale prototype --cloud aws");
    let reasons = stacks(&doc)[0]["breakdown"].to_string();
    assert!(
        reasons.contains("cost nothing while it is idle"),
        "{reasons}"
    );
}

#[test]
fn large_traffic_never_runs_on_one_host() {
    for args in [
        "--product internal-tool --team typescript:expert,python --scale large --priority security,hiring --open-source-only",
        "--product saas --team python --scale hyperscale --hosting self-hosted",
    ] {
        for stack in stacks(&recommend(&format!("{args} --top 3"))) {
            let host = slot(stack, "hosting");
            assert!(
                has(&entry(host), "capabilities", "multi-instance"),
                "{args}: {host}"
            );
        }
    }
}

#[test]
fn aspnet_core_identity_covers_sign_in_only_on_a_relational_store() {
    let doc = recommend(
        "--product gaming --team csharp:expert --scale prototype --priority simplicity --hosting serverless --top 5",
    );
    for stack in stacks(&doc) {
        if stack["covered"]["auth"] == "aspnet-core" {
            assert!(
                has(
                    &entry(slot(stack, "database")),
                    "capabilities",
                    "relational"
                ),
                "{}",
                stack["components"]
            );
        }
    }
}

#[test]
fn a_novice_skill_does_not_rule_out_the_language_the_product_calls_for() {
    let doc = recommend("--product ai --team elixir:novice,go:novice --scale large --top 1");
    let first = &stacks(&doc)[0];
    assert_eq!(slot(first, "language"), "python", "{}", first["components"]);
    let team = first["breakdown"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["criterion"] == "team" && l["slot"] == "language")
        .expect("python earns team points");
    assert!(
        team["reason"]
            .as_str()
            .unwrap()
            .contains("little existing skill"),
        "{team}"
    );
    // An expert skill is not given up for what is easy to learn.
    let doc = recommend("--product ai --team go:expert --scale large --top 1");
    assert_eq!(slot(&stacks(&doc)[0], "language"), "go");
}

#[test]
fn each_cloud_s_own_monitoring_serves_a_product_on_that_cloud() {
    for (cloud, monitoring) in [
        ("aws", "aws-cloudwatch"),
        ("azure", "azure-monitor"),
        ("gcp", "google-cloud-observability"),
    ] {
        let doc = recommend(&format!(
            "--product saas --team python --cloud {cloud} --top 3"
        ));
        for stack in stacks(&doc) {
            assert_eq!(slot(stack, "observability"), monitoring, "{cloud}");
        }
    }
}
