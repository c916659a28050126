//! A federated user pool: sign-in with an e-mail address, Google or a corporate SAML provider;
//! an orders API (a resource server with custom scopes); a web app that offers all three ways to
//! sign in, and a machine-to-machine worker that calls the API.
//!
//! ```text
//! cargo run --example federated            # on an in-memory Cognito
//! cargo run --example federated -- --live  # on what the standard AWS configuration points at
//! ```
//!
//! The plan takes three round trips whatever its numbers: the pool; then MFA, the domain, the
//! identity providers and the resource server together; then both app clients together (they
//! name the providers and the API's scopes, which must exist first).
//!
//! With `--live` the Google client id and secret and the SAML metadata URL are placeholders:
//! Cognito fetches a SAML provider's metadata when it is created, so against real AWS put your
//! own identity providers' details here first. Against an emulator (moto) they work as they are.

#[path = "common/aws.rs"]
mod aws;

use std::process::ExitCode;

use cognito_wizard::client::Cognito;
use cognito_wizard::test_util::InMemoryCognito;
use cognito_wizard::{
    App, AppClient, Domain, EmailSender, GoogleProvider, Messaging, OAuth, ResourceServer,
    Reviewed, SamlMetadata, SamlProvider, Secret, SignIn, SignInOption, StandardAttribute,
    UserPoolWizard,
};

fn plan(pool_name: &str, domain_prefix: &str) -> Result<Reviewed, String> {
    let orders = ResourceServer::new("https://api.example.com/orders", "Orders API")
        .scope("read", "Read orders")
        .scope("write", "Create and change orders");
    UserPoolWizard::builder()
        .sign_in(
            SignIn::with([SignInOption::Email])
                .identity_provider(
                    GoogleProvider::new(
                        "1234-abcd.apps.googleusercontent.com",
                        Secret::new("google-client-secret-placeholder"),
                        ["openid", "email", "profile"],
                    )
                    .map_attribute(StandardAttribute::Email, "email")
                    .map_attribute(StandardAttribute::Name, "name"),
                )
                .identity_provider(
                    SamlProvider::new(
                        "Corporate",
                        SamlMetadata::url("https://idp.example.com/saml/metadata"),
                    )
                    .sign_out(true)
                    .map_attribute(
                        StandardAttribute::Email,
                        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
                    )
                    .identifiers(["example.com"]),
                ),
        )
        .messaging(Messaging::email(EmailSender::cognito()))
        .app(
            App::builder()
                .pool_name(pool_name)
                .domain(Domain::prefix(domain_prefix))
                .client(
                    AppClient::public("web").oauth(
                        OAuth::authorization_code(["https://app.example.com/callback"])
                            .sign_out_urls(["https://app.example.com/"])
                            .identity_providers(["COGNITO", "Google", "Corporate"]),
                    ),
                )
                .additional_client(AppClient::machine_to_machine(
                    "orders-worker",
                    [orders.oauth_scope("read"), orders.oauth_scope("write")],
                ))
                .resource_server(orders)
                .build(),
        )
        .build()
        .review()
        .map_err(|errors| format!("the configuration does not pass review; {errors}"))
}

#[tokio::main]
async fn main() -> ExitCode {
    let live = match std::env::args().skip(1).collect::<Vec<_>>().as_slice() {
        [] => false,
        [flag] if flag == "--live" => true,
        _ => {
            eprintln!("usage: cargo run --example federated [-- --live]");
            return ExitCode::from(2);
        }
    };
    let result = if live {
        match aws::sdk_client().await {
            Ok(client) => run(&client, "the configured AWS endpoint").await,
            Err(e) => Err(e),
        }
    } else {
        run(&InMemoryCognito::new(), "an in-memory Cognito").await
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(sentence) => {
            eprintln!("error: {sentence}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cognito: &impl Cognito, target: &str) -> Result<(), String> {
    // A unique domain prefix: prefixes are unique across all of Cognito.
    let plan = plan("federated-example", "federated-example")?
        .ephemeral()
        .map_err(|e| e.to_string())?;
    print!("{plan}");
    println!("\nCreating it on {target}...");
    let created = Box::pin(plan.create(cognito))
        .await
        .map_err(|e| e.to_string())?;
    println!("  User pool ID        {}", created.user_pool_id());
    println!(
        "  Identity providers  {}",
        created.identity_providers().join(", ")
    );
    println!(
        "  Resource servers    {}",
        created.resource_servers().join(", ")
    );
    for client in created.clients() {
        println!(
            "  App client          {} ({}), secret {}",
            client.client_id(),
            client.name(),
            if client.client_secret().is_some() {
                "set"
            } else {
                "none"
            }
        );
    }
    if let Some(url) = created.hosted_ui_url() {
        println!("  Hosted UI           {url}/login");
    }
    println!(
        "\nThe pool is ephemeral (no deletion protection): remove it with \
         `provision::tear_down`, or `provision::sweep` for old ones."
    );
    Ok(())
}
