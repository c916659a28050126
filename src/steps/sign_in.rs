//! Step 1, "Configure sign-in experience": how users sign in (user name, e-mail address,
//! phone number), user-name rules, choice-based (passwordless) sign-in, passkeys and device
//! tracking.
//!
//! # Examples
//!
//! ```
//! use cognito_wizard::{SignIn, SignInOption};
//!
//! // Users sign in with a user name, and may also use their e-mail address.
//! let step = SignIn::with([SignInOption::Username, SignInOption::Email])
//!     .preferred_username(true);
//! # let _ = step;
//! ```

mod federation;
pub(crate) mod idp_rules;
pub(crate) mod rules;

pub(crate) use federation::ProviderKeysOnly;
pub use federation::{
    AppleProvider, AttributesRequestMethod, FacebookProvider, GoogleProvider, IdentityProvider,
    LoginWithAmazonProvider, OidcEndpoints, OidcProvider, PoolAttribute, SamlMetadata,
    SamlProvider,
};

use std::fmt;

use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::CreateIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::types::{
    AliasAttributeType, AuthFactorType, DeviceConfigurationType, SignInPolicyType,
    UserPoolPolicyType, UserVerificationType, UsernameAttributeType, UsernameConfigurationType,
    WebAuthnConfigurationType, WebAuthnFactorConfigurationType,
};

use super::built;
use crate::checkbox::{Checkboxes, checkbox};
use crate::page::{Page, join, or_none};

/// A "Cognito user pool sign-in options" checkbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum SignInOption {
    /// "User name": users pick a user name. E-mail and phone then become aliases
    /// (`AliasAttributes`).
    Username,
    /// "Email": users sign in with their e-mail address.
    Email,
    /// "Phone number": users sign in with their phone number.
    PhoneNumber,
}

/// The console's label.
impl fmt::Display for SignInOption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SignInOption::Username => "User name",
            SignInOption::Email => "Email",
            SignInOption::PhoneNumber => "Phone number",
        })
    }
}

checkbox!(SignInOption => [SignInOption::Username, SignInOption::Email, SignInOption::PhoneNumber]);

/// A passwordless first factor for choice-based sign-in, besides the password (which the
/// service always requires in the list) and passkeys (see [`SignIn::passkeys`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum PasswordlessFactor {
    /// "Email message one-time password" (`EMAIL_OTP`).
    EmailOtp,
    /// "SMS message one-time password" (`SMS_OTP`).
    SmsOtp,
}

/// The console's label.
impl fmt::Display for PasswordlessFactor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PasswordlessFactor::EmailOtp => "Email message one-time password",
            PasswordlessFactor::SmsOtp => "SMS message one-time password",
        })
    }
}

checkbox!(PasswordlessFactor => [PasswordlessFactor::EmailOtp, PasswordlessFactor::SmsOtp]);

/// Passkey (`WebAuthn`) sign-in. Choosing passkeys adds `WEB_AUTHN` to the allowed first
/// factors; settings other than the service defaults are sent with `SetUserPoolMfaConfig`
/// (`WebAuthnConfiguration`), which is where the API keeps them.
///
/// # Examples
///
/// ```
/// use cognito_wizard::{Passkeys, UserVerification};
///
/// let passkeys = Passkeys::default()
///     .relying_party_id("auth.example.com")
///     .user_verification(UserVerification::Required);
/// # let _ = passkeys;
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct Passkeys {
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    relying_party_id: Option<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    user_verification: Option<UserVerification>,
    multi_factor: bool,
}

impl Passkeys {
    /// The relying party id (usually the user pool's domain). Unset, the service uses the
    /// pool's domain.
    #[must_use]
    pub fn relying_party_id(mut self, id: impl Into<String>) -> Self {
        self.relying_party_id = Some(id.into());
        self
    }

    /// Whether authenticators must verify the user. Unset, the service uses `preferred`.
    #[must_use]
    pub fn user_verification(mut self, verification: UserVerification) -> Self {
        self.user_verification = Some(verification);
        self
    }

