//! The app-client rules: step 5's initial app client (`CreateUserPoolClient`) and changes to a
//! client (`UpdateUserPoolClient`), judged alike, as sent (SR-137). An update replaces the
//! whole client, so an omitted member means its default (SR-135), which is how the create
//! rules read an omitted member too. Rules that need the client's secret judge a create only:
//! an update cannot send or see the secret (SR-138).

use aws_sdk_cognitoidentityprovider::types::{AnalyticsConfigurationType, TimeUnitsType};

use crate::steps::sign_up::rules::is_standard_attribute;
use crate::validate::check::{
    ARN, At, NAME, PRINTABLE, Report, SCOPE, USER_POOL_ID, pattern, quote,
};
use crate::validate::shapes::{CLIENT, CREATE_CLIENT, ClientRequest, UPDATE_CLIENT};
use crate::validate::{Operation, Rule, Step};

const fn rule(
    code: &'static str,
    operations: &'static [Operation],
    path: &'static str,
    label: &'static str,
) -> Rule {
    Rule::new(code, Step::App, operations, path, label)
}

// ---- Model constraints -------------------------------------------------------------------------

/// `UserPoolId`: required, 1..55, `[\w-]+_[0-9a-zA-Z]+`.
static USER_POOL_ID_RULE: Rule = rule("client-user-pool-id", CLIENT, "UserPoolId", "User pool ID");
/// `ClientId`: required, 1..128, `[\w+]+`.
static CLIENT_ID: Rule = rule("client-id", UPDATE_CLIENT, "ClientId", "App client ID");
/// `ClientName`: 1..128, `[\w\s+=,.@-]+`; required on create.
static CLIENT_NAME: Rule = rule("client-name", CLIENT, "ClientName", "App client name");
/// `ClientSecret`: 24..64, `[\w+]+`; never echoed.
static CLIENT_SECRET: Rule = rule(
    "client-secret",
    CREATE_CLIENT,
    "ClientSecret",
    "Client secret",
);
/// `RefreshTokenValidity`: 0..315360000 (raw value, before units).
static REFRESH_TOKEN_VALIDITY: Rule = rule(
    "refresh-token-validity",
    CLIENT,
    "RefreshTokenValidity",
    "Refresh token expiration",
);
/// `AccessTokenValidity`: 1..86400 (raw value, before units).
static ACCESS_TOKEN_VALIDITY: Rule = rule(
    "access-token-validity",
    CLIENT,
    "AccessTokenValidity",
    "Access token expiration",
);
/// `IdTokenValidity`: 1..86400 (raw value, before units).
static ID_TOKEN_VALIDITY: Rule = rule(
    "id-token-validity",
    CLIENT,
    "IdTokenValidity",
    "ID token expiration",
);
/// `TokenValidityUnits.AccessToken`: a time unit.
static ACCESS_TOKEN_UNIT: Rule = rule(
    "access-token-validity-unit",
    CLIENT,
    "TokenValidityUnits.AccessToken",
    "Access token expiration unit",
);
/// `TokenValidityUnits.IdToken`: a time unit.
static ID_TOKEN_UNIT: Rule = rule(
    "id-token-validity-unit",
    CLIENT,
    "TokenValidityUnits.IdToken",
    "ID token expiration unit",
);
/// `TokenValidityUnits.RefreshToken`: a time unit.
static REFRESH_TOKEN_UNIT: Rule = rule(
    "refresh-token-validity-unit",
    CLIENT,
    "TokenValidityUnits.RefreshToken",
    "Refresh token expiration unit",
);
/// `ReadAttributes[]`: 1..2048.
static READ_ATTRIBUTES: Rule = rule(
    "read-attributes",
    CLIENT,
    "ReadAttributes[]",
    "Attribute read permissions",
);
/// `WriteAttributes[]`: 1..2048.
static WRITE_ATTRIBUTES: Rule = rule(
    "write-attributes",
    CLIENT,
    "WriteAttributes[]",
    "Attribute write permissions",
);
/// `ExplicitAuthFlows[]`: the service's list, which is longer than the SDK's enum (SR-093).
static EXPLICIT_AUTH_FLOWS: Rule = rule(
    "explicit-auth-flows",
    CLIENT,
    "ExplicitAuthFlows[]",
    "Authentication flows",
);
/// `SupportedIdentityProviders[]`: 1..32, printable characters and spaces.
static IDENTITY_PROVIDERS: Rule = rule(
    "supported-identity-providers",
    CLIENT,
    "SupportedIdentityProviders[]",
    "Identity providers",
);
/// `CallbackURLs`: at most 100.
static CALLBACK_URLS: Rule = rule(
    "callback-urls",
    CLIENT,
    "CallbackURLs",
    "Allowed callback URLs",
);
/// `CallbackURLs[]`: 1..1024, printable characters.
static CALLBACK_URL: Rule = rule(
    "callback-url",
    CLIENT,
    "CallbackURLs[]",
    "Allowed callback URL",
);
/// `LogoutURLs`: at most 100.
static LOGOUT_URLS: Rule = rule("logout-urls", CLIENT, "LogoutURLs", "Allowed sign-out URLs");
/// `LogoutURLs[]`: 1..1024, printable characters.
static LOGOUT_URL: Rule = rule("logout-url", CLIENT, "LogoutURLs[]", "Allowed sign-out URL");
/// `DefaultRedirectURI`: 1..1024, printable characters.
static DEFAULT_REDIRECT_URI: Rule = rule(
    "default-redirect-uri",
    CLIENT,
    "DefaultRedirectURI",
    "Default redirect URL",
);
/// `AllowedOAuthFlows`: at most 3.
static OAUTH_FLOWS: Rule = rule(
    "oauth-flows",
    CLIENT,
    "AllowedOAuthFlows",
    "OAuth 2.0 grant types",
);
/// `AllowedOAuthFlows[]`: `code` | `implicit` | `client_credentials`.
static OAUTH_FLOW: Rule = rule(
    "oauth-flow",
    CLIENT,
    "AllowedOAuthFlows[]",
    "OAuth 2.0 grant type",
);
/// `AllowedOAuthScopes`: at most 50.
static OAUTH_SCOPES: Rule = rule(
    "oauth-scopes",
    CLIENT,
    "AllowedOAuthScopes",
    "OpenID Connect scopes",
);
/// `AllowedOAuthScopes[]`: 1..256, printable ASCII without `"` and `\`.
static OAUTH_SCOPE: Rule = rule(
    "oauth-scope",
    CLIENT,
    "AllowedOAuthScopes[]",
    "OpenID Connect scope",
);
/// `AnalyticsConfiguration.ApplicationId`: hexadecimal.
static ANALYTICS_APPLICATION_ID: Rule = rule(
    "analytics-application-id",
    CLIENT,
    "AnalyticsConfiguration.ApplicationId",
    "Amazon Pinpoint project ID",
);
/// `AnalyticsConfiguration.ApplicationArn`: 20..2048, an ARN.
static ANALYTICS_APPLICATION_ARN: Rule = rule(
    "analytics-application-arn",
    CLIENT,
    "AnalyticsConfiguration.ApplicationArn",
    "Amazon Pinpoint project ARN",
);
/// `AnalyticsConfiguration.RoleArn`: 20..2048, an ARN.
static ANALYTICS_ROLE_ARN: Rule = rule(
    "analytics-role-arn",
    CLIENT,
    "AnalyticsConfiguration.RoleArn",
    "Amazon Pinpoint IAM role",
);
/// `AnalyticsConfiguration.ExternalId`: at most 131072.
static ANALYTICS_EXTERNAL_ID: Rule = rule(
    "analytics-external-id",
    CLIENT,
    "AnalyticsConfiguration.ExternalId",
    "Amazon Pinpoint external ID",
);
/// `PreventUserExistenceErrors`: LEGACY | ENABLED.
static PREVENT_USER_EXISTENCE_ERRORS: Rule = rule(
    "prevent-user-existence-errors",
    CLIENT,
    "PreventUserExistenceErrors",
    "Prevent user existence errors",
);
/// `AuthSessionValidity`: 3..15 minutes.
static AUTH_SESSION_VALIDITY: Rule = rule(
    "auth-session-validity",
    CLIENT,
    "AuthSessionValidity",
    "Authentication flow session duration",
);
/// `RefreshTokenRotation.Feature`: ENABLED | DISABLED.
static REFRESH_TOKEN_ROTATION: Rule = rule(
    "refresh-token-rotation",
    CLIENT,
    "RefreshTokenRotation.Feature",
    "Refresh token rotation",
);
/// `RefreshTokenRotation.RetryGracePeriodSeconds`: 0..60.
static RETRY_GRACE_PERIOD: Rule = rule(
    "refresh-token-rotation-grace-period",
    CLIENT,
    "RefreshTokenRotation.RetryGracePeriodSeconds",
    "Refresh token rotation grace period",
);

// ---- Semantic rules ----------------------------------------------------------------------------

