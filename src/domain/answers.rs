//! The answers a person gives on the About you screen. Every question is optional: `None`
//! means not answered, and "prefer not to say" is an answer of its own.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Reading a value saved as its id: a string the type knows, or an error (the data is then
/// treated as unreadable and kept as a backup, as for any other wrong shape).
pub(crate) mod id_serde {
    use serde::de::Error;
    use serde::{Deserialize, Deserializer};

    pub fn read<'de, D: Deserializer<'de>, T>(
        deserializer: D,
        from_id: fn(&str) -> Option<T>,
    ) -> Result<T, D::Error> {
        let id = String::deserialize(deserializer)?;
        from_id(&id).ok_or_else(|| D::Error::custom("an answer this guide does not know"))
    }
}

/// Declares an answer type: a kebab-case id for each value (the same as in saved data), the
/// values in the order the question shows them, and lookups both ways. Saved data holds the id
/// as a string (through [`id_serde`], one shared piece of code instead of a derived visitor per
/// type, which cost wasm).
macro_rules! answer {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
        pub enum $name {
            $($variant),+
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                id_serde::read(deserializer, Self::from_id)
            }
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub substance: Option<Substance>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goal: Option<Goal>,
    /// Alcohol: how often.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drinking_days: Option<DrinkingDays>,
    /// Alcohol: often drinks a lot on drinking days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heavy_drinking: Option<YesNo>,
    /// Alcohol: ever had a seizure or delirium when stopping drinking.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withdrawal_seizures: Option<YesNo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_opioid_use: Option<LastUse>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opioid_kind: Option<OpioidKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub treatment: Option<Treatment>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pregnancy: Option<Pregnancy>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub liver: Option<YesNo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kidney: Option<YesNo>,
    /// Needs, or may soon need, opioid pain medicine (for example for surgery).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pain_medicine: Option<YesNo>,
    /// Takes benzodiazepines, sleeping pills or other sedatives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sedatives: Option<YesNo>,
    /// Recent thoughts of self-harm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_harm: Option<YesNo>,
    /// Could get to a clinic most days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub daily_clinic: Option<YesNo>,
    #[serde(skip_serializing_if = "Option::is_none")]
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
