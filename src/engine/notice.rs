//! Short messages the widget shows about things outside the questionnaire:
//! storage, share links and answer files. Every bad input gets one.

use super::answer_file::AnswerFileError;
use super::answers::UnknownAnswer;
use super::content::ui;
use super::lang::Lang;
use super::progress::ProgressError;
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

    pub fn message(&self, lang: Lang) -> String {
        match self {
            Notice::StorageUnavailable => ui::STORAGE_UNAVAILABLE.get(lang).to_owned(),
            Notice::ProgressDiscarded(ProgressError::Corrupt) => ui::PROGRESS_CORRUPT.get(lang).to_owned(),
            Notice::ProgressDiscarded(ProgressError::OtherVersion) => ui::PROGRESS_OTHER_VERSION.get(lang).to_owned(),
            Notice::SharedLink(error) => {
                format!("{} {}", code_error(*error, lang), ui::SHARED_LINK_FAILED.get(lang))
            }
            Notice::FileLoaded => ui::FILE_LOADED.get(lang).to_owned(),
            Notice::FileUnreadable => ui::FILE_UNREADABLE.get(lang).to_owned(),
            Notice::File(error) => match error {
                AnswerFileError::TooLarge => ui::FILE_TOO_LARGE.get(lang).to_owned(),
                AnswerFileError::NotJson => ui::FILE_NOT_JSON.get(lang).to_owned(),
                AnswerFileError::NotAnAnswerFile => ui::FILE_NOT_ANSWERS.get(lang).to_owned(),
                AnswerFileError::Newer => ui::FILE_NEWER.get(lang).to_owned(),
                AnswerFileError::OtherQuestionnaire => ui::FILE_OTHER_QUESTIONNAIRE.get(lang).to_owned(),
                AnswerFileError::NoAnswers => ui::FILE_NO_ANSWERS.get(lang).to_owned(),
                AnswerFileError::Unknown(unknown) => {
                    let detail = match unknown {
                        UnknownAnswer::Question(q) => format!("“{q}”"),
                        UnknownAnswer::Option { question, option } => format!("“{question}: {option}”"),
                    };
                    ui::FILE_UNKNOWN_ANSWER.get(lang).replace("{detail}", &detail)
                }
            },
        }
    }
}

/// Why a link or code could not be read, in plain words.
pub fn code_error(error: ShareCodeError, lang: Lang) -> &'static str {
    match error {
        ShareCodeError::Empty => ui::COMPARE_EMPTY.get(lang),
        ShareCodeError::Damaged => ui::CODE_DAMAGED.get(lang),
        ShareCodeError::Newer => ui::CODE_NEWER.get(lang),
        ShareCodeError::Older => ui::CODE_OLDER.get(lang),
    }
}
