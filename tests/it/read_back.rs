//! Read-back: a pool created from a plan comes back as that plan's wizard, with nothing kept
//! and the same review page; a pool made by hand keeps and lists what the wizard cannot say;
//! failures name the call.

use std::collections::BTreeMap;

use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::types::{
    AdminCreateUserConfigType, AttributeDataType, ExplicitAuthFlowsType, PasswordPolicyType,
    SchemaAttributeType, UserPoolPolicyType, UserPoolType,
};
use cognito_wizard::client::{CallErrorKind, Cognito};
use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};

use cognito_wizard::validate::{Operation, Step};
use cognito_wizard::{
    AccountRecovery, App, AppClient, AppClientType, AppleProvider, AttributesRequestMethod,
    AuthFlow, ClientSecret, CreateOptions, CustomAttribute, CustomClientSecret,
    CustomPasswordPolicy, Domain, EmailSender, FacebookProvider, FeaturePlan, GoogleProvider,
    InvitationMessage, LambdaTriggers, LoginWithAmazonProvider, ManagedLoginVersion,
    MessageTemplates, Messaging, Mfa, MfaMethod, OAuth, OAuthGrantType, OAuthScope, OidcEndpoints,
    OidcProvider, PLAN_TAG, Passkeys, PasswordPolicy, PasswordlessFactor, PoolAttribute,
    PreTokenGenerationVersion, ReadBack, ReadStep, RememberDevices, ResourceServer, SamlMetadata,
    SamlProvider, Secret, Security, SignIn, SignInOption, SignUp, SmsSettings, StandardAttribute,
    ThreatProtection, TokenValidity, UserPoolWizard, UserVerification, Verification,
    VerificationMessage,
};

const SES_ARN: &str = "arn:aws:ses:us-east-1:123456789012:identity/example.com";
const SMS_ROLE: &str = "arn:aws:iam::123456789012:role/cognito-sms";
const CERTIFICATE: &str = "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d";

fn lambda(name: &str) -> String {
    format!("arn:aws:lambda:us-east-1:123456789012:function:{name}")
}

/// The seed's steps, with `app` and `sign_in` chosen by the case.
fn wizard(sign_in: SignIn, app: App) -> UserPoolWizard {
    UserPoolWizard::builder()
        .sign_in(sign_in)
        .messaging(Messaging::email(EmailSender::cognito()))
        .app(app)
        .build()
}

fn app(client: AppClient) -> App {
    App::builder().pool_name("read-back").client(client).build()
}

/// An app with one resource server and `client`.
fn with_server(server: ResourceServer, client: AppClient) -> App {
    App::builder()
        .pool_name("read-back")
        .client(client)
        .resource_server(server)
        .build()
}

fn orders() -> ResourceServer {
    ResourceServer::new("https://api.example.com/orders", "Orders API")
        .scope("read", "Read orders")
        .scope("write", "Create and change orders")
}

/// An Apple private key: never shown by Cognito, so never read back.
const APPLE_KEY: &str =
    "-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEG\n-----END PRIVATE KEY-----";

/// Every provider kind with its options, a custom attribute a provider maps into, several
/// clients (one names every provider, a confidential one, a machine's with a resource server's
/// scopes) and two resource servers.
#[expect(
    clippy::too_many_lines,
    reason = "one provider per kind, each its options"
)]
pub(crate) fn federated() -> UserPoolWizard {
    let xml = r#"<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="urn:example:idp"/>"#;
    let reports = ResourceServer::new("reports", "Reports").scope("export", "Export reports");
    UserPoolWizard::builder()
        .sign_in(
            email()
                .identity_provider(
                    GoogleProvider::new(
                        "1234-abcd.apps.googleusercontent.com",
                        Secret::new("google-client-secret"),
                        ["openid", "email", "profile"],
                    )
                    .map_attribute(StandardAttribute::Email, "email")
                    .map_attribute(PoolAttribute::EmailVerified, "email_verified"),
                )
                .identity_provider(
                    FacebookProvider::new(
                        "1234567890",
                        Secret::new("facebook-app-secret"),
                        ["public_profile", "email"],
                    )
                    .api_version("v17.0")
                    .map_attribute(StandardAttribute::Email, "email"),
                )
                .identity_provider(
                    LoginWithAmazonProvider::new(
                        "amzn1.application-oa2-client.1234",
                        Secret::new("amazon-client-secret"),
                        ["profile", "postal_code"],
                    )
                    .map_attribute(StandardAttribute::Email, "email"),
                )
                .identity_provider(
                    AppleProvider::new(
                        "com.example.signin",
                        "TEAM123456",
                        "KEY1234567",
                        Secret::new(APPLE_KEY),
                    )
                    .scopes(["email", "name"])
                    .map_attribute(StandardAttribute::Email, "email"),
                )
                .identity_provider(
                    OidcProvider::new(
                        "Okta",
                        "0oa1example",
                        "https://example.okta.com",
                        ["openid", "email", "profile"],
                    )
                    .client_secret(Secret::new("okta-client-secret"))
                    .attributes_request_method(AttributesRequestMethod::Post)
                    .endpoints(OidcEndpoints::new(
                        "https://example.okta.com/oauth2/v1/authorize",
                        "https://example.okta.com/oauth2/v1/token",
                        "https://example.okta.com/oauth2/v1/userinfo",
                        "https://example.okta.com/oauth2/v1/keys",
                    ))
                    .map_attribute(PoolAttribute::custom("tenant"), "tid")
                    .identifiers(["example.com"]),
                )
                .identity_provider(
                    SamlProvider::new("Corporate", SamlMetadata::document(xml))
                        .sign_out(true)
                        .idp_initiated(true)
                        .encrypted_responses(true)
                        .sign_requests(true)
                        .map_attribute(
                            StandardAttribute::Email,
                            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
                        )
                        .identifiers(["example.org", "corp.example.org"]),
                ),
        )
        .sign_up(
            SignUp::default().custom_attribute(CustomAttribute::string("tenant").max_length(2048)),
        )
        .messaging(Messaging::email(EmailSender::cognito()))
        .app(
            App::builder()
                .pool_name("read-back")
                .domain(Domain::prefix("read-back-federated"))
                .client(
                    AppClient::public("web").oauth(
                        OAuth::authorization_code(["https://app.example.com/callback"])
                            .sign_out_urls(["https://app.example.com/"])
                            .identity_providers([
                                "COGNITO",
                                "Google",
                                "Facebook",
                                "LoginWithAmazon",
                                "SignInWithApple",
                                "Okta",
                                "Corporate",
                            ]),
                    ),
                )
                .additional_client(
                    AppClient::confidential("admin")
                        .auth_flows([AuthFlow::AdminUserPassword, AuthFlow::RefreshToken]),
                )
                .additional_client(AppClient::machine_to_machine(
                    "worker",
                    [orders().oauth_scope("write"), reports.oauth_scope("export")],
                ))
                .resource_server(orders())
                .resource_server(reports)
                .build(),
        )
        .build()
}

/// The review page and `Debug` of `wizard` read back: a Sign in with Apple provider's private
/// key is never shown by Cognito, so the read-back provider holds none.
pub(crate) fn as_read_back(wizard: &UserPoolWizard, page: &str) -> (String, String) {
    let set = format!("  {:<54}Set\n", "Private key");
    let unread = format!("  {:<54}Set (not readable)\n", "Private key");
    (
        page.replace(&set, &unread),
        format!("{wizard:?}").replace("private_key: Some(Secret(***))", "private_key: None"),
    )
}

