//! The recommend wizard in a real pseudo-terminal, and its absence without one.

use std::process::Command;

use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

use crate::util::stackpick;

const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const SPACE: &str = " ";

/// The binary in a pseudo-terminal, with the same clean environment as the other tests.
fn wizard(args: &[&str]) -> PtySession {
    let mut command = Command::new(env!("CARGO_BIN_EXE_stackpick"));
    command
        .args(args)
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1")
        .env("HOME", "/nonexistent/stackpick-test-home");
    for var in [
        "STACKPICK_CATALOG",
        "CLICOLOR_FORCE",
        "XDG_CONFIG_HOME",
        "COLUMNS",
    ] {
        command.env_remove(var);
    }
    spawn_command(command, Some(20_000)).expect("spawn in a pty")
}

/// Waits for a prompt, then types the keys.
fn answer(session: &mut PtySession, prompt: &str, keys: &[&str]) {
    session
        .exp_string(prompt)
        .unwrap_or_else(|e| panic!("prompt {prompt:?}: {e}"));
    for key in keys {
        session.send(key).unwrap();
        session.flush().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// The lines of a captured terminal session, without escape sequences.
fn plain_lines(captured: &str) -> Vec<String> {
    let mut text = String::new();
    let mut chars = captured.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // CSI: ESC [ params final-byte.
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
        } else if c != '\r' {
            text.push(c);
        }
    }
    text.lines().map(str::to_string).collect()
}

#[test]
fn answering_every_question_prints_a_command_that_reproduces_the_result() {
    // A layer in a directory whose name needs quoting in a shell.
    let dir = tempfile::tempdir().unwrap();
    let layer = dir.path().join("team layer");
    std::fs::create_dir(&layer).unwrap();
    std::fs::write(
        layer.join("go.toml"),
        "[[tech]]\nid = \"go\"\nsummary = \"Our Go.\"\n",
    )
    .unwrap();
    let layer = layer.to_str().unwrap();
    let mut session = wizard(&["--catalog", layer, "recommend", "--format", "json"]);
    // ai is the fourth product type.
    answer(
        &mut session,
        "What are you building?",
        &[DOWN, DOWN, DOWN, ENTER],
    );
    // python is the third language; pick it, then expert (one below the default, working).
    answer(
        &mut session,
        "Which languages does the team know?",
        &[DOWN, DOWN, SPACE, ENTER],
    );
    answer(
        &mut session,
        "How well does the team know Python?",
        &[DOWN, ENTER],
    );
    answer(&mut session, "How far does it have to scale?", &[ENTER]);
    answer(&mut session, "What matters most?", &[SPACE, ENTER]);
    answer(&mut session, "Which cloud?", &[DOWN, ENTER]);
    answer(&mut session, "How should it be hosted?", &[ENTER]);
    answer(&mut session, "Must the stack use something?", &[ENTER]);
    answer(&mut session, "Anything to avoid?", &[ENTER]);
    let captured = session.exp_eof().expect("the wizard finishes");
    let status = session.process().wait().unwrap();
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");

    let lines = plain_lines(&captured);
    let command = lines
        .iter()
        .find_map(|l| l.trim().strip_prefix("stackpick recommend "))
        .unwrap_or_else(|| panic!("no command line in {lines:#?}"));
    assert_eq!(
        command,
        format!(
            "--product ai --team python:expert --scale growth --priority time-to-market --cloud aws --hosting any --catalog '{layer}' --format json"
        )
    );
    let start = lines.iter().position(|l| l == "{").expect("JSON starts");
    let end = lines.iter().rposition(|l| l == "}").expect("JSON ends");
    let from_wizard: serde_json::Value =
        serde_json::from_str(&lines[start..=end].join("\n")).unwrap();

    // The line as a shell reads it.
    let rerun = stackpick()
        .arg("recommend")
        .args(
            command
                .split(" --catalog ")
                .next()
                .unwrap()
                .split_whitespace(),
        )
        .args(["--catalog", layer, "--format", "json"])
        .output()
        .unwrap();
    assert!(rerun.status.success());
    let from_flags: serde_json::Value = serde_json::from_slice(&rerun.stdout).unwrap();
    assert_eq!(
        from_wizard, from_flags,
        "the printed command reproduces the wizard's result"
    );
    assert_eq!(from_flags["stacks"][0]["components"]["language"], "python");
}

#[test]
fn ctrl_c_at_the_first_prompt_restores_the_cursor_and_exits_130() {
    let mut session = wizard(&["recommend"]);
    session.exp_string("What are you building?").unwrap();
    session.send_control('c').unwrap();
    let captured = session.exp_eof().unwrap_or_default();
    let status = session.process().wait().unwrap();
    assert!(matches!(status, WaitStatus::Exited(_, 130)), "{status:?}");
    assert!(
        captured.contains("\x1b[?25h"),
        "the cursor is shown again: {captured:?}"
    );
    assert!(!captured.contains("#1"), "no results");
}

#[test]
fn escape_cancels_with_130() {
    let mut session = wizard(&["recommend"]);
    session.exp_string("What are you building?").unwrap();
    session.send("\x1b").unwrap();
    session.flush().unwrap();
    let captured = session.exp_eof().unwrap_or_default();
    assert!(matches!(
        session.process().wait().unwrap(),
        WaitStatus::Exited(_, 130)
    ));
    assert!(captured.contains("\x1b[?25h"));
}

