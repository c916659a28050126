//! The review pages of the console-default scenario and of a federated plan against their
//! golden files, and the warnings.
//!
//! Regenerate the golden files after an intended change with
//! `UPDATE_GOLDEN=1 cargo test --test it review_page`.

use cognito_wizard::validate::Step;
use cognito_wizard::{
    AccountRecovery, App, AppClient, Domain, EmailSender, GoogleProvider, Messaging, Mfa, OAuth,
    ResourceServer, SamlMetadata, SamlProvider, Secret, Security, SignIn, SignInOption, SignUp,
    StandardAttribute, UserPoolWizard, Warning,
};

const GOLDEN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/review_console_default.txt"
);

const FEDERATED_GOLDEN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/review_federated.txt"
);

/// The Google client secret of [`federated`], which no page may show.
const GOOGLE_SECRET: &str = "GOCSPX-golden-page-secret-3f9a";

use crate::seed;

/// The seed: sign in with e-mail, every other step at its default, "Send email with Cognito",
/// pool `my-user-pool`, public app client `my-app-client`.
fn console_default() -> UserPoolWizard {
    seed::wizard()
}

fn wizard(sign_in: SignIn, security: Security, app: App) -> UserPoolWizard {
    UserPoolWizard::builder()
        .sign_in(sign_in)
        .security(security)
        .sign_up(SignUp::default())
        .messaging(Messaging::email(EmailSender::cognito()))
        .app(app)
        .build()
}

/// The lines that differ, numbered, `-` expected and `+` actual.
fn line_diff(expected: &str, actual: &str) -> String {
    use std::fmt::Write as _;

    let expected: Vec<&str> = expected.lines().collect();
    let actual: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    for i in 0..expected.len().max(actual.len()) {
        let (e, a) = (expected.get(i), actual.get(i));
        if e != a {
            if let Some(e) = e {
                let _ = writeln!(out, "{:>4} - {e}", i + 1);
            }
            if let Some(a) = a {
                let _ = writeln!(out, "{:>4} + {a}", i + 1);
            }
        }
    }
    out
}

/// `page` is the golden file `golden`, or becomes it with `UPDATE_GOLDEN`.
fn assert_golden(golden: &str, page: &str) {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(golden, page).expect("write the golden file");
        return;
    }
    let expected = std::fs::read_to_string(golden)
        .unwrap_or_else(|e| panic!("{golden}: {e} (create it with UPDATE_GOLDEN=1)"));
    assert!(
        page == expected,
        "the review page differs from {golden} (line, - expected, + actual); \
         if the change is intended, rerun with UPDATE_GOLDEN=1:\n{}",
        line_diff(&expected, page)
    );
}

#[test]
fn console_default_review_page_matches_the_golden_file() {
    let page = console_default()
        .review()
        .expect("the console-default scenario passes review")
        .to_string();
    assert_golden(GOLDEN, &page);
}

/// Sign in with an e-mail address, Google or the corporate SAML provider; a web app that
/// offers all three, and a machine-to-machine worker with a custom scope of the orders API.
pub(crate) fn federated() -> UserPoolWizard {
    let orders = ResourceServer::new("https://api.example.com/orders", "Orders API")
        .scope("read", "Read orders")
        .scope("write", "Create and change orders");
    UserPoolWizard::builder()
        .sign_in(
            SignIn::with([SignInOption::Email])
                .identity_provider(
                    GoogleProvider::new(
                        "1234-abcd.apps.googleusercontent.com",
                        Secret::new(GOOGLE_SECRET),
                        ["openid", "email", "profile"],
                    )
                    .map_attribute(StandardAttribute::Email, "email")
                    .map_attribute(StandardAttribute::Name, "name"),
                )
                .identity_provider(
                    SamlProvider::new(
                        "Corporate",
                        SamlMetadata::url("https://idp.example.com/saml/metadata"),
                    )
                    .sign_out(true)
                    .map_attribute(
                        StandardAttribute::Email,
                        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
                    )
                    .identifiers(["example.com"]),
                ),
        )
        .messaging(Messaging::email(EmailSender::cognito()))
        .app(
            App::builder()
                .pool_name("my-user-pool")
                .domain(Domain::prefix("my-login"))
                .client(
                    AppClient::public("web").oauth(
                        OAuth::authorization_code(["https://app.example.com/callback"])
                            .sign_out_urls(["https://app.example.com/"])
                            .identity_providers(["COGNITO", "Google", "Corporate"]),
                    ),
                )
                .additional_client(AppClient::machine_to_machine(
                    "orders-worker",
                    [orders.oauth_scope("write")],
                ))
                .resource_server(orders)
                .build(),
        )
        .build()
}

#[test]
fn federated_review_page_matches_the_golden_file() {
    let plan = federated()
        .review()
        .expect("the federated plan passes review");
    let page = plan.to_string();
    assert!(!page.contains(GOOGLE_SECRET));
    assert!(!format!("{plan:?}").contains(GOOGLE_SECRET));
    assert_golden(FEDERATED_GOLDEN, &page);
}

