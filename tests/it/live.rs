//! The wire path, against a real Cognito-compatible server: moto in server mode, which
//! `scripts/test` installs and starts, pointing `AWS_ENDPOINT_URL` at it.
//!
//! moto enforces few of Cognito's rules, so these tests prove that what a plan sends arrives and
//! reads back as configured; validation is tested offline. They are `#[ignore]`d for a plain
//! `cargo test` and run by `scripts/test` with `--include-ignored`.

use aws_config::BehaviorVersion;
use aws_config::retry::RetryConfig;
use aws_sdk_cognitoidentityprovider::Client;
use aws_sdk_cognitoidentityprovider::config::{Credentials, Region};
use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use aws_sdk_cognitoidentityprovider::types::{
    AccountRecoverySettingType, AdminCreateUserConfigType, DeletionProtectionType,
    EmailSendingAccountType, ExplicitAuthFlowsType, PreventUserExistenceErrorTypes,
    RecoveryOptionNameType, SoftwareTokenMfaConfigType, TimeUnitsType,
    UserAttributeUpdateSettingsType, UserPoolMfaType, UsernameAttributeType,
    UsernameConfigurationType, VerifiedAttributeType,
};
use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode};
use cognito_wizard::client::Cognito;

use crate::tampered::Tampered;
use cognito_wizard::provision::tear_down;
use cognito_wizard::{
    App, AppClient, Created, Domain, EmailSender, Messaging, PlanStep, Reviewed, Security, SignIn,
    SignInOption, SignUp, UserPoolWizard,
};

/// An SDK client for the endpoint in `AWS_ENDPOINT_URL`, with dummy credentials and the SDK's
/// retries off (moto answers calls it does not implement with HTTP 500, which the SDK would
/// retry for seconds).
pub(crate) async fn moto() -> Client {
    let endpoint = std::env::var("AWS_ENDPOINT_URL").expect(
        "AWS_ENDPOINT_URL must point at a Cognito-compatible server: run ./scripts/test, \
         which starts moto and sets it",
    );
    let http = aws_smithy_http_client::Builder::new()
        .tls_provider(tls::Provider::Rustls(CryptoMode::Ring))
        .build_https();
    let config = aws_config::defaults(BehaviorVersion::latest())
        .http_client(http)
        .endpoint_url(endpoint)
        .region(Region::new("us-east-1"))
        .credentials_provider(Credentials::new("testing", "testing", None, None, "moto"))
        .retry_config(RetryConfig::disabled())
        .load()
        .await;
    Client::new(&config)
}

fn wizard(pool_name: &str, domain: Option<Domain>) -> UserPoolWizard {
    UserPoolWizard::builder()
        .sign_in(SignIn::with([SignInOption::Email]))
        .security(Security::default())
        .sign_up(SignUp::default())
        .messaging(Messaging::email(EmailSender::cognito()))
        .app(match domain {
            Some(domain) => App::builder()
                .pool_name(pool_name)
                .domain(domain)
                .client(AppClient::public("my-app-client"))
                .build(),
            None => App::builder()
                .pool_name(pool_name)
                .client(AppClient::public("my-app-client"))
                .build(),
        })
        .build()
}

fn plan(pool_name: &str, domain: Option<Domain>) -> Reviewed {
    wizard(pool_name, domain)
        .review()
        .unwrap_or_else(|e| panic!("the plan passes review:\n{e}"))
}

/// A unique suffix, so tests sharing one server never collide.
fn unique(prefix: &str) -> String {
    use std::hash::{BuildHasher, RandomState};
    format!("{prefix}-{:016x}", RandomState::new().hash_one(prefix))
}

/// A test's cleanup, by the crate's own tear-down (the domain, deletion protection lifted with
/// the complete configuration, the pool), checked: nothing of the pool is left.
async fn remove(client: &Client, created: &Created) {
    let torn = tear_down(client, created.user_pool_id())
        .await
        .unwrap_or_else(|e| panic!("tear down: {e}"));
    assert!(!torn.already_gone());
    assert_eq!(
        torn.domains(),
        created.domain().into_iter().collect::<Vec<_>>()
    );
    let described = client
        .describe_user_pool()
        .user_pool_id(created.user_pool_id())
        .send()
        .await
        .expect_err("the pool is gone");
    assert_eq!(described.code(), Some("ResourceNotFoundException"));
    if let Some(domain) = created.domain() {
        let described = client
            .describe_user_pool_domain()
            .domain(domain)
            .send()
            .await
            .expect("describe the domain");
        assert!(
            described
                .domain_description()
                .and_then(|d| d.domain())
                .is_none(),
            "the domain {domain} is gone"
        );
    }
}

