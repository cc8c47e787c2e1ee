//! The Yew shell: mounts the widget, owns the state (the one `use_reducer`), memoizes the
//! features' view models and markup, runs the page-wide effects, and routes every control's
//! act. Browser-only (compiled for wasm32); it computes no figure itself.
//!
//! Data flow: the link in the address bar → `State` → `features::page` (and the table's and
//! the fixed texts' markup) → the features' views → effects (the table's selection, the
//! address bar, the page's colours, the frame height) → the link in the address bar.

pub mod browser;
pub mod html;
pub mod state;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::act::{self, Act};
use crate::core::dataset::PageTexts;
use crate::core::state::HistoryMode;
use crate::core::steps::Step;
use crate::features::{self, bottlenecks, calculator, chart, header, national, share, table};
use state::{Action, State};

/// The id of the element the widget mounts into (index.html holds the static content there).
pub const ROOT_ID: &str = "app";

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The booklet's sentences, read from the static page once at start.
    pub page_texts: Rc<PageTexts>,
    /// The element holding the static content, which the app replaces (see `core::steps`).
    pub root: web_sys::Element,
    /// The width the widget has (CSS px), measured before the first render so that the first
    /// layout is already the right one.
    pub width: u32,
    /// The map's drawing, taken from the static page (see `features::map`).
    pub map_drawing: Option<web_sys::Element>,
}

/// The act named by the `data-act` of the event's target or its closest ancestor.
fn act_of(e: &Event) -> Option<Act> {
    let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let el = el.closest(&format!("[{}]", act::ATTR)).ok()??;
    Act::parse(&el.get_attribute(act::ATTR)?)
}

/// The act a click names, except on a form field: a checkbox's click is followed by its
/// `change`, which the change listener acts on (acting on both would toggle twice).
fn act_of_click(e: &MouseEvent) -> Option<Act> {
    let on_field = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
    if on_field {
        None
    } else {
        act_of(e)
    }
}

/// The markup that changes with the language, the highlight and the sort only.
struct Fixed {
    table: Rc<str>,
    header: Rc<str>,
    national: Rc<str>,
}

