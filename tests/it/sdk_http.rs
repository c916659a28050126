//! The `Cognito` implementation for the SDK's `Client`, through the real SDK and a counting,
//! fault-injecting HTTP layer (`tests/support/http_faults.rs`): every call sends exactly one
//! request whatever the client's retry configuration, each fault maps to the right
//! `CallErrorKind`, and no `CallError` carries a byte of the response body.
//!
//! The clients use the SDK's standard retry mode with three attempts, so an SDK retry would show
//! up as a second request; controls through the SDK's fluent API show the same client and fault
//! do make three. Tokio's clock is paused: backoff and timeouts take no real time.

use std::error::Error as StdError;
use std::fmt::Write as _;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use aws_credential_types::provider::future;
use aws_sdk_cognitoidentityprovider::config::retry::{RetryConfig, RetryPartition};
use aws_sdk_cognitoidentityprovider::config::timeout::TimeoutConfig;
use aws_sdk_cognitoidentityprovider::config::{
    AsyncSleep, BehaviorVersion, Credentials, ProvideCredentials, Region, Sleep,
};
use aws_sdk_cognitoidentityprovider::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_cognitoidentityprovider::operation::add_custom_attributes::AddCustomAttributesInput;
use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::CreateIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::create_resource_server::CreateResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::delete_identity_provider::DeleteIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::delete_resource_server::DeleteResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool::DeleteUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool_client::DeleteUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool_domain::DeleteUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::describe_identity_provider::DescribeIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::describe_resource_server::DescribeResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool::DescribeUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool_client::DescribeUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool_domain::DescribeUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::get_user_pool_mfa_config::GetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::operation::list_identity_providers::ListIdentityProvidersInput;
use aws_sdk_cognitoidentityprovider::operation::list_resource_servers::ListResourceServersInput;
use aws_sdk_cognitoidentityprovider::operation::list_user_pool_clients::ListUserPoolClientsInput;
use aws_sdk_cognitoidentityprovider::operation::list_user_pools::ListUserPoolsInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::operation::update_identity_provider::UpdateIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::update_resource_server::UpdateResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::UpdateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::UpdateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_domain::UpdateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::types::{
    AttributeDataType, IdentityProviderTypeType, SchemaAttributeType,
};
use aws_sdk_cognitoidentityprovider::{Client, Config};
use cognito_wizard::client::{CallError, CallErrorKind, Cognito, without_retries};

use tokio::sync::RwLock;

use crate::http_faults::{Attempt, Fault, HttpFaults, Moment};

const POOL_ID: &str = "us-east-1_AbCdEfGhI";
const CLIENT_ID: &str = "1example23456789";
const DOMAIN: &str = "my-test-domain";
const PROVIDER: &str = "Google";
const RESOURCE_SERVER: &str = "https://api.example.com";

/// The trait's calls, each with a minimal request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Call {
    CreateUserPool,
    DescribeUserPool,
    UpdateUserPool,
    DeleteUserPool,
    ListUserPools,
    SetUserPoolMfaConfig,
    GetUserPoolMfaConfig,
    CreateUserPoolClient,
    DescribeUserPoolClient,
    ListUserPoolClients,
    DeleteUserPoolClient,
    CreateUserPoolDomain,
    DescribeUserPoolDomain,
    DeleteUserPoolDomain,
    UpdateUserPoolClient,
    AddCustomAttributes,
    UpdateUserPoolDomain,
    CreateIdentityProvider,
    DescribeIdentityProvider,
    UpdateIdentityProvider,
    DeleteIdentityProvider,
    ListIdentityProviders,
    CreateResourceServer,
    DescribeResourceServer,
    UpdateResourceServer,
    DeleteResourceServer,
    ListResourceServers,
}

