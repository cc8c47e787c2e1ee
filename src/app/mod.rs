//! The Yew shell: mounts the widget, owns the state, renders the core's view model.
//! Browser-only (compiled for wasm32); it computes no figure itself.

pub mod components;
pub mod state;

use std::cell::Cell;
use yew::prelude::*;

use crate::core::i18n::{texts, Lang};
use crate::core::view;
use components::header::Header;
use components::national::National;
use components::table::DataTable;
use state::{Action, State};

/// The id of the element the widget mounts into (index.html holds the fallback text there).
pub const ROOT_ID: &str = "app";

thread_local! {
    /// The language the panic message is shown in (the hook cannot reach the component state).
    static CURRENT_LANG: Cell<Lang> = const { Cell::new(Lang::Nl) };
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let table = {
        let (selection, lang) = (state.selection, state.lang);
        use_memo((selection, lang), |(s, l)| view::table(*s, *l))
    };
    let national = use_memo(state.lang, |l| view::national(*l));

    {
        let lang = state.lang;
        use_effect_with(lang, move |lang| {
            CURRENT_LANG.with(|c| c.set(*lang));
            if let Some(html) = gloo::utils::document().document_element() {
                let _ = html.set_attribute("lang", lang.tag());
            }
        });
    }
    // Marks the root once mounted, so that tests and the benchmark know the app is live.
    use_effect_with((), |()| {
        if let Some(root) = gloo::utils::document().get_element_by_id(ROOT_ID) {
            let _ = root.set_attribute("data-ready", "true");
        }
    });

    let on_lang = {
        let state = state.clone();
        Callback::from(move |l| state.dispatch(Action::SetLang(l)))
    };
    let lang = state.lang;
    html! {
        <main class="wt" lang={lang.tag()}>
            <Header {lang} {on_lang} />
            <DataTable {lang} view={table} />
            <National {lang} view={(*national).clone()} />
        </main>
    }
}

fn show_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("Woontop widget: {info}").into());
    let lang = CURRENT_LANG.with(Cell::get);
    let document = gloo::utils::document();
    if let Some(root) = document.get_element_by_id(ROOT_ID) {
        root.set_inner_html("");
        if let Ok(p) = document.create_element("p") {
            p.set_class_name("wt-error");
            let _ = p.set_attribute("role", "alert");
            p.set_text_content(Some(texts(lang).panic_message));
            let _ = root.append_child(&p);
        }
    }
}

/// Mounts the widget into `#app`, replacing the static fallback content.
pub fn start() {
    std::panic::set_hook(Box::new(show_panic));
    let document = gloo::utils::document();
    let root = match document.get_element_by_id(ROOT_ID) {
        Some(el) => el,
        None => gloo::utils::body().into(),
    };
    root.set_inner_html("");
    yew::Renderer::<App>::with_root(root).render();
}
