//! Step 2, "Configure security requirements": password policy, multi-factor authentication,
//! account recovery, and the newer feature plan and threat protection.
//!
//! # Examples
//!
//! ```
//! use cognito_wizard::{AccountRecovery, CustomPasswordPolicy, Mfa, MfaMethod, PasswordPolicy, Security};
//!
//! let step = Security::default()
//!     .password_policy(PasswordPolicy::Custom(
//!         CustomPasswordPolicy::default().minimum_length(12).require_special_characters(false),
//!     ))
//!     .mfa(Mfa::optional([MfaMethod::AuthenticatorApp]))
//!     .account_recovery(AccountRecovery::EmailThenSms);
//! # let _ = step;
//! ```

pub(crate) mod mfa_rules;
pub(crate) mod rules;

use std::fmt;

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::types::{
    AccountRecoverySettingType, AdvancedSecurityAdditionalFlowsType,
    AdvancedSecurityEnabledModeType, AdvancedSecurityModeType, PasswordPolicyType,
    RecoveryOptionNameType, RecoveryOptionType, SignInPolicyType, SmsMfaConfigType,
    SoftwareTokenMfaConfigType, UserPoolAddOnsType, UserPoolMfaType, UserPoolPolicyType,
    UserPoolTierType,
};

use super::built;
use super::messaging::Messaging;
use super::sign_in::{SignIn, enabled};
use crate::checkbox::{Checkboxes, checkbox};
use crate::page::{Page, join, or_none};

/// "Password policy mode".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum PasswordPolicy {
    /// "Cognito defaults": at least 8 characters with a number, a special character, an
    /// upper-case and a lower-case letter; temporary passwords expire after 7 days.
    #[default]
    CognitoDefaults,
    /// "Custom".
    Custom(CustomPasswordPolicy),
}

impl PasswordPolicy {
    /// The effective policy (the defaults spelled out).
    fn resolved(self) -> CustomPasswordPolicy {
        match self {
            PasswordPolicy::CognitoDefaults => CustomPasswordPolicy::default(),
            PasswordPolicy::Custom(custom) => custom,
        }
    }
}

/// A custom password policy. `Default` is the same as [`PasswordPolicy::CognitoDefaults`], to
/// change one requirement at a time.
///
/// # Examples
///
/// ```
/// use cognito_wizard::{CustomPasswordPolicy, PasswordPolicy};
///
/// let policy = PasswordPolicy::Custom(
///     CustomPasswordPolicy::default()
///         .minimum_length(14)
///         .password_history_size(5)
///         .temporary_password_validity_days(3),
/// );
/// # let _ = policy;
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "one field per console checkbox"
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct CustomPasswordPolicy {
    minimum_length: u8,
    require_numbers: bool,
    require_special_characters: bool,
    require_uppercase: bool,
    require_lowercase: bool,
    temporary_password_validity_days: u16,
    password_history_size: u8,
}

/// Cognito's default policy (API reference, `PasswordPolicyType`; Developer Guide, "Adding
/// user pool password requirements").
impl Default for CustomPasswordPolicy {
    fn default() -> Self {
        CustomPasswordPolicy {
            minimum_length: 8,
            require_numbers: true,
            require_special_characters: true,
            require_uppercase: true,
            require_lowercase: true,
            temporary_password_validity_days: 7,
            password_history_size: 0,
        }
    }
}

impl CustomPasswordPolicy {
    /// "Password minimum length" (6 to 99).
    #[must_use]
    pub fn minimum_length(mut self, length: u8) -> Self {
        self.minimum_length = length;
        self
    }

    /// "Contains at least 1 number".
    #[must_use]
    pub fn require_numbers(mut self, required: bool) -> Self {
        self.require_numbers = required;
        self
    }

    /// "Contains at least 1 special character" (`RequireSymbols`).
    #[must_use]
    pub fn require_special_characters(mut self, required: bool) -> Self {
        self.require_special_characters = required;
        self
    }

