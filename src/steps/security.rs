//! Step 2, "Configure security requirements".

pub(crate) mod rules;
