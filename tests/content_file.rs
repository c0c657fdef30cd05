//! Content files as authors write them: every malformed file in
//! `tests/fixtures/malformed-content.json` gets the right located error, and
//! mutated files (dropped, duplicated, retyped and truncated nodes, random
//! bytes) get a located error or pass, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use advisor_content::check::read_json;
use advisor_content::Content;
use serde_json::Value;

fn shipped() -> Vec<u8> {
    std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/content/advisor.json")).unwrap()
}

/// Applies one edit of the fixture file to the value; `*` in a path stands
/// for every item at that level that has the rest of the path's next
/// member (every option with weights, say: "not sure" has none).
fn edit_value(value: &mut Value, op: &str, path: &[&str], new: &Value) {
    let (first, rest) = path.split_first().expect("a path has a last token");
    if *first == "*" {
        let children: Vec<&mut Value> = match value {
            Value::Array(items) => items.iter_mut().collect(),
            Value::Object(map) => map.values_mut().collect(),
            _ => Vec::new(),
        };
        for child in children {
            let has_next = match (&*child, rest.first()) {
                (Value::Object(map), Some(next)) if rest.len() > 1 => map.contains_key(*next),
                _ => true,
            };
            if has_next {
                edit_value(child, op, rest, new);
            }
        }
        return;
    }
    if !rest.is_empty() {
        let child = match value {
            Value::Array(items) => items.get_mut(first.parse::<usize>().unwrap()),
            Value::Object(map) => map.get_mut(*first),
            _ => None,
        };
        return edit_value(child.unwrap_or_else(|| panic!("no {first}")), op, rest, new);
    }
    match (value, op) {
        (Value::Array(items), "remove") => {
            items.remove(first.parse::<usize>().unwrap());
        }
        (Value::Array(items), "add") if *first == "-" => items.push(new.clone()),
        (Value::Array(items), _) => items[first.parse::<usize>().unwrap()] = new.clone(),
        (Value::Object(map), "remove") => {
            map.remove(*first);
        }
        (Value::Object(map), _) => {
            map.insert((*first).to_owned(), new.clone());
        }
        (other, _) => panic!("cannot edit {first} in {other}"),
    }
}

/// The shipped file with a fixture case's edits applied.
pub fn malformed(edits: &[Value]) -> Vec<u8> {
    let mut value: Value = serde_json::from_slice(&shipped()).unwrap();
    let mut bytes = None;
    for edit in edits {
        let op = edit["op"].as_str().unwrap();
        match op {
            "remove" | "add" | "replace" => {
                let path: Vec<&str> = edit["path"].as_str().unwrap().split('/').skip(1).collect();
                edit_value(&mut value, op, &path, &edit["value"]);
            }
            "raw" => bytes = Some(edit["arg"].as_str().unwrap().as_bytes().to_vec()),
            _ => {}
        }
    }
    let mut bytes = bytes.unwrap_or_else(|| serde_json::to_vec_pretty(&value).unwrap());
    for edit in edits {
        match edit["op"].as_str().unwrap() {
            "truncate" => bytes.truncate(edit["arg"].as_u64().unwrap() as usize),
            "bytes" => {
                let at = edit["arg"].as_u64().unwrap() as usize;
                let raw: Vec<u8> =
                    edit["value"].as_array().unwrap().iter().map(|b| b.as_u64().unwrap() as u8).collect();
                bytes.splice(at..at, raw);
            }
            "pad" => bytes.resize(edit["arg"].as_u64().unwrap() as usize, b' '),
            _ => {}
        }
    }
    bytes
}

#[test]
fn every_malformed_file_gets_its_located_error() {
    let fixture: Value = serde_json::from_str(include_str!("fixtures/malformed-content.json")).unwrap();
    let cases = fixture["cases"].as_array().unwrap();
    assert!(cases.len() >= 30);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let errors = read_json(&malformed(case["edits"].as_array().unwrap()))
            .err()
            .unwrap_or_else(|| panic!("{name}: accepted"));
        let first = &errors[0];
        assert_eq!(first.pointer, case["pointer"].as_str().unwrap(), "{name}: {errors:#?}");
        assert!(first.message.contains(case["message"].as_str().unwrap()), "{name}: {}", first.message);
    }
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let fixture: Value = serde_json::from_str(include_str!("fixtures/malformed-content.json")).unwrap();
    let edits: Vec<Value> = fixture["cases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| {
            ["a text missing in one language", "a duplicate option id", "an unknown placeholder"]
                .contains(&c["name"].as_str().unwrap())
        })
        .flat_map(|c| c["edits"].as_array().unwrap().clone())
        .collect();
    let errors = read_json(&malformed(&edits)).unwrap_err();
    let pointers: Vec<&str> = errors.iter().map(|e| e.pointer.as_str()).collect();
    // The renamed option is also named by two preconditions: each is reported where it is.
    assert_eq!(
        pointers,
        [
            "/questions/0/options/1/id",
            "/questions/3/options/2/label/en",
            "/models/0/preconditions/0/holdsWhen/0/0/options/0",
            "/models/2/preconditions/0/holdsWhen/1/0/options/0",
            "/texts/progress/en"
        ]
    );
}

