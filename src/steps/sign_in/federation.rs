//! Step 1's "Federated identity providers": sign-in through Google, Facebook, Login with Amazon,
//! Sign in with Apple, an OIDC provider or a SAML provider, beside the user pool's own
//! sign-in ("Provider types: Cognito user pool, Federated identity providers").
//!
//! One type per provider kind, each with exactly the details Cognito requires of that kind
//! (`CreateIdentityProvider`'s `ProviderDetails`, SR-158..SR-162): the constructor takes the
//! required ones, setters the optional ones. Every kind maps attributes ("Map attributes between
//! your user pool and identity provider"); OIDC and SAML providers also take identifiers.
//!
//! Client secrets and private keys are [`Secret`]s: `Debug`, the review page and validation
//! reports never show them.
//!
//! # Examples
//!
//! ```
//! use cognito_wizard::{
//!     GoogleProvider, SamlMetadata, SamlProvider, Secret, SignIn, SignInOption,
//!     StandardAttribute,
//! };
//!
//! let step = SignIn::with([SignInOption::Email])
//!     .identity_provider(
//!         GoogleProvider::new(
//!             "1234-abcd.apps.googleusercontent.com",
//!             Secret::new("google-client-secret"),
//!             ["profile", "email", "openid"],
//!         )
//!         .map_attribute(StandardAttribute::Email, "email"),
//!     )
//!     .identity_provider(
//!         SamlProvider::new(
//!             "Corporate",
//!             SamlMetadata::url("https://idp.example.com/saml/metadata"),
//!         )
//!         .sign_out(true)
//!         .identifiers(["example.com"]),
//!     );
//! # let _ = step;
//! ```

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt;

use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::CreateIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::types::{IdentityProviderType, IdentityProviderTypeType};

use super::enabled;
use crate::Secret;
use crate::page::{Page, join, or_none};
use crate::steps::built;
use crate::steps::sign_up::StandardAttribute;

/// A user pool attribute an identity provider's attribute maps into (`AttributeMapping`'s key).
///
/// # Examples
///
/// ```
/// use cognito_wizard::{PoolAttribute, StandardAttribute};
///
/// assert_eq!(PoolAttribute::from(StandardAttribute::GivenName).to_string(), "given_name");
/// assert_eq!(PoolAttribute::custom("tenant").to_string(), "custom:tenant");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(into = "String", try_from = "String"))]
#[non_exhaustive]
pub enum PoolAttribute {
    /// A standard attribute.
    Standard(StandardAttribute),
    /// `email_verified`.
    EmailVerified,
    /// `phone_number_verified`.
    PhoneNumberVerified,
    /// A custom attribute of step 3, by its name without `custom:`.
    Custom(String),
}

impl PoolAttribute {
    /// The custom attribute `custom:<name>` (`name` as step 3 names it).
    pub fn custom(name: impl Into<String>) -> Self {
        PoolAttribute::Custom(name.into())
    }

    /// The wire name: `email`, `custom:tenant`.
    pub(crate) fn wire_name(&self) -> Cow<'static, str> {
        match self {
            PoolAttribute::Standard(attribute) => Cow::Borrowed(attribute.name()),
            PoolAttribute::EmailVerified => Cow::Borrowed("email_verified"),
            PoolAttribute::PhoneNumberVerified => Cow::Borrowed("phone_number_verified"),
            PoolAttribute::Custom(name) => Cow::Owned(format!("custom:{name}")),
        }
    }
}

impl From<StandardAttribute> for PoolAttribute {
    fn from(attribute: StandardAttribute) -> Self {
        PoolAttribute::Standard(attribute)
    }
}

/// The wire name.
impl fmt::Display for PoolAttribute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.wire_name())
    }
}

impl From<PoolAttribute> for String {
    fn from(attribute: PoolAttribute) -> Self {
        attribute.wire_name().into_owned()
    }
}

/// A pool attribute by its wire name: `email`, `email_verified`, `custom:tenant`.
impl TryFrom<String> for PoolAttribute {
    type Error = String;

    fn try_from(name: String) -> Result<Self, Self::Error> {
        if let Some(custom) = name.strip_prefix("custom:") {
            return Ok(PoolAttribute::Custom(custom.to_owned()));
        }
        match name.as_str() {
            "email_verified" => return Ok(PoolAttribute::EmailVerified),
            "phone_number_verified" => return Ok(PoolAttribute::PhoneNumberVerified),
            _ => {}
        }
        StandardAttribute::ALL
            .iter()
            .find(|a| a.name() == name)
            .map(|a| PoolAttribute::Standard(*a))
            .ok_or_else(|| {
                format!(
                    "unknown user pool attribute `{name}`: a standard attribute's name, \
                     `email_verified`, `phone_number_verified` or `custom:<name>`"
                )
            })
    }
}

/// The attribute mapping every provider kind has: user pool attribute ← provider attribute.
type AttributeMapping = BTreeMap<PoolAttribute, String>;

/// Adds the attribute-mapping setter to a provider type (each has a `mapping` field).
macro_rules! map_attribute {
    () => {
        /// "Map attributes between your user pool and identity provider": at each sign-in,
        /// the user pool attribute `pool_attribute` takes the provider's `provider_attribute`
        /// (`AttributeMapping`). Mapping an attribute again replaces its source.
        #[must_use]
        pub fn map_attribute(
            mut self,
            pool_attribute: impl Into<PoolAttribute>,
            provider_attribute: impl Into<String>,
        ) -> Self {
            self.mapping
                .insert(pool_attribute.into(), provider_attribute.into());
            self
        }
    };
}

/// Adds the identifiers setter to a provider type (each has an `identifiers` field).
macro_rules! identifiers {
    () => {
        /// "Identifiers": names (often e-mail domains) that select this provider at the
        /// authorize endpoint (`IdpIdentifiers`; unique across the pool's providers).
        #[must_use]
        pub fn identifiers(
            mut self,
            identifiers: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.identifiers = identifiers.into_iter().map(Into::into).collect();
            self
        }
    };
}

