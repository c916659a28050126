//! What Cognito describes, as the requests a wizard sends: read-only members stripped, the plan
//! tag removed, the schema reduced to what a plan declares, MFA split as the plan splits it, and
//! everything the service fills in or mirrors recognised as what the plan sends.
//!
//! [`canonicalize`] is the other half: values that mean the same to the service (a default
//! spelled out or left out, a set in another order) brought to one form. It applies to a plan's
//! requests as well as to the ones read here, so comparing the two finds real differences only.

use std::collections::HashMap;
use std::fmt;

use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::CreateIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::create_resource_server::CreateResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::get_user_pool_mfa_config::GetUserPoolMfaConfigOutput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::types::{
    AdminCreateUserConfigType, AdvancedSecurityModeType, AliasAttributeType, AttributeDataType,
    AuthFactorType, DefaultEmailOptionType, DeletionProtectionType, DomainDescriptionType,
    EmailConfigurationType, EmailSendingAccountType, EncryptionKeyType, ExplicitAuthFlowsType,
    FeatureType, IdentityProviderType, IdentityProviderTypeType, LambdaConfigType,
    MessageTemplateType, OAuthFlowType, PasswordPolicyType, PreTokenGenerationLambdaVersionType,
    PreTokenGenerationVersionConfigType, PreventUserExistenceErrorTypes, ResourceServerType,
    SchemaAttributeType, TimeUnitsType, TokenValidityUnitsType, UserPoolClientType,
    UserPoolMfaType, UserPoolPolicyType, UserPoolTierType, UserPoolType, UsernameAttributeType,
    UsernameConfigurationType, VerificationMessageTemplateType, VerifiedAttributeType,
    WebAuthnConfigurationType, WebAuthnFactorConfigurationType,
};

use crate::PLAN_TAG;
use crate::checkbox::Checkbox;
use crate::review::Requests;
use crate::steps::app::{AuthFlow, OAuthGrantType, OAuthScope};
use crate::steps::built;
use crate::steps::sign_in::ProviderKeysOnly;
use crate::steps::sign_up::StandardAttribute;

/// Everything read about one pool, as the service answered (the client secrets and the
/// identity providers' secrets included: `Debug` shows neither).
#[derive(Clone)]
pub(crate) struct Described {
    pub(crate) pool: UserPoolType,
    pub(crate) mfa: GetUserPoolMfaConfigOutput,
    /// Every app client, oldest first: the first is the wizard's.
    pub(crate) clients: Vec<UserPoolClientType>,
    /// The pool's domains, the custom domain first: the first is the wizard's.
    pub(crate) domains: Vec<DomainDescriptionType>,
    /// Domains the pool names that `DescribeUserPoolDomain` did not know (being deleted).
    pub(crate) missing_domains: Vec<String>,
    /// Every identity provider, oldest first.
    pub(crate) providers: Vec<IdentityProviderType>,
    /// Every resource server, in the listing's order.
    pub(crate) resource_servers: Vec<ResourceServerType>,
}

/// Providers show their name, type and detail keys only ([`ProviderKeysOnly`]): their details
/// hold client secrets.
impl fmt::Debug for Described {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let providers: Vec<ProviderKeysOnly<'_>> = self
            .providers
            .iter()
            .map(ProviderKeysOnly::described)
            .collect();
        f.debug_struct("Described")
            .field("pool", &self.pool)
            .field("mfa", &self.mfa)
            .field("clients", &self.clients)
            .field("domains", &self.domains)
            .field("missing_domains", &self.missing_domains)
            .field("providers", &providers)
            .field("resource_servers", &self.resource_servers)
            .finish()
    }
}

/// The requests that create the described pool as a wizard sends them, in canonical form (see
/// [`canonicalize`]). Without an app client, the client request is empty.
pub(crate) fn requests(described: &Described) -> Requests {
    let (create_user_pool, set_user_pool_mfa_config) =
        pool_requests(&described.pool, &described.mfa);
    let mut requests = Requests {
        create_user_pool,
        set_user_pool_mfa_config,
        create_user_pool_domain: described.domains.first().map(domain_request),
        create_user_pool_client: described
            .clients
            .first()
            .map_or_else(|| Requests::empty().create_user_pool_client, client_request),
        additional_clients: described
            .clients
            .iter()
            .skip(1)
            .map(client_request)
            .collect(),
        identity_providers: described.providers.iter().map(provider_request).collect(),
        resource_servers: described
            .resource_servers
            .iter()
            .map(resource_server_request)
            .collect(),
    };
    canonicalize(&mut requests);
    requests
}

// ---------------------------------------------------------------------------------------------
// Texts Cognito fills in

/// The texts `DescribeUserPool` shows for messages a pool was created without (AWS CLI
/// reference, `describe-user-pool` examples): a request that sends one of them means the same
/// as one that sends none. Kept exactly, trailing space included.
const DEFAULT_CODE_MESSAGE: &str = "Your verification code is {####}. ";
const DEFAULT_CODE_SUBJECT: &str = "Your verification code";
const DEFAULT_LINK_SUBJECT: &str = "Your verification link";
/// The console's link message; not confirmed from a `DescribeUserPool` answer, so both
/// spellings seen in the wild are recognised.
const DEFAULT_LINK_MESSAGES: &[&str] = &[
    "Please click the link below to verify your email address. {##Verify Email##} ",
    "Please click the link below to verify your email address. {##Verify Email##}",
];
const DEFAULT_SMS_AUTHENTICATION: &str = "Your authentication code is {####}. ";
const DEFAULT_INVITATION_MESSAGE: &str =
    "Your username is {username} and temporary password is {####}. ";
