//! A federated plan on the in-memory Cognito: the pool; then MFA, the domain, the identity
//! providers and the resource servers together; then every app client together. The double
//! refuses a client that names a provider or a scope the pool lacks, so the order is proved.

use std::time::Duration;

use aws_sdk_cognitoidentityprovider::operation::describe_identity_provider::DescribeIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::describe_resource_server::DescribeResourceServerInput;
use cognito_wizard::client::Cognito;
use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
use cognito_wizard::{CreateOptions, PlanStep, PlanToken, Reviewed};
use tokio::time::Instant;

use crate::review_page::federated;

const LATENCY: Duration = Duration::from_millis(100);

fn plan() -> Reviewed {
    federated()
        .review()
        .unwrap_or_else(|e| panic!("the federated plan passes review:\n{e}"))
}

/// Whether the pool has the provider and the resource server the plan names.
async fn has_provider_and_server(cognito: &InMemoryCognito, pool_id: &str) -> (bool, bool) {
    let provider = cognito
        .describe_identity_provider(
            DescribeIdentityProviderInput::builder()
                .user_pool_id(pool_id)
                .provider_name("Google"),
        )
        .await
        .is_ok();
    let server = cognito
        .describe_resource_server(
            DescribeResourceServerInput::builder()
                .user_pool_id(pool_id)
                .identifier("https://api.example.com/orders"),
        )
        .await
        .is_ok();
    (provider, server)
}

#[tokio::test(start_paused = true)]
async fn a_federated_plan_takes_three_round_trips_whatever_its_numbers() {
    let cognito = InMemoryCognito::new().with_latency(LATENCY);
    let start = Instant::now();
    let created = plan().create(&cognito).await.expect("created");
    assert_eq!(start.elapsed(), 3 * LATENCY, "{:?}", cognito.calls());

    let names: Vec<&str> = created
        .clients()
        .iter()
        .map(cognito_wizard::CreatedClient::name)
        .collect();
    assert_eq!(names, ["web", "orders-worker"]);
    assert_eq!(created.client_id(), created.clients()[0].client_id());
    // The machine-to-machine client has a secret; the web client has none.
    assert!(created.clients()[0].client_secret().is_none());
    assert!(created.clients()[1].client_secret().is_some());
    assert_eq!(created.identity_providers(), ["Google", "Corporate"]);
    assert_eq!(
        created.resource_servers(),
        ["https://api.example.com/orders"]
    );
    assert_eq!(
        cognito.user_pool_client_ids(created.user_pool_id()).len(),
        2
    );
    assert_eq!(
        has_provider_and_server(&cognito, created.user_pool_id()).await,
        (true, true)
    );
    for call in [
        Call::CreateUserPool,
        Call::SetUserPoolMfaConfig,
        Call::CreateUserPoolDomain,
    ] {
        assert_eq!(cognito.call_count(call), 1, "{call}");
    }
    assert_eq!(cognito.call_count(Call::CreateIdentityProvider), 2);
    assert_eq!(cognito.call_count(Call::CreateResourceServer), 1);
    assert_eq!(cognito.call_count(Call::CreateUserPoolClient), 2);
    let text = created.to_string();
    assert!(text.contains("(orders-worker)"), "{text}");
    let secret = created.clients()[1]
        .client_secret()
        .expect("a secret")
        .expose_secret()
        .to_owned();
    assert!(!format!("{created:?}{created}").contains(&secret));
}

#[tokio::test(start_paused = true)]
async fn a_lost_provider_or_resource_server_is_found_by_its_name_not_created_twice() {
    for fault in [
        Fault::TimeoutAfterCommit,
        Fault::DroppedAfterCommit,
        Fault::LateCommit { after_calls: 0 },
        Fault::ServerError,
        Fault::TimeoutBeforeCommit,
        Fault::Throttle,
    ] {
        for call in [Call::CreateIdentityProvider, Call::CreateResourceServer] {
            let cognito = InMemoryCognito::new();
            cognito.fail_next(call, fault.clone());
            let created = plan()
                .create(&cognito)
                .await
                .unwrap_or_else(|e| panic!("{call} x {fault:?}: {e}"));
            cognito.flush_late_commits();
            assert_eq!(cognito.faults_fired(call), 1, "{call} x {fault:?}");
            assert_eq!(cognito.user_pool_ids().len(), 1, "{call} x {fault:?}");
            assert_eq!(
                has_provider_and_server(&cognito, created.user_pool_id()).await,
                (true, true),
                "{call} x {fault:?}"
            );
            // A create is sent again only when the look found nothing (or it was throttled).
            let expected = usize::from(call == Call::CreateIdentityProvider) + 1;
            let sent = cognito.call_count(call);
            let again = matches!(
                fault,
                Fault::ServerError | Fault::TimeoutBeforeCommit | Fault::Throttle
            );
            assert_eq!(
                sent,
                expected + usize::from(again),
                "{call} x {fault:?}: {:?}",
                cognito.calls()
            );
        }
    }
}

#[tokio::test(start_paused = true)]
async fn a_refused_provider_rolls_everything_back() {
    for call in [Call::CreateIdentityProvider, Call::CreateResourceServer] {
        let cognito = InMemoryCognito::new();
        cognito.fail_next(
            call,
            Fault::service("InvalidParameterException", "refused for the test"),
        );
        let error = plan().create(&cognito).await.expect_err("refused");
        let step = if call == Call::CreateIdentityProvider {
            PlanStep::CreateIdentityProvider
        } else {
            PlanStep::CreateResourceServer
        };
        assert_eq!(error.step(), step);
        assert!(error.cleanup().nothing_left(), "{error}");
        assert!(cognito.user_pool_ids().is_empty());
        assert!(cognito.domains().is_empty());
        // No client was sent: they would have named what was refused.
        assert_eq!(cognito.call_count(Call::CreateUserPoolClient), 0);
    }
}

#[tokio::test(start_paused = true)]
async fn a_federated_run_cut_after_the_providers_is_finished_by_its_token() {
    let cognito = InMemoryCognito::new().with_latency(LATENCY);
    let token = PlanToken::new("federated/resume").expect("a valid token");
    let options = CreateOptions::default().plan_token(token.clone());
    let plan = plan();
    // A run with its own token looks first (one round trip) and creates the pool (one); the
    // providers, resource server, MFA and domain land halfway through the third; the clients,
    // sent at its end, have not reached the service at the cut.
    let cut = tokio::time::timeout(
        3 * LATENCY + LATENCY / 4,
        plan.create_with(&cognito, &options),
    )
    .await;
    assert!(cut.is_err(), "the run finished before the cut");
    let pools = cognito.user_pool_ids();
    assert_eq!(pools.len(), 1);
    assert_eq!(
        has_provider_and_server(&cognito, &pools[0]).await,
        (true, true)
    );
    assert!(cognito.user_pool_client_ids(&pools[0]).is_empty());

    cognito.clear_calls();
    let created = plan
        .create_with(&cognito, &options)
        .await
        .expect("finished");
    assert!(created.adopted());
    assert_eq!(created.user_pool_id(), pools[0]);
    // Nothing named is created again; only the clients were missing.
    assert_eq!(cognito.call_count(Call::CreateUserPool), 0);
    assert_eq!(cognito.call_count(Call::CreateIdentityProvider), 0);
    assert_eq!(cognito.call_count(Call::CreateResourceServer), 0);
    assert_eq!(cognito.call_count(Call::CreateUserPoolClient), 2);
}
