//! The leadership team: up to eight executives' results in one view —
//! where they agree, what divides them, what no one knows and what to ask
//! in the workshop. Members arrive as share links or codes (one per line,
//! or a whole chat message), or as a team link; each gets a label the
//! facilitator types. The two-person compare is this view with two members.
//!
//! How answers combine (argued in docs/DECISION_MODEL.md, "The team view"):
//! - **Opinion questions**: the team's answer is the lower median of the
//!   members' known answers — the highest answer more than half the team
//!   reaches — so readiness counts only as far as a majority reports it.
//! - **Questions about the company's shape** (the fact questions and who
//!   leads IT and marketing): when members agree, that answer. When they
//!   do not, the answer most members gave (on a tie, the one listed
//!   first), and the result is provisional: the facts to settle are listed
//!   with the recommendation under every answer given.
//! - "Not sure" answers are left out of both; a question no one knows
//!   stays "not sure" for the team.
//!
//! The recommendation is the engine's own, run on the team's answers, so
//! preconditions, fixes and "not sure" work as they do for one person. One
//! member gives exactly that member's result; the order of members never
//! matters; identical members give their shared result with full
//! agreement (property tests in `tests/team.rs`).

use super::answers::CompleteAnswers;
use super::lang::Lang;
use super::model::CollaborationModel;
use super::questionnaire::{fill, Questionnaire};
use super::recommendation::{recommend, Recommendation};
use super::scoring::{evaluate, Evaluation};
use super::sensitivity::hinges;
use super::share_code::{ShareCode, ShareCodeError};

/// A team view holds at most this many members: a leadership team, not a
/// survey.
pub const MAX_MEMBERS: usize = 8;
/// Longest label; the field stops there, and a team link's labels are cut
/// to it.
pub const LABEL_MAX_CHARS: usize = 40;
/// Longest team-link value read or written. Eight members with the longest
/// labels in a Latin script fit; a longer one was not made by this advisor
/// and is refused whole, never cut. Links of about 4,000 characters or more
/// break in some chat apps and mail clients.
pub const MAX_LINK_CHARS: usize = 3000;
/// How many workshop questions the view writes, at least and at most.
pub const WORKSHOP_QUESTIONS: (usize, usize) = (3, 5);

/// The roles a label can name to take on the plan's steps: the content's
/// owner roles that are people with a title (not the new unit).
const TITLED_ROLES: [&str; 4] = ["ceo", "cio", "cmo", "cfo"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// What the facilitator typed (a role or a name); may be empty.
    pub label: String,
    pub answers: CompleteAnswers,
}

impl Member {
    /// Whether the label names a plan role: "CIO", "Budi (CFO)", "cmo
    /// Rina". The role's abbreviation as a word, in any case.
    pub fn names_role(&self, role: &str) -> bool {
        TITLED_ROLES.contains(&role)
            && self.label.split(|c: char| !c.is_alphanumeric()).any(|word| word.eq_ignore_ascii_case(role))
    }
}

/// A label as kept: control and invisible formatting characters dropped,
/// spaces collapsed, at most [`LABEL_MAX_CHARS`] characters.
pub fn clean_label(text: &str) -> String {
    let words: Vec<&str> =
        text.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()).collect();
    let visible: String = words.join(" ").chars().filter(|&c| !is_invisible_format(c)).take(LABEL_MAX_CHARS).collect();
    visible.trim_end().to_owned()
}

/// Characters that change how the text around them displays without
/// showing themselves — direction overrides, zero-width characters — which
/// a label from someone else's team link must not carry.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// Why something pasted did not join the team. `item` is the code as
/// pasted, or a link's code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GatherProblem {
    /// A link or code that could not be read (corrupt, from another
    /// questionnaire, newer or older).
    Code { item: String, error: ShareCodeError },
    /// The same answers as a member already in the team (its number, from 1,
    /// and label): the same code pasted again, or two people who answered
    /// exactly alike, who count once.
    Duplicate { item: String, number: usize, label: String },
    /// The team already has [`MAX_MEMBERS`] members.
    Full { item: String },
    /// Nothing was pasted.
    Empty,
    /// Nothing that looks like a link or code.
    NothingFound,
    /// A team link longer than any this advisor makes.
    LinkTooLong,
}

