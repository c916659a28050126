//! Creating a reviewed plan: exactly one complete user pool, or nothing at all.
//!
//! [`Reviewed::create`] sends `CreateUserPool`, then `SetUserPoolMfaConfig`,
//! `CreateUserPoolDomain` and `CreateUserPoolClient` concurrently (each needs only the pool id),
//! so a plan costs two round trips. Deletion protection is set by `CreateUserPool` itself, so it
//! is in force when [`Created`] comes back.
//!
//! What makes it safe to run against a real account:
//!
//! - **Throttling** (`TooManyRequestsException`) is retried on every call with exponential
//!   backoff and jitter, through the client's [`sleep_impl`](Cognito::sleep_impl).
//! - **Exactly once.** `CreateUserPool` is not idempotent and pool names are not unique, so the
//!   pool is tagged with a token unique to this run ([`PLAN_TAG`]). After an ambiguous failure
//!   (timeout, lost connection, 5xx) the plan lists the pools with the plan's name, adopts the one
//!   carrying its token, and only creates again when there is none.
//! - **Rollback.** If a call after `CreateUserPool` fails for good, the domain is deleted, deletion
//!   protection lifted and the pool deleted; [`CreateError`] names the failed step, the service's
//!   error and what the rollback left behind, if anything.
//!
//! # Examples
//!
//! ```no_run
//! # async fn run(plan: cognito_wizard::Reviewed) -> Result<(), Box<dyn std::error::Error>> {
//! let config = aws_config::load_from_env().await;
//! let client = aws_sdk_cognitoidentityprovider::Client::new(&config);
//! let created = plan.create(&client).await?;
//! println!("pool {} client {}", created.user_pool_id(), created.client_id());
//! if let Some(url) = created.hosted_ui_url() {
//!     println!("sign in at {url}/login");
//! }
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::future::{Future, poll_fn};
use std::hash::{BuildHasher, RandomState};
use std::pin::{Pin, pin};
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_sdk_cognitoidentityprovider::config::{AsyncSleep, SharedAsyncSleep};
use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::builders::CreateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::builders::CreateUserPoolClientInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::builders::CreateUserPoolDomainInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool::DeleteUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool_domain::DeleteUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool::DescribeUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool_domain::{
    DescribeUserPoolDomainInput, DescribeUserPoolDomainOutput,
};
use aws_sdk_cognitoidentityprovider::operation::list_user_pools::ListUserPoolsInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::builders::SetUserPoolMfaConfigInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::UpdateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::builders::UpdateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::types::{DeletionProtectionType, UserPoolType};

use crate::client::{CallError, CallErrorKind, Cognito};
use crate::review::Reviewed;

/// The tag key under which [`Reviewed::create`] stores the plan token on the user pool.
///
/// The value is a 32-character hexadecimal token unique to one run of the plan; it is how a
/// retry recognises the pool an earlier, ambiguous attempt may have created. It stays on the
/// pool so an operator can tell which run created it. A tag of this name in the plan itself is
/// replaced.
pub const PLAN_TAG: &str = "cognito-wizard:plan";

/// `ListUserPools` page size (the service's maximum).
const LIST_PAGE_SIZE: i32 = 60;

const RESOURCE_NOT_FOUND: &str = "ResourceNotFoundException";
const CONCURRENT_MODIFICATION: &str = "ConcurrentModificationException";

// ---------------------------------------------------------------------------------------------
// Options

/// Retry settings for [`Reviewed::create_with`].
///
/// The defaults suit a real account: the create/update/delete user pool category allows 15
/// requests per second per account, shared by everything else running there.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use cognito_wizard::CreateOptions;
///
/// let options = CreateOptions::default()
///     .max_attempts(4)
///     .initial_backoff(Duration::from_millis(50))
///     .max_backoff(Duration::from_secs(2));
/// assert_eq!(options.get_max_attempts(), 4);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateOptions {
    max_attempts: u32,
    ambiguous_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
}

impl Default for CreateOptions {
    /// 8 attempts per call under throttling, 3 after ambiguous failures, backoff from 100 ms
    /// doubling up to 5 s.
    fn default() -> Self {
        CreateOptions {
            max_attempts: 8,
            ambiguous_attempts: 3,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(5),
        }
    }
}

impl CreateOptions {
    /// How many times a throttled call (or one refused with `ConcurrentModificationException`)
    /// is sent before the plan gives up on it (at least 1).
    #[must_use]
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// How many times a call that failed ambiguously (timeout, lost connection, 5xx) is sent in
    /// all, where repeating it is safe (at least 1). `CreateUserPool` is only sent again after a
    /// search found no pool carrying the plan's token.
    #[must_use]
    pub fn ambiguous_attempts(mut self, attempts: u32) -> Self {
        self.ambiguous_attempts = attempts.max(1);
        self
    }

    /// The first backoff; each retry doubles it, up to [`max_backoff`](Self::max_backoff).
    #[must_use]
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest backoff between two attempts.
    #[must_use]
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// See [`max_attempts`](Self::max_attempts).
    pub fn get_max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// See [`ambiguous_attempts`](Self::ambiguous_attempts).
    pub fn get_ambiguous_attempts(&self) -> u32 {
        self.ambiguous_attempts
    }

    /// See [`initial_backoff`](Self::initial_backoff).
    pub fn get_initial_backoff(&self) -> Duration {
        self.initial_backoff
    }

    /// See [`max_backoff`](Self::max_backoff).
    pub fn get_max_backoff(&self) -> Duration {
        self.max_backoff
    }

    /// The wait before retry number `retry` (0-based): "equal jitter", half the exponential
    /// delay plus a random part of the other half, so concurrent plans spread out but always
    /// wait.
    fn backoff(&self, retry: u32) -> Duration {
        let factor = 1u32.checked_shl(retry).unwrap_or(u32::MAX);
        let ceiling = self
            .initial_backoff
            .checked_mul(factor)
            .unwrap_or(self.max_backoff)
            .min(self.max_backoff);
        let half = ceiling / 2;
        half.saturating_add(jitter(ceiling.saturating_sub(half)))
    }
}

// ---------------------------------------------------------------------------------------------
// What was created

