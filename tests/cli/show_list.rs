//! `show` and `list` in every format, and their errors.

use crate::util::{json_of, stackpick, stdout_of};

#[test]
fn show_prints_every_section() {
    let out = stdout_of(&["show", "PostgreSQL"]);
    for part in [
        "PostgreSQL",
        "postgresql · database",
        "Data model",
        "Traits",
        "maturity",
        "Strengths",
        "Weaknesses",
        "Sources (checked",
    ] {
        assert!(out.contains(part), "missing {part:?} in\n{out}");
    }
}

#[test]
fn show_json_is_one_versioned_document_with_the_full_entry() {
    let doc = json_of(&["show", "pg"]);
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["command"], "show");
    let item = &doc["item"];
    assert_eq!(item["id"], "postgresql");
    for field in [
        "data_model",
        "query_language",
        "transactions",
        "scaling",
        "consistency",
        "managed_offerings",
    ] {
        assert!(!item[field].is_null(), "databases carry {field}");
    }
    for value in item["traits"].as_object().unwrap().values() {
        assert!((1..=5).contains(&value.as_u64().unwrap()));
    }
}

#[test]
fn show_markdown_has_sections_and_tables() {
    let out = stdout_of(&["show", "django", "--format", "markdown"]);
    assert!(out.starts_with("## Django (`django`)"), "{out}");
    assert!(
        out.contains("| Fact | Value |") && out.contains("### Strengths") && out.contains("\n- ")
    );
}

#[test]
fn unknown_technology_exits_2_with_suggestions_and_no_stdout() {
    let output = stackpick().args(["show", "postgre"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("stackpick: unknown technology `postgre`\n"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean postgresql"), "{stderr}");
}

#[test]
fn list_filters_by_category_and_product() {
    let all = json_of(&["list"])["items"].as_array().unwrap().len();
    let databases = json_of(&["list", "Database"]);
    let items = databases["items"].as_array().unwrap();
    assert!(!items.is_empty() && items.len() < all);
    assert!(items.iter().all(|i| i["category"] == "database"));
    let for_iot = json_of(&["list", "database", "--for", "iot"]);
    let items = for_iot["items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(
        items
            .iter()
            .all(|i| i["best_for"].as_array().unwrap().contains(&"iot".into()))
    );
}

#[test]
fn list_is_grouped_by_category_in_catalog_order() {
    let doc = json_of(&["list"]);
    let categories: Vec<&str> = doc["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["category"].as_str().unwrap())
        .collect();
    assert_eq!(categories.first(), Some(&"language"));
    let mut seen = Vec::new();
    for category in categories {
        if seen.last() != Some(&category) {
            assert!(
                !seen.contains(&category),
                "{category} appears in two groups"
            );
            seen.push(category);
        }
    }
}

#[test]
fn unknown_category_or_product_exits_2_and_names_the_valid_ones() {
    let output = stackpick().args(["list", "databse"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("did you mean `database`?") && stderr.contains("categories: language"),
        "{stderr}"
    );
    let output = stackpick()
        .args(["list", "--for", "chat"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("product types: saas, ecommerce, realtime")
    );
}

#[test]
fn list_markdown_is_a_pipe_table() {
    let out = stdout_of(&["list", "iac", "--format", "markdown"]);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("| ID | NAME | CATEGORY | SINCE | SUMMARY |")
    );
    assert_eq!(lines.next(), Some("| --- | --- | --- | --- | --- |"));
    assert!(lines.all(|l| l.starts_with("| ") && l.ends_with(" |")));
}
