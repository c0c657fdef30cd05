//! Progress kept in the browser's localStorage between visits.
//!
//! Key: `cio-cmo-advisor/v1/<id_prefix>` for the built-in questionnaire,
//! `cio-cmo-advisor/v1/<questionnaire id>/<id_prefix>` for a host's own, so
//! two questionnaires on one site never clear each other's progress; one
//! key per widget on a page.
//!
//! Value: `v2|<fingerprint>|<screen>|<answers>`: the questionnaire's
//! fingerprint in hexadecimal; screen `i` (intro), `q<n>` (question n, from
//! 0) or `r` (result); answers one character per question, the option index
//! in base 36, or `-` when unanswered. Plain text, not JSON: short, and easy
//! to check completely. Release 0.1.0 wrote `v1|1|<screen>|<answers>` for
//! the built-in questionnaire; that still resumes.

use super::answers::Answers;
use super::questionnaire::Questionnaire;
use super::screen::Screen;

/// Save key of a widget without an `id` (the first such on a page).
pub const DEFAULT_SAVE_KEY: &str = "default";
const FORMAT: &str = "v2";
const FORMAT_0_1: &str = "v1";
pub fn storage_key(questionnaire: &Questionnaire, save_key: &str) -> String {
    if questionnaire.has_built_in_questions() {
        format!("cio-cmo-advisor/v1/{save_key}")
    } else {
        format!("cio-cmo-advisor/v1/{}-{:04x}/{save_key}", questionnaire.content.id, questionnaire.fingerprint)
    }
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
            // The review is a view of a finished set: resume on the result.
            Screen::Review => "r".to_owned(),
            // The team view keeps nothing (its members stay in the page):
            // resume where the visitor's own answers lead.
            Screen::Team if self.answers.complete().is_some() => "r".to_owned(),
            Screen::Intro | Screen::Team => "i".to_owned(),
        };
        let questionnaire = self.answers.questionnaire();
        let answers: String = (0..questionnaire.question_count())
            .map(|q| self.answers.get(q).and_then(|o| char::from_digit(o as u32, 36)).unwrap_or('-'))
            .collect();
        format!("{FORMAT}|{:04x}|{screen}|{answers}", questionnaire.fingerprint)
    }

    pub fn decode(text: &str, questionnaire: &'static Questionnaire) -> Result<SavedProgress, ProgressError> {
        let mut fields = text.split('|');
        let (Some(format), Some(version), Some(screen), Some(answer_chars), None) =
            (fields.next(), fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(ProgressError::Corrupt);
        };
        let same_questionnaire = match format {
            FORMAT => {
                let fingerprint = u16::from_str_radix(version, 16).map_err(|_| ProgressError::Corrupt)?;
                version.len() == 4 && fingerprint == questionnaire.fingerprint
            }
            FORMAT_0_1 => {
                version.parse::<u8>().map_err(|_| ProgressError::Corrupt)?;
                version == "1" && questionnaire.has_built_in_questions()
            }
            _ => return Err(ProgressError::Corrupt),
        };
        if !same_questionnaire {
            return Err(ProgressError::OtherVersion);
        }
        if answer_chars.chars().count() != questionnaire.question_count() {
            return Err(ProgressError::Corrupt);
        }
        let mut answers = Answers::new(questionnaire);
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
                (q < questionnaire.question_count()).then_some(Screen::Question(q)).ok_or(ProgressError::Corrupt)?
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_questionnaire_keeps_its_own_progress() {
        let built_in = Questionnaire::built_in();
        assert_eq!(storage_key(built_in, "default"), "cio-cmo-advisor/v1/default");
        // A copy that kept the built-in id but changed an option.
        let mut content = built_in.content.clone();
        content.questions[0].options[0].id = "tiny".into();
        let changed = Questionnaire::leak(content);
        let key = storage_key(changed, "default");
        assert_eq!(key, format!("cio-cmo-advisor/v1/cio-cmo-advisor-{:04x}/default", changed.fingerprint));
        assert_ne!(key, storage_key(built_in, "default"));
    }
}