    /// "Contains at least 1 uppercase letter".
    #[must_use]
    pub fn require_uppercase(mut self, required: bool) -> Self {
        self.require_uppercase = required;
        self
    }

    /// "Contains at least 1 lowercase letter".
    #[must_use]
    pub fn require_lowercase(mut self, required: bool) -> Self {
        self.require_lowercase = required;
        self
    }

    /// "Temporary passwords set by administrators expire in" days (0 to 365; 0 means the
    /// service default of 7).
    #[must_use]
    pub fn temporary_password_validity_days(mut self, days: u16) -> Self {
        self.temporary_password_validity_days = days;
        self
    }

    /// "Prevent use of previous passwords": how many (0 to 24; 0 = off; needs the Essentials
    /// or Plus plan).
    #[must_use]
    pub fn password_history_size(mut self, size: u8) -> Self {
        self.password_history_size = size;
        self
    }

    fn to_wire(self) -> PasswordPolicyType {
        PasswordPolicyType::builder()
            .minimum_length(self.minimum_length.into())
            .require_uppercase(self.require_uppercase)
            .require_lowercase(self.require_lowercase)
            .require_numbers(self.require_numbers)
            .require_symbols(self.require_special_characters)
            .set_password_history_size(
                (self.password_history_size > 0).then_some(self.password_history_size.into()),
            )
            .temporary_password_validity_days(self.temporary_password_validity_days.into())
            .build()
    }

    fn requirements(self) -> impl Iterator<Item = &'static str> + Clone {
        [
            (self.require_numbers, "1 number"),
            (self.require_special_characters, "1 special character"),
            (self.require_uppercase, "1 uppercase letter"),
            (self.require_lowercase, "1 lowercase letter"),
        ]
        .into_iter()
        .filter_map(|(on, label)| on.then_some(label))
    }
}

/// An "MFA methods" checkbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum MfaMethod {
    /// "Authenticator apps" (TOTP), enabled with `SetUserPoolMfaConfig`.
    AuthenticatorApp,
    /// "SMS message": needs SMS settings in step 4.
    Sms,
    /// "Email message": needs "Send email with Amazon SES" in step 4 and the Essentials or
    /// Plus plan; enabled with `SetUserPoolMfaConfig`.
    Email,
}

/// The console's label.
impl fmt::Display for MfaMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MfaMethod::AuthenticatorApp => "Authenticator apps",
            MfaMethod::Sms => "SMS message",
            MfaMethod::Email => "Email message",
        })
    }
}

checkbox!(MfaMethod => [MfaMethod::AuthenticatorApp, MfaMethod::Sms, MfaMethod::Email]);

/// "Multi-factor authentication": the MFA enforcement radio buttons, each enforcing
/// level carrying its method checkboxes (review rejects an empty set, as Cognito does).
///
/// `CreateUserPool` can only turn on SMS MFA (SR-012), so the plan sends
/// `MfaConfiguration = OFF` there unless SMS is chosen, and enables authenticator apps and
/// e-mail MFA with a following `SetUserPoolMfaConfig`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Mfa {
    /// "No MFA" (review warns).
    Off,
    /// "Optional MFA".
    Optional(Checkboxes<MfaMethod>),
    /// "Require MFA - Recommended".
    Required(Checkboxes<MfaMethod>),
}

impl Mfa {
    /// "Optional MFA" with these methods.
    pub fn optional(methods: impl IntoIterator<Item = MfaMethod>) -> Self {
        Mfa::Optional(methods.into_iter().collect())
    }

    /// "Require MFA" with these methods.
    pub fn required(methods: impl IntoIterator<Item = MfaMethod>) -> Self {
        Mfa::Required(methods.into_iter().collect())
    }

    /// The chosen methods (none when off).
    fn methods(&self) -> Option<Checkboxes<MfaMethod>> {
        match self {
            Mfa::Off => None,
            Mfa::Optional(m) | Mfa::Required(m) => Some(*m),
        }
    }

