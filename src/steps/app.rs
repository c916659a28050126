//! Step 5, "Integrate your app": pool name, domain, initial app client and any further ones,
//! resource servers with their custom scopes, tags, deletion protection, and the Lambda
//! triggers.
//!
//! # Examples
//!
//! ```
//! use cognito_wizard::{App, AppClient, Domain, OAuth};
//!
//! let step = App::builder()
//!     .pool_name("my-user-pool")
//!     .domain(Domain::prefix("my-login"))
//!     .client(
//!         AppClient::public("my-app-client")
//!             .oauth(OAuth::authorization_code(["https://app.example.com/callback"])),
//!     )
//!     .tag("team", "identity")
//!     .build();
//! # let _ = step;
//! ```

pub(crate) mod client_rules;
pub(crate) mod domain_rules;
pub(crate) mod pool_rules;
mod resource_server;
pub(crate) mod resource_server_rules;
#[cfg(feature = "serde")]
mod spec;

pub use resource_server::ResourceServer;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use aws_sdk_cognitoidentityprovider::operation::create_resource_server::CreateResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::types::{
    CustomDomainConfigType, CustomEmailLambdaVersionConfigType, CustomEmailSenderLambdaVersionType,
    CustomSmsLambdaVersionConfigType, CustomSmsSenderLambdaVersionType, DeletionProtectionType,
    ExplicitAuthFlowsType, LambdaConfigType, OAuthFlowType, PreTokenGenerationLambdaVersionType,
    PreTokenGenerationVersionConfigType, PreventUserExistenceErrorTypes, TimeUnitsType,
    TokenValidityUnitsType,
};
use typed_builder::TypedBuilder;

use super::built;
use super::sign_in::enabled;
use super::sign_up::StandardAttribute;
use crate::checkbox::{Checkbox, Checkboxes, checkbox};
use crate::page::{Page, join, or_none};

/// The hosted sign-in pages' domain (`CreateUserPoolDomain`).
///
/// # Examples
///
/// ```
/// use cognito_wizard::{Domain, ManagedLoginVersion};
///
/// let prefix = Domain::prefix("my-login");
/// let custom = Domain::custom(
///     "auth.example.com",
///     "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789",
/// )
/// .managed_login(ManagedLoginVersion::ManagedLogin);
/// # let _ = (prefix, custom);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Domain {
    name: String,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    certificate_arn: Option<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    managed_login: Option<ManagedLoginVersion>,
}

impl Domain {
    /// "Use a Cognito domain": `https://<prefix>.auth.<region>.amazoncognito.com`.
    pub fn prefix(prefix: impl Into<String>) -> Self {
        Domain {
            name: prefix.into(),
            certificate_arn: None,
            managed_login: None,
        }
    }

    /// "Use a custom domain": a fully qualified name and its ACM certificate, which must be
    /// in `us-east-1`.
    pub fn custom(domain: impl Into<String>, certificate_arn: impl Into<String>) -> Self {
        Domain {
            name: domain.into(),
            certificate_arn: Some(certificate_arn.into()),
            managed_login: None,
        }
    }

    /// The branding version of the sign-in pages (unset, the service's default).
    #[must_use]
    pub fn managed_login(mut self, version: ManagedLoginVersion) -> Self {
        self.managed_login = Some(version);
        self
    }

    pub(crate) fn managed_login_version(&self) -> Option<ManagedLoginVersion> {
        self.managed_login
    }

    fn to_wire(&self) -> CreateUserPoolDomainInput {
        built(
            CreateUserPoolDomainInput::builder()
                .domain(self.name.clone())
                .set_managed_login_version(self.managed_login.map(ManagedLoginVersion::number))
                .set_custom_domain_config(self.certificate_arn.as_ref().map(|arn| {
                    built(
                        CustomDomainConfigType::builder()
                            .certificate_arn(arn.clone())
                            .build(),
                    )
                }))
                .build(),
        )
    }

    /// The domain a `CreateUserPoolDomain` request creates, the inverse of `to_wire`. A
    /// branding version other than 1 or 2 is left out.
    fn from_input(input: &CreateUserPoolDomainInput) -> Domain {
        Domain {
            name: input.domain().unwrap_or_default().to_owned(),
            certificate_arn: input
                .custom_domain_config()
                .map(|c| c.certificate_arn().to_owned()),
            managed_login: match input.managed_login_version() {
                Some(1) => Some(ManagedLoginVersion::ClassicHostedUi),
                Some(2) => Some(ManagedLoginVersion::ManagedLogin),
                _ => None,
            },
        }
    }
}

/// Which sign-in pages the domain serves (`ManagedLoginVersion`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum ManagedLoginVersion {
    /// The classic hosted UI (version 1).
    ClassicHostedUi,
    /// Managed login (version 2; needs the Essentials or Plus plan).
    ManagedLogin,
}

impl ManagedLoginVersion {
    fn number(self) -> i32 {
        match self {
            ManagedLoginVersion::ClassicHostedUi => 1,
            ManagedLoginVersion::ManagedLogin => 2,
        }
    }
}

/// The console's label.
impl fmt::Display for ManagedLoginVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ManagedLoginVersion::ClassicHostedUi => "Hosted UI (classic)",
            ManagedLoginVersion::ManagedLogin => "Managed login",
        })
    }
}

/// A client secret the application supplies instead of letting Cognito generate one (24 to 64
/// characters of `[A-Za-z0-9_+]`). Never shown by `Debug` or the review page. With the `serde`
/// feature a spec holds it as the secret itself, so that it reads back (see the `spec` module).
#[derive(Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct CustomClientSecret(String);

impl CustomClientSecret {
    /// Wraps a secret.
    pub fn new(secret: impl Into<String>) -> Self {
        CustomClientSecret(secret.into())
    }
}

impl fmt::Debug for CustomClientSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CustomClientSecret(*** redacted ***)")
    }
}

/// "Client secret".
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum ClientSecret {
    /// "Generate a client secret" (`GenerateSecret = true`).
    Generate,
    /// A secret of your own (`ClientSecret`).
    Custom(CustomClientSecret),
}

/// "App type": what kind of application the initial client serves.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(from = "spec::AppClientTypeSpec", into = "spec::AppClientTypeSpec")
)]
pub enum AppClientType {
    /// "Public client": a browser or mobile app, which cannot keep a secret.
    Public,
    /// "Confidential client": a server-side app, always with a secret.
    Confidential(ClientSecret),
    /// "Other": a custom app, with or without a secret.
    Other(Option<ClientSecret>),
    /// "Machine-to-machine application": a service that signs in as itself with the client
    /// credentials grant, always with a secret (see [`AppClient::machine_to_machine`]).
    MachineToMachine(ClientSecret),
}

impl AppClientType {
    fn secret(&self) -> Option<&ClientSecret> {
        match self {
            AppClientType::Public | AppClientType::Other(None) => None,
            AppClientType::Confidential(secret)
            | AppClientType::Other(Some(secret))
            | AppClientType::MachineToMachine(secret) => Some(secret),
        }
    }
}

/// The console's label.
impl fmt::Display for AppClientType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AppClientType::Public => "Public client",
            AppClientType::Confidential(_) => "Confidential client",
            AppClientType::Other(_) => "Other",
            AppClientType::MachineToMachine(_) => "Machine-to-machine application",
        })
    }
}

/// An "Authentication flows" checkbox (`ExplicitAuthFlows`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum AuthFlow {
    /// `ALLOW_USER_AUTH`: choice-based sign-in (passwordless, passkeys).
    UserAuth,
    /// `ALLOW_ADMIN_USER_PASSWORD_AUTH`: server-side sign-in with a user name and password.
    AdminUserPassword,
    /// `ALLOW_CUSTOM_AUTH`: Lambda-driven custom challenges.
    Custom,
    /// `ALLOW_USER_PASSWORD_AUTH`: user name and password sent to Cognito.
    UserPassword,
    /// `ALLOW_USER_SRP_AUTH`: secure remote password.
    UserSrp,
    /// `ALLOW_REFRESH_TOKEN_AUTH`: new tokens from a refresh token.
    RefreshToken,
}

checkbox!(AuthFlow => [
    AuthFlow::UserAuth,
    AuthFlow::AdminUserPassword,
    AuthFlow::Custom,
    AuthFlow::UserPassword,
    AuthFlow::UserSrp,
    AuthFlow::RefreshToken,
]);

