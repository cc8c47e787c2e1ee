//! The area view in the app: the language buttons, the notices and the share bar around the
//! feature's markup. Shown instead of the whole widget when the link names an area (`a=`).
use yew::prelude::*;

use crate::app::browser;
use crate::app::html::raw;
use crate::core::dataset::PageTexts;
use crate::core::i18n::Lang;
use crate::core::link::{self, LinkState};
use crate::core::selection::Selection;
use crate::features::area::{markup, model::AreaView};

/// `state` is the current link (its `view.area` is this area).
pub fn area_view(lang: Lang, view: &AreaView, state: &LinkState, page: &PageTexts) -> Html {
    // The whole calculator, with this area selected, outside any embed.
    let mut full = *state;
    full.selection = Selection::none().with(view.row.index, true);
    full.view.area = None;
    full.view.embed = false;
    let full_link = link::standalone_url(&browser::base_url(), &full);
    html! {
        <article class="wt-area-view" aria-labelledby="wt-area-h">
            { raw(markup::area(view, &full_link, page, lang)) }
        </article>
    }
}
