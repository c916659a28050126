//! Table-driven rule tests: every catalog rule has cases, each a pair of inputs on both sides of
//! the rule's boundary. Each rules module contributes its own `cases()`; this file runs them all
//! and checks that no catalog rule is left without one.

use aws_sdk_cognitoidentityprovider::operation::add_custom_attributes::AddCustomAttributesInput;
use aws_sdk_cognitoidentityprovider::operation::add_custom_attributes::builders::AddCustomAttributesInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::CreateIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::builders::CreateIdentityProviderInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_resource_server::CreateResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::create_resource_server::builders::CreateResourceServerInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::builders::CreateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::builders::CreateUserPoolClientInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::builders::CreateUserPoolDomainInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::builders::SetUserPoolMfaConfigInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_identity_provider::UpdateIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::update_identity_provider::builders::UpdateIdentityProviderInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_resource_server::UpdateResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::update_resource_server::builders::UpdateResourceServerInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::UpdateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::builders::UpdateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::UpdateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::builders::UpdateUserPoolClientInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_domain::UpdateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_domain::builders::UpdateUserPoolDomainInputBuilder;
use aws_sdk_cognitoidentityprovider::types::{IdentityProviderTypeType, UserPoolTierType};

use super::{Operation, ValidationErrors, catalog};

/// The pool ID of every request that names one.
const POOL_ID: &str = "us-east-1_AbC123xyZ";

/// One input of a case (boxed: the SDK inputs are large, and case tables hold hundreds).
#[derive(Clone)]
pub(crate) enum Input {
    /// A `CreateUserPool` request.
    Pool(Box<CreateUserPoolInput>),
    /// An `UpdateUserPool` request.
    UpdatePool(Box<UpdateUserPoolInput>),
    /// A `CreateUserPoolClient` request.
    Client(Box<CreateUserPoolClientInput>),
    /// An `UpdateUserPoolClient` request.
    UpdateClient(Box<UpdateUserPoolClientInput>),
    /// A `CreateUserPoolDomain` request.
    Domain(Box<CreateUserPoolDomainInput>),
    /// An `UpdateUserPoolDomain` request.
    UpdateDomain(Box<UpdateUserPoolDomainInput>),
    /// A `SetUserPoolMfaConfig` request: a lone request (the entry point's checks), or as a
    /// plan sends it (review's checks, without `UserPoolId` and the SMS factor's members).
    MfaConfig {
        input: Box<SetUserPoolMfaConfigInput>,
        lone: bool,
    },
    /// An `AddCustomAttributes` request.
    CustomAttributes(Box<AddCustomAttributesInput>),
    /// A `CreateIdentityProvider` request.
    CreateIdp(Box<CreateIdentityProviderInput>),
    /// An `UpdateIdentityProvider` request.
    UpdateIdp(Box<UpdateIdentityProviderInput>),
    /// A `CreateResourceServer` request.
    CreateResourceServer(Box<CreateResourceServerInput>),
    /// An `UpdateResourceServer` request.
    UpdateResourceServer(Box<UpdateResourceServerInput>),
    /// A whole wizard, for rules that only review can check (they span several requests).
    Wizard(Box<crate::UserPoolWizard>),
}

impl Input {
    fn validate(&self) -> Result<(), ValidationErrors> {
        match self {
            Input::Pool(i) => super::create_user_pool(i),
            Input::UpdatePool(i) => super::update_user_pool(i),
            Input::Client(i) => super::create_user_pool_client(i),
            Input::UpdateClient(i) => super::update_user_pool_client(i),
            Input::Domain(i) => super::create_user_pool_domain(i),
            Input::UpdateDomain(i) => super::update_user_pool_domain(i),
            Input::MfaConfig { input, lone: true } => super::set_user_pool_mfa_config(input),
            Input::MfaConfig { input, lone: false } => {
                let mut report = super::check::Report::plan(Operation::SetUserPoolMfaConfig);
                crate::steps::security::mfa_rules::check(input, &mut report);
                report.finish()
            }
            Input::CustomAttributes(i) => super::add_custom_attributes(i),
            Input::CreateIdp(i) => super::create_identity_provider(i),
            Input::UpdateIdp(i) => super::update_identity_provider(i),
            Input::CreateResourceServer(i) => super::create_resource_server(i),
            Input::UpdateResourceServer(i) => super::update_resource_server(i),
            Input::Wizard(w) => (**w).clone().review().map(|_| ()),
        }
    }