impl AuthFlow {
    pub(crate) fn wire(self) -> ExplicitAuthFlowsType {
        match self {
            AuthFlow::UserAuth => ExplicitAuthFlowsType::AllowUserAuth,
            AuthFlow::AdminUserPassword => ExplicitAuthFlowsType::AllowAdminUserPasswordAuth,
            AuthFlow::Custom => ExplicitAuthFlowsType::AllowCustomAuth,
            AuthFlow::UserPassword => ExplicitAuthFlowsType::AllowUserPasswordAuth,
            AuthFlow::UserSrp => ExplicitAuthFlowsType::AllowUserSrpAuth,
            AuthFlow::RefreshToken => ExplicitAuthFlowsType::AllowRefreshTokenAuth,
        }
    }
}

/// The wire name, as the console lists it.
impl fmt::Display for AuthFlow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.wire().as_str())
    }
}

/// A unit for token expirations (`TokenValidityUnits`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum TimeUnit {
    /// Seconds.
    Seconds,
    /// Minutes.
    Minutes,
    /// Hours.
    Hours,
    /// Days.
    Days,
}

impl TimeUnit {
    fn wire(self) -> TimeUnitsType {
        match self {
            TimeUnit::Seconds => TimeUnitsType::Seconds,
            TimeUnit::Minutes => TimeUnitsType::Minutes,
            TimeUnit::Hours => TimeUnitsType::Hours,
            TimeUnit::Days => TimeUnitsType::Days,
        }
    }
}

/// A token expiration: a value in a unit, sent as both (e.g. `RefreshTokenValidity = 30`,
/// `TokenValidityUnits.RefreshToken = days`). Cognito's ranges: access and ID tokens 5
/// minutes to 1 day, refresh tokens 60 minutes to 10 years, and no longer than the refresh
/// token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(from = "spec::TokenValiditySpec", into = "spec::TokenValiditySpec")
)]
pub struct TokenValidity {
    value: i32,
    unit: TimeUnit,
}

impl TokenValidity {
    /// `value` seconds.
    pub fn seconds(value: i32) -> Self {
        TokenValidity {
            value,
            unit: TimeUnit::Seconds,
        }
    }

    /// `value` minutes.
    pub fn minutes(value: i32) -> Self {
        TokenValidity {
            value,
            unit: TimeUnit::Minutes,
        }
    }

    /// `value` hours.
    pub fn hours(value: i32) -> Self {
        TokenValidity {
            value,
            unit: TimeUnit::Hours,
        }
    }

    /// `value` days.
    pub fn days(value: i32) -> Self {
        TokenValidity {
            value,
            unit: TimeUnit::Days,
        }
    }
}

/// As the console's review page shows it: `30 day(s)`.
impl fmt::Display for TokenValidity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = match self.unit {
            TimeUnit::Seconds => "second(s)",
            TimeUnit::Minutes => "minute(s)",
            TimeUnit::Hours => "hour(s)",
            TimeUnit::Days => "day(s)",
        };
        write!(f, "{} {unit}", self.value)
    }
}

/// An "OAuth 2.0 grant types" checkbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum OAuthGrantType {
    /// "Authorization code grant" (`code`).
    AuthorizationCode,
    /// "Implicit grant" (`implicit`).
    Implicit,
    /// "Client credentials" (`client_credentials`): machine-to-machine, needs a secret and
    /// resource-server scopes only.
    ClientCredentials,
}

checkbox!(OAuthGrantType => [
    OAuthGrantType::AuthorizationCode,
    OAuthGrantType::Implicit,
    OAuthGrantType::ClientCredentials,
]);

impl OAuthGrantType {
    pub(crate) fn wire(self) -> OAuthFlowType {
        match self {
            OAuthGrantType::AuthorizationCode => OAuthFlowType::Code,
            OAuthGrantType::Implicit => OAuthFlowType::Implicit,
            OAuthGrantType::ClientCredentials => OAuthFlowType::ClientCredentials,
        }
    }
}

/// The console's label.
impl fmt::Display for OAuthGrantType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            OAuthGrantType::AuthorizationCode => "Authorization code grant",
            OAuthGrantType::Implicit => "Implicit grant",
            OAuthGrantType::ClientCredentials => "Client credentials",
        })
    }
}

/// An OIDC scope checkbox of the console, or a resource-server scope.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum OAuthScope {
    /// `email`.
    Email,
    /// `openid`.
    #[cfg_attr(feature = "serde", serde(rename = "openid"))]
    OpenId,
    /// `phone`.
    Phone,
    /// `profile`.
    Profile,
    /// `aws.cognito.signin.user.admin`.
    #[cfg_attr(feature = "serde", serde(rename = "aws.cognito.signin.user.admin"))]
    CognitoAdmin,
    /// A resource-server scope, `<identifier>/<name>`.
    Custom(String),
}

impl OAuthScope {
    /// The scope a wire name means: an OIDC scope the console offers, else a custom scope.
    pub(crate) fn from_wire(scope: &str) -> Self {
        match scope {
            "email" => OAuthScope::Email,
            "openid" => OAuthScope::OpenId,
            "phone" => OAuthScope::Phone,
            "profile" => OAuthScope::Profile,
            "aws.cognito.signin.user.admin" => OAuthScope::CognitoAdmin,
            other => OAuthScope::Custom(other.to_owned()),
        }
    }

    fn wire(&self) -> &str {
        match self {
            OAuthScope::Email => "email",
            OAuthScope::OpenId => "openid",
            OAuthScope::Phone => "phone",
            OAuthScope::Profile => "profile",
            OAuthScope::CognitoAdmin => "aws.cognito.signin.user.admin",
            OAuthScope::Custom(scope) => scope,
        }
    }
}

/// The wire name.
impl fmt::Display for OAuthScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.wire())
    }
}

/// "Hosted UI settings" of the app client: OAuth 2.0 grants, scopes and redirect URLs
/// (`AllowedOAuthFlowsUserPoolClient = true`).
///
/// # Examples
///
/// ```
/// use cognito_wizard::{OAuth, OAuthScope};
///
/// let browser = OAuth::authorization_code(["https://app.example.com/callback"])
///     .sign_out_urls(["https://app.example.com/"]);
/// let machine = OAuth::client_credentials([OAuthScope::Custom("orders/read".into())]);
/// # let _ = (browser, machine);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default = "spec::oauth"))]
pub struct OAuth {
    grant_types: Checkboxes<OAuthGrantType>,
    scopes: BTreeSet<OAuthScope>,
    callback_urls: Vec<String>,
    sign_out_urls: Vec<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    default_redirect_uri: Option<String>,
    identity_providers: Vec<String>,
}

impl OAuth {
    /// The console's default: "Authorization code grant" with the `email`, `openid` and
    /// `phone` scopes, users from the Cognito user pool, redirecting to `callback_urls`.
    pub fn authorization_code(callback_urls: impl IntoIterator<Item = impl Into<String>>) -> Self {
        OAuth {
            grant_types: Checkboxes::from([OAuthGrantType::AuthorizationCode]),
            scopes: BTreeSet::from([OAuthScope::Email, OAuthScope::OpenId, OAuthScope::Phone]),
            callback_urls: callback_urls.into_iter().map(Into::into).collect(),
            sign_out_urls: Vec::new(),
            default_redirect_uri: None,
            identity_providers: vec!["COGNITO".to_owned()],
        }
    }

    /// Machine-to-machine: "Client credentials" with resource-server scopes (needs a client
    /// secret).
    pub fn client_credentials(scopes: impl IntoIterator<Item = OAuthScope>) -> Self {
        OAuth {
            grant_types: Checkboxes::from([OAuthGrantType::ClientCredentials]),
            scopes: scopes.into_iter().collect(),
            callback_urls: Vec::new(),
            sign_out_urls: Vec::new(),
            default_redirect_uri: None,
            identity_providers: Vec::new(),
        }
    }

    /// "OAuth 2.0 grant types".
    #[must_use]
    pub fn grant_types(mut self, grants: impl IntoIterator<Item = OAuthGrantType>) -> Self {
        self.grant_types = grants.into_iter().collect();
        self
    }

