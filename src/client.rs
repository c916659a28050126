//! The calls a plan, its rollback and a pool's later changes make, as one small trait, and the
//! error every call returns.
//!
//! [`Cognito`] is implemented for the SDK's [`Client`] and forwarded for `&T` and `Arc<T>`; the
//! `test-util` feature adds an in-memory implementation for test harnesses. Methods take the
//! SDK's own input builders, so a request reads the same everywhere.
//!
//! Through the SDK's [`Client`], every call sends exactly one HTTP request, whatever retry
//! configuration the client has: the provisioning code owns retries, because a blind repeat of
//! a non-idempotent create after a 5xx or a dropped connection can create a second resource.
//! See [`without_retries`] for how, and for what the client's other settings still do.
//!
//! # Examples
//!
//! ```no_run
//! use cognito_wizard::client::Cognito;
//! use aws_sdk_cognitoidentityprovider::operation::describe_user_pool::DescribeUserPoolInput;
//!
//! async fn pool_name(cognito: &impl Cognito, id: &str) -> Option<String> {
//!     let out = cognito
//!         .describe_user_pool(DescribeUserPoolInput::builder().user_pool_id(id))
//!         .await
//!         .ok()?;
//!     out.user_pool()?.name().map(str::to_owned)
//! }
//! ```

use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};

