//! A strategy for any wizard the builders can make: every setter of every step, with text that
//! trips formats up.

use std::fmt::Debug;

use cognito_wizard::{
    AccountRecovery, App, AppClient, AppClientType, AuthFlow, Checkbox, ClientSecret,
    CustomAttribute, CustomClientSecret, CustomPasswordPolicy, Domain, EmailSender, FeaturePlan,
    InvitationMessage, LambdaTriggers, ManagedLoginVersion, MessageTemplates, Messaging, Mfa,
    MfaMethod, OAuth, OAuthGrantType, OAuthScope, Passkeys, PasswordPolicy, PasswordlessFactor,
    PreTokenGenerationVersion, RememberDevices, Security, SignIn, SignInOption, SignUp,
    SmsSettings, StandardAttribute, ThreatProtection, TokenValidity, UserPoolWizard,
    UserVerification, Verification, VerificationMessage,
};
use proptest::prelude::*;
use proptest::sample::subsequence;
fn subset<T: Checkbox + Debug>() -> BoxedStrategy<Vec<T>> {
    subsequence(T::ALL.to_vec(), 0..=T::ALL.len()).boxed()
}

/// Text with what trips formats up: YAML's `off`, `yes`, `null` and `~`, numbers, braces and
/// hashes of templates, quotes, colons, non-ASCII, the empty string.
fn text() -> BoxedStrategy<String> {
    const TRICKY: [&str; 11] = [
        "off", "yes", "null", "~", "1.5", "", " x ", "é✓", "{####}", "- a", "[a]",
    ];
    prop_oneof![
        3 => "[a-zA-Z0-9 _:/#{}.@'\"\\\\-]{0,16}",
        1 => prop::sample::select(TRICKY.to_vec()).prop_map(str::to_owned),
    ]
    .boxed()
}

fn opt<T: Debug + Clone + 'static>(s: BoxedStrategy<T>) -> BoxedStrategy<Option<T>> {
    prop::option::of(s).boxed()
}

fn texts() -> BoxedStrategy<Vec<String>> {
    prop::collection::vec(text(), 0..3).boxed()
}

fn sign_in() -> BoxedStrategy<SignIn> {
    let passkeys = (
        opt(text()),
        opt(prop::sample::select(vec![
            UserVerification::Preferred,
            UserVerification::Required,
        ])
        .boxed()),
        any::<bool>(),
    )
        .prop_map(|(rp, uv, mf)| {
            let mut p = Passkeys::default().multi_factor(mf);
            if let Some(rp) = rp {
                p = p.relying_party_id(rp);
            }
            if let Some(uv) = uv {
                p = p.user_verification(uv);
            }
            p
        });
    (
        subset::<SignInOption>(),
        any::<[bool; 3]>(),
        subset::<PasswordlessFactor>(),
        opt(passkeys.boxed()),
        prop::sample::select(vec![
            RememberDevices::Never,
            RememberDevices::Always,
            RememberDevices::UserOptIn,
        ]),
    )
        .prop_map(
            |(options, [preferred, case, challenge], passwordless, passkeys, remember)| {
                let mut s = SignIn::with(options)
                    .preferred_username(preferred)
                    .case_sensitive(case)
                    .passwordless(passwordless)
                    .remember_devices(remember)
                    .challenge_required_on_new_device(challenge);
                if let Some(p) = passkeys {
                    s = s.passkeys(p);
                }
                s
            },
        )
        .boxed()
}

fn security() -> BoxedStrategy<Security> {
    let custom = (any::<u8>(), any::<[bool; 4]>(), any::<u16>(), any::<u8>()).prop_map(
        |(len, [n, s, u, l], days, history)| {
            CustomPasswordPolicy::default()
                .minimum_length(len)
                .require_numbers(n)
                .require_special_characters(s)
                .require_uppercase(u)
                .require_lowercase(l)
                .temporary_password_validity_days(days)
                .password_history_size(history)
        },
    );
    let policy = prop_oneof![
        Just(PasswordPolicy::CognitoDefaults),
        custom.prop_map(PasswordPolicy::Custom)
    ];
    let mfa = prop_oneof![
        Just(Mfa::Off),
        subset::<MfaMethod>().prop_map(Mfa::optional),
        subset::<MfaMethod>().prop_map(Mfa::required),
    ];
    let threat = || {
        prop::sample::select(vec![
            ThreatProtection::Off,
            ThreatProtection::Audit,
            ThreatProtection::Enforced,
        ])
    };
    (
        policy,
        mfa,
        prop::sample::select(vec![
            AccountRecovery::Disabled,
            AccountRecovery::EmailOnly,
            AccountRecovery::SmsOnly,
            AccountRecovery::EmailThenSms,
            AccountRecovery::SmsThenEmail,
        ]),
        prop::sample::select(vec![
            FeaturePlan::Lite,
            FeaturePlan::Essentials,
            FeaturePlan::Plus,
        ]),
        threat(),
        threat(),
    )
        .prop_map(|(policy, mfa, recovery, plan, threat, custom_auth)| {
            Security::default()
                .password_policy(policy)
                .mfa(mfa)
                .account_recovery(recovery)
                .feature_plan(plan)
                .threat_protection(threat)
                .custom_auth_threat_protection(custom_auth)
        })
        .boxed()
}

