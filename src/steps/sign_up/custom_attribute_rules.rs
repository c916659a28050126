//! The `AddCustomAttributes` rules (step 3, sign-up experience): custom attributes added to an
//! existing pool, the only change a pool's schema allows (SR-125, SR-150).
//!
//! Each entry is a `SchemaAttributeType`, as in `CreateUserPool`'s `Schema`, but every entry is
//! a custom attribute here and its path is `CustomAttributes[]`, so these rules are this
//! operation's own. What needs the pool's schema is not judged: whether a name already exists
//! (SR-150), the 50-attribute total (SR-152), and names equal to standard attributes, whose
//! fate is unknown (SR-155, unconfirmed).

use aws_sdk_cognitoidentityprovider::operation::add_custom_attributes::AddCustomAttributesInput;
use aws_sdk_cognitoidentityprovider::types::SchemaAttributeType;

use super::rules::{DATA_TYPE_VALUES, STRING_MAX, constraint_length, descending};
use crate::validate::check::{At, PRINTABLE, Report, duplicates, quote};
use crate::validate::shapes::ADD_CUSTOM_ATTRIBUTES;
use crate::validate::{Rule, Step};

const fn rule(code: &'static str, path: &'static str, label: &'static str) -> Rule {
    Rule::new(code, Step::SignUp, ADD_CUSTOM_ATTRIBUTES, path, label)
}

/// `CustomAttributes`: required, 1..25 per call (SR-152).
static COUNT: Rule = rule(
    "add-custom-attributes-count",
    "CustomAttributes",
    "Custom attributes",
);

/// 1 to 20 printable characters, counted on the name as sent (SR-037, SR-151).
static NAME: Rule = rule(
    "add-custom-attributes-name",
    "CustomAttributes[].Name",
    "Attribute name",
)
.semantic("SR-037");

/// SR-151: the service adds `custom:` (or `dev:custom:`) itself and keeps a prefix the caller
/// wrote, so `custom:tenant` would become `custom:custom:tenant`.
static NAME_PREFIX: Rule = rule(
    "add-custom-attributes-name-prefix",
    "CustomAttributes[].Name",
    "Attribute name",
)
.semantic("SR-151");

static DATA_TYPE: Rule = rule(
    "add-custom-attributes-data-type",
    "CustomAttributes[].AttributeDataType",
    "Attribute type",
);

static MIN_VALUE: Rule = rule(
    "add-custom-attributes-min-value",
    "CustomAttributes[].NumberAttributeConstraints.MinValue",
    "Min value",
);

static MAX_VALUE: Rule = rule(
    "add-custom-attributes-max-value",
    "CustomAttributes[].NumberAttributeConstraints.MaxValue",
    "Max value",
);

static MIN_LENGTH: Rule = rule(
    "add-custom-attributes-min-length",
    "CustomAttributes[].StringAttributeConstraints.MinLength",
    "Min length",
);

static MAX_LENGTH: Rule = rule(
    "add-custom-attributes-max-length",
    "CustomAttributes[].StringAttributeConstraints.MaxLength",
    "Max length",
);

/// SR-152 (with SR-030): a custom attribute is never required.
static NOT_REQUIRED: Rule = rule(
    "add-custom-attributes-not-required",
    "CustomAttributes[].Required",
    "Required attributes",
)
.semantic("SR-152");

/// SR-032: names are unique within the call (compared exactly, as sent).
static NAME_UNIQUE: Rule = rule(
    "add-custom-attributes-name-unique",
    "CustomAttributes[].Name",
    "Attribute name",
)
.semantic("SR-032");

/// SR-153 (documented): string constraints belong to `String` attributes and number
/// constraints to `Number` ones; their values are integers; a string length is at most 2048.
/// The concrete path names the offending member. An attribute without `AttributeDataType` is
/// not paired with its constraints (the default type is not documented).
static CONSTRAINTS: Rule = rule(
    "add-custom-attributes-constraints",
    "CustomAttributes[]",
    "Attribute constraints",
)
.semantic("SR-153");

/// SR-034: `MinLength <= MaxLength`.
static LENGTH_ORDER: Rule = rule(
    "add-custom-attributes-length-order",
    "CustomAttributes[].StringAttributeConstraints.MinLength",
    "Min length",
)
.semantic("SR-034");

/// SR-035: `MinValue <= MaxValue`.
static VALUE_ORDER: Rule = rule(
    "add-custom-attributes-value-order",
    "CustomAttributes[].NumberAttributeConstraints.MinValue",
    "Min value",
)
.semantic("SR-035");

