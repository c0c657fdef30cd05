//! The JavaScript-facing surface of the widget. The loader script
//! (`embed/cio-cmo-advisor.js`) defines the `<cio-cmo-advisor>` element and
//! calls `mount` for each one. Exports must live in the binary crate: a
//! wasm binary keeps only the exports its own crate defines.

#[cfg(target_arch = "wasm32")]
mod exports {
    use js_sys::Function;
    use wasm_bindgen::prelude::{wasm_bindgen, JsError};
    use web_sys::{Element, HtmlElement};

    use cio_cmo_advisor::engine::questionnaire::Questionnaire;
    use cio_cmo_advisor::web::{MountedAdvisor, Reader};

    /// A widget mounted in a shadow root; the custom element keeps it.
    #[wasm_bindgen]
    pub struct AdvisorInstance(Option<MountedAdvisor>);

    #[wasm_bindgen]
    impl AdvisorInstance {
        /// Called from `attributeChangedCallback`.
        #[wasm_bindgen(js_name = attributeChanged)]
        pub fn attribute_changed(&mut self, name: &str) {
            if let Some(mounted) = &mut self.0 {
                mounted.attribute_changed(name);
            }
        }

        /// Called when the element leaves the page for good.
        pub fn unmount(&mut self) {
            if let Some(mounted) = self.0.take() {
                mounted.unmount();
            }
        }
    }

    /// Mounts a widget. `content`: a host page's own content in the compact
    /// form the reader module returned; absent for the built-in one.
    /// `reader`: the loader's function to the reader module. `early`: what
    /// the visitor did on the build-time first screens (the loader's
    /// record); `on_first_render`: called once the widget has rendered.
    #[wasm_bindgen]
    pub fn mount(
        host: HtmlElement,
        root: Element,
        content: Option<Vec<u8>>,
        reader: Option<Function>,
        early: Option<String>,
        on_first_render: Option<Function>,
    ) -> Result<AdvisorInstance, JsError> {
        let questionnaire = match content {
            Some(bytes) => Some(Questionnaire::from_compact(&bytes).map_err(|e| JsError::new(&e.to_string()))?),
            None => None,
        };
        Ok(AdvisorInstance(Some(cio_cmo_advisor::web::mount(
            host,
            root,
            questionnaire,
            Reader::new(reader),
            early,
            on_first_render,
        ))))
    }
}

/// A small free-list allocator: the widget is single-threaded and short on
/// memory churn, and dlmalloc costs about 7 KB of wasm.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32 without threads: the allocator is only used from one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {}
