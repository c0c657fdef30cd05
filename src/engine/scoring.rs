//! Scoring: how well each model fits an answer set.
//!
//! Each option gives every model a weight. A model's raw points are the sum
//! over questions of (chosen weight − lowest weight that question can give
//! the model); its span is the sum of (highest − lowest). Fit = points / span:
//! the share of the evidence the questionnaire could show for that model
//! that these answers do show. Models are compared on that exact fraction
//! (integer cross-multiplication, no floating point), so ties are real ties
//! and the tie-break in [`CollaborationModel::TIE_BREAK_ORDER`] settles them.

use std::cmp::Ordering;

use super::answers::CompleteAnswers;
use super::model::CollaborationModel;
use super::questionnaire::QUESTIONS;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ModelScore {
    pub model: CollaborationModel,
    pub points: u32,
    pub span: u32,
}

impl ModelScore {
    /// Fit as a whole percentage, rounded half up, for display.
    pub fn fit_percent(&self) -> u8 {
        ((self.points * 200 + self.span) / (2 * self.span)) as u8
    }

    /// Exact fit as a fraction, for computations that must not round.
    pub fn fit(&self) -> f64 {
        f64::from(self.points) / f64::from(self.span)
    }

    /// Compares exact fits.
    pub fn cmp_fit(&self, other: &ModelScore) -> Ordering {
        (u64::from(self.points) * u64::from(other.span))
            .cmp(&(u64::from(other.points) * u64::from(self.span)))
    }
}

/// The three model scores and their ranking, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// Indexed like [`CollaborationModel::ALL`].
    pub scores: [ModelScore; 3],
    pub ranking: [CollaborationModel; 3],
}

impl Evaluation {
    pub fn recommended(&self) -> CollaborationModel {
        self.ranking[0]
    }

    pub fn runner_up(&self) -> CollaborationModel {
        self.ranking[1]
    }

    pub fn score(&self, model: CollaborationModel) -> &ModelScore {
        &self.scores[model.index()]
    }

    /// Fit of the recommendation minus fit of the runner-up, in percentage
    /// points (exact, not rounded).
    pub fn margin_points(&self) -> f64 {
        (self.score(self.recommended()).fit() - self.score(self.runner_up()).fit()) * 100.0
    }
}

pub fn evaluate(answers: &CompleteAnswers) -> Evaluation {
    let scores = CollaborationModel::ALL.map(|model| {
        let (points, span) =
            QUESTIONS
                .iter()
                .enumerate()
                .fold((0u32, 0u32), |(points, span), (q, question)| {
                    let (min, max) = question.weight_range(model);
                    let chosen = answers.option(q).weights.for_model(model);
                    (
                        points + u32::from(chosen - min),
                        span + u32::from(max - min),
                    )
                });
        ModelScore {
            model,
            points,
            span,
        }
    });
    Evaluation {
        scores,
        ranking: rank(&scores),
    }
}

/// Orders models best first: by exact fit, then by the tie-break order.
pub fn rank(scores: &[ModelScore; 3]) -> [CollaborationModel; 3] {
    let mut ranking = CollaborationModel::ALL;
    ranking.sort_by(|a, b| {
        scores[b.index()]
            .cmp_fit(&scores[a.index()])
            .then(a.tie_break_rank().cmp(&b.tie_break_rank()))
    });
    ranking
}