impl GatherProblem {
    /// What was pasted that can be corrected or tried again: a code that
    /// could not be read or did not fit; not a duplicate, which is in.
    pub fn retry(&self) -> Option<&str> {
        match self {
            GatherProblem::Code { item, .. } | GatherProblem::Full { item } => Some(item),
            _ => None,
        }
    }
}

/// The members being gathered. Labels stay in the page; they go into the
/// team link only if the facilitator keeps them there.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Team {
    members: Vec<Member>,
}

/// Something in pasted text that may be a member.
enum Pasted<'a> {
    /// A share code, bare or from a share link.
    Code(&'a str),
    /// The value of a team link: several members.
    Team(&'a str),
}

impl Team {
    pub fn members(&self) -> &[Member] {
        &self.members
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Adds a member unless the team is full or has these answers already.
    /// `item` is what the problem quotes.
    pub fn add(&mut self, member: Member, item: &str) -> Result<(), GatherProblem> {
        let item = item.trim().to_owned();
        if let Some(number) = self.members.iter().position(|m| m.answers == member.answers) {
            let label = self.members[number].label.clone();
            return Err(GatherProblem::Duplicate { item, number: number + 1, label });
        }
        if self.members.len() >= MAX_MEMBERS {
            return Err(GatherProblem::Full { item });
        }
        self.members.push(Member { label: clean_label(&member.label), ..member });
        Ok(())
    }

    /// Puts the visitor's own answers in the team. If they brought other
    /// answers before (`previous`) and have changed them since, the new
    /// answers take that member's place and label; otherwise they join
    /// unlabelled.
    pub fn bring_own(&mut self, previous: Option<CompleteAnswers>, answers: CompleteAnswers) {
        let stale = previous.filter(|p| *p != answers).and_then(|p| self.members.iter().position(|m| m.answers == p));
        match stale {
            Some(index) if !self.members.iter().any(|m| m.answers == answers) => self.members[index].answers = answers,
            Some(index) => {
                self.members.remove(index);
            }
            None => {
                let _ = self.add(Member { label: String::new(), answers }, "");
            }
        }
    }

    pub fn remove(&mut self, index: usize) {
        if index < self.members.len() {
            self.members.remove(index);
        }
    }

    pub fn relabel(&mut self, index: usize, label: &str) {
        if let Some(member) = self.members.get_mut(index) {
            member.label = clean_label(label);
        }
    }

    /// Adds every link or code found in `text` — one per line, or links
    /// anywhere in a chat message — and says why each other one did not
    /// join. Members already in the team are never touched.
    pub fn gather(&mut self, text: &str, questionnaire: &'static Questionnaire) -> Vec<GatherProblem> {
        if text.trim().is_empty() {
            return vec![GatherProblem::Empty];
        }
        let items = pasted_items(text);
        if items.is_empty() {
            return vec![GatherProblem::NothingFound];
        }
        let mut problems = Vec::new();
        for item in items {
            match item {
                Pasted::Code(code) => problems.extend(self.add_code(code, String::new(), questionnaire)),
                Pasted::Team(value) => problems.extend(self.add_link_members(value, questionnaire)),
            }
        }
        problems
    }

    /// The team a team link describes, and why any of its members was left out.
    pub fn from_link(value: &str, questionnaire: &'static Questionnaire) -> (Team, Vec<GatherProblem>) {
        let mut team = Team::default();
        let problems = team.add_link_members(value, questionnaire);
        (team, problems)
    }

    fn add_link_members(&mut self, value: &str, questionnaire: &'static Questionnaire) -> Vec<GatherProblem> {
        if value.len() > MAX_LINK_CHARS {
            return vec![GatherProblem::LinkTooLong];
        }
        let mut problems = Vec::new();
        for part in value.split('.').filter(|p| !p.is_empty()) {
            let (code, label) = part.split_once('~').unwrap_or((part, ""));
            let label = percent_encoding::percent_decode_str(label).decode_utf8_lossy().into_owned();
            problems.extend(self.add_code(code, label, questionnaire));
        }
        problems
    }

    /// Adds the member a share code stands for; the problem if it does not join.
    fn add_code(&mut self, code: &str, label: String, questionnaire: &'static Questionnaire) -> Option<GatherProblem> {
        ShareCode::decode(code, questionnaire)
            .map_err(|error| GatherProblem::Code { item: code.to_owned(), error })
            .and_then(|decoded| self.add(Member { label, answers: decoded.answers() }, code))
            .err()
    }

    /// The value of a team link: each member's share code, with its label
    /// when `with_labels`. None when it would be longer than
    /// [`MAX_LINK_CHARS`] (labels in a non-Latin script can be).
    pub fn link_value(&self, with_labels: bool) -> Option<String> {
        let value = self
            .members
            .iter()
            .map(|member| {
                let code = ShareCode::new(member.answers).encode();
                if with_labels && !member.label.is_empty() {
                    format!("{code}~{}", super::share_code::encode_component(&member.label))
                } else {
                    code
                }
            })
            .collect::<Vec<_>>()
            .join(".");
        (value.len() <= MAX_LINK_CHARS).then_some(value)
    }

    /// The team's result; None without members.
    pub fn result(&self) -> Option<TeamResult> {
        (!self.members.is_empty()).then(|| TeamResult::of(self.members.clone()))
    }
}

/// The links and codes in pasted text, line by line: every fragment part
/// named for this advisor in a link (`cio-cmo…=` or `team-cio-cmo…=`), and
/// every other word that may be a share code — it starts with a format
/// (1, 2 or 3) and has ten characters or more, so phone numbers and
/// meeting ids stay out. A line with neither may hold one code written in
/// groups ("3YW9 0J49 ANBM MR3"), alone or after a label ("CFO: …").
/// Greetings and names are ignored.
fn pasted_items(text: &str) -> Vec<Pasted<'_>> {
    let code_like = |s: &str| {
        s.starts_with(['1', '2', '3'])
            && s.chars().filter(char::is_ascii_alphanumeric).count() >= 10
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ' ')
    };
    let mut items = Vec::new();
    for line in text.lines() {
        let before = items.len();
        for token in line.split_whitespace() {
            match token.split_once('#') {
                Some((_, fragment)) => items.extend(link_items(fragment)),
                None => {
                    let words = token.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'));
                    items.extend(words.filter(|w| code_like(w)).map(Pasted::Code));
                }
            }
        }
        let grouped = line.rsplit(':').next().unwrap_or(line).trim();
        if items.len() == before && code_like(grouped) {
            items.push(Pasted::Code(grouped));
        }
    }
    items
}

