//! The root component: it owns the state (the one `use_reducer`), derives the page's view
//! models (one memo), hands each feature's components their part and one `Callback<Action>`
//! (and a `Callback<Command>` for what asks the browser), and runs the page-wide effects: the
//! address bar, back and forward, the page's language and colours, the frame's height for a
//! host page, printing. It computes no figure itself.
//!
//! The same component renders the static page at build time (`static_page`, `prerender`):
//! every section, the navigation as links to them, every table row open. In the browser it
//! renders into a hidden container beside that page and, once drawn, replaces it in one
//! synchronous step (`start`).
//!
//! Data flow: the link in the address bar → `State` → `features::page` → the components →
//! `Action`s → `State` → the link in the address bar.

pub mod browser;
pub mod state;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::dataset::{PageTexts, DATASET_VERSION};
use crate::core::i18n::texts;
use crate::core::link::{self, Ignored, LinkState, Section};
use crate::core::selection::Selection;
use crate::core::state::{Action, HistoryMode, State};
use crate::features::area::view::AreaPage;
use crate::features::bottlenecks::view::BottleneckFilter;
use crate::features::calculator::view::{Calculator, KeyResult};
use crate::features::chart::view::{ceiling_chart, Chart};
use crate::features::header::view::Header;
use crate::features::map::view::Map;
use crate::features::scenarios::view::{compare_table, pin_button};
use crate::features::search::view::search_box;
use crate::features::sections::view::{panel, Tabs};
use crate::features::share::view::{notices, ShareBar};
use crate::features::share::{image, Command, ImageFormat};
use crate::features::sources::view::sources;
use crate::features::table::view::AreasTable;
use crate::features::{self, table, PageInput, PageView};

/// The id of the element the widget mounts into (index.html holds the static page there).
pub const ROOT_ID: &str = "app";

/// Marks the root once the app is drawn and responding (the tests and the benchmark wait
/// for it), and once it has replaced the static page (main.css then hides that page).
pub const READY: &str = "data-ready";
const SWAPPED: &str = "data-swapped";

/// What the app knows of the page it runs in, read once at start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Env {
    /// The page's own address without query or fragment (the static page: none, so that its
    /// links are relative).
    pub base: AttrValue,
    /// Inside a frame (an embed): no embed code, and the height goes to the host.
    pub in_frame: bool,
    /// The browser has a system share sheet.
    pub can_share: bool,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The view the page opens.
    pub link: LinkState,
    /// What the opening link ignored.
    #[prop_or_default]
    pub notices: Vec<Ignored>,
    /// The booklet's sentences (read from the static page, or compiled in natively).
    pub page_texts: Rc<PageTexts>,
    /// The width the widget has (CSS px), measured before the first render.
    pub width: u32,
    #[prop_or_default]
    pub env: Env,
    /// The static page: every section drawn, the navigation as links, every table row open.
    #[prop_or_default]
    pub prerender: bool,
    /// The element holding the static page, which the app replaces once drawn.
    #[prop_or_default]
    pub root: Option<web_sys::Element>,
}

/// The standalone link to `state` on the page at `base` (never the embed view).
fn url(base: &str, state: &LinkState) -> AttrValue {
    link::standalone_url(base, state).into()
}

