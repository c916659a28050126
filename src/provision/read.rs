//! `read`: an existing pool as the wizard's own types, printing the same review page, with
//! whatever the wizard cannot express kept and listed.
//!
//! `DescribeUserPool` comes first (it names the pool's domains and carries its tags); then
//! `GetUserPoolMfaConfig`, the app clients (`ListUserPoolClients`, every page, then
//! `DescribeUserPoolClient` for each), the domains (`DescribeUserPoolDomain`), the identity
//! providers (`ListIdentityProviders`, every page, then `DescribeIdentityProvider` for each)
//! and the resource servers (`ListResourceServers`, every page) are read concurrently. What was read becomes the requests a wizard would send ([`requests`]), those
//! become the wizard ([`UserPoolWizard::from_requests`]), and the wizard's own requests,
//! compared member by member with the ones read, say what it could not express ([`kept`]).

mod kept;
mod requests;

use std::collections::BTreeMap;
use std::fmt;

use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use aws_sdk_cognitoidentityprovider::operation::describe_identity_provider::DescribeIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool::DescribeUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool_client::DescribeUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::get_user_pool_mfa_config::GetUserPoolMfaConfigInput;
use aws_sdk_cognitoidentityprovider::operation::list_identity_providers::{
    ListIdentityProvidersInput, ListIdentityProvidersOutput,
};
use aws_sdk_cognitoidentityprovider::operation::list_resource_servers::{
    ListResourceServersInput, ListResourceServersOutput,
};
use aws_sdk_cognitoidentityprovider::operation::list_user_pool_clients::{
    ListUserPoolClientsInput, ListUserPoolClientsOutput,
};
use aws_sdk_cognitoidentityprovider::types::{
    IdentityProviderType, ResourceServerType, UserPoolClientType,
};

pub use kept::Kept;
pub(crate) use requests::{Described, canonicalize};

use super::run::{LIST_PAGE_SIZE, RESOURCE_NOT_FOUND, Run, join_all, join3};
use super::{CreateOptions, PLAN_TAG, PlanToken, Secret};
use crate::UserPoolWizard;
use crate::client::{CallError, CallErrorKind, Cognito};
use crate::review::{Requests, Warning, warnings, write_page};
use crate::validate::{Operation, Step};

/// How many `DescribeUserPoolClient` (or `DescribeIdentityProvider`) calls are in flight at
/// once: a pool's clients are read concurrently, but not all at once (the read quota is shared
/// by the whole account).
const CLIENTS_AT_ONCE: usize = 8;

/// `ListResourceServers` page size (the service's maximum).
const RESOURCE_SERVERS_PAGE_SIZE: i32 = 50;

