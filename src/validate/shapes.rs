//! The requests that share their members' shapes, each pair seen through one type, so that one
//! rule serves both operations: `CreateUserPool` / `UpdateUserPool`, `CreateUserPoolClient` /
//! `UpdateUserPoolClient`, `CreateUserPoolDomain` / `UpdateUserPoolDomain`.
//!
//! An update is judged as sent: an accessor returns what the request carries, and a member
//! only one of the two operations has reads as absent in the other. What an absent member means
//! differs per operation (`UserPoolTier` is `ESSENTIALS` on create and "unchanged" on update);
//! the methods that say so are here too.

use std::collections::HashMap;

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::UpdateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::UpdateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_domain::UpdateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::types::{
    AccountRecoverySettingType, AcrLevelConfigType, AdminCreateUserConfigType, AliasAttributeType,
    AnalyticsConfigurationType, CustomDomainConfigType, DeletionProtectionType,
    EmailConfigurationType, ExplicitAuthFlowsType, IssuerConfigurationType, KeyConfigurationType,
    LambdaConfigType, OAuthFlowType, PreventUserExistenceErrorTypes, RefreshTokenRotationType,
    RoutingType, SchemaAttributeType, SmsConfigurationType, TokenValidityUnitsType,
    UserAttributeUpdateSettingsType, UserPoolAddOnsType, UserPoolMfaType, UserPoolPolicyType,
    UserPoolTierType, UsernameAttributeType, VerificationMessageTemplateType,
    VerifiedAttributeType,
};

use super::Operation;

// The operations a rule serves, named once.

/// `CreateUserPool` alone: members `UpdateUserPool` does not have, or rules that need what only
/// a create request holds.
pub(crate) const CREATE_POOL: &[Operation] = &[Operation::CreateUserPool];
/// The pool configuration both `CreateUserPool` and `UpdateUserPool` send.
pub(crate) const POOL: &[Operation] = &[Operation::CreateUserPool, Operation::UpdateUserPool];
/// `UpdateUserPool` alone.
pub(crate) const UPDATE_POOL: &[Operation] = &[Operation::UpdateUserPool];
/// `SetUserPoolMfaConfig`.
pub(crate) const MFA_CONFIG: &[Operation] = &[Operation::SetUserPoolMfaConfig];
/// `AddCustomAttributes`.
pub(crate) const ADD_CUSTOM_ATTRIBUTES: &[Operation] = &[Operation::AddCustomAttributes];
/// `CreateUserPoolClient` alone (the secret members).
pub(crate) const CREATE_CLIENT: &[Operation] = &[Operation::CreateUserPoolClient];
/// The app-client settings both `CreateUserPoolClient` and `UpdateUserPoolClient` send.
pub(crate) const CLIENT: &[Operation] = &[
    Operation::CreateUserPoolClient,
    Operation::UpdateUserPoolClient,
];
/// `UpdateUserPoolClient` alone.
pub(crate) const UPDATE_CLIENT: &[Operation] = &[Operation::UpdateUserPoolClient];
/// `CreateUserPoolDomain` alone.
pub(crate) const CREATE_DOMAIN: &[Operation] = &[Operation::CreateUserPoolDomain];
/// The domain settings both `CreateUserPoolDomain` and `UpdateUserPoolDomain` send.
pub(crate) const DOMAIN: &[Operation] = &[
    Operation::CreateUserPoolDomain,
    Operation::UpdateUserPoolDomain,
];
/// `CreateIdentityProvider` alone.
pub(crate) const CREATE_IDP: &[Operation] = &[Operation::CreateIdentityProvider];
/// Both identity-provider operations.
pub(crate) const IDP: &[Operation] = &[
    Operation::CreateIdentityProvider,
    Operation::UpdateIdentityProvider,
];
/// Both resource-server operations.
pub(crate) const RESOURCE_SERVER: &[Operation] = &[
    Operation::CreateResourceServer,
    Operation::UpdateResourceServer,
];

/// Accessors that both inputs of a pair have, with the SDK's names and return types.
macro_rules! shared {
    ($view:ident { $($name:ident -> $ty:ty;)* }) => {
        impl<'a> $view<'a> {
            $(
                pub(crate) fn $name(self) -> $ty {
                    match self {
                        $view::Create(input) => input.$name(),
                        $view::Update(input) => input.$name(),
                    }
                }
            )*
        }
    };
}

