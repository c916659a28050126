//! The user-pool rules owned by step 3, sign-up experience: attribute verification (which
//! `UpdateUserPool` changes too) and the attribute schema (required attributes, custom
//! attributes; `CreateUserPool` only, see `custom_attribute_rules` for `AddCustomAttributes`).
//! Also the list of standard attributes, which the app-client rules use too.

use aws_sdk_cognitoidentityprovider::types::SchemaAttributeType;

use crate::validate::check::{At, PRINTABLE, Report, duplicates, quote};
use crate::validate::shapes::{CREATE_POOL, POOL, PoolRequest};
use crate::validate::{Operation, Rule, Step};

const fn rule(
    code: &'static str,
    operations: &'static [Operation],
    path: &'static str,
    label: &'static str,
) -> Rule {
    Rule::new(code, Step::SignUp, operations, path, label)
}

/// The standard attributes of every user pool with their fixed data types: the schema that
/// `DescribeUserPool` reports for a new pool, plus `identities` (present once users sign in
/// through an identity provider). Any other schema name is a custom attribute.
pub(crate) const STANDARD_ATTRIBUTES: &[(&str, &str)] = &[
    ("sub", "String"),
    ("name", "String"),
    ("given_name", "String"),
    ("family_name", "String"),
    ("middle_name", "String"),
    ("nickname", "String"),
    ("preferred_username", "String"),
    ("profile", "String"),
    ("picture", "String"),
    ("website", "String"),
    ("email", "String"),
    ("email_verified", "Boolean"),
    ("gender", "String"),
    ("birthdate", "String"),
    ("zoneinfo", "String"),
    ("locale", "String"),
    ("phone_number", "String"),
    ("phone_number_verified", "Boolean"),
    ("address", "String"),
    ("updated_at", "Number"),
    ("identities", "String"),
];

/// The fixed data type of a standard attribute; `None` for any other name (case-sensitive).
pub(crate) fn standard_attribute_type(name: &str) -> Option<&'static str> {
    STANDARD_ATTRIBUTES
        .iter()
        .find(|(standard, _)| *standard == name)
        .map(|(_, data_type)| *data_type)
}

/// Whether `name` is a standard attribute (as opposed to a custom or developer attribute).
pub(crate) fn is_standard_attribute(name: &str) -> bool {
    standard_attribute_type(name).is_some()
}

/// `VerifiedAttributeType`.
const VERIFIED_VALUES: &[&str] = &["phone_number", "email"];
/// `AttributeDataType`.
pub(super) const DATA_TYPE_VALUES: &[&str] = &["String", "Number", "DateTime", "Boolean"];
/// `StringType`, the constraint members' model type.
pub(super) const STRING_MAX: usize = 131_072;

static AUTO_VERIFIED_ATTRIBUTES: Rule = rule(
    "auto-verified-attributes",
    POOL,
    "AutoVerifiedAttributes[]",
    "Attributes to verify",
);

/// Verifying phone numbers sends SMS, which needs an SMS role in the same request.
static PHONE_VERIFICATION_NEEDS_SMS_CONFIGURATION: Rule = rule(
    "phone-verification-needs-sms-configuration",
    CREATE_POOL,
    "AutoVerifiedAttributes[]",
    "Attributes to verify",
)
.semantic("SR-013");

static VERIFY_BEFORE_UPDATE_ATTRIBUTES: Rule = rule(
    "verify-before-update-attributes",
    POOL,
    "UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate[]",
    "Keep original attribute value active when an update is pending",
);

/// An attribute can only stay unchanged until verified if Cognito verifies it. On
/// `UpdateUserPool` the settings are judged when sent, against the `AutoVerifiedAttributes` the
/// update leaves: an omitted list resets to empty (SR-121), while omitted settings keep the
/// pool's, which the request does not show.
static VERIFY_BEFORE_UPDATE_NEEDS_AUTO_VERIFICATION: Rule = rule(
    "verify-before-update-needs-auto-verification",
    POOL,
    "UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate[]",
    "Keep original attribute value active when an update is pending",
)
.semantic("SR-048");

