//! The areas table as markup: the same in the app and in the static page of `index.html`
//! (`TableMode`), so that the app replaces the static table without a visible change.
//!
//! In the app, the table is written once per language and highlight: its checkboxes name
//! their area (`Act::Toggle`), the shell ticks them and writes the totals whenever the
//! selection changes (`view::sync`), and each of the hundred-odd source boxes is left empty
//! and named by a `SourceBox` code (`data-fill`) until it is first opened. In the static page
//! every box and total is written at once.

use crate::core::act::{self, Act};
use crate::core::dataset::{Area, PageTexts};
use crate::core::i18n::{texts, Lang};
use crate::core::markup::{class, Markup, Value::Text};
use crate::core::sort::{Column, Direction, Sort};
use crate::features::sources::{bottlenecks, figure_source, notes, FILL_ATTR};
use crate::features::table::model::{self, CellStatus, RowView, TotalView};

/// Which table to write.
#[derive(Clone, Copy, Debug)]
pub enum TableMode<'a> {
    /// The app's: an id, a sort button in each column header, a checkbox per area, source
    /// boxes filled when first opened, empty total cells (the shell writes them).
    App { sort: Option<Sort> },
    /// The static page's: every source box and the totals written at once.
    Static { totals: &'a [TotalView; 3] },
}

/// A source box of the table, named by its area and what it explains: `amw 0` is Amsterdam
/// Nieuw-West's 2025-2029 figure, `amw n` its notes, `amw b` its bottlenecks. Written into
/// `data-fill` by `code` and read back by `parse` only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceBox {
    /// The area's index in `AREAS`.
    pub area: usize,
    pub slot: Slot,
}

/// What a source box explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// A figure, by its category's index.
    Figure(usize),
    Notes,
    Bottlenecks,
}

impl SourceBox {
    pub fn code(self) -> String {
        let id = crate::core::dataset::AREAS.get(self.area).map_or("", |a| a.id);
        match self.slot {
            Slot::Figure(i) => format!("{id} {i}"),
            Slot::Notes => format!("{id} n"),
            Slot::Bottlenecks => format!("{id} b"),
        }
    }

    pub fn parse(code: &str) -> Option<SourceBox> {
        let (id, slot) = code.split_once(' ')?;
        let slot = match slot {
            "n" => Slot::Notes,
            "b" => Slot::Bottlenecks,
            "0" => Slot::Figure(0),
            "1" => Slot::Figure(1),
            "2" => Slot::Figure(2),
            _ => return None,
        };
        Some(SourceBox { area: Area::by_id(id)?.0, slot })
    }
}

pub fn table(rows: &[RowView], mode: TableMode<'_>, page: &PageTexts, lang: Lang) -> String {
    let t = texts(lang);
    let app = matches!(mode, TableMode::App { .. });
    Markup::build(|m| {
        let (attrs, caption): (&[_], &[_]) = if app {
            (
                &[("class", Text("wt-table wt-areas")), ("id", Text("wt-areas"))],
                &[("id", Text("wt-caption"))],
            )
        } else {
            (&[("class", Text("wt-table wt-areas"))], &[])
        };
        m.el("table", attrs, |m| {
            m.text_el("caption", caption, t.table_caption);
            m.el("thead", &[], |m| {
                m.el("tr", &[], |m| {
                    for (column, h) in Column::ALL.into_iter().zip(model::headers(lang)) {
                        match mode {
                            TableMode::App { sort } => sort_header(m, column, h, sort),
                            TableMode::Static { .. } => {
                                m.text_el("th", &[("scope", Text("col"))], h);
                            }
                        }
                    }
                });
            });
            m.el("tbody", &[], |m| {
                for r in rows {
                    row(m, r, mode, page, lang);
                }
            });
            m.el("tfoot", &[], |m| {
                m.el("tr", &[], |m| {
                    let head = [("scope", Text("row")), ("colspan", Text("2"))];
                    m.text_el("th", &head, t.total);
                    let labels = model::headers(lang);
                    for i in 0..3 {
                        let cell = [
                            ("class", Text("wt-num wt-total")),
                            ("data-label", Text(labels[2 + i])),
                        ];
                        m.el("td", &cell, |m| {
                            if let TableMode::Static { totals } = mode {
                                total(m, &totals[i]);
                            }
                        });
                    }
                });
            });
        });
    })
}