/// "Google": a social provider, named `Google` (a pool has at most one).
///
/// # Examples
///
/// ```
/// use cognito_wizard::{GoogleProvider, Secret, StandardAttribute};
///
/// let google = GoogleProvider::new(
///     "1234-abcd.apps.googleusercontent.com",
///     Secret::new("google-client-secret"),
///     ["profile", "email", "openid"],
/// )
/// .map_attribute(StandardAttribute::Email, "email")
/// .map_attribute(StandardAttribute::Name, "name");
/// assert!(!format!("{google:?}").contains("google-client-secret"));
/// ```
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoogleProvider {
    client_id: String,
    client_secret: Secret,
    scopes: Vec<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "AttributeMapping::is_empty")
    )]
    mapping: AttributeMapping,
}

impl GoogleProvider {
    /// The Google OAuth client `client_id` with its `client_secret`, asking for
    /// `authorized_scopes` (Google's names: `profile email openid`).
    pub fn new(
        client_id: impl Into<String>,
        client_secret: Secret,
        authorized_scopes: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        GoogleProvider {
            client_id: client_id.into(),
            client_secret,
            scopes: strings(authorized_scopes),
            mapping: AttributeMapping::new(),
        }
    }

    map_attribute!();

    /// The `CreateIdentityProvider` request (without `UserPoolId`).
    pub(crate) fn to_wire(&self) -> CreateIdentityProviderInput {
        wire(
            "Google",
            &IdentityProviderTypeType::Google,
            vec![
                ("client_id", self.client_id.clone()),
                (
                    "client_secret",
                    self.client_secret.expose_secret().to_owned(),
                ),
                ("authorize_scopes", self.scopes.join(" ")),
            ],
            &self.mapping,
            &[],
        )
    }
}

/// "Facebook": a social provider, named `Facebook` (a pool has at most one).
///
/// # Examples
///
/// ```
/// use cognito_wizard::{FacebookProvider, Secret};
///
/// let facebook = FacebookProvider::new(
///     "1234567890",
///     Secret::new("facebook-app-secret"),
///     ["public_profile", "email"],
/// )
/// .api_version("v17.0");
/// # let _ = facebook;
/// ```
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacebookProvider {
    client_id: String,
    client_secret: Secret,
    scopes: Vec<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    api_version: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "AttributeMapping::is_empty")
    )]
    mapping: AttributeMapping,
}

impl FacebookProvider {
    /// The Facebook app `client_id` (app ID) with its `client_secret` (app secret), asking for
    /// `authorized_scopes` (Facebook's names: `public_profile`, `email`; sent comma-separated).
    pub fn new(
        client_id: impl Into<String>,
        client_secret: Secret,
        authorized_scopes: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        FacebookProvider {
            client_id: client_id.into(),
            client_secret,
            scopes: strings(authorized_scopes),
            api_version: None,
            mapping: AttributeMapping::new(),
        }
    }

    /// The Graph API version, e.g. `v17.0` (`api_version`; unset, Cognito's choice).
    #[must_use]
    pub fn api_version(mut self, version: impl Into<String>) -> Self {
        self.api_version = Some(version.into());
        self
    }

    map_attribute!();

    /// The `CreateIdentityProvider` request (without `UserPoolId`).
    pub(crate) fn to_wire(&self) -> CreateIdentityProviderInput {
        let mut details = vec![
            ("client_id", self.client_id.clone()),
            (
                "client_secret",
                self.client_secret.expose_secret().to_owned(),
            ),
            ("authorize_scopes", self.scopes.join(", ")),
        ];
        if let Some(version) = &self.api_version {
            details.push(("api_version", version.clone()));
        }
        wire(
            "Facebook",
            &IdentityProviderTypeType::Facebook,
            details,
            &self.mapping,
            &[],
        )
    }
}

/// "Login with Amazon": a social provider, named `LoginWithAmazon` (a pool has at most one).
///
/// # Examples
///
/// ```
/// use cognito_wizard::{LoginWithAmazonProvider, Secret};
///
/// let amazon = LoginWithAmazonProvider::new(
///     "amzn1.application-oa2-client.1234",
///     Secret::new("amazon-client-secret"),
///     ["profile", "postal_code"],
/// );
/// # let _ = amazon;
/// ```
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginWithAmazonProvider {
    client_id: String,
    client_secret: Secret,
    scopes: Vec<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "AttributeMapping::is_empty")
    )]
    mapping: AttributeMapping,
}

impl LoginWithAmazonProvider {
    /// The Login with Amazon security profile's `client_id` with its `client_secret`, asking
    /// for `authorized_scopes` (Amazon's names: `profile postal_code`).
    pub fn new(
        client_id: impl Into<String>,
        client_secret: Secret,
        authorized_scopes: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        LoginWithAmazonProvider {
            client_id: client_id.into(),
            client_secret,
            scopes: strings(authorized_scopes),
            mapping: AttributeMapping::new(),
        }
    }

    map_attribute!();

    /// The `CreateIdentityProvider` request (without `UserPoolId`).
    pub(crate) fn to_wire(&self) -> CreateIdentityProviderInput {
        wire(
            "LoginWithAmazon",
            &IdentityProviderTypeType::LoginWithAmazon,
            vec![
                ("client_id", self.client_id.clone()),
                (
                    "client_secret",
                    self.client_secret.expose_secret().to_owned(),
                ),
                ("authorize_scopes", self.scopes.join(" ")),
            ],
            &self.mapping,
            &[],
        )
    }
}

/// "Sign in with Apple": a social provider, named `SignInWithApple` (a pool has at most one).
/// Apple has no client secret: Cognito signs its requests with the private key.
///
/// # Examples
///
/// ```
/// use cognito_wizard::{AppleProvider, Secret};
///
/// let apple = AppleProvider::new(
///     "com.example.signin",
///     "TEAM123456",
///     "KEY1234567",
///     Secret::new("-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"),
/// )
/// .scopes(["email", "name"]);
/// # let _ = apple;
/// ```
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppleProvider {
    client_id: String,
    team_id: String,
    key_id: String,
    /// `None` only in a provider read back from a pool: Cognito never shows the key (SR-163),
    /// so the pool has one that cannot be read. A spec must give it.
    #[cfg_attr(
        feature = "serde",
        serde(
            deserialize_with = "crate::spec::some",
            skip_serializing_if = "Option::is_none"
        )
    )]
    private_key: Option<Secret>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    scopes: Vec<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "AttributeMapping::is_empty")
    )]
    mapping: AttributeMapping,
}

