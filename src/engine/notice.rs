//! Short messages the widget shows about things outside the questionnaire:
//! storage, share and team links, and answer files. Every bad input gets
//! one.

use super::answer_file::AnswerFileError;
use super::answers::UnknownAnswer;
use super::lang::Lang;
use super::progress::ProgressError;
use super::questionnaire::{fill, Questionnaire};
use super::share_code::ShareCodeError;
use super::team::{GatherProblem, MAX_MEMBERS};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// localStorage is blocked, missing or full: progress will not be kept.
    StorageUnavailable,
    /// Stored progress could not be used and was cleared.
    ProgressDiscarded(ProgressError),
    /// The page was opened with a share link that could not be read.
    SharedLink(ShareCodeError),
    /// The page was opened with a team link, and a member of it (or the
    /// whole link) could not be read.
    TeamLink(GatherProblem),
    /// An answers file was loaded.
    FileLoaded,
    /// An answers file could not be loaded.
    File(AnswerFileError),
    /// The browser could not read the chosen file at all.
    FileUnreadable,
}

impl Notice {
    /// Problems are announced assertively; confirmations politely.
    pub fn is_problem(&self) -> bool {
        !matches!(self, Notice::FileLoaded)
    }

    pub fn message(&self, questionnaire: &Questionnaire, lang: Lang) -> String {
        let ui = questionnaire.texts();
        match self {
            Notice::StorageUnavailable => ui.storage_unavailable().get(lang).to_owned(),
            Notice::ProgressDiscarded(ProgressError::Corrupt) => ui.progress_corrupt().get(lang).to_owned(),
            Notice::ProgressDiscarded(ProgressError::OtherVersion) => ui.progress_other_version().get(lang).to_owned(),
            Notice::SharedLink(error) => {
                format!("{} {}", code_error(questionnaire, *error, lang), ui.shared_link_failed().get(lang))
            }
            Notice::TeamLink(GatherProblem::LinkTooLong) => ui.team_link_too_long().get(lang).to_owned(),
            Notice::TeamLink(problem) => {
                fill(ui.team_link_member().get(lang), &[("problem", gather_problem(questionnaire, problem, lang))])
            }
            Notice::FileLoaded => ui.file_loaded().get(lang).to_owned(),
            Notice::FileUnreadable => ui.file_unreadable().get(lang).to_owned(),
            Notice::File(error) => match error {
                AnswerFileError::TooLarge => ui.file_too_large().get(lang).to_owned(),
                AnswerFileError::NotJson => ui.file_not_json().get(lang).to_owned(),
                AnswerFileError::NotAnAnswerFile => ui.file_not_answers().get(lang).to_owned(),
                AnswerFileError::Newer => ui.file_newer().get(lang).to_owned(),
                AnswerFileError::OtherQuestionnaire => ui.file_other_questionnaire().get(lang).to_owned(),
                AnswerFileError::NoAnswers => ui.file_no_answers().get(lang).to_owned(),
                AnswerFileError::Unknown(unknown) => {
                    let detail = match unknown {
                        UnknownAnswer::Question(q) => format!("“{q}”"),
                        UnknownAnswer::Option { question, option } => format!("“{question}: {option}”"),
                    };
                    fill(ui.file_unknown_answer().get(lang), &[("detail", detail)])
                }
            },
        }
    }
}

/// Why a link or code could not be read, in plain words.
pub fn code_error(questionnaire: &Questionnaire, error: ShareCodeError, lang: Lang) -> &str {
    let ui = questionnaire.texts();
    match error {
        ShareCodeError::Empty => ui.code_empty().get(lang),
        ShareCodeError::Damaged => ui.code_damaged().get(lang),
        ShareCodeError::Newer => ui.code_newer().get(lang),
        ShareCodeError::Older => ui.code_older().get(lang),
        ShareCodeError::OtherQuestionnaire => ui.code_other_questionnaire().get(lang),
    }
}

/// Why something pasted into the team view, or a member of a team link,
/// did not join the team: what was pasted, quoted and cut to 24
/// characters, and the reason.
pub fn gather_problem(questionnaire: &Questionnaire, problem: &GatherProblem, lang: Lang) -> String {
    let ui = questionnaire.texts();
    let quoted = |item: &str, reason: String| {
        let item: String =
            if item.chars().count() <= 24 { item.to_owned() } else { item.chars().take(23).chain(['…']).collect() };
        // A link with nothing after its `=` has nothing to quote.
        if item.is_empty() {
            reason
        } else {
            format!("“{item}”: {reason}")
        }
    };
    match problem {
        GatherProblem::Code { item, error } => quoted(item, code_error(questionnaire, *error, lang).to_owned()),
        GatherProblem::Duplicate { item, number, label } => {
            let member = if label.is_empty() {
                fill(ui.team_member_default().get(lang), &[("n", questionnaire.integer(*number as u64, lang))])
            } else {
                format!("“{label}”")
            };
            quoted(item, fill(ui.team_duplicate().get(lang), &[("member", member)]))
        }
        GatherProblem::Full { item } => {
            quoted(item, fill(ui.team_full().get(lang), &[("max", questionnaire.integer(MAX_MEMBERS as u64, lang))]))
        }
        GatherProblem::Empty => ui.team_paste_first().get(lang).to_owned(),
        GatherProblem::NothingFound => ui.team_nothing_found().get(lang).to_owned(),
        GatherProblem::LinkTooLong => ui.team_link_too_long().get(lang).to_owned(),
    }
}
