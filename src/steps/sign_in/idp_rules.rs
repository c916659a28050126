//! The identity-provider rules (step 1, sign-in experience, where the 2023 console offers
//! federated sign-in): `CreateIdentityProvider` and `UpdateIdentityProvider`.
//!
//! An update names the provider and may change its details, attribute mapping, identifiers and
//! ACR mapping; its type is the stored provider's (SR-167), so the rules that depend on the type
//! judge a create only, except where a `ProviderDetails` key belongs to one type alone. Whether
//! an update's `ProviderDetails` replaces or merges the stored details is not documented
//! (SR-167), so an update is never refused for a key it leaves out. What needs the pool is not
//! judged: unique names and identifiers (SR-157, SR-166), whether a mapped attribute exists or
//! is required (SR-164, SR-165), whether a `MetadataURL` can be fetched (SR-162).
//!
//! `ProviderDetails` holds secrets (`client_secret`, `private_key`, SR-163): no message quotes a
//! value of that map except the URLs, methods and flags the rules below are about.

use std::collections::HashMap;

use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::CreateIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::update_identity_provider::UpdateIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::types::IdentityProviderTypeType;

use crate::steps::sign_up::rules::is_standard_attribute;
use crate::validate::check::{At, Report, SCOPE, length_problem, pattern, quote};
use crate::validate::shapes::{CREATE_IDP, IDP};
use crate::validate::{Operation, Rule, Step};

const fn rule(
    code: &'static str,
    operations: &'static [Operation],
    path: &'static str,
    label: &'static str,
) -> Rule {
    Rule::new(code, Step::SignIn, operations, path, label)
}

// ---- Model constraints -------------------------------------------------------------------------

/// `ProviderName`: required, 1..32; `ProviderNameTypeV2` on create (which needs 3 characters
/// at least, no space, and `_` only second: SR-157), the older `ProviderNameType` on update.
static PROVIDER_NAME: Rule = rule(
    "idp-provider-name",
    IDP,
    "ProviderName",
    "Identity provider name",
)
.semantic("SR-157");
/// `ProviderType`: required, `IdentityProviderTypeType`.
static PROVIDER_TYPE: Rule = rule(
    "idp-provider-type",
    CREATE_IDP,
    "ProviderType",
    "Identity provider type",
);
/// `ProviderDetails`: required on create.
static PROVIDER_DETAILS: Rule = rule(
    "idp-provider-details",
    CREATE_IDP,
    "ProviderDetails",
    "Identity provider details",
);
/// `ProviderDetails{key}`: `StringType`, at most 131072.
static PROVIDER_DETAILS_KEY: Rule = rule(
    "idp-provider-details-key",
    IDP,
    "ProviderDetails{key}",
    "Identity provider detail",
);
/// `ProviderDetails{value}`: `StringType`, at most 131072; never echoed.
static PROVIDER_DETAILS_VALUE: Rule = rule(
    "idp-provider-details-value",
    IDP,
    "ProviderDetails{value}",
    "Identity provider detail",
);
/// `AttributeMapping{key}`: 1..32.
static ATTRIBUTE_MAPPING_KEY: Rule = rule(
    "idp-attribute-mapping-key",
    IDP,
    "AttributeMapping{key}",
    "User pool attribute",
);
/// `AttributeMapping{value}`: `StringType`, at most 131072.
static ATTRIBUTE_MAPPING_VALUE: Rule = rule(
    "idp-attribute-mapping-value",
    IDP,
    "AttributeMapping{value}",
    "Identity provider attribute",
);
/// `IdpIdentifiers`: at most 50.
static IDENTIFIERS: Rule = rule("idp-identifiers", IDP, "IdpIdentifiers", "Identifiers");
/// `IdpIdentifiers[]`: 1..40 of `[\w\s+=.@-]` (SR-166; uniqueness across the pool's providers
/// is context).
static IDENTIFIER: Rule =
    rule("idp-identifier", IDP, "IdpIdentifiers[]", "Identifier").semantic("SR-166");
/// `AcrMapping`: at most 4 entries.
static ACR_MAPPING: Rule = rule("idp-acr-mapping", IDP, "AcrMapping", "ACR mapping");
/// `AcrMapping{key}`: `Level[1-4]`.
static ACR_MAPPING_KEY: Rule = rule("idp-acr-mapping-key", IDP, "AcrMapping{key}", "ACR level");
/// `AcrMapping{value}`: 1..64 printable ASCII without `"` and `\`.
static ACR_MAPPING_VALUE: Rule = rule(
    "idp-acr-mapping-value",
    IDP,
    "AcrMapping{value}",
    "Provider ACR value",
);

// ---- Semantic rules ----------------------------------------------------------------------------

