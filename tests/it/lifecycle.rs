//! The pool over its life on the in-memory Cognito: diff, apply, ensure, tear down, ephemeral
//! pools and the sweep.

use std::time::Duration;

use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use cognito_wizard::client::Cognito;
use cognito_wizard::provision::{
    ApplyError, ChangeKind, EPHEMERAL_TAG, EnsureError, Ensured, TearDownByNameError, TearDownStep,
    Write, sweep, tear_down, tear_down_by_name, tear_down_with,
};
use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
use cognito_wizard::{
    App, AppClient, CreateOptions, CustomAttribute, CustomPasswordPolicy, Domain, EmailSender,
    ManagedLoginVersion, Messaging, Mfa, MfaMethod, PasswordPolicy, ReadBack, Reviewed, Security,
    SignIn, SignInOption, SignUp, StandardAttribute, TokenValidity, UserPoolWizard,
};

use crate::read_back::corpus;

fn review(wizard: &UserPoolWizard) -> Reviewed {
    wizard
        .clone()
        .review()
        .unwrap_or_else(|e| panic!("the plan passes review:\n{e}"))
}

/// The console default with a few choices of the test's.
fn plan(
    sign_in: SignIn,
    security: Security,
    sign_up: SignUp,
    client: AppClient,
    domain: Option<Domain>,
) -> Reviewed {
    let app = match domain {
        Some(domain) => App::builder()
            .pool_name("lifecycle")
            .domain(domain)
            .client(client)
            .build(),
        None => App::builder().pool_name("lifecycle").client(client).build(),
    };
    review(
        &UserPoolWizard::builder()
            .sign_in(sign_in)
            .security(security)
            .sign_up(sign_up)
            .messaging(Messaging::email(EmailSender::cognito()))
            .app(app)
            .build(),
    )
}

fn email() -> SignIn {
    SignIn::with([SignInOption::Email])
}

fn base() -> Reviewed {
    plan(
        email(),
        Security::default(),
        SignUp::default(),
        AppClient::public("web"),
        Some(Domain::prefix("lifecycle-login")),
    )
}

async fn created(cognito: &impl Cognito, plan: &Reviewed) -> ReadBack {
    let created = plan.create(cognito).await.expect("created");
    ReadBack::read(cognito, created.user_pool_id())
        .await
        .expect("read back")
}

#[tokio::test]
async fn every_plan_of_the_corpus_diffs_empty_against_the_pool_it_created() {
    let corpus = corpus();
    let cognito = InMemoryCognito::new();
    for (name, wizard) in &corpus {
        let plan = review(wizard);
        let read = created(&cognito, &plan).await;
        let diff = plan.diff(&read);
        assert!(diff.is_empty(), "{name}: a false diff:\n{diff}");
        assert_eq!(diff.to_string(), "No changes: the user pool is as planned.");
    }
    assert!(corpus.len() >= 30, "corpus of {}", corpus.len());
}

#[tokio::test]
async fn a_setting_changed_in_place_is_one_row_with_both_values() {
    let cognito = InMemoryCognito::new();
    let read = created(&cognito, &base()).await;
    let longer = plan(
        email(),
        Security::default().password_policy(PasswordPolicy::Custom(
            CustomPasswordPolicy::default().minimum_length(12),
        )),
        SignUp::default(),
        AppClient::public("web"),
        Some(Domain::prefix("lifecycle-login")),
    );
    let diff = longer.diff(&read);
    let changes = diff.changes();
    assert_eq!(changes.len(), 1, "{diff}");
    let change = &changes[0];
    assert_eq!(change.path(), "Policies.PasswordPolicy.MinimumLength");
    assert_eq!(change.label(), "Password minimum length");
    assert_eq!(change.current(), Some("8"));
    assert_eq!(change.desired(), Some("12"));
    assert_eq!(change.kind(), ChangeKind::InPlace);
    let text = diff.to_string();
    assert!(
        text.contains("~ Password minimum length (Policies.PasswordPolicy.MinimumLength): 8 -> 12"),
        "{text}"
    );
    assert!(
        text.ends_with("Plan: 1 to change in place, 0 to add, 0 refused (need a new pool)."),
        "{text}"
    );
}

