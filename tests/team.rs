//! The team view: how members' answers combine, what the team is shown,
//! gathering links and codes, the team link, and the CSV and team file.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use proptest::test_runner::Config;

use cio_cmo_advisor::engine::answers::{Answers, CompleteAnswers};
use cio_cmo_advisor::engine::model::CollaborationModel;
use cio_cmo_advisor::engine::recommendation::recommend;
use cio_cmo_advisor::engine::scoring::evaluate;
use cio_cmo_advisor::engine::share_code::{ShareCode, ShareCodeError};
use cio_cmo_advisor::engine::team::{
    clean_label, team_answers, GatherProblem, Member, Team, TeamResult, WorkshopQuestion, LABEL_MAX_CHARS,
    MAX_LINK_CHARS, MAX_MEMBERS, WORKSHOP_QUESTIONS,
};
use cio_cmo_advisor::engine::team_file::{team_csv, team_file};
use common::{built_in, en, id, random_answer_sets};

/// Answers given as `(question id, option id)` over a base of shared answers.
fn answers_with(changes: &[(&str, &str)]) -> CompleteAnswers {
    let base = [
        ("headcount", "250-999"),
        ("revenue", "50-500bn"),
        ("leadership-roles", "both"),
        ("it-spend", "1-3pct"),
        ("martech-share", "10-25pct"),
        ("it-capacity", "some-people"),
        ("customer-data", "segment-analysis"),
        ("channels", "mostly-coordinated"),
        ("martech-stack", "integrated"),
        ("cmo-seat", "at-table"),
        ("marketing-roi", "major-campaigns"),
        ("plan-alignment", "aligned-yearly"),
        ("new-unit-appetite", "open"),
        ("cio-cmo-relationship", "constructive"),
        ("digital-cx", "central"),
    ];
    let pairs = base.map(|(q, o)| (q, changes.iter().find(|(c, _)| *c == q).map_or(o, |(_, o)| *o)));
    Answers::from_ids(built_in(), pairs).unwrap().complete().unwrap()
}

fn member(label: &str, answers: CompleteAnswers) -> Member {
    Member { label: label.to_owned(), answers }
}

/// The scenario: the CEO, CIO, CMO and CFO of one retail chain.
/// The CFO counts only permanent staff (a fact apart); the CIO and CMO see
/// IT's time for marketing very differently, and the CFO wants no new unit
/// where the CEO and CMO are keen (two opinions apart). The CEO and CMO do
/// not know the IT spend.
fn leadership_team() -> Vec<Member> {
    vec![
        member(
            "CEO",
            answers_with(&[("it-spend", "not-sure"), ("new-unit-appetite", "keen"), ("it-capacity", "some-people")]),
        ),
        member("Budi (CIO)", answers_with(&[("it-capacity", "dedicated-team"), ("new-unit-appetite", "open")])),
        member(
            "CMO",
            answers_with(&[("it-spend", "not-sure"), ("it-capacity", "on-request"), ("new-unit-appetite", "keen")]),
        ),
        member("CFO", answers_with(&[("headcount", "50-249"), ("new-unit-appetite", "none")])),
    ]
}

fn question(id: &str) -> usize {
    built_in().question_index(id).unwrap()
}

fn result_of(members: Vec<Member>) -> TeamResult {
    TeamResult::of(members)
}

