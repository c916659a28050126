//! How the service shows what it holds: `DescribeUserPool`, `ListUserPools` and
//! `GetUserPoolMfaConfig` answers, with the service's defaults filled in.

use std::sync::LazyLock;

use aws_sdk_cognitoidentityprovider::types::{
    AdminCreateUserConfigType, AttributeDataType, DefaultEmailOptionType, DeletionProtectionType,
    EmailConfigurationType, EmailMfaConfigType, EmailSendingAccountType,
    NumberAttributeConstraintsType, PasswordPolicyType, SchemaAttributeType, SmsMfaConfigType,
    SoftwareTokenMfaConfigType, StringAttributeConstraintsType, UserPoolDescriptionType,
    UserPoolMfaType, UserPoolPolicyType, UserPoolTierType, UserPoolType,
    VerificationMessageTemplateType, WebAuthnConfigurationType,
};

use super::state::Pool;

/// A pool's MFA settings in `GetUserPoolMfaConfig` form.
pub(super) struct MfaConfig {
    pub(super) sms: Option<SmsMfaConfigType>,
    pub(super) totp: Option<SoftwareTokenMfaConfigType>,
    pub(super) email: Option<EmailMfaConfigType>,
    pub(super) web_authn: Option<WebAuthnConfigurationType>,
    pub(super) mfa: Option<UserPoolMfaType>,
}

impl Pool {
    pub(super) fn mfa_config(&self) -> MfaConfig {
        let sms = (self.mfa.sms && self.config.sms_configuration.is_some()).then(|| {
            SmsMfaConfigType::builder()
                .set_sms_authentication_message(self.config.sms_authentication_message.clone())
                .set_sms_configuration(self.config.sms_configuration.clone())
                .build()
        });
        MfaConfig {
            sms,
            totp: Some(
                SoftwareTokenMfaConfigType::builder()
                    .enabled(self.mfa.totp)
                    .build(),
            ),
            email: self.mfa.email.clone(),
            web_authn: self.mfa.web_authn.clone(),
            mfa: Some(
                self.config
                    .mfa_configuration
                    .clone()
                    .unwrap_or(UserPoolMfaType::Off),
            ),
        }
    }

    /// The whole schema: the standard attributes, the custom ones the pool was created with,
    /// then those `AddCustomAttributes` added.
    pub(super) fn schema_attributes(&self) -> Vec<SchemaAttributeType> {
        let mut all = schema_attributes(self.config.schema.as_deref());
        all.extend(self.added_attributes.iter().map(custom_attribute));
        all
    }

    /// The names of the custom attributes, as declared (without `custom:`), oldest first.
    pub(super) fn custom_attribute_names(&self) -> impl Iterator<Item = &str> {
        self.config
            .schema
            .iter()
            .flatten()
            .chain(&self.added_attributes)
            .filter_map(SchemaAttributeType::name)
            .filter(|name| !is_standard(name))
            .map(|name| name.strip_prefix("custom:").unwrap_or(name))
    }

    pub(super) fn summary(&self) -> UserPoolDescriptionType {
        UserPoolDescriptionType::builder()
            .id(&self.id)
            .set_name(self.config.pool_name.clone())
            .set_lambda_config(self.config.lambda_config.clone())
            .last_modified_date(self.modified)
            .creation_date(self.created)
            .build()
    }

