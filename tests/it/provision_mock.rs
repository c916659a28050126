//! `Reviewed::create` against a mockall mock of the client trait: call order and arguments.

use std::future::{Future, ready};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use aws_sdk_cognitoidentityprovider::operation::add_custom_attributes::{
    AddCustomAttributesOutput, builders::AddCustomAttributesInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::{
    CreateIdentityProviderOutput, builders::CreateIdentityProviderInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_resource_server::{
    CreateResourceServerOutput, builders::CreateResourceServerInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::{
    CreateUserPoolOutput, builders::CreateUserPoolInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::{
    CreateUserPoolClientOutput, builders::CreateUserPoolClientInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::{
    CreateUserPoolDomainOutput, builders::CreateUserPoolDomainInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::delete_identity_provider::{
    DeleteIdentityProviderOutput, builders::DeleteIdentityProviderInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::delete_resource_server::{
    DeleteResourceServerOutput, builders::DeleteResourceServerInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool::{
    DeleteUserPoolOutput, builders::DeleteUserPoolInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool_client::{
    DeleteUserPoolClientOutput, builders::DeleteUserPoolClientInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool_domain::{
    DeleteUserPoolDomainOutput, builders::DeleteUserPoolDomainInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::describe_identity_provider::{
    DescribeIdentityProviderOutput, builders::DescribeIdentityProviderInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::describe_resource_server::{
    DescribeResourceServerOutput, builders::DescribeResourceServerInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool::{
    DescribeUserPoolOutput, builders::DescribeUserPoolInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool_client::{
    DescribeUserPoolClientOutput, builders::DescribeUserPoolClientInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool_domain::{
    DescribeUserPoolDomainOutput, builders::DescribeUserPoolDomainInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::get_user_pool_mfa_config::{
    GetUserPoolMfaConfigOutput, builders::GetUserPoolMfaConfigInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::list_identity_providers::{
    ListIdentityProvidersOutput, builders::ListIdentityProvidersInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::list_resource_servers::{
    ListResourceServersOutput, builders::ListResourceServersInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::list_user_pool_clients::{
    ListUserPoolClientsOutput, builders::ListUserPoolClientsInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::list_user_pools::{
    ListUserPoolsOutput, builders::ListUserPoolsInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::{
    SetUserPoolMfaConfigOutput, builders::SetUserPoolMfaConfigInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::update_identity_provider::{
    UpdateIdentityProviderOutput, builders::UpdateIdentityProviderInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::update_resource_server::{
    UpdateResourceServerOutput, builders::UpdateResourceServerInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::{
    UpdateUserPoolOutput, builders::UpdateUserPoolInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::{
    UpdateUserPoolClientOutput, builders::UpdateUserPoolClientInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_domain::{
    UpdateUserPoolDomainOutput, builders::UpdateUserPoolDomainInputBuilder,
};
use aws_sdk_cognitoidentityprovider::types::{
    DeletionProtectionType, DomainDescriptionType, SoftwareTokenMfaConfigType,
    UserPoolClientDescription, UserPoolClientType, UserPoolDescriptionType, UserPoolMfaType,
    UserPoolType,
};
use cognito_wizard::client::{CallError, CallErrorKind, Cognito};
use cognito_wizard::{
    App, AppClient, Cleanup, Domain, EmailSender, Messaging, PLAN_TAG, PlanStep, Reviewed,
    RollbackStep, Secret, Security, SignIn, SignInOption, SignUp, UserPoolWizard,
};
use mockall::Sequence;

mockall::mock! {
    pub Cognito {}
    impl Cognito for Cognito {
        fn create_user_pool(&self, input: CreateUserPoolInputBuilder)
            -> impl Future<Output = Result<CreateUserPoolOutput, CallError>> + Send;
        fn describe_user_pool(&self, input: DescribeUserPoolInputBuilder)
            -> impl Future<Output = Result<DescribeUserPoolOutput, CallError>> + Send;
        fn update_user_pool(&self, input: UpdateUserPoolInputBuilder)
            -> impl Future<Output = Result<UpdateUserPoolOutput, CallError>> + Send;
        fn delete_user_pool(&self, input: DeleteUserPoolInputBuilder)
            -> impl Future<Output = Result<DeleteUserPoolOutput, CallError>> + Send;
        fn list_user_pools(&self, input: ListUserPoolsInputBuilder)
            -> impl Future<Output = Result<ListUserPoolsOutput, CallError>> + Send;
        fn set_user_pool_mfa_config(&self, input: SetUserPoolMfaConfigInputBuilder)
            -> impl Future<Output = Result<SetUserPoolMfaConfigOutput, CallError>> + Send;
        fn get_user_pool_mfa_config(&self, input: GetUserPoolMfaConfigInputBuilder)
            -> impl Future<Output = Result<GetUserPoolMfaConfigOutput, CallError>> + Send;
        fn create_user_pool_client(&self, input: CreateUserPoolClientInputBuilder)
            -> impl Future<Output = Result<CreateUserPoolClientOutput, CallError>> + Send;
        fn describe_user_pool_client(&self, input: DescribeUserPoolClientInputBuilder)
            -> impl Future<Output = Result<DescribeUserPoolClientOutput, CallError>> + Send;
        fn list_user_pool_clients(&self, input: ListUserPoolClientsInputBuilder)
            -> impl Future<Output = Result<ListUserPoolClientsOutput, CallError>> + Send;
        fn delete_user_pool_client(&self, input: DeleteUserPoolClientInputBuilder)
            -> impl Future<Output = Result<DeleteUserPoolClientOutput, CallError>> + Send;
        fn create_user_pool_domain(&self, input: CreateUserPoolDomainInputBuilder)
            -> impl Future<Output = Result<CreateUserPoolDomainOutput, CallError>> + Send;
        fn describe_user_pool_domain(&self, input: DescribeUserPoolDomainInputBuilder)
            -> impl Future<Output = Result<DescribeUserPoolDomainOutput, CallError>> + Send;
        fn delete_user_pool_domain(&self, input: DeleteUserPoolDomainInputBuilder)
            -> impl Future<Output = Result<DeleteUserPoolDomainOutput, CallError>> + Send;
        fn update_user_pool_client(&self, input: UpdateUserPoolClientInputBuilder)
            -> impl Future<Output = Result<UpdateUserPoolClientOutput, CallError>> + Send;
        fn add_custom_attributes(&self, input: AddCustomAttributesInputBuilder)
            -> impl Future<Output = Result<AddCustomAttributesOutput, CallError>> + Send;
        fn update_user_pool_domain(&self, input: UpdateUserPoolDomainInputBuilder)
            -> impl Future<Output = Result<UpdateUserPoolDomainOutput, CallError>> + Send;
        fn create_identity_provider(&self, input: CreateIdentityProviderInputBuilder)
            -> impl Future<Output = Result<CreateIdentityProviderOutput, CallError>> + Send;
        fn describe_identity_provider(&self, input: DescribeIdentityProviderInputBuilder)
            -> impl Future<Output = Result<DescribeIdentityProviderOutput, CallError>> + Send;
        fn update_identity_provider(&self, input: UpdateIdentityProviderInputBuilder)
            -> impl Future<Output = Result<UpdateIdentityProviderOutput, CallError>> + Send;
        fn delete_identity_provider(&self, input: DeleteIdentityProviderInputBuilder)
            -> impl Future<Output = Result<DeleteIdentityProviderOutput, CallError>> + Send;
        fn list_identity_providers(&self, input: ListIdentityProvidersInputBuilder)
            -> impl Future<Output = Result<ListIdentityProvidersOutput, CallError>> + Send;
        fn create_resource_server(&self, input: CreateResourceServerInputBuilder)
            -> impl Future<Output = Result<CreateResourceServerOutput, CallError>> + Send;
        fn describe_resource_server(&self, input: DescribeResourceServerInputBuilder)
            -> impl Future<Output = Result<DescribeResourceServerOutput, CallError>> + Send;
        fn update_resource_server(&self, input: UpdateResourceServerInputBuilder)
            -> impl Future<Output = Result<UpdateResourceServerOutput, CallError>> + Send;
        fn delete_resource_server(&self, input: DeleteResourceServerInputBuilder)
            -> impl Future<Output = Result<DeleteResourceServerOutput, CallError>> + Send;
        fn list_resource_servers(&self, input: ListResourceServersInputBuilder)
            -> impl Future<Output = Result<ListResourceServersOutput, CallError>> + Send;
    }
}

type Answer<T> = Pin<Box<dyn Future<Output = Result<T, CallError>> + Send>>;

fn ok<T: Send + 'static>(value: T) -> Answer<T> {
    Box::pin(ready(Ok(value)))
}

fn err<T: Send + 'static>(error: CallError) -> Answer<T> {
    Box::pin(ready(Err(error)))
}

/// The seed scenario with a prefix domain: MFA required with an authenticator app (so
/// `SetUserPoolMfaConfig`), a domain and a public client.
pub(crate) fn plan() -> Reviewed {
    plan_named("my-user-pool", "my-login")
}

/// [`plan`] with a given pool name and domain prefix.
pub(crate) fn plan_named(pool_name: &str, domain: &str) -> Reviewed {
    UserPoolWizard::builder()
        .sign_in(SignIn::with([SignInOption::Email]))
        .security(Security::default())
        .sign_up(SignUp::default())
        .messaging(Messaging::email(EmailSender::cognito()))
        .app(
            App::builder()
                .pool_name(pool_name)
                .domain(Domain::prefix(domain))
                .client(AppClient::public("my-app-client"))
                .build(),
        )
        .build()
        .review()
        .expect("the seed plan passes review")
}

/// A moto-style id (longer than Cognito's) in a region the ARN names: nothing may assume the
/// id's shape.
const POOL_ID: &str = "eu-west-1_0123456789abcdef0123456789abcdef";
const POOL_ARN: &str = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_0123456789abcdef0123456789abcdef";
const CLIENT_ID: &str = "4d3qa1b2c3d4e5f6g7h8i9j0k1";

fn pool_type(id: &str, name: &str, token: Option<&str>) -> UserPoolType {
    let mut pool = UserPoolType::builder().id(id).name(name).arn(format!(
        "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/{id}"
    ));
    if let Some(token) = token {
        pool = pool.user_pool_tags(PLAN_TAG, token);
    }
    pool.build()
}

fn created_pool() -> CreateUserPoolOutput {
    CreateUserPoolOutput::builder()
        .user_pool(
            UserPoolType::builder()
                .id(POOL_ID)
                .arn(POOL_ARN)
                .name("my-user-pool")
                .build(),
        )
        .build()
}

fn created_client() -> CreateUserPoolClientOutput {
    CreateUserPoolClientOutput::builder()
        .user_pool_client(
            UserPoolClientType::builder()
                .user_pool_id(POOL_ID)
                .client_id(CLIENT_ID)
                .client_name("my-app-client")
                .build(),
        )
        .build()
}

fn plan_token(input: &CreateUserPoolInputBuilder) -> Option<String> {
    input.get_user_pool_tags().as_ref()?.get(PLAN_TAG).cloned()
}

/// Records the order in which the mock saw the calls.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<&'static str>>>);

impl Log {
    fn push(&self, call: &'static str) {
        self.0.lock().expect("log lock").push(call);
    }
    fn calls(&self) -> Vec<&'static str> {
        self.0.lock().expect("log lock").clone()
    }
}

/// Expects the successful plan: `CreateUserPool` (name, token, deletion protection ACTIVE, MFA
/// OFF because TOTP needs the follow-up), then the three follow-ups with the created pool id.
fn expect_happy_path(mock: &mut MockCognito, log: &Log) {
    let l = log.clone();
    mock.expect_create_user_pool()
        .times(1)
        .withf(|input| {
            input.get_pool_name().as_deref() == Some("my-user-pool")
                && plan_token(input).is_some_and(|t| t.len() >= 16)
                && *input.get_deletion_protection() == Some(DeletionProtectionType::Active)
                && *input.get_mfa_configuration() != Some(UserPoolMfaType::On)
        })
        .returning(move |_| {
            l.push("CreateUserPool");
            ok(created_pool())
        });
    let l = log.clone();
    mock.expect_set_user_pool_mfa_config()
        .times(1)
        .withf(|input| {
            input.get_user_pool_id().as_deref() == Some(POOL_ID)
                && *input.get_mfa_configuration() == Some(UserPoolMfaType::On)
                && input
                    .get_software_token_mfa_configuration()
                    .as_ref()
                    .is_some_and(SoftwareTokenMfaConfigType::enabled)
        })
        .returning(move |_| {
            l.push("SetUserPoolMfaConfig");
            ok(SetUserPoolMfaConfigOutput::builder().build())
        });
    let l = log.clone();
    mock.expect_create_user_pool_domain()
        .times(1)
        .withf(|input| {
            input.get_user_pool_id().as_deref() == Some(POOL_ID)
                && input.get_domain().as_deref() == Some("my-login")
        })
        .returning(move |_| {
            l.push("CreateUserPoolDomain");
            ok(CreateUserPoolDomainOutput::builder().build())
        });
    let l = log.clone();
    mock.expect_create_user_pool_client()
        .times(1)
        .withf(|input| {
            input.get_user_pool_id().as_deref() == Some(POOL_ID)
                && input.get_client_name().as_deref() == Some("my-app-client")
        })
        .returning(move |_| {
            l.push("CreateUserPoolClient");
            ok(created_client())
        });
}

#[tokio::test]
async fn creates_the_pool_first_then_the_follow_ups_with_its_id() {
    let mut mock = MockCognito::new();
    let log = Log::default();
    expect_happy_path(&mut mock, &log);
    mock.expect_list_user_pools().never();
    mock.expect_delete_user_pool().never();

    let created = plan().create(&mock).await.expect("the plan is created");

    let calls = log.calls();
    assert_eq!(calls.first(), Some(&"CreateUserPool"), "{calls:?}");
    assert_eq!(calls.len(), 4, "{calls:?}");
    assert_eq!(created.user_pool_id(), POOL_ID);
    assert_eq!(created.user_pool_arn(), Some(POOL_ARN));
    assert_eq!(created.user_pool_name(), "my-user-pool");
    assert_eq!(created.client_id(), CLIENT_ID);
    assert!(created.client_secret().is_none());
    assert_eq!(created.domain(), Some("my-login"));
    assert_eq!(
        created.hosted_ui_url(),
        Some("https://my-login.auth.eu-west-1.amazoncognito.com")
    );
    assert!(!created.adopted());
    assert_eq!(created.plan_token().as_str().len(), 32);
}

#[tokio::test]
async fn the_follow_ups_run_concurrently() {
    // SetUserPoolMfaConfig answers only once CreateUserPoolClient was sent: sequential
    // follow-ups would never finish.
    let (sent, received) = tokio::sync::oneshot::channel::<()>();
    let sent = Mutex::new(Some(sent));
    let received = Mutex::new(Some(received));
    let mut mock = MockCognito::new();
    mock.expect_create_user_pool()
        .returning(|_| ok(created_pool()));
    mock.expect_set_user_pool_mfa_config().returning(move |_| {
        let received = received.lock().expect("lock").take().expect("sent once");
        Box::pin(async move {
            received.await.expect("client call happened");
            Ok(SetUserPoolMfaConfigOutput::builder().build())
        })
    });
    mock.expect_create_user_pool_domain()
        .returning(|_| ok(CreateUserPoolDomainOutput::builder().build()));
    mock.expect_create_user_pool_client().returning(move |_| {
        if let Some(sent) = sent.lock().expect("lock").take() {
            sent.send(()).expect("receiver alive");
        }
        ok(created_client())
    });

    let plan = plan();
    let created = tokio::time::timeout(Duration::from_secs(10), plan.create(&mock))
        .await
        .expect("the follow-ups ran concurrently")
        .expect("the plan is created");
    assert_eq!(created.client_id(), CLIENT_ID);
}

#[tokio::test]
async fn a_failed_client_rolls_back_domain_then_protection_then_pool() {
    let mut mock = MockCognito::new();
    let token = Arc::new(Mutex::new(None::<String>));
    let t = token.clone();
    mock.expect_create_user_pool()
        .times(1)
        .returning(move |input| {
            *t.lock().expect("lock") = plan_token(&input);
            ok(created_pool())
        });
    mock.expect_set_user_pool_mfa_config()
        .returning(|_| ok(SetUserPoolMfaConfigOutput::builder().build()));
    mock.expect_create_user_pool_domain()
        .returning(|_| ok(CreateUserPoolDomainOutput::builder().build()));
    mock.expect_create_user_pool_client()
        .times(1)
        .returning(|_| {
            err(CallError::service(
                "InvalidParameterException",
                "Invalid callback URL",
            ))
        });

    let mut rollback = Sequence::new();
    mock.expect_delete_user_pool_domain()
        .times(1)
        .in_sequence(&mut rollback)
        .withf(|input| {
            input.get_domain().as_deref() == Some("my-login")
                && input.get_user_pool_id().as_deref() == Some(POOL_ID)
        })
        .returning(|_| ok(DeleteUserPoolDomainOutput::builder().build()));
    let t = token.clone();
    mock.expect_update_user_pool()
        .times(1)
        .in_sequence(&mut rollback)
        .withf(move |input| {
            let token = t.lock().expect("lock").clone();
            input.get_user_pool_id().as_deref() == Some(POOL_ID)
                && *input.get_deletion_protection() == Some(DeletionProtectionType::Inactive)
                // The full configuration, not a partial one: UpdateUserPool resets the rest.
                && input.get_pool_name().as_deref() == Some("my-user-pool")
                && input.get_policies().is_some()
                && input.get_auto_verified_attributes().is_some()
                && input.get_account_recovery_setting().is_some()
                && input.get_admin_create_user_config().is_some()
                && input.get_email_configuration().is_some()
                && token.is_some()
                && input
                    .get_user_pool_tags()
                    .as_ref()
                    .and_then(|tags| tags.get(PLAN_TAG))
                    == token.as_ref()
        })
        .returning(|_| ok(UpdateUserPoolOutput::builder().build()));
    mock.expect_delete_user_pool()
        .times(1)
        .in_sequence(&mut rollback)
        .withf(|input| input.get_user_pool_id().as_deref() == Some(POOL_ID))
        .returning(|_| ok(DeleteUserPoolOutput::builder().build()));

    let error = plan().create(&mock).await.expect_err("the client fails");
    assert_eq!(error.step(), PlanStep::CreateUserPoolClient);
    assert_eq!(error.code(), Some("InvalidParameterException"));
    assert_eq!(error.message(), Some("Invalid callback URL"));
    assert!(matches!(error.cleanup(), Cleanup::RolledBack));
    assert_eq!(
        error.to_string(),
        "CreateUserPoolClient failed (InvalidParameterException: Invalid callback URL); rolled \
         back: nothing was left behind"
    );
    let source = std::error::Error::source(&error).expect("the call error is the source");
    assert_eq!(
        source.to_string(),
        "InvalidParameterException: Invalid callback URL"
    );
}

#[tokio::test]
async fn a_failed_rollback_names_what_it_left_behind() {
    let mut mock = MockCognito::new();
    mock.expect_create_user_pool()
        .returning(|_| ok(created_pool()));
    mock.expect_set_user_pool_mfa_config().returning(|_| {
        err(CallError::service(
            "InvalidParameterException",
            "Invalid MFA configuration",
        ))
    });
    mock.expect_create_user_pool_domain()
        .returning(|_| ok(CreateUserPoolDomainOutput::builder().build()));
    mock.expect_create_user_pool_client()
        .returning(|_| ok(created_client()));
    mock.expect_delete_user_pool_domain()
        .times(1)
        .returning(|_| ok(DeleteUserPoolDomainOutput::builder().build()));
    mock.expect_update_user_pool().times(1).returning(|_| {
        err(CallError::service(
            "NotAuthorizedException",
            "not allowed to update",
        ))
    });
    mock.expect_delete_user_pool().never();

    let error = plan().create(&mock).await.expect_err("MFA fails");
    assert_eq!(error.step(), PlanStep::SetUserPoolMfaConfig);
    let Cleanup::RollbackFailed {
        step,
        error: rollback_error,
        left_behind,
    } = error.cleanup()
    else {
        panic!("expected a failed rollback: {error}");
    };
    assert_eq!(*step, RollbackStep::UpdateUserPool);
    assert_eq!(rollback_error.code(), Some("NotAuthorizedException"));
    assert_eq!(left_behind.user_pool_id(), POOL_ID);
    assert_eq!(left_behind.domain(), None, "the domain was deleted");
    assert_eq!(
        error.to_string(),
        format!(
            "SetUserPoolMfaConfig failed (InvalidParameterException: Invalid MFA configuration); \
             the rollback failed at UpdateUserPool (NotAuthorizedException: not allowed to \
             update): left behind user pool {POOL_ID}"
        )
    );
}

#[tokio::test]
async fn a_refused_create_user_pool_creates_nothing_and_sends_nothing_else() {
    let mut mock = MockCognito::new();
    mock.expect_create_user_pool().times(1).returning(|_| {
        err(CallError::service(
            "LimitExceededException",
            "Too many user pools",
        ))
    });
    // Every other expectation is absent: any other call panics.
    let error = plan().create(&mock).await.expect_err("refused");
    assert_eq!(error.step(), PlanStep::CreateUserPool);
    assert!(matches!(error.cleanup(), Cleanup::NothingCreated));
    assert_eq!(
        error.to_string(),
        "CreateUserPool failed (LimitExceededException: Too many user pools); nothing was created"
    );
}

#[tokio::test]
async fn throttling_is_retried_without_searching() {
    let mut mock = MockCognito::new();
    let log = Log::default();
    // Expectations match first-set first: the throttled answers come before the good ones.
    mock.expect_create_user_pool()
        .times(2)
        .returning(|_| err(CallError::throttled("Rate exceeded")));
    mock.expect_create_user_pool_client()
        .times(1)
        .returning(|_| err(CallError::throttled("Rate exceeded")));
    expect_happy_path(&mut mock, &log);
    mock.expect_list_user_pools().never();

    let created = plan()
        .create(&mock)
        .await
        .expect("created after throttling");
    assert!(!created.adopted());
    assert_eq!(log.calls().first(), Some(&"CreateUserPool"));
}

#[tokio::test]
async fn an_ambiguous_create_adopts_the_pool_carrying_the_plan_token() {
    let mut mock = MockCognito::new();
    let token = Arc::new(Mutex::new(None::<String>));
    let t = token.clone();
    // Sent once only: the pool exists, so a second CreateUserPool would make two.
    mock.expect_create_user_pool()
        .times(1)
        .returning(move |input| {
            *t.lock().expect("lock") = plan_token(&input);
            err(CallError::timeout("no answer"))
        });
    // Two pages; the plan's name is shared by an unrelated pool on page 1. Listed twice: to
    // find the pool, and, after the settle time, to look for a second one carrying the token.
    mock.expect_list_user_pools().times(4).returning(|input| {
        let page = match input.get_next_token().as_deref() {
            None => ListUserPoolsOutput::builder()
                .user_pools(pool_description("us-east-1_other", "my-user-pool"))
                .user_pools(pool_description("us-east-1_elsewhere", "another-pool"))
                .next_token("page-2"),
            Some("page-2") => {
                ListUserPoolsOutput::builder().user_pools(pool_description(POOL_ID, "my-user-pool"))
            }
            Some(other) => panic!("unexpected token {other}"),
        };
        assert_eq!(input.get_max_results(), &Some(60));
        ok(page.build())
    });
    let t = token.clone();
    mock.expect_describe_user_pool()
        .times(4)
        .returning(move |input| {
            let id = input.get_user_pool_id().clone().expect("an id");
            let token = t.lock().expect("lock").clone();
            // The unrelated pool carries another run's token.
            let token = if id == POOL_ID {
                token
            } else {
                Some("0123456789abcdef0123456789abcdef".to_owned())
            };
            ok(DescribeUserPoolOutput::builder()
                .user_pool(pool_type(&id, "my-user-pool", token.as_deref()))
                .build())
        });
    mock.expect_set_user_pool_mfa_config()
        .withf(|input| input.get_user_pool_id().as_deref() == Some(POOL_ID))
        .returning(|_| ok(SetUserPoolMfaConfigOutput::builder().build()));
    mock.expect_create_user_pool_domain()
        .withf(|input| input.get_user_pool_id().as_deref() == Some(POOL_ID))
        .returning(|_| ok(CreateUserPoolDomainOutput::builder().build()));
    mock.expect_create_user_pool_client()
        .withf(|input| input.get_user_pool_id().as_deref() == Some(POOL_ID))
        .returning(|_| ok(created_client()));

    let created = plan().create(&mock).await.expect("adopted");
    assert!(created.adopted());
    assert_eq!(created.user_pool_id(), POOL_ID);
    assert_eq!(
        Some(created.plan_token().to_string()),
        token.lock().expect("lock").clone()
    );
}

fn pool_description(id: &str, name: &str) -> UserPoolDescriptionType {
    UserPoolDescriptionType::builder().id(id).name(name).build()
}

#[tokio::test]
async fn an_ambiguous_create_with_no_pool_found_creates_again() {
    let mut mock = MockCognito::new();
    let log = Log::default();
    mock.expect_create_user_pool().times(1).returning(|_| {
        err(CallError::new(
            CallErrorKind::ServerError,
            "InternalErrorException",
            "boom",
        ))
    });
    // Once after the failure (nothing there), once after the success (no late second pool).
    mock.expect_list_user_pools()
        .times(2)
        .returning(|_| ok(ListUserPoolsOutput::builder().build()));
    expect_happy_path(&mut mock, &log);

    let created = plan()
        .create(&mock)
        .await
        .expect("created on the second try");
    assert!(!created.adopted());
}

#[tokio::test]
async fn an_ambiguous_domain_is_adopted_when_it_belongs_to_the_pool() {
    let mut mock = MockCognito::new();
    mock.expect_create_user_pool()
        .returning(|_| ok(created_pool()));
    mock.expect_set_user_pool_mfa_config()
        .returning(|_| ok(SetUserPoolMfaConfigOutput::builder().build()));
    mock.expect_create_user_pool_domain()
        .times(1)
        .returning(|_| err(CallError::timeout("no answer")));
    mock.expect_describe_user_pool_domain()
        .times(1)
        .withf(|input| input.get_domain().as_deref() == Some("my-login"))
        .returning(|_| {
            ok(DescribeUserPoolDomainOutput::builder()
                .domain_description(
                    DomainDescriptionType::builder()
                        .domain("my-login")
                        .user_pool_id(POOL_ID)
                        .build(),
                )
                .build())
        });
    mock.expect_create_user_pool_client()
        .returning(|_| ok(created_client()));

    let created = plan().create(&mock).await.expect("domain adopted");
    assert_eq!(created.domain(), Some("my-login"));
}

/// The pool's clients as `ListUserPoolClients` answers.
fn client_list(clients: &[(&str, &str)]) -> ListUserPoolClientsOutput {
    let mut out = ListUserPoolClientsOutput::builder();
    for (id, name) in clients {
        out = out.user_pool_clients(
            UserPoolClientDescription::builder()
                .user_pool_id(POOL_ID)
                .client_id(*id)
                .client_name(*name)
                .build(),
        );
    }
    out.build()
}

#[tokio::test]
async fn an_ambiguous_client_is_found_by_its_name_and_not_sent_twice() {
    let mut mock = MockCognito::new();
    mock.expect_create_user_pool()
        .returning(|_| ok(created_pool()));
    mock.expect_set_user_pool_mfa_config()
        .returning(|_| ok(SetUserPoolMfaConfigOutput::builder().build()));
    mock.expect_create_user_pool_domain()
        .returning(|_| ok(CreateUserPoolDomainOutput::builder().build()));
    mock.expect_create_user_pool_client()
        .times(1)
        .returning(|_| err(CallError::timeout("no answer")));
    // The service had created it: the listing finds it by name (another name is not ours).
    // Listed twice: to find it, and after the settle time to look for a second one.
    mock.expect_list_user_pool_clients()
        .times(2)
        .withf(|input| input.get_user_pool_id().as_deref() == Some(POOL_ID))
        .returning(|_| {
            ok(client_list(&[
                ("other0client", "someone-else"),
                (CLIENT_ID, "my-app-client"),
            ]))
        });
    // A public client has no secret to read back.
    mock.expect_describe_user_pool_client().never();
    mock.expect_delete_user_pool().never();

    let created = plan().create(&mock).await.expect("the client is adopted");
    assert_eq!(created.client_id(), CLIENT_ID);
    assert!(created.client_secret().is_none());
}

#[tokio::test]
async fn an_adopted_confidential_client_brings_its_secret() {
    let plan = confidential_plan();
    let mut mock = MockCognito::new();
    mock.expect_create_user_pool()
        .returning(|_| ok(created_pool()));
    mock.expect_set_user_pool_mfa_config()
        .returning(|_| ok(SetUserPoolMfaConfigOutput::builder().build()));
    mock.expect_create_user_pool_domain()
        .returning(|_| ok(CreateUserPoolDomainOutput::builder().build()));
    mock.expect_create_user_pool_client()
        .times(1)
        .returning(|_| {
            err(CallError::new(
                CallErrorKind::ServerError,
                "InternalErrorException",
                "boom",
            ))
        });
    mock.expect_list_user_pool_clients()
        .times(2)
        .returning(|_| ok(client_list(&[(CLIENT_ID, "my-app-client")])));
    mock.expect_describe_user_pool_client()
        .times(1)
        .withf(|input| input.get_client_id().as_deref() == Some(CLIENT_ID))
        .returning(|_| {
            ok(DescribeUserPoolClientOutput::builder()
                .user_pool_client(
                    UserPoolClientType::builder()
                        .client_id(CLIENT_ID)
                        .client_name("my-app-client")
                        .client_secret("the-secret-read-back")
                        .build(),
                )
                .build())
        });

    let created = plan.create(&mock).await.expect("the client is adopted");
    assert_eq!(
        created.client_secret().map(Secret::expose_secret),
        Some("the-secret-read-back")
    );
}

fn confidential_plan() -> Reviewed {
    UserPoolWizard::builder()
        .sign_in(SignIn::with([SignInOption::Email]))
        .messaging(Messaging::email(EmailSender::cognito()))
        .app(
            App::builder()
                .pool_name("my-user-pool")
                .domain(Domain::prefix("my-login"))
                .client(AppClient::confidential("my-app-client"))
                .build(),
        )
        .build()
        .review()
        .expect("the plan passes review")
}

#[tokio::test]
async fn an_ambiguous_client_not_found_is_sent_again() {
    let mut mock = MockCognito::new();
    let log = Log::default();
    mock.expect_create_user_pool_client()
        .times(1)
        .returning(|_| err(CallError::dispatch("connection reset")));
    mock.expect_list_user_pool_clients()
        .times(2)
        .returning(|_| ok(client_list(&[])));
    expect_happy_path(&mut mock, &log);

    let created = plan()
        .create(&mock)
        .await
        .expect("created on the second try");
    assert_eq!(created.client_id(), CLIENT_ID);
}

#[tokio::test]
async fn a_refusal_after_an_ambiguous_client_looks_again_before_concluding() {
    let mut mock = MockCognito::new();
    mock.expect_create_user_pool()
        .returning(|_| ok(created_pool()));
    mock.expect_set_user_pool_mfa_config()
        .returning(|_| ok(SetUserPoolMfaConfigOutput::builder().build()));
    mock.expect_create_user_pool_domain()
        .returning(|_| ok(CreateUserPoolDomainOutput::builder().build()));
    let mut attempts = Sequence::new();
    mock.expect_create_user_pool_client()
        .times(1)
        .in_sequence(&mut attempts)
        .returning(|_| err(CallError::timeout("no answer")));
    mock.expect_list_user_pool_clients()
        .times(1)
        .in_sequence(&mut attempts)
        .returning(|_| ok(client_list(&[])));
    mock.expect_create_user_pool_client()
        .times(1)
        .in_sequence(&mut attempts)
        .returning(|_| {
            err(CallError::service(
                "LimitExceededException",
                "Too many clients",
            ))
        });
    // The first attempt committed late: the second look finds it; the last look, after the
    // settle time, finds no second one.
    mock.expect_list_user_pool_clients()
        .times(2)
        .in_sequence(&mut attempts)
        .returning(|_| ok(client_list(&[(CLIENT_ID, "my-app-client")])));
    mock.expect_delete_user_pool_client().never();

    let created = plan()
        .create(&mock)
        .await
        .expect("the late client is adopted");
    assert_eq!(created.client_id(), CLIENT_ID);
}

#[tokio::test]
async fn a_domain_refused_after_an_ambiguous_attempt_is_described_before_concluding() {
    let mut mock = MockCognito::new();
    mock.expect_create_user_pool()
        .returning(|_| ok(created_pool()));
    mock.expect_set_user_pool_mfa_config()
        .returning(|_| ok(SetUserPoolMfaConfigOutput::builder().build()));
    mock.expect_create_user_pool_client()
        .returning(|_| ok(created_client()));
    let mut attempts = Sequence::new();
    mock.expect_create_user_pool_domain()
        .times(1)
        .in_sequence(&mut attempts)
        .returning(|_| err(CallError::timeout("no answer")));
    mock.expect_describe_user_pool_domain()
        .times(1)
        .in_sequence(&mut attempts)
        .returning(|_| ok(DescribeUserPoolDomainOutput::builder().build()));
    mock.expect_create_user_pool_domain()
        .times(1)
        .in_sequence(&mut attempts)
        .returning(|_| {
            err(CallError::service(
                "InvalidParameterException",
                "Domain already associated with another user pool.",
            ))
        });
    // It is this pool's: the first attempt committed after the first look.
    mock.expect_describe_user_pool_domain()
        .times(1)
        .in_sequence(&mut attempts)
        .returning(|_| {
            ok(DescribeUserPoolDomainOutput::builder()
                .domain_description(
                    DomainDescriptionType::builder()
                        .domain("my-login")
                        .user_pool_id(POOL_ID)
                        .build(),
                )
                .build())
        });
    mock.expect_delete_user_pool().never();

    let created = plan().create(&mock).await.expect("the domain is adopted");
    assert_eq!(created.domain(), Some("my-login"));
}

#[tokio::test]
async fn an_ambiguous_create_that_finds_nothing_reports_unknown_and_names_the_token() {
    let mut mock = MockCognito::new();
    let token = Arc::new(Mutex::new(None::<String>));
    let t = token.clone();
    mock.expect_create_user_pool()
        .times(3)
        .returning(move |input| {
            *t.lock().expect("lock") = plan_token(&input);
            err(CallError::timeout("no answer"))
        });
    mock.expect_list_user_pools()
        .times(3)
        .returning(|_| ok(ListUserPoolsOutput::builder().build()));

    let error = plan().create(&mock).await.expect_err("unknown");
    let token = token
        .lock()
        .expect("lock")
        .clone()
        .expect("a token was sent");
    assert_eq!(error.step(), PlanStep::CreateUserPool);
    assert_eq!(error.plan_token().as_str(), token);
    assert!(!error.cleanup().nothing_left());
    let Cleanup::Unknown {
        plan_token,
        search_error,
        ..
    } = error.cleanup()
    else {
        panic!("expected Unknown, got {:?}", error.cleanup());
    };
    assert_eq!(plan_token.as_str(), token);
    assert!(search_error.is_none());
    let text = error.to_string();
    assert!(text.contains(&token), "{text}");
    assert!(!text.contains("nothing was created"), "{text}");
}

#[tokio::test]
async fn a_refusal_after_an_ambiguous_create_is_unknown_not_nothing() {
    let mut mock = MockCognito::new();
    let mut attempts = Sequence::new();
    mock.expect_create_user_pool()
        .times(1)
        .in_sequence(&mut attempts)
        .returning(|_| {
            err(CallError::new(
                CallErrorKind::ServerError,
                "InternalErrorException",
                "boom",
            ))
        });
    mock.expect_list_user_pools()
        .times(1)
        .in_sequence(&mut attempts)
        .returning(|_| ok(ListUserPoolsOutput::builder().build()));
    mock.expect_create_user_pool()
        .times(1)
        .in_sequence(&mut attempts)
        .returning(|_| {
            err(CallError::service(
                "LimitExceededException",
                "Too many pools",
            ))
        });
    mock.expect_list_user_pools()
        .times(1)
        .in_sequence(&mut attempts)
        .returning(|_| ok(ListUserPoolsOutput::builder().build()));

    let error = plan().create(&mock).await.expect_err("refused");
    assert_eq!(error.code(), Some("LimitExceededException"));
    assert!(matches!(
        error.cleanup(),
        Cleanup::Unknown {
            search_error: None,
            ..
        }
    ));
}

#[tokio::test]
async fn a_late_second_pool_carrying_the_token_is_removed() {
    let mut mock = MockCognito::new();
    let token = Arc::new(Mutex::new(None::<String>));
    let t = token.clone();
    let mut attempts = Sequence::new();
    mock.expect_create_user_pool()
        .times(1)
        .in_sequence(&mut attempts)
        .returning(move |input| {
            *t.lock().expect("lock") = plan_token(&input);
            err(CallError::timeout("no answer"))
        });
    mock.expect_list_user_pools()
        .times(1)
        .in_sequence(&mut attempts)
        .returning(|_| ok(ListUserPoolsOutput::builder().build()));
    mock.expect_create_user_pool()
        .times(1)
        .in_sequence(&mut attempts)
        .returning(|_| ok(created_pool()));
    // Now the first attempt has committed: two pools carry the token.
    mock.expect_list_user_pools()
        .times(1)
        .in_sequence(&mut attempts)
        .returning(|_| {
            ok(ListUserPoolsOutput::builder()
                .user_pools(pool_description(POOL_ID, "my-user-pool"))
                .user_pools(pool_description("eu-west-1_late", "my-user-pool"))
                .build())
        });
    let t = token.clone();
    mock.expect_describe_user_pool()
        .times(2)
        .returning(move |input| {
            let id = input.get_user_pool_id().clone().expect("an id");
            let token = t.lock().expect("lock").clone();
            let mut pool = pool_type(&id, "my-user-pool", token.as_deref());
            pool.deletion_protection = Some(DeletionProtectionType::Active);
            ok(DescribeUserPoolOutput::builder().user_pool(pool).build())
        });
    // The late pool goes (protection lifted with the full configuration first); ours stays.
    mock.expect_update_user_pool()
        .times(1)
        .withf(|input| {
            input.get_user_pool_id().as_deref() == Some("eu-west-1_late")
                && *input.get_deletion_protection() == Some(DeletionProtectionType::Inactive)
                && input.get_policies().is_some()
        })
        .returning(|_| ok(UpdateUserPoolOutput::builder().build()));
    mock.expect_delete_user_pool()
        .times(1)
        .withf(|input| input.get_user_pool_id().as_deref() == Some("eu-west-1_late"))
        .returning(|_| ok(DeleteUserPoolOutput::builder().build()));
    mock.expect_set_user_pool_mfa_config()
        .withf(|input| input.get_user_pool_id().as_deref() == Some(POOL_ID))
        .returning(|_| ok(SetUserPoolMfaConfigOutput::builder().build()));
    mock.expect_create_user_pool_domain()
        .withf(|input| input.get_user_pool_id().as_deref() == Some(POOL_ID))
        .returning(|_| ok(CreateUserPoolDomainOutput::builder().build()));
    mock.expect_create_user_pool_client()
        .withf(|input| input.get_user_pool_id().as_deref() == Some(POOL_ID))
        .returning(|_| ok(created_client()));

    let created = plan().create(&mock).await.expect("one pool kept");
    assert_eq!(created.user_pool_id(), POOL_ID);
    assert!(!created.adopted());
}

#[test]
fn create_returns_a_send_future() {
    fn assert_send<T: Send>(_: &T) {}
    let mock = MockCognito::new();
    let plan = plan();
    let future = plan.create(&mock);
    assert_send(&future);
    // Small enough for clippy's `large_futures` (16 KiB) in callers' code.
    assert!(
        size_of_val(&future) < 4096,
        "{} bytes",
        size_of_val(&future)
    );
}