#[function_component]
pub fn App(props: &Props) -> Html {
    let width = props.width;
    let state = use_reducer(move || {
        let (link, notices) = browser::read_link();
        State::from_link(link, notices).apply(Action::Resize(width))
    });
    let main_ref = use_node_ref();
    let step = use_state_eq(|| Step::Top);
    let (lang, highlight, sort) = (state.lang, state.highlight, state.sort);
    // The texts that change with the language, the highlight and the sort only: the areas
    // table (see `table::view`; written once its step comes), the header's and the national
    // figures'.
    let page_texts = props.page_texts.clone();
    let table_drawn = *step >= Step::Table(0);
    let fixed =
        use_memo((lang, highlight, sort, table_drawn), move |&(lang, highlight, sort, drawn)| {
            let table = if drawn {
                let rows = table::model::rows(lang, highlight, sort);
                let mode = table::markup::TableMode::App { sort };
                table::markup::table(&rows, mode, &page_texts, lang)
            } else {
                String::new()
            };
            let national = national::model::national(lang);
            let national = national::markup::national(&national, &page_texts, lang, true);
            Fixed {
                table: table.into(),
                header: header::markup::header(lang).into(),
                national: national.into(),
            }
        });
    // Everything else, derived in one step whenever one of its inputs changes.
    let input = features::PageInput {
        selection: state.selection,
        amounts: state.amounts,
        lang,
        metric: state.metric,
        highlight,
        width: state.width,
        area: state.area,
    };
    let page = use_memo(input, features::page);
    // What a link to this view carries: for the address bar and the share bar.
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
    // The state applied to the table (the selection and the totals) and to the map's drawing
    // (which the app shows but never redraws), and the chart's drawing written: after a
    // render that changed any, or that brought them back (leaving an area's own view). Not on
    // a change of amount alone, unless the map or the chart shows the contribution.
    {
        let (page, main_ref, shown) = (page.clone(), main_ref.clone(), page.area.is_none());
        let amounts = features::map::model::amounts_shown(state.metric, state.amounts);
        let drawn = (*step >= Step::Map, *step >= Step::Chart, *step >= Step::Table(0));
        let key = (
            state.selection,
            fixed.table.clone(),
            shown,
            (state.metric, highlight, amounts, page.chart_svg.clone()),
            drawn,
        );
        use_effect_with(key, move |(selection, ..)| {
            if let Some(main) = main_ref.cast::<web_sys::Element>() {
                table::view::sync(&main, *selection, &page.totals);
                // The chart's new drawing and the map's state follow a frame later, so that a
                // change first paints its figures (parsing the chart's SVG is most of its
                // work); at once while the chart has no drawing yet. A later change within
                // the frame supersedes this one: its page is gone by then, and nothing is done.
                let drawn = chart::view::drawn(&main);
                let page = Rc::downgrade(&page);
                let later = move || {
                    if let Some(page) = page.upgrade() {
                        chart::view::draw(&main, &page.chart_svg);
                        features::map::view::sync(&main, &page.map);
                    }
                };
                if drawn {
                    browser::after_frame(Box::new(later));
                } else {
                    later();
                }
            }
        });
    }
    // The page's language (which also picks js/boot.js's crash message) and its colours.
    {
        let (theme, accent, embed) = (state.theme, state.accent, state.embed);
        use_effect_with((lang, theme, accent, embed), |(l, t, a, e)| {
            browser::apply_page(*l, *t, *a, *e);
        });
    }
    // Once: write the opening link's canonical form (dropping ignored parts), follow
    // back/forward, post the content height to a host page, fill source boxes when first
    // opened.
    {
        let state = state.clone();
        let main_ref = main_ref.clone();
        let (page_texts, root) = (props.page_texts.clone(), props.root.clone());
        use_effect_with((), move |()| {
            // A link is made canonical (an address without one already is: it opens the
            // default view, and stays as it is until the visitor changes something).
            if browser::has_query() {
                browser::write_history_soon(state.link(), HistoryMode::Replace);
            }
            let dispatcher = state.dispatcher();
            let popstate =
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    dispatcher.dispatch(Action::Load(browser::read_link().0));
                });
            let main = main_ref.cast::<web_sys::Element>();
            // The content's size: its width lays the chart out, its height sizes a host's frame,
            // once the app is drawn whole (the frame keeps the static page's height until then,
            // rather than change at every step of the load).
            let resizer = state.dispatcher();
            let observer = main.as_ref().and_then(|el| {
                browser::observe_size(el, move |width, height| {
                    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                    resizer.dispatch(Action::Resize(width.max(0.0) as u32));
                    if root.has_attribute(READY) {
                        browser::post_height(height);
                    }
                })
            });
            // `toggle` does not bubble: caught on its way down. The pro-rata table is drawn
            // while open; a source box is filled when first opened.
            let toggler = state.dispatcher();
            let filler = main.as_ref().map(|el| {
                let capture = gloo::events::EventListenerOptions::run_in_capture_phase();
                gloo::events::EventListener::new_with_options(el, "toggle", capture, move |e| {
                    match calculator::view::pro_rata_toggled(e) {
                        Some(open) => toggler.dispatch(Action::ShowProRata(open)),
                        None => table::view::fill_source_box(e, &page_texts),
                    }
                })
            });
            move || {
                drop((popstate, filler));
                if let Some((obs, _closure)) = observer {
                    obs.disconnect();
                }
            }
        });
    }

    // The next step, in a task of its own after the browser has drawn this one; after the
    // last, the app is ready.
    {
        let (setter, root, main_ref) = (step.clone(), props.root.clone(), main_ref.clone());
        use_effect_with(*step, move |&now| {
            let main = main_ref.cast::<web_sys::Element>();
            let swapped = root.has_attribute(SWAPPED);
            if !swapped && now.swaps(root.has_attribute(SCROLLED)) {
                reveal(&root, main.as_ref());
            }
            if swapped || now == Step::All {
                clear_static(&root, now == Step::All);
            }
            let _ = match now.rows_drawn() {
                Some(rows) => root.set_attribute("data-rows", rows),
                None => root.remove_attribute("data-rows"),
            };
            match now.next() {
                Some(next) => browser::after_frame(Box::new(move || setter.set(next))),
                None => {
                    let _ = root.set_attribute(READY, "true");
                }
            }
        });
    }

    let on_action = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };
    // Every button's click, by its act: a change of state, or a browser command, run within
    // the click so that the browser sees the visitor's gesture.
    let on_click = {
        let (on_action, page_texts, view) =
            (on_action.clone(), props.page_texts.clone(), page.clone());
        Callback::from(move |e: MouseEvent| match act_of_click(&e).map(Act::effect) {
            Some(Ok(action)) => on_action.emit(action),
            Some(Err(command)) => share::view::run(command, &link, &page_texts, &view, &on_action),
            None => {}
        })
    };
    // Enter and Space on the map's areas (SVG label boxes with `role="button"`) act as a click;
    // native controls handle their own keys.
    let on_keydown = {
        let on_action = on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            let on_area = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| el.get_attribute("role").as_deref() == Some("button"));
            if !on_area || !(key == "Enter" || key == " ") {
                return;
            }
            if let Some(Ok(action)) = act_of(&e).map(Act::effect) {
                e.prevent_default();
                on_action.emit(action);
            }
        })
    };
    // The table's checkboxes: change events bubble to one listener.
    let on_change = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            if let Some(Ok(action)) = act_of(&e).map(Act::effect) {
                on_action.emit(action);
            }
        })
    };
    let bar = share::view::ShareBar {
        copied: state.copied,
        show_embed: state.show_embed,
        embed_area: state.embed_area,
    };
    // One area's own view, or the whole widget, under the same header, notices and share bar.
    let body = match page.area.as_ref() {
        Some(view) => html! {
            <>
                { share::view::notices(lang, &state.notices) }
                { features::area::view::area_view(lang, view, &link, &props.page_texts) }
                { share::view::share_bar(lang, &link, &bar, &on_action) }
            </>
        },
        None => html! {
            <>
                // Standalone, the key result stays in view from the top (sticky); in an embed,
                // whose frame never scrolls, it sits right above the amount fields instead.
                if !state.embed { { calculator::view::summary_bar(lang, &page.calc) } }
                { share::view::notices(lang, &state.notices) }
                if *step >= Step::Calculator {
                    { share::view::share_bar(lang, &link, &bar, &on_action) }
                    { calculator::view::calculator(&state, &page.calc, &on_action) }
                }
                if *step >= Step::Map {
                    { features::map::view::map(lang, &page.map, props.map_drawing.as_ref()) }
                }
                if *step >= Step::Chart {
                    { chart::view::chart(lang, state.metric, &page.chart) }
                    { bottlenecks::view::bottleneck_filter(lang, highlight) }
                }
                if *step >= Step::Table(0) {
                    { table::view::areas_table(lang, sort, &fixed.table, &on_action) }
                }
                if *step >= Step::All { { html::raw(fixed.national.clone()) } }
            </>
        },
    };
    html! {
        <main class="wt" lang={lang.tag()} ref={main_ref} onclick={on_click} onchange={on_change} onkeydown={on_keydown}>
            { header::view::header(lang, page.area.is_none().then_some(&fixed.header)) }
            { body }
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

/// Mounts the widget into `#app` (or the body, if the page has none): reads the static page
/// in this task and renders in the next (see `Step`).
pub fn start() {
    // Through Yew, which otherwise replaces any hook with its own when it renders.
    #[cfg(debug_assertions)]
    yew::set_custom_panic_hook(Box::new(log_panic));
    let document = gloo::utils::document();
    let root = match document.get_element_by_id(ROOT_ID) {
        Some(el) => el,
        None => gloo::utils::body().into(),
    };
    let props = props(root);
    browser::soon(Box::new(move || drop(render(props))));
}

/// Mounts the widget into `root`. Yew renders into a hidden container beside the static
/// content; once the first screen is drawn, one synchronous step hides the static content and
/// shows the app, so the page never shows a blank state between them (see `core::steps`).
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    render(props(root))
}