#[test]
fn the_built_in_file_reaches_every_model_and_survives_the_compact_form() {
    let content = read_json(&shipped()).unwrap();
    assert_eq!(Content::from_compact(&content.to_compact()).unwrap(), content);
}

/// xorshift64*: a fixed, dependency-free sequence, so a failing case is
/// reproducible from its number.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Every node's path, for picking one to mutate.
fn paths(value: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(at.clone());
    let children: Vec<(String, &Value)> = match value {
        Value::Array(items) => items.iter().enumerate().map(|(i, v)| (i.to_string(), v)).collect(),
        Value::Object(map) => map.iter().map(|(k, v)| (k.clone(), v)).collect(),
        _ => return,
    };
    for (key, child) in children {
        at.push(key);
        paths(child, at, out);
        at.pop();
    }
}

/// The node at `path`, if an earlier mutation left it there.
fn node_mut<'a>(value: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, key| match v {
        Value::Array(items) => items.get_mut(key.parse::<usize>().ok()?),
        Value::Object(map) => map.get_mut(key),
        _ => None,
    })
}

fn other_type(rng: &mut Rng, old: &Value) -> Value {
    let options = [
        Value::Null,
        Value::Bool(true),
        Value::from(rng.below(400) as i64 - 100),
        Value::from(1.5),
        Value::from("{n} x"),
        Value::from(""),
        Value::Array(vec![old.clone()]),
        serde_json::json!({ "id": "x" }),
    ];
    options[rng.below(options.len())].clone()
}

/// One mutation of the shipped file.
fn mutate(rng: &mut Rng, base: &Value, nodes: &[Vec<String>]) -> Vec<u8> {
    let mut value = base.clone();
    let kind = rng.below(6);
    if kind < 3 {
        for _ in 0..1 + rng.below(3) {
            let path = &nodes[rng.below(nodes.len())];
            let Some((last, parent_path)) = path.split_last() else { continue };
            let Some(parent) = node_mut(&mut value, parent_path) else { continue };
            match (kind, parent) {
                (0, Value::Array(items)) => {
                    if let Ok(i) = last.parse::<usize>() {
                        if i < items.len() {
                            items.remove(i);
                        }
                    }
                }
                (0, Value::Object(map)) => {
                    map.remove(last);
                }
                (1, Value::Array(items)) => {
                    if let Some(item) = last.parse::<usize>().ok().and_then(|i| items.get(i)).cloned() {
                        items.insert(rng.below(items.len() + 1), item);
                    }
                }
                (1, Value::Object(map)) => {
                    if let Some(item) = map.get(last).cloned() {
                        map.insert(format!("{last}2"), item);
                    }
                }
                (_, parent) => {
                    if let Some(child) = match parent {
                        Value::Array(items) => last.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
                        Value::Object(map) => map.get_mut(last),
                        _ => None,
                    } {
                        *child = other_type(rng, child);
                    }
                }
            }
        }
        return serde_json::to_vec(&value).unwrap();
    }
    let mut bytes = serde_json::to_vec(&value).unwrap();
    match kind {
        3 => bytes.truncate(rng.below(bytes.len())),
        4 => {
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(bytes.len());
                bytes[at] = rng.next() as u8;
            }
        }
        _ => {
            let at = rng.below(bytes.len());
            let len = rng.below(40);
            let junk: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            bytes.splice(at..at, junk);
        }
    }
    bytes
}

/// `CONTENT_FUZZ_CASES` mutated files (default 5,000, about 15 seconds in
/// the test command); the documented long run is
/// `CONTENT_FUZZ_CASES=100000 cargo test --release --test content_file`.
#[test]
fn mutated_files_get_a_located_error_or_pass_never_a_panic() {
    let cases: u64 = std::env::var("CONTENT_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(5_000);
    let base: Value = serde_json::from_slice(&shipped()).unwrap();
    let mut nodes = Vec::new();
    paths(&base, &mut Vec::new(), &mut nodes);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut accepted, mut refused) = (0u64, 0u64);
    for case in 0..cases {
        let bytes = mutate(&mut rng, &base, &nodes);
        let outcome = std::panic::catch_unwind(|| read_json(&bytes));
        match outcome {
            Err(_) => panic!("case {case} panicked; input: {}", String::from_utf8_lossy(&bytes)),
            Ok(Ok(content)) => {
                accepted += 1;
                assert_eq!(Content::from_compact(&content.to_compact()).unwrap(), content, "case {case}");
            }
            Ok(Err(errors)) => {
                refused += 1;
                assert!(!errors.is_empty(), "case {case}");
                for error in &errors {
                    assert!(error.pointer.is_empty() || error.pointer.starts_with('/'), "case {case}: {error}");
                    assert!(!error.message.is_empty(), "case {case}");
                }
            }
        }
    }
    eprintln!("{cases} mutated content files: {accepted} accepted, {refused} refused with located errors");
    assert!(refused > cases / 2);
}
