//! Two sets of requests compared member by member, with the console's label and the wire path
//! of each member that differs. Read-back uses it to find what the wizard cannot express (the
//! pool's requests against the read-back wizard's); the diff, to find what a plan changes (the
//! pool's requests against the plan's).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::CreateIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::create_resource_server::CreateResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::types::{
    AdvancedSecurityEnabledModeType, AdvancedSecurityModeType, AliasAttributeType, AuthFactorType,
    CustomEmailLambdaVersionConfigType, CustomSmsLambdaVersionConfigType, DefaultEmailOptionType,
    DeletionProtectionType, EmailConfigurationType, EmailSendingAccountType, ExplicitAuthFlowsType,
    IdentityProviderTypeType, LambdaConfigType, OAuthFlowType, PasswordPolicyType,
    PreTokenGenerationVersionConfigType, PreventUserExistenceErrorTypes, RecoveryOptionType,
    SchemaAttributeType, TimeUnitsType, TokenValidityUnitsType, UserPoolAddOnsType,
    UserPoolMfaType, UserPoolTierType, UserVerificationType, UsernameAttributeType,
    VerificationMessageTemplateType, VerifiedAttributeType, WebAuthnFactorConfigurationType,
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
    /// Which app client (its [key](client_keys)), identity provider (its name) or resource
    /// server (its identifier) the member belongs to; `None` for the pool, MFA and domain.
    pub(crate) key: Option<String>,
    /// Whether the difference is a whole app client, provider or resource server that one side
    /// has and the other has not (rather than a member of one both have).
    pub(crate) whole: bool,
}

/// Collects the members of one request that differ.
struct Compare<'k> {
    out: &'k mut Vec<Difference>,
    operation: Operation,
    /// Put before each member's path: `AppClients[web].` for a client's members.
    prefix: String,
    key: Option<String>,
}

impl<'k> Compare<'k> {
    fn new(out: &'k mut Vec<Difference>, operation: Operation) -> Self {
        Compare {
            out,
            operation,
            prefix: String::new(),
            key: None,
        }
    }

    /// The members of the thing `collection[key]`: paths `collection[key].Member`.
    fn of(out: &'k mut Vec<Difference>, operation: Operation, collection: &str, key: &str) -> Self {
        Compare {
            out,
            operation,
            prefix: format!("{collection}[{key}]."),
            key: Some(key.to_owned()),
        }
    }

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
            self.push(
                step,
                label,
                path,
                current.is_set().then(|| current.show()),
                desired.is_set().then(|| desired.show()),
            );
        }
    }

    /// Records a difference whose values are already shown.
    fn push(
        &mut self,
        step: Step,
        label: &'static str,
        path: &str,
        current: Option<String>,
        desired: Option<String>,
    ) {
        self.out.push(Difference {
            step,
            operation: self.operation,
            label,
            path: format!("{}{path}", self.prefix),
            current,
            desired,
            key: self.key.clone(),
            whole: false,
        });
    }

    /// Records the thing `collection[key]` itself, which one side has alone.
    fn whole_thing(
        &mut self,
        step: Step,
        label: &'static str,
        current: Option<String>,
        desired: Option<String>,
    ) {
        self.out.push(Difference {
            step,
            operation: self.operation,
            label,
            path: self.prefix.trim_end_matches('.').to_owned(),
            current,
            desired,
            key: self.key.clone(),
            whole: true,
        });
    }
}

/// Every member where `current` differs from `desired`, both canonical (see
/// [`canonicalize`](super::read::canonicalize)), request by request; app clients matched by
/// name, identity providers by name, resource servers by identifier, each with its own lines.
/// `current_client` and `desired_client` say whether each side has an app client at all (a
/// side without one has a placeholder in `create_user_pool_client`, which is not compared).
pub(crate) fn differences(
    current: &Requests,
    desired: &Requests,
    current_client: bool,
    desired_client: bool,
) -> Vec<Difference> {
    let mut out = Vec::new();
    let before = out.len();
    pool(
        &mut Compare::new(&mut out, Operation::CreateUserPool),
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
        &mut Compare::new(&mut out, Operation::SetUserPoolMfaConfig),
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
        &mut Compare::new(&mut out, Operation::CreateUserPoolDomain),
        current.create_user_pool_domain.as_ref(),
        desired.create_user_pool_domain.as_ref(),
    );
    whole(
        &mut out,
        before,
        Operation::CreateUserPoolDomain,
        current.create_user_pool_domain != desired.create_user_pool_domain,
    );

    app_clients(
        &mut out,
        &client_keys(current.clients().skip(usize::from(!current_client))),
        &client_keys(desired.clients().skip(usize::from(!desired_client))),
    );
    providers(
        &mut out,
        &current.identity_providers,
        &desired.identity_providers,
    );
    resource_servers(
        &mut out,
        &current.resource_servers,
        &desired.resource_servers,
    );
    out
}

