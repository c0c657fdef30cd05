//! The on-demand reader: a second wasm module, built from the same crate,
//! that reads JSON a person supplies — a host page's content file and an
//! answers file a visitor loads or saves. `embed/cio-cmo-advisor-files.js`
//! loads it only when a page or a visitor needs it, in a module worker where
//! it can (a file of up to 2 MB is parsed off the main thread; larger ones
//! are refused before parsing), so the widget every visitor loads carries no
//! JSON parser and no content checker.
//!
//! One export, `read(kind, payload)`:
//! - `content`, payload the file's bytes (`Uint8Array`): `{ compact }` (the
//!   checked content in the compact form the widget reads) or `{ errors: [{
//!   pointer, message }] }`, every problem with its JSON pointer;
//! - `answers`, payload the file's text: `{ compact }`, the compact form of
//!   `Result<LoadedAnswers, AnswerFileError>`;
//! - `export`, payload an `AnswersFile` in the compact form: `{ json }`;
//! - `export-team`, payload a `TeamFile` in the compact form: `{ json }`.

#[cfg(target_arch = "wasm32")]
mod reader {
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::prelude::wasm_bindgen;
    use wasm_bindgen::JsValue;

    use advisor_content::check::read_json;
    use cio_cmo_advisor::engine::answer_file::{self, AnswersFile};
    use cio_cmo_advisor::engine::team_file::TeamFile;

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

    #[wasm_bindgen]
    pub fn read(kind: &str, payload: JsValue) -> JsValue {
        match kind {
            "content" => match read_json(&Uint8Array::new(&payload).to_vec()) {
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
            "export" => match postcard::from_bytes::<AnswersFile>(&Uint8Array::new(&payload).to_vec()) {
                Ok(file) => object(&[("json", file.to_json().into())]),
                Err(_) => object(&[("error", "unreadable".into())]),
            },
            "export-team" => match postcard::from_bytes::<TeamFile>(&Uint8Array::new(&payload).to_vec()) {
                Ok(file) => object(&[("json", file.to_json().into())]),
                Err(_) => object(&[("error", "unreadable".into())]),
            },
            _ => object(&[("error", "unknown request".into())]),
        }
    }
}

fn main() {}
