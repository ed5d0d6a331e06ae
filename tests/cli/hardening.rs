//! What an attacker or a careless user does: layers holding FIFOs, link loops, endless
//! files and bytes that are not text. Every case ends, with one report per problem and
//! nothing on stdout.

use std::os::unix::fs::symlink;
use std::path::Path;
use std::time::Duration;

use crate::util::{stackpick, stdout_of, write_files};

/// `show go` over `layer`: it must fail as a broken catalog (exit 1, nothing on stdout)
/// within the timeout; returns stderr.
fn broken_layer(layer: &Path) -> String {
    let output = stackpick()
        .arg("--catalog")
        .arg(layer)
        .args(["show", "go"])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(output.stdout.is_empty());
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn a_fifo_in_a_layer_is_reported_not_opened() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("x.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let stderr = broken_layer(dir.path());
    assert!(stderr.contains("x.toml: not a regular file"), "{stderr}");
}

#[test]
fn a_link_loop_is_walked_once_and_reported_once() {
    let dir = tempfile::tempdir().unwrap();
    symlink(".", dir.path().join("a")).unwrap();
    symlink(".", dir.path().join("b")).unwrap();
    write_files(
        dir.path(),
        &[("odd.toml", "[[tech]]\nid = \"go\"\nno_such_field = 1\n")],
    );
    let stderr = broken_layer(dir.path());
    assert_eq!(
        stderr.matches("a link back to a directory").count(),
        2,
        "{stderr}"
    );
    // odd.toml is read once: its own problem is reported once, not once per loop turn.
    let dup_lines = stderr.lines().filter(|l| l.contains("odd.toml")).count();
    assert_eq!(dup_lines, 1, "{stderr}");
}

#[test]
fn an_endless_file_is_refused_by_its_size() {
    let dir = tempfile::tempdir().unwrap();
    symlink("/dev/zero", dir.path().join("z.toml")).unwrap();
    let big = dir.path().join("big.toml");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(9 << 20).unwrap();
    let stderr = broken_layer(dir.path());
    assert!(stderr.contains("z.toml: not a regular file"), "{stderr}");
    assert!(stderr.contains("big.toml: larger than 8 MiB"), "{stderr}");
}

#[test]
fn bytes_that_are_not_utf8_are_placed_and_hide_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.toml"),
        b"[[tech]]\nid = \"go\"\nsummary = \"\xff\"\n",
    )
    .unwrap();
    write_files(
        dir.path(),
        &[("other.toml", "[[tech]]\nid = \"nonesuch\"\nremove = true\n")],
    );
    let stderr = broken_layer(dir.path());
    assert!(
        stderr.contains("bad.toml:3:12: not valid UTF-8"),
        "{stderr}"
    );
    assert!(
        stderr.contains("other.toml:"),
        "the other file's problem is reported too: {stderr}"
    );
}

#[test]
fn a_directory_that_is_not_a_layer_ends_quickly() {
    let stderr = broken_layer(Path::new("/"));
    assert!(
        stderr.contains("a layer is a directory of *.toml catalog files"),
        "{stderr}"
    );
}

#[test]
fn validating_the_users_own_layer_applies_it_once() {
    let config = tempfile::tempdir().unwrap();
    let layer = config.path().join("stackpick/catalog");
    write_files(
        &layer,
        &[("ours.toml", "[[tech]]\nid = \"cassandra\"\nremove = true\n")],
    );
    stackpick()
        .env("XDG_CONFIG_HOME", config.path())
        .args(["catalog", "validate"])
        .arg(&layer)
        .assert()
        .success();
}

#[test]
fn an_endless_profile_is_refused_by_its_size() {
    let output = stackpick()
        .args(["recommend", "--no-input", "--profile", "/dev/zero"])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("larger than 64 KiB"), "{stderr}");
}

