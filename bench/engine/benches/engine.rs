//! The engine's work for one answer set, as the widget does it on reaching
//! the result: evaluation, reasons, tailored steps and the sensitivity
//! search ("what would change this"), plus the codecs and the team view
//! of eight.

#[path = "../../../tests/common/mod.rs"]
mod common;

use std::hint::black_box;

use cio_cmo_advisor::engine::recommendation::recommend;
use cio_cmo_advisor::engine::scoring::evaluate;
use cio_cmo_advisor::engine::share_code::ShareCode;
use cio_cmo_advisor::engine::team::{Member, TeamResult};
use common::{built_in, ARCHETYPES};
use criterion::{criterion_group, criterion_main, Criterion};

fn engine(c: &mut Criterion) {
    // A close call whose alternative is one answer away, and a clear fit
    // whose alternatives need the full two-answer search (the slow case).
    let close_call = ARCHETYPES[1].complete();
    let clear_fit = ARCHETYPES[6].complete();
    c.bench_function("evaluate: fit of the three models", |b| b.iter(|| evaluate(black_box(&clear_fit))));
    c.bench_function("recommend: close call (evaluation + reasons + steps + sensitivity)", |b| {
        b.iter(|| recommend(black_box(&close_call)))
    });
    c.bench_function("recommend: clear fit (evaluation + reasons + steps + sensitivity)", |b| {
        b.iter(|| recommend(black_box(&clear_fit)))
    });
    c.bench_function("share code: encode and decode", |b| {
        b.iter(|| ShareCode::decode(&ShareCode::new(black_box(clear_fit)).encode(), built_in()))
    });
    let eight: Vec<Member> =
        ARCHETYPES[..8].iter().map(|a| Member { label: a.name.to_owned(), answers: a.complete() }).collect();
    c.bench_function("team view of eight: combined answers, recommendation, facts, divisions, workshop", |b| {
        b.iter(|| TeamResult::of(black_box(eight.clone())))
    });
}

criterion_group!(benches, engine);
criterion_main!(benches);
