//! How the booklet's sentences and our notes are shown wherever a feature cites them (a table
//! row's sources, the area view, the national figures): the sentence as a Dutch quotation, or
//! a polite line when the page's texts are not available (a page without its data block).
//! Display-only parts, written as functions of the page's texts that the citing component
//! calls.
use std::rc::Rc;

use yew::prelude::*;

use crate::core::dataset::{PageText, PageTexts};
use crate::core::i18n::{texts, Lang};
use crate::features::table::model::{CellView, NoteView};

/// The booklet's sentences, which the root provides to every component (a context).
#[hook]
pub fn use_page_texts() -> Rc<PageTexts> {
    use_context::<Rc<PageTexts>>().unwrap_or_default()
}

/// A booklet sentence as a quotation.
pub fn quote(page: &PageTexts, q: PageText, lang: Lang) -> Html {
    let text = page.get(q);
    if text.is_empty() {
        return html! { <p class="wt-noquote">{ texts(lang).quote_missing }</p> };
    }
    html! { <blockquote lang="nl">{ text.to_string() }</blockquote> }
}

/// A list of notes, each with its kind, its text (Dutch where the page has it, otherwise the
/// English text rather than none) and the sentence behind it.
pub fn notes(page: &PageTexts, list: &[NoteView], lang: Lang) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="wt-notes">
            { for list.iter().map(|n| {
                let text = match page.get(n.text) {
                    "" => texts(lang).quote_missing,
                    text => text,
                };
                html! {
                    <li>
                        <strong>{ n.kind }{ ": " }</strong>
                        <span>{ text.to_string() }</span>
                        { quote(page, n.quote, lang) }
                    </li>
                }
            }) }
        </ul>
    }
}

/// A figure's source: the booklet's "+N woningen" box, the sentence the figure comes from,
/// the notes.
pub fn figure_source(page: &PageTexts, c: &CellView, lang: Lang) -> Html {
    let t = texts(lang);
    let boxed = c.box_text.map(|b| page.get(b)).filter(|b| !b.is_empty());
    html! {
        <>
            if let Some(b) = boxed {
                <p class="wt-boxtext">{ t.source_box }{ ": " }<q lang="nl">{ b.to_string() }</q></p>
            }
            if let Some(q) = c.quote {
                <p class="wt-srclabel">{ t.source }{ ":" }</p>
                { quote(page, q, lang) }
            }
            { notes(page, &c.notes, lang) }
        </>
    }
}

/// An area's bottlenecks, each with the booklet sentences behind it.
pub fn bottlenecks(page: &PageTexts, list: &[(&'static str, Vec<PageText>)], lang: Lang) -> Html {
    html! {
        <ul class="wt-notes">
            { for list.iter().map(|(label, quotes)| html! {
                <li>
                    <strong>{ *label }</strong>
                    { for quotes.iter().map(|q| quote(page, *q, lang)) }
                </li>
            }) }
        </ul>
    }
}

/// The names the booklet gives for an area (neighbourhoods, programme, website), each kind
/// with its names and the sentence that names them.
pub fn names(page: &PageTexts, area: usize, lang: Lang) -> Html {
    let t = texts(lang);
    let Some(a) = crate::core::dataset::AREAS.get(area) else { return Html::default() };
    if a.context.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="wt-notes wt-names">
            { for a.context.iter().map(|c| html! {
                <li>
                    <strong>{ (t.open.name_kind)(c.kind) }{ ": " }</strong>
                    <span>{ c.names.join(", ") }</span>
                    { quote(page, c.quote, lang) }
                </li>
            }) }
        </ul>
    }
}
