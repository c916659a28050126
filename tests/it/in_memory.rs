//! The in-memory Cognito (`cognito_wizard::test_util`): service behaviour, errors, faults and
//! latency.

use std::collections::HashMap;
use std::time::Duration;

use aws_sdk_cognitoidentityprovider::config::AsyncSleep;
use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::builders::CreateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool::DeleteUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool_client::DeleteUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool_domain::DeleteUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool::DescribeUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool_client::DescribeUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool_domain::DescribeUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::get_user_pool_mfa_config::GetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::operation::list_user_pool_clients::ListUserPoolClientsInput;
use aws_sdk_cognitoidentityprovider::operation::list_user_pools::ListUserPoolsInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::UpdateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::{
    add_custom_attributes::AddCustomAttributesInput,
    create_identity_provider::{
        CreateIdentityProviderInput, builders::CreateIdentityProviderInputBuilder,
    },
    create_resource_server::{
        CreateResourceServerInput, builders::CreateResourceServerInputBuilder,
    },
    delete_identity_provider::DeleteIdentityProviderInput,
    delete_resource_server::DeleteResourceServerInput,
    describe_identity_provider::DescribeIdentityProviderInput,
    describe_resource_server::DescribeResourceServerInput,
    list_identity_providers::ListIdentityProvidersInput,
    list_resource_servers::ListResourceServersInput,
    update_identity_provider::UpdateIdentityProviderInput,
    update_resource_server::UpdateResourceServerInput,
    update_user_pool_client::UpdateUserPoolClientInput,
    update_user_pool_domain::UpdateUserPoolDomainInput,
};
use aws_sdk_cognitoidentityprovider::types::{
    AttributeDataType, CustomDomainConfigType, DeletionProtectionType, DomainStatusType,
    EmailConfigurationType, EmailMfaConfigType, EmailSendingAccountType, ExplicitAuthFlowsType,
    IdentityProviderTypeType, PasswordPolicyType, ResourceServerScopeType, SchemaAttributeType,
    SoftwareTokenMfaConfigType, UserPoolMfaType, UserPoolPolicyType, UserPoolType,
    UsernameAttributeType, VerifiedAttributeType,
};
use cognito_wizard::client::{CallError, CallErrorKind, Cognito};
use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};

mod lifecycle;

/// The console's default pool as the wizard sends it, named `name`, with a tag to read back.
fn console_pool(name: &str) -> CreateUserPoolInputBuilder {
    crate::seed::create_user_pool()
        .pool_name(name)
        .user_pool_tags("plan", "token-1")
}

/// A pool without deletion protection, easy to delete.
fn plain_pool(name: &str) -> CreateUserPoolInputBuilder {
    CreateUserPoolInput::builder().pool_name(name)
}

async fn create(cognito: &InMemoryCognito, input: CreateUserPoolInputBuilder) -> String {
    cognito
        .create_user_pool(input)
        .await
        .expect("CreateUserPool")
        .user_pool()
        .and_then(UserPoolType::id)
        .expect("a pool id")
        .to_owned()
}

async fn describe(cognito: &InMemoryCognito, id: &str) -> Result<UserPoolType, CallError> {
    let out = cognito
        .describe_user_pool(DescribeUserPoolInput::builder().user_pool_id(id))
        .await?;
    Ok(out.user_pool().expect("a described pool").clone())
}

fn assert_error(err: &CallError, kind: CallErrorKind, code: &str, message_contains: &str) {
    assert_eq!(err.kind(), kind, "{err}");
    assert_eq!(err.code(), Some(code), "{err}");
    let message = err.message().unwrap_or_default();
    assert!(
        message.contains(message_contains),
        "message {message:?} should contain {message_contains:?}"
    );
}

/// The identifier of the resource server the tests create.
const ORDERS_API: &str = "https://api.example.com";

/// A Google provider's client secret: no error message may repeat it.
const GOOGLE_SECRET: &str = "g00gle-S3cr3t-q7Wm2Zx9";

/// A mutable string custom attribute named `name` (as `AddCustomAttributes` takes it: no
/// `custom:`).
fn custom_attribute(name: &str) -> SchemaAttributeType {
    SchemaAttributeType::builder()
        .name(name)
        .attribute_data_type(AttributeDataType::String)
        .mutable(true)
        .build()
}

/// A Google provider for `pool`.
fn google(pool: &str) -> CreateIdentityProviderInputBuilder {
    CreateIdentityProviderInput::builder()
        .user_pool_id(pool)
        .provider_name("Google")
        .provider_type(IdentityProviderTypeType::Google)
        .provider_details("client_id", "1234-abcd.apps.googleusercontent.com")
        .provider_details("client_secret", GOOGLE_SECRET)
        .provider_details("authorize_scopes", "openid email profile")
        .attribute_mapping("email", "email")
}

fn scope(name: &str) -> ResourceServerScopeType {
    ResourceServerScopeType::builder()
        .scope_name(name)
        .scope_description("A scope of the orders API")
        .build()
        .expect("a scope")
}

/// The orders API, with the scopes `orders.read` and `orders.write`, for `pool`.
fn orders_api(pool: &str) -> CreateResourceServerInputBuilder {
    CreateResourceServerInput::builder()
        .user_pool_id(pool)
        .identifier(ORDERS_API)
        .name("Orders API")
        .scopes(scope("orders.read"))
        .scopes(scope("orders.write"))
}

fn is_alnum(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_alphanumeric())
}

fn is_lower_alnum(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
}

#[test]
fn a_plan_future_holds_no_request_or_answer() {
    // Every stage of a plan is boxed, and the request is too: the future a caller holds and
    // moves carries none of the SDK's kilobyte inputs and answers.
    let cognito = InMemoryCognito::new();
    let plan = crate::seed::wizard()
        .review()
        .expect("the seed passes review");
    let future = plan.create(&cognito);
    assert!(
        size_of_val(&future) < size_of::<CreateUserPoolInputBuilder>(),
        "{} bytes, more than a CreateUserPool request",
        size_of_val(&future)
    );
}

// ---------------------------------------------------------------------------------------------
// User pools
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn create_user_pool_answers_with_realistic_ids_and_keeps_the_configuration() {
    let cognito = InMemoryCognito::new();
    let out = cognito
        .create_user_pool(console_pool("my-user-pool"))
        .await
        .unwrap();
    let pool = out.user_pool().unwrap();
    let id = pool.id().unwrap();
    let suffix = id.strip_prefix("us-east-1_").expect("region prefix");
    assert_eq!(suffix.len(), 9, "{id}");
    assert!(is_alnum(suffix), "{id}");
    assert_eq!(
        pool.arn(),
        Some(format!("arn:aws:cognito-idp:us-east-1:123456789012:userpool/{id}").as_str())
    );
    assert!(pool.creation_date().is_some());

    let described = describe(&cognito, id).await.unwrap();
    assert_eq!(described.name(), Some("my-user-pool"));
    assert_eq!(
        described.deletion_protection(),
        Some(&DeletionProtectionType::Active)
    );
    assert_eq!(described.mfa_configuration(), Some(&UserPoolMfaType::Off));
    assert_eq!(
        described.username_attributes(),
        &[UsernameAttributeType::Email]
    );
    assert_eq!(
        described.auto_verified_attributes(),
        &[VerifiedAttributeType::Email]
    );
    assert_eq!(
        described.user_pool_tags().and_then(|t| t.get("plan")),
        Some(&"token-1".to_owned())
    );
    assert_eq!(
        described
            .email_configuration()
            .and_then(|e| e.email_sending_account()),
        Some(&EmailSendingAccountType::CognitoDefault)
    );
    let password = described
        .policies()
        .and_then(|p| p.password_policy())
        .unwrap();
    assert_eq!(password.minimum_length(), Some(8));
    assert_eq!(password.temporary_password_validity_days(), 7);
    // The full schema: standard attributes, the declared one made required.
    let email = described
        .schema_attributes()
        .iter()
        .find(|a| a.name() == Some("email"))
        .unwrap();
    assert_eq!(email.required(), Some(true));
    assert!(
        described
            .schema_attributes()
            .iter()
            .any(|a| a.name() == Some("sub") && a.required() == Some(true))
    );
    assert_eq!(cognito.user_pool_ids(), vec![id.to_owned()]);
}

#[tokio::test]
async fn pool_ids_use_the_region_and_are_unique() {
    let cognito = InMemoryCognito::new()
        .with_region("eu-west-1")
        .with_account("111122223333");
    let mut ids = Vec::new();
    for i in 0..50 {
        ids.push(create(&cognito, plain_pool(&format!("pool-{i}"))).await);
    }
    let first = describe(&cognito, &ids[0]).await.unwrap();
    assert!(
        first
            .arn()
            .unwrap()
            .starts_with("arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_")
    );
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 50);
    assert!(ids.iter().all(|id| id.starts_with("eu-west-1_")));
    // Oldest first.
    assert_eq!(cognito.user_pool_ids(), ids);
}

#[tokio::test]
async fn create_user_pool_runs_the_validators_and_creates_nothing_on_refusal() {
    let cognito = InMemoryCognito::new();
    let err = cognito
        .create_user_pool(
            CreateUserPoolInput::builder()
                .pool_name("my pool!")
                .policies(
                    UserPoolPolicyType::builder()
                        .password_policy(PasswordPolicyType::builder().minimum_length(3).build())
                        .build(),
                ),
        )
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "PoolName",
    );
    assert!(
        err.message()
            .unwrap()
            .contains("Policies.PasswordPolicy.MinimumLength")
    );
    assert!(cognito.user_pool_ids().is_empty());
    assert_eq!(cognito.calls(), vec![Call::CreateUserPool]);

    let err = cognito
        .create_user_pool(CreateUserPoolInput::builder())
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "PoolName",
    );
}

