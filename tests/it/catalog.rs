//! The rule catalog against the semantic-rule list it implements
//! (tests/fixtures/semantic-rules.md, a copy of the project's shared model notes).
//!
//! Every `confirmed` or `doc` row has a rule tagged with its id, or sits in exactly one of the
//! lists below with the reason; no rule is tagged with a row that must not reject
//! (`unconfirmed`, `contradicted`, `context`).

use std::collections::BTreeSet;

use cognito_wizard::validate::{Operation, catalog};

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
        "an absent UserPoolTier is ESSENTIALS for every tier-gated rule of CreateUserPool",
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
    (
        "SR-106",
        "SetUserPoolMfaConfig replaces the whole MFA state (a silent reset): the rules judge the \
         request as that state, an absent mode as OFF",
    ),
    (
        "SR-110",
        "TOTP alone is a factor of SetUserPoolMfaConfig, without SmsConfiguration",
    ),
    (
        "SR-119",
        "UpdateUserPool resets omitted members (a silent reset): an update is judged as sent; the \
         one omission the service judges is SR-121's",
    ),
    (
        "SR-122",
        "DcrConfiguration cannot be expressed with SDK 1.144",
    ),
    (
        "SR-123",
        "an absent UserPoolTier on update keeps the plan: the tier gates judge only a sent tier",
    ),
    (
        "SR-125",
        "UsernameAttributes, AliasAttributes, UsernameConfiguration and Schema are not members of \
         the SDK's UpdateUserPoolInput: they cannot be sent",
    ),
    (
        "SR-135",
        "UpdateUserPoolClient resets omitted members: the client rules read an omitted member as \
         its default, as on create",
    ),
    (
        "SR-138",
        "an update is never refused for a secret it cannot send: the secret rules judge creates",
    ),
    (
        "SR-149",
        "a custom domain becomes the default passkey RP ID: behaviour, no refusal",
    ),
    (
        "SR-154",
        "Mutable and DeveloperOnlyAttribute: no refusal documented",
    ),
    (
        "SR-163",
        "ProviderDetails secrets: no refusal; reports never quote them (idp_rules tests)",
    ),
    (
        "SR-167",
        "the provider type is not an update member; an update is not refused for a \
         ProviderDetails key it leaves out",
    ),
];

/// Confirmed or documented rules implemented by a rule tagged with another id (one rule serves
/// both operations of a pair): `(id, rule code, operation, how)`.
const COVERED_BY: &[(&str, &str, Operation, &str)] = &[
    (
        "SR-109",
        "set-mfa-needs-a-factor",
        Operation::SetUserPoolMfaConfig,
        "passkey settings do not count as a factor",
    ),
    (
        "SR-121",
        "verify-before-update-needs-auto-verification",
        Operation::UpdateUserPool,
        "sent settings against the AutoVerifiedAttributes the update leaves (empty if omitted)",
    ),
    (
        "SR-126",
        "unused-account-validity-conflict",
        Operation::UpdateUserPool,
        "the legacy UnusedAccountValidityDays beside TemporaryPasswordValidityDays",
    ),
    (
        "SR-127",
        "pool-name",
        Operation::UpdateUserPool,
        "a rename keeps the create constraints",
    ),
    (
        "SR-128",
        "first-auth-factors-need-password",
        Operation::UpdateUserPool,
        "SR-057..SR-059 judge the factors an update sends",
    ),
    (
        "SR-132",
        "recovery-mechanism-count",
        Operation::UpdateUserPool,
        "an empty list is refused, a setting without the list is not",
    ),
    (
        "SR-133",
        "threat-protection-needs-plus",
        Operation::UpdateUserPool,
        "the plan gates judge the features an update sends against the tier it sends",
    ),
    (
        "SR-136",
        "access-token-lifetime",
        Operation::UpdateUserPoolClient,
        "omitted units are the default ones",
    ),
    (
        "SR-137",
        "oauth-flow-needs-callback-url",
        Operation::UpdateUserPoolClient,
        "the create rules judge the update as sent",
    ),
    (
        "SR-143",
        "custom-domain-certificate-us-east-1",
        Operation::UpdateUserPoolDomain,
        "SR-103 on update",
    ),
    (
        "SR-144",
        "domain-prefix",
        Operation::UpdateUserPoolDomain,
        "the model pattern judges prefix domains only",
    ),
    (
        "SR-171",
        "resource-server-name",
        Operation::UpdateResourceServer,
        "Name is required again; an omitted Scopes is accepted",
    ),
];

/// Confirmed or documented rules whose refusal needs what a lone request does not carry (the
/// stored pool, client or provider, the account, the outside world), so no rule rejects on
/// them.
const CONTEXT_ONLY: &[(&str, &str)] = &[
    (
        "SR-112",
        "the pool's AutoVerifiedAttributes, when SetUserPoolMfaConfig drops the SMS factor",
    ),
    (
        "SR-113",
        "the pool's e-mail sender and plan (review enforces them for its plan, SR-016)",
    ),
    (
        "SR-115",
        "the pool's SMS MFA and recovery setting; not in one SetUserPoolMfaConfig request",
    ),
    (
        "SR-117",
        "the pool's first factors or MFA mode beside the request's passkey settings",
    ),
    ("SR-140", "which identity providers the pool still has"),
    (
        "SR-142",
        "whether the named domain is a prefix or a custom one as stored (a prefix with a \
         certificate is unconfirmed)",
    ),
    ("SR-145", "the domain's status"),
    (
        "SR-146",
        "domain names taken in any account (the reserved words are SR-101's rule)",
    ),
    ("SR-147", "the domains the pool and the account have"),
    ("SR-148", "DNS and CloudFront"),
    ("SR-150", "the attributes the pool already has"),
];

