//! The screens of the questionnaire. Its own module because the flow
//! (which screen comes next) and saved progress (which screen to resume on)
//! both name them, and neither should depend on the other for it.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Intro,
    /// Index into the questionnaire.
    Question(usize),
    /// Every answer on one page, each with a way to change it.
    Review,
    Result,
    /// The leadership team's results together.
    Team,
}
