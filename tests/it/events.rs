//! The `tracing` events of a run: every call, retry with its backoff, adoption and rollback
//! step carries the plan token, and none holds a secret. A small subscriber records them.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::sync::{Arc, Mutex};

use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
use cognito_wizard::{
    App, AppClient, CreateOptions, Domain, EmailSender, Messaging, PlanToken, SignIn, SignInOption,
    UserPoolWizard,
};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

/// One recorded event: its fields by name (`message` included).
#[derive(Debug, Clone)]
struct Recorded {
    fields: BTreeMap<String, String>,
}

impl Recorded {
    fn get(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(String::as_str)
    }
}

/// Records the crate's own events; the SDK's are not part of what is tested here.
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<Recorded>>>);

impl Recorder {
    fn events(&self) -> Vec<Recorded> {
        self.0.lock().expect("lock").clone()
    }

    /// Makes the recorder this thread's subscriber until the guard drops, with a second, silent
    /// dispatcher alive beside it. While exactly one dispatcher exists, tracing-core 0.1 takes the
    /// interest of a callsite that another thread reaches first from *that* thread's subscriber
    /// (none: "never") and caches it, and this thread's recorder misses the event
    /// (tokio-rs/tracing#3611); tests on other threads run the crate's code concurrently. With
    /// two dispatchers it asks both, and each event asks the current thread's.
    fn install(&self) -> (tracing::subscriber::DefaultGuard, tracing::Dispatch) {
        let silent = tracing::Dispatch::new(tracing::subscriber::NoSubscriber::default());
        (tracing::subscriber::set_default(self.clone()), silent)
    }
}

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.target().starts_with("cognito_wizard")
    }

    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }

    fn record(&self, _: &Id, _: &Record<'_>) {}

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        self.0.lock().expect("lock").push(Recorded { fields });
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
}

fn confidential_plan() -> cognito_wizard::Reviewed {
    UserPoolWizard::builder()
        .sign_in(SignIn::with([SignInOption::Email]))
        .messaging(Messaging::email(EmailSender::cognito()))
        .app(
            App::builder()
                .pool_name("observed-pool")
                .domain(Domain::prefix("observed-login"))
                .client(AppClient::confidential("backend"))
                .build(),
        )
        .build()
        .review()
        .expect("the plan passes review")
}

#[tokio::test(start_paused = true)]
async fn every_call_retry_adoption_and_rollback_step_is_an_event_with_the_plan_token() {
    let recorder = Recorder::default();
    let _guard = recorder.install();

    let cognito = InMemoryCognito::new();
    // A throttled pool, then a client whose answer is lost although it was created: the run
    // backs off, retries, then finds the client and adopts it.
    cognito.fail_next(Call::CreateUserPool, Fault::Throttle);
    cognito.fail_next(Call::CreateUserPoolClient, Fault::TimeoutAfterCommit);
    let token = PlanToken::new("observed/run-1").expect("a valid token");
    let created = confidential_plan()
        .create_with(
            &cognito,
            &CreateOptions::default().plan_token(token.clone()),
        )
        .await
        .expect("created");
    let secret = created
        .client_secret()
        .expect("a confidential client")
        .expose_secret()
        .to_owned();

    let events = recorder.events();
    assert!(!events.is_empty(), "no events recorded");
    let mut problems = String::new();
    for event in &events {
        if event.get("plan") != Some(token.as_str()) {
            let _ = writeln!(problems, "without the plan token: {event:?}");
        }
        if event.fields.values().any(|v| v.contains(&secret)) {
            let _ = writeln!(problems, "holds the client secret: {event:?}");
        }
    }
    assert!(problems.is_empty(), "{problems}");

    // Every call the service received was announced.
    let sent: Vec<&str> = events
        .iter()
        .filter(|e| e.get("message") == Some("sending"))
        .filter_map(|e| e.get("call"))
        .collect();
    let received: Vec<&str> = cognito.calls().iter().map(|c| c.name()).collect();
    let mut sent_sorted = sent.clone();
    let mut received_sorted = received.clone();
    sent_sorted.sort_unstable();
    received_sorted.sort_unstable();
    assert_eq!(sent_sorted, received_sorted, "sent {sent:?}");

    let has = |message: &str, field: &str, value: &str| {
        events
            .iter()
            .any(|e| e.get("message") == Some(message) && e.get(field) == Some(value))
    };
    assert!(has(
        "backing off before the next attempt",
        "call",
        "CreateUserPool"
    ));
    assert!(has(
        "backing off before the next attempt",
        "call",
        "CreateUserPoolClient"
    ));
    assert!(events.iter().any(
        |e| e.get("message") == Some("backing off before the next attempt")
            && e.get("backoff_ms").is_some()
    ));
    assert!(has(
        "adopted the app client of the plan's name",
        "client_id",
        created.client_id()
    ));
    assert!(has("plan complete", "user_pool_id", created.user_pool_id()));
}

#[tokio::test(start_paused = true)]
async fn a_rollback_is_told_step_by_step() {
    let recorder = Recorder::default();
    let _guard = recorder.install();

    let cognito = InMemoryCognito::new();
    cognito.fail_next(
        Call::CreateUserPoolClient,
        Fault::service("InvalidParameterException", "refused"),
    );
    let error = confidential_plan()
        .create(&cognito)
        .await
        .expect_err("the client is refused");
    let token = error.plan_token().as_str().to_owned();

    let messages: Vec<String> = recorder
        .events()
        .iter()
        .filter(|e| e.get("plan") == Some(token.as_str()))
        .filter_map(|e| e.get("message").map(str::to_owned))
        .collect();
    let position = |m: &str| {
        messages
            .iter()
            .position(|x| x == m)
            .unwrap_or_else(|| panic!("no event {m:?} in {messages:?}"))
    };
    let failed = position("a step failed for good: rolling back");
    let domain = position("rollback: deleting the domain");
    let protection = position("rollback: lifting deletion protection");
    let pool = position("rollback: deleting the pool");
    assert!(
        failed < domain && domain < protection && protection < pool,
        "{messages:?}"
    );
}
