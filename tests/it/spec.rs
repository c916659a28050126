//! Spec files (feature `serde`): the wizard round-trips in JSON, TOML and YAML, a deserialized
//! wizard reviews exactly as the built one, a spec may leave out whatever has a console default,
//! and a typo is an error that names the key or the word.
//!
//! The formats are those users pick most: `serde_json`, `toml` and `serde-saphyr` (YAML).

mod arbitrary;
mod corpus;

use cognito_wizard::{
    AppClient, AuthFlow, Checkbox, EmailSender, Messaging, MfaMethod, OAuthGrantType, OAuthScope,
    PasswordlessFactor, SignIn, SignInOption, StandardAttribute, UserPoolWizard,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use serde_json::{Value, json};

use crate::seed;
use corpus::{app, corpus, rich};

/// A format: its name, and a round trip through it.
struct Format {
    name: &'static str,
    write: fn(&UserPoolWizard) -> String,
    read: fn(&str) -> Result<UserPoolWizard, String>,
}

const JSON: Format = Format {
    name: "JSON",
    write: |w| serde_json::to_string_pretty(w).expect("JSON writes any wizard"),
    read: |s| serde_json::from_str(s).map_err(|e| e.to_string()),
};

const TOML: Format = Format {
    name: "TOML",
    write: |w| toml::to_string(w).expect("TOML writes any wizard"),
    read: |s| toml::from_str(s).map_err(|e| e.to_string()),
};

const YAML: Format = Format {
    name: "YAML",
    write: |w| serde_saphyr::to_string(w).expect("YAML writes any wizard"),
    read: |s| serde_saphyr::from_str(s).map_err(|e| e.to_string()),
};

const FORMATS: [Format; 3] = [JSON, TOML, YAML];

/// Asserts that `read` is `built`, and that both review alike: the same page, requests and
/// warnings, or the same report.
fn assert_same_wizard(built: &UserPoolWizard, read: &UserPoolWizard, context: &str) {
    assert_eq!(read, built, "{context}");
    match (built.clone().review(), read.clone().review()) {
        (Ok(built), Ok(read)) => {
            assert_eq!(read.to_string(), built.to_string(), "{context}");
            assert_eq!(
                read.create_user_pool(),
                built.create_user_pool(),
                "{context}"
            );
            assert_eq!(
                read.set_user_pool_mfa_config(),
                built.set_user_pool_mfa_config(),
                "{context}"
            );
            assert_eq!(
                read.create_user_pool_domain(),
                built.create_user_pool_domain(),
                "{context}"
            );
            assert_eq!(
                read.create_user_pool_client(),
                built.create_user_pool_client(),
                "{context}"
            );
            assert_eq!(read.warnings(), built.warnings(), "{context}");
        }
        (Err(built), Err(read)) => assert_eq!(read, built, "{context}"),
        (built, read) => panic!(
            "{context}: built {:?}, read back {:?}",
            built.map(|p| p.to_string()),
            read.map(|p| p.to_string())
        ),
    }
}

/// Writes `wizard` in every format, reads it back, and checks it is the same wizard.
fn assert_round_trips(wizard: &UserPoolWizard) {
    for format in FORMATS {
        let spec = (format.write)(wizard);
        let read = (format.read)(&spec)
            .unwrap_or_else(|e| panic!("{} does not read back: {e}\n{spec}", format.name));
        assert_same_wizard(wizard, &read, &format!("{}:\n{spec}", format.name));
    }
}

#[test]
fn every_wizard_of_the_corpus_round_trips_and_reviews_alike() {
    for (name, wizard) in corpus() {
        for format in FORMATS {
            let spec = (format.write)(&wizard);
            let read = (format.read)(&spec).unwrap_or_else(|e| {
                panic!("{name}: {} does not read back: {e}\n{spec}", format.name)
            });
            assert_same_wizard(&wizard, &read, &format!("{name}, {}:\n{spec}", format.name));
        }
    }
}

#[test]
fn the_rich_plan_passes_review() {
    let plan = rich().review().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plan.warnings(), []);
}

