//! What changed in the dataset, version by version (data/changelog.toml): the whole list in
//! the Bronnen section, and, in the notice of a link made with an older version, the changes
//! since that version for the areas the link shows.
use yew::prelude::*;

use crate::core::dataset::{changes_since, Both, Change, PageTexts, AREAS};
use crate::core::i18n::{texts, Lang};
use crate::core::selection::Selection;
#[cfg(not(target_arch = "wasm32"))]
use crate::core::{cite::long_date, dataset::CHANGELOG};

/// Our text in the visitor's language (`Texts::dutch_notes`, as for the dataset's notes).
pub fn pick(page: &PageTexts, b: Both, lang: Lang) -> String {
    page.get(if texts(lang).dutch_notes { b.nl } else { b.en }).to_string()
}

/// One change: what, was, now, why.
fn change(page: &PageTexts, c: &Change, lang: Lang) -> Html {
    let o = &texts(lang).open;
    let area = c.area.and_then(|i| AREAS.get(i)).map_or(o.national, |a| a.name);
    html! {
        <li>
            <strong>{ format!("{area}: {}", pick(page, c.item, lang)) }</strong>
            { format!(" {}: {} {}: {} {}: {}", o.was, pick(page, c.old, lang), o.now, pick(page, c.new, lang), o.why, pick(page, c.why, lang)) }
        </li>
    }
}

/// The whole changelog, newest version first (native: the static page writes it, see
/// `sources::view`).
#[cfg(not(target_arch = "wasm32"))]
pub fn changelog(page: &PageTexts, lang: Lang) -> Html {
    let o = &texts(lang).open;
    html! {
        <section class="wt-changes" aria-labelledby="wt-changes-h">
            <h3 id="wt-changes-h">{ o.changes_heading }</h3>
            { for CHANGELOG.iter().rev().map(|v| html! {
                <>
                    <h4>{ (o.version)(v.version, &long_date(v.date, lang)) }</h4>
                    <p>{ pick(page, v.summary, lang) }</p>
                    if !v.changes.is_empty() {
                        <details class="wt-src">
                            <summary>{ (o.changes_count)(v.changes.len()) }</summary>
                            <ul>{ for v.changes.iter().map(|c| change(page, c, lang)) }</ul>
                        </details>
                    }
                </>
            }) }
        </section>
    }
}

/// The changes since `version` that concern the areas of `shown` or the national figures, and
/// how many concern other areas; `None` when the changelog does not know `version`.
pub fn since(version: &str, shown: Selection) -> Option<(Vec<&'static Change>, usize)> {
    let (mine, other): (Vec<&Change>, Vec<&Change>) =
        changes_since(version)?.partition(|c| !matches!(c.area, Some(i) if !shown.contains(i)));
    Some((mine, other.len()))
}

/// The notice's list for a link of `version`: its changes for `shown`, folded away under a
/// line that counts them (a notice must not push the widget off an article's screen), and a
/// line counting the others. Nothing when the changelog does not know the version.
pub fn since_list(page: &PageTexts, version: &str, shown: Selection, lang: Lang) -> Html {
    let Some((mine, others)) = since(version, shown) else { return Html::default() };
    let o = &texts(lang).open;
    html! {
        <>
            if !mine.is_empty() {
                <details class="wt-src">
                    <summary>{ (o.since_summary)(mine.len()) }</summary>
                    <ul class="wt-since">{ for mine.iter().map(|c| change(page, c, lang)) }</ul>
                </details>
            }
            if others > 0 { <p>{ (o.since_elsewhere)(others) }</p> }
        </>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::dataset::{Area, DATASET_VERSION};

    #[test]
    fn a_link_of_the_first_version_lists_the_changes_for_its_areas() {
        let dor = Area::by_id("dor").unwrap().0;
        let (mine, others) = since("2025.1", Selection::none().with(dor, true)).unwrap();
        assert!(mine.iter().any(|c| c.area == Some(dor)));
        assert!(mine.iter().all(|c| c.area.is_none() || c.area == Some(dor)));
        let all = changes_since("2025.1").unwrap().count();
        assert_eq!(mine.len() + others, all);
        assert!(others > 0);
        // Every area shown: nothing elsewhere.
        assert_eq!(since("2025.1", Selection::all()).unwrap().1, 0);
        // This version: nothing changed since; an unknown version: no list.
        assert_eq!(since(DATASET_VERSION, Selection::all()).unwrap().0.len(), 0);
        assert!(since("2024.0", Selection::all()).is_none());
    }
}