    /// Whether this is one request checked by its entry point (not review's checks).
    fn lone(&self) -> bool {
        !matches!(
            self,
            Input::Wizard(_) | Input::MfaConfig { lone: false, .. }
        )
    }

    /// The operation of a request; `None` for a wizard (several requests).
    fn operation(&self) -> Option<Operation> {
        Some(match self {
            Input::Pool(_) => Operation::CreateUserPool,
            Input::UpdatePool(_) => Operation::UpdateUserPool,
            Input::Client(_) => Operation::CreateUserPoolClient,
            Input::UpdateClient(_) => Operation::UpdateUserPoolClient,
            Input::Domain(_) => Operation::CreateUserPoolDomain,
            Input::UpdateDomain(_) => Operation::UpdateUserPoolDomain,
            Input::MfaConfig { .. } => Operation::SetUserPoolMfaConfig,
            Input::CustomAttributes(_) => Operation::AddCustomAttributes,
            Input::CreateIdp(_) => Operation::CreateIdentityProvider,
            Input::UpdateIdp(_) => Operation::UpdateIdentityProvider,
            Input::CreateResourceServer(_) => Operation::CreateResourceServer,
            Input::UpdateResourceServer(_) => Operation::UpdateResourceServer,
            Input::Wizard(_) => return None,
        })
    }

    /// The same request as the other operation of its pair (`UpdateUserPool` for a
    /// `CreateUserPool`, a lone `SetUserPoolMfaConfig` for a plan's, ...), when there is one:
    /// the shared members are kept, the other's required ones added, and an absent
    /// `UserPoolTier` (which means ESSENTIALS on create) sent as ESSENTIALS.
    fn twin(&self) -> Option<Input> {
        Some(match self {
            Input::Pool(i) => Input::UpdatePool(Box::new(update_pool_from(i))),
            Input::Client(i) => Input::UpdateClient(Box::new(update_client_from(i))),
            Input::Domain(i) => Input::UpdateDomain(Box::new(
                UpdateUserPoolDomainInput::builder()
                    .set_user_pool_id(i.user_pool_id.clone())
                    .set_domain(i.domain.clone())
                    .set_managed_login_version(i.managed_login_version)
                    .set_custom_domain_config(i.custom_domain_config.clone())
                    .set_routing(i.routing.clone())
                    .build()
                    .expect("top-level members are optional"),
            )),
            Input::MfaConfig { input, lone: false } => {
                let mut lone = (**input).clone();
                lone.user_pool_id = Some(POOL_ID.to_owned());
                Input::MfaConfig {
                    input: Box::new(lone),
                    lone: true,
                }
            }
            Input::CreateIdp(i) => Input::UpdateIdp(Box::new(
                UpdateIdentityProviderInput::builder()
                    .set_user_pool_id(i.user_pool_id.clone())
                    .set_provider_name(i.provider_name.clone())
                    .set_provider_details(i.provider_details.clone())
                    .set_attribute_mapping(i.attribute_mapping.clone())
                    .set_idp_identifiers(i.idp_identifiers.clone())
                    .set_acr_mapping(i.acr_mapping.clone())
                    .build()
                    .expect("top-level members are optional"),
            )),
            Input::CreateResourceServer(i) => Input::UpdateResourceServer(Box::new(
                UpdateResourceServerInput::builder()
                    .set_user_pool_id(i.user_pool_id.clone())
                    .set_identifier(i.identifier.clone())
                    .set_name(i.name.clone())
                    .set_scopes(i.scopes.clone())
                    .build()
                    .expect("top-level members are optional"),
            )),
            _ => return None,
        })
    }
}

