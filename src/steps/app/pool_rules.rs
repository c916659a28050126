//! The user-pool rules owned by step 5, integrate your app: pool name, tags, deletion
//! protection, Lambda triggers (`CreateUserPool` and `UpdateUserPool` alike), and the pool ID
//! of the requests that change a pool or add to it.

use aws_sdk_cognitoidentityprovider::types::{
    CustomEmailLambdaVersionConfigType, CustomSmsLambdaVersionConfigType,
    InboundFederationLambdaType, LambdaConfigType, PreTokenGenerationVersionConfigType,
};

use crate::validate::check::{ARN, At, NAME, Report, USER_POOL_ID, length_problem, quote};
use crate::validate::shapes::{POOL, PoolRequest};
use crate::validate::{Operation, Rule, Step};

const fn rule(
    code: &'static str,
    operations: &'static [Operation],
    path: &'static str,
    label: &'static str,
) -> Rule {
    Rule::new(code, Step::App, operations, path, label)
}

/// `UserPoolId`: required, 1..55, `[\w-]+_[0-9a-zA-Z]+`, in every request that names an
/// existing pool but the app-client and domain ones (which have their own rules).
static USER_POOL_ID_RULE: Rule = rule(
    "user-pool-id",
    &[
        Operation::SetUserPoolMfaConfig,
        Operation::UpdateUserPool,
        Operation::AddCustomAttributes,
        Operation::CreateIdentityProvider,
        Operation::UpdateIdentityProvider,
        Operation::CreateResourceServer,
        Operation::UpdateResourceServer,
    ],
    "UserPoolId",
    "User pool ID",
);

/// `PoolName`: 1..128, `[\w\s+=,.@-]+`; required on create, a rename on update (SR-127).
static POOL_NAME: Rule = rule("pool-name", POOL, "PoolName", "User pool name");

/// `UserPoolTags{key}`: 1..128. The tagging limits of SR-065 are unconfirmed: not checked.
static TAG_KEY: Rule = rule("user-pool-tag-key", POOL, "UserPoolTags{key}", "Tag key");

/// `UserPoolTags{value}`: 0..256.
static TAG_VALUE: Rule = rule(
    "user-pool-tag-value",
    POOL,
    "UserPoolTags{value}",
    "Tag value",
);

/// `DeletionProtection` enum.
static DELETION_PROTECTION: Rule = rule(
    "deletion-protection",
    POOL,
    "DeletionProtection",
    "Deletion protection",
);

/// `LambdaConfig.PreSignUp`: an ARN, 20..2048.
static PRE_SIGN_UP: Rule = rule(
    "lambda-pre-sign-up",
    POOL,
    "LambdaConfig.PreSignUp",
    "Pre sign-up Lambda trigger",
);

/// `LambdaConfig.CustomMessage`: an ARN, 20..2048.
static CUSTOM_MESSAGE: Rule = rule(
    "lambda-custom-message",
    POOL,
    "LambdaConfig.CustomMessage",
    "Custom message Lambda trigger",
);

/// `LambdaConfig.PostConfirmation`: an ARN, 20..2048.
static POST_CONFIRMATION: Rule = rule(
    "lambda-post-confirmation",
    POOL,
    "LambdaConfig.PostConfirmation",
    "Post confirmation Lambda trigger",
);

/// `LambdaConfig.PreAuthentication`: an ARN, 20..2048.
static PRE_AUTHENTICATION: Rule = rule(
    "lambda-pre-authentication",
    POOL,
    "LambdaConfig.PreAuthentication",
    "Pre authentication Lambda trigger",
);

/// `LambdaConfig.PostAuthentication`: an ARN, 20..2048.
static POST_AUTHENTICATION: Rule = rule(
    "lambda-post-authentication",
    POOL,
    "LambdaConfig.PostAuthentication",
    "Post authentication Lambda trigger",
);

/// `LambdaConfig.DefineAuthChallenge`: an ARN, 20..2048.
static DEFINE_AUTH_CHALLENGE: Rule = rule(
    "lambda-define-auth-challenge",
    POOL,
    "LambdaConfig.DefineAuthChallenge",
    "Define auth challenge Lambda trigger",
);

/// `LambdaConfig.CreateAuthChallenge`: an ARN, 20..2048.
static CREATE_AUTH_CHALLENGE: Rule = rule(
    "lambda-create-auth-challenge",
    POOL,
    "LambdaConfig.CreateAuthChallenge",
    "Create auth challenge Lambda trigger",
);

