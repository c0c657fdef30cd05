//! "What would change this", and what the result hinges on.
//!
//! For each model that was not recommended, the smallest set of *moves* (at
//! most [`MAX_CHANGES`]) that would make it the recommendation. A move is
//! what a leadership team would do: a lever answer stepped up to one of the
//! options its content allows (`Question::moves`: `movesTo`, by default any
//! later option — more capability, alignment or readiness), never down.
//! Facts (size, revenue) never move, and neither does a "not sure" answer:
//! finding it out is not a decision, and [`unknowns`] covers it.
//!
//! Among the move sets that work, the smallest wins: fewer answers, then
//! fewer steps (`Question::moves` gives each move's cost), then the larger
//! lead the model would have, then question and option order. Where none works, the result says why: the
//! model is closed by a precondition the company does not meet (what is
//! missing, and what would open it), or it is out of reach by such steps
//! (the content's reason), with the two questions the result hinges on.

use super::answers::{Choice, CompleteAnswers};
use super::lang::Lang;
use super::model::CollaborationModel;
use super::plan::unmet_preconditions;
use super::questionnaire::{fill, Precondition};
use super::scoring::{evaluate, Evaluation};
use super::wording::Wording;

/// Most answers a suggested change may touch. The search tries every
/// single move, then every pair: raising this means adding a level to it.
pub const MAX_CHANGES: usize = 2;
const _: () = assert!(MAX_CHANGES == 2, "alternatives() searches single moves and pairs only");

/// How another model could become the recommendation, or why it cannot.
#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    /// These moves (one or two) make it the recommendation.
    Moves(Vec<Choice>),
    /// No move of at most [`MAX_CHANGES`] answers makes it the
    /// recommendation, and a precondition without a fix fails today: the
    /// result says what is missing and what would open it.
    Closed(&'static Precondition),
    /// No move of at most [`MAX_CHANGES`] answers makes it fit best.
    OutOfReach,
}

/// What it would take for `model` to become the recommendation.
#[derive(Clone, Debug, PartialEq)]
pub struct Alternative {
    pub model: CollaborationModel,
    pub route: Route,
}

impl Alternative {
    /// The change in plain words, e.g. "Model 3 would fit best if a few IT
    /// people start supporting marketing regularly."
    pub fn sentence(&self, answers: &CompleteAnswers, wording: &Wording, lang: Lang) -> String {
        let questionnaire = answers.questionnaire();
        let texts = questionnaire.texts();
        let fill_text = |text: &super::lang::Text| wording.text(questionnaire, text, lang);
        let n = ("n", self.model.number().to_string());
        match &self.route {
            Route::Moves(changes) => {
                // Each clause reads for the company as the other move leaves
                // it: with a head of marketing appointed by one move, the
                // other does not appoint one again.
                let others = |c: &Choice| answers.with_choices(changes.iter().filter(|o| *o != c));
                let mut values = vec![n];
                values.extend(["a", "b"].into_iter().zip(changes.iter().map(|c| fill_text(condition(c, &others(c))))));
                let template = if changes.len() == 1 { texts.if_one() } else { texts.if_two() };
                fill(template.get(lang), &values)
            }
            Route::Closed(precondition) => fill(
                texts.closed_model().get(lang),
                &[n, ("missing", fill_text(&precondition.missing)), ("becomes", fill_text(&precondition.becomes))],
            ),
            Route::OutOfReach => fill(
                texts.out_of_reach().get(lang),
                &[n, ("why", fill_text(&questionnaire.profile(self.model).out_of_reach))],
            ),
        }
    }
}

/// A move's condition as it reads for a company with these answers: the
/// first variant whose `when` holds, else the option's own condition.
fn condition(change: &Choice, answers: &CompleteAnswers) -> &'static super::lang::Text {
    let option = change.option();
    option
        .condition_variants
        .iter()
        .find(|variant| answers.meets_any(&variant.when))
        .map_or(&option.condition, |variant| &variant.text)
}

/// Every move these answers allow, in question and option order, with its
/// cost in steps (`Question::moves`).
fn candidates(answers: &CompleteAnswers) -> Vec<(Choice, usize)> {
    let questionnaire = answers.questionnaire();
    let mut found = Vec::with_capacity(48);
    for (question, q) in questionnaire.questions().iter().enumerate().filter(|(_, q)| q.lever) {
        for (option, steps) in q.moves(answers.option_index(question)) {
            found.push((Choice { questionnaire, question, option }, steps));
        }
    }
    found
}

