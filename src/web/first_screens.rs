//! The first screens as HTML, rendered natively at build time by Yew's
//! server renderer from the same components the widget runs: for each
//! built-in language, the intro (plain, and worded for a named company)
//! and the first question. The loader paints them while the engine loads
//! (`src/bin/first-screens.rs` prints them, `scripts/build-loader.mjs`
//! writes them into `embed/cio-cmo-advisor.js`).

use std::collections::BTreeMap;

use yew::prelude::*;
use yew::LocalServerRenderer;

use super::app::{advisor_frame, announcement, FrameProps};
use super::intro::{intro_screen, IntroProps};
use super::question::{question_screen, QuestionProps};
use super::{Reader, View};
use crate::embed::Theme;
use crate::engine::flow::{Session, Step};
use crate::engine::lang::Lang;
use crate::engine::questionnaire::Questionnaire;

/// Stands for the company's name in the intro worded for a company; the
/// loader puts the `company` attribute's value in its place, as text.
pub const COMPANY_MARK: &str = "\u{E000}";

/// The id prefix of the build-time screens. Each widget has its own shadow
/// root, so the same ids in two widgets never meet.
pub const ID_PREFIX: &str = "cca0";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstScreen {
    Intro,
    IntroForCompany,
    Question,
}

#[derive(Properties, PartialEq)]
struct FirstScreenProps {
    lang: Lang,
    screen: FirstScreen,
}

/// The widget as the engine renders it on its first screens with the
/// element's default settings (light theme, no accent), nothing chosen.
#[component]
fn FirstScreenView(props: &FirstScreenProps) -> Html {
    let questionnaire = Questionnaire::built_in();
    let view = View { questionnaire, lang: props.lang, reader: Reader::new(None) };
    let intro = Session::new(questionnaire);
    let session = match props.screen {
        FirstScreen::Intro | FirstScreen::IntroForCompany => intro,
        FirstScreen::Question => intro.apply(Step::Start),
    };
    let id_prefix = AttrValue::from(ID_PREFIX);
    let screen = match props.screen {
        FirstScreen::Intro | FirstScreen::IntroForCompany => intro_screen(&IntroProps {
            view,
            company: (props.screen == FirstScreen::IntroForCompany).then(|| COMPANY_MARK.to_owned()),
            id_prefix: id_prefix.clone(),
            heading: NodeRef::default(),
            resume_offer: None,
            on_start: Callback::noop(),
            on_resume: Callback::noop(),
            on_start_over: Callback::noop(),
            on_restore: Callback::noop(),
            on_notice: Callback::noop(),
            on_team: Callback::noop(),
        }),
        FirstScreen::Question => question_screen(&QuestionProps {
            view,
            index: 0,
            id_prefix: id_prefix.clone(),
            selected: None,
            can_advance: session.can_advance(),
            is_last: session.is_last_question(),
            editing: false,
            heading: NodeRef::default(),
            on_choose: Callback::noop(),
            on_back: Callback::noop(),
            on_next: Callback::noop(),
        }),
    };
    advisor_frame(&FrameProps {
        view,
        theme: Theme::Light,
        id_prefix,
        root: NodeRef::default(),
        announcement: announcement(&session, None, view),
        notices: Vec::new(),
        on_lang: Callback::noop(),
        on_dismiss: Callback::noop(),
        screen,
    })
}

/// One first screen of the built-in questionnaire, as HTML.
pub fn render(lang: Lang, screen: FirstScreen) -> String {
    let renderer = LocalServerRenderer::<FirstScreenView>::with_props(FirstScreenProps { lang, screen });
    futures::executor::block_on(renderer.hydratable(false).render())
}

/// Every built-in language's first screens, as the loader reads them:
/// `{ "<language code>": { "intro", "introForCompany", "question" } }`.
pub fn all_as_json() -> String {
    let questionnaire = Questionnaire::built_in();
    let screens: BTreeMap<&str, BTreeMap<&str, String>> = questionnaire
        .langs()
        .map(|lang| {
            let each = [
                ("intro", FirstScreen::Intro),
                ("introForCompany", FirstScreen::IntroForCompany),
                ("question", FirstScreen::Question),
            ];
            (questionnaire.lang_code(lang), each.into_iter().map(|(key, screen)| (key, render(lang, screen))).collect())
        })
        .collect();
    serde_json::to_string(&screens).expect("strings serialise")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_intro_worded_for_a_company_and_its_first_question() {
        let screens: serde_json::Value = serde_json::from_str(&all_as_json()).unwrap();
        let questionnaire = Questionnaire::built_in();
        let first = questionnaire.question(0);
        for lang in questionnaire.langs() {
            let each = &screens[questionnaire.lang_code(lang)];
            let [intro, for_company, question] =
                ["intro", "introForCompany", "question"].map(|key| each[key].as_str().unwrap());
            let start = questionnaire.texts().start().get(lang);
            assert!(intro.contains(&format!(">{start}</button>")) && !intro.contains(COMPANY_MARK));
            assert!(for_company.contains(COMPANY_MARK));
            assert!(question.contains(&format!(">{}</h2>", first.prompt.get(lang))));
            assert_eq!(question.matches(r#"type="radio""#).count(), first.options.len());
            // Plain HTML: no hydration markers, no script, no style attribute.
            for html in [intro, for_company, question] {
                assert!(html.starts_with(&format!(r#"<div lang="{}""#, questionnaire.lang_code(lang))));
                assert!(!html.contains("<!--") && !html.contains("<script") && !html.contains("style="), "{html}");
            }
        }
    }
}
