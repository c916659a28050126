//! The `SetUserPoolMfaConfig` rules: the request that sets a pool's MFA mode and factors and
//! carries the passkey settings (step 2, security requirements).
//!
//! A plan sends it after `CreateUserPool`, without `UserPoolId` (the pool does not exist yet);
//! its `SmsMfaConfiguration` repeats `CreateUserPool`'s `SmsConfiguration` and
//! `SmsAuthenticationMessage`, which the `CreateUserPool` rules already check, so review does
//! not check them twice. A lone request ([`validate::set_user_pool_mfa_config`]) gets
//! everything: `UserPoolId` and the SMS factor's members too ([`check_sms_mfa`]).
//!
//! The call replaces the pool's whole MFA state (SR-106): the rules judge the request as the
//! state it leaves, which is why an omitted mode is `OFF` and an omitted factor block is off.
//!
//! [`validate::set_user_pool_mfa_config`]: crate::validate::set_user_pool_mfa_config

use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::types::{SoftwareTokenMfaConfigType, UserPoolMfaType};

use crate::steps::messaging::rules::{SmsRules, sms_configuration, sms_verification};
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

/// `RelyingPartyIdType`: 1 to 127 characters. CDK's own limit of 63 (SR-118) is not the
/// service's, and which domains the service refuses is not known.
static RELYING_PARTY_ID: Rule = rule(
    "set-mfa-relying-party-id",
    MFA_CONFIG,
    "WebAuthnConfiguration.RelyingPartyId",
    "Passkey relying party ID",
);

/// `UserVerificationType`: `required` or `preferred`, lower case (SR-118). Whether
/// `MULTI_FACTOR_WITH_USER_VERIFICATION` needs `required` is unconfirmed: not checked.
static USER_VERIFICATION: Rule = rule(
    "set-mfa-user-verification",
    MFA_CONFIG,
    "WebAuthnConfiguration.UserVerification",
    "Passkey user verification",
)
.semantic("SR-118");

/// `WebAuthnFactorConfigurationType`.
static FACTOR_CONFIGURATION: Rule = rule(
    "set-mfa-factor-configuration",
    MFA_CONFIG,
    "WebAuthnConfiguration.FactorConfiguration",
    "Passkeys satisfy MFA",
);

/// SR-108: ON / OPTIONAL needs a factor in the same request: SMS, authenticator apps (enabled)
/// or e-mail. Factors already on the pool do not count (SR-106), and neither do passkeys
/// (SR-109: a passkey-only pool uses OFF). "Invalid MFA configuration given, can't disable all
/// MFAs with a required or optional configuration."
static NEEDS_A_FACTOR: Rule = rule(
    "set-mfa-needs-a-factor",
    MFA_CONFIG,
    "MfaConfiguration",
    "MFA methods",
)
.semantic("SR-108");

/// SR-107: OFF (or absent, which means OFF) carries no factor block at all, whatever its
/// content: `SoftwareTokenMfaConfiguration {Enabled: false}` is refused too. Passkey settings
/// are not a factor and are accepted. "Invalid MFA configuration given, can't turn off MFA and
/// configure an MFA together."
static OFF_WITHOUT_FACTORS: Rule = rule(
    "set-mfa-off-without-factors",
    MFA_CONFIG,
    "MfaConfiguration",
    "MFA methods",
)
.semantic("SR-107");

// The SMS factor's members, at their path in this request (`SmsConfiguration` and
// `SmsAuthenticationMessage` in a pool request have their own rules, step 4).

/// `SmsMfaConfiguration.SmsAuthenticationMessage`: 6..140, one line with `{####}` (SR-003).
static SMS_MESSAGE: Rule = rule(
    "set-mfa-sms-authentication-message",
    MFA_CONFIG,
    "SmsMfaConfiguration.SmsAuthenticationMessage",
    "SMS MFA message",
);

