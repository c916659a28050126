//! Resumable runs: a caller-chosen plan token lets a second run find the pool an interrupted
//! run left and finish it, or adopt a complete one without a single write. The interruption is
//! a dropped `create` future, on tokio's paused clock so the cut falls at an exact point.

use std::time::Duration;

use aws_sdk_cognitoidentityprovider::operation::get_user_pool_mfa_config::GetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::types::UserPoolMfaType;
use cognito_wizard::client::Cognito;
use cognito_wizard::test_util::{Call, InMemoryCognito};
use cognito_wizard::{
    App, AppClient, CreateOptions, Domain, EmailSender, Messaging, PlanToken, Reviewed, SignIn,
    SignInOption, UserPoolWizard,
};

use crate::provision_mock::plan;

const LATENCY: Duration = Duration::from_millis(100);

/// Calls that change something.
fn is_write(call: Call) -> bool {
    !matches!(
        call,
        Call::DescribeUserPool
            | Call::ListUserPools
            | Call::GetUserPoolMfaConfig
            | Call::DescribeUserPoolClient
            | Call::ListUserPoolClients
            | Call::DescribeUserPoolDomain
    )
}

fn options(token: &PlanToken) -> CreateOptions {
    CreateOptions::default().plan_token(token.clone())
}

/// Runs the plan and drops its future after `cut` (virtual time).
async fn interrupted(plan: &Reviewed, cognito: &InMemoryCognito, token: &PlanToken, cut: Duration) {
    let run = tokio::time::timeout(cut, plan.create_with(cognito, &options(token))).await;
    assert!(run.is_err(), "the run finished before the cut: {run:?}");
}

async fn mfa_level(cognito: &InMemoryCognito, id: &str) -> Option<UserPoolMfaType> {
    cognito
        .get_user_pool_mfa_config(GetUserPoolMfaConfigInput::builder().user_pool_id(id))
        .await
        .expect("GetUserPoolMfaConfig")
        .mfa_configuration
}

#[tokio::test(start_paused = true)]
async fn a_run_dropped_after_create_user_pool_leaves_the_bare_pool_and_the_token_finishes_it() {
    let cognito = InMemoryCognito::new().with_latency(LATENCY);
    let plan = plan();
    let token = PlanToken::new("resume-test/bare").expect("a valid token");

    // A run with its own token looks first (one round trip), then creates the pool (one more);
    // the follow-ups are then on their way but have not reached the service (a change lands
    // halfway through a round trip).
    interrupted(&plan, &cognito, &token, 2 * LATENCY + LATENCY / 4).await;
    let pools = cognito.user_pool_ids();
    assert_eq!(pools.len(), 1, "what the dropped run left");
    assert!(cognito.user_pool_client_ids(&pools[0]).is_empty());
    assert!(cognito.domains().is_empty());
    assert_eq!(
        mfa_level(&cognito, &pools[0]).await,
        Some(UserPoolMfaType::Off)
    );

    cognito.clear_calls();
    let created = plan
        .create_with(&cognito, &options(&token))
        .await
        .expect("the second run finishes the pool");
    assert!(created.adopted());
    assert_eq!(created.user_pool_id(), pools[0]);
    assert_eq!(created.plan_token(), &token);
    assert_eq!(cognito.user_pool_ids(), pools, "no second pool");
    assert_eq!(
        cognito.user_pool_client_ids(&pools[0]),
        [created.client_id()]
    );
    assert_eq!(cognito.domains(), ["my-login"]);
    assert_eq!(
        mfa_level(&cognito, &pools[0]).await,
        Some(UserPoolMfaType::On)
    );
    let calls = cognito.calls();
    assert_eq!(cognito.call_count(Call::CreateUserPool), 0, "{calls:?}");
    let writes: Vec<Call> = calls.iter().copied().filter(|c| is_write(*c)).collect();
    assert_eq!(
        writes,
        [
            Call::SetUserPoolMfaConfig,
            Call::CreateUserPoolDomain,
            Call::CreateUserPoolClient
        ],
        "only what was missing is written: {calls:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn a_run_dropped_after_its_writes_landed_is_adopted_without_a_write() {
    let cognito = InMemoryCognito::new().with_latency(LATENCY);
    let plan = plan();
    let token = PlanToken::new("resume-test/complete").expect("a valid token");

    // The follow-ups have landed; only their answers were still on the way back.
    interrupted(&plan, &cognito, &token, 2 * LATENCY + 3 * LATENCY / 4).await;
    let pools = cognito.user_pool_ids();
    assert_eq!(pools.len(), 1);
    let clients = cognito.user_pool_client_ids(&pools[0]);
    assert_eq!(clients.len(), 1);

    cognito.clear_calls();
    let created = plan
        .create_with(&cognito, &options(&token))
        .await
        .expect("the second run adopts the complete pool");
    assert!(created.adopted());
    assert_eq!(created.user_pool_id(), pools[0]);
    assert_eq!(created.client_id(), clients[0]);
    assert_eq!(created.domain(), Some("my-login"));
    let calls = cognito.calls();
    assert!(
        calls.iter().all(|c| !is_write(*c)),
        "a complete pool gets no write: {calls:?}"
    );
}

#[tokio::test]
async fn a_complete_pool_is_adopted_with_its_client_secret_and_no_write() {
    let plan = UserPoolWizard::builder()
        .sign_in(SignIn::with([SignInOption::Email]))
        .messaging(Messaging::email(EmailSender::cognito()))
        .app(
            App::builder()
                .pool_name("confidential-pool")
                .domain(Domain::prefix("confidential-login"))
                .client(AppClient::confidential("backend"))
                .build(),
        )
        .build()
        .review()
        .expect("the plan passes review");
    let cognito = InMemoryCognito::new();
    let token = PlanToken::random();
    let first = plan
        .create_with(&cognito, &options(&token))
        .await
        .expect("the first run creates the pool");
    assert!(!first.adopted());
    let secret = first
        .client_secret()
        .expect("a confidential client")
        .clone();

    cognito.clear_calls();
    let second = plan
        .create_with(&cognito, &options(&token))
        .await
        .expect("the second run adopts it");
    assert!(second.adopted());
    assert_eq!(second.user_pool_id(), first.user_pool_id());
    assert_eq!(second.client_id(), first.client_id());
    assert_eq!(second.client_secret(), Some(&secret));
    let calls = cognito.calls();
    assert!(calls.iter().all(|c| !is_write(*c)), "{calls:?}");
    assert_eq!(cognito.user_pool_ids().len(), 1);
}

#[tokio::test]
async fn another_token_or_no_token_creates_a_new_pool() {
    let cognito = InMemoryCognito::new();
    let plan = plan_without_domain();
    let token = PlanToken::random();
    plan.create_with(&cognito, &options(&token))
        .await
        .expect("first");
    let other = plan
        .create_with(&cognito, &options(&PlanToken::random()))
        .await
        .expect("another token");
    assert!(!other.adopted());
    let random = plan.create(&cognito).await.expect("a random token");
    assert!(!random.adopted());
    assert_eq!(cognito.user_pool_ids().len(), 3);
}

fn plan_without_domain() -> Reviewed {
    UserPoolWizard::builder()
        .sign_in(SignIn::with([SignInOption::Email]))
        .messaging(Messaging::email(EmailSender::cognito()))
        .app(
            App::builder()
                .pool_name("my-user-pool")
                .client(AppClient::public("my-app-client"))
                .build(),
        )
        .build()
        .review()
        .expect("the plan passes review")
}
