//! `apply`: change an existing pool in place to match a reviewed plan, with complete requests,
//! refusing before any call what would need a new pool (or unlink users).

use std::collections::HashMap;
use std::fmt;

use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use aws_sdk_cognitoidentityprovider::operation::add_custom_attributes::AddCustomAttributesInput;
use aws_sdk_cognitoidentityprovider::operation::add_custom_attributes::builders::AddCustomAttributesInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::CreateIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::builders::CreateIdentityProviderInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_resource_server::CreateResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::create_resource_server::builders::CreateResourceServerInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::builders::CreateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::builders::CreateUserPoolClientInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::delete_identity_provider::DeleteIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::delete_resource_server::DeleteResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool_client::DeleteUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::builders::SetUserPoolMfaConfigInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_identity_provider::UpdateIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::update_identity_provider::builders::UpdateIdentityProviderInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_resource_server::UpdateResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::update_resource_server::builders::UpdateResourceServerInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::builders::UpdateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::UpdateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::builders::UpdateUserPoolClientInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_domain::UpdateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::types::{
    IdentityProviderTypeType, ResourceServerScopeType, SchemaAttributeType, SmsMfaConfigType,
    SoftwareTokenMfaConfigType, UserPoolMfaType, UserPoolTierType,
};
use tracing::info;

use super::compare::client_keys;
use super::create::update_from_create;
use super::diff::{ChangeKind, Diff, Target};
use super::read::ReadBack;
use super::run::{RESOURCE_NOT_FOUND, Run, join_all};
use super::{CreateOptions, PLAN_TAG, PlanToken};
use crate::client::{CallError, Cognito};
use crate::review::{Requests, Reviewed, builder_of_provider, builder_of_server};

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
    /// `CreateUserPoolClient`: an app client the plan has and the pool has not.
    CreateUserPoolClient,
    /// `DeleteUserPoolClient`: an app client the pool has and the plan has not.
    DeleteUserPoolClient,
    /// `CreateIdentityProvider`: a provider the plan has and the pool has not.
    CreateIdentityProvider,
    /// `UpdateIdentityProvider`, with the plan's complete details.
    UpdateIdentityProvider,
    /// `DeleteIdentityProvider`: a provider the pool has and the plan has not.
    DeleteIdentityProvider,
    /// `CreateResourceServer`: a resource server the plan has and the pool has not.
    CreateResourceServer,
    /// `UpdateResourceServer`, a full replace (sent twice when scopes are both added and
    /// removed: with both before the clients change, with the plan's after).
    UpdateResourceServer,
    /// `DeleteResourceServer`: a resource server the pool has and the plan has not.
    DeleteResourceServer,
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
            Write::CreateUserPoolClient => "CreateUserPoolClient",
            Write::DeleteUserPoolClient => "DeleteUserPoolClient",
            Write::CreateIdentityProvider => "CreateIdentityProvider",
            Write::UpdateIdentityProvider => "UpdateIdentityProvider",
            Write::DeleteIdentityProvider => "DeleteIdentityProvider",
            Write::CreateResourceServer => "CreateResourceServer",
            Write::UpdateResourceServer => "UpdateResourceServer",
            Write::DeleteResourceServer => "DeleteResourceServer",
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
    /// Some changes could only be made by deleting and creating what users are linked to (an
    /// identity provider's type, [`ChangeKind::Refused`]), which the crate never does on its
    /// own: nothing was sent. The diff names each one with its reason.
    Refused {
        /// The whole diff; [`Diff::refused`] lists the refused changes.
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
            ApplyError::Refused { diff } => {
                f.write_str(
                    "the plan changes what apply never changes on its own; nothing was sent:",
                )?;
                for change in diff.refused() {
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
            ApplyError::NeedsNewPool { .. } | ApplyError::Refused { .. } => None,
        }
    }
}

