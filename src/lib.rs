//! Recovery Options: a private decision aid for medicines for alcohol and opioid use disorder.
//!
//! Layers, top to bottom; a module imports only from the layers below it, never above:
//!
//! - [`ui`]: Yew screens and components, the router, and the one effect that saves (also
//!   compiled natively, to render the first screen into `index.html` at build time).
//! - [`route`]: the screens' addresses, titles and menu labels (pure).
//! - [`embed`]: settings for clinics that host the guide (pure parsing).
//! - [`storage`]: the saved-data envelope and its migrations (pure), the backends (browser).
//! - [`state`]: [`state::AppState`], its typed [`state::Action`]s and the pure `apply`.
//! - [`content`]: every text and fact as typed data, per language.
//! - [`domain`]: pure rules about answers.
//!
//! `domain`, `state`, `content`, `embed`, `route` and the pure half of `storage` never import yew,
//! web-sys, gloo or js-sys, so `cargo test` checks them natively (`tests/architecture.rs`
//! fails if one does).

pub mod content;
pub mod domain;
pub mod embed;
pub mod route;
pub mod state;
pub mod storage;
pub mod ui;
