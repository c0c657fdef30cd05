//! What to do, and in what order: the fixes for the recommended model's
//! unmet preconditions first, then the model's own steps that apply to
//! these answers (a step is left out when it is moot, and a step meant for
//! some companies only is left out for the others).

use super::answers::CompleteAnswers;
use super::model::CollaborationModel;
use super::questionnaire::{PlanStep, Precondition};

/// The preconditions of `model` that these answers do not meet, in the
/// content's order. For a recommended model these all have a fix.
pub fn unmet_preconditions(model: CollaborationModel, answers: &CompleteAnswers) -> Vec<&'static Precondition> {
    let questionnaire = answers.questionnaire();
    let profile = questionnaire.profile(model);
    (0..profile.preconditions.len())
        .filter(|&p| !questionnaire.gains.precondition_holds(model, p, answers.indices()))
        .map(|p| &profile.preconditions[p])
        .collect()
}

/// The model's plan for these answers: fixes first, then its steps.
pub fn first_steps(model: CollaborationModel, answers: &CompleteAnswers) -> Vec<&'static PlanStep> {
    let profile = answers.questionnaire().profile(model);
    let fixes = unmet_preconditions(model, answers).into_iter().filter_map(|p| p.fix.as_ref());
    let applies = |step: &&PlanStep| {
        !answers.meets_any(&step.moot_when) && (step.only_when.is_empty() || answers.meets_any(&step.only_when))
    };
    fixes.chain(profile.steps.iter().filter(applies)).collect()
}

/// These answers as they would be once `model`'s unmet preconditions are
/// fixed: each answer a fix changes is moved up to the first option that
/// meets it (a leadership move, as in "what would change this"), and an
/// unknown one to the first option that does. (The checker allows a fix
/// only on a precondition of one list of conditions on lever questions.)
pub fn fixed_answers(model: CollaborationModel, answers: &CompleteAnswers) -> CompleteAnswers {
    let questionnaire = answers.questionnaire();
    let mut fixed = *answers;
    for precondition in unmet_preconditions(model, answers) {
        for condition in precondition.holds_when.first().into_iter().flatten() {
            let Some(q) = questionnaire.question_index(&condition.question) else { continue };
            let question = questionnaire.question(q);
            let meets = |o: usize| condition.options.contains(&question.options[o].id);
            let now = fixed.option_index(q);
            if meets(now) {
                continue;
            }
            let target = if question.options[now].unknown {
                (0..question.options.len()).find(|&o| meets(o))
            } else {
                question.moves(now).into_iter().map(|(o, _)| o).find(|&o| meets(o))
            };
            if let Some(option) = target {
                fixed = fixed.with_answer(q, option);
            }
        }
    }
    fixed
}
