//! Copy link, share sheet and embed snippet for the current view, and the notices about
//! parts of an opening link that were ignored.
use yew::prelude::*;

use crate::app::browser;
use crate::app::components::{pressed, raw};
use crate::core::fragments;
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

/// `copied` and `show_embed` are the state's (`State::copied`, `State::show_embed`).
/// Its buttons' clicks reach `share_click` through the root's one click listener.
pub fn share_bar(lang: Lang, link: &LinkState, copied: Option<bool>, show_embed: bool) -> Html {
    let t = texts(lang);
    let url = browser::standalone_url(link);
    let can_share = browser::can_share();
    let framed = browser::in_frame();
    html! {
        <div class="wt-share">
            <div class="wt-share-buttons">
                <button type="button" class="wt-btn wt-copy" data-act="copy">{ t.copy_link }</button>
                if can_share { <button type="button" class="wt-btn" data-act="share">{ t.share }</button> }
                <button type="button" class="wt-btn wt-csv" data-act="csv">{ t.download_csv }</button>
                <button type="button" class="wt-btn wt-print" data-act="print">{ t.print }</button>
                if !framed {
                    <button type="button" class="wt-btn wt-embed-btn" aria-expanded={pressed(show_embed)}
                        aria-controls="wt-embed-code" data-act="embed">{ t.embed }</button>
                }
            </div>
            <p class="wt-share-status" role="status">
                { match copied { Some(true) => t.copied, Some(false) => t.copy_failed, None => "" } }
            </p>
            if copied == Some(false) {
                <input class="wt-link-out" type="text" readonly=true value={url.clone()} aria-label={t.copy_link} />
            }
            if show_embed && !framed {
                <div id="wt-embed-code" class="wt-embed-code">
                    <label for="wt-embed-text">{ t.embed_help }</label>
                    <textarea id="wt-embed-text" readonly=true rows="4" value={crate::core::link::embed_snippet(&browser::base_url(), link, t.embed_title)} />
                </div>
            }
        </div>
    }
}

/// The share bar's own buttons (copy, share, CSV, print): they act on the browser, not on
/// the state. Returns false for any other button. Called within the click, so that the
/// browser sees the visitor's gesture (needed for the clipboard and the share sheet).
pub fn share_click(act: &str, lang: Lang, link: &LinkState, on_action: &Callback<Action>) -> bool {
    match act {
        "copy" => {
            let on_action = on_action.clone();
            let url = browser::standalone_url(link);
            browser::copy_text(url, move |ok| on_action.emit(Action::Copied(ok)));
        }
        "share" => browser::share(texts(lang).embed_title, &browser::standalone_url(link)),
        "csv" => download_csv(link),
        "print" => browser::print(),
        _ => return false,
    }
    true
}

/// The parts of the opening link that were ignored, until dismissed.
pub fn notices(lang: Lang, list: &[Ignored]) -> Html {
    if list.is_empty() {
        return html! {};
    }
    let t = texts(lang);
    html! {
        <div class="wt-notices" role="status">
            { raw(fragments::notices(list, lang)) }
            <button type="button" class="wt-btn" data-act="dismiss">{ t.dismiss }</button>
        </div>
    }
}
