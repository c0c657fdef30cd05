//! The widget's side of the on-demand reader (`src/bin/reader.rs`): the
//! loader hands over a function `(kind, payload) → Promise` that starts the
//! reader's worker on first use. Answers files go through it both ways, and
//! team files out, so the widget itself never parses or writes JSON. Views reach it through
//! [`super::View`].

use js_sys::{Function, Reflect, Uint8Array};
use wasm_bindgen::JsValue;

use super::browser::on_settled;
use serde::Serialize;

use crate::engine::answer_file::{AnswerFileError, AnswersFile, LoadedAnswers};
use crate::engine::team_file::TeamFile;

/// A plain `Copy` handle, so it travels in [`super::View`]: the function is
/// kept for the page's life. The loader passes its one function to every
/// widget it mounts, so one is kept however often widgets mount.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reader(Option<&'static Function>);

thread_local! {
    static KEPT: std::cell::RefCell<Vec<&'static Function>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Reader {
    pub fn new(function: Option<Function>) -> Reader {
        Reader(function.map(|f| {
            KEPT.with_borrow_mut(|kept| {
                match kept.iter().find(|known| AsRef::<JsValue>::as_ref(**known) == AsRef::<JsValue>::as_ref(&f)) {
                    Some(known) => *known,
                    None => {
                        let leaked: &'static Function = Box::leak(Box::new(f));
                        kept.push(leaked);
                        leaked
                    }
                }
            })
        }))
    }

    /// Sends one request; `done` gets the reply's `field`, or `None` when the
    /// reader is missing or failed (blocked, or its files are absent).
    fn request(
        &self,
        kind: &str,
        payload: &JsValue,
        field: &'static str,
        done: impl FnOnce(Option<JsValue>) + 'static,
    ) {
        let Some(function) = self.0 else { return done(None) };
        match function.call2(&JsValue::NULL, &kind.into(), payload) {
            Ok(promise) => on_settled(&promise.into(), move |reply| {
                done(reply.ok().and_then(|r| Reflect::get(&r, &field.into()).ok()).filter(|v| !v.is_undefined()))
            }),
            Err(_) => done(None),
        }
    }

    /// Reads the text of an answers file. `Err(None)`: the reader could not run.
    pub fn read_answers(
        &self,
        text: String,
        done: impl FnOnce(Result<LoadedAnswers, Option<AnswerFileError>>) + 'static,
    ) {
        self.request("answers", &text.into(), "compact", move |reply| {
            let bytes = reply.map(|b| Uint8Array::new(&b).to_vec());
            let read = bytes.and_then(|b| postcard::from_bytes::<Result<LoadedAnswers, AnswerFileError>>(&b).ok());
            done(match read {
                Some(Ok(file)) => Ok(file),
                Some(Err(error)) => Err(Some(error)),
                None => Err(None),
            })
        });
    }

    /// Writes an answers file as JSON; `None` when the reader could not run.
    pub fn write_answers(&self, file: &AnswersFile, done: impl FnOnce(Option<String>) + 'static) {
        self.write_json("export", file, done);
    }

    /// Writes a team file as JSON; `None` when the reader could not run.
    pub fn write_team(&self, file: &TeamFile, done: impl FnOnce(Option<String>) + 'static) {
        self.write_json("export-team", file, done);
    }

    /// Sends `file` in the compact form; the reader replies with its JSON.
    fn write_json(&self, kind: &str, file: &impl Serialize, done: impl FnOnce(Option<String>) + 'static) {
        let bytes = postcard::to_allocvec(file).unwrap_or_default();
        self.request(kind, &Uint8Array::from(bytes.as_slice()).into(), "json", move |reply| {
            done(reply.and_then(|json| json.as_string()))
        });
    }
}
