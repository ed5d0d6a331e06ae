//! Output conventions: pipes, colour and width.

use crate::util::{stackpick, stdout_of};

#[test]
fn a_closed_pipe_ends_quietly() {
    for args in [
        &["list", "--json"][..],
        &["list"][..],
        &["show", "postgresql"][..],
    ] {
        crate::util::assert_quiet_when_pipe_closes(args);
    }
}

#[test]
fn no_escape_codes_in_a_pipe_unless_asked() {
    assert!(!stdout_of(&["show", "redis"]).contains('\x1b'));
    assert!(stdout_of(&["show", "redis", "--color", "always"]).contains("\x1b["));
    let forced = stackpick()
        .env("CLICOLOR_FORCE", "1")
        .args(["show", "redis"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&forced.stdout).contains("\x1b["));
    let no_color = stackpick()
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .args(["show", "redis"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&no_color.stdout).contains('\x1b'));
    assert!(!stdout_of(&["show", "redis", "--color", "always", "--json"]).contains('\x1b'));
}

#[test]
fn tables_fit_columns_in_a_pipe_and_are_unwrapped_without_it() {
    let fitted = stackpick()
        .env("COLUMNS", "80")
        .args(["list", "database"])
        .output()
        .unwrap();
    let fitted = String::from_utf8(fitted.stdout).unwrap();
    assert!(fitted.lines().all(|l| l.chars().count() <= 80), "{fitted}");
    let unwrapped = stdout_of(&["list", "database"]);
    assert!(unwrapped.lines().any(|l| l.chars().count() > 80));
    // Unwrapped, each technology is exactly one line.
    let rows = unwrapped.lines().filter(|l| l.starts_with("│ ")).count();
    let items = crate::util::json_of(&["list", "database"])["items"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(rows, items + 1, "one line per item plus the header");
}

#[test]
fn colour_on_a_terminal_follows_term_and_no_color() {
    use rexpect::session::spawn_command;
    let run = |term: &str, no_color: Option<&str>| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_stackpick"));
        command
            .args(["show", "redis"])
            .env("TERM", term)
            .env_remove("CLICOLOR_FORCE")
            .env_remove("STACKPICK_CATALOG");
        match no_color {
            Some(value) => command.env("NO_COLOR", value),
            None => command.env_remove("NO_COLOR"),
        };
        let mut session = spawn_command(command, Some(10_000)).unwrap();
        session.exp_eof().unwrap()
    };
    assert!(
        run("xterm-256color", None).contains("\x1b["),
        "colour on a terminal"
    );
    assert!(
        !run("dumb", None).contains("\x1b["),
        "TERM=dumb turns colour off"
    );
    assert!(
        !run("xterm-256color", Some("1")).contains("\x1b["),
        "NO_COLOR turns colour off"
    );
    assert!(
        run("xterm-256color", Some("")).contains("\x1b["),
        "an empty NO_COLOR does not"
    );
}