impl Reviewed {
    /// Changes the pool `current` describes to match this plan, in place, with the default
    /// retry settings. See [`apply_with`](Self::apply_with).
    ///
    /// # Errors
    ///
    /// [`ApplyError::NeedsNewPool`] or [`ApplyError::Refused`] (before any call), or
    /// [`ApplyError::Partial`].
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
    /// kept); `UpdateIdentityProvider` carries the plan's whole `ProviderDetails`, secrets
    /// included, and `UpdateResourceServer` the whole server. Custom attributes are added with
    /// `AddCustomAttributes`; MFA goes through `SetUserPoolMfaConfig`; the domain is updated,
    /// or replaced when its name changes; app clients, identity providers and resource servers
    /// the plan adds are created, those it changes updated, those it drops deleted. Only what
    /// differs is sent: applying a plan the pool already matches sends no write at all.
    ///
    /// The writes go out in up to four rounds, the writes of a round together, so that nothing
    /// names what does not exist yet and nothing is deleted while a client still names it:
    ///
    /// 1. `UpdateUserPool` (keeping the pool's MFA level, which the MFA call then sets),
    ///    `AddCustomAttributes`, the resource servers created or updated (with the scopes the
    ///    plan adds; a scope the plan drops stays until round 4), and the identity providers
    ///    created or updated;
    /// 2. `SetUserPoolMfaConfig`, the domain, the identity providers whose attribute mapping
    ///    names a custom attribute round 1 adds, and the app clients created, updated or
    ///    deleted (a client may name a provider, a scope or a custom attribute of round 1);
    /// 3. the app clients that name a provider created in round 2;
    /// 4. the identity providers and resource servers the plan drops deleted, and the scopes
    ///    it drops removed, now that no client names them.
    ///
    /// A round with nothing to send costs no round trip. Every create is sent exactly once:
    /// after an ambiguous failure the provider is described by name, the resource server by
    /// identifier, the pool's clients listed by name, and what is found is taken as created.
    ///
    /// # Errors
    ///
    /// - [`ApplyError::NeedsNewPool`] when any change cannot be made on this pool (sign-in
    ///   identifiers, case sensitivity, required attributes, a changed or removed custom
    ///   attribute, client secret generation): nothing is sent.
    /// - [`ApplyError::Refused`] when an identity provider would change its type (the provider
    ///   would have to be deleted and created, unlinking its users): nothing is sent.
    /// - [`ApplyError::Partial`] when a write fails for good (after the retries the options
    ///   allow): it names what was applied, what failed and what was not sent (the later
    ///   rounds; the writes of the failed round that did not fail took effect).
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
        if diff.refused().next().is_some() {
            return Err(ApplyError::Refused { diff });
        }
        let token = current
            .plan_token()
            .cloned()
            .unwrap_or_else(PlanToken::random);
        let run = Run::new(cognito, options, &token);
        let rounds = rounds(&diff, &self.plan.requests, current);
        let mut applied = Vec::new();
        for (n, round) in rounds.iter().enumerate() {
            if round.is_empty() {
                continue;
            }
            // Boxed, as create's stages are: the requests a round holds would make the future
            // returned to the caller large.
            let results = Box::pin(join_all(
                round
                    .iter()
                    .map(|planned| run.execute(planned, &diff, &self.plan.requests, current))
                    .collect(),
            ))
            .await;
            let mut failed = Vec::new();
            let mut not_sent = Vec::new();
            for (planned, results) in round.iter().zip(results) {
                let writes = planned.writes(&diff, &self.plan.requests, current);
                not_sent.extend(writes.into_iter().skip(results.len()));
                for (write, result) in results {
                    match result {
                        Ok(()) => applied.push(write),
                        Err(e) => failed.push((write, e)),
                    }
                }
            }
            if !failed.is_empty() {
                not_sent.extend(
                    rounds[n + 1..]
                        .iter()
                        .flatten()
                        .flat_map(|p| p.writes(&diff, &self.plan.requests, current)),
                );
                return Err(ApplyError::Partial {
                    applied,
                    failed,
                    not_sent,
                });
            }
        }
        info!(
            plan = %token,
            user_pool_id = current.user_pool_id(),
            writes = applied.len(),
            "applied"
        );
        Ok(Applied {
            diff,
            writes: applied,
        })
    }
}

