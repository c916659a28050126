//! An in-memory Cognito for test harnesses (feature `test-util`).
//!
//! [`InMemoryCognito`] implements [`Cognito`] the way the service behaves: it runs the crate's
//! own validators on every request that creates or changes something (the pool, its MFA
//! configuration, app clients, domains, custom attributes, identity providers, resource
//! servers), keeps all of these with the pool's tags and deletion protection, and answers with
//! Cognito's error codes and messages (`InvalidParameterException`,
//! `ResourceNotFoundException`, ...), readable through `.code()` / `.message()`. Ids look like
//! the service's: `us-east-1_AbC123xyZ` pools, 26-character client ids, ARNs with the region and
//! account.
//!
//! For failure tests it injects faults into a chosen call ([`InMemoryCognito::fail_next`], or
//! a later attempt of it with [`InMemoryCognito::fail_nth`]): throttling, a refusal with any
//! error code, a 5xx, a timeout or a dropped connection before or after the service committed
//! the change, and a request that commits only after further calls
//! ([`Fault::LateCommit`]). [`InMemoryCognito::faults_fired`] and
//! [`InMemoryCognito::pending_faults`] tell a test whether every fault it injected fired.
//! [`InMemoryCognito::with_latency`] makes every call take a fixed round trip (on tokio's
//! clock, so `#[tokio::test(start_paused = true)]` runs it in virtual time).
//!
//! Clones share one "service": hand a clone to the code under test and inspect the original.
//! One service can serve a whole suite: lookups are indexed, so a call costs the same with a
//! hundred thousand pools as with one, and the call log keeps exact counts but only the most
//! recent calls ([`InMemoryCognito::with_call_log_capacity`]).
//!
//! # Behaviour worth knowing
//!
//! - `UpdateUserPool` resets every member it is not given to its default (deletion protection
//!   to `INACTIVE`, `MfaConfiguration` to `OFF`, messages and policies to the service's), keeps
//!   what only `CreateUserPool` sets (schema, sign-in attributes, case sensitivity, the name
//!   unless renamed), and keeps the plan, the tags and `UserAttributeUpdateSettings`. The
//!   request is validated as sent, and the result like a create, so lifting deletion protection
//!   alone from a pool whose attribute-update settings name `email` is refused, as it is by
//!   Cognito: send the whole configuration. Tags: an omitted `UserPoolTags` keeps them and a
//!   sent one replaces them all. Whether Cognito keeps or drops tags an update omits is not
//!   known (SR-124; moto drops them), so send them whenever they matter.
//! - `UpdateUserPoolClient` replaces the whole client: every member it is not given goes back
//!   to what `CreateUserPoolClient` gives it when left out (no callback URLs, OAuth flows,
//!   scopes or identity providers; token lifetimes of 1 hour and 30 days; the three default
//!   authentication flows; token revocation on; ...). The client id, its secret (fixed at
//!   creation: `client_credentials` and context-data propagation need one) and its creation
//!   date stay, and so does its name when the update sends none (unconfirmed).
//! - `AddCustomAttributes` only appends: a name the pool already has is refused, the schema
//!   holds at most 50 custom attributes, and nothing else changes a schema.
//! - `UpdateUserPoolDomain` changes a domain of the pool (its managed-login version, a custom
//!   domain's certificate, routing) and keeps what it is not given.
//! - Identity provider names and resource server identifiers are unique in their pool, and so
//!   are `IdpIdentifiers`. `UpdateIdentityProvider` replaces each member it sends whole
//!   (`ProviderDetails` included: a secret left out is dropped, and a provider left without a
//!   required detail is refused) and keeps the members it leaves out; Cognito does not say
//!   whether it merges details instead (SR-167), so this reads it strictly. The calls that
//!   answer with a provider show its `client_secret` but never its `private_key`, and no error
//!   message quotes either. `UpdateResourceServer` replaces the whole server: an omitted `Scopes` removes every
//!   scope.
//! - `CreateUserPoolClient` and `UpdateUserPoolClient` refuse a client that names an identity
//!   provider other than `COGNITO` the pool lacks, or a custom scope `<identifier>/<scope>` the
//!   pool's resource servers lack, as Cognito does. Deleting a provider or a scope leaves it on
//!   the clients, whose later updates are then refused until they drop it.
//! - `DeleteUserPool` is refused while deletion protection is `ACTIVE` or a domain is
//!   configured; it deletes the pool's app clients, identity providers and resource servers.
//! - A domain belongs to one pool service-wide; a pool has at most one prefix domain and one
//!   custom domain. `DescribeUserPoolDomain` of an unknown domain answers an empty description.
//! - `SetUserPoolMfaConfig` replaces the set of enabled factors (SMS, TOTP, e-mail); passkey
//!   settings and, when absent, `MfaConfiguration` stay.
//! - Pool ids are `<region>_` and 9 letters or digits; client ids 26 lower-case letters or
//!   digits; generated client secrets 51 of them. The list calls list oldest first; their
//!   pagination tokens survive deletions and are refused by another list or pool.
//! - Not modelled: users and groups, the attributes the service adds to an identity provider
//!   (a `username` mapping, discovered endpoints, SAML certificates), quotas other than the 50
//!   custom attributes (identity providers and resource servers per pool, custom domains per
//!   account), the service's own rate limits (inject [`Fault::Throttle`] instead).
//!
//! # Examples
//!
//! ```
//! use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
//! use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
//! use aws_sdk_cognitoidentityprovider::operation::describe_user_pool::DescribeUserPoolInput;
//! use cognito_wizard::client::Cognito;
//! use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(async {
//! let cognito = InMemoryCognito::new();
//! let created = cognito
//!     .create_user_pool(CreateUserPoolInput::builder().pool_name("my-user-pool"))
//!     .await
//!     .unwrap();
//! let id = created.user_pool().and_then(|p| p.id()).unwrap().to_owned();
//! assert!(id.starts_with("us-east-1_"));
//!
//! // The next DescribeUserPool is refused; the one after it succeeds.
//! cognito.fail_next(Call::DescribeUserPool, Fault::service("NotAuthorizedException", "nope"));
//! let err = cognito
//!     .describe_user_pool(DescribeUserPoolInput::builder().user_pool_id(&id))
//!     .await
//!     .unwrap_err();
//! assert_eq!(err.code(), Some("NotAuthorizedException"));
//! let described = cognito
//!     .describe_user_pool(DescribeUserPoolInput::builder().user_pool_id(&id))
//!     .await
//!     .unwrap();
//! assert_eq!(described.user_pool().and_then(|p| p.name()), Some("my-user-pool"));
//! assert_eq!(cognito.calls().len(), 3);
//! # });
//! ```

