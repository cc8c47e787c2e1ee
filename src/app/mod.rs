//! The Yew shell: mounts the widget, owns the state, renders the core's view model.
//! Browser-only (compiled for wasm32); it computes no figure itself.

pub mod browser;
pub mod components;
pub mod state;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::fragments;
use crate::core::i18n::texts;
use crate::core::page;
use crate::core::state::HistoryMode;
use components::amounts::{amount_input, AmountProps};
use components::bottlenecks::bottleneck_filter;
use components::chart::chart;
use components::controls::selection_controls;
use components::header::header;
use components::national::national;
use components::results::results;
use components::share::{notices, share_bar, share_click};
use components::table::data_table;
use state::{Action, Category, State};

/// The id of the element the widget mounts into (index.html holds the fallback text there).
pub const ROOT_ID: &str = "app";

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let (link, notices) = browser::read_link();
        State::from_link(link, notices)
    });
    let main_ref = use_node_ref();
    let table = {
        let (lang, highlight) = (state.lang, state.highlight);
        use_memo((lang, highlight), |(l, h)| page::table(*l, *h))
    };
    // Everything else the page shows, derived in one step whenever one of its inputs changes.
    let page = {
        let (selection, amounts, lang, metric) =
            (state.selection, state.amounts, state.lang, state.metric);
        use_memo((selection, amounts, lang, metric), |(s, a, l, m)| page::page(*s, *a, *l, *m))
    };

    // What a link to this view carries: for the address bar, the buttons and the share bar.
    let link = state.link();
    // The address bar follows the state: pushed for deliberate actions, replaced while typing.
    {
        let mode = state.history;
        use_effect_with((link, mode), |(link, mode)| {
            if *mode != HistoryMode::None {
                browser::write_history_soon(*link, *mode);
            }
        });
    }
    // The selection, applied to the table whenever either changes (see `browser::sync_table`).
    {
        let (selection, table, totals) = (state.selection, table.clone(), page.totals.clone());
        use_effect_with((selection, table, totals), |(s, _, totals)| {
            browser::sync_table(*s, totals);
        });
    }
    // The page's language (which also picks js/boot.js's crash message) and its colours.
    {
        let (lang, theme, accent, embed) = (state.lang, state.theme, state.accent, state.embed);
        use_effect_with((lang, theme, accent, embed), |(l, t, a, e)| {
            browser::apply_page(*l, *t, *a, *e);
        });
    }
    // Once: write the opening state's canonical link (dropping ignored parts), follow
    // back/forward, post the content height to a host page, and mark the root as ready.
    {
        let state = state.clone();
        let main_ref = main_ref.clone();
        use_effect_with((), move |()| {
            browser::write_history(&state.link(), HistoryMode::Replace);
            let dispatcher = state.dispatcher();
            let popstate =
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    dispatcher.dispatch(Action::Load(browser::read_link().0));
                });
            let main = main_ref.cast::<web_sys::Element>();
            let observer = main.as_ref().and_then(browser::observe_height);
            let filler = main.as_ref().map(|el| {
                let capture = gloo::events::EventListenerOptions::run_in_capture_phase();
                gloo::events::EventListener::new_with_options(
                    el,
                    "toggle",
                    capture,
                    browser::fill_source_box,
                )
            });
            if let Some(root) = gloo::utils::document().get_element_by_id(ROOT_ID) {
                reveal(&root, main_ref.cast::<web_sys::Element>());
            }
            move || {
                drop((popstate, filler));
                if let Some((obs, _closure)) = observer {
                    obs.disconnect();
                }
            }
        });
    }

    // One callback for every part, memoized once: the dispatcher never changes, so the
    // callback stays equal across renders, and a table row (the one child component) whose
    // props did not change is not re-rendered.
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, ()| dispatcher.dispatch(action))
    };
    let lang = state.lang;
    let t = texts(lang);
    // Every button click, by the button's `data-act` (and `value`): the share bar's own
    // actions, or a change of state (see `Action::from_button`).
    let on_click = {
        let on_action = on_action.clone();
        Callback::from(move |e: MouseEvent| {
            let button = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("[data-act]").ok().flatten());
            let Some(button) = button else { return };
            let act = button.get_attribute("data-act").unwrap_or_default();
            if !share_click(&act, lang, &link, &on_action) {
                let value = button.get_attribute("value").unwrap_or_default();
                if let Some(action) = Action::from_button(&act, &value) {
                    on_action.emit(action);
                }
            }
        })
    };
    let amount = |category: Category, label: &'static str, hint: &'static str| {
        amount_input(&AmountProps {
            lang,
            label,
            hint,
            category,
            value: category.get(&state.amounts),
            field: &state.fields[category.index()],
            on_action: &on_action,
        })
    };
    html! {
        <main class="wt" lang={lang.tag()} ref={main_ref} onclick={on_click}>
            { header(lang) }
            { notices(lang, &state.notices) }
            { share_bar(lang, &link, state.copied, state.show_embed) }
            <section class="wt-calc" aria-labelledby="wt-calc-h">
                { components::raw(fragments::heading("wt-calc-h", t.calc_heading, Some(("wt-model", t.money_model)))) }
                <div class="wt-amounts">
                    { amount(Category::Build, t.amount_build, t.amount_build_hint) }
                    { amount(Category::Extra, t.amount_extra, t.amount_hypo_hint) }
                    { amount(Category::Retrofit, t.amount_retrofit, t.amount_hypo_hint) }
                </div>
                { selection_controls(lang, &page.calc.selection_label, &on_action) }
                { results(lang, &page.calc) }
            </section>
            { chart(lang, state.metric, &page.chart, &page.chart_svg) }
            { bottleneck_filter(lang, state.highlight) }
            { data_table(&table, &on_action) }
            { national(lang, &page.national) }
        </main>
    }
}

/// Development builds log a panic's message and location. Either way the panic then ends in
/// a WebAssembly trap (the shipped build traps at once: its std aborts without formatting
/// anything), and js/boot.js replaces the widget with a readable message in the page's language.
#[cfg(debug_assertions)]
fn log_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("Woontop widget: {info}").into());
}

/// Mounts the widget into `#app`. Yew renders into a hidden container beside the static
/// content; once the app is ready, one synchronous step removes the static content and shows
/// the app, so the page never shows a blank or half-drawn state between them.
pub fn start() {
    // Through Yew, which otherwise replaces any hook with its own when it renders.
    #[cfg(debug_assertions)]
    yew::set_custom_panic_hook(Box::new(log_panic));
    let document = gloo::utils::document();
    browser::read_page_texts(&document);
    let root = match document.get_element_by_id(ROOT_ID) {
        Some(el) => el,
        None => gloo::utils::body().into(),
    };
    let mount = document.create_element("div").unwrap_or_else(|_| root.clone());
    if mount != root {
        let _ = mount.set_attribute("hidden", "");
        let _ = root.append_child(&mount);
    }
    yew::Renderer::<App>::with_root(mount).render();
}

/// Swaps the static content for the mounted app (called once, when the app is ready).
fn reveal(root: &web_sys::Element, main: Option<web_sys::Element>) {
    if let Ok(list) = root.query_selector_all(".wt-static") {
        for i in 0..list.length() {
            if let Some(node) = list.get(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    if let Some(mount) = main.and_then(|m| m.parent_element()) {
        let _ = mount.remove_attribute("hidden");
    }
    let _ = root.set_attribute("data-ready", "true");
}
