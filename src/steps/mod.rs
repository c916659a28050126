//! One module per page of the console's "Create user pool" wizard. Each owns its types, their
//! console defaults, their mapping onto the SDK's wire inputs, its section of the review page,
//! and (in its `rules` submodule) the validation rules the console shows on that page.

pub mod app;
pub mod messaging;
pub mod security;
pub mod sign_in;
pub mod sign_up;

use aws_smithy_types::error::operation::BuildError;

/// Unwraps an SDK builder's result. The builders only fail when a required member is
/// missing, and the wizard always sets those: a failure here is a bug in the mapping.
pub(crate) fn built<T>(result: Result<T, BuildError>) -> T {
    match result {
        Ok(value) => value,
        Err(e) => unreachable!("the wizard sets every required member: {e}"),
    }
}
