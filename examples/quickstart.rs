//! The console's default user pool, reviewed offline: `cargo run --example quickstart` prints
//! the "Review and create" page, or every problem found.

use std::process::ExitCode;

use cognito_wizard::{
    App, AppClient, EmailSender, Messaging, Security, SignIn, SignInOption, SignUp, UserPoolWizard,
};

fn main() -> ExitCode {
    let wizard = UserPoolWizard::builder()
        .sign_in(SignIn::with([SignInOption::Email])) // step 1: sign in with an e-mail address
        .security(Security::default()) // step 2: the console's defaults
        .sign_up(SignUp::default()) // step 3: the console's defaults
        .messaging(Messaging::email(EmailSender::cognito())) // step 4: "Send email with Cognito"
        .app(
            App::builder()
                .pool_name("my-user-pool")
                .client(AppClient::public("my-app-client"))
                .build(),
        ) // step 5
        .build();

    match wizard.review() {
        Ok(plan) => {
            print!("{plan}");
            ExitCode::SUCCESS
        }
        Err(errors) => {
            eprintln!("{errors}");
            ExitCode::FAILURE
        }
    }
}