    /// Lets a passkey with user verification satisfy MFA
    /// (`FactorConfiguration = MULTI_FACTOR_WITH_USER_VERIFICATION`).
    #[must_use]
    pub fn multi_factor(mut self, multi_factor: bool) -> Self {
        self.multi_factor = multi_factor;
        self
    }

    /// Whether anything differs from the service's defaults (then `SetUserPoolMfaConfig`
    /// carries a `WebAuthnConfiguration`).
    fn configured(&self) -> bool {
        self.relying_party_id.is_some() || self.user_verification.is_some() || self.multi_factor
    }
}

/// Passkey user verification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum UserVerification {
    /// `preferred`: authenticators without user verification are accepted.
    Preferred,
    /// `required`: only authenticators that verify the user.
    Required,
}

/// The console's label.
impl fmt::Display for UserVerification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            UserVerification::Preferred => "Preferred",
            UserVerification::Required => "Required",
        })
    }
}

/// "Remember user devices" (device tracking).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum RememberDevices {
    /// "Don't remember" (no `DeviceConfiguration`), the default.
    #[default]
    Never,
    /// "Always".
    Always,
    /// "User opt-in" (`DeviceOnlyRememberedOnUserPrompt = true`).
    UserOptIn,
}

/// The console's label.
impl fmt::Display for RememberDevices {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RememberDevices::Never => "Don't remember",
            RememberDevices::Always => "Always",
            RememberDevices::UserOptIn => "User opt-in",
        })
    }
}

/// Step 1, "Configure sign-in experience". There is no default: the console makes you choose
/// at least one sign-in option.
///
/// Maps to `CreateUserPool`: with [`SignInOption::Username`] the e-mail / phone options become
/// `AliasAttributes`, without it they are `UsernameAttributes`; `UsernameConfiguration.
/// CaseSensitive` is always sent (`false` by default, as in the console).
///
/// # Examples
///
/// ```
/// use cognito_wizard::{Passkeys, PasswordlessFactor, SignIn, SignInOption};
///
/// let step = SignIn::with([SignInOption::Email])
///     .passwordless([PasswordlessFactor::EmailOtp])
///     .passkeys(Passkeys::default());
/// # let _ = step;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct SignIn {
    options: Checkboxes<SignInOption>,
    #[cfg_attr(feature = "serde", serde(default))]
    preferred_username: bool,
    #[cfg_attr(feature = "serde", serde(default))]
    case_sensitive: bool,
    #[cfg_attr(feature = "serde", serde(default))]
    passwordless: Checkboxes<PasswordlessFactor>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    passkeys: Option<Passkeys>,
    #[cfg_attr(feature = "serde", serde(default))]
    remember_devices: RememberDevices,
    #[cfg_attr(
        feature = "serde",
        serde(default, rename = "challenge_required_on_new_device")
    )]
    challenge_on_new_device: bool,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    identity_providers: Vec<IdentityProvider>,
}

impl SignIn {
    /// The chosen "Cognito user pool sign-in options" (review rejects an empty choice).
    pub fn with(options: impl IntoIterator<Item = SignInOption>) -> Self {
        SignIn {
            options: options.into_iter().collect(),
            preferred_username: false,
            case_sensitive: false,
            passwordless: Checkboxes::new(),
            passkeys: None,
            remember_devices: RememberDevices::Never,
            challenge_on_new_device: false,
            identity_providers: Vec::new(),
        }
    }

    /// "Allow users to sign in with a preferred user name" (an alias; needs
    /// [`SignInOption::Username`], which Cognito enforces: SR-010).
    #[must_use]
    pub fn preferred_username(mut self, allow: bool) -> Self {
        self.preferred_username = allow;
        self
    }

    /// "Make user name case sensitive" (off by default; review warns when on).
    #[must_use]
    pub fn case_sensitive(mut self, case_sensitive: bool) -> Self {
        self.case_sensitive = case_sensitive;
        self
    }

