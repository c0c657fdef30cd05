//! The widget's components in headless Chromium (wasm-bindgen-test): mounted
//! the way the custom element mounts them, driven through the DOM.
#![cfg(target_arch = "wasm32")]

use cio_cmo_advisor::web::{mount, MountedAdvisor};
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

struct Widget {
    host: HtmlElement,
    mounted: MountedAdvisor,
}

thread_local! {
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

impl Widget {
    fn new(attributes: &[(&str, &str)]) -> Widget {
        Widget::taking_over(attributes, None, None)
    }

    /// Mounted as the loader mounts it over the build-time first screens:
    /// with what the visitor did there, and told of the first render.
    fn taking_over(
        attributes: &[(&str, &str)],
        early: Option<&str>,
        on_first_render: Option<js_sys::Function>,
    ) -> Widget {
        let document = web_sys::window().unwrap().document().unwrap();
        let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        // Its own id, so its saved progress is its own.
        host.set_id(&format!("test-widget-{}", NEXT_ID.with(|n| n.replace(n.get() + 1))));
        for (name, value) in attributes {
            host.set_attribute(name, value).unwrap();
        }
        let root = document.create_element("div").unwrap();
        host.append_child(&root).unwrap();
        document.body().unwrap().append_child(&host).unwrap();
        let reader = cio_cmo_advisor::web::Reader::new(None);
        let mounted = mount(host.clone(), root, None, reader, early.map(str::to_owned), on_first_render);
        Widget { host, mounted }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.host.query_selector(selector).unwrap()
    }

    fn get(&self, selector: &str) -> Element {
        self.find(selector).unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    fn text(&self, selector: &str) -> String {
        self.get(selector).text_content().unwrap_or_default()
    }

    fn click(&self, selector: &str) {
        self.get(selector).unchecked_into::<HtmlElement>().click();
    }

    fn choose(&self, option: usize) {
        let radios = self.host.query_selector_all("input[type=radio]").unwrap();
        radios.item(option as u32).unwrap().unchecked_into::<HtmlInputElement>().click();
    }

    fn next_button(&self) -> HtmlElement {
        self.get(".question button[type=submit]").unchecked_into()
    }

    fn listen(&self, names: &[&str]) -> std::rc::Rc<std::cell::RefCell<Vec<String>>> {
        let log = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
        for name in names {
            let log = log.clone();
            let listener = Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
                let detail = js_sys::JSON::stringify(&event.detail()).unwrap();
                log.borrow_mut().push(format!("{} {}", event.type_(), String::from(detail)));
            });
            // Listening on the document proves the events bubble out.
            let document = web_sys::window().unwrap().document().unwrap();
            document.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref()).unwrap();
            listener.forget();
        }
        log
    }

    fn remove(self) {
        self.mounted.unmount();
        self.host.remove();
        web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    }
}

/// Lets Yew's scheduler render and run effects (a larger screen, the
/// result, takes more than one task), then waits for the next animation
/// frame, in which focus moves to the new heading.
async fn settle() {
    for _ in 0..2 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).unwrap();
        });
        JsFuture::from(promise).await.unwrap();
    }
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    JsFuture::from(frame).await.unwrap();
}

async fn start(widget: &Widget) {
    settle().await;
    widget.click(".intro button.primary");
    settle().await;
}

#[wasm_bindgen_test]
async fn the_first_question_renders_after_start() {
    let widget = Widget::new(&[("lang", "en")]);
    settle().await;
    assert!(widget.text(".intro h2").contains("Which CIO–CMO collaboration model fits your company?"));
    start(&widget).await;
    assert_eq!(widget.text(".progress-text"), "Question 1 of 15");
    assert_eq!(widget.text(".section-name"), "Company");
    assert_eq!(widget.text("legend h2"), "How many people work at your company?");
    assert_eq!(widget.host.query_selector_all("input[type=radio]").unwrap().length(), 5);
    widget.remove();
}

#[wasm_bindgen_test]
async fn answering_enables_next() {
    let widget = Widget::new(&[("lang", "en")]);
    start(&widget).await;
    assert!(widget.next_button().has_attribute("disabled"));
    assert!(widget.text(".nav-hint").contains("Choose an answer"));
    widget.choose(2);
    settle().await;
    assert!(!widget.next_button().has_attribute("disabled"));
    assert!(widget.find(".nav-hint").is_none());
    widget.next_button().click();
    settle().await;
    assert_eq!(widget.text(".progress-text"), "Question 2 of 15");
    widget.remove();
}

#[wasm_bindgen_test]
async fn the_last_answer_leads_to_the_result() {
    let widget = Widget::new(&[("lang", "id")]);
    start(&widget).await;
    for q in 0..15 {
        widget.choose(0);
        settle().await;
        let expected = if q == 14 { "Lihat hasil" } else { "Lanjut" };
        assert_eq!(widget.next_button().text_content().unwrap(), expected);
        widget.next_button().click();
        settle().await;
    }
    let result = widget.get("[data-recommended-model]");
    assert_eq!(result.get_attribute("data-recommended-model").as_deref(), Some("2"));
    assert_eq!(widget.host.query_selector_all(".reasons li").unwrap().length(), 3);
    assert_eq!(widget.host.query_selector_all(".fit-row").unwrap().length(), 3);
    assert!(widget.find(".fit-row svg rect.fit-fill").is_some());
    // The first step leads the result; the others follow in their section.
    assert!(widget.find(".first-step p").is_some());
    let steps = 1 + widget.host.query_selector_all(".first-steps li").unwrap().length();
    assert!(widget.text(".share-code").ends_with(
        &cio_cmo_advisor::engine::share_code::ShareCode::new(
            cio_cmo_advisor::engine::answers::CompleteAnswers::from_indices(
                cio_cmo_advisor::engine::questionnaire::Questionnaire::built_in(),
                &[0; 15]
            )
            .unwrap()
        )
        .encode()
    ));
    assert!((4..=10).contains(&steps), "{steps} steps in the plan");
    // Focus moved to the result heading.
    let active = web_sys::window().unwrap().document().unwrap().active_element().unwrap();
    assert_eq!(
        active,
        widget.get(".result h2"),
        "focus is on {}",
        active.outer_html().chars().take(120).collect::<String>()
    );
    widget.remove();
}

