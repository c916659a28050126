//! The user-pool rules owned by step 1, sign-in experience: the sign-in identifiers (username
//! attributes or aliases, `CreateUserPool` only) and choice-based sign-in
//! (`Policies.SignInPolicy`, which `UpdateUserPool` changes too).

use aws_sdk_cognitoidentityprovider::types::UserPoolMfaType;

use crate::validate::check::{At, Report};
use crate::validate::shapes::{CREATE_POOL, POOL, PoolRequest, UPDATE_POOL};
use crate::validate::{Operation, Rule, Step};

const fn rule(
    code: &'static str,
    operations: &'static [Operation],
    path: &'static str,
    label: &'static str,
) -> Rule {
    Rule::new(code, Step::SignIn, operations, path, label)
}

/// `UsernameAttributeType`. `preferred_username` is deliberately absent (SR-011).
const USERNAME_ATTRIBUTE_VALUES: &[&str] = &["phone_number", "email"];
/// `AliasAttributeType`.
const ALIAS_ATTRIBUTE_VALUES: &[&str] = &["phone_number", "email", "preferred_username"];
/// `AuthFactorType`.
const AUTH_FACTOR_VALUES: &[&str] = &[
    "PASSWORD",
    "EMAIL_OTP",
    "SMS_OTP",
    "WEB_AUTHN",
    "SOFTWARE_TOKEN",
];
/// The first factors that sign a user in without a password (SR-059).
const PASSWORDLESS_FACTORS: &[&str] = &["EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"];

/// Each username attribute is `email` or `phone_number`; `preferred_username` gets its own
/// message because it is a valid alias (SR-011: the model enum is the whole rule).
static USERNAME_ATTRIBUTES: Rule = rule(
    "username-attributes",
    CREATE_POOL,
    "UsernameAttributes[]",
    "Cognito user pool sign-in options (username attributes)",
)
.semantic("SR-011");

/// Each alias is `email`, `phone_number` or `preferred_username`.
static ALIAS_ATTRIBUTES: Rule = rule(
    "alias-attributes",
    CREATE_POOL,
    "AliasAttributes[]",
    "Cognito user pool sign-in options (aliases)",
);

/// A pool signs in either with e-mail / phone as the username or with aliases, never both.
/// Only two non-empty lists conflict: whether the service counts a sent empty list (`[]`, what
/// the SDK sends for an empty `Vec`) as "set" is unknown, so that is not rejected.
static USERNAME_AND_ALIAS_ATTRIBUTES: Rule = rule(
    "username-and-alias-attributes",
    CREATE_POOL,
    "UsernameAttributes",
    "Cognito user pool sign-in options",
)
.semantic("SR-010");

/// The list of first factors has 1 to 5 entries.
static FIRST_AUTH_FACTOR_COUNT: Rule = rule(
    "first-auth-factor-count",
    POOL,
    "Policies.SignInPolicy.AllowedFirstAuthFactors",
    "Options for choice-based sign-in",
);

/// Each first factor is a service `AuthFactorType` value. Duplicates are not rejected: the
/// service's behaviour for them is unknown.
static FIRST_AUTH_FACTOR: Rule = rule(
    "first-auth-factor",
    POOL,
    "Policies.SignInPolicy.AllowedFirstAuthFactors[]",
    "Options for choice-based sign-in",
);

/// Password sign-in cannot be turned off.
static FIRST_AUTH_FACTORS_NEED_PASSWORD: Rule = rule(
    "first-auth-factors-need-password",
    POOL,
    "Policies.SignInPolicy.AllowedFirstAuthFactors",
    "Options for choice-based sign-in",
)
.semantic("SR-057");

/// `SOFTWARE_TOKEN` is in the enum but is only ever a second factor.
static SOFTWARE_TOKEN_NOT_FIRST_FACTOR: Rule = rule(
    "software-token-not-first-factor",
    POOL,
    "Policies.SignInPolicy.AllowedFirstAuthFactors[]",
    "Options for choice-based sign-in",
)
.semantic("SR-058");

/// Passwordless first factors need the Essentials or Plus plan. `WEB_AUTHN` needs no passkey
/// settings here (SR-061: they go to `SetUserPoolMfaConfig`), and `SMS_OTP` is not tied to an
/// `SmsConfiguration` (SR-060 is unconfirmed).
static PASSWORDLESS_NEEDS_ESSENTIALS: Rule = rule(
    "passwordless-needs-essentials",
    POOL,
    "Policies.SignInPolicy.AllowedFirstAuthFactors[]",
    "Options for choice-based sign-in",
)
.semantic("SR-059");

