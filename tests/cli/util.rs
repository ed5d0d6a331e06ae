//! Running the real binary in a clean environment: no catalog layers, no colour
//! variables and no terminal width from the test runner's own environment.

use std::io::Read;
use std::path::Path;
use std::process::Stdio;

use assert_cmd::Command;

pub fn stackpick() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_stackpick"));
    for var in [
        "STACKPICK_CATALOG",
        "NO_COLOR",
        "CLICOLOR_FORCE",
        "XDG_CONFIG_HOME",
        "COLUMNS",
        "TERM",
    ] {
        cmd.env_remove(var);
    }
    // Keep the user's own ~/.config/stackpick out of the tests.
    cmd.env("HOME", "/nonexistent/stackpick-test-home");
    cmd
}

/// Runs with the given arguments and returns stdout, failing the test on a non-zero exit.
pub fn stdout_of(args: &[&str]) -> String {
    let output = stackpick().args(args).output().expect("run stackpick");
    assert!(
        output.status.success(),
        "stackpick {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8 output")
}

/// Parses `stackpick ARGS --json`.
pub fn json_of(args: &[&str]) -> serde_json::Value {
    let mut args = args.to_vec();
    args.push("--json");
    serde_json::from_str(&stdout_of(&args)).expect("valid JSON")
}

/// `stackpick recommend --no-input ARGS --json`, ARGS split on spaces.
pub fn recommend(args: &str) -> serde_json::Value {
    let mut all: Vec<&str> = vec!["recommend", "--no-input"];
    all.extend(args.split_whitespace());
    json_of(&all)
}

/// Writes `files` (relative path, contents) into `dir`.
pub fn write_files(dir: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// A complete new technology entry, for layers that add one.
pub fn new_tech(id: &str, category: &str) -> String {
    format!(
        r#"[[tech]]
id = "{id}"
name = "{id} name"
aliases = []
category = "{category}"
summary = "A test entry."
website = "https://example.com"
license = "MIT"
open_source = true
first_release = 2020
best_for = ["mvp"]
strengths = ["Exists for tests."]
weaknesses = ["Exists only for tests."]
traits = {{ maturity = 1, performance = 2, scalability = 3, ease = 4, productivity = 5, ecosystem = 1, ops_simplicity = 2, hiring = 3 }}
sources = ["https://example.com/source"]
as_of = "2026-11-22"
kind = "test"
"#
    )
}

/// Like `stackpick ARGS | head -c 1`: reads one byte, closes the pipe, and checks that the
/// command still exits 0 with nothing on stderr.
pub fn assert_quiet_when_pipe_closes(args: &[&str]) {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_stackpick"))
        .args(args)
        .env_remove("STACKPICK_CATALOG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{args:?}: {:?}", output.status);
    assert_eq!(String::from_utf8_lossy(&output.stderr), "", "{args:?}");
}
