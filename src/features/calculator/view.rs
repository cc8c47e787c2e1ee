//! The calculator's components: an amount field (a text field and a slider), the amounts that
//! fit the maximum, the selection controls, the results with the pro-rata table, and the key
//! result. The pro-rata table, the hypothetical amounts and the list of areas are drawn only
//! while their disclosure is open (its `toggle` tells the state).
use std::rc::Rc;

use yew::prelude::*;

use crate::core::dataset::AREAS;
use crate::core::format;
use crate::core::funding::{Amounts, Funded};
use crate::core::i18n::{texts, Lang};
use crate::core::selection::Selection;
use crate::core::state::{Action, AmountField};
use crate::core::workings::{Explained, Open};
use crate::features::calculator::model::{CalcView, Suggestion};
use crate::features::calculator::workings::WorkingsView;
use crate::features::share::view::bool_attr;

/// Slider range and step in euros; the text field accepts up to `funding::MAX_PER_HOME_EUR`.
use crate::core::funding::{SLIDER_MAX_EUR as SLIDER_MAX, SLIDER_STEP_EUR as SLIDER_STEP};

/// Whether a `toggle` event's `<details>` is now open.
fn opened(e: &Event) -> bool {
    e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open()
}

#[derive(Properties, PartialEq)]
pub struct CalculatorProps {
    pub lang: Lang,
    pub calc: Rc<CalcView>,
    pub workings: Rc<WorkingsView>,
    /// The results whose working is open.
    pub open: Open,
    pub amounts: Amounts,
    pub fields: [AmountField; Funded::COUNT],
    pub selection: Selection,
    pub hypothetical_open: bool,
    pub picker_open: bool,
    pub pro_rata_open: bool,
    pub on_action: Callback<Action>,
}

/// The calculator section's content.
#[function_component]
pub fn Calculator(p: &CalculatorProps) -> Html {
    let t = texts(p.lang);
    let field =
        |c: Funded| amount_input(p.lang, c, p.amounts.get(c), &p.fields[c.index()], &p.on_action);
    let on_hypothetical = p.on_action.reform(|e: Event| Action::ShowHypothetical(opened(&e)));
    html! {
        <div class="wt-calc">
            <div class="wt-amounts">
                { field(Funded::NewHomes) }
                { fits(p) }
                <details class="wt-hypo" open={p.hypothetical_open} ontoggle={on_hypothetical}>
                    <summary>{ t.hypothetical }</summary>
                    if p.hypothetical_open {
                        { for Funded::ALL.into_iter().filter(|c| !c.capped()).map(field) }
                    }
                </details>
            </div>
            { selection_controls(p) }
            { results(p) }
        </div>
    }
}

/// One amount: its label and hint, a text field (the visitor's own text, with its error
/// message) and a slider, both setting the same amount.
fn amount_input(
    lang: Lang,
    c: Funded,
    value: u64,
    field: &AmountField,
    on_action: &Callback<Action>,
) -> Html {
    let t = texts(lang);
    let key = c.key();
    let (text_id, hint_id, err_id) =
        (format!("wt-amt-{key}"), format!("wt-amt-{key}-hint"), format!("wt-amt-{key}-err"));
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
    let label = (t.amount_label)(c);
    let value_text = format::euro(i64::try_from(value).unwrap_or(i64::MAX), lang);
    html! {
        <div class="wt-amount" data-amount={key}>
            <label for={text_id.clone()} class="wt-amount-label">{ label }</label>
            <p class="wt-hint" id={hint_id}>{ (t.amount_hint)(c) }</p>
            <div class="wt-amount-row">
                <span class="wt-euro" aria-hidden="true">{ "€" }</span>
                <input id={text_id} type="text" inputmode="numeric" autocomplete="off"
                    class="wt-amount-text" value={field.text.clone()}
                    aria-invalid={bool_attr(error.is_some())} aria-describedby={described}
                    oninput={on_input} onblur={on_blur} />
                <input type="range" class="wt-slider" min="0" max={SLIDER_MAX.to_string()}
                    step={SLIDER_STEP.to_string()} value={value.min(SLIDER_MAX).to_string()}
                    aria-label={format!("{label}, {}", t.slider)} aria-valuetext={value_text}
                    oninput={on_slide} />
            </div>
            if let Some(msg) = error {
                <p class="wt-error-msg" id={err_id}>{ msg }</p>
            }
        </div>
    }
}

