//! The table of all areas: figures with their qualifiers, sources and notes, and the totals.
//! The core writes it (`core::fragments::table`, the same markup as the static table in
//! `index.html`) once per language and highlight; the selection is applied to it by
//! `browser::sync_table` (checkboxes, rows left out, totals), so that toggling an area
//! re-renders nothing in the table and the checkbox keeps its focus.
use yew::prelude::*;

use std::rc::Rc;

use crate::app::components::raw;
use crate::core::dataset::Area;
use crate::core::state::Action;

/// `table` is `page::table`. Change events bubble: one listener for the twenty checkboxes,
/// which name their area by its code.
pub fn data_table(table: &Rc<str>, on_action: &Callback<Action>) -> Html {
    let on_change = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let code = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            if let Some((i, _)) = Area::by_id(&code) {
                on_action.emit(Action::Toggle(i));
            }
        })
    };
    html! {
        <div class="wt-table-wrap" tabindex="0" role="region" aria-labelledby="wt-caption"
            onchange={on_change}>
            { raw(table.clone()) }
        </div>
    }
}
