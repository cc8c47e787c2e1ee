//! "Citeren": the short and the long citation, in Dutch and in English, each as selectable
//! text with a copy button; what the button copies is the text shown (`core::cite`). The
//! outcome of a copy is said beside the button that made it (a status line).
use yew::prelude::*;

use crate::core::cite::{citation, Length};
use crate::core::i18n::{texts, Lang};
use crate::features::share::Command;

/// The citations, for the current view's `link`; `cited`: the last copy (which citation, and
/// whether it reached the clipboard).
pub fn cite(
    lang: Lang,
    link: &str,
    cited: Option<(Length, Lang, bool)>,
    on_command: &Callback<Command>,
) -> Html {
    let o = &texts(lang).open;
    html! {
        <section class="wt-cite" aria-labelledby="wt-cite-h">
            <h3 id="wt-cite-h">{ o.cite_heading }</h3>
            <details class="wt-src">
            <summary>{ o.cite_summary }</summary>
            <p>{ o.cite_help }</p>
            { for Length::ALL.into_iter().map(|length| {
                let (name, which) = if length == Length::Short { (o.cite_short, o.cite_short_which) } else { (o.cite_long, o.cite_long_which) };
                html! {
                    <>
                        <h4>{ name }</h4>
                        { for Lang::ALL.into_iter().map(|of| {
                            let status = match cited {
                                Some((l, g, ok)) if l == length && g == of => if ok { o.copied } else { o.copy_failed },
                                _ => "",
                            };
                            let label = (o.copy_label)(which, of.name());
                            html! {
                                <div class="wt-citation">
                                    <p lang={of.tag()} class="wt-citation-text">{ citation(length, of, link) }</p>
                                    <p class="wt-citation-copy">
                                        <button type="button" class="wt-btn" aria-label={label}
                                            onclick={on_command.reform(move |_: MouseEvent| Command::Cite(length, of))}>{ o.copy }</button>
                                        <span role="status" class="wt-citation-status">{ status }</span>
                                    </p>
                                </div>
                            }
                        }) }
                    </>
                }
            }) }
            </details>
        </section>
    }
}
