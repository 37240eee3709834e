//! End-to-end tests: the release build in a real headless Chromium.
//! Needs `dist/` (built by `.ci/dev test`), Chromium and chromedriver.
#![cfg(not(target_arch = "wasm32"))]

mod checks;
mod clinic;
mod embed;
mod flow;
mod harness;
mod language;
mod lock;
mod offline;
#[path = "../support/prose.rs"]
mod prose;
#[path = "../support/qr_read.rs"]
mod qr_read;
mod shell;
mod storage;
mod visit;