/// An existing user pool read back into the wizard's own types.
///
/// [`wizard`](Self::wizard) is the wizard that describes the pool; `Display` prints the same
/// review page a [`Reviewed`](crate::Reviewed) plan prints, followed by what the wizard cannot
/// express ([`kept`](Self::kept)). A pool created from a plan reads back as that plan's wizard,
/// with nothing kept.
///
/// What the wizard cannot express is found by writing the requests of the read-back wizard and
/// comparing them, member by member, with the requests the pool's configuration amounts to:
/// every difference is a [`Kept`] item. Every app client (the oldest is the wizard's initial
/// client), identity provider and resource server is the wizard's; a pool has one wizard
/// domain, and further domains are kept items. The plan tag ([`PLAN_TAG`]) is not part of the
/// wizard (the run adds it); [`tags`](Self::tags) has every tag, and
/// [`plan_token`](Self::plan_token) the tag's token.
///
/// What Cognito adds when it describes an identity provider is recognised as its own, not the
/// pool's: the endpoint keys of a social provider's details, `attributes_url_add_attributes`,
/// the metadata keys of a SAML provider, and the `username` mapping it derives (see
/// `canonicalize`). A provider's `client_secret` is read as the service shows it. A Sign in
/// with Apple provider's private key is never shown: the wizard's provider keeps the pool's key
/// as unknown (its review page says "Set (not readable)", and a review of it asks for a key),
/// and a diff does not compare it.
///
/// `Debug` never shows a client secret or an identity provider's secret.
///
/// # Examples
///
/// ```
/// use cognito_wizard::test_util::InMemoryCognito;
/// use cognito_wizard::{
///     App, AppClient, EmailSender, Messaging, ReadBack, SignIn, SignInOption, UserPoolWizard,
/// };
///
/// # tokio::runtime::Builder::new_current_thread().enable_time().build()?.block_on(async {
/// let wizard = UserPoolWizard::builder()
///     .sign_in(SignIn::with([SignInOption::Email]))
///     .messaging(Messaging::email(EmailSender::cognito()))
///     .app(App::builder().pool_name("my-user-pool").client(AppClient::public("my-app-client")).build())
///     .build();
/// let plan = wizard.clone().review()?;
/// let cognito = InMemoryCognito::new();
/// let created = plan.create(&cognito).await?;
///
/// let read = ReadBack::read(&cognito, created.user_pool_id()).await?;
/// assert_eq!(read.wizard(), &wizard);
/// assert!(read.kept().is_empty());
/// assert_eq!(read.to_string(), plan.to_string());
/// assert_eq!(read.plan_token(), Some(created.plan_token()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// # })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct ReadBack {
    inner: Box<Inner>,
}

/// What a [`ReadBack`] holds, boxed so it moves as one pointer.
#[derive(Debug, Clone)]
struct Inner {
    user_pool_id: String,
    user_pool_arn: Option<String>,
    user_pool_name: String,
    tags: BTreeMap<String, String>,
    plan_token: Option<PlanToken>,
    client_ids: Vec<String>,
    client_secret: Option<Secret>,
    domains: Vec<String>,
    wizard: UserPoolWizard,
    kept: Vec<Kept>,
    /// The requests the pool's configuration amounts to, canonical.
    requests: Requests,
    /// The requests of `wizard`, as a plan of it sends them.
    written: Requests,
    described: Described,
}

impl ReadBack {
    /// Reads the user pool `user_pool_id`, with the default [`CreateOptions`] retry settings.
    ///
    /// See [`read_with`](Self::read_with).
    ///
    /// # Errors
    ///
    /// A [`ReadError`] naming the call that failed; [`ReadError::is_not_found`] when the pool
    /// does not exist.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// # async fn run(client: aws_sdk_cognitoidentityprovider::Client) -> Result<(), cognito_wizard::ReadError> {
    /// use cognito_wizard::ReadBack;
    ///
    /// let read = ReadBack::read(&client, "us-east-1_AbC123xyZ").await?;
    /// println!("{read}"); // the review page, then what the wizard cannot express
    /// # Ok(())
    /// # }
    /// ```
    pub async fn read<C: Cognito>(cognito: &C, user_pool_id: &str) -> Result<ReadBack, ReadError> {
        Self::read_with(cognito, user_pool_id, &CreateOptions::default()).await
    }

