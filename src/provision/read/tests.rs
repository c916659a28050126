//! Read-back from answers shaped as Cognito gives them (the AWS CLI reference's
//! `describe-user-pool` and `describe-user-pool-domain` examples): defaults filled in, texts
//! mirrored, empty structures; the in-memory Cognito answers more plainly.

use aws_sdk_cognitoidentityprovider::operation::get_user_pool_mfa_config::GetUserPoolMfaConfigOutput;
use aws_sdk_cognitoidentityprovider::types::{
    AccountRecoverySettingType, AdminCreateUserConfigType, AdvancedSecurityAdditionalFlowsType,
    AdvancedSecurityModeType, AttributeDataType, AuthFactorType, CustomDomainConfigType,
    DefaultEmailOptionType, DeletionProtectionType, DomainDescriptionType, DomainStatusType,
    EmailConfigurationType, EmailSendingAccountType, ExplicitAuthFlowsType, LambdaConfigType,
    MessageTemplateType, NumberAttributeConstraintsType, PasswordPolicyType,
    PreventUserExistenceErrorTypes, RecoveryOptionNameType, RecoveryOptionType,
    SchemaAttributeType, SignInPolicyType, SoftwareTokenMfaConfigType,
    StringAttributeConstraintsType, TimeUnitsType, TokenValidityUnitsType,
    UserAttributeUpdateSettingsType, UserPoolAddOnsType, UserPoolClientType, UserPoolMfaType,
    UserPoolPolicyType, UserPoolTierType, UserPoolType, UsernameAttributeType,
    UsernameConfigurationType, VerificationMessageTemplateType, VerifiedAttributeType,
    WebAuthnConfigurationType, WebAuthnFactorConfigurationType,
};

use super::kept::Kept;
use super::requests::{Described, canonicalize};
use super::{ReadBack, beyond_the_wizard};
use crate::review::tests::seed;
use crate::validate::{Operation, Step};
use crate::{App, AppClient, Domain, ManagedLoginVersion, PLAN_TAG, UserPoolWizard};

const CODE: &str = "Your verification code is {####}. ";

fn text(name: &str, min: &str, max: &str, required: bool) -> SchemaAttributeType {
    SchemaAttributeType::builder()
        .name(name)
        .attribute_data_type(AttributeDataType::String)
        .developer_only_attribute(false)
        .mutable(true)
        .required(required)
        .string_attribute_constraints(
            StringAttributeConstraintsType::builder()
                .min_length(min)
                .max_length(max)
                .build(),
        )
        .build()
}

fn flag(name: &str) -> SchemaAttributeType {
    SchemaAttributeType::builder()
        .name(name)
        .attribute_data_type(AttributeDataType::Boolean)
        .developer_only_attribute(false)
        .mutable(true)
        .required(false)
        .build()
}

/// The full schema `DescribeUserPool` lists for a pool that requires `email`, in the
/// service's order, with `identities` and its empty constraints.
fn full_schema() -> Vec<SchemaAttributeType> {
    let mut sub = text("sub", "1", "2048", true);
    sub.mutable = Some(false);
    let mut all = vec![sub];
    for name in [
        "name",
        "given_name",
        "family_name",
        "middle_name",
        "nickname",
        "preferred_username",
        "profile",
        "picture",
        "website",
    ] {
        all.push(text(name, "0", "2048", false));
    }
    all.push(text("email", "0", "2048", true));
    all.push(flag("email_verified"));
    all.push(text("gender", "0", "2048", false));
    all.push(text("birthdate", "10", "10", false));
    all.push(text("zoneinfo", "0", "2048", false));
    all.push(text("locale", "0", "2048", false));
    all.push(text("phone_number", "0", "2048", false));
    all.push(flag("phone_number_verified"));
    all.push(text("address", "0", "2048", false));
    all.push(
        SchemaAttributeType::builder()
            .name("updated_at")
            .attribute_data_type(AttributeDataType::Number)
            .developer_only_attribute(false)
            .mutable(true)
            .required(false)
            .number_attribute_constraints(
                NumberAttributeConstraintsType::builder()
                    .min_value("0")
                    .build(),
            )
            .build(),
    );
    all.push(
        SchemaAttributeType::builder()
            .name("identities")
            .attribute_data_type(AttributeDataType::String)
            .developer_only_attribute(false)
            .mutable(true)
            .required(false)
            .string_attribute_constraints(StringAttributeConstraintsType::builder().build())
            .build(),
    );
    all
}

