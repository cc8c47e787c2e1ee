//! The search field, its live status and its results.
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::dataset::AREAS;
use crate::core::i18n::{texts, Lang};
use crate::core::link::{self, LinkState};
use crate::core::search::{answer, municipalities, Answer, Hit, Via};
use crate::core::selection::Selection;
use crate::core::state::Action;
use crate::features::share::view::bool_attr;
use crate::features::table::view::follow;

/// How a result matched, in words: "Wijken: Moerwijk", "gemeente Zaanstad".
fn via(v: Via, area: usize, lang: Lang) -> String {
    let o = &texts(lang).open;
    match v {
        Via::Area => o.via_area.to_string(),
        Via::Municipality => (o.via_municipality)(AREAS[area].municipality),
        Via::Named(kind, name) => (o.via)((o.name_kind)(kind), name),
    }
}

/// The search field with its status and results, for `query` (the root's state); a result
/// links to its area's view from the current `link` on the page at `base`.
pub fn search_box(
    lang: Lang,
    query: &str,
    selection: Selection,
    link: &LinkState,
    base: &str,
    on_action: &Callback<Action>,
) -> Html {
    let o = &texts(lang).open;
    let oninput = on_action.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::Search(input.value())
    });
    let typed = query.trim();
    let found = answer(typed);
    let status = match &found {
        Answer::Nothing => String::new(),
        Answer::TooShort => o.search_short.to_string(),
        Answer::NotFound => format!("{} {}.", (o.search_none)(typed), municipalities().join(", ")),
        Answer::Found(hits) => (o.search_found)(hits.len(), typed),
    };
    let hits: &[Hit] = if let Answer::Found(hits) = &found { hits } else { &[] };
    let area_href = |i: usize| {
        let mut to = link.clone();
        to.view.area = Some(i);
        AttrValue::from(link::standalone_url(base, &to))
    };
    html! {
        <div class="wt-search" role="search">
            <p class="wt-search-row">
                <label for="wt-search-q" class="wt-search-label">{ o.search_label }</label>
                <input id="wt-search-q" type="search" class="wt-search-field" autocomplete="off" spellcheck="false"
                    placeholder={o.search_placeholder} aria-describedby="wt-search-hint" aria-controls="wt-search-results"
                    value={query.to_string()} {oninput} />
                <span id="wt-search-hint" class="wt-sr-only">{ o.search_hint }</span>
            </p>
            <p role="status" class="wt-search-status">{ status }</p>
            <ul id="wt-search-results" class="wt-search-results">
                { for hits.iter().map(|h| {
                    let (index, area) = (h.area, &AREAS[h.area]);
                    let selected = selection.contains(h.area);
                    let how = via(h.via, h.area, lang);
                    html! {
                        <li>
                            <a href={area_href(h.area)} onclick={follow(on_action, Action::ShowArea(Some(h.area)))}>{ area.name }</a>
                            <span class="wt-via">{ format!(" ({how}) ") }</span>
                            <button type="button" class="wt-btn wt-search-pick" aria-pressed={bool_attr(selected)}
                                onclick={on_action.reform(move |_: MouseEvent| Action::Toggle(index))}>
                                { o.search_select }<span class="wt-sr-only">{ format!(": {}", area.name) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
