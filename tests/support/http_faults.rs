//! A fault-injecting HTTP layer for the SDK's `Client`: it counts the requests of each Cognito
//! operation and, for a chosen operation and attempt, fails the request before it reaches the
//! server or replaces the server's answer after it.
//!
//! It answers either from canned replies ([`HttpFaults::canned`], offline) or by forwarding to a
//! real HTTP client ([`HttpFaults::forwarding`], e.g. moto on `http://127.0.0.1:PORT`). A fault
//! at [`Moment::BeforeServer`] stops the request before the server sees it (nothing committed);
//! at [`Moment::AfterServer`] the server has acted on it and the client gets the fault (a 500, a
//! dropped connection) in place of the server's answer. Offline, the canned reply stands in for
//! the server. Every fault that fires is recorded, so a test can check that all of its faults
//! did ([`HttpFaults::assert_all_fired`]); so is every request the client gave up waiting for
//! although no fault struck it ([`HttpFaults::abandoned`]: a real server slower than the client's
//! attempt timeout).
//!
//! Every request that finished is also on a timeline (when it was sent, when its answer or fault
//! came back), from which [`HttpFaults::rounds`] groups the requests into the round trips the
//! client waited for one after the other.
//!
//! Operations are told apart by the JSON protocol's `X-Amz-Target` header
//! (`AWSCognitoIdentityProviderService.CreateUserPoolClient`), and named here by the part after
//! the dot. Attempts count from 1, per operation, for the life of the layer; where several
//! injections match a request at the same moment, the first injected wins.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use aws_sdk_cognitoidentityprovider::config::http::{HttpRequest, HttpResponse};
use aws_sdk_cognitoidentityprovider::error::ConnectorError;
use aws_smithy_runtime_api::client::http::{
    HttpClient, HttpConnector, HttpConnectorFuture, HttpConnectorSettings, SharedHttpClient,
    SharedHttpConnector,
};
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_runtime_api::http::StatusCode;
use aws_smithy_runtime_api::shared::IntoShared;
use aws_smithy_types::body::SdkBody;

/// The `X-Amz-Target` prefix of every Cognito user-pool operation.
pub(crate) const TARGET_PREFIX: &str = "AWSCognitoIdentityProviderService.";

/// What an injected fault does to a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Fault {
    /// HTTP 500 `InternalErrorException`.
    ServerError,
    /// HTTP 400 `TooManyRequestsException`.
    Throttled,
    /// The connection closes before an answer arrives (an I/O connector error).
    ConnectionDropped,
    /// The connector gives up waiting (a timeout connector error, as a read timeout gives).
    ConnectorTimeout,
    /// No answer, ever: only the SDK's operation or attempt timeout ends the call.
    NoAnswer,
    /// This status and body (JSON protocol content type).
    Answer { status: u16, body: String },
}

/// When a fault strikes, relative to the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Moment {
    /// Instead of forwarding: the server never sees the request (fault before commit).
    BeforeServer,
    /// After the server answered, in place of its answer (fault after commit).
    AfterServer,
}

/// Which requests of an operation a fault applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Attempt {
    /// Only the n-th request of the operation (from 1).
    Nth(u32),
    /// Every request of the operation.
    Every,
}

/// A fault that fired: on which request of which operation, and what it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fired {
    pub(crate) operation: String,
    pub(crate) attempt: u32,
    pub(crate) moment: Moment,
    pub(crate) fault: Fault,
}

/// One request on the timeline: its operation, when the client sent it and when the answer (or
/// the fault) came back.
#[derive(Debug, Clone)]
pub(crate) struct Exchange {
    pub(crate) operation: String,
    pub(crate) sent: Instant,
    pub(crate) answered: Instant,
}

#[derive(Debug, Clone)]
struct Injection {
    operation: String,
    attempt: Attempt,
    moment: Moment,
    fault: Fault,
}

impl Injection {
    fn applies(&self, operation: &str, attempt: u32, moment: Moment) -> bool {
        self.operation == operation
            && self.moment == moment
            && match self.attempt {
                Attempt::Nth(n) => n == attempt,
                Attempt::Every => true,
            }
    }
}

#[derive(Debug, Default)]
struct State {
    injections: Vec<Injection>,
    /// Requests that reached the layer, per operation.
    requests: HashMap<String, u32>,
    /// Requests the server (or the canned replies) answered, per operation.
    served: HashMap<String, u32>,
    /// Requests the client stopped waiting for (an attempt timeout) with no fault injected.
    abandoned: HashMap<String, u32>,
    fired: Vec<Fired>,
    /// The requests that finished, in the order they finished.
    timeline: Vec<Exchange>,
    /// Canned replies by operation (offline layers); `{}` with status 200 for any other.
    replies: HashMap<String, (u16, String)>,
}

/// The layer: an SDK [`HttpClient`]; clones share their counts and injections.
#[derive(Debug, Clone)]
pub(crate) struct HttpFaults {
    /// The real HTTP client; `None` answers from the canned replies.
    upstream: Option<SharedHttpClient>,
    state: Arc<Mutex<State>>,
}