/// SR-156: a social provider is named exactly as its type, so a pool has one of each.
static SOCIAL_PROVIDER_NAME: Rule = rule(
    "idp-social-provider-name",
    CREATE_IDP,
    "ProviderName",
    "Identity provider name",
)
.semantic("SR-156");
/// SR-158: Google, Facebook and Login with Amazon need `client_id`, `client_secret` and
/// `authorize_scopes`. (Each provider's scope vocabulary, also SR-158, is not checked: any
/// scope string may be one the provider knows.)
static SOCIAL_DETAILS: Rule = rule(
    "idp-social-details",
    CREATE_IDP,
    "ProviderDetails",
    "Identity provider details",
)
.semantic("SR-158");
/// SR-159: Sign in with Apple needs `client_id`, `team_id`, `key_id` and `private_key`.
static APPLE_DETAILS: Rule = rule(
    "idp-apple-details",
    CREATE_IDP,
    "ProviderDetails",
    "Identity provider details",
)
.semantic("SR-159");
/// SR-160: OIDC needs `client_id`, `authorize_scopes`, `oidc_issuer` and
/// `attributes_request_method`. (That the scopes "should include openid" is advice: not
/// refused.)
static OIDC_DETAILS: Rule = rule(
    "idp-oidc-details",
    CREATE_IDP,
    "ProviderDetails",
    "Identity provider details",
)
.semantic("SR-160");
/// SR-160: `AcrMapping` is for OIDC providers only.
static ACR_MAPPING_OIDC_ONLY: Rule = rule(
    "idp-acr-mapping-oidc-only",
    CREATE_IDP,
    "AcrMapping",
    "ACR mapping",
)
.semantic("SR-160");
/// SR-161: the OIDC issuer and any endpoint given by hand use https. (The guide's "no trailing
/// slash" is unconfirmed: issuers such as Auth0's end in one.)
static OIDC_HTTPS: Rule = rule(
    "idp-oidc-https",
    IDP,
    "ProviderDetails{value}",
    "Issuer URL",
)
.semantic("SR-161");
/// SR-161: `attributes_request_method` is `GET` or `POST`.
static OIDC_REQUEST_METHOD: Rule = rule(
    "idp-oidc-attributes-request-method",
    IDP,
    "ProviderDetails{value}",
    "Attribute request method",
)
.semantic("SR-161");
/// SR-162: SAML metadata comes from exactly one of `MetadataURL` and `MetadataFile`. An update
/// is judged for "not both" only: it may keep the stored source.
static SAML_METADATA: Rule = rule(
    "idp-saml-metadata",
    IDP,
    "ProviderDetails",
    "Metadata document source",
)
.semantic("SR-162");
/// SR-162: the SAML flags `IDPSignout`, `IDPInit` and `EncryptedResponses` are the strings
/// `true` and `false`.
static SAML_FLAGS: Rule = rule(
    "idp-saml-flags",
    IDP,
    "ProviderDetails{value}",
    "SAML option",
)
.semantic("SR-162");
/// SR-162: the only documented `RequestSigningAlgorithm` is `rsa-sha256`.
static SAML_SIGNING_ALGORITHM: Rule = rule(
    "idp-saml-signing-algorithm",
    IDP,
    "ProviderDetails{value}",
    "Signing algorithm for SAML requests",
)
.semantic("SR-162");
/// SR-162: the keys Cognito fills in itself and Describe shows are not sent: the SAML ones in
/// any request, the social ones (which OIDC providers do send) for a social provider.
static DESCRIBE_ONLY_DETAILS: Rule = rule(
    "idp-describe-only-details",
    IDP,
    "ProviderDetails{key}",
    "Identity provider detail",
)
.semantic("SR-162");
/// SR-164: a mapped attribute is named as the pool names it: a standard attribute in lower
/// case, or `custom:<name>` / `dev:custom:<name>` (whether that custom attribute exists is
/// context). `username`, which Describe shows, is not refused (SR-165 leaves it open).
static ATTRIBUTE_MAPPING_ATTRIBUTE: Rule = rule(
    "idp-attribute-mapping-attribute",
    IDP,
    "AttributeMapping{key}",
    "User pool attribute",
)
.semantic("SR-164");

/// Every rule of this file, for the catalog.
pub(crate) static RULES: &[&Rule] = &[
    &PROVIDER_NAME,
    &PROVIDER_TYPE,
    &PROVIDER_DETAILS,
    &PROVIDER_DETAILS_KEY,
    &PROVIDER_DETAILS_VALUE,
    &ATTRIBUTE_MAPPING_KEY,
    &ATTRIBUTE_MAPPING_VALUE,
    &IDENTIFIERS,
    &IDENTIFIER,
    &ACR_MAPPING,
    &ACR_MAPPING_KEY,
    &ACR_MAPPING_VALUE,
    &SOCIAL_PROVIDER_NAME,
    &SOCIAL_DETAILS,
    &APPLE_DETAILS,
    &OIDC_DETAILS,
    &ACR_MAPPING_OIDC_ONLY,
    &OIDC_HTTPS,
    &OIDC_REQUEST_METHOD,
    &SAML_METADATA,
    &SAML_FLAGS,
    &SAML_SIGNING_ALGORITHM,
    &DESCRIBE_ONLY_DETAILS,
    &ATTRIBUTE_MAPPING_ATTRIBUTE,
];

