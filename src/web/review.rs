//! Every answer on one page: the review screen (with a way to change each)
//! and the same list printed with the result.

use yew::prelude::*;

use super::View;

use crate::engine::answers::Answers;
use crate::engine::questionnaire::fill;

pub struct AnswerListProps {
    pub view: View,
    pub answers: Answers,
    /// With it, each answer has a Change button.
    pub on_edit: Option<Callback<usize>>,
}

pub fn answer_list(props: &AnswerListProps) -> Html {
    let view = props.view;
    let View { questionnaire, lang, .. } = view;
    let ui = questionnaire.texts();
    html! {
        <div class="answer-list">
            { for questionnaire.content.sections.iter().map(|section| html! {
                <section class="answer-section">
                    <h3>{ section.title.get(lang) }</h3>
                    <dl>
                        { for questionnaire.questions().iter().enumerate().filter(|(_, q)| q.section == section.id).map(|(i, q)| {
                            let answer = props.answers.get(i).map(|o| q.options[o].label.get(lang)).unwrap_or("—");
                            html! {
                                <div class="answer-row" data-question={q.id.clone()}>
                                    <dt>{ q.topic.get(lang) }</dt>
                                    <dd>{ answer }</dd>
                                    if let Some(on_edit) = &props.on_edit {
                                        <dd class="answer-change">
                                            <button type="button" class="link-button"
                                                aria-label={fill(ui.change_named().get(lang), &[("topic", q.topic.get(lang).to_owned())])}
                                                onclick={on_edit.reform(move |_| i)}>
                                                { ui.change().get(lang) }
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
    pub view: View,
    pub answers: Answers,
    pub heading: NodeRef,
    pub on_edit: Callback<usize>,
    pub on_done: Callback<()>,
}

pub fn review_screen(props: &ReviewProps) -> Html {
    let view = props.view;
    let View { questionnaire, lang, .. } = view;
    let ui = questionnaire.texts();
    html! {
        <section class="screen review">
            <h2 ref={props.heading.clone()} tabindex="-1">{ ui.review_title().get(lang) }</h2>
            <p>{ ui.review_intro().get(lang) }</p>
            { answer_list(&AnswerListProps { view, answers: props.answers, on_edit: Some(props.on_edit.clone()) }) }
            <div class="nav">
                <button type="button" class="primary" onclick={props.on_done.reform(|_| ())}>
                    { ui.see_result().get(lang) }
                </button>
            </div>
        </section>
    }
}
