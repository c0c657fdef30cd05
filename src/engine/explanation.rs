//! The "why": which of the user's own answers drove the recommendation,
//! in two parts. *What your company is*: the answers to fact questions
//! (size, revenue, IT spending, the business model), which the company
//! cannot change by a decision. *What tipped it*: the lever answers
//! (choices and conditions leaders control) that did most for this model,
//! so the reasons never consist of facts alone.
//!
//! An answer's *advantage* is how much it raised the recommended model's fit
//! minus how much it raised the runner-up's. Advantages over all questions
//! add up exactly to the margin between the two, so the answers with the
//! largest advantage are the ones that made this model win rather than the
//! next best. Ranked on exact integers; ties go to the earlier question.

use super::answers::{Choice, CompleteAnswers};
use super::model::CollaborationModel;
use super::scoring::Evaluation;

/// How many reasons the result shows.
pub const REASON_COUNT: usize = 3;

/// The answers to every fact question, in questionnaire order.
pub fn facts(answers: &CompleteAnswers) -> Vec<Choice> {
    let questionnaire = answers.questionnaire();
    (0..questionnaire.question_count())
        .filter(|&q| !questionnaire.question(q).lever)
        .map(|question| answers.choice(question))
        .collect()
}

/// The lever answers that made this model win, most decisive first.
pub fn reasons(answers: &CompleteAnswers, evaluation: &Evaluation) -> Vec<Choice> {
    let (best, next) = (evaluation.recommended(), evaluation.runner_up());
    let questionnaire = answers.questionnaire();
    let count = questionnaire.question_count();
    let gain = |q: usize, model: CollaborationModel| {
        i64::from(questionnaire.gains.gains(q, answers.option_index(q))[model.index()])
    };
    let advantage = |q: usize| evaluation.advantage(questionnaire.gains.gains(q, answers.option_index(q)));

    let levers: Vec<usize> = (0..count).filter(|&q| questionnaire.question(q).lever).collect();
    // Where no other model is open, winning against a closed one says
    // nothing: the answers that support the recommendation most are the
    // reasons.
    let contest = evaluation.is_open(next);
    let mut by_advantage: Vec<usize> = levers.iter().copied().filter(|&q| contest && advantage(q) > 0).collect();
    super::sort_small(&mut by_advantage, |&a, &b| advantage(a) > advantage(b));
    by_advantage.truncate(REASON_COUNT);

    // In a near-tie fewer than three answers separate the two models; then
    // (and where there is no contest) the answers that support the
    // recommendation most complete the list.
    if by_advantage.len() < REASON_COUNT {
        let mut supporting: Vec<usize> =
            levers.into_iter().filter(|q| !by_advantage.contains(q) && gain(*q, best) > 0).collect();
        super::sort_small(&mut supporting, |&a, &b| gain(a, best) > gain(b, best));
        by_advantage.extend(supporting.into_iter().take(REASON_COUNT - by_advantage.len()));
    }

    by_advantage.into_iter().map(|question| answers.choice(question)).collect()
}