const DEFAULT_INVITATION_SUBJECT: &str = "Your temporary password";

/// The temporary password validity Cognito applies when the policy says 0 (SR-041).
const DEFAULT_TEMPORARY_PASSWORD_DAYS: i32 = 7;

/// Clears `text` when it is one of `defaults`.
fn drop_default(text: &mut Option<String>, defaults: &[&str]) {
    if text.as_deref().is_some_and(|t| defaults.contains(&t)) {
        *text = None;
    }
}

// ---------------------------------------------------------------------------------------------
// Describe → requests

/// `CreateUserPool` and, when the plan would send it, `SetUserPoolMfaConfig`.
fn pool_requests(
    pool: &UserPoolType,
    mfa: &GetUserPoolMfaConfigOutput,
) -> (CreateUserPoolInput, Option<SetUserPoolMfaConfigInput>) {
    let mut input = built(CreateUserPoolInput::builder().build());
    input.pool_name.clone_from(&pool.name);
    input.policies.clone_from(&pool.policies);
    input
        .deletion_protection
        .clone_from(&pool.deletion_protection);
    input.lambda_config.clone_from(&pool.lambda_config);
    input
        .auto_verified_attributes
        .clone_from(&pool.auto_verified_attributes);
    input.alias_attributes.clone_from(&pool.alias_attributes);
    input
        .username_attributes
        .clone_from(&pool.username_attributes);
    input
        .verification_message_template
        .clone_from(&pool.verification_message_template);
    // Describe mirrors the template's code texts into the legacy top-level members; a legacy
    // text that is not a mirror stays, for read-back to list.
    let template = pool.verification_message_template.as_ref();
    let mirror = |legacy: &Option<String>, current: Option<&str>| {
        legacy.clone().filter(|text| Some(text.as_str()) != current)
    };
    input.sms_verification_message = mirror(
        &pool.sms_verification_message,
        template.and_then(VerificationMessageTemplateType::sms_message),
    );
    input.email_verification_message = mirror(
        &pool.email_verification_message,
        template.and_then(VerificationMessageTemplateType::email_message),
    );
    input.email_verification_subject = mirror(
        &pool.email_verification_subject,
        template.and_then(VerificationMessageTemplateType::email_subject),
    );
    input
        .sms_authentication_message
        .clone_from(&pool.sms_authentication_message);
    input
        .user_attribute_update_settings
        .clone_from(&pool.user_attribute_update_settings);
    input
        .device_configuration
        .clone_from(&pool.device_configuration);
    input
        .email_configuration
        .clone_from(&pool.email_configuration);
    input.sms_configuration.clone_from(&pool.sms_configuration);
    input.user_pool_tags = pool.user_pool_tags.as_ref().map(|tags| {
        tags.iter()
            .filter(|(key, _)| *key != PLAN_TAG)
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect::<HashMap<_, _>>()
    });
    input.admin_create_user_config = pool.admin_create_user_config.clone().map(|mut config| {
        // Describe repeats the temporary password validity in the legacy member (SR-126);
        // only a different value is the pool's own legacy setting.
        if config.unused_account_validity_days == temporary_password_days(pool.policies.as_ref()) {
            config.unused_account_validity_days = 0;
        }
        config
    });
    input.schema = pool.schema_attributes.as_deref().map(declared_schema);
    input.user_pool_add_ons.clone_from(&pool.user_pool_add_ons);
    input
        .username_configuration
        .clone_from(&pool.username_configuration);
    input
        .account_recovery_setting
        .clone_from(&pool.account_recovery_setting);
    input.user_pool_tier.clone_from(&pool.user_pool_tier);
    input.key_configuration.clone_from(&pool.key_configuration);
    input
        .issuer_configuration
        .clone_from(&pool.issuer_configuration);
    input.acr_configuration.clone_from(&pool.acr_configuration);

    let set = mfa_request(&mut input, pool, mfa);
    (input, set)
}

