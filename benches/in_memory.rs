//! How many console-default plans the in-memory Cognito creates per second: is it cheap enough
//! to give every test its own pool?
//!
//! `cargo bench --bench in_memory`; criterion's `thrpt` line is plans per second.
//!
//! - `console_default_plan`: the seed scenario (e-mail sign-in and every other console
//!   default: authenticator-app MFA required, a public app client), reviewed once and created
//!   with [`Reviewed::create`]: `CreateUserPool`, then `SetUserPoolMfaConfig` and
//!   `CreateUserPoolClient` concurrently, each validated by the service as Cognito would.
//! - `console_default_plan_raw_calls`: the same three calls built by hand and sent directly,
//!   without the provisioning layer (its plan token, retries and bookkeeping).
//!
//! Each sample uses a fresh service and keeps every pool it creates, so lookups run against a
//! service holding thousands of pools while memory stays bounded.

use std::hint::black_box;
use std::time::{Duration, Instant};

use cognito_wizard::client::Cognito;
use cognito_wizard::test_util::InMemoryCognito;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "../tests/support/seed.rs"]
mod seed;

/// The plan tag a created plan carries, so the raw calls send the same request.
const PLAN_TAG: (&str, &str) = ("cognito-wizard:plan", "0123456789abcdef0123456789abcdef");

/// One console-default plan sent as raw calls: the pool, then MFA and the client concurrently.
async fn raw_plan(cognito: &InMemoryCognito) -> String {
    let created = cognito
        .create_user_pool(seed::create_user_pool().user_pool_tags(PLAN_TAG.0, PLAN_TAG.1))
        .await
        .expect("CreateUserPool");
    let pool_id = created
        .user_pool()
        .and_then(|p| p.id())
        .expect("a pool id")
        .to_owned();
    let (mfa, client) = tokio::join!(
        cognito.set_user_pool_mfa_config(seed::set_user_pool_mfa_config().user_pool_id(&pool_id)),
        cognito.create_user_pool_client(seed::create_user_pool_client().user_pool_id(&pool_id)),
    );
    mfa.expect("SetUserPoolMfaConfig");
    client.expect("CreateUserPoolClient");
    pool_id
}

fn plans_per_second(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime");
    let mut group = c.benchmark_group("in_memory");
    group.throughput(Throughput::Elements(1));
    group.measurement_time(Duration::from_secs(5));
    let plan = seed::wizard()
        .review()
        .expect("the seed plan passes review");
    group.bench_function("console_default_plan", |b| {
        b.iter_custom(|iterations| {
            let cognito = InMemoryCognito::new();
            let start = Instant::now();
            runtime.block_on(async {
                for _ in 0..iterations {
                    black_box(plan.create(&cognito).await.expect("the plan is created"));
                }
            });
            let elapsed = start.elapsed();
            assert_eq!(cognito.user_pool_ids().len(), pools(iterations));
            elapsed
        });
    });
    group.bench_function("console_default_plan_raw_calls", |b| {
        b.iter_custom(|iterations| {
            let cognito = InMemoryCognito::new();
            let start = Instant::now();
            runtime.block_on(async {
                for _ in 0..iterations {
                    black_box(raw_plan(&cognito).await);
                }
            });
            let elapsed = start.elapsed();
            assert_eq!(cognito.user_pool_ids().len(), pools(iterations));
            elapsed
        });
    });
    group.finish();
}

fn pools(iterations: u64) -> usize {
    usize::try_from(iterations).unwrap_or(usize::MAX)
}

criterion_group!(benches, plans_per_second);
criterion_main!(benches);
