//! The user-pool rules owned by step 4, message delivery: the verification, MFA and invitation
//! message templates, the e-mail sender (Cognito or Amazon SES) and the SMS sender (an SNS role
//! or AWS End User Messaging). `CreateUserPool` and `UpdateUserPool` send them alike; the SMS
//! sender's checks also serve `SetUserPoolMfaConfig`'s copy of it (see [`SmsRules`]).

use aws_sdk_cognitoidentityprovider::types::{
    EmailConfigurationType, EmailSendingAccountType, EumsSmsConfigurationType, MessageTemplateType,
    SmsConfigurationType, VerificationMessageTemplateType,
};
use regex::Regex;

use crate::validate::check::{
    ARN, At, JAVA_DOT, Pattern, Report, SUBJECT, length_problem, pattern, quote,
};
use crate::validate::shapes::{POOL, PoolRequest};
use crate::validate::{Operation, Rule, Step};

const fn rule(
    code: &'static str,
    operations: &'static [Operation],
    path: &'static str,
    label: &'static str,
) -> Rule {
    Rule::new(code, Step::Messaging, operations, path, label)
}

// ---- Verification and MFA messages ----------------------------------------------------------

/// `SmsVerificationMessage` (legacy twin of the template's SMS message): 6..140, one line with
/// `{####}` (SR-003 is the model pattern itself).
static SMS_VERIFICATION_MESSAGE: Rule = rule(
    "sms-verification-message",
    POOL,
    "SmsVerificationMessage",
    "Verification SMS message",
)
.semantic("SR-003");

/// `VerificationMessageTemplate.SmsMessage`: as `SmsVerificationMessage`.
static TEMPLATE_SMS_MESSAGE: Rule = rule(
    "verification-template-sms-message",
    POOL,
    "VerificationMessageTemplate.SmsMessage",
    "Verification SMS message",
)
.semantic("SR-003");

/// `SmsAuthenticationMessage` (the SMS MFA code): as `SmsVerificationMessage`.
static SMS_AUTHENTICATION_MESSAGE: Rule = rule(
    "sms-authentication-message",
    POOL,
    "SmsAuthenticationMessage",
    "MFA SMS message",
)
.semantic("SR-003");

/// `EmailVerificationMessage` (legacy twin of the template's e-mail message): 6..20000,
/// printable text with `{####}` (SR-001 is the model pattern itself).
static EMAIL_VERIFICATION_MESSAGE: Rule = rule(
    "email-verification-message",
    POOL,
    "EmailVerificationMessage",
    "Verification email message",
)
.semantic("SR-001");

/// `VerificationMessageTemplate.EmailMessage`: as `EmailVerificationMessage`.
static TEMPLATE_EMAIL_MESSAGE: Rule = rule(
    "verification-template-email-message",
    POOL,
    "VerificationMessageTemplate.EmailMessage",
    "Verification email message",
)
.semantic("SR-001");

/// `EmailVerificationSubject`: 1..140, printable text.
static EMAIL_VERIFICATION_SUBJECT: Rule = rule(
    "email-verification-subject",
    POOL,
    "EmailVerificationSubject",
    "Verification email subject",
);

/// `VerificationMessageTemplate.EmailSubject`: 1..140, printable text.
static TEMPLATE_EMAIL_SUBJECT: Rule = rule(
    "verification-template-email-subject",
    POOL,
    "VerificationMessageTemplate.EmailSubject",
    "Verification email subject",
);

/// `VerificationMessageTemplate.EmailMessageByLink`: 6..20000 and the model pattern (printable
/// text with a `{##...##}` placeholder).
static TEMPLATE_EMAIL_MESSAGE_BY_LINK: Rule = rule(
    "verification-template-email-message-by-link",
    POOL,
    "VerificationMessageTemplate.EmailMessageByLink",
    "Verification email message (link)",
);

/// SR-002: the model pattern accepts `{####}` as a link placeholder with empty text; the
/// service does not.
static EMAIL_MESSAGE_BY_LINK_NEEDS_LINK_TEXT: Rule = rule(
    "email-message-by-link-needs-link-text",
    POOL,
    "VerificationMessageTemplate.EmailMessageByLink",
    "Verification email message (link)",
)
.semantic("SR-002");

/// `VerificationMessageTemplate.EmailSubjectByLink`: 1..140, printable text.
static TEMPLATE_EMAIL_SUBJECT_BY_LINK: Rule = rule(
    "verification-template-email-subject-by-link",
    POOL,
    "VerificationMessageTemplate.EmailSubjectByLink",
    "Verification email subject (link)",
);

/// `VerificationMessageTemplate.DefaultEmailOption` enum. Whether the matching body is given
/// (SR-006/007/008) and the sender (SR-005, contradicted) are not checked.
static TEMPLATE_DEFAULT_EMAIL_OPTION: Rule = rule(
    "verification-template-default-email-option",
    POOL,
    "VerificationMessageTemplate.DefaultEmailOption",
    "Verification type",
);

// ---- Invitation messages --------------------------------------------------------------------

/// `AdminCreateUserConfig.InviteMessageTemplate.SMSMessage`: 6..140 (the model pattern
/// `(?s).*` accepts everything).
static INVITE_SMS_MESSAGE: Rule = rule(
    "invite-sms-message",
    POOL,
    "AdminCreateUserConfig.InviteMessageTemplate.SMSMessage",
    "Invitation SMS message",
);

/// SR-004: the SMS invitation carries both the user name and the temporary password.
static INVITE_SMS_MESSAGE_PLACEHOLDERS: Rule = rule(
    "invite-sms-message-placeholders",
    POOL,
    "AdminCreateUserConfig.InviteMessageTemplate.SMSMessage",
    "Invitation SMS message",
)
.semantic("SR-004");

/// `AdminCreateUserConfig.InviteMessageTemplate.EmailMessage`: 6..20000, printable text.
static INVITE_EMAIL_MESSAGE: Rule = rule(
    "invite-email-message",
    POOL,
    "AdminCreateUserConfig.InviteMessageTemplate.EmailMessage",
    "Invitation email message",
);

/// SR-004: the e-mail invitation carries `{username}`. `{####}` is not required here (sources
/// conflict for e-mail).
static INVITE_EMAIL_MESSAGE_USERNAME: Rule = rule(
    "invite-email-message-username",
    POOL,
    "AdminCreateUserConfig.InviteMessageTemplate.EmailMessage",
    "Invitation email message",
)
.semantic("SR-004");

/// `AdminCreateUserConfig.InviteMessageTemplate.EmailSubject`: 1..140, printable text.
static INVITE_EMAIL_SUBJECT: Rule = rule(
    "invite-email-subject",
    POOL,
    "AdminCreateUserConfig.InviteMessageTemplate.EmailSubject",
    "Invitation email subject",
);

// ---- E-mail sender --------------------------------------------------------------------------