/// The parts of a link's fragment named for this advisor, each cut where
/// its value ends (a link in a sentence may be followed by punctuation).
fn link_items(fragment: &str) -> impl Iterator<Item = Pasted<'_>> {
    fragment.split('&').filter_map(|part| {
        let (key, value) = part.split_once('=')?;
        let upto = |allowed: fn(char) -> bool| &value[..value.find(|c: char| !allowed(c)).unwrap_or(value.len())];
        if key.starts_with("team-cio-cmo") {
            Some(Pasted::Team(upto(|c| c.is_ascii_alphanumeric() || "-_%.~".contains(c))))
        } else if key.starts_with("cio-cmo") {
            Some(Pasted::Code(upto(|c| c.is_ascii_alphanumeric() || c == '-')))
        } else {
            None
        }
    })
}

/// Whether a question is about the company's shape: a fact, or who leads
/// IT and marketing. Members who answer these differently disagree on
/// data, not on opinion.
pub fn is_shape_question(questionnaire: &Questionnaire, question: usize) -> bool {
    let q = questionnaire.question(question);
    !q.lever || q.id == questionnaire.content.roles.question
}

/// The team's answer to every question (see the module documentation).
/// `members` must not be empty.
pub fn team_answers(members: &[Member]) -> CompleteAnswers {
    let first = members[0].answers;
    let questionnaire = first.questionnaire();
    let indices: Vec<u8> = (0..questionnaire.question_count())
        .map(|q| {
            let mut known = known_answers(members, q);
            if known.is_empty() {
                // No one knows: the team does not either.
                return first.option_index(q) as u8;
            }
            super::sort_small(&mut known, |a, b| a < b);
            let answer = if is_shape_question(questionnaire, q) {
                // Most often given; on a tie the first listed (sorted, so the
                // first run of the longest length wins).
                let count = |o: &usize| known.iter().filter(|k| *k == o).count();
                *known.iter().max_by(|a, b| count(a).cmp(&count(b)).then(b.cmp(a))).unwrap_or(&known[0])
            } else {
                known[(known.len() - 1) / 2]
            };
            answer as u8
        })
        .collect();
    CompleteAnswers::from_indices(questionnaire, &indices).expect("every index is one a member gave")
}