/// Each app client under its key: its name, or `name#2`, `name#3` for the second and third
/// client of the same name (Cognito does not require client names to be unique).
pub(crate) fn client_keys<'a>(
    clients: impl Iterator<Item = &'a CreateUserPoolClientInput>,
) -> Vec<(String, &'a CreateUserPoolClientInput)> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    clients
        .map(|client| {
            let name = client.client_name().unwrap_or_default();
            let n = seen.entry(name).or_default();
            *n += 1;
            let key = if *n == 1 {
                name.to_owned()
            } else {
                format!("{name}#{n}")
            };
            (key, client)
        })
        .collect()
}

/// The things of two sides matched by key: both, then the first side's alone, then the
/// second's alone (each in its side's order).
fn matched<'a, T>(
    current: &'a [(String, &'a T)],
    desired: &'a [(String, &'a T)],
) -> Vec<(&'a str, Option<&'a T>, Option<&'a T>)> {
    let find = |side: &'a [(String, &'a T)], key: &str| {
        side.iter().find(|(k, _)| k == key).map(|(_, t)| *t)
    };
    let mut out: Vec<(&str, Option<&T>, Option<&T>)> = desired
        .iter()
        .map(|(key, d)| (key.as_str(), find(current, key), Some(*d)))
        .collect();
    out.extend(
        current
            .iter()
            .filter(|(key, _)| find(desired, key).is_none())
            .map(|(key, c)| (key.as_str(), Some(*c), None)),
    );
    out
}

/// The app clients: a line for a client one side has alone, the members of one both have.
fn app_clients(
    out: &mut Vec<Difference>,
    current: &[(String, &CreateUserPoolClientInput)],
    desired: &[(String, &CreateUserPoolClientInput)],
) {
    for (key, c, d) in matched(current, desired) {
        let mut compare = Compare::of(out, Operation::CreateUserPoolClient, "AppClients", key);
        if let (Some(c), Some(d)) = (c, d) {
            let before = compare.out.len();
            app_client(&mut compare, c, d);
            if c != d && compare.out.len() == before {
                unknown(&mut compare, Step::App);
            }
        } else {
            let show = |client: Option<&CreateUserPoolClientInput>| {
                client.map(|client| client.client_name().unwrap_or_default().show())
            };
            compare.whole_thing(Step::App, "App client", show(c), show(d));
        }
    }
}

/// The identity providers, by name: a line for a provider one side has alone, the members of
/// one both have.
fn providers(
    out: &mut Vec<Difference>,
    current: &[CreateIdentityProviderInput],
    desired: &[CreateIdentityProviderInput],
) {
    fn keyed(
        providers: &[CreateIdentityProviderInput],
    ) -> Vec<(String, &CreateIdentityProviderInput)> {
        providers
            .iter()
            .map(|p| (p.provider_name().unwrap_or_default().to_owned(), p))
            .collect()
    }
    let (current, desired) = (keyed(current), keyed(desired));
    for (key, c, d) in matched(&current, &desired) {
        let mut compare = Compare::of(
            out,
            Operation::CreateIdentityProvider,
            "IdentityProviders",
            key,
        );
        if let (Some(c), Some(d)) = (c, d) {
            provider(&mut compare, c, d);
        } else {
            let show = |p: Option<&CreateIdentityProviderInput>| {
                p.map(|p| {
                    format!(
                        "{} ({})",
                        p.provider_name().unwrap_or_default().show(),
                        p.provider_type().map_or("no type", |t| t.as_str())
                    )
                })
            };
            compare.whole_thing(
                Step::SignIn,
                "Federated identity provider",
                show(c),
                show(d),
            );
        }
    }
}