/// A secret value, such as the app client secret in [`Created::client_secret`]. `Debug` and
/// `Display` never show it; [`expose_secret`](Self::expose_secret) does, on purpose.
///
/// # Examples
///
/// ```
/// use cognito_wizard::Secret;
///
/// let secret = Secret::new("s3cr3t");
/// assert_eq!(format!("{secret} {secret:?}"), "*** Secret(***)");
/// assert_eq!(secret.expose_secret(), "s3cr3t");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(secret: impl Into<String>) -> Self {
        Secret(secret.into())
    }

    /// The secret itself, for handing to whatever must hold it (a secrets manager, a config).
    pub fn expose_secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// What [`Reviewed::create`] created: one complete user pool with its MFA configuration,
/// domain and app client, deletion protection as planned.
///
/// `Debug` never shows the client secret.
///
/// # Examples
///
/// ```no_run
/// # async fn run(plan: cognito_wizard::Reviewed, client: aws_sdk_cognitoidentityprovider::Client)
/// #     -> Result<(), cognito_wizard::CreateError> {
/// let created = plan.create(&client).await?;
/// println!("{created}"); // "user pool us-east-1_AbC123xyZ "my-pool", app client 4d3q..."
/// let secret = created.client_secret().map(|s| s.expose_secret().to_owned());
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct Created {
    user_pool_id: String,
    user_pool_arn: Option<String>,
    user_pool_name: String,
    client_id: String,
    client_secret: Option<Secret>,
    domain: Option<CreatedDomain>,
    adopted: bool,
    plan_token: String,
}

#[derive(Debug, Clone)]
struct CreatedDomain {
    domain: String,
    hosted_ui_url: Option<String>,
    cloud_front_domain: Option<String>,
}

impl Created {
    /// The user pool id (`us-east-1_AbC123xyZ` on Cognito; other servers' ids differ).
    pub fn user_pool_id(&self) -> &str {
        &self.user_pool_id
    }

    /// The user pool's ARN, as the service returned it.
    pub fn user_pool_arn(&self) -> Option<&str> {
        self.user_pool_arn.as_deref()
    }

    /// The user pool's name.
    pub fn user_pool_name(&self) -> &str {
        &self.user_pool_name
    }

    /// The app client id.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// The app client secret, when the plan's client has one (a confidential client).
    pub fn client_secret(&self) -> Option<&Secret> {
        self.client_secret.as_ref()
    }

    /// The domain: a prefix (`my-login`) or a custom domain's fully qualified name.
    pub fn domain(&self) -> Option<&str> {
        self.domain.as_ref().map(|d| d.domain.as_str())
    }

    /// The hosted UI's base URL: `https://<prefix>.auth.<region>.amazoncognito.com` for a prefix
    /// domain, `https://<domain>` for a custom one. `None` without a domain, or when the region
    /// can be read from neither the pool's ARN nor its id.
    pub fn hosted_ui_url(&self) -> Option<&str> {
        self.domain.as_ref()?.hosted_ui_url.as_deref()
    }

    /// For a custom domain, the `CloudFront` distribution its DNS record must alias.
    pub fn cloud_front_domain(&self) -> Option<&str> {
        self.domain.as_ref()?.cloud_front_domain.as_deref()
    }

    /// Whether the pool was adopted: `CreateUserPool` failed ambiguously (a timeout, say) but
    /// had in fact created the pool, and the plan found it by its token instead of creating a
    /// second one.
    pub fn adopted(&self) -> bool {
        self.adopted
    }

    /// The token this run tagged the pool with, under [`PLAN_TAG`].
    pub fn plan_token(&self) -> &str {
        &self.plan_token
    }
}

/// `user pool <id> "<name>", app client <id>[, domain <url or domain>]`; never the secret.
impl fmt::Display for Created {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "user pool {} \"{}\", app client {}",
            self.user_pool_id, self.user_pool_name, self.client_id
        )?;
        if let Some(domain) = &self.domain {
            match &domain.hosted_ui_url {
                Some(url) => write!(f, ", hosted UI {url}")?,
                None => write!(f, ", domain {}", domain.domain)?,
            }
        }
        if self.adopted {
            f.write_str(" (adopted after an ambiguous failure)")?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Errors

/// A call of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlanStep {
    /// `CreateUserPool`.
    CreateUserPool,
    /// `SetUserPoolMfaConfig`.
    SetUserPoolMfaConfig,
    /// `CreateUserPoolDomain`.
    CreateUserPoolDomain,
    /// `CreateUserPoolClient`.
    CreateUserPoolClient,
}

impl fmt::Display for PlanStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PlanStep::CreateUserPool => "CreateUserPool",
            PlanStep::SetUserPoolMfaConfig => "SetUserPoolMfaConfig",
            PlanStep::CreateUserPoolDomain => "CreateUserPoolDomain",
            PlanStep::CreateUserPoolClient => "CreateUserPoolClient",
        })
    }
}

/// A call of the rollback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RollbackStep {
    /// `DeleteUserPoolDomain`.
    DeleteUserPoolDomain,
    /// `UpdateUserPool`, lifting deletion protection.
    UpdateUserPool,
    /// `DeleteUserPool`.
    DeleteUserPool,
}

impl fmt::Display for RollbackStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RollbackStep::DeleteUserPoolDomain => "DeleteUserPoolDomain",
            RollbackStep::UpdateUserPool => "UpdateUserPool",
            RollbackStep::DeleteUserPool => "DeleteUserPool",
        })
    }
}

/// What a failed rollback left in the account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftBehind {
    user_pool_id: String,
    domain: Option<String>,
}

impl LeftBehind {
    /// The user pool that is still there.
    pub fn user_pool_id(&self) -> &str {
        &self.user_pool_id
    }

    /// The domain that is still there (or may be: its creation failed ambiguously and the
    /// rollback could not confirm it absent).
    pub fn domain(&self) -> Option<&str> {
        self.domain.as_deref()
    }
}

impl fmt::Display for LeftBehind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "user pool {}", self.user_pool_id)?;
        if let Some(domain) = &self.domain {
            write!(f, " and its domain {domain}")?;
        }
        Ok(())
    }
}

