//! Robustness of everything that reads data from outside: share codes and
//! links, stored progress and answer files. Round trips are properties over
//! arbitrary answer sets; every decoder also takes 100,000 arbitrary or
//! mutated inputs and must answer without panicking.
#![cfg(not(target_arch = "wasm32"))]

use cio_cmo_advisor::engine::answer_file::{export, import, AnswerFileError};
use cio_cmo_advisor::engine::answers::{Answers, CompleteAnswers};
use cio_cmo_advisor::engine::flow::Screen;
use cio_cmo_advisor::engine::json;
use cio_cmo_advisor::engine::lang::Lang;
use cio_cmo_advisor::engine::progress::{ProgressError, SavedProgress};
use cio_cmo_advisor::engine::questionnaire::{QUESTIONS, QUESTION_COUNT};
use cio_cmo_advisor::engine::share_code::{from_link_or_code, ShareCode, ShareCodeError, CODE_LENGTH};
use proptest::prelude::*;
use proptest::test_runner::Config;

const FUZZ_CASES: u32 = 100_000;

fn complete_answers() -> impl Strategy<Value = CompleteAnswers> {
    prop::array::uniform15(any::<u8>()).prop_map(|raw| {
        CompleteAnswers::from_indices(std::array::from_fn(|q| raw[q] % QUESTIONS[q].options.len() as u8)).unwrap()
    })
}

fn partial_answers() -> impl Strategy<Value = Answers> {
    prop::array::uniform15(any::<u8>()).prop_map(|raw| {
        let mut answers = Answers::default();
        for (q, r) in raw.iter().enumerate() {
            // About one in four questions left unanswered.
            if r % 4 != 0 {
                answers.set(q, usize::from(r / 4) % QUESTIONS[q].options.len());
            }
        }
        answers
    })
}

/// A valid encoding with one random edit: replace, insert or delete a
/// character, cut it short, or double it.
fn mutated(valid: String, position: usize, edit: u8, c: char) -> String {
    let mut chars: Vec<char> = valid.chars().collect();
    let at = position % (chars.len() + 1);
    match edit % 5 {
        0 if at < chars.len() => chars[at] = c,
        1 => chars.insert(at, c),
        2 if at < chars.len() => {
            chars.remove(at);
        }
        3 => chars.truncate(at),
        _ => chars.extend(valid.chars()),
    }
    chars.into_iter().collect()
}

proptest! {
    #[test]
    fn share_codes_round_trip(answers in complete_answers()) {
        let code = ShareCode::new(answers).encode();
        prop_assert_eq!(code.len(), CODE_LENGTH);
        prop_assert_eq!(ShareCode::decode(&code).map(|c| c.answers()), Ok(answers));
        // As people paste them: lower case, grouped, inside a link.
        prop_assert_eq!(ShareCode::decode(&format!(" {}-{} ", &code[..5], &code[5..]).to_lowercase()).map(|c| c.answers()), Ok(answers));
        let link = format!("https://example.com/page?x=1#intro&cio-cmo={code}&other=2");
        prop_assert_eq!(from_link_or_code(&link).map(|c| c.answers()), Ok(answers));
    }

    #[test]
    fn stored_progress_round_trips(answers in partial_answers(), question in 0..QUESTION_COUNT, kind in 0u8..3) {
        let screen = match kind {
            0 => Screen::Intro,
            1 => Screen::Question(question),
            _ if answers.complete().is_some() => Screen::Result,
            _ => Screen::Question(question),
        };
        let saved = SavedProgress { answers, screen };
        prop_assert_eq!(SavedProgress::decode(&saved.encode()), Ok(saved));
    }

    #[test]
    fn answer_files_round_trip(answers in partial_answers(), english in any::<bool>()) {
        prop_assume!(!answers.is_empty());
        let lang = if english { Lang::En } else { Lang::Id };
        let file = export(&answers, lang);
        prop_assert!(json::parse(&file).is_some(), "export is not valid JSON:\n{}", file);
        prop_assert_eq!(import(&file), Ok(answers));
    }
}

