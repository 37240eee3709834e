//! Lookups over the content: options, flags, factors, sources, and how options line up with
//! what a person rated important. Pure, so the rules are tested natively.

use super::{
    Text, Texts, TextsArticles, TextsFactors, TextsFactorsGrids, TextsFlags, TextsOptions,
    TextsOptionsOutcomes, TextsSources,
};
use crate::domain::answers::{Answers, OpioidKind, Substance};
use crate::domain::flags::Flag;
use std::collections::BTreeMap;

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

/// The factor with this id.
pub fn factor<'t>(t: &'t Texts, id: &str) -> Option<&'t TextsFactors> {
    t.factors.iter().find(|f| f.id == id)
}

/// How an option fits one grid of a factor, and why.
pub fn fit(grid: &TextsFactorsGrids, option_id: &str) -> Option<(Fit, Text)> {
    let listed = |ids: &[Text]| ids.iter().any(|id| *id == option_id);
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
/// their substance; both (alcohol first) when they chose both or did not say.
pub fn grids_for(factor: &TextsFactors, substance: Option<Substance>) -> Vec<&TextsFactorsGrids> {
    let wanted = |grid: &&TextsFactorsGrids| match grid.substance.get() {
        "alcohol" => !matches!(substance, Some(Substance::Opioids)),
        "opioids" => !matches!(substance, Some(Substance::Alcohol)),
        _ => true,
    };
    let mut grids: Vec<_> = factor.grids.iter().filter(wanted).collect();
    grids.sort_by_key(|g| g.substance.get() != "alcohol");
    grids
}

/// One grid as it applies to the options shown: the substance it is for (`None` when the fit is
/// the same for both), and how each option fits. Options the substance does not use are left out.
pub struct GridLine<'t> {
    pub substance: Option<Substance>,
    pub fits: Vec<(&'t TextsOptions, Fit, Text)>,
}

/// One factor the person rated important, with how each shown option fits it.
pub struct Alignment<'t> {
    pub factor: &'t TextsFactors,
    pub importance: Importance,
    pub grids: Vec<GridLine<'t>>,
}

/// For every factor rated somewhat or very important (very first, then in content order),
/// how each of `options` fits, for the person's substance. No totals and no ranking of
/// options: the order of options is the content order.
pub fn alignment<'t>(
    t: &'t Texts,
    values: &BTreeMap<String, Importance>,
    options: &[&'t TextsOptions],
    substance: Option<Substance>,
) -> Vec<Alignment<'t>> {
    let mut rated: Vec<Alignment<'t>> = t
        .factors
        .iter()
        .filter_map(|factor| {
            let importance = *values.get(factor.id.get())?;
            (importance != Importance::NotImportant).then(|| Alignment {
                factor,
                importance,
                grids: grids_for(factor, substance)
                    .into_iter()
                    .map(|grid| GridLine {
                        substance: match grid.substance.get() {
                            "alcohol" => Some(Substance::Alcohol),
                            "opioids" => Some(Substance::Opioids),
                            _ => None,
                        },
                        fits: options
                            .iter()
                            .filter_map(|o| fit(grid, &o.id).map(|(f, why)| (*o, f, why)))
                            .collect(),
                    })
                    .collect(),
            })
        })
        .collect();
    rated.sort_by_key(|a| std::cmp::Reverse(a.importance));
    rated
}

/// The source with this id.
pub fn source<'t>(t: &'t Texts, id: &str) -> Option<&'t TextsSources> {
    t.sources.iter().find(|s| s.id == id)
}

/// The library article with this id.
pub fn article<'t>(t: &'t Texts, id: &str) -> Option<&'t TextsArticles> {
    t.articles.iter().find(|a| a.id == id)
}