#[test]
fn the_leadership_team_scenario() {
    let team = result_of(leadership_team());
    // Facts: the headcount, where model 3's precondition depends on the answer.
    assert_eq!(team.facts.len(), 1, "{:?}", team.facts);
    let headcount = &team.facts[0];
    assert_eq!(headcount.question, question("headcount"));
    let given: Vec<(&str, Vec<usize>)> = headcount
        .answers
        .iter()
        .map(|a| (built_in().question(headcount.question).options[a.option].id.as_str(), a.members.clone()))
        .collect();
    assert_eq!(given, vec![("50-249", vec![3]), ("250-999", vec![0, 1, 2])]);
    for answer in &headcount.answers {
        let expected = evaluate(&team.recommendation.answers.with_answer(headcount.question, answer.option));
        assert_eq!(answer.model, expected.recommended());
    }
    // The team takes the answer most members gave, and says it is provisional.
    assert_eq!(team.recommendation.answers.option(question("headcount")).id, "250-999");
    // Divisions: the two opinions more than a third of their range apart,
    // most decisive first; the it-spend "not sure" answers are not one.
    let divided: Vec<&str> = team.divisions.iter().map(|d| built_in().question(d.question).id.as_str()).collect();
    assert_eq!(divided.len(), 2, "{divided:?}");
    assert!(divided.contains(&"it-capacity") && divided.contains(&"new-unit-appetite"), "{divided:?}");
    let rank = |d: &cio_cmo_advisor::engine::team::Division| (d.turns_to.is_some(), d.weight);
    assert!(rank(&team.divisions[0]) >= rank(&team.divisions[1]));
    // Unknowns pooled: two of four do not know the IT spend.
    assert_eq!(team.unknowns.len(), 1);
    assert_eq!((team.unknowns[0].question, team.unknowns[0].members.clone()), (question("it-spend"), vec![0, 2]));
    // Consensus or division, named by the three-quarters rule.
    let tops: Vec<CollaborationModel> = team.evaluations.iter().map(|e| e.recommended()).collect();
    let most = CollaborationModel::ALL.map(|m| tops.iter().filter(|&&t| t == m).count());
    assert_eq!(team.agreement.on_top, most);
    assert_eq!(team.agreement.consensus.is_some(), most.iter().any(|&n| 4 * n >= 3 * tops.len()));
    // Workshop: the fact, both divisions and the unknown.
    assert_eq!(
        team.workshop,
        vec![
            WorkshopQuestion::Fact(0),
            WorkshopQuestion::Division(0),
            WorkshopQuestion::Division(1),
            WorkshopQuestion::Unknown(0)
        ]
    );
    // The plan's owners: labels that name a role.
    assert_eq!(team.holders("cio"), vec!["Budi (CIO)"]);
    // A label that is only the role adds nothing to the role's name.
    assert!(team.holders("ceo").is_empty() && team.holders("unit").is_empty());
    assert_eq!(team.name(1, en()), "Budi (CIO)");
}

#[test]
fn members_who_agree_on_everything_get_workshop_questions_from_what_the_result_hinges_on() {
    let answers = answers_with(&[]);
    let team = result_of(vec![member("CEO", answers), member("CIO", answers)]);
    let (least, most) = WORKSHOP_QUESTIONS;
    assert!((least..=most).contains(&team.workshop.len()), "{:?}", team.workshop);
    assert_eq!(team.workshop.last(), Some(&WorkshopQuestion::Confirm));
    assert!(team.workshop.iter().any(|q| matches!(q, WorkshopQuestion::Hinge(_))));
}

#[test]
fn every_team_gets_three_to_five_workshop_questions() {
    let sets: Vec<CompleteAnswers> = random_answer_sets(400, 19).collect();
    let (least, most) = WORKSHOP_QUESTIONS;
    for (i, chunk) in sets.chunks(5).enumerate() {
        let size = 1 + i % MAX_MEMBERS.min(chunk.len());
        let members: Vec<Member> = chunk[..size].iter().map(|&a| member("", a)).collect();
        let team = result_of(members);
        assert!((least..=most).contains(&team.workshop.len()), "{:?}", team.workshop);
    }
}

/// A fact as members see it: question, and each answer with its model and
/// the labels of who gave it (sorted).
type FactSeen = (usize, Vec<(usize, CollaborationModel, Vec<String>)>);
/// A division without its member order: question, lowest and highest
/// answer, weight (exact bits) and the answer that turns the result.
type DivisionSeen = (usize, usize, usize, u64, Option<(usize, CollaborationModel)>);

fn members_strategy() -> impl Strategy<Value = Vec<CompleteAnswers>> {
    let questions: Vec<usize> = built_in().questions().iter().map(|q| q.options.len()).collect();
    let answers = questions
        .into_iter()
        .map(|n| (0..n as u8).boxed())
        .collect::<Vec<_>>()
        .prop_map(|indices| CompleteAnswers::from_indices(built_in(), &indices).unwrap());
    proptest::collection::vec(answers, 1..=MAX_MEMBERS)
}