impl AppleProvider {
    /// The Apple services ID `client_id`, the developer `team_id`, and the `key_id` and
    /// `private_key` of the Sign in with Apple key.
    pub fn new(
        client_id: impl Into<String>,
        team_id: impl Into<String>,
        key_id: impl Into<String>,
        private_key: Secret,
    ) -> Self {
        AppleProvider {
            client_id: client_id.into(),
            team_id: team_id.into(),
            key_id: key_id.into(),
            private_key: Some(private_key),
            scopes: Vec::new(),
            mapping: AttributeMapping::new(),
        }
    }

    /// "Authorized scopes" (Apple's names: `email name`; unset, none sent).
    #[must_use]
    pub fn scopes(mut self, scopes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.scopes = strings(scopes);
        self
    }

    map_attribute!();

    /// The `CreateIdentityProvider` request (without `UserPoolId`). A key read back from a pool
    /// cannot be read, so the request has none: review refuses it, as Cognito would.
    pub(crate) fn to_wire(&self) -> CreateIdentityProviderInput {
        let mut details = vec![
            ("client_id", self.client_id.clone()),
            ("team_id", self.team_id.clone()),
            ("key_id", self.key_id.clone()),
        ];
        if let Some(key) = &self.private_key {
            details.push(("private_key", key.expose_secret().to_owned()));
        }
        if !self.scopes.is_empty() {
            details.push(("authorize_scopes", self.scopes.join(" ")));
        }
        wire(
            "SignInWithApple",
            &IdentityProviderTypeType::SignInWithApple,
            details,
            &self.mapping,
            &[],
        )
    }
}

/// How Cognito asks an OIDC provider for the user's attributes (`attributes_request_method`).
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttributesRequestMethod {
    /// `GET`, the console's default.
    #[default]
    Get,
    /// `POST`.
    Post,
}

impl AttributesRequestMethod {
    fn wire(self) -> &'static str {
        match self {
            AttributesRequestMethod::Get => "GET",
            AttributesRequestMethod::Post => "POST",
        }
    }
}

/// The wire value, as the console shows it.
impl fmt::Display for AttributesRequestMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.wire())
    }
}

/// "Manual input" of an OIDC provider's endpoints, for a provider whose issuer does not serve
/// a discovery document: all four are needed, each over https.
///
/// # Examples
///
/// ```
/// use cognito_wizard::OidcEndpoints;
///
/// let endpoints = OidcEndpoints::new(
///     "https://idp.example.com/authorize",
///     "https://idp.example.com/token",
///     "https://idp.example.com/userinfo",
///     "https://idp.example.com/.well-known/jwks.json",
/// );
/// # let _ = endpoints;
/// ```
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OidcEndpoints {
    authorization: String,
    token: String,
    user_info: String,
    jwks_uri: String,
}

impl OidcEndpoints {
    /// The authorization (`authorize_url`), token (`token_url`), user info (`attributes_url`)
    /// and key set (`jwks_uri`) endpoints.
    pub fn new(
        authorization: impl Into<String>,
        token: impl Into<String>,
        user_info: impl Into<String>,
        jwks_uri: impl Into<String>,
    ) -> Self {
        OidcEndpoints {
            authorization: authorization.into(),
            token: token.into(),
            user_info: user_info.into(),
            jwks_uri: jwks_uri.into(),
        }
    }
}

/// "`OpenID` Connect (OIDC)": any provider that speaks OIDC, under a name of your
/// choice (3 to 32 characters, no spaces).
///
/// # Examples
///
/// ```
/// use cognito_wizard::{AttributesRequestMethod, OidcProvider, PoolAttribute, Secret, StandardAttribute};
///
/// let okta = OidcProvider::new(
///     "Okta",
///     "0oa1example",
///     "https://example.okta.com",
///     ["openid", "email", "profile"],
/// )
/// .client_secret(Secret::new("okta-client-secret"))
/// .attributes_request_method(AttributesRequestMethod::Post)
/// .map_attribute(StandardAttribute::Email, "email")
/// .map_attribute(PoolAttribute::custom("tenant"), "tid")
/// .identifiers(["example.com"]);
/// # let _ = okta;
/// ```
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OidcProvider {
    name: String,
    client_id: String,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    client_secret: Option<Secret>,
    issuer: String,
    scopes: Vec<String>,
    #[cfg_attr(feature = "serde", serde(default))]
    attributes_request_method: AttributesRequestMethod,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    endpoints: Option<OidcEndpoints>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "AttributeMapping::is_empty")
    )]
    mapping: AttributeMapping,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    identifiers: Vec<String>,
}

impl OidcProvider {
    /// The provider `name`, its OAuth `client_id`, its `issuer` URL (https), and the
    /// `authorized_scopes` to ask for (should include `openid`). Attributes are requested with
    /// `GET`, and endpoints discovered from the issuer.
    pub fn new(
        name: impl Into<String>,
        client_id: impl Into<String>,
        issuer: impl Into<String>,
        authorized_scopes: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        OidcProvider {
            name: name.into(),
            client_id: client_id.into(),
            client_secret: None,
            issuer: issuer.into(),
            scopes: strings(authorized_scopes),
            attributes_request_method: AttributesRequestMethod::Get,
            endpoints: None,
            mapping: AttributeMapping::new(),
            identifiers: Vec::new(),
        }
    }

    /// "Client secret" (optional for OIDC providers).
    #[must_use]
    pub fn client_secret(mut self, secret: Secret) -> Self {
        self.client_secret = Some(secret);
        self
    }

    /// "Attribute request method" (default `GET`).
    #[must_use]
    pub fn attributes_request_method(mut self, method: AttributesRequestMethod) -> Self {
        self.attributes_request_method = method;
        self
    }

    /// "Manual input" of the endpoints, instead of discovery from the issuer URL.
    #[must_use]
    pub fn endpoints(mut self, endpoints: OidcEndpoints) -> Self {
        self.endpoints = Some(endpoints);
        self
    }

    map_attribute!();
    identifiers!();