#[wasm_bindgen_test]
async fn switching_language_keeps_the_answers() {
    let widget = Widget::new(&[("lang", "en")]);
    start(&widget).await;
    widget.choose(3);
    settle().await;
    widget.click(".lang-switch button[lang=id]");
    settle().await;
    assert_eq!(widget.text(".progress-text"), "Pertanyaan 1 dari 15");
    let radio: HtmlInputElement = widget.get("input[value='1000-4999']").unchecked_into();
    assert!(radio.checked());
    assert_eq!(widget.next_button().text_content().unwrap(), "Lanjut");
    widget.remove();
}

#[wasm_bindgen_test]
async fn the_host_lang_attribute_is_followed_live() {
    let mut widget = Widget::new(&[("lang", "id")]);
    settle().await;
    assert_eq!(widget.text(".intro .primary"), "Mulai");
    widget.host.set_attribute("lang", "en").unwrap();
    widget.mounted.attribute_changed("lang");
    settle().await;
    assert_eq!(widget.text(".intro .primary"), "Start");
    assert_eq!(widget.get(".advisor").get_attribute("lang").as_deref(), Some("en"));
    widget.remove();
}

#[wasm_bindgen_test]
async fn events_reach_the_host_page() {
    let widget = Widget::new(&[("lang", "en")]);
    let log = widget.listen(&["advisor-start", "advisor-answer", "advisor-complete"]);
    start(&widget).await;
    widget.choose(4);
    settle().await;
    let log = log.borrow();
    assert_eq!(log[0], "advisor-start {}");
    assert_eq!(log[1], r#"advisor-answer {"questionId":"headcount","optionId":"5000-plus"}"#);
    drop(log);
    widget.remove();
}

#[wasm_bindgen_test]
async fn the_engine_takes_over_where_the_build_time_screens_left_off() {
    let renders = std::rc::Rc::new(std::cell::Cell::new(0));
    let counted = renders.clone();
    let on_first_render = Closure::<dyn FnMut()>::new(move || counted.set(counted.get() + 1));
    // The page asks for Indonesian; on the build-time screens the visitor
    // switched to English, started, changed their mind once and chose 50–249.
    let record = "lang:en start choose:under-50 choose:50-249";
    let mut widget = Widget::taking_over(
        &[("lang", "id")],
        Some(record),
        Some(on_first_render.as_ref().unchecked_ref::<js_sys::Function>().clone()),
    );
    let log = widget.listen(&["advisor-start", "advisor-answer"]);
    settle().await;
    assert_eq!(renders.get(), 1);
    assert_eq!(widget.text(".progress-text"), "Question 1 of 15");
    let chosen: HtmlInputElement = widget.get("input[value='50-249']").unchecked_into();
    assert!(chosen.checked());
    assert!(!widget.next_button().has_attribute("disabled"));
    assert_eq!(
        *log.borrow(),
        [
            "advisor-start {}",
            r#"advisor-answer {"questionId":"headcount","optionId":"under-50"}"#,
            r#"advisor-answer {"questionId":"headcount","optionId":"50-249"}"#,
        ]
    );
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let saved = storage.get_item(&format!("cio-cmo-advisor/v1/{}", widget.host.id())).unwrap();
    assert!(saved.is_some_and(|s| s.ends_with("|q0|1--------------")), "the answer is saved");
    // The page's own lang is still followed when it changes later.
    for lang in ["en", "id"] {
        widget.host.set_attribute("lang", lang).unwrap();
        widget.mounted.attribute_changed("lang");
        settle().await;
    }
    assert_eq!(widget.text(".progress-text"), "Pertanyaan 1 dari 15");
    assert_eq!(renders.get(), 1);
    drop(on_first_render);
    widget.remove();
}

#[wasm_bindgen_test]
async fn progress_is_saved_on_every_answer_and_offered_on_return() {
    let widget = Widget::new(&[("lang", "en")]);
    let id = widget.host.id();
    start(&widget).await;
    widget.choose(1);
    settle().await;
    widget.next_button().click();
    settle().await;
    widget.choose(2);
    settle().await;
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let saved = storage.get_item(&format!("cio-cmo-advisor/v1/{id}")).unwrap().unwrap();
    // Format 2, the questionnaire's fingerprint, the screen, the answers.
    let fingerprint = cio_cmo_advisor::engine::questionnaire::Questionnaire::built_in().fingerprint;
    assert_eq!(saved, format!("v2|{fingerprint:04x}|q1|12-------------"));
    // The same element mounted again (a reload) offers to continue.
    let Widget { host, mounted } = widget;
    mounted.unmount();
    let root = host.query_selector("div").unwrap().unwrap();
    let again =
        Widget { mounted: mount(host.clone(), root, None, cio_cmo_advisor::web::Reader::new(None), None, None), host };
    settle().await;
    assert!(again.text(".resume").contains("You answered 2 of 15 questions"));
    again.click(".resume .primary");
    settle().await;
    assert_eq!(again.text(".progress-text"), "Question 2 of 15");
    let chosen: HtmlInputElement = again.get("input[value='50-500bn']").unchecked_into();
    assert!(chosen.checked());
    again.remove();
}
