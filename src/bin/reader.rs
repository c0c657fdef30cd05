//! The on-demand reader: a second wasm module, built from the same crate,
//! that reads JSON a person supplies — a host page's content file and an
//! answers file a visitor loads or saves. The loader starts it as a module
//! worker only when a page or a visitor needs it, so the widget every
//! visitor loads carries no JSON parser and no content checker, and a 10 MB
//! file is parsed off the main thread.
//!
//! Messages in: `{ id, kind, payload }`; out: `{ id, … }`:
//! - `content`, payload the file's bytes (`Uint8Array`): `{ compact }` (the
//!   checked content in the compact form the widget reads) or `{ errors: [{
//!   pointer, message }] }`, every problem with its JSON pointer;
//! - `answers`, payload the file's text: `{ compact }`, the compact form of
//!   `Result<LoadedAnswers, AnswerFileError>`;
//! - `export`, payload an `AnswersFile` in the compact form: `{ json }`.
//!
//! It says `ready` once it listens, so nothing posted earlier is lost.

#[cfg(target_arch = "wasm32")]
mod worker {
    use gloo_events::EventListener;
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    use advisor_content::check::read_json;
    use cio_cmo_advisor::engine::answer_file::{self, AnswersFile};

    fn object(entries: &[(&str, JsValue)]) -> JsValue {
        let object = Object::new();
        for (key, value) in entries {
            let _ = Reflect::set(&object, &(*key).into(), value);
        }
        object.into()
    }

    fn compact(bytes: &[u8]) -> JsValue {
        Uint8Array::from(bytes).into()
    }

    fn answer(kind: &str, payload: &JsValue) -> JsValue {
        match kind {
            "content" => match read_json(&Uint8Array::new(payload).to_vec()) {
                Ok(content) => object(&[("compact", compact(&content.to_compact()))]),
                Err(errors) => {
                    let list = errors
                        .iter()
                        .map(|e| {
                            object(&[("pointer", e.pointer.as_str().into()), ("message", e.message.as_str().into())])
                        })
                        .collect::<Array>();
                    object(&[("errors", list.into())])
                }
            },
            "answers" => {
                let read = answer_file::read_json(&payload.as_string().unwrap_or_default());
                object(&[("compact", compact(&postcard::to_allocvec(&read).unwrap_or_default()))])
            }
            "export" => match postcard::from_bytes::<AnswersFile>(&Uint8Array::new(payload).to_vec()) {
                Ok(file) => object(&[("json", file.to_json().into())]),
                Err(_) => object(&[("error", "unreadable".into())]),
            },
            _ => object(&[("error", "unknown request".into())]),
        }
    }

    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let replies = scope.clone();
        EventListener::new(&scope, "message", move |event| {
            let Some(event) = event.dyn_ref::<MessageEvent>() else { return };
            let data = event.data();
            let field = |name: &str| Reflect::get(&data, &name.into()).unwrap_or(JsValue::UNDEFINED);
            let kind = field("kind").as_string().unwrap_or_default();
            let reply = answer(&kind, &field("payload"));
            let _ = Reflect::set(&reply, &"id".into(), &field("id"));
            let _ = replies.post_message(&reply);
        })
        // The worker lives as long as the page needs it.
        .forget();
        let _ = scope.post_message(&"ready".into());
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}
