//! Page-wide browser services, each small and called only from `use_effect_with`, event
//! handlers or the mount: the address bar and history, the clipboard and share sheet,
//! downloads (files and images) and print, the frame's height for a host page, the page's
//! language and colours, and what the app reads from the static page at start (its texts, its
//! width). No figure and no view is made here.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::dataset::{part_id, PageTexts, PAGE_TEXTS_HASH, TEXTS_ID};
use crate::core::i18n::Lang;
use crate::core::link::{self, Ignored, LinkState, Theme};
use crate::core::state::HistoryMode;

/// The message type the widget posts to its host page (see embed/embed.js).
pub const HEIGHT_MESSAGE: &str = "woontop:height";

fn window() -> web_sys::Window {
    gloo::utils::window()
}

/// The link state in the address bar, and what it ignored.
pub fn read_link() -> (LinkState, Vec<Ignored>) {
    let query = window().location().search().unwrap_or_default();
    link::parse_query_with(&query, |head| {
        // `Array.from(new URLSearchParams(head))`: the decoded [key, value] pairs, in order.
        let Ok(params) = web_sys::UrlSearchParams::new_with_str(head) else { return vec![] };
        Array::from(&params)
            .iter()
            .filter_map(|pair| {
                let pair: Array = pair.dyn_into().ok()?;
                Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
            })
            .collect()
    })
}

/// The page's own address without query or fragment.
pub fn base_url() -> String {
    let loc = window().location();
    let href = loc.href().unwrap_or_default();
    href.split(['?', '#']).next().unwrap_or_default().to_string()
}

/// A standalone link to `state` on this page (never the embed view).
pub fn standalone_url(state: &LinkState) -> String {
    link::standalone_url(&base_url(), state)
}

/// `write_history` in a task of its own, after the browser has painted the change: a history
/// write takes about a millisecond in Chromium, which would otherwise delay every keystroke's
/// and click's visible result. Writes keep their order.
pub fn write_history_soon(state: LinkState, mode: HistoryMode) {
    soon(Box::new(move || write_history(&state, mode)));
}

/// Runs `f` in a task of its own, after the current one (a zero timeout: tasks keep their
/// order). Boxed, so that every caller shares one closure shim in the wasm.
pub fn soon(f: Box<dyn FnOnce()>) {
    let task = Closure::once_into_js(f);
    let _ = window().set_timeout_with_callback(task.unchecked_ref());
}

/// Opens `state`'s link in this frame or page, as a new history entry: js/boot.js starts the
/// build of its language.
pub fn open_link(state: &LinkState) {
    let _ = window().location().assign(&format!("?{}", link::encode(state)));
}

/// Whether the address has a query (a link to a view).
pub fn has_query() -> bool {
    window().location().search().is_ok_and(|q| q.len() > 1)
}

/// Writes the state to the address bar: a new entry for deliberate actions, a replaced one
/// while typing or dragging. Does nothing when the query is already the same.
pub fn write_history(state: &LinkState, mode: HistoryMode) {
    let query = format!("?{}", link::encode(state));
    let win = window();
    if win.location().search().ok().as_deref() == Some(query.as_str()) {
        return;
    }
    let Ok(history) = win.history() else { return };
    let _ = match mode {
        HistoryMode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&query)),
        HistoryMode::Replace | HistoryMode::None => {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&query))
        }
    };
}

thread_local! {
    /// Facts that hold for the page's whole life, looked up once (the share bar renders on
    /// every change): inside a frame, and whether the browser has a share sheet.
    static IN_FRAME: bool = {
        let win = window();
        matches!(win.parent(), Ok(Some(parent)) if parent != win)
    };
    static CAN_SHARE: bool = share_function().is_some();
    static HAS_REQUEST_RESIZE: bool = Reflect::get(&window(), &"requestResize".into())
        .is_ok_and(|f| f.is_function());
}

/// True when the widget runs inside a frame (an embed).
pub fn in_frame() -> bool {
    IN_FRAME.with(|v| *v)
}

/// True when the browser has a system share sheet (`navigator.share`).
pub fn can_share() -> bool {
    CAN_SHARE.with(|v| *v)
}

#[wasm_bindgen]
extern "C" {
    /// `navigator.clipboard.writeText`; an error where there is no clipboard API (an insecure
    /// context, an old browser).
    #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText, catch)]
    fn write_clipboard(text: &str) -> Result<JsValue, JsValue>;

    /// A promise, seen only as something with `then`.
    type Thenable;

    #[wasm_bindgen(method, js_name = then)]
    fn then_either(this: &Thenable, fulfilled: &JsValue, rejected: &JsValue);
}

