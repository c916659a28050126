//! Step 3, "Configure sign-up experience": self-registration, Cognito-assisted verification,
//! required attributes and custom attributes.
//!
//! # Examples
//!
//! ```
//! use cognito_wizard::{CustomAttribute, SignUp, StandardAttribute, Verification};
//!
//! let step = SignUp::default()
//!     .self_registration(false)
//!     .verification(Verification::PhoneNumberElseEmail)
//!     .required_attributes([StandardAttribute::Name])
//!     .custom_attribute(CustomAttribute::string("tenant").max_length(64).mutable(false))
//!     .custom_attribute(CustomAttribute::number("age").min_value(0).max_value(150));
//! # let _ = step;
//! ```

pub(crate) mod custom_attribute_rules;
pub(crate) mod rules;

use std::fmt;

use aws_sdk_cognitoidentityprovider::operation::create_user_pool::CreateUserPoolInput;
use aws_sdk_cognitoidentityprovider::types::{
    AdminCreateUserConfigType, AttributeDataType, MessageTemplateType,
    NumberAttributeConstraintsType, SchemaAttributeType, StringAttributeConstraintsType,
    UserAttributeUpdateSettingsType, VerifiedAttributeType,
};

use super::sign_in::{SignIn, SignInOption, enabled};
use crate::checkbox::{Checkbox, CheckboxSealed, Checkboxes};
use crate::page::{Page, join, or_none};

/// "Cognito-assisted verification and confirmation": which attributes Cognito verifies by
/// sending a code (`AutoVerifiedAttributes`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Verification {
    /// "Allow Cognito to automatically send messages to verify and confirm" unchecked.
    Off,
    /// "Send email message, verify email address", the default.
    #[default]
    Email,
    /// "Send SMS message, verify phone number" (needs SMS settings in step 4).
    PhoneNumber,
    /// "Send SMS message if phone number is available, otherwise send email message".
    PhoneNumberElseEmail,
}

impl Verification {
    fn attributes(self) -> &'static [VerifiedAttributeType] {
        match self {
            Verification::Off => &[],
            Verification::Email => &[VerifiedAttributeType::Email],
            Verification::PhoneNumber => &[VerifiedAttributeType::PhoneNumber],
            Verification::PhoneNumberElseEmail => &[
                VerifiedAttributeType::Email,
                VerifiedAttributeType::PhoneNumber,
            ],
        }
    }
}

/// The console's label.
impl fmt::Display for Verification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Verification::Off => "Don't automatically send messages",
            Verification::Email => "Send email message, verify email address",
            Verification::PhoneNumber => "Send SMS message, verify phone number",
            Verification::PhoneNumberElseEmail => {
                "Send SMS message if phone number is available, otherwise send email message"
            }
        })
    }
}

/// A standard (OIDC) attribute, for "Required attributes" and app client
/// permissions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
#[expect(missing_docs, reason = "each variant is the attribute its name spells")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum StandardAttribute {
    Address,
    Birthdate,
    Email,
    FamilyName,
    Gender,
    GivenName,
    Locale,
    MiddleName,
    Name,
    Nickname,
    PhoneNumber,
    Picture,
    PreferredUsername,
    Profile,
    UpdatedAt,
    Website,
    Zoneinfo,
}

impl StandardAttribute {
    /// Every standard attribute, in the console's (alphabetical) order.
    pub const ALL: [StandardAttribute; 17] = [
        StandardAttribute::Address,
        StandardAttribute::Birthdate,
        StandardAttribute::Email,
        StandardAttribute::FamilyName,
        StandardAttribute::Gender,
        StandardAttribute::GivenName,
        StandardAttribute::Locale,
        StandardAttribute::MiddleName,
        StandardAttribute::Name,
        StandardAttribute::Nickname,
        StandardAttribute::PhoneNumber,
        StandardAttribute::Picture,
        StandardAttribute::PreferredUsername,
        StandardAttribute::Profile,
        StandardAttribute::UpdatedAt,
        StandardAttribute::Website,
        StandardAttribute::Zoneinfo,
    ];

    /// The attribute's wire name, e.g. `"given_name"`.
    pub fn name(self) -> &'static str {
        match self {
            StandardAttribute::Address => "address",
            StandardAttribute::Birthdate => "birthdate",
            StandardAttribute::Email => "email",
            StandardAttribute::FamilyName => "family_name",
            StandardAttribute::Gender => "gender",
            StandardAttribute::GivenName => "given_name",
            StandardAttribute::Locale => "locale",
            StandardAttribute::MiddleName => "middle_name",
            StandardAttribute::Name => "name",
            StandardAttribute::Nickname => "nickname",
            StandardAttribute::PhoneNumber => "phone_number",
            StandardAttribute::Picture => "picture",
            StandardAttribute::PreferredUsername => "preferred_username",
            StandardAttribute::Profile => "profile",
            StandardAttribute::UpdatedAt => "updated_at",
            StandardAttribute::Website => "website",
            StandardAttribute::Zoneinfo => "zoneinfo",
        }
    }
}

