//! Who the advice is addressed to. Small companies often have no separate
//! CIO or CMO (the CEO, a sales or marketing manager does that work), so
//! model texts name the roles through placeholders that are filled in for
//! the company that answered.
//!
//! Placeholders: `{cio}` / `{Cio}` (sentence start), `{cmo}` / `{Cmo}`,
//! `{company}`.

use super::answers::CompleteAnswers;
use super::lang::{Lang, Text};
use super::questionnaire::{fill, Questionnaire};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wording {
    pub has_cio: bool,
    pub has_cmo: bool,
    /// The host page's company name, if it gave one.
    pub company: Option<String>,
}

impl Default for Wording {
    fn default() -> Self {
        Wording { has_cio: true, has_cmo: true, company: None }
    }
}

impl Wording {
    pub fn for_answers(answers: &CompleteAnswers, company: Option<&str>) -> Wording {
        let roles = &answers.questionnaire().content.roles;
        let holds = |options: &[String]| {
            let options: Vec<&str> = options.iter().map(String::as_str).collect();
            answers.answer_is(&roles.question, &options)
        };
        Wording {
            has_cio: holds(&roles.with_cio),
            has_cmo: holds(&roles.with_cmo),
            company: company.map(str::to_owned),
        }
    }

    /// Notes shown above the advice when a role is missing, saying who
    /// "IT lead" and "marketing lead" stand for.
    pub fn role_notes<'q>(&self, questionnaire: &'q Questionnaire) -> Vec<&'q Text> {
        let texts = questionnaire.texts();
        let mut notes = Vec::new();
        if !self.has_cio {
            notes.push(texts.no_cio_note());
        }
        if !self.has_cmo {
            notes.push(texts.no_cmo_note());
        }
        notes
    }

    /// Fills a template's company and role placeholders, and `values`.
    pub fn fill(&self, questionnaire: &Questionnaire, template: &str, lang: Lang, values: &[(&str, String)]) -> String {
        let texts = questionnaire.texts();
        let role =
            |present: bool, title: &Text, stand_in: &Text| if present { title } else { stand_in }.get(lang).to_owned();
        let company = match &self.company {
            Some(name) => name.clone(),
            None => texts.your_company().get(lang).to_owned(),
        };
        let mut all = vec![
            ("company", company),
            ("cio", role(self.has_cio, texts.the_cio(), texts.it_lead())),
            ("Cio", role(self.has_cio, texts.the_cio_start(), texts.it_lead_start())),
            ("cmo", role(self.has_cmo, texts.the_cmo(), texts.marketing_lead())),
            ("Cmo", role(self.has_cmo, texts.the_cmo_start(), texts.marketing_lead_start())),
        ];
        all.extend(values.iter().cloned());
        fill(template, &all)
    }

    pub fn text(&self, questionnaire: &Questionnaire, text: &Text, lang: Lang) -> String {
        self.fill(questionnaire, text.get(lang), lang, &[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_named_for_who_actually_holds_them() {
        let q = Questionnaire::built_in();
        let (id, en) = (q.content.lang_from_tag("id").unwrap(), q.content.lang_from_tag("en").unwrap());
        let full = Wording::default();
        let small = Wording { has_cio: false, has_cmo: false, company: None };
        assert_eq!(full.fill(q, "{Cio} and {cmo} meet.", en, &[]), "The CIO and the CMO meet.");
        assert_eq!(small.fill(q, "{Cio} and {cmo} meet.", en, &[]), "Your IT lead and your marketing lead meet.");
        assert_eq!(
            small.fill(q, "{Cmo} bertemu {cio}.", id, &[]),
            "Penanggung jawab pemasaran bertemu penanggung jawab TI."
        );
        assert_eq!(small.role_notes(q).len(), 2);
        assert!(full.role_notes(q).is_empty());
    }

    #[test]
    fn company_name_and_unknown_placeholders() {
        let q = Questionnaire::built_in();
        let (id, en) = (q.content.lang_from_tag("id").unwrap(), q.content.lang_from_tag("en").unwrap());
        let named = Wording { company: Some("PT Nusantara".into()), ..Wording::default() };
        assert_eq!(named.fill(q, "For {company}.", en, &[]), "For PT Nusantara.");
        assert_eq!(Wording::default().fill(q, "Untuk {company}.", id, &[]), "Untuk perusahaan Anda.");
        assert_eq!(Wording::default().fill(q, "{nope} {", en, &[]), "{nope} {");
    }
}
