//! Two sets of requests compared member by member, with the console's label and the wire path
//! of each member that differs. Read-back uses it to find what the wizard cannot express (the
//! pool's requests against the read-back wizard's); the diff, to find what a plan changes (the
//! pool's requests against the plan's).

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::types::{
    AdvancedSecurityEnabledModeType, AdvancedSecurityModeType, AliasAttributeType, AuthFactorType,
    CustomEmailLambdaVersionConfigType, CustomSmsLambdaVersionConfigType, DefaultEmailOptionType,
    DeletionProtectionType, EmailConfigurationType, EmailSendingAccountType, ExplicitAuthFlowsType,
    LambdaConfigType, OAuthFlowType, PasswordPolicyType, PreTokenGenerationVersionConfigType,
    PreventUserExistenceErrorTypes, RecoveryOptionType, SchemaAttributeType, TimeUnitsType,
    TokenValidityUnitsType, UserPoolAddOnsType, UserPoolMfaType, UserPoolTierType,
    UserVerificationType, UsernameAttributeType, VerificationMessageTemplateType,
    VerifiedAttributeType, WebAuthnFactorConfigurationType,
};

use crate::review::Requests;
use crate::validate::{Operation, Step};

// ---------------------------------------------------------------------------------------------
// Showing values

/// A value as a difference shows it.
trait Show {
    fn show(&self) -> String;

    /// Whether the member has a value at all (an unset member shows as "not set").
    fn is_set(&self) -> bool {
        true
    }
}

impl Show for str {
    fn show(&self) -> String {
        format!("{self:?}")
    }
}

impl Show for String {
    fn show(&self) -> String {
        self.as_str().show()
    }
}

impl Show for bool {
    fn show(&self) -> String {
        self.to_string()
    }
}

impl Show for i32 {
    fn show(&self) -> String {
        self.to_string()
    }
}

impl<T: Show + ?Sized> Show for &T {
    fn show(&self) -> String {
        (**self).show()
    }

    fn is_set(&self) -> bool {
        (**self).is_set()
    }
}

impl<T: Show> Show for Option<T> {
    fn show(&self) -> String {
        self.as_ref()
            .map_or_else(|| "not set".to_owned(), Show::show)
    }

    fn is_set(&self) -> bool {
        self.is_some()
    }
}

impl<T: Show> Show for [T] {
    fn show(&self) -> String {
        if self.is_empty() {
            return "none".to_owned();
        }
        self.iter().map(Show::show).collect::<Vec<_>>().join(", ")
    }
}

impl<T: Show> Show for Vec<T> {
    fn show(&self) -> String {
        self.as_slice().show()
    }
}

/// The SDK's enums, by their wire names.
macro_rules! show_wire_name {
    ($($ty:ty),* $(,)?) => {
        $(impl Show for $ty {
            fn show(&self) -> String {
                self.as_str().to_owned()
            }
        })*
    };
}

show_wire_name!(
    AdvancedSecurityEnabledModeType,
    AdvancedSecurityModeType,
    AliasAttributeType,
    AuthFactorType,
    DefaultEmailOptionType,
    DeletionProtectionType,
    EmailSendingAccountType,
    ExplicitAuthFlowsType,
    OAuthFlowType,
    PreventUserExistenceErrorTypes,
    TimeUnitsType,
    UserPoolMfaType,
    UserPoolTierType,
    UserVerificationType,
    UsernameAttributeType,
    VerifiedAttributeType,
    WebAuthnFactorConfigurationType,
);

impl Show for RecoveryOptionType {
    fn show(&self) -> String {
        format!("{} {}", self.priority, self.name.as_str())
    }
}

impl Show for PreTokenGenerationVersionConfigType {
    fn show(&self) -> String {
        format!("{:?} ({})", self.lambda_arn, self.lambda_version.as_str())
    }
}

impl Show for CustomSmsLambdaVersionConfigType {
    fn show(&self) -> String {
        format!("{:?} ({})", self.lambda_arn, self.lambda_version.as_str())
    }
}

impl Show for CustomEmailLambdaVersionConfigType {
    fn show(&self) -> String {
        format!("{:?} ({})", self.lambda_arn, self.lambda_version.as_str())
    }
}

