//! The fault matrix: every call a plan (or its rollback, or its search for an adopted pool)
//! makes x every kind of failure, on the in-memory Cognito. Each run must end with exactly one
//! complete pool or nothing left behind, and the result or the error must say which; where a
//! rollback is refused for good, the error must name exactly what is left.

use std::fmt::Write as _;

use std::time::Duration;

use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool::DescribeUserPoolInput;
use cognito_wizard::client::Cognito;
use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
use cognito_wizard::{
    App, AppClient, Cleanup, CreateError, CreateOptions, Created, Domain, EmailSender, Messaging,
    Mfa, MfaMethod, PLAN_TAG, PlanStep, ReadBack, Reviewed, RollbackStep, Security, SignIn,
    SignInOption, SmsSettings, UserPoolWizard,
};

use crate::provision_mock::plan;

/// What a row must end with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// One complete pool; `adopted` when the plan found the pool an ambiguous create made.
    Complete { adopted: bool },
    /// An error at `step`, nothing in the account.
    Nothing { step: PlanStep },
    /// An error at `step` whose rollback failed at `rollback`; the error names what is left.
    LeftBehind {
        step: PlanStep,
        rollback: RollbackStep,
    },
    /// `CreateUserPool` failed ambiguously and no pool carrying the token was found (or the
    /// search failed): the error names the pool's name and token, and any pool in the account
    /// carries that token.
    Unknown,
}

use Outcome::{Complete, LeftBehind, Nothing, Unknown};

/// The faults of the matrix, in column order: what a real network and service do.
fn faults() -> Vec<(&'static str, Fault)> {
    vec![
        ("throttled", Fault::Throttle),
        ("5xx", Fault::ServerError),
        ("timeout before commit", Fault::TimeoutBeforeCommit),
        ("timeout after commit", Fault::TimeoutAfterCommit),
        ("dropped before commit", Fault::DroppedBeforeCommit),
        ("dropped after commit", Fault::DroppedAfterCommit),
        (
            "late commit (next call)",
            Fault::LateCommit { after_calls: 0 },
        ),
        (
            "late commit (two calls later)",
            Fault::LateCommit { after_calls: 2 },
        ),
        (
            "permanent",
            Fault::service("InvalidParameterException", "injected refusal"),
        ),
    ]
}

fn is_refusal(fault: &Fault) -> bool {
    matches!(fault, Fault::Service { .. })
}

/// Whether the service carries the request out before the plan's first look (a late commit
/// two calls later lands after it: the plan creates again, then removes the late one).
fn committed_before_the_look(fault: &Fault) -> bool {
    matches!(
        fault,
        Fault::TimeoutAfterCommit
            | Fault::DroppedAfterCommit
            | Fault::LateCommit { after_calls: 0 }
    )
}

/// A plan of the matrix, and what its requests include.
#[expect(
    clippy::struct_excessive_bools,
    reason = "one flag per optional request of the plan"
)]
struct Variant {
    name: &'static str,
    plan: Reviewed,
    mfa_call: bool,
    domain: bool,
    secret: bool,
    protected: bool,
}

fn variant(
    name: &'static str,
    security: Security,
    messaging: Messaging,
    domain: Option<Domain>,
    client: AppClient,
    protected: bool,
) -> Variant {
    let has_domain = domain.is_some();
    let app = App::builder()
        .pool_name("my-user-pool")
        .client(client)
        .deletion_protection(protected);
    let app = match domain {
        Some(d) => app.domain(d).build(),
        None => app.build(),
    };
    let plan = UserPoolWizard::builder()
        .sign_in(SignIn::with([SignInOption::Email]))
        .security(security)
        .messaging(messaging)
        .app(app)
        .build()
        .review()
        .unwrap_or_else(|e| panic!("{name}: the plan passes review:\n{e}"));
    Variant {
        name,
        mfa_call: plan.set_user_pool_mfa_config().is_some(),
        domain: has_domain,
        secret: plan.create_user_pool_client().get_generate_secret() == &Some(true),
        protected,
        plan,
    }
}

