//! The whole answer for one complete answer set: evaluation, reasons,
//! preconditions, the plan, what would change it and what is not known.
//! Renderers take everything from here.

use super::answers::{Choice, CompleteAnswers};
use super::explanation::{facts, reasons};
use super::model::CollaborationModel;
use super::plan::{first_steps, fixed_answers, unmet_preconditions};
use super::questionnaire::{ModelProfile, PlanStep, Precondition, Questionnaire};
use super::scoring::{evaluate, Confidence, Evaluation};
use super::sensitivity::{alternatives, hinges, unknowns, Alternative, Route, Unknown};

#[derive(Clone, Debug)]
pub struct Recommendation {
    pub answers: CompleteAnswers,
    pub evaluation: Evaluation,
    /// The answers to the fact questions: what the company is.
    pub facts: Vec<Choice>,
    /// The lever answers that tipped it.
    pub reasons: Vec<Choice>,
    /// The recommended model's preconditions not yet met; each has a fix,
    /// and the plan starts with those fixes.
    pub prerequisites: Vec<&'static Precondition>,
    pub first_steps: Vec<&'static PlanStep>,
    /// Where another model would fit best once those fixes are done: the
    /// result says so, and to take the questionnaire again then.
    pub after_fixes: Option<CollaborationModel>,
    /// What would make each other model the recommendation, runner-up first.
    pub alternatives: Vec<Alternative>,
    /// The two lever questions the result hinges on, shown when another
    /// model is out of reach.
    pub hinges: Vec<usize>,
    pub unknowns: Vec<Unknown>,
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
    let model = evaluation.recommended();
    let alternatives = alternatives(answers, &evaluation);
    let out_of_reach = alternatives.iter().any(|a| a.route == Route::OutOfReach);
    let prerequisites = unmet_preconditions(model, answers);
    let after_fixes = if prerequisites.is_empty() {
        None
    } else {
        Some(evaluate(&fixed_answers(model, answers)).recommended()).filter(|&m| m != model)
    };
    Recommendation {
        answers: *answers,
        facts: facts(answers),
        reasons: reasons(answers, &evaluation),
        prerequisites,
        first_steps: first_steps(model, answers),
        after_fixes,
        hinges: if out_of_reach { hinges(answers, &evaluation) } else { Vec::new() },
        unknowns: unknowns(answers, &evaluation),
        alternatives,
        evaluation,
    }
}