/// One write an apply plans (the domain's: one or two, in order), with its request.
enum Planned {
    Pool(Box<UpdateUserPoolInputBuilder>),
    CustomAttributes(Vec<SchemaAttributeType>),
    Mfa(Box<SetUserPoolMfaConfigInputBuilder>),
    Domain,
    CreateClient(Box<CreateUserPoolClientInputBuilder>),
    UpdateClient(Box<UpdateUserPoolClientInputBuilder>),
    DeleteClient(String),
    CreateProvider(Box<CreateIdentityProviderInputBuilder>),
    UpdateProvider(Box<UpdateIdentityProviderInputBuilder>),
    DeleteProvider(String),
    CreateServer(Box<CreateResourceServerInputBuilder>),
    UpdateServer(Box<UpdateResourceServerInputBuilder>),
    DeleteServer(String),
}

impl Planned {
    /// The writes it sends, in order.
    fn writes(&self, diff: &Diff, desired: &Requests, current: &ReadBack) -> Vec<Write> {
        vec![match self {
            Planned::Pool(_) => Write::UpdateUserPool,
            Planned::CustomAttributes(_) => Write::AddCustomAttributes,
            Planned::Mfa(_) => Write::SetUserPoolMfaConfig,
            Planned::Domain => return domain_writes(diff, desired, current),
            Planned::CreateClient(_) => Write::CreateUserPoolClient,
            Planned::UpdateClient(_) => Write::UpdateUserPoolClient,
            Planned::DeleteClient(_) => Write::DeleteUserPoolClient,
            Planned::CreateProvider(_) => Write::CreateIdentityProvider,
            Planned::UpdateProvider(_) => Write::UpdateIdentityProvider,
            Planned::DeleteProvider(_) => Write::DeleteIdentityProvider,
            Planned::CreateServer(_) => Write::CreateResourceServer,
            Planned::UpdateServer(_) => Write::UpdateResourceServer,
            Planned::DeleteServer(_) => Write::DeleteResourceServer,
        }]
    }
}

/// The writes the diff needs, in the four rounds of [`Reviewed::apply_with`].
fn rounds(diff: &Diff, desired: &Requests, current: &ReadBack) -> [Vec<Planned>; 4] {
    let pool_id = current.user_pool_id();
    let mut rounds: [Vec<Planned>; 4] = Default::default();
    if diff.touches(&Target::Pool) {
        // The pool's current MFA level: SetUserPoolMfaConfig sets the planned one, which may
        // need factors this update does not enable (SR-130).
        rounds[0].push(Planned::Pool(Box::new(
            update_from_create(&complete_pool(desired, current), pool_id)
                .set_mfa_configuration(Some(mfa_level(current.requests()))),
        )));
    }
    let new_attributes = new_custom_attributes(diff, desired);
    let late_providers = provider_writes(&mut rounds, diff, desired, current, &new_attributes);
    server_writes(&mut rounds, diff, desired, current);
    if !new_attributes.is_empty() {
        rounds[0].push(Planned::CustomAttributes(new_attributes));
    }
    if diff.touches(&Target::Mfa) {
        rounds[1].push(Planned::Mfa(Box::new(
            mfa_request(desired).user_pool_id(pool_id),
        )));
    }
    client_writes(&mut rounds, diff, desired, current, &late_providers);
    if diff.touches(&Target::Domain) {
        rounds[1].push(Planned::Domain);
    }
    rounds
}

/// The identity-provider writes: created or updated in round 1, or in round 2 when the
/// provider maps a custom attribute that round 1 adds; deleted in round 4. Returns the names of
/// the providers created in round 2.
fn provider_writes(
    rounds: &mut [Vec<Planned>; 4],
    diff: &Diff,
    desired: &Requests,
    current: &ReadBack,
    new_attributes: &[SchemaAttributeType],
) -> Vec<String> {
    let pool_id = current.user_pool_id();
    let maps_new_attribute = |provider: &CreateIdentityProviderInput| {
        provider.attribute_mapping().is_some_and(|mapping| {
            mapping.keys().any(|key| {
                new_attributes.iter().any(|a| {
                    let name = a.name().unwrap_or_default();
                    key.strip_prefix("custom:")
                        == Some(name.strip_prefix("custom:").unwrap_or(name))
                })
            })
        })
    };
    let mut late = Vec::new();
    for target in diff.targets() {
        let Target::Provider(name) = target else {
            continue;
        };
        let named = |p: &&CreateIdentityProviderInput| p.provider_name() == Some(name);
        let have = current.requests().identity_providers.iter().find(named);
        let want = desired.identity_providers.iter().find(named);
        match (have, want) {
            (Some(have), Some(want)) => rounds[usize::from(maps_new_attribute(want))].push(
                Planned::UpdateProvider(Box::new(provider_update(have, want, pool_id))),
            ),
            (None, Some(want)) => {
                let round = usize::from(maps_new_attribute(want));
                if round == 1 {
                    late.push(name.clone());
                }
                rounds[round].push(Planned::CreateProvider(Box::new(
                    builder_of_provider(want).user_pool_id(pool_id),
                )));
            }
            (Some(_), None) => rounds[3].push(Planned::DeleteProvider(name.clone())),
            (None, None) => {}
        }
    }
    late
}

