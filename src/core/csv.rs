//! CSV export of exactly what is shown: one row per selected area plus a totals row.
//!
//! Dutch: `;` between fields (what Dutch spreadsheets expect), decimal comma; English: `,` and
//! decimal point. UTF-8 with a byte-order mark so that spreadsheets read "€" and "ë" right.
//! Numbers are whole (homes, euros) without thousands separators; an unknown figure is an
//! empty field, never 0. Columns are documented in the README.

use crate::core::dataset::{Category, Figure, PageTexts, Qualifier, AREAS, DATASET_VERSION};
use crate::core::funding::Funding;
use crate::core::i18n::{self, Lang};
use crate::core::selection::Selection;
use crate::core::totals::exclusion;

/// The byte-order mark that starts the file.
pub const BOM: &str = "\u{feff}";

fn separator(lang: Lang) -> char {
    match lang {
        Lang::Nl => ';',
        Lang::En => ',',
    }
}

/// Quotes a field when it holds the separator, a quote or a line break.
fn field(value: &str, sep: char) -> String {
    if value.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

pub fn headers(lang: Lang) -> Vec<&'static str> {
    match lang {
        Lang::Nl => vec![
            "code",
            "gebied",
            "gemeente",
            "woningen_2025_2029_laag",
            "woningen_2025_2029_hoog",
            "kwalificatie_2025_2029",
            "periode_2025_2029",
            "telt_mee_2025_2029",
            "woningen_2030_2035_laag",
            "woningen_2030_2035_hoog",
            "kwalificatie_2030_2035",
            "periode_2030_2035",
            "telt_mee_2030_2035",
            "verduurzamen_laag",
            "verduurzamen_hoog",
            "kwalificatie_verduurzamen",
            "telt_mee_verduurzamen",
            "bedrag_per_woning_2025_2029",
            "bijdrage_2025_2029_laag",
            "bijdrage_2025_2029_hoog",
            "bedrag_per_woning_2030_2035",
            "bijdrage_2030_2035_laag",
            "bijdrage_2030_2035_hoog",
            "bedrag_per_woning_verduurzamen",
            "bijdrage_verduurzamen_laag",
            "bijdrage_verduurzamen_hoog",
            "naar_rato_laag",
            "naar_rato_hoog",
            "opmerkingen",
            "datasetversie",
        ],
        Lang::En => vec![
            "code",
            "area",
            "municipality",
            "homes_2025_2029_low",
            "homes_2025_2029_high",
            "qualifier_2025_2029",
            "period_2025_2029",
            "counted_2025_2029",
            "homes_2030_2035_low",
            "homes_2030_2035_high",
            "qualifier_2030_2035",
            "period_2030_2035",
            "counted_2030_2035",
            "retrofit_low",
            "retrofit_high",
            "qualifier_retrofit",
            "counted_retrofit",
            "amount_per_home_2025_2029",
            "contribution_2025_2029_low",
            "contribution_2025_2029_high",
            "amount_per_home_2030_2035",
            "contribution_2030_2035_low",
            "contribution_2030_2035_high",
            "amount_per_home_retrofit",
            "contribution_retrofit_low",
            "contribution_retrofit_high",
            "pro_rata_low",
            "pro_rata_high",
            "notes",
            "dataset_version",
        ],
    }
}

fn yes_no(b: bool, lang: Lang) -> &'static str {
    match (b, lang) {
        (true, Lang::Nl) => "ja",
        (false, Lang::Nl) => "nee",
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
    }
}

fn qualifiers(q: &[Qualifier], lang: Lang) -> String {
    q.iter().map(|q| i18n::qualifier(*q, lang)).collect::<Vec<_>>().join(" ")
}

/// low, high, qualifier, [period,] counted: empty fields when unknown.
fn figure_fields(
    f: Option<&Figure>,
    column: Category,
    with_period: bool,
    lang: Lang,
) -> Vec<String> {
    let Some(f) = f else {
        return vec![String::new(); if with_period { 5 } else { 4 }];
    };
    let mut out = vec![f.low.to_string(), f.high.to_string(), qualifiers(f.qualifiers, lang)];
    if with_period {
        out.push(f.period.map_or(String::new(), |p| format!("{}-{}", p.from, p.to)));
    }
    out.push(yes_no(exclusion(f, column).is_none(), lang).to_string());
    out
}

fn money_fields(f: Option<&Figure>, counted: bool, amount: u64) -> [String; 2] {
    match f {
        Some(f) if counted => [
            u64::from(f.low).saturating_mul(amount).to_string(),
            u64::from(f.high).saturating_mul(amount).to_string(),
        ],
        _ => [String::new(), String::new()],
    }
}

