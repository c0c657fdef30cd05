//! The root component: holds the plain-data state (the engine's `Session`,
//! the display language, notices, a pending resume offer) in a reducer,
//! keeps progress saved, and picks the screen to render.

use std::rc::Rc;

use gloo_events::EventListener;
use gloo_render::request_animation_frame;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::View;

use super::browser::{focus_and_show_start, location_fragment, open_result_sections_if_wide, ProgressStore};
use super::intro::{intro_screen, IntroProps};
use super::lang_switch::{language_switch, LanguageSwitchProps};
use super::notices::{notice_list, NoticeListProps};
use super::question::{question_screen, QuestionProps};
use super::reader::Reader;
use super::result::{result_screen, ResultProps};
use super::review::{review_screen, ReviewProps};
use super::team::TeamScreen;
use crate::embed::{AdvisorEvent, HostSettings, Theme};
use crate::engine::answers::CompleteAnswers;
use crate::engine::early_visit::EarlyVisit;
use crate::engine::flow::{Screen, Session, Step};
use crate::engine::lang::Lang;
use crate::engine::notice::Notice;
use crate::engine::progress::SavedProgress;
use crate::engine::questionnaire::Questionnaire;
use crate::engine::recommendation::Recommendation;
use crate::engine::share_code::{fragment_key, read_fragment, team_fragment_key, ShareCode, ShareCodeError};
use crate::engine::team::Team;

#[derive(Clone, Debug, PartialEq)]
pub struct AdvisorState {
    pub session: Session,
    pub lang: Lang,
    pub notices: Vec<Notice>,
    /// Progress from an earlier visit, offered on the intro until the
    /// visitor continues or starts over.
    pub resume_offer: Option<SavedProgress>,
    /// The members of the team view; kept in the page only, so leaving the
    /// view and coming back loses nothing.
    pub team: Team,
    /// The visitor's own answers as they last brought them into the team.
    pub own_in_team: Option<CompleteAnswers>,
}

pub enum Action {
    Flow(Step),
    SetLang(Lang),
    Notify(Notice),
    Dismiss(usize),
    OfferResume(Option<SavedProgress>),
    SetTeam(Team),
    /// The visitor's own answers join the team (or replace those they
    /// brought before).
    BringOwn(CompleteAnswers),
}

impl Reducible for AdvisorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Flow(step) => {
                next.session = self.session.apply(step);
                if next.session.screen != self.session.screen {
                    // Notices belong to the screen they appeared on.
                    next.notices.clear();
                    // A visit to the team view from the intro leaves the
                    // offer to resume standing.
                    if ![self.session.screen, next.session.screen].contains(&Screen::Team) {
                        next.resume_offer = None;
                    }
                }
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::Notify(notice) => {
                if !next.notices.contains(&notice) {
                    next.notices.push(notice);
                }
            }
            Action::Dismiss(index) => {
                if index < next.notices.len() {
                    next.notices.remove(index);
                }
            }
            Action::OfferResume(offer) => next.resume_offer = offer,
            Action::SetTeam(team) => next.team = team,
            Action::BringOwn(answers) => {
                next.team.bring_own(self.own_in_team, answers);
                next.own_in_team = Some(answers);
            }
        }
        // Returning the same Rc tells Yew nothing changed: no re-render.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// A share link for this widget in the page URL: its answers, or why they
/// cannot be read. None without such a link.
fn shared_link(
    questionnaire: &'static Questionnaire,
    save_key: &str,
) -> Option<Result<CompleteAnswers, ShareCodeError>> {
    let fragment = location_fragment();
    let code = read_fragment(&fragment, &fragment_key(save_key))?;
    Some(ShareCode::decode(code, questionnaire).map(|shared| shared.answers()))
}

/// The value of a team link for this widget in the page URL, if any.
fn team_link(save_key: &str) -> Option<String> {
    read_fragment(&location_fragment(), &team_fragment_key(save_key)).map(str::to_owned)
}