    /// The pool as `DescribeUserPool` shows it: the configuration with the service's defaults
    /// filled in, the full attribute schema, and the pool's identity.
    pub(super) fn describe(&self) -> UserPoolType {
        let c = &self.config;
        // Filled in place: the builder moves the whole (two-kilobyte) struct at every setter,
        // and every CreateUserPool answer is a description.
        let mut pool = UserPoolType::builder().build();
        pool.id = Some(self.id.clone());
        pool.name.clone_from(&c.pool_name);
        pool.policies = Some(policies(c.policies.as_ref()));
        pool.deletion_protection = Some(
            c.deletion_protection
                .clone()
                .unwrap_or(DeletionProtectionType::Inactive),
        );
        pool.lambda_config.clone_from(&c.lambda_config);
        pool.last_modified_date = Some(self.modified);
        pool.creation_date = Some(self.created);
        pool.schema_attributes = Some(self.schema_attributes());
        pool.auto_verified_attributes
            .clone_from(&c.auto_verified_attributes);
        pool.alias_attributes.clone_from(&c.alias_attributes);
        pool.username_attributes.clone_from(&c.username_attributes);
        pool.sms_verification_message
            .clone_from(&c.sms_verification_message);
        pool.email_verification_message
            .clone_from(&c.email_verification_message);
        pool.email_verification_subject
            .clone_from(&c.email_verification_subject);
        pool.verification_message_template =
            Some(c.verification_message_template.clone().unwrap_or_else(|| {
                VerificationMessageTemplateType::builder()
                    .default_email_option(DefaultEmailOptionType::ConfirmWithCode)
                    .build()
            }));
        pool.sms_authentication_message
            .clone_from(&c.sms_authentication_message);
        pool.user_attribute_update_settings
            .clone_from(&c.user_attribute_update_settings);
        pool.mfa_configuration = Some(c.mfa_configuration.clone().unwrap_or(UserPoolMfaType::Off));
        pool.device_configuration
            .clone_from(&c.device_configuration);
        pool.estimated_number_of_users = 0;
        pool.email_configuration = Some(c.email_configuration.clone().unwrap_or_else(|| {
            EmailConfigurationType::builder()
                .email_sending_account(EmailSendingAccountType::CognitoDefault)
                .build()
        }));
        pool.sms_configuration.clone_from(&c.sms_configuration);
        pool.user_pool_tags = Some(c.user_pool_tags.clone().unwrap_or_default());
        pool.domain.clone_from(&self.prefix_domain);
        pool.custom_domain.clone_from(&self.custom_domain);
        pool.admin_create_user_config =
            Some(c.admin_create_user_config.clone().unwrap_or_else(|| {
                AdminCreateUserConfigType::builder()
                    .allow_admin_create_user_only(false)
                    .unused_account_validity_days(7)
                    .build()
            }));
        pool.user_pool_add_ons.clone_from(&c.user_pool_add_ons);
        pool.username_configuration
            .clone_from(&c.username_configuration);
        pool.arn = Some(self.arn.clone());
        pool.account_recovery_setting
            .clone_from(&c.account_recovery_setting);
        pool.user_pool_tier = Some(
            c.user_pool_tier
                .clone()
                .unwrap_or(UserPoolTierType::Essentials),
        );
        pool.key_configuration.clone_from(&c.key_configuration);
        pool.issuer_configuration
            .clone_from(&c.issuer_configuration);
        pool.acr_configuration.clone_from(&c.acr_configuration);
        pool
    }
}

/// The password policy in force: Cognito's default when none was given, and `0` temporary
/// password days read as the default 7.
pub(super) fn policies(given: Option<&UserPoolPolicyType>) -> UserPoolPolicyType {
    let default_password = || {
        PasswordPolicyType::builder()
            .minimum_length(8)
            .require_uppercase(true)
            .require_lowercase(true)
            .require_numbers(true)
            .require_symbols(true)
            .temporary_password_validity_days(7)
            .build()
    };
    let Some(given) = given else {
        return UserPoolPolicyType::builder()
            .password_policy(default_password())
            .build();
    };
    let mut policy = given.clone();
    match policy.password_policy.as_mut() {
        None => policy.password_policy = Some(default_password()),
        Some(password) => {
            password.minimum_length = password.minimum_length.or(Some(8));
            if password.temporary_password_validity_days == 0 {
                password.temporary_password_validity_days = 7;
            }
        }
    }
    policy
}

/// A standard attribute as `DescribeUserPool` lists it.
pub(super) struct Standard {
    pub(super) name: &'static str,
    pub(super) kind: Kind,
    pub(super) mutable: bool,
    pub(super) required: bool,
}

