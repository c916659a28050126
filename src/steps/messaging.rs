//! Step 4, "Configure message delivery": the e-mail sender (Cognito or Amazon SES), SMS
//! through Amazon SNS, and the message templates.
//!
//! # Examples
//!
//! ```
//! use cognito_wizard::{EmailSender, MessageTemplates, Messaging, SmsSettings, VerificationMessage};
//!
//! let step = Messaging::email(
//!     EmailSender::ses("arn:aws:ses:us-east-1:123456789012:identity/example.com")
//!         .from("Example <no-reply@example.com>")
//!         .reply_to("support@example.com"),
//! )
//! .sms(SmsSettings::new("arn:aws:iam::123456789012:role/cognito-sms").external_id("my-external-id"))
//! .templates(MessageTemplates::default().verification(
//!     VerificationMessage::link().email_subject("Confirm your account"),
//! ));
//! # let _ = step;
//! ```

pub(crate) mod rules;

use std::fmt;

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::types::{
    AdminCreateUserConfigType, DefaultEmailOptionType, EmailConfigurationType, EmailMfaConfigType,
    EmailSendingAccountType, MessageTemplateType, SmsConfigurationType,
    VerificationMessageTemplateType,
};

use crate::page::{Page, or_none, shown};

/// The "Email provider" radio buttons.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(rename_all = "kebab-case", deny_unknown_fields)
)]
pub enum EmailSender {
    /// "Send email with Cognito" (`EmailSendingAccount = COGNITO_DEFAULT`): Cognito's own
    /// address, a low daily quota, and no e-mail MFA.
    #[non_exhaustive]
    Cognito {
        /// "REPLY-TO email address" (optional).
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
        reply_to: Option<String>,
    },
    /// "Send email with Amazon SES" (`EmailSendingAccount = DEVELOPER`).
    Ses(SesEmail),
}

impl EmailSender {
    /// "Send email with Cognito", without a reply-to address.
    pub fn cognito() -> Self {
        EmailSender::Cognito { reply_to: None }
    }

    /// "Send email with Amazon SES" from the verified SES identity `source_arn`
    /// (`arn:aws:ses:<region>:<account>:identity/<address or domain>`).
    pub fn ses(source_arn: impl Into<String>) -> SesEmail {
        SesEmail {
            source_arn: source_arn.into(),
            from: None,
            reply_to: None,
            configuration_set: None,
        }
    }

    /// "REPLY-TO email address", for either sender.
    #[must_use]
    pub fn reply_to(self, address: impl Into<String>) -> Self {
        match self {
            EmailSender::Cognito { .. } => EmailSender::Cognito {
                reply_to: Some(address.into()),
            },
            EmailSender::Ses(ses) => EmailSender::Ses(ses.reply_to(address)),
        }
    }
}

/// "Send email with Amazon SES": the SES settings. Made by [`EmailSender::ses`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct SesEmail {
    source_arn: String,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    from: Option<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    reply_to: Option<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    configuration_set: Option<String>,
}

impl SesEmail {
    /// "FROM email address", optionally with a sender name: `Name <address>` (unset, the
    /// identity's address).
    #[must_use]
    pub fn from(mut self, from: impl Into<String>) -> Self {
        self.from = Some(from.into());
        self
    }

    /// "REPLY-TO email address".
    #[must_use]
    pub fn reply_to(mut self, address: impl Into<String>) -> Self {
        self.reply_to = Some(address.into());
        self
    }

    /// "Configuration set": an SES configuration set name.
    #[must_use]
    pub fn configuration_set(mut self, name: impl Into<String>) -> Self {
        self.configuration_set = Some(name.into());
        self
    }
}

impl From<SesEmail> for EmailSender {
    fn from(ses: SesEmail) -> Self {
        EmailSender::Ses(ses)
    }
}