/// A `CreateUserPool` or an `UpdateUserPool` request.
#[derive(Debug, Clone, Copy)]
pub(crate) enum PoolRequest<'a> {
    /// A new pool.
    Create(&'a CreateUserPoolInput),
    /// A change to an existing pool.
    Update(&'a UpdateUserPoolInput),
}

shared!(PoolRequest {
    policies -> Option<&'a UserPoolPolicyType>;
    deletion_protection -> Option<&'a DeletionProtectionType>;
    lambda_config -> Option<&'a LambdaConfigType>;
    auto_verified_attributes -> &'a [VerifiedAttributeType];
    sms_verification_message -> Option<&'a str>;
    email_verification_message -> Option<&'a str>;
    email_verification_subject -> Option<&'a str>;
    verification_message_template -> Option<&'a VerificationMessageTemplateType>;
    sms_authentication_message -> Option<&'a str>;
    user_attribute_update_settings -> Option<&'a UserAttributeUpdateSettingsType>;
    mfa_configuration -> Option<&'a UserPoolMfaType>;
    email_configuration -> Option<&'a EmailConfigurationType>;
    sms_configuration -> Option<&'a SmsConfigurationType>;
    user_pool_tags -> Option<&'a HashMap<String, String>>;
    admin_create_user_config -> Option<&'a AdminCreateUserConfigType>;
    user_pool_add_ons -> Option<&'a UserPoolAddOnsType>;
    account_recovery_setting -> Option<&'a AccountRecoverySettingType>;
    pool_name -> Option<&'a str>;
    user_pool_tier -> Option<&'a UserPoolTierType>;
    key_configuration -> Option<&'a KeyConfigurationType>;
    issuer_configuration -> Option<&'a IssuerConfigurationType>;
    acr_configuration -> Option<&'a HashMap<String, AcrLevelConfigType>>;
});

impl<'a> PoolRequest<'a> {
    /// Whether this is a `CreateUserPool` request.
    pub(crate) fn is_create(self) -> bool {
        matches!(self, PoolRequest::Create(_))
    }

    /// The feature plan the tier-gated rules judge: on create, the sent tier or `ESSENTIALS`
    /// when absent (SR-055); on update, the sent tier only, since an absent one keeps the
    /// pool's plan, which the request does not show (SR-123). `None`: unknown, gate nothing.
    pub(crate) fn tier(self) -> Option<&'a str> {
        match self {
            PoolRequest::Create(input) => {
                Some(input.user_pool_tier().map_or("ESSENTIALS", |t| t.as_str()))
            }
            PoolRequest::Update(input) => input.user_pool_tier().map(UserPoolTierType::as_str),
        }
    }

    /// Whether `AutoVerifiedAttributes` is a member of the request (an `UpdateUserPool`
    /// without it resets the list to empty, SR-121).
    pub(crate) fn auto_verified_attributes_sent(self) -> bool {
        match self {
            PoolRequest::Create(input) => input.auto_verified_attributes.is_some(),
            PoolRequest::Update(input) => input.auto_verified_attributes.is_some(),
        }
    }

    /// `UsernameAttributes`, a `CreateUserPool` member only (SR-125).
    pub(crate) fn username_attributes(self) -> &'a [UsernameAttributeType] {
        match self {
            PoolRequest::Create(input) => input.username_attributes(),
            PoolRequest::Update(_) => &[],
        }
    }

    /// `AliasAttributes`, a `CreateUserPool` member only (SR-125).
    pub(crate) fn alias_attributes(self) -> &'a [AliasAttributeType] {
        match self {
            PoolRequest::Create(input) => input.alias_attributes(),
            PoolRequest::Update(_) => &[],
        }
    }

    /// `Schema` as sent, a `CreateUserPool` member only (SR-125).
    pub(crate) fn schema(self) -> Option<&'a [SchemaAttributeType]> {
        match self {
            PoolRequest::Create(input) => input.schema.as_deref(),
            PoolRequest::Update(_) => None,
        }
    }
}