#[tokio::test]
async fn unknown_pools_are_resource_not_found() {
    let cognito = InMemoryCognito::new();
    let id = "us-east-1_NoSuchOne";
    let expected = format!("User pool {id} does not exist.");

    let err = describe(&cognito, id).await.unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "ResourceNotFoundException",
        &expected,
    );
    assert_eq!(err.message(), Some(expected.as_str()));

    let errors = [
        cognito
            .update_user_pool(UpdateUserPoolInput::builder().user_pool_id(id))
            .await
            .unwrap_err(),
        cognito
            .delete_user_pool(DeleteUserPoolInput::builder().user_pool_id(id))
            .await
            .unwrap_err(),
        cognito
            .get_user_pool_mfa_config(GetUserPoolMfaConfigInput::builder().user_pool_id(id))
            .await
            .unwrap_err(),
        cognito
            .set_user_pool_mfa_config(
                SetUserPoolMfaConfigInput::builder()
                    .user_pool_id(id)
                    .mfa_configuration(UserPoolMfaType::Off),
            )
            .await
            .unwrap_err(),
        cognito
            .create_user_pool_client(
                CreateUserPoolClientInput::builder()
                    .user_pool_id(id)
                    .client_name("app"),
            )
            .await
            .unwrap_err(),
        cognito
            .describe_user_pool_client(
                DescribeUserPoolClientInput::builder()
                    .user_pool_id(id)
                    .client_id("abc"),
            )
            .await
            .unwrap_err(),
        cognito
            .delete_user_pool_client(
                DeleteUserPoolClientInput::builder()
                    .user_pool_id(id)
                    .client_id("abc"),
            )
            .await
            .unwrap_err(),
        cognito
            .create_user_pool_domain(
                CreateUserPoolDomainInput::builder()
                    .user_pool_id(id)
                    .domain("my-login-page"),
            )
            .await
            .unwrap_err(),
    ];
    for err in &errors {
        assert_error(
            err,
            CallErrorKind::Service,
            "ResourceNotFoundException",
            &expected,
        );
    }
}

#[tokio::test]
async fn a_missing_required_member_is_an_invalid_parameter() {
    let cognito = InMemoryCognito::new();
    let err = cognito
        .describe_user_pool(DescribeUserPoolInput::builder())
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "'userPoolId' failed to satisfy constraint: Member must not be null",
    );
}

#[tokio::test]
async fn list_user_pools_pages_with_next_token() {
    let cognito = InMemoryCognito::new();
    let mut ids = Vec::new();
    for i in 0..5 {
        ids.push(create(&cognito, plain_pool(&format!("pool-{i}"))).await);
    }
    let mut seen = Vec::new();
    let mut token: Option<String> = None;
    let mut pages = 0;
    loop {
        let out = cognito
            .list_user_pools(
                ListUserPoolsInput::builder()
                    .max_results(2)
                    .set_next_token(token.clone()),
            )
            .await
            .unwrap();
        pages += 1;
        assert!(out.user_pools().len() <= 2);
        for pool in out.user_pools() {
            seen.push(pool.id().unwrap().to_owned());
            assert!(pool.name().unwrap().starts_with("pool-"));
            assert!(pool.creation_date().is_some());
        }
        token = out.next_token().map(str::to_owned);
        if token.is_none() {
            break;
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(seen, ids);

    // One page holds everything: no token.
    let out = cognito
        .list_user_pools(ListUserPoolsInput::builder().max_results(60))
        .await
        .unwrap();
    assert_eq!(out.user_pools().len(), 5);
    assert_eq!(out.next_token(), None);

    // A page boundary that lands exactly on the end gives no token either.
    let out = cognito
        .list_user_pools(ListUserPoolsInput::builder().max_results(5))
        .await
        .unwrap();
    assert_eq!(out.user_pools().len(), 5);
    assert_eq!(out.next_token(), None);
}

#[tokio::test]
async fn list_user_pools_tokens_survive_deletions() {
    let cognito = InMemoryCognito::new();
    let mut ids = Vec::new();
    for i in 0..4 {
        ids.push(create(&cognito, plain_pool(&format!("pool-{i}"))).await);
    }
    let first = cognito
        .list_user_pools(ListUserPoolsInput::builder().max_results(2))
        .await
        .unwrap();
    // The next pool to list disappears between pages: the listing goes on after it.
    cognito
        .delete_user_pool(DeleteUserPoolInput::builder().user_pool_id(&ids[2]))
        .await
        .unwrap();
    let second = cognito
        .list_user_pools(
            ListUserPoolsInput::builder()
                .max_results(2)
                .next_token(first.next_token().unwrap()),
        )
        .await
        .unwrap();
    let listed: Vec<_> = second.user_pools().iter().filter_map(|p| p.id()).collect();
    assert_eq!(listed, vec![ids[3].as_str()]);
}

#[tokio::test]
async fn list_user_pools_checks_max_results_and_tokens() {
    let cognito = InMemoryCognito::new();
    let err = cognito
        .list_user_pools(ListUserPoolsInput::builder())
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "'maxResults' failed to satisfy constraint: Member must not be null",
    );
    for (max, bound) in [
        (0, "greater than or equal to 1"),
        (61, "less than or equal to 60"),
    ] {
        let err = cognito
            .list_user_pools(ListUserPoolsInput::builder().max_results(max))
            .await
            .unwrap_err();
        assert_error(
            &err,
            CallErrorKind::Service,
            "InvalidParameterException",
            bound,
        );
    }
    for max in [1, 60] {
        assert!(
            cognito
                .list_user_pools(ListUserPoolsInput::builder().max_results(max))
                .await
                .is_ok()
        );
    }
    let err = cognito
        .list_user_pools(
            ListUserPoolsInput::builder()
                .max_results(10)
                .next_token("made-up-token"),
        )
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "pagination token",
    );
}

#[tokio::test]
async fn update_user_pool_resets_what_it_is_not_given() {
    let cognito = InMemoryCognito::new();
    let id = create(
        &cognito,
        plain_pool("keep-my-name")
            .deletion_protection(DeletionProtectionType::Active)
            .email_verification_subject("Your code")
            .email_verification_message("Your code is {####}")
            .username_attributes(UsernameAttributeType::Email)
            .policies(
                UserPoolPolicyType::builder()
                    .password_policy(
                        PasswordPolicyType::builder()
                            .minimum_length(12)
                            .require_numbers(true)
                            .build(),
                    )
                    .build(),
            )
            .user_pool_tags("plan", "token-2"),
    )
    .await;
    let before = describe(&cognito, &id).await.unwrap();

    cognito
        .update_user_pool(
            UpdateUserPoolInput::builder()
                .user_pool_id(&id)
                .auto_verified_attributes(VerifiedAttributeType::Email),
        )
        .await
        .unwrap();
    let after = describe(&cognito, &id).await.unwrap();

    // Reset to the service's defaults:
    assert_eq!(
        after.deletion_protection(),
        Some(&DeletionProtectionType::Inactive)
    );
    assert_eq!(after.email_verification_subject(), None);
    assert_eq!(after.email_verification_message(), None);
    let password = after.policies().and_then(|p| p.password_policy()).unwrap();
    assert_eq!(password.minimum_length(), Some(8));
    // Given:
    assert_eq!(
        after.auto_verified_attributes(),
        &[VerifiedAttributeType::Email]
    );
    // Only CreateUserPool sets these, and tags stay:
    assert_eq!(after.name(), Some("keep-my-name"));
    assert_eq!(after.username_attributes(), &[UsernameAttributeType::Email]);
    assert_eq!(after.schema_attributes(), before.schema_attributes());
    assert_eq!(after.user_pool_tags(), before.user_pool_tags());
    assert_eq!(after.creation_date(), before.creation_date());
    assert_eq!(after.arn(), before.arn());
}

#[tokio::test]
async fn update_user_pool_validates_the_resulting_configuration() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, console_pool("console")).await;
    // Lifting deletion protection alone empties AutoVerifiedAttributes while the
    // attribute-update settings stay: refused, as the service does.
    let err = cognito
        .update_user_pool(
            UpdateUserPoolInput::builder()
                .user_pool_id(&id)
                .deletion_protection(DeletionProtectionType::Inactive),
        )
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "AttributesRequireVerificationBeforeUpdate",
    );
    let unchanged = describe(&cognito, &id).await.unwrap();
    assert_eq!(
        unchanged.deletion_protection(),
        Some(&DeletionProtectionType::Active)
    );

    // With the full configuration it goes through.
    cognito
        .update_user_pool(
            UpdateUserPoolInput::builder()
                .user_pool_id(&id)
                .deletion_protection(DeletionProtectionType::Inactive)
                .auto_verified_attributes(VerifiedAttributeType::Email),
        )
        .await
        .unwrap();
    assert_eq!(
        describe(&cognito, &id).await.unwrap().deletion_protection(),
        Some(&DeletionProtectionType::Inactive)
    );
}

#[tokio::test]
async fn update_user_pool_can_rename_and_keeps_mfa_factors() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, plain_pool("old-name")).await;
    enable_totp(&cognito, &id).await;

    // MfaConfiguration left out: reset to OFF.
    cognito
        .update_user_pool(
            UpdateUserPoolInput::builder()
                .user_pool_id(&id)
                .pool_name("new-name"),
        )
        .await
        .unwrap();
    let pool = describe(&cognito, &id).await.unwrap();
    assert_eq!(pool.name(), Some("new-name"));
    assert_eq!(pool.mfa_configuration(), Some(&UserPoolMfaType::Off));

    // TOTP is still enabled, so MFA can be required again without an SMS configuration.
    cognito
        .update_user_pool(
            UpdateUserPoolInput::builder()
                .user_pool_id(&id)
                .mfa_configuration(UserPoolMfaType::On),
        )
        .await
        .unwrap();
    assert_eq!(
        describe(&cognito, &id).await.unwrap().mfa_configuration(),
        Some(&UserPoolMfaType::On)
    );
}

