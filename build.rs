//! Checks the built-in content (`content/advisor.json`) with the same
//! checker as `check-content` and the on-demand reader, and writes it in the
//! compact form the widget compiles in. A broken file fails the build with
//! every problem at its JSON pointer.

use std::path::Path;

fn main() {
    let source = "content/advisor.json";
    println!("cargo:rerun-if-changed={source}");
    let bytes = std::fs::read(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let content = match advisor_content::check::read_json(&bytes) {
        Ok(content) => content,
        Err(errors) => {
            for error in &errors {
                println!("cargo:warning={source}: {error}");
            }
            let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
            panic!("{source} has {} problem(s):\n{}", errors.len(), list.join("\n"));
        }
    };
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("advisor.postcard"), content.to_compact()).expect("OUT_DIR is writable");
}