impl CheckboxSealed for StandardAttribute {}
impl Checkbox for StandardAttribute {
    const ALL: &'static [Self] = &StandardAttribute::ALL;
}

/// The wire name.
impl fmt::Display for StandardAttribute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A custom attribute (`custom:<name>`), a `Schema` entry. Custom attributes can never be
/// required.
///
/// # Examples
///
/// ```
/// use cognito_wizard::CustomAttribute;
///
/// let tenant = CustomAttribute::string("tenant_id").min_length(1).max_length(36).mutable(false);
/// assert_eq!(tenant.name(), "tenant_id");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct CustomAttribute {
    name: String,
    kind: CustomAttributeKind,
    #[cfg_attr(feature = "serde", serde(default = "crate::spec::yes"))]
    mutable: bool,
}

/// A custom attribute's type and bounds, as the console offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(rename_all = "kebab-case", deny_unknown_fields)
)]
pub enum CustomAttributeKind {
    /// "String", with optional length bounds.
    String {
        /// "Min length".
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
        min_length: Option<u32>,
        /// "Max length".
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
        max_length: Option<u32>,
    },
    /// "Number", with optional value bounds.
    Number {
        /// "Min value".
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
        min_value: Option<i64>,
        /// "Max value".
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
        max_value: Option<i64>,
    },
}

impl CustomAttribute {
    /// A string attribute named `name` (without the `custom:` prefix, which Cognito adds),
    /// mutable, without bounds.
    pub fn string(name: impl Into<String>) -> Self {
        CustomAttribute {
            name: name.into(),
            kind: CustomAttributeKind::String {
                min_length: None,
                max_length: None,
            },
            mutable: true,
        }
    }

    /// A number attribute named `name` (without the `custom:` prefix), mutable, without bounds.
    pub fn number(name: impl Into<String>) -> Self {
        CustomAttribute {
            name: name.into(),
            kind: CustomAttributeKind::Number {
                min_value: None,
                max_value: None,
            },
            mutable: true,
        }
    }

    /// "Mutable": whether the value can change after sign-up (default `true`).
    #[must_use]
    pub fn mutable(mut self, mutable: bool) -> Self {
        self.mutable = mutable;
        self
    }

    /// "Min length" of a string attribute (ignored for numbers).
    #[must_use]
    pub fn min_length(mut self, length: u32) -> Self {
        if let CustomAttributeKind::String { min_length, .. } = &mut self.kind {
            *min_length = Some(length);
        }
        self
    }

    /// "Max length" of a string attribute (ignored for numbers).
    #[must_use]
    pub fn max_length(mut self, length: u32) -> Self {
        if let CustomAttributeKind::String { max_length, .. } = &mut self.kind {
            *max_length = Some(length);
        }
        self
    }

    /// "Min value" of a number attribute (ignored for strings).
    #[must_use]
    pub fn min_value(mut self, value: i64) -> Self {
        if let CustomAttributeKind::Number { min_value, .. } = &mut self.kind {
            *min_value = Some(value);
        }
        self
    }

    /// "Max value" of a number attribute (ignored for strings).
    #[must_use]
    pub fn max_value(mut self, value: i64) -> Self {
        if let CustomAttributeKind::Number { max_value, .. } = &mut self.kind {
            *max_value = Some(value);
        }
        self
    }

    /// The name without the `custom:` prefix.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The type and bounds.
    pub fn kind(&self) -> CustomAttributeKind {
        self.kind
    }

    /// The attribute a `Schema` entry declares, the inverse of `to_wire`: `None` for what a
    /// console custom attribute cannot be (developer-only, `Boolean`, `DateTime`). A bound that
    /// is not a whole number of the attribute's kind is left out.
    fn from_wire(attribute: &SchemaAttributeType) -> Option<Self> {
        if attribute.developer_only_attribute() == Some(true) {
            return None;
        }
        let kind = match attribute.attribute_data_type()? {
            AttributeDataType::String => {
                let c = attribute.string_attribute_constraints();
                let bound = |b: Option<&str>| b.and_then(|n| n.parse().ok());
                CustomAttributeKind::String {
                    min_length: bound(c.and_then(StringAttributeConstraintsType::min_length)),
                    max_length: bound(c.and_then(StringAttributeConstraintsType::max_length)),
                }
            }
            AttributeDataType::Number => {
                let c = attribute.number_attribute_constraints();
                let bound = |b: Option<&str>| b.and_then(|n| n.parse().ok());
                CustomAttributeKind::Number {
                    min_value: bound(c.and_then(NumberAttributeConstraintsType::min_value)),
                    max_value: bound(c.and_then(NumberAttributeConstraintsType::max_value)),
                }
            }
            _ => return None,
        };
        Some(CustomAttribute {
            name: attribute.name()?.to_owned(),
            kind,
            mutable: attribute.mutable().unwrap_or(true),
        })
    }