/// The MFA configuration as the plan splits it: `CreateUserPool.MfaConfiguration` turns on SMS
/// MFA only (as `Security::to_pool`), `SetUserPoolMfaConfig` carries the rest (as
/// `Security::mfa_config`).
fn mfa_request(
    input: &mut CreateUserPoolInput,
    pool: &UserPoolType,
    mfa: &GetUserPoolMfaConfigOutput,
) -> Option<SetUserPoolMfaConfigInput> {
    let level = mfa
        .mfa_configuration()
        .or(pool.mfa_configuration())
        .cloned()
        .unwrap_or(UserPoolMfaType::Off);
    let on = level != UserPoolMfaType::Off;
    // The SMS factor's block repeats the pool's SMS settings, which `CreateUserPool` carries;
    // with MFA off it enables nothing.
    let sms = mfa.sms_mfa_configuration().filter(|_| on).cloned();
    let totp = mfa
        .software_token_mfa_configuration()
        .filter(|totp| totp.enabled)
        .cloned();
    let email = mfa.email_mfa_configuration().cloned();
    let web_authn = mfa
        .web_authn_configuration()
        .cloned()
        .and_then(canonical_web_authn);
    // As `Security::to_pool`: only SMS MFA is turned on by `CreateUserPool`.
    input.mfa_configuration = Some(if sms.is_some() {
        level.clone()
    } else {
        UserPoolMfaType::Off
    });
    // As `Security::mfa_config`: a second call for TOTP, e-mail MFA and passkey settings (and a
    // level without any factor, which only that call can express).
    let needed = totp.is_some() || email.is_some() || web_authn.is_some() || (on && sms.is_none());
    needed.then(|| {
        let mut set = built(SetUserPoolMfaConfigInput::builder().build());
        set.mfa_configuration = Some(level);
        set.sms_mfa_configuration = sms;
        set.software_token_mfa_configuration = totp;
        set.email_mfa_configuration = email;
        set.web_authn_configuration = web_authn;
        set
    })
}

/// The temporary password validity in force.
fn temporary_password_days(policies: Option<&UserPoolPolicyType>) -> i32 {
    match policies
        .and_then(UserPoolPolicyType::password_policy)
        .map(|p| p.temporary_password_validity_days)
    {
        None | Some(0) => DEFAULT_TEMPORARY_PASSWORD_DAYS,
        Some(days) => days,
    }
}

/// What a standard attribute is when nobody declared it, as `DescribeUserPool` lists it.
struct Standard {
    name: &'static str,
    data_type: AttributeDataType,
    /// String length or number value bounds.
    bounds: Option<(&'static str, Option<&'static str>)>,
    mutable: bool,
    required: bool,
}

/// The attributes every pool has (AWS CLI reference, `describe-user-pool` examples): the wizard's
/// standard attributes, their `_verified` flags, `sub` and `identities`.
fn standard(name: &str) -> Option<Standard> {
    let text = |name, bounds| Standard {
        name,
        data_type: AttributeDataType::String,
        bounds,
        mutable: true,
        required: false,
    };
    Some(match name {
        "sub" => Standard {
            mutable: false,
            required: true,
            ..text("sub", Some(("1", Some("2048"))))
        },
        // Listed with empty string constraints.
        "identities" => text("identities", None),
        "email_verified" => Standard {
            data_type: AttributeDataType::Boolean,
            ..text("email_verified", None)
        },
        "phone_number_verified" => Standard {
            data_type: AttributeDataType::Boolean,
            ..text("phone_number_verified", None)
        },
        "birthdate" => text("birthdate", Some(("10", Some("10")))),
        "updated_at" => Standard {
            data_type: AttributeDataType::Number,
            ..text("updated_at", Some(("0", None)))
        },
        other => {
            let attribute = StandardAttribute::ALL
                .into_iter()
                .find(|a| a.name() == other)?;
            text(attribute.name(), Some(("0", Some("2048"))))
        }
    })
}

impl Standard {
    /// Whether `attribute` is this attribute as the service lists it undeclared, whether or
    /// not it is required.
    fn is_plain(&self, attribute: &SchemaAttributeType) -> bool {
        let (min, max) = self.bounds.unwrap_or_default();
        let string_bounds = attribute
            .string_attribute_constraints()
            .map(|c| (c.min_length(), c.max_length()));
        let number_bounds = attribute
            .number_attribute_constraints()
            .map(|c| (c.min_value(), c.max_value()));
        let expected = self.bounds.map(|_| (Some(min), max));
        // No bounds listed (absent or `{}`) are the standard ones: Cognito gives a standard
        // attribute declared without constraints its defaults, and lists `identities` with
        // none; moto lists a declared standard attribute without them.
        let unstated =
            |b: Option<(Option<&str>, Option<&str>)>| b.is_none_or(|b| b == (None, None));
        let bounds_plain = match self.data_type {
            AttributeDataType::String => {
                number_bounds.is_none() && (unstated(string_bounds) || string_bounds == expected)
            }
            AttributeDataType::Number => {
                string_bounds.is_none() && (unstated(number_bounds) || number_bounds == expected)
            }
            _ => string_bounds.is_none() && number_bounds.is_none(),
        };
        attribute
            .attribute_data_type()
            .is_none_or(|t| *t == self.data_type)
            && attribute.developer_only_attribute() != Some(true)
            && attribute.mutable().is_none_or(|m| m == self.mutable)
            && bounds_plain
    }
}

