//! Content checks: the questionnaire, model profiles and interface text are
//! data, and these tests hold that data to the product's rules.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use cio_cmo_advisor::engine::content::ui;
use cio_cmo_advisor::engine::lang::{Lang, Text};
use cio_cmo_advisor::engine::model::CollaborationModel;
use cio_cmo_advisor::engine::plan::profile;
use cio_cmo_advisor::engine::questionnaire::{question_index, Section, QUESTIONS};
use cio_cmo_advisor::engine::sensitivity::Alternative;
use cio_cmo_advisor::engine::wording::Wording;

/// Every bilingual text in the product, with where it comes from.
fn all_texts() -> Vec<(String, Text)> {
    let mut texts = Vec::new();
    for section in Section::ALL {
        texts.push((format!("section {section:?}"), section.title()));
    }
    for q in &QUESTIONS {
        texts.push((format!("{} topic", q.id), q.topic));
        texts.push((format!("{} prompt", q.id), q.prompt));
        if let Some(hint) = q.hint {
            texts.push((format!("{} hint", q.id), hint));
        }
        for o in q.options {
            texts.push((format!("{}/{} label", q.id, o.id), o.label));
            texts.push((format!("{}/{} rationale", q.id, o.id), o.rationale));
            texts.push((format!("{}/{} condition", q.id, o.id), o.condition));
        }
    }
    for model in CollaborationModel::ALL {
        let p = profile(model);
        texts.push((format!("model {} name", model.number()), p.name));
        texts.push((format!("model {} short name", model.number()), p.short_name));
        texts.push((format!("model {} summary", model.number()), p.summary));
        for (i, s) in p.steps.iter().enumerate() {
            texts.push((format!("model {} step {i}", model.number()), s.text));
        }
        for (i, r) in p.risks.iter().enumerate() {
            texts.push((format!("model {} risk {i}", model.number()), *r));
        }
    }
    for (name, text) in ui::ALL {
        texts.push((format!("ui {name}"), *text));
    }
    for (i, text) in Alternative::TEMPLATES.into_iter().enumerate() {
        texts.push((format!("sensitivity template {i}"), text));
    }
    for has_cio in [true, false] {
        for has_cmo in [true, false] {
            for (i, note) in (Wording { has_cio, has_cmo, company: None }).role_notes().into_iter().enumerate() {
                texts.push((format!("role note {has_cio}/{has_cmo}/{i}"), note));
            }
        }
    }
    texts
}

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{').skip(1).filter_map(|rest| rest.split_once('}')).map(|(name, _)| name.to_owned()).collect()
}

#[test]
fn every_text_exists_in_both_languages() {
    for (place, text) in all_texts() {
        for lang in Lang::ALL {
            let value = text.get(lang);
            assert!(!value.trim().is_empty(), "{place}: empty in {lang:?}");
            assert_eq!(value, value.trim(), "{place}: stray whitespace in {lang:?}");
        }
    }
}

#[test]
fn both_languages_use_the_same_placeholders() {
    for (place, text) in all_texts() {
        assert_eq!(placeholders(text.id), placeholders(text.en), "{place}");
    }
}

#[test]
fn every_placeholder_is_filled_for_every_kind_of_company() {
    // Numbers and conditions are filled in where the sentence is built; the
    // rest are wording placeholders.
    let renderer_filled = ["n", "m", "total", "points", "a", "b", "topic", "code", "detail", "fit"];
    for (place, text) in all_texts() {
        for has_cio in [true, false] {
            for has_cmo in [true, false] {
                let wording = Wording { has_cio, has_cmo, company: Some("PT Contoh".into()) };
                for lang in Lang::ALL {
                    let filled = wording.text(text, lang);
                    let left = placeholders(&filled);
                    assert!(left.iter().all(|p| renderer_filled.contains(&p.as_str())), "{place}: {left:?} unfilled");
                }
            }
        }
    }
}

#[test]
fn the_questionnaire_covers_the_four_sections_the_brief_asks_for() {
    assert!(QUESTIONS.len() >= 12);
    for section in Section::ALL {
        let count = QUESTIONS.iter().filter(|q| q.section == section).count();
        assert!(count >= 3, "{section:?} has {count} questions");
    }
    // Questions of a section are consecutive, so a section is one stretch of screens.
    let order: Vec<Section> = QUESTIONS.iter().map(|q| q.section).collect();
    let mut seen = Vec::new();
    for s in order {
        if seen.last() != Some(&s) {
            assert!(!seen.contains(&s), "section {s:?} is split");
            seen.push(s);
        }
    }
}

