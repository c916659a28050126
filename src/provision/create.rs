//! `create`: one complete user pool, exactly once, or nothing at all (see the
//! [module documentation](super) for what is guaranteed).

use std::fmt;

use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::builders::CreateIdentityProviderInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_resource_server::builders::CreateResourceServerInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool::builders::CreateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientOutput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::builders::CreateUserPoolClientInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::builders::CreateUserPoolDomainInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool_client::{
    DeleteUserPoolClientInput, DeleteUserPoolClientOutput,
};
use aws_sdk_cognitoidentityprovider::operation::describe_identity_provider::DescribeIdentityProviderInput;
use aws_sdk_cognitoidentityprovider::operation::describe_resource_server::DescribeResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool_client::DescribeUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::get_user_pool_mfa_config::{
    GetUserPoolMfaConfigInput, GetUserPoolMfaConfigOutput,
};
use aws_sdk_cognitoidentityprovider::operation::list_user_pool_clients::{
    ListUserPoolClientsInput, ListUserPoolClientsOutput,
};
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::builders::SetUserPoolMfaConfigInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::UpdateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::builders::UpdateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::types::{DeletionProtectionType, UserPoolType};
use tracing::{info, warn};

use super::run::{LIST_PAGE_SIZE, RESOURCE_NOT_FOUND, Run, domain_belongs, join_all, join3};
use super::{
    Cleanup, CreateError, CreateOptions, LeftBehind, PLAN_TAG, PlanStep, PlanToken, RollbackStep,
    Secret,
};
use crate::client::{CallError, CallErrorKind, Cognito};
use crate::review::{
    Requests, Reviewed, builder_of_client, builder_of_provider, builder_of_server,
};

/// What [`Reviewed::create`] created (or adopted): one complete user pool with its MFA configuration,
/// domain and app client, deletion protection as planned.
///
/// `Debug` never shows the client secret.
///
/// # Examples
///
/// ```no_run
/// # async fn run(plan: cognito_wizard::Reviewed, client: aws_sdk_cognitoidentityprovider::Client)
/// #     -> Result<(), cognito_wizard::CreateError> {
/// let created = plan.create(&client).await?;
/// println!("{created}"); // "user pool us-east-1_AbC123xyZ "my-pool", app client 4d3q..."
/// let secret = created.client_secret().map(|s| s.expose_secret().to_owned());
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct Created {
    user_pool_id: String,
    user_pool_arn: Option<String>,
    user_pool_name: String,
    /// Every app client, the initial one first; never empty.
    clients: Vec<CreatedClient>,
    identity_providers: Vec<String>,
    resource_servers: Vec<String>,
    domain: Option<CreatedDomain>,
    adopted: bool,
    plan_token: PlanToken,
}

/// An app client [`Reviewed::create`] created (or adopted): its name, id and secret. `Debug`
/// never shows the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatedClient {
    name: String,
    client_id: String,
    client_secret: Option<Secret>,
}

impl CreatedClient {
    /// The app client's name, as planned.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The app client id.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// The client secret, for a client that has one (confidential, machine-to-machine).
    pub fn client_secret(&self) -> Option<&Secret> {
        self.client_secret.as_ref()
    }
}

#[derive(Debug, Clone)]
struct CreatedDomain {
    domain: String,
    hosted_ui_url: Option<String>,
    cloud_front_domain: Option<String>,
}

impl Created {
    /// The user pool id (`us-east-1_AbC123xyZ` on Cognito; other servers' ids differ).
    pub fn user_pool_id(&self) -> &str {
        &self.user_pool_id
    }

    /// The user pool's ARN, as the service returned it.
    pub fn user_pool_arn(&self) -> Option<&str> {
        self.user_pool_arn.as_deref()
    }

    /// The user pool's name.
    pub fn user_pool_name(&self) -> &str {
        &self.user_pool_name
    }

    /// The initial app client's id.
    pub fn client_id(&self) -> &str {
        self.clients.first().map_or("", |c| c.client_id.as_str())
    }

    /// Every app client, the initial one first, in the plan's order.
    pub fn clients(&self) -> &[CreatedClient] {
        &self.clients
    }

    /// The names of the identity providers created, in the plan's order.
    pub fn identity_providers(&self) -> &[String] {
        &self.identity_providers
    }

    /// The identifiers of the resource servers created, in the plan's order.
    pub fn resource_servers(&self) -> &[String] {
        &self.resource_servers
    }

    /// The initial app client's secret, when it has one (a confidential client).
    pub fn client_secret(&self) -> Option<&Secret> {
        self.clients.first().and_then(|c| c.client_secret.as_ref())
    }

    /// The domain: a prefix (`my-login`) or a custom domain's fully qualified name.
    pub fn domain(&self) -> Option<&str> {
        self.domain.as_ref().map(|d| d.domain.as_str())
    }

    /// The hosted UI's base URL: `https://<prefix>.auth.<region>.amazoncognito.com` for a prefix
    /// domain, `https://<domain>` for a custom one. `None` without a domain, or when the region
    /// can be read from neither the pool's ARN nor its id.
    pub fn hosted_ui_url(&self) -> Option<&str> {
        self.domain.as_ref()?.hosted_ui_url.as_deref()
    }

    /// For a custom domain, the `CloudFront` distribution its DNS record must alias.
    pub fn cloud_front_domain(&self) -> Option<&str> {
        self.domain.as_ref()?.cloud_front_domain.as_deref()
    }

    /// Whether the pool was adopted rather than created by this run: found by its plan token
    /// after a `CreateUserPool` attempt failed ambiguously (a timeout, say, although the service
    /// had created it), or left by an earlier run with the same token
    /// ([`CreateOptions::plan_token`]).
    pub fn adopted(&self) -> bool {
        self.adopted
    }

    /// The token the pool carries under [`PLAN_TAG`].
    pub fn plan_token(&self) -> &PlanToken {
        &self.plan_token
    }
}