/// The schema a plan declares for the pool whose full schema Describe lists: the required
/// standard attributes as the plan declares them (in the wizard's order), then any standard
/// attribute that differs from the service's default, then the custom attributes under their
/// plain names (`custom:tenant` → `tenant`; `dev:custom:x` → `x`, developer-only).
fn declared_schema(described: &[SchemaAttributeType]) -> Vec<SchemaAttributeType> {
    let mut required = Vec::new();
    let mut unusual = Vec::new();
    let mut custom = Vec::new();
    for attribute in described {
        let name = attribute.name().unwrap_or_default();
        if let Some(plain) = name.strip_prefix("dev:custom:") {
            custom.push(custom_declared(attribute, plain, true));
        } else if let Some(plain) = name.strip_prefix("custom:") {
            custom.push(custom_declared(attribute, plain, false));
        } else {
            match standard(name) {
                Some(standard) if standard.is_plain(attribute) => {
                    let is_required = attribute.required().unwrap_or(standard.required);
                    if is_required && !standard.required {
                        required.push(
                            SchemaAttributeType::builder()
                                .name(standard.name)
                                .required(true)
                                .mutable(true)
                                .build(),
                        );
                    } else if !is_required && standard.required {
                        unusual.push(attribute.clone());
                    }
                }
                _ => unusual.push(attribute.clone()),
            }
        }
    }
    // The wizard declares required attributes in its checkbox order.
    required.sort_by_key(|a| {
        StandardAttribute::ALL
            .iter()
            .position(|s| Some(s.name()) == a.name())
    });
    required.extend(unusual);
    required.extend(custom);
    required
}

/// A custom attribute as a plan declares it: its plain name, `Required` and
/// `DeveloperOnlyAttribute` only when set, and no empty constraints.
fn custom_declared(
    attribute: &SchemaAttributeType,
    plain: &str,
    developer_only: bool,
) -> SchemaAttributeType {
    let mut declared = attribute.clone();
    declared.name = Some(plain.to_owned());
    declared.developer_only_attribute =
        (developer_only || attribute.developer_only_attribute() == Some(true)).then_some(true);
    declared.required = attribute.required().filter(|r| *r);
    if declared
        .string_attribute_constraints
        .as_ref()
        .is_some_and(|c| c.min_length.is_none() && c.max_length.is_none())
    {
        declared.string_attribute_constraints = None;
    }
    if declared
        .number_attribute_constraints
        .as_ref()
        .is_some_and(|c| c.min_value.is_none() && c.max_value.is_none())
    {
        declared.number_attribute_constraints = None;
    }
    declared
}

/// The `CreateUserPoolDomain` request (without `UserPoolId`) that creates `domain`.
fn domain_request(domain: &DomainDescriptionType) -> CreateUserPoolDomainInput {
    let mut input = built(CreateUserPoolDomainInput::builder().build());
    input.domain.clone_from(&domain.domain);
    input.managed_login_version = domain.managed_login_version;
    input
        .custom_domain_config
        .clone_from(&domain.custom_domain_config);
    input.routing.clone_from(&domain.routing);
    input
}

/// The `CreateUserPoolClient` request (without `UserPoolId`) that creates `client`. A secret is
/// `GenerateSecret = true`: never its value, and whether Cognito generated it or it was given
/// is not something Describe tells.
fn client_request(client: &UserPoolClientType) -> CreateUserPoolClientInput {
    let mut input = built(CreateUserPoolClientInput::builder().build());
    input.client_name.clone_from(&client.client_name);
    input.generate_secret = Some(client.client_secret.is_some());
    input.refresh_token_validity = Some(client.refresh_token_validity);
    input.access_token_validity = client.access_token_validity;
    input.id_token_validity = client.id_token_validity;
    input
        .token_validity_units
        .clone_from(&client.token_validity_units);
    input.read_attributes.clone_from(&client.read_attributes);
    input.write_attributes.clone_from(&client.write_attributes);
    input
        .explicit_auth_flows
        .clone_from(&client.explicit_auth_flows);
    input
        .supported_identity_providers
        .clone_from(&client.supported_identity_providers);
    input.callback_urls.clone_from(&client.callback_urls);
    input.logout_urls.clone_from(&client.logout_urls);
    input
        .default_redirect_uri
        .clone_from(&client.default_redirect_uri);
    input
        .allowed_o_auth_flows
        .clone_from(&client.allowed_o_auth_flows);
    input
        .allowed_o_auth_scopes
        .clone_from(&client.allowed_o_auth_scopes);
    input.allowed_o_auth_flows_user_pool_client = client.allowed_o_auth_flows_user_pool_client;
    input
        .analytics_configuration
        .clone_from(&client.analytics_configuration);
    input
        .prevent_user_existence_errors
        .clone_from(&client.prevent_user_existence_errors);
    input.enable_token_revocation = client.enable_token_revocation;
    input.enable_propagate_additional_user_context_data =
        client.enable_propagate_additional_user_context_data;
    input.auth_session_validity = client.auth_session_validity;
    input
        .refresh_token_rotation
        .clone_from(&client.refresh_token_rotation);
    input
}

/// The `CreateIdentityProvider` request (without `UserPoolId`) that creates `provider`, as
/// described: the keys Cognito adds on its own are removed by [`canonicalize`]. A secret the
/// service shows (`client_secret`) is read as sent; one it never shows (`private_key`) is
/// absent, which the comparison reads as unknown, not as none.
fn provider_request(provider: &IdentityProviderType) -> CreateIdentityProviderInput {
    let mut input = built(CreateIdentityProviderInput::builder().build());
    input.provider_name.clone_from(&provider.provider_name);
    input.provider_type.clone_from(&provider.provider_type);
    input
        .provider_details
        .clone_from(&provider.provider_details);
    input
        .attribute_mapping
        .clone_from(&provider.attribute_mapping);
    input.idp_identifiers.clone_from(&provider.idp_identifiers);
    input.acr_mapping.clone_from(&provider.acr_mapping);
    input
}

