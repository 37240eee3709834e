//! The Yew interface. Everything here runs in the browser only.

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod pages;
mod reducible;
pub mod route;
mod text;
