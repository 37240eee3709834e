//! Lookups over the content: options, flags, factors, sources, and how options line up with
//! what a person rated important. Pure, so the rules are tested natively.

use super::{
    Id, Text, Texts, TextsArticles, TextsFactors, TextsFactorsGrids, TextsFlags, TextsOptions,
    TextsOptionsOutcomes, TextsQuiz, TextsSources,
};
use crate::domain::answers::{Answers, OpioidKind, Substance};
use crate::domain::flags::Flag;
use crate::domain::set::IdMap;

use crate::domain::values::Importance;

/// How well an option fits one factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    Fits,
    Partly,
    NoFit,
}

/// The option with this id.
pub fn option<'t>(t: &'t Texts, id: &str) -> Option<&'t TextsOptions> {
    t.options.iter().find(|o| o.id == id)
}

/// Whether an option is used for alcohol, and for opioids.
pub fn used_for(o: &TextsOptions) -> (bool, bool) {
    (o.alcohol != "no", o.opioids != "no")
}

/// The options shown by default: those used for the person's substance. Everything when the
/// substance is unknown, or when the person asked to see all.
pub fn options_for<'t>(t: &'t Texts, answers: &Answers, show_all: bool) -> Vec<&'t TextsOptions> {
    t.options
        .iter()
        .filter(|o| {
            let (alcohol, opioids) = used_for(o);
            show_all
                || match answers.substance {
                    Some(Substance::Alcohol) => alcohol,
                    Some(Substance::Opioids) => opioids,
                    Some(Substance::Both) | Some(Substance::PreferNotToSay) | None => true,
                }
        })
        .collect()
}

/// The text of a flag.
pub fn flag(t: &Texts, flag: Flag) -> &TextsFlags {
    t.flags
        .iter()
        .find(|f| f.id == flag.id())
        .expect("every flag has its text (tests/content.rs)")
}

/// What the person's kind of opioid means for the naltrexone wait (shown under that point).
pub fn opioid_wait_note(t: &Texts, answers: &Answers) -> Option<Text> {
    let k = &t.raise.opioid_kind;
    Some(match answers.opioid_kind? {
        OpioidKind::ShortActing => k.short_acting,
        OpioidKind::Fentanyl => k.fentanyl,
        OpioidKind::LongActing => k.long_acting,
        OpioidKind::NotSure | OpioidKind::PreferNotToSay => k.not_sure,
    })
}

/// Whether a text marked for `substance` ("any", "alcohol" or "opioids") is for a person who
/// chose `chosen`: one marked for a substance is shown to those who chose it, chose both, or did
/// not say; everything else to everyone.
pub fn is_for(substance: &str, chosen: Option<Substance>) -> bool {
    match substance {
        "alcohol" => !matches!(chosen, Some(Substance::Opioids)),
        "opioids" => !matches!(chosen, Some(Substance::Alcohol)),
        _ => true,
    }
}

/// The factors a person rates (What matters to me) for a person who chose `chosen`, in
/// content order.
pub fn factors_for(t: &Texts, chosen: Option<Substance>) -> Vec<&TextsFactors> {
    t.factors
        .iter()
        .filter(|f| f.rated && is_for(&f.substance, chosen))
        .collect()
}

/// The true-or-false facts (Check) for a person who chose `chosen`, in content order.
pub fn quiz_for(t: &Texts, chosen: Option<Substance>) -> Vec<&TextsQuiz> {
    t.quiz
        .iter()
        .filter(|q| is_for(&q.substance, chosen))
        .collect()
}

/// A raised safety point about one option, in the person's terms.
pub struct SafetyNote {
    pub flag: Flag,
    pub title: Text,
    pub key_fact: Text,
    /// The answers that raised it, as "You said: <question in a few words>: <answer>. ..."
    /// (the substance itself goes without saying); empty when none was given.
    pub said: String,
}

/// A raised safety point with its key fact and the answers that raised it.
pub fn safety_note(t: &Texts, answers: &Answers, f: Flag) -> SafetyNote {
    let text = flag(t, f);
    SafetyNote {
        flag: f,
        title: text.title,
        key_fact: text.key_fact,
        said: super::answers_to(t, answers, |name| {
            name != "substance" && f.inputs().contains(&name)
        })
        .iter()
        .fold(String::new(), |said, (q, a)| {
            let start = if said.is_empty() {
                t.raise.you_said.get()
            } else {
                &said
            };
            format!("{start} {q}: {a}.")
        }),
    }
}