/// The `CreateResourceServer` request (without `UserPoolId`) that creates `server`.
fn resource_server_request(server: &ResourceServerType) -> CreateResourceServerInput {
    let mut input = built(CreateResourceServerInput::builder().build());
    input.identifier.clone_from(&server.identifier);
    input.name.clone_from(&server.name);
    input.scopes.clone_from(&server.scopes);
    input
}

// ---------------------------------------------------------------------------------------------
// One form for what means the same

/// Brings every value that means the same to the service to one form: defaults the service
/// fills in (password policy, sender, token settings, texts), values left out that mean the
/// default, sets in the wizard's order, empty lists and structures as absent. Applies to a
/// plan's requests as well as to the ones read back.
pub(crate) fn canonicalize(requests: &mut Requests) {
    canonical_pool(&mut requests.create_user_pool);
    if let Some(set) = requests.set_user_pool_mfa_config.as_mut() {
        canonical_mfa(set);
    }
    // MFA off with nothing to configure is what no call leaves.
    if requests
        .set_user_pool_mfa_config
        .as_ref()
        .is_some_and(|set| {
            set.mfa_configuration() == Some(&UserPoolMfaType::Off)
                && set.sms_mfa_configuration.is_none()
                && set.software_token_mfa_configuration.is_none()
                && set.email_mfa_configuration.is_none()
                && set.web_authn_configuration.is_none()
        })
    {
        requests.set_user_pool_mfa_config = None;
    }
    if let Some(domain) = requests.create_user_pool_domain.as_mut() {
        canonical_domain(domain);
    }
    canonical_client(&mut requests.create_user_pool_client);
    for client in &mut requests.additional_clients {
        canonical_client(client);
    }
    for provider in &mut requests.identity_providers {
        canonical_provider(provider);
    }
    for server in &mut requests.resource_servers {
        if server.scopes.as_ref().is_some_and(Vec::is_empty) {
            server.scopes = None;
        }
    }
}

/// The `ProviderDetails` keys `DescribeIdentityProvider` adds for a social provider: the
/// endpoints Cognito uses for it, and how (API reference, `IdentityProviderType`, the "Describe
/// response" examples for Google, Facebook, Login with Amazon and Sign in with Apple; SR-162).
/// A plan never sends them.
const SOCIAL_DESCRIBED_KEYS: &[&str] = &[
    "attributes_url",
    "attributes_url_add_attributes",
    "authorize_url",
    "oidc_issuer",
    "token_request_method",
    "token_url",
];

/// The key `DescribeIdentityProvider` adds for an OIDC provider: read-only, set by Cognito
/// (API reference, `IdentityProviderType`, the OIDC "Describe response" example).
const OIDC_DESCRIBED_KEYS: &[&str] = &["attributes_url_add_attributes"];

/// The keys `DescribeIdentityProvider` adds for a SAML provider: from the metadata (API
/// reference, `IdentityProviderType`, the SAML "Describe response" example; SR-162).
const SAML_DESCRIBED_KEYS: &[&str] = &[
    "ActiveEncryptionCertificate",
    "SLORedirectBindingURI",
    "SSORedirectBindingURI",
];

/// The SAML options that are off unless `"true"` (the plan leaves an option that is off out).
const SAML_FLAGS: &[&str] = &["IDPSignout", "IDPInit", "EncryptedResponses"];

/// The claim Cognito derives a federated user's name from, which `DescribeIdentityProvider`
/// shows as a `username` mapping (Developer Guide, "Mapping `IdP` attributes to profiles and
/// tokens"; SR-165). Not listed for SAML (the subject's `NameID`, whose spelling in a describe
/// is not documented).
fn derived_username(kind: &IdentityProviderTypeType) -> Option<&'static str> {
    match kind {
        IdentityProviderTypeType::Google
        | IdentityProviderTypeType::SignInWithApple
        | IdentityProviderTypeType::Oidc => Some("sub"),
        IdentityProviderTypeType::Facebook => Some("id"),
        IdentityProviderTypeType::LoginWithAmazon => Some("user_id"),
        _ => None,
    }
}

/// A provider without what Cognito adds when describing it: the describe-only detail keys of
/// its type, SAML options that are off spelled out, the `username` mapping it derives itself;
/// empty maps and lists as absent.
fn canonical_provider(provider: &mut CreateIdentityProviderInput) {
    let kind = provider.provider_type.clone();
    if let Some(details) = provider.provider_details.as_mut() {
        let added: &[&str] = match &kind {
            Some(
                IdentityProviderTypeType::Google
                | IdentityProviderTypeType::Facebook
                | IdentityProviderTypeType::LoginWithAmazon
                | IdentityProviderTypeType::SignInWithApple,
            ) => SOCIAL_DESCRIBED_KEYS,
            Some(IdentityProviderTypeType::Oidc) => OIDC_DESCRIBED_KEYS,
            Some(IdentityProviderTypeType::Saml) => SAML_DESCRIBED_KEYS,
            _ => &[],
        };
        let saml = kind == Some(IdentityProviderTypeType::Saml);
        let off = |key: &str, value: &str| saml && SAML_FLAGS.contains(&key) && value == "false";
        details.retain(|key, value| !added.contains(&key.as_str()) && !off(key, value));
    }
    if let (Some(mapping), Some(derived)) = (
        provider.attribute_mapping.as_mut(),
        kind.as_ref().and_then(derived_username),
    ) && mapping.get("username").is_some_and(|v| v == derived)
    {
        mapping.remove("username");
    }
    if provider
        .attribute_mapping
        .as_ref()
        .is_some_and(HashMap::is_empty)
    {
        provider.attribute_mapping = None;
    }
    if provider.idp_identifiers.as_ref().is_some_and(Vec::is_empty) {
        provider.idp_identifiers = None;
    }
    if provider.acr_mapping.as_ref().is_some_and(HashMap::is_empty) {
        provider.acr_mapping = None;
    }
}