#[test]
fn a_federated_plan_refers_only_to_what_it_creates() {
    assert!(federated().review().is_ok());
    // A plan whose web client offers a SAML provider the plan does not have.
    let errors = UserPoolWizard::builder()
        .sign_in(
            SignIn::with([SignInOption::Email]).identity_provider(GoogleProvider::new(
                "1234-abcd.apps.googleusercontent.com",
                Secret::new(GOOGLE_SECRET),
                ["openid"],
            )),
        )
        .messaging(Messaging::email(EmailSender::cognito()))
        .app(
            App::builder()
                .pool_name("my-user-pool")
                .client(
                    AppClient::public("web").oauth(
                        OAuth::authorization_code(["https://app.example.com/callback"])
                            .identity_providers(["COGNITO", "Google", "Corporate"]),
                    ),
                )
                .build(),
        )
        .build()
        .review()
        .unwrap_err();
    assert_eq!(errors.len(), 1, "{errors}");
    let violation = &errors.violations()[0];
    assert_eq!(violation.code(), "client-identity-providers-defined");
    assert_eq!(violation.path(), "SupportedIdentityProviders[2]");
    assert!(violation.message().contains("\"web\""));
    assert!(violation.message().contains("\"Corporate\""));
    assert!(!errors.to_string().contains(GOOGLE_SECRET));
}

#[test]
fn console_default_sends_exactly_the_hand_built_requests() {
    // Also what keeps the review bench honest: both of its sides build these requests.
    let plan = console_default().review().unwrap();
    assert_eq!(
        plan.create_user_pool().build().unwrap(),
        seed::create_user_pool().build().unwrap()
    );
    assert_eq!(
        plan.set_user_pool_mfa_config().map(|b| b.build().unwrap()),
        Some(seed::set_user_pool_mfa_config().build().unwrap())
    );
    assert!(plan.create_user_pool_domain().is_none());
    assert_eq!(
        plan.create_user_pool_client().build().unwrap(),
        seed::create_user_pool_client().build().unwrap()
    );
}

#[test]
fn console_default_has_no_warnings() {
    let plan = console_default().review().unwrap();
    assert_eq!(plan.warnings(), []);
    assert!(plan.to_string().contains("Warnings\n  None\n"));
}

#[test]
fn every_weak_choice_has_its_warning_and_only_it() {
    let seed_app = || App::builder().pool_name("my-user-pool");
    let email = || SignIn::with([SignInOption::Email]);
    let public = || AppClient::public("my-app-client");
    let weak: [(&str, Step, UserPoolWizard); 5] = [
        (
            "case-sensitive-user-names",
            Step::SignIn,
            wizard(
                email().case_sensitive(true),
                Security::default(),
                seed_app().client(public()).build(),
            ),
        ),
        (
            "mfa-off",
            Step::Security,
            wizard(
                email(),
                Security::default().mfa(Mfa::Off),
                seed_app().client(public()).build(),
            ),
        ),
        (
            "no-self-service-recovery",
            Step::Security,
            wizard(
                email(),
                Security::default().account_recovery(AccountRecovery::Disabled),
                seed_app().client(public()).build(),
            ),
        ),
        (
            "user-existence-errors-not-prevented",
            Step::App,
            wizard(
                email(),
                Security::default(),
                seed_app()
                    .client(public().prevent_user_existence_errors(false))
                    .build(),
            ),
        ),
        (
            "deletion-protection-off",
            Step::App,
            wizard(
                email(),
                Security::default(),
                seed_app()
                    .client(public())
                    .deletion_protection(false)
                    .build(),
            ),
        ),
    ];
    for (code, step, wizard) in weak {
        let plan = wizard
            .review()
            .unwrap_or_else(|e| panic!("{code}: a weak choice still passes review:\n{e}"));
        let warnings = plan.warnings();
        assert_eq!(warnings.len(), 1, "{code}: {warnings:?}");
        assert_eq!(warnings[0].code(), code);
        assert_eq!(warnings[0].step(), step);
        let page = plan.to_string();
        let section = &page[page.find("\nWarnings\n").expect("a warnings section")..];
        assert!(section.contains(&format!("[{code}]")), "{code}:\n{page}");
        assert!(section.contains(warnings[0].message()));
    }
}

#[test]
fn all_warnings_at_once_in_wizard_order() {
    let plan = wizard(
        SignIn::with([SignInOption::Email]).case_sensitive(true),
        Security::default()
            .mfa(Mfa::Off)
            .account_recovery(AccountRecovery::Disabled),
        App::builder()
            .pool_name("my-user-pool")
            .client(AppClient::public("my-app-client").prevent_user_existence_errors(false))
            .deletion_protection(false)
            .build(),
    )
    .review()
    .unwrap();
    let codes: Vec<&str> = plan.warnings().iter().map(Warning::code).collect();
    assert_eq!(
        codes,
        [
            "case-sensitive-user-names",
            "mfa-off",
            "no-self-service-recovery",
            "user-existence-errors-not-prevented",
            "deletion-protection-off",
        ]
    );
}