    /// Choice-based sign-in: passwordless first factors besides the password
    /// (`Policies.SignInPolicy.AllowedFirstAuthFactors`; needs the Essentials or Plus plan).
    #[must_use]
    pub fn passwordless(mut self, factors: impl IntoIterator<Item = PasswordlessFactor>) -> Self {
        self.passwordless = factors.into_iter().collect();
        self
    }

    /// Passkey sign-in (`WEB_AUTHN` first factor, plus its settings).
    #[must_use]
    pub fn passkeys(mut self, passkeys: Passkeys) -> Self {
        self.passkeys = Some(passkeys);
        self
    }

    /// Device tracking: "Remember user devices".
    #[must_use]
    pub fn remember_devices(mut self, remember: RememberDevices) -> Self {
        self.remember_devices = remember;
        self
    }

    /// Device tracking: remembered devices skip MFA challenges, new devices must pass them
    /// (`DeviceConfiguration.ChallengeRequiredOnNewDevice`).
    #[must_use]
    pub fn challenge_required_on_new_device(mut self, required: bool) -> Self {
        self.challenge_on_new_device = required;
        self
    }

    /// Adds a "Federated identity provider" (`CreateIdentityProvider`): Google, Facebook,
    /// Login with Amazon, Sign in with Apple, OIDC or SAML. App clients offer it by its
    /// [name](IdentityProvider::name) in
    /// [`OAuth::identity_providers`](crate::OAuth::identity_providers).
    #[must_use]
    pub fn identity_provider(mut self, provider: impl Into<IdentityProvider>) -> Self {
        self.identity_providers.push(provider.into());
        self
    }

    /// The `CreateIdentityProvider` requests (without `UserPoolId`), one per provider, in the
    /// order they were added.
    pub(crate) fn identity_provider_inputs(&self) -> Vec<CreateIdentityProviderInput> {
        self.identity_providers
            .iter()
            .map(IdentityProvider::to_wire)
            .collect()
    }

    pub(crate) fn options(&self) -> Checkboxes<SignInOption> {
        self.options
    }

    pub(crate) fn is_case_sensitive(&self) -> bool {
        self.case_sensitive
    }

    /// The sign-in identifiers users must have: e-mail and phone number when chosen.
    pub(crate) fn identifiers(&self) -> impl Iterator<Item = SignInOption> + use<> {
        self.options.iter().filter(|o| *o != SignInOption::Username)
    }

    /// Writes this step's members of `CreateUserPool` (all but `Policies`, which step 2
    /// shares: see [`SignIn::sign_in_policy`]).
    ///
    /// Steps assign the input's public members rather than chaining its builder: the builder
    /// is large and every chained call moves it, which made mapping cost more than validating.
    pub(crate) fn to_pool(&self, input: &mut CreateUserPoolInput) {
        let (usernames, aliases) = self.sign_in_attributes();
        input.username_attributes = usernames;
        input.alias_attributes = aliases;
        input.username_configuration = Some(built(
            UsernameConfigurationType::builder()
                .case_sensitive(self.case_sensitive)
                .build(),
        ));
        input.device_configuration = (self.remember_devices != RememberDevices::Never
            || self.challenge_on_new_device)
            .then(|| {
                DeviceConfigurationType::builder()
                    .challenge_required_on_new_device(self.challenge_on_new_device)
                    .device_only_remembered_on_user_prompt(
                        self.remember_devices == RememberDevices::UserOptIn,
                    )
                    .build()
            });
    }

