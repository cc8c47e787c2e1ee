//! The areas table: a sort list and, per column, a sort button in its header (`aria-sort`
//! says how the table is sorted); per area one compact row: a checkbox with its name, a
//! button that opens the row's sources and notes below it, and its figures; the totals of the
//! selection, and under the table what the totals leave out; the CSV download.
use std::rc::Rc;

use yew::prelude::*;

#[cfg(not(target_arch = "wasm32"))]
use crate::core::dataset::AREAS;
use crate::core::dataset::{Measure, PageTexts};
use crate::core::i18n::{texts, Lang};
use crate::core::link::{self, LinkState};
use crate::core::selection::Selection;
use crate::core::sort::{Column, Direction, Sort};
use crate::core::state::Action;
use crate::features::share::view::bool_attr;
use crate::features::share::Command;
use crate::features::sources::quote::use_page_texts;
use crate::features::table::model::{self, CellStatus, CellView, RowView, TotalView};

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub lang: Lang,
    /// Every area's row, in the table's order.
    pub rows: Rc<Vec<RowView>>,
    pub totals: Rc<[TotalView; Measure::COUNT]>,
    pub selection: Selection,
    pub sort: Option<Sort>,
    /// The area whose sources and notes are open.
    pub open: Option<usize>,
    /// Every row open (the static page: without JavaScript nothing can open them).
    #[prop_or_default]
    pub all_open: bool,
    /// The link to this view and the page's address, for the links to an area's own view.
    pub link: LinkState,
    pub base: AttrValue,
    pub on_action: Callback<Action>,
    pub on_command: Callback<Command>,
}

#[function_component]
pub fn AreasTable(p: &TableProps) -> Html {
    let t = texts(p.lang);
    let page = use_page_texts();
    let on_sort = p.on_action.reform(|e: Event| {
        Action::SetSort(Sort::parse(
            &e.target_unchecked_into::<web_sys::HtmlSelectElement>().value(),
        ))
    });
    let headers = model::headers(p.lang);
    let measures = || Measure::ALL.into_iter();
    html! {
        <div class="wt-areas-box">
            <div class="wt-table-tools">
                <label class="wt-sortpick">
                    <span>{ t.sort_label }</span>
                    <select onchange={on_sort}>{ sort_options(p.sort, p.lang) }</select>
                </label>
                <button type="button" class="wt-btn wt-csv" onclick={p.on_command.reform(|_: MouseEvent| Command::Csv)}>{ t.download_csv }</button>
            </div>
            <div class="wt-table-wrap" tabindex="0" role="region" aria-labelledby="wt-caption">
                <table class="wt-table wt-areas" id="wt-areas">
                    <caption id="wt-caption">{ t.table_caption }</caption>
                    <thead><tr>
                        { for Column::ALL.into_iter().zip(headers).filter(|(c, _)| *c != Column::Municipality)
                            .map(|(c, label)| sort_header(c, label, p)) }
                    </tr></thead>
                    <tbody>
                        { for p.rows.iter().map(|r| row(r, p, &page)) }
                    </tbody>
                    <tfoot><tr>
                        <th scope="row">{ t.total }</th>
                        { for measures().map(|m| html! {
                            <td class="wt-num wt-total" data-measure={m.code()}><span class="wt-val">{ p.totals[m.index()].text.clone() }</span></td>
                        }) }
                    </tr></tfoot>
                </table>
            </div>
            <details class="wt-total-notes">
                <summary>{ t.totals_left_out }</summary>
                <ul>
                    { for measures().filter(|m| !p.totals[m.index()].detail.is_empty()).map(|m| html! {
                        <li><strong>{ (t.measure)(m) }{ ": " }</strong>{ p.totals[m.index()].detail.clone() }</li>
                    }) }
                </ul>
            </details>
            <p class="wt-flag-key"><span class="wt-flag" aria-hidden="true">{ "!" }</span>{ " " }{ t.flag_key }</p>
        </div>
    }
}

