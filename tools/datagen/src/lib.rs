//! Renders `data/areas.toml` (the reviewable dataset) into `src/core/dataset/generated.rs`.
//!
//! Kept out of the widget crate so that it runs even when the generated file is stale or broken:
//! `cargo run -p datagen` rewrites it; the widget's test `dataset_codegen` fails when it is stale.
//! A native tool: the shipped wasm contains plain Rust data and no TOML parser.
//! The map's outline and positions are rendered by `map`, into `src/features/map/generated.rs`.

pub mod map;

use std::fmt::Write as _;

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub dataset_version: String,
    pub source_title: String,
    pub source_file: String,
    pub national: National,
    pub area: Vec<Area>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct National {
    pub task_homes: u32,
    pub task_quote: String,
    pub plans_homes: u32,
    pub plans_quote: String,
    pub concrete_homes: u32,
    pub concrete_quote: String,
    pub per_home_low_eur: u64,
    pub per_home_high_eur: u64,
    pub per_home_quote: String,
    pub max_total_eur: u64,
    pub max_homes: u32,
    pub max_quote: String,
    pub areas: u32,
    pub municipalities: u32,
    pub ministries: u32,
    pub counts_quote: String,
    pub calibration_quote: String,
    pub rotterdam_quote: String,
    /// People living in the NPLV areas, as a number and as the booklet writes it ("1,2
    /// miljoen"), with its sentence.
    pub inhabitants: u32,
    pub inhabitants_text: String,
    pub inhabitants_quote: String,
    /// Social rent as a share of the housing stock, in the areas and in the Netherlands (per
    /// cent), with its sentence.
    pub social_rent_pct: u8,
    pub social_rent_netherlands_pct: u8,
    pub social_rent_quote: String,
    /// Notes on the national figures (`[[national.notes]]`), e.g. the foreword's "minimaal".
    #[serde(default)]
    pub notes: Vec<Note>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    pub name: String,
    pub municipality: String,
    pub page: Option<u16>,
    pub named_quote: Option<String>,
    pub homes_2025_2029: Option<Figure>,
    pub homes_2030_2035: Option<Figure>,
    pub retrofit: Option<Figure>,
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Names the booklet gives for the area (`[[area.context]]`).
    #[serde(default)]
    pub context: Vec<Context>,
}

/// Names the booklet gives for an area, of one kind, with the sentence that names them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Context {
    pub kind: String,
    pub names: Vec<String>,
    pub quote: String,
}

/// The kinds of `[[area.context]]`, with their Rust variant names.
pub const CONTEXT_KINDS: [(&str, &str); 7] = [
    ("neighbourhoods", "Neighbourhoods"),
    ("locations", "Locations"),
    ("also_covers", "AlsoCovers"),
    ("programme", "Programme"),
    ("plan", "Plan"),
    ("name_used", "NameUsed"),
    ("website", "Website"),
];

fn context_kind(key: &str) -> &'static str {
    CONTEXT_KINDS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or_else(|| panic!("unknown context kind {key:?} in data/areas.toml"), |(_, v)| *v)
}

/// `data/changelog.toml`: what changed in the dataset, version by version.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Changelog {
    pub version: Vec<Version>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Version {
    pub version: String,
    /// YYYY-MM-DD.
    pub date: String,
    pub summary: Both,
    #[serde(default)]
    pub change: Vec<Change>,
}

/// One change: the area's id (or "national"), the figure or note, old and new value, why.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub area: String,
    pub item: Both,
    pub old: Both,
    pub new: Both,
    pub why: Both,
}

/// A text in Dutch and in English.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Both {
    pub nl: String,
    pub en: String,
}

/// Parses the changelog.
pub fn parse_changelog(text: &str) -> Result<Changelog, toml::de::Error> {
    toml::from_str(text)
}