    /// The `CreateIdentityProvider` request (without `UserPoolId`).
    pub(crate) fn to_wire(&self) -> CreateIdentityProviderInput {
        let mut details = vec![
            ("client_id", self.client_id.clone()),
            ("authorize_scopes", self.scopes.join(" ")),
            ("oidc_issuer", self.issuer.clone()),
            (
                "attributes_request_method",
                self.attributes_request_method.wire().to_owned(),
            ),
        ];
        if let Some(secret) = &self.client_secret {
            details.push(("client_secret", secret.expose_secret().to_owned()));
        }
        if let Some(e) = &self.endpoints {
            details.extend([
                ("authorize_url", e.authorization.clone()),
                ("token_url", e.token.clone()),
                ("attributes_url", e.user_info.clone()),
                ("jwks_uri", e.jwks_uri.clone()),
            ]);
        }
        wire(
            &self.name,
            &IdentityProviderTypeType::Oidc,
            details,
            &self.mapping,
            &self.identifiers,
        )
    }
}

/// "Metadata document source" of a SAML provider.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SamlMetadata {
    /// "Enter metadata document endpoint URL" (`MetadataURL`), which Cognito fetches when the
    /// provider is created.
    Url(String),
    /// "Upload metadata document" (`MetadataFile`): the XML document itself.
    Document(String),
}

impl SamlMetadata {
    /// The metadata document's URL.
    pub fn url(url: impl Into<String>) -> Self {
        SamlMetadata::Url(url.into())
    }

    /// The metadata document itself (XML, as the provider publishes it).
    pub fn document(xml: impl Into<String>) -> Self {
        SamlMetadata::Document(xml.into())
    }
}

/// "SAML": a SAML 2.0 provider under a name of your choice (3 to 32 characters, no spaces).
/// The options are off unless set: no sign-out flow, SP-initiated sign-in only, unencrypted
/// assertions, unsigned requests.
///
/// # Examples
///
/// ```
/// use cognito_wizard::{SamlMetadata, SamlProvider, StandardAttribute};
///
/// let corporate = SamlProvider::new(
///     "Corporate",
///     SamlMetadata::url("https://idp.example.com/saml/metadata"),
/// )
/// .sign_out(true)
/// .encrypted_responses(true)
/// .sign_requests(true)
/// .map_attribute(
///     StandardAttribute::Email,
///     "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
/// )
/// .identifiers(["example.com"]);
/// # let _ = corporate;
/// ```
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[derive(Debug, Clone, PartialEq, Eq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "four independent checkboxes of the console's SAML form"
)]
pub struct SamlProvider {
    name: String,
    metadata: SamlMetadata,
    #[cfg_attr(feature = "serde", serde(default))]
    sign_out: bool,
    #[cfg_attr(feature = "serde", serde(default))]
    idp_initiated: bool,
    #[cfg_attr(feature = "serde", serde(default))]
    encrypted_responses: bool,
    #[cfg_attr(feature = "serde", serde(default))]
    sign_requests: bool,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "AttributeMapping::is_empty")
    )]
    mapping: AttributeMapping,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    identifiers: Vec<String>,
}

impl SamlProvider {
    /// The provider `name` and where its `metadata` comes from.
    pub fn new(name: impl Into<String>, metadata: SamlMetadata) -> Self {
        SamlProvider {
            name: name.into(),
            metadata,
            sign_out: false,
            idp_initiated: false,
            encrypted_responses: false,
            sign_requests: false,
            mapping: AttributeMapping::new(),
            identifiers: Vec::new(),
        }
    }

    /// "Add sign-out flow": signing out of the user pool signs out of the provider too
    /// (`IDPSignout`).
    #[must_use]
    pub fn sign_out(mut self, enable: bool) -> Self {
        self.sign_out = enable;
        self
    }

    /// "Accept SP-initiated and IdP-initiated SAML sign-in" (`IDPInit`).
    #[must_use]
    pub fn idp_initiated(mut self, accept: bool) -> Self {
        self.idp_initiated = accept;
        self
    }

    /// "Require encrypted SAML assertions from this provider" (`EncryptedResponses`).
    #[must_use]
    pub fn encrypted_responses(mut self, require: bool) -> Self {
        self.encrypted_responses = require;
        self
    }

    /// "Sign SAML requests to this provider", with `rsa-sha256`, the only algorithm Cognito
    /// documents (`RequestSigningAlgorithm`).
    #[must_use]
    pub fn sign_requests(mut self, sign: bool) -> Self {
        self.sign_requests = sign;
        self
    }

    map_attribute!();
    identifiers!();

    /// The `CreateIdentityProvider` request (without `UserPoolId`). An option that is off is
    /// left out, which Cognito reads as off.
    pub(crate) fn to_wire(&self) -> CreateIdentityProviderInput {
        let mut details = vec![match &self.metadata {
            SamlMetadata::Url(url) => ("MetadataURL", url.clone()),
            SamlMetadata::Document(xml) => ("MetadataFile", xml.clone()),
        }];
        for (on, key) in [
            (self.sign_out, "IDPSignout"),
            (self.idp_initiated, "IDPInit"),
            (self.encrypted_responses, "EncryptedResponses"),
        ] {
            if on {
                details.push((key, "true".to_owned()));
            }
        }
        if self.sign_requests {
            details.push(("RequestSigningAlgorithm", "rsa-sha256".to_owned()));
        }
        wire(
            &self.name,
            &IdentityProviderTypeType::Saml,
            details,
            &self.mapping,
            &self.identifiers,
        )
    }
}

/// A federated identity provider of step 1: one of the provider kinds, each with its own
/// details. Every kind converts into it, so
/// [`SignIn::identity_provider`](crate::SignIn::identity_provider) takes any of them.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum IdentityProvider {
    /// "Google".
    Google(GoogleProvider),
    /// "Facebook".
    Facebook(FacebookProvider),
    /// "Login with Amazon".
    LoginWithAmazon(LoginWithAmazonProvider),
    /// "Sign in with Apple".
    SignInWithApple(AppleProvider),
    /// "`OpenID` Connect (OIDC)".
    Oidc(OidcProvider),
    /// "SAML".
    Saml(SamlProvider),
}

macro_rules! into_identity_provider {
    ($($kind:ident => $variant:ident,)*) => {
        $(
            impl From<$kind> for IdentityProvider {
                fn from(provider: $kind) -> Self {
                    IdentityProvider::$variant(provider)
                }
            }
        )*
    };
}

into_identity_provider! {
    GoogleProvider => Google,
    FacebookProvider => Facebook,
    LoginWithAmazonProvider => LoginWithAmazon,
    AppleProvider => SignInWithApple,
    OidcProvider => Oidc,
    SamlProvider => Saml,
}

