//! The user-pool rules owned by step 2, security requirements: password policy, MFA, account
//! recovery, feature plan, threat protection, encryption, ACR levels. All but one serve
//! `UpdateUserPool` too, judged as sent; the tier gates judge an update only when it sends
//! `UserPoolTier` (SR-123, SR-133).

use aws_sdk_cognitoidentityprovider::types::{PasswordPolicyType, RecoveryOptionType};

use crate::validate::check::{
    ARN, At, Report, SCOPE, duplicates, length_or_pattern_problem, quote,
};
use crate::validate::shapes::{CREATE_POOL, POOL, PoolRequest};
use crate::validate::{Operation, Rule, Step};

const fn rule(
    code: &'static str,
    operations: &'static [Operation],
    path: &'static str,
    label: &'static str,
) -> Rule {
    Rule::new(code, Step::Security, operations, path, label)
}

/// `UserPoolMfaType`.
const MFA_VALUES: &[&str] = &["OFF", "ON", "OPTIONAL"];
/// `RecoveryOptionNameType`.
const RECOVERY_VALUES: &[&str] = &["verified_email", "verified_phone_number", "admin_only"];
/// `UserPoolTierType`.
const TIER_VALUES: &[&str] = &["LITE", "ESSENTIALS", "PLUS"];
/// `AdvancedSecurityModeType`.
const ADVANCED_SECURITY_VALUES: &[&str] = &["OFF", "AUDIT", "ENFORCED"];
/// `AdvancedSecurityEnabledModeType`.
const ENABLED_MODE_VALUES: &[&str] = &["AUDIT", "ENFORCED"];
/// `EncryptionKeyType`.
const KEY_TYPE_VALUES: &[&str] = &["AWS_OWNED_KEY", "CUSTOMER_MANAGED_KEY"];
/// `IssuerType`.
const ISSUER_VALUES: &[&str] = &["ORIGINAL", "UPDATED"];
/// The only `AcrConfiguration` keys (`AcrLevelKeyType`, pattern `Level[1-4]`), in level order.
const ACR_LEVELS: [&str; 4] = ["Level1", "Level2", "Level3", "Level4"];
/// The names Cognito gives levels that the request does not override.
const ACR_DEFAULT_NAMES: [&str; 4] = [
    "urn:cognito:loa:1",
    "urn:cognito:loa:2",
    "urn:cognito:loa:3",
    "urn:cognito:loa:4",
];

static PASSWORD_MINIMUM_LENGTH: Rule = rule(
    "password-minimum-length",
    POOL,
    "Policies.PasswordPolicy.MinimumLength",
    "Password minimum length",
);

/// 0 to 24 previous passwords; 0 turns password history off.
static PASSWORD_HISTORY_SIZE: Rule = rule(
    "password-history-size",
    POOL,
    "Policies.PasswordPolicy.PasswordHistorySize",
    "Number of previous passwords to prevent",
);

/// Password history is an Essentials feature.
static PASSWORD_HISTORY_NEEDS_ESSENTIALS: Rule = rule(
    "password-history-needs-essentials",
    POOL,
    "Policies.PasswordPolicy.PasswordHistorySize",
    "Number of previous passwords to prevent",
)
.semantic("SR-042");

/// 0 to 365 days; 0 is accepted and means the 7-day default (SR-041), and is what the SDK
/// sends when the member is not set.
static TEMPORARY_PASSWORD_VALIDITY_DAYS: Rule = rule(
    "temporary-password-validity-days",
    POOL,
    "Policies.PasswordPolicy.TemporaryPasswordValidityDays",
    "Temporary passwords set by administrators expire in",
);

/// The legacy twin of `TemporaryPasswordValidityDays`, 0 to 365 days (0 = not set).
static UNUSED_ACCOUNT_VALIDITY_DAYS: Rule = rule(
    "unused-account-validity-days",
    POOL,
    "AdminCreateUserConfig.UnusedAccountValidityDays",
    "Unused account validity (days, legacy)",
);

/// The legacy and the current expiry cannot both be set; 0 counts as not set for both, since
/// the SDK always sends both members.
static UNUSED_ACCOUNT_VALIDITY_CONFLICT: Rule = rule(
    "unused-account-validity-conflict",
    POOL,
    "AdminCreateUserConfig.UnusedAccountValidityDays",
    "Unused account validity (days, legacy)",
)
.semantic("SR-040");

static MFA_CONFIGURATION: Rule = rule(
    "mfa-configuration",
    POOL,
    "MfaConfiguration",
    "MFA enforcement",
);

/// `CreateUserPool` only configures SMS MFA; TOTP and e-mail MFA go to `SetUserPoolMfaConfig`.
static MFA_NEEDS_SMS_CONFIGURATION: Rule = rule(
    "mfa-needs-sms-configuration",
    CREATE_POOL,
    "MfaConfiguration",
    "MFA enforcement",
)
.semantic("SR-012");

/// 1 or 2 mechanisms; an explicitly empty list (which the SDK sends as `[]`) is refused.
static RECOVERY_MECHANISM_COUNT: Rule = rule(
    "recovery-mechanism-count",
    POOL,
    "AccountRecoverySetting.RecoveryMechanisms",
    "Self-service account recovery",
);

