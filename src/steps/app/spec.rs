//! The spec form of the app step's types whose Rust shape would read poorly in a spec: the app
//! client type with its secret, token expirations as `{ days: 30 }`, the Lambda triggers by
//! name; and the console defaults that an omitted key takes.

use serde::{Deserialize, Serialize};

use super::{
    AppClient, AppClientType, AuthFlow, ClientSecret, CustomClientSecret, LambdaTriggers, OAuth,
    PreTokenGenerationVersion, TimeUnit, TokenValidity, Trigger,
};
use crate::checkbox::Checkboxes;

/// The app client an omitted key takes its value from: the constructors' (the console's)
/// defaults, so that a spec and a program that leave a setting out agree.
fn defaults() -> AppClient {
    AppClient::public(String::new())
}

pub(super) fn public() -> AppClientType {
    defaults().kind
}

pub(super) fn auth_flows() -> Checkboxes<AuthFlow> {
    defaults().auth_flows
}

pub(super) fn refresh_token() -> TokenValidity {
    defaults().refresh_token
}

pub(super) fn access_token() -> TokenValidity {
    defaults().access_token
}

pub(super) fn id_token() -> TokenValidity {
    defaults().id_token
}

pub(super) fn auth_session_minutes() -> i32 {
    defaults().auth_session_minutes
}

/// The hosted UI settings an omitted key takes its value from: the console's, as
/// [`OAuth::authorization_code`] sets them.
pub(super) fn oauth() -> OAuth {
    OAuth::authorization_code(Vec::<String>::new())
}

/// [`AppClientType`] in a spec: `public`, `{ confidential: generate }`,
/// `{ confidential: { custom: "<secret>" } }`, `{ machine-to-machine: generate }`,
/// `{ other: no-secret }`, `{ other: generate }`.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(super) enum AppClientTypeSpec {
    Public,
    Confidential(ClientSecret),
    MachineToMachine(ClientSecret),
    Other(OtherSecret),
}

/// The client secret of an "Other" app client, which may have none.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(super) enum OtherSecret {
    NoSecret,
    Generate,
    Custom(CustomClientSecret),
}

impl From<AppClientType> for AppClientTypeSpec {
    fn from(kind: AppClientType) -> Self {
        match kind {
            AppClientType::Public => AppClientTypeSpec::Public,
            AppClientType::Confidential(secret) => AppClientTypeSpec::Confidential(secret),
            AppClientType::MachineToMachine(secret) => AppClientTypeSpec::MachineToMachine(secret),
            AppClientType::Other(None) => AppClientTypeSpec::Other(OtherSecret::NoSecret),
            AppClientType::Other(Some(ClientSecret::Generate)) => {
                AppClientTypeSpec::Other(OtherSecret::Generate)
            }
            AppClientType::Other(Some(ClientSecret::Custom(secret))) => {
                AppClientTypeSpec::Other(OtherSecret::Custom(secret))
            }
        }
    }
}

impl From<AppClientTypeSpec> for AppClientType {
    fn from(spec: AppClientTypeSpec) -> Self {
        match spec {
            AppClientTypeSpec::Public => AppClientType::Public,
            AppClientTypeSpec::Confidential(secret) => AppClientType::Confidential(secret),
            AppClientTypeSpec::MachineToMachine(secret) => AppClientType::MachineToMachine(secret),
            AppClientTypeSpec::Other(OtherSecret::NoSecret) => AppClientType::Other(None),
            AppClientTypeSpec::Other(OtherSecret::Generate) => {
                AppClientType::Other(Some(ClientSecret::Generate))
            }
            AppClientTypeSpec::Other(OtherSecret::Custom(secret)) => {
                AppClientType::Other(Some(ClientSecret::Custom(secret)))
            }
        }
    }
}

/// [`TokenValidity`] in a spec, as its constructors: `{ minutes: 60 }`, `{ days: 30 }`.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(super) enum TokenValiditySpec {
    Seconds(i32),
    Minutes(i32),
    Hours(i32),
    Days(i32),
}

impl From<TokenValidity> for TokenValiditySpec {
    fn from(validity: TokenValidity) -> Self {
        let TokenValidity { value, unit } = validity;
        match unit {
            TimeUnit::Seconds => TokenValiditySpec::Seconds(value),
            TimeUnit::Minutes => TokenValiditySpec::Minutes(value),
            TimeUnit::Hours => TokenValiditySpec::Hours(value),
            TimeUnit::Days => TokenValiditySpec::Days(value),
        }
    }
}

