//! The result: recommended model, its fit and the first step on the first
//! screen; then why (the user's own answers that drove it), the fit of all
//! three models, what would change it, the next steps, risks, and saving
//! and sharing, each in a disclosure.

use std::rc::Rc;

use yew::prelude::*;

use super::View;

use super::actions::ShareActions;
use super::chart::{fit_chart, FitChartProps};
use super::review::{answer_list, AnswerListProps};
use crate::engine::answers::CompleteAnswers;
use crate::engine::lang::Text;
use crate::engine::questionnaire::fill;
use crate::engine::recommendation::Recommendation;
use crate::engine::scoring::{Confidence, Evaluation};
use crate::engine::wording::Wording;

pub struct ResultProps {
    pub view: View,
    pub recommendation: Rc<Recommendation>,
    pub company: Option<String>,
    /// Someone else's result, opened from a share link.
    pub shared: bool,
    pub id_prefix: AttrValue,
    pub save_key: AttrValue,
    pub heading: NodeRef,
    pub on_review: Callback<()>,
    pub on_restart: Callback<()>,
    pub on_take_it_yourself: Callback<()>,
    pub on_compare: Callback<CompleteAnswers>,
}

pub fn result_screen(props: &ResultProps) -> Html {
    let view = props.view;
    let View { questionnaire, lang, .. } = view;
    let ui = questionnaire.texts();
    let recommendation = &props.recommendation;
    let model = recommendation.model();
    let profile = recommendation.profile();
    let wording = Wording::for_answers(&recommendation.answers, props.company.as_deref());
    let text = |t: &Text| wording.text(questionnaire, t, lang);
    // The first step leads the result; the others follow in their section.
    let (first_step, next_steps) = match recommendation.first_steps.split_first() {
        Some((first, next)) => (Some(first), next),
        None => (None, &[][..]),
    };
    html! {
        <section class="screen result" data-recommended-model={model.number().to_string()}>
            <p class="eyebrow">
                { if props.shared { ui.shared_eyebrow().get(lang).to_owned() } else { text(ui.result_eyebrow()) } }
            </p>
            <h2 ref={props.heading.clone()} tabindex="-1">
                <span class="model-number">
                    { questionnaire.model_label(model, lang) }
                </span>
                <span class="model-name">{ profile.name.get(lang) }</span>
            </h2>
            <p class="headline-fit">
                { fill(ui.headline_fit().get(lang), &[("fit", questionnaire.percent(recommendation.evaluation.score(model).fit_percent(), lang))]) }
            </p>
            if let Some(first) = first_step {
                <div class="first-step">
                    <h3>{ ui.first_step_title().get(lang) }</h3>
                    <p>{ text(&first.text) }</p>
                </div>
            }
            if props.shared {
                <p class="note shared-note">{ ui.shared_note().get(lang) }</p>
            }
            { confidence_note(&ConfidenceProps { view, evaluation: recommendation.evaluation }) }
            <p class="summary">{ text(&profile.summary) }</p>
            { for wording.role_notes(questionnaire).into_iter().map(|note| html! {
                <p class="note">{ note.get(lang) }</p>
            }) }

            { disclosure("why", ui.why_title().get(lang), html! {<>
                <p>{ ui.why_intro().get(lang) }</p>
                <ol class="reasons">
                    { for recommendation.reasons.iter().map(|reason| html! {
                        <li data-question={reason.question().id.clone()} data-option={reason.option().id.clone()}>
                            <p class="reason-answer">
                                <span class="reason-topic">{ reason.question().topic.get(lang) }</span>
                                { ": " }
                                <strong>{ reason.option().label.get(lang) }</strong>
                            </p>
                            <p class="reason-why">{ reason.option().rationale.get(lang) }</p>
                        </li>
                    }) }
                </ol>
            </>}) }
            { disclosure("fit", ui.fit_title().get(lang),
                fit_chart(&FitChartProps { view, evaluation: recommendation.evaluation })) }
            { disclosure("change", ui.change_title().get(lang), html! {
                <ul class="alternatives">
                    { for recommendation.alternatives.iter().map(|alternative| html! {
                        <li data-model={alternative.model.number().to_string()}
                            data-tips={alternative.tips.to_string()}>
                            { alternative.sentence(questionnaire, lang) }
                        </li>
                    }) }
                </ul>
            }) }
            if !next_steps.is_empty() {
                { disclosure("steps", ui.next_steps_title().get(lang), html! {
                    <ol class="first-steps">
                        { for next_steps.iter().map(|step| html! { <li>{ text(&step.text) }</li> }) }
                    </ol>
                }) }
            }
            { disclosure("risks", ui.risks_title().get(lang), html! {
                <ul class="risk-list">
                    { for profile.risks.iter().map(|risk| html! { <li>{ text(risk) }</li> }) }
                </ul>
            }) }
            { disclosure("actions", ui.actions_title().get(lang), html! {
                <ShareActions {view} answers={recommendation.answers} shared={props.shared}
                    id_prefix={props.id_prefix.clone()} save_key={props.save_key.clone()}
                    on_compare={props.on_compare.clone()} />
            }) }

            <section class="result-part print-only">
                <h3>{ ui.review_title().get(lang) }</h3>
                { answer_list(&AnswerListProps { view, answers: recommendation.answers.into(), on_edit: None }) }
            </section>

            <div class="nav">
                if props.shared {
                    <button type="button" class="primary" onclick={props.on_take_it_yourself.reform(|_| ())}>
                        { ui.take_it_yourself().get(lang) }
                    </button>
                } else {
                    <button type="button" class="secondary" onclick={props.on_review.reform(|_| ())}>
                        { ui.change_answers().get(lang) }
                    </button>
                    <button type="button" class="primary" onclick={props.on_restart.reform(|_| ())}>
                        { ui.start_again().get(lang) }
                    </button>
                }
            </div>
        </section>
    }
}

