//! "Save and share" on the result: copy a share link (with a visible
//! fallback), print or save as PDF, download the answers, and compare with
//! a colleague's link or code.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use super::View;

use super::browser::{copy_text, download, location_fragment, page_url_with_fragment, print_alone};
use crate::engine::answer_file::export;
use crate::engine::answers::CompleteAnswers;
use crate::engine::notice::code_error;
use crate::engine::questionnaire::fill;
use crate::engine::share_code::{fragment_key, from_link_or_code, write_fragment, ShareCode};

#[derive(Properties, PartialEq)]
pub struct ShareActionsProps {
    pub view: View,
    pub answers: CompleteAnswers,
    /// Element id prefix.
    pub id_prefix: AttrValue,
    pub save_key: AttrValue,
    /// Someone else's result: it can be passed on and printed, not compared.
    pub shared: bool,
    pub on_compare: Callback<CompleteAnswers>,
}

#[derive(Clone, PartialEq)]
enum Copy {
    Idle,
    Copied,
    /// The clipboard refused: show the link to copy by hand.
    ByHand(String),
}

#[component]
pub fn ShareActions(props: &ShareActionsProps) -> Html {
    let view = props.view;
    let View { questionnaire, lang, .. } = view;
    let ui = questionnaire.texts();
    let copy = use_state(|| Copy::Idle);
    let reader = props.view.reader;
    let download_failed = use_state(|| false);
    let comparing = use_state(|| false);
    let code = ShareCode::new(props.answers).encode();
    let id = |part: &str| format!("{}-{part}", props.id_prefix);

    let on_copy = {
        let (copy, key, code) = (copy.clone(), props.save_key.clone(), code.clone());
        Callback::from(move |_: MouseEvent| {
            let url = page_url_with_fragment(&write_fragment(&location_fragment(), &fragment_key(&key), &code));
            let copy = copy.clone();
            copy_text(&url.clone(), move |copied| copy.set(if copied { Copy::Copied } else { Copy::ByHand(url) }));
        })
    };
    let on_print = Callback::from(move |event: MouseEvent| {
        let advisor = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|button| button.closest(".advisor").ok().flatten());
        if let Some(advisor) = advisor {
            print_alone(&advisor, ui.widget_name().get(lang), questionnaire.lang_code(lang));
        }
    });
    let on_download = {
        let (answers, reader, download_failed) = (props.answers, reader, download_failed.clone());
        Callback::from(move |_: MouseEvent| {
            let download_failed = download_failed.clone();
            download_failed.set(false);
            reader.write_answers(&export(&answers.into(), lang), move |json| match json {
                Some(json) => download("cio-cmo-advisor-answers.json", &json, "application/json"),
                None => download_failed.set(true),
            });
        })
    };
    let toggle_compare = {
        let comparing = comparing.clone();
        Callback::from(move |_: MouseEvent| comparing.set(!*comparing))
    };

    html! {
        <>
            <div class="action-buttons">
                <button type="button" class="secondary" onclick={on_copy}>{ ui.copy_link().get(lang) }</button>
                <button type="button" class="secondary" onclick={on_print}>{ ui.print().get(lang) }</button>
                if !props.shared {
                    <button type="button" class="secondary" onclick={on_download}>{ ui.download().get(lang) }</button>
                    <button type="button" class="secondary" aria-expanded={comparing.to_string()}
                        aria-controls={id("compare-form")} onclick={toggle_compare}>
                        { ui.compare().get(lang) }
                    </button>
                }
            </div>
            <p class="share-code">{ fill(ui.share_code().get(lang), &[("code", code.clone())]) }</p>
            { match &*copy {
                Copy::Idle => Html::default(),
                Copy::Copied => html! { <p class="copy-status" role="status">{ ui.link_copied().get(lang) }</p> },
                Copy::ByHand(url) => html! { <CopyByHand {view} url={url.clone()} input_id={id("share-link")} /> },
            } }
            if *download_failed {
                <p class="download-status" role="alert">{ ui.download_failed().get(lang) }</p>
            }
            if *comparing && !props.shared {
                <CompareForm {view} form_id={id("compare-form")} on_compare={props.on_compare.clone()} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct CopyByHandProps {
    view: View,
    url: String,
    input_id: String,
}

/// The link in a read-only field, selected, for Ctrl+C.
#[component]
fn CopyByHand(props: &CopyByHandProps) -> Html {
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with(props.url.clone(), move |_| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        });
    }
    html! {
        <div class="copy-by-hand" role="status">
            <label for={props.input_id.clone()}>{ props.view.questionnaire.texts().copy_fallback().get(props.view.lang) }</label>
            <input ref={input} id={props.input_id.clone()} type="text" readonly=true value={props.url.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CompareFormProps {
    view: View,
    form_id: String,
    on_compare: Callback<CompleteAnswers>,
}

#[component]
fn CompareForm(props: &CompareFormProps) -> Html {
    let view = props.view;
    let View { questionnaire, lang, .. } = view;
    let ui = questionnaire.texts();
    let input = use_node_ref();
    let error = use_state(|| None::<&'static str>);
    {
        let input = input.clone();
        use_effect_with((), move |_| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }
    let onsubmit = {
        let (input, error, on_compare) = (input.clone(), error.clone(), props.on_compare.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let text = input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            match from_link_or_code(&text, questionnaire) {
                Ok(code) => on_compare.emit(code.answers()),
                Err(problem) => error.set(Some(code_error(questionnaire, problem, lang))),
            }
        })
    };
    let input_id = format!("{}-input", props.form_id);
    let error_id = format!("{}-error", props.form_id);
    html! {
        <form id={props.form_id.clone()} class="compare-form" {onsubmit} novalidate=true>
            <p>{ ui.compare_intro().get(lang) }</p>
            <label for={input_id.clone()}>{ ui.compare_input().get(lang) }</label>
            <div class="compare-row">
                <input ref={input} id={input_id} type="text" autocomplete="off" spellcheck="false"
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then(|| error_id.clone())} />
                <button type="submit" class="primary">{ ui.compare_button().get(lang) }</button>
            </div>
            if let Some(message) = *error {
                <p class="field-error" id={error_id} role="alert">{ message }</p>
            }
        </form>
    }
}