static SMS_SNS_CALLER_ARN: Rule = rule(
    "set-mfa-sms-sns-caller-arn",
    MFA_CONFIG,
    "SmsMfaConfiguration.SmsConfiguration.SnsCallerArn",
    "IAM role ARN",
);
static SMS_EXTERNAL_ID: Rule = rule(
    "set-mfa-sms-external-id",
    MFA_CONFIG,
    "SmsMfaConfiguration.SmsConfiguration.ExternalId",
    "External ID",
);
static SMS_SNS_REGION: Rule = rule(
    "set-mfa-sms-sns-region",
    MFA_CONFIG,
    "SmsMfaConfiguration.SmsConfiguration.SnsRegion",
    "SNS Region",
);
static SMS_EUMS_CALLER_ARN: Rule = rule(
    "set-mfa-sms-eums-caller-arn",
    MFA_CONFIG,
    "SmsMfaConfiguration.SmsConfiguration.EumsSms.CallerArn",
    "End User Messaging IAM role ARN",
);
static SMS_EUMS_EXTERNAL_ID: Rule = rule(
    "set-mfa-sms-eums-external-id",
    MFA_CONFIG,
    "SmsMfaConfiguration.SmsConfiguration.EumsSms.ExternalId",
    "End User Messaging external ID",
);
static SMS_EUMS_ORIGINATION_IDENTITY: Rule = rule(
    "set-mfa-sms-eums-origination-identity",
    MFA_CONFIG,
    "SmsMfaConfiguration.SmsConfiguration.EumsSms.OriginationIdentity",
    "Origination identity",
);
static SMS_EUMS_CONFIGURATION_SET_NAME: Rule = rule(
    "set-mfa-sms-eums-configuration-set-name",
    MFA_CONFIG,
    "SmsMfaConfiguration.SmsConfiguration.EumsSms.ConfigurationSetName",
    "End User Messaging configuration set",
);
static SMS_EUMS_IN_ENTITY_ID: Rule = rule(
    "set-mfa-sms-eums-in-entity-id",
    MFA_CONFIG,
    "SmsMfaConfiguration.SmsConfiguration.EumsSms.InEntityId",
    "Entity ID (India)",
);
static SMS_EUMS_IN_TEMPLATE_ID: Rule = rule(
    "set-mfa-sms-eums-in-template-id",
    MFA_CONFIG,
    "SmsMfaConfiguration.SmsConfiguration.EumsSms.InTemplateId",
    "Template ID (India)",
);
static SMS_EUMS_REGION: Rule = rule(
    "set-mfa-sms-eums-region",
    MFA_CONFIG,
    "SmsMfaConfiguration.SmsConfiguration.EumsSms.Region",
    "End User Messaging Region",
);

/// SR-111: an SMS sender given here becomes the pool's, and SR-014 applies to it: exactly one
/// of `SnsCallerArn` and `EumsSms`. A factor block without `SmsConfiguration` uses the pool's
/// sender, which the request does not show: not refused.
static SMS_NEEDS_ONE_SENDER: Rule = rule(
    "set-mfa-sms-needs-one-sender",
    MFA_CONFIG,
    "SmsMfaConfiguration.SmsConfiguration",
    "SMS configuration",
)
.semantic("SR-111");