/// Calls `f` once `promise` has settled, with the value it resolved to or the reason it was
/// rejected. One callback for both outcomes, so that it is always called, and so freed.
fn when_settled(promise: &JsValue, f: impl FnOnce(JsValue) + 'static) {
    let callback = Closure::once_into_js(f);
    promise.unchecked_ref::<Thenable>().then_either(&callback, &callback);
}

/// Copies `text`, then calls `done` with the outcome: the clipboard API first, then the old
/// `execCommand` route for browsers or frames that refuse it.
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    match write_clipboard(&text) {
        // `writeText` resolves to `undefined`; a rejection carries its reason.
        Ok(promise) => when_settled(&promise, move |v| {
            done(v.is_undefined() || copy_with_exec_command(&text));
        }),
        Err(_) => done(copy_with_exec_command(&text)),
    }
}

fn copy_with_exec_command(text: &str) -> bool {
    let document = gloo::utils::document();
    let Ok(el) = document.create_element("textarea") else {
        return false;
    };
    let area: web_sys::HtmlTextAreaElement = el.unchecked_into();
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    area.set_class_name("wt-sr-only");
    let Some(body) = document.body() else {
        return false;
    };
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let ok = document
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    ok
}

/// `navigator.share`, where the browser has it (looked up at run time: it is not everywhere).
fn share_function() -> Option<Function> {
    let navigator = window().navigator();
    Reflect::get(&navigator, &JsValue::from_str("share")).ok()?.dyn_into::<Function>().ok()
}

/// Opens the system share sheet with a title and URL. Closing it without sharing rejects
/// its promise, which is expected and so handled here.
pub fn share(title: &str, url: &str) {
    let Some(f) = share_function() else { return };
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    if let Ok(p) = f.call1(&window().navigator(), &data) {
        if p.is_instance_of::<js_sys::Promise>() {
            when_settled(&p, drop);
        }
    }
}

/// Sets the page's language, and applies the colour scheme, the embed mode, whether a section
/// stands alone and the accent through attributes and the CSSOM, both allowed under a strict
/// `style-src` (no `style=` attribute is ever written into the markup). The page's own head
/// script sets the same attributes from the link before the first paint.
pub fn apply_page(lang: Lang, theme: Theme, accent: Option<u32>, embed: bool, alone: bool) {
    let Some(html) = gloo::utils::document().document_element() else {
        return;
    };
    let _ = html.set_attribute("lang", lang.tag());
    let _ = match theme {
        Theme::Auto => html.remove_attribute("data-theme"),
        Theme::Light => html.set_attribute("data-theme", "light"),
        Theme::Dark => html.set_attribute("data-theme", "dark"),
    };
    for (name, on) in [("data-embed", embed), ("data-alone", alone)] {
        let _ = if on { html.set_attribute(name, "") } else { html.remove_attribute(name) };
    }
    if let Some(el) = html.dyn_ref::<web_sys::HtmlElement>() {
        let style = el.style();
        let _ = match accent {
            Some(rgb) => {
                style.set_property("--wt-host-accent", &format!("#{}", link::hex_colour(rgb)))
            }
            None => style.remove_property("--wt-host-accent").map(|_| ()),
        };
    }
}

/// A live resize observer and the callback it calls; dropping the callback disables it.
pub type SizeObserver = (web_sys::ResizeObserver, Closure<dyn FnMut(Array)>);

/// Calls `on_resize` with `target`'s size (CSS px, width and height of its border box)
/// whenever it changes. Returns the observer (keep it alive).
pub fn observe_size(
    target: &web_sys::Element,
    mut on_resize: impl FnMut(f64, f64) + 'static,
) -> Option<SizeObserver> {
    let el = target.clone();
    let closure = Closure::<dyn FnMut(Array)>::new(move |_entries: Array| {
        let rect = el.get_bounding_client_rect();
        // Not while the app is drawn out of sight (its container hidden) at load.
        if rect.width() > 0.0 {
            on_resize(rect.width(), rect.height());
        }
    });
    let observer = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()).ok()?;
    observer.observe(target);
    Some((observer, closure))
}

/// The width (CSS px) the app will have under `root`: that of its static block, a block as
/// wide as `root`'s content box, or else `root`'s own.
pub fn content_width(root: &web_sys::Element) -> u32 {
    let el = root.query_selector(".wt-static").ok().flatten().unwrap_or_else(|| root.clone());
    u32::try_from(el.client_width()).unwrap_or(0)
}