static RECOVERY_MECHANISM_PRIORITY: Rule = rule(
    "recovery-mechanism-priority",
    POOL,
    "AccountRecoverySetting.RecoveryMechanisms[].Priority",
    "Recovery method priority",
);

static RECOVERY_MECHANISM_NAME: Rule = rule(
    "recovery-mechanism-name",
    POOL,
    "AccountRecoverySetting.RecoveryMechanisms[].Name",
    "Recovery method",
);

/// "Self-service account recovery off" is `admin_only` alone.
static ADMIN_ONLY_RECOVERY_ALONE: Rule = rule(
    "admin-only-recovery-alone",
    POOL,
    "AccountRecoverySetting.RecoveryMechanisms[].Name",
    "Self-service account recovery",
)
.semantic("SR-045");

/// No two mechanisms share a priority or a name; the concrete path names the member
/// (`[1].Priority` or `[1].Name`) of the later duplicate.
static RECOVERY_MECHANISMS_UNIQUE: Rule = rule(
    "recovery-mechanisms-unique",
    POOL,
    "AccountRecoverySetting.RecoveryMechanisms[]",
    "Self-service account recovery",
)
.semantic("SR-046");

static USER_POOL_TIER: Rule = rule("user-pool-tier", POOL, "UserPoolTier", "Feature plan");

static ADVANCED_SECURITY_MODE: Rule = rule(
    "advanced-security-mode",
    POOL,
    "UserPoolAddOns.AdvancedSecurityMode",
    "Threat protection enforcement mode",
);

static CUSTOM_AUTH_MODE: Rule = rule(
    "custom-auth-mode",
    POOL,
    "UserPoolAddOns.AdvancedSecurityAdditionalFlows.CustomAuthMode",
    "Threat protection for custom authentication",
);

/// Threat protection (AUDIT / ENFORCED, or a mode for custom-auth flows) needs the Plus plan.
/// Refused on ESSENTIALS, explicit or by default; LITE (legacy add-on pools) is unconfirmed and
/// not refused. The custom-auth violation sits at its own path.
static THREAT_PROTECTION_NEEDS_PLUS: Rule = rule(
    "threat-protection-needs-plus",
    POOL,
    "UserPoolAddOns.AdvancedSecurityMode",
    "Threat protection",
)
.semantic("SR-056");

static KEY_TYPE: Rule = rule(
    "key-type",
    POOL,
    "KeyConfiguration.KeyType",
    "Encryption key type",
);

/// Length and ARN pattern only: whether `CUSTOMER_MANAGED_KEY` needs it is unconfirmed (SR-064).
static KMS_KEY_ARN: Rule = rule(
    "kms-key-arn",
    POOL,
    "KeyConfiguration.KmsKeyArn",
    "KMS key ARN",
);

static ISSUER_TYPE: Rule = rule(
    "issuer-type",
    POOL,
    "IssuerConfiguration.Type",
    "Token issuer",
);

/// At most 4 levels.
static ACR_LEVEL_COUNT: Rule = rule(
    "acr-level-count",
    POOL,
    "AcrConfiguration",
    "ACR level names",
);

/// Keys are `Level1` to `Level4`; the key is in the message, the path is the template.
static ACR_LEVEL_KEY: Rule = rule("acr-level-key", POOL, "AcrConfiguration{key}", "ACR level");

/// 1 to 64 printable ASCII characters without `"` and `\`.
static ACR_VALUE: Rule = rule(
    "acr-value",
    POOL,
    "AcrConfiguration{value}.AcrValue",
    "ACR level name",
);

/// Custom level names are an Essentials feature. A level "overridden" with its own default
/// name is not a custom name, so it is not refused on LITE.
static ACR_NAMES_NEED_ESSENTIALS: Rule = rule(
    "acr-names-need-essentials",
    POOL,
    "AcrConfiguration{value}.AcrValue",
    "ACR level name",
)
.semantic("SR-062");

/// The four effective names (overrides, else `urn:cognito:loa:N`) are distinct.
static ACR_NAMES_UNIQUE: Rule = rule(
    "acr-names-unique",
    POOL,
    "AcrConfiguration{value}.AcrValue",
    "ACR level name",
)
.semantic("SR-062");

/// Every rule of this step, for the catalog.
pub(crate) static RULES: &[&Rule] = &[
    &PASSWORD_MINIMUM_LENGTH,
    &PASSWORD_HISTORY_SIZE,
    &PASSWORD_HISTORY_NEEDS_ESSENTIALS,
    &TEMPORARY_PASSWORD_VALIDITY_DAYS,
    &UNUSED_ACCOUNT_VALIDITY_DAYS,
    &UNUSED_ACCOUNT_VALIDITY_CONFLICT,
    &MFA_CONFIGURATION,
    &MFA_NEEDS_SMS_CONFIGURATION,
    &RECOVERY_MECHANISM_COUNT,
    &RECOVERY_MECHANISM_PRIORITY,
    &RECOVERY_MECHANISM_NAME,
    &ADMIN_ONLY_RECOVERY_ALONE,
    &RECOVERY_MECHANISMS_UNIQUE,
    &USER_POOL_TIER,
    &ADVANCED_SECURITY_MODE,
    &CUSTOM_AUTH_MODE,
    &THREAT_PROTECTION_NEEDS_PLUS,
    &KEY_TYPE,
    &KMS_KEY_ARN,
    &ISSUER_TYPE,
    &ACR_LEVEL_COUNT,
    &ACR_LEVEL_KEY,
    &ACR_VALUE,
    &ACR_NAMES_NEED_ESSENTIALS,
    &ACR_NAMES_UNIQUE,
];

