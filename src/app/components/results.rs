//! The calculator's results for the selection: money per category, the national maximum,
//! and pro-rata payouts. A polite live region announces the summary after each change.
//! The cards and the pro-rata table are the core's markup (`core::fragments`); the
//! `<details>` stays a Yew element, so that it stays open while its content changes.
use yew::prelude::*;

use crate::app::components::raw;
use crate::core::calc_view::CalcView;
use crate::core::fragments;
use crate::core::i18n::{texts, Lang};

pub fn results(lang: Lang, v: &CalcView) -> Html {
    let t = texts(lang);
    html! {
        <section class="wt-results" aria-labelledby="wt-results-h">
            { raw(fragments::heading("wt-results-h", t.results_heading, None)) }
            <p class="wt-sr-only" aria-live="polite" aria-atomic="true">{ v.summary.clone() }</p>
            { raw(fragments::results(v, lang)) }
            <details class="wt-prorata">
                <summary>{ t.pro_rata_summary }<span class="wt-prorata-sum">{ v.pro_rata_sum.clone() }</span></summary>
                { raw(fragments::pro_rata(v, lang)) }
            </details>
        </section>
    }
}
