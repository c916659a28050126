//! The `CreateUserPool` rules owned by step 1, sign-in experience.

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;

use crate::validate::Rule;
use crate::validate::check::Report;

/// Every rule of this step, for the catalog.
pub(crate) static RULES: &[&Rule] = &[];

/// Checks this step's members of a `CreateUserPool` request.
pub(crate) fn check(input: &CreateUserPoolInput, report: &mut Report) {
    let _ = (input, report);
}

#[cfg(test)]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    Vec::new()
}
