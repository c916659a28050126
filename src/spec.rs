//! Spec files (feature `serde`): the wizard as JSON, TOML, YAML or any other serde format.

/// The default of a setting that starts on.
pub(crate) fn yes() -> bool {
    true
}
