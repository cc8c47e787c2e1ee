//! The notices about ignored parts of the opening link: heading and list (the dismiss button
//! is the view's).
use crate::core::i18n::{texts, Lang};
use crate::core::link::Ignored;
use crate::core::markup::Markup;

pub fn notices(list: &[Ignored], lang: Lang) -> String {
    let t = texts(lang);
    Markup::build(|m| {
        m.el("p", &[], |m| {
            m.text_el("strong", &[], t.notices_heading);
        });
        m.el("ul", &[], |m| {
            for n in list {
                m.text_el("li", &[], &n.message(lang));
            }
        });
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::link::parse_query;

    #[test]
    fn one_item_per_ignored_part_escaped() {
        let (_, ignored) = parse_query("?g=amw~<b>&lang=xx");
        let html = notices(&ignored, Lang::Nl);
        assert_eq!(html.matches("<li>").count(), ignored.len());
        assert!(html.contains("&lt;b&gt;") && !html.contains("<b>"));
    }
}
