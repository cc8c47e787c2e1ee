//! Selection controls: all, none, and all areas of one municipality.
use yew::prelude::*;

use crate::core::dataset::AREAS;
use crate::core::i18n::{texts, Lang};

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub lang: Lang,
    pub label: String,
    pub on_all: Callback<()>,
    pub on_none: Callback<()>,
    pub on_municipality: Callback<String>,
}

#[function_component]
pub fn SelectionControls(props: &ControlsProps) -> Html {
    let t = texts(props.lang);
    let mut municipalities: Vec<&'static str> = AREAS.iter().map(|a| a.municipality).collect();
    municipalities.sort_unstable();
    municipalities.dedup();
    let on_all = props.on_all.reform(|_: MouseEvent| ());
    let on_none = props.on_none.reform(|_: MouseEvent| ());
    let on_change = props
        .on_municipality
        .reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlSelectElement>().value());
    html! {
        <div class="wt-controls" role="group" aria-label={ t.choose_areas }>
            <span class="wt-count" id="wt-count">{ props.label.clone() }</span>
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
