//! The questionnaire flow as plain data and a reducer: intro → one question
//! per screen → result. The web layer dispatches [`Step`]s and renders
//! [`Session`]; every rule about what may happen next lives here.

use super::answers::Answers;
use super::questionnaire::QUESTION_COUNT;
use super::recommendation::{recommend, Recommendation};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Intro,
    /// Index into the questionnaire.
    Question(usize),
    Result,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Start,
    Choose {
        question: usize,
        option: usize,
    },
    Next,
    Back,
    /// Back to the first question with every answer kept.
    ChangeAnswers,
    /// Clear everything and return to the intro.
    Restart,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Session {
    pub answers: Answers,
    pub screen: Screen,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            answers: Answers::default(),
            screen: Screen::Intro,
        }
    }
}

impl Session {
    /// Applies a step. A step that is not possible on the current screen
    /// (Next before answering, Choose for another question) changes nothing.
    pub fn apply(self, step: Step) -> Session {
        let Session {
            mut answers,
            screen,
        } = self;
        let screen = match (screen, step) {
            (_, Step::Restart) => return Session::default(),
            (Screen::Intro, Step::Start) => Screen::Question(0),
            (Screen::Question(current), Step::Choose { question, option })
                if current == question =>
            {
                answers.set(question, option);
                screen
            }
            (Screen::Question(current), Step::Next) if answers.is_answered(current) => {
                if current + 1 < QUESTION_COUNT {
                    Screen::Question(current + 1)
                } else {
                    // Every earlier screen required its answer, but a restored
                    // session may have gaps: send the user to the first one.
                    answers
                        .first_unanswered()
                        .map_or(Screen::Result, Screen::Question)
                }
            }
            (Screen::Question(0), Step::Back) => Screen::Intro,
            (Screen::Question(current), Step::Back) => Screen::Question(current - 1),
            (Screen::Result, Step::Back) => Screen::Question(QUESTION_COUNT - 1),
            (Screen::Result, Step::ChangeAnswers) => Screen::Question(0),
            (screen, _) => screen,
        };
        Session { answers, screen }
    }

    /// Whether the forward button may be used on this screen.
    pub fn can_advance(&self) -> bool {
        match self.screen {
            Screen::Intro => true,
            Screen::Question(q) => self.answers.is_answered(q),
            Screen::Result => false,
        }
    }

    pub fn is_last_question(&self) -> bool {
        self.screen == Screen::Question(QUESTION_COUNT - 1)
    }

    /// The recommendation, once the result screen is reached.
    pub fn recommendation(&self) -> Option<Recommendation> {
        match self.screen {
            Screen::Result => self.answers.complete().map(|a| recommend(&a)),
            _ => None,
        }
    }
}
