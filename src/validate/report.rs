//! What a failed validation reports: rules, violations and the report of all of them.

use std::fmt;

/// A page of the console's "Create user pool" wizard; every rule belongs to the page where the
/// console shows its error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Step {
    /// Step 1, "Configure sign-in experience".
    SignIn,
    /// Step 2, "Configure security requirements".
    Security,
    /// Step 3, "Configure sign-up experience".
    SignUp,
    /// Step 4, "Configure message delivery".
    Messaging,
    /// Step 5, "Integrate your app".
    App,
}

impl Step {
    /// All steps in wizard order.
    pub const ALL: [Step; 5] = [
        Step::SignIn,
        Step::Security,
        Step::SignUp,
        Step::Messaging,
        Step::App,
    ];

    /// The page's title in the console, e.g. "Configure security requirements".
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::validate::Step;
    /// assert_eq!(Step::Security.title(), "Configure security requirements");
    /// ```
    pub fn title(self) -> &'static str {
        match self {
            Step::SignIn => "Configure sign-in experience",
            Step::Security => "Configure security requirements",
            Step::SignUp => "Configure sign-up experience",
            Step::Messaging => "Configure message delivery",
            Step::App => "Integrate your app",
        }
    }

    /// The wizard's step number, 1 to 5.
    pub fn number(self) -> u8 {
        match self {
            Step::SignIn => 1,
            Step::Security => 2,
            Step::SignUp => 3,
            Step::Messaging => 4,
            Step::App => 5,
        }
    }
}

/// Short names, as the report prints them: `[Security]`.
impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Step::SignIn => "Sign-in",
            Step::Security => "Security",
            Step::SignUp => "Sign-up",
            Step::Messaging => "Messaging",
            Step::App => "App",
        })
    }
}

/// The Cognito API operation whose input a rule checks.
///
/// The order is the plan's order (the pool, its MFA settings, its domain, its app client), then
/// the operations that change a pool or add to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Operation {
    /// `CreateUserPool`.
    CreateUserPool,
    /// `SetUserPoolMfaConfig`, sent after `CreateUserPool` for TOTP, e-mail MFA and passkeys.
    SetUserPoolMfaConfig,
    /// `CreateUserPoolDomain`.
    CreateUserPoolDomain,
    /// `CreateUserPoolClient`.
    CreateUserPoolClient,
    /// `UpdateUserPool`, which changes most of what `CreateUserPool` sets.
    UpdateUserPool,
    /// `AddCustomAttributes`, the only way to add to a pool's schema after creation.
    AddCustomAttributes,
    /// `UpdateUserPoolDomain`.
    UpdateUserPoolDomain,
    /// `UpdateUserPoolClient`.
    UpdateUserPoolClient,
    /// `CreateIdentityProvider`: a social, SAML or OIDC provider for federated sign-in.
    CreateIdentityProvider,
    /// `UpdateIdentityProvider`.
    UpdateIdentityProvider,
    /// `CreateResourceServer`: custom OAuth scopes for app clients.
    CreateResourceServer,
    /// `UpdateResourceServer`.
    UpdateResourceServer,
}

impl Operation {
    /// The operation's name in the API reference, e.g. `"CreateUserPool"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::validate::Operation;
    /// assert_eq!(Operation::UpdateUserPoolClient.name(), "UpdateUserPoolClient");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Operation::CreateUserPool => "CreateUserPool",
            Operation::SetUserPoolMfaConfig => "SetUserPoolMfaConfig",
            Operation::CreateUserPoolDomain => "CreateUserPoolDomain",
            Operation::CreateUserPoolClient => "CreateUserPoolClient",
            Operation::UpdateUserPool => "UpdateUserPool",
            Operation::AddCustomAttributes => "AddCustomAttributes",
            Operation::UpdateUserPoolDomain => "UpdateUserPoolDomain",
            Operation::UpdateUserPoolClient => "UpdateUserPoolClient",
            Operation::CreateIdentityProvider => "CreateIdentityProvider",
            Operation::UpdateIdentityProvider => "UpdateIdentityProvider",
            Operation::CreateResourceServer => "CreateResourceServer",
            Operation::UpdateResourceServer => "UpdateResourceServer",
        }
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One validation rule: what it guards and where the console shows it.
///
/// A rule guards one shape at one wire path, and serves every operation whose request carries
/// that shape there: the password-policy rules serve `CreateUserPool` and `UpdateUserPool`
/// alike. A [`Violation`] names the operation it was found in.
///
/// Rules are listed in [`catalog`](crate::validate::catalog). Their codes and paths are
/// public API: renaming one is a breaking change.
///
/// # Examples
///
/// ```
/// use cognito_wizard::validate::{catalog, Operation};
///
/// let rule = catalog().iter().find(|r| r.code == "password-minimum-length").unwrap();
/// assert_eq!(rule.operations, [Operation::CreateUserPool, Operation::UpdateUserPool]);
/// assert!(rule.serves(Operation::UpdateUserPool));
/// ```
#[derive(Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Rule {
    /// Stable identifier, e.g. `"password-minimum-length"`.
    pub code: &'static str,
    /// The wizard page that owns the rule.
    pub step: Step,
    /// The operations whose input the rule checks, never empty, in [`Operation`] order.
    pub operations: &'static [Operation],
    /// The wire path, with `[]` for a list element and `{key}` / `{value}` for a map entry,
    /// e.g. `Schema[].Name`.
    pub path: &'static str,
    /// The console's label for the field, e.g. `"Password minimum length"`.
    pub label: &'static str,
    /// The id in the semantic-rule list (`"SR-012"`) for a rule the service model cannot
    /// express; `None` for a model constraint (length, range, pattern, enum, count).
    pub semantic_rule: Option<&'static str>,
}

