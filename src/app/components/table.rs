//! The table of all areas: figures with their qualifiers, sources and notes, and the totals.
//! The cells' content is the core's markup (`core::fragments`), the same as in the static
//! table of `index.html`, written once per language and highlight; a change of selection
//! re-renders the rows' few elements and compares their markup.
use yew::prelude::*;

use crate::core::i18n::{texts, Lang};
use std::rc::Rc;

use crate::app::components::raw;
use crate::core::dataset::Area;
use crate::core::fragments::{self, RowMarkup};
use crate::core::selection::Selection;
use crate::core::state::Action;
use crate::core::view::{self, RowView, TotalView};

/// One area's row: its checkbox (the table's one change listener handles them all, by the
/// checkbox's value, the area's code) and the markup written with the rows.
fn area_row(lang: Lang, r: &RowView, m: &RowMarkup, selected: bool) -> Html {
    let t = texts(lang);
    html! {
        <tr data-area={r.id} data-off={(!selected).then_some("true")} data-hl={r.highlighted.then_some("true")}>
            <th scope="row">
                <label class="wt-pick">
                    <input type="checkbox" value={r.id} checked={selected} />
                    <span class="wt-area">{ r.name }</span>
                </label>
                { raw(m.head.clone()) }
                if r.highlighted { <span class="wt-hl-mark">{ "◆ " }{ t.bottlenecks_heading }</span> }
                { raw(m.boxes.clone()) }
            </th>
            <td>{ r.municipality }</td>
            { for r.cells.iter().zip(&m.cells).map(|(c, html)| html! {
                <td class="wt-num" data-status={c.status.code()}>{ raw(html.clone()) }</td>
            }) }
        </tr>
    }
}

/// The table. `rows` change with the language and the highlight only; the selection comes
/// apart, so that a change of selection re-renders only the rows it changes.
pub fn data_table(
    lang: Lang,
    rows: &[(Rc<RowView>, RowMarkup)],
    totals: &[TotalView; 3],
    selection: Selection,
    on_action: &Callback<Action>,
) -> Html {
    let t = texts(lang);
    let headers = view::headers(lang);
    // Change events bubble: one listener for the twenty checkboxes.
    let on_change = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let code = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            if let Some((i, _)) = Area::by_id(&code) {
                on_action.emit(Action::Toggle(i));
            }
        })
    };
    html! {
        <div class="wt-table-wrap" tabindex="0" role="region" aria-labelledby="wt-caption">
            <table class="wt-table wt-areas" id="wt-areas">
                <caption id="wt-caption">{ t.table_caption }</caption>
                <thead>
                    <tr>{ for headers.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr>
                </thead>
                <tbody onchange={on_change}>
                    // Not keyed: the rows are always the same 20 in the same order, so each row
                    // is matched by its place (and Yew's keyed-diff code stays out of the wasm).
                    { for rows.iter().map(|(r, m)| area_row(lang, r, m, selection.contains(r.index))) }
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row" colspan="2">{ t.total }</th>
                        { for totals.iter().map(|tot| html! {
                            <td class="wt-num wt-total">{ raw(fragments::total(tot)) }</td>
                        }) }
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}