    /// The OIDC scopes and custom scopes the client may request.
    #[must_use]
    pub fn scopes(mut self, scopes: impl IntoIterator<Item = OAuthScope>) -> Self {
        self.scopes = scopes.into_iter().collect();
        self
    }

    /// "Allowed callback URLs".
    #[must_use]
    pub fn callback_urls(mut self, urls: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.callback_urls = urls.into_iter().map(Into::into).collect();
        self
    }

    /// "Allowed sign-out URLs".
    #[must_use]
    pub fn sign_out_urls(mut self, urls: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.sign_out_urls = urls.into_iter().map(Into::into).collect();
        self
    }

    /// "Default redirect URL" (one of the callback URLs).
    #[must_use]
    pub fn default_redirect_uri(mut self, url: impl Into<String>) -> Self {
        self.default_redirect_uri = Some(url.into());
        self
    }

    /// "Identity providers" (`COGNITO` is the user pool itself).
    #[must_use]
    pub fn identity_providers(
        mut self,
        providers: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.identity_providers = providers.into_iter().map(Into::into).collect();
        self
    }
}

/// The initial app client (`CreateUserPoolClient`). Defaults are the console's: the
/// `ALLOW_USER_SRP_AUTH` and `ALLOW_REFRESH_TOKEN_AUTH` flows, refresh tokens for 30 days,
/// access and ID tokens for 60 minutes, a 3-minute authentication session, user existence
/// errors prevented, token revocation on, every attribute readable and writable, and no
/// hosted UI (OAuth) settings. The token and session values are also the API's own defaults
/// (API reference: `CreateUserPoolClient`, `TokenValidityUnitsType`); the plan sends them
/// with explicit units, as the console does.
///
/// # Examples
///
/// ```
/// use cognito_wizard::{AppClient, AuthFlow, TokenValidity};
///
/// let client = AppClient::confidential("my-backend")
///     .auth_flows([AuthFlow::AdminUserPassword, AuthFlow::RefreshToken])
///     .access_token_validity(TokenValidity::minutes(15))
///     .read_attributes(["email", "custom:tenant"]);
/// # let _ = client;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct AppClient {
    name: String,
    #[cfg_attr(feature = "serde", serde(default = "spec::public"))]
    kind: AppClientType,
    #[cfg_attr(feature = "serde", serde(default = "spec::auth_flows"))]
    auth_flows: Checkboxes<AuthFlow>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    oauth: Option<OAuth>,
    #[cfg_attr(
        feature = "serde",
        serde(default = "spec::refresh_token", rename = "refresh_token_validity")
    )]
    refresh_token: TokenValidity,
    #[cfg_attr(
        feature = "serde",
        serde(default = "spec::access_token", rename = "access_token_validity")
    )]
    access_token: TokenValidity,
    #[cfg_attr(
        feature = "serde",
        serde(default = "spec::id_token", rename = "id_token_validity")
    )]
    id_token: TokenValidity,
    #[cfg_attr(feature = "serde", serde(default = "spec::auth_session_minutes"))]
    auth_session_minutes: i32,
    #[cfg_attr(feature = "serde", serde(default = "crate::spec::yes"))]
    prevent_user_existence_errors: bool,
    #[cfg_attr(feature = "serde", serde(default = "crate::spec::yes"))]
    token_revocation: bool,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    read_attributes: Option<Vec<String>>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    write_attributes: Option<Vec<String>>,
    #[cfg_attr(feature = "serde", serde(default))]
    propagate_user_context_data: bool,
}

impl AppClient {
    /// An app client of type `kind` named `name`, with the console's defaults.
    pub fn new(name: impl Into<String>, kind: AppClientType) -> Self {
        AppClient {
            name: name.into(),
            kind,
            auth_flows: Checkboxes::from([AuthFlow::UserSrp, AuthFlow::RefreshToken]),
            oauth: None,
            refresh_token: TokenValidity::days(30),
            access_token: TokenValidity::minutes(60),
            id_token: TokenValidity::minutes(60),
            auth_session_minutes: 3,
            prevent_user_existence_errors: true,
            token_revocation: true,
            read_attributes: None,
            write_attributes: None,
            propagate_user_context_data: false,
        }
    }

    /// "Public client" (no secret), the console's default type.
    pub fn public(name: impl Into<String>) -> Self {
        AppClient::new(name, AppClientType::Public)
    }

    /// "Confidential client" with a generated secret.
    pub fn confidential(name: impl Into<String>) -> Self {
        AppClient::new(name, AppClientType::Confidential(ClientSecret::Generate))
    }

    /// "Other" (a custom app), without a secret.
    pub fn other(name: impl Into<String>) -> Self {
        AppClient::new(name, AppClientType::Other(None))
    }

    /// "Machine-to-machine application": a generated secret, the client credentials grant as
    /// its only OAuth grant, and `scopes`, which must be resource-server scopes
    /// ([`ResourceServer::oauth_scope`]) of the plan: review refuses OIDC scopes (SR-080) and
    /// scopes no resource server of the plan has. No user signs in through it, so its only
    /// authentication flow is `ALLOW_REFRESH_TOKEN_AUTH`.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::{AppClient, ResourceServer};
    ///
    /// let orders = ResourceServer::new("orders", "Orders API").scope("write", "Change orders");
    /// let worker = AppClient::machine_to_machine("orders-worker", [orders.oauth_scope("write")]);
    /// # let _ = worker;
    /// ```
    pub fn machine_to_machine(
        name: impl Into<String>,
        scopes: impl IntoIterator<Item = OAuthScope>,
    ) -> Self {
        AppClient::new(
            name,
            AppClientType::MachineToMachine(ClientSecret::Generate),
        )
        .auth_flows([AuthFlow::RefreshToken])
        .oauth(OAuth::client_credentials(scopes))
    }

    /// "Authentication flows" (replaces the defaults).
    #[must_use]
    pub fn auth_flows(mut self, flows: impl IntoIterator<Item = AuthFlow>) -> Self {
        self.auth_flows = flows.into_iter().collect();
        self
    }

    /// "Hosted UI settings": OAuth 2.0 grants, scopes and redirect URLs.
    #[must_use]
    pub fn oauth(mut self, oauth: OAuth) -> Self {
        self.oauth = Some(oauth);
        self
    }

    /// "Refresh token expiration".
    #[must_use]
    pub fn refresh_token_validity(mut self, validity: TokenValidity) -> Self {
        self.refresh_token = validity;
        self
    }

    /// "Access token expiration".
    #[must_use]
    pub fn access_token_validity(mut self, validity: TokenValidity) -> Self {
        self.access_token = validity;
        self
    }

    /// "ID token expiration".
    #[must_use]
    pub fn id_token_validity(mut self, validity: TokenValidity) -> Self {
        self.id_token = validity;
        self
    }

    /// "Authentication flow session duration" in minutes (3 to 15).
    #[must_use]
    pub fn auth_session_minutes(mut self, minutes: i32) -> Self {
        self.auth_session_minutes = minutes;
        self
    }

    /// "Prevent user existence errors" (on by default; review warns when off).
    #[must_use]
    pub fn prevent_user_existence_errors(mut self, prevent: bool) -> Self {
        self.prevent_user_existence_errors = prevent;
        self
    }

    /// "Enable token revocation".
    #[must_use]
    pub fn token_revocation(mut self, enable: bool) -> Self {
        self.token_revocation = enable;
        self
    }

    /// "Attribute read permissions": only these attributes (standard names or
    /// `custom:<name>`); unset, all.
    #[must_use]
    pub fn read_attributes(
        mut self,
        attributes: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.read_attributes = Some(attributes.into_iter().map(Into::into).collect());
        self
    }

    /// "Attribute write permissions": only these attributes; unset, all.
    #[must_use]
    pub fn write_attributes(
        mut self,
        attributes: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.write_attributes = Some(attributes.into_iter().map(Into::into).collect());
        self
    }

    /// "Advanced security: propagate additional user context data" (needs a client secret).
    #[must_use]
    pub fn propagate_user_context_data(mut self, enable: bool) -> Self {
        self.propagate_user_context_data = enable;
        self
    }

    pub(crate) fn prevents_user_existence_errors(&self) -> bool {
        self.prevent_user_existence_errors
    }