pattern!(
    /// `ProviderNameTypeV2` (create): not `_` or a separator, any printable character, then
    /// at least one more character that is not `_` or a separator.
    PROVIDER_NAME_V2 = r"[^_\p{Z}][\p{L}\p{M}\p{S}\p{N}\p{P}][^_\p{Z}]+"
        => r"[^_\p{Z}][\p{L}\p{M}\p{S}\p{N}\p{P}][^_\p{Z}]+"
);

pattern!(
    /// `ProviderNameType` (update): printable characters and Unicode separators.
    PROVIDER_NAME_V1 = r"[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+" => r"[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+"
);

pattern!(
    /// `IdpIdentifierType` (`\w` and `\s` ASCII, as in the service's regex flavour).
    IDP_IDENTIFIER = r"[\w\s+=.@-]+" => r"[0-9A-Za-z_\t\n\x0B\x0C\r +=.@-]+"
);

pattern!(
    /// `AcrMappingKeyType`.
    ACR_LEVEL = r"Level[1-4]" => r"Level[1-4]"
);

/// `IdentityProviderTypeType`.
const PROVIDER_TYPES: &[&str] = &[
    "SAML",
    "Facebook",
    "Google",
    "LoginWithAmazon",
    "SignInWithApple",
    "OIDC",
];

/// The social providers, whose name is their type (SR-156).
const SOCIAL: &[&str] = &["Facebook", "Google", "LoginWithAmazon", "SignInWithApple"];

/// `ProviderDetails` keys that are URLs an OIDC provider must serve over https (SR-161).
const OIDC_URLS: &[&str] = &[
    "oidc_issuer",
    "authorize_url",
    "token_url",
    "attributes_url",
    "jwks_uri",
];

/// SAML keys that Cognito fills in (SR-162).
const SAML_DESCRIBE_ONLY: &[&str] = &[
    "ActiveEncryptionCertificate",
    "SLORedirectBindingURI",
    "SSORedirectBindingURI",
];

/// Keys Cognito fills in for social providers (SR-162); OIDC providers send some of them.
const SOCIAL_DESCRIBE_ONLY: &[&str] = &[
    "authorize_url",
    "token_url",
    "attributes_url",
    "attributes_url_add_attributes",
    "token_request_method",
];

/// SAML flags, `"true"` or `"false"` (SR-162).
const SAML_FLAG_KEYS: &[&str] = &["IDPSignout", "IDPInit", "EncryptedResponses"];

/// The model's limit of `StringType` members.
const STRING_MAX: usize = 131_072;

/// An identity-provider request, create or update.
#[derive(Clone, Copy)]
pub(crate) enum IdpRequest<'a> {
    /// A new provider.
    Create(&'a CreateIdentityProviderInput),
    /// A change to an existing provider.
    Update(&'a UpdateIdentityProviderInput),
}

impl<'a> IdpRequest<'a> {
    fn provider_name(self) -> Option<&'a str> {
        match self {
            IdpRequest::Create(i) => i.provider_name(),
            IdpRequest::Update(i) => i.provider_name(),
        }
    }

    fn provider_details(self) -> Option<&'a HashMap<String, String>> {
        match self {
            IdpRequest::Create(i) => i.provider_details(),
            IdpRequest::Update(i) => i.provider_details(),
        }
    }

    fn attribute_mapping(self) -> Option<&'a HashMap<String, String>> {
        match self {
            IdpRequest::Create(i) => i.attribute_mapping(),
            IdpRequest::Update(i) => i.attribute_mapping(),
        }
    }

    fn idp_identifiers(self) -> Option<&'a [String]> {
        match self {
            IdpRequest::Create(i) => i.idp_identifiers.as_deref(),
            IdpRequest::Update(i) => i.idp_identifiers.as_deref(),
        }
    }

    fn acr_mapping(self) -> Option<&'a HashMap<String, String>> {
        match self {
            IdpRequest::Create(i) => i.acr_mapping(),
            IdpRequest::Update(i) => i.acr_mapping(),
        }
    }

    /// The provider type as sent; `None` on update (the stored provider's, SR-167).
    fn provider_type(self) -> Option<&'a str> {
        match self {
            IdpRequest::Create(i) => i.provider_type().map(IdentityProviderTypeType::as_str),
            IdpRequest::Update(_) => None,
        }
    }
}

