//! Property test: arbitrary inputs into every member of `CreateUserPool`,
//! `CreateUserPoolClient` and `CreateUserPoolDomain`, and of their updates `UpdateUserPool`
//! and `UpdateUserPoolClient` (the create generators' requests as updates, see `update`)
//!
//! - A: never panic validation (nor the report's `Display`), and
//! - B: whatever validation accepts satisfies the service model.
//!
//! B's oracle is independent of the crate: the accepted input is serialized by the SDK itself
//! (sent through a client whose HTTP client captures the request, see `wire`), and the JSON body
//! is checked generically against `tests/fixtures/constraints.json` (a copy of the shared model
//! extract) by walking the request shape (see `oracle`). Generated requests mix clean ones (all
//! members absent or valid and coherent, so a good share is accepted), ones with a single wild
//! member (a boundary just outside the model, odd Unicode, an unknown enum value, a huge number,
//! an odd list size), and chaotic ones (see `generate`).
//!
//! Besides the two properties, a refused request's report must name the wire path of every
//! model violation the oracle finds (the path is what users and the hidden corpus look for),
//! at least 10% of the requests must be accepted, and every member must show up on the wire.
//! The summary printed per operation also lists clean requests that validation refused (a sign
//! of a validator stricter than the service, or of a generator mistake).
//!
//! The one exception the oracle makes to the model is documented at `oracle::pattern_exempt`.
//!
//! The RNG seed is fixed, so runs are reproducible; `PROPTEST_CASES` overrides the number of
//! cases per operation. Run with `--nocapture` to see the acceptance rates and diagnostics.

mod client;
mod domain;
mod generate;
mod oracle;
mod pool;
mod update;
mod wire;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use cognito_wizard::validate::{self, ValidationErrors};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use serde_json::Value;

use generate::Mode;
use oracle::{Finding, Model};
use wire::Wire;

/// The share of generated requests that validation must accept, so that property B is not
/// vacuous.
const MIN_ACCEPTED: f64 = 0.10;

/// A request's mode: clean, a single wild member (most cases), or chaos.
fn mode(members: usize) -> BoxedStrategy<Mode> {
    prop_oneof![
        3 => Just(Mode::Clean),
        8 => (0..members).prop_map(Mode::Fault),
        1 => Just(Mode::Chaos),
    ]
    .boxed()
}

/// What a run saw, for the assertions and the printed summary.
#[derive(Default)]
struct Outcome {
    cases: usize,
    accepted: usize,
    /// Per mode: (cases, accepted).
    modes: BTreeMap<&'static str, (usize, usize)>,
    /// Property B failures: (wire path template, constraint) -> (count, first example).
    accepted_but_invalid: BTreeMap<(String, String), (usize, Finding)>,
    /// Clean requests (coherent and within the model) that validation refused, by rule code:
    /// either this test's idea of the semantic rules or the validator is too strict.
    clean_refused: BTreeMap<String, (usize, String)>,
    /// Model violations the oracle found in a refused request whose report does not name the
    /// wire path (a softer check: the hidden corpus looks for the path in the report).
    unnamed: BTreeMap<(String, String), (usize, String)>,
    /// Every member path (template) that appeared on the wire.
    seen: BTreeSet<String>,
}

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Clean => "clean",
        Mode::Fault(_) => "one wild member",
        Mode::Chaos => "chaos",
    }
}

fn config(default_cases: u32) -> Config {
    let mut config = Config {
        rng_seed: RngSeed::Fixed(0x00C0_6417),
        failure_persistence: None,
        ..Config::default()
    };
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = default_cases;
    }
    config
}

