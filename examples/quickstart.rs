//! The console's default user pool, end to end: review it, print the "Review and create" page,
//! create it, and read it back.
//!
//! ```text
//! cargo run --example quickstart            # on an in-memory Cognito: no AWS account needed
//! cargo run --example quickstart -- --live  # on what the standard AWS configuration points at
//! ```
//!
//! `--live` reads `AWS_REGION`, credentials and `AWS_ENDPOINT_URL` (for an emulator such as
//! moto) the way every AWS SDK does. Against real AWS it creates a real user pool, with
//! deletion protection on, as the console does.

#[path = "common/aws.rs"]
mod aws;

use std::error::Error;
use std::process::ExitCode;

use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool::DescribeUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::get_user_pool_mfa_config::GetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::types::SoftwareTokenMfaConfigType;
use cognito_wizard::client::{CallError, CallErrorKind, Cognito};
use cognito_wizard::test_util::InMemoryCognito;
use cognito_wizard::{
    App, AppClient, CreateError, EmailSender, Messaging, Reviewed, Security, SignIn, SignInOption,
    SignUp, UserPoolWizard,
};

#[tokio::main]
async fn main() -> ExitCode {
    let live = match std::env::args().skip(1).collect::<Vec<_>>().as_slice() {
        [] => false,
        [flag] if flag == "--live" => true,
        _ => {
            eprintln!("usage: cargo run --example quickstart [-- --live]");
            return ExitCode::from(2);
        }
    };
    match run(live).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(sentence) => {
            eprintln!("error: {sentence}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the quickstart; a failure comes back as one sentence for the user.
async fn run(live: bool) -> Result<(), String> {
    let wizard = UserPoolWizard::builder()
        .sign_in(SignIn::with([SignInOption::Email])) // step 1: sign in with an e-mail address
        .security(Security::default()) // step 2: the console's defaults (Require MFA, TOTP)
        .sign_up(SignUp::default()) // step 3: the console's defaults
        .messaging(Messaging::email(EmailSender::cognito())) // step 4: "Send email with Cognito"
        .app(
            App::builder()
                .pool_name("my-user-pool")
                .client(AppClient::public("my-app-client"))
                .build(),
        ) // step 5
        .build();

    let plan = wizard
        .review()
        .map_err(|errors| format!("the configuration does not pass review; {errors}"))?;
    print!("{plan}");

    if live {
        let cognito = aws::sdk_client().await?;
        create_and_read_back(&plan, &cognito, "the configured AWS endpoint").await
    } else {
        let cognito = InMemoryCognito::new();
        create_and_read_back(&plan, &cognito, "an in-memory Cognito").await
    }
}

async fn create_and_read_back(
    plan: &Reviewed,
    cognito: &impl Cognito,
    target: &str,
) -> Result<(), String> {
    println!("\nCreating the user pool on {target}...");
    let created = plan.create(cognito).await.map_err(|e| explain_create(&e))?;
    println!("  User pool ID     {}", created.user_pool_id());
    println!(
        "  User pool ARN    {}",
        created.user_pool_arn().unwrap_or("-")
    );
    println!("  App client ID    {}", created.client_id());
    println!("  Domain           {}", created.domain().unwrap_or("none"));

    println!("\nReading it back...");
    let pool = cognito
        .describe_user_pool(DescribeUserPoolInput::builder().user_pool_id(created.user_pool_id()))
        .await
        .map_err(|e| explain_call("DescribeUserPool", &e))?;
    let pool = pool
        .user_pool()
        .ok_or("DescribeUserPool answered without a user pool")?;
    let mfa = cognito
        .get_user_pool_mfa_config(
            GetUserPoolMfaConfigInput::builder().user_pool_id(created.user_pool_id()),
        )
        .await
        .map_err(|e| explain_call("GetUserPoolMfaConfig", &e))?;
    println!("  Name                 {}", pool.name().unwrap_or("-"));
    println!(
        "  Deletion protection  {}",
        pool.deletion_protection().map_or("-", |p| p.as_str())
    );
    println!(
        "  MFA                  {}{}",
        mfa.mfa_configuration().map_or("-", |m| m.as_str()),
        if mfa
            .software_token_mfa_configuration()
            .is_some_and(SoftwareTokenMfaConfigType::enabled)
        {
            " (authenticator apps)"
        } else {
            ""
        }
    );
    Ok(())
}

/// One sentence for a failed create: what failed and what was left behind.
fn explain_create(error: &CreateError) -> String {
    match error.call_error().kind() {
        CallErrorKind::Construction
        | CallErrorKind::Unreachable
        | CallErrorKind::Dispatch
        | CallErrorKind::Timeout => format!(
            "{} ({error})",
            explain_call(&error.step().to_string(), error.call_error())
        ),
        _ => error.to_string(),
    }
}

/// One sentence for a failed call, naming the usual configuration mistakes.
fn explain_call(call: &str, error: &CallError) -> String {
    let cause = innermost(error);
    match error.kind() {
        CallErrorKind::Construction if cause.to_lowercase().contains("credential") => format!(
            "{call} could not be signed: no AWS credentials were found \
             (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a profile)"
        ),
        CallErrorKind::Construction => format!("{call} could not be built: {cause}"),
        CallErrorKind::Unreachable | CallErrorKind::Dispatch | CallErrorKind::Timeout => format!(
            "{call} could not reach Cognito (check AWS_ENDPOINT_URL and the network): {cause}"
        ),
        _ => match error.code() {
            Some(code) => format!(
                "Cognito refused {call}: {code}: {}",
                error.message().unwrap_or("no message")
            ),
            None => format!("{call} failed: {error}"),
        },
    }
}

/// The deepest cause's text: the SDK wraps the useful detail several levels down.
fn innermost(error: &(dyn Error + 'static)) -> String {
    let mut current = error;
    while let Some(next) = current.source() {
        current = next;
    }
    current.to_string()
}
