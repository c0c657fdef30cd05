//! What a visitor did on the build-time first screens (the intro and the
//! first question the loader paints while the engine loads), so the engine
//! takes over at that point, with that answer.
//!
//! The loader records it as words separated by spaces, in the order they
//! happened: `lang:<code>` (a language chosen), `start`, `choose:<option
//! id>` (on the first question), `next`, `back`, `team` (the team view
//! asked for). The engine replays the steps through [`Session::apply`], so
//! they mean exactly what they mean once it runs.
//!
//! [`Session::apply`]: crate::engine::flow::Session::apply

use crate::engine::flow::Step;
use crate::engine::lang::Lang;
use crate::engine::questionnaire::Questionnaire;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EarlyVisit {
    /// The language the visitor switched to, if they did.
    pub lang: Option<Lang>,
    pub steps: Vec<Step>,
}

impl EarlyVisit {
    /// Reads the loader's record. A word this engine does not know (a
    /// loader from another release) is left out rather than guessed at.
    pub fn parse(record: &str, questionnaire: &Questionnaire) -> EarlyVisit {
        let first = questionnaire.question(0);
        let mut visit = EarlyVisit::default();
        for word in record.split_whitespace() {
            match word.split_once(':') {
                Some(("lang", code)) => visit.lang = questionnaire.content.lang_from_tag(code).or(visit.lang),
                Some(("choose", id)) => {
                    if let Some(option) = first.options.iter().position(|o| o.id == id) {
                        visit.steps.push(Step::Choose { question: 0, option });
                    }
                }
                _ => visit.steps.extend(match word {
                    "start" => Some(Step::Start),
                    "next" => Some(Step::Next),
                    "back" => Some(Step::Back),
                    "team" => Some(Step::OpenTeam),
                    _ => None,
                }),
            }
        }
        visit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_loaders_record_and_leaves_out_what_it_does_not_know() {
        let questionnaire = Questionnaire::built_in();
        let first = questionnaire.question(0);
        let second_option = &first.options[1].id;
        let visit = EarlyVisit::parse(&format!("lang:en start choose:{second_option} rewind next"), questionnaire);
        assert_eq!(visit.lang, questionnaire.content.lang_from_tag("en"));
        assert_eq!(visit.steps, vec![Step::Start, Step::Choose { question: 0, option: 1 }, Step::Next]);
        let unknown = EarlyVisit::parse("choose:no-such-option lang:tlh team", questionnaire);
        assert_eq!(unknown, EarlyVisit { lang: None, steps: vec![Step::OpenTeam] });
        assert_eq!(EarlyVisit::parse("", questionnaire), EarlyVisit::default());
    }
}