/// `user pool <id> "<name>", app client <id>[, domain <url or domain>]` (every client's id
/// when there are several); never a secret.
impl fmt::Display for Created {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "user pool {} \"{}\", app client {}",
            self.user_pool_id,
            self.user_pool_name,
            self.client_id()
        )?;
        for client in self.clients.iter().skip(1) {
            write!(f, ", app client {} ({})", client.client_id, client.name)?;
        }
        if let Some(domain) = &self.domain {
            match &domain.hosted_ui_url {
                Some(url) => write!(f, ", hosted UI {url}")?,
                None => write!(f, ", domain {}", domain.domain)?,
            }
        }
        if self.adopted {
            f.write_str(" (adopted by its plan token)")?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// The plan

impl Reviewed {
    /// Creates the planned user pool, its MFA configuration, domain and app client, with the
    /// default [`CreateOptions`].
    ///
    /// Two round trips: `CreateUserPool`, then the follow-ups concurrently; three for a plan
    /// with identity providers or resource servers, whose clients go last. See
    /// [`create_with`](Self::create_with) for what happens on failure.
    ///
    /// # Errors
    ///
    /// A [`CreateError`] when a step fails for good; the account then holds nothing of the
    /// plan, unless [`CreateError::cleanup`] says otherwise.
    ///
    /// # Examples
    ///
    /// With the SDK client:
    ///
    /// ```no_run
    /// # async fn run(plan: cognito_wizard::Reviewed) -> Result<(), Box<dyn std::error::Error>> {
    /// let config = aws_config::load_from_env().await;
    /// let client = aws_sdk_cognitoidentityprovider::Client::new(&config);
    /// let created = plan.create(&client).await?;
    /// println!("{created}");
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// On the in-memory Cognito (feature `test-util`):
    ///
    /// ```
    /// use cognito_wizard::test_util::InMemoryCognito;
    /// use cognito_wizard::{
    ///     App, AppClient, Domain, EmailSender, Messaging, SignIn, SignInOption, UserPoolWizard,
    /// };
    ///
    /// # tokio::runtime::Builder::new_current_thread().enable_time().build()?.block_on(async {
    /// let plan = UserPoolWizard::builder()
    ///     .sign_in(SignIn::with([SignInOption::Email]))
    ///     .messaging(Messaging::email(EmailSender::cognito()))
    ///     .app(
    ///         App::builder()
    ///             .pool_name("my-user-pool")
    ///             .domain(Domain::prefix("my-login"))
    ///             .client(AppClient::public("my-app-client"))
    ///             .build(),
    ///     )
    ///     .build()
    ///     .review()?;
    /// let cognito = InMemoryCognito::new();
    ///
    /// let created = plan.create(&cognito).await?;
    /// assert_eq!(cognito.user_pool_ids(), [created.user_pool_id()]);
    /// assert_eq!(created.user_pool_name(), "my-user-pool");
    /// assert_eq!(
    ///     created.hosted_ui_url(),
    ///     Some("https://my-login.auth.us-east-1.amazoncognito.com")
    /// );
    /// assert!(created.client_secret().is_none()); // a public client has none
    /// assert!(!created.adopted());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// # })?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub async fn create<C: Cognito>(&self, cognito: &C) -> Result<Created, CreateError> {
        self.create_with(cognito, &CreateOptions::default()).await
    }

    /// Creates the planned user pool with the given retry settings and plan token.
    ///
    /// - Throttled calls, and calls refused with `ConcurrentModificationException` (the
    ///   concurrent follow-ups modify the same pool), are retried with backoff, up to
    ///   [`CreateOptions::max_attempts`].
    /// - After an ambiguous failure no create is sent again before a look found nothing it
    ///   made: `CreateUserPool` looks for the pool carrying the plan token ([`PLAN_TAG`]),
    ///   `CreateUserPoolClient` lists the new pool's clients, `CreateUserPoolDomain` describes
    ///   the domain. What is found is adopted. `SetUserPoolMfaConfig` is idempotent and simply
    ///   sent again.
    /// - With a token of your own ([`CreateOptions::plan_token`]) the run first looks for a
    ///   pool carrying it; if an earlier run left one, it reads what is there and sends only
    ///   what is missing. Against a complete pool it sends no write at all.
    /// - When a step fails for good, the rollback deletes the domain, lifts deletion
    ///   protection (an `UpdateUserPool` carrying the full planned configuration, since
    ///   `UpdateUserPool` resets what it is not given) and deletes the pool.
    ///
    /// See the [module documentation](crate::provision) for what dropping the returned future
    /// leaves behind and how the plan token recovers it.
    ///
    /// # Errors
    ///
    /// A [`CreateError`] naming the failed step, the service's error and what is left in the
    /// account: nothing, what a failed rollback left, or (when the run cannot know) a pool that
    /// may exist, named by its token ([`Cleanup::Unknown`]).
    ///
    /// # Examples
    ///
    /// ```no_run
    /// # async fn run(plan: cognito_wizard::Reviewed, client: aws_sdk_cognitoidentityprovider::Client)
    /// #     -> Result<(), Box<dyn std::error::Error>> {
    /// use cognito_wizard::{CreateOptions, PlanToken};
    ///
    /// let options = CreateOptions::default()
    ///     .max_attempts(12)
    ///     .plan_token(PlanToken::new("users-pool/deploy-42")?);
    /// let created = plan.create_with(&client, &options).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn create_with<C: Cognito>(
        &self,
        cognito: &C,
        options: &CreateOptions,
    ) -> Result<Created, CreateError> {
        let token = options
            .get_plan_token()
            .cloned()
            .unwrap_or_else(PlanToken::random);
        let run = Run::new(cognito, options, &token);
        // Boxed, as each stage is: the SDK inputs and answers they hold would otherwise make
        // the future returned to the caller kilobytes, copied whenever it moves (an allocation
        // per stage is nothing next to a round trip). Each boxed stage is bound before it is
        // awaited, so that the unboxed future is not kept as a temporary across the await.
        let pool_input = Box::new(
            self.create_user_pool()
                .user_pool_tags(PLAN_TAG, token.as_str()),
        );
        let resume = options.get_plan_token().is_some();
        let stage = Box::pin(run.create_pool(&pool_input, resume));
        let pool = stage.await?;

        // A pool an earlier run left may already hold some of what follows: look before
        // writing. (One adopted after an ambiguous attempt of this run is as fresh as a new one.)
        let look_first = pool.resumed;
        let requests = &self.plan.requests;
        // Clients may name the plan's identity providers and custom scopes, which must exist
        // first: with any of those, the clients go in a third round trip; without, they go out
        // with MFA and the domain.
        let federated =
            !requests.identity_providers.is_empty() || !requests.resource_servers.is_empty();
        let stage = Box::pin(join3(
            run.set_mfa(self.set_user_pool_mfa_config(), &pool.id, look_first),
            run.create_domain(self.create_user_pool_domain(), &pool.id, look_first),
            async {
                if federated {
                    run.create_named(requests, &pool.id, look_first)
                        .await
                        .map(|()| None)
                } else {
                    run.create_clients(requests, &pool.id, look_first)
                        .await
                        .map(Some)
                }
            },
        ));
        let (mfa, (domain_state, domain), second) = stage.await;
        // The first failure in plan order is the one reported.
        let failure = match (mfa, domain, second) {
            (Err(e), _, _) => (PlanStep::SetUserPoolMfaConfig, e),
            (_, Err(e), _) => (PlanStep::CreateUserPoolDomain, e),
            (_, _, Err(failure)) => failure,
            (Ok(()), Ok(domain), Ok(clients)) => {
                let clients = if let Some(clients) = clients {
                    Ok(clients)
                } else {
                    let stage = Box::pin(run.create_clients(requests, &pool.id, look_first));
                    stage.await
                };
                match clients {
                    Ok(clients) => {
                        info!(plan = %token, user_pool_id = %pool.id, adopted = pool.adopted, "plan complete");
                        return Ok(Created {
                            user_pool_id: pool.id.clone(),
                            user_pool_arn: pool.arn.clone(),
                            user_pool_name: pool.name.clone(),
                            clients,
                            identity_providers: requests
                                .identity_providers
                                .iter()
                                .filter_map(|p| p.provider_name().map(str::to_owned))
                                .collect(),
                            resource_servers: requests
                                .resource_servers
                                .iter()
                                .filter_map(|s| s.identifier().map(str::to_owned))
                                .collect(),
                            domain: domain.map(|(name, custom, cloud_front)| CreatedDomain {
                                hosted_ui_url: hosted_ui_url(&name, custom, &pool),
                                domain: name,
                                cloud_front_domain: cloud_front,
                            }),
                            adopted: pool.adopted,
                            plan_token: token,
                        });
                    }
                    Err(failure) => failure,
                }
            }
        };
        warn!(
            plan = %token,
            step = %failure.0,
            error = %failure.1,
            user_pool_id = %pool.id,
            "a step failed for good: rolling back"
        );
        let domains = match domain_state {
            DomainState::Absent => Vec::new(),
            DomainState::Created(name) | DomainState::Unknown(name) => vec![name],
        };
        // Deleting the pool deletes its clients, identity providers and resource servers.
        let stage = Box::pin(run.roll_back(&pool.id, &domains, protected(&pool_input)));
        let cleanup = stage.await;
        Err(run.error(failure.0, failure.1, cleanup))
    }
}