// SR-070: the raw bounds above ignore units; the effective lifetime has its own bounds.
/// Access token lifetime, value x unit, 5 minutes to 1 day.
static ACCESS_TOKEN_LIFETIME: Rule = rule(
    "access-token-lifetime",
    CLIENT,
    "AccessTokenValidity",
    "Access token expiration",
)
.semantic("SR-070");
/// ID token lifetime, value x unit, 5 minutes to 1 day.
static ID_TOKEN_LIFETIME: Rule = rule(
    "id-token-lifetime",
    CLIENT,
    "IdTokenValidity",
    "ID token expiration",
)
.semantic("SR-070");
/// Refresh token lifetime, value x unit, 60 minutes to 10 years.
static REFRESH_TOKEN_LIFETIME: Rule = rule(
    "refresh-token-lifetime",
    CLIENT,
    "RefreshTokenValidity",
    "Refresh token expiration",
)
.semantic("SR-070");
/// The access token may not outlive the refresh token.
static ACCESS_WITHIN_REFRESH: Rule = rule(
    "access-token-within-refresh-token",
    CLIENT,
    "AccessTokenValidity",
    "Access token expiration",
)
.semantic("SR-071");
/// The ID token may not outlive the refresh token.
static ID_WITHIN_REFRESH: Rule = rule(
    "id-token-within-refresh-token",
    CLIENT,
    "IdTokenValidity",
    "ID token expiration",
)
.semantic("SR-071");
/// Plain `http` only for loopback callback URLs.
static CALLBACK_URL_HTTPS: Rule = rule(
    "callback-url-https",
    CLIENT,
    "CallbackURLs[]",
    "Allowed callback URL",
)
.semantic("SR-073");
/// Plain `http` only for loopback sign-out URLs.
static LOGOUT_URL_HTTPS: Rule = rule(
    "logout-url-https",
    CLIENT,
    "LogoutURLs[]",
    "Allowed sign-out URL",
)
.semantic("SR-073");
/// Callback URLs are absolute and have no fragment (RFC 6749 3.1.2).
static CALLBACK_URL_ABSOLUTE: Rule = rule(
    "callback-url-absolute",
    CLIENT,
    "CallbackURLs[]",
    "Allowed callback URL",
)
.semantic("SR-074");
/// The default redirect URI is absolute and has no fragment.
static DEFAULT_REDIRECT_URI_ABSOLUTE: Rule = rule(
    "default-redirect-uri-absolute",
    CLIENT,
    "DefaultRedirectURI",
    "Default redirect URL",
)
.semantic("SR-074");
/// The default redirect URI is one of the callback URLs.
static DEFAULT_REDIRECT_URI_IN_CALLBACKS: Rule = rule(
    "default-redirect-uri-in-callback-urls",
    CLIENT,
    "DefaultRedirectURI",
    "Default redirect URL",
)
.semantic("SR-075");
/// An OAuth client needs grant types and scopes.
static OAUTH_NEEDS_FLOWS_AND_SCOPES: Rule = rule(
    "oauth-needs-flows-and-scopes",
    CLIENT,
    "AllowedOAuthFlowsUserPoolClient",
    "Use OAuth 2.0 authorization server features",
)
.semantic("SR-076");
/// The code and implicit grants need somewhere to redirect to.
static OAUTH_FLOW_NEEDS_CALLBACK: Rule = rule(
    "oauth-flow-needs-callback-url",
    CLIENT,
    "CallbackURLs",
    "Allowed callback URLs",
)
.semantic("SR-077");
/// A machine-to-machine client has no other grant.
static CLIENT_CREDENTIALS_ALONE: Rule = rule(
    "client-credentials-alone",
    CLIENT,
    "AllowedOAuthFlows",
    "OAuth 2.0 grant types",
)
.semantic("SR-078");
/// A machine-to-machine client authenticates with its secret.
static CLIENT_CREDENTIALS_NEEDS_SECRET: Rule = rule(
    "client-credentials-needs-secret",
    CREATE_CLIENT,
    "GenerateSecret",
    "Generate a client secret",
)
.semantic("SR-079");
/// A machine-to-machine client has no user, so no user scopes.
static CLIENT_CREDENTIALS_SCOPES: Rule = rule(
    "client-credentials-scopes",
    CLIENT,
    "AllowedOAuthScopes[]",
    "Custom scopes",
)
.semantic("SR-080");
/// A scope without `/` is one of the five built-in scopes.
static OAUTH_SCOPE_KNOWN: Rule = rule(
    "oauth-scope-known",
    CLIENT,
    "AllowedOAuthScopes[]",
    "OpenID Connect scope",
)
.semantic("SR-081");
/// Legacy auth-flow names are not mixed with `ALLOW_*` names.
static LEGACY_AUTH_FLOWS_ALONE: Rule = rule(
    "legacy-auth-flows-alone",
    CLIENT,
    "ExplicitAuthFlows",
    "Authentication flows",
)
.semantic("SR-083");
/// A custom secret and a generated one are exclusive.
static CLIENT_SECRET_OR_GENERATE: Rule = rule(
    "client-secret-with-generate-secret",
    CREATE_CLIENT,
    "ClientSecret",
    "Client secret",
)
.semantic("SR-084");
/// Propagating user context data needs a confidential client.
static PROPAGATE_NEEDS_SECRET: Rule = rule(
    "propagate-user-context-needs-secret",
    CREATE_CLIENT,
    "EnablePropagateAdditionalUserContextData",
    "Propagate additional user context data",
)
.semantic("SR-085");
/// Pinpoint is named by project ARN, or by project ID with a role.
static ANALYTICS_FORM: Rule = rule(
    "analytics-configuration-form",
    CLIENT,
    "AnalyticsConfiguration",
    "Pinpoint analytics",
)
.semantic("SR-086");
/// `sub` and the two `*_verified` flags are never writable.
static WRITE_ATTRIBUTE_WRITABLE: Rule = rule(
    "write-attribute-writable",
    CLIENT,
    "WriteAttributes[]",
    "Attribute write permissions",
)
.semantic("SR-087");
/// A read permission names an attribute that can exist.
static READ_ATTRIBUTE_NAME: Rule = rule(
    "read-attribute-name",
    CLIENT,
    "ReadAttributes[]",
    "Attribute read permissions",
)
.semantic("SR-088");
/// A write permission names an attribute that can exist.
static WRITE_ATTRIBUTE_NAME: Rule = rule(
    "write-attribute-name",
    CLIENT,
    "WriteAttributes[]",
    "Attribute write permissions",
)
.semantic("SR-088");

/// Every rule of this file, for the catalog.
pub(crate) static RULES: &[&Rule] = &[
    &USER_POOL_ID_RULE,
    &CLIENT_ID,
    &CLIENT_NAME,
    &CLIENT_SECRET,
    &REFRESH_TOKEN_VALIDITY,
    &ACCESS_TOKEN_VALIDITY,
    &ID_TOKEN_VALIDITY,
    &ACCESS_TOKEN_UNIT,
    &ID_TOKEN_UNIT,
    &REFRESH_TOKEN_UNIT,
    &READ_ATTRIBUTES,
    &WRITE_ATTRIBUTES,
    &EXPLICIT_AUTH_FLOWS,
    &IDENTITY_PROVIDERS,
    &CALLBACK_URLS,
    &CALLBACK_URL,
    &LOGOUT_URLS,
    &LOGOUT_URL,
    &DEFAULT_REDIRECT_URI,
    &OAUTH_FLOWS,
    &OAUTH_FLOW,
    &OAUTH_SCOPES,
    &OAUTH_SCOPE,
    &ANALYTICS_APPLICATION_ID,
    &ANALYTICS_APPLICATION_ARN,
    &ANALYTICS_ROLE_ARN,
    &ANALYTICS_EXTERNAL_ID,
    &PREVENT_USER_EXISTENCE_ERRORS,
    &AUTH_SESSION_VALIDITY,
    &REFRESH_TOKEN_ROTATION,
    &RETRY_GRACE_PERIOD,
    &ACCESS_TOKEN_LIFETIME,
    &ID_TOKEN_LIFETIME,
    &REFRESH_TOKEN_LIFETIME,
    &ACCESS_WITHIN_REFRESH,
    &ID_WITHIN_REFRESH,
    &CALLBACK_URL_HTTPS,
    &LOGOUT_URL_HTTPS,
    &CALLBACK_URL_ABSOLUTE,
    &DEFAULT_REDIRECT_URI_ABSOLUTE,
    &DEFAULT_REDIRECT_URI_IN_CALLBACKS,
    &OAUTH_NEEDS_FLOWS_AND_SCOPES,
    &OAUTH_FLOW_NEEDS_CALLBACK,
    &CLIENT_CREDENTIALS_ALONE,
    &CLIENT_CREDENTIALS_NEEDS_SECRET,
    &CLIENT_CREDENTIALS_SCOPES,
    &OAUTH_SCOPE_KNOWN,
    &LEGACY_AUTH_FLOWS_ALONE,
    &CLIENT_SECRET_OR_GENERATE,
    &PROPAGATE_NEEDS_SECRET,
    &ANALYTICS_FORM,
    &WRITE_ATTRIBUTE_WRITABLE,
    &READ_ATTRIBUTE_NAME,
    &WRITE_ATTRIBUTE_NAME,
];

// ---- Service lists and patterns ----------------------------------------------------------------

pattern!(
    /// `ClientSecretType` and `ClientIdType`.
    CLIENT_SECRET_PATTERN = r"[\w+]+" => r"[0-9A-Za-z_+]+"
);

pattern!(
    /// `ProviderNameType`: printable characters and Unicode spaces.
    PROVIDER_NAME = r"[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+" => r"[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+"
);

pattern!(
    /// `HexStringType`.
    HEX = r"^[0-9a-fA-F]+$" => r"[0-9a-fA-F]+"
);

/// `ExplicitAuthFlowsType` as the service model lists it; the last two parse as the SDK's
/// `Unknown` in 1.144 but the service accepts them (SR-093).
const AUTH_FLOWS: &[&str] = &[
    "ADMIN_NO_SRP_AUTH",
    "CUSTOM_AUTH_FLOW_ONLY",
    "USER_PASSWORD_AUTH",
    "ALLOW_ADMIN_USER_PASSWORD_AUTH",
    "ALLOW_CUSTOM_AUTH",
    "ALLOW_USER_PASSWORD_AUTH",
    "ALLOW_USER_SRP_AUTH",
    "ALLOW_REFRESH_TOKEN_AUTH",
    "ALLOW_USER_AUTH",
    "ALLOW_TOKEN_EXCHANGE_DELEGATION",
    "ALLOW_TOKEN_EXCHANGE_IMPERSONATION",
];

