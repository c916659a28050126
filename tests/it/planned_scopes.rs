//! The in-memory Cognito with the resource servers a plan's app clients name, made just before
//! the client.
//!
//! Cognito refuses an app client that names a custom scope (`<identifier>/<scope>`) its pool's
//! resource servers lack, and so does the in-memory Cognito. The wizard cannot plan resource
//! servers yet, so a plan whose client names one fails against both; the corpora that exercise
//! read-back and the diff with such clients run through [`PlannedScopes`] until plans create
//! their resource servers. It creates a missing server only, never changes one, so once a plan
//! creates its own servers (before its clients) the shim does nothing and the plan is judged as
//! it is.

use std::collections::BTreeMap;

use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use aws_sdk_cognitoidentityprovider::operation::{
    add_custom_attributes::{AddCustomAttributesOutput, builders::AddCustomAttributesInputBuilder},
    create_identity_provider::{
        CreateIdentityProviderOutput, builders::CreateIdentityProviderInputBuilder,
    },
    create_resource_server::{
        CreateResourceServerInput, CreateResourceServerOutput,
        builders::CreateResourceServerInputBuilder,
    },
    create_user_pool::{CreateUserPoolOutput, builders::CreateUserPoolInputBuilder},
    create_user_pool_client::{
        CreateUserPoolClientOutput, builders::CreateUserPoolClientInputBuilder,
    },
    create_user_pool_domain::{
        CreateUserPoolDomainOutput, builders::CreateUserPoolDomainInputBuilder,
    },
    delete_identity_provider::{
        DeleteIdentityProviderOutput, builders::DeleteIdentityProviderInputBuilder,
    },
    delete_resource_server::{
        DeleteResourceServerOutput, builders::DeleteResourceServerInputBuilder,
    },
    delete_user_pool::{DeleteUserPoolOutput, builders::DeleteUserPoolInputBuilder},
    delete_user_pool_client::{
        DeleteUserPoolClientOutput, builders::DeleteUserPoolClientInputBuilder,
    },
    delete_user_pool_domain::{
        DeleteUserPoolDomainOutput, builders::DeleteUserPoolDomainInputBuilder,
    },
    describe_identity_provider::{
        DescribeIdentityProviderOutput, builders::DescribeIdentityProviderInputBuilder,
    },
    describe_resource_server::{
        DescribeResourceServerInput, DescribeResourceServerOutput,
        builders::DescribeResourceServerInputBuilder,
    },
    describe_user_pool::{DescribeUserPoolOutput, builders::DescribeUserPoolInputBuilder},
    describe_user_pool_client::{
        DescribeUserPoolClientOutput, builders::DescribeUserPoolClientInputBuilder,
    },
    describe_user_pool_domain::{
        DescribeUserPoolDomainOutput, builders::DescribeUserPoolDomainInputBuilder,
    },
    get_user_pool_mfa_config::{
        GetUserPoolMfaConfigOutput, builders::GetUserPoolMfaConfigInputBuilder,
    },
    list_identity_providers::{
        ListIdentityProvidersOutput, builders::ListIdentityProvidersInputBuilder,
    },
    list_resource_servers::{ListResourceServersOutput, builders::ListResourceServersInputBuilder},
    list_user_pool_clients::{
        ListUserPoolClientsOutput, builders::ListUserPoolClientsInputBuilder,
    },
    list_user_pools::{ListUserPoolsOutput, builders::ListUserPoolsInputBuilder},
    set_user_pool_mfa_config::{
        SetUserPoolMfaConfigOutput, builders::SetUserPoolMfaConfigInputBuilder,
    },
    update_identity_provider::{
        UpdateIdentityProviderOutput, builders::UpdateIdentityProviderInputBuilder,
    },
    update_resource_server::{
        UpdateResourceServerOutput, builders::UpdateResourceServerInputBuilder,
    },
    update_user_pool::{UpdateUserPoolOutput, builders::UpdateUserPoolInputBuilder},
    update_user_pool_client::{
        UpdateUserPoolClientOutput, builders::UpdateUserPoolClientInputBuilder,
    },
    update_user_pool_domain::{
        UpdateUserPoolDomainOutput, builders::UpdateUserPoolDomainInputBuilder,
    },
};
use aws_sdk_cognitoidentityprovider::types::ResourceServerScopeType;
use cognito_wizard::client::{CallError, Cognito};
use cognito_wizard::test_util::InMemoryCognito;

/// The in-memory Cognito, making the resource servers an app client names before the client
/// (see the module documentation). Every call goes to the inner service, the ones the shim
/// makes included, so they show in its call log.
pub(crate) struct PlannedScopes(pub(crate) InMemoryCognito);

impl PlannedScopes {
    pub(crate) fn new() -> Self {
        PlannedScopes(InMemoryCognito::new())
    }

