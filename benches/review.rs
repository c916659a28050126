//! What review costs: building the console-default wizard and reviewing it (mapping every page
//! onto the SDK inputs, validating them all, keeping the plan) beside building the same SDK
//! inputs by hand, in one run.
//!
//! `cargo bench --bench review`; compare `plan/review/console_default` with
//! `plan/hand_built/console_default`. The aim is at most twice the hand-built time.

use std::hint::black_box;

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::types::{
    AccountRecoverySettingType, AdminCreateUserConfigType, DeletionProtectionType,
    EmailConfigurationType, EmailSendingAccountType, ExplicitAuthFlowsType, PasswordPolicyType,
    PreventUserExistenceErrorTypes, RecoveryOptionNameType, RecoveryOptionType,
    SchemaAttributeType, SoftwareTokenMfaConfigType, TimeUnitsType, TokenValidityUnitsType,
    UserAttributeUpdateSettingsType, UserPoolMfaType, UserPoolPolicyType, UsernameAttributeType,
    UsernameConfigurationType, VerifiedAttributeType,
};
use cognito_wizard::{
    App, AppClient, EmailSender, Messaging, Reviewed, Security, SignIn, SignInOption, SignUp,
    UserPoolWizard,
};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// The seed: sign in with e-mail, every other step at its default, "Send email with Cognito",
/// pool `my-user-pool`, public app client `my-app-client`.
fn review() -> Reviewed {
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
        .review()
        .expect("the console-default scenario passes review")
}

/// The same three requests, built with the SDK's builders and nothing else.
fn hand_built() -> (
    CreateUserPoolInput,
    SetUserPoolMfaConfigInput,
    CreateUserPoolClientInput,
) {
    let pool = CreateUserPoolInput::builder()
        .pool_name("my-user-pool")
        .deletion_protection(DeletionProtectionType::Active)
        .username_attributes(UsernameAttributeType::Email)
        .username_configuration(
            UsernameConfigurationType::builder()
                .case_sensitive(false)
                .build()
                .unwrap(),
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
                        .unwrap(),
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
        .build()
        .unwrap();
    let mfa = SetUserPoolMfaConfigInput::builder()
        .mfa_configuration(UserPoolMfaType::On)
        .software_token_mfa_configuration(
            SoftwareTokenMfaConfigType::builder().enabled(true).build(),
        )
        .build()
        .unwrap();
    let client = CreateUserPoolClientInput::builder()
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
        .build()
        .unwrap();
    (pool, mfa, client)
}

fn plan(c: &mut Criterion) {
    // Both sides must build the same requests, or the comparison means nothing.
    let reviewed = review();
    let (pool, mfa, client) = hand_built();
    assert_eq!(reviewed.create_user_pool().build().unwrap(), pool);
    assert_eq!(
        reviewed
            .set_user_pool_mfa_config()
            .unwrap()
            .build()
            .unwrap(),
        mfa
    );
    assert_eq!(reviewed.create_user_pool_client().build().unwrap(), client);

    let mut group = c.benchmark_group("plan");
    group.bench_function(BenchmarkId::new("review", "console_default"), |b| {
        b.iter(|| black_box(review()));
    });
    group.bench_function(BenchmarkId::new("hand_built", "console_default"), |b| {
        b.iter(|| black_box(hand_built()));
    });
    group.finish();
}

criterion_group!(benches, plan);
criterion_main!(benches);
