//! Alignment between two executives (say the CIO and the CMO) who answered
//! for the same company: both recommendations, where their answers differ
//! ranked by how much each difference moves the result, and the
//! recommendation for the combined view.
//!
//! - **Combined view**: each model's fit is the mean of the two fits (kept
//!   as an exact fraction: a "not sure" answer gives the two fits different
//!   spans). A model is open when it is open for both. Ranking and
//!   tie-break are the usual ones.
//! - **Weight of a difference**: take the other person's answer to one
//!   question and see how each model's fit would move (percentage points;
//!   re-scored, so a "not sure" on either side moves the span too).
//!   When the two recommendations differ, what matters is the balance
//!   between those two models: the weight is how far the other answer moves
//!   you toward their model (negative when it favours your model instead).
//!   When both point to the same model, the weight is how far apart the
//!   other answer pushes the three fits (the largest rise minus the largest
//!   fall). Differences are ranked by the size of the weight.

use super::answers::CompleteAnswers;
use super::model::CollaborationModel;
use super::questionnaire::{AnswerOption, Question, Questionnaire};
use super::scoring::{evaluate, Evaluation, ModelScore};

#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub questionnaire: &'static Questionnaire,
    pub question: usize,
    pub yours: usize,
    pub theirs: usize,
    /// See the module documentation; percentage points.
    pub weight: f64,
}

impl Difference {
    pub fn question(&self) -> &'static Question {
        self.questionnaire.question(self.question)
    }

    pub fn your_option(&self) -> &'static AnswerOption {
        &self.question().options[self.yours]
    }

    pub fn their_option(&self) -> &'static AnswerOption {
        &self.question().options[self.theirs]
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alignment {
    pub yours: Evaluation,
    pub theirs: Evaluation,
    pub combined: Evaluation,
    /// Questions answered differently, the one that moves the result most first.
    pub differences: Vec<Difference>,
    /// Questions answered the same.
    pub agreed: usize,
}

impl Alignment {
    pub fn same_model(&self) -> bool {
        self.yours.recommended() == self.theirs.recommended()
    }
}

pub fn align(yours: &CompleteAnswers, theirs: &CompleteAnswers) -> Alignment {
    let (mine, other) = (evaluate(yours), evaluate(theirs));
    // Mean of two fractions over the same span: add the points, double the span.
    // Mean of two fractions: (a/s + b/t) / 2 = (a·t + b·s) / (2·s·t).
    let combined = Evaluation::from_scores(
        CollaborationModel::ALL.map(|m| {
            let (a, b) = (mine.score(m), other.score(m));
            ModelScore { model: m, points: a.points * b.span + b.points * a.span, span: 2 * a.span * b.span }
        }),
        CollaborationModel::ALL.map(|m| mine.is_open(m) && other.is_open(m)),
    );
    let (my_model, their_model) = (mine.recommended(), other.recommended());
    let questionnaire = yours.questionnaire();
    let mut differences: Vec<Difference> = (0..questionnaire.question_count())
        .filter(|&q| yours.option_index(q) != theirs.option_index(q))
        .map(|q| {
            let (a, b) = (yours.option_index(q), theirs.option_index(q));
            // Fit change per model if you took their answer.
            let taken = evaluate(&yours.with_answer(q, b));
            let shift = CollaborationModel::ALL.map(|m| (taken.score(m).fit() - mine.score(m).fit()) * 100.0);
            let weight = if my_model == their_model {
                shift.iter().copied().fold(f64::MIN, f64::max) - shift.iter().copied().fold(f64::MAX, f64::min)
            } else {
                shift[their_model.index()] - shift[my_model.index()]
            };
            Difference { questionnaire, question: q, yours: a, theirs: b, weight }
        })
        .collect();
    // Stable, so equal weights stay in questionnaire order.
    super::sort_small(&mut differences, |x, y| x.weight.abs() > y.weight.abs());
    let agreed = questionnaire.question_count() - differences.len();
    Alignment { yours: mine, theirs: other, combined, differences, agreed }
}