/// The resource servers, by identifier: a line for a server one side has alone, the members
/// of one both have.
fn resource_servers(
    out: &mut Vec<Difference>,
    current: &[CreateResourceServerInput],
    desired: &[CreateResourceServerInput],
) {
    fn keyed(servers: &[CreateResourceServerInput]) -> Vec<(String, &CreateResourceServerInput)> {
        servers
            .iter()
            .map(|s| (s.identifier().unwrap_or_default().to_owned(), s))
            .collect()
    }
    let (current, desired) = (keyed(current), keyed(desired));
    for (key, c, d) in matched(&current, &desired) {
        let mut compare = Compare::of(out, Operation::CreateResourceServer, "ResourceServers", key);
        if let (Some(c), Some(d)) = (c, d) {
            resource_server(&mut compare, c, d);
        } else {
            let show = |s: Option<&CreateResourceServerInput>| {
                s.map(|s| s.name().unwrap_or_default().show())
            };
            compare.whole_thing(Step::App, "Resource server", show(c), show(d));
        }
    }
}

/// The safety net: requests that differ although no member named above does still get a line
/// (a member this comparison does not know, from a newer SDK).
fn whole(out: &mut Vec<Difference>, before: usize, operation: Operation, differ: bool) {
    if differ && out.len() == before {
        unknown(&mut Compare::new(out, operation), Step::App);
    }
}

/// The line for members this comparison does not know.
fn unknown(c: &mut Compare<'_>, step: Step) {
    let path = if c.prefix.is_empty() {
        "-".to_owned()
    } else {
        c.prefix.trim_end_matches('.').to_owned()
    };
    c.out.push(Difference {
        step,
        operation: c.operation,
        label: "Settings the wizard does not know",
        path,
        current: Some("differ from what the wizard would send".to_owned()),
        desired: None,
        key: c.key.clone(),
        whole: false,
    });
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
        c.push(
            Step::SignUp,
            label,
            &format!("Schema[{name}]"),
            r.as_ref().map(Show::show),
            w.as_ref().map(Show::show),
        );
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

/// The console's label of a `ProviderDetails` key.
fn detail_label(key: &str) -> &'static str {
    match key {
        "client_id" => "Client ID",
        "client_secret" => "Client secret",
        "authorize_scopes" => "Authorized scopes",
        "api_version" => "API version",
        "team_id" => "Team ID",
        "key_id" => "Key ID",
        "private_key" => "Private key",
        "oidc_issuer" => "Issuer URL",
        "attributes_request_method" => "Attribute request method",
        "authorize_url" => "Authorization endpoint",
        "token_url" => "Token endpoint",
        "attributes_url" => "UserInfo endpoint",
        "jwks_uri" => "Jwks_uri endpoint",
        "MetadataURL" => "Metadata document endpoint URL",
        "MetadataFile" => "Metadata document",
        "IDPSignout" => "Sign-out flow",
        "IDPInit" => "IdP-initiated SAML sign-in",
        "EncryptedResponses" => "Require encrypted SAML assertions",
        "RequestSigningAlgorithm" => "Signing algorithm for SAML requests",
        _ => "Provider details",
    }
}

/// The `ProviderDetails` keys that hold secrets (SR-163): a difference shows whether each side
/// has one, never what it is.
const SECRET_DETAILS: &[&str] = &["client_secret", "private_key"];

/// Whether a provider of `kind` always has the secret `key` (Cognito requires it, SR-158,
/// SR-159): then a description without it means the service did not show it (Cognito never
/// shows a private key), not that the provider has none, and there is nothing to compare.
fn secret_required(kind: Option<&IdentityProviderTypeType>, key: &str) -> bool {
    matches!(
        (kind, key),
        (
            Some(
                IdentityProviderTypeType::Google
                    | IdentityProviderTypeType::Facebook
                    | IdentityProviderTypeType::LoginWithAmazon
            ),
            "client_secret"
        ) | (
            Some(IdentityProviderTypeType::SignInWithApple),
            "private_key"
        )
    )
}

