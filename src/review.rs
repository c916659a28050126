//! Step 6, "Review and create": the validated plan of calls and the console's review page.

use std::fmt;

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
use aws_sdk_cognitoidentityprovider::types::ResourceServerScopeType;

use crate::UserPoolWizard;
use crate::page::Page;
use crate::steps::app::resource_server_rules::ResourceServerRequest;
use crate::steps::app::{self, AppClient, ManagedLoginVersion};
use crate::steps::built;
use crate::steps::messaging::EmailSender;
use crate::steps::security::{self, AccountRecovery, FeaturePlan, Mfa, MfaMethod};
use crate::steps::sign_in::ProviderKeysOnly;
use crate::steps::sign_in::idp_rules::{self, IdpRequest};
use crate::validate::check::{At, Report, duplicates, quote};
use crate::validate::shapes::{ClientRequest, DomainRequest, PoolRequest};
use crate::validate::{Operation, Rule, Step, ValidationErrors};
#[cfg(test)]
use crate::{App, Messaging, Security, SignIn};

/// Step 1 needs a choice; the wire would silently mean "user name only".
static SIGN_IN_OPTIONS_REQUIRED: Rule = Rule::new(
    "sign-in-options-required",
    Step::SignIn,
    &[Operation::CreateUserPool],
    "UsernameAttributes",
    "Cognito user pool sign-in options",
);

/// SR-016: `SetUserPoolMfaConfig` refuses e-mail MFA while the pool sends with Cognito's own
/// account (`Cannot set EmailMfaConfiguration when user pool EmailConfiguration contains an
/// EmailSendingAccount of COGNITO_DEFAULT`). Context for a lone request, known to the plan.
static EMAIL_MFA_NEEDS_SES: Rule = Rule::new(
    "email-mfa-needs-ses",
    Step::Security,
    &[Operation::SetUserPoolMfaConfig],
    "EmailMfaConfiguration",
    "MFA methods",
)
.semantic("SR-016");

/// SR-016: e-mail MFA needs the Essentials or Plus plan.
static EMAIL_MFA_NEEDS_PLAN: Rule = Rule::new(
    "email-mfa-needs-plan",
    Step::Security,
    &[Operation::SetUserPoolMfaConfig],
    "EmailMfaConfiguration",
    "MFA methods",
)
.semantic("SR-016");

/// SR-088: a `custom:` attribute a client may read must be one of step 3's custom attributes.
static CLIENT_READ_ATTRIBUTES_DEFINED: Rule = Rule::new(
    "client-read-attributes-defined",
    Step::App,
    &[Operation::CreateUserPoolClient],
    "ReadAttributes[]",
    "Attribute read permissions",
)
.semantic("SR-088");

/// SR-088, for write permissions.
static CLIENT_WRITE_ATTRIBUTES_DEFINED: Rule = Rule::new(
    "client-write-attributes-defined",
    Step::App,
    &[Operation::CreateUserPoolClient],
    "WriteAttributes[]",
    "Attribute write permissions",
)
.semantic("SR-088");

/// SR-104: managed login (version 2) is not available on the Lite plan ("The following
/// feature is not available for the LITE pricing tier configured: Managed Login Version 2").
static MANAGED_LOGIN_NEEDS_PLAN: Rule = Rule::new(
    "managed-login-needs-plan",
    Step::App,
    &[Operation::CreateUserPoolDomain],
    "ManagedLoginVersion",
    "Branding version",
)
.semantic("SR-104");

/// SR-090: every identity provider a client offers, but `COGNITO`, must exist when the client
/// is created: a pool is new, so it must be one of step 1's federated identity providers
/// (`The provider X does not exist for User Pool`).
static CLIENT_IDENTITY_PROVIDERS_DEFINED: Rule = Rule::new(
    "client-identity-providers-defined",
    Step::App,
    &[Operation::CreateUserPoolClient],
    "SupportedIdentityProviders[]",
    "Identity providers",
)
.semantic("SR-090");

/// SR-173 (SR-081's context): a custom scope `<identifier>/<name>` must exist when the client
/// is created: a scope of one of step 5's resource servers (`Invalid scope requested: X`).
static CLIENT_CUSTOM_SCOPES_DEFINED: Rule = Rule::new(
    "client-custom-scopes-defined",
    Step::App,
    &[Operation::CreateUserPoolClient],
    "AllowedOAuthScopes[]",
    "Custom scopes",
)
.semantic("SR-173");

/// SR-164: a custom attribute an identity provider maps into must be one of step 3's custom
/// attributes (`AttributeMapping contains invalid mapping: [custom:x]`).
static IDP_ATTRIBUTE_MAPPING_DEFINED: Rule = Rule::new(
    "idp-attribute-mapping-defined",
    Step::SignIn,
    &[Operation::CreateIdentityProvider],
    "AttributeMapping{key}",
    "User pool attribute",
)
.semantic("SR-164");

/// SR-157 (and SR-156, which names social providers after their type): provider names are
/// unique in a pool (`DuplicateProviderException`).
static IDP_NAMES_UNIQUE: Rule = Rule::new(
    "idp-names-unique",
    Step::SignIn,
    &[Operation::CreateIdentityProvider],
    "ProviderName",
    "Identity provider name",
)
.semantic("SR-157");

/// SR-166: an identifier selects one provider, so identifiers are unique across a pool's
/// providers.
static IDP_IDENTIFIERS_UNIQUE: Rule = Rule::new(
    "idp-identifiers-unique",
    Step::SignIn,
    &[Operation::CreateIdentityProvider],
    "IdpIdentifiers[]",
    "Identifiers",
)
.semantic("SR-166");

/// SR-168: a resource server's identifier is its key in the pool.
static RESOURCE_SERVER_IDENTIFIERS_UNIQUE: Rule = Rule::new(
    "resource-server-identifiers-unique",
    Step::App,
    &[Operation::CreateResourceServer],
    "Identifier",
    "Resource server identifier",
)
.semantic("SR-168");

/// Rules only review can check, because they span several requests of the plan.
pub(crate) static RULES: &[&Rule] = &[
    &SIGN_IN_OPTIONS_REQUIRED,
    &EMAIL_MFA_NEEDS_SES,
    &EMAIL_MFA_NEEDS_PLAN,
    &CLIENT_READ_ATTRIBUTES_DEFINED,
    &CLIENT_WRITE_ATTRIBUTES_DEFINED,
    &MANAGED_LOGIN_NEEDS_PLAN,
    &CLIENT_IDENTITY_PROVIDERS_DEFINED,
    &CLIENT_CUSTOM_SCOPES_DEFINED,
    &IDP_ATTRIBUTE_MAPPING_DEFINED,
    &IDP_NAMES_UNIQUE,
    &IDP_IDENTIFIERS_UNIQUE,
    &RESOURCE_SERVER_IDENTIFIERS_UNIQUE,
];

/// The requests of a plan besides the four of [`Requests`]: every app client (the initial
/// one is `Requests::create_user_pool_client`), the identity providers, the resource servers.
struct Creates<'a> {
    clients: Vec<&'a CreateUserPoolClientInput>,
    providers: &'a [CreateIdentityProviderInput],
    servers: &'a [CreateResourceServerInput],
}

impl Creates<'_> {
    /// How a violation names the client at `index`: only when the plan has several.
    fn client_subject(&self, index: usize) -> Option<String> {
        (self.clients.len() > 1).then(|| {
            format!(
                "app client {}",
                quote(self.clients[index].client_name().unwrap_or_default())
            )
        })
    }
}

/// How a violation names an identity provider.
fn provider_subject(input: &CreateIdentityProviderInput) -> String {
    format!(
        "identity provider {}",
        quote(input.provider_name().unwrap_or_default())
    )
}

/// How a violation names a resource server.
fn server_subject(input: &CreateResourceServerInput) -> String {
    format!(
        "resource server {}",
        quote(input.identifier().unwrap_or_default())
    )
}

