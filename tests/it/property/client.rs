//! Arbitrary `CreateUserPoolClient` requests touching every member Rust SDK 1.144 exposes.

use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::CreateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::builders::CreateUserPoolClientInputBuilder;
use aws_sdk_cognitoidentityprovider::types::{
    AnalyticsConfigurationType, ExplicitAuthFlowsType, FeatureType, OAuthFlowType,
    PreventUserExistenceErrorTypes, RefreshTokenRotationType, TimeUnitsType,
    TokenValidityUnitsType,
};
use proptest::prelude::*;
use proptest::sample::select;

use super::generate::{
    Cx, Mode, NAME, Presence, Sides, Text, any_text, boolean, chars, enum_list, enumeration, int,
    one_of, padded, pick, pinpoint_arn, role_arn, some_of, text, user_pool_id, wild_list,
};

/// The request's coherent choices.
#[derive(Debug, Clone)]
pub(super) struct Knobs {
    /// 0: no secret, 1: `GenerateSecret`, 2: a custom `ClientSecret` (SR-084).
    secret: u8,
    /// 0: no OAuth, 1: `code`/`implicit` with callbacks, 2: `client_credentials` (SR-076..081).
    oauth: u8,
    /// Legacy auth flow names instead of `ALLOW_*` ones (SR-083).
    legacy_flows: bool,
    /// Analytics by application ARN rather than by id + role (SR-086).
    analytics_arn: bool,
    /// `TokenValidityUnits` for access, ID and refresh tokens (SR-070).
    units: [Option<&'static str>; 3],
}

pub(super) fn knobs() -> BoxedStrategy<Knobs> {
    let unit = select(vec![
        None,
        Some("seconds"),
        Some("minutes"),
        Some("hours"),
        Some("days"),
    ]);
    (
        0..3u8,
        0..3u8,
        any::<bool>(),
        any::<bool>(),
        [unit.clone(), unit.clone(), unit],
    )
        .prop_map(
            |(secret, oauth, legacy_flows, analytics_arn, units)| Knobs {
                // SR-079: client credentials need a secret.
                secret: if oauth == 2 && secret == 0 { 1 } else { secret },
                oauth,
                legacy_flows,
                analytics_arn,
                units,
            },
        )
        .boxed()
}

pub(super) fn member_count() -> usize {
    let mut cx = Cx::new(Mode::Clean);
    let knobs = knobs()
        .new_tree(&mut proptest::test_runner::TestRunner::deterministic())
        .expect("knobs")
        .current();
    let _ = client(&mut cx, &knobs);
    cx.count()
}

pub(super) fn strategy(members: usize) -> BoxedStrategy<(Mode, CreateUserPoolClientInputBuilder)> {
    (super::mode(members), knobs())
        .prop_flat_map(|(mode, knobs)| (Just(mode), client(&mut Cx::new(mode), &knobs)))
        .boxed()
}

const UNITS: &[&str] = &["seconds", "minutes", "hours", "days"];

/// Seconds per unit; `None` when the unit is not one of the service's.
fn unit_seconds(unit: Option<&str>, default: i64) -> Option<i64> {
    match unit {
        None => Some(default),
        Some("seconds") => Some(1),
        Some("minutes") => Some(60),
        Some("hours") => Some(3600),
        Some("days") => Some(86_400),
        Some(_) => None,
    }
}

/// Access and ID token validity in `unit`: 5 minutes to 1 day (SR-070), model 1..86400.
fn short_lived(unit: Option<&str>) -> Sides<i32> {
    let valid = match unit {
        Some("seconds") => 300..=86_400,
        Some("minutes") => 5..=1440,
        Some("days") => 1..=1,
        _ => 1..=24,
    };
    int(1, 86_400, valid)
}

/// Refresh token validity in `unit`: 60 minutes to 10 years (SR-070), 0 for the default
/// (SR-072), model 0..315360000.
fn refresh(unit: Option<&str>) -> Sides<i32> {
    let valid = match unit {
        Some("seconds") => 3600..=315_360_000,
        Some("minutes") => 60..=5_256_000,
        Some("hours") => 1..=87_600,
        Some("days") => 1..=3650,
        _ => 0..=3650,
    };
    int(0, 315_360_000, valid)
}

/// `ClientPermissionType` (1..2048) lists: standard attributes and custom ones (SR-087/088).
fn attributes(names: &'static [&'static str]) -> Sides<Vec<String>> {
    let item = text(pick(names), 1, 2048, |n| padded("custom:", 'a', n))
        .floor(8)
        .sides();
    let valid = one_of(vec![
        (6, some_of(names.iter().map(|s| (*s).to_owned()).collect())),
        (1, Just(vec![padded("custom:", 'a', 2048)]).boxed()),
    ]);
    (valid, wild_list(item, 3))
}

