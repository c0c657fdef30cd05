//! The decision model tested like a library: properties over arbitrary
//! answer sets (proptest), the described archetypes, sensitivity checked
//! against brute force, wording for small companies, tailored plans, and
//! docs/DECISION_MODEL.md kept in step with the code.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cio_cmo_advisor::engine::answers::CompleteAnswers;
use cio_cmo_advisor::engine::model::CollaborationModel;
use cio_cmo_advisor::engine::plan::first_steps;
use cio_cmo_advisor::engine::questionnaire::Question;
use cio_cmo_advisor::engine::recommendation::recommend;
use cio_cmo_advisor::engine::scoring::{evaluate, Confidence, CLOSE_CALL_MARGIN};
use cio_cmo_advisor::engine::wording::Wording;
use common::{built_in, en, ARCHETYPES};

fn span(model: CollaborationModel) -> u32 {
    built_in().gains.span(model)
}
use proptest::prelude::*;

use CollaborationModel::{CmoLeads, JointDivision, SeparateLanes};

fn answer_sets() -> impl Strategy<Value = CompleteAnswers> {
    prop::array::uniform15(any::<u8>()).prop_map(|raw| {
        let indices: [u8; 15] = std::array::from_fn(|q| raw[q] % built_in().question(q).options.len() as u8);
        CompleteAnswers::from_indices(built_in(), &indices).expect("indices are reduced to each question's options")
    })
}

fn with(answers: &CompleteAnswers, question_id: &str, option_id: &str) -> CompleteAnswers {
    let q = built_in().question_index(question_id).unwrap();
    answers.with_answer(q, built_in().question(q).option_index(option_id).unwrap())
}

fn points(answers: &CompleteAnswers, model: CollaborationModel) -> i64 {
    i64::from(evaluate(answers).score(model).points)
}

/// fit(a) − fit(b), scaled by span(a)·span(b) so it stays an exact integer.
fn fit_difference(answers: &CompleteAnswers, a: CollaborationModel, b: CollaborationModel) -> i64 {
    points(answers, a) * i64::from(span(b)) - points(answers, b) * i64::from(span(a))
}

/// Each consecutive pair of options of an ordered question, applied to `answers`.
fn steps_up(answers: &CompleteAnswers, question_id: &str) -> Vec<(CompleteAnswers, CompleteAnswers)> {
    let q = built_in().question_index(question_id).unwrap();
    (1..built_in().question(q).options.len())
        .map(|o| (answers.with_answer(q, o - 1), answers.with_answer(q, o)))
        .collect()
}

