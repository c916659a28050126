//! How a run retries, and which plan token it uses.

use std::hash::{BuildHasher, RandomState};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::PlanToken;

/// Retry settings and the plan token for [`Reviewed::create_with`](crate::Reviewed::create_with).
///
/// The defaults suit a real account: the create/update/delete user pool category allows 15
/// requests per second per account, shared by everything else running there. The plan owns
/// every retry: the SDK client's own retries are off for every call this crate sends (see
/// [`client`](crate::client)).
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use cognito_wizard::{CreateOptions, PlanToken};
///
/// let token = PlanToken::random(); // keep it: a second run with it finishes this one
/// let options = CreateOptions::default()
///     .max_attempts(4)
///     .initial_backoff(Duration::from_millis(50))
///     .max_backoff(Duration::from_secs(2))
///     .plan_token(token.clone());
/// assert_eq!(options.get_max_attempts(), 4);
/// assert_eq!(options.get_plan_token(), Some(&token));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateOptions {
    max_attempts: u32,
    ambiguous_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    settle: Duration,
    plan_token: Option<PlanToken>,
}

impl Default for CreateOptions {
    /// 8 attempts per call under throttling, 3 after ambiguous failures, backoff from 100 ms
    /// doubling up to 5 s, 2 s to settle, a random plan token.
    fn default() -> Self {
        CreateOptions {
            max_attempts: 8,
            ambiguous_attempts: 3,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(5),
            settle: Duration::from_secs(2),
            plan_token: None,
        }
    }
}

impl CreateOptions {
    /// How many times a throttled call (or one refused with `ConcurrentModificationException`)
    /// is sent before the plan gives up on it (at least 1).
    #[must_use]
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// How many times a call that failed ambiguously (timeout, lost connection, 5xx) is sent in
    /// all (at least 1). A create is only sent again after a look found nothing it made.
    #[must_use]
    pub fn ambiguous_attempts(mut self, attempts: u32) -> Self {
        self.ambiguous_attempts = attempts.max(1);
        self
    }

    /// The first backoff; each retry doubles it, up to [`max_backoff`](Self::max_backoff).
    #[must_use]
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest backoff between two attempts.
    #[must_use]
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// How long the service may still take to commit a `CreateUserPool` whose answer was lost
    /// (a timeout, a dropped connection, a 5xx): after such a failure the run waits this long
    /// before it looks for the pool, and again before its last look for a second pool carrying
    /// the token. A commit later than that can still leave a second pool (its token names it).
    #[must_use]
    pub fn settle(mut self, settle: Duration) -> Self {
        self.settle = settle;
        self
    }

    /// The token to tag the pool with, instead of a random one. With a token of your own, the
    /// run first looks for a pool carrying it and, if an earlier run left one, finishes it
    /// (MFA, domain, app client) instead of creating a second pool; a complete pool is returned
    /// as adopted without any write.
    #[must_use]
    pub fn plan_token(mut self, token: PlanToken) -> Self {
        self.plan_token = Some(token);
        self
    }

    /// See [`max_attempts`](Self::max_attempts).
    pub fn get_max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// See [`ambiguous_attempts`](Self::ambiguous_attempts).
    pub fn get_ambiguous_attempts(&self) -> u32 {
        self.ambiguous_attempts
    }

    /// See [`initial_backoff`](Self::initial_backoff).
    pub fn get_initial_backoff(&self) -> Duration {
        self.initial_backoff
    }

    /// See [`max_backoff`](Self::max_backoff).
    pub fn get_max_backoff(&self) -> Duration {
        self.max_backoff
    }

    /// See [`settle`](Self::settle).
    pub fn get_settle(&self) -> Duration {
        self.settle
    }

    /// See [`plan_token`](Self::plan_token); `None` means a random token per run.
    pub fn get_plan_token(&self) -> Option<&PlanToken> {
        self.plan_token.as_ref()
    }

    /// The wait before retry number `retry` (0-based): "equal jitter", half the exponential
    /// delay plus a random part of the other half, so concurrent plans spread out but always
    /// wait.
    pub(super) fn backoff(&self, retry: u32) -> Duration {
        let factor = 1u32.checked_shl(retry).unwrap_or(u32::MAX);
        let ceiling = self
            .initial_backoff
            .checked_mul(factor)
            .unwrap_or(self.max_backoff)
            .min(self.max_backoff);
        let half = ceiling / 2;
        half.saturating_add(jitter(ceiling.saturating_sub(half)))
    }
}

/// A random duration in `0..=upto`.
fn jitter(upto: Duration) -> Duration {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = u64::try_from(upto.as_nanos()).unwrap_or(u64::MAX);
    let random = RandomState::new().hash_one(COUNTER.fetch_add(1, Ordering::Relaxed));
    Duration::from_nanos(random % nanos.saturating_add(1).max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let options = CreateOptions::default()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_secs(1));
        for retry in 0..40 {
            let wait = options.backoff(retry);
            let ceiling = Duration::from_millis(100)
                .checked_mul(1 << retry.min(20))
                .unwrap_or(Duration::MAX)
                .min(Duration::from_secs(1));
            assert!(wait >= ceiling / 2 && wait <= ceiling, "{retry}: {wait:?}");
        }
        assert_eq!(
            CreateOptions::default()
                .initial_backoff(Duration::ZERO)
                .backoff(3),
            Duration::ZERO
        );
    }
}