const READABLE: &[&str] = &[
    "email",
    "email_verified",
    "phone_number",
    "phone_number_verified",
    "name",
    "preferred_username",
    "updated_at",
    "address",
    "custom:tier",
    "dev:custom:internal",
];

const WRITABLE: &[&str] = &[
    "email",
    "phone_number",
    "name",
    "given_name",
    "locale",
    "custom:tier",
];

const LEGACY_FLOWS: &[&str] = &[
    "ADMIN_NO_SRP_AUTH",
    "CUSTOM_AUTH_FLOW_ONLY",
    "USER_PASSWORD_AUTH",
];

const FLOWS: &[&str] = &[
    "ADMIN_NO_SRP_AUTH",
    "CUSTOM_AUTH_FLOW_ONLY",
    "USER_PASSWORD_AUTH",
    "ALLOW_ADMIN_USER_PASSWORD_AUTH",
    "ALLOW_CUSTOM_AUTH",
    "ALLOW_USER_PASSWORD_AUTH",
    "ALLOW_USER_SRP_AUTH",
    "ALLOW_REFRESH_TOKEN_AUTH",
    "ALLOW_USER_AUTH",
    // In the service model, parsed as `Unknown` by SDK 1.144 (SR-093).
    "ALLOW_TOKEN_EXCHANGE_DELEGATION",
    "ALLOW_TOKEN_EXCHANGE_IMPERSONATION",
];

/// `RedirectUrlType`: 1..1024 printable characters without spaces; `http` only for loopback
/// hosts (SR-073), absolute without a fragment (SR-074).
fn url() -> Text {
    text(
        pick(&[
            "https://example.com/callback",
            "https://example.com/cb?state=1&x=%20",
            "https://auth.example.co.uk:8443/a/b",
            "myapp://callback",
            "http://localhost:3000/cb",
            "http://127.0.0.1/cb",
            "http://[::1]:8080/cb",
            "https://例え.jp/ü",
        ]),
        1,
        1024,
        |n| padded("https://example.com/", 'u', n),
    )
    .floor(20)
    .wide(|n| padded("https://例え.jp/", 'ü', n))
}

/// A list of distinct URLs, up to the model's 100.
fn urls() -> Sides<Vec<String>> {
    let (item, wild_item) = url().sides();
    let valid = one_of(vec![
        (
            8,
            proptest::collection::btree_set(item.clone(), 1..=4)
                .prop_map(Vec::from_iter)
                .boxed(),
        ),
        (
            1,
            Just(
                (0..100)
                    .map(|i| format!("https://example.com/cb/{i}"))
                    .collect(),
            )
            .boxed(),
        ),
    ]);
    (valid, wild_list((item, wild_item), 101))
}

/// Stands for "one of the callback URLs" until the request is assembled (SR-075).
const PICK_A_CALLBACK: &str = "\u{0}pick a callback";

const STANDARD_SCOPES: &[&str] = &[
    "openid",
    "email",
    "phone",
    "profile",
    "aws.cognito.signin.user.admin",
];

