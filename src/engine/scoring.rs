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
use super::gains::GainTable;
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
        (u64::from(self.points) * u64::from(other.span)).cmp(&(u64::from(other.points) * u64::from(self.span)))
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
    pub fn from_scores(scores: [ModelScore; 3]) -> Evaluation {
        Evaluation { scores, ranking: rank(&scores) }
    }

    pub fn recommended(&self) -> CollaborationModel {
        self.ranking[0]
    }

    pub fn runner_up(&self) -> CollaborationModel {
        self.ranking[1]
    }

    pub fn score(&self, model: CollaborationModel) -> &ModelScore {
        &self.scores[model.index()]
    }

    /// The gap between the two best models as the user sees it: the
    /// difference of the displayed (rounded) percentages.
    pub fn shown_margin(&self) -> u8 {
        self.score(self.recommended()).fit_percent() - self.score(self.runner_up()).fit_percent()
    }

    /// A close call when the two best models are shown fewer than
    /// [`CLOSE_CALL_MARGIN`] percentage points apart. Decided on the shown
    /// figures so the wording never contradicts the chart.
    pub fn confidence(&self) -> Confidence {
        if self.shown_margin() < CLOSE_CALL_MARGIN {
            Confidence::CloseCall
        } else {
            Confidence::ClearFit
        }
    }
}

/// Below this many percentage points between the two best models, the
/// result is worded as a close call naming both.
pub const CLOSE_CALL_MARGIN: u8 = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    ClearFit,
    CloseCall,
}

/// The most points a model can get: the sum of its weight ranges.
pub fn span(model: CollaborationModel) -> u32 {
    GainTable::get().span(model)
}

pub fn evaluate(answers: &CompleteAnswers) -> Evaluation {
    let table = GainTable::get();
    let mut points = [0u32; 3];
    for q in 0..QUESTIONS.len() {
        for (total, gain) in points.iter_mut().zip(table.gains(q, answers.option_index(q))) {
            *total += u32::from(gain);
        }
    }
    Evaluation::from_scores(CollaborationModel::ALL.map(|model| ModelScore {
        model,
        points: points[model.index()],
        span: table.span(model),
    }))
}

/// Orders models best first: by exact fit, then by the tie-break order.
pub fn rank(scores: &[ModelScore; 3]) -> [CollaborationModel; 3] {
    let mut ranking = CollaborationModel::ALL;
    super::sort_small(&mut ranking, |a, b| {
        scores[a.index()].cmp_fit(&scores[b.index()]).then(b.tie_break_rank().cmp(&a.tie_break_rank())).is_gt()
    });
    ranking
}
