//! The decision engine: questionnaire, answers, scoring, explanation and
//! flow. Plain Rust with no web types, so all of it is tested natively.
pub mod answer_file;
pub mod answers;
pub mod early_visit;
pub mod explanation;
pub mod flow;
pub mod lang;
pub mod model;
pub mod notice;
pub mod plan;
pub mod progress;
pub mod questionnaire;
pub mod recommendation;
pub mod scoring;
pub mod screen;
pub mod sensitivity;
pub mod share_code;
pub mod team;
pub mod team_file;
pub mod wording;

pub(crate) use advisor_content::sort_small;