/// `LambdaConfig.VerifyAuthChallengeResponse`: an ARN, 20..2048.
static VERIFY_AUTH_CHALLENGE_RESPONSE: Rule = rule(
    "lambda-verify-auth-challenge-response",
    POOL,
    "LambdaConfig.VerifyAuthChallengeResponse",
    "Verify auth challenge response Lambda trigger",
);

/// `LambdaConfig.PreTokenGeneration` (the legacy V1 member): an ARN, 20..2048.
static PRE_TOKEN_GENERATION: Rule = rule(
    "lambda-pre-token-generation",
    POOL,
    "LambdaConfig.PreTokenGeneration",
    "Pre token generation Lambda trigger",
);

/// `LambdaConfig.UserMigration`: an ARN, 20..2048.
static USER_MIGRATION: Rule = rule(
    "lambda-user-migration",
    POOL,
    "LambdaConfig.UserMigration",
    "User migration Lambda trigger",
);

/// `LambdaConfig.KMSKeyID`: an ARN, 20..2048.
static KMS_KEY_ID: Rule = rule(
    "lambda-kms-key-id",
    POOL,
    "LambdaConfig.KMSKeyID",
    "KMS key for custom sender triggers",
);

/// `LambdaConfig.PreTokenGenerationConfig.LambdaArn`: an ARN, 20..2048 (the SDK holds it as a
/// plain `String`, so "" can arrive).
static PRE_TOKEN_GENERATION_CONFIG_ARN: Rule = rule(
    "lambda-pre-token-generation-config-arn",
    POOL,
    "LambdaConfig.PreTokenGenerationConfig.LambdaArn",
    "Pre token generation Lambda trigger",
);

/// `LambdaConfig.CustomSMSSender.LambdaArn`: an ARN, 20..2048.
static CUSTOM_SMS_SENDER_ARN: Rule = rule(
    "lambda-custom-sms-sender-arn",
    POOL,
    "LambdaConfig.CustomSMSSender.LambdaArn",
    "Custom SMS sender Lambda trigger",
);

/// `LambdaConfig.CustomEmailSender.LambdaArn`: an ARN, 20..2048.
static CUSTOM_EMAIL_SENDER_ARN: Rule = rule(
    "lambda-custom-email-sender-arn",
    POOL,
    "LambdaConfig.CustomEmailSender.LambdaArn",
    "Custom email sender Lambda trigger",
);

/// `LambdaConfig.InboundFederation.LambdaArn`: an ARN, 20..2048.
static INBOUND_FEDERATION_ARN: Rule = rule(
    "lambda-inbound-federation-arn",
    POOL,
    "LambdaConfig.InboundFederation.LambdaArn",
    "Inbound federation Lambda trigger",
);

/// `LambdaConfig.PreTokenGenerationConfig.LambdaVersion` enum.
static PRE_TOKEN_GENERATION_CONFIG_VERSION: Rule = rule(
    "lambda-pre-token-generation-config-version",
    POOL,
    "LambdaConfig.PreTokenGenerationConfig.LambdaVersion",
    "Pre token generation trigger event version",
);

/// `LambdaConfig.CustomSMSSender.LambdaVersion` enum.
static CUSTOM_SMS_SENDER_VERSION: Rule = rule(
    "lambda-custom-sms-sender-version",
    POOL,
    "LambdaConfig.CustomSMSSender.LambdaVersion",
    "Custom SMS sender trigger event version",
);

/// `LambdaConfig.CustomEmailSender.LambdaVersion` enum.
static CUSTOM_EMAIL_SENDER_VERSION: Rule = rule(
    "lambda-custom-email-sender-version",
    POOL,
    "LambdaConfig.CustomEmailSender.LambdaVersion",
    "Custom email sender trigger event version",
);

/// `LambdaConfig.InboundFederation.LambdaVersion` enum.
static INBOUND_FEDERATION_VERSION: Rule = rule(
    "lambda-inbound-federation-version",
    POOL,
    "LambdaConfig.InboundFederation.LambdaVersion",
    "Inbound federation trigger event version",
);

/// SR-050: custom sender triggers get codes encrypted with this key.
static CUSTOM_SENDER_NEEDS_KMS_KEY: Rule = rule(
    "custom-sender-needs-kms-key",
    POOL,
    "LambdaConfig.KMSKeyID",
    "KMS key for custom sender triggers",
)
.semantic("SR-050");

