//! Reads a content file and checks it completely before anything uses it.
//! Every problem is reported with its place as a JSON pointer
//! (`/questions/3/options/2/label/en`) and what is wrong there. The build
//! script, `check-content`, the on-demand reader and the tests all call
//! [`read_json`], so a file that passes here works everywhere.

use std::collections::BTreeSet;
use std::fmt;

use crate::model::CollaborationModel;
use crate::scoring::GainTable;
use crate::{placeholders, Content, PlanStep, Question, Text, MAX_OPTIONS, MAX_QUESTIONS, ROLES, WORDING_PLACEHOLDERS};

/// Larger files are refused before parsing: the built-in content is about
/// 100 KB, a third language adds about half of that.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// One problem in a content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// A JSON pointer to the value at fault; empty for the whole file.
    pub pointer: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let place = if self.pointer.is_empty() { "(the file)" } else { &self.pointer };
        write!(f, "{place}: {}", self.message)
    }
}

/// For each model, an answer set (one option index per question) under
/// which it is the recommendation.
pub type ReachExamples = [Vec<u8>; 3];

/// Reads and checks a content file. On success the texts are in language
/// order, ready for [`Content::to_compact`].
pub fn read_json(bytes: &[u8]) -> Result<Content, Vec<ContentError>> {
    read_json_with_examples(bytes).map(|(content, _)| content)
}

/// [`read_json`], also returning an answer set that reaches each model.
pub fn read_json_with_examples(bytes: &[u8]) -> Result<(Content, ReachExamples), Vec<ContentError>> {
    let whole = |message: String| vec![ContentError { pointer: String::new(), message }];
    if bytes.len() > MAX_FILE_BYTES {
        return Err(whole(format!(
            "the file is {:.1} MB; a content file may be at most {} MB",
            bytes.len() as f64 / 1_048_576.0,
            MAX_FILE_BYTES / 1_048_576
        )));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| whole(format!("the file is not UTF-8 text (invalid byte at offset {})", e.valid_up_to())))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // serde would also read a struct from an array, field by field.
    if !text.trim_start().starts_with('{') && !text.trim().is_empty() {
        return Err(whole("a content file is one JSON object: it starts with “{”".to_owned()));
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let mut content: Content = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let pointer = pointer_of(error.path());
        let inner = error.into_inner();
        // A syntax error is at a line and column, which the message gives;
        // the value the parser was reading is no help there.
        if inner.is_syntax() || inner.is_eof() {
            whole(format!("not valid JSON: {inner}"))
        } else {
            vec![ContentError { pointer, message: inner.to_string() }]
        }
    })?;
    deserializer.end().map_err(|e| whole(format!("not valid JSON: {e}")))?;
    let mut errors = Vec::new();
    check(&mut content, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let examples = reach(&content, &mut errors);
    if errors.is_empty() {
        Ok((content, examples.map(|e| e.unwrap_or_default())))
    } else {
        Err(errors)
    }
}

fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        pointer.push('/');
        match segment {
            Segment::Seq { index } => pointer.push_str(&index.to_string()),
            Segment::Map { key } | Segment::Enum { variant: key } => pointer.push_str(&escape(key)),
            Segment::Unknown => pointer.push('?'),
        }
    }
    pointer
}

/// A key as a JSON pointer token (RFC 6901).
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

struct Checker<'a> {
    errors: &'a mut Vec<ContentError>,
    languages: Vec<String>,
}

