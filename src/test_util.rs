//! An in-memory Cognito for test harnesses (feature `test-util`).
//!
//! [`InMemoryCognito`] implements [`Cognito`] the way the service behaves: it runs the crate's
//! own validators on `CreateUserPool`, `CreateUserPoolClient` and `CreateUserPoolDomain`, keeps
//! pools, their MFA configuration, app clients, domains, tags and deletion protection, and
//! answers with Cognito's error codes and messages (`InvalidParameterException`,
//! `ResourceNotFoundException`, ...), readable through `.code()` / `.message()`. Ids look like
//! the service's: `us-east-1_AbC123xyZ` pools, 26-character client ids, ARNs with the region and
//! account.
//!
//! For failure tests it injects faults into a chosen call ([`InMemoryCognito::fail_next`]):
//! throttling, a refusal with any error code, a 5xx, and a timeout before or after the service
//! committed the change. [`InMemoryCognito::with_latency`] makes every call take a fixed round
//! trip (on tokio's clock, so `#[tokio::test(start_paused = true)]` runs it in virtual time).
//!
//! Clones share one "service": hand a clone to the code under test and inspect the original.
//!
//! # Behaviour worth knowing
//!
//! - `UpdateUserPool` resets every member it is not given to its default (deletion protection
//!   to `INACTIVE`, `MfaConfiguration` to `OFF`, messages and policies to the service's), keeps
//!   what only `CreateUserPool` sets (schema, sign-in attributes, case sensitivity, the name
//!   unless renamed), and keeps the plan, the tags and `UserAttributeUpdateSettings`. The result
//!   is validated like a create, so lifting deletion protection alone from a pool whose
//!   attribute-update settings name `email` is refused, as it is by Cognito: send the whole
//!   configuration.
//! - `DeleteUserPool` is refused while deletion protection is `ACTIVE` or a domain is
//!   configured; it deletes the pool's app clients.
//! - A domain belongs to one pool service-wide; a pool has at most one prefix domain and one
//!   custom domain. `DescribeUserPoolDomain` of an unknown domain answers an empty description.
//! - `SetUserPoolMfaConfig` replaces the set of enabled factors (SMS, TOTP, e-mail); passkey
//!   settings and, when absent, `MfaConfiguration` stay.
//! - Pool ids are `<region>_` and 9 letters or digits; client ids 26 lower-case letters or
//!   digits; generated client secrets 51 of them. `ListUserPools` lists oldest first.
//! - Not modelled: users and groups, identity providers, resource servers, the service's own
//!   rate limits (inject [`Fault::Throttle`] instead).
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

use std::collections::hash_map::RandomState;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fmt;
use std::future::Future;
use std::hash::BuildHasher;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime};

