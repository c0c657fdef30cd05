//! Every answer on one page: the review screen (with a way to change each)
//! and the same list printed with the result.

use yew::prelude::*;

use crate::engine::answers::Answers;
use crate::engine::content::ui;
use crate::engine::lang::Lang;
use crate::engine::questionnaire::{Section, QUESTIONS};

pub struct AnswerListProps {
    pub lang: Lang,
    pub answers: Answers,
    /// With it, each answer has a Change button.
    pub on_edit: Option<Callback<usize>>,
}

pub fn answer_list(props: &AnswerListProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="answer-list">
            { for Section::ALL.into_iter().map(|section| html! {
                <section class="answer-section">
                    <h3>{ section.title().get(lang) }</h3>
                    <dl>
                        { for QUESTIONS.iter().enumerate().filter(|(_, q)| q.section == section).map(|(i, q)| {
                            let answer = props.answers.get(i).map(|o| q.options[o].label.get(lang)).unwrap_or("—");
                            html! {
                                <div class="answer-row" data-question={q.id}>
                                    <dt>{ q.topic.get(lang) }</dt>
                                    <dd>{ answer }</dd>
                                    if let Some(on_edit) = &props.on_edit {
                                        <dd class="answer-change">
                                            <button type="button" class="link-button"
                                                aria-label={ui::CHANGE_NAMED.get(lang).replace("{topic}", q.topic.get(lang))}
                                                onclick={on_edit.reform(move |_| i)}>
                                                { ui::CHANGE.get(lang) }
                                            </button>
                                        </dd>
                                    }
                                </div>
                            }
                        }) }
                    </dl>
                </section>
            }) }
        </div>
    }
}

pub struct ReviewProps {
    pub lang: Lang,
    pub answers: Answers,
    pub heading: NodeRef,
    pub on_edit: Callback<usize>,
    pub on_done: Callback<()>,
}

pub fn review_screen(props: &ReviewProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="screen review">
            <h2 ref={props.heading.clone()} tabindex="-1">{ ui::REVIEW_TITLE.get(lang) }</h2>
            <p>{ ui::REVIEW_INTRO.get(lang) }</p>
            { answer_list(&AnswerListProps { lang, answers: props.answers, on_edit: Some(props.on_edit.clone()) }) }
            <div class="nav">
                <button type="button" class="primary" onclick={props.on_done.reform(|_| ())}>
                    { ui::SEE_RESULT.get(lang) }
                </button>
            </div>
        </section>
    }
}