/// 1 to 50 entries. SR-031 (at most 50 custom attributes) needs no rule of its own: every
/// custom attribute is an entry of this list, so the list cap is the stricter bound.
static SCHEMA_ATTRIBUTE_COUNT: Rule = rule(
    "schema-attribute-count",
    CREATE_POOL,
    "Schema",
    "User attributes",
)
.semantic("SR-031");

/// 1 to 20 printable characters, counted on the name as sent, without the `custom:` prefix
/// the service adds (SR-037).
static SCHEMA_NAME: Rule = rule(
    "schema-name",
    CREATE_POOL,
    "Schema[].Name",
    "Attribute name",
)
.semantic("SR-037");

static SCHEMA_DATA_TYPE: Rule = rule(
    "schema-data-type",
    CREATE_POOL,
    "Schema[].AttributeDataType",
    "Attribute type",
);

static SCHEMA_MIN_VALUE: Rule = rule(
    "schema-min-value",
    CREATE_POOL,
    "Schema[].NumberAttributeConstraints.MinValue",
    "Min value",
);

static SCHEMA_MAX_VALUE: Rule = rule(
    "schema-max-value",
    CREATE_POOL,
    "Schema[].NumberAttributeConstraints.MaxValue",
    "Max value",
);

static SCHEMA_MIN_LENGTH: Rule = rule(
    "schema-min-length",
    CREATE_POOL,
    "Schema[].StringAttributeConstraints.MinLength",
    "Min length",
);

static SCHEMA_MAX_LENGTH: Rule = rule(
    "schema-max-length",
    CREATE_POOL,
    "Schema[].StringAttributeConstraints.MaxLength",
    "Max length",
);

/// Only standard attributes can be required; any name that is not standard is custom.
static CUSTOM_ATTRIBUTE_NOT_REQUIRED: Rule = rule(
    "custom-attribute-not-required",
    CREATE_POOL,
    "Schema[].Required",
    "Required attributes",
)
.semantic("SR-030");

/// Names are unique within the request (compared exactly, as sent).
static SCHEMA_NAME_UNIQUE: Rule = rule(
    "schema-name-unique",
    CREATE_POOL,
    "Schema[].Name",
    "Attribute name",
)
.semantic("SR-032");

/// A re-declared standard attribute keeps its data type and is never developer-only; the
/// concrete path names the offending member (`AttributeDataType` or `DeveloperOnlyAttribute`).
static STANDARD_ATTRIBUTE_FIXED: Rule = rule(
    "standard-attribute-fixed",
    CREATE_POOL,
    "Schema[]",
    "Standard attribute",
)
.semantic("SR-033");

/// `MinLength <= MaxLength` when both are integers; other values are not judged (SR-036 is
/// unconfirmed).
static SCHEMA_LENGTH_ORDER: Rule = rule(
    "schema-length-order",
    CREATE_POOL,
    "Schema[].StringAttributeConstraints.MinLength",
    "Min length",
)
.semantic("SR-034");

/// `MinValue <= MaxValue` when both are integers.
static SCHEMA_VALUE_ORDER: Rule = rule(
    "schema-value-order",
    CREATE_POOL,
    "Schema[].NumberAttributeConstraints.MinValue",
    "Min value",
)
.semantic("SR-035");