/// A column header that sorts the table: a button (keyboard operable, named by the header's
/// text), and `aria-sort` on the sorted column (the stylesheet draws the arrow from it). At
/// narrow widths a figure column shows a short heading; the full one stays its name.
fn sort_header(column: Column, label: &'static str, p: &TableProps) -> Html {
    let current = p.sort.filter(|s| s.column == column).map(|s| s.direction);
    let aria_sort = current.map(|d| match d {
        Direction::Ascending => "ascending",
        Direction::Descending => "descending",
    });
    let onclick = p.on_action.reform(move |_: MouseEvent| Action::SortBy(column));
    let short = match column {
        Column::Figure(m) => Some((texts(p.lang).table.short_headers)(m)),
        _ => None,
    };
    html! {
        <th scope="col" aria-sort={aria_sort} data-col={column.code()}>
            <button type="button" class="wt-sort" data-sort={column.code()} {onclick}>
                if let Some(short) = short {
                    <span class="wt-long">{ label }</span>
                    <span class="wt-short" aria-hidden="true">{ short }</span>
                } else {
                    { label }
                }
            </button>
        </th>
    }
}

/// The options of the sort list: the booklet's order, then each column in both directions;
/// `sort` is selected.
fn sort_options(sort: Option<Sort>, lang: Lang) -> Html {
    let t = texts(lang);
    let options = Column::ALL.into_iter().zip(model::headers(lang)).flat_map(|(column, name)| {
        let words = match column {
            Column::Area | Column::Municipality => t.sort_names,
            Column::Figure(_) => t.sort_figures,
        };
        [Direction::Ascending, Direction::Descending].into_iter().zip(words).map(move |(d, w)| {
            let s = Sort { column, direction: d };
            (s, format!("{name}: {w}"))
        })
    });
    html! {
        <>
            <option value="" selected={sort.is_none()}>{ t.sort_booklet }</option>
            { for options.map(|(s, label)| html! {
                <option value={s.code()} selected={sort == Some(s)}>{ label }</option>
            }) }
        </>
    }
}

fn row(r: &RowView, p: &TableProps, page: &PageTexts) -> Html {
    let t = texts(p.lang);
    let i = r.index;
    // Every row is open only in the static page, which the wasm never renders.
    let open = (cfg!(not(target_arch = "wasm32")) && p.all_open) || p.open == Some(i);
    let detail_id = format!("wt-d-{}", r.id);
    let toggle = p.on_action.reform(move |_: Event| Action::Toggle(i));
    let opener = p.on_action.reform(move |_: MouseEvent| Action::OpenRow((!open).then_some(i)));
    let flagged = !r.notes.is_empty();
    html! {
        <>
            <tr key={r.id} data-area={r.id} data-off={(!p.selection.contains(i)).then_some("true")}
                data-hl={r.highlighted.then_some("true")}>
                <th scope="row">
                    <div class="wt-rowhead">
                        <label class="wt-pick">
                            <input type="checkbox" checked={p.selection.contains(i)} onchange={toggle} />
                            <span>{ r.name }</span>
                        </label>
                        if flagged { { flag(p.lang) } }
                        <button type="button" class="wt-more" aria-expanded={bool_attr(open)}
                            aria-controls={detail_id.clone()} aria-label={(t.table.open_details)(r.name)}
                            onclick={opener}></button>
                    </div>
                    if r.highlighted {
                        <span class="wt-hl-mark">{ "◆ " }{ t.bottlenecks_heading }</span>
                    }
                </th>
                { for r.cells.iter().zip(Measure::ALL).map(|(c, m)| cell(c, m, p.lang)) }
            </tr>
            if open {
                <tr key={format!("{}-d", r.id)} class="wt-detail" id={detail_id}>
                    <td colspan={(1 + Measure::COUNT).to_string()}>
                        { detail(p, r, page) }
                    </td>
                </tr>
            }
        </>
    }
}