/// One identity provider both sides have: its type (which cannot change), each detail, each
/// mapped attribute, the identifiers. A secret the first side does not show (see
/// [`secret_required`]) is not compared.
fn provider(c: &mut Compare<'_>, r: &CreateIdentityProviderInput, w: &CreateIdentityProviderInput) {
    use Step::SignIn;
    if r.provider_type() != w.provider_type() {
        // Every detail follows the type: the type is the one line.
        c.member(
            SignIn,
            "Provider type",
            "ProviderType",
            r.provider_type().map(IdentityProviderTypeType::as_str),
            w.provider_type().map(IdentityProviderTypeType::as_str),
        );
        return;
    }
    let empty = HashMap::new();
    let (rd, wd) = (
        r.provider_details().unwrap_or(&empty),
        w.provider_details().unwrap_or(&empty),
    );
    let keys: BTreeSet<&String> = rd.keys().chain(wd.keys()).collect();
    for key in keys {
        let path = format!("ProviderDetails.{key}");
        let (have, want) = (rd.get(key), wd.get(key));
        if !SECRET_DETAILS.contains(&key.as_str()) {
            c.member(SignIn, detail_label(key), &path, have, want);
        } else if have != want && !(have.is_none() && secret_required(r.provider_type(), key)) {
            let shown = want.map(|_| {
                if have.is_some() {
                    "set, another"
                } else {
                    "set"
                }
            });
            c.push(
                SignIn,
                detail_label(key),
                &path,
                have.map(|_| "set".to_owned()),
                shown.map(str::to_owned),
            );
        }
    }
    let (rm, wm) = (
        r.attribute_mapping().unwrap_or(&empty),
        w.attribute_mapping().unwrap_or(&empty),
    );
    let attributes: BTreeSet<&String> = rm.keys().chain(wm.keys()).collect();
    for attribute in attributes {
        c.member(
            SignIn,
            "Attribute mapping",
            &format!("AttributeMapping[{attribute}]"),
            rm.get(attribute),
            wm.get(attribute),
        );
    }
    c.member(
        SignIn,
        "Identifiers",
        "IdpIdentifiers",
        r.idp_identifiers.as_ref(),
        w.idp_identifiers.as_ref(),
    );
    c.member(
        SignIn,
        "ACR mapping",
        "AcrMapping",
        r.acr_mapping(),
        w.acr_mapping(),
    );
    // The safety net, for a member this comparison does not know.
    let rest = |p: &CreateIdentityProviderInput| {
        let mut p = p.clone();
        p.provider_details = None;
        p.attribute_mapping = None;
        p.idp_identifiers = None;
        p.acr_mapping = None;
        p
    };
    if rest(r) != rest(w) {
        unknown(c, SignIn);
    }
}

/// One resource server both sides have: its name, and each scope by name (the order of the
/// scopes means nothing).
fn resource_server(
    c: &mut Compare<'_>,
    r: &CreateResourceServerInput,
    w: &CreateResourceServerInput,
) {
    use Step::App;
    c.member(App, "Resource server name", "Name", r.name(), w.name());
    let scopes = |s: &'_ CreateResourceServerInput| -> Vec<(String, String)> {
        s.scopes()
            .iter()
            .map(|s| (s.scope_name().to_owned(), s.scope_description().to_owned()))
            .collect()
    };
    let (rs, ws) = (scopes(r), scopes(w));
    let find = |side: &[(String, String)], name: &str| {
        side.iter()
            .find(|(n, _)| n == name)
            .map(|(_, description)| description.clone())
    };
    let mut names: Vec<&String> = ws.iter().map(|(n, _)| n).collect();
    names.extend(rs.iter().map(|(n, _)| n).filter(|n| find(&ws, n).is_none()));
    names.dedup();
    for name in names {
        c.member(
            App,
            "Custom scopes",
            &format!("Scopes[{name}]"),
            find(&rs, name),
            find(&ws, name),
        );
    }
    let rest = |s: &CreateResourceServerInput| {
        let mut s = s.clone();
        s.name = None;
        s.scopes = None;
        s
    };
    if rest(r) != rest(w) {
        unknown(c, App);
    }
}