/// Sorts `list` into the order of `order` (values it does not list last, as they were) and
/// clears it when empty.
fn in_order<T: PartialEq>(list: &mut Option<Vec<T>>, order: &[T]) {
    if let Some(items) = list.as_mut() {
        items.sort_by_key(|item| order.iter().position(|o| o == item).unwrap_or(order.len()));
    }
    if list.as_ref().is_some_and(Vec::is_empty) {
        *list = None;
    }
}

fn canonical_pool(input: &mut CreateUserPoolInput) {
    canonical_policies(input);
    input
        .deletion_protection
        .get_or_insert(DeletionProtectionType::Inactive);
    canonical_lambda(&mut input.lambda_config);
    canonical_attribute_lists(input);
    canonical_messages(input);
    input.mfa_configuration.get_or_insert(UserPoolMfaType::Off);
    // Without an account, Cognito sends with its own (SR-021).
    input
        .email_configuration
        .get_or_insert_with(|| EmailConfigurationType::builder().build())
        .email_sending_account
        .get_or_insert(EmailSendingAccountType::CognitoDefault);
    if input.user_pool_tags.as_ref().is_some_and(HashMap::is_empty) {
        input.user_pool_tags = None;
    }
    input
        .admin_create_user_config
        .get_or_insert_with(|| AdminCreateUserConfigType::builder().build());
    if input.schema.as_ref().is_some_and(Vec::is_empty) {
        input.schema = None;
    }
    if let Some(add_ons) = input.user_pool_add_ons.as_mut()
        && add_ons
            .advanced_security_additional_flows
            .as_ref()
            .is_some_and(|flows| flows.custom_auth_mode.is_none())
    {
        add_ons.advanced_security_additional_flows = None;
    }
    if input.user_pool_add_ons.as_ref().is_some_and(|add_ons| {
        add_ons.advanced_security_mode == AdvancedSecurityModeType::Off
            && add_ons.advanced_security_additional_flows.is_none()
    }) {
        input.user_pool_add_ons = None;
    }
    // Without the member, user names are case sensitive.
    input.username_configuration.get_or_insert_with(|| {
        built(
            UsernameConfigurationType::builder()
                .case_sensitive(true)
                .build(),
        )
    });
    if let Some(recovery) = input.account_recovery_setting.as_mut()
        && let Some(mechanisms) = recovery.recovery_mechanisms.as_mut()
    {
        mechanisms.sort_by_key(|m| m.priority);
    }
    if input.user_pool_tier == Some(UserPoolTierType::Essentials) {
        input.user_pool_tier = None;
    }
    if input.key_configuration.as_ref().is_some_and(|key| {
        key.key_type
            .as_ref()
            .is_none_or(|t| *t == EncryptionKeyType::AwsOwnedKey)
            && key.kms_key_arn.is_none()
    }) {
        input.key_configuration = None;
    }
    if input
        .acr_configuration
        .as_ref()
        .is_some_and(HashMap::is_empty)
    {
        input.acr_configuration = None;
    }
}

/// The sign-in and verification attribute sets in the wizard's order; empty ones absent.
fn canonical_attribute_lists(input: &mut CreateUserPoolInput) {
    in_order(
        &mut input.auto_verified_attributes,
        &[
            VerifiedAttributeType::Email,
            VerifiedAttributeType::PhoneNumber,
        ],
    );
    in_order(
        &mut input.alias_attributes,
        &[
            AliasAttributeType::Email,
            AliasAttributeType::PhoneNumber,
            AliasAttributeType::PreferredUsername,
        ],
    );
    in_order(
        &mut input.username_attributes,
        &[
            UsernameAttributeType::Email,
            UsernameAttributeType::PhoneNumber,
        ],
    );
    if let Some(settings) = input.user_attribute_update_settings.as_mut() {
        in_order(
            &mut settings.attributes_require_verification_before_update,
            &[
                VerifiedAttributeType::Email,
                VerifiedAttributeType::PhoneNumber,
            ],
        );
        if settings
            .attributes_require_verification_before_update
            .is_none()
        {
            input.user_attribute_update_settings = None;
        }
    }
}

