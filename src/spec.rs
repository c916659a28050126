//! Spec files (feature `serde`): the wizard as JSON, TOML, YAML or any other serde format, so a
//! plan can live in a file, be reviewed like code and be created by a program that reads it.
//!
//! With the `serde` feature, [`UserPoolWizard`](crate::UserPoolWizard) and every step type
//! implement `Serialize` and `Deserialize`. The crate depends on no format: pick one
//! (`serde_json`, `toml`, `serde-saphyr` for YAML, ...). A wizard read from a spec is a wizard
//! like any other: it reviews, warns and creates exactly as the same wizard built in code, and
//! writing a wizard out and reading it back gives an equal wizard. Without the feature the crate
//! does not depend on serde at all.
//!
//! # The format
//!
//! - **Keys** are the names of the Rust fields, which are those of the methods that set them:
//!   `sign_in.case_sensitive`, `app.client.access_token_validity`. Every key of the reference
//!   below is in `snake_case`.
//! - **Words** (enum values) are the variant's name in kebab-case: `phone-number`,
//!   `authenticator-app`, `email-then-sms`, `user-srp`. Two kinds of names that Cognito itself
//!   defines keep Cognito's spelling: standard attributes (`family_name`, as
//!   [`StandardAttribute::name`](crate::StandardAttribute::name)) and OAuth scopes (`openid`,
//!   `aws.cognito.signin.user.admin`).
//! - **A choice with settings** is a map with one key, the choice: `mfa: { required:
//!   [authenticator-app] }`, `email: { ses: { source_arn: ... } }`, `kind: { confidential:
//!   generate }`. A choice without settings is its word: `mfa: off`.
//! - **Checkboxes** are lists of words, in any order; they are written in the console's order.
//! - **Defaults**: a key may be left out when the console has a default for it, and then takes
//!   exactly the value the builders and constructors give it. The only required keys are those a
//!   program must give too: `sign_in.options`, `messaging.email`, `app.pool_name`,
//!   `app.client.name`, and the values of a choice (`ses.source_arn`, `sms.sns_caller_arn`,
//!   `domain.name`, a custom attribute's `name` and `kind`, a trigger's `lambda_arn`). Writing a
//!   wizard out gives every key except the optional settings left unset, so a written spec shows
//!   every choice, defaults included.
//! - **Mistakes are errors**: an unknown key (a typo) is refused and named, with the keys that
//!   exist: ``unknown field `mfa_enforcement`, expected one of `password_policy`, `mfa`, ...``.
//!   An unknown word is named with the words that exist: `` unknown variant
//!   `authenticator-apps`, expected one of `authenticator-app`, `sms`, `email` ``. A missing
//!   required key is named: `` missing field `pool_name` ``. Format crates add the line and
//!   column; for the path as well (`security.mfa.required[0]`), deserialize through
//!   `serde_path_to_error` (see below).
//!
//! # Reference
//!
//! Each key with its values, and in brackets what an omitted key is.
//!
//! - `sign_in` ([`SignIn`](crate::SignIn), required):
//!   - `options`: list of `username`, `email`, `phone-number` (required)
//!   - `preferred_username`, `case_sensitive` (`false`)
//!   - `passwordless`: list of `email-otp`, `sms-otp` (none)
//!   - `passkeys`: `{ relying_party_id, user_verification: preferred | required, multi_factor }`
//!     (no passkeys; inside, unset, unset, `false`)
//!   - `remember_devices`: `never` | `always` | `user-opt-in` (`never`)
//!   - `challenge_required_on_new_device` (`false`)
//! - `security` ([`Security`](crate::Security), the console's):
//!   - `password_policy`: `cognito-defaults` | `{ custom: { minimum_length, require_numbers,
//!     require_special_characters, require_uppercase, require_lowercase,
//!     temporary_password_validity_days, password_history_size } }` (`cognito-defaults`; inside
//!     `custom`, 8, `true` four times, 7, 0)
//!   - `mfa`: `off` | `{ optional: [...] }` | `{ required: [...] }`, of `authenticator-app`,
//!     `sms`, `email` (`{ required: [authenticator-app] }`)
//!   - `account_recovery`: `disabled` | `email-only` | `sms-only` | `email-then-sms` |
//!     `sms-then-email` (`email-only`)
//!   - `feature_plan`: `lite` | `essentials` | `plus` (`essentials`)
//!   - `threat_protection`, `custom_auth_threat_protection`: `off` | `audit` | `enforced` (`off`)
//! - `sign_up` ([`SignUp`](crate::SignUp), the console's):
//!   - `self_registration` (`true`)
//!   - `verification`: `off` | `email` | `phone-number` | `phone-number-else-email` (`email`)
//!   - `keep_original_value` (`true`)
//!   - `required_attributes`: list of standard attribute names, `name`, `family_name`, ... (none)
//!   - `custom_attributes`: list of `{ name, kind, mutable }`, `kind` being `{ string: {
//!     min_length, max_length } }` or `{ number: { min_value, max_value } }` (none; `mutable`
//!     `true`, bounds unset)
//! - `messaging` ([`Messaging`](crate::Messaging), required):
//!   - `email`: `{ cognito: { reply_to } }` (`cognito: {}` without a reply-to address) |
//!     `{ ses: { source_arn, from, reply_to, configuration_set } }` (required)
//!   - `sms`: `{ sns_caller_arn, external_id, sns_region }` (no SMS)
//!   - `templates`: `{ verification: { kind: code | link, email_subject, email_message,
//!     sms_message }, invitation: { email_subject, email_message, sms_message },
//!     mfa_sms_message, mfa_email_subject, mfa_email_message }` (Cognito's texts, `code`)
//! - `app` ([`App`](crate::App), required):
//!   - `pool_name` (required)
//!   - `domain`: `{ name, certificate_arn, managed_login: classic-hosted-ui | managed-login }`
//!     (no domain; a `certificate_arn` makes it a custom domain)
//!   - `client` ([`AppClient`](crate::AppClient), required):
//!     - `name` (required)
//!     - `kind`: `public` | `{ confidential: generate }` | `{ confidential: { custom: "<secret>"
//!       } }` | `{ other: no-secret | generate | { custom: "<secret>" } }` (`public`)
//!     - `auth_flows`: list of `user-auth`, `admin-user-password`, `custom`, `user-password`,
//!       `user-srp`, `refresh-token` (`[user-srp, refresh-token]`)
//!     - `oauth`: `{ grant_types, scopes, callback_urls, sign_out_urls, default_redirect_uri,
//!       identity_providers }`, grant types being `authorization-code`, `implicit`,
//!       `client-credentials` and scopes `email`, `openid`, `phone`, `profile`,
//!       `aws.cognito.signin.user.admin` or `{ custom: "<identifier>/<name>" }` (no hosted UI;
//!       inside, what [`OAuth::authorization_code`](crate::OAuth::authorization_code) sets)
//!     - `refresh_token_validity`, `access_token_validity`, `id_token_validity`: `{ seconds |
//!       minutes | hours | days: <n> }` (`{ days: 30 }`, `{ minutes: 60 }`, `{ minutes: 60 }`)
//!     - `auth_session_minutes` (3)
//!     - `prevent_user_existence_errors`, `token_revocation` (`true`)
//!     - `read_attributes`, `write_attributes`: lists of attribute names (every attribute)
//!     - `propagate_user_context_data` (`false`)
//!   - `tags`: a map of tag keys to values (none)
//!   - `deletion_protection` (`true`)
//!   - `lambda_triggers`: `{ pre_sign_up, post_confirmation, user_migration,
//!     pre_authentication, post_authentication, pre_token_generation: { lambda_arn, version: v1
//!     | v2 | v3 }, define_auth_challenge, create_auth_challenge, verify_auth_challenge_response,
//!     custom_message, custom_email_sender, custom_sms_sender, kms_key_id }`, each trigger a
//!     Lambda ARN (none; an unset `version` is sent as `V1_0`)
//!
//! # Secrets
//!
//! A custom client secret ([`CustomClientSecret`](crate::CustomClientSecret)) is written out as
//! the secret itself, `{ custom: "<secret>" }`: a spec must hold it for it to be read back, and
//! the crate does not pretend otherwise. Keep such a spec with your secrets, or leave the secret
//! out of the spec (`{ confidential: generate }` lets Cognito make one) and set a custom one in
//! code. `Debug` and the review page never show it, whether the wizard was built or read. A
//! wizard that does not know a secret has none to write: writing it out never invents one.
//!
//! # Writing a wizard out
//!
//! Any wizard serializes, whatever made it: `serde_json::to_string_pretty(&wizard)` (or
//! `toml::to_string`, `serde_saphyr::to_string`) gives a spec that reads back as the same
//! wizard.
//!
//! # YAML
//!
//! `serde-saphyr` reads and writes choices as one-key maps, as above. `serde_yaml_ng` and
//! `serde_norway` write them as YAML tags (`mfa: !required [authenticator-app]`) and read only
//! that form; wrap them with their `with::singleton_map_recursive` for the maps shown here.
//!
//! # Examples
//!
//! The smallest spec gives only what has no default, and is the smallest program:
//!
//! ```
//! use cognito_wizard::{App, AppClient, EmailSender, Messaging, SignIn, SignInOption, UserPoolWizard};
//!
//! let spec = r#"{
//!   "sign_in": { "options": ["email"] },
//!   "messaging": { "email": { "cognito": {} } },
//!   "app": { "pool_name": "my-user-pool", "client": { "name": "my-app-client" } }
//! }"#;
//! let wizard: UserPoolWizard = serde_json::from_str(spec)?;
//!
//! let program = UserPoolWizard::builder()
//!     .sign_in(SignIn::with([SignInOption::Email]))
//!     .messaging(Messaging::email(EmailSender::cognito()))
//!     .app(App::builder().pool_name("my-user-pool").client(AppClient::public("my-app-client")).build())
//!     .build();
//! assert_eq!(wizard, program);
//! let plan = wizard.review()?;
//! assert_eq!(plan.create_user_pool().get_pool_name().as_deref(), Some("my-user-pool"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Written out, that wizard shows every choice the console makes for it:
//!
//! ```
//! # use cognito_wizard::UserPoolWizard;
//! # let wizard: UserPoolWizard = serde_json::from_str(r#"{"sign_in": {"options": ["email"]},
//! #     "messaging": {"email": {"cognito": {}}},
//! #     "app": {"pool_name": "my-user-pool", "client": {"name": "my-app-client"}}}"#)?;
//! let spec = serde_json::json!({
//!     "sign_in": {
//!         "options": ["email"],
//!         "preferred_username": false,
//!         "case_sensitive": false,
//!         "passwordless": [],
//!         "remember_devices": "never",
//!         "challenge_required_on_new_device": false
//!     },
//!     "security": {
//!         "password_policy": "cognito-defaults",
//!         "mfa": { "required": ["authenticator-app"] },
//!         "account_recovery": "email-only",
//!         "feature_plan": "essentials",
//!         "threat_protection": "off",
//!         "custom_auth_threat_protection": "off"
//!     },
//!     "sign_up": {
//!         "self_registration": true,
//!         "verification": "email",
//!         "keep_original_value": true,
//!         "required_attributes": [],
//!         "custom_attributes": []
//!     },
//!     "messaging": {
//!         "email": { "cognito": {} },
//!         "templates": { "verification": { "kind": "code" }, "invitation": {} }
//!     },
//!     "app": {
//!         "pool_name": "my-user-pool",
//!         "client": {
//!             "name": "my-app-client",
//!             "kind": "public",
//!             "auth_flows": ["user-srp", "refresh-token"],
//!             "refresh_token_validity": { "days": 30 },
//!             "access_token_validity": { "minutes": 60 },
//!             "id_token_validity": { "minutes": 60 },
//!             "auth_session_minutes": 3,
//!             "prevent_user_existence_errors": true,
//!             "token_revocation": true,
//!             "propagate_user_context_data": false
//!         },
//!         "tags": {},
//!         "deletion_protection": true,
//!         "lambda_triggers": {}
//!     }
//! });
//! assert_eq!(serde_json::to_value(&wizard)?, spec);
//! assert_eq!(serde_json::from_value::<UserPoolWizard>(spec)?, wizard);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A typo is an error that names it; `serde_path_to_error` adds where it is:
//!
//! ```
//! use cognito_wizard::UserPoolWizard;
//!
//! let spec = r#"{
//!   "sign_in": { "options": ["email"] },
//!   "security": { "mfa": { "required": ["authenticator-apps"] } },
//!   "messaging": { "email": { "cognito": {} } },
//!   "app": { "pool_name": "my-user-pool", "client": { "name": "my-app-client" } }
//! }"#;
//! let error = serde_json::from_str::<UserPoolWizard>(spec).unwrap_err();
//! assert_eq!(
//!     error.to_string(),
//!     "unknown variant `authenticator-apps`, expected one of `authenticator-app`, `sms`, \
//!      `email` at line 3 column 58"
//! );
//!
//! let error = serde_path_to_error::deserialize::<_, UserPoolWizard>(
//!     &mut serde_json::Deserializer::from_str(spec),
//! )
//! .unwrap_err();
//! assert_eq!(error.path().to_string(), "security.mfa.required[0]");
//! ```

/// A member that is optional in the type but required in a spec: present, it is `Some`.
pub(crate) fn some<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// The default of a setting that starts on.
pub(crate) fn yes() -> bool {
    true
}
