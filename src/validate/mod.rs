//! Validation of the wire inputs, as strict as Cognito: every constraint of the service model
//! and every confirmed or documented cross-field rule.
//!
//! The same checks run in [`UserPoolWizard::review`](crate::UserPoolWizard::review) and in the
//! entry points below, which take raw SDK inputs so code that builds requests by hand gets them
//! too: the plan's creates, and the requests that change a pool or add to it. Each rule lives
//! beside the wizard step that owns it; [`catalog`] lists them all, each once with the
//! operations it serves.
//!
//! An update is judged as sent: an omitted member is not a violation, and a rule that needs the
//! pool as it is stored (its feature plan when the update does not send one, its other
//! identity providers, its schema) does not reject a lone request.
//!
//! # Examples
//!
//! ```
//! use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
//! use aws_sdk_cognitoidentityprovider::types::{PasswordPolicyType, UserPoolPolicyType};
//!
//! let input = CreateUserPoolInput::builder()
//!     .pool_name("my pool!") // `!` is not allowed in pool names
//!     .policies(
//!         UserPoolPolicyType::builder()
//!             .password_policy(PasswordPolicyType::builder().minimum_length(3).build())
//!             .build(),
//!     )
//!     .build()
//!     .unwrap();
//!
//! let errors = cognito_wizard::validate::create_user_pool(&input).unwrap_err();
//! assert_eq!(errors.len(), 2); // every violation, not just the first
//! let report = errors.to_string();
//! assert!(report.contains("Policies.PasswordPolicy.MinimumLength"));
//! assert!(report.contains("PoolName"));
//! ```

pub(crate) mod check;
mod report;
pub(crate) mod shapes;

use std::sync::LazyLock;

use aws_sdk_cognitoidentityprovider::operation::add_custom_attributes::AddCustomAttributesInput;
use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::CreateIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::create_resource_server::CreateResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::operation::update_identity_provider::UpdateIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::update_resource_server::UpdateResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::UpdateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::UpdateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_domain::UpdateUserPoolDomainInput;

pub use report::{Operation, Rule, Step, ValidationErrors, Violation};

use crate::steps::app::resource_server_rules::ResourceServerRequest;
use crate::steps::sign_in::idp_rules::IdpRequest;
use crate::steps::{app, messaging, security, sign_in, sign_up};
use check::Report;
use shapes::{ClientRequest, DomainRequest, PoolRequest};

/// Checks a `CreateUserPool` request as the service would.
///
/// # Errors
///
/// Every violated rule, each with its wire path and console label.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
///
/// let input = CreateUserPoolInput::builder().pool_name("my-user-pool").build().unwrap();
/// assert!(cognito_wizard::validate::create_user_pool(&input).is_ok());
/// ```
pub fn create_user_pool(input: &CreateUserPoolInput) -> Result<(), ValidationErrors> {
    let mut report = Report::request(Operation::CreateUserPool);
    check_user_pool(PoolRequest::Create(input), &mut report);
    report.finish()
}

/// Checks an `UpdateUserPool` request as the service would, as sent: a member it leaves out is
/// not judged, and an absent `UserPoolTier` keeps the pool's plan (so the plan-gated rules judge
/// an update only when it sends `UserPoolTier`). One exception is the service's own: an update
/// that sends `UserAttributeUpdateSettings` without `AutoVerifiedAttributes` resets the latter
/// to empty, and is judged so.
///
/// # Errors
///
/// Every violated rule, each with its wire path and console label; every violation's
/// [`operation`](Violation::operation) is `UpdateUserPool`.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::update_user_pool::UpdateUserPoolInput;
/// use aws_sdk_cognitoidentityprovider::types::{
///     PasswordPolicyType, UserPoolPolicyType, UserPoolTierType,
/// };
/// use cognito_wizard::validate::{self, Operation};
///
/// // Only what changes: the password policy and the plan.
/// let input = UpdateUserPoolInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .user_pool_tier(UserPoolTierType::Lite)
///     .policies(
///         UserPoolPolicyType::builder()
///             .password_policy(PasswordPolicyType::builder().password_history_size(5).build())
///             .build(),
///     )
///     .build()
///     .unwrap();
/// let errors = validate::update_user_pool(&input).unwrap_err();
/// assert!(errors.has_code("password-history-needs-essentials")); // LITE keeps no history
/// assert_eq!(errors.violations()[0].operation(), Operation::UpdateUserPool);
/// assert!(errors.to_string().starts_with("the UpdateUserPool request has 1 problem:"));
/// ```
pub fn update_user_pool(input: &UpdateUserPoolInput) -> Result<(), ValidationErrors> {
    let mut report = Report::request(Operation::UpdateUserPool);
    app::pool_rules::check_user_pool_id(input.user_pool_id(), &mut report);
    check_user_pool(PoolRequest::Update(input), &mut report);
    report.finish()
}

