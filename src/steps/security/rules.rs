//! The `CreateUserPool` rules owned by step 2, security requirements: password policy, MFA,
//! account recovery, feature plan, threat protection, encryption, ACR levels.

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;

use crate::validate::check::{At, Report};
use crate::validate::{Operation, Rule, Step};

const fn rule(code: &'static str, path: &'static str, label: &'static str) -> Rule {
    Rule::new(code, Step::Security, Operation::CreateUserPool, path, label)
}

static PASSWORD_MINIMUM_LENGTH: Rule = rule(
    "password-minimum-length",
    "Policies.PasswordPolicy.MinimumLength",
    "Password minimum length",
);

/// Every rule of this step, for the catalog.
pub(crate) static RULES: &[&Rule] = &[&PASSWORD_MINIMUM_LENGTH];

/// Checks this step's members of a `CreateUserPool` request.
pub(crate) fn check(input: &CreateUserPoolInput, report: &mut Report) {
    if let Some(password) = input.policies().and_then(|p| p.password_policy()) {
        if let Some(length) = password.minimum_length() {
            report.range(&PASSWORD_MINIMUM_LENGTH, At::Path, length.into(), 6, 99);
        }
    }
}

/// The pool's feature plan as the service evaluates it: an absent `UserPoolTier` is
/// `ESSENTIALS` (SR-055). Every tier-gated rule reads the tier through this.
pub(crate) fn tier(input: &CreateUserPoolInput) -> &str {
    input.user_pool_tier().map_or("ESSENTIALS", |t| t.as_str())
}

#[cfg(test)]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    use crate::validate::cases::{case, pool};
    use aws_sdk_cognitoidentityprovider::types::{PasswordPolicyType, UserPoolPolicyType};

    let min_length = |n| {
        UserPoolPolicyType::builder()
            .password_policy(PasswordPolicyType::builder().minimum_length(n).build())
            .build()
    };
    let path = "Policies.PasswordPolicy.MinimumLength";
    vec![
        case(
            PASSWORD_MINIMUM_LENGTH.code,
            path,
            pool().policies(min_length(6)),
            pool().policies(min_length(5)),
        ),
        case(
            PASSWORD_MINIMUM_LENGTH.code,
            path,
            pool().policies(min_length(99)),
            pool().policies(min_length(100)),
        ),
    ]
}
