//! Fit of the three models: a list whose items carry the numbers as text,
//! each with an inline SVG bar. The bars are decoration for sighted users
//! (`aria-hidden`); the text is the same data for everyone.

use yew::prelude::*;

use super::View;

use crate::engine::model::CollaborationModel;
use crate::engine::scoring::Evaluation;

pub struct FitChartProps {
    pub view: View,
    pub evaluation: Evaluation,
}

pub fn fit_chart(props: &FitChartProps) -> Html {
    let view = props.view;
    let View { questionnaire, lang, .. } = view;
    let ui = questionnaire.texts();
    let recommended = props.evaluation.recommended();
    html! {
        <ul class="fit-chart" aria-label={ui.fit_chart_label().get(lang)}>
            { for CollaborationModel::ALL.into_iter().map(|model| {
                let fit = props.evaluation.score(model).fit_percent();
                let is_recommended = model == recommended;
                let is_open = props.evaluation.is_open(model);
                let number = questionnaire.model_label(model, lang);
                html! {
                    <li class={classes!("fit-row", is_recommended.then_some("is-recommended"), (!is_open).then_some("is-closed"))}
                        data-model={model.number().to_string()}>
                        <span class="fit-label">
                            <span class="fit-number">{ number }</span>
                            { " " }
                            <span class="fit-name">{ questionnaire.profile(model).short_name.get(lang) }</span>
                            if is_recommended {
                                <span class="fit-badge">{ ui.recommended().get(lang) }</span>
                            }
                            if !is_open {
                                <span class="fit-badge closed">{ ui.not_an_option().get(lang) }</span>
                            }
                        </span>
                        <span class="fit-value">{ questionnaire.percent(fit, lang) }</span>
                        <svg class="fit-bar" width="100%" height="12" aria-hidden="true" focusable="false">
                            <rect class="fit-track" x="0" y="0" width="100%" height="12" rx="6" />
                            <rect class="fit-fill" x="0" y="0" width={format!("{fit}%")} height="12" rx="6" />
                        </svg>
                    </li>
                }
            }) }
        </ul>
    }
}
