//! The `recommend` interview: prompts on stderr that build the same profile the flags
//! build. Each prompt has a default, so Enter all the way through gives a sensible
//! result, and later prompts offer only what fits earlier answers (must-use technologies
//! exclude other clouds' services). Esc, Ctrl-C or Ctrl-D leaves the cursor visible and
//! exits 130.

mod prompt;

use std::io::IsTerminal;

use dialoguer::console::{Style as ConsoleStyle, Term};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};

use crate::catalog::Catalog;
use crate::catalog::model::Tech;
use crate::recommend::profile::{CLOUDS, RawProfile};

use prompt::Prompt;

/// Exit status after Ctrl-C or Esc, as a shell reports a SIGINT.
pub const INTERRUPTED: u8 = 130;

/// The wizard cannot run without a terminal on both stdin and stderr.
pub fn available() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// An answer was cancelled with Esc, Ctrl-C or Ctrl-D.
#[derive(Debug)]
pub struct Cancelled;

impl std::fmt::Display for Cancelled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("cancelled")
    }
}

impl std::error::Error for Cancelled {}

/// Asks every question and returns the answers as the flags would give them.
pub fn interview(catalog: &Catalog, color: bool) -> anyhow::Result<RawProfile> {
    // A prompt hides the cursor while it is open; Ctrl-C between two prompts (while the
    // terminal is not raw) ends the process with the cursor shown.
    ctrlc::set_handler(|| {
        let _ = Term::stderr().show_cursor();
        std::process::exit(i32::from(INTERRUPTED));
    })?;
    let colorful = ColorfulTheme {
        hint_style: ConsoleStyle::new().for_stderr().dim(),
        ..ColorfulTheme::default()
    };
    let theme: &dyn Theme = if color { &colorful } else { &SimpleTheme };
    let term = Term::stderr();
    let mut ask = Prompt::new(theme, &term);
    let rules = catalog.rules();
    let mut answers = RawProfile::default();

    // Catalog text is data: control characters are written out, never sent to the terminal.
    let fit = |text: String| crate::render::controls::escaped(text, false);
    let products: Vec<String> = catalog
        .products()
        .iter()
        .map(|p| fit(format!("{:<15} {}", p.id, p.summary)))
        .collect();
    let product = select(&mut ask, "What are you building?", &products, 0)?;
    answers.product = Some(catalog.products()[product].id.to_string());

    let languages: Vec<&Tech> = catalog
        .techs()
        .filter(|t| t.category == "language")
        .collect();
    let names: Vec<String> = languages.iter().map(|l| fit(l.name.to_string())).collect();
    let known = answered(ask.multi_select(
        "Which languages does the team know? (space to pick, enter when done)",
        &names,
    ))?;
    let levels: Vec<String> = rules
        .skill_levels
        .iter()
        .map(|l| l.id.to_string())
        .collect();
    let working = levels.iter().position(|l| l == "working").unwrap_or(0);
    for i in known {
        let question = format!("How well does the team know {}?", names[i]);
        let level = select(&mut ask, &question, &levels, working)?;
        answers
            .team
            .push(format!("{}:{}", languages[i].id, levels[level]));
    }

    let scales: Vec<String> = rules
        .scales
        .iter()
        .map(|s| fit(format!("{:<11} {}", s.id, s.summary)))
        .collect();
    let growth = rules.scales.iter().position(|s| s.default).unwrap_or(0);
    let scale = select(&mut ask, "How far does it have to scale?", &scales, growth)?;
    answers.scale = Some(rules.scales[scale].id.to_string());

    let priorities: Vec<&_> = rules.priorities.iter().filter(|p| !p.default).collect();
    let labels: Vec<String> = priorities
        .iter()
        .map(|p| fit(format!("{:<15} {}", p.id, p.summary)))
        .collect();
    let chosen = answered(ask.multi_select(
        "What matters most? (space to pick, enter for a balanced choice)",
        &labels,
    ))?;
    answers.priorities = chosen
        .into_iter()
        .map(|i| priorities[i].id.to_string())
        .collect();

    // "any" first: it is the default.
    let mut clouds: Vec<String> = vec!["any".to_string()];
    clouds.extend(
        CLOUDS
            .iter()
            .filter(|c| **c != "any")
            .map(|c| c.to_string()),
    );
    let cloud = select(&mut ask, "Which cloud?", &clouds, 0)?;
    answers.cloud = Some(clouds[cloud].clone());

    let mut models: Vec<String> = vec!["any".to_string()];
    models.extend(
        rules
            .hosting_models
            .iter()
            .map(|m| fit(format!("{:<12} {}", m.id, m.summary))),
    );
    let model = select(&mut ask, "How should it be hosted?", &models, 0)?;
    answers.hosting = Some(match model {
        0 => "any".to_string(),
        i => rules.hosting_models[i - 1].id.to_string(),
    });

    // Only what can run on the chosen cloud is offered.
    let cloud = &clouds[cloud];
    let offered: Vec<&Tech> = catalog
        .techs()
        .filter(|t| cloud == "any" || t.cloud.as_deref().is_none_or(|c| c == "none" || c == cloud))
        .collect();
    answers.require = pick_techs(
        &mut ask,
        "Must the stack use something? (type to search)",
        &offered,
    )?;
    let rest: Vec<&Tech> = offered
        .into_iter()
        .filter(|t| !answers.require.contains(&t.id.to_string()))
        .collect();
    answers.avoid = pick_techs(&mut ask, "Anything to avoid? (type to search)", &rest)?;
    Ok(answers)
}