/// `EmailConfiguration.SourceArn`: an ARN, 20..2048.
static EMAIL_SOURCE_ARN: Rule = rule(
    "email-source-arn",
    POOL,
    "EmailConfiguration.SourceArn",
    "FROM email address (SES identity ARN)",
);

/// `EmailConfiguration.ReplyToEmailAddress`: the model's `x@y` pattern.
static EMAIL_REPLY_TO: Rule = rule(
    "email-reply-to-address",
    POOL,
    "EmailConfiguration.ReplyToEmailAddress",
    "REPLY-TO email address",
);

/// `EmailConfiguration.EmailSendingAccount` enum.
static EMAIL_SENDING_ACCOUNT: Rule = rule(
    "email-sending-account",
    POOL,
    "EmailConfiguration.EmailSendingAccount",
    "Email provider",
);

/// `EmailConfiguration.From`: at most 131072 characters.
static EMAIL_FROM: Rule = rule(
    "email-from",
    POOL,
    "EmailConfiguration.From",
    "FROM sender name",
);

/// `EmailConfiguration.ConfigurationSet`: 1..64 of `[a-zA-Z0-9_-]`.
static EMAIL_CONFIGURATION_SET: Rule = rule(
    "email-configuration-set",
    POOL,
    "EmailConfiguration.ConfigurationSet",
    "Configuration set",
);

/// SR-020: sending through your own SES account needs the SES identity.
static DEVELOPER_EMAIL_NEEDS_SOURCE_ARN: Rule = rule(
    "developer-email-needs-source-arn",
    POOL,
    "EmailConfiguration.SourceArn",
    "FROM email address (SES identity ARN)",
)
.semantic("SR-020");

/// SR-021: a FROM address only with `DEVELOPER` (absent means `COGNITO_DEFAULT`).
static EMAIL_FROM_NEEDS_DEVELOPER: Rule = rule(
    "email-from-needs-developer",
    POOL,
    "EmailConfiguration.From",
    "FROM sender name",
)
.semantic("SR-021");

/// SR-022: `From` is an address or a display name with an address in angle brackets.
static EMAIL_FROM_ADDRESS: Rule = rule(
    "email-from-address",
    POOL,
    "EmailConfiguration.From",
    "FROM sender name",
)
.semantic("SR-022");

// ---- SMS sender -----------------------------------------------------------------------------

/// `SmsConfiguration.SnsCallerArn`: empty or an ARN, at most 2048.
static SMS_SNS_CALLER_ARN: Rule = rule(
    "sms-sns-caller-arn",
    POOL,
    "SmsConfiguration.SnsCallerArn",
    "IAM role ARN",
);

/// `SmsConfiguration.ExternalId`: at most 131072.
static SMS_EXTERNAL_ID: Rule = rule(
    "sms-external-id",
    POOL,
    "SmsConfiguration.ExternalId",
    "External ID",
);

/// `SmsConfiguration.SnsRegion`: 5..32 (whether it is the pool's region is SR-015, context).
static SMS_SNS_REGION: Rule = rule(
    "sms-sns-region",
    POOL,
    "SmsConfiguration.SnsRegion",
    "SNS Region",
);

/// `SmsConfiguration.EumsSms.CallerArn`: an ARN, 20..2048.
static SMS_EUMS_CALLER_ARN: Rule = rule(
    "sms-eums-caller-arn",
    POOL,
    "SmsConfiguration.EumsSms.CallerArn",
    "End User Messaging IAM role ARN",
);

/// `SmsConfiguration.EumsSms.ExternalId`: at most 131072.
static SMS_EUMS_EXTERNAL_ID: Rule = rule(
    "sms-eums-external-id",
    POOL,
    "SmsConfiguration.EumsSms.ExternalId",
    "End User Messaging external ID",
);

/// `SmsConfiguration.EumsSms.OriginationIdentity`: at most 131072.
static SMS_EUMS_ORIGINATION_IDENTITY: Rule = rule(
    "sms-eums-origination-identity",
    POOL,
    "SmsConfiguration.EumsSms.OriginationIdentity",
    "Origination identity",
);

/// `SmsConfiguration.EumsSms.ConfigurationSetName`: at most 131072.
static SMS_EUMS_CONFIGURATION_SET_NAME: Rule = rule(
    "sms-eums-configuration-set-name",
    POOL,
    "SmsConfiguration.EumsSms.ConfigurationSetName",
    "End User Messaging configuration set",
);

/// `SmsConfiguration.EumsSms.InEntityId`: at most 131072.
static SMS_EUMS_IN_ENTITY_ID: Rule = rule(
    "sms-eums-in-entity-id",
    POOL,
    "SmsConfiguration.EumsSms.InEntityId",
    "Entity ID (India)",
);

/// `SmsConfiguration.EumsSms.InTemplateId`: at most 131072.
static SMS_EUMS_IN_TEMPLATE_ID: Rule = rule(
    "sms-eums-in-template-id",
    POOL,
    "SmsConfiguration.EumsSms.InTemplateId",
    "Template ID (India)",
);

/// `SmsConfiguration.EumsSms.Region`: 5..32.
static SMS_EUMS_REGION: Rule = rule(
    "sms-eums-region",
    POOL,
    "SmsConfiguration.EumsSms.Region",
    "End User Messaging Region",
);

/// SR-014: exactly one sender, a non-empty `SnsCallerArn` or `EumsSms`.
static SMS_NEEDS_ONE_SENDER: Rule = rule(
    "sms-needs-one-sender",
    POOL,
    "SmsConfiguration",
    "SMS configuration",
)
.semantic("SR-014");

/// The rules of one `SmsConfigurationType`, for the wire path it sits at: `SmsConfiguration` in
/// a pool request, `SmsMfaConfiguration.SmsConfiguration` in `SetUserPoolMfaConfig`.
pub(crate) struct SmsRules {
    /// The structure's own path, for messages.
    pub(crate) path: &'static str,
    pub(crate) sns_caller_arn: &'static Rule,
    pub(crate) external_id: &'static Rule,
    pub(crate) sns_region: &'static Rule,
    pub(crate) eums_caller_arn: &'static Rule,
    pub(crate) eums_external_id: &'static Rule,
    pub(crate) eums_origination_identity: &'static Rule,
    pub(crate) eums_configuration_set_name: &'static Rule,
    pub(crate) eums_in_entity_id: &'static Rule,
    pub(crate) eums_in_template_id: &'static Rule,
    pub(crate) eums_region: &'static Rule,
    /// SR-014.
    pub(crate) one_sender: &'static Rule,
}

