use yew::prelude::*;

use super::file_load::LoadFileButton;
use crate::engine::answers::Answers;
use crate::engine::content::ui;
use crate::engine::lang::{format_integer, Lang};
use crate::engine::notice::Notice;
use crate::engine::progress::SavedProgress;
use crate::engine::questionnaire::QUESTION_COUNT;
use crate::engine::wording::Wording;

pub struct IntroProps {
    pub lang: Lang,
    pub company: Option<String>,
    pub instance: AttrValue,
    pub heading: NodeRef,
    pub resume_offer: Option<SavedProgress>,
    pub on_start: Callback<()>,
    pub on_resume: Callback<SavedProgress>,
    pub on_start_over: Callback<()>,
    pub on_restore: Callback<Answers>,
    pub on_notice: Callback<Notice>,
}

pub fn intro_screen(props: &IntroProps) -> Html {
    let lang = props.lang;
    let wording = Wording { company: props.company.clone(), ..Wording::default() };
    let actions = match props.resume_offer {
        Some(offer) => {
            let title_id = format!("{}-resume-title", props.instance);
            let answered = ui::RESUME_TEXT
                .get(lang)
                .replace("{n}", &format_integer(offer.answers.answered_count() as u64, lang))
                .replace("{total}", &format_integer(QUESTION_COUNT as u64, lang));
            html! {
                <div class="resume" role="group" aria-labelledby={title_id.clone()}>
                    <h3 id={title_id}>{ ui::RESUME_TITLE.get(lang) }</h3>
                    <p>{ answered }</p>
                    <div class="nav">
                        <button type="button" class="secondary" onclick={props.on_start_over.reform(|_| ())}>
                            { ui::RESUME_START_OVER.get(lang) }
                        </button>
                        <button type="button" class="primary" onclick={props.on_resume.reform(move |_| offer)}>
                            { ui::RESUME_CONTINUE.get(lang) }
                        </button>
                    </div>
                </div>
            }
        }
        None => html! {
            <div class="nav">
                <LoadFileButton {lang} on_restore={props.on_restore.clone()} on_notice={props.on_notice.clone()} />
                <button type="button" class="primary" onclick={props.on_start.reform(|_| ())}>
                    { ui::START.get(lang) }
                </button>
            </div>
        },
    };
    html! {
        <section class="screen intro">
            <h2 ref={props.heading.clone()} tabindex="-1">{ wording.text(ui::INTRO_TITLE, lang) }</h2>
            <p>{ ui::INTRO_BODY.get(lang) }</p>
            <ul class="intro-facts">
                <li>{ ui::INTRO_TIME.get(lang) }</li>
                <li>{ ui::INTRO_AUDIENCE.get(lang) }</li>
                <li>{ ui::INTRO_PRIVACY.get(lang) }</li>
            </ul>
            { actions }
        </section>
    }
}