/// Whether the safety point `f` concerns the option `option_id`.
fn concerns(t: &Texts, f: Flag, option_id: &str) -> bool {
    flag(t, f).options.iter().any(|o| *o == option_id)
}

/// Of `options`, those that a raised safety point concerns, in their order: the answers' flags
/// worked out once, and no note written (Compare names them at the top on every redraw).
pub fn with_safety_notes<'t>(
    t: &Texts,
    answers: &Answers,
    options: &[&'t TextsOptions],
) -> Vec<&'t TextsOptions> {
    let raised = crate::domain::flags::flags(answers);
    options
        .iter()
        .copied()
        .filter(|o| raised.iter().any(|f| concerns(t, *f, o.id.get())))
        .collect()
}

/// The raised safety points that concern an option, most urgent first.
pub fn safety_notes(t: &Texts, answers: &Answers, option_id: &str) -> Vec<SafetyNote> {
    crate::domain::flags::flags(answers)
        .into_iter()
        .filter(|f| concerns(t, *f, option_id))
        .map(|f| safety_note(t, answers, f))
        .collect()
}

/// The factor with this id.
pub fn factor<'t>(t: &'t Texts, id: &str) -> Option<&'t TextsFactors> {
    t.factors.iter().find(|f| f.id == id)
}

/// How an option fits one grid of a factor, and why.
pub fn fit(grid: &TextsFactorsGrids, option_id: &str) -> Option<(Fit, Text)> {
    let listed = |ids: &[Id]| ids.iter().any(|id| *id == option_id);
    if listed(grid.fits) {
        Some((Fit::Fits, grid.fits_why))
    } else if listed(grid.partly) {
        Some((Fit::Partly, grid.partly_why))
    } else if listed(grid.no_fit) {
        Some((Fit::NoFit, grid.no_fit_why))
    } else {
        None
    }
}

/// The grids of a factor that apply to a person: the one for any substance, or the one for
/// their substance; both (alcohol first, as build.rs requires) when they chose both or did not
/// say.
pub fn grids_for(factor: &TextsFactors, substance: Option<Substance>) -> Vec<&TextsFactorsGrids> {
    factor
        .grids
        .iter()
        .filter(|grid| is_for(&grid.substance, substance))
        .collect()
}

/// One grid as it applies to the options shown: the substance it is for ("any" when the fit is
/// the same for both), and how each option fits. Options the substance does not use are left out.
pub struct GridLine<'t> {
    pub substance: Id,
    pub fits: Vec<(&'t TextsOptions, Fit, Text)>,
}

/// One factor with how each shown option fits it: a factor the person rated important (with
/// how much), or a lens shown to everyone it concerns (no importance).
pub struct Alignment<'t> {
    pub factor: &'t TextsFactors,
    pub importance: Option<Importance>,
    pub grids: Vec<GridLine<'t>>,
    /// Whether each grid says which substance it is for: not when the person said one, since
    /// the options shown are then that substance's.
    pub named: bool,
}

fn names_substance(substance: Option<Substance>) -> bool {
    !matches!(substance, Some(Substance::Alcohol | Substance::Opioids))
}

/// How each of `options` fits `factor`, in the grids for the person's substance.
fn grid_lines<'t>(
    factor: &'t TextsFactors,
    options: &[&'t TextsOptions],
    substance: Option<Substance>,
) -> Vec<GridLine<'t>> {
    grids_for(factor, substance)
        .into_iter()
        .map(|grid| GridLine {
            substance: grid.substance,
            fits: options
                .iter()
                .filter_map(|o| fit(grid, &o.id).map(|(f, why)| (*o, f, why)))
                .collect(),
        })
        .collect()
}

/// For every factor for the person's substance rated somewhat or very important (very first,
/// then in content order), how each of `options` fits, for that substance. No totals and no ranking of
/// options: the order of options is the content order.
pub fn alignment<'t>(
    t: &'t Texts,
    values: &IdMap<Importance>,
    options: &[&'t TextsOptions],
    substance: Option<Substance>,
) -> Vec<Alignment<'t>> {
    let rated: Vec<Alignment<'t>> = factors_for(t, substance)
        .into_iter()
        .filter_map(|factor| {
            let importance = *values.get(factor.id.get())?;
            (importance != Importance::NotImportant).then(|| Alignment {
                factor,
                importance: Some(importance),
                grids: grid_lines(factor, options, substance),
                named: names_substance(substance),
            })
        })
        .collect();
    // Very important first; each group stays in content order. (A partition, not a sort: each
    // sort compiles a copy of the sorting code into the wasm.)
    let (mut very, somewhat): (Vec<_>, Vec<_>) = rated
        .into_iter()
        .partition(|a| a.importance == Some(Importance::Very));
    very.extend(somewhat);
    very
}

