//! The wizard: one value per console page, built infallibly, then reviewed.

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use typed_builder::TypedBuilder;

use crate::review::{Requests, Reviewed};
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct UserPoolWizard {
    /// Step 1, "Configure sign-in experience" (required).
    pub(crate) sign_in: SignIn,
    /// Step 2, "Configure security requirements" (default: the console's).
    #[builder(default)]
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) security: Security,
    /// Step 3, "Configure sign-up experience" (default: the console's).
    #[builder(default)]
    #[cfg_attr(feature = "serde", serde(default))]
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

    /// Writes every request the wizard describes into `requests` (in place: the SDK inputs are
    /// large, and moving them cost more than validating them).
    pub(crate) fn write_requests(&self, requests: &mut Requests) {
        self.to_pool(&mut requests.create_user_pool);
        requests.set_user_pool_mfa_config =
            self.security.mfa_config(&self.sign_in, &self.messaging);
        requests.create_user_pool_domain = self.app.domain_input();
        self.app
            .client()
            .to_client(&mut requests.create_user_pool_client);
        requests.additional_clients = self
            .app
            .additional_clients()
            .iter()
            .map(crate::AppClient::to_wire)
            .collect();
        requests.identity_providers = self.sign_in.identity_provider_inputs();
        requests.resource_servers = self.app.resource_server_inputs();
    }

    /// The requests the wizard describes, unchecked.
    pub(crate) fn requests(&self) -> Requests {
        let mut requests = Requests::empty();
        self.write_requests(&mut requests);
        requests
    }

    /// The wizard whose requests are `requests`, as far as the wizard can express them: the
    /// inverse of [`write_requests`](Self::write_requests), page by page. What a page cannot
    /// hold is left out; read-back finds it by writing this wizard's requests and comparing.
    pub(crate) fn from_requests(requests: &Requests) -> UserPoolWizard {
        let pool = &requests.create_user_pool;
        let mfa = requests.set_user_pool_mfa_config.as_ref();
        let sign_in = SignIn::from_requests(pool, mfa, &requests.identity_providers);
        UserPoolWizard {
            security: Security::from_requests(pool, mfa),
            sign_up: SignUp::from_requests(pool, &sign_in),
            messaging: Messaging::from_requests(pool, mfa),
            app: App::from_requests(
                pool,
                requests.create_user_pool_domain.as_ref(),
                &requests.create_user_pool_client,
                &requests.additional_clients,
                &requests.resource_servers,
            ),
            sign_in,
        }
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