#[tokio::test]
#[expect(
    clippy::too_many_lines,
    reason = "one case per setting the API cannot change"
)]
async fn what_the_api_cannot_change_is_classed_needs_a_new_pool_with_its_reason() {
    let cognito = InMemoryCognito::new();
    let with_attribute = plan(
        email(),
        Security::default(),
        SignUp::default().custom_attribute(CustomAttribute::string("tenant")),
        AppClient::public("web"),
        None,
    );
    let read = created(&cognito, &with_attribute).await;
    let cases: Vec<(&str, Reviewed, &str)> = vec![
        (
            "sign-in identifiers",
            plan(
                SignIn::with([SignInOption::Email, SignInOption::PhoneNumber]),
                Security::default(),
                SignUp::default().custom_attribute(CustomAttribute::string("tenant")),
                AppClient::public("web"),
                None,
            ),
            "UsernameAttributes",
        ),
        (
            "case sensitivity",
            plan(
                email().case_sensitive(true),
                Security::default(),
                SignUp::default().custom_attribute(CustomAttribute::string("tenant")),
                AppClient::public("web"),
                None,
            ),
            "UsernameConfiguration.CaseSensitive",
        ),
        (
            "a required attribute",
            plan(
                email(),
                Security::default(),
                SignUp::default()
                    .required_attributes([StandardAttribute::Name])
                    .custom_attribute(CustomAttribute::string("tenant")),
                AppClient::public("web"),
                None,
            ),
            "Schema[name]",
        ),
        (
            "a removed custom attribute",
            plan(
                email(),
                Security::default(),
                SignUp::default(),
                AppClient::public("web"),
                None,
            ),
            "Schema[tenant]",
        ),
        (
            "a changed custom attribute",
            plan(
                email(),
                Security::default(),
                SignUp::default().custom_attribute(CustomAttribute::number("tenant")),
                AppClient::public("web"),
                None,
            ),
            "Schema[tenant]",
        ),
        (
            "client secret generation",
            plan(
                email(),
                Security::default(),
                SignUp::default().custom_attribute(CustomAttribute::string("tenant")),
                AppClient::confidential("web"),
                None,
            ),
            "AppClients[web].GenerateSecret",
        ),
    ];
    for (what, desired, path) in cases {
        let diff = desired.diff(&read);
        let refused: Vec<_> = diff.needs_new_pool().collect();
        assert!(
            refused.iter().any(|c| c.path() == path),
            "{what}: {path} not refused in\n{diff}"
        );
        for change in &refused {
            let ChangeKind::NeedsNewPool { reason } = change.kind() else {
                unreachable!()
            };
            assert!(!reason.is_empty());
            assert!(
                change.to_string().contains("# needs a new pool: "),
                "{change}"
            );
        }
    }

    // Adding a custom attribute is the one schema change the API makes.
    let added = plan(
        email(),
        Security::default(),
        SignUp::default()
            .custom_attribute(CustomAttribute::string("tenant"))
            .custom_attribute(CustomAttribute::string("plan")),
        AppClient::public("web"),
        None,
    );
    let diff = added.diff(&read);
    assert_eq!(diff.len(), 1, "{diff}");
    assert_eq!(diff.changes()[0].kind(), ChangeKind::AddOnly);
    assert_eq!(diff.changes()[0].path(), "Schema[plan]");
    assert!(
        diff.to_string()
            .contains("+ Custom attributes (Schema[plan])"),
        "{diff}"
    );
}

#[tokio::test]
async fn tear_down_removes_domain_protection_and_pool_and_is_idempotent() {
    let cognito = InMemoryCognito::new();
    let read = created(&cognito, &base()).await;
    let id = read.user_pool_id().to_owned();
    cognito.clear_calls();

    let removed = tear_down(&cognito, &id).await.expect("torn down");
    assert_eq!(removed.domains(), ["lifecycle-login"]);
    assert!(!removed.already_gone());
    assert!(cognito.user_pool_ids().is_empty());
    assert!(cognito.domains().is_empty());
    // Domain first, then protection lifted, then the pool.
    let writes: Vec<Call> = cognito
        .calls()
        .into_iter()
        .filter(|c| {
            matches!(
                c,
                Call::DeleteUserPoolDomain | Call::UpdateUserPool | Call::DeleteUserPool
            )
        })
        .collect();
    assert_eq!(
        writes,
        [
            Call::DeleteUserPoolDomain,
            Call::UpdateUserPool,
            Call::DeleteUserPool
        ]
    );

    cognito.clear_calls();
    let again = tear_down(&cognito, &id).await.expect("already gone");
    assert!(again.already_gone());
    assert_eq!(cognito.calls(), [Call::DescribeUserPool]);
}