/// What happened to the account after a step failed: the answer to "is anything left?".
#[derive(Debug)]
#[non_exhaustive]
pub enum Cleanup {
    /// `CreateUserPool` failed and no pool exists: nothing was created.
    NothingCreated,
    /// Everything the plan had created was deleted: nothing was left behind.
    RolledBack,
    /// The rollback failed at `step`: `left_behind` is still in the account.
    RollbackFailed {
        /// The rollback call that failed.
        step: RollbackStep,
        /// Its error.
        error: CallError,
        /// What is still there.
        left_behind: LeftBehind,
    },
    /// `CreateUserPool` failed ambiguously and the search for the pool it may have created
    /// failed too: a pool named `pool_name` tagged [`PLAN_TAG`] = `plan_token` may exist.
    Unknown {
        /// The plan's pool name.
        pool_name: String,
        /// The token the pool would carry under [`PLAN_TAG`].
        plan_token: String,
        /// Why the search failed (`ListUserPools` or `DescribeUserPool`).
        error: CallError,
    },
}

impl Cleanup {
    /// Whether the account is as it was before the plan ran.
    pub fn nothing_left(&self) -> bool {
        matches!(self, Cleanup::NothingCreated | Cleanup::RolledBack)
    }

    /// What the plan left in the account, when the rollback failed.
    pub fn left_behind(&self) -> Option<&LeftBehind> {
        match self {
            Cleanup::RollbackFailed { left_behind, .. } => Some(left_behind),
            _ => None,
        }
    }
}

impl fmt::Display for Cleanup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cleanup::NothingCreated => f.write_str("nothing was created"),
            Cleanup::RolledBack => f.write_str("rolled back: nothing was left behind"),
            Cleanup::RollbackFailed {
                step,
                error,
                left_behind,
            } => write!(
                f,
                "the rollback failed at {step} ({error}): left behind {left_behind}"
            ),
            Cleanup::Unknown {
                pool_name,
                plan_token,
                error,
            } => write!(
                f,
                "a user pool named \"{pool_name}\" may have been created and the search for it \
                 failed ({error}): look for the tag {PLAN_TAG}={plan_token}"
            ),
        }
    }
}

/// Why [`Reviewed::create`] failed: the step, the service's error (the [`source`]), and what the
/// failure left in the account ([`cleanup`](Self::cleanup)).
///
/// The service's error code and message are also readable through [`ProvideErrorMetadata`].
///
/// [`source`]: std::error::Error::source
///
/// # Examples
///
/// On the in-memory Cognito (feature `test-util`), with the app client refused:
///
/// ```
/// use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
/// use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
/// use cognito_wizard::{
///     App, AppClient, Domain, EmailSender, Messaging, PlanStep, SignIn, SignInOption, UserPoolWizard,
/// };
///
/// # tokio::runtime::Builder::new_current_thread().enable_time().build()?.block_on(async {
/// let plan = UserPoolWizard::builder()
///     .sign_in(SignIn::with([SignInOption::Email]))
///     .messaging(Messaging::email(EmailSender::cognito()))
///     .app(
///         App::builder()
///             .pool_name("my-user-pool")
///             .domain(Domain::prefix("my-login"))
///             .client(AppClient::public("my-app-client"))
///             .build(),
///     )
///     .build()
///     .review()?;
/// let cognito = InMemoryCognito::new();
/// cognito.fail_next(
///     Call::CreateUserPoolClient,
///     Fault::service("LimitExceededException", "Too many app clients."),
/// );
///
/// let error = plan.create(&cognito).await.unwrap_err();
/// assert_eq!(error.step(), PlanStep::CreateUserPoolClient);
/// assert_eq!(error.code(), Some("LimitExceededException"));
/// assert!(error.cleanup().nothing_left());
/// assert_eq!(
///     error.to_string(),
///     "CreateUserPoolClient failed (LimitExceededException: Too many app clients.); \
///      rolled back: nothing was left behind"
/// );
/// assert!(cognito.user_pool_ids().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// # })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, thiserror::Error)]
#[error("{step} failed ({source}); {cleanup}")]
pub struct CreateError {
    step: PlanStep,
    source: CallError,
    cleanup: Cleanup,
}

impl CreateError {
    /// The step that failed (for good: after retries where retrying was safe).
    pub fn step(&self) -> PlanStep {
        self.step
    }

    /// The failed call's error.
    pub fn call_error(&self) -> &CallError {
        &self.source
    }

    /// What is left in the account.
    pub fn cleanup(&self) -> &Cleanup {
        &self.cleanup
    }
}

impl ProvideErrorMetadata for CreateError {
    fn meta(&self) -> &aws_smithy_types::error::metadata::ErrorMetadata {
        self.source.meta()
    }
}

// ---------------------------------------------------------------------------------------------
// The plan

