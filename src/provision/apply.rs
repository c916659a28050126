//! `apply`: change an existing pool in place to match a reviewed plan, with complete requests,
//! refusing before any call what would need a new pool.

use std::collections::HashMap;
use std::fmt;

use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use aws_sdk_cognitoidentityprovider::operation::add_custom_attributes::AddCustomAttributesInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::builders::CreateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::builders::SetUserPoolMfaConfigInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::UpdateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_domain::UpdateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::types::{
    SmsMfaConfigType, SoftwareTokenMfaConfigType, UserPoolMfaType, UserPoolTierType,
};
use tracing::info;

use super::create::update_from_create;
use super::diff::{ChangeKind, Diff, Target};
use super::read::ReadBack;
use super::run::{Run, join3};
use super::{CreateOptions, PLAN_TAG, PlanToken};
use crate::client::{CallError, Cognito};
use crate::review::{Requests, Reviewed};

/// A write `apply` sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Write {
    /// `UpdateUserPool`, with the complete configuration.
    UpdateUserPool,
    /// `AddCustomAttributes`.
    AddCustomAttributes,
    /// `SetUserPoolMfaConfig`.
    SetUserPoolMfaConfig,
    /// `UpdateUserPoolClient`, with the complete configuration.
    UpdateUserPoolClient,
    /// `UpdateUserPoolDomain` (branding version, certificate).
    UpdateUserPoolDomain,
    /// `DeleteUserPoolDomain`: the plan has another domain, or none.
    DeleteUserPoolDomain,
    /// `CreateUserPoolDomain`: the plan's domain is new.
    CreateUserPoolDomain,
}

impl Write {
    /// The operation's API name.
    pub fn name(self) -> &'static str {
        match self {
            Write::UpdateUserPool => "UpdateUserPool",
            Write::AddCustomAttributes => "AddCustomAttributes",
            Write::SetUserPoolMfaConfig => "SetUserPoolMfaConfig",
            Write::UpdateUserPoolClient => "UpdateUserPoolClient",
            Write::UpdateUserPoolDomain => "UpdateUserPoolDomain",
            Write::DeleteUserPoolDomain => "DeleteUserPoolDomain",
            Write::CreateUserPoolDomain => "CreateUserPoolDomain",
        }
    }
}

impl fmt::Display for Write {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What [`Reviewed::apply`] changed.
#[derive(Debug, Clone)]
pub struct Applied {
    diff: Diff,
    writes: Vec<Write>,
}

impl Applied {
    /// The changes that were made (empty when the pool already was as planned).
    pub fn diff(&self) -> &Diff {
        &self.diff
    }

    /// The writes that were sent, in order; none when there was nothing to change.
    pub fn writes(&self) -> &[Write] {
        &self.writes
    }
}

/// Why [`Reviewed::apply`] failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum ApplyError {
    /// Some changes cannot be made on this pool ([`ChangeKind::NeedsNewPool`]): nothing was
    /// sent. The diff names each one with its reason.
    NeedsNewPool {
        /// The whole diff; [`Diff::needs_new_pool`] lists the refused changes.
        diff: Diff,
    },
    /// A write failed for good: some writes took effect, others did not.
    Partial {
        /// The writes that took effect.
        applied: Vec<Write>,
        /// The write that failed, and why.
        failed: Vec<(Write, CallError)>,
        /// The writes never sent because an earlier one failed.
        not_sent: Vec<Write>,
    },
}

impl fmt::Display for ApplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApplyError::NeedsNewPool { diff } => {
                f.write_str("the plan changes what this pool cannot change; nothing was sent:")?;
                for change in diff.needs_new_pool() {
                    write!(f, "\n  {change}")?;
                }
                Ok(())
            }
            ApplyError::Partial {
                applied,
                failed,
                not_sent,
            } => {
                let names = |writes: &mut dyn Iterator<Item = &Write>| {
                    let names: Vec<&str> = writes.map(|w| w.name()).collect();
                    if names.is_empty() {
                        "none".to_owned()
                    } else {
                        names.join(", ")
                    }
                };
                f.write_str("the update failed part-way: ")?;
                for (write, error) in failed {
                    write!(f, "{write} failed ({error}); ")?;
                }
                write!(
                    f,
                    "applied: {}; not sent: {}",
                    names(&mut applied.iter()),
                    names(&mut not_sent.iter())
                )
            }
        }
    }
}