#[function_component]
pub fn App(props: &Props) -> Html {
    let state = {
        let (link, notices, width) = (props.link.clone(), props.notices.clone(), props.width);
        use_reducer(move || State::from_link(link, notices).apply(Action::Resize(width)))
    };
    let on_action = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |()| Callback::from(move |a: Action| dispatcher.dispatch(a)))).clone()
    };
    // The browser never renders the static page: its branches are left out of the wasm.
    let prerender = cfg!(not(target_arch = "wasm32")) && props.prerender;
    let lang = state.lang;
    // Every section for the static page and a printout; otherwise the open one.
    let every = prerender || state.printing;
    let page = use_memo(
        PageInput {
            selection: state.selection,
            amounts: state.amounts,
            lang,
            metric: state.metric,
            highlight: state.highlight,
            width: state.width,
            area: state.area,
            section: (!every).then_some(state.section),
            workings: state.workings,
            pinned: state.pinned.clone(),
        },
        features::page,
    );
    let table_shown = every || state.section == Section::Table;
    let rows = use_memo(
        (lang, state.highlight, state.sort, table_shown),
        |&(lang, highlight, sort, shown)| {
            shown.then(|| Rc::new(table::model::rows(lang, highlight, sort)))
        },
    );
    let link = state.link();
    // The standalone link of this view: the citations in Bronnen and in a printout.
    let view_url = url(&props.env.base, &link);

    // What the browser commands need, as of the latest render: the commands' callback stays
    // the same from render to render, so that the components holding it are not drawn again.
    let latest = use_mut_ref(|| None::<(LinkState, Rc<PageView>)>);
    *latest.borrow_mut() = Some((link.clone(), page.clone()));
    let on_command = {
        let (latest, page_texts, on_action, base) =
            (latest.clone(), props.page_texts.clone(), on_action.clone(), props.env.base.clone());
        (*use_memo((), move |()| {
            Callback::from(move |c: Command| run(c, &latest, &page_texts, &base, &on_action))
        }))
        .clone()
    };

    let main_ref = use_node_ref();
    use_page_effects(&state, props, link.clone(), &main_ref);

    let t = texts(lang);
    let area_view = page.area.clone();
    let nav = !state.alone && area_view.is_none();
    let panel = |s: Section| {
        let content = match s {
            Section::Calc => html! {
                <>
                    <Calculator {lang} calc={page.calc.clone()} workings={page.workings.clone()} open={state.workings} amounts={state.amounts} fields={state.fields.clone()}
                        selection={state.selection} hypothetical_open={state.hypothetical_open}
                        picker_open={state.picker_open} pro_rata_open={state.pro_rata_open} on_action={on_action.clone()} />
                    { compare_table(lang, &page.compare, &on_action) }
                </>
            },
            Section::Map => html! {
                <>
                    { search_box(lang, &state.search, state.selection, &link, &props.env.base, &on_action) }
                    if let Some(map) = &page.map {
                        <Map {lang} map={map.clone()} on_action={on_action.clone()} on_command={on_command.clone()} />
                    }
                    <BottleneckFilter {lang} highlight={state.highlight} on_action={on_action.clone()} />
                </>
            },
            Section::Chart => html! {
                <>
                    if let Some(chart) = &page.chart {
                        <Chart {lang} metric={state.metric} chart={chart.clone()} on_action={on_action.clone()}
                            on_command={on_command.clone()} />
                    }
                    if let Some(ceiling) = &page.ceiling {
                        { ceiling_chart(lang, ceiling, &on_command) }
                    }
                </>
            },
            Section::Table => html! {
                if let (Some(rows), Some(totals)) = (&*rows, &page.totals) {
                    <AreasTable {lang} rows={rows.clone()} totals={totals.clone()} selection={state.selection}
                        sort={state.sort} open={state.open_row} all_open={prerender} link={link.clone()}
                        base={props.env.base.clone()} on_action={on_action.clone()} on_command={on_command.clone()} />
                }
            },
            Section::Sources => {
                sources(lang, &props.page_texts, &view_url, state.cited, &on_command)
            }
        };
        panel(lang, s, nav && !every, content)
    };
    let panels: Vec<Section> = if prerender {
        Section::ALL.to_vec()
    } else if state.printing {
        vec![Section::Calc, Section::Table]
    } else {
        vec![state.section]
    };
    // "Zet vast" leads the calculator's row of actions (a row of its own cost an embed 42 px).
    let pin = (state.section == Section::Calc && area_view.is_none())
        .then(|| pin_button(lang, state.pin_outcome, &page.compare, &on_action));
    let share = html! {
        <ShareBar {lang} link={link.clone()} embed_link={state.embedded_link()} base={props.env.base.clone()}
            section={state.section} area_view={area_view.is_some()} embedded={state.embedded}
            copied={state.copied} show_embed={state.show_embed} in_frame={props.env.in_frame}
            can_share={props.env.can_share} on_action={on_action.clone()} on_command={on_command.clone()}>
            { for pin }
        </ShareBar>
    };
    html! {
        <ContextProvider<Rc<PageTexts>> context={props.page_texts.clone()}>
            <main class="wt" lang={lang.tag()} ref={main_ref}>
                <Header {lang} titled={area_view.is_none()} on_action={on_action.clone()} />
                { notices(lang, &state.notices, notice_areas(&state), &props.page_texts, &on_action) }
                if let Some(view) = area_view {
                    <AreaPage {lang} {view} full_link={url(&props.env.base, &left_area(&link))}
                        on_action={on_action.clone()} />
                } else {
                    if nav { <Tabs {lang} section={state.section} links={prerender} on_action={on_action.clone()} /> }
                    <KeyResult {lang} calc={page.calc.clone()} />
                    { for panels.into_iter().map(panel) }
                }
                { share }
                <footer class="wt-footer">
                    <p>{ t.source_line }{ " " }{ t.dataset_version }{ ": " }<span class="wt-version">{ DATASET_VERSION }</span>
                        <a href="toegankelijkheid.html" class="wt-statement">{ t.open.statement }</a></p>
                    <p class="wt-print-cite">{ crate::core::cite::citation(crate::core::cite::Length::Long, lang, &view_url) }</p>
                </footer>
            </main>
        </ContextProvider<Rc<PageTexts>>>
    }
}