/// The console default, written out: every key but the unset optional ones.
const CONSOLE_DEFAULT_JSON: &str = r#"{
  "sign_in": {
    "options": [
      "email"
    ],
    "preferred_username": false,
    "case_sensitive": false,
    "passwordless": [],
    "remember_devices": "never",
    "challenge_required_on_new_device": false
  },
  "security": {
    "password_policy": "cognito-defaults",
    "mfa": {
      "required": [
        "authenticator-app"
      ]
    },
    "account_recovery": "email-only",
    "feature_plan": "essentials",
    "threat_protection": "off",
    "custom_auth_threat_protection": "off"
  },
  "sign_up": {
    "self_registration": true,
    "verification": "email",
    "keep_original_value": true,
    "required_attributes": [],
    "custom_attributes": []
  },
  "messaging": {
    "email": {
      "cognito": {}
    },
    "templates": {
      "verification": {
        "kind": "code"
      },
      "invitation": {}
    }
  },
  "app": {
    "pool_name": "my-user-pool",
    "client": {
      "name": "my-app-client",
      "kind": "public",
      "auth_flows": [
        "user-srp",
        "refresh-token"
      ],
      "refresh_token_validity": {
        "days": 30
      },
      "access_token_validity": {
        "minutes": 60
      },
      "id_token_validity": {
        "minutes": 60
      },
      "auth_session_minutes": 3,
      "prevent_user_existence_errors": true,
      "token_revocation": true,
      "propagate_user_context_data": false
    },
    "tags": {},
    "deletion_protection": true,
    "lambda_triggers": {}
  }
}"#;

#[test]
fn the_console_default_writes_out_every_key() {
    assert_eq!(
        serde_json::to_string_pretty(&seed::wizard()).unwrap(),
        CONSOLE_DEFAULT_JSON
    );
    let read: UserPoolWizard = serde_json::from_str(CONSOLE_DEFAULT_JSON).unwrap();
    assert_same_wizard(&seed::wizard(), &read, "console default");
}

/// Only what has no console default: the sign-in options, the e-mail sender, the pool name and
/// the app client's name.
const SMALLEST: [(&str, &str); 3] = [
    (
        "JSON",
        r#"{
  "sign_in": { "options": ["email"] },
  "messaging": { "email": { "cognito": {} } },
  "app": { "pool_name": "my-user-pool", "client": { "name": "my-app-client" } }
}"#,
    ),
    (
        "TOML",
        r#"
[sign_in]
options = ["email"]

[messaging.email.cognito]

[app]
pool_name = "my-user-pool"
client = { name = "my-app-client" }
"#,
    ),
    (
        "YAML",
        "
sign_in:
  options: [email]
messaging:
  email:
    cognito: {}
app:
  pool_name: my-user-pool
  client:
    name: my-app-client
",
    ),
];

#[test]
fn the_smallest_spec_reviews_to_the_plan_of_the_smallest_program() {
    let smallest_program = UserPoolWizard::builder()
        .sign_in(SignIn::with([SignInOption::Email]))
        .messaging(Messaging::email(EmailSender::cognito()))
        .app(app(AppClient::public("my-app-client")))
        .build();
    for ((name, spec), format) in SMALLEST.into_iter().zip(FORMATS) {
        assert_eq!(name, format.name);
        let read = (format.read)(spec).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_same_wizard(&smallest_program, &read, name);
    }
}

/// A hand-written YAML spec of the rich plan: comments, flow and block style, the words a
/// user types.
const RICH_YAML: &str = r#"
# Sign in with an e-mail address or a phone number, with one-time codes or passkeys.
sign_in:
  options: [email, phone-number]
  passwordless: [email-otp]
  passkeys:
    relying_party_id: auth.example.com
    user_verification: required
  remember_devices: user-opt-in
security:
  password_policy:
    custom:
      minimum_length: 12
      require_special_characters: false
      password_history_size: 5
  mfa:
    optional: [authenticator-app, sms]
  account_recovery: email-then-sms
  feature_plan: plus
  threat_protection: audit
sign_up:
  verification: phone-number-else-email
  required_attributes: [name, family_name]
  custom_attributes:
    - name: tenant
      kind: { string: { max_length: 64 } }
      mutable: false
    - name: age
      kind: { number: { min_value: 0, max_value: 150 } }
