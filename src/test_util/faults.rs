//! Injected faults: a queue per call (with pass-through slots, so a later attempt can fail while
//! the earlier ones pass), counts of the faults that fired, and requests that commit late.

use std::collections::{HashMap, VecDeque};

use super::log::PerCall;
use super::state::State;
use super::{Call, Fault};

/// The faults waiting for each call; `None` lets that call through.
#[derive(Default)]
pub(super) struct FaultQueues {
    queues: HashMap<Call, VecDeque<Option<Fault>>>,
    /// Faults not yet used, by call (the `Some` entries of `queues`).
    pending: PerCall,
    /// Faults that fired since the call log was last cleared.
    fired: PerCall,
}

impl FaultQueues {
    /// Appends `times` copies of `fault` after whatever is queued for `call`.
    pub(super) fn push(&mut self, call: Call, fault: Fault, times: usize) {
        if times == 0 {
            return;
        }
        let queue = self.queues.entry(call).or_default();
        queue.extend(std::iter::repeat_n(Some(fault), times));
        self.pending.add(call, times);
    }

    /// Puts `fault` on the `n`-th next call of `call` (1, and 0, is the next), letting the calls
    /// before it through unless they already have a fault; returns the fault it replaces.
    pub(super) fn set_nth(&mut self, call: Call, n: usize, fault: Fault) -> Option<Fault> {
        let at = n.saturating_sub(1);
        let queue = self.queues.entry(call).or_default();
        if queue.len() <= at {
            queue.resize(at.saturating_add(1), None);
        }
        let slot = queue.get_mut(at)?;
        let replaced = slot.replace(fault);
        if replaced.is_none() {
            self.pending.add(call, 1);
        }
        replaced
    }

    /// The next call of `call` takes its slot: the fault to inject, if any.
    pub(super) fn take(&mut self, call: Call) -> Option<Fault> {
        let queue = self.queues.get_mut(&call)?;
        let fault = queue.pop_front().flatten();
        if queue.is_empty() {
            self.queues.remove(&call);
        }
        if fault.is_some() {
            self.pending.sub(call, 1);
            self.fired.add(call, 1);
        }
        fault
    }

    pub(super) fn pending(&self, call: Call) -> usize {
        self.pending.get(call)
    }

    pub(super) fn fired(&self, call: Call) -> usize {
        self.fired.get(call)
    }

    /// Drops every fault not yet used (the counts of fired ones stay).
    pub(super) fn clear(&mut self) {
        self.queues.clear();
        self.pending = PerCall::default();
    }

    pub(super) fn clear_fired(&mut self) {
        self.fired = PerCall::default();
    }
}

/// A request's effect, kept to be applied later; `true` when the request was valid and took
/// effect.
pub(super) type Commit = Box<dyn FnOnce(&mut State) -> bool + Send>;

/// A request that answered with a timeout and commits once `remaining` further calls were
/// handled.
struct LateCommit {
    call: Call,
    remaining: usize,
    commit: Commit,
}

/// Requests that committed late, in the order they were received.
#[derive(Default)]
pub(super) struct LateCommits {
    waiting: VecDeque<LateCommit>,
}

impl LateCommits {
    pub(super) fn push(&mut self, call: Call, after_calls: usize, commit: Commit) {
        self.waiting.push_back(LateCommit {
            call,
            remaining: after_calls,
            commit,
        });
    }

    pub(super) fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }

    pub(super) fn len(&self) -> usize {
        self.waiting.len()
    }

    /// The waiting requests in the order they will commit.
    pub(super) fn calls(&self) -> Vec<Call> {
        self.in_commit_order()
            .into_iter()
            .map(|late| late.call)
            .collect()
    }

    fn in_commit_order(&self) -> Vec<&LateCommit> {
        let mut all: Vec<&LateCommit> = self.waiting.iter().collect();
        // Stable: among requests due at the same call, the oldest commits first.
        all.sort_by_key(|late| late.remaining);
        all
    }

    /// A call is about to be handled: takes the requests due before it (oldest first) and
    /// counts the call for the others.
    pub(super) fn tick(&mut self) -> Vec<Commit> {
        let mut due = Vec::new();
        let mut waiting = VecDeque::with_capacity(self.waiting.len());
        for mut late in self.waiting.drain(..) {
            if late.remaining == 0 {
                due.push(late.commit);
            } else {
                late.remaining -= 1;
                waiting.push_back(late);
            }
        }
        self.waiting = waiting;
        due
    }

    /// Takes every waiting request, in the order they would have committed.
    pub(super) fn take_all(&mut self) -> Vec<Commit> {
        let mut all: Vec<LateCommit> = self.waiting.drain(..).collect();
        all.sort_by_key(|late| late.remaining);
        all.into_iter().map(|late| late.commit).collect()
    }
}
