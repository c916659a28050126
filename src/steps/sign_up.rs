//! Step 3, "Configure sign-up experience".

pub(crate) mod rules;