/// Checks a `SetUserPoolMfaConfig` request as the service would. The call replaces the pool's
/// whole MFA state, so the request is judged as that state: an absent `MfaConfiguration` is
/// `OFF`, and a factor not sent is off. Whether a factor suits the pool (e-mail MFA needs an SES
/// sender, SMS MFA a sender when the request gives none) needs the pool: not judged.
///
/// # Errors
///
/// Every violated rule, each with its wire path and console label.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
/// use aws_sdk_cognitoidentityprovider::types::{SoftwareTokenMfaConfigType, UserPoolMfaType};
///
/// // Required MFA with authenticator apps.
/// let totp = SoftwareTokenMfaConfigType::builder().enabled(true).build();
/// let input = SetUserPoolMfaConfigInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .mfa_configuration(UserPoolMfaType::On)
///     .software_token_mfa_configuration(totp.clone())
///     .build()
///     .unwrap();
/// assert!(cognito_wizard::validate::set_user_pool_mfa_config(&input).is_ok());
///
/// // MFA off, yet a factor block: refused, even one that disables its factor.
/// let input = SetUserPoolMfaConfigInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .mfa_configuration(UserPoolMfaType::Off)
///     .software_token_mfa_configuration(SoftwareTokenMfaConfigType::builder().enabled(false).build())
///     .build()
///     .unwrap();
/// let errors = cognito_wizard::validate::set_user_pool_mfa_config(&input).unwrap_err();
/// assert!(errors.has_code("set-mfa-off-without-factors"));
/// ```
pub fn set_user_pool_mfa_config(input: &SetUserPoolMfaConfigInput) -> Result<(), ValidationErrors> {
    let mut report = Report::request(Operation::SetUserPoolMfaConfig);
    app::pool_rules::check_user_pool_id(input.user_pool_id(), &mut report);
    security::mfa_rules::check(input, &mut report);
    security::mfa_rules::check_sms_mfa(input, &mut report);
    report.finish()
}

/// Checks an `AddCustomAttributes` request as the service would, without knowledge of the
/// pool's schema (a name it already has, or the pool's 50-attribute total, are not judged).
///
/// # Errors
///
/// Every violated rule, each with its wire path and console label.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::add_custom_attributes::AddCustomAttributesInput;
/// use aws_sdk_cognitoidentityprovider::types::{AttributeDataType, SchemaAttributeType};
///
/// let attribute = |name: &str| {
///     SchemaAttributeType::builder()
///         .name(name)
///         .attribute_data_type(AttributeDataType::String)
///         .mutable(true)
///         .build()
/// };
/// let input = AddCustomAttributesInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .custom_attributes(attribute("tenant"))
///     .build()
///     .unwrap();
/// assert!(cognito_wizard::validate::add_custom_attributes(&input).is_ok());
///
/// // Cognito adds `custom:` itself: this would become `custom:custom:tenant`.
/// let input = AddCustomAttributesInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .custom_attributes(attribute("custom:tenant"))
///     .build()
///     .unwrap();
/// let errors = cognito_wizard::validate::add_custom_attributes(&input).unwrap_err();
/// assert!(errors.has_code("add-custom-attributes-name-prefix"));
/// ```
pub fn add_custom_attributes(input: &AddCustomAttributesInput) -> Result<(), ValidationErrors> {
    let mut report = Report::request(Operation::AddCustomAttributes);
    app::pool_rules::check_user_pool_id(input.user_pool_id(), &mut report);
    sign_up::custom_attribute_rules::check(input, &mut report);
    report.finish()
}