impl Reviewed {
    /// Creates the planned user pool, its MFA configuration, domain and app client, with the
    /// default [`CreateOptions`].
    ///
    /// Two round trips: `CreateUserPool`, then the three follow-ups concurrently. See
    /// [`create_with`](Self::create_with) for what happens on failure.
    ///
    /// # Errors
    ///
    /// A [`CreateError`] when a step fails for good; the account then holds nothing of the
    /// plan, unless [`CreateError::cleanup`] says otherwise.
    ///
    /// # Examples
    ///
    /// With the SDK client:
    ///
    /// ```no_run
    /// # async fn run(plan: cognito_wizard::Reviewed) -> Result<(), Box<dyn std::error::Error>> {
    /// let config = aws_config::load_from_env().await;
    /// let client = aws_sdk_cognitoidentityprovider::Client::new(&config);
    /// let created = plan.create(&client).await?;
    /// println!("{created}");
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// On the in-memory Cognito (feature `test-util`):
    ///
    /// ```
    /// use cognito_wizard::test_util::InMemoryCognito;
    /// use cognito_wizard::{
    ///     App, AppClient, Domain, EmailSender, Messaging, SignIn, SignInOption, UserPoolWizard,
    /// };
    ///
    /// # tokio::runtime::Builder::new_current_thread().enable_time().build()?.block_on(async {
    /// let plan = UserPoolWizard::builder()
    ///     .sign_in(SignIn::with([SignInOption::Email]))
    ///     .messaging(Messaging::email(EmailSender::cognito()))
    ///     .app(
    ///         App::builder()
    ///             .pool_name("my-user-pool")
    ///             .domain(Domain::prefix("my-login"))
    ///             .client(AppClient::public("my-app-client"))
    ///             .build(),
    ///     )
    ///     .build()
    ///     .review()?;
    /// let cognito = InMemoryCognito::new();
    ///
    /// let created = plan.create(&cognito).await?;
    /// assert_eq!(cognito.user_pool_ids(), [created.user_pool_id()]);
    /// assert_eq!(created.user_pool_name(), "my-user-pool");
    /// assert_eq!(
    ///     created.hosted_ui_url(),
    ///     Some("https://my-login.auth.us-east-1.amazoncognito.com")
    /// );
    /// assert!(created.client_secret().is_none()); // a public client has none
    /// assert!(!created.adopted());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// # })?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub async fn create<C: Cognito>(&self, cognito: &C) -> Result<Created, CreateError> {
        self.create_with(cognito, &CreateOptions::default()).await
    }

    /// Creates the planned user pool with the given retry settings.
    ///
    /// - Throttled calls, and calls refused with `ConcurrentModificationException` (the
    ///   concurrent follow-ups modify the same pool), are retried with backoff, up to
    ///   [`CreateOptions::max_attempts`].
    /// - After an ambiguous `CreateUserPool` failure the plan looks for a pool with its name and
    ///   token ([`PLAN_TAG`]) and adopts it ([`Created::adopted`]); it creates again only when
    ///   there is none.
    /// - `SetUserPoolMfaConfig` is idempotent and simply retried after an ambiguous failure;
    ///   after an ambiguous `CreateUserPoolDomain` the plan describes the domain and keeps it if
    ///   it belongs to the new pool.
    /// - `CreateUserPoolClient` is not idempotent and the trait has no way to list a pool's
    ///   clients, so an ambiguous failure there is final: the whole plan rolls back (deleting the
    ///   pool deletes any client the failed call created) rather than risk a second client.
    /// - When a step fails for good, the rollback deletes the domain, lifts deletion protection
    ///   (an `UpdateUserPool` carrying the full planned configuration, since `UpdateUserPool`
    ///   resets what it is not given) and deletes the pool.
    ///
    /// A search cannot see a pool that the service commits only after the client gave up
    /// waiting; the token on every pool this crate creates lets an operator find such a pool.
    ///
    /// # Errors
    ///
    /// A [`CreateError`] naming the failed step, the service's error and the rollback's outcome.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// # async fn run(plan: cognito_wizard::Reviewed, client: aws_sdk_cognitoidentityprovider::Client)
    /// #     -> Result<(), cognito_wizard::CreateError> {
    /// use cognito_wizard::CreateOptions;
    ///
    /// let created = plan.create_with(&client, &CreateOptions::default().max_attempts(12)).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn create_with<C: Cognito>(
        &self,
        cognito: &C,
        options: &CreateOptions,
    ) -> Result<Created, CreateError> {
        let run = Run {
            cognito,
            options,
            sleep: cognito.sleep_impl(),
        };
        let token = plan_token();
        let pool_input = self.create_user_pool().user_pool_tags(PLAN_TAG, &token);
        // Each stage is boxed: the SDK inputs they hold would otherwise make the future
        // returned to the caller tens of kilobytes (one allocation per stage is nothing next to
        // a network round trip).
        let pool = Box::pin(run.create_pool(&pool_input, &token)).await?;

        let (mfa, domain, client) = Box::pin(join3(
            run.set_mfa(self.set_user_pool_mfa_config(), &pool.id),
            run.create_domain(self.create_user_pool_domain(), &pool.id),
            run.create_client(self.create_user_pool_client(), &pool.id),
        ))
        .await;
        let (domain_state, domain) = domain;

        let failure = match (mfa, domain, client) {
            (Ok(()), Ok(domain), Ok((client_id, client_secret))) => {
                let domain = domain.map(|(name, custom, cloud_front)| CreatedDomain {
                    hosted_ui_url: hosted_ui_url(&name, custom, &pool),
                    domain: name,
                    cloud_front_domain: cloud_front,
                });
                return Ok(Created {
                    user_pool_id: pool.id,
                    user_pool_arn: pool.arn,
                    user_pool_name: pool.name,
                    client_id,
                    client_secret,
                    domain,
                    adopted: pool.adopted,
                    plan_token: token,
                });
            }
            // The first failure in plan order is the one reported.
            (Err(e), _, _) => (PlanStep::SetUserPoolMfaConfig, e),
            (_, Err(e), _) => (PlanStep::CreateUserPoolDomain, e),
            (_, _, Err(e)) => (PlanStep::CreateUserPoolClient, e),
        };
        let protected = matches!(
            pool_input.get_deletion_protection(),
            Some(DeletionProtectionType::Active)
        );
        let cleanup =
            Box::pin(run.roll_back(&pool.id, domain_state, protected.then_some(&pool_input))).await;
        Err(CreateError {
            step: failure.0,
            source: failure.1,
            cleanup,
        })
    }
}

/// The pool the plan created or adopted.
struct Pool {
    id: String,
    arn: Option<String>,
    name: String,
    adopted: bool,
}

impl Pool {
    fn from_service(pool: &UserPoolType, fallback_name: &str, adopted: bool) -> Option<Self> {
        Some(Pool {
            id: pool.id()?.to_owned(),
            arn: pool.arn().map(str::to_owned),
            name: pool.name().unwrap_or(fallback_name).to_owned(),
            adopted,
        })
    }
}

/// What the rollback must consider about the domain.
enum DomainState {
    /// Not asked for, or its creation certainly failed.
    Absent,
    /// Created (or adopted).
    Created(String),
    /// Its creation failed ambiguously and describing it failed too.
    Unknown(String),
}

/// A created domain: name, whether custom, `CloudFront` distribution.
type DomainInfo = (String, bool, Option<String>);

/// One execution of a plan: the client, the retry settings and the sleep between retries.
struct Run<'a, C> {
    cognito: &'a C,
    options: &'a CreateOptions,
    sleep: Option<SharedAsyncSleep>,
}