/// "SMS": sending through Amazon SNS with an IAM role Cognito assumes (`SmsConfiguration`).
///
/// # Examples
///
/// ```
/// use cognito_wizard::SmsSettings;
///
/// let sms = SmsSettings::new("arn:aws:iam::123456789012:role/cognito-sms")
///     .external_id("a1b2c3d4")
///     .sns_region("us-east-1");
/// # let _ = sms;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct SmsSettings {
    sns_caller_arn: String,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    external_id: Option<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    sns_region: Option<String>,
}

impl SmsSettings {
    /// "IAM role ARN" (`SnsCallerArn`).
    pub fn new(iam_role_arn: impl Into<String>) -> Self {
        SmsSettings {
            sns_caller_arn: iam_role_arn.into(),
            external_id: None,
            sns_region: None,
        }
    }

    /// "External ID" of the role's trust policy.
    #[must_use]
    pub fn external_id(mut self, id: impl Into<String>) -> Self {
        self.external_id = Some(id.into());
        self
    }

    /// "SNS Region" (unset, the pool's region).
    #[must_use]
    pub fn sns_region(mut self, region: impl Into<String>) -> Self {
        self.sns_region = Some(region.into());
        self
    }

    fn to_wire(&self) -> SmsConfigurationType {
        SmsConfigurationType::builder()
            .sns_caller_arn(self.sns_caller_arn.clone())
            .set_external_id(self.external_id.clone())
            .set_sns_region(self.sns_region.clone())
            .build()
    }
}

/// How the verification e-mail confirms an address.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum VerificationType {
    /// "Code": the message carries `{####}`, the default.
    #[default]
    Code,
    /// "Link": the message carries `{##Click here##}`.
    Link,
}

/// The console's label.
impl fmt::Display for VerificationType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            VerificationType::Code => "Code",
            VerificationType::Link => "Link",
        })
    }
}

/// "Verification message" template. Unset texts keep Cognito's defaults.
///
/// # Examples
///
/// ```
/// use cognito_wizard::VerificationMessage;
///
/// let message = VerificationMessage::code()
///     .email_subject("Your code")
///     .email_message("Your verification code is {####}.")
///     .sms_message("Your code is {####}");
/// # let _ = message;
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct VerificationMessage {
    kind: VerificationType,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    email_subject: Option<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    email_message: Option<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    sms_message: Option<String>,
}

impl VerificationMessage {
    /// Verification by code, the default.
    pub fn code() -> Self {
        VerificationMessage::default()
    }

    /// Verification by link.
    pub fn link() -> Self {
        VerificationMessage {
            kind: VerificationType::Link,
            ..VerificationMessage::default()
        }
    }

    /// "Email subject".
    #[must_use]
    pub fn email_subject(mut self, subject: impl Into<String>) -> Self {
        self.email_subject = Some(subject.into());
        self
    }

    /// "Email message": must contain `{####}` (code) or `{##link text##}` (link).
    #[must_use]
    pub fn email_message(mut self, message: impl Into<String>) -> Self {
        self.email_message = Some(message.into());
        self
    }

    /// "SMS message": must contain `{####}`.
    #[must_use]
    pub fn sms_message(mut self, message: impl Into<String>) -> Self {
        self.sms_message = Some(message.into());
        self
    }

    fn to_wire(&self) -> Option<VerificationMessageTemplateType> {
        if *self == VerificationMessage::default() {
            return None;
        }
        let b =
            VerificationMessageTemplateType::builder().set_sms_message(self.sms_message.clone());
        Some(
            match self.kind {
                VerificationType::Code => b
                    .default_email_option(DefaultEmailOptionType::ConfirmWithCode)
                    .set_email_subject(self.email_subject.clone())
                    .set_email_message(self.email_message.clone()),
                VerificationType::Link => b
                    .default_email_option(DefaultEmailOptionType::ConfirmWithLink)
                    .set_email_subject_by_link(self.email_subject.clone())
                    .set_email_message_by_link(self.email_message.clone()),
            }
            .build(),
        )
    }
}

