//! Step 5, "Integrate your app": pool name, domain, initial app client, tags, deletion
//! protection.

pub(crate) mod client_rules;
pub(crate) mod domain_rules;
pub(crate) mod pool_rules;
