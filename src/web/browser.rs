//! Everything the widget asks of the browser besides rendering: storage,
//! the page URL, the clipboard, downloads, reading files and printing.
//! gloo where it has the API (gloo-file for files and object URLs; events
//! and animation frames are in `app`); web-sys for the rest, which gloo does
//! not cover (clipboard, focus and scrolling, print frames, the location)
//! or covers in a way that throws where the widget must keep working
//! (gloo-storage, with storage blocked).
//! Nothing here throws: where the browser says no, storage and the
//! clipboard report it (so the widget can tell the visitor), and a download
//! or print that cannot start simply does not happen.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Element, FocusOptions, HtmlAnchorElement, HtmlElement, HtmlIFrameElement, HtmlInputElement};

use crate::engine::progress::{storage_key, ProgressError, SavedProgress};
use crate::engine::questionnaire::Questionnaire;

/// localStorage under this widget's key. Any access may throw (blocked
/// storage, sandboxed frames) or fail (quota): every call handles that.
/// Through web-sys: gloo-storage's `raw()` throws where storage is blocked.
pub struct ProgressStore {
    questionnaire: &'static Questionnaire,
    key: String,
}

impl ProgressStore {
    pub fn new(questionnaire: &'static Questionnaire, save_key: &str) -> ProgressStore {
        ProgressStore { questionnaire, key: storage_key(questionnaire, save_key) }
    }

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    /// Whether writing works at all right now.
    pub fn available(&self) -> bool {
        let probe = format!("{}/probe", self.key);
        Self::storage().is_some_and(|s| s.set_item(&probe, "1").is_ok() && s.remove_item(&probe).is_ok())
    }

    fn load(&self) -> Option<Result<SavedProgress, ProgressError>> {
        let text = Self::storage()?.get_item(&self.key).ok().flatten()?;
        Some(SavedProgress::decode(&text, self.questionnaire))
    }

    /// Saved progress worth offering to resume, if any. Stored data that
    /// cannot be used is cleared, and the reason returned.
    pub fn resume_offer(&self) -> Result<Option<SavedProgress>, ProgressError> {
        match self.load() {
            None => Ok(None),
            Some(Ok(saved)) => Ok(saved.is_worth_resuming().then_some(saved)),
            Some(Err(error)) => {
                self.clear();
                Err(error)
            }
        }
    }

    pub fn save(&self, progress: &SavedProgress) -> bool {
        Self::storage().is_some_and(|s| s.set_item(&self.key, &progress.encode()).is_ok())
    }

    pub fn clear(&self) {
        if let Some(storage) = Self::storage() {
            let _ = storage.remove_item(&self.key);
        }
    }
}

/// Moves focus to a new screen's heading. When the heading is off screen,
/// the widget's top is scrolled into view instead of letting the browser
/// centre the heading, which on a phone hides what follows it (the result's
/// first step).
pub fn focus_and_show_start(heading: &HtmlElement) {
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = heading.focus_with_options(&options);
    let Some(window) = web_sys::window() else { return };
    let viewport_height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or_default();
    let rect = heading.get_bounding_client_rect();
    if rect.top() < 0.0 || rect.bottom() > viewport_height {
        if let Ok(Some(advisor)) = heading.closest(".advisor") {
            advisor.scroll_into_view_with_bool(true);
        }
    }
}

/// The widget width (CSS px) from which the result's sections start open.
/// Below it (phones, narrow columns) only the recommendation, its fit and
/// the first step show until the visitor opens a section.
const OPEN_SECTIONS_FROM_WIDTH: i32 = 600;

/// Opens the result's sections when the widget is wide enough. Yew never
/// renders the `open` attribute, so the visitor's own toggling stays.
pub fn open_result_sections_if_wide(root: &Element) {
    if root.client_width() >= OPEN_SECTIONS_FROM_WIDTH {
        open_all_sections(root);
    }
}

fn open_all_sections(root: &Element) {
    if let Ok(sections) = root.query_selector_all("details") {
        for index in 0..sections.length() {
            if let Some(section) = sections.item(index).and_then(|node| node.dyn_into::<Element>().ok()) {
                let _ = section.set_attribute("open", "");
            }
        }
    }
}

/// The page URL's fragment, without `#`.
pub fn location_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// The current page's URL with `fragment` as its fragment.
pub fn page_url_with_fragment(fragment: &str) -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}

#[wasm_bindgen]
extern "C" {
    /// Any promise, seen only for its `then(onFulfilled, onRejected)`.
    type Thenable;
    #[wasm_bindgen(method)]
    fn then(this: &Thenable, on_fulfilled: &JsValue, on_rejected: &JsValue);
}

/// Calls `settled` once with the promise's outcome. Plain JS callbacks
/// rather than Rust futures: an async runtime would add about 5 KB of wasm
/// for two call sites. Each callback frees itself when called; the one that
/// is never called stays (a few bytes per copy or file load).
pub(super) fn on_settled(promise: &js_sys::Promise, settled: impl FnOnce(Result<JsValue, JsValue>) + 'static) {
    let settled = Rc::new(Cell::new(Some(settled)));
    let outcome = |ok: bool| {
        let settled = settled.clone();
        Closure::once_into_js(move |value: JsValue| {
            if let Some(settled) = settled.take() {
                settled(if ok { Ok(value) } else { Err(value) });
            }
        })
    };
    let (resolve, reject) = (outcome(true), outcome(false));
    promise.unchecked_ref::<Thenable>().then(&resolve, &reject);
}

