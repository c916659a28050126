//! The console-default pool over its life: ensure it exists as planned, change it in place,
//! and tear it down.
//!
//! ```text
//! cargo run --example ensure                       # the whole life, in memory
//! cargo run --example ensure -- --live [CHANGES]   # one ensure on the configured Cognito
//! cargo run --example ensure -- --live --delete    # tear the pool of that name down
//! ```
//!
//! CHANGES, in any order: `--pool-name NAME`, `--password-min-length N`,
//! `--access-token-minutes N`, `--custom-attribute NAME` (repeatable),
//! `--sign-in email|username|phone`.
//!
//! With `--live` it works on what the standard AWS configuration points at (`AWS_REGION`,
//! credentials, `AWS_ENDPOINT_URL`), one ensure per run: it prints the diff (or "no changes"),
//! applies the in-place changes and exits 0; when a change needs a new pool it names each, sends
//! no write, and exits 3. `--delete` tears the pool of that name down (exit 0 also when there is
//! none). Without `--live` it shows the whole life on an in-memory Cognito: create, change,
//! apply, apply again (no writes), tear down.

#[path = "common/aws.rs"]
mod aws;

use std::process::ExitCode;

use cognito_wizard::client::Cognito;
use cognito_wizard::provision::{ApplyError, EnsureError, Ensured, tear_down, tear_down_by_name};
use cognito_wizard::test_util::{Call, InMemoryCognito};
use cognito_wizard::{
    App, AppClient, CreateOptions, CustomAttribute, CustomPasswordPolicy, EmailSender, Messaging,
    PasswordPolicy, Reviewed, Security, SignIn, SignInOption, SignUp, TokenValidity,
    UserPoolWizard,
};

/// The changes the flags ask for, on top of the console-default pool.
#[derive(Debug, Default, Clone)]
struct Changes {
    pool_name: Option<String>,
    password_min_length: Option<u8>,
    access_token_minutes: Option<i32>,
    custom_attributes: Vec<String>,
    sign_in: Option<SignInOption>,
}

impl Changes {
    fn is_empty(&self) -> bool {
        self.pool_name.is_none()
            && self.password_min_length.is_none()
            && self.access_token_minutes.is_none()
            && self.custom_attributes.is_empty()
            && self.sign_in.is_none()
    }
}

struct Args {
    live: bool,
    delete: bool,
    changes: Changes,
}

const USAGE: &str = "usage: cargo run --example ensure -- [--live] [--pool-name NAME] \
                     [--password-min-length N] [--access-token-minutes N] \
                     [--custom-attribute NAME]... [--sign-in email|username|phone] [--delete]";