    pub(crate) fn uses(&self, method: MfaMethod) -> bool {
        self.methods().is_some_and(|m| m.contains(method))
    }

    fn wire(&self) -> UserPoolMfaType {
        match self {
            Mfa::Off => UserPoolMfaType::Off,
            Mfa::Optional(_) => UserPoolMfaType::Optional,
            Mfa::Required(_) => UserPoolMfaType::On,
        }
    }
}

/// The console's default: "Require MFA" with authenticator apps.
impl Default for Mfa {
    fn default() -> Self {
        Mfa::required([MfaMethod::AuthenticatorApp])
    }
}

/// "User account recovery": self-service recovery and its delivery method.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum AccountRecovery {
    /// Self-service recovery off: only an administrator can reset a password (`admin_only`;
    /// review warns).
    Disabled,
    /// "Email only" (`verified_email`), the default.
    #[default]
    EmailOnly,
    /// "SMS only" (`verified_phone_number`).
    SmsOnly,
    /// "Email if available, otherwise SMS".
    EmailThenSms,
    /// "SMS if available, otherwise email".
    SmsThenEmail,
}

impl AccountRecovery {
    fn mechanisms(self) -> &'static [RecoveryOptionNameType] {
        match self {
            AccountRecovery::Disabled => &[RecoveryOptionNameType::AdminOnly],
            AccountRecovery::EmailOnly => &[RecoveryOptionNameType::VerifiedEmail],
            AccountRecovery::SmsOnly => &[RecoveryOptionNameType::VerifiedPhoneNumber],
            AccountRecovery::EmailThenSms => &[
                RecoveryOptionNameType::VerifiedEmail,
                RecoveryOptionNameType::VerifiedPhoneNumber,
            ],
            AccountRecovery::SmsThenEmail => &[
                RecoveryOptionNameType::VerifiedPhoneNumber,
                RecoveryOptionNameType::VerifiedEmail,
            ],
        }
    }
}

/// The console's label for the delivery method.
impl fmt::Display for AccountRecovery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AccountRecovery::Disabled => "Administrator only",
            AccountRecovery::EmailOnly => "Email only",
            AccountRecovery::SmsOnly => "SMS only",
            AccountRecovery::EmailThenSms => "Email if available, otherwise SMS",
            AccountRecovery::SmsThenEmail => "SMS if available, otherwise email",
        })
    }
}

/// The user pool feature plan (`UserPoolTier`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum FeaturePlan {
    /// "Lite".
    Lite,
    /// "Essentials": the service's default when `UserPoolTier` is absent, so the plan does
    /// not send it.
    #[default]
    Essentials,
    /// "Plus": needed for threat protection.
    Plus,
}

/// The console's label.
impl fmt::Display for FeaturePlan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FeaturePlan::Lite => "Lite",
            FeaturePlan::Essentials => "Essentials",
            FeaturePlan::Plus => "Plus",
        })
    }
}

/// Threat protection enforcement (`UserPoolAddOns`; needs the Plus plan unless off).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum ThreatProtection {
    /// "No enforcement", the default.
    #[default]
    Off,
    /// "Audit only".
    Audit,
    /// "Full function".
    Enforced,
}

/// The console's label.
impl fmt::Display for ThreatProtection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ThreatProtection::Off => "No enforcement",
            ThreatProtection::Audit => "Audit only",
            ThreatProtection::Enforced => "Full function",
        })
    }
}

/// Step 2, "Configure security requirements". `Default` is the console's: Cognito's password
/// policy, "Require MFA" with authenticator apps, self-service recovery by e-mail, the
/// Essentials plan (the service default) and no threat protection.
///
/// # Examples
///
/// ```
/// use cognito_wizard::{FeaturePlan, Mfa, Security, ThreatProtection};
///
/// let step = Security::default()
///     .mfa(Mfa::Off)
///     .feature_plan(FeaturePlan::Plus)
///     .threat_protection(ThreatProtection::Enforced);
/// # let _ = step;
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct Security {
    password_policy: PasswordPolicy,
    mfa: Mfa,
    account_recovery: AccountRecovery,
    feature_plan: FeaturePlan,
    threat_protection: ThreatProtection,
    custom_auth_threat_protection: ThreatProtection,
}

