//! The calculator's display-only parts: the result cards, the comparison with the national
//! maximum, the context lines, the pro-rata table, an amount's label and hint, and the
//! municipality options.
use crate::core::act::{self, Act};
use crate::core::dataset::{Category, AREAS};
use crate::core::format;
use crate::core::i18n::{texts, Lang};
use crate::core::markup::{class, Markup, Value::Text};
use crate::features::calculator::model::{CalcView, Suggestion};

/// The key result in one line: how many areas are selected, what they would get and its share
/// of the maximum. Hidden from assistive technology: the same figures are in the results and
/// the live region.
pub fn summary_bar(v: &CalcView, lang: Lang) -> String {
    Markup::build(|m| {
        m.el("div", &[("class", Text("wt-bar")), ("aria-hidden", Text("true"))], |m| {
            m.text_el("span", &class("wt-bar-count"), &v.selection_label);
            m.text_el("span", &class("wt-bar-label"), texts(lang).bar_label).text(": ");
            m.text_el("strong", &class("wt-bar-result"), &v.key_result);
        });
    })
}

/// The amounts at which all plans, and the selection alone, fit the maximum, each with its
/// "use this amount" button.
pub fn suggestions(v: &CalcView, lang: Lang) -> String {
    let line = |m: &mut Markup, s: &Suggestion| {
        m.el("p", &class("wt-fit"), |m| {
            m.text(&s.text);
            if let Some(a) = s.amount {
                let act = Act::UseAmount(a).code();
                let attrs = [
                    ("type", Text("button")),
                    ("class", Text("wt-btn wt-use")),
                    (act::ATTR, Text(&act)),
                ];
                let euro = format::euro(i64::try_from(a).unwrap_or(i64::MAX), lang);
                m.text(" ").text_el(
                    "button",
                    &attrs,
                    &format!("{} {euro}", texts(lang).use_amount),
                );
            }
        });
    };
    Markup::build(|m| {
        m.el("div", &class("wt-fits"), |m| {
            line(m, &v.fit_all);
            if let Some(s) = &v.fit_selection {
                line(m, s);
            }
        });
    })
}

/// The result cards, the comparison with the national maximum, and the context lines.
pub fn results(v: &CalcView, lang: Lang) -> String {
    let t = texts(lang);
    Markup::build(|m| {
        m.el("div", &class("wt-cards"), |m| {
            for (c, card) in Category::ALL.iter().zip(&v.categories) {
                let index = c.index().to_string();
                let mut attrs = vec![("class", Text("wt-card")), ("data-cat", Text(&index))];
                if card.hypothetical {
                    attrs.push(("data-hypo", Text("true")));
                }
                m.el("div", &attrs, |m| {
                    m.text_el("h3", &[], card.label);
                    m.el("p", &class("wt-card-homes"), |m| {
                        m.text(&card.homes).text(" × ").text(&card.amount);
                    });
                    m.text_el("p", &class("wt-card-money"), &card.funding);
                    m.text_el("p", &class("wt-card-compact"), &card.funding_compact);
                });
            }
        });
        m.el("dl", &class("wt-cap"), |m| {
            for (label, value, cls) in [
                (t.share_of_max, &v.share_of_max, Some("wt-share-max")),
                (t.versus_max, &v.versus_max, Some("wt-versus")),
                (t.share_of_plans, &v.share_of_plans, None),
            ] {
                m.el("div", &[], |m| {
                    m.text_el("dt", &[], label);
                    match cls {
                        Some(c) => m.text_el("dd", &class(c), value),
                        None => m.text_el("dd", &[], value),
                    };
                });
            }
        });
        m.text_el("p", &[], &v.max_covers);
        m.text_el("p", &class("wt-context"), &v.national_context);
        if !v.unknown_note.is_empty() {
            m.text_el("p", &class("wt-unknown-note"), &v.unknown_note);
        }
    })
}

/// The pro-rata box's content: how the maximum is shared, and the table per area.
pub fn pro_rata(v: &CalcView, lang: Lang) -> String {
    let t = texts(lang);
    Markup::build(|m| {
        m.text_el("p", &[], &v.pro_rata_note);
        if v.pro_rata_rows.is_empty() {
            return;
        }
        let wrap = [
            ("class", Text("wt-table-wrap")),
            ("tabindex", Text("0")),
            ("role", Text("region")),
            ("aria-label", Text(t.pro_rata_per_area)),
        ];
        m.el("div", &wrap, |m| {
            m.el("table", &class("wt-table wt-prorata-table"), |m| {
                m.el("thead", &[], |m| {
                    m.el("tr", &[], |m| {
                        for h in [t.col_area, t.claim, t.pro_rata] {
                            m.text_el("th", &[("scope", Text("col"))], h);
                        }
                    });
                });
                let num = class("wt-num");
                m.el("tbody", &[], |m| {
                    for r in &v.pro_rata_rows {
                        m.el("tr", &[], |m| {
                            m.text_el("th", &[("scope", Text("row"))], r.name);
                            m.text_el("td", &num, &r.claim).text_el("td", &num, &r.payout);
                        });
                    }
                });
                m.el("tfoot", &[], |m| {
                    m.el("tr", &[], |m| {
                        let head = [("scope", Text("row")), ("colspan", Text("2"))];
                        m.text_el("th", &head, t.selection_total);
                        m.text_el("td", &num, &v.pro_rata_sum);
                    });
                });
            });
        });
    })
}

/// An amount's label (for its text field) and its hint (which the field is described by).
pub fn amount_label(field_id: &str, hint_id: &str, label: &str, hint: &str) -> String {
    Markup::build(|m| {
        m.text_el("label", &[("for", Text(field_id)), ("class", Text("wt-amount-label"))], label);
        m.text_el("p", &[("class", Text("wt-hint")), ("id", Text(hint_id))], hint);
    })
}

/// The options of the "only municipality" list: a prompt, then every municipality once, in
/// alphabetical order.
pub fn municipality_options(lang: Lang) -> String {
    let mut names: Vec<&str> = AREAS.iter().map(|a| a.municipality).collect();
    names.sort_unstable();
    names.dedup();
    Markup::build(|m| {
        m.option("", true, texts(lang).choose);
        for n in names {
            m.option(n, false, n);
        }
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::funding::{compute, Amounts};
    use crate::core::selection::Selection;
    use crate::features::calculator::model::calc;

    #[test]
    fn three_cards_and_a_pro_rata_row_per_counted_area() {
        let f = compute(Selection::all(), Amounts::default());
        let v = calc(&f, Selection::all(), Lang::Nl);
        let html = results(&v, Lang::Nl);
        assert_eq!(html.matches("class=\"wt-card\"").count(), 3);
        assert!(html.contains("data-cat=\"1\" data-hypo=\"true\""));
        assert!(html.contains("€ 844.032.000–847.632.000"));
        let table = pro_rata(&v, Lang::Nl);
        assert_eq!(table.matches("<th scope=\"row\">").count(), v.pro_rata_rows.len());
        assert!(table.contains("colspan=\"2\">Totaal selectie</th>"), "{table}");
    }

    #[test]
    fn every_municipality_once() {
        let html = municipality_options(Lang::Nl);
        assert_eq!(html.matches("<option").count(), 1 + 19);
        assert_eq!(html.matches(">Amsterdam<").count(), 1);
    }
}