fn email() -> SignIn {
    SignIn::with([SignInOption::Email])
}

fn sms_messaging() -> Messaging {
    Messaging::email(EmailSender::cognito()).sms(SmsSettings::new(SMS_ROLE))
}

fn ses_messaging() -> Messaging {
    Messaging::email(EmailSender::ses(SES_ARN).from("no-reply@example.com"))
}

/// The corpus: plans that cover every page's choices. Each must read back as itself.
#[expect(clippy::too_many_lines, reason = "one entry per plan of the corpus")]
pub(crate) fn corpus() -> Vec<(&'static str, UserPoolWizard)> {
    let public = || app(AppClient::public("my-app-client"));
    vec![
        ("console default", crate::seed::wizard()),
        (
            "user name only",
            wizard(SignIn::with([SignInOption::Username]), public()),
        ),
        (
            "user name, e-mail and phone aliases, preferred user name, case sensitive",
            wizard(
                SignIn::with([
                    SignInOption::Username,
                    SignInOption::Email,
                    SignInOption::PhoneNumber,
                ])
                .preferred_username(true)
                .case_sensitive(true),
                public(),
            ),
        ),
        (
            "user name and preferred user name only",
            wizard(
                SignIn::with([SignInOption::Username]).preferred_username(true),
                public(),
            ),
        ),
        (
            "e-mail and phone as user names, SMS MFA required, phone-else-e-mail verification",
            UserPoolWizard::builder()
                .sign_in(SignIn::with([
                    SignInOption::Email,
                    SignInOption::PhoneNumber,
                ]))
                .security(
                    Security::default()
                        .mfa(Mfa::required([MfaMethod::Sms]))
                        .account_recovery(AccountRecovery::EmailOnly),
                )
                .sign_up(SignUp::default().verification(Verification::PhoneNumberElseEmail))
                .messaging(sms_messaging())
                .app(public())
                .build(),
        ),
        (
            "phone only, SMS recovery",
            UserPoolWizard::builder()
                .sign_in(SignIn::with([SignInOption::PhoneNumber]))
                .security(
                    Security::default()
                        .mfa(Mfa::Off)
                        .account_recovery(AccountRecovery::SmsOnly),
                )
                .sign_up(SignUp::default().verification(Verification::PhoneNumber))
                .messaging(sms_messaging())
                .app(public())
                .build(),
        ),
        (
            "MFA off, recovery off",
            UserPoolWizard::builder()
                .sign_in(email())
                .security(
                    Security::default()
                        .mfa(Mfa::Off)
                        .account_recovery(AccountRecovery::Disabled),
                )
                .messaging(Messaging::email(EmailSender::cognito()))
                .app(public())
                .build(),
        ),
        (
            "MFA optional with SMS and authenticator apps, recovery e-mail then SMS",
            UserPoolWizard::builder()
                .sign_in(email())
                .security(
                    Security::default()
                        .mfa(Mfa::optional([MfaMethod::Sms, MfaMethod::AuthenticatorApp]))
                        .account_recovery(AccountRecovery::EmailThenSms),
                )
                .messaging(sms_messaging().templates(
                    MessageTemplates::default().mfa_sms_message("Your sign-in code is {####}"),
                ))
                .app(public())
                .build(),
        ),
        (
            "MFA required with e-mail (SES) and authenticator apps, e-mail MFA texts",
            UserPoolWizard::builder()
                .sign_in(email())
                .security(
                    Security::default()
                        .mfa(Mfa::required([
                            MfaMethod::Email,
                            MfaMethod::AuthenticatorApp,
                        ]))
                        .account_recovery(AccountRecovery::SmsThenEmail),
                )
                .messaging(
                    Messaging::email(EmailSender::ses(SES_ARN).reply_to("help@example.com"))
                        .sms(SmsSettings::new(SMS_ROLE))
                        .templates(
                            MessageTemplates::default()
                                .mfa_email_subject("Your sign-in code")
                                .mfa_email_message("Use {####} to sign in"),
                        ),
                )
                .app(public())
                .build(),
        ),
        (
            "MFA optional with e-mail only",
            UserPoolWizard::builder()
                .sign_in(email())
                .security(Security::default().mfa(Mfa::optional([MfaMethod::Email])))
                .messaging(ses_messaging())
                .app(public())
                .build(),
        ),
        (
            "passwordless and passkeys with settings, choice-based client",
            UserPoolWizard::builder()
                .sign_in(
                    email()
                        .passwordless([PasswordlessFactor::EmailOtp, PasswordlessFactor::SmsOtp])
                        .passkeys(
                            Passkeys::default()
                                .relying_party_id("auth.example.com")
                                .user_verification(UserVerification::Required)
                                .multi_factor(true),
                        ),
                )
                .security(Security::default().mfa(Mfa::optional([MfaMethod::AuthenticatorApp])))
                .messaging(sms_messaging())
                .app(app(AppClient::public("my-app-client")
                    .auth_flows([AuthFlow::UserAuth, AuthFlow::RefreshToken])))
                .build(),
        ),
        (
            "passkeys with the service's defaults, MFA off",
            UserPoolWizard::builder()
                .sign_in(email().passkeys(Passkeys::default()))
                .security(Security::default().mfa(Mfa::Off))
                .messaging(Messaging::email(EmailSender::cognito()))
                .app(public())
                .build(),
        ),
        (
            "passkey settings alone, MFA off",
            UserPoolWizard::builder()
                .sign_in(
                    email().passkeys(
                        Passkeys::default().user_verification(UserVerification::Preferred),
                    ),
                )
                .security(Security::default().mfa(Mfa::Off))
                .messaging(Messaging::email(EmailSender::cognito()))
                .app(public())
                .build(),
        ),
        (
            "custom password policy, Lite plan",
            UserPoolWizard::builder()
                .sign_in(email())
                .security(
                    Security::default()
                        .password_policy(PasswordPolicy::Custom(
                            CustomPasswordPolicy::default()
                                .minimum_length(12)
                                .require_special_characters(false)
                                .require_uppercase(false)
                                .temporary_password_validity_days(3),
                        ))
                        .feature_plan(FeaturePlan::Lite),
                )
                .messaging(Messaging::email(EmailSender::cognito()))
                .app(public())
                .build(),
        ),
        (
            "password history (Essentials)",
            UserPoolWizard::builder()
                .sign_in(email())
                .security(Security::default().password_policy(PasswordPolicy::Custom(
                    CustomPasswordPolicy::default().password_history_size(5),
                )))
                .messaging(Messaging::email(EmailSender::cognito()))
                .app(public())
                .build(),
        ),
        (
            "self-registration off, no verification, required and custom attributes",
            UserPoolWizard::builder()
                .sign_in(SignIn::with([SignInOption::Username]))
                .sign_up(
                    SignUp::default()
                        .self_registration(false)
                        .verification(Verification::Off)
                        .required_attributes([
                            StandardAttribute::Name,
                            StandardAttribute::Birthdate,
                            StandardAttribute::UpdatedAt,
                        ])
                        .custom_attribute(
                            CustomAttribute::string("tenant")
                                .min_length(1)
                                .max_length(36)
                                .mutable(false),
                        )
                        .custom_attribute(CustomAttribute::string("nickname2"))
                        .custom_attribute(
                            CustomAttribute::number("age").min_value(-1).max_value(150),
                        )
                        .custom_attribute(CustomAttribute::number("score").mutable(false))
                        .custom_attribute(CustomAttribute::string("only_max").max_length(2048)),
                )
                .messaging(Messaging::email(EmailSender::cognito()))
                .app(public())
                .build(),
        ),
        (
            "verification without keeping the original value",
            UserPoolWizard::builder()
                .sign_in(email())
                .sign_up(SignUp::default().keep_original_value(false))
                .messaging(Messaging::email(EmailSender::cognito()))
                .app(public())
                .build(),
        ),
        (
            "SES sender, SMS settings, every template",
            UserPoolWizard::builder()
                .sign_in(email())
                .security(Security::default().mfa(Mfa::required([MfaMethod::Sms])))
                .messaging(
                    Messaging::email(
                        EmailSender::ses(SES_ARN)
                            .from("Example <no-reply@example.com>")
                            .reply_to("support@example.com")
                            .configuration_set("my-set"),
                    )
                    .sms(
                        SmsSettings::new(SMS_ROLE)
                            .external_id("a1b2c3d4")
                            .sns_region("us-east-1"),
                    )
                    .templates(
                        MessageTemplates::default()
                            .verification(
                                VerificationMessage::link()
                                    .email_subject("Confirm your account")
                                    .email_message("Click {##here##} to confirm")
                                    .sms_message("Your code is {####}"),
                            )
                            .invitation(
                                InvitationMessage::default()
                                    .email_subject("Welcome")
                                    .email_message("Hi {username}, your password is {####}")
                                    .sms_message("{username} / {####}"),
                            )
                            .mfa_sms_message("Sign-in code: {####}"),
                    ),
                )
                .app(public())
                .build(),
        ),
        (
            "Cognito sender with a reply-to, code verification texts",
            UserPoolWizard::builder()
                .sign_in(email())
                .messaging(
                    Messaging::email(EmailSender::cognito().reply_to("help@example.com"))
                        .templates(
                            MessageTemplates::default().verification(
                                VerificationMessage::code()
                                    .email_subject("Your code")
                                    .email_message("Your code is {####}."),
                            ),
                        ),
                )
                .app(public())
                .build(),
        ),
        (
            "link verification with Cognito's texts",
            UserPoolWizard::builder()
                .sign_in(email())
                .messaging(Messaging::email(EmailSender::cognito()).templates(
                    MessageTemplates::default().verification(VerificationMessage::link()),
                ))
                .app(public())
                .build(),
        ),
        (
            "every Lambda trigger",
            wizard(
                email(),
                App::builder()
                    .pool_name("read-back")
                    .client(AppClient::public("my-app-client"))
                    .lambda_triggers(
                        LambdaTriggers::default()
                            .pre_sign_up(lambda("pre-sign-up"))
                            .post_confirmation(lambda("post-confirmation"))
                            .user_migration(lambda("migrate"))
                            .pre_authentication(lambda("pre-auth"))
                            .post_authentication(lambda("post-auth"))
                            .pre_token_generation(lambda("claims"), PreTokenGenerationVersion::V2)
                            .define_auth_challenge(lambda("define"))
                            .create_auth_challenge(lambda("create"))
                            .verify_auth_challenge_response(lambda("verify"))
                            .custom_message(lambda("message"))
                            .custom_email_sender(lambda("email-sender"))
                            .custom_sms_sender(lambda("sms-sender"))
                            .kms_key_id("arn:aws:kms:us-east-1:123456789012:key/abcd"),
                    )
                    .build(),
            ),
        ),
        (
            "pre token generation version 1",
            wizard(
                email(),
                App::builder()
                    .pool_name("read-back")
                    .client(AppClient::public("my-app-client"))
                    .lambda_triggers(
                        LambdaTriggers::default()
                            .pre_token_generation(lambda("claims"), PreTokenGenerationVersion::V1),
                    )
                    .build(),
            ),
        ),
        (
            "device tracking: always, challenge on new devices",
            wizard(
                email()
                    .remember_devices(RememberDevices::Always)
                    .challenge_required_on_new_device(true),
                public(),
            ),
        ),
        (
            "device tracking: user opt-in",
            wizard(
                email().remember_devices(RememberDevices::UserOptIn),
                public(),
            ),
        ),
        (
            "threat protection (Plus)",
            UserPoolWizard::builder()
                .sign_in(email())
                .security(
                    Security::default()
                        .feature_plan(FeaturePlan::Plus)
                        .threat_protection(ThreatProtection::Audit)
                        .custom_auth_threat_protection(ThreatProtection::Enforced),
                )
                .messaging(Messaging::email(EmailSender::cognito()))
                .app(public())
                .build(),
        ),
        (
            "threat protection enforced, custom authentication off",
            UserPoolWizard::builder()
                .sign_in(email())
                .security(
                    Security::default()
                        .feature_plan(FeaturePlan::Plus)
                        .threat_protection(ThreatProtection::Enforced),
                )
                .messaging(Messaging::email(EmailSender::cognito()))
                .app(public())
                .build(),
        ),
        (
            "tags, deletion protection off",
            wizard(
                email(),
                App::builder()
                    .pool_name("read-back")
                    .client(AppClient::public("my-app-client"))
                    .tag("team", "identity")
                    .tag("env", "prod")
                    .tag("empty", "")
                    .deletion_protection(false)
                    .build(),
            ),
        ),
        (
            "prefix domain",
            wizard(
                email(),
                App::builder()
                    .pool_name("read-back")
                    .domain(Domain::prefix("read-back-login"))
                    .client(AppClient::public("my-app-client"))
                    .build(),
            ),
        ),
        (
            "custom domain with managed login",
            wizard(
                email(),
                App::builder()
                    .pool_name("read-back")
                    .domain(
                        Domain::custom("auth.example.com", CERTIFICATE)
                            .managed_login(ManagedLoginVersion::ManagedLogin),
                    )
                    .client(AppClient::public("my-app-client"))
                    .build(),
            ),
        ),
        (
            "confidential client with OAuth and every token setting",
            UserPoolWizard::builder()
                .sign_in(email())
                .sign_up(SignUp::default().custom_attribute(CustomAttribute::string("tenant")))
                .messaging(Messaging::email(EmailSender::cognito()))
                .app(with_server(
                    ResourceServer::new("api", "API").scope("read", "Read"),
                    AppClient::confidential("web")
                        .oauth(
                            OAuth::authorization_code([
                                "https://app.example.com/callback",
                                "https://app.example.com/other",
                            ])
                            .grant_types([
                                OAuthGrantType::AuthorizationCode,
                                OAuthGrantType::Implicit,
                            ])
                            .scopes([
                                OAuthScope::OpenId,
                                OAuthScope::Email,
                                OAuthScope::Profile,
                                OAuthScope::CognitoAdmin,
                                OAuthScope::Custom("api/read".into()),
                            ])
                            .sign_out_urls(["https://app.example.com/"])
                            .default_redirect_uri("https://app.example.com/callback"),
                        )
                        .auth_flows([
                            AuthFlow::AdminUserPassword,
                            AuthFlow::Custom,
                            AuthFlow::UserPassword,
                            AuthFlow::UserSrp,
                            AuthFlow::RefreshToken,
                        ])
                        .refresh_token_validity(TokenValidity::hours(12))
                        .access_token_validity(TokenValidity::seconds(3600))
                        .id_token_validity(TokenValidity::hours(1))
                        .auth_session_minutes(15)
                        .prevent_user_existence_errors(false)
                        .token_revocation(false)
                        .read_attributes(["email", "name", "custom:tenant"])
                        .write_attributes(["name", "custom:tenant"])
                        .propagate_user_context_data(true),
                ))
                .build(),
        ),
        (
            "machine-to-machine client",
            wizard(
                email(),
                with_server(
                    orders(),
                    AppClient::machine_to_machine(
                        "machine",
                        [orders().oauth_scope("write"), orders().oauth_scope("read")],
                    ),
                ),
            ),
        ),
        (
            "federated: every provider kind, several clients",
            federated(),
        ),
        (
            // A provider sent without a mapping: Cognito describes it with the `username`
            // mapping it derives (`sub` for OIDC), which is its own.
            "federated: OIDC by discovery and unmapped, SAML metadata URL",
            wizard(
                email()
                    .identity_provider(OidcProvider::new(
                        "Auth0",
                        "auth0-client",
                        "https://example.eu.auth0.com",
                        ["openid", "email"],
                    ))
                    .identity_provider(
                        SamlProvider::new(
                            "Corporate",
                            SamlMetadata::url("https://idp.example.com/saml/metadata"),
                        )
                        .map_attribute(StandardAttribute::Email, "email"),
                    ),
                App::builder()
                    .pool_name("read-back")
                    .client(
                        AppClient::public("web").oauth(
                            OAuth::authorization_code(["https://app.example.com/callback"])
                                .identity_providers(["Auth0", "Corporate"]),
                        ),
                    )
                    .build(),
            ),
        ),
        (
            "public client with an empty list of flows and refresh tokens for 3650 days",
            wizard(
                email(),
                app(AppClient::public("spa")
                    .auth_flows([])
                    .refresh_token_validity(TokenValidity::days(3650))
                    .read_attributes(Vec::<String>::new())),
            ),
        ),
    ]
}