/// The create request when it sets deletion protection: lifting it takes the full request.
fn protected(input: &CreateUserPoolInputBuilder) -> Option<&CreateUserPoolInputBuilder> {
    matches!(
        input.get_deletion_protection(),
        Some(DeletionProtectionType::Active)
    )
    .then_some(input)
}

/// The pool the plan created or adopted.
struct Pool {
    id: String,
    arn: Option<String>,
    name: String,
    /// Found by the plan token rather than created by this run's answered request.
    adopted: bool,
    /// Found before this run sent `CreateUserPool`: an earlier run's pool.
    resumed: bool,
}

impl Pool {
    fn from_service(pool: &UserPoolType, fallback_name: &str, adopted: bool) -> Option<Self> {
        Some(Pool {
            id: pool.id()?.to_owned(),
            arn: pool.arn().map(str::to_owned),
            name: pool.name().unwrap_or(fallback_name).to_owned(),
            adopted,
            resumed: false,
        })
    }
}

/// What the rollback must consider about the domain.
pub(super) enum DomainState {
    /// Not asked for, or its creation certainly failed.
    Absent,
    /// Created (or adopted).
    Created(String),
    /// An attempt failed ambiguously and the run could not confirm the domain is ours: it may
    /// exist, or appear later.
    Unknown(String),
}

/// A created domain: name, whether custom, `CloudFront` distribution.
type DomainInfo = (String, bool, Option<String>);

/// The created (or adopted) app client.
pub(super) struct ClientInfo {
    id: String,
    secret: Option<Secret>,
}

