//! The `SetUserPoolMfaConfig` rules: the follow-up request that turns on authenticator apps
//! and e-mail MFA and carries the passkey settings (step 2, security requirements).
//!
//! Only a plan sends this request, without `UserPoolId` (the pool does not exist yet). Its
//! `SmsMfaConfiguration` repeats `CreateUserPool`'s `SmsConfiguration` and
//! `SmsAuthenticationMessage`, which the `CreateUserPool` rules already check, so they are not
//! checked twice here. Constraints are the service model's (`EmailMfaMessageType`,
//! `EmailMfaSubjectType`, `RelyingPartyIdType`, `UserVerificationType`,
//! `WebAuthnFactorConfigurationType`, `UserPoolMfaType`).

use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::types::{SoftwareTokenMfaConfigType, UserPoolMfaType};

use crate::validate::check::{At, Report, SUBJECT, pattern};
use crate::validate::shapes::MFA_CONFIG;
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
static MFA_CONFIGURATION: Rule = rule(
    "set-mfa-configuration",
    MFA_CONFIG,
    "MfaConfiguration",
    "MFA enforcement",
);

/// `EmailMfaMessageType`: 6 to 20 000 characters with the `{####}` code.
static EMAIL_MESSAGE: Rule = rule(
    "set-mfa-email-message",
    MFA_CONFIG,
    "EmailMfaConfiguration.Message",
    "MFA email message",
);

/// `EmailMfaSubjectType`.
static EMAIL_SUBJECT: Rule = rule(
    "set-mfa-email-subject",
    MFA_CONFIG,
    "EmailMfaConfiguration.Subject",
    "MFA email subject",
);

/// `RelyingPartyIdType`: 1 to 127 characters.
static RELYING_PARTY_ID: Rule = rule(
    "set-mfa-relying-party-id",
    MFA_CONFIG,
    "WebAuthnConfiguration.RelyingPartyId",
    "Passkey relying party ID",
);

/// `UserVerificationType`.
static USER_VERIFICATION: Rule = rule(
    "set-mfa-user-verification",
    MFA_CONFIG,
    "WebAuthnConfiguration.UserVerification",
    "Passkey user verification",
);

/// `WebAuthnFactorConfigurationType`.
static FACTOR_CONFIGURATION: Rule = rule(
    "set-mfa-factor-configuration",
    MFA_CONFIG,
    "WebAuthnConfiguration.FactorConfiguration",
    "Passkeys satisfy MFA",
);

// The two rules below are the service's, not in semantic-rules.md (which covers the three
// create operations only). Observed errors: "Invalid MFA configuration given, can't disable all
// MFAs with a required or optional configuration." (aws/aws-sdk-js#4186, anomalyco/sst#5177)
// and "Invalid MFA configuration given, can't turn off MFA and configure an MFA together."
// (lgallard/terraform-aws-cognito-user-pool#74; measured in go-to-k/cdkd#1923, where passkey
// settings were accepted with OFF: they are not an MFA factor).

/// ON / OPTIONAL needs an enabled factor: SMS, authenticator apps or e-mail.
static NEEDS_A_FACTOR: Rule = rule(
    "set-mfa-needs-a-factor",
    MFA_CONFIG,
    "MfaConfiguration",
    "MFA methods",
);

/// OFF (or absent, which means OFF) cannot carry a factor.
static OFF_WITHOUT_FACTORS: Rule = rule(
    "set-mfa-off-without-factors",
    MFA_CONFIG,
    "MfaConfiguration",
    "MFA methods",
);

/// Every rule of this file, for the catalog.
pub(crate) static RULES: &[&Rule] = &[
    &MFA_CONFIGURATION,
    &NEEDS_A_FACTOR,
    &OFF_WITHOUT_FACTORS,
    &EMAIL_MESSAGE,
    &EMAIL_SUBJECT,
    &RELYING_PARTY_ID,
    &USER_VERIFICATION,
    &FACTOR_CONFIGURATION,
];

pattern!(
    /// `EmailMfaMessageType` (`\s` is ASCII in the service's regex flavour).
    EMAIL_MFA_MESSAGE = r"[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*\{####\}[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*"
        => r"[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\x0B\x0C\r *]*\{####\}[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\x0B\x0C\r *]*"
);

