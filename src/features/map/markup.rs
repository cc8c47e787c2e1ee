//! The map drawn from its geometry: one `<svg>` with the outline as one path, then the
//! symbols (`wt-map-marks`: per area a range's outer ring and its circle or diamond, largest
//! first), the leader lines as one path, then each area's button: its label box
//! `<rect role="button" tabindex="0" aria-pressed aria-label data-act>` (the tap target, at
//! least 24 × 24 CSS px) followed by its label, in dataset order. The symbols carry the same
//! `data-act` as their button, so that a click on a symbol toggles its area too; they are
//! hidden from assistive technology and not focusable, as the button is the control. No
//! element groups an area's parts: the map is a tenth of the page's elements, and Lighthouse
//! counts each. Also: the caption (the summary, which names the table as the text
//! alternative, and is the SVG's accessible name) with the legend, and the attribution line.
//!
//! Styling is by class only (the page's CSP allows no style attributes). The one presentation
//! attribute is the root's `font-size`, in view-box units: computed for the container's width
//! so that labels render at 12 CSS px or more; a stylesheet must not override it. State, on
//! every element that carries an area's act: `data-off="true"` while it is not selected (and
//! `aria-pressed` on the button), `data-hl="true"` while its bottleneck is highlighted, as in
//! the table.
use crate::core::act::{self, Act};
use crate::core::i18n::Lang;
use crate::core::markup::{class, coord_into, Markup, Value, Value::Coord, Value::Text};
use crate::features::map::model::{self, AreaMark, Key, MapView, Shape};
use crate::features::map::NL_OUTLINE_PATH;

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
                    mark(m, &v.areas[i]);
                }
            });
            let leaders = leaders(&v.areas);
            if !leaders.is_empty() {
                let attrs = [
                    ("class", Text("wt-map-leaders")),
                    ("d", Text(&leaders)),
                    ("aria-hidden", Text("true")),
                ];
                m.leaf("path", &attrs);
            }
            for a in &v.areas {
                button(m, a);
            }
        });
    })
}

/// The state an element of an area carries (`view::sync` applies it again later): its act,
/// `data-off` while the area is not selected, `data-hl` while it is highlighted.
fn state<'a>(a: &AreaMark, act: &'a str) -> Vec<(&'static str, Value<'a>)> {
    let mut attrs = vec![(act::ATTR, Text(act))];
    if !a.selected {
        attrs.push(("data-off", Text("true")));
    }
    if a.highlighted {
        attrs.push(("data-hl", Text("true")));
    }
    attrs
}

/// An area's symbol: the range's outer ring, then the circle or diamond. Each carries the
/// area's state, so that a click on either toggles it.
fn mark(m: &mut Markup, a: &AreaMark) {
    let act = Act::Toggle(a.index).code();
    let circle = |m: &mut Markup, class: &'static str, r: f64| {
        let mut attrs = vec![("class", Text(class))];
        attrs.extend(state(a, &act));
        attrs.extend([("cx", Coord(a.x)), ("cy", Coord(a.y)), ("r", Coord(r))]);
        m.leaf("circle", &attrs);
    };
    if let Some(r) = a.range_r {
        circle(m, "wt-map-ext", r);
    }
    match a.shape {
        Shape::Circle => {
            circle(m, if a.excluded { "wt-map-sym wt-map-excl" } else { "wt-map-sym" }, a.r);
        }
        Shape::Diamond => {
            let d = diamond(a.x, a.y, a.r);
            let mut attrs = vec![("class", Text("wt-map-sym wt-map-unknown"))];
            attrs.extend(state(a, &act));
            attrs.push(("d", Text(&d)));
            m.leaf("path", &attrs);
        }
    }
}

/// Every leader line (label to symbol) as one path: they never change with the state.
fn leaders(areas: &[AreaMark]) -> String {
    let mut d = String::new();
    for [x1, y1, x2, y2] in areas.iter().filter_map(|a| a.leader) {
        d.push('M');
        coord_into(&mut d, x1);
        d.push(' ');
        coord_into(&mut d, y1);
        d.push('L');
        coord_into(&mut d, x2);
        d.push(' ');
        coord_into(&mut d, y2);
    }
    d
}

