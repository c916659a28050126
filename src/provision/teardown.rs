//! Tear down: a pool removed completely and idempotently; ephemeral pools for test harnesses,
//! and a sweep of the ones a crashed run left behind.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_sdk_cognitoidentityprovider::operation::update_user_pool::UpdateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::builders::UpdateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::types::{
    DeletionProtectionType, DomainStatusType, UserPoolType,
};
use tracing::info;

use super::run::{Run, domain_belongs};
use super::{CreateOptions, PlanToken};
use crate::client::{CallError, Cognito};
use crate::review::Reviewed;
use crate::validate::ValidationErrors;

/// The tag key an [ephemeral](Reviewed::ephemeral) pool carries; its value is the Unix time (in
/// seconds) the plan was made ephemeral, which [`sweep`] reads to find old leftovers.
pub const EPHEMERAL_TAG: &str = "cognito-wizard:ephemeral";

/// A call of a tear-down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TearDownStep {
    /// `ListUserPools` (finding the pool by its name, or the leftovers of a sweep).
    ListUserPools,
    /// `DescribeUserPool` (reading what the pool has before removing it).
    DescribeUserPool,
    /// `DeleteUserPoolDomain`, and waiting until a custom domain is gone.
    DeleteUserPoolDomain,
    /// `UpdateUserPool`, lifting deletion protection with the complete configuration.
    UpdateUserPool,
    /// `DeleteUserPool`.
    DeleteUserPool,
}

impl fmt::Display for TearDownStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TearDownStep::ListUserPools => "ListUserPools",
            TearDownStep::DescribeUserPool => "DescribeUserPool",
            TearDownStep::DeleteUserPoolDomain => "DeleteUserPoolDomain",
            TearDownStep::UpdateUserPool => "UpdateUserPool",
            TearDownStep::DeleteUserPool => "DeleteUserPool",
        })
    }
}

/// What a tear-down removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TornDown {
    user_pool_id: String,
    domains: Vec<String>,
    already_gone: bool,
}

impl TornDown {
    /// The pool's id.
    pub fn user_pool_id(&self) -> &str {
        &self.user_pool_id
    }

    /// The domains that were deleted first.
    pub fn domains(&self) -> &[String] {
        &self.domains
    }

    /// Whether the pool did not exist any more: nothing had to be done.
    pub fn already_gone(&self) -> bool {
        self.already_gone
    }
}

/// Why a tear-down stopped: the step, the pool, and the service's error.
#[derive(Debug, thiserror::Error)]
#[error("tearing down user pool {user_pool_id} failed at {step} ({source})")]
pub struct TearDownError {
    user_pool_id: String,
    step: TearDownStep,
    source: CallError,
}

impl TearDownError {
    /// The pool being torn down (empty when a listing failed before one was chosen).
    pub fn user_pool_id(&self) -> &str {
        &self.user_pool_id
    }

    /// The call that failed for good.
    pub fn step(&self) -> TearDownStep {
        self.step
    }

    /// Its error.
    pub fn call_error(&self) -> &CallError {
        &self.source
    }
}