use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use aws_sdk_cognitoidentityprovider::config::{AsyncSleep, SharedAsyncSleep, Sleep};
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

use crate::client::{CallError, CallErrorKind, Cognito};

/// One Cognito operation of the [`Cognito`] trait, as logged by [`InMemoryCognito::calls`] and
/// targeted by [`InMemoryCognito::fail_next`].
///
/// `Display` gives the operation's API name (`CreateUserPool`).
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Call {
    /// `CreateUserPool`.
    CreateUserPool,
    /// `DescribeUserPool`.
    DescribeUserPool,
    /// `UpdateUserPool`.
    UpdateUserPool,
    /// `DeleteUserPool`.
    DeleteUserPool,
    /// `ListUserPools`.
    ListUserPools,
    /// `SetUserPoolMfaConfig`.
    SetUserPoolMfaConfig,
    /// `GetUserPoolMfaConfig`.
    GetUserPoolMfaConfig,
    /// `CreateUserPoolClient`.
    CreateUserPoolClient,
    /// `DescribeUserPoolClient`.
    DescribeUserPoolClient,
    /// `ListUserPoolClients`.
    ListUserPoolClients,
    /// `DeleteUserPoolClient`.
    DeleteUserPoolClient,
    /// `CreateUserPoolDomain`.
    CreateUserPoolDomain,
    /// `DescribeUserPoolDomain`.
    DescribeUserPoolDomain,
    /// `DeleteUserPoolDomain`.
    DeleteUserPoolDomain,
    /// `UpdateUserPoolClient`. Replaces the whole client.
    UpdateUserPoolClient,
    /// `AddCustomAttributes`.
    AddCustomAttributes,
    /// `UpdateUserPoolDomain`.
    UpdateUserPoolDomain,
    /// `CreateIdentityProvider`.
    CreateIdentityProvider,
    /// `DescribeIdentityProvider`.
    DescribeIdentityProvider,
    /// `UpdateIdentityProvider`. Each member sent replaces the stored one whole, `ProviderDetails`
    /// included; see the [module documentation](self).
    UpdateIdentityProvider,
    /// `DeleteIdentityProvider`.
    DeleteIdentityProvider,
    /// `ListIdentityProviders`.
    ListIdentityProviders,
    /// `CreateResourceServer`.
    CreateResourceServer,
    /// `DescribeResourceServer`.
    DescribeResourceServer,
    /// `UpdateResourceServer`. Replaces the whole server.
    UpdateResourceServer,
    /// `DeleteResourceServer`.
    DeleteResourceServer,
    /// `ListResourceServers`.
    ListResourceServers,
}

impl Call {
    /// Every call, in the trait's order (for fault matrices).
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::Call;
    ///
    /// assert_eq!(Call::ALL.len(), 27);
    /// assert_eq!(Call::ALL[0].name(), "CreateUserPool");
    /// ```
    pub const ALL: &'static [Call] = &[
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

    /// The call's position in [`Call::ALL`].
    const fn index(self) -> usize {
        self as usize
    }

    /// The operation's API name, e.g. `"SetUserPoolMfaConfig"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::Call;
    ///
    /// assert_eq!(Call::SetUserPoolMfaConfig.name(), "SetUserPoolMfaConfig");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Call::CreateUserPool => "CreateUserPool",
            Call::DescribeUserPool => "DescribeUserPool",
            Call::UpdateUserPool => "UpdateUserPool",
            Call::DeleteUserPool => "DeleteUserPool",
            Call::ListUserPools => "ListUserPools",
            Call::SetUserPoolMfaConfig => "SetUserPoolMfaConfig",
            Call::GetUserPoolMfaConfig => "GetUserPoolMfaConfig",
            Call::CreateUserPoolClient => "CreateUserPoolClient",
            Call::DescribeUserPoolClient => "DescribeUserPoolClient",
            Call::ListUserPoolClients => "ListUserPoolClients",
            Call::DeleteUserPoolClient => "DeleteUserPoolClient",
            Call::CreateUserPoolDomain => "CreateUserPoolDomain",
            Call::DescribeUserPoolDomain => "DescribeUserPoolDomain",
            Call::DeleteUserPoolDomain => "DeleteUserPoolDomain",
            Call::UpdateUserPoolClient => "UpdateUserPoolClient",
            Call::AddCustomAttributes => "AddCustomAttributes",
            Call::UpdateUserPoolDomain => "UpdateUserPoolDomain",
            Call::CreateIdentityProvider => "CreateIdentityProvider",
            Call::DescribeIdentityProvider => "DescribeIdentityProvider",
            Call::UpdateIdentityProvider => "UpdateIdentityProvider",
            Call::DeleteIdentityProvider => "DeleteIdentityProvider",
            Call::ListIdentityProviders => "ListIdentityProviders",
            Call::CreateResourceServer => "CreateResourceServer",
            Call::DescribeResourceServer => "DescribeResourceServer",
            Call::UpdateResourceServer => "UpdateResourceServer",
            Call::DeleteResourceServer => "DeleteResourceServer",
            Call::ListResourceServers => "ListResourceServers",
        }
    }
}

