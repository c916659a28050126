//! Arbitrary `UpdateUserPool` and `UpdateUserPoolClient` requests: the create generators'
//! requests as updates. An update carries its create twin's shared members (the members only
//! a create has are left out) plus the member that names what it changes (`UserPoolId`,
//! `ClientId`), which is numbered first so that it too gets its wild values.
//!
//! Clean create requests are coherent for the create rules; as updates they are judged as sent,
//! which accepts at least as much (an absent tier is the pool's, not ESSENTIALS) except for the
//! update-only rule SR-116 (required MFA with one-time-code first factors), which the summary
//! lists among the clean refusals.

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::builders::CreateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::create_user_pool_client::builders::CreateUserPoolClientInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::UpdateUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool::builders::UpdateUserPoolInputBuilder;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::UpdateUserPoolClientInput;
use aws_sdk_cognitoidentityprovider::operation::update_user_pool_client::builders::UpdateUserPoolClientInputBuilder;
use proptest::prelude::*;

use super::generate::{Cx, Mode, Presence, Text, chars, padded, text, user_pool_id};
use super::{client, pool};

/// `UserPoolId` plus every `CreateUserPool` member.
pub(super) fn pool_member_count() -> usize {
    pool::member_count() + 1
}

pub(super) fn pool_strategy(members: usize) -> BoxedStrategy<(Mode, UpdateUserPoolInputBuilder)> {
    (super::mode(members), pool::knobs())
        .prop_flat_map(|(mode, knobs)| {
            let mut cx = Cx::new(mode);
            let id = cx.member(Presence::Always, user_pool_id());
            let create = pool::pool(&mut cx, &knobs);
            (
                Just(mode),
                (id, create).prop_map(|(id, create)| update_pool(&create).set_user_pool_id(id)),
            )
        })
        .boxed()
}

/// `ClientId` plus every `CreateUserPoolClient` member.
pub(super) fn client_member_count() -> usize {
    client::member_count() + 1
}

pub(super) fn client_strategy(
    members: usize,
) -> BoxedStrategy<(Mode, UpdateUserPoolClientInputBuilder)> {
    (super::mode(members), client::knobs())
        .prop_flat_map(|(mode, knobs)| {
            let mut cx = Cx::new(mode);
            let id = cx.member(Presence::Always, client_id());
            let create = client::client(&mut cx, &knobs);
            (
                Just(mode),
                (id, create).prop_map(|(id, create)| update_client(&create).set_client_id(id)),
            )
        })
        .boxed()
}

/// An app client id (`ClientIdType`: 1..128, `[\w+]+`).
fn client_id() -> Text {
    text(
        chars(&['a', 'z', 'A', 'Z', '0', '9', '_', '+'], 1..=32),
        1,
        128,
        |n| padded("1example", '9', n),
    )
}

/// The members `UpdateUserPool` shares with `CreateUserPool`.
fn update_pool(b: &CreateUserPoolInputBuilder) -> UpdateUserPoolInputBuilder {
    UpdateUserPoolInput::builder()
        .set_policies(b.get_policies().clone())
        .set_deletion_protection(b.get_deletion_protection().clone())
        .set_lambda_config(b.get_lambda_config().clone())
        .set_auto_verified_attributes(b.get_auto_verified_attributes().clone())
        .set_sms_verification_message(b.get_sms_verification_message().clone())
        .set_email_verification_message(b.get_email_verification_message().clone())
        .set_email_verification_subject(b.get_email_verification_subject().clone())
        .set_verification_message_template(b.get_verification_message_template().clone())
        .set_sms_authentication_message(b.get_sms_authentication_message().clone())
        .set_user_attribute_update_settings(b.get_user_attribute_update_settings().clone())
        .set_mfa_configuration(b.get_mfa_configuration().clone())
        .set_device_configuration(b.get_device_configuration().clone())
        .set_email_configuration(b.get_email_configuration().clone())
        .set_sms_configuration(b.get_sms_configuration().clone())
        .set_user_pool_tags(b.get_user_pool_tags().clone())
        .set_admin_create_user_config(b.get_admin_create_user_config().clone())
        .set_user_pool_add_ons(b.get_user_pool_add_ons().clone())
        .set_account_recovery_setting(b.get_account_recovery_setting().clone())
        .set_pool_name(b.get_pool_name().clone())
        .set_user_pool_tier(b.get_user_pool_tier().clone())
        .set_key_configuration(b.get_key_configuration().clone())
        .set_issuer_configuration(b.get_issuer_configuration().clone())
        .set_acr_configuration(b.get_acr_configuration().clone())
}

/// The members `UpdateUserPoolClient` shares with `CreateUserPoolClient` (all but the secret).
fn update_client(b: &CreateUserPoolClientInputBuilder) -> UpdateUserPoolClientInputBuilder {
    UpdateUserPoolClientInput::builder()
        .set_user_pool_id(b.get_user_pool_id().clone())
        .set_client_name(b.get_client_name().clone())
        .set_refresh_token_validity(*b.get_refresh_token_validity())
        .set_access_token_validity(*b.get_access_token_validity())
        .set_id_token_validity(*b.get_id_token_validity())
        .set_token_validity_units(b.get_token_validity_units().clone())
        .set_read_attributes(b.get_read_attributes().clone())
        .set_write_attributes(b.get_write_attributes().clone())
        .set_explicit_auth_flows(b.get_explicit_auth_flows().clone())
        .set_supported_identity_providers(b.get_supported_identity_providers().clone())
        .set_callback_urls(b.get_callback_urls().clone())
        .set_logout_urls(b.get_logout_urls().clone())
        .set_default_redirect_uri(b.get_default_redirect_uri().clone())
        .set_allowed_o_auth_flows(b.get_allowed_o_auth_flows().clone())
        .set_allowed_o_auth_scopes(b.get_allowed_o_auth_scopes().clone())
        .set_allowed_o_auth_flows_user_pool_client(*b.get_allowed_o_auth_flows_user_pool_client())
        .set_analytics_configuration(b.get_analytics_configuration().clone())
        .set_prevent_user_existence_errors(b.get_prevent_user_existence_errors().clone())
        .set_enable_token_revocation(*b.get_enable_token_revocation())
        .set_enable_propagate_additional_user_context_data(
            *b.get_enable_propagate_additional_user_context_data(),
        )
        .set_auth_session_validity(*b.get_auth_session_validity())
        .set_refresh_token_rotation(b.get_refresh_token_rotation().clone())
}
