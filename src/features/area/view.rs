//! The area view: name and subtitle, the three figures, the money lines, the area's sources,
//! notes and bottlenecks (those of its table row), the names the booklet gives for it, and the
//! link to the whole calculator with this area selected. Shown instead of the whole widget
//! (`a=`).
use std::rc::Rc;

use yew::prelude::*;

use crate::core::dataset::Measure;
#[cfg(not(target_arch = "wasm32"))]
use crate::core::dataset::PageTexts;
#[cfg(not(target_arch = "wasm32"))]
use crate::core::dataset::AREAS;
use crate::core::i18n::{texts, Lang};
use crate::core::state::Action;
use crate::features::area::model::AreaView;
use crate::features::sources::quote::use_page_texts;
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
    // The sources, notes and bottlenecks (a table row's, `table::view::detail_static`) and the
    // names: the same for every visit in a language, written natively and shown in the
    // browser build from the page's parts (`sources::view::page_part`), which keeps their code
    // out of the wasm.
    #[cfg(target_arch = "wasm32")]
    let [sources, names] = ['d', 'n'].map(|kind| {
        crate::features::sources::view::page_part(
            &crate::core::dataset::area_part_id(kind, r.id, p.lang),
            &page,
            p.lang,
        )
    });
    #[cfg(not(target_arch = "wasm32"))]
    let [sources, names] = [
        crate::features::table::view::detail_static(&page, r, p.lang),
        names_static(&page, r.index, p.lang),
    ];
    html! {
        <article class="wt-area-view" aria-labelledby="wt-area-h">
            <h1 id="wt-area-h">{ r.name }</h1>
            <p class="wt-area-sub">{ v.subtitle.clone() }</p>
            <dl class="wt-area-figs">
                { for r.cells.iter().zip(Measure::ALL).map(|(cell, m)| html! {
                    <div class="wt-area-fig">
                        <dt>{ (t.measure)(m) }</dt>
                        <dd>
                            <span class="wt-stat-value">{ cell.text.clone() }</span>
                            if cell.flagged { <span class="wt-flag">{ t.flagged }</span> }
                            if let CellStatus::NotCounted(why) = &cell.status {
                                <span class="wt-why">{ why.clone() }</span>
                            }
                        </dd>
                    </div>
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
            <section class="wt-area-sources" aria-labelledby="wt-area-src-h">
                <h2 id="wt-area-src-h">{ t.area.sources }</h2>
                <div class="wt-srcbox">{ sources }</div>
            </section>
            { names }
            <p class="wt-area-all">
                <a href={p.full_link.clone()} onclick={follow(&p.on_action, Action::ShowArea(None))}>{ t.area.open_all }</a>
            </p>
        </article>
    }
}

/// The names the booklet gives for the area, under their heading; nothing when it gives
/// none. Native only (see `AreaPage`).
#[cfg(not(target_arch = "wasm32"))]
pub fn names_static(page: &PageTexts, area: usize, lang: Lang) -> Html {
    if AREAS[area].context.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h2>{ texts(lang).open.context_heading }</h2>
            { crate::features::sources::quote::names(page, area, lang) }
        </>
    }
}