#[tokio::test(start_paused = true)]
async fn a_tear_down_that_stops_part_way_names_the_step_and_finishes_when_run_again() {
    let cognito = InMemoryCognito::new();
    let read = created(&cognito, &base()).await;
    let id = read.user_pool_id().to_owned();
    cognito.fail_next(
        Call::UpdateUserPool,
        Fault::service("InvalidParameterException", "refused for the test"),
    );
    let error = tear_down(&cognito, &id).await.expect_err("refused");
    assert_eq!(error.step(), TearDownStep::UpdateUserPool);
    assert_eq!(error.user_pool_id(), id);
    assert_eq!(error.call_error().code(), Some("InvalidParameterException"));
    assert!(error.to_string().contains(&id), "{error}");
    assert_eq!(cognito.user_pool_ids(), std::slice::from_ref(&id));
    assert!(cognito.domains().is_empty(), "the domain went first");

    // Ambiguous failures on the way are retried.
    cognito.fail_next(Call::DeleteUserPool, Fault::TimeoutBeforeCommit);
    cognito.fail_next(Call::UpdateUserPool, Fault::ServerError);
    let removed = tear_down_with(&cognito, &id, &CreateOptions::default())
        .await
        .expect("torn down");
    assert!(!removed.already_gone());
    assert!(cognito.user_pool_ids().is_empty());
    assert_eq!(cognito.faults_fired(Call::DeleteUserPool), 1);
    assert_eq!(cognito.faults_fired(Call::UpdateUserPool), 2);
}

#[tokio::test]
async fn lifting_deletion_protection_keeps_the_rest_of_the_configuration() {
    // UpdateUserPool resets what it is not given; with "keep original value" on, a partial one
    // is refused (SR-121): the tear-down must send the complete configuration.
    let cognito = InMemoryCognito::new();
    let read = created(&cognito, &base()).await;
    tear_down(&cognito, read.user_pool_id())
        .await
        .expect("the complete configuration is accepted");
}

#[tokio::test]
async fn tear_down_by_name_needs_one_pool_of_that_name() {
    let cognito = InMemoryCognito::new();
    let options = CreateOptions::default();
    assert!(
        tear_down_by_name(&cognito, "lifecycle", &options)
            .await
            .expect("nothing to do")
            .is_none()
    );
    let first = created(&cognito, &base().ephemeral().expect("ephemeral")).await;
    let name = first.user_pool_name().to_owned();
    let removed = tear_down_by_name(&cognito, &name, &options)
        .await
        .expect("torn down")
        .expect("one pool");
    assert_eq!(removed.user_pool_id(), first.user_pool_id());

    let no_domain = || {
        plan(
            email(),
            Security::default(),
            SignUp::default(),
            AppClient::public("web"),
            None,
        )
    };
    let one = created(&cognito, &no_domain()).await;
    let two = created(&cognito, &no_domain()).await;
    match tear_down_by_name(&cognito, "lifecycle", &options).await {
        Err(TearDownByNameError::Ambiguous { user_pool_ids, .. }) => {
            assert_eq!(user_pool_ids.len(), 2);
            assert!(user_pool_ids.contains(&one.user_pool_id().to_owned()));
            assert!(user_pool_ids.contains(&two.user_pool_id().to_owned()));
        }
        other => panic!("expected Ambiguous, got {other:?}"),
    }
    assert_eq!(cognito.user_pool_ids().len(), 2, "none was touched");
}

