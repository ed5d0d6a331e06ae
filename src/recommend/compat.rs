//! Hard compatibility rules: what may share a stack. Each check says, in one plain
//! sentence, why two technologies do not fit ("django needs python; the stack's language
//! is go"), so that explain and impossible --require combinations can say so too.

use crate::catalog::model::Tech;

pub type Fit = Result<(), String>;

fn names_language(tech: &Tech, language: &Tech) -> bool {
    tech.languages.iter().any(|l| *l == language.id)
}

/// Frameworks, ORMs, runtimes, job runners and test tools that name languages.
pub fn language(tech: &Tech, language: &Tech) -> Fit {
    if tech.languages.is_empty() || names_language(tech, language) {
        Ok(())
    } else {
        Err(format!(
            "{} needs {}; the stack's language is {}",
            tech.id,
            tech.languages.join(" or "),
            language.id
        ))
    }
}

/// A framework that names its databases, or ships an ORM, works with those databases only.
pub fn framework_database(framework: &Tech, database: &Tech, bundled_orm: Option<&Tech>) -> Fit {
    if !framework.databases.is_empty() && !framework.databases.contains(&database.id) {
        return Err(format!(
            "{} runs on {}, not {}",
            framework.id,
            framework.databases.join(" or "),
            database.id
        ));
    }
    match bundled_orm {
        Some(orm) if !orm.databases.contains(&database.id) => Err(format!(
            "{}'s ORM ({}) does not support {}",
            framework.id, orm.id, database.id
        )),
        _ => Ok(()),
    }
}

pub fn orm_database(orm: &Tech, database: &Tech) -> Fit {
    if orm.databases.contains(&database.id) {
        Ok(())
    } else {
        Err(format!("{} does not support {}", orm.id, database.id))
    }
}

/// A host runs a language natively or runs any container.
pub fn host_language(host: &Tech, language: &Tech) -> Fit {
    if host.runs_containers == Some(true) || names_language(host, language) {
        Ok(())
    } else {
        Err(format!("{} does not run {}", host.id, language.id))
    }
}

/// A service tied to one cloud needs a host on that cloud.
pub fn same_cloud(tech: &Tech, host: &Tech) -> Fit {
    let cloud_of = |t: &Tech| {
        t.cloud
            .as_deref()
            .filter(|c| *c != "none")
            .map(str::to_string)
    };
    match (cloud_of(tech), cloud_of(host)) {
        (Some(needed), Some(hosted)) if needed == hosted => Ok(()),
        (Some(needed), hosted) => Err(format!(
            "{} runs only on {needed}; the stack is hosted on {}{}",
            tech.id,
            host.id,
            hosted.map_or_else(String::new, |c| format!(" ({c})"))
        )),
        (None, _) => Ok(()),
    }
}

/// A runtime fits the language and, when the framework names runtimes, the framework.
pub fn runtime(runtime: &Tech, language: &Tech, framework: Option<&Tech>) -> Fit {
    self::language(runtime, language)?;
    match framework {
        Some(fw) if !fw.runtimes.is_empty() && !fw.runtimes.contains(&runtime.id) => Err(format!(
            "{} runs on {}, not {}",
            fw.id,
            fw.runtimes.join(" or "),
            runtime.id
        )),
        _ => Ok(()),
    }
}

/// A job runner needs one of its backends among the stack's stores.
pub fn backends(runner: &Tech, stores: &[&Tech]) -> Fit {
    if runner.backends.is_empty() || stores.iter().any(|s| runner.backends.contains(&s.id)) {
        Ok(())
    } else {
        Err(format!(
            "{} needs one of {} in the stack",
            runner.id,
            runner.backends.join(", ")
        ))
    }
}

/// A job runner needs worker processes beside the web process.
pub fn workers(runner: &Tech, host: &Tech) -> Fit {
    let needs_workers = runner.category == "jobs";
    if !needs_workers || host.capabilities.iter().any(|c| c == "background-workers") {
        Ok(())
    } else {
        Err(format!(
            "{} needs worker processes, which {} does not run",
            runner.id, host.id
        ))
    }
}

/// An ORM that ships with one framework is used with that framework only.
pub fn bundled_elsewhere(orm: &Tech, framework: Option<&Tech>, bundled_by: Option<&Tech>) -> Fit {
    match bundled_by {
        Some(owner) if framework.is_none_or(|f| f.id != owner.id) => Err(format!(
            "{} is {}'s ORM and is not used without it",
            orm.id, owner.id
        )),
        _ => Ok(()),
    }
}

/// A batteries-included framework is a long-lived server with connection pools and
/// start-up work; a functions platform runs short-lived handlers.
pub fn framework_host(framework: &Tech, host: &Tech) -> Fit {
    let long_lived = framework
        .capabilities
        .iter()
        .any(|c| c == "batteries-included" || c == "built-in-orm");
    let functions = matches!(
        host.kind.as_deref(),
        Some("serverless functions" | "edge functions")
    );
    if long_lived && functions {
        Err(format!(
            "{} runs as a long-lived server; {} runs short-lived functions",
            framework.id, host.id
        ))
    } else {
        Ok(())
    }
}