/// SR-116: required MFA and one-time codes (e-mail or SMS) as first factors exclude each other
/// ("Only PASSWORD and `WEB_AUTHN` (if configured) can be enabled as an auth factor if MFA is
/// enabled"). Judged when one `UpdateUserPool` sends both; either alone meets the pool's
/// stored state, which the request does not show. `OPTIONAL` is accepted.
static OTP_FIRST_FACTORS_EXCLUDE_REQUIRED_MFA: Rule = rule(
    "otp-first-factors-exclude-required-mfa",
    UPDATE_POOL,
    "Policies.SignInPolicy.AllowedFirstAuthFactors[]",
    "Options for choice-based sign-in",
)
.semantic("SR-116");

/// Every rule of this step, for the catalog.
pub(crate) static RULES: &[&Rule] = &[
    &USERNAME_ATTRIBUTES,
    &ALIAS_ATTRIBUTES,
    &USERNAME_AND_ALIAS_ATTRIBUTES,
    &FIRST_AUTH_FACTOR_COUNT,
    &FIRST_AUTH_FACTOR,
    &FIRST_AUTH_FACTORS_NEED_PASSWORD,
    &SOFTWARE_TOKEN_NOT_FIRST_FACTOR,
    &PASSWORDLESS_NEEDS_ESSENTIALS,
    &OTP_FIRST_FACTORS_EXCLUDE_REQUIRED_MFA,
];

/// Checks this step's members of a `CreateUserPool` or `UpdateUserPool` request.
pub(crate) fn check(input: PoolRequest<'_>, report: &mut Report) {
    check_identifiers(input, report);
    check_sign_in_policy(input, report);
}

fn check_identifiers(input: PoolRequest<'_>, report: &mut Report) {
    let usernames = input.username_attributes();
    for (i, attribute) in usernames.iter().enumerate() {
        let value = attribute.as_str();
        if value == "preferred_username" {
            report.fail(
                &USERNAME_ATTRIBUTES,
                At::Index(i),
                "preferred_username can only be a sign-in alias (AliasAttributes, with a user \
                 name), not a username attribute; must be one of phone_number | email",
            );
        } else {
            report.one_of(
                &USERNAME_ATTRIBUTES,
                At::Index(i),
                value,
                USERNAME_ATTRIBUTE_VALUES,
            );
        }
    }
    let aliases = input.alias_attributes();
    for (i, attribute) in aliases.iter().enumerate() {
        report.one_of(
            &ALIAS_ATTRIBUTES,
            At::Index(i),
            attribute.as_str(),
            ALIAS_ATTRIBUTE_VALUES,
        );
    }
    if !usernames.is_empty() && !aliases.is_empty() {
        report.fail(
            &USERNAME_AND_ALIAS_ATTRIBUTES,
            At::Path,
            "UsernameAttributes and AliasAttributes cannot both be set: sign in with e-mail or \
             phone number as the username (UsernameAttributes) or with a user name plus aliases \
             (AliasAttributes)",
        );
    }
}