impl<C: Cognito> Run<'_, C> {
    async fn pause(&self, retry: u32) {
        if let Some(sleep) = &self.sleep {
            sleep.sleep(self.options.backoff(retry)).await;
        }
    }

    /// Sends a call, retrying with backoff the refusals that say "not now": throttling, and
    /// `ConcurrentModificationException`, which `SetUserPoolMfaConfig` and
    /// `CreateUserPoolDomain` may answer while the other runs on the same pool. Both mean the
    /// request had no effect, so even a non-idempotent call may be repeated.
    async fn send<T, F>(&self, mut call: impl FnMut() -> F) -> Result<T, CallError>
    where
        F: Future<Output = Result<T, CallError>>,
    {
        let mut retry: u32 = 0;
        loop {
            match call().await {
                Err(e)
                    if (e.kind() == CallErrorKind::Throttled
                        || e.code() == Some(CONCURRENT_MODIFICATION))
                        && retry.saturating_add(1) < self.options.max_attempts =>
                {
                    self.pause(retry).await;
                    retry += 1;
                }
                result => return result,
            }
        }
    }

    /// Sends an idempotent call, retrying throttling and ambiguous failures.
    async fn send_idempotent<T, F>(&self, mut call: impl FnMut() -> F) -> Result<T, CallError>
    where
        F: Future<Output = Result<T, CallError>>,
    {
        let mut retry: u32 = 0;
        loop {
            match self.send(&mut call).await {
                Err(e)
                    if e.kind().is_ambiguous()
                        && retry.saturating_add(1) < self.options.ambiguous_attempts =>
                {
                    self.pause(retry).await;
                    retry += 1;
                }
                result => return result,
            }
        }
    }

    /// `CreateUserPool`, exactly once: after an ambiguous failure, adopt the pool carrying the
    /// plan's token if there is one, else try again.
    async fn create_pool(
        &self,
        input: &CreateUserPoolInputBuilder,
        token: &str,
    ) -> Result<Pool, CreateError> {
        let name = input.get_pool_name().as_deref().unwrap_or_default();
        let mut retry: u32 = 0;
        loop {
            let error = match self
                .send(|| self.cognito.create_user_pool(input.clone()))
                .await
            {
                Ok(out) => match out
                    .user_pool()
                    .and_then(|p| Pool::from_service(p, name, false))
                {
                    Some(pool) => return Ok(pool),
                    // An answer without an id is no proof of anything: look for the pool.
                    None => CallError::new(
                        CallErrorKind::Response,
                        "",
                        "CreateUserPool answered without a user pool id",
                    ),
                },
                Err(e) => e,
            };
            if !error.kind().is_ambiguous() {
                return Err(CreateError {
                    step: PlanStep::CreateUserPool,
                    source: error,
                    cleanup: Cleanup::NothingCreated,
                });
            }
            // Give the service a moment to commit what the failed call may have started.
            self.pause(retry).await;
            match self.find_pool(name, token).await {
                Ok(Some(pool)) => return Ok(pool),
                Ok(None) if retry.saturating_add(1) < self.options.ambiguous_attempts => {
                    retry += 1;
                }
                Ok(None) => {
                    return Err(CreateError {
                        step: PlanStep::CreateUserPool,
                        source: error,
                        cleanup: Cleanup::NothingCreated,
                    });
                }
                Err(search) => {
                    return Err(CreateError {
                        step: PlanStep::CreateUserPool,
                        source: error,
                        cleanup: Cleanup::Unknown {
                            pool_name: name.to_owned(),
                            plan_token: token.to_owned(),
                            error: search,
                        },
                    });
                }
            }
        }
    }

    /// The pool named `name` whose [`PLAN_TAG`] is `token`, if any: `ListUserPools` (every page),
    /// then `DescribeUserPool` for each pool of that name.
    async fn find_pool(&self, name: &str, token: &str) -> Result<Option<Pool>, CallError> {
        let mut next_token: Option<String> = None;
        loop {
            let page = self
                .send_idempotent(|| {
                    self.cognito.list_user_pools(
                        ListUserPoolsInput::builder()
                            .max_results(LIST_PAGE_SIZE)
                            .set_next_token(next_token.clone()),
                    )
                })
                .await?;
            for listed in page.user_pools() {
                let Some(id) = listed.id().filter(|_| listed.name() == Some(name)) else {
                    continue;
                };
                let described = self
                    .send_idempotent(|| {
                        self.cognito
                            .describe_user_pool(DescribeUserPoolInput::builder().user_pool_id(id))
                    })
                    .await;
                let described = match described {
                    Ok(out) => out,
                    // Deleted since it was listed: not ours to worry about.
                    Err(e) if e.code() == Some(RESOURCE_NOT_FOUND) => continue,
                    Err(e) => return Err(e),
                };
                let Some(pool) = described.user_pool() else {
                    continue;
                };
                let tagged = pool
                    .user_pool_tags()
                    .and_then(|tags| tags.get(PLAN_TAG))
                    .is_some_and(|t| t == token);
                if tagged {
                    return Ok(Some(Pool {
                        id: pool.id().unwrap_or(id).to_owned(),
                        arn: pool.arn().map(str::to_owned),
                        name: name.to_owned(),
                        adopted: true,
                    }));
                }
            }
            match page.next_token() {
                // A server repeating its token would page forever.
                Some(t) if !t.is_empty() && next_token.as_deref() != Some(t) => {
                    next_token = Some(t.to_owned());
                }
                _ => return Ok(None),
            }
        }
    }

    async fn set_mfa(
        &self,
        input: Option<SetUserPoolMfaConfigInputBuilder>,
        pool_id: &str,
    ) -> Result<(), CallError> {
        let Some(input) = input else {
            return Ok(());
        };
        let input = input.user_pool_id(pool_id);
        self.send_idempotent(|| self.cognito.set_user_pool_mfa_config(input.clone()))
            .await
            .map(drop)
    }

    /// `CreateUserPoolDomain`; after an ambiguous failure, describe the domain and keep it if it
    /// belongs to the pool, else try again.
    async fn create_domain(
        &self,
        input: Option<CreateUserPoolDomainInputBuilder>,
        pool_id: &str,
    ) -> (DomainState, Result<Option<DomainInfo>, CallError>) {
        let Some(input) = input else {
            return (DomainState::Absent, Ok(None));
        };
        let input = input.user_pool_id(pool_id);
        let domain = input.get_domain().clone().unwrap_or_default();
        let custom = input.get_custom_domain_config().is_some();
        let mut retry: u32 = 0;
        loop {
            let error = match self
                .send(|| self.cognito.create_user_pool_domain(input.clone()))
                .await
            {
                Ok(out) => {
                    let cloud_front = out.cloud_front_domain().map(str::to_owned);
                    return (
                        DomainState::Created(domain.clone()),
                        Ok(Some((domain, custom, cloud_front))),
                    );
                }
                Err(e) => e,
            };
            if !error.kind().is_ambiguous() {
                return (DomainState::Absent, Err(error));
            }
            self.pause(retry).await;
            match self.describe_domain(&domain).await {
                Ok(out) if domain_belongs(&out, pool_id) => {
                    let cloud_front = out
                        .domain_description()
                        .and_then(|d| d.cloud_front_distribution())
                        .map(str::to_owned);
                    return (
                        DomainState::Created(domain.clone()),
                        Ok(Some((domain, custom, cloud_front))),
                    );
                }
                Ok(_) if retry.saturating_add(1) < self.options.ambiguous_attempts => retry += 1,
                Ok(_) => return (DomainState::Absent, Err(error)),
                Err(_) => return (DomainState::Unknown(domain), Err(error)),
            }
        }
    }

    /// `DescribeUserPoolDomain`, with "not found" as an empty description: Cognito answers an
    /// unknown domain with an empty description, other servers with `ResourceNotFoundException`.
    async fn describe_domain(
        &self,
        domain: &str,
    ) -> Result<DescribeUserPoolDomainOutput, CallError> {
        let described = self
            .send_idempotent(|| {
                self.cognito.describe_user_pool_domain(
                    DescribeUserPoolDomainInput::builder().domain(domain),
                )
            })
            .await;
        match described {
            Err(e) if e.code() == Some(RESOURCE_NOT_FOUND) => {
                Ok(DescribeUserPoolDomainOutput::builder().build())
            }
            other => other,
        }
    }

    /// `CreateUserPoolClient`: retried only under throttling (see [`Reviewed::create_with`]).
    async fn create_client(
        &self,
        input: CreateUserPoolClientInputBuilder,
        pool_id: &str,
    ) -> Result<(String, Option<Secret>), CallError> {
        let input = input.user_pool_id(pool_id);
        let out = self
            .send(|| self.cognito.create_user_pool_client(input.clone()))
            .await?;
        let client = out.user_pool_client();
        let Some(id) = client.and_then(|c| c.client_id()) else {
            return Err(CallError::new(
                CallErrorKind::Response,
                "",
                "CreateUserPoolClient answered without a client id",
            ));
        };
        let secret = client.and_then(|c| c.client_secret()).map(Secret::new);
        Ok((id.to_owned(), secret))
    }

    /// Deletes what the plan created: the domain, then (for a protected pool) deletion
    /// protection, then the pool.
    async fn roll_back(
        &self,
        pool_id: &str,
        domain: DomainState,
        protected: Option<&CreateUserPoolInputBuilder>,
    ) -> Cleanup {
        let failed = |step, error, domain: Option<&str>| Cleanup::RollbackFailed {
            step,
            error,
            left_behind: LeftBehind {
                user_pool_id: pool_id.to_owned(),
                domain: domain.map(str::to_owned),
            },
        };
        if let DomainState::Created(name) | DomainState::Unknown(name) = &domain
            && let Err(e) = self.delete_domain(name, pool_id).await
        {
            return failed(RollbackStep::DeleteUserPoolDomain, e, Some(name));
        }
        if let Some(input) = protected {
            let update = update_from_create(input, pool_id)
                .deletion_protection(DeletionProtectionType::Inactive);
            if let Err(e) = self
                .send_idempotent(|| self.cognito.update_user_pool(update.clone()))
                .await
            {
                return failed(RollbackStep::UpdateUserPool, e, None);
            }
        }
        match self.delete_pool(pool_id).await {
            Ok(()) => Cleanup::RolledBack,
            Err(e) => failed(RollbackStep::DeleteUserPool, e, None),
        }
    }

    /// `DeleteUserPoolDomain`; after a failure, a domain that no longer belongs to the pool
    /// counts as deleted (the failed call may have committed, or the domain never existed).
    async fn delete_domain(&self, domain: &str, pool_id: &str) -> Result<(), CallError> {
        let mut retry: u32 = 0;
        loop {
            let Err(error) = self
                .send(|| {
                    self.cognito.delete_user_pool_domain(
                        DeleteUserPoolDomainInput::builder()
                            .domain(domain)
                            .user_pool_id(pool_id),
                    )
                })
                .await
            else {
                return Ok(());
            };
            match self.describe_domain(domain).await {
                Ok(out) if !domain_belongs(&out, pool_id) => return Ok(()),
                Ok(_)
                    if error.kind().is_ambiguous()
                        && retry.saturating_add(1) < self.options.ambiguous_attempts =>
                {
                    self.pause(retry).await;
                    retry += 1;
                }
                _ => return Err(error),
            }
        }
    }

    /// `DeleteUserPool`; a pool the service no longer knows counts as deleted (after an
    /// ambiguous failure, the pool is described to tell).
    async fn delete_pool(&self, pool_id: &str) -> Result<(), CallError> {
        let mut retry: u32 = 0;
        loop {
            let Err(error) = self
                .send(|| {
                    self.cognito
                        .delete_user_pool(DeleteUserPoolInput::builder().user_pool_id(pool_id))
                })
                .await
            else {
                return Ok(());
            };
            if error.code() == Some(RESOURCE_NOT_FOUND) {
                return Ok(());
            }
            if !error.kind().is_ambiguous() {
                return Err(error);
            }
            let described = self
                .send_idempotent(|| {
                    self.cognito
                        .describe_user_pool(DescribeUserPoolInput::builder().user_pool_id(pool_id))
                })
                .await;
            match described {
                Err(e) if e.code() == Some(RESOURCE_NOT_FOUND) => return Ok(()),
                Ok(_) if retry.saturating_add(1) < self.options.ambiguous_attempts => {
                    self.pause(retry).await;
                    retry += 1;
                }
                _ => return Err(error),
            }
        }
    }
}

