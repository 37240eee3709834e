//! Pure rules: answers, safety flags, the Check screen, readability, and the Quick exit
//! shortcut. No browser, no framework: tested natively.

pub mod answers;
pub mod calendar;
pub mod check;
pub mod flags;
pub mod qr;
pub mod readability;
pub mod share;
pub mod shortcut;
pub mod values;
pub mod visit;