/// Maps the wizard onto its requests, checks them all, and keeps them.
pub(crate) fn review(wizard: UserPoolWizard) -> Result<Reviewed, ValidationErrors> {
    // The requests are written in place, in one allocation: the SDK inputs are large, and
    // moving them around cost more than validating them.
    let mut boxed = Box::new(Plan {
        requests: Requests::empty(),
        wizard,
    });
    let plan = &mut *boxed;
    plan.wizard.write_requests(&mut plan.requests);
    let requests = &plan.requests;

    let mut report = Report::plan(Operation::CreateUserPool);
    crate::validate::check_user_pool(PoolRequest::Create(&requests.create_user_pool), &mut report);
    if let Some(mfa) = &requests.set_user_pool_mfa_config {
        report.set_operation(Operation::SetUserPoolMfaConfig);
        security::mfa_rules::check(mfa, &mut report);
    }
    if let Some(domain) = &requests.create_user_pool_domain {
        report.set_operation(Operation::CreateUserPoolDomain);
        app::domain_rules::check(DomainRequest::Create(domain), &mut report);
    }
    // Every app client, identity provider and resource server, each by the rules of its own
    // request, named when the plan has several of its kind.
    let creates = Creates {
        clients: requests.clients().collect(),
        providers: &requests.identity_providers,
        servers: &requests.resource_servers,
    };
    report.set_operation(Operation::CreateUserPoolClient);
    for (i, client) in creates.clients.iter().enumerate() {
        report.set_subject(creates.client_subject(i));
        app::client_rules::check(ClientRequest::Create(client), &mut report);
    }
    report.set_operation(Operation::CreateIdentityProvider);
    for provider in creates.providers {
        report.set_subject(Some(provider_subject(provider)));
        idp_rules::check(IdpRequest::Create(provider), &mut report);
    }
    report.set_operation(Operation::CreateResourceServer);
    for server in creates.servers {
        report.set_subject(Some(server_subject(server)));
        app::resource_server_rules::check(ResourceServerRequest::Create(server), &mut report);
    }
    report.set_subject(None);
    check_plan(&plan.wizard, &creates, &mut report);
    report.finish()?;
    Ok(Reviewed { plan: boxed })
}

/// The wizard-level rules ([`RULES`]).
fn check_plan(wizard: &UserPoolWizard, creates: &Creates<'_>, report: &mut Report) {
    if wizard.sign_in.options().is_empty() {
        report.fail(
            &SIGN_IN_OPTIONS_REQUIRED,
            At::Path,
            "choose at least one of User name, Email, Phone number \
             (UsernameAttributes or AliasAttributes)",
        );
    }

    let plan = wizard.security.plan();
    if wizard.security.mfa_choice().uses(MfaMethod::Email) {
        if matches!(wizard.messaging.sender(), EmailSender::Cognito { .. }) {
            report.fail(
                &EMAIL_MFA_NEEDS_SES,
                At::Path,
                "e-mail MFA needs EmailConfiguration.EmailSendingAccount DEVELOPER \
                 (Send email with Amazon SES in step 4), got COGNITO_DEFAULT",
            );
        }
        if plan == FeaturePlan::Lite {
            report.fail(
                &EMAIL_MFA_NEEDS_PLAN,
                At::Path,
                "e-mail MFA needs UserPoolTier ESSENTIALS or PLUS, got LITE",
            );
        }
    }

    if plan == FeaturePlan::Lite
        && wizard
            .app
            .domain()
            .and_then(app::Domain::managed_login_version)
            == Some(ManagedLoginVersion::ManagedLogin)
    {
        report.fail(
            &MANAGED_LOGIN_NEEDS_PLAN,
            At::Path,
            "managed login (ManagedLoginVersion 2) needs UserPoolTier ESSENTIALS or PLUS, got LITE",
        );
    }

    let custom = wizard.sign_up.custom_attributes();
    let undefined = |name: &str| {
        name.strip_prefix("custom:")
            .or_else(|| name.strip_prefix("dev:custom:"))
            .is_some_and(|custom_name| !custom.iter().any(|a| a.name() == custom_name))
    };
    for (c, client) in wizard.app.clients().enumerate() {
        report.set_subject(creates.client_subject(c));
        for (rule, names) in [
            &CLIENT_READ_ATTRIBUTES_DEFINED,
            &CLIENT_WRITE_ATTRIBUTES_DEFINED,
        ]
        .into_iter()
        .zip(client.attribute_permissions())
        {
            for (i, name) in names.iter().enumerate() {
                if undefined(name) {
                    report.fail(
                        rule,
                        At::Index(i),
                        format!(
                            "{} is not a custom attribute of the pool (Schema[].Name in step 3)",
                            quote(name)
                        ),
                    );
                }
            }
        }
        // These name the client themselves, however many the plan has.
        report.set_subject(None);
        check_client_references(creates.clients[c], creates, report);
    }

    for provider in creates.providers {
        let mut mapped: Vec<&str> = provider
            .attribute_mapping()
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        mapped.sort_unstable();
        for name in mapped.into_iter().filter(|name| undefined(name)) {
            report.fail(
                &IDP_ATTRIBUTE_MAPPING_DEFINED,
                At::Path,
                format!(
                    "{} maps an attribute into {}, which is not a custom attribute of the pool \
                     (Schema[].Name in step 3)",
                    provider_subject(provider),
                    quote(name)
                ),
            );
        }
    }
    check_unique(creates, report);
}

/// A client's identity providers and custom scopes must be the plan's (or `COGNITO`): the pool
/// is new, so nothing else exists when its clients are created.
fn check_client_references(
    client: &CreateUserPoolClientInput,
    creates: &Creates<'_>,
    report: &mut Report,
) {
    let client_name = quote(client.client_name().unwrap_or_default());
    for (i, provider) in client.supported_identity_providers().iter().enumerate() {
        if provider != "COGNITO"
            && !creates
                .providers
                .iter()
                .any(|p| p.provider_name() == Some(provider))
        {
            let planned = std::iter::once("COGNITO")
                .chain(creates.providers.iter().filter_map(|p| p.provider_name()))
                .map(quote)
                .collect::<Vec<_>>()
                .join(", ");
            report.fail(
                &CLIENT_IDENTITY_PROVIDERS_DEFINED,
                At::Index(i),
                format!(
                    "app client {client_name} offers the identity provider {}, which the plan \
                     does not create (it has {planned}): add it in step 1",
                    quote(provider)
                ),
            );
        }
    }
    for (i, scope) in client.allowed_o_auth_scopes().iter().enumerate() {
        if app::client_rules::BUILT_IN_SCOPES.contains(&scope.as_str()) {
            continue;
        }
        // The scope name has no `/` (SR-169); the identifier may. A scope without one is
        // refused for its shape (SR-081).
        let Some((identifier, name)) = scope.rsplit_once('/') else {
            continue;
        };
        let server = creates
            .servers
            .iter()
            .find(|s| s.identifier() == Some(identifier));
        let problem = match server {
            None => Some(format!(
                "the plan has no resource server {} (step 5's resource servers: {})",
                quote(identifier),
                or_dash(creates.servers.iter().filter_map(|s| s.identifier()))
            )),
            Some(server) if !server.scopes().iter().any(|s| s.scope_name() == name) => {
                Some(format!(
                    "resource server {} has no scope {} (its scopes: {})",
                    quote(identifier),
                    quote(name),
                    or_dash(
                        server
                            .scopes()
                            .iter()
                            .map(ResourceServerScopeType::scope_name)
                    )
                ))
            }
            Some(_) => None,
        };
        if let Some(problem) = problem {
            report.fail(
                &CLIENT_CUSTOM_SCOPES_DEFINED,
                At::Index(i),
                format!(
                    "app client {client_name} asks for the scope {}, but {problem}",
                    quote(scope)
                ),
            );
        }
    }
}

/// Quoted names separated by `, `, or `-` for none.
fn or_dash<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let names: Vec<String> = names.map(quote).collect();
    if names.is_empty() {
        "-".to_owned()
    } else {
        names.join(", ")
    }
}

/// Names and identifiers that are keys in the pool: provider names, provider identifiers and
/// resource-server identifiers.
fn check_unique(creates: &Creates<'_>, report: &mut Report) {
    let providers = creates.providers;
    duplicates(
        providers,
        CreateIdentityProviderInput::provider_name,
        |first, again| {
            let message = format!(
                "identity providers {} and {} are both named {}: names are unique in a pool, \
                 which has at most one provider of each social type",
                first + 1,
                again + 1,
                quote(providers[again].provider_name().unwrap_or_default())
            );
            report.fail(&IDP_NAMES_UNIQUE, At::Path, message);
        },
    );
    let identifiers: Vec<(usize, usize, &str)> = providers
        .iter()
        .enumerate()
        .flat_map(|(p, provider)| {
            provider
                .idp_identifiers()
                .iter()
                .enumerate()
                .map(move |(i, identifier)| (p, i, identifier.as_str()))
        })
        .collect();
    duplicates(
        &identifiers,
        |(_, _, id)| Some(*id),
        |first, again| {
            let (first_provider, _, identifier) = identifiers[first];
            let (provider, index, _) = identifiers[again];
            let other = if first_provider == provider {
                "it".to_owned()
            } else {
                provider_subject(&providers[first_provider])
            };
            let message = format!(
                "{} has the identifier {}, which {other} has too: an identifier selects one \
                 provider",
                provider_subject(&providers[provider]),
                quote(identifier),
            );
            report.fail(&IDP_IDENTIFIERS_UNIQUE, At::Index(index), message);
        },
    );
    let servers = creates.servers;
    duplicates(
        servers,
        CreateResourceServerInput::identifier,
        |first, again| {
            let message = format!(
                "resource servers {} and {} both have the identifier {}: it is the server's key \
                 in the pool",
                first + 1,
                again + 1,
                quote(servers[again].identifier().unwrap_or_default())
            );
            report.fail(&RESOURCE_SERVER_IDENTIFIERS_UNIQUE, At::Path, message);
        },
    );
}

