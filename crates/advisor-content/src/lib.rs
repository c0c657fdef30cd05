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
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
#[serde(transparent)]
pub struct Text(#[serde(with = "ordered_map")] pub Vec<(String, String)>);

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        self.0.get(lang.index()).or(self.0.first()).map_or("", |(_, text)| text.as_str())
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "One text per language declared in /languages, keyed by language code, e.g. { \"id\": \"Mulai\", \"en\": \"Start\" }.",
            "type": "object",
            "minProperties": 1,
            "propertyNames": { "pattern": "^[a-z]{2,3}$" },
            "additionalProperties": { "type": "string", "minLength": 1 }
        })
    }
}

/// A JSON object of strings read into a list of pairs in the file's order
/// (for `#[serde(with = "ordered_map")]`): texts keep their languages as
/// written, answers files their questions, and the checker sees a key that
/// is given twice instead of the map silently keeping one.
pub mod ordered_map {
    use std::fmt;

    use serde::de::{MapAccess, Visitor};
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(pairs: &[(String, String)], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(pairs.iter().map(|(key, value)| (key, value)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<(String, String)>, D::Error> {
        struct PairsVisitor;
        impl<'de> Visitor<'de> for PairsVisitor {
            type Value = Vec<(String, String)>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object whose values are strings")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut pairs = Vec::with_capacity(map.size_hint().unwrap_or(2).min(64));
                while let Some(pair) = map.next_entry()? {
                    pairs.push(pair);
                }
                Ok(pairs)
            }
        }
        deserializer.deserialize_map(PairsVisitor)
    }
}

/// A content file of the CIO–CMO Collaboration Advisor: the questionnaire,
/// the three model profiles and every interface text, in each language it
/// declares. Check one with `cargo run --bin check-content -- file.json`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// The stages of a marketing-technology's life, in order; each model
    /// says who decides and who is consulted at each.
    pub lifecycle: Vec<LifecycleStage>,
    /// The three collaboration models, in the brief's order.
    pub models: Vec<ModelProfile>,
    pub texts: Texts,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct LifecycleStage {
    pub id: String,
    pub label: Text,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Section {
    pub id: String,
    pub title: Text,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// structure, practice). Size, revenue and the business model are
    /// facts: the result shows them as "what your company is", and "what
    /// would change this" never suggests them.
    pub lever: bool,
    /// Whom to ask when the answer is "not sure", e.g. "Ask the CFO or
    /// {cio}." Required when an option is `unknown`.
    #[serde(default)]
    pub ask: Option<Text>,
    /// Ordered from least to most where the question has an order.
    pub options: Vec<AnswerOption>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct AnswerOption {
    /// Stable id, used in events and answers files.
    pub id: String,
    pub label: Text,
    /// "Not sure": the answer is unknown. The question then counts for no
    /// model (it leaves the scores and their spans), no precondition takes
    /// it as met, and the result says whom to ask. Comes after the other
    /// options and has no weights, rationale or condition.
    #[serde(default)]
    pub unknown: bool,
    /// How much this answer speaks for models 1, 2 and 3. Only differences
    /// within a question matter: scores are normalised per model.
    #[serde(default)]
    pub weights: [u8; 3],
    /// What this answer implies for CIO–CMO collaboration, shown as a reason
    /// when it drove the result; it never names a model.
    #[serde(default)]
    pub rationale: Text,
    /// Moving to this answer as a clause completing "Model N would fit best
    /// if …", e.g. "a few IT people start supporting marketing regularly".
    /// Required on every option of a lever question that another option
    /// may move to.
    #[serde(default)]
    pub condition: Text,
    /// The condition as it reads for a company the first matching variant
    /// describes, e.g. "you appoint a head of marketing who …" where there
    /// is no head of marketing yet.
    #[serde(default)]
    pub condition_variants: Vec<ConditionVariant>,
    /// The options a leadership team may move this answer to: more
    /// capability, alignment or readiness, never less. By default every
    /// later option (the options run from least to most); a question
    /// whose options have no such order lists them.
    #[serde(default)]
    pub moves_to: Option<Vec<String>>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ConditionVariant {
    /// The variant applies when any of these holds for today's answers.
    pub when: Vec<AnswerIs>,
    pub text: Text,
}

/// An answer condition: `question` was answered with one of `options`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct AnswerIs {
    pub question: String,
    pub options: Vec<String>,
}

/// Which answer says whether the company has a separate CIO and CMO, so
/// texts name "the CIO" or "your IT lead" as fits the company.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Roles {
    pub question: String,
    /// Options of that question under which the company has its own CIO.
    pub with_cio: Vec<String>,
    /// Options under which it has its own CMO.
    pub with_cmo: Vec<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ModelProfile {
    /// `joint-marketing-tech`, `cmo-leads` or `separate-lanes`, in that order.
    pub key: String,
    pub name: Text,
    pub short_name: Text,
    /// What the model is and which companies it suits, in a few sentences.
    pub summary: Text,
    /// The idea of the source the model rests on, in the product's words.
    pub basis: Text,
    /// The questions whose answers show whether a company meets that idea;
    /// the result lists the company's answers to them.
    pub basis_questions: Vec<String>,
    /// What must be true for the model to be recommendable.
    #[serde(default)]
    pub preconditions: Vec<Precondition>,
    /// Why no step a leadership team would take brings this model back,
    /// once a company has moved past it; completes "Model N is out of reach
    /// through steps a leadership team would take: …".
    pub out_of_reach: Text,
    pub steps: Vec<PlanStep>,
    /// Three to five measures that show the model working.
    pub kpis: Vec<Text>,
    /// Who decides and who is consulted at each stage of
    /// [`Content::lifecycle`], one entry per stage in that order.
    pub decision_rights: Vec<DecisionRight>,
    pub risks: Vec<Text>,
}

/// Something that must hold for a model to be recommended.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Precondition {
    /// Holds when every condition of at least one of these lists holds. A
    /// "not sure" answer meets no condition.
    pub holds_when: Vec<Vec<AnswerIs>>,
    /// What is missing, as a sentence: "With fewer than 50 people, …".
    pub missing: Text,
    /// Completes "It becomes one once …".
    pub becomes: Text,
    /// A step the company can take to meet it. With a fix the model stays
    /// recommendable and its plan starts with the fix; without one (a fact
    /// such as size) the model is not an option while it fails.
    #[serde(default)]
    pub fix: Option<PlanStep>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PlanStep {
    pub text: Text,
    /// Who owns the step: one of [`ROLES`].
    pub owner: String,
    /// The step is done within this many days: 30, 60 or 90.
    pub days: u8,
    /// What "done" looks like.
    pub done: Text,
    /// The step is left out when any of these holds: the company has already
    /// done it, or it does not apply (there is no CMO to seat).
    #[serde(default)]
    pub moot_when: Vec<AnswerIs>,
    /// If given, the step is included only when one of these holds (a
    /// relationship step where leaders rarely talk).
    #[serde(default)]
    pub only_when: Vec<AnswerIs>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DecisionRight {
    /// The id of a stage in `/lifecycle`.
    pub stage: String,
    /// One of [`ROLES`].
    pub decides: String,
    pub consulted: Vec<String>,
}

/// The roles a plan step's owner or a decision right may name; each is
/// also a placeholder (`{cio}`, `{Cio}` at a sentence start) filled with
/// whoever holds the role in the company that answered.
pub const ROLES: &[&str] = &["ceo", "cio", "cmo", "cfo", "unit"];

/// The placeholders a role-aware text may use; filled for the company that
/// answered (`{cio}` is "the CIO" or "your IT lead").
pub const WORDING_PLACEHOLDERS: &[&str] =
    &["company", "ceo", "Ceo", "cio", "Cio", "cmo", "Cmo", "cfo", "Cfo", "unit", "Unit"];

macro_rules! interface_texts {
    ($($(#[$doc:meta])* $field:ident: [$($placeholder:ident),*],)*) => {
        /// The texts' names (snake case; camel case in JSON), in order.
        const TEXT_NAMES: &[&str] = &[$(stringify!($field)),*];

        /// The placeholders each text may use, in the same order.
        const TEXT_PLACEHOLDERS: &[&[&str]] = &[$(&[$(stringify!($placeholder)),*]),*];

        /// Each text's place in [`Texts`].
        #[allow(non_camel_case_types)]
        enum TextIndex {
            $($field,)*
        }

        impl Texts {
            $($(#[$doc])* pub fn $field(&self) -> &Text {
                &self.0[TextIndex::$field as usize]
            })*
        }

        /// Every interface text by name: none may be missing or unknown.
        // The schema's view of `Texts`, which reads and writes itself.
        #[cfg(feature = "schema")]
        #[derive(schemars::JsonSchema)]
        #[serde(deny_unknown_fields, rename_all = "camelCase")]
        #[allow(dead_code)]
        struct TextsByName {
            $($(#[$doc])* $field: Text,)*
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for Texts {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                "Texts".into()
            }

            fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                TextsByName::json_schema(generator)
            }
        }
    };
}

/// The interface texts, one accessor per text (`texts.start()`). Held as
/// one array: reading the compact form is then a single length check,
/// where a struct of a hundred fields read field by field is tens of KB
/// of wasm.
#[derive(Clone, Debug, PartialEq)]
pub struct Texts(Box<[Text; TEXT_NAMES.len()]>);

impl Texts {
    fn from_list(list: Vec<Text>) -> Option<Texts> {
        list.into_boxed_slice().try_into().ok().map(Texts)
    }

    /// Every text with its name (snake case) and the placeholders it may use.
    pub fn all(&self) -> impl Iterator<Item = (&'static str, &'static [&'static str], &Text)> {
        TEXT_NAMES.iter().zip(TEXT_PLACEHOLDERS).zip(self.0.iter()).map(|((n, p), t)| (*n, *p, t))
    }

    pub fn all_mut(&mut self) -> impl Iterator<Item = (&'static str, &'static [&'static str], &mut Text)> {
        TEXT_NAMES.iter().zip(TEXT_PLACEHOLDERS).zip(self.0.iter_mut()).map(|((n, p), t)| (*n, *p, t))
    }
}

/// In JSON, an object with a member per text, by camel-case name; in the
/// compact form, the list in declaration order.
impl Serialize for Texts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.collect_map(TEXT_NAMES.iter().map(|name| camel_case(name)).zip(self.0.iter()))
        } else {
            serializer.collect_seq(self.0.iter())
        }
    }
}

impl<'de> Deserialize<'de> for Texts {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Texts, D::Error> {
        use serde::de::Error;
        if !deserializer.is_human_readable() {
            let list = Vec::<Text>::deserialize(deserializer)?;
            return Texts::from_list(list).ok_or_else(|| D::Error::custom("the interface texts are incomplete"));
        }
        deserializer.deserialize_map(TextsVisitor)
    }
}

/// Reads the texts object one member at a time into a slot per name: an
/// unknown or repeated name is an error at that member, a missing one at
/// the object. Written out rather than derived: the derived reader for a
/// hundred fields is about 80 KB of wasm.
struct TextsVisitor;

impl<'de> serde::de::Visitor<'de> for TextsVisitor {
    type Value = Texts;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object with every interface text")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Texts, A::Error> {
        use serde::de::Error;
        let mut slots: Vec<Option<Text>> = vec![None; TEXT_NAMES.len()];
        while let Some(index) = map.next_key_seed(TextName)? {
            if slots[index].is_some() {
                return Err(A::Error::custom(format!("duplicate field `{}`", camel_case(TEXT_NAMES[index]))));
            }
            slots[index] = Some(map.next_value()?);
        }
        if let Some(missing) = slots.iter().position(Option::is_none) {
            return Err(A::Error::custom(format!("missing field `{}`", camel_case(TEXT_NAMES[missing]))));
        }
        Texts::from_list(slots.into_iter().flatten().collect()).ok_or_else(|| A::Error::custom("incomplete"))
    }
}

/// A member name of the texts object, read as its slot.
struct TextName;

impl<'de> serde::de::DeserializeSeed<'de> for TextName {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        use serde::de::Error;
        let name = String::deserialize(deserializer)?;
        TEXT_NAMES.iter().position(|known| camel_case(known) == name).ok_or_else(|| {
            D::Error::custom(format!("unknown field `{name}`: not an interface text of this version of the advisor"))
        })
    }
}

/// `snake_case` as `camelCase`, the way content files name fields.
pub fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

interface_texts! {
    widget_name: [],
    // Filled by the wording: the company, and the roles as the company has them.
    intro_title: [company, ceo, Ceo, cio, Cio, cmo, Cmo, cfo, Cfo, unit, Unit],
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
    result_eyebrow: [company, ceo, Ceo, cio, Cio, cmo, Cmo, cfo, Cfo, unit, Unit],
    model_number: [n],
    why_title: [],
    /// Above the answers that are facts about the company.
    facts_title: [],
    /// Above the answers leaders control that made this model win.
    levers_title: [],
    why_intro: [],
    /// Above the model's source idea and the answers that meet it.
    basis_title: [],
    basis_answers: [],
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
    /// A close call where the two fits are shown equal.
    close_call_equal: [n, m],
    /// No other model is open to the company today.
    only_option_label: [],
    only_option_text: [n],
    /// A model whose precondition fails, in the fit chart.
    not_an_option: [],
    runner_up: [],
    percentage_point: [points],
    percentage_points: [points],
    change_title: [],
    /// "What would change this", one change: `{a}` is an option's condition.
    if_one: [n, a],
    if_two: [n, a, b],
    /// No step up of at most two answers makes model `{n}` the
    /// recommendation: `{why}` is the model's `outOfReach`.
    out_of_reach: [n, why],
    /// Model `{n}` fails a precondition without a fix: its `missing` and
    /// `becomes`.
    closed_model: [n, missing, becomes],
    /// The two questions that move the result most: their topics.
    hinges: [a, b],
    /// Model `{n}` is recommended, but a precondition with a fix is unmet.
    prerequisite: [n, missing],
    /// Once those fixes are done, model `{n}` would fit best.
    after_fixes: [n],
    unknowns_title: [],
    /// A "not sure" answer that could change the result: the question's
    /// topic, one of its answers, the model it would give, whom to ask.
    unknown_changes: [topic, answer, n, ask],
    unknown_no_change: [topic],
    /// Joins the last two of several answers: "“A”, “B” or “C”".
    or: [],
    owner_label: [],
    within_days: [days],
    done_label: [],
    kpis_title: [],
    rights_title: [],
    rights_stage: [],
    rights_decides: [],
    rights_consulted: [],
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
    /// The answers file could not be made (the reader module did not load).
    download_failed: [],
    shared_eyebrow: [],
    shared_note: [],
    take_it_yourself: [],
    team_view: [],
    team_intro: [max],
    team_paste_label: [],
    team_add: [],
    team_nothing_found: [],
    team_paste_first: [],
    team_duplicate: [member],
    team_member_default: [n],
    team_full: [max],
    team_link_too_long: [],
    team_link_member: [problem],
    team_link_write_too_long: [],
    team_members_title: [count, max],
    team_label: [n],
    team_label_hint: [],
    team_remove: [member],
    team_keep_labels: [],
    copy_team_link: [],
    team_link_copied: [],
    print_sheet: [],
    download_csv: [],
    download_team: [],
    team_single: [],
    team_eyebrow: [],
    team_consensus: [n, count, total],
    team_divided: [list],
    team_consensus_differs: [n, m],
    team_tally: [n, count, total],
    and: [],
    team_combined: [n],
    team_provisional: [],
    team_facts_same: [],
    team_chart_label: [],
    team_fit_line: [mean, low, high],
    team_facts_title: [],
    team_facts_intro: [],
    team_fact_answer: [answer, members, n],
    team_no_facts: [],
    team_more_facts: [list],
    team_divisions_title: [],
    team_divisions_intro: [],
    team_division_turns: [answer, n],
    team_division_moves: [points],
    team_no_divisions: [],
    team_more_divisions: [list],
    team_unknowns_title: [],
    team_unknown: [count, total, topic, ask],
    workshop_title: [],
    workshop_fact: [topic, answers],
    workshop_division_turns: [topic, low, a, high, b, n, m],
    workshop_division: [topic, low, a, high, b],
    workshop_unknown: [topic, ask],
    workshop_hinge: [topic, answer],
    workshop_confirm: [n],
    team_plan_title: [],
    team_name: [],
    csv_label: [],
    csv_fit: [n],
    csv_recommended: [],
    code_empty: [],
    you: [],
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
    /// What `{ceo}` becomes, and `{Ceo}` at a sentence start; where the
    /// CEO or owner covers both IT and marketing, `the_owner`.
    the_ceo: [],
    the_ceo_start: [],
    the_owner: [],
    the_owner_start: [],
    the_cfo: [],
    the_cfo_start: [],
    /// What `{cfo}` becomes where the CEO or owner covers both IT and
    /// marketing: a firm that size rarely has a CFO.
    your_finance_lead: [],
    your_finance_lead_start: [],
    /// The lead of model 1's new unit.
    the_unit_lead: [],
    the_unit_lead_start: [],
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
        self.languages.iter().position(|l| l.code == primary || l.aliases.contains(&primary)).map(|i| Lang(i as u8))
    }

    /// A 15-bit fingerprint of what gives an answer set its meaning: the
    /// questionnaire id and every question and option id, in order. Share
    /// codes and saved progress carry it, so a code made with another
    /// questionnaire is refused instead of misread. Rewording a text or
    /// changing a weight keeps it; adding, removing or renaming an option
    /// changes it. A "not sure" option is left out: it adds an answer
    /// without changing what the others mean, so codes and progress saved
    /// before it was added keep their meaning. Two contents that differ only
    /// in their "not sure" options therefore share a fingerprint; a code or
    /// saved progress holding a "not sure" answer is refused as damaged
    /// (or cleared as unreadable) where that option does not exist.
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
            for option in question.options.iter().filter(|o| !o.unknown) {
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
    /// How many options are not "not sure" (they come first).
    pub fn known_options(&self) -> usize {
        self.options.iter().filter(|o| !o.unknown).count()
    }

    pub fn option_index(&self, option_id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == option_id)
    }

    /// The options a leadership team may move answer `option` to, each with
    /// its cost in steps: by default every later option that is not "not
    /// sure" (one step per option passed), else the option's `movesTo` in
    /// its order (one step per place in the list, since such options have
    /// no order of their own). A "not sure" answer has no moves: finding
    /// it out is not a decision.
    pub fn moves(&self, option: usize) -> Vec<(usize, usize)> {
        let Some(current) = self.options.get(option).filter(|o| !o.unknown) else {
            return Vec::new();
        };
        match &current.moves_to {
            Some(ids) => ids.iter().filter_map(|id| self.option_index(id)).zip(1..).collect(),
            None => (option + 1..self.known_options()).map(|o| (o, o - option)).collect(),
        }
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
