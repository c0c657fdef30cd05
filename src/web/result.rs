//! The result: recommended model, its fit, any prerequisite and the first
//! step on the first screen; then why (what tipped it, what the company is,
//! and the source's idea the model rests on), the fit of all three models,
//! what would change it, what was not known, the 90-day plan with owners,
//! the measures, who decides what, risks, and saving and sharing, each in
//! a disclosure.

use std::rc::Rc;

use yew::prelude::*;

use super::View;

use super::actions::ShareActions;
use super::chart::{fit_chart, FitChartProps};
use super::review::{answer_list, AnswerListProps};
use crate::engine::answers::Choice;
use crate::engine::lang::Text;
use crate::engine::questionnaire::{fill, PlanStep};
use crate::engine::recommendation::Recommendation;
use crate::engine::scoring::{Confidence, Evaluation};
use crate::engine::sensitivity::Route;
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
    pub on_team: Callback<()>,
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
                    { plan_step(view, &wording, first, &[]) }
                </div>
            }
            { prerequisite_notes(view, &wording, recommendation) }
            if let Some(then) = recommendation.after_fixes {
                <p class="note after-fixes">{ fill(ui.after_fixes().get(lang), &[("n", then.number().to_string())]) }</p>
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
                <h4>{ ui.levers_title().get(lang) }</h4>
                <p>{ ui.why_intro().get(lang) }</p>
                <ol class="reasons">
                    { for recommendation.reasons.iter().map(|reason| html! {
                        <li data-question={reason.question().id.clone()} data-option={reason.option().id.clone()}>
                            { answer_line(view, reason) }
                            <p class="reason-why">{ reason.option().rationale.get(lang) }</p>
                        </li>
                    }) }
                </ol>
                <h4>{ ui.facts_title().get(lang) }</h4>
                <ul class="facts">
                    { for recommendation.facts.iter().map(|fact| html! {
                        <li data-question={fact.question().id.clone()}>{ answer_line(view, fact) }</li>
                    }) }
                </ul>
                <h4>{ ui.basis_title().get(lang) }</h4>
                <p class="basis">{ text(&profile.basis) }</p>
                <p>{ ui.basis_answers().get(lang) }</p>
                <ul class="basis-answers">
                    { for profile.basis_questions.iter().filter_map(|id| questionnaire.question_index(id)).map(|q| html! {
                        <li>{ answer_line(view, &recommendation.answers.choice(q)) }</li>
                    }) }
                </ul>
            </>}) }
            { disclosure("fit", ui.fit_title().get(lang),
                fit_chart(&FitChartProps { view, evaluation: recommendation.evaluation })) }
            { disclosure("change", ui.change_title().get(lang), html! {<>
                <ul class="alternatives">
                    { for recommendation.alternatives.iter().map(|alternative| html! {
                        <li data-model={alternative.model.number().to_string()}
                            data-route={route_name(&alternative.route)}>
                            { alternative.sentence(&recommendation.answers, &wording, lang) }
                        </li>
                    }) }
                </ul>
                if let [a, b] = recommendation.hinges[..] {
                    <p class="hinges">{ fill(ui.hinges().get(lang), &[
                        ("a", questionnaire.question(a).topic.get(lang).to_owned()),
                        ("b", questionnaire.question(b).topic.get(lang).to_owned()),
                    ]) }</p>
                }
            </>}) }
            if !recommendation.unknowns.is_empty() {
                { disclosure("unknowns", ui.unknowns_title().get(lang), html! {
                    <ul class="unknown-list">
                        { for recommendation.unknowns.iter().map(|unknown| {
                            let question = questionnaire.question(unknown.question);
                            let topic = ("topic", question.topic.get(lang).to_owned());
                            let ask = wording.ask(questionnaire, question, lang);
                            html! {
                                <li data-question={question.id.clone()}>
                                    if unknown.would_change.is_empty() {
                                        { fill(ui.unknown_no_change().get(lang), &[topic]) }
                                    } else {
                                        { for unknown.would_change.iter().map(|(options, m)| html! {
                                            <p>{ fill(ui.unknown_changes().get(lang), &[
                                                topic.clone(),
                                                ("answer", either(view, options.iter().map(|&o| question.options[o].label.get(lang)))),
                                                ("n", m.number().to_string()),
                                                ("ask", ask.clone()),
                                            ]) }</p>
                                        }) }
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                }) }
            }
            if !next_steps.is_empty() {
                { disclosure("steps", ui.next_steps_title().get(lang), html! {
                    <ol class="first-steps">
                        { for next_steps.iter().map(|step| html! { <li>{ plan_step(view, &wording, step, &[]) }</li> }) }
                    </ol>
                }) }
            }
            { disclosure("kpis", ui.kpis_title().get(lang), html! {
                <ul class="kpi-list">
                    { for profile.kpis.iter().map(|kpi| html! { <li>{ text(kpi) }</li> }) }
                </ul>
            }) }
            { disclosure("rights", ui.rights_title().get(lang), html! {
                <table class="decision-rights">
                    <thead><tr>
                        <th scope="col">{ ui.rights_stage().get(lang) }</th>
                        <th scope="col">{ ui.rights_decides().get(lang) }</th>
                        <th scope="col">{ ui.rights_consulted().get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for profile.decision_rights.iter().map(|right| {
                            let stage = questionnaire.content.lifecycle.iter().find(|s| s.id == right.stage);
                            let roles = wording.role_list(questionnaire, &right.consulted, lang);
                            html! {
                                <tr>
                                    <th scope="row">{ stage.map_or("", |s| s.label.get(lang)) }</th>
                                    <td>{ wording.role(questionnaire, &right.decides, lang) }</td>
                                    <td>{ if roles.is_empty() { "—".to_owned() } else { roles } }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }) }
            { disclosure("risks", ui.risks_title().get(lang), html! {
                <ul class="risk-list">
                    { for profile.risks.iter().map(|risk| html! { <li>{ text(risk) }</li> }) }
                </ul>
            }) }
            { disclosure("actions", ui.actions_title().get(lang), html! {
                <ShareActions {view} answers={recommendation.answers} shared={props.shared}
                    id_prefix={props.id_prefix.clone()} save_key={props.save_key.clone()}
                    on_team={props.on_team.clone()} />
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

/// "Topic: answer", one line.
fn answer_line(view: View, answer: &Choice) -> Html {
    let lang = view.lang;
    html! {
        <p class="reason-answer">
            <span class="reason-topic">{ answer.question().topic.get(lang) }</span>
            { ": " }
            <strong>{ answer.option().label.get(lang) }</strong>
        </p>
    }
}

/// Why the plan starts where it does: what the recommended model needs
/// first, one note per unmet precondition.
pub(super) fn prerequisite_notes(view: View, wording: &Wording, recommendation: &Recommendation) -> Html {
    let View { questionnaire, lang, .. } = view;
    let model = recommendation.model().number().to_string();
    html! {
        { for recommendation.prerequisites.iter().map(|p| html! {
            <p class="note prerequisite">
                { fill(questionnaire.texts().prerequisite().get(lang), &[
                    ("n", model.clone()),
                    ("missing", wording.text(questionnaire, &p.missing, lang)),
                ]) }
            </p>
        }) }
    }
}

/// A step of the plan: what to do, who owns it (with the team members who
/// hold that role, in the team view), by when, and what done looks like.
pub(super) fn plan_step(view: View, wording: &Wording, step: &PlanStep, holders: &[&str]) -> Html {
    let View { questionnaire, lang, .. } = view;
    let ui = questionnaire.texts();
    html! {<>
        <p class="step-text">{ wording.text(questionnaire, &step.text, lang) }</p>
        <p class="step-meta">
            <span class="step-owner">{ ui.owner_label().get(lang) }{ ": " }<strong>{ wording.role(questionnaire, &step.owner, lang) }</strong>
                if !holders.is_empty() {
                    { " — " }{ holders.join(", ") }
                }
            </span>
            <span class="step-days">{ fill(ui.within_days().get(lang), &[("days", step.days.to_string())]) }</span>
        </p>
        <p class="step-done"><strong>{ ui.done_label().get(lang) }</strong>{ ": " }{ wording.text(questionnaire, &step.done, lang) }</p>
    </>}
}

/// Quoted answers as alternatives: "“A”", "“A” or “B”", "“A”, “B” or “C”".
fn either<'a>(view: View, labels: impl Iterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = labels.map(|label| format!("“{label}”")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), view.questionnaire.texts().or().get(view.lang)),
        None => String::new(),
    }
}

fn route_name(route: &Route) -> &'static str {
    match route {
        Route::Moves(_) => "moves",
        Route::Closed(_) => "closed",
        Route::OutOfReach => "out-of-reach",
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
        Confidence::OnlyOption => html! {
            <p class="confidence only-option">
                <strong>{ ui.only_option_label().get(lang) }</strong>{ " — " }{ fill(ui.only_option_text().get(lang)) }
            </p>
        },
        Confidence::ClearFit => html! {
            <p class="confidence clear-fit">
                <strong>{ ui.clear_fit_label().get(lang) }</strong>{ " — " }{ fill(ui.clear_fit_text().get(lang)) }
            </p>
        },
        Confidence::CloseCall => html! {
            <div class="confidence close-call">
                <p>
                    <strong>{ ui.close_call_label().get(lang) }</strong>{ " — " }
                    { fill(if margin == 0 { ui.close_call_equal() } else { ui.close_call_text() }.get(lang)) }
                </p>
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
