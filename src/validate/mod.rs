//! Validation of the wire inputs, as strict as Cognito: every constraint of the service model
//! and every confirmed or documented cross-field rule.
//!
//! The same checks run in [`UserPoolWizard::review`](crate::UserPoolWizard::review) and in the
//! entry points below, which take raw SDK inputs so code that builds requests by hand gets them
//! too. Each rule lives beside the wizard step that owns it; [`catalog`] lists them all.
//!
//! # Examples
//!
//! ```
//! use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
//! use aws_sdk_cognitoidentityprovider::types::{PasswordPolicyType, UserPoolPolicyType};
//!
//! let input = CreateUserPoolInput::builder()
//!     .pool_name("my pool!") // `!` is not allowed in pool names
//!     .policies(
//!         UserPoolPolicyType::builder()
//!             .password_policy(PasswordPolicyType::builder().minimum_length(3).build())
//!             .build(),
//!     )
//!     .build()
//!     .unwrap();
//!
//! let errors = cognito_wizard::validate::create_user_pool(&input).unwrap_err();
//! assert_eq!(errors.len(), 2); // every violation, not just the first
//! let report = errors.to_string();
//! assert!(report.contains("Policies.PasswordPolicy.MinimumLength"));
//! assert!(report.contains("PoolName"));
//! ```

pub(crate) mod check;
mod report;
pub(crate) mod shapes;

use std::sync::LazyLock;

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;

pub use report::{Operation, Rule, Step, ValidationErrors, Violation};

use crate::steps::{app, messaging, security, sign_in, sign_up};
use check::Report;

/// Checks a `CreateUserPool` request as the service would.
///
/// # Errors
///
/// Every violated rule, each with its wire path and console label.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
///
/// let input = CreateUserPoolInput::builder().pool_name("my-user-pool").build().unwrap();
/// assert!(cognito_wizard::validate::create_user_pool(&input).is_ok());
/// ```
pub fn create_user_pool(input: &CreateUserPoolInput) -> Result<(), ValidationErrors> {
    let mut report = Report::request(Operation::CreateUserPool);
    check_create_user_pool(input, &mut report);
    report.finish()
}

/// Checks a `CreateUserPoolClient` request as the service would, without knowledge of the pool
/// it names (rules that need the pool's identity providers or resource servers do not reject).
///
/// # Errors
///
/// Every violated rule, each with its wire path and console label.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
///
/// let input = CreateUserPoolClientInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .client_name("my-app-client")
///     .build()
///     .unwrap();
/// assert!(cognito_wizard::validate::create_user_pool_client(&input).is_ok());
/// ```
pub fn create_user_pool_client(input: &CreateUserPoolClientInput) -> Result<(), ValidationErrors> {
    let mut report = Report::request(Operation::CreateUserPoolClient);
    app::client_rules::check_user_pool_id(input.user_pool_id(), &mut report);
    app::client_rules::check(input, &mut report);
    report.finish()
}

/// Checks a `CreateUserPoolDomain` request as the service would.
///
/// # Errors
///
/// Every violated rule, each with its wire path and console label.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;
///
/// let input = CreateUserPoolDomainInput::builder()
///     .user_pool_id("us-east-1_AbC123xyZ")
///     .domain("my-aws-app") // `aws` is reserved as a whole segment
///     .build()
///     .unwrap();
/// let errors = cognito_wizard::validate::create_user_pool_domain(&input).unwrap_err();
/// assert!(errors.to_string().contains("Domain"));
/// ```
pub fn create_user_pool_domain(input: &CreateUserPoolDomainInput) -> Result<(), ValidationErrors> {
    let mut report = Report::request(Operation::CreateUserPoolDomain);
    app::domain_rules::check_user_pool_id(input.user_pool_id(), &mut report);
    app::domain_rules::check(input, &mut report);
    report.finish()
}

/// Runs every step's `CreateUserPool` rules into `report`.
pub(crate) fn check_create_user_pool(input: &CreateUserPoolInput, report: &mut Report) {
    sign_in::rules::check(input, report);
    security::rules::check(input, report);
    sign_up::rules::check(input, report);
    messaging::rules::check(input, report);
    app::pool_rules::check(input, report);
}

/// Every rule the crate checks, each once, in wizard order (then in the order of the first
/// operation each serves).
///
/// # Examples
///
/// ```
/// use cognito_wizard::validate::{catalog, Operation, Step};
///
/// let rule = catalog()
///     .iter()
///     .find(|r| r.path == "Policies.PasswordPolicy.MinimumLength")
///     .unwrap();
/// assert_eq!(rule.step, Step::Security);
/// assert_eq!(rule.label, "Password minimum length");
/// assert_eq!(rule.operations, [Operation::CreateUserPool]);
/// ```
pub fn catalog() -> &'static [&'static Rule] {
    static CATALOG: LazyLock<Vec<&'static Rule>> = LazyLock::new(|| {
        let mut all: Vec<&'static Rule> = Vec::new();
        for rules in [
            sign_in::rules::RULES,
            security::rules::RULES,
            security::mfa_rules::RULES,
            sign_up::rules::RULES,
            messaging::rules::RULES,
            app::pool_rules::RULES,
            app::domain_rules::RULES,
            app::client_rules::RULES,
            crate::review::RULES,
        ] {
            all.extend_from_slice(rules);
        }
        all.sort_by_key(|r| (r.step, r.operations.first().copied()));
        all
    });
    &CATALOG
}

#[cfg(test)]
pub(crate) mod cases;
