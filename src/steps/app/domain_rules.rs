//! The domain rules: step 5's domain (`CreateUserPoolDomain`) and changes to it
//! (`UpdateUserPoolDomain`, which names the domain and changes its version, certificate, TLS
//! policy or routing, SR-142). The model's `Domain` pattern fits prefix domains only (SR-102,
//! SR-144); an update, which need not resend `CustomDomainConfig`, names a custom domain when
//! `Domain` has a dot.

use aws_sdk_cognitoidentityprovider::types::CustomDomainConfigType;

use super::client_rules::user_pool_id_with;
use crate::validate::check::{ARN, At, Report, pattern, quote};
use crate::validate::shapes::{self, CREATE_DOMAIN, DomainRequest};
use crate::validate::{Operation, Rule, Step};

const fn rule(
    code: &'static str,
    operations: &'static [Operation],
    path: &'static str,
    label: &'static str,
) -> Rule {
    Rule::new(code, Step::App, operations, path, label)
}

/// `UserPoolId`: required, 1..55, `[\w-]+_[0-9a-zA-Z]+`.
static USER_POOL_ID_RULE: Rule = rule(
    "domain-user-pool-id",
    shapes::DOMAIN,
    "UserPoolId",
    "User pool ID",
);
/// `Domain`: required, 1..63 for prefix and custom domains alike (the service enforces the
/// model's length before it looks at the kind of domain).
static DOMAIN: Rule = rule("domain-name", shapes::DOMAIN, "Domain", "Domain");
/// A prefix domain matches the model's pattern (it applies to prefixes only).
static DOMAIN_PREFIX: Rule = rule(
    "domain-prefix",
    shapes::DOMAIN,
    "Domain",
    "Cognito domain prefix",
)
.semantic("SR-100");
/// A prefix has no reserved word as a whole hyphen-separated segment.
static DOMAIN_PREFIX_RESERVED: Rule = rule(
    "domain-prefix-reserved-word",
    CREATE_DOMAIN,
    "Domain",
    "Cognito domain prefix",
)
.semantic("SR-101");
/// A custom domain is a fully qualified name.
static CUSTOM_DOMAIN: Rule = rule(
    "custom-domain-name",
    shapes::DOMAIN,
    "Domain",
    "Custom domain",
)
.semantic("SR-102");
/// `CustomDomainConfig.CertificateArn`: 20..2048, an ARN.
static CERTIFICATE_ARN: Rule = rule(
    "custom-domain-certificate-arn",
    shapes::DOMAIN,
    "CustomDomainConfig.CertificateArn",
    "ACM certificate",
);
/// The certificate is an ACM certificate in us-east-1 (`CloudFront` serves custom domains).
static CERTIFICATE_REGION: Rule = rule(
    "custom-domain-certificate-us-east-1",
    shapes::DOMAIN,
    "CustomDomainConfig.CertificateArn",
    "ACM certificate",
)
.semantic("SR-103");
/// `CustomDomainConfig.SecurityPolicy`: `TLS_V1` | `TLS_V1_2_2021` | `TLS_V1_3_2025`.
static SECURITY_POLICY: Rule = rule(
    "custom-domain-security-policy",
    shapes::DOMAIN,
    "CustomDomainConfig.SecurityPolicy",
    "TLS security policy",
);
/// `ManagedLoginVersion`: 1 (hosted UI classic) or 2 (managed login); the model has no range.
static MANAGED_LOGIN_VERSION: Rule = rule(
    "managed-login-version",
    shapes::DOMAIN,
    "ManagedLoginVersion",
    "Branding version",
)
.semantic("SR-104");
/// `Routing.Failover.SecondaryRegion`: 5..32.
static SECONDARY_REGION: Rule = rule(
    "failover-secondary-region",
    shapes::DOMAIN,
    "Routing.Failover.SecondaryRegion",
    "Failover secondary Region",
);
/// `Routing.Failover.PrimaryRoute53HealthCheckId`: at most 64.
static HEALTH_CHECK_ID: Rule = rule(
    "failover-health-check-id",
    shapes::DOMAIN,
    "Routing.Failover.PrimaryRoute53HealthCheckId",
    "Route 53 health check ID",
);
/// Routing is for custom domains only.
static ROUTING_NEEDS_CUSTOM_DOMAIN: Rule = rule(
    "routing-needs-custom-domain",
    shapes::DOMAIN,
    "Routing",
    "Domain routing",
)
.semantic("SR-105");