// The looks that follow an ambiguous failure (adopt, find, describe) are boxed where they are
// awaited: an `async fn` is as large as its largest await, and these rare paths would otherwise
// size every plan's stages (see NOTES.md, "In-memory Cognito").
impl<C: Cognito> Run<'_, C> {
    fn error(&self, step: PlanStep, source: CallError, cleanup: Cleanup) -> CreateError {
        CreateError {
            step,
            source,
            cleanup,
            plan_token: self.token.clone(),
        }
    }

    fn unknown(
        &self,
        name: &str,
        source: CallError,
        search_error: Option<CallError>,
    ) -> CreateError {
        warn!(
            plan = %self.token,
            pool_name = name,
            "CreateUserPool failed ambiguously and no pool carrying the plan token was found: \
             the outcome is unknown"
        );
        self.error(
            PlanStep::CreateUserPool,
            source,
            Cleanup::Unknown {
                pool_name: name.to_owned(),
                plan_token: self.token.clone(),
                search_error,
            },
        )
    }

    /// `CreateUserPool`, exactly once: after an ambiguous failure, adopt the pool carrying the
    /// plan's token if there is one, else try again. With `resume`, look first.
    async fn create_pool(
        &self,
        input: &CreateUserPoolInputBuilder,
        resume: bool,
    ) -> Result<Pool, CreateError> {
        let name = input.get_pool_name().as_deref().unwrap_or_default();
        if resume {
            match Box::pin(self.find_pools(name)).await {
                Ok(found) if !found.is_empty() => {
                    let mut pool = Box::pin(self.adopt(found, None, input)).await?;
                    pool.resumed = true;
                    return Ok(pool);
                }
                Ok(_) => {}
                // Nothing was sent: whatever an earlier run left is as it was.
                Err(e) => {
                    return Err(self.error(PlanStep::CreateUserPool, e, Cleanup::NothingCreated));
                }
            }
        }
        let mut ambiguous = false;
        let pool = self.create_pool_attempts(input, &mut ambiguous).await?;
        if !ambiguous {
            return Ok(pool);
        }
        // An attempt whose answer was lost may still commit: give it the settle time, then look
        // once more and remove a second pool carrying the token.
        self.settle("CreateUserPool").await;
        match Box::pin(self.find_pools(name)).await {
            Ok(found) => Box::pin(self.adopt(found, Some(pool), input)).await,
            Err(e) => {
                warn!(
                    plan = %self.token,
                    error = %e,
                    "could not look for a second pool carrying the plan token"
                );
                Ok(pool)
            }
        }
    }

    /// The attempts of [`create_pool`](Self::create_pool); `ambiguous` says whether any failed
    /// ambiguously.
    async fn create_pool_attempts(
        &self,
        input: &CreateUserPoolInputBuilder,
        ambiguous: &mut bool,
    ) -> Result<Pool, CreateError> {
        let name = input.get_pool_name().as_deref().unwrap_or_default();
        let mut retry: u32 = 0;
        loop {
            let error = match self
                .send("CreateUserPool", || {
                    self.cognito.create_user_pool(input.clone())
                })
                .await
            {
                Ok(out) => match out
                    .user_pool()
                    .and_then(|p| Pool::from_service(p, name, false))
                {
                    Some(pool) => return Ok(pool),
                    // An answer without an id is no proof of anything: look for the pool.
                    None => CallError::new(
                        CallErrorKind::Response,
                        "",
                        "CreateUserPool answered without a user pool id",
                    ),
                },
                Err(e) => e,
            };
            if !error.kind().is_ambiguous() {
                if !*ambiguous {
                    return Err(self.error(
                        PlanStep::CreateUserPool,
                        error,
                        Cleanup::NothingCreated,
                    ));
                }
                // Refused now, but an earlier attempt may have committed since: look once more.
                return match Box::pin(self.find_pools(name)).await {
                    Ok(found) if !found.is_empty() => {
                        Box::pin(self.adopt(found, None, input)).await
                    }
                    Ok(_) => Err(self.unknown(name, error, None)),
                    Err(search) => Err(self.unknown(name, error, Some(search))),
                };
            }
            *ambiguous = true;
            // Give the service time to commit what the failed call may have started.
            self.pause("CreateUserPool", retry, &error).await;
            self.settle("CreateUserPool").await;
            match Box::pin(self.find_pools(name)).await {
                Ok(found) if !found.is_empty() => {
                    return Box::pin(self.adopt(found, None, input)).await;
                }
                Ok(_) if retry.saturating_add(1) < self.options.get_ambiguous_attempts() => {
                    retry += 1;
                }
                Ok(_) => return Err(self.unknown(name, error, None)),
                Err(search) => return Err(self.unknown(name, error, Some(search))),
            }
        }
    }

    /// Keeps `keep` (or the first pool found) and removes every other pool carrying the token:
    /// they are this plan's own duplicates, made by attempts that committed late.
    async fn adopt(
        &self,
        found: Vec<UserPoolType>,
        keep: Option<Pool>,
        input: &CreateUserPoolInputBuilder,
    ) -> Result<Pool, CreateError> {
        let name = input.get_pool_name().as_deref().unwrap_or_default();
        let mut found = found.into_iter();
        let keep = if let Some(pool) = keep {
            pool
        } else if let Some(pool) = found
            .by_ref()
            .find_map(|p| Pool::from_service(&p, name, true))
        {
            pool
        } else {
            let error = CallError::new(CallErrorKind::Response, "", "a listed pool has no id");
            return Err(self.unknown(name, error, None));
        };
        if keep.adopted {
            info!(plan = %self.token, user_pool_id = %keep.id, "adopted the pool carrying the plan token");
        }
        for duplicate in found {
            let Some(id) = duplicate.id().filter(|id| *id != keep.id) else {
                continue;
            };
            warn!(plan = %self.token, user_pool_id = id, kept = %keep.id, "removing a second pool carrying the plan token");
            let domains: Vec<String> = [duplicate.domain(), duplicate.custom_domain()]
                .into_iter()
                .flatten()
                .map(str::to_owned)
                .collect();
            let protection = (duplicate.deletion_protection()
                == Some(&DeletionProtectionType::Active))
            .then_some(input);
            let cleanup = self.roll_back(id, &domains, protection).await;
            if let Cleanup::RollbackFailed { error, .. } = &cleanup {
                // Both pools are this plan's: give up on ours too, and name the one left.
                let reported = copy_error(error);
                let ours = self.roll_back(&keep.id, &[], protected(input)).await;
                let cleanup = if ours.nothing_left() { cleanup } else { ours };
                return Err(self.error(PlanStep::CreateUserPool, reported, cleanup));
            }
        }
        Ok(keep)
    }

    /// `SetUserPoolMfaConfig` (idempotent). With `look_first`, nothing is sent when the pool
    /// already has the planned configuration.
    async fn set_mfa(
        &self,
        input: Option<SetUserPoolMfaConfigInputBuilder>,
        pool_id: &str,
        look_first: bool,
    ) -> Result<(), CallError> {
        let Some(input) = input else {
            return Ok(());
        };
        let input = input.user_pool_id(pool_id);
        if look_first {
            let current = Box::pin(self.send_idempotent("GetUserPoolMfaConfig", || {
                self.cognito.get_user_pool_mfa_config(
                    GetUserPoolMfaConfigInput::builder().user_pool_id(pool_id),
                )
            }))
            .await?;
            if mfa_in_place(&input, &current) {
                info!(plan = %self.token, user_pool_id = pool_id, "MFA is already as planned");
                return Ok(());
            }
        }
        self.send_idempotent("SetUserPoolMfaConfig", || {
            self.cognito.set_user_pool_mfa_config(input.clone())
        })
        .await
        .map(drop)
    }

    /// The plan's identity providers and resource servers, all at once, each exactly once.
    /// Providers are reported before resource servers, each in the plan's order.
    async fn create_named(
        &self,
        requests: &Requests,
        pool_id: &str,
        look_first: bool,
    ) -> Result<(), (PlanStep, CallError)> {
        let providers: Vec<CreateIdentityProviderInputBuilder> = requests
            .identity_providers
            .iter()
            .map(|p| builder_of_provider(p).user_pool_id(pool_id))
            .collect();
        let servers: Vec<CreateResourceServerInputBuilder> = requests
            .resource_servers
            .iter()
            .map(|s| builder_of_server(s).user_pool_id(pool_id))
            .collect();
        let providers: Vec<_> = providers
            .iter()
            .map(|p| self.create_provider(p, look_first))
            .collect();
        let servers: Vec<_> = servers
            .iter()
            .map(|s| self.create_resource_server(s, look_first))
            .collect();
        let (providers, servers, ()) =
            join3(join_all(providers), join_all(servers), async {}).await;
        for result in providers {
            result.map_err(|e| (PlanStep::CreateIdentityProvider, e))?;
        }
        for result in servers {
            result.map_err(|e| (PlanStep::CreateResourceServer, e))?;
        }
        Ok(())
    }

    /// Every app client of the plan, all at once, each exactly once (see
    /// [`create_client`](Self::create_client)); the first failure in the plan's order is
    /// reported.
    async fn create_clients(
        &self,
        requests: &Requests,
        pool_id: &str,
        look_first: bool,
    ) -> Result<Vec<CreatedClient>, (PlanStep, CallError)> {
        let creates: Vec<_> = requests
            .clients()
            .map(|c| self.create_client(builder_of_client(c), pool_id, look_first))
            .collect();
        let mut clients = Vec::with_capacity(creates.len());
        for (result, request) in join_all(creates).await.into_iter().zip(requests.clients()) {
            let client = result.map_err(|e| (PlanStep::CreateUserPoolClient, e))?;
            clients.push(CreatedClient {
                name: request.client_name().unwrap_or_default().to_owned(),
                client_id: client.id,
                client_secret: client.secret,
            });
        }
        Ok(clients)
    }

    /// `CreateIdentityProvider` (`input` names the pool), exactly once: after an ambiguous
    /// failure (or a refusal that follows one, such as `DuplicateProviderException`), the
    /// provider is described by name, and one of the planned type is taken as created (the name
    /// is unique in the pool). With `look_first`, described before anything is sent.
    pub(super) async fn create_provider(
        &self,
        input: &CreateIdentityProviderInputBuilder,
        look_first: bool,
    ) -> Result<(), CallError> {
        let pool_id = input.get_user_pool_id().clone().unwrap_or_default();
        let name = input.get_provider_name().clone().unwrap_or_default();
        let kind = input.get_provider_type().clone();
        let exists = || async {
            let described = self
                .send_idempotent("DescribeIdentityProvider", || {
                    self.cognito.describe_identity_provider(
                        DescribeIdentityProviderInput::builder()
                            .user_pool_id(&pool_id)
                            .provider_name(&name),
                    )
                })
                .await;
            match described {
                Ok(out) => Ok(out
                    .identity_provider()
                    .is_some_and(|p| p.provider_type() == kind.as_ref())),
                Err(e) if e.code() == Some(RESOURCE_NOT_FOUND) => Ok(false),
                Err(e) => Err(e),
            }
        };
        self.create_once(
            "CreateIdentityProvider",
            || self.cognito.create_identity_provider(input.clone()),
            exists,
            look_first,
        )
        .await
    }

    /// `CreateResourceServer` (`input` names the pool), exactly once: the identifier
    /// identifies it in the pool.
    pub(super) async fn create_resource_server(
        &self,
        input: &CreateResourceServerInputBuilder,
        look_first: bool,
    ) -> Result<(), CallError> {
        let pool_id = input.get_user_pool_id().clone().unwrap_or_default();
        let identifier = input.get_identifier().clone().unwrap_or_default();
        let exists = || async {
            found(
                self.send_idempotent("DescribeResourceServer", || {
                    self.cognito.describe_resource_server(
                        DescribeResourceServerInput::builder()
                            .user_pool_id(&pool_id)
                            .identifier(&identifier),
                    )
                })
                .await,
            )
        };
        self.create_once(
            "CreateResourceServer",
            || self.cognito.create_resource_server(input.clone()),
            exists,
            look_first,
        )
        .await
    }

    /// A named create exactly once: with `look_first`, nothing is sent when `exists`; after an
    /// ambiguous failure (or a refusal that follows one), `exists` decides before the create is
    /// sent again. In a pool this plan owns, what has the name is this plan's.
    async fn create_once<T, F, E, G>(
        &self,
        call: &'static str,
        mut create: impl FnMut() -> F,
        exists: impl Fn() -> G,
        look_first: bool,
    ) -> Result<(), CallError>
    where
        F: Future<Output = Result<T, CallError>>,
        G: Future<Output = Result<bool, E>>,
        CallError: From<E>,
    {
        if look_first && Box::pin(exists()).await? {
            info!(plan = %self.token, call, "already there: not sent");
            return Ok(());
        }
        let mut ambiguous = false;
        let mut retry: u32 = 0;
        loop {
            let Err(error) = self.send(call, &mut create).await else {
                return Ok(());
            };
            let refused = !error.kind().is_ambiguous();
            if refused && !ambiguous {
                return Err(error);
            }
            if !refused {
                self.pause(call, retry, &error).await;
            }
            ambiguous = true;
            match Box::pin(exists()).await {
                Ok(true) => {
                    info!(plan = %self.token, call, "adopted: the lost request had taken effect");
                    return Ok(());
                }
                Ok(false)
                    if !refused
                        && retry.saturating_add(1) < self.options.get_ambiguous_attempts() =>
                {
                    retry += 1;
                }
                _ => return Err(error),
            }
        }
    }

    /// `CreateUserPoolDomain`, exactly once: after an ambiguous failure (or a refusal that
    /// follows one), describe the domain and keep it if it belongs to the pool. With
    /// `look_first`, describe it before creating.
    pub(super) async fn create_domain(
        &self,
        input: Option<CreateUserPoolDomainInputBuilder>,
        pool_id: &str,
        look_first: bool,
    ) -> (DomainState, Result<Option<DomainInfo>, CallError>) {
        let Some(input) = input else {
            return (DomainState::Absent, Ok(None));
        };
        let input = input.user_pool_id(pool_id);
        let domain = input.get_domain().clone().unwrap_or_default();
        let custom = input.get_custom_domain_config().is_some();
        let ours = |cloud_front: Option<String>| {
            (
                DomainState::Created(domain.clone()),
                Ok(Some((domain.clone(), custom, cloud_front))),
            )
        };
        let described_ours = |out: &_| {
            domain_belongs(out, pool_id).then(|| {
                info!(plan = %self.token, domain = %domain, "adopted the domain: it belongs to the pool");
                ours(
                    out.domain_description()
                        .and_then(|d| d.cloud_front_distribution())
                        .map(str::to_owned),
                )
            })
        };
        if look_first {
            match Box::pin(self.describe_domain(&domain)).await {
                Ok(out) => {
                    if let Some(found) = described_ours(&out) {
                        return found;
                    }
                }
                Err(e) => return (DomainState::Absent, Err(e)),
            }
        }
        let mut ambiguous = false;
        let mut retry: u32 = 0;
        loop {
            let error = match self
                .send("CreateUserPoolDomain", || {
                    self.cognito.create_user_pool_domain(input.clone())
                })
                .await
            {
                Ok(out) => return ours(out.cloud_front_domain().map(str::to_owned)),
                Err(e) => e,
            };
            let refused = !error.kind().is_ambiguous();
            if refused && !ambiguous {
                return (DomainState::Absent, Err(error));
            }
            if !refused {
                self.pause("CreateUserPoolDomain", retry, &error).await;
            }
            ambiguous = true;
            match Box::pin(self.describe_domain(&domain)).await {
                Ok(out) => {
                    if let Some(found) = described_ours(&out) {
                        return found;
                    }
                    if refused || retry.saturating_add(1) >= self.options.get_ambiguous_attempts() {
                        return (DomainState::Unknown(domain), Err(error));
                    }
                    retry += 1;
                }
                Err(_) => return (DomainState::Unknown(domain), Err(error)),
            }
        }
    }

    /// `CreateUserPoolClient`, exactly once: after an ambiguous failure (or a refusal that
    /// follows one), list the pool's clients and adopt the one with the plan's client name (the
    /// pool is this plan's, so such a client is too). With `look_first`, list before creating.
    /// After an ambiguous attempt, the run waits the settle time, looks once more and deletes a
    /// second client of the name that a late commit made.
    pub(super) async fn create_client(
        &self,
        input: CreateUserPoolClientInputBuilder,
        pool_id: &str,
        look_first: bool,
    ) -> Result<ClientInfo, CallError> {
        let input = input.user_pool_id(pool_id);
        let name = input.get_client_name().clone().unwrap_or_default();
        let has_secret =
            input.get_generate_secret() == &Some(true) || input.get_client_secret().is_some();
        if look_first
            && let Some(found) = Box::pin(self.find_client(pool_id, &name, has_secret)).await?
        {
            return Ok(found);
        }
        let mut ambiguous = false;
        let client = self
            .create_client_attempts(&input, pool_id, &name, has_secret, &mut ambiguous)
            .await?;
        if ambiguous {
            Box::pin(self.remove_late_clients(pool_id, &name, &client.id)).await?;
        }
        Ok(client)
    }

    /// After an ambiguous client create: waits the settle time, then deletes every other
    /// client named `name` (a late commit's), keeping `keep`.
    async fn remove_late_clients(
        &self,
        pool_id: &str,
        name: &str,
        keep: &str,
    ) -> Result<(), CallError> {
        self.settle("CreateUserPoolClient").await;
        for id in self.clients_named(pool_id, name).await? {
            if id == keep {
                continue;
            }
            warn!(plan = %self.token, user_pool_id = pool_id, client_id = %id, "deleting a second app client of the plan's name");
            self.send_idempotent("DeleteUserPoolClient", || {
                self.cognito.delete_user_pool_client(
                    DeleteUserPoolClientInput::builder()
                        .user_pool_id(pool_id)
                        .client_id(&id),
                )
            })
            .await
            .or_else(|e| {
                if e.code() == Some(super::run::RESOURCE_NOT_FOUND) {
                    Ok(DeleteUserPoolClientOutput::builder().build())
                } else {
                    Err(e)
                }
            })?;
        }
        Ok(())
    }

    /// The attempts of [`create_client`](Self::create_client); `ambiguous` says whether any
    /// failed ambiguously.
    async fn create_client_attempts(
        &self,
        input: &CreateUserPoolClientInputBuilder,
        pool_id: &str,
        name: &str,
        has_secret: bool,
        ambiguous: &mut bool,
    ) -> Result<ClientInfo, CallError> {
        let mut retry: u32 = 0;
        loop {
            let error = match self
                .send("CreateUserPoolClient", || {
                    self.cognito.create_user_pool_client(input.clone())
                })
                .await
            {
                Ok(out) => return client_info(&out),
                Err(e) => e,
            };
            let refused = !error.kind().is_ambiguous();
            if refused && !*ambiguous {
                return Err(error);
            }
            if !refused {
                self.pause("CreateUserPoolClient", retry, &error).await;
            }
            *ambiguous = true;
            match Box::pin(self.find_client(pool_id, name, has_secret)).await {
                Ok(Some(found)) => return Ok(found),
                Ok(None)
                    if !refused
                        && retry.saturating_add(1) < self.options.get_ambiguous_attempts() =>
                {
                    retry += 1;
                }
                // Deleting the pool in the rollback deletes any client a late commit makes.
                _ => return Err(error),
            }
        }
    }

    /// The ids of the pool's clients named `name`, oldest first: `ListUserPoolClients`, every
    /// page.
    async fn clients_named(&self, pool_id: &str, name: &str) -> Result<Vec<String>, CallError> {
        let pages = self
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
            .await?;
        Ok(pages
            .iter()
            .flat_map(ListUserPoolClientsOutput::user_pool_clients)
            .filter(|c| c.client_name() == Some(name))
            .filter_map(|c| c.client_id().map(str::to_owned))
            .collect())
    }

    /// The pool's first client named `name`, with its secret read back when it has one.
    async fn find_client(
        &self,
        pool_id: &str,
        name: &str,
        has_secret: bool,
    ) -> Result<Option<ClientInfo>, CallError> {
        let Some(id) = self.clients_named(pool_id, name).await?.into_iter().next() else {
            return Ok(None);
        };
        info!(plan = %self.token, user_pool_id = pool_id, client_id = %id, "adopted the app client of the plan's name");
        if !has_secret {
            return Ok(Some(ClientInfo { id, secret: None }));
        }
        let described = self
            .send_idempotent("DescribeUserPoolClient", || {
                self.cognito.describe_user_pool_client(
                    DescribeUserPoolClientInput::builder()
                        .user_pool_id(pool_id)
                        .client_id(&id),
                )
            })
            .await?;
        let secret = described
            .user_pool_client()
            .and_then(|c| c.client_secret())
            .map(Secret::new);
        Ok(Some(ClientInfo { id, secret }))
    }

    /// Deletes what the plan created: the domains, then (for a protected pool) deletion
    /// protection, then the pool.
    pub(super) async fn roll_back(
        &self,
        pool_id: &str,
        domains: &[String],
        protected: Option<&CreateUserPoolInputBuilder>,
    ) -> Cleanup {
        let failed = |step, error: CallError, domain: Option<&str>| {
            warn!(plan = %self.token, user_pool_id = pool_id, step = %step, error = %error, "the rollback failed");
            Cleanup::RollbackFailed {
                step,
                error,
                left_behind: LeftBehind {
                    user_pool_id: pool_id.to_owned(),
                    domain: domain.map(str::to_owned),
                },
            }
        };
        for name in domains {
            info!(plan = %self.token, user_pool_id = pool_id, domain = %name, "rollback: deleting the domain");
            if let Err(e) = self.delete_domain(name, pool_id).await {
                return failed(RollbackStep::DeleteUserPoolDomain, e, Some(name));
            }
        }
        if let Some(input) = protected {
            info!(plan = %self.token, user_pool_id = pool_id, "rollback: lifting deletion protection");
            let update = update_from_create(input, pool_id)
                .deletion_protection(DeletionProtectionType::Inactive);
            if let Err(e) = self
                .send_idempotent("UpdateUserPool", || {
                    self.cognito.update_user_pool(update.clone())
                })
                .await
            {
                return failed(RollbackStep::UpdateUserPool, e, None);
            }
        }
        info!(plan = %self.token, user_pool_id = pool_id, "rollback: deleting the pool");
        match self.delete_pool(pool_id).await {
            Ok(()) => Cleanup::RolledBack,
            Err(e) => failed(RollbackStep::DeleteUserPool, e, None),
        }
    }
}

