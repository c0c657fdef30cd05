//! Content checks: the questionnaire, model profiles and interface text are
//! data (`content/advisor.json`), checked by the same checker the build
//! runs; these tests hold the built-in content to the product's own rules
//! on top of that.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use cio_cmo_advisor::engine::lang::{Lang, Text};
use cio_cmo_advisor::engine::model::CollaborationModel;
use cio_cmo_advisor::engine::questionnaire::Questionnaire;
use cio_cmo_advisor::engine::wording::Wording;

fn questionnaire() -> &'static Questionnaire {
    Questionnaire::built_in()
}

fn langs() -> Vec<Lang> {
    questionnaire().langs().collect()
}

/// Every text in the product, with where it comes from.
fn all_texts() -> Vec<(String, &'static Text)> {
    let content = &questionnaire().content;
    let mut texts = Vec::new();
    for section in &content.sections {
        texts.push((format!("section {}", section.id), &section.title));
    }
    for q in &content.questions {
        texts.push((format!("{} topic", q.id), &q.topic));
        texts.push((format!("{} prompt", q.id), &q.prompt));
        if let Some(hint) = &q.hint {
            texts.push((format!("{} hint", q.id), hint));
        }
        if let Some(ask) = &q.ask {
            texts.push((format!("{} ask", q.id), ask));
        }
        for o in &q.options {
            texts.push((format!("{}/{} label", q.id, o.id), &o.label));
            // A "not sure" option has no rationale; an option no move
            // leads to has no condition.
            if !o.unknown {
                texts.push((format!("{}/{} rationale", q.id, o.id), &o.rationale));
            }
            if !o.condition.0.is_empty() {
                texts.push((format!("{}/{} condition", q.id, o.id), &o.condition));
            }
            for (v, variant) in o.condition_variants.iter().enumerate() {
                texts.push((format!("{}/{} condition variant {v}", q.id, o.id), &variant.text));
            }
        }
    }
    for stage in &content.lifecycle {
        texts.push((format!("stage {}", stage.id), &stage.label));
    }
    for (m, p) in content.models.iter().enumerate() {
        let n = m + 1;
        texts.push((format!("model {n} name"), &p.name));
        texts.push((format!("model {n} short name"), &p.short_name));
        texts.push((format!("model {n} summary"), &p.summary));
        texts.push((format!("model {n} basis"), &p.basis));
        texts.push((format!("model {n} out of reach"), &p.out_of_reach));
        for (i, pre) in p.preconditions.iter().enumerate() {
            texts.push((format!("model {n} precondition {i} missing"), &pre.missing));
            texts.push((format!("model {n} precondition {i} becomes"), &pre.becomes));
            if let Some(fix) = &pre.fix {
                texts.push((format!("model {n} precondition {i} fix"), &fix.text));
                texts.push((format!("model {n} precondition {i} fix done"), &fix.done));
            }
        }
        for (i, s) in p.steps.iter().enumerate() {
            texts.push((format!("model {n} step {i}"), &s.text));
            texts.push((format!("model {n} step {i} done"), &s.done));
        }
        for (i, k) in p.kpis.iter().enumerate() {
            texts.push((format!("model {n} kpi {i}"), k));
        }
        for (i, r) in p.risks.iter().enumerate() {
            texts.push((format!("model {n} risk {i}"), r));
        }
    }
    for (name, _, text) in content.texts.all() {
        texts.push((format!("text {name}"), text));
    }
    texts
}

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{').skip(1).filter_map(|rest| rest.split_once('}')).map(|(name, _)| name.to_owned()).collect()
}

#[test]
fn the_shipped_file_passes_the_checker_and_is_what_the_widget_runs() {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/content/advisor.json")).unwrap();
    let content = advisor_content::check::read_json(&bytes).unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert!(
        content == questionnaire().content,
        "content/advisor.json differs from the content the widget was built with"
    );
    let codes: Vec<&str> = content.languages.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["id", "en"]);
}

