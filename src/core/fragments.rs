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

use std::rc::Rc;

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
fn list_box(
    m: &mut Markup,
    summary: &str,
    summary_class: Option<&str>,
    body: impl FnOnce(&mut Markup),
) {
    m.open("details", &[("class", Text("wt-fig")), ("data-list", Text("true"))])
        .open("summary", &[]);
    match summary_class {
        Some(c) => m.element("span", &class(c), summary),
        None => m.text(summary),
    };
    m.close("summary").open("div", &class("wt-srcbox"));
    body(m);
    m.close("div").close("details");
}

/// A table row's markup, written once per language and highlight and kept with the rows, so
/// that a change of selection only compares it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowMarkup {
    /// `row_head`: after the area's name.
    pub head: Rc<str>,
    /// `row_boxes`: the area's notes and bottlenecks.
    pub boxes: Rc<str>,
    /// `cell` for each figure column.
    pub cells: [Rc<str>; 3],
}

pub fn row(r: &RowView, lang: Lang) -> RowMarkup {
    RowMarkup {
        head: row_head(r, lang).into(),
        boxes: row_boxes(r, lang).into(),
        cells: [0, 1, 2].map(|i| cell(&r.cells[i], lang).into()),
    }
}

/// What follows the area's name in its row header: the booklet page, "no figures", and the
/// boxes with the area's own notes and its bottlenecks.
pub fn row_head(r: &RowView, lang: Lang) -> String {
    let t = texts(lang);
    let mut m = Markup::new();
    if let Some(p) = &r.page {
        m.element("span", &class("wt-page"), p);
    }
    if r.no_figures {
        m.element("span", &class("wt-nofig"), t.no_figures);
    }
    m.finish()
}

/// The row header's boxes: the area's own notes and its bottlenecks, each behind a toggle.
pub fn row_boxes(r: &RowView, lang: Lang) -> String {
    let t = texts(lang);
    let mut m = Markup::new();
    if !r.notes.is_empty() {
        list_box(&mut m, t.flagged, Some("wt-flag"), |m| notes(m, &r.notes, lang));
    }
    if !r.bottlenecks.is_empty() {
        let summary = format!("{} ({})", t.bottlenecks_heading, r.bottlenecks.len());
        list_box(&mut m, &summary, None, |m| {
            m.open("ul", &class("wt-notes"));
            for (label, q) in &r.bottlenecks {
                m.open("li", &[]).element("strong", &[], label);
                quote(m, *q, lang);
                m.close("li");
            }
            m.close("ul");
        });
    }
    m.finish()
}

/// The content of a figure's cell: the value (with "let op" when a note flags it) opening a
/// box with the booklet's "+N woningen" box, the sentence it comes from and the notes; then
/// why the figure is left out of the total, if it is.
pub fn cell(c: &CellView, lang: Lang) -> String {
    let t = texts(lang);
    let mut m = Markup::new();
    match c.quote {
        None => {
            m.text(&c.text);
        }
        Some(q) => {
            m.open("details", &class("wt-fig")).open("summary", &[]);
            m.element("span", &class("wt-val"), &c.text);
            if c.flagged {
                m.element("span", &class("wt-flag"), t.flagged);
            }
            m.close("summary").open("div", &class("wt-srcbox"));
            if let Some(b) = c.box_text.filter(|b| !b.text().is_empty()) {
                let id = b.0.to_string();
                m.open("p", &class("wt-boxtext")).text(t.source_box).text(": ");
                m.element("q", &[("lang", Text("nl")), ("data-t", Text(&id))], b.text()).close("p");
            }
            m.open("p", &class("wt-srclabel")).text(t.source).text(":").close("p");
            quote(&mut m, q, lang);
            notes(&mut m, &c.notes, lang);
            m.close("div").close("details");
        }
    }
    if let CellStatus::NotCounted(why) = &c.status {
        m.element("span", &class("wt-why"), why);
    }
    m.finish()
}

/// A total's cell content: the sum, and what it leaves out.
pub fn total(tot: &TotalView) -> String {
    let mut m = Markup::new();
    m.element("span", &class("wt-val"), &tot.text);
    if !tot.detail.is_empty() {
        m.element("span", &class("wt-why"), &tot.detail);
    }
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
    m.open("p", &class("wt-caveat")).element("strong", &[], t.plans_caveat);
    m.text(" ").text(t.rotterdam_caveat).close("p");
    m.finish()
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
