//! Answers as a downloadable JSON file, and reading such a file back.
//!
//! ```json
//! {
//!   "format": "cio-cmo-advisor-answers",
//!   "formatVersion": 1,
//!   "questionnaireVersion": 1,
//!   "questionnaire": "cio-cmo-advisor",
//!   "language": "en",
//!   "answers": { "headcount": "5000-plus", "revenue": "over-5tn", … },
//!   "result": { "model": 3, "modelKey": "separate-lanes", "fit": { "1": 61, "2": 37, "3": 95 } },
//!   "readable": [ { "question": "How many people…?", "answer": "5,000 or more" }, … ]
//! }
//! ```
//!
//! Only `format`, `formatVersion`, `questionnaireVersion`, `questionnaire`
//! (the content's id; files from release 0.1.0 have none) and `answers` are
//! read back; `result` (null until every question is answered) and
//! `readable` are for people and other tools.
//!
//! JSON is written and read by the on-demand reader module (serde_json,
//! `src/bin/reader.rs`), never by the widget every visitor loads: the widget
//! hands the reader an [`AnswersFile`] in the compact form and gets one back.

use serde::{Deserialize, Serialize};

use super::answers::{Answers, UnknownAnswer};
use super::lang::Lang;
use super::questionnaire::Questionnaire;
use super::scoring::{evaluate, Evaluation};

pub const FORMAT: &str = "cio-cmo-advisor-answers";
pub const FORMAT_VERSION: u64 = 1;
/// What the answers in a file mean has had one version; the questionnaire's
/// id now tells questionnaires apart.
const QUESTIONNAIRE_VERSION: u64 = 1;
/// Larger files are refused before parsing: a real one is about 3 KB.
pub const MAX_BYTES: usize = 64 * 1024;

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct AnswersFile {
    pub format: String,
    pub format_version: u64,
    pub questionnaire_version: u64,
    #[serde(default)]
    pub questionnaire: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    /// Question id → option id, in questionnaire order.
    #[serde(with = "advisor_content::ordered_map")]
    pub answers: Vec<(String, String)>,
    #[serde(default)]
    pub result: Option<FileResult>,
    #[serde(default)]
    pub readable: Vec<ReadableAnswer>,
}

/// The recommendation, as the `advisor-complete` event reports it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct FileResult {
    pub model: u8,
    pub model_key: String,
    pub fit: Fits,
}

/// Each model's fit in percent, keyed by model number.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Fits {
    #[serde(rename = "1")]
    pub model_1: u8,
    #[serde(rename = "2")]
    pub model_2: u8,
    #[serde(rename = "3")]
    pub model_3: u8,
}

impl FileResult {
    pub fn of(evaluation: &Evaluation) -> FileResult {
        let model = evaluation.recommended();
        let [model_1, model_2, model_3] = evaluation.scores.map(|s| s.fit_percent());
        FileResult { model: model.number(), model_key: model.key().to_owned(), fit: Fits { model_1, model_2, model_3 } }
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct ReadableAnswer {
    pub question: String,
    pub answer: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum AnswerFileError {
    TooLarge,
    NotJson,
    /// Valid JSON, but not an answers file from this advisor.
    NotAnAnswerFile,
    /// Written by a newer version of the advisor.
    Newer,
    /// Written for another questionnaire.
    OtherQuestionnaire,
    Unknown(UnknownAnswer),
    NoAnswers,
}

/// The file for `answers`; `lang` chooses the language of the readable part.
pub fn export(answers: &Answers, lang: Lang) -> AnswersFile {
    let questionnaire = answers.questionnaire();
    let given: Vec<(usize, usize)> =
        (0..questionnaire.question_count()).filter_map(|q| Some((q, answers.get(q)?))).collect();
    let result = answers.complete().map(|complete| FileResult::of(&evaluate(&complete)));
    AnswersFile {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        questionnaire_version: QUESTIONNAIRE_VERSION,
        questionnaire: Some(questionnaire.content.id.clone()),
        language: Some(questionnaire.lang_code(lang).to_owned()),
        answers: given
            .iter()
            .map(|&(q, o)| {
                let question = questionnaire.question(q);
                (question.id.clone(), question.options[o].id.clone())
            })
            .collect(),
        result,
        readable: given
            .iter()
            .map(|&(q, o)| {
                let question = questionnaire.question(q);
                ReadableAnswer {
                    question: question.prompt.get(lang).to_owned(),
                    answer: question.options[o].label.get(lang).to_owned(),
                }
            })
            .collect(),
    }
}

impl AnswersFile {
    /// The file as people and tools read it.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("an answers file always serialises") + "\n"
    }
}

/// What the widget needs of an answers file it loads: the reader module
/// sends only this, which keeps decoding it small on the default path.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct LoadedAnswers {
    pub questionnaire_version: u64,
    pub questionnaire: Option<String>,
    pub answers: Vec<(String, String)>,
}

/// Reads the JSON of an answers file. Which questionnaire it answers, and
/// whether its answers exist there, is [`import`]'s part.
pub fn read_json(text: &str) -> Result<LoadedAnswers, AnswerFileError> {
    if text.len() > MAX_BYTES {
        return Err(AnswerFileError::TooLarge);
    }
    let value: serde_json::Value =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|_| AnswerFileError::NotJson)?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(AnswerFileError::NotAnAnswerFile);
    }
    match value.get("formatVersion").and_then(|v| v.as_u64()) {
        Some(FORMAT_VERSION) => {}
        Some(v) if v > FORMAT_VERSION => return Err(AnswerFileError::Newer),
        _ => return Err(AnswerFileError::NotAnAnswerFile),
    }
    // An answer that is not text names no option: say which one it is.
    if let Some(answers) = value.get("answers").and_then(|a| a.as_object()) {
        if let Some((question, option)) = answers.iter().find(|(_, o)| !o.is_string()) {
            let option = option.to_string();
            return Err(AnswerFileError::Unknown(UnknownAnswer::Option { question: question.clone(), option }));
        }
    }
    let file: AnswersFile = serde_json::from_value(value).map_err(|_| AnswerFileError::NotAnAnswerFile)?;
    Ok(LoadedAnswers {
        questionnaire_version: file.questionnaire_version,
        questionnaire: file.questionnaire,
        answers: file.answers,
    })
}

/// The answers a file gives for `questionnaire`.
pub fn import(file: &LoadedAnswers, questionnaire: &'static Questionnaire) -> Result<Answers, AnswerFileError> {
    match file.questionnaire_version {
        QUESTIONNAIRE_VERSION => {}
        v if v > QUESTIONNAIRE_VERSION => return Err(AnswerFileError::Newer),
        _ => return Err(AnswerFileError::OtherQuestionnaire),
    }
    match &file.questionnaire {
        Some(id) if *id != questionnaire.content.id => return Err(AnswerFileError::OtherQuestionnaire),
        _ => {}
    }
    let pairs = file.answers.iter().map(|(q, o)| (q.as_str(), o.as_str()));
    let answers = Answers::from_ids(questionnaire, pairs).map_err(AnswerFileError::Unknown)?;
    if answers.is_empty() {
        return Err(AnswerFileError::NoAnswers);
    }
    Ok(answers)
}
