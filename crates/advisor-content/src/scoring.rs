//! Scoring: how well each model fits an answer set.
//!
//! Each option gives every model a weight. A model's raw points are the sum
//! over questions of (chosen weight − lowest weight that question can give
//! the model); its span is the sum of (highest − lowest). Fit = points / span:
//! the share of the evidence the questionnaire could show for that model
//! that these answers do show. Models are compared on that exact fraction
//! (integer cross-multiplication, no floating point), so ties are real ties
//! and the tie-break in [`CollaborationModel::TIE_BREAK_ORDER`] settles them.
//!
//! It lives with the content model because the checker uses it to prove
//! that every model is the recommendation for some answer set.

use std::cmp::Ordering;

use crate::model::CollaborationModel;
use crate::Content;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ModelScore {
    pub model: CollaborationModel,
    pub points: u32,
    pub span: u32,
}

impl ModelScore {
    /// Fit as a whole percentage, rounded half up, for display. A model no
    /// answer can favour (span 0) fits 0%.
    pub fn fit_percent(&self) -> u8 {
        if self.span == 0 {
            return 0;
        }
        ((self.points * 200 + self.span) / (2 * self.span)) as u8
    }

    /// Exact fit as a fraction, for computations that must not round.
    pub fn fit(&self) -> f64 {
        if self.span == 0 {
            return 0.0;
        }
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

/// Orders models best first: by exact fit, then by the tie-break order.
pub fn rank(scores: &[ModelScore; 3]) -> [CollaborationModel; 3] {
    let mut ranking = CollaborationModel::ALL;
    crate::sort_small(&mut ranking, |a, b| {
        scores[a.index()].cmp_fit(&scores[b.index()]).then(b.tie_break_rank().cmp(&a.tie_break_rank())).is_gt()
    });
    ranking
}

/// The weights in the form scoring needs them: what each option adds to
/// each model's points, and each model's span, computed once per content.
/// Scoring and the sensitivity search read it thousands of times per result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GainTable {
    /// Per question, per option: the gain for each model.
    gains: Vec<Vec<[u8; 3]>>,
    spans: [u32; 3],
}

impl GainTable {
    pub fn new(content: &Content) -> GainTable {
        let mut spans = [0u32; 3];
        let gains = content
            .questions
            .iter()
            .map(|question| {
                let lowest = CollaborationModel::ALL
                    .map(|m| question.options.iter().map(|o| o.weights[m.index()]).min().unwrap_or(0));
                let highest = CollaborationModel::ALL
                    .map(|m| question.options.iter().map(|o| o.weights[m.index()]).max().unwrap_or(0));
                for m in 0..3 {
                    spans[m] += u32::from(highest[m] - lowest[m]);
                }
                question.options.iter().map(|o| [0, 1, 2].map(|m| o.weights[m] - lowest[m])).collect()
            })
            .collect();
        GainTable { gains, spans }
    }

    /// What option `option` of question `question` adds to each model.
    pub fn gains(&self, question: usize, option: usize) -> [u8; 3] {
        self.gains[question][option]
    }

    pub fn span(&self, model: CollaborationModel) -> u32 {
        self.spans[model.index()]
    }

    pub fn question_count(&self) -> usize {
        self.gains.len()
    }

    pub fn option_count(&self, question: usize) -> usize {
        self.gains[question].len()
    }

    /// Scores an answer set given as one option index per question.
    pub fn evaluate(&self, option_indices: &[u8]) -> Evaluation {
        let mut points = [0u32; 3];
        for (question, &option) in option_indices.iter().enumerate() {
            for (total, gain) in points.iter_mut().zip(self.gains(question, usize::from(option))) {
                *total += u32::from(gain);
            }
        }
        Evaluation::from_scores(CollaborationModel::ALL.map(|model| ModelScore {
            model,
            points: points[model.index()],
            span: self.span(model),
        }))
    }
}
