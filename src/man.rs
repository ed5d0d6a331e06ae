//! The man pages in `man/`, generated from the clap definitions with clap_mangen and kept
//! current by a test: `STACKPICK_REGENERATE=1 cargo test man_pages` rewrites them.

use clap::CommandFactory;
use roff::{Roff, bold, roman};

use crate::cli::Cli;

const EXIT_STATUS: [(&str, &str); 4] = [
    ("0", "Success."),
    (
        "1",
        "Failure: a catalog layer with problems, or an I/O error.",
    ),
    (
        "2",
        "Usage: a bad flag or value, an unknown technology, impossible constraints.",
    ),
    (
        "130",
        "The recommend wizard was cancelled with Esc or Ctrl-C.",
    ),
];

const ENVIRONMENT: [(&str, &str); 5] = [
    (
        "NO_COLOR",
        "Any non-empty value turns colour off under --color auto.",
    ),
    (
        "CLICOLOR_FORCE",
        "1 turns colour on under --color auto, even in a pipe.",
    ),
    (
        "STACKPICK_CATALOG",
        "Catalog layer directories, separated like PATH, applied after the user's config directory.",
    ),
    (
        "XDG_CONFIG_HOME",
        "Where the user's catalog layer is looked for: $XDG_CONFIG_HOME/stackpick/catalog/.",
    ),
    (
        "COLUMNS",
        "The width tables fit when stdout is not a terminal; without it they are not wrapped.",
    ),
];

const FILES: [(&str, &str); 2] = [
    (
        "$XDG_CONFIG_HOME/stackpick/catalog/",
        "The user's catalog layer (~/.config/stackpick/catalog/ when XDG_CONFIG_HOME is unset): *.toml files that add, change or remove technologies and rules.",
    ),
    (
        "DIR/*.toml",
        "A catalog layer given with --catalog DIR; stackpick catalog export DIR writes the built-in catalog out as one to start from.",
    ),
];

/// Every page: (file name, roff text).
pub fn pages() -> Vec<(String, String)> {
    let mut root = Cli::command();
    root.build();
    let mut pages = vec![("stackpick.1".to_string(), page(&root, "stackpick"))];
    add_subcommands(&root, "stackpick", &mut pages);
    pages
}

fn add_subcommands(parent: &clap::Command, path: &str, pages: &mut Vec<(String, String)>) {
    for sub in parent.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("{path}-{}", sub.get_name());
        pages.push((format!("{name}.1"), page(sub, &name)));
        add_subcommands(sub, &name, pages);
    }
}

fn page(cmd: &clap::Command, name: &str) -> String {
    let spoken = name.replace('-', " ");
    let cmd = cmd
        .clone()
        .name(name.to_string())
        .bin_name(spoken)
        .display_name(name.to_string());
    let man = clap_mangen::Man::new(cmd.clone())
        .title(name.to_uppercase())
        .source(format!("stackpick {}", env!("CARGO_PKG_VERSION")));
    let mut out = Vec::new();
    let render = |out: &mut Vec<u8>| -> std::io::Result<()> {
        man.render_title(out)?;
        man.render_name_section(out)?;
        man.render_synopsis_section(out)?;
        man.render_description_section(out)?;
        man.render_options_section(out)?;
        if cmd.get_subcommands().any(|s| s.get_name() != "help") {
            man.render_subcommands_section(out)?;
        }
        Ok(())
    };
    render(&mut out).expect("render to memory");
    let mut roff = Roff::new();
    if let Some(after) = cmd.get_after_help() {
        roff.control("SH", ["EXAMPLES"]);
        roff.control("nf", []);
        for line in after
            .to_string()
            .lines()
            .filter(|l| !l.starts_with("Examples:"))
        {
            roff.text([roman(line.trim())]);
        }
        roff.control("fi", []);
    }
    let mut section = |title: &str, items: &[(&str, &str)]| {
        roff.control("SH", [title]);
        for (term, text) in items {
            roff.control("TP", []);
            roff.text([bold(*term)]);
            roff.text([roman(*text)]);
        }
    };
    section("EXIT STATUS", &EXIT_STATUS);
    section("ENVIRONMENT", &ENVIRONMENT);
    section("FILES", &FILES);
    let mut text = String::from_utf8(out).expect("roff is UTF-8");
    text.push_str(&roff.to_roff());
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn man_pages_are_current() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
        let regenerate = std::env::var_os("STACKPICK_REGENERATE").is_some();
        let pages = pages();
        for (file, text) in &pages {
            let path = dir.join(file);
            if regenerate {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, text).unwrap();
            }
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == *text,
                "man/{file} is out of date: run STACKPICK_REGENERATE=1 cargo test man_pages"
            );
        }
        let on_disk = std::fs::read_dir(&dir).unwrap().count();
        assert_eq!(
            on_disk,
            pages.len(),
            "man/ holds exactly the generated pages"
        );
    }

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