/// A weak choice that Cognito accepts: review lists it but does not fail.
///
/// # Examples
///
/// ```
/// use cognito_wizard::{App, AppClient, EmailSender, Messaging, Mfa, Security, SignIn, SignInOption, UserPoolWizard};
///
/// let plan = UserPoolWizard::builder()
///     .sign_in(SignIn::with([SignInOption::Email]))
///     .security(Security::default().mfa(Mfa::Off))
///     .messaging(Messaging::email(EmailSender::cognito()))
///     .app(App::builder().pool_name("my-user-pool").client(AppClient::public("my-app-client")).build())
///     .build()
///     .review()
///     .unwrap();
/// let codes: Vec<_> = plan.warnings().iter().map(|w| w.code()).collect();
/// assert_eq!(codes, ["mfa-off"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Warning {
    code: &'static str,
    step: Step,
    message: &'static str,
}

impl Warning {
    /// Stable identifier, e.g. `"mfa-off"`.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The wizard page of the choice.
    pub fn step(&self) -> Step {
        self.step
    }

    /// What the choice risks.
    pub fn message(&self) -> &'static str {
        self.message
    }
}

/// `[Security] MFA is off: ... [mfa-off]`
impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {} [{}]", self.step, self.message, self.code)
    }
}

const CASE_SENSITIVE: Warning = Warning {
    code: "case-sensitive-user-names",
    step: Step::SignIn,
    message: "User names are case sensitive: \"Alice\" and \"alice\" can be two different users, \
              and the setting cannot be changed after the pool is created",
};
const MFA_OFF: Warning = Warning {
    code: "mfa-off",
    step: Step::Security,
    message: "MFA is off: a stolen password alone is enough to sign in",
};
const NO_RECOVERY: Warning = Warning {
    code: "no-self-service-recovery",
    step: Step::Security,
    message: "Self-service account recovery is off: only an administrator can reset a \
              forgotten password",
};
const NO_USER_EXISTENCE_PREVENTION: Warning = Warning {
    code: "user-existence-errors-not-prevented",
    step: Step::App,
    message: "User existence errors are not prevented (LEGACY): sign-in and recovery \
              responses reveal whether a user name exists",
};
const DELETION_PROTECTION_OFF: Warning = Warning {
    code: "deletion-protection-off",
    step: Step::App,
    message: "Deletion protection is off: one DeleteUserPool call removes the pool and all \
              its users",
};

/// A reviewed plan: the wire inputs of every call the console would make, all validated.
///
/// Only [`UserPoolWizard::review`](crate::UserPoolWizard::review) makes one, so holding a
/// `Reviewed` means the configuration passed every rule. `Display` prints the console's
/// review page, then the [warnings](Reviewed::warnings). `Debug` never shows a client
/// secret.
///
/// # Examples
///
/// ```
/// use cognito_wizard::{App, AppClient, Domain, EmailSender, Messaging, SignIn, SignInOption, UserPoolWizard};
///
/// let plan = UserPoolWizard::builder()
///     .sign_in(SignIn::with([SignInOption::Email]))
///     .messaging(Messaging::email(EmailSender::cognito()))
///     .app(
///         App::builder()
///             .pool_name("my-user-pool")
///             .domain(Domain::prefix("my-login"))
///             .client(AppClient::public("my-app-client"))
///             .build(),
///     )
///     .build()
///     .review()
///     .unwrap();
/// // The console's default MFA (authenticator apps) needs a second call.
/// assert!(plan.set_user_pool_mfa_config().is_some());
/// assert_eq!(plan.create_user_pool_domain().unwrap().get_domain().as_deref(), Some("my-login"));
/// assert!(plan.to_string().contains("my-user-pool"));
/// ```
#[derive(Debug, Clone)]
pub struct Reviewed {
    pub(crate) plan: Box<Plan>,
}

/// What a [`Reviewed`] holds, boxed so a plan moves as one pointer.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    pub(crate) requests: Requests,
    /// The wizard, for the review page and the warnings.
    pub(crate) wizard: UserPoolWizard,
}

/// The requests that create a pool as a wizard describes it (without the `UserPoolId` that only
/// the created pool has): what review checks and `create` sends, and what read-back and diff
/// compare.
#[derive(Clone, PartialEq)]
pub(crate) struct Requests {
    pub(crate) create_user_pool: CreateUserPoolInput,
    /// Present when the plan needs `SetUserPoolMfaConfig` (TOTP, e-mail MFA, passkey settings).
    pub(crate) set_user_pool_mfa_config: Option<SetUserPoolMfaConfigInput>,
    pub(crate) create_user_pool_domain: Option<CreateUserPoolDomainInput>,
    /// The initial app client.
    pub(crate) create_user_pool_client: CreateUserPoolClientInput,
    /// The app clients besides the initial one, in the order they were added.
    pub(crate) additional_clients: Vec<CreateUserPoolClientInput>,
    /// The federated identity providers (`CreateIdentityProvider`).
    pub(crate) identity_providers: Vec<CreateIdentityProviderInput>,
    /// The resource servers (`CreateResourceServer`).
    pub(crate) resource_servers: Vec<CreateResourceServerInput>,
}

impl Requests {
    /// Empty requests, for a wizard to write into.
    pub(crate) fn empty() -> Self {
        Requests {
            create_user_pool: built(CreateUserPoolInput::builder().build()),
            set_user_pool_mfa_config: None,
            create_user_pool_domain: None,
            create_user_pool_client: built(CreateUserPoolClientInput::builder().build()),
            additional_clients: Vec::new(),
            identity_providers: Vec::new(),
            resource_servers: Vec::new(),
        }
    }

    /// Every app client's request: the initial one, then the additional ones.
    pub(crate) fn clients(&self) -> impl Iterator<Item = &CreateUserPoolClientInput> {
        std::iter::once(&self.create_user_pool_client).chain(&self.additional_clients)
    }
}

/// Providers show their name, type and detail keys only ([`ProviderKeysOnly`]): their details
/// hold client secrets and private keys.
impl fmt::Debug for Requests {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let providers: Vec<ProviderKeysOnly<'_>> = self
            .identity_providers
            .iter()
            .map(ProviderKeysOnly::request)
            .collect();
        f.debug_struct("Requests")
            .field("create_user_pool", &self.create_user_pool)
            .field("set_user_pool_mfa_config", &self.set_user_pool_mfa_config)
            .field("create_user_pool_domain", &self.create_user_pool_domain)
            .field("create_user_pool_client", &self.create_user_pool_client)
            .field("additional_clients", &self.additional_clients)
            .field("identity_providers", &providers)
            .field("resource_servers", &self.resource_servers)
            .finish()
    }
}

impl Reviewed {
    /// The `CreateUserPool` request.
    pub fn create_user_pool(&self) -> CreateUserPoolInputBuilder {
        builder_of(&self.plan.requests.create_user_pool)
    }

    /// The `SetUserPoolMfaConfig` request (without `UserPoolId`, which only the created pool
    /// has), when the plan chose TOTP, e-mail MFA or passkeys.
    pub fn set_user_pool_mfa_config(&self) -> Option<SetUserPoolMfaConfigInputBuilder> {
        self.plan
            .requests
            .set_user_pool_mfa_config
            .as_ref()
            .map(|i| {
                SetUserPoolMfaConfigInput::builder()
                    .set_user_pool_id(i.user_pool_id.clone())
                    .set_sms_mfa_configuration(i.sms_mfa_configuration.clone())
                    .set_software_token_mfa_configuration(
                        i.software_token_mfa_configuration.clone(),
                    )
                    .set_email_mfa_configuration(i.email_mfa_configuration.clone())
                    .set_mfa_configuration(i.mfa_configuration.clone())
                    .set_web_authn_configuration(i.web_authn_configuration.clone())
            })
    }

    /// The `CreateUserPoolDomain` request (without `UserPoolId`), when the plan has a domain.
    pub fn create_user_pool_domain(&self) -> Option<CreateUserPoolDomainInputBuilder> {
        self.plan
            .requests
            .create_user_pool_domain
            .as_ref()
            .map(builder_of_domain)
    }