/// Every rule of this step, for the catalog.
pub(crate) static RULES: &[&Rule] = &[
    &AUTO_VERIFIED_ATTRIBUTES,
    &PHONE_VERIFICATION_NEEDS_SMS_CONFIGURATION,
    &VERIFY_BEFORE_UPDATE_ATTRIBUTES,
    &VERIFY_BEFORE_UPDATE_NEEDS_AUTO_VERIFICATION,
    &SCHEMA_ATTRIBUTE_COUNT,
    &SCHEMA_NAME,
    &SCHEMA_DATA_TYPE,
    &SCHEMA_MIN_VALUE,
    &SCHEMA_MAX_VALUE,
    &SCHEMA_MIN_LENGTH,
    &SCHEMA_MAX_LENGTH,
    &CUSTOM_ATTRIBUTE_NOT_REQUIRED,
    &SCHEMA_NAME_UNIQUE,
    &STANDARD_ATTRIBUTE_FIXED,
    &SCHEMA_LENGTH_ORDER,
    &SCHEMA_VALUE_ORDER,
];

/// Checks this step's members of a `CreateUserPool` or `UpdateUserPool` request.
pub(crate) fn check(input: PoolRequest<'_>, report: &mut Report) {
    check_verification(input, report);
    if let Some(schema) = input.schema() {
        check_schema(schema, report);
    }
}

fn check_verification(input: PoolRequest<'_>, report: &mut Report) {
    let auto = input.auto_verified_attributes();
    for (i, attribute) in auto.iter().enumerate() {
        let value = attribute.as_str();
        report.one_of(
            &AUTO_VERIFIED_ATTRIBUTES,
            At::Index(i),
            value,
            VERIFIED_VALUES,
        );
        // On create only: an update without SmsConfiguration may keep the pool's (SR-131).
        if value == "phone_number" && input.is_create() && input.sms_configuration().is_none() {
            report.fail(
                &PHONE_VERIFICATION_NEEDS_SMS_CONFIGURATION,
                At::Index(i),
                "verifying phone_number sends SMS: AutoVerifiedAttributes phone_number needs \
                 SmsConfiguration in the same request",
            );
        }
    }
    let Some(settings) = input.user_attribute_update_settings() else {
        return;
    };
    for (i, attribute) in settings
        .attributes_require_verification_before_update()
        .iter()
        .enumerate()
    {
        let value = attribute.as_str();
        report.one_of(
            &VERIFY_BEFORE_UPDATE_ATTRIBUTES,
            At::Index(i),
            value,
            VERIFIED_VALUES,
        );
        // An unlisted value is already reported by the enum rule.
        if VERIFIED_VALUES.contains(&value) && !auto.iter().any(|a| a.as_str() == value) {
            let omitted = if input.auto_verified_attributes_sent() || input.is_create() {
                ""
            } else {
                " (UpdateUserPool resets an omitted AutoVerifiedAttributes to empty: send the \
                 list, or AttributesRequireVerificationBeforeUpdate [] to clear this setting)"
            };
            report.fail(
                &VERIFY_BEFORE_UPDATE_NEEDS_AUTO_VERIFICATION,
                At::Index(i),
                format!(
                    "{value} must also be in AutoVerifiedAttributes: only attributes that \
                     Cognito verifies can keep their original value until verified{omitted}"
                ),
            );
        }
    }
}

fn check_schema(schema: &[SchemaAttributeType], report: &mut Report) {
    report.count(&SCHEMA_ATTRIBUTE_COUNT, At::Path, schema.len(), 1, 50);
    for (i, attribute) in schema.iter().enumerate() {
        check_attribute(i, attribute, report);
    }
    duplicates(schema, SchemaAttributeType::name, |first, again| {
        let name = schema.get(again).and_then(|a| a.name()).unwrap_or_default();
        report.fail(
            &SCHEMA_NAME_UNIQUE,
            At::Index(again),
            format!(
                "{} is already the name of Schema[{first}]; attribute names must be unique",
                quote(name)
            ),
        );
    });
}