    fn to_wire(&self) -> SchemaAttributeType {
        let b = SchemaAttributeType::builder()
            .name(self.name.clone())
            .mutable(self.mutable);
        match self.kind {
            CustomAttributeKind::String {
                min_length,
                max_length,
            } => b
                .attribute_data_type(AttributeDataType::String)
                .set_string_attribute_constraints(
                    (min_length.is_some() || max_length.is_some()).then(|| {
                        StringAttributeConstraintsType::builder()
                            .set_min_length(min_length.map(|n| n.to_string()))
                            .set_max_length(max_length.map(|n| n.to_string()))
                            .build()
                    }),
                ),
            CustomAttributeKind::Number {
                min_value,
                max_value,
            } => b
                .attribute_data_type(AttributeDataType::Number)
                .set_number_attribute_constraints(
                    (min_value.is_some() || max_value.is_some()).then(|| {
                        NumberAttributeConstraintsType::builder()
                            .set_min_value(min_value.map(|n| n.to_string()))
                            .set_max_value(max_value.map(|n| n.to_string()))
                            .build()
                    }),
                ),
        }
        .build()
    }
}

impl fmt::Display for CustomAttribute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "custom:{} (", self.name)?;
        match self.kind {
            CustomAttributeKind::String {
                min_length,
                max_length,
            } => {
                f.write_str("String")?;
                bounds(f, "length", min_length, max_length)?;
            }
            CustomAttributeKind::Number {
                min_value,
                max_value,
            } => {
                f.write_str("Number")?;
                bounds(f, "value", min_value, max_value)?;
            }
        }
        f.write_str(if self.mutable {
            ", mutable)"
        } else {
            ", immutable)"
        })
    }
}

fn bounds<T: fmt::Display>(
    f: &mut fmt::Formatter<'_>,
    what: &str,
    min: Option<T>,
    max: Option<T>,
) -> fmt::Result {
    if let Some(min) = min {
        write!(f, ", min {what} {min}")?;
    }
    if let Some(max) = max {
        write!(f, ", max {what} {max}")?;
    }
    Ok(())
}

/// Step 3, "Configure sign-up experience". `Default` is the console's: self-registration on,
/// Cognito verifies e-mail addresses, the original value stays active while an update is
/// pending, and no required attributes beyond the sign-in identifiers of step 1 (which are
/// always required) and no custom attributes.
///
/// # Examples
///
/// ```
/// use cognito_wizard::{SignUp, Verification};
///
/// let step = SignUp::default().verification(Verification::Off).keep_original_value(false);
/// # let _ = step;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct SignUp {
    self_registration: bool,
    verification: Verification,
    keep_original_value: bool,
    required_attributes: Checkboxes<StandardAttribute>,
    custom_attributes: Vec<CustomAttribute>,
}

impl Default for SignUp {
    fn default() -> Self {
        SignUp {
            self_registration: true,
            verification: Verification::Email,
            keep_original_value: true,
            required_attributes: Checkboxes::new(),
            custom_attributes: Vec::new(),
        }
    }
}

impl SignUp {
    /// "Enable self-registration" (`AdminCreateUserConfig.AllowAdminCreateUserOnly` is its
    /// negation).
    #[must_use]
    pub fn self_registration(mut self, allow: bool) -> Self {
        self.self_registration = allow;
        self
    }

    /// "Cognito-assisted verification and confirmation" and "Attributes to verify".
    #[must_use]
    pub fn verification(mut self, verification: Verification) -> Self {
        self.verification = verification;
        self
    }

    /// "Keep original attribute value active when an update is pending", for every attribute
    /// Cognito verifies (`UserAttributeUpdateSettings`).
    #[must_use]
    pub fn keep_original_value(mut self, keep: bool) -> Self {
        self.keep_original_value = keep;
        self
    }