/// `CreateUserPool`'s members that `UpdateUserPool` has too, as an update of pool `POOL_ID`.
fn update_pool_from(i: &CreateUserPoolInput) -> UpdateUserPoolInput {
    UpdateUserPoolInput::builder()
        .user_pool_id(POOL_ID)
        .set_policies(i.policies.clone())
        .set_deletion_protection(i.deletion_protection.clone())
        .set_lambda_config(i.lambda_config.clone())
        .set_auto_verified_attributes(i.auto_verified_attributes.clone())
        .set_sms_verification_message(i.sms_verification_message.clone())
        .set_email_verification_message(i.email_verification_message.clone())
        .set_email_verification_subject(i.email_verification_subject.clone())
        .set_verification_message_template(i.verification_message_template.clone())
        .set_sms_authentication_message(i.sms_authentication_message.clone())
        .set_user_attribute_update_settings(i.user_attribute_update_settings.clone())
        .set_mfa_configuration(i.mfa_configuration.clone())
        .set_device_configuration(i.device_configuration.clone())
        .set_email_configuration(i.email_configuration.clone())
        .set_sms_configuration(i.sms_configuration.clone())
        .set_user_pool_tags(i.user_pool_tags.clone())
        .set_admin_create_user_config(i.admin_create_user_config.clone())
        .set_user_pool_add_ons(i.user_pool_add_ons.clone())
        .set_account_recovery_setting(i.account_recovery_setting.clone())
        .set_pool_name(i.pool_name.clone())
        .user_pool_tier(
            i.user_pool_tier
                .clone()
                .unwrap_or(UserPoolTierType::Essentials),
        )
        .set_key_configuration(i.key_configuration.clone())
        .set_issuer_configuration(i.issuer_configuration.clone())
        .set_acr_configuration(i.acr_configuration.clone())
        .build()
        .expect("top-level members are optional")
}

/// `CreateUserPoolClient`'s members that `UpdateUserPoolClient` has too (all but the secret),
/// as an update of client `1example23456789`.
fn update_client_from(i: &CreateUserPoolClientInput) -> UpdateUserPoolClientInput {
    UpdateUserPoolClientInput::builder()
        .set_user_pool_id(i.user_pool_id.clone())
        .client_id("1example23456789")
        .set_client_name(i.client_name.clone())
        .set_refresh_token_validity(i.refresh_token_validity)
        .set_access_token_validity(i.access_token_validity)
        .set_id_token_validity(i.id_token_validity)
        .set_token_validity_units(i.token_validity_units.clone())
        .set_read_attributes(i.read_attributes.clone())
        .set_write_attributes(i.write_attributes.clone())
        .set_explicit_auth_flows(i.explicit_auth_flows.clone())
        .set_supported_identity_providers(i.supported_identity_providers.clone())
        .set_callback_urls(i.callback_urls.clone())
        .set_logout_urls(i.logout_urls.clone())
        .set_default_redirect_uri(i.default_redirect_uri.clone())
        .set_allowed_o_auth_flows(i.allowed_o_auth_flows.clone())
        .set_allowed_o_auth_scopes(i.allowed_o_auth_scopes.clone())
        .set_allowed_o_auth_flows_user_pool_client(i.allowed_o_auth_flows_user_pool_client)
        .set_analytics_configuration(i.analytics_configuration.clone())
        .set_prevent_user_existence_errors(i.prevent_user_existence_errors.clone())
        .set_enable_token_revocation(i.enable_token_revocation)
        .set_enable_propagate_additional_user_context_data(
            i.enable_propagate_additional_user_context_data,
        )
        .set_auth_session_validity(i.auth_session_validity)
        .set_refresh_token_rotation(i.refresh_token_rotation.clone())
        .build()
        .expect("top-level members are optional")
}

/// `From<builder>` for every request kind: the case tables hand builders over.
macro_rules! input_from {
    ($($builder:ty => $variant:ident,)*) => {
        $(
            impl From<$builder> for Input {
                fn from(b: $builder) -> Self {
                    Input::$variant(Box::new(b.build().expect("top-level members are optional")))
                }
            }
        )*
    };
}

input_from! {
    CreateUserPoolInputBuilder => Pool,
    UpdateUserPoolInputBuilder => UpdatePool,
    CreateUserPoolClientInputBuilder => Client,
    UpdateUserPoolClientInputBuilder => UpdateClient,
    CreateUserPoolDomainInputBuilder => Domain,
    UpdateUserPoolDomainInputBuilder => UpdateDomain,
    AddCustomAttributesInputBuilder => CustomAttributes,
    CreateIdentityProviderInputBuilder => CreateIdp,
    UpdateIdentityProviderInputBuilder => UpdateIdp,
    CreateResourceServerInputBuilder => CreateResourceServer,
    UpdateResourceServerInputBuilder => UpdateResourceServer,
}

