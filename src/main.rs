//! stackpick: a backend stack advisor.

mod catalog;
mod cli;
mod commands;
mod embedded;
mod error;
mod facts;
mod options;
mod recommend;
mod render;
mod resolve;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use cli::{CatalogCommand, Cli, Command};
use options::Options;
use render::render;

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(err) if error::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            // stderr may be closed too; there is nowhere left to report that.
            let _ = writeln!(std::io::stderr().lock(), "stackpick: {err:#}");
            ExitCode::from(error::exit_code(&err))
        }
    }
}

fn run() -> anyhow::Result<ExitCode> {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help and version to stdout and usage errors to stderr; a closed
            // pipe while printing is not an error.
            let _ = err.print();
            return Ok(ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2)));
        }
    };
    let options = Options::resolve(&cli.global)?;
    let (format, style) = (options.format, &options.style);
    // Every command renders its whole output before writing any of it, so a failure
    // never leaves partial output on stdout.
    let output = match &cli.command {
        Command::Recommend { profile, top } => {
            let catalog = options.load_catalog()?;
            let profile = commands::recommend::raw_profile(profile).resolve(&catalog)?;
            let report = commands::recommend::run(&catalog, &profile, usize::from(*top))?;
            render(&report, format, style)?
        }
        Command::Explain { techs, profile } => {
            let catalog = options.load_catalog()?;
            let profile = commands::recommend::raw_profile(profile).resolve(&catalog)?;
            render(
                &commands::explain::run(&catalog, &profile, techs)?,
                format,
                style,
            )?
        }
        Command::Compare { techs } => {
            let catalog = options.load_catalog()?;
            render(&commands::compare::run(&catalog, techs)?, format, style)?
        }
        Command::Show { tech } => {
            let catalog = options.load_catalog()?;
            render(&commands::show::run(&catalog, tech)?, format, style)?
        }
        Command::List { category, product } => {
            let catalog = options.load_catalog()?;
            let report = commands::list::run(&catalog, category.as_deref(), product.as_deref())?;
            render(&report, format, style)?
        }
        Command::Catalog(CatalogCommand::Validate { dir }) => {
            let report = commands::catalog_cmd::validate(&options.layers, dir.as_deref())?;
            render(&report, format, style)?
        }
        Command::Catalog(CatalogCommand::Export { dir, force }) => {
            render(&commands::catalog_cmd::export(dir, *force)?, format, style)?
        }
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(output.as_bytes())?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}
