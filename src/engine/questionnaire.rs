//! The shape of the questionnaire: sections, questions, options and the
//! weights each option gives the three models. The content itself lives in
//! `content::questions`.

use super::lang::Text;
use super::model::CollaborationModel;

/// Bumped whenever questions, options or weights change in a way that would
/// give a saved answer set a different meaning. Saved progress, share codes
/// and answer files carry it.
pub const QUESTIONNAIRE_VERSION: u8 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Company,
    ItBudget,
    MarketingMaturity,
    Readiness,
}

impl Section {
    pub const ALL: [Section; 4] = [Section::Company, Section::ItBudget, Section::MarketingMaturity, Section::Readiness];

    pub fn title(self) -> Text {
        match self {
            Section::Company => Text::new("Perusahaan", "Company"),
            Section::ItBudget => Text::new("Anggaran TI", "IT budget"),
            Section::MarketingMaturity => Text::new("Kematangan pemasaran", "Marketing maturity"),
            Section::Readiness => Text::new("Kesiapan untuk berubah", "Readiness for change"),
        }
    }
}

/// How much one answer speaks for each model, indexed like
/// [`CollaborationModel::ALL`]. Only differences within a question matter:
/// scores are normalised per model (see `scoring`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ModelWeights(pub [u8; 3]);

impl ModelWeights {
    pub fn for_model(self, model: CollaborationModel) -> u8 {
        self.0[model.index()]
    }
}

#[derive(Debug)]
pub struct AnswerOption {
    /// Stable id, used in events, saved files and share codes' meaning.
    pub id: &'static str,
    pub label: Text,
    pub weights: ModelWeights,
    /// What this answer implies for CIO–CMO collaboration. Shown as a reason
    /// when the answer drove the result, so it never names a model: an
    /// option can favour more than one.
    pub rationale: Text,
    /// The answer as a hypothetical clause completing "If …, model N would
    /// fit best" (English: past subjunctive).
    pub condition: Text,
}

#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    pub section: Section,
    /// A short name for the question, used in reasons and answer lists.
    pub topic: Text,
    pub prompt: Text,
    pub hint: Option<Text>,
    /// Whether the company can change this answer by a decision (budget,
    /// structure, practice). Size and revenue are facts, not levers, so
    /// "what would change this" never suggests them.
    pub lever: bool,
    /// Ordered from least to most where the question has an order
    /// (size, budget, maturity, readiness).
    pub options: &'static [AnswerOption],
}

impl Question {
    pub fn option_index(&self, option_id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == option_id)
    }

    /// What option `option` adds to `model`'s points: its weight above the
    /// lowest weight this question can give that model.
    pub fn gain(&self, option: usize, model: CollaborationModel) -> u8 {
        self.options[option].weights.for_model(model) - self.weight_range(model).0
    }

    /// Lowest and highest weight any option of this question gives `model`.
    pub fn weight_range(&self, model: CollaborationModel) -> (u8, u8) {
        let weights = self.options.iter().map(|o| o.weights.for_model(model));
        let min = weights.clone().min().unwrap_or(0);
        let max = weights.max().unwrap_or(0);
        (min, max)
    }
}

pub use super::content::questions::QUESTIONS;

/// Number of questions; answer sets are arrays of this length.
pub const QUESTION_COUNT: usize = 15;

pub fn question_index(question_id: &str) -> Option<usize> {
    QUESTIONS.iter().position(|q| q.id == question_id)
}
