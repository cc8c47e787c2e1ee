//! The Yew shell: mounts the widget, owns the state, renders the core's view model.
//! Browser-only (compiled for wasm32); it computes no figure itself.

pub mod browser;
pub mod components;
pub mod state;

use std::cell::Cell;
use yew::prelude::*;

use crate::core::funding;
use crate::core::i18n::{texts, Lang};
use crate::core::state::HistoryMode;
use crate::core::{calc_view, chart, view};
use components::amounts::AmountInput;
use components::bottlenecks::BottleneckFilter;
use components::chart::Chart;
use components::controls::SelectionControls;
use components::header::Header;
use components::national::National;
use components::results::Results;
use components::share::{Notices, ShareBar};
use components::table::DataTable;
use state::{Action, Category, State};

/// The id of the element the widget mounts into (index.html holds the fallback text there).
pub const ROOT_ID: &str = "app";

thread_local! {
    /// The language the panic message is shown in (the hook cannot reach the component state).
    static CURRENT_LANG: Cell<Lang> = const { Cell::new(Lang::Nl) };
}

/// A callback that dispatches `make(input)`, memoized once: the dispatcher never changes, so
/// the callback stays equal across renders and children keep their props.
#[hook]
fn use_action<IN: 'static>(
    dispatcher: &UseReducerDispatcher<State>,
    make: fn(IN) -> Action,
) -> Callback<IN> {
    let dispatcher = dispatcher.clone();
    use_callback((), move |input: IN, ()| dispatcher.dispatch(make(input)))
}

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
    let national = use_memo(state.lang, |l| view::national(*l));
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

    {
        let lang = state.lang;
        use_effect_with(lang, move |lang| {
            CURRENT_LANG.with(|c| c.set(*lang));
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

    // Stable callbacks (memoized once): children whose props did not change are not
    // re-rendered, which keeps a change to one row from re-rendering the whole table.
    let d = state.dispatcher();
    let on_lang = use_action(&d, Action::SetLang);
    let on_all = use_action(&d, |()| Action::SelectAll);
    let on_none = use_action(&d, |()| Action::SelectNone);
    let on_municipality = use_action(&d, Action::SelectMunicipality);
    let on_toggle = use_action(&d, Action::Toggle);
    let on_dismiss = use_action(&d, |()| Action::DismissNotices);
    let on_select_highlighted = use_action(&d, |()| Action::SelectHighlighted);
    let on_metric = use_action(&d, Action::SetMetric);
    let on_highlight = use_action(&d, Action::Highlight);
    let lang = state.lang;
    let t = texts(lang);
    let amount = |c: Category, id: &'static str, label: &'static str, hint: &'static str| {
        let (s1, s2, s3) = (state.clone(), state.clone(), state.clone());
        html! {
            <AmountInput {id} {lang} {label} {hint} value={c.get(&state.amounts)}
                field={state.fields[c.index()].clone()}
                on_type={Callback::from(move |v: String| s1.dispatch(Action::TypeAmount(c, v)))}
                on_slide={Callback::from(move |v: u64| s2.dispatch(Action::SlideAmount(c, v)))}
                on_tidy={Callback::from(move |()| s3.dispatch(Action::TidyAmount(c)))} />
        }
    };
    html! {
        <main class="wt" lang={lang.tag()} ref={main_ref}>
            <Header {lang} {on_lang} />
            <Notices {lang} notices={state.notices.clone()} {on_dismiss} />
            <ShareBar {lang} link={state.link()} />
            <section class="wt-calc" aria-labelledby="wt-calc-h">
                <h2 id="wt-calc-h">{ t.calc_heading }</h2>
                <p class="wt-model">{ t.money_model }</p>
                <div class="wt-amounts">
                    { amount(Category::Build, "wt-amt-build", t.amount_build, t.amount_build_hint) }
                    { amount(Category::Extra, "wt-amt-extra", t.amount_extra, t.amount_hypo_hint) }
                    { amount(Category::Retrofit, "wt-amt-retrofit", t.amount_retrofit, t.amount_hypo_hint) }
                </div>
                <SelectionControls {lang} label={calc.selection_label.clone()} {on_all} {on_none} {on_municipality} />
                <Results {lang} view={calc} />
            </section>
            <Chart {lang} metric={state.metric} geometry={chart_geometry} {on_metric} />
            <BottleneckFilter {lang} active={state.highlight} {on_highlight} on_select={on_select_highlighted} />
            <DataTable {lang} {rows} {totals} selection={state.selection} {on_toggle} />
            <National {lang} view={(*national).clone()} />
        </main>
    }
}

fn show_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("Woontop widget: {info}").into());
    render_panic_message();
}

/// Replaces the widget with a readable message in the visitor's language, so that a panic
/// never leaves a half-drawn page.
pub fn render_panic_message() {
    if let Some(root) = gloo::utils::document().get_element_by_id(ROOT_ID) {
        render_panic_message_into(&root);
    }
}

/// The message itself, into any element (public for the browser tests).
pub fn render_panic_message_into(root: &web_sys::Element) {
    let lang = CURRENT_LANG.with(Cell::get);
    let document = gloo::utils::document();
    root.set_inner_html("");
    if let Ok(p) = document.create_element("p") {
        p.set_class_name("wt-error");
        let _ = p.set_attribute("role", "alert");
        p.set_text_content(Some(texts(lang).panic_message));
        let _ = root.append_child(&p);
    }
}

/// Mounts the widget into `#app`. Yew renders into a hidden container beside the static
/// content; once the app is ready, one synchronous step removes the static content and shows
/// the app, so the page never shows a blank or half-drawn state between them.
pub fn start() {
    // Through Yew, which otherwise replaces any hook with its own when it renders.
    yew::set_custom_panic_hook(Box::new(show_panic));
    let document = gloo::utils::document();
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