    /// The attribute names the client may read, then those it may write.
    pub(crate) fn attribute_permissions(&self) -> [&[String]; 2] {
        [
            self.read_attributes.as_deref().unwrap_or_default(),
            self.write_attributes.as_deref().unwrap_or_default(),
        ]
    }

    /// The `CreateUserPoolClient` request, without `UserPoolId`.
    pub(crate) fn to_wire(&self) -> CreateUserPoolClientInput {
        let mut input = built(CreateUserPoolClientInput::builder().build());
        self.to_client(&mut input);
        input
    }

    /// Writes the `CreateUserPoolClient` members (all but `UserPoolId`). Assigning the input's
    /// public members, rather than chaining its builder, saves moving the builder per member.
    pub(crate) fn to_client(&self, input: &mut CreateUserPoolClientInput) {
        let (generate_secret, client_secret) = match self.kind.secret() {
            None => (Some(false), None),
            Some(ClientSecret::Generate) => (Some(true), None),
            // GenerateSecret = true cannot go with a ClientSecret (SR-084).
            Some(ClientSecret::Custom(secret)) => (None, Some(secret.0.clone())),
        };
        let listed = |list: &Vec<String>| (!list.is_empty()).then(|| list.clone());
        let oauth = self.oauth.as_ref();
        input.client_name = Some(self.name.clone());
        input.generate_secret = generate_secret;
        input.client_secret = client_secret;
        input.refresh_token_validity = Some(self.refresh_token.value);
        input.access_token_validity = Some(self.access_token.value);
        input.id_token_validity = Some(self.id_token.value);
        input.token_validity_units = Some(
            TokenValidityUnitsType::builder()
                .access_token(self.access_token.unit.wire())
                .id_token(self.id_token.unit.wire())
                .refresh_token(self.refresh_token.unit.wire())
                .build(),
        );
        input.read_attributes.clone_from(&self.read_attributes);
        input.write_attributes.clone_from(&self.write_attributes);
        input.explicit_auth_flows = Some(self.auth_flows.iter().map(AuthFlow::wire).collect());
        input.prevent_user_existence_errors = Some(if self.prevent_user_existence_errors {
            PreventUserExistenceErrorTypes::Enabled
        } else {
            PreventUserExistenceErrorTypes::Legacy
        });
        input.enable_token_revocation = Some(self.token_revocation);
        input.auth_session_validity = Some(self.auth_session_minutes);
        input.enable_propagate_additional_user_context_data =
            self.propagate_user_context_data.then_some(true);
        input.allowed_o_auth_flows_user_pool_client = oauth.map(|_| true);
        input.allowed_o_auth_flows =
            oauth.map(|o| o.grant_types.iter().map(OAuthGrantType::wire).collect());
        input.allowed_o_auth_scopes =
            oauth.map(|o| o.scopes.iter().map(|s| s.wire().to_owned()).collect());
        input.callback_urls = oauth.and_then(|o| listed(&o.callback_urls));
        input.logout_urls = oauth.and_then(|o| listed(&o.sign_out_urls));
        input.default_redirect_uri = oauth.and_then(|o| o.default_redirect_uri.clone());
        input.supported_identity_providers = oauth.and_then(|o| listed(&o.identity_providers));
    }

    /// The client a `CreateUserPoolClient` request creates, the inverse of
    /// [`to_client`](Self::to_client). A client with a secret reads as a confidential client
    /// with a generated secret, or as a machine-to-machine client when client credentials are
    /// its only grant: neither the type "Other" nor whether the secret was chosen is part of
    /// the request Cognito keeps. What the client type cannot hold (legacy or unknown
    /// flows, identity providers without OAuth, analytics, refresh token rotation) is left out;
    /// read-back lists it by comparing the request this client writes back.
    pub(crate) fn from_client(input: &CreateUserPoolClientInput) -> AppClient {
        let defaults = AppClient::public(String::new());
        let has_secret = input.generate_secret() == Some(true) || input.client_secret().is_some();
        let unit = |unit: Option<&TimeUnitsType>, default: TimeUnit| match unit {
            Some(TimeUnitsType::Seconds) => TimeUnit::Seconds,
            Some(TimeUnitsType::Minutes) => TimeUnit::Minutes,
            Some(TimeUnitsType::Hours) => TimeUnit::Hours,
            Some(TimeUnitsType::Days) => TimeUnit::Days,
            _ => default,
        };
        let units = input.token_validity_units();
        let validity =
            |value: Option<i32>, member: Option<&TimeUnitsType>, default: TokenValidity| {
                value.map_or(default, |value| TokenValidity {
                    value,
                    unit: unit(member, default.unit),
                })
            };
        let oauth = (input.allowed_o_auth_flows_user_pool_client() == Some(true)).then(|| OAuth {
            grant_types: input
                .allowed_o_auth_flows()
                .iter()
                .filter_map(|flow| {
                    <OAuthGrantType as Checkbox>::ALL
                        .iter()
                        .copied()
                        .find(|g| g.wire() == *flow)
                })
                .collect(),
            scopes: input
                .allowed_o_auth_scopes()
                .iter()
                .map(|scope| OAuthScope::from_wire(scope))
                .collect(),
            callback_urls: input.callback_urls().to_vec(),
            sign_out_urls: input.logout_urls().to_vec(),
            default_redirect_uri: input.default_redirect_uri().map(str::to_owned),
            identity_providers: input.supported_identity_providers().to_vec(),
        });
        // A client with a secret whose only grant is client credentials is a machine's.
        let machine = oauth.as_ref().is_some_and(|o| {
            o.grant_types == Checkboxes::from([OAuthGrantType::ClientCredentials])
        });
        AppClient {
            name: input.client_name().unwrap_or_default().to_owned(),
            kind: match (has_secret, machine) {
                (false, _) => AppClientType::Public,
                (true, false) => AppClientType::Confidential(ClientSecret::Generate),
                (true, true) => AppClientType::MachineToMachine(ClientSecret::Generate),
            },
            auth_flows: input
                .explicit_auth_flows()
                .iter()
                .filter_map(|flow| {
                    <AuthFlow as Checkbox>::ALL
                        .iter()
                        .copied()
                        .find(|f| f.wire() == *flow)
                })
                .collect(),
            oauth,
            refresh_token: validity(
                input.refresh_token_validity(),
                units.and_then(TokenValidityUnitsType::refresh_token),
                defaults.refresh_token,
            ),
            access_token: validity(
                input.access_token_validity(),
                units.and_then(TokenValidityUnitsType::access_token),
                defaults.access_token,
            ),
            id_token: validity(
                input.id_token_validity(),
                units.and_then(TokenValidityUnitsType::id_token),
                defaults.id_token,
            ),
            auth_session_minutes: input
                .auth_session_validity()
                .unwrap_or(defaults.auth_session_minutes),
            prevent_user_existence_errors: input.prevent_user_existence_errors()
                != Some(&PreventUserExistenceErrorTypes::Legacy),
            token_revocation: input
                .enable_token_revocation()
                .unwrap_or(defaults.token_revocation),
            read_attributes: input.read_attributes.clone(),
            write_attributes: input.write_attributes.clone(),
            propagate_user_context_data: input.enable_propagate_additional_user_context_data()
                == Some(true),
        }
    }