fn select(
    ask: &mut Prompt<'_>,
    prompt: &str,
    items: &[String],
    default: usize,
) -> anyhow::Result<usize> {
    answered(ask.select(prompt, items, default))
}

/// A prompt's answer; a cancelled prompt (`None`) cancels the wizard.
fn answered<T>(answer: std::io::Result<Option<T>>) -> anyhow::Result<T> {
    match answer? {
        Some(answer) => Ok(answer),
        None => Err(Cancelled.into()),
    }
}

/// Technologies picked one at a time with a fuzzy search, until "done".
fn pick_techs(
    ask: &mut Prompt<'_>,
    prompt: &str,
    offered: &[&Tech],
) -> anyhow::Result<Vec<String>> {
    let mut picked: Vec<String> = Vec::new();
    loop {
        let left: Vec<&&Tech> = offered
            .iter()
            .filter(|t| !picked.contains(&t.id.to_string()))
            .collect();
        let mut items = vec![if picked.is_empty() {
            "(none)".to_string()
        } else {
            "(done)".to_string()
        }];
        items.extend(
            left.iter()
                .map(|t| format!("{} ({}, {})", t.id, t.name, t.category))
                .map(|item| crate::render::controls::escaped(item, false)),
        );
        let prompt = match picked.as_slice() {
            [] => prompt.to_string(),
            some => format!("{prompt} [{}]", some.join(", ")),
        };
        let choice = answered(ask.search(&prompt, &items))?;
        match choice {
            0 => return Ok(picked),
            i => picked.push(left[i - 1].id.to_string()),
        }
    }
}

/// The command line that reproduces these answers without the wizard, with the global
/// options the run had (its catalog layers and output format).
pub fn command_line(answers: &RawProfile, top: u16, global: &[String]) -> String {
    let mut words = vec!["stackpick".to_string(), "recommend".to_string()];
    let mut flag = |name: &str, value: String| {
        words.push(format!("--{name}"));
        words.push(value);
    };
    if let Some(product) = &answers.product {
        flag("product", product.clone());
    }
    flag(
        "team",
        if answers.team.is_empty() {
            "none".to_string()
        } else {
            answers.team.join(",")
        },
    );
    if let Some(scale) = &answers.scale {
        flag("scale", scale.clone());
    }
    if !answers.priorities.is_empty() {
        flag("priority", answers.priorities.join(","));
    }
    if let Some(cloud) = &answers.cloud {
        flag("cloud", cloud.clone());
    }
    if let Some(hosting) = &answers.hosting {
        flag("hosting", hosting.clone());
    }
    for (name, list) in [
        ("require", &answers.require),
        ("avoid", &answers.avoid),
        ("prefer", &answers.prefer),
    ] {
        if !list.is_empty() {
            flag(name, list.join(","));
        }
    }
    if top != 3 {
        flag("top", top.to_string());
    }
    if answers.open_source_only {
        words.push("--open-source-only".to_string());
    }
    words.extend(global.iter().map(|word| shell_word(word)));
    words.join(" ")
}

/// A word as a POSIX shell reads it back: as it is when it is plain, else single-quoted.
fn shell_word(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./:=,@%+".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}
