//! The diff: a reviewed plan against what a pool holds, one row per console setting that
//! differs, each classed by how it can change. It reads like `terraform plan`.

use std::fmt;

use super::compare::{Difference, client_keys, differences};
use super::read::{ReadBack, canonicalize};
use crate::review::{Requests, Reviewed};
use crate::steps::sign_up::StandardAttribute;
use crate::validate::check::quote;
use crate::validate::{Operation, Step};

/// Which call changes a setting.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Target {
    /// `UpdateUserPool` (with the complete configuration).
    Pool,
    /// `AddCustomAttributes`.
    CustomAttributes,
    /// `SetUserPoolMfaConfig`.
    Mfa,
    /// `UpdateUserPoolDomain`, or a domain deleted and created again.
    Domain,
    /// The app client of this key (see `compare::client_keys`): `UpdateUserPoolClient` (with
    /// the complete configuration), `CreateUserPoolClient` or `DeleteUserPoolClient`.
    Client(String),
    /// The identity provider of this name: `UpdateIdentityProvider` (complete),
    /// `CreateIdentityProvider` or `DeleteIdentityProvider`.
    Provider(String),
    /// The resource server of this identifier: `UpdateResourceServer` (a full replace),
    /// `CreateResourceServer` or `DeleteResourceServer`.
    ResourceServer(String),
}

const SIGN_IN_FIXED: &str =
    "sign-in identifiers are fixed when the pool is created (UpdateUserPool has no such member)";
const CASE_FIXED: &str = "user name case sensitivity is fixed when the pool is created";
const SCHEMA_FIXED: &str =
    "required attributes are fixed when the pool is created (the schema cannot change)";
const CUSTOM_FIXED: &str = "a custom attribute cannot be changed or removed, only added";
const SECRET_FIXED: &str =
    "whether a client has a secret, and which, is fixed when the client is created";
const PROVIDER_TYPE_FIXED: &str = "an identity provider's type is fixed when it is created \
     (UpdateIdentityProvider has no such member): the provider would have to be deleted and \
     created again, which unlinks every user who signed in through it, and the crate never does \
     that on its own";

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
    /// The API cannot change it in place, and the way around (an identity provider deleted and
    /// created again under the same name) would unlink users: apply refuses the whole plan,
    /// the crate never does that on its own; the reason says why.
    Refused {
        /// Why, e.g. "an identity provider's type is fixed when it is created ...".
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
}

/// `~ Password minimum length (Policies.PasswordPolicy.MinimumLength): 8 -> 12`, with `+` for an
/// addition, `-` for a removal, and `# needs a new pool: <reason>` or `# refused: <reason>` for
/// what cannot change.
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
        match self.kind {
            ChangeKind::NeedsNewPool { reason } => write!(f, "  # needs a new pool: {reason}")?,
            ChangeKind::Refused { reason } => write!(f, "  # refused: {reason}")?,
            ChangeKind::InPlace | ChangeKind::AddOnly => {}
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
/// App clients are matched by name (`name#2` for a second client of the same name), identity
/// providers by name, resource servers by identifier. One the plan adds or drops is one change
/// (`AppClients[admin]`, `IdentityProviders[Okta]`, `ResourceServers[orders]`), made in place
/// by creating or deleting it; a setting of one both have is one change per setting, its path
/// naming the thing: `AppClients[web].CallbackURLs`,
/// `IdentityProviders[Google].ProviderDetails.authorize_scopes`,
/// `IdentityProviders[Google].AttributeMapping[email]`, `ResourceServers[orders].Scopes[read]`.
/// A provider's details, mapping and identifiers and a resource server's name and scopes change
/// in place; a provider's type does not ([`ChangeKind::Refused`]). A secret shows as set or not
/// set; one the pool does not show (a Sign in with Apple private key) is not compared.
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
        // Cognito does not say whether a secret was generated or given: the one a client has
        // is the one the plan gives, or the change is a new secret.
        let secrets: Vec<(String, Option<&str>)> = client_keys(
            current
                .requests()
                .clients()
                .take(current.described().clients.len()),
        )
        .into_iter()
        .zip(&current.described().clients)
        .map(|((key, _), described)| (key, described.client_secret()))
        .collect();
        let keys: Vec<String> = client_keys(desired.clients())
            .into_iter()
            .map(|(key, _)| key)
            .collect();
        let clients = std::iter::once(&mut desired.create_user_pool_client)
            .chain(desired.additional_clients.iter_mut());
        for (key, client) in keys.iter().zip(clients) {
            let have = secrets
                .iter()
                .find(|(k, _)| k == key)
                .and_then(|(_, secret)| *secret);
            if let (Some(wanted), Some(have)) = (client.client_secret.as_deref(), have)
                && wanted == have
            {
                client.client_secret = None;
                client.generate_secret = Some(true);
            }
        }
        let mut changes: Vec<Change> =
            differences(current.requests(), &desired, current.has_client(), true)
                .into_iter()
                .map(classify)
                .collect();
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

    /// The changes apply refuses although the pool could stay ([`ChangeKind::Refused`]): an
    /// identity provider's type. When there is any, apply refuses the plan.
    pub fn refused(&self) -> impl Iterator<Item = &Change> {
        self.changes
            .iter()
            .filter(|c| matches!(c.kind, ChangeKind::Refused { .. }))
    }

    pub(crate) fn touches(&self, target: &Target) -> bool {
        self.changes.iter().any(|c| c.target == *target)
    }

    /// Every target the changes touch, each once, in the order of the changes.
    pub(crate) fn targets(&self) -> Vec<&Target> {
        let mut targets: Vec<&Target> = Vec::new();
        for change in &self.changes {
            if !targets.contains(&&change.target) {
                targets.push(&change.target);
            }
        }
        targets
    }
}

/// How a difference can be made, and by which call.
fn classify(d: Difference) -> Change {
    let fixed = |reason| ChangeKind::NeedsNewPool { reason };
    let key = d.key.clone().unwrap_or_default();
    let member = d.path.rsplit_once("].").map_or("", |(_, member)| member);
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
        // A client the pool has alone, or the plan alone, is deleted or created.
        (Operation::CreateUserPoolClient, _) if d.whole => {
            (ChangeKind::InPlace, Target::Client(key))
        }
        (Operation::CreateUserPoolClient, _)
            if matches!(member, "GenerateSecret" | "ClientSecret") =>
        {
            (fixed(SECRET_FIXED), Target::Client(key))
        }
        (Operation::CreateUserPoolClient, _) => (ChangeKind::InPlace, Target::Client(key)),
        (Operation::CreateIdentityProvider, _) if !d.whole && member == "ProviderType" => (
            ChangeKind::Refused {
                reason: PROVIDER_TYPE_FIXED,
            },
            Target::Provider(key),
        ),
        (Operation::CreateIdentityProvider, _) => (ChangeKind::InPlace, Target::Provider(key)),
        (Operation::CreateResourceServer, _) => (ChangeKind::InPlace, Target::ResourceServer(key)),
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
        let new_pool = count(|k| matches!(k, ChangeKind::NeedsNewPool { .. }));
        write!(
            f,
            "Plan: {in_place} to change in place, {added} to add, {new_pool} refused (need a new pool)"
        )?;
        let refused = count(|k| matches!(k, ChangeKind::Refused { .. }));
        if refused > 0 {
            write!(f, ", {refused} refused (would unlink users)")?;
        }
        f.write_str(".")
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
