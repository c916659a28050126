//! The wizard: one value per console page, built infallibly, then reviewed.

use crate::review::Reviewed;
use crate::validate::ValidationErrors;

/// The whole "Create user pool" wizard.
#[derive(Debug, Clone)]
pub struct UserPoolWizard {}

impl UserPoolWizard {
    /// Validates the configuration.
    ///
    /// # Errors
    ///
    /// Every violated rule.
    pub fn review(&self) -> Result<Reviewed, ValidationErrors> {
        todo!()
    }
}
