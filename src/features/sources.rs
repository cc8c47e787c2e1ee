//! How the booklet's sentences and our notes are shown wherever a feature cites them (the
//! table's source boxes, the national figures): the sentence marked with its number, so that
//! the browser build can read it back from the static page, or a polite line when the page's
//! texts are not available. Also a figure's whole source (box text, sentence, notes) and an
//! area's bottlenecks, which the table and the area view both show.

use crate::core::dataset::{PageText, PageTexts};
use crate::core::i18n::{texts, Lang};
use crate::core::markup::{class, Markup, Value::Text};
use crate::features::table::model::{CellView, NoteView};

/// The attribute that names a source box the app leaves empty until it is first opened (the
/// table's and the national figures'); `features::source_box` gives its content.
pub const FILL_ATTR: &str = "data-fill";

/// A booklet sentence as a quotation (`data-t` is its number).
pub fn quote(m: &mut Markup, q: PageText, page: &PageTexts, lang: Lang) {
    let text = page.get(q);
    if text.is_empty() {
        m.text_el("p", &class("wt-noquote"), texts(lang).quote_missing);
        return;
    }
    let id = q.0.to_string();
    m.text_el("blockquote", &[("lang", Text("nl")), ("data-t", Text(&id))], text);
}

/// A list of notes, each with its kind, its text (Dutch where the page has it, otherwise the
/// English text rather than none) and the sentence behind it.
pub fn notes(m: &mut Markup, list: &[NoteView], page: &PageTexts, lang: Lang) {
    if list.is_empty() {
        return;
    }
    m.el("ul", &class("wt-notes"), |m| {
        for n in list {
            m.el("li", &[], |m| {
                m.el("strong", &[], |m| {
                    m.text(n.kind).text(": ");
                });
                match n.nl.filter(|nl| !page.get(*nl).is_empty()) {
                    Some(nl) => {
                        let id = nl.0.to_string();
                        m.text_el("span", &[("data-t", Text(&id))], page.get(nl));
                    }
                    None => {
                        m.text(n.en);
                    }
                }
                quote(m, n.quote, page, lang);
            });
        }
    });
}

/// A figure's box: the booklet's "+N woningen" box, the sentence the figure comes from, the
/// notes.
pub fn figure_source(m: &mut Markup, c: &CellView, page: &PageTexts, lang: Lang) {
    let t = texts(lang);
    if let Some(b) = c.box_text.filter(|b| !page.get(*b).is_empty()) {
        let id = b.0.to_string();
        m.el("p", &class("wt-boxtext"), |m| {
            m.text(t.source_box).text(": ");
            m.text_el("q", &[("lang", Text("nl")), ("data-t", Text(&id))], page.get(b));
        });
    }
    m.el("p", &class("wt-srclabel"), |m| {
        m.text(t.source).text(":");
    });
    if let Some(q) = c.quote {
        quote(m, q, page, lang);
    }
    notes(m, &c.notes, page, lang);
}

/// An area's bottlenecks, each with the booklet sentences behind it.
pub fn bottlenecks(m: &mut Markup, list: &[(&str, Vec<PageText>)], page: &PageTexts, lang: Lang) {
    m.el("ul", &class("wt-notes"), |m| {
        for (label, quotes) in list {
            m.el("li", &[], |m| {
                m.text_el("strong", &[], label);
                for q in quotes {
                    quote(m, *q, page, lang);
                }
            });
        }
    });
}