/// The amounts at which all plans, and the selection alone, fit the maximum, each with its
/// "use this amount" button and its working.
fn fits(p: &CalculatorProps) -> Html {
    let (lang, calc, on_action) = (p.lang, &p.calc, &p.on_action);
    let t = texts(lang);
    let line = |s: &Suggestion, of: Explained| {
        let button = s.amount.map(|a| {
            let onclick = on_action.reform(move |_: MouseEvent| Action::UseAmount(Funded::NewHomes, a));
            let euro = format::euro(i64::try_from(a).unwrap_or(i64::MAX), lang);
            html! { <button type="button" class="wt-btn wt-use" {onclick}>{ format!("{} {euro}", t.use_amount) }</button> }
        });
        html! { <><p class="wt-fit">{ s.text.clone() }{ " " }{ for button }{ how_toggle(p, of) }</p>{ how_steps(p, of) }</> }
    };
    html! {
        <div class="wt-fits">
            { line(&calc.fit_all, Explained::FitAll) }
            if let Some(s) = &calc.fit_selection { { line(s, Explained::FitSelection) } }
        </div>
    }
}

/// All, none, the areas of one municipality, and every area one by one (folded away).
fn selection_controls(p: &CalculatorProps) -> Html {
    let t = texts(p.lang);
    let on_municipality = p.on_action.reform(|e: Event| {
        Action::SelectMunicipality(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value())
    });
    let on_toggle = p.on_action.reform(|e: Event| Action::ShowPicker(opened(&e)));
    // In alphabetical order, each once (the dataset lists the areas alphabetically).
    let mut municipalities: Vec<&str> = AREAS.iter().map(|a| a.municipality).collect();
    municipalities.dedup();
    html! {
        <div class="wt-selection">
            <div class="wt-controls" role="group" aria-label={t.choose_areas}>
                <span class="wt-count" id="wt-count">{ p.calc.selection_label.clone() }</span>
                <button type="button" class="wt-btn" onclick={p.on_action.reform(|_: MouseEvent| Action::SelectAll)}>{ t.all_areas }</button>
                <button type="button" class="wt-btn" onclick={p.on_action.reform(|_: MouseEvent| Action::SelectNone)}>{ t.no_areas }</button>
                <label class="wt-muni">
                    <span>{ t.only_municipality }</span>
                    <select onchange={on_municipality}>
                        <option value="" selected=true>{ t.choose }</option>
                        { for municipalities.into_iter().map(|m| html! { <option value={m}>{ m }</option> }) }
                    </select>
                </label>
            </div>
            <details class="wt-picker" open={p.picker_open} ontoggle={on_toggle}>
                <summary>{ t.pick_areas }</summary>
                if p.picker_open {
                    <ul class="wt-picks">
                        { for AREAS.iter().enumerate().map(|(i, a)| {
                            let onchange = p.on_action.reform(move |_: Event| Action::Toggle(i));
                            html! {
                                <li><label><input type="checkbox" checked={p.selection.contains(i)} {onchange} />{ a.name }</label></li>
                            }
                        }) }
                    </ul>
                }
            </details>
        </div>
    }
}

/// The contribution per category (the hypothetical ones only when their amount is set), the
/// comparison with the national maximum, the context lines, and the pro-rata payouts.
fn results(p: &CalculatorProps) -> Html {
    let t = texts(p.lang);
    let v = &p.calc;
    let on_toggle = p.on_action.reform(|e: Event| Action::ShowProRata(opened(&e)));
    html! {
        <section class="wt-results" aria-labelledby="wt-results-h">
            <h3 id="wt-results-h">{ t.results_heading }</h3>
            <div class="wt-cards">
                { for v.categories.iter().filter(|c| !c.zero).map(|card| html! {
                    <div class="wt-card" data-cat={card.category.key()} data-capped={bool_attr(card.category.capped())}>
                        <h4>{ card.label }</h4>
                        <p class="wt-card-homes">{ format!("{} × {}", card.homes, card.amount) }</p>
                        <p class="wt-card-money">{ card.funding.clone() }</p>
                        <p class="wt-card-compact">{ card.funding_compact.clone() }{ how_toggle(p, Explained::Funding(card.category)) }</p>
                        { how_steps(p, Explained::Funding(card.category)) }
                    </div>
                }) }
            </div>
            <dl class="wt-cap">
                <div><dt>{ t.share_of_max }</dt><dd><span class="wt-share-max">{ v.share_of_max.clone() }</span>{ how_toggle(p, Explained::ShareOfMax) }{ how_steps(p, Explained::ShareOfMax) }</dd></div>
                <div><dt>{ t.versus_max }</dt><dd><span class="wt-versus">{ v.versus_max.clone() }</span>{ how_toggle(p, Explained::VersusMax) }{ how_steps(p, Explained::VersusMax) }</dd></div>
                <div><dt>{ t.share_of_plans }</dt><dd>{ v.share_of_plans.clone() }{ how_toggle(p, Explained::ShareOfPlans) }{ how_steps(p, Explained::ShareOfPlans) }</dd></div>
            </dl>
            <p class="wt-covers">{ v.max_covers.clone() }{ how_toggle(p, Explained::MaxCovers) }</p>
            { how_steps(p, Explained::MaxCovers) }
            if !v.unknown_note.is_empty() {
                <p class="wt-unknown-note">{ v.unknown_note.clone() }</p>
            }
            <details class="wt-prorata" open={p.pro_rata_open} ontoggle={on_toggle}>
                <summary>{ t.pro_rata_summary }<span class="wt-prorata-sum">{ v.pro_rata_sum.clone() }</span></summary>
                if p.pro_rata_open { { pro_rata(p) } }
            </details>
        </section>
    }
}

