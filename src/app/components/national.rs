//! The booklet's national figures, the counting rules, and the source line.
use yew::prelude::*;

use crate::core::i18n::{texts, Lang};
use crate::core::view::NationalView;

pub fn national(lang: Lang, view: &NationalView) -> Html {
    let t = texts(lang);
    html! {
        <>
            <section class="wt-national" aria-labelledby="wt-national-h">
                <h2 id="wt-national-h">{ t.national_heading }</h2>
                <dl>
                    { for view.items.iter().map(|(label, value, quote)| html! {
                        <div class="wt-stat">
                            <dt>{ *label }</dt>
                            <dd><span class="wt-stat-value">{ value.clone() }</span>
                                <details class="wt-src"><summary>{ t.source }</summary>
                                    <blockquote lang="nl">{ *quote }</blockquote></details></dd>
                        </div>
                    }) }
                </dl>
            </section>
            <section class="wt-rules" aria-labelledby="wt-rules-h">
                <h2 id="wt-rules-h">{ t.rules_heading }</h2>
                <ul>{ for t.rules.iter().map(|r| html! { <li>{ *r }</li> }) }</ul>
            </section>
            <footer class="wt-footer">
                <p>{ t.source_line }{ " " }{ t.dataset_version }{ ": " }
                    <span class="wt-version">{ view.dataset_version.clone() }</span></p>
            </footer>
        </>
    }
}