/// A map's entries sorted by key, so reports come out the same on every run.
fn sorted(map: &HashMap<String, String>) -> Vec<(&str, &str)> {
    let mut entries: Vec<(&str, &str)> =
        map.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    entries.sort_unstable();
    entries
}

/// Checks every member of an identity-provider request but `UserPoolId`.
pub(crate) fn check(input: IdpRequest<'_>, report: &mut Report) {
    let create = matches!(input, IdpRequest::Create(_));
    let kind = input.provider_type();
    if create {
        match kind {
            None => report.fail(&PROVIDER_TYPE, At::Path, "is required"),
            Some(kind) => report.one_of(&PROVIDER_TYPE, At::Path, kind, PROVIDER_TYPES),
        }
    }
    check_name(input, kind, report);
    let details = input.provider_details();
    match details {
        None if create => report.fail(&PROVIDER_DETAILS, At::Path, "is required"),
        None => {}
        Some(details) => check_details(details, create, kind, report),
    }
    if let Some(mapping) = input.attribute_mapping() {
        check_attribute_mapping(mapping, report);
    }
    if let Some(identifiers) = input.idp_identifiers() {
        report.count(&IDENTIFIERS, At::Path, identifiers.len(), 0, 50);
        for (i, identifier) in identifiers.iter().enumerate() {
            report.text(
                &IDENTIFIER,
                At::Index(i),
                identifier,
                1,
                40,
                &IDP_IDENTIFIER,
            );
        }
    }
    if let Some(acr) = input.acr_mapping() {
        check_acr_mapping(acr, create.then_some(kind).flatten(), report);
    }
}

fn check_name(input: IdpRequest<'_>, kind: Option<&str>, report: &mut Report) {
    let Some(name) = input.provider_name() else {
        report.fail(&PROVIDER_NAME, At::Path, "is required");
        return;
    };
    let pattern = match input {
        IdpRequest::Create(_) => &PROVIDER_NAME_V2,
        IdpRequest::Update(_) => &PROVIDER_NAME_V1,
    };
    report.text(&PROVIDER_NAME, At::Path, name, 1, 32, pattern);
    if let Some(kind) = kind
        && SOCIAL.contains(&kind)
        && name != kind
    {
        report.fail(
            &SOCIAL_PROVIDER_NAME,
            At::Path,
            format!(
                "a {kind} provider must be named {kind} (a pool has one provider of each social \
                 type), got {}",
                quote(name)
            ),
        );
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "one block per provider type, in the order of the semantic rules"
)]
fn check_details(
    details: &HashMap<String, String>,
    create: bool,
    kind: Option<&str>,
    report: &mut Report,
) {
    let has = |key: &str| details.contains_key(key);
    let entries = sorted(details);
    for (key, value) in &entries {
        if let Some(problem) = length_problem(key, 0, STRING_MAX) {
            report.fail(
                &PROVIDER_DETAILS_KEY,
                At::Path,
                format!("key {}: {problem}", quote(key)),
            );
        }
        if let Some(problem) = length_problem(value, 0, STRING_MAX) {
            // The value may be a secret: only its length is told.
            report.fail(
                &PROVIDER_DETAILS_VALUE,
                At::Path,
                format!("value of {}: {problem}", quote(key)),
            );
        }
    }

    // Required keys per type (create only: an update may keep the stored ones, SR-167).
    if create {
        let required: Option<(&'static Rule, &[&str])> = match kind {
            Some("Google" | "Facebook" | "LoginWithAmazon") => Some((
                &SOCIAL_DETAILS,
                &["client_id", "client_secret", "authorize_scopes"],
            )),
            Some("SignInWithApple") => Some((
                &APPLE_DETAILS,
                &["client_id", "team_id", "key_id", "private_key"],
            )),
            Some("OIDC") => Some((
                &OIDC_DETAILS,
                &[
                    "client_id",
                    "authorize_scopes",
                    "oidc_issuer",
                    "attributes_request_method",
                ],
            )),
            _ => None,
        };
        if let (Some((rule, keys)), Some(kind)) = (required, kind) {
            let missing: Vec<&str> = keys.iter().copied().filter(|k| !has(k)).collect();
            if !missing.is_empty() {
                report.fail(
                    rule,
                    At::Path,
                    format!(
                        "a {kind} provider needs {}; missing {}",
                        keys.join(", "),
                        missing.join(", ")
                    ),
                );
            }
        }
    }

    // OIDC: https URLs and the request method, for an OIDC create or any update that sends
    // these OIDC-only keys.
    let oidc = if create { kind == Some("OIDC") } else { true };
    if oidc {
        for (key, value) in &entries {
            if OIDC_URLS.contains(key)
                && !value
                    .get(..8)
                    .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"))
            {
                report.fail(
                    &OIDC_HTTPS,
                    At::Path,
                    format!("{key} must start with https://, got {}", quote(value)),
                );
            }
            if *key == "attributes_request_method" && !matches!(*value, "GET" | "POST") {
                report.fail(
                    &OIDC_REQUEST_METHOD,
                    At::Path,
                    format!(
                        "attributes_request_method must be GET or POST, got {}",
                        quote(value)
                    ),
                );
            }
        }
    }

    // SAML: one metadata source, the flags, the signing algorithm; for a SAML create or any
    // update that sends these SAML-only keys.
    let saml = if create { kind == Some("SAML") } else { true };
    if saml {
        match (has("MetadataURL"), has("MetadataFile")) {
            (true, true) => report.fail(
                &SAML_METADATA,
                At::Path,
                "give only one of MetadataURL and MetadataFile",
            ),
            (false, false) if create => report.fail(
                &SAML_METADATA,
                At::Path,
                "a SAML provider needs its metadata: MetadataURL or MetadataFile",
            ),
            _ => {}
        }
        for (key, value) in &entries {
            if SAML_FLAG_KEYS.contains(key) && !matches!(*value, "true" | "false") {
                report.fail(
                    &SAML_FLAGS,
                    At::Path,
                    format!("{key} must be \"true\" or \"false\", got {}", quote(value)),
                );
            }
            if *key == "RequestSigningAlgorithm" && *value != "rsa-sha256" {
                report.fail(
                    &SAML_SIGNING_ALGORITHM,
                    At::Path,
                    format!(
                        "RequestSigningAlgorithm must be rsa-sha256, got {}",
                        quote(value)
                    ),
                );
            }
        }
    }

    // Keys Cognito fills in itself.
    let social = kind.is_some_and(|k| SOCIAL.contains(&k));
    for (key, _) in &entries {
        let filled_in = SAML_DESCRIBE_ONLY.contains(key)
            || (create && social && SOCIAL_DESCRIBE_ONLY.contains(key));
        if filled_in {
            report.fail(
                &DESCRIBE_ONLY_DETAILS,
                At::Path,
                format!(
                    "{key} is filled in by Cognito (DescribeIdentityProvider shows it): do not \
                     send it"
                ),
            );
        }
    }
}