    /// "Required attributes" besides the sign-in identifiers, which are always required.
    #[must_use]
    pub fn required_attributes(
        mut self,
        attributes: impl IntoIterator<Item = StandardAttribute>,
    ) -> Self {
        self.required_attributes = attributes.into_iter().collect();
        self
    }

    /// Adds a "Custom attribute".
    #[must_use]
    pub fn custom_attribute(mut self, attribute: CustomAttribute) -> Self {
        self.custom_attributes.push(attribute);
        self
    }

    pub(crate) fn custom_attributes(&self) -> &[CustomAttribute] {
        &self.custom_attributes
    }

    /// Every required standard attribute: the chosen ones and step 1's identifiers.
    fn required(&self, sign_in: &SignIn) -> Checkboxes<StandardAttribute> {
        let mut all = self.required_attributes;
        all.extend(sign_in.identifiers().map(|o| match o {
            SignInOption::PhoneNumber => StandardAttribute::PhoneNumber,
            _ => StandardAttribute::Email,
        }));
        all
    }

    /// Writes this step's members of `CreateUserPool`. `invitation` is step 4's invitation
    /// template, which the API keeps in `AdminCreateUserConfig` beside the self-registration
    /// switch.
    pub(crate) fn to_pool(
        &self,
        input: &mut CreateUserPoolInput,
        sign_in: &SignIn,
        invitation: Option<MessageTemplateType>,
    ) {
        input.admin_create_user_config = Some(
            AdminCreateUserConfigType::builder()
                .allow_admin_create_user_only(!self.self_registration)
                .set_invite_message_template(invitation)
                .build(),
        );
        let verified = self.verification.attributes();
        input.auto_verified_attributes = (!verified.is_empty()).then(|| verified.to_vec());
        input.user_attribute_update_settings = (self.keep_original_value && !verified.is_empty())
            .then(|| {
                UserAttributeUpdateSettingsType::builder()
                    .set_attributes_require_verification_before_update(Some(verified.to_vec()))
                    .build()
            });
        let schema: Vec<SchemaAttributeType> = self
            .required(sign_in)
            .iter()
            .map(|attribute| {
                // Re-declaring a standard attribute only makes it required; its data type is
                // fixed (SR-033), so none is sent.
                SchemaAttributeType::builder()
                    .name(attribute.name())
                    .required(true)
                    .mutable(true)
                    .build()
            })
            .chain(self.custom_attributes.iter().map(CustomAttribute::to_wire))
            .collect();
        input.schema = (!schema.is_empty()).then_some(schema);
    }

    /// The step that writes `pool` for `sign_in`, the inverse of [`to_pool`](Self::to_pool).
    /// What the step cannot hold (developer-only, `Boolean` or `DateTime` custom attributes,
    /// bounds that are not whole numbers, standard attributes that are not plainly required)
    /// is left out; read-back lists it by comparing the requests this step writes back.
    pub(crate) fn from_requests(pool: &CreateUserPoolInput, sign_in: &SignIn) -> SignUp {
        let verified = pool.auto_verified_attributes();
        let has = |a: &VerifiedAttributeType| verified.contains(a);
        let verification = match (
            has(&VerifiedAttributeType::Email),
            has(&VerifiedAttributeType::PhoneNumber),
        ) {
            (false, false) => Verification::Off,
            (true, false) => Verification::Email,
            (false, true) => Verification::PhoneNumber,
            (true, true) => Verification::PhoneNumberElseEmail,
        };
        // Without verified attributes the setting is never sent: the console's default stands.
        let keep_original_value = verified.is_empty()
            || pool
                .user_attribute_update_settings()
                .is_some_and(|s| !s.attributes_require_verification_before_update().is_empty());
        let identifiers = sign_in.identifiers().collect::<Vec<_>>();
        let mut required_attributes = Checkboxes::new();
        let mut custom_attributes = Vec::new();
        for attribute in pool.schema() {
            let Some(name) = attribute.name() else {
                continue;
            };
            if let Some(standard) = StandardAttribute::ALL
                .into_iter()
                .find(|s| s.name() == name)
            {
                let identifier = match standard {
                    StandardAttribute::Email => identifiers.contains(&SignInOption::Email),
                    StandardAttribute::PhoneNumber => {
                        identifiers.contains(&SignInOption::PhoneNumber)
                    }
                    _ => false,
                };
                if attribute.required() == Some(true) && !identifier {
                    required_attributes.insert(standard);
                }
            } else if let Some(custom) = CustomAttribute::from_wire(attribute) {
                custom_attributes.push(custom);
            }
        }
        SignUp {
            self_registration: !pool
                .admin_create_user_config()
                .is_some_and(|c| c.allow_admin_create_user_only),
            verification,
            keep_original_value,
            required_attributes,
            custom_attributes,
        }
    }