/// Runs both properties for one operation.
fn check<B: Clone + std::fmt::Debug>(
    operation: &'static str,
    default_cases: u32,
    strategy: &BoxedStrategy<(Mode, B)>,
    validate: impl Fn(&B) -> Result<(), ValidationErrors>,
    wire: impl Fn(&Wire, B) -> Value,
) {
    let model = Model::load();
    let sender = Wire::new();
    let outcome = RefCell::new(Outcome::default());
    let mut runner = TestRunner::new(config(default_cases));
    let result = runner.run(strategy, |(mode, builder)| {
        // Property A: validation returns, and so does its report.
        let result = validate(&builder);
        let report = match &result {
            Ok(()) => None,
            Err(errors) => {
                let report = errors.to_string();
                prop_assert!(!errors.is_empty(), "an error without violations");
                for violation in errors {
                    prop_assert!(
                        report.contains(violation.path()),
                        "the report does not name {}:\n{report}",
                        violation.path()
                    );
                }
                Some((
                    errors
                        .iter()
                        .map(|v| v.code().to_owned())
                        .collect::<Vec<_>>(),
                    report,
                ))
            }
        };
        // Property B: the wire form of an accepted request is within the model. Refused
        // requests are serialized too, for member coverage and the diagnostics.
        let json = wire(&sender, builder);
        let (findings, seen) = model.check(operation, &json);
        let mut outcome = outcome.borrow_mut();
        outcome.cases += 1;
        outcome.seen.extend(seen);
        let counts = outcome.modes.entry(mode_name(mode)).or_default();
        counts.0 += 1;
        match report {
            None => {
                counts.1 += 1;
                outcome.accepted += 1;
                for finding in findings {
                    let key = (finding.template.clone(), finding.constraint.clone());
                    outcome
                        .accepted_but_invalid
                        .entry(key)
                        .or_insert((0, finding))
                        .0 += 1;
                }
            }
            Some((codes, report)) => {
                if mode == Mode::Clean && findings.is_empty() {
                    for code in codes {
                        let line = report
                            .lines()
                            .find(|l| l.contains(&format!("[{code}]")))
                            .unwrap_or_default()
                            .to_owned();
                        outcome.clean_refused.entry(code).or_insert((0, line)).0 += 1;
                    }
                }
                for finding in findings {
                    if !named(&report, &finding) {
                        let key = (finding.template.clone(), finding.constraint.clone());
                        let shown: Vec<&str> = report.lines().take(4).collect();
                        let example = format!(
                            "{finding}\n          report: {}",
                            shown.join("\n                  ")
                        );
                        outcome.unnamed.entry(key).or_insert((0, example)).0 += 1;
                    }
                }
            }
        }
        Ok(())
    });
    let outcome = outcome.into_inner();
    let summary = summary(operation, &outcome, &model);
    println!("{summary}");
    if let Err(failure) = result {
        panic!(
            "{operation}: property A (validation returns, its report names every violation's path) failed: {failure}"
        );
    }
    let mut failures = Vec::new();
    if !outcome.accepted_but_invalid.is_empty() {
        failures.push("property B: validation accepted requests outside the model");
    }
    if !outcome.unnamed.is_empty() {
        failures.push("a refused request's report does not name a wire path the model flags");
    }
    #[expect(clippy::cast_precision_loss, reason = "case counts are small")]
    let accepted = outcome.accepted as f64 / outcome.cases.max(1) as f64;
    if accepted < MIN_ACCEPTED {
        failures
            .push("too few requests accepted for property B to mean much (at least 10% needed)");
    }
    if !model.member_paths(operation).is_subset(&outcome.seen) {
        failures.push("some members were never generated");
    }
    // The summary, printed above, says which requests and members.
    assert!(failures.is_empty(), "{operation}: {}", failures.join("; "));
}

/// Whether a report names the wire path of a finding: the concrete path, or for a map entry
/// the map's own path (reports may spell keys differently).
fn named(report: &str, finding: &Finding) -> bool {
    let path = finding.path.split('{').next().unwrap_or_default();
    report.contains(path)
}

fn summary(operation: &str, outcome: &Outcome, model: &Model) -> String {
    let mut out = String::new();
    let percent = |part: usize, whole: usize| {
        #[expect(clippy::cast_precision_loss, reason = "case counts are small")]
        let share = part as f64 * 100.0 / whole.max(1) as f64;
        share
    };
    let _ = writeln!(
        out,
        "{operation}: {} cases, {} accepted ({:.1}%)",
        outcome.cases,
        outcome.accepted,
        percent(outcome.accepted, outcome.cases)
    );
    for (mode, (cases, accepted)) in &outcome.modes {
        let _ = writeln!(
            out,
            "  {mode}: {cases} cases, {accepted} accepted ({:.1}%)",
            percent(*accepted, *cases)
        );
    }
    if !outcome.accepted_but_invalid.is_empty() {
        let _ = writeln!(out, "  ACCEPTED BUT OUTSIDE THE MODEL (property B):");
        for (count, finding) in outcome.accepted_but_invalid.values() {
            let _ = writeln!(out, "    {count:>4}× {finding}");
        }
    }
    if !outcome.clean_refused.is_empty() {
        let _ = writeln!(
            out,
            "  clean requests within the model that validation refused:"
        );
        for (code, (count, line)) in &outcome.clean_refused {
            let _ = writeln!(out, "    {count:>4}× [{code}] e.g. {line}");
        }
    }
    if !outcome.unnamed.is_empty() {
        let _ = writeln!(
            out,
            "  REFUSED, BUT THE REPORT DOES NOT NAME THE PATH THE MODEL FLAGS:"
        );
        for (count, example) in outcome.unnamed.values() {
            let _ = writeln!(out, "    {count:>4}× {example}");
        }
    }
    let members = model.member_paths(operation);
    let never: Vec<&String> = members.difference(&outcome.seen).collect();
    if !never.is_empty() {
        let _ = writeln!(out, "  members never generated: {never:?}");
    }
    out
}

