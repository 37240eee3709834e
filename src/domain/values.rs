//! How much things matter to a person: one scale for every factor on What matters to me.

/// How much a factor matters to the person, on one scale for every factor. Saved as its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Importance {
    NotImportant,
    Somewhat,
    Very,
}

impl Importance {
    /// The scale, lowest first.
    pub const ALL: [Importance; 3] = [
        Importance::NotImportant,
        Importance::Somewhat,
        Importance::Very,
    ];

    /// A stable id, the same as in saved data.
    pub fn id(self) -> &'static str {
        match self {
            Importance::NotImportant => "not-important",
            Importance::Somewhat => "somewhat",
            Importance::Very => "very",
        }
    }

    /// The value with this id.
    pub fn from_id(id: &str) -> Option<Importance> {
        Importance::ALL.into_iter().find(|i| i.id() == id)
    }
}