impl Security {
    /// "Password policy mode".
    #[must_use]
    pub fn password_policy(mut self, policy: PasswordPolicy) -> Self {
        self.password_policy = policy;
        self
    }

    /// "Multi-factor authentication".
    #[must_use]
    pub fn mfa(mut self, mfa: Mfa) -> Self {
        self.mfa = mfa;
        self
    }

    /// "User account recovery".
    #[must_use]
    pub fn account_recovery(mut self, recovery: AccountRecovery) -> Self {
        self.account_recovery = recovery;
        self
    }

    /// The feature plan.
    #[must_use]
    pub fn feature_plan(mut self, plan: FeaturePlan) -> Self {
        self.feature_plan = plan;
        self
    }

    /// Threat protection for standard authentication (`AdvancedSecurityMode`).
    #[must_use]
    pub fn threat_protection(mut self, mode: ThreatProtection) -> Self {
        self.threat_protection = mode;
        self
    }

    /// Threat protection for custom authentication
    /// (`AdvancedSecurityAdditionalFlows.CustomAuthMode`).
    #[must_use]
    pub fn custom_auth_threat_protection(mut self, mode: ThreatProtection) -> Self {
        self.custom_auth_threat_protection = mode;
        self
    }

    pub(crate) fn mfa_choice(&self) -> &Mfa {
        &self.mfa
    }

    pub(crate) fn recovery(&self) -> AccountRecovery {
        self.account_recovery
    }

    pub(crate) fn plan(&self) -> FeaturePlan {
        self.feature_plan
    }

    /// Writes this step's members of `CreateUserPool`; `Policies` carries step 1's sign-in
    /// policy too.
    pub(crate) fn to_pool(
        &self,
        input: &mut CreateUserPoolInput,
        sign_in_policy: Option<SignInPolicyType>,
    ) {
        input.policies = Some(
            UserPoolPolicyType::builder()
                .password_policy(self.password_policy.resolved().to_wire())
                .set_sign_in_policy(sign_in_policy)
                .build(),
        );
        // Only SMS MFA can be turned on in CreateUserPool (SR-012); the other methods follow in
        // SetUserPoolMfaConfig.
        input.mfa_configuration = Some(if self.mfa.uses(MfaMethod::Sms) {
            self.mfa.wire()
        } else {
            UserPoolMfaType::Off
        });
        input.account_recovery_setting = Some(
            AccountRecoverySettingType::builder()
                .set_recovery_mechanisms(Some(
                    (1..)
                        .zip(self.account_recovery.mechanisms())
                        .map(|(priority, name)| {
                            built(
                                RecoveryOptionType::builder()
                                    .priority(priority)
                                    .name(name.clone())
                                    .build(),
                            )
                        })
                        .collect(),
                ))
                .build(),
        );
        input.user_pool_tier = match self.feature_plan {
            FeaturePlan::Lite => Some(UserPoolTierType::Lite),
            FeaturePlan::Essentials => None,
            FeaturePlan::Plus => Some(UserPoolTierType::Plus),
        };
        input.user_pool_add_ons = self.add_ons();
    }

    /// `UserPoolAddOns`, only when some threat protection is on.
    fn add_ons(&self) -> Option<UserPoolAddOnsType> {
        if self.threat_protection == ThreatProtection::Off
            && self.custom_auth_threat_protection == ThreatProtection::Off
        {
            return None;
        }
        let custom_auth = match self.custom_auth_threat_protection {
            ThreatProtection::Off => None,
            ThreatProtection::Audit => Some(AdvancedSecurityEnabledModeType::Audit),
            ThreatProtection::Enforced => Some(AdvancedSecurityEnabledModeType::Enforced),
        };
        Some(built(
            UserPoolAddOnsType::builder()
                .advanced_security_mode(match self.threat_protection {
                    ThreatProtection::Off => AdvancedSecurityModeType::Off,
                    ThreatProtection::Audit => AdvancedSecurityModeType::Audit,
                    ThreatProtection::Enforced => AdvancedSecurityModeType::Enforced,
                })
                .set_advanced_security_additional_flows(custom_auth.map(|mode| {
                    AdvancedSecurityAdditionalFlowsType::builder()
                        .custom_auth_mode(mode)
                        .build()
                }))
                .build(),
        ))
    }