/// Checks a `CreateUserPoolClient` request as the service would, without knowledge of the pool
/// it names (rules that need the pool's identity providers or resource servers do not reject).
///
/// # Errors
///
/// Every violated rule, each with its wire path and console label.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
///
/// let input = CreateUserPoolClientInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .client_name("my-app-client")
///     .build()
///     .unwrap();
/// assert!(cognito_wizard::validate::create_user_pool_client(&input).is_ok());
/// ```
pub fn create_user_pool_client(input: &CreateUserPoolClientInput) -> Result<(), ValidationErrors> {
    let mut report = Report::request(Operation::CreateUserPoolClient);
    app::client_rules::check_user_pool_id(input.user_pool_id(), &mut report);
    app::client_rules::check(ClientRequest::Create(input), &mut report);
    report.finish()
}

/// Checks an `UpdateUserPoolClient` request as the service would, as sent. The update replaces
/// the whole client, so a member it leaves out means that member's default (no callback URLs,
/// token lifetimes of 1 hour and 30 days, ...), which is how the rules read it. Rules that need
/// the client's secret do not judge an update: the secret is the stored client's.
///
/// # Errors
///
/// Every violated rule, each with its wire path and console label.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::UpdateUserPoolClientInput;
/// use aws_sdk_cognitoidentityprovider::types::{OAuthFlowType, TimeUnitsType, TokenValidityUnitsType};
///
/// let input = UpdateUserPoolClientInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .client_id("1example23456789")
///     .access_token_validity(60)
///     .token_validity_units(
///         TokenValidityUnitsType::builder().access_token(TimeUnitsType::Minutes).build(),
///     )
///     .build()
///     .unwrap();
/// assert!(cognito_wizard::validate::update_user_pool_client(&input).is_ok());
///
/// // The code grant, and the callback URLs left out: the update clears them.
/// let input = UpdateUserPoolClientInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .client_id("1example23456789")
///     .allowed_o_auth_flows(OAuthFlowType::Code)
///     .allowed_o_auth_scopes("openid")
///     .allowed_o_auth_flows_user_pool_client(true)
///     .build()
///     .unwrap();
/// let errors = cognito_wizard::validate::update_user_pool_client(&input).unwrap_err();
/// assert!(errors.has_code("oauth-flow-needs-callback-url"));
/// ```
pub fn update_user_pool_client(input: &UpdateUserPoolClientInput) -> Result<(), ValidationErrors> {
    let mut report = Report::request(Operation::UpdateUserPoolClient);
    app::client_rules::check_user_pool_id(input.user_pool_id(), &mut report);
    app::client_rules::check_client_id(input.client_id(), &mut report);
    app::client_rules::check(ClientRequest::Update(input), &mut report);
    report.finish()
}

/// Checks a `CreateUserPoolDomain` request as the service would.
///
/// # Errors
///
/// Every violated rule, each with its wire path and console label.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;
///
/// let input = CreateUserPoolDomainInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .domain("my-aws-app") // `aws` is reserved as a whole segment
///     .build()
///     .unwrap();
/// let errors = cognito_wizard::validate::create_user_pool_domain(&input).unwrap_err();
/// assert!(errors.to_string().contains("Domain"));
/// ```
pub fn create_user_pool_domain(input: &CreateUserPoolDomainInput) -> Result<(), ValidationErrors> {
    let mut report = Report::request(Operation::CreateUserPoolDomain);
    app::domain_rules::check_user_pool_id(input.user_pool_id(), &mut report);
    app::domain_rules::check(DomainRequest::Create(input), &mut report);
    report.finish()
}