#[tokio::test]
async fn update_user_pool_refuses_mfa_without_any_factor() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, plain_pool("no-factors")).await;
    let err = cognito
        .update_user_pool(
            UpdateUserPoolInput::builder()
                .user_pool_id(&id)
                .mfa_configuration(UserPoolMfaType::Optional),
        )
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "SMS configuration",
    );
    let err = cognito
        .update_user_pool(
            UpdateUserPoolInput::builder()
                .user_pool_id(&id)
                .mfa_configuration(UserPoolMfaType::from("SOMETIMES")),
        )
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "SOMETIMES",
    );
}

#[tokio::test]
async fn deletion_protection_is_enforced() {
    let cognito = InMemoryCognito::new();
    let id = create(
        &cognito,
        plain_pool("protected").deletion_protection(DeletionProtectionType::Active),
    )
    .await;
    let err = cognito
        .delete_user_pool(DeleteUserPoolInput::builder().user_pool_id(&id))
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "The user pool cannot be deleted because deletion protection is activated. Deletion \
         protection must be inactivated first.",
    );
    assert_eq!(cognito.user_pool_ids(), vec![id.clone()]);

    cognito
        .update_user_pool(
            UpdateUserPoolInput::builder()
                .user_pool_id(&id)
                .deletion_protection(DeletionProtectionType::Inactive),
        )
        .await
        .unwrap();
    cognito
        .delete_user_pool(DeleteUserPoolInput::builder().user_pool_id(&id))
        .await
        .unwrap();
    assert!(cognito.user_pool_ids().is_empty());
    let err = describe(&cognito, &id).await.unwrap_err();
    assert_eq!(err.code(), Some("ResourceNotFoundException"));
}

// ---------------------------------------------------------------------------------------------
// MFA
// ---------------------------------------------------------------------------------------------

async fn enable_totp(cognito: &InMemoryCognito, id: &str) {
    cognito
        .set_user_pool_mfa_config(
            SetUserPoolMfaConfigInput::builder()
                .user_pool_id(id)
                .software_token_mfa_configuration(
                    SoftwareTokenMfaConfigType::builder().enabled(true).build(),
                )
                .mfa_configuration(UserPoolMfaType::On),
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn set_user_pool_mfa_config_is_kept_and_described() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, console_pool("mfa")).await;
    let before = cognito
        .get_user_pool_mfa_config(GetUserPoolMfaConfigInput::builder().user_pool_id(&id))
        .await
        .unwrap();
    assert_eq!(before.mfa_configuration(), Some(&UserPoolMfaType::Off));
    assert_eq!(
        before.software_token_mfa_configuration().map(|c| c.enabled),
        Some(false)
    );

    enable_totp(&cognito, &id).await;
    let after = cognito
        .get_user_pool_mfa_config(GetUserPoolMfaConfigInput::builder().user_pool_id(&id))
        .await
        .unwrap();
    assert_eq!(after.mfa_configuration(), Some(&UserPoolMfaType::On));
    assert_eq!(
        after.software_token_mfa_configuration().map(|c| c.enabled),
        Some(true)
    );
    assert!(after.sms_mfa_configuration().is_none());
    assert_eq!(
        describe(&cognito, &id).await.unwrap().mfa_configuration(),
        Some(&UserPoolMfaType::On)
    );
}

#[tokio::test]
async fn set_user_pool_mfa_config_refuses_inconsistent_settings() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, console_pool("mfa-errors")).await;

    let err = cognito
        .set_user_pool_mfa_config(
            SetUserPoolMfaConfigInput::builder()
                .user_pool_id(&id)
                .mfa_configuration(UserPoolMfaType::On),
        )
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "can't disable all MFAs with a required or optional configuration",
    );

    let err = cognito
        .set_user_pool_mfa_config(
            SetUserPoolMfaConfigInput::builder()
                .user_pool_id(&id)
                .software_token_mfa_configuration(
                    SoftwareTokenMfaConfigType::builder().enabled(true).build(),
                )
                .mfa_configuration(UserPoolMfaType::Off),
        )
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "can't turn off MFA and configure an MFA together",
    );

    // SR-016: e-mail MFA needs the pool to send with SES (DEVELOPER).
    let err = cognito
        .set_user_pool_mfa_config(
            SetUserPoolMfaConfigInput::builder()
                .user_pool_id(&id)
                .email_mfa_configuration(EmailMfaConfigType::builder().build())
                .mfa_configuration(UserPoolMfaType::Optional),
        )
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "Cannot set EmailMfaConfiguration when user pool EmailConfiguration contains an \
         EmailSendingAccount of COGNITO_DEFAULT.",
    );

    // Nothing changed.
    let current = cognito
        .get_user_pool_mfa_config(GetUserPoolMfaConfigInput::builder().user_pool_id(&id))
        .await
        .unwrap();
    assert_eq!(current.mfa_configuration(), Some(&UserPoolMfaType::Off));
    assert!(current.email_mfa_configuration().is_none());
}

#[tokio::test]
async fn email_mfa_works_with_an_ses_sender() {
    let cognito = InMemoryCognito::new();
    let id = create(
        &cognito,
        plain_pool("ses").email_configuration(
            EmailConfigurationType::builder()
                .email_sending_account(EmailSendingAccountType::Developer)
                .source_arn("arn:aws:ses:us-east-1:123456789012:identity/example.com")
                .from("no-reply@example.com")
                .build(),
        ),
    )
    .await;
    let out = cognito
        .set_user_pool_mfa_config(
            SetUserPoolMfaConfigInput::builder()
                .user_pool_id(&id)
                .email_mfa_configuration(
                    EmailMfaConfigType::builder()
                        .message("Your code is {####}")
                        .subject("Your code")
                        .build(),
                )
                .mfa_configuration(UserPoolMfaType::Optional),
        )
        .await
        .unwrap();
    assert_eq!(out.mfa_configuration(), Some(&UserPoolMfaType::Optional));
    assert_eq!(
        out.email_mfa_configuration().and_then(|e| e.subject()),
        Some("Your code")
    );
}

// ---------------------------------------------------------------------------------------------
// App clients
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn app_clients_are_created_described_and_deleted() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, console_pool("clients")).await;

    let public = cognito
        .create_user_pool_client(
            CreateUserPoolClientInput::builder()
                .user_pool_id(&id)
                .client_name("my-app-client")
                .generate_secret(false)
                .explicit_auth_flows(ExplicitAuthFlowsType::AllowUserSrpAuth)
                .explicit_auth_flows(ExplicitAuthFlowsType::AllowRefreshTokenAuth),
        )
        .await
        .unwrap();
    let public = public.user_pool_client().unwrap();
    let client_id = public.client_id().unwrap();
    assert_eq!(client_id.len(), 26, "{client_id}");
    assert!(is_lower_alnum(client_id), "{client_id}");
    assert_eq!(public.client_secret(), None);
    assert_eq!(public.user_pool_id(), Some(id.as_str()));
    assert_eq!(public.refresh_token_validity(), 30);

    let confidential = cognito
        .create_user_pool_client(
            CreateUserPoolClientInput::builder()
                .user_pool_id(&id)
                .client_name("backend")
                .generate_secret(true),
        )
        .await
        .unwrap();
    let confidential = confidential.user_pool_client().unwrap();
    let secret = confidential.client_secret().unwrap();
    assert_eq!(secret.len(), 51);
    assert!(is_lower_alnum(secret));
    assert_ne!(confidential.client_id(), Some(client_id));

    let described = cognito
        .describe_user_pool_client(
            DescribeUserPoolClientInput::builder()
                .user_pool_id(&id)
                .client_id(client_id),
        )
        .await
        .unwrap();
    let described = described.user_pool_client().unwrap();
    assert_eq!(described.client_name(), Some("my-app-client"));
    assert_eq!(
        described.explicit_auth_flows(),
        &[
            ExplicitAuthFlowsType::AllowUserSrpAuth,
            ExplicitAuthFlowsType::AllowRefreshTokenAuth
        ]
    );
    assert_eq!(
        cognito.user_pool_client_ids(&id),
        vec![
            client_id.to_owned(),
            confidential.client_id().unwrap().to_owned()
        ]
    );

    cognito
        .delete_user_pool_client(
            DeleteUserPoolClientInput::builder()
                .user_pool_id(&id)
                .client_id(client_id),
        )
        .await
        .unwrap();
    let err = cognito
        .describe_user_pool_client(
            DescribeUserPoolClientInput::builder()
                .user_pool_id(&id)
                .client_id(client_id),
        )
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "ResourceNotFoundException",
        &format!("User pool client {client_id} does not exist."),
    );
}

#[tokio::test]
async fn list_user_pool_clients_pages_oldest_first() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, plain_pool("p")).await;
    let other = create(&cognito, plain_pool("q")).await;
    let mut created = Vec::new();
    for name in ["a", "b", "c"] {
        let out = cognito
            .create_user_pool_client(
                CreateUserPoolClientInput::builder()
                    .user_pool_id(&id)
                    .client_name(name),
            )
            .await
            .expect("CreateUserPoolClient");
        created.push(
            out.user_pool_client()
                .and_then(|c| c.client_id())
                .expect("an id")
                .to_owned(),
        );
    }
    let list = |token: Option<String>| {
        cognito.list_user_pool_clients(
            ListUserPoolClientsInput::builder()
                .user_pool_id(&id)
                .max_results(2)
                .set_next_token(token),
        )
    };
    let first = list(None).await.expect("first page");
    let names: Vec<_> = first
        .user_pool_clients()
        .iter()
        .filter_map(|c| c.client_name())
        .collect();
    assert_eq!(names, ["a", "b"]);
    let token = first.next_token().expect("a second page").to_owned();
    let second = list(Some(token.clone())).await.expect("second page");
    let ids: Vec<_> = second
        .user_pool_clients()
        .iter()
        .filter_map(|c| c.client_id())
        .collect();
    assert_eq!(ids, [created[2].as_str()]);
    assert_eq!(second.next_token(), None);

    // A token is bound to its pool, and made-up ones are refused.
    let err = cognito
        .list_user_pool_clients(
            ListUserPoolClientsInput::builder()
                .user_pool_id(&other)
                .set_next_token(Some(token)),
        )
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "pagination token",
    );
    let err = cognito
        .list_user_pool_clients(
            ListUserPoolClientsInput::builder()
                .user_pool_id(&id)
                .max_results(61),
        )
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "maxResults",
    );
    let empty = cognito
        .list_user_pool_clients(ListUserPoolClientsInput::builder().user_pool_id(&other))
        .await
        .expect("an empty pool");
    assert!(empty.user_pool_clients().is_empty());
}

