//! Arbitrary `CreateUserPoolDomain` requests touching every member Rust SDK 1.144 exposes.

use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::CreateUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_domain::builders::CreateUserPoolDomainInputBuilder;
use aws_sdk_cognitoidentityprovider::types::{
    CustomDomainConfigType, FailoverType, RoutingType, SecurityPolicyType,
};
use proptest::prelude::*;
use proptest::sample::select;

use super::generate::{
    Cx, Mode, Presence, Text, certificate_arn, chars, enumeration, one_of, padded, pick, region,
    text, user_pool_id,
};

/// Whether the domain is a custom one (fully qualified, with a certificate) rather than a
/// prefix (SR-100..SR-102).
type Knobs = bool;

pub(super) fn member_count() -> usize {
    let mut cx = Cx::new(Mode::Clean);
    let _ = domain(&mut cx, false);
    cx.count()
}

pub(super) fn strategy(members: usize) -> BoxedStrategy<(Mode, CreateUserPoolDomainInputBuilder)> {
    (super::mode(members), any::<Knobs>())
        .prop_flat_map(|(mode, custom)| (Just(mode), domain(&mut Cx::new(mode), custom)))
        .boxed()
}

/// A prefix: 1..63 of `[a-z0-9-]`, starting and ending with a letter or digit, with no
/// reserved word as a whole hyphen-separated segment (SR-101; inside a segment is fine).
fn prefix() -> Text {
    let alnum: &'static [char] = &['a', 'b', 'm', 'z', '0', '7', '9'];
    let inner: &'static [char] = &['a', 'k', 'z', '0', '9', '-'];
    let typical = one_of(vec![
        (
            1,
            pick(&[
                "my-app",
                "awsome-login",
                "login-cognitoapp",
                "a",
                "0-0",
                "amazonian",
            ]),
        ),
        (
            3,
            (
                chars(alnum, 1..=1),
                chars(inner, 0..=20),
                chars(alnum, 0..=1),
            )
                .prop_map(|(a, b, c)| format!("{a}{b}{c}"))
                .prop_map(|d| {
                    let d = d.trim_end_matches('-').to_owned();
                    if d.split('-')
                        .any(|s| ["aws", "amazon", "cognito"].contains(&s))
                    {
                        "reserved-word-avoided".to_owned()
                    } else {
                        d
                    }
                })
                .boxed(),
        ),
    ]);
    text(typical, 1, 63, |n| padded("auth", 'x', n))
}

/// A fully qualified custom domain (the prefix pattern does not apply, SR-102), within the
/// model's 63 characters.
fn custom_domain() -> Text {
    text(
        pick(&[
            "auth.example.com",
            "login.example.co.uk",
            "a.b.c.example.com",
            "auth-1.example.com",
        ]),
        1,
        63,
        |n| format!("{}.example.com", "x".repeat(n.saturating_sub(12))),
    )
    .floor(13)
}

fn domain(cx: &mut Cx, custom: Knobs) -> BoxedStrategy<CreateUserPoolDomainInputBuilder> {
    use Presence::{Always, Maybe};
    (
        cx.member(Always, if custom { custom_domain() } else { prefix() }),
        cx.member(Always, user_pool_id()),
        // SR-104: 1 (classic hosted UI) or 2 (managed login); the model has no bounds.
        cx.member(
            Maybe,
            (
                select(vec![1, 2]).boxed(),
                one_of(vec![
                    (3, select(vec![0, 3, -1, i32::MIN, i32::MAX]).boxed()),
                    (1, any::<i32>().boxed()),
                ]),
            ),
        ),
        cx.group(Presence::when(custom), |cx| {
            (
                cx.value(certificate_arn()),
                cx.member(
                    Maybe,
                    enumeration::<SecurityPolicyType>(
                        &["TLS_V1", "TLS_V1_2_2021", "TLS_V1_3_2025"],
                        &["TLS_V1", "TLS_V1_2_2021", "TLS_V1_3_2025"],
                    ),
                ),
            )
                .prop_map(|(certificate, policy)| {
                    CustomDomainConfigType::builder()
                        .certificate_arn(certificate)
                        .set_security_policy(policy)
                        .build()
                        .expect("CertificateArn set")
                })
                .boxed()
        }),
        // SR-105: routing only for custom domains.
        cx.group(Presence::maybe_when(custom), |cx| {
            cx.group(Always, |cx| {
                (
                    cx.value(region()),
                    cx.value(text(
                        pick(&["abcdef12-3456-7890-abcd-ef1234567890", "hc-1"]),
                        0,
                        64,
                        |n| padded("hc-", 'h', n),
                    )),
                )
                    .prop_map(|(secondary, health_check)| {
                        FailoverType::builder()
                            .secondary_region(secondary)
                            .primary_route53_health_check_id(health_check)
                            .build()
                            .expect("members set")
                    })
                    .boxed()
            })
            .prop_map(|failover| RoutingType::builder().set_failover(failover).build())
            .boxed()
        }),
    )
        .prop_map(|(domain, pool_id, version, custom_config, routing)| {
            CreateUserPoolDomainInput::builder()
                .set_domain(domain)
                .set_user_pool_id(pool_id)
                .set_managed_login_version(version)
                .set_custom_domain_config(custom_config)
                .set_routing(routing)
        })
        .boxed()
}
