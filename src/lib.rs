//! CIO–CMO Collaboration Advisor.
//!
//! `engine` is the decision engine in plain Rust; `web` renders it with Yew:
//! in the browser, and natively to build the first screens' HTML.
pub mod embed;
pub mod engine;

pub mod web;