/// Every rule of this file, for the catalog.
pub(crate) static RULES: &[&Rule] = &[
    &USER_POOL_ID_RULE,
    &DOMAIN,
    &DOMAIN_PREFIX,
    &DOMAIN_PREFIX_RESERVED,
    &CUSTOM_DOMAIN,
    &CERTIFICATE_ARN,
    &CERTIFICATE_REGION,
    &SECURITY_POLICY,
    &MANAGED_LOGIN_VERSION,
    &SECONDARY_REGION,
    &HEALTH_CHECK_ID,
    &ROUTING_NEEDS_CUSTOM_DOMAIN,
];

pattern!(
    /// `DomainType`, which only fits prefix domains (SR-100).
    DOMAIN_PREFIX_PATTERN = r"^[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?$"
        => r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
);

/// Words a prefix may not use as a whole segment (SR-101).
const RESERVED_WORDS: &[&str] = &["aws", "amazon", "cognito"];

const SECURITY_POLICIES: &[&str] = &["TLS_V1", "TLS_V1_2_2021", "TLS_V1_3_2025"];

/// Checks `UserPoolId`; separate because review checks a domain before the pool exists.
pub(crate) fn check_user_pool_id(user_pool_id: Option<&str>, report: &mut Report) {
    user_pool_id_with(&USER_POOL_ID_RULE, user_pool_id, report);
}

/// Checks every member of a `CreateUserPoolDomain` or `UpdateUserPoolDomain` request but
/// `UserPoolId`.
pub(crate) fn check(input: DomainRequest<'_>, report: &mut Report) {
    let custom = input.is_custom();
    // How the message says why the domain is a custom one.
    let kind = if input.custom_domain_config().is_some() {
        "with CustomDomainConfig"
    } else {
        "named with a dot, as a custom domain"
    };
    match input.domain() {
        None => report.fail(&DOMAIN, At::Path, "is required"),
        Some(domain) => check_domain(domain, custom.then_some(kind), input.is_create(), report),
    }
    if let Some(config) = input.custom_domain_config() {
        check_custom_domain_config(config, report);
    }
    if let Some(version) = input.managed_login_version()
        && version != 1
        && version != 2
    {
        report.fail(
            &MANAGED_LOGIN_VERSION,
            At::Path,
            format!("must be 1 (hosted UI, classic) or 2 (managed login), got {version}"),
        );
    }
    if let Some(routing) = input.routing() {
        if let Some(failover) = routing.failover() {
            report.length(
                &SECONDARY_REGION,
                At::Path,
                failover.secondary_region(),
                5,
                32,
            );
            let health_check = failover.primary_route53_health_check_id();
            report.length(&HEALTH_CHECK_ID, At::Path, health_check, 0, 64);
        }
        if !custom {
            report.fail(
                &ROUTING_NEEDS_CUSTOM_DOMAIN,
                At::Path,
                "is supported only for custom domains: Routing needs CustomDomainConfig (a prefix \
                 Domain cannot fail over)",
            );
        }
    }
}

/// `Domain`: the model's length for both kinds, then the prefix rules (SR-100, and SR-101 on
/// create: an update only names an existing domain) or the custom-domain rule (SR-102).
fn check_domain(domain: &str, custom: Option<&str>, create: bool, report: &mut Report) {
    report.length(&DOMAIN, At::Path, domain, 1, 63);
    // Within the length limit; beyond it only the length rule speaks (the prefix pattern's
    // {0,61} restates the same limit).
    let fits = !domain.is_empty() && domain.chars().nth(63).is_none();
    if let Some(kind) = custom {
        if fits && !is_fully_qualified(domain) {
            report.fail(
                &CUSTOM_DOMAIN,
                At::Path,
                format!(
                    "{kind}, must be a fully qualified domain name such as auth.example.com (two \
                     or more dot-separated labels of a-z, 0-9 and inner hyphens), got {}",
                    quote(domain)
                ),
            );
        }
        return;
    }
    if fits {
        report.pattern(&DOMAIN_PREFIX, At::Path, domain, &DOMAIN_PREFIX_PATTERN);
    }
    if !create {
        return;
    }
    let reserved = domain.split('-').find_map(|segment| {
        RESERVED_WORDS
            .iter()
            .find(|word| segment.eq_ignore_ascii_case(word))
    });
    if let Some(word) = reserved {
        report.fail(
            &DOMAIN_PREFIX_RESERVED,
            At::Path,
            format!(
                "must not use the reserved word {word} as a hyphen-separated part (aws, amazon \
                 and cognito are reserved), got {}",
                quote(domain)
            ),
        );
    }
}