/// The link to area `i`'s own view, from this view.
fn area_href(state: &LinkState, base: &str, i: usize) -> AttrValue {
    let mut to = state.clone();
    to.view.area = Some(i);
    link::standalone_url(base, &to).into()
}

/// Follows an in-widget link without reloading the page (a new tab or window, with a
/// modifier key, still loads it).
pub fn follow(on_action: &Callback<Action>, action: Action) -> Callback<MouseEvent> {
    on_action.reform(move |e: MouseEvent| {
        if !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key()) {
            e.prevent_default();
        }
        action.clone()
    })
}

/// The visible "!" of a figure or area with a note, with its words for a screen reader.
fn flag(lang: Lang) -> Html {
    html! {
        <span class="wt-flag"><span aria-hidden="true">{ "!" }</span><span class="wt-sr-only">{ texts(lang).flagged }</span></span>
    }
}

fn cell(c: &CellView, m: Measure, lang: Lang) -> Html {
    let status = c.status.code();
    let why = match &c.status {
        CellStatus::NotCounted(why) => Some(why.clone()),
        _ => None,
    };
    html! {
        <td class="wt-num" data-status={status} data-measure={m.code()}>
            <span class="wt-val">{ c.text.clone() }</span>
            if c.flagged { { flag(lang) } }
            if let Some(why) = why { <span class="wt-sr-only">{ format!(" ({why})") }</span> }
        </td>
    }
}

/// One area's sources and notes, opened below its row: its fixed part (`detail_static`, the
/// page's in the browser build), and the link to its own view.
fn detail(p: &TableProps, r: &RowView, page: &PageTexts) -> Html {
    let t = texts(p.lang);
    #[cfg(target_arch = "wasm32")]
    let body = crate::features::sources::view::page_part(
        &crate::core::dataset::area_part_id('d', r.id, p.lang),
        page,
        p.lang,
    );
    #[cfg(not(target_arch = "wasm32"))]
    let body = detail_static(page, r, p.lang);
    html! {
        <div class="wt-srcbox">
            { body }
            <p class="wt-area-link">
                <a href={area_href(&p.link, &p.base, r.index)} onclick={follow(&p.on_action, Action::ShowArea(Some(r.index)))}>{ t.area_link }</a>
            </p>
        </div>
    }
}

/// What a row's sources and notes show, the same for every visit in a language: the
/// municipality and page, per figure its value, box, sentence and notes (and why it is not
/// counted), the area's notes and bottlenecks. Written natively: the static page prints it,
/// and carries it for each area and language as a part that the browser build shows as it is
/// (`sources::view::page_part`), which keeps this code out of the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub fn detail_static(page: &PageTexts, r: &RowView, lang: Lang) -> Html {
    use crate::features::sources::quote::{bottlenecks, figure_source, notes};
    let t = texts(lang);
    let area = &AREAS[r.index];
    let mut sub = format!("{}: {}", t.col_municipality, area.municipality);
    if let Some(pg) = &r.page {
        sub.push_str(" · ");
        sub.push_str(pg);
    }
    html! {
        <>
            <p class="wt-detail-sub">{ sub }</p>
            if r.no_figures { <p>{ t.no_figures }</p> }
            { for r.cells.iter().zip(Measure::ALL).filter(|(c, _)| c.quote.is_some()).map(|(c, m)| html! {
                <div class="wt-detail-fig">
                    <h3>{ (t.measure)(m) }{ ": " }{ c.text.clone() }</h3>
                    if let CellStatus::NotCounted(why) = &c.status { <p class="wt-why">{ why.clone() }</p> }
                    { figure_source(page, c, lang) }
                </div>
            }) }
            if !r.notes.is_empty() {
                <h3>{ t.area.notes }</h3>
                { notes(page, &r.notes, lang) }
            }
            if !r.bottlenecks.is_empty() {
                <h3>{ t.bottlenecks_heading }</h3>
                { bottlenecks(page, &r.bottlenecks, lang) }
            }
        </>
    }
}
