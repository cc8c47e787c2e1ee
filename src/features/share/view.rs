//! The share bar and the notices in the app, and the browser commands (copy, share sheet,
//! CSV, images, print), which run within the visitor's click.
use yew::prelude::*;

use crate::app::browser;
use crate::app::html::{pressed, raw};
use crate::core::act::{Act, Command, ImageFormat};
use crate::core::dataset::{Area, PageTexts};
use crate::core::i18n::{texts, Lang};
use crate::core::link::{self, Ignored, LinkState};
use crate::core::selection::Selection;
use crate::core::state::Action;
use crate::features::share::{image, markup};
use crate::features::PageView;

/// What the embed code shows: the view `state` links to, or only the area `area`.
fn embedded(state: &LinkState, area: Option<usize>) -> LinkState {
    let mut out = *state;
    out.view.area = area;
    if let Some(i) = area {
        out.selection = Selection::none().with(i, true);
    }
    out
}

/// The bar's state: `State::copied`, `State::show_embed`, `State::embed_area`.
pub struct ShareBar {
    pub copied: Option<bool>,
    pub show_embed: bool,
    pub embed_area: Option<usize>,
}

pub fn share_bar(
    lang: Lang,
    state: &LinkState,
    bar: &ShareBar,
    on_action: &Callback<Action>,
) -> Html {
    let ShareBar { copied, show_embed, embed_area } = *bar;
    let t = texts(lang);
    let on_pick = on_action.reform(|e: Event| {
        let code = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        Action::EmbedArea(Area::by_id(&code).map(|(i, _)| i))
    });
    let url = browser::standalone_url(state);
    let framed = browser::in_frame();

    html! {
        <div class="wt-share">
            <div class="wt-share-buttons">
                { raw(markup::buttons(browser::can_share(), lang)) }
                if !framed {
                    <button type="button" class="wt-btn wt-embed-btn" aria-expanded={pressed(show_embed)}
                        aria-controls="wt-embed-code" data-act={Act::ToggleEmbed.code()}>{ t.embed }</button>
                }
            </div>
            <p class="wt-share-status" role="status">
                { match copied { Some(true) => t.copied, Some(false) => t.copy_failed, None => "" } }
            </p>
            if copied == Some(false) {
                <input class="wt-link-out" type="text" readonly=true value={url} aria-label={t.copy_link} />
            }
            if show_embed && !framed {
                <div id="wt-embed-code" class="wt-embed-code">
                    <label class="wt-embed-what">
                        <span>{ t.embed_what }</span>
                        <select onchange={on_pick}>{ raw(markup::embed_choices(embed_area, lang)) }</select>
                    </label>
                    <label for="wt-embed-text">{ t.embed_help }</label>
                    <textarea id="wt-embed-text" readonly=true rows="4"
                        value={link::embed_snippet(&browser::base_url(), &embedded(state, embed_area), t.embed_title)} />
                </div>
            }
        </div>
    }
}

/// Runs a share-bar command for the view `state` links to; a copy reports its outcome as an
/// action. `page` gives the CSV its Dutch notes, `view` the images their captions.
pub fn run(
    command: Command,
    state: &LinkState,
    page: &PageTexts,
    view: &PageView,
    on_action: &Callback<Action>,
) {
    let lang = state.view.lang;
    match command {
        Command::CopyLink => {
            let on_action = on_action.clone();
            browser::copy_text(browser::standalone_url(state), move |ok| {
                on_action.emit(Action::Copied(ok));
            });
        }
        Command::Share => browser::share(texts(lang).embed_title, &browser::standalone_url(state)),
        Command::Csv => {
            let funding = crate::core::funding::compute(state.selection, state.amounts);
            let sort = state.view.sort;
            let text = crate::core::csv::export(state.selection, &funding, lang, page, sort);
            browser::download(&crate::core::csv::file_name(lang), &text, "text/csv;charset=utf-8");
        }
        Command::Print => browser::print(),
        Command::Image(graphic, format) => {
            let summary = image::caption(graphic, view);
            let words = image::words(graphic, lang, summary, &browser::standalone_url(state));
            let file = image::file_name(graphic, format, lang);
            browser::image(image::selector(graphic), &file, format == ImageFormat::Png, &words);
        }
    }
}

/// The parts of the opening link that were ignored, until dismissed (`markup::notices`).
pub fn notices(lang: Lang, list: &[Ignored]) -> Html {
    raw(markup::notices(list, lang))
}
