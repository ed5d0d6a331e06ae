//! `compare`: side-by-side tables in every format, and every way to call it wrong.

use serde_json::Value;

use crate::util::{json_of, stackpick, stdout_of};

fn ids(doc: &Value) -> Vec<&str> {
    doc["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect()
}

fn row_fields(doc: &Value) -> Vec<&str> {
    doc["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["field"].as_str().unwrap())
        .collect()
}

#[test]
fn aliases_and_case_resolve_in_the_order_asked() {
    let doc = json_of(&["compare", "MONGO", "Postgres"]);
    assert_eq!(doc["command"], "compare");
    assert_eq!(ids(&doc), ["mongodb", "postgresql"]);
}

#[test]
fn two_three_and_six_way_tables_have_one_value_per_item_in_every_row() {
    for names in [
        &["postgres", "mongodb"][..],
        &["django", "rails", "laravel"][..],
        &["go", "rust", "python", "java", "ts", "c#"][..],
    ] {
        let mut args = vec!["compare"];
        args.extend(names);
        let doc = json_of(&args);
        assert_eq!(ids(&doc).len(), names.len());
        for row in doc["rows"].as_array().unwrap() {
            assert_eq!(
                row["values"].as_array().unwrap().len(),
                names.len(),
                "{row}"
            );
            assert!(row["attribute"].as_str().is_some_and(|a| !a.is_empty()));
        }
        assert_eq!(doc["verdict"].as_array().unwrap().len(), names.len());
        let table = stdout_of(&args);
        assert!(table.contains("Verdict"));
    }
}

#[test]
fn two_databases_get_db_engines_rows() {
    let doc = json_of(&["compare", "postgres", "mongodb"]);
    let fields = row_fields(&doc);
    assert!(fields.len() >= 12, "{fields:?}");
    for field in [
        "data_model",
        "query_language",
        "secondary_indexes",
        "replication",
        "consistency",
        "foreign_keys",
        "transactions",
        "license",
        "first_release",
        "managed_offerings",
    ] {
        assert!(fields.contains(&field), "missing {field}");
    }
}

#[test]
fn mixed_categories_share_only_common_rows() {
    let doc = json_of(&["compare", "postgres", "django"]);
    let fields = row_fields(&doc);
    assert!(fields.contains(&"license") && fields.contains(&"traits.maturity"));
    assert!(
        !fields.contains(&"data_model") && !fields.contains(&"style"),
        "{fields:?}"
    );
}

#[test]
fn the_leaders_of_a_trait_row_are_the_items_with_its_highest_value() {
    let doc = json_of(&["compare", "cassandra", "sqlite", "postgres"]);
    let items = ids(&doc);
    for row in doc["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["field"].as_str().unwrap().starts_with("traits."))
    {
        let values: Vec<u64> = row["values"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap())
            .collect();
        let top = *values.iter().max().unwrap();
        let leaders: Vec<&str> = items
            .iter()
            .zip(&values)
            .filter(|(_, v)| **v == top)
            .map(|(id, _)| *id)
            .collect();
        let best: Vec<&str> = row["best"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b.as_str().unwrap())
            .collect();
        if leaders.len() == items.len() {
            assert!(best.is_empty(), "a full tie leads nothing: {row}");
        } else {
            assert_eq!(best, leaders, "{row}");
        }
    }
}

#[test]
fn the_verdict_is_drawn_from_each_items_data() {
    let doc = json_of(&["compare", "postgres", "mongodb"]);
    let verdict = doc["verdict"].as_array().unwrap();
    for (line, item) in verdict.iter().zip(doc["items"].as_array().unwrap()) {
        let line = line.as_str().unwrap();
        assert!(
            line.starts_with(&format!("Choose {}", item["name"].as_str().unwrap())),
            "{line}"
        );
        assert!(
            line.contains(item["strengths"][0].as_str().unwrap().trim_end_matches('.')),
            "{line}"
        );
        assert!(
            line.contains(
                item["weaknesses"][0]
                    .as_str()
                    .unwrap()
                    .trim_end_matches('.')
            ),
            "{line}"
        );
    }
}

#[test]
fn wrong_calls_exit_2_with_nothing_on_stdout() {
    for (args, message) in [
        (
            &["compare", "postgres"][..],
            "compare takes 2 to 6 technologies; 1 given",
        ),
        (
            &[
                "compare", "go", "rust", "python", "java", "ruby", "php", "elixir",
            ][..],
            "7 given",
        ),
        (
            &["compare", "postgres", "PostgreSQL"][..],
            "`postgres` and `PostgreSQL` are the same technology (postgresql)",
        ),
        (
            &["compare", "postgres", "mongdb"][..],
            "did you mean mongodb",
        ),
        (&["compare"][..], "required"),
    ] {
        let output = stackpick().args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
}

#[test]
fn colour_follows_the_flag_and_the_environment() {
    let args = ["compare", "redis", "memcached"];
    assert!(
        !stdout_of(&args).contains('\x1b'),
        "a pipe gets no escape codes"
    );
    let always = stackpick()
        .args(args)
        .arg("--color=always")
        .output()
        .unwrap();
    let always = String::from_utf8(always.stdout).unwrap();
    assert!(
        always.contains("\x1b[1m") && !always.contains('★'),
        "bold leaders, no marker"
    );
    let forced = stackpick()
        .env("CLICOLOR_FORCE", "1")
        .args(args)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&forced.stdout).contains("\x1b["));
    let none = stackpick()
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    let none = String::from_utf8(none.stdout).unwrap();
    assert!(
        !none.contains('\x1b') && none.contains('★'),
        "a marker stands in for colour"
    );
}

#[test]
fn the_table_fits_columns() {
    for width in [60usize, 80, 120] {
        let output = stackpick()
            .env("COLUMNS", width.to_string())
            .args(["compare", "postgres", "mongodb", "cassandra"])
            .output()
            .unwrap();
        let out = String::from_utf8(output.stdout).unwrap();
        let widest = out.lines().map(|l| l.chars().count()).max().unwrap();
        assert!(widest <= width, "{widest} > {width}");
        assert!(
            widest >= width - 10,
            "uses the width it has: {widest} of {width}"
        );
    }
}

#[test]
fn markdown_is_a_pipe_table_with_leaders_in_bold() {
    let out = stdout_of(&["compare", "postgres", "mongodb", "--format", "markdown"]);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("| Attribute | PostgreSQL | MongoDB |"));
    assert_eq!(lines.next(), Some("| --- | --- | --- |"));
    assert!(out.contains("**●●●●● 5**"), "{out}");
    assert!(out.contains("### Verdict\n\n- Choose PostgreSQL"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    crate::util::assert_quiet_when_pipe_closes(&[
        "compare",
        "postgres",
        "mongodb",
        "mysql",
        "cassandra",
        "redis",
        "sqlite",
        "--json",
    ]);
}
