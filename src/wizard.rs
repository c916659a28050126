//! The wizard: one value per console page, built infallibly, then reviewed.

use std::fmt;
use std::marker::PhantomData;

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_smithy_types::error::operation::BuildError;
use typed_builder::TypedBuilder;

use crate::review::Reviewed;
use crate::steps::app::App;
use crate::steps::messaging::Messaging;
use crate::steps::security::Security;
use crate::steps::sign_in::SignIn;
use crate::steps::sign_up::SignUp;
use crate::validate::ValidationErrors;

/// The whole "Create user pool" wizard: one value per page.
///
/// [`UserPoolWizard::builder`] cannot fail: the pages without a console default (sign-in
/// options, the e-mail provider, the app integration with its pool name and app client) are
/// required at compile time, the others default to the console's choices. Everything else is
/// checked at once by [`review`](UserPoolWizard::review).
///
/// ```compile_fail
/// use cognito_wizard::{App, AppClient, EmailSender, Messaging, UserPoolWizard};
///
/// // Step 1 is missing: `build` does not exist.
/// let wizard = UserPoolWizard::builder()
///     .messaging(Messaging::email(EmailSender::cognito()))
///     .app(App::builder().pool_name("my-user-pool").client(AppClient::public("my-app-client")).build())
///     .build();
/// ```
///
/// ```compile_fail
/// use cognito_wizard::{SignIn, SignInOption, App, AppClient, UserPoolWizard};
///
/// // Step 4 is missing: the e-mail provider has no default.
/// let wizard = UserPoolWizard::builder()
///     .sign_in(SignIn::with([SignInOption::Email]))
///     .app(App::builder().pool_name("my-user-pool").client(AppClient::public("my-app-client")).build())
///     .build();
/// ```
///
/// # Examples
///
/// ```
/// use cognito_wizard::{App, AppClient, EmailSender, Messaging, SignIn, SignInOption, UserPoolWizard};
///
/// let plan = UserPoolWizard::builder()
///     .sign_in(SignIn::with([SignInOption::Email]))
///     .messaging(Messaging::email(EmailSender::cognito()))
///     .app(App::builder().pool_name("my-user-pool").client(AppClient::public("my-app-client")).build())
///     .build()
///     .review()?;
/// assert_eq!(plan.create_user_pool().get_pool_name().as_deref(), Some("my-user-pool"));
/// # Ok::<(), cognito_wizard::validate::ValidationErrors>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, TypedBuilder)]
#[builder(doc)]
pub struct UserPoolWizard {
    /// Step 1, "Configure sign-in experience" (required).
    pub(crate) sign_in: SignIn,
    /// Step 2, "Configure security requirements" (default: the console's).
    #[builder(default)]
    pub(crate) security: Security,
    /// Step 3, "Configure sign-up experience" (default: the console's).
    #[builder(default)]
    pub(crate) sign_up: SignUp,
    /// Step 4, "Configure message delivery" (required).
    pub(crate) messaging: Messaging,
    /// Step 5, "Integrate your app" (required).
    pub(crate) app: App,
}

impl UserPoolWizard {
    /// Step 6, "Review and create": maps every page onto the requests the console would
    /// send and checks them all, as strictly as Cognito. The wizard becomes the plan (clone it
    /// first to keep it for another attempt).
    ///
    /// # Errors
    ///
    /// Every violated rule of every request, in one report.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::{App, AppClient, EmailSender, Messaging, SignIn, UserPoolWizard};
    ///
    /// let errors = UserPoolWizard::builder()
    ///     .sign_in(SignIn::with([])) // no sign-in option
    ///     .messaging(Messaging::email(EmailSender::cognito()))
    ///     .app(App::builder().pool_name("my pool!").client(AppClient::public("my-app-client")).build())
    ///     .build()
    ///     .review()
    ///     .unwrap_err();
    /// assert!(errors.has_code("sign-in-options-required"));
    /// ```
    pub fn review(self) -> Result<Reviewed, ValidationErrors> {
        crate::review::review(self)
    }

    /// Writes every page's members of the `CreateUserPool` request.
    pub(crate) fn to_pool(&self, input: &mut CreateUserPoolInput) {
        self.app.to_pool(input);
        self.sign_in.to_pool(input);
        self.security.to_pool(input, self.sign_in.sign_in_policy());
        self.sign_up
            .to_pool(input, &self.sign_in, self.messaging.invitation());
        self.messaging.to_pool(input);
    }
}