/// The pool's SMS sender.
static POOL_SMS: SmsRules = SmsRules {
    path: "SmsConfiguration",
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

/// Every rule of this step, for the catalog.
pub(crate) static RULES: &[&Rule] = &[
    &SMS_VERIFICATION_MESSAGE,
    &TEMPLATE_SMS_MESSAGE,
    &SMS_AUTHENTICATION_MESSAGE,
    &EMAIL_VERIFICATION_MESSAGE,
    &TEMPLATE_EMAIL_MESSAGE,
    &EMAIL_VERIFICATION_SUBJECT,
    &TEMPLATE_EMAIL_SUBJECT,
    &TEMPLATE_EMAIL_MESSAGE_BY_LINK,
    &EMAIL_MESSAGE_BY_LINK_NEEDS_LINK_TEXT,
    &TEMPLATE_EMAIL_SUBJECT_BY_LINK,
    &TEMPLATE_DEFAULT_EMAIL_OPTION,
    &INVITE_SMS_MESSAGE,
    &INVITE_SMS_MESSAGE_PLACEHOLDERS,
    &INVITE_EMAIL_MESSAGE,
    &INVITE_EMAIL_MESSAGE_USERNAME,
    &INVITE_EMAIL_SUBJECT,
    &EMAIL_SOURCE_ARN,
    &EMAIL_REPLY_TO,
    &EMAIL_SENDING_ACCOUNT,
    &EMAIL_FROM,
    &EMAIL_CONFIGURATION_SET,
    &DEVELOPER_EMAIL_NEEDS_SOURCE_ARN,
    &EMAIL_FROM_NEEDS_DEVELOPER,
    &EMAIL_FROM_ADDRESS,
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

// ---- Patterns -------------------------------------------------------------------------------

/// `SmsVerificationMessageType`: `.` is Java's, so the message is one line.
static SMS_VERIFICATION: Pattern = Pattern::new(r".*\{####\}.*", || {
    Regex::new(&format!(r"^(?:{JAVA_DOT}*\{{####\}}{JAVA_DOT}*)$")).expect("pattern compiles")
});

pattern!(
    /// `EmailVerificationMessageType` (`\s` is ASCII in the service's regex flavour).
    EMAIL_VERIFICATION = r"[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*\{####\}[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*"
        => r"[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\x0B\x0C\r *]*\{####\}[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\x0B\x0C\r *]*"
);

pattern!(
    /// `EmailVerificationMessageByLinkType`.
    EMAIL_BY_LINK = r"[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*\{##[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*##\}[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*"
        => r"[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\x0B\x0C\r *]*\{##[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\x0B\x0C\r *]*##\}[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\x0B\x0C\r *]*"
);

pattern!(
    /// `EmailInviteMessageType`.
    EMAIL_INVITE = r"[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*"
        => r"[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\x0B\x0C\r *]*"
);

pattern!(
    /// One character of the e-mail body patterns above, to name the first one they refuse.
    EMAIL_CHAR = r"[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]"
        => r"[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\x0B\x0C\r *]"
);

pattern!(
    /// `EmailAddressType`.
    EMAIL_ADDRESS = r"[\p{L}\p{M}\p{S}\p{N}\p{P}]+@[\p{L}\p{M}\p{S}\p{N}\p{P}]+"
        => r"[\p{L}\p{M}\p{S}\p{N}\p{P}]+@[\p{L}\p{M}\p{S}\p{N}\p{P}]+"
);

pattern!(
    /// `SESConfigurationSet`.
    CONFIGURATION_SET = r"^[a-zA-Z0-9_-]+$" => r"[a-zA-Z0-9_-]+"
);

/// The model's limit of `StringType` members.
const STRING_MAX: usize = 131_072;

// ---- Checks ---------------------------------------------------------------------------------

/// Checks this step's members of a `CreateUserPool` or `UpdateUserPool` request.
pub(crate) fn check(input: PoolRequest<'_>, report: &mut Report) {
    if let Some(message) = input.sms_verification_message() {
        sms_verification(report, &SMS_VERIFICATION_MESSAGE, message);
    }
    if let Some(message) = input.sms_authentication_message() {
        sms_verification(report, &SMS_AUTHENTICATION_MESSAGE, message);
    }
    if let Some(message) = input.email_verification_message() {
        email_verification(report, &EMAIL_VERIFICATION_MESSAGE, message);
    }
    if let Some(subject) = input.email_verification_subject() {
        report.text(
            &EMAIL_VERIFICATION_SUBJECT,
            At::Path,
            subject,
            1,
            140,
            &SUBJECT,
        );
    }
    if let Some(template) = input.verification_message_template() {
        verification_template(template, report);
    }
    if let Some(template) = input
        .admin_create_user_config()
        .and_then(|c| c.invite_message_template())
    {
        invitation(template, report);
    }
    if let Some(email) = input.email_configuration() {
        email_configuration(email, report);
    }
    if let Some(sms) = input.sms_configuration() {
        sms_configuration(sms, &POOL_SMS, report);
    }
}

fn verification_template(template: &VerificationMessageTemplateType, report: &mut Report) {
    if let Some(message) = template.sms_message() {
        sms_verification(report, &TEMPLATE_SMS_MESSAGE, message);
    }
    if let Some(message) = template.email_message() {
        email_verification(report, &TEMPLATE_EMAIL_MESSAGE, message);
    }
    if let Some(subject) = template.email_subject() {
        report.text(&TEMPLATE_EMAIL_SUBJECT, At::Path, subject, 1, 140, &SUBJECT);
    }
    if let Some(message) = template.email_message_by_link() {
        text(
            report,
            &TEMPLATE_EMAIL_MESSAGE_BY_LINK,
            message,
            20_000,
            &EMAIL_BY_LINK,
            |m| match first_refused(m, &EMAIL_CHAR) {
                Some(c) => refused_char(c),
                None => "no {##link text##} placeholder".to_owned(),
            },
        );
        // SR-002, only once the model pattern holds so one mistake is reported once.
        if EMAIL_BY_LINK.matches(message) && !has_link_text(message) {
            report.fail(
                &EMAIL_MESSAGE_BY_LINK_NEEDS_LINK_TEXT,
                At::Path,
                format!(
                    "must contain a link placeholder with its text, e.g. {{##Verify email##}} \
                     ({{####}} is the code placeholder), got {}",
                    quote(message)
                ),
            );
        }
    }
    if let Some(subject) = template.email_subject_by_link() {
        report.text(
            &TEMPLATE_EMAIL_SUBJECT_BY_LINK,
            At::Path,
            subject,
            1,
            140,
            &SUBJECT,
        );
    }
    if let Some(option) = template.default_email_option() {
        report.one_of(
            &TEMPLATE_DEFAULT_EMAIL_OPTION,
            At::Path,
            option.as_str(),
            &["CONFIRM_WITH_LINK", "CONFIRM_WITH_CODE"],
        );
    }
}

fn invitation(template: &MessageTemplateType, report: &mut Report) {
    if let Some(message) = template.sms_message() {
        // The model pattern `(?s).*` matches every string: only the length is checked.
        report.length(&INVITE_SMS_MESSAGE, At::Path, message, 6, 140);
        let missing: &[&str] = match (message.contains("{username}"), message.contains("{####}")) {
            (true, true) => &[],
            (false, true) => &["{username}"],
            (true, false) => &["{####}"],
            (false, false) => &["{username}", "{####}"],
        };
        if !missing.is_empty() {
            report.fail(
                &INVITE_SMS_MESSAGE_PLACEHOLDERS,
                At::Path,
                format!(
                    "must contain the user name {{username}} and the temporary password {{####}}; \
                     missing {}, got {}",
                    missing.join(" and "),
                    quote(message)
                ),
            );
        }
    }
    if let Some(message) = template.email_message() {
        text(
            report,
            &INVITE_EMAIL_MESSAGE,
            message,
            20_000,
            &EMAIL_INVITE,
            |m| {
                first_refused(m, &EMAIL_CHAR)
                    .map_or_else(|| "a character is not allowed".to_owned(), refused_char)
            },
        );
        if !message.contains("{username}") {
            report.fail(
                &INVITE_EMAIL_MESSAGE_USERNAME,
                At::Path,
                format!(
                    "must contain the user name placeholder {{username}}, got {}",
                    quote(message)
                ),
            );
        }
    }
    if let Some(subject) = template.email_subject() {
        report.text(&INVITE_EMAIL_SUBJECT, At::Path, subject, 1, 140, &SUBJECT);
    }
}

fn email_configuration(email: &EmailConfigurationType, report: &mut Report) {
    if let Some(arn) = email.source_arn() {
        report.text(&EMAIL_SOURCE_ARN, At::Path, arn, 20, 2048, &ARN);
    }
    if let Some(address) = email.reply_to_email_address() {
        report.pattern(&EMAIL_REPLY_TO, At::Path, address, &EMAIL_ADDRESS);
    }
    let account = email
        .email_sending_account()
        .map(EmailSendingAccountType::as_str);
    if let Some(account) = account {
        report.one_of(
            &EMAIL_SENDING_ACCOUNT,
            At::Path,
            account,
            &["COGNITO_DEFAULT", "DEVELOPER"],
        );
    }
    if let Some(set) = email.configuration_set() {
        report.text(
            &EMAIL_CONFIGURATION_SET,
            At::Path,
            set,
            1,
            64,
            &CONFIGURATION_SET,
        );
    }
    if account == Some("DEVELOPER") && email.source_arn().is_none() {
        report.fail(
            &DEVELOPER_EMAIL_NEEDS_SOURCE_ARN,
            At::Path,
            "EmailConfiguration.EmailSendingAccount DEVELOPER needs EmailConfiguration.SourceArn, \
             the ARN of a verified Amazon SES identity",
        );
    }
    if let Some(from) = email.from() {
        report.length(&EMAIL_FROM, At::Path, from, 0, STRING_MAX);
        // An unlisted account is the enum rule's to report.
        if matches!(account, None | Some("COGNITO_DEFAULT")) {
            report.fail(
                &EMAIL_FROM_NEEDS_DEVELOPER,
                At::Path,
                format!(
                    "EmailConfiguration.From can only be set with EmailConfiguration.EmailSendingAccount \
                     DEVELOPER, got {}",
                    account.unwrap_or("no EmailSendingAccount (COGNITO_DEFAULT)")
                ),
            );
        }
        if !is_from_address(from) {
            report.fail(
                &EMAIL_FROM_ADDRESS,
                At::Path,
                format!(
                    "must be an e-mail address (noreply@example.com) or a name with the address in \
                     angle brackets (Example Corp <noreply@example.com>), got {}",
                    quote(from)
                ),
            );
        }
    }
}

/// Checks an SMS sender against the rules for its path.
pub(crate) fn sms_configuration(sms: &SmsConfigurationType, rules: &SmsRules, report: &mut Report) {
    // The SDK always sends `SnsCallerArn`; "" is the optional ARN's empty form.
    let sns_caller_arn = sms.sns_caller_arn();
    if !sns_caller_arn.is_empty() {
        report.text(
            rules.sns_caller_arn,
            At::Path,
            sns_caller_arn,
            0,
            2048,
            &ARN,
        );
    }
    if let Some(id) = sms.external_id() {
        report.length(rules.external_id, At::Path, id, 0, STRING_MAX);
    }
    if let Some(region) = sms.sns_region() {
        report.length(rules.sns_region, At::Path, region, 5, 32);
    }
    if let Some(eums) = sms.eums_sms() {
        eums_sms(eums, rules, report);
    }
    let path = rules.path;
    match (!sns_caller_arn.is_empty(), sms.eums_sms().is_some()) {
        (true, true) => report.fail(
            rules.one_sender,
            At::Path,
            format!("give either {path}.SnsCallerArn or {path}.EumsSms, not both"),
        ),
        (false, false) => report.fail(
            rules.one_sender,
            At::Path,
            format!(
                "needs a sender: {path}.SnsCallerArn (an IAM role for Amazon SNS) or \
                 {path}.EumsSms (AWS End User Messaging)"
            ),
        ),
        _ => {}
    }
}

fn eums_sms(eums: &EumsSmsConfigurationType, rules: &SmsRules, report: &mut Report) {
    report.text(
        rules.eums_caller_arn,
        At::Path,
        eums.caller_arn(),
        20,
        2048,
        &ARN,
    );
    for (rule, value) in [
        (rules.eums_external_id, eums.external_id()),
        (rules.eums_origination_identity, eums.origination_identity()),
        (
            rules.eums_configuration_set_name,
            eums.configuration_set_name(),
        ),
        (rules.eums_in_entity_id, eums.in_entity_id()),
        (rules.eums_in_template_id, eums.in_template_id()),
    ] {
        if let Some(value) = value {
            report.length(rule, At::Path, value, 0, STRING_MAX);
        }
    }
    if let Some(region) = eums.region() {
        report.length(rules.eums_region, At::Path, region, 5, 32);
    }
}

/// One message per value: the length problem, else the pattern problem with `why` it failed.
fn text(
    report: &mut Report,
    rule: &'static Rule,
    value: &str,
    max: usize,
    pattern: &Pattern,
    why: fn(&str) -> String,
) {
    // Every message template's minimum is 6 characters.
    if let Some(problem) = length_problem(value, 6, max) {
        report.fail(rule, At::Path, problem);
    } else if !pattern.matches(value) {
        report.fail(
            rule,
            At::Path,
            format!(
                "must match {} ({}), got {}",
                pattern.source,
                why(value),
                quote(value)
            ),
        );
    }
}

/// `SmsVerificationMessageType`: 6..140, one line containing `{####}`.
pub(crate) fn sms_verification(report: &mut Report, rule: &'static Rule, message: &str) {
    text(report, rule, message, 140, &SMS_VERIFICATION, |m| {
        if m.contains("{####}") {
            "line breaks are not allowed".to_owned()
        } else {
            "no {####} code placeholder".to_owned()
        }
    });
}

/// `EmailVerificationMessageType`: 6..20000, printable text containing `{####}`.
fn email_verification(report: &mut Report, rule: &'static Rule, message: &str) {
    text(
        report,
        rule,
        message,
        20_000,
        &EMAIL_VERIFICATION,
        |m| match first_refused(m, &EMAIL_CHAR) {
            Some(c) => refused_char(c),
            None => "no {####} code placeholder".to_owned(),
        },
    );
}

/// The first character a one-character class refuses.
fn first_refused(value: &str, class: &Pattern) -> Option<char> {
    let mut buf = [0; 4];
    value
        .chars()
        .find(|c| !class.matches(c.encode_utf8(&mut buf)))
}

fn refused_char(c: char) -> String {
    format!("U+{:04X} {c:?} is not allowed", u32::from(c))
}

/// SR-002: a `{##text##}` placeholder with non-empty text. The model pattern also accepts
/// `{####}` (`{##`, empty text, `##}`), which the service refuses for by-link bodies.
fn has_link_text(message: &str) -> bool {
    // Any later opening's closing also follows the first opening, so the first one decides.
    let Some(open) = message.find("{##") else {
        return false;
    };
    let after = &message[open + 3..];
    match after.find("##}") {
        // `{####}`: the text is empty here, but a later `##}` closes a non-empty text. Byte 1 is
        // a boundary: `after` starts with `#`.
        Some(0) => after[1..].contains("##}"),
        Some(_) => true,
        None => false,
    }
}

/// SR-022: `local@domain` or `Display Name <local@domain>`.
///
/// Deliberately lenient, so nothing SES accepts is refused: any display name (plain, quoted,
/// or RFC 2047 encoded) before the angle brackets; an address of a non-empty local part without
/// white space or brackets and a dotted domain. Refused are what the service was seen to refuse
/// (`name <address` without `>`, `name <example.com>` without a local part) and non-addresses.
fn is_from_address(from: &str) -> bool {
    let from = from.trim_matches(|c: char| c.is_ascii_whitespace());
    match from.strip_suffix('>') {
        Some(rest) => match rest.rfind('<') {
            Some(open) => {
                let (name, address) = (&rest[..open], &rest[open + 1..]);
                is_display_name(name) && is_address(address)
            }
            None => false,
        },
        None => is_address(from),
    }
}

/// A display name: balanced double quotes, and no angle brackets outside them.
fn is_display_name(name: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for c in name.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            '<' | '>' if !quoted => return false,
            _ => {}
        }
    }
    !quoted
}