fn domain_belongs(out: &DescribeUserPoolDomainOutput, pool_id: &str) -> bool {
    out.domain_description()
        .and_then(|d| d.user_pool_id())
        .is_some_and(|id| id == pool_id)
}

/// The `UpdateUserPool` request that leaves a pool created by `create` as it is (for `pool_id`).
///
/// `UpdateUserPool` resets every member it is not given, so every updatable member of the create
/// request is carried over. The create-only members (`AliasAttributes`, `UsernameAttributes`,
/// `Schema`, `UsernameConfiguration`) cannot change and are not part of the update.
pub(crate) fn update_from_create(
    create: &CreateUserPoolInputBuilder,
    pool_id: &str,
) -> UpdateUserPoolInputBuilder {
    UpdateUserPoolInput::builder()
        .user_pool_id(pool_id)
        .set_pool_name(create.get_pool_name().clone())
        .set_policies(create.get_policies().clone())
        .set_deletion_protection(create.get_deletion_protection().clone())
        .set_lambda_config(create.get_lambda_config().clone())
        .set_auto_verified_attributes(create.get_auto_verified_attributes().clone())
        .set_sms_verification_message(create.get_sms_verification_message().clone())
        .set_email_verification_message(create.get_email_verification_message().clone())
        .set_email_verification_subject(create.get_email_verification_subject().clone())
        .set_verification_message_template(create.get_verification_message_template().clone())
        .set_sms_authentication_message(create.get_sms_authentication_message().clone())
        .set_user_attribute_update_settings(create.get_user_attribute_update_settings().clone())
        .set_mfa_configuration(create.get_mfa_configuration().clone())
        .set_device_configuration(create.get_device_configuration().clone())
        .set_email_configuration(create.get_email_configuration().clone())
        .set_sms_configuration(create.get_sms_configuration().clone())
        .set_user_pool_tags(create.get_user_pool_tags().clone())
        .set_admin_create_user_config(create.get_admin_create_user_config().clone())
        .set_user_pool_add_ons(create.get_user_pool_add_ons().clone())
        .set_account_recovery_setting(create.get_account_recovery_setting().clone())
        .set_user_pool_tier(create.get_user_pool_tier().clone())
        .set_key_configuration(create.get_key_configuration().clone())
        .set_issuer_configuration(create.get_issuer_configuration().clone())
        .set_acr_configuration(create.get_acr_configuration().clone())
}