use aws_sdk_cognitoidentityprovider::config::{AsyncSleep, SharedAsyncSleep, Sleep};
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::{
    CreateUserPoolInput, CreateUserPoolOutput, builders::CreateUserPoolInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::{
    CreateUserPoolClientInput, CreateUserPoolClientOutput,
    builders::CreateUserPoolClientInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::{
    CreateUserPoolDomainOutput, builders::CreateUserPoolDomainInputBuilder,
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
use aws_sdk_cognitoidentityprovider::operation::list_user_pools::{
    ListUserPoolsOutput, builders::ListUserPoolsInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::{
    SetUserPoolMfaConfigOutput, builders::SetUserPoolMfaConfigInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::{
    UpdateUserPoolOutput, builders::UpdateUserPoolInputBuilder,
};
use aws_sdk_cognitoidentityprovider::types::{
    AdminCreateUserConfigType, AttributeDataType, CustomDomainConfigType, DefaultEmailOptionType,
    DeletionProtectionType, DomainDescriptionType, DomainStatusType, EmailConfigurationType,
    EmailMfaConfigType, EmailSendingAccountType, ExplicitAuthFlowsType,
    NumberAttributeConstraintsType, PasswordPolicyType, PreventUserExistenceErrorTypes,
    RoutingType, SchemaAttributeType, SmsMfaConfigType, SoftwareTokenMfaConfigType,
    StringAttributeConstraintsType, UserPoolClientType, UserPoolDescriptionType, UserPoolMfaType,
    UserPoolPolicyType, UserPoolTierType, UserPoolType, VerificationMessageTemplateType,
    WebAuthnConfigurationType,
};
use aws_smithy_types::DateTime;

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
    /// `DeleteUserPoolClient`.
    DeleteUserPoolClient,
    /// `CreateUserPoolDomain`.
    CreateUserPoolDomain,
    /// `DescribeUserPoolDomain`.
    DescribeUserPoolDomain,
    /// `DeleteUserPoolDomain`.
    DeleteUserPoolDomain,
}

impl Call {
    /// Every call, in the trait's order (for fault matrices).
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::Call;
    ///
    /// assert_eq!(Call::ALL.len(), 13);
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
        Call::DeleteUserPoolClient,
        Call::CreateUserPoolDomain,
        Call::DescribeUserPoolDomain,
        Call::DeleteUserPoolDomain,
    ];

    /// The operation's API name, e.g. `"SetUserPoolMfaConfig"`.
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
            Call::DeleteUserPoolClient => "DeleteUserPoolClient",
            Call::CreateUserPoolDomain => "CreateUserPoolDomain",
            Call::DescribeUserPoolDomain => "DescribeUserPoolDomain",
            Call::DeleteUserPoolDomain => "DeleteUserPoolDomain",
        }
    }
}

impl fmt::Display for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A failure to inject into a call (see [`InMemoryCognito::fail_next`]).
///
/// Every fault but [`Fault::TimeoutAfterCommit`] leaves the service unchanged.
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

    /// Whether the service applies the request despite the fault.
    fn commits(&self) -> bool {
        matches!(self, Fault::TimeoutAfterCommit)
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
            Fault::TimeoutBeforeCommit | Fault::TimeoutAfterCommit => {
                CallError::timeout(format!("{call}: no answer before the timeout"))
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
            .field("domains", &state.domains.len())
            .field("calls", &state.calls.len())
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
    pub fn set_latency(&self, round_trip: Duration) {
        self.lock().latency = round_trip;
    }

    /// The region of new pools.
    pub fn region(&self) -> String {
        self.lock().region.clone()
    }

    /// The account in ARNs.
    pub fn account(&self) -> String {
        self.lock().account.clone()
    }

    /// The simulated round trip of every call.
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
    /// queued for that call).
    pub fn fail_times(&self, call: Call, fault: Fault, times: usize) {
        let mut state = self.lock();
        let queue = state.faults.entry(call).or_default();
        queue.extend(std::iter::repeat_n(fault, times));
    }

    /// Drops every fault not yet used.
    pub fn clear_faults(&self) {
        self.lock().faults.clear();
    }

    /// How many faults are still queued for `call`.
    pub fn pending_faults(&self, call: Call) -> usize {
        self.lock().faults.get(&call).map_or(0, VecDeque::len)
    }

    /// Every call received so far, in order of arrival, failed ones included.
    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// How many calls of kind `call` were received.
    pub fn call_count(&self, call: Call) -> usize {
        self.lock().calls.iter().filter(|c| **c == call).count()
    }

    /// Forgets the calls received so far (faults and resources stay).
    pub fn clear_calls(&self) {
        self.lock().calls.clear();
    }

    /// The ids of the user pools that exist now, oldest first. Not a call: it is neither logged
    /// nor subject to faults or latency.
    pub fn user_pool_ids(&self) -> Vec<String> {
        let state = self.lock();
        state.order.values().cloned().collect()
    }

    /// The app client ids of a pool, oldest first (empty for an unknown pool). Not a call.
    pub fn user_pool_client_ids(&self, user_pool_id: &str) -> Vec<String> {
        self.lock()
            .pools
            .get(user_pool_id)
            .map(|p| {
                p.clients
                    .iter()
                    .filter_map(|c| c.client_id.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Every domain (prefix or custom) that exists now, sorted. Not a call.
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

    /// Logs `call`, takes its fault, waits half the round trip, runs `handler` on the state
    /// unless the fault forbids it, waits the other half, and answers.
    async fn run<T>(&self, call: Call, handler: Handler<'_, T>) -> Result<T, CallError> {
        let (fault, latency) = {
            let mut state = self.lock();
            state.calls.push(call);
            let fault = state.faults.get_mut(&call).and_then(VecDeque::pop_front);
            (fault, state.latency)
        };
        let there = latency / 2;
        pause(there).await;
        // Boxed while the answer travels back, for the same reason as `Handler`.
        let answer = Box::new(match fault {
            None => {
                let mut state = self.lock();
                handler(&mut state)
            }
            Some(fault) => {
                if fault.commits() {
                    let mut state = self.lock();
                    // The caller never sees the answer, whatever it was.
                    let _ = handler(&mut state);
                }
                Err(fault.error(call))
            }
        });
        pause(latency.saturating_sub(there)).await;
        *answer
    }
}

/// A request's effect on the service. Boxed so that a call's future stays small (the SDK input
/// builders are large, and plans run several calls concurrently).
type Handler<'a, T> = Box<dyn FnOnce(&mut State) -> Result<T, CallError> + Send + 'a>;

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

    /// Tokio's timer (retries need a tokio runtime with time enabled).
    fn sleep_impl(&self) -> Option<SharedAsyncSleep> {
        Some(SharedAsyncSleep::new(TokioSleep))
    }
}

// ----------------------------------------------------------------------------------------------
// The service's state and its handlers. Every handler runs under the lock, synchronously, and
// either applies all of a request or none of it.
// ----------------------------------------------------------------------------------------------

const POOL_ID_CHARS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const LOWER_ALNUM: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
/// The most pools `ListUserPools` returns per page (its `MaxResults` range is 1..=60).
const MAX_LIST_RESULTS: i32 = 60;

struct State {
    region: String,
    account: String,
    latency: Duration,
    ids: IdSource,
    /// The last pool's sequence number.
    seq: u64,
    /// Creation order of pools, for listing and pagination: sequence number -> pool id.
    order: BTreeMap<u64, String>,
    pools: HashMap<String, Pool>,
    /// Every domain (prefix or custom) -> its record; domains are unique service-wide.
    domains: HashMap<String, DomainRecord>,
    faults: HashMap<Call, VecDeque<Fault>>,
    calls: Vec<Call>,
}

impl Default for State {
    fn default() -> Self {
        State {
            region: "us-east-1".to_owned(),
            account: "123456789012".to_owned(),
            latency: Duration::ZERO,
            ids: IdSource::default(),
            seq: 0,
            order: BTreeMap::new(),
            pools: HashMap::new(),
            domains: HashMap::new(),
            faults: HashMap::new(),
            calls: Vec::new(),
        }
    }
}

struct Pool {
    seq: u64,
    id: String,
    arn: String,
    /// The pool's whole configuration, in `CreateUserPool` form (updates rewrite it).
    config: CreateUserPoolInput,
    created: DateTime,
    modified: DateTime,
    mfa: MfaFactors,
    clients: Vec<UserPoolClientType>,
    prefix_domain: Option<String>,
    custom_domain: Option<String>,
}

/// The second factors enabled on a pool; `MfaConfiguration` itself lives in the pool's config.
#[derive(Default)]
struct MfaFactors {
    /// SMS MFA; in effect only while the pool has an `SmsConfiguration`.
    sms: bool,
    totp: bool,
    email: Option<EmailMfaConfigType>,
    web_authn: Option<WebAuthnConfigurationType>,
}

struct DomainRecord {
    user_pool_id: String,
    custom: Option<CustomDomainConfigType>,
    cloud_front: Option<String>,
    managed_login_version: i32,
    routing: Option<RoutingType>,
}

/// Random-looking ids without a random-number dependency: a counter hashed with a per-instance
/// random key.
struct IdSource {
    key: RandomState,
    counter: u64,
}

impl Default for IdSource {
    fn default() -> Self {
        IdSource {
            key: RandomState::new(),
            counter: 0,
        }
    }
}

impl IdSource {
    fn next_u64(&mut self) -> u64 {
        self.counter = self.counter.wrapping_add(1);
        self.key.hash_one(self.counter)
    }

    /// `len` characters drawn from `alphabet` (at most 64 symbols: 8 per hash).
    fn string(&mut self, alphabet: &[u8], len: usize) -> String {
        let base = u64::try_from(alphabet.len()).unwrap_or(1).max(1);
        let mut out = String::with_capacity(len);
        let (mut bits, mut left) = (0_u64, 0_u32);
        for _ in 0..len {
            if left == 0 {
                bits = self.next_u64();
                left = 8;
            }
            let pick = usize::try_from(bits % base).unwrap_or(0);
            bits /= base;
            left -= 1;
            out.push(alphabet.get(pick).map_or('0', |b| char::from(*b)));
        }
        out
    }
}

fn now() -> DateTime {
    DateTime::from(SystemTime::now())
}

fn invalid(message: impl Into<String>) -> CallError {
    CallError::service("InvalidParameterException", message)
}

fn not_found(message: impl Into<String>) -> CallError {
    CallError::service("ResourceNotFoundException", message)
}

fn pool_not_found(id: &str) -> CallError {
    not_found(format!("User pool {id} does not exist."))
}

/// The service's answer to a request without a required member (`member` in the wire's
/// lower-camel spelling, as the service quotes it).
fn missing(member: &str) -> CallError {
    invalid(format!(
        "1 validation error detected: Value null at '{member}' failed to satisfy constraint: \
         Member must not be null"
    ))
}

fn required<'a>(value: Option<&'a str>, member: &str) -> Result<&'a str, CallError> {
    value.ok_or_else(|| missing(member))
}

fn build_error(error: &impl fmt::Display) -> CallError {
    invalid(error.to_string())
}

/// Checks an enum member against the service's list (SDK enums accept any string).
fn check_mfa_enum(value: Option<&UserPoolMfaType>) -> Result<(), CallError> {
    match value {
        Some(v) if !matches!(v.as_str(), "OFF" | "ON" | "OPTIONAL") => Err(invalid(format!(
            "1 validation error detected: Value '{}' at 'mfaConfiguration' failed to satisfy \
             constraint: Member must satisfy enum value set: [OFF, ON, OPTIONAL]",
            v.as_str()
        ))),
        _ => Ok(()),
    }
}

fn mfa_is_on(value: Option<&UserPoolMfaType>) -> bool {
    matches!(value.map(UserPoolMfaType::as_str), Some("ON" | "OPTIONAL"))
}

impl State {
    fn pool(&self, id: &str) -> Result<&Pool, CallError> {
        self.pools.get(id).ok_or_else(|| pool_not_found(id))
    }

    fn pool_mut(&mut self, id: &str) -> Result<&mut Pool, CallError> {
        self.pools.get_mut(id).ok_or_else(|| pool_not_found(id))
    }

    fn new_pool_id(&mut self) -> String {
        loop {
            let id = format!("{}_{}", self.region, self.ids.string(POOL_ID_CHARS, 9));
            if !self.pools.contains_key(&id) {
                return id;
            }
        }
    }

    fn create_user_pool(
        &mut self,
        input: CreateUserPoolInputBuilder,
    ) -> Result<CreateUserPoolOutput, CallError> {
        let config = input.build().map_err(|e| build_error(&e))?;
        crate::validate::create_user_pool(&config).map_err(|e| invalid(e.to_string()))?;

        let id = self.new_pool_id();
        let arn = format!(
            "arn:aws:cognito-idp:{}:{}:userpool/{id}",
            self.region, self.account
        );
        let created = now();
        let mfa = MfaFactors {
            sms: mfa_is_on(config.mfa_configuration.as_ref()) && config.sms_configuration.is_some(),
            ..MfaFactors::default()
        };
        self.seq = self.seq.wrapping_add(1);
        let seq = self.seq;
        let pool = Pool {
            seq,
            id: id.clone(),
            arn,
            config,
            created,
            modified: created,
            mfa,
            clients: Vec::new(),
            prefix_domain: None,
            custom_domain: None,
        };
        let described = pool.describe();
        self.order.insert(seq, id.clone());
        self.pools.insert(id, pool);
        Ok(CreateUserPoolOutput::builder().user_pool(described).build())
    }

    fn describe_user_pool(
        &mut self,
        input: DescribeUserPoolInputBuilder,
    ) -> Result<DescribeUserPoolOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let pool = self.pool(id)?;
        Ok(DescribeUserPoolOutput::builder()
            .user_pool(pool.describe())
            .build())
    }

    fn update_user_pool(
        &mut self,
        input: UpdateUserPoolInputBuilder,
    ) -> Result<UpdateUserPoolOutput, CallError> {
        let update = input.build().map_err(|e| build_error(&e))?;
        let id = required(update.user_pool_id(), "userPoolId")?.to_owned();
        let pool = self.pool(&id)?;
        let old = &pool.config;

        // Cognito resets every member the request leaves out, except what only CreateUserPool
        // sets (name unless renamed, schema, sign-in attributes, case sensitivity), the plan,
        // the tags, and the attribute-update settings: an update that leaves those out but
        // empties AutoVerifiedAttributes is refused, as the service does.
        let merged = CreateUserPoolInput::builder()
            .set_pool_name(update.pool_name.clone().or_else(|| old.pool_name.clone()))
            .set_alias_attributes(old.alias_attributes.clone())
            .set_username_attributes(old.username_attributes.clone())
            .set_schema(old.schema.clone())
            .set_username_configuration(old.username_configuration.clone())
            .set_user_pool_tier(
                update
                    .user_pool_tier
                    .clone()
                    .or_else(|| old.user_pool_tier.clone()),
            )
            .set_user_pool_tags(
                update
                    .user_pool_tags
                    .clone()
                    .or_else(|| old.user_pool_tags.clone()),
            )
            .set_user_attribute_update_settings(
                update
                    .user_attribute_update_settings
                    .clone()
                    .or_else(|| old.user_attribute_update_settings.clone()),
            )
            .set_policies(update.policies.clone())
            .set_deletion_protection(update.deletion_protection.clone())
            .set_lambda_config(update.lambda_config.clone())
            .set_auto_verified_attributes(update.auto_verified_attributes.clone())
            .set_sms_verification_message(update.sms_verification_message.clone())
            .set_email_verification_message(update.email_verification_message.clone())
            .set_email_verification_subject(update.email_verification_subject.clone())
            .set_verification_message_template(update.verification_message_template.clone())
            .set_sms_authentication_message(update.sms_authentication_message.clone())
            .set_device_configuration(update.device_configuration.clone())
            .set_email_configuration(update.email_configuration.clone())
            .set_sms_configuration(update.sms_configuration.clone())
            .set_admin_create_user_config(update.admin_create_user_config.clone())
            .set_user_pool_add_ons(update.user_pool_add_ons.clone())
            .set_account_recovery_setting(update.account_recovery_setting.clone())
            .set_key_configuration(update.key_configuration.clone())
            .set_issuer_configuration(update.issuer_configuration.clone())
            .set_acr_configuration(update.acr_configuration.clone());

        // The create-time rules apply to the result, except the MFA one: an update may turn
        // MFA on with the factors SetUserPoolMfaConfig enabled, which CreateUserPool cannot.
        let checked = merged.clone().build().map_err(|e| build_error(&e))?;
        crate::validate::create_user_pool(&checked).map_err(|e| invalid(e.to_string()))?;
        let mfa_configuration = update.mfa_configuration.clone();
        check_mfa_enum(mfa_configuration.as_ref())?;
        let mut config = merged
            .set_mfa_configuration(mfa_configuration)
            .build()
            .map_err(|e| build_error(&e))?;
        let sms_now =
            mfa_is_on(config.mfa_configuration.as_ref()) && config.sms_configuration.is_some();
        let factors = &pool.mfa;
        if mfa_is_on(config.mfa_configuration.as_ref())
            && !(sms_now || factors.totp || factors.email.is_some())
        {
            return Err(invalid(
                "SMS configuration and Auto verification for phone_number are required when MFA \
                 is required/optional",
            ));
        }
        if config.mfa_configuration.is_none() {
            config.mfa_configuration = Some(UserPoolMfaType::Off);
        }

        let pool = self.pool_mut(&id)?;
        pool.mfa.sms |= sms_now;
        pool.config = config;
        pool.modified = now();
        Ok(UpdateUserPoolOutput::builder().build())
    }

    fn delete_user_pool(
        &mut self,
        input: DeleteUserPoolInputBuilder,
    ) -> Result<DeleteUserPoolOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let pool = self.pool(id)?;
        if pool.config.deletion_protection == Some(DeletionProtectionType::Active) {
            return Err(invalid(
                "The user pool cannot be deleted because deletion protection is activated. \
                 Deletion protection must be inactivated first.",
            ));
        }
        if pool.prefix_domain.is_some() || pool.custom_domain.is_some() {
            return Err(invalid(
                "User pool cannot be deleted. It has a domain configured that should be deleted \
                 first.",
            ));
        }
        let seq = pool.seq;
        self.order.remove(&seq);
        self.pools.remove(id);
        Ok(DeleteUserPoolOutput::builder().build())
    }

    fn list_user_pools(
        &mut self,
        input: ListUserPoolsInputBuilder,
    ) -> Result<ListUserPoolsOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let max = input.max_results().ok_or_else(|| missing("maxResults"))?;
        if !(1..=MAX_LIST_RESULTS).contains(&max) {
            let bound = if max < 1 {
                "greater than or equal to 1"
            } else {
                "less than or equal to 60"
            };
            return Err(invalid(format!(
                "1 validation error detected: Value '{max}' at 'maxResults' failed to satisfy \
                 constraint: Member must have value {bound}"
            )));
        }
        let after = match input.next_token() {
            None => None,
            Some(token) => Some(self.parse_token(token)?),
        };
        let start = after.map_or(0, |seq| seq.saturating_add(1));
        let take = usize::try_from(max).unwrap_or(1);
        let mut page = self.order.range(start..).take(take.saturating_add(1));
        let mut pools = Vec::with_capacity(take);
        let mut last = None;
        for (seq, id) in page.by_ref().take(take) {
            if let Some(pool) = self.pools.get(id) {
                pools.push(pool.summary());
            }
            last = Some(*seq);
        }
        let more = page.next().is_some();
        let next_token = match (more, last) {
            (true, Some(seq)) => Some(self.token(seq)),
            _ => None,
        };
        Ok(ListUserPoolsOutput::builder()
            .set_user_pools(Some(pools))
            .set_next_token(next_token)
            .build())
    }

    /// An opaque pagination token: the last listed pool's sequence number, signed with the
    /// instance key so a made-up token is refused.
    fn token(&self, seq: u64) -> String {
        format!("{seq:016x}{:016x}", self.ids.key.hash_one(("list", seq)))
    }

    fn parse_token(&self, token: &str) -> Result<u64, CallError> {
        let refuse = || invalid("Invalid pagination token.");
        let (seq, mac) = token.split_at_checked(16).ok_or_else(refuse)?;
        let seq = u64::from_str_radix(seq, 16).map_err(|_| refuse())?;
        if mac.len() == 16
            && u64::from_str_radix(mac, 16).ok() == Some(self.ids.key.hash_one(("list", seq)))
        {
            Ok(seq)
        } else {
            Err(refuse())
        }
    }

    fn set_user_pool_mfa_config(
        &mut self,
        input: SetUserPoolMfaConfigInputBuilder,
    ) -> Result<SetUserPoolMfaConfigOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        check_mfa_enum(input.mfa_configuration())?;
        let pool = self.pool(id)?;

        let sms = input.sms_mfa_configuration().is_some();
        let sms_configuration = input
            .sms_mfa_configuration()
            .and_then(SmsMfaConfigType::sms_configuration)
            .or(pool.config.sms_configuration.as_ref())
            .cloned();
        let totp = input
            .software_token_mfa_configuration()
            .is_some_and(|c| c.enabled);
        let email = input.email_mfa_configuration().cloned();
        let mfa = input
            .mfa_configuration()
            .or(pool.config.mfa_configuration.as_ref())
            .cloned()
            .unwrap_or(UserPoolMfaType::Off);
        let any_factor = sms || totp || email.is_some();

        if sms && sms_configuration.is_none() {
            return Err(invalid(
                "SMS configuration is required to enable SMS MFA (SmsMfaConfiguration.SmsConfiguration).",
            ));
        }
        if mfa == UserPoolMfaType::Off && any_factor {
            return Err(invalid(
                "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.",
            ));
        }
        if mfa != UserPoolMfaType::Off && !any_factor {
            return Err(invalid(
                "Invalid MFA configuration given, can't disable all MFAs with a required or \
                 optional configuration.",
            ));
        }
        if email.is_some() {
            let account = pool
                .config
                .email_configuration
                .as_ref()
                .and_then(|c| c.email_sending_account.as_ref());
            if account != Some(&EmailSendingAccountType::Developer) {
                // SR-016.
                return Err(invalid(
                    "Cannot set EmailMfaConfiguration when user pool EmailConfiguration contains \
                     an EmailSendingAccount of COGNITO_DEFAULT.",
                ));
            }
            if pool.config.user_pool_tier == Some(UserPoolTierType::Lite) {
                return Err(CallError::service(
                    "FeatureUnavailableInTierException",
                    "The following features need to be disabled for the LITE pricing tier \
                     configured: Email MFA",
                ));
            }
        }

        let web_authn = input.web_authn_configuration().cloned();
        let sms_message = input
            .sms_mfa_configuration()
            .and_then(SmsMfaConfigType::sms_authentication_message)
            .map(str::to_owned);
        let pool = self.pool_mut(id)?;
        // SetUserPoolMfaConfig replaces the set of factors; passkey settings stay unless given.
        pool.mfa.sms = sms;
        pool.mfa.totp = totp;
        pool.mfa.email = email;
        if web_authn.is_some() {
            pool.mfa.web_authn = web_authn;
        }
        if sms {
            pool.config.sms_configuration = sms_configuration;
            if sms_message.is_some() {
                pool.config.sms_authentication_message = sms_message;
            }
        }
        pool.config.mfa_configuration = Some(mfa);
        pool.modified = now();
        let current = pool.mfa_config();
        Ok(SetUserPoolMfaConfigOutput::builder()
            .set_sms_mfa_configuration(current.sms)
            .set_software_token_mfa_configuration(current.totp)
            .set_email_mfa_configuration(current.email)
            .set_web_authn_configuration(current.web_authn)
            .set_mfa_configuration(current.mfa)
            .build())
    }

    fn get_user_pool_mfa_config(
        &mut self,
        input: GetUserPoolMfaConfigInputBuilder,
    ) -> Result<GetUserPoolMfaConfigOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let current = self.pool(id)?.mfa_config();
        Ok(GetUserPoolMfaConfigOutput::builder()
            .set_sms_mfa_configuration(current.sms)
            .set_software_token_mfa_configuration(current.totp)
            .set_email_mfa_configuration(current.email)
            .set_web_authn_configuration(current.web_authn)
            .set_mfa_configuration(current.mfa)
            .build())
    }

    fn create_user_pool_client(
        &mut self,
        input: CreateUserPoolClientInputBuilder,
    ) -> Result<CreateUserPoolClientOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        crate::validate::create_user_pool_client(&input).map_err(|e| invalid(e.to_string()))?;
        let id = required(input.user_pool_id(), "userPoolId")?.to_owned();
        self.pool(&id)?;

        let client_id = loop {
            let candidate = self.ids.string(LOWER_ALNUM, 26);
            let taken = self
                .pools
                .values()
                .any(|p| p.clients.iter().any(|c| c.client_id() == Some(&candidate)));
            if !taken {
                break candidate;
            }
        };
        let secret = match (input.client_secret(), input.generate_secret()) {
            (Some(secret), _) => Some(secret.to_owned()),
            (None, Some(true)) => Some(self.ids.string(LOWER_ALNUM, 51)),
            (None, _) => None,
        };
        let client = new_client(input, client_id, secret);
        self.pool_mut(&id)?.clients.push(client.clone());
        Ok(CreateUserPoolClientOutput::builder()
            .user_pool_client(client)
            .build())
    }

    fn describe_user_pool_client(
        &mut self,
        input: DescribeUserPoolClientInputBuilder,
    ) -> Result<DescribeUserPoolClientOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let client_id = required(input.client_id(), "clientId")?;
        let client = self
            .pool(id)?
            .clients
            .iter()
            .find(|c| c.client_id() == Some(client_id))
            .ok_or_else(|| client_not_found(client_id))?;
        Ok(DescribeUserPoolClientOutput::builder()
            .user_pool_client(client.clone())
            .build())
    }

    fn delete_user_pool_client(
        &mut self,
        input: DeleteUserPoolClientInputBuilder,
    ) -> Result<DeleteUserPoolClientOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let client_id = required(input.client_id(), "clientId")?;
        let pool = self.pool_mut(id)?;
        let at = pool
            .clients
            .iter()
            .position(|c| c.client_id() == Some(client_id))
            .ok_or_else(|| client_not_found(client_id))?;
        pool.clients.remove(at);
        Ok(DeleteUserPoolClientOutput::builder().build())
    }

    fn create_user_pool_domain(
        &mut self,
        input: CreateUserPoolDomainInputBuilder,
    ) -> Result<CreateUserPoolDomainOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        crate::validate::create_user_pool_domain(&input).map_err(|e| invalid(e.to_string()))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let domain = required(input.domain(), "domain")?;
        let pool = self.pool(id)?;
        let custom = input.custom_domain_config().cloned();

        if self.domains.contains_key(domain) {
            return Err(invalid("Domain already associated with another user pool."));
        }
        let has_one = if custom.is_some() {
            pool.custom_domain.is_some()
        } else {
            pool.prefix_domain.is_some()
        };
        if has_one {
            return Err(invalid("User pool already has a domain configured."));
        }

        let cloud_front = custom
            .as_ref()
            .map(|_| format!("d{}.cloudfront.net", self.ids.string(LOWER_ALNUM, 13)));
        let managed_login_version = input.managed_login_version().unwrap_or(1);
        let routing = input.routing().cloned();
        let record = DomainRecord {
            user_pool_id: id.to_owned(),
            custom: custom.clone(),
            cloud_front: cloud_front.clone(),
            managed_login_version,
            routing: routing.clone(),
        };
        let pool = self.pool_mut(id)?;
        if custom.is_some() {
            pool.custom_domain = Some(domain.to_owned());
        } else {
            pool.prefix_domain = Some(domain.to_owned());
        }
        self.domains.insert(domain.to_owned(), record);
        Ok(CreateUserPoolDomainOutput::builder()
            .managed_login_version(managed_login_version)
            .set_cloud_front_domain(cloud_front)
            .set_routing(routing)
            .build())
    }

    fn describe_user_pool_domain(
        &mut self,
        input: DescribeUserPoolDomainInputBuilder,
    ) -> Result<DescribeUserPoolDomainOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let domain = required(input.domain(), "domain")?;
        // An unknown domain is not an error: the service answers an empty description.
        let description = match self.domains.get(domain) {
            None => DomainDescriptionType::builder().build(),
            Some(record) => DomainDescriptionType::builder()
                .user_pool_id(&record.user_pool_id)
                .aws_account_id(&self.account)
                .domain(domain)
                .set_cloud_front_distribution(record.cloud_front.clone())
                .status(DomainStatusType::Active)
                .set_custom_domain_config(record.custom.clone())
                .managed_login_version(record.managed_login_version)
                .set_routing(record.routing.clone())
                .build(),
        };
        Ok(DescribeUserPoolDomainOutput::builder()
            .domain_description(description)
            .build())
    }

    fn delete_user_pool_domain(
        &mut self,
        input: DeleteUserPoolDomainInputBuilder,
    ) -> Result<DeleteUserPoolDomainOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let domain = required(input.domain(), "domain")?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let owned = self
            .domains
            .get(domain)
            .is_some_and(|record| record.user_pool_id == id);
        if !owned {
            return Err(invalid("No such domain or user pool exists."));
        }
        self.domains.remove(domain);
        if let Some(pool) = self.pools.get_mut(id) {
            if pool.prefix_domain.as_deref() == Some(domain) {
                pool.prefix_domain = None;
            }
            if pool.custom_domain.as_deref() == Some(domain) {
                pool.custom_domain = None;
            }
        }
        Ok(DeleteUserPoolDomainOutput::builder().build())
    }
}

