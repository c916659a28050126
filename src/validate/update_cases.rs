//! Cases for what an update means beyond its create twin (see `cases::Input::twin`): an update
//! is judged as sent, an absent `UserPoolTier` keeps the pool's plan (SR-123), an omitted
//! `AutoVerifiedAttributes` resets (SR-121), rules that need the stored pool or client do not
//! fire (SR-012/SR-130, SR-013/SR-131, SR-138), and a domain is named, not configured (SR-144).
//! Each case's rejected side breaks the rule it names; its accepted side is what a create would
//! refuse, or what the update leaves to the stored state.

use aws_sdk_cognitoidentityprovider::types::{
    AcrLevelConfigType, AdvancedSecurityModeType, AuthFactorType, CustomDomainConfigType,
    FailoverType, LambdaConfigType, OAuthFlowType, PasswordPolicyType,
    PreTokenGenerationLambdaVersionType, PreTokenGenerationVersionConfigType, RoutingType,
    SignInPolicyType, UserAttributeUpdateSettingsType, UserPoolAddOnsType, UserPoolMfaType,
    UserPoolPolicyType, UserPoolTierType, VerifiedAttributeType,
};

use super::cases::{Case, case, update_client, update_domain, update_pool};

#[expect(
    clippy::too_many_lines,
    reason = "one table of cases, a few lines each"
)]
pub(crate) fn cases() -> Vec<Case> {
    let lite = || update_pool().user_pool_tier(UserPoolTierType::Lite);
    let history = |n| {
        UserPoolPolicyType::builder()
            .password_policy(
                PasswordPolicyType::builder()
                    .password_history_size(n)
                    .build(),
            )
            .build()
    };
    let factors = |list: &[&str]| {
        UserPoolPolicyType::builder()
            .sign_in_policy(
                SignInPolicyType::builder()
                    .set_allowed_first_auth_factors(Some(
                        list.iter().map(|f| AuthFactorType::from(*f)).collect(),
                    ))
                    .build(),
            )
            .build()
    };
    let audit = || {
        UserPoolAddOnsType::builder()
            .advanced_security_mode(AdvancedSecurityModeType::Audit)
            .build()
            .expect("mode set")
    };
    let custom_acr = || {
        Some(std::collections::HashMap::from([(
            "Level1".to_owned(),
            AcrLevelConfigType::builder()
                .acr_value("urn:example:gold")
                .build()
                .expect("value set"),
        )]))
    };
    let pre_token_v2 = || {
        LambdaConfigType::builder()
            .pre_token_generation_config(
                PreTokenGenerationVersionConfigType::builder()
                    .lambda_arn("arn:aws:lambda:us-east-1:123456789012:function:tokens")
                    .lambda_version(PreTokenGenerationLambdaVersionType::V20)
                    .build()
                    .expect("both members set"),
            )
            .build()
    };
    let keep_email = |attributes: &[&str]| {
        UserAttributeUpdateSettingsType::builder()
            .set_attributes_require_verification_before_update(Some(
                attributes
                    .iter()
                    .map(|a| VerifiedAttributeType::from(*a))
                    .collect(),
            ))
            .build()
    };
    let failover = || {
        RoutingType::builder()
            .failover(
                FailoverType::builder()
                    .secondary_region("us-west-2")
                    .primary_route53_health_check_id("abcdef01-2345-6789-abcd-ef0123456789")
                    .build()
                    .expect("both members set"),
            )
            .build()
    };
    let settings = "UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate[0]";
    vec![
        // SR-123 / SR-133: the plan gates judge the tier an update sends; without one, the
        // pool keeps its plan, which the request does not show.
        case(
            "password-history-needs-essentials",
            "Policies.PasswordPolicy.PasswordHistorySize",
            update_pool().policies(history(5)),
            lite().policies(history(5)),
        ),
        case(
            "passwordless-needs-essentials",
            "Policies.SignInPolicy.AllowedFirstAuthFactors[1]",
            update_pool().policies(factors(&["PASSWORD", "EMAIL_OTP"])),
            lite().policies(factors(&["PASSWORD", "EMAIL_OTP"])),
        ),
        case(
            "threat-protection-needs-plus",
            "UserPoolAddOns.AdvancedSecurityMode",
            update_pool().user_pool_add_ons(audit()),
            update_pool()
                .user_pool_tier(UserPoolTierType::Essentials)
                .user_pool_add_ons(audit()),
        ),
        case(
            "acr-names-need-essentials",
            "AcrConfiguration{value}.AcrValue",
            update_pool().set_acr_configuration(custom_acr()),
            lite().set_acr_configuration(custom_acr()),
        ),
        case(
            "pre-token-generation-version-needs-tier",
            "LambdaConfig.PreTokenGenerationConfig.LambdaVersion",
            update_pool().lambda_config(pre_token_v2()),
            lite().lambda_config(pre_token_v2()),
        ),
        // SR-121: sent settings are judged against the AutoVerifiedAttributes the update
        // leaves, which an omitted list resets to empty; omitted settings are the pool's, and
        // an empty list clears them.
        case(
            "verify-before-update-needs-auto-verification",
            settings,
            update_pool().user_attribute_update_settings(keep_email(&[])),
            update_pool().user_attribute_update_settings(keep_email(&["email"])),
        ),
        case(
            "verify-before-update-needs-auto-verification",
            settings,
            update_pool()
                .auto_verified_attributes(VerifiedAttributeType::Email)
                .user_attribute_update_settings(keep_email(&["email"])),
            update_pool()
                .auto_verified_attributes(VerifiedAttributeType::PhoneNumber)
                .sms_configuration(
                    aws_sdk_cognitoidentityprovider::types::SmsConfigurationType::builder()
                        .sns_caller_arn("arn:aws:iam::123456789012:role/sms")
                        .build(),
                )
                .user_attribute_update_settings(keep_email(&["email"])),
        ),
        case(
            "verify-before-update-needs-auto-verification",
            settings,
            update_pool().auto_verified_attributes(VerifiedAttributeType::Email),
            update_pool()
                .set_auto_verified_attributes(Some(Vec::new()))
                .user_attribute_update_settings(keep_email(&["email"])),
        ),
        // SR-012 / SR-130: an update may turn MFA on with the factors the pool has, and keeps
        // an omitted SmsConfiguration (SR-131): only the mode's own value is judged.
        case(
            "mfa-configuration",
            "MfaConfiguration",
            update_pool().mfa_configuration(UserPoolMfaType::On),
            update_pool().mfa_configuration(UserPoolMfaType::from("REQUIRED")),
        ),
        // SR-013 / SR-131: phone verification without SmsConfiguration in the update uses the
        // pool's sender.
        case(
            "auto-verified-attributes",
            "AutoVerifiedAttributes[0]",
            update_pool().auto_verified_attributes(VerifiedAttributeType::PhoneNumber),
            update_pool().auto_verified_attributes(VerifiedAttributeType::from("address")),
        ),
        // SR-127: a rename follows the create constraints; no name keeps the pool's.
        case(
            "pool-name",
            "PoolName",
            update_pool().pool_name("renamed pool"),
            update_pool().pool_name("renamed pool!"),
        ),
        // SR-138: whether the client has a secret is the stored client's, so the secret rules
        // do not judge an update; the rest of the OAuth rules do.
        case(
            "client-credentials-alone",
            "AllowedOAuthFlows",
            update_client()
                .allowed_o_auth_flows(OAuthFlowType::ClientCredentials)
                .allowed_o_auth_scopes("https://api.example.com/orders.read")
                .allowed_o_auth_flows_user_pool_client(true)
                .enable_propagate_additional_user_context_data(true),
            update_client()
                .allowed_o_auth_flows(OAuthFlowType::ClientCredentials)
                .allowed_o_auth_flows(OAuthFlowType::Code)
                .callback_urls("https://example.com/callback")
                .allowed_o_auth_scopes("https://api.example.com/orders.read")
                .allowed_o_auth_flows_user_pool_client(true),
        ),
        // SR-135 / SR-136: omitted units are the defaults, so 60 means 60 hours.
        case(
            "access-token-lifetime",
            "AccessTokenValidity",
            update_client().access_token_validity(24),
            update_client().access_token_validity(60),
        ),
        // SR-144: an update names a custom domain by its full name, with or without its
        // certificate; a prefix is a single label.
        case(
            "custom-domain-name",
            "Domain",
            update_domain().domain("auth.example.com"),
            update_domain().domain("auth..example.com"),
        ),
        case(
            "custom-domain-name",
            "Domain",
            update_domain()
                .domain("auth.example.com")
                .custom_domain_config(
                    CustomDomainConfigType::builder()
                        .certificate_arn("arn:aws:acm:us-east-1:123456789012:certificate/abcd-1234")
                        .build()
                        .expect("certificate set"),
                ),
            update_domain().domain("auth").custom_domain_config(
                CustomDomainConfigType::builder()
                    .certificate_arn("arn:aws:acm:us-east-1:123456789012:certificate/abcd-1234")
                    .build()
                    .expect("certificate set"),
            ),
        ),
        case(
            "routing-needs-custom-domain",
            "Routing",
            update_domain()
                .domain("auth.example.com")
                .routing(failover()),
            update_domain().domain("my-login").routing(failover()),
        ),
        // SR-101 judges a new prefix; an update names an existing one.
        case(
            "domain-prefix",
            "Domain",
            update_domain().domain("my-aws-app"),
            update_domain().domain("My-App"),
        ),
    ]
}

