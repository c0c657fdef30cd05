//! "Load answers from a file": a real button that opens a hidden file
//! input, reads the chosen file (gloo-file), has the on-demand reader parse
//! it, and restores its answers.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::View;

use super::browser::read_chosen_file;
use crate::engine::answer_file::import;
use crate::engine::answers::Answers;
use crate::engine::notice::Notice;

#[derive(Properties, PartialEq)]
pub struct LoadFileProps {
    pub view: View,
    pub on_restore: Callback<Answers>,
    pub on_notice: Callback<Notice>,
}

#[component]
pub fn LoadFileButton(props: &LoadFileProps) -> Html {
    let input = use_node_ref();
    let reader = props.view.reader;
    // The file being read; dropping it would cancel the read.
    let reading = use_mut_ref(|| None);
    let open = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let questionnaire = props.view.questionnaire;
    let onchange = {
        let (input, on_restore, on_notice) = (input.clone(), props.on_restore.clone(), props.on_notice.clone());
        Callback::from(move |_: Event| {
            let Some(input) = input.cast::<HtmlInputElement>() else { return };
            let (reader, on_restore, on_notice) = (reader, on_restore.clone(), on_notice.clone());
            *reading.borrow_mut() = read_chosen_file(&input, move |text| match text {
                Ok(text) => {
                    reader.read_answers(text, move |file| match file.map(|file| import(&file, questionnaire)) {
                        Ok(Ok(answers)) => {
                            on_restore.emit(answers);
                            on_notice.emit(Notice::FileLoaded);
                        }
                        Ok(Err(error)) | Err(Some(error)) => on_notice.emit(Notice::File(error)),
                        Err(None) => on_notice.emit(Notice::FileUnreadable),
                    })
                }
                Err(()) => on_notice.emit(Notice::FileUnreadable),
            });
        })
    };
    html! {
        <>
            <input ref={input} type="file" accept=".json,application/json" class="visually-hidden"
                tabindex="-1" aria-hidden="true" {onchange} />
            <button type="button" class="secondary" onclick={open}>{ props.view.questionnaire.texts().load_file().get(props.view.lang) }</button>
        </>
    }
}
