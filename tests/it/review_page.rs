//! The review page of the console-default scenario against its golden file, and the warnings.
//!
//! Regenerate the golden file after an intended change with
//! `UPDATE_GOLDEN=1 cargo test --test it review_page`.

use cognito_wizard::validate::Step;
use cognito_wizard::{
    AccountRecovery, App, AppClient, EmailSender, Messaging, Mfa, Security, SignIn, SignInOption,
    SignUp, UserPoolWizard, Warning,
};

const GOLDEN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/review_console_default.txt"
);

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

#[test]
fn console_default_review_page_matches_the_golden_file() {
    let page = console_default()
        .review()
        .expect("the console-default scenario passes review")
        .to_string();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN, &page).expect("write the golden file");
        return;
    }
    let expected = std::fs::read_to_string(GOLDEN)
        .unwrap_or_else(|e| panic!("{GOLDEN}: {e} (create it with UPDATE_GOLDEN=1)"));
    assert!(
        page == expected,
        "the review page differs from {GOLDEN} (line, - expected, + actual); \
         if the change is intended, rerun with UPDATE_GOLDEN=1:\n{}",
        line_diff(&expected, &page)
    );
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
