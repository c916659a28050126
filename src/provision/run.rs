//! One run of a plan: the client, the retry settings, the sleep between retries, and the
//! `tracing` events that say what the run sent and decided. Every call of every verb goes
//! through [`Run::send`] or [`Run::send_idempotent`], so the retry rules live here once.

use std::collections::HashSet;
use std::future::{Future, poll_fn};
use std::pin::Pin;
use std::task::{Context, Poll};

use aws_sdk_cognitoidentityprovider::config::{AsyncSleep, SharedAsyncSleep};
use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool::DeleteUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::delete_user_pool_domain::DeleteUserPoolDomainInput;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool::DescribeUserPoolInput;
use aws_sdk_cognitoidentityprovider::operation::describe_user_pool_domain::{
    DescribeUserPoolDomainInput, DescribeUserPoolDomainOutput,
};
use aws_sdk_cognitoidentityprovider::operation::list_user_pools::{
    ListUserPoolsInput, ListUserPoolsOutput,
};
use aws_sdk_cognitoidentityprovider::types::{UserPoolDescriptionType, UserPoolType};
use tracing::{debug, info};

use super::{CreateOptions, PLAN_TAG, PlanToken};
use crate::client::{CallError, CallErrorKind, Cognito};

/// `ListUserPools` and `ListUserPoolClients` page size (the service's maximum).
pub(super) const LIST_PAGE_SIZE: i32 = 60;

pub(super) const RESOURCE_NOT_FOUND: &str = "ResourceNotFoundException";
const CONCURRENT_MODIFICATION: &str = "ConcurrentModificationException";

/// One execution of a plan.
pub(super) struct Run<'a, C> {
    pub(super) cognito: &'a C,
    pub(super) options: &'a CreateOptions,
    pub(super) token: &'a PlanToken,
    sleep: Option<SharedAsyncSleep>,
}

impl<'a, C: Cognito> Run<'a, C> {
    pub(super) fn new(cognito: &'a C, options: &'a CreateOptions, token: &'a PlanToken) -> Self {
        Run {
            cognito,
            options,
            token,
            sleep: cognito.sleep_impl(),
        }
    }

    /// Waits before retry number `retry` of `call`, and says so.
    pub(super) async fn pause(&self, call: &'static str, retry: u32, after: &CallError) {
        let backoff = self.options.backoff(retry);
        info!(
            plan = %self.token,
            call,
            retry = retry + 1,
            backoff_ms = u64::try_from(backoff.as_millis()).unwrap_or(u64::MAX),
            error.kind = ?after.kind(),
            error.code = after.code().unwrap_or_default(),
            "backing off before the next attempt"
        );
        if let Some(sleep) = &self.sleep {
            sleep.sleep(backoff).await;
        }
    }

    /// Waits the settle time ([`CreateOptions::settle`]) after an ambiguous failure of `call`,
    /// so that a request whose answer was lost can commit before the run looks for it.
    pub(super) async fn settle(&self, call: &'static str) {
        let settle = self.options.get_settle();
        if settle.is_zero() {
            return;
        }
        info!(
            plan = %self.token,
            call,
            settle_ms = u64::try_from(settle.as_millis()).unwrap_or(u64::MAX),
            "waiting for a request whose answer was lost to commit"
        );
        if let Some(sleep) = &self.sleep {
            sleep.sleep(settle).await;
        }
    }

    /// Waits before poll number `poll` of something that takes its time, and says so.
    pub(super) async fn wait(&self, what: &'static str, poll: u32) {
        let backoff = self.options.backoff(poll);
        info!(
            plan = %self.token,
            waiting_for = what,
            poll = poll + 1,
            backoff_ms = u64::try_from(backoff.as_millis()).unwrap_or(u64::MAX),
            "waiting"
        );
        if let Some(sleep) = &self.sleep {
            sleep.sleep(backoff).await;
        }
    }