proptest! {
    #![proptest_config(Config { cases: 64, ..Config::default() })]

    #[test]
    fn one_member_gives_exactly_that_members_result(answers in members_strategy()) {
        let own = answers[0];
        let team = result_of(vec![member("CEO", own)]);
        prop_assert_eq!(team.recommendation.answers, own);
        prop_assert_eq!(team.recommendation.evaluation, recommend(&own).evaluation);
        prop_assert_eq!(team.agreement.consensus, Some(evaluate(&own).recommended()));
        prop_assert!(team.facts.is_empty() && team.divisions.is_empty());
    }

    #[test]
    fn the_order_of_members_never_matters(answers in members_strategy(), rotate in 0..MAX_MEMBERS) {
        let labelled: Vec<Member> = answers.iter().enumerate().map(|(i, &a)| member(&format!("M{i}"), a)).collect();
        let mut shuffled = labelled.clone();
        shuffled.reverse();
        let by = rotate % shuffled.len();
        shuffled.rotate_left(by);
        let (a, b) = (result_of(labelled), result_of(shuffled));
        prop_assert_eq!(a.recommendation.answers, b.recommendation.answers);
        prop_assert_eq!(a.agreement, b.agreement);
        prop_assert_eq!(a.spread, b.spread);
        prop_assert_eq!(a.workshop.clone(), b.workshop.clone());
        let facts = |t: &TeamResult| -> Vec<FactSeen> {
            t.facts.iter().map(|f| (f.question, f.answers.iter().map(|x| {
                let mut names: Vec<String> = x.members.iter().map(|&m| t.members[m].label.clone()).collect();
                names.sort();
                (x.option, x.model, names)
            }).collect())).collect()
        };
        prop_assert_eq!(facts(&a), facts(&b));
        let divisions = |t: &TeamResult| -> Vec<DivisionSeen> {
            t.divisions.iter().map(|d| (d.question, d.low, d.high, d.weight.to_bits(), d.turns_to)).collect()
        };
        prop_assert_eq!(divisions(&a), divisions(&b));
    }

    #[test]
    fn identical_members_give_their_shared_result_with_full_agreement(answers in members_strategy(), count in 2..=MAX_MEMBERS) {
        let own = answers[0];
        let team = result_of((0..count).map(|i| member(&format!("M{i}"), own)).collect());
        let model = evaluate(&own).recommended();
        prop_assert_eq!(team.recommendation.answers, own);
        prop_assert_eq!(team.agreement.consensus, Some(model));
        prop_assert_eq!(team.agreement.on_top[model.index()], count);
        prop_assert!(team.facts.is_empty() && team.divisions.is_empty());
        for spread in team.spread {
            prop_assert!(spread.low == spread.high && spread.mean == spread.low);
        }
    }

    #[test]
    fn each_team_answer_is_one_a_member_gave_and_opinions_take_the_lower_median(answers in members_strategy()) {
        let members: Vec<Member> = answers.iter().map(|&a| member("", a)).collect();
        let combined = team_answers(&members);
        for q in 0..built_in().question_count() {
            let given: Vec<usize> = answers.iter().map(|a| a.option_index(q)).collect();
            prop_assert!(given.contains(&combined.option_index(q)));
            let question = built_in().question(q);
            let mut known: Vec<usize> = given.iter().copied().filter(|&o| !question.options[o].unknown).collect();
            if question.lever && question.id != built_in().content.roles.question && !known.is_empty() {
                known.sort_unstable();
                // More than half the team answered at least this.
                let reached = known.iter().filter(|&&o| o >= combined.option_index(q)).count();
                prop_assert!(2 * reached > known.len());
                let above = known.iter().filter(|&&o| o > combined.option_index(q)).count();
                prop_assert!(2 * above <= known.len());
            }
        }
    }
}

