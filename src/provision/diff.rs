//! The diff: a reviewed plan against what a pool holds, one row per console setting that
//! differs, each classed by how it can change. It reads like `terraform plan`.

use std::fmt;

use super::compare::{Difference, differences};
use super::read::{ReadBack, canonicalize};
use crate::review::{Requests, Reviewed};
use crate::steps::sign_up::StandardAttribute;
use crate::validate::check::quote;
use crate::validate::{Operation, Step};

/// Which call changes a setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Target {
    /// `UpdateUserPool` (with the complete configuration).
    Pool,
    /// `AddCustomAttributes`.
    CustomAttributes,
    /// `SetUserPoolMfaConfig`.
    Mfa,
    /// `UpdateUserPoolDomain`, or a domain deleted and created again.
    Domain,
    /// `UpdateUserPoolClient` (with the complete configuration), or `CreateUserPoolClient` for a
    /// pool without one.
    Client,
}

const SIGN_IN_FIXED: &str =
    "sign-in identifiers are fixed when the pool is created (UpdateUserPool has no such member)";
const CASE_FIXED: &str = "user name case sensitivity is fixed when the pool is created";
const SCHEMA_FIXED: &str =
    "required attributes are fixed when the pool is created (the schema cannot change)";
const CUSTOM_FIXED: &str = "a custom attribute cannot be changed or removed, only added";
const SECRET_FIXED: &str =
    "whether a client has a secret, and which, is fixed when the client is created";

/// How a [`Change`] can be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChangeKind {
    /// The update calls change it on the existing pool (`~` in the diff).
    InPlace,
    /// A custom attribute to add, with `AddCustomAttributes` (`+`).
    AddOnly,
    /// The API cannot change it on this pool; the reason says why. Apply refuses the whole
    /// plan: a new pool would lose every user, so the crate never replaces one on its own.
    NeedsNewPool {
        /// Why, e.g. "sign-in identifiers are fixed when the pool is created".
        reason: &'static str,
    },
}

/// One setting that differs between the pool and the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    step: Step,
    label: &'static str,
    path: String,
    current: Option<String>,
    desired: Option<String>,
    kind: ChangeKind,
    target: Target,
}

impl Change {
    /// The wizard page that shows the setting.
    pub fn step(&self) -> Step {
        self.step
    }

    /// The console's label, e.g. "Password minimum length".
    pub fn label(&self) -> &'static str {
        self.label
    }

    /// The wire path, e.g. `Policies.PasswordPolicy.MinimumLength`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The value the pool holds now; `None` when it has none.
    pub fn current(&self) -> Option<&str> {
        self.current.as_deref()
    }

    /// The value the plan wants; `None` when the plan removes it.
    pub fn desired(&self) -> Option<&str> {
        self.desired.as_deref()
    }

    /// How the change can be made.
    pub fn kind(&self) -> ChangeKind {
        self.kind
    }

    #[expect(dead_code, reason = "apply sends a call per target, next")]
    pub(crate) fn target(&self) -> Target {
        self.target
    }
}

/// `~ Password minimum length (Policies.PasswordPolicy.MinimumLength): 8 -> 12`, with `+` for an
/// addition, `-` for a removal and `# needs a new pool: <reason>` for what cannot change.
impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = match (&self.current, &self.desired) {
            (None, Some(_)) => '+',
            (Some(_), None) => '-',
            _ => '~',
        };
        write!(f, "{sign} {} ({}): ", self.label, self.path)?;
        match (&self.current, &self.desired) {
            (Some(current), Some(desired)) => {
                write!(f, "{} -> {}", shown(current), shown(desired))?;
            }
            (None, Some(desired)) => f.write_str(&shown(desired))?,
            (Some(current), None) => write!(f, "{} -> (none)", shown(current))?,
            (None, None) => {}
        }
        if let ChangeKind::NeedsNewPool { reason } = self.kind {
            write!(f, "  # needs a new pool: {reason}")?;
        }
        Ok(())
    }
}

/// A long value is cut, as on the review page.
fn shown(value: &str) -> String {
    if value.chars().count() <= 60 && !value.contains('\n') {
        value.to_owned()
    } else {
        quote(value)
    }
}