impl Call {
    const ALL: [Call; 27] = [
        Call::CreateUserPool,
        Call::DescribeUserPool,
        Call::UpdateUserPool,
        Call::DeleteUserPool,
        Call::ListUserPools,
        Call::SetUserPoolMfaConfig,
        Call::GetUserPoolMfaConfig,
        Call::CreateUserPoolClient,
        Call::DescribeUserPoolClient,
        Call::ListUserPoolClients,
        Call::DeleteUserPoolClient,
        Call::CreateUserPoolDomain,
        Call::DescribeUserPoolDomain,
        Call::DeleteUserPoolDomain,
        Call::UpdateUserPoolClient,
        Call::AddCustomAttributes,
        Call::UpdateUserPoolDomain,
        Call::CreateIdentityProvider,
        Call::DescribeIdentityProvider,
        Call::UpdateIdentityProvider,
        Call::DeleteIdentityProvider,
        Call::ListIdentityProviders,
        Call::CreateResourceServer,
        Call::DescribeResourceServer,
        Call::UpdateResourceServer,
        Call::DeleteResourceServer,
        Call::ListResourceServers,
    ];

    /// The operation's name, as in `X-Amz-Target`.
    fn operation(self) -> String {
        format!("{self:?}")
    }

    /// Sends the call through the `Cognito` trait; only success or the error matters here.
    /// Boxed: the SDK's futures are large.
    fn send(
        self,
        cognito: &impl Cognito,
    ) -> Pin<Box<dyn Future<Output = Result<(), CallError>> + '_>> {
        Box::pin(self.send_unboxed(cognito))
    }

    #[expect(clippy::too_many_lines, reason = "one arm per call of the trait")]
    async fn send_unboxed(self, cognito: &impl Cognito) -> Result<(), CallError> {
        match self {
            Call::CreateUserPool => cognito
                .create_user_pool(CreateUserPoolInput::builder().pool_name("my-user-pool"))
                .await
                .map(drop),
            Call::DescribeUserPool => cognito
                .describe_user_pool(DescribeUserPoolInput::builder().user_pool_id(POOL_ID))
                .await
                .map(drop),
            Call::UpdateUserPool => cognito
                .update_user_pool(UpdateUserPoolInput::builder().user_pool_id(POOL_ID))
                .await
                .map(drop),
            Call::DeleteUserPool => cognito
                .delete_user_pool(DeleteUserPoolInput::builder().user_pool_id(POOL_ID))
                .await
                .map(drop),
            Call::ListUserPools => cognito
                .list_user_pools(ListUserPoolsInput::builder().max_results(60))
                .await
                .map(drop),
            Call::SetUserPoolMfaConfig => cognito
                .set_user_pool_mfa_config(
                    SetUserPoolMfaConfigInput::builder().user_pool_id(POOL_ID),
                )
                .await
                .map(drop),
            Call::GetUserPoolMfaConfig => cognito
                .get_user_pool_mfa_config(
                    GetUserPoolMfaConfigInput::builder().user_pool_id(POOL_ID),
                )
                .await
                .map(drop),
            Call::CreateUserPoolClient => cognito
                .create_user_pool_client(
                    CreateUserPoolClientInput::builder()
                        .user_pool_id(POOL_ID)
                        .client_name("my-app-client")
                        .generate_secret(true),
                )
                .await
                .map(drop),
            Call::DescribeUserPoolClient => cognito
                .describe_user_pool_client(
                    DescribeUserPoolClientInput::builder()
                        .user_pool_id(POOL_ID)
                        .client_id(CLIENT_ID),
                )
                .await
                .map(drop),
            Call::ListUserPoolClients => cognito
                .list_user_pool_clients(ListUserPoolClientsInput::builder().user_pool_id(POOL_ID))
                .await
                .map(drop),
            Call::DeleteUserPoolClient => cognito
                .delete_user_pool_client(
                    DeleteUserPoolClientInput::builder()
                        .user_pool_id(POOL_ID)
                        .client_id(CLIENT_ID),
                )
                .await
                .map(drop),
            Call::CreateUserPoolDomain => cognito
                .create_user_pool_domain(
                    CreateUserPoolDomainInput::builder()
                        .user_pool_id(POOL_ID)
                        .domain(DOMAIN),
                )
                .await
                .map(drop),
            Call::DescribeUserPoolDomain => cognito
                .describe_user_pool_domain(DescribeUserPoolDomainInput::builder().domain(DOMAIN))
                .await
                .map(drop),
            Call::DeleteUserPoolDomain => cognito
                .delete_user_pool_domain(
                    DeleteUserPoolDomainInput::builder()
                        .user_pool_id(POOL_ID)
                        .domain(DOMAIN),
                )
                .await
                .map(drop),
            Call::UpdateUserPoolClient => cognito
                .update_user_pool_client(
                    UpdateUserPoolClientInput::builder()
                        .user_pool_id(POOL_ID)
                        .client_id(CLIENT_ID)
                        .client_name("my-app-client"),
                )
                .await
                .map(drop),
            Call::AddCustomAttributes => cognito
                .add_custom_attributes(
                    AddCustomAttributesInput::builder()
                        .user_pool_id(POOL_ID)
                        .custom_attributes(
                            SchemaAttributeType::builder()
                                .name("tenant")
                                .attribute_data_type(AttributeDataType::String)
                                .build(),
                        ),
                )
                .await
                .map(drop),
            Call::UpdateUserPoolDomain => cognito
                .update_user_pool_domain(
                    UpdateUserPoolDomainInput::builder()
                        .user_pool_id(POOL_ID)
                        .domain(DOMAIN)
                        .managed_login_version(2),
                )
                .await
                .map(drop),
            Call::CreateIdentityProvider => cognito
                .create_identity_provider(
                    CreateIdentityProviderInput::builder()
                        .user_pool_id(POOL_ID)
                        .provider_name(PROVIDER)
                        .provider_type(IdentityProviderTypeType::Google)
                        .provider_details("client_id", "1234-abcd.apps.googleusercontent.com")
                        .provider_details("client_secret", "not-a-real-secret")
                        .provider_details("authorize_scopes", "openid email"),
                )
                .await
                .map(drop),
            Call::DescribeIdentityProvider => cognito
                .describe_identity_provider(
                    DescribeIdentityProviderInput::builder()
                        .user_pool_id(POOL_ID)
                        .provider_name(PROVIDER),
                )
                .await
                .map(drop),
            Call::UpdateIdentityProvider => cognito
                .update_identity_provider(
                    UpdateIdentityProviderInput::builder()
                        .user_pool_id(POOL_ID)
                        .provider_name(PROVIDER)
                        .attribute_mapping("email", "email"),
                )
                .await
                .map(drop),
            Call::DeleteIdentityProvider => cognito
                .delete_identity_provider(
                    DeleteIdentityProviderInput::builder()
                        .user_pool_id(POOL_ID)
                        .provider_name(PROVIDER),
                )
                .await
                .map(drop),
            Call::ListIdentityProviders => cognito
                .list_identity_providers(
                    ListIdentityProvidersInput::builder().user_pool_id(POOL_ID),
                )
                .await
                .map(drop),
            Call::CreateResourceServer => cognito
                .create_resource_server(
                    CreateResourceServerInput::builder()
                        .user_pool_id(POOL_ID)
                        .identifier(RESOURCE_SERVER)
                        .name("Orders API"),
                )
                .await
                .map(drop),
            Call::DescribeResourceServer => cognito
                .describe_resource_server(
                    DescribeResourceServerInput::builder()
                        .user_pool_id(POOL_ID)
                        .identifier(RESOURCE_SERVER),
                )
                .await
                .map(drop),
            Call::UpdateResourceServer => cognito
                .update_resource_server(
                    UpdateResourceServerInput::builder()
                        .user_pool_id(POOL_ID)
                        .identifier(RESOURCE_SERVER)
                        .name("Orders API"),
                )
                .await
                .map(drop),
            Call::DeleteResourceServer => cognito
                .delete_resource_server(
                    DeleteResourceServerInput::builder()
                        .user_pool_id(POOL_ID)
                        .identifier(RESOURCE_SERVER),
                )
                .await
                .map(drop),
            Call::ListResourceServers => cognito
                .list_resource_servers(ListResourceServersInput::builder().user_pool_id(POOL_ID))
                .await
                .map(drop),
        }
    }
}

