//! Wizards of every shape a spec has: each step's choices with settings, every app client type
//! and secret, every trigger, and plans that review refuses.

use cognito_wizard::{
    AccountRecovery, App, AppClient, AppClientType, AuthFlow, Checkbox, ClientSecret,
    CustomAttribute, CustomClientSecret, CustomPasswordPolicy, Domain, EmailSender, FeaturePlan,
    InvitationMessage, LambdaTriggers, ManagedLoginVersion, MessageTemplates, Messaging, Mfa,
    MfaMethod, OAuth, OAuthGrantType, OAuthScope, Passkeys, PasswordPolicy, PasswordlessFactor,
    PreTokenGenerationVersion, RememberDevices, Security, SignIn, SignInOption, SignUp,
    SmsSettings, StandardAttribute, ThreatProtection, TokenValidity, UserPoolWizard,
    UserVerification, Verification, VerificationMessage,
};

use crate::seed;

const CERTIFICATE: &str =
    "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789";
const LAMBDA: &str = "arn:aws:lambda:us-east-1:123456789012:function:";

/// The ARN of the Lambda function `name`.
fn lambda(name: &str) -> String {
    format!("{LAMBDA}{name}")
}

pub(super) fn app(client: AppClient) -> App {
    App::builder()
        .pool_name("my-user-pool")
        .client(client)
        .build()
}

fn email() -> SignIn {
    SignIn::with([SignInOption::Email])
}

fn cognito() -> Messaging {
    Messaging::email(EmailSender::cognito())
}

fn wizard(sign_in: SignIn, security: Security, messaging: Messaging, app: App) -> UserPoolWizard {
    UserPoolWizard::builder()
        .sign_in(sign_in)
        .security(security)
        .messaging(messaging)
        .app(app)
        .build()
}

/// The app step with an app client of type `kind`, otherwise the console's.
fn client(kind: AppClientType) -> UserPoolWizard {
    wizard(
        email(),
        Security::default(),
        cognito(),
        app(AppClient::new("my-app-client", kind)),
    )
}

fn secret() -> CustomClientSecret {
    CustomClientSecret::new("s3cr3t_value_that_is_long_enough")
}

/// A plan that sets nearly every setting, and passes review (`RICH_YAML` in `spec.rs` is it,
/// written by hand).
pub(super) fn rich() -> UserPoolWizard {
    UserPoolWizard::builder()
        .sign_in(
            SignIn::with([SignInOption::Email, SignInOption::PhoneNumber])
                .passwordless([PasswordlessFactor::EmailOtp])
                .passkeys(
                    Passkeys::default()
                        .relying_party_id("auth.example.com")
                        .user_verification(UserVerification::Required),
                )
                .remember_devices(RememberDevices::UserOptIn),
        )
        .security(
            Security::default()
                .password_policy(PasswordPolicy::Custom(
                    CustomPasswordPolicy::default()
                        .minimum_length(12)
                        .require_special_characters(false)
                        .password_history_size(5),
                ))
                .mfa(Mfa::optional([MfaMethod::AuthenticatorApp, MfaMethod::Sms]))
                .account_recovery(AccountRecovery::EmailThenSms)
                .feature_plan(FeaturePlan::Plus)
                .threat_protection(ThreatProtection::Audit),
        )
        .sign_up(
            SignUp::default()
                .verification(Verification::PhoneNumberElseEmail)
                .required_attributes([StandardAttribute::Name, StandardAttribute::FamilyName])
                .custom_attribute(
                    CustomAttribute::string("tenant")
                        .max_length(64)
                        .mutable(false),
                )
                .custom_attribute(CustomAttribute::number("age").min_value(0).max_value(150)),
        )
        .messaging(
            Messaging::email(
                EmailSender::ses("arn:aws:ses:us-east-1:123456789012:identity/example.com")
                    .from("Example <no-reply@example.com>")
                    .reply_to("support@example.com"),
            )
            .sms(
                SmsSettings::new("arn:aws:iam::123456789012:role/cognito-sms")
                    .external_id("my-external-id"),
            )
            .templates(
                MessageTemplates::default()
                    .verification(VerificationMessage::link().email_subject("Confirm your account"))
                    .mfa_sms_message("Your sign-in code is {####}"),
            ),
        )
        .app(
            App::builder()
                .pool_name("my-user-pool")
                .domain(
                    Domain::custom("auth.example.com", CERTIFICATE)
                        .managed_login(ManagedLoginVersion::ManagedLogin),
                )
                .client(
                    AppClient::confidential("my-web-app")
                        .auth_flows([
                            AuthFlow::UserAuth,
                            AuthFlow::UserSrp,
                            AuthFlow::RefreshToken,
                        ])
                        .oauth(
                            OAuth::authorization_code(["https://app.example.com/callback"])
                                .sign_out_urls(["https://app.example.com/"])
                                .scopes([
                                    OAuthScope::Email,
                                    OAuthScope::OpenId,
                                    OAuthScope::Profile,
                                ]),
                        )
                        .access_token_validity(TokenValidity::minutes(15))
                        .refresh_token_validity(TokenValidity::days(7))
                        .read_attributes(["email", "name", "custom:tenant"]),
                )
                .tag("team", "identity")
                .lambda_triggers(
                    LambdaTriggers::default()
                        .pre_sign_up(lambda("pre-sign-up"))
                        .pre_token_generation(lambda("claims"), PreTokenGenerationVersion::V2),
                )
                .build(),
        )
        .build()
}

