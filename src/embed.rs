//! What the host page controls and observes, as plain data: the element's
//! attributes (read with defaults and warnings, never failing) and the
//! events it receives. The web layer reads the DOM and dispatches
//! `CustomEvent`s; every rule is here so it is tested natively.

use crate::engine::lang::Lang;
use crate::engine::model::CollaborationModel;
use crate::engine::questionnaire::Content;
use crate::engine::recommendation::Recommendation;
use crate::engine::scoring::Evaluation;
use crate::engine::team::TeamResult;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Follows the visitor's `prefers-color-scheme`.
    Auto,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// Longest company name used in texts; longer values are almost certainly a
/// mistake (a pasted paragraph) and would break headings.
pub const COMPANY_MAX_CHARS: usize = 80;

/// An attribute value the widget could not use, and what it used instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttributeWarning {
    pub attribute: &'static str,
    pub value: String,
    pub expected: String,
    pub fallback: String,
}

impl AttributeWarning {
    pub fn message(&self) -> String {
        format!(
            "<cio-cmo-advisor>: ignoring {}=\"{}\" (expected {}); using {}.",
            self.attribute, self.value, self.expected, self.fallback
        )
    }
}

/// Settings the host page controls, after validation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostSettings {
    pub lang: Lang,
    pub theme: Theme,
    /// A CSS colour the browser accepted.
    pub accent: Option<String>,
    pub company: Option<String>,
}

/// `lang`: the attribute, else the host page's `<html lang>`, else the
/// browser's languages in order, else English (or the content's first
/// language when it has no English), among the content's languages.
pub fn resolve_lang(
    content: &Content,
    attribute: Option<&str>,
    page_lang: Option<&str>,
    browser_langs: &[String],
) -> (Lang, Option<AttributeWarning>) {
    let fallback = page_lang
        .and_then(|tag| content.lang_from_tag(tag))
        .or_else(|| browser_langs.iter().find_map(|tag| content.lang_from_tag(tag)))
        .or_else(|| content.lang_from_tag("en"))
        .unwrap_or_default();
    match attribute.map(str::trim).filter(|v| !v.is_empty()) {
        None => (fallback, None),
        Some(value) => match content.lang_from_tag(value) {
            Some(lang) => (lang, None),
            None => {
                let codes: Vec<String> = content.languages.iter().map(|l| format!("\"{}\"", l.code)).collect();
                let expected = format!("one of {}", codes.join(", "));
                (fallback, Some(warning("lang", value, &expected, &content.language(fallback).code)))
            }
        },
    }
}

/// `theme`: `light`, `dark` or `auto`; default `light`.
pub fn parse_theme(attribute: Option<&str>) -> (Theme, Option<AttributeWarning>) {
    let default = Theme::Light;
    match attribute.map(|v| v.trim().to_ascii_lowercase()) {
        None => (default, None),
        Some(v) if v.is_empty() => (default, None),
        Some(v) => match v.as_str() {
            "light" => (Theme::Light, None),
            "dark" => (Theme::Dark, None),
            "auto" => (Theme::Auto, None),
            _ => (default, Some(warning("theme", &v, "\"light\", \"dark\" or \"auto\"", default.as_str()))),
        },
    }
}

/// `accent`: a CSS colour. `is_css_color` is the browser's own check
/// (`CSS.supports("color", value)`); text that could escape a declaration
/// is refused before it is asked.
pub fn parse_accent(
    attribute: Option<&str>,
    is_css_color: impl Fn(&str) -> bool,
) -> (Option<String>, Option<AttributeWarning>) {
    let value = match attribute.map(str::trim).filter(|v| !v.is_empty()) {
        None => return (None, None),
        Some(v) => v,
    };
    let plausible = value.len() <= 64 && !value.contains([';', '{', '}', '<', '>', '\\']);
    if plausible && is_css_color(value) {
        (Some(value.to_owned()), None)
    } else {
        (None, Some(warning("accent", value, "a CSS colour such as #0b6e4f", "the default accent")))
    }
}

/// `company`: a name used in texts ("Recommendation for …"); trimmed,
/// at most [`COMPANY_MAX_CHARS`] characters.
pub fn parse_company(attribute: Option<&str>) -> (Option<String>, Option<AttributeWarning>) {
    let value = match attribute.map(str::trim).filter(|v| !v.is_empty()) {
        None => return (None, None),
        Some(v) => v,
    };
    let collapsed = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() <= COMPANY_MAX_CHARS {
        (Some(collapsed), None)
    } else {
        let expected = format!("a name of at most {COMPANY_MAX_CHARS} characters");
        (None, Some(warning("company", value, &expected, "\"your company\"")))
    }
}