    /// Reads the user pool `user_pool_id`: `DescribeUserPool`, then `GetUserPoolMfaConfig`,
    /// every app client, every domain, every identity provider and every resource server
    /// concurrently. Every call is idempotent: throttling,
    /// `ConcurrentModificationException` and ambiguous failures are retried as `options` say.
    /// The `tracing` events carry `options`' plan token when it has one, else a random one that
    /// names this read.
    ///
    /// A client, provider or domain deleted while the read runs is left out (a domain the pool
    /// still names is listed as kept).
    ///
    /// # Errors
    ///
    /// A [`ReadError`] naming the call that failed for good (the first in the order above when
    /// several did) and its [`CallError`]; [`ReadError::is_not_found`] when the pool does not
    /// exist.
    ///
    /// # Examples
    ///
    /// ```
    /// use cognito_wizard::test_util::InMemoryCognito;
    /// use cognito_wizard::{CreateOptions, ReadBack, ReadStep};
    ///
    /// # tokio::runtime::Builder::new_current_thread().enable_time().build()?.block_on(async {
    /// let cognito = InMemoryCognito::new();
    /// let options = CreateOptions::default().max_attempts(2);
    /// let error = ReadBack::read_with(&cognito, "us-east-1_NoSuchPool", &options)
    ///     .await
    ///     .unwrap_err();
    /// assert!(error.is_not_found());
    /// assert_eq!(error.step(), ReadStep::DescribeUserPool);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// # })?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub async fn read_with<C: Cognito>(
        cognito: &C,
        user_pool_id: &str,
        options: &CreateOptions,
    ) -> Result<ReadBack, ReadError> {
        let token = options
            .get_plan_token()
            .cloned()
            .unwrap_or_else(PlanToken::random);
        let run = Run::new(cognito, options, &token);
        // Boxed: the SDK outputs the reads hold would make the returned future large.
        let described = Box::pin(run.read_pool(user_pool_id)).await?;
        Ok(ReadBack::from_described(user_pool_id, described))
    }

    /// The read-back of what `described` holds.
    pub(crate) fn from_described(user_pool_id: &str, described: Described) -> ReadBack {
        let read = requests::requests(&described);
        let wizard = UserPoolWizard::from_requests(&read);
        let written = wizard.requests();
        let mut canonical = written.clone();
        canonicalize(&mut canonical);
        let has_client = !described.clients.is_empty();
        let mut kept = kept::kept(&read, &canonical, has_client);
        kept.extend(beyond_the_wizard(&described));
        // Wizard order; within a page, the order of the requests.
        kept.sort_by_key(Kept::step);

        let pool = &described.pool;
        let tags: BTreeMap<String, String> = pool
            .user_pool_tags()
            .map(|tags| tags.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default();
        let plan_token = tags.get(PLAN_TAG).and_then(|t| PlanToken::new(t).ok());
        let first_client = described.clients.first();
        ReadBack {
            inner: Box::new(Inner {
                user_pool_id: pool.id().unwrap_or(user_pool_id).to_owned(),
                user_pool_arn: pool.arn().map(str::to_owned),
                user_pool_name: pool.name().unwrap_or_default().to_owned(),
                tags,
                plan_token,
                client_ids: described
                    .clients
                    .iter()
                    .filter_map(UserPoolClientType::client_id)
                    .map(str::to_owned)
                    .collect(),
                client_secret: first_client
                    .and_then(UserPoolClientType::client_secret)
                    .map(Secret::new),
                domains: described
                    .domains
                    .iter()
                    .filter_map(|d| d.domain())
                    .map(str::to_owned)
                    .collect(),
                wizard,
                kept,
                requests: read,
                written,
                described,
            }),
        }
    }

    /// The user pool id.
    pub fn user_pool_id(&self) -> &str {
        &self.inner.user_pool_id
    }

    /// The user pool's ARN, as the service returned it.
    pub fn user_pool_arn(&self) -> Option<&str> {
        self.inner.user_pool_arn.as_deref()
    }

    /// The user pool's name.
    pub fn user_pool_name(&self) -> &str {
        &self.inner.user_pool_name
    }

    /// Every tag of the pool, the plan tag ([`PLAN_TAG`]) included. The wizard's tags are the
    /// same but for the plan tag.
    pub fn tags(&self) -> &BTreeMap<String, String> {
        &self.inner.tags
    }

    /// The token of the run that created the pool, when the pool carries a valid one under
    /// [`PLAN_TAG`]: a run with the same token
    /// ([`CreateOptions::plan_token`](crate::CreateOptions::plan_token)) adopts this pool.
    pub fn plan_token(&self) -> Option<&PlanToken> {
        self.inner.plan_token.as_ref()
    }

    /// The id of the wizard's app client (the pool's oldest); `None` when the pool has none.
    pub fn client_id(&self) -> Option<&str> {
        self.inner.client_ids.first().map(String::as_str)
    }

    /// Every app client id, the wizard's first, then oldest first.
    pub fn client_ids(&self) -> &[String] {
        &self.inner.client_ids
    }

    /// The wizard's app client's secret, when it has one.
    pub fn client_secret(&self) -> Option<&Secret> {
        self.inner.client_secret.as_ref()
    }

    /// The wizard's domain: the custom domain's fully qualified name, else the prefix.
    pub fn domain(&self) -> Option<&str> {
        self.inner.domains.first().map(String::as_str)
    }

    /// Every domain of the pool, the wizard's first.
    pub fn domains(&self) -> &[String] {
        &self.inner.domains
    }

    /// The wizard that describes the pool (review it to get a plan for another pool like it).
    pub fn wizard(&self) -> &UserPoolWizard {
        &self.inner.wizard
    }

    /// The wizard that describes the pool, by value.
    pub fn into_wizard(self) -> UserPoolWizard {
        self.inner.wizard
    }

    /// What the pool has that the wizard cannot express, in wizard order; empty for a pool
    /// created from a plan.
    pub fn kept(&self) -> &[Kept] {
        &self.inner.kept
    }

    /// The weak choices of the pool's configuration that Cognito accepts, as
    /// [`Reviewed::warnings`](crate::Reviewed::warnings) lists them.
    pub fn warnings(&self) -> Vec<Warning> {
        warnings(&self.inner.wizard)
    }

    /// The requests the pool's configuration amounts to, canonical (see [`canonicalize`]);
    /// without an app client the client request is empty (see [`has_client`](Self::has_client)).
    pub(crate) fn requests(&self) -> &Requests {
        &self.inner.requests
    }

    /// Whether the pool has an app client at all.
    pub(crate) fn has_client(&self) -> bool {
        !self.inner.described.clients.is_empty()
    }

    /// Everything read, as the service answered.
    pub(crate) fn described(&self) -> &Described {
        &self.inner.described
    }
}