#[test]
fn ids_are_unique_and_stable_looking() {
    let kebab =
        |id: &str| !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    let mut question_ids = BTreeSet::new();
    for q in &QUESTIONS {
        assert!(kebab(q.id), "{}", q.id);
        assert!(question_ids.insert(q.id), "duplicate question id {}", q.id);
        let mut option_ids = BTreeSet::new();
        for o in q.options {
            assert!(kebab(o.id), "{}/{}", q.id, o.id);
            assert!(option_ids.insert(o.id), "duplicate option id {}/{}", q.id, o.id);
        }
    }
}

#[test]
fn every_option_is_scored_and_every_answer_changes_something() {
    for q in &QUESTIONS {
        assert!((2..=6).contains(&q.options.len()), "{}: {} options", q.id, q.options.len());
        let distinct: BTreeSet<[u8; 3]> = q.options.iter().map(|o| o.weights.0).collect();
        assert_eq!(distinct.len(), q.options.len(), "{}: two options score identically", q.id);
        let moved = CollaborationModel::ALL.iter().filter(|&&m| {
            let (min, max) = q.weight_range(m);
            max > min
        });
        assert!(moved.count() >= 2, "{}: moves fewer than two models", q.id);
        for o in q.options {
            assert!(o.weights.0.iter().all(|&w| w <= 5), "{}/{}: weight above 5", q.id, o.id);
        }
    }
}

#[test]
fn model_profiles_have_enough_steps_and_risks_and_valid_conditions() {
    for model in CollaborationModel::ALL {
        let p = profile(model);
        assert_eq!(p.model, model);
        assert!((4..=6).contains(&p.steps.len()), "model {}: {} steps", model.number(), p.steps.len());
        assert!((2..=3).contains(&p.risks.len()), "model {}: {} risks", model.number(), p.risks.len());
        // At most two steps can be moot at once, so at least four always remain.
        let conditional = p.steps.iter().filter(|s| !s.moot_when.is_empty()).count();
        assert!(p.steps.len() - conditional >= 4, "model {}", model.number());
        for step in p.steps {
            for condition in step.moot_when {
                let q = question_index(condition.question)
                    .unwrap_or_else(|| panic!("unknown question {}", condition.question));
                for option in condition.options {
                    assert!(QUESTIONS[q].option_index(option).is_some(), "{}/{option}", condition.question);
                }
            }
        }
    }
}

#[test]
fn rationales_never_name_a_model() {
    // A reason can be shown for any model the answer favours, so it must
    // not argue for one by name.
    for q in &QUESTIONS {
        for o in q.options {
            for lang in Lang::ALL {
                let text = o.rationale.get(lang).to_lowercase();
                assert!(!text.contains("model"), "{}/{}: {text}", q.id, o.id);
            }
        }
    }
}

/// The SurveyJS definition the benchmark uses (bench/survey.json): the same
/// questions, one per page, the same options, after a start page like ours.
fn surveyjs_definition() -> String {
    use cio_cmo_advisor::engine::json::quote;
    let lang = Lang::En;
    let mut pages = vec![format!(
        "    {{ \"name\": \"intro\", \"elements\": [{{ \"type\": \"html\", \"name\": \"intro\", \"html\": {} }}] }}",
        quote(&format!(
            "<h2>{}</h2><p>{}</p>",
            ui::INTRO_TITLE.get(lang).replace("{company}", "your company"),
            ui::INTRO_BODY.get(lang)
        ))
    )];
    for q in &QUESTIONS {
        let choices: Vec<String> = q
            .options
            .iter()
            .map(|o| format!("{{ \"value\": {}, \"text\": {} }}", quote(o.id), quote(o.label.get(lang))))
            .collect();
        let description = q.hint.map(|h| format!(", \"description\": {}", quote(h.get(lang)))).unwrap_or_default();
        pages.push(format!(
            "    {{ \"name\": {id}, \"elements\": [{{ \"type\": \"radiogroup\", \"name\": {id}, \"title\": {}{description}, \"isRequired\": true, \"choices\": [{}] }}] }}",
            quote(q.prompt.get(lang)),
            choices.join(", "),
            id = quote(q.id),
        ));
    }
    format!(
        "{{\n  \"title\": {},\n  \"firstPageIsStartPage\": true,\n  \"startSurveyText\": {},\n  \"pagePrevText\": {},\n  \"pageNextText\": {},\n  \"completeText\": {},\n  \"showProgressBar\": true,\n  \"progressBarLocation\": \"top\",\n  \"pages\": [\n{}\n  ]\n}}\n",
        quote(ui::WIDGET_NAME.get(lang)),
        quote(ui::START.get(lang)),
        quote(ui::BACK.get(lang)),
        quote(ui::NEXT.get(lang)),
        quote(ui::SEE_RESULT.get(lang)),
        pages.join(",\n")
    )
}

#[test]
fn the_surveyjs_baseline_asks_the_same_questions() {
    let expected = surveyjs_definition();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/bench/survey.json");
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(actual == expected, "bench/survey.json is out of date; it should be:\n{expected}");
}
