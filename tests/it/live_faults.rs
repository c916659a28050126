//! The plan against moto through the real SDK client, with faults injected at the HTTP layer
//! (`tests/support/http_faults.rs`, forwarding to moto) on every call the plan makes, on the
//! calls it makes to look for what an ambiguous call left, and on its rollback. Each cell then
//! reads moto's state back with a clean client and must end in exactly one of:
//!
//! - `Ok`: one complete pool carrying the run's token (MFA on with TOTP, the planned domain
//!   belonging to it, exactly one app client of the planned name, deletion protection active,
//!   the secret of a confidential client equal to `DescribeUserPoolClient`'s);
//! - `Err` whose cleanup says nothing is left: no pool carries the token, the domain is gone;
//! - `Err` whose cleanup is [`Cleanup::Unknown`] and whose message names the token: at most one
//!   pool carries it (and a second run with the token finishes it);
//! - only where a rollback call is itself refused for good: `Err` naming what the rollback left,
//!   and the account holds exactly that.
//!
//! Faults strike after the server committed (HTTP 500, a dropped connection, no answer until
//! the attempt timeout) and, for contrast, before it saw the request (a refusal, a dropped
//! connection); some cells strike a second attempt of the same call. Each cell asserts that
//! every injected fault fired and how many requests the faulted operation sent, and the table
//! (`--nocapture`) records the requests of every operation. The console-default plan (with a
//! prefix domain) runs every row; the plan with a confidential client runs the rows where its
//! client is created, adopted or read.
//!
//! Should moto answer slower than the attempt timeout, the plan meets a timeout the cell did not
//! inject; the cell then checks only that the outcome is one of the above and true, and says so
//! in the table. (A request moto commits after the plan's last look leaves a second pool: the
//! limit `provision`'s documentation states; the cell fails then.) A short attempt timeout
//! (`LIVE_FAULTS_ATTEMPT_TIMEOUT_MS=400`) provokes such timeouts on purpose.
//!
//! The client is configured as a user would: `aws_config`, the SDK's standard retry mode with
//! five attempts, an attempt timeout, dummy credentials, `AWS_ENDPOINT_URL`. The crate turns the
//! SDK's retries off, so every request in the table is the plan's own;
//! `the_matrix_client_retries_through_the_fluent_api` shows the same client otherwise sends five.
//!
//! Run with moto: `./scripts/test`, or `eval "$(scripts/moto start)"` and
//! `cargo test --all-features --test it live_faults -- --include-ignored --nocapture`.
//!
//! What moto does differently from Cognito, as far as these cells care:
//! - `DeleteUserPool` ignores deletion protection and leaves the pool's domain behind (it still
//!   describes as the deleted pool's), so "nothing left" checks the domain too.
//! - `DescribeUserPool`'s `MfaConfiguration` repeats what `CreateUserPool` (or the last
//!   `UpdateUserPool`) said, not what `SetUserPoolMfaConfig` set: MFA is read with
//!   `GetUserPoolMfaConfig`.
//! - `ListUserPools` pages by naming the next page's first pool: a pool deleted between two
//!   pages fails the listing (`InvalidToken`). The cells run a few at a time so that the account
//!   never holds a second page (60 pools) while other cells delete theirs.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use aws_config::BehaviorVersion;
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_sdk_cognitoidentityprovider::Client;
use aws_sdk_cognitoidentityprovider::config::{Credentials, Region};
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool::DescribeUserPoolInput;
use aws_sdk_cognitoidentityprovider::types::{
    DeletionProtectionType, SoftwareTokenMfaConfigType, UserPoolMfaType, UserPoolType,
};
use cognito_wizard::client::{CallErrorKind, Cognito};
use cognito_wizard::provision::tear_down;
use cognito_wizard::{
    App, AppClient, Cleanup, CreateError, CreateOptions, Created, Domain, EmailSender, Messaging,
    PLAN_TAG, PlanStep, PlanToken, Reviewed, RollbackStep, Secret, Security, SignIn, SignInOption,
    SignUp, UserPoolWizard,
};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use crate::http_faults::{Attempt, Fault, HttpFaults, Moment};
use crate::sdk_http::DERIVED_CACHE;

/// The attempt timeout of the user's client: how long "no answer" takes to become a timeout.
/// moto takes up to a second or so for a `CreateUserPool` when busy (it imports an RSA key per
/// pool); an answer slower than this is a timeout the cell did not inject (see `run_cell`).
///
/// `LIVE_FAULTS_ATTEMPT_TIMEOUT_MS` overrides it: a short one (say 400) makes moto's answers
/// time out at random, on top of the injected faults.
fn attempt_timeout() -> Duration {
    std::env::var("LIVE_FAULTS_ATTEMPT_TIMEOUT_MS")
        .ok()
        .and_then(|ms| ms.parse().ok())
        .map_or(Duration::from_secs(5), Duration::from_millis)
}
/// The SDK's attempts per call in the user's configuration (the crate sends one).
const SDK_ATTEMPTS: u32 = 5;
/// Cells running at once, across the tests: moto is one Python process (about one core), and
/// its answers must stay well within the attempt timeout; also see the module documentation on
/// its paging.
static CELL_SLOTS: Semaphore = Semaphore::const_new(6);
/// How long a cell waits, after moto answered a request too slowly, for moto to finish it.
const SETTLE: Duration = Duration::from_secs(3);
/// A cell that takes longer has hung.
const CELL_DEADLINE: Duration = Duration::from_secs(90);