/// The seed plan's pool as Cognito describes it after `create`: every default filled in.
#[expect(clippy::too_many_lines, reason = "one member of the answer per line")]
fn seed_as_cognito_describes_it() -> Described {
    let pool = UserPoolType::builder()
        .id("us-east-1_AbC123xyZ")
        .name("my-user-pool")
        .arn("arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123xyZ")
        .policies(
            UserPoolPolicyType::builder()
                .password_policy(
                    PasswordPolicyType::builder()
                        .minimum_length(8)
                        .require_uppercase(true)
                        .require_lowercase(true)
                        .require_numbers(true)
                        .require_symbols(true)
                        .password_history_size(0)
                        .temporary_password_validity_days(7)
                        .build(),
                )
                .sign_in_policy(
                    SignInPolicyType::builder()
                        .allowed_first_auth_factors(AuthFactorType::Password)
                        .build(),
                )
                .build(),
        )
        .deletion_protection(DeletionProtectionType::Active)
        .lambda_config(LambdaConfigType::builder().build())
        .set_schema_attributes(Some(full_schema()))
        .auto_verified_attributes(VerifiedAttributeType::Email)
        .username_attributes(UsernameAttributeType::Email)
        .sms_verification_message(CODE)
        .email_verification_message(CODE)
        .email_verification_subject("Your verification code")
        .verification_message_template(
            VerificationMessageTemplateType::builder()
                .sms_message(CODE)
                .email_message(CODE)
                .email_subject("Your verification code")
                .email_message_by_link(
                    "Please click the link below to verify your email address. {##Verify Email##} ",
                )
                .email_subject_by_link("Your verification link")
                .default_email_option(DefaultEmailOptionType::ConfirmWithCode)
                .build(),
        )
        .sms_authentication_message("Your authentication code is {####}. ")
        .user_attribute_update_settings(
            UserAttributeUpdateSettingsType::builder()
                .attributes_require_verification_before_update(VerifiedAttributeType::Email)
                .build(),
        )
        .mfa_configuration(UserPoolMfaType::On)
        .email_configuration(
            EmailConfigurationType::builder()
                .email_sending_account(EmailSendingAccountType::CognitoDefault)
                .build(),
        )
        .user_pool_tags(PLAN_TAG, "deploy-42")
        .admin_create_user_config(
            AdminCreateUserConfigType::builder()
                .allow_admin_create_user_only(false)
                .unused_account_validity_days(7)
                .invite_message_template(
                    MessageTemplateType::builder()
                        .sms_message(
                            "Your username is {username} and temporary password is {####}. ",
                        )
                        .email_message(
                            "Your username is {username} and temporary password is {####}. ",
                        )
                        .email_subject("Your temporary password")
                        .build(),
                )
                .build(),
        )
        .user_pool_add_ons(
            UserPoolAddOnsType::builder()
                .advanced_security_mode(AdvancedSecurityModeType::Off)
                .advanced_security_additional_flows(
                    AdvancedSecurityAdditionalFlowsType::builder().build(),
                )
                .build()
                .unwrap(),
        )
        .username_configuration(
            UsernameConfigurationType::builder()
                .case_sensitive(false)
                .build()
                .unwrap(),
        )
        .account_recovery_setting(
            AccountRecoverySettingType::builder()
                .recovery_mechanisms(
                    RecoveryOptionType::builder()
                        .priority(1)
                        .name(RecoveryOptionNameType::VerifiedEmail)
                        .build()
                        .unwrap(),
                )
                .build(),
        )
        .user_pool_tier(UserPoolTierType::Essentials)
        .build();
    let mfa = GetUserPoolMfaConfigOutput::builder()
        .mfa_configuration(UserPoolMfaType::On)
        .software_token_mfa_configuration(
            SoftwareTokenMfaConfigType::builder().enabled(true).build(),
        )
        // Reported for pools that never configured passkeys.
        .web_authn_configuration(
            WebAuthnConfigurationType::builder()
                .factor_configuration(WebAuthnFactorConfigurationType::SingleFactor)
                .build(),
        )
        .build();
    let client = UserPoolClientType::builder()
        .user_pool_id("us-east-1_AbC123xyZ")
        .client_name("my-app-client")
        .client_id("4d3q2p1o0n9m8l7k6j5i4h3g2f")
        .refresh_token_validity(30)
        .access_token_validity(60)
        .id_token_validity(60)
        .token_validity_units(
            TokenValidityUnitsType::builder()
                .access_token(TimeUnitsType::Minutes)
                .id_token(TimeUnitsType::Minutes)
                .refresh_token(TimeUnitsType::Days)
                .build(),
        )
        // Another order than the plan's.
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowRefreshTokenAuth)
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowUserSrpAuth)
        .allowed_o_auth_flows_user_pool_client(false)
        .prevent_user_existence_errors(PreventUserExistenceErrorTypes::Enabled)
        .enable_token_revocation(true)
        .enable_propagate_additional_user_context_data(false)
        .auth_session_validity(3)
        .build();
    Described {
        pool,
        mfa,
        clients: vec![client],
        domains: Vec::new(),
        missing_domains: Vec::new(),
        providers: Vec::new(),
        resource_servers: Vec::new(),
    }
}