fn version_key(v: &str) -> Option<(u32, u32)> {
    let (a, b) = v.split_once('.')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

fn valid_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d.split('-').all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
        && (1..=12).contains(&d[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&d[8..10].parse::<u8>().unwrap_or(0))
}

/// Checks what the type system cannot: the last version is the dataset's, versions and dates
/// increase, dates are YYYY-MM-DD, every change names a known area (or "national"), every
/// version after the first lists its changes, and no text is empty.
pub fn check_changelog(src: &Source, log: &Changelog) -> Result<(), String> {
    let last = log.version.last().ok_or("the changelog has no version")?;
    if last.version != src.dataset_version {
        return Err(format!(
            "the last version is {:?}, but data/areas.toml has dataset_version {:?}",
            last.version, src.dataset_version
        ));
    }
    for (i, v) in log.version.iter().enumerate() {
        let key = version_key(&v.version)
            .ok_or_else(|| format!("version {:?} is not YEAR.N", v.version))?;
        if !valid_date(&v.date) {
            return Err(format!("version {}: date {:?} is not YYYY-MM-DD", v.version, v.date));
        }
        if let Some(prev) = i.checked_sub(1).map(|j| &log.version[j]) {
            if version_key(&prev.version).is_some_and(|p| p >= key) {
                return Err(format!("version {} does not follow {}", v.version, prev.version));
            }
            if prev.date > v.date {
                return Err(format!("version {} is dated before {}", v.version, prev.version));
            }
            if v.change.is_empty() {
                return Err(format!("version {} lists no changes", v.version));
            }
        }
        let mut texts = vec![&v.summary];
        for c in &v.change {
            if c.area != "national" && !src.area.iter().any(|a| a.id == c.area) {
                return Err(format!("version {}: change for unknown area {:?}", v.version, c.area));
            }
            texts.extend([&c.item, &c.old, &c.new, &c.why]);
        }
        if texts.iter().any(|t| t.nl.trim().is_empty() || t.en.trim().is_empty()) {
            return Err(format!("version {}: a text is empty", v.version));
        }
    }
    Ok(())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub low: u32,
    pub high: Option<u32>,
    #[serde(default)]
    pub qualifiers: Vec<String>,
    pub period: Option<String>,
    pub scope: Option<String>,
    #[serde(rename = "box")]
    pub box_text: Option<String>,
    pub quote: String,
    #[serde(default)]
    pub notes: Vec<Note>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub kind: String,
    pub nl: String,
    pub en: String,
    pub value: Option<u32>,
    pub quote: String,
}

fn qualifier(q: &str) -> &'static str {
    match q {
        "circa" => "Qualifier::Circa",
        "ruim" => "Qualifier::Ruim",
        "netto" => "Qualifier::Netto",
        "bruto" => "Qualifier::Bruto",
        other => panic!("unknown qualifier {other:?} in data/areas.toml"),
    }
}

fn note_kind(k: &str) -> &'static str {
    match k {
        "conflict" => "NoteKind::Conflict",
        "period" => "NoteKind::Period",
        "scope" => "NoteKind::Scope",
        "subset" => "NoteKind::Subset",
        "context" => "NoteKind::Context",
        "spelling" => "NoteKind::Spelling",
        "measure" => "NoteKind::Measure",
        "condition" => "NoteKind::Condition",
        other => panic!("unknown note kind {other:?} in data/areas.toml"),
    }
}

fn period(p: &str) -> String {
    let (from, to) = p.split_once('-').unwrap_or_else(|| panic!("bad period {p:?}"));
    let (from, to): (u16, u16) = (from.parse().unwrap(), to.parse().unwrap());
    assert!(from <= to, "period {p:?} runs backwards");
    format!("Some(Period {{ from: {from}, to: {to} }})")
}

/// The texts the page carries for the app (booklet sentences and boxes, our notes in Dutch,
/// which the static page prints, and in English), numbered in the order the generated file first uses them; the same text twice gets one
/// number.
#[derive(Default)]
struct PageTexts(Vec<String>);

impl PageTexts {
    fn id(&mut self, text: &str) -> String {
        let i = self.0.iter().position(|q| q == text).unwrap_or_else(|| {
            self.0.push(text.to_string());
            self.0.len() - 1
        });
        format!("PageText({i})")
    }
}

