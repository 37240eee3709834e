//! The answers a person gives on the About you screen. Every question is optional: `None`
//! means not answered, and "prefer not to say" is an answer of its own.

use serde::{Deserialize, Serialize};

/// What the person wants help with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Substance {
    Alcohol,
    Opioids,
    Both,
    PreferNotToSay,
}

impl Substance {
    /// Every value, in the order the question shows them.
    pub const ALL: [Substance; 4] = [
        Substance::Alcohol,
        Substance::Opioids,
        Substance::Both,
        Substance::PreferNotToSay,
    ];

    /// A stable id, the same as in saved data.
    pub fn id(self) -> &'static str {
        match self {
            Substance::Alcohol => "alcohol",
            Substance::Opioids => "opioids",
            Substance::Both => "both",
            Substance::PreferNotToSay => "prefer-not-to-say",
        }
    }

    /// The value with this id.
    pub fn from_id(id: &str) -> Option<Substance> {
        Substance::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// What the person is aiming for right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Goal {
    Stop,
    CutDown,
    NotSure,
    PreferNotToSay,
}

impl Goal {
    /// Every value, in the order the question shows them.
    pub const ALL: [Goal; 4] = [
        Goal::Stop,
        Goal::CutDown,
        Goal::NotSure,
        Goal::PreferNotToSay,
    ];

    /// A stable id, the same as in saved data.
    pub fn id(self) -> &'static str {
        match self {
            Goal::Stop => "stop",
            Goal::CutDown => "cut-down",
            Goal::NotSure => "not-sure",
            Goal::PreferNotToSay => "prefer-not-to-say",
        }
    }

    /// The value with this id.
    pub fn from_id(id: &str) -> Option<Goal> {
        Goal::ALL.into_iter().find(|g| g.id() == id)
    }
}

/// All answers from the About you screen. New questions are added as new fields with
/// `#[serde(default)]`, so older saved data still reads without a schema change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    pub substance: Option<Substance>,
    pub goal: Option<Goal>,
}

impl Answers {
    /// How many questions have an answer (including "prefer not to say").
    pub fn count(&self) -> usize {
        usize::from(self.substance.is_some()) + usize::from(self.goal.is_some())
    }

    /// True when nothing has been answered.
    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }
}