/// The lenses (factors that are not rated, such as cutting down or stopping drinking) for the
/// person's substance, with how each of `options` fits; none when no option shown is in them.
pub fn lenses<'t>(
    t: &'t Texts,
    options: &[&'t TextsOptions],
    substance: Option<Substance>,
) -> Vec<Alignment<'t>> {
    t.factors
        .iter()
        .filter(|f| !f.rated && is_for(&f.substance, substance))
        .map(|factor| Alignment {
            factor,
            importance: None,
            grids: grid_lines(factor, options, substance),
            named: names_substance(substance),
        })
        .filter(|a| a.grids.iter().any(|g| !g.fits.is_empty()))
        .collect()
}

/// The source with this id.
pub fn source<'t>(t: &'t Texts, id: &str) -> Option<&'t TextsSources> {
    t.sources.iter().find(|s| s.id == id)
}

/// The kind of a source, in words. (Ids compare by number, so this is no string search.)
pub fn source_kind_words(t: &Texts, kind: Id) -> &'static str {
    t.source_kinds
        .iter()
        .find(|k| k.id == kind)
        .map_or(kind.get(), |k| k.words.get())
}

/// The library article with this id.
pub fn article<'t>(t: &'t Texts, id: &str) -> Option<&'t TextsArticles> {
    t.articles.iter().find(|a| a.id == id)
}

/// An outcome in words: one sentence on the same frame for every option.
pub fn outcome_sentence(t: &Texts, o: &TextsOptionsOutcomes) -> String {
    let c = &t.compare;
    let template = match o.kind.get() {
        "two-groups" => c.outcome_two_groups,
        "extra" => c.outcome_extra,
        "days" => c.outcome_days,
        "per-thousand" => c.outcome_per_thousand,
        "no-clear-effect" => c.outcome_no_effect,
        _ => c.outcome_no_numbers,
    };
    [
        ("with", o.with_option.to_string()),
        ("comparison", o.comparison.to_string()),
        ("comparison_label", o.comparison_label.to_string()),
        ("measure", o.measure.to_string()),
        ("time", o.time_frame.to_string()),
    ]
    .iter()
    .fold(template.to_string(), |text, (name, value)| {
        super::fill(&text, name, value)
    })
}

/// The plain words for how sure an outcome is.
pub fn certainty_words(t: &Texts, certainty: &str) -> Text {
    let c = &t.compare;
    match certainty {
        "moderate" => c.certainty_moderate,
        "one-study" => c.certainty_one_study,
        "observational" => c.certainty_observational,
        _ => c.certainty_low,
    }
}

/// The rows of the option grid, the same for every option: (id, label, row).
pub fn option_rows<'t>(
    t: &Texts,
    o: &'t TextsOptions,
) -> [(&'static str, Text, &'t super::Row); 10] {
    let c = &t.compare;
    [
        ("what_it_is", c.row_what_it_is, &o.what_it_is),
        ("how_taken", c.row_how_taken, &o.how_taken),
        ("who_gives", c.row_who_gives, &o.who_gives),
        ("when_start", c.row_when_start, &o.when_start),
        (
            "common_side_effects",
            c.row_common_side_effects,
            &o.common_side_effects,
        ),
        ("serious_risks", c.row_serious_risks, &o.serious_risks),
        ("cost", c.row_cost, &o.cost),
        ("pregnancy", c.row_pregnancy, &o.pregnancy),
        ("pain_relief", c.row_pain_relief, &o.pain_relief),
        ("if_you_stop", c.row_if_you_stop, &o.if_you_stop),
    ]
}

/// How an option is used for one substance, in words.
pub fn use_words(t: &Texts, value: &str) -> Text {
    let c = &t.compare;
    match value {
        "yes" => c.use_yes,
        "off-label" => c.use_off_label,
        "not-first-choice" => c.use_not_first,
        "with-medicine" => c.use_with_medicine,
        _ => c.use_no,
    }
}
