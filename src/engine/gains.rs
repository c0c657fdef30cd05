//! The weight table in the form scoring needs it: what each option adds to
//! each model's points, and each model's span, computed once. Scoring and
//! the sensitivity search read it thousands of times per result.

use std::sync::OnceLock;

use super::model::CollaborationModel;
use super::questionnaire::{QUESTIONS, QUESTION_COUNT};

/// Most options a question may have (checked by the content tests).
pub const MAX_OPTIONS: usize = 6;

pub struct GainTable {
    gains: [[[u8; 3]; MAX_OPTIONS]; QUESTION_COUNT],
    spans: [u32; 3],
}

impl GainTable {
    pub fn get() -> &'static GainTable {
        static TABLE: OnceLock<GainTable> = OnceLock::new();
        TABLE.get_or_init(|| {
            let mut gains = [[[0; 3]; MAX_OPTIONS]; QUESTION_COUNT];
            for (q, question) in QUESTIONS.iter().enumerate() {
                for (o, slot) in gains[q].iter_mut().enumerate().take(question.options.len()) {
                    *slot = CollaborationModel::ALL.map(|m| question.gain(o, m));
                }
            }
            let spans = CollaborationModel::ALL.map(|m| {
                QUESTIONS
                    .iter()
                    .map(|q| {
                        let (min, max) = q.weight_range(m);
                        u32::from(max - min)
                    })
                    .sum()
            });
            GainTable { gains, spans }
        })
    }

    /// What option `option` of question `question` adds to each model.
    pub fn gains(&self, question: usize, option: usize) -> [u8; 3] {
        self.gains[question][option]
    }

    pub fn span(&self, model: CollaborationModel) -> u32 {
        self.spans[model.index()]
    }
}
