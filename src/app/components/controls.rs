//! Selection controls: all, none, and all areas of one municipality.
use yew::prelude::*;

use crate::core::dataset::AREAS;
use crate::core::i18n::Lang;

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
    let nl = props.lang == Lang::Nl;
    let mut municipalities: Vec<&'static str> = AREAS.iter().map(|a| a.municipality).collect();
    municipalities.sort_unstable();
    municipalities.dedup();
    let on_all = props.on_all.reform(|_: MouseEvent| ());
    let on_none = props.on_none.reform(|_: MouseEvent| ());
    let on_change = props
        .on_municipality
        .reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlSelectElement>().value());
    html! {
        <div class="wt-controls" role="group" aria-label={ if nl { "Gebieden kiezen" } else { "Choose areas" } }>
            <span class="wt-count" id="wt-count">{ props.label.clone() }</span>
            <button type="button" class="wt-btn" onclick={on_all}>{ if nl { "Alle gebieden" } else { "All areas" } }</button>
            <button type="button" class="wt-btn" onclick={on_none}>{ if nl { "Geen" } else { "None" } }</button>
            <label class="wt-muni">
                <span>{ if nl { "Alleen gemeente" } else { "Only municipality" } }</span>
                <select onchange={on_change}>
                    <option value="" selected=true>{ if nl { "kies…" } else { "choose…" } }</option>
                    { for municipalities.iter().map(|m| html! { <option value={*m}>{ *m }</option> }) }
                </select>
            </label>
        </div>
    }
}