/// Along each ordered question, one step up never lowers model 3's fit
/// relative to model 2; the error names the question and step where it did.
fn model_3_never_loses_ground_to_model_2(answers: &CompleteAnswers, questions: &[&str]) -> Result<(), String> {
    for &question in questions {
        for (step, (smaller, larger)) in steps_up(answers, question).iter().enumerate() {
            if fit_difference(larger, SeparateLanes, CmoLeads) < fit_difference(smaller, SeparateLanes, CmoLeads) {
                return Err(format!("{question}: option {step} to {}", step + 1));
            }
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn evaluation_is_deterministic(answers in answer_sets()) {
        prop_assert_eq!(evaluate(&answers), evaluate(&answers));
        let (a, b) = (recommend(&answers), recommend(&answers));
        prop_assert_eq!(a.reasons, b.reasons);
        prop_assert_eq!(a.alternatives, b.alternatives);
    }

    #[test]
    fn fit_percentages_are_well_formed(answers in answer_sets()) {
        let evaluation = evaluate(&answers);
        let mut ranked = evaluation.ranking.to_vec();
        ranked.sort();
        prop_assert_eq!(ranked, CollaborationModel::ALL.to_vec());
        for model in CollaborationModel::ALL {
            let score = evaluation.score(model);
            prop_assert!(score.points <= score.span);
            prop_assert!(score.fit_percent() <= 100);
        }
        for pair in evaluation.ranking.windows(2) {
            prop_assert!(evaluation.score(pair[0]).cmp_fit(evaluation.score(pair[1])).is_ge());
        }
    }

    #[test]
    fn a_larger_company_never_lowers_model_3_against_model_2(answers in answer_sets()) {
        prop_assert_eq!(model_3_never_loses_ground_to_model_2(&answers, &["headcount", "revenue"]), Ok(()));
    }

    #[test]
    fn a_larger_it_budget_never_lowers_model_3_against_model_2(answers in answer_sets()) {
        prop_assert_eq!(model_3_never_loses_ground_to_model_2(&answers, &["it-spend", "martech-share"]), Ok(()));
    }

    #[test]
    fn more_readiness_never_lowers_model_1(answers in answer_sets()) {
        for question in ["new-unit-appetite", "cio-cmo-relationship", "digital-cx"] {
            for (less, more) in steps_up(&answers, question) {
                prop_assert!(points(&more, JointDivision) >= points(&less, JointDivision), "{}", question);
            }
        }
    }

    #[test]
    fn no_separate_cio_never_raises_model_3(answers in answer_sets()) {
        for without in ["cmo-only", "neither"] {
            for with_cio in ["both", "cio-only"] {
                let (a, b) = (with(&answers, "leadership-roles", without), with(&answers, "leadership-roles", with_cio));
                prop_assert!(points(&a, SeparateLanes) <= points(&b, SeparateLanes), "{} vs {}", without, with_cio);
            }
        }
    }

    #[test]
    fn reasons_are_the_users_own_answers(answers in answer_sets()) {
        let r = recommend(&answers);
        prop_assert!(!r.reasons.is_empty() && r.reasons.len() <= 3);
        for reason in &r.reasons {
            prop_assert_eq!(reason.option, answers.option_index(reason.question));
            prop_assert!(built_in().gains.gains(reason.question, reason.option)[r.model().index()] > 0);
        }
    }

    #[test]
    fn a_suggested_change_really_changes_the_result_and_is_the_smallest(answers in answer_sets()) {
        let r = recommend(&answers);
        prop_assert_eq!(r.alternatives.len(), 2);
        for alternative in &r.alternatives {
            prop_assert!(alternative.model != r.model());
            for change in &alternative.changes {
                prop_assert!(change.question().lever, "suggests changing a fact: {}", change.question().id);
                prop_assert_ne!(change.option, answers.option_index(change.question));
            }
            let applied = alternative.changes.iter().fold(answers, |a, c| a.with_answer(c.question, c.option));
            // Brute force with the full engine, independent of the incremental search.
            let single_tips = (0..built_in().question_count()).filter(|&q| built_in().question(q).lever).any(|q| {
                (0..built_in().question(q).options.len()).any(|o| evaluate(&answers.with_answer(q, o)).recommended() == alternative.model)
            });
            if alternative.tips {
                prop_assert_eq!(evaluate(&applied).recommended(), alternative.model);
                prop_assert!(!alternative.changes.is_empty() && alternative.changes.len() <= 2);
                prop_assert_eq!(alternative.changes.len() == 1, single_tips, "a pair was suggested where one change does");
            } else {
                prop_assert!(!single_tips);
                let pair_tips = (0..built_in().question_count()).filter(|&q| built_in().question(q).lever).any(|q1| {
                    (q1 + 1..built_in().question_count()).filter(|&q| built_in().question(q).lever).any(|q2| {
                        (0..built_in().question(q1).options.len()).any(|o1| (0..built_in().question(q2).options.len()).any(|o2| {
                            evaluate(&answers.with_answer(q1, o1).with_answer(q2, o2)).recommended() == alternative.model
                        }))
                    })
                });
                prop_assert!(!pair_tips, "a pair tips model {} but none was found", alternative.model.number());
                // The closest pair really narrows the gap.
                let gap = |a: &CompleteAnswers| {
                    let e = evaluate(a);
                    e.score(e.recommended()).fit() - e.score(alternative.model).fit()
                };
                prop_assert!(gap(&applied) < gap(&answers));
            }
        }
    }

    #[test]
    fn every_plan_keeps_four_to_six_steps(answers in answer_sets()) {
        for model in CollaborationModel::ALL {
            let steps = first_steps(model, &answers).len();
            prop_assert!((4..=6).contains(&steps), "model {}: {} steps", model.number(), steps);
        }
    }
}

#[test]
fn the_archetypes_get_their_expected_model() {
    for archetype in &ARCHETYPES {
        let r = recommend(&archetype.complete());
        assert_eq!(r.model().number(), archetype.expected_model, "{}", archetype.name);
    }
    for model in CollaborationModel::ALL {
        assert_eq!(ARCHETYPES.iter().filter(|a| a.expected_model == model.number()).count(), 3);
    }
}

#[test]
fn every_model_is_reachable_from_arbitrary_answers() {
    let mut count = [0u32; 3];
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..20_000 {
        let indices: [u8; 15] = std::array::from_fn(|q| {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) % built_in().question(q).options.len() as u64) as u8
        });
        count[evaluate(&CompleteAnswers::from_indices(built_in(), &indices).unwrap()).recommended().index()] += 1;
    }
    assert!(count.iter().all(|&c| c > 0), "{count:?}");
}

#[test]
fn close_calls_name_both_models_and_clear_fits_do_not() {
    let bank = recommend(&ARCHETYPES[1].complete()); // digital bank: 91% vs 83%
    assert_eq!(bank.confidence(), Confidence::CloseCall);
    assert_eq!((bank.model(), bank.evaluation.runner_up()), (JointDivision, SeparateLanes));
    assert!(bank.evaluation.shown_margin() < CLOSE_CALL_MARGIN);
    let batik = recommend(&ARCHETYPES[3].complete());
    assert_eq!(batik.confidence(), Confidence::ClearFit);
}

