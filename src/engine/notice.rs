//! Short messages the widget shows about things outside the questionnaire:
//! storage, share links and answer files. Every bad input gets one.

use super::answer_file::AnswerFileError;
use super::answers::UnknownAnswer;
use super::lang::Lang;
use super::progress::ProgressError;
use super::questionnaire::{fill, Questionnaire};
use super::share_code::ShareCodeError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// localStorage is blocked, missing or full: progress will not be kept.
    StorageUnavailable,
    /// Stored progress could not be used and was cleared.
    ProgressDiscarded(ProgressError),
    /// The page was opened with a share link that could not be read.
    SharedLink(ShareCodeError),
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
        ShareCodeError::Empty => ui.compare_empty().get(lang),
        ShareCodeError::Damaged => ui.code_damaged().get(lang),
        ShareCodeError::Newer => ui.code_newer().get(lang),
        ShareCodeError::Older => ui.code_older().get(lang),
        ShareCodeError::OtherQuestionnaire => ui.code_other_questionnaire().get(lang),
    }
}
