//! Table-driven rule tests: every catalog rule has cases, each a pair of inputs on both sides of
//! the rule's boundary. Each rules module contributes its own `cases()`; this file runs them all
//! and checks that no catalog rule is left without one.

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::builders::CreateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::builders::CreateUserPoolClientInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::builders::CreateUserPoolDomainInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::builders::SetUserPoolMfaConfigInputBuilder;

use super::{ValidationErrors, catalog};

/// One input of a case (boxed: the SDK inputs are large, and case tables hold hundreds).
pub(crate) enum Input {
    /// A `CreateUserPool` request.
    Pool(Box<CreateUserPoolInput>),
    /// A `CreateUserPoolClient` request.
    Client(Box<CreateUserPoolClientInput>),
    /// A `CreateUserPoolDomain` request.
    Domain(Box<CreateUserPoolDomainInput>),
    /// A `SetUserPoolMfaConfig` request, as a plan sends it (without `UserPoolId`).
    MfaConfig(Box<SetUserPoolMfaConfigInput>),
    /// A whole wizard, for rules that only review can check (they span several requests).
    Wizard(Box<crate::UserPoolWizard>),
}

impl Input {
    fn validate(&self) -> Result<(), ValidationErrors> {
        match self {
            Input::Pool(i) => super::create_user_pool(i),
            Input::Client(i) => super::create_user_pool_client(i),
            Input::Domain(i) => super::create_user_pool_domain(i),
            Input::MfaConfig(i) => {
                let mut report = super::check::Report::plan(super::Operation::SetUserPoolMfaConfig);
                crate::steps::security::mfa_rules::check(i, &mut report);
                report.finish()
            }
            Input::Wizard(w) => (**w).clone().review().map(|_| ()),
        }
    }
}

impl From<CreateUserPoolInputBuilder> for Input {
    fn from(b: CreateUserPoolInputBuilder) -> Self {
        Input::Pool(Box::new(b.build().expect("top-level members are optional")))
    }
}

impl From<CreateUserPoolClientInputBuilder> for Input {
    fn from(b: CreateUserPoolClientInputBuilder) -> Self {
        Input::Client(Box::new(b.build().expect("top-level members are optional")))
    }
}

impl From<CreateUserPoolDomainInputBuilder> for Input {
    fn from(b: CreateUserPoolDomainInputBuilder) -> Self {
        Input::Domain(Box::new(b.build().expect("top-level members are optional")))
    }
}

impl From<SetUserPoolMfaConfigInputBuilder> for Input {
    fn from(b: SetUserPoolMfaConfigInputBuilder) -> Self {
        Input::MfaConfig(Box::new(b.build().expect("top-level members are optional")))
    }
}

impl From<crate::UserPoolWizard> for Input {
    fn from(w: crate::UserPoolWizard) -> Self {
        Input::Wizard(Box::new(w))
    }
}

/// A minimal pair for one rule: `accepted` passes validation entirely, `rejected` breaks the
/// rule `code` at `path` (a concrete path, list indices filled in).
pub(crate) struct Case {
    pub(crate) code: &'static str,
    pub(crate) path: &'static str,
    pub(crate) accepted: Input,
    pub(crate) rejected: Input,
}

/// Shorthand for building a [`Case`].
pub(crate) fn case(
    code: &'static str,
    path: &'static str,
    accepted: impl Into<Input>,
    rejected: impl Into<Input>,
) -> Case {
    Case {
        code,
        path,
        accepted: accepted.into(),
        rejected: rejected.into(),
    }
}

/// The smallest valid `CreateUserPool` request, to change one member at a time.
pub(crate) fn pool() -> CreateUserPoolInputBuilder {
    CreateUserPoolInput::builder().pool_name("my-user-pool")
}

/// The smallest valid `CreateUserPoolClient` request.
pub(crate) fn client() -> CreateUserPoolClientInputBuilder {
    CreateUserPoolClientInput::builder()
        .user_pool_id("us-east-1_AbC123xyZ")
        .client_name("my-app-client")
}

/// The smallest valid `CreateUserPoolDomain` request.
pub(crate) fn domain() -> CreateUserPoolDomainInputBuilder {
    CreateUserPoolDomainInput::builder()
        .user_pool_id("us-east-1_AbC123xyZ")
        .domain("my-login")
}

