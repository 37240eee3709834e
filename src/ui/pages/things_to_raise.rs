//! Things to raise: the safety points the answers raise, each with a plain explanation, its
//! sources, and a question to ask; and for people asking about alcohol, which options suit
//! cutting down and which are meant for people who have stopped.

use yew::prelude::*;

use crate::content::{
    article, fill, flag, lenses, opioid_wait_note, option, options_for, plural, safety_note, texts,
};
use crate::domain::check::Leaning;
use crate::domain::flags::{flags, Flag};
use crate::domain::ids::article;
use crate::embed::settings::ClinicSettings;
use crate::route::Route;
use crate::ui::components::clinic::ask_clinic;
use crate::ui::components::fit_groups::{factor_fits, Why};
use crate::ui::components::next_link::step_nav;
use crate::ui::components::page_intro::page_intro;
use crate::ui::components::para::para;
use crate::ui::components::source_list::source_list;
use crate::ui::context::AppContext;

/// The Library article that explains a flag further, if any.
fn related_article(f: Flag) -> Option<&'static str> {
    match f {
        Flag::OpioidsRecent | Flag::OnAgonistTreatment => Some(article::STARTING_SAFELY),
        Flag::OverdoseAfterStopping => Some(article::STAYING_ON_TRACK),
        Flag::NeedsOpioidPainRelief => Some(article::PILL_OR_SHOT),
        Flag::DisulfiramReaction => Some(article::FAMILY_AND_FRIENDS),
        _ => None,
    }
}

/// The ThingsToRaise screen.
pub fn things_to_raise(app: &AppContext, clinic: &ClinicSettings) -> Html {
    let t = texts();
    let r = &t.raise;
    let raised = flags(&app.answers);
    // The option the person leans toward, if a point concerns it.
    let leaning = match &app.check.leaning {
        Some(Leaning::Option(id)) => option(t, id),
        _ => None,
    };
    // The answers that raised a point, in the person's terms.
    let said = |f: Flag| {
        let said = safety_note(t, &app.answers, f).said;
        if said.is_empty() {
            html! {}
        } else {
            html! { <p class="flag__said">{ said }</p> }
        }
    };
    let concerns = |f: Flag| leaning.filter(|o| flag(t, f).options.contains(&o.id));
    let lens = lenses(
        t,
        &options_for(t, &app.answers, false),
        app.answers.substance,
    );
    html! {
        <>
            { page_intro(&Route::ThingsToRaise) }
            if raised.is_empty() {
                <p class="raise__none">{ r.none }</p>
            } else {
                <p role="status">{ plural(&r.count, raised.len()) }</p>
                <ul class="flags">
                    for f in raised {
                        <li key={f.id()} class={classes!("flag", (f == Flag::Crisis).then_some("flag--urgent"),
                                concerns(f).is_some().then_some("flag--yours"))} data-flag={f.id()}>
                            <h2>{ flag(t, f).title }</h2>
                            if let Some(option) = concerns(f) {
                                <p class="flag__yours"><strong>{ fill(r.concerns_leaning, "option", option.list_name) }</strong></p>
                            }
                            <p>{ flag(t, f).explain }</p>
                            { said(f) }
                            if let Some(note) = (f == Flag::OpioidsRecent).then(|| opioid_wait_note(t, &app.answers)).flatten() {
                                <p class="flag__note">{ note }</p>
                            }
                            if f == Flag::Crisis {
                                <p><a class="button button--urgent" href={t.questions.crisis.help_tel}>
                                    { t.questions.crisis.help_call }</a></p>
                            }
                            <p class="flag__question"><strong>{ r.ask }</strong>{ " " }{ flag(t, f).question }</p>
                            if let Some(a) = related_article(f).and_then(|id| article(t, id)) {
                                <p><a href={format!("#/library/{}", a.id)}>{ a.title }</a></p>
                            }
                            { source_list(flag(t, f).sources) }
                        </li>
                    }
                </ul>
                <p class="raise__why">{ r.why }</p>
            }
            { ask_clinic(clinic) }
            // The drinking goal as a lens on the options, for everyone it concerns.
            if !lens.is_empty() {
                <section class="lineup raise__lens" aria-labelledby="raise-lens">
                    <h2 id="raise-lens">{ r.lens_heading }</h2>
                    { para(r.lens_intro) }
                    for line in lens.iter() {
                        { factor_fits(line, para(line.factor.explain), Why::InLine) }
                    }
                </section>
            }
            { step_nav(&Route::ThingsToRaise) }
        </>
    }
}