    /// The `SetUserPoolMfaConfig` request (without `UserPoolId`), when authenticator apps,
    /// e-mail MFA or passkey settings need it. Everything `SetUserPoolMfaConfig` omits is
    /// turned off, so SMS MFA is repeated there when it is chosen too.
    pub(crate) fn mfa_config(
        &self,
        sign_in: &SignIn,
        messaging: &Messaging,
    ) -> Option<SetUserPoolMfaConfigInput> {
        let web_authn = sign_in.web_authn();
        let needs_call = match self.mfa.methods() {
            None => false,
            // An empty choice is sent as is, so the wire rule reports what Cognito would.
            Some(m) => {
                m.is_empty()
                    || m.contains(MfaMethod::AuthenticatorApp)
                    || m.contains(MfaMethod::Email)
            }
        };
        if !needs_call && web_authn.is_none() {
            return None;
        }
        // Assigning the input's public members saves moving its builder once per member.
        let mut input = built(SetUserPoolMfaConfigInput::builder().build());
        input.mfa_configuration = Some(self.mfa.wire());
        input.web_authn_configuration = web_authn;
        if self.mfa.uses(MfaMethod::AuthenticatorApp) {
            input.software_token_mfa_configuration =
                Some(SoftwareTokenMfaConfigType::builder().enabled(true).build());
        }
        if self.mfa.uses(MfaMethod::Sms) {
            input.sms_mfa_configuration = Some(
                SmsMfaConfigType::builder()
                    .set_sms_authentication_message(messaging.mfa_sms_message().map(str::to_owned))
                    .set_sms_configuration(messaging.sms_configuration())
                    .build(),
            );
        }
        if self.mfa.uses(MfaMethod::Email) {
            input.email_mfa_configuration = Some(messaging.email_mfa());
        }
        Some(input)
    }

