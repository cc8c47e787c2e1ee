//! Selection controls: all, none, and all areas of one municipality.
use yew::prelude::*;

use crate::app::components::raw;
use crate::core::fragments;
use crate::core::i18n::{texts, Lang};
use crate::core::state::Action;

/// `label` says how many areas are selected.
pub fn selection_controls(lang: Lang, label: &str, on_action: &Callback<Action>) -> Html {
    let t = texts(lang);
    let on_change = on_action.reform(|e: Event| {
        Action::SelectMunicipality(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value())
    });
    html! {
        <div class="wt-controls" role="group" aria-label={ t.choose_areas }>
            <span class="wt-count" id="wt-count">{ label.to_owned() }</span>
            <button type="button" class="wt-btn" data-act="all">{ t.all_areas }</button>
            <button type="button" class="wt-btn" data-act="none">{ t.no_areas }</button>
            <label class="wt-muni">
                <span>{ t.only_municipality }</span>
                <select onchange={on_change}>{ raw(fragments::municipality_options(lang)) }</select>
            </label>
        </div>
    }
}