/// Cognito's default password policy (as `CustomPasswordPolicy::default`).
fn default_password_policy() -> PasswordPolicyType {
    PasswordPolicyType::builder()
        .minimum_length(8)
        .require_uppercase(true)
        .require_lowercase(true)
        .require_numbers(true)
        .require_symbols(true)
        .temporary_password_validity_days(DEFAULT_TEMPORARY_PASSWORD_DAYS)
        .build()
}

fn canonical_policies(input: &mut CreateUserPoolInput) {
    let policies = input
        .policies
        .get_or_insert_with(|| UserPoolPolicyType::builder().build());
    let password = policies
        .password_policy
        .get_or_insert_with(default_password_policy);
    password.minimum_length.get_or_insert(8);
    if password.temporary_password_validity_days == 0 {
        password.temporary_password_validity_days = DEFAULT_TEMPORARY_PASSWORD_DAYS;
    }
    if password.password_history_size == Some(0) {
        password.password_history_size = None;
    }
    if let Some(sign_in) = policies.sign_in_policy.as_mut() {
        in_order(
            &mut sign_in.allowed_first_auth_factors,
            &[
                AuthFactorType::Password,
                AuthFactorType::EmailOtp,
                AuthFactorType::SmsOtp,
                AuthFactorType::WebAuthn,
            ],
        );
    }
    // The password alone is every pool's first factor: the policy the plan leaves out.
    if policies
        .sign_in_policy
        .as_ref()
        .is_some_and(|p| p.allowed_first_auth_factors() == [AuthFactorType::Password])
    {
        policies.sign_in_policy = None;
    }
}

fn canonical_lambda(config: &mut Option<LambdaConfigType>) {
    let Some(lambda) = config.as_mut() else {
        return;
    };
    // The legacy member and the versioned one name the same function (SR-051); a legacy ARN
    // alone is version 1.
    match (
        &lambda.pre_token_generation,
        &lambda.pre_token_generation_config,
    ) {
        (Some(arn), None) => {
            lambda.pre_token_generation_config = Some(built(
                PreTokenGenerationVersionConfigType::builder()
                    .lambda_arn(arn.clone())
                    .lambda_version(PreTokenGenerationLambdaVersionType::V10)
                    .build(),
            ));
        }
        (None, Some(versioned)) => lambda.pre_token_generation = Some(versioned.lambda_arn.clone()),
        _ => {}
    }
    let empty = LambdaConfigType::builder().build();
    if *lambda == empty {
        *config = None;
    }
}

fn canonical_messages(input: &mut CreateUserPoolInput) {
    drop_default(&mut input.sms_verification_message, &[DEFAULT_CODE_MESSAGE]);
    drop_default(
        &mut input.email_verification_message,
        &[DEFAULT_CODE_MESSAGE],
    );
    drop_default(
        &mut input.email_verification_subject,
        &[DEFAULT_CODE_SUBJECT],
    );
    drop_default(
        &mut input.sms_authentication_message,
        &[DEFAULT_SMS_AUTHENTICATION],
    );
    if let Some(template) = input.verification_message_template.as_mut() {
        drop_default(&mut template.sms_message, &[DEFAULT_CODE_MESSAGE]);
        drop_default(&mut template.email_message, &[DEFAULT_CODE_MESSAGE]);
        drop_default(&mut template.email_subject, &[DEFAULT_CODE_SUBJECT]);
        drop_default(&mut template.email_message_by_link, DEFAULT_LINK_MESSAGES);
        drop_default(&mut template.email_subject_by_link, &[DEFAULT_LINK_SUBJECT]);
        template
            .default_email_option
            .get_or_insert(DefaultEmailOptionType::ConfirmWithCode);
    }
    let code_only = VerificationMessageTemplateType::builder()
        .default_email_option(DefaultEmailOptionType::ConfirmWithCode)
        .build();
    if input.verification_message_template.as_ref() == Some(&code_only) {
        input.verification_message_template = None;
    }
    if let Some(config) = input.admin_create_user_config.as_mut() {
        if let Some(invitation) = config.invite_message_template.as_mut() {
            drop_default(&mut invitation.email_message, &[DEFAULT_INVITATION_MESSAGE]);
            drop_default(&mut invitation.sms_message, &[DEFAULT_INVITATION_MESSAGE]);
            drop_default(&mut invitation.email_subject, &[DEFAULT_INVITATION_SUBJECT]);
        }
        if config.invite_message_template.as_ref() == Some(&MessageTemplateType::builder().build())
        {
            config.invite_message_template = None;
        }
    }
}

fn canonical_web_authn(
    mut web_authn: WebAuthnConfigurationType,
) -> Option<WebAuthnConfigurationType> {
    // Cognito reports the single-factor default even for pools that never configured passkeys.
    if web_authn.factor_configuration == Some(WebAuthnFactorConfigurationType::SingleFactor) {
        web_authn.factor_configuration = None;
    }
    (web_authn != WebAuthnConfigurationType::builder().build()).then_some(web_authn)
}

fn canonical_mfa(set: &mut SetUserPoolMfaConfigInput) {
    // An omitted level counts as off (SR-106).
    set.mfa_configuration.get_or_insert(UserPoolMfaType::Off);
    if set
        .software_token_mfa_configuration
        .as_ref()
        .is_some_and(|totp| !totp.enabled)
    {
        set.software_token_mfa_configuration = None;
    }
    if let Some(sms) = set.sms_mfa_configuration.as_mut() {
        drop_default(
            &mut sms.sms_authentication_message,
            &[DEFAULT_SMS_AUTHENTICATION],
        );
    }
    set.web_authn_configuration = set
        .web_authn_configuration
        .take()
        .and_then(canonical_web_authn);
}