impl AdvisorState {
    /// What the widget shows first: a team or a shared result if the page
    /// was opened with a team or share link for this widget, otherwise the
    /// intro, with an offer to resume saved progress; then what the visitor
    /// already did on the build-time first screens, with the host-page
    /// events those steps cause.
    fn initial(
        questionnaire: &'static Questionnaire,
        lang: Lang,
        save_key: &str,
        store: &ProgressStore,
        early: &EarlyVisit,
    ) -> (AdvisorState, Vec<AdvisorEvent>) {
        let mut state = AdvisorState {
            session: Session::new(questionnaire),
            lang,
            notices: Vec::new(),
            resume_offer: None,
            team: Team::default(),
            own_in_team: None,
        };
        if let Some((team, problems)) = team_link(save_key).map(|value| Team::from_link(&value, questionnaire)) {
            state.notices.extend(problems.into_iter().map(Notice::TeamLink));
            // A team link with no member that can be read is only a notice.
            if !team.is_empty() {
                state.session = state.session.apply(Step::ShowTeam);
                state.team = team;
            }
        }
        if !state.session.shared {
            match shared_link(questionnaire, save_key) {
                Some(Ok(answers)) => state.session = state.session.apply(Step::ShowShared(answers)),
                Some(Err(error)) => state.notices.push(Notice::SharedLink(error)),
                None => {}
            }
        }
        if !state.session.shared {
            match store.resume_offer() {
                Ok(offer) => state.resume_offer = offer,
                Err(error) => state.notices.push(Notice::ProgressDiscarded(error)),
            }
        }
        if !store.available() {
            state.notices.push(Notice::StorageUnavailable);
        }
        state.lang = early.lang.unwrap_or(state.lang);
        let mut state = Rc::new(state);
        let mut events = Vec::new();
        for &step in &early.steps {
            let before = state.session;
            state = state.reduce(Action::Flow(step));
            events.extend(event_for(step, &before, &state.session));
        }
        (Rc::unwrap_or_clone(state), events)
    }
}

#[derive(Properties, PartialEq)]
pub struct AdvisorProps {
    pub questionnaire: &'static Questionnaire,
    pub settings: HostSettings,
    /// Prefix for element ids, unique per widget on the page.
    pub id_prefix: AttrValue,
    /// Names this widget's saved progress and share links: the element's
    /// id, or `default`.
    pub save_key: AttrValue,
    #[prop_or_default]
    pub on_event: Callback<AdvisorEvent>,
    /// Reads and writes answers files (the on-demand module).
    #[prop_or_else(|| Reader::new(None))]
    pub reader: Reader,
    /// What the visitor did on the build-time first screens before the
    /// engine arrived; it is replayed when the widget starts.
    #[prop_or_default]
    pub early: EarlyVisit,
    /// Told once, when the widget has rendered for the first time: the
    /// loader then puts it in place of the build-time screens.
    #[prop_or_default]
    pub on_first_render: Callback<()>,
}

