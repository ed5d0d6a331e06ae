//! Shell integration: the committed completion scripts are current, and bash really
//! completes technology ids with them.

use std::process::Command;

use rexpect::session::spawn_command;

use crate::util::stdout_of;

const SCRIPTS: [(&str, &str); 5] = [
    ("bash", "completions/stackpick.bash"),
    ("zsh", "completions/_stackpick"),
    ("fish", "completions/stackpick.fish"),
    ("elvish", "completions/stackpick.elv"),
    ("powershell", "completions/_stackpick.ps1"),
];

#[test]
fn committed_completion_scripts_are_current() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (shell, file) in SCRIPTS {
        let generated = stdout_of(&["completions", shell]);
        let path = root.join(file);
        if std::env::var_os("STACKPICK_REGENERATE").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap();
        assert!(
            committed == generated,
            "{file} is out of date: run STACKPICK_REGENERATE=1 cargo test completion"
        );
    }
}

#[test]
fn completion_scripts_offer_catalog_values() {
    let bash = stdout_of(&["completions", "bash"]);
    for value in [
        "postgresql",
        "spring-boot",
        "saas",
        "hyperscale",
        "time-to-market",
        "azure",
        "serverless",
    ] {
        assert!(bash.contains(value), "bash completion lacks {value}");
    }
}

#[test]
fn bash_completes_compare_post_tab_to_postgresql() {
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/stackpick.bash");
    let mut bash = Command::new("bash");
    bash.args(["--norc", "--noprofile", "-i"])
        .env("PS1", "READY> ")
        .env("TERM", "dumb");
    let mut session = spawn_command(bash, Some(10_000)).expect("bash in a pty");
    session.exp_string("READY> ").unwrap();
    session
        .send_line(&format!("source {}", script.display()))
        .unwrap();
    session.exp_string("READY> ").unwrap();
    // Two tabs: the second lists the candidates when the first cannot complete alone.
    session.send("stackpick compare post\t\t").unwrap();
    session.flush().unwrap();
    session
        .exp_string("postgresql")
        .expect("bash offers postgresql");
    session
        .process_mut()
        .kill(rexpect::process::Signal::SIGKILL)
        .unwrap();
}

#[test]
fn help_for_every_subcommand_has_examples() {
    for args in [
        &["--help"][..],
        &["recommend", "--help"],
        &["explain", "--help"],
        &["compare", "--help"],
        &["show", "--help"],
        &["list", "--help"],
        &["catalog", "validate", "--help"],
        &["catalog", "export", "--help"],
        &["completions", "--help"],
    ] {
        let help = stdout_of(args);
        assert!(
            help.contains("Examples:\n  stackpick "),
            "{args:?}:\n{help}"
        );
    }
}