fn notes(out: &mut String, indent: &str, notes: &[Note], q: &mut PageTexts) {
    if notes.is_empty() {
        out.push_str("&[]");
        return;
    }
    out.push_str("&[\n");
    for n in notes {
        let value = n.value.map_or("None".to_string(), |v| format!("Some({v})"));
        let _ = writeln!(
            out,
            "{indent}    Note {{\n{indent}        kind: {},\n{indent}        nl: {},\n{indent}        en: {},\n{indent}        value: {value},\n{indent}        quote: {},\n{indent}    }},",
            note_kind(&n.kind),
            q.id(&n.nl),
            q.id(&n.en),
            q.id(&n.quote)
        );
    }
    let _ = write!(out, "{indent}]");
}

fn figure(out: &mut String, name: &str, f: Option<&Figure>, q: &mut PageTexts) {
    let Some(f) = f else {
        let _ = writeln!(out, "        {name}: None,");
        return;
    };
    let high = f.high.unwrap_or(f.low);
    assert!(f.low <= high, "range {}..{} runs backwards", f.low, high);
    let quals: Vec<&str> = f.qualifiers.iter().map(|q| qualifier(q)).collect();
    let period = f.period.as_deref().map_or("None".to_string(), period);
    let scope = match f.scope.as_deref() {
        None | Some("area") => "Scope::Area".to_string(),
        Some(region) => format!("Scope::Region({region:?})"),
    };
    let box_text = f.box_text.as_ref().map_or("None".to_string(), |b| format!("Some({})", q.id(b)));
    let _ = write!(
        out,
        "        {name}: Some(Figure {{\n            low: {},\n            high: {high},\n            qualifiers: &[{}],\n            period: {period},\n            scope: {scope},\n            box_text: {box_text},\n            quote: {},\n            notes: ",
        f.low,
        quals.join(", "),
        q.id(&f.quote)
    );
    notes(out, "            ", &f.notes, q);
    out.push_str(",\n        }),\n");
}

fn both(b: &Both, q: &mut PageTexts) -> String {
    format!("Both {{ nl: {}, en: {} }}", q.id(&b.nl), q.id(&b.en))
}

fn changelog(out: &mut String, log: &Changelog, src: &Source, q: &mut PageTexts) {
    out.push_str("/// What changed in the dataset, version by version (data/changelog.toml), oldest first.\n");
    out.push_str("pub static CHANGELOG: &[Version] = &[\n");
    for v in &log.version {
        let _ = writeln!(
            out,
            "    Version {{\n        version: {:?},\n        date: {:?},\n        summary: {},\n        changes: &[",
            v.version,
            v.date,
            both(&v.summary, q)
        );
        for c in &v.change {
            let area = src
                .area
                .iter()
                .position(|a| a.id == c.area)
                .map_or("None".to_string(), |i| format!("Some({i})"));
            let _ = writeln!(
                out,
                "            Change {{\n                area: {area},\n                item: {},\n                old: {},\n                new: {},\n                why: {},\n            }},",
                both(&c.item, q),
                both(&c.old, q),
                both(&c.new, q),
                both(&c.why, q)
            );
        }
        out.push_str("        ],\n    },\n");
    }
    out.push_str("];\n\n");
}

fn context(out: &mut String, ctx: &[Context], q: &mut PageTexts) {
    if ctx.is_empty() {
        out.push_str("        context: &[],\n");
        return;
    }
    out.push_str("        context: &[\n");
    for c in ctx {
        let names: Vec<String> = c.names.iter().map(|n| format!("{n:?}")).collect();
        let _ = writeln!(
            out,
            "            Named {{ kind: NameKind::{}, names: &[{}], quote: {} }},",
            context_kind(&c.kind),
            names.join(", "),
            q.id(&c.quote)
        );
    }
    out.push_str("        ],\n");
}

