//! The navigation, after the WAI-ARIA tabs pattern with automatic activation: a `tablist` of
//! `tab` buttons, each `aria-selected` and `aria-controls` its `tabpanel`; only the selected
//! tab is in the Tab order (roving tabindex); Left and Right move to the previous and next
//! tab (wrapping), Home and End to the first and last, and the tab reached opens. Opening a
//! section is a deliberate action: a history entry, so back and forward move between
//! sections.
//!
//! The static page (`links`) draws the same navigation as links to the panels' anchors, so
//! that without JavaScript every section is reachable (all panels are in that page).
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::i18n::{texts, Lang};
use crate::core::link::Section;
use crate::core::state::Action;
use crate::features::share::view::bool_attr;

/// The id of a section's tab and of its panel.
pub fn tab_id(s: Section) -> String {
    format!("wt-tab-{}", s.code())
}

pub fn panel_id(s: Section) -> String {
    format!("wt-panel-{}", s.code())
}

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub lang: Lang,
    pub section: Section,
    /// Links to the panels instead of tabs (the static page).
    #[prop_or_default]
    pub links: bool,
    pub on_action: Callback<Action>,
}

/// The section the key moves to from `now`, if it moves.
fn moved(now: Section, key: &str) -> Option<Section> {
    let all = Section::ALL;
    let i = all.iter().position(|s| *s == now)?;
    match key {
        "ArrowRight" => Some(all[(i + 1) % all.len()]),
        "ArrowLeft" => Some(all[(i + all.len() - 1) % all.len()]),
        "Home" => Some(all[0]),
        "End" => Some(all[all.len() - 1]),
        _ => None,
    }
}

#[function_component]
pub fn Tabs(p: &TabsProps) -> Html {
    let t = texts(p.lang);
    // Only the static page draws links: that branch is left out of the wasm.
    if cfg!(not(target_arch = "wasm32")) && p.links {
        return html! {
            <nav class="wt-tabs" aria-label={t.sections}>
                { for Section::ALL.into_iter().map(|s| html! {
                    <a class="wt-tab" href={format!("#{}", panel_id(s))} data-tab={s.code()}>{ (t.section)(s) }</a>
                }) }
            </nav>
        };
    }
    let (now, on_action) = (p.section, p.on_action.clone());
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        // Focus goes to the tab reached, which exists already; the render that opens its
        // section keeps that element, and so the focus.
        if let Some(next) = moved(now, &e.key()) {
            e.prevent_default();
            if let Some(tab) = gloo::utils::document().get_element_by_id(&tab_id(next)) {
                let _ = tab.unchecked_into::<web_sys::HtmlElement>().focus();
            }
            on_action.emit(Action::Open(next));
        }
    });
    html! {
        <div class="wt-tabs" role="tablist" aria-label={t.sections} {onkeydown}>
            { for Section::ALL.into_iter().map(|s| {
                let selected = s == now;
                let onclick = p.on_action.reform(move |_: MouseEvent| Action::Open(s));
                html! {
                    <button type="button" role="tab" class="wt-tab" id={tab_id(s)} data-tab={s.code()}
                        aria-selected={bool_attr(selected)} aria-controls={panel_id(s)}
                        tabindex={if selected { "0" } else { "-1" }} {onclick}>{ (t.section)(s) }</button>
                }
            }) }
        </div>
    }
}

/// A section's panel: its heading (for a screen reader's list of headings; shown where there
/// is no tab to name it: the static page without JavaScript, a section alone, a printout),
/// then its content. `tabbed`: drawn as a tab's panel (labelled by its tab); otherwise a
/// section of its own, labelled by its heading.
pub fn panel(lang: Lang, s: Section, tabbed: bool, content: Html) -> Html {
    let t = texts(lang);
    let heading = format!("wt-h-{}", s.code());
    let title = match s {
        Section::Calc => t.calc_heading,
        Section::Map => t.map_heading,
        Section::Chart => t.chart_heading,
        Section::Table => t.table_caption,
        Section::Sources => (t.section)(Section::Sources),
    };
    let (role, labelled) =
        if tabbed { (Some("tabpanel"), tab_id(s)) } else { (None, heading.clone()) };
    html! {
        <section key={s.code()} class="wt-panel" id={panel_id(s)} data-panel={s.code()} role={role}
            aria-labelledby={labelled}>
            <h2 class="wt-panel-h" id={heading}>{ title }</h2>
            { content }
        </section>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn arrows_wrap_and_home_and_end_go_to_the_ends() {
        assert_eq!(moved(Section::Calc, "ArrowRight"), Some(Section::Map));
        assert_eq!(moved(Section::Calc, "ArrowLeft"), Some(Section::Sources));
        assert_eq!(moved(Section::Sources, "ArrowRight"), Some(Section::Calc));
        assert_eq!(moved(Section::Chart, "Home"), Some(Section::Calc));
        assert_eq!(moved(Section::Chart, "End"), Some(Section::Sources));
        assert_eq!(moved(Section::Chart, "Enter"), None);
    }
}