    /// Creates, in `pool`, each resource server `scopes` name that the pool does not have,
    /// with the scopes they name of it.
    async fn make_missing_servers(&self, pool: &str, scopes: &[String]) -> Result<(), CallError> {
        let mut servers: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for scope in scopes {
            if let Some((identifier, name)) = scope.rsplit_once('/') {
                servers.entry(identifier).or_default().push(name);
            }
        }
        for (identifier, names) in servers {
            let described = self
                .0
                .describe_resource_server(
                    DescribeResourceServerInput::builder()
                        .user_pool_id(pool)
                        .identifier(identifier),
                )
                .await;
            match described {
                Ok(_) => continue,
                Err(e) if e.code() == Some("ResourceNotFoundException") => {}
                Err(e) => return Err(e),
            }
            let scopes = names
                .iter()
                .map(|name| {
                    ResourceServerScopeType::builder()
                        .scope_name(*name)
                        .scope_description("Named by the plan's app client")
                        .build()
                        .expect("a scope")
                })
                .collect();
            self.0
                .create_resource_server(
                    CreateResourceServerInput::builder()
                        .user_pool_id(pool)
                        .identifier(identifier)
                        .name("Planned scopes")
                        .set_scopes(Some(scopes)),
                )
                .await?;
        }
        Ok(())
    }
}

macro_rules! forward {
    ($($name:ident($input:ty) -> $output:ty;)*) => {
        $(
            fn $name(
                &self,
                input: $input,
            ) -> impl Future<Output = Result<$output, CallError>> + Send {
                Cognito::$name(&self.0, input)
            }
        )*
    };
}

impl Cognito for PlannedScopes {
    forward! {
        create_user_pool(CreateUserPoolInputBuilder) -> CreateUserPoolOutput;
        describe_user_pool(DescribeUserPoolInputBuilder) -> DescribeUserPoolOutput;
        update_user_pool(UpdateUserPoolInputBuilder) -> UpdateUserPoolOutput;
        delete_user_pool(DeleteUserPoolInputBuilder) -> DeleteUserPoolOutput;
        list_user_pools(ListUserPoolsInputBuilder) -> ListUserPoolsOutput;
        set_user_pool_mfa_config(SetUserPoolMfaConfigInputBuilder) -> SetUserPoolMfaConfigOutput;
        get_user_pool_mfa_config(GetUserPoolMfaConfigInputBuilder) -> GetUserPoolMfaConfigOutput;
        describe_user_pool_client(DescribeUserPoolClientInputBuilder) -> DescribeUserPoolClientOutput;
        list_user_pool_clients(ListUserPoolClientsInputBuilder) -> ListUserPoolClientsOutput;
        delete_user_pool_client(DeleteUserPoolClientInputBuilder) -> DeleteUserPoolClientOutput;
        create_user_pool_domain(CreateUserPoolDomainInputBuilder) -> CreateUserPoolDomainOutput;
        describe_user_pool_domain(DescribeUserPoolDomainInputBuilder) -> DescribeUserPoolDomainOutput;
        delete_user_pool_domain(DeleteUserPoolDomainInputBuilder) -> DeleteUserPoolDomainOutput;
        update_user_pool_client(UpdateUserPoolClientInputBuilder) -> UpdateUserPoolClientOutput;
        add_custom_attributes(AddCustomAttributesInputBuilder) -> AddCustomAttributesOutput;
        update_user_pool_domain(UpdateUserPoolDomainInputBuilder) -> UpdateUserPoolDomainOutput;
        create_identity_provider(CreateIdentityProviderInputBuilder) -> CreateIdentityProviderOutput;
        describe_identity_provider(DescribeIdentityProviderInputBuilder) -> DescribeIdentityProviderOutput;
        update_identity_provider(UpdateIdentityProviderInputBuilder) -> UpdateIdentityProviderOutput;
        delete_identity_provider(DeleteIdentityProviderInputBuilder) -> DeleteIdentityProviderOutput;
        list_identity_providers(ListIdentityProvidersInputBuilder) -> ListIdentityProvidersOutput;
        create_resource_server(CreateResourceServerInputBuilder) -> CreateResourceServerOutput;
        describe_resource_server(DescribeResourceServerInputBuilder) -> DescribeResourceServerOutput;
        update_resource_server(UpdateResourceServerInputBuilder) -> UpdateResourceServerOutput;
        delete_resource_server(DeleteResourceServerInputBuilder) -> DeleteResourceServerOutput;
        list_resource_servers(ListResourceServersInputBuilder) -> ListResourceServersOutput;
    }

    async fn create_user_pool_client(
        &self,
        input: CreateUserPoolClientInputBuilder,
    ) -> Result<CreateUserPoolClientOutput, CallError> {
        if let (Some(pool), Some(scopes)) =
            (input.get_user_pool_id(), input.get_allowed_o_auth_scopes())
        {
            self.make_missing_servers(pool, scopes).await?;
        }
        Cognito::create_user_pool_client(&self.0, input).await
    }

    fn sleep_impl(&self) -> Option<aws_sdk_cognitoidentityprovider::config::SharedAsyncSleep> {
        self.0.sleep_impl()
    }
}
