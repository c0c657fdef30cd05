//! Build step: prints the built-in first screens as JSON (see
//! `cio_cmo_advisor::web::first_screens`), for `scripts/build-loader.mjs`
//! to write into the loader. Native only: it uses Yew's server renderer.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("{}", cio_cmo_advisor::web::first_screens::all_as_json());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