/// SR-051: the legacy and the versioned pre token generation members name one function.
static PRE_TOKEN_GENERATION_SAME_FUNCTION: Rule = rule(
    "pre-token-generation-same-function",
    POOL,
    "LambdaConfig.PreTokenGenerationConfig.LambdaArn",
    "Pre token generation Lambda trigger",
)
.semantic("SR-051");

/// SR-052: access-token customization (events `V2_0` and `V3_0`) is not in the Lite plan.
static PRE_TOKEN_GENERATION_VERSION_NEEDS_TIER: Rule = rule(
    "pre-token-generation-version-needs-tier",
    POOL,
    "LambdaConfig.PreTokenGenerationConfig.LambdaVersion",
    "Pre token generation trigger event version",
)
.semantic("SR-052");

/// Every rule of this file, for the catalog.
pub(crate) static RULES: &[&Rule] = &[
    &USER_POOL_ID_RULE,
    &POOL_NAME,
    &TAG_KEY,
    &TAG_VALUE,
    &DELETION_PROTECTION,
    &PRE_SIGN_UP,
    &CUSTOM_MESSAGE,
    &POST_CONFIRMATION,
    &PRE_AUTHENTICATION,
    &POST_AUTHENTICATION,
    &DEFINE_AUTH_CHALLENGE,
    &CREATE_AUTH_CHALLENGE,
    &VERIFY_AUTH_CHALLENGE_RESPONSE,
    &PRE_TOKEN_GENERATION,
    &USER_MIGRATION,
    &KMS_KEY_ID,
    &PRE_TOKEN_GENERATION_CONFIG_ARN,
    &CUSTOM_SMS_SENDER_ARN,
    &CUSTOM_EMAIL_SENDER_ARN,
    &INBOUND_FEDERATION_ARN,
    &PRE_TOKEN_GENERATION_CONFIG_VERSION,
    &CUSTOM_SMS_SENDER_VERSION,
    &CUSTOM_EMAIL_SENDER_VERSION,
    &INBOUND_FEDERATION_VERSION,
    &CUSTOM_SENDER_NEEDS_KMS_KEY,
    &PRE_TOKEN_GENERATION_SAME_FUNCTION,
    &PRE_TOKEN_GENERATION_VERSION_NEEDS_TIER,
];

/// Reads one ARN member of `LambdaConfig`.
type Get = fn(&LambdaConfigType) -> Option<&str>;

/// Every ARN member of `LambdaConfig`, each checked the same way.
static ARNS: [(&Rule, Get); 15] = [
    (&PRE_SIGN_UP, LambdaConfigType::pre_sign_up),
    (&CUSTOM_MESSAGE, LambdaConfigType::custom_message),
    (&POST_CONFIRMATION, LambdaConfigType::post_confirmation),
    (&PRE_AUTHENTICATION, LambdaConfigType::pre_authentication),
    (&POST_AUTHENTICATION, LambdaConfigType::post_authentication),
    (
        &DEFINE_AUTH_CHALLENGE,
        LambdaConfigType::define_auth_challenge,
    ),
    (
        &CREATE_AUTH_CHALLENGE,
        LambdaConfigType::create_auth_challenge,
    ),
    (
        &VERIFY_AUTH_CHALLENGE_RESPONSE,
        LambdaConfigType::verify_auth_challenge_response,
    ),
    (
        &PRE_TOKEN_GENERATION,
        LambdaConfigType::pre_token_generation,
    ),
    (&USER_MIGRATION, LambdaConfigType::user_migration),
    (&KMS_KEY_ID, LambdaConfigType::kms_key_id),
    (&PRE_TOKEN_GENERATION_CONFIG_ARN, |c| {
        c.pre_token_generation_config()
            .map(PreTokenGenerationVersionConfigType::lambda_arn)
    }),
    (&CUSTOM_SMS_SENDER_ARN, |c| {
        c.custom_sms_sender()
            .map(CustomSmsLambdaVersionConfigType::lambda_arn)
    }),
    (&CUSTOM_EMAIL_SENDER_ARN, |c| {
        c.custom_email_sender()
            .map(CustomEmailLambdaVersionConfigType::lambda_arn)
    }),
    (&INBOUND_FEDERATION_ARN, |c| {
        c.inbound_federation()
            .map(InboundFederationLambdaType::lambda_arn)
    }),
];

