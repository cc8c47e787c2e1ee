//! Copy link, share sheet and embed snippet for the current view, and the notices about
//! parts of an opening link that were ignored.
use yew::prelude::*;

use crate::app::browser;
use crate::core::i18n::{texts, Lang};
use crate::core::link::{Ignored, LinkState};
use crate::core::state::Action;

/// Builds the CSV of the current view in the core and hands it to the browser as a download.
fn download_csv(link: &LinkState) {
    let funding = crate::core::funding::compute(link.selection, link.amounts);
    let text = crate::core::csv::export(link.selection, &funding, link.view.lang);
    browser::download(
        &crate::core::csv::file_name(link.view.lang),
        &text,
        "text/csv;charset=utf-8",
    );
}

/// What the share bar shows besides its buttons; held by the root component.
pub struct ShareUi {
    /// The outcome of the last copy: copied, or failed (then the link is shown to copy by hand).
    pub status: UseStateHandle<Option<bool>>,
    /// Whether the embed code is open.
    pub show_embed: UseStateHandle<bool>,
}

pub fn share_bar(lang: Lang, link: &LinkState, ui: &ShareUi) -> Html {
    let t = texts(lang);
    let (status, show_embed) = (ui.status.clone(), ui.show_embed.clone());
    let url = browser::standalone_url(link);
    let on_copy = {
        let (status, url) = (status.clone(), url.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, url) = (status.clone(), url.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(browser::copy_text(url).await));
            });
        })
    };
    let on_share = {
        let url = url.clone();
        let title = t.embed_title;
        Callback::from(move |_: MouseEvent| {
            let url = url.clone();
            wasm_bindgen_futures::spawn_local(async move { browser::share(title, &url).await });
        })
    };
    let toggle_embed = {
        let show = show_embed.clone();
        Callback::from(move |_: MouseEvent| show.set(!*show))
    };
    let on_csv = {
        let link = *link;
        Callback::from(move |_: MouseEvent| download_csv(&link))
    };
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let can_share = browser::can_share();
    let framed = browser::in_frame();
    html! {
        <div class="wt-share">
            <div class="wt-share-buttons">
                <button type="button" class="wt-btn wt-copy" onclick={on_copy}>{ t.copy_link }</button>
                if can_share { <button type="button" class="wt-btn" onclick={on_share}>{ t.share }</button> }
                <button type="button" class="wt-btn wt-csv" onclick={on_csv}>{ t.download_csv }</button>
                <button type="button" class="wt-btn wt-print" onclick={on_print}>{ t.print }</button>
                if !framed {
                    <button type="button" class="wt-btn wt-embed-btn" aria-expanded={show_embed.to_string()}
                        aria-controls="wt-embed-code" onclick={toggle_embed}>{ t.embed }</button>
                }
            </div>
            <p class="wt-share-status" role="status">
                { match *status { Some(true) => t.copied, Some(false) => t.copy_failed, None => "" } }
            </p>
            if *status == Some(false) {
                <input class="wt-link-out" type="text" readonly=true value={url.clone()} aria-label={t.copy_link} />
            }
            if *show_embed && !framed {
                <div id="wt-embed-code" class="wt-embed-code">
                    <label for="wt-embed-text">{ t.embed_help }</label>
                    <textarea id="wt-embed-text" readonly=true rows="4" value={crate::core::link::embed_snippet(&browser::base_url(), link, t.embed_title)} />
                </div>
            }
        </div>
    }
}

/// The parts of the opening link that were ignored, until dismissed.
pub fn notices(lang: Lang, list: &[Ignored], on_action: &Callback<Action>) -> Html {
    if list.is_empty() {
        return html! {};
    }
    let t = texts(lang);
    let on_click = on_action.reform(|_: MouseEvent| Action::DismissNotices);
    html! {
        <div class="wt-notices" role="status">
            <p><strong>{ t.notices_heading }</strong></p>
            <ul>{ for list.iter().map(|n| html! { <li>{ n.message(lang) }</li> }) }</ul>
            <button type="button" class="wt-btn" onclick={on_click}>{ t.dismiss }</button>
        </div>
    }
}
