//! The questionnaire flow as plain data and a reducer: intro → one question
//! per screen → result, plus review, the team view, resume and shared
//! results.
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
    /// Open the team view, from the intro or your own result.
    OpenTeam,
    /// Show a team someone shared as a team link (its members are kept by
    /// the web layer; the visitor's own answers are left alone).
    ShowTeam,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Session {
    pub answers: Answers,
    pub screen: Screen,
    /// A question is open from the review: forward and back return there.
    pub editing: bool,
    /// Showing someone else's result or team from a link: nothing is
    /// saved, and leaving it starts the visitor's own visit.
    pub shared: bool,
}

impl Session {
    /// The intro of `questionnaire`, nothing answered.
    pub fn new(questionnaire: &'static Questionnaire) -> Session {
        Session { answers: Answers::new(questionnaire), screen: Screen::Intro, editing: false, shared: false }
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
            (_, Step::ShowTeam) => return Session { screen: Screen::Team, shared: true, ..fresh },
            (Screen::Team, Step::Back) if self.shared => return fresh,
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
            (Screen::Intro | Screen::Result, Step::OpenTeam) if !self.shared => next.screen = Screen::Team,
            // Back where the team view was opened from.
            (Screen::Team, Step::Back) => {
                next.screen = if self.answers.complete().is_some() { Screen::Result } else { Screen::Intro };
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
            Screen::Result | Screen::Team => false,
        }
    }

    pub fn is_last_question(&self) -> bool {
        self.screen == Screen::Question(self.question_count() - 1)
    }

    /// The recommendation, on the result screen (the team view shows the
    /// team's instead).
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