fn client_not_found(client_id: &str) -> CallError {
    not_found(format!("User pool client {client_id} does not exist."))
}

/// The stored client, with the service's defaults for what the request left out.
fn new_client(
    input: CreateUserPoolClientInput,
    client_id: String,
    secret: Option<String>,
) -> UserPoolClientType {
    let created = now();
    let refresh = input
        .refresh_token_validity
        .filter(|v| *v != 0)
        .unwrap_or(30);
    let flows = input.explicit_auth_flows.unwrap_or_else(|| {
        vec![
            ExplicitAuthFlowsType::AllowRefreshTokenAuth,
            ExplicitAuthFlowsType::AllowCustomAuth,
            ExplicitAuthFlowsType::AllowUserSrpAuth,
        ]
    });
    UserPoolClientType::builder()
        .set_user_pool_id(input.user_pool_id)
        .set_client_name(input.client_name)
        .client_id(client_id)
        .set_client_secret(secret)
        .last_modified_date(created)
        .creation_date(created)
        .refresh_token_validity(refresh)
        .set_access_token_validity(input.access_token_validity)
        .set_id_token_validity(input.id_token_validity)
        .set_token_validity_units(input.token_validity_units)
        .set_read_attributes(input.read_attributes)
        .set_write_attributes(input.write_attributes)
        .set_explicit_auth_flows(Some(flows))
        .set_supported_identity_providers(input.supported_identity_providers)
        .set_callback_urls(input.callback_urls)
        .set_logout_urls(input.logout_urls)
        .set_default_redirect_uri(input.default_redirect_uri)
        .set_allowed_o_auth_flows(input.allowed_o_auth_flows)
        .set_allowed_o_auth_scopes(input.allowed_o_auth_scopes)
        .allowed_o_auth_flows_user_pool_client(
            input.allowed_o_auth_flows_user_pool_client.unwrap_or(false),
        )
        .set_analytics_configuration(input.analytics_configuration)
        .prevent_user_existence_errors(
            input
                .prevent_user_existence_errors
                .unwrap_or(PreventUserExistenceErrorTypes::Legacy),
        )
        .enable_token_revocation(input.enable_token_revocation.unwrap_or(true))
        .enable_propagate_additional_user_context_data(
            input
                .enable_propagate_additional_user_context_data
                .unwrap_or(false),
        )
        .auth_session_validity(input.auth_session_validity.unwrap_or(3))
        .set_refresh_token_rotation(input.refresh_token_rotation)
        .build()
}