#[test]
fn consensus_needs_three_quarters_of_the_members() {
    let sets: Vec<CompleteAnswers> = random_answer_sets(3000, 7).collect();
    let of = |m: CollaborationModel| sets.iter().copied().filter(move |a| evaluate(a).recommended() == m);
    let (two, three): (Vec<_>, Vec<_>) =
        (of(CollaborationModel::CmoLeads).take(3).collect(), of(CollaborationModel::SeparateLanes).take(2).collect());
    // 3 of 4 on model 2: consensus.
    let team = result_of(vec![member("a", two[0]), member("b", two[1]), member("c", two[2]), member("d", three[0])]);
    assert_eq!(team.agreement.consensus, Some(CollaborationModel::CmoLeads));
    // 3 of 5: divided, between model 2 and model 3, the larger group first.
    let team = result_of(vec![
        member("a", two[0]),
        member("b", two[1]),
        member("c", two[2]),
        member("d", three[0]),
        member("e", three[1]),
    ]);
    assert_eq!(team.agreement.consensus, None);
    assert_eq!(team.agreement.models_on_top(), vec![CollaborationModel::CmoLeads, CollaborationModel::SeparateLanes]);
}

fn code(answers: CompleteAnswers) -> String {
    ShareCode::new(answers).encode()
}

#[test]
fn gathering_reads_a_whole_chat_message_and_says_why_each_item_did_not_join() {
    let members = leadership_team();
    let (a, b, c) = (code(members[0].answers), code(members[1].answers), code(members[2].answers));
    let damaged = format!("{}Z", &a[..a.len() - 1]);
    let message = format!(
        "Hi all, here are our results:\nCEO: https://example.com/advice?x=1#cio-cmo={a}.\n{}\nthe CMO's: https://example.com/#top&cio-cmo-panel={c}&z=1\nthis one is broken {damaged} sorry\nand again https://example.com/#cio-cmo={a}\nThanks, Budi",
        b.to_lowercase()
    );
    let mut team = Team::default();
    let problems = team.gather(&message, built_in());
    assert_eq!(
        team.members().iter().map(|m| m.answers).collect::<Vec<_>>(),
        vec![members[0].answers, members[1].answers, members[2].answers]
    );
    assert_eq!(
        problems,
        vec![
            GatherProblem::Code { item: damaged.clone(), error: ShareCodeError::Damaged },
            GatherProblem::Duplicate { item: a.clone(), number: 1, label: String::new() },
        ]
    );
    // Several codes on one line, and one code written in groups.
    let grouped = code(members[3].answers);
    let grouped = format!("{} {} {}", &grouped[..5], &grouped[5..10], &grouped[10..]);
    let mut spaced = Team::default();
    assert_eq!(spaced.gather(&format!("{a} {b}  {c}"), built_in()), vec![]);
    assert_eq!(spaced.members().len(), 3);
    assert_eq!(spaced.gather(&grouped, built_in()), vec![]);
    assert_eq!(spaced.members()[3].answers, members[3].answers);
    // A code followed by a name, a grouped code after a label, a link and a
    // bare code on one line; phone numbers and meeting ids are not codes.
    let mut chat = Team::default();
    let text = format!(
        "{a} CEO\nCFO: {grouped}\nCIO https://x.example/#cio-cmo={b}, CMO: {c}\ncall 0812-3456-7890 or zoom 81234567890"
    );
    assert_eq!(chat.gather(&text, built_in()), vec![]);
    assert_eq!(
        chat.members().iter().map(|m| m.answers).collect::<Vec<_>>(),
        vec![members[0].answers, members[3].answers, members[1].answers, members[2].answers]
    );
    assert_eq!(Team::default().gather("  \n ", built_in()), vec![GatherProblem::Empty]);
    // Nothing already in the team is lost when a later paste fails.
    team.relabel(0, "  CEO \n ");
    assert_eq!(team.gather("no codes here", built_in()), vec![GatherProblem::NothingFound]);
    assert_eq!(team.members().len(), 3);
    assert_eq!(team.members()[0].label, "CEO");
}