/// "Invitation message" template, for users an administrator creates. Unset texts keep
/// Cognito's defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct InvitationMessage {
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    email_subject: Option<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    email_message: Option<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    sms_message: Option<String>,
}

impl InvitationMessage {
    /// "Email subject".
    #[must_use]
    pub fn email_subject(mut self, subject: impl Into<String>) -> Self {
        self.email_subject = Some(subject.into());
        self
    }

    /// "Email message": must contain `{username}`; `{####}` inserts the temporary password.
    #[must_use]
    pub fn email_message(mut self, message: impl Into<String>) -> Self {
        self.email_message = Some(message.into());
        self
    }

    /// "SMS message": must contain `{username}` and `{####}`.
    #[must_use]
    pub fn sms_message(mut self, message: impl Into<String>) -> Self {
        self.sms_message = Some(message.into());
        self
    }

    fn to_wire(&self) -> Option<MessageTemplateType> {
        if *self == InvitationMessage::default() {
            return None;
        }
        Some(
            MessageTemplateType::builder()
                .set_email_subject(self.email_subject.clone())
                .set_email_message(self.email_message.clone())
                .set_sms_message(self.sms_message.clone())
                .build(),
        )
    }
}

/// "Message templates": verification, invitation and MFA messages. `Default` keeps every
/// Cognito default and sends none.
///
/// # Examples
///
/// ```
/// use cognito_wizard::{InvitationMessage, MessageTemplates};
///
/// let templates = MessageTemplates::default()
///     .invitation(InvitationMessage::default().email_message("Hi {username}, your password is {####}"))
///     .mfa_sms_message("Your sign-in code is {####}");
/// # let _ = templates;
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct MessageTemplates {
    verification: VerificationMessage,
    invitation: InvitationMessage,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    mfa_sms_message: Option<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    mfa_email_subject: Option<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    mfa_email_message: Option<String>,
}

impl MessageTemplates {
    /// The verification message.
    #[must_use]
    pub fn verification(mut self, message: VerificationMessage) -> Self {
        self.verification = message;
        self
    }

    /// The invitation message.
    #[must_use]
    pub fn invitation(mut self, message: InvitationMessage) -> Self {
        self.invitation = message;
        self
    }

    /// The SMS MFA message (`SmsAuthenticationMessage`): must contain `{####}`.
    #[must_use]
    pub fn mfa_sms_message(mut self, message: impl Into<String>) -> Self {
        self.mfa_sms_message = Some(message.into());
        self
    }

    /// The e-mail MFA / one-time password subject (`EmailMfaConfiguration.Subject`).
    #[must_use]
    pub fn mfa_email_subject(mut self, subject: impl Into<String>) -> Self {
        self.mfa_email_subject = Some(subject.into());
        self
    }

    /// The e-mail MFA / one-time password message (`EmailMfaConfiguration.Message`): must
    /// contain `{####}`.
    #[must_use]
    pub fn mfa_email_message(mut self, message: impl Into<String>) -> Self {
        self.mfa_email_message = Some(message.into());
        self
    }
}

/// Step 4, "Configure message delivery". There is no default: the console preselects Amazon
/// SES, which needs a verified identity, so the crate makes the e-mail choice explicit.
///
/// # Examples
///
/// ```
/// use cognito_wizard::{EmailSender, Messaging};
///
/// let step = Messaging::email(EmailSender::cognito().reply_to("support@example.com"));
/// # let _ = step;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Messaging {
    email: EmailSender,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    sms: Option<SmsSettings>,
    #[cfg_attr(feature = "serde", serde(default))]
    templates: MessageTemplates,
}

impl Messaging {
    /// E-mail through `sender`, no SMS, default templates.
    pub fn email(sender: impl Into<EmailSender>) -> Self {
        Messaging {
            email: sender.into(),
            sms: None,
            templates: MessageTemplates::default(),
        }
    }

