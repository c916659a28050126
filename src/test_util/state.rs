//! The service's state and its handlers.

use std::collections::hash_map::RandomState;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::hash::{BuildHasher, Hash};
use std::time::{Duration, SystemTime};

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::{
    CreateUserPoolInput, CreateUserPoolOutput, builders::CreateUserPoolInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::{
    CreateUserPoolClientInput, CreateUserPoolClientOutput,
    builders::CreateUserPoolClientInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::{
    CreateUserPoolDomainOutput, builders::CreateUserPoolDomainInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool::{
    DeleteUserPoolOutput, builders::DeleteUserPoolInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool_client::{
    DeleteUserPoolClientOutput, builders::DeleteUserPoolClientInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool_domain::{
    DeleteUserPoolDomainOutput, builders::DeleteUserPoolDomainInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool::{
    DescribeUserPoolOutput, builders::DescribeUserPoolInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool_client::{
    DescribeUserPoolClientOutput, builders::DescribeUserPoolClientInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool_domain::{
    DescribeUserPoolDomainOutput, builders::DescribeUserPoolDomainInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::get_user_pool_mfa_config::{
    GetUserPoolMfaConfigOutput, builders::GetUserPoolMfaConfigInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::list_user_pool_clients::{
    ListUserPoolClientsOutput, builders::ListUserPoolClientsInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::list_user_pools::{
    ListUserPoolsOutput, builders::ListUserPoolsInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::{
    SetUserPoolMfaConfigOutput, builders::SetUserPoolMfaConfigInputBuilder,
};
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::{
    UpdateUserPoolOutput, builders::UpdateUserPoolInputBuilder,
};
use aws_sdk_cognitoidentityprovider::types::{
    CustomDomainConfigType, DeletionProtectionType, DomainDescriptionType, DomainStatusType,
    EmailMfaConfigType, EmailSendingAccountType, ExplicitAuthFlowsType, IdentityProviderType,
    PreventUserExistenceErrorTypes, ResourceServerType, RoutingType, SchemaAttributeType,
    SmsMfaConfigType, UserPoolClientDescription, UserPoolClientType, UserPoolMfaType,
    UserPoolTierType, WebAuthnConfigurationType,
};
use aws_smithy_types::DateTime;

use crate::client::CallError;

use super::faults::{FaultQueues, LateCommits};
use super::log::CallLog;

// ----------------------------------------------------------------------------------------------
// The service's state and its handlers. Every handler runs under the lock, synchronously, and
// either applies all of a request or none of it.
// ----------------------------------------------------------------------------------------------

pub(super) const POOL_ID_CHARS: &[u8] =
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
pub(super) const LOWER_ALNUM: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
/// The most pools `ListUserPools` returns per page (its `MaxResults` range is 1..=60).
pub(super) const MAX_LIST_RESULTS: i32 = 60;

pub(super) struct State {
    pub(super) region: String,
    pub(super) account: String,
    pub(super) latency: Duration,
    pub(super) ids: IdSource,
    /// The last pool's sequence number.
    pub(super) seq: u64,
    /// Creation order of pools, for listing and pagination: sequence number -> pool id.
    pub(super) order: BTreeMap<u64, String>,
    /// Boxed: a pool is large, and the map's spare capacity and rehashing should not be.
    pub(super) pools: HashMap<String, Box<Pool>>,
    /// The last app client's sequence number (service-wide).
    pub(super) client_seq: u64,
    /// Every app client id -> its sequence number (under which its pool keeps it); client ids
    /// are unique service-wide.
    pub(super) clients: HashMap<String, u64>,
    /// Every domain (prefix or custom) -> its record; domains are unique service-wide.
    pub(super) domains: HashMap<String, DomainRecord>,
    /// The last identity provider's or resource server's sequence number (service-wide; each
    /// lives in its pool, which keys it by name or identifier).
    pub(super) member_seq: u64,
    pub(super) faults: FaultQueues,
    /// Requests that answered with a timeout and commit after further calls.
    pub(super) late: LateCommits,
    pub(super) calls: CallLog,
}

impl Default for State {
    fn default() -> Self {
        State {
            region: "us-east-1".to_owned(),
            account: "123456789012".to_owned(),
            latency: Duration::ZERO,
            ids: IdSource::default(),
            seq: 0,
            order: BTreeMap::new(),
            pools: HashMap::new(),
            client_seq: 0,
            clients: HashMap::new(),
            domains: HashMap::new(),
            member_seq: 0,
            faults: FaultQueues::default(),
            late: LateCommits::default(),
            calls: CallLog::default(),
        }
    }
}

pub(super) struct Pool {
    pub(super) seq: u64,
    pub(super) id: String,
    pub(super) arn: String,
    /// The pool's whole configuration, in `CreateUserPool` form (updates rewrite it).
    pub(super) config: CreateUserPoolInput,
    pub(super) created: DateTime,
    pub(super) modified: DateTime,
    pub(super) mfa: MfaFactors,
    pub(super) clients: AppClients,
    pub(super) prefix_domain: Option<String>,
    pub(super) custom_domain: Option<String>,
    /// Custom attributes `AddCustomAttributes` added, as requested (names without `custom:`).
    pub(super) added_attributes: Vec<SchemaAttributeType>,
    /// Identity providers, as `DescribeIdentityProvider` shows them (secrets included).
    pub(super) providers: Ordered<IdentityProviderType>,
    pub(super) resource_servers: Ordered<ResourceServerType>,
}

/// The second factors enabled on a pool; `MfaConfiguration` itself lives in the pool's config.
#[derive(Default)]
pub(super) struct MfaFactors {
    /// SMS MFA; in effect only while the pool has an `SmsConfiguration`.
    pub(super) sms: bool,
    pub(super) totp: bool,
    pub(super) email: Option<EmailMfaConfigType>,
    pub(super) web_authn: Option<WebAuthnConfigurationType>,
}

/// A pool's members of one kind (app clients, identity providers, resource servers) in creation
/// order, by their service-wide sequence number. A sorted `Vec`: a pool has few of each, and a
/// B-tree node sized for eleven of them would be most of a pool's memory.
pub(super) struct Ordered<T>(Vec<(u64, T)>);

impl<T> Default for Ordered<T> {
    fn default() -> Self {
        Ordered(Vec::new())
    }
}

/// A pool's app clients.
pub(super) type AppClients = Ordered<UserPoolClientType>;

impl<T> Ordered<T> {
    fn at(&self, seq: u64) -> Result<usize, usize> {
        self.0.binary_search_by_key(&seq, |(s, _)| *s)
    }

    pub(super) fn insert(&mut self, seq: u64, member: T) {
        // Grown from one, not from `Vec`'s four: most pools hold one client, and a client is
        // most of a kilobyte.
        if self.0.len() == self.0.capacity() {
            self.0.reserve_exact(self.0.len().max(1));
        }
        // Sequence numbers grow, so this is a push.
        let at = self.at(seq).unwrap_or_else(|at| at);
        self.0.insert(at, (seq, member));
    }

    pub(super) fn get(&self, seq: u64) -> Option<&T> {
        let at = self.at(seq).ok()?;
        self.0.get(at).map(|(_, member)| member)
    }

    pub(super) fn remove(&mut self, seq: u64) -> Option<T> {
        let at = self.at(seq).ok()?;
        Some(self.0.remove(at).1)
    }

    /// The members, oldest first.
    pub(super) fn values(&self) -> impl Iterator<Item = &T> {
        self.0.iter().map(|(_, member)| member)
    }

    /// The first member (the only one, for unique keys) `matches` accepts, with its number.
    pub(super) fn find(&self, matches: impl Fn(&T) -> bool) -> Option<(u64, &T)> {
        self.0
            .iter()
            .find(|(_, member)| matches(member))
            .map(|(seq, member)| (*seq, member))
    }

    /// The member numbered `seq`, to change in place.
    pub(super) fn get_mut(&mut self, seq: u64) -> Option<&mut T> {
        let at = self.at(seq).ok()?;
        self.0.get_mut(at).map(|(_, member)| member)
    }

    /// The members from sequence number `seq` on, oldest first, with their numbers.
    pub(super) fn starting_at(&self, seq: u64) -> &[(u64, T)] {
        let at = self.at(seq).unwrap_or_else(|at| at);
        self.0.get(at..).unwrap_or_default()
    }
}

pub(super) struct DomainRecord {
    pub(super) user_pool_id: String,
    pub(super) custom: Option<CustomDomainConfigType>,
    pub(super) cloud_front: Option<String>,
    pub(super) managed_login_version: i32,
    pub(super) routing: Option<RoutingType>,
}

/// Random-looking ids without a random-number dependency: a counter hashed with a per-instance
/// random key.
pub(super) struct IdSource {
    pub(super) key: RandomState,
    pub(super) counter: u64,
}

impl Default for IdSource {
    fn default() -> Self {
        IdSource {
            key: RandomState::new(),
            counter: 0,
        }
    }
}

impl IdSource {
    pub(super) fn next_u64(&mut self) -> u64 {
        self.counter = self.counter.wrapping_add(1);
        self.key.hash_one(self.counter)
    }

    /// `len` characters drawn from `alphabet` (at most 64 symbols: 8 per hash).
    pub(super) fn string(&mut self, alphabet: &[u8], len: usize) -> String {
        let base = u64::try_from(alphabet.len()).unwrap_or(1).max(1);
        let mut out = String::with_capacity(len);
        let (mut bits, mut left) = (0_u64, 0_u32);
        for _ in 0..len {
            if left == 0 {
                bits = self.next_u64();
                left = 8;
            }
            let pick = usize::try_from(bits % base).unwrap_or(0);
            bits /= base;
            left -= 1;
            out.push(alphabet.get(pick).map_or('0', |b| char::from(*b)));
        }
        out
    }
}

pub(super) fn now() -> DateTime {
    DateTime::from(SystemTime::now())
}

pub(super) fn invalid(message: impl Into<String>) -> CallError {
    CallError::service("InvalidParameterException", message)
}

pub(super) fn not_found(message: impl Into<String>) -> CallError {
    CallError::service("ResourceNotFoundException", message)
}

pub(super) fn pool_not_found(id: &str) -> CallError {
    not_found(format!("User pool {id} does not exist."))
}

/// The service's answer to a request without a required member (`member` in the wire's
/// lower-camel spelling, as the service quotes it).
pub(super) fn missing(member: &str) -> CallError {
    invalid(format!(
        "1 validation error detected: Value null at '{member}' failed to satisfy constraint: \
         Member must not be null"
    ))
}

pub(super) fn required<'a>(value: Option<&'a str>, member: &str) -> Result<&'a str, CallError> {
    value.ok_or_else(|| missing(member))
}

pub(super) fn build_error(error: &impl fmt::Display) -> CallError {
    invalid(error.to_string())
}

/// Checks an enum member against the service's list (SDK enums accept any string).
pub(super) fn check_mfa_enum(value: Option<&UserPoolMfaType>) -> Result<(), CallError> {
    match value {
        Some(v) if !matches!(v.as_str(), "OFF" | "ON" | "OPTIONAL") => Err(invalid(format!(
            "1 validation error detected: Value '{}' at 'mfaConfiguration' failed to satisfy \
             constraint: Member must satisfy enum value set: [OFF, ON, OPTIONAL]",
            v.as_str()
        ))),
        _ => Ok(()),
    }
}

pub(super) fn mfa_is_on(value: Option<&UserPoolMfaType>) -> bool {
    matches!(value.map(UserPoolMfaType::as_str), Some("ON" | "OPTIONAL"))
}

impl State {
    /// A call is about to be handled: the requests that commit late ([`super::Fault::LateCommit`])
    /// and are due before it take effect, oldest first; the others count it.
    pub(super) fn commit_late_requests(&mut self) {
        if self.late.is_empty() {
            return;
        }
        for commit in self.late.tick() {
            // Nobody is waiting for the answer; an invalid request changes nothing.
            commit(self);
        }
    }

    pub(super) fn pool(&self, id: &str) -> Result<&Pool, CallError> {
        self.pools
            .get(id)
            .map(AsRef::as_ref)
            .ok_or_else(|| pool_not_found(id))
    }

    pub(super) fn pool_mut(&mut self, id: &str) -> Result<&mut Pool, CallError> {
        self.pools
            .get_mut(id)
            .map(AsMut::as_mut)
            .ok_or_else(|| pool_not_found(id))
    }

    pub(super) fn new_pool_id(&mut self) -> String {
        loop {
            let id = format!("{}_{}", self.region, self.ids.string(POOL_ID_CHARS, 9));
            if !self.pools.contains_key(&id) {
                return id;
            }
        }
    }

    pub(super) fn create_user_pool(
        &mut self,
        input: CreateUserPoolInputBuilder,
    ) -> Result<CreateUserPoolOutput, CallError> {
        let config = input.build().map_err(|e| build_error(&e))?;
        crate::validate::create_user_pool(&config).map_err(|e| invalid(e.to_string()))?;

        let id = self.new_pool_id();
        let arn = format!(
            "arn:aws:cognito-idp:{}:{}:userpool/{id}",
            self.region, self.account
        );
        let created = now();
        let mfa = MfaFactors {
            sms: mfa_is_on(config.mfa_configuration.as_ref()) && config.sms_configuration.is_some(),
            ..MfaFactors::default()
        };
        self.seq = self.seq.wrapping_add(1);
        let seq = self.seq;
        let pool = Pool {
            seq,
            id: id.clone(),
            arn,
            config,
            created,
            modified: created,
            mfa,
            clients: AppClients::default(),
            prefix_domain: None,
            custom_domain: None,
            added_attributes: Vec::new(),
            providers: Ordered::default(),
            resource_servers: Ordered::default(),
        };
        let described = pool.describe();
        self.order.insert(seq, id.clone());
        self.pools.insert(id, Box::new(pool));
        Ok(CreateUserPoolOutput::builder().user_pool(described).build())
    }

    pub(super) fn describe_user_pool(
        &mut self,
        input: DescribeUserPoolInputBuilder,
    ) -> Result<DescribeUserPoolOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let pool = self.pool(id)?;
        Ok(DescribeUserPoolOutput::builder()
            .user_pool(pool.describe())
            .build())
    }

    pub(super) fn update_user_pool(
        &mut self,
        input: UpdateUserPoolInputBuilder,
    ) -> Result<UpdateUserPoolOutput, CallError> {
        let update = input.build().map_err(|e| build_error(&e))?;
        let id = required(update.user_pool_id(), "userPoolId")?.to_owned();
        // The request as sent: what the crate's validator finds wrong in it alone.
        crate::validate::update_user_pool(&update).map_err(|e| invalid(e.to_string()))?;
        let pool = self.pool(&id)?;
        let old = &pool.config;

        // Cognito resets every member the request leaves out, except what only CreateUserPool
        // sets (name unless renamed, schema, sign-in attributes, case sensitivity), the plan,
        // the tags, and the attribute-update settings: an update that leaves those out but
        // empties AutoVerifiedAttributes is refused, as the service does. An omitted
        // `UserPoolTags` keeps the tags (whether Cognito keeps or drops them is not known,
        // SR-124; moto drops them); a sent one replaces them all.
        let merged = CreateUserPoolInput::builder()
            .set_pool_name(update.pool_name.clone().or_else(|| old.pool_name.clone()))
            .set_alias_attributes(old.alias_attributes.clone())
            .set_username_attributes(old.username_attributes.clone())
            .set_schema(old.schema.clone())
            .set_username_configuration(old.username_configuration.clone())
            .set_user_pool_tier(
                update
                    .user_pool_tier
                    .clone()
                    .or_else(|| old.user_pool_tier.clone()),
            )
            .set_user_pool_tags(
                update
                    .user_pool_tags
                    .clone()
                    .or_else(|| old.user_pool_tags.clone()),
            )
            .set_user_attribute_update_settings(
                update
                    .user_attribute_update_settings
                    .clone()
                    .or_else(|| old.user_attribute_update_settings.clone()),
            )
            .set_policies(update.policies.clone())
            .set_deletion_protection(update.deletion_protection.clone())
            .set_lambda_config(update.lambda_config.clone())
            .set_auto_verified_attributes(update.auto_verified_attributes.clone())
            .set_sms_verification_message(update.sms_verification_message.clone())
            .set_email_verification_message(update.email_verification_message.clone())
            .set_email_verification_subject(update.email_verification_subject.clone())
            .set_verification_message_template(update.verification_message_template.clone())
            .set_sms_authentication_message(update.sms_authentication_message.clone())
            .set_device_configuration(update.device_configuration.clone())
            .set_email_configuration(update.email_configuration.clone())
            .set_sms_configuration(update.sms_configuration.clone())
            .set_admin_create_user_config(update.admin_create_user_config.clone())
            .set_user_pool_add_ons(update.user_pool_add_ons.clone())
            .set_account_recovery_setting(update.account_recovery_setting.clone())
            .set_key_configuration(update.key_configuration.clone())
            .set_issuer_configuration(update.issuer_configuration.clone())
            .set_acr_configuration(update.acr_configuration.clone());

        // The create-time rules apply to the result too, except the MFA one: an update may turn
        // MFA on with the factors SetUserPoolMfaConfig enabled, which CreateUserPool cannot.
        // The result is what catches a rule between a member sent and one kept (SR-048 with
        // SR-121: attribute-update settings kept, auto-verification emptied) and the plan-gated
        // rules of an update that keeps the pool's plan.
        let checked = merged.clone().build().map_err(|e| build_error(&e))?;
        crate::validate::create_user_pool(&checked).map_err(|e| invalid(e.to_string()))?;
        let mfa_configuration = update.mfa_configuration.clone();
        check_mfa_enum(mfa_configuration.as_ref())?;
        let mut config = merged
            .set_mfa_configuration(mfa_configuration)
            .build()
            .map_err(|e| build_error(&e))?;
        let sms_now =
            mfa_is_on(config.mfa_configuration.as_ref()) && config.sms_configuration.is_some();
        let factors = &pool.mfa;
        if mfa_is_on(config.mfa_configuration.as_ref())
            && !(sms_now || factors.totp || factors.email.is_some())
        {
            return Err(invalid(
                "SMS configuration and Auto verification for phone_number are required when MFA \
                 is required/optional",
            ));
        }
        if config.mfa_configuration.is_none() {
            config.mfa_configuration = Some(UserPoolMfaType::Off);
        }

        let pool = self.pool_mut(&id)?;
        pool.mfa.sms |= sms_now;
        pool.config = config;
        pool.modified = now();
        Ok(UpdateUserPoolOutput::builder().build())
    }

    pub(super) fn delete_user_pool(
        &mut self,
        input: DeleteUserPoolInputBuilder,
    ) -> Result<DeleteUserPoolOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let pool = self.pool(id)?;
        if pool.config.deletion_protection == Some(DeletionProtectionType::Active) {
            return Err(invalid(
                "The user pool cannot be deleted because deletion protection is activated. \
                 Deletion protection must be inactivated first.",
            ));
        }
        if pool.prefix_domain.is_some() || pool.custom_domain.is_some() {
            return Err(invalid(
                "User pool cannot be deleted. It has a domain configured that should be deleted \
                 first.",
            ));
        }
        let seq = pool.seq;
        self.order.remove(&seq);
        if let Some(pool) = self.pools.remove(id) {
            // Its app clients go with it.
            for client_id in pool
                .clients
                .values()
                .filter_map(UserPoolClientType::client_id)
            {
                self.clients.remove(client_id);
            }
        }
        Ok(DeleteUserPoolOutput::builder().build())
    }

    pub(super) fn list_user_pools(
        &mut self,
        input: ListUserPoolsInputBuilder,
    ) -> Result<ListUserPoolsOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let max = input.max_results().ok_or_else(|| missing("maxResults"))?;
        check_max_results(max)?;
        let after = match input.next_token() {
            None => None,
            Some(token) => Some(self.parse_token(token)?),
        };
        let start = after.map_or(0, |seq| seq.saturating_add(1));
        let take = usize::try_from(max).unwrap_or(1);
        let mut page = self.order.range(start..).take(take.saturating_add(1));
        let mut pools = Vec::with_capacity(take);
        let mut last = None;
        for (seq, id) in page.by_ref().take(take) {
            if let Some(pool) = self.pools.get(id) {
                pools.push(pool.summary());
            }
            last = Some(*seq);
        }
        let more = page.next().is_some();
        let next_token = match (more, last) {
            (true, Some(seq)) => Some(self.token(seq)),
            _ => None,
        };
        Ok(ListUserPoolsOutput::builder()
            .set_user_pools(Some(pools))
            .set_next_token(next_token)
            .build())
    }

    /// An opaque pagination token: the last listed pool's sequence number, signed with the
    /// instance key so a made-up token is refused.
    pub(super) fn token(&self, seq: u64) -> String {
        self.sign("pools", seq)
    }

    pub(super) fn parse_token(&self, token: &str) -> Result<u64, CallError> {
        self.parse_signed("pools", token)
    }

    /// `position` and a MAC over it and `scope` (which list, and of what).
    pub(super) fn sign(&self, scope: impl Hash, position: u64) -> String {
        format!(
            "{position:016x}{:016x}",
            self.ids.key.hash_one((scope, position))
        )
    }

    /// The position in a token made by [`sign`](Self::sign) for the same `scope`.
    pub(super) fn parse_signed(&self, scope: impl Hash, token: &str) -> Result<u64, CallError> {
        let refuse = || invalid("Invalid pagination token.");
        let (position, mac) = token.split_at_checked(16).ok_or_else(refuse)?;
        let position = u64::from_str_radix(position, 16).map_err(|_| refuse())?;
        if mac.len() == 16
            && u64::from_str_radix(mac, 16).ok() == Some(self.ids.key.hash_one((scope, position)))
        {
            Ok(position)
        } else {
            Err(refuse())
        }
    }

    pub(super) fn set_user_pool_mfa_config(
        &mut self,
        input: SetUserPoolMfaConfigInputBuilder,
    ) -> Result<SetUserPoolMfaConfigOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        check_mfa_enum(input.mfa_configuration())?;
        let pool = self.pool(id)?;

        let sms = input.sms_mfa_configuration().is_some();
        let sms_configuration = input
            .sms_mfa_configuration()
            .and_then(SmsMfaConfigType::sms_configuration)
            .or(pool.config.sms_configuration.as_ref())
            .cloned();
        let totp = input
            .software_token_mfa_configuration()
            .is_some_and(|c| c.enabled);
        let email = input.email_mfa_configuration().cloned();
        let mfa = input
            .mfa_configuration()
            .or(pool.config.mfa_configuration.as_ref())
            .cloned()
            .unwrap_or(UserPoolMfaType::Off);
        let any_factor = sms || totp || email.is_some();

        if sms && sms_configuration.is_none() {
            return Err(invalid(
                "SMS configuration is required to enable SMS MFA (SmsMfaConfiguration.SmsConfiguration).",
            ));
        }
        if mfa == UserPoolMfaType::Off && any_factor {
            return Err(invalid(
                "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.",
            ));
        }
        if mfa != UserPoolMfaType::Off && !any_factor {
            return Err(invalid(
                "Invalid MFA configuration given, can't disable all MFAs with a required or \
                 optional configuration.",
            ));
        }
        if email.is_some() {
            let account = pool
                .config
                .email_configuration
                .as_ref()
                .and_then(|c| c.email_sending_account.as_ref());
            if account != Some(&EmailSendingAccountType::Developer) {
                // SR-016.
                return Err(invalid(
                    "Cannot set EmailMfaConfiguration when user pool EmailConfiguration contains \
                     an EmailSendingAccount of COGNITO_DEFAULT.",
                ));
            }
            if pool.config.user_pool_tier == Some(UserPoolTierType::Lite) {
                return Err(CallError::service(
                    "FeatureUnavailableInTierException",
                    "The following features need to be disabled for the LITE pricing tier \
                     configured: Email MFA",
                ));
            }
        }

        let web_authn = input.web_authn_configuration().cloned();
        let sms_message = input
            .sms_mfa_configuration()
            .and_then(SmsMfaConfigType::sms_authentication_message)
            .map(str::to_owned);
        let pool = self.pool_mut(id)?;
        // SetUserPoolMfaConfig replaces the set of factors; passkey settings stay unless given.
        pool.mfa.sms = sms;
        pool.mfa.totp = totp;
        pool.mfa.email = email;
        if web_authn.is_some() {
            pool.mfa.web_authn = web_authn;
        }
        if sms {
            pool.config.sms_configuration = sms_configuration;
            if sms_message.is_some() {
                pool.config.sms_authentication_message = sms_message;
            }
        }
        pool.config.mfa_configuration = Some(mfa);
        pool.modified = now();
        let current = pool.mfa_config();
        Ok(SetUserPoolMfaConfigOutput::builder()
            .set_sms_mfa_configuration(current.sms)
            .set_software_token_mfa_configuration(current.totp)
            .set_email_mfa_configuration(current.email)
            .set_web_authn_configuration(current.web_authn)
            .set_mfa_configuration(current.mfa)
            .build())
    }

    pub(super) fn get_user_pool_mfa_config(
        &mut self,
        input: GetUserPoolMfaConfigInputBuilder,
    ) -> Result<GetUserPoolMfaConfigOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let current = self.pool(id)?.mfa_config();
        Ok(GetUserPoolMfaConfigOutput::builder()
            .set_sms_mfa_configuration(current.sms)
            .set_software_token_mfa_configuration(current.totp)
            .set_email_mfa_configuration(current.email)
            .set_web_authn_configuration(current.web_authn)
            .set_mfa_configuration(current.mfa)
            .build())
    }

    pub(super) fn create_user_pool_client(
        &mut self,
        input: CreateUserPoolClientInputBuilder,
    ) -> Result<CreateUserPoolClientOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        crate::validate::create_user_pool_client(&input).map_err(|e| invalid(e.to_string()))?;
        let id = required(input.user_pool_id(), "userPoolId")?.to_owned();
        self.pool(&id)?.check_client_references(
            input.supported_identity_providers(),
            input.allowed_o_auth_scopes(),
        )?;

        let client_id = loop {
            let candidate = self.ids.string(LOWER_ALNUM, 26);
            if !self.clients.contains_key(&candidate) {
                break candidate;
            }
        };
        let secret = match (input.client_secret(), input.generate_secret()) {
            (Some(secret), _) => Some(secret.to_owned()),
            (None, Some(true)) => Some(self.ids.string(LOWER_ALNUM, 51)),
            (None, _) => None,
        };
        let client = new_client(input, client_id.clone(), secret);
        self.client_seq = self.client_seq.wrapping_add(1);
        let seq = self.client_seq;
        self.pool_mut(&id)?.clients.insert(seq, client.clone());
        self.clients.insert(client_id, seq);
        Ok(CreateUserPoolClientOutput::builder()
            .user_pool_client(client)
            .build())
    }

    /// `ListUserPoolClients`: the pool's clients, oldest first, `MaxResults` (1..=60, default
    /// 60) a page. A token names the next client's sequence number, so it survives deletions.
    pub(super) fn list_user_pool_clients(
        &mut self,
        input: ListUserPoolClientsInputBuilder,
    ) -> Result<ListUserPoolClientsOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let max = input.max_results().unwrap_or(MAX_LIST_RESULTS);
        check_max_results(max)?;
        let pool = self.pool(id)?;
        let start = match input.next_token() {
            None => 0,
            Some(token) => self.parse_signed(("clients", id), token)?,
        };
        let take = usize::try_from(max).unwrap_or(1);
        let mut listed = pool.clients.starting_at(start).iter();
        let page: Vec<UserPoolClientDescription> = listed
            .by_ref()
            .take(take)
            .map(|(_, c)| {
                UserPoolClientDescription::builder()
                    .set_client_id(c.client_id.clone())
                    .set_user_pool_id(c.user_pool_id.clone())
                    .set_client_name(c.client_name.clone())
                    .build()
            })
            .collect();
        let next_token = listed
            .next()
            .map(|(next, _)| self.sign(("clients", id), *next));
        Ok(ListUserPoolClientsOutput::builder()
            .set_user_pool_clients(Some(page))
            .set_next_token(next_token)
            .build())
    }

    /// The sequence number of app client `client_id`: `ResourceNotFoundException` for an
    /// unknown pool or client (its pool is checked by looking the number up there).
    pub(super) fn client_seq(&self, id: &str, client_id: &str) -> Result<u64, CallError> {
        self.pool(id)?;
        self.clients
            .get(client_id)
            .copied()
            .ok_or_else(|| client_not_found(client_id))
    }

    pub(super) fn describe_user_pool_client(
        &mut self,
        input: DescribeUserPoolClientInputBuilder,
    ) -> Result<DescribeUserPoolClientOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let client_id = required(input.client_id(), "clientId")?;
        let seq = self.client_seq(id, client_id)?;
        let client = self
            .pool(id)?
            .clients
            .get(seq)
            .ok_or_else(|| client_not_found(client_id))?;
        Ok(DescribeUserPoolClientOutput::builder()
            .user_pool_client(client.clone())
            .build())
    }

    pub(super) fn delete_user_pool_client(
        &mut self,
        input: DeleteUserPoolClientInputBuilder,
    ) -> Result<DeleteUserPoolClientOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let client_id = required(input.client_id(), "clientId")?;
        let seq = self.client_seq(id, client_id)?;
        self.pool_mut(id)?
            .clients
            .remove(seq)
            .ok_or_else(|| client_not_found(client_id))?;
        self.clients.remove(client_id);
        Ok(DeleteUserPoolClientOutput::builder().build())
    }

    pub(super) fn create_user_pool_domain(
        &mut self,
        input: CreateUserPoolDomainInputBuilder,
    ) -> Result<CreateUserPoolDomainOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        crate::validate::create_user_pool_domain(&input).map_err(|e| invalid(e.to_string()))?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let domain = required(input.domain(), "domain")?;
        let pool = self.pool(id)?;
        let custom = input.custom_domain_config().cloned();

        if self.domains.contains_key(domain) {
            return Err(invalid("Domain already associated with another user pool."));
        }
        let has_one = if custom.is_some() {
            pool.custom_domain.is_some()
        } else {
            pool.prefix_domain.is_some()
        };
        if has_one {
            return Err(invalid("User pool already has a domain configured."));
        }

        let cloud_front = custom
            .as_ref()
            .map(|_| format!("d{}.cloudfront.net", self.ids.string(LOWER_ALNUM, 13)));
        let managed_login_version = input.managed_login_version().unwrap_or(1);
        let routing = input.routing().cloned();
        let record = DomainRecord {
            user_pool_id: id.to_owned(),
            custom: custom.clone(),
            cloud_front: cloud_front.clone(),
            managed_login_version,
            routing: routing.clone(),
        };
        let pool = self.pool_mut(id)?;
        if custom.is_some() {
            pool.custom_domain = Some(domain.to_owned());
        } else {
            pool.prefix_domain = Some(domain.to_owned());
        }
        self.domains.insert(domain.to_owned(), record);
        Ok(CreateUserPoolDomainOutput::builder()
            .managed_login_version(managed_login_version)
            .set_cloud_front_domain(cloud_front)
            .set_routing(routing)
            .build())
    }

    pub(super) fn describe_user_pool_domain(
        &mut self,
        input: DescribeUserPoolDomainInputBuilder,
    ) -> Result<DescribeUserPoolDomainOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let domain = required(input.domain(), "domain")?;
        // An unknown domain is not an error: the service answers an empty description.
        let description = match self.domains.get(domain) {
            None => DomainDescriptionType::builder().build(),
            Some(record) => DomainDescriptionType::builder()
                .user_pool_id(&record.user_pool_id)
                .aws_account_id(&self.account)
                .domain(domain)
                .set_cloud_front_distribution(record.cloud_front.clone())
                .status(DomainStatusType::Active)
                .set_custom_domain_config(record.custom.clone())
                .managed_login_version(record.managed_login_version)
                .set_routing(record.routing.clone())
                .build(),
        };
        Ok(DescribeUserPoolDomainOutput::builder()
            .domain_description(description)
            .build())
    }

    pub(super) fn delete_user_pool_domain(
        &mut self,
        input: DeleteUserPoolDomainInputBuilder,
    ) -> Result<DeleteUserPoolDomainOutput, CallError> {
        let input = input.build().map_err(|e| build_error(&e))?;
        let domain = required(input.domain(), "domain")?;
        let id = required(input.user_pool_id(), "userPoolId")?;
        let owned = self
            .domains
            .get(domain)
            .is_some_and(|record| record.user_pool_id == id);
        if !owned {
            return Err(invalid("No such domain or user pool exists."));
        }
        self.domains.remove(domain);
        if let Some(pool) = self.pools.get_mut(id) {
            if pool.prefix_domain.as_deref() == Some(domain) {
                pool.prefix_domain = None;
            }
            if pool.custom_domain.as_deref() == Some(domain) {
                pool.custom_domain = None;
            }
        }
        Ok(DeleteUserPoolDomainOutput::builder().build())
    }
}