/// `local@domain.tld`: one `@`, no white space, control characters or specials that end an
/// address; every domain label non-empty and at least two labels.
fn is_address(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    let plain = |s: &str| {
        !s.is_empty()
            && !s.chars().any(|c| {
                c.is_whitespace() || c.is_control() || matches!(c, '@' | '<' | '>' | ',' | ';')
            })
    };
    plain(local)
        && plain(domain)
        && domain.contains('.')
        && domain.split('.').all(|label| !label.is_empty())
}

#[cfg(test)]
#[expect(clippy::too_many_lines, reason = "one table of cases")]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    use crate::validate::cases::{Case, case, pool};
    use aws_sdk_cognitoidentityprovider::operation::create_user_pool::builders::CreateUserPoolInputBuilder as Pool;
    use aws_sdk_cognitoidentityprovider::types::{
        AdminCreateUserConfigType, DefaultEmailOptionType, EmailSendingAccountType,
    };

    /// A member under test: the rule, its path, and how to put a value into a request.
    type Member<'a> = (&'static Rule, &'static str, &'a dyn Fn(&str) -> Pool);

    const SES: &str = "arn:aws:ses:us-east-1:123456789012:identity/example.com";
    const ROLE: &str = "arn:aws:iam::123456789012:role/sms-role";
    /// A valid ARN of exactly `n` characters (`n >= 12`).
    fn arn(n: usize) -> String {
        format!("arn:a:b::1:{}", "c".repeat(n.saturating_sub(11)))
    }
    /// `text` padded with `x` to `n` characters.
    fn pad(text: &str, n: usize) -> String {
        format!(
            "{text}{}",
            "x".repeat(n.saturating_sub(text.chars().count()))
        )
    }

    let sms_verification = |m: &str| pool().sms_verification_message(m);
    let sms_authentication = |m: &str| pool().sms_authentication_message(m);
    let template = |f: fn(
        aws_sdk_cognitoidentityprovider::types::builders::VerificationMessageTemplateTypeBuilder,
    ) -> aws_sdk_cognitoidentityprovider::types::builders::VerificationMessageTemplateTypeBuilder| {
        pool().verification_message_template(f(VerificationMessageTemplateType::builder()).build())
    };
    let tpl_sms = |m: &str| {
        pool().verification_message_template(
            VerificationMessageTemplateType::builder()
                .sms_message(m)
                .build(),
        )
    };
    let tpl_email = |m: &str| {
        pool().verification_message_template(
            VerificationMessageTemplateType::builder()
                .email_message(m)
                .build(),
        )
    };
    let tpl_subject = |m: &str| {
        pool().verification_message_template(
            VerificationMessageTemplateType::builder()
                .email_subject(m)
                .build(),
        )
    };
    let tpl_by_link = |m: &str| {
        pool().verification_message_template(
            VerificationMessageTemplateType::builder()
                .email_message_by_link(m)
                .build(),
        )
    };
    let tpl_subject_by_link = |m: &str| {
        pool().verification_message_template(
            VerificationMessageTemplateType::builder()
                .email_subject_by_link(m)
                .build(),
        )
    };
    let tpl_option = |o: DefaultEmailOptionType| {
        pool().verification_message_template(
            VerificationMessageTemplateType::builder()
                .default_email_option(o)
                .build(),
        )
    };
    let email_verification = |m: &str| pool().email_verification_message(m);
    let email_subject = |m: &str| pool().email_verification_subject(m);
    let invite = |t: MessageTemplateType| {
        pool().admin_create_user_config(
            AdminCreateUserConfigType::builder()
                .invite_message_template(t)
                .build(),
        )
    };
    let invite_sms = |m: &str| invite(MessageTemplateType::builder().sms_message(m).build());
    let invite_email = |m: &str| invite(MessageTemplateType::builder().email_message(m).build());
    let invite_subject = |m: &str| invite(MessageTemplateType::builder().email_subject(m).build());
    let email = |e: EmailConfigurationType| pool().email_configuration(e);
    let ses = || {
        EmailConfigurationType::builder()
            .email_sending_account(EmailSendingAccountType::Developer)
            .source_arn(SES)
    };
    let from = |f: &str| email(ses().from(f).build());
    let sms = |s: SmsConfigurationType| pool().sms_configuration(s);
    let sns = || SmsConfigurationType::builder().sns_caller_arn(ROLE);
    let eums = |f: fn(
        aws_sdk_cognitoidentityprovider::types::builders::EumsSmsConfigurationTypeBuilder,
    ) -> aws_sdk_cognitoidentityprovider::types::builders::EumsSmsConfigurationTypeBuilder| {
        sms(SmsConfigurationType::builder()
            .eums_sms(
                f(EumsSmsConfigurationType::builder().caller_arn(ROLE))
                    .build()
                    .expect("caller_arn is set"),
            )
            .build())
    };
    let eums_arn = |a: &str| {
        sms(SmsConfigurationType::builder()
            .eums_sms(
                EumsSmsConfigurationType::builder()
                    .caller_arn(a)
                    .build()
                    .expect("caller_arn is set"),
            )
            .build())
    };
    let long = "x".repeat(STRING_MAX);
    let too_long = "x".repeat(STRING_MAX + 1);

    // SMS verification-style messages: 6..140, one line with `{####}`.
    let mut cases: Vec<Case> = Vec::new();
    let table: [Member; 3] = [
        (
            &SMS_VERIFICATION_MESSAGE,
            "SmsVerificationMessage",
            &sms_verification,
        ),
        (
            &TEMPLATE_SMS_MESSAGE,
            "VerificationMessageTemplate.SmsMessage",
            &tpl_sms,
        ),
        (
            &SMS_AUTHENTICATION_MESSAGE,
            "SmsAuthenticationMessage",
            &sms_authentication,
        ),
    ];
    for (rule, path, build) in table {
        cases.extend([
            // 6 is exactly `{####}`; no 5-character message holds the placeholder.
            case(rule.code, path, build("{####}"), build("{###}")),
            case(
                rule.code,
                path,
                build(&pad("{####}", 140)),
                build(&pad("{####}", 141)),
            ),
            case(
                rule.code,
                path,
                build("Your code is {####}"),
                build("Your code is ####"),
            ),
            // Java's `.` takes a tab but no line terminator.
            case(
                rule.code,
                path,
                build("Code:\t{####}"),
                build("Code:\n{####}"),
            ),
            case(
                rule.code,
                path,
                build("{####} é ✓"),
                build("{####}\u{2028}"),
            ),
        ]);
    }

    // E-mail verification messages: 6..20000, printable text with `{####}`.
    let table: [Member; 2] = [
        (
            &EMAIL_VERIFICATION_MESSAGE,
            "EmailVerificationMessage",
            &email_verification,
        ),
        (
            &TEMPLATE_EMAIL_MESSAGE,
            "VerificationMessageTemplate.EmailMessage",
            &tpl_email,
        ),
    ];
    for (rule, path, build) in table {
        cases.extend([
            case(rule.code, path, build("{####}"), build("{###}")),
            case(
                rule.code,
                path,
                build(&pad("{####}", 20_000)),
                build(&pad("{####}", 20_001)),
            ),
            case(
                rule.code,
                path,
                build("Your code is {####}"),
                build("Your code is ####"),
            ),
            // ASCII white space (line breaks too) is allowed; a no-break space is not.
            case(
                rule.code,
                path,
                build("<p>Hello,</p>\r\n<p>code: {####}</p>"),
                build("Code:\u{a0}{####}"),
            ),
        ]);
    }

    // Subjects: 1..140, printable text.
    let table: [Member; 4] = [
        (
            &EMAIL_VERIFICATION_SUBJECT,
            "EmailVerificationSubject",
            &email_subject,
        ),
        (
            &TEMPLATE_EMAIL_SUBJECT,
            "VerificationMessageTemplate.EmailSubject",
            &tpl_subject,
        ),
        (
            &TEMPLATE_EMAIL_SUBJECT_BY_LINK,
            "VerificationMessageTemplate.EmailSubjectByLink",
            &tpl_subject_by_link,
        ),
        (
            &INVITE_EMAIL_SUBJECT,
            "AdminCreateUserConfig.InviteMessageTemplate.EmailSubject",
            &invite_subject,
        ),
    ];
    for (rule, path, build) in table {
        cases.extend([
            case(rule.code, path, build("V"), build("")),
            case(rule.code, path, build(&pad("", 140)), build(&pad("", 141))),
            case(
                rule.code,
                path,
                build("Your verification code ✓"),
                build("Your\u{a0}verification code"),
            ),
            case(
                rule.code,
                path,
                build("Welcome\tto é"),
                build("Welcome\u{7}"),
            ),
        ]);
    }

    // By-link body: 6..20000, the model pattern, and SR-002.
    let by_link = TEMPLATE_EMAIL_MESSAGE_BY_LINK.code;
    let by_link_path = "VerificationMessageTemplate.EmailMessageByLink";
    cases.extend([
        // The only 6-character body the pattern takes is `{####}`, which SR-002 refuses: the
        // smallest accepted body has 7.
        case(
            by_link,
            by_link_path,
            tpl_by_link("{##a##}"),
            tpl_by_link("{##}#"),
        ),
        case(
            by_link,
            by_link_path,
            tpl_by_link(&pad("{##Verify##}", 20_000)),
            tpl_by_link(&pad("{##Verify##}", 20_001)),
        ),
        case(
            by_link,
            by_link_path,
            tpl_by_link("Please click {##Verify Email##}"),
            tpl_by_link("Please click the link"),
        ),
        case(
            by_link,
            by_link_path,
            tpl_by_link("Click\r\n{##here##}."),
            tpl_by_link("Click\u{a0}{##here##}"),
        ),
        case(
            EMAIL_MESSAGE_BY_LINK_NEEDS_LINK_TEXT.code,
            by_link_path,
            tpl_by_link("Verify: {##Verify##}"),
            tpl_by_link("Verify: {####}"),
        ),
        case(
            EMAIL_MESSAGE_BY_LINK_NEEDS_LINK_TEXT.code,
            by_link_path,
            tpl_by_link("{####} or {##click here##}"),
            tpl_by_link("{####}"),
        ),
        case(
            TEMPLATE_DEFAULT_EMAIL_OPTION.code,
            "VerificationMessageTemplate.DefaultEmailOption",
            tpl_option(DefaultEmailOptionType::ConfirmWithLink),
            tpl_option(DefaultEmailOptionType::from("BOGUS")),
        ),
        case(
            TEMPLATE_DEFAULT_EMAIL_OPTION.code,
            "VerificationMessageTemplate.DefaultEmailOption",
            tpl_option(DefaultEmailOptionType::ConfirmWithCode),
            tpl_option(DefaultEmailOptionType::from("confirm_with_code")),
        ),
        // SR-005 is contradicted: templates are accepted with the default sender. SR-006..008
        // are unconfirmed: both bodies and the legacy twins are accepted together.
        case(
            TEMPLATE_EMAIL_MESSAGE.code,
            "VerificationMessageTemplate.EmailMessage",
            template(|t| {
                t.email_message("Code {####}")
                    .email_subject("Code")
                    .email_message_by_link("{##Verify##}")
                    .email_subject_by_link("Verify")
                    .default_email_option(DefaultEmailOptionType::ConfirmWithLink)
            })
            .email_verification_message("Your code {####}")
            .email_configuration(
                EmailConfigurationType::builder()
                    .email_sending_account(EmailSendingAccountType::CognitoDefault)
                    .build(),
            ),
            template(|t| t.email_message("Code {##Verify##}")),
        ),
    ]);

    // Invitations: SMS 6..140 with `{username}` and `{####}`; e-mail 6..20000 with `{username}`.
    let invite_sms_path = "AdminCreateUserConfig.InviteMessageTemplate.SMSMessage";
    let invite_email_path = "AdminCreateUserConfig.InviteMessageTemplate.EmailMessage";
    cases.extend([
        // SR-004 needs 16 characters, so the accepted side cannot sit at 6.
        case(
            INVITE_SMS_MESSAGE.code,
            invite_sms_path,
            invite_sms("{username}{####}"),
            invite_sms("{###}"),
        ),
        case(
            INVITE_SMS_MESSAGE.code,
            invite_sms_path,
            invite_sms(&pad("{username} {####}", 140)),
            invite_sms(&pad("{username} {####}", 141)),
        ),
        case(
            INVITE_SMS_MESSAGE_PLACEHOLDERS.code,
            invite_sms_path,
            // `(?s).*`: line breaks are fine in invitations.
            invite_sms("User {username}\nPassword {####}"),
            invite_sms("User {username}, welcome"),
        ),
        case(
            INVITE_SMS_MESSAGE_PLACEHOLDERS.code,
            invite_sms_path,
            invite_sms("{####} is the password of {username}"),
            invite_sms("Your password is {####}"),
        ),
        case(
            INVITE_EMAIL_MESSAGE.code,
            invite_email_path,
            invite_email("{username}"),
            invite_email("{use"),
        ),
        case(
            INVITE_EMAIL_MESSAGE.code,
            invite_email_path,
            invite_email(&pad("{username} {####}", 20_000)),
            invite_email(&pad("{username} {####}", 20_001)),
        ),
        case(
            INVITE_EMAIL_MESSAGE.code,
            invite_email_path,
            invite_email("<b>Hi</b>\r\n{username}: {####} ✓"),
            invite_email("Hi\u{a0}{username}: {####}"),
        ),
        case(
            INVITE_EMAIL_MESSAGE_USERNAME.code,
            invite_email_path,
            // `{####}` in the e-mail invitation is doc-conflict: not required.
            invite_email("Welcome, {username}!"),
            invite_email("Your temporary password is {####}"),
        ),
    ]);

    // E-mail sender.
    let source_arn_path = "EmailConfiguration.SourceArn";
    let source_arn = |a: &str| email(EmailConfigurationType::builder().source_arn(a).build());
    let from_path = "EmailConfiguration.From";
    let set = |s: &str| {
        email(
            EmailConfigurationType::builder()
                .configuration_set(s)
                .build(),
        )
    };
    let set_path = "EmailConfiguration.ConfigurationSet";
    cases.extend([
        // SR-023: a SourceArn with the default sender is accepted.
        case(
            EMAIL_SOURCE_ARN.code,
            source_arn_path,
            source_arn(&arn(20)),
            source_arn(&arn(19)),
        ),
        case(
            EMAIL_SOURCE_ARN.code,
            source_arn_path,
            source_arn(&arn(2048)),
            source_arn(&arn(2049)),
        ),
        case(
            EMAIL_SOURCE_ARN.code,
            source_arn_path,
            source_arn(SES),
            source_arn("identity/noreply@example.com"),
        ),
        case(
            EMAIL_REPLY_TO.code,
            "EmailConfiguration.ReplyToEmailAddress",
            email(
                EmailConfigurationType::builder()
                    .reply_to_email_address("support@example.com")
                    .build(),
            ),
            email(
                EmailConfigurationType::builder()
                    .reply_to_email_address("support at example.com")
                    .build(),
            ),
        ),
        case(
            EMAIL_REPLY_TO.code,
            "EmailConfiguration.ReplyToEmailAddress",
            email(
                EmailConfigurationType::builder()
                    .reply_to_email_address("é@x")
                    .build(),
            ),
            email(
                EmailConfigurationType::builder()
                    .reply_to_email_address("support@")
                    .build(),
            ),
        ),
        case(
            EMAIL_SENDING_ACCOUNT.code,
            "EmailConfiguration.EmailSendingAccount",
            email(ses().build()),
            email(
                EmailConfigurationType::builder()
                    .email_sending_account(EmailSendingAccountType::from("BOGUS"))
                    .build(),
            ),
        ),
        case(
            EMAIL_FROM.code,
            from_path,
            // "@example.com" has 12 characters.
            from(&("x".repeat(STRING_MAX - 12) + "@example.com")),
            from(&("x".repeat(STRING_MAX - 11) + "@example.com")),
        ),
        case(EMAIL_CONFIGURATION_SET.code, set_path, set("a"), set("")),
        case(
            EMAIL_CONFIGURATION_SET.code,
            set_path,
            set(&pad("", 64)),
            set(&pad("", 65)),
        ),
        case(
            EMAIL_CONFIGURATION_SET.code,
            set_path,
            set("my-set_01"),
            set("my set"),
        ),
        case(
            DEVELOPER_EMAIL_NEEDS_SOURCE_ARN.code,
            source_arn_path,
            email(ses().build()),
            email(
                EmailConfigurationType::builder()
                    .email_sending_account(EmailSendingAccountType::Developer)
                    .from("noreply@example.com")
                    .build(),
            ),
        ),
        case(
            EMAIL_FROM_NEEDS_DEVELOPER.code,
            from_path,
            from("noreply@example.com"),
            email(
                EmailConfigurationType::builder()
                    .email_sending_account(EmailSendingAccountType::CognitoDefault)
                    .source_arn(SES)
                    .from("noreply@example.com")
                    .build(),
            ),
        ),
        case(
            EMAIL_FROM_NEEDS_DEVELOPER.code,
            from_path,
            from("Example <noreply@example.com>"),
            // An absent sending account is COGNITO_DEFAULT.
            email(
                EmailConfigurationType::builder()
                    .source_arn(SES)
                    .from("noreply@example.com")
                    .build(),
            ),
        ),
        case(
            EMAIL_FROM_ADDRESS.code,
            from_path,
            from("noreply@example.com"),
            from("noreply"),
        ),
        case(
            EMAIL_FROM_ADDRESS.code,
            from_path,
            from("Example Corp <noreply@example.com>"),
            from("Example Corp <noreply@example.com"),
        ),
        case(
            EMAIL_FROM_ADDRESS.code,
            from_path,
            from("\"Example, Inc.\" <noreply@example.com>"),
            from("noreply@example.com <example.com>"),
        ),
        case(
            EMAIL_FROM_ADDRESS.code,
            from_path,
            from("=?UTF-8?B?w4lxdWlwZQ==?= <noreply@example.com>"),
            from("noreply@example"),
        ),
        case(
            EMAIL_FROM_ADDRESS.code,
            from_path,
            from("<noreply@example.com>"),
            from(""),
        ),
    ]);

    // SMS sender.
    let sns_arn = |a: &str| sms(SmsConfigurationType::builder().sns_caller_arn(a).build());
    let sns_path = "SmsConfiguration.SnsCallerArn";
    let eums_path = "SmsConfiguration.EumsSms.CallerArn";
    cases.extend([
        case(
            SMS_SNS_CALLER_ARN.code,
            sns_path,
            sns_arn(&arn(2048)),
            sns_arn(&arn(2049)),
        ),
        case(
            SMS_SNS_CALLER_ARN.code,
            sns_path,
            sns_arn(ROLE),
            sns_arn("sms-role"),
        ),
        case(
            SMS_EXTERNAL_ID.code,
            "SmsConfiguration.ExternalId",
            sms(sns().external_id(&long).build()),
            sms(sns().external_id(&too_long).build()),
        ),
        case(
            SMS_SNS_REGION.code,
            "SmsConfiguration.SnsRegion",
            sms(sns().sns_region("ab-c1").build()),
            sms(sns().sns_region("ab-c").build()),
        ),
        case(
            SMS_SNS_REGION.code,
            "SmsConfiguration.SnsRegion",
            sms(sns().sns_region(pad("", 32)).build()),
            sms(sns().sns_region(pad("", 33)).build()),
        ),
        case(
            SMS_EUMS_CALLER_ARN.code,
            eums_path,
            eums_arn(&arn(20)),
            eums_arn(&arn(19)),
        ),
        case(
            SMS_EUMS_CALLER_ARN.code,
            eums_path,
            eums_arn(&arn(2048)),
            eums_arn(&arn(2049)),
        ),
        // The builder takes "": the length check catches it.
        case(
            SMS_EUMS_CALLER_ARN.code,
            eums_path,
            eums_arn(ROLE),
            eums_arn(""),
        ),
        case(
            SMS_EUMS_CALLER_ARN.code,
            eums_path,
            eums_arn(ROLE),
            eums_arn("role/eums-sms-role-name"),
        ),
        case(
            SMS_EUMS_REGION.code,
            "SmsConfiguration.EumsSms.Region",
            eums(|e| e.region("ab-c1")),
            eums(|e| e.region("ab-c")),
        ),
        case(
            SMS_EUMS_REGION.code,
            "SmsConfiguration.EumsSms.Region",
            eums(|e| e.region("x".repeat(32))),
            eums(|e| e.region("x".repeat(33))),
        ),
        case(
            SMS_EUMS_EXTERNAL_ID.code,
            "SmsConfiguration.EumsSms.ExternalId",
            eums(|e| e.external_id("x".repeat(STRING_MAX))),
            eums(|e| e.external_id("x".repeat(STRING_MAX + 1))),
        ),
        case(
            SMS_EUMS_ORIGINATION_IDENTITY.code,
            "SmsConfiguration.EumsSms.OriginationIdentity",
            eums(|e| e.origination_identity("x".repeat(STRING_MAX))),
            eums(|e| e.origination_identity("x".repeat(STRING_MAX + 1))),
        ),
        case(
            SMS_EUMS_CONFIGURATION_SET_NAME.code,
            "SmsConfiguration.EumsSms.ConfigurationSetName",
            eums(|e| e.configuration_set_name("x".repeat(STRING_MAX))),
            eums(|e| e.configuration_set_name("x".repeat(STRING_MAX + 1))),
        ),
        case(
            SMS_EUMS_IN_ENTITY_ID.code,
            "SmsConfiguration.EumsSms.InEntityId",
            eums(|e| e.in_entity_id("x".repeat(STRING_MAX))),
            eums(|e| e.in_entity_id("x".repeat(STRING_MAX + 1))),
        ),
        case(
            SMS_EUMS_IN_TEMPLATE_ID.code,
            "SmsConfiguration.EumsSms.InTemplateId",
            eums(|e| e.in_template_id("x".repeat(STRING_MAX))),
            eums(|e| e.in_template_id("x".repeat(STRING_MAX + 1))),
        ),
        case(
            SMS_NEEDS_ONE_SENDER.code,
            "SmsConfiguration",
            sms(sns().build()),
            sms(sns()
                .eums_sms(
                    EumsSmsConfigurationType::builder()
                        .caller_arn(ROLE)
                        .build()
                        .expect("caller_arn is set"),
                )
                .build()),
        ),
        case(
            SMS_NEEDS_ONE_SENDER.code,
            "SmsConfiguration",
            // The SDK sends SnsCallerArn "" beside EumsSms: "" counts as absent.
            eums(|e| e),
            sms(SmsConfigurationType::builder()
                .external_id("id")
                .sns_region("us-east-1")
                .build()),
        ),
    ]);
    cases
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_text_needs_non_empty_text() {
        assert!(has_link_text("{##Verify##}"));
        assert!(has_link_text("Click {##here##} now"));
        assert!(has_link_text("{#####}"), "text `#`");
        assert!(has_link_text("{####} or {##here##}"));
        assert!(has_link_text("é{##é##}é"));
        assert!(!has_link_text("{####}"));
        assert!(!has_link_text("Code {####} only"));
        assert!(!has_link_text("{##unclosed"));
        assert!(!has_link_text("nothing"));
    }

    #[test]
    fn from_addresses() {
        for ok in [
            "noreply@example.com",
            "Example Corp <noreply@example.com>",
            "\"Example, Inc.\" <noreply@example.com>",
            "\"a <b>\" <noreply@example.com>",
            "=?UTF-8?B?w4lxdWlwZQ==?= <noreply@example.com>",
            "<noreply@example.com>",
            "Name<noreply@example.com>",
            "noreply@mail.example.co.uk",
            "no-reply+tag@example.com",
            "Équipe <noreply@example.com>",
        ] {
            assert!(is_from_address(ok), "{ok}");
        }
        for bad in [
            "",
            "noreply",
            "noreply@example",
            "noreply@example.",
            "@example.com",
            "no reply@example.com",
            "someone@example.com <someone",
            "test@example.com <example.com>",
            "Name <noreply@example.com",
            "Name noreply@example.com",
            "\"Name <noreply@example.com>",
            "a@b@example.com",
        ] {
            assert!(!is_from_address(bad), "{bad}");
        }
    }

    #[test]
    fn sms_pattern_uses_java_dot() {
        assert!(SMS_VERIFICATION.matches("Code\t{####}"));
        assert!(!SMS_VERIFICATION.matches("Code\n{####}"));
        assert!(!SMS_VERIFICATION.matches("{####}\u{2028}"));
        assert!(!SMS_VERIFICATION.matches("{####}\u{85}"));
    }
}
