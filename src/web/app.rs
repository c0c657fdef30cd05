//! The root component: holds the plain-data state (the engine's `Session`
//! plus the display language) in a reducer and picks the screen to render.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use super::intro::IntroScreen;
use super::lang_switch::LanguageSwitch;
use super::question::QuestionScreen;
use super::result::ResultScreen;
use crate::embed::{AdvisorEvent, HostSettings};
use crate::engine::content::ui;
use crate::engine::flow::{Screen, Session, Step};
use crate::engine::lang::{format_integer, Lang};
use crate::engine::questionnaire::{QUESTIONS, QUESTION_COUNT};
use crate::engine::recommendation::Recommendation;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdvisorState {
    pub session: Session,
    pub lang: Lang,
}

pub enum Action {
    Flow(Step),
    SetLang(Lang),
}

impl Reducible for AdvisorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Flow(step) => AdvisorState {
                session: self.session.apply(step),
                ..*self
            },
            Action::SetLang(lang) => AdvisorState { lang, ..*self },
        };
        // Returning the same Rc tells Yew nothing changed: no re-render.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AdvisorProps {
    pub settings: HostSettings,
    /// Prefix for element ids, unique per widget on the page.
    pub instance: AttrValue,
    #[prop_or_default]
    pub on_event: Callback<AdvisorEvent>,
}

#[component]
pub fn Advisor(props: &AdvisorProps) -> Html {
    let state = use_reducer(|| AdvisorState {
        session: Session::default(),
        lang: props.settings.lang,
    });
    let heading = use_node_ref();
    let root = use_node_ref();

    // The host page changed the `lang` attribute: follow it.
    {
        let state = state.clone();
        use_effect_with(props.settings.lang, move |lang| {
            state.dispatch(Action::SetLang(*lang))
        });
    }

    // Move focus to the new screen's heading after every screen change the
    // user caused — never on first render, which would steal focus from the
    // host page.
    {
        let heading = heading.clone();
        let first_render = use_mut_ref(|| true);
        use_effect_with(state.session.screen, move |_| {
            if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
                if let Some(heading) = heading.cast::<HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }

    // The accent colour goes in through the CSSOM, which a strict
    // Content-Security-Policy allows, unlike a `style` attribute.
    {
        let root = root.clone();
        use_effect_with(props.settings.accent.clone(), move |accent| {
            if let Some(root) = root.cast::<HtmlElement>() {
                let style = root.style();
                let _ = match accent {
                    Some(colour) => style.set_property("--accent", colour),
                    None => style.remove_property("--accent").map(drop),
                };
            }
        });
    }

    let flow = {
        let state = state.clone();
        let on_event = props.on_event.clone();
        Callback::from(move |step: Step| {
            let before = state.session;
            let after = before.apply(step);
            if after == before {
                return;
            }
            if let Some(event) = event_for(step, &before, &after) {
                on_event.emit(event);
            }
            state.dispatch(Action::Flow(step));
        })
    };
    let set_lang = {
        let state = state.clone();
        Callback::from(move |lang| state.dispatch(Action::SetLang(lang)))
    };

    let lang = state.lang;
    let session = state.session;
    // Scoring, reasons and sensitivity run once per answer set, not on
    // every render (a language switch re-renders the same result).
    let recommendation = use_memo(session, |session| session.recommendation().map(Rc::new));
    let recommendation: Option<Rc<Recommendation>> = (*recommendation).clone();
    let wording_company = props.settings.company.clone();
    let screen = match session.screen {
        Screen::Intro => html! {
            <IntroScreen {lang} company={wording_company} heading={heading.clone()}
                on_start={flow.reform(|_| Step::Start)} />
        },
        Screen::Question(index) => html! {
            <QuestionScreen {lang} {index} instance={props.instance.clone()}
                selected={session.answers.get(index)}
                can_advance={session.can_advance()}
                is_last={session.is_last_question()}
                heading={heading.clone()}
                on_choose={flow.reform(move |option| Step::Choose { question: index, option })}
                on_back={flow.reform(|_| Step::Back)}
                on_next={flow.reform(|_| Step::Next)} />
        },
        Screen::Result => match recommendation.clone() {
            Some(recommendation) => html! {
                <ResultScreen {lang} {recommendation}
                    company={props.settings.company.clone()}
                    heading={heading.clone()}
                    on_change_answers={flow.reform(|_| Step::ChangeAnswers)}
                    on_restart={flow.reform(|_| Step::Restart)} />
            },
            None => Html::default(),
        },
    };

    html! {
        <div ref={root} lang={lang.code()}
            class={classes!("advisor", format!("theme-{}", props.settings.theme.as_str()))}>
            <header class="advisor-bar">
                <p class="advisor-name">{ ui::WIDGET_NAME.get(lang) }</p>
                <LanguageSwitch {lang} instance={props.instance.clone()} on_change={set_lang} />
            </header>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">
                { announcement(&session, recommendation.as_deref(), lang) }
            </p>
            { screen }
        </div>
    }
}

/// The host-page event a step causes, if any.
fn event_for(step: Step, before: &Session, after: &Session) -> Option<AdvisorEvent> {
    match step {
        Step::Start => Some(AdvisorEvent::Started),
        Step::Choose { question, option } => Some(AdvisorEvent::Answered {
            question: QUESTIONS[question].id,
            option: QUESTIONS[question].options[option].id,
        }),
        _ if before.screen != Screen::Result => {
            after.recommendation().map(|r| AdvisorEvent::completed(&r))
        }
        _ => None,
    }
}

/// What the polite live region says after a screen change.
fn announcement(session: &Session, recommendation: Option<&Recommendation>, lang: Lang) -> String {
    match session.screen {
        Screen::Intro => String::new(),
        Screen::Question(index) => progress_text(index, lang),
        Screen::Result => recommendation
            .map(|r| {
                format!(
                    "{}: {}",
                    ui::model_label(r.model(), lang),
                    r.profile().name.get(lang)
                )
            })
            .unwrap_or_default(),
    }
}

pub fn progress_text(index: usize, lang: Lang) -> String {
    ui::PROGRESS
        .get(lang)
        .replace("{n}", &format_integer(index as u64 + 1, lang))
        .replace("{total}", &format_integer(QUESTION_COUNT as u64, lang))
}
