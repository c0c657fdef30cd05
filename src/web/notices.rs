//! Notices above the current screen, each dismissible. Problems are alerts;
//! confirmations are polite status messages.

use yew::prelude::*;

use super::View;

use crate::engine::notice::Notice;

pub struct NoticeListProps {
    pub view: View,
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<usize>,
}

pub fn notice_list(props: &NoticeListProps) -> Html {
    if props.notices.is_empty() {
        return Html::default();
    }
    let View { questionnaire, lang, .. } = props.view;
    let dismiss = questionnaire.texts().dismiss().get(lang);
    html! {
        <div class="notices">
            { for props.notices.iter().enumerate().map(|(i, notice)| {
                let problem = notice.is_problem();
                html! {
                    <div class={if problem { "notice is-problem" } else { "notice is-info" }}
                        role={if problem { "alert" } else { "status" }}>
                        <p>{ notice.message(questionnaire, lang) }</p>
                        <button type="button" class="dismiss" aria-label={dismiss}
                            title={dismiss}
                            onclick={props.on_dismiss.reform(move |_| i)}>
                            <span aria-hidden="true">{ "×" }</span>
                        </button>
                    </div>
                }
            }) }
        </div>
    }
}
