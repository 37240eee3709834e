//! Compare: how the options line up with what the person rated important, each option at a
//! glance with the same rows for every option behind it, and any two or three side by side.
//! No scores, no ranking, no "best".

use yew::prelude::*;

use crate::content::{
    alignment, fill, is_for, lenses, option, option_rows, options_for,
    safety_notes as content_safety_notes, texts, use_words, with_safety_notes, Id, Text,
    TextsOptions,
};
use crate::domain::answers::{Answers, Substance};
use crate::domain::ids::article;
use crate::domain::set::IdMap;
use crate::embed::settings::ClinicSettings;
use crate::route::Route;
use crate::state::{Action, Importance, MAX_PICKED};
use crate::ui::browser;
use crate::ui::components::button::button;
use crate::ui::components::fit_groups::{factor_fits, fit_reasons, Why};
use crate::ui::components::layout::jump_to;
use crate::ui::components::next_link::{read_more, step_nav};
use crate::ui::components::outcome::outcome;
use crate::ui::components::page_intro::page_intro;
use crate::ui::components::para::para;
use crate::ui::components::safety_notes::safety_notes;
use crate::ui::components::source_list::source_list;
use crate::ui::context::AppContext;
use crate::ui::pages::not_found::not_found;

/// The Compare screen, summary first: how the options line up with what matters to the
/// person, then each option at a glance with the person's own safety notes and its full
/// details one tap away, then any options side by side.
pub fn compare(app: &AppContext, clinic: &ClinicSettings) -> Html {
    let t = texts();
    let c = &t.compare;
    let shown = options_for(t, &app.answers, app.compare.show_all);
    let substance = app
        .answers
        .substance
        .filter(|s| *s != Substance::PreferNotToSay);
    let filtered = substance.is_some_and(|s| s != Substance::Both);

    let status = match substance {
        Some(Substance::Alcohol) if !app.compare.show_all => c.showing_alcohol,
        Some(Substance::Opioids) if !app.compare.show_all => c.showing_opioids,
        _ => c.showing_all,
    };
    // The options the person's safety points concern, named at the top so that nobody has to
    // scroll to learn that a point concerns an option they came for.
    let concerned: Vec<&str> = with_safety_notes(t, &app.answers, &shown)
        .iter()
        .map(|o| o.list_name.get())
        .collect();
    let toggle = {
        let app = app.clone();
        let all = !app.compare.show_all;
        Callback::from(move |_| app.dispatch(Action::ShowAllOptions(all)))
    };

    // The way to side by side opens the options to pick, too.
    let to_side_by_side = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        browser::open_details(PICK_OPTIONS);
        browser::focus("side-by-side");
    });

    html! {
        <>
            { page_intro(&Route::Compare) }
            <p class="info-note">{ c.info_not_advice }</p>
            <div class="compare-filter">
                <p role="status" id="compare-status">{ status }</p>
                if filtered {
                    { button("toggle-all", if app.compare.show_all { c.show_mine } else { c.show_all }, toggle) }
                }
            </div>
            if substance.is_none() {
                <p>{ c.no_substance }{ " " }<a href={Route::AboutYou.href()}>{ t.nav.about_you }</a></p>
            }
            if !concerned.is_empty() {
                <p class="safety-notes safety-notes--summary">
                    { fill(c.safety_summary, "options", concerned.join(", ")) }
                </p>
            }
            <nav class="jump-links" aria-label={c.jump_label}>
                <ul>
                    <li><a href="#lineup" onclick={jump_to("lineup")}>{ c.jump_lineup }</a></li>
                    <li><a href="#all-options" onclick={jump_to("all-options")}>{ c.jump_glance }</a></li>
                    <li><a href="#side-by-side" onclick={to_side_by_side}>{ c.picked_heading }</a></li>
                </ul>
            </nav>
            <Lineup values={app.values.clone()} substance={app.answers.substance}
                options={shown.iter().map(|o| o.id.get()).collect::<Vec<_>>()} />
            <section aria-labelledby="all-options">
                <h2 id="all-options" tabindex="-1">{ c.all_heading }</h2>
                { para(c.order_note) }
                for o in shown.iter().copied() {
                    <OptionCard key={o.id.get()} id={o.id.get()} answers={app.answers.clone()} open={false}
                        offered={clinic.offers(&o.id)} />
                }
            </section>
            <section class="side-by-side-section" aria-labelledby="side-by-side">
                <h2 id="side-by-side" tabindex="-1">{ c.picked_heading }</h2>
                <PickerFold summary={c.pick_legend} opened={!app.compare.picked.is_empty()}>
                    { picker(app, &shown) }
                </PickerFold>
                { side_by_side(app) }
            </section>
            { read_more(&[article::PILL_OR_SHOT, article::COMPARED, article::SIDE_EFFECTS], app.answers.substance) }
            { step_nav(&Route::Compare) }
        </>
    }
}