#[wasm_bindgen]
extern "C" {
    /// `window.requestResize()`, the proposed standard for embedded sizing (where the host's
    /// frame has `frame-sizing: content-height`; see embed/embed.js): the frame takes the
    /// document's height again. Missing in most browsers; it throws outside a frame.
    #[wasm_bindgen(js_namespace = window, js_name = requestResize, catch)]
    fn request_resize() -> Result<(), JsValue>;
}

/// Tells the host page the widget's content height: by the message embed/embed.js listens
/// for, and by the proposed standard where the browser has it. Only a height is sent,
/// nothing private, so any host may receive it.
pub fn report_height(height: f64) {
    if !in_frame() {
        return;
    }
    let msg = Object::new();
    let _ = Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = Reflect::set(&msg, &"height".into(), &height.ceil().into());
    if let Ok(Some(parent)) = window().parent() {
        let _ = parent.post_message(&msg, "*");
    }
    if HAS_REQUEST_RESIZE.with(|v| *v) {
        let _ = request_resize();
    }
}

/// Offers `text` as a file download, generated here in the browser (no server).
pub fn download(file_name: &str, text: &str, mime: &str) {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = gloo::utils::document();
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(file_name);
        a.set_class_name("wt-sr-only");
        if let Some(body) = document.body() {
            let _ = body.append_child(&a);
            a.click();
            a.remove();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

#[wasm_bindgen]
extern "C" {
    /// `js/boot.js`: copies the drawing `selector` names with its styles, draws the words
    /// around it and downloads it as `file` (a PNG when `png`). Asynchronous (a PNG waits for
    /// the canvas); its own failures go to the console.
    #[wasm_bindgen(js_name = woontopImage, catch)]
    fn woontop_image(
        selector: &str,
        file: &str,
        png: bool,
        title: &str,
        sub: &str,
        foot: &str,
    ) -> Result<(), JsValue>;
}

/// Downloads an image of the chart or the map (see `features::share::image`).
pub fn image(selector: &str, file: &str, png: bool, words: &crate::features::share::image::Words) {
    if woontop_image(selector, file, png, words.title, &words.sub, &words.foot).is_err() {
        web_sys::console::warn_1(&"Woontop widget: images need js/boot.js".into());
    }
}

/// Opens the browser's print dialog (the print stylesheet hides the controls).
pub fn print() {
    let _ = window().print();
}

/// Calls `on_print(true)` before the page is printed and `on_print(false)` after, however the
/// printing was started (the print button, the browser's menu, Ctrl+P). Keep the listeners.
pub fn on_print(on_print: impl Fn(bool) + Clone + 'static) -> [gloo::events::EventListener; 2] {
    let after = on_print.clone();
    [
        gloo::events::EventListener::new(&window(), "beforeprint", move |_| on_print(true)),
        gloo::events::EventListener::new(&window(), "afterprint", move |_| after(false)),
    ]
}

/// The booklet's sentences from the static block's data block (`PageTexts`), when it was
/// written for this build's texts. Must run before the first render, while the static block
/// is still in the page. A stale block gives no texts and one console warning; a page without
/// a block (the browser tests') gives no texts. The markup parts come from the same block, and
/// the country's outline from the static page's map.
pub fn read_page_texts(root: &web_sys::Element) -> PageTexts {
    let block = root.query_selector(&format!("#{TEXTS_ID}")).ok().flatten();
    let hash = block.as_ref().and_then(|b| b.get_attribute("data-texts"));
    let found = block.and_then(|b| b.text_content()).unwrap_or_default();
    let any = hash.is_some() || !found.is_empty();
    let parts = Lang::ALL
        .iter()
        .map(|l| {
            let part = root.query_selector(&format!("#{}", part_id(*l))).ok().flatten();
            part.map(|p| p.inner_html()).unwrap_or_default()
        })
        .collect();
    let outline = root
        .query_selector(".wt-map-land")
        .ok()
        .flatten()
        .and_then(|path| path.get_attribute("d"))
        .unwrap_or_default();
    PageTexts::from_page(hash.as_deref(), &found).map_or_else(|stale| {
        if any {
            web_sys::console::warn_1(
                &format!(
                    "Woontop widget: the page's static block was written for other texts ({}) than this build's ({PAGE_TEXTS_HASH}); the booklet's sentences are not shown. Rebuild the page with this build.",
                    if stale.found.is_empty() { "none" } else { &stale.found }
                )
                .into(),
            );
        }
        PageTexts::missing()
    }, |texts| texts.with_parts(parts).with_outline(outline))
}
