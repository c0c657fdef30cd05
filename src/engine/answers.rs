//! Answer sets: the in-progress one the user is filling in, and the complete
//! one the engine evaluates. Both know their questionnaire, so every lookup
//! of a question or option goes to the content they were given for.

use super::questionnaire::{AnswerIs, AnswerOption, Question, Questionnaire, MAX_QUESTIONS};

/// Answers given so far, one optional option index per question.
/// Equal when they answer the same questionnaire the same way.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Answers {
    questionnaire: &'static Questionnaire,
    choices: [Option<u8>; MAX_QUESTIONS],
}

impl std::fmt::Debug for Answers {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.debug_list().entries(&self.choices[..self.questionnaire.question_count()]).finish()
    }
}

impl Answers {
    /// Nothing answered yet.
    pub fn new(questionnaire: &'static Questionnaire) -> Answers {
        Answers { questionnaire, choices: [None; MAX_QUESTIONS] }
    }

    pub fn questionnaire(&self) -> &'static Questionnaire {
        self.questionnaire
    }

    pub fn get(&self, question: usize) -> Option<usize> {
        self.choices.get(question).copied().flatten().map(usize::from)
    }

    /// Records an answer. Returns false, changing nothing, when the question
    /// or option does not exist.
    pub fn set(&mut self, question: usize, option: usize) -> bool {
        let valid = self.questionnaire.questions().get(question).is_some_and(|q| option < q.options.len());
        if valid {
            self.choices[question] = Some(option as u8);
        }
        valid
    }

    pub fn is_answered(&self, question: usize) -> bool {
        self.get(question).is_some()
    }

    pub fn answered_count(&self) -> usize {
        self.choices.iter().filter(|a| a.is_some()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.answered_count() == 0
    }

    pub fn first_unanswered(&self) -> Option<usize> {
        self.choices[..self.questionnaire.question_count()].iter().position(Option::is_none)
    }

    /// The complete answer set, once every question is answered.
    pub fn complete(&self) -> Option<CompleteAnswers> {
        let mut indices = [0u8; MAX_QUESTIONS];
        for (slot, answer) in indices.iter_mut().zip(&self.choices[..self.questionnaire.question_count()]) {
            *slot = (*answer)?;
        }
        Some(CompleteAnswers { questionnaire: self.questionnaire, indices })
    }
}

/// One option of one question: an answer someone gave (a reason, a fact)
/// or one a suggested move would give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub questionnaire: &'static Questionnaire,
    pub question: usize,
    pub option: usize,
}

impl Choice {
    pub fn question(&self) -> &'static Question {
        self.questionnaire.question(self.question)
    }

    pub fn option(&self) -> &'static AnswerOption {
        &self.question().options[self.option]
    }
}

/// Every question answered with a valid option. Only the engine's
/// constructors make one, so evaluation never meets a missing answer.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct CompleteAnswers {
    questionnaire: &'static Questionnaire,
    indices: [u8; MAX_QUESTIONS],
}

impl std::fmt::Debug for CompleteAnswers {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.debug_list().entries(self.indices()).finish()
    }
}

impl CompleteAnswers {
    /// Checks that there is one index per question and that each names an
    /// option of its question.
    pub fn from_indices(questionnaire: &'static Questionnaire, given: &[u8]) -> Option<CompleteAnswers> {
        let questions = questionnaire.questions();
        let valid = given.len() == questions.len()
            && questions.iter().zip(given).all(|(q, &i)| usize::from(i) < q.options.len());
        let mut indices = [0u8; MAX_QUESTIONS];
        indices[..given.len().min(MAX_QUESTIONS)].copy_from_slice(&given[..given.len().min(MAX_QUESTIONS)]);
        valid.then_some(CompleteAnswers { questionnaire, indices })
    }