/// Every `LambdaVersion` member of `LambdaConfig` with the service's values (the SDK's enums
/// may lag the service, so the wire value is compared).
static VERSIONS: [(&Rule, Get, &[&str]); 4] = [
    (
        &PRE_TOKEN_GENERATION_CONFIG_VERSION,
        |c| {
            c.pre_token_generation_config()
                .map(|t| t.lambda_version().as_str())
        },
        &["V1_0", "V2_0", "V3_0"],
    ),
    (
        &CUSTOM_SMS_SENDER_VERSION,
        |c| c.custom_sms_sender().map(|t| t.lambda_version().as_str()),
        &["V1_0"],
    ),
    (
        &CUSTOM_EMAIL_SENDER_VERSION,
        |c| c.custom_email_sender().map(|t| t.lambda_version().as_str()),
        &["V1_0"],
    ),
    (
        &INBOUND_FEDERATION_VERSION,
        |c| c.inbound_federation().map(|t| t.lambda_version().as_str()),
        &["V1_0"],
    ),
];

/// Checks `UserPoolId` of a request that names an existing pool (see [`USER_POOL_ID_RULE`]).
pub(crate) fn check_user_pool_id(user_pool_id: Option<&str>, report: &mut Report) {
    match user_pool_id {
        None => report.fail(&USER_POOL_ID_RULE, At::Path, "is required"),
        Some(id) => report.text(&USER_POOL_ID_RULE, At::Path, id, 1, 55, &USER_POOL_ID),
    }
}

/// Checks this step's members of a `CreateUserPool` or `UpdateUserPool` request.
pub(crate) fn check(input: PoolRequest<'_>, report: &mut Report) {
    match input.pool_name() {
        None if input.is_create() => report.fail(&POOL_NAME, At::Path, "is required"),
        None => {}
        Some(name) => report.text(&POOL_NAME, At::Path, name, 1, 128, &NAME),
    }
    if let Some(tags) = input.user_pool_tags() {
        check_tags(tags, report);
    }
    if let Some(protection) = input.deletion_protection() {
        report.one_of(
            &DELETION_PROTECTION,
            At::Path,
            protection.as_str(),
            &["ACTIVE", "INACTIVE"],
        );
    }
    if let Some(lambda) = input.lambda_config() {
        check_lambda(input, lambda, report);
    }
}

fn check_tags(tags: &std::collections::HashMap<String, String>, report: &mut Report) {
    let key_problem = |key: &str| length_problem(key, 1, 128);
    let value_problem = |value: &str| length_problem(value, 0, 256);
    // A clean map allocates nothing.
    if !tags
        .iter()
        .any(|(k, v)| key_problem(k).is_some() || value_problem(v).is_some())
    {
        return;
    }
    // Sorted so the report is the same on every run (the map's order is not).
    let mut entries: Vec<(&String, &String)> = tags.iter().collect();
    entries.sort_unstable();
    for (key, value) in entries {
        if let Some(problem) = key_problem(key) {
            report.fail(
                &TAG_KEY,
                At::Path,
                format!("tag key {}: {problem}", quote(key)),
            );
        }
        if let Some(problem) = value_problem(value) {
            report.fail(
                &TAG_VALUE,
                At::Path,
                format!("value of tag {}: {problem}", quote(key)),
            );
        }
    }
}

fn check_lambda(input: PoolRequest<'_>, lambda: &LambdaConfigType, report: &mut Report) {
    for (rule, get) in &ARNS {
        if let Some(arn) = get(lambda) {
            report.text(rule, At::Path, arn, 20, 2048, &ARN);
        }
    }
    for (rule, get, allowed) in &VERSIONS {
        if let Some(version) = get(lambda) {
            report.one_of(rule, At::Path, version, allowed);
        }
    }

    // SR-050
    if lambda.kms_key_id().is_none() {
        let senders = match (lambda.custom_sms_sender(), lambda.custom_email_sender()) {
            (None, None) => None,
            (Some(_), None) => Some("LambdaConfig.CustomSMSSender"),
            (None, Some(_)) => Some("LambdaConfig.CustomEmailSender"),
            (Some(_), Some(_)) => {
                Some("LambdaConfig.CustomSMSSender and LambdaConfig.CustomEmailSender")
            }
        };
        if let Some(senders) = senders {
            report.fail(
                &CUSTOM_SENDER_NEEDS_KMS_KEY,
                At::Path,
                format!(
                    "is required with {senders}: the ARN of the KMS key that encrypts the codes \
                     sent to custom sender triggers"
                ),
            );
        }
    }

    if let Some(config) = lambda.pre_token_generation_config() {
        // SR-051
        if let Some(legacy) = lambda.pre_token_generation()
            && legacy != config.lambda_arn()
        {
            report.fail(
                &PRE_TOKEN_GENERATION_SAME_FUNCTION,
                At::Path,
                format!(
                    "must name the same function as LambdaConfig.PreTokenGeneration when both \
                         are set, got {} and {}",
                    show_arn(config.lambda_arn()),
                    show_arn(legacy)
                ),
            );
        }
        // SR-052
        let version = config.lambda_version().as_str();
        if matches!(version, "V2_0" | "V3_0") && input.tier() == Some("LITE") {
            report.fail(
                &PRE_TOKEN_GENERATION_VERSION_NEEDS_TIER,
                At::Path,
                format!(
                    "{version} (access token customization) needs UserPoolTier ESSENTIALS or \
                     PLUS, got LITE; LITE allows only V1_0"
                ),
            );
        }
    }
}