#[component]
pub fn Advisor(props: &AdvisorProps) -> Html {
    let questionnaire = props.questionnaire;
    let store = use_memo(props.save_key.clone(), |key| ProgressStore::new(questionnaire, key));
    // The events of the steps replayed from the build-time screens, sent
    // once the widget is on the page.
    let early_events = use_mut_ref(Vec::new);
    let state = {
        let (lang, key, store, early) = (props.settings.lang, props.save_key.clone(), store.clone(), &props.early);
        let early_events = early_events.clone();
        use_reducer(move || {
            let (state, events) = AdvisorState::initial(questionnaire, lang, &key, &store, early);
            *early_events.borrow_mut() = events;
            state
        })
    };
    let heading = use_node_ref();
    let root = use_node_ref();

    // First of the effects, so the ones below find the widget on the page.
    {
        let (on_first_render, on_event) = (props.on_first_render.clone(), props.on_event.clone());
        use_effect_with((), move |_| {
            on_first_render.emit(());
            for event in early_events.take() {
                on_event.emit(event);
            }
        });
    }

    // The host page changed the `lang` attribute: follow it. Not on the
    // first render: the language the widget started in may be one the
    // visitor chose on the build-time screens.
    {
        let state = state.clone();
        let host_lang = use_mut_ref(|| props.settings.lang);
        use_effect_with(props.settings.lang, move |lang| {
            if std::mem::replace(&mut *host_lang.borrow_mut(), *lang) != *lang {
                state.dispatch(Action::SetLang(*lang));
            }
        });
    }

    // Keep progress in the browser after every change; not while a resume
    // offer is pending (the visitor has not chosen yet), and never for a
    // shared result.
    {
        let (state_handle, store) = (state.clone(), store.clone());
        use_effect_with((state.session, state.resume_offer.is_some()), move |(session, offer_pending)| {
            if let (Some(progress), false) = (session.progress(), offer_pending) {
                if progress.answers.is_empty() && progress.screen == Screen::Intro {
                    store.clear();
                } else if !store.save(&progress) {
                    state_handle.dispatch(Action::Notify(Notice::StorageUnavailable));
                }
            }
        });
    }

    // A share link opened in a tab that is already on this page changes only
    // the fragment, and the page does not reload: follow it. The visitor's
    // own progress stays saved and is offered again after "Take it yourself".
    {
        let (state, key) = (state.clone(), props.save_key.clone());
        use_effect_with(key, move |key| {
            let key = key.clone();
            // The team link last followed: a hash change that leaves it as
            // it was (another part changed, or Back to it) must not reset
            // the members added since.
            let followed = std::cell::RefCell::new(team_link(&key));
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    let value = team_link(&key);
                    let before = followed.replace(value.clone());
                    if let Some(changed) = value.filter(|v| before.as_ref() != Some(v)) {
                        let (team, problems) = Team::from_link(&changed, questionnaire);
                        for problem in problems {
                            state.dispatch(Action::Notify(Notice::TeamLink(problem)));
                        }
                        if !team.is_empty() {
                            state.dispatch(Action::SetTeam(team));
                            state.dispatch(Action::Flow(Step::ShowTeam));
                            return;
                        }
                    }
                    match shared_link(questionnaire, &key) {
                        Some(Ok(answers)) => state.dispatch(Action::Flow(Step::ShowShared(answers))),
                        Some(Err(error)) => state.dispatch(Action::Notify(Notice::SharedLink(error))),
                        None => {}
                    }
                })
            });
            // Dropping the listener removes it.
            move || drop(listener)
        });
    }

    // Move focus to the new screen's heading after every screen change the
    // user caused — never on first render, which would steal focus from the
    // host page. It moves in the next animation frame: the browser lays the
    // new screen out for that frame anyway, while focusing at once forces an
    // extra synchronous layout (about 3 ms per step, measured in bench/).
    {
        let heading = heading.clone();
        let first_render = use_mut_ref(|| true);
        // The pending frame; dropping it would cancel the focus move.
        let frame = use_mut_ref(|| None);
        use_effect_with(state.session.screen, move |_| {
            if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
                *frame.borrow_mut() = Some(request_animation_frame(move |_| {
                    if let Some(heading) = heading.cast::<HtmlElement>() {
                        focus_and_show_start(&heading);
                    }
                }));
            }
        });
    }

    // The result's sections start open where there is room for them; on a
    // phone they stay closed so the first screen shows the recommendation,
    // its fit and the first step.
    {
        let root = root.clone();
        use_effect_with(state.session.screen, move |screen| {
            if let (Screen::Result, Some(root)) = (screen, root.cast::<Element>()) {
                open_result_sections_if_wide(&root);
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

    // The team's result, computed once per team: the team view renders it
    // and the host page hears of it (`advisor-team`) whenever it changes.
    let team_result = use_memo(state.team.clone(), |team| team.result().map(Rc::new));
    {
        let on_event = props.on_event.clone();
        let showing = state.session.screen == Screen::Team;
        use_effect_with((team_result.clone(), showing), move |(result, showing)| {
            if let (Some(team), true) = (result.as_ref(), *showing) {
                on_event.emit(AdvisorEvent::team(team));
            }
        });
    }

    // `advisor-complete` fires once per distinct answer set: back on the
    // result from the review with nothing changed is not a new completion.
    let last_completed = use_mut_ref(|| None::<CompleteAnswers>);
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
                let completed = after.answers.complete();
                let repeat = matches!(event, AdvisorEvent::Completed { .. })
                    && std::mem::replace(&mut *last_completed.borrow_mut(), completed) == completed;
                if !repeat {
                    on_event.emit(event);
                }
            }
            state.dispatch(Action::Flow(step));
        })
    };
    // One way to turn a reducer action into a callback: the dispatcher's.
    let actions = state.dispatcher().to_callback();
    let notify = actions.reform(Action::Notify);
    let set_lang = actions.reform(Action::SetLang);
    let dismiss = actions.reform(Action::Dismiss);
    let start_over = {
        let (state, store) = (state.clone(), store.clone());
        Callback::from(move |_| {
            store.clear();
            state.dispatch(Action::OfferResume(None));
        })
    };
    let take_it_yourself = {
        let (flow, state, store) = (flow.clone(), state.clone(), store.clone());
        Callback::from(move |_| {
            flow.emit(Step::TakeItYourself);
            // The visitor's own saved progress, if any, is offered again.
            match store.resume_offer() {
                Ok(offer) => state.dispatch(Action::OfferResume(offer)),
                Err(error) => state.dispatch(Action::Notify(Notice::ProgressDiscarded(error))),
            }
        })
    };

    let lang = state.lang;
    let view = View { questionnaire, lang, reader: props.reader };
    let session = state.session;
    // Scoring, reasons and sensitivity run once per answer set, not on
    // every render (a language switch re-renders the same result).
    let recommendation = use_memo(session, |session| session.recommendation().map(Rc::new));
    let recommendation: Option<Rc<Recommendation>> = (*recommendation).clone();
    let company = props.settings.company.clone();
    let id_prefix = props.id_prefix.clone();
    let screen = match session.screen {
        Screen::Intro => intro_screen(&IntroProps {
            view,
            company: company.clone(),
            id_prefix: id_prefix.clone(),
            heading: heading.clone(),
            resume_offer: state.resume_offer,
            on_start: flow.reform(|_| Step::Start),
            on_resume: flow.reform(Step::Resume),
            on_start_over: start_over,
            on_restore: flow.reform(Step::Restore),
            on_notice: notify.clone(),
            on_team: flow.reform(|_| Step::OpenTeam),
        }),
        Screen::Question(index) => question_screen(&QuestionProps {
            view,
            index,
            id_prefix: id_prefix.clone(),
            selected: session.answers.get(index),
            can_advance: session.can_advance(),
            is_last: session.is_last_question(),
            editing: session.editing,
            heading: heading.clone(),
            on_choose: flow.reform(move |option| Step::Choose { question: index, option }),
            on_back: flow.reform(|_| Step::Back),
            on_next: flow.reform(|_| Step::Next),
        }),
        Screen::Review => review_screen(&ReviewProps {
            view,
            answers: session.answers,
            heading: heading.clone(),
            on_edit: flow.reform(Step::Edit),
            on_done: flow.reform(|_| Step::Next),
        }),
        Screen::Result => match recommendation.clone() {
            Some(recommendation) => result_screen(&ResultProps {
                view,
                recommendation,
                company: company.clone(),
                shared: session.shared,
                id_prefix: id_prefix.clone(),
                save_key: props.save_key.clone(),
                heading: heading.clone(),
                on_review: flow.reform(|_| Step::Review),
                on_restart: flow.reform(|_| Step::Restart),
                on_take_it_yourself: take_it_yourself.clone(),
                on_team: {
                    // Your own result joins the team first.
                    let (actions, flow, own) = (actions.clone(), flow.clone(), session.answers.complete());
                    Callback::from(move |_| {
                        if let Some(answers) = own {
                            actions.emit(Action::BringOwn(answers));
                        }
                        flow.emit(Step::OpenTeam);
                    })
                },
            }),
            None => Html::default(),
        },
        Screen::Team => {
            let on_back = if session.shared { take_it_yourself } else { flow.reform(|_| Step::Back) };
            html! {
                <TeamScreen {view} team={state.team.clone()} result={(*team_result).clone()}
                    company={company.clone()} id_prefix={id_prefix.clone()} save_key={props.save_key.clone()}
                    heading={heading.clone()} on_change={actions.reform(Action::SetTeam)}
                    back_to_result={!session.shared && session.answers.complete().is_some()} {on_back} />
            }
        }
    };

    advisor_frame(&FrameProps {
        view,
        theme: props.settings.theme,
        id_prefix,
        root,
        announcement: announcement(&session, recommendation.as_deref(), view),
        notices: state.notices.clone(),
        on_lang: set_lang,
        on_dismiss: dismiss,
        screen,
    })
}