#[tokio::test]
async fn create_user_pool_client_runs_the_validators() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, console_pool("client-errors")).await;
    let err = cognito
        .create_user_pool_client(
            CreateUserPoolClientInput::builder()
                .user_pool_id(&id)
                .client_name("x".repeat(129)),
        )
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "ClientName",
    );
    assert!(cognito.user_pool_client_ids(&id).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Domains
// ---------------------------------------------------------------------------------------------

async fn add_domain(cognito: &InMemoryCognito, id: &str, domain: &str) -> Result<(), CallError> {
    cognito
        .create_user_pool_domain(
            CreateUserPoolDomainInput::builder()
                .user_pool_id(id)
                .domain(domain),
        )
        .await
        .map(drop)
}

#[tokio::test]
async fn a_prefix_domain_belongs_to_one_pool() {
    let cognito = InMemoryCognito::new();
    let first = create(&cognito, plain_pool("first")).await;
    let second = create(&cognito, plain_pool("second")).await;

    add_domain(&cognito, &first, "my-login").await.unwrap();
    assert_eq!(
        describe(&cognito, &first).await.unwrap().domain(),
        Some("my-login")
    );
    assert_eq!(cognito.domains(), vec!["my-login".to_owned()]);

    let err = add_domain(&cognito, &second, "my-login").await.unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "Domain already associated with another user pool.",
    );
    let err = add_domain(&cognito, &first, "my-other-login")
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "User pool already has a domain configured.",
    );

    let described = cognito
        .describe_user_pool_domain(DescribeUserPoolDomainInput::builder().domain("my-login"))
        .await
        .unwrap();
    let description = described.domain_description().unwrap();
    assert_eq!(description.user_pool_id(), Some(first.as_str()));
    assert_eq!(description.aws_account_id(), Some("123456789012"));
    assert_eq!(description.status(), Some(&DomainStatusType::Active));
    assert_eq!(description.managed_login_version(), Some(1));

    // Once released, the other pool can take it.
    let err = cognito
        .delete_user_pool_domain(
            DeleteUserPoolDomainInput::builder()
                .user_pool_id(&second)
                .domain("my-login"),
        )
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "No such domain or user pool exists.",
    );
    cognito
        .delete_user_pool_domain(
            DeleteUserPoolDomainInput::builder()
                .user_pool_id(&first)
                .domain("my-login"),
        )
        .await
        .unwrap();
    assert_eq!(describe(&cognito, &first).await.unwrap().domain(), None);
    add_domain(&cognito, &second, "my-login").await.unwrap();
}

#[tokio::test]
async fn an_unknown_domain_is_described_as_empty() {
    let cognito = InMemoryCognito::new();
    let described = cognito
        .describe_user_pool_domain(DescribeUserPoolDomainInput::builder().domain("nobody-has-it"))
        .await
        .unwrap();
    let description = described.domain_description().unwrap();
    assert_eq!(description.domain(), None);
    assert_eq!(description.user_pool_id(), None);
}

#[tokio::test]
async fn a_pool_with_a_domain_cannot_be_deleted() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, plain_pool("with-domain")).await;
    add_domain(&cognito, &id, "with-domain-login")
        .await
        .unwrap();
    let err = cognito
        .delete_user_pool(DeleteUserPoolInput::builder().user_pool_id(&id))
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "User pool cannot be deleted. It has a domain configured that should be deleted first.",
    );
    cognito
        .delete_user_pool_domain(
            DeleteUserPoolDomainInput::builder()
                .user_pool_id(&id)
                .domain("with-domain-login"),
        )
        .await
        .unwrap();
    cognito
        .delete_user_pool(DeleteUserPoolInput::builder().user_pool_id(&id))
        .await
        .unwrap();
    assert!(cognito.domains().is_empty());
}

#[tokio::test]
async fn deleting_a_pool_deletes_its_clients() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, plain_pool("with-client")).await;
    cognito
        .create_user_pool_client(
            CreateUserPoolClientInput::builder()
                .user_pool_id(&id)
                .client_name("app"),
        )
        .await
        .unwrap();
    cognito
        .delete_user_pool(DeleteUserPoolInput::builder().user_pool_id(&id))
        .await
        .unwrap();
    assert!(cognito.user_pool_client_ids(&id).is_empty());
}

#[tokio::test]
async fn a_custom_domain_gets_a_cloudfront_target() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, plain_pool("custom")).await;
    let out = cognito
        .create_user_pool_domain(
            CreateUserPoolDomainInput::builder()
                .user_pool_id(&id)
                .domain("auth.example.com")
                .custom_domain_config(
                    CustomDomainConfigType::builder()
                        .certificate_arn(
                            "arn:aws:acm:us-east-1:123456789012:certificate/\
                             12345678-1234-1234-1234-123456789012",
                        )
                        .build()
                        .unwrap(),
                ),
        )
        .await
        .unwrap();
    let target = out.cloud_front_domain().unwrap();
    assert!(target.ends_with(".cloudfront.net"), "{target}");
    let pool = describe(&cognito, &id).await.unwrap();
    assert_eq!(pool.custom_domain(), Some("auth.example.com"));
    assert_eq!(pool.domain(), None);
    // A custom domain does not stop the pool from having a prefix domain too.
    add_domain(&cognito, &id, "custom-login").await.unwrap();
}

#[tokio::test]
async fn create_user_pool_domain_runs_the_validators() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, plain_pool("bad-domain")).await;
    let err = add_domain(&cognito, &id, "My_Login").await.unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "InvalidParameterException",
        "Domain",
    );
    assert!(cognito.domains().is_empty());
}

// ---------------------------------------------------------------------------------------------
// Faults
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn faults_that_apply_nothing() {
    let cases: [(Fault, CallErrorKind, Option<&str>); 4] = [
        (
            Fault::Throttle,
            CallErrorKind::Throttled,
            Some("TooManyRequestsException"),
        ),
        (
            Fault::service("LimitExceededException", "Too many pools."),
            CallErrorKind::Service,
            Some("LimitExceededException"),
        ),
        (
            Fault::ServerError,
            CallErrorKind::ServerError,
            Some("InternalErrorException"),
        ),
        (Fault::TimeoutBeforeCommit, CallErrorKind::Timeout, None),
    ];
    for (fault, kind, code) in cases {
        let cognito = InMemoryCognito::new();
        cognito.fail_next(Call::CreateUserPool, fault.clone());
        let err = cognito
            .create_user_pool(plain_pool("faulty"))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), kind, "{fault:?}");
        assert_eq!(err.code(), code, "{fault:?}");
        assert!(
            cognito.user_pool_ids().is_empty(),
            "{fault:?} applied the call"
        );
        // The fault is used up: the same call now succeeds.
        create(&cognito, plain_pool("after")).await;
        assert_eq!(cognito.user_pool_ids().len(), 1);
        assert_eq!(
            cognito.calls(),
            vec![Call::CreateUserPool, Call::CreateUserPool]
        );
    }
}

#[tokio::test]
async fn a_service_fault_carries_its_code_and_message() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, plain_pool("p")).await;
    cognito.fail_next(
        Call::CreateUserPoolClient,
        Fault::service("LimitExceededException", "Too many clients."),
    );
    let err = cognito
        .create_user_pool_client(
            CreateUserPoolClientInput::builder()
                .user_pool_id(&id)
                .client_name("app"),
        )
        .await
        .unwrap_err();
    assert_error(
        &err,
        CallErrorKind::Service,
        "LimitExceededException",
        "Too many clients.",
    );
    assert_eq!(err.message(), Some("Too many clients."));
    assert!(!err.kind().is_ambiguous());
    assert!(cognito.user_pool_client_ids(&id).is_empty());
}

#[tokio::test]
async fn timeout_after_commit_applies_the_change() {
    let cognito = InMemoryCognito::new();
    cognito.fail_next(Call::CreateUserPool, Fault::TimeoutAfterCommit);
    let err = cognito
        .create_user_pool(console_pool("ambiguous").user_pool_tags("plan", "token-9"))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), CallErrorKind::Timeout);
    assert!(err.kind().is_ambiguous());
    let ids = cognito.user_pool_ids();
    assert_eq!(ids.len(), 1);
    // The caller can find it by name and tag.
    let listed = cognito
        .list_user_pools(ListUserPoolsInput::builder().max_results(60))
        .await
        .unwrap();
    assert_eq!(listed.user_pools()[0].name(), Some("ambiguous"));
    let tags: HashMap<String, String> = describe(&cognito, &ids[0])
        .await
        .unwrap()
        .user_pool_tags()
        .cloned()
        .unwrap();
    assert_eq!(tags.get("plan").map(String::as_str), Some("token-9"));

    // On a call that deletes: the pool is gone although the caller saw a timeout.
    cognito
        .update_user_pool(
            UpdateUserPoolInput::builder()
                .user_pool_id(&ids[0])
                .auto_verified_attributes(VerifiedAttributeType::Email),
        )
        .await
        .unwrap();
    cognito.fail_next(Call::DeleteUserPool, Fault::TimeoutAfterCommit);
    let err = cognito
        .delete_user_pool(DeleteUserPoolInput::builder().user_pool_id(&ids[0]))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), CallErrorKind::Timeout);
    assert!(cognito.user_pool_ids().is_empty());
}