pub fn render(src: &Source, bottlenecks: &Bottlenecks, log: &Changelog) -> String {
    let n = &src.national;
    let mut q = PageTexts::default();
    let mut out = String::new();
    out.push_str(
        "// @generated from data/areas.toml by tools/datagen. DO NOT EDIT.\n\
         // To change a figure, edit data/areas.toml and run `cargo run -p datagen`.\n\n\
         use super::{Area, Both, Bottleneck, BottleneckKind, Change, Figure, NameKind, Named, National, Note, NoteKind, Period, Qualifier, PageText, Scope, Version, AREA_COUNT};\n\n",
    );
    let _ = writeln!(out, "/// Version of the dataset; links and CSV exports record it.");
    let _ = writeln!(out, "pub const DATASET_VERSION: &str = {:?};\n", src.dataset_version);
    let _ = writeln!(out, "/// Title of the booklet the data is taken from.");
    let _ = writeln!(out, "pub const SOURCE_TITLE: &str = {:?};\n", src.source_title);
    let _ = writeln!(out, "/// File name of the booklet text the quotes are checked against.");
    let _ = writeln!(out, "pub const SOURCE_FILE: &str = {:?};\n", src.source_file);
    let _ = write!(
        out,
        "pub const NATIONAL: National = National {{\n    task_homes: {},\n    task_quote: {},\n    plans_homes: {},\n    plans_quote: {},\n    concrete_homes: {},\n    concrete_quote: {},\n    per_home_low_eur: {},\n    per_home_high_eur: {},\n    per_home_quote: {},\n    max_total_eur: {},\n    max_homes: {},\n    max_quote: {},\n    areas: {},\n    municipalities: {},\n    ministries: {},\n    counts_quote: {},\n    calibration_quote: {},\n    rotterdam_quote: {},\n    inhabitants: {},\n    inhabitants_text: {},\n    inhabitants_quote: {},\n    social_rent_pct: {},\n    social_rent_netherlands_pct: {},\n    social_rent_quote: {},\n    notes: ",
        n.task_homes, q.id(&n.task_quote), n.plans_homes, q.id(&n.plans_quote), n.concrete_homes,
        q.id(&n.concrete_quote), n.per_home_low_eur, n.per_home_high_eur, q.id(&n.per_home_quote),
        n.max_total_eur, n.max_homes, q.id(&n.max_quote), n.areas, n.municipalities, n.ministries,
        q.id(&n.counts_quote), q.id(&n.calibration_quote), q.id(&n.rotterdam_quote),
        n.inhabitants, q.id(&n.inhabitants_text), q.id(&n.inhabitants_quote), n.social_rent_pct,
        n.social_rent_netherlands_pct, q.id(&n.social_rent_quote)
    );
    notes(&mut out, "    ", &n.notes, &mut q);
    out.push_str(",\n};\n\n");
    let _ = writeln!(out, "pub static AREAS: [Area; AREA_COUNT] = [");
    for a in &src.area {
        let page = a.page.map_or("None".to_string(), |p| format!("Some({p})"));
        let _ = writeln!(
            out,
            "    Area {{\n        id: {:?},\n        name: {:?},\n        municipality: {:?},\n        page: {page},",
            a.id, a.name, a.municipality
        );
        figure(&mut out, "homes_2025_2029", a.homes_2025_2029.as_ref(), &mut q);
        figure(&mut out, "homes_2030_2035", a.homes_2030_2035.as_ref(), &mut q);
        figure(&mut out, "retrofit", a.retrofit.as_ref(), &mut q);
        bottlenecks_of(&mut out, &a.id, bottlenecks, &mut q);
        context(&mut out, &a.context, &mut q);
        out.push_str("        notes: ");
        notes(&mut out, "        ", &a.notes, &mut q);
        out.push_str(",\n    },\n");
        // `named_quote` only proves the area is named in the booklet; it is checked, not shipped.
        let _ = &a.named_quote;
    }
    out.push_str("];\n\n");
    changelog(&mut out, log, src, &mut q);
    let _ = writeln!(
        out,
        "/// How many texts the static page prints for the app (`PageText(0)` to `PageText({})`).",
        q.0.len() - 1
    );
    let _ = writeln!(out, "pub const PAGE_TEXT_COUNT: usize = {};\n", q.0.len());
    let _ = writeln!(
        out,
        "/// Fingerprint of the texts below (FNV-1a, 64 bits): the static page carries it, and the\n\
         /// browser build uses the page's texts only when the two agree (see `PageTexts`).\n\
         pub const PAGE_TEXTS_HASH: &str = \"{:016x}\";\n",
        texts_hash(&q.0)
    );
    out.push_str(
        "/// The texts by `PageText` number. Not compiled into the browser build, which reads them\n\
         /// from the page (see `PageTexts`).\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n\
         pub static PAGE_TEXTS: [&str; PAGE_TEXT_COUNT] = [\n",
    );
    for (i, text) in q.0.iter().enumerate() {
        let _ = writeln!(out, "    /* {i} */ {text:?},");
    }
    out.push_str("];\n");
    out
}