    /// Adds SMS settings (needed for SMS MFA, phone verification, SMS recovery and SMS
    /// one-time passwords).
    #[must_use]
    pub fn sms(mut self, settings: SmsSettings) -> Self {
        self.sms = Some(settings);
        self
    }

    /// Custom message templates.
    #[must_use]
    pub fn templates(mut self, templates: MessageTemplates) -> Self {
        self.templates = templates;
        self
    }

    pub(crate) fn sender(&self) -> &EmailSender {
        &self.email
    }

    pub(crate) fn sms_configuration(&self) -> Option<SmsConfigurationType> {
        self.sms.as_ref().map(SmsSettings::to_wire)
    }

    pub(crate) fn mfa_sms_message(&self) -> Option<&str> {
        self.templates.mfa_sms_message.as_deref()
    }

    pub(crate) fn email_mfa(&self) -> EmailMfaConfigType {
        EmailMfaConfigType::builder()
            .set_message(self.templates.mfa_email_message.clone())
            .set_subject(self.templates.mfa_email_subject.clone())
            .build()
    }

    /// The invitation template, which `CreateUserPool` keeps in `AdminCreateUserConfig`.
    pub(crate) fn invitation(&self) -> Option<MessageTemplateType> {
        self.templates.invitation.to_wire()
    }

    /// Writes this step's members of `CreateUserPool` (the invitation template goes with
    /// step 3's `AdminCreateUserConfig`).
    pub(crate) fn to_pool(&self, input: &mut CreateUserPoolInput) {
        input.email_configuration = Some(match &self.email {
            EmailSender::Cognito { reply_to } => EmailConfigurationType::builder()
                .email_sending_account(EmailSendingAccountType::CognitoDefault)
                .set_reply_to_email_address(reply_to.clone())
                .build(),
            EmailSender::Ses(ses) => EmailConfigurationType::builder()
                .email_sending_account(EmailSendingAccountType::Developer)
                .source_arn(ses.source_arn.clone())
                .set_from(ses.from.clone())
                .set_reply_to_email_address(ses.reply_to.clone())
                .set_configuration_set(ses.configuration_set.clone())
                .build(),
        });
        input.sms_configuration = self.sms_configuration();
        input.verification_message_template = self.templates.verification.to_wire();
        input
            .sms_authentication_message
            .clone_from(&self.templates.mfa_sms_message);
    }