/// The plan variants: the console default with a prefix domain, then one change each.
fn variants() -> Vec<Variant> {
    let cognito = || Messaging::email(EmailSender::cognito());
    let prefix = || Some(Domain::prefix("my-login"));
    let public = || AppClient::public("my-app-client");
    vec![
        variant(
            "default",
            Security::default(),
            cognito(),
            prefix(),
            public(),
            true,
        ),
        variant(
            "no MFA",
            Security::default().mfa(Mfa::Off),
            cognito(),
            prefix(),
            public(),
            true,
        ),
        variant(
            "no domain",
            Security::default(),
            cognito(),
            None,
            public(),
            true,
        ),
        variant(
            "custom domain",
            Security::default(),
            cognito(),
            Some(Domain::custom(
                "auth.example.com",
                "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d",
            )),
            public(),
            true,
        ),
        variant(
            "confidential client",
            Security::default(),
            cognito(),
            prefix(),
            AppClient::confidential("my-app-client"),
            true,
        ),
        variant(
            "deletion protection off",
            Security::default(),
            cognito(),
            prefix(),
            public(),
            false,
        ),
        variant(
            "SMS MFA",
            Security::default().mfa(Mfa::required([MfaMethod::Sms])),
            cognito().sms(SmsSettings::new(
                "arn:aws:iam::123456789012:role/cognito-sms",
            )),
            prefix(),
            public(),
            true,
        ),
    ]
}

/// One row: a call, what must fail first to make the plan send it (a rollback call needs a
/// failed step, a search needs an ambiguous create), and whether the variant sends it.
struct Row {
    call: Call,
    trigger: Option<(Call, Fault)>,
    applies: fn(&Variant) -> bool,
}

fn refused(call: Call) -> (Call, Fault) {
    (
        call,
        Fault::service("InvalidParameterException", "trigger refusal"),
    )
}

fn rows() -> Vec<Row> {
    let always: fn(&Variant) -> bool = |_| true;
    let lost = |call| Some((call, Fault::TimeoutAfterCommit));
    vec![
        Row {
            call: Call::CreateUserPool,
            trigger: None,
            applies: always,
        },
        Row {
            call: Call::SetUserPoolMfaConfig,
            trigger: None,
            applies: |v| v.mfa_call,
        },
        Row {
            call: Call::CreateUserPoolDomain,
            trigger: None,
            applies: |v| v.domain,
        },
        Row {
            call: Call::CreateUserPoolClient,
            trigger: None,
            applies: always,
        },
        // The looks after an ambiguous create.
        Row {
            call: Call::ListUserPools,
            trigger: lost(Call::CreateUserPool),
            applies: always,
        },
        Row {
            call: Call::DescribeUserPool,
            trigger: lost(Call::CreateUserPool),
            applies: always,
        },
        Row {
            call: Call::ListUserPoolClients,
            trigger: lost(Call::CreateUserPoolClient),
            applies: always,
        },
        Row {
            call: Call::DescribeUserPoolClient,
            trigger: lost(Call::CreateUserPoolClient),
            applies: |v| v.secret,
        },
        Row {
            call: Call::DescribeUserPoolDomain,
            trigger: lost(Call::CreateUserPoolDomain),
            applies: |v| v.domain,
        },
        // The rollback after a refused client.
        Row {
            call: Call::DeleteUserPoolDomain,
            trigger: Some(refused(Call::CreateUserPoolClient)),
            applies: |v| v.domain,
        },
        Row {
            call: Call::UpdateUserPool,
            trigger: Some(refused(Call::CreateUserPoolClient)),
            applies: |v| v.protected,
        },
        Row {
            call: Call::DeleteUserPool,
            trigger: Some(refused(Call::CreateUserPoolClient)),
            applies: always,
        },
    ]
}

fn step_of(call: Call) -> PlanStep {
    match call {
        Call::SetUserPoolMfaConfig => PlanStep::SetUserPoolMfaConfig,
        Call::CreateUserPoolDomain | Call::DescribeUserPoolDomain => PlanStep::CreateUserPoolDomain,
        Call::CreateUserPoolClient | Call::ListUserPoolClients | Call::DescribeUserPoolClient => {
            PlanStep::CreateUserPoolClient
        }
        _ => PlanStep::CreateUserPool,
    }
}

