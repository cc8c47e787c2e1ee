//! The table of all areas: figures with their qualifiers, sources and notes, and the totals.
//! Each row is a component with its checkbox; the cells' content is the core's markup
//! (`core::fragments`), the same as in the static table of `index.html`.
use yew::prelude::*;

use crate::core::i18n::{texts, Lang};
use std::rc::Rc;

use crate::app::components::raw;
use crate::core::fragments;
use crate::core::selection::Selection;
use crate::core::state::Action;
use crate::core::view::{self, RowView, TotalView};

#[derive(Properties)]
pub struct RowProps {
    pub lang: Lang,
    pub row: Rc<RowView>,
    pub selected: bool,
    pub on_action: Callback<Action>,
}

/// Equal when it is the same row view: rows are memoized, so a new `Rc` means a new view
/// (comparing pointers, not every field, keeps the check quick and small).
impl PartialEq for RowProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && Rc::ptr_eq(&self.row, &other.row)
            && self.selected == other.selected
            && self.on_action == other.on_action
    }
}

/// One area's row. Its own component, so that a change re-renders only the rows whose view
/// changed (Yew skips a component whose props are equal); the callback must be stable.
#[function_component]
pub fn AreaRow(props: &RowProps) -> Html {
    let t = texts(props.lang);
    let (r, lang) = (&props.row, props.lang);
    let index = r.index;
    let on_change = props.on_action.reform(move |_: Event| Action::Toggle(index));
    html! {
        <tr data-area={r.id} data-off={(!props.selected).then_some("true")} data-hl={r.highlighted.then_some("true")}>
            <th scope="row">
                <label class="wt-pick">
                    <input type="checkbox" checked={props.selected} onchange={on_change} />
                    <span class="wt-area">{ r.name }</span>
                </label>
                { raw(fragments::row_head(r, lang)) }
                if r.highlighted { <span class="wt-hl-mark">{ "◆ " }{ t.bottlenecks_heading }</span> }
                { raw(fragments::row_boxes(r, lang)) }
            </th>
            <td>{ r.municipality }</td>
            { for r.cells.iter().map(|c| html! {
                <td class="wt-num" data-status={c.status.code()}>{ raw(fragments::cell(c, lang)) }</td>
            }) }
        </tr>
    }
}

/// The table. `rows` change with the language and the highlight only; the selection comes
/// apart, so that a change of selection re-renders only the rows it changes.
pub fn data_table(
    lang: Lang,
    rows: &[Rc<RowView>],
    totals: &[TotalView; 3],
    selection: Selection,
    on_action: &Callback<Action>,
) -> Html {
    let t = texts(lang);
    let headers = view::headers(lang);
    html! {
        <div class="wt-table-wrap" tabindex="0" role="region" aria-labelledby="wt-caption">
            <table class="wt-table wt-areas" id="wt-areas">
                <caption id="wt-caption">{ t.table_caption }</caption>
                <thead>
                    <tr>{ for headers.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr>
                </thead>
                <tbody>
                    // Not keyed: the rows are always the same 20 in the same order, so each row
                    // is matched by its place (and Yew's keyed-diff code stays out of the wasm).
                    { for rows.iter().map(|r| html! {
                        <AreaRow {lang} row={r.clone()}
                            selected={selection.contains(r.index)} on_action={on_action.clone()} />
                    }) }
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
