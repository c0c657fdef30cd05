//! Who the advice is addressed to. Small companies often have no separate
//! CIO or CMO (the CEO, a sales or marketing manager does that work), so
//! model texts name the roles through placeholders that are filled in for
//! the company that answered.
//!
//! Placeholders: `{cio}` / `{Cio}` (sentence start), `{cmo}` / `{Cmo}`,
//! `{ceo}` / `{Ceo}` (the owner where the CEO or owner covers both IT and
//! marketing), `{cfo}` / `{Cfo}`, `{unit}` / `{Unit}` (model 1's unit
//! lead), `{company}`. Plan owners and decision rights name a role by the
//! same key, so they read the same way as the sentences around them.

use super::answers::CompleteAnswers;
use super::lang::{Lang, Text};
use super::questionnaire::{fill, AnswerIs, Question, Questionnaire};

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
            answers.meets(&AnswerIs { question: roles.question.clone(), options: options.to_vec() })
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
        let has_ceo = self.has_cio || self.has_cmo;
        let mut all = vec![
            ("company", company),
            ("ceo", role(has_ceo, texts.the_ceo(), texts.the_owner())),
            ("Ceo", role(has_ceo, texts.the_ceo_start(), texts.the_owner_start())),
            ("cio", role(self.has_cio, texts.the_cio(), texts.it_lead())),
            ("Cio", role(self.has_cio, texts.the_cio_start(), texts.it_lead_start())),
            ("cmo", role(self.has_cmo, texts.the_cmo(), texts.marketing_lead())),
            ("Cmo", role(self.has_cmo, texts.the_cmo_start(), texts.marketing_lead_start())),
            ("cfo", role(has_ceo, texts.the_cfo(), texts.your_finance_lead())),
            ("Cfo", role(has_ceo, texts.the_cfo_start(), texts.your_finance_lead_start())),
            ("unit", texts.the_unit_lead().get(lang).to_owned()),
            ("Unit", texts.the_unit_lead_start().get(lang).to_owned()),
        ];
        all.extend(values.iter().cloned());
        fill(template, &all)
    }

    pub fn text(&self, questionnaire: &Questionnaire, text: &Text, lang: Lang) -> String {
        self.fill(questionnaire, text.get(lang), lang, &[])
    }

    /// Whom to ask about a question answered "not sure" (its `ask`), worded
    /// for this company; empty for a question without one.
    pub fn ask(&self, questionnaire: &Questionnaire, question: &Question, lang: Lang) -> String {
        question.ask.as_ref().map_or(String::new(), |ask| self.text(questionnaire, ask, lang))
    }

    /// Who holds a role (a key of `advisor_content::ROLES`), as the start
    /// of a line: "The CIO", "Your IT lead", "The owner".
    pub fn role(&self, questionnaire: &Questionnaire, role: &str, lang: Lang) -> String {
        let mut start = role.to_owned();
        start[..1].make_ascii_uppercase();
        self.fill(questionnaire, &format!("{{{start}}}"), lang, &[])
    }

    /// Several roles as a list that starts a line: "The CFO, the CIO".
    pub fn role_list(&self, questionnaire: &Questionnaire, roles: &[String], lang: Lang) -> String {
        let name = |(i, role): (usize, &String)| match i {
            0 => self.role(questionnaire, role, lang),
            _ => self.fill(questionnaire, &format!("{{{role}}}"), lang, &[]),
        };
        roles.iter().enumerate().map(name).collect::<Vec<_>>().join(", ")
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
        assert_eq!(small.fill(q, "{Cmo} bertemu {cio}.", id, &[]), "Pengelola pemasaran bertemu pengelola TI.");
        assert_eq!(small.role(q, "ceo", en), "The owner");
        assert_eq!(full.role(q, "ceo", en), "The CEO");
        assert_eq!(Wording { has_cio: true, ..small.clone() }.role(q, "ceo", en), "The CEO");
        assert_eq!(full.role(q, "cfo", id), "Direktur keuangan");
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