/// The hosted UI's base URL. The region comes from the pool's ARN
/// (`arn:<partition>:cognito-idp:<region>:...`), else from the id's `<region>_` prefix; ids are
/// not assumed to have Cognito's exact shape.
fn hosted_ui_url(domain: &str, custom: bool, pool: &Pool) -> Option<String> {
    if custom {
        return Some(format!("https://{domain}"));
    }
    let from_arn = pool.arn.as_deref().and_then(|arn| {
        let mut parts = arn.split(':');
        (parts.next() == Some("arn"))
            .then(|| parts.nth(2))
            .flatten()
    });
    let from_id = pool.id.split_once('_').map(|(region, _)| region);
    let region = from_arn
        .or(from_id)
        .filter(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))?;
    Some(format!("https://{domain}.auth.{region}.amazoncognito.com"))
}

/// A token unique to one run of a plan: 128 bits from std's randomly keyed hasher over the
/// time, the process id and a counter (no dependency needed for a token that must only be
/// unique, not secret).
fn plan_token() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let seed = (now, std::process::id(), n);
    let high = RandomState::new().hash_one(seed);
    let low = RandomState::new().hash_one(seed);
    format!("{high:016x}{low:016x}")
}

/// A random duration in `0..=upto`.
fn jitter(upto: Duration) -> Duration {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = u64::try_from(upto.as_nanos()).unwrap_or(u64::MAX);
    let random = RandomState::new().hash_one(COUNTER.fetch_add(1, Ordering::Relaxed));
    Duration::from_nanos(random % nanos.saturating_add(1).max(1))
}

/// Runs three futures concurrently on the current task and returns all three outputs (a
/// dozen lines instead of the `futures` crate).
async fn join3<A: Future, B: Future, C: Future>(
    first: A,
    second: B,
    third: C,
) -> (A::Output, B::Output, C::Output) {
    let (mut first, mut second, mut third) = (pin!(first), pin!(second), pin!(third));
    let mut outputs = (None, None, None);
    poll_fn(move |cx| {
        poll_into(first.as_mut(), &mut outputs.0, cx);
        poll_into(second.as_mut(), &mut outputs.1, cx);
        poll_into(third.as_mut(), &mut outputs.2, cx);
        if outputs.0.is_some()
            && outputs.1.is_some()
            && outputs.2.is_some()
            && let (Some(one), Some(two), Some(three)) =
                (outputs.0.take(), outputs.1.take(), outputs.2.take())
        {
            Poll::Ready((one, two, three))
        } else {
            Poll::Pending
        }
    })
    .await
}

