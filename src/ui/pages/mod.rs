//! One module per screen.

pub mod about;
pub mod about_you;
pub mod check;
pub mod compare;
pub mod for_clinics;
pub mod library;
pub mod lock_screen;
pub mod my_data;
pub mod my_visit;
pub mod not_found;
pub mod things_to_raise;
pub mod welcome;
pub mod what_matters;