/// The resource-server writes: created, or updated with the scopes the plan adds, in round 1;
/// deleted, or updated without the scopes the plan drops, in round 4.
fn server_writes(
    rounds: &mut [Vec<Planned>; 4],
    diff: &Diff,
    desired: &Requests,
    current: &ReadBack,
) {
    let pool_id = current.user_pool_id();
    for target in diff.targets() {
        let Target::ResourceServer(identifier) = target else {
            continue;
        };
        let named = |s: &&CreateResourceServerInput| s.identifier() == Some(identifier);
        let have = current.requests().resource_servers.iter().find(named);
        let want = desired.resource_servers.iter().find(named);
        match (have, want) {
            (Some(have), Some(want)) => {
                let (early, late) = server_updates(have, want, pool_id);
                rounds[0].extend(early.map(|u| Planned::UpdateServer(Box::new(u))));
                rounds[3].extend(late.map(|u| Planned::UpdateServer(Box::new(u))));
            }
            (None, Some(want)) => rounds[0].push(Planned::CreateServer(Box::new(
                builder_of_server(want).user_pool_id(pool_id),
            ))),
            (Some(_), None) => rounds[3].push(Planned::DeleteServer(identifier.clone())),
            (None, None) => {}
        }
    }
}

/// The app-client writes: in round 2, or in round 3 for a client that names a provider
/// created in round 2 (`late_providers`).
fn client_writes(
    rounds: &mut [Vec<Planned>; 4],
    diff: &Diff,
    desired: &Requests,
    current: &ReadBack,
    late_providers: &[String],
) {
    let pool_id = current.user_pool_id();
    let have_clients: Vec<(String, &str)> = client_keys(
        current
            .requests()
            .clients()
            .take(current.described().clients.len()),
    )
    .into_iter()
    .zip(&current.described().clients)
    .map(|((key, _), client)| (key, client.client_id().unwrap_or_default()))
    .collect();
    let want_clients = client_keys(desired.clients());
    let round = |client: &CreateUserPoolClientInput| {
        if client
            .supported_identity_providers()
            .iter()
            .any(|p| late_providers.contains(p))
        {
            2
        } else {
            1
        }
    };
    for target in diff.targets() {
        let Target::Client(key) = target else {
            continue;
        };
        let have = have_clients
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, id)| *id);
        let want = want_clients.iter().find(|(k, _)| k == key).map(|(_, c)| *c);
        match (have, want) {
            (Some(id), Some(client)) => rounds[round(client)].push(Planned::UpdateClient(
                Box::new(client_update(client, pool_id, id)),
            )),
            (None, Some(client)) => rounds[round(client)].push(Planned::CreateClient(Box::new(
                crate::review::builder_of_client(client).user_pool_id(pool_id),
            ))),
            (Some(id), None) => rounds[1].push(Planned::DeleteClient(id.to_owned())),
            (None, None) => {}
        }
    }
}

