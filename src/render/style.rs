//! Colour and width, decided once in `options.rs` and applied here.

use owo_colors::OwoColorize;

#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    /// The width tables must fit, or `None` to leave them unwrapped.
    pub width: Option<u16>,
}

impl Style {
    pub fn heading(&self, text: &str) -> String {
        self.paint(text, |t| t.bold().to_string())
    }

    pub fn accent(&self, text: &str) -> String {
        self.paint(text, |t| t.cyan().bold().to_string())
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint(text, |t| t.dimmed().to_string())
    }

    /// The best value of a row.
    pub fn best(&self, text: &str) -> String {
        self.paint(text, |t| t.green().bold().to_string())
    }

    pub fn good(&self, text: &str) -> String {
        self.paint(text, |t| t.green().to_string())
    }

    pub fn bad(&self, text: &str) -> String {
        self.paint(text, |t| t.red().to_string())
    }

    fn paint(&self, text: &str, apply: impl Fn(&str) -> String) -> String {
        if self.color {
            apply(text)
        } else {
            text.to_string()
        }
    }
}
