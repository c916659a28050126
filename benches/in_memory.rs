//! How many console-default plans the in-memory Cognito creates per second: is it cheap enough
//! to give every test its own pool?
//!
//! `cargo bench --bench in_memory`; criterion's `thrpt` line is plans per second.
//!
//! - `console_default_plan`: the seed scenario (e-mail sign-in and every other console
//!   default: authenticator-app MFA required, a public app client), reviewed once and created
//!   with [`Reviewed::create`]: `CreateUserPool`, then `SetUserPoolMfaConfig` and
//!   `CreateUserPoolClient` concurrently, each validated by the service as Cognito would.
//! - `console_default_plan_raw_calls`: the same three calls built by hand and sent directly,
//!   without the provisioning layer (its plan token, retries and bookkeeping).
//!
//! Each sample uses a fresh service and keeps every pool it creates, so lookups run against a
//! service holding thousands of pools while memory stays bounded.

use std::hint::black_box;
use std::time::{Duration, Instant};

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::builders::CreateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::builders::CreateUserPoolClientInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::builders::SetUserPoolMfaConfigInputBuilder;
use aws_sdk_cognitoidentityprovider::types::{
    AccountRecoverySettingType, AdminCreateUserConfigType, AttributeDataType,
    DeletionProtectionType, EmailConfigurationType, EmailSendingAccountType, ExplicitAuthFlowsType,
    PasswordPolicyType, PreventUserExistenceErrorTypes, RecoveryOptionNameType, RecoveryOptionType,
    SchemaAttributeType, SoftwareTokenMfaConfigType, TimeUnitsType, TokenValidityUnitsType,
    UserAttributeUpdateSettingsType, UserPoolMfaType, UserPoolPolicyType, UsernameAttributeType,
    UsernameConfigurationType, VerifiedAttributeType,
};
use cognito_wizard::client::Cognito;
use cognito_wizard::test_util::InMemoryCognito;
use cognito_wizard::{
    App, AppClient, EmailSender, Messaging, Reviewed, Security, SignIn, SignInOption, SignUp,
    UserPoolWizard,
};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The seed scenario's `CreateUserPool`: e-mail sign-in, the console's password policy and
/// recovery, Cognito's e-mail sender, deletion protection on, MFA configured afterwards.
fn create_user_pool() -> CreateUserPoolInputBuilder {
    CreateUserPoolInput::builder()
        .pool_name("my-user-pool")
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
        .deletion_protection(DeletionProtectionType::Active)
        .username_attributes(UsernameAttributeType::Email)
        .auto_verified_attributes(VerifiedAttributeType::Email)
        .user_attribute_update_settings(
            UserAttributeUpdateSettingsType::builder()
                .attributes_require_verification_before_update(VerifiedAttributeType::Email)
                .build(),
        )
        .mfa_configuration(UserPoolMfaType::Off)
        .email_configuration(
            EmailConfigurationType::builder()
                .email_sending_account(EmailSendingAccountType::CognitoDefault)
                .build(),
        )
        .admin_create_user_config(
            AdminCreateUserConfigType::builder()
                .allow_admin_create_user_only(false)
                .build(),
        )
        .schema(
            SchemaAttributeType::builder()
                .name("email")
                .attribute_data_type(AttributeDataType::String)
                .mutable(true)
                .required(true)
                .build(),
        )
        .username_configuration(
            UsernameConfigurationType::builder()
                .case_sensitive(false)
                .build()
                .expect("case sensitivity is set"),
        )
        .account_recovery_setting(
            AccountRecoverySettingType::builder()
                .recovery_mechanisms(
                    RecoveryOptionType::builder()
                        .name(RecoveryOptionNameType::VerifiedEmail)
                        .priority(1)
                        .build()
                        .expect("name and priority are set"),
                )
                .build(),
        )
        .user_pool_tags("cognito-wizard:plan", "0123456789abcdef0123456789abcdef")
}

/// Require MFA with an authenticator app.
fn set_user_pool_mfa_config(pool_id: &str) -> SetUserPoolMfaConfigInputBuilder {
    SetUserPoolMfaConfigInput::builder()
        .user_pool_id(pool_id)
        .software_token_mfa_configuration(
            SoftwareTokenMfaConfigType::builder().enabled(true).build(),
        )
        .mfa_configuration(UserPoolMfaType::On)
}

/// The console's initial public app client.
fn create_user_pool_client(pool_id: &str) -> CreateUserPoolClientInputBuilder {
    CreateUserPoolClientInput::builder()
        .user_pool_id(pool_id)
        .client_name("my-app-client")
        .generate_secret(false)
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowUserSrpAuth)
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowRefreshTokenAuth)
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
        .auth_session_validity(3)
        .prevent_user_existence_errors(PreventUserExistenceErrorTypes::Enabled)
        .enable_token_revocation(true)
}

/// The seed scenario: every console default, e-mail sign-in, Cognito's e-mail sender.
fn reviewed() -> Reviewed {
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
        .expect("the seed plan passes review")
}

/// One console-default plan sent as raw calls: the pool, then MFA and the client concurrently.
async fn raw_plan(cognito: &InMemoryCognito) -> String {
    let created = cognito
        .create_user_pool(create_user_pool())
        .await
        .expect("CreateUserPool");
    let pool_id = created
        .user_pool()
        .and_then(|p| p.id())
        .expect("a pool id")
        .to_owned();
    let (mfa, client) = tokio::join!(
        cognito.set_user_pool_mfa_config(set_user_pool_mfa_config(&pool_id)),
        cognito.create_user_pool_client(create_user_pool_client(&pool_id)),
    );
    mfa.expect("SetUserPoolMfaConfig");
    client.expect("CreateUserPoolClient");
    pool_id
}

fn plans_per_second(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime");
    let mut group = c.benchmark_group("in_memory");
    group.throughput(Throughput::Elements(1));
    group.measurement_time(Duration::from_secs(5));
    let plan = reviewed();
    group.bench_function("console_default_plan", |b| {
        b.iter_custom(|iterations| {
            let cognito = InMemoryCognito::new();
            let start = Instant::now();
            runtime.block_on(async {
                for _ in 0..iterations {
                    black_box(plan.create(&cognito).await.expect("the plan is created"));
                }
            });
            let elapsed = start.elapsed();
            assert_eq!(cognito.user_pool_ids().len(), pools(iterations));
            elapsed
        });
    });
    group.bench_function("console_default_plan_raw_calls", |b| {
        b.iter_custom(|iterations| {
            let cognito = InMemoryCognito::new();
            let start = Instant::now();
            runtime.block_on(async {
                for _ in 0..iterations {
                    black_box(raw_plan(&cognito).await);
                }
            });
            let elapsed = start.elapsed();
            assert_eq!(cognito.user_pool_ids().len(), pools(iterations));
            elapsed
        });
    });
    group.finish();
}

fn pools(iterations: u64) -> usize {
    usize::try_from(iterations).unwrap_or(usize::MAX)
}

criterion_group!(benches, plans_per_second);
criterion_main!(benches);