/// A column header that sorts the table: a button (keyboard operable, named by the header's
/// text), and `aria-sort` on the sorted column (the stylesheet draws the arrow from it).
fn sort_header(m: &mut Markup, column: Column, label: &str, sort: Option<Sort>) {
    let current = sort.filter(|s| s.column == column).map(|s| s.direction);
    let mut attrs = vec![("scope", Text("col"))];
    match current {
        Some(Direction::Ascending) => attrs.push(("aria-sort", Text("ascending"))),
        Some(Direction::Descending) => attrs.push(("aria-sort", Text("descending"))),
        None => {}
    }
    let act = Act::Sort(column).code();
    m.el("th", &attrs, |m| {
        m.el(
            "button",
            &[("type", Text("button")), ("class", Text("wt-sort")), (act::ATTR, Text(&act))],
            |m| {
                m.text(label);
            },
        );
    });
}

/// The options of the sort list (the narrow layout's sort control, where the header row is
/// hidden): the booklet's order, then each column in both directions; `sort` is selected.
pub fn sort_options(sort: Option<Sort>, lang: Lang) -> String {
    let t = texts(lang);
    Markup::build(|m| {
        m.option("", sort.is_none(), t.sort_booklet);
        for (column, name) in Column::ALL.into_iter().zip(model::headers(lang)) {
            let words = match column {
                Column::Area | Column::Municipality => t.sort_names,
                Column::Figure(_) => t.sort_figures,
            };
            for (direction, word) in
                [Direction::Ascending, Direction::Descending].into_iter().zip(words)
            {
                let s = Sort { column, direction };
                m.option(&s.code(), sort == Some(s), &format!("{name}: {word}"));
            }
        }
    })
}

fn row(m: &mut Markup, r: &RowView, mode: TableMode<'_>, page: &PageTexts, lang: Lang) {
    let app = matches!(mode, TableMode::App { .. });
    let t = texts(lang);
    let mut attrs = vec![("data-area", Text(r.id))];
    if r.highlighted {
        attrs.push(("data-hl", Text("true")));
    }
    let labels = model::headers(lang);
    m.el("tr", &attrs, |m| {
        m.el("th", &[("scope", Text("row"))], |m| {
            if app {
                let toggle = Act::Toggle(r.index).code();
                m.el("label", &class("wt-pick"), |m| {
                    m.void("input", &[("type", Text("checkbox")), (act::ATTR, Text(&toggle))]);
                    m.text(r.name);
                });
            } else {
                m.text_el("span", &class("wt-pick"), r.name);
            }
            // The page reference is the header cell's own (small) text, under the name.
            if let Some(p) = &r.page {
                m.text(p);
            }
            if r.no_figures {
                m.text_el("span", &class("wt-nofig"), t.no_figures);
            }
            if r.highlighted {
                m.el("span", &class("wt-hl-mark"), |m| {
                    m.text("◆ ").text(t.bottlenecks_heading);
                });
            }
            if !r.notes.is_empty() {
                source_details(m, r, Slot::Notes, mode, page, lang, |m| {
                    m.text_el("span", &class("wt-flag"), t.flagged);
                });
            }
            if !r.bottlenecks.is_empty() {
                let summary = format!("{} ({})", t.bottlenecks_heading, r.bottlenecks.len());
                source_details(m, r, Slot::Bottlenecks, mode, page, lang, |m| {
                    m.text(&summary);
                });
            }
        });
        // `data-label`: the column's name, which the card layout shows before the value.
        m.text_el("td", &[("data-label", Text(labels[1]))], r.municipality);
        for (i, c) in r.cells.iter().enumerate() {
            let mut attrs = vec![("class", Text("wt-num")), ("data-label", Text(labels[2 + i]))];
            if let Some(status) = c.status.code() {
                attrs.push(("data-status", Text(status)));
            }
            m.el("td", &attrs, |m| {
                if c.quote.is_some() {
                    // The value is the summary's own text (no span): the table is most of the
                    // page's elements, and each cell here is one fewer.
                    source_details(m, r, Slot::Figure(i), mode, page, lang, |m| {
                        m.text(&c.text);
                        if c.flagged {
                            m.text_el("span", &class("wt-flag"), t.flagged);
                        }
                    });
                } else {
                    m.text(&c.text);
                }
                if let CellStatus::NotCounted(why) = &c.status {
                    m.text_el("span", &class("wt-why"), why);
                }
            });
        }
    });
}

