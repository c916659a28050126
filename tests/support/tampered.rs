//! A Cognito that forwards every call to another one, but tampers with what a test chooses: it
//! can make `CreateUserPoolClient` name a pool that does not exist (so the server itself refuses
//! it), or make `ListUserPools` hand out page tokens that cycle back to the first page (a server
//! bug a listing must survive).

use std::future::Future;
use std::sync::{Arc, Mutex};

use aws_sdk_cognitoidentityprovider::operation::{
    add_custom_attributes::{AddCustomAttributesOutput, builders::AddCustomAttributesInputBuilder},
    create_identity_provider::{
        CreateIdentityProviderOutput, builders::CreateIdentityProviderInputBuilder,
    },
    create_resource_server::{
        CreateResourceServerOutput, builders::CreateResourceServerInputBuilder,
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
        DescribeResourceServerOutput, builders::DescribeResourceServerInputBuilder,
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
use cognito_wizard::client::{CallError, Cognito};

/// The calls a listing may make before [`Tampered`] gives up on it: a listing that follows a
/// cycle of page tokens fails this way instead of running forever.
const MAX_LIST_CALLS: usize = 1000;

/// `inner`, tampered with as the fields say.
#[derive(Clone, Default)]
pub(crate) struct Tampered<C> {
    pub(crate) inner: C,
    /// The pool id every `CreateUserPoolClient` names instead of the planned one.
    pub(crate) client_pool_id: Option<String>,
    /// Whether the last page of `ListUserPools` hands out the first page's token again.
    pub(crate) cycling_list_tokens: bool,
    list: Arc<Mutex<ListState>>,
}

#[derive(Default)]
struct ListState {
    calls: usize,
    first_token: Option<String>,
}

impl<C> Tampered<C> {
    /// `inner`, not tampered with (yet).
    pub(crate) fn new(inner: C) -> Self {
        Tampered {
            inner,
            client_pool_id: None,
            cycling_list_tokens: false,
            list: Arc::default(),
        }
    }

    /// How many `ListUserPools` calls went through.
    pub(crate) fn list_calls(&self) -> usize {
        self.list.lock().expect("lock").calls
    }
}

macro_rules! forward {
    ($($name:ident($input:ty) -> $output:ty;)*) => {
        $(
            fn $name(
                &self,
                input: $input,
            ) -> impl Future<Output = Result<$output, CallError>> + Send {
                Cognito::$name(&self.inner, input)
            }
        )*
    };
}

impl<C: Cognito> Cognito for Tampered<C> {
    forward! {
        create_user_pool(CreateUserPoolInputBuilder) -> CreateUserPoolOutput;
        describe_user_pool(DescribeUserPoolInputBuilder) -> DescribeUserPoolOutput;
        update_user_pool(UpdateUserPoolInputBuilder) -> UpdateUserPoolOutput;
        delete_user_pool(DeleteUserPoolInputBuilder) -> DeleteUserPoolOutput;
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

    fn create_user_pool_client(
        &self,
        input: CreateUserPoolClientInputBuilder,
    ) -> impl Future<Output = Result<CreateUserPoolClientOutput, CallError>> + Send {
        let input = match &self.client_pool_id {
            Some(id) => input.user_pool_id(id),
            None => input,
        };
        Cognito::create_user_pool_client(&self.inner, input)
    }

    fn list_user_pools(
        &self,
        input: ListUserPoolsInputBuilder,
    ) -> impl Future<Output = Result<ListUserPoolsOutput, CallError>> + Send {
        let list = self.list.clone();
        let cycling = self.cycling_list_tokens;
        let answer = Cognito::list_user_pools(&self.inner, input);
        async move {
            let mut out = answer.await?;
            let mut state = list.lock().expect("lock");
            state.calls += 1;
            if state.calls > MAX_LIST_CALLS {
                return Err(CallError::service(
                    "TestLimitExceeded",
                    "the listing followed a cycle of page tokens",
                ));
            }
            if cycling {
                match out.next_token() {
                    Some(token) if state.first_token.is_none() => {
                        state.first_token = Some(token.to_owned());
                    }
                    Some(_) => {}
                    // The last page points back at the second.
                    None => out.next_token.clone_from(&state.first_token),
                }
            }
            Ok(out)
        }
    }

    fn sleep_impl(&self) -> Option<aws_sdk_cognitoidentityprovider::config::SharedAsyncSleep> {
        self.inner.sleep_impl()
    }
}