#[tokio::test]
async fn timeout_after_commit_of_an_invalid_request_applies_nothing() {
    let cognito = InMemoryCognito::new();
    cognito.fail_next(Call::CreateUserPool, Fault::TimeoutAfterCommit);
    let err = cognito
        .create_user_pool(plain_pool("bad name!"))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), CallErrorKind::Timeout);
    assert!(cognito.user_pool_ids().is_empty());
}

#[tokio::test]
async fn faults_target_one_call_and_queue_in_order() {
    let cognito = InMemoryCognito::new();
    cognito.fail_times(Call::SetUserPoolMfaConfig, Fault::Throttle, 2);
    cognito.fail_next(Call::SetUserPoolMfaConfig, Fault::ServerError);
    assert_eq!(cognito.pending_faults(Call::SetUserPoolMfaConfig), 3);
    assert_eq!(cognito.pending_faults(Call::CreateUserPool), 0);

    // Other calls are unaffected.
    let id = create(&cognito, plain_pool("p")).await;
    let set = || {
        cognito.set_user_pool_mfa_config(
            SetUserPoolMfaConfigInput::builder()
                .user_pool_id(&id)
                .software_token_mfa_configuration(
                    SoftwareTokenMfaConfigType::builder().enabled(true).build(),
                )
                .mfa_configuration(UserPoolMfaType::On),
        )
    };
    assert_eq!(set().await.unwrap_err().kind(), CallErrorKind::Throttled);
    assert_eq!(set().await.unwrap_err().kind(), CallErrorKind::Throttled);
    assert_eq!(set().await.unwrap_err().kind(), CallErrorKind::ServerError);
    assert_eq!(
        describe(&cognito, &id).await.unwrap().mfa_configuration(),
        Some(&UserPoolMfaType::Off)
    );
    set().await.unwrap();
    assert_eq!(cognito.pending_faults(Call::SetUserPoolMfaConfig), 0);
    assert_eq!(cognito.call_count(Call::SetUserPoolMfaConfig), 4);
    assert_eq!(
        cognito.calls(),
        [
            vec![Call::CreateUserPool],
            vec![Call::SetUserPoolMfaConfig; 3],
            vec![Call::DescribeUserPool, Call::SetUserPoolMfaConfig]
        ]
        .concat()
    );

    cognito.fail_times(Call::DescribeUserPool, Fault::Throttle, 5);
    cognito.clear_faults();
    describe(&cognito, &id).await.unwrap();
    cognito.clear_calls();
    assert!(cognito.calls().is_empty());
}

#[tokio::test]
#[expect(clippy::too_many_lines, reason = "one request per call of the trait")]
async fn every_call_can_be_faulted() {
    let cognito = InMemoryCognito::new();
    for &call in Call::ALL {
        cognito.fail_next(call, Fault::Throttle);
    }
    let id = "us-east-1_AbC123xyZ";
    let results = [
        cognito.create_user_pool(plain_pool("p")).await.map(drop),
        cognito
            .describe_user_pool(DescribeUserPoolInput::builder().user_pool_id(id))
            .await
            .map(drop),
        cognito
            .update_user_pool(UpdateUserPoolInput::builder().user_pool_id(id))
            .await
            .map(drop),
        cognito
            .delete_user_pool(DeleteUserPoolInput::builder().user_pool_id(id))
            .await
            .map(drop),
        cognito
            .list_user_pools(ListUserPoolsInput::builder().max_results(1))
            .await
            .map(drop),
        cognito
            .set_user_pool_mfa_config(SetUserPoolMfaConfigInput::builder().user_pool_id(id))
            .await
            .map(drop),
        cognito
            .get_user_pool_mfa_config(GetUserPoolMfaConfigInput::builder().user_pool_id(id))
            .await
            .map(drop),
        cognito
            .create_user_pool_client(
                CreateUserPoolClientInput::builder()
                    .user_pool_id(id)
                    .client_name("c"),
            )
            .await
            .map(drop),
        cognito
            .describe_user_pool_client(
                DescribeUserPoolClientInput::builder()
                    .user_pool_id(id)
                    .client_id("c"),
            )
            .await
            .map(drop),
        cognito
            .list_user_pool_clients(ListUserPoolClientsInput::builder().user_pool_id(id))
            .await
            .map(drop),
        cognito
            .delete_user_pool_client(
                DeleteUserPoolClientInput::builder()
                    .user_pool_id(id)
                    .client_id("c"),
            )
            .await
            .map(drop),
        cognito
            .create_user_pool_domain(
                CreateUserPoolDomainInput::builder()
                    .user_pool_id(id)
                    .domain("d"),
            )
            .await
            .map(drop),
        cognito
            .describe_user_pool_domain(DescribeUserPoolDomainInput::builder().domain("d"))
            .await
            .map(drop),
        cognito
            .delete_user_pool_domain(
                DeleteUserPoolDomainInput::builder()
                    .user_pool_id(id)
                    .domain("d"),
            )
            .await
            .map(drop),
        cognito
            .update_user_pool_client(
                UpdateUserPoolClientInput::builder()
                    .user_pool_id(id)
                    .client_id("c"),
            )
            .await
            .map(drop),
        cognito
            .add_custom_attributes(
                AddCustomAttributesInput::builder()
                    .user_pool_id(id)
                    .custom_attributes(custom_attribute("tenant")),
            )
            .await
            .map(drop),
        cognito
            .update_user_pool_domain(
                UpdateUserPoolDomainInput::builder()
                    .user_pool_id(id)
                    .domain("d"),
            )
            .await
            .map(drop),
        cognito.create_identity_provider(google(id)).await.map(drop),
        cognito
            .describe_identity_provider(
                DescribeIdentityProviderInput::builder()
                    .user_pool_id(id)
                    .provider_name("Google"),
            )
            .await
            .map(drop),
        cognito
            .update_identity_provider(
                UpdateIdentityProviderInput::builder()
                    .user_pool_id(id)
                    .provider_name("Google"),
            )
            .await
            .map(drop),
        cognito
            .delete_identity_provider(
                DeleteIdentityProviderInput::builder()
                    .user_pool_id(id)
                    .provider_name("Google"),
            )
            .await
            .map(drop),
        cognito
            .list_identity_providers(ListIdentityProvidersInput::builder().user_pool_id(id))
            .await
            .map(drop),
        cognito
            .create_resource_server(orders_api(id))
            .await
            .map(drop),
        cognito
            .describe_resource_server(
                DescribeResourceServerInput::builder()
                    .user_pool_id(id)
                    .identifier(ORDERS_API),
            )
            .await
            .map(drop),
        cognito
            .update_resource_server(
                UpdateResourceServerInput::builder()
                    .user_pool_id(id)
                    .identifier(ORDERS_API)
                    .name("Orders"),
            )
            .await
            .map(drop),
        cognito
            .delete_resource_server(
                DeleteResourceServerInput::builder()
                    .user_pool_id(id)
                    .identifier(ORDERS_API),
            )
            .await
            .map(drop),
        cognito
            .list_resource_servers(ListResourceServersInput::builder().user_pool_id(id))
            .await
            .map(drop),
    ];
    for (result, call) in results.iter().zip(Call::ALL) {
        let err = result.as_ref().unwrap_err();
        assert_eq!(err.kind(), CallErrorKind::Throttled, "{call}");
    }
    assert_eq!(cognito.calls(), Call::ALL);
    assert!(cognito.user_pool_ids().is_empty());
}

#[tokio::test]
async fn clones_share_one_service() {
    let cognito = InMemoryCognito::new();
    let handle = cognito.clone();
    handle.fail_next(Call::CreateUserPool, Fault::Throttle);
    assert!(cognito.create_user_pool(plain_pool("p")).await.is_err());
    let id = create(&handle, plain_pool("p")).await;
    assert_eq!(cognito.user_pool_ids(), vec![id]);
    assert_eq!(handle.calls().len(), 2);
}

// ---------------------------------------------------------------------------------------------
// Latency (virtual time)
// ---------------------------------------------------------------------------------------------

/// The simulated round trip (half of it, 40 ms, is when a change takes effect).
const ROUND_TRIP: Duration = Duration::from_millis(80);

#[tokio::test(start_paused = true)]
async fn every_call_takes_one_round_trip() {
    let cognito = InMemoryCognito::new().with_latency(ROUND_TRIP);
    let start = tokio::time::Instant::now();
    let id = create(&cognito, plain_pool("slow")).await;
    assert_eq!(start.elapsed(), ROUND_TRIP);

    // Faults too.
    cognito.fail_next(Call::DescribeUserPool, Fault::Throttle);
    let start = tokio::time::Instant::now();
    assert!(describe(&cognito, &id).await.is_err());
    assert_eq!(start.elapsed(), ROUND_TRIP);

    // Sequential calls add up; concurrent ones overlap.
    let start = tokio::time::Instant::now();
    describe(&cognito, &id).await.unwrap();
    describe(&cognito, &id).await.unwrap();
    assert_eq!(start.elapsed(), ROUND_TRIP * 2);

    let start = tokio::time::Instant::now();
    let (a, b, c) = tokio::join!(
        describe(&cognito, &id),
        enable_totp(&cognito, &id),
        cognito.create_user_pool_client(
            CreateUserPoolClientInput::builder()
                .user_pool_id(&id)
                .client_name("app"),
        )
    );
    assert!(a.is_ok() && c.is_ok());
    let () = b;
    assert_eq!(start.elapsed(), ROUND_TRIP);
}

#[tokio::test(start_paused = true)]
async fn a_change_takes_effect_halfway_through_the_round_trip() {
    let cognito = InMemoryCognito::new().with_latency(ROUND_TRIP);
    let observer = cognito.clone();
    let creating = tokio::spawn(async move { create(&cognito, plain_pool("p")).await });
    tokio::time::sleep(Duration::from_millis(39)).await;
    assert!(observer.user_pool_ids().is_empty());
    tokio::time::sleep(Duration::from_millis(2)).await;
    assert_eq!(observer.user_pool_ids().len(), 1);
    assert!(!creating.is_finished());
    creating.await.unwrap();
}