/// Removes a user pool completely, with the default retry settings: its domains first (waiting
/// until a custom domain's asynchronous deletion is done), then deletion protection (lifted
/// with the pool's complete configuration, since `UpdateUserPool` resets what it is not given),
/// then the pool with everything in it. A pool that no longer exists is success.
///
/// # Errors
///
/// A [`TearDownError`] naming the step that failed for good; running the tear-down again
/// continues where it stopped.
///
/// # Examples
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().enable_time().build()?.block_on(async {
/// use cognito_wizard::provision::tear_down;
/// use cognito_wizard::test_util::InMemoryCognito;
/// use cognito_wizard::{App, AppClient, Domain, EmailSender, Messaging, SignIn, SignInOption, UserPoolWizard};
///
/// let plan = UserPoolWizard::builder()
///     .sign_in(SignIn::with([SignInOption::Email]))
///     .messaging(Messaging::email(EmailSender::cognito()))
///     .app(
///         App::builder()
///             .pool_name("my-user-pool")
///             .domain(Domain::prefix("my-login"))
///             .client(AppClient::public("web"))
///             .build(), // deletion protection on, as in the console
///     )
///     .build()
///     .review()?;
/// let cognito = InMemoryCognito::new();
/// let created = plan.create(&cognito).await?;
///
/// let removed = tear_down(&cognito, created.user_pool_id()).await?;
/// assert_eq!(removed.domains(), ["my-login"]);
/// assert!(cognito.user_pool_ids().is_empty());
/// // Again: already gone, still success.
/// assert!(tear_down(&cognito, created.user_pool_id()).await?.already_gone());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// # })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub async fn tear_down<C: Cognito>(
    cognito: &C,
    user_pool_id: &str,
) -> Result<TornDown, TearDownError> {
    tear_down_with(cognito, user_pool_id, &CreateOptions::default()).await
}

/// [`tear_down`] with the given retry settings.
///
/// # Errors
///
/// As [`tear_down`].
pub async fn tear_down_with<C: Cognito>(
    cognito: &C,
    user_pool_id: &str,
    options: &CreateOptions,
) -> Result<TornDown, TearDownError> {
    let token = PlanToken::random();
    let run = Run::new(cognito, options, &token);
    // Boxed: the SDK's request futures the stages hold would make this one large.
    Box::pin(run.tear_down(user_pool_id)).await
}

/// Tears down the pool named `pool_name`, if there is one (none is success: nothing to do).
///
/// # Errors
///
/// A [`TearDownError`] when a step failed, or when several pools have that name
/// ([`TearDownByNameError::Ambiguous`] names them; none is touched).
pub async fn tear_down_by_name<C: Cognito>(
    cognito: &C,
    pool_name: &str,
    options: &CreateOptions,
) -> Result<Option<TornDown>, TearDownByNameError> {
    let token = PlanToken::random();
    let run = Run::new(cognito, options, &token);
    let pools = Box::pin(run.list_pools()).await.map_err(|source| {
        TearDownByNameError::TearDown(TearDownError {
            user_pool_id: String::new(),
            step: TearDownStep::ListUserPools,
            source,
        })
    })?;
    let ids: Vec<String> = pools
        .iter()
        .filter(|p| p.name() == Some(pool_name))
        .filter_map(|p| p.id().map(str::to_owned))
        .collect();
    match ids.as_slice() {
        [] => Ok(None),
        [id] => Box::pin(run.tear_down(id))
            .await
            .map(Some)
            .map_err(TearDownByNameError::TearDown),
        _ => Err(TearDownByNameError::Ambiguous {
            pool_name: pool_name.to_owned(),
            user_pool_ids: ids,
        }),
    }
}

/// Why [`tear_down_by_name`] failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TearDownByNameError {
    /// Several pools have the name: which one is meant is not for the crate to guess.
    #[error("{} user pools are named \"{pool_name}\" ({}): none was torn down", user_pool_ids.len(), user_pool_ids.join(", "))]
    Ambiguous {
        /// The name.
        pool_name: String,
        /// Every pool with it.
        user_pool_ids: Vec<String>,
    },
    /// The tear-down failed.
    #[error(transparent)]
    TearDown(TearDownError),
}

/// What [`sweep`] removed, and what it could not.
#[derive(Debug, Default)]
pub struct Swept {
    removed: Vec<String>,
    failed: Vec<TearDownError>,
}

impl Swept {
    /// The ids of the pools removed.
    pub fn removed(&self) -> &[String] {
        &self.removed
    }

    /// The tear-downs that failed (the pools are still there).
    pub fn failed(&self) -> &[TearDownError] {
        &self.failed
    }
}