#[test]
fn without_a_terminal_a_missing_product_is_a_usage_error() {
    let output = stackpick().arg("recommend").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("--product is required") && stderr.contains("product types: saas"),
        "{stderr}"
    );
}

#[test]
fn no_input_never_prompts_even_on_a_terminal() {
    let mut session = wizard(&["recommend", "--no-input"]);
    let captured = session.exp_eof().unwrap_or_default();
    assert!(matches!(
        session.process().wait().unwrap(),
        WaitStatus::Exited(_, 2)
    ));
    assert!(
        captured.contains("--product is required") && !captured.contains("What are you building?")
    );
}

#[test]
fn a_saved_profile_reproduces_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("team.toml");
    let args = [
        "recommend",
        "--product",
        "fintech",
        "--team",
        "java:expert",
        "--priority",
        "reliability",
        "--json",
    ];
    let first = stackpick()
        .args(args)
        .arg("--save-profile")
        .arg(&file)
        .output()
        .unwrap();
    assert!(first.status.success());
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("product = \"fintech\""), "{saved}");
    let again = stackpick()
        .args(["recommend", "--json", "--profile"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(again.status.success());
    assert_eq!(first.stdout, again.stdout);
    // Flags given with --profile take precedence.
    let scaled = stackpick()
        .args(["recommend", "--json", "--scale", "large", "--profile"])
        .arg(&file)
        .output()
        .unwrap();
    let scaled: serde_json::Value = serde_json::from_slice(&scaled.stdout).unwrap();
    assert_eq!(scaled["profile"]["scale"], "large");
    assert_eq!(scaled["profile"]["product"], "fintech");
}

#[test]
fn explain_never_interviews() {
    let mut session = wizard(&["explain", "django", "postgresql"]);
    let captured = session.exp_eof().expect("explain ends without a prompt");
    let status = session.process().wait().unwrap();
    assert!(matches!(status, WaitStatus::Exited(_, 2)), "{status:?}");
    assert!(!captured.contains("What are you building?"), "{captured}");
    assert!(captured.contains("--product"), "{captured}");
}

#[test]
fn ctrl_d_cancels_a_choice_and_a_list_with_130() {
    // At the first prompt (pick one), and at the second (pick several).
    for enters in [0, 1] {
        let mut session = wizard(&["recommend"]);
        session.exp_string("What are you building?").unwrap();
        if enters == 1 {
            answer(&mut session, "saas", &[ENTER]);
            session
                .exp_string("Which languages does the team know?")
                .unwrap();
        }
        session.send_control('d').unwrap();
        let captured = session.exp_eof().unwrap_or_default();
        let status = session.process().wait().unwrap();
        assert!(
            matches!(status, WaitStatus::Exited(_, 130)),
            "prompt {enters}: {status:?}"
        );
        assert!(
            captured.contains("\x1b[?25h"),
            "prompt {enters}: cursor shown"
        );
    }
}

/// Runs the wizard with Enter on every prompt up to the first search.
fn at_the_first_search() -> PtySession {
    let mut session = wizard(&["recommend", "--format", "json"]);
    for prompt in [
        "What are you building?",
        "Which languages does the team know?",
        "How far does it have to scale?",
        "What matters most?",
        "Which cloud?",
        "How should it be hosted?",
    ] {
        answer(&mut session, prompt, &[ENTER]);
    }
    session.exp_string("Must the stack use something?").unwrap();
    session
}

#[test]
fn in_a_search_escape_clears_the_search_and_enter_on_no_match_starts_over() {
    let mut session = at_the_first_search();
    // Nothing matches: Enter says so and clears the search instead of doing nothing.
    answer(&mut session, "(none)", &["zqxj", ENTER]);
    session.exp_string("nothing matches \"zqxj\"").unwrap();
    // Esc with something typed clears it; the interview goes on.
    answer(&mut session, "(none)", &["redis", "\x1b"]);
    std::thread::sleep(std::time::Duration::from_millis(200));
    // Enter on the whole list picks "(none)", the first item.
    answer(&mut session, "(none)", &[ENTER]);
    answer(&mut session, "Anything to avoid?", &[ENTER]);
    let captured = session.exp_eof().expect("the wizard finishes");
    let status = session.process().wait().unwrap();
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");
    let command = plain_lines(&captured)
        .into_iter()
        .find_map(|l| {
            l.trim()
                .strip_prefix("stackpick recommend ")
                .map(str::to_string)
        })
        .expect("the command line");
    assert!(
        !command.contains("--require"),
        "nothing was required: {command}"
    );
}

#[test]
fn in_a_search_a_picked_match_is_required_and_escape_on_an_empty_search_cancels() {
    let mut session = at_the_first_search();
    answer(&mut session, "(none)", &["postgresql", ENTER]);
    session.exp_string("[postgresql]").unwrap();
    session.send("\x1b").unwrap();
    session.flush().unwrap();
    let captured = session.exp_eof().unwrap_or_default();
    let status = session.process().wait().unwrap();
    assert!(matches!(status, WaitStatus::Exited(_, 130)), "{status:?}");
    assert!(!captured.contains("stackpick recommend "), "no results");
}
