//! The pool's whole life against moto: every plan of the read-back corpus created, read back and
//! diffed (no false diffs), then torn down; and a pool applied, ensured and torn down through a
//! user-configured SDK client behind the counting layer (`tests/support/http_faults.rs`), with
//! the requests of each step counted and its round trips measured.
//!
//! What moto cannot do, or reads back otherwise than Cognito, is not hidden: the plans moto
//! cannot hold are listed in [`NOT_ON_MOTO`], each with its reason and the exact way it fails,
//! and the test fails when a listed plan starts to pass or fails differently; the update calls'
//! differences are asserted in `moto_differs_from_cognito_on_the_update_calls`.
//!
//! `#[ignore]`d: run by `./scripts/test`, or `eval "$(scripts/moto start)"` and
//! `cargo test --all-features --test it live_lifecycle -- --include-ignored --nocapture`
//! (the tables are printed).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Duration;

use aws_config::BehaviorVersion;
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_sdk_cognitoidentityprovider::Client;
use aws_sdk_cognitoidentityprovider::config::{Credentials, Region};
use cognito_wizard::provision::{Change, TornDown, tear_down};
use cognito_wizard::{PlanStep, ReadBack, UserPoolWizard};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use crate::http_faults::HttpFaults;
use crate::read_back::corpus;

/// How a plan moto cannot hold shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Symptom {
    /// The create fails at this step, with a message containing this text (and is rolled
    /// back: nothing is left).
    CreateRefused(PlanStep, &'static str),
    /// Created and read back with nothing kept, the diff has exactly these paths.
    Diff(&'static [&'static str]),
}

/// The corpus plans moto cannot hold, why (moto 5.2.5, `moto/cognitoidp/models.py` and
/// `responses.py`), and how each fails. Every other plan must diff empty.
const NOT_ON_MOTO: [(&str, &str, Symptom); 8] = [
    (
        "e-mail and phone as user names, SMS MFA required, phone-else-e-mail verification",
        "GetUserPoolMfaConfig names no SMS factor for MFA that CreateUserPool turned on: moto \
         records SmsMfaConfiguration only from SetUserPoolMfaConfig (a new pool has \
         sms_mfa_config = None), so the pool reads as MFA on with no factor",
        Symptom::Diff(&["MfaConfiguration", "-"]),
    ),
    (
        "SES sender, SMS settings, every template",
        "as above: SMS MFA turned on by CreateUserPool alone reads back without its factor",
        Symptom::Diff(&["MfaConfiguration", "-"]),
    ),
    (
        "MFA required with e-mail (SES) and authenticator apps, e-mail MFA texts",
        "SetUserPoolMfaConfig keeps only the SMS and TOTP blocks: EmailMfaConfiguration is \
         dropped, GetUserPoolMfaConfig never returns it",
        Symptom::Diff(&[
            "EmailMfaConfiguration",
            "EmailMfaConfiguration.Subject",
            "EmailMfaConfiguration.Message",
        ]),
    ),
    (
        "MFA optional with e-mail only",
        "SetUserPoolMfaConfig refuses MFA on without an SMS or TOTP block (e-mail MFA unknown \
         to moto)",
        Symptom::CreateRefused(
            PlanStep::SetUserPoolMfaConfig,
            "At least one of [SmsMfaConfiguration] or [SoftwareTokenMfaConfiguration]",
        ),
    ),
    (
        "passwordless and passkeys with settings, choice-based client",
        "SetUserPoolMfaConfig drops WebAuthnConfiguration: the passkey settings read back as \
         Cognito's defaults",
        Symptom::Diff(&[
            "WebAuthnConfiguration.RelyingPartyId",
            "WebAuthnConfiguration.UserVerification",
            "WebAuthnConfiguration.FactorConfiguration",
        ]),
    ),
    (
        "passkey settings alone, MFA off",
        "as above: WebAuthnConfiguration is dropped",
        Symptom::Diff(&["WebAuthnConfiguration.UserVerification"]),
    ),
    (
        "self-registration off, no verification, required and custom attributes",
        "CreateUserPool refuses a negative NumberAttributeConstraints bound (custom:age has \
         MinValue -1; moto's numeric_limit rejects values below 0)",
        Symptom::CreateRefused(
            PlanStep::CreateUserPool,
            "Invalid NumberAttributeConstraints for schema attribute custom:age",
        ),
    ),
    (
        "custom domain with managed login",
        "DescribeUserPoolDomain returns neither CustomDomainConfig nor ManagedLoginVersion \
         (moto stores no version and describes no certificate)",
        Symptom::Diff(&["CustomDomainConfig.CertificateArn", "ManagedLoginVersion"]),
    ),
];

