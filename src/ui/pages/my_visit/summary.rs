//! The summary: which parts go on it (the person chooses), large type, printing, and the
//! printable summary itself, which is also the preview of a shared list.

use yew::prelude::*;

use crate::content::{fill, texts};
use crate::state::summary::{part_labels, Section};
use crate::state::Action;
use crate::ui::browser;
use crate::ui::components::para::para;
use crate::ui::context::AppContext;

use super::{button, Screen};

/// What goes on the summary, the text and the share link.
pub(super) fn parts(screen: &Screen) -> Html {
    let s = &texts().summary;
    let app = &screen.app;
    let large = {
        let screen = screen.clone();
        Callback::from(move |_| screen.update(None, |l| l.large_print = !l.large_print))
    };
    html! {
        <section aria-labelledby="parts-heading">
            <h2 id="parts-heading">{ s.heading }</h2>
            { para(s.intro) }
            <fieldset class="parts">
                <legend>{ s.choose }</legend>
                for (part, label) in part_labels(texts()) {
                    <div class="parts__item">
                        <input type="checkbox" id={format!("part-{part}")} checked={app.visit.includes(part)}
                            onchange={
                                let app = app.clone();
                                Callback::from(move |e: Event| {
                                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                                    app.dispatch(Action::IncludePart(part.to_string(), input.checked()));
                                })
                            } />
                        <label for={format!("part-{part}")}>{ label }</label>
                    </div>
                }
            </fieldset>
            <div class="choice__option">
                <input type="checkbox" id="large-print" checked={screen.local.large_print} onchange={large} />
                <label for="large-print">{ s.large_print }</label>
            </div>
            { para(s.print_hint) }
            { button("print".into(), s.print, None, false, Callback::from(|_| browser::print())) }
        </section>
    }
}

/// The printable summary. On screen it is the preview of what prints.
pub(super) fn summary(app: &AppContext, today: &str, large: bool) -> Html {
    let t = texts();
    let s = &t.summary;
    html! {
        <section class={classes!("visit-summary", large.then_some("visit-summary--large"))} aria-labelledby="summary-title">
            <h2 id="summary-title">{ s.title }</h2>
            <p class="visit-summary__made">{ fill(s.made, "date", today) }</p>
            { sections(app.summary(t)) }
        </section>
    }
}

/// Parts of a summary, each with its heading: questions numbered with room for the answer,
/// the rest as lists. Also draws the preview of a shared list.
pub(super) fn sections(parts: Vec<Section>) -> Html {
    let t = texts();
    let s = &t.summary;
    parts
        .into_iter()
        .map(|section| {
            let questions = section.part == "questions";
            let empty = section.items.is_empty();
            let items: Html = section
                .items
                .into_iter()
                .map(|item| {
                    html! {
                        <li>
                            { item.text }
                            if item.asked {
                                <span class="tag">{ t.visit.asked }</span>
                            }
                            for detail in item.details {
                                <span class="visit-summary__detail">{ detail }</span>
                            }
                            if questions {
                                <p class="visit-summary__answer">
                                    <span class="visit-summary__answer-label">{ s.answer_space }</span>
                                    { " " }{ item.note }
                                </p>
                            }
                        </li>
                    }
                })
                .collect();
            html! {
                <section class={classes!("visit-summary__part", format!("part-{}", section.part))}>
                    <h3>{ section.heading }</h3>
                    if empty {
                        { para(s.nothing) }
                    } else if questions {
                        <ol class="visit-summary__questions">{ items }</ol>
                    } else {
                        <ul>{ items }</ul>
                    }
                </section>
            }
        })
        .collect()
}