pub(super) enum Kind {
    /// A string with its length bounds.
    Text(&'static str, &'static str),
    Flag,
    /// A number with its lower bound.
    Number(&'static str),
}

pub(super) const fn text(name: &'static str, min: &'static str, max: &'static str) -> Standard {
    Standard {
        name,
        kind: Kind::Text(min, max),
        mutable: true,
        required: false,
    }
}

pub(super) const fn flag(name: &'static str) -> Standard {
    Standard {
        name,
        kind: Kind::Flag,
        mutable: true,
        required: false,
    }
}

pub(super) const STANDARD_ATTRIBUTES: &[Standard] = &[
    Standard {
        name: "sub",
        kind: Kind::Text("1", "2048"),
        mutable: false,
        required: true,
    },
    text("name", "0", "2048"),
    text("given_name", "0", "2048"),
    text("family_name", "0", "2048"),
    text("middle_name", "0", "2048"),
    text("nickname", "0", "2048"),
    text("preferred_username", "0", "2048"),
    text("profile", "0", "2048"),
    text("picture", "0", "2048"),
    text("website", "0", "2048"),
    text("email", "0", "2048"),
    flag("email_verified"),
    text("gender", "0", "2048"),
    text("birthdate", "10", "10"),
    text("zoneinfo", "0", "2048"),
    text("locale", "0", "2048"),
    text("phone_number", "0", "2048"),
    flag("phone_number_verified"),
    text("address", "0", "2048"),
    Standard {
        name: "updated_at",
        kind: Kind::Number("0"),
        mutable: true,
        required: false,
    },
];

impl Standard {
    pub(super) fn attribute(&self) -> SchemaAttributeType {
        let builder = SchemaAttributeType::builder()
            .name(self.name)
            .developer_only_attribute(false)
            .mutable(self.mutable)
            .required(self.required);
        match self.kind {
            Kind::Text(min, max) => builder
                .attribute_data_type(AttributeDataType::String)
                .string_attribute_constraints(
                    StringAttributeConstraintsType::builder()
                        .min_length(min)
                        .max_length(max)
                        .build(),
                )
                .build(),
            Kind::Flag => builder
                .attribute_data_type(AttributeDataType::Boolean)
                .build(),
            Kind::Number(min) => builder
                .attribute_data_type(AttributeDataType::Number)
                .number_attribute_constraints(
                    NumberAttributeConstraintsType::builder()
                        .min_value(min)
                        .build(),
                )
                .build(),
        }
    }
}

/// Every standard attribute (overridden by the request's declaration of it), then the custom
/// attributes under their `custom:` names.
pub(super) fn schema_attributes(
    declared: Option<&[SchemaAttributeType]>,
) -> Vec<SchemaAttributeType> {
    // Built once: every CreateUserPool answer describes the whole schema.
    static STANDARD_SCHEMA: LazyLock<Vec<SchemaAttributeType>> = LazyLock::new(|| {
        STANDARD_ATTRIBUTES
            .iter()
            .map(Standard::attribute)
            .collect()
    });
    let declared = declared.unwrap_or_default();
    let mut all = Vec::with_capacity(STANDARD_ATTRIBUTES.len() + declared.len());
    for (standard, base) in STANDARD_ATTRIBUTES.iter().zip(STANDARD_SCHEMA.iter()) {
        let base = base.clone();
        let attribute = match declared.iter().find(|d| d.name() == Some(standard.name)) {
            None => base,
            // Declaring a standard attribute can make it required or immutable and narrow
            // its constraints; its type stays.
            Some(d) => {
                let mut attribute = base;
                attribute.mutable = d.mutable.or(attribute.mutable);
                attribute.required = d.required.or(attribute.required);
                if d.number_attribute_constraints.is_some() {
                    attribute
                        .number_attribute_constraints
                        .clone_from(&d.number_attribute_constraints);
                }
                if d.string_attribute_constraints.is_some() {
                    attribute
                        .string_attribute_constraints
                        .clone_from(&d.string_attribute_constraints);
                }
                attribute
            }
        };
        all.push(attribute);
    }
    all.extend(
        declared
            .iter()
            .filter(|d| d.name().is_some_and(|name| !is_standard(name)))
            .map(custom_attribute),
    );
    all
}

/// Whether `name` is one of the standard attributes every pool has.
pub(super) fn is_standard(name: &str) -> bool {
    STANDARD_ATTRIBUTES.iter().any(|s| s.name == name)
}

/// A custom attribute as the pool describes it: under its `custom:` name, with the service's
/// defaults for what its declaration left out.
pub(super) fn custom_attribute(custom: &SchemaAttributeType) -> SchemaAttributeType {
    let mut attribute = custom.clone();
    if let Some(name) = custom.name().filter(|n| !n.starts_with("custom:")) {
        attribute.name = Some(format!("custom:{name}"));
    }
    attribute.developer_only_attribute = Some(custom.developer_only_attribute.unwrap_or(false));
    attribute.mutable = Some(custom.mutable.unwrap_or(true));
    attribute.required = Some(custom.required.unwrap_or(false));
    attribute
}
