//! The `CreateUserPoolClient` rules: step 5's initial app client.

use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;

use crate::validate::Rule;
use crate::validate::check::Report;

/// Every rule of this file, for the catalog.
pub(crate) static RULES: &[&Rule] = &[];

/// Checks `UserPoolId`; separate because review checks a client before the pool exists.
pub(crate) fn check_user_pool_id(user_pool_id: Option<&str>, report: &mut Report) {
    let _ = (user_pool_id, report);
}

/// Checks every member of a `CreateUserPoolClient` request but `UserPoolId`.
pub(crate) fn check(input: &CreateUserPoolClientInput, report: &mut Report) {
    let _ = (input, report);
}

#[cfg(test)]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    Vec::new()
}