#[test]
fn a_ninth_member_and_a_code_from_another_questionnaire_are_refused_by_name() {
    let sets: Vec<CompleteAnswers> = random_answer_sets(9, 3).collect();
    let mut team = Team::default();
    let pasted: Vec<String> = sets.iter().map(|&a| code(a)).collect();
    let problems = team.gather(&pasted.join("\n"), built_in());
    assert_eq!(team.members().len(), MAX_MEMBERS);
    assert_eq!(problems, vec![GatherProblem::Full { item: pasted[8].clone() }]);
    team.remove(0);
    let mut content = built_in().content.clone();
    content.id = "another".into();
    let other = cio_cmo_advisor::engine::questionnaire::Questionnaire::leak(content);
    let theirs = code(CompleteAnswers::from_indices(other, sets[0].indices()).unwrap());
    assert_eq!(
        team.gather(&theirs, built_in()),
        vec![GatherProblem::Code { item: theirs.clone(), error: ShareCodeError::OtherQuestionnaire }]
    );
}

#[test]
fn a_team_link_carries_codes_and_labels_as_text_and_is_refused_when_too_long() {
    let mut team = Team::default();
    for (i, m) in leadership_team().into_iter().enumerate() {
        let label = ["<b>CEO</b>", "Budi & Sri (CIO)", "Rina — CMO", ""][i];
        team.add(Member { label: label.to_owned(), ..m }, "").unwrap();
    }
    let value = team.link_value(true).unwrap();
    assert!(!value.contains(['<', '&', ' ', '#']), "{value}");
    let (opened, problems) = Team::from_link(&value, built_in());
    assert_eq!((opened, problems), (team.clone(), vec![]));
    // Without labels: the same members, unnamed.
    let (unnamed, _) = Team::from_link(&team.link_value(false).unwrap(), built_in());
    assert!(unnamed.members().iter().all(|m| m.label.is_empty()));
    assert_eq!(unnamed.members().len(), 4);
    // Pasted as a link into the team view, it brings the labels along.
    let mut pasted = Team::default();
    assert_eq!(pasted.gather(&format!("https://example.com/#team-cio-cmo={value}"), built_in()), vec![]);
    assert_eq!(pasted, team);
    // Over the limit: refused whole, never cut.
    let long = format!("{value}.{}", "A".repeat(MAX_LINK_CHARS));
    assert_eq!(Team::from_link(&long, built_in()), (Team::default(), vec![GatherProblem::LinkTooLong]));
    // Eight members with the longest labels in a non-Latin script: too long to write.
    let mut wide = Team::default();
    for answers in random_answer_sets(8, 5) {
        wide.add(member(&"国".repeat(40), answers), "").unwrap();
    }
    assert_eq!(wide.link_value(true), None);
    assert!(wide.link_value(false).is_some());
}

#[test]
fn the_csv_opens_in_a_spreadsheet_in_both_languages() {
    let mut members = leadership_team();
    members[3].label = "=HYPERLINK(\"http://evil\")".into();
    let team = result_of(members);
    for (lang, separator) in [(en(), ","), (id(), ";")] {
        let csv = team_csv(&team, lang);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split_terminator("\r\n").collect();
        assert_eq!(lines.len(), 1 + 4 + 1, "header, a row per member, the team");
        let columns = 1 + built_in().question_count() + 3 + 1;
        for line in &lines {
            let cells: Vec<&str> = line.split(&format!("\"{separator}\"")).collect();
            assert_eq!(cells.len(), columns, "{line}");
            assert!(line.starts_with('"') && line.ends_with('"'), "{line}");
        }
        assert!(lines[4].starts_with("\"'=HYPERLINK(\"\"http://evil\"\")\""), "{}", lines[4]);
        let team_row = lines[5];
        let label = built_in().texts().team_name().get(lang);
        assert!(team_row.starts_with(&format!("\"{label}\"")), "{team_row}");
        let model = team.recommendation.model().number();
        assert!(team_row.ends_with(&format!(" {model}\"")), "{team_row}");
    }
    assert!(team_csv(&team, en()).contains("\"Budi (CIO)\",\"250–999\""));
}