impl std::error::Error for ApplyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ApplyError::Partial { failed, .. } => failed
                .first()
                .map(|(_, e)| e as &(dyn std::error::Error + 'static)),
            ApplyError::NeedsNewPool { .. } => None,
        }
    }
}

impl Reviewed {
    /// Changes the pool `current` describes to match this plan, in place, with the default
    /// retry settings. See [`apply_with`](Self::apply_with).
    ///
    /// # Errors
    ///
    /// [`ApplyError::NeedsNewPool`] (before any call) or [`ApplyError::Partial`].
    pub async fn apply<C: Cognito>(
        &self,
        cognito: &C,
        current: &ReadBack,
    ) -> Result<Applied, ApplyError> {
        self.apply_with(cognito, current, &CreateOptions::default())
            .await
    }

    /// Changes the pool `current` describes to match this plan, in place.
    ///
    /// Every update is complete: `UpdateUserPool` and `UpdateUserPoolClient` reset whatever
    /// they are not given, so both carry the whole desired configuration (the pool's plan tag
    /// kept). Custom attributes are added with `AddCustomAttributes`; MFA goes through
    /// `SetUserPoolMfaConfig`; the domain is updated, or replaced when its name changes. Writes
    /// that do not depend on each other go out together: first `UpdateUserPool` (keeping the
    /// pool's MFA level, which the MFA call then sets) with `AddCustomAttributes`, then
    /// `SetUserPoolMfaConfig`, `UpdateUserPoolClient` and the domain (the client may name a new
    /// custom attribute, the MFA and domain settings may need the new plan). Only what differs
    /// is sent: applying a plan the pool already matches sends no write at all.
    ///
    /// # Errors
    ///
    /// - [`ApplyError::NeedsNewPool`] when any change cannot be made on this pool (sign-in
    ///   identifiers, case sensitivity, required attributes, a changed or removed custom
    ///   attribute, client secret generation): nothing is sent.
    /// - [`ApplyError::Partial`] when a write fails for good (after the retries the options
    ///   allow): it names what was applied, what failed and what was not sent.
    pub async fn apply_with<C: Cognito>(
        &self,
        cognito: &C,
        current: &ReadBack,
        options: &CreateOptions,
    ) -> Result<Applied, ApplyError> {
        let diff = self.diff(current);
        if diff.needs_new_pool().next().is_some() {
            return Err(ApplyError::NeedsNewPool { diff });
        }
        let token = current.plan_token().cloned().unwrap_or_else(PlanToken::random);
        let run = Run::new(cognito, options, &token);
        let pool_id = current.user_pool_id();
        let desired = &self.plan.requests;
        let mut writes = Vec::new();
        let mut failed = Vec::new();

        // First round: the pool's own configuration, and new custom attributes.
        let update_pool = diff.touches(Target::Pool).then(|| {
            let mut update = update_from_create(&complete_pool(desired, current), pool_id);
            // The pool's current MFA level: SetUserPoolMfaConfig sets the planned one, which
            // may need factors this update does not enable (SR-130).
            update = update.set_mfa_configuration(Some(mfa_level(current.requests())));
            update
        });
        let new_attributes = new_custom_attributes(&diff, desired);
        let (pool_result, attributes_result, ()) = join3(
            async {
                match &update_pool {
                    Some(update) => Some(
                        run.send_idempotent("UpdateUserPool", || {
                            cognito.update_user_pool(update.clone())
                        })
                        .await,
                    ),
                    None => None,
                }
            },
            async {
                if new_attributes.is_empty() {
                    return None;
                }
                let input = AddCustomAttributesInput::builder()
                    .user_pool_id(pool_id)
                    .set_custom_attributes(Some(new_attributes.clone()));
                Some(
                    run.add_custom_attributes(input, &new_attributes)
                        .await,
                )
            },
            async {},
        )
        .await;
        record(Write::UpdateUserPool, pool_result, &mut writes, &mut failed);
        record(
            Write::AddCustomAttributes,
            attributes_result,
            &mut writes,
            &mut failed,
        );

        // Second round: what may depend on the first.
        let second: Vec<Write> = [
            diff.touches(Target::Mfa).then_some(Write::SetUserPoolMfaConfig),
            diff.touches(Target::Client).then_some(Write::UpdateUserPoolClient),
        ]
        .into_iter()
        .flatten()
        .chain(domain_writes(&diff, desired, current))
        .collect();
        if !failed.is_empty() {
            return Err(ApplyError::Partial {
                applied: writes,
                failed,
                not_sent: second,
            });
        }
        let (mfa_result, client_result, domain_results) = join3(
            async {
                if !diff.touches(Target::Mfa) {
                    return None;
                }
                let input = mfa_request(desired).user_pool_id(pool_id);
                Some(
                    run.send_idempotent("SetUserPoolMfaConfig", || {
                        cognito.set_user_pool_mfa_config(input.clone())
                    })
                    .await,
                )
            },
            async {
                if !diff.touches(Target::Client) {
                    return None;
                }
                let Some(client_id) = current.client_id() else {
                    return Some(Err(CallError::new(
                        crate::client::CallErrorKind::Service,
                        "ResourceNotFoundException",
                        "the pool has no app client to update",
                    )));
                };
                let input = client_update(desired, pool_id, client_id);
                Some(
                    run.send_idempotent("UpdateUserPoolClient", || {
                        cognito.update_user_pool_client(input.clone())
                    })
                    .await,
                )
            },
            run.apply_domain(&diff, desired, current),
        )
        .await;
        record(
            Write::SetUserPoolMfaConfig,
            mfa_result,
            &mut writes,
            &mut failed,
        );
        record(
            Write::UpdateUserPoolClient,
            client_result,
            &mut writes,
            &mut failed,
        );
        for (write, result) in domain_results {
            record(write, Some(result), &mut writes, &mut failed);
        }
        if !failed.is_empty() {
            return Err(ApplyError::Partial {
                applied: writes,
                failed,
                not_sent: Vec::new(),
            });
        }
        info!(plan = %token, user_pool_id = pool_id, writes = writes.len(), "applied");
        Ok(Applied { diff, writes })
    }
}