/// The pre-2019 auth-flow names, which cannot be combined with `ALLOW_*` names (SR-083).
const LEGACY_AUTH_FLOWS: &[&str] = &[
    "ADMIN_NO_SRP_AUTH",
    "CUSTOM_AUTH_FLOW_ONLY",
    "USER_PASSWORD_AUTH",
];

const TIME_UNITS: &[&str] = &["seconds", "minutes", "hours", "days"];
const OAUTH_FLOWS_LIST: &[&str] = &["code", "implicit", "client_credentials"];
const PREVENT_USER_EXISTENCE_ERRORS_LIST: &[&str] = &["LEGACY", "ENABLED"];
const FEATURES: &[&str] = &["ENABLED", "DISABLED"];

/// The scopes Cognito defines itself; every other scope is `resource-server/name` (SR-081),
/// and none of these is allowed with `client_credentials` (SR-080).
pub(crate) const BUILT_IN_SCOPES: &[&str] = &[
    "phone",
    "email",
    "openid",
    "profile",
    "aws.cognito.signin.user.admin",
];

/// Attributes no app client may write (SR-087).
const NEVER_WRITABLE: &[&str] = &["sub", "email_verified", "phone_number_verified"];

// ---- Checks ------------------------------------------------------------------------------------

/// Checks `UserPoolId`; separate because review checks a client before the pool exists.
pub(crate) fn check_user_pool_id(user_pool_id: Option<&str>, report: &mut Report) {
    user_pool_id_with(&USER_POOL_ID_RULE, user_pool_id, report);
}

/// `UserPoolId` of either operation (each has its own rule): required, 1..55, the id pattern.
pub(super) fn user_pool_id_with(
    rule: &'static Rule,
    user_pool_id: Option<&str>,
    report: &mut Report,
) {
    match user_pool_id {
        None => report.fail(rule, At::Path, "is required"),
        Some(id) => report.text(rule, At::Path, id, 1, 55, &USER_POOL_ID),
    }
}

/// Checks `ClientId` of an `UpdateUserPoolClient` request.
pub(crate) fn check_client_id(client_id: Option<&str>, report: &mut Report) {
    match client_id {
        None => report.fail(&CLIENT_ID, At::Path, "is required"),
        Some(id) => report.text(&CLIENT_ID, At::Path, id, 1, 128, &CLIENT_SECRET_PATTERN),
    }
}

/// Checks every member of a `CreateUserPoolClient` or `UpdateUserPoolClient` request but
/// `UserPoolId` and `ClientId`.
pub(crate) fn check(input: ClientRequest<'_>, report: &mut Report) {
    match input.client_name() {
        None if input.is_create() => report.fail(&CLIENT_NAME, At::Path, "is required"),
        None => {}
        Some(name) => report.text(&CLIENT_NAME, At::Path, name, 1, 128, &NAME),
    }
    check_secret(input, report);
    check_token_validity(input, report);
    check_attributes(input, report);
    check_auth_flows(input, report);
    for (i, provider) in input.supported_identity_providers().iter().enumerate() {
        let (rule, at) = (&IDENTITY_PROVIDERS, At::Index(i));
        report.text(rule, at, provider, 1, 32, &PROVIDER_NAME);
    }
    check_urls(input, report);
    check_oauth(input, report);
    if let Some(analytics) = input.analytics_configuration() {
        check_analytics(analytics, report);
    }
    if let Some(value) = input.prevent_user_existence_errors() {
        let (rule, allowed) = (
            &PREVENT_USER_EXISTENCE_ERRORS,
            PREVENT_USER_EXISTENCE_ERRORS_LIST,
        );
        report.one_of(rule, At::Path, value.as_str(), allowed);
    }
    if let Some(minutes) = input.auth_session_validity() {
        report.range(&AUTH_SESSION_VALIDITY, At::Path, minutes.into(), 3, 15);
    }
    if let Some(rotation) = input.refresh_token_rotation() {
        report.one_of(
            &REFRESH_TOKEN_ROTATION,
            At::Path,
            rotation.feature().as_str(),
            FEATURES,
        );
        if let Some(seconds) = rotation.retry_grace_period_seconds() {
            report.range(&RETRY_GRACE_PERIOD, At::Path, seconds.into(), 0, 60);
        }
    }
}

fn check_secret(input: ClientRequest<'_>, report: &mut Report) {
    if let Some(secret) = input.client_secret() {
        // `length` reports only the character count, `secret_pattern` never the value.
        report.length(&CLIENT_SECRET, At::Path, secret, 24, 64);
        if !secret.is_empty() {
            report.secret_pattern(&CLIENT_SECRET, At::Path, secret, &CLIENT_SECRET_PATTERN);
        }
        if input.generate_secret() == Some(true) {
            report.fail(
                &CLIENT_SECRET_OR_GENERATE,
                At::Path,
                "cannot be given with GenerateSecret = true: give a ClientSecret or let Cognito \
                 generate one, not both",
            );
        }
    }
    if input.enable_propagate_additional_user_context_data() == Some(true)
        && input.has_secret() == Some(false)
    {
        report.fail(
            &PROPAGATE_NEEDS_SECRET,
            At::Path,
            "true needs a client with a secret: set GenerateSecret to true or give a ClientSecret",
        );
    }
}

/// One token's wire members and bounds, for SR-070 / SR-071.
struct Token<'a> {
    value: Option<i32>,
    /// `TokenValidityUnits.<member>` as sent, if sent.
    unit: Option<&'a str>,
    lifetime_rule: &'static Rule,
    unit_path: &'static str,
    default_unit: &'static str,
    default_seconds: i64,
    raw: (i64, i64),
    lifetime: (i64, i64),
}

impl Token<'_> {
    /// The effective lifetime in seconds, or `None` when the raw value or the unit is already
    /// rejected by a model rule (so SR-070/071 add no noise to that report).
    fn seconds(&self) -> Option<i64> {
        let unit = unit_seconds(self.unit.unwrap_or(self.default_unit))?;
        match self.value {
            None => Some(self.default_seconds),
            Some(v) => {
                let v = i64::from(v);
                if v < self.raw.0 || v > self.raw.1 {
                    None
                } else if v == 0 {
                    // Only RefreshTokenValidity admits 0: the service's default (SR-072).
                    Some(self.default_seconds)
                } else {
                    // At most 315360000 x 86400, far inside i64.
                    Some(v * unit)
                }
            }
        }
    }

    /// `48 (TokenValidityUnits.AccessToken = hours) = 2 days`, for messages.
    fn describe(&self, seconds: i64) -> String {
        match (self.value, self.unit) {
            (None, _) => format!("the default {}", human(seconds)),
            (Some(0), _) => format!("0, the default {}", human(seconds)),
            (Some(v), Some(unit)) => {
                format!("{v} ({} = {unit}) = {}", self.unit_path, human(seconds))
            }
            (Some(v), None) => format!(
                "{v} ({} absent: {}) = {}",
                self.unit_path,
                self.default_unit,
                human(seconds)
            ),
        }
    }
}

fn unit_seconds(unit: &str) -> Option<i64> {
    match unit {
        "seconds" => Some(1),
        "minutes" => Some(60),
        "hours" => Some(3_600),
        "days" => Some(86_400),
        _ => None,
    }
}

/// A duration in the largest unit that divides it: `2 days`, `90 minutes`.
fn human(seconds: i64) -> String {
    let (n, unit) = [(86_400, "day"), (3_600, "hour"), (60, "minute")]
        .into_iter()
        .find(|(size, _)| seconds % size == 0)
        .map_or((seconds, "second"), |(size, unit)| (seconds / size, unit));
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
}

/// A token's model constraints: the raw value's range and the unit's enum. Returns the unit.
fn raw_token<'a>(
    report: &mut Report,
    value: Option<i32>,
    value_rule: &'static Rule,
    (min, max): (i64, i64),
    unit: Option<&'a TimeUnitsType>,
    unit_rule: &'static Rule,
) -> Option<&'a str> {
    if let Some(v) = value {
        report.range(value_rule, At::Path, v.into(), min, max);
    }
    let unit = unit.map(TimeUnitsType::as_str);
    if let Some(unit) = unit {
        report.one_of(unit_rule, At::Path, unit, TIME_UNITS);
    }
    unit
}

