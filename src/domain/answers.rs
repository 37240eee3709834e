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

            /// The id of every value, in the same order.
            pub const IDS: &'static [&'static str] = &[$($id),+];

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

/// Where a question sits on the About you screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Use,
    Health,
    Practical,
}

/// When a question is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asked {
    Always,
    /// Once the person says alcohol is part of it.
    IfAlcohol,
    /// Once the person says opioids are part of it.
    IfOpioids,
}

/// An About you question as the code knows it. Its words are in the content, under its name.
#[derive(Debug)]
pub struct QuestionDef {
    /// The saved field, and the question's id in the content.
    pub name: &'static str,
    pub section: Section,
    pub asked: Asked,
    /// The ids of its answers, in the order shown.
    pub answers: &'static [&'static str],
}

/// Declares every About you question once, in the order asked: the answers' struct, the typed
/// change to one answer, the table the screen, the summary and saved data are drawn from, and
/// the lookups by name. Adding a question is one line here plus its words in the content (and
/// its answer type above, if it has new answers).
macro_rules! questions {
    ($($(#[$doc:meta])* $field:ident: $ty:ident => $change:ident, $section:ident, $asked:ident;)+) => {
        /// All answers from the About you screen. Unanswered questions are left out of saved
        /// data.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct Answers {
            $($(#[$doc])* pub $field: Option<$ty>,)+
        }

        /// A change to one answer; `None` clears it.
        #[derive(Clone, Debug, PartialEq)]
        pub enum AnswerChange {
            $($change(Option<$ty>),)+
        }

        /// Every About you question, in the order asked.
        pub const QUESTIONS: &[QuestionDef] = &[$(QuestionDef {
            name: stringify!($field),
            section: Section::$section,
            asked: Asked::$asked,
            answers: $ty::IDS,
        },)+];

        impl Answers {
            /// The id of the answer to the question named `name`, if there is one.
            pub fn answer_id(&self, name: &str) -> Option<&'static str> {
                match name {
                    $(stringify!($field) => self.$field.map($ty::id),)+
                    _ => None,
                }
            }

            /// How many questions have an answer (including "prefer not to say").
            pub fn count(&self) -> usize {
                [$(self.$field.is_some()),+].iter().filter(|answered| **answered).count()
            }

            /// Makes one change.
            pub fn apply(&mut self, change: AnswerChange) {
                match change {
                    $(AnswerChange::$change(v) => self.$field = v,)+
                }
            }
        }

        impl AnswerChange {
            /// The change for a question by its name and an answer id; `None` clears. `None`
            /// back for an unknown name or answer, so hostile input changes nothing.
            pub fn from_ids(name: &str, value: Option<&str>) -> Option<AnswerChange> {
                match name {
                    $(stringify!($field) => Some(AnswerChange::$change(match value {
                        None => None,
                        Some(id) => Some($ty::from_id(id)?),
                    })),)+
                    _ => None,
                }
            }
        }
    };
}

questions! {
    substance: Substance => Substance, Use, Always;
    goal: Goal => Goal, Use, Always;
    /// Alcohol: how often.
    drinking_days: DrinkingDays => DrinkingDays, Use, IfAlcohol;
    /// Alcohol: often drinks a lot on drinking days.
    heavy_drinking: YesNo => HeavyDrinking, Use, IfAlcohol;
    /// Alcohol: ever had a seizure or delirium when stopping drinking.
    withdrawal_seizures: YesNo => WithdrawalSeizures, Use, IfAlcohol;
    last_opioid_use: LastUse => LastOpioidUse, Use, IfOpioids;
    opioid_kind: OpioidKind => OpioidKind, Use, IfOpioids;
    treatment: Treatment => Treatment, Use, Always;
    pregnancy: Pregnancy => Pregnancy, Health, Always;
    liver: YesNo => Liver, Health, Always;
    kidney: YesNo => Kidney, Health, Always;
    /// Needs, or may soon need, opioid pain medicine (for example for surgery).
    pain_medicine: YesNo => PainMedicine, Health, Always;
    /// Takes benzodiazepines, sleeping pills or other sedatives.
    sedatives: YesNo => Sedatives, Health, Always;
    /// Recent thoughts of self-harm.
    self_harm: YesNo => SelfHarm, Health, Always;
    /// Could get to a clinic most days.
    daily_clinic: YesNo => DailyClinic, Practical, IfOpioids;
    insurance: YesNo => Insurance, Practical, Always;
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

    /// Whether the question applies to these answers (and is shown).
    pub fn asks(&self, question: &QuestionDef) -> bool {
        match question.asked {
            Asked::Always => true,
            Asked::IfAlcohol => self.alcohol(),
            Asked::IfOpioids => self.opioids(),
        }
    }
}