async fn create_and_read(name: &str, wizard: &UserPoolWizard) -> (String, ReadBack) {
    let plan = wizard
        .clone()
        .review()
        .unwrap_or_else(|e| panic!("{name}: the plan must pass review:\n{e}"));
    let cognito = InMemoryCognito::new();
    let created = plan
        .create(&cognito)
        .await
        .unwrap_or_else(|e| panic!("{name}: create failed: {e}"));
    let read = ReadBack::read(&cognito, created.user_pool_id())
        .await
        .unwrap_or_else(|e| panic!("{name}: read failed: {e}"));
    assert_eq!(read.user_pool_id(), created.user_pool_id(), "{name}");
    assert_eq!(read.user_pool_arn(), created.user_pool_arn(), "{name}");
    assert_eq!(read.user_pool_name(), created.user_pool_name(), "{name}");
    assert_eq!(read.client_id(), Some(created.client_id()), "{name}");
    let ids: Vec<&str> = created
        .clients()
        .iter()
        .map(cognito_wizard::CreatedClient::client_id)
        .collect();
    assert_eq!(read.client_ids(), ids, "{name}");
    assert_eq!(read.client_secret(), created.client_secret(), "{name}");
    assert_eq!(read.domain(), created.domain(), "{name}");
    assert_eq!(read.plan_token(), Some(created.plan_token()), "{name}");
    assert_eq!(
        read.tags().get(PLAN_TAG).map(String::as_str),
        Some(created.plan_token().as_str()),
        "{name}"
    );
    (plan.to_string(), read)
}

