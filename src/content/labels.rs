//! The questions of the About you screen, in words, with their branching: a person sees only
//! the questions that apply to what they have answered so far.

use super::{Text, Texts};
use crate::domain::answers::{
    Answers, DrinkingDays, Goal, LastUse, OpioidKind, Pregnancy, Substance, Treatment, YesNo,
};

/// Which part of the screen a question belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Use,
    Health,
    Practical,
}

/// One question as shown: its stable name (the saved field), words, and current answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub name: &'static str,
    pub section: Section,
    pub legend: Text,
    /// The question in a few words, for "You said: <said>: <answer>."
    pub said: Text,
    /// (value id, label), in order.
    pub options: Vec<(&'static str, Text)>,
    pub selected: Option<&'static str>,
}

/// The label of a substance answer.
fn substance_label(t: &Texts, value: Substance) -> Text {
    let q = &t.questions.substance;
    match value {
        Substance::Alcohol => q.alcohol,
        Substance::Opioids => q.opioids,
        Substance::Both => q.both,
        Substance::PreferNotToSay => t.questions.prefer_not,
    }
}

/// The label of a goal answer.
fn goal_label(t: &Texts, value: Goal) -> Text {
    let q = &t.questions.goal;
    match value {
        Goal::Stop => q.stop,
        Goal::CutDown => q.cut_down,
        Goal::NotSure => q.not_sure,
        Goal::PreferNotToSay => t.questions.prefer_not,
    }
}

fn yes_no_label(t: &Texts, value: YesNo) -> Text {
    let q = &t.questions.yes_no;
    match value {
        YesNo::Yes => q.yes,
        YesNo::No => q.no,
        YesNo::NotSure => q.not_sure,
        YesNo::PreferNotToSay => t.questions.prefer_not,
    }
}

fn drinking_days_label(t: &Texts, value: DrinkingDays) -> Text {
    let q = &t.questions.drinking_days;
    match value {
        DrinkingDays::Daily => q.daily,
        DrinkingDays::FewDaysAWeek => q.few_days_a_week,
        DrinkingDays::WeeklyOrLess => q.weekly_or_less,
        DrinkingDays::PreferNotToSay => t.questions.prefer_not,
    }
}

fn last_use_label(t: &Texts, value: LastUse) -> Text {
    let q = &t.questions.last_opioid_use;
    match value {
        LastUse::Today => q.today,
        LastUse::ThisWeek => q.this_week,
        LastUse::OneToTwoWeeks => q.one_to_two_weeks,
        LastUse::OverTwoWeeks => q.over_two_weeks,
        LastUse::PreferNotToSay => t.questions.prefer_not,
    }
}

fn opioid_kind_label(t: &Texts, value: OpioidKind) -> Text {
    let q = &t.questions.opioid_kind;
    match value {
        OpioidKind::ShortActing => q.short_acting,
        OpioidKind::Fentanyl => q.fentanyl,
        OpioidKind::LongActing => q.long_acting,
        OpioidKind::NotSure => t.questions.yes_no.not_sure,
        OpioidKind::PreferNotToSay => t.questions.prefer_not,
    }
}

fn treatment_label(t: &Texts, value: Treatment) -> Text {
    let q = &t.questions.treatment;
    match value {
        Treatment::Methadone => q.methadone,
        Treatment::Buprenorphine => q.buprenorphine,
        Treatment::Naltrexone => q.naltrexone,
        Treatment::None => q.none,
        Treatment::PreferNotToSay => t.questions.prefer_not,
    }
}

fn pregnancy_label(t: &Texts, value: Pregnancy) -> Text {
    let q = &t.questions.pregnancy;
    match value {
        Pregnancy::Pregnant => q.pregnant,
        Pregnancy::Breastfeeding => q.breastfeeding,
        Pregnancy::MayBecome => q.may_become,
        Pregnancy::No => q.no,
        Pregnancy::PreferNotToSay => t.questions.prefer_not,
    }
}

/// Builds a question from an answer type's values and labels.
fn question<V: Copy + PartialEq>(
    name: &'static str,
    section: Section,
    (legend, said): (Text, Text),
    all: &[V],
    id: fn(V) -> &'static str,
    label: impl Fn(V) -> Text,
    selected: Option<V>,
) -> Question {
    Question {
        name,
        section,
        legend,
        said,
        options: all.iter().map(|v| (id(*v), label(*v))).collect(),
        selected: selected.map(id),
    }
}