/// The areas a notice about an older dataset names changes for: the area view's area, or the
/// selection.
fn notice_areas(state: &State) -> Selection {
    state.area.map_or(state.selection, |i| Selection::none().with(i, true))
}

/// The link the area view's "whole calculator" goes to: the widget with that area selected.
fn left_area(link: &LinkState) -> LinkState {
    let mut out = link.clone();
    if let Some(i) = out.view.area.take() {
        out.selection = Selection::none().with(i, true);
    }
    out.view.embed = false;
    out
}

/// The page-wide effects (none runs in the static page's render).
#[hook]
fn use_page_effects(
    state: &UseReducerHandle<State>,
    props: &Props,
    link: LinkState,
    main_ref: &NodeRef,
) {
    // The address bar follows the state: pushed for deliberate actions, replaced while typing.
    {
        let mode = state.history;
        use_effect_with((link.clone(), mode), |(link, mode)| {
            if *mode != HistoryMode::None {
                browser::write_history_soon(link.clone(), *mode);
            }
        });
    }
    // The page's language (which also picks js/boot.js's crash message), colours, embed mode.
    // A language this build does not have (the release ships one wasm per language) is opened
    // as the same view's link, which js/boot.js starts in that language's build.
    {
        let key = (state.lang, state.theme, state.accent, state.embed, state.alone);
        let opened = link.clone();
        use_effect_with(key, move |&(lang, theme, accent, embed, alone)| {
            if lang.built() {
                browser::apply_page(lang, theme, accent, embed, alone);
            } else {
                // After the history write the same change scheduled, so that it does not cancel
                // the navigation.
                browser::soon(Box::new(move || browser::open_link(&opened)));
            }
        });
    }
    // Once drawn: replace the static page, write the opening link's canonical form (dropping
    // ignored parts), follow back/forward, watch the content's size (its width lays the chart
    // out, its height sizes a host's frame), and draw a printout's parts while printing.
    let (dispatcher, main_ref, root) = (state.dispatcher(), main_ref.clone(), props.root.clone());
    let opening = link;
    use_effect_with((), move |()| {
        if let Some(root) = &root {
            swap(root, main_ref.cast::<web_sys::Element>().as_ref());
        }
        // A link is made canonical (an address without one already is: it opens the default
        // view, and stays as it is until the visitor changes something).
        if browser::has_query() {
            browser::write_history_soon(opening, HistoryMode::Replace);
        }
        let back = dispatcher.clone();
        let popstate =
            gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                back.dispatch(Action::Load(browser::read_link().0));
            });
        // The host's frame takes the page's height: the root's, which holds the content and
        // its padding (the body has no margin), not the viewport's.
        let resizer = dispatcher.clone();
        let page_root = root.clone();
        let observer = main_ref.cast::<web_sys::Element>().and_then(|main| {
            browser::observe_size(&main, move |width, height| {
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                resizer.dispatch(Action::Resize(width.max(0.0) as u32));
                browser::report_height(
                    page_root.as_ref().map_or(height, |r| r.get_bounding_client_rect().height()),
                );
            })
        });
        let printer = dispatcher.clone();
        let print = browser::on_print(move |on| printer.dispatch(Action::Print(on)));
        if let Some(root) = &root {
            let _ = root.set_attribute(READY, "true");
        }
        move || {
            drop((popstate, print));
            if let Some((obs, _closure)) = observer {
                obs.disconnect();
            }
        }
    });
}