    /// The `CreateUserPoolClient` request for the initial app client (without `UserPoolId`).
    pub fn create_user_pool_client(&self) -> CreateUserPoolClientInputBuilder {
        builder_of_client(&self.plan.requests.create_user_pool_client)
    }

    /// The weak choices Cognito accepts (MFA off, case-sensitive user names, no self-service
    /// recovery, user existence errors not prevented, deletion protection off), in wizard
    /// order; empty when there are none.
    pub fn warnings(&self) -> Vec<Warning> {
        warnings(&self.plan.wizard)
    }
}

/// The builder of a `CreateUserPool` request, for sending it or deriving another from it.
pub(crate) fn builder_of(i: &CreateUserPoolInput) -> CreateUserPoolInputBuilder {
    CreateUserPoolInput::builder()
        .set_pool_name(i.pool_name.clone())
        .set_policies(i.policies.clone())
        .set_deletion_protection(i.deletion_protection.clone())
        .set_lambda_config(i.lambda_config.clone())
        .set_auto_verified_attributes(i.auto_verified_attributes.clone())
        .set_alias_attributes(i.alias_attributes.clone())
        .set_username_attributes(i.username_attributes.clone())
        .set_sms_verification_message(i.sms_verification_message.clone())
        .set_email_verification_message(i.email_verification_message.clone())
        .set_email_verification_subject(i.email_verification_subject.clone())
        .set_verification_message_template(i.verification_message_template.clone())
        .set_sms_authentication_message(i.sms_authentication_message.clone())
        .set_mfa_configuration(i.mfa_configuration.clone())
        .set_user_attribute_update_settings(i.user_attribute_update_settings.clone())
        .set_device_configuration(i.device_configuration.clone())
        .set_email_configuration(i.email_configuration.clone())
        .set_sms_configuration(i.sms_configuration.clone())
        .set_user_pool_tags(i.user_pool_tags.clone())
        .set_admin_create_user_config(i.admin_create_user_config.clone())
        .set_schema(i.schema.clone())
        .set_user_pool_add_ons(i.user_pool_add_ons.clone())
        .set_username_configuration(i.username_configuration.clone())
        .set_account_recovery_setting(i.account_recovery_setting.clone())
        .set_user_pool_tier(i.user_pool_tier.clone())
        .set_key_configuration(i.key_configuration.clone())
        .set_issuer_configuration(i.issuer_configuration.clone())
        .set_acr_configuration(i.acr_configuration.clone())
}

/// The builder of a `CreateUserPoolClient` request.
pub(crate) fn builder_of_client(i: &CreateUserPoolClientInput) -> CreateUserPoolClientInputBuilder {
    CreateUserPoolClientInput::builder()
        .set_user_pool_id(i.user_pool_id.clone())
        .set_client_name(i.client_name.clone())
        .set_generate_secret(i.generate_secret)
        .set_client_secret(i.client_secret.clone())
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
}

/// The builder of a `CreateIdentityProvider` request.
pub(crate) fn builder_of_provider(
    i: &CreateIdentityProviderInput,
) -> CreateIdentityProviderInputBuilder {
    CreateIdentityProviderInput::builder()
        .set_user_pool_id(i.user_pool_id.clone())
        .set_provider_name(i.provider_name.clone())
        .set_provider_type(i.provider_type.clone())
        .set_provider_details(i.provider_details.clone())
        .set_attribute_mapping(i.attribute_mapping.clone())
        .set_idp_identifiers(i.idp_identifiers.clone())
        .set_acr_mapping(i.acr_mapping.clone())
}

/// The builder of a `CreateResourceServer` request.
pub(crate) fn builder_of_server(i: &CreateResourceServerInput) -> CreateResourceServerInputBuilder {
    CreateResourceServerInput::builder()
        .set_user_pool_id(i.user_pool_id.clone())
        .set_identifier(i.identifier.clone())
        .set_name(i.name.clone())
        .set_scopes(i.scopes.clone())
}

/// The builder of a `CreateUserPoolDomain` request.
pub(crate) fn builder_of_domain(i: &CreateUserPoolDomainInput) -> CreateUserPoolDomainInputBuilder {
    CreateUserPoolDomainInput::builder()
        .set_domain(i.domain.clone())
        .set_user_pool_id(i.user_pool_id.clone())
        .set_managed_login_version(i.managed_login_version)
        .set_custom_domain_config(i.custom_domain_config.clone())
        .set_routing(i.routing.clone())
}

/// The weak choices of `w` that Cognito accepts, in wizard order.
pub(crate) fn warnings(w: &UserPoolWizard) -> Vec<Warning> {
    let mut warnings = Vec::new();
    if w.sign_in.is_case_sensitive() {
        warnings.push(CASE_SENSITIVE);
    }
    if *w.security.mfa_choice() == Mfa::Off {
        warnings.push(MFA_OFF);
    }
    if w.security.recovery() == AccountRecovery::Disabled {
        warnings.push(NO_RECOVERY);
    }
    if !w
        .app
        .clients()
        .all(AppClient::prevents_user_existence_errors)
    {
        warnings.push(NO_USER_EXISTENCE_PREVENTION);
    }
    if !w.app.deletion_protected() {
        warnings.push(DELETION_PROTECTION_OFF);
    }
    warnings
}

/// The console's review page: one section per step with the console's labels and the chosen
/// values, then the warnings.
impl fmt::Display for Reviewed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_page(f, &self.plan.wizard, &self.plan.requests)
    }
}

/// Writes the review page of `wizard`, whose requests are `requests`: one section per step,
/// the requests in order, the warnings. Shared by a reviewed plan and a pool read back, so both
/// print the same page for the same configuration.
pub(crate) fn write_page(
    f: &mut fmt::Formatter<'_>,
    w: &UserPoolWizard,
    requests: &Requests,
) -> fmt::Result {
    writeln!(f, "Review and create")?;
    let mut page = Page::new(f);
    page.section(Step::SignIn)?;
    w.sign_in.write_review(&mut page)?;
    page.section(Step::Security)?;
    w.security.write_review(&mut page)?;
    page.section(Step::SignUp)?;
    w.sign_up.write_review(&mut page, &w.sign_in)?;
    page.section(Step::Messaging)?;
    w.messaging.write_review(&mut page)?;
    page.section(Step::App)?;
    w.app.write_review(&mut page)?;
    writeln!(page.f, "\nRequests, in order")?;
    let mut calls: Vec<String> = vec!["CreateUserPool".to_owned()];
    if requests.set_user_pool_mfa_config.is_some() {
        calls.push("SetUserPoolMfaConfig".to_owned());
    }
    if requests.create_user_pool_domain.is_some() {
        calls.push("CreateUserPoolDomain".to_owned());
    }
    for provider in &requests.identity_providers {
        calls.push(format!(
            "CreateIdentityProvider ({})",
            provider.provider_name().unwrap_or_default()
        ));
    }
    for server in &requests.resource_servers {
        calls.push(format!(
            "CreateResourceServer ({})",
            server.identifier().unwrap_or_default()
        ));
    }
    let several = !requests.additional_clients.is_empty();
    for client in requests.clients() {
        calls.push(if several {
            format!(
                "CreateUserPoolClient ({})",
                client.client_name().unwrap_or_default()
            )
        } else {
            "CreateUserPoolClient".to_owned()
        });
    }
    for (n, call) in (1..).zip(calls) {
        writeln!(page.f, "  {n}. {call}")?;
    }
    writeln!(page.f, "\nWarnings")?;
    let warnings = warnings(w);
    if warnings.is_empty() {
        writeln!(page.f, "  None")?;
    }
    for warning in warnings {
        writeln!(page.f, "  {warning}")?;
    }
    Ok(())
}