/// What a cell must end with: a refusal of a plan call rolls back (or creates nothing), a
/// refusal of a look after a lost pool leaves the outcome unknown, a refusal of a rollback call
/// names what is left; everything else is retried or looked for, and ends complete.
fn expected(row: &Row, fault: &Fault) -> Outcome {
    let refused = is_refusal(fault);
    match (row.call, &row.trigger) {
        (Call::CreateUserPool, None) if refused => Nothing {
            step: PlanStep::CreateUserPool,
        },
        (Call::CreateUserPool, None) => Complete {
            adopted: committed_before_the_look(fault),
        },
        (Call::ListUserPools | Call::DescribeUserPool, _) if refused => Unknown,
        (Call::ListUserPools | Call::DescribeUserPool, _) => Complete { adopted: true },
        (Call::DeleteUserPoolDomain, _) if refused => LeftBehind {
            step: PlanStep::CreateUserPoolClient,
            rollback: RollbackStep::DeleteUserPoolDomain,
        },
        (Call::UpdateUserPool, _) if refused => LeftBehind {
            step: PlanStep::CreateUserPoolClient,
            rollback: RollbackStep::UpdateUserPool,
        },
        (Call::DeleteUserPool, _) if refused => LeftBehind {
            step: PlanStep::CreateUserPoolClient,
            rollback: RollbackStep::DeleteUserPool,
        },
        (Call::DeleteUserPoolDomain | Call::UpdateUserPool | Call::DeleteUserPool, _) => Nothing {
            step: PlanStep::CreateUserPoolClient,
        },
        (call, _) if refused => Nothing {
            step: step_of(call),
        },
        _ => Complete { adopted: false },
    }
}