impl<C: Cognito> Run<'_, C> {
    /// Sends one planned write (the domain's: one or two), with its results in order.
    #[expect(clippy::too_many_lines, reason = "one arm per write, each its call")]
    async fn execute(
        &self,
        planned: &Planned,
        diff: &Diff,
        desired: &Requests,
        current: &ReadBack,
    ) -> Vec<(Write, Result<(), CallError>)> {
        let pool_id = current.user_pool_id();
        let (write, result) = match planned {
            Planned::Pool(update) => (
                Write::UpdateUserPool,
                self.send_idempotent("UpdateUserPool", || {
                    self.cognito.update_user_pool((**update).clone())
                })
                .await
                .map(drop),
            ),
            Planned::CustomAttributes(attributes) => {
                let input = AddCustomAttributesInput::builder()
                    .user_pool_id(pool_id)
                    .set_custom_attributes(Some(attributes.clone()));
                (
                    Write::AddCustomAttributes,
                    self.add_custom_attributes(input, attributes).await,
                )
            }
            Planned::Mfa(input) => (
                Write::SetUserPoolMfaConfig,
                self.send_idempotent("SetUserPoolMfaConfig", || {
                    self.cognito.set_user_pool_mfa_config((**input).clone())
                })
                .await
                .map(drop),
            ),
            Planned::Domain => return self.apply_domain(diff, desired, current).await,
            Planned::CreateClient(input) => (
                Write::CreateUserPoolClient,
                self.create_client((**input).clone(), pool_id, false)
                    .await
                    .map(drop),
            ),
            Planned::UpdateClient(input) => (
                Write::UpdateUserPoolClient,
                self.send_idempotent("UpdateUserPoolClient", || {
                    self.cognito.update_user_pool_client((**input).clone())
                })
                .await
                .map(drop),
            ),
            Planned::DeleteClient(id) => (
                Write::DeleteUserPoolClient,
                gone(
                    self.send_idempotent("DeleteUserPoolClient", || {
                        self.cognito.delete_user_pool_client(
                            DeleteUserPoolClientInput::builder()
                                .user_pool_id(pool_id)
                                .client_id(id),
                        )
                    })
                    .await,
                ),
            ),
            Planned::CreateProvider(input) => (
                Write::CreateIdentityProvider,
                self.create_provider(input, false).await,
            ),
            Planned::UpdateProvider(input) => (
                Write::UpdateIdentityProvider,
                self.send_idempotent("UpdateIdentityProvider", || {
                    self.cognito.update_identity_provider((**input).clone())
                })
                .await
                .map(drop),
            ),
            Planned::DeleteProvider(name) => (
                Write::DeleteIdentityProvider,
                gone(
                    self.send_idempotent("DeleteIdentityProvider", || {
                        self.cognito.delete_identity_provider(
                            DeleteIdentityProviderInput::builder()
                                .user_pool_id(pool_id)
                                .provider_name(name),
                        )
                    })
                    .await,
                ),
            ),
            Planned::CreateServer(input) => (
                Write::CreateResourceServer,
                self.create_resource_server(input, false).await,
            ),
            Planned::UpdateServer(input) => (
                Write::UpdateResourceServer,
                self.send_idempotent("UpdateResourceServer", || {
                    self.cognito.update_resource_server((**input).clone())
                })
                .await
                .map(drop),
            ),
            Planned::DeleteServer(identifier) => (
                Write::DeleteResourceServer,
                gone(
                    self.send_idempotent("DeleteResourceServer", || {
                        self.cognito.delete_resource_server(
                            DeleteResourceServerInput::builder()
                                .user_pool_id(pool_id)
                                .identifier(identifier),
                        )
                    })
                    .await,
                ),
            ),
        };
        vec![(write, result)]
    }
}

