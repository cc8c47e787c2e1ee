//! The national figures (each opening to its source sentence), the counting rules and the
//! source line with the dataset version: display-only, the same in the app and the static page.

use crate::core::dataset::PageTexts;
use crate::core::i18n::{texts, Lang};
use crate::core::markup::{class, Markup, Value::Text};
use crate::features::national::model::NationalView;
use crate::features::sources::{notes, quote};

pub fn national(view: &NationalView, page: &PageTexts, lang: Lang) -> String {
    let t = texts(lang);
    Markup::build(|m| {
        let labelled = |id| [("class", Text("wt-national")), ("aria-labelledby", Text(id))];
        m.el("section", &labelled("wt-national-h"), |m| {
            m.text_el("h2", &[("id", Text("wt-national-h"))], t.national_heading);
            m.el("dl", &[], |m| {
                for (label, value, q) in &view.items {
                    m.el("div", &class("wt-stat"), |m| {
                        m.text_el("dt", &[], label).el("dd", &[], |m| {
                            m.text_el("span", &class("wt-stat-value"), value);
                            m.el("details", &class("wt-src"), |m| {
                                m.text_el("summary", &[], t.source);
                                quote(m, *q, page, lang);
                            });
                        });
                    });
                }
            });
            if !view.notes.is_empty() {
                m.el("details", &class("wt-src wt-national-notes"), |m| {
                    m.el("summary", &[], |m| {
                        m.text_el("span", &class("wt-flag"), t.flagged);
                        m.text(" ").text(t.national_notes);
                    });
                    m.el("div", &class("wt-srcbox"), |m| notes(m, &view.notes, page, lang));
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