// `Call::index` is the position in `Call::ALL`: the per-call counts rely on it.
const _: () = {
    let mut i = 0;
    while i < Call::ALL.len() {
        assert!(
            Call::ALL[i].index() == i,
            "Call::ALL is in declaration order"
        );
        i += 1;
    }
};

impl fmt::Display for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A failure to inject into a call (see [`InMemoryCognito::fail_next`]).
///
/// Faults that answer with an error the service sent ([`Fault::Throttle`], [`Fault::Service`],
/// [`Fault::ServerError`]) and those that lose the request on its way
/// ([`Fault::TimeoutBeforeCommit`], [`Fault::DroppedBeforeCommit`]) leave the service unchanged.
/// [`Fault::TimeoutAfterCommit`] and [`Fault::DroppedAfterCommit`] apply the request (if it is
/// valid) before the caller sees the failure; [`Fault::LateCommit`] applies it (if it is still
/// valid then) only after further calls.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
/// use cognito_wizard::client::{CallErrorKind, Cognito};
/// use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let cognito = InMemoryCognito::new();
/// // The connection drops after the service created the pool.
/// cognito.fail_next(Call::CreateUserPool, Fault::DroppedAfterCommit);
/// let err = cognito
///     .create_user_pool(CreateUserPoolInput::builder().pool_name("p"))
///     .await
///     .unwrap_err();
/// assert_eq!(err.kind(), CallErrorKind::Dispatch);
/// assert_eq!(cognito.user_pool_ids().len(), 1);
/// # });
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// `TooManyRequestsException` ([`CallErrorKind::Throttled`]); nothing applied.
    Throttle,
    /// A refusal with this error code and message ([`CallErrorKind::Service`]); nothing applied.
    Service {
        /// The error code, e.g. `"LimitExceededException"`.
        code: String,
        /// The error message.
        message: String,
    },
    /// HTTP 500 `InternalErrorException` ([`CallErrorKind::ServerError`]); nothing applied.
    ServerError,
    /// No answer in time ([`CallErrorKind::Timeout`]), and the request never took effect.
    TimeoutBeforeCommit,
    /// No answer in time ([`CallErrorKind::Timeout`]), but the service did carry the request
    /// out (if it was valid): the caller cannot tell this from
    /// [`Fault::TimeoutBeforeCommit`].
    TimeoutAfterCommit,
    /// No answer in time ([`CallErrorKind::Timeout`]), and the request is still on its way: it
    /// takes effect after the caller gave up, just before the service handles the
    /// `after_calls + 1`-th call it receives after this one (with `0`, before the very next
    /// call). Every later call counts, of any kind, failed or faulted ones included, when the
    /// service handles it (halfway through its round trip, with latency).
    ///
    /// The request is carried out as it would have been then: if it is invalid by that time
    /// (its pool was deleted, its domain taken, ...) nothing happens, and what it creates gets
    /// the ids, names and timestamps of that moment (a late `CreateUserPool` creates a pool with
    /// a new id, listed after the pools created before it committed). Nobody sees its answer.
    ///
    /// A request still waiting when the test stops calling never commits by itself: inspect
    /// them with [`InMemoryCognito::pending_late_commits`] and apply them with
    /// [`InMemoryCognito::flush_late_commits`] to see the state the service would end in.
    ///
    /// # Examples
    ///
    /// ```
    /// use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
    /// use aws_sdk_cognitoidentityprovider::operation::list_user_pools::ListUserPoolsInput;
    /// use cognito_wizard::client::{CallErrorKind, Cognito};
    /// use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
    ///
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let cognito = InMemoryCognito::new();
    /// cognito.fail_next(Call::CreateUserPool, Fault::LateCommit { after_calls: 1 });
    /// let err = cognito
    ///     .create_user_pool(CreateUserPoolInput::builder().pool_name("late"))
    ///     .await
    ///     .unwrap_err();
    /// assert_eq!(err.kind(), CallErrorKind::Timeout);
    ///
    /// // The first later call does not see the pool; the second does.
    /// let list = || cognito.list_user_pools(ListUserPoolsInput::builder().max_results(60));
    /// assert!(list().await.unwrap().user_pools().is_empty());
    /// assert_eq!(list().await.unwrap().user_pools().len(), 1);
    /// assert!(cognito.pending_late_commits().is_empty());
    /// # });
    /// ```
    LateCommit {
        /// How many further calls the service handles before the request takes effect.
        after_calls: usize,
    },
    /// The connection dropped before the request reached the service
    /// ([`CallErrorKind::Dispatch`]): nothing applied, but the caller cannot tell this from
    /// [`Fault::DroppedAfterCommit`].
    DroppedBeforeCommit,
    /// The connection dropped after the service carried the request out (if it was valid) and
    /// before its answer arrived ([`CallErrorKind::Dispatch`]).
    DroppedAfterCommit,
}

impl Fault {
    /// A refusal with `code` and `message` ([`Fault::Service`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::Fault;
    ///
    /// let fault = Fault::service("LimitExceededException", "Too many user pools.");
    /// assert!(matches!(fault, Fault::Service { .. }));
    /// ```
    pub fn service(code: impl Into<String>, message: impl Into<String>) -> Self {
        Fault::Service {
            code: code.into(),
            message: message.into(),
        }
    }