/// Polls `future` unless it has finished, keeping its output in `output`.
fn poll_into<F: Future>(future: Pin<&mut F>, output: &mut Option<F::Output>, cx: &mut Context<'_>) {
    if output.is_none()
        && let Poll::Ready(value) = future.poll(cx)
    {
        *output = Some(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_and_fit_a_tag_value() {
        let a = plan_token();
        let b = plan_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let options = CreateOptions::default()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_secs(1));
        for retry in 0..40 {
            let wait = options.backoff(retry);
            let ceiling = Duration::from_millis(100)
                .checked_mul(1 << retry.min(20))
                .unwrap_or(Duration::MAX)
                .min(Duration::from_secs(1));
            assert!(wait >= ceiling / 2 && wait <= ceiling, "{retry}: {wait:?}");
        }
        assert_eq!(
            CreateOptions::default()
                .initial_backoff(Duration::ZERO)
                .backoff(3),
            Duration::ZERO
        );
    }

    fn pool(id: &str, arn: Option<&str>) -> Pool {
        Pool {
            id: id.to_owned(),
            arn: arn.map(str::to_owned),
            name: "p".to_owned(),
            adopted: false,
        }
    }

    #[test]
    fn hosted_ui_url_reads_the_region_from_the_arn_then_the_id() {
        let arn = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbC123xyZ";
        assert_eq!(
            hosted_ui_url("my-login", false, &pool("eu-west-1_AbC123xyZ", Some(arn))).as_deref(),
            Some("https://my-login.auth.eu-west-1.amazoncognito.com")
        );
        // moto's longer ids, no ARN.
        assert_eq!(
            hosted_ui_url(
                "x",
                false,
                &pool("us-east-1_0123456789abcdef0123456789abcdef", None)
            )
            .as_deref(),
            Some("https://x.auth.us-east-1.amazoncognito.com")
        );
        assert_eq!(hosted_ui_url("x", false, &pool("opaque", None)), None);
        assert_eq!(
            hosted_ui_url("auth.example.com", true, &pool("opaque", None)).as_deref(),
            Some("https://auth.example.com")
        );
    }

    #[test]
    #[expect(
        clippy::too_many_lines,
        reason = "one assertion per member of the request"
    )]
    fn update_from_create_carries_every_updatable_member() {
        use aws_sdk_cognitoidentityprovider::types::{
            AccountRecoverySettingType, AdminCreateUserConfigType, DeviceConfigurationType,
            EmailConfigurationType, LambdaConfigType, PasswordPolicyType, RecoveryOptionNameType,
            RecoveryOptionType, SmsConfigurationType, UserAttributeUpdateSettingsType,
            UserPoolAddOnsType, UserPoolMfaType, UserPoolPolicyType, UserPoolTierType,
            VerificationMessageTemplateType, VerifiedAttributeType,
        };
        let create = CreateUserPoolInputBuilder::default()
            .pool_name("p")
            .policies(
                UserPoolPolicyType::builder()
                    .password_policy(PasswordPolicyType::builder().minimum_length(12).build())
                    .build(),
            )
            .deletion_protection(DeletionProtectionType::Active)
            .lambda_config(LambdaConfigType::builder().build())
            .auto_verified_attributes(VerifiedAttributeType::Email)
            .sms_verification_message("{####}")
            .email_verification_message("{####}")
            .email_verification_subject("s")
            .verification_message_template(VerificationMessageTemplateType::builder().build())
            .sms_authentication_message("{####}")
            .user_attribute_update_settings(UserAttributeUpdateSettingsType::builder().build())
            .mfa_configuration(UserPoolMfaType::Off)
            .device_configuration(DeviceConfigurationType::builder().build())
            .email_configuration(EmailConfigurationType::builder().build())
            .sms_configuration(
                SmsConfigurationType::builder()
                    .sns_caller_arn("arn:aws:iam::123456789012:role/sms")
                    .build(),
            )
            .user_pool_tags("k", "v")
            .admin_create_user_config(AdminCreateUserConfigType::builder().build())
            .user_pool_add_ons(
                UserPoolAddOnsType::builder()
                    .advanced_security_mode(
                        aws_sdk_cognitoidentityprovider::types::AdvancedSecurityModeType::Off,
                    )
                    .build()
                    .expect("mode given"),
            )
            .account_recovery_setting(
                AccountRecoverySettingType::builder()
                    .recovery_mechanisms(
                        RecoveryOptionType::builder()
                            .name(RecoveryOptionNameType::VerifiedEmail)
                            .priority(1)
                            .build()
                            .expect("name and priority given"),
                    )
                    .build(),
            )
            .user_pool_tier(UserPoolTierType::Essentials);
        let update = update_from_create(&create, "us-east-1_x")
            .build()
            .expect("update builds");
        let create = create.build().expect("create builds");
        assert_eq!(update.user_pool_id(), Some("us-east-1_x"));
        assert_eq!(update.pool_name(), create.pool_name());
        assert_eq!(update.policies(), create.policies());
        assert_eq!(update.deletion_protection(), create.deletion_protection());
        assert_eq!(update.lambda_config(), create.lambda_config());
        assert_eq!(
            update.auto_verified_attributes(),
            create.auto_verified_attributes()
        );
        assert_eq!(
            update.sms_verification_message(),
            create.sms_verification_message()
        );
        assert_eq!(
            update.email_verification_message(),
            create.email_verification_message()
        );
        assert_eq!(
            update.email_verification_subject(),
            create.email_verification_subject()
        );
        assert_eq!(
            update.verification_message_template(),
            create.verification_message_template()
        );
        assert_eq!(
            update.sms_authentication_message(),
            create.sms_authentication_message()
        );
        assert_eq!(
            update.user_attribute_update_settings(),
            create.user_attribute_update_settings()
        );
        assert_eq!(update.mfa_configuration(), create.mfa_configuration());
        assert_eq!(update.device_configuration(), create.device_configuration());
        assert_eq!(update.email_configuration(), create.email_configuration());
        assert_eq!(update.sms_configuration(), create.sms_configuration());
        assert_eq!(update.user_pool_tags(), create.user_pool_tags());
        assert_eq!(
            update.admin_create_user_config(),
            create.admin_create_user_config()
        );
        assert_eq!(update.user_pool_add_ons(), create.user_pool_add_ons());
        assert_eq!(
            update.account_recovery_setting(),
            create.account_recovery_setting()
        );
        assert_eq!(update.user_pool_tier(), create.user_pool_tier());
        assert_eq!(update.key_configuration(), create.key_configuration());
        assert_eq!(update.issuer_configuration(), create.issuer_configuration());
        assert_eq!(update.acr_configuration(), create.acr_configuration());
    }

    #[test]
    fn join3_waits_for_all_three() {
        let out = block_on(join3(async { 1 }, async { "two" }, async { 3.0 }));
        assert_eq!(out, (1, "two", 3.0));
    }

    fn block_on<F: Future>(f: F) -> F::Output {
        let mut f = pin!(f);
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        loop {
            if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
                return v;
            }
        }
    }

    #[test]
    fn errors_read_as_one_sentence_and_hide_nothing_they_should_show() {
        let e = CreateError {
            step: PlanStep::CreateUserPoolClient,
            source: CallError::service("InvalidParameterException", "bad client"),
            cleanup: Cleanup::RolledBack,
        };
        assert_eq!(
            e.to_string(),
            "CreateUserPoolClient failed (InvalidParameterException: bad client); rolled back: \
             nothing was left behind"
        );
        assert_eq!(e.code(), Some("InvalidParameterException"));
        let e = CreateError {
            step: PlanStep::CreateUserPoolDomain,
            source: CallError::service("InvalidParameterException", "taken"),
            cleanup: Cleanup::RollbackFailed {
                step: RollbackStep::DeleteUserPool,
                error: CallError::service("InternalErrorException", "boom"),
                left_behind: LeftBehind {
                    user_pool_id: "us-east-1_x".to_owned(),
                    domain: None,
                },
            },
        };
        assert_eq!(
            e.to_string(),
            "CreateUserPoolDomain failed (InvalidParameterException: taken); the rollback failed \
             at DeleteUserPool (InternalErrorException: boom): left behind user pool us-east-1_x"
        );
        assert_eq!(
            e.cleanup().left_behind().map(LeftBehind::user_pool_id),
            Some("us-east-1_x")
        );
    }

    #[test]
    fn created_never_shows_the_secret() {
        let created = Created {
            user_pool_id: "us-east-1_x".to_owned(),
            user_pool_arn: None,
            user_pool_name: "p".to_owned(),
            client_id: "c".to_owned(),
            client_secret: Some(Secret::new("hunter2")),
            domain: None,
            adopted: false,
            plan_token: plan_token(),
        };
        assert!(!format!("{created:?}{created}").contains("hunter2"));
        assert_eq!(
            created.client_secret().map(Secret::expose_secret),
            Some("hunter2")
        );
    }
}