/// Plans run against moto at once: each holds one pool at a time, so the account stays far
/// below a second `ListUserPools` page for the tests that list (see `live_faults`).
const PLANS_AT_ONCE: usize = 4;

/// What one corpus plan did on moto.
struct PlanRun {
    name: &'static str,
    outcome: Outcome,
    /// Problems the test reports whatever the listing says: something kept, a failed read, a
    /// tear-down that failed or left something.
    problems: Vec<String>,
}

enum Outcome {
    /// Created, read back, diffed empty.
    Clean,
    /// The create failed at the step (the error's text).
    Refused(PlanStep, String),
    /// The diff's paths, and the diff.
    Differs(Vec<String>, String),
    /// Nothing to judge (see the problems).
    Broken,
}

impl Outcome {
    fn matches(&self, symptom: Symptom) -> bool {
        match (self, symptom) {
            (Outcome::Refused(step, error), Symptom::CreateRefused(listed, text)) => {
                *step == listed && error.contains(text)
            }
            (Outcome::Differs(paths, _), Symptom::Diff(listed)) => paths == listed,
            _ => false,
        }
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::Clean => f.write_str("diff empty, nothing kept"),
            Outcome::Refused(step, error) => write!(f, "refused at {step}: {error}"),
            Outcome::Differs(_, diff) => write!(f, "a diff:\n{diff}"),
            Outcome::Broken => f.write_str("no outcome"),
        }
    }
}

/// Makes `wizard` ephemeral, creates it, reads it back, diffs, and tears it down.
async fn run_plan(client: Client, name: &'static str, wizard: UserPoolWizard) -> PlanRun {
    let mut run = PlanRun {
        name,
        outcome: Outcome::Broken,
        problems: Vec::new(),
    };
    let plan = match wizard.review().map(|plan| plan.ephemeral()) {
        Ok(Ok(plan)) => plan,
        Ok(Err(e)) | Err(e) => {
            run.problems
                .push(format!("the plan does not pass review: {e}"));
            return run;
        }
    };
    let created = match plan.create(&client).await {
        Ok(created) => created,
        Err(e) => {
            if !e.cleanup().nothing_left() {
                run.problems
                    .push(format!("a failed create left something: {e}"));
            }
            run.outcome = Outcome::Refused(e.step(), e.to_string());
            return run;
        }
    };
    let id = created.user_pool_id().to_owned();
    match ReadBack::read(&client, &id).await {
        Ok(read) => {
            if !read.kept().is_empty() {
                run.problems.push(format!(
                    "kept: {}",
                    read.kept()
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; ")
                ));
            }
            let diff = plan.diff(&read);
            run.outcome = if diff.is_empty() {
                Outcome::Clean
            } else {
                let paths = diff.changes().iter().map(|c| c.path().to_owned()).collect();
                Outcome::Differs(paths, diff.to_string())
            };
        }
        Err(e) => run.problems.push(format!("read back: {e}")),
    }
    match tear_down(&client, &id).await {
        Ok(torn) => run
            .problems
            .extend(torn_down_completely(&client, &torn, created.domain()).await),
        Err(e) => run.problems.push(format!("tear down: {e}")),
    }
    run
}

