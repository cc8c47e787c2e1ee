//! One per-home amount: a slider and a text field that accepts the ways people write euros.
use yew::prelude::*;

use crate::app::components::raw;
use crate::core::fragments;
use crate::core::i18n::{texts, Lang};
use crate::core::state::{Action, AmountField, Category};

/// Slider range in euros; the text field accepts up to `MAX_PER_HOME_EUR`. The markup writes
/// them as literal attributes.
pub const SLIDER_MAX: u64 = 30_000;
pub const SLIDER_STEP: u64 = 250;
const _: () = assert!(SLIDER_MAX == 30_000 && SLIDER_STEP == 250);

/// Element ids per category: the text field, its hint, its error message, and hint and error
/// together (what the field is described by while it shows an error).
const IDS: [[&str; 4]; 3] = [
    [
        "wt-amt-build-text",
        "wt-amt-build-hint",
        "wt-amt-build-err",
        "wt-amt-build-hint wt-amt-build-err",
    ],
    [
        "wt-amt-extra-text",
        "wt-amt-extra-hint",
        "wt-amt-extra-err",
        "wt-amt-extra-hint wt-amt-extra-err",
    ],
    [
        "wt-amt-retrofit-text",
        "wt-amt-retrofit-hint",
        "wt-amt-retrofit-err",
        "wt-amt-retrofit-hint wt-amt-retrofit-err",
    ],
];

pub struct AmountProps<'a> {
    pub lang: Lang,
    pub label: &'static str,
    pub hint: &'static str,
    pub value: u64,
    pub field: &'a AmountField,
    pub category: Category,
    pub on_action: &'a Callback<Action>,
}

pub fn amount_input(props: &AmountProps<'_>) -> Html {
    let t = texts(props.lang);
    let c = props.category;
    let [text_id, hint_id, err_id, hint_err] = IDS[c.index()];
    let on_input = props.on_action.reform(move |e: InputEvent| {
        Action::TypeAmount(c, e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
    });
    let on_slide = props.on_action.reform(move |e: InputEvent| {
        let v = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
        Action::SlideAmount(c, v.parse::<u64>().unwrap_or(0))
    });
    let on_blur = props.on_action.reform(move |_: FocusEvent| Action::TidyAmount(c));
    let error = props.field.error.map(|e| e.message(props.lang));
    let described = if error.is_some() { hint_err } else { hint_id };
    let value_text =
        crate::core::format::euro(i64::try_from(props.value).unwrap_or(i64::MAX), props.lang);
    let slider_label = t.slider;
    html! {
        <div class="wt-amount">
            { raw(fragments::amount_label(text_id, hint_id, props.label, props.hint)) }
            <div class="wt-amount-row">
                <span class="wt-euro" aria-hidden="true">{ "€" }</span>
                <input id={text_id} type="text" inputmode="numeric" autocomplete="off"
                    class="wt-amount-text" value={props.field.text.clone()}
                    aria-invalid={if error.is_some() { "true" } else { "false" }} aria-describedby={described}
                    oninput={on_input} onblur={on_blur} />
                <input type="range" class="wt-slider" min="0" max="30000"
                    step="250" value={props.value.min(SLIDER_MAX).to_string()}
                    aria-label={format!("{}, {slider_label}", props.label)} aria-valuetext={value_text}
                    oninput={on_slide} />
            </div>
            if let Some(msg) = error {
                <p class="wt-error-msg" id={err_id}>{ msg }</p>
            }
        </div>
    }
}
