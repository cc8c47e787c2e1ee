//! CSV export of exactly what is shown: one row per selected area plus a totals row; and
//! when scenarios are pinned, one block per scenario after it (an empty line, a line naming
//! the scenario, then the same rows for its areas and amounts: every contribution and each
//! area's pro-rata payout at that scenario's amounts).
//!
//! Dutch: `;` between fields (what Dutch spreadsheets expect), decimal comma; English: `,` and
//! decimal point. UTF-8 with a byte-order mark so that spreadsheets read "€" and "ë" right.
//! Numbers are whole (homes, euros) without thousands separators; an unknown figure is an
//! empty field, never 0. Columns are documented in docs/data.md.
//!
//! A text field that begins like a spreadsheet formula (`=`, `+`, `-`, `@`, tab, carriage
//! return) is written with a `'` in front, inside quotes, as OWASP's CSV-injection guidance
//! recommends: the dataset has no such text today, but a spreadsheet must never run a formula
//! from this file. Number columns are written as they are, so they stay numbers.

use crate::core::dataset::{Figure, Measure, PageTexts, AREAS, DATASET_VERSION};
use crate::core::funding::{cost, Funded, Funding};
use crate::core::i18n::{texts, CsvWords, Lang};
use crate::core::scenarios::Scenario;
use crate::core::selection::Selection;
use crate::core::sort::Sort;
use crate::core::totals::exclusion;

/// The byte-order mark that starts the file.
pub const BOM: &str = "\u{feff}";

