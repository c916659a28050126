//! What the wizard cannot express, found by comparison: the requests read from a pool against
//! the requests the read-back wizard writes, member by member. Whatever differs is kept and
//! listed, so nothing read is dropped without a line saying so.

use std::fmt;

use crate::provision::compare::differences;
use crate::review::Requests;
use crate::validate::{Operation, Step};

/// A setting of an existing pool that the wizard cannot express: read back, kept, and listed
/// by [`ReadBack::kept`](crate::ReadBack::kept) and on its review page.
///
/// It names the wizard page the setting belongs to, the console's label (or the API's name
/// where the console has none), the request and wire path that would set it, and the pool's
/// value. A secret is never a value: a client secret shows as set or not set.
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
/// use aws_sdk_cognitoidentityprovider::types::AdminCreateUserConfigType;
/// use cognito_wizard::client::Cognito;
/// use cognito_wizard::test_util::InMemoryCognito;
/// use cognito_wizard::validate::Step;
/// use cognito_wizard::ReadBack;
///
/// # tokio::runtime::Builder::new_current_thread().build()?.block_on(async {
/// let cognito = InMemoryCognito::new();
/// // A pool made by hand, with the legacy validity of unused accounts (5 days).
/// let created = cognito
///     .create_user_pool(
///         CreateUserPoolInput::builder().pool_name("legacy").admin_create_user_config(
///             AdminCreateUserConfigType::builder().unused_account_validity_days(5).build(),
///         ),
///     )
///     .await?;
/// let id = created.user_pool().and_then(|p| p.id()).unwrap_or_default();
///
/// let read = ReadBack::read(&cognito, id).await?;
/// let kept = read
///     .kept()
///     .iter()
///     .find(|k| k.path() == "AdminCreateUserConfig.UnusedAccountValidityDays")
///     .unwrap();
/// assert_eq!(kept.step(), Step::Security);
/// assert_eq!(kept.value(), "5");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// # })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    step: Step,
    operation: Operation,
    label: &'static str,
    path: String,
    value: String,
}

impl Kept {
    pub(super) fn new(
        step: Step,
        operation: Operation,
        label: &'static str,
        path: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        Kept {
            step,
            operation,
            label,
            path: path.into(),
            value: value.into(),
        }
    }

    /// The wizard page the setting belongs to.
    pub fn step(&self) -> Step {
        self.step
    }

    /// The request that would set it, e.g. [`Operation::CreateUserPool`].
    pub fn operation(&self) -> Operation {
        self.operation
    }

    /// The console's label, e.g. `"Custom attributes"`.
    pub fn label(&self) -> &'static str {
        self.label
    }

    /// The wire path in the request, e.g. `"Schema[tenant]"` or
    /// `"AdminCreateUserConfig.UnusedAccountValidityDays"`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The pool's value as text: strings quoted, lists separated by `, `, `not set` for a
    /// member the pool does not have (where the wizard would send one).
    pub fn value(&self) -> &str {
        &self.value
    }
}

/// How many characters of a value `Display` shows.
const SHOWN: usize = 80;

/// `[Security] Temporary passwords ... (CreateUserPool AdminCreateUserConfig.UnusedAccountValidityDays): 5`;
/// a long value is cut.
impl fmt::Display for Kept {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "[{}] {} ({} {}): ",
            self.step, self.label, self.operation, self.path
        )?;
        match self.value.char_indices().nth(SHOWN) {
            None => f.write_str(&self.value),
            Some((cut, _)) => write!(
                f,
                "{}… ({} characters)",
                &self.value[..cut],
                self.value.chars().count()
            ),
        }
    }
}

/// The kept items: every member where `read` (the requests read from a pool, canonical)
/// differs from `written` (the requests of the wizard read from them, canonical). `client` says
/// whether the pool has an app client at all (without one there is nothing to compare).
pub(super) fn kept(read: &Requests, written: &Requests, client: bool) -> Vec<Kept> {
    differences(read, written, client, client)
        .into_iter()
        .map(|d| {
            let value = d.current.unwrap_or_else(|| {
                if d.path.starts_with("Schema[") {
                    "not declared"
                } else {
                    "not set"
                }
                .to_owned()
            });
            Kept::new(d.step, d.operation, d.label, d.path, value)
        })
        .collect()
}
