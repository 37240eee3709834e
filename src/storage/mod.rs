//! Saving and reading the state. The envelope, its migrations and the session logic are pure
//! and tested natively; only `web` touches the browser.

pub mod envelope;
pub mod json;
pub mod keys;
pub mod lock;
pub mod session;
pub mod shape;
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod web;
