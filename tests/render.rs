//! Every view rendered in every language, natively (Yew's server renderer, the same
//! components the browser draws): each section, alone and with the navigation, embedded,
//! one area's own view. Each is in its language only, and draws what its section holds.
#![cfg(not(target_arch = "wasm32"))]

use woontop::core::dataset::AREAS;
use woontop::core::i18n::{texts, Lang};
use woontop::core::link::{LinkState, Section, View};
use woontop::static_page::render_app;

/// Texts of the interface that differ between the languages: none of another language's may
/// stand in a view.
fn words(lang: Lang) -> Vec<&'static str> {
    let t = texts(lang);
    let mut out = vec![
        t.title,
        t.copy_link,
        t.print,
        t.bar_label,
        t.sections,
        t.col_area,
        t.total,
        t.unknown,
        t.results_heading,
        t.share_of_max,
        t.national_heading,
        t.rules_heading,
        t.map_heading,
        t.chart_heading,
        t.download_csv,
        t.hypothetical,
        t.pick_areas,
        t.embed.button,
    ];
    out.extend(Section::ALL.map(t.section));
    out
}

fn view(lang: Lang, section: Section, alone: bool, embed: bool, area: Option<usize>) -> String {
    let link = LinkState {
        view: View { lang, section, alone, embed, area, ..View::default() },
        ..LinkState::default()
    };
    render_app(link, false)
}

#[test]
fn every_section_in_every_language_alone_and_with_the_navigation() {
    for lang in Lang::ALL {
        let others: Vec<&str> = Lang::ALL
            .into_iter()
            .filter(|l| *l != lang)
            .flat_map(words)
            .filter(|w| !words(lang).contains(w))
            .collect();
        for section in Section::ALL {
            for (alone, embed) in [(false, false), (true, true), (false, true)] {
                let html = view(lang, section, alone, embed, None);
                let what = format!("{lang:?} {section:?} alone={alone} embed={embed}");
                assert!(html.starts_with(&format!("<main lang=\"{}\"", lang.tag())), "{what}");
                // The open section, and only it.
                assert!(html.contains(&format!("id=\"wt-panel-{}\"", section.code())), "{what}");
                assert_eq!(html.matches("class=\"wt-panel\"").count(), 1, "{what}");
                // The navigation unless alone; the key result always.
                assert_eq!(html.contains("role=\"tablist\""), !alone, "{what}");
                assert!(html.contains("class=\"wt-bar\""), "{what}");
                for w in &others {
                    assert!(!html.contains(&format!(">{w}<")), "{what}: {w:?} of another language");
                }
            }
        }
    }
}

#[test]
fn each_section_draws_what_it_holds() {
    let at = |s| view(Lang::Nl, s, false, false, None);
    assert!(at(Section::Calc).contains("id=\"wt-amt-b\""));
    assert_eq!(at(Section::Map).matches("role=\"button\" tabindex=\"0\"").count(), AREAS.len());
    assert!(at(Section::Chart).contains("class=\"wt-svg\""));
    assert_eq!(at(Section::Table).matches("<tr data-area=").count(), AREAS.len());
    assert!(at(Section::Sources).contains("122.000"));
}

#[test]
fn an_areas_own_view_in_every_language() {
    for lang in Lang::ALL {
        for (i, area) in AREAS.iter().enumerate() {
            let html = view(lang, Section::Calc, false, false, Some(i));
            assert!(
                html.contains(&format!("<h1 id=\"wt-area-h\">{}</h1>", area.name)),
                "{}",
                area.id
            );
            assert!(!html.contains("role=\"tablist\"") && !html.contains("class=\"wt-panel\""));
            assert!(html.contains(texts(lang).area.open_all), "{lang:?} {}", area.id);
        }
    }
}
