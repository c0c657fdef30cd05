//! ID / EN switch. Two toggle buttons in a labelled group; the current
//! language is `aria-pressed`.

use yew::prelude::*;

use crate::engine::content::ui;
use crate::engine::lang::Lang;

pub struct LanguageSwitchProps {
    pub lang: Lang,
    pub instance: AttrValue,
    pub on_change: Callback<Lang>,
}

pub fn language_switch(props: &LanguageSwitchProps) -> Html {
    let label_id = format!("{}-lang-label", props.instance);
    html! {
        <div class="lang-switch" role="group" aria-labelledby={label_id.clone()}>
            <span id={label_id} class="visually-hidden">{ ui::LANGUAGE.get(props.lang) }</span>
            { for Lang::ALL.into_iter().map(|lang| {
                let pressed = lang == props.lang;
                let name = match lang { Lang::Id => "Bahasa Indonesia", Lang::En => "English" };
                html! {
                    // The visible code stays part of the accessible name
                    // ("label in name"); the full name follows, unseen.
                    <button type="button" lang={lang.code()} aria-pressed={pressed.to_string()} title={name}
                        onclick={props.on_change.reform(move |_| lang)}>
                        { lang.label() }
                        <span class="visually-hidden">{ " " }{ name }</span>
                    </button>
                }
            }) }
        </div>
    }
}