pub(crate) async fn pool_ids_named(client: &Client, name: &str) -> Vec<String> {
    let pools = client
        .list_user_pools()
        .max_results(60)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .expect("list the pools");
    pools
        .into_iter()
        .filter(|p| p.name() == Some(name))
        .filter_map(|p| p.id().map(str::to_owned))
        .collect()
}

#[tokio::test]
#[ignore = "needs a Cognito endpoint (AWS_ENDPOINT_URL): run ./scripts/test"]
async fn the_console_default_plan_reads_back_as_configured() {
    let client = moto().await;
    let name = unique("console-default");
    let created = plan(&name, None).create(&client).await.expect("created");

    assert_pool_reads_back(&client, &created, &name).await;
    assert_mfa_reads_back(&client, &created).await;
    assert_app_client_reads_back(&client, &created).await;

    remove(&client, &created).await;
}

async fn assert_pool_reads_back(client: &Client, created: &Created, name: &str) {
    let pool = client
        .describe_user_pool()
        .user_pool_id(created.user_pool_id())
        .send()
        .await
        .expect("describe the pool")
        .user_pool
        .expect("a pool");
    assert_eq!(pool.id(), Some(created.user_pool_id()));
    assert_eq!(pool.name(), Some(name));
    assert_eq!(pool.arn(), created.user_pool_arn());
    assert_eq!(pool.username_attributes(), [UsernameAttributeType::Email]);
    assert!(pool.alias_attributes().is_empty());
    assert_eq!(
        pool.auto_verified_attributes(),
        [VerifiedAttributeType::Email]
    );
    assert_eq!(
        pool.user_attribute_update_settings()
            .map(UserAttributeUpdateSettingsType::attributes_require_verification_before_update),
        Some(&[VerifiedAttributeType::Email][..])
    );
    assert_eq!(
        pool.username_configuration()
            .map(UsernameConfigurationType::case_sensitive),
        Some(false)
    );
    let password = pool
        .policies()
        .and_then(|p| p.password_policy())
        .expect("a password policy");
    assert_eq!(password.minimum_length(), Some(8));
    assert!(password.require_uppercase() && password.require_lowercase());
    assert!(password.require_numbers() && password.require_symbols());
    assert_eq!(password.temporary_password_validity_days(), 7);
    assert_eq!(
        pool.admin_create_user_config()
            .map(AdminCreateUserConfigType::allow_admin_create_user_only),
        Some(false)
    );
    let recovery = pool
        .account_recovery_setting()
        .map(AccountRecoverySettingType::recovery_mechanisms)
        .expect("account recovery");
    assert_eq!(recovery.len(), 1);
    assert_eq!(recovery[0].name(), &RecoveryOptionNameType::VerifiedEmail);
    assert_eq!(recovery[0].priority(), 1);
    let email = pool
        .schema_attributes()
        .iter()
        .find(|a| a.name() == Some("email"))
        .expect("the email attribute");
    assert_eq!(email.required(), Some(true));
    assert_eq!(
        pool.email_configuration()
            .and_then(|e| e.email_sending_account())
            .map(EmailSendingAccountType::as_str),
        Some("COGNITO_DEFAULT")
    );
    assert_eq!(
        pool.deletion_protection(),
        Some(&DeletionProtectionType::Active)
    );
    assert_eq!(
        pool.user_pool_tags()
            .and_then(|t| t.get(cognito_wizard::PLAN_TAG))
            .map(String::as_str),
        Some(created.plan_token().as_str())
    );
}

async fn assert_mfa_reads_back(client: &Client, created: &Created) {
    let mfa = client
        .get_user_pool_mfa_config()
        .user_pool_id(created.user_pool_id())
        .send()
        .await
        .expect("read the MFA configuration");
    assert_eq!(mfa.mfa_configuration(), Some(&UserPoolMfaType::On));
    assert_eq!(
        mfa.software_token_mfa_configuration()
            .map(SoftwareTokenMfaConfigType::enabled),
        Some(true)
    );
}