fn sign_up() -> BoxedStrategy<SignUp> {
    let attribute = (
        text(),
        any::<bool>(),
        any::<bool>(),
        any::<[Option<i64>; 2]>(),
    )
        .prop_map(|(name, string, mutable, [min, max])| {
            let mut a = if string {
                CustomAttribute::string(name)
            } else {
                CustomAttribute::number(name)
            }
            .mutable(mutable);
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "any bound will do"
            )]
            if let Some(min) = min {
                a = a.min_length(min as u32).min_value(min);
            }
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "any bound will do"
            )]
            if let Some(max) = max {
                a = a.max_length(max as u32).max_value(max);
            }
            a
        });
    (
        any::<[bool; 2]>(),
        prop::sample::select(vec![
            Verification::Off,
            Verification::Email,
            Verification::PhoneNumber,
            Verification::PhoneNumberElseEmail,
        ]),
        subset::<StandardAttribute>(),
        prop::collection::vec(attribute, 0..3),
    )
        .prop_map(|([registration, keep], verification, required, custom)| {
            custom.into_iter().fold(
                SignUp::default()
                    .self_registration(registration)
                    .verification(verification)
                    .keep_original_value(keep)
                    .required_attributes(required),
                SignUp::custom_attribute,
            )
        })
        .boxed()
}

fn messaging() -> BoxedStrategy<Messaging> {
    let ses =
        (text(), opt(text()), opt(text()), opt(text())).prop_map(|(arn, from, reply, set)| {
            let mut ses = EmailSender::ses(arn);
            if let Some(from) = from {
                ses = ses.from(from);
            }
            if let Some(reply) = reply {
                ses = ses.reply_to(reply);
            }
            if let Some(set) = set {
                ses = ses.configuration_set(set);
            }
            EmailSender::from(ses)
        });
    let cognito = opt(text()).prop_map(|reply| match reply {
        Some(reply) => EmailSender::cognito().reply_to(reply),
        None => EmailSender::cognito(),
    });
    let sms = (text(), opt(text()), opt(text())).prop_map(|(arn, id, region)| {
        let mut sms = SmsSettings::new(arn);
        if let Some(id) = id {
            sms = sms.external_id(id);
        }
        if let Some(region) = region {
            sms = sms.sns_region(region);
        }
        sms
    });
    let three = || (opt(text()), opt(text()), opt(text()));
    let verification = (any::<bool>(), three()).prop_map(|(link, (subject, message, sms))| {
        let mut v = if link {
            VerificationMessage::link()
        } else {
            VerificationMessage::code()
        };
        if let Some(s) = subject {
            v = v.email_subject(s);
        }
        if let Some(m) = message {
            v = v.email_message(m);
        }
        if let Some(s) = sms {
            v = v.sms_message(s);
        }
        v
    });
    let invitation = three().prop_map(|(subject, message, sms)| {
        let mut i = InvitationMessage::default();
        if let Some(s) = subject {
            i = i.email_subject(s);
        }
        if let Some(m) = message {
            i = i.email_message(m);
        }
        if let Some(s) = sms {
            i = i.sms_message(s);
        }
        i
    });
    let templates =
        (verification, invitation, three()).prop_map(|(v, i, (sms, subject, message))| {
            let mut t = MessageTemplates::default().verification(v).invitation(i);
            if let Some(s) = sms {
                t = t.mfa_sms_message(s);
            }
            if let Some(s) = subject {
                t = t.mfa_email_subject(s);
            }
            if let Some(m) = message {
                t = t.mfa_email_message(m);
            }
            t
        });
    (prop_oneof![cognito, ses], opt(sms.boxed()), templates)
        .prop_map(|(email, sms, templates)| {
            let m = Messaging::email(email).templates(templates);
            match sms {
                Some(sms) => m.sms(sms),
                None => m,
            }
        })
        .boxed()
}

fn validity() -> BoxedStrategy<TokenValidity> {
    prop_oneof![
        any::<i32>().prop_map(TokenValidity::seconds),
        any::<i32>().prop_map(TokenValidity::minutes),
        any::<i32>().prop_map(TokenValidity::hours),
        any::<i32>().prop_map(TokenValidity::days),
    ]
    .boxed()
}

