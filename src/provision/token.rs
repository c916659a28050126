//! The plan token: what a run of a plan tags its pool with, so that a retry or a later run of
//! the same plan finds that pool instead of creating a second one.

use std::fmt;
use std::hash::{BuildHasher, RandomState};
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use super::PLAN_TAG;

/// The token a plan run stores on its user pool under [`PLAN_TAG`]: an idempotency token, as
/// EC2's `ClientToken`.
///
/// [`Reviewed::create`](crate::Reviewed::create) picks a random one per run. Choose one
/// yourself ([`CreateOptions::plan_token`](crate::CreateOptions::plan_token)) and keep it
/// before you call `create`, and a second run with the same token (after a crash, a cancelled
/// future, a timeout) finds the pool the first run created and finishes it instead of creating
/// another. A token names one plan: use a new one for a different plan.
///
/// A token is 1 to 256 characters (a tag value's limit) of letters, digits, spaces and
/// `_ . : / = + - @` (the characters every AWS tagging API accepts).
///
/// # Examples
///
/// ```
/// use cognito_wizard::PlanToken;
///
/// let token: PlanToken = "deploy-2026-11-28/users".parse()?;
/// assert_eq!(token.as_str(), "deploy-2026-11-28/users");
/// assert_ne!(PlanToken::random(), PlanToken::random());
/// assert!(PlanToken::new("").is_err());
/// # Ok::<(), cognito_wizard::InvalidPlanToken>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PlanToken(String);

impl PlanToken {
    /// The longest token: a tag value holds at most 256 characters.
    pub const MAX_LEN: usize = 256;

    /// A token unique to this call: 32 hexadecimal digits (128 bits from std's randomly keyed
    /// hasher over the time, the process id and a counter; it must be unique, not secret).
    pub fn random() -> Self {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let seed = (now, std::process::id(), n);
        let high = RandomState::new().hash_one(seed);
        let low = RandomState::new().hash_one(seed);
        PlanToken(format!("{high:016x}{low:016x}"))
    }

    /// A caller-chosen token.
    ///
    /// # Errors
    ///
    /// [`InvalidPlanToken`] when `token` is empty, longer than [`MAX_LEN`](Self::MAX_LEN)
    /// characters, or holds a character tag values do not allow.
    pub fn new(token: impl Into<String>) -> Result<Self, InvalidPlanToken> {
        let token = token.into();
        let problem = if token.is_empty() {
            Some("must not be empty".to_owned())
        } else if token.chars().count() > Self::MAX_LEN {
            Some(format!("must be at most {} characters", Self::MAX_LEN))
        } else {
            token
                .chars()
                .find(|c| !allowed(*c))
                .map(|c| format!("must not contain {c:?}"))
        };
        match problem {
            None => Ok(PlanToken(token)),
            Some(problem) => Err(InvalidPlanToken { problem }),
        }
    }

    /// The token as it is stored in the tag.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Letters, digits, spaces and `_ . : / = + - @`.
fn allowed(c: char) -> bool {
    c.is_alphanumeric() || c == ' ' || "_.:/=+-@".contains(c)
}

impl fmt::Display for PlanToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for PlanToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PlanToken({:?})", self.0)
    }
}

impl AsRef<str> for PlanToken {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl FromStr for PlanToken {
    type Err = InvalidPlanToken;

    fn from_str(token: &str) -> Result<Self, Self::Err> {
        PlanToken::new(token)
    }
}

/// A plan token that cannot be stored in a tag (see [`PlanToken::new`]).
///
/// # Examples
///
/// ```
/// use cognito_wizard::PlanToken;
///
/// let error = PlanToken::new("a\nb").unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "Plan token (UserPoolTags.cognito-wizard:plan): must not contain '\\n'"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidPlanToken {
    problem: String,
}

impl fmt::Display for InvalidPlanToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Plan token (UserPoolTags.{PLAN_TAG}): {}", self.problem)
    }
}

impl std::error::Error for InvalidPlanToken {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_tokens_are_unique_and_valid() {
        let a = PlanToken::random();
        let b = PlanToken::random();
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 32);
        assert!(a.as_str().bytes().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(PlanToken::new(a.as_str()), Ok(a));
    }

    #[test]
    fn caller_tokens_are_checked_at_both_bounds() {
        assert!(PlanToken::new("x").is_ok());
        assert!(PlanToken::new("").is_err());
        assert!(PlanToken::new("é".repeat(256)).is_ok());
        let long = PlanToken::new("é".repeat(257)).unwrap_err();
        assert!(long.to_string().contains("at most 256"), "{long}");
        assert!(PlanToken::new("team a/deploy:42 = x+y@z_1.0-rc").is_ok());
        for bad in ["a\tb", "a,b", "a;b", "a\"b", "a\u{0}b"] {
            assert!(PlanToken::new(bad).is_err(), "{bad:?}");
        }
    }
}
