//! Step 1, "Configure sign-in experience".

pub(crate) mod rules;