fn canonical_domain(domain: &mut CreateUserPoolDomainInput) {
    // Version 1 (the classic hosted UI) is what a domain gets without one.
    if domain.managed_login_version == Some(1) {
        domain.managed_login_version = None;
    }
    // A prefix domain is described with an empty `CustomDomainConfig`, which the SDK reads as
    // an empty certificate ARN.
    if domain
        .custom_domain_config
        .as_ref()
        .is_some_and(|c| c.certificate_arn.is_empty())
    {
        domain.custom_domain_config = None;
    }
}

/// A token validity in force: `value` in `unit`, with the service's defaults for what is left
/// out (SR-070, SR-072, SR-136).
fn canonical_validity(
    value: &mut Option<i32>,
    unit: &mut Option<TimeUnitsType>,
    default: (i32, TimeUnitsType),
    default_unit: TimeUnitsType,
) {
    if value.is_none_or(|v| v == 0) {
        *value = Some(default.0);
        *unit = Some(default.1);
    }
    unit.get_or_insert(default_unit);
}

fn canonical_client(client: &mut CreateUserPoolClientInput) {
    if client.generate_secret.is_none() && client.client_secret.is_none() {
        client.generate_secret = Some(false);
    }
    let units = client
        .token_validity_units
        .get_or_insert_with(|| TokenValidityUnitsType::builder().build());
    canonical_validity(
        &mut client.refresh_token_validity,
        &mut units.refresh_token,
        (30, TimeUnitsType::Days),
        TimeUnitsType::Days,
    );
    canonical_validity(
        &mut client.access_token_validity,
        &mut units.access_token,
        (60, TimeUnitsType::Minutes),
        TimeUnitsType::Hours,
    );
    canonical_validity(
        &mut client.id_token_validity,
        &mut units.id_token,
        (60, TimeUnitsType::Minutes),
        TimeUnitsType::Hours,
    );
    // Without a list, a client allows these three (API reference, `CreateUserPoolClient`).
    let flows = client.explicit_auth_flows.get_or_insert_with(|| {
        vec![
            ExplicitAuthFlowsType::AllowRefreshTokenAuth,
            ExplicitAuthFlowsType::AllowCustomAuth,
            ExplicitAuthFlowsType::AllowUserSrpAuth,
        ]
    });
    let order: Vec<ExplicitAuthFlowsType> = <AuthFlow as Checkbox>::ALL
        .iter()
        .map(|flow| flow.wire())
        .collect();
    flows.sort_by_key(|flow| order.iter().position(|o| o == flow).unwrap_or(order.len()));
    if client.allowed_o_auth_flows_user_pool_client == Some(false) {
        client.allowed_o_auth_flows_user_pool_client = None;
    }
    if client.allowed_o_auth_flows_user_pool_client == Some(true) {
        // The wizard always sends both lists with OAuth on.
        client.allowed_o_auth_flows.get_or_insert_with(Vec::new);
        client.allowed_o_auth_scopes.get_or_insert_with(Vec::new);
    } else {
        if client
            .allowed_o_auth_scopes
            .as_ref()
            .is_some_and(Vec::is_empty)
        {
            client.allowed_o_auth_scopes = None;
        }
        if client
            .allowed_o_auth_flows
            .as_ref()
            .is_some_and(Vec::is_empty)
        {
            client.allowed_o_auth_flows = None;
        }
    }
    let grants: Vec<OAuthFlowType> = <OAuthGrantType as Checkbox>::ALL
        .iter()
        .map(|grant| grant.wire())
        .collect();
    if let Some(flows) = client.allowed_o_auth_flows.as_mut() {
        flows.sort_by_key(|flow| {
            grants
                .iter()
                .position(|g| g == flow)
                .unwrap_or(grants.len())
        });
    }
    if let Some(scopes) = client.allowed_o_auth_scopes.as_mut() {
        scopes.sort_by_key(|scope| OAuthScope::from_wire(scope));
    }
    for list in [
        &mut client.callback_urls,
        &mut client.logout_urls,
        &mut client.supported_identity_providers,
    ] {
        if list.as_ref().is_some_and(Vec::is_empty) {
            *list = None;
        }
    }
    // The API's defaults (API reference, `CreateUserPoolClient`).
    client
        .prevent_user_existence_errors
        .get_or_insert(PreventUserExistenceErrorTypes::Legacy);
    client.enable_token_revocation.get_or_insert(true);
    if client.enable_propagate_additional_user_context_data == Some(false) {
        client.enable_propagate_additional_user_context_data = None;
    }
    client.auth_session_validity.get_or_insert(3);
    if client
        .refresh_token_rotation
        .as_ref()
        .is_some_and(|rotation| {
            rotation.feature == FeatureType::Disabled
                && rotation.retry_grace_period_seconds.is_none_or(|s| s == 0)
        })
    {
        client.refresh_token_rotation = None;
    }
}