/// Every rule of this file, for the catalog.
pub(crate) static RULES: &[&Rule] = &[
    &COUNT,
    &NAME,
    &NAME_PREFIX,
    &DATA_TYPE,
    &MIN_VALUE,
    &MAX_VALUE,
    &MIN_LENGTH,
    &MAX_LENGTH,
    &NOT_REQUIRED,
    &NAME_UNIQUE,
    &CONSTRAINTS,
    &LENGTH_ORDER,
    &VALUE_ORDER,
];

/// The longest string attribute the documentation allows (SR-153).
const MAX_STRING_LENGTH: i128 = 2048;

/// Checks every member of an `AddCustomAttributes` request but `UserPoolId`.
pub(crate) fn check(input: &AddCustomAttributesInput, report: &mut Report) {
    let Some(attributes) = input.custom_attributes.as_deref() else {
        report.fail(&COUNT, At::Path, "is required");
        return;
    };
    report.count(&COUNT, At::Path, attributes.len(), 1, 25);
    for (i, attribute) in attributes.iter().enumerate() {
        check_attribute(i, attribute, report);
    }
    duplicates(attributes, SchemaAttributeType::name, |first, again| {
        let name = attributes
            .get(again)
            .and_then(SchemaAttributeType::name)
            .unwrap_or_default();
        report.fail(
            &NAME_UNIQUE,
            At::Index(again),
            format!(
                "{} is already the name of CustomAttributes[{first}]; attribute names must be \
                 unique",
                quote(name)
            ),
        );
    });
}

fn check_attribute(i: usize, attribute: &SchemaAttributeType, report: &mut Report) {
    if let Some(name) = attribute.name() {
        report.text(&NAME, At::Index(i), name, 1, 20, &PRINTABLE);
        if let Some(prefix) = ["custom:", "dev:"]
            .into_iter()
            .find(|p| name.starts_with(p))
        {
            report.fail(
                &NAME_PREFIX,
                At::Index(i),
                format!(
                    "{} starts with {prefix}: give the name without a prefix, Cognito adds \
                     custom: (or dev:custom:) itself and would keep this one too",
                    quote(name)
                ),
            );
        }
    }
    let data_type = attribute
        .attribute_data_type()
        .map(aws_sdk_cognitoidentityprovider::types::AttributeDataType::as_str);
    if let Some(data_type) = data_type {
        report.one_of(&DATA_TYPE, At::Index(i), data_type, DATA_TYPE_VALUES);
    }
    if attribute.required() == Some(true) {
        report.fail(
            &NOT_REQUIRED,
            At::Index(i),
            "a custom attribute cannot be required (\"Required custom attributes are not \
             supported currently.\"); only standard attributes can be, at pool creation",
        );
    }

    if let Some(numbers) = attribute.number_attribute_constraints() {
        let (min, max) = (numbers.min_value(), numbers.max_value());
        constraint_length(&MIN_VALUE, i, min, report);
        constraint_length(&MAX_VALUE, i, max, report);
        let member = |m: &str| format!("CustomAttributes[{i}].NumberAttributeConstraints{m}");
        misplaced(data_type, "Number", &member(""), report);
        integer(min, &member(".MinValue"), report);
        integer(max, &member(".MaxValue"), report);
        if let Some((lo, hi)) = descending(min, max) {
            report.fail(
                &VALUE_ORDER,
                At::Index(i),
                format!(
                    "{lo} is greater than CustomAttributes[{i}].NumberAttributeConstraints.MaxValue \
                     {hi}; MinValue must not exceed MaxValue"
                ),
            );
        }
    }
    if let Some(strings) = attribute.string_attribute_constraints() {
        let (min, max) = (strings.min_length(), strings.max_length());
        constraint_length(&MIN_LENGTH, i, min, report);
        constraint_length(&MAX_LENGTH, i, max, report);
        let member = |m: &str| format!("CustomAttributes[{i}].StringAttributeConstraints{m}");
        misplaced(data_type, "String", &member(""), report);
        for (value, path) in [(min, member(".MinLength")), (max, member(".MaxLength"))] {
            integer(value, &path, report);
            if let Some(length) = value.and_then(|v| v.parse::<i128>().ok())
                && length > MAX_STRING_LENGTH
            {
                report.fail(
                    &CONSTRAINTS,
                    At::Other(&path),
                    format!("a string attribute holds at most 2048 characters, got {length}"),
                );
            }
        }
        if let Some((lo, hi)) = descending(min, max) {
            report.fail(
                &LENGTH_ORDER,
                At::Index(i),
                format!(
                    "{lo} is greater than CustomAttributes[{i}].StringAttributeConstraints.\
                     MaxLength {hi}; MinLength must not exceed MaxLength"
                ),
            );
        }
    }
}