fn parse(args: impl IntoIterator<Item = String>) -> Result<Args, String> {
    let mut parsed = Args {
        live: false,
        delete: false,
        changes: Changes::default(),
    };
    let mut args = args.into_iter();
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--live" => parsed.live = true,
            "--delete" => parsed.delete = true,
            "--pool-name" => parsed.changes.pool_name = Some(value()?),
            "--password-min-length" => {
                let v = value()?;
                parsed.changes.password_min_length = Some(
                    v.parse()
                        .map_err(|_| format!("--password-min-length: not a number: {v}"))?,
                );
            }
            "--access-token-minutes" => {
                let v = value()?;
                parsed.changes.access_token_minutes = Some(
                    v.parse()
                        .map_err(|_| format!("--access-token-minutes: not a number: {v}"))?,
                );
            }
            "--custom-attribute" => parsed.changes.custom_attributes.push(value()?),
            "--sign-in" => {
                let v = value()?;
                parsed.changes.sign_in = Some(match v.as_str() {
                    "email" => SignInOption::Email,
                    "username" => SignInOption::Username,
                    "phone" => SignInOption::PhoneNumber,
                    _ => return Err(format!("--sign-in: email, username or phone, not {v}")),
                });
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(parsed)
}

/// The console-default pool (the seed scenario) with `changes`, reviewed.
fn plan(changes: &Changes) -> Result<Reviewed, String> {
    let mut security = Security::default();
    if let Some(length) = changes.password_min_length {
        security = security.password_policy(PasswordPolicy::Custom(
            CustomPasswordPolicy::default().minimum_length(length),
        ));
    }
    let mut sign_up = SignUp::default();
    for name in &changes.custom_attributes {
        sign_up = sign_up.custom_attribute(CustomAttribute::string(name.clone()));
    }
    let mut client = AppClient::public("my-app-client");
    if let Some(minutes) = changes.access_token_minutes {
        client = client.access_token_validity(TokenValidity::minutes(minutes));
    }
    UserPoolWizard::builder()
        .sign_in(SignIn::with([changes
            .sign_in
            .unwrap_or(SignInOption::Email)]))
        .security(security)
        .sign_up(sign_up)
        .messaging(Messaging::email(EmailSender::cognito()))
        .app(
            App::builder()
                .pool_name(changes.pool_name.as_deref().unwrap_or("my-user-pool"))
                .client(client)
                .build(),
        )
        .build()
        .review()
        .map_err(|errors| format!("the configuration does not pass review; {errors}"))
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(problem) => {
            eprintln!("{problem}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = if args.live {
        live(&args).await
    } else {
        in_memory(&args.changes).await
    };
    match result {
        Ok(code) => code,
        Err(sentence) => {
            eprintln!("error: {sentence}");
            ExitCode::FAILURE
        }
    }
}

/// One ensure (or tear-down) against the configured Cognito.
async fn live(args: &Args) -> Result<ExitCode, String> {
    let cognito = aws::sdk_client().await?;
    let plan = plan(&args.changes)?;
    if args.delete {
        let name = args.changes.pool_name.as_deref().unwrap_or("my-user-pool");
        return match tear_down_by_name(&cognito, name, &CreateOptions::default()).await {
            Ok(Some(removed)) => {
                println!("Tore down user pool {} \"{name}\".", removed.user_pool_id());
                Ok(ExitCode::SUCCESS)
            }
            Ok(None) => {
                println!("No user pool is named \"{name}\": nothing to tear down.");
                Ok(ExitCode::SUCCESS)
            }
            Err(e) => Err(e.to_string()),
        };
    }
    ensure(&plan, &cognito).await
}

/// Ensures `plan` and says what happened; exit code 3 when a change needs a new pool.
async fn ensure(plan: &Reviewed, cognito: &impl Cognito) -> Result<ExitCode, String> {
    match plan.ensure(cognito).await {
        Ok(Ensured::Created(created)) => {
            println!("Created {created}.");
            Ok(ExitCode::SUCCESS)
        }
        Ok(Ensured::Unchanged(current)) => {
            println!(
                "No changes: user pool {} is as planned.",
                current.user_pool_id()
            );
            Ok(ExitCode::SUCCESS)
        }
        Ok(Ensured::Updated { before, applied }) => {
            println!("{}", applied.diff());
            let writes: Vec<&str> = applied.writes().iter().map(|w| w.name()).collect();
            println!(
                "Updated user pool {} in place ({}).",
                before.user_pool_id(),
                writes.join(", ")
            );
            Ok(ExitCode::SUCCESS)
        }
        Ok(other) => {
            println!("{other}");
            Ok(ExitCode::SUCCESS)
        }
        Err(EnsureError::Apply(ApplyError::NeedsNewPool { diff })) => {
            println!("{diff}");
            println!("These changes need a new pool (it would lose every user); nothing was sent:");
            for change in diff.needs_new_pool() {
                println!("  {change}");
            }
            Ok(ExitCode::from(3))
        }
        Err(e) => Err(e.to_string()),
    }
}

/// The whole life on an in-memory Cognito: create, change, apply, apply again, tear down.
async fn in_memory(changes: &Changes) -> Result<ExitCode, String> {
    let cognito = InMemoryCognito::new();
    let base = plan(&Changes {
        pool_name: changes.pool_name.clone(),
        ..Changes::default()
    })?;
    println!("1. Ensure the console-default pool (none exists yet):");
    ensure(&base, &cognito).await?;

    // Without flags, show an in-place change: a longer password and a new custom attribute.
    let changes = if changes.is_empty() {
        Changes {
            password_min_length: Some(12),
            custom_attributes: vec!["tenant".to_owned()],
            ..Changes::default()
        }
    } else {
        changes.clone()
    };
    let desired = plan(&changes)?;
    println!("\n2. Ensure it with changes ({changes:?}):");
    let code = ensure(&desired, &cognito).await?;
    if code != ExitCode::SUCCESS {
        return Ok(code);
    }

    println!("\n3. Ensure the same plan again:");
    let before = writes(&cognito);
    ensure(&desired, &cognito).await?;
    let sent = writes(&cognito) - before;
    println!("   writes sent: {sent}");
    if sent != 0 {
        return Err(format!("applying the same plan again sent {sent} write(s)"));
    }

    println!("\n4. Tear it down:");
    for id in cognito.user_pool_ids() {
        let removed = tear_down(&cognito, &id).await.map_err(|e| e.to_string())?;
        println!("   tore down user pool {}", removed.user_pool_id());
    }
    println!("   user pools left: {}", cognito.user_pool_ids().len());
    Ok(ExitCode::SUCCESS)
}

/// How many calls that change something the in-memory Cognito has received.
fn writes(cognito: &InMemoryCognito) -> usize {
    Call::ALL
        .iter()
        .filter(|c| {
            let name = c.name();
            !(name.starts_with("Describe") || name.starts_with("List") || name.starts_with("Get"))
        })
        .map(|c| cognito.call_count(*c))
        .sum()
}
