//! What each model means and what to do first: the model profiles (content
//! in `content::models`) and the tailoring of first steps to the answers.

use super::answers::CompleteAnswers;
use super::lang::Text;
use super::model::CollaborationModel;

/// An answer condition: the question `question` was answered with one of
/// `options`.
#[derive(Debug)]
pub struct AnswerIs {
    pub question: &'static str,
    pub options: &'static [&'static str],
}

impl AnswerIs {
    pub fn holds(&self, answers: &CompleteAnswers) -> bool {
        answers.answer_is(self.question, self.options)
    }
}

#[derive(Debug)]
pub struct PlanStep {
    pub text: Text,
    /// The step is left out when any of these holds: the company has
    /// already done it, or it does not apply (e.g. there is no CMO to seat).
    pub moot_when: &'static [AnswerIs],
}

#[derive(Debug)]
pub struct ModelProfile {
    pub model: CollaborationModel,
    pub name: Text,
    pub short_name: Text,
    /// What the model is and which companies it suits, in a few sentences.
    pub summary: Text,
    pub steps: &'static [PlanStep],
    pub risks: &'static [Text],
}

pub use super::content::models::profile;

/// The model's first steps, leaving out those the answers make moot.
pub fn first_steps(model: CollaborationModel, answers: &CompleteAnswers) -> Vec<&'static PlanStep> {
    profile(model).steps.iter().filter(|step| !step.moot_when.iter().any(|c| c.holds(answers))).collect()
}