/// The questions that apply to these answers, in order. Alcohol questions appear once the
/// person says alcohol is part of it, opioid questions once opioids are.
pub fn questions(t: &Texts, a: &Answers) -> Vec<Question> {
    let q = &t.questions;
    let yes_no = |name, section, legend, selected| {
        question(
            name,
            section,
            legend,
            YesNo::ALL,
            YesNo::id,
            |v| yes_no_label(t, v),
            selected,
        )
    };
    let mut list = vec![
        question(
            "substance",
            Section::Use,
            (q.substance.legend, q.substance.said),
            Substance::ALL,
            Substance::id,
            |v| substance_label(t, v),
            a.substance,
        ),
        question(
            "goal",
            Section::Use,
            (q.goal.legend, q.goal.said),
            Goal::ALL,
            Goal::id,
            |v| goal_label(t, v),
            a.goal,
        ),
    ];
    if a.alcohol() {
        list.push(question(
            "drinking_days",
            Section::Use,
            (q.drinking_days.legend, q.drinking_days.said),
            DrinkingDays::ALL,
            DrinkingDays::id,
            |v| drinking_days_label(t, v),
            a.drinking_days,
        ));
        list.push(yes_no(
            "heavy_drinking",
            Section::Use,
            (q.heavy_drinking.legend, q.heavy_drinking.said),
            a.heavy_drinking,
        ));
        list.push(yes_no(
            "withdrawal_seizures",
            Section::Use,
            (q.withdrawal_seizures.legend, q.withdrawal_seizures.said),
            a.withdrawal_seizures,
        ));
    }
    if a.opioids() {
        list.push(question(
            "last_opioid_use",
            Section::Use,
            (q.last_opioid_use.legend, q.last_opioid_use.said),
            LastUse::ALL,
            LastUse::id,
            |v| last_use_label(t, v),
            a.last_opioid_use,
        ));
        list.push(question(
            "opioid_kind",
            Section::Use,
            (q.opioid_kind.legend, q.opioid_kind.said),
            OpioidKind::ALL,
            OpioidKind::id,
            |v| opioid_kind_label(t, v),
            a.opioid_kind,
        ));
    }
    list.push(question(
        "treatment",
        Section::Use,
        (q.treatment.legend, q.treatment.said),
        Treatment::ALL,
        Treatment::id,
        |v| treatment_label(t, v),
        a.treatment,
    ));
    list.push(question(
        "pregnancy",
        Section::Health,
        (q.pregnancy.legend, q.pregnancy.said),
        Pregnancy::ALL,
        Pregnancy::id,
        |v| pregnancy_label(t, v),
        a.pregnancy,
    ));
    list.push(yes_no(
        "liver",
        Section::Health,
        (q.liver.legend, q.liver.said),
        a.liver,
    ));
    list.push(yes_no(
        "kidney",
        Section::Health,
        (q.kidney.legend, q.kidney.said),
        a.kidney,
    ));
    list.push(yes_no(
        "pain_medicine",
        Section::Health,
        (q.pain_medicine.legend, q.pain_medicine.said),
        a.pain_medicine,
    ));
    list.push(yes_no(
        "sedatives",
        Section::Health,
        (q.sedatives.legend, q.sedatives.said),
        a.sedatives,
    ));
    list.push(yes_no(
        "self_harm",
        Section::Health,
        (q.self_harm.legend, q.self_harm.said),
        a.self_harm,
    ));
    if a.opioids() {
        list.push(yes_no(
            "daily_clinic",
            Section::Practical,
            (q.daily_clinic.legend, q.daily_clinic.said),
            a.daily_clinic,
        ));
    }
    list.push(yes_no(
        "insurance",
        Section::Practical,
        (q.insurance.legend, q.insurance.said),
        a.insurance,
    ));
    list
}

/// Each answered question that applies, as (question, answer), in the order asked.
pub fn answer_lines(t: &Texts, answers: &Answers) -> Vec<(Text, Text)> {
    answers_to(t, answers, |_| true)
}

/// Like [`answer_lines`], for the questions whose names `wanted` accepts.
pub fn answers_to(
    t: &Texts,
    answers: &Answers,
    wanted: impl Fn(&str) -> bool,
) -> Vec<(Text, Text)> {
    questions(t, answers)
        .into_iter()
        .filter(|q| wanted(q.name))
        .filter_map(|q| {
            let selected = q.selected?;
            let label = q.options.iter().find(|(id, _)| *id == selected)?.1;
            Some((q.said, label))
        })
        .collect()
}