/// Removes every [ephemeral](Reviewed::ephemeral) pool made more than `older_than` ago: the
/// leftovers of test runs that crashed or were cancelled. Pools without the [`EPHEMERAL_TAG`]
/// are never touched.
///
/// # Errors
///
/// A [`TearDownError`] when listing or describing the pools failed; tear-downs that fail are
/// reported in [`Swept::failed`] and the sweep goes on.
///
/// # Examples
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().enable_time().build()?.block_on(async {
/// use std::time::Duration;
/// use cognito_wizard::provision::sweep;
/// use cognito_wizard::test_util::InMemoryCognito;
///
/// let cognito = InMemoryCognito::new();
/// let swept = sweep(&cognito, Duration::from_secs(3600)).await?;
/// assert!(swept.removed().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// # })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub async fn sweep<C: Cognito>(cognito: &C, older_than: Duration) -> Result<Swept, TearDownError> {
    let options = CreateOptions::default();
    let token = PlanToken::random();
    let run = Run::new(cognito, &options, &token);
    let failed = |step, user_pool_id: &str, source| TearDownError {
        user_pool_id: user_pool_id.to_owned(),
        step,
        source,
    };
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let cutoff = now.saturating_sub(older_than.as_secs());
    let pools = Box::pin(run.list_pools())
        .await
        .map_err(|e| failed(TearDownStep::ListUserPools, "", e))?;
    let mut swept = Swept::default();
    for listed in pools {
        let Some(id) = listed.id() else { continue };
        // The listing's creation date rules out new pools without a describe each.
        let created = listed
            .creation_date()
            .map_or(0, |d| u64::try_from(d.secs()).unwrap_or(0));
        if created > cutoff {
            continue;
        }
        let Some(pool) = Box::pin(run.describe_pool(id))
            .await
            .map_err(|e| failed(TearDownStep::DescribeUserPool, id, e))?
        else {
            continue;
        };
        let made = pool
            .user_pool_tags()
            .and_then(|t| t.get(EPHEMERAL_TAG))
            .and_then(|v| v.parse::<u64>().ok());
        if made.is_none_or(|made| made > cutoff) {
            continue;
        }
        match Box::pin(run.tear_down_described(id, &pool)).await {
            Ok(_) => swept.removed.push(id.to_owned()),
            Err(e) => swept.failed.push(e),
        }
    }
    info!(plan = %token, removed = swept.removed.len(), failed = swept.failed.len(), "swept ephemeral pools");
    Ok(swept)
}

impl Reviewed {
    /// This plan as an ephemeral pool, for a test harness: the name gets a unique suffix, the
    /// pool the [`EPHEMERAL_TAG`] (with the current time) and no deletion protection, so it can
    /// be torn down at once, and [`sweep`] finds it if a run never does.
    ///
    /// # Errors
    ///
    /// Review's errors, should the changed plan not pass it (for instance when the plan already
    /// has the 50 tags a pool may carry).
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::provision::EPHEMERAL_TAG;
    /// use cognito_wizard::{App, AppClient, EmailSender, Messaging, SignIn, SignInOption, UserPoolWizard};
    ///
    /// let plan = UserPoolWizard::builder()
    ///     .sign_in(SignIn::with([SignInOption::Email]))
    ///     .messaging(Messaging::email(EmailSender::cognito()))
    ///     .app(App::builder().pool_name("test-pool").client(AppClient::public("web")).build())
    ///     .build()
    ///     .review()?;
    /// let ephemeral = plan.ephemeral()?;
    /// let request = ephemeral.create_user_pool();
    /// assert!(request.get_pool_name().as_deref().unwrap().starts_with("test-pool-"));
    /// assert!(request.get_user_pool_tags().as_ref().unwrap().contains_key(EPHEMERAL_TAG));
    /// # Ok::<(), cognito_wizard::validate::ValidationErrors>(())
    /// ```
    pub fn ephemeral(&self) -> Result<Reviewed, ValidationErrors> {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let suffix = PlanToken::random().as_str()[..12].to_owned();
        let mut wizard = self.plan.wizard.clone();
        wizard.app.make_ephemeral(&suffix, now);
        wizard.review()
    }
}

impl<C: Cognito> Run<'_, C> {
    pub(super) async fn tear_down(&self, user_pool_id: &str) -> Result<TornDown, TearDownError> {
        let described = self
            .describe_pool(user_pool_id)
            .await
            .map_err(|source| TearDownError {
                user_pool_id: user_pool_id.to_owned(),
                step: TearDownStep::DescribeUserPool,
                source,
            })?;
        match described {
            None => {
                info!(plan = %self.token, user_pool_id, "tear-down: the pool is already gone");
                Ok(TornDown {
                    user_pool_id: user_pool_id.to_owned(),
                    domains: Vec::new(),
                    already_gone: true,
                })
            }
            Some(pool) => self.tear_down_described(user_pool_id, &pool).await,
        }
    }

    /// Removes a described pool: domains, deletion protection, the pool.
    async fn tear_down_described(
        &self,
        user_pool_id: &str,
        pool: &UserPoolType,
    ) -> Result<TornDown, TearDownError> {
        let fail = |step, source| TearDownError {
            user_pool_id: user_pool_id.to_owned(),
            step,
            source,
        };
        let mut domains = Vec::new();
        for domain in [pool.domain(), pool.custom_domain()].into_iter().flatten() {
            info!(plan = %self.token, user_pool_id, domain, "tear-down: deleting the domain");
            self.delete_domain(domain, user_pool_id)
                .await
                .map_err(|e| fail(TearDownStep::DeleteUserPoolDomain, e))?;
            self.wait_until_domain_gone(domain, user_pool_id)
                .await
                .map_err(|e| fail(TearDownStep::DeleteUserPoolDomain, e))?;
            domains.push(domain.to_owned());
        }
        if pool.deletion_protection() == Some(&DeletionProtectionType::Active) {
            info!(plan = %self.token, user_pool_id, "tear-down: lifting deletion protection");
            let update = update_from_described(pool, user_pool_id)
                .deletion_protection(DeletionProtectionType::Inactive);
            self.send_idempotent("UpdateUserPool", || {
                self.cognito.update_user_pool(update.clone())
            })
            .await
            .map_err(|e| fail(TearDownStep::UpdateUserPool, e))?;
        }
        info!(plan = %self.token, user_pool_id, "tear-down: deleting the pool");
        self.delete_pool(user_pool_id)
            .await
            .map_err(|e| fail(TearDownStep::DeleteUserPool, e))?;
        Ok(TornDown {
            user_pool_id: user_pool_id.to_owned(),
            domains,
            already_gone: false,
        })
    }

    /// A custom domain's deletion is asynchronous (`DELETING` while `CloudFront` is torn down):
    /// wait, with the run's backoff, until the domain is no longer the pool's.
    async fn wait_until_domain_gone(
        &self,
        domain: &str,
        user_pool_id: &str,
    ) -> Result<(), CallError> {
        // About ten minutes at the default backoff's 5-second ceiling.
        const POLLS: u32 = 120;
        let mut poll: u32 = 0;
        loop {
            let described = self.describe_domain(domain).await?;
            let deleting = described
                .domain_description()
                .and_then(|d| d.status())
                .is_some_and(|s| *s == DomainStatusType::Deleting);
            if !domain_belongs(&described, user_pool_id) {
                return Ok(());
            }
            if !deleting || poll >= POLLS {
                return Err(CallError::new(
                    crate::client::CallErrorKind::Service,
                    "InvalidParameterException",
                    format!("the domain {domain} is still configured after its deletion"),
                ));
            }
            self.wait("the custom domain's deletion", poll.min(10))
                .await;
            poll += 1;
        }
    }
}