/// `ScopeType`: 1..256 of `[\x21\x23-\x5B\x5D-\x7E]`; standard names or `server/scope` (SR-081).
fn scope(custom_only: bool) -> Text {
    let custom = one_of(vec![
        (
            2,
            pick(&[
                "api.example.com/read",
                "https://api.example.com/write",
                "res/a:b~c!#[]",
            ]),
        ),
        (
            1,
            chars(&['a', 'Z', '0', '.', ':', '-', '_', '~', '!', '#'], 1..=12)
                .prop_map(|s| format!("server/{s}"))
                .boxed(),
        ),
    ]);
    let typical = if custom_only {
        custom
    } else {
        one_of(vec![(2, pick(STANDARD_SCOPES)), (1, custom)])
    };
    text(typical, 1, 256, |n| padded("server/", 's', n)).floor(8)
}

fn scopes(custom_only: bool) -> Sides<Vec<String>> {
    let (item, wild_item) = scope(custom_only).sides();
    let valid = one_of(vec![
        (
            8,
            proptest::collection::btree_set(item.clone(), 1..=5)
                .prop_map(Vec::from_iter)
                .boxed(),
        ),
        (
            1,
            Just((0..50).map(|i| format!("server/scope{i}")).collect()).boxed(),
        ),
    ]);
    (valid, wild_list((item, wild_item), 51))
}

/// `ProviderNameType`: 1..32 of letters, marks, symbols, numbers, punctuation and separators
/// (so a no-break space is fine); names other than COGNITO need pool context (SR-090).
fn providers() -> Sides<Vec<String>> {
    let item = text(
        pick(&[
            "COGNITO",
            "Google",
            "Facebook",
            "SignInWithApple",
            "LoginWithAmazon",
            "My SAML IdP",
            "Corp\u{a0}IdP",
            "Ünï-OIDC",
        ]),
        1,
        32,
        |n| padded("Provider", 'p', n),
    )
    .wide(|n| padded("", 'Ж', n))
    .sides();
    let valid = proptest::collection::btree_set(item.0.clone(), 1..=3)
        .prop_map(Vec::from_iter)
        .boxed();
    (valid, wild_list(item, 3))
}