fn check_attribute(i: usize, attribute: &SchemaAttributeType, report: &mut Report) {
    let name = attribute.name();
    if let Some(name) = name {
        report.text(&SCHEMA_NAME, At::Index(i), name, 1, 20, &PRINTABLE);
    }
    let standard = name.and_then(standard_attribute_type);

    if let Some(data_type) = attribute.attribute_data_type() {
        let data_type = data_type.as_str();
        report.one_of(&SCHEMA_DATA_TYPE, At::Index(i), data_type, DATA_TYPE_VALUES);
        if let (Some(name), Some(fixed)) = (name, standard)
            && DATA_TYPE_VALUES.contains(&data_type)
            && data_type != fixed
        {
            report.fail(
                &STANDARD_ATTRIBUTE_FIXED,
                At::Other(&format!("Schema[{i}].AttributeDataType")),
                format!(
                    "standard attribute {name} is always {fixed}, got {data_type}; only custom \
                     attributes choose their type"
                ),
            );
        }
    }
    if let (Some(name), Some(_)) = (name, standard)
        && attribute.developer_only_attribute() == Some(true)
    {
        report.fail(
            &STANDARD_ATTRIBUTE_FIXED,
            At::Other(&format!("Schema[{i}].DeveloperOnlyAttribute")),
            format!("standard attribute {name} cannot be developer-only"),
        );
    }
    if let Some(name) = name
        && standard.is_none()
        && attribute.required() == Some(true)
    {
        report.fail(
            &CUSTOM_ATTRIBUTE_NOT_REQUIRED,
            At::Index(i),
            format!(
                "custom attribute {} cannot be required: only standard attributes can be",
                quote(name)
            ),
        );
    }

    if let Some(numbers) = attribute.number_attribute_constraints() {
        let (min, max) = (numbers.min_value(), numbers.max_value());
        constraint_length(&SCHEMA_MIN_VALUE, i, min, report);
        constraint_length(&SCHEMA_MAX_VALUE, i, max, report);
        if let Some((lo, hi)) = descending(min, max) {
            report.fail(
                &SCHEMA_VALUE_ORDER,
                At::Index(i),
                format!(
                    "{lo} is greater than Schema[{i}].NumberAttributeConstraints.MaxValue {hi}; \
                     MinValue must not exceed MaxValue"
                ),
            );
        }
    }
    if let Some(strings) = attribute.string_attribute_constraints() {
        let (min, max) = (strings.min_length(), strings.max_length());
        constraint_length(&SCHEMA_MIN_LENGTH, i, min, report);
        constraint_length(&SCHEMA_MAX_LENGTH, i, max, report);
        if let Some((lo, hi)) = descending(min, max) {
            report.fail(
                &SCHEMA_LENGTH_ORDER,
                At::Index(i),
                format!(
                    "{lo} is greater than Schema[{i}].StringAttributeConstraints.MaxLength {hi}; \
                     MinLength must not exceed MaxLength"
                ),
            );
        }
    }
}

/// The constraint members are `StringType`: at most 131 072 characters.
pub(super) fn constraint_length(
    rule: &'static Rule,
    i: usize,
    value: Option<&str>,
    report: &mut Report,
) {
    if let Some(value) = value {
        report.length(rule, At::Index(i), value, 0, STRING_MAX);
    }
}

/// Both bounds parsed as integers, when the minimum exceeds the maximum. A bound that is not
/// an integer is not judged (SR-036 is unconfirmed).
pub(super) fn descending(min: Option<&str>, max: Option<&str>) -> Option<(i128, i128)> {
    let lo = min?.parse::<i128>().ok()?;
    let hi = max?.parse::<i128>().ok()?;
    (lo > hi).then_some((lo, hi))
}