/// The smallest valid `SetUserPoolMfaConfig` request of a plan: the console's default MFA
/// (required, authenticator apps), without `UserPoolId`.
pub(crate) fn mfa_config() -> SetUserPoolMfaConfigInputBuilder {
    use aws_sdk_cognitoidentityprovider::types::{SoftwareTokenMfaConfigType, UserPoolMfaType};
    SetUserPoolMfaConfigInput::builder()
        .mfa_configuration(UserPoolMfaType::On)
        .software_token_mfa_configuration(
            SoftwareTokenMfaConfigType::builder().enabled(true).build(),
        )
}

fn all_cases() -> Vec<Case> {
    use crate::steps::{app, messaging, security, sign_in, sign_up};
    let mut all = Vec::new();
    all.extend(sign_in::rules::cases());
    all.extend(security::rules::cases());
    all.extend(security::mfa_rules::cases());
    all.extend(sign_up::rules::cases());
    all.extend(messaging::rules::cases());
    all.extend(app::pool_rules::cases());
    all.extend(app::domain_rules::cases());
    all.extend(app::client_rules::cases());
    all.extend(crate::review::cases());
    all
}

#[test]
fn baselines_are_valid() {
    super::create_user_pool(&pool().build().unwrap()).unwrap();
    super::create_user_pool_client(&client().build().unwrap()).unwrap();
    super::create_user_pool_domain(&domain().build().unwrap()).unwrap();
}

#[test]
fn every_case_is_accepted_on_one_side_and_rejected_on_the_other() {
    let mut failures = Vec::new();
    for (i, case) in all_cases().iter().enumerate() {
        if let Err(errors) = case.accepted.validate() {
            failures.push(format!(
                "case {i} ({}): the accepted side was rejected:\n{errors}",
                case.code
            ));
        }
        match case.rejected.validate() {
            Ok(()) => failures.push(format!(
                "case {i} ({}): the rejected side was accepted",
                case.code
            )),
            Err(errors) => {
                if !errors
                    .iter()
                    .any(|v| v.code() == case.code && v.path() == case.path)
                {
                    failures.push(format!(
                        "case {i} ({}): expected a violation at {}, got:\n{errors}",
                        case.code, case.path
                    ));
                }
                if !errors.to_string().contains(case.path) {
                    failures.push(format!(
                        "case {i} ({}): the report does not name {}",
                        case.code, case.path
                    ));
                }
                // A lone request's violations are all of its operation, which names the report.
                let lone = match &case.rejected {
                    Input::Pool(_) => Some(super::Operation::CreateUserPool),
                    Input::Client(_) => Some(super::Operation::CreateUserPoolClient),
                    Input::Domain(_) => Some(super::Operation::CreateUserPoolDomain),
                    Input::MfaConfig(_) | Input::Wizard(_) => None,
                };
                if let Some(operation) = lone {
                    for v in &errors {
                        if v.operation() != operation || !v.rule().serves(operation) {
                            failures.push(format!(
                                "case {i} ({}): {} reported in {}",
                                case.code,
                                v.code(),
                                v.operation()
                            ));
                        }
                    }
                    if !errors
                        .to_string()
                        .starts_with(&format!("the {operation} request"))
                    {
                        failures.push(format!(
                            "case {i} ({}): the report does not name {operation}",
                            case.code
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_catalog_rule_fires_in_some_case() {
    let cases = all_cases();
    let missing: Vec<&str> = catalog()
        .iter()
        .map(|r| r.code)
        .filter(|code| !cases.iter().any(|c| c.code == *code))
        .collect();
    assert!(missing.is_empty(), "rules without a case: {missing:?}");
}

#[test]
fn rule_codes_are_unique_and_paths_named() {
    let mut seen = std::collections::HashSet::new();
    for rule in catalog() {
        assert!(seen.insert(rule.code), "duplicate rule code {}", rule.code);
        assert!(!rule.path.is_empty() && !rule.label.is_empty(), "{rule:?}");
    }
}

#[test]
fn every_case_names_a_catalog_rule() {
    for case in all_cases() {
        assert!(
            catalog().iter().any(|r| r.code == case.code),
            "case for unknown rule {}",
            case.code
        );
    }
}
