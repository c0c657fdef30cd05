//! Product content as data: questions, model profiles and interface text.
pub mod models;
pub mod questions;
pub mod ui;