/// SR-153: constraints of the `belongs` type on an attribute of another (valid) type.
fn misplaced(data_type: Option<&str>, belongs: &str, path: &str, report: &mut Report) {
    if let Some(data_type) = data_type
        && data_type != belongs
        && DATA_TYPE_VALUES.contains(&data_type)
    {
        report.fail(
            &CONSTRAINTS,
            At::Other(path),
            format!("belongs to {belongs} attributes, and this one is {data_type}"),
        );
    }
}

/// SR-153: a constraint value is an integer (in any length the model allows).
fn integer(value: Option<&str>, path: &str, report: &mut Report) {
    if let Some(value) = value
        && value.chars().count() <= STRING_MAX
        && value.parse::<i128>().is_err()
    {
        report.fail(
            &CONSTRAINTS,
            At::Other(path),
            format!("must be an integer, got {}", quote(value)),
        );
    }
}

#[cfg(test)]
#[expect(
    clippy::too_many_lines,
    reason = "one table of cases, a few lines each"
)]
pub(crate) fn cases() -> Vec<crate::validate::cases::Case> {
    use crate::validate::cases::{case, custom_attributes};
    use aws_sdk_cognitoidentityprovider::types::{
        AttributeDataType, NumberAttributeConstraintsType, StringAttributeConstraintsType,
    };

    let attribute = |name: &str| SchemaAttributeType::builder().name(name);
    let string = |min: &str, max: &str| {
        attribute("tenant")
            .attribute_data_type(AttributeDataType::String)
            .string_attribute_constraints(
                StringAttributeConstraintsType::builder()
                    .min_length(min)
                    .max_length(max)
                    .build(),
            )
            .build()
    };
    let number = |min: &str, max: &str| {
        attribute("level")
            .attribute_data_type(AttributeDataType::Number)
            .number_attribute_constraints(
                NumberAttributeConstraintsType::builder()
                    .min_value(min)
                    .max_value(max)
                    .build(),
            )
            .build()
    };
    let named = |n: usize| (0..n).map(|i| attribute(&format!("attr{i}")).build());
    let long = "x".repeat(STRING_MAX + 1);
    vec![
        // CustomAttributes: required, 1..25.
        case(
            COUNT.code,
            "CustomAttributes",
            custom_attributes(),
            custom_attributes().set_custom_attributes(None),
        ),
        case(
            COUNT.code,
            "CustomAttributes",
            custom_attributes().set_custom_attributes(Some(named(1).collect())),
            custom_attributes().set_custom_attributes(Some(Vec::new())),
        ),
        case(
            COUNT.code,
            "CustomAttributes",
            custom_attributes().set_custom_attributes(Some(named(25).collect())),
            custom_attributes().set_custom_attributes(Some(named(26).collect())),
        ),
        // Name: 1..20 printable characters, as sent.
        case(
            NAME.code,
            "CustomAttributes[0].Name",
            custom_attributes()
                .set_custom_attributes(Some(vec![attribute(&"n".repeat(20)).build()])),
            custom_attributes()
                .set_custom_attributes(Some(vec![attribute(&"n".repeat(21)).build()])),
        ),
        case(
            NAME.code,
            "CustomAttributes[0].Name",
            custom_attributes().set_custom_attributes(Some(vec![attribute("t").build()])),
            custom_attributes().set_custom_attributes(Some(vec![attribute("").build()])),
        ),
        case(
            NAME.code,
            "CustomAttributes[0].Name",
            custom_attributes().set_custom_attributes(Some(vec![attribute("tenant_id").build()])),
            custom_attributes().set_custom_attributes(Some(vec![attribute("tenant id").build()])),
        ),
        // SR-151: no prefix of the caller's; a colon elsewhere is fine.
        case(
            NAME_PREFIX.code,
            "CustomAttributes[0].Name",
            custom_attributes().set_custom_attributes(Some(vec![attribute("x:custom").build()])),
            custom_attributes()
                .set_custom_attributes(Some(vec![attribute("custom:tenant").build()])),
        ),
        case(
            NAME_PREFIX.code,
            "CustomAttributes[0].Name",
            custom_attributes().set_custom_attributes(Some(vec![attribute("devices").build()])),
            custom_attributes().set_custom_attributes(Some(vec![attribute("dev:tenant").build()])),
        ),
        case(
            DATA_TYPE.code,
            "CustomAttributes[0].AttributeDataType",
            custom_attributes().set_custom_attributes(Some(vec![
                attribute("born")
                    .attribute_data_type(AttributeDataType::Datetime)
                    .build(),
            ])),
            custom_attributes().set_custom_attributes(Some(vec![
                attribute("born")
                    .attribute_data_type(AttributeDataType::from("Date"))
                    .build(),
            ])),
        ),
        // StringType lengths of the constraint members (an integer of 131 073 digits would be
        // refused as one too, so a non-integer shows the length rule alone beside it).
        case(
            MIN_VALUE.code,
            "CustomAttributes[0].NumberAttributeConstraints.MinValue",
            custom_attributes().set_custom_attributes(Some(vec![number("1", "2")])),
            custom_attributes().set_custom_attributes(Some(vec![number(&long, "2")])),
        ),
        case(
            MAX_VALUE.code,
            "CustomAttributes[0].NumberAttributeConstraints.MaxValue",
            custom_attributes().set_custom_attributes(Some(vec![number("1", "2")])),
            custom_attributes().set_custom_attributes(Some(vec![number("1", &long)])),
        ),
        case(
            MIN_LENGTH.code,
            "CustomAttributes[0].StringAttributeConstraints.MinLength",
            custom_attributes().set_custom_attributes(Some(vec![string("1", "2")])),
            custom_attributes().set_custom_attributes(Some(vec![string(&long, "2")])),
        ),
        case(
            MAX_LENGTH.code,
            "CustomAttributes[0].StringAttributeConstraints.MaxLength",
            custom_attributes().set_custom_attributes(Some(vec![string("1", "2")])),
            custom_attributes().set_custom_attributes(Some(vec![string("1", &long)])),
        ),
        // SR-152: never required, whatever the name; false is fine.
        case(
            NOT_REQUIRED.code,
            "CustomAttributes[0].Required",
            custom_attributes()
                .set_custom_attributes(Some(vec![attribute("tenant").required(false).build()])),
            custom_attributes()
                .set_custom_attributes(Some(vec![attribute("tenant").required(true).build()])),
        ),
        // SR-032.
        case(
            NAME_UNIQUE.code,
            "CustomAttributes[1].Name",
            custom_attributes().set_custom_attributes(Some(vec![
                attribute("tenant").build(),
                attribute("Tenant").build(),
            ])),
            custom_attributes().set_custom_attributes(Some(vec![
                attribute("tenant").build(),
                attribute("tenant").build(),
            ])),
        ),
        // SR-153: constraints of the attribute's own type; integer values; at most 2048.
        case(
            CONSTRAINTS.code,
            "CustomAttributes[0].StringAttributeConstraints",
            custom_attributes().set_custom_attributes(Some(vec![string("1", "8")])),
            custom_attributes().set_custom_attributes(Some(vec![
                attribute("level")
                    .attribute_data_type(AttributeDataType::Number)
                    .string_attribute_constraints(
                        StringAttributeConstraintsType::builder()
                            .max_length("8")
                            .build(),
                    )
                    .build(),
            ])),
        ),
        case(
            CONSTRAINTS.code,
            "CustomAttributes[0].NumberAttributeConstraints",
            custom_attributes().set_custom_attributes(Some(vec![number("-5", "5")])),
            custom_attributes().set_custom_attributes(Some(vec![
                attribute("flag")
                    .attribute_data_type(AttributeDataType::Boolean)
                    .number_attribute_constraints(
                        NumberAttributeConstraintsType::builder()
                            .min_value("0")
                            .build(),
                    )
                    .build(),
            ])),
        ),
        case(
            CONSTRAINTS.code,
            "CustomAttributes[0].NumberAttributeConstraints.MaxValue",
            custom_attributes().set_custom_attributes(Some(vec![number("0", "100")])),
            custom_attributes().set_custom_attributes(Some(vec![number("0", "1e2")])),
        ),
        case(
            CONSTRAINTS.code,
            "CustomAttributes[0].StringAttributeConstraints.MaxLength",
            custom_attributes().set_custom_attributes(Some(vec![string("0", "2048")])),
            custom_attributes().set_custom_attributes(Some(vec![string("0", "2049")])),
        ),
        case(
            CONSTRAINTS.code,
            "CustomAttributes[0].StringAttributeConstraints.MinLength",
            custom_attributes().set_custom_attributes(Some(vec![string("0", "8")])),
            custom_attributes().set_custom_attributes(Some(vec![string("", "8")])),
        ),
        // SR-034 / SR-035.
        case(
            LENGTH_ORDER.code,
            "CustomAttributes[0].StringAttributeConstraints.MinLength",
            custom_attributes().set_custom_attributes(Some(vec![string("8", "8")])),
            custom_attributes().set_custom_attributes(Some(vec![string("9", "8")])),
        ),
        case(
            VALUE_ORDER.code,
            "CustomAttributes[0].NumberAttributeConstraints.MinValue",
            custom_attributes().set_custom_attributes(Some(vec![number("-1", "-1")])),
            custom_attributes().set_custom_attributes(Some(vec![number("0", "-1")])),
        ),
    ]
}
