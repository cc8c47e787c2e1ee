//! The dataset as files, published beside the widget in `assets/dataset/` (Trunk copies the
//! folder into `dist/dataset/`): `woontop-<version>.json` (everything the dataset holds),
//! `woontop-<version>.csv` (one row per area, the widget's CSV without amounts, English column
//! names) and `datapackage.json` (a Frictionless Data Package describing both, with a Table
//! Schema for the CSV). Written natively from the compiled dataset, which datagen writes from
//! `data/*.toml`; `tests/dataset_files.rs` fails when the committed files are stale
//! (`UPDATE_STATIC=1 cargo test --test dataset_files` writes them) and checks them against the
//! dataset, and the test command validates the package with the Frictionless validator.
//!
//! The files are loaded only when a visitor opens them: they cost the page nothing at start.

use std::fmt::Write as _;

use serde_json::{json, Value};

use crate::core::cite::PUBLISHER;
use crate::core::csv;
use crate::core::dataset::{
    dataset_date, Both, Figure, Measure, NameKind, Note, NoteKind, PageText, PageTexts, Scope,
    AREAS, CHANGELOG, DATASET_VERSION, NATIONAL, SOURCE_FILE, SOURCE_TITLE,
};
use crate::core::i18n::{texts, Lang};
use crate::core::totals::exclusion;

/// The folder the files are written to, from the repository root.
pub const FOLDER: &str = "assets/dataset";

/// The licence of the dataset files (our compilation of the booklet's figures).
pub const LICENCE: (&str, &str, &str) = (
    "CC-BY-4.0",
    "Creative Commons Attribution 4.0 International",
    "https://creativecommons.org/licenses/by/4.0/",
);

pub fn json_name() -> String {
    format!("woontop-{DATASET_VERSION}.json")
}

pub fn csv_name() -> String {
    format!("woontop-{DATASET_VERSION}.csv")
}

pub const PACKAGE_NAME: &str = "datapackage.json";