/// The `UpdateUserPool` request that leaves a described pool as it is: every updatable member
/// it has, since `UpdateUserPool` resets what it is not given (SR-119, SR-126: the read-only
/// members are left out, and the legacy `UnusedAccountValidityDays` is dropped when the
/// password policy sets the temporary password validity).
pub(crate) fn update_from_described(
    pool: &UserPoolType,
    user_pool_id: &str,
) -> UpdateUserPoolInputBuilder {
    let mut admin = pool.admin_create_user_config().cloned();
    let temporary_days = pool
        .policies()
        .and_then(|p| p.password_policy())
        .map_or(0, |p| p.temporary_password_validity_days);
    if let Some(admin) = admin.as_mut()
        && temporary_days != 0
    {
        admin.unused_account_validity_days = 0;
    }
    UpdateUserPoolInput::builder()
        .user_pool_id(user_pool_id)
        .set_pool_name(pool.name.clone())
        .set_policies(pool.policies.clone())
        .set_deletion_protection(pool.deletion_protection.clone())
        .set_lambda_config(pool.lambda_config.clone())
        .set_auto_verified_attributes(pool.auto_verified_attributes.clone())
        .set_sms_verification_message(pool.sms_verification_message.clone())
        .set_email_verification_message(pool.email_verification_message.clone())
        .set_email_verification_subject(pool.email_verification_subject.clone())
        .set_verification_message_template(pool.verification_message_template.clone())
        .set_sms_authentication_message(pool.sms_authentication_message.clone())
        .set_user_attribute_update_settings(pool.user_attribute_update_settings.clone())
        .set_mfa_configuration(pool.mfa_configuration.clone())
        .set_device_configuration(pool.device_configuration.clone())
        .set_email_configuration(pool.email_configuration.clone())
        .set_sms_configuration(pool.sms_configuration.clone())
        .set_user_pool_tags(pool.user_pool_tags.clone())
        .set_admin_create_user_config(admin)
        .set_user_pool_add_ons(pool.user_pool_add_ons.clone())
        .set_account_recovery_setting(pool.account_recovery_setting.clone())
        .set_user_pool_tier(pool.user_pool_tier.clone())
        .set_key_configuration(pool.key_configuration.clone())
        .set_issuer_configuration(pool.issuer_configuration.clone())
        .set_acr_configuration(pool.acr_configuration.clone())
}
