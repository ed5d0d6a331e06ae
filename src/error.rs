//! The errors that map to the contract's exit codes: usage errors exit 2, a broken catalog
//! exits 1 with every problem listed; anything else exits 1.

use std::fmt;

use crate::catalog::source::Problem;

/// A bad flag or value, an unknown technology, impossible constraints: exit code 2.
#[derive(Debug)]
pub struct UsageError {
    /// One sentence: what went wrong.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
}

impl UsageError {
    pub fn new(message: impl Into<String>) -> Self {
        UsageError {
            message: message.into(),
            hint: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for UsageError {}

/// A catalog layer with problems: nothing of it is used.
#[derive(Debug)]
pub struct CatalogProblems(pub Vec<Problem>);

impl fmt::Display for CatalogProblems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.0.len();
        let plural = if count == 1 { "" } else { "s" };
        write!(
            f,
            "the catalog has {count} problem{plural}; fix them and run `stackpick catalog validate`"
        )?;
        for problem in &self.0 {
            write!(f, "\n{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CatalogProblems {}

/// The exit code for an error chain.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    if err.chain().any(|cause| cause.is::<UsageError>()) {
        2
    } else {
        1
    }
}

/// True when the error is a closed stdout (`stackpick ... | head`): not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
