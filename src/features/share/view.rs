//! The share bar (copy the link, the share sheet, the embed code, print) with its embed
//! dialog, the image buttons under the chart and the map, and the notices about an opening
//! link. What a button asks of the browser goes to the root as a `Command`.
use yew::prelude::*;

use crate::core::dataset::{changes_since, PageTexts, AREAS, DATASET_VERSION};
use crate::core::format;
use crate::core::i18n::{texts, Lang};
use crate::core::link::{self, Ignored, LinkState, Section};
use crate::core::selection::Selection;
use crate::core::state::{Action, Embedded};
use crate::features::share::{embed_height_of, Command, Graphic, ImageFormat};
use crate::features::sources::changes::since_list;

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    pub lang: Lang,
    /// The link to this view, and what the embed code links to.
    pub link: LinkState,
    pub embed_link: LinkState,
    /// The page's own address (links are made from it).
    pub base: AttrValue,
    pub section: Section,
    /// One area's own view is shown (its embed code offers that area).
    pub area_view: bool,
    pub embedded: Embedded,
    pub copied: Option<bool>,
    pub show_embed: bool,
    /// Inside a frame the widget offers no embed code (it is already embedded).
    pub in_frame: bool,
    pub can_share: bool,
    pub on_action: Callback<Action>,
    pub on_command: Callback<Command>,
    /// Actions of the open section that lead the row ("Zet vast" in the calculator).
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn ShareBar(p: &ShareBarProps) -> Html {
    let t = texts(p.lang);
    let command = |c: Command| p.on_command.reform(move |_: MouseEvent| c);
    let toggle_embed = p.on_action.reform(|_: MouseEvent| Action::ToggleEmbed);
    html! {
        <div class="wt-share">
            <div class="wt-share-buttons">
                { p.children.clone() }
                <button type="button" class="wt-btn wt-copy" onclick={command(Command::CopyLink)}>{ t.copy_link }</button>
                if p.can_share {
                    <button type="button" class="wt-btn wt-share-sheet" onclick={command(Command::Share)}>{ t.share }</button>
                }
                if !p.in_frame {
                    <button type="button" class="wt-btn wt-embed-btn" aria-expanded={bool_attr(p.show_embed)}
                        aria-controls="wt-embed-code" onclick={toggle_embed}>{ t.embed.button }</button>
                }
                <button type="button" class="wt-btn wt-print" onclick={command(Command::Print)}>{ t.print }</button>
            </div>
            <p class="wt-share-status" role="status">
                { match p.copied { Some(true) => t.copied, Some(false) => t.copy_failed, None => "" } }
            </p>
            // The link to copy by hand, when copying failed.
            if p.copied == Some(false) {
                <input class="wt-link-out" type="text" readonly=true
                    value={link::standalone_url(&p.base, &p.link)} aria-label={t.copy_link} />
            }
            if p.show_embed && !p.in_frame { { embed_dialog(p) } }
        </div>
    }
}

/// `"true"` or `"false"`, for `aria-pressed`, `aria-expanded` and `aria-selected`.
pub fn bool_attr(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// What to embed: the whole widget opening on this section, this section alone, or one
/// area's own view; then the code, and the height the frame starts with.
fn embed_dialog(p: &ShareBarProps) -> Html {
    let t = texts(p.lang);
    let w = &t.embed;
    let section = (t.section)(p.section);
    let area = match p.embedded {
        Embedded::Area(i) => i,
        _ => 0,
    };
    let height = embed_height_of(p.section, p.embedded);
    let snippet = link::embed_snippet(&p.base, &p.embed_link, w.title, height);
    let pick_area = p.on_action.reform(|e: Event| {
        let code = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        Action::Embed(Embedded::Area(AREAS.iter().position(|a| a.id == code).unwrap_or(0)))
    });
    let radio = |what: Embedded, label: String, id: &'static str| {
        let same = std::mem::discriminant(&p.embedded) == std::mem::discriminant(&what);
        html! {
            <label class="wt-choice" for={id}>
                <input type="radio" id={id} name="wt-embed-what" checked={same}
                    onchange={p.on_action.reform(move |_: Event| Action::Embed(what))} />
                { label }
            </label>
        }
    };
    html! {
        <div id="wt-embed-code" class="wt-embed-code">
            <fieldset>
                <legend>{ w.what }</legend>
                if !p.area_view {
                    { radio(Embedded::Whole, (w.whole)(section), "wt-embed-whole") }
                    { radio(Embedded::Section, (w.section)(section), "wt-embed-section") }
                }
                <div class="wt-choice-area">
                    { radio(Embedded::Area(area), w.area.to_string(), "wt-embed-area") }
                    <select aria-label={w.area} onchange={pick_area} disabled={!matches!(p.embedded, Embedded::Area(_))}>
                        { for AREAS.iter().enumerate().map(|(i, a)| html! {
                            <option value={a.id} selected={i == area}>{ a.name }</option>
                        }) }
                    </select>
                </div>
            </fieldset>
            <label for="wt-embed-text">{ w.help }</label>
            <textarea id="wt-embed-text" readonly=true rows="4" value={snippet} />
            <p class="wt-hint">{ (w.height)(&format::int(u64::from(height), p.lang)) }</p>
        </div>
    }
}

/// "Als afbeelding: SVG PNG", under a drawing. Each button's accessible name says what it
/// downloads ("Kaart downloaden als PNG") and ends in its visible label.
pub fn image_buttons(lang: Lang, graphic: Graphic, on_command: &Callback<Command>) -> Html {
    let t = texts(lang);
    let (name, code) = match graphic {
        Graphic::Chart => (t.image_chart, "chart"),
        Graphic::Ceiling => (t.ceiling.image, "ceiling"),
        Graphic::Map => (t.image_map, "map"),
    };
    html! {
        <p class="wt-img">
            <span>{ t.image_label }</span>
            { for ImageFormat::ALL.into_iter().map(|format| {
                let label = format.ext().to_ascii_uppercase();
                let onclick = on_command.reform(move |_: MouseEvent| Command::Image(graphic, format));
                html! {
                    <button type="button" class="wt-btn" data-image={format!("{code}.{}", format.ext())}
                        aria-label={format!("{name} {label}")} {onclick}>{ label }</button>
                }
            }) }
        </p>
    }
}

/// The parts of the opening link that were ignored, until dismissed. Nothing when none were.
/// `selection`: the areas the link shows (a notice about an older dataset lists the changes
/// for them).
pub fn notices(
    lang: Lang,
    list: &[Ignored],
    selection: Selection,
    page: &PageTexts,
    on_action: &Callback<Action>,
) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    let t = texts(lang);
    let dismiss = on_action.reform(|_: MouseEvent| Action::DismissNotices);
    let item = |n: &Ignored| match n {
        Ignored::OtherDataset(v) if changes_since(v).is_some() => html! {
            <li>
                { (t.open.since)(v, DATASET_VERSION) }
                { since_list(page, v, selection, lang) }
            </li>
        },
        n => html! { <li>{ n.message(lang) }</li> },
    };
    html! {
        <div class="wt-notices" role="status">
            <p><strong>{ t.notices_heading }</strong></p>
            <ul>{ for list.iter().map(item) }</ul>
            <button type="button" class="wt-btn" onclick={dismiss}>{ t.dismiss }</button>
        </div>
    }
}
