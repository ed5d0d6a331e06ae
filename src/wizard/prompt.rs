//! The wizard's three prompts (pick one, pick several, search and pick one), drawn with
//! dialoguer's themes on a console terminal. dialoguer's own prompts ignore Ctrl-D, keep
//! a search that matches nothing on screen with no way out but Backspace, and end the
//! whole interview on Esc in a search; these read every key themselves:
//!
//! - Esc, Ctrl-C and Ctrl-D cancel the prompt (the wizard then exits 130);
//! - in a search, Esc first clears what was typed, and Enter on a search that matches
//!   nothing clears it and says so, instead of doing nothing.

use std::fmt::Write as _;
use std::io;

use dialoguer::console::{Key, Term, truncate_str};
use dialoguer::theme::Theme;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// What a key does, whichever prompt it is typed in.
enum Action {
    Up,
    Down,
    First,
    Last,
    PageUp,
    PageDown,
    Toggle,
    Enter,
    Escape,
    Cancel,
    Erase,
    Type(char),
    Ignore,
}

fn action(key: Key) -> Action {
    match key {
        Key::ArrowUp | Key::BackTab => Action::Up,
        Key::ArrowDown | Key::Tab => Action::Down,
        Key::Home => Action::First,
        Key::End => Action::Last,
        Key::PageUp => Action::PageUp,
        Key::PageDown => Action::PageDown,
        Key::Enter => Action::Enter,
        Key::Escape => Action::Escape,
        // Ctrl-D (end of input) reaches a raw terminal as a character.
        Key::CtrlC | Key::Char('\u{4}') => Action::Cancel,
        Key::Backspace | Key::Del => Action::Erase,
        Key::Char(' ') => Action::Toggle,
        Key::Char(c) if !c.is_control() => Action::Type(c),
        _ => Action::Ignore,
    }
}

/// A prompt on the terminal: the lines it last drew, so that it can redraw in place.
pub struct Prompt<'a> {
    theme: &'a dyn Theme,
    term: &'a Term,
    drawn: usize,
}

/// The cursor is hidden while a prompt is open and shown again however it ends.
struct HiddenCursor<'a>(&'a Term);

impl<'a> HiddenCursor<'a> {
    fn new(term: &'a Term) -> io::Result<Self> {
        term.hide_cursor()?;
        Ok(HiddenCursor(term))
    }
}

impl Drop for HiddenCursor<'_> {
    fn drop(&mut self) {
        let _ = self.0.show_cursor();
    }
}

/// Where the highlighted item is, and which items are on screen.
struct Cursor {
    at: usize,
    len: usize,
    page: usize,
}

impl Cursor {
    fn new(at: usize, len: usize, page: usize) -> Self {
        Cursor {
            at: at.min(len.saturating_sub(1)),
            len,
            page: page.max(1),
        }
    }

    fn apply(&mut self, action: &Action) {
        if self.len == 0 {
            return;
        }
        let last = self.len - 1;
        self.at = match action {
            Action::Up => self.at.checked_sub(1).unwrap_or(last),
            Action::Down => (self.at + 1) % self.len,
            Action::First => 0,
            Action::Last => last,
            Action::PageUp => self.at.saturating_sub(self.page),
            Action::PageDown => (self.at + self.page).min(last),
            _ => self.at,
        };
    }

    /// The items on screen: a page that holds the highlighted one.
    fn window(&self) -> std::ops::Range<usize> {
        let start = (self.at / self.page) * self.page;
        start..(start + self.page).min(self.len)
    }
}

impl<'a> Prompt<'a> {
    pub fn new(theme: &'a dyn Theme, term: &'a Term) -> Self {
        Prompt {
            theme,
            term,
            drawn: 0,
        }
    }

    /// One of `items`, starting at `default`; `None` when cancelled.
    pub fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> io::Result<Option<usize>> {
        let _cursor = HiddenCursor::new(self.term)?;
        let mut cursor = Cursor::new(default, items.len(), self.page());
        loop {
            let mut lines = vec![self.line(|f| self.theme.format_select_prompt(f, prompt))];
            for i in cursor.window() {
                let active = i == cursor.at;
                lines.push(
                    self.line(|f| self.theme.format_select_prompt_item(f, &items[i], active)),
                );
            }
            self.draw(&lines)?;
            match action(self.term.read_key_raw()?) {
                Action::Enter if !items.is_empty() => {
                    let answer = self.line(|f| {
                        self.theme
                            .format_select_prompt_selection(f, prompt, &items[cursor.at])
                    });
                    return self.answer(&answer, Some(cursor.at));
                }
                Action::Escape | Action::Cancel => return self.answer("", None),
                other => cursor.apply(&other),
            }
        }
    }