#[test]
fn create_user_pool_never_panics_and_accepts_only_model_valid_requests() {
    let members = pool::member_count();
    // About 150 members: more cases than the other operations so each gets its wild values.
    check(
        "CreateUserPool",
        1024,
        &pool::strategy(members),
        |b| validate::create_user_pool(&b.clone().build().expect("top-level members are optional")),
        Wire::create_user_pool,
    );
}

#[test]
fn create_user_pool_client_never_panics_and_accepts_only_model_valid_requests() {
    let members = client::member_count();
    check(
        "CreateUserPoolClient",
        512,
        &client::strategy(members),
        |b| {
            validate::create_user_pool_client(
                &b.clone().build().expect("top-level members are optional"),
            )
        },
        Wire::create_user_pool_client,
    );
}

#[test]
fn create_user_pool_domain_never_panics_and_accepts_only_model_valid_requests() {
    let members = domain::member_count();
    check(
        "CreateUserPoolDomain",
        512,
        &domain::strategy(members),
        |b| {
            validate::create_user_pool_domain(
                &b.clone().build().expect("top-level members are optional"),
            )
        },
        Wire::create_user_pool_domain,
    );
}

#[test]
fn update_user_pool_never_panics_and_accepts_only_model_valid_requests() {
    let members = update::pool_member_count();
    check(
        "UpdateUserPool",
        1024,
        &update::pool_strategy(members),
        |b| validate::update_user_pool(&b.clone().build().expect("top-level members are optional")),
        Wire::update_user_pool,
    );
}

#[test]
fn update_user_pool_client_never_panics_and_accepts_only_model_valid_requests() {
    let members = update::client_member_count();
    check(
        "UpdateUserPoolClient",
        512,
        &update::client_strategy(members),
        |b| {
            validate::update_user_pool_client(
                &b.clone().build().expect("top-level members are optional"),
            )
        },
        Wire::update_user_pool_client,
    );
}

/// The oracle walks the model as documented and translates patterns to the service's Java flavour.
#[test]
fn oracle_follows_the_model_and_the_java_pattern_flavour() {
    let re = |p: &str| regex::Regex::new(&oracle::java_to_rust(p)).expect("compiles");
    let name = re(r"[\w\s+=,.@-]+");
    assert!(name.is_match("my pool_1+=,.@-\t"));
    assert!(!name.is_match("café"), "\\w is ASCII");
    assert!(!name.is_match("a\u{a0}b"), "no-break space is not \\s");
    assert!(!name.is_match("x!"), "anchored at the end");
    let sms = re(r".*\{####\}.*");
    assert!(sms.is_match("Code {####} \u{a0}ok"));
    assert!(!sms.is_match("Code\n{####}"), ". stops at line breaks");
    assert!(
        !sms.is_match("Code {####}\u{2028}"),
        ". stops at Java's line separators"
    );
    assert!(re("(?s).*").is_match("a\nb"));
    let domain = re(r"^[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?$");
    assert!(domain.is_match("my-app"));
    assert!(!domain.is_match("my-app-"));
    assert!(!domain.is_match("auth.example.com"));
    let arn = re(
        r"arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?",
    );
    assert!(arn.is_match("arn:aws:iam::123456789012:role/x"));
    assert!(!arn.is_match("arn:aws:iam::12x:role/x"));
    let model = Model::load();
    let wire = serde_json::json!({
        "PoolName": "ok",
        "Policies": { "PasswordPolicy": { "MinimumLength": 100 } },
        "Schema": [],
        "UserPoolTags": { "": "v" },
        "Bogus": 1
    });
    let members = model.member_paths("CreateUserPool");
    for member in [
        "Schema[].NumberAttributeConstraints.MinValue",
        "UserPoolTags{key}",
        "AcrConfiguration{value}.AcrValue",
        "DeviceConfiguration.ChallengeRequiredOnNewDevice",
    ] {
        assert!(members.contains(member), "{member}");
    }
    assert!(
        !members.iter().any(|m| m.starts_with("DcrConfiguration")),
        "not in SDK 1.144"
    );
    let (findings, _) = model.check("CreateUserPool", &wire);
    let paths: BTreeSet<&str> = findings.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        BTreeSet::from([
            "Policies.PasswordPolicy.MinimumLength",
            "Schema",
            "UserPoolTags{\"\"}",
            "Bogus"
        ]),
        "{findings:#?}"
    );
}