#[cfg(test)]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    use crate::validate::cases::case;
    use crate::{AppClient, CustomAttribute, Domain, SignUp};
    use tests::{seed, ses, wizard};

    let email_mfa = || Security::default().mfa(Mfa::optional([MfaMethod::Email]));
    let with_custom = |client: AppClient| UserPoolWizard {
        sign_up: SignUp::default().custom_attribute(CustomAttribute::string("tenant")),
        ..wizard(
            App::builder()
                .pool_name("my-user-pool")
                .client(client)
                .build(),
        )
    };
    let managed_login = |plan| UserPoolWizard {
        security: Security::default().feature_plan(plan),
        ..wizard(
            App::builder()
                .pool_name("my-user-pool")
                .domain(Domain::prefix("my-login").managed_login(ManagedLoginVersion::ManagedLogin))
                .client(AppClient::public("my-app-client"))
                .build(),
        )
    };
    vec![
        case(
            SIGN_IN_OPTIONS_REQUIRED.code,
            "UsernameAttributes",
            seed(),
            UserPoolWizard {
                sign_in: SignIn::with([]),
                ..seed()
            },
        ),
        case(
            EMAIL_MFA_NEEDS_SES.code,
            "EmailMfaConfiguration",
            UserPoolWizard {
                security: email_mfa(),
                messaging: Messaging::email(ses()),
                ..seed()
            },
            UserPoolWizard {
                security: email_mfa(),
                ..seed()
            },
        ),
        case(
            EMAIL_MFA_NEEDS_PLAN.code,
            "EmailMfaConfiguration",
            UserPoolWizard {
                security: email_mfa().feature_plan(FeaturePlan::Plus),
                messaging: Messaging::email(ses()),
                ..seed()
            },
            UserPoolWizard {
                security: email_mfa().feature_plan(FeaturePlan::Lite),
                messaging: Messaging::email(ses()),
                ..seed()
            },
        ),
        case(
            CLIENT_READ_ATTRIBUTES_DEFINED.code,
            "ReadAttributes[1]",
            with_custom(
                AppClient::public("my-app-client").read_attributes(["email", "custom:tenant"]),
            ),
            with_custom(
                AppClient::public("my-app-client").read_attributes(["email", "custom:tenant_id"]),
            ),
        ),
        case(
            CLIENT_WRITE_ATTRIBUTES_DEFINED.code,
            "WriteAttributes[0]",
            with_custom(
                AppClient::public("my-app-client").write_attributes(["custom:tenant", "email"]),
            ),
            UserPoolWizard {
                app: App::builder()
                    .pool_name("my-user-pool")
                    .client(AppClient::public("my-app-client").write_attributes(["custom:tenant"]))
                    .build(),
                ..seed()
            },
        ),
        case(
            MANAGED_LOGIN_NEEDS_PLAN.code,
            "ManagedLoginVersion",
            managed_login(FeaturePlan::Essentials),
            managed_login(FeaturePlan::Lite),
        ),
    ]
    .into_iter()
    .chain(federation_cases())
    .collect()
}

