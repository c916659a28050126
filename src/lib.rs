#![doc = include_str!("../README.md")]

mod checkbox;
mod page;
pub mod provision;
mod review;
#[cfg(feature = "serde")]
pub mod spec;
pub mod steps;
#[cfg(feature = "test-util")]
pub mod test_util;
pub mod validate;
mod wizard;

pub use checkbox::{Checkbox, CheckboxIter, Checkboxes};
pub use provision::{
    Cleanup, CreateError, CreateOptions, Created, CreatedClient, InvalidPlanToken, Kept,
    LeftBehind, PLAN_TAG, PlanStep, PlanToken, ReadBack, ReadError, ReadStep, RollbackStep, Secret,
};
pub use review::{Reviewed, Warning};
pub use steps::app::{
    App, AppClient, AppClientType, AuthFlow, ClientSecret, CustomClientSecret, Domain,
    LambdaTriggers, ManagedLoginVersion, OAuth, OAuthGrantType, OAuthScope,
    PreTokenGenerationVersion, ResourceServer, TimeUnit, TokenValidity,
};
pub use steps::messaging::{
    EmailSender, InvitationMessage, MessageTemplates, Messaging, SesEmail, SmsSettings,
    VerificationMessage, VerificationType,
};
pub use steps::security::{
    AccountRecovery, CustomPasswordPolicy, FeaturePlan, Mfa, MfaMethod, PasswordPolicy, Security,
    ThreatProtection,
};
pub use steps::sign_in::{
    AppleProvider, AttributesRequestMethod, FacebookProvider, GoogleProvider, IdentityProvider,
    LoginWithAmazonProvider, OidcEndpoints, OidcProvider, Passkeys, PasswordlessFactor,
    PoolAttribute, RememberDevices, SamlMetadata, SamlProvider, SignIn, SignInOption,
    UserVerification,
};
pub use steps::sign_up::{
    CustomAttribute, CustomAttributeKind, SignUp, StandardAttribute, Verification,
};
pub use wizard::UserPoolWizard;
pub mod client;
