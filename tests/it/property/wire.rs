//! The wire form of a request, produced by the SDK itself: the request is sent through a real
//! `Client` whose HTTP client captures it instead of sending it, and the JSON body is parsed.
//! Nothing here uses the crate under test, so the oracle sees what Cognito would see.

use aws_sdk_cognitoidentityprovider::config::{BehaviorVersion, Credentials, Region};
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::builders::CreateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::builders::CreateUserPoolClientInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::builders::CreateUserPoolDomainInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::builders::UpdateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::builders::UpdateUserPoolClientInputBuilder;
use aws_sdk_cognitoidentityprovider::{Client, Config};
use aws_smithy_http_client::test_util::{CaptureRequestReceiver, capture_request};
use serde_json::Value;

/// Sends requests into a capturing client, one fresh client per request (a capturing client
/// takes exactly one request).
pub(super) struct Wire {
    runtime: tokio::runtime::Runtime,
}

impl Wire {
    pub(super) fn new() -> Self {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("a current-thread runtime");
        Wire { runtime }
    }

    pub(super) fn create_user_pool(&self, input: CreateUserPoolInputBuilder) -> Value {
        self.capture("CreateUserPool", |client| async move {
            let _ = input.send_with(&client).await;
        })
    }

    pub(super) fn create_user_pool_client(&self, input: CreateUserPoolClientInputBuilder) -> Value {
        self.capture("CreateUserPoolClient", |client| async move {
            let _ = input.send_with(&client).await;
        })
    }

    pub(super) fn create_user_pool_domain(&self, input: CreateUserPoolDomainInputBuilder) -> Value {
        self.capture("CreateUserPoolDomain", |client| async move {
            let _ = input.send_with(&client).await;
        })
    }

    pub(super) fn update_user_pool(&self, input: UpdateUserPoolInputBuilder) -> Value {
        self.capture("UpdateUserPool", |client| async move {
            let _ = input.send_with(&client).await;
        })
    }

    pub(super) fn update_user_pool_client(&self, input: UpdateUserPoolClientInputBuilder) -> Value {
        self.capture("UpdateUserPoolClient", |client| async move {
            let _ = input.send_with(&client).await;
        })
    }

    /// Runs `send` against a client that captures the request, checks that it is the expected
    /// operation, and returns its parsed JSON body. The canned reply (200, empty body) is of no
    /// interest: whatever `send` returns is dropped.
    fn capture<F, Fut>(&self, operation: &str, send: F) -> Value
    where
        F: FnOnce(Client) -> Fut,
        Fut: Future<Output = ()>,
    {
        let (http_client, request) = capture_request(None);
        let config = Config::builder()
            .behavior_version(BehaviorVersion::latest())
            .region(Region::new("us-east-1"))
            .credentials_provider(Credentials::new(
                "AKIDEXAMPLE",
                "secret",
                None,
                None,
                "test",
            ))
            .http_client(http_client)
            .build();
        self.runtime.block_on(send(Client::from_conf(config)));
        body(operation, request)
    }
}

fn body(operation: &str, request: CaptureRequestReceiver) -> Value {
    let request = request.expect_request();
    let target = request
        .headers()
        .get("x-amz-target")
        .expect("a JSON-protocol request names its operation");
    assert_eq!(
        target,
        format!("AWSCognitoIdentityProviderService.{operation}"),
        "captured the wrong operation"
    );
    let bytes = request.body().bytes().expect("an in-memory request body");
    serde_json::from_slice(bytes).expect("the SDK sends a JSON object")
}