fn check_custom_domain_config(config: &CustomDomainConfigType, report: &mut Report) {
    let arn = config.certificate_arn();
    report.text(&CERTIFICATE_ARN, At::Path, arn, 20, 2048, &ARN);
    if ARN.matches(arn) && !is_us_east_1_certificate(arn) {
        report.fail(
            &CERTIFICATE_REGION,
            At::Path,
            format!(
                "must be an ACM certificate in us-east-1 (arn:<partition>:acm:us-east-1:...), got \
                 {}",
                quote(arn)
            ),
        );
    }
    if let Some(policy) = config.security_policy() {
        report.one_of(
            &SECURITY_POLICY,
            At::Path,
            policy.as_str(),
            SECURITY_POLICIES,
        );
    }
}

/// SR-102: two or more labels, each 1..63 of `a-z`, `0-9` and inner hyphens. Lower case only,
/// as the API reference spells it for `Domain`; no trailing dot.
fn is_fully_qualified(domain: &str) -> bool {
    let label_ok = |label: &str| {
        let bytes = label.as_bytes();
        let alnum = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit();
        (1..=63).contains(&bytes.len())
            && bytes.first().is_some_and(alnum)
            && bytes.last().is_some_and(alnum)
            && bytes.iter().all(|b| alnum(b) || *b == b'-')
    };
    domain.contains('.') && domain.split('.').all(label_ok)
}

/// SR-103: the ARN's service is `acm` and its region `us-east-1`, in any partition.
fn is_us_east_1_certificate(arn: &str) -> bool {
    let mut fields = arn.splitn(5, ':').skip(2);
    fields.next() == Some("acm") && fields.next() == Some("us-east-1")
}