#[tokio::test(start_paused = true)]
async fn latency_can_change_between_calls() {
    let cognito = InMemoryCognito::new();
    assert_eq!(cognito.latency(), Duration::ZERO);
    let start = tokio::time::Instant::now();
    create(&cognito, plain_pool("fast")).await;
    assert_eq!(start.elapsed(), Duration::ZERO);
    cognito.set_latency(ROUND_TRIP);
    let start = tokio::time::Instant::now();
    create(&cognito, plain_pool("slow")).await;
    assert_eq!(start.elapsed(), ROUND_TRIP);
}

#[tokio::test(start_paused = true)]
async fn sleep_impl_sleeps_on_tokios_clock() {
    let cognito = InMemoryCognito::new();
    let sleep = cognito.sleep_impl().expect("a sleep implementation");
    let start = tokio::time::Instant::now();
    sleep.sleep(Duration::from_secs(3)).await;
    assert_eq!(start.elapsed(), Duration::from_secs(3));
}

// ---------------------------------------------------------------------------------------------
// Faults a network has: late commits, dropped connections, later attempts
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_late_create_user_pool_commits_before_the_call_after_n_more() {
    let cognito = InMemoryCognito::new();
    cognito.fail_next(Call::CreateUserPool, Fault::LateCommit { after_calls: 2 });
    let err = cognito
        .create_user_pool(console_pool("late").user_pool_tags("plan", "token-late"))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), CallErrorKind::Timeout);
    assert!(err.kind().is_ambiguous());
    assert_eq!(cognito.pending_late_commits(), [Call::CreateUserPool]);
    assert!(cognito.user_pool_ids().is_empty());

    // Later call 1 (a pool created meanwhile) and later call 2 do not see it...
    let early = create(&cognito, plain_pool("early")).await;
    assert_eq!(listed_names(&cognito).await, ["early"]);
    assert_eq!(cognito.user_pool_ids(), [early.as_str()]);
    assert_eq!(cognito.pending_late_commits(), [Call::CreateUserPool]);
    // ...call 3 does: the request committed just before it was handled.
    assert_eq!(listed_names(&cognito).await, ["early", "late"]);
    assert!(cognito.pending_late_commits().is_empty());

    // The pool is what the request asked for, with an id of its own, created after `early`.
    let ids = cognito.user_pool_ids();
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[0], early);
    let late = describe(&cognito, &ids[1]).await.unwrap();
    assert_eq!(late.name(), Some("late"));
    assert_eq!(
        late.user_pool_tags().and_then(|t| t.get("plan")),
        Some(&"token-late".to_owned())
    );
    assert_eq!(
        late.deletion_protection(),
        Some(&DeletionProtectionType::Active)
    );
    // The fault fired once; calls were all logged, the late commit itself is no call.
    assert_eq!(cognito.faults_fired(Call::CreateUserPool), 1);
    assert_eq!(cognito.call_count(Call::CreateUserPool), 2);
    assert_eq!(cognito.total_calls(), 5);
}

#[tokio::test]
async fn a_late_commit_after_zero_calls_commits_before_the_next_call_of_any_kind() {
    let cognito = InMemoryCognito::new();
    cognito.fail_next(Call::CreateUserPool, Fault::LateCommit { after_calls: 0 });
    assert!(cognito.create_user_pool(plain_pool("p")).await.is_err());
    assert!(cognito.user_pool_ids().is_empty());
    // Even a faulted later call counts: the request commits before it is handled.
    cognito.fail_next(Call::DescribeUserPoolDomain, Fault::Throttle);
    let err = cognito
        .describe_user_pool_domain(DescribeUserPoolDomainInput::builder().domain("d"))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), CallErrorKind::Throttled);
    assert_eq!(cognito.user_pool_ids().len(), 1);
    assert!(cognito.pending_late_commits().is_empty());
}

#[tokio::test]
async fn late_commits_count_calls_independently_and_commit_in_order() {
    let cognito = InMemoryCognito::new();
    // Two late creates: the first waits 3 calls, the second (sent one call later) 0.
    cognito.fail_next(Call::CreateUserPool, Fault::LateCommit { after_calls: 3 });
    cognito.fail_next(Call::CreateUserPool, Fault::LateCommit { after_calls: 0 });
    assert!(cognito.create_user_pool(plain_pool("first")).await.is_err());
    assert!(
        cognito
            .create_user_pool(plain_pool("second"))
            .await
            .is_err()
    );
    // The second request (its own later call counts for the first) commits before the call
    // after it: it overtakes the first.
    assert_eq!(
        cognito.pending_late_commits(),
        [Call::CreateUserPool, Call::CreateUserPool]
    );
    assert_eq!(listed_names(&cognito).await, ["second"]);
    assert_eq!(listed_names(&cognito).await, ["second"]);
    assert_eq!(listed_names(&cognito).await, ["second", "first"]);
    assert_eq!(cognito.faults_fired(Call::CreateUserPool), 2);
}

#[tokio::test]
async fn a_late_create_user_pool_client_creates_a_client_with_a_new_id() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, plain_pool("p")).await;
    let first = add_client(&cognito, &id, "first").await.unwrap();
    cognito.fail_next(
        Call::CreateUserPoolClient,
        Fault::LateCommit { after_calls: 1 },
    );
    let err = add_client(&cognito, &id, "late").await.unwrap_err();
    assert_eq!(err.kind(), CallErrorKind::Timeout);
    assert_eq!(cognito.user_pool_client_ids(&id), [first.as_str()]);
    assert_eq!(cognito.pending_late_commits(), [Call::CreateUserPoolClient]);

    // Later call 1 is handled before the commit, later call 2 after it.
    let listed =
        || cognito.list_user_pool_clients(ListUserPoolClientsInput::builder().user_pool_id(&id));
    assert_eq!(listed().await.unwrap().user_pool_clients().len(), 1);
    let names: Vec<String> = listed()
        .await
        .unwrap()
        .user_pool_clients()
        .iter()
        .filter_map(|c| c.client_name().map(str::to_owned))
        .collect();
    assert_eq!(names, ["first", "late"]);
    let ids = cognito.user_pool_client_ids(&id);
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[0], first);
    assert_ne!(ids[1], first);
    assert_eq!(
        describe_client(&cognito, &id, &ids[1]).await.unwrap(),
        "late"
    );
}

#[tokio::test]
async fn a_late_commit_that_is_invalid_by_then_applies_nothing() {
    // The client's pool is deleted before the request commits.
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, plain_pool("p")).await;
    cognito.fail_next(
        Call::CreateUserPoolClient,
        Fault::LateCommit { after_calls: 1 },
    );
    assert!(add_client(&cognito, &id, "late").await.is_err());
    cognito
        .delete_user_pool(DeleteUserPoolInput::builder().user_pool_id(&id))
        .await
        .unwrap();
    assert_eq!(cognito.pending_late_commits(), [Call::CreateUserPoolClient]);
    assert!(listed_names(&cognito).await.is_empty());
    assert!(cognito.pending_late_commits().is_empty());
    assert!(cognito.user_pool_client_ids(&id).is_empty());
    assert!(
        format!("{cognito:?}").contains("user_pool_clients: 0"),
        "{cognito:?}"
    );

    // A request that was never valid: nothing, whether it commits by calls or by a flush.
    let cognito = InMemoryCognito::new();
    cognito.fail_times(
        Call::CreateUserPool,
        Fault::LateCommit { after_calls: 0 },
        2,
    );
    assert!(
        cognito
            .create_user_pool(plain_pool("bad name!"))
            .await
            .is_err()
    );
    assert!(
        cognito
            .create_user_pool(plain_pool("bad name!"))
            .await
            .is_err()
    );
    assert_eq!(cognito.pending_late_commits(), [Call::CreateUserPool]);
    assert_eq!(cognito.flush_late_commits(), 0);
    assert!(cognito.pending_late_commits().is_empty());
    assert!(cognito.user_pool_ids().is_empty());
}

#[tokio::test]
async fn late_commits_wait_for_calls_or_a_flush_not_for_inspection() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, plain_pool("p")).await;
    cognito.fail_next(
        Call::CreateUserPoolClient,
        Fault::LateCommit { after_calls: 10 },
    );
    cognito.fail_next(Call::CreateUserPool, Fault::LateCommit { after_calls: 10 });
    assert!(add_client(&cognito, &id, "late").await.is_err());
    assert!(cognito.create_user_pool(plain_pool("late")).await.is_err());
    // Inspecting is no call: nothing commits.
    for _ in 0..3 {
        assert_eq!(cognito.user_pool_ids(), [id.as_str()]);
        assert!(cognito.user_pool_client_ids(&id).is_empty());
        assert!(cognito.domains().is_empty());
    }
    assert_eq!(
        cognito.pending_late_commits(),
        [Call::CreateUserPoolClient, Call::CreateUserPool]
    );
    // Clearing faults does not cancel requests already sent.
    cognito.clear_faults();
    assert_eq!(cognito.pending_late_commits().len(), 2);

    let calls_before = cognito.total_calls();
    assert_eq!(cognito.flush_late_commits(), 2);
    assert_eq!(cognito.total_calls(), calls_before);
    assert!(cognito.pending_late_commits().is_empty());
    assert_eq!(cognito.user_pool_ids().len(), 2);
    assert_eq!(cognito.user_pool_client_ids(&id).len(), 1);
    assert_eq!(cognito.flush_late_commits(), 0);

    // A flush commits in the order the calls would have: the one due first, first.
    let cognito = InMemoryCognito::new();
    cognito.fail_next(Call::CreateUserPool, Fault::LateCommit { after_calls: 5 });
    cognito.fail_next(Call::CreateUserPool, Fault::LateCommit { after_calls: 1 });
    assert!(cognito.create_user_pool(plain_pool("a")).await.is_err());
    assert!(cognito.create_user_pool(plain_pool("b")).await.is_err());
    assert_eq!(cognito.flush_late_commits(), 2);
    assert_eq!(listed_names(&cognito).await, ["b", "a"]);
}

