//! Taking the team view away: a table for a spreadsheet (CSV) and the team
//! file, the answers-file format extended to a team.
//!
//! ```json
//! {
//!   "format": "cio-cmo-advisor-team",
//!   "formatVersion": 1,
//!   "questionnaire": "cio-cmo-advisor",
//!   "language": "en",
//!   "members": [
//!     { "label": "CIO", "answers": { "headcount": "1000-4999", … },
//!       "result": { "model": 3, "modelKey": "separate-lanes", "fit": { "1": 63, "2": 43, "3": 89 } } },
//!     …
//!   ],
//!   "team": {
//!     "answers": { … }, "result": { … },
//!     "onTop": { "1": 1, "2": 0, "3": 3 }, "consensus": 3
//!   }
//! }
//! ```
//!
//! Like an answers file, the JSON is written by the on-demand reader module
//! (`src/bin/reader.rs`): the widget hands it a [`TeamFile`] in the compact
//! form.

use serde::{Deserialize, Serialize};

use super::answer_file::{FileResult, Fits};
use super::answers::CompleteAnswers;
use super::lang::Lang;
use super::team::TeamResult;

pub const FORMAT: &str = "cio-cmo-advisor-team";
pub const FORMAT_VERSION: u64 = 1;

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TeamFile {
    pub format: String,
    pub format_version: u64,
    pub questionnaire: String,
    pub language: String,
    pub members: Vec<TeamFileMember>,
    pub team: TeamFileTeam,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct TeamFileMember {
    pub label: String,
    /// Question id → option id, in questionnaire order.
    #[serde(with = "advisor_content::ordered_map")]
    pub answers: Vec<(String, String)>,
    pub result: FileResult,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TeamFileTeam {
    /// The team's combined answers.
    #[serde(with = "advisor_content::ordered_map")]
    pub answers: Vec<(String, String)>,
    pub result: FileResult,
    /// How many members have each model on top.
    pub on_top: Fits,
    /// The model three quarters of the members or more have on top.
    pub consensus: Option<u8>,
}

impl TeamFile {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a team file always serialises") + "\n"
    }
}

fn answer_ids(answers: &CompleteAnswers) -> Vec<(String, String)> {
    answers.choices().map(|(q, o)| (q.id.clone(), o.id.clone())).collect()
}

pub fn team_file(team: &TeamResult, lang: Lang) -> TeamFile {
    let questionnaire = team.recommendation.questionnaire();
    let [model_1, model_2, model_3] = team.agreement.on_top.map(|n| n as u8);
    TeamFile {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        questionnaire: questionnaire.content.id.clone(),
        language: questionnaire.lang_code(lang).to_owned(),
        members: team
            .members
            .iter()
            .zip(&team.evaluations)
            .map(|(member, evaluation)| TeamFileMember {
                label: member.label.clone(),
                answers: answer_ids(&member.answers),
                result: FileResult::of(evaluation),
            })
            .collect(),
        team: TeamFileTeam {
            answers: answer_ids(&team.recommendation.answers),
            result: FileResult::of(&team.recommendation.evaluation),
            on_top: Fits { model_1, model_2, model_3 },
            consensus: team.agreement.consensus.map(|m| m.number()),
        },
    }
}

/// The team as a table: a row per member (name, each answer's text, each
/// model's fit, the model on top) and a row for the team's combined
/// answers. It opens in a spreadsheet by double-click in either language:
/// a byte-order mark says UTF-8; the separator is the one spreadsheets use
/// where the language writes decimals (`;` where thousands are grouped with
/// `.`, as in Indonesian, else `,`); every field is quoted; and a field
/// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return — which
/// a spreadsheet would run as a formula — starts with `'` instead.
pub fn team_csv(team: &TeamResult, lang: Lang) -> String {
    let questionnaire = team.recommendation.questionnaire();
    let ui = questionnaire.texts();
    let separator = if questionnaire.content.language(lang).group_separator == "." { ";" } else { "," };
    let model_label =
        |evaluation: &super::scoring::Evaluation| questionnaire.model_label(evaluation.recommended(), lang);
    let row = |name: String, answers: &CompleteAnswers, evaluation: &super::scoring::Evaluation| {
        let mut cells = vec![name];
        cells.extend(answers.choices().map(|(_, o)| o.label.get(lang).to_owned()));
        cells.extend(evaluation.scores.iter().map(|s| s.fit_percent().to_string()));
        cells.push(model_label(evaluation));
        cells
    };
    let mut header = vec![ui.csv_label().get(lang).to_owned()];
    header.extend(questionnaire.questions().iter().map(|q| q.topic.get(lang).to_owned()));
    header.extend(
        super::model::CollaborationModel::ALL
            .map(|m| super::questionnaire::fill(ui.csv_fit().get(lang), &[("n", m.number().to_string())])),
    );
    header.push(ui.csv_recommended().get(lang).to_owned());
    let mut rows = vec![header];
    for (index, (member, evaluation)) in team.members.iter().zip(&team.evaluations).enumerate() {
        rows.push(row(team.name(index, lang), &member.answers, evaluation));
    }
    rows.push(row(ui.team_name().get(lang).to_owned(), &team.recommendation.answers, &team.recommendation.evaluation));
    let mut csv = String::from('\u{feff}');
    for cells in rows {
        let line: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
        csv.push_str(&line.join(separator));
        csv.push_str("\r\n");
    }
    csv
}

fn csv_field(text: &str) -> String {
    let neutral = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    format!("\"{}\"", neutral.replace('"', "\"\""))
}