/// The matrix covers every method of the trait: the in-memory Cognito's `Call::ALL` lists
/// them all, in the trait's order.
#[test]
fn the_matrix_covers_every_call_of_the_trait() {
    let here: Vec<String> = Call::ALL.iter().map(|c| c.operation()).collect();
    let trait_calls: Vec<&str> = cognito_wizard::test_util::Call::ALL
        .iter()
        .map(|c| c.name())
        .collect();
    assert_eq!(here, trait_calls);
}

/// The faults of the matrix, in column order, with the kind each must be reported as.
fn faults() -> [(&'static str, Fault, CallErrorKind); 5] {
    [
        ("HTTP 500", Fault::ServerError, CallErrorKind::ServerError),
        (
            "HTTP 400 throttled",
            Fault::Throttled,
            CallErrorKind::Throttled,
        ),
        (
            "connection dropped",
            Fault::ConnectionDropped,
            CallErrorKind::Dispatch,
        ),
        (
            "connector timeout",
            Fault::ConnectorTimeout,
            CallErrorKind::Timeout,
        ),
        ("attempt timeout", Fault::NoAnswer, CallErrorKind::Timeout),
    ]
}

/// Tokio's timer, so a paused clock drives the SDK's backoff and timeouts.
#[derive(Debug)]
struct TokioSleep;

impl AsyncSleep for TokioSleep {
    fn sleep(&self, duration: Duration) -> Sleep {
        Sleep::new(tokio::time::sleep(duration))
    }
}

/// The static test credentials, counting how often the SDK asks for them.
#[derive(Debug, Clone, Default)]
struct CountingCredentials(Arc<AtomicUsize>);

impl ProvideCredentials for CountingCredentials {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        self.0.fetch_add(1, Ordering::SeqCst);
        future::ProvideCredentials::ready(Ok(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            None,
            None,
            "test",
        )))
    }
}