/// Every operation a plan, its searches or its rollback can send, abbreviated for the table.
const OPERATIONS: [(&str, &str); 14] = [
    ("CreateUserPool", "CUP"),
    ("SetUserPoolMfaConfig", "SetMFA"),
    ("CreateUserPoolDomain", "CUPD"),
    ("CreateUserPoolClient", "CUPC"),
    ("ListUserPools", "LUP"),
    ("DescribeUserPool", "DUP"),
    ("GetUserPoolMfaConfig", "GetMFA"),
    ("ListUserPoolClients", "LUPC"),
    ("DescribeUserPoolClient", "DUPC"),
    ("DescribeUserPoolDomain", "DUPD"),
    ("DeleteUserPoolDomain", "DelD"),
    ("UpdateUserPool", "UUP"),
    ("DeleteUserPool", "DelUP"),
    ("DeleteUserPoolClient", "DelUPC"),
];

fn endpoint() -> String {
    std::env::var("AWS_ENDPOINT_URL").expect(
        "AWS_ENDPOINT_URL must point at a Cognito-compatible server: run ./scripts/test, \
         which starts moto and sets it",
    )
}

/// A client as a user would configure one, sending through `http`.
pub(crate) async fn user_client(http: &HttpFaults) -> Client {
    let config = aws_config::defaults(BehaviorVersion::latest())
        .http_client(http.clone())
        .endpoint_url(endpoint())
        .region(Region::new("us-east-1"))
        .credentials_provider(Credentials::new("testing", "testing", None, None, "dummy"))
        .retry_config(RetryConfig::standard().with_max_attempts(SDK_ATTEMPTS))
        .timeout_config(
            TimeoutConfig::builder()
                .operation_attempt_timeout(attempt_timeout())
                .build(),
        )
        .load()
        .await;
    Client::new(&config)
}

/// A fault layer in front of a plain HTTP client (moto listens on `http://`).
pub(crate) fn forwarding() -> HttpFaults {
    HttpFaults::forwarding(aws_smithy_http_client::Builder::new().build_http())
}

/// The client that reads the state back and cleans up: no faults, no retries.
pub(crate) async fn clean_client() -> Client {
    let config = aws_config::defaults(BehaviorVersion::latest())
        .http_client(aws_smithy_http_client::Builder::new().build_http())
        .endpoint_url(endpoint())
        .region(Region::new("us-east-1"))
        .credentials_provider(Credentials::new("testing", "testing", None, None, "dummy"))
        .retry_config(RetryConfig::disabled())
        .load()
        .await;
    Client::new(&config)
}

pub(crate) fn options() -> CreateOptions {
    CreateOptions::default()
        .initial_backoff(Duration::from_millis(20))
        .max_backoff(Duration::from_millis(100))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Variant {
    /// The console's defaults: e-mail sign-in, MFA required with TOTP, a public app client,
    /// plus a prefix domain.
    Public,
    /// The same with a confidential app client (a generated secret).
    Confidential,
}

/// The names of one cell's plan: unique per run and cell, since the tests share one moto.
#[derive(Debug, Clone)]
struct Names {
    pool: String,
    domain: String,
    client: &'static str,
    variant: Variant,
}

impl Names {
    fn new(run: &str, index: usize, variant: Variant) -> Self {
        let tag = match variant {
            Variant::Public => "p",
            Variant::Confidential => "c",
        };
        Names {
            pool: format!("live-faults-{run}-{tag}{index:03}"),
            domain: format!("lf-{run}-{tag}{index:03}"),
            client: match variant {
                Variant::Public => "my-app-client",
                Variant::Confidential => "my-confidential-client",
            },
            variant,
        }
    }

    fn plan(&self) -> Reviewed {
        let client = match self.variant {
            Variant::Public => AppClient::public(self.client),
            Variant::Confidential => AppClient::confidential(self.client),
        };
        UserPoolWizard::builder()
            .sign_in(SignIn::with([SignInOption::Email]))
            .security(Security::default())
            .sign_up(SignUp::default())
            .messaging(Messaging::email(EmailSender::cognito()))
            .app(
                App::builder()
                    .pool_name(&self.pool)
                    .domain(Domain::prefix(&self.domain))
                    .client(client)
                    .build(),
            )
            .build()
            .review()
            .unwrap_or_else(|e| panic!("the plan passes review:\n{e}"))
    }
}

/// A random suffix for this run's names.
fn run_id() -> String {
    use std::hash::{BuildHasher, RandomState};
    format!("{:012x}", RandomState::new().hash_one(Instant::now()) >> 16)
}

/// What a cell must end with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// One complete pool; `adopted` when the plan found the pool an ambiguous create made.
    Complete { adopted: bool },
    /// An error at the step; nothing carries the token, the domain is gone.
    Nothing(PlanStep),
    /// `CreateUserPool`'s outcome is unknown; `pools` pools carry the token.
    Unknown { pools: usize },
    /// The rollback after the step was refused at the rollback step; the error names the pool
    /// (and the domain, if it is left).
    LeftBehind(PlanStep, RollbackStep),
}