/// A `SetUserPoolMfaConfig` request with `UserPoolId` is a lone request; without, a plan's
/// (see [`lone_mfa`] for a lone request without it).
impl From<SetUserPoolMfaConfigInputBuilder> for Input {
    fn from(b: SetUserPoolMfaConfigInputBuilder) -> Self {
        let input = b.build().expect("top-level members are optional");
        Input::MfaConfig {
            lone: input.user_pool_id.is_some(),
            input: Box::new(input),
        }
    }
}

/// A lone `SetUserPoolMfaConfig` request, whatever its `UserPoolId`.
pub(crate) fn lone_mfa(b: SetUserPoolMfaConfigInputBuilder) -> Input {
    Input::MfaConfig {
        input: Box::new(b.build().expect("top-level members are optional")),
        lone: true,
    }
}

impl From<crate::UserPoolWizard> for Input {
    fn from(w: crate::UserPoolWizard) -> Self {
        Input::Wizard(Box::new(w))
    }
}

/// A minimal pair for one rule: `accepted` passes validation entirely, `rejected` breaks the
/// rule `code` at `path` (a concrete path, list indices filled in).
pub(crate) struct Case {
    pub(crate) code: &'static str,
    pub(crate) path: &'static str,
    pub(crate) accepted: Input,
    pub(crate) rejected: Input,
    /// Why the pair means something else in the twin operation (see [`Input::twin`]), which
    /// then has cases of its own; `None` when the twin pair must behave the same.
    pub(crate) not_twinned: Option<&'static str>,
    /// Whether this case is the twin of a written one.
    pub(crate) twin: bool,
}

impl Case {
    /// Marks a case whose twin (the same requests as the paired operation) differs, saying
    /// why: an update judged as sent, a member required on create only, ...
    pub(crate) fn not_twinned(mut self, why: &'static str) -> Self {
        self.not_twinned = Some(why);
        self
    }
}

/// Shorthand for building a [`Case`].
pub(crate) fn case(
    code: &'static str,
    path: &'static str,
    accepted: impl Into<Input>,
    rejected: impl Into<Input>,
) -> Case {
    Case {
        code,
        path,
        accepted: accepted.into(),
        rejected: rejected.into(),
        not_twinned: None,
        twin: false,
    }
}

/// The smallest valid `CreateUserPool` request, to change one member at a time.
pub(crate) fn pool() -> CreateUserPoolInputBuilder {
    CreateUserPoolInput::builder().pool_name("my-user-pool")
}

/// The smallest valid `UpdateUserPool` request: it names the pool and changes nothing.
pub(crate) fn update_pool() -> UpdateUserPoolInputBuilder {
    UpdateUserPoolInput::builder().user_pool_id(POOL_ID)
}

/// The smallest valid `CreateUserPoolClient` request.
pub(crate) fn client() -> CreateUserPoolClientInputBuilder {
    CreateUserPoolClientInput::builder()
        .user_pool_id(POOL_ID)
        .client_name("my-app-client")
}

/// The smallest valid `UpdateUserPoolClient` request (a client with every default).
pub(crate) fn update_client() -> UpdateUserPoolClientInputBuilder {
    UpdateUserPoolClientInput::builder()
        .user_pool_id(POOL_ID)
        .client_id("1example23456789")
}

/// The smallest valid `CreateUserPoolDomain` request.
pub(crate) fn domain() -> CreateUserPoolDomainInputBuilder {
    CreateUserPoolDomainInput::builder()
        .user_pool_id(POOL_ID)
        .domain("my-login")
}

/// The smallest valid `UpdateUserPoolDomain` request.
pub(crate) fn update_domain() -> UpdateUserPoolDomainInputBuilder {
    UpdateUserPoolDomainInput::builder()
        .user_pool_id(POOL_ID)
        .domain("my-login")
}

/// The smallest valid `SetUserPoolMfaConfig` request of a plan: the console's default MFA
/// (required, authenticator apps), without `UserPoolId`.
pub(crate) fn mfa_config() -> SetUserPoolMfaConfigInputBuilder {
    use aws_sdk_cognitoidentityprovider::types::{SoftwareTokenMfaConfigType, UserPoolMfaType};
    SetUserPoolMfaConfigInput::builder()
        .mfa_configuration(UserPoolMfaType::On)
        .software_token_mfa_configuration(
            SoftwareTokenMfaConfigType::builder().enabled(true).build(),
        )
}