/// Copies text with the Clipboard API, then reports whether it worked;
/// false when the API is missing or the browser refuses.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else { return done(false) };
    let clipboard = window.navigator().clipboard();
    // Older browsers lack the API: the property is undefined.
    if JsValue::from(clipboard.clone()).is_undefined() {
        return done(false);
    }
    on_settled(&clipboard.write_text(text), move |outcome| done(outcome.is_ok()));
}

/// Offers `text` as a file download.
pub fn download(filename: &str, text: &str, mime: &str) {
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(text, Some(mime)));
    // A link is how a page starts a download; gloo has no API for it.
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(link) = document.create_element("a") else { return };
    let link: HtmlAnchorElement = link.unchecked_into();
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    // The URL is revoked when `url` drops, after the click started the download.
}

/// Reads the file chosen in a file input and hands over its text (or an
/// error when the browser cannot read it). The returned reader must be kept
/// until then: dropping it cancels the read. None when no file was chosen.
pub fn read_chosen_file(
    input: &HtmlInputElement,
    done: impl FnOnce(Result<String, ()>) + 'static,
) -> Option<gloo_file::callbacks::FileReader> {
    let file = input.files().and_then(|files| files.get(0))?;
    // Reset so choosing the same file again fires `change` again.
    input.set_value("");
    Some(gloo_file::callbacks::read_as_text(&gloo_file::File::from(file), move |text| done(text.map_err(drop))))
}

/// Prints the widget a clicked button is in, on its own (see [`print_alone`]).
pub fn print_widget_of(event: &web_sys::MouseEvent, title: &str, lang: &str) {
    let advisor = event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|button| button.closest(".advisor").ok().flatten());
    if let Some(advisor) = advisor {
        print_alone(&advisor, title, lang);
    }
}

/// Prints `content` (a rendered result or team view) on its own, without the host page:
/// a copy goes into a hidden same-origin frame that adopts the widget's own
/// stylesheet (its print rules set the A4 page), and that frame is printed.
pub fn print_alone(content: &Element, title: &str, lang: &str) {
    let run = || -> Result<(), JsValue> {
        let document = content.owner_document().ok_or(JsValue::NULL)?;
        let styles = content.get_root_node().dyn_into::<web_sys::ShadowRoot>().map(|root| stylesheet_text(&root));
        let frame: HtmlIFrameElement = document.create_element("iframe")?.unchecked_into();
        frame.set_class_name("print-frame");
        frame.set_attribute("aria-hidden", "true")?;
        frame.set_attribute("tabindex", "-1")?;
        content.parent_node().ok_or(JsValue::NULL)?.append_child(&frame)?;
        let window = frame.content_window().ok_or(JsValue::NULL)?;
        let frame_document = frame.content_document().ok_or(JsValue::NULL)?;
        frame_document.document_element().ok_or(JsValue::NULL)?.set_attribute("lang", lang)?;
        frame_document.set_title(title);
        let body = frame_document.body().ok_or(JsValue::NULL)?;
        body.set_class_name("print-document");
        let copy: Element = frame_document.import_node_with_deep(content, true)?.unchecked_into();
        // Paper cannot be tapped open: every section prints.
        open_all_sections(&copy);
        body.append_child(&copy)?;
        if let Ok(styles) = styles {
            // A sheet is adopted only by the document whose window made it.
            let constructor: js_sys::Function = js_sys::Reflect::get(&window, &"CSSStyleSheet".into())?.dyn_into()?;
            let sheet: web_sys::CssStyleSheet =
                js_sys::Reflect::construct(&constructor, &js_sys::Array::new())?.unchecked_into();
            sheet.replace_sync(&styles)?;
            frame_document.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        }
        // Printed in a task of its own, as when the frame waited for a
        // stylesheet file: whatever watches the page for the frame (the
        // tests do) sees it before it prints.
        let print_and_remove = Closure::once_into_js(move || {
            let _ = window.print();
            frame.remove();
        });
        document
            .default_view()
            .ok_or(JsValue::NULL)?
            .set_timeout_with_callback_and_timeout_and_arguments_0(print_and_remove.unchecked_ref(), 0)?;
        Ok(())
    };
    let _ = run();
}

/// The text of the stylesheets adopted in the widget's shadow root.
fn stylesheet_text(root: &web_sys::ShadowRoot) -> String {
    let mut text = String::new();
    for sheet in root.adopted_style_sheets().iter() {
        let Ok(rules) = sheet.unchecked_into::<web_sys::CssStyleSheet>().css_rules() else { continue };
        for rule in (0..rules.length()).filter_map(|i| rules.item(i)) {
            text.push_str(&rule.css_text());
            text.push('\n');
        }
    }
    text
}