fn kept_lines(kept: &[Kept]) -> String {
    kept.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn what_cognito_fills_in_is_what_the_plan_sends() {
    let read = ReadBack::from_described("us-east-1_AbC123xyZ", seed_as_cognito_describes_it());
    assert!(read.kept().is_empty(), "{}", kept_lines(read.kept()));
    assert_eq!(read.wizard(), &seed());
    assert_eq!(read.to_string(), seed().review().unwrap().to_string());
    assert_eq!(
        read.plan_token().map(crate::PlanToken::as_str),
        Some("deploy-42")
    );
    assert!(read.has_client());
    assert_eq!(read.described().clients.len(), 1);

    // The requests read are the plan's, canonical.
    let mut planned = seed().requests();
    canonicalize(&mut planned);
    assert_eq!(read.requests(), &planned);
}

#[test]
fn canonical_requests_stay_canonical() {
    let mut once = seed_as_cognito_describes_it();
    once.pool.user_pool_tags = None;
    let read = super::requests::requests(&once);
    let mut twice = read.clone();
    canonicalize(&mut twice);
    assert_eq!(read, twice);
}

#[test]
fn a_prefix_domain_as_cognito_describes_it() {
    let mut described = seed_as_cognito_describes_it();
    described.pool.domain = Some("my-login".to_owned());
    described.domains.push(
        DomainDescriptionType::builder()
            .user_pool_id("us-east-1_AbC123xyZ")
            .domain("my-login")
            .s3_bucket("aws-cognito-prod-pdx-assets")
            .cloud_front_distribution("aaaaaaaaaaaaa.cloudfront.net")
            .version("20190128175402")
            .status(DomainStatusType::Active)
            // `{}` in the answer: the SDK reads the missing ARN as empty.
            .custom_domain_config(
                CustomDomainConfigType::builder()
                    .certificate_arn("")
                    .build()
                    .unwrap(),
            )
            .managed_login_version(1)
            .build(),
    );
    let read = ReadBack::from_described("us-east-1_AbC123xyZ", described);
    assert!(read.kept().is_empty(), "{}", kept_lines(read.kept()));
    let wizard = UserPoolWizard {
        app: App::builder()
            .pool_name("my-user-pool")
            .domain(Domain::prefix("my-login"))
            .client(AppClient::public("my-app-client"))
            .build(),
        ..seed()
    };
    assert_eq!(read.wizard(), &wizard);
    assert_eq!(read.domain(), Some("my-login"));
}

#[test]
fn the_classic_hosted_ui_is_a_domain_without_a_version() {
    let classic = UserPoolWizard {
        app: App::builder()
            .pool_name("my-user-pool")
            .domain(Domain::prefix("my-login").managed_login(ManagedLoginVersion::ClassicHostedUi))
            .client(AppClient::public("my-app-client"))
            .build(),
        ..seed()
    };
    let default = UserPoolWizard {
        app: App::builder()
            .pool_name("my-user-pool")
            .domain(Domain::prefix("my-login"))
            .client(AppClient::public("my-app-client"))
            .build(),
        ..seed()
    };
    let (mut a, mut b) = (classic.requests(), default.requests());
    assert_ne!(a, b);
    canonicalize(&mut a);
    canonicalize(&mut b);
    assert_eq!(a, b);
}

#[test]
fn legacy_and_unknown_values_are_kept() {
    let mut described = seed_as_cognito_describes_it();
    let pool = &mut described.pool;
    // A legacy text that no template mirrors, an older pool's legacy validity.
    pool.sms_verification_message = Some("Legacy {####}".to_owned());
    pool.admin_create_user_config
        .as_mut()
        .unwrap()
        .unused_account_validity_days = 3;
    // A custom text for the verification type the pool does not use.
    pool.verification_message_template
        .as_mut()
        .unwrap()
        .email_message_by_link = Some("Click {##here##}".to_owned());
    // Recovery the wizard does not offer.
    pool.account_recovery_setting = Some(
        AccountRecoverySettingType::builder()
            .recovery_mechanisms(
                RecoveryOptionType::builder()
                    .priority(1)
                    .name(RecoveryOptionNameType::VerifiedEmail)
                    .build()
                    .unwrap(),
            )
            .recovery_mechanisms(
                RecoveryOptionType::builder()
                    .priority(2)
                    .name(RecoveryOptionNameType::AdminOnly)
                    .build()
                    .unwrap(),
            )
            .build(),
    );
    // A password length beyond what the step holds, and a legacy auth flow.
    pool.policies
        .as_mut()
        .unwrap()
        .password_policy
        .as_mut()
        .unwrap()
        .minimum_length = Some(300);
    described.clients[0]
        .explicit_auth_flows
        .as_mut()
        .unwrap()
        .push(ExplicitAuthFlowsType::UserPasswordAuth);
    let read = ReadBack::from_described("us-east-1_AbC123xyZ", described);
    let kept: Vec<(Step, Operation, &str, &str)> = read
        .kept()
        .iter()
        .map(|k| (k.step(), k.operation(), k.path(), k.value()))
        .collect();
    let lines = kept_lines(read.kept());
    for expected in [
        (
            Step::Security,
            Operation::CreateUserPool,
            "Policies.PasswordPolicy.MinimumLength",
            "300",
        ),
        (
            Step::Security,
            Operation::CreateUserPool,
            "AdminCreateUserConfig.UnusedAccountValidityDays",
            "3",
        ),
        (
            Step::Security,
            Operation::CreateUserPool,
            "AccountRecoverySetting.RecoveryMechanisms",
            "1 verified_email, 2 admin_only",
        ),
        (
            Step::Messaging,
            Operation::CreateUserPool,
            "SmsVerificationMessage",
            "\"Legacy {####}\"",
        ),
        (
            Step::Messaging,
            Operation::CreateUserPool,
            "VerificationMessageTemplate.EmailMessageByLink",
            "\"Click {##here##}\"",
        ),
        (
            Step::App,
            Operation::CreateUserPoolClient,
            "AppClients[my-app-client].ExplicitAuthFlows",
            "ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH, USER_PASSWORD_AUTH",
        ),
    ] {
        assert!(kept.contains(&expected), "missing {expected:?} in\n{lines}");
    }
    assert_eq!(kept.len(), 6, "{lines}");
    // Sorted by step.
    assert!(read.kept().windows(2).all(|w| w[0].step() <= w[1].step()));
    let page = read.to_string();
    assert!(page.ends_with(&format!(
        "\nKept (not expressible in the wizard)\n{}\n",
        lines
            .lines()
            .map(|l| format!("  {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    )));
}

#[test]
fn a_client_secret_is_never_a_value() {
    let mut described = seed_as_cognito_describes_it();
    described.clients[0].client_secret = Some("s3cr3t-s3cr3t-s3cr3t-s3cr3t".to_owned());
    described.clients.push(described.clients[0].clone());
    let read = ReadBack::from_described("us-east-1_AbC123xyZ", described);
    let everything = format!("{read}{read:?}{:?}", read.kept());
    assert!(!everything.contains("s3cr3t"), "{everything}");
    assert_eq!(
        read.client_secret().map(crate::Secret::expose_secret),
        Some("s3cr3t-s3cr3t-s3cr3t-s3cr3t")
    );
    // The second client of the same name is the wizard's too, secret and all.
    assert!(read.kept().is_empty(), "{}", kept_lines(read.kept()));
    assert_eq!(read.wizard().app.clients().count(), 2);
    assert_eq!(read.requests().additional_clients.len(), 1);
    assert_eq!(
        read.requests().additional_clients[0].generate_secret,
        Some(true)
    );
}

#[test]
fn what_no_wizard_has_is_listed() {
    let mut described = seed_as_cognito_describes_it();
    described.clients.clear();
    described.missing_domains.push("gone-login".to_owned());
    let kept = beyond_the_wizard(&described);
    assert_eq!(kept.len(), 2);
    assert_eq!(kept[0].label(), "Initial app client");
    assert_eq!(
        kept[1].value(),
        "\"gone-login\" (named by the pool, unknown to DescribeUserPoolDomain)"
    );
    let read = ReadBack::from_described("us-east-1_AbC123xyZ", described);
    assert!(!read.has_client());
    assert_eq!(read.kept().len(), 2, "{}", kept_lines(read.kept()));
}

#[test]
fn a_long_value_is_cut_on_the_page() {
    let kept = Kept::new(
        Step::Messaging,
        Operation::CreateUserPool,
        "Verification email message (legacy)",
        "EmailVerificationMessage",
        format!("{:?}", "é".repeat(100)),
    );
    let line = kept.to_string();
    assert!(line.ends_with("… (102 characters)"), "{line}");
    assert_eq!(kept.value().chars().count(), 102);
}

/// A standard attribute listed without its bounds (moto lists a declared standard attribute so,
/// when the request gave no `AttributeDataType`) has the standard bounds: Cognito gives a
/// standard attribute declared without constraints its defaults, and lists `identities` with
/// none. Bounds that differ from the defaults are still the pool's own.
#[test]
fn a_standard_attribute_without_bounds_has_the_standard_ones() {
    let mut described = seed_as_cognito_describes_it();
    let mut email = text("email", "0", "2048", true);
    email.string_attribute_constraints = None;
    let mut updated_at = SchemaAttributeType::builder()
        .name("updated_at")
        .attribute_data_type(AttributeDataType::Number)
        .developer_only_attribute(false)
        .mutable(true)
        .required(false)
        .build();
    described.pool.schema_attributes = Some(vec![email.clone(), updated_at.clone()]);
    let read = ReadBack::from_described("us-east-1_AbC123xyZ", described.clone());
    assert!(read.kept().is_empty(), "{}", kept_lines(read.kept()));
    assert_eq!(read.wizard(), &seed());

    // Empty bounds (`{}`) mean the same.
    email.string_attribute_constraints = Some(StringAttributeConstraintsType::builder().build());
    updated_at.number_attribute_constraints =
        Some(NumberAttributeConstraintsType::builder().build());
    described.pool.schema_attributes = Some(vec![email.clone(), updated_at]);
    let read = ReadBack::from_described("us-east-1_AbC123xyZ", described.clone());
    assert!(read.kept().is_empty(), "{}", kept_lines(read.kept()));

    email.string_attribute_constraints = Some(
        StringAttributeConstraintsType::builder()
            .min_length("0")
            .max_length("256")
            .build(),
    );
    described.pool.schema_attributes = Some(vec![email]);
    let read = ReadBack::from_described("us-east-1_AbC123xyZ", described);
    assert_eq!(read.kept().len(), 1, "{}", kept_lines(read.kept()));
}

// ---------------------------------------------------------------------------------------------
// Identity providers as Cognito describes them

mod federation {
    use std::collections::HashMap;

    use aws_sdk_cognitoidentityprovider::types::{IdentityProviderType, IdentityProviderTypeType};

    use super::*;
    use crate::provision::diff::Diff;
    use crate::{
        AppleProvider, FacebookProvider, GoogleProvider, LoginWithAmazonProvider, OidcEndpoints,
        OidcProvider, SamlMetadata, SamlProvider, Secret, StandardAttribute,
    };

    const GOOGLE_SECRET: &str = "google-SECRET-never-shown-7Qx";
    const OKTA_SECRET: &str = "okta-SECRET-never-shown-8Rz";
    const APPLE_KEY: &str = "-----BEGIN PRIVATE KEY-----\nAPPLE-KEY-never-shown\n-----END";

    /// The seed with one provider of each kind, as the model's "Create or update request"
    /// examples configure them (`IdentityProviderType.ProviderDetails`).
    fn planned() -> UserPoolWizard {
        planned_with(GOOGLE_SECRET, APPLE_KEY)
    }

    /// [`planned`] with another Google client secret and Apple private key.
    fn planned_with(google_secret: &str, apple_key: &str) -> UserPoolWizard {
        let mut wizard = seed();
        wizard.sign_in = wizard
            .sign_in
            .identity_provider(
                GoogleProvider::new(
                    "1example23456789.apps.googleusercontent.com",
                    Secret::new(google_secret),
                    ["email", "profile", "openid"],
                )
                .map_attribute(StandardAttribute::Email, "email"),
            )
            .identity_provider(
                FacebookProvider::new(
                    "1example23456789",
                    Secret::new("facebook-secret"),
                    ["public_profile", "email"],
                )
                .api_version("v17.0"),
            )
            .identity_provider(LoginWithAmazonProvider::new(
                "amzn1.application-oa2-client.1example23456789",
                Secret::new("amazon-secret"),
                ["profile", "postal_code"],
            ))
            .identity_provider(
                AppleProvider::new(
                    "com.example.cognito",
                    "2EXAMPLE",
                    "1EXAMPLE",
                    Secret::new(apple_key),
                )
                .scopes(["email", "name"]),
            )
            .identity_provider(
                OidcProvider::new(
                    "Okta",
                    "1example23456789",
                    "https://auth.example.com",
                    ["openid", "profile", "email"],
                )
                .client_secret(Secret::new(OKTA_SECRET))
                .endpoints(OidcEndpoints::new(
                    "https://auth.example.com/authorize",
                    "https://example.com/token",
                    "https://auth.example.com/userInfo",
                    "https://auth.example.com/.well-known/jwks.json",
                )),
            )
            .identity_provider(
                SamlProvider::new(
                    "Corporate",
                    SamlMetadata::url("https://auth.example.com/sso/saml/metadata"),
                )
                .sign_out(true)
                .idp_initiated(true)
                .encrypted_responses(true)
                .sign_requests(true)
                .map_attribute(StandardAttribute::Email, "email"),
            );
        wizard
    }

    fn provider(
        name: &str,
        kind: IdentityProviderTypeType,
        details: &[(&str, &str)],
        mapping: &[(&str, &str)],
    ) -> IdentityProviderType {
        let map = |pairs: &[(&str, &str)]| -> HashMap<String, String> {
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect()
        };
        IdentityProviderType::builder()
            .user_pool_id("us-east-1_AbC123xyZ")
            .provider_name(name)
            .provider_type(kind)
            .set_provider_details(Some(map(details)))
            .set_attribute_mapping(Some(map(mapping)))
            .build()
    }

    /// The providers of [`planned`] as `DescribeIdentityProvider` shows them: the model's
    /// "Describe response" examples (endpoint keys, `attributes_url_add_attributes`,
    /// `token_request_method`, SAML metadata keys, no Apple private key), with the `username`
    /// mapping the Developer Guide says Cognito derives.
    #[expect(
        clippy::too_many_lines,
        reason = "one provider per kind, each its details"
    )]
    fn described_providers() -> Vec<IdentityProviderType> {
        use IdentityProviderTypeType as T;
        vec![
            provider(
                "Google",
                T::Google,
                &[
                    (
                        "attributes_url",
                        "https://people.googleapis.com/v1/people/me?personFields=",
                    ),
                    ("attributes_url_add_attributes", "true"),
                    ("authorize_scopes", "email profile openid"),
                    (
                        "authorize_url",
                        "https://accounts.google.com/o/oauth2/v2/auth",
                    ),
                    ("client_id", "1example23456789.apps.googleusercontent.com"),
                    ("client_secret", GOOGLE_SECRET),
                    ("oidc_issuer", "https://accounts.google.com"),
                    ("token_request_method", "POST"),
                    ("token_url", "https://www.googleapis.com/oauth2/v4/token"),
                ],
                &[("email", "email"), ("username", "sub")],
            ),
            provider(
                "Facebook",
                T::Facebook,
                &[
                    ("api_version", "v17.0"),
                    (
                        "attributes_url",
                        "https://graph.facebook.com/v17.0/me?fields=",
                    ),
                    ("attributes_url_add_attributes", "true"),
                    ("authorize_scopes", "public_profile, email"),
                    (
                        "authorize_url",
                        "https://www.facebook.com/v17.0/dialog/oauth",
                    ),
                    ("client_id", "1example23456789"),
                    ("client_secret", "facebook-secret"),
                    ("token_request_method", "GET"),
                    (
                        "token_url",
                        "https://graph.facebook.com/v17.0/oauth/access_token",
                    ),
                ],
                &[("username", "id")],
            ),
            provider(
                "LoginWithAmazon",
                T::LoginWithAmazon,
                &[
                    ("attributes_url", "https://api.amazon.com/user/profile"),
                    ("attributes_url_add_attributes", "false"),
                    ("authorize_scopes", "profile postal_code"),
                    ("authorize_url", "https://www.amazon.com/ap/oa"),
                    ("client_id", "amzn1.application-oa2-client.1example23456789"),
                    ("client_secret", "amazon-secret"),
                    ("token_request_method", "POST"),
                    ("token_url", "https://api.amazon.com/auth/o2/token"),
                ],
                &[("username", "user_id")],
            ),
            provider(
                "SignInWithApple",
                T::SignInWithApple,
                &[
                    ("attributes_url_add_attributes", "false"),
                    ("authorize_scopes", "email name"),
                    ("authorize_url", "https://appleid.apple.com/auth/authorize"),
                    ("client_id", "com.example.cognito"),
                    ("key_id", "1EXAMPLE"),
                    ("oidc_issuer", "https://appleid.apple.com"),
                    ("team_id", "2EXAMPLE"),
                    ("token_request_method", "POST"),
                    ("token_url", "https://appleid.apple.com/auth/token"),
                ],
                &[("username", "sub")],
            ),
            provider(
                "Okta",
                T::Oidc,
                &[
                    ("attributes_request_method", "GET"),
                    ("attributes_url", "https://auth.example.com/userInfo"),
                    ("attributes_url_add_attributes", "false"),
                    ("authorize_scopes", "openid profile email"),
                    ("authorize_url", "https://auth.example.com/authorize"),
                    ("client_id", "1example23456789"),
                    ("client_secret", OKTA_SECRET),
                    ("jwks_uri", "https://auth.example.com/.well-known/jwks.json"),
                    ("oidc_issuer", "https://auth.example.com"),
                    ("token_url", "https://example.com/token"),
                ],
                &[("username", "sub")],
            ),
            provider(
                "Corporate",
                T::Saml,
                &[
                    ("IDPInit", "true"),
                    ("IDPSignout", "true"),
                    ("EncryptedResponses", "true"),
                    ("ActiveEncryptionCertificate", "[certificate]"),
                    ("MetadataURL", "https://auth.example.com/sso/saml/metadata"),
                    ("RequestSigningAlgorithm", "rsa-sha256"),
                    ("SLORedirectBindingURI", "https://auth.example.com/slo/saml"),
                    ("SSORedirectBindingURI", "https://auth.example.com/sso/saml"),
                ],
                &[("email", "email")],
            ),
        ]
    }

    fn described() -> Described {
        let mut described = seed_as_cognito_describes_it();
        described.providers = described_providers();
        described
    }

    #[test]
    fn what_cognito_adds_to_a_provider_is_its_own() {
        let read = ReadBack::from_described("us-east-1_AbC123xyZ", described());
        assert!(read.kept().is_empty(), "{}", kept_lines(read.kept()));
        let planned = planned();
        let diff = Diff::between(&read, &planned.requests());
        assert!(diff.is_empty(), "{diff}");
        // The wizard is the plan's, but for Apple's key, which Cognito never shows.
        assert_eq!(
            format!("{:?}", read.wizard()),
            format!("{planned:?}").replace("private_key: Some(Secret(***))", "private_key: None")
        );
        let page = read.to_string();
        assert!(page.contains("Set (not readable)"), "{page}");
        // A review of it asks for the key.
        let refused = read.wizard().clone().review().expect_err("no Apple key");
        assert!(
            refused.to_string().contains("missing private_key"),
            "{refused}"
        );
    }

    #[test]
    fn what_the_docs_do_not_name_is_kept() {
        let mut described = described();
        let saml = &mut described.providers[5];
        saml.attribute_mapping
            .as_mut()
            .unwrap()
            .insert("username".to_owned(), "NameID".to_owned());
        let okta = &mut described.providers[4];
        okta.provider_details
            .as_mut()
            .unwrap()
            .insert("custom_key".to_owned(), "custom".to_owned());
        // A `username` mapping other than the one Cognito derives is the pool's own.
        described.providers[0]
            .attribute_mapping
            .as_mut()
            .unwrap()
            .insert("username".to_owned(), "email".to_owned());
        let read = ReadBack::from_described("us-east-1_AbC123xyZ", described);
        let mut kept: Vec<(Step, Operation, &str, &str)> = read
            .kept()
            .iter()
            .map(|k| (k.step(), k.operation(), k.path(), k.value()))
            .collect();
        kept.sort_unstable();
        assert_eq!(
            kept,
            [
                (
                    Step::SignIn,
                    Operation::CreateIdentityProvider,
                    "IdentityProviders[Corporate].AttributeMapping[username]",
                    "\"NameID\""
                ),
                (
                    Step::SignIn,
                    Operation::CreateIdentityProvider,
                    "IdentityProviders[Google].AttributeMapping[username]",
                    "\"email\""
                ),
                (
                    Step::SignIn,
                    Operation::CreateIdentityProvider,
                    "IdentityProviders[Okta].ProviderDetails.custom_key",
                    "\"custom\""
                ),
            ],
            "{}",
            kept_lines(read.kept())
        );
    }

    #[test]
    fn a_provider_secret_is_compared_but_never_shown() {
        let read = ReadBack::from_described("us-east-1_AbC123xyZ", described());
        let everything = format!("{read}{read:?}{:?}{:?}", read.kept(), read.described());
        for secret in [
            GOOGLE_SECRET,
            OKTA_SECRET,
            "facebook-secret",
            "amazon-secret",
        ] {
            assert!(!everything.contains(secret), "{secret} shown");
        }

        // Another Google secret is a change; another Apple key is not seen (Cognito never
        // shows the pool's).
        let other = planned_with("another-google-secret", "another-apple-key");
        let diff = Diff::between(&read, &other.requests());
        let lines: Vec<String> = diff.changes().iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "~ Client secret (IdentityProviders[Google].ProviderDetails.client_secret): set -> set, another"
            ],
            "{diff}"
        );
        assert!(!diff.to_string().contains("another-google-secret"));
    }
}