/// `catalog export DIR` fails with exit 2 and one sentence, and writes nothing at all.
fn export_refused(dir: &Path, sentence: &str) {
    let before = tree(dir);
    let output = stackpick()
        .args(["catalog", "export"])
        .arg(dir)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains(sentence), "{stderr}");
    assert_eq!(tree(dir), before, "export wrote into {}", dir.display());
}

/// Every path under `dir`, links not followed.
fn tree(dir: &Path) -> Vec<String> {
    let mut paths = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(path) = pending.pop() {
        paths.push(path.display().to_string());
        if path.is_dir() && !path.is_symlink() {
            pending.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        }
    }
    paths.sort();
    paths
}

#[test]
fn export_never_writes_through_a_link_nor_leaves_half_a_catalog() {
    let outside = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    // A dangling link where a file would go exists, and points out of DIR.
    std::fs::create_dir(dir.path().join("tech")).unwrap();
    let target = outside.path().join("v.toml");
    symlink(&target, dir.path().join("tech/languages.toml")).unwrap();
    export_refused(dir.path(), "is a symbolic link");
    assert!(!target.exists());

    // A linked directory is not filled either.
    let dir = tempfile::tempdir().unwrap();
    symlink(outside.path(), dir.path().join("tech")).unwrap();
    export_refused(dir.path(), "tech` is a symbolic link");
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);

    // A file where a directory goes: nothing is written, not even the files before it.
    let dir = tempfile::tempdir().unwrap();
    write_files(dir.path(), &[("tech", "")]);
    export_refused(dir.path(), "exists and is not a directory");
}

#[test]
fn save_profile_keeps_an_existing_file_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    let save = |team: &str, force: bool| {
        let mut command = stackpick();
        command.args([
            "recommend",
            "--no-input",
            "--product",
            "saas",
            "--team",
            team,
        ]);
        command.arg("--save-profile").arg(&path);
        if force {
            command.arg("--force");
        }
        command.output().unwrap()
    };
    assert!(save("go", false).status.success());
    let first = std::fs::read_to_string(&path).unwrap();
    let refused = save("rust", false);
    assert_eq!(refused.status.code(), Some(2));
    assert!(refused.stdout.is_empty());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), first);
    assert!(save("rust", true).status.success());
    assert!(std::fs::read_to_string(&path).unwrap().contains("\"rust\""));
    // Nothing but the profile is left beside it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_saved_profile_with_a_newline_in_its_name_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("two\nlines.toml");
    stackpick()
        .args([
            "recommend",
            "--no-input",
            "--product",
            "iot",
            "--team",
            "go",
        ])
        .arg("--save-profile")
        .arg(&path)
        .assert()
        .success();
    let doc = crate::util::json_of(&[
        "recommend",
        "--no-input",
        "--profile",
        path.to_str().unwrap(),
    ]);
    assert_eq!(doc["profile"]["product"], "iot");
}

#[test]
fn output_that_cannot_be_written_is_a_failure() {
    for args in [&["--help"][..], &["--version"], &["list"]] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_stackpick"))
            .args(args)
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?} > /dev/full");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("cannot write the output"), "{stderr}");
    }
    // A closed standard output (`>&-`), which Rust would silently point at /dev/null.
    for args in ["list", "--help"] {
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("exec \"$0\" {args} >&-"))
            .arg(env!("CARGO_BIN_EXE_stackpick"))
            .stderr(std::process::Stdio::null())
            .status()
            .unwrap();
        assert_eq!(status.code(), Some(1), "{args} >&-");
    }
    // Output thrown away on purpose is still written successfully.
    let null = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/null")
        .unwrap();
    let thrown_away = std::process::Command::new(env!("CARGO_BIN_EXE_stackpick"))
        .arg("list")
        .stdout(null)
        .status()
        .unwrap();
    assert!(thrown_away.success());
}