    /// Any of `items`, toggled with the space bar; `None` when cancelled.
    pub fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
    ) -> io::Result<Option<Vec<usize>>> {
        let _cursor = HiddenCursor::new(self.term)?;
        let mut cursor = Cursor::new(0, items.len(), self.page());
        let mut checked = vec![false; items.len()];
        loop {
            let mut lines = vec![self.line(|f| self.theme.format_multi_select_prompt(f, prompt))];
            for i in cursor.window() {
                let active = i == cursor.at;
                lines.push(self.line(|f| {
                    self.theme
                        .format_multi_select_prompt_item(f, &items[i], checked[i], active)
                }));
            }
            self.draw(&lines)?;
            match action(self.term.read_key_raw()?) {
                Action::Toggle if !items.is_empty() => checked[cursor.at] ^= true,
                Action::Enter => {
                    let picked: Vec<usize> = (0..items.len()).filter(|&i| checked[i]).collect();
                    let names: Vec<&str> = picked.iter().map(|&i| items[i].as_str()).collect();
                    let answer = self.line(|f| {
                        self.theme
                            .format_multi_select_prompt_selection(f, prompt, &names)
                    });
                    return self.answer(&answer, Some(picked));
                }
                Action::Escape | Action::Cancel => return self.answer("", None),
                other => cursor.apply(&other),
            }
        }
    }

    /// One of `items`, narrowed by what is typed (fuzzy matching, best match first);
    /// `None` when cancelled.
    pub fn search(&mut self, prompt: &str, items: &[String]) -> io::Result<Option<usize>> {
        let _cursor = HiddenCursor::new(self.term)?;
        let matcher = SkimMatcherV2::default();
        let mut term = String::new();
        let mut note: Option<String> = None;
        let mut cursor = Cursor::new(0, items.len(), self.page().saturating_sub(1));
        loop {
            let matches = matching(&matcher, items, &term);
            cursor.len = matches.len();
            cursor.at = cursor.at.min(matches.len().saturating_sub(1));
            let mut lines = vec![self.line(|f| {
                self.theme
                    .format_fuzzy_select_prompt(f, prompt, &term, term.len())
            })];
            if let Some(note) = &note {
                lines.push(self.line(|f| f.write_str(note)));
            }
            for i in cursor.window() {
                let active = i == cursor.at;
                lines.push(self.line(|f| {
                    self.theme.format_fuzzy_select_prompt_item(
                        f,
                        &items[matches[i]],
                        active,
                        true,
                        &matcher,
                        &term,
                    )
                }));
            }
            self.draw(&lines)?;
            let action = action(self.term.read_key_raw()?);
            note = None;
            match action {
                Action::Enter => match matches.get(cursor.at) {
                    Some(&picked) => {
                        let answer = self.line(|f| {
                            self.theme
                                .format_select_prompt_selection(f, prompt, &items[picked])
                        });
                        return self.answer(&answer, Some(picked));
                    }
                    None => {
                        note = Some(format!("nothing matches \"{term}\": the search is cleared"));
                        term.clear();
                    }
                },
                Action::Escape if !term.is_empty() => term.clear(),
                Action::Escape | Action::Cancel => return self.answer("", None),
                Action::Erase => {
                    term.pop();
                }
                Action::Type(c) => term.push(c),
                Action::Toggle => term.push(' '),
                other => cursor.apply(&other),
            }
        }
    }

    /// How many items fit on the terminal under the prompt line.
    fn page(&self) -> usize {
        usize::from(self.term.size().0).saturating_sub(2).max(3)
    }

    /// One line as the theme formats it, cut to the terminal's width so that it never
    /// wraps (a wrapped line would break the redraw).
    fn line(&self, format: impl FnOnce(&mut String) -> std::fmt::Result) -> String {
        let mut line = String::new();
        // Writing to a String does not fail.
        let _ = format(&mut line);
        let width = usize::from(self.term.size().1).saturating_sub(1).max(10);
        truncate_str(&line, width, "…").into_owned()
    }

    fn draw(&mut self, lines: &[String]) -> io::Result<()> {
        self.term.clear_last_lines(self.drawn)?;
        for line in lines {
            self.term.write_line(line)?;
        }
        self.drawn = lines.len();
        Ok(())
    }

    /// Replaces the prompt with its answer line (nothing when cancelled).
    fn answer<T>(&mut self, line: &str, answer: Option<T>) -> io::Result<Option<T>> {
        self.term.clear_last_lines(self.drawn)?;
        self.drawn = 0;
        if answer.is_some() {
            self.term.write_line(line)?;
        }
        Ok(answer)
    }
}

/// The indices of the items that match `term`, best match first (all of them, in order,
/// when nothing is typed).
fn matching(matcher: &SkimMatcherV2, items: &[String], term: &str) -> Vec<usize> {
    if term.is_empty() {
        return (0..items.len()).collect();
    }
    let mut scored: Vec<(i64, usize)> = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| matcher.fuzzy_match(item, term).map(|score| (score, i)))
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn a_search_narrows_to_matches_best_first_and_keeps_everything_when_empty() {
        let matcher = SkimMatcherV2::default();
        let list = items(&["(none)", "postgresql", "redis", "mysql"]);
        assert_eq!(matching(&matcher, &list, ""), vec![0, 1, 2, 3]);
        let mut sql = matching(&matcher, &list, "sql");
        sql.sort_unstable();
        assert_eq!(sql, vec![1, 3]);
        assert_eq!(matching(&matcher, &list, "rds"), vec![2]);
        // An exact prefix ranks above a scattered match.
        assert_eq!(matching(&matcher, &list, "my")[0], 3);
        assert!(matching(&matcher, &list, "zzz").is_empty());
    }

    #[test]
    fn the_cursor_wraps_and_pages_stay_within_the_list() {
        let mut cursor = Cursor::new(0, 7, 3);
        cursor.apply(&Action::Up);
        assert_eq!((cursor.at, cursor.window()), (6, 6..7));
        cursor.apply(&Action::Down);
        assert_eq!((cursor.at, cursor.window()), (0, 0..3));
        cursor.apply(&Action::PageDown);
        cursor.apply(&Action::PageDown);
        cursor.apply(&Action::PageDown);
        assert_eq!(cursor.at, 6);
        assert_eq!(Cursor::new(9, 2, 3).at, 1, "a default past the end");
    }
}
