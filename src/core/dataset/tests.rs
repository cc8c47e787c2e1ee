//! Dataset invariants: every area once, stable ids, ordered ranges, the known contradictions.
use super::*;
use std::collections::HashSet;

#[test]
fn every_area_once_with_stable_unique_ids() {
    assert_eq!(AREAS.len(), 20);
    let ids: HashSet<_> = AREAS.iter().map(|a| a.id).collect();
    assert_eq!(ids.len(), 20, "ids must be unique");
    let names: HashSet<_> = AREAS.iter().map(|a| a.name).collect();
    assert_eq!(names.len(), 20, "names must be unique");
    // Ids are link codes: short, lowercase ASCII, never changed once published.
    let expected = [
        "amw", "amz", "arn", "bre", "dlf", "dhz", "dor", "ehv", "gro", "hrl", "lwd", "lls", "nwg",
        "rsd", "rtz", "sdm", "tbg", "utr", "vla", "zdo",
    ];
    assert_eq!(AREAS.map(|a| a.id), expected);
}

#[test]
fn counts_agree_with_the_booklet() {
    assert_eq!(NATIONAL.areas as usize, AREAS.len());
    let municipalities: HashSet<_> = AREAS.iter().map(|a| a.municipality).collect();
    assert_eq!(municipalities.len(), NATIONAL.municipalities as usize);
    // The booklet's order is by municipality (the calculator lists them so, each once).
    assert!(AREAS.windows(2).all(|w| w[0].municipality <= w[1].municipality));
}

#[test]
fn ranges_are_ordered_and_figures_positive() {
    for a in &AREAS {
        for c in Measure::ALL {
            if let Some(f) = a.figure(c) {
                assert!(f.low > 0 && f.low <= f.high, "{} {c:?}", a.id);
                assert!(!PageTexts::compiled().get(f.quote).is_empty());
                if let Some(p) = f.period {
                    assert!(p.from <= p.to);
                }
            }
        }
    }
}

#[test]
fn only_eindhoven_and_lelystad_have_no_figures() {
    let empty: Vec<_> = AREAS.iter().filter(|a| a.has_no_figures()).map(|a| a.id).collect();
    assert_eq!(empty, ["ehv", "lls"]);
}

#[test]
fn the_booklets_known_contradictions_are_recorded() {
    let notes_of = |id: &str, c: Measure| Area::by_id(id).unwrap().1.figure(c).unwrap().notes;
    let has = |id: &str, c: Measure, kind: NoteKind, value: Option<u32>| {
        notes_of(id, c).iter().any(|n| n.kind == kind && (value.is_none() || n.value == value))
    };
    assert!(has("dlf", Measure::Extra, NoteKind::Period, None));
    assert!(has("dor", Measure::Retrofit, NoteKind::Conflict, None));
    assert!(has("lwd", Measure::Retrofit, NoteKind::Conflict, Some(425)));
    assert!(has("rsd", Measure::Build, NoteKind::Subset, Some(800)));
    assert!(has("tbg", Measure::Extra, NoteKind::Period, None));
    assert!(has("hrl", Measure::Build, NoteKind::Scope, Some(5000)));
    assert!(has("dor", Measure::Build, NoteKind::Context, Some(2063)));
    let dor = Area::by_id("dor").unwrap().1.retrofit.unwrap();
    assert_eq!((dor.low, dor.high), (1525, 2525));
    let tbg = Area::by_id("tbg").unwrap().1.homes_2030_2035.unwrap();
    assert_eq!(tbg.period, Some(Period { from: 2030, to: 2040 }));
    let hrl = Area::by_id("hrl").unwrap().1.homes_2030_2035.unwrap();
    assert_eq!(hrl.scope, Scope::Region("Parkstad"));
}