fn check_token_validity(input: ClientRequest<'_>, report: &mut Report) {
    const DAY: i64 = 86_400;
    const SHORT_RAW: (i64, i64) = (1, 86_400);
    const REFRESH_RAW: (i64, i64) = (0, 315_360_000);
    let units = input.token_validity_units();
    let access = Token {
        value: input.access_token_validity(),
        unit: raw_token(
            report,
            input.access_token_validity(),
            &ACCESS_TOKEN_VALIDITY,
            SHORT_RAW,
            units.and_then(|u| u.access_token()),
            &ACCESS_TOKEN_UNIT,
        ),
        lifetime_rule: &ACCESS_TOKEN_LIFETIME,
        unit_path: "TokenValidityUnits.AccessToken",
        default_unit: "hours",
        default_seconds: 3_600,
        raw: SHORT_RAW,
        lifetime: (300, DAY),
    };
    let id = Token {
        value: input.id_token_validity(),
        unit: raw_token(
            report,
            input.id_token_validity(),
            &ID_TOKEN_VALIDITY,
            SHORT_RAW,
            units.and_then(|u| u.id_token()),
            &ID_TOKEN_UNIT,
        ),
        lifetime_rule: &ID_TOKEN_LIFETIME,
        unit_path: "TokenValidityUnits.IdToken",
        default_unit: "hours",
        default_seconds: 3_600,
        raw: SHORT_RAW,
        lifetime: (300, DAY),
    };
    let refresh = Token {
        value: input.refresh_token_validity(),
        unit: raw_token(
            report,
            input.refresh_token_validity(),
            &REFRESH_TOKEN_VALIDITY,
            REFRESH_RAW,
            units.and_then(|u| u.refresh_token()),
            &REFRESH_TOKEN_UNIT,
        ),
        lifetime_rule: &REFRESH_TOKEN_LIFETIME,
        unit_path: "TokenValidityUnits.RefreshToken",
        default_unit: "days",
        default_seconds: 30 * DAY,
        raw: REFRESH_RAW,
        lifetime: (3_600, 3_650 * DAY),
    };

    for token in [&access, &id, &refresh] {
        let Some(seconds) = token.seconds() else {
            continue;
        };
        let (min, max) = token.lifetime;
        if seconds < min || seconds > max {
            report.fail(
                token.lifetime_rule,
                At::Path,
                format!(
                    "must last {} to {}, got {}",
                    human(min),
                    human(max),
                    token.describe(seconds)
                ),
            );
        }
    }
    let Some(refresh_seconds) = refresh.seconds() else {
        return;
    };
    for (token, rule, path) in [
        (&access, &ACCESS_WITHIN_REFRESH, "AccessTokenValidity"),
        (&id, &ID_WITHIN_REFRESH, "IdTokenValidity"),
    ] {
        if let Some(seconds) = token.seconds().filter(|s| *s > refresh_seconds) {
            report.fail(
                rule,
                At::Path,
                format!(
                    "{path} must not exceed RefreshTokenValidity: the token lasts {}, the refresh \
                     token {}",
                    token.describe(seconds),
                    refresh.describe(refresh_seconds)
                ),
            );
        }
    }
}

fn check_attributes(input: ClientRequest<'_>, report: &mut Report) {
    for (i, name) in input.read_attributes().iter().enumerate() {
        report.length(&READ_ATTRIBUTES, At::Index(i), name, 1, 2048);
        if !name.is_empty() && !attribute_can_exist(name) {
            report.fail(
                &READ_ATTRIBUTE_NAME,
                At::Index(i),
                bare_attribute_message(name),
            );
        }
    }
    for (i, name) in input.write_attributes().iter().enumerate() {
        report.length(&WRITE_ATTRIBUTES, At::Index(i), name, 1, 2048);
        if NEVER_WRITABLE.contains(&name.as_str()) {
            report.fail(
                &WRITE_ATTRIBUTE_WRITABLE,
                At::Index(i),
                format!(
                    "{} is never writable by an app client (sub, email_verified and \
                     phone_number_verified are set by Cognito)",
                    quote(name)
                ),
            );
        } else if !name.is_empty() && !attribute_can_exist(name) {
            report.fail(
                &WRITE_ATTRIBUTE_NAME,
                At::Index(i),
                bare_attribute_message(name),
            );
        }
    }
}

/// A standard attribute, or a custom one by its full name. Whether the custom attribute is in
/// the pool's schema needs the pool (SR-088 context); a bare unknown name can never exist.
fn attribute_can_exist(name: &str) -> bool {
    is_standard_attribute(name)
        || name
            .strip_prefix("custom:")
            .or_else(|| name.strip_prefix("dev:custom:"))
            .is_some_and(|custom| !custom.is_empty())
}

fn bare_attribute_message(name: &str) -> String {
    format!(
        "{} is not a standard attribute; custom attributes are named custom:<name> or \
         dev:custom:<name>",
        quote(name)
    )
}

fn check_auth_flows(input: ClientRequest<'_>, report: &mut Report) {
    let mut legacy = None;
    let mut allow = None;
    for (i, flow) in input.explicit_auth_flows().iter().enumerate() {
        let flow = flow.as_str();
        report.one_of(&EXPLICIT_AUTH_FLOWS, At::Index(i), flow, AUTH_FLOWS);
        if LEGACY_AUTH_FLOWS.contains(&flow) {
            legacy.get_or_insert(flow);
        } else if AUTH_FLOWS.contains(&flow) {
            allow.get_or_insert(flow);
        }
    }
    if let (Some(legacy), Some(allow)) = (legacy, allow) {
        report.fail(
            &LEGACY_AUTH_FLOWS_ALONE,
            At::Path,
            format!(
                "the legacy value {legacy} cannot be combined with ALLOW_* values such as \
                 {allow}; use ALLOW_* values only"
            ),
        );
    }
}

fn check_urls(input: ClientRequest<'_>, report: &mut Report) {
    let callbacks = input.callback_urls();
    report.count(&CALLBACK_URLS, At::Path, callbacks.len(), 0, 100);
    for (i, url) in callbacks.iter().enumerate() {
        let at = At::Index(i);
        report.text(&CALLBACK_URL, at, url, 1, 1024, &PRINTABLE);
        if url.is_empty() {
            continue;
        }
        https_unless_loopback(report, &CALLBACK_URL_HTTPS, at, url);
        absolute_without_fragment(report, &CALLBACK_URL_ABSOLUTE, at, url);
    }
    let logouts = input.logout_urls();
    report.count(&LOGOUT_URLS, At::Path, logouts.len(), 0, 100);
    for (i, url) in logouts.iter().enumerate() {
        let at = At::Index(i);
        report.text(&LOGOUT_URL, at, url, 1, 1024, &PRINTABLE);
        if !url.is_empty() {
            https_unless_loopback(report, &LOGOUT_URL_HTTPS, at, url);
        }
    }
    if let Some(uri) = input.default_redirect_uri() {
        report.text(&DEFAULT_REDIRECT_URI, At::Path, uri, 1, 1024, &PRINTABLE);
        if !uri.is_empty() {
            absolute_without_fragment(report, &DEFAULT_REDIRECT_URI_ABSOLUTE, At::Path, uri);
            if !callbacks.iter().any(|c| c == uri) {
                report.fail(
                    &DEFAULT_REDIRECT_URI_IN_CALLBACKS,
                    At::Path,
                    format!("{} must also be listed in CallbackURLs", quote(uri)),
                );
            }
        }
    }
}

/// `scheme` and the rest when the value starts with an RFC 3986 scheme and a colon.
fn split_scheme(url: &str) -> Option<(&str, &str)> {
    let (scheme, rest) = url.split_once(':')?;
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some((scheme, rest))
}

/// SR-073: an `http` URL (any case) must point at `localhost`, `127.0.0.1` or `[::1]`.
fn https_unless_loopback(report: &mut Report, rule: &'static Rule, at: At<'_>, url: &str) {
    let Some((scheme, rest)) = split_scheme(url) else {
        return;
    };
    if !scheme.eq_ignore_ascii_case("http") || is_loopback(rest) {
        return;
    }
    report.fail(
        rule,
        at,
        format!(
            "{} cannot use http: use https, or http only for localhost, 127.0.0.1 or [::1]",
            quote(url)
        ),
    );
}

/// Whether `//authority...` (after `http:`) names a loopback host, with any port.
fn is_loopback(after_scheme: &str) -> bool {
    let Some(authority) = after_scheme.strip_prefix("//") else {
        return false;
    };
    let end = authority.find(['/', '?', '#']).unwrap_or(authority.len());
    let authority = &authority[..end];
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if host_port.starts_with('[') {
        host_port.find(']').map_or(host_port, |e| &host_port[..=e])
    } else {
        host_port.split_once(':').map_or(host_port, |(h, _)| h)
    };
    host.eq_ignore_ascii_case("localhost") || host == "127.0.0.1" || host == "[::1]"
}

/// SR-074: a scheme with something after it, and no `#fragment`.
fn absolute_without_fragment(report: &mut Report, rule: &'static Rule, at: At<'_>, url: &str) {
    if split_scheme(url).is_none_or(|(_, rest)| rest.is_empty()) {
        report.fail(
            rule,
            at,
            format!(
                "must be an absolute URI with a scheme, such as https://example.com/callback or \
                 myapp://callback, got {}",
                quote(url)
            ),
        );
    }
    if url.contains('#') {
        report.fail(
            rule,
            at,
            format!("must not contain a fragment (#...), got {}", quote(url)),
        );
    }
}