#[tokio::test]
async fn ephemeral_pools_are_unique_tagged_unprotected_and_swept() {
    let cognito = InMemoryCognito::new();
    let kept = created(&cognito, &base()).await;
    let plan = base().ephemeral().expect("ephemeral");
    let other = base().ephemeral().expect("ephemeral");
    let request = plan.create_user_pool();
    let name = request.get_pool_name().clone().expect("a name");
    assert_ne!(
        Some(name.clone()),
        other.create_user_pool().get_pool_name().clone()
    );
    assert!(name.starts_with("lifecycle-"));
    let prefix = plan
        .create_user_pool_domain()
        .and_then(|d| d.get_domain().clone())
        .expect("a domain");
    assert!(prefix.starts_with("lifecycle-login-"), "{prefix}");
    assert!(
        request
            .get_user_pool_tags()
            .as_ref()
            .is_some_and(|t| t.contains_key(EPHEMERAL_TAG))
    );
    assert!(
        plan.warnings()
            .iter()
            .any(|w| w.code() == "deletion-protection-off")
    );
    let first = created(&cognito, &plan).await;
    let second = created(&cognito, &other).await;
    // Ephemeral pools tear down without lifting anything.
    assert_eq!(cognito.user_pool_ids().len(), 3);

    // Not old enough yet: nothing goes.
    let swept = sweep(&cognito, Duration::from_hours(1))
        .await
        .expect("swept");
    assert!(swept.removed().is_empty());
    // Old enough: both ephemeral pools go, the other one stays.
    let swept = sweep(&cognito, Duration::ZERO).await.expect("swept");
    let mut removed = swept.removed().to_vec();
    removed.sort();
    let mut expected = vec![
        first.user_pool_id().to_owned(),
        second.user_pool_id().to_owned(),
    ];
    expected.sort();
    assert_eq!(removed, expected);
    assert!(swept.failed().is_empty());
    assert_eq!(cognito.user_pool_ids(), [kept.user_pool_id().to_owned()]);
}

#[test]
fn a_long_name_stays_within_the_limit_when_made_ephemeral() {
    let long = "p".repeat(128);
    let plan = review(
        &UserPoolWizard::builder()
            .sign_in(email())
            .messaging(Messaging::email(EmailSender::cognito()))
            .app(
                App::builder()
                    .pool_name(long)
                    .client(AppClient::public("web"))
                    .build(),
            )
            .build(),
    );
    let ephemeral = plan.ephemeral().expect("still valid");
    let name = ephemeral
        .create_user_pool()
        .get_pool_name()
        .clone()
        .expect("a name");
    assert_eq!(name.chars().count(), 128);
}