/// One option on a screen of its own, for a person who wants to read about one medicine (from
/// Welcome): all that Compare says about it, its details open, and the way on to Compare.
pub fn one_option(app: &AppContext, clinic: &ClinicSettings, id: &str) -> Html {
    let t = texts();
    let c = &t.compare;
    let Some(o) = option(t, id) else {
        return not_found();
    };
    html! {
        <div class="one-option">
            <h1 id="page-title" tabindex="-1">{ o.list_name }</h1>
            <p class="purpose">{ c.one_purpose }</p>
            <p class="info-note">{ c.info_not_advice }</p>
            <OptionCard id={o.id.get()} answers={app.answers.clone()} open={true}
                offered={clinic.offers(&o.id)} />
            <p><a class="button" href={Route::Compare.href()}>{ c.one_to_compare }</a></p>
        </div>
    }
}

/// The id of the disclosure that holds the [`picker`].
const PICK_OPTIONS: &str = "pick-options";

#[derive(Properties, PartialEq)]
struct FoldProps {
    summary: Text,
    /// Open when the screen is shown: when options are picked already.
    opened: bool,
    children: Html,
}

/// The [`picker`], folded until the person wants it, so that Compare stays short on a phone.
/// Whether it starts open is decided once, when the screen is shown: it never folds away under
/// the person's finger as they unpick the last option.
#[function_component]
fn PickerFold(props: &FoldProps) -> Html {
    let opened = *use_state(|| props.opened);
    html! {
        <details class="picker__more" id={PICK_OPTIONS} open={opened}>
            <summary>{ props.summary }</summary>
            { props.children.clone() }
        </details>
    }
}

/// Checkboxes to pick up to three options to see side by side.
fn picker(app: &AppContext, options: &[&'static TextsOptions]) -> Html {
    let c = &texts().compare;
    let picked = &app.compare.picked;
    let full = picked.len() >= MAX_PICKED;
    html! {
        <fieldset class="picker">
            // The disclosure's summary says it on the screen.
            <legend class="visually-hidden">{ c.pick_legend }</legend>
            for o in options.iter().copied() {
                <div class="choice__option" key={o.id}>
                    <input type="checkbox" id={format!("pick-{}", o.id)} value={o.id}
                        checked={picked.iter().any(|p| o.id == p.as_str())}
                        disabled={full && !picked.iter().any(|p| o.id == p.as_str())}
                        onchange={
                            let app = app.clone();
                            Callback::from(move |_| app.dispatch(Action::TogglePick(o.id.to_string())))
                        } />
                    <label for={format!("pick-{}", o.id)}>{ o.list_name }</label>
                </div>
            }
            if full {
                <p class="picker__full" role="status">{ c.pick_full }</p>
            }
        </fieldset>
    }
}

/// The picked options row by row: each row's name, then each picked option under it with its
/// name, so that on a phone the options stack and nobody loses track of which is which. On a
/// wide screen the options of a row sit side by side, in equal columns.
fn side_by_side(app: &AppContext) -> Html {
    let t = texts();
    let c = &t.compare;
    let picked: Vec<&'static TextsOptions> = app
        .compare
        .picked
        .iter()
        .filter_map(|id| option(t, id))
        .collect();
    if picked.is_empty() {
        return html! {};
    }
    // One set of rows per picked option; every option has the same rows in the same order.
    let rows: Vec<_> = picked.iter().map(|o| option_rows(t, o)).collect();
    let lists = |label: Text, items: fn(&TextsOptions) -> &'static [Text]| {
        html! {
            <div class="side-by-side__row">
                <h3>{ label }</h3>
                <div class="side-by-side__cells">
                    for o in picked.iter() {
                        <div class="side-by-side__cell">
                            <p class="side-by-side__name">{ o.list_name }</p>
                            <ul>for p in items(o).iter() { <li>{ *p }</li> }</ul>
                        </div>
                    }
                </div>
            </div>
        }
    };
    html! {
        <div class="side-by-side">
            for (i, (id, label, _)) in rows[0].iter().enumerate() {
                <div class="side-by-side__row" data-row={*id}>
                    <h3>{ *label }</h3>
                    <div class="side-by-side__cells">
                        for (o, option) in picked.iter().zip(rows.iter()) {
                            <div class="side-by-side__cell">
                                <p class="side-by-side__name">{ o.list_name }</p>
                                <p>{ option[i].2.text }</p>
                            </div>
                        }
                    </div>
                </div>
            }
            { lists(c.pros, |o| o.pros) }
            { lists(c.cons, |o| o.cons) }
        </div>
    }
}

