//! Every command's JSON output validates against its schema in `schema/`.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::{json_of, stackpick};

fn schema_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("schema")
}

/// Resolves the schemas' references (`definitions.json#...`) to the files beside them.
struct LocalFiles;

impl jsonschema::Retrieve for LocalFiles {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri.as_str().rsplit('/').next().unwrap_or_default();
        let text = std::fs::read_to_string(schema_dir().join(name))?;
        Ok(serde_json::from_str(&text)?)
    }
}

fn validator(name: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(schema_dir().join(format!("{name}.json"))).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::options()
        .with_retriever(LocalFiles)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{name}.json: {e}"))
}

fn assert_valid(name: &str, document: &Value) {
    let validator = validator(name);
    let errors: Vec<String> = validator
        .iter_errors(document)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{name}: {errors:#?}");
}

#[test]
fn every_command_output_matches_its_schema() {
    assert_valid("show", &json_of(&["show", "postgres"]));
    assert_valid("list", &json_of(&["list"]));
    assert_valid(
        "compare",
        &json_of(&["compare", "postgres", "mongodb", "redis"]),
    );
    assert_valid("compare", &json_of(&["compare", "django", "aws-lambda"]));
    assert_valid(
        "recommend",
        &json_of(&[
            "recommend",
            "--product",
            "ai",
            "--team",
            "python:expert",
            "--top",
            "5",
        ]),
    );
    assert_valid(
        "recommend",
        &json_of(&[
            "recommend",
            "--product",
            "mvp",
            "--prefer",
            "supabase",
            "--priority",
            "cost,simplicity",
        ]),
    );
    assert_valid(
        "explain",
        &json_of(&[
            "explain",
            "express",
            "mongodb",
            "--product",
            "realtime",
            "--team",
            "javascript",
        ]),
    );
    assert_valid("catalog-validate", &json_of(&["catalog", "validate"]));
    let dir = tempfile::tempdir().unwrap();
    let output = stackpick()
        .args(["catalog", "export", "--json"])
        .arg(dir.path().join("out"))
        .output()
        .unwrap();
    assert_valid(
        "catalog-export",
        &serde_json::from_slice(&output.stdout).unwrap(),
    );
}

#[test]
fn the_schemas_reject_what_the_contract_rules_out() {
    let mut show = json_of(&["show", "postgres"]);
    show["item"]["traits"]["maturity"] = 7.into();
    assert!(!validator("show").is_valid(&show), "a trait of 7");
    let mut recommend = json_of(&["recommend", "--product", "saas"]);
    recommend["schema_version"] = 2.into();
    assert!(
        !validator("recommend").is_valid(&recommend),
        "another schema version"
    );
    let mut list = json_of(&["list", "iac"]);
    list["items"][0].as_object_mut().unwrap().remove("license");
    assert!(
        !validator("list").is_valid(&list),
        "an entry without a licence"
    );
}
