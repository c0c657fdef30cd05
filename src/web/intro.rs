use yew::prelude::*;

use super::View;

use super::file_load::LoadFileButton;
use crate::engine::answers::Answers;
use crate::engine::notice::Notice;
use crate::engine::progress::SavedProgress;
use crate::engine::questionnaire::fill;
use crate::engine::wording::Wording;

pub struct IntroProps {
    pub view: View,
    pub company: Option<String>,
    pub id_prefix: AttrValue,
    pub heading: NodeRef,
    pub resume_offer: Option<SavedProgress>,
    pub on_start: Callback<()>,
    pub on_resume: Callback<SavedProgress>,
    pub on_start_over: Callback<()>,
    pub on_restore: Callback<Answers>,
    pub on_notice: Callback<Notice>,
    pub on_team: Callback<()>,
}

pub fn intro_screen(props: &IntroProps) -> Html {
    let view = props.view;
    let View { questionnaire, lang, .. } = view;
    let ui = questionnaire.texts();
    let wording = Wording { company: props.company.clone(), ..Wording::default() };
    let total = ("total", questionnaire.integer(questionnaire.question_count() as u64, lang));
    let actions = match props.resume_offer {
        Some(offer) => {
            let title_id = format!("{}-resume-title", props.id_prefix);
            let answered = fill(
                ui.resume_text().get(lang),
                &[("n", questionnaire.integer(offer.answers.answered_count() as u64, lang)), total.clone()],
            );
            html! {
                <div class="resume" role="group" aria-labelledby={title_id.clone()}>
                    <h3 id={title_id}>{ ui.resume_title().get(lang) }</h3>
                    <p>{ answered }</p>
                    <div class="nav">
                        <button type="button" class="secondary" onclick={props.on_start_over.reform(|_| ())}>
                            { ui.resume_start_over().get(lang) }
                        </button>
                        <button type="button" class="primary" onclick={props.on_resume.reform(move |_| offer)}>
                            { ui.resume_continue().get(lang) }
                        </button>
                    </div>
                </div>
            }
        }
        None => html! {
            <div class="nav">
                <LoadFileButton {view} on_restore={props.on_restore.clone()} on_notice={props.on_notice.clone()} />
                <button type="button" class="primary" onclick={props.on_start.reform(|_| ())}>
                    { ui.start().get(lang) }
                </button>
            </div>
        },
    };
    html! {
        <section class="screen intro">
            <h2 ref={props.heading.clone()} tabindex="-1">{ wording.text(questionnaire, ui.intro_title(), lang) }</h2>
            <p>{ fill(ui.intro_body().get(lang), &[total]) }</p>
            <ul class="intro-facts">
                <li>{ ui.intro_time().get(lang) }</li>
                <li>{ ui.intro_audience().get(lang) }</li>
                <li>{ ui.intro_privacy().get(lang) }</li>
            </ul>
            { actions }
            <p class="team-entry">
                <button type="button" class="link-button" onclick={props.on_team.reform(|_| ())}>
                    { ui.team_view().get(lang) }
                </button>
            </p>
        </section>
    }
}