/// A `CamelCase` variant name as `snake_case`.
fn snake(debug: impl std::fmt::Debug) -> String {
    let mut out = String::new();
    for (i, c) in format!("{debug:?}").chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

fn note_kind(k: NoteKind) -> String {
    snake(k)
}

fn name_kind(k: NameKind) -> String {
    snake(k)
}

fn both(b: Both, page: &PageTexts) -> Value {
    json!({ "nl": page.get(b.nl), "en": page.get(b.en) })
}

fn notes(notes: &[Note], page: &PageTexts) -> Value {
    notes
        .iter()
        .map(|n| {
            json!({
                "kind": note_kind(n.kind),
                "nl": page.get(n.nl),
                "en": page.get(n.en),
                "value": n.value,
                "quote": page.get(n.quote),
            })
        })
        .collect()
}

fn figure(f: Option<&Figure>, m: Measure, page: &PageTexts) -> Value {
    let Some(f) = f else { return Value::Null };
    json!({
        "low": f.low,
        "high": f.high,
        "qualifiers": f.qualifiers.iter().map(|q| (texts(Lang::Nl).qualifier)(*q)).collect::<Vec<_>>(),
        "period": f.period.map(|p| format!("{}-{}", p.from, p.to)),
        "scope": match f.scope { Scope::Area => "area", Scope::Region(r) => r },
        "counts": exclusion(f, m).is_none(),
        "quote": page.get(f.quote),
        "box": f.box_text.map(|b| page.get(b)),
        "notes": notes(f.notes, page),
    })
}

/// Everything the dataset holds, as one JSON document.
pub fn dataset_json(page: &PageTexts) -> Value {
    let n = &NATIONAL;
    let q = |t: PageText| page.get(t);
    let areas: Vec<Value> = AREAS
        .iter()
        .map(|a| {
            json!({
                "code": a.id,
                "name": a.name,
                "municipality": a.municipality,
                "page": a.page,
                "homes_2025_2029": figure(a.homes_2025_2029.as_ref(), Measure::Build, page),
                "homes_2030_2035": figure(a.homes_2030_2035.as_ref(), Measure::Extra, page),
                "retrofit": figure(a.retrofit.as_ref(), Measure::Retrofit, page),
                "notes": notes(a.notes, page),
                "bottlenecks": a.bottlenecks.iter().map(|b| json!({
                    "category": b.kind.code(),
                    "label": { "nl": (texts(Lang::Nl).bottleneck)(b.kind), "en": (texts(Lang::En).bottleneck)(b.kind) },
                    "quote": q(b.quote),
                    "also": b.also.map(q),
                })).collect::<Vec<_>>(),
                "context": a.context.iter().map(|c| json!({
                    "kind": name_kind(c.kind),
                    "names": c.names,
                    "quote": q(c.quote),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "dataset_version": DATASET_VERSION,
        "date": dataset_date(),
        "licence": LICENCE.0,
        "source": { "title": SOURCE_TITLE, "publisher": PUBLISHER, "year": null, "text_file": SOURCE_FILE },
        "units": "homes (woningen) as whole numbers; amounts in whole euros",
        "national": {
            "task_homes": { "value": n.task_homes, "quote": q(n.task_quote) },
            "plans_homes": { "value": n.plans_homes, "quote": q(n.plans_quote) },
            "concrete_homes": { "value": n.concrete_homes, "quote": q(n.concrete_quote) },
            "per_home_eur": { "low": n.per_home_low_eur, "high": n.per_home_high_eur, "quote": q(n.per_home_quote) },
            "max_total_eur": { "value": n.max_total_eur, "homes": n.max_homes, "quote": q(n.max_quote) },
            "counts": { "ministries": n.ministries, "municipalities": n.municipalities, "areas": n.areas, "quote": q(n.counts_quote) },
            "inhabitants": { "value": n.inhabitants, "as_printed": q(n.inhabitants_text), "quote": q(n.inhabitants_quote) },
            "social_rent_pct": { "areas": n.social_rent_pct, "netherlands": n.social_rent_netherlands_pct, "quote": q(n.social_rent_quote) },
            "calibration_quote": q(n.calibration_quote),
            "rotterdam_quote": q(n.rotterdam_quote),
            "notes": notes(n.notes, page),
        },
        "areas": areas,
        "changelog": CHANGELOG.iter().map(|v| json!({
            "version": v.version,
            "date": v.date,
            "summary": both(v.summary, page),
            "changes": v.changes.iter().map(|c| json!({
                "area": c.area.map_or("national", |i| AREAS[i].id),
                "item": both(c.item, page),
                "old": both(c.old, page),
                "new": both(c.new, page),
                "why": both(c.why, page),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// What a CSV column holds, for the Table Schema.
fn field(name: &str) -> Value {
    let period = |short: &str| match short {
        "2025_2029" => "homes 2025-2029",
        "2030_2035" => "extra homes 2030-2035",
        _ => "homes to retrofit",
    };
    let (ty, description) = match name {
        "code" => ("string", "The area's stable short code (as in the widget's links, a=...)".to_string()),
        "area" => ("string", "The NPLV area's name".to_string()),
        "municipality" => ("string", "Its municipality".to_string()),
        "notes" => ("string", "The data-quality notes on the area's figures and on the area, in English, separated by \" | \"".to_string()),
        "dataset_version" => ("string", "The dataset version".to_string()),
        _ => {
            let (head, short) = name.rsplit_once('_').map_or((name, ""), |(h, s)| (h, s));
            if let Some(m) = ["homes_2025_2029", "homes_2030_2035", "retrofit"].iter().find(|m| name.starts_with(*m) && (short == "low" || short == "high")) {
                let what = period(m.trim_start_matches("homes_"));
                ("integer", format!("{} of the booklet's figure for {what} (a single figure has low = high); empty: the booklet gives none", if short == "low" { "Low end" } else { "High end" }))
            } else {
                let measure = name.split_once('_').map_or("", |(_, m)| m);
                match head.split('_').next().unwrap_or("") {
                    "qualifier" => ("string", format!("The booklet's own words before the figure for {} (circa, ruim, netto, bruto)", period(measure))),
                    "period" => ("string", format!("The period the booklet's sentence gives for the figure for {}; empty: none given", period(measure))),
                    "counted" => ("boolean", format!("Whether the figure for {} counts in the widget's totals (only figures for the area itself and the column's period do)", period(measure))),
                    _ => ("string", String::new()),
                }
            }
        }
    };
    let mut f = json!({ "name": name, "type": ty, "description": description });
    if ty == "boolean" {
        f["trueValues"] = json!([texts(Lang::En).csv.yes]);
        f["falseValues"] = json!([texts(Lang::En).csv.no]);
    }
    if ty == "integer" {
        f["constraints"] = json!({ "minimum": 0 });
    }
    if name == "code" {
        f["constraints"] = json!({ "required": true, "unique": true, "pattern": "[a-z]{3}" });
    }
    f
}

/// The Frictionless Data Package describing the two data files.
pub fn package() -> Value {
    let fields: Vec<Value> = csv::dataset_headers().iter().map(|h| field(h)).collect();
    json!({
        "profile": "data-package",
        "name": "woontopafspraken-2024-2030",
        "title": "Woontopafspraken 2024-2030: the 20 NPLV areas' housing figures, as the booklet states them",
        "description": "Every figure of the booklet Woontopafspraken 2024-2030 (the agreements between the Dutch state and the 20 areas of the Nationaal Programma Leefbaarheid en Veiligheid), with the sentence it comes from, the booklet's qualifiers, periods and scopes, our notes where the booklet contradicts itself, the bottlenecks it names, and the neighbourhoods and programmes per area. Unknown figures are empty, never 0.",
        "version": DATASET_VERSION,
        "created": format!("{}T00:00:00Z", dataset_date()),
        "licenses": [{ "name": LICENCE.0, "title": LICENCE.1, "path": LICENCE.2 }],
        "sources": [{ "title": format!("{PUBLISHER} (n.d.), {SOURCE_TITLE}") }],
        "keywords": ["woningbouw", "housing", "NPLV", "Woontop", "Netherlands"],
        "resources": [
            {
                "name": "areas",
                "title": "One row per area",
                "path": csv_name(),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": { "delimiter": ",", "header": true },
                "schema": { "fields": fields, "primaryKey": ["code"], "missingValues": [""] },
            },
            {
                "name": "dataset",
                "title": "Everything the dataset holds: figures, sentences, notes, bottlenecks, names, changelog",
                "path": json_name(),
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
            },
        ],
    })
}

/// The files, by name, with their content.
pub fn files(page: &PageTexts) -> Vec<(String, String)> {
    let pretty = |v: &Value| serde_json::to_string_pretty(v).expect("JSON") + "\n";
    vec![
        (json_name(), pretty(&dataset_json(page))),
        (csv_name(), csv::dataset(page)),
        (PACKAGE_NAME.to_string(), pretty(&package())),
    ]
}

/// The Rust source listing the files and their sizes, which the Bronnen section shows
/// (`src/features/sources/files.rs`).
pub fn sizes_rs(files: &[(String, String)]) -> String {
    let mut out = String::from(
        "// @generated by src/publish.rs (`UPDATE_STATIC=1 cargo test --test dataset_files`). DO NOT EDIT.\n\n\
         /// The dataset files beside the widget (in `dataset/`), with their sizes in bytes.\n\
         pub const DATASET_FILES: [(&str, usize); 3] = [\n",
    );
    for (name, text) in files {
        let _ = writeln!(out, "    ({name:?}, {}),", text.len());
    }
    out.push_str("];\n");
    out
}