#[tokio::test]
async fn every_plan_of_the_corpus_reads_back_as_planned() {
    let corpus = corpus();
    assert!(corpus.len() >= 12);
    for (name, wizard) in corpus {
        let (page, read) = create_and_read(name, &wizard).await;
        assert!(
            read.kept().is_empty(),
            "{name}: nothing may be kept, got:\n{}",
            read.kept()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
        let (page, debug) = as_read_back(&wizard, &page);
        assert_eq!(format!("{:?}", read.wizard()), debug, "{name}");
        if debug == format!("{wizard:?}") {
            assert_eq!(read.wizard(), &wizard, "{name}");
        }
        let shown = read.to_string();
        let differ: Vec<(&str, &str)> = shown
            .lines()
            .zip(page.lines())
            .filter(|(a, b)| a != b)
            .collect();
        assert!(differ.is_empty(), "{name}: read back, planned: {differ:#?}");
        assert_eq!(shown, page, "{name}");
        assert_eq!(
            read.warnings(),
            wizard.clone().review().unwrap().warnings(),
            "{name}"
        );
    }
}

/// Plans that say the same thing in two ways read back in one of them: the read-back wizard
/// sends the same requests.
#[tokio::test]
#[expect(clippy::too_many_lines, reason = "one plan per spelling")]
async fn equivalent_plans_read_back_as_the_same_requests() {
    let cases = [
        (
            "the default password policy, spelled out",
            UserPoolWizard::builder()
                .sign_in(email())
                .security(
                    Security::default()
                        .password_policy(PasswordPolicy::Custom(CustomPasswordPolicy::default())),
                )
                .messaging(Messaging::email(EmailSender::cognito()))
                .app(app(AppClient::public("c")))
                .build(),
        ),
        (
            "an \"Other\" client without a secret",
            wizard(email(), app(AppClient::other("c"))),
        ),
        (
            "an \"Other\" client with a generated secret",
            wizard(
                email(),
                app(AppClient::new(
                    "c",
                    AppClientType::Other(Some(ClientSecret::Generate)),
                )),
            ),
        ),
        (
            "no verification, original value kept (never sent)",
            UserPoolWizard::builder()
                .sign_in(SignIn::with([SignInOption::Username]))
                .sign_up(
                    SignUp::default()
                        .verification(Verification::Off)
                        .keep_original_value(false),
                )
                .messaging(Messaging::email(EmailSender::cognito()))
                .app(app(AppClient::public("c")))
                .build(),
        ),
        (
            "the sign-in identifier chosen as a required attribute too",
            UserPoolWizard::builder()
                .sign_in(email())
                .sign_up(SignUp::default().required_attributes([StandardAttribute::Email]))
                .messaging(Messaging::email(EmailSender::cognito()))
                .app(app(AppClient::public("c")))
                .build(),
        ),
        (
            "e-mail MFA texts without e-mail MFA (never sent)",
            UserPoolWizard::builder()
                .sign_in(email())
                .messaging(
                    Messaging::email(EmailSender::cognito())
                        .templates(MessageTemplates::default().mfa_email_message("Code {####}")),
                )
                .app(app(AppClient::public("c")))
                .build(),
        ),
        (
            "a confidential client whose only grant is client credentials (a machine's)",
            wizard(
                email(),
                with_server(
                    orders(),
                    AppClient::confidential("machine")
                        .oauth(OAuth::client_credentials([orders().oauth_scope("read")])),
                ),
            ),
        ),
        (
            "\"Don't remember\" devices with a challenge on new ones",
            wizard(
                email().challenge_required_on_new_device(true),
                app(AppClient::public("c")),
            ),
        ),
    ];
    for (name, wizard) in cases {
        let (_, read) = create_and_read(name, &wizard).await;
        assert!(read.kept().is_empty(), "{name}: {:?}", read.kept());
        assert_ne!(read.wizard(), &wizard, "{name}: expected another spelling");
        let planned = wizard.review().unwrap();
        let again = read.wizard().clone().review().unwrap();
        assert_eq!(
            again.create_user_pool().build().unwrap(),
            planned.create_user_pool().build().unwrap(),
            "{name}"
        );
        assert_eq!(
            again.set_user_pool_mfa_config().map(|b| b.build().unwrap()),
            planned
                .set_user_pool_mfa_config()
                .map(|b| b.build().unwrap()),
            "{name}"
        );
        assert_eq!(
            again.create_user_pool_client().build().unwrap(),
            planned.create_user_pool_client().build().unwrap(),
            "{name}"
        );
    }
}

/// Cognito does not say whether a client's secret was generated or given: a custom secret
/// reads back as a generated one, and the secret itself is there to compare.
#[tokio::test]
async fn a_custom_secret_reads_back_as_a_secret() {
    let secret = "abcdefghijklmnopqrstuvwxyz0123";
    let planned = wizard(
        email(),
        app(AppClient::new(
            "server",
            AppClientType::Confidential(ClientSecret::Custom(CustomClientSecret::new(secret))),
        )),
    );
    let (_, read) = create_and_read("custom secret", &planned).await;
    assert!(read.kept().is_empty(), "{:?}", read.kept());
    assert_eq!(
        read.wizard(),
        &wizard(email(), app(AppClient::confidential("server")))
    );
    assert_eq!(
        read.client_secret()
            .map(cognito_wizard::Secret::expose_secret),
        Some(secret)
    );
    assert!(!format!("{read:?}{read}").contains(secret));
}

/// A pool whose only way to be made is by hand: everything the wizard cannot say is kept,
/// and what it can say (an unexpected tag, case sensitivity left unset) is in the wizard.
#[tokio::test]
#[expect(
    clippy::too_many_lines,
    reason = "the pool, then one line per kept setting"
)]
async fn a_hand_made_pool_keeps_what_the_wizard_cannot_express() {
    let cognito = InMemoryCognito::new();
    let created = cognito
        .create_user_pool(
            CreateUserPoolInput::builder()
                .pool_name("by-hand")
                .policies(
                    UserPoolPolicyType::builder()
                        .password_policy(
                            PasswordPolicyType::builder()
                                .minimum_length(10)
                                .require_numbers(true)
                                .build(),
                        )
                        .build(),
                )
                .admin_create_user_config(
                    AdminCreateUserConfigType::builder()
                        .unused_account_validity_days(5)
                        .build(),
                )
                .email_verification_message("Legacy code {####}")
                .schema(
                    SchemaAttributeType::builder()
                        .name("secret_code")
                        .attribute_data_type(AttributeDataType::String)
                        .developer_only_attribute(true)
                        .build(),
                )
                .schema(
                    SchemaAttributeType::builder()
                        .name("joined")
                        .attribute_data_type(AttributeDataType::Datetime)
                        .build(),
                )
                .schema(
                    SchemaAttributeType::builder()
                        .name("plan")
                        .attribute_data_type(AttributeDataType::String)
                        .build(),
                )
                .user_pool_tags("owner", "someone"),
        )
        .await
        .unwrap();
    let pool_id = created
        .user_pool()
        .and_then(UserPoolType::id)
        .unwrap()
        .to_owned();
    for name in ["web", "admin"] {
        cognito
            .create_user_pool_client(
                CreateUserPoolClientInput::builder()
                    .user_pool_id(&pool_id)
                    .client_name(name)
                    .explicit_auth_flows(ExplicitAuthFlowsType::AllowUserSrpAuth)
                    .explicit_auth_flows(ExplicitAuthFlowsType::AllowRefreshTokenAuth)
                    .supported_identity_providers("COGNITO"),
            )
            .await
            .unwrap();
    }

    let read = ReadBack::read(&cognito, &pool_id).await.unwrap();
    let kept: Vec<(Step, Operation, &str, &str)> = read
        .kept()
        .iter()
        .map(|k| (k.step(), k.operation(), k.path(), k.value()))
        .collect();
    let expect = |step, operation, path: &str, value: &str| {
        assert!(
            kept.contains(&(step, operation, path, value)),
            "missing {path} = {value} in:\n{read}"
        );
    };
    expect(
        Step::Security,
        Operation::CreateUserPool,
        "AdminCreateUserConfig.UnusedAccountValidityDays",
        "5",
    );
    expect(
        Step::Security,
        Operation::CreateUserPool,
        "AccountRecoverySetting.RecoveryMechanisms",
        "not set",
    );
    expect(
        Step::Messaging,
        Operation::CreateUserPool,
        "EmailVerificationMessage",
        "\"Legacy code {####}\"",
    );
    expect(
        Step::SignUp,
        Operation::CreateUserPool,
        "Schema[secret_code]",
        "String, developer only",
    );
    expect(
        Step::SignUp,
        Operation::CreateUserPool,
        "Schema[joined]",
        "DateTime",
    );
    // Both clients are the wizard's; what neither can say is kept, each under its name.
    for name in ["web", "admin"] {
        expect(
            Step::App,
            Operation::CreateUserPoolClient,
            &format!("AppClients[{name}].SupportedIdentityProviders"),
            "\"COGNITO\"",
        );
    }
    // The rest is the wizard's: the custom attribute it can express, the tag, case sensitivity
    // (unset means case sensitive), the password policy, the first client.
    assert_eq!(
        read.wizard()
            .clone()
            .review()
            .map(|_| ())
            .err()
            .map(|e| e.to_string()),
        None,
        "the read-back wizard is a valid plan"
    );
    let page = read.to_string();
    assert!(page.contains("custom:plan (String, mutable)"), "{page}");
    assert!(page.contains("owner=someone"), "{page}");
    assert!(page.contains("Make user name case sensitive"), "{page}");
    assert!(page.contains("10 character(s)"), "{page}");
    for name in ["web", "admin"] {
        assert!(
            page.contains(&format!(
                "App client name                                       {name}\n"
            )),
            "{page}"
        );
    }
    assert!(
        page.contains("\nKept (not expressible in the wizard)\n"),
        "{page}"
    );
    assert_eq!(read.client_ids().len(), 2);
    assert_eq!(read.plan_token(), None);
    assert_eq!(
        read.tags(),
        &BTreeMap::from([("owner".to_owned(), "someone".to_owned())])
    );
    // Nothing is lost: every difference the wizard makes is a kept line.
    assert!(read.kept().len() >= 7, "{page}");
}

