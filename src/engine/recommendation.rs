//! The whole answer for one complete answer set: evaluation, reasons and
//! tailored first steps. Renderers take everything from here.

use super::answers::CompleteAnswers;
use super::explanation::{reasons, Reason};
use super::model::CollaborationModel;
use super::plan::first_steps;
use super::questionnaire::{ModelProfile, PlanStep, Questionnaire};
use super::scoring::{evaluate, Confidence, Evaluation};
use super::sensitivity::{alternatives, Alternative};

#[derive(Clone, Debug)]
pub struct Recommendation {
    pub answers: CompleteAnswers,
    pub evaluation: Evaluation,
    pub reasons: Vec<Reason>,
    pub first_steps: Vec<&'static PlanStep>,
    /// What would make each other model the recommendation, runner-up first.
    pub alternatives: Vec<Alternative>,
}

/// A recommendation is a pure function of its answers.
impl PartialEq for Recommendation {
    fn eq(&self, other: &Self) -> bool {
        self.answers == other.answers
    }
}

impl Recommendation {
    pub fn model(&self) -> CollaborationModel {
        self.evaluation.recommended()
    }

    pub fn questionnaire(&self) -> &'static Questionnaire {
        self.answers.questionnaire()
    }

    pub fn profile(&self) -> &'static ModelProfile {
        self.questionnaire().profile(self.model())
    }

    pub fn confidence(&self) -> Confidence {
        self.evaluation.confidence()
    }
}

pub fn recommend(answers: &CompleteAnswers) -> Recommendation {
    let evaluation = evaluate(answers);
    Recommendation {
        answers: *answers,
        reasons: reasons(answers, &evaluation),
        first_steps: first_steps(evaluation.recommended(), answers),
        alternatives: alternatives(answers, &evaluation),
        evaluation,
    }
}