/// The configuration of an ordinary client: standard retries with three attempts, Tokio's
/// sleep, an attempt timeout, dummy credentials, and `http` as its HTTP client.
///
/// Each test names its own retry partition: the SDK's retry token bucket is shared by partition
/// across the process, and the controls' retries must not drain another test's.
fn config(http: &HttpFaults, partition: &str) -> aws_sdk_cognitoidentityprovider::config::Builder {
    Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .credentials_provider(CountingCredentials::default())
        .http_client(http.clone())
        .sleep_impl(TokioSleep)
        .retry_config(RetryConfig::standard().with_max_attempts(3))
        .retry_partition(RetryPartition::new(format!("sdk-http-{partition}")))
        .timeout_config(
            TimeoutConfig::builder()
                .operation_attempt_timeout(Duration::from_secs(5))
                .build(),
        )
}

/// The crate's process-wide cache of derived clients, as the tests see it: a test that counts
/// what one derived client does holds it exclusively (another test's clients could evict its
/// entry, and the client would be derived again); tests that only use clients share it, in
/// every module whose clients have the SDK's retries on (those are the clients the crate derives).
pub(crate) static DERIVED_CACHE: RwLock<()> = RwLock::const_new(());

fn client(http: &HttpFaults, partition: &str) -> Client {
    Client::from_conf(config(http, partition).build())
}

#[tokio::test(start_paused = true)]
async fn every_call_succeeds_with_one_request() {
    let _cache = DERIVED_CACHE.read().await;
    for call in Call::ALL {
        let http = HttpFaults::canned();
        let client = client(&http, "success");
        let result = call.send(&client).await;
        assert!(result.is_ok(), "{call:?}: {result:?}");
        assert_eq!(http.requests(&call.operation()), 1, "{call:?}");
        assert_eq!(http.total_requests(), 1, "{call:?}");
    }
}