fn client() -> BoxedStrategy<AppClient> {
    let secret = prop_oneof![
        Just(ClientSecret::Generate),
        text().prop_map(|s| ClientSecret::Custom(CustomClientSecret::new(s))),
    ];
    let kind = prop_oneof![
        Just(AppClientType::Public),
        secret.clone().prop_map(AppClientType::Confidential),
        opt(secret.boxed()).prop_map(AppClientType::Other),
    ];
    let scope = prop_oneof![
        Just(OAuthScope::Email),
        Just(OAuthScope::OpenId),
        Just(OAuthScope::Phone),
        Just(OAuthScope::Profile),
        Just(OAuthScope::CognitoAdmin),
        text().prop_map(OAuthScope::Custom),
    ];
    let oauth = (
        subset::<OAuthGrantType>(),
        prop::collection::vec(scope, 0..4),
        texts(),
        texts(),
        opt(text()),
        texts(),
    )
        .prop_map(
            |(grants, scopes, callbacks, sign_outs, redirect, providers)| {
                let o = OAuth::authorization_code(callbacks)
                    .grant_types(grants)
                    .scopes(scopes)
                    .sign_out_urls(sign_outs)
                    .identity_providers(providers);
                match redirect {
                    Some(r) => o.default_redirect_uri(r),
                    None => o,
                }
            },
        );
    (
        (text(), kind, subset::<AuthFlow>(), opt(oauth.boxed())),
        (validity(), validity(), validity(), any::<i32>()),
        (any::<[bool; 3]>(), opt(texts()), opt(texts())),
    )
        .prop_map(
            |(
                (name, kind, flows, oauth),
                (refresh, access, id, session),
                ([prevent, revoke, propagate], read, write),
            )| {
                let mut c = AppClient::new(name, kind)
                    .auth_flows(flows)
                    .refresh_token_validity(refresh)
                    .access_token_validity(access)
                    .id_token_validity(id)
                    .auth_session_minutes(session)
                    .prevent_user_existence_errors(prevent)
                    .token_revocation(revoke)
                    .propagate_user_context_data(propagate);
                if let Some(o) = oauth {
                    c = c.oauth(o);
                }
                if let Some(r) = read {
                    c = c.read_attributes(r);
                }
                if let Some(w) = write {
                    c = c.write_attributes(w);
                }
                c
            },
        )
        .boxed()
}

fn triggers() -> BoxedStrategy<LambdaTriggers> {
    type Setter = fn(LambdaTriggers, String) -> LambdaTriggers;
    const SETTERS: [Setter; 11] = [
        |t, a| t.pre_sign_up(a),
        |t, a| t.post_confirmation(a),
        |t, a| t.user_migration(a),
        |t, a| t.pre_authentication(a),
        |t, a| t.post_authentication(a),
        |t, a| t.define_auth_challenge(a),
        |t, a| t.create_auth_challenge(a),
        |t, a| t.verify_auth_challenge_response(a),
        |t, a| t.custom_message(a),
        |t, a| t.custom_email_sender(a),
        |t, a| t.custom_sms_sender(a),
    ];
    let version = prop::sample::select(vec![
        PreTokenGenerationVersion::V1,
        PreTokenGenerationVersion::V2,
        PreTokenGenerationVersion::V3,
    ]);
    (
        prop::collection::vec(opt(text()), 11),
        opt((text(), version).boxed()),
        opt(text()),
    )
        .prop_map(|(arns, pre_token, kms)| {
            let mut t = SETTERS.iter().zip(arns).fold(
                LambdaTriggers::default(),
                |t, (set, arn)| match arn {
                    Some(arn) => set(t, arn),
                    None => t,
                },
            );
            if let Some((arn, version)) = pre_token {
                t = t.pre_token_generation(arn, version);
            }
            if let Some(kms) = kms {
                t = t.kms_key_id(kms);
            }
            t
        })
        .boxed()
}

fn app_step() -> BoxedStrategy<App> {
    let managed = prop::sample::select(vec![
        ManagedLoginVersion::ClassicHostedUi,
        ManagedLoginVersion::ManagedLogin,
    ]);
    let domain = (text(), opt(text()), opt(managed.boxed())).prop_map(|(name, cert, managed)| {
        let d = match cert {
            Some(cert) => Domain::custom(name, cert),
            None => Domain::prefix(name),
        };
        match managed {
            Some(m) => d.managed_login(m),
            None => d,
        }
    });
    (
        text(),
        opt(domain.boxed()),
        client(),
        prop::collection::vec((text(), text()), 0..3),
        any::<bool>(),
        triggers(),
    )
        .prop_map(|(name, domain, client, tags, protection, triggers)| {
            let mut b = App::builder().pool_name(name).client(client);
            for (k, v) in tags {
                b = b.tag(k, v);
            }
            let b = b.deletion_protection(protection).lambda_triggers(triggers);
            match domain {
                Some(d) => b.domain(d).build(),
                None => b.build(),
            }
        })
        .boxed()
}

pub(super) fn any_wizard() -> BoxedStrategy<UserPoolWizard> {
    (sign_in(), security(), sign_up(), messaging(), app_step())
        .prop_map(|(sign_in, security, sign_up, messaging, app)| {
            UserPoolWizard::builder()
                .sign_in(sign_in)
                .security(security)
                .sign_up(sign_up)
                .messaging(messaging)
                .app(app)
                .build()
        })
        .boxed()
}