    /// Whether the service applies the request, right away, despite the fault.
    fn commits(&self) -> bool {
        matches!(self, Fault::TimeoutAfterCommit | Fault::DroppedAfterCommit)
    }

    fn error(&self, call: Call) -> CallError {
        match self {
            Fault::Throttle => CallError::throttled("Rate exceeded"),
            Fault::Service { code, message } => CallError::service(code.clone(), message.clone()),
            Fault::ServerError => CallError::new(
                CallErrorKind::ServerError,
                "InternalErrorException",
                "Internal error encountered.",
            ),
            Fault::TimeoutBeforeCommit | Fault::TimeoutAfterCommit | Fault::LateCommit { .. } => {
                CallError::timeout(format!("{call}: no answer before the timeout"))
            }
            Fault::DroppedBeforeCommit | Fault::DroppedAfterCommit => {
                CallError::dispatch(format!("{call}: the connection was closed"))
            }
        }
    }
}

/// An in-memory Cognito user pool service implementing [`Cognito`].
///
/// See the [module documentation](self) for what it enforces. `Clone` shares the same service.
/// Without latency its futures never wait, so any executor runs them; with latency they sleep
/// on tokio's timer and need a tokio runtime with time enabled.
#[derive(Clone, Default)]
pub struct InMemoryCognito {
    service: Arc<Mutex<State>>,
}

impl fmt::Debug for InMemoryCognito {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock();
        f.debug_struct("InMemoryCognito")
            .field("region", &state.region)
            .field("account", &state.account)
            .field("latency", &state.latency)
            .field("user_pools", &state.pools.len())
            .field("user_pool_clients", &state.clients.len())
            .field("domains", &state.domains.len())
            .field("calls", &state.calls.total())
            .field("pending_late_commits", &state.late.len())
            .finish_non_exhaustive()
    }
}

impl InMemoryCognito {
    /// An empty service in region `us-east-1`, account `123456789012`, without latency.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// let cognito = InMemoryCognito::new();
    /// assert!(cognito.user_pool_ids().is_empty());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Uses `region` for new ids, ARNs and domain URLs (e.g. `"eu-west-1"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// let cognito = InMemoryCognito::new().with_region("eu-west-1");
    /// assert_eq!(cognito.region(), "eu-west-1");
    /// ```
    #[must_use]
    pub fn with_region(self, region: &str) -> Self {
        region.clone_into(&mut self.lock().region);
        self
    }

    /// Uses `account` (12 digits) in ARNs.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// let cognito = InMemoryCognito::new().with_account("111122223333");
    /// assert_eq!(cognito.account(), "111122223333");
    /// ```
    #[must_use]
    pub fn with_account(self, account: &str) -> Self {
        account.clone_into(&mut self.lock().account);
        self
    }

    /// Makes every call take `round_trip` (tokio's `sleep`) before it answers, faults included.
    /// A call that changes something takes effect halfway through, as on a real network.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// let cognito = InMemoryCognito::new().with_latency(Duration::from_millis(50));
    /// assert_eq!(cognito.latency(), Duration::from_millis(50));
    /// ```
    #[must_use]
    pub fn with_latency(self, round_trip: Duration) -> Self {
        self.set_latency(round_trip);
        self
    }

    /// Changes the simulated round trip of calls received from now on.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// let cognito = InMemoryCognito::new();
    /// cognito.set_latency(Duration::from_millis(20));
    /// assert_eq!(cognito.latency(), Duration::from_millis(20));
    /// ```
    pub fn set_latency(&self, round_trip: Duration) {
        self.lock().latency = round_trip;
    }

    /// The region of new pools.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// assert_eq!(InMemoryCognito::new().region(), "us-east-1");
    /// ```
    pub fn region(&self) -> String {
        self.lock().region.clone()
    }

    /// The account in ARNs.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// assert_eq!(InMemoryCognito::new().account(), "123456789012");
    /// ```
    pub fn account(&self) -> String {
        self.lock().account.clone()
    }

    /// The simulated round trip of every call.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// assert_eq!(InMemoryCognito::new().latency(), Duration::ZERO);
    /// ```
    pub fn latency(&self) -> Duration {
        self.lock().latency
    }

    /// Makes the next call of kind `call` fail with `fault`. Faults queue: each call of that
    /// kind takes the oldest one left.
    ///
    /// # Examples
    ///
    /// ```
    /// use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
    /// use cognito_wizard::client::{CallErrorKind, Cognito};
    /// use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
    ///
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let cognito = InMemoryCognito::new();
    /// cognito.fail_next(Call::CreateUserPool, Fault::TimeoutAfterCommit);
    /// let err = cognito
    ///     .create_user_pool(CreateUserPoolInput::builder().pool_name("p"))
    ///     .await
    ///     .unwrap_err();
    /// assert_eq!(err.kind(), CallErrorKind::Timeout);
    /// assert_eq!(cognito.user_pool_ids().len(), 1); // the pool exists all the same
    /// # });
    /// ```
    pub fn fail_next(&self, call: Call, fault: Fault) {
        self.fail_times(call, fault, 1);
    }

    /// Makes the next `times` calls of kind `call` fail with `fault` (after any faults already
    /// queued for that call, and the calls [`fail_nth`](Self::fail_nth) lets through before
    /// them). Any `times`, `usize::MAX` for a fault that never ends, takes constant memory.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
    ///
    /// let cognito = InMemoryCognito::new();
    /// cognito.fail_times(Call::DescribeUserPool, Fault::Throttle, 3);
    /// assert_eq!(cognito.pending_faults(Call::DescribeUserPool), 3);
    /// ```
    pub fn fail_times(&self, call: Call, fault: Fault, times: usize) {
        self.lock().faults.push(call, fault, times);
    }

