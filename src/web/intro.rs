use yew::prelude::*;

use crate::engine::content::ui;
use crate::engine::lang::Lang;
use crate::engine::wording::Wording;

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    pub lang: Lang,
    pub company: Option<String>,
    pub heading: NodeRef,
    pub on_start: Callback<()>,
}

#[component]
pub fn IntroScreen(props: &IntroProps) -> Html {
    let lang = props.lang;
    let wording = Wording {
        company: props.company.clone(),
        ..Wording::default()
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
            <div class="nav">
                <button type="button" class="primary" onclick={props.on_start.reform(|_| ())}>
                    { ui::START.get(lang) }
                </button>
            </div>
        </section>
    }
}