impl HttpFaults {
    /// An offline layer: a request that no fault stops gets its operation's canned reply.
    pub(crate) fn canned() -> Self {
        Self::with(None)
    }

    /// A layer in front of a real HTTP client, e.g.
    /// `aws_smithy_http_client::Builder::new().build_http()` for a plain-HTTP endpoint.
    pub(crate) fn forwarding(http: SharedHttpClient) -> Self {
        Self::with(Some(http))
    }

    fn with(upstream: Option<SharedHttpClient>) -> Self {
        HttpFaults {
            upstream,
            state: Arc::new(Mutex::new(State::default())),
        }
    }

    /// Answers `operation` with `status` and `body` where no fault strikes (offline layers; a
    /// forwarding layer asks the server).
    pub(crate) fn reply(&self, operation: &str, status: u16, body: &str) {
        self.lock()
            .replies
            .insert(operation.to_owned(), (status, body.to_owned()));
    }

    /// Makes `fault` strike `operation`'s requests chosen by `attempt`, at `moment`.
    pub(crate) fn inject(&self, operation: &str, attempt: Attempt, moment: Moment, fault: Fault) {
        self.lock().injections.push(Injection {
            operation: operation.to_owned(),
            attempt,
            moment,
            fault,
        });
    }

    /// How many requests of `operation` reached the layer (were sent by the SDK).
    pub(crate) fn requests(&self, operation: &str) -> u32 {
        self.lock().requests.get(operation).copied().unwrap_or(0)
    }

    /// How many requests of every operation reached the layer.
    pub(crate) fn total_requests(&self) -> u32 {
        self.lock().requests.values().sum()
    }

    /// The requests that reached the layer, per operation (only operations that sent any).
    pub(crate) fn requests_per_operation(&self) -> BTreeMap<String, u32> {
        self.lock()
            .requests
            .iter()
            .map(|(operation, n)| (operation.clone(), *n))
            .collect()
    }

    /// The requests that finished (answered, or struck by a fault), in the order they finished.
    pub(crate) fn timeline(&self) -> Vec<Exchange> {
        self.lock().timeline.clone()
    }

    /// The round trips: the longest chain of finished requests in which each was sent after the
    /// one before it was answered. Requests in flight together count once; a request that
    /// waits for another's answer counts again.
    pub(crate) fn round_trips(&self) -> usize {
        self.rounds().len()
    }

    /// The finished requests by round trip: each request is one round after the longest chain
    /// of requests answered before it was sent (see [`round_trips`](Self::round_trips));
    /// within a round, operations in the order they were sent.
    pub(crate) fn rounds(&self) -> Vec<Vec<String>> {
        let mut timeline = self.timeline();
        timeline.sort_by_key(|e| e.answered);
        let mut depth: Vec<usize> = Vec::with_capacity(timeline.len());
        for (i, exchange) in timeline.iter().enumerate() {
            let before = (0..i)
                .filter(|&j| timeline[j].answered <= exchange.sent)
                .map(|j| depth[j])
                .max()
                .unwrap_or(0);
            depth.push(before + 1);
        }
        let mut order: Vec<usize> = (0..timeline.len()).collect();
        order.sort_by_key(|&i| timeline[i].sent);
        let mut rounds = vec![Vec::new(); depth.iter().copied().max().unwrap_or(0)];
        for i in order {
            rounds[depth[i] - 1].push(timeline[i].operation.clone());
        }
        rounds
    }

    /// How many requests of `operation` the server (or the canned replies) answered, whatever
    /// the client then got.
    pub(crate) fn served(&self, operation: &str) -> u32 {
        self.lock().served.get(operation).copied().unwrap_or(0)
    }

    /// How many requests of every operation the client stopped waiting for although no fault
    /// struck them: against a real server, an answer slower than the client's attempt timeout.
    pub(crate) fn abandoned(&self) -> u32 {
        self.lock().abandoned.values().sum()
    }

    /// The faults that fired, in order.
    pub(crate) fn fired(&self) -> Vec<Fired> {
        self.lock().fired.clone()
    }

    /// Panics unless every injected fault fired at least once: a test whose fault never fired
    /// proves nothing.
    pub(crate) fn assert_all_fired(&self) {
        let unfired = self.unfired();
        assert!(
            unfired.is_empty(),
            "injected faults never fired: {unfired:?}; fired: {:?}",
            self.fired()
        );
    }