    fn write_review(&self, page: &mut Page<'_, '_>) -> fmt::Result {
        page.row("App type", &self.kind)?;
        page.row("App client name", &self.name)?;
        page.row(
            "Client secret",
            match self.kind.secret() {
                None => "Don't generate a client secret",
                Some(ClientSecret::Generate) => "Generate a client secret",
                Some(ClientSecret::Custom(_)) => "Custom client secret (not shown)",
            },
        )?;
        if let Some(oauth) = &self.oauth {
            page.row("Allowed callback URLs", or_none(join(&oauth.callback_urls)))?;
            page.row("Allowed sign-out URLs", or_none(join(&oauth.sign_out_urls)))?;
            if let Some(url) = &oauth.default_redirect_uri {
                page.row("Default redirect URL", url)?;
            }
            page.row(
                "Identity providers",
                or_none(join(&oauth.identity_providers)),
            )?;
            page.row("OAuth 2.0 grant types", or_none(join(&oauth.grant_types)))?;
            let custom = |scope: &&OAuthScope| matches!(scope, OAuthScope::Custom(_));
            page.row(
                "OpenID Connect scopes",
                or_none(join(oauth.scopes.iter().filter(|s| !custom(s)))),
            )?;
            if oauth.scopes.iter().any(|s| custom(&s)) {
                page.row(
                    "Custom scopes",
                    join(oauth.scopes.iter().filter(|s| custom(s))),
                )?;
            }
        }
        page.row("Authentication flows", or_none(join(&self.auth_flows)))?;
        page.row(
            "Authentication flow session duration",
            format_args!("{} minute(s)", self.auth_session_minutes),
        )?;
        page.row("Refresh token expiration", self.refresh_token)?;
        page.row("Access token expiration", self.access_token)?;
        page.row("ID token expiration", self.id_token)?;
        page.row(
            "Attribute read permissions",
            self.read_attributes.as_ref().map_or_else(
                || "All attributes".to_owned(),
                |a| or_none(join(a)).to_string(),
            ),
        )?;
        page.row(
            "Attribute write permissions",
            self.write_attributes.as_ref().map_or_else(
                || "All attributes".to_owned(),
                |a| or_none(join(a)).to_string(),
            ),
        )?;
        page.row("Enable token revocation", enabled(self.token_revocation))?;
        page.row(
            "Prevent user existence errors",
            enabled(self.prevent_user_existence_errors),
        )?;
        if self.propagate_user_context_data {
            page.row("Propagate additional user context data", "Enabled")?;
        }
        Ok(())
    }
}

/// `StandardAttribute::Email` → `"email"`, for attribute permissions.
impl From<StandardAttribute> for String {
    fn from(attribute: StandardAttribute) -> String {
        attribute.name().to_owned()
    }
}

/// The version of the pre token generation event a trigger receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum PreTokenGenerationVersion {
    /// `V1_0`: ID token customization.
    V1,
    /// `V2_0`: ID and access tokens (Essentials or Plus).
    V2,
    /// `V3_0`: also machine-to-machine tokens (Essentials or Plus).
    V3,
}

impl PreTokenGenerationVersion {
    fn wire(self) -> PreTokenGenerationLambdaVersionType {
        match self {
            PreTokenGenerationVersion::V1 => PreTokenGenerationLambdaVersionType::V10,
            PreTokenGenerationVersion::V2 => PreTokenGenerationLambdaVersionType::V20,
            PreTokenGenerationVersion::V3 => PreTokenGenerationLambdaVersionType::V30,
        }
    }
}

/// Lambda triggers (`LambdaConfig`): the ARN of each function, by event.
///
/// # Examples
///
/// ```
/// use cognito_wizard::{LambdaTriggers, PreTokenGenerationVersion};
///
/// let triggers = LambdaTriggers::default()
///     .pre_sign_up("arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up")
///     .pre_token_generation(
///         "arn:aws:lambda:us-east-1:123456789012:function:claims",
///         PreTokenGenerationVersion::V2,
///     );
/// # let _ = triggers;
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(from = "spec::LambdaTriggersSpec", into = "spec::LambdaTriggersSpec")
)]
pub struct LambdaTriggers {
    triggers: BTreeMap<Trigger, String>,
    pre_token_generation_version: Option<PreTokenGenerationVersion>,
    kms_key_id: Option<String>,
}

/// A trigger, in the console's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Trigger {
    PreSignUp,
    PostConfirmation,
    UserMigration,
    PreAuthentication,
    PostAuthentication,
    PreTokenGeneration,
    DefineAuthChallenge,
    CreateAuthChallenge,
    VerifyAuthChallengeResponse,
    CustomMessage,
    CustomEmailSender,
    CustomSmsSender,
}

impl Trigger {
    fn label(self) -> &'static str {
        match self {
            Trigger::PreSignUp => "Pre sign-up",
            Trigger::PostConfirmation => "Post confirmation",
            Trigger::UserMigration => "Migrate user",
            Trigger::PreAuthentication => "Pre authentication",
            Trigger::PostAuthentication => "Post authentication",
            Trigger::PreTokenGeneration => "Pre token generation",
            Trigger::DefineAuthChallenge => "Define auth challenge",
            Trigger::CreateAuthChallenge => "Create auth challenge",
            Trigger::VerifyAuthChallengeResponse => "Verify auth challenge response",
            Trigger::CustomMessage => "Custom message",
            Trigger::CustomEmailSender => "Custom email sender",
            Trigger::CustomSmsSender => "Custom SMS sender",
        }
    }
}