/// One option (`open`: on a screen of its own, with its details open): at a glance (what it is, how often, where, when to start, the main risk,
/// cost) with the person's own safety notes, then every row, good points and downsides in
/// equal space, and the outcomes, in one disclosure, with one list of where it comes from.
#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// The option's content id.
    pub id: &'static str,
    /// Its safety notes and which outcomes show depend on these, and nothing else does.
    pub answers: Answers,
    pub open: bool,
    /// False if the hosting clinic does not offer it: the card says so, and stays.
    pub offered: bool,
}

/// A component, unlike the rest of the screen, so that a tap elsewhere on Compare (picking
/// options side by side, say) does not redraw every card: a card with the same answers is
/// left as it is. (Each card holds hundreds of elements, its pictures among them.)
#[function_component]
fn OptionCard(props: &CardProps) -> Html {
    let t = texts();
    match option(t, props.id) {
        Some(o) => option_card(&props.answers, o, props.open, props.offered),
        None => html! {},
    }
}

fn option_card(answers: &Answers, o: &'static TextsOptions, open: bool, offered: bool) -> Html {
    let t = texts();
    let c = &t.compare;
    let heading = format!("option-{}", o.id);
    // Outcomes for the person's substance; all of them when it is unknown or both.
    let outcomes = o
        .outcomes
        .iter()
        .filter(|out| is_for(&out.substance, answers.substance));
    let g = &o.glance;
    // The main risk in the words for the person's substance, where they differ.
    let main_risk = match answers.substance {
        Some(Substance::Alcohol | Substance::Opioids) => g
            .main_risk_for
            .iter()
            .find(|r| is_for(&r.substance, answers.substance))
            .map_or(g.main_risk, |r| r.text),
        _ => g.main_risk,
    };
    let glance = [
        (c.glance_how_often, g.how_often),
        (c.glance_place, g.place),
        (c.glance_start, g.start),
        (c.glance_main_risk, main_risk),
        (c.row_cost, g.cost),
    ];
    let rows = option_rows(t, o);
    // The card's sources once each, in the order its rows, good points and downsides cite
    // them. (Each outcome keeps its own, next to its numbers.)
    let mut sources: Vec<Id> = Vec::new();
    for id in rows
        .iter()
        .flat_map(|(_, _, row)| row.sources.iter())
        .chain(o.pros_sources.iter())
        .chain(o.cons_sources.iter())
    {
        if !sources.contains(id) {
            sources.push(*id);
        }
    }
    html! {
        <article class="option-card" key={o.id} data-option={o.id}
            aria-labelledby={if open { "page-title".to_string() } else { heading.clone() }}>
            // On its own screen, the page's heading names the option.
            if !open {
                <h3 id={heading}>{ o.list_name }</h3>
            }
            if !offered {
                <p class="option-card__referral">{ t.clinic.not_offered }</p>
            }
            <p class="option-card__summary">{ o.summary }</p>
            { safety_notes(content_safety_notes(t, answers, &o.id)) }
            <dl class="glance">
                for (label, text) in glance {
                    <div class="glance__part">
                        <dt>{ label }{ ":" }</dt>{ " " }
                        <dd>{ text }</dd>
                    </div>
                }
            </dl>
            <details class="option-card__details" {open}>
                <summary>
                    { c.details }
                    <span class="visually-hidden">{ " " }{ fill(c.details_about, "name", o.name) }</span>
                </summary>
                <ul class="option-card__uses">
                    <li>{ c.for_alcohol }{ ": " }{ use_words(t, &o.alcohol) }</li>
                    <li>{ c.for_opioids }{ ": " }{ use_words(t, &o.opioids) }</li>
                </ul>
                <dl class="option-card__rows">
                    for (id, label, row) in rows {
                        <div class="option-card__row" data-row={id}>
                            <dt>{ label }</dt>
                            <dd>{ row.text }{ cited(row.sources) }</dd>
                        </div>
                    }
                </dl>
                <div class="pros-cons">
                    <div class="pros-cons__col">
                        { part_heading(open, c.pros) }
                        <ul>for p in o.pros.iter() { <li>{ *p }</li> }</ul>
                        <p>{ cited(o.pros_sources) }</p>
                    </div>
                    <div class="pros-cons__col">
                        { part_heading(open, c.cons) }
                        <ul>for p in o.cons.iter() { <li>{ *p }</li> }</ul>
                        <p>{ cited(o.cons_sources) }</p>
                    </div>
                </div>
                { part_heading(open, c.what_it_does) }
                <p class="info-note">{ c.numbers_note }</p>
                for out in outcomes {
                    { outcome(out) }
                }
                { part_heading(open, c.where_from) }
                { source_list(&sources) }
            </details>
        </article>
    }
}

