//! Two executives side by side: both recommendations, the combined view,
//! and the differences that move the result most, first.

use std::rc::Rc;

use yew::prelude::*;

use super::View;

use crate::engine::alignment::Alignment;
use crate::engine::model::CollaborationModel;
use crate::engine::questionnaire::fill;
use crate::engine::scoring::Evaluation;

pub struct CompareProps {
    pub view: View,
    pub alignment: Rc<Alignment>,
    pub heading: NodeRef,
    pub on_back: Callback<()>,
}

pub fn compare_screen(props: &CompareProps) -> Html {
    let view = props.view;
    let View { questionnaire, lang, .. } = view;
    let ui = questionnaire.texts();
    let a = &props.alignment;
    let (mine, theirs) = (a.yours.recommended(), a.theirs.recommended());
    let numbers = [("n", mine.number().to_string()), ("m", theirs.number().to_string())];
    let summary = fill(if a.same_model() { ui.compare_same() } else { ui.compare_different() }.get(lang), &numbers);
    let agreed = fill(
        ui.agreed().get(lang),
        &[
            ("n", questionnaire.integer(a.agreed as u64, lang)),
            ("total", questionnaire.integer(questionnaire.question_count() as u64, lang)),
        ],
    );
    html! {
        <section class="screen compare">
            <h2 ref={props.heading.clone()} tabindex="-1">{ ui.compare().get(lang) }</h2>
            <p class="compare-summary">{ summary }</p>
            <div class="compare-grid">
                { side_card(&SideCardProps { view, label: ui.you().get(lang), evaluation: a.yours }) }
                { side_card(&SideCardProps { view, label: ui.colleague().get(lang), evaluation: a.theirs }) }
                { side_card(&SideCardProps { view, label: ui.combined().get(lang), evaluation: a.combined }) }
            </div>
            <p>
                { fill(ui.combined_text().get(lang), &[("n", a.combined.recommended().number().to_string())]) }
                { " " }{ agreed }
            </p>
            <section class="result-part">
                <h3>{ ui.differences_title().get(lang) }</h3>
                if a.differences.is_empty() {
                    <p>{ ui.no_differences().get(lang) }</p>
                } else {
                    <ol class="differences">
                        { for a.differences.iter().map(|d| {
                            let weight = difference_text(d.weight, mine, theirs, view);
                            html! {
                                <li data-question={d.question().id.clone()}>
                                    <p class="difference-topic">{ d.question().topic.get(lang) }</p>
                                    <dl class="difference-answers">
                                        <div><dt>{ ui.you().get(lang) }</dt><dd>{ d.your_option().label.get(lang) }</dd></div>
                                        <div><dt>{ ui.colleague().get(lang) }</dt><dd>{ d.their_option().label.get(lang) }</dd></div>
                                    </dl>
                                    <p class="difference-weight">{ weight }</p>
                                </li>
                            }
                        }) }
                    </ol>
                }
            </section>
            <div class="nav">
                <button type="button" class="secondary" onclick={props.on_back.reform(|_| ())}>
                    { ui.back_to_result().get(lang) }
                </button>
            </div>
        </section>
    }
}

/// What one difference does to the result, in words.
fn difference_text(weight: f64, mine: CollaborationModel, theirs: CollaborationModel, view: View) -> String {
    let View { questionnaire, lang, .. } = view;
    let ui = questionnaire.texts();
    let points = weight.abs().round() as u64;
    let template = if mine == theirs {
        ui.difference_spread()
    } else if points == 0 {
        ui.difference_neutral()
    } else if weight > 0.0 {
        ui.difference_toward()
    } else {
        ui.difference_away()
    };
    fill(
        template.get(lang),
        &[
            ("points", questionnaire.percentage_points(points, lang)),
            ("n", mine.number().to_string()),
            ("m", theirs.number().to_string()),
        ],
    )
}

struct SideCardProps {
    view: View,
    label: &'static str,
    evaluation: Evaluation,
}

fn side_card(props: &SideCardProps) -> Html {
    let View { questionnaire, lang, .. } = props.view;
    let model = props.evaluation.recommended();
    html! {
        <div class="side-card" data-recommended-model={model.number().to_string()}>
            <p class="side-label">{ props.label }</p>
            <p class="side-model">
                <strong>{ questionnaire.model_label(model, lang) }</strong>{ " · " }{ questionnaire.profile(model).short_name.get(lang) }
            </p>
            <ul class="mini-fits">
                { for CollaborationModel::ALL.into_iter().map(|m| html! {
                    <li>
                        <span>{ questionnaire.model_label(m, lang) }</span>
                        <span>{ questionnaire.percent(props.evaluation.score(m).fit_percent(), lang) }</span>
                    </li>
                }) }
            </ul>
        </div>
    }
}