impl Checker<'_> {
    fn error(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.errors.push(ContentError { pointer: pointer.into(), message: message.into() });
    }

    fn id(&mut self, pointer: String, id: &str) {
        let valid = !id.is_empty()
            && id.len() <= 40
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !valid {
            self.error(pointer, format!("“{id}” is not a valid id: use 1 to 40 lowercase letters, digits and hyphens"));
        }
    }

    fn unique<'s>(&mut self, pointer: &str, what: &str, ids: impl Iterator<Item = &'s str>) {
        let mut seen = BTreeSet::new();
        for (index, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.error(format!("{pointer}/{index}/id"), format!("duplicate {what} id “{id}”"));
            }
        }
    }

    /// Checks one text and puts its entries in language order.
    fn text(&mut self, pointer: &str, text: &mut Text, allowed: &[&str]) {
        let mut ordered = Vec::with_capacity(self.languages.len());
        for (code, value) in &text.0 {
            let at = format!("{pointer}/{}", escape(code));
            if !self.languages.contains(code) {
                self.error(at, format!("“{code}” is not one of the languages declared in /languages"));
            } else if text.0.iter().filter(|(c, _)| c == code).count() > 1 {
                self.error(at, format!("the “{code}” text is given twice"));
            } else if value.trim().is_empty() {
                self.error(at, "the text is empty");
            }
        }
        let reference: Option<BTreeSet<&str>> =
            text.0.iter().find(|(c, _)| self.languages.first() == Some(c)).map(|(_, v)| placeholders(v).collect());
        for code in self.languages.clone() {
            let Some((_, value)) = text.0.iter().find(|(c, _)| *c == code) else {
                self.error(format!("{pointer}/{code}"), format!("the “{code}” text is missing"));
                continue;
            };
            let at = format!("{pointer}/{}", escape(&code));
            let mut unknown = false;
            for name in placeholders(value) {
                if !allowed.contains(&name) {
                    unknown = true;
                    let may = if allowed.is_empty() {
                        "this text takes no placeholders".to_owned()
                    } else {
                        format!(
                            "this text may use {}",
                            allowed.iter().map(|a| format!("{{{a}}}")).collect::<Vec<_>>().join(", ")
                        )
                    };
                    self.error(at.clone(), format!("unknown placeholder {{{name}}}: {may}"));
                }
            }
            if let (Some(reference), false) = (&reference, unknown) {
                let own: BTreeSet<&str> = placeholders(value).collect();
                if own != *reference {
                    let first = &self.languages[0];
                    self.error(at, format!("uses other placeholders than the “{first}” text"));
                }
            }
            ordered.push((code, value.clone()));
        }
        if ordered.len() == self.languages.len() {
            text.0 = ordered;
        }
    }

    fn answer_is(&mut self, pointer: &str, condition: &crate::AnswerIs, content_questions: &[crate::Question]) {
        match content_questions.iter().find(|q| q.id == condition.question) {
            None => {
                self.error(format!("{pointer}/question"), format!("no question has the id “{}”", condition.question))
            }
            Some(question) => self.options_of(pointer, "options", question, &condition.options),
        }
    }

    /// A list of items that each have an id and a name: sections, lifecycle
    /// stages. At least one; ids well formed and unique; names in every
    /// language.
    fn named_list(&mut self, pointer: &str, what: &str, name_field: &str, items: Vec<(&str, &mut Text)>) {
        if items.is_empty() {
            self.error(pointer, format!("declare at least one {what}"));
        }
        self.unique(pointer, what, items.iter().map(|(id, _)| *id));
        for (i, (id, name)) in items.into_iter().enumerate() {
            self.id(format!("{pointer}/{i}/id"), id);
            self.text(&format!("{pointer}/{i}/{name_field}"), name, &[]);
        }
    }

    fn role(&mut self, pointer: String, role: &str) {
        if !ROLES.contains(&role) {
            self.error(pointer, format!("“{role}” is not a role: use one of {}", ROLES.join(", ")));
        }
    }

    fn step(&mut self, at: &str, step: &mut PlanStep, questions: &[Question]) {
        self.text(&format!("{at}/text"), &mut step.text, WORDING_PLACEHOLDERS);
        self.text(&format!("{at}/done"), &mut step.done, WORDING_PLACEHOLDERS);
        self.role(format!("{at}/owner"), &step.owner);
        if ![30, 60, 90].contains(&step.days) {
            self.error(format!("{at}/days"), format!("a step is done within 30, 60 or 90 days, not {}", step.days));
        }
        for (field, conditions) in [("mootWhen", &step.moot_when), ("onlyWhen", &step.only_when)] {
            for (w, condition) in conditions.iter().enumerate() {
                self.answer_is(&format!("{at}/{field}/{w}"), condition, questions);
            }
        }
    }

    fn options_of(&mut self, pointer: &str, field: &str, question: &crate::Question, options: &[String]) {
        if options.is_empty() {
            self.error(format!("{pointer}/{field}"), "name at least one option");
        }
        for (index, option) in options.iter().enumerate() {
            if question.option_index(option).is_none() {
                self.error(
                    format!("{pointer}/{field}/{index}"),
                    format!("question “{}” has no option “{option}”", question.id),
                );
            }
        }
    }
}