/// A pool's MFA settings in `GetUserPoolMfaConfig` form.
struct MfaConfig {
    sms: Option<SmsMfaConfigType>,
    totp: Option<SoftwareTokenMfaConfigType>,
    email: Option<EmailMfaConfigType>,
    web_authn: Option<WebAuthnConfigurationType>,
    mfa: Option<UserPoolMfaType>,
}

impl Pool {
    fn mfa_config(&self) -> MfaConfig {
        let sms = (self.mfa.sms && self.config.sms_configuration.is_some()).then(|| {
            SmsMfaConfigType::builder()
                .set_sms_authentication_message(self.config.sms_authentication_message.clone())
                .set_sms_configuration(self.config.sms_configuration.clone())
                .build()
        });
        MfaConfig {
            sms,
            totp: Some(
                SoftwareTokenMfaConfigType::builder()
                    .enabled(self.mfa.totp)
                    .build(),
            ),
            email: self.mfa.email.clone(),
            web_authn: self.mfa.web_authn.clone(),
            mfa: Some(
                self.config
                    .mfa_configuration
                    .clone()
                    .unwrap_or(UserPoolMfaType::Off),
            ),
        }
    }

    fn summary(&self) -> UserPoolDescriptionType {
        UserPoolDescriptionType::builder()
            .id(&self.id)
            .set_name(self.config.pool_name.clone())
            .set_lambda_config(self.config.lambda_config.clone())
            .last_modified_date(self.modified)
            .creation_date(self.created)
            .build()
    }