    /// The step that writes `pool` and `mfa`'s message settings, the inverse of
    /// [`to_pool`](Self::to_pool), [`invitation`](Self::invitation) and
    /// [`email_mfa`](Self::email_mfa). What the step cannot hold (an SES identity with
    /// Cognito's sender, End User Messaging SMS, the texts of the verification type not chosen,
    /// the legacy top-level verification texts) is left out; read-back lists it by comparing
    /// the requests this step writes back.
    pub(crate) fn from_requests(
        pool: &CreateUserPoolInput,
        mfa: Option<&SetUserPoolMfaConfigInput>,
    ) -> Messaging {
        let email = pool.email_configuration();
        let text = |t: Option<&str>| t.map(str::to_owned);
        let reply_to = text(email.and_then(EmailConfigurationType::reply_to_email_address));
        let email = match email.and_then(EmailConfigurationType::email_sending_account) {
            Some(EmailSendingAccountType::Developer) => EmailSender::Ses(SesEmail {
                source_arn: email
                    .and_then(EmailConfigurationType::source_arn)
                    .unwrap_or_default()
                    .to_owned(),
                from: text(email.and_then(EmailConfigurationType::from)),
                reply_to,
                configuration_set: text(email.and_then(EmailConfigurationType::configuration_set)),
            }),
            _ => EmailSender::Cognito { reply_to },
        };
        let sms = pool.sms_configuration().map(|sms| SmsSettings {
            sns_caller_arn: sms.sns_caller_arn.clone(),
            external_id: sms.external_id.clone(),
            sns_region: sms.sns_region.clone(),
        });
        let verification =
            pool.verification_message_template()
                .map_or_else(VerificationMessage::default, |t| {
                    let link =
                        t.default_email_option() == Some(&DefaultEmailOptionType::ConfirmWithLink);
                    VerificationMessage {
                        kind: if link {
                            VerificationType::Link
                        } else {
                            VerificationType::Code
                        },
                        email_subject: text(if link {
                            t.email_subject_by_link()
                        } else {
                            t.email_subject()
                        }),
                        email_message: text(if link {
                            t.email_message_by_link()
                        } else {
                            t.email_message()
                        }),
                        sms_message: text(t.sms_message()),
                    }
                });
        let invitation = pool
            .admin_create_user_config()
            .and_then(AdminCreateUserConfigType::invite_message_template)
            .map(|t| InvitationMessage {
                email_subject: text(t.email_subject()),
                email_message: text(t.email_message()),
                sms_message: text(t.sms_message()),
            })
            .unwrap_or_default();
        let email_mfa = mfa.and_then(SetUserPoolMfaConfigInput::email_mfa_configuration);
        Messaging {
            email,
            sms,
            templates: MessageTemplates {
                verification,
                invitation,
                mfa_sms_message: text(pool.sms_authentication_message()),
                mfa_email_subject: text(email_mfa.and_then(EmailMfaConfigType::subject)),
                mfa_email_message: text(email_mfa.and_then(EmailMfaConfigType::message)),
            },
        }
    }