    /// This step's section of the review page.
    pub(crate) fn write_review(&self, page: &mut Page<'_, '_>, sign_in: &SignIn) -> fmt::Result {
        page.row("Self-registration", enabled(self.self_registration))?;
        page.row(
            "Cognito-assisted verification and confirmation",
            enabled(self.verification != Verification::Off),
        )?;
        if self.verification != Verification::Off {
            page.row("Attributes to verify", self.verification)?;
            page.row(
                "Verifying attribute changes",
                if self.keep_original_value {
                    "Keep original attribute value active when an update is pending"
                } else {
                    "Update attribute values immediately"
                },
            )?;
        }
        page.row("Required attributes", or_none(join(self.required(sign_in))))?;
        page.row("Custom attributes", or_none(join(&self.custom_attributes)))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(step: &SignUp, sign_in: &SignIn) -> CreateUserPoolInput {
        let mut input = CreateUserPoolInput::builder().build().unwrap();
        step.to_pool(&mut input, sign_in, None);
        input
    }

    #[test]
    fn defaults_map_to_the_console_defaults() {
        let input = pool(&SignUp::default(), &SignIn::with([SignInOption::Email]));
        assert!(
            !input
                .admin_create_user_config()
                .unwrap()
                .allow_admin_create_user_only()
        );
        assert_eq!(
            input.auto_verified_attributes(),
            [VerifiedAttributeType::Email]
        );
        assert_eq!(
            input
                .user_attribute_update_settings()
                .unwrap()
                .attributes_require_verification_before_update(),
            [VerifiedAttributeType::Email]
        );
        let schema = input.schema();
        assert_eq!(schema.len(), 1);
        assert_eq!(schema[0].name(), Some("email"));
        assert_eq!(schema[0].required(), Some(true));
        assert_eq!(schema[0].attribute_data_type(), None);
    }

    #[test]
    fn identifiers_and_chosen_attributes_are_required() {
        let sign_in = SignIn::with([SignInOption::Username, SignInOption::PhoneNumber]);
        let step = SignUp::default().required_attributes([StandardAttribute::GivenName]);
        let names: Vec<_> = pool(&step, &sign_in)
            .schema()
            .iter()
            .map(|s| s.name().unwrap().to_owned())
            .collect();
        assert_eq!(names, ["given_name", "phone_number"]);
    }

    #[test]
    fn non_default_choices() {
        let step = SignUp::default()
            .self_registration(false)
            .verification(Verification::PhoneNumberElseEmail)
            .keep_original_value(false);
        let input = pool(&step, &SignIn::with([SignInOption::Email]));
        assert!(
            input
                .admin_create_user_config()
                .unwrap()
                .allow_admin_create_user_only()
        );
        assert_eq!(
            input.auto_verified_attributes(),
            [
                VerifiedAttributeType::Email,
                VerifiedAttributeType::PhoneNumber
            ]
        );
        assert!(input.user_attribute_update_settings().is_none());

        let input = pool(
            &SignUp::default().verification(Verification::Off),
            &SignIn::with([SignInOption::Email]),
        );
        assert!(input.auto_verified_attributes().is_empty());
        assert!(input.user_attribute_update_settings().is_none());
    }

    #[test]
    fn custom_attributes() {
        let step = SignUp::default()
            .custom_attribute(
                CustomAttribute::string("tenant")
                    .min_length(1)
                    .max_length(36)
                    .mutable(false),
            )
            .custom_attribute(CustomAttribute::number("age").min_value(-1).max_value(150))
            .custom_attribute(CustomAttribute::string("plain"));
        let input = pool(&step, &SignIn::with([SignInOption::Email]));
        let schema = input.schema();
        assert_eq!(schema.len(), 4);
        let tenant = &schema[1];
        assert_eq!(tenant.name(), Some("tenant"));
        assert_eq!(
            tenant.attribute_data_type(),
            Some(&AttributeDataType::String)
        );
        assert_eq!(tenant.mutable(), Some(false));
        assert_eq!(tenant.required(), None);
        let constraints = tenant.string_attribute_constraints().unwrap();
        assert_eq!(constraints.min_length(), Some("1"));
        assert_eq!(constraints.max_length(), Some("36"));
        let age = &schema[2];
        assert_eq!(age.attribute_data_type(), Some(&AttributeDataType::Number));
        let constraints = age.number_attribute_constraints().unwrap();
        assert_eq!(constraints.min_value(), Some("-1"));
        assert_eq!(constraints.max_value(), Some("150"));
        assert!(schema[3].string_attribute_constraints().is_none());
    }
}
