//! Who the advice is addressed to. Small companies often have no separate
//! CIO or CMO (the CEO, a sales or marketing manager does that work), so
//! model texts name the roles through placeholders that are filled in for
//! the company that answered.
//!
//! Placeholders: `{cio}` / `{Cio}` (sentence start), `{cmo}` / `{Cmo}`,
//! `{company}`.

use super::answers::CompleteAnswers;
use super::lang::{Lang, Text};

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

pub const ROLES_QUESTION: &str = "leadership-roles";

impl Wording {
    pub fn for_answers(answers: &CompleteAnswers, company: Option<&str>) -> Wording {
        Wording {
            has_cio: answers.answer_is(ROLES_QUESTION, &["both", "cio-only"]),
            has_cmo: answers.answer_is(ROLES_QUESTION, &["both", "cmo-only"]),
            company: company.map(str::to_owned),
        }
    }

    /// Notes shown above the advice when a role is missing, saying who
    /// "IT lead" and "marketing lead" stand for.
    pub fn role_notes(&self) -> Vec<Text> {
        let mut notes = Vec::new();
        if !self.has_cio {
            notes.push(Text::new(
                "Perusahaan Anda tidak memiliki CIO tersendiri. Di bawah ini, “penanggung jawab TI” berarti orang yang mengurus TI untuk Anda — sering kali CEO, manajer keuangan atau operasional, atau mitra TI dari luar.",
                "Your company has no separate CIO. Below, “IT lead” means whoever looks after IT for you — often the CEO, a finance or operations manager, or an outside IT partner.",
            ));
        }
        if !self.has_cmo {
            notes.push(Text::new(
                "Perusahaan Anda tidak memiliki CMO tersendiri. Di perusahaan yang lebih kecil, pekerjaan ini dipegang CEO, manajer penjualan, atau manajer pemasaran; di bawah ini, “penanggung jawab pemasaran” berarti orang tersebut.",
                "Your company has no separate CMO. In smaller firms this work falls to the CEO, a sales manager or a marketing manager; below, “marketing lead” means that person.",
            ));
        }
        notes
    }

    fn placeholder(&self, name: &str, lang: Lang) -> Option<String> {
        let role = |present: bool, title: Text, stand_in: Text| if present { title } else { stand_in };
        let text = match name {
            "cio" => role(self.has_cio, Text::new("CIO", "the CIO"), Text::new("penanggung jawab TI", "your IT lead")),
            "Cio" => role(self.has_cio, Text::new("CIO", "The CIO"), Text::new("Penanggung jawab TI", "Your IT lead")),
            "cmo" => role(
                self.has_cmo,
                Text::new("CMO", "the CMO"),
                Text::new("penanggung jawab pemasaran", "your marketing lead"),
            ),
            "Cmo" => role(
                self.has_cmo,
                Text::new("CMO", "The CMO"),
                Text::new("Penanggung jawab pemasaran", "Your marketing lead"),
            ),
            "company" => {
                return Some(match &self.company {
                    Some(name) => name.clone(),
                    None => Text::new("perusahaan Anda", "your company").get(lang).to_owned(),
                })
            }
            _ => return None,
        };
        Some(text.get(lang).to_owned())
    }

    /// Fills the placeholders of a template. Unknown `{…}` is left as it
    /// is, so a typo shows up in review instead of vanishing.
    pub fn fill(&self, template: &str, lang: Lang) -> String {
        let mut out = String::with_capacity(template.len() + 16);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}').and_then(|close| Some((close, self.placeholder(&after[..close], lang)?))) {
                Some((close, value)) => {
                    out.push_str(&value);
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

    pub fn text(&self, text: Text, lang: Lang) -> String {
        self.fill(text.get(lang), lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_named_for_who_actually_holds_them() {
        let full = Wording::default();
        let small = Wording { has_cio: false, has_cmo: false, company: None };
        assert_eq!(full.fill("{Cio} and {cmo} meet.", Lang::En), "The CIO and the CMO meet.");
        assert_eq!(small.fill("{Cio} and {cmo} meet.", Lang::En), "Your IT lead and your marketing lead meet.");
        assert_eq!(
            small.fill("{Cmo} bertemu {cio}.", Lang::Id),
            "Penanggung jawab pemasaran bertemu penanggung jawab TI."
        );
        assert_eq!(small.role_notes().len(), 2);
        assert!(full.role_notes().is_empty());
    }

    #[test]
    fn company_name_and_unknown_placeholders() {
        let named = Wording { company: Some("PT Nusantara".into()), ..Wording::default() };
        assert_eq!(named.fill("For {company}.", Lang::En), "For PT Nusantara.");
        assert_eq!(Wording::default().fill("Untuk {company}.", Lang::Id), "Untuk perusahaan Anda.");
        assert_eq!(Wording::default().fill("{nope} {", Lang::En), "{nope} {");
    }
}