/// Calls a cell sent, per kind, for the table `--nocapture` prints.
fn counts(cognito: &InMemoryCognito) -> String {
    Call::ALL
        .iter()
        .filter(|c| cognito.call_count(**c) > 0)
        .map(|c| format!("{} {}", c.name(), cognito.call_count(*c)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// How often a create may go out: once, or once more per ambiguous attempt the run looked
/// after (it never repeats one blindly).
const MAX_CREATES: usize = 3;

fn creates_bounded(cognito: &InMemoryCognito) -> Result<(), String> {
    for call in [
        Call::CreateUserPool,
        Call::CreateUserPoolClient,
        Call::CreateUserPoolDomain,
    ] {
        let sent = cognito.call_count(call);
        if sent > MAX_CREATES {
            return Err(format!("{call} sent {sent} times"));
        }
    }
    Ok(())
}

/// Runs one cell: the trigger and the fault injected, the plan run, the account checked.
async fn cell(variant: &Variant, row: &Row, fault: &Fault, nth: usize) -> Result<String, String> {
    let cognito = InMemoryCognito::new();
    if let Some((call, trigger)) = &row.trigger {
        cognito.fail_next(*call, trigger.clone());
    }
    if nth == 1 {
        cognito.fail_next(row.call, fault.clone());
    } else {
        // A second attempt: the first is lost before the service saw it.
        cognito.fail_next(row.call, Fault::TimeoutBeforeCommit);
        cognito.fail_nth(row.call, nth, fault.clone());
    }
    let options = CreateOptions::default().settle(Duration::from_secs(1));
    let result = variant.plan.create_with(&cognito, &options).await;
    cognito.flush_late_commits();
    let fired = cognito.faults_fired(row.call);
    if cognito.pending_faults(row.call) != 0 || fired != nth {
        return Err(format!("{fired} of {nth} fault(s) fired"));
    }
    if let Some((call, _)) = &row.trigger
        && (cognito.pending_faults(*call) != 0 || cognito.faults_fired(*call) == 0)
    {
        return Err("the trigger did not fire".to_owned());
    }
    let mut outcome = expected(row, fault);
    if nth > 1 {
        outcome = match (row.call, outcome) {
            // After a lost first attempt and nothing found, a refused create cannot tell
            // whether the first will still commit.
            (Call::CreateUserPool, Nothing { .. }) => Unknown,
            (Call::CreateUserPool, Complete { adopted }) => Complete { adopted },
            (_, other) => other,
        };
    }
    let sent = counts(&cognito);
    creates_bounded(&cognito)?;
    check(&cognito, &variant.plan, &result, outcome)
        .await
        .map_err(|problem| format!("expected {outcome:?}: {problem}; {}", describe(&result)))?;
    Ok(sent)
}

#[tokio::test(start_paused = true)]
async fn every_call_times_every_fault_times_every_variant_ends_complete_or_says_what_is_left() {
    let mut failures = String::new();
    let mut cells = 0;
    let faults = faults();
    for variant in variants() {
        for row in rows().iter().filter(|r| (r.applies)(&variant)) {
            for (label, fault) in &faults {
                // The fault on the first attempt, and on the second for the plan's own calls.
                let attempts = if row.trigger.is_none() { 2 } else { 1 };
                for nth in 1..=attempts {
                    cells += 1;
                    match cell(&variant, row, fault, nth).await {
                        Ok(counts) => println!(
                            "{} | {} | {label} (attempt {nth}) | {counts}",
                            variant.name, row.call
                        ),
                        Err(problem) => {
                            let _ = writeln!(
                                failures,
                                "{} | {} | {label} (attempt {nth}): {problem}",
                                variant.name, row.call
                            );
                        }
                    }
                }
            }
        }
    }
    assert!(cells >= 500, "the matrix shrank to {cells} cells");
    assert!(failures.is_empty(), "fault matrix failures:\n{failures}");
}

#[tokio::test(start_paused = true)]
async fn faults_that_outlast_the_retries_end_in_a_precise_error() {
    let table: [(Call, Fault, Outcome, Option<&str>); 4] = [
        (
            Call::CreateUserPool,
            Fault::Throttle,
            Nothing {
                step: PlanStep::CreateUserPool,
            },
            Some("TooManyRequestsException"),
        ),
        // The run cannot know whether a timed-out attempt will still commit: unknown.
        (
            Call::CreateUserPool,
            Fault::TimeoutBeforeCommit,
            Unknown,
            None,
        ),
        (
            Call::SetUserPoolMfaConfig,
            Fault::ServerError,
            Nothing {
                step: PlanStep::SetUserPoolMfaConfig,
            },
            Some("InternalErrorException"),
        ),
        (
            Call::CreateUserPoolClient,
            Fault::Throttle,
            Nothing {
                step: PlanStep::CreateUserPoolClient,
            },
            Some("TooManyRequestsException"),
        ),
    ];
    let mut failures = String::new();
    for (call, fault, expected, code) in table {
        let cognito = InMemoryCognito::new();
        cognito.fail_times(call, fault.clone(), 1000);
        let plan = plan();
        let result = plan.create(&cognito).await;
        let mut problem = check(&cognito, &plan, &result, expected).await.err();
        if let Err(e) = &result
            && e.code() != code
        {
            problem = Some(format!("code {:?}, expected {code:?}", e.code()));
        }
        // Bounded: the faults are still queued, the plan gave up.
        if cognito.pending_faults(call) == 0 {
            problem = Some("the retries were not bounded".to_owned());
        }
        if let Some(problem) = problem {
            let _ = writeln!(
                failures,
                "{call} x {fault:?} forever: {problem}\n    result: {}",
                describe(&result)
            );
        }
    }
    assert!(failures.is_empty(), "{failures}");
}

fn describe(result: &Result<Created, CreateError>) -> String {
    match result {
        Ok(created) => format!("Ok({created})"),
        Err(e) => format!("Err({e})"),
    }
}

/// Checks the account and the result against the expected outcome.
#[expect(clippy::too_many_lines, reason = "one arm per outcome")]
async fn check(
    cognito: &InMemoryCognito,
    plan: &Reviewed,
    result: &Result<Created, CreateError>,
    expected: Outcome,
) -> Result<(), String> {
    let pools = cognito.user_pool_ids();
    let domains = cognito.domains();
    match (expected, result) {
        (Complete { adopted }, Ok(created)) => {
            if created.adopted() != adopted {
                return Err(format!("adopted() is {}", created.adopted()));
            }
            complete_pool(cognito, plan, created).await
        }
        (Nothing { step }, Err(e)) => {
            if e.step() != step {
                return Err(format!("the error names {}", e.step()));
            }
            if !e.cleanup().nothing_left() || e.cleanup().left_behind().is_some() {
                return Err(format!("the error's cleanup is {:?}", e.cleanup()));
            }
            if !pools.is_empty() || !domains.is_empty() {
                return Err(format!("left behind: pools {pools:?}, domains {domains:?}"));
            }
            let said = if step == PlanStep::CreateUserPool {
                "nothing was created"
            } else {
                "rolled back: nothing was left behind"
            };
            if !e.to_string().contains(said) || !e.to_string().starts_with(&step.to_string()) {
                return Err(format!("the message does not say \"{step} ... {said}\""));
            }
            Ok(())
        }
        (LeftBehind { step, rollback }, Err(e)) => {
            if e.step() != step {
                return Err(format!("the error names {}", e.step()));
            }
            let Cleanup::RollbackFailed {
                step: failed_at,
                left_behind,
                ..
            } = e.cleanup()
            else {
                return Err(format!("the error's cleanup is {:?}", e.cleanup()));
            };
            if *failed_at != rollback {
                return Err(format!("the rollback failed at {failed_at}"));
            }
            if pools != [left_behind.user_pool_id()] {
                return Err(format!(
                    "the error leaves {left_behind}, the account holds pools {pools:?}"
                ));
            }
            let named: Vec<&str> = left_behind.domain().into_iter().collect();
            if domains != named {
                return Err(format!(
                    "the error leaves {left_behind}, the account holds domains {domains:?}"
                ));
            }
            if !e.to_string().contains(left_behind.user_pool_id()) {
                return Err("the message does not name the pool left behind".to_owned());
            }
            Ok(())
        }
        (Unknown, Err(e)) => {
            let Cleanup::Unknown {
                pool_name,
                plan_token,
                ..
            } = e.cleanup()
            else {
                return Err(format!("the error's cleanup is {:?}", e.cleanup()));
            };
            if !e.to_string().contains(plan_token.as_str()) {
                return Err("the message does not give the token".to_owned());
            }
            let id = match pools.as_slice() {
                [] => return Ok(()),
                [id] => id,
                _ => return Err(format!("pools {pools:?}")),
            };
            let described = cognito
                .describe_user_pool(DescribeUserPoolInput::builder().user_pool_id(id))
                .await
                .map_err(|e| e.to_string())?;
            let pool = described.user_pool().ok_or("no pool described")?;
            let token = pool.user_pool_tags().and_then(|t| t.get(PLAN_TAG));
            if pool.name() != Some(pool_name.as_str())
                || token.map(String::as_str) != Some(plan_token.as_str())
            {
                return Err(format!(
                    "the error names \"{pool_name}\" / {plan_token}, the pool is {:?} / {token:?}",
                    pool.name()
                ));
            }
            if !e.to_string().contains(plan_token.as_str()) {
                return Err("the message does not give the token".to_owned());
            }
            Ok(())
        }
        (_, Ok(created)) => Err(format!("created {created}")),
        (_, Err(e)) => Err(format!("failed: {e}")),
    }
}

/// Exactly one pool, the created one, carrying the plan's token, with one app client, its
/// domain (if planned), and everything else as planned: read back, it diffs empty.
async fn complete_pool(
    cognito: &InMemoryCognito,
    plan: &Reviewed,
    created: &Created,
) -> Result<(), String> {
    let id = created.user_pool_id();
    let pools = cognito.user_pool_ids();
    if pools != [id] {
        return Err(format!("pools {pools:?}, created {id}"));
    }
    let read = ReadBack::read(cognito, id)
        .await
        .map_err(|e| format!("read back: {e}"))?;
    if read.plan_token() != Some(created.plan_token()) {
        return Err(format!(
            "tag {:?}, plan token {}",
            read.plan_token(),
            created.plan_token()
        ));
    }
    if read.client_ids() != [created.client_id()] {
        return Err(format!(
            "clients {:?}, created {}",
            read.client_ids(),
            created.client_id()
        ));
    }
    if read.client_secret() != created.client_secret() {
        return Err("the returned client secret is not the pool's".to_owned());
    }
    let domains: Vec<&str> = created.domain().into_iter().collect();
    if cognito.domains() != domains || read.domain() != created.domain() {
        return Err(format!(
            "domains {:?}, created {:?}",
            cognito.domains(),
            created.domain()
        ));
    }
    let diff = plan.diff(&read);
    if !diff.is_empty() {
        return Err(format!("the pool is not as planned:\n{diff}"));
    }
    Ok(())
}

#[tokio::test(start_paused = true)]
async fn a_concurrent_modification_refusal_is_retried() {
    // The follow-ups modify one pool at once; Cognito may refuse one of them for that.
    for call in [Call::SetUserPoolMfaConfig, Call::CreateUserPoolDomain] {
        let cognito = InMemoryCognito::new();
        cognito.fail_times(
            call,
            Fault::service(
                "ConcurrentModificationException",
                "Two or more modifications are happening concurrently.",
            ),
            2,
        );
        let plan = plan();
        let result = plan.create(&cognito).await;
        let checked = check(&cognito, &plan, &result, Complete { adopted: false }).await;
        assert!(
            checked.is_ok(),
            "{call}: {checked:?}: {}",
            describe(&result)
        );
        assert_eq!(cognito.call_count(call), 3, "{call}");
    }
}

/// Adoption among many pools: more than two pages, decoys with the plan's name and other
/// tokens (or none), and the plan's pool on the last page.
#[tokio::test(start_paused = true)]
async fn an_ambiguous_create_adopts_its_pool_among_pages_of_decoys() {
    use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;

    let cognito = InMemoryCognito::new();
    for n in 0..120 {
        let name = if n % 20 == 0 {
            "my-user-pool".to_owned()
        } else {
            format!("other-{n}")
        };
        let mut input = CreateUserPoolInput::builder().pool_name(name);
        if n % 40 == 0 {
            input = input.user_pool_tags(PLAN_TAG, format!("another-run-{n}"));
        }
        cognito.create_user_pool(input).await.expect("a decoy pool");
    }
    cognito.clear_calls();
    cognito.fail_next(Call::CreateUserPool, Fault::TimeoutAfterCommit);
    let plan = plan();
    let created = plan.create(&cognito).await.expect("adopted");
    assert!(created.adopted());
    assert_eq!(cognito.user_pool_ids().len(), 121, "no second pool");
    assert_eq!(cognito.call_count(Call::CreateUserPool), 1);
    // 121 pools are three pages of 60, listed twice (the look, and the last look after the
    // settle time); each of the 7 pools of the plan's name described both times.
    assert_eq!(cognito.call_count(Call::ListUserPools), 6);
    assert_eq!(cognito.call_count(Call::DescribeUserPool), 14);
    let described = cognito
        .describe_user_pool(DescribeUserPoolInput::builder().user_pool_id(created.user_pool_id()))
        .await
        .expect("described");
    assert_eq!(
        described
            .user_pool()
            .and_then(|p| p.user_pool_tags())
            .and_then(|t| t.get(PLAN_TAG))
            .map(String::as_str),
        Some(created.plan_token().as_str())
    );
}

/// A server whose last page of `ListUserPools` hands out the first page's token again: the look
/// after an ambiguous create keeps the tokens it has seen and stops, instead of paging forever.
#[tokio::test(start_paused = true)]
async fn a_listing_whose_page_tokens_cycle_ends_and_still_adopts() {
    use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;

    use crate::tampered::Tampered;

    let cognito = InMemoryCognito::new();
    for n in 0..130 {
        cognito
            .create_user_pool(CreateUserPoolInput::builder().pool_name(format!("other-{n}")))
            .await
            .expect("a pool");
    }
    cognito.fail_next(Call::CreateUserPool, Fault::TimeoutAfterCommit);
    let mut tampered = Tampered::new(cognito.clone());
    tampered.cycling_list_tokens = true;
    let created = plan().create(&tampered).await.expect("adopted");
    assert!(created.adopted());
    assert_eq!(cognito.user_pool_ids().len(), 131);
    // 131 pools are three pages; each listing (the look, and the last look) stops when the
    // third page hands out the first token again.
    assert_eq!(tampered.list_calls(), 6);

    // Without the cycle the same listing takes the same three pages: the cycle costs nothing.
    let plain = InMemoryCognito::new();
    for n in 0..130 {
        plain
            .create_user_pool(CreateUserPoolInput::builder().pool_name(format!("other-{n}")))
            .await
            .expect("a pool");
    }
    plain.fail_next(Call::CreateUserPool, Fault::TimeoutAfterCommit);
    let untampered = Tampered::new(plain.clone());
    plan().create(&untampered).await.expect("adopted");
    assert_eq!(untampered.list_calls(), 6);
}