/// A closed `<details>` whose summary `summary` writes and whose content is the row's source
/// box for `slot`; under an area's name (its notes, its bottlenecks) it is styled as a list.
/// In the app the box is left empty and named, for `source_box` to fill when it is first
/// opened; in the static page it is written at once.
fn source_details(
    m: &mut Markup,
    r: &RowView,
    slot: Slot,
    mode: TableMode<'_>,
    page: &PageTexts,
    lang: Lang,
    summary: impl FnOnce(&mut Markup),
) {
    let app = matches!(mode, TableMode::App { .. });
    let code = app.then(|| SourceBox { area: r.index, slot }.code());
    let mut attrs = vec![("class", Text("wt-fig"))];
    if !matches!(slot, Slot::Figure(_)) {
        attrs.push(("data-list", Text("true")));
    }
    if let Some(code) = &code {
        attrs.push((FILL_ATTR, Text(code)));
    }
    m.el("details", &attrs, |m| {
        m.el("summary", &[], summary);
        if !app {
            source_box_content(m, r, slot, page, lang);
        }
    });
}

/// A total's cell content: the sum, and what it leaves out.
fn total(m: &mut Markup, tot: &TotalView) {
    m.text_el("span", &class("wt-val"), &tot.text);
    if !tot.detail.is_empty() {
        m.text_el("span", &class("wt-why"), &tot.detail);
    }
}

/// A total's cell content, for the shell to write into the app's table.
pub fn total_cell(tot: &TotalView) -> String {
    Markup::build(|m| total(m, tot))
}

/// The content of a source box: `<div class="wt-srcbox">…</div>`.
fn source_box_content(m: &mut Markup, r: &RowView, slot: Slot, page: &PageTexts, lang: Lang) {
    m.el("div", &class("wt-srcbox"), |m| match slot {
        Slot::Figure(i) => figure_source(m, &r.cells[i], page, lang),
        Slot::Notes => notes(m, &r.notes, page, lang),
        Slot::Bottlenecks => bottlenecks(m, &r.bottlenecks, page, lang),
    });
}