proptest! {
    #![proptest_config(Config { cases: FUZZ_CASES, failure_persistence: None, ..Config::default() })]

    #[test]
    fn share_code_decoder_survives_arbitrary_text(text in ".{0,40}") {
        let _ = ShareCode::decode(&text);
        let _ = from_link_or_code(&text);
    }

    #[test]
    fn share_code_decoder_survives_mutations(answers in complete_answers(), position in any::<usize>(), edit in any::<u8>(), c in any::<char>()) {
        let valid = ShareCode::new(answers).encode();
        let text = mutated(valid.clone(), position, edit, c);
        let decoded = ShareCode::decode(&text);
        // A single changed character is always caught by the CRC (or is an
        // equivalent spelling: case, O for 0, I/L for 1, a hyphen or space).
        if edit % 5 == 0 && text.len() == valid.len() && text.to_uppercase() != valid {
            let equivalent = text.chars().zip(valid.chars()).all(|(a, b)| {
                a.to_ascii_uppercase() == b || (b == '0' && matches!(a, 'o' | 'O')) || (b == '1' && matches!(a, 'i' | 'I' | 'l' | 'L'))
            });
            if !equivalent && !text.contains(['-', ' ']) {
                prop_assert!(decoded.is_err(), "{} accepted as {:?}", text, decoded);
            }
        }
    }

    #[test]
    fn progress_decoder_survives_arbitrary_text(text in ".{0,60}") {
        let _ = SavedProgress::decode(&text);
    }

    #[test]
    fn progress_decoder_survives_mutations(answers in partial_answers(), position in any::<usize>(), edit in any::<u8>(), c in any::<char>()) {
        let valid = SavedProgress { answers, screen: Screen::Intro }.encode();
        if let Ok(decoded) = SavedProgress::decode(&mutated(valid, position, edit, c)) {
            // Anything accepted is a coherent state.
            let coherent = decoded.screen != Screen::Result || decoded.answers.complete().is_some();
            prop_assert!(coherent);
        }
    }

    #[test]
    fn answer_file_reader_survives_arbitrary_text(text in "\\PC{0,200}") {
        let _ = import(&text);
    }

    #[test]
    fn answer_file_reader_survives_mutations(answers in partial_answers(), position in any::<usize>(), edit in any::<u8>(), c in any::<char>()) {
        let _ = import(&mutated(export(&answers, Lang::En), position, edit, c));
    }
}

#[test]
fn share_code_errors_are_told_apart() {
    let code = ShareCode::new(CompleteAnswers::from_indices([0; QUESTION_COUNT]).unwrap()).encode();
    assert_eq!(ShareCode::decode(""), Err(ShareCodeError::Empty));
    assert_eq!(ShareCode::decode("garbage"), Err(ShareCodeError::Damaged));
    assert_eq!(ShareCode::decode(&code[..CODE_LENGTH - 1]), Err(ShareCodeError::Damaged));
    assert_eq!(ShareCode::decode(&format!("2{}", &code[1..])), Err(ShareCodeError::Newer));
    assert_eq!(ShareCode::decode(&format!("0{}", &code[1..])), Err(ShareCodeError::Older));
    assert_eq!(from_link_or_code("https://example.com/#nothing-here"), Err(ShareCodeError::Damaged));
}

#[test]
fn stored_progress_errors_are_told_apart() {
    let good = SavedProgress { answers: Answers::default(), screen: Screen::Question(3) }.encode();
    assert_eq!(SavedProgress::decode(&good.replacen("|1|", "|0|", 1)), Err(ProgressError::OtherVersion));
    assert_eq!(SavedProgress::decode("{\"some\":\"other app\"}"), Err(ProgressError::Corrupt));
    assert_eq!(SavedProgress::decode(&good.replace("q3", "q99")), Err(ProgressError::Corrupt));
    // A result screen needs every answer.
    assert_eq!(SavedProgress::decode(&good.replace("q3", "r")), Err(ProgressError::Corrupt));
}

#[test]
fn answer_file_errors_are_told_apart() {
    let mut answers = Answers::default();
    answers.set(0, 1);
    let file = export(&answers, Lang::En);
    assert_eq!(import("not json"), Err(AnswerFileError::NotJson));
    assert_eq!(import("{\"hello\": 1}"), Err(AnswerFileError::NotAnAnswerFile));
    assert_eq!(import(&file.replace("\"formatVersion\": 1", "\"formatVersion\": 2")), Err(AnswerFileError::Newer));
    assert_eq!(
        import(&file.replace("\"questionnaireVersion\": 1", "\"questionnaireVersion\": 0")),
        Err(AnswerFileError::OtherQuestionnaire)
    );
    assert!(matches!(import(&file.replace("\"headcount\"", "\"shoe-size\"")), Err(AnswerFileError::Unknown(_))));
    assert!(matches!(import(&file.replace("\"50-249\"", "\"lots\"")), Err(AnswerFileError::Unknown(_))));
    assert_eq!(import(&" ".repeat(70_000)), Err(AnswerFileError::TooLarge));
    let empty = file.replace("\"headcount\": \"50-249\"", "");
    assert_eq!(import(&empty), Err(AnswerFileError::NoAnswers));
}

#[test]
fn a_full_answer_set_is_a_ten_character_code() {
    let code = ShareCode::new(CompleteAnswers::from_indices([3; QUESTION_COUNT]).unwrap()).encode();
    assert_eq!(code.len(), 10);
    assert!(code.chars().all(|c| c.is_ascii_alphanumeric() && !c.is_ascii_lowercase()));
}
