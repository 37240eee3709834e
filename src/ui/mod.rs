//! The Yew interface. It runs in the browser; natively it only renders the first screen to HTML
//! at build time (`src/bin/prerender.rs`), where no browser call is made.

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod crypto;
pub mod extras;
pub mod handover;
pub mod pages;
mod reducible;
pub mod route;
mod text;
