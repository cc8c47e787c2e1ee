//! Freshness and provenance tests for the dataset.
//!
//! `data/areas.toml` is the reviewable source; `tools/datagen` renders it to Rust. This test fails
//! when the committed `src/core/dataset/generated.rs` differs (`cargo run -p datagen` rewrites
//! it) and when a quote is not, letter for letter, in the booklet. Likewise for the map:
//! `data/nl-outline.geojson` and `data/positions.toml` render to `src/features/map/generated.rs`.
//! Native only: the shipped wasm contains plain Rust data and no TOML parser.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use datagen::{
    check_bottlenecks, check_changelog, parse, parse_bottlenecks, parse_changelog, render,
    Bottlenecks, Changelog, Source,
};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn load_bottlenecks() -> Bottlenecks {
    let text = std::fs::read_to_string(root().join("data/bottlenecks.toml"))
        .expect("data/bottlenecks.toml");
    parse_bottlenecks(&text).expect("data/bottlenecks.toml does not parse")
}

fn load_changelog() -> Changelog {
    let text =
        std::fs::read_to_string(root().join("data/changelog.toml")).expect("data/changelog.toml");
    parse_changelog(&text).expect("data/changelog.toml does not parse")
}

fn load() -> Source {
    let text = std::fs::read_to_string(root().join("data/areas.toml")).expect("data/areas.toml");
    parse(&text).expect("data/areas.toml does not parse")
}

/// Folds runs of white space, as a quote may span a line break in the booklet text.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn generated_dataset_is_fresh() {
    let (src, bottlenecks) = (load(), load_bottlenecks());
    check_bottlenecks(&src, &bottlenecks).expect("data/bottlenecks.toml");
    let log = load_changelog();
    check_changelog(&src, &log).expect("data/changelog.toml");
    let rendered = render(&src, &bottlenecks, &log);
    let path = root().join("src/core/dataset/generated.rs");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == rendered,
        "src/core/dataset/generated.rs is stale: run `cargo run -p datagen`"
    );
}

#[test]
fn generated_map_is_fresh() {
    let read = |path: &str| {
        std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let outline = datagen::map::parse_outline(&read("data/nl-outline.geojson"))
        .expect("data/nl-outline.geojson does not parse");
    let positions = datagen::map::parse_positions(&read("data/positions.toml"))
        .expect("data/positions.toml does not parse");
    let src = load();
    let ids: Vec<&str> = src.area.iter().map(|a| a.id.as_str()).collect();
    let (rendered, report) = datagen::map::render(&outline, &positions, &ids).expect("map sources");
    // The outline stays small: it is the map's main cost in the wasm.
    assert!(report.path_bytes < 4_000, "outline path is {} bytes", report.path_bytes);
    let committed =
        std::fs::read_to_string(root().join("src/features/map/generated.rs")).unwrap_or_default();
    assert!(
        committed == rendered,
        "src/features/map/generated.rs is stale: run `cargo run -p datagen`"
    );
}

/// Every quote, box text and area name in the source file occurs in the booklet, letter for
/// letter (white space folded). The booklet lives in ../shared/source beside the repository.
#[test]
fn every_quote_occurs_verbatim_in_the_booklet() {
    let src = load();
    let booklet_path = root().join("../shared/source").join(&src.source_file);
    let booklet = fold(&std::fs::read_to_string(&booklet_path).unwrap_or_else(|e| {
        panic!("the booklet text is needed at {}: {e}", booklet_path.display())
    }));
    let mut quotes: Vec<(String, &str)> = vec![];
    let n = &src.national;
    for q in [
        &n.task_quote,
        &n.plans_quote,
        &n.concrete_quote,
        &n.per_home_quote,
        &n.max_quote,
        &n.counts_quote,
        &n.calibration_quote,
        &n.rotterdam_quote,
        &n.inhabitants_quote,
        &n.social_rent_quote,
    ] {
        quotes.push(("national".into(), q));
    }
    quotes.extend(n.notes.iter().map(|x| ("national".to_string(), x.quote.as_str())));
    for a in &src.area {
        quotes.extend(a.notes.iter().map(|x| (a.id.clone(), x.quote.as_str())));
        quotes.extend(a.context.iter().map(|x| (a.id.clone(), x.quote.as_str())));
        if let Some(q) = &a.named_quote {
            quotes.push((a.id.clone(), q));
        }
        for f in [&a.homes_2025_2029, &a.homes_2030_2035, &a.retrofit].into_iter().flatten() {
            quotes.push((a.id.clone(), &f.quote));
            if let Some(b) = &f.box_text {
                quotes.push((a.id.clone(), b));
            }
            quotes.extend(f.notes.iter().map(|x| (a.id.clone(), x.quote.as_str())));
        }
    }
    let bottlenecks = load_bottlenecks();
    quotes.extend(bottlenecks.bottleneck.iter().map(|b| (b.area.clone(), b.quote.as_str())));
    quotes.extend(
        bottlenecks.bottleneck.iter().filter_map(|b| Some((b.area.clone(), b.also.as_deref()?))),
    );
    assert!(quotes.len() > 60, "expected the dataset's quotes, found {}", quotes.len());
    let missing: Vec<_> = quotes.iter().filter(|(_, q)| !booklet.contains(&fold(q))).collect();
    assert!(missing.is_empty(), "quotes not found in the booklet: {missing:#?}");
}

/// The whole numbers written in a text, as printed: "1.525", "7000", "8.500" (a Dutch thousands
/// point is followed by exactly three digits; a full stop is not part of a number).
fn numbers_in(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = vec![];
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        while i + 3 < chars.len()
            && chars[i] == '.'
            && chars[i + 1..=i + 3].iter().all(char::is_ascii_digit)
            && !chars.get(i + 4).is_some_and(char::is_ascii_digit)
        {
            i += 4;
        }
        out.push(chars[start..i].iter().collect());
    }
    out
}