#[expect(clippy::too_many_lines, reason = "one line per member")]
pub(super) fn client(cx: &mut Cx, k: &Knobs) -> BoxedStrategy<CreateUserPoolClientInputBuilder> {
    use Presence::{Always, Maybe};
    let [access_unit, id_unit, refresh_unit] = k.units;
    let identity = (
        cx.member(Always, user_pool_id()),
        cx.member(
            Always,
            text(chars(NAME, 1..=30), 1, 128, |n| padded("client", 'c', n)),
        ),
        cx.member(
            if k.secret == 1 { Always } else { Maybe },
            (Just(k.secret == 1).boxed(), Just(k.secret != 1).boxed()),
        ),
        cx.member(
            Presence::when(k.secret == 2),
            text(
                chars(&['a', 'Z', '0', '9', '_', '+'], 24..=40),
                24,
                64,
                |n| padded("secret+", 'S', n),
            ),
        ),
    );
    let tokens = (
        cx.member(Maybe, refresh(refresh_unit)),
        cx.member(Maybe, short_lived(access_unit)),
        cx.member(Maybe, short_lived(id_unit)),
        cx.group(Presence::when(k.units.iter().any(Option::is_some)), |cx| {
            let unit = |cx: &mut Cx, unit: Option<&'static str>| {
                let valid = unit.map_or(UNITS, |u| match u {
                    "seconds" => &["seconds"],
                    "minutes" => &["minutes"],
                    "hours" => &["hours"],
                    _ => &["days"],
                });
                cx.member(
                    Presence::when(unit.is_some()),
                    enumeration::<TimeUnitsType>(valid, UNITS),
                )
            };
            (
                unit(cx, access_unit),
                unit(cx, id_unit),
                unit(cx, refresh_unit),
            )
                .prop_map(|(access, id, refresh)| {
                    TokenValidityUnitsType::builder()
                        .set_access_token(access)
                        .set_id_token(id)
                        .set_refresh_token(refresh)
                        .build()
                })
                .boxed()
        }),
    );
    let permissions = (
        cx.member(Maybe, attributes(READABLE)),
        cx.member(Maybe, attributes(WRITABLE)),
        cx.member(
            Maybe,
            enum_list::<ExplicitAuthFlowsType>(
                if k.legacy_flows {
                    some_of(LEGACY_FLOWS.to_vec())
                } else {
                    some_of(FLOWS[3..].to_vec())
                },
                FLOWS,
                12,
            ),
        ),
        cx.member(Maybe, providers()),
    );
    let web = k.oauth == 1;
    let oauth = (
        cx.member(if web { Always } else { Maybe }, urls()),
        cx.member(Maybe, urls()),
        cx.member(
            Presence::maybe_when(web),
            (Just(PICK_A_CALLBACK.to_owned()).boxed(), url().sides().1),
        ),
        cx.member(
            Presence::when(k.oauth != 0),
            enum_list::<OAuthFlowType>(
                if web {
                    some_of(vec!["code", "implicit"])
                } else {
                    Just(vec!["client_credentials"]).boxed()
                },
                &["code", "implicit", "client_credentials"],
                4,
            ),
        ),
        cx.member(Presence::when(k.oauth != 0), scopes(k.oauth == 2)),
        cx.member(
            if k.oauth == 0 { Maybe } else { Always },
            (Just(k.oauth != 0).boxed(), Just(k.oauth == 0).boxed()),
        ),
    );
    let hex: &'static [char] = &['0', '9', 'a', 'f', 'A', 'F'];
    let analytics = cx.group(Maybe, |cx| {
        (
            cx.member(
                Presence::when(!k.analytics_arn),
                text(chars(hex, 1..=32), 1, 64, |n| padded("", 'a', n)),
            ),
            cx.member(Presence::when(k.analytics_arn), pinpoint_arn()),
            cx.member(Presence::when(!k.analytics_arn), role_arn()),
            cx.member(Presence::when(!k.analytics_arn), any_text()),
            cx.member(Maybe, boolean()),
        )
            .prop_map(|(id, arn, role, external, shared)| {
                AnalyticsConfigurationType::builder()
                    .set_application_id(id)
                    .set_application_arn(arn)
                    .set_role_arn(role)
                    .set_external_id(external)
                    .set_user_data_shared(shared)
                    .build()
            })
            .boxed()
    });
    let session = (
        cx.member(
            Maybe,
            enumeration::<PreventUserExistenceErrorTypes>(
                &["LEGACY", "ENABLED"],
                &["LEGACY", "ENABLED"],
            ),
        ),
        cx.member(Maybe, boolean()),
        // SR-085: propagating user context data needs a secret.
        cx.member(
            Maybe,
            if k.secret == 0 {
                (Just(false).boxed(), Just(true).boxed())
            } else {
                boolean()
            },
        ),
        cx.member(Maybe, int(3, 15, 3..=15)),
        cx.group(Maybe, |cx| {
            (
                cx.value(enumeration::<FeatureType>(
                    &["ENABLED", "DISABLED"],
                    &["ENABLED", "DISABLED"],
                )),
                cx.member(Maybe, int(0, 60, 0..=60)),
            )
                .prop_map(|(feature, grace)| {
                    RefreshTokenRotationType::builder()
                        .feature(feature)
                        .set_retry_grace_period_seconds(grace)
                        .build()
                        .expect("Feature set")
                })
                .boxed()
        }),
    );
    (
        identity,
        tokens,
        permissions,
        oauth,
        analytics,
        session,
        any::<prop::sample::Index>(),
    )
        .prop_map(
            |(
                (pool_id, name, generate, secret),
                (refresh, access, id, units),
                (read, write, flows, providers),
                (callbacks, logouts, default, oauth_flows, scopes, oauth_client),
                analytics,
                (existence, revocation, propagate, session, rotation),
                which,
            )| {
                let (refresh, units) = coherent_tokens(refresh, access, id, units);
                let default = match default {
                    Some(d) if d == PICK_A_CALLBACK => callbacks
                        .as_ref()
                        .filter(|c| !c.is_empty())
                        .map(|c| c[which.index(c.len())].clone()),
                    other => other,
                };
                CreateUserPoolClientInput::builder()
                    .set_user_pool_id(pool_id)
                    .set_client_name(name)
                    .set_generate_secret(generate)
                    .set_client_secret(secret)
                    .set_refresh_token_validity(refresh)
                    .set_access_token_validity(access)
                    .set_id_token_validity(id)
                    .set_token_validity_units(units)
                    .set_read_attributes(read)
                    .set_write_attributes(write)
                    .set_explicit_auth_flows(flows)
                    .set_supported_identity_providers(providers)
                    .set_callback_urls(callbacks)
                    .set_logout_urls(logouts)
                    .set_default_redirect_uri(default)
                    .set_allowed_o_auth_flows(oauth_flows)
                    .set_allowed_o_auth_scopes(scopes)
                    .set_allowed_o_auth_flows_user_pool_client(oauth_client)
                    .set_analytics_configuration(analytics)
                    .set_prevent_user_existence_errors(existence)
                    .set_enable_token_revocation(revocation)
                    .set_enable_propagate_additional_user_context_data(propagate)
                    .set_auth_session_validity(session)
                    .set_refresh_token_rotation(rotation)
            },
        )
        .boxed()
}

