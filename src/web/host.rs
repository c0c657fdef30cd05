//! The bridge to the `<cio-cmo-advisor>` element in the browser: mounting a
//! widget in its shadow root, re-reading the attributes the host page
//! changes, and dispatching its events on the element.

use std::cell::Cell;

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};
use yew::{AppHandle, AttrValue, Callback, Renderer};

use super::{Advisor, AdvisorProps, Reader};
use crate::embed::{self, AdvisorEvent, AttributeWarning, HostSettings};
use crate::engine::early_visit::EarlyVisit;
use crate::engine::lang::Lang;
use crate::engine::model::CollaborationModel;
use crate::engine::progress::DEFAULT_SAVE_KEY;
use crate::engine::questionnaire::Questionnaire;

/// One widget rendered into a root element, tied to its host element.
pub struct MountedAdvisor {
    app: Option<AppHandle<Advisor>>,
    host: HtmlElement,
    questionnaire: &'static Questionnaire,
    settings: HostSettings,
    id_prefix: AttrValue,
    save_key: AttrValue,
    reader: Reader,
    early: EarlyVisit,
    on_first_render: Callback<()>,
}

thread_local! {
    static NEXT_ID_PREFIX: Cell<u32> = const { Cell::new(1) };
}

/// Renders a widget into `root`, configured by `host`'s attributes, with
/// events dispatched on `host`. `questionnaire` is a host page's own
/// content, checked by the reader module; without it, the built-in one.
/// `early`: what the visitor did on the build-time first screens (the
/// loader's record, see [`EarlyVisit`]); `on_first_render` is called once
/// the widget has rendered.
pub fn mount(
    host: HtmlElement,
    root: Element,
    questionnaire: Option<&'static Questionnaire>,
    reader: Reader,
    early: Option<String>,
    on_first_render: Option<Function>,
) -> MountedAdvisor {
    let questionnaire = questionnaire.unwrap_or_else(Questionnaire::built_in);
    let settings = read_settings(&host, questionnaire);
    let id_prefix: AttrValue = NEXT_ID_PREFIX.with(|n| {
        let id = n.get();
        n.set(id + 1);
        format!("cca{id}").into()
    });
    let save_key = save_key(&host);
    let early = early.map(|record| EarlyVisit::parse(&record, questionnaire)).unwrap_or_default();
    let on_first_render = Callback::from(move |_| {
        if let Some(function) = &on_first_render {
            let _ = function.call0(&JsValue::NULL);
        }
    });
    let mut mounted = MountedAdvisor {
        app: None,
        host,
        questionnaire,
        settings,
        id_prefix,
        save_key,
        reader,
        early,
        on_first_render,
    };
    mounted.app = Some(Renderer::<Advisor>::with_root_and_props(root, mounted.props()).render());
    mounted
}

impl MountedAdvisor {
    /// Re-reads one attribute the host page changed; only that attribute
    /// is validated (and warned about) again.
    pub fn attribute_changed(&mut self, name: &str) {
        let mut settings = self.settings.clone();
        let warning = match name {
            "lang" => {
                let (lang, w) = lang_setting(&self.host, self.questionnaire);
                settings.lang = lang;
                w
            }
            "theme" => {
                let (theme, w) = embed::parse_theme(self.host.get_attribute("theme").as_deref());
                settings.theme = theme;
                w
            }
            "accent" => {
                let (accent, w) = embed::parse_accent(self.host.get_attribute("accent").as_deref(), is_css_color);
                settings.accent = accent;
                w
            }
            "company" => {
                let (company, w) = embed::parse_company(self.host.get_attribute("company").as_deref());
                settings.company = company;
                w
            }
            _ => None,
        };
        warn(warning);
        if settings != self.settings {
            self.settings = settings.clone();
            let props = self.props();
            if let Some(app) = &mut self.app {
                app.update(props);
            }
        }
    }

    pub fn unmount(self) {
        if let Some(app) = self.app {
            app.destroy();
        }
    }

    fn props(&self) -> AdvisorProps {
        let host = self.host.clone();
        AdvisorProps {
            questionnaire: self.questionnaire,
            settings: self.settings.clone(),
            id_prefix: self.id_prefix.clone(),
            save_key: self.save_key.clone(),
            on_event: Callback::from(move |event| dispatch(&host, &event)),
            reader: self.reader,
            early: self.early.clone(),
            on_first_render: self.on_first_render.clone(),
        }
    }
}