/// Checks this step's members of a `CreateUserPool` or `UpdateUserPool` request.
pub(crate) fn check(input: PoolRequest<'_>, report: &mut Report) {
    let tier = input.tier();
    check_passwords(input, tier, report);
    check_mfa(input, report);
    check_recovery(input, report);
    check_plan(input, tier, report);
    check_encryption(input, report);
    check_acr(input, tier, report);
}

/// How a tier-gate message names the plan: an absent tier (on create) is spelled out, since
/// the caller may not know it defaults to ESSENTIALS.
fn tier_shown(input: PoolRequest<'_>) -> &'static str {
    if input.user_pool_tier().is_some() {
        "got"
    } else {
        "UserPoolTier is absent, which means"
    }
}

fn check_passwords(input: PoolRequest<'_>, tier: Option<&str>, report: &mut Report) {
    let password = input.policies().and_then(|p| p.password_policy());
    if let Some(password) = password {
        if let Some(length) = password.minimum_length() {
            report.range(&PASSWORD_MINIMUM_LENGTH, At::Path, length.into(), 6, 99);
        }
        if let Some(history) = password.password_history_size() {
            report.range(&PASSWORD_HISTORY_SIZE, At::Path, history.into(), 0, 24);
            if history > 0 && tier == Some("LITE") {
                report.fail(
                    &PASSWORD_HISTORY_NEEDS_ESSENTIALS,
                    At::Path,
                    format!(
                        "password history ({history}) needs UserPoolTier ESSENTIALS or PLUS, \
                         got LITE; use 0 on LITE"
                    ),
                );
            }
        }
        report.range(
            &TEMPORARY_PASSWORD_VALIDITY_DAYS,
            At::Path,
            password.temporary_password_validity_days().into(),
            0,
            365,
        );
    }
    if let Some(admin) = input.admin_create_user_config() {
        let unused = admin.unused_account_validity_days();
        report.range(
            &UNUSED_ACCOUNT_VALIDITY_DAYS,
            At::Path,
            unused.into(),
            0,
            365,
        );
        let temporary = password.map_or(0, PasswordPolicyType::temporary_password_validity_days);
        if unused > 0 && temporary > 0 {
            report.fail(
                &UNUSED_ACCOUNT_VALIDITY_CONFLICT,
                At::Path,
                format!(
                    "cannot be combined with Policies.PasswordPolicy.TemporaryPasswordValidityDays \
                     (got {unused} and {temporary}); set only TemporaryPasswordValidityDays \
                     (0 leaves UnusedAccountValidityDays unset)"
                ),
            );
        }
    }
}

fn check_mfa(input: PoolRequest<'_>, report: &mut Report) {
    let Some(mfa) = input.mfa_configuration() else {
        return;
    };
    let mfa = mfa.as_str();
    report.one_of(&MFA_CONFIGURATION, At::Path, mfa, MFA_VALUES);
    // SR-012 on create only: an update may turn MFA on with factors the pool already has
    // (SR-130, unconfirmed) and keeps an omitted SmsConfiguration (SR-131, unconfirmed).
    if input.is_create() && matches!(mfa, "ON" | "OPTIONAL") && input.sms_configuration().is_none()
    {
        report.fail(
            &MFA_NEEDS_SMS_CONFIGURATION,
            At::Path,
            format!(
                "MfaConfiguration {mfa} needs SmsConfiguration in the same request (CreateUserPool \
                 only configures SMS MFA); for authenticator-app or e-mail MFA create the pool \
                 with OFF and turn MFA on with SetUserPoolMfaConfig"
            ),
        );
    }
}

fn check_recovery(input: PoolRequest<'_>, report: &mut Report) {
    let Some(setting) = input.account_recovery_setting() else {
        return;
    };
    if let Some(list) = setting.recovery_mechanisms.as_deref() {
        report.count(&RECOVERY_MECHANISM_COUNT, At::Path, list.len(), 1, 2);
    }
    let mechanisms = setting.recovery_mechanisms();
    for (i, mechanism) in mechanisms.iter().enumerate() {
        report.range(
            &RECOVERY_MECHANISM_PRIORITY,
            At::Index(i),
            mechanism.priority().into(),
            1,
            2,
        );
        let name = mechanism.name().as_str();
        report.one_of(
            &RECOVERY_MECHANISM_NAME,
            At::Index(i),
            name,
            RECOVERY_VALUES,
        );
        if name == "admin_only" && mechanisms.len() > 1 {
            report.fail(
                &ADMIN_ONLY_RECOVERY_ALONE,
                At::Index(i),
                format!(
                    "admin_only must be the only recovery mechanism, got {} mechanisms",
                    mechanisms.len()
                ),
            );
        }
    }
    duplicates(
        mechanisms,
        |m| Some(m.priority()),
        |first, again| {
            let path = format!("AccountRecoverySetting.RecoveryMechanisms[{again}].Priority");
            let priority = mechanisms
                .get(again)
                .map_or(0, RecoveryOptionType::priority);
            report.fail(
                &RECOVERY_MECHANISMS_UNIQUE,
                At::Other(&path),
                format!(
                    "priority {priority} is already used by \
                     AccountRecoverySetting.RecoveryMechanisms[{first}]; priorities must be unique"
                ),
            );
        },
    );
    duplicates(
        mechanisms,
        |m| Some(m.name().as_str()),
        |first, again| {
            let path = format!("AccountRecoverySetting.RecoveryMechanisms[{again}].Name");
            let name = mechanisms.get(again).map_or("", |m| m.name().as_str());
            report.fail(
                &RECOVERY_MECHANISMS_UNIQUE,
                At::Other(&path),
                format!(
                    "{} is already AccountRecoverySetting.RecoveryMechanisms[{first}]; each \
                     mechanism may appear once",
                    quote(name)
                ),
            );
        },
    );
}

fn check_plan(input: PoolRequest<'_>, tier: Option<&str>, report: &mut Report) {
    if let Some(t) = input.user_pool_tier() {
        report.one_of(&USER_POOL_TIER, At::Path, t.as_str(), TIER_VALUES);
    }
    let Some(add_ons) = input.user_pool_add_ons() else {
        return;
    };
    let essentials = tier == Some("ESSENTIALS");
    let mode = add_ons.advanced_security_mode().as_str();
    report.one_of(
        &ADVANCED_SECURITY_MODE,
        At::Path,
        mode,
        ADVANCED_SECURITY_VALUES,
    );
    if essentials && ENABLED_MODE_VALUES.contains(&mode) {
        report.fail(
            &THREAT_PROTECTION_NEEDS_PLUS,
            At::Path,
            format!(
                "threat protection ({mode}) needs UserPoolTier PLUS; {} ESSENTIALS (use OFF, or \
                 the PLUS plan)",
                tier_shown(input)
            ),
        );
    }
    if let Some(custom) = add_ons
        .advanced_security_additional_flows()
        .and_then(|f| f.custom_auth_mode())
    {
        let custom = custom.as_str();
        report.one_of(&CUSTOM_AUTH_MODE, At::Path, custom, ENABLED_MODE_VALUES);
        if essentials && ENABLED_MODE_VALUES.contains(&custom) {
            report.fail(
                &THREAT_PROTECTION_NEEDS_PLUS,
                At::Other(CUSTOM_AUTH_MODE.path),
                format!(
                    "threat protection for custom authentication ({custom}) needs UserPoolTier \
                     PLUS; {} ESSENTIALS",
                    tier_shown(input)
                ),
            );
        }
    }
}

fn check_encryption(input: PoolRequest<'_>, report: &mut Report) {
    if let Some(key) = input.key_configuration() {
        if let Some(t) = key.key_type() {
            report.one_of(&KEY_TYPE, At::Path, t.as_str(), KEY_TYPE_VALUES);
        }
        if let Some(arn) = key.kms_key_arn() {
            report.text(&KMS_KEY_ARN, At::Path, arn, 20, 2048, &ARN);
        }
    }
    if let Some(t) = input.issuer_configuration().and_then(|i| i.r#type()) {
        report.one_of(&ISSUER_TYPE, At::Path, t.as_str(), ISSUER_VALUES);
    }
}

fn check_acr(input: PoolRequest<'_>, tier: Option<&str>, report: &mut Report) {
    let Some(acr) = input.acr_configuration() else {
        return;
    };
    report.count(&ACR_LEVEL_COUNT, At::Path, acr.len(), 0, 4);

    // The valid levels in level order (no allocation), then any invalid keys sorted.
    let mut names = ACR_DEFAULT_NAMES;
    let mut overridden = [false; 4];
    let mut valid = 0;
    for (n, level) in ACR_LEVELS.iter().enumerate() {
        let Some(config) = acr.get(*level) else {
            continue;
        };
        valid += 1;
        let name = config.acr_value();
        check_acr_value(level, name, report);
        if let (Some(slot), Some(flag)) = (names.get_mut(n), overridden.get_mut(n)) {
            *slot = name;
            *flag = true;
        }
        if tier == Some("LITE") && ACR_DEFAULT_NAMES.get(n) != Some(&name) {
            report.fail(
                &ACR_NAMES_NEED_ESSENTIALS,
                At::Path,
                format!(
                    "{level}: a custom ACR level name needs UserPoolTier ESSENTIALS or PLUS, got \
                     LITE (AcrConfiguration {level} = {})",
                    quote(name)
                ),
            );
        }
    }
    for (j, name) in names.iter().enumerate() {
        let Some(i) = names.iter().take(j).position(|earlier| earlier == name) else {
            continue;
        };
        let (Some(first), Some(second)) = (ACR_LEVELS.get(i), ACR_LEVELS.get(j)) else {
            continue;
        };
        // Defaults are distinct, so at least one of the two is an override: report that one.
        let message = if overridden.get(j) == Some(&true) {
            let kind = if overridden.get(i) == Some(&true) {
                "also the name of"
            } else {
                "the default name of"
            };
            format!(
                "{second}: {} is {kind} {first}; every ACR level name must be unique across \
                 Level1..Level4, including the default urn:cognito:loa:N of levels not overridden",
                quote(name)
            )
        } else {
            format!(
                "{first}: {} is the default name of {second}, which is not overridden; every ACR \
                 level name must be unique across Level1..Level4",
                quote(name)
            )
        };
        report.fail(&ACR_NAMES_UNIQUE, At::Path, message);
    }

    if acr.len() > valid {
        let mut others: Vec<_> = acr
            .iter()
            .filter(|(key, _)| !ACR_LEVELS.contains(&key.as_str()))
            .collect();
        others.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for (key, config) in others {
            report.fail(
                &ACR_LEVEL_KEY,
                At::Path,
                format!("must match Level[1-4], got {}", quote(key)),
            );
            check_acr_value(&quote(key), config.acr_value(), report);
        }
    }
}

fn check_acr_value(level: &str, name: &str, report: &mut Report) {
    if let Some(problem) = length_or_pattern_problem(name, 1, 64, &SCOPE) {
        report.fail(&ACR_VALUE, At::Path, format!("{level}: {problem}"));
    }
}

#[cfg(test)]
#[expect(
    clippy::too_many_lines,
    reason = "one table of cases, a few lines each"
)]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    use crate::validate::cases::{case, pool};
    use aws_sdk_cognitoidentityprovider::types::builders::PasswordPolicyTypeBuilder;
    use aws_sdk_cognitoidentityprovider::types::{
        AccountRecoverySettingType, AcrLevelConfigType, AdminCreateUserConfigType,
        AdvancedSecurityAdditionalFlowsType, AdvancedSecurityEnabledModeType,
        AdvancedSecurityModeType, EncryptionKeyType, IssuerConfigurationType, IssuerType,
        KeyConfigurationType, RecoveryOptionNameType, SmsConfigurationType, UserPoolAddOnsType,
        UserPoolMfaType, UserPoolPolicyType, UserPoolTierType,
    };

    let password = |p: PasswordPolicyTypeBuilder| {
        UserPoolPolicyType::builder()
            .password_policy(p.build())
            .build()
    };
    let min_length = |n| password(PasswordPolicyType::builder().minimum_length(n));
    let history = |n| password(PasswordPolicyType::builder().password_history_size(n));
    let temporary = |n| password(PasswordPolicyType::builder().temporary_password_validity_days(n));
    let unused = |n| {
        AdminCreateUserConfigType::builder()
            .unused_account_validity_days(n)
            .build()
    };
    let sms = || {
        SmsConfigurationType::builder()
            .sns_caller_arn("arn:aws:iam::123456789012:role/cognito-sms")
            .external_id("my-external-id")
            .build()
    };
    let recovery = |mechanisms: &[(i32, &str)]| {
        AccountRecoverySettingType::builder()
            .set_recovery_mechanisms(Some(
                mechanisms
                    .iter()
                    .map(|(priority, name)| {
                        RecoveryOptionType::builder()
                            .priority(*priority)
                            .name(RecoveryOptionNameType::from(*name))
                            .build()
                            .expect("priority and name are set")
                    })
                    .collect(),
            ))
            .build()
    };
    let add_ons = |mode: &str| {
        UserPoolAddOnsType::builder()
            .advanced_security_mode(AdvancedSecurityModeType::from(mode))
            .build()
            .expect("mode is set")
    };
    let custom_auth = |mode: &str| {
        UserPoolAddOnsType::builder()
            .advanced_security_mode(AdvancedSecurityModeType::Off)
            .advanced_security_additional_flows(
                AdvancedSecurityAdditionalFlowsType::builder()
                    .custom_auth_mode(AdvancedSecurityEnabledModeType::from(mode))
                    .build(),
            )
            .build()
            .expect("mode is set")
    };
    let key = |t: EncryptionKeyType| KeyConfigurationType::builder().key_type(t).build();
    let kms = |arn: &str| {
        KeyConfigurationType::builder()
            .key_type(EncryptionKeyType::CustomerManagedKey)
            .kms_key_arn(arn)
            .build()
    };
    let issuer = |t: IssuerType| IssuerConfigurationType::builder().r#type(t).build();
    let acr = |levels: &[(&str, &str)]| {
        Some(
            levels
                .iter()
                .map(|(key, name)| {
                    (
                        (*key).to_owned(),
                        AcrLevelConfigType::builder()
                            .acr_value(*name)
                            .build()
                            .expect("value is set"),
                    )
                })
                .collect(),
        )
    };
    let kms_arn = |len: usize| {
        let prefix = "arn:aws:kms:us-east-1:123456789012:key/";
        format!("{prefix}{}", "a".repeat(len.saturating_sub(prefix.len())))
    };

    let (x64, x65) = ("x".repeat(64), "x".repeat(65));
    let history_path = "Policies.PasswordPolicy.PasswordHistorySize";
    let temporary_path = "Policies.PasswordPolicy.TemporaryPasswordValidityDays";
    let unused_path = "AdminCreateUserConfig.UnusedAccountValidityDays";
    let mechanisms_path = "AccountRecoverySetting.RecoveryMechanisms";
    let acr_value_path = "AcrConfiguration{value}.AcrValue";
    vec![
        case(
            PASSWORD_MINIMUM_LENGTH.code,
            "Policies.PasswordPolicy.MinimumLength",
            pool().policies(min_length(6)),
            pool().policies(min_length(5)),
        ),
        case(
            PASSWORD_MINIMUM_LENGTH.code,
            "Policies.PasswordPolicy.MinimumLength",
            pool().policies(min_length(99)),
            pool().policies(min_length(100)),
        ),
        case(
            PASSWORD_HISTORY_SIZE.code,
            history_path,
            pool().policies(history(0)),
            pool().policies(history(-1)),
        ),
        case(
            PASSWORD_HISTORY_SIZE.code,
            history_path,
            pool().policies(history(24)),
            pool().policies(history(25)),
        ),
        // SR-042: absent tier (ESSENTIALS) vs LITE; 0 is fine on LITE.
        case(
            PASSWORD_HISTORY_NEEDS_ESSENTIALS.code,
            history_path,
            pool().policies(history(5)),
            pool()
                .user_pool_tier(UserPoolTierType::Lite)
                .policies(history(5)),
        ),
        case(
            PASSWORD_HISTORY_NEEDS_ESSENTIALS.code,
            history_path,
            pool()
                .user_pool_tier(UserPoolTierType::Lite)
                .policies(history(0)),
            pool()
                .user_pool_tier(UserPoolTierType::Lite)
                .policies(history(1)),
        ),
        // SR-041: 0 (= the default 7 days) is accepted.
        case(
            TEMPORARY_PASSWORD_VALIDITY_DAYS.code,
            temporary_path,
            pool().policies(temporary(0)),
            pool().policies(temporary(-1)),
        ),
        case(
            TEMPORARY_PASSWORD_VALIDITY_DAYS.code,
            temporary_path,
            pool().policies(temporary(365)),
            pool().policies(temporary(366)),
        ),
        case(
            UNUSED_ACCOUNT_VALIDITY_DAYS.code,
            unused_path,
            pool().admin_create_user_config(unused(0)),
            pool().admin_create_user_config(unused(-1)),
        ),
        case(
            UNUSED_ACCOUNT_VALIDITY_DAYS.code,
            unused_path,
            pool().admin_create_user_config(unused(365)),
            pool().admin_create_user_config(unused(366)),
        ),
        // SR-040: both > 0 conflict; 0 counts as unset on either side.
        case(
            UNUSED_ACCOUNT_VALIDITY_CONFLICT.code,
            unused_path,
            pool()
                .policies(temporary(7))
                .admin_create_user_config(unused(0)),
            pool()
                .policies(temporary(7))
                .admin_create_user_config(unused(7)),
        ),
        case(
            UNUSED_ACCOUNT_VALIDITY_CONFLICT.code,
            unused_path,
            pool()
                .policies(temporary(0))
                .admin_create_user_config(unused(7)),
            pool()
                .policies(temporary(1))
                .admin_create_user_config(unused(1)),
        ),
        case(
            MFA_CONFIGURATION.code,
            "MfaConfiguration",
            pool().mfa_configuration(UserPoolMfaType::Off),
            pool().mfa_configuration(UserPoolMfaType::from("BOGUS")),
        ),
        // SR-012.
        case(
            MFA_NEEDS_SMS_CONFIGURATION.code,
            "MfaConfiguration",
            pool()
                .mfa_configuration(UserPoolMfaType::On)
                .sms_configuration(sms()),
            pool().mfa_configuration(UserPoolMfaType::On),
        ),
        case(
            MFA_NEEDS_SMS_CONFIGURATION.code,
            "MfaConfiguration",
            pool()
                .mfa_configuration(UserPoolMfaType::Optional)
                .sms_configuration(sms()),
            pool().mfa_configuration(UserPoolMfaType::Optional),
        ),
        case(
            RECOVERY_MECHANISM_COUNT.code,
            mechanisms_path,
            pool().account_recovery_setting(recovery(&[(1, "verified_email")])),
            pool().account_recovery_setting(recovery(&[])),
        ),
        case(
            RECOVERY_MECHANISM_COUNT.code,
            mechanisms_path,
            pool().account_recovery_setting(recovery(&[
                (1, "verified_email"),
                (2, "verified_phone_number"),
            ])),
            pool().account_recovery_setting(recovery(&[
                (1, "verified_email"),
                (2, "verified_phone_number"),
                (3, "admin_only"),
            ])),
        ),
        case(
            RECOVERY_MECHANISM_PRIORITY.code,
            "AccountRecoverySetting.RecoveryMechanisms[0].Priority",
            pool().account_recovery_setting(recovery(&[(1, "verified_email")])),
            pool().account_recovery_setting(recovery(&[(0, "verified_email")])),
        ),
        case(
            RECOVERY_MECHANISM_PRIORITY.code,
            "AccountRecoverySetting.RecoveryMechanisms[1].Priority",
            pool().account_recovery_setting(recovery(&[
                (1, "verified_phone_number"),
                (2, "verified_email"),
            ])),
            pool().account_recovery_setting(recovery(&[
                (1, "verified_phone_number"),
                (3, "verified_email"),
            ])),
        ),
        case(
            RECOVERY_MECHANISM_NAME.code,
            "AccountRecoverySetting.RecoveryMechanisms[0].Name",
            pool().account_recovery_setting(recovery(&[(1, "admin_only")])),
            pool().account_recovery_setting(recovery(&[(1, "BOGUS")])),
        ),
        // SR-045.
        case(
            ADMIN_ONLY_RECOVERY_ALONE.code,
            "AccountRecoverySetting.RecoveryMechanisms[1].Name",
            pool().account_recovery_setting(recovery(&[(1, "admin_only")])),
            pool().account_recovery_setting(recovery(&[(1, "verified_email"), (2, "admin_only")])),
        ),
        // SR-046.
        case(
            RECOVERY_MECHANISMS_UNIQUE.code,
            "AccountRecoverySetting.RecoveryMechanisms[1].Priority",
            pool().account_recovery_setting(recovery(&[
                (2, "verified_email"),
                (1, "verified_phone_number"),
            ])),
            pool().account_recovery_setting(recovery(&[
                (1, "verified_email"),
                (1, "verified_phone_number"),
            ])),
        ),
        case(
            RECOVERY_MECHANISMS_UNIQUE.code,
            "AccountRecoverySetting.RecoveryMechanisms[1].Name",
            pool().account_recovery_setting(recovery(&[
                (1, "verified_email"),
                (2, "verified_phone_number"),
            ])),
            pool().account_recovery_setting(recovery(&[
                (1, "verified_email"),
                (2, "verified_email"),
            ])),
        ),
        case(
            USER_POOL_TIER.code,
            "UserPoolTier",
            pool().user_pool_tier(UserPoolTierType::Lite),
            pool().user_pool_tier(UserPoolTierType::from("BOGUS")),
        ),
        case(
            ADVANCED_SECURITY_MODE.code,
            "UserPoolAddOns.AdvancedSecurityMode",
            pool().user_pool_add_ons(add_ons("OFF")),
            pool().user_pool_add_ons(add_ons("BOGUS")),
        ),
        case(
            CUSTOM_AUTH_MODE.code,
            CUSTOM_AUTH_MODE.path,
            pool()
                .user_pool_tier(UserPoolTierType::Plus)
                .user_pool_add_ons(custom_auth("ENFORCED")),
            pool()
                .user_pool_tier(UserPoolTierType::Plus)
                .user_pool_add_ons(custom_auth("OFF")),
        ),
        // SR-056: PLUS vs ESSENTIALS, by default and explicit; LITE is not refused (unconfirmed).
        case(
            THREAT_PROTECTION_NEEDS_PLUS.code,
            "UserPoolAddOns.AdvancedSecurityMode",
            pool()
                .user_pool_tier(UserPoolTierType::Plus)
                .user_pool_add_ons(add_ons("ENFORCED")),
            pool().user_pool_add_ons(add_ons("ENFORCED")),
        ),
        case(
            THREAT_PROTECTION_NEEDS_PLUS.code,
            "UserPoolAddOns.AdvancedSecurityMode",
            pool()
                .user_pool_tier(UserPoolTierType::Plus)
                .user_pool_add_ons(add_ons("AUDIT")),
            pool()
                .user_pool_tier(UserPoolTierType::Essentials)
                .user_pool_add_ons(add_ons("AUDIT")),
        ),
        case(
            THREAT_PROTECTION_NEEDS_PLUS.code,
            "UserPoolAddOns.AdvancedSecurityMode",
            pool()
                .user_pool_tier(UserPoolTierType::Lite)
                .user_pool_add_ons(add_ons("AUDIT")),
            pool()
                .user_pool_tier(UserPoolTierType::Essentials)
                .user_pool_add_ons(add_ons("AUDIT")),
        ),
        // OFF is fine on ESSENTIALS.
        case(
            THREAT_PROTECTION_NEEDS_PLUS.code,
            "UserPoolAddOns.AdvancedSecurityMode",
            pool().user_pool_add_ons(add_ons("OFF")),
            pool().user_pool_add_ons(add_ons("AUDIT")),
        ),
        case(
            THREAT_PROTECTION_NEEDS_PLUS.code,
            CUSTOM_AUTH_MODE.path,
            pool()
                .user_pool_tier(UserPoolTierType::Plus)
                .user_pool_add_ons(custom_auth("AUDIT")),
            pool().user_pool_add_ons(custom_auth("AUDIT")),
        ),
        case(
            KEY_TYPE.code,
            "KeyConfiguration.KeyType",
            pool().key_configuration(key(EncryptionKeyType::AwsOwnedKey)),
            pool().key_configuration(key(EncryptionKeyType::from("BOGUS"))),
        ),
        // Length 20..2048 (pattern-valid values), then the pattern itself.
        case(
            KMS_KEY_ARN.code,
            "KeyConfiguration.KmsKeyArn",
            pool().key_configuration(kms("arn:a:b::1:key/abcde")),
            pool().key_configuration(kms("arn:a:b::1:key/abcd")),
        ),
        case(
            KMS_KEY_ARN.code,
            "KeyConfiguration.KmsKeyArn",
            pool().key_configuration(kms(&kms_arn(2048))),
            pool().key_configuration(kms(&kms_arn(2049))),
        ),
        case(
            KMS_KEY_ARN.code,
            "KeyConfiguration.KmsKeyArn",
            pool().key_configuration(kms(
                "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            )),
            pool().key_configuration(kms("alias/my-user-pool-key-not-an-arn")),
        ),
        case(
            ISSUER_TYPE.code,
            "IssuerConfiguration.Type",
            pool().issuer_configuration(issuer(IssuerType::Updated)),
            pool().issuer_configuration(issuer(IssuerType::from("BOGUS"))),
        ),
        // Count 0..4 (empty is fine; a fifth entry cannot have a valid key).
        case(
            ACR_LEVEL_COUNT.code,
            "AcrConfiguration",
            pool().set_acr_configuration(acr(&[])),
            pool().set_acr_configuration(acr(&[
                ("Level1", "a"),
                ("Level2", "b"),
                ("Level3", "c"),
                ("Level4", "d"),
                ("Level5", "e"),
            ])),
        ),
        case(
            ACR_LEVEL_COUNT.code,
            "AcrConfiguration",
            pool().set_acr_configuration(acr(&[
                ("Level1", "a"),
                ("Level2", "b"),
                ("Level3", "c"),
                ("Level4", "d"),
            ])),
            pool().set_acr_configuration(acr(&[
                ("Level1", "a"),
                ("Level2", "b"),
                ("Level3", "c"),
                ("Level4", "d"),
                ("level1", "e"),
            ])),
        ),
        case(
            ACR_LEVEL_KEY.code,
            "AcrConfiguration{key}",
            pool().set_acr_configuration(acr(&[("Level4", "urn:example:gold")])),
            pool().set_acr_configuration(acr(&[("Level5", "urn:example:gold")])),
        ),
        case(
            ACR_LEVEL_KEY.code,
            "AcrConfiguration{key}",
            pool().set_acr_configuration(acr(&[("Level1", "urn:example:gold")])),
            pool().set_acr_configuration(acr(&[("Level0", "urn:example:gold")])),
        ),
        case(
            ACR_VALUE.code,
            acr_value_path,
            pool().set_acr_configuration(acr(&[("Level1", "a")])),
            pool().set_acr_configuration(acr(&[("Level1", "")])),
        ),
        case(
            ACR_VALUE.code,
            acr_value_path,
            pool().set_acr_configuration(acr(&[("Level1", x64.as_str())])),
            pool().set_acr_configuration(acr(&[("Level1", x65.as_str())])),
        ),
        case(
            ACR_VALUE.code,
            acr_value_path,
            pool().set_acr_configuration(acr(&[("Level2", "https://example.com/acr#mfa")])),
            pool().set_acr_configuration(acr(&[("Level2", "gold level")])),
        ),
        case(
            ACR_VALUE.code,
            acr_value_path,
            pool().set_acr_configuration(acr(&[("Level3", "urn:example:'gold'")])),
            pool().set_acr_configuration(acr(&[("Level3", "urn:example:\"gold\"")])),
        ),
        // SR-062, plan: ESSENTIALS (absent tier) vs LITE; a level set to its own default name
        // is not custom.
        case(
            ACR_NAMES_NEED_ESSENTIALS.code,
            acr_value_path,
            pool().set_acr_configuration(acr(&[("Level1", "urn:example:gold")])),
            pool()
                .user_pool_tier(UserPoolTierType::Lite)
                .set_acr_configuration(acr(&[("Level1", "urn:example:gold")])),
        ),
        case(
            ACR_NAMES_NEED_ESSENTIALS.code,
            acr_value_path,
            pool()
                .user_pool_tier(UserPoolTierType::Lite)
                .set_acr_configuration(acr(&[("Level2", "urn:cognito:loa:2")])),
            pool()
                .user_pool_tier(UserPoolTierType::Lite)
                .set_acr_configuration(acr(&[("Level2", "urn:cognito:loa:22")])),
        ),
        // SR-062, uniqueness: between overrides, and against defaults of levels not overridden.
        case(
            ACR_NAMES_UNIQUE.code,
            acr_value_path,
            pool().set_acr_configuration(acr(&[("Level1", "gold"), ("Level2", "silver")])),
            pool().set_acr_configuration(acr(&[("Level1", "gold"), ("Level2", "gold")])),
        ),
        case(
            ACR_NAMES_UNIQUE.code,
            acr_value_path,
            pool().set_acr_configuration(acr(&[
                ("Level1", "urn:cognito:loa:2"),
                ("Level2", "urn:cognito:loa:1"),
            ])),
            pool().set_acr_configuration(acr(&[("Level1", "urn:cognito:loa:2")])),
        ),
        case(
            ACR_NAMES_UNIQUE.code,
            acr_value_path,
            pool().set_acr_configuration(acr(&[("Level4", "urn:cognito:loa:5")])),
            pool().set_acr_configuration(acr(&[("Level4", "urn:cognito:loa:3")])),
        ),
    ]
}
