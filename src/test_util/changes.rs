//! Changes to what a pool already has: an app client replaced (`UpdateUserPoolClient`), custom
//! attributes appended (`AddCustomAttributes`), a domain's version, certificate or routing
//! changed (`UpdateUserPoolDomain`).

use aws_sdk_cognitoidentityprovider::operation::add_custom_attributes::{
    AddCustomAttributesOutput, builders::AddCustomAttributesInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::{
    UpdateUserPoolClientInput, UpdateUserPoolClientOutput,
    builders::UpdateUserPoolClientInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_domain::{
    UpdateUserPoolDomainOutput, builders::UpdateUserPoolDomainInputBuilder,
};
use aws_sdk_cognitoidentityprovider::types::{OAuthFlowType, UserPoolClientType};

use crate::client::CallError;

use super::state::{
    State, build_error, client_not_found, invalid, missing, new_client, not_found, now, required,
};

/// The most custom attributes a pool holds, those it was created with included (the model's cap
/// on `Schema`, and Cognito's quota, SR-152).
pub(super) const MAX_CUSTOM_ATTRIBUTES: usize = 50;

impl State {
    /// `UpdateUserPoolClient`: a full replace (SR-135). Every member the request leaves out goes
    /// back to what `CreateUserPoolClient` gives it when left out; the client id, its secret
    /// and its creation date stay, and so does its name when the request sends none (the model
    /// does not require `ClientName` here; whether Cognito keeps or clears it is not known).
    pub(super) fn update_user_pool_client(
        &mut self,
        input: UpdateUserPoolClientInputBuilder,
    ) -> Result<UpdateUserPoolClientOutput, CallError> {
        let update = input.build().map_err(|e| build_error(&e))?;
        let id = required(update.user_pool_id(), "userPoolId")?.to_owned();
        let client_id = required(update.client_id(), "clientId")?.to_owned();
        crate::validate::update_user_pool_client(&update).map_err(|e| invalid(e.to_string()))?;
        let seq = self.client_seq(&id, &client_id)?;
        let pool = self.pool(&id)?;
        let stored = pool
            .clients
            .get(seq)
            .ok_or_else(|| client_not_found(&client_id))?;

        // Whether the client has a secret was settled when it was created (SR-138).
        if stored.client_secret().is_none() {
            if update
                .allowed_o_auth_flows()
                .contains(&OAuthFlowType::ClientCredentials)
            {
                // SR-079.
                return Err(invalid(
                    "client_credentials flow can not be selected if client does not have a \
                     client secret.",
                ));
            }
            if update.enable_propagate_additional_user_context_data() == Some(true) {
                // SR-085.
                return Err(invalid(
                    "EnablePropagateAdditionalUserContextData can only be enabled for a client \
                     with a client secret.",
                ));
            }
        }
        pool.check_client_references(
            update.supported_identity_providers(),
            update.allowed_o_auth_scopes(),
        )?;

        let client = replaced(stored, update)?;
        self.pool_mut(&id)?
            .clients
            .get_mut(seq)
            .map(|slot| *slot = client.clone())
            .ok_or_else(|| client_not_found(&client_id))?;
        Ok(UpdateUserPoolClientOutput::builder()
            .user_pool_client(client)
            .build())
    }

    /// `AddCustomAttributes`: appends to the schema, never changes it. A name the pool already
    /// has is refused (SR-150), as is going past 50 custom attributes (SR-152). Names are given
    /// without `custom:` and stored under `custom:<name>` (SR-151).
    pub(super) fn add_custom_attributes(
        &mut self,
        input: AddCustomAttributesInputBuilder,
    ) -> Result<AddCustomAttributesOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?.to_owned();
        if input.custom_attributes.is_none() {
            return Err(missing("customAttributes"));
        }
        crate::validate::add_custom_attributes(&input).map_err(|e| invalid(e.to_string()))?;
        let pool = self.pool(&id)?;
        let added = input.custom_attributes();
        for attribute in added {
            let name = attribute.name().unwrap_or_default();
            if pool
                .custom_attribute_names()
                .any(|existing| existing == name)
            {
                return Err(invalid(format!(
                    "custom:{name}: Existing attribute already has name custom:{name}."
                )));
            }
        }
        let total = pool.custom_attribute_names().count() + added.len();
        if total > MAX_CUSTOM_ATTRIBUTES {
            return Err(invalid(format!(
                "A user pool can have at most {MAX_CUSTOM_ATTRIBUTES} custom attributes: \
                 adding {} to the {} it has would make {total}.",
                added.len(),
                total - added.len(),
            )));
        }
        let pool = self.pool_mut(&id)?;
        pool.added_attributes
            .extend(input.custom_attributes.into_iter().flatten());
        pool.modified = now();
        Ok(AddCustomAttributesOutput::builder().build())
    }

    /// `UpdateUserPoolDomain`: `Domain` and `UserPoolId` name the domain, which must exist and
    /// belong to the pool. The request changes the managed-login version, a custom domain's
    /// certificate (`CustomDomainConfig`) and routing; what it leaves out stays. A prefix domain
    /// with a `CustomDomainConfig` or `Routing` is refused by the validator, which reads a name
    /// without a dot as a prefix (SR-142 and SR-105: that Cognito refuses them is presumed, not
    /// confirmed, and its error text is not known).
    pub(super) fn update_user_pool_domain(
        &mut self,
        input: UpdateUserPoolDomainInputBuilder,
    ) -> Result<UpdateUserPoolDomainOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let domain = required(input.domain(), "domain")?.to_owned();
        let id = required(input.user_pool_id(), "userPoolId")?.to_owned();
        crate::validate::update_user_pool_domain(&input).map_err(|e| invalid(e.to_string()))?;
        self.pool(&id)?;
        let record = self
            .domains
            .get_mut(&domain)
            .filter(|record| record.user_pool_id == id)
            .ok_or_else(|| {
                not_found(format!("Domain {domain} does not exist in user pool {id}."))
            })?;
        if let Some(version) = input.managed_login_version {
            record.managed_login_version = version;
        }
        if let Some(config) = input.custom_domain_config {
            record.custom = Some(config);
        }
        if let Some(routing) = input.routing {
            record.routing = Some(routing);
        }
        Ok(UpdateUserPoolDomainOutput::builder()
            .managed_login_version(record.managed_login_version)
            .set_cloud_front_domain(record.cloud_front.clone())
            .set_routing(record.routing.clone())
            .build())
    }
}

