//! Answer sets: the in-progress one the user is filling in, and the complete
//! one the engine evaluates.

use super::questionnaire::{AnswerOption, Question, QUESTIONS, QUESTION_COUNT};

/// Answers given so far, one optional option index per question.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers([Option<u8>; QUESTION_COUNT]);

impl Answers {
    pub fn get(&self, question: usize) -> Option<usize> {
        self.0.get(question).copied().flatten().map(usize::from)
    }

    /// Records an answer. Returns false, changing nothing, when the question
    /// or option does not exist.
    pub fn set(&mut self, question: usize, option: usize) -> bool {
        let valid = QUESTIONS.get(question).is_some_and(|q| option < q.options.len());
        if valid {
            self.0[question] = Some(option as u8);
        }
        valid
    }

    pub fn is_answered(&self, question: usize) -> bool {
        self.get(question).is_some()
    }

    pub fn answered_count(&self) -> usize {
        self.0.iter().filter(|a| a.is_some()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.answered_count() == 0
    }

    pub fn first_unanswered(&self) -> Option<usize> {
        self.0.iter().position(Option::is_none)
    }

    /// The complete answer set, once every question is answered.
    pub fn complete(&self) -> Option<CompleteAnswers> {
        let mut indices = [0u8; QUESTION_COUNT];
        for (slot, answer) in indices.iter_mut().zip(self.0) {
            *slot = answer?;
        }
        Some(CompleteAnswers(indices))
    }
}

/// Every question answered with a valid option. Only the engine's
/// constructors make one, so evaluation never meets a missing answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CompleteAnswers([u8; QUESTION_COUNT]);

impl CompleteAnswers {
    /// Checks that every index names an option of its question.
    pub fn from_indices(indices: [u8; QUESTION_COUNT]) -> Option<CompleteAnswers> {
        let valid = QUESTIONS.iter().zip(indices).all(|(q, i)| usize::from(i) < q.options.len());
        valid.then_some(CompleteAnswers(indices))
    }

    pub fn indices(&self) -> [u8; QUESTION_COUNT] {
        self.0
    }

    pub fn option_index(&self, question: usize) -> usize {
        usize::from(self.0[question])
    }

    pub fn option(&self, question: usize) -> &'static AnswerOption {
        &QUESTIONS[question].options[self.option_index(question)]
    }

    /// Each question with the option chosen for it.
    pub fn choices(&self) -> impl Iterator<Item = (&'static Question, &'static AnswerOption)> + '_ {
        QUESTIONS.iter().zip(self.0).map(|(q, i)| (q, &q.options[usize::from(i)]))
    }

    /// The same answers with one changed. `option` must be valid for the
    /// question; callers iterate over the question's own options.
    pub fn with_answer(&self, question: usize, option: usize) -> CompleteAnswers {
        debug_assert!(option < QUESTIONS[question].options.len());
        let mut indices = self.0;
        indices[question] = option as u8;
        CompleteAnswers(indices)
    }

    /// Whether the answer to `question_id` is one of `option_ids`.
    pub fn answer_is(&self, question_id: &str, option_ids: &[&str]) -> bool {
        self.choices().any(|(q, o)| q.id == question_id && option_ids.contains(&o.id))
    }
}

impl From<CompleteAnswers> for Answers {
    fn from(complete: CompleteAnswers) -> Answers {
        Answers(complete.0.map(Some))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_set_is_complete_only_when_every_question_is_answered() {
        let mut answers = Answers::default();
        assert_eq!(answers.first_unanswered(), Some(0));
        for q in 0..QUESTION_COUNT {
            assert!(answers.complete().is_none());
            assert!(answers.set(q, 0));
        }
        assert_eq!(answers.answered_count(), QUESTION_COUNT);
        assert!(answers.complete().is_some());
    }

    #[test]
    fn invalid_options_are_refused() {
        let mut answers = Answers::default();
        assert!(!answers.set(0, QUESTIONS[0].options.len()));
        assert!(!answers.set(QUESTION_COUNT, 0));
        assert!(answers.is_empty());
        let mut indices = [0; QUESTION_COUNT];
        indices[2] = 9;
        assert!(CompleteAnswers::from_indices(indices).is_none());
    }
}

/// An answer file or fixture named a question or option that does not exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnknownAnswer {
    Question(String),
    Option { question: String, option: String },
}

impl Answers {
    /// Builds answers from `(question id, option id)` pairs, the form used by
    /// answer files and test fixtures. Later pairs overwrite earlier ones.
    pub fn from_ids<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Answers, UnknownAnswer> {
        let mut answers = Answers::default();
        for (question_id, option_id) in pairs {
            let q = super::questionnaire::question_index(question_id)
                .ok_or_else(|| UnknownAnswer::Question(question_id.to_owned()))?;
            let o = QUESTIONS[q].option_index(option_id).ok_or_else(|| UnknownAnswer::Option {
                question: question_id.to_owned(),
                option: option_id.to_owned(),
            })?;
            answers.set(q, o);
        }
        Ok(answers)
    }
}
