//! Every kind of catalog problem is reported as `file:line:col: message`, all at once, and
//! a bad layer stops every command with exit code 1 and nothing on stdout.

use crate::util::{new_tech, stackpick, write_files};

/// Validates a layer made of `files` and returns its report lines, with the temporary
/// directory's path replaced by `LAYER`.
fn report(files: &[(&str, &str)]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    write_files(dir.path(), files);
    let output = stackpick()
        .args(["catalog", "validate"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "a bad layer exits 1");
    assert!(output.stdout.is_empty(), "nothing on stdout");
    let stderr = String::from_utf8(output.stderr).unwrap();
    let prefix = dir.path().display().to_string();
    stderr
        .lines()
        .skip(1)
        .map(|line| line.replace(&prefix, "LAYER"))
        .collect()
}

/// A new entry with one line replaced (or removed, with an empty replacement).
fn tech_with(id: &str, find: &str, replace: &str) -> String {
    let text = new_tech(id, "tooling");
    assert!(text.contains(find), "fixture line `{find}`");
    text.replace(
        &format!("{find}\n"),
        &if replace.is_empty() {
            String::new()
        } else {
            format!("{replace}\n")
        },
    )
}

fn assert_reports(files: &[(&str, &str)], expected: &[&str]) {
    assert_eq!(report(files), expected);
}

#[test]
fn invalid_toml_points_at_the_syntax_error() {
    let lines = report(&[("bad.toml", "[[tech]]\nid = \"x\"\nname = \n")]);
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].starts_with("LAYER/bad.toml:3:8: invalid TOML"),
        "{lines:?}"
    );
}

#[test]
fn unknown_field_is_reported_at_its_key_with_a_suggestion() {
    let text = tech_with(
        "acme",
        "summary = \"A test entry.\"",
        "summry = \"A test entry.\"",
    );
    assert_reports(
        &[("a.toml", &text)],
        &[
            "LAYER/a.toml:1:1: tooling `acme` is missing required field(s) `summary`",
            "LAYER/a.toml:6:1: unknown field `summry` in [[tech]]; did you mean `summary`?",
        ],
    );
}

#[test]
fn missing_required_fields_are_reported_at_the_entry() {
    let text = tech_with("acme", "license = \"MIT\"", "");
    assert_reports(
        &[("a.toml", &text)],
        &["LAYER/a.toml:1:1: tooling `acme` is missing required field(s) `license`"],
    );
}

#[test]
fn fields_a_category_requires_are_required() {
    let text = new_tech("acme-db", "database").replace("kind = \"test\"\n", "");
    let lines = report(&[("db.toml", &text)]);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("LAYER/db.toml:1:1: database `acme-db` is missing required field(s) `data_model`, `schema`"),
        "{lines:?}"
    );
}

#[test]
fn wrong_types_are_reported_at_the_value() {
    let text = tech_with("acme", "open_source = true", "open_source = \"yes\"");
    assert_reports(
        &[("a.toml", &text)],
        &["LAYER/a.toml:9:15: `open_source` must be true or false"],
    );
    let text = tech_with("acme", "first_release = 2020", "first_release = \"2020\"");
    assert_reports(
        &[("a.toml", &text)],
        &["LAYER/a.toml:10:17: `first_release` must be a year between 1950 and 2100"],
    );
}

#[test]
fn traits_outside_one_to_five_are_reported_at_the_value() {
    let text = new_tech("acme", "tooling").replace("maturity = 1", "maturity = 7");
    assert_reports(
        &[("a.toml", &text)],
        &["LAYER/a.toml:14:23: trait `maturity` must be an integer from 1 to 5"],
    );
    let text = new_tech("acme", "tooling").replace(", hiring = 3", "");
    assert_reports(
        &[("a.toml", &text)],
        &["LAYER/a.toml:14:10: traits are missing `hiring`"],
    );
}

#[test]
fn malformed_ids_urls_and_dates_are_reported() {
    let text = new_tech("acme", "tooling")
        .replace("id = \"acme\"", "id = \"Acme_Tool\"")
        .replace(
            "website = \"https://example.com\"",
            "website = \"example.com\"",
        )
        .replace("as_of = \"2026-11-22\"", "as_of = \"22/11/2026\"");
    assert_reports(
        &[("a.toml", &text)],
        &[
            "LAYER/a.toml:2:6: `id` must be lowercase kebab-case, like `spring-boot`",
            "LAYER/a.toml:7:11: `website` must be an http(s) URL",
            "LAYER/a.toml:16:9: `as_of` must be a date written \"YYYY-MM-DD\"",
        ],
    );
}

#[test]
fn duplicate_ids_and_aliases_are_reported() {
    let twice = format!(
        "{}\n{}",
        new_tech("acme", "tooling"),
        new_tech("acme", "tooling")
    );
    assert_reports(
        &[("a.toml", &twice)],
        &["LAYER/a.toml:19:1: duplicate [[tech]] id `acme` (first at LAYER/a.toml:1:1)"],
    );
    let alias = tech_with("acme", "aliases = []", "aliases = [\"Postgres\"]");
    assert_reports(
        &[("a.toml", &alias)],
        &["LAYER/a.toml:4:12: alias `Postgres` of `acme` is already a name of `postgresql`"],
    );
}