    /// The step that writes `pool` and `mfa`, the inverse of [`to_pool`](Self::to_pool) and
    /// [`mfa_config`](Self::mfa_config). Values the step cannot hold (a password length beyond
    /// 255, recovery mechanisms it does not offer, an unknown plan) fall back to the console's
    /// defaults; read-back lists them by comparing the requests this step writes back.
    pub(crate) fn from_requests(
        pool: &CreateUserPoolInput,
        mfa: Option<&SetUserPoolMfaConfigInput>,
    ) -> Security {
        let defaults = CustomPasswordPolicy::default();
        let password = pool
            .policies()
            .and_then(UserPoolPolicyType::password_policy)
            .map_or(defaults, |p| CustomPasswordPolicy {
                minimum_length: p
                    .minimum_length
                    .and_then(|n| u8::try_from(n).ok())
                    .unwrap_or(defaults.minimum_length),
                require_numbers: p.require_numbers,
                require_special_characters: p.require_symbols,
                require_uppercase: p.require_uppercase,
                require_lowercase: p.require_lowercase,
                temporary_password_validity_days: u16::try_from(p.temporary_password_validity_days)
                    .unwrap_or(defaults.temporary_password_validity_days),
                password_history_size: p
                    .password_history_size
                    .and_then(|n| u8::try_from(n).ok())
                    .unwrap_or(defaults.password_history_size),
            });
        // The plan sends the pool's own `MfaConfiguration` only with SMS, and repeats the
        // level in `SetUserPoolMfaConfig` whenever it sends that.
        let sms = pool
            .mfa_configuration()
            .is_some_and(|level| *level != UserPoolMfaType::Off)
            || mfa.is_some_and(|m| m.sms_mfa_configuration().is_some());
        let level = mfa
            .and_then(SetUserPoolMfaConfigInput::mfa_configuration)
            .or(pool.mfa_configuration());
        let mut methods = Checkboxes::new();
        if sms {
            methods.insert(MfaMethod::Sms);
        }
        if mfa
            .and_then(SetUserPoolMfaConfigInput::software_token_mfa_configuration)
            .is_some_and(|totp| totp.enabled)
        {
            methods.insert(MfaMethod::AuthenticatorApp);
        }
        if mfa.is_some_and(|m| m.email_mfa_configuration().is_some()) {
            methods.insert(MfaMethod::Email);
        }
        let mfa = match level {
            Some(UserPoolMfaType::On) => Mfa::Required(methods),
            Some(UserPoolMfaType::Optional) => Mfa::Optional(methods),
            _ => Mfa::Off,
        };
        let mechanisms: Vec<&RecoveryOptionNameType> = pool
            .account_recovery_setting()
            .map(|r| {
                let mut by_priority: Vec<&RecoveryOptionType> =
                    r.recovery_mechanisms().iter().collect();
                by_priority.sort_by_key(|m| m.priority);
                by_priority
                    .into_iter()
                    .map(RecoveryOptionType::name)
                    .collect()
            })
            .unwrap_or_default();
        let account_recovery = [
            AccountRecovery::Disabled,
            AccountRecovery::EmailOnly,
            AccountRecovery::SmsOnly,
            AccountRecovery::EmailThenSms,
            AccountRecovery::SmsThenEmail,
        ]
        .into_iter()
        .find(|choice| choice.mechanisms().iter().eq(mechanisms.iter().copied()))
        .unwrap_or_default();
        let feature_plan = match pool.user_pool_tier() {
            Some(UserPoolTierType::Lite) => FeaturePlan::Lite,
            Some(UserPoolTierType::Plus) => FeaturePlan::Plus,
            _ => FeaturePlan::Essentials,
        };
        let add_ons = pool.user_pool_add_ons();
        let threat_protection = match add_ons.map(UserPoolAddOnsType::advanced_security_mode) {
            Some(AdvancedSecurityModeType::Audit) => ThreatProtection::Audit,
            Some(AdvancedSecurityModeType::Enforced) => ThreatProtection::Enforced,
            _ => ThreatProtection::Off,
        };
        let custom_auth_threat_protection = match add_ons
            .and_then(UserPoolAddOnsType::advanced_security_additional_flows)
            .and_then(AdvancedSecurityAdditionalFlowsType::custom_auth_mode)
        {
            Some(AdvancedSecurityEnabledModeType::Audit) => ThreatProtection::Audit,
            Some(AdvancedSecurityEnabledModeType::Enforced) => ThreatProtection::Enforced,
            _ => ThreatProtection::Off,
        };
        Security {
            // The defaults spelled out are the same request as "Cognito defaults".
            password_policy: if password == defaults {
                PasswordPolicy::CognitoDefaults
            } else {
                PasswordPolicy::Custom(password)
            },
            mfa,
            account_recovery,
            feature_plan,
            threat_protection,
            custom_auth_threat_protection,
        }
    }