/// Every setting that differs between a pool and a plan, in review-page order.
///
/// Produced by [`Reviewed::diff`](crate::Reviewed::diff). Empty when the pool is as planned.
///
/// # Examples
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().enable_time().build()?.block_on(async {
/// use cognito_wizard::ReadBack;
/// use cognito_wizard::test_util::InMemoryCognito;
/// use cognito_wizard::{
///     App, AppClient, CustomPasswordPolicy, EmailSender, Messaging, PasswordPolicy, Security,
///     SignIn, SignInOption, UserPoolWizard,
/// };
///
/// let wizard = |security: Security| {
///     UserPoolWizard::builder()
///         .sign_in(SignIn::with([SignInOption::Email]))
///         .security(security)
///         .messaging(Messaging::email(EmailSender::cognito()))
///         .app(App::builder().pool_name("my-user-pool").client(AppClient::public("web")).build())
///         .build()
///         .review()
/// };
/// let cognito = InMemoryCognito::new();
/// let created = wizard(Security::default())?.create(&cognito).await?;
/// let current = ReadBack::read(&cognito, created.user_pool_id()).await?;
///
/// let longer = Security::default()
///     .password_policy(PasswordPolicy::Custom(CustomPasswordPolicy::default().minimum_length(12)));
/// let diff = wizard(longer)?.diff(&current);
/// assert_eq!(diff.len(), 1);
/// assert_eq!(diff.changes()[0].path(), "Policies.PasswordPolicy.MinimumLength");
/// assert!(diff.to_string().contains("~ Password minimum length"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// # })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diff {
    changes: Vec<Change>,
}

impl Diff {
    /// Compares what a pool holds (read back) with a plan's requests.
    pub(crate) fn between(current: &ReadBack, desired: &Requests) -> Self {
        let mut desired = desired.clone();
        canonicalize(&mut desired);
        let client = &mut desired.create_user_pool_client;
        // Cognito does not say whether a secret was generated or given: the one the pool has
        // is the one the plan gives, or the change is a new secret.
        if let (Some(wanted), Some(have)) =
            (client.client_secret.as_deref(), current.client_secret())
            && wanted == have.expose_secret()
        {
            client.client_secret = None;
            client.generate_secret = Some(true);
        }
        let mut changes: Vec<Change> =
            differences(current.requests(), &desired, current.has_client())
                .into_iter()
                .map(classify)
                .collect();
        if !current.has_client() {
            changes.push(Change {
                step: Step::App,
                label: "App client name",
                path: "ClientName".to_owned(),
                current: None,
                desired: desired.create_user_pool_client.client_name.clone(),
                kind: ChangeKind::InPlace,
                target: Target::Client,
            });
        }
        // Review-page order; within a page, the order of the requests.
        changes.sort_by_key(|c| c.step);
        Diff { changes }
    }

    /// The changes, in review-page order.
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    /// Whether the pool is as planned.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// How many settings differ.
    pub fn len(&self) -> usize {
        self.changes.len()
    }

    /// The changes the API cannot make on this pool: when there is any, apply refuses the plan.
    pub fn needs_new_pool(&self) -> impl Iterator<Item = &Change> {
        self.changes
            .iter()
            .filter(|c| matches!(c.kind, ChangeKind::NeedsNewPool { .. }))
    }

    #[expect(dead_code, reason = "apply sends a call per target, next")]
    pub(crate) fn touches(&self, target: Target) -> bool {
        self.changes.iter().any(|c| c.target == target)
    }
}

/// How a difference can be made, and by which call.
fn classify(d: Difference) -> Change {
    let fixed = |reason| ChangeKind::NeedsNewPool { reason };
    let (kind, target) = match (d.operation, d.path.as_str()) {
        (Operation::CreateUserPool, "UsernameAttributes" | "AliasAttributes") => {
            (fixed(SIGN_IN_FIXED), Target::Pool)
        }
        (Operation::CreateUserPool, "UsernameConfiguration.CaseSensitive") => {
            (fixed(CASE_FIXED), Target::Pool)
        }
        (Operation::CreateUserPool, path) if path.starts_with("Schema[") => {
            let name = path.trim_start_matches("Schema[").trim_end_matches(']');
            let standard = StandardAttribute::ALL.iter().any(|s| s.name() == name);
            if standard {
                (fixed(SCHEMA_FIXED), Target::Pool)
            } else if d.current.is_none() {
                (ChangeKind::AddOnly, Target::CustomAttributes)
            } else {
                (fixed(CUSTOM_FIXED), Target::CustomAttributes)
            }
        }
        // SMS-only MFA is the pool's own setting; the MFA call sets it either way.
        (Operation::CreateUserPool, "MfaConfiguration") => (ChangeKind::InPlace, Target::Mfa),
        (Operation::CreateUserPool, _) => (ChangeKind::InPlace, Target::Pool),
        (Operation::CreateUserPoolClient, "GenerateSecret" | "ClientSecret") => {
            (fixed(SECRET_FIXED), Target::Client)
        }
        (Operation::CreateUserPoolClient, _) => (ChangeKind::InPlace, Target::Client),
        (Operation::CreateUserPoolDomain, _) => (ChangeKind::InPlace, Target::Domain),
        _ => (ChangeKind::InPlace, Target::Mfa),
    };
    Change {
        step: d.step,
        label: d.label,
        path: d.path,
        current: d.current,
        desired: d.desired,
        kind,
        target,
    }
}

/// Like `terraform plan`: a section per step, one line per change, then a summary line
/// ("2 to change in place, 1 to add, 1 refused"); "No changes." when the pool is as planned.
impl fmt::Display for Diff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.changes.is_empty() {
            return f.write_str("No changes: the user pool is as planned.");
        }
        let mut step = None;
        for change in &self.changes {
            if step != Some(change.step) {
                step = Some(change.step);
                writeln!(f, "Step {}: {}", change.step.number(), change.step.title())?;
            }
            writeln!(f, "  {change}")?;
        }
        let count =
            |kind: fn(&ChangeKind) -> bool| self.changes.iter().filter(|c| kind(&c.kind)).count();
        let in_place = count(|k| *k == ChangeKind::InPlace);
        let added = count(|k| *k == ChangeKind::AddOnly);
        let refused = count(|k| matches!(k, ChangeKind::NeedsNewPool { .. }));
        write!(
            f,
            "Plan: {in_place} to change in place, {added} to add, {refused} refused (need a new pool)."
        )
    }
}

impl Reviewed {
    /// Every setting of the pool `current` describes that differs from this plan, one
    /// [`Change`] per console label, classed by how it can change. A pool this plan created
    /// diffs empty against it.
    pub fn diff(&self, current: &ReadBack) -> Diff {
        Diff::between(current, &self.plan.requests)
    }
}