impl Show for HashMap<String, String> {
    fn show(&self) -> String {
        let sorted: BTreeMap<&String, &String> = self.iter().collect();
        if sorted.is_empty() {
            return "none".to_owned();
        }
        sorted
            .into_iter()
            .map(|(k, v)| format!("{k:?}={v:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A structure the wizard has no field for, shown whole (the SDK's `Debug`, which redacts
/// sensitive members).
struct Whole<T>(T);

impl<T: PartialEq> PartialEq for Whole<T> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<T: fmt::Debug> Show for Whole<T> {
    fn show(&self) -> String {
        format!("{:?}", self.0)
    }
}

/// A secret: whether there is one, never what it is.
struct SecretSet(bool);

impl PartialEq for SecretSet {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Show for SecretSet {
    fn show(&self) -> String {
        if self.0 { "set" } else { "not set" }.to_owned()
    }
}

/// A schema entry, e.g. `String, required, immutable, min length 1, max length 36`.
impl Show for SchemaAttributeType {
    fn show(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(t) = &self.attribute_data_type {
            parts.push(t.as_str().to_owned());
        }
        if self.required == Some(true) {
            parts.push("required".to_owned());
        }
        if self.mutable == Some(false) {
            parts.push("immutable".to_owned());
        }
        if self.developer_only_attribute == Some(true) {
            parts.push("developer only".to_owned());
        }
        if let Some(c) = &self.string_attribute_constraints {
            parts.extend(c.min_length.as_ref().map(|n| format!("min length {n}")));
            parts.extend(c.max_length.as_ref().map(|n| format!("max length {n}")));
        }
        if let Some(c) = &self.number_attribute_constraints {
            parts.extend(c.min_value.as_ref().map(|n| format!("min value {n}")));
            parts.extend(c.max_value.as_ref().map(|n| format!("max value {n}")));
        }
        if parts.is_empty() {
            "declared".to_owned()
        } else {
            parts.join(", ")
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Comparing

/// One member that differs between two sets of requests: where the console shows it, the
/// request and wire path that set it, and both values as text (`None`: not set).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Difference {
    pub(crate) step: Step,
    pub(crate) operation: Operation,
    pub(crate) label: &'static str,
    pub(crate) path: String,
    /// The value of the first side (the pool, when reading back or diffing).
    pub(crate) current: Option<String>,
    /// The value of the second side (the wizard's requests, or the plan).
    pub(crate) desired: Option<String>,
}

/// Collects the members of one request that differ.
struct Compare<'k> {
    out: &'k mut Vec<Difference>,
    operation: Operation,
}

impl Compare<'_> {
    /// Records the member at `path` when its two values differ.
    #[expect(
        clippy::needless_pass_by_value,
        reason = "members come as their getters return them, references and options of them"
    )]
    fn member<T: PartialEq + Show>(
        &mut self,
        step: Step,
        label: &'static str,
        path: &str,
        current: T,
        desired: T,
    ) {
        if current != desired {
            self.out.push(Difference {
                step,
                operation: self.operation,
                label,
                path: path.to_owned(),
                current: current.is_set().then(|| current.show()),
                desired: desired.is_set().then(|| desired.show()),
            });
        }
    }
}

/// Every member where `current` differs from `desired`, both canonical (see
/// [`canonicalize`](super::read::canonicalize)), request by request. `client` says whether
/// the first side has an app client at all (without one there is nothing to compare).
pub(crate) fn differences(current: &Requests, desired: &Requests, client: bool) -> Vec<Difference> {
    let mut out = Vec::new();
    let before = out.len();
    pool(
        &mut Compare {
            out: &mut out,
            operation: Operation::CreateUserPool,
        },
        &current.create_user_pool,
        &desired.create_user_pool,
    );
    whole(
        &mut out,
        before,
        Operation::CreateUserPool,
        current.create_user_pool != desired.create_user_pool,
    );

    let before = out.len();
    mfa(
        &mut Compare {
            out: &mut out,
            operation: Operation::SetUserPoolMfaConfig,
        },
        current.set_user_pool_mfa_config.as_ref(),
        desired.set_user_pool_mfa_config.as_ref(),
    );
    whole(
        &mut out,
        before,
        Operation::SetUserPoolMfaConfig,
        current.set_user_pool_mfa_config != desired.set_user_pool_mfa_config,
    );

    let before = out.len();
    domain(
        &mut Compare {
            out: &mut out,
            operation: Operation::CreateUserPoolDomain,
        },
        current.create_user_pool_domain.as_ref(),
        desired.create_user_pool_domain.as_ref(),
    );
    whole(
        &mut out,
        before,
        Operation::CreateUserPoolDomain,
        current.create_user_pool_domain != desired.create_user_pool_domain,
    );

    if client {
        let before = out.len();
        app_client(
            &mut Compare {
                out: &mut out,
                operation: Operation::CreateUserPoolClient,
            },
            &current.create_user_pool_client,
            &desired.create_user_pool_client,
        );
        whole(
            &mut out,
            before,
            Operation::CreateUserPoolClient,
            current.create_user_pool_client != desired.create_user_pool_client,
        );
    }
    out
}

/// The safety net: requests that differ although no member named above does still get a line
/// (a member this comparison does not know, from a newer SDK).
fn whole(out: &mut Vec<Difference>, before: usize, operation: Operation, differ: bool) {
    if differ && out.len() == before {
        out.push(Difference {
            step: Step::App,
            operation,
            label: "Settings the wizard does not know",
            path: "-".to_owned(),
            current: Some("differ from what the wizard would send".to_owned()),
            desired: None,
        });
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "one line per member of the request, in the request's order"
)]
fn pool(c: &mut Compare<'_>, r: &CreateUserPoolInput, w: &CreateUserPoolInput) {
    use Step::{App, Messaging, Security, SignIn, SignUp};
    c.member(
        App,
        "User pool name",
        "PoolName",
        r.pool_name(),
        w.pool_name(),
    );
    let (rp, wp) = (
        r.policies().and_then(|p| p.password_policy()),
        w.policies().and_then(|p| p.password_policy()),
    );
    let password = "Policies.PasswordPolicy";
    c.member(
        Security,
        "Password minimum length",
        &format!("{password}.MinimumLength"),
        rp.and_then(|p| p.minimum_length),
        wp.and_then(|p| p.minimum_length),
    );
    for (path, get) in [
        (
            "RequireNumbers",
            (|p| p.require_numbers) as fn(&PasswordPolicyType) -> bool,
        ),
        ("RequireSymbols", |p| p.require_symbols),
        ("RequireUppercase", |p| p.require_uppercase),
        ("RequireLowercase", |p| p.require_lowercase),
    ] {
        c.member(
            Security,
            "Password requirements",
            &format!("{password}.{path}"),
            rp.map(get),
            wp.map(get),
        );
    }
    c.member(
        Security,
        "Prevent use of previous passwords",
        &format!("{password}.PasswordHistorySize"),
        rp.and_then(|p| p.password_history_size),
        wp.and_then(|p| p.password_history_size),
    );
    c.member(
        Security,
        "Temporary passwords set by administrators expire in",
        &format!("{password}.TemporaryPasswordValidityDays"),
        rp.map(|p| p.temporary_password_validity_days),
        wp.map(|p| p.temporary_password_validity_days),
    );
    let factors = |i: &CreateUserPoolInput| {
        i.policies()
            .and_then(|p| p.sign_in_policy())
            .map(|s| s.allowed_first_auth_factors().to_vec())
    };
    c.member(
        SignIn,
        "Options for choice-based sign-in",
        "Policies.SignInPolicy.AllowedFirstAuthFactors",
        factors(r),
        factors(w),
    );
    c.member(
        App,
        "Deletion protection",
        "DeletionProtection",
        r.deletion_protection(),
        w.deletion_protection(),
    );
    lambda(c, r, w);
    c.member(
        SignUp,
        "Attributes to verify",
        "AutoVerifiedAttributes",
        r.auto_verified_attributes.as_ref(),
        w.auto_verified_attributes.as_ref(),
    );
    c.member(
        SignIn,
        "Cognito user pool sign-in options",
        "AliasAttributes",
        r.alias_attributes.as_ref(),
        w.alias_attributes.as_ref(),
    );
    c.member(
        SignIn,
        "Cognito user pool sign-in options",
        "UsernameAttributes",
        r.username_attributes.as_ref(),
        w.username_attributes.as_ref(),
    );
    c.member(
        Messaging,
        "Verification SMS message (legacy)",
        "SmsVerificationMessage",
        r.sms_verification_message(),
        w.sms_verification_message(),
    );
    c.member(
        Messaging,
        "Verification email message (legacy)",
        "EmailVerificationMessage",
        r.email_verification_message(),
        w.email_verification_message(),
    );
    c.member(
        Messaging,
        "Verification email subject (legacy)",
        "EmailVerificationSubject",
        r.email_verification_subject(),
        w.email_verification_subject(),
    );
    verification_template(c, r, w);
    c.member(
        Messaging,
        "MFA SMS message",
        "SmsAuthenticationMessage",
        r.sms_authentication_message(),
        w.sms_authentication_message(),
    );
    c.member(
        Security,
        "MFA enforcement",
        "MfaConfiguration",
        r.mfa_configuration(),
        w.mfa_configuration(),
    );
    c.member(
        SignUp,
        "Verifying attribute changes",
        "UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate",
        r.user_attribute_update_settings()
            .map(aws_sdk_cognitoidentityprovider::types::UserAttributeUpdateSettingsType::attributes_require_verification_before_update),
        w.user_attribute_update_settings()
            .map(aws_sdk_cognitoidentityprovider::types::UserAttributeUpdateSettingsType::attributes_require_verification_before_update),
    );
    let (rd, wd) = (r.device_configuration(), w.device_configuration());
    c.member(
        SignIn,
        "Challenge required on new device",
        "DeviceConfiguration.ChallengeRequiredOnNewDevice",
        rd.map(|d| d.challenge_required_on_new_device),
        wd.map(|d| d.challenge_required_on_new_device),
    );
    c.member(
        SignIn,
        "Remember user devices",
        "DeviceConfiguration.DeviceOnlyRememberedOnUserPrompt",
        rd.map(|d| d.device_only_remembered_on_user_prompt),
        wd.map(|d| d.device_only_remembered_on_user_prompt),
    );
    messaging(c, r, w);
    c.member(
        App,
        "Tags",
        "UserPoolTags",
        r.user_pool_tags(),
        w.user_pool_tags(),
    );
    let (ra, wa) = (r.admin_create_user_config(), w.admin_create_user_config());
    c.member(
        SignUp,
        "Self-registration",
        "AdminCreateUserConfig.AllowAdminCreateUserOnly",
        ra.map(|a| a.allow_admin_create_user_only),
        wa.map(|a| a.allow_admin_create_user_only),
    );
    c.member(
        Security,
        "Temporary passwords set by administrators expire in (legacy)",
        "AdminCreateUserConfig.UnusedAccountValidityDays",
        ra.map(|a| a.unused_account_validity_days),
        wa.map(|a| a.unused_account_validity_days),
    );
    let (ri, wi) = (
        ra.and_then(|a| a.invite_message_template()),
        wa.and_then(|a| a.invite_message_template()),
    );
    let invitation = "AdminCreateUserConfig.InviteMessageTemplate";
    c.member(
        Messaging,
        "Invitation email subject",
        &format!("{invitation}.EmailSubject"),
        ri.and_then(|t| t.email_subject()),
        wi.and_then(|t| t.email_subject()),
    );
    c.member(
        Messaging,
        "Invitation email message",
        &format!("{invitation}.EmailMessage"),
        ri.and_then(|t| t.email_message()),
        wi.and_then(|t| t.email_message()),
    );
    c.member(
        Messaging,
        "Invitation SMS message",
        &format!("{invitation}.SMSMessage"),
        ri.and_then(|t| t.sms_message()),
        wi.and_then(|t| t.sms_message()),
    );
    schema(c, r.schema(), w.schema());
    security(c, r, w);
}

fn lambda(c: &mut Compare<'_>, r: &CreateUserPoolInput, w: &CreateUserPoolInput) {
    let (rl, wl) = (r.lambda_config(), w.lambda_config());
    let label = "Lambda triggers";
    for (path, get) in [
        (
            "PreSignUp",
            (|l| l.pre_sign_up()) as fn(&LambdaConfigType) -> Option<&str>,
        ),
        ("CustomMessage", |l| l.custom_message()),
        ("PostConfirmation", |l| l.post_confirmation()),
        ("PreAuthentication", |l| l.pre_authentication()),
        ("PostAuthentication", |l| l.post_authentication()),
        ("DefineAuthChallenge", |l| l.define_auth_challenge()),
        ("CreateAuthChallenge", |l| l.create_auth_challenge()),
        ("VerifyAuthChallengeResponse", |l| {
            l.verify_auth_challenge_response()
        }),
        ("PreTokenGeneration", |l| l.pre_token_generation()),
        ("UserMigration", |l| l.user_migration()),
    ] {
        c.member(
            Step::App,
            label,
            &format!("LambdaConfig.{path}"),
            rl.and_then(get),
            wl.and_then(get),
        );
    }
    c.member(
        Step::App,
        label,
        "LambdaConfig.PreTokenGenerationConfig",
        rl.and_then(|l| l.pre_token_generation_config()),
        wl.and_then(|l| l.pre_token_generation_config()),
    );
    c.member(
        Step::App,
        label,
        "LambdaConfig.CustomSMSSender",
        rl.and_then(|l| l.custom_sms_sender()),
        wl.and_then(|l| l.custom_sms_sender()),
    );
    c.member(
        Step::App,
        label,
        "LambdaConfig.CustomEmailSender",
        rl.and_then(|l| l.custom_email_sender()),
        wl.and_then(|l| l.custom_email_sender()),
    );
    c.member(
        Step::App,
        "KMS key",
        "LambdaConfig.KMSKeyID",
        rl.and_then(|l| l.kms_key_id()),
        wl.and_then(|l| l.kms_key_id()),
    );
    c.member(
        Step::App,
        label,
        "LambdaConfig.InboundFederation",
        Whole(rl.and_then(|l| l.inbound_federation())),
        Whole(wl.and_then(|l| l.inbound_federation())),
    );
}

fn verification_template(c: &mut Compare<'_>, r: &CreateUserPoolInput, w: &CreateUserPoolInput) {
    let (rt, wt) = (
        r.verification_message_template(),
        w.verification_message_template(),
    );
    let template = "VerificationMessageTemplate";
    c.member(
        Step::Messaging,
        "Verification type",
        &format!("{template}.DefaultEmailOption"),
        // Without a template, verification is by code: only the texts may then differ.
        rt.and_then(|t| t.default_email_option())
            .unwrap_or(&DefaultEmailOptionType::ConfirmWithCode),
        wt.and_then(|t| t.default_email_option())
            .unwrap_or(&DefaultEmailOptionType::ConfirmWithCode),
    );
    for (label, path, get) in [
        (
            "Verification SMS message",
            "SmsMessage",
            (|t| t.sms_message()) as fn(&VerificationMessageTemplateType) -> Option<&str>,
        ),
        ("Verification email subject", "EmailSubject", |t| {
            t.email_subject()
        }),
        ("Verification email message", "EmailMessage", |t| {
            t.email_message()
        }),
        (
            "Verification email subject (link)",
            "EmailSubjectByLink",
            |t| t.email_subject_by_link(),
        ),
        (
            "Verification email message (link)",
            "EmailMessageByLink",
            |t| t.email_message_by_link(),
        ),
    ] {
        c.member(
            Step::Messaging,
            label,
            &format!("{template}.{path}"),
            rt.and_then(get),
            wt.and_then(get),
        );
    }
}

fn messaging(c: &mut Compare<'_>, r: &CreateUserPoolInput, w: &CreateUserPoolInput) {
    let (re, we) = (r.email_configuration(), w.email_configuration());
    c.member(
        Step::Messaging,
        "Email provider",
        "EmailConfiguration.EmailSendingAccount",
        re.and_then(|e| e.email_sending_account()),
        we.and_then(|e| e.email_sending_account()),
    );
    for (label, path, get) in [
        (
            "SES identity",
            "SourceArn",
            (|e| e.source_arn()) as fn(&EmailConfigurationType) -> Option<&str>,
        ),
        ("FROM email address", "From", |e| e.from()),
        ("REPLY-TO email address", "ReplyToEmailAddress", |e| {
            e.reply_to_email_address()
        }),
        ("Configuration set", "ConfigurationSet", |e| {
            e.configuration_set()
        }),
    ] {
        c.member(
            Step::Messaging,
            label,
            &format!("EmailConfiguration.{path}"),
            re.and_then(get),
            we.and_then(get),
        );
    }
    let (rs, ws) = (r.sms_configuration(), w.sms_configuration());
    c.member(
        Step::Messaging,
        "IAM role ARN",
        "SmsConfiguration.SnsCallerArn",
        rs.map(aws_sdk_cognitoidentityprovider::types::SmsConfigurationType::sns_caller_arn),
        ws.map(aws_sdk_cognitoidentityprovider::types::SmsConfigurationType::sns_caller_arn),
    );
    c.member(
        Step::Messaging,
        "External ID",
        "SmsConfiguration.ExternalId",
        rs.and_then(|s| s.external_id()),
        ws.and_then(|s| s.external_id()),
    );
    c.member(
        Step::Messaging,
        "SNS Region",
        "SmsConfiguration.SnsRegion",
        rs.and_then(|s| s.sns_region()),
        ws.and_then(|s| s.sns_region()),
    );
    c.member(
        Step::Messaging,
        "SMS through AWS End User Messaging",
        "SmsConfiguration.EumsSms",
        Whole(rs.and_then(|s| s.eums_sms())),
        Whole(ws.and_then(|s| s.eums_sms())),
    );
}

/// Schema entries by name: a standard attribute belongs to "Required attributes", anything
/// else to "Custom attributes".
fn schema(c: &mut Compare<'_>, read: &[SchemaAttributeType], written: &[SchemaAttributeType]) {
    let mut names: Vec<&str> = Vec::new();
    for attribute in read.iter().chain(written) {
        let name = attribute.name().unwrap_or_default();
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let find = |list: &'_ [SchemaAttributeType], name: &str| {
        list.iter()
            .find(|a| a.name().unwrap_or_default() == name)
            .cloned()
    };
    for name in names {
        let (r, w) = (find(read, name), find(written, name));
        if r == w {
            continue;
        }
        let standard = crate::steps::sign_up::StandardAttribute::ALL
            .iter()
            .any(|s| s.name() == name);
        let label = if standard {
            "Required attributes"
        } else {
            "Custom attributes"
        };
        c.out.push(Difference {
            step: Step::SignUp,
            operation: c.operation,
            label,
            path: format!("Schema[{name}]"),
            current: r.as_ref().map(Show::show),
            desired: w.as_ref().map(Show::show),
        });
    }
}

/// Threat protection for custom authentication, when set.
fn custom_auth(a: Option<&UserPoolAddOnsType>) -> Option<&AdvancedSecurityEnabledModeType> {
    a.and_then(UserPoolAddOnsType::advanced_security_additional_flows)
        .and_then(|f| f.custom_auth_mode())
}

fn security(c: &mut Compare<'_>, r: &CreateUserPoolInput, w: &CreateUserPoolInput) {
    let (ra, wa) = (r.user_pool_add_ons(), w.user_pool_add_ons());
    c.member(
        Step::Security,
        "Threat protection",
        "UserPoolAddOns.AdvancedSecurityMode",
        ra.map(aws_sdk_cognitoidentityprovider::types::UserPoolAddOnsType::advanced_security_mode),
        wa.map(aws_sdk_cognitoidentityprovider::types::UserPoolAddOnsType::advanced_security_mode),
    );
    c.member(
        Step::Security,
        "Threat protection for custom authentication",
        "UserPoolAddOns.AdvancedSecurityAdditionalFlows.CustomAuthMode",
        custom_auth(ra),
        custom_auth(wa),
    );
    c.member(
        Step::SignIn,
        "User name case sensitivity",
        "UsernameConfiguration.CaseSensitive",
        r.username_configuration()
            .map(aws_sdk_cognitoidentityprovider::types::UsernameConfigurationType::case_sensitive),
        w.username_configuration()
            .map(aws_sdk_cognitoidentityprovider::types::UsernameConfigurationType::case_sensitive),
    );
    c.member(
        Step::Security,
        "Delivery method for user account recovery messages",
        "AccountRecoverySetting.RecoveryMechanisms",
        r.account_recovery_setting().map(
            aws_sdk_cognitoidentityprovider::types::AccountRecoverySettingType::recovery_mechanisms,
        ),
        w.account_recovery_setting().map(
            aws_sdk_cognitoidentityprovider::types::AccountRecoverySettingType::recovery_mechanisms,
        ),
    );
    c.member(
        Step::Security,
        "Feature plan",
        "UserPoolTier",
        r.user_pool_tier(),
        w.user_pool_tier(),
    );
    c.member(
        Step::Security,
        "Encryption key",
        "KeyConfiguration",
        Whole(r.key_configuration()),
        Whole(w.key_configuration()),
    );
    c.member(
        Step::App,
        "Token issuer",
        "IssuerConfiguration",
        Whole(r.issuer_configuration()),
        Whole(w.issuer_configuration()),
    );
    c.member(
        Step::Security,
        "Authentication context levels",
        "AcrConfiguration",
        Whole(r.acr_configuration()),
        Whole(w.acr_configuration()),
    );
}

fn mfa(
    c: &mut Compare<'_>,
    r: Option<&SetUserPoolMfaConfigInput>,
    w: Option<&SetUserPoolMfaConfigInput>,
) {
    // The level is compared where both calls exist; a call on one side only is named by the
    // settings that make it.
    if let (Some(r), Some(w)) = (r, w) {
        c.member(
            Step::Security,
            "MFA enforcement",
            "MfaConfiguration",
            r.mfa_configuration(),
            w.mfa_configuration(),
        );
    }
    c.member(
        Step::Security,
        "MFA methods",
        "SoftwareTokenMfaConfiguration.Enabled",
        r.and_then(|m| m.software_token_mfa_configuration())
            .map(|t| t.enabled),
        w.and_then(|m| m.software_token_mfa_configuration())
            .map(|t| t.enabled),
    );
    let (rs, ws) = (
        r.and_then(|m| m.sms_mfa_configuration()),
        w.and_then(|m| m.sms_mfa_configuration()),
    );
    c.member(
        Step::Messaging,
        "MFA SMS message",
        "SmsMfaConfiguration.SmsAuthenticationMessage",
        rs.and_then(|s| s.sms_authentication_message()),
        ws.and_then(|s| s.sms_authentication_message()),
    );
    c.member(
        Step::Messaging,
        "SMS",
        "SmsMfaConfiguration.SmsConfiguration",
        Whole(rs.map(|s| s.sms_configuration())),
        Whole(ws.map(|s| s.sms_configuration())),
    );
    let (re, we) = (
        r.and_then(|m| m.email_mfa_configuration()),
        w.and_then(|m| m.email_mfa_configuration()),
    );
    c.member(
        Step::Security,
        "MFA methods",
        "EmailMfaConfiguration",
        Enabled(re.is_some()),
        Enabled(we.is_some()),
    );
    c.member(
        Step::Messaging,
        "MFA email subject",
        "EmailMfaConfiguration.Subject",
        re.and_then(|e| e.subject()),
        we.and_then(|e| e.subject()),
    );
    c.member(
        Step::Messaging,
        "MFA email message",
        "EmailMfaConfiguration.Message",
        re.and_then(|e| e.message()),
        we.and_then(|e| e.message()),
    );
    let (rw, ww) = (
        r.and_then(|m| m.web_authn_configuration()),
        w.and_then(|m| m.web_authn_configuration()),
    );
    c.member(
        Step::SignIn,
        "Passkey relying party ID",
        "WebAuthnConfiguration.RelyingPartyId",
        rw.and_then(|a| a.relying_party_id()),
        ww.and_then(|a| a.relying_party_id()),
    );
    c.member(
        Step::SignIn,
        "Passkey user verification",
        "WebAuthnConfiguration.UserVerification",
        rw.and_then(|a| a.user_verification()),
        ww.and_then(|a| a.user_verification()),
    );
    c.member(
        Step::SignIn,
        "Passkeys satisfy MFA",
        "WebAuthnConfiguration.FactorConfiguration",
        rw.and_then(|a| a.factor_configuration()),
        ww.and_then(|a| a.factor_configuration()),
    );
}

/// Whether a block is there.
struct Enabled(bool);

impl PartialEq for Enabled {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Show for Enabled {
    fn show(&self) -> String {
        if self.0 { "enabled" } else { "not enabled" }.to_owned()
    }
}

fn domain(
    c: &mut Compare<'_>,
    r: Option<&CreateUserPoolDomainInput>,
    w: Option<&CreateUserPoolDomainInput>,
) {
    let custom = r.is_some_and(|d| d.custom_domain_config().is_some());
    c.member(
        Step::App,
        if custom {
            "Custom domain"
        } else {
            "Cognito domain prefix"
        },
        "Domain",
        r.and_then(|d| d.domain()),
        w.and_then(|d| d.domain()),
    );
    c.member(
        Step::App,
        "ACM certificate",
        "CustomDomainConfig.CertificateArn",
        r.and_then(|d| d.custom_domain_config())
            .map(aws_sdk_cognitoidentityprovider::types::CustomDomainConfigType::certificate_arn),
        w.and_then(|d| d.custom_domain_config())
            .map(aws_sdk_cognitoidentityprovider::types::CustomDomainConfigType::certificate_arn),
    );
    c.member(
        Step::App,
        "Branding version",
        "ManagedLoginVersion",
        r.and_then(aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput::managed_login_version),
        w.and_then(aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput::managed_login_version),
    );
    c.member(
        Step::App,
        "Routing",
        "Routing",
        Whole(r.and_then(|d| d.routing())),
        Whole(w.and_then(|d| d.routing())),
    );
}

#[expect(
    clippy::too_many_lines,
    reason = "one line per member of the request, in the request's order"
)]
fn app_client(c: &mut Compare<'_>, r: &CreateUserPoolClientInput, w: &CreateUserPoolClientInput) {
    use Step::App;
    c.member(
        App,
        "App client name",
        "ClientName",
        r.client_name(),
        w.client_name(),
    );
    c.member(
        App,
        "Client secret",
        "GenerateSecret",
        r.generate_secret(),
        w.generate_secret(),
    );
    c.member(
        App,
        "Client secret",
        "ClientSecret",
        SecretSet(r.client_secret().is_some()),
        SecretSet(w.client_secret().is_some()),
    );
    let (ru, wu) = (r.token_validity_units(), w.token_validity_units());
    for (label, path, unit, value) in [
        (
            "Refresh token expiration",
            "RefreshToken",
            (|u| u.refresh_token()) as fn(&TokenValidityUnitsType) -> Option<&TimeUnitsType>,
            (|i| i.refresh_token_validity()) as fn(&CreateUserPoolClientInput) -> Option<i32>,
        ),
        (
            "Access token expiration",
            "AccessToken",
            |u| u.access_token(),
            |i| i.access_token_validity(),
        ),
        (
            "ID token expiration",
            "IdToken",
            |u| u.id_token(),
            |i| i.id_token_validity(),
        ),
    ] {
        let validity = path.replace("Token", "TokenValidity");
        c.member(App, label, &validity, value(r), value(w));
        c.member(
            App,
            label,
            &format!("TokenValidityUnits.{path}"),
            ru.and_then(unit),
            wu.and_then(unit),
        );
    }
    c.member(
        App,
        "Attribute read permissions",
        "ReadAttributes",
        r.read_attributes.as_ref(),
        w.read_attributes.as_ref(),
    );
    c.member(
        App,
        "Attribute write permissions",
        "WriteAttributes",
        r.write_attributes.as_ref(),
        w.write_attributes.as_ref(),
    );
    c.member(
        App,
        "Authentication flows",
        "ExplicitAuthFlows",
        r.explicit_auth_flows.as_ref(),
        w.explicit_auth_flows.as_ref(),
    );
    c.member(
        App,
        "Identity providers",
        "SupportedIdentityProviders",
        r.supported_identity_providers.as_ref(),
        w.supported_identity_providers.as_ref(),
    );
    c.member(
        App,
        "Allowed callback URLs",
        "CallbackURLs",
        r.callback_urls.as_ref(),
        w.callback_urls.as_ref(),
    );
    c.member(
        App,
        "Allowed sign-out URLs",
        "LogoutURLs",
        r.logout_urls.as_ref(),
        w.logout_urls.as_ref(),
    );
    c.member(
        App,
        "Default redirect URL",
        "DefaultRedirectURI",
        r.default_redirect_uri(),
        w.default_redirect_uri(),
    );
    c.member(
        App,
        "OAuth 2.0 grant types",
        "AllowedOAuthFlows",
        r.allowed_o_auth_flows.as_ref(),
        w.allowed_o_auth_flows.as_ref(),
    );
    c.member(
        App,
        "OpenID Connect scopes",
        "AllowedOAuthScopes",
        r.allowed_o_auth_scopes.as_ref(),
        w.allowed_o_auth_scopes.as_ref(),
    );
    c.member(
        App,
        "Hosted UI settings",
        "AllowedOAuthFlowsUserPoolClient",
        r.allowed_o_auth_flows_user_pool_client(),
        w.allowed_o_auth_flows_user_pool_client(),
    );
    c.member(
        App,
        "Pinpoint analytics",
        "AnalyticsConfiguration",
        Whole(r.analytics_configuration()),
        Whole(w.analytics_configuration()),
    );
    c.member(
        App,
        "Prevent user existence errors",
        "PreventUserExistenceErrors",
        r.prevent_user_existence_errors(),
        w.prevent_user_existence_errors(),
    );
    c.member(
        App,
        "Enable token revocation",
        "EnableTokenRevocation",
        r.enable_token_revocation(),
        w.enable_token_revocation(),
    );
    c.member(
        App,
        "Propagate additional user context data",
        "EnablePropagateAdditionalUserContextData",
        r.enable_propagate_additional_user_context_data(),
        w.enable_propagate_additional_user_context_data(),
    );
    c.member(
        App,
        "Authentication flow session duration",
        "AuthSessionValidity",
        r.auth_session_validity(),
        w.auth_session_validity(),
    );
    c.member(
        App,
        "Refresh token rotation",
        "RefreshTokenRotation",
        Whole(r.refresh_token_rotation()),
        Whole(w.refresh_token_rotation()),
    );
}
