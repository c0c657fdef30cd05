//! Reads a content file and checks it completely before anything uses it.
//! Every problem is reported with its place as a JSON pointer
//! (`/questions/3/options/2/label/en`) and what is wrong there. The build
//! script, `check-content`, the on-demand reader and the tests all call
//! [`read_json`], so a file that passes here works everywhere.

use std::collections::BTreeSet;
use std::fmt;

use crate::model::CollaborationModel;
use crate::scoring::GainTable;
use crate::{placeholders, Content, Text, MAX_OPTIONS, MAX_QUESTIONS, WORDING_PLACEHOLDERS};

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

    if content.sections.is_empty() {
        c.error("/sections", "declare at least one section");
    }
    c.unique("/sections", "section", content.sections.iter().map(|s| s.id.as_str()));
    for (i, section) in content.sections.iter_mut().enumerate() {
        c.id(format!("/sections/{i}/id"), &section.id);
        c.text(&format!("/sections/{i}/title"), &mut section.title, &[]);
    }

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
        for (o, option) in question.options.iter_mut().enumerate() {
            let at = format!("{at}/options/{o}");
            c.id(format!("{at}/id"), &option.id);
            c.text(&format!("{at}/label"), &mut option.label, &[]);
            c.text(&format!("{at}/rationale"), &mut option.rationale, &[]);
            c.text(&format!("{at}/condition"), &mut option.condition, &[]);
            if let Some(m) = option.weights.iter().position(|&w| w > 20) {
                c.error(format!("{at}/weights/{m}"), "a weight is a whole number from 0 to 20");
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
    for (m, model) in content.models.iter_mut().enumerate() {
        let at = format!("/models/{m}");
        if keys.get(m) != Some(&model.key.as_str()) {
            let expected = keys.get(m).map_or("nothing".to_owned(), |k| format!("“{k}”"));
            c.error(format!("{at}/key"), format!("model {} must have the key {expected}, not “{}”", m + 1, model.key));
        }
        c.text(&format!("{at}/name"), &mut model.name, &[]);
        c.text(&format!("{at}/shortName"), &mut model.short_name, &[]);
        c.text(&format!("{at}/summary"), &mut model.summary, WORDING_PLACEHOLDERS);
        if model.steps.is_empty() {
            c.error(format!("{at}/steps"), "a model needs at least one first step");
        }
        for (s, step) in model.steps.iter_mut().enumerate() {
            c.text(&format!("{at}/steps/{s}/text"), &mut step.text, WORDING_PLACEHOLDERS);
            for (w, condition) in step.moot_when.iter().enumerate() {
                c.answer_is(&format!("{at}/steps/{s}/mootWhen/{w}"), condition, &content.questions);
            }
        }
        if model.steps.iter().all(|s| !s.moot_when.is_empty()) && !model.steps.is_empty() {
            c.error(format!("{at}/steps"), "at least one step must apply to every company (no mootWhen)");
        }
        for (r, risk) in model.risks.iter_mut().enumerate() {
            c.text(&format!("{at}/risks/{r}"), risk, WORDING_PLACEHOLDERS);
        }
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
    CollaborationModel::ALL.map(|target| {
        let found = search(&table, target);
        if found.is_none() {
            errors.push(ContentError {
                pointer: format!("/models/{}", target.index()),
                message: format!(
                    "model {} is never the recommendation: no answer set makes it fit best. Give its options more weight.",
                    target.number()
                ),
            });
        }
        found
    })
}

fn search(table: &GainTable, target: CollaborationModel) -> Option<Vec<u8>> {
    let fit = |gain: u8, model: CollaborationModel| {
        let span = table.span(model);
        if span == 0 {
            0.0
        } else {
            f64::from(gain) / f64::from(span)
        }
    };
    // The target's lead over the best other model, as a number to climb.
    let lead = |answers: &[u8]| {
        let evaluation = table.evaluate(answers);
        let mine = evaluation.score(target).fit();
        let best_other = CollaborationModel::ALL
            .iter()
            .filter(|&&m| m != target)
            .map(|&m| evaluation.score(m).fit())
            .fold(f64::MIN, f64::max);
        (evaluation.recommended() == target, mine - best_other)
    };
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
                return Some(answers);
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
                            return Some(answers);
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
    }
    None
}
