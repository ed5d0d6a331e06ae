//! Catalog text is data: a layer's `summary = "\u001b]0;title\u0007"` must reach the
//! terminal as visible text, never as a command to it. Every text rendering (tables,
//! markdown, messages on stderr) passes through [`escape`]; JSON escapes control
//! characters itself.

use std::borrow::Cow;

/// `text` with every control character except line feed and tab written out as a Rust
/// escape (`\u{1b}`), and the bidirectional overrides that reorder what a reader sees
/// (`U+202A`–`U+202E`, `U+2066`–`U+2069`) too. With `keep_colour`, the colour codes the
/// renderers add themselves (`ESC [ digits ; m`) are kept as they are.
pub fn escape(text: &str, keep_colour: bool) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if keep_colour && c == '\x1b' {
            if let Some(len) = colour_code_len(rest) {
                out.push_str(&rest[..len]);
                rest = &rest[len..];
                continue;
            }
        }
        if needs_escape(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// [`escape`] of an owned string, which it returns as it is when nothing needs escaping.
pub fn escaped(text: String, keep_colour: bool) -> String {
    match escape(&text, keep_colour) {
        Cow::Borrowed(_) => text,
        Cow::Owned(escaped) => escaped,
    }
}

fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The length of a select-graphic-rendition sequence at the start of `text`, if one is.
fn colour_code_len(text: &str) -> Option<usize> {
    let params = text.strip_prefix("\x1b[")?;
    let digits = params
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    (params.as_bytes().get(digits) == Some(&b'm')).then_some(2 + digits + 1)
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn control_characters_are_written_out() {
        assert_eq!(escape("plain\ttext\n", false), "plain\ttext\n");
        assert_eq!(
            escape("\x1b]0;pwned\x07 hi\r", false),
            "\\u{1b}]0;pwned\\u{7} hi\\u{d}"
        );
        assert_eq!(escape("a\u{202e}b\u{9b}", false), "a\\u{202e}b\\u{9b}");
    }

    #[test]
    fn only_colour_codes_survive_and_only_when_colour_is_on() {
        let painted = "\x1b[1;36mGo\x1b[0m";
        assert_eq!(escape(painted, true), painted);
        assert_eq!(escape(painted, false), "\\u{1b}[1;36mGo\\u{1b}[0m");
        assert_eq!(escape("\x1b[2J\x1b[", true), "\\u{1b}[2J\\u{1b}[");
    }
}