/// An ARN for a message: whole up to the model's 2048 characters, since two ARNs often differ
/// only at the end; longer values are cut like any other.
fn show_arn(value: &str) -> String {
    if value.len() <= 2048 {
        format!("{value:?}")
    } else {
        quote(value)
    }
}

#[cfg(test)]
#[expect(clippy::too_many_lines, reason = "one table of cases")]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    use crate::validate::cases::{Case, case, pool};
    use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
    use aws_sdk_cognitoidentityprovider::types::builders::LambdaConfigTypeBuilder;
    use aws_sdk_cognitoidentityprovider::types::{
        CustomEmailLambdaVersionConfigType, CustomEmailSenderLambdaVersionType,
        CustomSmsLambdaVersionConfigType, CustomSmsSenderLambdaVersionType, DeletionProtectionType,
        InboundFederationLambdaType, InboundFederationLambdaVersionType,
        PreTokenGenerationLambdaVersionType, PreTokenGenerationVersionConfigType, UserPoolTierType,
    };

    /// Puts an ARN into one member of `LambdaConfig`.
    type Set = fn(LambdaConfigTypeBuilder, &str) -> LambdaConfigTypeBuilder;

    const FUNCTION: &str = "arn:aws:lambda:us-east-1:123456789012:function:my-trigger";
    const OTHER: &str = "arn:aws:lambda:us-east-1:123456789012:function:other";
    const KEY: &str = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    /// A valid ARN of exactly `n` characters (`n >= 12`).
    fn arn(n: usize) -> String {
        format!("arn:a:b::1:{}", "c".repeat(n.saturating_sub(11)))
    }
    fn pre_token(
        arn: &str,
        v: PreTokenGenerationLambdaVersionType,
    ) -> PreTokenGenerationVersionConfigType {
        PreTokenGenerationVersionConfigType::builder()
            .lambda_arn(arn)
            .lambda_version(v)
            .build()
            .expect("both members set")
    }
    fn sms_sender(
        arn: &str,
        v: CustomSmsSenderLambdaVersionType,
    ) -> CustomSmsLambdaVersionConfigType {
        CustomSmsLambdaVersionConfigType::builder()
            .lambda_arn(arn)
            .lambda_version(v)
            .build()
            .expect("both members set")
    }
    fn email_sender(
        arn: &str,
        v: CustomEmailSenderLambdaVersionType,
    ) -> CustomEmailLambdaVersionConfigType {
        CustomEmailLambdaVersionConfigType::builder()
            .lambda_arn(arn)
            .lambda_version(v)
            .build()
            .expect("both members set")
    }
    fn inbound(arn: &str, v: InboundFederationLambdaVersionType) -> InboundFederationLambdaType {
        InboundFederationLambdaType::builder()
            .lambda_arn(arn)
            .lambda_version(v)
            .build()
            .expect("both members set")
    }
    let lambda = |f: &dyn Fn(LambdaConfigTypeBuilder) -> LambdaConfigTypeBuilder| {
        pool().lambda_config(f(LambdaConfigType::builder()).build())
    };
    let name = |n: &str| CreateUserPoolInput::builder().pool_name(n);
    let tag = |k: &str, v: &str| pool().user_pool_tags(k, v);
    let protection = |p: DeletionProtectionType| pool().deletion_protection(p);

    let mut cases: Vec<Case> = vec![
        case(
            POOL_NAME.code,
            "PoolName",
            name("my-user-pool"),
            CreateUserPoolInput::builder(),
        )
        .not_twinned("an update without PoolName keeps the name (SR-127)"),
        case(POOL_NAME.code, "PoolName", name("p"), name("")),
        case(
            POOL_NAME.code,
            "PoolName",
            name(&"p".repeat(128)),
            name(&"p".repeat(129)),
        ),
        case(
            POOL_NAME.code,
            "PoolName",
            name("My pool_1+=,.@-\t"),
            name("my pool!"),
        ),
        case(POOL_NAME.code, "PoolName", name("cafe"), name("café")),
        case(POOL_NAME.code, "PoolName", name("a b"), name("a\u{a0}b")),
        case(
            TAG_KEY.code,
            "UserPoolTags{key}",
            tag("k", "v"),
            tag("", "v"),
        ),
        case(
            TAG_KEY.code,
            "UserPoolTags{key}",
            tag(&"k".repeat(128), "v"),
            tag(&"k".repeat(129), "v"),
        ),
        // SR-065 is unconfirmed: `aws:` keys and many tags are not refused here.
        case(
            TAG_KEY.code,
            "UserPoolTags{key}",
            (0..60).fold(tag("aws:cloudformation:stack-name", ""), |p, i| {
                p.user_pool_tags(format!("k{i}"), "v")
            }),
            tag("ok", "v").user_pool_tags("", "v"),
        ),
        case(
            TAG_VALUE.code,
            "UserPoolTags{value}",
            tag("env", &"é".repeat(256)),
            tag("env", &"é".repeat(257)),
        ),
        case(
            DELETION_PROTECTION.code,
            "DeletionProtection",
            protection(DeletionProtectionType::Active),
            protection(DeletionProtectionType::from("BOGUS")),
        ),
        case(
            DELETION_PROTECTION.code,
            "DeletionProtection",
            protection(DeletionProtectionType::Inactive),
            protection(DeletionProtectionType::from("active")),
        ),
    ];

    // Every ARN member: 20..2048 and the ARN pattern. Custom senders come with their KMS key
    // (SR-050).
    let members: [(&Rule, &str, Set); 15] = [
        (&PRE_SIGN_UP, "LambdaConfig.PreSignUp", |b, a| {
            b.pre_sign_up(a)
        }),
        (&CUSTOM_MESSAGE, "LambdaConfig.CustomMessage", |b, a| {
            b.custom_message(a)
        }),
        (
            &POST_CONFIRMATION,
            "LambdaConfig.PostConfirmation",
            |b, a| b.post_confirmation(a),
        ),
        (
            &PRE_AUTHENTICATION,
            "LambdaConfig.PreAuthentication",
            |b, a| b.pre_authentication(a),
        ),
        (
            &POST_AUTHENTICATION,
            "LambdaConfig.PostAuthentication",
            |b, a| b.post_authentication(a),
        ),
        (
            &DEFINE_AUTH_CHALLENGE,
            "LambdaConfig.DefineAuthChallenge",
            |b, a| b.define_auth_challenge(a),
        ),
        (
            &CREATE_AUTH_CHALLENGE,
            "LambdaConfig.CreateAuthChallenge",
            |b, a| b.create_auth_challenge(a),
        ),
        (
            &VERIFY_AUTH_CHALLENGE_RESPONSE,
            "LambdaConfig.VerifyAuthChallengeResponse",
            |b, a| b.verify_auth_challenge_response(a),
        ),
        (
            &PRE_TOKEN_GENERATION,
            "LambdaConfig.PreTokenGeneration",
            |b, a| b.pre_token_generation(a),
        ),
        (&USER_MIGRATION, "LambdaConfig.UserMigration", |b, a| {
            b.user_migration(a)
        }),
        (&KMS_KEY_ID, "LambdaConfig.KMSKeyID", |b, a| b.kms_key_id(a)),
        (
            &PRE_TOKEN_GENERATION_CONFIG_ARN,
            "LambdaConfig.PreTokenGenerationConfig.LambdaArn",
            |b, a| {
                b.pre_token_generation_config(pre_token(
                    a,
                    PreTokenGenerationLambdaVersionType::V10,
                ))
            },
        ),
        (
            &CUSTOM_SMS_SENDER_ARN,
            "LambdaConfig.CustomSMSSender.LambdaArn",
            |b, a| {
                b.custom_sms_sender(sms_sender(a, CustomSmsSenderLambdaVersionType::V10))
                    .kms_key_id(KEY)
            },
        ),
        (
            &CUSTOM_EMAIL_SENDER_ARN,
            "LambdaConfig.CustomEmailSender.LambdaArn",
            |b, a| {
                b.custom_email_sender(email_sender(a, CustomEmailSenderLambdaVersionType::V10))
                    .kms_key_id(KEY)
            },
        ),
        (
            &INBOUND_FEDERATION_ARN,
            "LambdaConfig.InboundFederation.LambdaArn",
            |b, a| b.inbound_federation(inbound(a, InboundFederationLambdaVersionType::V10)),
        ),
    ];
    for (rule, path, set) in members {
        let with = |a: &str| lambda(&|b| set(b, a));
        cases.extend([
            case(rule.code, path, with(&arn(20)), with(&arn(19))),
            case(rule.code, path, with(&arn(2048)), with(&arn(2049))),
            case(
                rule.code,
                path,
                with(FUNCTION),
                with("my-trigger-function-name"),
            ),
            // Only digits in the account field.
            case(
                rule.code,
                path,
                with("arn:aws:lambda:us-east-1:123456789012:function:my-trigger:prod"),
                with("arn:aws:lambda:us-east-1:account:function:my-trigger"),
            ),
            case(rule.code, path, with(FUNCTION), with("")),
        ]);
    }

    // The LambdaVersion enums, compared with the service's values.
    let pre_token_version = |v: PreTokenGenerationLambdaVersionType| {
        lambda(&|b| b.pre_token_generation_config(pre_token(FUNCTION, v.clone())))
    };
    let sms_version = |v: CustomSmsSenderLambdaVersionType| {
        lambda(&|b| {
            b.custom_sms_sender(sms_sender(FUNCTION, v.clone()))
                .kms_key_id(KEY)
        })
    };
    let email_version = |v: CustomEmailSenderLambdaVersionType| {
        lambda(&|b| {
            b.custom_email_sender(email_sender(FUNCTION, v.clone()))
                .kms_key_id(KEY)
        })
    };
    let inbound_version = |v: InboundFederationLambdaVersionType| {
        lambda(&|b| b.inbound_federation(inbound(FUNCTION, v.clone())))
    };
    let pre_token_path = "LambdaConfig.PreTokenGenerationConfig.LambdaVersion";
    cases.extend([
        case(
            PRE_TOKEN_GENERATION_CONFIG_VERSION.code,
            pre_token_path,
            pre_token_version(PreTokenGenerationLambdaVersionType::V10),
            pre_token_version(PreTokenGenerationLambdaVersionType::from("BOGUS")),
        ),
        case(
            PRE_TOKEN_GENERATION_CONFIG_VERSION.code,
            pre_token_path,
            pre_token_version(PreTokenGenerationLambdaVersionType::V30),
            pre_token_version(PreTokenGenerationLambdaVersionType::from("V4_0")),
        ),
        case(
            CUSTOM_SMS_SENDER_VERSION.code,
            "LambdaConfig.CustomSMSSender.LambdaVersion",
            sms_version(CustomSmsSenderLambdaVersionType::V10),
            sms_version(CustomSmsSenderLambdaVersionType::from("V2_0")),
        ),
        case(
            CUSTOM_EMAIL_SENDER_VERSION.code,
            "LambdaConfig.CustomEmailSender.LambdaVersion",
            email_version(CustomEmailSenderLambdaVersionType::V10),
            email_version(CustomEmailSenderLambdaVersionType::from("V2_0")),
        ),
        case(
            INBOUND_FEDERATION_VERSION.code,
            "LambdaConfig.InboundFederation.LambdaVersion",
            inbound_version(InboundFederationLambdaVersionType::V10),
            inbound_version(InboundFederationLambdaVersionType::from("v1_0")),
        ),
    ]);

    // SR-050, SR-051, SR-052.
    let kms_path = "LambdaConfig.KMSKeyID";
    cases.extend([
        case(
            CUSTOM_SENDER_NEEDS_KMS_KEY.code,
            kms_path,
            lambda(&|b| {
                b.custom_sms_sender(sms_sender(FUNCTION, CustomSmsSenderLambdaVersionType::V10))
                    .kms_key_id(KEY)
            }),
            lambda(&|b| {
                b.custom_sms_sender(sms_sender(FUNCTION, CustomSmsSenderLambdaVersionType::V10))
            }),
        ),
        case(
            CUSTOM_SENDER_NEEDS_KMS_KEY.code,
            kms_path,
            lambda(&|b| {
                b.custom_email_sender(email_sender(
                    FUNCTION,
                    CustomEmailSenderLambdaVersionType::V10,
                ))
                .kms_key_id(KEY)
            }),
            lambda(&|b| {
                b.custom_email_sender(email_sender(
                    FUNCTION,
                    CustomEmailSenderLambdaVersionType::V10,
                ))
                .pre_sign_up(FUNCTION)
            }),
        ),
        case(
            PRE_TOKEN_GENERATION_SAME_FUNCTION.code,
            "LambdaConfig.PreTokenGenerationConfig.LambdaArn",
            lambda(&|b| {
                b.pre_token_generation(FUNCTION)
                    .pre_token_generation_config(pre_token(
                        FUNCTION,
                        PreTokenGenerationLambdaVersionType::V20,
                    ))
            }),
            lambda(&|b| {
                b.pre_token_generation(OTHER)
                    .pre_token_generation_config(pre_token(
                        FUNCTION,
                        PreTokenGenerationLambdaVersionType::V20,
                    ))
            }),
        ),
        case(
            PRE_TOKEN_GENERATION_VERSION_NEEDS_TIER.code,
            pre_token_path,
            // An absent tier is ESSENTIALS (SR-055).
            pre_token_version(PreTokenGenerationLambdaVersionType::V20),
            pre_token_version(PreTokenGenerationLambdaVersionType::V20)
                .user_pool_tier(UserPoolTierType::Lite),
        ),
        case(
            PRE_TOKEN_GENERATION_VERSION_NEEDS_TIER.code,
            pre_token_path,
            pre_token_version(PreTokenGenerationLambdaVersionType::V30)
                .user_pool_tier(UserPoolTierType::Plus),
            pre_token_version(PreTokenGenerationLambdaVersionType::V30)
                .user_pool_tier(UserPoolTierType::Lite),
        ),
        case(
            PRE_TOKEN_GENERATION_VERSION_NEEDS_TIER.code,
            pre_token_path,
            pre_token_version(PreTokenGenerationLambdaVersionType::V10)
                .user_pool_tier(UserPoolTierType::Lite),
            pre_token_version(PreTokenGenerationLambdaVersionType::V20)
                .user_pool_tier(UserPoolTierType::Lite),
        ),
    ]);
    // UserPoolId of every request that names a pool but the client and domain ones: required,
    // 1..55, `[\w-]+_[0-9a-zA-Z]+`.
    {
        use crate::validate::cases::{
            Input, create_idp, custom_attributes, lone_mfa, mfa_request, resource_server,
            update_idp, update_pool, update_resource_server,
        };
        let id = USER_POOL_ID_RULE.code;
        let long = format!("us-east-1_{}", "a".repeat(45));
        let longer = format!("{long}a");
        let pairs: Vec<(Input, Input, Input, Input)> = vec![
            (
                update_pool().into(),
                update_pool().set_user_pool_id(None).into(),
                update_pool().user_pool_id(&long).into(),
                update_pool().user_pool_id(&longer).into(),
            ),
            (
                mfa_request().into(),
                lone_mfa(mfa_request().set_user_pool_id(None)),
                mfa_request().user_pool_id(&long).into(),
                mfa_request().user_pool_id("us-east-1").into(),
            ),
            (
                custom_attributes().into(),
                custom_attributes().set_user_pool_id(None).into(),
                custom_attributes().user_pool_id("a_1").into(),
                custom_attributes().user_pool_id("").into(),
            ),
            (
                create_idp("OIDC").into(),
                create_idp("OIDC").set_user_pool_id(None).into(),
                create_idp("OIDC").user_pool_id("eu-west-1_x").into(),
                create_idp("OIDC").user_pool_id("eu-west-1_x!").into(),
            ),
            (
                update_idp().into(),
                update_idp().set_user_pool_id(None).into(),
                update_idp().user_pool_id("eu-west-1_x").into(),
                update_idp().user_pool_id("eu west-1_x").into(),
            ),
            (
                resource_server().into(),
                resource_server().set_user_pool_id(None).into(),
                resource_server().user_pool_id("eu-west-1_x").into(),
                resource_server().user_pool_id("eu-west-1_").into(),
            ),
            (
                update_resource_server().into(),
                update_resource_server().set_user_pool_id(None).into(),
                update_resource_server().user_pool_id("eu-west-1_x").into(),
                update_resource_server().user_pool_id("_x").into(),
            ),
        ];
        for (valid, missing, edge, beyond) in pairs {
            cases.push(case(id, "UserPoolId", valid, missing));
            cases.push(case(id, "UserPoolId", edge, beyond));
        }
    }
    cases
}