#[cfg(test)]
#[expect(
    clippy::too_many_lines,
    reason = "one table of cases, a few lines each"
)]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    use crate::validate::cases::{case, pool};
    use aws_sdk_cognitoidentityprovider::types::builders::SchemaAttributeTypeBuilder;
    use aws_sdk_cognitoidentityprovider::types::{
        AttributeDataType, NumberAttributeConstraintsType, SmsConfigurationType,
        StringAttributeConstraintsType, UserAttributeUpdateSettingsType, VerifiedAttributeType,
    };

    let sms = || {
        SmsConfigurationType::builder()
            .sns_caller_arn("arn:aws:iam::123456789012:role/cognito-sms")
            .external_id("my-external-id")
            .build()
    };
    let keep_original = |list: &[&str]| {
        UserAttributeUpdateSettingsType::builder()
            .set_attributes_require_verification_before_update(Some(
                list.iter()
                    .map(|a| VerifiedAttributeType::from(*a))
                    .collect(),
            ))
            .build()
    };
    let attribute = |name: &str| SchemaAttributeType::builder().name(name);
    let custom = |name: &str| attribute(name).attribute_data_type(AttributeDataType::String);
    let schema = |attributes: Vec<SchemaAttributeTypeBuilder>| {
        Some(
            attributes
                .into_iter()
                .map(SchemaAttributeTypeBuilder::build)
                .collect(),
        )
    };
    let customs = |n: usize| {
        schema(
            (0..n)
                .map(|i| {
                    attribute(&format!("attr{i}")).attribute_data_type(AttributeDataType::Number)
                })
                .collect(),
        )
    };
    let strings = |min: Option<&str>, max: Option<&str>| {
        custom("nickname2").string_attribute_constraints(
            StringAttributeConstraintsType::builder()
                .set_min_length(min.map(str::to_owned))
                .set_max_length(max.map(str::to_owned))
                .build(),
        )
    };
    let numbers = |min: Option<&str>, max: Option<&str>| {
        attribute("score")
            .attribute_data_type(AttributeDataType::Number)
            .number_attribute_constraints(
                NumberAttributeConstraintsType::builder()
                    .set_min_value(min.map(str::to_owned))
                    .set_max_value(max.map(str::to_owned))
                    .build(),
            )
    };
    let at_max = "9".repeat(STRING_MAX);
    let over_max = "9".repeat(STRING_MAX + 1);

    vec![
        case(
            AUTO_VERIFIED_ATTRIBUTES.code,
            "AutoVerifiedAttributes[0]",
            pool().auto_verified_attributes(VerifiedAttributeType::Email),
            pool().auto_verified_attributes(VerifiedAttributeType::from("preferred_username")),
        ),
        // SR-013.
        case(
            PHONE_VERIFICATION_NEEDS_SMS_CONFIGURATION.code,
            "AutoVerifiedAttributes[1]",
            pool()
                .auto_verified_attributes(VerifiedAttributeType::Email)
                .auto_verified_attributes(VerifiedAttributeType::PhoneNumber)
                .sms_configuration(sms()),
            pool()
                .auto_verified_attributes(VerifiedAttributeType::Email)
                .auto_verified_attributes(VerifiedAttributeType::PhoneNumber),
        ),
        case(
            VERIFY_BEFORE_UPDATE_ATTRIBUTES.code,
            "UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate[0]",
            pool()
                .auto_verified_attributes(VerifiedAttributeType::Email)
                .user_attribute_update_settings(keep_original(&["email"])),
            pool()
                .auto_verified_attributes(VerifiedAttributeType::Email)
                .user_attribute_update_settings(keep_original(&["BOGUS"])),
        ),
        // SR-048.
        case(
            VERIFY_BEFORE_UPDATE_NEEDS_AUTO_VERIFICATION.code,
            "UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate[1]",
            pool()
                .auto_verified_attributes(VerifiedAttributeType::Email)
                .auto_verified_attributes(VerifiedAttributeType::PhoneNumber)
                .sms_configuration(sms())
                .user_attribute_update_settings(keep_original(&["email", "phone_number"])),
            pool()
                .auto_verified_attributes(VerifiedAttributeType::Email)
                .user_attribute_update_settings(keep_original(&["email", "phone_number"])),
        ),
        case(
            VERIFY_BEFORE_UPDATE_NEEDS_AUTO_VERIFICATION.code,
            "UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate[0]",
            pool().user_attribute_update_settings(keep_original(&[])),
            pool().user_attribute_update_settings(keep_original(&["email"])),
        ),
        // Count 1..50 (SR-031).
        case(
            SCHEMA_ATTRIBUTE_COUNT.code,
            "Schema",
            pool().set_schema(customs(1)),
            pool().set_schema(customs(0)),
        ),
        case(
            SCHEMA_ATTRIBUTE_COUNT.code,
            "Schema",
            pool().set_schema(customs(50)),
            pool().set_schema(customs(51)),
        ),
        // Length 1..20 on the name as sent (SR-037), then the pattern.
        case(
            SCHEMA_NAME.code,
            "Schema[0].Name",
            pool().set_schema(schema(vec![custom("t")])),
            pool().set_schema(schema(vec![custom("")])),
        ),
        case(
            SCHEMA_NAME.code,
            "Schema[0].Name",
            pool().set_schema(schema(vec![custom("abcdefghijklmnopqrst")])),
            pool().set_schema(schema(vec![custom("abcdefghijklmnopqrstu")])),
        ),
        case(
            SCHEMA_NAME.code,
            "Schema[0].Name",
            pool().set_schema(schema(vec![custom("custom:tenant_id")])),
            pool().set_schema(schema(vec![custom("custom:abcdefghijklmn")])),
        ),
        case(
            SCHEMA_NAME.code,
            "Schema[1].Name",
            pool().set_schema(schema(vec![custom("tenant"), custom("größe€")])),
            pool().set_schema(schema(vec![custom("tenant"), custom("tenant id")])),
        ),
        case(
            SCHEMA_DATA_TYPE.code,
            "Schema[0].AttributeDataType",
            pool().set_schema(schema(vec![
                attribute("joined").attribute_data_type(AttributeDataType::Datetime),
            ])),
            pool().set_schema(schema(vec![
                attribute("joined").attribute_data_type(AttributeDataType::from("Date")),
            ])),
        ),
        // StringType members: at most 131 072 characters (empty is fine).
        case(
            SCHEMA_MIN_VALUE.code,
            "Schema[0].NumberAttributeConstraints.MinValue",
            pool().set_schema(schema(vec![numbers(Some(at_max.as_str()), None)])),
            pool().set_schema(schema(vec![numbers(Some(over_max.as_str()), None)])),
        ),
        case(
            SCHEMA_MAX_VALUE.code,
            "Schema[0].NumberAttributeConstraints.MaxValue",
            pool().set_schema(schema(vec![numbers(Some(""), Some(at_max.as_str()))])),
            pool().set_schema(schema(vec![numbers(None, Some(over_max.as_str()))])),
        ),
        case(
            SCHEMA_MIN_LENGTH.code,
            "Schema[0].StringAttributeConstraints.MinLength",
            pool().set_schema(schema(vec![strings(Some(at_max.as_str()), None)])),
            pool().set_schema(schema(vec![strings(Some(over_max.as_str()), None)])),
        ),
        case(
            SCHEMA_MAX_LENGTH.code,
            "Schema[0].StringAttributeConstraints.MaxLength",
            pool().set_schema(schema(vec![strings(None, Some(at_max.as_str()))])),
            pool().set_schema(schema(vec![strings(Some(""), Some(over_max.as_str()))])),
        ),
        // SR-030: standard attributes may be required, custom ones may not.
        case(
            CUSTOM_ATTRIBUTE_NOT_REQUIRED.code,
            "Schema[1].Required",
            pool().set_schema(schema(vec![
                attribute("email").required(true),
                custom("tenant").required(false),
            ])),
            pool().set_schema(schema(vec![
                attribute("email").required(true),
                custom("tenant").required(true),
            ])),
        ),
        case(
            CUSTOM_ATTRIBUTE_NOT_REQUIRED.code,
            "Schema[0].Required",
            pool().set_schema(schema(vec![attribute("updated_at").required(true)])),
            pool().set_schema(schema(vec![attribute("Email").required(true)])),
        ),
        // SR-032.
        case(
            SCHEMA_NAME_UNIQUE.code,
            "Schema[2].Name",
            pool().set_schema(schema(vec![
                custom("tenant"),
                attribute("email").required(true),
                custom("Tenant"),
            ])),
            pool().set_schema(schema(vec![
                custom("tenant"),
                attribute("email").required(true),
                custom("tenant"),
            ])),
        ),
        case(
            SCHEMA_NAME_UNIQUE.code,
            "Schema[1].Name",
            pool().set_schema(schema(vec![attribute("email").required(true)])),
            pool().set_schema(schema(vec![
                attribute("email").required(true),
                attribute("email").mutable(false),
            ])),
        ),
        // SR-033: fixed type, never developer-only; custom attributes may be both.
        case(
            STANDARD_ATTRIBUTE_FIXED.code,
            "Schema[0].AttributeDataType",
            pool().set_schema(schema(vec![
                attribute("updated_at").attribute_data_type(AttributeDataType::Number),
            ])),
            pool().set_schema(schema(vec![
                attribute("updated_at").attribute_data_type(AttributeDataType::String),
            ])),
        ),
        case(
            STANDARD_ATTRIBUTE_FIXED.code,
            "Schema[0].AttributeDataType",
            pool().set_schema(schema(vec![
                attribute("email_verified").attribute_data_type(AttributeDataType::Boolean),
            ])),
            pool().set_schema(schema(vec![
                attribute("email_verified").attribute_data_type(AttributeDataType::String),
            ])),
        ),
        case(
            STANDARD_ATTRIBUTE_FIXED.code,
            "Schema[0].DeveloperOnlyAttribute",
            pool().set_schema(schema(vec![
                custom("internal_id").developer_only_attribute(true),
            ])),
            pool().set_schema(schema(vec![
                attribute("email").developer_only_attribute(true),
            ])),
        ),
        // SR-034: equal bounds are fine; non-integers are not judged (SR-036).
        case(
            SCHEMA_LENGTH_ORDER.code,
            "Schema[0].StringAttributeConstraints.MinLength",
            pool().set_schema(schema(vec![strings(Some("5"), Some("5"))])),
            pool().set_schema(schema(vec![strings(Some("6"), Some("5"))])),
        ),
        case(
            SCHEMA_LENGTH_ORDER.code,
            "Schema[0].StringAttributeConstraints.MinLength",
            pool().set_schema(schema(vec![strings(Some("ten"), Some("5"))])),
            pool().set_schema(schema(vec![strings(Some("10"), Some("5"))])),
        ),
        // SR-035, negative bounds included.
        case(
            SCHEMA_VALUE_ORDER.code,
            "Schema[0].NumberAttributeConstraints.MinValue",
            pool().set_schema(schema(vec![numbers(Some("-10"), Some("-10"))])),
            pool().set_schema(schema(vec![numbers(Some("-9"), Some("-10"))])),
        ),
        case(
            SCHEMA_VALUE_ORDER.code,
            "Schema[0].NumberAttributeConstraints.MinValue",
            pool().set_schema(schema(vec![numbers(Some("1"), Some("1.5"))])),
            pool().set_schema(schema(vec![numbers(Some("100"), Some("99"))])),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_attributes() {
        assert!(is_standard_attribute("email"));
        assert!(is_standard_attribute("identities"));
        assert!(!is_standard_attribute("Email"));
        assert!(!is_standard_attribute("custom:email"));
        assert_eq!(standard_attribute_type("updated_at"), Some("Number"));
        assert_eq!(
            standard_attribute_type("phone_number_verified"),
            Some("Boolean")
        );
        assert_eq!(standard_attribute_type("tenant"), None);
    }
}