/// What is around every screen: the bar with the widget's name and the
/// language switch, the polite live region and the notices.
pub struct FrameProps {
    pub view: View,
    pub theme: Theme,
    pub id_prefix: AttrValue,
    pub root: NodeRef,
    /// What the live region says (see [`announcement`]).
    pub announcement: String,
    pub notices: Vec<Notice>,
    pub on_lang: Callback<Lang>,
    pub on_dismiss: Callback<usize>,
    pub screen: Html,
}

pub fn advisor_frame(props: &FrameProps) -> Html {
    let FrameProps { view, id_prefix, .. } = props;
    let View { questionnaire, lang, .. } = *view;
    html! {
        <div ref={props.root.clone()} lang={questionnaire.lang_code(lang).to_owned()}
            class={format!("advisor theme-{}", props.theme.as_str())}>
            <header class="advisor-bar">
                <p class="advisor-name">{ questionnaire.texts().widget_name().get(lang) }</p>
                { language_switch(&LanguageSwitchProps { view: *view, id_prefix: id_prefix.clone(), on_change: props.on_lang.clone() }) }
            </header>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ &props.announcement }</p>
            { notice_list(&NoticeListProps { view: *view, notices: props.notices.clone(), on_dismiss: props.on_dismiss.clone() }) }
            { props.screen.clone() }
        </div>
    }
}