#[test]
fn the_team_file_extends_the_answers_file() {
    let team = result_of(leadership_team());
    let json: serde_json::Value = serde_json::from_str(&team_file(&team, en()).to_json()).unwrap();
    assert_eq!(json["format"], "cio-cmo-advisor-team");
    assert_eq!(json["members"].as_array().unwrap().len(), 4);
    assert_eq!(json["members"][1]["label"], "Budi (CIO)");
    assert_eq!(json["members"][1]["answers"]["it-capacity"], "dedicated-team");
    assert_eq!(json["team"]["answers"]["headcount"], "250-999");
    assert_eq!(json["team"]["result"]["model"], team.model().number());
    let tops: u64 = (1..=3).map(|m| json["team"]["onTop"][m.to_string()].as_u64().unwrap()).sum();
    assert_eq!(tops, 4);
}

#[test]
fn labels_name_roles_as_words() {
    let answers = answers_with(&[]);
    let named = |label: &str, role: &str| member(label, answers).names_role(role);
    assert!(named("CIO", "cio") && named("Budi (cfo)", "cfo") && named("CMO / Rina", "cmo"));
    assert!(!named("Cioccolato", "cio") && !named("CEOs' office", "cfo") && !named("Unit lead", "unit"));
}

/// The `{ label, code }` entries of a list in tests/answer-sets.mjs, and
/// the archetype an entry names, if any.
fn written_members(list: &str) -> Vec<(String, Option<String>, String)> {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/answer-sets.mjs")).unwrap();
    let block = &source[source.find(&format!("export const {list} = [")).unwrap()..];
    let block = &block[..block.find("];").unwrap()];
    let field = |line: &str, name: &str| Some(line.split(&format!("{name}: '")).nth(1)?.split('\'').next()?.to_owned());
    block
        .lines()
        .filter_map(|line| Some((field(line, "label")?, field(line, "archetype"), field(line, "code")?)))
        .collect()
}

#[test]
fn the_browser_tests_teams_are_these() {
    let leadership: Vec<(String, Option<String>, String)> =
        leadership_team().iter().map(|m| (m.label.clone(), None, code(m.answers))).collect();
    assert_eq!(written_members("LEADERSHIP_TEAM"), leadership);
    let extra = written_members("TEAM_OF_EIGHT");
    assert_eq!(extra.len(), 4, "the leadership team and four archetypes");
    for (_, archetype, written) in extra {
        let archetype = archetype.expect("each names its archetype");
        assert_eq!(written, code(common::archetype(&archetype).complete()), "{archetype}");
    }
}

#[test]
fn your_own_answers_join_once_and_are_replaced_when_they_change() {
    let members = leadership_team();
    let (before, after) = (members[0].answers, members[1].answers);
    let mut team = Team::default();
    team.bring_own(None, before);
    team.relabel(0, "Rina (CEO)");
    team.add(member("", members[2].answers), "").unwrap();
    // Opened again with the same answers: nothing changes.
    team.bring_own(Some(before), before);
    assert_eq!(team.members().len(), 2);
    // Changed since: the new answers take the place and the label.
    team.bring_own(Some(before), after);
    assert_eq!(
        team.members().iter().map(|m| (m.label.as_str(), m.answers)).collect::<Vec<_>>(),
        vec![("Rina (CEO)", after), ("", members[2].answers)]
    );
}

#[test]
fn labels_from_a_link_lose_control_and_invisible_formatting_characters() {
    assert_eq!(clean_label("  Budi\u{202E}OIC \u{200B}(CIO)\n\u{0007} "), "BudiOIC (CIO)");
    assert_eq!(clean_label(&"x".repeat(100)).chars().count(), LABEL_MAX_CHARS);
}

#[test]
fn facts_that_decide_the_model_come_first() {
    // The CFO's headcount decides (model 3 needs 250 people at this
    // revenue); a revenue disagreement among the others does not.
    let mut team = leadership_team();
    team[1].answers =
        answers_with(&[("revenue", "15-50bn"), ("it-capacity", "dedicated-team"), ("new-unit-appetite", "open")]);
    let result = result_of(team);
    let order: Vec<(&str, bool)> =
        result.facts.iter().map(|f| (built_in().question(f.question).id.as_str(), f.decides())).collect();
    assert_eq!(order.first(), Some(&("headcount", true)), "{order:?}");
    assert!(order.iter().skip_while(|(_, d)| *d).all(|(_, d)| !d), "{order:?}");
    assert_eq!(result.workshop.first(), Some(&WorkshopQuestion::Fact(0)));
}