/// What no wizard has: a pool without an app client, further domains, and domains the pool
/// names that are no longer there.
fn beyond_the_wizard(described: &Described) -> Vec<Kept> {
    let mut kept = Vec::new();
    if described.clients.is_empty() {
        kept.push(Kept::new(
            Step::App,
            Operation::CreateUserPoolClient,
            "Initial app client",
            "ClientName",
            "none: the pool has no app client (the wizard's is a placeholder)",
        ));
    }
    for domain in described.domains.iter().skip(1) {
        let custom = domain
            .custom_domain_config()
            .is_some_and(|c| !c.certificate_arn().is_empty());
        kept.push(Kept::new(
            Step::App,
            Operation::CreateUserPoolDomain,
            if custom {
                "Custom domain"
            } else {
                "Cognito domain prefix"
            },
            "Domain",
            format!("{:?}", domain.domain().unwrap_or_default()),
        ));
    }
    for name in &described.missing_domains {
        kept.push(Kept::new(
            Step::App,
            Operation::CreateUserPoolDomain,
            "Domain",
            "Domain",
            format!("{name:?} (named by the pool, unknown to DescribeUserPoolDomain)"),
        ));
    }
    kept
}

/// The same review page as the plan's ([`Reviewed`](crate::Reviewed)'s `Display`), then
/// "Kept (not expressible in the wizard)" with one line per [`Kept`] item, when there are any.
impl fmt::Display for ReadBack {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_page(f, &self.inner.wizard, &self.inner.written)?;
        if !self.inner.kept.is_empty() {
            writeln!(f, "\nKept (not expressible in the wizard)")?;
            for kept in &self.inner.kept {
                writeln!(f, "  {kept}")?;
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Errors

/// A call of a read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReadStep {
    /// `DescribeUserPool`.
    DescribeUserPool,
    /// `GetUserPoolMfaConfig`.
    GetUserPoolMfaConfig,
    /// `ListUserPoolClients`.
    ListUserPoolClients,
    /// `DescribeUserPoolClient`.
    DescribeUserPoolClient,
    /// `DescribeUserPoolDomain`.
    DescribeUserPoolDomain,
    /// `ListIdentityProviders`.
    ListIdentityProviders,
    /// `DescribeIdentityProvider`.
    DescribeIdentityProvider,
    /// `ListResourceServers`.
    ListResourceServers,
}

/// The operation's API name.
impl fmt::Display for ReadStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ReadStep::DescribeUserPool => "DescribeUserPool",
            ReadStep::GetUserPoolMfaConfig => "GetUserPoolMfaConfig",
            ReadStep::ListUserPoolClients => "ListUserPoolClients",
            ReadStep::DescribeUserPoolClient => "DescribeUserPoolClient",
            ReadStep::DescribeUserPoolDomain => "DescribeUserPoolDomain",
            ReadStep::ListIdentityProviders => "ListIdentityProviders",
            ReadStep::DescribeIdentityProvider => "DescribeIdentityProvider",
            ReadStep::ListResourceServers => "ListResourceServers",
        })
    }
}

