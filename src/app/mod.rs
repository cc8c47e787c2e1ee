//! The Yew shell: mounts the widget, owns the state, renders the core's view model.
//! Browser-only (compiled for wasm32); it computes no figure itself.

pub mod components;
pub mod state;

use std::cell::Cell;
use yew::prelude::*;

use crate::core::funding;
use crate::core::i18n::{texts, Lang};
use crate::core::{calc_view, view};
use components::amounts::AmountInput;
use components::controls::SelectionControls;
use components::header::Header;
use components::national::National;
use components::results::Results;
use components::table::DataTable;
use state::{Action, Category, State};

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
    let calc = {
        let (selection, lang, amounts) = (state.selection, state.lang, state.amounts);
        use_memo((selection, lang, amounts), |(s, l, a)| {
            calc_view::calc(&funding::compute(*s, *a), *s, *l)
        })
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
    let dispatch = |make: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(make()))
    };
    let on_all = dispatch(|| Action::SelectAll);
    let on_none = dispatch(|| Action::SelectNone);
    let on_municipality = {
        let state = state.clone();
        Callback::from(move |m: String| state.dispatch(Action::SelectMunicipality(m)))
    };
    let on_toggle = {
        let state = state.clone();
        Callback::from(move |i: usize| state.dispatch(Action::Toggle(i)))
    };
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
        <main class="wt" lang={lang.tag()}>
            <Header {lang} {on_lang} />
            <section class="wt-calc" aria-labelledby="wt-calc-h">
                <h2 id="wt-calc-h">{ t.calc_heading }</h2>
                <p class="wt-model">{ t.money_model }</p>
                <div class="wt-amounts">
                    { amount(Category::Build, "wt-amt-build", t.amount_build, t.amount_build_hint) }
                    { amount(Category::Extra, "wt-amt-extra", t.amount_extra, t.amount_hypo_hint) }
                    { amount(Category::Retrofit, "wt-amt-retrofit", t.amount_retrofit, t.amount_hypo_hint) }
                </div>
                <SelectionControls {lang} label={calc.selection_label.clone()} {on_all} {on_none} {on_municipality} />
                <Results {lang} view={calc.clone()} />
            </section>
            <DataTable {lang} view={table} {on_toggle} />
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
