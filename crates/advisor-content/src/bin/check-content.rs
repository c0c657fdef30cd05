//! Checks a content file the way the widget will read it:
//!
//! ```text
//! cargo run --bin check-content -- path/to/file.json [--examples]
//! ```
//!
//! Exit 0 with a one-line summary when the file is sound (with
//! `--examples`, also an answer set that reaches each model); exit 1 with
//! every problem, one per line, each at its JSON pointer; exit 2 when the
//! file cannot be opened.

use std::process::ExitCode;

use advisor_content::check::read_json_with_examples;
use advisor_content::model::CollaborationModel;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let examples = args.iter().any(|a| a == "--examples");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let [path] = paths.as_slice() else {
        eprintln!("usage: cargo run --bin check-content -- path/to/content.json [--examples]");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("{path}: cannot read the file: {error}");
            return ExitCode::from(2);
        }
    };
    match read_json_with_examples(&bytes) {
        Ok((content, reach)) => {
            let options: usize = content.questions.iter().map(|q| q.options.len()).sum();
            let languages: Vec<&str> = content.languages.iter().map(|l| l.code.as_str()).collect();
            println!(
                "{path}: OK — “{}”, {} questions with {options} options in {} sections, languages {}, fingerprint {:04x}",
                content.id,
                content.questions.len(),
                content.sections.len(),
                languages.join(", "),
                content.fingerprint()
            );
            if examples {
                for model in CollaborationModel::ALL {
                    let answers: Vec<String> = content
                        .questions
                        .iter()
                        .zip(&reach[model.index()])
                        .map(|(q, &o)| format!("{}={}", q.id, q.options[usize::from(o)].id))
                        .collect();
                    println!("model {} is the recommendation for: {}", model.number(), answers.join(" "));
                }
            }
            ExitCode::SUCCESS
        }
        Err(errors) => {
            eprintln!("{path}: {} problem{}:", errors.len(), if errors.len() == 1 { "" } else { "s" });
            for error in errors {
                eprintln!("  {error}");
            }
            ExitCode::FAILURE
        }
    }
}