/// Why [`ReadBack::read`] failed: the call that failed for good and its error (the
/// [`source`](std::error::Error::source)). The service's code and message are also readable
/// through [`ProvideErrorMetadata`].
///
/// # Examples
///
/// ```
/// use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
/// use cognito_wizard::test_util::{Call, Fault, InMemoryCognito};
/// use cognito_wizard::{
///     App, AppClient, EmailSender, Messaging, ReadBack, ReadStep, SignIn, SignInOption,
///     UserPoolWizard,
/// };
///
/// # tokio::runtime::Builder::new_current_thread().enable_time().build()?.block_on(async {
/// let plan = UserPoolWizard::builder()
///     .sign_in(SignIn::with([SignInOption::Email]))
///     .messaging(Messaging::email(EmailSender::cognito()))
///     .app(App::builder().pool_name("my-user-pool").client(AppClient::public("my-app-client")).build())
///     .build()
///     .review()?;
/// let cognito = InMemoryCognito::new();
/// let created = plan.create(&cognito).await?;
/// cognito.fail_next(
///     Call::GetUserPoolMfaConfig,
///     Fault::service("NotAuthorizedException", "Not allowed."),
/// );
///
/// let error = ReadBack::read(&cognito, created.user_pool_id()).await.unwrap_err();
/// assert_eq!(error.step(), ReadStep::GetUserPoolMfaConfig);
/// assert_eq!(error.code(), Some("NotAuthorizedException"));
/// assert!(!error.is_not_found());
/// assert!(error.to_string().starts_with("GetUserPoolMfaConfig failed for user pool us-east-1_"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// # })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, thiserror::Error)]
#[error("{step} failed for user pool {user_pool_id} ({source})")]
pub struct ReadError {
    step: ReadStep,
    user_pool_id: String,
    source: CallError,
}

impl ReadError {
    /// The call that failed.
    pub fn step(&self) -> ReadStep {
        self.step
    }

    /// The user pool being read.
    pub fn user_pool_id(&self) -> &str {
        &self.user_pool_id
    }

    /// The failed call's error.
    pub fn call_error(&self) -> &CallError {
        &self.source
    }

    /// Whether the pool does not exist (`ResourceNotFoundException`; also when it was deleted
    /// while the read ran).
    pub fn is_not_found(&self) -> bool {
        self.source.code() == Some(RESOURCE_NOT_FOUND)
    }
}