    /// The pool as `DescribeUserPool` shows it: the configuration with the service's defaults
    /// filled in, the full attribute schema, and the pool's identity.
    fn describe(&self) -> UserPoolType {
        let c = &self.config;
        UserPoolType::builder()
            .id(&self.id)
            .set_name(c.pool_name.clone())
            .policies(policies(c.policies.as_ref()))
            .deletion_protection(
                c.deletion_protection
                    .clone()
                    .unwrap_or(DeletionProtectionType::Inactive),
            )
            .set_lambda_config(c.lambda_config.clone())
            .last_modified_date(self.modified)
            .creation_date(self.created)
            .set_schema_attributes(Some(schema_attributes(c.schema.as_deref())))
            .set_auto_verified_attributes(c.auto_verified_attributes.clone())
            .set_alias_attributes(c.alias_attributes.clone())
            .set_username_attributes(c.username_attributes.clone())
            .set_sms_verification_message(c.sms_verification_message.clone())
            .set_email_verification_message(c.email_verification_message.clone())
            .set_email_verification_subject(c.email_verification_subject.clone())
            .verification_message_template(c.verification_message_template.clone().unwrap_or_else(
                || {
                    VerificationMessageTemplateType::builder()
                        .default_email_option(DefaultEmailOptionType::ConfirmWithCode)
                        .build()
                },
            ))
            .set_sms_authentication_message(c.sms_authentication_message.clone())
            .set_user_attribute_update_settings(c.user_attribute_update_settings.clone())
            .mfa_configuration(c.mfa_configuration.clone().unwrap_or(UserPoolMfaType::Off))
            .set_device_configuration(c.device_configuration.clone())
            .estimated_number_of_users(0)
            .email_configuration(c.email_configuration.clone().unwrap_or_else(|| {
                EmailConfigurationType::builder()
                    .email_sending_account(EmailSendingAccountType::CognitoDefault)
                    .build()
            }))
            .set_sms_configuration(c.sms_configuration.clone())
            .set_user_pool_tags(Some(c.user_pool_tags.clone().unwrap_or_default()))
            .set_domain(self.prefix_domain.clone())
            .set_custom_domain(self.custom_domain.clone())
            .admin_create_user_config(c.admin_create_user_config.clone().unwrap_or_else(|| {
                AdminCreateUserConfigType::builder()
                    .allow_admin_create_user_only(false)
                    .unused_account_validity_days(7)
                    .build()
            }))
            .set_user_pool_add_ons(c.user_pool_add_ons.clone())
            .set_username_configuration(c.username_configuration.clone())
            .arn(&self.arn)
            .set_account_recovery_setting(c.account_recovery_setting.clone())
            .user_pool_tier(
                c.user_pool_tier
                    .clone()
                    .unwrap_or(UserPoolTierType::Essentials),
            )
            .set_key_configuration(c.key_configuration.clone())
            .set_issuer_configuration(c.issuer_configuration.clone())
            .set_acr_configuration(c.acr_configuration.clone())
            .build()
    }
}

