//! The map drawn from its geometry: one `<svg>` with the outline as one path, then the
//! symbols (`wt-map-marks`: per area its rings and circle or diamond, largest first), then each
//! area's button: `<g role="button" tabindex="0" aria-pressed aria-label data-act>` with its
//! leader line, label box (the tap target, at least 24 × 24 CSS px) and label, in dataset
//! order. The symbols carry the same `data-act` as their button, so that a click on a symbol
//! toggles its area too; they are hidden from assistive technology and not focusable, as the
//! button is the control. Also: the caption (the summary, which names the table as the text
//! alternative, and is the SVG's accessible name) with the legend, and the attribution line.
//!
//! Styling is by class only (the page's CSP allows no style attributes). The one presentation
//! attribute is the root's `font-size`, in view-box units: computed for the container's width
//! so that labels render at 12 CSS px or more; a stylesheet must not override it. Selection:
//! `aria-pressed` on the button, `wt-map-on` / `wt-map-off` on the symbol; the highlighted
//! bottleneck: `data-hl="true"` on both, as in the table.

use crate::core::act::{self, Act};
use crate::core::i18n::Lang;
use crate::core::markup::{class, coord_into, Markup, Value::Coord, Value::Text};
use crate::features::map::model::{self, AreaMark, Key, MapView, Shape};
use crate::features::map::NL_OUTLINE_PATH;

/// Space between a symbol and the highlight ring around it, in CSS px.
const RING_GAP_PX: f64 = 3.0;

/// A diamond with its centre at (x, y), `d` from the centre to each corner.
fn diamond(x: f64, y: f64, d: f64) -> String {
    let mut out = String::from("M");
    for (i, (dx, dy)) in [(0.0, -d), (d, 0.0), (0.0, d), (-d, 0.0)].into_iter().enumerate() {
        if i > 0 {
            out.push('L');
        }
        coord_into(&mut out, x + dx);
        out.push(' ');
        coord_into(&mut out, y + dy);
    }
    out.push('Z');
    out
}

pub fn svg(v: &MapView) -> String {
    let mut view_box = String::new();
    for (i, n) in [v.view_box.x, v.view_box.y, v.view_box.w, v.view_box.h].into_iter().enumerate() {
        if i > 0 {
            view_box.push(' ');
        }
        coord_into(&mut view_box, n);
    }
    let attrs = [
        ("class", Text("wt-map-svg")),
        ("viewBox", Text(&view_box)),
        ("role", Text("group")),
        ("aria-labelledby", Text("wt-map-summary")),
        ("font-size", Coord(v.font_size)),
    ];
    let px = v.px();
    Markup::build(|m| {
        m.el("svg", &attrs, |m| {
            let land = [
                ("class", Text("wt-map-land")),
                ("d", Text(NL_OUTLINE_PATH)),
                ("aria-hidden", Text("true")),
            ];
            m.leaf("path", &land);
            m.el("g", &[("class", Text("wt-map-marks")), ("aria-hidden", Text("true"))], |m| {
                for &i in &v.paint {
                    mark(m, &v.areas[i], px);
                }
            });
            for a in &v.areas {
                button(m, a);
            }
        });
    })
}

fn circle(m: &mut Markup, class: &str, x: f64, y: f64, r: f64) {
    m.leaf(
        "circle",
        &[("class", Text(class)), ("cx", Coord(x)), ("cy", Coord(y)), ("r", Coord(r))],
    );
}

/// An area's symbol: the highlight ring, the range's outer ring, and the circle or diamond.
fn mark(m: &mut Markup, a: &AreaMark, px: f64) {
    let act = Act::Toggle(a.index).code();
    let mut attrs = vec![
        (
            "class",
            Text(if a.selected { "wt-map-mark wt-map-on" } else { "wt-map-mark wt-map-off" }),
        ),
        (act::ATTR, Text(&act)),
    ];
    if a.highlighted {
        attrs.push(("data-hl", Text("true")));
    }
    m.el("g", &attrs, |m| {
        // Always drawn, shown by the stylesheet where the group is highlighted: the browser
        // applies the state to a drawing made once (`model::MapState`).
        circle(m, "wt-map-ring", a.x, a.y, a.outer_r() + RING_GAP_PX * px);
        if let Some(r) = a.range_r {
            circle(m, "wt-map-ext", a.x, a.y, r);
        }
        match a.shape {
            Shape::Circle => {
                let class = if a.excluded { "wt-map-sym wt-map-excl" } else { "wt-map-sym" };
                circle(m, class, a.x, a.y, a.r);
            }
            Shape::Diamond => {
                let d = diamond(a.x, a.y, a.r);
                m.leaf("path", &[("class", Text("wt-map-sym wt-map-unknown")), ("d", Text(&d))]);
            }
        }
    });
}

