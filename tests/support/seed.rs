//! The seed scenario, twice: as the wizard (sign in with e-mail, every other step at its
//! default, "Send email with Cognito", pool `my-user-pool`, public app client `my-app-client`)
//! and as the wire inputs it must produce, built by hand with the SDK's builders.
//!
//! Shared by the integration tests and the benches through `#[path]`, so the hand-built
//! requests are written once; `tests/it/review_page.rs` checks that review produces exactly them.

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::builders::CreateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::builders::CreateUserPoolClientInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::builders::SetUserPoolMfaConfigInputBuilder;
use aws_sdk_cognitoidentityprovider::types::{
    AccountRecoverySettingType, AdminCreateUserConfigType, DeletionProtectionType,
    EmailConfigurationType, EmailSendingAccountType, ExplicitAuthFlowsType, PasswordPolicyType,
    PreventUserExistenceErrorTypes, RecoveryOptionNameType, RecoveryOptionType,
    SchemaAttributeType, SoftwareTokenMfaConfigType, TimeUnitsType, TokenValidityUnitsType,
    UserAttributeUpdateSettingsType, UserPoolMfaType, UserPoolPolicyType, UsernameAttributeType,
    UsernameConfigurationType, VerifiedAttributeType,
};
use cognito_wizard::{
    App, AppClient, EmailSender, Messaging, Security, SignIn, SignInOption, SignUp, UserPoolWizard,
};

/// The seed scenario as the wizard.
pub(crate) fn wizard() -> UserPoolWizard {
    UserPoolWizard::builder()
        .sign_in(SignIn::with([SignInOption::Email]))
        .security(Security::default())
        .sign_up(SignUp::default())
        .messaging(Messaging::email(EmailSender::cognito()))
        .app(
            App::builder()
                .pool_name("my-user-pool")
                .client(AppClient::public("my-app-client"))
                .build(),
        )
        .build()
}

/// `CreateUserPool`: e-mail sign-in, the console's password policy and recovery, Cognito's
/// e-mail sender, deletion protection on, MFA off (it is set by the next call).
pub(crate) fn create_user_pool() -> CreateUserPoolInputBuilder {
    CreateUserPoolInput::builder()
        .pool_name("my-user-pool")
        .deletion_protection(DeletionProtectionType::Active)
        .username_attributes(UsernameAttributeType::Email)
        .username_configuration(
            UsernameConfigurationType::builder()
                .case_sensitive(false)
                .build()
                .expect("case sensitivity is set"),
        )
        .policies(
            UserPoolPolicyType::builder()
                .password_policy(
                    PasswordPolicyType::builder()
                        .minimum_length(8)
                        .require_uppercase(true)
                        .require_lowercase(true)
                        .require_numbers(true)
                        .require_symbols(true)
                        .temporary_password_validity_days(7)
                        .build(),
                )
                .build(),
        )
        .mfa_configuration(UserPoolMfaType::Off)
        .account_recovery_setting(
            AccountRecoverySettingType::builder()
                .recovery_mechanisms(
                    RecoveryOptionType::builder()
                        .priority(1)
                        .name(RecoveryOptionNameType::VerifiedEmail)
                        .build()
                        .expect("name and priority are set"),
                )
                .build(),
        )
        .admin_create_user_config(
            AdminCreateUserConfigType::builder()
                .allow_admin_create_user_only(false)
                .build(),
        )
        .auto_verified_attributes(VerifiedAttributeType::Email)
        .user_attribute_update_settings(
            UserAttributeUpdateSettingsType::builder()
                .attributes_require_verification_before_update(VerifiedAttributeType::Email)
                .build(),
        )
        .schema(
            SchemaAttributeType::builder()
                .name("email")
                .required(true)
                .mutable(true)
                .build(),
        )
        .email_configuration(
            EmailConfigurationType::builder()
                .email_sending_account(EmailSendingAccountType::CognitoDefault)
                .build(),
        )
}

/// `SetUserPoolMfaConfig` (without `UserPoolId`): require MFA with an authenticator app.
pub(crate) fn set_user_pool_mfa_config() -> SetUserPoolMfaConfigInputBuilder {
    SetUserPoolMfaConfigInput::builder()
        .mfa_configuration(UserPoolMfaType::On)
        .software_token_mfa_configuration(
            SoftwareTokenMfaConfigType::builder().enabled(true).build(),
        )
}

/// `CreateUserPoolClient` (without `UserPoolId`): the console's initial public app client.
pub(crate) fn create_user_pool_client() -> CreateUserPoolClientInputBuilder {
    CreateUserPoolClientInput::builder()
        .client_name("my-app-client")
        .generate_secret(false)
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
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowUserSrpAuth)
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowRefreshTokenAuth)
        .prevent_user_existence_errors(PreventUserExistenceErrorTypes::Enabled)
        .enable_token_revocation(true)
        .auth_session_validity(3)
}
