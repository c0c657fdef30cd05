//! "What would change this": for each model that was not recommended, the
//! smallest change of one or two answers that would make it the
//! recommendation.
//!
//! Only answers a company can change by decision are considered (see
//! `Question::lever`): size and revenue are facts. Among the changes that
//! work, the smallest wins, in this order: fewer answers changed; fewer
//! option steps moved in total (one step along an ordered scale is a smaller
//! change than three); the larger lead the new model would then have (a
//! change that only just tips the balance is less telling); then question
//! and option order, so the choice is deterministic.
//!
//! Scores are updated incrementally (each change adds a per-model delta), so
//! trying every pair of changes costs a few thousand additions.

use super::answers::CompleteAnswers;
use super::lang::{Lang, Text};
use super::model::CollaborationModel;
use super::questionnaire::{AnswerOption, Question, QUESTIONS};
use super::scoring::{Evaluation, ModelScore};

/// Most answers a suggested change may touch.
pub const MAX_CHANGES: usize = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerChange {
    pub question: usize,
    pub option: usize,
}

impl AnswerChange {
    pub fn question(&self) -> &'static Question {
        &QUESTIONS[self.question]
    }

    pub fn option(&self) -> &'static AnswerOption {
        &self.question().options[self.option]
    }
}

/// What it would take for `model` to become the recommendation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alternative {
    pub model: CollaborationModel,
    /// With `tips`: the smallest change (one or two answers) that makes
    /// `model` the recommendation. Without: no change of at most
    /// [`MAX_CHANGES`] answers does, and these are the two changes that
    /// would bring `model` closest to the top.
    pub changes: Vec<AnswerChange>,
    pub tips: bool,
}

const IF_ONE: Text = Text::new("Jika {a}, model {n} akan paling cocok.", "If {a}, model {n} would fit best.");
const IF_TWO: Text =
    Text::new("Jika {a} dan {b}, model {n} akan paling cocok.", "If {a} and {b}, model {n} would fit best.");
const CLOSEST: Text = Text::new(
    "Model {n} baru akan paling cocok jika lebih dari dua jawaban berbeda. Dua perubahan yang paling mendekatkannya: jika {a} dan {b}.",
    "Model {n} would fit best only if more than two answers were different. The two changes that would bring it closest: if {a} and {b}.",
);
const OUT_OF_REACH: Text = Text::new(
    "Model {n} baru akan paling cocok jika lebih dari dua jawaban berbeda.",
    "Model {n} would fit best only if more than two answers were different.",
);

impl Alternative {
    /// The change in plain words, e.g. "If your IT team had dedicated
    /// capacity for marketing projects, model 3 would fit best."
    pub fn sentence(&self, lang: Lang) -> String {
        let conditions: Vec<&str> = self.changes.iter().map(|c| c.option().condition.get(lang)).collect();
        let template = match (self.tips, conditions.len()) {
            (true, 1) => IF_ONE,
            (true, _) => IF_TWO,
            (false, 2) => CLOSEST,
            (false, _) => OUT_OF_REACH,
        };
        let mut sentence = template.get(lang).replace("{n}", &self.model.number().to_string());
        for (placeholder, condition) in ["{a}", "{b}"].into_iter().zip(conditions) {
            sentence = sentence.replace(placeholder, condition);
        }
        sentence
    }

    /// The texts this module contributes, for the content tests.
    pub const TEMPLATES: [Text; 4] = [IF_ONE, IF_TWO, CLOSEST, OUT_OF_REACH];
}

/// An answer different from the current one, with what it would add to
/// each model's points and how many option steps it moves.
#[derive(Clone, Copy)]
struct Candidate {
    change: AnswerChange,
    delta: [i32; 3],
    steps: usize,
}

/// One or two candidates taken together.
type Combination = (usize, Option<usize>);

