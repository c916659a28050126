//! Round trips: `CreateUserPool`, then the three follow-ups at once. On tokio's paused clock the
//! in-memory Cognito's latency is virtual and exact, so the assertions are deterministic.

use std::time::Duration;

use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
use tokio::time::Instant;

use crate::provision_mock::plan;

const LATENCY: Duration = Duration::from_millis(100);

#[tokio::test(start_paused = true)]
async fn a_plan_with_mfa_a_domain_and_a_client_takes_two_round_trips() {
    let cognito = InMemoryCognito::new().with_latency(LATENCY);
    let plan = plan();

    let start = Instant::now();
    let created = plan.create(&cognito).await.expect("the plan is created");
    let elapsed = start.elapsed();

    assert!(created.domain().is_some());
    let calls = cognito.calls();
    assert_eq!(calls.len(), 4, "{calls:?}");
    assert_eq!(calls.first(), Some(&Call::CreateUserPool), "{calls:?}");
    // Four calls in the time of two: sequential follow-ups would take 4 x LATENCY.
    assert_eq!(elapsed, 2 * LATENCY, "four calls took {elapsed:?}");
}

#[tokio::test(start_paused = true)]
async fn a_rollback_costs_three_more_round_trips() {
    let cognito = InMemoryCognito::new().with_latency(LATENCY);
    cognito.fail_next(
        Call::CreateUserPoolClient,
        Fault::service("InvalidParameterException", "refused"),
    );
    let plan = plan();

    let start = Instant::now();
    let error = plan
        .create(&cognito)
        .await
        .expect_err("the client is refused");
    let elapsed = start.elapsed();

    assert!(error.cleanup().nothing_left(), "{error}");
    // CreateUserPool, the follow-ups, then DeleteUserPoolDomain, UpdateUserPool and
    // DeleteUserPool one after the other (each needs the one before it).
    assert_eq!(
        elapsed,
        5 * LATENCY,
        "took {elapsed:?}: {:?}",
        cognito.calls()
    );
}
