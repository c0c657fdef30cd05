//! The advisor's content as data: sections, questions, options and their
//! weights, the three model profiles, and every interface text, in as many
//! languages as the content declares.
//!
//! One model, three readers:
//! - the build script and `check-content` read `content/advisor.json` with
//!   [`check::read_json`] (feature `json`), which reports every problem with
//!   its JSON pointer;
//! - the widget reads the built-in content in the compact form
//!   ([`Content::from_compact`], postcard) that the build script wrote after
//!   checking it, so no JSON parser or checker is in what every visitor loads;
//! - the on-demand module reads a host page's own file with the same checker
//!   and hands the widget the compact form.

use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[cfg(feature = "json")]
pub mod check;
pub mod model;
pub mod scoring;

/// Most questions a content file may have. Answer sets are fixed-size
/// arrays of this length, so they stay plain `Copy` data.
pub const MAX_QUESTIONS: usize = 40;
/// Most options a question may have.
pub const MAX_OPTIONS: usize = 8;

/// A language of the content, as an index into [`Content::languages`]. Only
/// a checked content hands these out, so every text has an entry for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Lang(u8);

impl Lang {
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// One piece of user-visible text in every language the content declares,
/// written in JSON as `{ "id": "…", "en": "…" }`. After checking, the
/// entries are in the order of [`Content::languages`], so a [`Lang`] indexes
/// them directly.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text(pub Vec<(String, String)>);

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        self.0.get(lang.index()).or(self.0.first()).map_or("", |(_, text)| text.as_str())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(code, text)| (code, text)))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object with one text per language code")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(2).min(8));
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Text(entries))
            }
        }
        deserializer.deserialize_map(TextVisitor)
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Content {
    /// The editor's link to the schema; not used by the widget.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// Names the questionnaire: saved progress of a host's own questionnaire
    /// is kept apart from the built-in's under this id.
    pub id: String,
    /// The first language is the default when nothing else decides.
    pub languages: Vec<Language>,
    pub sections: Vec<Section>,
    pub questions: Vec<Question>,
    pub roles: Roles,
    /// The three collaboration models, in the brief's order.
    pub models: Vec<ModelProfile>,
    pub texts: Texts,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Language {
    /// BCP 47 primary language subtag: `id`, `en`, `ms`.
    pub code: String,
    /// Other subtags that mean this language (`in`, the withdrawn code for
    /// Indonesian that some systems still report).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The language switch's short label, e.g. `ID`.
    pub label: String,
    /// The language's own name for itself, e.g. `Bahasa Indonesia`.
    pub name: String,
    /// How the language groups thousands: `.` in `1.000`, `,` in `1,000`.
    pub group_separator: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Section {
    pub id: String,
    pub title: Text,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Question {
    pub id: String,
    /// The id of the section the question belongs to.
    pub section: String,
    /// A short name for the question, used in reasons and answer lists.
    pub topic: Text,
    pub prompt: Text,
    #[serde(default)]
    pub hint: Option<Text>,
    /// Whether the company can change this answer by a decision (budget,
    /// structure, practice). Size and revenue are facts, not levers, so
    /// "what would change this" never suggests them.
    pub lever: bool,
    /// Ordered from least to most where the question has an order.
    pub options: Vec<AnswerOption>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct AnswerOption {
    /// Stable id, used in events and answers files.
    pub id: String,
    pub label: Text,
    /// How much this answer speaks for models 1, 2 and 3. Only differences
    /// within a question matter: scores are normalised per model.
    pub weights: [u8; 3],
    /// What this answer implies for CIO–CMO collaboration, shown as a reason
    /// when it drove the result; it never names a model.
    pub rationale: Text,
    /// The answer as a clause completing "If …, model N would fit best".
    pub condition: Text,
}

/// An answer condition: `question` was answered with one of `options`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct AnswerIs {
    pub question: String,
    pub options: Vec<String>,
}

/// Which answer says whether the company has a separate CIO and CMO, so
/// texts name "the CIO" or "your IT lead" as fits the company.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Roles {
    pub question: String,
    /// Options of that question under which the company has its own CIO.
    pub with_cio: Vec<String>,
    /// Options under which it has its own CMO.
    pub with_cmo: Vec<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ModelProfile {
    /// `joint-marketing-tech`, `cmo-leads` or `separate-lanes`, in that order.
    pub key: String,
    pub name: Text,
    pub short_name: Text,
    /// What the model is and which companies it suits, in a few sentences.
    pub summary: Text,
    pub steps: Vec<PlanStep>,
    pub risks: Vec<Text>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PlanStep {
    pub text: Text,
    /// The step is left out when any of these holds: the company has already
    /// done it, or it does not apply (there is no CMO to seat).
    #[serde(default)]
    pub moot_when: Vec<AnswerIs>,
}

/// The placeholders a role-aware text may use; filled for the company that
/// answered (`{cio}` is "the CIO" or "your IT lead").
pub const WORDING_PLACEHOLDERS: &[&str] = &["company", "cio", "Cio", "cmo", "Cmo"];

macro_rules! interface_texts {
    ($($(#[$doc:meta])* $field:ident: [$($placeholder:ident),*],)*) => {
        /// Interface texts, each with the placeholders it may use.
        #[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
        #[serde(deny_unknown_fields, rename_all = "camelCase")]
        pub struct Texts {
            $($(#[$doc])* pub $field: Text,)*
        }

        impl Texts {
            /// Every text with its field name (snake case) and placeholders.
            pub fn all(&self) -> Vec<(&'static str, &'static [&'static str], &Text)> {
                vec![$((stringify!($field), &[$(stringify!($placeholder)),*], &self.$field)),*]
            }

            pub fn all_mut(&mut self) -> Vec<(&'static str, &'static [&'static str], &mut Text)> {
                vec![$((stringify!($field), &[$(stringify!($placeholder)),*], &mut self.$field)),*]
            }
        }
    };
}

interface_texts! {
    widget_name: [],
    intro_title: [company],
    intro_body: [total],
    intro_audience: [],
    intro_time: [],
    intro_privacy: [],
    start: [],
    back: [],
    next: [],
    see_result: [],
    progress: [n, total],
    choose_to_continue: [],
    language: [],
    result_eyebrow: [company],
    model_number: [n],
    why_title: [],
    why_intro: [],
    fit_title: [],
    fit_chart_label: [],
    recommended: [],
    /// The recommended model's fit on the result's first screen.
    headline_fit: [fit],
    first_step_title: [],
    next_steps_title: [],
    risks_title: [],
    start_again: [],
    clear_fit_label: [],
    /// `{m}`: the runner-up's number; `{points}`: from percentage_point(s).
    clear_fit_text: [m, points],
    close_call_label: [],
    close_call_text: [n, m, points],
    runner_up: [],
    percentage_point: [points],
    percentage_points: [points],
    change_title: [],
    /// "What would change this", one change: `{a}` is an option's condition.
    if_one: [a, n],
    if_two: [a, b, n],
    /// No change of at most two answers is enough; the two that come closest.
    closest: [n, a, b],
    out_of_reach: [n],
    resume_title: [],
    resume_text: [n, total],
    resume_continue: [],
    resume_start_over: [],
    load_file: [],
    review_title: [],
    review_intro: [],
    change: [],
    change_named: [topic],
    back_to_review: [],
    actions_title: [],
    copy_link: [],
    link_copied: [],
    copy_fallback: [],
    share_code: [code],
    print: [],
    download: [],
    compare: [],
    shared_eyebrow: [],
    shared_note: [],
    take_it_yourself: [],
    compare_intro: [],
    compare_input: [],
    compare_button: [],
    compare_empty: [],
    you: [],
    colleague: [],
    combined: [],
    compare_same: [n],
    compare_different: [n, m],
    combined_text: [n],
    agreed: [n, total],
    differences_title: [],
    no_differences: [],
    difference_toward: [points, m],
    difference_away: [n, points],
    difference_neutral: [n, m],
    difference_spread: [points],
    back_to_result: [],
    dismiss: [],
    file_loaded: [],
    storage_unavailable: [],
    progress_corrupt: [],
    progress_other_version: [],
    code_damaged: [],
    code_newer: [],
    code_older: [],
    code_other_questionnaire: [],
    shared_link_failed: [],
    file_unreadable: [],
    file_too_large: [],
    file_not_json: [],
    file_not_answers: [],
    file_newer: [],
    file_other_questionnaire: [],
    file_unknown_answer: [detail],
    file_no_answers: [],
    change_answers: [],
    /// Shown above the advice when the company has no separate CIO.
    no_cio_note: [],
    no_cmo_note: [],
    /// What `{cio}` becomes with a CIO, and `{Cio}` at a sentence start.
    the_cio: [],
    the_cio_start: [],
    it_lead: [],
    it_lead_start: [],
    the_cmo: [],
    the_cmo_start: [],
    marketing_lead: [],
    marketing_lead_start: [],
    /// What `{company}` becomes when the host page gives no name.
    your_company: [],
}

impl Content {
    /// The compact form compiled into the widget and passed from the
    /// on-demand reader: postcard, with no field names.
    pub fn to_compact(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("content always serialises")
    }

    pub fn from_compact(bytes: &[u8]) -> Result<Content, postcard::Error> {
        postcard::from_bytes(bytes)
    }

    pub fn langs(&self) -> impl Iterator<Item = Lang> + '_ {
        (0..self.languages.len()).map(|i| Lang(i as u8))
    }

    pub fn language(&self, lang: Lang) -> &Language {
        self.languages.get(lang.index()).unwrap_or(&self.languages[0])
    }

    /// Reads a language tag such as `id`, `ID`, `id-ID` or `en_US`; only the
    /// primary subtag matters.
    pub fn lang_from_tag(&self, tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        self.languages
            .iter()
            .position(|l| l.code == primary || l.aliases.contains(&primary))
            .map(|i| Lang(i as u8))
    }

    /// A 15-bit fingerprint of what gives an answer set its meaning: the
    /// questionnaire id and every question and option id, in order. Share
    /// codes and saved progress carry it, so a code made with another
    /// questionnaire is refused instead of misread. Rewording a text or
    /// changing a weight keeps it; adding, removing or renaming an option
    /// changes it.
    pub fn fingerprint(&self) -> u16 {
        // FNV-1a, folded to 15 bits.
        let mut hash: u32 = 0x811c_9dc5;
        let mut eat = |text: &str| {
            for byte in text.bytes().chain([0]) {
                hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
            }
        };
        eat(&self.id);
        for question in &self.questions {
            eat(&question.id);
            for option in &question.options {
                eat(&option.id);
            }
        }
        ((hash >> 15) ^ hash) as u16 & 0x7fff
    }

    pub fn question_index(&self, question_id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == question_id)
    }
}

impl Question {
    pub fn option_index(&self, option_id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == option_id)
    }
}

/// The `{name}` placeholders a text uses, in order of appearance.
pub fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{').skip(1).filter_map(|rest| rest.split_once('}')).map(|(name, _)| name)
}

/// Sorts a short slice (at most a few dozen items) stably. The standard
/// library's sort is built for large inputs and costs kilobytes of wasm per
/// use; every list sorted here has fewer than forty items.
pub fn sort_small<T>(items: &mut [T], mut before: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}
