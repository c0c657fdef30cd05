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
use super::lang::Lang;
use super::model::CollaborationModel;
use super::questionnaire::{fill, AnswerOption, Question, Questionnaire};
use super::scoring::Evaluation;

/// Most answers a suggested change may touch. The search below tries every
/// single change, then every pair: raising this means adding a level to it.
pub const MAX_CHANGES: usize = 2;
const _: () = assert!(MAX_CHANGES == 2, "alternatives() searches single changes and pairs only");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerChange {
    pub questionnaire: &'static Questionnaire,
    pub question: usize,
    pub option: usize,
}

impl AnswerChange {
    pub fn question(&self) -> &'static Question {
        self.questionnaire.question(self.question)
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

impl Alternative {
    /// The change in plain words, e.g. "If your IT team had dedicated
    /// capacity for marketing projects, model 3 would fit best."
    pub fn sentence(&self, questionnaire: &Questionnaire, lang: Lang) -> String {
        let texts = questionnaire.texts();
        let conditions = self.changes.iter().map(|c| c.option().condition.get(lang).to_owned());
        let template = match (self.tips, self.changes.len()) {
            (true, 1) => texts.if_one(),
            (true, _) => texts.if_two(),
            (false, 2) => texts.closest(),
            (false, _) => texts.out_of_reach(),
        };
        let mut values = vec![("n", self.model.number().to_string())];
        values.extend(["a", "b"].into_iter().zip(conditions));
        fill(template.get(lang), &values)
    }
}

/// An answer different from the current one, with what it would add to
/// each model's points and how many option steps it moves.
#[derive(Clone, Copy)]
struct Candidate {
    change: AnswerChange,
    delta: [i32; 3],
    steps: u32,
}

/// The best change found so far for one model: which candidates (one or
/// two), how many steps, and the model's standing afterwards.
#[derive(Clone, Copy)]
struct Best {
    first: usize,
    second: Option<usize>,
    steps: u32,
    standing: f64,
}

impl Best {
    /// Fewest steps first, then the best standing; the first found wins a
    /// tie, and candidates come in question and option order.
    fn offer(best: &mut Option<Best>, found: Best) {
        let better = match best {
            None => true,
            Some(b) => found.steps < b.steps || (found.steps == b.steps && found.standing > b.standing),
        };
        if better {
            *best = Some(found);
        }
    }
}

/// One alternative per model other than the recommendation, runner-up first.
pub fn alternatives(answers: &CompleteAnswers, evaluation: &Evaluation) -> Vec<Alternative> {
    let candidates = lever_candidates(answers);
    let scores = Scores::of(evaluation);
    evaluation.ranking[1..]
        .iter()
        .map(|&model| {
            let target = model.index();
            let mut best = None;
            for (i, c) in candidates.iter().enumerate() {
                if scores.tops(c.delta, target) {
                    Best::offer(
                        &mut best,
                        Best { first: i, second: None, steps: c.steps, standing: scores.standing(c.delta, target) },
                    );
                }
            }
            let mut tips = best.is_some();
            if !tips {
                let mut closest = None;
                for (i, a) in candidates.iter().enumerate() {
                    for (j, b) in candidates.iter().enumerate().skip(i + 1) {
                        if a.change.question == b.change.question {
                            continue;
                        }
                        let delta = [a.delta[0] + b.delta[0], a.delta[1] + b.delta[1], a.delta[2] + b.delta[2]];
                        let standing = scores.standing(delta, target);
                        let pair = Best { first: i, second: Some(j), steps: a.steps + b.steps, standing };
                        if scores.tops(delta, target) {
                            Best::offer(&mut best, pair);
                        } else if best.is_none() {
                            // Out of reach so far: keep the pair that leaves the smallest gap.
                            Best::offer(&mut closest, Best { steps: 0, ..pair });
                        }
                    }
                }
                tips = best.is_some();
                best = best.or(closest);
            }
            Alternative {
                model,
                changes: best
                    .map(|b| std::iter::once(b.first).chain(b.second).map(|k| candidates[k].change).collect())
                    .unwrap_or_default(),
                tips,
            }
        })
        .collect()
}

/// Every lever answer that differs from the current one.
fn lever_candidates(answers: &CompleteAnswers) -> Vec<Candidate> {
    let questionnaire = answers.questionnaire();
    let table = &questionnaire.gains;
    let mut candidates = Vec::with_capacity(64);
    for (question, q) in questionnaire.questions().iter().enumerate().filter(|(_, q)| q.lever) {
        let chosen = answers.option_index(question);
        let now = table.gains(question, chosen);
        for option in (0..q.options.len()).filter(|&o| o != chosen) {
            let then = table.gains(question, option);
            candidates.push(Candidate {
                change: AnswerChange { questionnaire, question, option },
                delta: [0, 1, 2].map(|m| i32::from(then[m]) - i32::from(now[m])),
                steps: option.abs_diff(chosen) as u32,
            });
        }
    }
    candidates
}

/// Current points and spans, to test changes without re-ranking.
struct Scores {
    points: [i64; 3],
    spans: [i64; 3],
}

impl Scores {
    fn of(evaluation: &Evaluation) -> Scores {
        Scores {
            points: evaluation.scores.map(|s| i64::from(s.points)),
            spans: evaluation.scores.map(|s| i64::from(s.span)),
        }
    }

    /// With `delta` applied, whether model `target` would be recommended:
    /// it beats every other model on exact fit, or ties and wins the
    /// tie-break.
    fn tops(&self, delta: [i32; 3], target: usize) -> bool {
        let mine = self.points[target] + i64::from(delta[target]);
        let rank = CollaborationModel::ALL[target].tie_break_rank();
        (0..3).filter(|&m| m != target).all(|m| {
            let theirs = self.points[m] + i64::from(delta[m]);
            let (lhs, rhs) = (mine * self.spans[m], theirs * self.spans[target]);
            lhs > rhs || (lhs == rhs && rank < CollaborationModel::ALL[m].tie_break_rank())
        })
    }

    /// With `delta` applied: `target`'s fit minus the best other model's
    /// fit (positive when `target` leads).
    fn standing(&self, delta: [i32; 3], target: usize) -> f64 {
        let fit = |m: usize| (self.points[m] + i64::from(delta[m])) as f64 / self.spans[m] as f64;
        let best_other = (0..3).filter(|&m| m != target).map(fit).fold(f64::MIN, f64::max);
        fit(target) - best_other
    }
}