/// The same as a lone request, with `UserPoolId`.
pub(crate) fn mfa_request() -> SetUserPoolMfaConfigInputBuilder {
    mfa_config().user_pool_id(POOL_ID)
}

/// The smallest valid `AddCustomAttributes` request: one string attribute.
pub(crate) fn custom_attributes() -> AddCustomAttributesInputBuilder {
    use aws_sdk_cognitoidentityprovider::types::SchemaAttributeType;
    AddCustomAttributesInput::builder()
        .user_pool_id(POOL_ID)
        .custom_attributes(SchemaAttributeType::builder().name("tenant").build())
}

/// A valid `CreateIdentityProvider` request of each kind, by `ProviderType`.
pub(crate) fn create_idp(kind: &str) -> CreateIdentityProviderInputBuilder {
    let builder = CreateIdentityProviderInput::builder()
        .user_pool_id(POOL_ID)
        .provider_type(IdentityProviderTypeType::from(kind));
    let details: &[(&str, &str)] = match kind {
        "SAML" => &[("MetadataURL", "https://idp.example.com/saml/metadata")],
        "OIDC" => &[
            ("client_id", "my-client"),
            ("authorize_scopes", "openid email"),
            ("oidc_issuer", "https://idp.example.com"),
            ("attributes_request_method", "GET"),
        ],
        "SignInWithApple" => &[
            ("client_id", "com.example.app"),
            ("team_id", "TEAM123456"),
            ("key_id", "KEY1234567"),
            ("private_key", "-----BEGIN PRIVATE KEY-----"),
        ],
        _ => &[
            ("client_id", "my-client"),
            ("client_secret", "my-secret"),
            ("authorize_scopes", "openid email"),
        ],
    };
    let name = if matches!(kind, "SAML" | "OIDC") {
        "Corporate"
    } else {
        kind
    };
    details
        .iter()
        .fold(builder.provider_name(name), |b, (k, v)| {
            b.provider_details(*k, *v)
        })
}

/// The smallest valid `UpdateIdentityProvider` request: it names the provider.
pub(crate) fn update_idp() -> UpdateIdentityProviderInputBuilder {
    UpdateIdentityProviderInput::builder()
        .user_pool_id(POOL_ID)
        .provider_name("Corporate")
}

/// The smallest valid `CreateResourceServer` request.
pub(crate) fn resource_server() -> CreateResourceServerInputBuilder {
    CreateResourceServerInput::builder()
        .user_pool_id(POOL_ID)
        .identifier("https://api.example.com")
        .name("Orders API")
}

/// The smallest valid `UpdateResourceServer` request.
pub(crate) fn update_resource_server() -> UpdateResourceServerInputBuilder {
    UpdateResourceServerInput::builder()
        .user_pool_id(POOL_ID)
        .identifier("https://api.example.com")
        .name("Orders API")
}

fn all_cases() -> Vec<Case> {
    use crate::steps::{app, messaging, security, sign_in, sign_up};
    let mut all = Vec::new();
    all.extend(sign_in::rules::cases());
    all.extend(sign_in::idp_rules::cases());
    all.extend(security::rules::cases());
    all.extend(security::mfa_rules::cases());
    all.extend(sign_up::rules::cases());
    all.extend(sign_up::custom_attribute_rules::cases());
    all.extend(messaging::rules::cases());
    all.extend(app::pool_rules::cases());
    all.extend(app::domain_rules::cases());
    all.extend(app::client_rules::cases());
    all.extend(app::resource_server_rules::cases());
    all.extend(crate::review::cases());
    all.extend(super::update_cases::cases());
    all
}

/// Every case, then the twin of every case whose rule serves the twin operation too (and is
/// not marked otherwise): one rule, judged alike in both operations of a pair.
fn all_cases_and_twins() -> Vec<Case> {
    let mut all = all_cases();
    let twins: Vec<Case> = all
        .iter()
        .filter(|c| c.not_twinned.is_none() && !c.twin)
        .filter_map(|c| {
            let (accepted, rejected) = (c.accepted.twin()?, c.rejected.twin()?);
            let operation = rejected.operation()?;
            let serves = catalog()
                .iter()
                .any(|r| r.code == c.code && r.serves(operation));
            serves.then_some(Case {
                code: c.code,
                path: c.path,
                accepted,
                rejected,
                not_twinned: None,
                twin: true,
            })
        })
        .collect();
    all.extend(twins);
    all
}