#[test]
fn dangling_references_are_reported_at_the_item() {
    let text = tech_with(
        "acme",
        "best_for = [\"mvp\"]",
        "best_for = [\"mvp\", \"sass\"]\nlanguages = [\"golang\", \"cobol\", \"django\"]",
    );
    assert_reports(
        &[("a.toml", &text)],
        &[
            "LAYER/a.toml:11:20: `best_for` names unknown product `sass`; did you mean `saas`?",
            "LAYER/a.toml:12:14: `languages` must name ids: `golang` is an alias of `go`",
            "LAYER/a.toml:12:24: `languages` names unknown technology `cobol`",
            "LAYER/a.toml:12:33: `languages` must name a language; `django` is a framework",
        ],
    );
}

#[test]
fn unknown_tables_and_removals_of_nothing_are_reported() {
    assert_reports(
        &[(
            "a.toml",
            "[[technology]]\nid = \"x\"\n\n[[tech]]\nid = \"postgresq\"\nremove = true\n",
        )],
        &[
            "LAYER/a.toml:1:3: unknown table `technology`; did you mean `tech`?",
            "LAYER/a.toml:4:1: cannot remove `postgresq`: there is no [[tech]] with that id; did you mean `postgresql`?",
        ],
    );
}

#[test]
fn every_problem_of_every_file_is_reported_at_once() {
    let a = tech_with("acme", "open_source = true", "open_source = 1");
    let b = tech_with("bolt", "best_for = [\"mvp\"]", "best_for = [\"mvpp\"]");
    let lines = report(&[("a.toml", &a), ("sub/b.toml", &b)]);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with("LAYER/a.toml:9:15:"), "{lines:?}");
    assert!(lines[1].starts_with("LAYER/sub/b.toml:11:13:"), "{lines:?}");
}

#[test]
fn a_bad_layer_stops_every_command_with_exit_1_and_nothing_on_stdout() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[(
            "a.toml",
            "[[tech]]\nid = \"postgresql\"\ntraits = { maturity = 9 }\n",
        )],
    );
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("export");
    let target = target.to_str().unwrap();
    for args in [
        vec!["show", "postgresql"],
        vec!["list"],
        vec!["list", "database", "--json"],
        vec!["completions", "bash"],
        vec!["catalog", "export", target],
    ] {
        let output = stackpick()
            .arg("--catalog")
            .arg(dir.path())
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.starts_with("stackpick: the catalog has 1 problem;"),
            "{stderr}"
        );
        assert!(
            stderr.contains("a.toml:3:23: trait `maturity` must be an integer from 1 to 5"),
            "{stderr}"
        );
    }
    assert!(
        !std::path::Path::new(target).exists(),
        "export wrote nothing"
    );
}

#[test]
fn a_layer_that_is_not_a_directory_is_a_usage_error() {
    let output = stackpick()
        .args(["--catalog", "/nonexistent/layer", "list"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("is not a directory"));
}

#[test]
fn rules_that_the_engine_cannot_interpret_are_problems_at_their_position() {
    let lines = report(&[(
        "rules.toml",
        r#"[[criterion]]
id = "vibes"
name = "Vibes"
summary = "How it feels."
weight = 10

[[slot]]
id = "platform"
name = "Platform"
categories = ["hosting"]

[[need]]
id = "go-redis"
language = "go"
slot = "cache"
techs = ["redis"]
weight = 1
reason = "pairs"

[[scale]]
id = "growth"
default = false

[[scale]]
id = "prototype"
default = true

[[scale]]
id = "large"
default = true
"#,
    )]);
    let has = |start: &str, text: &str| {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(start) && l.contains(text)),
            "{start} {text}: {lines:#?}"
        );
    };
    has(
        "LAYER/rules.toml:1:1:",
        "`vibes` is not one the engine scores",
    );
    has("LAYER/rules.toml:7:1:", "used by the engine itself");
    has("LAYER/rules.toml:12:1:", "must be on a core slot");
    has("LAYER/rules.toml:", "is a second default");
}

#[test]
fn removing_every_scale_is_a_problem_not_a_crash() {
    let scales = ["prototype", "growth", "large", "hyperscale"]
        .map(|id| format!("[[scale]]\nid = \"{id}\"\nremove = true\n"))
        .join("\n");
    let lines = report(&[("no-scales.toml", &scales)]);
    assert!(
        lines.iter().any(|l| l.contains("no [[scale]]")),
        "{lines:#?}"
    );
}

#[test]
fn a_weighed_risk_must_be_one_of_the_core() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[(
            "risks.toml",
            "[[caveat]]\nid = \"workers-on-scale-to-zero\"\nweight = 2\n",
        )],
    );
    let output = stackpick()
        .args(["catalog", "validate"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("risks.toml:3:10: [[caveat]] `workers-on-scale-to-zero` has a weight"),
        "{stderr}"
    );
}

#[test]
fn a_need_on_how_a_part_is_paid_belongs_to_a_scale_or_a_priority_and_to_a_slot_in_play() {
    for (need, line) in [
        // A product's need, on a price.
        (
            "id = \"saas-jobs\"\nprices = [\"free\"]\nwhen_in_play = true\n",
            "bill.toml:4:10",
        ),
        // A scale's, but one that would call the slot into play.
        (
            "id = \"prototype-queue-bill\"\nwhen_in_play = false\n",
            "bill.toml:4:16",
        ),
        // A price that is no price model.
        (
            "id = \"cost-queue-bill\"\nprices = [\"gratis\"]\n",
            "bill.toml:4:",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        write_files(dir.path(), &[("bill.toml", &format!("\n[[need]]\n{need}"))]);
        let output = stackpick()
            .args(["catalog", "validate"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{need}: {output:?}");
        assert!(output.stdout.is_empty());
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(line), "{need}: {stderr}");
    }
}