/// The cases of the rules between step 1's providers, step 5's resource servers and clients.
#[cfg(test)]
#[expect(
    clippy::too_many_lines,
    reason = "one table of cases, a few lines each"
)]
fn federation_cases() -> Vec<crate::validate::cases::Case> {
    use crate::validate::cases::case;
    use crate::{
        AppClient, CustomAttribute, GoogleProvider, OAuth, OAuthScope, PoolAttribute,
        ResourceServer, SamlMetadata, SamlProvider, Secret, SignInOption, SignUp,
    };
    use tests::wizard;

    let email = || SignIn::with([SignInOption::Email]);
    let google = || GoogleProvider::new("my-client", Secret::new("my-secret"), ["openid", "email"]);
    let saml =
        |name: &str| SamlProvider::new(name, SamlMetadata::url("https://idp.example.com/md"));
    let web = |providers: &[&str]| {
        AppClient::public("web").oauth(
            OAuth::authorization_code(["https://app.example.com/callback"])
                .identity_providers(providers.iter().copied()),
        )
    };
    let federated = |sign_in: SignIn, client: AppClient| UserPoolWizard {
        sign_in,
        ..wizard(
            App::builder()
                .pool_name("my-user-pool")
                .client(client)
                .build(),
        )
    };
    let worker = |scope: &str| {
        AppClient::machine_to_machine("worker", [OAuthScope::Custom(scope.to_owned())])
    };
    let with_servers = |client: AppClient, servers: &[ResourceServer]| {
        let mut app = App::builder().pool_name("my-user-pool").client(client);
        for server in servers {
            app = app.resource_server(server.clone());
        }
        wizard(app.build())
    };
    let orders = || ResourceServer::new("orders", "Orders API").scope("write", "Change orders");
    let servers = |identifiers: &[&str]| {
        let mut app = App::builder()
            .pool_name("my-user-pool")
            .client(AppClient::public("my-app-client"));
        for identifier in identifiers {
            app = app.resource_server(ResourceServer::new(*identifier, "An API"));
        }
        wizard(app.build())
    };
    let mapped = |sign_up: SignUp| UserPoolWizard {
        sign_up,
        ..federated(
            email()
                .identity_provider(google().map_attribute(PoolAttribute::custom("tenant"), "hd")),
            AppClient::public("my-app-client"),
        )
    };
    vec![
        // SR-090: a client's providers are the plan's, or COGNITO.
        case(
            CLIENT_IDENTITY_PROVIDERS_DEFINED.code,
            "SupportedIdentityProviders[1]",
            federated(
                email().identity_provider(google()),
                web(&["COGNITO", "Google"]),
            ),
            federated(email(), web(&["COGNITO", "Google"])),
        ),
        case(
            CLIENT_IDENTITY_PROVIDERS_DEFINED.code,
            "SupportedIdentityProviders[0]",
            federated(
                email().identity_provider(saml("Corporate")),
                web(&["Corporate"]),
            ),
            federated(
                email().identity_provider(saml("Corporate")),
                web(&["corporate"]),
            ),
        ),
        case(
            CLIENT_IDENTITY_PROVIDERS_DEFINED.code,
            "SupportedIdentityProviders[0]",
            federated(email(), web(&["COGNITO"])),
            federated(email(), web(&["Cognito"])),
        ),
        // The same for an additional client.
        case(
            CLIENT_IDENTITY_PROVIDERS_DEFINED.code,
            "SupportedIdentityProviders[1]",
            UserPoolWizard {
                sign_in: email().identity_provider(saml("Corporate")),
                ..wizard(
                    App::builder()
                        .pool_name("my-user-pool")
                        .client(AppClient::public("my-app-client"))
                        .additional_client(web(&["COGNITO", "Corporate"]))
                        .build(),
                )
            },
            wizard(
                App::builder()
                    .pool_name("my-user-pool")
                    .client(AppClient::public("my-app-client"))
                    .additional_client(web(&["COGNITO", "Corporate"]))
                    .build(),
            ),
        ),
        // SR-173: a custom scope is a scope of a resource server of the plan.
        case(
            CLIENT_CUSTOM_SCOPES_DEFINED.code,
            "AllowedOAuthScopes[0]",
            with_servers(worker("orders/write"), &[orders()]),
            with_servers(worker("orders/write"), &[]),
        ),
        case(
            CLIENT_CUSTOM_SCOPES_DEFINED.code,
            "AllowedOAuthScopes[0]",
            with_servers(worker("orders/write"), &[orders()]),
            with_servers(worker("orders/read"), &[orders()]),
        ),
        case(
            CLIENT_CUSTOM_SCOPES_DEFINED.code,
            "AllowedOAuthScopes[0]",
            with_servers(
                worker("https://api.example.com/orders/write"),
                &[
                    ResourceServer::new("https://api.example.com/orders", "Orders")
                        .scope("write", "Change orders"),
                ],
            ),
            with_servers(
                worker("https://api.example.com/orders/write"),
                &[ResourceServer::new("https://api.example.com", "Orders")
                    .scope("orders", "Orders")],
            ),
        ),
        case(
            CLIENT_CUSTOM_SCOPES_DEFINED.code,
            "AllowedOAuthScopes[1]",
            with_servers(
                web(&["COGNITO"]).oauth(
                    OAuth::authorization_code(["https://app.example.com/callback"]).scopes([
                        OAuthScope::OpenId,
                        OAuthScope::Custom("orders/write".into()),
                    ]),
                ),
                &[orders()],
            ),
            with_servers(
                web(&["COGNITO"]).oauth(
                    OAuth::authorization_code(["https://app.example.com/callback"]).scopes([
                        OAuthScope::OpenId,
                        OAuthScope::Custom("orders/write".into()),
                    ]),
                ),
                &[ResourceServer::new("orders", "Orders API")],
            ),
        ),
        // SR-164: a mapped custom attribute is one of step 3's.
        case(
            IDP_ATTRIBUTE_MAPPING_DEFINED.code,
            "AttributeMapping{key}",
            mapped(SignUp::default().custom_attribute(CustomAttribute::string("tenant"))),
            mapped(SignUp::default().custom_attribute(CustomAttribute::string("tenant_id"))),
        ),
        // SR-157: one provider per name, so one per social type.
        case(
            IDP_NAMES_UNIQUE.code,
            "ProviderName",
            federated(
                email()
                    .identity_provider(saml("Corporate"))
                    .identity_provider(saml("Partner")),
                AppClient::public("my-app-client"),
            ),
            federated(
                email()
                    .identity_provider(saml("Corporate"))
                    .identity_provider(saml("Corporate")),
                AppClient::public("my-app-client"),
            ),
        ),
        case(
            IDP_NAMES_UNIQUE.code,
            "ProviderName",
            federated(
                email()
                    .identity_provider(google())
                    .identity_provider(saml("Google-Workspace")),
                AppClient::public("my-app-client"),
            ),
            federated(
                email()
                    .identity_provider(google())
                    .identity_provider(google()),
                AppClient::public("my-app-client"),
            ),
        ),
        // SR-166: an identifier selects one provider.
        case(
            IDP_IDENTIFIERS_UNIQUE.code,
            "IdpIdentifiers[1]",
            federated(
                email()
                    .identity_provider(saml("Corporate").identifiers(["example.com"]))
                    .identity_provider(
                        saml("Partner").identifiers(["partner.example", "example.org"]),
                    ),
                AppClient::public("my-app-client"),
            ),
            federated(
                email()
                    .identity_provider(saml("Corporate").identifiers(["example.com"]))
                    .identity_provider(
                        saml("Partner").identifiers(["partner.example", "example.com"]),
                    ),
                AppClient::public("my-app-client"),
            ),
        ),
        // SR-168: an identifier is a resource server's key.
        case(
            RESOURCE_SERVER_IDENTIFIERS_UNIQUE.code,
            "Identifier",
            servers(&["orders", "billing"]),
            servers(&["orders", "orders"]),
        ),
    ]
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::{
        AppClient, AppClientType, ClientSecret, CustomAttribute, CustomClientSecret, Domain,
        EmailSender, LambdaTriggers, OAuth, Passkeys, SesEmail, SignInOption, SignUp, SmsSettings,
    };
    use aws_sdk_cognitoidentityprovider::types::{
        AliasAttributeType, DeletionProtectionType, EmailSendingAccountType,
        RecoveryOptionNameType, UserPoolMfaType, UsernameAttributeType, VerifiedAttributeType,
    };

    /// The seed's app step: pool `my-user-pool`, public client `my-app-client`.
    pub(crate) fn seed_app() -> App {
        App::builder()
            .pool_name("my-user-pool")
            .client(AppClient::public("my-app-client"))
            .build()
    }

    /// Every step at the seed's choice but `app`.
    pub(crate) fn wizard(app: App) -> UserPoolWizard {
        UserPoolWizard::builder()
            .sign_in(SignIn::with([SignInOption::Email]))
            .security(Security::default())
            .sign_up(SignUp::default())
            .messaging(Messaging::email(EmailSender::cognito()))
            .app(app)
            .build()
    }

    /// The console-default scenario.
    pub(crate) fn seed() -> UserPoolWizard {
        wizard(seed_app())
    }

    pub(crate) fn ses() -> SesEmail {
        EmailSender::ses("arn:aws:ses:us-east-1:123456789012:identity/example.com")
    }

    #[test]
    fn seed_maps_to_the_console_requests() {
        let plan = seed().review().unwrap();
        let pool = plan.create_user_pool().build().unwrap();
        assert_eq!(pool.pool_name(), Some("my-user-pool"));
        assert_eq!(pool.username_attributes(), [UsernameAttributeType::Email]);
        assert!(pool.alias_attributes().is_empty());
        assert!(!pool.username_configuration().unwrap().case_sensitive());
        let password = pool.policies().unwrap().password_policy().unwrap();
        assert_eq!(password.minimum_length(), Some(8));
        assert!(password.require_uppercase() && password.require_lowercase());
        assert!(password.require_numbers() && password.require_symbols());
        assert_eq!(password.temporary_password_validity_days(), 7);
        assert!(pool.policies().unwrap().sign_in_policy().is_none());
        assert_eq!(pool.mfa_configuration(), Some(&UserPoolMfaType::Off));
        let recovery = pool
            .account_recovery_setting()
            .unwrap()
            .recovery_mechanisms();
        assert_eq!(recovery.len(), 1);
        assert_eq!(recovery[0].name(), &RecoveryOptionNameType::VerifiedEmail);
        assert_eq!(recovery[0].priority(), 1);
        assert!(
            !pool
                .admin_create_user_config()
                .unwrap()
                .allow_admin_create_user_only()
        );
        assert_eq!(
            pool.auto_verified_attributes(),
            [VerifiedAttributeType::Email]
        );
        assert_eq!(
            pool.user_attribute_update_settings()
                .unwrap()
                .attributes_require_verification_before_update(),
            [VerifiedAttributeType::Email]
        );
        assert_eq!(pool.schema().len(), 1);
        assert_eq!(pool.schema()[0].name(), Some("email"));
        assert_eq!(pool.schema()[0].required(), Some(true));
        assert_eq!(
            pool.email_configuration().unwrap().email_sending_account(),
            Some(&EmailSendingAccountType::CognitoDefault)
        );
        assert_eq!(
            pool.deletion_protection(),
            Some(&DeletionProtectionType::Active)
        );
        assert!(pool.sms_configuration().is_none());
        assert!(pool.user_pool_tier().is_none());

        let mfa = plan.set_user_pool_mfa_config().unwrap().build().unwrap();
        assert_eq!(mfa.mfa_configuration(), Some(&UserPoolMfaType::On));
        assert!(mfa.software_token_mfa_configuration().unwrap().enabled());
        assert!(mfa.user_pool_id().is_none());

        assert!(plan.create_user_pool_domain().is_none());

        // The client's own defaults are tested in steps::app; here: the plan sends exactly them.
        assert_eq!(
            plan.create_user_pool_client().build().unwrap(),
            crate::AppClient::public("my-app-client").to_wire()
        );
        assert!(plan.warnings().is_empty());
    }

    #[test]
    fn seed_with_a_prefix_domain() {
        let plan = wizard(
            App::builder()
                .pool_name("my-user-pool")
                .domain(Domain::prefix("my-login"))
                .client(AppClient::public("my-app-client"))
                .build(),
        )
        .review()
        .unwrap();
        let domain = plan.create_user_pool_domain().unwrap().build().unwrap();
        assert_eq!(domain.domain(), Some("my-login"));
        assert!(domain.custom_domain_config().is_none());
    }

    /// A wizard that sets every member the mapping can send.
    fn everything() -> UserPoolWizard {
        UserPoolWizard::builder()
            .sign_in(
                SignIn::with([
                    SignInOption::Username,
                    SignInOption::Email,
                    SignInOption::PhoneNumber,
                ])
                .preferred_username(true)
                .passkeys(Passkeys::default().relying_party_id("auth.example.com"))
                .remember_devices(crate::RememberDevices::Always),
            )
            .security(
                Security::default()
                    .mfa(Mfa::optional([
                        MfaMethod::Sms,
                        MfaMethod::AuthenticatorApp,
                        MfaMethod::Email,
                    ]))
                    .feature_plan(FeaturePlan::Plus)
                    .threat_protection(crate::ThreatProtection::Audit),
            )
            .sign_up(
                SignUp::default()
                    .verification(crate::Verification::PhoneNumberElseEmail)
                    .custom_attribute(CustomAttribute::number("age").min_value(0).max_value(150)),
            )
            .messaging(
                Messaging::email(
                    ses()
                        .from("no-reply@example.com")
                        .reply_to("help@example.com"),
                )
                .sms(SmsSettings::new("arn:aws:iam::123456789012:role/sms").external_id("ext"))
                .templates(
                    crate::MessageTemplates::default()
                        .mfa_sms_message("Your code is {####}")
                        .invitation(
                            crate::InvitationMessage::default()
                                .email_message("Hello {username}, password {####}"),
                        ),
                ),
            )
            .app(
                App::builder()
                    .pool_name("everything")
                    .domain(Domain::custom(
                        "auth.example.com",
                        "arn:aws:acm:us-east-1:123456789012:certificate/abc",
                    ))
                    .client(
                        AppClient::new(
                            "web",
                            AppClientType::Confidential(ClientSecret::Custom(
                                CustomClientSecret::new("abcdefghijklmnopqrstuvwxyz0123"),
                            )),
                        )
                        .oauth(OAuth::authorization_code(["https://app.example.com/cb"]))
                        .read_attributes(["email", "custom:age"]),
                    )
                    .tag("team", "identity")
                    .lambda_triggers(
                        LambdaTriggers::default()
                            .pre_sign_up("arn:aws:lambda:us-east-1:123456789012:function:f"),
                    )
                    .build(),
            )
            .build()
    }

    #[test]
    fn accessors_rebuild_exactly_the_reviewed_inputs() {
        let plan = everything().review().unwrap();
        assert_eq!(
            plan.create_user_pool().build().unwrap(),
            plan.plan.requests.create_user_pool
        );
        assert_eq!(
            plan.set_user_pool_mfa_config().unwrap().build().unwrap(),
            plan.plan.requests.set_user_pool_mfa_config.clone().unwrap()
        );
        assert_eq!(
            plan.create_user_pool_domain().unwrap().build().unwrap(),
            plan.plan.requests.create_user_pool_domain.clone().unwrap()
        );
        assert_eq!(
            plan.create_user_pool_client().build().unwrap(),
            plan.plan.requests.create_user_pool_client
        );
        let pool = &plan.plan.requests.create_user_pool;
        assert_eq!(
            pool.alias_attributes(),
            [
                AliasAttributeType::Email,
                AliasAttributeType::PhoneNumber,
                AliasAttributeType::PreferredUsername
            ]
        );
        assert_eq!(pool.mfa_configuration(), Some(&UserPoolMfaType::Optional));
    }

    #[test]
    fn debug_and_display_never_show_a_custom_secret() {
        let plan = everything().review().unwrap();
        let secret = "abcdefghijklmnopqrstuvwxyz0123";
        assert_eq!(
            plan.create_user_pool_client()
                .get_client_secret()
                .as_deref(),
            Some(secret)
        );
        assert!(!format!("{plan:?}").contains(secret));
        assert!(!format!("{plan:#?}").contains(secret));
        assert!(!plan.to_string().contains(secret));
    }

    #[test]
    fn review_reports_every_input_at_once() {
        let errors = UserPoolWizard {
            sign_in: SignIn::with([]),
            security: Security::default().mfa(Mfa::required([MfaMethod::Email])),
            ..wizard(
                App::builder()
                    .pool_name("my-user-pool")
                    .client(AppClient::public("my-app-client").read_attributes(["custom:nope"]))
                    .build(),
            )
        }
        .review()
        .unwrap_err();
        for code in [
            "sign-in-options-required",
            "email-mfa-needs-ses",
            "client-read-attributes-defined",
        ] {
            assert!(errors.has_code(code), "{code} missing from:\n{errors}");
        }
        assert!(
            errors
                .to_string()
                .contains("EmailConfiguration.EmailSendingAccount")
        );
    }

    #[test]
    fn empty_mfa_methods_are_refused_as_cognito_would() {
        let errors = UserPoolWizard {
            security: Security::default().mfa(Mfa::required([])),
            ..seed()
        }
        .review()
        .unwrap_err();
        assert!(errors.has_code("set-mfa-needs-a-factor"), "{errors}");
    }

    #[test]
    fn sms_needs_step_4_sms_settings() {
        let sms_mfa = Security::default().mfa(Mfa::required([MfaMethod::Sms]));
        let errors = UserPoolWizard {
            security: sms_mfa.clone(),
            ..seed()
        }
        .review()
        .unwrap_err();
        assert!(errors.has_code("mfa-needs-sms-configuration"), "{errors}");
        assert!(errors.to_string().contains("SmsConfiguration"));

        let plan = UserPoolWizard {
            security: sms_mfa,
            messaging: Messaging::email(EmailSender::cognito()).sms(SmsSettings::new(
                "arn:aws:iam::123456789012:role/cognito-sms",
            )),
            ..seed()
        }
        .review()
        .unwrap();
        assert!(
            plan.set_user_pool_mfa_config().is_none(),
            "SMS alone needs one call"
        );

        let errors = UserPoolWizard {
            sign_up: SignUp::default().verification(crate::Verification::PhoneNumber),
            ..seed()
        }
        .review()
        .unwrap_err();
        assert!(
            errors.has_code("phone-verification-needs-sms-configuration"),
            "{errors}"
        );
    }

    #[test]
    fn lite_plan_refuses_what_needs_essentials() {
        let errors = UserPoolWizard {
            sign_in: SignIn::with([SignInOption::Email]).passkeys(Passkeys::default()),
            security: Security::default().feature_plan(FeaturePlan::Lite),
            ..seed()
        }
        .review()
        .unwrap_err();
        assert!(errors.has_code("passwordless-needs-essentials"), "{errors}");
    }

    #[test]
    fn review_never_panics() {
        use proptest::prelude::*;
        let text = || proptest::string::string_regex("(?s).{0,80}").unwrap();
        proptest!(ProptestConfig::with_cases(256), |(
            pool in text(), client in text(), domain in text(), arn in text(),
            attribute in text(), message in text(), minimum in any::<u8>(),
            days in any::<u16>(), validity in any::<i32>(), session in any::<i32>(),
            flags in any::<u16>(),
        )| {
            let bit = |n: u16| flags & (1 << n) != 0;
            let mut sign_in = SignIn::with(
                [SignInOption::Username, SignInOption::Email, SignInOption::PhoneNumber]
                    .into_iter()
                    .enumerate()
                    .filter(|(i, _)| bit(u16::try_from(*i).unwrap()))
                    .map(|(_, o)| o),
            )
            .preferred_username(bit(3))
            .case_sensitive(bit(4));
            if bit(5) {
                sign_in = sign_in.passkeys(Passkeys::default().relying_party_id(domain.clone()));
            }
            let mut methods = crate::Checkboxes::new();
            if bit(6) { methods.insert(MfaMethod::Sms); }
            if bit(7) { methods.insert(MfaMethod::Email); }
            if bit(8) { methods.insert(MfaMethod::AuthenticatorApp); }
            let security = Security::default()
                .mfa(if bit(9) { Mfa::Off } else { Mfa::Optional(methods) })
                .feature_plan(if bit(10) { FeaturePlan::Lite } else { FeaturePlan::Plus })
                .password_policy(crate::PasswordPolicy::Custom(
                    crate::CustomPasswordPolicy::default()
                        .minimum_length(minimum)
                        .temporary_password_validity_days(days),
                ));
            let sender = if bit(11) {
                EmailSender::from(EmailSender::ses(arn.clone()).from(message.clone()))
            } else {
                EmailSender::cognito().reply_to(message.clone())
            };
            let mut messaging = Messaging::email(sender).templates(
                crate::MessageTemplates::default()
                    .verification(crate::VerificationMessage::link().email_message(message.clone()))
                    .mfa_email_message(message.clone()),
            );
            if bit(12) {
                messaging = messaging.sms(SmsSettings::new(arn.clone()).sns_region(domain.clone()));
            }
            let app = App::builder()
                .pool_name(pool)
                .client(
                    AppClient::public(client)
                        .read_attributes([attribute.clone()])
                        .refresh_token_validity(crate::TokenValidity::days(validity))
                        .access_token_validity(crate::TokenValidity::seconds(validity))
                        .auth_session_minutes(session),
                )
                .tag(attribute.clone(), message);
            let domain = if bit(13) { Domain::custom(domain, arn) } else { Domain::prefix(domain) };
            let app = app.domain(domain).build();
            let wizard = UserPoolWizard {
                sign_in,
                security,
                sign_up: SignUp::default()
                    .custom_attribute(CustomAttribute::string(attribute).min_length(u32::from(minimum))),
                messaging,
                app,
            };
            if let Ok(plan) = wizard.review() {
                let _ = plan.to_string();
            }
        });
    }

    #[test]
    fn page_has_a_section_per_step() {
        let page = everything().review().unwrap().to_string();
        for step in Step::ALL {
            assert!(page.contains(step.title()), "{page}");
        }
        assert!(page.contains("Warnings"));
    }

    #[test]
    fn the_unchecked_requests_are_the_reviewed_ones() {
        let plan = seed().review().unwrap();
        assert_eq!(plan.plan.wizard.requests(), plan.plan.requests);
    }

    /// A secret no output may contain.
    const SECRET: &str = "Zq7-review-SECRET-never-shown-41x";

    /// Every provider kind with secrets, a resource server, a web client that offers the
    /// providers and a machine-to-machine client; `offered` are the web client's providers.
    fn federated(offered: &[&str]) -> UserPoolWizard {
        use crate::{
            AppleProvider, GoogleProvider, OidcProvider, ResourceServer, SamlMetadata,
            SamlProvider, Secret, StandardAttribute,
        };
        let orders = ResourceServer::new("orders", "Orders API").scope("write", "Change orders");
        UserPoolWizard {
            sign_in: SignIn::with([SignInOption::Email])
                .identity_provider(
                    GoogleProvider::new("id", Secret::new(SECRET), ["openid", "email"])
                        .map_attribute(StandardAttribute::Email, "email"),
                )
                .identity_provider(AppleProvider::new(
                    "com.example",
                    "T",
                    "K",
                    Secret::new(SECRET),
                ))
                .identity_provider(
                    OidcProvider::new("Okta", "id", "https://example.okta.com", ["openid"])
                        .client_secret(Secret::new(SECRET)),
                )
                .identity_provider(SamlProvider::new(
                    "Corporate",
                    SamlMetadata::url("https://idp.example.com/md"),
                )),
            ..wizard(
                App::builder()
                    .pool_name("my-user-pool")
                    .client(
                        AppClient::public("web").oauth(
                            OAuth::authorization_code(["https://app.example.com/cb"])
                                .identity_providers(offered.iter().copied()),
                        ),
                    )
                    .additional_client(AppClient::machine_to_machine(
                        "worker",
                        [orders.oauth_scope("write")],
                    ))
                    .additional_client(AppClient::new(
                        "backend",
                        AppClientType::Confidential(ClientSecret::Custom(CustomClientSecret::new(
                            format!("{}{}", SECRET.replace('-', "_"), "x"),
                        ))),
                    ))
                    .resource_server(orders)
                    .build(),
            )
        }
    }

    #[test]
    fn a_federated_plan_passes_review_and_never_shows_a_secret() {
        let plan = federated(&["COGNITO", "Google", "SignInWithApple", "Okta", "Corporate"])
            .review()
            .unwrap();
        let page = plan.to_string();
        let custom = SECRET.replace('-', "_");
        for shown in [page.clone(), format!("{plan:?}"), format!("{plan:#?}")] {
            assert!(!shown.contains(SECRET), "{shown}");
            assert!(!shown.contains(&custom), "{shown}");
        }
        for row in [
            "Provider types                                        Cognito user pool, Federated identity providers",
            "Federated sign-in options                             Google, SignInWithApple, Okta, Corporate",
            "Client secret                                         Set",
            "Private key                                           Set",
            "App client name                                       worker",
            "App type                                              Machine-to-machine application",
            "Resource server identifier                            orders",
            "Custom scopes                                         write (Change orders)",
        ] {
            assert!(page.contains(row), "{row} missing from:\n{page}");
        }
        // The plan sends the initial client for now; the others are the wizard's.
        assert_eq!(
            plan.create_user_pool_client().get_client_name().as_deref(),
            Some("web")
        );
    }

    #[test]
    fn errors_never_show_a_secret() {
        use crate::{GoogleProvider, Secret};
        // A dangling provider, and a secret too long to send.
        let mut wizard = federated(&["COGNITO", "Facebook"]);
        wizard.sign_in = wizard.sign_in.identity_provider(GoogleProvider::new(
            "id",
            Secret::new(SECRET.repeat(131_072 / SECRET.len() + 1)),
            ["openid"],
        ));
        let errors = wizard.review().unwrap_err();
        assert!(
            errors.has_code("client-identity-providers-defined"),
            "{errors}"
        );
        assert!(errors.has_code("idp-provider-details-value"), "{errors}");
        assert!(errors.has_code("idp-names-unique"), "{errors}");
        for shown in [errors.to_string(), format!("{errors:?}")] {
            assert!(!shown.contains(SECRET), "{shown}");
        }
    }

    #[test]
    fn a_dangling_reference_names_the_client_the_path_and_the_name() {
        let errors = federated(&["COGNITO", "Okta", "Auth0"])
            .review()
            .unwrap_err();
        let v: Vec<_> = errors
            .iter()
            .filter(|v| v.code() == "client-identity-providers-defined")
            .collect();
        assert_eq!(v.len(), 1, "{errors}");
        assert_eq!(v[0].operation(), Operation::CreateUserPoolClient);
        assert_eq!(v[0].path(), "SupportedIdentityProviders[2]");
        assert!(
            v[0].message().starts_with(
                "app client \"web\" offers the identity provider \"Auth0\", which the plan \
                 does not create"
            ),
            "{}",
            v[0].message()
        );
        assert!(v[0].message().contains("\"Okta\""), "{}", v[0].message());

        let mut wizard = federated(&["COGNITO"]);
        wizard.app = App::builder()
            .pool_name("my-user-pool")
            .client(AppClient::public("web"))
            .additional_client(AppClient::machine_to_machine(
                "worker",
                [crate::OAuthScope::Custom("orders/write".into())],
            ))
            .build();
        let errors = wizard.review().unwrap_err();
        let v: Vec<_> = errors
            .iter()
            .filter(|v| v.code() == "client-custom-scopes-defined")
            .collect();
        assert_eq!(v.len(), 1, "{errors}");
        assert_eq!(v[0].path(), "AllowedOAuthScopes[0]");
        assert!(
            v[0].message().contains("app client \"worker\""),
            "{}",
            v[0].message()
        );
        assert!(
            v[0].message().contains("\"orders/write\""),
            "{}",
            v[0].message()
        );
        assert!(
            v[0].message()
                .contains("the plan has no resource server \"orders\""),
            "{}",
            v[0].message()
        );
    }

    #[test]
    fn review_runs_the_rules_of_every_provider_and_server_naming_them() {
        use crate::{OidcProvider, ResourceServer};
        let wizard = UserPoolWizard {
            sign_in: SignIn::with([SignInOption::Email]).identity_provider(OidcProvider::new(
                "Okta",
                "id",
                "http://example.okta.com",
                ["openid"],
            )),
            ..wizard(
                App::builder()
                    .pool_name("my-user-pool")
                    .client(AppClient::public("my-app-client"))
                    .resource_server(ResourceServer::new("orders", "Orders").scope("a/b", "Bad"))
                    .build(),
            )
        };
        let errors = wizard.review().unwrap_err();
        let https = errors
            .iter()
            .find(|v| v.code() == "idp-oidc-https")
            .unwrap();
        assert_eq!(https.operation(), Operation::CreateIdentityProvider);
        assert!(
            https.message().starts_with("identity provider \"Okta\": "),
            "{}",
            https.message()
        );
        let scope = errors
            .iter()
            .find(|v| v.code() == "resource-server-scope-name")
            .unwrap();
        assert_eq!(scope.operation(), Operation::CreateResourceServer);
        assert_eq!(scope.path(), "Scopes[0].ScopeName");
        assert!(
            scope.message().starts_with("resource server \"orders\": "),
            "{}",
            scope.message()
        );
    }

    #[test]
    fn every_client_is_held_to_the_machine_to_machine_rules() {
        use crate::OAuthScope;
        let orders = crate::ResourceServer::new("orders", "Orders").scope("write", "Change");
        let with = |client: AppClient| {
            wizard(
                App::builder()
                    .pool_name("my-user-pool")
                    .client(AppClient::public("web"))
                    .additional_client(client)
                    .resource_server(orders.clone())
                    .build(),
            )
            .review()
        };
        let write = || OAuthScope::Custom("orders/write".into());
        assert!(with(AppClient::machine_to_machine("m2m", [write()])).is_ok());
        for (client, code) in [
            // SR-079: a secret.
            (
                AppClient::public("m2m").oauth(OAuth::client_credentials([write()])),
                "client-credentials-needs-secret",
            ),
            // SR-080: custom scopes only.
            (
                AppClient::machine_to_machine("m2m", [write(), OAuthScope::OpenId]),
                "client-credentials-scopes",
            ),
            // SR-078: no other grant.
            (
                AppClient::machine_to_machine("m2m", [write()]).oauth(
                    OAuth::client_credentials([write()])
                        .grant_types([
                            crate::OAuthGrantType::ClientCredentials,
                            crate::OAuthGrantType::AuthorizationCode,
                        ])
                        .callback_urls(["https://app.example.com/cb"]),
                ),
                "client-credentials-alone",
            ),
        ] {
            let errors = with(client).unwrap_err();
            let v = errors
                .iter()
                .find(|v| v.code() == code)
                .unwrap_or_else(|| panic!("{code}: {errors}"));
            assert!(
                v.message().starts_with("app client \"m2m\": "),
                "{}",
                v.message()
            );
        }
        // With one client, messages are as they were.
        let errors = wizard(
            App::builder()
                .pool_name("my-user-pool")
                .client(AppClient::public("m2m").oauth(OAuth::client_credentials([write()])))
                .resource_server(orders.clone())
                .build(),
        )
        .review()
        .unwrap_err();
        let v = errors
            .iter()
            .find(|v| v.code() == "client-credentials-needs-secret")
            .unwrap();
        assert!(!v.message().starts_with("app client"), "{}", v.message());
    }

    #[test]
    fn any_client_that_reveals_users_warns() {
        let plan = wizard(
            App::builder()
                .pool_name("my-user-pool")
                .client(AppClient::public("web"))
                .additional_client(AppClient::public("legacy").prevent_user_existence_errors(false))
                .build(),
        )
        .review()
        .unwrap();
        let codes: Vec<_> = plan.warnings().iter().map(Warning::code).collect();
        assert_eq!(codes, ["user-existence-errors-not-prevented"]);
    }
}
