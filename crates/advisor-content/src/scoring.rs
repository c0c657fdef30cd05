//! Scoring: how well each model fits an answer set.
//!
//! Each option gives every model a weight. A model's raw points are the sum
//! over questions of (chosen weight − lowest weight that question can give
//! the model); its span is the sum of (highest − lowest). Fit = points / span:
//! the share of the evidence the questionnaire could show for that model
//! that these answers do show. A "not sure" answer takes its question out
//! of both, so an unknown counts neither for nor against any model. Models
//! are compared on that exact fraction (integer cross-multiplication, no
//! floating point), so ties are real ties and the tie-break in
//! [`CollaborationModel::TIE_BREAK_ORDER`] settles them.
//!
//! Fit ranks the models, but only a model whose preconditions hold is
//! *open*: the recommendation is the best open model. A precondition with
//! a fix never closes a model (its plan starts with the fix), and the
//! checker refuses content where no model is always open, so there is
//! always a recommendation.
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

/// The three model scores and their ranking: open models first, each
/// group best fit first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// Indexed like [`CollaborationModel::ALL`].
    pub scores: [ModelScore; 3],
    /// Whether each model's preconditions without a fix hold.
    pub open: [bool; 3],
    pub ranking: [CollaborationModel; 3],
}

impl Evaluation {
    pub fn from_scores(scores: [ModelScore; 3], open: [bool; 3]) -> Evaluation {
        Evaluation { scores, open, ranking: rank(&scores, &open) }
    }

    pub fn is_open(&self, model: CollaborationModel) -> bool {
        self.open[model.index()]
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

    /// How much an answer with these gains speaks for the recommendation
    /// over the runner-up: its share of the first's span minus its share of
    /// the second's, both scaled by the product of the spans so that it
    /// stays an exact integer. Over all answers these add up to the margin
    /// between the two, likewise scaled.
    pub fn advantage(&self, gains: [u8; 3]) -> i64 {
        let (best, next) = (self.score(self.recommended()), self.score(self.runner_up()));
        i64::from(gains[best.model.index()]) * i64::from(next.span)
            - i64::from(gains[next.model.index()]) * i64::from(best.span)
    }

    /// `target`'s fit minus the best other open model's (positive when it
    /// leads; against no open model, it leads by its fit plus one).
    pub fn lead(&self, target: CollaborationModel) -> f64 {
        let best_other = CollaborationModel::ALL
            .into_iter()
            .filter(|&m| m != target && self.is_open(m))
            .map(|m| self.score(m).fit())
            .fold(-1.0, f64::max);
        self.score(target).fit() - best_other
    }

    /// The gap between the two best open models as the user sees it: the
    /// difference of the displayed (rounded) percentages.
    pub fn shown_margin(&self) -> u8 {
        self.score(self.recommended()).fit_percent().saturating_sub(self.score(self.runner_up()).fit_percent())
    }

    /// A close call when the two best open models are shown fewer than
    /// [`CLOSE_CALL_MARGIN`] percentage points apart. Decided on the shown
    /// figures so the wording never contradicts the chart.
    pub fn confidence(&self) -> Confidence {
        if !self.is_open(self.runner_up()) {
            Confidence::OnlyOption
        } else if self.shown_margin() < CLOSE_CALL_MARGIN {
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
    /// No other model is open to the company today.
    OnlyOption,
}

/// Orders models: open before closed, then by exact fit, then by the
/// tie-break order.
pub fn rank(scores: &[ModelScore; 3], open: &[bool; 3]) -> [CollaborationModel; 3] {
    let mut ranking = CollaborationModel::ALL;
    crate::sort_small(&mut ranking, |a, b| {
        open[a.index()]
            .cmp(&open[b.index()])
            .then(scores[a.index()].cmp_fit(&scores[b.index()]))
            .then(b.tie_break_rank().cmp(&a.tie_break_rank()))
            .is_gt()
    });
    ranking
}

/// The content in the form scoring needs it, computed once per content:
/// what each option adds to each model's points, each question's share of
/// the spans, which options are "not sure", and the preconditions as
/// option sets. Scoring and the search for what would change a result
/// read it thousands of times per result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GainTable {
    /// Per question, per option: the gain for each model.
    gains: Vec<Vec<[u8; 3]>>,
    /// Per question: what it adds to each model's span.
    question_spans: Vec<[u8; 3]>,
    /// Per question: a bit per "not sure" option.
    unknown: Vec<u8>,
    spans: [u32; 3],
    /// Per model, its preconditions in content order.
    preconditions: [Vec<Rule>; 3],
}

/// A precondition as option sets: it holds when, for some clause, every
/// `(question, options)` has its answer among the options (a bit each).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Rule {
    clauses: Vec<Vec<(usize, u8)>>,
    fixable: bool,
}

impl Rule {
    fn holds(&self, option_indices: &[u8]) -> bool {
        self.clauses.iter().any(|clause| {
            clause.iter().all(|&(q, options)| option_indices.get(q).is_some_and(|&o| options & (1 << o) != 0))
        })
    }
}

impl GainTable {
    pub fn new(content: &Content) -> GainTable {
        let mut spans = [0u32; 3];
        let mut question_spans = Vec::with_capacity(content.questions.len());
        let gains = content
            .questions
            .iter()
            .map(|question| {
                let known = || question.options.iter().filter(|o| !o.unknown);
                let lowest = CollaborationModel::ALL.map(|m| known().map(|o| o.weights[m.index()]).min().unwrap_or(0));
                let highest = CollaborationModel::ALL.map(|m| known().map(|o| o.weights[m.index()]).max().unwrap_or(0));
                let span = [0, 1, 2].map(|m| highest[m] - lowest[m]);
                for m in 0..3 {
                    spans[m] += u32::from(span[m]);
                }
                question_spans.push(span);
                question
                    .options
                    .iter()
                    .map(|o| if o.unknown { [0; 3] } else { [0, 1, 2].map(|m| o.weights[m] - lowest[m]) })
                    .collect()
            })
            .collect();
        let unknown = content
            .questions
            .iter()
            .map(|q| q.options.iter().enumerate().filter(|(_, o)| o.unknown).fold(0u8, |bits, (i, _)| bits | 1 << i))
            .collect();
        let preconditions = [0, 1, 2].map(|m| {
            content.models.get(m).map_or_else(Vec::new, |model| {
                model
                    .preconditions
                    .iter()
                    .map(|p| Rule {
                        clauses: p.holds_when.iter().map(|clause| compile(content, clause)).collect(),
                        fixable: p.fix.is_some(),
                    })
                    .collect()
            })
        });
        GainTable { gains, question_spans, unknown, spans, preconditions }
    }