/// "How is this worked out?" beside a result that has a working: a disclosure button (it
/// takes no room of its own while closed); `how_steps` lists the steps under the result while
/// it is open. Its state is kept in the link.
fn how_toggle(p: &CalculatorProps, of: Explained) -> Html {
    if !p.workings.available.contains(of) {
        return Html::default();
    }
    let w = &texts(p.lang).working;
    let open = p.open.contains(of);
    let onclick = p.on_action.reform(move |_: MouseEvent| Action::ShowWorking(of, !open));
    html! {
        <>{ " " }<button type="button" class="wt-how" aria-expanded={bool_attr(open)}
            aria-controls={format!("wt-how-{}", of.code())} {onclick}>
            { w.how }<span class="wt-sr-only">{ (w.about)(of) }</span>
        </button></>
    }
}

fn how_steps(p: &CalculatorProps, of: Explained) -> Html {
    match p.workings.lines(of) {
        Some(lines) if p.open.contains(of) => html! {
            <ol class="wt-how-steps" id={format!("wt-how-{}", of.code())}>
                { for lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }
            </ol>
        },
        _ => Html::default(),
    }
}

/// How the maximum is shared, with its working, and the table per area.
fn pro_rata(p: &CalculatorProps) -> Html {
    let (v, t) = (&p.calc, texts(p.lang));
    html! {
        <>
            <p>{ v.pro_rata_note.clone() }{ how_toggle(p, Explained::ProRata) }</p>
            { how_steps(p, Explained::ProRata) }
            if !v.pro_rata_rows.is_empty() {
                <div class="wt-table-wrap" tabindex="0" role="region" aria-label={t.pro_rata_per_area}>
                    <table class="wt-table wt-prorata-table">
                        <thead><tr>
                            <th scope="col">{ t.col_area }</th>
                            <th scope="col">{ t.claim }</th>
                            <th scope="col">{ t.pro_rata }</th>
                        </tr></thead>
                        <tbody>
                            { for v.pro_rata_rows.iter().map(|r| html! {
                                <tr><th scope="row">{ r.name }</th><td class="wt-num">{ r.claim.clone() }</td><td class="wt-num">{ r.payout.clone() }</td></tr>
                            }) }
                        </tbody>
                        <tfoot><tr>
                            <th scope="row" colspan="2">{ t.selection_total }</th>
                            <td class="wt-num">{ v.pro_rata_sum.clone() }</td>
                        </tr></tfoot>
                    </table>
                </div>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct KeyResultProps {
    pub lang: Lang,
    pub calc: Rc<CalcView>,
}

/// The key result in one line, in every section: how many areas are selected, what they
/// would get and its share of the maximum; and, for a screen reader, the whole result in a
/// sentence, announced after every change.
#[function_component]
pub fn KeyResult(p: &KeyResultProps) -> Html {
    let t = texts(p.lang);
    html! {
        <div class="wt-bar">
            <p class="wt-bar-text" aria-hidden="true">
                <span class="wt-bar-count">{ p.calc.selection_label.clone() }</span>
                <span class="wt-bar-label">{ t.bar_label }{ ": " }</span>
                <strong class="wt-bar-result">{ p.calc.key_result.clone() }</strong>
            </p>
            <p class="wt-sr-only" aria-live="polite" aria-atomic="true">{ p.calc.summary.clone() }</p>
        </div>
    }
}