/// Checks a plan's `SetUserPoolMfaConfig` request (all but `UserPoolId` and the members copied
/// from `CreateUserPool`; see the module documentation).
pub(crate) fn check(input: &SetUserPoolMfaConfigInput, report: &mut Report) {
    let mode = input.mfa_configuration().map(UserPoolMfaType::as_str);
    if let Some(mode) = mode {
        report.one_of(
            &MFA_CONFIGURATION,
            At::Path,
            mode,
            &["OFF", "ON", "OPTIONAL"],
        );
    }
    let sms = input.sms_mfa_configuration().is_some();
    let totp = input
        .software_token_mfa_configuration()
        .is_some_and(SoftwareTokenMfaConfigType::enabled);
    let email = input.email_mfa_configuration().is_some();
    match mode.unwrap_or("OFF") {
        "ON" | "OPTIONAL" if !(sms || totp || email) => report.fail(
            &NEEDS_A_FACTOR,
            At::Path,
            format!(
                "MfaConfiguration {} needs SmsMfaConfiguration, \
                 SoftwareTokenMfaConfiguration.Enabled or EmailMfaConfiguration",
                mode.unwrap_or("OFF")
            ),
        ),
        "OFF" if sms || totp || email => {
            let factors: Vec<&str> = [
                (sms, "SmsMfaConfiguration"),
                (totp, "SoftwareTokenMfaConfiguration.Enabled"),
                (email, "EmailMfaConfiguration"),
            ]
            .into_iter()
            .filter_map(|(on, path)| on.then_some(path))
            .collect();
            report.fail(
                &OFF_WITHOUT_FACTORS,
                At::Path,
                format!(
                    "MfaConfiguration OFF (absent means OFF) cannot turn on {}",
                    factors.join(", ")
                ),
            );
        }
        _ => {}
    }
    if let Some(email) = input.email_mfa_configuration() {
        if let Some(message) = email.message() {
            report.length(&EMAIL_MESSAGE, At::Path, message, 6, 20_000);
            report.pattern(&EMAIL_MESSAGE, At::Path, message, &EMAIL_MFA_MESSAGE);
        }
        if let Some(subject) = email.subject() {
            report.pattern(&EMAIL_SUBJECT, At::Path, subject, &SUBJECT);
        }
    }
    if let Some(web_authn) = input.web_authn_configuration() {
        if let Some(id) = web_authn.relying_party_id() {
            report.length(&RELYING_PARTY_ID, At::Path, id, 1, 127);
        }
        if let Some(verification) = web_authn.user_verification() {
            report.one_of(
                &USER_VERIFICATION,
                At::Path,
                verification.as_str(),
                &["required", "preferred"],
            );
        }
        if let Some(factor) = web_authn.factor_configuration() {
            report.one_of(
                &FACTOR_CONFIGURATION,
                At::Path,
                factor.as_str(),
                &["SINGLE_FACTOR", "MULTI_FACTOR_WITH_USER_VERIFICATION"],
            );
        }
    }
}

