//! What review costs: building the console-default wizard and reviewing it (mapping every page
//! onto the SDK inputs, validating them all, keeping the plan) beside building the same SDK
//! inputs by hand, in one run.
//!
//! `cargo bench --bench review`; compare `plan/review/console_default` with
//! `plan/hand_built/console_default`. The aim is at most twice the hand-built time.
//! `tests/it/review_page.rs` checks that both sides build the same requests.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

#[path = "../tests/support/seed.rs"]
mod seed;

fn plan(c: &mut Criterion) {
    let mut group = c.benchmark_group("plan");
    group.bench_function(BenchmarkId::new("review", "console_default"), |b| {
        b.iter(|| black_box(seed::wizard().review().expect("the seed passes review")));
    });
    group.bench_function(BenchmarkId::new("hand_built", "console_default"), |b| {
        b.iter(|| {
            black_box((
                seed::create_user_pool().build().unwrap(),
                seed::set_user_pool_mfa_config().build().unwrap(),
                seed::create_user_pool_client().build().unwrap(),
            ))
        });
    });
    group.finish();
}

criterion_group!(benches, plan);
criterion_main!(benches);