    /// `UsernameAttributes` and `AliasAttributes`.
    fn sign_in_attributes(
        &self,
    ) -> (
        Option<Vec<UsernameAttributeType>>,
        Option<Vec<AliasAttributeType>>,
    ) {
        let mut aliases = Vec::new();
        let mut usernames = Vec::new();
        if self.options.contains(SignInOption::Username) {
            aliases.extend(self.identifiers().map(|option| match option {
                SignInOption::PhoneNumber => AliasAttributeType::PhoneNumber,
                _ => AliasAttributeType::Email,
            }));
        } else {
            usernames.extend(self.identifiers().map(|option| match option {
                SignInOption::PhoneNumber => UsernameAttributeType::PhoneNumber,
                _ => UsernameAttributeType::Email,
            }));
        }
        if self.preferred_username {
            // Without a user name this yields both lists, which Cognito refuses (SR-010): the
            // wire rule reports it rather than the wizard silently dropping the choice.
            aliases.push(AliasAttributeType::PreferredUsername);
        }
        (
            (!usernames.is_empty()).then_some(usernames),
            (!aliases.is_empty()).then_some(aliases),
        )
    }

    /// `Policies.SignInPolicy`, present only when choice-based sign-in offers more than the
    /// password (the service's default).
    pub(crate) fn sign_in_policy(&self) -> Option<SignInPolicyType> {
        if self.passwordless.is_empty() && self.passkeys.is_none() {
            return None;
        }
        let mut policy =
            SignInPolicyType::builder().allowed_first_auth_factors(AuthFactorType::Password);
        for factor in self.passwordless {
            policy = policy.allowed_first_auth_factors(match factor {
                PasswordlessFactor::EmailOtp => AuthFactorType::EmailOtp,
                PasswordlessFactor::SmsOtp => AuthFactorType::SmsOtp,
            });
        }
        if self.passkeys.is_some() {
            policy = policy.allowed_first_auth_factors(AuthFactorType::WebAuthn);
        }
        Some(policy.build())
    }

    /// `SetUserPoolMfaConfig.WebAuthnConfiguration`, when passkeys deviate from the defaults.
    pub(crate) fn web_authn(&self) -> Option<WebAuthnConfigurationType> {
        let passkeys = self.passkeys.as_ref().filter(|p| p.configured())?;
        Some(
            WebAuthnConfigurationType::builder()
                .set_relying_party_id(passkeys.relying_party_id.clone())
                .set_user_verification(passkeys.user_verification.map(|v| match v {
                    UserVerification::Preferred => UserVerificationType::Preferred,
                    UserVerification::Required => UserVerificationType::Required,
                }))
                .set_factor_configuration(
                    passkeys.multi_factor.then_some(
                        WebAuthnFactorConfigurationType::MultiFactorWithUserVerification,
                    ),
                )
                .build(),
        )
    }