macro_rules! trigger_setters {
    ($($(#[$doc:meta])* $fn:ident => $trigger:ident;)*) => {
        $(
            $(#[$doc])*
            #[must_use]
            pub fn $fn(mut self, lambda_arn: impl Into<String>) -> Self {
                self.triggers.insert(Trigger::$trigger, lambda_arn.into());
                self
            }
        )*
    };
}

impl LambdaTriggers {
    trigger_setters! {
        /// "Pre sign-up".
        pre_sign_up => PreSignUp;
        /// "Post confirmation".
        post_confirmation => PostConfirmation;
        /// "Migrate user".
        user_migration => UserMigration;
        /// "Pre authentication".
        pre_authentication => PreAuthentication;
        /// "Post authentication".
        post_authentication => PostAuthentication;
        /// "Define auth challenge".
        define_auth_challenge => DefineAuthChallenge;
        /// "Create auth challenge".
        create_auth_challenge => CreateAuthChallenge;
        /// "Verify auth challenge response".
        verify_auth_challenge_response => VerifyAuthChallengeResponse;
        /// "Custom message".
        custom_message => CustomMessage;
        /// "Custom email sender" (needs [`LambdaTriggers::kms_key_id`]).
        custom_email_sender => CustomEmailSender;
        /// "Custom SMS sender" (needs [`LambdaTriggers::kms_key_id`]).
        custom_sms_sender => CustomSmsSender;
    }

    /// "Pre token generation", receiving events of `version`.
    #[must_use]
    pub fn pre_token_generation(
        mut self,
        lambda_arn: impl Into<String>,
        version: PreTokenGenerationVersion,
    ) -> Self {
        self.triggers
            .insert(Trigger::PreTokenGeneration, lambda_arn.into());
        self.pre_token_generation_version = Some(version);
        self
    }

    /// The KMS key custom sender triggers decrypt codes with (`KMSKeyID`).
    #[must_use]
    pub fn kms_key_id(mut self, key_arn: impl Into<String>) -> Self {
        self.kms_key_id = Some(key_arn.into());
        self
    }

    /// The triggers a `LambdaConfig` sets, the inverse of `to_wire`. The pre token generation
    /// ARN comes from `PreTokenGenerationConfig`, else from the legacy `PreTokenGeneration`
    /// (which the plan also sends); what the type cannot hold (inbound federation, an unknown
    /// version) is left out.
    fn from_wire(config: Option<&LambdaConfigType>) -> LambdaTriggers {
        let Some(c) = config else {
            return LambdaTriggers::default();
        };
        let pre_token = c.pre_token_generation_config();
        let mut triggers = BTreeMap::new();
        for (trigger, arn) in [
            (Trigger::PreSignUp, c.pre_sign_up()),
            (Trigger::PostConfirmation, c.post_confirmation()),
            (Trigger::UserMigration, c.user_migration()),
            (Trigger::PreAuthentication, c.pre_authentication()),
            (Trigger::PostAuthentication, c.post_authentication()),
            (
                Trigger::PreTokenGeneration,
                pre_token
                    .map(PreTokenGenerationVersionConfigType::lambda_arn)
                    .or(c.pre_token_generation()),
            ),
            (Trigger::DefineAuthChallenge, c.define_auth_challenge()),
            (Trigger::CreateAuthChallenge, c.create_auth_challenge()),
            (
                Trigger::VerifyAuthChallengeResponse,
                c.verify_auth_challenge_response(),
            ),
            (Trigger::CustomMessage, c.custom_message()),
            (
                Trigger::CustomEmailSender,
                c.custom_email_sender()
                    .map(CustomEmailLambdaVersionConfigType::lambda_arn),
            ),
            (
                Trigger::CustomSmsSender,
                c.custom_sms_sender()
                    .map(CustomSmsLambdaVersionConfigType::lambda_arn),
            ),
        ] {
            if let Some(arn) = arn {
                triggers.insert(trigger, arn.to_owned());
            }
        }
        let pre_token_generation_version = triggers
            .contains_key(&Trigger::PreTokenGeneration)
            .then(
                || match pre_token.map(PreTokenGenerationVersionConfigType::lambda_version) {
                    Some(PreTokenGenerationLambdaVersionType::V20) => {
                        Some(PreTokenGenerationVersion::V2)
                    }
                    Some(PreTokenGenerationLambdaVersionType::V30) => {
                        Some(PreTokenGenerationVersion::V3)
                    }
                    Some(PreTokenGenerationLambdaVersionType::V10) | None => {
                        Some(PreTokenGenerationVersion::V1)
                    }
                    Some(_) => None,
                },
            )
            .flatten();
        LambdaTriggers {
            triggers,
            pre_token_generation_version,
            kms_key_id: c.kms_key_id().map(str::to_owned),
        }
    }

    fn to_wire(&self) -> Option<LambdaConfigType> {
        if self.triggers.is_empty() && self.kms_key_id.is_none() {
            return None;
        }
        let arn = |t| self.triggers.get(&t).cloned();
        let pre_token = arn(Trigger::PreTokenGeneration);
        Some(
            LambdaConfigType::builder()
                .set_pre_sign_up(arn(Trigger::PreSignUp))
                .set_custom_message(arn(Trigger::CustomMessage))
                .set_post_confirmation(arn(Trigger::PostConfirmation))
                .set_pre_authentication(arn(Trigger::PreAuthentication))
                .set_post_authentication(arn(Trigger::PostAuthentication))
                .set_define_auth_challenge(arn(Trigger::DefineAuthChallenge))
                .set_create_auth_challenge(arn(Trigger::CreateAuthChallenge))
                .set_verify_auth_challenge_response(arn(Trigger::VerifyAuthChallengeResponse))
                .set_user_migration(arn(Trigger::UserMigration))
                // The console sends the ARN in both members; they must agree (SR-051).
                .set_pre_token_generation(pre_token.clone())
                .set_pre_token_generation_config(pre_token.map(|lambda_arn| {
                    built(
                        PreTokenGenerationVersionConfigType::builder()
                            .lambda_arn(lambda_arn)
                            .lambda_version(
                                self.pre_token_generation_version
                                    .unwrap_or(PreTokenGenerationVersion::V1)
                                    .wire(),
                            )
                            .build(),
                    )
                }))
                .set_custom_sms_sender(arn(Trigger::CustomSmsSender).map(|lambda_arn| {
                    built(
                        CustomSmsLambdaVersionConfigType::builder()
                            .lambda_arn(lambda_arn)
                            .lambda_version(CustomSmsSenderLambdaVersionType::V10)
                            .build(),
                    )
                }))
                .set_custom_email_sender(arn(Trigger::CustomEmailSender).map(|lambda_arn| {
                    built(
                        CustomEmailLambdaVersionConfigType::builder()
                            .lambda_arn(lambda_arn)
                            .lambda_version(CustomEmailSenderLambdaVersionType::V10)
                            .build(),
                    )
                }))
                .set_kms_key_id(self.kms_key_id.clone())
                .build(),
        )
    }
}

/// Step 5, "Integrate your app". Built with [`App::builder`]: the pool name and the initial
/// app client are required (a compile error when missing); without a domain there are no
/// hosted pages; deletion protection is on, as for every console-created pool.
///
/// ```compile_fail
/// use cognito_wizard::App;
///
/// // No initial app client: `build` does not exist yet.
/// let step = App::builder().pool_name("my-user-pool").build();
/// ```
///
/// ```compile_fail
/// use cognito_wizard::{App, AppClient};
///
/// // No pool name.
/// let step = App::builder().client(AppClient::public("my-app-client")).build();
/// ```
///
/// # Examples
///
/// ```
/// use cognito_wizard::{App, AppClient, LambdaTriggers};
///
/// let step = App::builder()
///     .pool_name("my-user-pool")
///     .client(AppClient::public("my-app-client"))
///     .deletion_protection(false)
///     .lambda_triggers(LambdaTriggers::default().pre_sign_up(
///         "arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up",
///     ))
///     .build();
/// # let _ = step;
/// ```
///
/// Several app clients, one of them a machine's, and the resource server whose scope it uses:
///
/// ```
/// use cognito_wizard::{App, AppClient, ResourceServer};
///
/// let orders = ResourceServer::new("orders", "Orders API").scope("write", "Change orders");
/// let step = App::builder()
///     .pool_name("my-user-pool")
///     .client(AppClient::public("web"))
///     .additional_client(AppClient::public("mobile"))
///     .additional_client(AppClient::machine_to_machine("worker", [orders.oauth_scope("write")]))
///     .resource_server(orders)
///     .build();
/// # let _ = step;
/// ```
#[derive(Debug, Clone, PartialEq, Eq, TypedBuilder)]
#[builder(doc)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct App {
    /// "User pool name" (`PoolName`).
    #[builder(setter(into))]
    pool_name: String,
    /// "Domain": a Cognito prefix or a custom domain (`CreateUserPoolDomain`); unset, none.
    #[builder(default, setter(strip_option))]
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    domain: Option<Domain>,
    /// "Initial app client" (`CreateUserPoolClient`).
    client: AppClient,
    /// More app clients, added one at a time with `additional_client(client)`.
    #[builder(via_mutators, mutators(
        /// Adds an app client besides the initial one (`CreateUserPoolClient`): a web app, a
        /// mobile app, a machine-to-machine client with its own scopes.
        #[allow(unreachable_pub, reason = "typed-builder re-emits the mutator; the lint fires only in some builds")]
        pub fn additional_client(&mut self, client: AppClient) {
            self.additional_clients.push(client);
        }
    ))]
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    additional_clients: Vec<AppClient>,
    /// Resource servers, added one at a time with `resource_server(server)`.
    #[builder(via_mutators, mutators(
        /// Adds a resource server with its custom scopes (`CreateResourceServer`).
        #[allow(unreachable_pub, reason = "typed-builder re-emits the mutator; the lint fires only in some builds")]
        pub fn resource_server(&mut self, server: ResourceServer) {
            self.resource_servers.push(server);
        }
    ))]
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    resource_servers: Vec<ResourceServer>,
    /// "Tags" (`UserPoolTags`), added one at a time with `tag(key, value)`.
    #[builder(via_mutators, mutators(
        /// Adds the tag `key` = `value` (`UserPoolTags`).
        #[allow(unreachable_pub, reason = "typed-builder re-emits the mutator; the lint fires only in some builds")]
        pub fn tag(&mut self, key: impl Into<String>, value: impl Into<String>) {
            self.tags.insert(key.into(), value.into());
        }
    ))]
    #[cfg_attr(feature = "serde", serde(default))]
    tags: BTreeMap<String, String>,
    /// "Deletion protection" (`DeletionProtection`): `true`, the default, is `ACTIVE`.
    #[builder(default = true)]
    #[cfg_attr(feature = "serde", serde(default = "crate::spec::yes"))]
    deletion_protection: bool,
    /// Lambda triggers (`LambdaConfig`); unset, none.
    #[builder(default)]
    #[cfg_attr(feature = "serde", serde(default))]
    lambda_triggers: LambdaTriggers,
}

impl App {
    pub(crate) fn domain(&self) -> Option<&Domain> {
        self.domain.as_ref()
    }

    /// The initial app client, the first of [`clients`](Self::clients).
    pub(crate) fn client(&self) -> &AppClient {
        &self.client
    }

    /// Every app client: the initial one, then the additional ones in the order they were
    /// added.
    pub(crate) fn clients(&self) -> impl Iterator<Item = &AppClient> {
        std::iter::once(&self.client).chain(&self.additional_clients)
    }

    /// The app clients besides the initial one.
    pub(crate) fn additional_clients(&self) -> &[AppClient] {
        &self.additional_clients
    }