mod tests {
    use aws_sdk_cognitoidentityprovider::operation::add_custom_attributes::AddCustomAttributesInput;
    use aws_sdk_cognitoidentityprovider::operation::create_identity_provider::CreateIdentityProviderInput;
    use aws_sdk_cognitoidentityprovider::operation::create_resource_server::CreateResourceServerInput;
    use aws_sdk_cognitoidentityprovider::operation::set_user_pool_mfa_config::SetUserPoolMfaConfigInput;
    use aws_sdk_cognitoidentityprovider::operation::update_identity_provider::UpdateIdentityProviderInput;
    use aws_sdk_cognitoidentityprovider::operation::update_user_pool_domain::UpdateUserPoolDomainInput;
    use aws_sdk_cognitoidentityprovider::types::{
        AttributeDataType, EmailMfaConfigType, EumsSmsConfigurationType, IdentityProviderTypeType,
        NumberAttributeConstraintsType, ResourceServerScopeType, SchemaAttributeType,
        SmsConfigurationType, SmsMfaConfigType, StringAttributeConstraintsType, UserPoolMfaType,
        WebAuthnConfigurationType,
    };
    use proptest::prelude::*;
    use std::collections::HashMap;

    use crate::validate;

    /// Short strings of any characters, the keys the rules look for, and a long one.
    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            6 => proptest::string::string_regex("(?s).{0,24}").expect("regex"),
            2 => proptest::sample::select(vec![
                "", "true", "GET", "https://", "http://x", "custom:", "dev:", "custom:a",
                "Level1", "rsa-sha256", "{####}", "0", "-1", "2049", "1e3", "é", "_a",
                "oidc_issuer", "MetadataURL", "MetadataFile", "IDPSignout", "authorize_url",
                "client_id", "SSORedirectBindingURI", "attributes_request_method",
                "RequestSigningAlgorithm", "Google", "SAML", "OIDC", "String", "Number",
            ])
            .prop_map(str::to_owned),
            1 => (0..300usize).prop_map(|n| "ж".repeat(n)),
        ]
    }

    fn map() -> impl Strategy<Value = HashMap<String, String>> {
        proptest::collection::hash_map(text(), text(), 0..6)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn the_new_entry_points_never_panic(
            (a, b, c, d) in (text(), text(), text(), text()),
            (details, mapping, acr) in (map(), map(), map()),
            list in proptest::collection::vec(text(), 0..60),
            version in any::<i32>(),
            flags in any::<[bool; 2]>(),
        ) {
            let idp = CreateIdentityProviderInput::builder()
                .user_pool_id(&a)
                .provider_name(&b)
                .provider_type(IdentityProviderTypeType::from(c.as_str()))
                .set_provider_details(Some(details.clone()))
                .set_attribute_mapping(Some(mapping.clone()))
                .set_idp_identifiers(Some(list.clone()))
                .set_acr_mapping(Some(acr.clone()))
                .build()
                .expect("optional members");
            let _ = validate::create_identity_provider(&idp).map_err(|e| e.to_string());
            let idp = UpdateIdentityProviderInput::builder()
                .provider_name(&b)
                .set_provider_details(Some(details))
                .set_attribute_mapping(Some(mapping))
                .set_acr_mapping(Some(acr))
                .build()
                .expect("optional members");
            let _ = validate::update_identity_provider(&idp).map_err(|e| e.to_string());

            let scopes = list
                .iter()
                .map(|s| {
                    ResourceServerScopeType::builder()
                        .scope_name(s)
                        .scope_description(&d)
                        .build()
                        .expect("members set")
                })
                .collect();
            let server = CreateResourceServerInput::builder()
                .identifier(&a)
                .name(&b)
                .set_scopes(Some(scopes))
                .build()
                .expect("optional members");
            let _ = validate::create_resource_server(&server).map_err(|e| e.to_string());

            let attributes = list
                .iter()
                .map(|name| {
                    SchemaAttributeType::builder()
                        .name(name)
                        .attribute_data_type(AttributeDataType::from(c.as_str()))
                        .required(flags[0])
                        .string_attribute_constraints(
                            StringAttributeConstraintsType::builder()
                                .min_length(&a)
                                .max_length(&b)
                                .build(),
                        )
                        .number_attribute_constraints(
                            NumberAttributeConstraintsType::builder()
                                .min_value(&c)
                                .max_value(&d)
                                .build(),
                        )
                        .build()
                })
                .collect();
            let add = AddCustomAttributesInput::builder()
                .user_pool_id(&a)
                .set_custom_attributes(Some(attributes))
                .build()
                .expect("optional members");
            let _ = validate::add_custom_attributes(&add).map_err(|e| e.to_string());

            let eums = EumsSmsConfigurationType::builder()
                .caller_arn(&a)
                .region(&b)
                .build()
                .expect("caller ARN set");
            let mfa = SetUserPoolMfaConfigInput::builder()
                .mfa_configuration(UserPoolMfaType::from(c.as_str()))
                .sms_mfa_configuration(
                    SmsMfaConfigType::builder()
                        .sms_authentication_message(&d)
                        .sms_configuration(
                            SmsConfigurationType::builder()
                                .sns_caller_arn(&b)
                                .set_eums_sms(flags[1].then_some(eums))
                                .build(),
                        )
                        .build(),
                )
                .email_mfa_configuration(EmailMfaConfigType::builder().message(&a).subject(&b).build())
                .web_authn_configuration(
                    WebAuthnConfigurationType::builder().relying_party_id(&c).build(),
                )
                .build()
                .expect("optional members");
            let _ = validate::set_user_pool_mfa_config(&mfa).map_err(|e| e.to_string());

            let domain = UpdateUserPoolDomainInput::builder()
                .user_pool_id(&a)
                .domain(&b)
                .managed_login_version(version)
                .build()
                .expect("optional members");
            let _ = validate::update_user_pool_domain(&domain).map_err(|e| e.to_string());
        }
    }
}
