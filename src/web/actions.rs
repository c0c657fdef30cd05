//! "Save and share" on the result: copy a share link (with a visible
//! fallback), print or save as PDF, download the answers, and open the
//! team view with this result as its first member.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::View;

use super::browser::{copy_text, download, location_fragment, page_url_with_fragment, print_widget_of};
use crate::engine::answer_file::export;
use crate::engine::answers::CompleteAnswers;
use crate::engine::lang::Text;
use crate::engine::questionnaire::fill;
use crate::engine::share_code::{fragment_key, team_fragment_key, without_fragment_part, write_fragment, ShareCode};

#[derive(Properties, PartialEq)]
pub struct ShareActionsProps {
    pub view: View,
    pub answers: CompleteAnswers,
    /// Element id prefix.
    pub id_prefix: AttrValue,
    pub save_key: AttrValue,
    /// Someone else's result: it can be passed on and printed.
    pub shared: bool,
    pub on_team: Callback<()>,
}

#[derive(Clone, PartialEq)]
pub(super) enum Copy {
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
    let code = ShareCode::new(props.answers).encode();
    let id = |part: &str| format!("{}-{part}", props.id_prefix);

    let on_copy = {
        let (copy, key, code) = (copy.clone(), props.save_key.clone(), code.clone());
        Callback::from(move |_: MouseEvent| {
            copy_page_link(&fragment_key(&key), &code, &team_fragment_key(&key), copy.clone());
        })
    };
    let on_print = Callback::from(move |event: MouseEvent| {
        print_widget_of(&event, ui.widget_name().get(lang), questionnaire.lang_code(lang))
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
    html! {
        <>
            <div class="action-buttons">
                <button type="button" class="secondary" onclick={on_copy}>{ ui.copy_link().get(lang) }</button>
                <button type="button" class="secondary" onclick={on_print}>{ ui.print().get(lang) }</button>
                if !props.shared {
                    <button type="button" class="secondary" onclick={on_download}>{ ui.download().get(lang) }</button>
                    <button type="button" class="secondary" onclick={props.on_team.reform(|_| ())}>
                        { ui.team_view().get(lang) }
                    </button>
                }
            </div>
            <p class="share-code">{ fill(ui.share_code().get(lang), &[("code", code.clone())]) }</p>
            { copy_status(view, &copy, ui.link_copied(), id("share-link")) }
            if *download_failed {
                <p class="download-status" role="alert">{ ui.download_failed().get(lang) }</p>
            }
        </>
    }
}

/// Copies this page's address with `value` under `key` in its fragment and
/// the part under `replaces` left out (a share link and a team link each
/// replace the other), and shows it to copy by hand where the clipboard
/// refuses.
pub(super) fn copy_page_link(key: &str, value: &str, replaces: &str, copy: UseStateHandle<Copy>) {
    let fragment = without_fragment_part(&location_fragment(), replaces);
    let url = page_url_with_fragment(&write_fragment(&fragment, key, value));
    copy_text(&url.clone(), move |copied| copy.set(if copied { Copy::Copied } else { Copy::ByHand(url) }));
}

/// What became of a copy: nothing yet, "copied" (`copied`, announced
/// politely), or the link in a field to copy by hand.
pub(super) fn copy_status(view: View, copy: &Copy, copied: &Text, input_id: String) -> Html {
    match copy {
        Copy::Idle => Html::default(),
        Copy::Copied => html! { <p class="copy-status" role="status">{ copied.get(view.lang) }</p> },
        Copy::ByHand(url) => html! { <CopyByHand {view} url={url.clone()} {input_id} /> },
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