#[test]
fn a_contradiction_is_refused_and_a_repeat_is_said_once() {
    let output = stackpick()
        .args(["recommend", "--no-input", "--product", "saas"])
        .args(["--team", "python:expert,python:novice"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("--team names python twice, as expert and as novice"),
        "{stderr}"
    );
    let doc = crate::util::json_of(&[
        "recommend",
        "--no-input",
        "--product",
        "saas",
        "--team",
        "go,go",
        "--priority",
        "cost,cost",
    ]);
    assert_eq!(doc["profile"]["team"].as_array().unwrap().len(), 1);
    assert_eq!(doc["profile"]["priorities"], serde_json::json!(["cost"]));
}

#[test]
fn a_word_wider_than_the_table_is_cut_to_fit() {
    let dir = tempfile::tempdir().unwrap();
    let word = "ж".repeat(500_000);
    write_files(
        dir.path(),
        &[(
            "long.toml",
            &format!("[[tech]]\nid = \"go\"\nsummary = \"{word}\"\n"),
        )],
    );
    let output = stackpick()
        .arg("--catalog")
        .arg(dir.path())
        .args(["list", "language"])
        .env("COLUMNS", "100")
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.lines().all(|line| line.chars().count() <= 100));
    let shown = text.matches('ж').count();
    assert_eq!(shown, 500_000, "every character is shown once");
}

#[test]
fn control_characters_from_a_layer_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[(
            "evil.toml",
            "[[tech]]\nid = \"go\"\nsummary = \"\\u001b]0;pwned\\u0007 \\u001b[2J\\u202e tail\"\n\
             license = \"\\u001b]0;pwned\\u0007\"\n",
        )],
    );
    let run = |args: &[&str]| {
        let output = stackpick()
            .arg("--catalog")
            .arg(dir.path())
            .args(args)
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    for args in [
        &["--color", "never", "show", "go"][..],
        &["--color", "always", "show", "go"],
        &["show", "go", "--format", "markdown"],
        &["--color", "always", "list", "language"],
        &["compare", "go", "rust", "--format", "markdown"],
    ] {
        let text = run(args);
        assert!(text.contains("\\u{1b}]0;pwned\\u{7}"), "{args:?}: {text}");
        assert!(
            !text.contains('\u{7}') && !text.contains("\u{1b}]") && !text.contains("\u{1b}[2J")
        );
        assert!(!text.contains('\u{202e}'), "{args:?}");
    }
    let json = run(&["show", "go", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        value["item"]["summary"], "\u{1b}]0;pwned\u{7} \u{1b}[2J\u{202e} tail",
        "JSON keeps the text as data"
    );
    let output = stackpick()
        .args(["show", "go\u{1b}]0;x\u{7}"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("go\\u{1b}]0;x\\u{7}"), "{stderr}");
}

#[test]
fn a_terminal_too_narrow_for_a_grid_gets_one_record_per_item() {
    let run = |columns: &str, args: &[&str]| {
        let output = stackpick()
            .args(args)
            .env("COLUMNS", columns)
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    let items = stdout_of(&["list", "--format", "json"]);
    let items = serde_json::from_str::<serde_json::Value>(&items).unwrap()["items"]
        .as_array()
        .unwrap()
        .len();
    let list = run("1", &["list"]);
    // A heading, four fields and a blank line per item: not one letter per line.
    assert!(
        list.lines().count() <= items * 6,
        "{} lines",
        list.lines().count()
    );
    assert!(
        list.contains("\npostgresql\n  name: PostgreSQL\n  category: database\n"),
        "{list}"
    );
    let compare = run(
        "20",
        &["compare", "go", "rust", "java", "python", "ruby", "php"],
    );
    assert!(
        compare.starts_with("Go\n  Category: language\n"),
        "{compare}"
    );
    assert!(
        compare.contains("\nPHP\n  Category: language\n"),
        "{compare}"
    );
    assert!(!compare.contains('┆'), "no grid: {compare}");
    let explain = run(
        "30",
        &["explain", "rails", "postgresql", "--product", "saas"],
    );
    assert!(explain.contains("\nTeam skill\n  Yours: "), "{explain}");
    // Wide enough, the grid stays.
    assert!(run("120", &["compare", "go", "rust"]).contains('┆'));
}