/// The password policy in force: Cognito's default when none was given, and `0` temporary
/// password days read as the default 7.
fn policies(given: Option<&UserPoolPolicyType>) -> UserPoolPolicyType {
    let default_password = || {
        PasswordPolicyType::builder()
            .minimum_length(8)
            .require_uppercase(true)
            .require_lowercase(true)
            .require_numbers(true)
            .require_symbols(true)
            .temporary_password_validity_days(7)
            .build()
    };
    let Some(given) = given else {
        return UserPoolPolicyType::builder()
            .password_policy(default_password())
            .build();
    };
    let mut policy = given.clone();
    match policy.password_policy.as_mut() {
        None => policy.password_policy = Some(default_password()),
        Some(password) => {
            password.minimum_length = password.minimum_length.or(Some(8));
            if password.temporary_password_validity_days == 0 {
                password.temporary_password_validity_days = 7;
            }
        }
    }
    policy
}

/// A standard attribute as `DescribeUserPool` lists it.
struct Standard {
    name: &'static str,
    kind: Kind,
    mutable: bool,
    required: bool,
}

enum Kind {
    /// A string with its length bounds.
    Text(&'static str, &'static str),
    Flag,
    /// A number with its lower bound.
    Number(&'static str),
}

const fn text(name: &'static str, min: &'static str, max: &'static str) -> Standard {
    Standard {
        name,
        kind: Kind::Text(min, max),
        mutable: true,
        required: false,
    }
}

const fn flag(name: &'static str) -> Standard {
    Standard {
        name,
        kind: Kind::Flag,
        mutable: true,
        required: false,
    }
}

const STANDARD_ATTRIBUTES: &[Standard] = &[
    Standard {
        name: "sub",
        kind: Kind::Text("1", "2048"),
        mutable: false,
        required: true,
    },
    text("name", "0", "2048"),
    text("given_name", "0", "2048"),
    text("family_name", "0", "2048"),
    text("middle_name", "0", "2048"),
    text("nickname", "0", "2048"),
    text("preferred_username", "0", "2048"),
    text("profile", "0", "2048"),
    text("picture", "0", "2048"),
    text("website", "0", "2048"),
    text("email", "0", "2048"),
    flag("email_verified"),
    text("gender", "0", "2048"),
    text("birthdate", "10", "10"),
    text("zoneinfo", "0", "2048"),
    text("locale", "0", "2048"),
    text("phone_number", "0", "2048"),
    flag("phone_number_verified"),
    text("address", "0", "2048"),
    Standard {
        name: "updated_at",
        kind: Kind::Number("0"),
        mutable: true,
        required: false,
    },
];

impl Standard {
    fn attribute(&self) -> SchemaAttributeType {
        let builder = SchemaAttributeType::builder()
            .name(self.name)
            .developer_only_attribute(false)
            .mutable(self.mutable)
            .required(self.required);
        match self.kind {
            Kind::Text(min, max) => builder
                .attribute_data_type(AttributeDataType::String)
                .string_attribute_constraints(
                    StringAttributeConstraintsType::builder()
                        .min_length(min)
                        .max_length(max)
                        .build(),
                )
                .build(),
            Kind::Flag => builder
                .attribute_data_type(AttributeDataType::Boolean)
                .build(),
            Kind::Number(min) => builder
                .attribute_data_type(AttributeDataType::Number)
                .number_attribute_constraints(
                    NumberAttributeConstraintsType::builder()
                        .min_value(min)
                        .build(),
                )
                .build(),
        }
    }
}

/// Every standard attribute (overridden by the request's declaration of it), then the custom
/// attributes under their `custom:` names.
fn schema_attributes(declared: Option<&[SchemaAttributeType]>) -> Vec<SchemaAttributeType> {
    let declared = declared.unwrap_or_default();
    let mut all = Vec::with_capacity(STANDARD_ATTRIBUTES.len() + declared.len());
    for standard in STANDARD_ATTRIBUTES {
        let base = standard.attribute();
        let attribute = match declared.iter().find(|d| d.name() == Some(standard.name)) {
            None => base,
            // Declaring a standard attribute can make it required or immutable and narrow
            // its constraints; its type stays.
            Some(d) => {
                let mut attribute = base;
                attribute.mutable = d.mutable.or(attribute.mutable);
                attribute.required = d.required.or(attribute.required);
                if d.number_attribute_constraints.is_some() {
                    attribute
                        .number_attribute_constraints
                        .clone_from(&d.number_attribute_constraints);
                }
                if d.string_attribute_constraints.is_some() {
                    attribute
                        .string_attribute_constraints
                        .clone_from(&d.string_attribute_constraints);
                }
                attribute
            }
        };
        all.push(attribute);
    }
    for custom in declared {
        let Some(name) = custom.name() else { continue };
        if STANDARD_ATTRIBUTES.iter().any(|s| s.name == name) {
            continue;
        }
        let mut attribute = custom.clone();
        if !name.starts_with("custom:") {
            attribute.name = Some(format!("custom:{name}"));
        }
        attribute.developer_only_attribute = Some(custom.developer_only_attribute.unwrap_or(false));
        attribute.mutable = Some(custom.mutable.unwrap_or(true));
        attribute.required = Some(custom.required.unwrap_or(false));
        all.push(attribute);
    }
    all
}
