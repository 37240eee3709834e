//! Compare: the option grid with the same rows for every option, any two or three side by
//! side, and how the options line up with what the person rated important. No scores, no
//! ranking, no "best".

use yew::prelude::*;

use crate::content::{
    alignment, fill, option, option_rows, options_for, safety_notes as content_safety_notes, texts,
    use_words, Fit, GridLine, TextsOptions,
};
use crate::domain::answers::Substance;
use crate::state::{Action, Importance, MAX_PICKED};
use crate::ui::components::next_link::{next_link, read_more};
use crate::ui::components::outcome::outcome;
use crate::ui::components::page_intro::page_intro;
use crate::ui::components::safety_notes::safety_notes;
use crate::ui::components::source_list::source_list;
use crate::ui::context::AppContext;
use crate::ui::route::Route;

/// The Compare screen.
pub fn compare(app: &AppContext) -> Html {
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
    let toggle = {
        let app = app.clone();
        let all = !app.compare.show_all;
        Callback::from(move |_| app.dispatch(Action::ShowAllOptions(all)))
    };

    html! {
        <>
            { page_intro(&Route::Compare) }
            <p class="info-note">{ c.info_not_advice }</p>
            <p role="status" id="compare-status">{ status }</p>
            if substance.is_none() {
                <p>{ c.no_substance }{ " " }<a href={Route::AboutYou.href()}>{ t.nav.about_you }</a></p>
            }
            if filtered {
                <p>
                    <button type="button" id="toggle-all" onclick={toggle}>
                        { if app.compare.show_all { c.show_mine } else { c.show_all } }
                    </button>
                </p>
            }
            { picker(app, &shown) }
            { side_by_side(app) }
            <h2 id="all-options">{ c.all_heading }</h2>
            <p class="info-note">{ c.numbers_note }</p>
            { read_more(&["pill-or-shot", "compared", "side-effects"]) }
            for o in shown.iter().copied() {
                { option_card(app, o) }
            }
            { lineup(app, &shown) }
            { next_link(Route::ThingsToRaise, t.next.compare) }
        </>
    }
}

