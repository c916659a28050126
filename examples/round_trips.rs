//! Measures the wall time of creating the seed plan (MFA, a domain and a client) on the
//! in-memory Cognito with a real simulated round trip, against the four round trips that
//! sequential calls would take.
//!
//! ```text
//! cargo run --example round_trips -- 50
//! ```

use std::time::{Duration, Instant};

use cognito_wizard::test_util::InMemoryCognito;
use cognito_wizard::{
    App, AppClient, Domain, EmailSender, Messaging, Security, SignIn, SignInOption, SignUp,
    UserPoolWizard,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let millis: u64 = std::env::args().nth(1).map_or(Ok(50), |arg| arg.parse())?;
    let latency = Duration::from_millis(millis);
    let runs = 10u32;
    let mut total = Duration::ZERO;
    for run in 0..runs {
        let plan = UserPoolWizard::builder()
            .sign_in(SignIn::with([SignInOption::Email]))
            .security(Security::default())
            .sign_up(SignUp::default())
            .messaging(Messaging::email(EmailSender::cognito()))
            .app(
                App::builder()
                    .pool_name("my-user-pool")
                    .domain(Domain::prefix(format!("my-login-{run}")))
                    .client(AppClient::public("my-app-client"))
                    .build(),
            )
            .build()
            .review()?;
        let cognito = InMemoryCognito::new().with_latency(latency);
        let start = Instant::now();
        plan.create(&cognito).await?;
        total += start.elapsed();
    }
    let mean = total / runs;
    println!(
        "round trip {latency:?}: create took {mean:.1?} on average over {runs} runs \
         ({:.2} round trips; sequential calls would take 4)",
        mean.as_secs_f64() / latency.as_secs_f64()
    );
    Ok(())
}
