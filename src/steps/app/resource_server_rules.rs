//! The resource-server rules (step 5, integrate your app, where app clients get their custom
//! scopes): `CreateResourceServer` and `UpdateResourceServer`, whose requests have the same
//! members. An update replaces the server: `Name` is required again, and an omitted `Scopes`
//! removes every scope (SR-171), which is not refused. What needs the pool is not judged: a
//! unique `Identifier` (SR-168), the 25 servers per pool (SR-170), and the clients that use a
//! scope (SR-172, SR-173).

use aws_sdk_cognitoidentityprovider::operation::create_resource_server::CreateResourceServerInput;
use aws_sdk_cognitoidentityprovider::operation::update_resource_server::UpdateResourceServerInput;
use aws_sdk_cognitoidentityprovider::types::ResourceServerScopeType;

use crate::validate::check::{At, NAME, Report, SCOPE, pattern};
use crate::validate::shapes::RESOURCE_SERVER;
use crate::validate::{Rule, Step};

const fn rule(code: &'static str, path: &'static str, label: &'static str) -> Rule {
    Rule::new(code, Step::App, RESOURCE_SERVER, path, label)
}

/// `Identifier`: required, 1..256 printable ASCII without space, `"` and `\` (SR-168).
static IDENTIFIER: Rule = rule(
    "resource-server-identifier",
    "Identifier",
    "Resource server identifier",
)
.semantic("SR-168");
/// `Name`: required (on update too, SR-171), 1..256, `[\w\s+=,.@-]+`.
static NAME_RULE: Rule = rule("resource-server-name", "Name", "Resource server name");
/// `Scopes`: at most 100 (SR-170).
static SCOPES: Rule = rule("resource-server-scopes", "Scopes", "Custom scopes").semantic("SR-170");
/// `Scopes[].ScopeName`: 1..256 printable ASCII without space, `"`, `/` and `\` (SR-169).
/// Whether a server may list a name twice is unconfirmed: not refused.
static SCOPE_NAME: Rule = rule(
    "resource-server-scope-name",
    "Scopes[].ScopeName",
    "Scope name",
)
.semantic("SR-169");
/// `Scopes[].ScopeDescription`: 1..256.
static SCOPE_DESCRIPTION: Rule = rule(
    "resource-server-scope-description",
    "Scopes[].ScopeDescription",
    "Scope description",
);

/// Every rule of this file, for the catalog.
pub(crate) static RULES: &[&Rule] = &[
    &IDENTIFIER,
    &NAME_RULE,
    &SCOPES,
    &SCOPE_NAME,
    &SCOPE_DESCRIPTION,
];

pattern!(
    /// `ResourceServerScopeNameType`: the scope characters without `/`, which separates the
    /// server's identifier from the scope name in `identifier/name`.
    SCOPE_NAME_PATTERN = r"[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]+" => r"[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]+"
);

