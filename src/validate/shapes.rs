//! The operations a rule serves, named once.

use super::Operation;

/// `CreateUserPool`.
pub(crate) const CREATE_POOL: &[Operation] = &[Operation::CreateUserPool];
/// `SetUserPoolMfaConfig`.
pub(crate) const MFA_CONFIG: &[Operation] = &[Operation::SetUserPoolMfaConfig];
/// `CreateUserPoolClient`.
pub(crate) const CREATE_CLIENT: &[Operation] = &[Operation::CreateUserPoolClient];
/// `CreateUserPoolDomain`.
pub(crate) const CREATE_DOMAIN: &[Operation] = &[Operation::CreateUserPoolDomain];