#[cfg(test)]
#[expect(clippy::too_many_lines, reason = "one case per boundary, as data")]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    use crate::validate::cases::{case, mfa_config};
    use aws_sdk_cognitoidentityprovider::types::{
        EmailMfaConfigType, SmsConfigurationType, SmsMfaConfigType, SoftwareTokenMfaConfigType,
        UserPoolMfaType, UserVerificationType, WebAuthnConfigurationType,
        WebAuthnFactorConfigurationType,
    };

    let email = |message: &str| EmailMfaConfigType::builder().message(message).build();
    let subject = |subject: &str| EmailMfaConfigType::builder().subject(subject).build();
    let rp = |id: String| {
        WebAuthnConfigurationType::builder()
            .relying_party_id(id)
            .build()
    };
    let totp = |on| SoftwareTokenMfaConfigType::builder().enabled(on).build();
    let sms = SmsMfaConfigType::builder()
        .sms_configuration(
            SmsConfigurationType::builder()
                .sns_caller_arn("arn:aws:iam::123456789012:role/sms")
                .build(),
        )
        .build();
    let off = || {
        mfa_config()
            .set_software_token_mfa_configuration(None)
            .mfa_configuration(UserPoolMfaType::Off)
    };
    vec![
        case(
            MFA_CONFIGURATION.code,
            "MfaConfiguration",
            mfa_config().mfa_configuration(UserPoolMfaType::Optional),
            mfa_config().mfa_configuration(UserPoolMfaType::from("SOMETIMES")),
        ),
        case(
            NEEDS_A_FACTOR.code,
            "MfaConfiguration",
            mfa_config(),
            mfa_config().set_software_token_mfa_configuration(None),
        ),
        case(
            NEEDS_A_FACTOR.code,
            "MfaConfiguration",
            mfa_config()
                .mfa_configuration(UserPoolMfaType::Optional)
                .software_token_mfa_configuration(totp(false))
                .sms_mfa_configuration(sms.clone()),
            mfa_config()
                .mfa_configuration(UserPoolMfaType::Optional)
                .software_token_mfa_configuration(totp(false)),
        ),
        case(
            OFF_WITHOUT_FACTORS.code,
            "MfaConfiguration",
            off().software_token_mfa_configuration(totp(false)),
            off().software_token_mfa_configuration(totp(true)),
        ),
        case(
            OFF_WITHOUT_FACTORS.code,
            "MfaConfiguration",
            off().web_authn_configuration(WebAuthnConfigurationType::builder().build()),
            off().sms_mfa_configuration(sms),
        ),
        case(
            OFF_WITHOUT_FACTORS.code,
            "MfaConfiguration",
            off().set_mfa_configuration(None),
            off()
                .set_mfa_configuration(None)
                .email_mfa_configuration(email("Code {####}")),
        ),
        case(
            EMAIL_MESSAGE.code,
            "EmailMfaConfiguration.Message",
            mfa_config().email_mfa_configuration(email("{####}")),
            mfa_config().email_mfa_configuration(email("{###}")),
        ),
        case(
            EMAIL_MESSAGE.code,
            "EmailMfaConfiguration.Message",
            mfa_config().email_mfa_configuration(email(&format!("{}{{####}}", "x".repeat(19_994)))),
            mfa_config().email_mfa_configuration(email(&format!("{}{{####}}", "x".repeat(19_995)))),
        ),
        case(
            EMAIL_MESSAGE.code,
            "EmailMfaConfiguration.Message",
            mfa_config().email_mfa_configuration(email("Your code:\n{####}")),
            mfa_config().email_mfa_configuration(email("Your code is 123456")),
        ),
        case(
            EMAIL_SUBJECT.code,
            "EmailMfaConfiguration.Subject",
            mfa_config().email_mfa_configuration(subject("Your sign-in code")),
            mfa_config().email_mfa_configuration(subject("")),
        ),
        case(
            EMAIL_SUBJECT.code,
            "EmailMfaConfiguration.Subject",
            mfa_config().email_mfa_configuration(subject("Code\tready")),
            mfa_config().email_mfa_configuration(subject("Code\u{a0}ready")),
        ),
        case(
            RELYING_PARTY_ID.code,
            "WebAuthnConfiguration.RelyingPartyId",
            mfa_config().web_authn_configuration(rp("a".into())),
            mfa_config().web_authn_configuration(rp(String::new())),
        ),
        case(
            RELYING_PARTY_ID.code,
            "WebAuthnConfiguration.RelyingPartyId",
            mfa_config().web_authn_configuration(rp("a".repeat(127))),
            mfa_config().web_authn_configuration(rp("a".repeat(128))),
        ),
        case(
            USER_VERIFICATION.code,
            "WebAuthnConfiguration.UserVerification",
            mfa_config().web_authn_configuration(
                WebAuthnConfigurationType::builder()
                    .user_verification(UserVerificationType::Required)
                    .build(),
            ),
            mfa_config().web_authn_configuration(
                WebAuthnConfigurationType::builder()
                    .user_verification(UserVerificationType::from("discouraged"))
                    .build(),
            ),
        ),
        case(
            FACTOR_CONFIGURATION.code,
            "WebAuthnConfiguration.FactorConfiguration",
            mfa_config().web_authn_configuration(
                WebAuthnConfigurationType::builder()
                    .factor_configuration(
                        WebAuthnFactorConfigurationType::MultiFactorWithUserVerification,
                    )
                    .build(),
            ),
            mfa_config().web_authn_configuration(
                WebAuthnConfigurationType::builder()
                    .factor_configuration(WebAuthnFactorConfigurationType::from("TWO_FACTOR"))
                    .build(),
            ),
        ),
    ]
}
