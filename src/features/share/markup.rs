//! The notices about ignored parts of the opening link: heading and list (the dismiss button
//! is the view's).
use crate::core::dataset::AREAS;
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

/// The embed code's choices: the whole widget, or one area's own view ("only this area").
pub fn embed_choices(area: Option<usize>, lang: Lang) -> String {
    Markup::build(|m| {
        m.option("", area.is_none(), texts(lang).embed_whole);
        for (i, a) in AREAS.iter().enumerate() {
            m.option(a.id, area == Some(i), a.name);
        }
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::link::parse_query;

    #[test]
    fn the_embed_choices_are_the_whole_widget_and_every_area() {
        let html = embed_choices(Some(4), Lang::Nl);
        assert_eq!(html.matches("<option").count(), 21);
        assert!(html.contains("<option value=\"dlf\" selected=\"\">Delft-West</option>"));
        assert!(embed_choices(None, Lang::En)
            .starts_with("<option value=\"\" selected=\"\">The whole calculator"));
    }

    #[test]
    fn one_item_per_ignored_part_escaped() {
        let (_, ignored) = parse_query("?g=amw~<b>&lang=xx");
        let html = notices(&ignored, Lang::Nl);
        assert_eq!(html.matches("<li>").count(), ignored.len());
        assert!(html.contains("&lt;b&gt;") && !html.contains("<b>"));
    }
}
