//! What to do first: the recommended model's steps from the content,
//! leaving out those the answers make moot.

use super::answers::CompleteAnswers;
use super::model::CollaborationModel;
use super::questionnaire::{AnswerIs, PlanStep};

fn holds(condition: &AnswerIs, answers: &CompleteAnswers) -> bool {
    let options: Vec<&str> = condition.options.iter().map(String::as_str).collect();
    answers.answer_is(&condition.question, &options)
}

/// The model's first steps, leaving out those the answers make moot.
pub fn first_steps(model: CollaborationModel, answers: &CompleteAnswers) -> Vec<&'static PlanStep> {
    let profile = answers.questionnaire().profile(model);
    profile.steps.iter().filter(|step| !step.moot_when.iter().any(|c| holds(c, answers))).collect()
}