impl ProvideErrorMetadata for ReadError {
    fn meta(&self) -> &aws_smithy_types::error::metadata::ErrorMetadata {
        self.source.meta()
    }
}

// ---------------------------------------------------------------------------------------------
// The reads

impl<C: Cognito> Run<'_, C> {
    /// A failure of `step` for `user_pool_id`.
    fn read_error(user_pool_id: &str, step: ReadStep) -> impl Fn(CallError) -> ReadError + '_ {
        move |source| ReadError {
            step,
            user_pool_id: user_pool_id.to_owned(),
            source,
        }
    }

    /// Everything a read-back needs about the pool `id`.
    async fn read_pool(&self, id: &str) -> Result<Described, ReadError> {
        let described = self
            .send_idempotent("DescribeUserPool", || {
                self.cognito
                    .describe_user_pool(DescribeUserPoolInput::builder().user_pool_id(id))
            })
            .await
            .map_err(Self::read_error(id, ReadStep::DescribeUserPool))?;
        let Some(pool) = described.user_pool else {
            return Err(Self::read_error(id, ReadStep::DescribeUserPool)(
                CallError::new(
                    CallErrorKind::Response,
                    "",
                    "DescribeUserPool answered without a user pool",
                ),
            ));
        };
        // The custom domain first: it is the one the wizard shows.
        let names: Vec<String> = [pool.custom_domain(), pool.domain()]
            .into_iter()
            .flatten()
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .collect();
        let (mfa, clients, (domains, providers, resource_servers)) = join3(
            self.send_idempotent("GetUserPoolMfaConfig", || {
                self.cognito
                    .get_user_pool_mfa_config(GetUserPoolMfaConfigInput::builder().user_pool_id(id))
            }),
            self.read_clients(id),
            join3(
                join_all(
                    names
                        .iter()
                        .map(|name| self.describe_domain(name))
                        .collect(),
                ),
                self.read_providers(id),
                self.read_resource_servers(id),
            ),
        )
        .await;
        let mfa = mfa.map_err(Self::read_error(id, ReadStep::GetUserPoolMfaConfig))?;
        let clients = clients?;
        let mut found = Vec::new();
        let mut missing_domains = Vec::new();
        for (name, described) in names.iter().zip(domains) {
            let described =
                described.map_err(Self::read_error(id, ReadStep::DescribeUserPoolDomain))?;
            match described.domain_description {
                Some(domain) if domain.domain().is_some() => found.push(domain),
                _ => missing_domains.push(name.clone()),
            }
        }
        Ok(Described {
            pool,
            mfa,
            clients,
            domains: found,
            missing_domains,
            providers: providers?,
            resource_servers: resource_servers?,
        })
    }

    /// Every identity provider of the pool, described, oldest first: `ListIdentityProviders`
    /// (every page), then `DescribeIdentityProvider` for each, a few at a time (the listing
    /// has no details). A provider deleted since it was listed is left out.
    async fn read_providers(&self, pool_id: &str) -> Result<Vec<IdentityProviderType>, ReadError> {
        let names: Vec<String> = self
            .all_pages(
                "ListIdentityProviders",
                |token| {
                    self.cognito.list_identity_providers(
                        ListIdentityProvidersInput::builder()
                            .user_pool_id(pool_id)
                            .max_results(LIST_PAGE_SIZE)
                            .set_next_token(token),
                    )
                },
                ListIdentityProvidersOutput::next_token,
            )
            .await
            .map_err(Self::read_error(pool_id, ReadStep::ListIdentityProviders))?
            .iter()
            .flat_map(ListIdentityProvidersOutput::providers)
            .filter_map(|p| p.provider_name())
            .map(str::to_owned)
            .collect();
        let mut providers = Vec::with_capacity(names.len());
        for chunk in names.chunks(CLIENTS_AT_ONCE) {
            let described = join_all(
                chunk
                    .iter()
                    .map(|name| {
                        self.send_idempotent("DescribeIdentityProvider", move || {
                            self.cognito.describe_identity_provider(
                                DescribeIdentityProviderInput::builder()
                                    .user_pool_id(pool_id)
                                    .provider_name(name),
                            )
                        })
                    })
                    .collect(),
            )
            .await;
            for answer in described {
                match answer {
                    Ok(out) => providers.extend(out.identity_provider),
                    Err(e) if e.code() == Some(RESOURCE_NOT_FOUND) => {}
                    Err(e) => {
                        return Err(Self::read_error(
                            pool_id,
                            ReadStep::DescribeIdentityProvider,
                        )(e));
                    }
                }
            }
        }
        // Stable: the listing's order breaks ties.
        providers.sort_by_key(|p| {
            p.creation_date()
                .map_or((1, 0, 0), |d| (0, d.secs(), d.subsec_nanos()))
        });
        Ok(providers)
    }

    /// Every resource server of the pool, in the listing's order: `ListResourceServers`, every
    /// page (the listing carries each server whole).
    async fn read_resource_servers(
        &self,
        pool_id: &str,
    ) -> Result<Vec<ResourceServerType>, ReadError> {
        Ok(self
            .all_pages(
                "ListResourceServers",
                |token| {
                    self.cognito.list_resource_servers(
                        ListResourceServersInput::builder()
                            .user_pool_id(pool_id)
                            .max_results(RESOURCE_SERVERS_PAGE_SIZE)
                            .set_next_token(token),
                    )
                },
                ListResourceServersOutput::next_token,
            )
            .await
            .map_err(Self::read_error(pool_id, ReadStep::ListResourceServers))?
            .into_iter()
            .flat_map(|page| page.resource_servers)
            .collect())
    }

    /// Every app client of the pool, described, oldest first: `ListUserPoolClients` (every
    /// page; a page token handed out twice ends the listing), then `DescribeUserPoolClient` for
    /// each, a few at a time. A client deleted since it was listed is left out.
    async fn read_clients(&self, pool_id: &str) -> Result<Vec<UserPoolClientType>, ReadError> {
        let ids: Vec<String> = self
            .all_pages(
                "ListUserPoolClients",
                |token| {
                    self.cognito.list_user_pool_clients(
                        ListUserPoolClientsInput::builder()
                            .user_pool_id(pool_id)
                            .max_results(LIST_PAGE_SIZE)
                            .set_next_token(token),
                    )
                },
                ListUserPoolClientsOutput::next_token,
            )
            .await
            .map_err(Self::read_error(pool_id, ReadStep::ListUserPoolClients))?
            .iter()
            .flat_map(ListUserPoolClientsOutput::user_pool_clients)
            .filter_map(|c| c.client_id())
            .map(str::to_owned)
            .collect();
        let mut clients = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(CLIENTS_AT_ONCE) {
            let described = join_all(
                chunk
                    .iter()
                    .map(|client_id| {
                        self.send_idempotent("DescribeUserPoolClient", move || {
                            self.cognito.describe_user_pool_client(
                                DescribeUserPoolClientInput::builder()
                                    .user_pool_id(pool_id)
                                    .client_id(client_id),
                            )
                        })
                    })
                    .collect(),
            )
            .await;
            for answer in described {
                match answer {
                    Ok(out) => clients.extend(out.user_pool_client),
                    Err(e) if e.code() == Some(RESOURCE_NOT_FOUND) => {}
                    Err(e) => {
                        return Err(Self::read_error(pool_id, ReadStep::DescribeUserPoolClient)(
                            e,
                        ));
                    }
                }
            }
        }
        // The initial app client is the oldest (stable: the listing's order breaks ties).
        clients.sort_by_key(|c| {
            c.creation_date()
                .map_or((1, 0, 0), |d| (0, d.secs(), d.subsec_nanos()))
        });
        Ok(clients)
    }
}

#[cfg(test)]
mod tests;