async fn assert_app_client_reads_back(client: &Client, created: &Created) {
    let app = client
        .describe_user_pool_client()
        .user_pool_id(created.user_pool_id())
        .client_id(created.client_id())
        .send()
        .await
        .expect("describe the app client")
        .user_pool_client
        .expect("an app client");
    assert_eq!(app.client_name(), Some("my-app-client"));
    assert_eq!(app.client_secret(), None);
    assert!(created.client_secret().is_none());
    assert_eq!(
        app.explicit_auth_flows(),
        [
            ExplicitAuthFlowsType::AllowUserSrpAuth,
            ExplicitAuthFlowsType::AllowRefreshTokenAuth
        ]
    );
    assert_eq!(app.refresh_token_validity(), 30);
    assert_eq!(app.access_token_validity(), Some(60));
    assert_eq!(app.id_token_validity(), Some(60));
    let units = app.token_validity_units().expect("token validity units");
    assert_eq!(units.refresh_token(), Some(&TimeUnitsType::Days));
    assert_eq!(units.access_token(), Some(&TimeUnitsType::Minutes));
    assert_eq!(units.id_token(), Some(&TimeUnitsType::Minutes));
    assert_eq!(app.auth_session_validity(), Some(3));
    assert_eq!(
        app.prevent_user_existence_errors(),
        Some(&PreventUserExistenceErrorTypes::Enabled)
    );
    assert_eq!(app.enable_token_revocation(), Some(true));
}

#[tokio::test]
#[ignore = "needs a Cognito endpoint (AWS_ENDPOINT_URL): run ./scripts/test"]
async fn a_plan_with_a_domain_reads_back_with_describe_user_pool_domain() {
    let client = moto().await;
    let plan = plan("with-domain", Some(Domain::prefix("login")))
        .ephemeral()
        .expect("ephemeral");
    let prefix = plan
        .create_user_pool_domain()
        .and_then(|d| d.get_domain().clone())
        .expect("a domain prefix");
    let created = plan.create(&client).await.expect("created");
    assert_eq!(created.domain(), Some(prefix.as_str()));
    assert_eq!(
        created.hosted_ui_url(),
        Some(format!("https://{prefix}.auth.us-east-1.amazoncognito.com").as_str())
    );

    let described = client
        .describe_user_pool_domain()
        .domain(&prefix)
        .send()
        .await
        .expect("describe the domain")
        .domain_description
        .expect("a domain description");
    assert_eq!(described.user_pool_id(), Some(created.user_pool_id()));
    assert_eq!(described.domain(), Some(prefix.as_str()));

    remove(&client, &created).await;
}

#[tokio::test]
#[ignore = "needs a Cognito endpoint (AWS_ENDPOINT_URL): run ./scripts/test"]
async fn a_refused_call_rolls_back_and_leaves_no_pool_behind() {
    let client = moto().await;
    let plan = plan("rolled-back", Some(Domain::prefix("rollback")))
        .ephemeral()
        .expect("ephemeral");
    let name = plan
        .create_user_pool()
        .get_pool_name()
        .clone()
        .expect("a name");
    let prefix = plan
        .create_user_pool_domain()
        .and_then(|d| d.get_domain().clone())
        .expect("a domain prefix");
    let error = plan
        .create(&refused_clients(&client))
        .await
        .expect_err("the app client is refused");

    assert_eq!(error.step(), PlanStep::CreateUserPoolClient);
    assert_eq!(error.call_error().code(), Some("ResourceNotFoundException"));
    assert!(error.cleanup().nothing_left(), "{error}");
    assert!(
        error.to_string().contains("ResourceNotFoundException"),
        "{error}"
    );

    assert!(
        pool_ids_named(&client, &name).await.is_empty(),
        "no pool named {name} is left"
    );
    let domain = client
        .describe_user_pool_domain()
        .domain(&prefix)
        .send()
        .await
        .expect("describe the domain");
    assert!(
        domain
            .domain_description()
            .and_then(|d| d.domain())
            .is_none(),
        "the domain {prefix} is gone"
    );
}

#[tokio::test]
#[ignore = "needs a Cognito endpoint (AWS_ENDPOINT_URL): run ./scripts/test"]
async fn sdk_errors_keep_the_service_code_and_message() {
    let client = moto().await;
    let error = Cognito::describe_user_pool(
        &client,
        aws_sdk_cognitoidentityprovider::operation::describe_user_pool::DescribeUserPoolInput::builder()
            .user_pool_id("us-east-1_doesNotExist"),
    )
    .await
    .expect_err("no such pool");
    assert_eq!(error.code(), Some("ResourceNotFoundException"));
    assert!(
        error
            .message()
            .unwrap_or_default()
            .contains("us-east-1_doesNotExist")
    );
    assert!(!error.kind().is_ambiguous());
}

/// `client`, except that `CreateUserPoolClient` names a pool that does not exist, so the server
/// itself refuses it (`ResourceNotFoundException`).
fn refused_clients(client: &Client) -> Tampered<Client> {
    let mut tampered = Tampered::new(client.clone());
    tampered.client_pool_id = Some("us-east-1_doesNotExist".to_owned());
    tampered
}
