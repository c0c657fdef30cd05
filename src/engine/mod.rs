//! The decision engine: questionnaire, answers, scoring, explanation and
//! flow. Plain Rust with no web types, so all of it is tested natively.
pub mod alignment;
pub mod answer_file;
pub mod answers;
pub mod content;
pub mod explanation;
pub mod flow;
pub mod gains;
pub mod json;
pub mod lang;
pub mod model;
pub mod notice;
pub mod plan;
pub mod progress;
pub mod questionnaire;
pub mod recommendation;
pub mod scoring;
pub mod sensitivity;
pub mod share_code;
pub mod wording;

/// Sorts a short slice (at most a few dozen items) stably. The standard
/// library's sort is built for large inputs and costs kilobytes of wasm per
/// use; every list sorted here has fewer than twenty items.
pub(crate) fn sort_small<T>(items: &mut [T], mut before: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}
