//! The calculator in the app: the three amount fields (a slider and a text field each), the
//! selection controls, and the results. Inputs and buttons are Yew elements; the cards and the
//! pro-rata table are the feature's markup, inside a `<details>` that stays a Yew element so
//! that it stays open while its content changes. A polite live region announces the summary.
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::html::raw;
use crate::core::act::Act;
use crate::core::dataset::Category;
use crate::core::format;
use crate::core::i18n::{texts, Lang};
use crate::core::state::{Action, AmountField, State};
use crate::features::calculator::markup;
use crate::features::calculator::model::CalcView;
use crate::features::heading;

/// Slider range and step in euros; the text field accepts up to `funding::MAX_PER_HOME_EUR`.
const SLIDER_MAX: u64 = 30_000;
const SLIDER_STEP: u64 = 250;

fn category_name(c: Category) -> &'static str {
    match c {
        Category::Build => "build",
        Category::Extra => "extra",
        Category::Retrofit => "retrofit",
    }
}

/// The calculator section, for `state` (its amounts, the visitor's texts in the three amount
/// fields, whether the pro-rata table is open; in an embed the summary bar goes right above
/// the fields: see `summary_bar`).
pub fn calculator(state: &State, view: &CalcView, on_action: &Callback<Action>) -> Html {
    let (lang, amounts, fields) = (state.lang, &state.amounts, &state.fields);
    let t = texts(lang);
    let hints = [t.amount_build_hint, t.amount_hypo_hint, t.amount_hypo_hint];
    let labels = [t.amount_build, t.amount_extra, t.amount_retrofit];
    html! {
        <section class="wt-calc" aria-labelledby="wt-calc-h">
            { raw(heading("wt-calc-h", t.calc_heading, None)) }
            <details class="wt-how">
                <summary>{ t.how_we_count }</summary>
                <p class="wt-model">{ t.money_model }</p>
            </details>
            if state.embed { { summary_bar(lang, view) } }
            <div class="wt-amounts">
                { for Category::ALL.into_iter().map(|c| {
                    let i = c.index();
                    // The amounts that fit belong to the one amount the maximum covers.
                    let after = if c == Category::Build { raw(markup::suggestions(view, lang)) } else { html! {} };
                    amount_input(lang, c, labels[i], hints[i], amounts.get(c), &fields[i], on_action, after)
                }) }
            </div>
            { selection_controls(lang, &view.selection_label, on_action) }
            { results(lang, view, state.pro_rata_open) }
        </section>
    }
}

#[allow(clippy::too_many_arguments)] // one field's parts, each used once
fn amount_input(
    lang: Lang,
    c: Category,
    label: &'static str,
    hint: &'static str,
    value: u64,
    field: &AmountField,
    on_action: &Callback<Action>,
    after: Html,
) -> Html {
    let name = category_name(c);
    let (text_id, hint_id, err_id) = (
        format!("wt-amt-{name}-text"),
        format!("wt-amt-{name}-hint"),
        format!("wt-amt-{name}-err"),
    );
    let on_input = on_action.reform(move |e: InputEvent| {
        Action::TypeAmount(c, e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
    });
    let on_slide = on_action.reform(move |e: InputEvent| {
        let v = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
        Action::SlideAmount(c, v.parse::<u64>().unwrap_or(0))
    });
    let on_blur = on_action.reform(move |_: FocusEvent| Action::TidyAmount(c));
    let error = field.error.map(|e| e.message(lang));
    let described = if error.is_some() { format!("{hint_id} {err_id}") } else { hint_id.clone() };
    let value_text = format::euro(i64::try_from(value).unwrap_or(i64::MAX), lang);
    let slider_label = format!("{label}, {}", texts(lang).slider);
    html! {
        <div class="wt-amount">
            { raw(markup::amount_label(&text_id, &hint_id, label, hint)) }
            <div class="wt-amount-row">
                <span class="wt-euro" aria-hidden="true">{ "€" }</span>
                <input id={text_id} type="text" inputmode="numeric" autocomplete="off"
                    class="wt-amount-text" value={field.text.clone()}
                    aria-invalid={if error.is_some() { "true" } else { "false" }} aria-describedby={described}
                    oninput={on_input} onblur={on_blur} />
                <input type="range" class="wt-slider" min="0" max={SLIDER_MAX.to_string()}
                    step={SLIDER_STEP.to_string()} value={value.min(SLIDER_MAX).to_string()}
                    aria-label={slider_label} aria-valuetext={value_text}
                    oninput={on_slide} />
            </div>
            if let Some(msg) = error {
                <p class="wt-error-msg" id={err_id}>{ msg }</p>
            }
            { after }
        </div>
    }
}

/// The key result in one line (`markup::summary_bar`). Standalone, it stays in view while the
/// visitor changes amounts or ticks areas (CSS `position: sticky`, placed by the root under the
/// header); in an embed, whose frame never scrolls, the calculator puts it just above the
/// amount fields.
pub fn summary_bar(lang: Lang, view: &CalcView) -> Html {
    raw(markup::summary_bar(view, lang))
}

/// All, none, and all areas of one municipality. `label` says how many areas are selected.
fn selection_controls(lang: Lang, label: &str, on_action: &Callback<Action>) -> Html {
    let t = texts(lang);
    let on_change = on_action.reform(|e: Event| {
        Action::SelectMunicipality(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value())
    });
    html! {
        <div class="wt-controls" role="group" aria-label={ t.choose_areas }>
            <span class="wt-count" id="wt-count">{ label.to_owned() }</span>
            <button type="button" class="wt-btn" data-act={Act::SelectAll.code()}>{ t.all_areas }</button>
            <button type="button" class="wt-btn" data-act={Act::SelectNone.code()}>{ t.no_areas }</button>
            <label class="wt-muni">
                <span>{ t.only_municipality }</span>
                <select onchange={on_change}>{ raw(markup::municipality_options(lang)) }</select>
            </label>
        </div>
    }
}

/// The results; the pro-rata table (twenty rows) is in the page only while it is open.
fn results(lang: Lang, v: &CalcView, pro_rata_open: bool) -> Html {
    let t = texts(lang);
    html! {
        <section class="wt-results" aria-labelledby="wt-results-h">
            { raw(heading("wt-results-h", t.results_heading, None)) }
            <p class="wt-sr-only" aria-live="polite" aria-atomic="true">{ v.summary.clone() }</p>
            { raw(markup::results(v, lang)) }
            <details class="wt-prorata">
                <summary>{ t.pro_rata_summary }<span class="wt-prorata-sum">{ v.pro_rata_sum.clone() }</span></summary>
                if pro_rata_open { { raw(markup::pro_rata(v, lang)) } }
            </details>
        </section>
    }
}

/// Whether `event`, a `toggle`, opened (`Some(true)`) or closed the pro-rata table's
/// `<details>`; `None` for any other element.
pub fn pro_rata_toggled(event: &web_sys::Event) -> Option<bool> {
    let details = event.target()?.dyn_into::<web_sys::HtmlDetailsElement>().ok()?;
    let class = details.get_attribute("class")?;
    class.split(' ').any(|c| c == "wt-prorata").then(|| details.open())
}