#[test]
fn the_booklets_caveats_are_recorded() {
    let kinds = |id: &str, c: Measure| {
        Area::by_id(id)
            .unwrap()
            .1
            .figure(c)
            .unwrap()
            .notes
            .iter()
            .map(|n| n.kind)
            .collect::<Vec<_>>()
    };
    // Construction started or delay prevented, not homes completed.
    for id in ["amw", "arn", "rtz"] {
        assert!(kinds(id, Measure::Build).contains(&NoteKind::Measure), "{id}");
    }
    // Offers with a condition attached: Utrecht's stacking, Groningen's missing budget.
    assert!(kinds("utr", Measure::Build).contains(&NoteKind::Condition));
    assert!(kinds("gro", Measure::Extra).contains(&NoteKind::Condition));
    // Breda's title ("acht wijken") against its list of 16.
    let bre = Area::by_id("bre").unwrap().1.homes_2025_2029.unwrap();
    assert!(bre.notes.iter().any(|n| PageTexts::compiled().get(n.quote).contains("acht wijken")));
    // The foreword's "minimaal 50.000" against the agreement's "circa 50.000".
    assert!(NATIONAL.notes.iter().any(|n| n.kind == NoteKind::Conflict
        && PageTexts::compiled().get(n.quote).starts_with("Minimaal 50.000")));
    for n in NATIONAL.notes {
        assert!(
            !PageTexts::compiled().get(n.nl).is_empty()
                && !PageTexts::compiled().get(n.en).is_empty()
                && !PageTexts::compiled().get(n.quote).is_empty()
        );
    }
}

#[test]
fn bottlenecks_are_classified_for_every_area_with_a_page() {
    for a in &AREAS {
        assert_eq!(a.page.is_some(), !a.bottlenecks.is_empty(), "{}", a.id);
    }
    let with = |k: BottleneckKind| {
        AREAS.iter().filter(|a| a.has_bottleneck(k)).map(|a| a.id).collect::<Vec<_>>()
    };
    assert_eq!(with(BottleneckKind::Nitrogen), ["bre", "tbg"]);
    assert_eq!(with(BottleneckKind::Grid), ["bre", "gro", "rtz", "tbg", "utr", "zdo"]);
    assert_eq!(with(BottleneckKind::Finance).len(), 18);
    for k in BottleneckKind::ALL {
        assert_eq!(BottleneckKind::from_code(k.code()), Some(k));
    }
}

/// Every bottleneck's sentence (its quote, or the `also` sentence beside it) names the
/// category it is classified as. The known exceptions are listed with their reason, so a new
/// one fails here and has to be looked at.
#[test]
fn every_bottleneck_sentence_names_its_category() {
    let words = |k: BottleneckKind| -> &[&str] {
        match k {
            BottleneckKind::Finance => &["financ", "tekort"],
            BottleneckKind::Grid => &["netcongestie", "energievoorziening"],
            BottleneckKind::Nitrogen => &["stikstof"],
            BottleneckKind::Staff => &["capaciteit", "persone", "kennis"],
            BottleneckKind::Procedures => &["procedure", "regel"],
            BottleneckKind::Experiment => &["experiment"],
            BottleneckKind::Parking => &["parkeer", "parkeren"],
            BottleneckKind::Relocation => &["herhuisvest", "uitplaats", "verplaats", "uitkoop"],
            BottleneckKind::RetrofitCost => &["verduurza"],
        }
    };
    let mut unnamed: Vec<(&str, BottleneckKind)> = vec![];
    let page = PageTexts::compiled();
    for a in &AREAS {
        for b in a.bottlenecks {
            let also = b.also.map_or("", |t| page.get(t));
            let text = format!("{} {also}", page.get(b.quote)).to_lowercase();
            if !words(b.kind).iter().any(|w| text.contains(w)) {
                unnamed.push((a.id, b.kind));
            }
        }
    }
    assert_eq!(unnamed, []);
    // Breda and Roosendaal ask for room to experiment; their pages name no rule or procedure,
    // so it is a category of its own (dataset 2025.2).
    let with = |k| AREAS.iter().filter(|a| a.has_bottleneck(k)).map(|a| a.id).collect::<Vec<_>>();
    assert_eq!(with(BottleneckKind::Experiment), ["bre", "rsd"]);
    assert!(!with(BottleneckKind::Procedures).contains(&"bre"));
    let dhz = Area::by_id("dhz").unwrap().1;
    let parking = dhz.bottlenecks.iter().find(|b| b.kind == BottleneckKind::Parking).unwrap();
    assert!(!page.get(parking.quote).contains("parkeren"));
    assert!(page.get(parking.also.unwrap()).contains("het parkeren"));
}
