//! The map: its caption (the summary, which names the table as the text alternative, and is
//! the SVG's accessible name), the legend, the drawing, the attribution and the image buttons.
//!
//! The drawing is one `<svg>` scaled to its container: the outline as one path, then the
//! symbols (per area a range's outer ring and its circle or diamond, largest first, so that a
//! smaller one lies over a larger neighbour), the leader lines as one path, then each area's
//! button: its label box (`role="button"`, focusable, at least 24 × 24 CSS px: the tap
//! target) followed by its label, drawn over the box and hidden from assistive technology and
//! the pointer (the button's name says more). A click on a symbol toggles its area too; Enter
//! and Space on a button do. State is `data-off` while an area is not selected and `data-hl`
//! while its bottleneck is highlighted, as in the table. Styling is by class only (the page's
//! policy allows no style attributes); the root's `font-size`, in view-box units, keeps the
//! labels at 12 CSS px or more.
use std::rc::Rc;

use yew::prelude::*;

use crate::core::dataset::PageTexts;
use crate::core::format::coord;
use crate::core::i18n::Lang;
use crate::core::state::Action;
use crate::features::map::model::{self, attribution, Key, MapState};
use crate::features::map::shown::SHOWN;
use crate::features::map::POSITIONS;
use crate::features::share::view::{bool_attr, image_buttons};
use crate::features::share::{Command, Graphic};
use crate::features::sources::quote::use_page_texts;

#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub lang: Lang,
    pub map: Rc<MapState>,
    pub on_action: Callback<Action>,
    pub on_command: Callback<Command>,
}

/// The legend's swatch for a key (its `data-key`): an empty span the stylesheet draws like the
/// symbols it stands for.
fn swatch(key: Key) -> &'static str {
    match key {
        Key::Size => "size",
        Key::NotSelected => "off",
        Key::Range => "range",
        Key::Unknown => "unknown",
        Key::Excluded => "map-excl",
        Key::Highlight => "hl",
    }
}

#[function_component]
pub fn Map(p: &MapProps) -> Html {
    let page = use_page_texts();
    html! {
        <div class="wt-map">
            <figure>
                <figcaption id="wt-map-summary">{ p.map.summary.clone() }</figcaption>
                <div class="wt-map-draw">{ drawing(&p.map, &outline(&page), &p.on_action) }</div>
                <ul class="wt-legend wt-map-legend">
                    { for p.map.legend.iter().map(|(key, label)| html! {
                        <li><span class="wt-swatch" data-key={swatch(*key)}></span>{ label.clone() }</li>
                    }) }
                </ul>
                <p class="wt-map-attr">{ attribution(p.lang) }</p>
            </figure>
            { image_buttons(p.lang, Graphic::Map, &p.on_command) }
        </div>
    }
}

/// A diamond with its centre at (x, y), `d` from the centre to each corner.
fn diamond(x: f64, y: f64, d: f64) -> String {
    let corners = [(0.0, -d), (d, 0.0), (0.0, d), (-d, 0.0)];
    let mut out = String::new();
    for (i, (dx, dy)) in corners.into_iter().enumerate() {
        out.push(if i == 0 { 'M' } else { 'L' });
        out.push_str(&coord(x + dx));
        out.push(' ');
        out.push_str(&coord(y + dy));
    }
    out.push('Z');
    out
}

/// Every leader line (label to symbol) as one path: they never change with the state.
fn leaders() -> String {
    let mut d = String::new();
    for [x1, y1, x2, y2] in SHOWN.marks.iter().filter_map(|m| m.leader) {
        for (command, x, y) in [('M', x1, y1), ('L', x2, y2)] {
            d.push(command);
            d.push_str(&coord(x));
            d.push(' ');
            d.push_str(&coord(y));
        }
    }
    d
}

/// The country's outline. The static page draws it, so the browser build reads it from there
/// (`PageTexts::outline`) rather than carry a second copy (1 KB compressed); natively, where the
/// static page is written, it is the generated path. A page without it (the browser tests'
/// mount) gets the areas without the land behind them.
fn outline(page: &PageTexts) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    if page.outline().is_empty() {
        return crate::features::map::NL_OUTLINE_PATH.to_string();
    }
    page.outline().to_string()
}

fn drawing(state: &MapState, outline: &str, on_action: &Callback<Action>) -> Html {
    let shown = &SHOWN;
    let vb = shown.view_box;
    let view_box = format!("{} {} {} {}", coord(vb.x), coord(vb.y), coord(vb.w), coord(vb.h));
    let off = |i: usize| (!state.areas[i].selected).then_some("true");
    let hl = |i: usize| state.areas[i].highlighted.then_some("true");
    let toggle = |i: usize| on_action.reform(move |_: MouseEvent| Action::Toggle(i));
    let symbol = |i: usize| {
        let (mark, area, pos) = (&shown.marks[i], &state.areas[i], &POSITIONS[i]);
        let (x, y) = (coord(pos.x), coord(pos.y));
        let ring = mark.range_r.map(|r| html! {
            <circle class="wt-map-ext" data-area={i.to_string()} data-off={off(i)} data-hl={hl(i)}
                cx={x.clone()} cy={y.clone()} r={coord(r)} onclick={toggle(i)} />
        });
        // What kind of symbol, by attribute (not a computed class: Yew's classes would bring
        // an index set into the wasm).
        let main = if area.known {
            html! {
                <circle class="wt-map-sym" data-excl={area.excluded.then_some("true")} data-area={i.to_string()}
                    data-off={off(i)} data-hl={hl(i)} cx={x} cy={y} r={coord(mark.r)} onclick={toggle(i)} />
            }
        } else {
            html! {
                <path class="wt-map-sym" data-unknown="true" data-area={i.to_string()} data-off={off(i)} data-hl={hl(i)}
                    d={diamond(pos.x, pos.y, mark.r)} onclick={toggle(i)} />
            }
        };
        html! { <>{ for ring }{ main }</> }
    };
    let button = |i: usize| {
        let (mark, area) = (&shown.marks[i], &state.areas[i]);
        let b = mark.label_box;
        let on_key = on_action.clone();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                on_key.emit(Action::Toggle(i));
            }
        });
        html! {
            <>
                <rect class="wt-map-hit" role="button" tabindex="0" aria-pressed={bool_attr(area.selected)}
                    aria-label={area.aria_label.clone()} data-area={i.to_string()} data-off={off(i)} data-hl={hl(i)}
                    x={coord(b.x)} y={coord(b.y)} width={coord(b.w)} height={coord(b.h)}
                    onclick={toggle(i)} {onkeydown} />
                <text class="wt-map-label" aria-hidden="true" x={coord(mark.text_x)} y={coord(mark.text_y)}
                    text-anchor={mark.anchor.svg()}>{ model::label(i, shown.width_px, area.known) }</text>
            </>
        }
    };
    html! {
        <svg class="wt-map-svg" viewBox={view_box} role="group" aria-labelledby="wt-map-summary"
            font-size={coord(shown.font_size)}>
            <path class="wt-map-land" d={outline.to_string()} aria-hidden="true" />
            <g class="wt-map-marks" aria-hidden="true">{ for shown.paint.iter().map(|&i| symbol(i)) }</g>
            <path class="wt-map-leaders" d={leaders()} aria-hidden="true" />
            { for (0..state.areas.len()).map(button) }
        </svg>
    }
}
