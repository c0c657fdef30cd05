//! One question per screen: section name, progress, the question as a
//! fieldset of native radio inputs, Back / Next.

use yew::prelude::*;

use super::View;

pub struct QuestionProps {
    pub view: View,
    pub index: usize,
    pub id_prefix: AttrValue,
    pub selected: Option<usize>,
    pub can_advance: bool,
    pub is_last: bool,
    /// Opened from the review: forward returns there, and there is no Back.
    pub editing: bool,
    pub heading: NodeRef,
    pub on_choose: Callback<usize>,
    pub on_back: Callback<()>,
    pub on_next: Callback<()>,
}

pub fn question_screen(props: &QuestionProps) -> Html {
    let view = props.view;
    let View { questionnaire, lang, .. } = view;
    let ui = questionnaire.texts();
    let question = questionnaire.question(props.index);
    let id = |part: &str| format!("{}-{}-{}", props.id_prefix, question.id, part);
    // Enter on a chosen option submits the form, i.e. goes forward.
    let onsubmit = {
        let on_next = props.on_next.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_next.emit(());
        })
    };
    let forward = match (props.editing, props.is_last) {
        (true, _) => ui.back_to_review(),
        (false, true) => ui.see_result(),
        (false, false) => ui.next(),
    };
    html! {
        // Keyed by question: each question gets fresh radio inputs. Reusing
        // the previous question's inputs lets the browser's radio-group
        // rules undo the checked state Yew restores.
        <form key={question.id.clone()} class="screen question" {onsubmit} novalidate=true>
            <div class="progress">
                <p class="section-name">{ questionnaire.section_title(&question.section).get(lang) }</p>
                <p class="progress-text" id={id("progress")}>{ questionnaire.progress_text(props.index, lang) }</p>
                <progress max={questionnaire.question_count().to_string()} value={(props.index + 1).to_string()}
                    aria-labelledby={id("progress")}></progress>
            </div>
            <fieldset aria-describedby={question.hint.as_ref().map(|_| id("hint"))}>
                <legend>
                    <h2 ref={props.heading.clone()} tabindex="-1">{ question.prompt.get(lang) }</h2>
                </legend>
                if let Some(hint) = &question.hint {
                    <p class="hint" id={id("hint")}>{ hint.get(lang) }</p>
                }
                <div class="options">
                    { for question.options.iter().enumerate().map(|(i, option)| html! {
                        <label class={if props.selected == Some(i) { "option is-selected" } else { "option" }}>
                            <input type="radio" name={id("answer")} value={option.id.clone()}
                                checked={props.selected == Some(i)}
                                onchange={props.on_choose.reform(move |_| i)} />
                            <span>{ option.label.get(lang) }</span>
                        </label>
                    }) }
                </div>
            </fieldset>
            <div class="nav">
                if !props.editing {
                    <button type="button" class="secondary" onclick={props.on_back.reform(|_| ())}>
                        { ui.back().get(lang) }
                    </button>
                }
                <button type="submit" class="primary" disabled={!props.can_advance}>
                    { forward.get(lang) }
                </button>
            </div>
            if !props.can_advance {
                <p class="nav-hint">{ ui.choose_to_continue().get(lang) }</p>
            }
        </form>
    }
}