/// The client `update` makes of `stored`: the request's members with `CreateUserPoolClient`'s
/// defaults for the rest, under the stored client's id, secret, creation date and (when the
/// request sends none) name.
fn replaced(
    stored: &UserPoolClientType,
    update: UpdateUserPoolClientInput,
) -> Result<UserPoolClientType, CallError> {
    let as_created = CreateUserPoolClientInput::builder()
        .set_user_pool_id(update.user_pool_id)
        .set_client_name(update.client_name.or_else(|| stored.client_name.clone()))
        .set_refresh_token_validity(update.refresh_token_validity)
        .set_access_token_validity(update.access_token_validity)
        .set_id_token_validity(update.id_token_validity)
        .set_token_validity_units(update.token_validity_units)
        .set_read_attributes(update.read_attributes)
        .set_write_attributes(update.write_attributes)
        .set_explicit_auth_flows(update.explicit_auth_flows)
        .set_supported_identity_providers(update.supported_identity_providers)
        .set_callback_urls(update.callback_urls)
        .set_logout_urls(update.logout_urls)
        .set_default_redirect_uri(update.default_redirect_uri)
        .set_allowed_o_auth_flows(update.allowed_o_auth_flows)
        .set_allowed_o_auth_scopes(update.allowed_o_auth_scopes)
        .set_allowed_o_auth_flows_user_pool_client(update.allowed_o_auth_flows_user_pool_client)
        .set_analytics_configuration(update.analytics_configuration)
        .set_prevent_user_existence_errors(update.prevent_user_existence_errors)
        .set_enable_token_revocation(update.enable_token_revocation)
        .set_enable_propagate_additional_user_context_data(
            update.enable_propagate_additional_user_context_data,
        )
        .set_auth_session_validity(update.auth_session_validity)
        .set_refresh_token_rotation(update.refresh_token_rotation)
        .build()
        .map_err(|e| build_error(&e))?;
    let client_id = stored.client_id.clone().unwrap_or_default();
    let mut client = new_client(as_created, client_id, stored.client_secret.clone());
    client.creation_date = stored.creation_date;
    Ok(client)
}