/// A heading for one part of a card's details, one level below the card's heading: the page's
/// own (h1) on a screen of its own, else the card's (h3). One function, not a heading built from
/// a tag name at each of the four places: Yew's dynamic tags cost the wasm about a kilobyte.
fn part_heading(open: bool, text: Text) -> Html {
    if open {
        html! { <h2>{ text }</h2> }
    } else {
        html! { <h4>{ text }</h4> }
    }
}

/// The ids of a claim's sources after it, such as " (S22, S22c)"; their references are in
/// the card's "Where this comes from".
fn cited(ids: &[Id]) -> Html {
    if ids.is_empty() {
        return html! {};
    }
    let ids: Vec<&str> = ids.iter().map(|id| id.get()).collect();
    html! { <span class="cited">{ format!(" ({})", ids.join(", ")) }</span> }
}

/// How the shown options line up: first the lenses for the person's substance (such as
/// cutting down or stopping drinking), then each factor the person rated important.
#[derive(Properties, PartialEq)]
struct LineupProps {
    values: IdMap<Importance>,
    substance: Option<Substance>,
    /// The ids of the options shown.
    options: Vec<&'static str>,
}

/// A component, so that picking options side by side does not redraw it: it depends only on
/// the ratings, the substance and the options shown.
#[function_component]
fn Lineup(props: &LineupProps) -> Html {
    let t = texts();
    let options: Vec<&'static TextsOptions> = props
        .options
        .iter()
        .filter_map(|id| option(t, id))
        .collect();
    lineup(&props.values, props.substance, &options)
}

fn lineup(
    values: &IdMap<Importance>,
    substance: Option<Substance>,
    options: &[&'static TextsOptions],
) -> Html {
    let t = texts();
    let c = &t.compare;
    let lenses = lenses(t, options, substance);
    let rated = alignment(t, values, options, substance);
    let importance = |i: Importance| match i {
        Importance::Very => t.values.very,
        Importance::Somewhat => t.values.somewhat,
        Importance::NotImportant => t.values.not_important,
    };
    html! {
        <section aria-labelledby="lineup" class="lineup">
            <h2 id="lineup" tabindex="-1">{ c.align_heading }</h2>
            for line in lenses.iter() {
                { factor_fits(line, para(line.factor.explain), Why::Apart) }
            }
            if rated.is_empty() {
                <p>{ c.align_none }{ " " }<a href={Route::WhatMatters.href()}>{ c.align_rate_link }</a></p>
            } else {
                { para(c.align_intro) }
                for line in rated.iter() {
                    { factor_fits(line, html! {
                        <p class="lineup__importance">{ line.importance.map(importance) }</p>
                    }, Why::Apart) }
                }
            }
            { fit_reasons(&lenses.iter().chain(rated.iter()).collect::<Vec<_>>()) }
        </section>
    }
}