/// Keeps clean requests within SR-071 (access and ID tokens live no longer than the refresh
/// token) by lengthening a too-short refresh token, and drops a unit whose token is absent (the
/// effective duration of a default value in a non-default unit is not a question this test
/// asks). Wild values (outside the model, unknown units) are left alone.
fn coherent_tokens(
    refresh: Option<i32>,
    access: Option<i32>,
    id: Option<i32>,
    units: Option<TokenValidityUnitsType>,
) -> (Option<i32>, Option<TokenValidityUnitsType>) {
    let known = |u: Option<&TimeUnitsType>| u.is_none_or(|u| UNITS.contains(&u.as_str()));
    let unit = |u: Option<&TimeUnitsType>| u.map(|u| u.as_str().to_owned());
    let (mut access_unit, mut id_unit, mut refresh_unit) = match &units {
        Some(u) => (
            u.access_token.clone(),
            u.id_token.clone(),
            u.refresh_token.clone(),
        ),
        None => (None, None, None),
    };
    if access.is_none() && known(access_unit.as_ref()) {
        access_unit = None;
    }
    if id.is_none() && known(id_unit.as_ref()) {
        id_unit = None;
    }
    if refresh.is_none() && known(refresh_unit.as_ref()) {
        refresh_unit = None;
    }
    // Lifetimes of model-valid values in known units; wild ones do not count.
    let seconds = |value: Option<i32>, unit: Option<String>| {
        let per = unit_seconds(unit.as_deref(), 3600)?;
        let value = value.unwrap_or(1);
        (1..=86_400)
            .contains(&value)
            .then(|| i64::from(value) * per)
    };
    let longest = [
        seconds(access, unit(access_unit.as_ref())),
        seconds(id, unit(id_unit.as_ref())),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(3600);
    let refresh = match (
        refresh,
        unit_seconds(unit(refresh_unit.as_ref()).as_deref(), 86_400),
    ) {
        (Some(r), Some(per))
            if (1..=315_360_000).contains(&r)
                && longest <= 86_400
                && i64::from(r) * per < longest =>
        {
            Some(i32::try_from((longest + per - 1) / per).expect("at most a day"))
        }
        (other, _) => other,
    };
    let units = units.map(|_| {
        TokenValidityUnitsType::builder()
            .set_access_token(access_unit)
            .set_id_token(id_unit)
            .set_refresh_token(refresh_unit)
            .build()
    });
    (refresh, units)
}