/// Unwraps an SDK builder's result. The builders only fail when a required member is
/// missing, and the wizard always sets those: a failure here is a bug in the mapping.
pub(crate) fn built<T>(result: Result<T, BuildError>) -> T {
    match result {
        Ok(value) => value,
        Err(e) => unreachable!("the wizard sets every required member: {e}"),
    }
}

/// A group of console checkboxes: which of the options `T` are ticked. `Copy`, and free of
/// allocation, unlike a `BTreeSet`; iterates in the console's order.
///
/// # Examples
///
/// ```
/// use cognito_wizard::{Checkboxes, MfaMethod};
///
/// let methods: Checkboxes<MfaMethod> = [MfaMethod::Sms, MfaMethod::AuthenticatorApp].into();
/// assert!(methods.contains(MfaMethod::Sms));
/// assert_eq!(
///     methods.iter().collect::<Vec<_>>(),
///     [MfaMethod::AuthenticatorApp, MfaMethod::Sms]
/// );
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Checkboxes<T> {
    bits: u32,
    options: PhantomData<T>,
}

/// An option of a group of checkboxes (implemented by this crate's checkbox enums).
pub trait Checkbox: Copy + Eq + sealed::Sealed + 'static {
    /// Every option, in the console's order (at most 32).
    const ALL: &'static [Self];
}

mod sealed {
    pub trait Sealed {}
}

impl<T: Checkbox> Checkboxes<T> {
    /// No box ticked.
    pub const fn new() -> Self {
        Checkboxes {
            bits: 0,
            options: PhantomData,
        }
    }

    fn bit(option: T) -> u32 {
        // `ALL` lists every variant, so the position always exists; at most 32 of them.
        T::ALL
            .iter()
            .position(|o| *o == option)
            .map_or(0, |i| 1 << i)
    }

    /// Whether `option` is ticked.
    pub fn contains(&self, option: T) -> bool {
        self.bits & Self::bit(option) != 0
    }

    /// Ticks `option`.
    pub fn insert(&mut self, option: T) {
        self.bits |= Self::bit(option);
    }

    /// Unticks `option`.
    pub fn remove(&mut self, option: T) {
        self.bits &= !Self::bit(option);
    }

    /// Whether no box is ticked.
    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// How many boxes are ticked.
    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// The ticked options, in the console's order.
    pub fn iter(&self) -> CheckboxIter<T> {
        CheckboxIter {
            bits: self.bits,
            next: 0,
            options: PhantomData,
        }
    }
}

impl<T: Checkbox> Default for Checkboxes<T> {
    fn default() -> Self {
        Checkboxes::new()
    }
}

impl<T: Checkbox + fmt::Debug> fmt::Debug for Checkboxes<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Checkbox> FromIterator<T> for Checkboxes<T> {
    fn from_iter<I: IntoIterator<Item = T>>(options: I) -> Self {
        let mut set = Checkboxes::new();
        set.extend(options);
        set
    }
}

impl<T: Checkbox> Extend<T> for Checkboxes<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, options: I) {
        for option in options {
            self.insert(option);
        }
    }
}

impl<T: Checkbox, const N: usize> From<[T; N]> for Checkboxes<T> {
    fn from(options: [T; N]) -> Self {
        options.into_iter().collect()
    }
}

impl<T: Checkbox> IntoIterator for Checkboxes<T> {
    type Item = T;
    type IntoIter = CheckboxIter<T>;
    fn into_iter(self) -> CheckboxIter<T> {
        self.iter()
    }
}

impl<T: Checkbox> IntoIterator for &Checkboxes<T> {
    type Item = T;
    type IntoIter = CheckboxIter<T>;
    fn into_iter(self) -> CheckboxIter<T> {
        self.iter()
    }
}

/// The ticked options of a [`Checkboxes`], in the console's order.
#[derive(Debug, Clone)]
pub struct CheckboxIter<T> {
    bits: u32,
    next: usize,
    options: PhantomData<T>,
}

impl<T: Checkbox> Iterator for CheckboxIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        while let Some(option) = T::ALL.get(self.next) {
            let bit = 1u32.checked_shl(u32::try_from(self.next).ok()?)?;
            self.next += 1;
            if self.bits & bit != 0 {
                return Some(*option);
            }
        }
        None
    }
}

/// Implements [`Checkbox`] for enums whose variants are listed in the console's order.
macro_rules! checkbox {
    ($ty:ty => [$($variant:expr),* $(,)?]) => {
        impl $crate::wizard::CheckboxSealed for $ty {}
        impl $crate::wizard::Checkbox for $ty {
            const ALL: &'static [Self] = &[$($variant),*];
        }
    };
}
pub(crate) use checkbox;
pub(crate) use sealed::Sealed as CheckboxSealed;