    /// The injections that never fired (as `Debug` text), for a test that reports rather than
    /// panics.
    pub(crate) fn unfired(&self) -> Vec<String> {
        let state = self.lock();
        state
            .injections
            .iter()
            .filter(|injection| {
                !state.fired.iter().any(|f| {
                    f.operation == injection.operation
                        && f.moment == injection.moment
                        && f.fault == injection.fault
                        && match injection.attempt {
                            Attempt::Nth(n) => f.attempt == n,
                            Attempt::Every => true,
                        }
                })
            })
            .map(|injection| format!("{injection:?}"))
            .collect()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A test that panicked while holding the lock left consistent counts.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Counts a request of `operation` and returns its attempt number.
    fn arrive(&self, operation: &str) -> u32 {
        let mut state = self.lock();
        let count = state.requests.entry(operation.to_owned()).or_default();
        *count += 1;
        *count
    }

    /// The fault for this request at `moment`, if any, recorded as fired.
    fn fault(&self, operation: &str, attempt: u32, moment: Moment) -> Option<Fault> {
        let mut state = self.lock();
        let fault = state
            .injections
            .iter()
            .find(|i| i.applies(operation, attempt, moment))?
            .fault
            .clone();
        state.fired.push(Fired {
            operation: operation.to_owned(),
            attempt,
            moment,
            fault: fault.clone(),
        });
        Some(fault)
    }

    fn canned_reply(&self, operation: &str) -> HttpResponse {
        match self.lock().replies.get(operation) {
            Some((status, body)) => json_response(*status, body),
            None => json_response(200, "{}"),
        }
    }

    fn finish(&self, operation: &str, sent: Instant) {
        self.lock().timeline.push(Exchange {
            operation: operation.to_owned(),
            sent,
            answered: Instant::now(),
        });
    }

    fn serve(&self, operation: &str) {
        *self.lock().served.entry(operation.to_owned()).or_default() += 1;
    }

    fn abandon(&self, operation: &str) {
        *self
            .lock()
            .abandoned
            .entry(operation.to_owned())
            .or_default() += 1;
    }
}

/// Counts a request as abandoned when its future is dropped before it finished, unless it was
/// disarmed: it finished, or an injected fault struck it.
struct Abandonment {
    layer: HttpFaults,
    operation: String,
    armed: bool,
}

impl Drop for Abandonment {
    fn drop(&mut self) {
        if self.armed {
            self.layer.abandon(&self.operation);
        }
    }
}

impl HttpClient for HttpFaults {
    fn http_connector(
        &self,
        settings: &HttpConnectorSettings,
        components: &RuntimeComponents,
    ) -> SharedHttpConnector {
        let upstream = self
            .upstream
            .as_ref()
            .map(|http| http.http_connector(settings, components));
        FaultConnector {
            layer: self.clone(),
            upstream,
        }
        .into_shared()
    }
}

#[derive(Debug)]
struct FaultConnector {
    layer: HttpFaults,
    /// The real connector; `None` answers from the canned replies.
    upstream: Option<SharedHttpConnector>,
}

impl HttpConnector for FaultConnector {
    fn call(&self, request: HttpRequest) -> HttpConnectorFuture {
        let operation = request
            .headers()
            .get("x-amz-target")
            .and_then(|t| t.strip_prefix(TARGET_PREFIX))
            .unwrap_or("(no X-Amz-Target)")
            .to_owned();
        let attempt = self.layer.arrive(&operation);
        let sent = Instant::now();
        let layer = self.layer.clone();
        let upstream = self.upstream.clone();
        HttpConnectorFuture::new(async move {
            let mut watch = Abandonment {
                layer: layer.clone(),
                operation: operation.clone(),
                armed: true,
            };
            if let Some(fault) = layer.fault(&operation, attempt, Moment::BeforeServer) {
                watch.armed = false;
                let struck = strike(fault).await;
                layer.finish(&operation, sent);
                return struck;
            }
            let answer = match upstream {
                Some(connector) => connector.call(request).await,
                None => Ok(layer.canned_reply(&operation)),
            };
            if answer.is_ok() {
                layer.serve(&operation);
            }
            watch.armed = false;
            let answer = match layer.fault(&operation, attempt, Moment::AfterServer) {
                // The server's answer (or its failure) is dropped unread.
                Some(fault) => strike(fault).await,
                None => answer,
            };
            layer.finish(&operation, sent);
            answer
        })
    }
}

async fn strike(fault: Fault) -> Result<HttpResponse, ConnectorError> {
    match fault {
        Fault::ServerError => Ok(json_response(
            500,
            r#"{"__type":"InternalErrorException","message":"injected internal error"}"#,
        )),
        Fault::Throttled => Ok(json_response(
            400,
            r#"{"__type":"TooManyRequestsException","message":"injected throttling"}"#,
        )),
        Fault::ConnectionDropped => Err(ConnectorError::io(Box::new(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "injected: connection closed before the response",
        )))),
        Fault::ConnectorTimeout => Err(ConnectorError::timeout(Box::new(std::io::Error::new(
            std::io::ErrorKind::TimedOut,
            "injected: no response in time",
        )))),
        Fault::NoAnswer => std::future::pending().await,
        Fault::Answer { status, body } => Ok(json_response(status, &body)),
    }
}

/// A JSON-protocol response.
pub(crate) fn json_response(status: u16, body: &str) -> HttpResponse {
    let status = StatusCode::try_from(status).expect("a valid HTTP status");
    let mut response = HttpResponse::new(status, SdkBody::from(body.to_owned()));
    response
        .headers_mut()
        .insert("content-type", "application/x-amz-json-1.1");
    response
}