/// Files a write's outcome (`None`: not needed).
fn record<T>(
    write: Write,
    result: Option<Result<T, CallError>>,
    applied: &mut Vec<Write>,
    failed: &mut Vec<(Write, CallError)>,
) {
    match result {
        None => {}
        Some(Ok(_)) => applied.push(write),
        Some(Err(e)) => failed.push((write, e)),
    }
}

/// The desired `CreateUserPool` request as a complete configuration for `UpdateUserPool`: the
/// plan's tags plus the pool's plan tag, and the feature plan spelled out (an update without
/// one keeps the pool's, SR-123).
fn complete_pool(desired: &Requests, current: &ReadBack) -> CreateUserPoolInputBuilder {
    let create = &desired.create_user_pool;
    let mut tags: HashMap<String, String> = create.user_pool_tags.clone().unwrap_or_default();
    if let Some(token) = current.plan_token() {
        tags.insert(PLAN_TAG.to_owned(), token.as_str().to_owned());
    }
    crate::review::builder_of(create)
        .set_user_pool_tags((!tags.is_empty()).then_some(tags))
        .user_pool_tier(
            create
                .user_pool_tier
                .clone()
                .unwrap_or(UserPoolTierType::Essentials),
        )
}

/// The MFA level the requests give the pool.
fn mfa_level(requests: &Requests) -> UserPoolMfaType {
    requests
        .set_user_pool_mfa_config
        .as_ref()
        .and_then(|s| s.mfa_configuration().cloned())
        .or_else(|| requests.create_user_pool.mfa_configuration().cloned())
        .unwrap_or(UserPoolMfaType::Off)
}

