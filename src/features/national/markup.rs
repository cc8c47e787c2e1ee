//! The national figures (each opening to its source sentence), the counting rules and the
//! source line with the dataset version: display-only, the same in the app and the static page.

use crate::core::dataset::PageTexts;
use crate::core::i18n::{texts, Lang};
use crate::core::markup::{class, Markup, Value, Value::Text};
use crate::features::national::model;
use crate::features::national::model::NationalView;
use crate::features::sources::{notes, quote, FILL_ATTR};
use crate::features::table::model::NoteView;

/// The start of this section's source box codes.
const PREFIX: &str = "nat ";

/// A source box's attributes: its class, and in the app its code.
fn src<'a>(class_name: &'a str, code: &'a str, lazy: bool) -> Vec<(&'static str, Value<'a>)> {
    let mut attrs = vec![("class", Text(class_name))];
    if lazy {
        attrs.push((FILL_ATTR, Text(code)));
    }
    attrs
}

fn notes_box(m: &mut Markup, list: &[NoteView], page: &PageTexts, lang: Lang) {
    m.el("div", &class("wt-srcbox"), |m| notes(m, list, page, lang));
}

/// The content of the app's source box `code` names (see `national`); `None` for a code not
/// of this section.
pub fn source_box(code: &str, page: &PageTexts, lang: Lang) -> Option<String> {
    let key = code.strip_prefix(PREFIX)?;
    let view = model::national(lang);
    if key == "n" {
        return Some(Markup::build(|m| notes_box(m, &view.notes, page, lang)));
    }
    let (_, _, q) = view.items.get(key.parse::<usize>().ok()?)?;
    Some(Markup::build(|m| quote(m, *q, page, lang)))
}

/// `lazy`: the app's, whose source boxes are named (`nat 0`, …, `nat n` in `FILL_ATTR`) and
/// left empty until first opened (`source_box` fills them), as the table's are; the static
/// page writes them at once. Closed boxes are most of the section's elements.
pub fn national(view: &NationalView, page: &PageTexts, lang: Lang, lazy: bool) -> String {
    let t = texts(lang);
    Markup::build(|m| {
        let labelled = |id| [("class", Text("wt-national")), ("aria-labelledby", Text(id))];
        m.el("section", &labelled("wt-national-h"), |m| {
            m.text_el("h2", &[("id", Text("wt-national-h"))], t.national_heading);
            m.el("dl", &[], |m| {
                for (i, (label, value, q)) in view.items.iter().enumerate() {
                    m.el("div", &class("wt-stat"), |m| {
                        m.text_el("dt", &[], label).el("dd", &[], |m| {
                            m.text_el("span", &class("wt-stat-value"), value);
                            m.el("details", &src("wt-src", &format!("{PREFIX}{i}"), lazy), |m| {
                                m.text_el("summary", &[], t.source);
                                if !lazy {
                                    quote(m, *q, page, lang);
                                }
                            });
                        });
                    });
                }
            });
            if !view.notes.is_empty() {
                let code = format!("{PREFIX}n");
                m.el("details", &src("wt-src wt-national-notes", &code, lazy), |m| {
                    m.el("summary", &[], |m| {
                        m.text_el("span", &class("wt-flag"), t.flagged);
                        m.text(" ").text(t.national_notes);
                    });
                    if !lazy {
                        notes_box(m, &view.notes, page, lang);
                    }
                });
            }
        });
        let rules = [("class", Text("wt-rules")), ("aria-labelledby", Text("wt-rules-h"))];
        m.el("section", &rules, |m| {
            m.text_el("h2", &[("id", Text("wt-rules-h"))], t.rules_heading);
            m.el("ul", &[], |m| {
                for r in t.rules {
                    m.text_el("li", &[], r);
                }
            });
        });
        m.el("footer", &class("wt-footer"), |m| {
            m.el("p", &[], |m| {
                m.text(t.source_line).text(" ").text(t.dataset_version).text(": ");
                m.text_el("span", &class("wt-version"), view.dataset_version);
            });
        });
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The app's section names each source box and leaves it empty; `source_box` gives for
    /// that name exactly what the static page writes at once, and nothing for other names.
    #[test]
    fn lazy_boxes_fill_with_what_the_static_page_shows() {
        let page = PageTexts::compiled();
        for lang in [Lang::Nl, Lang::En] {
            let view = model::national(lang);
            let app = national(&view, &page, lang, true);
            let fixed = national(&view, &page, lang, false);
            assert!(!app.contains("<blockquote") && !app.contains("wt-srcbox"));
            assert!(!fixed.contains(FILL_ATTR));
            let codes: Vec<&str> = app
                .split(&format!("{FILL_ATTR}=\""))
                .skip(1)
                .filter_map(|s| s.split('"').next())
                .collect();
            assert_eq!(codes.len(), view.items.len() + 1, "{codes:?}");
            for code in &codes {
                let content = source_box(code, &page, lang).unwrap();
                assert!(!content.is_empty() && fixed.contains(&content), "{code}");
            }
            let quotes: usize = codes
                .iter()
                .map(|c| source_box(c, &page, lang).unwrap().matches("<blockquote").count())
                .sum();
            assert_eq!(quotes, fixed.matches("<blockquote").count());
        }
        for code in ["", "nat", "nat 6", "nat x", "amw 0", "nat  0"] {
            assert_eq!(source_box(code, &page, Lang::Nl), None, "{code:?}");
        }
    }
}
