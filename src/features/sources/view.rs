//! The sources section: the national figures, each opening to its booklet sentence, and
//! their caveats; how we count and how we compute; the caveat about the plans; the downloads
//! (CSV, print) with what each is for; the source line with the dataset version.
use yew::prelude::*;

use crate::core::i18n::{texts, Lang};
use crate::features::share::Command;
use crate::features::sources::national::national;
use crate::features::sources::quote::{notes, quote, use_page_texts};

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    pub lang: Lang,
    pub on_command: Callback<Command>,
}

#[function_component]
pub fn Sources(p: &SourcesProps) -> Html {
    let t = texts(p.lang);
    let page = use_page_texts();
    let view = national(p.lang);
    let command = |c: Command| p.on_command.reform(move |_: MouseEvent| c);
    html! {
        <div class="wt-sources">
            <section class="wt-national" aria-labelledby="wt-national-h">
                <h3 id="wt-national-h">{ t.national_heading }</h3>
                <dl>
                    { for view.items.iter().map(|(label, value, q)| html! {
                        <div class="wt-stat">
                            <dt>{ *label }</dt>
                            <dd>
                                <span class="wt-stat-value">{ value.clone() }</span>
                                <details class="wt-src">
                                    <summary>{ t.source }</summary>
                                    { quote(&page, *q, p.lang) }
                                </details>
                            </dd>
                        </div>
                    }) }
                </dl>
                if !view.notes.is_empty() {
                    <details class="wt-src wt-national-notes">
                        <summary><span class="wt-flag">{ t.flagged }</span>{ " " }{ t.national_notes }</summary>
                        <div class="wt-srcbox">{ notes(&page, &view.notes, p.lang) }</div>
                    </details>
                }
            </section>
            <section class="wt-about" aria-labelledby="wt-about-h">
                <h3 id="wt-about-h">{ t.about_heading }</h3>
                <p class="wt-caveat"><strong>{ t.plans_caveat }</strong>{ " " }{ t.rotterdam_caveat }</p>
            </section>
            <section class="wt-rules" aria-labelledby="wt-rules-h">
                <h3 id="wt-rules-h">{ t.rules_heading }</h3>
                <ul>{ for t.rules.iter().map(|r| html! { <li>{ *r }</li> }) }</ul>
            </section>
            <section class="wt-money" aria-labelledby="wt-money-h">
                <h3 id="wt-money-h">{ t.money_heading }</h3>
                <p class="wt-model">{ t.money_model }</p>
            </section>
            <section class="wt-downloads" aria-labelledby="wt-downloads-h">
                <h3 id="wt-downloads-h">{ t.downloads_heading }</h3>
                <p><button type="button" class="wt-btn wt-csv" onclick={command(Command::Csv)}>{ t.download_csv }</button>{ " " }{ t.csv_help }</p>
                <p><button type="button" class="wt-btn wt-print" onclick={command(Command::Print)}>{ t.print }</button>{ " " }{ t.print_help }</p>
            </section>
        </div>
    }
}