/// No sign-in option and a pool name with a space: review refuses it.
fn refused() -> UserPoolWizard {
    UserPoolWizard::builder()
        .sign_in(SignIn::with([]))
        .messaging(cognito())
        .app(
            App::builder()
                .pool_name("my pool!")
                .client(AppClient::public("my-app-client"))
                .build(),
        )
        .build()
}

/// Every weak choice review warns about.
fn weak() -> UserPoolWizard {
    wizard(
        SignIn::with([SignInOption::Username, SignInOption::Email])
            .preferred_username(true)
            .case_sensitive(true)
            .remember_devices(RememberDevices::Always)
            .challenge_required_on_new_device(true),
        Security::default()
            .mfa(Mfa::Off)
            .account_recovery(AccountRecovery::Disabled)
            .feature_plan(FeaturePlan::Lite),
        cognito(),
        App::builder()
            .pool_name("my-user-pool")
            .client(AppClient::public("my-app-client").prevent_user_existence_errors(false))
            .deletion_protection(false)
            .build(),
    )
}

/// Required e-mail MFA, Cognito's sender with a reply-to address, every template.
fn templates() -> UserPoolWizard {
    let invitation = InvitationMessage::default()
        .email_subject("Welcome")
        .email_message("Hi {username}, your password is {####}")
        .sms_message("{username}: {####}");
    let verification = VerificationMessage::code()
        .email_message("Your code is {####}.")
        .sms_message("Code: {####}");
    wizard(
        email(),
        Security::default()
            .mfa(Mfa::required([MfaMethod::Email]))
            .threat_protection(ThreatProtection::Enforced)
            .custom_auth_threat_protection(ThreatProtection::Audit),
        Messaging::email(EmailSender::cognito().reply_to("support@example.com")).templates(
            MessageTemplates::default()
                .invitation(invitation)
                .verification(verification)
                .mfa_email_subject("Sign-in code")
                .mfa_email_message("Your code is {####}"),
        ),
        app(AppClient::public("my-app-client")),
    )
}

/// A machine-to-machine client, a Cognito domain, every trigger and two tags.
fn machine_to_machine() -> UserPoolWizard {
    let client = AppClient::confidential("my-backend")
        .auth_flows([
            AuthFlow::AdminUserPassword,
            AuthFlow::Custom,
            AuthFlow::UserPassword,
        ])
        .oauth(
            OAuth::client_credentials([
                OAuthScope::Custom("orders/read".into()),
                OAuthScope::Custom("orders/write".into()),
            ])
            .default_redirect_uri("https://app.example.com/"),
        )
        .id_token_validity(TokenValidity::hours(1))
        .access_token_validity(TokenValidity::seconds(3600))
        .auth_session_minutes(15)
        .token_revocation(false)
        .read_attributes(Vec::<String>::new())
        .write_attributes([StandardAttribute::Email])
        .propagate_user_context_data(true);
    let triggers = LambdaTriggers::default()
        .pre_sign_up(lambda("a"))
        .post_confirmation(lambda("b"))
        .user_migration(lambda("c"))
        .pre_authentication(lambda("d"))
        .post_authentication(lambda("e"))
        .pre_token_generation(lambda("f"), PreTokenGenerationVersion::V3)
        .define_auth_challenge(lambda("g"))
        .create_auth_challenge(lambda("h"))
        .verify_auth_challenge_response(lambda("i"))
        .custom_message(lambda("j"))
        .custom_email_sender(lambda("k"))
        .custom_sms_sender(lambda("l"))
        .kms_key_id("arn:aws:kms:us-east-1:123456789012:key/1234abcd");
    wizard(
        email(),
        Security::default(),
        cognito(),
        App::builder()
            .pool_name("my-user-pool")
            .domain(Domain::prefix("my-login").managed_login(ManagedLoginVersion::ClassicHostedUi))
            .client(client)
            .tag("team", "identity")
            .tag("cost centre", "1234")
            .lambda_triggers(triggers)
            .build(),
    )
}

/// Hosted UI settings with every grant type and scope, and two identity providers.
fn every_grant_and_scope() -> UserPoolWizard {
    let oauth = OAuth::authorization_code(["https://a.example.com/cb", "https://b.example.com/cb"])
        .grant_types(<OAuthGrantType as Checkbox>::ALL.iter().copied())
        .scopes([
            OAuthScope::Email,
            OAuthScope::OpenId,
            OAuthScope::Phone,
            OAuthScope::Profile,
            OAuthScope::CognitoAdmin,
            OAuthScope::Custom("api/read".into()),
        ])
        .identity_providers(["COGNITO", "Google"]);
    wizard(
        email(),
        Security::default().password_policy(PasswordPolicy::CognitoDefaults),
        cognito(),
        app(AppClient::public("my-app-client").oauth(oauth)),
    )
}

/// The corpus, by name.
pub(super) fn corpus() -> Vec<(&'static str, UserPoolWizard)> {
    vec![
        ("console default", seed::wizard()),
        (
            "federated: Google, SAML, a resource server, a machine-to-machine client",
            crate::review_page::federated(),
        ),
        ("rich", rich()),
        ("refused by review", refused()),
        ("every weak choice", weak()),
        ("e-mail MFA and every template", templates()),
        ("machine to machine", machine_to_machine()),
        ("every grant and scope", every_grant_and_scope()),
        (
            "confidential client with a custom secret",
            client(AppClientType::Confidential(ClientSecret::Custom(secret()))),
        ),
        (
            "other client without a secret",
            client(AppClientType::Other(None)),
        ),
        (
            "other client with a generated secret",
            client(AppClientType::Other(Some(ClientSecret::Generate))),
        ),
        (
            "other client with a custom secret",
            client(AppClientType::Other(Some(ClientSecret::Custom(secret())))),
        ),
    ]
}