/// Checks an `UpdateUserPoolDomain` request as the service would. `Domain` names the domain to
/// change: a prefix, or a custom domain's fully qualified name (a name with a dot, which need
/// not come with its `CustomDomainConfig` when the certificate stays).
///
/// # Errors
///
/// Every violated rule, each with its wire path and console label.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::update_user_pool_domain::UpdateUserPoolDomainInput;
///
/// // Move a custom domain to managed login.
/// let input = UpdateUserPoolDomainInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .domain("auth.example.com")
///     .managed_login_version(2)
///     .build()
///     .unwrap();
/// assert!(cognito_wizard::validate::update_user_pool_domain(&input).is_ok());
///
/// let input = UpdateUserPoolDomainInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .domain("my-login")
///     .managed_login_version(3)
///     .build()
///     .unwrap();
/// let errors = cognito_wizard::validate::update_user_pool_domain(&input).unwrap_err();
/// assert!(errors.has_code("managed-login-version"));
/// ```
pub fn update_user_pool_domain(input: &UpdateUserPoolDomainInput) -> Result<(), ValidationErrors> {
    let mut report = Report::request(Operation::UpdateUserPoolDomain);
    app::domain_rules::check_user_pool_id(input.user_pool_id(), &mut report);
    app::domain_rules::check(DomainRequest::Update(input), &mut report);
    report.finish()
}

/// Checks a `CreateIdentityProvider` request as the service would, without knowledge of the
/// pool (a name or identifier another provider has, or a mapped attribute the pool lacks, are
/// not judged). No report quotes a secret of `ProviderDetails`.
///
/// # Errors
///
/// Every violated rule, each with its wire path and console label.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::CreateIdentityProviderInput;
/// use aws_sdk_cognitoidentityprovider::types::IdentityProviderTypeType;
///
/// let google = CreateIdentityProviderInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .provider_name("Google")
///     .provider_type(IdentityProviderTypeType::Google)
///     .provider_details("client_id", "1234-abcd.apps.googleusercontent.com")
///     .provider_details("client_secret", "not-a-real-secret")
///     .provider_details("authorize_scopes", "openid email profile")
///     .attribute_mapping("email", "email");
/// assert!(cognito_wizard::validate::create_identity_provider(&google.clone().build().unwrap()).is_ok());
///
/// // A social provider is named after its type.
/// let input = google.provider_name("MyGoogle").build().unwrap();
/// let errors = cognito_wizard::validate::create_identity_provider(&input).unwrap_err();
/// assert!(errors.has_code("idp-social-provider-name"));
/// ```
pub fn create_identity_provider(
    input: &CreateIdentityProviderInput,
) -> Result<(), ValidationErrors> {
    let mut report = Report::request(Operation::CreateIdentityProvider);
    app::pool_rules::check_user_pool_id(input.user_pool_id(), &mut report);
    sign_in::idp_rules::check(IdpRequest::Create(input), &mut report);
    report.finish()
}

/// Checks an `UpdateIdentityProvider` request as the service would. The provider's type is the
/// stored one and the request may leave details out, so the rules that depend on the type judge
/// only the keys it sends.
///
/// # Errors
///
/// Every violated rule, each with its wire path and console label.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::update_identity_provider::UpdateIdentityProviderInput;
///
/// let input = UpdateIdentityProviderInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .provider_name("Corporate IdP") // existing names may hold spaces
///     .provider_details("oidc_issuer", "http://idp.example.com")
///     .build()
///     .unwrap();
/// let errors = cognito_wizard::validate::update_identity_provider(&input).unwrap_err();
/// assert!(errors.has_code("idp-oidc-https"));
/// ```
pub fn update_identity_provider(
    input: &UpdateIdentityProviderInput,
) -> Result<(), ValidationErrors> {
    let mut report = Report::request(Operation::UpdateIdentityProvider);
    app::pool_rules::check_user_pool_id(input.user_pool_id(), &mut report);
    sign_in::idp_rules::check(IdpRequest::Update(input), &mut report);
    report.finish()
}

