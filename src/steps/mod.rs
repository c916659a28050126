//! One module per page of the console's "Create user pool" wizard. Each owns its types, their
//! console defaults, their mapping onto the SDK's wire inputs, its section of the review page,
//! and (in its `rules` submodule) the validation rules the console shows on that page.

pub mod app;
pub mod messaging;
pub mod security;
pub mod sign_in;
pub mod sign_up;
