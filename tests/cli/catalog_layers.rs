//! Layers over the embedded catalog: --catalog, STACKPICK_CATALOG and the user's config
//! directory add, change and remove entries, in that order of precedence.

use crate::util::{json_of, new_tech, stackpick, write_files};

fn layer(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_files(dir.path(), files);
    dir
}

fn show_json(cmd: &mut assert_cmd::Command, id: &str) -> serde_json::Value {
    let output = cmd.args(["show", id, "--json"]).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn a_layer_adds_an_entry() {
    let added = layer(&[(
        "team.toml",
        &new_tech("acme-queue", "jobs").replace(
            "kind = \"test\"",
            "kind = \"test\"\ndelivery = \"at-least-once\"",
        ),
    )]);
    let shown = show_json(stackpick().arg("--catalog").arg(added.path()), "acme-queue");
    assert_eq!(shown["item"]["name"], "acme-queue name");
    assert_eq!(shown["item"]["category"], "jobs");
}

#[test]
fn a_layer_changes_fields_of_an_entry_by_id_and_keeps_the_rest() {
    let embedded = json_of(&["show", "mongodb"]);
    let changed = layer(&[(
        "ops.toml",
        "[[tech]]\nid = \"mongodb\"\nweaknesses = [\"Our platform team does not run it.\"]\n",
    )]);
    let shown = show_json(stackpick().arg("--catalog").arg(changed.path()), "mongo");
    assert_eq!(
        shown["item"]["weaknesses"],
        serde_json::json!(["Our platform team does not run it."])
    );
    assert_eq!(shown["item"]["strengths"], embedded["item"]["strengths"]);
    assert_eq!(shown["item"]["license"], embedded["item"]["license"]);
}

#[test]
fn a_layer_removes_an_entry_and_references_to_it() {
    let removed = layer(&[("rm.toml", "[[tech]]\nid = \"postgresql\"\nremove = true\n")]);
    stackpick()
        .arg("--catalog")
        .arg(removed.path())
        .args(["show", "postgres"])
        .assert()
        .code(2)
        .stdout("");
    // Prisma supports PostgreSQL in the embedded catalog; the removal drops the reference.
    assert!(
        json_of(&["show", "prisma"])["item"]["databases"]
            .as_array()
            .unwrap()
            .contains(&"postgresql".into())
    );
    let prisma = show_json(stackpick().arg("--catalog").arg(removed.path()), "prisma");
    assert!(
        !prisma["item"]["databases"]
            .as_array()
            .unwrap()
            .contains(&"postgresql".into())
    );
}

#[test]
fn later_layers_win_config_dir_then_env_then_flags() {
    let config = tempfile::tempdir().unwrap();
    let set = |text: &str| format!("[[tech]]\nid = \"redis\"\nsummary = \"{text}\"\n");
    write_files(
        config.path(),
        &[("stackpick/catalog/a.toml", &set("from config"))],
    );
    let env_a = layer(&[("a.toml", &set("from env a"))]);
    let env_b = layer(&[("a.toml", &set("from env b"))]);
    let flag = layer(&[("a.toml", &set("from flag"))]);
    let summary =
        |cmd: &mut assert_cmd::Command| show_json(cmd, "redis")["item"]["summary"].clone();

    assert_eq!(
        summary(stackpick().env("XDG_CONFIG_HOME", config.path())),
        "from config"
    );
    let paths = std::env::join_paths([env_a.path(), env_b.path()]).unwrap();
    assert_eq!(
        summary(
            stackpick()
                .env("XDG_CONFIG_HOME", config.path())
                .env("STACKPICK_CATALOG", &paths)
        ),
        "from env b"
    );
    assert_eq!(
        summary(
            stackpick()
                .env("XDG_CONFIG_HOME", config.path())
                .env("STACKPICK_CATALOG", &paths)
                .arg("--catalog")
                .arg(flag.path())
        ),
        "from flag"
    );
}

#[test]
fn home_config_is_the_fallback_without_xdg_config_home() {
    let home = tempfile::tempdir().unwrap();
    write_files(
        home.path(),
        &[(
            ".config/stackpick/catalog/a.toml",
            "[[tech]]\nid = \"redis\"\nname = \"Home Redis\"\n",
        )],
    );
    let shown = show_json(stackpick().env("HOME", home.path()), "redis");
    assert_eq!(shown["item"]["name"], "Home Redis");
}

#[test]
fn a_layer_can_add_a_product_type_that_entries_then_name() {
    let dir = layer(&[(
        "products.toml",
        "[[product]]\nid = \"robotics\"\nname = \"Robotics\"\nsummary = \"Robot fleets.\"\n\n[[tech]]\nid = \"rust\"\nbest_for = [\"robotics\"]\n",
    )]);
    let output = stackpick()
        .arg("--catalog")
        .arg(dir.path())
        .args(["list", "--for", "robotics", "--json"])
        .output()
        .unwrap();
    let listed: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let ids: Vec<_> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].clone())
        .collect();
    assert_eq!(ids, vec![serde_json::json!("rust")]);
}

#[test]
fn export_then_validate_round_trips_to_the_same_catalog() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("exported");
    stackpick()
        .args(["catalog", "export"])
        .arg(&target)
        .assert()
        .success();
    assert!(target.join("tech").is_dir() && target.join("rules/products.toml").is_file());
    stackpick()
        .args(["catalog", "validate"])
        .arg(&target)
        .assert()
        .success();
    // The exported files, read as a layer, change nothing.
    let embedded = json_of(&["list"]);
    let output = stackpick()
        .arg("--catalog")
        .arg(&target)
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&output.stdout).unwrap(),
        embedded
    );
}

#[test]
fn export_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    stackpick()
        .args(["catalog", "export"])
        .arg(dir.path())
        .assert()
        .success();
    let edited = dir.path().join("rules/products.toml");
    std::fs::write(&edited, "# mine\n").unwrap();
    let output = stackpick()
        .args(["catalog", "export"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("pass --force"));
    assert_eq!(
        std::fs::read_to_string(&edited).unwrap(),
        "# mine\n",
        "nothing was overwritten"
    );
    stackpick()
        .args(["catalog", "export", "--force"])
        .arg(dir.path())
        .assert()
        .success();
    assert_ne!(std::fs::read_to_string(&edited).unwrap(), "# mine\n");
}

#[test]
fn removing_an_entry_drops_what_cannot_exist_without_it() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[(
            "no-ts.toml",
            "[[tech]]\nid = \"typescript\"\nremove = true\n",
        )],
    );
    let output = stackpick()
        .arg("--catalog")
        .arg(dir.path())
        .args([
            "recommend",
            "--no-input",
            "--product",
            "saas",
            "--team",
            "javascript",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["stacks"][0]["components"]["language"], "javascript");
    let validate = stackpick()
        .args(["catalog", "validate"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(validate.status.success(), "{validate:?}");
}
