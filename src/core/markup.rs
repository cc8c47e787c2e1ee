//! A small writer for the markup the core renders as text: the chart's SVG; and the one
//! escaping function for every piece of HTML the core writes (the embed snippet, the static
//! table in `index.html`).
//!
//! Why text and not Yew elements: a chart is a few hundred elements that only ever change all
//! at once, and none of them takes focus or input. Written as one string and inserted by the
//! shell in one step, it is faster to render and far smaller in the wasm than the same
//! elements built one by one. Rules: tag and attribute names are ours and static; every text
//! and attribute value goes through `escape`, so data can never become markup.

use std::fmt::Write as _;

/// An attribute value.
#[derive(Clone, Copy, Debug)]
pub enum Value<'a> {
    Text(&'a str),
    /// An SVG coordinate in user units, written with one decimal.
    Coord(f64),
}

/// Markup being written.
#[derive(Debug, Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Self {
        Self::default()
    }

    fn start_tag(&mut self, tag: &str, attrs: &[(&str, Value<'_>)]) {
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

    /// `<tag attrs>`: its content follows, then `close(tag)`.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, Value<'_>)]) -> &mut Self {
        self.start_tag(tag, attrs);
        self.0.push('>');
        self
    }

    /// `<tag attrs>`, an HTML void element (`input`): no content, no end tag.
    pub fn empty_html(&mut self, tag: &str, attrs: &[(&str, Value<'_>)]) -> &mut Self {
        self.open(tag, attrs)
    }

    /// `<tag attrs/>`, an element without content (SVG syntax).
    pub fn empty(&mut self, tag: &str, attrs: &[(&str, Value<'_>)]) -> &mut Self {
        self.start_tag(tag, attrs);
        self.0.push_str("/>");
        self
    }

    pub fn text(&mut self, s: &str) -> &mut Self {
        escape_into(&mut self.0, s);
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// `<tag attrs>text</tag>`.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, Value<'_>)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    pub fn finish(self) -> String {
        self.0
    }
}

/// `s` with `&`, `<`, `>` and `"` escaped: safe as text and as a quoted attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// Appends `s` with `&`, `<`, `>` and `"` escaped: safe as text and as a quoted attribute.
pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
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
    fn elements_attributes_and_escaping() {
        let mut m = Markup::new();
        m.open("g", &[("class", Value::Text("a\"b"))])
            .empty("rect", &[("x", Value::Coord(1.25)), ("y", Value::Coord(-0.04))])
            .element("text", &[], "R&D <5>")
            .close("g");
        assert_eq!(
            m.finish(),
            "<g class=\"a&quot;b\"><rect x=\"1.3\" y=\"0.0\"/><text>R&amp;D &lt;5&gt;</text></g>"
        );
    }

    proptest::proptest! {
        #[test]
        fn escaping_replaces_exactly_the_four_characters(s in "\\PC*") {
            let expected: String = s
                .chars()
                .map(|c| match c {
                    '&' => "&amp;".to_string(),
                    '<' => "&lt;".to_string(),
                    '>' => "&gt;".to_string(),
                    '"' => "&quot;".to_string(),
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