fn check(content: &mut Content, errors: &mut Vec<ContentError>) {
    let mut c = Checker { errors, languages: content.languages.iter().map(|l| l.code.clone()).collect() };
    c.id("/id".into(), &content.id);

    if content.languages.is_empty() {
        c.error("/languages", "declare at least one language");
    }
    let mut codes = BTreeSet::new();
    for (i, language) in content.languages.iter().enumerate() {
        for (field, code) in std::iter::once(("code".to_owned(), &language.code))
            .chain(language.aliases.iter().enumerate().map(|(a, code)| (format!("aliases/{a}"), code)))
        {
            let valid = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
            if !valid {
                c.error(
                    format!("/languages/{i}/{field}"),
                    format!("“{code}” is not a language subtag: use 2 or 3 lowercase letters, e.g. “ms”"),
                );
            } else if !codes.insert(code.clone()) {
                c.error(format!("/languages/{i}/{field}"), format!("the language “{code}” is declared twice"));
            }
        }
        // The group separator may be empty: some languages write 1000.
        for (field, value) in [("label", &language.label), ("name", &language.name)] {
            if value.trim().is_empty() {
                c.error(format!("/languages/{i}/{field}"), "the text is empty");
            }
        }
        if language.group_separator.chars().count() > 1 {
            c.error(format!("/languages/{i}/groupSeparator"), "use one character, or none");
        }
    }
    // Texts can only be checked against a sound list of languages.
    if !c.errors.is_empty() {
        return;
    }

    let sections = content.sections.iter_mut().map(|s| (s.id.as_str(), &mut s.title)).collect();
    c.named_list("/sections", "section", "title", sections);

    if content.questions.is_empty() || content.questions.len() > MAX_QUESTIONS {
        c.error(
            "/questions",
            format!("a questionnaire has 1 to {MAX_QUESTIONS} questions; this one has {}", content.questions.len()),
        );
    }
    c.unique("/questions", "question", content.questions.iter().map(|q| q.id.as_str()));
    let section_ids: Vec<String> = content.sections.iter().map(|s| s.id.clone()).collect();
    for (q, question) in content.questions.iter_mut().enumerate() {
        let at = format!("/questions/{q}");
        c.id(format!("{at}/id"), &question.id);
        if !section_ids.contains(&question.section) {
            c.error(format!("{at}/section"), format!("no section has the id “{}”", question.section));
        }
        c.text(&format!("{at}/topic"), &mut question.topic, &[]);
        c.text(&format!("{at}/prompt"), &mut question.prompt, &[]);
        if let Some(hint) = &mut question.hint {
            c.text(&format!("{at}/hint"), hint, &[]);
        }
        if question.options.len() < 2 || question.options.len() > MAX_OPTIONS {
            c.error(
                format!("{at}/options"),
                format!("a question has 2 to {MAX_OPTIONS} options; this one has {}", question.options.len()),
            );
        }
        c.unique(&format!("{at}/options"), "option", question.options.iter().map(|o| o.id.as_str()));
        let known = question.known_options();
        if known < 2 && question.options.len() >= 2 {
            c.error(format!("{at}/options"), "a question needs at least two options that are not “not sure”");
        }
        for (o, option) in question.options.iter().enumerate().filter(|(_, o)| !o.unknown) {
            for (k, id) in option.moves_to.iter().flatten().enumerate() {
                let valid = question.option_index(id).is_some_and(|t| t != o && !question.options[t].unknown);
                if !valid {
                    c.error(
                        format!("{at}/options/{o}/movesTo/{k}"),
                        format!("“{id}” is not another option of this question that is not “not sure”"),
                    );
                }
            }
        }
        // Which options some other option of a lever question may move to:
        // those read as "Model N would fit best if …" and need a condition.
        let mut targets = vec![false; question.options.len()];
        for (target, _) in (0..question.options.len()).flat_map(|o| question.moves(o)) {
            targets[target] = true;
        }
        let lever = question.lever;
        match &mut question.ask {
            Some(ask) => c.text(&format!("{at}/ask"), ask, WORDING_PLACEHOLDERS),
            None if known < question.options.len() => {
                c.error(format!("{at}/ask"), "a question with a “not sure” option says whom to ask")
            }
            None => {}
        }
        for (o, option) in question.options.iter_mut().enumerate() {
            let at = format!("{at}/options/{o}");
            c.id(format!("{at}/id"), &option.id);
            c.text(&format!("{at}/label"), &mut option.label, &[]);
            if option.unknown {
                if o < known {
                    c.error(format!("{at}/unknown"), "a “not sure” option comes after every other option");
                }
                let carries = option.weights != [0; 3]
                    || !option.rationale.0.is_empty()
                    || !option.condition.0.is_empty()
                    || !option.condition_variants.is_empty()
                    || option.moves_to.is_some();
                if carries {
                    c.error(at, "a “not sure” option has no weights, rationale, condition or moves");
                }
                continue;
            }
            c.text(&format!("{at}/rationale"), &mut option.rationale, &[]);
            if !option.condition.0.is_empty() || (lever && targets[o]) {
                c.text(&format!("{at}/condition"), &mut option.condition, WORDING_PLACEHOLDERS);
            }
            for (v, variant) in option.condition_variants.iter_mut().enumerate() {
                c.text(&format!("{at}/conditionVariants/{v}/text"), &mut variant.text, WORDING_PLACEHOLDERS);
            }
            if let Some(m) = option.weights.iter().position(|&w| w > 20) {
                c.error(format!("{at}/weights/{m}"), "a weight is a whole number from 0 to 20");
            }
        }
    }
    // Conditions that name other questions, checked once all are read.
    for (q, question) in content.questions.iter().enumerate() {
        for (o, option) in question.options.iter().enumerate() {
            for (v, variant) in option.condition_variants.iter().enumerate() {
                for (w, condition) in variant.when.iter().enumerate() {
                    c.answer_is(
                        &format!("/questions/{q}/options/{o}/conditionVariants/{v}/when/{w}"),
                        condition,
                        &content.questions,
                    );
                }
            }
        }
    }
    for (s, section) in content.sections.iter().enumerate() {
        if !content.questions.iter().any(|q| q.section == section.id) {
            c.error(format!("/sections/{s}"), format!("no question belongs to section “{}”", section.id));
        }
    }

    match content.questions.iter().find(|q| q.id == content.roles.question) {
        None => c.error("/roles/question", format!("no question has the id “{}”", content.roles.question)),
        Some(question) => {
            c.options_of("/roles", "withCio", question, &content.roles.with_cio);
            c.options_of("/roles", "withCmo", question, &content.roles.with_cmo);
        }
    }

    let keys: Vec<&str> = CollaborationModel::ALL.iter().map(|m| m.key()).collect();
    if content.models.len() != 3 {
        c.error(
            "/models",
            format!("describe exactly the three models ({}); this file has {}", keys.join(", "), content.models.len()),
        );
    }
    let stages = content.lifecycle.iter_mut().map(|s| (s.id.as_str(), &mut s.label)).collect();
    c.named_list("/lifecycle", "stage", "label", stages);
    let stages: Vec<String> = content.lifecycle.iter().map(|s| s.id.clone()).collect();
    for (m, model) in content.models.iter_mut().enumerate() {
        let at = format!("/models/{m}");
        if keys.get(m) != Some(&model.key.as_str()) {
            let expected = keys.get(m).map_or("nothing".to_owned(), |k| format!("“{k}”"));
            c.error(format!("{at}/key"), format!("model {} must have the key {expected}, not “{}”", m + 1, model.key));
        }
        c.text(&format!("{at}/name"), &mut model.name, &[]);
        c.text(&format!("{at}/shortName"), &mut model.short_name, &[]);
        c.text(&format!("{at}/summary"), &mut model.summary, WORDING_PLACEHOLDERS);
        c.text(&format!("{at}/basis"), &mut model.basis, WORDING_PLACEHOLDERS);
        c.text(&format!("{at}/outOfReach"), &mut model.out_of_reach, WORDING_PLACEHOLDERS);
        if model.basis_questions.is_empty() {
            c.error(format!("{at}/basisQuestions"), "name at least one question");
        }
        for (b, id) in model.basis_questions.iter().enumerate() {
            if content.questions.iter().all(|q| q.id != *id) {
                c.error(format!("{at}/basisQuestions/{b}"), format!("no question has the id “{id}”"));
            }
        }
        for (p, precondition) in model.preconditions.iter_mut().enumerate() {
            let at = format!("{at}/preconditions/{p}");
            if precondition.holds_when.is_empty() {
                c.error(format!("{at}/holdsWhen"), "give at least one list of conditions");
            }
            for (k, clause) in precondition.holds_when.iter().enumerate() {
                if clause.is_empty() {
                    c.error(format!("{at}/holdsWhen/{k}"), "give at least one condition");
                }
                for (w, condition) in clause.iter().enumerate() {
                    let here = format!("{at}/holdsWhen/{k}/{w}");
                    c.answer_is(&here, condition, &content.questions);
                    let question = content.questions.iter().find(|q| q.id == condition.question);
                    for (i, option) in condition.options.iter().enumerate() {
                        let unknown = question
                            .and_then(|q| q.option_index(option).map(|o| q.options[o].unknown))
                            .unwrap_or(false);
                        if unknown {
                            c.error(
                                format!("{here}/options/{i}"),
                                "a precondition cannot be met by a “not sure” answer",
                            );
                        }
                    }
                }
            }
            c.text(&format!("{at}/missing"), &mut precondition.missing, WORDING_PLACEHOLDERS);
            c.text(&format!("{at}/becomes"), &mut precondition.becomes, WORDING_PLACEHOLDERS);
            if let Some(fix) = &mut precondition.fix {
                c.step(&format!("{at}/fix"), fix, &content.questions);
                if !fix.moot_when.is_empty() || !fix.only_when.is_empty() {
                    c.error(
                        format!("{at}/fix"),
                        "a fix applies whenever its precondition fails: no mootWhen or onlyWhen",
                    );
                }
                // The engine works out what the answers will be once the fix
                // is done (a leadership move on each condition), so a fix
                // names one list of conditions, on questions a decision can change.
                if precondition.holds_when.len() > 1 {
                    c.error(format!("{at}/holdsWhen"), "a precondition with a fix has one list of conditions");
                }
                for (k, clause) in precondition.holds_when.iter().enumerate() {
                    for (w, condition) in clause.iter().enumerate() {
                        let fact = content.questions.iter().any(|q| q.id == condition.question && !q.lever);
                        if fact {
                            c.error(
                                format!("{at}/holdsWhen/{k}/{w}/question"),
                                "a fix cannot change a fact: a precondition on a question that is not a lever has no fix",
                            );
                        }
                    }
                }
            }
        }
        if model.steps.is_empty() {
            c.error(format!("{at}/steps"), "a model needs at least one first step");
        }
        for (s, step) in model.steps.iter_mut().enumerate() {
            c.step(&format!("{at}/steps/{s}"), step, &content.questions);
        }
        let applies_always = |s: &PlanStep| s.moot_when.is_empty() && s.only_when.is_empty();
        if !model.steps.is_empty() && !model.steps.iter().any(applies_always) {
            c.error(format!("{at}/steps"), "at least one step must apply to every company (no mootWhen or onlyWhen)");
        }
        if !(3..=5).contains(&model.kpis.len()) {
            c.error(format!("{at}/kpis"), format!("give 3 to 5 measures; this model has {}", model.kpis.len()));
        }
        for (k, kpi) in model.kpis.iter_mut().enumerate() {
            c.text(&format!("{at}/kpis/{k}"), kpi, WORDING_PLACEHOLDERS);
        }
        let named: Vec<&str> = model.decision_rights.iter().map(|r| r.stage.as_str()).collect();
        if named != stages.iter().map(String::as_str).collect::<Vec<_>>() {
            c.error(
                format!("{at}/decisionRights"),
                format!("give one entry per stage of /lifecycle, in its order: {}", stages.join(", ")),
            );
        }
        for (r, right) in model.decision_rights.iter().enumerate() {
            c.role(format!("{at}/decisionRights/{r}/decides"), &right.decides);
            for (k, role) in right.consulted.iter().enumerate() {
                c.role(format!("{at}/decisionRights/{r}/consulted/{k}"), role);
            }
        }
        for (r, risk) in model.risks.iter_mut().enumerate() {
            c.text(&format!("{at}/risks/{r}"), risk, WORDING_PLACEHOLDERS);
        }
    }
    if !content.models.is_empty() && content.models.iter().all(|m| m.preconditions.iter().any(|p| p.fix.is_none())) {
        c.error(
            "/models",
            "no model is always open: give at least one model only preconditions that have a fix, \
             so that every company gets a recommendation",
        );
    }

    for (field, allowed, text) in content.texts.all_mut() {
        c.text(&format!("/texts/{}", crate::camel_case(field)), text, allowed);
    }
}