/// Every text a person reads in the guide, one block each, for the reading-level check.
/// (Sources, ids and phone-number links are not prose and are left out.)
pub fn patient_texts(t: &Texts) -> Vec<String> {
    let mut texts: Vec<Text> = Vec::new();
    let mut sentences = Vec::new();
    for o in t.options {
        texts.extend([
            o.summary,
            o.what_it_is.text,
            o.how_taken.text,
            o.who_gives.text,
        ]);
        texts.extend([
            o.when_start.text,
            o.common_side_effects.text,
            o.serious_risks.text,
        ]);
        texts.extend([
            o.cost.text,
            o.pregnancy.text,
            o.pain_relief.text,
            o.if_you_stop.text,
        ]);
        texts.extend(o.pros.iter().chain(o.cons.iter()));
        texts.extend(o.questions.iter().map(|q| q.text));
        for outcome in o.outcomes {
            // Built from templates, so checked as the sentences a person reads.
            sentences.push(outcome_sentence(t, outcome));
        }
    }
    for f in t.flags {
        texts.extend([f.title, f.explain, f.question]);
    }
    let k = &t.raise.opioid_kind;
    texts.extend([k.short_acting, k.fentanyl, k.long_acting, k.not_sure]);
    for f in t.factors {
        texts.extend([f.title, f.explain]);
        for g in f.grids {
            texts.extend([g.fits_why, g.partly_why, g.no_fit_why]);
        }
    }
    for q in t.quiz {
        texts.extend([q.statement, q.explain]);
    }
    for s in t.sure {
        texts.extend([s.question, s.help]);
    }
    for a in t.articles {
        texts.push(a.title);
        texts.extend(a.paragraphs.iter());
    }
    texts.extend(t.about.evidence.iter().chain(t.about.update.iter()));
    texts.extend(t.about.funding.iter().chain(t.about.access.iter()));
    let p = &t.pages;
    for (title, purpose) in [
        (p.welcome.title, p.welcome.purpose),
        (p.about_you.title, p.about_you.purpose),
        (p.what_matters.title, p.what_matters.purpose),
        (p.compare.title, p.compare.purpose),
        (p.things_to_raise.title, p.things_to_raise.purpose),
        (p.check.title, p.check.purpose),
        (p.library.title, p.library.purpose),
        (p.my_data.title, p.my_data.purpose),
        (p.my_visit.title, p.my_visit.purpose),
        (p.share.title, p.share.purpose),
        (p.about.title, p.about.purpose),
    ] {
        texts.extend([title, purpose]);
    }
    texts.extend(p.welcome.points.iter());
    texts.extend([t.footer.not_advice, t.footer.crisis, t.footer.helpline]);
    texts.extend([
        t.compare.info_not_advice,
        t.compare.numbers_note,
        t.compare.align_intro,
    ]);
    texts.extend([
        t.raise.none,
        t.check.sure_intro,
        t.check.sure_low,
        t.check.quiz_intro,
    ]);
    texts.extend([
        t.notices.recovered,
        t.notices.memory,
        t.notices.quota,
        t.notices.conflict,
    ]);
    texts.extend([t.notices.newer, t.notices.unreadable_kept]);
    texts.extend([
        t.data.shared_device,
        t.data.history_note,
        t.data.where_stored,
    ]);
    texts.extend([t.questions.self_harm.help_now, t.quick_exit.hint]);
    let v = &t.visit;
    texts.extend([v.private, v.list_intro, v.empty, v.error_empty]);
    texts.extend([v.error_too_long, v.error_full, v.note_too_long, v.moved]);
    let s = &t.summary;
    texts.extend([s.intro, s.print_hint, s.made, s.nothing]);
    let k = &t.take;
    texts.extend([k.copied, k.copy_failed, k.share_intro, k.share_too_big]);
    texts.extend([k.qr_label, k.qr_too_big, k.calendar_intro, k.shot_intro]);
    texts.extend([k.visit_event_detail, k.shot_event_detail, k.bad_date]);
    let h = &t.shared;
    texts.extend([h.intro, h.confirm, h.added, h.damaged, h.newer, h.too_big]);
    let mut all: Vec<String> = texts.iter().map(Text::to_string).collect();
    all.extend(sentences);
    all.retain(|text| !text.is_empty());
    all
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
