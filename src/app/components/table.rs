//! The table of all areas: figures with their qualifiers, sources and notes, and the totals.
use yew::prelude::*;

use crate::core::i18n::{texts, Lang};
use std::rc::Rc;

use crate::core::selection::Selection;
use crate::core::state::Action;
use crate::core::view::{self, CellStatus, CellView, NoteView, RowView, TotalView};

fn notes(list: &[NoteView]) -> Html {
    if list.is_empty() {
        return html! {};
    }
    html! {
        <ul class="wt-notes">
            { for list.iter().map(|n| html! {
                <li><strong>{ n.kind }{ ": " }</strong>{ n.text }
                    <blockquote lang="nl">{ n.quote }</blockquote></li>
            }) }
        </ul>
    }
}

/// A `<details>` whose content is put into the page only once its row has been opened: the
/// table has over a hundred source boxes, and leaving them out of the first render makes the
/// widget ready sooner. `list` marks a list under the area name (its notes, its bottlenecks)
/// rather than one figure's source: styled smaller, left-aligned.
fn disclosure(list: bool, summary: Html, content: impl FnOnce() -> Html, lazy: &Lazy<'_>) -> Html {
    html! {
        <details class="wt-fig" data-list={list.then_some("true")} ontoggle={lazy.on_toggle.clone()}>
            <summary>{ summary }</summary>
            if lazy.filled { { content() } }
        </details>
    }
}

/// A row's lazy disclosures: filled once any of them has been opened.
struct Lazy<'a> {
    filled: bool,
    on_toggle: &'a Callback<Event>,
}

fn cell(c: &CellView, lang: Lang, lazy: &Lazy<'_>) -> Html {
    let t = texts(lang);
    let status = c.status.code();
    let excluded = match &c.status {
        CellStatus::NotCounted(why) => Some(why.clone()),
        _ => None,
    };
    let Some(quote) = c.quote else {
        return html! { <td class="wt-num" data-status={status}>{ c.text.clone() }</td> };
    };
    html! {
        <td class="wt-num" data-status={status}>
            { disclosure(false, html! {
                <>
                    <span class="wt-val">{ c.text.clone() }</span>
                    if c.flagged { <span class="wt-flag">{ t.flagged }</span> }
                </>
            }, || html! {
                <div class="wt-srcbox">
                    if let Some(b) = c.box_text {
                        <p class="wt-boxtext">{ t.source_box }{ ": " }<q lang="nl">{ b }</q></p>
                    }
                    <p class="wt-srclabel">{ t.source }{ ":" }</p>
                    <blockquote lang="nl">{ quote }</blockquote>
                    { notes(&c.notes) }
                </div>
            }, lazy) }
            if let Some(why) = excluded { <span class="wt-why">{ why }</span> }
        </td>
    }
}

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
    let r = &props.row;
    let index = r.index;
    let on_change = props.on_action.reform(move |_: Event| Action::Toggle(index));
    let filled = use_state(|| false);
    let on_toggle = {
        let filled = filled.clone();
        Callback::from(move |e: Event| {
            if !*filled && e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open() {
                filled.set(true);
            }
        })
    };
    let lazy = Lazy { filled: *filled, on_toggle: &on_toggle };
    html! {
        <tr data-area={r.id} data-off={(!props.selected).then_some("true")} data-hl={r.highlighted.then_some("true")}>
            <th scope="row">
                <label class="wt-pick">
                    <input type="checkbox" checked={props.selected} onchange={on_change} />
                    <span class="wt-area">{ r.name }</span>
                </label>
                if let Some(p) = &r.page { <span class="wt-page">{ p.clone() }</span> }
                if r.no_figures { <span class="wt-nofig">{ t.no_figures }</span> }
                if r.highlighted { <span class="wt-hl-mark">{ "◆ " }{ t.bottlenecks_heading }</span> }
                if !r.notes.is_empty() {
                    { disclosure(true, html! { <span class="wt-flag">{ t.flagged }</span> },
                        || html! { <div class="wt-srcbox">{ notes(&r.notes) }</div> }, &lazy) }
                }
                if !r.bottlenecks.is_empty() {
                    { disclosure(true, html! { format!("{} ({})", t.bottlenecks_heading, r.bottlenecks.len()) }, || html! {
                        <div class="wt-srcbox"><ul class="wt-notes">
                            { for r.bottlenecks.iter().map(|(label, quote)| html! {
                                <li><strong>{ *label }</strong><blockquote lang="nl">{ *quote }</blockquote></li>
                            }) }
                        </ul></div>
                    }, &lazy) }
                }
            </th>
            <td>{ r.municipality }</td>
            { for r.cells.iter().map(|c| cell(c, props.lang, &lazy)) }
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
                            <td class="wt-num wt-total">
                                <span class="wt-val">{ tot.text.clone() }</span>
                                if !tot.detail.is_empty() { <span class="wt-why">{ tot.detail.clone() }</span> }
                            </td>
                        }) }
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}