/// The schema editors validate against is derived from the types the
/// checker reads, so the two cannot disagree. `UPDATE_CONTENT_SCHEMA=1
/// cargo test --test content` rewrites the file after a change of types.
#[test]
fn the_schema_file_is_derived_from_the_content_types() {
    let schema = schemars::schema_for!(advisor_content::Content);
    let expected = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/content/advisor.schema.json");
    if std::env::var_os("UPDATE_CONTENT_SCHEMA").is_some() {
        std::fs::write(path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        actual == expected,
        "content/advisor.schema.json is out of date: run UPDATE_CONTENT_SCHEMA=1 cargo test --test content"
    );
    assert!(expected.contains("https://json-schema.org/draft/2020-12/schema"));
}

#[test]
fn texts_carry_no_stray_whitespace() {
    for (place, text) in all_texts() {
        for lang in langs() {
            let value = text.get(lang);
            assert_eq!(value, value.trim(), "{place}: stray whitespace in {lang:?}");
        }
    }
}

#[test]
fn every_placeholder_is_filled_for_every_kind_of_company() {
    // Numbers and conditions are filled in where the sentence is built; the
    // rest are wording placeholders.
    let renderer_filled = [
        "n", "m", "total", "points", "a", "b", "topic", "code", "detail", "fit", "why", "missing", "becomes", "answer",
        "ask", "days", "max", "member", "problem", "count", "list", "mean", "low", "high", "members", "answers",
    ];
    for (place, text) in all_texts() {
        for has_cio in [true, false] {
            for has_cmo in [true, false] {
                let wording = Wording { has_cio, has_cmo, company: Some("PT Contoh".into()) };
                for lang in langs() {
                    let filled = wording.text(questionnaire(), text, lang);
                    let left = placeholders(&filled);
                    assert!(left.iter().all(|p| renderer_filled.contains(&p.as_str())), "{place}: {left:?} unfilled");
                }
            }
        }
    }
}

#[test]
fn the_questionnaire_covers_the_four_sections_the_brief_asks_for() {
    let content = &questionnaire().content;
    assert!(content.questions.len() >= 12);
    assert_eq!(content.sections.len(), 4);
    for section in &content.sections {
        let count = content.questions.iter().filter(|q| q.section == section.id).count();
        assert!(count >= 3, "{} has {count} questions", section.id);
    }
    // Questions of a section are consecutive, so a section is one stretch of screens.
    let mut seen: Vec<&str> = Vec::new();
    for q in &content.questions {
        if seen.last() != Some(&q.section.as_str()) {
            assert!(!seen.contains(&q.section.as_str()), "section {} is split", q.section);
            seen.push(&q.section);
        }
    }
}

#[test]
fn every_option_is_scored_and_every_answer_changes_something() {
    for q in &questionnaire().content.questions {
        let known: Vec<_> = q.options.iter().filter(|o| !o.unknown).collect();
        let distinct: BTreeSet<[u8; 3]> = known.iter().map(|o| o.weights).collect();
        assert_eq!(distinct.len(), known.len(), "{}: two options score identically", q.id);
        let moved = CollaborationModel::ALL.iter().filter(|&&m| {
            let weights = known.iter().map(|o| o.weights[m.index()]);
            weights.clone().max() > weights.min()
        });
        assert!(moved.count() >= 2, "{}: moves fewer than two models", q.id);
        for o in &q.options {
            assert!(o.weights.iter().all(|&w| w <= 5), "{}/{}: weight above 5", q.id, o.id);
        }
    }
}

#[test]
fn model_profiles_have_enough_steps_and_risks() {
    for (m, p) in questionnaire().content.models.iter().enumerate() {
        assert!((5..=8).contains(&p.steps.len()), "model {}: {} steps", m + 1, p.steps.len());
        assert!((3..=4).contains(&p.risks.len()), "model {}: {} risks", m + 1, p.risks.len());
        // Steps that apply to every company: at least four remain, whatever the answers.
        let conditional = p.steps.iter().filter(|s| !s.moot_when.is_empty() || !s.only_when.is_empty()).count();
        assert!(p.steps.len() - conditional >= 4, "model {}", m + 1);
        // Something to do in the first 30 days, whatever the answers.
        assert!(p.steps.iter().any(|s| s.days == 30 && s.moot_when.is_empty() && s.only_when.is_empty()));
    }
}

#[test]
fn rationales_never_name_a_model() {
    // A reason can be shown for any model the answer favours, so it must
    // not argue for one by name.
    for q in &questionnaire().content.questions {
        for o in &q.options {
            for lang in langs() {
                let text = o.rationale.get(lang).to_lowercase();
                assert!(!text.contains("model"), "{}/{}: {text}", q.id, o.id);
            }
        }
    }
}

/// The SurveyJS definition the benchmark uses (bench/survey.json): the same
/// questions, one per page, the same options, after a start page like ours.
fn surveyjs_definition() -> String {
    let quote = |text: &str| serde_json::to_string(text).unwrap();
    let q = questionnaire();
    let lang = q.content.lang_from_tag("en").unwrap();
    let ui = q.texts();
    let mut pages = vec![format!(
        "    {{ \"name\": \"intro\", \"elements\": [{{ \"type\": \"html\", \"name\": \"intro\", \"html\": {} }}] }}",
        quote(&format!(
            "<h2>{}</h2><p>{}</p>",
            Wording::default().text(q, ui.intro_title(), lang),
            Wording::default().fill(q, ui.intro_body().get(lang), lang, &[("total", q.question_count().to_string())])
        ))
    )];
    for q in &q.content.questions {
        let choices: Vec<String> = q
            .options
            .iter()
            .map(|o| format!("{{ \"value\": {}, \"text\": {} }}", quote(&o.id), quote(o.label.get(lang))))
            .collect();
        let description =
            q.hint.as_ref().map(|h| format!(", \"description\": {}", quote(h.get(lang)))).unwrap_or_default();
        pages.push(format!(
            "    {{ \"name\": {id}, \"elements\": [{{ \"type\": \"radiogroup\", \"name\": {id}, \"title\": {}{description}, \"isRequired\": true, \"choices\": [{}] }}] }}",
            quote(q.prompt.get(lang)),
            choices.join(", "),
            id = quote(&q.id),
        ));
    }
    format!(
        "{{\n  \"title\": {},\n  \"firstPageIsStartPage\": true,\n  \"startSurveyText\": {},\n  \"pagePrevText\": {},\n  \"pageNextText\": {},\n  \"completeText\": {},\n  \"showProgressBar\": true,\n  \"progressBarLocation\": \"top\",\n  \"pages\": [\n{}\n  ]\n}}\n",
        quote(ui.widget_name().get(lang)),
        quote(ui.start().get(lang)),
        quote(ui.back().get(lang)),
        quote(ui.next().get(lang)),
        quote(ui.see_result().get(lang)),
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