/// Every figure's number is written, as a whole number, in its quoted sentence or in its box.
/// Each end of a range is checked on its own, so the two ends may come from the two texts
/// (Dordrecht-West's retrofit: 1.525 in the introduction's sentence, 2.525 in the box).
#[test]
fn each_figure_number_is_written_in_its_quote() {
    fn dutch(n: u32) -> String {
        let s = n.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                out.push('.');
            }
            out.push(c);
        }
        out
    }
    assert_eq!(
        numbers_in("+7000-8.500 en 31.500, in 2029. 1.525"),
        ["7000", "8.500", "31.500", "2029", "1.525"]
    );
    for a in load().area {
        for f in [&a.homes_2025_2029, &a.homes_2030_2035, &a.retrofit].into_iter().flatten() {
            let in_quote = numbers_in(&f.quote);
            let in_box = f.box_text.as_deref().map(numbers_in).unwrap_or_default();
            for v in [Some(f.low), f.high].into_iter().flatten() {
                assert!(
                    in_quote.contains(&dutch(v)) || in_box.contains(&dutch(v)),
                    "{}: {} is written neither in its quote {:?} nor in its box {:?}",
                    a.id,
                    dutch(v),
                    f.quote,
                    f.box_text
                );
            }
        }
    }
}

/// Every name the booklet gives for an area is written, letter for letter, in its sentence; no
/// entry is empty and no name is listed twice. The national context figures are written in
/// theirs ("1,2 miljoen" as the booklet prints it; "60 procent", "29 procent").
#[test]
fn each_context_name_and_figure_is_in_its_sentence() {
    let src = load();
    let mut named = 0;
    for a in &src.area {
        for c in &a.context {
            assert!(
                !c.names.is_empty(),
                "{}: a context entry of kind {} names nothing",
                a.id,
                c.kind
            );
            for (i, name) in c.names.iter().enumerate() {
                assert!(!name.trim().is_empty(), "{}: an empty name", a.id);
                assert!(
                    c.quote.contains(name.as_str()),
                    "{}: {name:?} is not in {:?}",
                    a.id,
                    c.quote
                );
                assert!(!c.names[..i].contains(name), "{}: {name:?} is listed twice", a.id);
                named += 1;
            }
        }
    }
    assert!(named >= 50, "expected the booklet's names, found {named}");
    let n = &src.national;
    assert!(n.inhabitants_quote.contains(&n.inhabitants_text));
    assert_eq!(n.inhabitants_text, "1,2 miljoen");
    assert_eq!(n.inhabitants, 1_200_000);
    for pct in [n.social_rent_pct, n.social_rent_netherlands_pct] {
        assert!(n.social_rent_quote.contains(&format!("{pct} procent")), "{pct} procent");
    }
}

/// The changelog's checks: the file as committed passes; each broken rule is refused.
#[test]
fn the_changelog_is_checked() {
    let src = load();
    let text = std::fs::read_to_string(root().join("data/changelog.toml")).unwrap();
    check_changelog(&src, &parse_changelog(&text).unwrap()).expect("data/changelog.toml");
    let broken = |from: &str, to: &str| {
        assert!(text.contains(from), "{from:?} is not in the changelog");
        let log = parse_changelog(&text.replacen(from, to, 1)).unwrap();
        check_changelog(&src, &log).expect_err(&format!("{from:?} -> {to:?} should be refused"))
    };
    assert!(broken("version = \"2025.2\"", "version = \"2025.3\"").contains("dataset_version"));
    assert!(broken("version = \"2025.1\"", "version = \"2025.9\"").contains("does not follow"));
    assert!(broken("date = \"2026-12-02\"", "date = \"2026-11-01\"").contains("dated before"));
    assert!(broken("date = \"2026-11-30\"", "date = \"30-11-2026\"").contains("YYYY-MM-DD"));
    assert!(broken("area = \"dhz\"", "area = \"xyz\"").contains("unknown area"));
    let empty = text.replacen("old = { nl = \"Geen.\"", "old = { nl = \"\"", 1);
    assert!(check_changelog(&src, &parse_changelog(&empty).unwrap())
        .unwrap_err()
        .contains("empty"));
    let cut = text.find("\n[[version.change]]").unwrap();
    let bare = parse_changelog(&text[..cut]).unwrap();
    assert!(check_changelog(&src, &bare).unwrap_err().contains("lists no changes"));
}
