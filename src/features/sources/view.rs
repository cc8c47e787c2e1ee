//! The sources section: the national figures, each opening to its booklet sentence, and
//! their caveats; how we count and how we compute; the caveat about the plans; the downloads
//! (CSV, print) with what each is for; the dataset as files; how to cite it; what changed,
//! version by version. (The names the booklet gives per area are in each table row's sources
//! and the area view.)
//!
//! Everything but the citations is the same for every visit in a language: it is written once,
//! natively, by `static_sources` (the static page prints it, and carries it for each language
//! as a part, see `PageTexts::part`), and the browser build shows that markup as it is
//! instead of building it again, which keeps its code out of the wasm. The citations hold the
//! current view's link, so the browser draws them (`cite`). The section's two buttons (CSV,
//! print) are found by one click listener on the section, whichever way it was drawn.
use yew::prelude::*;

use crate::core::cite::Length;
use crate::core::dataset::PageTexts;
use crate::core::i18n::{texts, Lang};
use crate::features::share::Command;
use crate::features::sources::cite::cite;
#[cfg(not(target_arch = "wasm32"))]
use crate::features::sources::{
    changes::changelog,
    national::national,
    quote::{notes, quote},
    DATASET_FILES,
};

/// A size in kB (1000 bytes), rounded up: "96 kB".
#[cfg(not(target_arch = "wasm32"))]
fn kb(bytes: usize, lang: Lang) -> String {
    (texts(lang).open.size)(&crate::core::format::int(bytes.div_ceil(1000) as u64, lang))
}

/// One of the page's fixed parts (`core::dataset::area_part_id`), as the page carries it in
/// its language's template (`area_parts_id`);
/// the polite "not loaded" line when the page carries none of this build's (a stale or bare
/// page: its Bronnen part, from the same static block, tells).
#[cfg(target_arch = "wasm32")]
pub fn page_part(id: &str, page: &PageTexts, lang: Lang) -> Html {
    use wasm_bindgen::JsCast;
    let markup = (!page.part(lang).is_empty())
        .then(|| {
            gloo::utils::document().get_element_by_id(&crate::core::dataset::area_parts_id(lang))
        })
        .flatten()
        .and_then(|t| t.dyn_into::<web_sys::HtmlTemplateElement>().ok())
        .and_then(|t| t.content().get_element_by_id(id))
        .map(|el| el.inner_html());
    match markup {
        // An area with nothing of the kind has an empty part.
        Some(markup) => Html::from_html_unchecked(AttrValue::from(markup)),
        None => html! { <p class="wt-noquote">{ texts(lang).quote_missing }</p> },
    }
}

/// The section for `link` (the current view's, for the citations); `cited`: the last copy of a
/// citation; `page`: the page's texts and parts.
pub fn sources(
    lang: Lang,
    page: &PageTexts,
    link: &str,
    cited: Option<(Length, Lang, bool)>,
    on_command: &Callback<Command>,
) -> Html {
    // The section's buttons, by their class: drawn by the browser or shown from the page's
    // markup, they have no listener of their own.
    let onclick = {
        let command = on_command.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(el) = e.target_dyn_into::<web_sys::Element>() else { return };
            let within = |class: &str| el.closest(class).ok().flatten().is_some();
            if within(".wt-csv") {
                command.emit(Command::Csv);
            } else if within(".wt-print") {
                command.emit(Command::Print);
            }
        })
    };
    #[cfg(target_arch = "wasm32")]
    let body = match page.part(lang) {
        "" => html! { <p class="wt-noquote">{ texts(lang).quote_missing }</p> },
        markup => Html::from_html_unchecked(AttrValue::from(markup.to_string())),
    };
    #[cfg(not(target_arch = "wasm32"))]
    let body = static_sources(lang, page);
    html! {
        <div class="wt-sources" {onclick}>
            { body }
            { cite(lang, link, cited, on_command) }
        </div>
    }
}

/// Everything in the section but the citations, for `lang` (see the module docs). Native:
/// the static page writes it.
#[cfg(not(target_arch = "wasm32"))]
pub fn static_sources(lang: Lang, page: &PageTexts) -> Html {
    let t = texts(lang);
    let o = &t.open;
    let view = national(lang);
    html! {
        <>
            <section class="wt-national" aria-labelledby="wt-national-h">
                <h3 id="wt-national-h">{ t.national_heading }</h3>
                <dl>
                    { for view.items.iter().map(|(label, value, q)| html! {
                        <div class="wt-stat">
                            <dt>{ *label }</dt>
                            <dd>
                                <span class="wt-stat-value">{ value.clone() }</span>
                                <details class="wt-src">
                                    <summary>{ t.source }</summary>
                                    { quote(page, *q, lang) }
                                </details>
                            </dd>
                        </div>
                    }) }
                </dl>
                if !view.notes.is_empty() {
                    <details class="wt-src wt-national-notes">
                        <summary><span class="wt-flag">{ t.flagged }</span>{ " " }{ t.national_notes }</summary>
                        <div class="wt-srcbox">{ notes(page, &view.notes, lang) }</div>
                    </details>
                }
            </section>
            <section class="wt-about" aria-labelledby="wt-about-h">
                <h3 id="wt-about-h">{ t.about_heading }</h3>
                <p class="wt-caveat"><strong>{ t.plans_caveat }</strong>{ " " }{ t.rotterdam_caveat }</p>
            </section>
            <section class="wt-rules" aria-labelledby="wt-rules-h">
                <h3 id="wt-rules-h">{ t.rules_heading }</h3>
                <ul>{ for t.rules.iter().map(|r| html! { <li>{ *r }</li> }) }</ul>
            </section>
            <section class="wt-money" aria-labelledby="wt-money-h">
                <h3 id="wt-money-h">{ t.money_heading }</h3>
                <p class="wt-model">{ t.money_model }</p>
            </section>
            <section class="wt-downloads" aria-labelledby="wt-downloads-h">
                <h3 id="wt-downloads-h">{ t.downloads_heading }</h3>
                <p><button type="button" class="wt-btn wt-csv">{ t.download_csv }</button>{ " " }{ t.csv_help }</p>
                <p><button type="button" class="wt-btn wt-print">{ t.print }</button>{ " " }{ t.print_help }</p>
            </section>
            <section class="wt-files" aria-labelledby="wt-files-h">
                <h3 id="wt-files-h">{ o.files_heading }</h3>
                <p>{ o.files_help }</p>
                <p class="wt-single-only">{ o.files_single }</p>
                <ul>
                    { for DATASET_FILES.iter().zip([o.file_json, o.file_csv, o.file_package]).map(|((name, size), what)| html! {
                        <li><a href={format!("dataset/{name}")} class="wt-file">{ *name }</a>{ format!(" ({}). {what}", kb(*size, lang)) }</li>
                    }) }
                </ul>
            </section>
            { changelog(page, lang) }
            <p class="wt-statement-line"><a href="toegankelijkheid.html" class="wt-statement">{ o.statement }</a>{ o.statement_help }</p>
        </>
    }
}
