//! Scoring: how well each model fits an answer set. The arithmetic lives
//! with the content model (`advisor_content::scoring`), whose checker uses
//! it to prove every model reachable; this is the engine's entry point.

pub use advisor_content::scoring::{rank, Confidence, Evaluation, ModelScore, CLOSE_CALL_MARGIN};

use super::answers::CompleteAnswers;

pub fn evaluate(answers: &CompleteAnswers) -> Evaluation {
    answers.questionnaire().gains.evaluate(answers.indices())
}