impl IdentityProvider {
    /// The provider's name, as app clients list it in `SupportedIdentityProviders`: a social
    /// provider's type, or the name given to an OIDC or SAML provider.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::{GoogleProvider, IdentityProvider, SamlMetadata, SamlProvider, Secret};
    ///
    /// let google = IdentityProvider::from(GoogleProvider::new("id", Secret::new("s"), ["openid"]));
    /// assert_eq!(google.name(), "Google");
    /// let metadata = SamlMetadata::url("https://idp.example.com/md");
    /// let saml = IdentityProvider::from(SamlProvider::new("Corporate", metadata));
    /// assert_eq!(saml.name(), "Corporate");
    /// ```
    pub fn name(&self) -> &str {
        match self {
            IdentityProvider::Google(_) => "Google",
            IdentityProvider::Facebook(_) => "Facebook",
            IdentityProvider::LoginWithAmazon(_) => "LoginWithAmazon",
            IdentityProvider::SignInWithApple(_) => "SignInWithApple",
            IdentityProvider::Oidc(p) => &p.name,
            IdentityProvider::Saml(p) => &p.name,
        }
    }

    /// The console's label of the provider's type.
    fn type_label(&self) -> &'static str {
        match self {
            IdentityProvider::Google(_) => "Google",
            IdentityProvider::Facebook(_) => "Facebook",
            IdentityProvider::LoginWithAmazon(_) => "Login with Amazon",
            IdentityProvider::SignInWithApple(_) => "Sign in with Apple",
            IdentityProvider::Oidc(_) => "OpenID Connect (OIDC)",
            IdentityProvider::Saml(_) => "SAML",
        }
    }

    fn mapping(&self) -> &AttributeMapping {
        match self {
            IdentityProvider::Google(p) => &p.mapping,
            IdentityProvider::Facebook(p) => &p.mapping,
            IdentityProvider::LoginWithAmazon(p) => &p.mapping,
            IdentityProvider::SignInWithApple(p) => &p.mapping,
            IdentityProvider::Oidc(p) => &p.mapping,
            IdentityProvider::Saml(p) => &p.mapping,
        }
    }

    /// The `CreateIdentityProvider` request (without `UserPoolId`).
    pub(crate) fn to_wire(&self) -> CreateIdentityProviderInput {
        match self {
            IdentityProvider::Google(p) => p.to_wire(),
            IdentityProvider::Facebook(p) => p.to_wire(),
            IdentityProvider::LoginWithAmazon(p) => p.to_wire(),
            IdentityProvider::SignInWithApple(p) => p.to_wire(),
            IdentityProvider::Oidc(p) => p.to_wire(),
            IdentityProvider::Saml(p) => p.to_wire(),
        }
    }

    /// The provider a `CreateIdentityProvider` request (or a described provider, as one)
    /// creates, the inverse of [`to_wire`](Self::to_wire); `None` for a type the wizard does not
    /// offer, or a social provider without the client secret it needs. What the provider kind
    /// cannot hold (unknown detail keys, a mapping into what is not a pool attribute, scopes
    /// spelled another way) is left out: read-back lists it by comparing the request this
    /// provider writes back. A Sign in with Apple provider described without its private key
    /// (Cognito never shows it) keeps the pool's key as unknown.
    #[expect(
        clippy::too_many_lines,
        reason = "one arm per provider kind, each its details"
    )]
    pub(crate) fn from_wire(input: &CreateIdentityProviderInput) -> Option<IdentityProvider> {
        let empty = HashMap::new();
        let details = input.provider_details().unwrap_or(&empty);
        let get = |key: &str| details.get(key).cloned();
        let words = |key: &str| -> Vec<String> {
            get(key)
                .map(|s| s.split_whitespace().map(str::to_owned).collect())
                .unwrap_or_default()
        };
        let mapping: AttributeMapping = input
            .attribute_mapping()
            .into_iter()
            .flatten()
            .filter_map(|(pool, provider)| {
                PoolAttribute::try_from(pool.clone())
                    .ok()
                    .map(|pool| (pool, provider.clone()))
            })
            .collect();
        let identifiers = input.idp_identifiers().to_vec();
        Some(match input.provider_type()? {
            IdentityProviderTypeType::Google => IdentityProvider::Google(GoogleProvider {
                client_id: get("client_id")?,
                client_secret: Secret::new(get("client_secret")?),
                scopes: words("authorize_scopes"),
                mapping,
            }),
            IdentityProviderTypeType::Facebook => IdentityProvider::Facebook(FacebookProvider {
                client_id: get("client_id")?,
                client_secret: Secret::new(get("client_secret")?),
                scopes: get("authorize_scopes")
                    .map(|s| {
                        s.split(',')
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(str::to_owned)
                            .collect()
                    })
                    .unwrap_or_default(),
                api_version: get("api_version"),
                mapping,
            }),
            IdentityProviderTypeType::LoginWithAmazon => {
                IdentityProvider::LoginWithAmazon(LoginWithAmazonProvider {
                    client_id: get("client_id")?,
                    client_secret: Secret::new(get("client_secret")?),
                    scopes: words("authorize_scopes"),
                    mapping,
                })
            }
            IdentityProviderTypeType::SignInWithApple => {
                IdentityProvider::SignInWithApple(AppleProvider {
                    client_id: get("client_id")?,
                    team_id: get("team_id")?,
                    key_id: get("key_id")?,
                    private_key: get("private_key").map(Secret::new),
                    scopes: words("authorize_scopes"),
                    mapping,
                })
            }
            IdentityProviderTypeType::Oidc => {
                let endpoints = match (
                    get("authorize_url"),
                    get("token_url"),
                    get("attributes_url"),
                    get("jwks_uri"),
                ) {
                    (Some(authorization), Some(token), Some(user_info), Some(jwks_uri)) => {
                        Some(OidcEndpoints {
                            authorization,
                            token,
                            user_info,
                            jwks_uri,
                        })
                    }
                    _ => None,
                };
                IdentityProvider::Oidc(OidcProvider {
                    name: input.provider_name()?.to_owned(),
                    client_id: get("client_id")?,
                    client_secret: get("client_secret").map(Secret::new),
                    issuer: get("oidc_issuer")?,
                    scopes: words("authorize_scopes"),
                    attributes_request_method: if get("attributes_request_method").as_deref()
                        == Some("POST")
                    {
                        AttributesRequestMethod::Post
                    } else {
                        AttributesRequestMethod::Get
                    },
                    endpoints,
                    mapping,
                    identifiers,
                })
            }
            IdentityProviderTypeType::Saml => {
                let on = |key: &str| get(key).as_deref() == Some("true");
                IdentityProvider::Saml(SamlProvider {
                    name: input.provider_name()?.to_owned(),
                    metadata: get("MetadataURL")
                        .map(SamlMetadata::Url)
                        .or_else(|| get("MetadataFile").map(SamlMetadata::Document))?,
                    sign_out: on("IDPSignout"),
                    idp_initiated: on("IDPInit"),
                    encrypted_responses: on("EncryptedResponses"),
                    sign_requests: get("RequestSigningAlgorithm").is_some(),
                    mapping,
                    identifiers,
                })
            }
            _ => return None,
        })
    }

    /// This provider's rows of step 1's review page. Secrets show as set or not set.
    pub(crate) fn write_review(&self, page: &mut Page<'_, '_>) -> fmt::Result {
        page.row("Federated identity provider", self.name())?;
        page.row("Provider type", self.type_label())?;
        match self {
            IdentityProvider::Google(p) => {
                social_rows(page, &p.client_id, Some(&p.client_secret), &p.scopes, " ")?;
            }
            IdentityProvider::Facebook(p) => {
                social_rows(page, &p.client_id, Some(&p.client_secret), &p.scopes, ", ")?;
                if let Some(version) = &p.api_version {
                    page.row("API version", version)?;
                }
            }
            IdentityProvider::LoginWithAmazon(p) => {
                social_rows(page, &p.client_id, Some(&p.client_secret), &p.scopes, " ")?;
            }
            IdentityProvider::SignInWithApple(p) => {
                page.row("Apple services ID", &p.client_id)?;
                page.row("Team ID", &p.team_id)?;
                page.row("Key ID", &p.key_id)?;
                page.row(
                    "Private key",
                    if p.private_key.is_some() {
                        "Set"
                    } else {
                        "Set (not readable)"
                    },
                )?;
                page.row(
                    "Authorized scopes",
                    or_none(Some(p.scopes.join(" ").as_str())),
                )?;
            }
            IdentityProvider::Oidc(p) => {
                social_rows(page, &p.client_id, p.client_secret.as_ref(), &p.scopes, " ")?;
                page.row("Attribute request method", p.attributes_request_method)?;
                page.row("Issuer URL", &p.issuer)?;
                match &p.endpoints {
                    None => page.row("Setup method", "Auto fill through issuer URL")?,
                    Some(e) => {
                        page.row("Setup method", "Manual input")?;
                        page.row("Authorization endpoint", &e.authorization)?;
                        page.row("Token endpoint", &e.token)?;
                        page.row("UserInfo endpoint", &e.user_info)?;
                        page.row("Jwks_uri endpoint", &e.jwks_uri)?;
                    }
                }
                page.row("Identifiers", or_none(join(&p.identifiers)))?;
            }
            IdentityProvider::Saml(p) => {
                match &p.metadata {
                    SamlMetadata::Url(url) => {
                        page.row(
                            "Metadata document source",
                            "Enter metadata document endpoint URL",
                        )?;
                        page.row("Metadata document endpoint URL", url)?;
                    }
                    SamlMetadata::Document(xml) => {
                        page.row("Metadata document source", "Upload metadata document")?;
                        page.row(
                            "Metadata document",
                            format_args!("{} character(s)", xml.chars().count()),
                        )?;
                    }
                }
                page.row("Sign-out flow", enabled(p.sign_out))?;
                page.row(
                    "IdP-initiated SAML sign-in",
                    if p.idp_initiated {
                        "Accept SP-initiated and IdP-initiated SAML sign-in"
                    } else {
                        "Accept SP-initiated SAML sign-in"
                    },
                )?;
                page.row(
                    "Require encrypted SAML assertions",
                    enabled(p.encrypted_responses),
                )?;
                page.row(
                    "Signing algorithm for SAML requests",
                    if p.sign_requests {
                        "rsa-sha256"
                    } else {
                        "Don't sign requests"
                    },
                )?;
                page.row("Identifiers", or_none(join(&p.identifiers)))?;
            }
        }
        page.row(
            "Attribute mapping",
            or_none(join(
                self.mapping()
                    .iter()
                    .map(|(pool, provider)| format!("{pool} \u{2190} {provider}")),
            )),
        )
    }
}