/// Confirmed or documented rules of operations this crate does not validate (no entry point
/// was asked for), or that a change to create validation would need.
const NOT_VALIDATED: &[(&str, &str)] = &[
    (
        "SR-129",
        "SMS_OTP without SmsConfiguration, confirmed on CreateUserPool: left out so that create \
         validation stays as it was (it accepts this today, SR-060); unconfirmed on update",
    ),
    (
        "SR-139",
        "Add/DeleteUserPoolClientSecret; PublishSecretsInAWSSecretsManager is not in SDK 1.144",
    ),
    ("SR-141", "concurrent changes: a runtime condition"),
    ("SR-174", "CreateGroup"),
    ("SR-175", "CreateGroup"),
    ("SR-176", "CreateGroup"),
    ("SR-177", "TagResource / UntagResource"),
    (
        "SR-178",
        "TagResource / UntagResource; for UserPoolTags it would change create validation \
         (SR-065 is unconfirmed)",
    ),
    ("SR-179", "DeleteUserPool"),
    ("SR-180", "DeleteUserPool"),
    ("SR-181", "DeleteUserPoolDomain and teardown order"),
    ("SR-182", "DeleteUserPool"),
];

/// Rules whose status is `context` for a lone request but which review enforces, because the
/// wizard holds the context: the e-mail sender and the feature plan of the same plan (SR-016),
/// the identity providers its clients offer, which a new pool has only from the plan (SR-090).
const ENFORCED_WITH_CONTEXT: &[&str] = &["SR-016", "SR-090"];

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

/// Every id of the exception lists, with the list it is in.
fn exceptions() -> Vec<(&'static str, &'static str)> {
    let mut all = Vec::new();
    all.extend(ACCEPT_ONLY.iter().map(|(id, _)| (*id, "ACCEPT_ONLY")));
    all.extend(COVERED_BY.iter().map(|(id, ..)| (*id, "COVERED_BY")));
    all.extend(CONTEXT_ONLY.iter().map(|(id, _)| (*id, "CONTEXT_ONLY")));
    all.extend(NOT_VALIDATED.iter().map(|(id, _)| (*id, "NOT_VALIDATED")));
    all
}

#[test]
fn the_list_is_read() {
    let rules = semantic_rules();
    assert!(rules.len() > 150, "{} rows", rules.len());
    assert!(rules.contains(&("SR-012", "confirmed")));
    assert!(rules.contains(&("SR-107", "confirmed")));
    assert!(rules.contains(&(
        "SR-120",
        "contradicted (the doc says reset; measured as kept)"
    )));
}

#[test]
fn every_confirmed_or_documented_rule_is_in_the_catalog() {
    let cataloged = cataloged();
    let exceptions = exceptions();
    let missing: Vec<&str> = semantic_rules()
        .into_iter()
        .filter(|(id, status)| enforceable(status) && !cataloged.contains(id))
        .map(|(id, _)| id)
        .filter(|id| !exceptions.iter().any(|(listed, _)| listed == id))
        .collect();
    assert!(missing.is_empty(), "no catalog rule implements {missing:?}");
}

#[test]
fn the_exceptions_are_enforceable_uncataloged_and_listed_once() {
    let rules = semantic_rules();
    let cataloged = cataloged();
    let exceptions = exceptions();
    for (id, list) in &exceptions {
        let status = rules
            .iter()
            .find(|(known, _)| known == id)
            .map_or_else(|| panic!("{list} names unknown {id}"), |(_, s)| *s);
        assert!(
            enforceable(status),
            "{list}: {id} is {status}, it needs no exception"
        );
        assert!(
            !cataloged.contains(id),
            "{list}: {id} has a rule of its own, it needs no exception"
        );
        let lists = exceptions.iter().filter(|(other, _)| other == id).count();
        assert_eq!(lists, 1, "{id} is listed {lists} times");
    }
}

#[test]
fn every_covering_rule_serves_its_operation() {
    for (id, code, operation, _) in COVERED_BY {
        let rule = catalog()
            .iter()
            .find(|r| r.code == *code)
            .unwrap_or_else(|| panic!("{id}: no rule {code}"));
        assert!(
            rule.serves(*operation),
            "{id}: {code} does not serve {operation}"
        );
    }
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

#[test]
fn every_operation_with_an_entry_point_has_rules() {
    for operation in [
        Operation::CreateUserPool,
        Operation::UpdateUserPool,
        Operation::SetUserPoolMfaConfig,
        Operation::AddCustomAttributes,
        Operation::CreateUserPoolDomain,
        Operation::UpdateUserPoolDomain,
        Operation::CreateUserPoolClient,
        Operation::UpdateUserPoolClient,
        Operation::CreateIdentityProvider,
        Operation::UpdateIdentityProvider,
        Operation::CreateResourceServer,
        Operation::UpdateResourceServer,
    ] {
        let rules = catalog().iter().filter(|r| r.serves(operation)).count();
        assert!(rules > 0, "{operation} has no rules");
        // `UserPoolId` (or its twin) is the first rule of every request that names a pool.
        assert!(
            operation == Operation::CreateUserPool
                || catalog()
                    .iter()
                    .any(|r| r.serves(operation) && r.path == "UserPoolId"),
            "{operation} does not check UserPoolId"
        );
    }
}
