//! The area view: name and subtitle, the three figures each with its source to open beside
//! it, the money lines, the area's notes and bottlenecks, and the link to the whole
//! calculator with this area selected. Shown instead of the whole widget (`a=`).
use std::rc::Rc;

use yew::prelude::*;

use crate::core::dataset::{Measure, AREAS};
use crate::core::i18n::{texts, Lang};
use crate::core::state::Action;
use crate::features::area::model::AreaView;
use crate::features::sources::quote::{bottlenecks, figure_source, names, notes, use_page_texts};
use crate::features::table::model::CellStatus;
use crate::features::table::view::follow;

#[derive(Properties, PartialEq)]
pub struct AreaProps {
    pub lang: Lang,
    pub view: Rc<AreaView>,
    /// The whole calculator with this area selected.
    pub full_link: AttrValue,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn AreaPage(p: &AreaProps) -> Html {
    let t = texts(p.lang);
    let page = use_page_texts();
    let (v, r) = (&p.view, &p.view.row);
    html! {
        <article class="wt-area-view" aria-labelledby="wt-area-h">
            <h1 id="wt-area-h">{ r.name }</h1>
            <p class="wt-area-sub">{ v.subtitle.clone() }</p>
            <dl class="wt-area-figs">
                { for Measure::ALL.into_iter().map(|m| {
                    let cell = &r.cells[m.index()];
                    html! {
                        <div class="wt-area-fig">
                            <dt>{ (t.measure)(m) }</dt>
                            <dd>
                                <span class="wt-stat-value">{ cell.text.clone() }</span>
                                if cell.flagged { <span class="wt-flag">{ t.flagged }</span> }
                                if let CellStatus::NotCounted(why) = &cell.status {
                                    <span class="wt-why">{ why.clone() }</span>
                                }
                                if cell.quote.is_some() {
                                    <details class="wt-src">
                                        <summary>{ t.source }</summary>
                                        <div class="wt-srcbox">{ figure_source(&page, cell, p.lang) }</div>
                                    </details>
                                }
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <section class="wt-area-money" aria-labelledby="wt-area-money-h">
                <h2 id="wt-area-money-h">{ t.area.heading }</h2>
                if let Some(text) = v.no_money {
                    <p>{ text }</p>
                } else {
                    <dl class="wt-cap">
                        { for v.money.iter().map(|(label, value)| html! {
                            <div><dt>{ *label }</dt><dd>{ value.clone() }</dd></div>
                        }) }
                    </dl>
                }
            </section>
            if !r.notes.is_empty() {
                <h2>{ t.area.notes }</h2>
                { notes(&page, &r.notes, p.lang) }
            }
            if !r.bottlenecks.is_empty() {
                <h2>{ t.bottlenecks_heading }</h2>
                { bottlenecks(&page, &r.bottlenecks, p.lang) }
            }
            if !AREAS[r.index].context.is_empty() {
                <h2>{ t.open.context_heading }</h2>
                { names(&page, r.index, p.lang) }
            }
            <p class="wt-area-all">
                <a href={p.full_link.clone()} onclick={follow(&p.on_action, Action::ShowArea(None))}>{ t.area.open_all }</a>
            </p>
        </article>
    }
}