/// Whether a describe found what it asked for: "not found" is `false`, not an error.
fn found<T>(described: Result<T, CallError>) -> Result<bool, CallError> {
    match described {
        Ok(_) => Ok(true),
        Err(e) if e.code() == Some(RESOURCE_NOT_FOUND) => Ok(false),
        Err(e) => Err(e),
    }
}

/// The id and secret of a created client.
fn client_info(out: &CreateUserPoolClientOutput) -> Result<ClientInfo, CallError> {
    let client = out.user_pool_client();
    let Some(id) = client.and_then(|c| c.client_id()) else {
        return Err(CallError::new(
            CallErrorKind::Response,
            "",
            "CreateUserPoolClient answered without a client id",
        ));
    };
    Ok(ClientInfo {
        id: id.to_owned(),
        secret: client.and_then(|c| c.client_secret()).map(Secret::new),
    })
}

/// A copy of an error's kind, code and message (its source chain stays with the original).
fn copy_error(error: &CallError) -> CallError {
    CallError::new(
        error.kind(),
        error.code().unwrap_or_default(),
        error.message().unwrap_or_default(),
    )
}

/// Whether the pool's MFA configuration already is what `desired` would set: the level, and
/// each factor the request sets or clears. Passkey settings are compared where the request
/// gives them (the service keeps them when a request leaves them out).
fn mfa_in_place(
    desired: &SetUserPoolMfaConfigInputBuilder,
    current: &GetUserPoolMfaConfigOutput,
) -> bool {
    let level = desired
        .get_mfa_configuration()
        .as_ref()
        .is_none_or(|level| current.mfa_configuration() == Some(level));
    let totp = |enabled: Option<bool>| enabled.unwrap_or(false);
    let software_token = totp(
        desired
            .get_software_token_mfa_configuration()
            .as_ref()
            .map(|c| c.enabled),
    ) == totp(
        current
            .software_token_mfa_configuration()
            .map(|c| c.enabled),
    );
    let sms =
        desired.get_sms_mfa_configuration().is_some() == current.sms_mfa_configuration().is_some();
    let email = match (
        desired.get_email_mfa_configuration(),
        current.email_mfa_configuration(),
    ) {
        (None, None) => true,
        (Some(want), Some(have)) => {
            want.message().is_none_or(|m| have.message() == Some(m))
                && want.subject().is_none_or(|s| have.subject() == Some(s))
        }
        _ => false,
    };
    let passkeys = desired
        .get_web_authn_configuration()
        .as_ref()
        .is_none_or(|want| {
            current.web_authn_configuration().is_some_and(|have| {
                want.relying_party_id()
                    .is_none_or(|id| have.relying_party_id() == Some(id))
                    && want
                        .user_verification()
                        .is_none_or(|v| have.user_verification() == Some(v))
            })
        });
    level && software_token && sms && email && passkeys
}