    pub fn questionnaire(&self) -> &'static Questionnaire {
        self.questionnaire
    }

    /// One option index per question, in order.
    pub fn indices(&self) -> &[u8] {
        &self.indices[..self.questionnaire.question_count()]
    }

    pub fn option_index(&self, question: usize) -> usize {
        usize::from(self.indices[question])
    }

    pub fn option(&self, question: usize) -> &'static AnswerOption {
        &self.questionnaire.question(question).options[self.option_index(question)]
    }

    /// The same answers with each of `choices` given instead.
    pub fn with_choices<'c>(&self, choices: impl IntoIterator<Item = &'c Choice>) -> CompleteAnswers {
        choices.into_iter().fold(*self, |answers, c| answers.with_answer(c.question, c.option))
    }

    /// The answer to `question`, as a [`Choice`].
    pub fn choice(&self, question: usize) -> Choice {
        Choice { questionnaire: self.questionnaire, question, option: self.option_index(question) }
    }

    /// Each question with the option chosen for it.
    pub fn choices(&self) -> impl Iterator<Item = (&'static Question, &'static AnswerOption)> + '_ {
        self.questionnaire.questions().iter().zip(self.indices()).map(|(q, &i)| (q, &q.options[usize::from(i)]))
    }

    /// The same answers with one changed. `option` must be valid for the
    /// question; callers iterate over the question's own options.
    pub fn with_answer(&self, question: usize, option: usize) -> CompleteAnswers {
        debug_assert!(option < self.questionnaire.question(question).options.len());
        let mut changed = *self;
        changed.indices[question] = option as u8;
        changed
    }

    /// Whether a content condition holds: the answer to its question is one
    /// of its options.
    pub fn meets(&self, condition: &AnswerIs) -> bool {
        self.choices().any(|(q, o)| q.id == condition.question && condition.options.contains(&o.id))
    }

    /// Whether any of these conditions holds (none: false).
    pub fn meets_any(&self, conditions: &[AnswerIs]) -> bool {
        conditions.iter().any(|condition| self.meets(condition))
    }
}

impl From<CompleteAnswers> for Answers {
    fn from(complete: CompleteAnswers) -> Answers {
        let mut choices = [None; MAX_QUESTIONS];
        for (slot, &index) in choices.iter_mut().zip(complete.indices()) {
            *slot = Some(index);
        }
        Answers { questionnaire: complete.questionnaire, choices }
    }
}

/// An answer file or fixture named a question or option that does not exist.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum UnknownAnswer {
    Question(String),
    Option { question: String, option: String },
}

impl Answers {
    /// Builds answers from `(question id, option id)` pairs, the form used by
    /// answer files and test fixtures. Later pairs overwrite earlier ones.
    pub fn from_ids<'a>(
        questionnaire: &'static Questionnaire,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Answers, UnknownAnswer> {
        let mut answers = Answers::new(questionnaire);
        for (question_id, option_id) in pairs {
            let q = questionnaire
                .question_index(question_id)
                .ok_or_else(|| UnknownAnswer::Question(question_id.to_owned()))?;
            let o = questionnaire.question(q).option_index(option_id).ok_or_else(|| UnknownAnswer::Option {
                question: question_id.to_owned(),
                option: option_id.to_owned(),
            })?;
            answers.set(q, o);
        }
        Ok(answers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_set_is_complete_only_when_every_question_is_answered() {
        let questionnaire = Questionnaire::built_in();
        let mut answers = Answers::new(questionnaire);
        assert_eq!(answers.first_unanswered(), Some(0));
        for q in 0..questionnaire.question_count() {
            assert!(answers.complete().is_none());
            assert!(answers.set(q, 0));
        }
        assert_eq!(answers.answered_count(), questionnaire.question_count());
        assert!(answers.complete().is_some());
    }

    #[test]
    fn invalid_options_are_refused() {
        let questionnaire = Questionnaire::built_in();
        let mut answers = Answers::new(questionnaire);
        assert!(!answers.set(0, questionnaire.question(0).options.len()));
        assert!(!answers.set(questionnaire.question_count(), 0));
        assert!(answers.is_empty());
        let mut indices = vec![0; questionnaire.question_count()];
        indices[2] = 9;
        assert!(CompleteAnswers::from_indices(questionnaire, &indices).is_none());
        assert!(CompleteAnswers::from_indices(questionnaire, &indices[..3]).is_none());
    }
}