/// Names the widget's saved progress and share links: the element's `id`;
/// without one, its position among the page's advisors without an id
/// (`default` for the first), so two widgets never share progress.
fn save_key(host: &HtmlElement) -> AttrValue {
    let id = host.id();
    if !id.is_empty() {
        return id.into();
    }
    let position = host
        .owner_document()
        .and_then(|d| d.query_selector_all("cio-cmo-advisor:not([id])").ok())
        .and_then(|all| (0..all.length()).position(|i| all.item(i).is_some_and(|n| n == ***host)));
    match position {
        Some(p) if p > 0 => (p + 1).to_string().into(),
        _ => DEFAULT_SAVE_KEY.into(),
    }
}

fn read_settings(host: &HtmlElement, questionnaire: &Questionnaire) -> HostSettings {
    let (lang, lang_warning) = lang_setting(host, questionnaire);
    let (theme, theme_warning) = embed::parse_theme(host.get_attribute("theme").as_deref());
    let (accent, accent_warning) = embed::parse_accent(host.get_attribute("accent").as_deref(), is_css_color);
    let (company, company_warning) = embed::parse_company(host.get_attribute("company").as_deref());
    for warning in [lang_warning, theme_warning, accent_warning, company_warning] {
        warn(warning);
    }
    HostSettings { lang, theme, accent, company }
}

fn lang_setting(host: &HtmlElement, questionnaire: &Questionnaire) -> (Lang, Option<AttributeWarning>) {
    let window = web_sys::window();
    let page_lang = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"));
    let browser_langs: Vec<String> =
        window.map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect()).unwrap_or_default();
    embed::resolve_lang(
        &questionnaire.content,
        host.get_attribute("lang").as_deref(),
        page_lang.as_deref(),
        &browser_langs,
    )
}

fn is_css_color(value: &str) -> bool {
    web_sys::css::supports_with_value("color", value).unwrap_or(false)
}

fn warn(warning: Option<AttributeWarning>) {
    if let Some(warning) = warning {
        web_sys::console::warn_1(&warning.message().into());
    }
}

/// `{ "1": …, "2": …, "3": … }`, keyed by model number.
fn by_model(values: [JsValue; 3]) -> Object {
    let object = Object::new();
    for m in CollaborationModel::ALL {
        let _ = Reflect::set(&object, &m.number().to_string().into(), &values[m.index()]);
    }
    object
}

/// Dispatches an event on the host element: bubbling and composed, so it
/// leaves the shadow root and reaches listeners anywhere on the page.
fn dispatch(host: &HtmlElement, event: &AdvisorEvent) {
    let detail = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&detail, &key.into(), &value);
    };
    match event {
        AdvisorEvent::Started => {}
        AdvisorEvent::Answered { question, option } => {
            set("questionId", question.as_str().into());
            set("optionId", option.as_str().into());
        }
        AdvisorEvent::Completed { model, fits } => {
            set("model", model.number().into());
            set("modelKey", model.key().into());
            set("fit", by_model(fits.map(JsValue::from)).into());
        }
        AdvisorEvent::Team { members, model, fits, on_top, consensus } => {
            let list: js_sys::Array = members
                .iter()
                .map(|member| {
                    let entry = Object::new();
                    let _ = Reflect::set(&entry, &"model".into(), &member.model.number().into());
                    let _ = Reflect::set(&entry, &"modelKey".into(), &member.model.key().into());
                    let _ = Reflect::set(&entry, &"fit".into(), &by_model(member.fits.map(JsValue::from)));
                    JsValue::from(entry)
                })
                .collect();
            set("members", list.into());
            let team = Object::new();
            let _ = Reflect::set(&team, &"model".into(), &model.number().into());
            let _ = Reflect::set(&team, &"modelKey".into(), &model.key().into());
            let _ = Reflect::set(&team, &"fit".into(), &by_model(fits.map(JsValue::from)));
            let _ = Reflect::set(&team, &"onTop".into(), &by_model(on_top.map(|n| JsValue::from(n as u32))));
            let _ = Reflect::set(&team, &"consensus".into(), &consensus.map_or(JsValue::NULL, |m| m.number().into()));
            set("team", team.into());
        }
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(custom) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = host.dispatch_event(&custom);
    }
}