/// The `UpdateUserPool` request that leaves a pool created by `create` as it is (for `pool_id`).
///
/// `UpdateUserPool` resets every member it is not given, so every updatable member of the create
/// request is carried over. The create-only members (`AliasAttributes`, `UsernameAttributes`,
/// `Schema`, `UsernameConfiguration`) cannot change and are not part of the update.
pub(crate) fn update_from_create(
    create: &CreateUserPoolInputBuilder,
    pool_id: &str,
) -> UpdateUserPoolInputBuilder {
    UpdateUserPoolInput::builder()
        .user_pool_id(pool_id)
        .set_pool_name(create.get_pool_name().clone())
        .set_policies(create.get_policies().clone())
        .set_deletion_protection(create.get_deletion_protection().clone())
        .set_lambda_config(create.get_lambda_config().clone())
        .set_auto_verified_attributes(create.get_auto_verified_attributes().clone())
        .set_sms_verification_message(create.get_sms_verification_message().clone())
        .set_email_verification_message(create.get_email_verification_message().clone())
        .set_email_verification_subject(create.get_email_verification_subject().clone())
        .set_verification_message_template(create.get_verification_message_template().clone())
        .set_sms_authentication_message(create.get_sms_authentication_message().clone())
        .set_user_attribute_update_settings(create.get_user_attribute_update_settings().clone())
        .set_mfa_configuration(create.get_mfa_configuration().clone())
        .set_device_configuration(create.get_device_configuration().clone())
        .set_email_configuration(create.get_email_configuration().clone())
        .set_sms_configuration(create.get_sms_configuration().clone())
        .set_user_pool_tags(create.get_user_pool_tags().clone())
        .set_admin_create_user_config(create.get_admin_create_user_config().clone())
        .set_user_pool_add_ons(create.get_user_pool_add_ons().clone())
        .set_account_recovery_setting(create.get_account_recovery_setting().clone())
        .set_user_pool_tier(create.get_user_pool_tier().clone())
        .set_key_configuration(create.get_key_configuration().clone())
        .set_issuer_configuration(create.get_issuer_configuration().clone())
        .set_acr_configuration(create.get_acr_configuration().clone())
}

