//! The language switch: a toggle button per language the content declares,
//! in a labelled group; the current language is `aria-pressed`.

use yew::prelude::*;

use super::View;

use crate::engine::lang::Lang;

pub struct LanguageSwitchProps {
    pub view: View,
    pub id_prefix: AttrValue,
    pub on_change: Callback<Lang>,
}

pub fn language_switch(props: &LanguageSwitchProps) -> Html {
    let View { questionnaire, lang: current, .. } = props.view;
    let label_id = format!("{}-lang-label", props.id_prefix);
    html! {
        <div class="lang-switch" role="group" aria-labelledby={label_id.clone()}>
            <span id={label_id} class="visually-hidden">{ questionnaire.texts().language().get(current) }</span>
            { for questionnaire.langs().map(|lang| {
                let language = questionnaire.content.language(lang);
                html! {
                    // The visible code stays part of the accessible name
                    // ("label in name"); the full name follows, unseen.
                    <button type="button" lang={language.code.clone()} aria-pressed={(lang == current).to_string()}
                        title={language.name.clone()} onclick={props.on_change.reform(move |_| lang)}>
                        { &language.label }
                        <span class="visually-hidden">{ " " }{ &language.name }</span>
                    </button>
                }
            }) }
        </div>
    }
}
