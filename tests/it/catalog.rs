//! The rule catalog against the semantic-rule list it implements
//! (tests/fixtures/semantic-rules.md, a copy of the project's shared model notes).

use std::collections::BTreeSet;

use cognito_wizard::validate::catalog;

const SEMANTIC_RULES: &str = include_str!("../fixtures/semantic-rules.md");

/// Confirmed or documented rules that never reject anything, so no catalog entry carries them;
/// each is shown on the accepted side of some rule's cases instead.
const ACCEPT_ONLY: &[(&str, &str)] = &[
    (
        "SR-041",
        "TemporaryPasswordValidityDays 0 means the default (7 days)",
    ),
    (
        "SR-055",
        "an absent UserPoolTier is ESSENTIALS for every tier-gated rule",
    ),
    (
        "SR-061",
        "WEB_AUTHN is accepted as a first factor without passkey settings",
    ),
    (
        "SR-063",
        "DcrConfiguration cannot be expressed with SDK 1.144",
    ),
    (
        "SR-072",
        "RefreshTokenValidity 0 means the default (30 days)",
    ),
    (
        "SR-093",
        "ExplicitAuthFlows is checked against the service's list, not the SDK's",
    ),
];

/// Rules whose status is `context` for a lone request but which review enforces, because the
/// wizard holds the context (the e-mail sender and the feature plan of the same plan).
const ENFORCED_WITH_CONTEXT: &[&str] = &["SR-016"];

/// `(id, status)` of every row of the semantic-rule tables.
fn semantic_rules() -> Vec<(&'static str, &'static str)> {
    SEMANTIC_RULES
        .lines()
        .filter(|line| line.starts_with("| SR-"))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            (cells[0], cells[cells.len() - 1])
        })
        .collect()
}

fn enforceable(status: &str) -> bool {
    status.starts_with("confirmed") || status.starts_with("doc")
}

fn cataloged() -> BTreeSet<&'static str> {
    catalog().iter().filter_map(|r| r.semantic_rule).collect()
}

#[test]
fn the_list_is_read() {
    let rules = semantic_rules();
    assert!(rules.len() > 70, "{} rows", rules.len());
    assert!(rules.contains(&("SR-012", "confirmed")));
}

#[test]
fn every_confirmed_or_documented_rule_is_in_the_catalog() {
    let cataloged = cataloged();
    let missing: Vec<&str> = semantic_rules()
        .into_iter()
        .filter(|(id, status)| enforceable(status) && !cataloged.contains(id))
        .map(|(id, _)| id)
        .filter(|id| !ACCEPT_ONLY.iter().any(|(accepted, _)| accepted == id))
        .collect();
    assert!(missing.is_empty(), "no catalog rule implements {missing:?}");
}

#[test]
fn no_rule_that_must_not_reject_is_in_the_catalog() {
    let cataloged = cataloged();
    let wrong: Vec<(&str, &str)> = semantic_rules()
        .into_iter()
        .filter(|(id, status)| !enforceable(status) && cataloged.contains(id))
        .filter(|(id, _)| !ENFORCED_WITH_CONTEXT.contains(id))
        .collect();
    assert!(wrong.is_empty(), "the catalog enforces {wrong:?}");
}

#[test]
fn every_cataloged_semantic_rule_exists() {
    let known: BTreeSet<&str> = semantic_rules().into_iter().map(|(id, _)| id).collect();
    let unknown: Vec<&str> = cataloged()
        .into_iter()
        .filter(|id| !known.contains(id))
        .collect();
    assert!(
        unknown.is_empty(),
        "catalog rules cite unknown ids {unknown:?}"
    );
}
