//! Step 6, "Review and create": the validated plan of calls and the console's review page.

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::builders::CreateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::builders::CreateUserPoolClientInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::builders::CreateUserPoolDomainInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::builders::SetUserPoolMfaConfigInputBuilder;

use crate::validate::Rule;

/// Rules only review can check, because they span several requests of the plan.
pub(crate) static RULES: &[&Rule] = &[];

/// A reviewed plan: the wire inputs of every call the console would make, all validated.
///
/// Only [`UserPoolWizard::review`](crate::UserPoolWizard::review) makes one, so holding a
/// `Reviewed` means the configuration passed every rule.
#[derive(Debug, Clone)]
pub struct Reviewed {
    pub(crate) create_user_pool: CreateUserPoolInput,
    pub(crate) set_user_pool_mfa_config: Option<SetUserPoolMfaConfigInput>,
    pub(crate) create_user_pool_domain: Option<CreateUserPoolDomainInput>,
    pub(crate) create_user_pool_client: CreateUserPoolClientInput,
}

impl Reviewed {
    /// The `CreateUserPool` request.
    pub fn create_user_pool(&self) -> CreateUserPoolInputBuilder {
        todo!()
    }

    /// The `SetUserPoolMfaConfig` request (without `UserPoolId`, which only the created pool
    /// has), when the plan chose TOTP, e-mail MFA or passkeys.
    pub fn set_user_pool_mfa_config(&self) -> Option<SetUserPoolMfaConfigInputBuilder> {
        todo!()
    }

    /// The `CreateUserPoolDomain` request (without `UserPoolId`), when the plan has a domain.
    pub fn create_user_pool_domain(&self) -> Option<CreateUserPoolDomainInputBuilder> {
        todo!()
    }

    /// The `CreateUserPoolClient` request for the initial app client (without `UserPoolId`).
    pub fn create_user_pool_client(&self) -> CreateUserPoolClientInputBuilder {
        todo!()
    }
}

#[cfg(test)]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    Vec::new()
}