/// An area's button: its leader line, label box and label.
fn button(m: &mut Markup, a: &AreaMark) {
    let act = Act::Toggle(a.index).code();
    let mut attrs = vec![
        ("class", Text("wt-map-area")),
        ("role", Text("button")),
        ("tabindex", Text("0")),
        ("aria-pressed", Text(if a.selected { "true" } else { "false" })),
        ("aria-label", Text(&a.aria_label)),
        (act::ATTR, Text(&act)),
    ];
    if a.highlighted {
        attrs.push(("data-hl", Text("true")));
    }
    m.el("g", &attrs, |m| {
        if let Some([x1, y1, x2, y2]) = a.leader {
            let line = [
                ("class", Text("wt-map-leader")),
                ("x1", Coord(x1)),
                ("y1", Coord(y1)),
                ("x2", Coord(x2)),
                ("y2", Coord(y2)),
            ];
            m.leaf("line", &line);
        }
        let b = a.label_box;
        let rect = [
            ("class", Text("wt-map-hit")),
            ("x", Coord(b.x)),
            ("y", Coord(b.y)),
            ("width", Coord(b.w)),
            ("height", Coord(b.h)),
        ];
        m.leaf("rect", &rect);
        let text = [
            ("class", Text("wt-map-label")),
            ("x", Coord(a.text_x)),
            ("y", Coord(a.text_y)),
            ("text-anchor", Text(a.anchor.svg())),
        ];
        m.text_el("text", &text, &a.label);
    });
}

/// The legend's swatch for a key, drawn like the symbols it stands for (`mark`), in a
/// 16 × 16 box: fixed markup, so that the browser build needs no drawing code for it.
fn swatch(key: Key) -> &'static str {
    match key {
        Key::Size => "<svg class=\"wt-swatch\" viewBox=\"0 0 16 16\" aria-hidden=\"true\"><g class=\"wt-map-on\"><circle class=\"wt-map-sym\" cx=\"8\" cy=\"8\" r=\"7\"/></g></svg>",
        Key::NotSelected => "<svg class=\"wt-swatch\" viewBox=\"0 0 16 16\" aria-hidden=\"true\"><g class=\"wt-map-off\"><circle class=\"wt-map-sym\" cx=\"8\" cy=\"8\" r=\"7\"/></g></svg>",
        Key::Range => "<svg class=\"wt-swatch\" viewBox=\"0 0 16 16\" aria-hidden=\"true\"><g class=\"wt-map-on\"><circle class=\"wt-map-ext\" cx=\"8\" cy=\"8\" r=\"7\"/><circle class=\"wt-map-sym\" cx=\"8\" cy=\"8\" r=\"4.5\"/></g></svg>",
        Key::Unknown => "<svg class=\"wt-swatch\" viewBox=\"0 0 16 16\" aria-hidden=\"true\"><g class=\"wt-map-on\"><path class=\"wt-map-sym wt-map-unknown\" d=\"M8 1L15 8L8 15L1 8Z\"/></g></svg>",
        Key::Excluded => "<svg class=\"wt-swatch\" viewBox=\"0 0 16 16\" aria-hidden=\"true\"><g class=\"wt-map-on\"><circle class=\"wt-map-sym wt-map-excl\" cx=\"8\" cy=\"8\" r=\"7\"/></g></svg>",
        Key::Highlight => "<svg class=\"wt-swatch\" viewBox=\"0 0 16 16\" aria-hidden=\"true\"><g class=\"wt-map-on\" data-hl=\"true\"><circle class=\"wt-map-ring\" cx=\"8\" cy=\"8\" r=\"7\"/><circle class=\"wt-map-sym\" cx=\"8\" cy=\"8\" r=\"4\"/></g></svg>",
    }
}

/// The map's caption: its summary, also the SVG's accessible name.
pub fn caption(summary: &str) -> String {
    Markup::build(|m| {
        m.text_el("figcaption", &[("id", Text("wt-map-summary"))], summary);
    })
}