/// The `SetUserPoolMfaConfig` request that gives the pool the plan's MFA state: the plan's own,
/// or, for a plan whose MFA `CreateUserPool` sets alone (off, or SMS only), one that turns the
/// other factors off.
fn mfa_request(desired: &Requests) -> SetUserPoolMfaConfigInputBuilder {
    if let Some(set) = &desired.set_user_pool_mfa_config {
        return builder_of_mfa(set);
    }
    let create = &desired.create_user_pool;
    let level = mfa_level(desired);
    let sms = (level != UserPoolMfaType::Off).then(|| {
        SmsMfaConfigType::builder()
            .set_sms_authentication_message(create.sms_authentication_message.clone())
            .set_sms_configuration(create.sms_configuration.clone())
            .build()
    });
    SetUserPoolMfaConfigInput::builder()
        .mfa_configuration(level)
        .set_sms_mfa_configuration(sms)
        .software_token_mfa_configuration(
            SoftwareTokenMfaConfigType::builder().enabled(false).build(),
        )
}

fn builder_of_mfa(i: &SetUserPoolMfaConfigInput) -> SetUserPoolMfaConfigInputBuilder {
    SetUserPoolMfaConfigInput::builder()
        .set_sms_mfa_configuration(i.sms_mfa_configuration.clone())
        .set_software_token_mfa_configuration(i.software_token_mfa_configuration.clone())
        .set_email_mfa_configuration(i.email_mfa_configuration.clone())
        .set_mfa_configuration(i.mfa_configuration.clone())
        .set_web_authn_configuration(i.web_authn_configuration.clone())
}

/// The complete `UpdateUserPoolClient` request for the plan's client.
fn client_update(
    desired: &Requests,
    pool_id: &str,
    client_id: &str,
) -> aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::builders::UpdateUserPoolClientInputBuilder
{
    let c = &desired.create_user_pool_client;
    UpdateUserPoolClientInput::builder()
        .user_pool_id(pool_id)
        .client_id(client_id)
        .set_client_name(c.client_name.clone())
        .set_refresh_token_validity(c.refresh_token_validity)
        .set_access_token_validity(c.access_token_validity)
        .set_id_token_validity(c.id_token_validity)
        .set_token_validity_units(c.token_validity_units.clone())
        .set_read_attributes(c.read_attributes.clone())
        .set_write_attributes(c.write_attributes.clone())
        .set_explicit_auth_flows(c.explicit_auth_flows.clone())
        .set_supported_identity_providers(c.supported_identity_providers.clone())
        .set_callback_urls(c.callback_urls.clone())
        .set_logout_urls(c.logout_urls.clone())
        .set_default_redirect_uri(c.default_redirect_uri.clone())
        .set_allowed_o_auth_flows(c.allowed_o_auth_flows.clone())
        .set_allowed_o_auth_scopes(c.allowed_o_auth_scopes.clone())
        .set_allowed_o_auth_flows_user_pool_client(c.allowed_o_auth_flows_user_pool_client)
        .set_analytics_configuration(c.analytics_configuration.clone())
        .set_prevent_user_existence_errors(c.prevent_user_existence_errors.clone())
        .set_enable_token_revocation(c.enable_token_revocation)
        .set_enable_propagate_additional_user_context_data(
            c.enable_propagate_additional_user_context_data,
        )
        .set_auth_session_validity(c.auth_session_validity)
        .set_refresh_token_rotation(c.refresh_token_rotation.clone())
}

/// The custom attributes the diff adds, as the plan declares them.
fn new_custom_attributes(
    diff: &Diff,
    desired: &Requests,
) -> Vec<aws_sdk_cognitoidentityprovider::types::SchemaAttributeType> {
    let added: Vec<&str> = diff
        .changes()
        .iter()
        .filter(|c| c.kind() == ChangeKind::AddOnly)
        .filter_map(|c| {
            c.path()
                .strip_prefix("Schema[custom:")
                .and_then(|p| p.strip_suffix(']'))
        })
        .collect();
    desired
        .create_user_pool
        .schema()
        .iter()
        .filter(|a| {
            a.name().is_some_and(|n| {
                let bare = n.strip_prefix("custom:").unwrap_or(n);
                !STANDARD_ATTRIBUTES.contains(&n) && added.contains(&bare)
            })
        })
        .cloned()
        .collect()
}