/// The host-page event a step causes, if any.
fn event_for(step: Step, before: &Session, after: &Session) -> Option<AdvisorEvent> {
    match step {
        Step::Start => Some(AdvisorEvent::Started),
        Step::Choose { question, option } => {
            let question = before.answers.questionnaire().question(question);
            Some(AdvisorEvent::Answered { question: question.id.clone(), option: question.options[option].id.clone() })
        }
        // Reaching a result by answering (from the last question or the
        // review) or by loading a file. Resuming a finished visit, opening a
        // shared result or coming back from the compare screen is not a new
        // completion.
        Step::Next | Step::Restore(_) if after.screen == Screen::Result && before.screen != Screen::Result => {
            after.recommendation().map(|r| AdvisorEvent::completed(&r))
        }
        _ => None,
    }
}

/// What the polite live region says after a screen change.
pub fn announcement(session: &Session, recommendation: Option<&Recommendation>, view: View) -> String {
    let View { questionnaire, lang, .. } = view;
    match session.screen {
        Screen::Intro | Screen::Review | Screen::Team => String::new(),
        Screen::Question(index) => questionnaire.progress_text(index, lang),
        Screen::Result => recommendation
            .map(|r| format!("{}: {}", questionnaire.model_label(r.model(), lang), r.profile().name.get(lang)))
            .unwrap_or_default(),
    }
}