/// The hosted UI's base URL. The region comes from the pool's ARN
/// (`arn:<partition>:cognito-idp:<region>:...`), else from the id's `<region>_` prefix; ids are
/// not assumed to have Cognito's exact shape.
fn hosted_ui_url(domain: &str, custom: bool, pool: &Pool) -> Option<String> {
    if custom {
        return Some(format!("https://{domain}"));
    }
    let from_arn = pool.arn.as_deref().and_then(|arn| {
        let mut parts = arn.split(':');
        (parts.next() == Some("arn"))
            .then(|| parts.nth(2))
            .flatten()
    });
    let from_id = pool.id.split_once('_').map(|(region, _)| region);
    let region = from_arn
        .or(from_id)
        .filter(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))?;
    Some(format!("https://{domain}.auth.{region}.amazoncognito.com"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(id: &str, arn: Option<&str>) -> Pool {
        Pool {
            id: id.to_owned(),
            arn: arn.map(str::to_owned),
            name: "p".to_owned(),
            adopted: false,
            resumed: false,
        }
    }

    #[test]
    fn hosted_ui_url_reads_the_region_from_the_arn_then_the_id() {
        let arn = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbC123xyZ";
        assert_eq!(
            hosted_ui_url("my-login", false, &pool("eu-west-1_AbC123xyZ", Some(arn))).as_deref(),
            Some("https://my-login.auth.eu-west-1.amazoncognito.com")
        );
        // moto's longer ids, no ARN.
        assert_eq!(
            hosted_ui_url(
                "x",
                false,
                &pool("us-east-1_0123456789abcdef0123456789abcdef", None)
            )
            .as_deref(),
            Some("https://x.auth.us-east-1.amazoncognito.com")
        );
        assert_eq!(hosted_ui_url("x", false, &pool("opaque", None)), None);
        assert_eq!(
            hosted_ui_url("auth.example.com", true, &pool("opaque", None)).as_deref(),
            Some("https://auth.example.com")
        );
    }

    #[test]
    #[expect(
        clippy::too_many_lines,
        reason = "one assertion per member of the request"
    )]
    fn update_from_create_carries_every_updatable_member() {
        use aws_sdk_cognitoidentityprovider::types::{
            AccountRecoverySettingType, AdminCreateUserConfigType, DeviceConfigurationType,
            EmailConfigurationType, LambdaConfigType, PasswordPolicyType, RecoveryOptionNameType,
            RecoveryOptionType, SmsConfigurationType, UserAttributeUpdateSettingsType,
            UserPoolAddOnsType, UserPoolMfaType, UserPoolPolicyType, UserPoolTierType,
            VerificationMessageTemplateType, VerifiedAttributeType,
        };
        let create = CreateUserPoolInputBuilder::default()
            .pool_name("p")
            .policies(
                UserPoolPolicyType::builder()
                    .password_policy(PasswordPolicyType::builder().minimum_length(12).build())
                    .build(),
            )
            .deletion_protection(DeletionProtectionType::Active)
            .lambda_config(LambdaConfigType::builder().build())
            .auto_verified_attributes(VerifiedAttributeType::Email)
            .sms_verification_message("{####}")
            .email_verification_message("{####}")
            .email_verification_subject("s")
            .verification_message_template(VerificationMessageTemplateType::builder().build())
            .sms_authentication_message("{####}")
            .user_attribute_update_settings(UserAttributeUpdateSettingsType::builder().build())
            .mfa_configuration(UserPoolMfaType::Off)
            .device_configuration(DeviceConfigurationType::builder().build())
            .email_configuration(EmailConfigurationType::builder().build())
            .sms_configuration(
                SmsConfigurationType::builder()
                    .sns_caller_arn("arn:aws:iam::123456789012:role/sms")
                    .build(),
            )
            .user_pool_tags("k", "v")
            .admin_create_user_config(AdminCreateUserConfigType::builder().build())
            .user_pool_add_ons(
                UserPoolAddOnsType::builder()
                    .advanced_security_mode(
                        aws_sdk_cognitoidentityprovider::types::AdvancedSecurityModeType::Off,
                    )
                    .build()
                    .expect("mode given"),
            )
            .account_recovery_setting(
                AccountRecoverySettingType::builder()
                    .recovery_mechanisms(
                        RecoveryOptionType::builder()
                            .name(RecoveryOptionNameType::VerifiedEmail)
                            .priority(1)
                            .build()
                            .expect("name and priority given"),
                    )
                    .build(),
            )
            .user_pool_tier(UserPoolTierType::Essentials);
        let update = update_from_create(&create, "us-east-1_x")
            .build()
            .expect("update builds");
        let create = create.build().expect("create builds");
        assert_eq!(update.user_pool_id(), Some("us-east-1_x"));
        assert_eq!(update.pool_name(), create.pool_name());
        assert_eq!(update.policies(), create.policies());
        assert_eq!(update.deletion_protection(), create.deletion_protection());
        assert_eq!(update.lambda_config(), create.lambda_config());
        assert_eq!(
            update.auto_verified_attributes(),
            create.auto_verified_attributes()
        );
        assert_eq!(
            update.sms_verification_message(),
            create.sms_verification_message()
        );
        assert_eq!(
            update.email_verification_message(),
            create.email_verification_message()
        );
        assert_eq!(
            update.email_verification_subject(),
            create.email_verification_subject()
        );
        assert_eq!(
            update.verification_message_template(),
            create.verification_message_template()
        );
        assert_eq!(
            update.sms_authentication_message(),
            create.sms_authentication_message()
        );
        assert_eq!(
            update.user_attribute_update_settings(),
            create.user_attribute_update_settings()
        );
        assert_eq!(update.mfa_configuration(), create.mfa_configuration());
        assert_eq!(update.device_configuration(), create.device_configuration());
        assert_eq!(update.email_configuration(), create.email_configuration());
        assert_eq!(update.sms_configuration(), create.sms_configuration());
        assert_eq!(update.user_pool_tags(), create.user_pool_tags());
        assert_eq!(
            update.admin_create_user_config(),
            create.admin_create_user_config()
        );
        assert_eq!(update.user_pool_add_ons(), create.user_pool_add_ons());
        assert_eq!(
            update.account_recovery_setting(),
            create.account_recovery_setting()
        );
        assert_eq!(update.user_pool_tier(), create.user_pool_tier());
        assert_eq!(update.key_configuration(), create.key_configuration());
        assert_eq!(update.issuer_configuration(), create.issuer_configuration());
        assert_eq!(update.acr_configuration(), create.acr_configuration());
    }

    #[test]
    fn errors_read_as_one_sentence_and_hide_nothing_they_should_show() {
        let e = CreateError {
            step: PlanStep::CreateUserPoolClient,
            source: CallError::service("InvalidParameterException", "bad client"),
            cleanup: Cleanup::RolledBack,
            plan_token: PlanToken::random(),
        };
        assert_eq!(
            e.to_string(),
            "CreateUserPoolClient failed (InvalidParameterException: bad client); rolled back: \
             nothing was left behind"
        );
        assert_eq!(e.code(), Some("InvalidParameterException"));
        let e = CreateError {
            step: PlanStep::CreateUserPoolDomain,
            source: CallError::service("InvalidParameterException", "taken"),
            cleanup: Cleanup::RollbackFailed {
                step: RollbackStep::DeleteUserPool,
                error: CallError::service("InternalErrorException", "boom"),
                left_behind: LeftBehind {
                    user_pool_id: "us-east-1_x".to_owned(),
                    domain: None,
                },
            },
            plan_token: PlanToken::random(),
        };
        assert_eq!(
            e.to_string(),
            "CreateUserPoolDomain failed (InvalidParameterException: taken); the rollback failed \
             at DeleteUserPool (InternalErrorException: boom): left behind user pool us-east-1_x"
        );
        assert_eq!(
            e.cleanup().left_behind().map(LeftBehind::user_pool_id),
            Some("us-east-1_x")
        );
    }

    #[test]
    fn created_never_shows_the_secret() {
        let created = Created {
            user_pool_id: "us-east-1_x".to_owned(),
            user_pool_arn: None,
            user_pool_name: "p".to_owned(),
            clients: vec![CreatedClient {
                name: "web".to_owned(),
                client_id: "c".to_owned(),
                client_secret: Some(Secret::new("hunter2")),
            }],
            identity_providers: Vec::new(),
            resource_servers: Vec::new(),
            domain: None,
            adopted: false,
            plan_token: PlanToken::random(),
        };
        assert!(!format!("{created:?}{created}").contains("hunter2"));
        assert_eq!(
            created.client_secret().map(Secret::expose_secret),
            Some("hunter2")
        );
    }
}