/// What the app reads from the static page before its first render.
fn props(root: web_sys::Element) -> Props {
    let page_texts = Rc::new(browser::read_page_texts(&root));
    let width = browser::content_width(&root);
    let map_drawing = browser::template_element(&root, features::map::TEMPLATE_ID);
    Props { page_texts, root, width, map_drawing }
}

fn render(props: Props) -> yew::AppHandle<App> {
    let root = &props.root;
    let mount = gloo::utils::document().create_element("div").unwrap_or_else(|_| root.clone());
    if &mount != root {
        let _ = mount.set_attribute("hidden", "");
        let _ = root.append_child(&mount);
    }
    yew::Renderer::<App>::with_root_and_props(mount, props).render()
}

/// Marks the root once the app is drawn whole (the tests and the benchmark wait for it).
const READY: &str = "data-ready";

/// Marks the root once the visitor has scrolled (set by `js/boot.js`, from the start).
const SCROLLED: &str = "data-scrolled";

/// Marks the root once the app has replaced the static content (main.css then hides it).
const SWAPPED: &str = "data-swapped";

/// Swaps the static content for the mounted app, in one synchronous step.
fn reveal(root: &web_sys::Element, main: Option<&web_sys::Element>) {
    let _ = root.set_attribute(SWAPPED, "");
    if let Some(mount) = main.and_then(|m| m.parent_element()) {
        let _ = mount.remove_attribute("hidden");
    }
}

/// Removes the hidden static content a few of its table's rows per step (removing it whole
/// is itself a long task on a slow phone), and the rest at the last step.
fn clear_static(root: &web_sys::Element, all: bool) {
    let part = if all { ".wt-static" } else { ".wt-static tbody tr:nth-child(-n+4)" };
    if let Ok(list) = root.query_selector_all(part) {
        for i in 0..list.length() {
            if let Some(node) = list.get(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
}
