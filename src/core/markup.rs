//! The markup writer for the parts the core renders as text (display-only HTML, the chart's
//! SVG, the static page), and the one escaping function for every piece of markup we write.
//!
//! Nesting is right by construction: an element's content is written by the closure passed
//! to the call that opens it, and that call also closes it, so an element can never be left
//! open or closed in the wrong order. Tag and attribute names are ours and static; every text
//! and attribute value goes through `escape`, so data can never become markup.

use std::fmt::Write as _;

/// An attribute value.
#[derive(Clone, Copy, Debug)]
pub enum Value<'a> {
    Text(&'a str),
    /// An SVG coordinate in user units, written with one decimal.
    Coord(f64),
}

/// An element's attributes, in order.
pub type Attrs<'a> = [(&'a str, Value<'a>)];

/// Markup being written.
#[derive(Debug, Default)]
pub struct Markup(String);

impl Markup {
    /// The markup `write` produces.
    pub fn build(write: impl FnOnce(&mut Markup)) -> String {
        let mut m = Markup::default();
        write(&mut m);
        m.0
    }

    fn start_tag(&mut self, tag: &str, attrs: &Attrs<'_>) {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            match value {
                Value::Text(s) => escape_into(&mut self.0, s),
                Value::Coord(c) => coord_into(&mut self.0, *c),
            }
            self.0.push('"');
        }
    }

    fn end_tag(&mut self, tag: &str) {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
    }

    /// `<tag attrs>…</tag>`, with the content that `content` writes.
    pub fn el(
        &mut self,
        tag: &str,
        attrs: &Attrs<'_>,
        content: impl FnOnce(&mut Markup),
    ) -> &mut Self {
        self.start_tag(tag, attrs);
        self.0.push('>');
        content(self);
        self.end_tag(tag);
        self
    }

    /// `<tag attrs>text</tag>`.
    pub fn text_el(&mut self, tag: &str, attrs: &Attrs<'_>, text: &str) -> &mut Self {
        self.el(tag, attrs, |m| {
            m.text(text);
        })
    }

    /// `<tag attrs>`: an HTML void element (`input`), which has no content and no end tag.
    pub fn void(&mut self, tag: &str, attrs: &Attrs<'_>) -> &mut Self {
        self.start_tag(tag, attrs);
        self.0.push('>');
        self
    }

    /// `<tag attrs/>`: an SVG element without content.
    pub fn leaf(&mut self, tag: &str, attrs: &Attrs<'_>) -> &mut Self {
        self.start_tag(tag, attrs);
        self.0.push_str("/>");
        self
    }

    /// `<option value>label</option>` of a `<select>`, marked `selected` when it is.
    pub fn option(&mut self, value: &str, selected: bool, label: &str) -> &mut Self {
        if selected {
            self.text_el(
                "option",
                &[("value", Value::Text(value)), ("selected", Value::Text(""))],
                label,
            )
        } else {
            self.text_el("option", &[("value", Value::Text(value))], label)
        }
    }

    /// Markup written as a literal in this crate (never data), inserted as it is.
    pub fn trusted(&mut self, markup: &'static str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// Escaped text.
    pub fn text(&mut self, s: &str) -> &mut Self {
        escape_into(&mut self.0, s);
        self
    }
}

/// `[("class", name)]`, the most common attribute list.
pub fn class(name: &str) -> [(&str, Value<'_>); 1] {
    [("class", Value::Text(name))]
}

/// `s` with `&`, `<`, `>`, `"` and `'` escaped: safe as text and as an attribute value in
/// either kind of quotes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// Appends `s`, escaped as `escape` does.
pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// Appends a coordinate with one decimal ("-12.5", "0.0"), using integer formatting only:
/// float formatting would add several KB of code to the wasm.
pub fn coord_into(out: &mut String, v: f64) {
    #[allow(clippy::cast_possible_truncation)] // chart coordinates are a few thousand at most
    let tenths = (v * 10.0).round() as i64;
    if tenths < 0 {
        out.push('-');
    }
    let abs = tenths.unsigned_abs();
    let _ = write!(out, "{}.{}", abs / 10, abs % 10);
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn elements_nest_and_values_are_escaped() {
        let html =
            Markup::build(|m| {
                m.el("g", &[("class", Value::Text("a\"b'c"))], |m| {
                    m.leaf("rect", &[("x", Value::Coord(1.25)), ("y", Value::Coord(-0.04))])
                        .text_el("text", &[], "R&D <5>");
                })
                .void("input", &[("type", Value::Text("checkbox"))]);
            });
        assert_eq!(
            html,
            "<g class=\"a&quot;b&#39;c\"><rect x=\"1.3\" y=\"0.0\"/><text>R&amp;D &lt;5&gt;</text></g><input type=\"checkbox\">"
        );
    }

    proptest::proptest! {
        #[test]
        fn escaping_replaces_exactly_the_five_characters(s in "\\PC*") {
            let expected: String = s
                .chars()
                .map(|c| match c {
                    '&' => "&amp;".to_string(),
                    '<' => "&lt;".to_string(),
                    '>' => "&gt;".to_string(),
                    '"' => "&quot;".to_string(),
                    '\'' => "&#39;".to_string(),
                    c => c.to_string(),
                })
                .collect();
            proptest::prop_assert_eq!(escape(&s), expected);
        }
    }

    #[test]
    fn coordinates_round_to_one_decimal() {
        for (v, s) in
            [(0.0, "0.0"), (168.0, "168.0"), (9.96, "10.0"), (-2.5, "-2.5"), (0.44, "0.4")]
        {
            let mut out = String::new();
            coord_into(&mut out, v);
            assert_eq!(out, s, "{v}");
        }
    }
}
