//! Settings for the place that hosts the guide. Pure: the page address is passed in.

pub mod settings;