/// What a spreadsheet reads as the start of a formula at the start of a field (OWASP, "CSV
/// Injection"): `=`, `+`, `-` and `@`, and tab and carriage return, which some spreadsheets
/// skip before looking for those.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text field: quoted when it holds the separator, a quote or a line break; and when it
/// begins like a formula, prefixed with `'` (which tells a spreadsheet that the cell is text)
/// and quoted.
fn text_field(value: &str, sep: char) -> String {
    let formula = value.starts_with(FORMULA_START);
    if formula || value.contains([sep, '"', '\n', '\r']) {
        let apostrophe = if formula { "'" } else { "" };
        format!("\"{apostrophe}{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// One field of a row: text, or a whole number, which is written as it is (a number never
/// holds a separator, a quote or a line break, and must stay a number in the spreadsheet).
enum Cell {
    Text(String),
    Number(String),
}

impl Cell {
    fn text(value: impl Into<String>) -> Cell {
        Cell::Text(value.into())
    }

    fn number(n: impl ToString) -> Cell {
        Cell::Number(n.to_string())
    }

    fn empty() -> Cell {
        Cell::Text(String::new())
    }

    fn write(&self, sep: char) -> String {
        match self {
            Cell::Text(t) => text_field(t, sep),
            Cell::Number(n) => n.clone(),
        }
    }
}

/// A row as one line, fields joined by the separator.
fn line(row: &[Cell], sep: char) -> String {
    row.iter().map(|c| c.write(sep)).collect::<Vec<_>>().join(&sep.to_string())
}

/// Whether a measure's columns include its period (the housing measures; retrofit figures
/// mostly have none).
fn with_period(m: Measure) -> bool {
    m.period().is_some()
}

/// The column names: the area, then per measure its low and high figure, qualifier, period
/// (where it has one) and whether it counts; per funded category its amount and contribution
/// low and high; the pro-rata payout, the notes and the dataset version.
pub fn headers(lang: Lang) -> Vec<String> {
    let w = &texts(lang).csv;
    let mut out: Vec<String> = [w.code, w.area, w.municipality].map(String::from).to_vec();
    for m in Measure::ALL {
        let (name, short) = ((w.measure)(m), (w.measure_short)(m));
        out.extend([format!("{name}_{}", w.low), format!("{name}_{}", w.high)]);
        out.push(format!("{}_{short}", w.qualifier));
        if with_period(m) {
            out.push(format!("{}_{short}", w.period));
        }
        out.push(format!("{}_{short}", w.counted));
    }
    for c in Funded::ALL {
        let short = (w.measure_short)(c.measure());
        out.push(format!("{}_{short}", w.amount));
        out.extend([w.low, w.high].map(|end| format!("{}_{short}_{end}", w.contribution)));
    }
    out.extend([w.low, w.high].map(|end| format!("{}_{end}", w.pro_rata)));
    out.extend([w.notes, w.dataset_version].map(String::from));
    out
}

fn qualifiers(f: &Figure, lang: Lang) -> String {
    f.qualifiers.iter().map(|q| (texts(lang).qualifier)(*q)).collect::<Vec<_>>().join(" ")
}

/// Whether the area's figure for `m` counts in its total.
fn counted(area: usize, m: Measure) -> bool {
    AREAS[area].figure(m).is_some_and(|f| exclusion(f, m).is_none())
}

/// low, high, qualifier, [period,] counted: empty fields when unknown.
fn figure_fields(f: Option<&Figure>, m: Measure, w: &CsvWords, lang: Lang) -> Vec<Cell> {
    let Some(f) = f else {
        return (0..4 + usize::from(with_period(m))).map(|_| Cell::empty()).collect();
    };
    let mut out = vec![Cell::number(f.low), Cell::number(f.high), Cell::text(qualifiers(f, lang))];
    if with_period(m) {
        out.push(Cell::text(f.period.map_or(String::new(), |p| format!("{}-{}", p.from, p.to))));
    }
    out.push(Cell::text(if exclusion(f, m).is_none() { w.yes } else { w.no }));
    out
}

/// A low and a high number, or two empty fields.
fn pair(span: Option<crate::core::funding::Span>) -> [Cell; 2] {
    match span {
        Some(s) => [Cell::number(s.low), Cell::number(s.high)],
        None => [Cell::empty(), Cell::empty()],
    }
}

/// The CSV text (with BOM) for the selection at the amounts in `funding`, its rows in the
/// table's order (`sort`); then, for each pinned scenario, after an empty line, a line that
/// names it (`scenario 1`, its label) and the same block for its selection and amounts.
/// Dutch notes come from the page's texts; where one is missing, the English note stands in.
pub fn export(
    selection: Selection,
    funding: &Funding,
    lang: Lang,
    page: &PageTexts,
    sort: Option<Sort>,
    pinned: &[Scenario],
) -> String {
    let w = &texts(lang).csv;
    let mut lines = block(selection, funding, lang, page, sort);
    for (n, s) in pinned.iter().enumerate() {
        let title = [Cell::text(format!("{} {}", w.scenario, n + 1)), Cell::text(s.label(lang))];
        lines.extend([String::new(), line(&title, w.separator)]);
        let f = crate::core::funding::compute(s.selection, s.amounts);
        lines.extend(block(s.selection, &f, lang, page, sort));
    }
    let mut out = String::from(BOM);
    out.push_str(&lines.join("\r\n"));
    out.push_str("\r\n");
    out
}

/// The header, one row per selected area and the totals row.
fn block(
    selection: Selection,
    funding: &Funding,
    lang: Lang,
    page: &PageTexts,
    sort: Option<Sort>,
) -> Vec<String> {
    let w = &texts(lang).csv;
    let sep = w.separator;
    let a = funding.amounts;
    let mut lines = vec![headers(lang).join(&sep.to_string())];
    for i in crate::core::sort::order(sort).into_iter().filter(|i| selection.contains(*i)) {
        let area = &AREAS[i];
        let mut row =
            vec![Cell::text(area.id), Cell::text(area.name), Cell::text(area.municipality)];
        for m in Measure::ALL {
            row.extend(figure_fields(area.figure(m), m, w, lang));
        }
        for c in Funded::ALL {
            let m = c.measure();
            row.push(Cell::number(a.get(c)));
            let contribution = area.figure(m).filter(|_| counted(i, m));
            row.extend(pair(contribution.map(|f| cost(f, a.get(c)))));
        }
        row.extend(pair(
            counted(i, Funded::NewHomes.measure()).then(|| funding.pro_rata.payout(i)),
        ));
        let notes: Vec<&str> = Measure::ALL
            .iter()
            .filter_map(|m| area.figure(*m))
            .flat_map(|f| f.notes.iter())
            .chain(area.notes.iter())
            .map(|n| page.get(if texts(lang).dutch_notes { n.nl } else { n.en }))
            .collect();
        row.push(Cell::text(notes.join(" | ")));
        row.push(Cell::text(DATASET_VERSION));
        lines.push(line(&row, sep));
    }
    // Totals: counted figures only, as in the table.
    let mut totals = vec![Cell::empty(), Cell::text(texts(lang).total), Cell::empty()];
    for m in Measure::ALL {
        let line = Funded::ALL.into_iter().find(|c| c.measure() == m).map(|c| funding.line(c));
        totals.extend(pair(line.map(|l| l.homes)));
        totals.extend((0..2 + usize::from(with_period(m))).map(|_| Cell::empty()));
    }
    for c in Funded::ALL {
        totals.push(Cell::number(a.get(c)));
        totals.extend(pair(Some(funding.line(c).funding)));
    }
    totals.extend(pair(Some(funding.pro_rata.selection_sum(selection))));
    totals.extend([Cell::empty(), Cell::text(DATASET_VERSION)]);
    lines.push(line(&totals, sep));
    lines
}

/// The columns of the published dataset CSV (`publish`): the widget's English columns without
/// the amounts, contributions and pro-rata payout.
#[cfg(not(target_arch = "wasm32"))]
pub fn dataset_headers() -> Vec<String> {
    let w = &texts(Lang::En).csv;
    let money = [w.amount, w.contribution, w.pro_rata];
    headers(Lang::En).into_iter().filter(|h| !money.iter().any(|m| h.starts_with(m))).collect()
}

/// The published dataset CSV: every area, one row each, in the booklet's order, with the
/// English columns of `dataset_headers`; `,` between fields, UTF-8 without a byte-order mark
/// (for data tools rather than spreadsheets), lines ending in CRLF (RFC 4180).
#[cfg(not(target_arch = "wasm32"))]
pub fn dataset(page: &PageTexts) -> String {
    let lang = Lang::En;
    let w = &texts(lang).csv;
    let sep = w.separator;
    let mut lines = vec![dataset_headers().join(&sep.to_string())];
    for area in &AREAS {
        let mut row =
            vec![Cell::text(area.id), Cell::text(area.name), Cell::text(area.municipality)];
        for m in Measure::ALL {
            row.extend(figure_fields(area.figure(m), m, w, lang));
        }
        let notes: Vec<&str> = Measure::ALL
            .iter()
            .filter_map(|m| area.figure(*m))
            .flat_map(|f| f.notes.iter())
            .chain(area.notes.iter())
            .map(|n| page.get(n.en))
            .collect();
        row.push(Cell::text(notes.join(" | ")));
        row.push(Cell::text(DATASET_VERSION));
        lines.push(line(&row, sep));
    }
    lines.join("\r\n") + "\r\n"
}

/// The download's file name.
pub fn file_name(lang: Lang) -> String {
    format!("{}.csv", file_stem(lang))
}

/// The name every download of this dataset starts with (the CSV, the images).
pub fn file_stem(lang: Lang) -> String {
    format!("{}-{DATASET_VERSION}", texts(lang).csv.file_stem)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::funding::{compute, Amounts, MAX_PER_HOME_EUR};
    use proptest::prelude::*;

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

    /// The columns as docs/data.md documents them, in both languages (a change of the dataset's
    /// measures or of the funded categories must not rename them).
    #[test]
    fn the_columns_are_the_documented_ones() {
        let nl = "code;gebied;gemeente;woningen_2025_2029_laag;woningen_2025_2029_hoog;kwalificatie_2025_2029;periode_2025_2029;telt_mee_2025_2029;woningen_2030_2035_laag;woningen_2030_2035_hoog;kwalificatie_2030_2035;periode_2030_2035;telt_mee_2030_2035;verduurzamen_laag;verduurzamen_hoog;kwalificatie_verduurzamen;telt_mee_verduurzamen;bedrag_per_woning_2025_2029;bijdrage_2025_2029_laag;bijdrage_2025_2029_hoog;bedrag_per_woning_2030_2035;bijdrage_2030_2035_laag;bijdrage_2030_2035_hoog;bedrag_per_woning_verduurzamen;bijdrage_verduurzamen_laag;bijdrage_verduurzamen_hoog;naar_rato_laag;naar_rato_hoog;opmerkingen;datasetversie";
        assert_eq!(headers(Lang::Nl).join(";"), nl);
        let en = "code,area,municipality,homes_2025_2029_low,homes_2025_2029_high,qualifier_2025_2029,period_2025_2029,counted_2025_2029,homes_2030_2035_low,homes_2030_2035_high,qualifier_2030_2035,period_2030_2035,counted_2030_2035,retrofit_low,retrofit_high,qualifier_retrofit,counted_retrofit,amount_per_home_2025_2029,contribution_2025_2029_low,contribution_2025_2029_high,amount_per_home_2030_2035,contribution_2030_2035_low,contribution_2030_2035_high,amount_per_home_retrofit,contribution_retrofit_low,contribution_retrofit_high,pro_rata_low,pro_rata_high,notes,dataset_version";
        assert_eq!(headers(Lang::En).join(","), en);
    }

    #[test]
    fn rows_follow_the_tables_sort() {
        let s = Selection::municipality("Amsterdam").with(4, true);
        let f = crate::core::funding::compute(s, crate::core::funding::Amounts::default());
        let ids = |sort: &str| {
            let csv = export(s, &f, Lang::En, &PageTexts::compiled(), Sort::parse(sort), &[]);
            parse(&csv, ',').into_iter().skip(1).map(|r| r[0].clone()).collect::<Vec<_>>()
        };
        assert_eq!(&ids("build")[..3], ["dlf", "amz", "amw"]);
        assert_eq!(&ids("-build")[..3], ["amw", "amz", "dlf"]);
    }

    #[test]
    fn dutch_csv_has_bom_semicolons_and_a_totals_row() {
        let s = Selection::all();
        let f = compute(s, Amounts::default());
        let csv = export(s, &f, Lang::Nl, &PageTexts::compiled(), None, &[]);
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
        let csv = export(s, &f, Lang::En, &PageTexts::compiled(), None, &[]);
        let rows = parse(&csv, ',');
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0][1], "area");
        // Notes contain commas and quotes; they survive the round trip.
        assert!(rows[2][28].contains("23,000"), "{}", rows[2][28]);
        assert_eq!(file_name(Lang::En), "housing-summit-nplv-2025.2.csv");
    }

    /// The text of a field as written, without its quotes.
    fn unquote(written: &str) -> String {
        match written.strip_prefix('"').and_then(|w| w.strip_suffix('"')) {
            Some(inner) => inner.replace("\"\"", "\""),
            None => written.to_string(),
        }
    }

    #[test]
    fn text_that_looks_like_a_formula_is_written_as_text() {
        let cases = [
            ("=SUM(A1:A9)", "\"'=SUM(A1:A9)\""),
            ("+31 20 123 4567", "\"'+31 20 123 4567\""),
            ("-2+3+cmd|' /C calc'!A0", "\"'-2+3+cmd|' /C calc'!A0\""),
            ("@SUM(1;2)", "\"'@SUM(1;2)\""),
            ("\t=1+1", "\"'\t=1+1\""),
            ("\r=1+1", "\"'\r=1+1\""),
            ("=HYPERLINK(\"http://x\";\"klik\")", "\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\""),
            // Ordinary text: as before.
            ("Breda-Noord", "Breda-Noord"),
            ("circa", "circa"),
            ("a;b", "\"a;b\""),
            ("zegt \"ruim\"", "\"zegt \"\"ruim\"\"\""),
            ("", ""),
        ];
        for (value, written) in cases {
            assert_eq!(text_field(value, ';'), written, "{value:?}");
        }
        assert_eq!(text_field("a,b", ','), "\"a,b\"");
        assert_eq!(text_field("a,b", ';'), "a,b");
        // Numbers are written as they are, a negative one too: it must stay a number.
        assert_eq!(Cell::number(-5).write(';'), "-5");
        assert_eq!(Cell::number(600_000_000_u64).write(','), "600000000");
        assert_eq!(Cell::text("-5").write(';'), "\"'-5\"");
    }

    #[test]
    fn each_pinned_scenario_follows_as_a_block_of_its_own() {
        let s = Selection::all();
        let f = compute(s, Amounts::default());
        let one = Selection::none().with(0, true);
        let pinned = [
            Scenario { name: "=SUM(A1)".into(), ..Scenario::new(s, Amounts::default()) },
            Scenario::new(one, Amounts { build: 10_000, ..Amounts::default() }),
        ];
        let csv = export(s, &f, Lang::Nl, &PageTexts::compiled(), None, &pinned);
        let blocks: Vec<&str> = csv.split("\r\n\r\n").collect();
        assert_eq!(blocks.len(), 3, "the view's block, then one per scenario");
        let plain = export(s, &f, Lang::Nl, &PageTexts::compiled(), None, &[]);
        assert_eq!(format!("{}\r\n", blocks[0]), plain, "the view's block is unchanged");
        let second = parse(&format!("{BOM}{}", blocks[2]), ';');
        assert_eq!(second[0], ["scenario 2", "1 gebied, € 10.000"]);
        let first = parse(&format!("{BOM}{}", blocks[1]), ';');
        assert_eq!(first[0][1], "'=SUM(A1)", "a name is never a formula");
        // The second scenario's block is the export of its own selection and amounts.
        let alone = compute(one, pinned[1].amounts);
        let expected = export(one, &alone, Lang::Nl, &PageTexts::compiled(), None, &[]);
        assert_eq!(format!("{BOM}{}", blocks[2].split_once("\r\n").unwrap().1), expected);
    }

    proptest! {
        #[test]
        fn a_text_field_never_starts_a_formula_and_reads_back(
            start in prop::sample::select(vec!["", "=", "+", "-", "@", "\t", "\r", "\"", ";", ","]),
            rest in ".{0,12}",
            english in any::<bool>(),
        ) {
            let value = format!("{start}{rest}");
            let sep = if english { ',' } else { ';' };
            let written = text_field(&value, sep);
            let inner = written.strip_prefix('"').unwrap_or(&written);
            prop_assert!(!inner.starts_with(FORMULA_START), "{:?}", written);
            // Quoted whenever it has to be, and the spreadsheet reads the value back (with the
            // `'` that marks it as text when it needed one).
            if value.contains([sep, '"', '\n', '\r']) || value.starts_with(FORMULA_START) {
                prop_assert!(written.starts_with('"') && written.ends_with('"') && written.len() >= 2);
            }
            let apostrophe = if value.starts_with(FORMULA_START) { "'" } else { "" };
            prop_assert_eq!(unquote(&written), format!("{apostrophe}{value}"));
        }

        #[test]
        fn no_field_of_any_export_starts_a_formula(
            bits in any::<u32>(),
            build in 0..=MAX_PER_HOME_EUR,
            extra in 0..=MAX_PER_HOME_EUR,
            english in any::<bool>(),
        ) {
            let (lang, sep) = if english { (Lang::En, ',') } else { (Lang::Nl, ';') };
            let s = Selection::from_bits(bits);
            let f = compute(s, Amounts { build, extra, retrofit: extra / 2 });
            let rows = parse(&export(s, &f, lang, &PageTexts::compiled(), None, &[]), sep);
            prop_assert_eq!(rows.len(), s.len() + 2);
            for field in rows.iter().flatten() {
                prop_assert!(!field.starts_with(FORMULA_START), "{:?}", field);
            }
        }
    }
}
