//! Safety points to raise with a clinician, computed from the answers. The full list of
//! triggers is in the README ("Safety flags"); each trigger has a test in `tests/flags.rs`.
//!
//! Rules lean towards raising a point: "not sure" counts like "yes" for health questions, since
//! a question to a clinician costs little and a missed warning can cost a lot.

use super::answers::{Answers, DrinkingDays, Goal, LastUse, Pregnancy, Treatment, YesNo};

/// One safety point. The id matches `content/<language>/flags.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Flag {
    Crisis,
    OpioidsRecent,
    OnAgonistTreatment,
    NeedsOpioidPainRelief,
    OverdoseAfterStopping,
    Pregnancy,
    Liver,
    Kidney,
    Sedatives,
    DisulfiramReaction,
    AlcoholWithdrawal,
}

impl Flag {
    /// Every flag, in the order the screen shows them (urgent first).
    pub const ALL: [Flag; 11] = [
        Flag::Crisis,
        Flag::OpioidsRecent,
        Flag::OnAgonistTreatment,
        Flag::NeedsOpioidPainRelief,
        Flag::OverdoseAfterStopping,
        Flag::Pregnancy,
        Flag::Liver,
        Flag::Kidney,
        Flag::Sedatives,
        Flag::DisulfiramReaction,
        Flag::AlcoholWithdrawal,
    ];

    /// The stable id used in content, in `data-flag`, and in the docs.
    pub fn id(self) -> &'static str {
        match self {
            Flag::Crisis => "crisis",
            Flag::OpioidsRecent => "opioids-recent",
            Flag::OnAgonistTreatment => "on-agonist-treatment",
            Flag::NeedsOpioidPainRelief => "needs-opioid-pain-relief",
            Flag::OverdoseAfterStopping => "overdose-after-stopping",
            Flag::Pregnancy => "pregnancy",
            Flag::Liver => "liver",
            Flag::Kidney => "kidney",
            Flag::Sedatives => "sedatives",
            Flag::DisulfiramReaction => "disulfiram-reaction",
            Flag::AlcoholWithdrawal => "alcohol-withdrawal",
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
            Flag::Crisis => a.self_harm == Some(YesNo::Yes),
            // Opioids in the body within about two weeks: naltrexone could cause withdrawal.
            Flag::OpioidsRecent => {
                on_agonist
                    || (a.opioids()
                        && matches!(
                            a.last_opioid_use,
                            Some(LastUse::Today | LastUse::ThisWeek | LastUse::OneToTwoWeeks)
                        ))
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
            Flag::Kidney => yes_or_unsure(a.kidney) && a.alcohol(),
            Flag::Sedatives => {
                yes_or_unsure(a.sedatives) || (a.substance == Some(super::answers::Substance::Both))
            }
            Flag::DisulfiramReaction => a.alcohol() && a.goal != Some(Goal::CutDown),
            // Heavy drinking every day or almost, with a plan other than cutting down; or past
            // withdrawal seizures, whatever the plan.
            Flag::AlcoholWithdrawal => {
                let heavy_daily = a.heavy_drinking == Some(YesNo::Yes)
                    && a.drinking_days == Some(DrinkingDays::Daily);
                a.alcohol()
                    && (a.withdrawal_seizures == Some(YesNo::Yes)
                        || (heavy_daily && a.goal != Some(Goal::CutDown)))
            }
        }
    }
}

/// Every flag the answers raise, urgent first.
pub fn flags(answers: &Answers) -> Vec<Flag> {
    Flag::ALL
        .into_iter()
        .filter(|flag| flag.raised_by(answers))
        .collect()
}