impl Rule {
    /// A model-constraint rule. `const` so rules can be `static`s beside the code they guard.
    pub(crate) const fn new(
        code: &'static str,
        step: Step,
        operations: &'static [Operation],
        path: &'static str,
        label: &'static str,
    ) -> Rule {
        Rule {
            code,
            step,
            operations,
            path,
            label,
            semantic_rule: None,
        }
    }

    /// The same rule, tagged with the semantic rule it implements.
    pub(crate) const fn semantic(self, id: &'static str) -> Rule {
        Rule {
            semantic_rule: Some(id),
            ..self
        }
    }

    /// Whether the rule checks `operation`'s input.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::validate::{catalog, Operation};
    ///
    /// let rule = catalog().iter().find(|r| r.code == "schema-name").unwrap();
    /// assert!(rule.serves(Operation::CreateUserPool));
    /// assert!(!rule.serves(Operation::UpdateUserPool)); // the schema is fixed at creation
    /// ```
    pub fn serves(&self, operation: Operation) -> bool {
        self.operations.contains(&operation)
    }
}

/// One broken rule at one concrete place in one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    rule: &'static Rule,
    operation: Operation,
    path: String,
    message: String,
}

impl Violation {
    pub(crate) fn new(
        rule: &'static Rule,
        operation: Operation,
        path: String,
        message: String,
    ) -> Self {
        Violation {
            rule,
            operation,
            path,
            message,
        }
    }

    /// The rule that was broken.
    pub fn rule(&self) -> &'static Rule {
        self.rule
    }

    /// The rule's code, e.g. `"password-minimum-length"`.
    pub fn code(&self) -> &'static str {
        self.rule.code
    }

    /// The wizard page that shows this error.
    pub fn step(&self) -> Step {
        self.rule.step
    }

    /// The operation whose input is wrong: one of the rule's
    /// [`operations`](Rule::operations), the one whose request was checked.
    pub fn operation(&self) -> Operation {
        self.operation
    }

    /// The concrete wire path, with list indices filled in: `Schema[3].Name`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The console's label for the field.
    pub fn label(&self) -> &'static str {
        self.rule.label
    }

    /// What is wrong, e.g. `must be 6 to 99, got 3`.
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// `[Security] Password minimum length (Policies.PasswordPolicy.MinimumLength): must be 6 to
/// 99, got 3 [password-minimum-length]`
impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "[{}] {} ({}): {} [{}]",
            self.rule.step, self.rule.label, self.path, self.message, self.rule.code
        )
    }
}

/// Every violation found in one validation, sorted by step, then operation, then path.
///
/// Never empty: a validation that finds nothing returns `Ok`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationErrors {
    violations: Vec<Violation>,
    /// The operation of the one request that was checked; `None` for a whole plan.
    request: Option<Operation>,
}

impl ValidationErrors {
    /// Sorts and wraps violations; `None` when there are none. `request` is the operation of a
    /// lone request, which the report's first line names.
    pub(crate) fn from_violations(
        mut violations: Vec<Violation>,
        request: Option<Operation>,
    ) -> Option<Self> {
        if violations.is_empty() {
            return None;
        }
        violations.sort_by(|a, b| {
            (a.step(), a.operation(), &a.path, a.code()).cmp(&(
                b.step(),
                b.operation(),
                &b.path,
                b.code(),
            ))
        });
        Some(ValidationErrors {
            violations,
            request,
        })
    }

    /// The violations, in report order.
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// How many violations there are (at least one).
    pub fn len(&self) -> usize {
        self.violations.len()
    }

    /// Always `false`; present because `len` is.
    pub fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }

    /// Iterates over the violations in report order.
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.violations.iter()
    }

    /// Whether some violation broke the rule with this code.
    pub fn has_code(&self, code: &str) -> bool {
        self.violations.iter().any(|v| v.code() == code)
    }
}

impl<'a> IntoIterator for &'a ValidationErrors {
    type Item = &'a Violation;
    type IntoIter = std::slice::Iter<'a, Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.violations.iter()
    }
}

impl IntoIterator for ValidationErrors {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.violations.into_iter()
    }
}

/// A count line naming the request (`the UpdateUserPool request has 2 problems:`; a reviewed
/// plan is `the user pool configuration`), then one violation per line.
impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.violations.len();
        let plural = if n == 1 { "" } else { "s" };
        match self.request {
            Some(operation) => write!(f, "the {operation} request has {n} problem{plural}:")?,
            None => write!(f, "the user pool configuration has {n} problem{plural}:")?,
        }
        for v in &self.violations {
            write!(f, "\n  {v}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}
