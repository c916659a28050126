//! Step 5's resource servers: the APIs an app client gets custom OAuth scopes for
//! (`CreateResourceServer`). A client asks for a scope as `<identifier>/<scope name>`.

use std::fmt;

use aws_sdk_cognitoidentityprovider::operation::create_resource_server::CreateResourceServerInput;
use aws_sdk_cognitoidentityprovider::types::ResourceServerScopeType;

use super::OAuthScope;
use crate::page::{Page, join, or_none};
use crate::steps::built;

/// A resource server: an API, its identifier, and the custom scopes app clients may ask for
/// (`CreateResourceServer`).
///
/// # Examples
///
/// ```
/// use cognito_wizard::{AppClient, OAuthScope, ResourceServer};
///
/// let orders = ResourceServer::new("https://api.example.com/orders", "Orders API")
///     .scope("read", "Read orders")
///     .scope("write", "Create and change orders");
/// assert_eq!(
///     orders.oauth_scope("read"),
///     OAuthScope::Custom("https://api.example.com/orders/read".into())
/// );
/// let worker = AppClient::machine_to_machine("orders-worker", [orders.oauth_scope("write")]);
/// # let _ = worker;
/// ```
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceServer {
    identifier: String,
    name: String,
    /// Scope names and descriptions, in the order they were added.
    #[cfg_attr(feature = "serde", serde(default))]
    scopes: Vec<(String, String)>,
}

impl ResourceServer {
    /// The resource server `identifier` (often the API's URL; fixed once created) named
    /// `name`, without scopes yet.
    pub fn new(identifier: impl Into<String>, name: impl Into<String>) -> Self {
        ResourceServer {
            identifier: identifier.into(),
            name: name.into(),
            scopes: Vec::new(),
        }
    }

    /// Adds the custom scope `name` (no `/`) with its `description`.
    #[must_use]
    pub fn scope(mut self, name: impl Into<String>, description: impl Into<String>) -> Self {
        self.scopes.push((name.into(), description.into()));
        self
    }

    /// The scope an app client asks for to get this server's scope `name`:
    /// `<identifier>/<name>`. Review refuses a client's scope that names no scope of the plan.
    pub fn oauth_scope(&self, name: &str) -> OAuthScope {
        OAuthScope::Custom(format!("{}/{name}", self.identifier))
    }

    /// The `CreateResourceServer` request (without `UserPoolId`).
    pub(crate) fn to_wire(&self) -> CreateResourceServerInput {
        built(
            CreateResourceServerInput::builder()
                .identifier(self.identifier.clone())
                .name(self.name.clone())
                .set_scopes((!self.scopes.is_empty()).then(|| {
                    self.scopes
                        .iter()
                        .map(|(name, description)| {
                            built(
                                ResourceServerScopeType::builder()
                                    .scope_name(name.clone())
                                    .scope_description(description.clone())
                                    .build(),
                            )
                        })
                        .collect()
                }))
                .build(),
        )
    }

    /// The server a `CreateResourceServer` request creates, the inverse of
    /// [`to_wire`](Self::to_wire), scopes in the request's order.
    pub(crate) fn from_wire(input: &CreateResourceServerInput) -> ResourceServer {
        ResourceServer {
            identifier: input.identifier().unwrap_or_default().to_owned(),
            name: input.name().unwrap_or_default().to_owned(),
            scopes: input
                .scopes()
                .iter()
                .map(|s| (s.scope_name().to_owned(), s.scope_description().to_owned()))
                .collect(),
        }
    }

    /// This server's rows of step 5's review page.
    pub(crate) fn write_review(&self, page: &mut Page<'_, '_>) -> fmt::Result {
        page.row("Resource server name", &self.name)?;
        page.row("Resource server identifier", &self.identifier)?;
        page.row(
            "Custom scopes",
            or_none(join(
                self.scopes
                    .iter()
                    .map(|(name, description)| format!("{name} ({description})")),
            )),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_mapping() {
        let server = ResourceServer::new("https://api.example.com", "Orders API")
            .scope("orders.read", "Read orders")
            .scope("orders.write", "Change orders");
        let wire = server.to_wire();
        assert_eq!(wire.user_pool_id(), None);
        assert_eq!(wire.identifier(), Some("https://api.example.com"));
        assert_eq!(wire.name(), Some("Orders API"));
        let scopes: Vec<(&str, &str)> = wire
            .scopes()
            .iter()
            .map(|s| (s.scope_name(), s.scope_description()))
            .collect();
        assert_eq!(
            scopes,
            [
                ("orders.read", "Read orders"),
                ("orders.write", "Change orders")
            ]
        );
        assert_eq!(
            server.oauth_scope("orders.read").to_string(),
            "https://api.example.com/orders.read"
        );
        assert!(
            crate::validate::create_resource_server(&{
                let mut lone = wire;
                lone.user_pool_id = Some("us-east-1_AbC123xyZ".into());
                lone
            })
            .is_ok()
        );
    }

    #[test]
    fn without_scopes_the_member_is_left_out() {
        let wire = ResourceServer::new("orders", "Orders").to_wire();
        assert!(wire.scopes.is_none());
    }
}
