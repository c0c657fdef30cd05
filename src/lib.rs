//! CIO–CMO Collaboration Advisor.
//!
//! `engine` is the decision engine in plain Rust; `web` renders it with Yew
//! and is only built for the browser.
pub mod embed;
pub mod engine;

#[cfg(target_arch = "wasm32")]
pub mod web;