/// Each member's answer to `question`, "not sure" left out.
fn known_answers(members: &[Member], question: usize) -> Vec<usize> {
    members.iter().map(|m| m.answers.option_index(question)).filter(|&o| !is_unknown(members, question, o)).collect()
}

fn is_unknown(members: &[Member], question: usize, option: usize) -> bool {
    members[0].answers.questionnaire().question(question).options[option].unknown
}

/// How many members have each model on top, and whether that is consensus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Agreement {
    /// Members whose own result is model 1, 2, 3.
    pub on_top: [usize; 3],
    /// The model at least three quarters of the members have on top.
    pub consensus: Option<CollaborationModel>,
}

impl Agreement {
    fn new(evaluations: &[Evaluation]) -> Agreement {
        let mut on_top = [0; 3];
        for evaluation in evaluations {
            on_top[evaluation.recommended().index()] += 1;
        }
        let consensus = CollaborationModel::ALL.into_iter().find(|m| 4 * on_top[m.index()] >= 3 * evaluations.len());
        Agreement { on_top, consensus }
    }

    /// The models members have on top, most members first (ties in model order).
    pub fn models_on_top(&self) -> Vec<CollaborationModel> {
        let mut models: Vec<CollaborationModel> =
            CollaborationModel::ALL.into_iter().filter(|m| self.on_top[m.index()] > 0).collect();
        super::sort_small(&mut models, |a, b| self.on_top[a.index()] > self.on_top[b.index()]);
        models
    }
}

/// One model's fit across the members, in percent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FitSpread {
    pub mean: u8,
    pub low: u8,
    pub high: u8,
}

/// A fact the members answered differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactToSettle {
    pub question: usize,
    /// Each answer given, in option order.
    pub answers: Vec<FactAnswer>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactAnswer {
    pub option: usize,
    /// The members who gave it (indices).
    pub members: Vec<usize>,
    /// The team's recommendation were this the answer.
    pub model: CollaborationModel,
}

impl FactToSettle {
    /// Whether settling it can change the team's recommendation.
    pub fn decides(&self) -> bool {
        self.answers.windows(2).any(|pair| pair[0].model != pair[1].model)
    }
}

/// An opinion question the members answered far apart: more than a third
/// of its range of known answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Division {
    pub question: usize,
    /// Each member's answer (option index), in member order.
    pub answers: Vec<usize>,
    /// The lowest and highest known answers given.
    pub low: usize,
    pub high: usize,
    /// How far one member's answer, taken as the team's, moves any model's
    /// fit: the largest such move, in percentage points.
    pub weight: f64,
    /// An answer given that, taken as the team's, makes another model fit
    /// best, and that model.
    pub turns_to: Option<(usize, CollaborationModel)>,
}

impl Division {
    /// The members who gave `option`.
    pub fn members_answering(&self, option: usize) -> Vec<usize> {
        (0..self.answers.len()).filter(|&m| self.answers[m] == option).collect()
    }

    /// Each answer given, in option order ("Not sure" last), with the
    /// members who gave it.
    pub fn by_answer(&self) -> Vec<(usize, Vec<usize>)> {
        let mut options = self.answers.clone();
        super::sort_small(&mut options, |a, b| a < b);
        options.dedup();
        options.into_iter().map(|o| (o, self.members_answering(o))).collect()
    }
}

/// A question some members answered "not sure".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PooledUnknown {
    pub question: usize,
    pub members: Vec<usize>,
}

