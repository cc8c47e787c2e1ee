//! The areas table in the app, and the two browser effects that belong to it.
//!
//! The table's markup (`markup::table`) is inserted whole and changes only with the language
//! and the highlight. `sync` applies the selection to it (ticks the checkboxes, marks the rows
//! left out, writes the totals), so that ticking an area re-renders nothing in the table and
//! its checkbox keeps focus. `fill_source_box` fills a source box when it is first opened.
//! The checkboxes' changes reach the root's one change listener by their act.
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::html::raw;
use crate::core::act::{self, Act};
use crate::core::dataset::PageTexts;
use crate::core::i18n::{texts, Lang};
use crate::core::selection::Selection;
use crate::core::sort::Sort;
use crate::core::state::Action;
use crate::features::sources::FILL_ATTR;
use crate::features::table::markup;
use crate::features::table::model::TotalView;

/// `table` is `markup::table` in `TableMode::App`. Above it, the sort list, which the
/// narrow layout shows in place of the (hidden) header row's sort buttons.
pub fn areas_table(
    lang: Lang,
    sort: Option<Sort>,
    table: &Rc<str>,
    on_action: &Callback<Action>,
) -> Html {
    let on_sort = on_action.reform(|e: Event| {
        Action::SetSort(Sort::parse(
            &e.target_unchecked_into::<web_sys::HtmlSelectElement>().value(),
        ))
    });
    html! {
        <div class="wt-areas-box">
            <label class="wt-sortpick">
                <span>{ texts(lang).sort_label }</span>
                <select onchange={on_sort}>{ raw(markup::sort_options(sort, lang)) }</select>
            </label>
            <div class="wt-table-wrap" tabindex="0" role="region" aria-labelledby="wt-caption">
                { raw(table.clone()) }
            </div>
        </div>
    }
}

/// Applies the selection to the app's table under `root`.
pub fn sync(root: &web_sys::Element, selection: Selection, totals: &[TotalView; 3]) {
    let Ok(Some(table)) = root.query_selector("#wt-areas") else { return };
    if let Ok(boxes) = table.query_selector_all("tbody input[type=checkbox]") {
        for i in 0..boxes.length() {
            let Some(input) =
                boxes.get(i).and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                continue;
            };
            let Some(Act::Toggle(area)) =
                input.get_attribute(act::ATTR).as_deref().and_then(Act::parse)
            else {
                continue;
            };
            let on = selection.contains(area);
            input.set_checked(on);
            if let Ok(Some(row)) = input.closest("tr") {
                let _ = if on {
                    row.remove_attribute("data-off")
                } else {
                    row.set_attribute("data-off", "true")
                };
            }
        }
    }
    if let Ok(cells) = table.query_selector_all("tfoot .wt-total") {
        for (i, tot) in totals.iter().enumerate() {
            if let Some(cell) = u32::try_from(i).ok().and_then(|i| cells.get(i)) {
                cell.unchecked_into::<web_sys::Element>().set_inner_html(&markup::total_cell(tot));
            }
        }
    }
}

/// Fills a source box (this table's or the national figures') when it is first opened, with
/// what `features::source_box` gives for its code. Called for every `toggle` in the widget,
/// caught on its way down (it does not bubble).
pub fn fill_source_box(event: &web_sys::Event, page: &PageTexts) {
    let Some(details) =
        event.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
    else {
        return;
    };
    let Some(code) = details.get_attribute(FILL_ATTR) else { return };
    if !details.open() {
        return;
    }
    let lang = details
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|el| el.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    if let Some(html) = crate::features::source_box(&code, page, lang) {
        let _ = details.insert_adjacent_html("beforeend", &html);
    }
    let _ = details.remove_attribute(FILL_ATTR);
}