/// An area's button: its label box (the tap target, at least 24 × 24 CSS px), which is the
/// control, then its label, drawn over the box and hidden from assistive technology (the
/// button's name says more) and from the pointer (a click on it reaches the box).
fn button(m: &mut Markup, a: &AreaMark) {
    let act = Act::Toggle(a.index).code();
    let b = a.label_box;
    let mut rect = vec![
        ("class", Text("wt-map-hit")),
        ("role", Text("button")),
        ("tabindex", Text("0")),
        ("aria-pressed", Text(if a.selected { "true" } else { "false" })),
        ("aria-label", Text(&a.aria_label)),
    ];
    rect.extend(state(a, &act));
    rect.extend([
        ("x", Coord(b.x)),
        ("y", Coord(b.y)),
        ("width", Coord(b.w)),
        ("height", Coord(b.h)),
    ]);
    m.leaf("rect", &rect);
    let text = [
        ("class", Text("wt-map-label")),
        ("aria-hidden", Text("true")),
        ("x", Coord(a.text_x)),
        ("y", Coord(a.text_y)),
        ("text-anchor", Text(a.anchor.svg())),
    ];
    m.text_el("text", &text, &a.label);
}

/// The legend's swatch for a key: an empty span that the stylesheet draws like the symbols it
/// stands for (`.wt-key-…`), so that the legend adds no SVG to the page.
fn swatch(key: Key) -> &'static str {
    match key {
        Key::Size => "<span class=\"wt-swatch wt-key-size\"></span>",
        Key::NotSelected => "<span class=\"wt-swatch wt-key-off\"></span>",
        Key::Range => "<span class=\"wt-swatch wt-key-range\"></span>",
        Key::Unknown => "<span class=\"wt-swatch wt-key-unknown\"></span>",
        Key::Excluded => "<span class=\"wt-swatch wt-key-excl\"></span>",
        Key::Highlight => "<span class=\"wt-swatch wt-key-hl\"></span>",
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
        assert!(svg.ends_with("</text></svg>"));
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
            // The symbol (and a range's outer ring) carries the same act (a click on it
            // toggles too); nothing else does.
            let symbols = 1 + usize::from(v.areas[i].range_r.is_some());
            let acts = svg.matches(&format!("=\"{}\"", Act::Toggle(i).code())).count();
            assert_eq!(acts, 1 + symbols, "{}", a.id);
            assert_eq!(Act::parse(&Act::Toggle(i).code()), Some(Act::Toggle(i)));
        }
        assert_eq!(svg.matches("tabindex=").count(), AREAS.len());
        // Left out: the 18 areas outside Amsterdam, on their symbol and their button.
        let ranges = v.areas.iter().filter(|a| a.range_r.is_some() && !a.selected).count();
        assert_eq!(svg.matches("data-off=\"true\"").count(), 2 * 18 + ranges);
        assert!(tags(&svg).iter().all(|t| !t.contains("data-off") || !t.contains("amw")));
        // The symbols are hidden from assistive technology: the buttons name the areas.
        assert!(svg.contains("<g class=\"wt-map-marks\" aria-hidden=\"true\">"));
        // Highlight on symbol and button alike.
        let hl = AREAS.iter().filter(|a| a.has_bottleneck(BottleneckKind::Grid)).count();
        assert!(hl > 0);
        let hl_ranges = v.areas.iter().filter(|a| a.range_r.is_some() && a.highlighted).count();
        assert_eq!(svg.matches("data-hl=\"true\"").count(), 2 * hl + hl_ranges);
        // Every area's label, one text element each, hidden (its button names the area).
        assert_eq!(
            svg.matches("<text class=\"wt-map-label\" aria-hidden=\"true\"").count(),
            AREAS.len()
        );
        // The leaders are one path of straight lines, one per leader.
        let leaders = v.areas.iter().filter(|a| a.leader.is_some()).count();
        assert!(leaders > 0);
        let d =
            svg.split("class=\"wt-map-leaders\" d=\"").nth(1).unwrap().split('"').next().unwrap();
        assert_eq!((d.matches('M').count(), d.matches('L').count()), (leaders, leaders));
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
        assert!(html.contains("class=\"wt-swatch wt-key-range\""), "Utrecht's range");
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
    fn each_key_has_its_own_swatch_drawn_by_the_stylesheet() {
        let keys =
            [Key::Size, Key::NotSelected, Key::Range, Key::Unknown, Key::Excluded, Key::Highlight];
        let css = include_str!("../../../styles/main.css");
        for (i, k) in keys.iter().enumerate() {
            let s = swatch(*k);
            let name = s
                .strip_prefix("<span class=\"wt-swatch ")
                .and_then(|s| s.strip_suffix("\"></span>"))
                .unwrap_or_else(|| panic!("{s}"));
            assert!(keys[..i].iter().all(|other| swatch(*other) != s), "{k:?}");
            assert!(css.contains(&format!(".{name} {{")), "{name} is not drawn");
        }
    }

    #[test]
    fn outline_is_small() {
        // The outline is most of the map's weight in the wasm (about 1.1 KB brotli).
        assert!(NL_OUTLINE_PATH.len() < 4_000, "{}", NL_OUTLINE_PATH.len());
    }
}
