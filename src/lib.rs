#![doc = include_str!("../README.md")]

mod review;
pub mod steps;
pub mod validate;
mod wizard;

pub use review::Reviewed;
pub use wizard::UserPoolWizard;
pub mod client;