/// Every call x every fault: one request, and the fault's kind. The table is printed (run with
/// `--nocapture`) and every cell is checked before the test fails, so a failure shows them all.
#[tokio::test(start_paused = true)]
async fn every_call_sends_one_request_whatever_the_fault() {
    let _cache = DERIVED_CACHE.read().await;
    let mut table = String::from("call | fault | requests | kind\n");
    let mut wrong = Vec::new();
    for call in Call::ALL {
        for (name, fault, kind) in faults() {
            let http = HttpFaults::canned();
            let operation = call.operation();
            http.inject(&operation, Attempt::Every, Moment::BeforeServer, fault);
            let client = client(&http, "matrix");
            let result = call.send(&client).await;
            let requests = http.total_requests();
            let got = result.as_ref().err().map(CallError::kind);
            writeln!(table, "{operation} | {name} | {requests} | {got:?}").unwrap();
            if requests != 1 || http.requests(&operation) != 1 || got != Some(kind) {
                wrong.push(format!(
                    "{operation}, {name}: {requests} requests, {result:?}; want 1 request, {kind:?}"
                ));
            }
            http.assert_all_fired();
        }
    }
    println!("{table}");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The control: the same client and fault through the SDK's own fluent API makes three
/// requests, so the matrix's single request is the crate's doing, not a fault that failed to
/// fire or a counter that missed requests.
#[tokio::test(start_paused = true)]
async fn the_same_client_through_the_fluent_api_retries_each_fault() {
    let _cache = DERIVED_CACHE.read().await;
    for (name, fault, kind) in faults() {
        let http = HttpFaults::canned();
        http.inject(
            "CreateUserPoolClient",
            Attempt::Every,
            Moment::BeforeServer,
            fault,
        );
        let client = client(&http, "control");

        let through_trait = Call::CreateUserPoolClient.send(&client).await;
        assert_eq!(
            through_trait.map_err(|e| e.kind()),
            Err(kind),
            "{name}, through the trait"
        );
        assert_eq!(
            http.requests("CreateUserPoolClient"),
            1,
            "{name}, through the trait"
        );

        let fluent = client
            .create_user_pool_client()
            .user_pool_id(POOL_ID)
            .client_name("my-app-client")
            .send()
            .await;
        assert!(fluent.is_err(), "{name}, through the fluent API");
        assert_eq!(
            http.requests("CreateUserPoolClient"),
            1 + 3,
            "{name}: the fluent API makes the SDK's three attempts"
        );
        assert_eq!(http.fired().len(), 1 + 3, "{name}");
    }
}

/// A client derived once: many calls through one client resolve credentials once (a client
/// derived per call would resolve them per call: each new client has a new identity cache).
#[tokio::test(start_paused = true)]
async fn calls_through_one_client_share_one_derived_client() {
    let _cache = DERIVED_CACHE.write().await;
    let http = HttpFaults::canned();
    let credentials = CountingCredentials::default();
    let client = Client::from_conf(
        config(&http, "derived-once")
            .credentials_provider(credentials.clone())
            .build(),
    );
    for call in Call::ALL {
        call.send(&client).await.expect("a canned success");
    }
    let clone = client.clone();
    Call::DescribeUserPool
        .send(&clone)
        .await
        .expect("a canned success");
    assert_eq!(
        http.total_requests(),
        u32::try_from(Call::ALL.len()).unwrap() + 1
    );
    assert_eq!(
        credentials.0.load(Ordering::SeqCst),
        1,
        "credentials are resolved once for all calls through a client and its clones"
    );
}

/// More clients than the derived-client cache holds still send once each, first use or later.
#[tokio::test(start_paused = true)]
async fn many_clients_each_send_once() {
    let _cache = DERIVED_CACHE.read().await;
    let layers: Vec<HttpFaults> = (0..20).map(|_| HttpFaults::canned()).collect();
    let clients: Vec<Client> = layers.iter().map(|h| client(h, "many")).collect();
    for h in &layers {
        h.inject(
            "DescribeUserPool",
            Attempt::Every,
            Moment::BeforeServer,
            Fault::ServerError,
        );
    }
    for round in 0..2 {
        for (client, http) in clients.iter().zip(&layers) {
            let result = Call::DescribeUserPool.send(client).await;
            assert_eq!(
                result.map_err(|e| e.kind()),
                Err(CallErrorKind::ServerError)
            );
            assert_eq!(http.requests("DescribeUserPool"), round + 1);
        }
    }
}

/// The public helper: the derived client sends once through the fluent API too, and a client
/// that already allows one attempt is returned as it is.
#[tokio::test(start_paused = true)]
async fn without_retries_makes_one_attempt_and_keeps_single_attempt_clients() {
    let http = HttpFaults::canned();
    http.inject(
        "CreateUserPoolClient",
        Attempt::Every,
        Moment::BeforeServer,
        Fault::ServerError,
    );
    let client = client(&http, "helper");
    let once = without_retries(&client);
    let result = once
        .create_user_pool_client()
        .user_pool_id(POOL_ID)
        .client_name("my-app-client")
        .send()
        .await;
    assert!(result.is_err());
    assert_eq!(http.requests("CreateUserPoolClient"), 1);
    assert_eq!(
        once.config().retry_config().map(RetryConfig::max_attempts),
        Some(1)
    );
    assert!(
        std::ptr::eq(without_retries(&once).config(), once.config()),
        "a single-attempt client is used as it is"
    );
}

/// A client secret nothing may repeat.
const SECRET: &str = "s3cr3t-7Hq9vLxQ2mZpR8tYwK4nB6cD1eF0gJ5hA3sU";

/// Every text an error shows: its Display and Debug, and those of every error in its chain.
fn error_texts(error: &(dyn StdError + 'static)) -> Vec<String> {
    std::iter::successors(Some(error), |e| (*e).source())
        .flat_map(|e| [e.to_string(), format!("{e:?}")])
        .collect()
}

/// Answers that hold a client secret: the status, body, and the kind the call must report.
fn secret_answers() -> Vec<(u16, String, CallErrorKind)> {
    vec![
        // Cut short.
        (
            200,
            format!(r#"{{"UserPoolClient":{{"ClientId":"{CLIENT_ID}","ClientSecret":"{SECRET}","#),
            CallErrorKind::Response,
        ),
        // A member of the wrong type after the secret.
        (
            200,
            format!(
                r#"{{"UserPoolClient":{{"ClientSecret":"{SECRET}","AllowedOAuthFlowsUserPoolClient":"yes"}}}}"#
            ),
            CallErrorKind::Response,
        ),
        // Not JSON at all.
        (
            200,
            format!(r#"<html>"ClientSecret":"{SECRET}"</html>"#),
            CallErrorKind::Response,
        ),
        // A service error with the secret beside its message.
        (
            500,
            format!(
                r#"{{"__type":"InternalErrorException","message":"internal failure","UserPoolClient":{{"ClientSecret":"{SECRET}"}}}}"#
            ),
            CallErrorKind::ServerError,
        ),
        // A 500 whose body does not parse.
        (
            500,
            format!(r#"{{"UserPoolClient":{{"ClientSecret":"{SECRET}""#),
            CallErrorKind::ServerError,
        ),
    ]
}

/// Answers that hold an identity provider's secret (`DescribeIdentityProvider` shows
/// `client_secret`), shaped like [`secret_answers`].
fn provider_secret_answers() -> Vec<(u16, String, CallErrorKind)> {
    vec![
        (
            200,
            format!(
                r#"{{"IdentityProvider":{{"ProviderName":"{PROVIDER}","ProviderDetails":{{"client_secret":"{SECRET}","#
            ),
            CallErrorKind::Response,
        ),
        (
            200,
            format!(
                r#"{{"IdentityProvider":{{"ProviderDetails":{{"client_secret":"{SECRET}"}},"CreationDate":"yes"}}}}"#
            ),
            CallErrorKind::Response,
        ),
        (
            200,
            format!(r#"<html>"client_secret":"{SECRET}"</html>"#),
            CallErrorKind::Response,
        ),
        (
            500,
            format!(
                r#"{{"__type":"InternalErrorException","message":"internal failure","IdentityProvider":{{"ProviderDetails":{{"client_secret":"{SECRET}"}}}}}}"#
            ),
            CallErrorKind::ServerError,
        ),
        (
            500,
            format!(r#"{{"IdentityProvider":{{"ProviderDetails":{{"client_secret":"{SECRET}""#),
            CallErrorKind::ServerError,
        ),
    ]
}

/// No error repeats a secret from an answer that holds one: an app client's, or an identity
/// provider's.
#[tokio::test(start_paused = true)]
async fn no_error_repeats_a_client_secret_from_the_answer() {
    let _cache = DERIVED_CACHE.read().await;
    let cases = [
        (Call::CreateUserPoolClient, secret_answers()),
        (Call::DescribeUserPoolClient, secret_answers()),
        (Call::UpdateUserPoolClient, secret_answers()),
        (Call::CreateIdentityProvider, provider_secret_answers()),
        (Call::DescribeIdentityProvider, provider_secret_answers()),
        (Call::UpdateIdentityProvider, provider_secret_answers()),
    ];
    for (call, answers) in cases {
        for (status, body, kind) in answers {
            let http = HttpFaults::canned();
            http.reply(&call.operation(), status, &body);
            let client = client(&http, "secret");
            let error = call
                .send(&client)
                .await
                .expect_err("the answer cannot be read as a success");
            assert_eq!(error.kind(), kind, "{call:?}, {status} {body}");
            assert!(error.kind().is_ambiguous(), "{call:?}, {status} {body}");
            assert_eq!(http.total_requests(), 1, "{call:?}, {status} {body}");
            for text in error_texts(&error) {
                assert!(
                    !text.contains(SECRET),
                    "{call:?}, {status} {body}: the error shows the secret: {text}"
                );
            }
            if body.contains("internal failure") {
                assert_eq!(error.code(), Some("InternalErrorException"));
                assert_eq!(error.message(), Some("internal failure"));
            }
        }
    }
}

/// The control for the secret test: the SDK's own error for the same answers does show the
/// secret (it keeps the raw response), so the check above can fail.
#[tokio::test(start_paused = true)]
async fn the_sdk_error_itself_keeps_the_secret() {
    for (status, body, _) in secret_answers() {
        let http = HttpFaults::canned();
        http.inject(
            "DescribeUserPoolClient",
            Attempt::Nth(1),
            Moment::BeforeServer,
            Fault::Answer {
                status,
                body: body.clone(),
            },
        );
        let client = without_retries(&client(&http, "secret-control"));
        let error = client
            .describe_user_pool_client()
            .user_pool_id(POOL_ID)
            .client_id(CLIENT_ID)
            .send()
            .await
            .expect_err("the answer cannot be read as a success");
        let variant = match &error {
            SdkError::ResponseError(_) => "ResponseError",
            SdkError::ServiceError(_) => "ServiceError",
            _ => "other",
        };
        // What the SDK makes of each answer: an unreadable one is a `ResponseError`, a readable
        // error a `ServiceError`; both keep the raw response.
        let want = if body.contains("internal failure") {
            "ServiceError"
        } else {
            "ResponseError"
        };
        assert_eq!(variant, want, "{status} {body}");
        assert!(
            error_texts(&error).iter().any(|t| t.contains(SECRET)),
            "{status} {body}: {error:?}"
        );
    }
}

/// Against moto: a `CreateUserPool` the server commits, answered with a 500 in place of its
/// answer, is sent once (the SDK's standard retries would send it three times and make three
/// pools), and the pool it made exists.
#[tokio::test]
#[ignore = "needs a Cognito endpoint (AWS_ENDPOINT_URL): run ./scripts/test"]
async fn a_500_after_commit_is_not_repeated_against_moto() {
    let _cache = DERIVED_CACHE.read().await;
    let endpoint = std::env::var("AWS_ENDPOINT_URL").expect(
        "AWS_ENDPOINT_URL must point at a Cognito-compatible server: run ./scripts/test, \
         which starts moto and sets it",
    );
    let http = HttpFaults::forwarding(aws_smithy_http_client::Builder::new().build_http());
    http.inject(
        "CreateUserPool",
        Attempt::Nth(1),
        Moment::AfterServer,
        Fault::ServerError,
    );
    let client = Client::from_conf(
        config(&http, "moto")
            .endpoint_url(&endpoint)
            .credentials_provider(Credentials::new("testing", "testing", None, None, "moto"))
            .build(),
    );
    let name = format!(
        "sdk-http-{:016x}",
        std::hash::BuildHasher::hash_one(&std::hash::RandomState::new(), "moto")
    );

    let error = Box::pin(Cognito::create_user_pool(
        &client,
        CreateUserPoolInput::builder().pool_name(&name),
    ))
    .await
    .expect_err("the injected 500 replaces the server's answer");
    assert_eq!(error.kind(), CallErrorKind::ServerError, "{error}");
    assert_eq!(http.requests("CreateUserPool"), 1);
    assert_eq!(http.served("CreateUserPool"), 1);
    http.assert_all_fired();

    let pools = client
        .list_user_pools()
        .max_results(60)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .expect("list the pools");
    let ids: Vec<&str> = pools
        .iter()
        .filter(|p| p.name() == Some(name.as_str()))
        .filter_map(|p| p.id())
        .collect();
    assert_eq!(
        ids.len(),
        1,
        "the server committed exactly one pool: {ids:?}"
    );
    Box::pin(Cognito::delete_user_pool(
        &client,
        DeleteUserPoolInput::builder().user_pool_id(ids[0]),
    ))
    .await
    .expect("delete the pool");
}