    /// The `CreateUserPoolClient` requests (without `UserPoolId`) of every app client, in the
    /// order of [`clients`](Self::clients).
    #[allow(
        dead_code,
        reason = "for the plan, which sends one client for now (issue 8, part B)"
    )]
    pub(crate) fn client_inputs(&self) -> Vec<CreateUserPoolClientInput> {
        self.clients().map(AppClient::to_wire).collect()
    }

    /// The `CreateResourceServer` requests (without `UserPoolId`), in the order the servers
    /// were added.
    pub(crate) fn resource_server_inputs(&self) -> Vec<CreateResourceServerInput> {
        self.resource_servers
            .iter()
            .map(ResourceServer::to_wire)
            .collect()
    }

    pub(crate) fn deletion_protected(&self) -> bool {
        self.deletion_protection
    }

    /// Makes the pool ephemeral (see `Reviewed::ephemeral`): `-<suffix>` after the name and
    /// after a domain prefix (each cut to stay within its limit: 128 characters for a name, 63
    /// for a prefix), the ephemeral tag with `made_at` (Unix seconds), and no deletion
    /// protection. A custom domain stays as it is: its certificate names it.
    pub(crate) fn make_ephemeral(&mut self, suffix: &str, made_at: u64) {
        let suffixed = |name: &str, max: usize| {
            let keep = max.saturating_sub(suffix.chars().count() + 1);
            let base: String = name.chars().take(keep).collect();
            format!("{}-{suffix}", base.trim_end_matches('-'))
        };
        self.pool_name = suffixed(&self.pool_name, 128);
        if let Some(domain) = self.domain.as_mut()
            && domain.certificate_arn.is_none()
        {
            domain.name = suffixed(&domain.name, 63);
        }
        self.tags.insert(
            crate::provision::EPHEMERAL_TAG.to_owned(),
            made_at.to_string(),
        );
        self.deletion_protection = false;
    }

    /// Writes this step's members of `CreateUserPool`.
    pub(crate) fn to_pool(&self, input: &mut CreateUserPoolInput) {
        input.pool_name = Some(self.pool_name.clone());
        input.deletion_protection = Some(if self.deletion_protection {
            DeletionProtectionType::Active
        } else {
            DeletionProtectionType::Inactive
        });
        input.lambda_config = self.lambda_triggers.to_wire();
        input.user_pool_tags = (!self.tags.is_empty()).then(|| {
            self.tags
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        });
    }

    /// The step that writes `pool`, `domain`, the clients and the resource servers, the inverse
    /// of [`to_pool`](Self::to_pool), [`domain_input`](Self::domain_input),
    /// [`AppClient::to_client`] and [`ResourceServer::to_wire`]. The plan's own tag ([`PLAN_TAG`](crate::PLAN_TAG)) is the
    /// caller's to remove first.
    pub(crate) fn from_requests(
        pool: &CreateUserPoolInput,
        domain: Option<&CreateUserPoolDomainInput>,
        client: &CreateUserPoolClientInput,
        additional_clients: &[CreateUserPoolClientInput],
        resource_servers: &[CreateResourceServerInput],
    ) -> App {
        App {
            pool_name: pool.pool_name().unwrap_or_default().to_owned(),
            domain: domain.map(Domain::from_input),
            client: AppClient::from_client(client),
            additional_clients: additional_clients
                .iter()
                .map(AppClient::from_client)
                .collect(),
            resource_servers: resource_servers
                .iter()
                .map(ResourceServer::from_wire)
                .collect(),
            tags: pool
                .user_pool_tags()
                .map(|tags| tags.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default(),
            deletion_protection: pool.deletion_protection()
                == Some(&DeletionProtectionType::Active),
            lambda_triggers: LambdaTriggers::from_wire(pool.lambda_config()),
        }
    }

    /// The `CreateUserPoolDomain` request (without `UserPoolId`), when a domain is chosen.
    pub(crate) fn domain_input(&self) -> Option<CreateUserPoolDomainInput> {
        self.domain.as_ref().map(Domain::to_wire)
    }

    /// This step's section of the review page.
    pub(crate) fn write_review(&self, page: &mut Page<'_, '_>) -> fmt::Result {
        page.row("User pool name", &self.pool_name)?;
        page.row(
            "Hosted authentication pages",
            enabled(self.domain.is_some()),
        )?;
        if let Some(domain) = &self.domain {
            match &domain.certificate_arn {
                None => {
                    page.row("Domain type", "Use a Cognito domain")?;
                    page.row("Cognito domain prefix", &domain.name)?;
                }
                Some(arn) => {
                    page.row("Domain type", "Use a custom domain")?;
                    page.row("Custom domain", &domain.name)?;
                    page.row("ACM certificate", arn)?;
                }
            }
            if let Some(version) = domain.managed_login {
                page.row("Branding version", version)?;
            }
        }
        for client in self.clients() {
            client.write_review(page)?;
        }
        for server in &self.resource_servers {
            server.write_review(page)?;
        }
        let triggers = &self.lambda_triggers;
        page.row(
            "Lambda triggers",
            or_none(join(
                triggers
                    .triggers
                    .iter()
                    .map(|(t, arn)| format!("{}: {arn}", t.label())),
            )),
        )?;
        if let Some(key) = &triggers.kms_key_id {
            page.row("KMS key", key)?;
        }
        page.row(
            "Tags",
            or_none(join(self.tags.iter().map(|(k, v)| format!("{k}={v}")))),
        )?;
        page.row(
            "Deletion protection",
            if self.deletion_protection {
                "Active"
            } else {
                "Inactive"
            },
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app(client: AppClient) -> App {
        App::builder()
            .pool_name("my-user-pool")
            .client(client)
            .build()
    }

    #[test]
    fn public_client_defaults() {
        let client = AppClient::public("my-app-client").to_wire();
        assert_eq!(client.client_name(), Some("my-app-client"));
        assert_eq!(client.user_pool_id(), None);
        assert_eq!(client.generate_secret(), Some(false));
        assert_eq!(client.client_secret(), None);
        assert_eq!(
            client.explicit_auth_flows(),
            [
                ExplicitAuthFlowsType::AllowUserSrpAuth,
                ExplicitAuthFlowsType::AllowRefreshTokenAuth
            ]
        );
        assert_eq!(client.refresh_token_validity(), Some(30));
        assert_eq!(client.access_token_validity(), Some(60));
        assert_eq!(client.id_token_validity(), Some(60));
        let units = client.token_validity_units().unwrap();
        assert_eq!(units.refresh_token(), Some(&TimeUnitsType::Days));
        assert_eq!(units.access_token(), Some(&TimeUnitsType::Minutes));
        assert_eq!(units.id_token(), Some(&TimeUnitsType::Minutes));
        assert_eq!(client.auth_session_validity(), Some(3));
        assert_eq!(
            client.prevent_user_existence_errors(),
            Some(&PreventUserExistenceErrorTypes::Enabled)
        );
        assert_eq!(client.enable_token_revocation(), Some(true));
        assert_eq!(client.allowed_o_auth_flows_user_pool_client(), None);
        assert!(client.read_attributes().is_empty());
        assert!(client.write_attributes().is_empty());
        assert_eq!(client.enable_propagate_additional_user_context_data(), None);
    }

    #[test]
    fn secrets() {
        assert_eq!(
            AppClient::confidential("c").to_wire().generate_secret(),
            Some(true)
        );
        assert_eq!(
            AppClient::other("c").to_wire().generate_secret(),
            Some(false)
        );
        let custom = AppClient::new(
            "c",
            AppClientType::Confidential(ClientSecret::Custom(CustomClientSecret::new(
                "s3cr3t-value-that-is-long-enough",
            ))),
        );
        let wire = custom.to_wire();
        assert_eq!(wire.generate_secret(), None);
        assert_eq!(
            wire.client_secret(),
            Some("s3cr3t-value-that-is-long-enough")
        );
        assert!(!format!("{custom:?}").contains("s3cr3t"));
        assert!(
            !format!("{wire:?}").contains("s3cr3t"),
            "the SDK redacts it"
        );
    }

    #[test]
    fn oauth_and_permissions() {
        let client = AppClient::public("c")
            .oauth(
                OAuth::authorization_code(["https://app.example.com/cb"])
                    .sign_out_urls(["https://app.example.com/"])
                    .default_redirect_uri("https://app.example.com/cb")
                    .scopes([OAuthScope::OpenId, OAuthScope::Custom("api/read".into())]),
            )
            .auth_flows([AuthFlow::UserAuth, AuthFlow::RefreshToken])
            .read_attributes([
                String::from(StandardAttribute::Email),
                "custom:tenant".into(),
            ])
            .write_attributes(["email"])
            .prevent_user_existence_errors(false)
            .token_revocation(false)
            .auth_session_minutes(15)
            .refresh_token_validity(TokenValidity::hours(12))
            .access_token_validity(TokenValidity::seconds(3600))
            .id_token_validity(TokenValidity::hours(1));
        let wire = client.to_wire();
        assert_eq!(wire.allowed_o_auth_flows_user_pool_client(), Some(true));
        assert_eq!(wire.allowed_o_auth_flows(), [OAuthFlowType::Code]);
        assert_eq!(wire.allowed_o_auth_scopes(), ["openid", "api/read"]);
        assert_eq!(wire.callback_urls(), ["https://app.example.com/cb"]);
        assert_eq!(wire.logout_urls(), ["https://app.example.com/"]);
        assert_eq!(
            wire.default_redirect_uri(),
            Some("https://app.example.com/cb")
        );
        assert_eq!(wire.supported_identity_providers(), ["COGNITO"]);
        assert_eq!(
            wire.explicit_auth_flows(),
            [
                ExplicitAuthFlowsType::AllowUserAuth,
                ExplicitAuthFlowsType::AllowRefreshTokenAuth
            ]
        );
        assert_eq!(wire.read_attributes(), ["email", "custom:tenant"]);
        assert_eq!(wire.write_attributes(), ["email"]);
        assert_eq!(
            wire.prevent_user_existence_errors(),
            Some(&PreventUserExistenceErrorTypes::Legacy)
        );
        assert_eq!(wire.enable_token_revocation(), Some(false));
        assert_eq!(wire.auth_session_validity(), Some(15));
        assert_eq!(wire.refresh_token_validity(), Some(12));
        assert_eq!(
            wire.token_validity_units().unwrap().access_token(),
            Some(&TimeUnitsType::Seconds)
        );

        let m2m = AppClient::confidential("m")
            .oauth(OAuth::client_credentials([OAuthScope::Custom(
                "api/write".into(),
            )]))
            .to_wire();
        assert_eq!(
            m2m.allowed_o_auth_flows(),
            [OAuthFlowType::ClientCredentials]
        );
        assert!(m2m.callback_urls().is_empty());
        assert!(m2m.supported_identity_providers().is_empty());
    }

    #[test]
    fn machine_to_machine_client() {
        let client = AppClient::machine_to_machine(
            "worker",
            [
                OAuthScope::Custom("orders/write".into()),
                OAuthScope::Custom("orders/read".into()),
            ],
        );
        let wire = client.to_wire();
        assert_eq!(wire.client_name(), Some("worker"));
        assert_eq!(wire.generate_secret(), Some(true));
        assert_eq!(wire.allowed_o_auth_flows_user_pool_client(), Some(true));
        assert_eq!(
            wire.allowed_o_auth_flows(),
            [OAuthFlowType::ClientCredentials]
        );
        assert_eq!(
            wire.allowed_o_auth_scopes(),
            ["orders/read", "orders/write"]
        );
        assert_eq!(
            wire.explicit_auth_flows(),
            [ExplicitAuthFlowsType::AllowRefreshTokenAuth]
        );
        assert!(wire.callback_urls().is_empty());
        assert!(wire.supported_identity_providers().is_empty());
        assert_eq!(
            AppClientType::MachineToMachine(ClientSecret::Generate).to_string(),
            "Machine-to-machine application"
        );
        // A client whose only grant is client credentials reads back as a machine's.
        assert_eq!(AppClient::from_client(&wire), client);
        let confidential = AppClient::confidential("web")
            .oauth(OAuth::authorization_code(["https://app.example.com/cb"]));
        assert_eq!(
            AppClient::from_client(&confidential.to_wire()),
            confidential
        );
    }

    #[test]
    fn several_clients_and_resource_servers() {
        let step = App::builder()
            .pool_name("p")
            .client(AppClient::public("web"))
            .resource_server(
                ResourceServer::new("orders", "Orders").scope("write", "Change orders"),
            )
            .additional_client(AppClient::public("mobile"))
            .additional_client(AppClient::machine_to_machine(
                "worker",
                [OAuthScope::Custom("orders/write".into())],
            ))
            .resource_server(ResourceServer::new("billing", "Billing"))
            .build();
        assert_eq!(step.client().to_wire().client_name(), Some("web"));
        let names: Vec<_> = step
            .client_inputs()
            .iter()
            .map(|c| c.client_name().unwrap().to_owned())
            .collect();
        assert_eq!(names, ["web", "mobile", "worker"]);
        assert_eq!(step.additional_clients().len(), 2);
        let servers: Vec<_> = step
            .resource_server_inputs()
            .iter()
            .map(|s| s.identifier().unwrap().to_owned())
            .collect();
        assert_eq!(servers, ["orders", "billing"]);
        // Only the initial client is a request of `from_requests`.
        assert!(app(AppClient::public("c")).additional_clients().is_empty());
    }

    #[test]
    fn pool_members() {
        let mut input = CreateUserPoolInput::builder().build().unwrap();
        app(AppClient::public("c")).to_pool(&mut input);
        assert_eq!(input.pool_name(), Some("my-user-pool"));
        assert_eq!(
            input.deletion_protection(),
            Some(&DeletionProtectionType::Active)
        );
        assert!(input.lambda_config().is_none());
        assert!(input.user_pool_tags().is_none());

        let step = App::builder()
            .pool_name("p")
            .client(AppClient::public("c"))
            .deletion_protection(false)
            .tag("team", "identity")
            .tag("env", "prod")
            .lambda_triggers(
                LambdaTriggers::default()
                    .pre_sign_up("arn:aws:lambda:us-east-1:123456789012:function:a")
                    .pre_token_generation(
                        "arn:aws:lambda:us-east-1:123456789012:function:b",
                        PreTokenGenerationVersion::V2,
                    )
                    .custom_email_sender("arn:aws:lambda:us-east-1:123456789012:function:c")
                    .kms_key_id("arn:aws:kms:us-east-1:123456789012:key/k"),
            )
            .build();
        let mut input = CreateUserPoolInput::builder().build().unwrap();
        step.to_pool(&mut input);
        assert_eq!(
            input.deletion_protection(),
            Some(&DeletionProtectionType::Inactive)
        );
        let tags = input.user_pool_tags().unwrap();
        assert_eq!(tags.len(), 2);
        assert_eq!(tags["team"], "identity");
        let lambda = input.lambda_config().unwrap();
        assert_eq!(
            lambda.pre_sign_up(),
            Some("arn:aws:lambda:us-east-1:123456789012:function:a")
        );
        assert_eq!(
            lambda.pre_token_generation(),
            Some("arn:aws:lambda:us-east-1:123456789012:function:b")
        );
        let config = lambda.pre_token_generation_config().unwrap();
        assert_eq!(
            config.lambda_version(),
            &PreTokenGenerationLambdaVersionType::V20
        );
        assert_eq!(
            lambda.custom_email_sender().unwrap().lambda_version(),
            &CustomEmailSenderLambdaVersionType::V10
        );
        assert_eq!(
            lambda.kms_key_id(),
            Some("arn:aws:kms:us-east-1:123456789012:key/k")
        );
    }

    #[test]
    fn domains() {
        let step = App::builder()
            .pool_name("p")
            .client(AppClient::public("c"))
            .domain(Domain::prefix("my-login"))
            .build();
        let domain = step.domain_input().unwrap();
        assert_eq!(domain.domain(), Some("my-login"));
        assert!(domain.custom_domain_config().is_none());
        assert_eq!(domain.user_pool_id(), None);
        assert_eq!(domain.managed_login_version(), None);

        let custom = Domain::custom(
            "auth.example.com",
            "arn:aws:acm:us-east-1:123456789012:certificate/abc",
        )
        .managed_login(ManagedLoginVersion::ManagedLogin)
        .to_wire();
        assert_eq!(custom.domain(), Some("auth.example.com"));
        assert_eq!(
            custom.custom_domain_config().unwrap().certificate_arn(),
            "arn:aws:acm:us-east-1:123456789012:certificate/abc"
        );
        assert_eq!(custom.managed_login_version(), Some(2));

        assert!(app(AppClient::public("c")).domain_input().is_none());
    }
}