use aws_credential_types::provider::error::CredentialsError;
use aws_sdk_cognitoidentityprovider::Client;
use aws_sdk_cognitoidentityprovider::config::SharedAsyncSleep;
use aws_sdk_cognitoidentityprovider::config::http::HttpResponse;
use aws_sdk_cognitoidentityprovider::config::retry::RetryConfig;
use aws_sdk_cognitoidentityprovider::error::SdkError;
use aws_sdk_cognitoidentityprovider::operation::add_custom_attributes::{
    AddCustomAttributesOutput, builders::AddCustomAttributesInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::{
    CreateIdentityProviderOutput, builders::CreateIdentityProviderInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_resource_server::{
    CreateResourceServerOutput, builders::CreateResourceServerInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::{
    CreateUserPoolOutput, builders::CreateUserPoolInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::{
    CreateUserPoolClientOutput, builders::CreateUserPoolClientInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::{
    CreateUserPoolDomainOutput, builders::CreateUserPoolDomainInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::delete_identity_provider::{
    DeleteIdentityProviderOutput, builders::DeleteIdentityProviderInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::delete_resource_server::{
    DeleteResourceServerOutput, builders::DeleteResourceServerInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool::{
    DeleteUserPoolOutput, builders::DeleteUserPoolInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool_client::{
    DeleteUserPoolClientOutput, builders::DeleteUserPoolClientInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool_domain::{
    DeleteUserPoolDomainOutput, builders::DeleteUserPoolDomainInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::describe_identity_provider::{
    DescribeIdentityProviderOutput, builders::DescribeIdentityProviderInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::describe_resource_server::{
    DescribeResourceServerOutput, builders::DescribeResourceServerInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool::{
    DescribeUserPoolOutput, builders::DescribeUserPoolInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool_client::{
    DescribeUserPoolClientOutput, builders::DescribeUserPoolClientInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool_domain::{
    DescribeUserPoolDomainOutput, builders::DescribeUserPoolDomainInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::get_user_pool_mfa_config::{
    GetUserPoolMfaConfigOutput, builders::GetUserPoolMfaConfigInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::list_identity_providers::{
    ListIdentityProvidersOutput, builders::ListIdentityProvidersInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::list_resource_servers::{
    ListResourceServersOutput, builders::ListResourceServersInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::list_user_pool_clients::{
    ListUserPoolClientsOutput, builders::ListUserPoolClientsInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::list_user_pools::{
    ListUserPoolsOutput, builders::ListUserPoolsInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::{
    SetUserPoolMfaConfigOutput, builders::SetUserPoolMfaConfigInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::update_identity_provider::{
    UpdateIdentityProviderOutput, builders::UpdateIdentityProviderInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::update_resource_server::{
    UpdateResourceServerOutput, builders::UpdateResourceServerInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::{
    UpdateUserPoolOutput, builders::UpdateUserPoolInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::{
    UpdateUserPoolClientOutput, builders::UpdateUserPoolClientInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_domain::{
    UpdateUserPoolDomainOutput, builders::UpdateUserPoolDomainInputBuilder,
};
use aws_smithy_types::error::metadata::{ErrorMetadata, ProvideErrorMetadata};

/// Declares the trait's methods once, so the trait, the SDK implementation and the forwarding
/// implementations cannot drift apart.
macro_rules! cognito_calls {
    ($callback:ident) => {
        $callback! {
            /// `CreateUserPool`. Implementations must not retry it on their own: it is not
            /// idempotent, and the provisioning code decides when a second attempt is safe.
            create_user_pool(CreateUserPoolInputBuilder) -> CreateUserPoolOutput;
            /// `DescribeUserPool`.
            describe_user_pool(DescribeUserPoolInputBuilder) -> DescribeUserPoolOutput;
            /// `UpdateUserPool`. Cognito resets every member the request leaves out.
            update_user_pool(UpdateUserPoolInputBuilder) -> UpdateUserPoolOutput;
            /// `DeleteUserPool`.
            delete_user_pool(DeleteUserPoolInputBuilder) -> DeleteUserPoolOutput;
            /// `ListUserPools` (one page).
            list_user_pools(ListUserPoolsInputBuilder) -> ListUserPoolsOutput;
            /// `SetUserPoolMfaConfig`.
            set_user_pool_mfa_config(SetUserPoolMfaConfigInputBuilder) -> SetUserPoolMfaConfigOutput;
            /// `GetUserPoolMfaConfig`.
            get_user_pool_mfa_config(GetUserPoolMfaConfigInputBuilder) -> GetUserPoolMfaConfigOutput;
            /// `CreateUserPoolClient`.
            create_user_pool_client(CreateUserPoolClientInputBuilder) -> CreateUserPoolClientOutput;
            /// `DescribeUserPoolClient`.
            describe_user_pool_client(DescribeUserPoolClientInputBuilder) -> DescribeUserPoolClientOutput;
            /// `ListUserPoolClients` (one page).
            list_user_pool_clients(ListUserPoolClientsInputBuilder) -> ListUserPoolClientsOutput;
            /// `DeleteUserPoolClient`.
            delete_user_pool_client(DeleteUserPoolClientInputBuilder) -> DeleteUserPoolClientOutput;
            /// `CreateUserPoolDomain`.
            create_user_pool_domain(CreateUserPoolDomainInputBuilder) -> CreateUserPoolDomainOutput;
            /// `DescribeUserPoolDomain`.
            describe_user_pool_domain(DescribeUserPoolDomainInputBuilder) -> DescribeUserPoolDomainOutput;
            /// `DeleteUserPoolDomain`.
            delete_user_pool_domain(DeleteUserPoolDomainInputBuilder) -> DeleteUserPoolDomainOutput;
            /// `UpdateUserPoolClient`: replaces the whole client, so Cognito resets every member
            /// the request leaves out; idempotent.
            update_user_pool_client(UpdateUserPoolClientInputBuilder) -> UpdateUserPoolClientOutput;
            /// `AddCustomAttributes`: not idempotent, a repeat is refused for the names it added.
            add_custom_attributes(AddCustomAttributesInputBuilder) -> AddCustomAttributesOutput;
            /// `UpdateUserPoolDomain`: idempotent.
            update_user_pool_domain(UpdateUserPoolDomainInputBuilder) -> UpdateUserPoolDomainOutput;
            /// `CreateIdentityProvider`: not idempotent, a repeat is `DuplicateProviderException`.
            create_identity_provider(CreateIdentityProviderInputBuilder) -> CreateIdentityProviderOutput;
            /// `DescribeIdentityProvider`: read-only.
            describe_identity_provider(DescribeIdentityProviderInputBuilder) -> DescribeIdentityProviderOutput;
            /// `UpdateIdentityProvider`: idempotent.
            update_identity_provider(UpdateIdentityProviderInputBuilder) -> UpdateIdentityProviderOutput;
            /// `DeleteIdentityProvider`: a repeat is `ResourceNotFoundException`.
            delete_identity_provider(DeleteIdentityProviderInputBuilder) -> DeleteIdentityProviderOutput;
            /// `ListIdentityProviders` (one page): read-only.
            list_identity_providers(ListIdentityProvidersInputBuilder) -> ListIdentityProvidersOutput;
            /// `CreateResourceServer`: not idempotent, a repeat is refused (the identifier is taken).
            create_resource_server(CreateResourceServerInputBuilder) -> CreateResourceServerOutput;
            /// `DescribeResourceServer`: read-only.
            describe_resource_server(DescribeResourceServerInputBuilder) -> DescribeResourceServerOutput;
            /// `UpdateResourceServer`: replaces the whole server (an omitted `Scopes` removes every
            /// scope); idempotent.
            update_resource_server(UpdateResourceServerInputBuilder) -> UpdateResourceServerOutput;
            /// `DeleteResourceServer`: a repeat is `ResourceNotFoundException`.
            delete_resource_server(DeleteResourceServerInputBuilder) -> DeleteResourceServerOutput;
            /// `ListResourceServers` (one page): read-only.
            list_resource_servers(ListResourceServersInputBuilder) -> ListResourceServersOutput;
        }
    };
}

macro_rules! declare_trait {
    ($($(#[$doc:meta])* $name:ident($input:ty) -> $output:ty;)*) => {
        /// The Cognito calls a plan and its rollback need, and those that change a pool later or
        /// federate it (app client updates, custom attributes, domains, identity providers and
        /// resource servers).
        ///
        /// Implemented for the SDK's [`Client`], forwarded for `&T` and `Arc<T>`, and (with the
        /// `test-util` feature) by `test_util::InMemoryCognito`.
        /// Implementors may write `async fn`; the trait's signatures promise `Send` futures so
        /// plans can run on multi-threaded executors.
        ///
        /// # Errors
        ///
        /// Every method returns a [`CallError`] that says whether the failure was throttling,
        /// a refusal by the service, or ambiguous (the request may or may not have taken effect).
        pub trait Cognito: Send + Sync {
            $(
                $(#[$doc])*
                fn $name(&self, input: $input)
                    -> impl Future<Output = Result<$output, CallError>> + Send;
            )*

            /// The sleep used between retries; `None` retries at once. The SDK client answers
            /// with its configured sleep implementation.
            fn sleep_impl(&self) -> Option<SharedAsyncSleep> {
                None
            }
        }
    };
}
cognito_calls!(declare_trait);

macro_rules! forward {
    ($($(#[$doc:meta])* $name:ident($input:ty) -> $output:ty;)*) => {
        impl<T: Cognito + ?Sized> Cognito for &T {
            $(
                fn $name(&self, input: $input)
                    -> impl Future<Output = Result<$output, CallError>> + Send {
                    (**self).$name(input)
                }
            )*
            fn sleep_impl(&self) -> Option<SharedAsyncSleep> {
                (**self).sleep_impl()
            }
        }

        impl<T: Cognito + ?Sized> Cognito for Arc<T> {
            $(
                fn $name(&self, input: $input)
                    -> impl Future<Output = Result<$output, CallError>> + Send {
                    (**self).$name(input)
                }
            )*
            fn sleep_impl(&self) -> Option<SharedAsyncSleep> {
                (**self).sleep_impl()
            }
        }
    };
}
cognito_calls!(forward);

macro_rules! sdk_impl {
    ($($(#[$doc:meta])* $name:ident($input:ty) -> $output:ty;)*) => {
        /// Sends each request exactly once: with the client itself when its retry configuration
        /// allows one attempt, otherwise with a retry-disabled client derived from it once and
        /// remembered (see [`without_retries`]).
        impl Cognito for Client {
            $(
                fn $name(&self, input: $input)
                    -> impl Future<Output = Result<$output, CallError>> + Send {
                    let once = single_attempt(self);
                    async move { input.send_with(&once).await.map_err(CallError::from) }
                }
            )*
            fn sleep_impl(&self) -> Option<SharedAsyncSleep> {
                self.config().sleep_impl()
            }
        }
    };
}
cognito_calls!(sdk_impl);

/// A client like `client` that sends each request exactly once: the SDK's own retries are off.
///
/// This is what every [`Cognito`] method on a [`Client`] sends with; call it yourself to derive
/// the client once, explicitly (a client that already allows one attempt is used as it is).
/// The SDK's retries must be off because they are blind: after an HTTP 500 or a connection
/// dropped once the request was sent, the SDK repeats the request, and a `CreateUserPool` or
/// `CreateUserPoolClient` the service had already committed is made twice. The provisioning
/// code retries instead: throttling with backoff, and an ambiguous failure of a create only
/// after looking for what the first attempt made.
///
/// The derived client has `client`'s configuration with [`RetryConfig::disabled`]: region,
/// endpoint, credentials provider, HTTP client, sleep, interceptors and timeouts are the same.
/// Timeouts still apply, to the one attempt (an operation timeout and an attempt timeout both
/// bound it). Everything else in the retry configuration (mode, attempts, backoff) no longer
/// does. The identity (credentials) cache is shared when the configuration names one, as the
/// configuration `aws-config` loads does; otherwise the derived client, like any client built
/// from a configuration, makes its own, so credentials are resolved once more for it (once, not
/// per request). The same holds for the SDK's default HTTP client (its own connection pool) when
/// the configuration names none.
///
/// # Examples
///
/// ```no_run
/// use aws_sdk_cognitoidentityprovider::Client;
/// use cognito_wizard::client::without_retries;
/// use cognito_wizard::{CreateError, Reviewed};
///
/// async fn create(plan: &Reviewed) -> Result<(), CreateError> {
///     let config = aws_config::load_defaults(aws_config::BehaviorVersion::latest()).await;
///     // Derived once here; every call of the plan then goes out with this client as it is.
///     let client = without_retries(&Client::new(&config));
///     let created = plan.create(&client).await?;
///     println!("created {}", created.user_pool_id());
///     Ok(())
/// }
/// ```
pub fn without_retries(client: &Client) -> Client {
    if allows_one_attempt(client) {
        return client.clone();
    }
    // Cannot panic: `from_conf` validates the configuration `client` was already built from
    // (and validated) with retries off, which only drops the "retries need a sleep" check.
    Client::from_conf(
        client
            .config()
            .to_builder()
            .retry_config(RetryConfig::disabled())
            .build(),
    )
}

fn allows_one_attempt(client: &Client) -> bool {
    // No retry configuration means the SDK's default, which retries.
    client
        .config()
        .retry_config()
        .is_some_and(|retry| retry.max_attempts() <= 1)
}

/// How many derived clients [`single_attempt`] remembers.
const DERIVED_CLIENTS: usize = 16;

/// A client of the user's, and the retry-disabled client derived from it.
struct Derived {
    /// Keeps the user's client's shared state alive, so the address that identifies it (see
    /// [`single_attempt`]) cannot belong to another client while the entry exists.
    original: Client,
    once: Client,
}

/// Derived clients, least recently used first.
static DERIVED: Mutex<Vec<Derived>> = Mutex::new(Vec::new());

/// [`without_retries`], derived once per client rather than per call: deriving builds a whole
/// client (runtime plugins, validation, and possibly a fresh identity cache, i.e. credential
/// resolution per request for SSO or assume-role users).
///
/// Clones of a [`Client`] share one state, which its `config()` points into, so that address
/// identifies the client; the SDK offers no other identity. The cache is small and bounded: a
/// process that cycles through more clients derives again after eviction (and can call
/// [`without_retries`] once itself instead), and an evicted client is released.
fn single_attempt(client: &Client) -> Client {
    if allows_one_attempt(client) {
        return client.clone();
    }
    // A panic elsewhere while holding the lock leaves the list consistent: entries are only
    // pushed and removed whole.
    let mut derived = DERIVED.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(at) = derived
        .iter()
        .position(|d| std::ptr::eq(d.original.config(), client.config()))
    {
        let entry = derived.remove(at);
        let once = entry.once.clone();
        derived.push(entry);
        return once;
    }
    let once = without_retries(client);
    derived.push(Derived {
        original: client.clone(),
        once: once.clone(),
    });
    let evicted = if derived.len() > DERIVED_CLIENTS {
        Some(derived.remove(0))
    } else {
        None
    };
    // Release the evicted clients (connection pools and all) outside the lock.
    drop(derived);
    drop(evicted);
    once
}

/// What kind of failure a [`CallError`] is; it decides what the caller may safely do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CallErrorKind {
    /// The service refused the request for its rate (`TooManyRequestsException`); retry later.
    Throttled,
    /// The service refused the request (a 4xx error such as `InvalidParameterException`); the
    /// request had no effect and repeating it will fail the same way.
    Service,
    /// The service failed (HTTP 5xx, `InternalErrorException`): the request may have taken effect.
    ServerError,
    /// No answer in time: the request may have taken effect.
    Timeout,
    /// The connection failed while sending or receiving: the request may have taken effect.
    Dispatch,
    /// An answer came but could not be read: the request may have taken effect.
    Response,
    /// The request could not be built or signed (e.g. no region, no credentials); it was never
    /// sent.
    Construction,
    /// The endpoint refused the connection; the request was never sent.
    Unreachable,
}

impl CallErrorKind {
    /// Whether the request may have taken effect although it failed (timeouts, connection
    /// failures, 5xx): the caller must look before it repeats a non-idempotent call.
    pub fn is_ambiguous(self) -> bool {
        matches!(
            self,
            CallErrorKind::ServerError
                | CallErrorKind::Timeout
                | CallErrorKind::Dispatch
                | CallErrorKind::Response
        )
    }
}

/// A failed call: its kind, and the service's error code and message when it answered.
///
/// The code and message are readable through [`ProvideErrorMetadata`] (`.code()`,
/// `.message()`), as on the SDK's own errors.
///
/// It never holds an HTTP response or any part of its body: the unread body of a
/// `CreateUserPoolClient` or `DescribeUserPoolClient` answer holds the client secret, and errors
/// end up in logs. Converted from the SDK's error, it keeps the kind, the service's code and
/// message, the HTTP status of an answer, and, for failures where no answer was read (timeouts,
/// connection failures, requests never built), the cause as its
/// [`source`](StdError::source).
///
/// # Examples
///
/// ```
/// use cognito_wizard::client::{CallError, CallErrorKind};
/// use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
///
/// let e = CallError::service("InvalidParameterException", "The domain name contains an invalid character.");
/// assert_eq!(e.kind(), CallErrorKind::Service);
/// assert_eq!(e.code(), Some("InvalidParameterException"));
/// assert!(!e.kind().is_ambiguous());
/// ```
#[derive(Debug)]
pub struct CallError {
    kind: CallErrorKind,
    meta: ErrorMetadata,
    /// The HTTP status of the answer, when one came.
    status: Option<u16>,
    /// Only ever an error that cannot hold a response (see the type's documentation).
    source: Option<Box<dyn StdError + Send + Sync>>,
}

impl CallError {
    /// An error of `kind` with a service error code and message.
    pub fn new(kind: CallErrorKind, code: impl Into<String>, message: impl Into<String>) -> Self {
        CallError {
            kind,
            meta: ErrorMetadata::builder().code(code).message(message).build(),
            status: None,
            source: None,
        }
    }

    /// A refusal by the service ([`CallErrorKind::Service`]).
    pub fn service(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(CallErrorKind::Service, code, message)
    }

    /// Throttling (`TooManyRequestsException`).
    pub fn throttled(message: impl Into<String>) -> Self {
        Self::new(
            CallErrorKind::Throttled,
            "TooManyRequestsException",
            message,
        )
    }

    /// A timeout with no answer from the service.
    pub fn timeout(message: impl Into<String>) -> Self {
        CallError {
            kind: CallErrorKind::Timeout,
            meta: ErrorMetadata::builder().message(message).build(),
            status: None,
            source: None,
        }
    }

    /// A connection lost after the request was sent, before the answer came
    /// ([`CallErrorKind::Dispatch`]): the request may have taken effect.
    pub fn dispatch(message: impl Into<String>) -> Self {
        CallError {
            kind: CallErrorKind::Dispatch,
            meta: ErrorMetadata::builder().message(message).build(),
            status: None,
            source: None,
        }
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> CallErrorKind {
        self.kind
    }

    /// A failure with no answer read; `source` must not be able to hold a response.
    fn without_answer(
        kind: CallErrorKind,
        source: Option<Box<dyn StdError + Send + Sync>>,
    ) -> Self {
        CallError {
            kind,
            meta: ErrorMetadata::builder().build(),
            status: None,
            source,
        }
    }

    /// An answer: its status and the service's code and message, nothing else of it.
    fn answered(
        kind: CallErrorKind,
        status: u16,
        code: Option<&str>,
        message: Option<&str>,
    ) -> Self {
        let mut meta = ErrorMetadata::builder();
        if let Some(code) = code {
            meta = meta.code(code);
        }
        if let Some(message) = message {
            meta = meta.message(message);
        }
        CallError {
            kind,
            meta: meta.build(),
            status: Some(status),
            source: None,
        }
    }
}

impl ProvideErrorMetadata for CallError {
    fn meta(&self) -> &ErrorMetadata {
        &self.meta
    }
}

/// `InvalidParameterException: <message>` when the service answered with a code; otherwise what
/// went wrong (the cause, if any, is available through [`std::error::Error::source`]).
impl fmt::Display for CallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.meta.code(), self.meta.message()) {
            (Some(code), Some(message)) => write!(f, "{code}: {message}"),
            (Some(code), None) => f.write_str(code),
            (None, Some(message)) => f.write_str(message),
            (None, None) => {
                f.write_str(match self.kind {
                    CallErrorKind::Throttled => "the request was throttled",
                    CallErrorKind::Service => "the service refused the request",
                    CallErrorKind::ServerError => "the service failed",
                    CallErrorKind::Timeout => "the request timed out",
                    CallErrorKind::Dispatch => "the connection failed",
                    CallErrorKind::Response => "the response could not be read",
                    CallErrorKind::Construction => "the request could not be built",
                    CallErrorKind::Unreachable => "the endpoint refused the connection",
                })?;
                match self.status {
                    Some(status) => write!(f, " (HTTP {status})"),
                    None => Ok(()),
                }
            }
        }
    }
}

impl StdError for CallError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_deref()
            .map(|s| s as &(dyn StdError + 'static))
    }
}

/// Error codes Cognito and the AWS SDKs use for throttling.
const THROTTLING_CODES: &[&str] = &[
    "TooManyRequestsException",
    "ThrottlingException",
    "Throttling",
    "RequestLimitExceeded",
];

/// Keeps the kind, the service's code and message and the HTTP status; drops the response.
///
/// The SDK's error holds the raw response (`ServiceError`, `ResponseError`), and the errors it
/// wraps may quote the body (a `ResponseError`'s parse error, an unhandled service error's
/// source), so neither is kept. An answer whose body cannot be read (the SDK's `ResponseError`,
/// which is what a 2xx answer that does not parse becomes) is [`CallErrorKind::Response`], or
/// [`CallErrorKind::ServerError`] for a 5xx: either way ambiguous.
impl<E> From<SdkError<E, HttpResponse>> for CallError
where
    E: ProvideErrorMetadata + StdError + Send + Sync + 'static,
{
    fn from(error: SdkError<E, HttpResponse>) -> Self {
        match error {
            SdkError::ServiceError(context) => {
                let status = context.raw().status();
                let err = context.into_err();
                let code = err.code();
                let kind = if status.is_success() {
                    // An "error" in a success answer: what it says was done is unknown.
                    CallErrorKind::Response
                } else if code.is_some_and(|c| THROTTLING_CODES.contains(&c)) {
                    CallErrorKind::Throttled
                } else if code == Some("InternalErrorException") || status.is_server_error() {
                    CallErrorKind::ServerError
                } else {
                    CallErrorKind::Service
                };
                CallError::answered(kind, status.as_u16(), code, err.message())
            }
            SdkError::ResponseError(context) => {
                let status = context.into_raw().status();
                let kind = if status.is_server_error() {
                    CallErrorKind::ServerError
                } else {
                    CallErrorKind::Response
                };
                CallError::answered(kind, status.as_u16(), None, None)
            }
            SdkError::TimeoutError(_) => {
                // The orchestrator's timeout error: no answer came.
                CallError::without_answer(CallErrorKind::Timeout, error.into_source().ok())
            }
            SdkError::DispatchFailure(ref failure) => {
                // Dispatch failures include everything that went wrong before the request was
                // on the wire; only the ones that certainly never left are unambiguous.
                let kind = if failure.is_timeout() {
                    CallErrorKind::Timeout
                } else if caused_by(&error, <dyn StdError>::is::<CredentialsError>) {
                    CallErrorKind::Construction
                } else if caused_by(&error, |e| {
                    e.downcast_ref::<std::io::Error>()
                        .is_some_and(|io| io.kind() == std::io::ErrorKind::ConnectionRefused)
                }) {
                    CallErrorKind::Unreachable
                } else {
                    CallErrorKind::Dispatch
                };
                // The connector's error: the connector returns either it or a response.
                CallError::without_answer(kind, error.into_source().ok())
            }
            SdkError::ConstructionFailure(_) => {
                CallError::without_answer(CallErrorKind::Construction, error.into_source().ok())
            }
            // A kind a later SDK adds: keep nothing that might hold an answer.
            _ => match error.raw_response() {
                Some(raw) => {
                    CallError::answered(CallErrorKind::Response, raw.status().as_u16(), None, None)
                }
                None => CallError::without_answer(CallErrorKind::Construction, None),
            },
        }
    }
}

/// Whether `error` or any error in its source chain satisfies `test`.
fn caused_by(
    error: &(dyn StdError + 'static),
    test: impl Fn(&(dyn StdError + 'static)) -> bool,
) -> bool {
    std::iter::successors(Some(error), |e| (*e).source()).any(test)
}
