//! One per-home amount: a slider and a text field that accepts the ways people write euros.
use yew::prelude::*;

use crate::core::i18n::{texts, Lang};
use crate::core::state::{Action, AmountField, Category};

/// Slider range in euros; the text field accepts up to `MAX_PER_HOME_EUR`.
pub const SLIDER_MAX: u64 = 30_000;
pub const SLIDER_STEP: u64 = 250;

pub struct AmountProps<'a> {
    pub id: &'static str,
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
    let id = props.id;
    let (text_id, hint_id, err_id) =
        (format!("{id}-text"), format!("{id}-hint"), format!("{id}-err"));
    let c = props.category;
    let on_input = props.on_action.reform(move |e: InputEvent| {
        Action::TypeAmount(c, e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
    });
    let on_slide = props.on_action.reform(move |e: InputEvent| {
        let v = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
        Action::SlideAmount(c, v.parse::<u64>().unwrap_or(0))
    });
    let on_blur = props.on_action.reform(move |_: FocusEvent| Action::TidyAmount(c));
    let error = props.field.error.map(|e| e.message(props.lang));
    let described = if error.is_some() { format!("{hint_id} {err_id}") } else { hint_id.clone() };
    let value_text =
        crate::core::format::euro(i64::try_from(props.value).unwrap_or(i64::MAX), props.lang);
    let slider_label = t.slider;
    html! {
        <div class="wt-amount">
            <label for={text_id.clone()} class="wt-amount-label">{ props.label }</label>
            <p class="wt-hint" id={hint_id}>{ props.hint }</p>
            <div class="wt-amount-row">
                <span class="wt-euro" aria-hidden="true">{ "€" }</span>
                <input id={text_id} type="text" inputmode="numeric" autocomplete="off"
                    class="wt-amount-text" value={props.field.text.clone()}
                    aria-invalid={error.is_some().to_string()} aria-describedby={described}
                    oninput={on_input} onblur={on_blur} />
                <input type="range" class="wt-slider" min="0" max={SLIDER_MAX.to_string()}
                    step={SLIDER_STEP.to_string()} value={props.value.min(SLIDER_MAX).to_string()}
                    aria-label={format!("{}, {slider_label}", props.label)} aria-valuetext={value_text}
                    oninput={on_slide} />
            </div>
            if let Some(msg) = error {
                <p class="wt-error-msg" id={err_id}>{ msg }</p>
            }
        </div>
    }
}