    /// What option `option` of question `question` adds to each model.
    pub fn gains(&self, question: usize, option: usize) -> [u8; 3] {
        self.gains[question][option]
    }

    /// Each model's span when every question has a known answer.
    pub fn span(&self, model: CollaborationModel) -> u32 {
        self.spans[model.index()]
    }

    pub fn question_count(&self) -> usize {
        self.gains.len()
    }

    pub fn option_count(&self, question: usize) -> usize {
        self.gains[question].len()
    }

    /// Whether option `option` of question `question` is "not sure".
    pub fn is_unknown(&self, question: usize, option: usize) -> bool {
        self.unknown[question] & (1 << option) != 0
    }

    /// Whether precondition `index` of `model` holds for these answers.
    pub fn precondition_holds(&self, model: CollaborationModel, index: usize, option_indices: &[u8]) -> bool {
        self.preconditions[model.index()][index].holds(option_indices)
    }

    /// Whether every precondition of `model` without a fix holds.
    pub fn is_open(&self, model: CollaborationModel, option_indices: &[u8]) -> bool {
        self.preconditions[model.index()].iter().all(|rule| rule.fixable || rule.holds(option_indices))
    }

    /// Scores an answer set given as one option index per question.
    pub fn evaluate(&self, option_indices: &[u8]) -> Evaluation {
        let mut points = [0u32; 3];
        let mut spans = self.spans;
        for (question, &option) in option_indices.iter().enumerate() {
            let option = usize::from(option);
            if self.is_unknown(question, option) {
                for (span, part) in spans.iter_mut().zip(self.question_spans[question]) {
                    *span -= u32::from(part);
                }
            }
            for (total, gain) in points.iter_mut().zip(self.gains(question, option)) {
                *total += u32::from(gain);
            }
        }
        Evaluation::from_scores(
            CollaborationModel::ALL.map(|model| ModelScore {
                model,
                points: points[model.index()],
                span: spans[model.index()],
            }),
            CollaborationModel::ALL.map(|model| self.is_open(model, option_indices)),
        )
    }
}

/// A clause of answer conditions as `(question index, option bits)`. The
/// checker has made sure every id exists; an unknown one would match no
/// answer.
fn compile(content: &Content, clause: &[crate::AnswerIs]) -> Vec<(usize, u8)> {
    clause
        .iter()
        .map(|condition| {
            let q = content.question_index(&condition.question).unwrap_or(usize::MAX);
            let bits = content.questions.get(q).map_or(0, |question| {
                condition
                    .options
                    .iter()
                    .filter_map(|id| question.option_index(id))
                    .filter(|&o| !question.options[o].unknown)
                    .fold(0u8, |bits, o| bits | 1 << o)
            });
            (q, bits)
        })
        .collect()
}