/// The client rows of a social or OIDC provider.
fn social_rows(
    page: &mut Page<'_, '_>,
    client_id: &str,
    secret: Option<&Secret>,
    scopes: &[String],
    separator: &str,
) -> fmt::Result {
    page.row("Client ID", client_id)?;
    page.row("Client secret", set(secret.is_some()))?;
    page.row(
        "Authorized scopes",
        or_none(Some(scopes.join(separator).as_str())),
    )
}

/// How the review page shows a secret: whether it is set, never what it is.
fn set(is_set: bool) -> &'static str {
    if is_set { "Set" } else { "Not set" }
}

fn strings(items: impl IntoIterator<Item = impl Into<String>>) -> Vec<String> {
    items.into_iter().map(Into::into).collect()
}

/// An identity provider's `Debug` without the values of its details: the SDK's own `Debug`
/// prints `ProviderDetails` whole, client secrets and private keys included. Shows the name,
/// the type and the detail keys, under the SDK type's name.
pub(crate) struct ProviderKeysOnly<'a> {
    type_name: &'static str,
    name: Option<&'a str>,
    kind: Option<&'a IdentityProviderTypeType>,
    details: Option<&'a HashMap<String, String>>,
}

impl<'a> ProviderKeysOnly<'a> {
    /// A `CreateIdentityProvider` request.
    pub(crate) fn request(provider: &'a CreateIdentityProviderInput) -> Self {
        ProviderKeysOnly {
            type_name: "CreateIdentityProviderInput",
            name: provider.provider_name(),
            kind: provider.provider_type(),
            details: provider.provider_details(),
        }
    }

    /// A provider as `DescribeIdentityProvider` shows it.
    pub(crate) fn described(provider: &'a IdentityProviderType) -> Self {
        ProviderKeysOnly {
            type_name: "IdentityProviderType",
            name: provider.provider_name(),
            kind: provider.provider_type(),
            details: provider.provider_details(),
        }
    }
}