/// Replaces the static page by the app, drawn beside it in a hidden container: in one
/// synchronous step, so that the page never shows a blank state between them; the static
/// page is removed in a task of its own (on a slow phone that is work worth not adding to
/// this one).
fn swap(root: &web_sys::Element, main: Option<&web_sys::Element>) {
    let _ = root.set_attribute(SWAPPED, "");
    if let Some(mount) = main.and_then(|m| m.parent_element()) {
        let _ = mount.remove_attribute("hidden");
    }
    let root = root.clone();
    browser::soon(Box::new(move || {
        if let Ok(Some(old)) = root.query_selector(".wt-static") {
            old.remove();
        }
    }));
}

/// Development builds log a panic's message and location. Either way the panic then ends in
/// a WebAssembly trap (the shipped build traps at once: its std aborts without formatting
/// anything), and js/boot.js replaces the widget with a readable message in the page's language.
#[cfg(debug_assertions)]
fn log_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("Woontop widget: {info}").into());
}

/// Mounts the widget into `#app` (or the body, if the page has none): reads what it needs of
/// the static page, then renders beside it (see `swap`).
pub fn start() {
    // Through Yew, which otherwise replaces any hook with its own when it renders.
    #[cfg(debug_assertions)]
    yew::set_custom_panic_hook(Box::new(log_panic));
    let document = gloo::utils::document();
    let root = match document.get_element_by_id(ROOT_ID) {
        Some(el) => el,
        None => gloo::utils::body().into(),
    };
    drop(mount(root));
}

/// Mounts the widget into `root`, beside its static page, which it replaces once drawn.
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    let (mut link, notices) = browser::read_link();
    // Never a language this build lacks at start: js/boot.js chose the build by the link.
    link.view.lang = link.view.lang.or_built();
    let props = Props {
        link,
        notices,
        page_texts: Rc::new(browser::read_page_texts(&root)),
        width: browser::content_width(&root),
        env: Env {
            base: browser::base_url().into(),
            in_frame: browser::in_frame(),
            can_share: browser::can_share(),
        },
        prerender: false,
        root: Some(root.clone()),
    };
    let mount = gloo::utils::document().create_element("div").unwrap_or_else(|_| root.clone());
    if mount != root {
        let _ = mount.set_attribute("hidden", "");
        let _ = root.append_child(&mount);
    }
    yew::Renderer::<App>::with_root_and_props(mount, props).render()
}

/// What the browser commands need of the latest render: its link and its view models.
type Latest = Rc<RefCell<Option<(LinkState, Rc<PageView>)>>>;

/// Runs a browser command for the latest view; a copy reports its outcome as an action.
fn run(
    command: Command,
    latest: &Latest,
    page_texts: &PageTexts,
    base: &str,
    on_action: &Callback<Action>,
) {
    let Some((link, view)) = latest.borrow().clone() else { return };
    let lang = link.view.lang;
    let standalone = link::standalone_url(base, &link);
    match command {
        Command::CopyLink => {
            let on_action = on_action.clone();
            browser::copy_text(standalone, move |ok| on_action.emit(Action::Copied(ok)));
        }
        Command::Share => browser::share(texts(lang).embed.title, &standalone),
        Command::Csv => {
            let funding = crate::core::funding::compute(link.selection, link.amounts);
            let text = crate::core::csv::export(
                link.selection,
                &funding,
                lang,
                page_texts,
                link.view.sort,
                &link.pinned,
            );
            browser::download(&crate::core::csv::file_name(lang), &text, "text/csv;charset=utf-8");
        }
        // Everything a printout holds is drawn first (see `State::printing`); the dialog
        // opens once it is, in a task of its own.
        Command::Print => {
            on_action.emit(Action::Print(true));
            browser::soon(Box::new(browser::print));
        }
        Command::Cite(length, cited) => {
            let text = crate::core::cite::citation(length, cited, &standalone);
            let on_action = on_action.clone();
            browser::copy_text(text, move |ok| on_action.emit(Action::Cited(length, cited, ok)));
        }
        Command::Image(graphic, format) => {
            let words = image::words(graphic, lang, image::caption(graphic, &view), &standalone);
            let file = image::file_name(graphic, format, lang);
            browser::image(image::selector(graphic), &file, format == ImageFormat::Png, &words);
        }
    }
}
