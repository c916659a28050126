//! Provisioning a reviewed plan through the [`Cognito`](crate::client::Cognito) trait.
//!
//! [`Reviewed::create`](crate::Reviewed::create) sends `CreateUserPool`, then
//! `SetUserPoolMfaConfig`, `CreateUserPoolDomain` and `CreateUserPoolClient` concurrently (each
//! needs only the pool id), so a plan costs two round trips. A plan with federated identity
//! providers or resource servers creates them with MFA and the domain, then every app client
//! together (a client may name them): three round trips, whatever the numbers. Deletion
//! protection is set by `CreateUserPool` itself, so it is in force when [`Created`] comes back.
//!
//! # What is guaranteed
//!
//! - **The plan owns every retry.** Every call goes out once per attempt: the SDK client's own
//!   retries are off (see [`client`](crate::client)). Throttling (`TooManyRequestsException`)
//!   and `ConcurrentModificationException` are retried with exponential backoff and jitter.
//! - **Every create exactly once.** No create is ever repeated blindly after an ambiguous
//!   failure (a timeout, a lost connection, a 5xx: the request may have taken effect):
//!   - `CreateUserPool`: the pool is tagged with the run's [`PlanToken`] under [`PLAN_TAG`];
//!     the run lists the pools of the plan's name, adopts the one carrying its token, and only
//!     creates again when there is none. After a success that followed an ambiguous attempt it
//!     looks once more and removes a second pool carrying the token (a late commit).
//!   - `CreateUserPoolClient`: the run lists the new pool's clients and adopts the one with the
//!     plan's client name (reading its secret), else sends again.
//!   - `CreateUserPoolDomain`: the run describes the domain and keeps it when it belongs to the
//!     pool, also after a refusal that follows an ambiguous attempt.
//!   - `CreateIdentityProvider` and `CreateResourceServer`: the run describes the provider (by
//!     name) or the resource server (by identifier) in the new pool and keeps it.
//!   - `SetUserPoolMfaConfig` is idempotent and simply sent again.
//! - **Honest reports.** When a step fails for good, what the run created is removed again
//!   (domain, deletion protection lifted with the complete configuration, pool), and
//!   [`CreateError`] names the step, the service's error and what is left. When the run cannot
//!   know (a `CreateUserPool` attempt failed ambiguously and no pool carrying the token was
//!   found) the error says so ([`Cleanup::Unknown`]) and names the token; it never says
//!   "nothing was created" then.
//! - **Resumable.** A run with a caller-chosen token ([`CreateOptions::plan_token`]) first looks
//!   for the pool carrying it and finishes what is missing (MFA, domain, client); against a
//!   complete pool it sends no write.
//!
//! What is not guaranteed: a request the service commits only after the run's last look can
//! still leave a second pool or a domain behind. After an ambiguous `CreateUserPool` the run
//! waits [`CreateOptions::settle`] (2 s by default) before each look, which covers the usual
//! case (against moto, a request abandoned by a short client timeout committed 0.1 to 1 s
//! later); a commit later than that is not seen. The token on every pool lets a later run with
//! the same token find it.
//!
//! # Cancellation
//!
//! Dropping the future that `create` returns stops the run where it is: no rollback runs
//! (Rust has no asynchronous drop). Whatever was sent may have taken effect, so the account
//! may hold the pool, tagged with the token, with some of its MFA configuration, domain and
//! app client. Run the plan again with the same token to finish it, or tear it down. Choose
//! the token before the first run so you still have it:
//!
//! ```no_run
//! # async fn run(plan: cognito_wizard::Reviewed, client: aws_sdk_cognitoidentityprovider::Client)
//! #     -> Result<(), Box<dyn std::error::Error>> {
//! use std::time::Duration;
//! use cognito_wizard::{CreateOptions, PlanToken};
//!
//! let options = CreateOptions::default().plan_token(PlanToken::new("users-pool/deploy-42")?);
//! let first = tokio::time::timeout(Duration::from_secs(30), plan.create_with(&client, &options));
//! let created = match first.await {
//!     Ok(result) => result?,
//!     // Cancelled part-way: the same token finds the pool and finishes it.
//!     Err(_elapsed) => plan.create_with(&client, &options).await?,
//! };
//! # Ok(())
//! # }
//! ```
//!
//! # Events
//!
//! Every call, every retry with its backoff, every search and adoption and every rollback step
//! emits a [`tracing`](https://docs.rs/tracing) event carrying the plan token (field `plan`),
//! so a subscriber shows why a run took as long as it did and what it decided. No event holds
//! a secret.
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

mod apply;
mod compare;
mod create;
mod diff;
mod ensure;
mod error;
mod options;
mod read;
mod run;
mod teardown;
mod token;

use std::fmt;

pub use apply::{Applied, ApplyError, Write};
pub use create::{Created, CreatedClient};
pub use diff::{Change, ChangeKind, Diff};
pub use ensure::{EnsureError, Ensured};
pub use error::{Cleanup, CreateError, LeftBehind, PlanStep, RollbackStep};
pub use options::CreateOptions;
pub use read::{Kept, ReadBack, ReadError, ReadStep};
pub use teardown::{
    EPHEMERAL_TAG, Swept, TearDownByNameError, TearDownError, TearDownStep, TornDown, sweep,
    tear_down, tear_down_by_name, tear_down_with,
};
pub use token::{InvalidPlanToken, PlanToken};

/// The tag key under which [`Reviewed::create`](crate::Reviewed::create) stores the plan token
/// on the user pool.
///
/// The value is the run's [`PlanToken`]: random by default (32 hexadecimal digits), or the one
/// given to [`CreateOptions::plan_token`]. It is how a retry, or a later run of the same plan,
/// recognises the pool an earlier, interrupted attempt created. It stays on the pool so an
/// operator can tell which run created it. A tag of this name in the plan itself is replaced.
pub const PLAN_TAG: &str = "cognito-wizard:plan";

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
///
/// With the `serde` feature it is written out as the secret itself, so that a spec holding it
/// reads back: keep such specs where you keep secrets.
#[derive(Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
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