/// A question for the leadership workshop, drawn from the team's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkshopQuestion {
    /// Settle a fact (index into [`TeamResult::facts`]).
    Fact(usize),
    /// Agree on an opinion (index into [`TeamResult::divisions`]).
    Division(usize),
    /// Find out what no one knows (index into [`TeamResult::unknowns`]).
    Unknown(usize),
    /// Check a question the team's result hinges on (question index).
    Hinge(usize),
    /// Confirm the model and who owns the first step.
    Confirm,
}

/// The whole team view, computed from the members.
#[derive(Clone, Debug)]
pub struct TeamResult {
    pub members: Vec<Member>,
    /// Each member's own evaluation, in member order.
    pub evaluations: Vec<Evaluation>,
    /// The engine's recommendation on the team's answers.
    pub recommendation: Recommendation,
    pub agreement: Agreement,
    /// Each model's fit across the members.
    pub spread: [FitSpread; 3],
    /// Those whose answer decides the recommendation first.
    pub facts: Vec<FactToSettle>,
    /// Most decisive first: those that would change the recommendation,
    /// then by weight.
    pub divisions: Vec<Division>,
    pub unknowns: Vec<PooledUnknown>,
    pub workshop: Vec<WorkshopQuestion>,
}

/// A team result is a function of its members.
impl PartialEq for TeamResult {
    fn eq(&self, other: &Self) -> bool {
        self.members == other.members
    }
}

impl TeamResult {
    /// The team view of `members`, which must not be empty.
    pub fn of(members: Vec<Member>) -> TeamResult {
        let combined = team_answers(&members);
        let questionnaire = combined.questionnaire();
        let recommendation = recommend(&combined);
        let evaluations: Vec<Evaluation> = members.iter().map(|m| evaluate(&m.answers)).collect();
        let spread = CollaborationModel::ALL.map(|model| {
            let fits = || evaluations.iter().map(|e| e.score(model));
            // Summed in one order, so the order of members cannot move a
            // rounding.
            let mut each: Vec<f64> = fits().map(|s| s.fit()).collect();
            super::sort_small(&mut each, |a, b| a < b);
            let mean = each.iter().sum::<f64>() / evaluations.len() as f64;
            FitSpread {
                mean: (mean * 100.0).round() as u8,
                low: fits().map(|s| s.fit_percent()).min().unwrap_or(0),
                high: fits().map(|s| s.fit_percent()).max().unwrap_or(0),
            }
        });
        let team_model = recommendation.model();
        let mut facts = Vec::new();
        let mut divisions = Vec::new();
        let mut unknowns = Vec::new();
        for q in 0..questionnaire.question_count() {
            let question = questionnaire.question(q);
            let given: Vec<usize> = members.iter().map(|m| m.answers.option_index(q)).collect();
            let not_sure: Vec<usize> = (0..members.len()).filter(|&m| question.options[given[m]].unknown).collect();
            if !not_sure.is_empty() {
                unknowns.push(PooledUnknown { question: q, members: not_sure });
            }
            let mut known = known_answers(&members, q);
            super::sort_small(&mut known, |a, b| a < b);
            known.dedup();
            let (Some(&low), Some(&high)) = (known.first(), known.last()) else { continue };
            if low == high {
                continue;
            }
            if is_shape_question(questionnaire, q) {
                let answers = known
                    .iter()
                    .map(|&option| FactAnswer {
                        option,
                        members: (0..members.len()).filter(|&m| given[m] == option).collect(),
                        model: evaluate(&combined.with_answer(q, option)).recommended(),
                    })
                    .collect();
                facts.push(FactToSettle { question: q, answers });
            } else if 3 * (high - low) > question.known_options() - 1 {
                let team = &recommendation.evaluation;
                let mut weight = 0.0_f64;
                let mut turns_to = None;
                for &option in &known {
                    let taken = evaluate(&combined.with_answer(q, option));
                    for model in CollaborationModel::ALL {
                        weight = weight.max((taken.score(model).fit() - team.score(model).fit()).abs() * 100.0);
                    }
                    if turns_to.is_none() && taken.recommended() != team_model {
                        turns_to = Some((option, taken.recommended()));
                    }
                }
                divisions.push(Division { question: q, answers: given, low, high, weight, turns_to });
            }
        }
        // Stable: the rest stay in questionnaire order.
        super::sort_small(&mut facts, |a, b| a.decides() && !b.decides());
        super::sort_small(&mut divisions, |a, b| (a.turns_to.is_some(), a.weight) > (b.turns_to.is_some(), b.weight));
        let workshop = workshop_questions(&facts, &divisions, &unknowns, &recommendation);
        TeamResult {
            agreement: Agreement::new(&evaluations),
            members,
            evaluations,
            recommendation,
            spread,
            facts,
            divisions,
            unknowns,
            workshop,
        }
    }

