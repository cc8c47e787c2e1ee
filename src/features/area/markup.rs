//! The area view's display-only part: name and subtitle, the three figures each with its
//! source opened beside it, the money lines, the area's notes and bottlenecks, and the link to
//! the whole calculator (`full_link`, made by the view from the page's own address).
use crate::core::dataset::{Category, PageTexts};
use crate::core::i18n::{texts, Lang};
use crate::core::markup::{class, Markup, Value::Text};
use crate::features::area::model::AreaView;
use crate::features::sources::{bottlenecks, figure_source, notes};
use crate::features::table::model::{self, CellStatus};

pub fn area(v: &AreaView, full_link: &str, page: &PageTexts, lang: Lang) -> String {
    let t = texts(lang);
    let r = &v.row;
    let headers = model::headers(lang);
    Markup::build(|m| {
        m.text_el("h1", &[("id", Text("wt-area-h"))], r.name);
        m.text_el("p", &class("wt-area-sub"), &v.subtitle);
        m.el("dl", &class("wt-area-figs"), |m| {
            for c in Category::ALL {
                let cell = &r.cells[c.index()];
                m.el("div", &class("wt-area-fig"), |m| {
                    m.text_el("dt", &[], headers[2 + c.index()]);
                    m.el("dd", &[], |m| {
                        m.text_el("span", &class("wt-stat-value"), &cell.text);
                        if cell.flagged {
                            m.text_el("span", &class("wt-flag"), t.flagged);
                        }
                        if let CellStatus::NotCounted(why) = &cell.status {
                            m.text_el("span", &class("wt-why"), why);
                        }
                        if cell.quote.is_some() {
                            m.el("details", &class("wt-src"), |m| {
                                m.text_el("summary", &[], t.source);
                                m.el("div", &class("wt-srcbox"), |m| {
                                    figure_source(m, cell, page, lang);
                                });
                            });
                        }
                    });
                });
            }
        });
        m.el(
            "section",
            &[("class", Text("wt-area-money")), ("aria-labelledby", Text("wt-area-money-h"))],
            |m| {
                m.text_el("h2", &[("id", Text("wt-area-money-h"))], t.area_money);
                match v.no_money {
                    Some(text) => {
                        m.text_el("p", &[], text);
                    }
                    None => {
                        m.el("dl", &class("wt-cap"), |m| {
                            for (label, value) in &v.money {
                                m.el("div", &[], |m| {
                                    m.text_el("dt", &[], label).text_el("dd", &[], value);
                                });
                            }
                        });
                    }
                }
            },
        );
        if !r.notes.is_empty() {
            m.text_el("h2", &[], t.area_notes);
            notes(m, &r.notes, page, lang);
        }
        if !r.bottlenecks.is_empty() {
            m.text_el("h2", &[], t.bottlenecks_heading);
            bottlenecks(m, &r.bottlenecks, page, lang);
        }
        m.el("p", &class("wt-area-all"), |m| {
            m.text_el("a", &[("href", Text(full_link)), ("target", Text("_top"))], t.area_open_all);
        });
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::dataset::{Area, AREAS};
    use crate::core::funding::{compute, Amounts};
    use crate::core::selection::Selection;
    use crate::features::area::model;

    fn html(id: &str) -> String {
        let i = Area::by_id(id).unwrap().0;
        let f = compute(Selection::all(), Amounts::default());
        area(&model::area(i, &f, Lang::Nl), "?v=1&g=x", &PageTexts::compiled(), Lang::Nl)
    }

    #[test]
    fn every_area_has_its_view_with_sources_or_a_no_figures_line() {
        for a in &AREAS {
            let h = html(a.id);
            assert!(h.starts_with(&format!(
                "<h1 id=\"wt-area-h\">{}</h1>",
                crate::core::markup::escape(a.name)
            )));
            assert_eq!(h.matches("class=\"wt-area-fig\"").count(), 3, "{}", a.id);
            assert!(h.contains("href=\"?v=1&amp;g=x\""));
            let sources = h.matches("<details class=\"wt-src\">").count();
            if a.has_no_figures() {
                assert!(h.contains("geen cijfers") && sources == 0, "{}", a.id);
            } else {
                assert!(sources > 0 && h.contains("<blockquote"), "{}", a.id);
            }
        }
    }

    #[test]
    fn heerlen_shows_its_own_part_and_the_region_marked() {
        let h = html("hrl");
        assert!(h.contains("telt niet mee: regio Parkstad"), "{h}");
        assert!(h.contains("waarvan 1.500 in Heerlen Noord"));
    }
}