static SMS_RULES: SmsRules = SmsRules {
    path: "SmsMfaConfiguration.SmsConfiguration",
    sns_caller_arn: &SMS_SNS_CALLER_ARN,
    external_id: &SMS_EXTERNAL_ID,
    sns_region: &SMS_SNS_REGION,
    eums_caller_arn: &SMS_EUMS_CALLER_ARN,
    eums_external_id: &SMS_EUMS_EXTERNAL_ID,
    eums_origination_identity: &SMS_EUMS_ORIGINATION_IDENTITY,
    eums_configuration_set_name: &SMS_EUMS_CONFIGURATION_SET_NAME,
    eums_in_entity_id: &SMS_EUMS_IN_ENTITY_ID,
    eums_in_template_id: &SMS_EUMS_IN_TEMPLATE_ID,
    eums_region: &SMS_EUMS_REGION,
    one_sender: &SMS_NEEDS_ONE_SENDER,
};

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
    &SMS_MESSAGE,
    &SMS_SNS_CALLER_ARN,
    &SMS_EXTERNAL_ID,
    &SMS_SNS_REGION,
    &SMS_EUMS_CALLER_ARN,
    &SMS_EUMS_EXTERNAL_ID,
    &SMS_EUMS_ORIGINATION_IDENTITY,
    &SMS_EUMS_CONFIGURATION_SET_NAME,
    &SMS_EUMS_IN_ENTITY_ID,
    &SMS_EUMS_IN_TEMPLATE_ID,
    &SMS_EUMS_REGION,
    &SMS_NEEDS_ONE_SENDER,
];

pattern!(
    /// `EmailMfaMessageType` (`\s` is ASCII in the service's regex flavour).
    EMAIL_MFA_MESSAGE = r"[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*\{####\}[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*"
        => r"[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\x0B\x0C\r *]*\{####\}[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\x0B\x0C\r *]*"
);

/// Checks the SMS factor's own members, `SmsMfaConfiguration.*`: what a lone request needs
/// beyond [`check`] (and `UserPoolId`).
pub(crate) fn check_sms_mfa(input: &SetUserPoolMfaConfigInput, report: &mut Report) {
    let Some(sms) = input.sms_mfa_configuration() else {
        return;
    };
    if let Some(message) = sms.sms_authentication_message() {
        sms_verification(report, &SMS_MESSAGE, message);
    }
    if let Some(config) = sms.sms_configuration() {
        sms_configuration(config, &SMS_RULES, report);
    }
}