    /// Makes the `n`-th next call of kind `call` fail with `fault` (`1` is the next call, as
    /// with [`fail_next`](Self::fail_next); `0` is read as `1`), counting from now: the calls
    /// of that kind before it keep what is queued for them, or pass. Returns the fault the
    /// `n`-th call had been given before, which `fault` replaces.
    ///
    /// With it a test fails a plan's second attempt of a call while its first one passes.
    ///
    /// # Examples
    ///
    /// ```
    /// use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
    /// use cognito_wizard::client::{CallErrorKind, Cognito};
    /// use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
    ///
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let cognito = InMemoryCognito::new();
    /// assert_eq!(cognito.fail_nth(Call::CreateUserPool, 2, Fault::Throttle), None);
    /// let create = || cognito.create_user_pool(CreateUserPoolInput::builder().pool_name("p"));
    /// assert!(create().await.is_ok());
    /// assert_eq!(create().await.unwrap_err().kind(), CallErrorKind::Throttled);
    /// assert!(create().await.is_ok());
    /// assert_eq!(cognito.faults_fired(Call::CreateUserPool), 1);
    /// # });
    /// ```
    pub fn fail_nth(&self, call: Call, n: usize, fault: Fault) -> Option<Fault> {
        self.lock().faults.set_nth(call, n, fault)
    }

    /// Drops every fault not yet used. Requests already waiting to commit late
    /// ([`Fault::LateCommit`]) stay: they were sent.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
    ///
    /// let cognito = InMemoryCognito::new();
    /// cognito.fail_times(Call::DescribeUserPool, Fault::Throttle, 3);
    /// cognito.clear_faults();
    /// assert_eq!(cognito.pending_faults(Call::DescribeUserPool), 0);
    /// ```
    pub fn clear_faults(&self) {
        self.lock().faults.clear();
    }

    /// How many faults are still queued for `call` (calls [`fail_nth`](Self::fail_nth) lets
    /// through are not faults).
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
    ///
    /// let cognito = InMemoryCognito::new();
    /// cognito.fail_nth(Call::CreateUserPoolClient, 2, Fault::ServerError);
    /// assert_eq!(cognito.pending_faults(Call::CreateUserPoolClient), 1);
    /// ```
    pub fn pending_faults(&self, call: Call) -> usize {
        self.lock().faults.pending(call)
    }

    /// How many injected faults calls of kind `call` have met since the calls were last
    /// cleared ([`clear_calls`](Self::clear_calls)). With
    /// [`pending_faults`](Self::pending_faults) a test asserts that every fault it injected
    /// fired. A [`Fault::LateCommit`] fires when its call answers, not when it commits.
    ///
    /// # Examples
    ///
    /// ```
    /// use aws_sdk_cognitoidentityprovider::operation::list_user_pools::ListUserPoolsInput;
    /// use cognito_wizard::client::Cognito;
    /// use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
    ///
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let cognito = InMemoryCognito::new();
    /// cognito.fail_next(Call::ListUserPools, Fault::ServerError);
    /// let list = || cognito.list_user_pools(ListUserPoolsInput::builder().max_results(1));
    /// assert!(list().await.is_err());
    /// assert!(list().await.is_ok());
    /// assert_eq!(cognito.faults_fired(Call::ListUserPools), 1);
    /// assert_eq!(cognito.pending_faults(Call::ListUserPools), 0);
    /// # });
    /// ```
    pub fn faults_fired(&self, call: Call) -> usize {
        self.lock().faults.fired(call)
    }

    /// The requests that answered with a timeout ([`Fault::LateCommit`]) and have not taken
    /// effect yet, in the order they will. Not a call.
    ///
    /// # Examples
    ///
    /// ```
    /// use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
    /// use cognito_wizard::client::Cognito;
    /// use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
    ///
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let cognito = InMemoryCognito::new();
    /// cognito.fail_next(Call::CreateUserPool, Fault::LateCommit { after_calls: 5 });
    /// let _ = cognito.create_user_pool(CreateUserPoolInput::builder().pool_name("p")).await;
    /// assert_eq!(cognito.pending_late_commits(), [Call::CreateUserPool]);
    /// assert!(cognito.user_pool_ids().is_empty());
    /// # });
    /// ```
    pub fn pending_late_commits(&self) -> Vec<Call> {
        self.lock().late.calls()
    }

    /// Applies every request still waiting to commit late ([`Fault::LateCommit`]) now, in the
    /// order they would have, as the service eventually would; returns how many took effect (an
    /// invalid one changes nothing). Not a call: it is neither logged nor counted by the
    /// requests still waiting (there are none left).
    ///
    /// A test that injects late commits calls it before it inspects the end state, or asserts
    /// that [`pending_late_commits`](Self::pending_late_commits) is empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
    /// use cognito_wizard::client::Cognito;
    /// use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
    ///
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let cognito = InMemoryCognito::new();
    /// cognito.fail_next(Call::CreateUserPool, Fault::LateCommit { after_calls: 5 });
    /// let _ = cognito.create_user_pool(CreateUserPoolInput::builder().pool_name("p")).await;
    /// assert_eq!(cognito.flush_late_commits(), 1);
    /// assert_eq!(cognito.user_pool_ids().len(), 1);
    /// assert!(cognito.pending_late_commits().is_empty());
    /// # });
    /// ```
    pub fn flush_late_commits(&self) -> usize {
        let mut state = self.lock();
        let commits = state.late.take_all();
        commits
            .into_iter()
            .map(|commit| commit(&mut state))
            .filter(|took_effect| *took_effect)
            .count()
    }

