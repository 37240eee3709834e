//! The answers a person gives on the About you screen. Every question is optional: `None`
//! means not answered, and "prefer not to say" is an answer of its own.

/// Declares an answer type: a kebab-case id for each value (the same as in saved data), the
/// values in the order the question shows them, and lookups both ways. Saved data holds the id
/// as a string (see `storage::shape`).
macro_rules! answer {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            /// Every value, in the order the question shows them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// A stable id, the same as in saved data.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }

            /// The value with this id.
            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.id() == id)
            }
        }
    };
}

answer! {
    /// What the person wants help with.
    Substance { Alcohol = "alcohol", Opioids = "opioids", Both = "both", PreferNotToSay = "prefer-not-to-say" }
}

answer! {
    /// What the person is aiming for right now.
    Goal { Stop = "stop", CutDown = "cut-down", NotSure = "not-sure", PreferNotToSay = "prefer-not-to-say" }
}

answer! {
    /// A yes-or-no question that also allows "not sure" and "prefer not to say".
    YesNo { Yes = "yes", No = "no", NotSure = "not-sure", PreferNotToSay = "prefer-not-to-say" }
}

answer! {
    /// How often the person drinks.
    DrinkingDays {
        Daily = "daily",
        FewDaysAWeek = "few-days-a-week",
        WeeklyOrLess = "weekly-or-less",
        PreferNotToSay = "prefer-not-to-say",
    }
}

answer! {
    /// When opioids were last used.
    LastUse {
        Today = "today",
        ThisWeek = "this-week",
        OneToTwoWeeks = "one-to-two-weeks",
        OverTwoWeeks = "over-two-weeks",
        PreferNotToSay = "prefer-not-to-say",
    }
}

answer! {
    /// Which kind of opioid, which changes how long naltrexone must wait (the Things to raise
    /// screen says which wait applies).
    OpioidKind {
        ShortActing = "short-acting",
        Fentanyl = "fentanyl",
        LongActing = "long-acting",
        NotSure = "not-sure",
        PreferNotToSay = "prefer-not-to-say",
    }
}

answer! {
    /// Treatment the person is on now.
    Treatment {
        Methadone = "methadone",
        Buprenorphine = "buprenorphine",
        Naltrexone = "naltrexone",
        None = "none",
        PreferNotToSay = "prefer-not-to-say",
    }
}

answer! {
    /// Pregnancy and breastfeeding.
    Pregnancy {
        Pregnant = "pregnant",
        Breastfeeding = "breastfeeding",
        MayBecome = "may-become",
        No = "no",
        PreferNotToSay = "prefer-not-to-say",
    }
}

/// All answers from the About you screen. Unanswered questions are left out of saved data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub substance: Option<Substance>,
    pub goal: Option<Goal>,
    /// Alcohol: how often.
    pub drinking_days: Option<DrinkingDays>,
    /// Alcohol: often drinks a lot on drinking days.
    pub heavy_drinking: Option<YesNo>,
    /// Alcohol: ever had a seizure or delirium when stopping drinking.
    pub withdrawal_seizures: Option<YesNo>,
    pub last_opioid_use: Option<LastUse>,
    pub opioid_kind: Option<OpioidKind>,
    pub treatment: Option<Treatment>,
    pub pregnancy: Option<Pregnancy>,
    pub liver: Option<YesNo>,
    pub kidney: Option<YesNo>,
    /// Needs, or may soon need, opioid pain medicine (for example for surgery).
    pub pain_medicine: Option<YesNo>,
    /// Takes benzodiazepines, sleeping pills or other sedatives.
    pub sedatives: Option<YesNo>,
    /// Recent thoughts of self-harm.
    pub self_harm: Option<YesNo>,
    /// Could get to a clinic most days.
    pub daily_clinic: Option<YesNo>,
    pub insurance: Option<YesNo>,
}

impl Answers {
    /// True when alcohol is part of what the person wants help with (or unknown).
    pub fn alcohol(&self) -> bool {
        matches!(self.substance, Some(Substance::Alcohol | Substance::Both))
    }

    /// True when opioids are part of what the person wants help with.
    pub fn opioids(&self) -> bool {
        matches!(self.substance, Some(Substance::Opioids | Substance::Both))
    }

    /// How many questions have an answer (including "prefer not to say").
    pub fn count(&self) -> usize {
        let yes_no = [
            self.heavy_drinking,
            self.withdrawal_seizures,
            self.liver,
            self.kidney,
            self.pain_medicine,
            self.sedatives,
            self.self_harm,
            self.daily_clinic,
            self.insurance,
        ];
        usize::from(self.substance.is_some())
            + usize::from(self.goal.is_some())
            + usize::from(self.drinking_days.is_some())
            + usize::from(self.last_opioid_use.is_some())
            + usize::from(self.opioid_kind.is_some())
            + usize::from(self.treatment.is_some())
            + usize::from(self.pregnancy.is_some())
            + yes_no.iter().filter(|a| a.is_some()).count()
    }
}
