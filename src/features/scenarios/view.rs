//! The pin button with its outcome, and the comparison table. Functions of the root, not
//! components: they hold no state of their own.
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::i18n::{texts, Lang};
use crate::core::scenarios::{PinOutcome, MAX_LABEL};
use crate::core::state::Action;
use crate::features::scenarios::model::CompareView;

/// "Zet vast", and what it did in a status line (said by a screen reader): pinned as which,
/// or why nothing changed.
pub fn pin_button(
    lang: Lang,
    outcome: Option<PinOutcome>,
    v: &CompareView,
    on_action: &Callback<Action>,
) -> Html {
    let w = &texts(lang).scenarios;
    let said = match outcome {
        Some(PinOutcome::Pinned) => {
            let n = v.labels.len();
            v.labels.last().map_or_else(String::new, |l| (w.pinned)(l, n))
        }
        Some(PinOutcome::Full) => w.full.to_string(),
        Some(PinOutcome::Already) => w.already.to_string(),
        None => String::new(),
    };
    html! {
        <div class="wt-pin">
            <button type="button" class="wt-btn" onclick={on_action.reform(|_: MouseEvent| Action::Pin)}>{ w.pin }</button>
            <p class="wt-pin-status" role="status">{ said }</p>
        </div>
    }
}

/// The pinned scenarios side by side (nothing while none is pinned): the table
/// (`CompareView::markup`), and under it a line per scenario with its name field and its
/// buttons: open it in the calculator, move it left or right, remove it.
pub fn compare_table(lang: Lang, v: &CompareView, on_action: &Callback<Action>) -> Html {
    if v.labels.is_empty() {
        return Html::default();
    }
    let w = &texts(lang).scenarios;
    let count = v.labels.len();
    let controls = |i: usize| {
        let oninput = on_action.reform(move |e: InputEvent| {
            Action::RenamePinned(i, e.target_unchecked_into::<HtmlInputElement>().value())
        });
        let n = i + 1;
        // Each button's action is made from the scenario's position when it is clicked.
        let button = |action: fn(usize) -> Action, word: &'static str, shown: &'static str| {
            let onclick = on_action.reform(move |_: MouseEvent| action(i));
            html! {
                <button type="button" class="wt-btn" {onclick} aria-label={format!("{word}: {n}")} title={word}>{ shown }</button>
            }
        };
        html! {
            <li class="wt-sc-tools">
                <span class="wt-sc-n" aria-hidden="true">{ n }</span>
                <input type="text" class="wt-sc-name" maxlength={MAX_LABEL.to_string()} aria-label={(w.name)(n)}
                    value={v.names[i].clone()} placeholder={v.labels[i].clone()} {oninput} />
                { button(Action::LoadPinned, w.load, w.load) }
                if i > 0 { { button(|i| Action::MovePinned(i, i - 1), w.earlier, "←") } }
                if i + 1 < count { { button(|i| Action::MovePinned(i, i + 1), w.later, "→") } }
                { button(Action::Unpin, w.remove, "✕") }
            </li>
        }
    };
    html! {
        <section class="wt-compare" aria-labelledby="wt-compare-h">
            <h3 id="wt-compare-h">{ w.heading }</h3>
            <div class="wt-table-wrap" tabindex="0" role="region" aria-labelledby="wt-compare-h">
                { Html::from_html_unchecked(AttrValue::from(v.markup(lang))) }
            </div>
            <ol class="wt-sc-list">{ for (0..count).map(controls) }</ol>
        </section>
    }
}