#[cfg(test)]
#[expect(clippy::too_many_lines, reason = "one flat table, a case per boundary")]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    use crate::validate::cases::{case, domain};
    use aws_sdk_cognitoidentityprovider::types::{FailoverType, RoutingType, SecurityPolicyType};

    let cert = "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d";
    let custom_with = |arn: &str| {
        CustomDomainConfigType::builder()
            .certificate_arn(arn)
            .build()
            .expect("certificate set")
    };
    let custom = || custom_with(cert);
    let fqdn = |name: &str| domain().domain(name).custom_domain_config(custom());
    let policy = |p: &str| {
        CustomDomainConfigType::builder()
            .certificate_arn(cert)
            .security_policy(SecurityPolicyType::from(p))
            .build()
            .expect("certificate set")
    };
    let routing = |region: &str, health_check: &str| {
        RoutingType::builder()
            .failover(
                FailoverType::builder()
                    .secondary_region(region)
                    .primary_route53_health_check_id(health_check)
                    .build()
                    .expect("both set"),
            )
            .build()
    };
    let failover = |region: &str, health_check: &str| {
        fqdn("auth.example.com").routing(routing(region, health_check))
    };
    // A fully qualified name of `len` characters: one long label, then `.com`.
    let long_fqdn = |len: usize| format!("{}.com", "a".repeat(len - 4));
    let cert_of_len = |len: usize| {
        let prefix = "arn:aws:acm:us-east-1:123456789012:certificate/";
        format!("{prefix}{}", "c".repeat(len - prefix.len()))
    };

    vec![
        // UserPoolId
        case(
            USER_POOL_ID_RULE.code,
            "UserPoolId",
            domain(),
            domain().set_user_pool_id(None),
        ),
        case(
            USER_POOL_ID_RULE.code,
            "UserPoolId",
            domain().user_pool_id(format!("eu-west-1_{}", "Z".repeat(45))),
            domain().user_pool_id(format!("eu-west-1_{}", "Z".repeat(46))),
        ),
        case(
            USER_POOL_ID_RULE.code,
            "UserPoolId",
            domain().user_pool_id("x_9"),
            domain().user_pool_id("us-east-1_AbC!"),
        ),
        case(
            USER_POOL_ID_RULE.code,
            "UserPoolId",
            domain().user_pool_id("x_9"),
            domain().user_pool_id(""),
        ),
        // Domain: required, 1..63 whatever its kind.
        case(DOMAIN.code, "Domain", domain(), domain().set_domain(None)),
        case(
            DOMAIN.code,
            "Domain",
            domain().domain("a"),
            domain().domain(""),
        ),
        case(
            DOMAIN.code,
            "Domain",
            domain().domain("a".repeat(63)),
            domain().domain("a".repeat(64)),
        ),
        case(
            DOMAIN.code,
            "Domain",
            fqdn(&long_fqdn(63)),
            fqdn(&long_fqdn(64)),
        ),
        // SR-100: prefix pattern.
        case(
            DOMAIN_PREFIX.code,
            "Domain",
            domain().domain("my-login"),
            domain().domain("My-Login"),
        ),
        case(
            DOMAIN_PREFIX.code,
            "Domain",
            domain().domain("0-9"),
            domain().domain("-login"),
        ),
        case(
            DOMAIN_PREFIX.code,
            "Domain",
            domain().domain("login-2"),
            domain().domain("login-"),
        ),
        case(
            DOMAIN_PREFIX.code,
            "Domain",
            domain().domain("auth-example-com"),
            domain().domain("auth.example.com"),
        )
        .not_twinned("an update names a custom domain by its full name (SR-144)"),
        case(
            DOMAIN_PREFIX.code,
            "Domain",
            domain().domain("a--b"),
            domain().domain("a_b"),
        ),
        // SR-101: reserved words as whole segments only.
        case(
            DOMAIN_PREFIX_RESERVED.code,
            "Domain",
            domain().domain("awsome-login"),
            domain().domain("my-aws-app"),
        ),
        case(
            DOMAIN_PREFIX_RESERVED.code,
            "Domain",
            domain().domain("mycognito-login"),
            domain().domain("cognito-login"),
        ),
        case(
            DOMAIN_PREFIX_RESERVED.code,
            "Domain",
            domain().domain("login-amazonia"),
            domain().domain("login-amazon"),
        ),
        case(
            DOMAIN_PREFIX_RESERVED.code,
            "Domain",
            fqdn("aws.example.com"),
            domain().domain("aws"),
        ),
        // SR-102: a custom domain is a fully qualified name, and the prefix pattern is off.
        case(
            CUSTOM_DOMAIN.code,
            "Domain",
            fqdn("auth.example.com"),
            fqdn("auth"),
        ),
        case(
            CUSTOM_DOMAIN.code,
            "Domain",
            fqdn("a.b"),
            fqdn("auth..example.com"),
        ),
        case(
            CUSTOM_DOMAIN.code,
            "Domain",
            fqdn("my-auth.example.co.uk"),
            fqdn("-auth.example.com"),
        ),
        case(
            CUSTOM_DOMAIN.code,
            "Domain",
            fqdn("auth-x.example.com"),
            fqdn("auth-.example.com"),
        ),
        case(
            CUSTOM_DOMAIN.code,
            "Domain",
            fqdn("login.example.com"),
            fqdn("auth.example.com."),
        ),
        case(
            CUSTOM_DOMAIN.code,
            "Domain",
            fqdn("auth.example.com"),
            fqdn("Auth.Example.com"),
        ),
        case(
            CUSTOM_DOMAIN.code,
            "Domain",
            fqdn("auth.cognito.example.com"),
            fqdn("auth_x.example.com"),
        ),
        // Certificate ARN: length, pattern, then ACM in us-east-1.
        case(
            CERTIFICATE_ARN.code,
            "CustomDomainConfig.CertificateArn",
            domain()
                .domain("auth.example.com")
                .custom_domain_config(custom_with("arn:a:acm:us-east-1:1:c")),
            domain()
                .domain("auth.example.com")
                .custom_domain_config(custom_with("arn:a:acm:us-east-1")),
        ),
        case(
            CERTIFICATE_ARN.code,
            "CustomDomainConfig.CertificateArn",
            domain()
                .domain("auth.example.com")
                .custom_domain_config(custom_with(&cert_of_len(2048))),
            domain()
                .domain("auth.example.com")
                .custom_domain_config(custom_with(&cert_of_len(2049))),
        ),
        case(
            CERTIFICATE_ARN.code,
            "CustomDomainConfig.CertificateArn",
            fqdn("auth.example.com"),
            domain()
                .domain("auth.example.com")
                .custom_domain_config(custom_with("arn:aws:acm:us-east-1:account:certificate/x")),
        ),
        case(
            CERTIFICATE_REGION.code,
            "CustomDomainConfig.CertificateArn",
            fqdn("auth.example.com"),
            domain()
                .domain("auth.example.com")
                .custom_domain_config(custom_with(
                    "arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d",
                )),
        ),
        case(
            CERTIFICATE_REGION.code,
            "CustomDomainConfig.CertificateArn",
            domain()
                .domain("auth.example.com")
                .custom_domain_config(custom_with(
                    "arn:aws-cn:acm:us-east-1:123456789012:certificate/0a1b2c3d",
                )),
            domain()
                .domain("auth.example.com")
                .custom_domain_config(custom_with(
                    "arn:aws:iam::123456789012:server-certificate/auth",
                )),
        ),
        case(
            CERTIFICATE_REGION.code,
            "CustomDomainConfig.CertificateArn",
            fqdn("auth.example.com"),
            domain()
                .domain("auth.example.com")
                .custom_domain_config(custom_with(
                    "arn:aws-cn:acm:cn-north-1:123456789012:certificate/0a1b2c3d",
                )),
        ),
        case(
            SECURITY_POLICY.code,
            "CustomDomainConfig.SecurityPolicy",
            domain()
                .domain("auth.example.com")
                .custom_domain_config(policy("TLS_V1_3_2025")),
            domain()
                .domain("auth.example.com")
                .custom_domain_config(policy("TLS_V1_1")),
        ),
        // SR-104 values.
        case(
            MANAGED_LOGIN_VERSION.code,
            "ManagedLoginVersion",
            domain().managed_login_version(1),
            domain().managed_login_version(0),
        ),
        case(
            MANAGED_LOGIN_VERSION.code,
            "ManagedLoginVersion",
            domain().managed_login_version(2),
            domain().managed_login_version(3),
        ),
        // Routing.
        case(
            SECONDARY_REGION.code,
            "Routing.Failover.SecondaryRegion",
            failover("ab-c1", "hc"),
            failover("ab-c", "hc"),
        ),
        case(
            SECONDARY_REGION.code,
            "Routing.Failover.SecondaryRegion",
            failover(&"r".repeat(32), "hc"),
            failover(&"r".repeat(33), "hc"),
        ),
        case(
            HEALTH_CHECK_ID.code,
            "Routing.Failover.PrimaryRoute53HealthCheckId",
            failover("us-west-2", &"h".repeat(64)),
            failover("us-west-2", &"h".repeat(65)),
        ),
        case(
            ROUTING_NEEDS_CUSTOM_DOMAIN.code,
            "Routing",
            failover("us-west-2", ""),
            domain().routing(routing("us-west-2", "")),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fully_qualified_names() {
        for ok in ["a.b", "auth.example.com", "x-1.y-2.z", "1.2"] {
            assert!(is_fully_qualified(ok), "{ok}");
        }
        for bad in [
            "a", "", ".", "a.", ".a", "a..b", "a.-b", "a.b-", "A.b", "é.com",
        ] {
            assert!(!is_fully_qualified(bad), "{bad}");
        }
    }

    #[test]
    fn certificate_region_field() {
        assert!(is_us_east_1_certificate(
            "arn:aws:acm:us-east-1:1:certificate/x"
        ));
        assert!(!is_us_east_1_certificate(
            "arn:aws:acm:us-east-2:1:certificate/x"
        ));
        assert!(!is_us_east_1_certificate("arn:aws:acm"));
        assert!(!is_us_east_1_certificate(""));
    }
}