/// Checkboxes to pick up to three options to see side by side.
fn picker(app: &AppContext, options: &[&'static TextsOptions]) -> Html {
    let c = &texts().compare;
    let picked = &app.compare.picked;
    let full = picked.len() >= MAX_PICKED;
    html! {
        <fieldset class="picker">
            <legend>{ c.pick_legend }</legend>
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

/// The picked options in one table, row by row.
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
        return html! {
            <section class="side-by-side-section">
                <h2 id="side-by-side">{ c.picked_heading }</h2>
                <p>{ c.picked_none }</p>
            </section>
        };
    }
    // One set of rows per picked option; every option has the same rows in the same order.
    let rows: Vec<_> = picked.iter().map(|o| option_rows(t, o)).collect();
    html! {
        <section class="side-by-side-section">
            <h2 id="side-by-side">{ c.picked_heading }</h2>
            <div class="table-scroll" role="region" aria-labelledby="side-by-side" tabindex="0">
                <table class="side-by-side">
                    <thead>
                        <tr>
                            <td></td>
                            for o in picked.iter() {
                                <th scope="col">{ o.list_name }</th>
                            }
                        </tr>
                    </thead>
                    <tbody>
                        for (i, (id, label, _)) in rows[0].iter().enumerate() {
                            <tr data-row={*id}>
                                <th scope="row">{ *label }</th>
                                for option in rows.iter() {
                                    <td>{ option[i].2.text }</td>
                                }
                            </tr>
                        }
                        <tr>
                            <th scope="row">{ c.pros }</th>
                            for o in picked.iter() {
                                <td><ul>for p in o.pros.iter() { <li>{ *p }</li> }</ul></td>
                            }
                        </tr>
                        <tr>
                            <th scope="row">{ c.cons }</th>
                            for o in picked.iter() {
                                <td><ul>for p in o.cons.iter() { <li>{ *p }</li> }</ul></td>
                            }
                        </tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// One option with every row, pros and cons in equal space, and its outcomes.
fn option_card(app: &AppContext, o: &'static TextsOptions) -> Html {
    let t = texts();
    let c = &t.compare;
    let heading = format!("option-{}", o.id);
    // Outcomes for the person's substance; all of them when it is unknown or both.
    let outcomes = o.outcomes.iter().filter(|out| match app.answers.substance {
        Some(Substance::Alcohol) => out.substance == "alcohol",
        Some(Substance::Opioids) => out.substance == "opioids",
        _ => true,
    });
    html! {
        <article class="option-card" key={o.id} data-option={o.id} aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ o.name }</h3>
            <p class="option-card__brand">{ fill(c.also_called, "brand", o.brand) }</p>
            <p class="option-card__summary">{ o.summary }</p>
            { safety_notes(content_safety_notes(t, &app.answers, &o.id)) }
            <ul class="option-card__uses">
                <li>{ c.for_alcohol }{ ": " }{ use_words(t, &o.alcohol) }</li>
                <li>{ c.for_opioids }{ ": " }{ use_words(t, &o.opioids) }</li>
            </ul>
            <dl class="option-card__rows">
                for (id, label, row) in option_rows(t, o) {
                    <div class="option-card__row" data-row={id}>
                        <dt>{ label }</dt>
                        <dd><p>{ row.text }</p>{ source_list(row.sources) }</dd>
                    </div>
                }
            </dl>
            <div class="pros-cons">
                <div class="pros-cons__col">
                    <h4>{ c.pros }</h4>
                    <ul>for p in o.pros.iter() { <li>{ *p }</li> }</ul>
                    { source_list(o.pros_sources) }
                </div>
                <div class="pros-cons__col">
                    <h4>{ c.cons }</h4>
                    <ul>for p in o.cons.iter() { <li>{ *p }</li> }</ul>
                    { source_list(o.cons_sources) }
                </div>
            </div>
            <h4>{ c.what_it_does }</h4>
            for out in outcomes {
                { outcome(out) }
            }
        </article>
    }
}

/// How the shown options line up with each factor the person rated important.
fn lineup(app: &AppContext, options: &[&'static TextsOptions]) -> Html {
    let t = texts();
    let c = &t.compare;
    let lines = alignment(t, &app.values, options, app.answers.substance);
    let importance = |i: Importance| match i {
        Importance::Very => t.values.very,
        Importance::Somewhat => t.values.somewhat,
        Importance::NotImportant => t.values.not_important,
    };
    html! {
        <section aria-labelledby="lineup" class="lineup">
            <h2 id="lineup">{ c.align_heading }</h2>
            if lines.is_empty() {
                <p>{ c.align_none }{ " " }<a href={Route::WhatMatters.href()}>{ c.align_rate_link }</a></p>
            } else {
                <p>{ c.align_intro }</p>
                for line in lines {
                    <div class="lineup__factor" data-factor={line.factor.id}>
                        <h3>{ line.factor.title }{ " " }<span class="lineup__importance">{ "(" }{ importance(line.importance) }{ ")" }</span></h3>
                        for grid in line.grids.iter() {
                            { grid_line(grid) }
                        }
                    </div>
                }
            }
        </section>
    }
}

/// One grid of a factor: the options grouped by how they fit, labelled with the substance
/// when the fit differs for alcohol and opioids.
fn grid_line(grid: &GridLine) -> Html {
    let c = &texts().compare;
    let label = match grid.substance.get() {
        "alcohol" => Some(c.for_alcohol),
        "opioids" => Some(c.for_opioids),
        _ => None,
    };
    html! {
        <>
            if let Some(label) = label {
                <p class="lineup__for"><strong>{ label }</strong></p>
            }
            <ul data-grid={grid.substance}>
                for (fit, label) in [(Fit::Fits, c.fit_fits), (Fit::Partly, c.fit_partly), (Fit::NoFit, c.fit_no)] {
                    {{
                        let group: Vec<_> = grid.fits.iter().filter(|(_, f, _)| *f == fit).collect();
                        if group.is_empty() {
                            html! {}
                        } else {
                            let names: Vec<&str> = group.iter().map(|(o, _, _)| o.list_name.get()).collect();
                            html! {
                                <li class={classes!("fit", fit_class(fit))} data-fit={fit_class(fit)}>
                                    <strong>{ label }{ ": " }</strong>{ names.join(", ") }{ ". " }
                                    <span class="fit__why">{ group[0].2 }</span>
                                </li>
                            }
                        }
                    }}
                }
            </ul>
        </>
    }
}

/// A stable name for a fit level, for styling and tests.
fn fit_class(fit: Fit) -> &'static str {
    match fit {
        Fit::Fits => "fits",
        Fit::Partly => "partly",
        Fit::NoFit => "no-fit",
    }
}