/// Proves that each model is the recommendation for some answer set, and
/// returns one such set per model. Exhaustive search is out of reach (15
/// questions of four options are a billion sets), so it climbs: start from
/// the answers that favour the model most against each rival, then change
/// one answer at a time while that raises the model's lead.
fn reach(content: &Content, errors: &mut Vec<ContentError>) -> [Option<Vec<u8>>; 3] {
    let table = GainTable::new(content);
    CollaborationModel::ALL.map(|target| match search(&table, target) {
        Ok(found) => Some(found),
        Err(closest) => {
            let answers: Vec<String> = content
                .questions
                .iter()
                .zip(&closest)
                .map(|(q, &o)| format!("{}={}", q.id, q.options[usize::from(o)].id))
                .collect();
            errors.push(ContentError {
                pointer: format!("/models/{}", target.index()),
                message: format!(
                    "model {} is never the recommendation: no answer set makes it the best open model. \
                     Give its options more weight or loosen its preconditions. The closest answer set found: {}",
                    target.number(),
                    answers.join(", ")
                ),
            });
            None
        }
    })
}

/// An answer set that makes `target` the recommendation, or the one that
/// came closest.
fn search(table: &GainTable, target: CollaborationModel) -> Result<Vec<u8>, Vec<u8>> {
    let fit = |gain: u8, model: CollaborationModel| {
        let span = table.span(model);
        if span == 0 {
            0.0
        } else {
            f64::from(gain) / f64::from(span)
        }
    };
    // The target's lead over the best other open model, as a number to
    // climb; a closed target is a whole fit behind.
    let lead = |answers: &[u8]| {
        let evaluation = table.evaluate(answers);
        let closed = if evaluation.is_open(target) { 0.0 } else { 1.0 };
        (evaluation.recommended() == target, evaluation.lead(target) - closed)
    };
    let mut closest: (f64, Vec<u8>) = (f64::MIN, Vec::new());
    let rivals: Vec<CollaborationModel> = CollaborationModel::ALL.into_iter().filter(|&m| m != target).collect();
    let mixes = [[1.0, 1.0], [1.0, 0.0], [0.0, 1.0], [0.5, 0.5], [1.0, 0.5], [0.5, 1.0]];
    for mix in mixes {
        let mut answers: Vec<u8> = (0..table.question_count())
            .map(|q| {
                let value = |o: usize| {
                    let gains = table.gains(q, o);
                    fit(gains[target.index()], target)
                        - rivals.iter().zip(mix).map(|(&r, w)| w * fit(gains[r.index()], r)).sum::<f64>()
                };
                (0..table.option_count(q)).fold(0, |best, o| if value(o) > value(best) { o } else { best }) as u8
            })
            .collect();
        let (mut wins, mut best) = lead(&answers);
        // Hill climbing: take the single change that raises the lead most.
        loop {
            if wins {
                return Ok(answers);
            }
            let mut improvement = None;
            for q in 0..answers.len() {
                for o in 0..table.option_count(q) as u8 {
                    if o == answers[q] {
                        continue;
                    }
                    let before = std::mem::replace(&mut answers[q], o);
                    let (w, l) = lead(&answers);
                    answers[q] = before;
                    if w || l > best {
                        if w {
                            answers[q] = o;
                            return Ok(answers);
                        }
                        best = l;
                        improvement = Some((q, o));
                    }
                }
            }
            match improvement {
                Some((q, o)) => {
                    answers[q] = o;
                    (wins, best) = lead(&answers);
                }
                None => break,
            }
        }
        if best > closest.0 {
            closest = (best, answers);
        }
    }
    Err(closest.1)
}