#[test]
fn small_companies_get_advice_for_whoever_holds_the_roles() {
    let filled = |archetype: usize, lang| {
        let answers = ARCHETYPES[archetype].complete();
        let r = recommend(&answers);
        let wording = Wording::for_answers(&answers, None);
        let mut texts = vec![wording.text(built_in(), &r.profile().summary, lang)];
        texts.extend(r.first_steps.iter().map(|s| wording.text(built_in(), &s.text, lang)));
        texts.extend(r.profile().risks.iter().map(|t| wording.text(built_in(), t, lang)));
        (wording, texts.join(" "))
    };
    // The batik label: the owner covers both roles.
    let (wording, en) = filled(3, common::en());
    assert_eq!(wording.role_notes(built_in()).len(), 2);
    assert!(en.contains("your marketing lead") && en.contains("your IT lead"), "{en}");
    assert!(!en.contains("the CIO") && !en.contains("the CMO"), "{en}");
    let (_, id) = filled(3, common::id());
    assert!(id.contains("penanggung jawab pemasaran") && id.contains("penanggung jawab TI"), "{id}");
    // The coffee chain has a head of marketing but no IT executive.
    let (wording, en) = filled(4, common::en());
    assert_eq!(wording.role_notes(built_in()).len(), 1);
    assert!(en.contains("the CMO") && en.contains("your IT lead") && !en.contains("the CIO"), "{en}");
    // A state-owned bank has both.
    let (wording, en) = filled(6, common::en());
    assert!(wording.role_notes(built_in()).is_empty());
    assert!(!en.contains("your IT lead") && !en.contains("your marketing lead"));
}

#[test]
fn steps_the_company_has_already_taken_are_left_out() {
    let bank = ARCHETYPES[6].complete(); // model 3, head of marketing at the table
    let seat_step = "Make {cmo} a senior executive at the top table and the link between divisions.";
    let has_seat_step =
        |answers: &CompleteAnswers| first_steps(SeparateLanes, answers).iter().any(|s| s.text.get(en()) == seat_step);
    assert!(has_seat_step(&bank));
    assert!(!has_seat_step(&with(&bank, "cmo-seat", "leads-cross-functional")));
    assert!(!has_seat_step(&with(&bank, "leadership-roles", "neither")));
    let ids = |answers: &CompleteAnswers| first_steps(JointDivision, answers).len();
    let digital = ARCHETYPES[0].complete(); // already has unified data and a CMO at the table
    assert_eq!(ids(&digital), built_in().profile(JointDivision).steps.len() - 2);
}

#[test]
fn the_top_alternative_for_a_close_call_is_one_answer_away() {
    let bank = recommend(&ARCHETYPES[1].complete());
    let runner_up = &bank.alternatives[0];
    assert_eq!(runner_up.model, SeparateLanes);
    assert!(runner_up.tips);
    assert_eq!(
        runner_up.sentence(built_in(), en()),
        "If your IT and marketing leaders cooperated regularly and constructively, model 3 would fit best."
    );
    assert_eq!(
        runner_up.sentence(built_in(), common::id()),
        "Jika pimpinan TI dan pemasaran Anda bekerja sama secara rutin dan konstruktif, model 3 akan paling cocok."
    );
}

// ── docs/DECISION_MODEL.md stays in step with the code ──

fn doc() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/DECISION_MODEL.md"))
        .expect("docs/DECISION_MODEL.md exists")
}

/// The weight table of one question, as it must appear in the docs.
fn weight_table(question: &Question) -> String {
    let mut table = String::from("| Answer | Model 1 | Model 2 | Model 3 |\n|---|---:|---:|---:|\n");
    for o in &question.options {
        let [a, b, c] = o.weights;
        table += &format!("| {} (`{}`) | {a} | {b} | {c} |\n", o.label.get(en()), o.id);
    }
    table
}

#[test]
fn the_docs_show_the_weights_the_code_uses() {
    let doc = doc();
    for question in built_in().questions() {
        let table = weight_table(question);
        assert!(doc.contains(&table), "docs/DECISION_MODEL.md lacks this table for `{}`:\n{table}", question.id);
    }
    let spans =
        format!("| Span (most points) | {} | {} | {} |", span(JointDivision), span(CmoLeads), span(SeparateLanes));
    assert!(doc.contains(&spans), "docs lack: {spans}");
    assert!(doc.contains(&format!("fewer than {CLOSE_CALL_MARGIN} percentage points")));
}

#[test]
fn the_docs_list_every_archetype_with_its_result() {
    let doc = doc();
    for archetype in &ARCHETYPES {
        let evaluation = evaluate(&archetype.complete());
        let fits = CollaborationModel::ALL.map(|m| format!("{}%", evaluation.score(m).fit_percent())).join(" | ");
        let row = format!("| {} | {} | {fits} |", archetype.name, archetype.expected_model);
        assert!(doc.contains(&row), "docs/DECISION_MODEL.md lacks the row:\n{row}");
    }
}
