//! Progress kept in the browser's localStorage between visits.
//!
//! Key: `cio-cmo-advisor/v1/<instance>`: namespaced, versioned by storage
//! format, one per widget on a page. Value:
//! `v1|<questionnaire version>|<screen>|<answers>`, where screen is `i`
//! (intro), `q<n>` (question n, from 0) or `r` (result), and answers is one
//! character per question: the option index in base 36, or `-` when
//! unanswered. Plain text, not JSON: short, and easy to check completely.

use super::answers::Answers;
use super::flow::Screen;
use super::questionnaire::{QUESTIONNAIRE_VERSION, QUESTIONS, QUESTION_COUNT};

/// Instance key of a widget without an `id` (the first such on a page).
pub const DEFAULT_INSTANCE: &str = "default";
const FORMAT: &str = "v1";

pub fn storage_key(instance_key: &str) -> String {
    format!("cio-cmo-advisor/{FORMAT}/{instance_key}")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SavedProgress {
    pub answers: Answers,
    pub screen: Screen,
}

/// Why stored progress was not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgressError {
    /// Not something this widget wrote (or damaged beyond recognition).
    Corrupt,
    /// Written for a different questionnaire version.
    OtherVersion,
}

impl SavedProgress {
    pub fn encode(&self) -> String {
        let screen = match self.screen {
            Screen::Question(q) => format!("q{q}"),
            Screen::Result => "r".to_owned(),
            // Review and compare are views of a finished set: resume on the result.
            Screen::Review | Screen::Compare => "r".to_owned(),
            Screen::Intro => "i".to_owned(),
        };
        let answers: String = (0..QUESTION_COUNT)
            .map(|q| self.answers.get(q).and_then(|o| char::from_digit(o as u32, 36)).unwrap_or('-'))
            .collect();
        format!("{FORMAT}|{QUESTIONNAIRE_VERSION}|{screen}|{answers}")
    }

    pub fn decode(text: &str) -> Result<SavedProgress, ProgressError> {
        let mut fields = text.split('|');
        let (Some(format), Some(version), Some(screen), Some(answer_chars), None) =
            (fields.next(), fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(ProgressError::Corrupt);
        };
        if format != FORMAT {
            return Err(ProgressError::Corrupt);
        }
        let version: u8 = version.parse().map_err(|_| ProgressError::Corrupt)?;
        if version != QUESTIONNAIRE_VERSION {
            return Err(ProgressError::OtherVersion);
        }
        if answer_chars.chars().count() != QUESTION_COUNT {
            return Err(ProgressError::Corrupt);
        }
        let mut answers = Answers::default();
        for (q, c) in answer_chars.chars().enumerate() {
            if c != '-' {
                let option = c.to_digit(36).ok_or(ProgressError::Corrupt)? as usize;
                if !answers.set(q, option) {
                    return Err(ProgressError::Corrupt);
                }
            }
        }
        let screen = match screen {
            "i" => Screen::Intro,
            "r" if answers.complete().is_some() => Screen::Result,
            q if q.starts_with('q') && q.len() > 1 && q[1..].bytes().all(|b| b.is_ascii_digit()) => {
                let q: usize = q[1..].parse().map_err(|_| ProgressError::Corrupt)?;
                (q < QUESTIONS.len()).then_some(Screen::Question(q)).ok_or(ProgressError::Corrupt)?
            }
            _ => return Err(ProgressError::Corrupt),
        };
        Ok(SavedProgress { answers, screen })
    }

    /// Worth offering to resume: something was answered.
    pub fn is_worth_resuming(&self) -> bool {
        !self.answers.is_empty()
    }
}