fn check_oauth(input: ClientRequest<'_>, report: &mut Report) {
    let flows = input.allowed_o_auth_flows();
    let scopes = input.allowed_o_auth_scopes();
    report.count(&OAUTH_FLOWS, At::Path, flows.len(), 0, 3);
    let mut browser_flow = None;
    let mut client_credentials = false;
    for (i, flow) in flows.iter().enumerate() {
        let flow = flow.as_str();
        report.one_of(&OAUTH_FLOW, At::Index(i), flow, OAUTH_FLOWS_LIST);
        match flow {
            "code" | "implicit" => {
                browser_flow.get_or_insert(flow);
            }
            "client_credentials" => client_credentials = true,
            _ => {}
        }
    }
    report.count(&OAUTH_SCOPES, At::Path, scopes.len(), 0, 50);
    for (i, scope) in scopes.iter().enumerate() {
        let at = At::Index(i);
        report.text(&OAUTH_SCOPE, at, scope, 1, 256, &SCOPE);
        let built_in = BUILT_IN_SCOPES.contains(&scope.as_str());
        if client_credentials && built_in {
            report.fail(
                &CLIENT_CREDENTIALS_SCOPES,
                at,
                format!(
                    "{} cannot be used with the client_credentials flow in AllowedOAuthFlows; \
                     machine-to-machine clients take resource-server scopes (identifier/name) \
                     only",
                    quote(scope)
                ),
            );
        }
        if !built_in && !scope.is_empty() && !scope.contains('/') {
            report.fail(
                &OAUTH_SCOPE_KNOWN,
                at,
                format!(
                    "{} is not a scope: use phone, email, openid, profile, \
                     aws.cognito.signin.user.admin or a resource-server scope identifier/name",
                    quote(scope)
                ),
            );
        }
    }

    if input.allowed_o_auth_flows_user_pool_client() == Some(true)
        && (flows.is_empty() || scopes.is_empty())
    {
        let missing = match (flows.is_empty(), scopes.is_empty()) {
            (true, true) => "AllowedOAuthFlows and AllowedOAuthScopes are empty",
            (true, false) => "AllowedOAuthFlows is empty",
            _ => "AllowedOAuthScopes is empty",
        };
        report.fail(
            &OAUTH_NEEDS_FLOWS_AND_SCOPES,
            At::Path,
            format!(
                "true needs at least one entry in both AllowedOAuthFlows and AllowedOAuthScopes; \
                 {missing}"
            ),
        );
    }
    if let Some(flow) = browser_flow {
        if input.callback_urls().is_empty() {
            report.fail(
                &OAUTH_FLOW_NEEDS_CALLBACK,
                At::Path,
                format!(
                    "the {flow} flow in AllowedOAuthFlows needs at least one CallbackURLs entry"
                ),
            );
        }
        if client_credentials {
            report.fail(
                &CLIENT_CREDENTIALS_ALONE,
                At::Path,
                format!("client_credentials must be the only flow, but {flow} is also selected"),
            );
        }
    }
    if client_credentials && input.has_secret() == Some(false) {
        report.fail(
            &CLIENT_CREDENTIALS_NEEDS_SECRET,
            At::Path,
            "the client_credentials flow in AllowedOAuthFlows needs a client secret: set \
             GenerateSecret to true or give a ClientSecret",
        );
    }
}

fn check_analytics(analytics: &AnalyticsConfigurationType, report: &mut Report) {
    if let Some(id) = analytics.application_id() {
        report.pattern(&ANALYTICS_APPLICATION_ID, At::Path, id, &HEX);
    }
    if let Some(arn) = analytics.application_arn() {
        report.text(&ANALYTICS_APPLICATION_ARN, At::Path, arn, 20, 2048, &ARN);
    }
    if let Some(arn) = analytics.role_arn() {
        report.text(&ANALYTICS_ROLE_ARN, At::Path, arn, 20, 2048, &ARN);
    }
    if let Some(external_id) = analytics.external_id() {
        report.length(&ANALYTICS_EXTERNAL_ID, At::Path, external_id, 0, 131_072);
    }
    // The service's message names two forms: the project ARN, or project ID + role (+ external
    // id). ExternalId stays optional: the developer guide needs it only when the role's trust
    // policy asks for one, and Terraform does not require it.
    let message = match (analytics.application_arn(), analytics.application_id()) {
        (None, None) => Some(
            "needs AnalyticsConfiguration.ApplicationArn, or AnalyticsConfiguration.ApplicationId \
             with AnalyticsConfiguration.RoleArn",
        ),
        (Some(_), Some(_)) => Some(
            "give either AnalyticsConfiguration.ApplicationArn or AnalyticsConfiguration.\
             ApplicationId with RoleArn, not both",
        ),
        (None, Some(_)) if analytics.role_arn().is_none() => Some(
            "AnalyticsConfiguration.ApplicationId needs AnalyticsConfiguration.RoleArn (and the \
             ExternalId the role expects), or use AnalyticsConfiguration.ApplicationArn instead",
        ),
        _ => None,
    };
    if let Some(message) = message {
        report.fail(&ANALYTICS_FORM, At::Path, message);
    }
}

