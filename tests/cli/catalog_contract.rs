//! The catalog ids and aliases that users' scripts rely on (../shared/CONTRACT.md).

use std::collections::BTreeMap;

use crate::util::{json_of, stackpick};

/// The contract's list, category by category: `id [alias, alias]`.
const CONTRACT: &str = "
language: javascript [js], typescript [ts], python, java, csharp [c#, cs], go [golang], php, ruby, rust
runtime: nodejs [node, node.js], bun, deno, dotnet [.net]
framework: express [expressjs], nestjs [nest], fastify, nextjs [next, next.js], django, flask, fastapi, spring-boot [spring], aspnet-core [asp.net], laravel, symfony, rails [ruby-on-rails, ror], wordpress
frontend: react, vue, angular
database: postgresql [postgres, pg], mysql, sql-server [mssql, sqlserver], mongodb [mongo], cassandra, dynamodb, redis, sqlite, supabase, firebase, neon, planetscale, elasticsearch
cache: memcached
orm: prisma, drizzle, sequelize, sqlalchemy, hibernate
api: rest, graphql, grpc, soap
auth: jwt, oauth2 [oauth], openid-connect [oidc], bcrypt, argon2
jobs: celery, cron
hosting: aws, google-cloud [gcp], azure, heroku, google-app-engine, aws-lambda, azure-functions, kubernetes [k8s], docker
web-server: nginx, apache-httpd [apache], iis
ci-cd: github-actions, gitlab-ci, circleci, jenkins, travis-ci
iac: terraform, ansible
observability: prometheus, grafana, elk-stack [elk], datadog, sentry, new-relic
testing: jest, mocha, vitest, pytest, unittest, junit, selenium, jmeter, loadrunner
tooling: vscode, jetbrains, postman, insomnia, git, github, gitlab, bitbucket, npm, pip, composer, webpack, gulp, grunt
";

/// (category, id, aliases) for every contract entry.
fn contract() -> Vec<(String, String, Vec<String>)> {
    let mut entries = Vec::new();
    for line in CONTRACT.lines().filter(|l| !l.trim().is_empty()) {
        let (category, rest) = line.split_once(": ").unwrap();
        let mut rest = rest;
        while !rest.is_empty() {
            let end = rest.find([',', '[']).unwrap_or(rest.len());
            let id = rest[..end].trim().to_string();
            rest = &rest[end..];
            let mut aliases = Vec::new();
            if let Some(inner) = rest.strip_prefix('[') {
                let close = inner.find(']').unwrap();
                aliases = inner[..close]
                    .split(',')
                    .map(|a| a.trim().to_string())
                    .collect();
                rest = &inner[close + 1..];
            }
            rest = rest.trim_start_matches([',', ' ']);
            entries.push((category.to_string(), id, aliases));
        }
    }
    entries
}

#[test]
fn every_contract_id_is_in_the_catalog_with_its_category() {
    let listed = json_of(&["list"]);
    let categories: BTreeMap<&str, &str> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            (
                item["id"].as_str().unwrap(),
                item["category"].as_str().unwrap(),
            )
        })
        .collect();
    let entries = contract();
    assert_eq!(entries.len(), 107, "the contract list parses completely");
    for (category, id, _) in &entries {
        assert_eq!(
            categories.get(id.as_str()),
            Some(&category.as_str()),
            "contract id `{id}`"
        );
    }
}

#[test]
fn every_contract_alias_and_id_resolves_case_insensitively() {
    for (_, id, aliases) in contract() {
        for name in aliases
            .iter()
            .chain([&id])
            .flat_map(|n| [n.clone(), n.to_uppercase()])
        {
            let shown = json_of(&["show", &name]);
            assert_eq!(shown["item"]["id"], id.as_str(), "`show {name}`");
        }
    }
}

#[test]
fn the_catalog_goes_well_beyond_the_contract_list() {
    let items = json_of(&["list"])["items"].as_array().unwrap().len();
    assert!(items >= 140, "only {items} entries");
    for id in [
        "gin",
        "axum",
        "ktor",
        "sidekiq",
        "bullmq",
        "rabbitmq",
        "kafka",
        "nats",
        "google-cloud-run",
        "azure-app-service",
        "aws-ecs-fargate",
        "fly-io",
        "render",
        "vercel",
        "railway",
        "valkey",
        "mariadb",
        "cockroachdb",
        "qdrant",
        "timescaledb",
        "gorm",
        "entity-framework-core",
    ] {
        stackpick().args(["show", id]).assert().success();
    }
}

#[test]
fn every_entry_cites_sources_and_a_check_date() {
    for item in json_of(&["list"])["items"].as_array().unwrap() {
        let id = item["id"].as_str().unwrap();
        let sources = item["sources"].as_array().unwrap();
        assert!(!sources.is_empty(), "{id} has no sources");
        assert!(
            sources
                .iter()
                .all(|s| s.as_str().unwrap().starts_with("http")),
            "{id}"
        );
        assert_eq!(item["as_of"].as_str().unwrap().len(), 10, "{id}");
    }
}