/// The CSV text (with BOM) for the selection at the amounts in `funding`. Dutch notes come
/// from the page's texts; where one is missing, the English note stands in.
pub fn export(selection: Selection, funding: &Funding, lang: Lang, page: &PageTexts) -> String {
    let sep = separator(lang);
    let sep_str = sep.to_string();
    let a = funding.amounts;
    let mut lines = vec![headers(lang).join(&sep_str)];
    for i in selection.indices() {
        let area = &AREAS[i];
        let counted = |c: Category| area.figure(c).is_some_and(|f| exclusion(f, c).is_none());
        let mut row =
            vec![area.id.to_string(), area.name.to_string(), area.municipality.to_string()];
        row.extend(figure_fields(area.homes_2025_2029.as_ref(), Category::Build, true, lang));
        row.extend(figure_fields(area.homes_2030_2035.as_ref(), Category::Extra, true, lang));
        row.extend(figure_fields(area.retrofit.as_ref(), Category::Retrofit, false, lang));
        row.push(a.build.to_string());
        row.extend(money_fields(area.homes_2025_2029.as_ref(), counted(Category::Build), a.build));
        row.push(a.extra.to_string());
        row.extend(money_fields(area.homes_2030_2035.as_ref(), counted(Category::Extra), a.extra));
        row.push(a.retrofit.to_string());
        row.extend(money_fields(area.retrofit.as_ref(), counted(Category::Retrofit), a.retrofit));
        let has_figure = counted(Category::Build);
        let payout = funding.pro_rata.payout(i);
        row.push(if has_figure { payout.low.to_string() } else { String::new() });
        row.push(if has_figure { payout.high.to_string() } else { String::new() });
        let notes: Vec<&str> = Category::ALL
            .iter()
            .filter_map(|c| area.figure(*c))
            .flat_map(|f| f.notes.iter())
            .chain(area.notes.iter())
            .map(|n| match page.get(n.nl) {
                nl if lang == Lang::Nl && !nl.is_empty() => nl,
                _ => n.en,
            })
            .collect();
        row.push(notes.join(" | "));
        row.push(DATASET_VERSION.to_string());
        lines.push(row.iter().map(|v| field(v, sep)).collect::<Vec<_>>().join(&sep_str));
    }
    // Totals: counted figures only, as in the table.
    let (b, x, r) = (&funding.build, &funding.extra, &funding.retrofit);
    let pr = funding.pro_rata.selection_sum(selection);
    let total_label = i18n::texts(lang).total;
    let blank = String::new;
    let totals = vec![
        blank(),
        total_label.to_string(),
        blank(),
        b.homes.low.to_string(),
        b.homes.high.to_string(),
        blank(),
        blank(),
        blank(),
        x.homes.low.to_string(),
        x.homes.high.to_string(),
        blank(),
        blank(),
        blank(),
        r.homes.low.to_string(),
        r.homes.high.to_string(),
        blank(),
        blank(),
        a.build.to_string(),
        b.funding.low.to_string(),
        b.funding.high.to_string(),
        a.extra.to_string(),
        x.funding.low.to_string(),
        x.funding.high.to_string(),
        a.retrofit.to_string(),
        r.funding.low.to_string(),
        r.funding.high.to_string(),
        pr.low.to_string(),
        pr.high.to_string(),
        blank(),
        DATASET_VERSION.to_string(),
    ];
    lines.push(totals.iter().map(|v| field(v, sep)).collect::<Vec<_>>().join(&sep_str));
    let mut out = String::from(BOM);
    out.push_str(&lines.join("\r\n"));
    out.push_str("\r\n");
    out
}

/// The download's file name.
pub fn file_name(lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("woontopafspraken-nplv-{DATASET_VERSION}.csv"),
        Lang::En => format!("housing-summit-nplv-{DATASET_VERSION}.csv"),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::funding::{compute, Amounts};

    fn parse(csv: &str, sep: char) -> Vec<Vec<String>> {
        // A small reader for the test: our own quoting rules.
        let body = csv.strip_prefix(BOM).expect("BOM first");
        body.split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|line| {
                let mut fields = vec![];
                let (mut cur, mut quoted, mut chars) =
                    (String::new(), false, line.chars().peekable());
                while let Some(c) = chars.next() {
                    match (c, quoted) {
                        ('"', true) if chars.peek() == Some(&'"') => {
                            cur.push('"');
                            chars.next();
                        }
                        ('"', _) => quoted = !quoted,
                        (c, false) if c == sep => fields.push(std::mem::take(&mut cur)),
                        (c, _) => cur.push(c),
                    }
                }
                fields.push(cur);
                fields
            })
            .collect()
    }

    #[test]
    fn dutch_csv_has_bom_semicolons_and_a_totals_row() {
        let s = Selection::all();
        let f = compute(s, Amounts::default());
        let csv = export(s, &f, Lang::Nl, &PageTexts::compiled());
        let rows = parse(&csv, ';');
        assert_eq!(rows.len(), 22, "header + 20 areas + totals");
        assert!(rows.iter().all(|r| r.len() == headers(Lang::Nl).len()));
        let utr = rows.iter().find(|r| r[0] == "utr").unwrap();
        assert_eq!(&utr[3..8], ["900", "1200", "circa", "2025-2029", "ja"]);
        let tbg = rows.iter().find(|r| r[0] == "tbg").unwrap();
        assert_eq!(&tbg[8..13], ["8000", "8000", "circa", "2030-2040", "nee"]);
        let ehv = rows.iter().find(|r| r[0] == "ehv").unwrap();
        assert_eq!(ehv[3], "", "unknown is empty, not 0");
        let total = rows.last().unwrap();
        assert_eq!(total[1], "Totaal");
        assert_eq!(&total[3..5], ["70336", "70636"]);
        assert_eq!(&total[18..20], ["844032000", "847632000"]);
        assert_eq!(&total[26..28], ["600000000", "600000000"]);
    }

    #[test]
    fn english_csv_uses_commas_and_quotes_fields_that_need_it() {
        let s = Selection::municipality("Amsterdam");
        let f = compute(s, Amounts::default());
        let csv = export(s, &f, Lang::En, &PageTexts::compiled());
        let rows = parse(&csv, ',');
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0][1], "area");
        // Notes contain commas and quotes; they survive the round trip.
        assert!(rows[2][28].contains("23,000"), "{}", rows[2][28]);
        assert_eq!(file_name(Lang::En), "housing-summit-nplv-2025.1.csv");
    }
}