    /// This step's section of the review page.
    pub(crate) fn write_review(&self, page: &mut Page<'_, '_>) -> fmt::Result {
        let policy = self.password_policy.resolved();
        page.row(
            "Password policy mode",
            match self.password_policy {
                PasswordPolicy::CognitoDefaults => "Cognito defaults",
                PasswordPolicy::Custom(_) => "Custom",
            },
        )?;
        page.row(
            "Password minimum length",
            format_args!("{} character(s)", policy.minimum_length),
        )?;
        if policy.requirements().next().is_none() {
            page.row("Password requirements", "-")?;
        } else {
            page.row(
                "Password requirements",
                format_args!("Contains at least {}", join(policy.requirements())),
            )?;
        }
        page.row(
            "Temporary passwords set by administrators expire in",
            format_args!("{} day(s)", policy.temporary_password_validity_days),
        )?;
        if policy.password_history_size > 0 {
            page.row(
                "Prevent use of previous passwords",
                format_args!("{} password(s)", policy.password_history_size),
            )?;
        }
        page.row(
            "MFA enforcement",
            match self.mfa {
                Mfa::Off => "No MFA",
                Mfa::Optional(_) => "Optional MFA",
                Mfa::Required(_) => "Require MFA - Recommended",
            },
        )?;
        if let Some(methods) = self.mfa.methods() {
            page.row("MFA methods", or_none(join(methods)))?;
        }
        let self_service = self.account_recovery != AccountRecovery::Disabled;
        page.row("Self-service account recovery", enabled(self_service))?;
        if self_service {
            page.row(
                "Delivery method for user account recovery messages",
                self.account_recovery,
            )?;
        }
        page.row("Feature plan", self.feature_plan)?;
        page.row("Threat protection", self.threat_protection)?;
        if self.custom_auth_threat_protection != ThreatProtection::Off {
            page.row(
                "Threat protection for custom authentication",
                self.custom_auth_threat_protection,
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EmailSender, SignInOption, SmsSettings};

    fn pool(step: &Security) -> CreateUserPoolInput {
        let mut input = CreateUserPoolInput::builder().build().unwrap();
        step.to_pool(&mut input, None);
        input
    }

    fn cognito_email() -> Messaging {
        Messaging::email(EmailSender::cognito())
    }

    #[test]
    fn defaults_map_to_the_console_defaults() {
        let input = pool(&Security::default());
        let password = input.policies().unwrap().password_policy().unwrap();
        assert_eq!(password.minimum_length(), Some(8));
        assert!(password.require_uppercase());
        assert!(password.require_lowercase());
        assert!(password.require_numbers());
        assert!(password.require_symbols());
        assert_eq!(password.temporary_password_validity_days(), 7);
        assert_eq!(password.password_history_size(), None);
        assert_eq!(input.mfa_configuration(), Some(&UserPoolMfaType::Off));
        let recovery = input
            .account_recovery_setting()
            .unwrap()
            .recovery_mechanisms();
        assert_eq!(recovery.len(), 1);
        assert_eq!(recovery[0].priority(), 1);
        assert_eq!(recovery[0].name(), &RecoveryOptionNameType::VerifiedEmail);
        assert_eq!(input.user_pool_tier(), None);
        assert!(input.user_pool_add_ons().is_none());
    }

    #[test]
    fn default_mfa_is_totp_through_set_user_pool_mfa_config() {
        let sign_in = SignIn::with([SignInOption::Email]);
        let set = Security::default()
            .mfa_config(&sign_in, &cognito_email())
            .unwrap();
        assert_eq!(set.mfa_configuration(), Some(&UserPoolMfaType::On));
        assert!(set.software_token_mfa_configuration().unwrap().enabled());
        assert!(set.sms_mfa_configuration().is_none());
        assert!(set.email_mfa_configuration().is_none());
        assert!(set.web_authn_configuration().is_none());
        assert!(set.user_pool_id().is_none());
    }

    #[test]
    fn mfa_off_needs_no_second_call() {
        let sign_in = SignIn::with([SignInOption::Email]);
        let step = Security::default().mfa(Mfa::Off);
        assert!(step.mfa_config(&sign_in, &cognito_email()).is_none());
        assert_eq!(pool(&step).mfa_configuration(), Some(&UserPoolMfaType::Off));
    }

    #[test]
    fn sms_mfa_is_set_in_create_user_pool() {
        let sign_in = SignIn::with([SignInOption::PhoneNumber]);
        let messaging = cognito_email().sms(SmsSettings::new(
            "arn:aws:iam::123456789012:role/cognito-sms",
        ));
        let step = Security::default().mfa(Mfa::optional([MfaMethod::Sms]));
        assert_eq!(
            pool(&step).mfa_configuration(),
            Some(&UserPoolMfaType::Optional)
        );
        assert!(step.mfa_config(&sign_in, &messaging).is_none());

        // With TOTP as well, SetUserPoolMfaConfig repeats SMS (omitted factors are turned off).
        let step =
            Security::default().mfa(Mfa::required([MfaMethod::Sms, MfaMethod::AuthenticatorApp]));
        assert_eq!(pool(&step).mfa_configuration(), Some(&UserPoolMfaType::On));
        let set = step.mfa_config(&sign_in, &messaging).unwrap();
        let sms = set.sms_mfa_configuration().unwrap();
        assert_eq!(
            sms.sms_configuration().unwrap().sns_caller_arn(),
            "arn:aws:iam::123456789012:role/cognito-sms"
        );
        assert!(set.software_token_mfa_configuration().unwrap().enabled());
    }

    #[test]
    fn email_mfa() {
        let sign_in = SignIn::with([SignInOption::Email]);
        let step = Security::default().mfa(Mfa::optional([MfaMethod::Email]));
        let set = step.mfa_config(&sign_in, &cognito_email()).unwrap();
        assert_eq!(set.mfa_configuration(), Some(&UserPoolMfaType::Optional));
        assert!(set.email_mfa_configuration().is_some());
        assert!(set.software_token_mfa_configuration().is_none());
    }

    #[test]
    fn passkey_settings_alone_send_mfa_off() {
        let sign_in = SignIn::with([SignInOption::Email])
            .passkeys(crate::Passkeys::default().relying_party_id("auth.example.com"));
        let set = Security::default()
            .mfa(Mfa::Off)
            .mfa_config(&sign_in, &cognito_email())
            .unwrap();
        assert_eq!(set.mfa_configuration(), Some(&UserPoolMfaType::Off));
        assert!(set.web_authn_configuration().is_some());
    }

    #[test]
    fn custom_policy_recovery_plan_and_threat_protection() {
        let step = Security::default()
            .password_policy(PasswordPolicy::Custom(
                CustomPasswordPolicy::default()
                    .minimum_length(12)
                    .require_special_characters(false)
                    .password_history_size(5)
                    .temporary_password_validity_days(3),
            ))
            .account_recovery(AccountRecovery::SmsThenEmail)
            .feature_plan(FeaturePlan::Plus)
            .threat_protection(ThreatProtection::Audit)
            .custom_auth_threat_protection(ThreatProtection::Enforced);
        let input = pool(&step);
        let password = input.policies().unwrap().password_policy().unwrap();
        assert_eq!(password.minimum_length(), Some(12));
        assert!(!password.require_symbols());
        assert_eq!(password.password_history_size(), Some(5));
        assert_eq!(password.temporary_password_validity_days(), 3);
        let recovery = input
            .account_recovery_setting()
            .unwrap()
            .recovery_mechanisms();
        assert_eq!(
            recovery
                .iter()
                .map(|r| (r.priority(), r.name().clone()))
                .collect::<Vec<_>>(),
            [
                (1, RecoveryOptionNameType::VerifiedPhoneNumber),
                (2, RecoveryOptionNameType::VerifiedEmail)
            ]
        );
        assert_eq!(input.user_pool_tier(), Some(&UserPoolTierType::Plus));
        let add_ons = input.user_pool_add_ons().unwrap();
        assert_eq!(
            add_ons.advanced_security_mode(),
            &AdvancedSecurityModeType::Audit
        );
        assert_eq!(
            add_ons
                .advanced_security_additional_flows()
                .unwrap()
                .custom_auth_mode(),
            Some(&AdvancedSecurityEnabledModeType::Enforced)
        );
    }

    #[test]
    fn recovery_off_is_admin_only() {
        let input = pool(&Security::default().account_recovery(AccountRecovery::Disabled));
        let recovery = input
            .account_recovery_setting()
            .unwrap()
            .recovery_mechanisms();
        assert_eq!(recovery[0].name(), &RecoveryOptionNameType::AdminOnly);
    }
}