fn warning(attribute: &'static str, value: &str, expected: &str, fallback: &str) -> AttributeWarning {
    AttributeWarning {
        attribute,
        value: value.to_owned(),
        expected: expected.to_owned(),
        fallback: fallback.to_owned(),
    }
}

/// Something the host page may want to know, dispatched on the element as
/// a bubbling, composed `CustomEvent` named [`AdvisorEvent::name`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AdvisorEvent {
    /// The visitor started the questionnaire.
    Started,
    /// The visitor chose an option.
    Answered { question: String, option: String },
    /// The visitor reached the result.
    Completed { model: CollaborationModel, fits: [u8; 3] },
    /// The team view shows a team, or its members or labels changed.
    Team {
        members: Vec<MemberOutcome>,
        /// The team's recommendation and fits (its combined answers).
        model: CollaborationModel,
        fits: [u8; 3],
        /// How many members have each model on top.
        on_top: [usize; 3],
        consensus: Option<CollaborationModel>,
    },
}

/// One member's result, in the `advisor-team` event. Without the label:
/// labels are often people's names, and they stay in the page unless the
/// facilitator puts them in a team link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberOutcome {
    pub model: CollaborationModel,
    pub fits: [u8; 3],
}

impl AdvisorEvent {
    pub fn name(&self) -> &'static str {
        match self {
            AdvisorEvent::Started => "advisor-start",
            AdvisorEvent::Answered { .. } => "advisor-answer",
            AdvisorEvent::Completed { .. } => "advisor-complete",
            AdvisorEvent::Team { .. } => "advisor-team",
        }
    }

    pub fn team(team: &TeamResult) -> AdvisorEvent {
        let fits = |evaluation: &Evaluation| CollaborationModel::ALL.map(|m| evaluation.score(m).fit_percent());
        AdvisorEvent::Team {
            members: team
                .evaluations
                .iter()
                .map(|evaluation| MemberOutcome { model: evaluation.recommended(), fits: fits(evaluation) })
                .collect(),
            model: team.model(),
            fits: fits(&team.recommendation.evaluation),
            on_top: team.agreement.on_top,
            consensus: team.agreement.consensus,
        }
    }

    pub fn completed(recommendation: &Recommendation) -> AdvisorEvent {
        let evaluation = &recommendation.evaluation;
        AdvisorEvent::Completed {
            model: evaluation.recommended(),
            fits: CollaborationModel::ALL.map(|m| evaluation.score(m).fit_percent()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_falls_back_from_attribute_to_page_to_browser_to_english() {
        let content = &crate::engine::questionnaire::Questionnaire::built_in().content;
        let (id, en) = (content.lang_from_tag("id").unwrap(), content.lang_from_tag("en").unwrap());
        let browser = vec!["fr-FR".to_owned(), "id-ID".to_owned()];
        assert_eq!(resolve_lang(content, Some("en"), Some("id"), &browser), (en, None));
        assert_eq!(resolve_lang(content, None, Some("id-ID"), &[]), (id, None));
        assert_eq!(resolve_lang(content, None, Some("IN"), &[]), (id, None));
        assert_eq!(resolve_lang(content, None, Some("de"), &browser), (id, None));
        assert_eq!(resolve_lang(content, None, None, &[]), (en, None));
        let (lang, warning) = resolve_lang(content, Some("klingon"), Some("id"), &[]);
        assert_eq!(lang, id);
        let message = warning.unwrap().message();
        assert!(message.contains("lang=\"klingon\"") && message.contains("one of \"id\", \"en\""), "{message}");
    }

    #[test]
    fn theme_accepts_three_values_and_warns_otherwise() {
        assert_eq!(parse_theme(Some(" Dark ")), (Theme::Dark, None));
        assert_eq!(parse_theme(None), (Theme::Light, None));
        let (theme, warning) = parse_theme(Some("neon"));
        assert_eq!(theme, Theme::Light);
        assert_eq!(warning.unwrap().attribute, "theme");
    }

    #[test]
    fn accent_must_be_a_colour_and_cannot_smuggle_css() {
        let says_yes = |_: &str| true;
        assert_eq!(parse_accent(Some("#0b6e4f"), says_yes), (Some("#0b6e4f".into()), None));
        assert!(parse_accent(Some("red; background: url(x)"), says_yes).1.is_some());
        assert!(parse_accent(Some("not-a-colour"), |_| false).1.is_some());
        assert_eq!(parse_accent(Some("  "), says_yes), (None, None));
    }

    #[test]
    fn company_is_trimmed_and_bounded() {
        assert_eq!(parse_company(Some("  PT   Maju  Jaya ")).0.as_deref(), Some("PT Maju Jaya"));
        let long = "x".repeat(COMPANY_MAX_CHARS + 1);
        let (company, warning) = parse_company(Some(&long));
        assert!(company.is_none() && warning.is_some());
    }
}
