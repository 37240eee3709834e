//! One module per screen.

pub mod about_you;
pub mod my_data;
pub mod not_found;
pub mod placeholder;
pub mod welcome;
