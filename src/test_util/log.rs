//! The call log: exact counts of every call received, and the most recent calls in a ring
//! buffer, so a double shared by a large suite keeps a bounded amount of memory.

use std::collections::VecDeque;

use super::Call;

/// How many of the most recent calls [`CallLog`] keeps unless told otherwise (64 KiB: a
/// [`Call`] is one byte).
pub(super) const DEFAULT_CAPACITY: usize = 65_536;

/// A count per [`Call`], indexed by the call's position in [`Call::ALL`].
#[derive(Clone, Copy, Default)]
pub(super) struct PerCall([usize; Call::ALL.len()]);

impl PerCall {
    pub(super) fn get(&self, call: Call) -> usize {
        self.0.get(call.index()).copied().unwrap_or(0)
    }

    pub(super) fn add(&mut self, call: Call, n: usize) {
        if let Some(count) = self.0.get_mut(call.index()) {
            *count = count.saturating_add(n);
        }
    }

    pub(super) fn sub(&mut self, call: Call, n: usize) {
        if let Some(count) = self.0.get_mut(call.index()) {
            *count = count.saturating_sub(n);
        }
    }

    pub(super) fn total(&self) -> usize {
        self.0.iter().fold(0, |sum, n| sum.saturating_add(*n))
    }
}

pub(super) struct CallLog {
    /// Every call received since the last clear, by kind.
    counts: PerCall,
    /// The most recent calls, oldest first; never longer than `capacity`.
    recent: VecDeque<Call>,
    capacity: usize,
}

impl Default for CallLog {
    fn default() -> Self {
        CallLog::with_capacity(DEFAULT_CAPACITY)
    }
}

impl CallLog {
    pub(super) fn with_capacity(capacity: usize) -> Self {
        CallLog {
            counts: PerCall::default(),
            // Grown on demand: a short test allocates little.
            recent: VecDeque::new(),
            capacity,
        }
    }

    pub(super) fn push(&mut self, call: Call) {
        self.counts.add(call, 1);
        if self.capacity == 0 {
            return;
        }
        if self.recent.len() >= self.capacity {
            self.recent.pop_front();
        }
        self.recent.push_back(call);
    }

    pub(super) fn recent(&self) -> Vec<Call> {
        self.recent.iter().copied().collect()
    }

    pub(super) fn count(&self, call: Call) -> usize {
        self.counts.get(call)
    }

    pub(super) fn total(&self) -> usize {
        self.counts.total()
    }

    pub(super) fn capacity(&self) -> usize {
        self.capacity
    }

    /// Keeps at most `capacity` calls from now on, dropping the oldest if there are more.
    pub(super) fn set_capacity(&mut self, capacity: usize) {
        self.capacity = capacity;
        let excess = self.recent.len().saturating_sub(capacity);
        self.recent.drain(..excess);
        self.recent.shrink_to(capacity);
    }

    pub(super) fn clear(&mut self) {
        self.counts = PerCall::default();
        self.recent.clear();
    }
}