/// What is left of a pool `tear_down` removed: nothing, or the problems found.
async fn torn_down_completely(
    client: &Client,
    torn: &TornDown,
    domain: Option<&str>,
) -> Vec<String> {
    let mut problems = Vec::new();
    if torn.already_gone() {
        problems.push(format!("{} was already gone", torn.user_pool_id()));
    }
    if torn.domains() != domain.into_iter().collect::<Vec<_>>() {
        problems.push(format!(
            "the tear-down removed the domains {:?}, the pool had {domain:?}",
            torn.domains()
        ));
    }
    match ReadBack::read(client, torn.user_pool_id()).await {
        Err(e) if e.is_not_found() => {}
        Err(e) => problems.push(format!("after the tear-down: {e}")),
        Ok(_) => problems.push(format!("{} is still there", torn.user_pool_id())),
    }
    if let Some(domain) = domain {
        let described = client
            .describe_user_pool_domain()
            .domain(domain)
            .send()
            .await
            .map(|d| d.domain_description.and_then(|d| d.domain));
        match described {
            Ok(None) => {}
            other => problems.push(format!("the domain {domain} is left: {other:?}")),
        }
    }
    problems
}

#[tokio::test]
#[ignore = "needs a Cognito endpoint (AWS_ENDPOINT_URL): run ./scripts/test"]
async fn every_plan_of_the_corpus_diffs_empty_on_moto_or_is_listed_with_its_reason() {
    let client = crate::live::moto().await;
    let corpus = corpus();
    let total = corpus.len();
    for (listed, _, _) in NOT_ON_MOTO {
        assert!(
            corpus.iter().any(|(name, _)| *name == listed),
            "NOT_ON_MOTO lists \"{listed}\", which is not in the corpus"
        );
    }
    let slots = std::sync::Arc::new(Semaphore::new(PLANS_AT_ONCE));
    let mut tasks = JoinSet::new();
    for (name, wizard) in corpus {
        let (client, slots) = (client.clone(), slots.clone());
        tasks.spawn(async move {
            let _slot = slots.acquire().await.expect("the semaphore stays open");
            run_plan(client, name, wizard).await
        });
    }
    let mut runs = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        runs.push(joined.expect("a plan's task panicked"));
    }
    runs.sort_by_key(|r| r.name);

    let mut table = String::new();
    let mut failures = String::new();
    let (mut passed, mut listed_failed) = (0, 0);
    for run in &runs {
        let listing = NOT_ON_MOTO.iter().find(|(name, _, _)| *name == run.name);
        let verdict = match (listing, &run.outcome) {
            (None, Outcome::Clean) => {
                passed += 1;
                "diff empty, nothing kept".to_owned()
            }
            (None, outcome) => {
                writeln!(failures, "{}: not listed, and {outcome}", run.name).unwrap();
                "FAILED (not listed)".to_owned()
            }
            (Some((_, reason, _)), Outcome::Clean) => {
                writeln!(
                    failures,
                    "{}: listed as not on moto ({reason}), and passed: take it off the list",
                    run.name
                )
                .unwrap();
                "PASSED although listed".to_owned()
            }
            (Some((_, reason, symptom)), outcome) => {
                if outcome.matches(*symptom) {
                    listed_failed += 1;
                } else {
                    writeln!(
                        failures,
                        "{}: listed as failing with {symptom:?}, but {outcome}",
                        run.name
                    )
                    .unwrap();
                }
                format!("listed: {reason}")
            }
        };
        writeln!(table, "{} | {verdict}", run.name).unwrap();
        for problem in &run.problems {
            writeln!(failures, "{}: {problem}", run.name).unwrap();
        }
    }
    println!(
        "\ncorpus on moto: {total} plans, {passed} diff empty, {listed_failed} listed as not on \
         moto\n{table}"
    );
    assert!(failures.is_empty(), "{failures}");
    assert_eq!(passed + listed_failed, total);
    assert!(total >= 30, "the corpus shrank to {total}");
}
