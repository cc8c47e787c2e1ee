//! Selection controls: all, none, and all areas of one municipality.
use yew::prelude::*;

use crate::core::dataset::AREAS;
use crate::core::i18n::{texts, Lang};
use crate::core::state::Action;

/// `label` says how many areas are selected.
pub fn selection_controls(lang: Lang, label: &str, on_action: &Callback<Action>) -> Html {
    let t = texts(lang);
    let mut municipalities: Vec<&'static str> = AREAS.iter().map(|a| a.municipality).collect();
    municipalities.sort_unstable();
    municipalities.dedup();
    let on_all = on_action.reform(|_: MouseEvent| Action::SelectAll);
    let on_none = on_action.reform(|_: MouseEvent| Action::SelectNone);
    let on_change = on_action.reform(|e: Event| {
        Action::SelectMunicipality(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value())
    });
    html! {
        <div class="wt-controls" role="group" aria-label={ t.choose_areas }>
            <span class="wt-count" id="wt-count">{ label.to_owned() }</span>
            <button type="button" class="wt-btn" onclick={on_all}>{ t.all_areas }</button>
            <button type="button" class="wt-btn" onclick={on_none}>{ t.no_areas }</button>
            <label class="wt-muni">
                <span>{ t.only_municipality }</span>
                <select onchange={on_change}>
                    <option value="" selected=true>{ t.choose }</option>
                    { for municipalities.iter().map(|m| html! { <option value={*m}>{ *m }</option> }) }
                </select>
            </label>
        </div>
    }
}
