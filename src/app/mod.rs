//! The Yew shell: mounts the widget, owns the state, renders the core's view model.
//! Browser-only (compiled for wasm32); it computes no figure itself.

pub mod browser;
pub mod components;
pub mod state;

use yew::prelude::*;

use crate::core::funding;
use crate::core::i18n::texts;
use crate::core::state::HistoryMode;
use crate::core::{calc_view, chart, view};
use components::amounts::{amount_input, AmountProps};
use components::bottlenecks::bottleneck_filter;
use components::chart::chart;
use components::controls::selection_controls;
use components::header::header;
use components::national::national;
use components::results::results;
use components::share::{notices, share_bar, ShareUi};
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
    let rows = {
        let (lang, highlight) = (state.lang, state.highlight);
        use_memo((lang, highlight), |(l, h)| view::rows(*l, *h))
    };
    let totals = {
        let (selection, lang) = (state.selection, state.lang);
        use_memo((selection, lang), |(s, l)| view::totals(*s, *l))
    };
    let national_view = use_memo(state.lang, |l| view::national(*l));
    // Funding is computed once per selection and amounts; its views once per language too.
    let funding = {
        let (selection, amounts) = (state.selection, state.amounts);
        use_memo((selection, amounts), |(s, a)| funding::compute(*s, *a))
    };
    let calc = {
        let (selection, lang) = (state.selection, state.lang);
        use_memo((funding.clone(), selection, lang), |(f, s, l)| calc_view::calc(f, *s, *l))
    };
    let chart_geometry = {
        let (selection, lang, metric) = (state.selection, state.lang, state.metric);
        use_memo((funding, selection, metric, lang), |(f, s, m, l)| chart::layout(*s, *m, f, *l))
    };
    let chart_svg = use_memo(chart_geometry.clone(), |g| AttrValue::from(chart::svg(g)));

    {
        let lang = state.lang;
        // The page's language also picks the language of js/boot.js's crash message.
        use_effect_with(lang, move |lang| {
            if let Some(html) = gloo::utils::document().document_element() {
                let _ = html.set_attribute("lang", lang.tag());
            }
        });
    }
    // The address bar follows the state: pushed for deliberate actions, replaced while typing.
    {
        let (link, mode) = (state.link(), state.history);
        use_effect_with((link, mode), |(link, mode)| {
            if *mode != HistoryMode::None {
                browser::write_history(link, *mode);
            }
        });
    }
    {
        let (theme, accent, embed) = (state.theme, state.accent, state.embed);
        use_effect_with((theme, accent, embed), |(t, a, e)| {
            browser::apply_theme(*t, *a, *e);
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
            let observer =
                main_ref.cast::<web_sys::Element>().and_then(|el| browser::observe_height(&el));
            if let Some(root) = gloo::utils::document().get_element_by_id(ROOT_ID) {
                reveal(&root, main_ref.cast::<web_sys::Element>());
            }
            move || {
                drop(popstate);
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
    let share_ui = ShareUi { status: use_state(|| None), show_embed: use_state(|| false) };
    let lang = state.lang;
    let t = texts(lang);
    let amount = |category: Category, id: &'static str, label: &'static str, hint: &'static str| {
        amount_input(&AmountProps {
            id,
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
        <main class="wt" lang={lang.tag()} ref={main_ref}>
            { header(lang, &on_action) }
            { notices(lang, &state.notices, &on_action) }
            { share_bar(lang, &state.link(), &share_ui) }
            <section class="wt-calc" aria-labelledby="wt-calc-h">
                <h2 id="wt-calc-h">{ t.calc_heading }</h2>
                <p class="wt-model">{ t.money_model }</p>
                <div class="wt-amounts">
                    { amount(Category::Build, "wt-amt-build", t.amount_build, t.amount_build_hint) }
                    { amount(Category::Extra, "wt-amt-extra", t.amount_extra, t.amount_hypo_hint) }
                    { amount(Category::Retrofit, "wt-amt-retrofit", t.amount_retrofit, t.amount_hypo_hint) }
                </div>
                { selection_controls(lang, &calc.selection_label, &on_action) }
                { results(lang, &calc) }
            </section>
            { chart(lang, state.metric, &chart_geometry, &chart_svg, &on_action) }
            { bottleneck_filter(lang, state.highlight, &on_action) }
            { data_table(lang, &rows, &totals, state.selection, &on_action) }
            { national(lang, &national_view) }
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
    browser::read_quotes(&document);
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
