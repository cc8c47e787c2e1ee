//! The calculator's results for the selection: money per category, the national maximum,
//! and pro-rata payouts. A polite live region announces the summary after each change.
use yew::prelude::*;

use crate::core::calc_view::CalcView;
use crate::core::i18n::{texts, Lang};

pub fn results(lang: Lang, v: &CalcView) -> Html {
    let t = texts(lang);
    html! {
        <section class="wt-results" aria-labelledby="wt-results-h">
            <h2 id="wt-results-h">{ t.results_heading }</h2>
            <p class="wt-sr-only" aria-live="polite" aria-atomic="true">{ v.summary.clone() }</p>
            <div class="wt-cards">
                { for v.categories.iter().enumerate().map(|(i, c)| html! {
                    <div class="wt-card" data-cat={i.to_string()} data-hypo={c.hypothetical.then_some("true")}>
                        <h3>{ c.label }</h3>
                        <p class="wt-card-homes">{ c.homes.clone() }{ " × " }{ c.amount.clone() }</p>
                        <p class="wt-card-money">{ c.funding.clone() }</p>
                        <p class="wt-card-compact">{ c.funding_compact.clone() }</p>
                    </div>
                }) }
            </div>
            <dl class="wt-cap">
                <div><dt>{ t.share_of_max }</dt>
                    <dd class="wt-share-max">{ v.share_of_max.clone() }</dd></div>
                <div><dt>{ t.versus_max }</dt>
                    <dd class="wt-versus">{ v.versus_max.clone() }</dd></div>
                <div><dt>{ t.share_of_plans }</dt>
                    <dd>{ v.share_of_plans.clone() }</dd></div>
            </dl>
            <p>{ v.max_covers.clone() }</p>
            <p class="wt-context">{ v.national_context.clone() }</p>
            if !v.unknown_note.is_empty() { <p class="wt-unknown-note">{ v.unknown_note.clone() }</p> }
            <details class="wt-prorata">
                <summary>{ t.pro_rata_summary }<span class="wt-prorata-sum">{ v.pro_rata_sum.clone() }</span></summary>
                <p>{ v.pro_rata_note.clone() }</p>
                if !v.pro_rata_rows.is_empty() {
                    <div class="wt-table-wrap" tabindex="0" role="region" aria-label={ t.pro_rata_per_area }>
                    <table class="wt-table wt-prorata-table">
                        <thead><tr>
                            <th scope="col">{ t.col_area }</th>
                            <th scope="col">{ t.claim }</th>
                            <th scope="col">{ t.pro_rata }</th>
                        </tr></thead>
                        <tbody>
                            { for v.pro_rata_rows.iter().map(|r| html! {
                                <tr><th scope="row">{ r.name }</th><td class="wt-num">{ r.claim.clone() }</td>
                                    <td class="wt-num">{ r.payout.clone() }</td></tr>
                            }) }
                        </tbody>
                        <tfoot><tr><th scope="row" colspan="2">{ t.selection_total }</th>
                            <td class="wt-num">{ v.pro_rata_sum.clone() }</td></tr></tfoot>
                    </table>
                    </div>
                }
            </details>
        </section>
    }
}