#[tokio::test]
async fn a_pool_without_an_app_client_says_so() {
    let cognito = InMemoryCognito::new();
    let created = cognito
        .create_user_pool(crate::seed::create_user_pool())
        .await
        .unwrap();
    let pool_id = created.user_pool().and_then(UserPoolType::id).unwrap();
    let read = ReadBack::read(&cognito, pool_id).await.unwrap();
    assert_eq!(read.client_id(), None);
    assert!(read.client_ids().is_empty());
    let kept = read.kept();
    assert_eq!(kept.len(), 1, "{read}");
    assert_eq!(kept[0].label(), "Initial app client", "{read}");
    assert!(kept[0].value().starts_with("none"), "{read}");
    assert_eq!(kept[0].operation(), Operation::CreateUserPoolClient);
    // The console default's MFA (TOTP) was never set on this pool: MFA is off.
    assert!(read.to_string().contains("No MFA"), "{read}");
}

#[tokio::test]
async fn a_second_domain_is_kept() {
    let wizard = wizard(
        email(),
        App::builder()
            .pool_name("two-domains")
            .domain(Domain::custom("auth.example.com", CERTIFICATE))
            .client(AppClient::public("c"))
            .build(),
    );
    let cognito = InMemoryCognito::new();
    let created = wizard
        .clone()
        .review()
        .unwrap()
        .create(&cognito)
        .await
        .unwrap();
    cognito
        .create_user_pool_domain(
            CreateUserPoolDomainInput::builder()
                .user_pool_id(created.user_pool_id())
                .domain("two-domains-login"),
        )
        .await
        .unwrap();
    let read = ReadBack::read(&cognito, created.user_pool_id())
        .await
        .unwrap();
    assert_eq!(read.wizard(), &wizard, "the custom domain is the wizard's");
    assert_eq!(read.domains(), ["auth.example.com", "two-domains-login"]);
    assert_eq!(read.kept().len(), 1, "{read}");
    assert_eq!(read.kept()[0].label(), "Cognito domain prefix");
    assert_eq!(read.kept()[0].value(), "\"two-domains-login\"");
}