/// FNV-1a over the texts, each followed by a zero byte: a change to any text, or to their order,
/// changes the fingerprint.
pub fn texts_hash(texts: &[String]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in texts.iter().flat_map(|t| t.bytes().chain([0])) {
        h = (h ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// `data/bottlenecks.toml`: the classified bottlenecks per area.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bottlenecks {
    pub bottleneck: Vec<Bottleneck>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bottleneck {
    pub area: String,
    pub category: String,
    pub quote: String,
    /// A second sentence, where `quote` does not itself name the category (Den Haag's
    /// "mobiliteitshubs" beside the sentence that names parking). Checked like `quote`.
    pub also: Option<String>,
}

/// The fixed bottleneck categories, in display order, with their Rust variant names.
pub const BOTTLENECK_KINDS: [(&str, &str); 9] = [
    ("finance", "Finance"),
    ("grid", "Grid"),
    ("nitrogen", "Nitrogen"),
    ("staff", "Staff"),
    ("procedures", "Procedures"),
    ("experiment", "Experiment"),
    ("parking", "Parking"),
    ("relocation", "Relocation"),
    ("retrofit_cost", "RetrofitCost"),
];

fn bottleneck_kind(key: &str) -> &'static str {
    BOTTLENECK_KINDS.iter().find(|(k, _)| *k == key).map_or_else(
        || panic!("unknown bottleneck category {key:?} in data/bottlenecks.toml"),
        |(_, v)| *v,
    )
}

fn bottlenecks_of(out: &mut String, area: &str, all: &Bottlenecks, q: &mut PageTexts) {
    let mine: Vec<&Bottleneck> = all.bottleneck.iter().filter(|b| b.area == area).collect();
    if mine.is_empty() {
        out.push_str("        bottlenecks: &[],\n");
        return;
    }
    out.push_str("        bottlenecks: &[\n");
    for b in mine {
        let quote = q.id(&b.quote);
        let also = b.also.as_ref().map_or("None".to_string(), |a| format!("Some({})", q.id(a)));
        let _ = writeln!(
            out,
            "            Bottleneck {{ kind: BottleneckKind::{}, quote: {quote}, also: {also} }},",
            bottleneck_kind(&b.category),
        );
    }
    out.push_str("        ],\n");
}

/// Checks what the type system cannot: known areas, unique (area, category) pairs.
pub fn check_bottlenecks(src: &Source, all: &Bottlenecks) -> Result<(), String> {
    let mut seen = std::collections::HashSet::new();
    for b in &all.bottleneck {
        if !src.area.iter().any(|a| a.id == b.area) {
            return Err(format!("bottleneck for unknown area {:?}", b.area));
        }
        let _ = bottleneck_kind(&b.category);
        if !seen.insert((b.area.as_str(), b.category.as_str())) {
            return Err(format!("bottleneck {}/{} appears twice", b.area, b.category));
        }
        if b.also.as_ref().is_some_and(|a| a == &b.quote) {
            return Err(format!("bottleneck {}/{}: `also` repeats `quote`", b.area, b.category));
        }
    }
    Ok(())
}

/// Parses the bottlenecks source.
pub fn parse_bottlenecks(text: &str) -> Result<Bottlenecks, toml::de::Error> {
    toml::from_str(text)
}

/// Parses the dataset source.
pub fn parse(text: &str) -> Result<Source, toml::de::Error> {
    toml::from_str(text)
}
