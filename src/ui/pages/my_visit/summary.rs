//! The summary: which parts go on it (the person chooses), large type, printing, and the
//! printable summary itself, which is also the preview of a shared list.

use yew::prelude::*;

use crate::content::{self, fill, texts};
use crate::embed::settings::ClinicSettings;
use crate::state::summary::{part_labels, Section};
use crate::state::Action;
use crate::ui::browser;
use crate::ui::components::clinic::ask_clinic;
use crate::ui::components::para::{para, titled};
use crate::ui::context::{AppContext, Notice, NoticeAction};

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
        { titled("parts-heading", s.heading, html! {
            <>
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
                if content::lang() != "en" {
                    <div class="choice__option">
                        <input type="checkbox" id="english-copy" checked={screen.local.english_copy} onchange={english_copy(screen)} />
                        <label for="english-copy">{ s.english_copy }</label>
                    </div>
                }
                { para(s.print_hint) }
                { button("print".into(), s.print, None, false, Callback::from(|_| browser::print())) }
            </>
        }) }
    }
}

/// Adds or takes away the English copy, fetching the English words first if this page has
/// not yet (only the person's language is fetched when the guide opens). If they cannot be
/// had, the box is unticked again and a message says so.
fn english_copy(screen: &Screen) -> Callback<Event> {
    let screen = screen.clone();
    Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        if !input.checked() {
            screen.update(None, |l| l.english_copy = false);
            return;
        }
        let screen = screen.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if browser::load_lang("en").await {
                screen.update(None, |l| l.english_copy = true);
            } else {
                input.set_checked(false);
                screen
                    .notices
                    .dispatch(NoticeAction::Show(Notice::LangFailed));
            }
        });
    })
}

/// The printable summary. On screen it is the preview of what prints. With `english_copy`,
/// on a page in another language, an English copy follows for the care team, on a page of its
/// own on paper (once the English words are loaded).
pub(super) fn summary(
    app: &AppContext,
    clinic: &ClinicSettings,
    today: &str,
    large: bool,
    english_copy: bool,
) -> Html {
    let copy = (english_copy && content::lang() != "en" && content::is_loaded("en")).then(|| {
        // Told apart in the person's language, then drawn in English.
        let parts = app.summary_in("en");
        content::in_lang("en", || {
            page(parts, clinic, &browser::today_in_words(), large, true)
        })
    });
    html! {
        <>
            { page(app.summary(texts()), clinic, today, large, false) }
            { copy }
        </>
    }
}

/// One summary in the current language: the person's own, or the copy in another language.
fn page(
    parts: Vec<Section>,
    clinic: &ClinicSettings,
    today: &str,
    large: bool,
    copy: bool,
) -> Html {
    let s = &texts().summary;
    let title = if copy {
        "summary-copy-title"
    } else {
        "summary-title"
    };
    html! {
        <section class={classes!("visit-summary", large.then_some("visit-summary--large"), copy.then_some("visit-summary--copy"))}
            lang={copy.then(content::lang)} aria-labelledby={title}>
            <h2 id={title}>{ s.title }</h2>
            <p class="visit-summary__made">{ fill(s.made, "date", today) }</p>
            { ask_clinic(clinic) }
            if copy {
                { para(s.copy_note) }
            }
            { sections(parts) }
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
                            if item.own_words {
                                <span class="tag">{ s.own_words }</span>
                            }
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
