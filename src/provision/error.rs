//! What a failed run says: the step that failed, its error, and what is left in the account.

use std::fmt;

use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;

use super::{PLAN_TAG, PlanToken};
use crate::client::CallError;

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
    /// `CreateIdentityProvider`, for a federated identity provider of step 1.
    CreateIdentityProvider,
    /// `CreateResourceServer`, for a resource server of step 5.
    CreateResourceServer,
    /// `CreateUserPoolClient`.
    CreateUserPoolClient,
}

impl fmt::Display for PlanStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PlanStep::CreateUserPool => "CreateUserPool",
            PlanStep::SetUserPoolMfaConfig => "SetUserPoolMfaConfig",
            PlanStep::CreateUserPoolDomain => "CreateUserPoolDomain",
            PlanStep::CreateIdentityProvider => "CreateIdentityProvider",
            PlanStep::CreateResourceServer => "CreateResourceServer",
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
    pub(super) user_pool_id: String,
    pub(super) domain: Option<String>,
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
    /// `CreateUserPool` was refused and no attempt failed ambiguously: nothing was created.
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
    /// A `CreateUserPool` attempt failed ambiguously and no pool carrying the plan token was
    /// found (or the search failed): the service may still commit that attempt, so a pool named
    /// `pool_name` tagged [`PLAN_TAG`] = `plan_token` may exist. Run the plan again with the
    /// same token ([`CreateOptions::plan_token`](crate::CreateOptions::plan_token)) to adopt
    /// and finish such a pool, or look for the tag and delete it.
    Unknown {
        /// The plan's pool name.
        pool_name: String,
        /// The token the pool would carry under [`PLAN_TAG`].
        plan_token: PlanToken,
        /// Why the search could not tell, when it failed (`ListUserPools` or
        /// `DescribeUserPool`); `None` when it ran and found nothing.
        search_error: Option<CallError>,
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
                search_error,
            } => {
                write!(
                    f,
                    "unknown: a user pool named \"{pool_name}\" may have been created"
                )?;
                match search_error {
                    Some(error) => write!(f, " and the search for it failed ({error})")?,
                    None => f.write_str(" (no pool carrying the token was found yet)")?,
                }
                write!(
                    f,
                    "; look for the tag {PLAN_TAG}={plan_token}, or run the plan again with this \
                     plan token to adopt and finish it"
                )
            }
        }
    }
}

/// Why [`Reviewed::create`](crate::Reviewed::create) failed: the step, the service's error (the [`source`]), and what the
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
    pub(super) step: PlanStep,
    pub(super) source: CallError,
    pub(super) cleanup: Cleanup,
    pub(super) plan_token: PlanToken,
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

    /// The run's plan token: a second run with it
    /// ([`CreateOptions::plan_token`](crate::CreateOptions::plan_token)) adopts what this run
    /// may have left (see [`Cleanup::Unknown`]) instead of creating a second pool.
    pub fn plan_token(&self) -> &PlanToken {
        &self.plan_token
    }
}

impl ProvideErrorMetadata for CreateError {
    fn meta(&self) -> &aws_smithy_types::error::metadata::ErrorMetadata {
        self.source.meta()
    }
}
