//! The header's display-only part: title, lead text and the caveat (also the static page's
//! header).
use crate::core::i18n::{texts, Lang};
use crate::core::markup::{class, Markup};

/// Title, lead text and caveat.
pub fn header(lang: Lang) -> String {
    let t = texts(lang);
    Markup::build(|m| {
        m.text_el("h1", &[], t.title).text_el("p", &class("wt-lead"), t.lead);
        caveat(m, lang);
    })
}

/// That these are the areas' plans, to be calibrated, and that Rotterdam-Zuid's agreement is
/// still to be made.
fn caveat(m: &mut Markup, lang: Lang) {
    let t = texts(lang);
    m.el("p", &class("wt-caveat"), |m| {
        m.text_el("strong", &[], t.plans_caveat).text(" ").text(t.rotterdam_caveat);
    });
}