#[derive(Debug, Clone)]
struct Injection {
    operation: &'static str,
    attempt: Attempt,
    moment: Moment,
    fault: Fault,
}

fn nth(operation: &'static str, n: u32, moment: Moment, fault: Fault) -> Injection {
    Injection {
        operation,
        attempt: Attempt::Nth(n),
        moment,
        fault,
    }
}

/// A refusal with `code` (HTTP 400): the request had no effect.
fn refusal(code: &str) -> Fault {
    Fault::Answer {
        status: 400,
        body: format!(r#"{{"__type":"{code}","message":"injected refusal"}}"#),
    }
}

/// The fault columns: three after the server committed, two before it saw the request.
fn columns() -> [(&'static str, Moment, Fault); 5] {
    [
        ("500 after", Moment::AfterServer, Fault::ServerError),
        (
            "dropped after",
            Moment::AfterServer,
            Fault::ConnectionDropped,
        ),
        ("no answer after", Moment::AfterServer, Fault::NoAnswer),
        (
            "refused before",
            Moment::BeforeServer,
            refusal("InvalidParameterException"),
        ),
        (
            "dropped before",
            Moment::BeforeServer,
            Fault::ConnectionDropped,
        ),
    ]
}

#[derive(Debug, Clone)]
struct Cell {
    variant: Variant,
    /// The operation under test.
    call: &'static str,
    /// The fault, as the table's column.
    fault: String,
    /// The faults that make the plan send `call` (a failed step for the rollback, an ambiguous
    /// create for a search), then the fault under test.
    injections: Vec<Injection>,
    expect: Expect,
    /// Requests of `call` the plan must send.
    requests: u32,
}

/// `call`'s first request under each column's fault, after `trigger`; `outcomes` per column.
fn row(
    variant: Variant,
    call: &'static str,
    trigger: &[Injection],
    outcomes: [(Expect, u32); 5],
) -> Vec<Cell> {
    columns()
        .into_iter()
        .zip(outcomes)
        .map(|((label, moment, fault), (expect, requests))| {
            let mut injections = trigger.to_vec();
            injections.push(nth(call, 1, moment, fault));
            Cell {
                variant,
                call,
                fault: label.to_owned(),
                injections,
                expect,
                requests,
            }
        })
        .collect()
}

/// A cell outside the columns: a second attempt, or a fault on every attempt.
fn cell(
    variant: Variant,
    call: &'static str,
    fault: &str,
    injections: Vec<Injection>,
    expect: Expect,
    requests: u32,
) -> Cell {
    Cell {
        variant,
        call,
        fault: fault.to_owned(),
        injections,
        expect,
        requests,
    }
}

/// The rows the confidential plan runs: the app client's calls, where its secret is read or
/// adopted, and `CreateUserPool`, whose adopted pool still gets the client created. Every other
/// row behaves as for the public plan (the client's type changes nothing there) and would only
/// cost moto time.
const CONFIDENTIAL_ROWS: [&str; 4] = [
    "CreateUserPool",
    "CreateUserPoolClient",
    "ListUserPoolClients",
    "DescribeUserPoolClient",
];

fn cells(variant: Variant) -> Vec<Cell> {
    let cells = all_cells(variant);
    match variant {
        Variant::Public => cells,
        Variant::Confidential => cells
            .into_iter()
            .filter(|c| CONFIDENTIAL_ROWS.contains(&c.call))
            .collect(),
    }
}

#[expect(clippy::too_many_lines, reason = "one table, a row per call")]
fn all_cells(variant: Variant) -> Vec<Cell> {
    use Expect::{Complete, LeftBehind, Nothing, Unknown};
    use Moment::{AfterServer as After, BeforeServer as Before};
    let ok = Complete { adopted: false };
    let adopted = Complete { adopted: true };
    let v = variant;
    let mut cells = Vec::new();

    // The plan's calls. CreateUserPool: after an ambiguous failure the plan looks for the pool
    // carrying its token and adopts it; only when there is none does it create again.
    let step = PlanStep::CreateUserPool;
    cells.extend(row(
        v,
        "CreateUserPool",
        &[],
        [
            (adopted, 1),
            (adopted, 1),
            (adopted, 1),
            (Nothing(step), 1),
            (ok, 2),
        ],
    ));
    cells.push(cell(
        v,
        "CreateUserPool",
        "2nd: dropped before, then 500 after",
        vec![
            nth("CreateUserPool", 1, Before, Fault::ConnectionDropped),
            nth("CreateUserPool", 2, After, Fault::ServerError),
        ],
        adopted,
        2,
    ));
    cells.push(cell(
        v,
        "CreateUserPool",
        "every attempt dropped before",
        vec![Injection {
            operation: "CreateUserPool",
            attempt: Attempt::Every,
            moment: Before,
            fault: Fault::ConnectionDropped,
        }],
        Unknown { pools: 0 },
        3,
    ));
    // SetUserPoolMfaConfig is idempotent: sent again.
    let step = PlanStep::SetUserPoolMfaConfig;
    cells.extend(row(
        v,
        "SetUserPoolMfaConfig",
        &[],
        [(ok, 2), (ok, 2), (ok, 2), (Nothing(step), 1), (ok, 2)],
    ));
    cells.push(cell(
        v,
        "SetUserPoolMfaConfig",
        "2nd: 500 after, then no answer after",
        vec![
            nth("SetUserPoolMfaConfig", 1, After, Fault::ServerError),
            nth("SetUserPoolMfaConfig", 2, After, Fault::NoAnswer),
        ],
        ok,
        3,
    ));
    // CreateUserPoolDomain: described after an ambiguous failure, kept when it is the pool's.
    let step = PlanStep::CreateUserPoolDomain;
    cells.extend(row(
        v,
        "CreateUserPoolDomain",
        &[],
        [(ok, 1), (ok, 1), (ok, 1), (Nothing(step), 1), (ok, 2)],
    ));
    cells.push(cell(
        v,
        "CreateUserPoolDomain",
        "2nd: dropped before, then 500 after",
        vec![
            nth("CreateUserPoolDomain", 1, Before, Fault::ConnectionDropped),
            nth("CreateUserPoolDomain", 2, After, Fault::ServerError),
        ],
        ok,
        2,
    ));
    // CreateUserPoolClient: the pool's clients are listed, the plan's client adopted.
    let step = PlanStep::CreateUserPoolClient;
    cells.extend(row(
        v,
        "CreateUserPoolClient",
        &[],
        [(ok, 1), (ok, 1), (ok, 1), (Nothing(step), 1), (ok, 2)],
    ));
    cells.push(cell(
        v,
        "CreateUserPoolClient",
        "2nd: dropped before, then 500 after",
        vec![
            nth("CreateUserPoolClient", 1, Before, Fault::ConnectionDropped),
            nth("CreateUserPoolClient", 2, After, Fault::ServerError),
        ],
        ok,
        2,
    ));

    // The searches. After a CreateUserPool that committed and answered 500: the search for
    // the pool carrying the token. Retried (it is a read), the pool adopted, then, after the
    // settle time, the second look (a listing and a describe more); refused for good, the
    // outcome is unknown and the committed pool is there.
    let create_committed = [nth("CreateUserPool", 1, After, Fault::ServerError)];
    let unknown_one = Unknown { pools: 1 };
    for call in ["ListUserPools", "DescribeUserPool"] {
        cells.extend(row(
            v,
            call,
            &create_committed,
            [
                (adopted, 3),
                (adopted, 3),
                (adopted, 3),
                (unknown_one, 1),
                (adopted, 3),
            ],
        ));
    }
    // The second look, after a create that followed an ambiguous attempt: refused, the pool
    // just created is kept.
    cells.push(cell(
        v,
        "ListUserPools",
        "2nd (the second look) refused before",
        vec![
            nth("CreateUserPool", 1, Before, Fault::ConnectionDropped),
            nth(
                "ListUserPools",
                2,
                Before,
                refusal("InvalidParameterException"),
            ),
        ],
        ok,
        2,
    ));
    // A search that misses the committed pool (described as gone) creates a second one; the
    // second look finds both and removes the first (UpdateUserPool, DeleteUserPool).
    cells.push(cell(
        v,
        "DescribeUserPool",
        "not found before (pool missed)",
        vec![
            create_committed[0].clone(),
            nth(
                "DescribeUserPool",
                1,
                Before,
                refusal("ResourceNotFoundException"),
            ),
        ],
        ok,
        3,
    ));
    // After a CreateUserPoolClient that committed and answered 500: the client listing (and,
    // for a confidential client, the read of its secret), retried; then, after the settle
    // time, the second look for a client committed late (one listing more). Refused for good,
    // the plan rolls back: the pool goes, and its clients with it.
    let client_committed = [nth("CreateUserPoolClient", 1, After, Fault::ServerError)];
    let client_calls: &[(&'static str, u32)] = match variant {
        Variant::Public => &[("ListUserPoolClients", 3)],
        Variant::Confidential => &[("ListUserPoolClients", 3), ("DescribeUserPoolClient", 2)],
    };
    for &(call, n) in client_calls {
        cells.extend(row(
            v,
            call,
            &client_committed,
            [(ok, n), (ok, n), (ok, n), (Nothing(step), 1), (ok, n)],
        ));
    }
    // After a CreateUserPoolDomain that committed and answered 500: the domain's description.
    // Refused for good, the plan rolls back, the domain included.
    cells.extend(row(
        v,
        "DescribeUserPoolDomain",
        &[nth("CreateUserPoolDomain", 1, After, Fault::ServerError)],
        [
            (ok, 2),
            (ok, 2),
            (ok, 2),
            (Nothing(PlanStep::CreateUserPoolDomain), 1),
            (ok, 2),
        ],
    ));

    // The rollback, after a refused app client. A committed delete counts as done once a look
    // confirms it; a refused one leaves the pool, and the error says so.
    let rolled_back = Nothing(PlanStep::CreateUserPoolClient);
    let client_refused = [nth(
        "CreateUserPoolClient",
        1,
        Before,
        refusal("InvalidParameterException"),
    )];
    for (call, rollback, committed_requests) in [
        (
            "DeleteUserPoolDomain",
            RollbackStep::DeleteUserPoolDomain,
            1,
        ),
        // Idempotent: sent again.
        ("UpdateUserPool", RollbackStep::UpdateUserPool, 2),
        ("DeleteUserPool", RollbackStep::DeleteUserPool, 1),
    ] {
        cells.extend(row(
            v,
            call,
            &client_refused,
            [
                (rolled_back, committed_requests),
                (rolled_back, committed_requests),
                (rolled_back, committed_requests),
                (LeftBehind(step, rollback), 1),
                (rolled_back, 2),
            ],
        ));
        let (second, requests) = if call == "UpdateUserPool" {
            (
                vec![
                    nth(call, 1, After, Fault::ServerError),
                    nth(call, 2, After, Fault::NoAnswer),
                ],
                3,
            )
        } else {
            (
                vec![
                    nth(call, 1, Before, Fault::ConnectionDropped),
                    nth(call, 2, After, Fault::ServerError),
                ],
                2,
            )
        };
        let label = if call == "UpdateUserPool" {
            "2nd: 500 after, then no answer after"
        } else {
            "2nd: dropped before, then 500 after"
        };
        let mut injections = client_refused.to_vec();
        injections.extend(second);
        cells.push(cell(v, call, label, injections, rolled_back, requests));
    }
    cells
}

/// What one cell did and found.
struct Report {
    index: usize,
    cell: Cell,
    outcome: String,
    requests: String,
    elapsed: Duration,
    problems: Vec<String>,
}

/// The requests of every operation that sent any, abbreviated.
fn requests(http: &HttpFaults) -> String {
    OPERATIONS
        .iter()
        .filter_map(|(operation, short)| {
            let n = http.requests(operation);
            (n > 0).then(|| format!("{short} {n}"))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn outcome(result: &Result<Created, CreateError>) -> String {
    match result {
        Ok(created) if created.adopted() => "Ok, pool adopted".to_owned(),
        Ok(_) => "Ok".to_owned(),
        Err(e) => match e.cleanup() {
            Cleanup::NothingCreated => format!("Err {}: nothing created", e.step()),
            Cleanup::RolledBack => format!("Err {}: rolled back", e.step()),
            Cleanup::RollbackFailed { step, .. } => {
                format!("Err {}: rollback failed at {step}, pool left", e.step())
            }
            Cleanup::Unknown { search_error, .. } => format!(
                "Err {}: unknown{}",
                e.step(),
                if search_error.is_some() {
                    " (search failed)"
                } else {
                    ""
                }
            ),
            other => format!("Err {}: {other}", e.step()),
        },
    }
}

async fn run_cell(index: usize, cell: Cell, run: String, clean: Client) -> Report {
    let names = Names::new(&run, index, cell.variant);
    let plan = names.plan();
    let http = forwarding();
    for i in &cell.injections {
        http.inject(i.operation, i.attempt, i.moment, i.fault.clone());
    }
    let client = user_client(&http).await;
    let started = Instant::now();
    let result = plan.create_with(&client, &options()).await;
    let elapsed = started.elapsed();
    let mut problems = Vec::new();
    let mut outcome = outcome(&result);
    let spurious = http.abandoned();
    let sent = http.requests(cell.call);
    if spurious > 0 {
        // moto answered a request slower than the attempt timeout: the plan met a timeout the
        // cell did not inject (and which may have pre-empted one it did), and rightly treated
        // it as ambiguous. The cell's own expectation no longer applies; the outcome must still
        // be one the plan promises.
        write!(
            outcome,
            " [{spurious} request(s) timed out at moto, {} fault(s) unfired: outcome checked, \
             not the expectation]",
            http.unfired().len()
        )
        .unwrap();
        // What moto was still working on lands before the state is read (and cleaned up).
        tokio::time::sleep(SETTLE).await;
    } else {
        problems.extend(
            http.unfired()
                .into_iter()
                .map(|i| format!("a fault never fired: {i}")),
        );
    }
    if spurious == 0 && sent != cell.requests {
        problems.push(format!(
            "{} sent {sent} times, expected {}",
            cell.call, cell.requests
        ));
    }
    let token = match &result {
        Ok(created) => created.plan_token(),
        Err(e) => e.plan_token(),
    }
    .clone();
    let mut expect = cell.expect;
    match read_state(&clean, &names, &token).await {
        Ok(state) => {
            if spurious > 0 {
                expect = observed(&result, &state);
            }
            if let Err(problem) = check(&clean, &names, &result, &state, expect).await {
                problems.push(problem);
            }
        }
        Err(problem) => problems.push(problem),
    }
    if let Err(e) = &result
        && matches!(e.cleanup(), Cleanup::Unknown { .. })
    {
        let resumed = resume(&clean, &names, &plan, &token, expect).await;
        match resumed {
            Ok(label) => write!(outcome, "; rerun with the token: {label}").unwrap(),
            Err(problem) => problems.push(format!("rerun with the token: {problem}")),
        }
    }
    if let Err(problem) = clean_up(&clean, &names, &token).await {
        problems.push(format!("cleanup: {problem}"));
    }
    Report {
        index,
        cell,
        outcome,
        requests: requests(&http),
        elapsed,
        problems,
    }
}

/// After an unknown outcome, a second run with the same token (and no faults) must end with one
/// complete pool: the one the first run left, adopted, or a new one when it left none.
async fn resume(
    clean: &Client,
    names: &Names,
    plan: &Reviewed,
    token: &PlanToken,
    expect: Expect,
) -> Result<String, String> {
    let http = forwarding();
    let client = user_client(&http).await;
    let result = plan
        .create_with(&client, &options().plan_token(token.clone()))
        .await;
    let label = format!("{} [{}]", outcome(&result), requests(&http));
    let state = read_state(clean, names, token).await?;
    // A timeout moto caused (see `run_cell`) may make the rerun adopt what it created itself.
    let adopted = if http.abandoned() > 0 {
        result.as_ref().is_ok_and(Created::adopted)
    } else {
        matches!(expect, Expect::Unknown { pools: 1 })
    };
    let expect = Expect::Complete { adopted };
    check(clean, names, &result, &state, expect)
        .await
        .map_err(|problem| format!("{problem}; {label}"))?;
    Ok(label)
}

/// The outcome `result` claims, as an expectation: checking it against the state checks that
/// the outcome is one the plan promises and that it is true.
fn observed(result: &Result<Created, CreateError>, state: &State) -> Expect {
    match result {
        Ok(created) => Expect::Complete {
            adopted: created.adopted(),
        },
        Err(e) => match e.cleanup() {
            Cleanup::RollbackFailed { step, .. } => Expect::LeftBehind(e.step(), *step),
            Cleanup::Unknown { .. } => Expect::Unknown {
                pools: state.pools.len(),
            },
            // `check` then requires the cleanup to say nothing is left.
            _ => Expect::Nothing(e.step()),
        },
    }
}

/// What moto holds for one cell: the pools named as planned that carry the run's token, and
/// the pool the planned domain belongs to.
struct State {
    pools: Vec<UserPoolType>,
    domain_owner: Option<String>,
}

impl State {
    fn pool_ids(&self) -> Vec<&str> {
        self.pools.iter().filter_map(UserPoolType::id).collect()
    }
}

async fn read_state(clean: &Client, names: &Names, token: &PlanToken) -> Result<State, String> {
    let listed = clean
        .list_user_pools()
        .max_results(60)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .map_err(|e| format!("reading back: ListUserPools: {e:?}"))?;
    let mut pools = Vec::new();
    for listed in listed
        .iter()
        .filter(|p| p.name() == Some(names.pool.as_str()))
    {
        let id = listed.id().unwrap_or_default();
        let described =
            Cognito::describe_user_pool(clean, DescribeUserPoolInput::builder().user_pool_id(id))
                .await
                .map_err(|e| format!("reading back: DescribeUserPool {id}: {e}"))?;
        let pool = described
            .user_pool
            .ok_or_else(|| format!("reading back: no pool {id}"))?;
        let tagged = pool
            .user_pool_tags()
            .and_then(|tags| tags.get(PLAN_TAG))
            .is_some_and(|t| t == token.as_str());
        if tagged {
            pools.push(pool);
        }
    }
    let domain_owner = clean
        .describe_user_pool_domain()
        .domain(&names.domain)
        .send()
        .await
        .map_err(|e| format!("reading back: DescribeUserPoolDomain: {e:?}"))?
        .domain_description()
        .and_then(|d| d.user_pool_id())
        .map(str::to_owned);
    Ok(State {
        pools,
        domain_owner,
    })
}

/// Checks the result and moto's state against the expected outcome.
async fn check(
    clean: &Client,
    names: &Names,
    result: &Result<Created, CreateError>,
    state: &State,
    expect: Expect,
) -> Result<(), String> {
    let token = match result {
        Ok(created) => created.plan_token(),
        Err(e) => e.plan_token(),
    };
    if state.pools.len() > 1 {
        return Err(format!(
            "{} pools carry the token: {:?}",
            state.pools.len(),
            state.pool_ids()
        ));
    }
    match (expect, result) {
        (Expect::Complete { adopted }, Ok(created)) => {
            if created.adopted() != adopted {
                return Err(format!("adopted() is {}", created.adopted()));
            }
            complete(clean, names, created, state).await
        }
        (Expect::Nothing(step), Err(e)) => {
            if e.step() != step {
                return Err(format!("the error names {}: {e}", e.step()));
            }
            if !e.cleanup().nothing_left() {
                return Err(format!("the cleanup is {:?}", e.cleanup()));
            }
            if !state.pools.is_empty() || state.domain_owner.is_some() {
                return Err(format!(
                    "the error says nothing is left, moto holds pools {:?} and the domain of {:?}",
                    state.pool_ids(),
                    state.domain_owner
                ));
            }
            Ok(())
        }
        (Expect::Unknown { pools }, Err(e)) => {
            let Cleanup::Unknown {
                pool_name,
                plan_token,
                ..
            } = e.cleanup()
            else {
                return Err(format!("the cleanup is {:?}", e.cleanup()));
            };
            if plan_token != token || pool_name != &names.pool {
                return Err(format!(
                    "the cleanup names {pool_name} / {plan_token}, the run {} / {token}",
                    names.pool
                ));
            }
            if !e.to_string().contains(token.as_str()) {
                return Err(format!("the message does not name the token: {e}"));
            }
            if state.pools.len() != pools || state.domain_owner.is_some() {
                return Err(format!(
                    "moto holds pools {:?} and the domain of {:?}, expected {pools} pool(s) \
                     and no domain",
                    state.pool_ids(),
                    state.domain_owner
                ));
            }
            Ok(())
        }
        (Expect::LeftBehind(step, rollback), Err(e)) => {
            let Cleanup::RollbackFailed {
                step: failed_at,
                left_behind,
                ..
            } = e.cleanup()
            else {
                return Err(format!("the cleanup is {:?}", e.cleanup()));
            };
            if e.step() != step || *failed_at != rollback {
                return Err(format!("the error names {} and {failed_at}", e.step()));
            }
            let left = left_behind.user_pool_id();
            if state.pool_ids() != [left] || !e.to_string().contains(left) {
                return Err(format!(
                    "the error leaves {left_behind}, moto holds {:?}: {e}",
                    state.pool_ids()
                ));
            }
            let domain_left = state.domain_owner.as_deref() == Some(left);
            if left_behind.domain().is_some() != domain_left
                || state.domain_owner.as_deref().is_some_and(|o| o != left)
            {
                return Err(format!(
                    "the error leaves {left_behind}, the domain belongs to {:?}",
                    state.domain_owner
                ));
            }
            Ok(())
        }
        (_, Ok(created)) => Err(format!("created {created}")),
        (_, Err(e)) => Err(format!("failed: {e}")),
    }
}

/// One complete pool: the created one, deletion protection on, MFA on with TOTP, the domain
/// its own, exactly one app client of the planned name (with the secret returned).
async fn complete(
    clean: &Client,
    names: &Names,
    created: &Created,
    state: &State,
) -> Result<(), String> {
    let id = created.user_pool_id();
    let [pool] = state.pools.as_slice() else {
        return Err(format!("pools carrying the token: {:?}", state.pool_ids()));
    };
    if pool.id() != Some(id) {
        return Err(format!("the pool is {:?}, created {id}", pool.id()));
    }
    if pool.deletion_protection() != Some(&DeletionProtectionType::Active) {
        return Err(format!(
            "deletion protection {:?}",
            pool.deletion_protection()
        ));
    }
    let mfa = clean
        .get_user_pool_mfa_config()
        .user_pool_id(id)
        .send()
        .await
        .map_err(|e| format!("GetUserPoolMfaConfig: {e:?}"))?;
    let totp = mfa
        .software_token_mfa_configuration()
        .is_some_and(SoftwareTokenMfaConfigType::enabled);
    if mfa.mfa_configuration() != Some(&UserPoolMfaType::On) || !totp {
        return Err(format!("MFA {:?}, TOTP {totp}", mfa.mfa_configuration()));
    }
    if created.domain() != Some(names.domain.as_str()) || state.domain_owner.as_deref() != Some(id)
    {
        return Err(format!(
            "domain {:?}, {} belongs to {:?}",
            created.domain(),
            names.domain,
            state.domain_owner
        ));
    }
    let clients = clean
        .list_user_pool_clients()
        .user_pool_id(id)
        .max_results(60)
        .send()
        .await
        .map_err(|e| format!("ListUserPoolClients: {e:?}"))?;
    let [client] = clients.user_pool_clients() else {
        return Err(format!("app clients: {:?}", clients.user_pool_clients()));
    };
    if client.client_name() != Some(names.client) || client.client_id() != Some(created.client_id())
    {
        return Err(format!(
            "the app client is {client:?}, created {}",
            created.client_id()
        ));
    }
    let described = clean
        .describe_user_pool_client()
        .user_pool_id(id)
        .client_id(created.client_id())
        .send()
        .await
        .map_err(|e| format!("DescribeUserPoolClient: {e:?}"))?;
    let secret = described.user_pool_client().and_then(|c| c.client_secret());
    let returned = created.client_secret().map(Secret::expose_secret);
    let wanted = match names.variant {
        Variant::Public => returned.is_none() && secret.is_none(),
        Variant::Confidential => secret.is_some() && returned == secret,
    };
    if !wanted {
        return Err(format!(
            "the secret returned ({}) is not the client's ({})",
            if returned.is_some() { "some" } else { "none" },
            if secret.is_some() { "some" } else { "none" },
        ));
    }
    Ok(())
}

/// Removes whatever carries the cell's token with the crate's tear-down (its domain, deletion
/// protection lifted with the complete configuration, the pool), and checks that nothing
/// carrying the token is left. The planned domain may still be there as another pool's, or as
/// a deleted pool's (moto's `DeleteUserPool` leaves a pool's domain behind): it is deleted too.
/// (`check` has already judged what the cell left.)
async fn clean_up(clean: &Client, names: &Names, token: &PlanToken) -> Result<(), String> {
    let state = read_state(clean, names, token).await?;
    for id in state.pool_ids() {
        let torn = tear_down(clean, id)
            .await
            .map_err(|e| format!("tear down: {e}"))?;
        if torn.already_gone() {
            return Err(format!("tear down: {id} was listed, then already gone"));
        }
    }
    let after = read_state(clean, names, token).await?;
    if !after.pools.is_empty() {
        return Err(format!("left after the tear-down: {:?}", after.pool_ids()));
    }
    if let Some(owner) = after.domain_owner {
        if state.pool_ids().contains(&owner.as_str()) {
            return Err(format!("the tear-down of {owner} left its domain"));
        }
        clean
            .delete_user_pool_domain()
            .domain(&names.domain)
            .user_pool_id(owner)
            .send()
            .await
            .map_err(|e| format!("DeleteUserPoolDomain: {e:?}"))?;
    }
    Ok(())
}

/// Runs every cell of `variant`, a few at a time, prints the table and fails with every
/// problem found.
async fn run_matrix(variant: Variant) {
    let _cache = DERIVED_CACHE.read().await;
    let clean = clean_client().await;
    let run = run_id();
    let cells = cells(variant);
    let total = cells.len();
    let started = Instant::now();
    let mut tasks = JoinSet::new();
    for (index, cell) in cells.into_iter().enumerate() {
        let (clean, run) = (clean.clone(), run.clone());
        tasks.spawn(async move {
            let _slot = CELL_SLOTS
                .acquire()
                .await
                .expect("the semaphore stays open");
            let label = format!("{} x {}", cell.call, cell.fault);
            tokio::time::timeout(CELL_DEADLINE, run_cell(index, cell, run, clean))
                .await
                .map_err(|_| format!("{label}: no result after {CELL_DEADLINE:?}"))
        });
    }
    let mut reports = Vec::new();
    let mut failures = String::new();
    while let Some(joined) = tasks.join_next().await {
        match joined.expect("a cell panicked") {
            Ok(report) => reports.push(report),
            Err(hung) => writeln!(failures, "{hung}").unwrap(),
        }
    }
    reports.sort_by_key(|r| r.index);
    let mut table = format!(
        "\n{variant:?} plan, {total} cells, {:.1} s\n\
         call | fault | outcome | requests per operation | time\n",
        started.elapsed().as_secs_f64()
    );
    for r in &reports {
        writeln!(
            table,
            "{} | {} | {} | {} | {:.2} s",
            r.cell.call,
            r.cell.fault,
            r.outcome,
            r.requests,
            r.elapsed.as_secs_f64()
        )
        .unwrap();
        for problem in &r.problems {
            writeln!(
                failures,
                "{} x {} ({:?}, expected {:?}): {problem}\n    outcome: {}\n    requests: {}",
                r.cell.call, r.cell.fault, r.cell.variant, r.cell.expect, r.outcome, r.requests
            )
            .unwrap();
        }
    }
    println!("{table}");
    let least = match variant {
        Variant::Public => 60,
        Variant::Confidential => 20,
    };
    assert!(total >= least, "the matrix shrank to {total} cells");
    assert!(
        failures.is_empty(),
        "live fault matrix failures:\n{failures}"
    );
}

#[tokio::test]
#[ignore = "needs a Cognito endpoint (AWS_ENDPOINT_URL): run ./scripts/test"]
async fn the_console_default_plan_under_every_fault_against_moto() {
    run_matrix(Variant::Public).await;
}

#[tokio::test]
#[ignore = "needs a Cognito endpoint (AWS_ENDPOINT_URL): run ./scripts/test"]
async fn a_confidential_client_plan_under_every_fault_against_moto() {
    run_matrix(Variant::Confidential).await;
}

/// The control: the matrix's client, through the SDK's own fluent API, sends the SDK's five
/// attempts for a fault the crate sends once, so the matrix's counts are the crate's doing.
#[tokio::test]
#[ignore = "needs a Cognito endpoint (AWS_ENDPOINT_URL): run ./scripts/test"]
async fn the_matrix_client_retries_through_the_fluent_api() {
    let _cache = DERIVED_CACHE.read().await;
    let http = forwarding();
    http.inject(
        "DescribeUserPool",
        Attempt::Every,
        Moment::AfterServer,
        Fault::ServerError,
    );
    let client = user_client(&http).await;
    let id = "us-east-1_doesNotExist";

    let through_trait =
        Cognito::describe_user_pool(&client, DescribeUserPoolInput::builder().user_pool_id(id))
            .await
            .expect_err("a 500 in place of every answer");
    assert_eq!(through_trait.kind(), CallErrorKind::ServerError);
    assert_eq!(http.requests("DescribeUserPool"), 1);

    let fluent = client.describe_user_pool().user_pool_id(id).send().await;
    assert!(fluent.is_err());
    assert_eq!(
        http.requests("DescribeUserPool"),
        1 + SDK_ATTEMPTS,
        "the fluent API makes the SDK's attempts"
    );
    assert_eq!(http.served("DescribeUserPool"), 1 + SDK_ATTEMPTS);
}