/// A resource-server request, create or update (the same members).
#[derive(Clone, Copy)]
pub(crate) enum ResourceServerRequest<'a> {
    /// A new resource server.
    Create(&'a CreateResourceServerInput),
    /// A replacement of an existing one.
    Update(&'a UpdateResourceServerInput),
}

/// Checks every member of a resource-server request but `UserPoolId`.
pub(crate) fn check(input: ResourceServerRequest<'_>, report: &mut Report) {
    let (identifier, name, scopes): (
        Option<&str>,
        Option<&str>,
        Option<&[ResourceServerScopeType]>,
    ) = match input {
        ResourceServerRequest::Create(i) => (i.identifier(), i.name(), i.scopes.as_deref()),
        ResourceServerRequest::Update(i) => (i.identifier(), i.name(), i.scopes.as_deref()),
    };
    match identifier {
        None => report.fail(&IDENTIFIER, At::Path, "is required"),
        Some(identifier) => report.text(&IDENTIFIER, At::Path, identifier, 1, 256, &SCOPE),
    }
    match name {
        None => report.fail(&NAME_RULE, At::Path, "is required"),
        Some(name) => report.text(&NAME_RULE, At::Path, name, 1, 256, &NAME),
    }
    let Some(scopes) = scopes else {
        return;
    };
    report.count(&SCOPES, At::Path, scopes.len(), 0, 100);
    for (i, scope) in scopes.iter().enumerate() {
        report.text(
            &SCOPE_NAME,
            At::Index(i),
            scope.scope_name(),
            1,
            256,
            &SCOPE_NAME_PATTERN,
        );
        report.length(
            &SCOPE_DESCRIPTION,
            At::Index(i),
            scope.scope_description(),
            1,
            256,
        );
    }
}

#[cfg(test)]
#[expect(
    clippy::too_many_lines,
    reason = "one table of cases, a few lines each"
)]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    use crate::validate::cases::{case, resource_server, update_resource_server};

    let scope = |name: &str, description: &str| {
        ResourceServerScopeType::builder()
            .scope_name(name)
            .scope_description(description)
            .build()
            .expect("both members set")
    };
    let scopes = |n: usize| {
        Some(
            (0..n)
                .map(|i| scope(&format!("scope{i}"), "A scope"))
                .collect::<Vec<_>>(),
        )
    };
    vec![
        // Identifier: required, 1..256, printable ASCII without space, `"` and `\`; URLs fine.
        case(
            IDENTIFIER.code,
            "Identifier",
            resource_server(),
            resource_server().set_identifier(None),
        ),
        case(
            IDENTIFIER.code,
            "Identifier",
            resource_server().identifier("a".repeat(256)),
            resource_server().identifier("a".repeat(257)),
        ),
        case(
            IDENTIFIER.code,
            "Identifier",
            resource_server().identifier("orders"),
            resource_server().identifier(""),
        ),
        case(
            IDENTIFIER.code,
            "Identifier",
            resource_server().identifier("https://api.example.com/v1?x=[1]"),
            resource_server().identifier("https://api.example.com/my api"),
        ),
        case(
            IDENTIFIER.code,
            "Identifier",
            resource_server().identifier("urn:orders:'v1'"),
            resource_server().identifier("urn:orders:\"v1\""),
        ),
        // Name: required (on update too, SR-171), 1..256, `[\w\s+=,.@-]+`.
        case(
            NAME_RULE.code,
            "Name",
            resource_server(),
            resource_server().set_name(None),
        ),
        case(
            NAME_RULE.code,
            "Name",
            update_resource_server(),
            update_resource_server().set_name(None),
        ),
        case(
            NAME_RULE.code,
            "Name",
            resource_server().name("n".repeat(256)),
            resource_server().name("n".repeat(257)),
        ),
        case(
            NAME_RULE.code,
            "Name",
            resource_server().name("Orders API v1.0 beta"),
            resource_server().name("Orders API (beta)"),
        ),
        // Scopes: at most 100 (SR-170); none at all is fine, also on update (SR-171).
        case(
            SCOPES.code,
            "Scopes",
            resource_server().set_scopes(scopes(100)),
            resource_server().set_scopes(scopes(101)),
        ),
        case(
            SCOPES.code,
            "Scopes",
            update_resource_server().set_scopes(Some(Vec::new())),
            update_resource_server().set_scopes(scopes(101)),
        ),
        // ScopeName: 1..256 of the scope characters without `/` (SR-169).
        case(
            SCOPE_NAME.code,
            "Scopes[1].ScopeName",
            resource_server()
                .scopes(scope("read", "Read"))
                .scopes(scope("orders.write:all", "Write")),
            resource_server()
                .scopes(scope("read", "Read"))
                .scopes(scope("orders/write", "Write")),
        ),
        case(
            SCOPE_NAME.code,
            "Scopes[0].ScopeName",
            resource_server().scopes(scope(&"s".repeat(256), "S")),
            resource_server().scopes(scope(&"s".repeat(257), "S")),
        ),
        case(
            SCOPE_NAME.code,
            "Scopes[0].ScopeName",
            resource_server().scopes(scope("s", "S")),
            resource_server().scopes(scope("", "S")),
        ),
        case(
            SCOPE_NAME.code,
            "Scopes[0].ScopeName",
            resource_server().scopes(scope("read_all", "S")),
            resource_server().scopes(scope("read all", "S")),
        ),
        // SR-170: duplicate scope names are unconfirmed: accepted.
        case(
            SCOPE_NAME.code,
            "Scopes[1].ScopeName",
            resource_server()
                .scopes(scope("read", "Read"))
                .scopes(scope("read", "Read again")),
            resource_server()
                .scopes(scope("read", "Read"))
                .scopes(scope("read\\", "Read again")),
        ),
        // ScopeDescription: 1..256, any characters.
        case(
            SCOPE_DESCRIPTION.code,
            "Scopes[0].ScopeDescription",
            resource_server().scopes(scope("read", "d")),
            resource_server().scopes(scope("read", "")),
        ),
        case(
            SCOPE_DESCRIPTION.code,
            "Scopes[0].ScopeDescription",
            resource_server().scopes(scope("read", &"é".repeat(256))),
            resource_server().scopes(scope("read", &"é".repeat(257))),
        ),
    ]
}
