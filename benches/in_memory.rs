//! How many console-default plans the in-memory Cognito creates per second when it already
//! holds 1,000, 10,000 or 100,000 pools: is it cheap enough for a suite to share one double, and
//! does a call's cost stay flat as the double fills up?
//!
//! `cargo bench --bench in_memory`. Each plan is the seed scenario (e-mail sign-in and every
//! other console default: authenticator-app MFA required, a public app client), reviewed once
//! and created with `Reviewed::create`: `CreateUserPool`, then `SetUserPoolMfaConfig` and
//! `CreateUserPoolClient` concurrently, each validated by the service as Cognito would.
//!
//! For each size the double is pre-filled with that many plans (through the same trait, not
//! timed), then criterion times batches of plans; after each batch, untimed, the batch's pools
//! are deleted again (`UpdateUserPool` lifting deletion protection, `DeleteUserPool`), so every
//! plan runs against the stated number of existing pools. The call log keeps its default,
//! bounded capacity while millions of calls go through. At the end one table gives, per size,
//! the plans and the time of all criterion's measured samples together.

use std::cell::RefCell;
use std::hint::black_box;
use std::time::{Duration, Instant};

use aws_sdk_cognitoidentityprovider::operation::delete_user_pool::DeleteUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool_domain::DeleteUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::UpdateUserPoolInput;
use aws_sdk_cognitoidentityprovider::types::VerifiedAttributeType;
use cognito_wizard::Reviewed;
use cognito_wizard::client::Cognito;
use cognito_wizard::test_util::InMemoryCognito;
use criterion::{BenchmarkId, Criterion, Throughput};

#[path = "../tests/support/seed.rs"]
#[expect(
    dead_code,
    reason = "the plan is built through the wizard; the hand-built requests serve the tests"
)]
mod seed;

/// How many pools the double holds while plans are timed.
const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

/// Criterion's measured samples per size.
const SAMPLES: usize = 50;

/// One timed batch: how many plans, and how long they took.
#[derive(Clone, Copy)]
struct Batch {
    plans: u64,
    elapsed: Duration,
}

fn main() {
    let mut criterion = Criterion::default()
        .sample_size(SAMPLES)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime");
    let plan = seed::wizard()
        .review()
        .expect("the seed plan passes review");

    let mut rows = Vec::new();
    let mut group = criterion.benchmark_group("in_memory");
    group.throughput(Throughput::Elements(1));
    for size in SIZES {
        let cognito = InMemoryCognito::new();
        let start = Instant::now();
        runtime.block_on(async {
            for _ in 0..size {
                plan.create(&cognito).await.expect("a pre-fill plan");
            }
        });
        println!(
            "pre-filled {size} pools in {:.2} s (not timed)",
            start.elapsed().as_secs_f64()
        );
        let batches = RefCell::new(Vec::new());
        group.bench_with_input(
            BenchmarkId::new("console_default_plan/existing_pools", size),
            &size,
            |b, _| {
                b.iter_custom(|plans| {
                    let (elapsed, created) = runtime.block_on(timed_plans(&cognito, &plan, plans));
                    runtime.block_on(delete_pools(&cognito, &created));
                    batches.borrow_mut().push(Batch { plans, elapsed });
                    elapsed
                });
            },
        );
        // Every batch deleted what it created.
        assert_eq!(cognito.user_pool_ids().len(), size, "the size drifted");
        // Criterion's measured samples are the last ones (warm-up runs come first).
        let batches = batches.into_inner();
        let measured = &batches[batches.len().saturating_sub(SAMPLES)..];
        rows.push((size, micros_per_plan(measured)));
        let logged = cognito.calls().len();
        assert!(
            logged <= InMemoryCognito::DEFAULT_CALL_LOG_CAPACITY,
            "the call log is bounded"
        );
        println!(
            "{size} pools: {} calls received, the log holds the last {logged}",
            cognito.total_calls()
        );
    }
    group.finish();
    criterion.final_summary();

    println!();
    println!("console-default plans against a pre-filled in-memory Cognito");
    println!(
        "{:>15} | {:>10} | {:>8}",
        "existing pools", "plans/s", "µs/plan"
    );
    println!("{:->15}-+-{:->10}-+-{:->8}", "", "", "");
    for (size, micros) in rows {
        let Some(micros) = micros else { continue };
        println!("{size:>15} | {:>10.0} | {micros:>8.2}", 1e6 / micros);
    }
}

/// Creates `plans` plans, timed; returns the time and the created pools' ids.
async fn timed_plans(
    cognito: &InMemoryCognito,
    plan: &Reviewed,
    plans: u64,
) -> (Duration, Vec<(String, Option<String>)>) {
    let mut created = Vec::with_capacity(usize::try_from(plans).unwrap_or(0));
    let start = Instant::now();
    for _ in 0..plans {
        let done = black_box(plan.create(cognito).await.expect("the plan is created"));
        created.push((
            done.user_pool_id().to_owned(),
            done.domain().map(str::to_owned),
        ));
    }
    (start.elapsed(), created)
}

/// Deletes the pools a batch created (and their domains, if the plan had any).
async fn delete_pools(cognito: &InMemoryCognito, created: &[(String, Option<String>)]) {
    for (id, domain) in created {
        if let Some(domain) = domain {
            cognito
                .delete_user_pool_domain(
                    DeleteUserPoolDomainInput::builder()
                        .user_pool_id(id)
                        .domain(domain),
                )
                .await
                .expect("DeleteUserPoolDomain");
        }
        // The whole configuration is not needed: only what SR-048 asks for with the
        // attribute-update settings the pool keeps; deletion protection falls back to off.
        cognito
            .update_user_pool(
                UpdateUserPoolInput::builder()
                    .user_pool_id(id)
                    .auto_verified_attributes(VerifiedAttributeType::Email),
            )
            .await
            .expect("UpdateUserPool lifts deletion protection");
        cognito
            .delete_user_pool(DeleteUserPoolInput::builder().user_pool_id(id))
            .await
            .expect("DeleteUserPool");
    }
}

/// The time per plan over all `batches` together (`None` without any).
#[expect(
    clippy::cast_precision_loss,
    reason = "a bench runs far fewer than 2^52 plans"
)]
fn micros_per_plan(batches: &[Batch]) -> Option<f64> {
    let plans: u64 = batches.iter().map(|b| b.plans).sum();
    let elapsed: Duration = batches.iter().map(|b| b.elapsed).sum();
    (plans > 0).then(|| elapsed.as_secs_f64() * 1e6 / plans as f64)
}
