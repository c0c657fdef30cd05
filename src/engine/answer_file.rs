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
//! read back; `result` and `readable` are for people and other tools.

use super::answers::{Answers, UnknownAnswer};
use super::json::{self, quote, Json};
use super::lang::Lang;
use super::model::CollaborationModel;
use super::questionnaire::Questionnaire;
use super::scoring::evaluate;

pub const FORMAT: &str = "cio-cmo-advisor-answers";
pub const FORMAT_VERSION: u64 = 1;
/// What the answers in a file mean has had one version; the questionnaire's
/// id now tells questionnaires apart.
const QUESTIONNAIRE_VERSION: u64 = 1;
/// Larger files are refused before parsing: a real one is about 3 KB.
pub const MAX_BYTES: usize = 64 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerFileError {
    TooLarge,
    NotJson,
    /// Valid JSON, but not an answers file from this advisor.
    NotAnAnswerFile,
    /// Written by a newer version of the advisor.
    Newer,
    /// Written for a different version of the questionnaire.
    OtherQuestionnaire,
    Unknown(UnknownAnswer),
    NoAnswers,
}

/// The file's contents. `lang` chooses the language of the readable part.
pub fn export(answers: &Answers, lang: Lang) -> String {
    let questionnaire = answers.questionnaire();
    let questions = questionnaire.questions();
    let mut out = String::from("{\n");
    out += &format!("  \"format\": {},\n", quote(FORMAT));
    out += &format!("  \"formatVersion\": {FORMAT_VERSION},\n");
    out += &format!("  \"questionnaireVersion\": {QUESTIONNAIRE_VERSION},\n");
    out += &format!("  \"questionnaire\": {},\n", quote(&questionnaire.content.id));
    out += &format!("  \"language\": {},\n", quote(questionnaire.lang_code(lang)));
    let given: Vec<(usize, usize)> = (0..questions.len()).filter_map(|q| Some((q, answers.get(q)?))).collect();
    let pairs: Vec<String> = given
        .iter()
        .map(|&(q, o)| format!("    {}: {}", quote(&questions[q].id), quote(&questions[q].options[o].id)))
        .collect();
    out += &format!("  \"answers\": {{\n{}\n  }},\n", pairs.join(",\n"));
    if let Some(complete) = answers.complete() {
        let evaluation = evaluate(&complete);
        let model = evaluation.recommended();
        let fits: Vec<String> = CollaborationModel::ALL
            .iter()
            .map(|m| format!("\"{}\": {}", m.number(), evaluation.score(*m).fit_percent()))
            .collect();
        out += &format!(
            "  \"result\": {{ \"model\": {}, \"modelKey\": {}, \"fit\": {{ {} }} }},\n",
            model.number(),
            quote(model.key()),
            fits.join(", ")
        );
    }
    let readable: Vec<String> = given
        .iter()
        .map(|&(q, o)| {
            format!(
                "    {{ \"question\": {}, \"answer\": {} }}",
                quote(questions[q].prompt.get(lang)),
                quote(questions[q].options[o].label.get(lang))
            )
        })
        .collect();
    out += &format!("  \"readable\": [\n{}\n  ]\n}}\n", readable.join(",\n"));
    out
}

pub fn import(text: &str, questionnaire: &'static Questionnaire) -> Result<Answers, AnswerFileError> {
    if text.len() > MAX_BYTES {
        return Err(AnswerFileError::TooLarge);
    }
    let file = json::parse(text.trim_start_matches('\u{feff}')).ok_or(AnswerFileError::NotJson)?;
    if file.get("format").and_then(Json::as_str) != Some(FORMAT) {
        return Err(AnswerFileError::NotAnAnswerFile);
    }
    match file.get("formatVersion").and_then(Json::as_u64) {
        Some(FORMAT_VERSION) => {}
        Some(v) if v > FORMAT_VERSION => return Err(AnswerFileError::Newer),
        _ => return Err(AnswerFileError::NotAnAnswerFile),
    }
    match file.get("questionnaireVersion").and_then(Json::as_u64) {
        Some(QUESTIONNAIRE_VERSION) => {}
        Some(v) if v > QUESTIONNAIRE_VERSION => return Err(AnswerFileError::Newer),
        Some(_) => return Err(AnswerFileError::OtherQuestionnaire),
        None => return Err(AnswerFileError::NotAnAnswerFile),
    }
    match file.get("questionnaire") {
        None => {}
        Some(id) if id.as_str() == Some(questionnaire.content.id.as_str()) => {}
        Some(_) => return Err(AnswerFileError::OtherQuestionnaire),
    }
    let Some(Json::Object(members)) = file.get("answers") else {
        return Err(AnswerFileError::NotAnAnswerFile);
    };
    let pairs = members
        .iter()
        .map(|(q, o)| {
            o.as_str().map(|o| (q.as_str(), o)).ok_or_else(|| {
                AnswerFileError::Unknown(UnknownAnswer::Option { question: q.clone(), option: String::new() })
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let answers = Answers::from_ids(questionnaire, pairs).map_err(AnswerFileError::Unknown)?;
    if answers.is_empty() {
        return Err(AnswerFileError::NoAnswers);
    }
    Ok(answers)
}
