//! Safety points to raise with a clinician, computed from the answers. The full list of
//! triggers is in the README ("Safety flags"); each trigger has a test in `tests/flags.rs`.
//!
//! Rules lean towards raising a point: "not sure" counts like "yes" on every health and safety
//! question, and an unanswered detail never hides a point the rest of the answers call for,
//! since a question to a clinician costs little and a missed warning can cost a lot.

use super::answers::{Answers, DrinkingDays, LastUse, Pregnancy, Substance, Treatment, YesNo};
use super::ids::flag;

/// One safety point. The id matches `content/<language>/flags.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Flag {
    Crisis,
    OverdoseAfterStopping,
    AlcoholWithdrawal,
    Sedatives,
    OpioidsRecent,
    OnAgonistTreatment,
    NeedsOpioidPainRelief,
    Pregnancy,
    DisulfiramReaction,
    Liver,
    Kidney,
}

impl Flag {
    /// Every flag, in the order the screen shows them: most urgent first (a crisis, then the
    /// dangers that can kill within hours: overdose, alcohol withdrawal, mixing sedatives).
    pub const ALL: [Flag; 11] = [
        Flag::Crisis,
        Flag::OverdoseAfterStopping,
        Flag::AlcoholWithdrawal,
        Flag::Sedatives,
        Flag::OpioidsRecent,
        Flag::OnAgonistTreatment,
        Flag::NeedsOpioidPainRelief,
        Flag::Pregnancy,
        Flag::DisulfiramReaction,
        Flag::Liver,
        Flag::Kidney,
    ];

    /// The stable id used in content, in `data-flag`, and in the docs (named by the content, so
    /// a flag missing from `flags.toml` fails the build).
    pub fn id(self) -> &'static str {
        match self {
            Flag::Crisis => flag::CRISIS,
            Flag::OpioidsRecent => flag::OPIOIDS_RECENT,
            Flag::OnAgonistTreatment => flag::ON_AGONIST_TREATMENT,
            Flag::NeedsOpioidPainRelief => flag::NEEDS_OPIOID_PAIN_RELIEF,
            Flag::OverdoseAfterStopping => flag::OVERDOSE_AFTER_STOPPING,
            Flag::Pregnancy => flag::PREGNANCY,
            Flag::Liver => flag::LIVER,
            Flag::Kidney => flag::KIDNEY,
            Flag::Sedatives => flag::SEDATIVES,
            Flag::DisulfiramReaction => flag::DISULFIRAM_REACTION,
            Flag::AlcoholWithdrawal => flag::ALCOHOL_WITHDRAWAL,
        }
    }

    /// The About you questions (saved field names) whose answers this flag's rule reads. The
    /// summary and the safety notes show these answers as the reason; `tests/flags.rs` checks
    /// that each of them matters to the rule and that no other question does.
    pub fn inputs(self) -> &'static [&'static str] {
        match self {
            Flag::Crisis => &["self_harm"],
            Flag::OverdoseAfterStopping => &["substance", "treatment"],
            Flag::AlcoholWithdrawal => &[
                "substance",
                "drinking_days",
                "heavy_drinking",
                "withdrawal_seizures",
            ],
            Flag::Sedatives => &["substance", "sedatives", "treatment"],
            Flag::OpioidsRecent => &["substance", "last_opioid_use", "treatment"],
            Flag::OnAgonistTreatment => &["treatment"],
            Flag::NeedsOpioidPainRelief => &["pain_medicine"],
            Flag::Pregnancy => &["pregnancy"],
            Flag::DisulfiramReaction => &["substance"],
            Flag::Liver => &["liver"],
            Flag::Kidney => &["substance", "kidney"],
        }
    }

    /// Whether the answers raise this flag.
    pub fn raised_by(self, a: &Answers) -> bool {
        let yes_or_unsure = |v: Option<YesNo>| matches!(v, Some(YesNo::Yes | YesNo::NotSure));
        let on_agonist = matches!(
            a.treatment,
            Some(Treatment::Methadone | Treatment::Buprenorphine)
        );
        match self {
            Flag::Crisis => yes_or_unsure(a.self_harm),
            // Opioids may still be in the body: naltrexone could cause sudden withdrawal. Only a
            // last use over two weeks ago rules it out; "prefer not to say" and no answer do not.
            Flag::OpioidsRecent => {
                on_agonist || (a.opioids() && a.last_opioid_use != Some(LastUse::OverTwoWeeks))
            }
            Flag::OnAgonistTreatment => on_agonist,
            Flag::NeedsOpioidPainRelief => yes_or_unsure(a.pain_medicine),
            Flag::OverdoseAfterStopping => {
                a.opioids() || a.treatment == Some(Treatment::Naltrexone)
            }
            Flag::Pregnancy => matches!(
                a.pregnancy,
                Some(Pregnancy::Pregnant | Pregnancy::Breastfeeding | Pregnancy::MayBecome)
            ),
            Flag::Liver => yes_or_unsure(a.liver),
            // Acamprosate and topiramate (alcohol only) depend on the kidneys: raised unless the
            // person asked about opioids only.
            Flag::Kidney => yes_or_unsure(a.kidney) && a.substance != Some(Substance::Opioids),
            // Methadone and buprenorphine with alcohol or sedatives can stop breathing. People on
            // them are not asked about drinking, so being on one is enough.
            Flag::Sedatives => {
                yes_or_unsure(a.sedatives) || a.substance == Some(Substance::Both) || on_agonist
            }
            // Whatever the goal: a person who means to keep drinking some most needs to know that
            // any drink on disulfiram causes the reaction.
            Flag::DisulfiramReaction => a.alcohol(),
            // Stopping or cutting down after long heavy drinking can bring dangerous withdrawal,
            // whatever the goal. Past seizures (yes or not sure) raise it on their own; otherwise
            // heavy drinking on most days, unless an answer rules it out.
            Flag::AlcoholWithdrawal => {
                a.alcohol() && (yes_or_unsure(a.withdrawal_seizures) || heavy_on_most_days(a))
            }
        }
    }
}

/// Whether the answers so far allow heavy drinking on most days: the heavy-drinking answer is
/// not "no", the how-often answer is not a few days a week or less, and at least one of the two
/// has been answered (so that choosing alcohol alone does not raise it before the questions).
fn heavy_on_most_days(a: &Answers) -> bool {
    let heavy_possible = a.heavy_drinking != Some(YesNo::No);
    let most_days_possible = !matches!(
        a.drinking_days,
        Some(DrinkingDays::FewDaysAWeek | DrinkingDays::WeeklyOrLess)
    );
    let answered = a.heavy_drinking.is_some() || a.drinking_days.is_some();
    heavy_possible && most_days_possible && answered
}

/// Every flag the answers raise, urgent first.
pub fn flags(answers: &Answers) -> Vec<Flag> {
    Flag::ALL
        .into_iter()
        .filter(|flag| flag.raised_by(answers))
        .collect()
}
