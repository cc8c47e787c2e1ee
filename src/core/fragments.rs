//! The display-only parts of the page, written as HTML text by the core: the figures'
//! source boxes and notes, the result cards, the national figures. The shell inserts each
//! fragment in one step (Yew leaves the DOM alone while the text is unchanged), and the static
//! page in `index.html` is written from the same functions, so both show the same markup.
//!
//! Why text and not Yew elements: none of these parts takes input or focus, and built one
//! element at a time they were most of the widget's wasm. Everything interactive (checkboxes,
//! buttons, inputs, and every `<details>` whose open state must survive a re-render of its
//! content) stays a Yew element around these fragments. Every text goes through
//! `markup::escape`, so data can never become markup.

use crate::core::calc_view::CalcView;
use crate::core::chart::ChartGeometry;
use crate::core::dataset::PageText;
use crate::core::i18n::{texts, Lang};
use crate::core::link::Ignored;
use crate::core::markup::{Markup, Value::Text};
use crate::core::view::{CellStatus, CellView, NationalView, NoteView, RowView, TotalView};

fn class(name: &str) -> [(&str, crate::core::markup::Value<'_>); 1] {
    [("class", Text(name))]
}

/// A booklet sentence, marked with its number: the shell reads the sentences back from the
/// static page by that mark (`dataset::provide_page_texts`).
fn quote(m: &mut Markup, q: PageText, lang: Lang) {
    let text = q.text();
    if text.is_empty() {
        m.element("p", &class("wt-noquote"), texts(lang).quote_missing);
        return;
    }
    let id = q.0.to_string();
    m.element("blockquote", &[("lang", Text("nl")), ("data-t", Text(&id))], text);
}

fn notes(m: &mut Markup, list: &[NoteView], lang: Lang) {
    if list.is_empty() {
        return;
    }
    m.open("ul", &class("wt-notes"));
    for n in list {
        m.open("li", &[]).open("strong", &[]).text(n.kind).text(": ").close("strong");
        match n.nl {
            // Marked, so that the app can read the Dutch text back from the static page.
            Some(id) => {
                let id = id.0.to_string();
                m.element("span", &[("data-t", Text(&id))], n.text);
            }
            None => {
                m.text(n.text);
            }
        }
        quote(m, n.quote, lang);
        m.close("li");
    }
    m.close("ul");
}

/// A closed `<details>` under an area name (its notes, its bottlenecks): styled as a list.
/// A closed `<details>` with a source box. `fill` is `None` where the box is written at once
/// (the static page); otherwise the code by which the shell asks `source_box` for its content
/// when the box is first opened (`data-fill`): over a hundred boxes, left out of the app's
/// first render, which makes it ready sooner and its renders lighter.
fn source_details(
    m: &mut Markup,
    list: bool,
    fill: Option<&str>,
    summary: impl FnOnce(&mut Markup),
    body: impl FnOnce(&mut Markup),
) {
    let mut attrs = vec![("class", Text("wt-fig"))];
    if list {
        // Under an area name (its notes, its bottlenecks): styled as a list.
        attrs.push(("data-list", Text("true")));
    }
    if let Some(code) = fill {
        attrs.push(("data-fill", Text(code)));
    }
    m.open("details", &attrs).open("summary", &[]);
    summary(m);
    m.close("summary");
    if fill.is_none() {
        m.open("div", &class("wt-srcbox"));
        body(m);
        m.close("div");
    }
    m.close("details");
}

/// The areas table. For the app (`app`): an id, a checkbox per area, source boxes filled
/// when first opened, and empty total cells: the shell sets the checkboxes, marks the rows
/// left out and writes the totals (`total`) whenever the selection changes, so that the table
/// itself is written only when the language or the highlight changes, and a checkbox keeps
/// its focus. For the static page (`totals` given): every box and total written at once.
pub fn table(rows: &[RowView], totals: Option<&[TotalView; 3]>, lang: Lang, app: bool) -> String {
    let t = texts(lang);
    let mut m = Markup::new();
    if app {
        m.open("table", &[("class", Text("wt-table wt-areas")), ("id", Text("wt-areas"))]);
        m.element("caption", &[("id", Text("wt-caption"))], t.table_caption);
    } else {
        m.open("table", &class("wt-table wt-areas")).element("caption", &[], t.table_caption);
    }
    m.open("thead", &[]).open("tr", &[]);
    for h in crate::core::view::headers(lang) {
        m.element("th", &[("scope", Text("col"))], h);
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for r in rows {
        let mut attrs = vec![("data-area", Text(r.id))];
        if r.highlighted {
            attrs.push(("data-hl", Text("true")));
        }
        m.open("tr", &attrs).open("th", &[("scope", Text("row"))]);
        if app {
            m.open("label", &class("wt-pick"));
            m.empty_html("input", &[("type", Text("checkbox")), ("value", Text(r.id))]);
            m.element("span", &class("wt-area"), r.name).close("label");
        } else {
            m.element("span", &class("wt-area"), r.name);
        }
        row_head(&mut m, r, lang);
        if r.highlighted {
            m.open("span", &class("wt-hl-mark"))
                .text("◆ ")
                .text(t.bottlenecks_heading)
                .close("span");
        }
        row_boxes(&mut m, r, lang, app);
        m.close("th").element("td", &[], r.municipality);
        for (i, c) in r.cells.iter().enumerate() {
            match c.status.code() {
                Some(status) => {
                    m.open("td", &[("class", Text("wt-num")), ("data-status", Text(status))])
                }
                None => m.open("td", &class("wt-num")),
            };
            cell(&mut m, r, i, lang, app);
            m.close("td");
        }
        m.close("tr");
    }
    m.close("tbody").open("tfoot", &[]).open("tr", &[]);
    m.element("th", &[("scope", Text("row")), ("colspan", Text("2"))], t.total);
    for i in 0..3 {
        m.open("td", &class("wt-num wt-total"));
        if let Some(tot) = totals.map(|list| &list[i]) {
            total(&mut m, tot);
        }
        m.close("td");
    }
    m.close("tr").close("tfoot").close("table");
    m.finish()
}

/// What follows the area's name in its row header: the booklet page and "no figures".
fn row_head(m: &mut Markup, r: &RowView, lang: Lang) {
    if let Some(p) = &r.page {
        m.element("span", &class("wt-page"), p);
    }
    if r.no_figures {
        m.element("span", &class("wt-nofig"), texts(lang).no_figures);
    }
}

/// Which source box a `data-fill` code names: a figure column (0-2), the area's notes (`n`)
/// or its bottlenecks (`b`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Figure(usize),
    Notes,
    Bottlenecks,
}

fn fill_code(r: &RowView, slot: &str) -> String {
    format!("{} {slot}", r.id)
}

fn notes_body(m: &mut Markup, r: &RowView, lang: Lang) {
    notes(m, &r.notes, lang);
}

fn bottlenecks_body(m: &mut Markup, r: &RowView, lang: Lang) {
    m.open("ul", &class("wt-notes"));
    for (label, q) in &r.bottlenecks {
        m.open("li", &[]).element("strong", &[], label);
        quote(m, *q, lang);
        m.close("li");
    }
    m.close("ul");
}

/// A figure's box: the booklet's "+N woningen" box, the sentence the figure comes from, the
/// notes.
fn figure_body(m: &mut Markup, c: &CellView, lang: Lang) {
    let t = texts(lang);
    if let Some(b) = c.box_text.filter(|b| !b.text().is_empty()) {
        let id = b.0.to_string();
        m.open("p", &class("wt-boxtext")).text(t.source_box).text(": ");
        m.element("q", &[("lang", Text("nl")), ("data-t", Text(&id))], b.text()).close("p");
    }
    m.open("p", &class("wt-srclabel")).text(t.source).text(":").close("p");
    if let Some(q) = c.quote {
        quote(m, q, lang);
    }
    notes(m, &c.notes, lang);
}

/// The row header's boxes: the area's own notes and its bottlenecks, each behind a toggle;
/// `lazy` leaves their content to `source_box`.
fn row_boxes(m: &mut Markup, r: &RowView, lang: Lang, lazy: bool) {
    let t = texts(lang);
    if !r.notes.is_empty() {
        let code = lazy.then(|| fill_code(r, "n"));
        source_details(
            m,
            true,
            code.as_deref(),
            |m| {
                m.element("span", &class("wt-flag"), t.flagged);
            },
            |m| notes_body(m, r, lang),
        );
    }
    if !r.bottlenecks.is_empty() {
        let code = lazy.then(|| fill_code(r, "b"));
        let summary = format!("{} ({})", t.bottlenecks_heading, r.bottlenecks.len());
        source_details(
            m,
            true,
            code.as_deref(),
            |m| {
                m.text(&summary);
            },
            |m| bottlenecks_body(m, r, lang),
        );
    }
}

/// The content of a figure's cell: the value (with "let op" when a note flags it) opening
/// its source box (`figure_body`; left to `source_box` when `lazy`); then why the figure is
/// left out of the total, if it is.
fn cell(m: &mut Markup, r: &RowView, column: usize, lang: Lang, lazy: bool) {
    let t = texts(lang);
    let c = &r.cells[column];
    if c.quote.is_some() {
        let code = lazy.then(|| fill_code(r, ["0", "1", "2"][column.min(2)]));
        source_details(
            m,
            false,
            code.as_deref(),
            |m| {
                m.element("span", &class("wt-val"), &c.text);
                if c.flagged {
                    m.element("span", &class("wt-flag"), t.flagged);
                }
            },
            |m| figure_body(m, c, lang),
        );
    } else {
        m.text(&c.text);
    }
    if let CellStatus::NotCounted(why) = &c.status {
        m.element("span", &class("wt-why"), why);
    }
}

/// The content of the source box a `data-fill` code names (`amw 0`: Amsterdam Nieuw-West's
/// 2025-2029 figure; `n`: its notes; `b`: its bottlenecks); `None` for an unknown code or a
/// box the row does not have.
pub fn source_box(code: &str, lang: Lang) -> Option<String> {
    let (id, slot) = code.split_once(' ')?;
    let (index, _) = crate::core::dataset::Area::by_id(id)?;
    let slot = match slot {
        "n" => Slot::Notes,
        "b" => Slot::Bottlenecks,
        "0" => Slot::Figure(0),
        "1" => Slot::Figure(1),
        "2" => Slot::Figure(2),
        _ => return None,
    };
    let r = crate::core::view::row(index, lang, None);
    let empty = match slot {
        Slot::Figure(i) => r.cells[i].quote.is_none(),
        Slot::Notes => r.notes.is_empty(),
        Slot::Bottlenecks => r.bottlenecks.is_empty(),
    };
    if empty {
        return None;
    }
    let mut m = Markup::new();
    m.open("div", &class("wt-srcbox"));
    match slot {
        Slot::Figure(i) => figure_body(&mut m, &r.cells[i], lang),
        Slot::Notes => notes_body(&mut m, &r, lang),
        Slot::Bottlenecks => bottlenecks_body(&mut m, &r, lang),
    }
    m.close("div");
    Some(m.finish())
}

/// A total's cell content: the sum, and what it leaves out.
fn total(m: &mut Markup, tot: &TotalView) {
    m.element("span", &class("wt-val"), &tot.text);
    if !tot.detail.is_empty() {
        m.element("span", &class("wt-why"), &tot.detail);
    }
}

/// A total's cell content, for the shell to write into the app's table.
pub fn total_cell(tot: &TotalView) -> String {
    let mut m = Markup::new();
    total(&mut m, tot);
    m.finish()
}

/// The result cards, the comparison with the national maximum, and the context lines.
pub fn results(v: &CalcView, lang: Lang) -> String {
    let t = texts(lang);
    let mut m = Markup::new();
    m.open("div", &class("wt-cards"));
    for (i, c) in v.categories.iter().enumerate() {
        let cat = ["0", "1", "2"][i.min(2)];
        let mut attrs = vec![("class", Text("wt-card")), ("data-cat", Text(cat))];
        if c.hypothetical {
            attrs.push(("data-hypo", Text("true")));
        }
        m.open("div", &attrs).element("h3", &[], c.label);
        m.open("p", &class("wt-card-homes")).text(&c.homes).text(" × ").text(&c.amount).close("p");
        m.element("p", &class("wt-card-money"), &c.funding);
        m.element("p", &class("wt-card-compact"), &c.funding_compact).close("div");
    }
    m.close("div").open("dl", &class("wt-cap"));
    for (label, value, cls) in [
        (t.share_of_max, &v.share_of_max, Some("wt-share-max")),
        (t.versus_max, &v.versus_max, Some("wt-versus")),
        (t.share_of_plans, &v.share_of_plans, None),
    ] {
        m.open("div", &[]).element("dt", &[], label);
        match cls {
            Some(c) => m.element("dd", &class(c), value),
            None => m.element("dd", &[], value),
        };
        m.close("div");
    }
    m.close("dl").element("p", &[], &v.max_covers);
    m.element("p", &class("wt-context"), &v.national_context);
    if !v.unknown_note.is_empty() {
        m.element("p", &class("wt-unknown-note"), &v.unknown_note);
    }
    m.finish()
}

/// The pro-rata box's content: how the maximum is shared, and the table per area.
pub fn pro_rata(v: &CalcView, lang: Lang) -> String {
    let t = texts(lang);
    let mut m = Markup::new();
    m.element("p", &[], &v.pro_rata_note);
    if v.pro_rata_rows.is_empty() {
        return m.finish();
    }
    m.open(
        "div",
        &[
            ("class", Text("wt-table-wrap")),
            ("tabindex", Text("0")),
            ("role", Text("region")),
            ("aria-label", Text(t.pro_rata_per_area)),
        ],
    );
    m.open("table", &class("wt-table wt-prorata-table")).open("thead", &[]).open("tr", &[]);
    for h in [t.col_area, t.claim, t.pro_rata] {
        m.element("th", &[("scope", Text("col"))], h);
    }
    m.close("tr").close("thead").open("tbody", &[]);
    let num = class("wt-num");
    for r in &v.pro_rata_rows {
        m.open("tr", &[]).element("th", &[("scope", Text("row"))], r.name);
        m.element("td", &num, &r.claim).element("td", &num, &r.payout).close("tr");
    }
    m.close("tbody").open("tfoot", &[]).open("tr", &[]);
    m.element("th", &[("scope", Text("row")), ("colspan", Text("2"))], t.selection_total);
    m.element("td", &num, &v.pro_rata_sum).close("tr").close("tfoot");
    m.close("table").close("div");
    m.finish()
}

/// The booklet's national figures (each with its source), the counting rules, the source line.
pub fn national(view: &NationalView, lang: Lang) -> String {
    let t = texts(lang);
    let mut m = Markup::new();
    m.open(
        "section",
        &[("class", Text("wt-national")), ("aria-labelledby", Text("wt-national-h"))],
    );
    m.element("h2", &[("id", Text("wt-national-h"))], t.national_heading).open("dl", &[]);
    for (label, value, q) in &view.items {
        m.open("div", &class("wt-stat")).element("dt", &[], label).open("dd", &[]);
        m.element("span", &class("wt-stat-value"), value);
        m.open("details", &class("wt-src")).element("summary", &[], t.source);
        quote(&mut m, *q, lang);
        m.close("details").close("dd").close("div");
    }
    m.close("dl").close("section");
    m.open("section", &[("class", Text("wt-rules")), ("aria-labelledby", Text("wt-rules-h"))]);
    m.element("h2", &[("id", Text("wt-rules-h"))], t.rules_heading).open("ul", &[]);
    for r in t.rules {
        m.element("li", &[], r);
    }
    m.close("ul").close("section");
    m.open("footer", &class("wt-footer")).open("p", &[]).text(t.source_line).text(" ");
    m.text(t.dataset_version).text(": ");
    m.element("span", &class("wt-version"), &view.dataset_version).close("p").close("footer");
    m.finish()
}

/// The header's title, lead text and the caveat about the plans.
pub fn header(lang: Lang) -> String {
    let t = texts(lang);
    let mut m = Markup::new();
    m.element("h1", &[], t.title).element("p", &class("wt-lead"), t.lead);
    write_caveat(&mut m, lang);
    m.finish()
}

/// That these are the areas' plans, to be calibrated, and that Rotterdam-Zuid's agreement is
/// still to be made (the header's, and the static page's first line).
pub fn caveat(lang: Lang) -> String {
    let mut m = Markup::new();
    write_caveat(&mut m, lang);
    m.finish()
}

fn write_caveat(m: &mut Markup, lang: Lang) {
    let t = texts(lang);
    m.open("p", &class("wt-caveat")).element("strong", &[], t.plans_caveat);
    m.text(" ").text(t.rotterdam_caveat).close("p");
}

/// A section's heading (with the id its section is labelled by) and its explanation.
pub fn heading(id: &str, title: &str, help: Option<(&str, &str)>) -> String {
    let mut m = Markup::new();
    m.element("h2", &[("id", Text(id))], title);
    if let Some((help_class, help)) = help {
        m.element("p", &class(help_class), help);
    }
    m.finish()
}

/// The chart's caption (its text equivalent, also the SVG's accessible name) and its legend.
pub fn chart_caption(g: &ChartGeometry, lang: Lang) -> String {
    let t = texts(lang);
    let mut m = Markup::new();
    m.element("figcaption", &[("id", Text("wt-chart-summary"))], &g.summary);
    m.open("ul", &class("wt-legend"));
    for (swatch, label) in [
        ("wt-s0", g.series[0]),
        ("wt-s1", g.series[1]),
        ("wt-ext", t.chart_range),
        ("wt-excl", t.chart_excluded),
    ] {
        m.open("li", &[]).open(
            "svg",
            &[
                ("class", Text("wt-swatch")),
                ("viewBox", Text("0 0 16 10")),
                ("aria-hidden", Text("true")),
            ],
        );
        // The excluded swatch is an inset outline, like its bars.
        if swatch == "wt-excl" {
            m.empty(
                "rect",
                &[
                    ("class", Text(swatch)),
                    ("x", Text("1")),
                    ("y", Text("1")),
                    ("width", Text("14")),
                    ("height", Text("8")),
                ],
            );
        } else {
            m.empty(
                "rect",
                &[("class", Text(swatch)), ("width", Text("16")), ("height", Text("10"))],
            );
        }
        m.close("svg").text(label).close("li");
    }
    m.close("ul");
    m.finish()
}

/// The notices about ignored parts of the opening link: heading and list (the dismiss
/// button is the shell's).
pub fn notices(list: &[Ignored], lang: Lang) -> String {
    let t = texts(lang);
    let mut m = Markup::new();
    m.open("p", &[]).element("strong", &[], t.notices_heading).close("p").open("ul", &[]);
    for n in list {
        m.element("li", &[], &n.message(lang));
    }
    m.close("ul");
    m.finish()
}

/// An amount's label (for its text field) and its hint (which the field is described by).
pub fn amount_label(field_id: &str, hint_id: &str, label: &str, hint: &str) -> String {
    let mut m = Markup::new();
    m.element("label", &[("for", Text(field_id)), ("class", Text("wt-amount-label"))], label);
    m.element("p", &[("class", Text("wt-hint")), ("id", Text(hint_id))], hint);
    m.finish()
}

/// The options of the "only municipality" list: a prompt, then every municipality once, in
/// alphabetical order.
pub fn municipality_options(lang: Lang) -> String {
    let mut names: Vec<&str> = crate::core::dataset::AREAS.iter().map(|a| a.municipality).collect();
    names.sort_unstable();
    names.dedup();
    let mut m = Markup::new();
    m.element("option", &[("value", Text("")), ("selected", Text(""))], texts(lang).choose);
    for n in names {
        m.element("option", &[("value", Text(n))], n);
    }
    m.finish()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::selection::Selection;
    use crate::core::view;

    /// The app's table names each source box by a code and leaves it empty; `source_box`
    /// gives for that code exactly what the static page writes at once.
    #[test]
    fn lazy_boxes_fill_with_what_the_static_page_shows() {
        for lang in [Lang::Nl, Lang::En] {
            let rows = view::rows(lang, None);
            let totals = view::totals(Selection::all(), lang);
            let app = table(&rows, None, lang, true);
            let page = table(&rows, Some(&totals), lang, false);
            assert!(!app.contains("wt-srcbox") && !app.contains("wt-val\">70"));
            assert_eq!(app.matches("type=\"checkbox\"").count(), 20);
            assert!(!page.contains("checkbox") && !page.contains("data-fill"));
            let mut boxes = 0;
            for r in &rows {
                for slot in ["0", "1", "2", "n", "b"] {
                    let code = format!("{} {slot}", r.id);
                    let named = app.contains(&format!("data-fill=\"{code}\""));
                    match source_box(&code, lang) {
                        Some(content) => {
                            assert!(named && page.contains(&content), "{code}");
                            boxes += 1;
                        }
                        None => assert!(!named, "{code}"),
                    }
                }
            }
            assert_eq!(boxes, page.matches("class=\"wt-srcbox\"").count());
        }
    }

    #[test]
    fn unknown_box_codes_give_nothing() {
        for code in ["", "amw", "amw 3", "xyz 0", "amw  0", "amw n extra"] {
            assert_eq!(source_box(code, Lang::Nl), None, "{code:?}");
        }
        let quote = source_box("hrl 0", Lang::Nl).unwrap();
        assert!(quote.contains("waarvan 1.500 in Heerlen Noord"), "{quote}");
    }
}
