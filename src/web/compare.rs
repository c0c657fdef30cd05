//! Two executives side by side: both recommendations, the combined view,
//! and the differences that move the result most, first.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::alignment::Alignment;
use crate::engine::content::ui;
use crate::engine::lang::{format_integer, format_percent, Lang};
use crate::engine::model::CollaborationModel;
use crate::engine::plan::profile;
use crate::engine::questionnaire::QUESTION_COUNT;
use crate::engine::scoring::Evaluation;

pub struct CompareProps {
    pub lang: Lang,
    pub alignment: Rc<Alignment>,
    pub heading: NodeRef,
    pub on_back: Callback<()>,
}

pub fn compare_screen(props: &CompareProps) -> Html {
    let lang = props.lang;
    let a = &props.alignment;
    let (mine, theirs) = (a.yours.recommended(), a.theirs.recommended());
    let summary = if a.same_model() {
        ui::COMPARE_SAME.get(lang).replace("{n}", &mine.number().to_string())
    } else {
        ui::COMPARE_DIFFERENT
            .get(lang)
            .replace("{n}", &mine.number().to_string())
            .replace("{m}", &theirs.number().to_string())
    };
    let agreed = ui::AGREED
        .get(lang)
        .replace("{n}", &format_integer(a.agreed as u64, lang))
        .replace("{total}", &format_integer(QUESTION_COUNT as u64, lang));
    html! {
        <section class="screen compare">
            <h2 ref={props.heading.clone()} tabindex="-1">{ ui::COMPARE.get(lang) }</h2>
            <p class="compare-summary">{ summary }</p>
            <div class="compare-grid">
                { side_card(&SideCardProps { lang, label: ui::YOU.get(lang), evaluation: a.yours }) }
                { side_card(&SideCardProps { lang, label: ui::COLLEAGUE.get(lang), evaluation: a.theirs }) }
                { side_card(&SideCardProps { lang, label: ui::COMBINED.get(lang), evaluation: a.combined }) }
            </div>
            <p>
                { ui::COMBINED_TEXT.get(lang).replace("{n}", &a.combined.recommended().number().to_string()) }
                { " " }{ agreed }
            </p>
            <section class="result-part">
                <h3>{ ui::DIFFERENCES_TITLE.get(lang) }</h3>
                if a.differences.is_empty() {
                    <p>{ ui::NO_DIFFERENCES.get(lang) }</p>
                } else {
                    <ol class="differences">
                        { for a.differences.iter().map(|d| {
                            let weight = difference_text(d.weight, mine, theirs, lang);
                            html! {
                                <li data-question={d.question().id}>
                                    <p class="difference-topic">{ d.question().topic.get(lang) }</p>
                                    <dl class="difference-answers">
                                        <div><dt>{ ui::YOU.get(lang) }</dt><dd>{ d.your_option().label.get(lang) }</dd></div>
                                        <div><dt>{ ui::COLLEAGUE.get(lang) }</dt><dd>{ d.their_option().label.get(lang) }</dd></div>
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
                    { ui::BACK_TO_RESULT.get(lang) }
                </button>
            </div>
        </section>
    }
}

/// What one difference does to the result, in words.
fn difference_text(weight: f64, mine: CollaborationModel, theirs: CollaborationModel, lang: Lang) -> String {
    let points = weight.abs().round() as u64;
    let template = if mine == theirs {
        ui::DIFFERENCE_SPREAD
    } else if points == 0 {
        ui::DIFFERENCE_NEUTRAL
    } else if weight > 0.0 {
        ui::DIFFERENCE_TOWARD
    } else {
        ui::DIFFERENCE_AWAY
    };
    template
        .get(lang)
        .replace("{points}", &ui::percentage_points(points, lang))
        .replace("{n}", &mine.number().to_string())
        .replace("{m}", &theirs.number().to_string())
}

struct SideCardProps {
    lang: Lang,
    label: &'static str,
    evaluation: Evaluation,
}

fn side_card(props: &SideCardProps) -> Html {
    let lang = props.lang;
    let model = props.evaluation.recommended();
    html! {
        <div class="side-card" data-recommended-model={model.number().to_string()}>
            <p class="side-label">{ props.label }</p>
            <p class="side-model">
                <strong>{ ui::model_label(model, lang) }</strong>{ " · " }{ profile(model).short_name.get(lang) }
            </p>
            <ul class="mini-fits">
                { for CollaborationModel::ALL.into_iter().map(|m| html! {
                    <li>
                        <span>{ ui::model_label(m, lang) }</span>
                        <span>{ format_percent(props.evaluation.score(m).fit_percent(), lang) }</span>
                    </li>
                }) }
            </ul>
        </div>
    }
}