    /// Sends `call` once and reports the outcome as a `tracing` event.
    async fn attempt<T, F>(&self, call: &'static str, request: F) -> Result<T, CallError>
    where
        F: Future<Output = Result<T, CallError>>,
    {
        debug!(plan = %self.token, call, "sending");
        let result = request.await;
        match &result {
            Ok(_) => debug!(plan = %self.token, call, "succeeded"),
            Err(e) => info!(
                plan = %self.token,
                call,
                error.kind = ?e.kind(),
                error.code = e.code().unwrap_or_default(),
                error.message = e.message().unwrap_or_default(),
                "failed"
            ),
        }
        result
    }

    /// Sends a call, retrying with backoff the refusals that say "not now": throttling, and
    /// `ConcurrentModificationException`, which calls on the same pool may answer while another
    /// runs. Both mean the request had no effect, so even a non-idempotent call may be repeated.
    pub(super) async fn send<T, F>(
        &self,
        call: &'static str,
        mut request: impl FnMut() -> F,
    ) -> Result<T, CallError>
    where
        F: Future<Output = Result<T, CallError>>,
    {
        let mut retry: u32 = 0;
        loop {
            // Only the error outlives the `let`: an answer held across the pause would make
            // every plan's future carry its bytes.
            let error = match self.attempt(call, request()).await {
                Err(e)
                    if (e.kind() == CallErrorKind::Throttled
                        || e.code() == Some(CONCURRENT_MODIFICATION))
                        && retry.saturating_add(1) < self.options.get_max_attempts() =>
                {
                    e
                }
                result => return result,
            };
            self.pause(call, retry, &error).await;
            retry += 1;
        }
    }

    /// Sends an idempotent call, retrying throttling and ambiguous failures.
    pub(super) async fn send_idempotent<T, F>(
        &self,
        call: &'static str,
        mut request: impl FnMut() -> F,
    ) -> Result<T, CallError>
    where
        F: Future<Output = Result<T, CallError>>,
    {
        let mut retry: u32 = 0;
        loop {
            let error = match self.send(call, &mut request).await {
                Err(e)
                    if e.kind().is_ambiguous()
                        && retry.saturating_add(1) < self.options.get_ambiguous_attempts() =>
                {
                    e
                }
                result => return result,
            };
            self.pause(call, retry, &error).await;
            retry += 1;
        }
    }

    /// Every page of a listing: `request(next_token)` until a page has no token, or hands out
    /// one it handed out before (a server whose tokens cycle would page forever).
    pub(super) async fn all_pages<P, F>(
        &self,
        call: &'static str,
        mut request: impl FnMut(Option<String>) -> F,
        next_token: impl Fn(&P) -> Option<&str>,
    ) -> Result<Vec<P>, CallError>
    where
        F: Future<Output = Result<P, CallError>>,
    {
        let mut pages = Vec::new();
        let mut seen_tokens = HashSet::new();
        let mut token: Option<String> = None;
        loop {
            let page = self
                .send_idempotent(call, || request(token.clone()))
                .await?;
            let next = next_token(&page)
                .filter(|t| !t.is_empty() && seen_tokens.insert((*t).to_owned()))
                .map(str::to_owned);
            pages.push(page);
            match next {
                Some(next) => token = Some(next),
                None => return Ok(pages),
            }
        }
    }

    /// Every pool, all pages.
    pub(super) async fn list_pools(&self) -> Result<Vec<UserPoolDescriptionType>, CallError> {
        let pages = self
            .all_pages(
                "ListUserPools",
                |token| {
                    self.cognito.list_user_pools(
                        ListUserPoolsInput::builder()
                            .max_results(LIST_PAGE_SIZE)
                            .set_next_token(token),
                    )
                },
                ListUserPoolsOutput::next_token,
            )
            .await?;
        Ok(pages
            .into_iter()
            .flat_map(|p| p.user_pools.unwrap_or_default())
            .collect())
    }

    /// Every pool named `name` that carries this run's token under [`PLAN_TAG`], in listing
    /// order: `ListUserPools` (every page), then `DescribeUserPool` for each pool of that name.
    pub(super) async fn find_pools(&self, name: &str) -> Result<Vec<UserPoolType>, CallError> {
        debug!(plan = %self.token, pool_name = name, "looking for pools carrying the plan token");
        let mut found = Vec::new();
        for listed in self.list_pools().await? {
            let Some(id) = listed.id().filter(|_| listed.name() == Some(name)) else {
                continue;
            };
            // A pool deleted since it was listed is not ours to worry about.
            let Some(described) = self.describe_pool(id).await? else {
                continue;
            };
            let tagged = described
                .user_pool_tags()
                .and_then(|tags| tags.get(PLAN_TAG))
                .is_some_and(|t| t == self.token.as_str());
            if tagged {
                found.push(described);
            }
        }
        info!(
            plan = %self.token,
            pool_name = name,
            found = found.len(),
            "looked for pools carrying the plan token"
        );
        Ok(found)
    }

    /// `DescribeUserPool`; `None` when the service does not know the pool.
    pub(super) async fn describe_pool(&self, id: &str) -> Result<Option<UserPoolType>, CallError> {
        let described = self
            .send_idempotent("DescribeUserPool", || {
                self.cognito
                    .describe_user_pool(DescribeUserPoolInput::builder().user_pool_id(id))
            })
            .await;
        match described {
            Ok(out) => Ok(out.user_pool),
            Err(e) if e.code() == Some(RESOURCE_NOT_FOUND) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `DescribeUserPoolDomain`, with "not found" as an empty description: Cognito answers an
    /// unknown domain with an empty description, other servers with `ResourceNotFoundException`.
    pub(super) async fn describe_domain(
        &self,
        domain: &str,
    ) -> Result<DescribeUserPoolDomainOutput, CallError> {
        let described = self
            .send_idempotent("DescribeUserPoolDomain", || {
                self.cognito.describe_user_pool_domain(
                    DescribeUserPoolDomainInput::builder().domain(domain),
                )
            })
            .await;
        match described {
            Err(e) if e.code() == Some(RESOURCE_NOT_FOUND) => {
                Ok(DescribeUserPoolDomainOutput::builder().build())
            }
            other => other,
        }
    }

    /// `DeleteUserPoolDomain`; after a failure, a domain that no longer belongs to the pool
    /// counts as deleted (the failed call may have committed, or the domain never existed).
    pub(super) async fn delete_domain(&self, domain: &str, pool_id: &str) -> Result<(), CallError> {
        let mut retry: u32 = 0;
        loop {
            let Err(error) = self
                .send("DeleteUserPoolDomain", || {
                    self.cognito.delete_user_pool_domain(
                        DeleteUserPoolDomainInput::builder()
                            .domain(domain)
                            .user_pool_id(pool_id),
                    )
                })
                .await
            else {
                return Ok(());
            };
            match self.describe_domain(domain).await {
                Ok(out) if !domain_belongs(&out, pool_id) => return Ok(()),
                Ok(_)
                    if error.kind().is_ambiguous()
                        && retry.saturating_add(1) < self.options.get_ambiguous_attempts() =>
                {
                    self.pause("DeleteUserPoolDomain", retry, &error).await;
                    retry += 1;
                }
                _ => return Err(error),
            }
        }
    }

    /// `DeleteUserPool`; a pool the service no longer knows counts as deleted (after an
    /// ambiguous failure, the pool is described to tell).
    pub(super) async fn delete_pool(&self, pool_id: &str) -> Result<(), CallError> {
        let mut retry: u32 = 0;
        loop {
            let Err(error) = self
                .send("DeleteUserPool", || {
                    self.cognito
                        .delete_user_pool(DeleteUserPoolInput::builder().user_pool_id(pool_id))
                })
                .await
            else {
                return Ok(());
            };
            if error.code() == Some(RESOURCE_NOT_FOUND) {
                return Ok(());
            }
            if !error.kind().is_ambiguous() {
                return Err(error);
            }
            match self.describe_pool(pool_id).await {
                Ok(None) => return Ok(()),
                Ok(Some(_)) if retry.saturating_add(1) < self.options.get_ambiguous_attempts() => {
                    self.pause("DeleteUserPool", retry, &error).await;
                    retry += 1;
                }
                _ => return Err(error),
            }
        }
    }
}

/// Whether a described domain belongs to `pool_id`.
pub(super) fn domain_belongs(out: &DescribeUserPoolDomainOutput, pool_id: &str) -> bool {
    out.domain_description()
        .and_then(|d| d.user_pool_id())
        .is_some_and(|id| id == pool_id)
}

/// Runs three futures concurrently on the current task and returns all three outputs (a few
/// lines instead of the `futures` crate). A struct, not an `async fn`: an `async fn` would keep
/// each future twice, once as an argument and once pinned, and a plan's stages are kilobytes.
pub(super) fn join3<A: Future, B: Future, Z: Future>(
    first: A,
    second: B,
    third: Z,
) -> Join3<A, B, Z> {
    Join3 {
        first,
        second,
        third,
        outputs: (None, None, None),
    }
}

pin_project_lite::pin_project! {
    /// The future [`join3`] returns.
    pub(super) struct Join3<A: Future, B: Future, Z: Future> {
        #[pin]
        first: A,
        #[pin]
        second: B,
        #[pin]
        third: Z,
        outputs: (Option<A::Output>, Option<B::Output>, Option<Z::Output>),
    }
}

impl<A: Future, B: Future, Z: Future> Future for Join3<A, B, Z> {
    type Output = (A::Output, B::Output, Z::Output);

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let outputs = this.outputs;
        poll_into(this.first, &mut outputs.0, cx);
        poll_into(this.second, &mut outputs.1, cx);
        poll_into(this.third, &mut outputs.2, cx);
        if outputs.0.is_some()
            && outputs.1.is_some()
            && outputs.2.is_some()
            && let (Some(one), Some(two), Some(three)) =
                (outputs.0.take(), outputs.1.take(), outputs.2.take())
        {
            Poll::Ready((one, two, three))
        } else {
            Poll::Pending
        }
    }
}

/// Runs every future of `futures` concurrently on the current task and returns their outputs
/// in the same order (the list form of [`join3`], for a number known only at run time).
pub(super) async fn join_all<F: Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut futures: Vec<Pin<Box<F>>> = futures.into_iter().map(Box::pin).collect();
    let mut outputs: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
    poll_fn(move |cx| {
        for (future, output) in futures.iter_mut().zip(outputs.iter_mut()) {
            poll_into(future.as_mut(), output, cx);
        }
        if outputs.iter().all(Option::is_some) {
            Poll::Ready(outputs.iter_mut().filter_map(Option::take).collect())
        } else {
            Poll::Pending
        }
    })
    .await
}

/// Polls `future` unless it has finished, keeping its output in `output`.
fn poll_into<F: Future>(future: Pin<&mut F>, output: &mut Option<F::Output>, cx: &mut Context<'_>) {
    if output.is_none()
        && let Poll::Ready(value) = future.poll(cx)
    {
        *output = Some(value);
    }
}

#[cfg(test)]
mod tests {
    use std::pin::pin;

    use super::*;

    #[test]
    fn join_all_keeps_the_order() {
        let ready = std::future::ready;
        assert_eq!(
            block_on(join_all(vec![ready(1), ready(2), ready(3)])),
            [1, 2, 3]
        );
        assert!(block_on(join_all(Vec::<std::future::Ready<()>>::new())).is_empty());
    }

    #[test]
    fn join3_waits_for_all_three() {
        let out = block_on(join3(async { 1 }, async { "two" }, async { 3.0 }));
        assert_eq!(out, (1, "two", 3.0));
    }

    fn block_on<F: Future>(f: F) -> F::Output {
        let mut f = pin!(f);
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        loop {
            if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
                return v;
            }
        }
    }
}