impl fmt::Debug for ProviderKeysOnly<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut keys: Vec<&String> = self.details.map(|d| d.keys().collect()).unwrap_or_default();
        keys.sort();
        f.debug_struct(self.type_name)
            .field("provider_name", &self.name)
            .field("provider_type", &self.kind)
            .field("provider_details_keys", &keys)
            .finish_non_exhaustive()
    }
}

/// A `CreateIdentityProvider` request of `name` and `kind` (without `UserPoolId`).
fn wire(
    name: &str,
    kind: &IdentityProviderTypeType,
    details: Vec<(&'static str, String)>,
    mapping: &AttributeMapping,
    identifiers: &[String],
) -> CreateIdentityProviderInput {
    let details: HashMap<String, String> = details
        .into_iter()
        .map(|(key, value)| (key.to_owned(), value))
        .collect();
    built(
        CreateIdentityProviderInput::builder()
            .provider_name(name)
            .provider_type(kind.clone())
            .set_provider_details(Some(details))
            .set_attribute_mapping((!mapping.is_empty()).then(|| {
                mapping
                    .iter()
                    .map(|(pool, provider)| (pool.wire_name().into_owned(), provider.clone()))
                    .collect()
            }))
            .set_idp_identifiers((!identifiers.is_empty()).then(|| identifiers.to_vec()))
            .build(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A secret no output may contain.
    const SECRET: &str = "Zq7-federation-SECRET-never-shown-41x";

    fn details(input: &CreateIdentityProviderInput) -> Vec<(&str, &str)> {
        let mut details: Vec<(&str, &str)> = input
            .provider_details()
            .expect("always sent")
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        details.sort_unstable();
        details
    }

    /// The request as a lone `CreateIdentityProvider` passes the crate's own validation.
    fn valid(mut input: CreateIdentityProviderInput) {
        input.user_pool_id = Some("us-east-1_AbC123xyZ".to_owned());
        if let Err(errors) = crate::validate::create_identity_provider(&input) {
            panic!("{errors}");
        }
    }

    #[test]
    fn google_sends_the_three_social_keys() {
        let wire = GoogleProvider::new(
            "id.apps.googleusercontent.com",
            Secret::new(SECRET),
            ["profile", "email", "openid"],
        )
        .map_attribute(StandardAttribute::Email, "email")
        .map_attribute(PoolAttribute::EmailVerified, "email_verified")
        .to_wire();
        assert_eq!(wire.provider_name(), Some("Google"));
        assert_eq!(
            wire.provider_type(),
            Some(&IdentityProviderTypeType::Google)
        );
        assert_eq!(wire.user_pool_id(), None);
        assert_eq!(
            details(&wire),
            [
                ("authorize_scopes", "profile email openid"),
                ("client_id", "id.apps.googleusercontent.com"),
                ("client_secret", SECRET),
            ]
        );
        let mapping = wire.attribute_mapping().unwrap();
        assert_eq!(mapping.len(), 2);
        assert_eq!(mapping["email"], "email");
        assert_eq!(mapping["email_verified"], "email_verified");
        assert!(wire.idp_identifiers.is_none());
        valid(wire);
    }

    #[test]
    fn facebook_scopes_are_comma_separated_and_the_version_optional() {
        let provider = FacebookProvider::new(
            "1234567890",
            Secret::new(SECRET),
            ["public_profile", "email"],
        );
        assert_eq!(
            details(&provider.to_wire()),
            [
                ("authorize_scopes", "public_profile, email"),
                ("client_id", "1234567890"),
                ("client_secret", SECRET),
            ]
        );
        let wire = provider.api_version("v17.0").to_wire();
        assert_eq!(wire.provider_name(), Some("Facebook"));
        assert_eq!(wire.provider_details().unwrap()["api_version"], "v17.0");
        assert!(wire.attribute_mapping().is_none());
        valid(wire);
    }

    #[test]
    fn login_with_amazon() {
        let wire = LoginWithAmazonProvider::new(
            "amzn1.application-oa2-client.1",
            Secret::new(SECRET),
            ["profile", "postal_code"],
        )
        .to_wire();
        assert_eq!(wire.provider_name(), Some("LoginWithAmazon"));
        assert_eq!(
            wire.provider_type(),
            Some(&IdentityProviderTypeType::LoginWithAmazon)
        );
        assert_eq!(
            details(&wire),
            [
                ("authorize_scopes", "profile postal_code"),
                ("client_id", "amzn1.application-oa2-client.1"),
                ("client_secret", SECRET),
            ]
        );
        valid(wire);
    }

    #[test]
    fn apple_sends_its_key_and_no_client_secret() {
        let provider = AppleProvider::new(
            "com.example.signin",
            "TEAM123456",
            "KEY1234567",
            Secret::new(SECRET),
        );
        let wire = provider.to_wire();
        assert_eq!(wire.provider_name(), Some("SignInWithApple"));
        assert_eq!(
            wire.provider_type(),
            Some(&IdentityProviderTypeType::SignInWithApple)
        );
        assert_eq!(
            details(&wire),
            [
                ("client_id", "com.example.signin"),
                ("key_id", "KEY1234567"),
                ("private_key", SECRET),
                ("team_id", "TEAM123456"),
            ]
        );
        valid(wire);
        let wire = provider.scopes(["email", "name"]).to_wire();
        assert_eq!(
            wire.provider_details().unwrap()["authorize_scopes"],
            "email name"
        );
        valid(wire);
    }

    #[test]
    fn oidc_required_and_optional_details() {
        let provider = OidcProvider::new(
            "Okta",
            "0oa1example",
            "https://example.okta.com",
            ["openid", "email"],
        );
        let wire = provider.to_wire();
        assert_eq!(wire.provider_name(), Some("Okta"));
        assert_eq!(wire.provider_type(), Some(&IdentityProviderTypeType::Oidc));
        assert_eq!(
            details(&wire),
            [
                ("attributes_request_method", "GET"),
                ("authorize_scopes", "openid email"),
                ("client_id", "0oa1example"),
                ("oidc_issuer", "https://example.okta.com"),
            ]
        );
        valid(wire);

        let wire = provider
            .client_secret(Secret::new(SECRET))
            .attributes_request_method(AttributesRequestMethod::Post)
            .endpoints(OidcEndpoints::new(
                "https://idp.example.com/authorize",
                "https://idp.example.com/token",
                "https://idp.example.com/userinfo",
                "https://idp.example.com/jwks",
            ))
            .map_attribute(PoolAttribute::custom("tenant"), "tid")
            .identifiers(["example.com", "example.org"])
            .to_wire();
        assert_eq!(
            details(&wire),
            [
                ("attributes_request_method", "POST"),
                ("attributes_url", "https://idp.example.com/userinfo"),
                ("authorize_scopes", "openid email"),
                ("authorize_url", "https://idp.example.com/authorize"),
                ("client_id", "0oa1example"),
                ("client_secret", SECRET),
                ("jwks_uri", "https://idp.example.com/jwks"),
                ("oidc_issuer", "https://example.okta.com"),
                ("token_url", "https://idp.example.com/token"),
            ]
        );
        assert_eq!(wire.attribute_mapping().unwrap()["custom:tenant"], "tid");
        assert_eq!(wire.idp_identifiers(), ["example.com", "example.org"]);
        valid(wire);
    }

    #[test]
    fn saml_metadata_and_options() {
        let url = SamlProvider::new("Corporate", SamlMetadata::url("https://idp.example.com/md"));
        let wire = url.to_wire();
        assert_eq!(wire.provider_name(), Some("Corporate"));
        assert_eq!(wire.provider_type(), Some(&IdentityProviderTypeType::Saml));
        assert_eq!(
            details(&wire),
            [("MetadataURL", "https://idp.example.com/md")],
            "an option that is off is left out"
        );
        valid(wire);

        let xml = r#"<md:EntityDescriptor entityID="urn:example"/>"#;
        let wire = SamlProvider::new("Corporate", SamlMetadata::document(xml))
            .sign_out(true)
            .idp_initiated(true)
            .encrypted_responses(true)
            .sign_requests(true)
            .identifiers(["example.com"])
            .to_wire();
        assert_eq!(
            details(&wire),
            [
                ("EncryptedResponses", "true"),
                ("IDPInit", "true"),
                ("IDPSignout", "true"),
                ("MetadataFile", xml),
                ("RequestSigningAlgorithm", "rsa-sha256"),
            ]
        );
        assert_eq!(wire.idp_identifiers(), ["example.com"]);
        valid(wire);
    }

    #[test]
    fn names_follow_the_type_for_social_providers() {
        let providers: [IdentityProvider; 6] = [
            GoogleProvider::new("i", Secret::new("s"), ["openid"]).into(),
            FacebookProvider::new("i", Secret::new("s"), ["email"]).into(),
            LoginWithAmazonProvider::new("i", Secret::new("s"), ["profile"]).into(),
            AppleProvider::new("i", "t", "k", Secret::new("s")).into(),
            OidcProvider::new("Okta", "i", "https://idp.example.com", ["openid"]).into(),
            SamlProvider::new("Corporate", SamlMetadata::url("https://idp.example.com/md")).into(),
        ];
        for provider in &providers {
            assert_eq!(Some(provider.name()), provider.to_wire().provider_name());
        }
        let names: Vec<&str> = providers.iter().map(IdentityProvider::name).collect();
        assert_eq!(
            names,
            [
                "Google",
                "Facebook",
                "LoginWithAmazon",
                "SignInWithApple",
                "Okta",
                "Corporate"
            ]
        );
    }

    #[test]
    fn pool_attributes_are_named_as_the_pool_names_them() {
        let names: Vec<String> = [
            PoolAttribute::from(StandardAttribute::GivenName),
            PoolAttribute::EmailVerified,
            PoolAttribute::PhoneNumberVerified,
            PoolAttribute::custom("tenant"),
        ]
        .iter()
        .map(ToString::to_string)
        .collect();
        assert_eq!(
            names,
            [
                "given_name",
                "email_verified",
                "phone_number_verified",
                "custom:tenant"
            ]
        );
    }

    /// A provider's rows of the review page.
    struct Rows(IdentityProvider);

    impl fmt::Display for Rows {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.write_review(&mut Page::new(f))
        }
    }

    #[test]
    fn an_apple_key_read_back_is_unknown_not_empty() {
        let mut wire = AppleProvider::new("com.example.signin", "T", "K", Secret::new(SECRET))
            .scopes(["email"])
            .to_wire();
        // As Cognito describes it: without the key.
        wire.provider_details
            .as_mut()
            .unwrap()
            .remove("private_key");
        let Some(IdentityProvider::SignInWithApple(read)) = IdentityProvider::from_wire(&wire)
        else {
            panic!("an Apple provider");
        };
        assert_eq!(read.private_key, None);
        // Its request has no key (review refuses it), and its page says why.
        assert_eq!(read.to_wire(), wire);
        let page = Rows(IdentityProvider::SignInWithApple(read.clone())).to_string();
        assert!(page.contains("Set (not readable)"), "{page}");
        #[cfg(feature = "serde")]
        {
            let spec = serde_json::to_string(&read).unwrap();
            assert!(!spec.contains("private_key"), "{spec}");
            let error = serde_json::from_str::<AppleProvider>(&spec).unwrap_err();
            assert!(
                error.to_string().contains("missing field `private_key`"),
                "{error}"
            );
            let given = serde_json::to_string(
                &AppleProvider::new("com.example.signin", "T", "K", Secret::new(SECRET))
                    .scopes(["email"]),
            )
            .unwrap();
            let back: AppleProvider = serde_json::from_str(&given).unwrap();
            assert_eq!(back.private_key, Some(Secret::new(SECRET)));
        }
    }

    #[test]
    fn debug_never_shows_a_secret() {
        let providers: [IdentityProvider; 4] = [
            GoogleProvider::new("i", Secret::new(SECRET), ["openid"]).into(),
            FacebookProvider::new("i", Secret::new(SECRET), ["email"]).into(),
            AppleProvider::new("i", "t", "k", Secret::new(SECRET)).into(),
            OidcProvider::new("Okta", "i", "https://idp.example.com", ["openid"])
                .client_secret(Secret::new(SECRET))
                .into(),
        ];
        for provider in providers {
            for shown in [format!("{provider:?}"), format!("{provider:#?}")] {
                assert!(!shown.contains(SECRET), "{shown}");
                assert!(shown.contains("Secret(***)"), "{shown}");
            }
        }
    }
}