/// A `CreateUserPoolClient` or an `UpdateUserPoolClient` request.
#[derive(Debug, Clone, Copy)]
pub(crate) enum ClientRequest<'a> {
    /// A new app client.
    Create(&'a CreateUserPoolClientInput),
    /// A change to an existing app client.
    Update(&'a UpdateUserPoolClientInput),
}

shared!(ClientRequest {
    client_name -> Option<&'a str>;
    refresh_token_validity -> Option<i32>;
    access_token_validity -> Option<i32>;
    id_token_validity -> Option<i32>;
    token_validity_units -> Option<&'a TokenValidityUnitsType>;
    read_attributes -> &'a [String];
    write_attributes -> &'a [String];
    explicit_auth_flows -> &'a [ExplicitAuthFlowsType];
    supported_identity_providers -> &'a [String];
    callback_urls -> &'a [String];
    logout_urls -> &'a [String];
    default_redirect_uri -> Option<&'a str>;
    allowed_o_auth_flows -> &'a [OAuthFlowType];
    allowed_o_auth_scopes -> &'a [String];
    allowed_o_auth_flows_user_pool_client -> Option<bool>;
    analytics_configuration -> Option<&'a AnalyticsConfigurationType>;
    prevent_user_existence_errors -> Option<&'a PreventUserExistenceErrorTypes>;
    enable_propagate_additional_user_context_data -> Option<bool>;
    auth_session_validity -> Option<i32>;
    refresh_token_rotation -> Option<&'a RefreshTokenRotationType>;
});

impl<'a> ClientRequest<'a> {
    /// Whether this is a `CreateUserPoolClient` request.
    pub(crate) fn is_create(self) -> bool {
        matches!(self, ClientRequest::Create(_))
    }

    /// `ClientSecret`, a `CreateUserPoolClient` member only (SR-138).
    pub(crate) fn client_secret(self) -> Option<&'a str> {
        match self {
            ClientRequest::Create(input) => input.client_secret(),
            ClientRequest::Update(_) => None,
        }
    }

    /// `GenerateSecret`, a `CreateUserPoolClient` member only (SR-138).
    pub(crate) fn generate_secret(self) -> Option<bool> {
        match self {
            ClientRequest::Create(input) => input.generate_secret(),
            ClientRequest::Update(_) => None,
        }
    }

    /// Whether the client is confidential: on create, a generated or a custom secret; on
    /// update `None`, since the secret is the stored client's (SR-138).
    pub(crate) fn has_secret(self) -> Option<bool> {
        match self {
            ClientRequest::Create(input) => {
                Some(input.generate_secret() == Some(true) || input.client_secret().is_some())
            }
            ClientRequest::Update(_) => None,
        }
    }
}

/// A `CreateUserPoolDomain` or an `UpdateUserPoolDomain` request.
#[derive(Debug, Clone, Copy)]
pub(crate) enum DomainRequest<'a> {
    /// A new domain.
    Create(&'a CreateUserPoolDomainInput),
    /// A change to an existing domain.
    Update(&'a UpdateUserPoolDomainInput),
}

shared!(DomainRequest {
    domain -> Option<&'a str>;
    managed_login_version -> Option<i32>;
    custom_domain_config -> Option<&'a CustomDomainConfigType>;
    routing -> Option<&'a RoutingType>;
});

impl DomainRequest<'_> {
    /// Whether `Domain` names a custom domain. On create, a custom domain comes with its
    /// `CustomDomainConfig`. An update only names the domain it changes (SR-142) and may leave
    /// the certificate alone, so a name with a dot is a custom domain too: prefixes have none
    /// (SR-100, SR-144).
    pub(crate) fn is_custom(self) -> bool {
        match self {
            DomainRequest::Create(input) => input.custom_domain_config().is_some(),
            DomainRequest::Update(input) => {
                input.custom_domain_config().is_some()
                    || input.domain().is_some_and(|d| d.contains('.'))
            }
        }
    }

    /// Whether this is a `CreateUserPoolDomain` request.
    pub(crate) fn is_create(self) -> bool {
        matches!(self, DomainRequest::Create(_))
    }
}
