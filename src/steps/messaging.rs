//! Step 4, "Configure message delivery".

pub(crate) mod rules;