/// How many calls that change something the in-memory Cognito has received.
fn writes(cognito: &InMemoryCognito) -> Vec<(Call, usize)> {
    Call::ALL
        .iter()
        .filter(|c| {
            let name = c.name();
            !(name.starts_with("Describe") || name.starts_with("List") || name.starts_with("Get"))
        })
        .map(|c| (*c, cognito.call_count(*c)))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// The base plan with changes on every target: the pool (password), a custom attribute, MFA
/// (optional instead of required), the client (access token lifetime) and the domain (managed
/// login).
fn changed() -> Reviewed {
    plan(
        email(),
        Security::default()
            .password_policy(PasswordPolicy::Custom(
                CustomPasswordPolicy::default().minimum_length(12),
            ))
            .mfa(Mfa::optional([MfaMethod::AuthenticatorApp])),
        SignUp::default().custom_attribute(CustomAttribute::string("tenant")),
        AppClient::public("web").access_token_validity(TokenValidity::minutes(30)),
        Some(Domain::prefix("lifecycle-login").managed_login(ManagedLoginVersion::ManagedLogin)),
    )
}

#[tokio::test]
async fn apply_changes_in_place_with_complete_requests_and_once_only() {
    let cognito = InMemoryCognito::new();
    let read = created(&cognito, &base()).await;
    let desired = changed();
    let diff = desired.diff(&read);
    assert!(diff.needs_new_pool().next().is_none(), "{diff}");
    assert!(diff.len() >= 5, "{diff}");

    cognito.clear_calls();
    let applied = desired.apply(&cognito, &read).await.expect("applied");
    assert_eq!(applied.diff(), &diff);
    assert_eq!(
        applied.writes(),
        [
            Write::UpdateUserPool,
            Write::AddCustomAttributes,
            Write::SetUserPoolMfaConfig,
            Write::UpdateUserPoolClient,
            Write::UpdateUserPoolDomain,
        ]
    );
    // One of each: nothing is sent twice, nothing else is written.
    let mut sent = writes(&cognito);
    sent.sort();
    let mut expected = vec![
        (Call::UpdateUserPool, 1),
        (Call::SetUserPoolMfaConfig, 1),
        (Call::UpdateUserPoolClient, 1),
        (Call::UpdateUserPoolDomain, 1),
        (Call::AddCustomAttributes, 1),
    ];
    expected.sort();
    assert_eq!(sent, expected);

    // Read back, the pool is as planned: the same plan again sends no write at all.
    let after = ReadBack::read(&cognito, read.user_pool_id())
        .await
        .expect("read");
    let again = desired.diff(&after);
    assert!(again.is_empty(), "after apply:\n{again}");
    assert!(after.kept().is_empty(), "{:?}", after.kept());
    cognito.clear_calls();
    let applied = desired
        .apply(&cognito, &after)
        .await
        .expect("nothing to do");
    assert!(applied.writes().is_empty());
    assert!(writes(&cognito).is_empty(), "{:?}", cognito.calls());
    // And the client id, the pool id and the plan token are the same: changed, not replaced.
    assert_eq!(after.client_id(), read.client_id());
    assert_eq!(after.plan_token(), read.plan_token());
}

#[tokio::test]
async fn apply_refuses_what_needs_a_new_pool_before_any_call() {
    let cognito = InMemoryCognito::new();
    let read = created(&cognito, &base()).await;
    let desired = plan(
        SignIn::with([SignInOption::Username]),
        Security::default(),
        SignUp::default(),
        AppClient::confidential("web"),
        Some(Domain::prefix("lifecycle-login")),
    );
    cognito.clear_calls();
    let error = desired.apply(&cognito, &read).await.expect_err("refused");
    let ApplyError::NeedsNewPool { diff } = &error else {
        panic!("expected NeedsNewPool, got {error}");
    };
    let refused: Vec<&str> = diff
        .needs_new_pool()
        .map(cognito_wizard::provision::Change::path)
        .collect();
    assert!(
        refused.contains(&"AppClients[web].GenerateSecret"),
        "{refused:?}"
    );
    assert!(
        refused.iter().any(|p| p.contains("Attributes")),
        "{refused:?}"
    );
    assert!(cognito.calls().is_empty(), "{:?}", cognito.calls());
    let text = error.to_string();
    assert!(text.contains("nothing was sent"), "{text}");
    assert!(text.contains("# needs a new pool"), "{text}");
}

#[tokio::test]
async fn a_partial_apply_says_what_was_applied_and_what_was_not() {
    // The second round fails: the first round's writes took effect.
    let cognito = InMemoryCognito::new();
    let read = created(&cognito, &base()).await;
    cognito.fail_next(
        Call::UpdateUserPoolClient,
        Fault::service("InvalidParameterException", "refused for the test"),
    );
    let error = changed().apply(&cognito, &read).await.expect_err("partial");
    let ApplyError::Partial {
        applied,
        failed,
        not_sent,
    } = &error
    else {
        panic!("expected Partial, got {error}");
    };
    assert!(applied.contains(&Write::UpdateUserPool), "{error}");
    assert!(applied.contains(&Write::SetUserPoolMfaConfig), "{error}");
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].0, Write::UpdateUserPoolClient);
    assert!(not_sent.is_empty());
    assert!(
        error.to_string().contains("UpdateUserPoolClient failed"),
        "{error}"
    );

    // The first round fails: the second is not sent.
    let cognito = InMemoryCognito::new();
    let read = created(&cognito, &base()).await;
    cognito.fail_next(
        Call::UpdateUserPool,
        Fault::service("InvalidParameterException", "refused for the test"),
    );
    let error = changed().apply(&cognito, &read).await.expect_err("partial");
    let ApplyError::Partial {
        applied, not_sent, ..
    } = &error
    else {
        panic!("expected Partial, got {error}");
    };
    assert_eq!(applied, &[Write::AddCustomAttributes]);
    assert!(not_sent.contains(&Write::UpdateUserPoolClient), "{error}");
    assert_eq!(cognito.call_count(Call::UpdateUserPoolClient), 0);

    // Running it again finishes the job.
    let read = ReadBack::read(&cognito, read.user_pool_id())
        .await
        .expect("read");
    changed().apply(&cognito, &read).await.expect("applied");
    let read = ReadBack::read(&cognito, read.user_pool_id())
        .await
        .expect("read");
    assert!(changed().diff(&read).is_empty());
}

