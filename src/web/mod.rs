//! The browser side: Yew components that render the engine, the bridge to
//! the `<cio-cmo-advisor>` custom element defined by the loader script
//! (`embed/cio-cmo-advisor.js`, in `host`), and, natively, the build-time
//! HTML of the first screens (`first_screens`).
//!
//! One rule for components: what holds no state is a plain view function
//! taking a props struct (`intro_screen(&IntroProps)`); what needs hooks
//! (state, effects, node refs that outlive a render) is a `#[component]`
//! with `Properties` (`Advisor`, `ShareActions`, `LoadFileButton`). Every
//! view gets the questionnaire, the language and the reader as one [`View`]
//! value. State lives in the root's reducer; callbacks that only dispatch an
//! action come from its dispatcher (`actions.reform(Action::Notify)`).

mod actions;
mod app;
mod browser;
mod chart;
mod file_load;
#[cfg(not(target_arch = "wasm32"))]
pub mod first_screens;
#[cfg(target_arch = "wasm32")]
mod host;
mod intro;
mod lang_switch;
mod notices;
mod question;
mod reader;
mod result;
mod review;
mod team;

pub use app::{Advisor, AdvisorProps};
#[cfg(target_arch = "wasm32")]
pub use host::{mount, MountedAdvisor};
pub use reader::Reader;

use crate::engine::lang::Lang;
use crate::engine::questionnaire::Questionnaire;

/// What every view renders with: the questionnaire's content, the display
/// language and the way to the reader module. Views take it as one value
/// instead of each its parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub questionnaire: &'static Questionnaire,
    pub lang: Lang,
    pub reader: Reader,
}