#[tokio::test]
async fn many_clients_are_read_page_by_page() {
    let cognito = InMemoryCognito::new();
    let created = crate::seed::wizard()
        .review()
        .unwrap()
        .create(&cognito)
        .await
        .unwrap();
    for n in 0..64 {
        cognito
            .create_user_pool_client(
                CreateUserPoolClientInput::builder()
                    .user_pool_id(created.user_pool_id())
                    .client_name(format!("extra-{n}")),
            )
            .await
            .unwrap();
    }
    cognito.clear_calls();
    let read = ReadBack::read(&cognito, created.user_pool_id())
        .await
        .unwrap();
    assert_eq!(read.client_ids().len(), 65);
    assert_eq!(read.client_id(), Some(created.client_id()));
    // Every client is the wizard's: the seed's first, then the others in their order.
    assert!(read.kept().is_empty(), "{:?}", read.kept());
    let page = read.to_string();
    let at = |name: &str| {
        page.find(&format!("{:<54}{name}\n", "App client name"))
            .unwrap_or_else(|| panic!("{name} missing"))
    };
    assert!(at("my-app-client") < at("extra-0"));
    assert!(at("extra-0") < at("extra-63"));
    assert_eq!(cognito.call_count(Call::ListUserPoolClients), 2);
    assert_eq!(cognito.call_count(Call::DescribeUserPoolClient), 65);
}

#[tokio::test]
async fn a_missing_pool_is_not_found() {
    let cognito = InMemoryCognito::new();
    let error = ReadBack::read(&cognito, "us-east-1_Missing00")
        .await
        .unwrap_err();
    assert!(error.is_not_found(), "{error}");
    assert_eq!(error.step(), ReadStep::DescribeUserPool);
    assert_eq!(error.user_pool_id(), "us-east-1_Missing00");
    assert_eq!(error.code(), Some("ResourceNotFoundException"));
    assert_eq!(error.call_error().kind(), CallErrorKind::Service);
    assert!(
        error.to_string().starts_with(
            "DescribeUserPool failed for user pool us-east-1_Missing00 (ResourceNotFoundException"
        ),
        "{error}"
    );
    assert_eq!(cognito.calls(), [Call::DescribeUserPool]);
}

/// A plan with every call a read makes: a domain, one client.
async fn pool_with_a_domain(cognito: &InMemoryCognito) -> (UserPoolWizard, String) {
    let wizard = wizard(
        email(),
        App::builder()
            .pool_name("faults")
            .domain(Domain::prefix("faults-login"))
            .client(AppClient::confidential("c"))
            .build(),
    );
    let created = wizard
        .clone()
        .review()
        .unwrap()
        .create(cognito)
        .await
        .unwrap();
    cognito.clear_calls();
    (wizard, created.user_pool_id().to_owned())
}