/// The domain writes the diff needs.
fn domain_writes(diff: &Diff, desired: &Requests, current: &ReadBack) -> Vec<Write> {
    if !diff.touches(Target::Domain) {
        return Vec::new();
    }
    let want = desired
        .create_user_pool_domain
        .as_ref()
        .and_then(|d| d.domain());
    let have = current
        .requests()
        .create_user_pool_domain
        .as_ref()
        .and_then(|d| d.domain());
    match (have, want) {
        (Some(have), Some(want)) if have == want => vec![Write::UpdateUserPoolDomain],
        (Some(_), Some(_)) => vec![Write::DeleteUserPoolDomain, Write::CreateUserPoolDomain],
        (Some(_), None) => vec![Write::DeleteUserPoolDomain],
        (None, Some(_)) => vec![Write::CreateUserPoolDomain],
        (None, None) => Vec::new(),
    }
}

impl<C: Cognito> Run<'_, C> {
    /// `AddCustomAttributes`: after an ambiguous failure, the pool is described, and the
    /// attributes it already has are not sent again (a second add of one is refused).
    async fn add_custom_attributes(
        &self,
        input: aws_sdk_cognitoidentityprovider::operation::add_custom_attributes::builders::AddCustomAttributesInputBuilder,
        attributes: &[aws_sdk_cognitoidentityprovider::types::SchemaAttributeType],
    ) -> Result<(), CallError> {
        let pool_id = input.get_user_pool_id().clone().unwrap_or_default();
        match self
            .send("AddCustomAttributes", || {
                self.cognito.add_custom_attributes(input.clone())
            })
            .await
        {
            Ok(_) => Ok(()),
            Err(e) if !e.kind().is_ambiguous() => Err(e),
            Err(e) => {
                let Some(pool) = self.describe_pool(&pool_id).await? else {
                    return Err(e);
                };
                let existing: Vec<&str> = pool
                    .schema_attributes()
                    .iter()
                    .filter_map(|a| a.name())
                    .collect();
                let missing: Vec<_> = attributes
                    .iter()
                    .filter(|a| {
                        a.name().is_some_and(|n| {
                            let prefixed = format!("custom:{}", n.strip_prefix("custom:").unwrap_or(n));
                            !existing.contains(&prefixed.as_str())
                        })
                    })
                    .cloned()
                    .collect();
                if missing.is_empty() {
                    return Ok(());
                }
                let again = input.set_custom_attributes(Some(missing));
                self.send("AddCustomAttributes", || {
                    self.cognito.add_custom_attributes(again.clone())
                })
                .await
                .map(drop)
            }
        }
    }

    /// The domain writes: `UpdateUserPoolDomain` for the same name, else delete the old one
    /// and create the new one (in that order: a pool has one domain of each kind).
    async fn apply_domain(
        &self,
        diff: &Diff,
        desired: &Requests,
        current: &ReadBack,
    ) -> Vec<(Write, Result<(), CallError>)> {
        let pool_id = current.user_pool_id();
        let writes = domain_writes(diff, desired, current);
        let mut results = Vec::new();
        for write in writes {
            let result = match write {
                Write::UpdateUserPoolDomain => {
                    let Some(d) = &desired.create_user_pool_domain else {
                        continue;
                    };
                    let input = UpdateUserPoolDomainInput::builder()
                        .user_pool_id(pool_id)
                        .set_domain(d.domain.clone())
                        .set_managed_login_version(d.managed_login_version)
                        .set_custom_domain_config(d.custom_domain_config.clone());
                    self.send_idempotent("UpdateUserPoolDomain", || {
                        self.cognito.update_user_pool_domain(input.clone())
                    })
                    .await
                    .map(drop)
                }
                Write::DeleteUserPoolDomain => {
                    let name = current
                        .requests()
                        .create_user_pool_domain
                        .as_ref()
                        .and_then(|d| d.domain.clone())
                        .unwrap_or_default();
                    self.delete_domain(&name, pool_id).await
                }
                Write::CreateUserPoolDomain => {
                    let Some(d) = &desired.create_user_pool_domain else {
                        continue;
                    };
                    let input = crate::review::builder_of_domain(d);
                    self.create_domain(Some(input), pool_id, true).await.1.map(drop)
                }
                _ => continue,
            };
            let failed = result.is_err();
            results.push((write, result));
            if failed {
                break;
            }
        }
        results
    }
}