/// A case's inputs as a label: the operation, or review.
fn label(input: &Input) -> &'static str {
    input.operation().map_or("review", Operation::name)
}

#[test]
fn baselines_are_valid() {
    for input in [
        Input::from(pool()),
        update_pool().into(),
        client().into(),
        update_client().into(),
        domain().into(),
        update_domain().into(),
        mfa_config().into(),
        mfa_request().into(),
        custom_attributes().into(),
        create_idp("SAML").into(),
        create_idp("OIDC").into(),
        create_idp("Google").into(),
        create_idp("Facebook").into(),
        create_idp("LoginWithAmazon").into(),
        create_idp("SignInWithApple").into(),
        update_idp().into(),
        resource_server().into(),
        update_resource_server().into(),
    ] {
        if let Err(errors) = input.validate() {
            panic!("{}: {errors}", label(&input));
        }
    }
}

#[test]
fn every_case_is_accepted_on_one_side_and_rejected_on_the_other() {
    let mut failures = Vec::new();
    for (i, case) in all_cases_and_twins().iter().enumerate() {
        let twin = if case.twin { " (twin)" } else { "" };
        let op = label(&case.rejected);
        if let Err(errors) = case.accepted.validate() {
            failures.push(format!(
                "case {i} ({}, {op}{twin}): the accepted side was rejected:\n{errors}",
                case.code
            ));
        }
        match case.rejected.validate() {
            Ok(()) => failures.push(format!(
                "case {i} ({}, {op}{twin}): the rejected side was accepted",
                case.code
            )),
            Err(errors) => {
                if !errors
                    .iter()
                    .any(|v| v.code() == case.code && v.path() == case.path)
                {
                    failures.push(format!(
                        "case {i} ({}, {op}{twin}): expected a violation at {}, got:\n{errors}",
                        case.code, case.path
                    ));
                }
                if !errors.to_string().contains(case.path) {
                    failures.push(format!(
                        "case {i} ({}, {op}{twin}): the report does not name {}",
                        case.code, case.path
                    ));
                }
                // A lone request's violations are all of its operation, which its rules serve.
                if let Some(operation) = case.rejected.operation().filter(|_| case.rejected.lone())
                {
                    for v in &errors {
                        if v.operation() != operation || !v.rule().serves(operation) {
                            failures.push(format!(
                                "case {i} ({}, {op}{twin}): {} reported in {}",
                                case.code,
                                v.code(),
                                v.operation()
                            ));
                        }
                    }
                    if !errors
                        .to_string()
                        .starts_with(&format!("the {operation} request"))
                    {
                        failures.push(format!(
                            "case {i} ({}, {op}{twin}): the report does not name {operation}",
                            case.code
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_catalog_rule_fires_in_some_case_of_every_operation_it_serves() {
    let cases = all_cases_and_twins();
    let mut missing = Vec::new();
    for rule in catalog() {
        for operation in rule.operations {
            let fired = cases.iter().any(|c| {
                c.code == rule.code && c.rejected.operation().is_none_or(|o| o == *operation)
            });
            if !fired {
                missing.push(format!("{} in {operation}", rule.code));
            }
        }
    }
    assert!(missing.is_empty(), "rules without a case: {missing:?}");
}

#[test]
fn rule_codes_are_unique_and_paths_named() {
    let mut seen = std::collections::HashSet::new();
    for rule in catalog() {
        assert!(seen.insert(rule.code), "duplicate rule code {}", rule.code);
        assert!(!rule.path.is_empty() && !rule.label.is_empty(), "{rule:?}");
        assert!(
            !rule.operations.is_empty() && rule.operations.is_sorted(),
            "{}: operations must be listed once each, in order",
            rule.code
        );
        assert!(
            rule.operations.windows(2).all(|w| w[0] != w[1]),
            "{}",
            rule.code
        );
    }
}

#[test]
fn every_case_names_a_catalog_rule() {
    for case in all_cases() {
        assert!(
            catalog().iter().any(|r| r.code == case.code),
            "case for unknown rule {}",
            case.code
        );
    }
}