fn check_sign_in_policy(input: PoolRequest<'_>, report: &mut Report) {
    let Some(factors) = input
        .policies()
        .and_then(|p| p.sign_in_policy())
        .and_then(|s| s.allowed_first_auth_factors.as_deref())
    else {
        return;
    };
    report.count(&FIRST_AUTH_FACTOR_COUNT, At::Path, factors.len(), 1, 5);
    let lite = input.tier() == Some("LITE");
    let required_mfa =
        !input.is_create() && input.mfa_configuration().map(UserPoolMfaType::as_str) == Some("ON");
    for (i, factor) in factors.iter().enumerate() {
        let value = factor.as_str();
        report.one_of(&FIRST_AUTH_FACTOR, At::Index(i), value, AUTH_FACTOR_VALUES);
        if value == "SOFTWARE_TOKEN" {
            report.fail(
                &SOFTWARE_TOKEN_NOT_FIRST_FACTOR,
                At::Index(i),
                "SOFTWARE_TOKEN (authenticator app) is only an MFA factor, not a first factor",
            );
        }
        if lite && PASSWORDLESS_FACTORS.contains(&value) {
            report.fail(
                &PASSWORDLESS_NEEDS_ESSENTIALS,
                At::Index(i),
                format!(
                    "passwordless sign-in with {value} needs UserPoolTier ESSENTIALS or PLUS, \
                     got LITE"
                ),
            );
        }
        if required_mfa && matches!(value, "EMAIL_OTP" | "SMS_OTP") {
            report.fail(
                &OTP_FIRST_FACTORS_EXCLUDE_REQUIRED_MFA,
                At::Index(i),
                format!(
                    "{value} cannot be a first factor with MfaConfiguration ON (required MFA): \
                     only PASSWORD and WEB_AUTHN can; use MfaConfiguration OPTIONAL, or drop \
                     {value}"
                ),
            );
        }
    }
    // An empty list already breaks the count; "must contain PASSWORD" would only repeat it.
    if !factors.is_empty() && !factors.iter().any(|f| f.as_str() == "PASSWORD") {
        report.fail(
            &FIRST_AUTH_FACTORS_NEED_PASSWORD,
            At::Path,
            "must contain PASSWORD: password sign-in cannot be turned off",
        );
    }
}

