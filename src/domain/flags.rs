//! Safety points to raise with a clinician, computed from the answers. The full list of
//! triggers is in the README ("Safety flags"); each trigger has a test in `tests/flags.rs`.
//!
//! Rules lean towards raising a point: "not sure" counts like "yes" on every health and safety
//! question, and an unanswered detail never hides a point the rest of the answers call for,
//! since a question to a clinician costs little and a missed warning can cost a lot.

use super::answers::{Answers, DrinkingDays, LastUse, Pregnancy, Substance, Treatment, YesNo};
use super::ids::flag;

/// Declares every flag once, in the order the screen shows them: its id (named by the content,
/// so a flag missing from `flags.toml` fails the build), the About you questions its rule reads
/// (the summary and the safety notes show these answers as the reason; `tests/flags.rs` checks
/// that each of them matters to the rule and that no other question does), and the rule.
macro_rules! flags {
    ($($variant:ident = $id:expr, reads $inputs:expr, raised by $rule:expr;)+) => {
        /// One safety point. The id matches `content/<language>/flags.toml`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
        pub enum Flag {
            $($variant,)+
        }

        impl Flag {
            /// Every flag, in the order the screen shows them.
            pub const ALL: [Flag; [$(stringify!($variant)),+].len()] = [$(Flag::$variant),+];

            /// The stable id used in content, in `data-flag`, and in the docs.
            pub fn id(self) -> &'static str {
                match self {
                    $(Flag::$variant => $id,)+
                }
            }

            /// The About you questions (saved field names) whose answers this flag's rule reads.
            pub fn inputs(self) -> &'static [&'static str] {
                match self {
                    $(Flag::$variant => &$inputs,)+
                }
            }

            /// Whether the answers raise this flag.
            pub fn raised_by(self, a: &Answers) -> bool {
                let rule: fn(&Answers) -> bool = match self {
                    $(Flag::$variant => $rule,)+
                };
                rule(a)
            }
        }
    };
}

// Most urgent first: a crisis, then the dangers that can kill within hours (overdose, alcohol
// withdrawal, mixing sedatives).
flags! {
    Crisis = flag::CRISIS, reads ["self_harm"], raised by |a| yes_or_unsure(a.self_harm);
    OverdoseAfterStopping = flag::OVERDOSE_AFTER_STOPPING, reads ["substance", "treatment"],
        raised by |a| a.opioids() || a.treatment == Some(Treatment::Naltrexone);
    // Stopping or cutting down after long heavy drinking can bring dangerous withdrawal,
    // whatever the goal. Past seizures (yes or not sure) raise it on their own; otherwise
    // heavy drinking on most days, unless an answer rules it out.
    AlcoholWithdrawal = flag::ALCOHOL_WITHDRAWAL,
        reads ["substance", "drinking_days", "heavy_drinking", "withdrawal_seizures"],
        raised by |a| {
            a.alcohol() && (yes_or_unsure(a.withdrawal_seizures) || heavy_on_most_days(a))
        };
    // Methadone and buprenorphine with alcohol or sedatives can stop breathing. People on
    // them are not asked about drinking, so being on one is enough.
    Sedatives = flag::SEDATIVES, reads ["substance", "sedatives", "treatment"],
        raised by |a| {
            yes_or_unsure(a.sedatives) || a.substance == Some(Substance::Both) || on_agonist(a)
        };
    // Opioids may still be in the body: naltrexone could cause sudden withdrawal. Only a
    // last use over two weeks ago rules it out; "prefer not to say" and no answer do not.
    OpioidsRecent = flag::OPIOIDS_RECENT, reads ["substance", "last_opioid_use", "treatment"],
        raised by |a| {
            on_agonist(a) || (a.opioids() && a.last_opioid_use != Some(LastUse::OverTwoWeeks))
        };
    OnAgonistTreatment = flag::ON_AGONIST_TREATMENT, reads ["treatment"], raised by on_agonist;
    NeedsOpioidPainRelief = flag::NEEDS_OPIOID_PAIN_RELIEF, reads ["pain_medicine"],
        raised by |a| yes_or_unsure(a.pain_medicine);
    Pregnancy = flag::PREGNANCY, reads ["pregnancy"],
        raised by |a| {
            matches!(
                a.pregnancy,
                Some(Pregnancy::Pregnant | Pregnancy::Breastfeeding | Pregnancy::MayBecome)
            )
        };
    // Whatever the goal: a person who means to keep drinking some most needs to know that
    // any drink on disulfiram causes the reaction.
    DisulfiramReaction = flag::DISULFIRAM_REACTION, reads ["substance"], raised by Answers::alcohol;
    Liver = flag::LIVER, reads ["liver"], raised by |a| yes_or_unsure(a.liver);
    // Acamprosate and topiramate (alcohol only) depend on the kidneys: raised unless the
    // person asked about opioids only.
    Kidney = flag::KIDNEY, reads ["substance", "kidney"],
        raised by |a| yes_or_unsure(a.kidney) && a.substance != Some(Substance::Opioids);
}

/// "Not sure" counts like "yes" on every health and safety question.
fn yes_or_unsure(v: Option<YesNo>) -> bool {
    matches!(v, Some(YesNo::Yes | YesNo::NotSure))
}

/// On methadone or buprenorphine now.
fn on_agonist(a: &Answers) -> bool {
    matches!(
        a.treatment,
        Some(Treatment::Methadone | Treatment::Buprenorphine)
    )
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