messaging:
  email:
    ses:
      source_arn: arn:aws:ses:us-east-1:123456789012:identity/example.com
      from: Example <no-reply@example.com>
      reply_to: support@example.com
  sms:
    sns_caller_arn: arn:aws:iam::123456789012:role/cognito-sms
    external_id: my-external-id
  templates:
    verification:
      kind: link
      email_subject: Confirm your account
    mfa_sms_message: "Your sign-in code is {####}"
app:
  pool_name: my-user-pool
  domain:
    name: auth.example.com
    certificate_arn: arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789
    managed_login: managed-login
  client:
    name: my-web-app
    kind: { confidential: generate }
    auth_flows: [user-auth, user-srp, refresh-token]
    oauth:
      callback_urls:
        - https://app.example.com/callback
      sign_out_urls:
        - https://app.example.com/
      scopes: [email, openid, profile]
    access_token_validity: { minutes: 15 }
    refresh_token_validity: { days: 7 }
    read_attributes: [email, name, "custom:tenant"]
  tags:
    team: identity
  lambda_triggers:
    pre_sign_up: arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up
    pre_token_generation:
      lambda_arn: arn:aws:lambda:us-east-1:123456789012:function:claims
      version: v2
"#;

#[test]
fn a_hand_written_yaml_spec_is_the_built_plan() {
    let read: UserPoolWizard = serde_saphyr::from_str(RICH_YAML).unwrap_or_else(|e| panic!("{e}"));
    assert_same_wizard(&rich(), &read, "rich YAML");
}

/// The error each format reports for one mistake, given as a JSON, a TOML and a YAML spec.
fn errors(json: &str, toml: &str, yaml: &str) -> Vec<String> {
    FORMATS
        .iter()
        .zip([json, toml, yaml])
        .map(|(format, spec)| match (format.read)(spec) {
            Ok(wizard) => panic!("{}: the spec reads as {wizard:?}", format.name),
            Err(message) => message,
        })
        .collect()
}

#[test]
fn an_unknown_key_is_an_error_that_names_it() {
    let messages = errors(
        r#"{
  "sign_in": { "options": ["email"] },
  "security": { "mfa_enforcement": "off" },
  "messaging": { "email": { "cognito": {} } },
  "app": { "pool_name": "my-user-pool", "client": { "name": "my-app-client" } }
}"#,
        r#"
sign_in = { options = ["email"] }
security = { mfa_enforcement = "off" }
messaging = { email = { cognito = {} } }
app = { pool_name = "my-user-pool", client = { name = "my-app-client" } }
"#,
        "
sign_in: { options: [email] }
security: { mfa_enforcement: 'off' }
messaging: { email: { cognito: {} } }
app: { pool_name: my-user-pool, client: { name: my-app-client } }
",
    );
    for message in messages {
        assert!(
            message.contains("unknown field `mfa_enforcement`"),
            "{message}"
        );
        assert!(
            message.contains("password_policy"),
            "lists the keys: {message}"
        );
        assert!(message.contains("mfa"), "lists the keys: {message}");
    }
}

#[test]
fn an_unknown_key_deep_in_a_choice_is_an_error_that_names_it() {
    let messages = errors(
        r#"{
  "sign_in": { "options": ["email"] },
  "messaging": { "email": { "cognito": { "reply_too": "a@example.com" } } },
  "app": { "pool_name": "p", "client": { "name": "c" } }
}"#,
        r#"
sign_in = { options = ["email"] }
messaging = { email = { cognito = { reply_too = "a@example.com" } } }
app = { pool_name = "p", client = { name = "c" } }
"#,
        "
sign_in: { options: [email] }
messaging: { email: { cognito: { reply_too: a@example.com } } }
app: { pool_name: p, client: { name: c } }
",
    );
    for message in messages {
        // `toml` words it its own way: "unexpected keys in table: reply_too, available keys:
        // reply_to".
        assert!(
            message.contains("unknown field `reply_too`")
                || message.contains("unexpected keys in table: reply_too"),
            "{message}"
        );
        assert!(message.contains("reply_to"), "{message}");
    }
}