#[cfg(test)]
#[expect(
    clippy::too_many_lines,
    reason = "one table of cases, a few lines each"
)]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    use crate::validate::cases::{case, pool, update_pool};
    use aws_sdk_cognitoidentityprovider::types::{
        AliasAttributeType, AuthFactorType, SignInPolicyType, UserPoolMfaType, UserPoolPolicyType,
        UserPoolTierType, UsernameAttributeType,
    };

    let factors = |list: &[&str]| {
        UserPoolPolicyType::builder()
            .sign_in_policy(
                SignInPolicyType::builder()
                    .set_allowed_first_auth_factors(Some(
                        list.iter().map(|f| AuthFactorType::from(*f)).collect(),
                    ))
                    .build(),
            )
            .build()
    };
    let list = "Policies.SignInPolicy.AllowedFirstAuthFactors";
    vec![
        // Enums: listed vs unlisted.
        case(
            USERNAME_ATTRIBUTES.code,
            "UsernameAttributes[1]",
            pool()
                .username_attributes(UsernameAttributeType::Email)
                .username_attributes(UsernameAttributeType::PhoneNumber),
            pool()
                .username_attributes(UsernameAttributeType::Email)
                .username_attributes(UsernameAttributeType::from("BOGUS")),
        ),
        // SR-011: preferred_username is an alias only.
        case(
            USERNAME_ATTRIBUTES.code,
            "UsernameAttributes[0]",
            pool().alias_attributes(AliasAttributeType::PreferredUsername),
            pool().username_attributes(UsernameAttributeType::from("preferred_username")),
        ),
        case(
            ALIAS_ATTRIBUTES.code,
            "AliasAttributes[2]",
            pool()
                .alias_attributes(AliasAttributeType::Email)
                .alias_attributes(AliasAttributeType::PhoneNumber)
                .alias_attributes(AliasAttributeType::PreferredUsername),
            pool()
                .alias_attributes(AliasAttributeType::Email)
                .alias_attributes(AliasAttributeType::PhoneNumber)
                .alias_attributes(AliasAttributeType::from("BOGUS")),
        ),
        // SR-010: both lists non-empty is refused; an empty list beside the other is not.
        case(
            USERNAME_AND_ALIAS_ATTRIBUTES.code,
            "UsernameAttributes",
            pool()
                .username_attributes(UsernameAttributeType::Email)
                .set_alias_attributes(Some(Vec::new())),
            pool()
                .username_attributes(UsernameAttributeType::Email)
                .alias_attributes(AliasAttributeType::PhoneNumber),
        ),
        // Count 1..5.
        case(
            FIRST_AUTH_FACTOR_COUNT.code,
            list,
            pool().policies(factors(&["PASSWORD"])),
            pool().policies(factors(&[])),
        ),
        case(
            FIRST_AUTH_FACTOR_COUNT.code,
            list,
            pool().policies(factors(&[
                "PASSWORD",
                "EMAIL_OTP",
                "SMS_OTP",
                "WEB_AUTHN",
                "PASSWORD",
            ])),
            pool().policies(factors(&[
                "PASSWORD",
                "EMAIL_OTP",
                "SMS_OTP",
                "WEB_AUTHN",
                "PASSWORD",
                "EMAIL_OTP",
            ])),
        ),
        case(
            FIRST_AUTH_FACTOR.code,
            "Policies.SignInPolicy.AllowedFirstAuthFactors[1]",
            pool().policies(factors(&["PASSWORD", "WEB_AUTHN"])),
            pool().policies(factors(&["PASSWORD", "BOGUS"])),
        ),
        // SR-057.
        case(
            FIRST_AUTH_FACTORS_NEED_PASSWORD.code,
            list,
            pool().policies(factors(&["EMAIL_OTP", "PASSWORD"])),
            pool().policies(factors(&["EMAIL_OTP"])),
        ),
        // SR-058.
        case(
            SOFTWARE_TOKEN_NOT_FIRST_FACTOR.code,
            "Policies.SignInPolicy.AllowedFirstAuthFactors[1]",
            pool().policies(factors(&["PASSWORD", "EMAIL_OTP"])),
            pool().policies(factors(&["PASSWORD", "SOFTWARE_TOKEN"])),
        ),
        // SR-059: the same factors on ESSENTIALS (absent tier) vs LITE; PLUS and an explicit
        // ESSENTIALS are fine too; SMS_OTP needs no SmsConfiguration here (SR-060).
        case(
            PASSWORDLESS_NEEDS_ESSENTIALS.code,
            "Policies.SignInPolicy.AllowedFirstAuthFactors[1]",
            pool().policies(factors(&["PASSWORD", "EMAIL_OTP"])),
            pool()
                .user_pool_tier(UserPoolTierType::Lite)
                .policies(factors(&["PASSWORD", "EMAIL_OTP"])),
        ),
        case(
            PASSWORDLESS_NEEDS_ESSENTIALS.code,
            "Policies.SignInPolicy.AllowedFirstAuthFactors[1]",
            pool()
                .user_pool_tier(UserPoolTierType::Essentials)
                .policies(factors(&["PASSWORD", "SMS_OTP"])),
            pool()
                .user_pool_tier(UserPoolTierType::Lite)
                .policies(factors(&["PASSWORD", "SMS_OTP"])),
        ),
        // SR-061: WEB_AUTHN needs no passkey settings in CreateUserPool.
        case(
            PASSWORDLESS_NEEDS_ESSENTIALS.code,
            "Policies.SignInPolicy.AllowedFirstAuthFactors[1]",
            pool()
                .user_pool_tier(UserPoolTierType::Plus)
                .policies(factors(&["PASSWORD", "WEB_AUTHN"])),
            pool()
                .user_pool_tier(UserPoolTierType::Lite)
                .policies(factors(&["PASSWORD", "WEB_AUTHN"])),
        ),
        // Password-only choice-based sign-in is fine on LITE.
        case(
            PASSWORDLESS_NEEDS_ESSENTIALS.code,
            "Policies.SignInPolicy.AllowedFirstAuthFactors[0]",
            pool()
                .user_pool_tier(UserPoolTierType::Lite)
                .policies(factors(&["PASSWORD"])),
            pool()
                .user_pool_tier(UserPoolTierType::Lite)
                .policies(factors(&["WEB_AUTHN", "PASSWORD"])),
        ),
        // SR-116 (UpdateUserPool sending both): required MFA excludes one-time codes as first
        // factors; OPTIONAL is fine, and so are PASSWORD and WEB_AUTHN.
        case(
            OTP_FIRST_FACTORS_EXCLUDE_REQUIRED_MFA.code,
            "Policies.SignInPolicy.AllowedFirstAuthFactors[1]",
            update_pool()
                .mfa_configuration(UserPoolMfaType::Optional)
                .policies(factors(&["PASSWORD", "EMAIL_OTP"])),
            update_pool()
                .mfa_configuration(UserPoolMfaType::On)
                .policies(factors(&["PASSWORD", "EMAIL_OTP"])),
        ),
        case(
            OTP_FIRST_FACTORS_EXCLUDE_REQUIRED_MFA.code,
            "Policies.SignInPolicy.AllowedFirstAuthFactors[0]",
            update_pool()
                .mfa_configuration(UserPoolMfaType::On)
                .policies(factors(&["PASSWORD", "WEB_AUTHN"])),
            update_pool()
                .mfa_configuration(UserPoolMfaType::On)
                .policies(factors(&["SMS_OTP", "PASSWORD"])),
        ),
    ]
}