#[tokio::test]
async fn a_refused_call_is_named() {
    for (call, step) in [
        (Call::DescribeUserPool, ReadStep::DescribeUserPool),
        (Call::GetUserPoolMfaConfig, ReadStep::GetUserPoolMfaConfig),
        (Call::ListUserPoolClients, ReadStep::ListUserPoolClients),
        (
            Call::DescribeUserPoolClient,
            ReadStep::DescribeUserPoolClient,
        ),
        (
            Call::DescribeUserPoolDomain,
            ReadStep::DescribeUserPoolDomain,
        ),
    ] {
        let cognito = InMemoryCognito::new();
        let (_, pool_id) = pool_with_a_domain(&cognito).await;
        cognito.fail_next(call, Fault::service("NotAuthorizedException", "Denied."));
        let error = ReadBack::read(&cognito, &pool_id).await.unwrap_err();
        assert_eq!(error.step(), step, "{call}: {error}");
        assert_eq!(error.code(), Some("NotAuthorizedException"), "{call}");
        assert!(!error.is_not_found());
        assert!(
            error.to_string().starts_with(&format!("{step} failed")),
            "{error}"
        );
        assert_eq!(
            cognito.call_count(call),
            1,
            "{call}: a refusal is not retried"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn throttling_and_ambiguous_failures_are_retried() {
    for fault in [
        Fault::Throttle,
        Fault::ServerError,
        Fault::TimeoutBeforeCommit,
    ] {
        for call in [
            Call::DescribeUserPool,
            Call::GetUserPoolMfaConfig,
            Call::ListUserPoolClients,
            Call::DescribeUserPoolClient,
            Call::DescribeUserPoolDomain,
        ] {
            let cognito = InMemoryCognito::new();
            let (wizard, pool_id) = pool_with_a_domain(&cognito).await;
            cognito.fail_next(call, fault.clone());
            let read = ReadBack::read(&cognito, &pool_id)
                .await
                .unwrap_or_else(|e| panic!("{call} {fault:?}: {e}"));
            assert_eq!(read.wizard(), &wizard, "{call} {fault:?}");
            assert_eq!(cognito.call_count(call), 2, "{call} {fault:?}");
        }
    }
}

#[tokio::test(start_paused = true)]
async fn a_failure_that_outlasts_the_retries_is_named() {
    let cognito = InMemoryCognito::new();
    let (_, pool_id) = pool_with_a_domain(&cognito).await;
    cognito.fail_times(Call::DescribeUserPoolDomain, Fault::TimeoutBeforeCommit, 2);
    let options = CreateOptions::default().ambiguous_attempts(2);
    let error = ReadBack::read_with(&cognito, &pool_id, &options)
        .await
        .unwrap_err();
    assert_eq!(error.step(), ReadStep::DescribeUserPoolDomain);
    assert_eq!(error.call_error().kind(), CallErrorKind::Timeout);
}

#[tokio::test]
async fn a_read_sends_no_write() {
    let cognito = InMemoryCognito::new();
    let (_, pool_id) = pool_with_a_domain(&cognito).await;
    ReadBack::read(&cognito, &pool_id).await.unwrap();
    let mut calls = cognito.calls();
    calls.sort();
    assert_eq!(
        calls,
        [
            Call::DescribeUserPool,
            Call::GetUserPoolMfaConfig,
            Call::DescribeUserPoolClient,
            Call::ListUserPoolClients,
            Call::DescribeUserPoolDomain,
            Call::ListIdentityProviders,
            Call::ListResourceServers,
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Any wizard

/// A wizard from 32 choices. Each byte picks one setting; the choices are made coherent where
/// a page needs another's setting (SMS settings when anything sends SMS, SES for e-mail MFA, no
/// Essentials features on Lite), so most wizards pass review. Spellings that read back as
/// another (see `equivalent_plans_read_back_as_the_same_requests`) are not generated.
#[expect(
    clippy::too_many_lines,
    reason = "one setting per choice, page by page"
)]
fn any_wizard(b: [u8; 32]) -> UserPoolWizard {
    let bit = |i: usize, n: u8| b[i] & (1 << n) != 0;
    let pick = |i: usize, n: usize| usize::from(b[i]) % n;

    // Step 2 first: the plan decides what the other steps may use.
    let plan = [
        FeaturePlan::Lite,
        FeaturePlan::Essentials,
        FeaturePlan::Plus,
    ][pick(0, 3)];
    let lite = plan == FeaturePlan::Lite;
    let mut methods = Vec::new();
    if bit(1, 0) {
        methods.push(MfaMethod::AuthenticatorApp);
    }
    if bit(1, 1) {
        methods.push(MfaMethod::Sms);
    }
    if bit(1, 2) && !lite {
        methods.push(MfaMethod::Email);
    }
    if methods.is_empty() {
        methods.push(MfaMethod::AuthenticatorApp);
    }
    let mfa = match pick(2, 3) {
        0 => Mfa::Off,
        1 => Mfa::optional(methods.iter().copied()),
        _ => Mfa::required(methods.iter().copied()),
    };
    let uses = |m: MfaMethod| mfa != Mfa::Off && methods.contains(&m);
    let recovery = [
        AccountRecovery::Disabled,
        AccountRecovery::EmailOnly,
        AccountRecovery::SmsOnly,
        AccountRecovery::EmailThenSms,
        AccountRecovery::SmsThenEmail,
    ][pick(3, 5)];
    let password = match pick(4, 3) {
        0 => PasswordPolicy::CognitoDefaults,
        1 => PasswordPolicy::Custom(
            CustomPasswordPolicy::default()
                .minimum_length(6 + b[5] % 90)
                .require_numbers(bit(6, 0))
                .require_special_characters(bit(6, 1))
                .require_uppercase(bit(6, 2))
                .require_lowercase(bit(6, 3))
                .temporary_password_validity_days(1 + u16::from(b[7])),
        ),
        _ => PasswordPolicy::Custom(
            CustomPasswordPolicy::default()
                .password_history_size(if lite { 0 } else { 1 + b[5] % 24 })
                .minimum_length(9),
        ),
    };
    let threat = [
        ThreatProtection::Off,
        ThreatProtection::Audit,
        ThreatProtection::Enforced,
    ];
    let security = Security::default()
        .password_policy(password)
        .mfa(mfa.clone())
        .account_recovery(recovery)
        .feature_plan(plan)
        .threat_protection(if plan == FeaturePlan::Plus {
            threat[pick(8, 3)]
        } else {
            ThreatProtection::Off
        })
        .custom_auth_threat_protection(if plan == FeaturePlan::Plus {
            threat[pick(9, 3)]
        } else {
            ThreatProtection::Off
        });

    // Step 1.
    let mut options = Vec::new();
    for (n, option) in [
        SignInOption::Username,
        SignInOption::Email,
        SignInOption::PhoneNumber,
    ]
    .into_iter()
    .enumerate()
    {
        if bit(10, u8::try_from(n).unwrap()) {
            options.push(option);
        }
    }
    if options.is_empty() {
        options.push(SignInOption::Email);
    }
    let username = options.contains(&SignInOption::Username);
    let mut sign_in = SignIn::with(options.iter().copied())
        .preferred_username(username && bit(10, 3))
        .case_sensitive(bit(10, 4));
    let mut passwordless = Vec::new();
    if !lite && bit(11, 0) {
        passwordless.push(PasswordlessFactor::EmailOtp);
    }
    if !lite && bit(11, 1) {
        passwordless.push(PasswordlessFactor::SmsOtp);
    }
    // Required MFA excludes one-time passwords as a first factor (SR-116).
    if matches!(mfa, Mfa::Required(_)) {
        passwordless.clear();
    }
    sign_in = sign_in.passwordless(passwordless.iter().copied());
    if !lite && bit(11, 2) {
        let mut passkeys = Passkeys::default();
        if bit(11, 3) {
            passkeys = passkeys.relying_party_id("auth.example.com");
        }
        if bit(11, 4) {
            passkeys = passkeys.user_verification(UserVerification::Required);
        }
        // With MFA required, passkeys must satisfy it (SR-117).
        if bit(11, 5) || matches!(mfa, Mfa::Required(_)) {
            passkeys = passkeys
                .multi_factor(true)
                .user_verification(UserVerification::Required);
        }
        sign_in = sign_in.passkeys(passkeys);
    }
    match pick(12, 3) {
        0 => {}
        1 => {
            sign_in = sign_in
                .remember_devices(RememberDevices::Always)
                .challenge_required_on_new_device(bit(13, 0));
        }
        _ => {
            sign_in = sign_in
                .remember_devices(RememberDevices::UserOptIn)
                .challenge_required_on_new_device(bit(13, 0));
        }
    }

    // Step 3.
    let verification = [
        Verification::Off,
        Verification::Email,
        Verification::PhoneNumber,
        Verification::PhoneNumberElseEmail,
    ][pick(14, 4)];
    let mut sign_up = SignUp::default()
        .self_registration(bit(15, 0))
        .verification(verification)
        .keep_original_value(verification == Verification::Off || bit(15, 1));
    let mut required = Vec::new();
    for (n, attribute) in [
        StandardAttribute::Name,
        StandardAttribute::GivenName,
        StandardAttribute::Birthdate,
        StandardAttribute::Address,
    ]
    .into_iter()
    .enumerate()
    {
        if bit(16, u8::try_from(n).unwrap()) {
            required.push(attribute);
        }
    }
    sign_up = sign_up.required_attributes(required);
    if bit(16, 4) {
        sign_up = sign_up.custom_attribute(
            CustomAttribute::string("tenant")
                .max_length(64)
                .mutable(bit(16, 5)),
        );
    }
    if bit(16, 6) {
        sign_up = sign_up
            .custom_attribute(CustomAttribute::number("level").min_value(i64::from(b[17]) - 100));
    }

    // Step 4: SMS settings whenever something sends SMS.
    let phone = options.contains(&SignInOption::PhoneNumber);
    let needs_sms = uses(MfaMethod::Sms)
        || passwordless.contains(&PasswordlessFactor::SmsOtp)
        || matches!(
            verification,
            Verification::PhoneNumber | Verification::PhoneNumberElseEmail
        )
        || matches!(
            recovery,
            AccountRecovery::SmsOnly
                | AccountRecovery::EmailThenSms
                | AccountRecovery::SmsThenEmail
        )
        || phone
        || bit(18, 0);
    let sender: EmailSender = if uses(MfaMethod::Email) || bit(18, 1) {
        let mut ses = EmailSender::ses(SES_ARN);
        if bit(18, 2) {
            ses = ses.from("Example <no-reply@example.com>");
        }
        if bit(18, 3) {
            ses = ses.reply_to("help@example.com");
        }
        if bit(18, 4) {
            ses = ses.configuration_set("my-set");
        }
        ses.into()
    } else if bit(18, 5) {
        EmailSender::cognito().reply_to("help@example.com")
    } else {
        EmailSender::cognito()
    };
    let mut messaging = Messaging::email(sender);
    if needs_sms {
        let mut sms = SmsSettings::new(SMS_ROLE);
        if bit(19, 0) {
            sms = sms.external_id("external");
        }
        if bit(19, 1) {
            sms = sms.sns_region("us-east-1");
        }
        messaging = messaging.sms(sms);
    }
    let mut templates = MessageTemplates::default();
    templates = templates.verification(match pick(20, 4) {
        0 => VerificationMessage::code(),
        1 => VerificationMessage::code()
            .email_subject("Your code")
            .email_message("Code: {####}")
            .sms_message("SMS code: {####}"),
        2 => VerificationMessage::link(),
        _ => VerificationMessage::link()
            .email_subject("Confirm")
            .email_message("Click {##here##}"),
    });
    if bit(21, 0) {
        templates = templates.invitation(
            InvitationMessage::default()
                .email_subject("Welcome")
                .email_message("Hi {username}: {####}")
                .sms_message("{username} {####}"),
        );
    }
    if bit(21, 1) {
        templates = templates.mfa_sms_message("MFA: {####}");
    }
    if uses(MfaMethod::Email) && bit(21, 2) {
        templates = templates
            .mfa_email_subject("Sign in")
            .mfa_email_message("Your code: {####}");
    }
    messaging = messaging.templates(templates);

    // Step 5.
    let mut client = if bit(22, 0) {
        AppClient::confidential("client")
    } else {
        AppClient::public("client")
    };
    // Every third wizard's client has OAuth; every third has a machine's client beside it,
    // with a resource server for its scope. Every other wizard has a Google provider, which
    // an OAuth client names.
    let google = bit(31, 1);
    if google {
        sign_in = sign_in.identity_provider(
            GoogleProvider::new(
                "any.apps.googleusercontent.com",
                Secret::new("s"),
                ["openid"],
            )
            .map_attribute(StandardAttribute::Email, "email"),
        );
    }
    let machine = pick(23, 3) == 2;
    if pick(23, 3) == 1 {
        client = client.oauth(
            OAuth::authorization_code(["https://app.example.com/cb"])
                .sign_out_urls(["https://app.example.com/"])
                .scopes([OAuthScope::OpenId, OAuthScope::Email])
                .identity_providers(if google {
                    vec!["COGNITO", "Google"]
                } else {
                    vec!["COGNITO"]
                }),
        );
    }
    let units = [TokenValidity::minutes, TokenValidity::hours];
    client = client
        .access_token_validity(units[pick(24, 2)](if pick(24, 2) == 0 {
            5 + i32::from(b[25] % 60)
        } else {
            1 + i32::from(b[25] % 24)
        }))
        .id_token_validity(TokenValidity::minutes(30))
        .refresh_token_validity(TokenValidity::days(1 + i32::from(b[26])))
        .auth_session_minutes(3 + i32::from(b[27] % 13))
        .prevent_user_existence_errors(bit(28, 0))
        .token_revocation(bit(28, 1));
    if bit(28, 2) {
        client = client.read_attributes(["email", "name"]);
    }
    if bit(28, 3) {
        client = client.auth_flows([AuthFlow::UserSrp, AuthFlow::RefreshToken, AuthFlow::Custom]);
    }
    let mut app = App::builder()
        .pool_name("any")
        .client(client)
        .deletion_protection(bit(29, 0))
        .lambda_triggers(if bit(29, 1) {
            LambdaTriggers::default()
                .pre_sign_up(lambda("a"))
                .pre_token_generation(
                    lambda("b"),
                    if lite {
                        PreTokenGenerationVersion::V1
                    } else {
                        PreTokenGenerationVersion::V2
                    },
                )
        } else {
            LambdaTriggers::default()
        });
    if bit(29, 2) {
        app = app.tag("team", "identity");
    }
    if machine {
        let api = ResourceServer::new("api", "API").scope("read", "Read");
        app = app
            .additional_client(AppClient::machine_to_machine(
                "machine",
                [api.oauth_scope("read")],
            ))
            .resource_server(api);
    }
    let domain = match pick(30, 3) {
        0 => None,
        1 => Some(Domain::prefix("any-login")),
        _ => Some(Domain::custom("auth.example.com", CERTIFICATE)),
    };
    let domain = domain.map(|d| {
        if !lite && bit(31, 0) {
            d.managed_login(ManagedLoginVersion::ManagedLogin)
        } else {
            d
        }
    });
    let app = match domain {
        Some(domain) => app.domain(domain).build(),
        None => app.build(),
    };
    UserPoolWizard::builder()
        .sign_in(sign_in)
        .security(security)
        .sign_up(sign_up)
        .messaging(messaging)
        .app(app)
        .build()
}

/// Any wizard that passes review reads back as itself, nothing kept, the same page.
#[test]
fn any_reviewed_wizard_reads_back_as_itself() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, RngSeed, TestRunner};

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    let mut runner = TestRunner::new(Config {
        rng_seed: RngSeed::Fixed(0x0052_EADB),
        failure_persistence: None,
        cases: 256,
        ..Config::default()
    });
    let reviewed = std::cell::Cell::new(0_u32);
    let (with_google, with_machine) = (std::cell::Cell::new(0_u32), std::cell::Cell::new(0_u32));
    let refused = std::cell::RefCell::new(BTreeMap::<String, u32>::new());
    runner
        .run(&proptest::array::uniform32(any::<u8>()), |bytes| {
            let wizard = any_wizard(bytes);
            let plan = match wizard.clone().review() {
                Ok(plan) => plan,
                Err(errors) => {
                    for v in &errors {
                        *refused.borrow_mut().entry(v.code().to_owned()).or_default() += 1;
                    }
                    return Ok(());
                }
            };
            reviewed.set(reviewed.get() + 1);
            // As `any_wizard` chooses them: a Google provider, a machine's client.
            if bytes[31] & 2 != 0 {
                with_google.set(with_google.get() + 1);
            }
            if bytes[23] % 3 == 2 {
                with_machine.set(with_machine.get() + 1);
            }
            let read = runtime.block_on(async {
                let cognito = InMemoryCognito::new();
                let created = plan.create(&cognito).await.expect("create");
                ReadBack::read(&cognito, created.user_pool_id())
                    .await
                    .expect("read")
            });
            prop_assert!(
                read.kept().is_empty(),
                "kept: {:?}\nfor {wizard:#?}",
                read.kept()
            );
            prop_assert_eq!(read.wizard(), &wizard);
            prop_assert_eq!(read.to_string(), plan.to_string());
            Ok(())
        })
        .unwrap();
    // Review must accept most of them, or the property says little.
    assert!(
        reviewed.get() >= 128,
        "only {} of 256 wizards passed review; refusals: {:?}",
        reviewed.get(),
        refused.borrow()
    );
    assert!(
        with_google.get() >= 32 && with_machine.get() >= 32,
        "{} reviewed wizards had a provider, {} a machine's client",
        with_google.get(),
        with_machine.get()
    );
}