/// Checks a `CreateResourceServer` request as the service would, without knowledge of the pool
/// (an identifier another server has is not judged).
///
/// # Errors
///
/// Every violated rule, each with its wire path and console label.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::create_resource_server::CreateResourceServerInput;
/// use aws_sdk_cognitoidentityprovider::types::ResourceServerScopeType;
///
/// let scope = |name: &str| {
///     ResourceServerScopeType::builder()
///         .scope_name(name)
///         .scope_description("Read the orders")
///         .build()
///         .unwrap()
/// };
/// let server = CreateResourceServerInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .identifier("https://api.example.com")
///     .name("Orders API");
/// let input = server.clone().scopes(scope("orders.read")).build().unwrap();
/// assert!(cognito_wizard::validate::create_resource_server(&input).is_ok());
///
/// // `/` separates the identifier from the scope name: not allowed in the name.
/// let input = server.scopes(scope("orders/read")).build().unwrap();
/// let errors = cognito_wizard::validate::create_resource_server(&input).unwrap_err();
/// assert!(errors.has_code("resource-server-scope-name"));
/// ```
pub fn create_resource_server(input: &CreateResourceServerInput) -> Result<(), ValidationErrors> {
    let mut report = Report::request(Operation::CreateResourceServer);
    app::pool_rules::check_user_pool_id(input.user_pool_id(), &mut report);
    app::resource_server_rules::check(ResourceServerRequest::Create(input), &mut report);
    report.finish()
}

/// Checks an `UpdateResourceServer` request as the service would. The update replaces the
/// server: `Name` is required again, and `Scopes` left out removes every scope (which is
/// allowed).
///
/// # Errors
///
/// Every violated rule, each with its wire path and console label.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::update_resource_server::UpdateResourceServerInput;
///
/// let input = UpdateResourceServerInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .identifier("https://api.example.com")
///     .build()
///     .unwrap();
/// let errors = cognito_wizard::validate::update_resource_server(&input).unwrap_err();
/// assert!(errors.to_string().contains("Name"));
/// ```
pub fn update_resource_server(input: &UpdateResourceServerInput) -> Result<(), ValidationErrors> {
    let mut report = Report::request(Operation::UpdateResourceServer);
    app::pool_rules::check_user_pool_id(input.user_pool_id(), &mut report);
    app::resource_server_rules::check(ResourceServerRequest::Update(input), &mut report);
    report.finish()
}

/// Runs every step's user-pool rules into `report`.
pub(crate) fn check_user_pool(input: PoolRequest<'_>, report: &mut Report) {
    sign_in::rules::check(input, report);
    security::rules::check(input, report);
    sign_up::rules::check(input, report);
    messaging::rules::check(input, report);
    app::pool_rules::check(input, report);
}

/// Every rule the crate checks, each once, in wizard order (then in the order of the first
/// operation each serves).
///
/// # Examples
///
/// ```
/// use cognito_wizard::validate::{catalog, Operation, Step};
///
/// let rule = catalog()
///     .iter()
///     .find(|r| r.path == "Policies.PasswordPolicy.MinimumLength")
///     .unwrap();
/// assert_eq!(rule.step, Step::Security);
/// assert_eq!(rule.label, "Password minimum length");
/// assert!(rule.serves(Operation::CreateUserPool) && rule.serves(Operation::UpdateUserPool));
///
/// let idp_rules = catalog().iter().filter(|r| r.serves(Operation::CreateIdentityProvider));
/// assert!(idp_rules.count() > 10);
/// ```
pub fn catalog() -> &'static [&'static Rule] {
    static CATALOG: LazyLock<Vec<&'static Rule>> = LazyLock::new(|| {
        let mut all: Vec<&'static Rule> = Vec::new();
        for rules in [
            sign_in::rules::RULES,
            sign_in::idp_rules::RULES,
            security::rules::RULES,
            security::mfa_rules::RULES,
            sign_up::rules::RULES,
            sign_up::custom_attribute_rules::RULES,
            messaging::rules::RULES,
            app::pool_rules::RULES,
            app::domain_rules::RULES,
            app::client_rules::RULES,
            app::resource_server_rules::RULES,
            crate::review::RULES,
        ] {
            all.extend_from_slice(rules);
        }
        all.sort_by_key(|r| (r.step, r.operations.first().copied()));
        all
    });
    &CATALOG
}

#[cfg(test)]
pub(crate) mod cases;
#[cfg(test)]
mod update_cases;