fn check_attribute_mapping(mapping: &HashMap<String, String>, report: &mut Report) {
    for (key, value) in sorted(mapping) {
        if let Some(problem) = length_problem(key, 1, 32) {
            report.fail(
                &ATTRIBUTE_MAPPING_KEY,
                At::Path,
                format!("{}: {problem}", quote(key)),
            );
        } else if !is_pool_attribute(key) {
            report.fail(
                &ATTRIBUTE_MAPPING_ATTRIBUTE,
                At::Path,
                format!(
                    "{} is not a user pool attribute: map to a standard attribute in lower case \
                     (email, given_name, ...) or to custom:<name>",
                    quote(key)
                ),
            );
        }
        if let Some(problem) = length_problem(value, 0, STRING_MAX) {
            report.fail(
                &ATTRIBUTE_MAPPING_VALUE,
                At::Path,
                format!("value of {}: {problem}", quote(key)),
            );
        }
    }
}

/// A name a pool attribute can have (SR-164): standard, `username` (SR-165), or custom.
fn is_pool_attribute(name: &str) -> bool {
    is_standard_attribute(name)
        || name == "username"
        || name
            .strip_prefix("custom:")
            .or_else(|| name.strip_prefix("dev:custom:"))
            .is_some_and(|custom| !custom.is_empty())
}

fn check_acr_mapping(acr: &HashMap<String, String>, kind: Option<&str>, report: &mut Report) {
    report.count(&ACR_MAPPING, At::Path, acr.len(), 0, 4);
    if let Some(kind) = kind
        && kind != "OIDC"
        && !acr.is_empty()
    {
        report.fail(
            &ACR_MAPPING_OIDC_ONLY,
            At::Path,
            format!("only OIDC providers take an ACR mapping, this one is {kind}"),
        );
    }
    for (key, value) in sorted(acr) {
        if !ACR_LEVEL.matches(key) {
            report.fail(
                &ACR_MAPPING_KEY,
                At::Path,
                format!("must match Level[1-4], got {}", quote(key)),
            );
        }
        if let Some(problem) =
            crate::validate::check::length_or_pattern_problem(value, 1, 64, &SCOPE)
        {
            report.fail(
                &ACR_MAPPING_VALUE,
                At::Path,
                format!("{}: {problem}", quote(key)),
            );
        }
    }
}