/// The legend: apart from the caption, as it changes less often (not with the selection).
pub fn legend(entries: &[(Key, String)]) -> String {
    Markup::build(|m| {
        m.el("ul", &class("wt-legend wt-map-legend"), |m| {
            for (key, label) in entries {
                m.el("li", &[], |m| {
                    m.trusted(swatch(*key));
                    m.text(label);
                });
            }
        });
    })
}

/// The sources' attribution, required by the ODbL and CC BY: one line under the map.
pub fn attribution(lang: Lang) -> String {
    Markup::build(|m| {
        m.text_el("p", &class("wt-map-attr"), &model::attribution(lang));
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::dataset::{BottleneckKind, AREAS};
    use crate::core::funding::{compute, Amounts};
    use crate::core::i18n::Lang;
    use crate::core::selection::Selection;
    use crate::features::map::model::{layout, Metric};

    fn map(selection: Selection, lang: Lang, width: f64) -> MapView {
        let f = compute(selection, Amounts::default());
        layout(selection, Metric::Homes, &f, Some(BottleneckKind::Grid), lang, width)
    }

    /// The start tags of `svg`, in order, with their attributes.
    fn tags(svg: &str) -> Vec<&str> {
        svg.split('<')
            .skip(1)
            .filter(|t| !t.starts_with('/'))
            .map(|t| t.split('>').next().unwrap_or(""))
            .collect()
    }

    #[test]
    fn every_area_is_one_focusable_toggle_button() {
        let s = Selection::municipality("Amsterdam");
        let v = map(s, Lang::Nl, 320.0);
        let svg = svg(&v);
        assert!(svg.starts_with("<svg class=\"wt-map-svg\" viewBox=\"-"));
        assert!(svg.contains(" role=\"group\" aria-labelledby=\"wt-map-summary\" font-size=\""));
        assert!(svg.ends_with("</text></g></svg>"));
        assert_eq!(svg.matches(NL_OUTLINE_PATH).count(), 1);
        let buttons: Vec<&str> =
            tags(&svg).into_iter().filter(|t| t.contains("role=\"button\"")).collect();
        assert_eq!(buttons.len(), AREAS.len());
        for (i, (b, a)) in buttons.iter().zip(&AREAS).enumerate() {
            // In dataset order, each with its act, focusable, its state and its name.
            assert!(b.contains(&format!("{}=\"{}\"", act::ATTR, Act::Toggle(i).code())), "{b}");
            assert!(b.contains("tabindex=\"0\""));
            let pressed = if s.contains(i) { "true" } else { "false" };
            assert!(b.contains(&format!("aria-pressed=\"{pressed}\"")), "{b}");
            assert!(b.contains(&format!("aria-label=\"{}: ", a.name)), "{b}");
            // The symbol carries the same act (a click on it toggles too); nothing else does.
            assert_eq!(svg.matches(&format!("=\"{}\"", Act::Toggle(i).code())).count(), 2);
            assert_eq!(Act::parse(&Act::Toggle(i).code()), Some(Act::Toggle(i)));
        }
        assert_eq!(svg.matches("tabindex=").count(), AREAS.len());
        assert_eq!(svg.matches("class=\"wt-map-mark wt-map-on\"").count(), 2);
        assert_eq!(svg.matches("class=\"wt-map-mark wt-map-off\"").count(), 18);
        // The symbols are hidden from assistive technology: the buttons name the areas.
        assert!(svg.contains("<g class=\"wt-map-marks\" aria-hidden=\"true\">"));
        // Highlight on symbol and button alike.
        let hl = AREAS.iter().filter(|a| a.has_bottleneck(BottleneckKind::Grid)).count();
        assert!(hl > 0);
        assert_eq!(svg.matches("data-hl=\"true\"").count(), 2 * hl);
        assert_eq!(svg.matches("class=\"wt-map-ring\"").count(), AREAS.len());
        // Every area's label, one text element each.
        assert_eq!(svg.matches("<text ").count(), AREAS.len());
        assert!(svg.contains(">Nieuw-West</text>") && svg.contains(">Eindhoven ?</text>"));
    }

    #[test]
    fn the_font_size_gives_twelve_px_or_more() {
        for width in [320.0, 640.0, 1280.0] {
            let v = map(Selection::all(), Lang::Nl, width);
            let svg = svg(&v);
            let size: f64 = svg
                .split("font-size=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .and_then(|s| s.parse().ok())
                .unwrap();
            let view_box_width: f64 = svg
                .split("viewBox=\"")
                .nth(1)
                .and_then(|s| s.split(' ').nth(2))
                .and_then(|s| s.parse().ok())
                .unwrap();
            // As written (one decimal, the view box's width rounded too): CSS px at this width.
            assert!(
                size * width / view_box_width >= 12.0 - 1e-3,
                "{width}: {size} of {view_box_width}"
            );
        }
    }

    #[test]
    fn svg_escapes_its_text() {
        let mut v = map(Selection::all(), Lang::Nl, 640.0);
        v.areas[0].label = "<b>&\"".into();
        v.areas[0].aria_label = "x\" onclick=\"y".into();
        let svg = svg(&v);
        assert!(svg.contains(">&lt;b&gt;&amp;&quot;</text>"));
        assert!(svg.contains("aria-label=\"x&quot; onclick=&quot;y\""));
        assert!(!svg.contains("<b>"));
        let mut v = map(Selection::all(), Lang::Nl, 640.0);
        v.summary = "<i>".into();
        v.legend[0].1 = "<script>".into();
        assert!(caption(&v.summary).contains(">&lt;i&gt;</figcaption>"));
        assert!(legend(&v.legend).contains("&lt;script&gt;"));
    }

    #[test]
    fn no_style_attributes() {
        let v = map(Selection::all(), Lang::Nl, 320.0);
        for html in [svg(&v), caption(&v.summary), legend(&v.legend), attribution(Lang::Nl)] {
            assert!(!html.contains("style="), "{html}");
        }
    }

    #[test]
    fn caption_legend_and_attribution_in_both_languages() {
        let v = map(Selection::all(), Lang::Nl, 640.0);
        let html = caption(&v.summary) + &legend(&v.legend);
        assert!(html.starts_with(
            "<figcaption id=\"wt-map-summary\">Kaart van de 20 gebieden, 20 geselecteerd."
        ));
        assert!(html.contains("de tabel geeft elk gebied en elk cijfer als tekst."));
        assert_eq!(html.matches("<li>").count(), v.legend.len());
        assert!(html.contains("Oppervlak van de cirkel: versneld bouwen 2025-2029"));
        assert!(html.contains("Ruit, ?: onbekend"));
        assert!(html.contains("class=\"wt-map-ext\""), "Utrecht's range");
        assert_eq!(
            attribution(Lang::Nl),
            "<p class=\"wt-map-attr\">Kaart: © OpenStreetMap-bijdragers (ODbL). Plaatsen: GeoNames (CC BY 4.0), op de wijk bij Amsterdam Zuidoost, Arnhem-Oost, Breda-Noord, Leeuwarden Oost, Roosendaal Ring, Rotterdam-Zuid, elders op de stad.</p>"
        );
        let en = map(Selection::all(), Lang::En, 640.0);
        assert!(legend(&en.legend).contains("Diamond, ?: unknown"));
        assert_eq!(
            attribution(Lang::En),
            "<p class=\"wt-map-attr\">Map: © OpenStreetMap contributors (ODbL). Places: GeoNames (CC BY 4.0), at the neighbourhood for Amsterdam Zuidoost, Arnhem-Oost, Breda-Noord, Leeuwarden Oost, Roosendaal Ring, Rotterdam-Zuid, elsewhere at the city.</p>"
        );
    }

    #[test]
    fn each_key_has_its_own_swatch_drawn_with_the_symbols_classes() {
        let keys =
            [Key::Size, Key::NotSelected, Key::Range, Key::Unknown, Key::Excluded, Key::Highlight];
        for (i, k) in keys.iter().enumerate() {
            let s = swatch(*k);
            assert!(s.starts_with(
                "<svg class=\"wt-swatch\" viewBox=\"0 0 16 16\" aria-hidden=\"true\">"
            ));
            assert!(s.ends_with("</g></svg>") && s.contains("class=\"wt-map-sym"), "{s}");
            assert!(keys[..i].iter().all(|other| swatch(*other) != s), "{k:?}");
        }
        assert!(swatch(Key::NotSelected).contains("wt-map-off"));
        assert!(swatch(Key::Unknown).contains("wt-map-unknown"));
        assert!(swatch(Key::Excluded).contains("wt-map-excl"));
        assert!(swatch(Key::Range).contains("wt-map-ext"));
        assert!(swatch(Key::Highlight).contains("wt-map-ring"));
    }

    #[test]
    fn outline_is_small() {
        // The outline is most of the map's weight in the wasm (about 1.1 KB brotli).
        assert!(NL_OUTLINE_PATH.len() < 4_000, "{}", NL_OUTLINE_PATH.len());
    }
}