/// With `changes` applied: whether `target` is recommended, and its lead
/// over the best other open model.
fn outcome(answers: &CompleteAnswers, changes: &[Choice], target: CollaborationModel) -> (bool, f64) {
    let evaluation = evaluate(&answers.with_choices(changes));
    (evaluation.recommended() == target, evaluation.lead(target))
}

/// One alternative per model other than the recommendation, in ranking order.
pub fn alternatives(answers: &CompleteAnswers, evaluation: &Evaluation) -> Vec<Alternative> {
    let moves = candidates(answers);
    evaluation.ranking[1..]
        .iter()
        .map(|&model| {
            // (changes, steps, lead): fewest steps, then the largest lead.
            let mut best: Option<(Vec<Choice>, usize, f64)> = None;
            let mut offer = |changes: &[(Choice, usize)]| {
                let cost: usize = changes.iter().map(|(_, steps)| steps).sum();
                let changes: Vec<Choice> = changes.iter().map(|(change, _)| *change).collect();
                let (wins, lead) = outcome(answers, &changes, model);
                let better = best.as_ref().is_none_or(|(_, s, l)| cost < *s || (cost == *s && lead > *l));
                if wins && better {
                    best = Some((changes, cost, lead));
                }
                wins
            };
            let mut single_works = false;
            for a in &moves {
                single_works |= offer(&[*a]);
            }
            if !single_works {
                for (i, a) in moves.iter().enumerate() {
                    for b in moves[i + 1..].iter().filter(|b| b.0.question != a.0.question) {
                        offer(&[*a, *b]);
                    }
                }
            }
            let route = match best {
                Some((changes, _, _)) => Route::Moves(changes),
                None => closing_precondition(answers, model).map_or(Route::OutOfReach, Route::Closed),
            };
            Alternative { model, route }
        })
        .collect()
}

/// The first precondition without a fix that closes `model`, if any.
fn closing_precondition(answers: &CompleteAnswers, model: CollaborationModel) -> Option<&'static Precondition> {
    unmet_preconditions(model, answers).into_iter().find(|p| p.fix.is_none())
}

/// The two lever questions whose answers move the result most: for each,
/// the largest change any other answer would make to the gap between the
/// recommendation and the runner-up. Shown where another model is out of
/// reach, so the reader sees what the recommendation rests on.
pub fn hinges(answers: &CompleteAnswers, evaluation: &Evaluation) -> Vec<usize> {
    let questionnaire = answers.questionnaire();
    let gap = |q: usize, o: usize| evaluation.advantage(questionnaire.gains.gains(q, o));
    let mut weighed: Vec<(usize, i64)> = (0..questionnaire.question_count())
        .filter(|&q| questionnaire.question(q).lever && !answers.option(q).unknown)
        .map(|q| {
            let now = gap(q, answers.option_index(q));
            let most = (0..questionnaire.question(q).known_options()).map(|o| (gap(q, o) - now).abs()).max();
            (q, most.unwrap_or(0))
        })
        .collect();
    super::sort_small(&mut weighed, |a, b| a.1 > b.1);
    weighed.into_iter().take(2).map(|(q, _)| q).collect()
}

/// A "not sure" answer and what knowing it could change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unknown {
    pub question: usize,
    /// For each other model some answers would make the recommendation,
    /// those answers (option indices, in order).
    pub would_change: Vec<(Vec<usize>, CollaborationModel)>,
}

/// Every question answered "not sure", with the answers that would change
/// the recommendation.
pub fn unknowns(answers: &CompleteAnswers, evaluation: &Evaluation) -> Vec<Unknown> {
    let questionnaire = answers.questionnaire();
    (0..questionnaire.question_count())
        .filter(|&q| answers.option(q).unknown)
        .map(|question| {
            let mut would_change: Vec<(Vec<usize>, CollaborationModel)> = Vec::new();
            for option in 0..questionnaire.question(question).known_options() {
                let model = evaluate(&answers.with_answer(question, option)).recommended();
                if model == evaluation.recommended() {
                    continue;
                }
                match would_change.iter_mut().find(|(_, m)| *m == model) {
                    Some((options, _)) => options.push(option),
                    None => would_change.push((vec![option], model)),
                }
            }
            Unknown { question, would_change }
        })
        .collect()
}