/// One part of the result after its first screen: a native disclosure,
/// so phones show the recommendation and the first step before anything
/// else, while keyboards and screen readers get a button for free. The
/// widget opens them all on wide screens and in print (`web::app`,
/// `browser::print_alone`).
fn disclosure(part: &'static str, title: &str, body: Html) -> Html {
    html! {
        <details class={classes!("result-part", part)}>
            <summary><h3>{ title.to_owned() }</h3></summary>
            <div class="result-part-body">{ body }</div>
        </details>
    }
}

struct ConfidenceProps {
    view: View,
    evaluation: Evaluation,
}

/// Clear fit or close call; a close call names the runner-up in full.
fn confidence_note(props: &ConfidenceProps) -> Html {
    let view = props.view;
    let View { questionnaire, lang, .. } = view;
    let ui = questionnaire.texts();
    let evaluation = &props.evaluation;
    let (best, next) = (evaluation.recommended(), evaluation.runner_up());
    let margin = evaluation.shown_margin();
    let values = [
        ("n", best.number().to_string()),
        ("m", next.number().to_string()),
        ("points", questionnaire.percentage_points(margin.into(), lang)),
    ];
    let fill = |template: &str| fill(template, &values);
    match evaluation.confidence() {
        Confidence::ClearFit => html! {
            <p class="confidence clear-fit">
                <strong>{ ui.clear_fit_label().get(lang) }</strong>{ " — " }{ fill(ui.clear_fit_text().get(lang)) }
            </p>
        },
        Confidence::CloseCall => html! {
            <div class="confidence close-call">
                <p><strong>{ ui.close_call_label().get(lang) }</strong>{ " — " }{ fill(ui.close_call_text().get(lang)) }</p>
                <p class="runner-up">
                    { ui.runner_up().get(lang) }{ ": " }
                    <strong>
                        { questionnaire.model_label(next, lang) }{ " · " }
                        { questionnaire.profile(next).name.get(lang) }
                    </strong>
                </p>
            </div>
        },
    }
}
