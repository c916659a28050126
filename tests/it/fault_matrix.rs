//! The fault matrix: every call a plan (or its rollback, or its search for an adopted pool)
//! makes x every kind of failure, on the in-memory Cognito. Each run must end with exactly one
//! complete pool or nothing left behind, and the result or the error must say which; where a
//! rollback is refused for good, the error must name exactly what is left.

use std::fmt::Write as _;

use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool::DescribeUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool_domain::DescribeUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::get_user_pool_mfa_config::GetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::types::{
    DeletionProtectionType, SoftwareTokenMfaConfigType, UserPoolMfaType,
};
use cognito_wizard::client::Cognito;
use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
use cognito_wizard::{Cleanup, CreateError, Created, PLAN_TAG, PlanStep, RollbackStep};

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

/// The faults of the matrix, in column order.
fn faults() -> [(&'static str, Fault); 5] {
    [
        ("throttled", Fault::Throttle),
        ("5xx", Fault::ServerError),
        ("timeout before commit", Fault::TimeoutBeforeCommit),
        ("timeout after commit", Fault::TimeoutAfterCommit),
        (
            "permanent",
            Fault::service("InvalidParameterException", "injected refusal"),
        ),
    ]
}

/// One row: a call, what else must fail first to make the plan send it (a rollback call needs a
/// failed step, a search needs an ambiguous create), and the outcome for each fault column.
struct Row {
    call: Call,
    trigger: Option<(Call, Fault)>,
    outcomes: [Outcome; 5],
}

fn refused(call: Call) -> (Call, Fault) {
    (
        call,
        Fault::service("InvalidParameterException", "trigger refusal"),
    )
}

#[expect(clippy::too_many_lines, reason = "one table, a row per call")]
fn rows() -> Vec<Row> {
    let complete = Complete { adopted: false };
    let rolled_back = |step| Nothing { step };
    vec![
        // CreateUserPool: throttling retried; a 5xx or a timeout searches for the pool by its
        // token and adopts it if the service had committed, else creates again.
        Row {
            call: Call::CreateUserPool,
            trigger: None,
            outcomes: [
                complete,
                complete,
                complete,
                Complete { adopted: true },
                Nothing {
                    step: PlanStep::CreateUserPool,
                },
            ],
        },
        // SetUserPoolMfaConfig is idempotent: retried after anything but a refusal.
        Row {
            call: Call::SetUserPoolMfaConfig,
            trigger: None,
            outcomes: [
                complete,
                complete,
                complete,
                complete,
                rolled_back(PlanStep::SetUserPoolMfaConfig),
            ],
        },
        // CreateUserPoolDomain: after an ambiguous failure the domain is described and kept
        // when it belongs to the pool, else created again.
        Row {
            call: Call::CreateUserPoolDomain,
            trigger: None,
            outcomes: [
                complete,
                complete,
                complete,
                complete,
                rolled_back(PlanStep::CreateUserPoolDomain),
            ],
        },
        // CreateUserPoolClient: after an ambiguous failure the pool's clients are listed and the
        // plan's client adopted when the service had created it, else created again.
        Row {
            call: Call::CreateUserPoolClient,
            trigger: None,
            outcomes: [
                complete,
                complete,
                complete,
                complete,
                rolled_back(PlanStep::CreateUserPoolClient),
            ],
        },
        // The rollback's calls, after a refused client.
        Row {
            call: Call::DeleteUserPoolDomain,
            trigger: Some(refused(Call::CreateUserPoolClient)),
            outcomes: [
                rolled_back(PlanStep::CreateUserPoolClient),
                rolled_back(PlanStep::CreateUserPoolClient),
                rolled_back(PlanStep::CreateUserPoolClient),
                rolled_back(PlanStep::CreateUserPoolClient),
                LeftBehind {
                    step: PlanStep::CreateUserPoolClient,
                    rollback: RollbackStep::DeleteUserPoolDomain,
                },
            ],
        },
        Row {
            call: Call::UpdateUserPool,
            trigger: Some(refused(Call::CreateUserPoolClient)),
            outcomes: [
                rolled_back(PlanStep::CreateUserPoolClient),
                rolled_back(PlanStep::CreateUserPoolClient),
                rolled_back(PlanStep::CreateUserPoolClient),
                rolled_back(PlanStep::CreateUserPoolClient),
                LeftBehind {
                    step: PlanStep::CreateUserPoolClient,
                    rollback: RollbackStep::UpdateUserPool,
                },
            ],
        },
        Row {
            call: Call::DeleteUserPool,
            trigger: Some(refused(Call::CreateUserPoolClient)),
            outcomes: [
                rolled_back(PlanStep::CreateUserPoolClient),
                rolled_back(PlanStep::CreateUserPoolClient),
                rolled_back(PlanStep::CreateUserPoolClient),
                rolled_back(PlanStep::CreateUserPoolClient),
                LeftBehind {
                    step: PlanStep::CreateUserPoolClient,
                    rollback: RollbackStep::DeleteUserPool,
                },
            ],
        },
        // The search after an ambiguous create that did commit.
        Row {
            call: Call::ListUserPools,
            trigger: Some((Call::CreateUserPool, Fault::TimeoutAfterCommit)),
            outcomes: [
                Complete { adopted: true },
                Complete { adopted: true },
                Complete { adopted: true },
                Complete { adopted: true },
                Unknown,
            ],
        },
        Row {
            call: Call::DescribeUserPool,
            trigger: Some((Call::CreateUserPool, Fault::TimeoutAfterCommit)),
            outcomes: [
                Complete { adopted: true },
                Complete { adopted: true },
                Complete { adopted: true },
                Complete { adopted: true },
                Unknown,
            ],
        },
        // The look-up after an ambiguous domain that did commit: when it fails for good, the
        // domain's fate is unknown and the plan rolls back, domain included.
        Row {
            call: Call::DescribeUserPoolDomain,
            trigger: Some((Call::CreateUserPoolDomain, Fault::TimeoutAfterCommit)),
            outcomes: [
                complete,
                complete,
                complete,
                complete,
                rolled_back(PlanStep::CreateUserPoolDomain),
            ],
        },
    ]
}

#[tokio::test(start_paused = true)]
async fn every_call_times_every_fault_leaves_one_complete_pool_or_nothing() {
    let mut failures = String::new();
    let mut cases = 0;
    for row in rows() {
        for ((label, fault), expected) in faults().into_iter().zip(row.outcomes) {
            cases += 1;
            let cognito = InMemoryCognito::new();
            if let Some((call, fault)) = &row.trigger {
                cognito.fail_next(*call, fault.clone());
            }
            cognito.fail_next(row.call, fault);
            let result = plan().create(&cognito).await;
            if cognito.pending_faults(row.call) != 0 || cognito.faults_fired(row.call) == 0 {
                let _ = writeln!(failures, "{} x {label}: the fault did not fire", row.call);
            }
            if let Some((call, _)) = &row.trigger
                && (cognito.pending_faults(*call) != 0 || cognito.faults_fired(*call) == 0)
            {
                let _ = writeln!(failures, "{} x {label}: the trigger did not fire", row.call);
            }
            if let Err(problem) = check(&cognito, &result, expected).await {
                let _ = writeln!(
                    failures,
                    "{} x {label}: expected {expected:?}: {problem}\n    result: {}\n    calls: {:?}",
                    row.call,
                    describe(&result),
                    cognito.calls(),
                );
            }
        }
    }
    assert!(cases >= 50, "the matrix shrank to {cases} cases");
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
        let result = plan().create(&cognito).await;
        let mut problem = check(&cognito, &result, expected).await.err();
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
            complete_pool(cognito, created).await
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

/// Exactly one pool, the created one, with its MFA configuration, its domain, one client, the
/// plan's token and deletion protection on.
async fn complete_pool(cognito: &InMemoryCognito, created: &Created) -> Result<(), String> {
    let id = created.user_pool_id();
    let pools = cognito.user_pool_ids();
    if pools != [id] {
        return Err(format!("pools {pools:?}, created {id}"));
    }
    let described = cognito
        .describe_user_pool(DescribeUserPoolInput::builder().user_pool_id(id))
        .await
        .map_err(|e| format!("DescribeUserPool: {e}"))?;
    let pool = described.user_pool().ok_or("no pool described")?;
    if pool.deletion_protection() != Some(&DeletionProtectionType::Active) {
        return Err(format!(
            "deletion protection {:?}",
            pool.deletion_protection()
        ));
    }
    let token = pool.user_pool_tags().and_then(|t| t.get(PLAN_TAG));
    if token.map(String::as_str) != Some(created.plan_token().as_str()) {
        return Err(format!(
            "tag {token:?}, plan token {}",
            created.plan_token()
        ));
    }
    let mfa = cognito
        .get_user_pool_mfa_config(GetUserPoolMfaConfigInput::builder().user_pool_id(id))
        .await
        .map_err(|e| format!("GetUserPoolMfaConfig: {e}"))?;
    let totp = mfa
        .software_token_mfa_configuration()
        .is_some_and(SoftwareTokenMfaConfigType::enabled);
    if mfa.mfa_configuration() != Some(&UserPoolMfaType::On) || !totp {
        return Err(format!("MFA {:?}, TOTP {totp}", mfa.mfa_configuration()));
    }
    let domain = created.domain().ok_or("no domain in the result")?;
    let described = cognito
        .describe_user_pool_domain(DescribeUserPoolDomainInput::builder().domain(domain))
        .await
        .map_err(|e| format!("DescribeUserPoolDomain: {e}"))?;
    let owner = described
        .domain_description()
        .and_then(|d| d.user_pool_id());
    if owner != Some(id) || cognito.domains() != [domain] {
        return Err(format!(
            "domain {domain} belongs to {owner:?}; domains {:?}",
            cognito.domains()
        ));
    }
    let clients = cognito.user_pool_client_ids(id);
    if clients != [created.client_id()] {
        return Err(format!(
            "clients {clients:?}, created {}",
            created.client_id()
        ));
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
        let result = plan().create(&cognito).await;
        let checked = check(&cognito, &result, Complete { adopted: false }).await;
        assert!(
            checked.is_ok(),
            "{call}: {checked:?}: {}",
            describe(&result)
        );
        assert_eq!(cognito.call_count(call), 3, "{call}");
    }
}