impl From<TokenValiditySpec> for TokenValidity {
    fn from(spec: TokenValiditySpec) -> Self {
        match spec {
            TokenValiditySpec::Seconds(value) => TokenValidity::seconds(value),
            TokenValiditySpec::Minutes(value) => TokenValidity::minutes(value),
            TokenValiditySpec::Hours(value) => TokenValidity::hours(value),
            TokenValiditySpec::Days(value) => TokenValidity::days(value),
        }
    }
}

/// [`LambdaTriggers`] in a spec: one key per trigger, named as its setter, in the console's
/// order; the pre token generation trigger carries its event version.
#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct LambdaTriggersSpec {
    #[serde(skip_serializing_if = "Option::is_none")]
    pre_sign_up: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    post_confirmation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_migration: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pre_authentication: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    post_authentication: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pre_token_generation: Option<PreTokenGeneration>,
    #[serde(skip_serializing_if = "Option::is_none")]
    define_auth_challenge: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    create_auth_challenge: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    verify_auth_challenge_response: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    custom_message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    custom_email_sender: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    custom_sms_sender: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kms_key_id: Option<String>,
}

/// "Pre token generation": the function and the event version it receives. Without a
/// version the request carries `V1_0`, as it does for a version read back that the crate does
/// not know.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PreTokenGeneration {
    lambda_arn: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    version: Option<PreTokenGenerationVersion>,
}

impl From<LambdaTriggers> for LambdaTriggersSpec {
    fn from(triggers: LambdaTriggers) -> Self {
        let LambdaTriggers {
            triggers: mut arns,
            pre_token_generation_version: version,
            kms_key_id,
        } = triggers;
        let mut arn = |trigger| arns.remove(&trigger);
        LambdaTriggersSpec {
            pre_sign_up: arn(Trigger::PreSignUp),
            post_confirmation: arn(Trigger::PostConfirmation),
            user_migration: arn(Trigger::UserMigration),
            pre_authentication: arn(Trigger::PreAuthentication),
            post_authentication: arn(Trigger::PostAuthentication),
            pre_token_generation: arn(Trigger::PreTokenGeneration).map(|lambda_arn| {
                PreTokenGeneration {
                    lambda_arn,
                    version,
                }
            }),
            define_auth_challenge: arn(Trigger::DefineAuthChallenge),
            create_auth_challenge: arn(Trigger::CreateAuthChallenge),
            verify_auth_challenge_response: arn(Trigger::VerifyAuthChallengeResponse),
            custom_message: arn(Trigger::CustomMessage),
            custom_email_sender: arn(Trigger::CustomEmailSender),
            custom_sms_sender: arn(Trigger::CustomSmsSender),
            kms_key_id,
        }
    }
}

impl From<LambdaTriggersSpec> for LambdaTriggers {
    fn from(spec: LambdaTriggersSpec) -> Self {
        let (pre_token_generation, version) = match spec.pre_token_generation {
            Some(PreTokenGeneration {
                lambda_arn,
                version,
            }) => (Some(lambda_arn), version),
            None => (None, None),
        };
        let triggers = [
            (Trigger::PreSignUp, spec.pre_sign_up),
            (Trigger::PostConfirmation, spec.post_confirmation),
            (Trigger::UserMigration, spec.user_migration),
            (Trigger::PreAuthentication, spec.pre_authentication),
            (Trigger::PostAuthentication, spec.post_authentication),
            (Trigger::PreTokenGeneration, pre_token_generation),
            (Trigger::DefineAuthChallenge, spec.define_auth_challenge),
            (Trigger::CreateAuthChallenge, spec.create_auth_challenge),
            (
                Trigger::VerifyAuthChallengeResponse,
                spec.verify_auth_challenge_response,
            ),
            (Trigger::CustomMessage, spec.custom_message),
            (Trigger::CustomEmailSender, spec.custom_email_sender),
            (Trigger::CustomSmsSender, spec.custom_sms_sender),
        ]
        .into_iter()
        .filter_map(|(trigger, arn)| Some((trigger, arn?)))
        .collect();
        LambdaTriggers {
            triggers,
            pre_token_generation_version: version,
            kms_key_id: spec.kms_key_id,
        }
    }
}