    /// How many of the most recent calls [`calls`](Self::calls) keeps by default (64 KiB of
    /// log); [`call_count`](Self::call_count) counts every call whatever the capacity.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// assert_eq!(InMemoryCognito::DEFAULT_CALL_LOG_CAPACITY, 65_536);
    /// ```
    pub const DEFAULT_CALL_LOG_CAPACITY: usize = log::DEFAULT_CAPACITY;

    /// Keeps the most recent `capacity` calls in the log [`calls`](Self::calls) returns
    /// (default [`DEFAULT_CALL_LOG_CAPACITY`](Self::DEFAULT_CALL_LOG_CAPACITY); `0` keeps only
    /// the counts), dropping the oldest ones beyond it now and from now on. Per-call counts
    /// ([`call_count`](Self::call_count)) stay exact.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// let cognito = InMemoryCognito::new().with_call_log_capacity(1_000);
    /// assert_eq!(cognito.call_log_capacity(), 1_000);
    /// ```
    #[must_use]
    pub fn with_call_log_capacity(self, capacity: usize) -> Self {
        self.lock().calls.set_capacity(capacity);
        self
    }

    /// How many of the most recent calls the log keeps.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// let cognito = InMemoryCognito::new();
    /// assert_eq!(cognito.call_log_capacity(), InMemoryCognito::DEFAULT_CALL_LOG_CAPACITY);
    /// ```
    pub fn call_log_capacity(&self) -> usize {
        self.lock().calls.capacity()
    }