#[tokio::test]
async fn a_connection_dropped_after_commit_applies_the_request() {
    let cognito = InMemoryCognito::new();
    cognito.fail_next(Call::CreateUserPool, Fault::DroppedAfterCommit);
    let err = cognito.create_user_pool(plain_pool("p")).await.unwrap_err();
    assert_eq!(err.kind(), CallErrorKind::Dispatch);
    assert!(err.kind().is_ambiguous());
    assert_eq!(err.code(), None);
    let ids = cognito.user_pool_ids();
    assert_eq!(ids.len(), 1);

    cognito.fail_next(Call::CreateUserPoolClient, Fault::DroppedAfterCommit);
    let err = add_client(&cognito, &ids[0], "app").await.unwrap_err();
    assert_eq!(err.kind(), CallErrorKind::Dispatch);
    assert_eq!(cognito.user_pool_client_ids(&ids[0]).len(), 1);

    // An invalid request applies nothing either way.
    cognito.fail_next(Call::CreateUserPool, Fault::DroppedAfterCommit);
    let err = cognito
        .create_user_pool(plain_pool("bad name!"))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), CallErrorKind::Dispatch);
    assert_eq!(cognito.user_pool_ids().len(), 1);
}

#[tokio::test]
async fn a_connection_dropped_before_commit_applies_nothing() {
    let cognito = InMemoryCognito::new();
    cognito.fail_next(Call::CreateUserPool, Fault::DroppedBeforeCommit);
    let err = cognito.create_user_pool(plain_pool("p")).await.unwrap_err();
    assert_eq!(err.kind(), CallErrorKind::Dispatch);
    assert!(err.kind().is_ambiguous());
    assert!(cognito.user_pool_ids().is_empty());

    let id = create(&cognito, plain_pool("p")).await;
    cognito.fail_next(Call::CreateUserPoolClient, Fault::DroppedBeforeCommit);
    let err = add_client(&cognito, &id, "app").await.unwrap_err();
    assert_eq!(err.kind(), CallErrorKind::Dispatch);
    assert!(cognito.user_pool_client_ids(&id).is_empty());
    assert_eq!(cognito.faults_fired(Call::CreateUserPool), 1);
    assert_eq!(cognito.faults_fired(Call::CreateUserPoolClient), 1);
}

#[tokio::test]
async fn fail_nth_faults_a_later_attempt_and_lets_the_earlier_ones_through() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, plain_pool("p")).await;
    assert_eq!(
        cognito.fail_nth(Call::CreateUserPoolClient, 2, Fault::ServerError),
        None
    );
    assert_eq!(cognito.pending_faults(Call::CreateUserPoolClient), 1);
    add_client(&cognito, &id, "first").await.unwrap();
    let err = add_client(&cognito, &id, "second").await.unwrap_err();
    assert_eq!(err.kind(), CallErrorKind::ServerError);
    add_client(&cognito, &id, "third").await.unwrap();
    assert_eq!(cognito.user_pool_client_ids(&id).len(), 2);
    assert_eq!(cognito.pending_faults(Call::CreateUserPoolClient), 0);
    assert_eq!(cognito.faults_fired(Call::CreateUserPoolClient), 1);

    // Counted from now, over what is queued: the queued faults keep their calls, a fault in
    // the n-th slot is replaced (and returned), and `fail_times` queues after the last slot.
    cognito.fail_next(Call::DescribeUserPool, Fault::Throttle);
    assert_eq!(
        cognito.fail_nth(Call::DescribeUserPool, 3, Fault::TimeoutBeforeCommit),
        None
    );
    assert_eq!(
        cognito.fail_nth(Call::DescribeUserPool, 3, Fault::ServerError),
        Some(Fault::TimeoutBeforeCommit)
    );
    cognito.fail_next(Call::DescribeUserPool, Fault::DroppedBeforeCommit);
    assert_eq!(cognito.pending_faults(Call::DescribeUserPool), 3);
    let kinds = [
        Some(CallErrorKind::Throttled),
        None,
        Some(CallErrorKind::ServerError),
        Some(CallErrorKind::Dispatch),
        None,
    ];
    for (attempt, expected) in kinds.into_iter().enumerate() {
        let got = describe(&cognito, &id).await.err().map(|e| e.kind());
        assert_eq!(got, expected, "attempt {}", attempt + 1);
    }
    assert_eq!(cognito.faults_fired(Call::DescribeUserPool), 3);

    // 0 is read as 1: the next call.
    cognito.fail_nth(Call::DescribeUserPool, 0, Fault::Throttle);
    assert!(describe(&cognito, &id).await.is_err());
    assert!(describe(&cognito, &id).await.is_ok());
}

#[tokio::test]
async fn fail_nth_splits_queued_runs_and_takes_any_count() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, plain_pool("p")).await;
    let attempt = || describe(&cognito, &id);
    // Inside a run of queued faults: the one in that slot is replaced, the others keep theirs.
    cognito.fail_times(Call::DescribeUserPool, Fault::Throttle, 3);
    assert_eq!(
        cognito.fail_nth(Call::DescribeUserPool, 2, Fault::ServerError),
        Some(Fault::Throttle)
    );
    assert_eq!(
        cognito.fail_nth(Call::DescribeUserPool, 5, Fault::DroppedBeforeCommit),
        None
    );
    assert_eq!(cognito.pending_faults(Call::DescribeUserPool), 4);
    let expected = [
        Some(CallErrorKind::Throttled),
        Some(CallErrorKind::ServerError),
        Some(CallErrorKind::Throttled),
        None,
        Some(CallErrorKind::Dispatch),
        None,
    ];
    for (n, kind) in expected.into_iter().enumerate() {
        assert_eq!(
            attempt().await.err().map(|e| e.kind()),
            kind,
            "call {}",
            n + 1
        );
    }

    // Before a queued fault, in the calls it lets through.
    cognito.fail_nth(Call::DescribeUserPool, 4, Fault::Throttle);
    assert_eq!(
        cognito.fail_nth(Call::DescribeUserPool, 2, Fault::ServerError),
        None
    );
    let expected = [
        None,
        Some(CallErrorKind::ServerError),
        None,
        Some(CallErrorKind::Throttled),
        None,
    ];
    for (n, kind) in expected.into_iter().enumerate() {
        assert_eq!(
            attempt().await.err().map(|e| e.kind()),
            kind,
            "call {}",
            n + 1
        );
    }

    // Counts of any size, without the memory: a fault far away, a fault forever.
    assert_eq!(
        cognito.fail_nth(Call::DescribeUserPool, usize::MAX, Fault::Throttle),
        None
    );
    assert_eq!(cognito.pending_faults(Call::DescribeUserPool), 1);
    assert!(attempt().await.is_ok());
    cognito.clear_faults();
    cognito.fail_times(Call::DescribeUserPool, Fault::Throttle, usize::MAX);
    assert_eq!(cognito.pending_faults(Call::DescribeUserPool), usize::MAX);
    assert!(attempt().await.is_err());
    assert_eq!(
        cognito.pending_faults(Call::DescribeUserPool),
        usize::MAX - 1
    );
    assert_eq!(
        cognito.fail_nth(Call::DescribeUserPool, 1_000_000, Fault::ServerError),
        Some(Fault::Throttle)
    );
    assert_eq!(
        cognito.pending_faults(Call::DescribeUserPool),
        usize::MAX - 1
    );
    assert!(attempt().await.is_err());
}

#[tokio::test]
async fn faults_fired_counts_each_call_until_the_calls_are_cleared() {
    let cognito = InMemoryCognito::new();
    for &call in Call::ALL {
        assert_eq!(cognito.faults_fired(call), 0, "{call}");
    }
    cognito.fail_times(Call::CreateUserPool, Fault::Throttle, 2);
    cognito.fail_next(Call::ListUserPools, Fault::ServerError);
    cognito.fail_next(Call::DescribeUserPool, Fault::ServerError);
    assert!(cognito.create_user_pool(plain_pool("p")).await.is_err());
    assert_eq!(cognito.faults_fired(Call::CreateUserPool), 1);
    assert_eq!(cognito.pending_faults(Call::CreateUserPool), 1);
    assert!(cognito.create_user_pool(plain_pool("p")).await.is_err());
    let id = create(&cognito, plain_pool("p")).await;
    let err = cognito
        .list_user_pools(ListUserPoolsInput::builder().max_results(60))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), CallErrorKind::ServerError);
    assert_eq!(cognito.faults_fired(Call::CreateUserPool), 2);
    assert_eq!(cognito.faults_fired(Call::ListUserPools), 1);
    // A fault never met has not fired.
    assert_eq!(cognito.faults_fired(Call::DescribeUserPool), 0);
    assert_eq!(cognito.pending_faults(Call::DescribeUserPool), 1);

    // Clearing faults keeps the counts; clearing calls resets them.
    cognito.clear_faults();
    assert_eq!(cognito.faults_fired(Call::CreateUserPool), 2);
    describe(&cognito, &id).await.unwrap();
    assert_eq!(cognito.faults_fired(Call::DescribeUserPool), 0);
    cognito.clear_calls();
    assert_eq!(cognito.faults_fired(Call::CreateUserPool), 0);
    assert_eq!(cognito.faults_fired(Call::ListUserPools), 0);
}

// ---------------------------------------------------------------------------------------------
// The call log
// ---------------------------------------------------------------------------------------------

