//! Injected faults: a queue per call (with calls let through before a fault, so a later attempt
//! can fail while the earlier ones pass), counts of the faults that fired, and requests that
//! commit late.

use std::collections::{HashMap, VecDeque};

use super::log::PerCall;
use super::state::State;
use super::{Call, Fault};

/// A run in a call's queue: `pass` calls go through, then `times` calls fail with `fault`.
/// Runs keep any count in constant memory (`fail_times(call, fault, usize::MAX)`).
struct Run {
    pass: usize,
    fault: Fault,
    /// At least 1.
    times: usize,
}

impl Run {
    /// How many calls the run covers.
    fn len(&self) -> usize {
        self.pass.saturating_add(self.times)
    }
}

/// The faults waiting for each call.
#[derive(Default)]
pub(super) struct FaultQueues {
    queues: HashMap<Call, VecDeque<Run>>,
    /// Faults not yet used, by call.
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
        queue.push_back(Run {
            pass: 0,
            fault,
            times,
        });
        self.pending.add(call, times);
    }

    /// Puts `fault` on the `n`-th next call of `call` (1, and 0, is the next), letting the calls
    /// before it through unless they already have a fault; returns the fault it replaces.
    pub(super) fn set_nth(&mut self, call: Call, n: usize, fault: Fault) -> Option<Fault> {
        let target = n.saturating_sub(1);
        let queue = self.queues.entry(call).or_default();
        // `start`: the position (0 is the next call) of the first call run `i` covers.
        let mut start = 0_usize;
        for i in 0..queue.len() {
            let Some(run) = queue.get_mut(i) else { break };
            let offset = target - start;
            if offset < run.pass {
                // A call the run lets through: split the run around it.
                run.pass -= offset + 1;
                queue.insert(
                    i,
                    Run {
                        pass: offset,
                        fault,
                        times: 1,
                    },
                );
                self.pending.add(call, 1);
                return None;
            }
            if offset - run.pass < run.times {
                // A call the run fails: `before` failures, this one, `after` failures.
                let before = offset - run.pass;
                let after = run.times - before - 1;
                let old = run.fault.clone();
                let pass = run.pass;
                let mut pieces = Vec::with_capacity(3);
                if before > 0 {
                    pieces.push(Run {
                        pass,
                        fault: old.clone(),
                        times: before,
                    });
                }
                pieces.push(Run {
                    pass: if before > 0 { 0 } else { pass },
                    fault,
                    times: 1,
                });
                if after > 0 {
                    pieces.push(Run {
                        pass: 0,
                        fault: old.clone(),
                        times: after,
                    });
                }
                queue.remove(i);
                for (k, piece) in pieces.into_iter().enumerate() {
                    queue.insert(i + k, piece);
                }
                return Some(old);
            }
            start = start.saturating_add(run.len());
            if start > target {
                // Unreachable: a target before `start` lies in a run already passed. Keeps the
                // subtraction above from underflowing whatever the counts.
                return None;
            }
        }
        queue.push_back(Run {
            pass: target - start,
            fault,
            times: 1,
        });
        self.pending.add(call, 1);
        None
    }

    /// The next call of `call` takes its place in the queue: the fault to inject, if any.
    pub(super) fn take(&mut self, call: Call) -> Option<Fault> {
        let queue = self.queues.get_mut(&call)?;
        let run = queue.front_mut()?;
        let fault = if run.pass > 0 {
            run.pass -= 1;
            None
        } else if run.times > 1 {
            run.times -= 1;
            Some(run.fault.clone())
        } else {
            queue.pop_front().map(|run| run.fault)
        };
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
