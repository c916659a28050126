//! The federated plan against moto, through a client configured as a user would and a counting
//! HTTP layer: three round trips, every provider, resource server and client there once, faults
//! after commit on the provider and resource-server round trip settled by looking, and a
//! tear-down that leaves nothing.

use cognito_wizard::provision::tear_down;
use cognito_wizard::{Created, Reviewed};

use crate::http_faults::{Attempt, Fault, HttpFaults, Moment};
use crate::live_faults::{clean_client, forwarding, options, user_client};
use crate::review_page::federated;

fn plan() -> Reviewed {
    federated()
        .review()
        .expect("the federated plan passes review")
        .ephemeral()
        .expect("still valid")
}

/// What moto holds for the plan's pool: provider names, resource server identifiers and their
/// scopes, client names (sorted).
async fn read_back(
    client: &aws_sdk_cognitoidentityprovider::Client,
    created: &Created,
) -> (Vec<String>, Vec<(String, usize)>, Vec<String>) {
    let id = created.user_pool_id();
    let mut providers: Vec<String> = client
        .list_identity_providers()
        .user_pool_id(id)
        .max_results(60)
        .send()
        .await
        .expect("list the providers")
        .providers()
        .iter()
        .filter_map(|p| p.provider_name().map(str::to_owned))
        .collect();
    providers.sort();
    let servers: Vec<(String, usize)> = client
        .list_resource_servers()
        .user_pool_id(id)
        .max_results(50)
        .send()
        .await
        .expect("list the resource servers")
        .resource_servers()
        .iter()
        .map(|s| {
            (
                s.identifier().unwrap_or_default().to_owned(),
                s.scopes().len(),
            )
        })
        .collect();
    let mut clients: Vec<String> = client
        .list_user_pool_clients()
        .user_pool_id(id)
        .max_results(60)
        .send()
        .await
        .expect("list the clients")
        .user_pool_clients()
        .iter()
        .filter_map(|c| c.client_name().map(str::to_owned))
        .collect();
    clients.sort();
    (providers, servers, clients)
}

async fn assert_complete_then_tear_down(http: &HttpFaults, created: &Created) {
    let clean = clean_client().await;
    let (providers, servers, clients) = read_back(&clean, created).await;
    assert_eq!(providers, ["Corporate", "Google"]);
    assert_eq!(servers, [("https://api.example.com/orders".to_owned(), 2)]);
    assert_eq!(clients, ["orders-worker", "web"]);
    assert!(created.clients()[1].client_secret().is_some());
    http.assert_all_fired();
    tear_down(&clean, created.user_pool_id())
        .await
        .expect("torn down");
    let gone = clean
        .describe_user_pool()
        .user_pool_id(created.user_pool_id())
        .send()
        .await;
    assert!(gone.is_err(), "the pool is gone");
}

#[tokio::test]
#[ignore = "needs a Cognito endpoint (AWS_ENDPOINT_URL): run ./scripts/test"]
async fn the_federated_plan_takes_three_round_trips_on_moto() {
    let http = forwarding();
    let client = user_client(&http).await;
    let created = plan()
        .create_with(&client, &options())
        .await
        .expect("created on moto");
    // The pool; then MFA, the domain, both providers and the resource server; then both
    // clients.
    let rounds = http.rounds();
    assert_eq!(rounds.len(), 3, "{rounds:?}");
    assert_eq!(rounds[0], ["CreateUserPool"]);
    assert_eq!(rounds[1].len(), 5, "{rounds:?}");
    assert_eq!(rounds[2], ["CreateUserPoolClient", "CreateUserPoolClient"]);
    assert_complete_then_tear_down(&http, &created).await;
}

#[tokio::test]
#[ignore = "needs a Cognito endpoint (AWS_ENDPOINT_URL): run ./scripts/test"]
async fn lost_answers_in_the_provider_round_trip_are_settled_by_looking() {
    for (operation, fault) in [
        ("CreateIdentityProvider", Fault::ServerError),
        ("CreateIdentityProvider", Fault::ConnectionDropped),
        ("CreateResourceServer", Fault::ServerError),
        ("CreateResourceServer", Fault::ConnectionDropped),
    ] {
        let http = forwarding();
        http.inject(
            operation,
            Attempt::Nth(1),
            Moment::AfterServer,
            fault.clone(),
        );
        let client = user_client(&http).await;
        let created = plan()
            .create_with(&client, &options())
            .await
            .unwrap_or_else(|e| panic!("{operation} x {fault:?}: {e}"));
        // Never sent twice: the look found what the lost request had made.
        let sent = if operation == "CreateIdentityProvider" {
            2
        } else {
            1
        };
        assert_eq!(http.requests(operation), sent, "{operation} x {fault:?}");
        let describe = operation.replace("Create", "Describe");
        assert_eq!(http.requests(&describe), 1, "{operation} x {fault:?}");
        assert_complete_then_tear_down(&http, &created).await;
    }
}
