//! The notices about ignored parts of the opening link (heading, list and the dismiss button),
//! and the embed code's choices.
use crate::core::act::{self, Act, Command};
use crate::core::dataset::AREAS;
use crate::core::i18n::{texts, Lang};
use crate::core::link::Ignored;
use crate::core::markup::{Markup, Value::Text};

/// Nothing when `list` is empty.
pub fn notices(list: &[Ignored], lang: Lang) -> String {
    let t = texts(lang);
    Markup::build(|m| {
        if list.is_empty() {
            return;
        }
        let dismiss = Act::DismissNotices.code();
        m.el("div", &[("class", Text("wt-notices")), ("role", Text("status"))], |m| {
            m.el("p", &[], |m| {
                m.text_el("strong", &[], t.notices_heading);
            });
            m.el("ul", &[], |m| {
                for n in list {
                    m.text_el("li", &[], &n.message(lang));
                }
            });
            let attrs =
                [("type", Text("button")), ("class", Text("wt-btn")), (act::ATTR, Text(&dismiss))];
            m.text_el("button", &attrs, t.dismiss);
        });
    })
}

/// The buttons that act on the browser: copy the link, share it (where the browser has a
/// share sheet), download the CSV, print. Their labels change with the language only, so
/// they keep focus while the state changes.
pub fn buttons(can_share: bool, lang: Lang) -> String {
    let t = texts(lang);
    let mut list = vec![("wt-btn wt-copy", Command::CopyLink, t.copy_link)];
    if can_share {
        list.push(("wt-btn", Command::Share, t.share));
    }
    list.push(("wt-btn wt-csv", Command::Csv, t.download_csv));
    list.push(("wt-btn wt-print", Command::Print, t.print));
    Markup::build(|m| {
        for (class, command, label) in list {
            let act = Act::Command(command).code();
            let attrs = [("type", Text("button")), ("class", Text(class)), (act::ATTR, Text(&act))];
            m.text_el("button", &attrs, label);
        }
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
    fn the_share_buttons_name_their_commands() {
        let html = buttons(false, Lang::Nl);
        assert_eq!(html.matches("<button type=\"button\"").count(), 3);
        for act in ["copy", "csv", "print"] {
            assert!(html.contains(&format!("data-act=\"{act}\"")), "{act}");
        }
        assert!(!html.contains("data-act=\"share\""));
        let html = buttons(true, Lang::En);
        assert!(html.contains("data-act=\"share\">Share</button>"));
        assert!(html.starts_with(
            "<button type=\"button\" class=\"wt-btn wt-copy\" data-act=\"copy\">Copy link</button>"
        ));
    }

    #[test]
    fn one_item_per_ignored_part_escaped() {
        let (_, ignored) = parse_query("?g=amw~<b>&lang=xx");
        let html = notices(&ignored, Lang::Nl);
        assert_eq!(html.matches("<li>").count(), ignored.len());
        assert!(html.contains("&lt;b&gt;") && !html.contains("<b>"));
        assert!(html.starts_with("<div class=\"wt-notices\" role=\"status\">"));
        assert!(html.ends_with(
            "<button type=\"button\" class=\"wt-btn\" data-act=\"dismiss\">Sluiten</button></div>"
        ));
        assert_eq!(notices(&[], Lang::Nl), "");
    }
}