#[cfg(test)]
#[expect(clippy::too_many_lines, reason = "one flat table, a case per boundary")]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    use crate::validate::cases::{Case, case, client, update_client};
    use aws_sdk_cognitoidentityprovider::types::{
        ExplicitAuthFlowsType, FeatureType, OAuthFlowType, PreventUserExistenceErrorTypes,
        RefreshTokenRotationType, TokenValidityUnitsType,
    };

    let units = |access: Option<&str>, id: Option<&str>, refresh: Option<&str>| {
        TokenValidityUnitsType::builder()
            .set_access_token(access.map(TimeUnitsType::from))
            .set_id_token(id.map(TimeUnitsType::from))
            .set_refresh_token(refresh.map(TimeUnitsType::from))
            .build()
    };
    let analytics = |arn: Option<&str>, id: Option<&str>, role: Option<&str>, ext: Option<&str>| {
        AnalyticsConfigurationType::builder()
            .set_application_arn(arn.map(str::to_owned))
            .set_application_id(id.map(str::to_owned))
            .set_role_arn(role.map(str::to_owned))
            .set_external_id(ext.map(str::to_owned))
            .build()
    };
    let rotation = |feature: &str, grace: Option<i32>| {
        RefreshTokenRotationType::builder()
            .feature(FeatureType::from(feature))
            .set_retry_grace_period_seconds(grace)
            .build()
            .expect("feature is set")
    };
    let flow = ExplicitAuthFlowsType::from;
    let pinpoint = "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef";
    let role = "arn:aws:iam::123456789012:role/pinpoint";
    let arn_prefix = "arn:aws:mobiletargeting:us-east-1:1:";
    let oauth = || {
        client()
            .allowed_o_auth_flows_user_pool_client(true)
            .allowed_o_auth_flows(OAuthFlowType::Code)
            .allowed_o_auth_scopes("openid")
            .callback_urls("https://example.com/callback")
    };
    let m2m = || {
        client()
            .generate_secret(true)
            .allowed_o_auth_flows_user_pool_client(true)
            .allowed_o_auth_flows(OAuthFlowType::ClientCredentials)
            .allowed_o_auth_scopes("api/read")
    };
    let secret = |n: usize| "s".repeat(n);
    let cb = |url: &str| client().callback_urls(url);

    let cases: Vec<Case> = vec![
        // UserPoolId (checked by the entry point with check_user_pool_id).
        case(
            USER_POOL_ID_RULE.code,
            "UserPoolId",
            client(),
            client().set_user_pool_id(None),
        ),
        case(
            USER_POOL_ID_RULE.code,
            "UserPoolId",
            client().user_pool_id(format!("us-east-1_{}", "a".repeat(45))),
            client().user_pool_id(format!("us-east-1_{}", "a".repeat(46))),
        ),
        case(
            USER_POOL_ID_RULE.code,
            "UserPoolId",
            client().user_pool_id("a_1"),
            client().user_pool_id("us-east-1-AbC123"),
        ),
        case(
            USER_POOL_ID_RULE.code,
            "UserPoolId",
            client().user_pool_id("a_1"),
            client().user_pool_id(""),
        ),
        // ClientId (UpdateUserPoolClient): required, 1..128, `[\w+]+`.
        case(
            CLIENT_ID.code,
            "ClientId",
            update_client(),
            update_client().set_client_id(None),
        ),
        case(
            CLIENT_ID.code,
            "ClientId",
            update_client().client_id("a".repeat(128)),
            update_client().client_id("a".repeat(129)),
        ),
        case(
            CLIENT_ID.code,
            "ClientId",
            update_client().client_id("a+b_C9"),
            update_client().client_id("a-b"),
        ),
        // ClientName: required on create; an update may leave it out.
        case(
            CLIENT_NAME.code,
            "ClientName",
            client(),
            client().set_client_name(None),
        )
        .not_twinned("an update may leave ClientName out"),
        case(
            CLIENT_NAME.code,
            "ClientName",
            client().client_name("a"),
            client().client_name(""),
        ),
        case(
            CLIENT_NAME.code,
            "ClientName",
            client().client_name("n".repeat(128)),
            client().client_name("n".repeat(129)),
        ),
        case(
            CLIENT_NAME.code,
            "ClientName",
            client().client_name("my app+=,.@-_1"),
            client().client_name("my app!"),
        ),
        // ClientSecret
        case(
            CLIENT_SECRET.code,
            "ClientSecret",
            client().client_secret(secret(24)),
            client().client_secret(secret(23)),
        ),
        case(
            CLIENT_SECRET.code,
            "ClientSecret",
            client().client_secret(secret(64)),
            client().client_secret(secret(65)),
        ),
        case(
            CLIENT_SECRET.code,
            "ClientSecret",
            client().client_secret(format!("{}+_9", secret(24))),
            client().client_secret(format!("{}/=", secret(24))),
        ),
        // Raw token validity values.
        case(
            REFRESH_TOKEN_VALIDITY.code,
            "RefreshTokenValidity",
            client().refresh_token_validity(0),
            client().refresh_token_validity(-1),
        ),
        case(
            REFRESH_TOKEN_VALIDITY.code,
            "RefreshTokenValidity",
            client()
                .refresh_token_validity(315_360_000)
                .token_validity_units(units(None, None, Some("seconds"))),
            client()
                .refresh_token_validity(315_360_001)
                .token_validity_units(units(None, None, Some("seconds"))),
        ),
        case(
            ACCESS_TOKEN_VALIDITY.code,
            "AccessTokenValidity",
            client().access_token_validity(1),
            client().access_token_validity(0),
        ),
        case(
            ACCESS_TOKEN_VALIDITY.code,
            "AccessTokenValidity",
            client()
                .access_token_validity(86_400)
                .token_validity_units(units(Some("seconds"), None, None)),
            client()
                .access_token_validity(86_401)
                .token_validity_units(units(Some("seconds"), None, None)),
        ),
        case(
            ID_TOKEN_VALIDITY.code,
            "IdTokenValidity",
            client().id_token_validity(1),
            client().id_token_validity(0),
        ),
        case(
            ID_TOKEN_VALIDITY.code,
            "IdTokenValidity",
            client()
                .id_token_validity(86_400)
                .token_validity_units(units(None, Some("seconds"), None)),
            client()
                .id_token_validity(86_401)
                .token_validity_units(units(None, Some("seconds"), None)),
        ),
        // Units.
        case(
            ACCESS_TOKEN_UNIT.code,
            "TokenValidityUnits.AccessToken",
            client().token_validity_units(units(Some("minutes"), None, None)),
            client().token_validity_units(units(Some("weeks"), None, None)),
        ),
        case(
            ID_TOKEN_UNIT.code,
            "TokenValidityUnits.IdToken",
            client().token_validity_units(units(None, Some("hours"), None)),
            client().token_validity_units(units(None, Some("Hours"), None)),
        ),
        case(
            REFRESH_TOKEN_UNIT.code,
            "TokenValidityUnits.RefreshToken",
            client().token_validity_units(units(None, None, Some("days"))),
            client().token_validity_units(units(None, None, Some("months"))),
        ),
        // SR-070: effective lifetimes.
        case(
            ACCESS_TOKEN_LIFETIME.code,
            "AccessTokenValidity",
            client()
                .access_token_validity(5)
                .token_validity_units(units(Some("minutes"), None, None)),
            client()
                .access_token_validity(4)
                .token_validity_units(units(Some("minutes"), None, None)),
        ),
        case(
            ACCESS_TOKEN_LIFETIME.code,
            "AccessTokenValidity",
            client().access_token_validity(24),
            client().access_token_validity(25),
        ),
        case(
            ACCESS_TOKEN_LIFETIME.code,
            "AccessTokenValidity",
            client()
                .access_token_validity(300)
                .token_validity_units(units(Some("seconds"), None, None)),
            client()
                .access_token_validity(299)
                .token_validity_units(units(Some("seconds"), None, None)),
        ),
        case(
            ACCESS_TOKEN_LIFETIME.code,
            "AccessTokenValidity",
            client()
                .access_token_validity(1)
                .token_validity_units(units(Some("days"), None, None)),
            client()
                .access_token_validity(2)
                .token_validity_units(units(Some("days"), None, None)),
        ),
        case(
            ID_TOKEN_LIFETIME.code,
            "IdTokenValidity",
            client()
                .id_token_validity(5)
                .token_validity_units(units(None, Some("minutes"), None)),
            client()
                .id_token_validity(4)
                .token_validity_units(units(None, Some("minutes"), None)),
        ),
        case(
            ID_TOKEN_LIFETIME.code,
            "IdTokenValidity",
            client().id_token_validity(24),
            client().id_token_validity(25),
        ),
        case(
            REFRESH_TOKEN_LIFETIME.code,
            "RefreshTokenValidity",
            client()
                .refresh_token_validity(60)
                .access_token_validity(5)
                .id_token_validity(5)
                .token_validity_units(units(Some("minutes"), Some("minutes"), Some("minutes"))),
            client()
                .refresh_token_validity(59)
                .access_token_validity(5)
                .id_token_validity(5)
                .token_validity_units(units(Some("minutes"), Some("minutes"), Some("minutes"))),
        ),
        case(
            REFRESH_TOKEN_LIFETIME.code,
            "RefreshTokenValidity",
            client().refresh_token_validity(3_650),
            client().refresh_token_validity(3_651),
        ),
        case(
            REFRESH_TOKEN_LIFETIME.code,
            "RefreshTokenValidity",
            client()
                .refresh_token_validity(87_600)
                .token_validity_units(units(None, None, Some("hours"))),
            client()
                .refresh_token_validity(87_601)
                .token_validity_units(units(None, None, Some("hours"))),
        ),
        // SR-071: access and ID tokens may not outlive the refresh token (equal is fine).
        case(
            ACCESS_WITHIN_REFRESH.code,
            "AccessTokenValidity",
            client()
                .access_token_validity(2)
                .refresh_token_validity(2)
                .token_validity_units(units(None, Some("hours"), Some("hours"))),
            client()
                .access_token_validity(3)
                .refresh_token_validity(2)
                .token_validity_units(units(None, Some("hours"), Some("hours"))),
        ),
        case(
            ACCESS_WITHIN_REFRESH.code,
            "AccessTokenValidity",
            client()
                .refresh_token_validity(60)
                .id_token_validity(60)
                .token_validity_units(units(None, Some("minutes"), Some("minutes"))),
            // The default access token (1 hour) equals a 60-minute refresh token: fine.
            client()
                .refresh_token_validity(60)
                .id_token_validity(60)
                .access_token_validity(2)
                .token_validity_units(units(None, Some("minutes"), Some("minutes"))),
        ),
        case(
            ID_WITHIN_REFRESH.code,
            "IdTokenValidity",
            client()
                .id_token_validity(90)
                .refresh_token_validity(90)
                .token_validity_units(units(None, Some("minutes"), Some("minutes"))),
            client()
                .id_token_validity(91)
                .refresh_token_validity(90)
                .token_validity_units(units(None, Some("minutes"), Some("minutes"))),
        ),
        // Read / write attributes.
        case(
            READ_ATTRIBUTES.code,
            "ReadAttributes[1]",
            client()
                .read_attributes("email")
                .read_attributes("custom:a"),
            client().read_attributes("email").read_attributes(""),
        ),
        case(
            READ_ATTRIBUTES.code,
            "ReadAttributes[0]",
            client().read_attributes(format!("custom:{}", "a".repeat(2041))),
            client().read_attributes(format!("custom:{}", "a".repeat(2042))),
        ),
        case(
            WRITE_ATTRIBUTES.code,
            "WriteAttributes[0]",
            client().write_attributes("dev:custom:a"),
            client().write_attributes(""),
        ),
        case(
            WRITE_ATTRIBUTES.code,
            "WriteAttributes[0]",
            client().write_attributes(format!("custom:{}", "a".repeat(2041))),
            client().write_attributes(format!("custom:{}", "a".repeat(2042))),
        ),
        case(
            READ_ATTRIBUTE_NAME.code,
            "ReadAttributes[1]",
            client()
                .read_attributes("email_verified")
                .read_attributes("custom:department"),
            client()
                .read_attributes("email")
                .read_attributes("department"),
        ),
        case(
            READ_ATTRIBUTE_NAME.code,
            "ReadAttributes[0]",
            client().read_attributes("dev:custom:x"),
            client().read_attributes("custom:"),
        ),
        case(
            WRITE_ATTRIBUTE_NAME.code,
            "WriteAttributes[0]",
            client().write_attributes("phone_number"),
            client().write_attributes("Email"),
        ),
        case(
            WRITE_ATTRIBUTE_WRITABLE.code,
            "WriteAttributes[1]",
            client()
                .write_attributes("email")
                .write_attributes("phone_number"),
            client()
                .write_attributes("email")
                .write_attributes("email_verified"),
        ),
        case(
            WRITE_ATTRIBUTE_WRITABLE.code,
            "WriteAttributes[0]",
            client().write_attributes("updated_at"),
            client().write_attributes("sub"),
        ),
        case(
            WRITE_ATTRIBUTE_WRITABLE.code,
            "WriteAttributes[0]",
            client().write_attributes("custom:sub"),
            client().write_attributes("phone_number_verified"),
        ),
        // Explicit auth flows: the service's list, including values the SDK cannot name.
        case(
            EXPLICIT_AUTH_FLOWS.code,
            "ExplicitAuthFlows[1]",
            client()
                .explicit_auth_flows(flow("ALLOW_USER_SRP_AUTH"))
                .explicit_auth_flows(flow("ALLOW_TOKEN_EXCHANGE_DELEGATION"))
                .explicit_auth_flows(flow("ALLOW_TOKEN_EXCHANGE_IMPERSONATION")),
            client()
                .explicit_auth_flows(flow("ALLOW_USER_SRP_AUTH"))
                .explicit_auth_flows(flow("ALLOW_MAGIC_AUTH")),
        ),
        case(
            EXPLICIT_AUTH_FLOWS.code,
            "ExplicitAuthFlows[0]",
            client().explicit_auth_flows(flow("USER_PASSWORD_AUTH")),
            client().explicit_auth_flows(flow("allow_user_srp_auth")),
        ),
        case(
            LEGACY_AUTH_FLOWS_ALONE.code,
            "ExplicitAuthFlows",
            client()
                .explicit_auth_flows(flow("ADMIN_NO_SRP_AUTH"))
                .explicit_auth_flows(flow("USER_PASSWORD_AUTH")),
            client()
                .explicit_auth_flows(flow("ADMIN_NO_SRP_AUTH"))
                .explicit_auth_flows(flow("ALLOW_REFRESH_TOKEN_AUTH")),
        ),
        // Identity providers.
        case(
            IDENTITY_PROVIDERS.code,
            "SupportedIdentityProviders[0]",
            client().supported_identity_providers("p".repeat(32)),
            client().supported_identity_providers("p".repeat(33)),
        ),
        case(
            IDENTITY_PROVIDERS.code,
            "SupportedIdentityProviders[1]",
            client()
                .supported_identity_providers("COGNITO")
                .supported_identity_providers("My SAML IdP"),
            client()
                .supported_identity_providers("COGNITO")
                .supported_identity_providers("tab\tidp"),
        ),
        case(
            IDENTITY_PROVIDERS.code,
            "SupportedIdentityProviders[0]",
            client().supported_identity_providers("G"),
            client().supported_identity_providers(""),
        ),
        // URL lists and members.
        case(
            CALLBACK_URLS.code,
            "CallbackURLs",
            client().set_callback_urls(Some(
                (0..100)
                    .map(|i| format!("https://example.com/{i}"))
                    .collect(),
            )),
            client().set_callback_urls(Some(
                (0..101)
                    .map(|i| format!("https://example.com/{i}"))
                    .collect(),
            )),
        ),
        case(
            CALLBACK_URL.code,
            "CallbackURLs[0]",
            cb(&format!("https://example.com/{}", "a".repeat(1004))),
            cb(&format!("https://example.com/{}", "a".repeat(1005))),
        ),
        case(
            CALLBACK_URL.code,
            "CallbackURLs[0]",
            cb("https://example.com/ünïcode?q=1"),
            cb("https://example.com/a b"),
        ),
        case(
            CALLBACK_URL.code,
            "CallbackURLs[1]",
            cb("x:y").callback_urls("a:b"),
            cb("x:y").callback_urls(""),
        ),
        case(
            LOGOUT_URLS.code,
            "LogoutURLs",
            client().set_logout_urls(Some(
                (0..100)
                    .map(|i| format!("https://example.com/{i}"))
                    .collect(),
            )),
            client().set_logout_urls(Some(
                (0..101)
                    .map(|i| format!("https://example.com/{i}"))
                    .collect(),
            )),
        ),
        case(
            LOGOUT_URL.code,
            "LogoutURLs[0]",
            client().logout_urls(format!("https://example.com/{}", "a".repeat(1004))),
            client().logout_urls(format!("https://example.com/{}", "a".repeat(1005))),
        ),
        case(
            LOGOUT_URL.code,
            "LogoutURLs[0]",
            client().logout_urls("https://example.com/bye"),
            client().logout_urls("https://example.com/\u{7}"),
        ),
        case(
            DEFAULT_REDIRECT_URI.code,
            "DefaultRedirectURI",
            cb("https://example.com/cb").default_redirect_uri("https://example.com/cb"),
            cb("https://example.com/c b").default_redirect_uri("https://example.com/c b"),
        ),
        case(
            DEFAULT_REDIRECT_URI.code,
            "DefaultRedirectURI",
            {
                let long = format!("https://example.com/{}", "a".repeat(1004));
                cb(&long).default_redirect_uri(long)
            },
            {
                let long = format!("https://example.com/{}", "a".repeat(1005));
                client().default_redirect_uri(long)
            },
        ),
        case(
            DEFAULT_REDIRECT_URI.code,
            "DefaultRedirectURI",
            client(),
            client().default_redirect_uri(""),
        ),
        // SR-073: http only to loopback.
        case(
            CALLBACK_URL_HTTPS.code,
            "CallbackURLs[0]",
            cb("http://localhost:3000/callback"),
            cb("http://example.com/callback"),
        ),
        case(
            CALLBACK_URL_HTTPS.code,
            "CallbackURLs[0]",
            cb("http://127.0.0.1/cb"),
            cb("HTTP://example.com/cb"),
        ),
        case(
            CALLBACK_URL_HTTPS.code,
            "CallbackURLs[0]",
            cb("http://[::1]:8080/cb"),
            cb("http://localhost.example.com/cb"),
        ),
        case(
            CALLBACK_URL_HTTPS.code,
            "CallbackURLs[0]",
            cb("myapp://callback"),
            cb("http://127.0.0.2/cb"),
        ),
        case(
            LOGOUT_URL_HTTPS.code,
            "LogoutURLs[1]",
            client()
                .logout_urls("https://example.com/bye")
                .logout_urls("http://LOCALHOST/bye"),
            client()
                .logout_urls("https://example.com/bye")
                .logout_urls("http://example.com/bye"),
        ),
        // SR-074: absolute, no fragment.
        case(
            CALLBACK_URL_ABSOLUTE.code,
            "CallbackURLs[0]",
            cb("https://example.com/callback"),
            cb("/callback"),
        ),
        case(
            CALLBACK_URL_ABSOLUTE.code,
            "CallbackURLs[0]",
            cb("com.example.app:/oauth2redirect"),
            cb("https://example.com/callback#done"),
        ),
        case(
            DEFAULT_REDIRECT_URI_ABSOLUTE.code,
            "DefaultRedirectURI",
            cb("myapp://cb").default_redirect_uri("myapp://cb"),
            cb("example.com/cb").default_redirect_uri("example.com/cb"),
        ),
        // SR-075
        case(
            DEFAULT_REDIRECT_URI_IN_CALLBACKS.code,
            "DefaultRedirectURI",
            cb("https://a.example.com/cb")
                .callback_urls("https://b.example.com/cb")
                .default_redirect_uri("https://b.example.com/cb"),
            cb("https://a.example.com/cb").default_redirect_uri("https://b.example.com/cb"),
        ),
        // OAuth flows and scopes.
        case(
            OAUTH_FLOWS.code,
            "AllowedOAuthFlows",
            oauth()
                .allowed_o_auth_flows(OAuthFlowType::Implicit)
                .allowed_o_auth_flows(OAuthFlowType::Code),
            oauth()
                .allowed_o_auth_flows(OAuthFlowType::Implicit)
                .allowed_o_auth_flows(OAuthFlowType::Code)
                .allowed_o_auth_flows(OAuthFlowType::Implicit),
        ),
        case(
            OAUTH_FLOW.code,
            "AllowedOAuthFlows[1]",
            oauth().allowed_o_auth_flows(OAuthFlowType::Implicit),
            oauth().allowed_o_auth_flows(OAuthFlowType::from("password")),
        ),
        case(
            OAUTH_SCOPES.code,
            "AllowedOAuthScopes",
            oauth().set_allowed_o_auth_scopes(Some((0..50).map(|i| format!("api/s{i}")).collect())),
            oauth().set_allowed_o_auth_scopes(Some((0..51).map(|i| format!("api/s{i}")).collect())),
        ),
        case(
            OAUTH_SCOPE.code,
            "AllowedOAuthScopes[1]",
            oauth().allowed_o_auth_scopes(format!("api/{}", "s".repeat(252))),
            oauth().allowed_o_auth_scopes(format!("api/{}", "s".repeat(253))),
        ),
        case(
            OAUTH_SCOPE.code,
            "AllowedOAuthScopes[1]",
            oauth().allowed_o_auth_scopes("https://api.example.com/read:all"),
            oauth().allowed_o_auth_scopes("api/read all"),
        ),
        case(
            OAUTH_SCOPE.code,
            "AllowedOAuthScopes[1]",
            oauth().allowed_o_auth_scopes("api/x"),
            oauth().allowed_o_auth_scopes("api/\"x\""),
        ),
        case(
            OAUTH_SCOPE.code,
            "AllowedOAuthScopes[1]",
            oauth().allowed_o_auth_scopes("email"),
            oauth().allowed_o_auth_scopes(""),
        ),
        // SR-076..081
        case(
            OAUTH_NEEDS_FLOWS_AND_SCOPES.code,
            "AllowedOAuthFlowsUserPoolClient",
            oauth(),
            oauth().set_allowed_o_auth_flows(None),
        ),
        case(
            OAUTH_NEEDS_FLOWS_AND_SCOPES.code,
            "AllowedOAuthFlowsUserPoolClient",
            client().allowed_o_auth_flows_user_pool_client(false),
            oauth().set_allowed_o_auth_scopes(Some(Vec::new())),
        ),
        case(
            OAUTH_FLOW_NEEDS_CALLBACK.code,
            "CallbackURLs",
            oauth(),
            oauth().set_callback_urls(None),
        ),
        case(
            OAUTH_FLOW_NEEDS_CALLBACK.code,
            "CallbackURLs",
            m2m(),
            client()
                .allowed_o_auth_flows(OAuthFlowType::Implicit)
                .allowed_o_auth_scopes("openid"),
        ),
        case(
            CLIENT_CREDENTIALS_ALONE.code,
            "AllowedOAuthFlows",
            m2m(),
            m2m()
                .allowed_o_auth_flows(OAuthFlowType::Code)
                .callback_urls("https://example.com/cb"),
        ),
        case(
            CLIENT_CREDENTIALS_NEEDS_SECRET.code,
            "GenerateSecret",
            m2m().generate_secret(false).client_secret(secret(32)),
            m2m().generate_secret(false),
        ),
        case(
            CLIENT_CREDENTIALS_NEEDS_SECRET.code,
            "GenerateSecret",
            m2m(),
            m2m().set_generate_secret(None),
        ),
        case(
            CLIENT_CREDENTIALS_SCOPES.code,
            "AllowedOAuthScopes[1]",
            m2m().allowed_o_auth_scopes("https://api.example.com/write"),
            m2m().allowed_o_auth_scopes("openid"),
        ),
        case(
            CLIENT_CREDENTIALS_SCOPES.code,
            "AllowedOAuthScopes[0]",
            oauth()
                .set_allowed_o_auth_scopes(None)
                .allowed_o_auth_scopes("aws.cognito.signin.user.admin"),
            m2m()
                .set_allowed_o_auth_scopes(None)
                .allowed_o_auth_scopes("aws.cognito.signin.user.admin"),
        ),
        case(
            OAUTH_SCOPE_KNOWN.code,
            "AllowedOAuthScopes[1]",
            oauth().allowed_o_auth_scopes("profile"),
            oauth().allowed_o_auth_scopes("read"),
        ),
        case(
            OAUTH_SCOPE_KNOWN.code,
            "AllowedOAuthScopes[1]",
            oauth().allowed_o_auth_scopes("phone"),
            oauth().allowed_o_auth_scopes("Phone"),
        ),
        // SR-084, SR-085
        case(
            CLIENT_SECRET_OR_GENERATE.code,
            "ClientSecret",
            client().generate_secret(false).client_secret(secret(32)),
            client().generate_secret(true).client_secret(secret(32)),
        ),
        case(
            PROPAGATE_NEEDS_SECRET.code,
            "EnablePropagateAdditionalUserContextData",
            client()
                .generate_secret(true)
                .enable_propagate_additional_user_context_data(true),
            client().enable_propagate_additional_user_context_data(true),
        ),
        case(
            PROPAGATE_NEEDS_SECRET.code,
            "EnablePropagateAdditionalUserContextData",
            client()
                .client_secret(secret(40))
                .enable_propagate_additional_user_context_data(true),
            client()
                .generate_secret(false)
                .enable_propagate_additional_user_context_data(true),
        ),
        // Analytics.
        case(
            ANALYTICS_APPLICATION_ID.code,
            "AnalyticsConfiguration.ApplicationId",
            client().analytics_configuration(analytics(None, Some("0aF9"), Some(role), Some("x"))),
            client().analytics_configuration(analytics(None, Some("0aG9"), Some(role), Some("x"))),
        ),
        case(
            ANALYTICS_APPLICATION_ID.code,
            "AnalyticsConfiguration.ApplicationId",
            client().analytics_configuration(analytics(None, Some("f"), Some(role), None)),
            client().analytics_configuration(analytics(None, Some(""), Some(role), None)),
        ),
        case(
            ANALYTICS_APPLICATION_ARN.code,
            "AnalyticsConfiguration.ApplicationArn",
            client().analytics_configuration(analytics(Some(pinpoint), None, None, None)),
            client().analytics_configuration(analytics(
                Some("arn:aws:mobiletargeting:us-east-1:account:apps/x"),
                None,
                None,
                None,
            )),
        ),
        case(
            ANALYTICS_APPLICATION_ARN.code,
            "AnalyticsConfiguration.ApplicationArn",
            client().analytics_configuration(analytics(
                Some("arn:a:b:c:1:defghijk"),
                None,
                None,
                None,
            )),
            client().analytics_configuration(analytics(
                Some("arn:a:b:c:1:defghij"),
                None,
                None,
                None,
            )),
        ),
        case(
            ANALYTICS_APPLICATION_ARN.code,
            "AnalyticsConfiguration.ApplicationArn",
            client().analytics_configuration(analytics(
                Some(&format!(
                    "{arn_prefix}{}",
                    "a".repeat(2048 - arn_prefix.len())
                )),
                None,
                None,
                None,
            )),
            client().analytics_configuration(analytics(
                Some(&format!(
                    "{arn_prefix}{}",
                    "a".repeat(2049 - arn_prefix.len())
                )),
                None,
                None,
                None,
            )),
        ),
        case(
            ANALYTICS_ROLE_ARN.code,
            "AnalyticsConfiguration.RoleArn",
            client().analytics_configuration(analytics(None, Some("ab12"), Some(role), None)),
            client().analytics_configuration(analytics(
                None,
                Some("ab12"),
                Some("pinpoint-role"),
                None,
            )),
        ),
        case(
            ANALYTICS_EXTERNAL_ID.code,
            "AnalyticsConfiguration.ExternalId",
            client().analytics_configuration(analytics(
                None,
                Some("ab12"),
                Some(role),
                Some(&"e".repeat(131_072)),
            )),
            client().analytics_configuration(analytics(
                None,
                Some("ab12"),
                Some(role),
                Some(&"e".repeat(131_073)),
            )),
        ),
        case(
            ANALYTICS_FORM.code,
            "AnalyticsConfiguration",
            client().analytics_configuration(analytics(
                None,
                Some("ab12"),
                Some(role),
                Some("ext"),
            )),
            client().analytics_configuration(analytics(None, Some("ab12"), None, Some("ext"))),
        ),
        case(
            ANALYTICS_FORM.code,
            "AnalyticsConfiguration",
            client().analytics_configuration(analytics(Some(pinpoint), None, None, None)),
            client().analytics_configuration(analytics(None, None, Some(role), Some("ext"))),
        ),
        case(
            ANALYTICS_FORM.code,
            "AnalyticsConfiguration",
            client().analytics_configuration(analytics(None, Some("ab12"), Some(role), None)),
            client().analytics_configuration(analytics(
                Some(pinpoint),
                Some("ab12"),
                Some(role),
                None,
            )),
        ),
        // Remaining enums and ranges.
        case(
            PREVENT_USER_EXISTENCE_ERRORS.code,
            "PreventUserExistenceErrors",
            client().prevent_user_existence_errors(PreventUserExistenceErrorTypes::Legacy),
            client().prevent_user_existence_errors(PreventUserExistenceErrorTypes::from("OFF")),
        ),
        case(
            AUTH_SESSION_VALIDITY.code,
            "AuthSessionValidity",
            client().auth_session_validity(3),
            client().auth_session_validity(2),
        ),
        case(
            AUTH_SESSION_VALIDITY.code,
            "AuthSessionValidity",
            client().auth_session_validity(15),
            client().auth_session_validity(16),
        ),
        case(
            REFRESH_TOKEN_ROTATION.code,
            "RefreshTokenRotation.Feature",
            client().refresh_token_rotation(rotation("DISABLED", None)),
            client().refresh_token_rotation(rotation("ON", None)),
        ),
        case(
            RETRY_GRACE_PERIOD.code,
            "RefreshTokenRotation.RetryGracePeriodSeconds",
            client().refresh_token_rotation(rotation("ENABLED", Some(0))),
            client().refresh_token_rotation(rotation("ENABLED", Some(-1))),
        ),
        case(
            RETRY_GRACE_PERIOD.code,
            "RefreshTokenRotation.RetryGracePeriodSeconds",
            client().refresh_token_rotation(rotation("ENABLED", Some(60))),
            client().refresh_token_rotation(rotation("ENABLED", Some(61))),
        ),
        // The console's defaults, spelled out, pass; a 1441-minute access token does not.
        case(
            ACCESS_TOKEN_LIFETIME.code,
            "AccessTokenValidity",
            client()
                .access_token_validity(60)
                .id_token_validity(60)
                .refresh_token_validity(30)
                .token_validity_units(units(Some("minutes"), Some("minutes"), Some("days")))
                .auth_session_validity(3)
                .prevent_user_existence_errors(PreventUserExistenceErrorTypes::Enabled)
                .enable_token_revocation(true)
                .explicit_auth_flows(flow("ALLOW_USER_SRP_AUTH"))
                .explicit_auth_flows(flow("ALLOW_REFRESH_TOKEN_AUTH")),
            client()
                .access_token_validity(1_441)
                .token_validity_units(units(Some("minutes"), None, None)),
        ),
    ];
    cases
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::cases::client;
    use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;

    fn messages(input: &CreateUserPoolClientInput) -> String {
        crate::validate::create_user_pool_client(input)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn a_secret_is_never_echoed() {
        for secret in ["tooShortSecret!!", &format!("{}/", "x".repeat(70))] {
            let input = client().client_secret(secret).build().unwrap();
            let report = messages(&input);
            assert!(report.contains("ClientSecret"), "{report}");
            assert!(!report.contains(secret), "{report}");
        }
    }

    #[test]
    fn a_bogus_unit_does_not_add_lifetime_noise() {
        let input = client()
            .access_token_validity(100)
            .token_validity_units(
                aws_sdk_cognitoidentityprovider::types::TokenValidityUnitsType::builder()
                    .access_token(TimeUnitsType::from("weeks"))
                    .build(),
            )
            .build()
            .unwrap();
        let errors = crate::validate::create_user_pool_client(&input).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors}");
        assert!(errors.has_code("access-token-validity-unit"));
    }

    #[test]
    fn refresh_zero_means_thirty_days() {
        // 0 is replaced by 30 days (SR-072), so a 1-day access token fits under it.
        let input = client()
            .refresh_token_validity(0)
            .access_token_validity(1)
            .token_validity_units(
                aws_sdk_cognitoidentityprovider::types::TokenValidityUnitsType::builder()
                    .access_token(TimeUnitsType::Days)
                    .refresh_token(TimeUnitsType::Minutes)
                    .build(),
            )
            .build()
            .unwrap();
        assert_eq!(messages(&input), "");
    }

    #[test]
    fn lifetime_messages_name_the_unit_path() {
        let input = client()
            .access_token_validity(2)
            .token_validity_units(
                aws_sdk_cognitoidentityprovider::types::TokenValidityUnitsType::builder()
                    .access_token(TimeUnitsType::Days)
                    .build(),
            )
            .build()
            .unwrap();
        let report = messages(&input);
        assert!(
            report.contains("TokenValidityUnits.AccessToken = days"),
            "{report}"
        );
        assert!(
            report.contains("must last 5 minutes to 1 day, got 2"),
            "{report}"
        );
    }

    #[test]
    fn extreme_values_do_not_panic() {
        let input = client()
            .access_token_validity(i32::MAX)
            .id_token_validity(i32::MIN)
            .refresh_token_validity(i32::MAX)
            .auth_session_validity(i32::MIN)
            .callback_urls("http:")
            .callback_urls("http://[")
            .callback_urls("http://@")
            .callback_urls(":")
            .logout_urls("http://[::1")
            .build()
            .unwrap();
        assert!(crate::validate::create_user_pool_client(&input).is_err());
    }

    #[test]
    fn loopback_hosts() {
        for ok in [
            "//localhost",
            "//localhost:8080/cb?x=1",
            "//user@127.0.0.1:1/cb",
            "//[::1]",
            "//[::1]:3000/",
            "//LocalHost#x",
        ] {
            assert!(is_loopback(ok), "{ok}");
        }
        for bad in [
            "localhost",
            "//localhost.",
            "//127.0.0.1.nip.io",
            "//[::2]",
            "//evil@x",
        ] {
            assert!(!is_loopback(bad), "{bad}");
        }
    }

    #[test]
    fn human_durations() {
        assert_eq!(human(86_400), "1 day");
        assert_eq!(human(5_400), "90 minutes");
        assert_eq!(human(7_200), "2 hours");
        assert_eq!(human(61), "61 seconds");
    }
}