/// One alternative per model other than the recommendation, runner-up first.
pub fn alternatives(answers: &CompleteAnswers, evaluation: &Evaluation) -> Vec<Alternative> {
    let candidates = lever_candidates(answers);
    evaluation.ranking[1..]
        .iter()
        .map(|&model| {
            let standing = |delta: [i32; 3]| standing_of(&evaluation.scores, delta, model);
            let tips = |delta: [i32; 3]| is_top(&evaluation.scores, delta, model);
            let tipping = |combinations: Vec<(Combination, usize, [i32; 3])>| {
                smallest_change(
                    combinations
                        .into_iter()
                        .filter(|(_, _, delta)| tips(*delta))
                        .map(|(c, steps, delta)| (c, steps, standing(delta))),
                )
            };
            let found = tipping(singles(&candidates)).map(|c| (c, true)).or_else(|| {
                let pairs = pairs(&candidates);
                tipping(pairs.clone()).map(|c| (c, true)).or_else(|| {
                    // Out of reach: the pair that leaves the smallest gap, steps aside.
                    smallest_change(pairs.into_iter().map(|(c, _, delta)| (c, 0, standing(delta)))).map(|c| (c, false))
                })
            });
            match found {
                None => Alternative { model, changes: Vec::new(), tips: false },
                Some(((i, j), tips)) => Alternative {
                    model,
                    changes: std::iter::once(i).chain(j).map(|k| candidates[k].change).collect(),
                    tips,
                },
            }
        })
        .collect()
}

/// Every lever answer that differs from the current one.
fn lever_candidates(answers: &CompleteAnswers) -> Vec<Candidate> {
    let mut candidates = Vec::new();
    for (question, q) in QUESTIONS.iter().enumerate().filter(|(_, q)| q.lever) {
        let chosen = answers.option_index(question);
        for option in (0..q.options.len()).filter(|&o| o != chosen) {
            let delta = CollaborationModel::ALL.map(|m| i32::from(q.gain(option, m)) - i32::from(q.gain(chosen, m)));
            candidates.push(Candidate {
                change: AnswerChange { question, option },
                delta,
                steps: option.abs_diff(chosen),
            });
        }
    }
    candidates
}

fn singles(candidates: &[Candidate]) -> Vec<(Combination, usize, [i32; 3])> {
    candidates.iter().enumerate().map(|(i, c)| ((i, None), c.steps, c.delta)).collect()
}

/// Every pair of candidates that change two different questions.
fn pairs(candidates: &[Candidate]) -> Vec<(Combination, usize, [i32; 3])> {
    let mut pairs = Vec::new();
    for (i, a) in candidates.iter().enumerate() {
        for (j, b) in candidates.iter().enumerate().skip(i + 1) {
            if a.change.question != b.change.question {
                pairs.push(((i, Some(j)), a.steps + b.steps, [0, 1, 2].map(|m| a.delta[m] + b.delta[m])));
            }
        }
    }
    pairs
}

/// Fewest steps first, then the best standing; the first found wins a tie,
/// and candidates come in question and option order.
fn smallest_change<K>(found: impl Iterator<Item = (K, usize, f64)>) -> Option<K> {
    found
        .fold(None, |best: Option<(K, usize, f64)>, (key, steps, standing)| match best {
            Some((_, best_steps, best_standing)) if (best_steps, -best_standing) <= (steps, -standing) => best,
            _ => Some((key, steps, standing)),
        })
        .map(|(key, _, _)| key)
}

fn apply(current: &[ModelScore; 3], delta: [i32; 3]) -> Evaluation {
    Evaluation::from_scores(
        current.map(|s| ModelScore { points: (s.points as i32 + delta[s.model.index()]) as u32, ..s }),
    )
}

/// With `delta` applied: `target`'s fit minus the best other model's fit
/// (positive when `target` leads).
fn standing_of(current: &[ModelScore; 3], delta: [i32; 3], target: CollaborationModel) -> f64 {
    let evaluation = apply(current, delta);
    let best_other = CollaborationModel::ALL
        .into_iter()
        .filter(|&m| m != target)
        .map(|m| evaluation.score(m).fit())
        .fold(f64::MIN, f64::max);
    evaluation.score(target).fit() - best_other
}

/// With `delta` applied, whether `target` is the recommendation (this also
/// settles exact ties by the tie-break).
fn is_top(current: &[ModelScore; 3], delta: [i32; 3], target: CollaborationModel) -> bool {
    apply(current, delta).recommended() == target
}