#[tokio::test(start_paused = true)]
async fn ambiguous_failures_during_apply_are_retried_or_looked_at_and_never_doubled() {
    for fault in [
        Fault::ServerError,
        Fault::TimeoutAfterCommit,
        Fault::DroppedAfterCommit,
        Fault::LateCommit { after_calls: 0 },
        Fault::Throttle,
    ] {
        let cognito = InMemoryCognito::new();
        let read = created(&cognito, &base()).await;
        for call in [
            Call::UpdateUserPool,
            Call::AddCustomAttributes,
            Call::SetUserPoolMfaConfig,
            Call::UpdateUserPoolClient,
            Call::UpdateUserPoolDomain,
        ] {
            cognito.fail_next(call, fault.clone());
        }
        let applied = changed()
            .apply(&cognito, &read)
            .await
            .unwrap_or_else(|e| panic!("{fault:?}: {e}"));
        assert_eq!(applied.writes().len(), 5, "{fault:?}");
        cognito.flush_late_commits();
        for call in [Call::UpdateUserPool, Call::AddCustomAttributes] {
            assert_eq!(cognito.faults_fired(call), 1, "{fault:?} {call}");
        }
        let after = ReadBack::read(&cognito, read.user_pool_id())
            .await
            .expect("read");
        let diff = changed().diff(&after);
        assert!(diff.is_empty(), "{fault:?}:\n{diff}");
        assert!(after.kept().is_empty(), "{fault:?}: {:?}", after.kept());
    }
}

#[tokio::test]
async fn ensure_creates_then_applies_then_leaves_alone_and_refuses_to_guess() {
    let cognito = InMemoryCognito::new();
    let first = base().ensure(&cognito).await.expect("created");
    assert!(matches!(first, Ensured::Created(_)), "{first}");
    let second = changed().ensure(&cognito).await.expect("updated");
    let Ensured::Updated { applied, .. } = &second else {
        panic!("expected Updated, got {second}");
    };
    assert!(!applied.writes().is_empty());
    assert_eq!(second.user_pool_id(), first.user_pool_id());
    cognito.clear_calls();
    let third = changed().ensure(&cognito).await.expect("unchanged");
    assert!(matches!(third, Ensured::Unchanged(_)), "{third}");
    assert!(writes(&cognito).is_empty(), "{:?}", cognito.calls());

    // A change that needs a new pool: refused, nothing written.
    cognito.clear_calls();
    let refused = plan(
        email().case_sensitive(true),
        Security::default(),
        SignUp::default(),
        AppClient::public("web"),
        None,
    )
    .ensure(&cognito)
    .await
    .expect_err("refused");
    assert!(
        matches!(refused, EnsureError::Apply(ApplyError::NeedsNewPool { .. })),
        "{refused}"
    );
    assert!(writes(&cognito).is_empty(), "{:?}", cognito.calls());

    // Two pools of the name: which one is meant is not for the crate to guess.
    base()
        .create(&cognito)
        .await
        .expect_err("the domain is taken");
    plan(
        email(),
        Security::default(),
        SignUp::default(),
        AppClient::public("web"),
        None,
    )
    .create(&cognito)
    .await
    .expect("a second pool of the name");
    cognito.clear_calls();
    let error = base().ensure(&cognito).await.expect_err("ambiguous");
    let EnsureError::Ambiguous { user_pool_ids, .. } = &error else {
        panic!("expected Ambiguous, got {error}");
    };
    assert_eq!(user_pool_ids.len(), 2);
    assert!(writes(&cognito).is_empty());
    assert!(error.to_string().contains(&user_pool_ids[0]), "{error}");
}

#[tokio::test(start_paused = true)]
async fn an_apply_takes_two_round_trips_of_writes_and_a_no_op_none() {
    use tokio::time::Instant;

    const LATENCY: Duration = Duration::from_millis(100);
    let cognito = InMemoryCognito::new();
    let read = created(&cognito, &base()).await;
    cognito.set_latency(LATENCY);
    let start = Instant::now();
    changed().apply(&cognito, &read).await.expect("applied");
    // UpdateUserPool with AddCustomAttributes, then MFA, client and domain together.
    assert_eq!(start.elapsed(), 2 * LATENCY);

    // A no-op ensure: list the pools, read the pool, then its MFA, clients and domain at once,
    // then each client: four round trips of reads, no write.
    let start = Instant::now();
    cognito.clear_calls();
    let ensured = changed().ensure(&cognito).await.expect("unchanged");
    assert!(matches!(ensured, Ensured::Unchanged(_)));
    assert!(writes(&cognito).is_empty());
    assert_eq!(start.elapsed(), 4 * LATENCY, "{:?}", cognito.calls());
}