/// A delete whose thing is gone is done, whoever deleted it (an earlier attempt whose answer
/// was lost included).
fn gone<T>(result: Result<T, CallError>) -> Result<(), CallError> {
    match result {
        Ok(_) => Ok(()),
        Err(e) if e.code() == Some(RESOURCE_NOT_FOUND) => Ok(()),
        Err(e) => Err(e),
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

/// The complete `UpdateUserPoolClient` request that gives the client `client_id` the plan's
/// configuration `c`.
fn client_update(
    c: &CreateUserPoolClientInput,
    pool_id: &str,
    client_id: &str,
) -> UpdateUserPoolClientInputBuilder {
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

/// The `UpdateIdentityProvider` request that gives the provider `have` the plan's `want`: the
/// plan's whole `ProviderDetails`, secrets included (whether Cognito merges or replaces the
/// details is not documented, SR-167: sent whole, either way the result is the plan's). The
/// attribute mapping and the identifiers are sent as the plan has them when it has them, and
/// emptied when the plan has none and the pool some; otherwise left out (kept).
fn provider_update(
    have: &CreateIdentityProviderInput,
    want: &CreateIdentityProviderInput,
    pool_id: &str,
) -> UpdateIdentityProviderInputBuilder {
    let mapping = match (&have.attribute_mapping, &want.attribute_mapping) {
        (_, Some(want)) => Some(want.clone()),
        (Some(_), None) => Some(HashMap::new()),
        (None, None) => None,
    };
    let identifiers = match (&have.idp_identifiers, &want.idp_identifiers) {
        (_, Some(want)) => Some(want.clone()),
        (Some(_), None) => Some(Vec::new()),
        (None, None) => None,
    };
    let acr = match (&have.acr_mapping, &want.acr_mapping) {
        (_, Some(want)) => Some(want.clone()),
        (Some(_), None) => Some(HashMap::new()),
        (None, None) => None,
    };
    UpdateIdentityProviderInput::builder()
        .user_pool_id(pool_id)
        .set_provider_name(want.provider_name.clone())
        .set_provider_details(Some(want.provider_details.clone().unwrap_or_default()))
        .set_attribute_mapping(mapping)
        .set_idp_identifiers(identifiers)
        .set_acr_mapping(acr.filter(|_| {
            // ACR mapping is for OIDC providers only (SR-160).
            want.provider_type() == Some(&IdentityProviderTypeType::Oidc)
        }))
}

/// The `UpdateResourceServer` requests (each a full replace, SR-171) that give the server
/// `have` the plan's `want`: before the clients change, one with the plan's name and scopes
/// plus the scopes the plan drops (so a client can name a new scope, and a client that still
/// names a dropped one can still be updated); after them, one with the plan's scopes alone.
/// Either is `None` when it would change nothing.
fn server_updates(
    have: &CreateResourceServerInput,
    want: &CreateResourceServerInput,
    pool_id: &str,
) -> (
    Option<UpdateResourceServerInputBuilder>,
    Option<UpdateResourceServerInputBuilder>,
) {
    let named = |scopes: &[ResourceServerScopeType], name: &str| {
        scopes.iter().find(|s| s.scope_name() == name).cloned()
    };
    let dropped: Vec<ResourceServerScopeType> = have
        .scopes()
        .iter()
        .filter(|s| named(want.scopes(), s.scope_name()).is_none())
        .cloned()
        .collect();
    let adds_or_changes = want.name() != have.name()
        || want
            .scopes()
            .iter()
            .any(|s| named(have.scopes(), s.scope_name()).as_ref() != Some(s));
    let update = |scopes: Vec<ResourceServerScopeType>| {
        UpdateResourceServerInput::builder()
            .user_pool_id(pool_id)
            .set_identifier(want.identifier.clone())
            .set_name(want.name.clone())
            .set_scopes((!scopes.is_empty()).then_some(scopes))
    };
    let early = adds_or_changes.then(|| {
        let mut scopes = want.scopes().to_vec();
        scopes.extend(dropped.iter().cloned());
        update(scopes)
    });
    let late = (!dropped.is_empty()).then(|| update(want.scopes().to_vec()));
    (early, late)
}

/// The custom attributes the diff adds, as the plan declares them.
fn new_custom_attributes(diff: &Diff, desired: &Requests) -> Vec<SchemaAttributeType> {
    let added: Vec<&str> = diff
        .changes()
        .iter()
        .filter(|c| c.kind() == ChangeKind::AddOnly)
        .filter_map(|c| {
            c.path()
                .strip_prefix("Schema[")
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
                added.contains(&bare)
            })
        })
        .cloned()
        .collect()
}

/// The domain writes the diff needs.
fn domain_writes(diff: &Diff, desired: &Requests, current: &ReadBack) -> Vec<Write> {
    if !diff.touches(&Target::Domain) {
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
        input: AddCustomAttributesInputBuilder,
        attributes: &[SchemaAttributeType],
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
                            let prefixed =
                                format!("custom:{}", n.strip_prefix("custom:").unwrap_or(n));
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
                    self.create_domain(Some(input), pool_id, true)
                        .await
                        .1
                        .map(drop)
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