    /// The step that writes `pool` (and `mfa`'s passkey settings), the inverse of
    /// [`to_pool`](Self::to_pool) and [`web_authn`](Self::web_authn). What the step cannot hold
    /// (e-mail aliases beside e-mail user names, factors it does not offer, passkey settings
    /// without the passkey factor) is left out; read-back lists it by comparing the requests
    /// this step writes back.
    pub(crate) fn from_requests(
        pool: &CreateUserPoolInput,
        mfa: Option<&SetUserPoolMfaConfigInput>,
        providers: &[CreateIdentityProviderInput],
    ) -> SignIn {
        let aliases = pool.alias_attributes();
        let options: Checkboxes<SignInOption> = if pool.username_attributes().is_empty() {
            std::iter::once(SignInOption::Username)
                .chain(aliases.iter().filter_map(|a| match a {
                    AliasAttributeType::Email => Some(SignInOption::Email),
                    AliasAttributeType::PhoneNumber => Some(SignInOption::PhoneNumber),
                    _ => None,
                }))
                .collect()
        } else {
            pool.username_attributes()
                .iter()
                .filter_map(|u| match u {
                    UsernameAttributeType::Email => Some(SignInOption::Email),
                    UsernameAttributeType::PhoneNumber => Some(SignInOption::PhoneNumber),
                    _ => None,
                })
                .collect()
        };
        let factors = pool
            .policies()
            .and_then(UserPoolPolicyType::sign_in_policy)
            .map(SignInPolicyType::allowed_first_auth_factors)
            .unwrap_or_default();
        let passwordless = factors
            .iter()
            .filter_map(|f| match f {
                AuthFactorType::EmailOtp => Some(PasswordlessFactor::EmailOtp),
                AuthFactorType::SmsOtp => Some(PasswordlessFactor::SmsOtp),
                _ => None,
            })
            .collect();
        let passkeys = factors.contains(&AuthFactorType::WebAuthn).then(|| {
            let settings = mfa.and_then(SetUserPoolMfaConfigInput::web_authn_configuration);
            Passkeys {
                relying_party_id: settings
                    .and_then(WebAuthnConfigurationType::relying_party_id)
                    .map(str::to_owned),
                user_verification: settings
                    .and_then(WebAuthnConfigurationType::user_verification)
                    .and_then(|v| match v {
                        UserVerificationType::Preferred => Some(UserVerification::Preferred),
                        UserVerificationType::Required => Some(UserVerification::Required),
                        _ => None,
                    }),
                multi_factor: settings.and_then(WebAuthnConfigurationType::factor_configuration)
                    == Some(&WebAuthnFactorConfigurationType::MultiFactorWithUserVerification),
            }
        });
        let (remember_devices, challenge_on_new_device) = match pool.device_configuration() {
            None => (RememberDevices::Never, false),
            // "Don't remember" with a challenge on new devices is the same request as "Always"
            // with it: devices are remembered either way, so the request reads as "Always".
            Some(devices) => (
                if devices.device_only_remembered_on_user_prompt {
                    RememberDevices::UserOptIn
                } else {
                    RememberDevices::Always
                },
                devices.challenge_required_on_new_device,
            ),
        };
        SignIn {
            options,
            preferred_username: aliases.contains(&AliasAttributeType::PreferredUsername),
            // Without the member, Cognito compares user names case-sensitively.
            case_sensitive: pool
                .username_configuration()
                .is_none_or(UsernameConfigurationType::case_sensitive),
            passwordless,
            passkeys,
            remember_devices,
            challenge_on_new_device,
            // A provider of a type the wizard does not offer is left out (and kept).
            identity_providers: providers
                .iter()
                .filter_map(IdentityProvider::from_wire)
                .collect(),
        }
    }

    /// This step's section of the review page.
    pub(crate) fn write_review(&self, page: &mut Page<'_, '_>) -> fmt::Result {
        page.row(
            "Provider types",
            if self.identity_providers.is_empty() {
                "Cognito user pool"
            } else {
                "Cognito user pool, Federated identity providers"
            },
        )?;
        page.row(
            "Cognito user pool sign-in options",
            or_none(join(&self.options)),
        )?;
        page.row(
            "User name case sensitivity",
            if self.case_sensitive {
                "Make user name case sensitive"
            } else {
                "Make user name case insensitive"
            },
        )?;
        if self.options.contains(SignInOption::Username) || self.preferred_username {
            page.row(
                "Allow users to sign in with a preferred user name",
                enabled(self.preferred_username),
            )?;
        }
        if !self.passwordless.is_empty() || self.passkeys.is_some() {
            let passkey = self.passkeys.as_ref().map(|_| "Passkey");
            page.row(
                "Options for choice-based sign-in",
                join(
                    std::iter::once("Password".to_owned())
                        .chain(passkey.map(str::to_owned))
                        .chain(self.passwordless.iter().map(|f| f.to_string())),
                ),
            )?;
        }
        if let Some(passkeys) = &self.passkeys {
            page.row(
                "Passkey relying party ID",
                passkeys
                    .relying_party_id
                    .as_deref()
                    .unwrap_or("User pool domain"),
            )?;
            page.row(
                "Passkey user verification",
                passkeys
                    .user_verification
                    .unwrap_or(UserVerification::Preferred),
            )?;
            if passkeys.multi_factor {
                page.row("Passkeys satisfy MFA", "Enabled")?;
            }
        }
        if self.remember_devices != RememberDevices::Never || self.challenge_on_new_device {
            page.row("Remember user devices", self.remember_devices)?;
            page.row(
                "Challenge required on new device",
                enabled(self.challenge_on_new_device),
            )?;
        }
        if !self.identity_providers.is_empty() {
            page.row(
                "Federated sign-in options",
                join(self.identity_providers.iter().map(IdentityProvider::name)),
            )?;
        }
        for provider in &self.identity_providers {
            provider.write_review(page)?;
        }
        Ok(())
    }
}