    /// The most recent calls received, oldest first, failed ones included: every call since
    /// the last [`clear_calls`](Self::clear_calls) until there were more than
    /// [`call_log_capacity`](Self::call_log_capacity) of them, then the last
    /// `call_log_capacity` ones (the log has wrapped when
    /// [`total_calls`](Self::total_calls) exceeds its length).
    ///
    /// # Examples
    ///
    /// ```
    /// use aws_sdk_cognitoidentityprovider::operation::list_user_pools::ListUserPoolsInput;
    /// use cognito_wizard::client::Cognito;
    /// use cognito_wizard::test_util::{Call, InMemoryCognito};
    ///
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let cognito = InMemoryCognito::new().with_call_log_capacity(2);
    /// for _ in 0..3 {
    ///     cognito.list_user_pools(ListUserPoolsInput::builder().max_results(1)).await.unwrap();
    /// }
    /// assert_eq!(cognito.calls(), [Call::ListUserPools, Call::ListUserPools]);
    /// assert_eq!(cognito.total_calls(), 3);
    /// # });
    /// ```
    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.recent()
    }

    /// How many calls of kind `call` were received since the last
    /// [`clear_calls`](Self::clear_calls), exactly, however many the log dropped.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::{Call, InMemoryCognito};
    ///
    /// assert_eq!(InMemoryCognito::new().call_count(Call::CreateUserPool), 0);
    /// ```
    pub fn call_count(&self, call: Call) -> usize {
        self.lock().calls.count(call)
    }

    /// How many calls of any kind were received since the last
    /// [`clear_calls`](Self::clear_calls).
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// assert_eq!(InMemoryCognito::new().total_calls(), 0);
    /// ```
    pub fn total_calls(&self) -> usize {
        self.lock().calls.total()
    }

    /// Forgets the calls received so far: the log, the counts, and the counts of faults that
    /// fired (queued faults, late commits and resources stay).
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// let cognito = InMemoryCognito::new();
    /// cognito.clear_calls();
    /// assert!(cognito.calls().is_empty());
    /// ```
    pub fn clear_calls(&self) {
        let mut state = self.lock();
        state.calls.clear();
        state.faults.clear_fired();
    }

    /// The ids of the user pools that exist now, oldest first. Not a call: it is neither logged
    /// nor subject to faults or latency, and requests waiting to commit late
    /// ([`Fault::LateCommit`]) do not commit for it (see
    /// [`flush_late_commits`](Self::flush_late_commits)).
    ///
    /// # Examples
    ///
    /// ```
    /// use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
    /// use cognito_wizard::client::Cognito;
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let cognito = InMemoryCognito::new();
    /// let out = cognito
    ///     .create_user_pool(CreateUserPoolInput::builder().pool_name("p"))
    ///     .await
    ///     .unwrap();
    /// let id = out.user_pool().and_then(|p| p.id()).unwrap();
    /// assert_eq!(cognito.user_pool_ids(), [id]);
    /// # });
    /// ```
    pub fn user_pool_ids(&self) -> Vec<String> {
        let state = self.lock();
        state.order.values().cloned().collect()
    }

    /// The app client ids of a pool, oldest first (empty for an unknown pool). Not a call.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// let cognito = InMemoryCognito::new();
    /// assert!(cognito.user_pool_client_ids("us-east-1_AbC123xyZ").is_empty());
    /// ```
    pub fn user_pool_client_ids(&self, user_pool_id: &str) -> Vec<String> {
        self.lock()
            .pools
            .get(user_pool_id)
            .map(|p| {
                p.clients
                    .values()
                    .filter_map(|c| c.client_id.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Every domain (prefix or custom) that exists now, sorted. Not a call.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::InMemoryCognito;
    ///
    /// assert!(InMemoryCognito::new().domains().is_empty());
    /// ```
    pub fn domains(&self) -> Vec<String> {
        let mut all: Vec<String> = self.lock().domains.keys().cloned().collect();
        all.sort();
        all
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while the lock was held cannot leave the maps half-updated in a way that
        // matters more than losing the whole test, so keep serving.
        self.service.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Logs `call`, takes its fault, waits half the round trip, commits the late requests due
    /// before it, runs `handler` on the state unless the fault forbids it, waits the other
    /// half, and answers.
    async fn run<T: 'static>(&self, call: Call, handler: Handler<T>) -> Result<T, CallError> {
        let (fault, latency) = {
            let mut state = self.lock();
            state.calls.push(call);
            let fault = state.faults.take(call);
            (fault, state.latency)
        };
        let there = latency / 2;
        pause(there).await;
        // Boxed while the answer travels back, for the same reason as `Handler`.
        let answer = Box::new({
            let mut state = self.lock();
            state.commit_late_requests();
            match fault {
                None => handler(&mut state),
                Some(fault) => {
                    if fault.commits() {
                        // The caller never sees the answer, whatever it was.
                        let _ = handler(&mut state);
                    } else if let Fault::LateCommit { after_calls } = fault {
                        state
                            .late
                            .push(call, after_calls, Box::new(move |s| handler(s).is_ok()));
                    }
                    Err(fault.error(call))
                }
            }
        });
        pause(latency.saturating_sub(there)).await;
        *answer
    }
}

/// A request's effect on the service. Boxed so that a call's future stays small (the SDK input
/// builders are large, and plans run several calls concurrently); owned, so that a request
/// that commits late can wait in the service.
type Handler<T> = Box<dyn FnOnce(&mut State) -> Result<T, CallError> + Send>;

async fn pause(duration: Duration) {
    if !duration.is_zero() {
        tokio::time::sleep(duration).await;
    }
}

/// Tokio's timer as the SDK's sleep, for [`Cognito::sleep_impl`].
#[derive(Debug, Clone, Copy)]
struct TokioSleep;

impl AsyncSleep for TokioSleep {
    fn sleep(&self, duration: Duration) -> Sleep {
        Sleep::new(tokio::time::sleep(duration))
    }
}

impl Cognito for InMemoryCognito {
    fn create_user_pool(
        &self,
        input: CreateUserPoolInputBuilder,
    ) -> impl Future<Output = Result<CreateUserPoolOutput, CallError>> + Send {
        self.run(
            Call::CreateUserPool,
            Box::new(move |s| s.create_user_pool(input)),
        )
    }

    fn describe_user_pool(
        &self,
        input: DescribeUserPoolInputBuilder,
    ) -> impl Future<Output = Result<DescribeUserPoolOutput, CallError>> + Send {
        self.run(
            Call::DescribeUserPool,
            Box::new(move |s| s.describe_user_pool(input)),
        )
    }

    fn update_user_pool(
        &self,
        input: UpdateUserPoolInputBuilder,
    ) -> impl Future<Output = Result<UpdateUserPoolOutput, CallError>> + Send {
        self.run(
            Call::UpdateUserPool,
            Box::new(move |s| s.update_user_pool(input)),
        )
    }

    fn delete_user_pool(
        &self,
        input: DeleteUserPoolInputBuilder,
    ) -> impl Future<Output = Result<DeleteUserPoolOutput, CallError>> + Send {
        self.run(
            Call::DeleteUserPool,
            Box::new(move |s| s.delete_user_pool(input)),
        )
    }

    fn list_user_pools(
        &self,
        input: ListUserPoolsInputBuilder,
    ) -> impl Future<Output = Result<ListUserPoolsOutput, CallError>> + Send {
        self.run(
            Call::ListUserPools,
            Box::new(move |s| s.list_user_pools(input)),
        )
    }

    fn set_user_pool_mfa_config(
        &self,
        input: SetUserPoolMfaConfigInputBuilder,
    ) -> impl Future<Output = Result<SetUserPoolMfaConfigOutput, CallError>> + Send {
        self.run(
            Call::SetUserPoolMfaConfig,
            Box::new(move |s| s.set_user_pool_mfa_config(input)),
        )
    }

    fn get_user_pool_mfa_config(
        &self,
        input: GetUserPoolMfaConfigInputBuilder,
    ) -> impl Future<Output = Result<GetUserPoolMfaConfigOutput, CallError>> + Send {
        self.run(
            Call::GetUserPoolMfaConfig,
            Box::new(move |s| s.get_user_pool_mfa_config(input)),
        )
    }

    fn create_user_pool_client(
        &self,
        input: CreateUserPoolClientInputBuilder,
    ) -> impl Future<Output = Result<CreateUserPoolClientOutput, CallError>> + Send {
        self.run(
            Call::CreateUserPoolClient,
            Box::new(move |s| s.create_user_pool_client(input)),
        )
    }

    fn describe_user_pool_client(
        &self,
        input: DescribeUserPoolClientInputBuilder,
    ) -> impl Future<Output = Result<DescribeUserPoolClientOutput, CallError>> + Send {
        self.run(
            Call::DescribeUserPoolClient,
            Box::new(move |s| s.describe_user_pool_client(input)),
        )
    }

    fn list_user_pool_clients(
        &self,
        input: ListUserPoolClientsInputBuilder,
    ) -> impl Future<Output = Result<ListUserPoolClientsOutput, CallError>> + Send {
        self.run(
            Call::ListUserPoolClients,
            Box::new(move |s| s.list_user_pool_clients(input)),
        )
    }

    fn delete_user_pool_client(
        &self,
        input: DeleteUserPoolClientInputBuilder,
    ) -> impl Future<Output = Result<DeleteUserPoolClientOutput, CallError>> + Send {
        self.run(
            Call::DeleteUserPoolClient,
            Box::new(move |s| s.delete_user_pool_client(input)),
        )
    }

    fn create_user_pool_domain(
        &self,
        input: CreateUserPoolDomainInputBuilder,
    ) -> impl Future<Output = Result<CreateUserPoolDomainOutput, CallError>> + Send {
        self.run(
            Call::CreateUserPoolDomain,
            Box::new(move |s| s.create_user_pool_domain(input)),
        )
    }

    fn describe_user_pool_domain(
        &self,
        input: DescribeUserPoolDomainInputBuilder,
    ) -> impl Future<Output = Result<DescribeUserPoolDomainOutput, CallError>> + Send {
        self.run(
            Call::DescribeUserPoolDomain,
            Box::new(move |s| s.describe_user_pool_domain(input)),
        )
    }

    fn delete_user_pool_domain(
        &self,
        input: DeleteUserPoolDomainInputBuilder,
    ) -> impl Future<Output = Result<DeleteUserPoolDomainOutput, CallError>> + Send {
        self.run(
            Call::DeleteUserPoolDomain,
            Box::new(move |s| s.delete_user_pool_domain(input)),
        )
    }

    fn update_user_pool_client(
        &self,
        input: UpdateUserPoolClientInputBuilder,
    ) -> impl Future<Output = Result<UpdateUserPoolClientOutput, CallError>> + Send {
        self.run(
            Call::UpdateUserPoolClient,
            Box::new(move |s| s.update_user_pool_client(input)),
        )
    }

    fn add_custom_attributes(
        &self,
        input: AddCustomAttributesInputBuilder,
    ) -> impl Future<Output = Result<AddCustomAttributesOutput, CallError>> + Send {
        self.run(
            Call::AddCustomAttributes,
            Box::new(move |s| s.add_custom_attributes(input)),
        )
    }

    fn update_user_pool_domain(
        &self,
        input: UpdateUserPoolDomainInputBuilder,
    ) -> impl Future<Output = Result<UpdateUserPoolDomainOutput, CallError>> + Send {
        self.run(
            Call::UpdateUserPoolDomain,
            Box::new(move |s| s.update_user_pool_domain(input)),
        )
    }

    fn create_identity_provider(
        &self,
        input: CreateIdentityProviderInputBuilder,
    ) -> impl Future<Output = Result<CreateIdentityProviderOutput, CallError>> + Send {
        self.run(
            Call::CreateIdentityProvider,
            Box::new(move |s| s.create_identity_provider(input)),
        )
    }

    fn describe_identity_provider(
        &self,
        input: DescribeIdentityProviderInputBuilder,
    ) -> impl Future<Output = Result<DescribeIdentityProviderOutput, CallError>> + Send {
        self.run(
            Call::DescribeIdentityProvider,
            Box::new(move |s| s.describe_identity_provider(input)),
        )
    }

    fn update_identity_provider(
        &self,
        input: UpdateIdentityProviderInputBuilder,
    ) -> impl Future<Output = Result<UpdateIdentityProviderOutput, CallError>> + Send {
        self.run(
            Call::UpdateIdentityProvider,
            Box::new(move |s| s.update_identity_provider(input)),
        )
    }

    fn delete_identity_provider(
        &self,
        input: DeleteIdentityProviderInputBuilder,
    ) -> impl Future<Output = Result<DeleteIdentityProviderOutput, CallError>> + Send {
        self.run(
            Call::DeleteIdentityProvider,
            Box::new(move |s| s.delete_identity_provider(input)),
        )
    }

    fn list_identity_providers(
        &self,
        input: ListIdentityProvidersInputBuilder,
    ) -> impl Future<Output = Result<ListIdentityProvidersOutput, CallError>> + Send {
        self.run(
            Call::ListIdentityProviders,
            Box::new(move |s| s.list_identity_providers(input)),
        )
    }

    fn create_resource_server(
        &self,
        input: CreateResourceServerInputBuilder,
    ) -> impl Future<Output = Result<CreateResourceServerOutput, CallError>> + Send {
        self.run(
            Call::CreateResourceServer,
            Box::new(move |s| s.create_resource_server(input)),
        )
    }

    fn describe_resource_server(
        &self,
        input: DescribeResourceServerInputBuilder,
    ) -> impl Future<Output = Result<DescribeResourceServerOutput, CallError>> + Send {
        self.run(
            Call::DescribeResourceServer,
            Box::new(move |s| s.describe_resource_server(input)),
        )
    }

    fn update_resource_server(
        &self,
        input: UpdateResourceServerInputBuilder,
    ) -> impl Future<Output = Result<UpdateResourceServerOutput, CallError>> + Send {
        self.run(
            Call::UpdateResourceServer,
            Box::new(move |s| s.update_resource_server(input)),
        )
    }

    fn delete_resource_server(
        &self,
        input: DeleteResourceServerInputBuilder,
    ) -> impl Future<Output = Result<DeleteResourceServerOutput, CallError>> + Send {
        self.run(
            Call::DeleteResourceServer,
            Box::new(move |s| s.delete_resource_server(input)),
        )
    }

    fn list_resource_servers(
        &self,
        input: ListResourceServersInputBuilder,
    ) -> impl Future<Output = Result<ListResourceServersOutput, CallError>> + Send {
        self.run(
            Call::ListResourceServers,
            Box::new(move |s| s.list_resource_servers(input)),
        )
    }

    /// Tokio's timer (retries need a tokio runtime with time enabled).
    fn sleep_impl(&self) -> Option<SharedAsyncSleep> {
        Some(SharedAsyncSleep::new(TokioSleep))
    }
}

mod changes;
mod describe;
mod faults;
mod federation;
mod log;
mod state;

use state::State;
