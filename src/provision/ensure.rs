//! `ensure`: make the pool of the plan's name exist and match the plan — create it when there
//! is none, change it in place when there is one, and refuse to guess when there are several.

use std::fmt;

use tracing::info;

use super::apply::{Applied, ApplyError};
use super::read::{ReadBack, ReadError};
use super::run::Run;
use super::{CreateError, CreateOptions, Created, Diff, PlanToken};
use crate::client::{CallError, Cognito};
use crate::review::Reviewed;

/// What [`Reviewed::ensure`] did.
#[derive(Debug)]
#[non_exhaustive]
pub enum Ensured {
    /// There was no pool of the plan's name: it was created (exactly once, as by
    /// [`Reviewed::create`]).
    Created(Created),
    /// The pool was already as planned: nothing was written.
    Unchanged(Box<ReadBack>),
    /// The pool was changed in place; [`Applied::diff`] says what changed.
    Updated {
        /// The pool as it was read before the change.
        before: Box<ReadBack>,
        /// What was changed, and the writes sent.
        applied: Applied,
    },
}

impl Ensured {
    /// The pool's id.
    pub fn user_pool_id(&self) -> &str {
        match self {
            Ensured::Created(created) => created.user_pool_id(),
            Ensured::Unchanged(current)
            | Ensured::Updated {
                before: current, ..
            } => current.user_pool_id(),
        }
    }

    /// The changes made: none for a created or unchanged pool.
    pub fn diff(&self) -> Option<&Diff> {
        match self {
            Ensured::Updated { applied, .. } => Some(applied.diff()),
            _ => None,
        }
    }
}

/// `created user pool <id>`, `user pool <id> is as planned`, or `updated user pool <id>: <n>
/// change(s)`.
impl fmt::Display for Ensured {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ensured::Created(created) => write!(f, "created {created}"),
            Ensured::Unchanged(current) => {
                write!(f, "user pool {} is as planned", current.user_pool_id())
            }
            Ensured::Updated { before, applied } => write!(
                f,
                "updated user pool {}: {} change(s)",
                before.user_pool_id(),
                applied.diff().len()
            ),
        }
    }
}

/// Why [`Reviewed::ensure`] failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnsureError {
    /// Several pools have the plan's name: which one is meant is not for the crate to guess.
    /// Nothing was written.
    Ambiguous {
        /// The name.
        pool_name: String,
        /// Every pool with it.
        user_pool_ids: Vec<String>,
    },
    /// Listing the pools failed; nothing was written.
    List(CallError),
    /// Creating the pool failed.
    Create(CreateError),
    /// Reading the existing pool back failed; nothing was written.
    Read(ReadError),
    /// Changing the existing pool failed, or was refused before any call.
    Apply(ApplyError),
}

impl fmt::Display for EnsureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EnsureError::Ambiguous {
                pool_name,
                user_pool_ids,
            } => write!(
                f,
                "{} user pools are named \"{pool_name}\" ({}): which one to change is not clear, \
                 nothing was written",
                user_pool_ids.len(),
                user_pool_ids.join(", ")
            ),
            EnsureError::List(e) => write!(f, "ListUserPools failed ({e}); nothing was written"),
            EnsureError::Create(e) => e.fmt(f),
            EnsureError::Read(e) => write!(f, "{e}; nothing was written"),
            EnsureError::Apply(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for EnsureError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EnsureError::List(e) => Some(e),
            EnsureError::Create(e) => Some(e),
            EnsureError::Read(e) => Some(e),
            EnsureError::Apply(e) => Some(e),
            EnsureError::Ambiguous { .. } => None,
        }
    }
}

impl Reviewed {
    /// Makes the pool of the plan's name exist as planned, with the default options: see
    /// [`ensure_with`](Self::ensure_with).
    ///
    /// # Errors
    ///
    /// See [`ensure_with`](Self::ensure_with).
    pub async fn ensure<C: Cognito>(&self, cognito: &C) -> Result<Ensured, EnsureError> {
        self.ensure_with(cognito, &CreateOptions::default()).await
    }

    /// Makes the pool of the plan's name exist as planned: no pool of that name → create it
    /// (exactly once); one → read it back, diff, and apply what differs in place (nothing is
    /// written when it is as planned); several → [`EnsureError::Ambiguous`], naming them.
    ///
    /// # Errors
    ///
    /// An [`EnsureError`]: several pools of the name, a failed listing or read, the create's
    /// or the apply's error (a change that needs a new pool, or an identity provider's type
    /// change, is refused before any call).
    ///
    /// # Examples
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().enable_time().build()?.block_on(async {
    /// use cognito_wizard::provision::Ensured;
    /// use cognito_wizard::test_util::InMemoryCognito;
    /// use cognito_wizard::{App, AppClient, EmailSender, Messaging, SignIn, SignInOption, UserPoolWizard};
    ///
    /// let plan = UserPoolWizard::builder()
    ///     .sign_in(SignIn::with([SignInOption::Email]))
    ///     .messaging(Messaging::email(EmailSender::cognito()))
    ///     .app(App::builder().pool_name("my-user-pool").client(AppClient::public("web")).build())
    ///     .build()
    ///     .review()?;
    /// let cognito = InMemoryCognito::new();
    /// assert!(matches!(plan.ensure(&cognito).await?, Ensured::Created(_)));
    /// assert!(matches!(plan.ensure(&cognito).await?, Ensured::Unchanged(_)));
    /// assert_eq!(cognito.user_pool_ids().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// # })?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub async fn ensure_with<C: Cognito>(
        &self,
        cognito: &C,
        options: &CreateOptions,
    ) -> Result<Ensured, EnsureError> {
        let name = self
            .plan
            .requests
            .create_user_pool
            .pool_name()
            .unwrap_or_default()
            .to_owned();
        let token = options
            .get_plan_token()
            .cloned()
            .unwrap_or_else(PlanToken::random);
        let run = Run::new(cognito, options, &token);
        let pools = Box::pin(run.list_pools())
            .await
            .map_err(EnsureError::List)?;
        let ids: Vec<String> = pools
            .iter()
            .filter(|p| p.name() == Some(name.as_str()))
            .filter_map(|p| p.id().map(str::to_owned))
            .collect();
        match ids.as_slice() {
            [] => {
                info!(plan = %token, pool_name = %name, "ensure: no pool of this name, creating it");
                let options = options.clone().plan_token(token.clone());
                Box::pin(self.create_with(cognito, &options))
                    .await
                    .map(Ensured::Created)
                    .map_err(EnsureError::Create)
            }
            [id] => {
                let current = Box::pin(ReadBack::read_with(cognito, id, options))
                    .await
                    .map_err(EnsureError::Read)?;
                let diff = self.diff(&current);
                if diff.is_empty() {
                    info!(plan = %token, user_pool_id = %id, "ensure: the pool is as planned");
                    return Ok(Ensured::Unchanged(Box::new(current)));
                }
                info!(plan = %token, user_pool_id = %id, changes = diff.len(), "ensure: applying");
                let applied = Box::pin(self.apply_with(cognito, &current, options))
                    .await
                    .map_err(EnsureError::Apply)?;
                Ok(Ensured::Updated {
                    before: Box::new(current),
                    applied,
                })
            }
            _ => Err(EnsureError::Ambiguous {
                pool_name: name,
                user_pool_ids: ids,
            }),
        }
    }
}