#[cfg(test)]
#[expect(
    clippy::too_many_lines,
    reason = "one table of cases, a few lines each"
)]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    use crate::validate::cases::{case, create_idp, update_idp};

    let oidc = || create_idp("OIDC");
    let saml = || create_idp("SAML");
    let google = || create_idp("Google");
    let long = "x".repeat(STRING_MAX + 1);
    let oidc_without = |key: &str| {
        let mut b = oidc();
        if let Some(details) = b.get_provider_details().clone() {
            let mut details = details;
            details.remove(key);
            b = b.set_provider_details(Some(details));
        }
        b
    };
    let identifiers = |n: usize| Some((0..n).map(|i| format!("example{i}.com")).collect());
    vec![
        // ProviderName: required; 1..32; V2 pattern on create, the older one on update.
        case(
            PROVIDER_NAME.code,
            "ProviderName",
            oidc(),
            oidc().set_provider_name(None),
        ),
        case(
            PROVIDER_NAME.code,
            "ProviderName",
            update_idp(),
            update_idp().set_provider_name(None),
        ),
        case(
            PROVIDER_NAME.code,
            "ProviderName",
            oidc().provider_name("o".repeat(32)),
            oidc().provider_name("o".repeat(33)),
        ),
        // SR-157: three characters at least, `_` second only, no separators (create).
        case(
            PROVIDER_NAME.code,
            "ProviderName",
            oidc().provider_name("Okta"),
            oidc().provider_name("Ok"),
        )
        .not_twinned("an update takes the older pattern, which allows two characters"),
        case(
            PROVIDER_NAME.code,
            "ProviderName",
            oidc().provider_name("a_corp"),
            oidc().provider_name("SAML_provider_1"),
        )
        .not_twinned("an update takes the older pattern, which allows underscores"),
        case(
            PROVIDER_NAME.code,
            "ProviderName",
            oidc().provider_name("Corporate-IdP"),
            oidc().provider_name("Corporate IdP"),
        )
        .not_twinned("an update takes the older pattern, which allows spaces"),
        case(
            PROVIDER_NAME.code,
            "ProviderName",
            update_idp().provider_name("Corporate IdP_1"),
            update_idp().provider_name("Corporate\tIdP"),
        ),
        case(
            PROVIDER_NAME.code,
            "ProviderName",
            update_idp().provider_name("ab"),
            update_idp().provider_name(""),
        ),
        // ProviderType: required, the model's enum.
        case(
            PROVIDER_TYPE.code,
            "ProviderType",
            oidc(),
            oidc().set_provider_type(None),
        ),
        case(
            PROVIDER_TYPE.code,
            "ProviderType",
            create_idp("LoginWithAmazon"),
            oidc().provider_type(IdentityProviderTypeType::from("Okta")),
        ),
        // ProviderDetails: required on create; keys and values within StringType.
        case(
            PROVIDER_DETAILS.code,
            "ProviderDetails",
            saml(),
            saml().set_provider_details(None),
        ),
        case(
            PROVIDER_DETAILS_KEY.code,
            "ProviderDetails{key}",
            oidc().provider_details("x".repeat(STRING_MAX), "v"),
            oidc().provider_details(long.clone(), "v"),
        ),
        case(
            PROVIDER_DETAILS_VALUE.code,
            "ProviderDetails{value}",
            oidc().provider_details("client_secret", "x".repeat(STRING_MAX)),
            oidc().provider_details("client_secret", long.clone()),
        ),
        // AttributeMapping: keys 1..32, values StringType.
        case(
            ATTRIBUTE_MAPPING_KEY.code,
            "AttributeMapping{key}",
            oidc().attribute_mapping(format!("custom:{}", "a".repeat(25)), "sub"),
            oidc().attribute_mapping(format!("custom:{}", "a".repeat(26)), "sub"),
        ),
        case(
            ATTRIBUTE_MAPPING_KEY.code,
            "AttributeMapping{key}",
            oidc().attribute_mapping("email", "email"),
            oidc().attribute_mapping("", "email"),
        ),
        case(
            ATTRIBUTE_MAPPING_VALUE.code,
            "AttributeMapping{value}",
            oidc().attribute_mapping("email", "x".repeat(STRING_MAX)),
            oidc().attribute_mapping("email", long.clone()),
        ),
        // IdpIdentifiers: at most 50, each 1..40 of `[\w\s+=.@-]` (SR-166).
        case(
            IDENTIFIERS.code,
            "IdpIdentifiers",
            saml().set_idp_identifiers(identifiers(50)),
            saml().set_idp_identifiers(identifiers(51)),
        ),
        case(
            IDENTIFIER.code,
            "IdpIdentifiers[1]",
            saml()
                .idp_identifiers("example.com")
                .idp_identifiers("i".repeat(40)),
            saml()
                .idp_identifiers("example.com")
                .idp_identifiers("i".repeat(41)),
        ),
        case(
            IDENTIFIER.code,
            "IdpIdentifiers[0]",
            saml().idp_identifiers("corp+eu=1@example.com"),
            saml().idp_identifiers("example.com/eu"),
        ),
        case(
            IDENTIFIER.code,
            "IdpIdentifiers[0]",
            saml().idp_identifiers("e"),
            saml().idp_identifiers(""),
        ),
        // AcrMapping: at most 4 entries keyed Level1..Level4, values 1..64 ACR characters.
        case(
            ACR_MAPPING.code,
            "AcrMapping",
            oidc()
                .acr_mapping("Level1", "a")
                .acr_mapping("Level2", "b")
                .acr_mapping("Level3", "c")
                .acr_mapping("Level4", "d"),
            oidc()
                .acr_mapping("Level1", "a")
                .acr_mapping("Level2", "b")
                .acr_mapping("Level3", "c")
                .acr_mapping("Level4", "d")
                .acr_mapping("Level5", "e"),
        ),
        case(
            ACR_MAPPING_KEY.code,
            "AcrMapping{key}",
            oidc().acr_mapping("Level4", "urn:example:gold"),
            oidc().acr_mapping("level4", "urn:example:gold"),
        ),
        case(
            ACR_MAPPING_VALUE.code,
            "AcrMapping{value}",
            oidc().acr_mapping("Level1", "x".repeat(64)),
            oidc().acr_mapping("Level1", "x".repeat(65)),
        ),
        case(
            ACR_MAPPING_VALUE.code,
            "AcrMapping{value}",
            oidc().acr_mapping("Level1", "urn:example:gold"),
            oidc().acr_mapping("Level1", "urn:example gold"),
        ),
        // SR-156: a social provider is named after its type.
        case(
            SOCIAL_PROVIDER_NAME.code,
            "ProviderName",
            google(),
            google().provider_name("GoogleSSO"),
        ),
        case(
            SOCIAL_PROVIDER_NAME.code,
            "ProviderName",
            create_idp("SignInWithApple"),
            create_idp("SignInWithApple").provider_name("Apple"),
        ),
        // SR-158 / SR-159 / SR-160: the keys each type needs.
        case(
            SOCIAL_DETAILS.code,
            "ProviderDetails",
            create_idp("Facebook").provider_details("api_version", "v17.0"),
            create_idp("Facebook").set_provider_details(Some(HashMap::from([
                ("client_id".to_owned(), "my-app".to_owned()),
                (
                    "authorize_scopes".to_owned(),
                    "public_profile, email".to_owned(),
                ),
            ]))),
        ),
        case(
            APPLE_DETAILS.code,
            "ProviderDetails",
            create_idp("SignInWithApple"),
            create_idp("SignInWithApple").set_provider_details(Some(HashMap::from([
                ("client_id".to_owned(), "com.example.app".to_owned()),
                ("team_id".to_owned(), "TEAM123456".to_owned()),
                ("key_id".to_owned(), "KEY1234567".to_owned()),
            ]))),
        ),
        case(
            OIDC_DETAILS.code,
            "ProviderDetails",
            oidc().provider_details("client_secret", "optional"),
            oidc_without("attributes_request_method"),
        ),
        case(
            OIDC_DETAILS.code,
            "ProviderDetails",
            oidc().provider_details("jwks_uri", "https://idp.example.com/jwks"),
            oidc_without("oidc_issuer"),
        ),
        // SR-160: an ACR mapping for OIDC only.
        case(
            ACR_MAPPING_OIDC_ONLY.code,
            "AcrMapping",
            oidc().acr_mapping("Level1", "urn:example:gold"),
            saml().acr_mapping("Level1", "urn:example:gold"),
        ),
        // SR-161: https for the issuer and any endpoint given by hand; GET or POST.
        case(
            OIDC_HTTPS.code,
            "ProviderDetails{value}",
            oidc().provider_details("oidc_issuer", "HTTPS://idp.example.com"),
            oidc().provider_details("oidc_issuer", "http://idp.example.com"),
        ),
        case(
            OIDC_HTTPS.code,
            "ProviderDetails{value}",
            oidc().provider_details("token_url", "https://idp.example.com/token"),
            oidc().provider_details("token_url", "idp.example.com/token"),
        ),
        case(
            OIDC_HTTPS.code,
            "ProviderDetails{value}",
            update_idp().provider_details("jwks_uri", "https://idp.example.com/jwks"),
            update_idp().provider_details("jwks_uri", "http://idp.example.com/jwks"),
        ),
        case(
            OIDC_REQUEST_METHOD.code,
            "ProviderDetails{value}",
            oidc().provider_details("attributes_request_method", "POST"),
            oidc().provider_details("attributes_request_method", "get"),
        ),
        case(
            OIDC_REQUEST_METHOD.code,
            "ProviderDetails{value}",
            update_idp().provider_details("attributes_request_method", "GET"),
            update_idp().provider_details("attributes_request_method", "PUT"),
        ),
        // SR-162: exactly one metadata source (an update: not both).
        case(
            SAML_METADATA.code,
            "ProviderDetails",
            saml(),
            saml().provider_details("MetadataFile", "<md:EntityDescriptor/>"),
        ),
        case(
            SAML_METADATA.code,
            "ProviderDetails",
            create_idp("SAML").set_provider_details(Some(HashMap::from([(
                "MetadataFile".to_owned(),
                "<md:EntityDescriptor/>".to_owned(),
            )]))),
            create_idp("SAML").set_provider_details(Some(HashMap::from([(
                "IDPSignout".to_owned(),
                "true".to_owned(),
            )]))),
        )
        .not_twinned("an update may keep the stored metadata source"),
        case(
            SAML_METADATA.code,
            "ProviderDetails",
            update_idp().provider_details("MetadataFile", "<md:EntityDescriptor/>"),
            update_idp()
                .provider_details("MetadataFile", "<md:EntityDescriptor/>")
                .provider_details("MetadataURL", "https://idp.example.com/metadata"),
        ),
        case(
            SAML_FLAGS.code,
            "ProviderDetails{value}",
            saml()
                .provider_details("IDPSignout", "true")
                .provider_details("IDPInit", "false")
                .provider_details("EncryptedResponses", "true"),
            saml().provider_details("IDPInit", "yes"),
        ),
        case(
            SAML_FLAGS.code,
            "ProviderDetails{value}",
            update_idp().provider_details("EncryptedResponses", "false"),
            update_idp().provider_details("EncryptedResponses", "True"),
        ),
        case(
            SAML_SIGNING_ALGORITHM.code,
            "ProviderDetails{value}",
            saml().provider_details("RequestSigningAlgorithm", "rsa-sha256"),
            saml().provider_details("RequestSigningAlgorithm", "rsa-sha1"),
        ),
        // SR-162: keys Cognito fills in.
        case(
            DESCRIBE_ONLY_DETAILS.code,
            "ProviderDetails{key}",
            saml(),
            saml().provider_details(
                "SSORedirectBindingURI",
                "https://idp.example.com/sso/redirect",
            ),
        ),
        case(
            DESCRIBE_ONLY_DETAILS.code,
            "ProviderDetails{key}",
            oidc().provider_details("authorize_url", "https://idp.example.com/authorize"),
            google().provider_details(
                "authorize_url",
                "https://accounts.google.com/o/oauth2/v2/auth",
            ),
        )
        .not_twinned("an update does not know the provider is a social one"),
        case(
            DESCRIBE_ONLY_DETAILS.code,
            "ProviderDetails{key}",
            update_idp().provider_details("token_url", "https://idp.example.com/token"),
            update_idp().provider_details("ActiveEncryptionCertificate", "MIIC..."),
        ),
        // SR-164: attributes as the pool names them; `username` is left open (SR-165).
        case(
            ATTRIBUTE_MAPPING_ATTRIBUTE.code,
            "AttributeMapping{key}",
            oidc()
                .attribute_mapping("email", "email")
                .attribute_mapping("custom:tenant", "tid")
                .attribute_mapping("username", "sub"),
            oidc().attribute_mapping("Email", "email"),
        ),
        case(
            ATTRIBUTE_MAPPING_ATTRIBUTE.code,
            "AttributeMapping{key}",
            oidc().attribute_mapping("dev:custom:tenant", "tid"),
            oidc().attribute_mapping("custom:", "tid"),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use crate::validate::cases::create_idp;

    #[test]
    fn secrets_are_never_echoed() {
        let secret = "s3cr3t-value-that-must-not-show";
        let input = create_idp("Google")
            .provider_details("client_secret", format!("{secret}{}", "x".repeat(131_072)))
            .provider_details("private_key", secret)
            .provider_details("token_request_method", secret)
            .build()
            .expect("members set");
        let report = crate::validate::create_identity_provider(&input)
            .expect_err("the secret is too long")
            .to_string();
        assert!(report.contains("client_secret"), "{report}");
        assert!(!report.contains(secret), "{report}");
    }

    #[test]
    fn reports_are_ordered_whatever_the_map_order() {
        let input = create_idp("SAML")
            .provider_details("IDPSignout", "yes")
            .provider_details("IDPInit", "no")
            .provider_details("EncryptedResponses", "maybe")
            .build()
            .expect("members set");
        let first = crate::validate::create_identity_provider(&input)
            .expect_err("three bad flags")
            .to_string();
        for _ in 0..8 {
            let again = crate::validate::create_identity_provider(&input.clone())
                .expect_err("three bad flags")
                .to_string();
            assert_eq!(first, again);
        }
    }
}
