//! The Check screen's rules: the SURE test score, and the person's leaning.

use super::set::IdMap;

/// The four SURE items, in order.
pub const SURE_ITEMS: [&str; 4] = ["sure", "understand", "risk-benefit", "encouragement"];

/// The SURE score (one point per "yes"), once all four items are answered.
pub fn sure_score(answers: &IdMap<bool>) -> Option<u8> {
    let mut score = 0;
    for item in SURE_ITEMS {
        score += u8::from(*answers.get(item)?);
    }
    Some(score)
}

/// A score of 3 or less suggests more information or support may help before deciding.
pub fn may_need_support(score: u8) -> bool {
    score <= 3
}

/// Where the person is leaning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Leaning {
    /// An option, by its content id.
    Option(String),
    NotSure,
    DecideLater,
}

/// Whom else the person wants involved.
pub const PEOPLE: [&str; 7] = [
    "partner",
    "family",
    "friend",
    "clinician",
    "counselor",
    "peer",
    "no-one",
];