/// "Enabled" / "Disabled", as the review page shows checkboxes.
pub(crate) fn enabled(on: bool) -> &'static str {
    if on { "Enabled" } else { "Disabled" }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(step: &SignIn) -> CreateUserPoolInput {
        let mut input = CreateUserPoolInput::builder().build().unwrap();
        step.to_pool(&mut input);
        input
    }

    #[test]
    fn email_only_is_a_username_attribute() {
        let input = pool(&SignIn::with([SignInOption::Email]));
        assert_eq!(input.username_attributes(), [UsernameAttributeType::Email]);
        assert!(input.alias_attributes().is_empty());
        assert!(!input.username_configuration().unwrap().case_sensitive());
        assert!(input.device_configuration().is_none());
    }

    #[test]
    fn with_a_user_name_identifiers_are_aliases() {
        let step = SignIn::with([
            SignInOption::PhoneNumber,
            SignInOption::Username,
            SignInOption::Email,
        ])
        .preferred_username(true)
        .case_sensitive(true);
        let input = pool(&step);
        assert!(input.username_attributes().is_empty());
        assert_eq!(
            input.alias_attributes(),
            [
                AliasAttributeType::Email,
                AliasAttributeType::PhoneNumber,
                AliasAttributeType::PreferredUsername
            ]
        );
        assert!(input.username_configuration().unwrap().case_sensitive());
    }

    #[test]
    fn preferred_username_without_a_user_name_reaches_the_wire() {
        let input = pool(&SignIn::with([SignInOption::Email]).preferred_username(true));
        assert_eq!(input.username_attributes(), [UsernameAttributeType::Email]);
        assert_eq!(
            input.alias_attributes(),
            [AliasAttributeType::PreferredUsername]
        );
    }

    #[test]
    fn sign_in_policy_only_with_passwordless_factors() {
        assert!(
            SignIn::with([SignInOption::Email])
                .sign_in_policy()
                .is_none()
        );
        let step = SignIn::with([SignInOption::Email])
            .passwordless([PasswordlessFactor::SmsOtp, PasswordlessFactor::EmailOtp])
            .passkeys(Passkeys::default());
        let policy = step.sign_in_policy().unwrap();
        assert_eq!(
            policy.allowed_first_auth_factors(),
            [
                AuthFactorType::Password,
                AuthFactorType::EmailOtp,
                AuthFactorType::SmsOtp,
                AuthFactorType::WebAuthn
            ]
        );
        assert!(
            step.web_authn().is_none(),
            "default passkeys need no settings"
        );
    }

    #[test]
    fn passkey_settings() {
        let step = SignIn::with([SignInOption::Email]).passkeys(
            Passkeys::default()
                .relying_party_id("auth.example.com")
                .user_verification(UserVerification::Required)
                .multi_factor(true),
        );
        let web_authn = step.web_authn().unwrap();
        assert_eq!(web_authn.relying_party_id(), Some("auth.example.com"));
        assert_eq!(
            web_authn.user_verification(),
            Some(&UserVerificationType::Required)
        );
        assert_eq!(
            web_authn.factor_configuration(),
            Some(&WebAuthnFactorConfigurationType::MultiFactorWithUserVerification)
        );
    }

    #[test]
    fn device_tracking() {
        let input = pool(
            &SignIn::with([SignInOption::Email])
                .remember_devices(RememberDevices::UserOptIn)
                .challenge_required_on_new_device(true),
        );
        let devices = input.device_configuration().unwrap();
        assert!(devices.challenge_required_on_new_device());
        assert!(devices.device_only_remembered_on_user_prompt());
    }
}
