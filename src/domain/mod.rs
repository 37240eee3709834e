//! Pure rules and names: answers, safety flags, the ids of content items, the Check screen, readability, the visit list, calendar
//! files and share links. No browser, no framework: tested natively.

pub mod answers;
pub mod base64url;
pub mod calendar;
pub mod check;
pub mod flags;
pub mod ids;
pub mod percent;
pub mod qr;
pub mod readability;
pub mod set;
pub mod share;
pub mod values;
pub mod visit;
