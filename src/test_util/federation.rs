//! Identity providers and resource servers, and what app clients may name of them.
//!
//! Both live in their pool, keyed by the provider's name or the server's identifier (unique in
//! the pool, not service-wide), so no index outside the pool knows them and `DeleteUserPool`
//! takes them with the pool.

use std::collections::HashMap;

use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::{
    CreateIdentityProviderInput, CreateIdentityProviderOutput,
    builders::CreateIdentityProviderInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_resource_server::{
    CreateResourceServerOutput, builders::CreateResourceServerInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::delete_identity_provider::{
    DeleteIdentityProviderOutput, builders::DeleteIdentityProviderInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::delete_resource_server::{
    DeleteResourceServerOutput, builders::DeleteResourceServerInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::describe_identity_provider::{
    DescribeIdentityProviderOutput, builders::DescribeIdentityProviderInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::describe_resource_server::{
    DescribeResourceServerOutput, builders::DescribeResourceServerInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::list_identity_providers::{
    ListIdentityProvidersOutput, builders::ListIdentityProvidersInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::list_resource_servers::{
    ListResourceServersOutput, builders::ListResourceServersInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::update_identity_provider::{
    UpdateIdentityProviderOutput, builders::UpdateIdentityProviderInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::update_resource_server::{
    UpdateResourceServerOutput, builders::UpdateResourceServerInputBuilder,
};
use aws_sdk_cognitoidentityprovider::types::{
    IdentityProviderType, ProviderDescription, ResourceServerType,
};

use crate::client::CallError;

use super::state::{
    MAX_LIST_RESULTS, Pool, State, build_error, check_max_results_in, invalid, missing, not_found,
    now, required,
};

/// The most resource servers `ListResourceServers` returns per page (its `MaxResults` range is
/// 1..=50).
pub(super) const MAX_RESOURCE_SERVERS_LISTED: i32 = 50;

/// The `ProviderDetails` keys that hold secrets. `DescribeIdentityProvider` shows
/// `client_secret` but never `private_key` (SR-163); no error message quotes either.
const SECRET_DETAILS: &[&str] = &["client_secret", "private_key"];

/// The `ProviderDetails` keys the describe calls never show.
const UNSHOWN_DETAILS: &[&str] = &["private_key"];

fn provider_not_found(name: &str) -> CallError {
    not_found(format!("Identity provider {name} does not exist."))
}

fn server_not_found(identifier: &str) -> CallError {
    not_found(format!("Resource server {identifier} does not exist."))
}

/// A provider as the calls that answer with it show it: without its private key.
fn shown(provider: &IdentityProviderType) -> IdentityProviderType {
    let mut shown = provider.clone();
    if let Some(details) = shown.provider_details.as_mut() {
        details.retain(|key, _| !UNSHOWN_DETAILS.contains(&key.as_str()));
    }
    shown
}

/// A validation report for an identity-provider request. The validators never quote a secret of
/// `ProviderDetails`; this checks that again, so a secret cannot reach an error message even if
/// a rule someday quotes a value.
fn idp_report(
    report: &impl std::fmt::Display,
    details: Option<&HashMap<String, String>>,
) -> CallError {
    let mut message = report.to_string();
    for (key, value) in details.into_iter().flatten() {
        if SECRET_DETAILS.contains(&key.as_str()) && !value.is_empty() {
            message = message.replace(value.as_str(), "***");
        }
    }
    invalid(message)
}

impl Pool {
    /// The provider named `name`, with its sequence number.
    fn provider(&self, name: &str) -> Option<(u64, &IdentityProviderType)> {
        self.providers.find(|p| p.provider_name() == Some(name))
    }

    /// The resource server with `identifier`, with its sequence number.
    fn resource_server(&self, identifier: &str) -> Option<(u64, &ResourceServerType)> {
        self.resource_servers
            .find(|s| s.identifier() == Some(identifier))
    }

    /// What `CreateUserPoolClient` and `UpdateUserPoolClient` refuse in a client that names
    /// what the pool does not have: an identity provider other than `COGNITO` (SR-090, SR-140)
    /// or a custom scope `<identifier>/<scope>` whose resource server or scope is missing
    /// (SR-173). Re-checked on every update, so a client that still names a deleted provider or
    /// scope fails every later update, as in Cognito.
    pub(super) fn check_client_references(
        &self,
        providers: &[String],
        scopes: &[String],
    ) -> Result<(), CallError> {
        if let Some(name) = providers
            .iter()
            .find(|name| name.as_str() != "COGNITO" && self.provider(name).is_none())
        {
            return Err(invalid(format!(
                "The provider {name} does not exist for User Pool {}.",
                self.id
            )));
        }
        for scope in scopes {
            // A scope name has no `/`; an identifier may (`https://api.example.com`).
            let Some((identifier, name)) = scope.rsplit_once('/') else {
                continue;
            };
            let exists = self
                .resource_server(identifier)
                .is_some_and(|(_, server)| server.scopes().iter().any(|s| s.scope_name() == name));
            if !exists {
                return Err(CallError::service(
                    "ScopeDoesNotExistException",
                    format!("Invalid scope requested: {scope}"),
                ));
            }
        }
        Ok(())
    }

    /// An `IdpIdentifiers` entry another provider of the pool already has (SR-166).
    fn check_identifiers(&self, name: &str, identifiers: &[String]) -> Result<(), CallError> {
        let taken = identifiers.iter().find(|identifier| {
            self.providers.values().any(|p| {
                p.provider_name() != Some(name) && p.idp_identifiers().contains(identifier)
            })
        });
        match taken {
            Some(identifier) => Err(invalid(format!(
                "The identifier {identifier} is already used by another identity provider of \
                 user pool {}.",
                self.id
            ))),
            None => Ok(()),
        }
    }
}

impl State {
    fn next_member_seq(&mut self) -> u64 {
        self.member_seq = self.member_seq.wrapping_add(1);
        self.member_seq
    }

    pub(super) fn create_identity_provider(
        &mut self,
        input: CreateIdentityProviderInputBuilder,
    ) -> Result<CreateIdentityProviderOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?.to_owned();
        let name = required(input.provider_name(), "providerName")?.to_owned();
        if input.provider_type().is_none() {
            return Err(missing("providerType"));
        }
        if input.provider_details().is_none() {
            return Err(missing("providerDetails"));
        }
        crate::validate::create_identity_provider(&input)
            .map_err(|e| idp_report(&e, input.provider_details()))?;
        let pool = self.pool(&id)?;
        if pool.provider(&name).is_some() {
            return Err(CallError::service(
                "DuplicateProviderException",
                format!("{name} already exists in user pool {id}"),
            ));
        }
        pool.check_identifiers(&name, input.idp_identifiers())?;

        let created = now();
        let provider = IdentityProviderType::builder()
            .user_pool_id(&id)
            .provider_name(&name)
            .set_provider_type(input.provider_type)
            .set_provider_details(input.provider_details)
            .set_attribute_mapping(input.attribute_mapping)
            .set_idp_identifiers(input.idp_identifiers)
            .set_acr_mapping(input.acr_mapping)
            .last_modified_date(created)
            .creation_date(created)
            .build();
        let answer = shown(&provider);
        let seq = self.next_member_seq();
        let pool = self.pool_mut(&id)?;
        pool.providers.insert(seq, provider);
        Ok(CreateIdentityProviderOutput::builder()
            .identity_provider(answer)
            .build())
    }

    pub(super) fn describe_identity_provider(
        &mut self,
        input: DescribeIdentityProviderInputBuilder,
    ) -> Result<DescribeIdentityProviderOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let name = required(input.provider_name(), "providerName")?;
        let (_, provider) = self
            .pool(id)?
            .provider(name)
            .ok_or_else(|| provider_not_found(name))?;
        Ok(DescribeIdentityProviderOutput::builder()
            .identity_provider(shown(provider))
            .build())
    }

    /// `UpdateIdentityProvider`: each member sent replaces the stored one whole, and each member
    /// left out is kept. So a `ProviderDetails` sent without `client_secret` drops the secret,
    /// and the result, judged like a `CreateIdentityProvider` of the provider's type, is
    /// refused (Google, Facebook and Amazon need it). Cognito's own behaviour here is not
    /// documented (SR-167): this is the strict reading, so a caller that counts on a merge is
    /// caught in memory.
    pub(super) fn update_identity_provider(
        &mut self,
        input: UpdateIdentityProviderInputBuilder,
    ) -> Result<UpdateIdentityProviderOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?.to_owned();
        let name = required(input.provider_name(), "providerName")?.to_owned();
        crate::validate::update_identity_provider(&input)
            .map_err(|e| idp_report(&e, input.provider_details()))?;
        let pool = self.pool(&id)?;
        let (seq, stored) = pool
            .provider(&name)
            .ok_or_else(|| provider_not_found(&name))?;

        let details = input
            .provider_details
            .or_else(|| stored.provider_details.clone());
        let result = CreateIdentityProviderInput::builder()
            .user_pool_id(&id)
            .provider_name(&name)
            .set_provider_type(stored.provider_type.clone())
            .set_provider_details(details)
            .set_attribute_mapping(
                input
                    .attribute_mapping
                    .or_else(|| stored.attribute_mapping.clone()),
            )
            .set_idp_identifiers(
                input
                    .idp_identifiers
                    .or_else(|| stored.idp_identifiers.clone()),
            )
            .set_acr_mapping(input.acr_mapping.or_else(|| stored.acr_mapping.clone()))
            .build()
            .map_err(|e| build_error(&e))?;
        crate::validate::create_identity_provider(&result)
            .map_err(|e| idp_report(&e, result.provider_details()))?;
        pool.check_identifiers(&name, result.idp_identifiers())?;

        let modified = now();
        let pool = self.pool_mut(&id)?;
        let provider = pool
            .providers
            .get_mut(seq)
            .ok_or_else(|| provider_not_found(&name))?;
        provider.provider_details = result.provider_details;
        provider.attribute_mapping = result.attribute_mapping;
        provider.idp_identifiers = result.idp_identifiers;
        provider.acr_mapping = result.acr_mapping;
        provider.last_modified_date = Some(modified);
        let answer = shown(provider);
        Ok(UpdateIdentityProviderOutput::builder()
            .identity_provider(answer)
            .build())
    }

    /// `DeleteIdentityProvider`. App clients that name the provider keep the name (SR-140).
    pub(super) fn delete_identity_provider(
        &mut self,
        input: DeleteIdentityProviderInputBuilder,
    ) -> Result<DeleteIdentityProviderOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let name = required(input.provider_name(), "providerName")?;
        let pool = self.pool_mut(id)?;
        let (seq, _) = pool
            .provider(name)
            .ok_or_else(|| provider_not_found(name))?;
        pool.providers.remove(seq);
        Ok(DeleteIdentityProviderOutput::builder().build())
    }

    /// `ListIdentityProviders`: the pool's providers, oldest first, `MaxResults` a page. The
    /// model allows 0..=60; 0, like an absent value, is read as 60 (what the service does with
    /// 0 is not known). A token names the next provider's sequence number, so it survives
    /// deletions.
    pub(super) fn list_identity_providers(
        &mut self,
        input: ListIdentityProvidersInputBuilder,
    ) -> Result<ListIdentityProvidersOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let max = input.max_results().unwrap_or(MAX_LIST_RESULTS);
        check_max_results_in(max, 0, MAX_LIST_RESULTS)?;
        let max = if max == 0 { MAX_LIST_RESULTS } else { max };
        let pool = self.pool(id)?;
        let start = match input.next_token() {
            None => 0,
            Some(token) => self.parse_signed(("providers", id), token)?,
        };
        let take = usize::try_from(max).unwrap_or(1);
        let mut listed = pool.providers.starting_at(start).iter();
        let page: Vec<ProviderDescription> = listed
            .by_ref()
            .take(take)
            .map(|(_, p)| {
                ProviderDescription::builder()
                    .set_provider_name(p.provider_name.clone())
                    .set_provider_type(p.provider_type.clone())
                    .set_last_modified_date(p.last_modified_date)
                    .set_creation_date(p.creation_date)
                    .build()
            })
            .collect();
        let next_token = listed
            .next()
            .map(|(next, _)| self.sign(("providers", id), *next));
        ListIdentityProvidersOutput::builder()
            .set_providers(Some(page))
            .set_next_token(next_token)
            .build()
            .map_err(|e| build_error(&e))
    }

    pub(super) fn create_resource_server(
        &mut self,
        input: CreateResourceServerInputBuilder,
    ) -> Result<CreateResourceServerOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?.to_owned();
        let identifier = required(input.identifier(), "identifier")?.to_owned();
        required(input.name(), "name")?;
        crate::validate::create_resource_server(&input).map_err(|e| invalid(e.to_string()))?;
        if self.pool(&id)?.resource_server(&identifier).is_some() {
            return Err(invalid(format!(
                "A resource server with identifier {identifier} already exists in user pool \
                 {id}."
            )));
        }
        let server = ResourceServerType::builder()
            .user_pool_id(&id)
            .identifier(&identifier)
            .set_name(input.name)
            .set_scopes(input.scopes)
            .build();
        let seq = self.next_member_seq();
        self.pool_mut(&id)?
            .resource_servers
            .insert(seq, server.clone());
        Ok(CreateResourceServerOutput::builder()
            .resource_server(server)
            .build())
    }

    pub(super) fn describe_resource_server(
        &mut self,
        input: DescribeResourceServerInputBuilder,
    ) -> Result<DescribeResourceServerOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let identifier = required(input.identifier(), "identifier")?;
        let (_, server) = self
            .pool(id)?
            .resource_server(identifier)
            .ok_or_else(|| server_not_found(identifier))?;
        Ok(DescribeResourceServerOutput::builder()
            .resource_server(server.clone())
            .build())
    }

    /// `UpdateResourceServer`: a full replace. `Name` is required again, and an omitted
    /// `Scopes` removes every scope (SR-171). App clients keep the scopes it removes (SR-172).
    pub(super) fn update_resource_server(
        &mut self,
        input: UpdateResourceServerInputBuilder,
    ) -> Result<UpdateResourceServerOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?.to_owned();
        let identifier = required(input.identifier(), "identifier")?.to_owned();
        required(input.name(), "name")?;
        crate::validate::update_resource_server(&input).map_err(|e| invalid(e.to_string()))?;
        let pool = self.pool_mut(&id)?;
        let (seq, _) = pool
            .resource_server(&identifier)
            .ok_or_else(|| server_not_found(&identifier))?;
        let server = pool
            .resource_servers
            .get_mut(seq)
            .ok_or_else(|| server_not_found(&identifier))?;
        server.name = input.name;
        server.scopes = input.scopes;
        Ok(UpdateResourceServerOutput::builder()
            .resource_server(server.clone())
            .build())
    }

    /// `DeleteResourceServer`. App clients keep its scopes (SR-172).
    pub(super) fn delete_resource_server(
        &mut self,
        input: DeleteResourceServerInputBuilder,
    ) -> Result<DeleteResourceServerOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let identifier = required(input.identifier(), "identifier")?;
        let pool = self.pool_mut(id)?;
        let (seq, _) = pool
            .resource_server(identifier)
            .ok_or_else(|| server_not_found(identifier))?;
        pool.resource_servers.remove(seq);
        Ok(DeleteResourceServerOutput::builder().build())
    }

    /// `ListResourceServers`: the pool's servers, oldest first, `MaxResults` (1..=50, default
    /// 50) a page; tokens survive deletions.
    pub(super) fn list_resource_servers(
        &mut self,
        input: ListResourceServersInputBuilder,
    ) -> Result<ListResourceServersOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let max = input.max_results().unwrap_or(MAX_RESOURCE_SERVERS_LISTED);
        check_max_results_in(max, 1, MAX_RESOURCE_SERVERS_LISTED)?;
        let pool = self.pool(id)?;
        let start = match input.next_token() {
            None => 0,
            Some(token) => self.parse_signed(("resource servers", id), token)?,
        };
        let take = usize::try_from(max).unwrap_or(1);
        let mut listed = pool.resource_servers.starting_at(start).iter();
        let page: Vec<ResourceServerType> = listed
            .by_ref()
            .take(take)
            .map(|(_, server)| server.clone())
            .collect();
        let next_token = listed
            .next()
            .map(|(next, _)| self.sign(("resource servers", id), *next));
        ListResourceServersOutput::builder()
            .set_resource_servers(Some(page))
            .set_next_token(next_token)
            .build()
            .map_err(|e| build_error(&e))
    }
}