#[test]
fn a_bad_word_is_an_error_that_lists_the_words() {
    let messages = errors(
        r#"{
  "sign_in": { "options": ["email"] },
  "security": { "mfa": { "required": ["authenticator-apps"] } },
  "messaging": { "email": { "cognito": {} } },
  "app": { "pool_name": "my-user-pool", "client": { "name": "my-app-client" } }
}"#,
        r#"
sign_in = { options = ["email"] }
security = { mfa = { required = ["authenticator-apps"] } }
messaging = { email = { cognito = {} } }
app = { pool_name = "my-user-pool", client = { name = "my-app-client" } }
"#,
        "
sign_in: { options: [email] }
security: { mfa: { required: [authenticator-apps] } }
messaging: { email: { cognito: {} } }
app: { pool_name: my-user-pool, client: { name: my-app-client } }
",
    );
    for message in messages {
        assert!(
            message.contains("unknown variant `authenticator-apps`"),
            "{message}"
        );
        for word in ["authenticator-app", "sms", "email"] {
            assert!(message.contains(word), "lists `{word}`: {message}");
        }
    }
}

#[test]
fn a_bad_choice_is_an_error_that_lists_the_choices() {
    let mut spec: Value = serde_json::from_str(SMALLEST[0].1).unwrap();
    spec["security"] = json!({ "mfa": { "require": ["sms"] } });
    let message = (JSON.read)(&spec.to_string()).unwrap_err();
    assert!(message.contains("unknown variant `require`"), "{message}");
    assert!(
        message.contains("expected one of `off`, `optional`, `required`"),
        "{message}"
    );
}

#[test]
fn a_missing_required_key_is_an_error_that_names_it() {
    let smallest: Value = serde_json::from_str(SMALLEST[0].1).unwrap();
    for (object, key) in [
        ("", "sign_in"),
        ("", "messaging"),
        ("", "app"),
        ("/sign_in", "options"),
        ("/messaging", "email"),
        ("/app", "pool_name"),
        ("/app", "client"),
        ("/app/client", "name"),
    ] {
        let mut spec = smallest.clone();
        let parent = spec.pointer_mut(object).and_then(Value::as_object_mut);
        assert!(parent.unwrap().remove(key).is_some(), "{object}/{key}");
        let message = (JSON.read)(&spec.to_string()).unwrap_err();
        assert!(
            message.contains(&format!("missing field `{key}`")),
            "{object}/{key}: {message}"
        );
    }
    let toml = r#"
sign_in = { options = ["email"] }
app = { pool_name = "p", client = { name = "c" } }
"#;
    let message = (TOML.read)(toml).unwrap_err();
    assert!(message.contains("missing field `messaging`"), "{message}");
    let yaml = "
sign_in: { options: [email] }
messaging: { email: { cognito: {} } }
app: { client: { name: c } }
";
    let message = (YAML.read)(yaml).unwrap_err();
    assert!(message.contains("missing field `pool_name`"), "{message}");
}

/// Format crates name the line and column; `serde_path_to_error` names the path, for any
/// format, as the spec docs show.
#[test]
fn serde_path_to_error_names_the_path_of_a_bad_value() {
    let spec = r#"{
  "sign_in": { "options": ["email"] },
  "security": { "password_policy": { "custom": { "minimum_length": "twelve" } } },
  "messaging": { "email": { "cognito": {} } },
  "app": { "pool_name": "my-user-pool", "client": { "name": "my-app-client" } }
}"#;
    let plain = serde_json::from_str::<UserPoolWizard>(spec).unwrap_err();
    assert_eq!((plain.line(), plain.column()), (3, 75), "{plain}");

    let deserializer = &mut serde_json::Deserializer::from_str(spec);
    let error = serde_path_to_error::deserialize::<_, UserPoolWizard>(deserializer).unwrap_err();
    assert_eq!(
        error.path().to_string(),
        "security.password_policy.custom.minimum_length"
    );
    assert!(error.to_string().contains("expected u8"), "{error}");

    let toml_spec = "sign_in = { options = [\"email\", \"e-mail\"] }\n";
    let error = serde_path_to_error::deserialize::<_, UserPoolWizard>(
        toml::Deserializer::parse(toml_spec).unwrap(),
    )
    .unwrap_err();
    assert_eq!(error.path().to_string(), "sign_in.options[1]");
    assert!(
        error.to_string().contains("unknown variant `e-mail`"),
        "{error}"
    );
}