/// Checks a `SetUserPoolMfaConfig` request but `UserPoolId` and the SMS factor's members (see
/// the module documentation).
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
    // Which factors the request turns on (SR-108), and which blocks it carries (SR-107).
    let sms = input.sms_mfa_configuration().is_some();
    let totp_block = input.software_token_mfa_configuration();
    let totp = totp_block.is_some_and(SoftwareTokenMfaConfigType::enabled);
    let email = input.email_mfa_configuration().is_some();
    match mode.unwrap_or("OFF") {
        "ON" | "OPTIONAL" if !(sms || totp || email) => {
            let mode = mode.unwrap_or("OFF");
            let passkeys = if input.web_authn_configuration().is_some() {
                "; passkeys (WebAuthnConfiguration) are not an MFA factor: use OFF for passkeys \
                 without MFA"
            } else {
                ""
            };
            report.fail(
                &NEEDS_A_FACTOR,
                At::Path,
                format!(
                    "MfaConfiguration {mode} needs SmsMfaConfiguration, \
                     SoftwareTokenMfaConfiguration.Enabled or EmailMfaConfiguration{passkeys}"
                ),
            );
        }
        "OFF" if sms || totp_block.is_some() || email => {
            let factors: Vec<&str> = [
                (sms, "SmsMfaConfiguration"),
                (totp_block.is_some(), "SoftwareTokenMfaConfiguration"),
                (email, "EmailMfaConfiguration"),
            ]
            .into_iter()
            .filter_map(|(sent, path)| sent.then_some(path))
            .collect();
            report.fail(
                &OFF_WITHOUT_FACTORS,
                At::Path,
                format!(
                    "MfaConfiguration OFF (absent means OFF) cannot come with {}: leave out every \
                     factor block (even one that disables its factor) to turn MFA off",
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
    use crate::validate::cases::{case, mfa_config, mfa_request};
    use aws_sdk_cognitoidentityprovider::types::{
        EmailMfaConfigType, EumsSmsConfigurationType, SmsConfigurationType, SmsMfaConfigType,
        SoftwareTokenMfaConfigType, UserPoolMfaType, UserVerificationType,
        WebAuthnConfigurationType, WebAuthnFactorConfigurationType,
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
    let sms_message = |message: &str| {
        SmsMfaConfigType::builder()
            .sms_authentication_message(message)
            .build()
    };
    let sms_with =
        |config: aws_sdk_cognitoidentityprovider::types::builders::SmsConfigurationTypeBuilder| {
            SmsMfaConfigType::builder()
                .sms_configuration(config.build())
                .build()
        };
    let sns = |arn: &str| SmsConfigurationType::builder().sns_caller_arn(arn);
    let sns_role = || sns("arn:aws:iam::123456789012:role/sms");
    let eums_role =
        || EumsSmsConfigurationType::builder().caller_arn("arn:aws:iam::123456789012:role/eums");
    let eums =
        |b: aws_sdk_cognitoidentityprovider::types::builders::EumsSmsConfigurationTypeBuilder| {
            SmsConfigurationType::builder().eums_sms(b.build().expect("caller ARN set"))
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
        // SR-107: a factor block, even one that turns its factor off, is refused with OFF.
        case(
            OFF_WITHOUT_FACTORS.code,
            "MfaConfiguration",
            off(),
            off().software_token_mfa_configuration(totp(true)),
        ),
        case(
            OFF_WITHOUT_FACTORS.code,
            "MfaConfiguration",
            off(),
            off().software_token_mfa_configuration(totp(false)),
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
        // SR-109: passkey settings are not a factor for ON / OPTIONAL.
        case(
            NEEDS_A_FACTOR.code,
            "MfaConfiguration",
            mfa_config()
                .mfa_configuration(UserPoolMfaType::Optional)
                .web_authn_configuration(WebAuthnConfigurationType::builder().build()),
            mfa_config()
                .mfa_configuration(UserPoolMfaType::Optional)
                .set_software_token_mfa_configuration(None)
                .web_authn_configuration(WebAuthnConfigurationType::builder().build()),
        ),
        // The SMS factor's members, which a lone request checks (review checks them in
        // CreateUserPool). SR-003: the message is one line with {####}.
        case(
            SMS_MESSAGE.code,
            "SmsMfaConfiguration.SmsAuthenticationMessage",
            mfa_request().sms_mfa_configuration(sms_message("Code {####}")),
            mfa_request().sms_mfa_configuration(sms_message("Code {###}")),
        ),
        case(
            SMS_MESSAGE.code,
            "SmsMfaConfiguration.SmsAuthenticationMessage",
            mfa_request()
                .sms_mfa_configuration(sms_message(&format!("{}{{####}}", "x".repeat(134)))),
            mfa_request()
                .sms_mfa_configuration(sms_message(&format!("{}{{####}}", "x".repeat(135)))),
        ),
        case(
            SMS_SNS_CALLER_ARN.code,
            "SmsMfaConfiguration.SmsConfiguration.SnsCallerArn",
            mfa_request()
                .sms_mfa_configuration(sms_with(sns("arn:aws:iam::123456789012:role/sms"))),
            mfa_request().sms_mfa_configuration(sms_with(sns("role/sms"))),
        ),
        case(
            SMS_EXTERNAL_ID.code,
            "SmsMfaConfiguration.SmsConfiguration.ExternalId",
            mfa_request()
                .sms_mfa_configuration(sms_with(sns_role().external_id("x".repeat(131_072)))),
            mfa_request()
                .sms_mfa_configuration(sms_with(sns_role().external_id("x".repeat(131_073)))),
        ),
        case(
            SMS_SNS_REGION.code,
            "SmsMfaConfiguration.SmsConfiguration.SnsRegion",
            mfa_request().sms_mfa_configuration(sms_with(sns_role().sns_region("us-east-1"))),
            mfa_request().sms_mfa_configuration(sms_with(sns_role().sns_region("us-1"))),
        ),
        case(
            SMS_EUMS_CALLER_ARN.code,
            "SmsMfaConfiguration.SmsConfiguration.EumsSms.CallerArn",
            mfa_request().sms_mfa_configuration(sms_with(eums(eums_role()))),
            mfa_request().sms_mfa_configuration(sms_with(eums(
                EumsSmsConfigurationType::builder().caller_arn("not-an-arn-but-long-enough"),
            ))),
        ),
        case(
            SMS_EUMS_EXTERNAL_ID.code,
            "SmsMfaConfiguration.SmsConfiguration.EumsSms.ExternalId",
            mfa_request().sms_mfa_configuration(sms_with(eums(eums_role().external_id("id")))),
            mfa_request().sms_mfa_configuration(sms_with(eums(
                eums_role().external_id("x".repeat(131_073)),
            ))),
        ),
        case(
            SMS_EUMS_ORIGINATION_IDENTITY.code,
            "SmsMfaConfiguration.SmsConfiguration.EumsSms.OriginationIdentity",
            mfa_request().sms_mfa_configuration(sms_with(eums(
                eums_role().origination_identity("+12065550100"),
            ))),
            mfa_request().sms_mfa_configuration(sms_with(eums(
                eums_role().origination_identity("x".repeat(131_073)),
            ))),
        ),
        case(
            SMS_EUMS_CONFIGURATION_SET_NAME.code,
            "SmsMfaConfiguration.SmsConfiguration.EumsSms.ConfigurationSetName",
            mfa_request().sms_mfa_configuration(sms_with(eums(
                eums_role().configuration_set_name("my-set"),
            ))),
            mfa_request().sms_mfa_configuration(sms_with(eums(
                eums_role().configuration_set_name("x".repeat(131_073)),
            ))),
        ),
        case(
            SMS_EUMS_IN_ENTITY_ID.code,
            "SmsMfaConfiguration.SmsConfiguration.EumsSms.InEntityId",
            mfa_request().sms_mfa_configuration(sms_with(eums(eums_role().in_entity_id("1")))),
            mfa_request().sms_mfa_configuration(sms_with(eums(
                eums_role().in_entity_id("x".repeat(131_073)),
            ))),
        ),
        case(
            SMS_EUMS_IN_TEMPLATE_ID.code,
            "SmsMfaConfiguration.SmsConfiguration.EumsSms.InTemplateId",
            mfa_request().sms_mfa_configuration(sms_with(eums(eums_role().in_template_id("1")))),
            mfa_request().sms_mfa_configuration(sms_with(eums(
                eums_role().in_template_id("x".repeat(131_073)),
            ))),
        ),
        case(
            SMS_EUMS_REGION.code,
            "SmsMfaConfiguration.SmsConfiguration.EumsSms.Region",
            mfa_request().sms_mfa_configuration(sms_with(eums(eums_role().region("eu-west-1")))),
            mfa_request().sms_mfa_configuration(sms_with(eums(eums_role().region("eu")))),
        ),
        // SR-111 (SR-014): a sender given here has exactly one of the two; a factor block
        // without SmsConfiguration uses the pool's.
        case(
            SMS_NEEDS_ONE_SENDER.code,
            "SmsMfaConfiguration.SmsConfiguration",
            mfa_request().sms_mfa_configuration(SmsMfaConfigType::builder().build()),
            mfa_request().sms_mfa_configuration(sms_with(SmsConfigurationType::builder())),
        ),
        case(
            SMS_NEEDS_ONE_SENDER.code,
            "SmsMfaConfiguration.SmsConfiguration",
            mfa_request().sms_mfa_configuration(sms_with(eums(eums_role()))),
            mfa_request().sms_mfa_configuration(sms_with(
                sns_role().eums_sms(eums_role().build().expect("caller ARN set")),
            )),
        ),
    ]
}
