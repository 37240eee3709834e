//! Pure rules: a person's answers and the Quick exit shortcut. No browser, no framework.

pub mod answers;
pub mod shortcut;