#[test]
fn a_custom_secret_reads_from_a_spec_and_stays_out_of_debug() {
    let spec = json!({
        "sign_in": { "options": ["email"] },
        "messaging": { "email": { "cognito": {} } },
        "app": {
            "pool_name": "my-user-pool",
            "client": {
                "name": "my-app-client",
                "kind": { "confidential": { "custom": "s3cr3t_value_that_is_long_enough" } }
            }
        }
    });
    let wizard: UserPoolWizard = serde_json::from_value(spec).unwrap();
    assert!(!format!("{wizard:?}").contains("s3cr3t"), "{wizard:?}");
    let plan = wizard.clone().review().unwrap();
    assert!(!plan.to_string().contains("s3cr3t"));
    assert_eq!(
        plan.create_user_pool_client()
            .get_client_secret()
            .as_deref(),
        Some("s3cr3t_value_that_is_long_enough")
    );
    // Written out, the spec holds the secret it was given: that is what reads back.
    assert_eq!(
        serde_json::to_value(&wizard).unwrap()["app"]["client"]["kind"],
        json!({ "confidential": { "custom": "s3cr3t_value_that_is_long_enough" } })
    );
}

#[test]
fn the_words_of_every_option() {
    fn words<T: Checkbox + serde::Serialize>() -> Vec<String> {
        T::ALL
            .iter()
            .map(|o| {
                serde_json::to_value(o)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    }
    assert_eq!(
        words::<SignInOption>(),
        ["username", "email", "phone-number"]
    );
    assert_eq!(words::<PasswordlessFactor>(), ["email-otp", "sms-otp"]);
    assert_eq!(words::<MfaMethod>(), ["authenticator-app", "sms", "email"]);
    assert_eq!(
        words::<AuthFlow>(),
        [
            "user-auth",
            "admin-user-password",
            "custom",
            "user-password",
            "user-srp",
            "refresh-token"
        ]
    );
    assert_eq!(
        words::<OAuthGrantType>(),
        ["authorization-code", "implicit", "client-credentials"]
    );
    // Standard attributes are spelled as Cognito names them.
    assert_eq!(
        words::<StandardAttribute>(),
        StandardAttribute::ALL.map(StandardAttribute::name)
    );
    let scopes = [
        OAuthScope::Email,
        OAuthScope::OpenId,
        OAuthScope::Phone,
        OAuthScope::Profile,
        OAuthScope::CognitoAdmin,
        OAuthScope::Custom("orders/read".into()),
    ]
    .map(|s| serde_json::to_string(&s).unwrap());
    assert_eq!(
        scopes,
        [
            r#""email""#,
            r#""openid""#,
            r#""phone""#,
            r#""profile""#,
            r#""aws.cognito.signin.user.admin""#,
            r#"{"custom":"orders/read"}"#
        ]
    );
}

#[test]
fn a_repeated_option_is_ticked_once_and_any_order_reads() {
    let read: SignIn =
        serde_json::from_str(r#"{"options": ["phone-number", "email", "phone-number"]}"#).unwrap();
    assert_eq!(
        read,
        SignIn::with([SignInOption::Email, SignInOption::PhoneNumber])
    );
    assert_eq!(
        serde_json::to_value(&read).unwrap(),
        json!({
            "options": ["email", "phone-number"],
            "preferred_username": false,
            "case_sensitive": false,
            "passwordless": [],
            "remember_devices": "never",
            "challenge_required_on_new_device": false
        })
    );
}

proptest! {
    #![proptest_config(Config {
        cases: 128,
        rng_seed: RngSeed::Fixed(0x5EC_F11E),
        failure_persistence: None,
        ..Config::default()
    })]

    #[test]
    fn any_wizard_round_trips_in_every_format(wizard in arbitrary::any_wizard()) {
        assert_round_trips(&wizard);
    }
}