/// The names of the pools `ListUserPools` shows, oldest first (one call).
async fn listed_names(cognito: &InMemoryCognito) -> Vec<String> {
    cognito
        .list_user_pools(ListUserPoolsInput::builder().max_results(60))
        .await
        .expect("ListUserPools")
        .user_pools()
        .iter()
        .filter_map(|p| p.name().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn the_call_log_keeps_the_most_recent_calls_and_exact_counts() {
    let cognito = InMemoryCognito::new().with_call_log_capacity(4);
    assert_eq!(cognito.call_log_capacity(), 4);
    let id = create(&cognito, plain_pool("p")).await;
    for _ in 0..100 {
        describe(&cognito, &id).await.unwrap();
    }
    listed_names(&cognito).await;
    cognito.fail_next(Call::GetUserPoolMfaConfig, Fault::Throttle);
    assert!(
        cognito
            .get_user_pool_mfa_config(GetUserPoolMfaConfigInput::builder().user_pool_id(&id))
            .await
            .is_err()
    );
    // The log has wrapped: the last four calls, oldest first.
    assert_eq!(
        cognito.calls(),
        [
            Call::DescribeUserPool,
            Call::DescribeUserPool,
            Call::ListUserPools,
            Call::GetUserPoolMfaConfig
        ]
    );
    // The counts are exact.
    assert_eq!(cognito.call_count(Call::CreateUserPool), 1);
    assert_eq!(cognito.call_count(Call::DescribeUserPool), 100);
    assert_eq!(cognito.call_count(Call::ListUserPools), 1);
    assert_eq!(cognito.call_count(Call::GetUserPoolMfaConfig), 1);
    assert_eq!(cognito.call_count(Call::DeleteUserPool), 0);
    assert_eq!(cognito.total_calls(), 103);

    // Clearing clears both.
    cognito.clear_calls();
    assert!(cognito.calls().is_empty());
    assert_eq!(cognito.call_count(Call::DescribeUserPool), 0);
    assert_eq!(cognito.total_calls(), 0);
    describe(&cognito, &id).await.unwrap();
    assert_eq!(cognito.calls(), [Call::DescribeUserPool]);
    assert_eq!(cognito.call_count(Call::DescribeUserPool), 1);
}

#[tokio::test]
async fn the_call_log_capacity_can_shrink_or_be_zero() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, plain_pool("p")).await;
    describe(&cognito, &id).await.unwrap();
    listed_names(&cognito).await;
    // Shrinking keeps the newest.
    let cognito = cognito.with_call_log_capacity(2);
    assert_eq!(
        cognito.calls(),
        [Call::DescribeUserPool, Call::ListUserPools]
    );
    assert_eq!(cognito.total_calls(), 3);
    // Zero keeps only the counts.
    let cognito = cognito.with_call_log_capacity(0);
    assert!(cognito.calls().is_empty());
    describe(&cognito, &id).await.unwrap();
    assert!(cognito.calls().is_empty());
    assert_eq!(cognito.call_count(Call::DescribeUserPool), 2);
    assert_eq!(cognito.total_calls(), 4);
}

#[tokio::test]
async fn the_default_call_log_is_bounded() {
    let cognito = InMemoryCognito::new();
    let capacity = InMemoryCognito::DEFAULT_CALL_LOG_CAPACITY;
    assert_eq!(cognito.call_log_capacity(), capacity);
    let lookup =
        || cognito.describe_user_pool_domain(DescribeUserPoolDomainInput::builder().domain("d"));
    for _ in 0..capacity {
        lookup().await.unwrap();
    }
    // One more call of another kind: the oldest is dropped, the newest is last.
    listed_names(&cognito).await;
    let calls = cognito.calls();
    assert_eq!(calls.len(), capacity);
    assert_eq!(calls.last(), Some(&Call::ListUserPools));
    assert_eq!(cognito.call_count(Call::DescribeUserPoolDomain), capacity);
    assert_eq!(cognito.total_calls(), capacity + 1);
}

// ---------------------------------------------------------------------------------------------
// Scale: the indexes stay consistent
// ---------------------------------------------------------------------------------------------

async fn add_client(cognito: &InMemoryCognito, id: &str, name: &str) -> Result<String, CallError> {
    let out = cognito
        .create_user_pool_client(
            CreateUserPoolClientInput::builder()
                .user_pool_id(id)
                .client_name(name),
        )
        .await?;
    Ok(out
        .user_pool_client()
        .and_then(|c| c.client_id())
        .expect("a client id")
        .to_owned())
}

async fn describe_client(
    cognito: &InMemoryCognito,
    id: &str,
    client_id: &str,
) -> Result<String, CallError> {
    let out = cognito
        .describe_user_pool_client(
            DescribeUserPoolClientInput::builder()
                .user_pool_id(id)
                .client_id(client_id),
        )
        .await?;
    Ok(out
        .user_pool_client()
        .and_then(|c| c.client_name())
        .expect("a client name")
        .to_owned())
}

/// `pools` pools of `clients` app clients each: their ids, with their clients' ids.
async fn fill(
    cognito: &InMemoryCognito,
    pools: usize,
    clients: usize,
) -> Vec<(String, Vec<String>)> {
    let mut filled = Vec::new();
    for i in 0..pools {
        let id = create(cognito, plain_pool(&format!("pool-{i}"))).await;
        let mut ids = Vec::new();
        for c in 0..clients {
            ids.push(
                add_client(cognito, &id, &format!("c{i}-{c}"))
                    .await
                    .unwrap(),
            );
        }
        filled.push((id, ids));
    }
    filled
}

fn distinct<'a>(ids: impl IntoIterator<Item = &'a String>) -> usize {
    let mut all: Vec<&String> = ids.into_iter().collect();
    all.sort();
    all.dedup();
    all.len()
}

#[tokio::test]
async fn client_ids_stay_unique_and_lookups_correct_across_many_pools_and_deletes() {
    const POOLS: usize = 400;
    const CLIENTS: usize = 3;
    let cognito = InMemoryCognito::new().with_call_log_capacity(16);
    let pools = fill(&cognito, POOLS, CLIENTS).await;
    assert_eq!(distinct(pools.iter().flat_map(|(_, c)| c)), POOLS * CLIENTS);

    // Every client is found in its own pool and only there.
    for (i, (id, clients)) in pools.iter().enumerate() {
        assert_eq!(&cognito.user_pool_client_ids(id), clients);
        for (c, client_id) in clients.iter().enumerate() {
            assert_eq!(
                describe_client(&cognito, id, client_id).await.unwrap(),
                format!("c{i}-{c}")
            );
        }
        let (other, _) = &pools[(i + 1) % POOLS];
        let err = describe_client(&cognito, other, &clients[0])
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("ResourceNotFoundException"));
    }

    // Delete every other pool, and the first client of every remaining one.
    for (i, (id, clients)) in pools.iter().enumerate() {
        if i % 2 == 0 {
            cognito
                .delete_user_pool(DeleteUserPoolInput::builder().user_pool_id(id))
                .await
                .unwrap();
        } else {
            cognito
                .delete_user_pool_client(
                    DeleteUserPoolClientInput::builder()
                        .user_pool_id(id)
                        .client_id(&clients[0]),
                )
                .await
                .unwrap();
        }
    }
    let expected = POOLS / 2 * (CLIENTS - 1);
    assert!(
        format!("{cognito:?}").contains(&format!("user_pool_clients: {expected},")),
        "{cognito:?}"
    );
    for (i, (id, clients)) in pools.iter().enumerate() {
        if i % 2 == 0 {
            let err = describe_client(&cognito, id, &clients[1])
                .await
                .unwrap_err();
            assert_eq!(err.code(), Some("ResourceNotFoundException"));
            assert!(cognito.user_pool_client_ids(id).is_empty());
        } else {
            let err = describe_client(&cognito, id, &clients[0])
                .await
                .unwrap_err();
            assert_eq!(
                err.message(),
                Some(format!("User pool client {} does not exist.", clients[0]).as_str())
            );
            assert_eq!(cognito.user_pool_client_ids(id), clients[1..]);
            // A deleted client cannot be deleted twice.
            let err = cognito
                .delete_user_pool_client(
                    DeleteUserPoolClientInput::builder()
                        .user_pool_id(id)
                        .client_id(&clients[0]),
                )
                .await
                .unwrap_err();
            assert_eq!(err.code(), Some("ResourceNotFoundException"));
        }
    }

    // New clients after the deletes: still unique, and found.
    let survivor = &pools[1].0;
    let mut fresh = Vec::new();
    for n in 0..POOLS {
        fresh.push(
            add_client(&cognito, survivor, &format!("new-{n}"))
                .await
                .unwrap(),
        );
    }
    assert_eq!(
        distinct(pools.iter().flat_map(|(_, c)| c).chain(&fresh)),
        POOLS * CLIENTS + POOLS
    );
    assert_eq!(
        describe_client(&cognito, survivor, &fresh[POOLS - 1])
            .await
            .unwrap(),
        format!("new-{}", POOLS - 1)
    );
    assert_eq!(cognito.user_pool_ids().len(), POOLS / 2);
}

#[tokio::test]
async fn list_user_pool_clients_tokens_survive_deletions() {
    let cognito = InMemoryCognito::new();
    let id = create(&cognito, plain_pool("p")).await;
    let mut ids = Vec::new();
    for name in ["a", "b", "c", "d"] {
        ids.push(add_client(&cognito, &id, name).await.unwrap());
    }
    let page = |token: Option<String>| {
        cognito.list_user_pool_clients(
            ListUserPoolClientsInput::builder()
                .user_pool_id(&id)
                .max_results(2)
                .set_next_token(token),
        )
    };
    let first = page(None).await.unwrap();
    let token = first.next_token().map(str::to_owned);
    assert!(token.is_some());
    // Deleting a listed client does not shift the next page.
    cognito
        .delete_user_pool_client(
            DeleteUserPoolClientInput::builder()
                .user_pool_id(&id)
                .client_id(&ids[0]),
        )
        .await
        .unwrap();
    let second = page(token).await.unwrap();
    let names: Vec<_> = second
        .user_pool_clients()
        .iter()
        .filter_map(|c| c.client_name())
        .collect();
    assert_eq!(names, ["c", "d"]);
    assert_eq!(second.next_token(), None);
}
