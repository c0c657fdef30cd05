//! The questionnaire flow as plain data and a reducer: intro → one question
//! per screen → result, plus review, compare, resume and shared results.
//! The web layer dispatches [`Step`]s and renders [`Session`]; every rule
//! about what may happen next lives here.

use super::answers::{Answers, CompleteAnswers};
use super::progress::SavedProgress;
use super::questionnaire::Questionnaire;
use super::recommendation::{recommend, Recommendation};
pub use super::screen::Screen;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Start,
    Choose {
        question: usize,
        option: usize,
    },
    Next,
    Back,
    /// From the result: list every answer.
    Review,
    /// From the review: change one answer, then come back.
    Edit(usize),
    /// Clear everything and return to the intro.
    Restart,
    /// Continue saved progress from an earlier visit.
    Resume(SavedProgress),
    /// Show a result someone shared (read-only until "take it yourself").
    ShowShared(CompleteAnswers),
    /// Leave a shared result and start your own.
    TakeItYourself,
    /// Answers loaded from a file.
    Restore(Answers),
    /// Set your result beside a colleague's.
    Compare(CompleteAnswers),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Session {
    pub answers: Answers,
    pub screen: Screen,
    /// A question is open from the review: forward and back return there.
    pub editing: bool,
    /// Showing someone else's result from a share link.
    pub shared: bool,
    /// The colleague's answers on the compare screen.
    pub colleague: Option<CompleteAnswers>,
}

impl Session {
    /// The intro of `questionnaire`, nothing answered.
    pub fn new(questionnaire: &'static Questionnaire) -> Session {
        Session {
            answers: Answers::new(questionnaire),
            screen: Screen::Intro,
            editing: false,
            shared: false,
            colleague: None,
        }
    }

    fn question_count(&self) -> usize {
        self.answers.questionnaire().question_count()
    }

    /// Applies a step. A step that is not possible on the current screen
    /// (Next before answering, Choose for another question) changes nothing.
    pub fn apply(self, step: Step) -> Session {
        let mut next = self;
        let fresh = Session::new(self.answers.questionnaire());
        match (self.screen, step) {
            (_, Step::Restart | Step::TakeItYourself) => return fresh,
            (_, Step::ShowShared(answers)) => {
                return Session { answers: answers.into(), screen: Screen::Result, shared: true, ..fresh }
            }
            (_, Step::Restore(answers)) => {
                return Session { answers, screen: Self::landing(&answers), ..fresh };
            }
            (Screen::Intro, Step::Resume(saved)) => {
                let screen = match saved.screen {
                    Screen::Intro => Self::landing(&saved.answers),
                    screen => screen,
                };
                return Session { answers: saved.answers, screen, ..fresh };
            }
            (Screen::Intro, Step::Start) => next.screen = Screen::Question(0),
            (Screen::Question(current), Step::Choose { question, option }) if current == question => {
                next.answers.set(question, option);
            }
            (Screen::Question(current), Step::Next) if self.answers.is_answered(current) => {
                next.screen = if self.editing {
                    Screen::Review
                } else if current + 1 < self.question_count() {
                    Screen::Question(current + 1)
                } else {
                    Self::landing(&self.answers)
                };
                next.editing = false;
            }
            (Screen::Question(_), Step::Back) if self.editing => {
                next.screen = Screen::Review;
                next.editing = false;
            }
            (Screen::Question(0), Step::Back) => next.screen = Screen::Intro,
            (Screen::Question(current), Step::Back) => next.screen = Screen::Question(current - 1),
            (Screen::Result, Step::Review) if !self.shared => next.screen = Screen::Review,
            (Screen::Review, Step::Edit(question)) if question < self.question_count() => {
                next.screen = Screen::Question(question);
                next.editing = true;
            }
            (Screen::Review, Step::Next | Step::Back) => next.screen = Self::landing(&self.answers),
            (Screen::Result, Step::Compare(colleague)) if !self.shared => {
                next.screen = Screen::Compare;
                next.colleague = Some(colleague);
            }
            (Screen::Compare, Step::Back) => {
                next.screen = Screen::Result;
                next.colleague = None;
            }
            _ => {}
        }
        next
    }

    /// Where a set of answers leads: the result when complete, otherwise
    /// the first unanswered question (a restored set may have gaps).
    fn landing(answers: &Answers) -> Screen {
        answers.first_unanswered().map_or(Screen::Result, Screen::Question)
    }

    /// Whether the forward button may be used on this screen.
    pub fn can_advance(&self) -> bool {
        match self.screen {
            Screen::Intro | Screen::Review => true,
            Screen::Question(q) => self.answers.is_answered(q),
            Screen::Result | Screen::Compare => false,
        }
    }

    pub fn is_last_question(&self) -> bool {
        self.screen == Screen::Question(self.question_count() - 1)
    }

    /// The recommendation, on the result screen (the compare screen shows
    /// an alignment instead).
    pub fn recommendation(&self) -> Option<Recommendation> {
        match self.screen {
            Screen::Result => self.answers.complete().map(|a| recommend(&a)),
            _ => None,
        }
    }

    /// What to keep in the browser for a later visit; nothing for a
    /// shared result, which is not the visitor's own.
    pub fn progress(&self) -> Option<SavedProgress> {
        (!self.shared).then_some(SavedProgress { answers: self.answers, screen: self.screen })
    }
}
