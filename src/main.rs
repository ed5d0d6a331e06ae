//! stackpick: a backend stack advisor.

mod catalog;
mod cli;
mod commands;
mod completion;
mod embedded;
mod error;
mod facts;
mod files;
#[cfg(test)]
mod man;
mod options;
mod recommend;
mod render;
mod resolve;
mod wizard;

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::{CommandFactory, Parser};

use cli::{CatalogCommand, Cli, Command};
use options::Options;
use render::render;

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(err) if error::is_broken_pipe(&err) => ExitCode::SUCCESS,
        // The wizard was left with Esc: its prompt already restored the terminal.
        Err(err) if err.is::<wizard::Cancelled>() => ExitCode::from(wizard::INTERRUPTED),
        Err(err) => {
            // stderr may be closed too; there is nowhere left to report that.
            let message = format!("stackpick: {err:#}");
            let _ = writeln!(
                std::io::stderr().lock(),
                "{}",
                render::controls::escape(&message, false)
            );
            ExitCode::from(error::exit_code(&err))
        }
    }
}

fn run() -> anyhow::Result<ExitCode> {
    // Before anything runs: a command whose output has nowhere to go fails.
    if files::stdout_was_closed() {
        anyhow::bail!("cannot write the output: standard output is closed");
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help and version to stdout and usage errors to stderr; a closed
            // pipe while printing is not an error, a failed write of help or version is.
            let code = ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
            return match err.print() {
                Err(io) if !err.use_stderr() && io.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(anyhow::Error::new(io).context("cannot write the output"))
                }
                _ => Ok(code),
            };
        }
    };
    let options = Options::resolve(&cli.global)?;
    let (format, style) = (options.format, &options.style);
    // A note for stderr once stdout is written.
    let mut followup: Option<String> = None;
    // Every command renders its whole output before writing any of it, so a failure
    // never leaves partial output on stdout.
    let output = match &cli.command {
        Command::Recommend {
            profile,
            top,
            save_profile,
            force,
        } => {
            let catalog = options.load_catalog()?;
            let (answers, asked) = commands::recommend::answers(catalog, profile, style.color)?;
            let resolved = answers.resolve(catalog)?;
            let report = commands::recommend::run(catalog, &resolved, usize::from(*top))?;
            let output = render(&report, format, style)?;
            if let Some(path) = save_profile {
                commands::recommend::save_profile(path, &answers, *force)?;
            }
            if asked {
                // After the results, so that a user can rerun or script the same answers.
                followup = Some(format!(
                    "Run it again without the questions:\n  {}\n",
                    wizard::command_line(&answers, *top, &options.global_words(&cli.global))
                ));
            }
            output
        }
        Command::Explain { techs, profile } => {
            let catalog = options.load_catalog()?;
            let profile = commands::recommend::given(profile)?.resolve(catalog)?;
            render(
                &commands::explain::run(catalog, &profile, techs)?,
                format,
                style,
            )?
        }
        Command::Compare { techs } => {
            let catalog = options.load_catalog()?;
            render(&commands::compare::run(catalog, techs)?, format, style)?
        }
        Command::Show { tech } => {
            let catalog = options.load_catalog()?;
            render(&commands::show::run(catalog, tech)?, format, style)?
        }
        Command::List { category, product } => {
            let catalog = options.load_catalog()?;
            let report = commands::list::run(catalog, category.as_deref(), product.as_deref())?;
            render(&report, format, style)?
        }
        Command::Catalog(CatalogCommand::Validate { dir }) => {
            let report = commands::catalog_cmd::validate(&options.layers, dir.as_deref())?;
            render(&report, format, style)?
        }
        Command::Completions { shell } => {
            // A broken layer fails every command, this one too.
            options.load_catalog()?;
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "stackpick", &mut script);
            String::from_utf8(script)?
        }
        Command::Catalog(CatalogCommand::Export { dir, force }) => {
            options.load_catalog()?;
            render(&commands::catalog_cmd::export(dir, *force)?, format, style)?
        }
    };
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(output.as_bytes())
        .and_then(|()| stdout.flush())
        .context("cannot write the output")?;
    if let Some(note) = followup {
        let _ = std::io::stderr().lock().write_all(note.as_bytes());
    }
    Ok(ExitCode::SUCCESS)
}