/// `MaxResults` of `ListUserPools` and `ListUserPoolClients`: 1..=60.
pub(super) fn check_max_results(max: i32) -> Result<(), CallError> {
    check_max_results_in(max, 1, MAX_LIST_RESULTS)
}

/// `MaxResults` of a list call whose model allows `low..=high`.
pub(super) fn check_max_results_in(max: i32, low: i32, high: i32) -> Result<(), CallError> {
    if (low..=high).contains(&max) {
        return Ok(());
    }
    let bound = if max < low {
        format!("greater than or equal to {low}")
    } else {
        format!("less than or equal to {high}")
    };
    Err(invalid(format!(
        "1 validation error detected: Value '{max}' at 'maxResults' failed to satisfy constraint: \
         Member must have value {bound}"
    )))
}

pub(super) fn client_not_found(client_id: &str) -> CallError {
    not_found(format!("User pool client {client_id} does not exist."))
}

/// The stored client, with the service's defaults for what the request left out.
pub(super) fn new_client(
    input: CreateUserPoolClientInput,
    client_id: String,
    secret: Option<String>,
) -> UserPoolClientType {
    let created = now();
    let refresh = input
        .refresh_token_validity
        .filter(|v| *v != 0)
        .unwrap_or(30);
    let flows = input.explicit_auth_flows.unwrap_or_else(|| {
        vec![
            ExplicitAuthFlowsType::AllowRefreshTokenAuth,
            ExplicitAuthFlowsType::AllowCustomAuth,
            ExplicitAuthFlowsType::AllowUserSrpAuth,
        ]
    });
    UserPoolClientType::builder()
        .set_user_pool_id(input.user_pool_id)
        .set_client_name(input.client_name)
        .client_id(client_id)
        .set_client_secret(secret)
        .last_modified_date(created)
        .creation_date(created)
        .refresh_token_validity(refresh)
        .set_access_token_validity(input.access_token_validity)
        .set_id_token_validity(input.id_token_validity)
        .set_token_validity_units(input.token_validity_units)
        .set_read_attributes(input.read_attributes)
        .set_write_attributes(input.write_attributes)
        .set_explicit_auth_flows(Some(flows))
        .set_supported_identity_providers(input.supported_identity_providers)
        .set_callback_urls(input.callback_urls)
        .set_logout_urls(input.logout_urls)
        .set_default_redirect_uri(input.default_redirect_uri)
        .set_allowed_o_auth_flows(input.allowed_o_auth_flows)
        .set_allowed_o_auth_scopes(input.allowed_o_auth_scopes)
        .allowed_o_auth_flows_user_pool_client(
            input.allowed_o_auth_flows_user_pool_client.unwrap_or(false),
        )
        .set_analytics_configuration(input.analytics_configuration)
        .prevent_user_existence_errors(
            input
                .prevent_user_existence_errors
                .unwrap_or(PreventUserExistenceErrorTypes::Legacy),
        )
        .enable_token_revocation(input.enable_token_revocation.unwrap_or(true))
        .enable_propagate_additional_user_context_data(
            input
                .enable_propagate_additional_user_context_data
                .unwrap_or(false),
        )
        .auth_session_validity(input.auth_session_validity.unwrap_or(3))
        .set_refresh_token_rotation(input.refresh_token_rotation)
        .build()
}