    /// This step's section of the review page.
    pub(crate) fn write_review(&self, page: &mut Page<'_, '_>) -> fmt::Result {
        match &self.email {
            EmailSender::Cognito { reply_to } => {
                page.row("Email provider", "Send email with Cognito")?;
                page.row("FROM email address", "no-reply@verificationemail.com")?;
                page.row("REPLY-TO email address", or_none(reply_to.as_deref()))?;
            }
            EmailSender::Ses(ses) => {
                page.row("Email provider", "Send email with Amazon SES")?;
                page.row("SES identity", &ses.source_arn)?;
                page.row(
                    "FROM email address",
                    ses.from.as_deref().unwrap_or("The SES identity's address"),
                )?;
                page.row("REPLY-TO email address", or_none(ses.reply_to.as_deref()))?;
                page.row(
                    "Configuration set",
                    or_none(ses.configuration_set.as_deref()),
                )?;
            }
        }
        match &self.sms {
            None => page.row("SMS", "Not configured")?,
            Some(sms) => {
                page.row("IAM role ARN", &sms.sns_caller_arn)?;
                page.row("External ID", or_none(sms.external_id.as_deref()))?;
                page.row(
                    "SNS Region",
                    sms.sns_region
                        .as_deref()
                        .unwrap_or("The user pool's Region"),
                )?;
            }
        }
        let t = &self.templates;
        page.row("Verification type", t.verification.kind)?;
        for (label, text) in [
            ("Verification email subject", &t.verification.email_subject),
            ("Verification email message", &t.verification.email_message),
            ("Verification SMS message", &t.verification.sms_message),
            ("Invitation email subject", &t.invitation.email_subject),
            ("Invitation email message", &t.invitation.email_message),
            ("Invitation SMS message", &t.invitation.sms_message),
            ("MFA SMS message", &t.mfa_sms_message),
            ("MFA email subject", &t.mfa_email_subject),
            ("MFA email message", &t.mfa_email_message),
        ] {
            if let Some(text) = text {
                page.row(label, shown(text))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(step: &Messaging) -> CreateUserPoolInput {
        let mut input = CreateUserPoolInput::builder().build().unwrap();
        step.to_pool(&mut input);
        input
    }

    #[test]
    fn cognito_sender() {
        let input = pool(&Messaging::email(EmailSender::cognito()));
        let email = input.email_configuration().unwrap();
        assert_eq!(
            email.email_sending_account(),
            Some(&EmailSendingAccountType::CognitoDefault)
        );
        assert_eq!(email.reply_to_email_address(), None);
        assert_eq!(email.source_arn(), None);
        assert!(input.sms_configuration().is_none());
        assert!(input.verification_message_template().is_none());
        assert!(input.sms_authentication_message().is_none());

        let input = pool(&Messaging::email(
            EmailSender::cognito().reply_to("a@example.com"),
        ));
        assert_eq!(
            input
                .email_configuration()
                .unwrap()
                .reply_to_email_address(),
            Some("a@example.com")
        );
    }

    #[test]
    fn ses_sender_and_sms() {
        let step = Messaging::email(
            EmailSender::ses("arn:aws:ses:us-east-1:123456789012:identity/example.com")
                .from("Example <no-reply@example.com>")
                .reply_to("support@example.com")
                .configuration_set("my-set"),
        )
        .sms(
            SmsSettings::new("arn:aws:iam::123456789012:role/sms")
                .external_id("ext")
                .sns_region("us-east-1"),
        );
        let input = pool(&step);
        let email = input.email_configuration().unwrap();
        assert_eq!(
            email.email_sending_account(),
            Some(&EmailSendingAccountType::Developer)
        );
        assert_eq!(
            email.source_arn(),
            Some("arn:aws:ses:us-east-1:123456789012:identity/example.com")
        );
        assert_eq!(email.from(), Some("Example <no-reply@example.com>"));
        assert_eq!(email.reply_to_email_address(), Some("support@example.com"));
        assert_eq!(email.configuration_set(), Some("my-set"));
        let sms = input.sms_configuration().unwrap();
        assert_eq!(sms.sns_caller_arn(), "arn:aws:iam::123456789012:role/sms");
        assert_eq!(sms.external_id(), Some("ext"));
        assert_eq!(sms.sns_region(), Some("us-east-1"));
    }

    #[test]
    fn templates() {
        let step = Messaging::email(EmailSender::cognito()).templates(
            MessageTemplates::default()
                .verification(
                    VerificationMessage::link()
                        .email_subject("Confirm")
                        .email_message("Click {##here##}")
                        .sms_message("Code {####}"),
                )
                .invitation(InvitationMessage::default().sms_message("{username} {####}"))
                .mfa_sms_message("MFA {####}")
                .mfa_email_subject("Sign in")
                .mfa_email_message("Code {####}"),
        );
        let input = pool(&step);
        let verification = input.verification_message_template().unwrap();
        assert_eq!(
            verification.default_email_option(),
            Some(&DefaultEmailOptionType::ConfirmWithLink)
        );
        assert_eq!(verification.email_subject_by_link(), Some("Confirm"));
        assert_eq!(
            verification.email_message_by_link(),
            Some("Click {##here##}")
        );
        assert_eq!(verification.email_message(), None);
        assert_eq!(verification.sms_message(), Some("Code {####}"));
        assert_eq!(input.sms_authentication_message(), Some("MFA {####}"));
        assert_eq!(
            step.invitation().unwrap().sms_message(),
            Some("{username} {####}")
        );
        let email_mfa = step.email_mfa();
        assert_eq!(email_mfa.subject(), Some("Sign in"));
        assert_eq!(email_mfa.message(), Some("Code {####}"));

        // A code template with custom texts says so explicitly.
        let step = Messaging::email(EmailSender::cognito()).templates(
            MessageTemplates::default()
                .verification(VerificationMessage::code().email_message("Code {####}")),
        );
        let verification = pool(&step)
            .verification_message_template()
            .cloned()
            .unwrap();
        assert_eq!(
            verification.default_email_option(),
            Some(&DefaultEmailOptionType::ConfirmWithCode)
        );
        assert_eq!(verification.email_message(), Some("Code {####}"));
    }
}