    /// The team's recommended model.
    pub fn model(&self) -> CollaborationModel {
        self.recommendation.model()
    }

    /// How texts name a member: the label, or "Member 2" without one.
    pub fn name(&self, index: usize, lang: Lang) -> String {
        let questionnaire = self.recommendation.questionnaire();
        match self.members.get(index).map(|m| m.label.as_str()) {
            Some(label) if !label.is_empty() => label.to_owned(),
            _ => fill(
                questionnaire.texts().team_member_default().get(lang),
                &[("n", questionnaire.integer(index as u64 + 1, lang))],
            ),
        }
    }

    /// The labels that name `role` and say more than the role itself
    /// ("Budi (CIO)", not "CIO"), for the plan's owners.
    pub fn holders(&self, role: &str) -> Vec<&str> {
        self.members
            .iter()
            .filter(|m| m.names_role(role) && !m.label.eq_ignore_ascii_case(role))
            .map(|m| m.label.as_str())
            .collect()
    }
}

/// Three to five questions: up to two facts (those that decide the model
/// first), two divisions (most decisive first) and one unknown, then the
/// rest of those in that order; where the team agrees on almost
/// everything, the questions the result hinges on and a last check of the
/// model and its first step.
fn workshop_questions(
    facts: &[FactToSettle],
    divisions: &[Division],
    unknowns: &[PooledUnknown],
    recommendation: &Recommendation,
) -> Vec<WorkshopQuestion> {
    let (least, most) = WORKSHOP_QUESTIONS;
    let groups: [Vec<WorkshopQuestion>; 3] = [
        (0..facts.len()).map(WorkshopQuestion::Fact).collect(),
        (0..divisions.len()).map(WorkshopQuestion::Division).collect(),
        (0..unknowns.len()).map(WorkshopQuestion::Unknown).collect(),
    ];
    let mut chosen: Vec<WorkshopQuestion> = Vec::new();
    for (group, first_take) in groups.iter().zip([2, 2, 1]) {
        chosen.extend(group.iter().take(first_take));
    }
    for (group, first_take) in groups.iter().zip([2, 2, 1]) {
        for &question in group.iter().skip(first_take) {
            if chosen.len() < most {
                chosen.push(question);
            }
        }
    }
    chosen.truncate(most);
    // Keep the groups together, in the order above.
    let rank = |q: &WorkshopQuestion| match q {
        WorkshopQuestion::Fact(i) => (0, *i),
        WorkshopQuestion::Division(i) => (1, *i),
        WorkshopQuestion::Unknown(i) => (2, *i),
        WorkshopQuestion::Hinge(i) => (3, *i),
        WorkshopQuestion::Confirm => (4, 0),
    };
    super::sort_small(&mut chosen, |a, b| rank(a) < rank(b));
    if chosen.len() < least {
        // A question the team is shown a disagreement or an unknown on is
        // discussed already.
        let shown: Vec<usize> = facts
            .iter()
            .map(|f| f.question)
            .chain(divisions.iter().map(|d| d.question))
            .chain(unknowns.iter().map(|u| u.question))
            .collect();
        for q in hinges(&recommendation.answers, &recommendation.evaluation) {
            if chosen.len() + 1 < least && !shown.contains(&q) {
                chosen.push(WorkshopQuestion::Hinge(q));
            }
        }
        chosen.push(WorkshopQuestion::Confirm);
    }
    chosen
}
