//! The questionnaire the widget runs: checked content (built in, or a host
//! page's own file) with what the engine derives from it once.

use std::sync::{Mutex, OnceLock};

pub use advisor_content::{
    AnswerIs, AnswerOption, Content, ModelProfile, PlanStep, Precondition, Question, Section, Texts, MAX_QUESTIONS,
};

use super::lang::{group_digits, Lang, Text};
use super::model::CollaborationModel;
use advisor_content::scoring::GainTable;

/// The built-in content, checked by the build script and compiled in.
static BUILT_IN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/advisor.postcard"));

pub struct Questionnaire {
    pub content: Content,
    pub gains: GainTable,
    pub fingerprint: u16,
}

impl std::fmt::Debug for Questionnaire {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "Questionnaire({} {:04x})", self.content.id, self.fingerprint)
    }
}

/// A questionnaire is its loaded content: two are the same when they are
/// one object, which also makes comparing answer sets cheap.
impl PartialEq for Questionnaire {
    fn eq(&self, other: &Questionnaire) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for Questionnaire {}

impl Questionnaire {
    pub fn built_in() -> &'static Questionnaire {
        static QUESTIONNAIRE: OnceLock<Questionnaire> = OnceLock::new();
        QUESTIONNAIRE.get_or_init(|| {
            Questionnaire::new(Content::from_compact(BUILT_IN).expect("the build script wrote this content"))
        })
    }

    /// A checked content, kept for the rest of the page's life: answer sets
    /// and results refer to it, and a page loads one or two of them.
    pub fn leak(content: Content) -> &'static Questionnaire {
        Box::leak(Box::new(Questionnaire::new(content)))
    }

    /// A host page's own content in the compact form the reader module
    /// returns. The same bytes give the same questionnaire, so widgets that
    /// share a file, or a widget mounted again, share one copy.
    pub fn from_compact(bytes: &[u8]) -> Result<&'static Questionnaire, postcard::Error> {
        static LOADED: Mutex<Vec<(Vec<u8>, &'static Questionnaire)>> = Mutex::new(Vec::new());
        if bytes == BUILT_IN {
            return Ok(Questionnaire::built_in());
        }
        let mut loaded = LOADED.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, questionnaire)) = loaded.iter().find(|(known, _)| known == bytes) {
            return Ok(questionnaire);
        }
        let questionnaire = Questionnaire::leak(Content::from_compact(bytes)?);
        loaded.push((bytes.to_vec(), questionnaire));
        Ok(questionnaire)
    }

    fn new(content: Content) -> Questionnaire {
        Questionnaire { gains: GainTable::new(&content), fingerprint: content.fingerprint(), content }
    }

    /// Whether answer sets mean what they mean in the built-in questionnaire
    /// (same questions and options): then release 0.1.0's share codes and
    /// saved progress, written before fingerprints existed, can be read, and
    /// progress is kept under the built-in questionnaire's key.
    pub fn has_built_in_questions(&self) -> bool {
        self.fingerprint == Questionnaire::built_in().fingerprint
    }

    pub fn questions(&self) -> &[Question] {
        &self.content.questions
    }

    pub fn question(&self, index: usize) -> &Question {
        &self.content.questions[index]
    }

    pub fn question_count(&self) -> usize {
        self.content.questions.len()
    }

    pub fn question_index(&self, question_id: &str) -> Option<usize> {
        self.content.question_index(question_id)
    }

    pub fn section_title(&self, section_id: &str) -> &Text {
        static NONE: Text = Text(Vec::new());
        self.content.sections.iter().find(|s| s.id == section_id).map_or(&NONE, |s| &s.title)
    }

    pub fn profile(&self, model: CollaborationModel) -> &ModelProfile {
        &self.content.models[model.index()]
    }

    pub fn texts(&self) -> &Texts {
        &self.content.texts
    }

    pub fn langs(&self) -> impl Iterator<Item = Lang> + '_ {
        self.content.langs()
    }

    pub fn lang_code(&self, lang: Lang) -> &str {
        &self.content.language(lang).code
    }

    /// A whole number as the language writes it: `1.000` or `1,000`.
    pub fn integer(&self, value: u64, lang: Lang) -> String {
        group_digits(value, &self.content.language(lang).group_separator)
    }

    /// A percentage as the language writes it (`72%` in both built-in ones).
    pub fn percent(&self, value: u8, lang: Lang) -> String {
        format!("{}%", self.integer(value.into(), lang))
    }

    /// "Model 2" in the given language.
    pub fn model_label(&self, model: CollaborationModel, lang: Lang) -> String {
        fill(self.texts().model_number().get(lang), &[("n", model.number().to_string())])
    }

    /// "1 percentage point" / "8 percentage points".
    pub fn percentage_points(&self, points: u64, lang: Lang) -> String {
        let texts = self.texts();
        let text = if points == 1 { texts.percentage_point() } else { texts.percentage_points() };
        fill(text.get(lang), &[("points", self.integer(points, lang))])
    }

    /// "Question 3 of 15".
    pub fn progress_text(&self, index: usize, lang: Lang) -> String {
        fill(
            self.texts().progress().get(lang),
            &[("n", self.integer(index as u64 + 1, lang)), ("total", self.integer(self.question_count() as u64, lang))],
        )
    }
}

/// Fills `{name}` placeholders from `values`. The one placeholder function:
/// [`super::wording::Wording`] adds the company and role names to `values`.
/// An unknown `{…}` is left as it is, so a typo shows instead of vanishing
/// (the checker refuses unknown placeholders in a content file).
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value =
            after.find('}').and_then(|close| Some((close, values.iter().find(|(name, _)| *name == &after[..close])?)));
        match value {
            Some((close, (_, value))) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_and_unknown_ones_kept() {
        assert_eq!(fill("{n} of {total}", &[("n", "3".into()), ("total", "15".into())]), "3 of 15");
        assert_eq!(fill("{nope} {", &[("n", "3".into())]), "{nope} {");
    }

    #[test]
    fn the_built_in_content_reads_back_from_its_compact_form() {
        let q = Questionnaire::built_in();
        assert_eq!(q.question_count(), 15);
        assert_eq!(q.content.langs().count(), 2);
        assert!(q.has_built_in_questions());
    }
}