/// The content of the source box `b` names; `None` for a box its row does not have.
pub fn source_box(b: SourceBox, page: &PageTexts, lang: Lang) -> Option<String> {
    let r = model::row(b.area, lang, None);
    let empty = match b.slot {
        Slot::Figure(i) => r.cells[i].quote.is_none(),
        Slot::Notes => r.notes.is_empty(),
        Slot::Bottlenecks => r.bottlenecks.is_empty(),
    };
    (!empty).then(|| Markup::build(|m| source_box_content(m, &r, b.slot, page, lang)))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::dataset::AREAS;
    use crate::core::selection::Selection;

    /// The app's table names each source box by a code and leaves it empty; `source_box`
    /// gives for that code exactly what the static page writes at once.
    #[test]
    fn lazy_boxes_fill_with_what_the_static_page_shows() {
        let page = PageTexts::compiled();
        for lang in [Lang::Nl, Lang::En] {
            let rows = model::rows(lang, None, None);
            let totals = model::totals(Selection::all(), lang);
            let app = table(&rows, TableMode::App { sort: None }, &page, lang);
            let fixed = table(&rows, TableMode::Static { totals: &totals }, &page, lang);
            assert!(!app.contains("wt-srcbox") && !app.contains("wt-val\">70"));
            assert_eq!(app.matches("type=\"checkbox\"").count(), 20);
            assert!(!fixed.contains("checkbox") && !fixed.contains(FILL_ATTR));
            let mut boxes = 0;
            for area in 0..AREAS.len() {
                for slot in [
                    Slot::Figure(0),
                    Slot::Figure(1),
                    Slot::Figure(2),
                    Slot::Notes,
                    Slot::Bottlenecks,
                ] {
                    let b = SourceBox { area, slot };
                    let named = app.contains(&format!("{FILL_ATTR}=\"{}\"", b.code()));
                    match source_box(b, &page, lang) {
                        Some(content) => {
                            assert!(named && fixed.contains(&content), "{}", b.code());
                            boxes += 1;
                        }
                        None => assert!(!named, "{}", b.code()),
                    }
                }
            }
            assert_eq!(boxes, fixed.matches("class=\"wt-srcbox\"").count());
        }
    }

    #[test]
    fn box_codes_read_back_and_unknown_ones_are_refused() {
        for area in 0..AREAS.len() {
            for slot in
                [Slot::Figure(0), Slot::Figure(1), Slot::Figure(2), Slot::Notes, Slot::Bottlenecks]
            {
                let b = SourceBox { area, slot };
                assert_eq!(SourceBox::parse(&b.code()), Some(b));
            }
        }
        for code in ["", "amw", "amw 3", "xyz 0", "amw  0", "amw n extra"] {
            assert_eq!(SourceBox::parse(code), None, "{code:?}");
        }
        let hrl = SourceBox::parse("hrl 0").unwrap();
        let quote = source_box(hrl, &PageTexts::compiled(), Lang::Nl).unwrap();
        assert!(quote.contains("waarvan 1.500 in Heerlen Noord"), "{quote}");
    }

    #[test]
    fn without_the_pages_texts_a_box_says_so_and_shows_the_english_note() {
        let hrl = SourceBox::parse("hrl 1").unwrap();
        let html = source_box(hrl, &PageTexts::missing(), Lang::Nl).unwrap();
        assert!(html.contains("class=\"wt-noquote\"") && !html.contains("<blockquote"));
        assert!(html.contains("Parkstad region"), "{html}");
    }

    #[test]
    fn the_sorted_column_says_so_and_rows_follow_the_order() {
        let sort = Sort::parse("-build");
        let rows = model::rows(Lang::Nl, None, sort);
        let html = table(&rows, TableMode::App { sort }, &PageTexts::compiled(), Lang::Nl);
        assert_eq!(html.matches("aria-sort=").count(), 1);
        assert!(html.contains("<th scope=\"col\" aria-sort=\"descending\"><button type=\"button\" class=\"wt-sort\" data-act=\"sort:build\">"));
        assert_eq!(html.matches("class=\"wt-sort\"").count(), 5);
        let first = html.find("data-area=\"amw\"").unwrap();
        let last = html.find("data-area=\"lls\"").unwrap();
        assert!(first < html.find("data-area=\"amz\"").unwrap() && last > first);
    }

    #[test]
    fn the_sort_list_offers_every_order_once_with_the_current_selected() {
        let html = sort_options(Sort::parse("-extra"), Lang::Nl);
        assert_eq!(html.matches("<option").count(), 11);
        assert_eq!(html.matches(" selected").count(), 1);
        assert!(html.contains("<option value=\"-extra\" selected=\"\">Extra woningen 2030-2035: hoog–laag</option>"), "{html}");
        for column in Column::ALL {
            for direction in [Direction::Ascending, Direction::Descending] {
                let code = Sort { column, direction }.code();
                assert!(html.contains(&format!("value=\"{code}\"")), "{code}");
            }
        }
    }

    #[test]
    fn checkboxes_name_their_area_by_the_act_protocol() {
        let html = table(
            &model::rows(Lang::Nl, None, None),
            TableMode::App { sort: None },
            &PageTexts::compiled(),
            Lang::Nl,
        );
        for (i, a) in AREAS.iter().enumerate() {
            let attr = format!("{}=\"{}\"", act::ATTR, Act::Toggle(i).code());
            assert!(html.contains(&attr), "{}", a.id);
        }
    }
}
