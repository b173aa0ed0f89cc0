//! The page's proposals, made in the app's Web Worker so the page never
//! waits on the search: one for the current rules, then one per scenario.
//! Each change of the plan or the rules starts a new job (the one still
//! running, if any, is stopped); the proposals shown meanwhile are the last
//! ones, marked as being recomputed.

use super::current;
use crate::app::state::PlanStore;
use crate::app::worker_client::Job;
use crate::domain::format::to_json_compact;
use crate::domain::select::Proposal;
use crate::worker::{Reply, Request};
use leptos::prelude::*;

/// The proposals and the state of their computation.
#[derive(Clone, Copy)]
pub struct Proposals {
    /// One per set of rules, the current rules first; `None` until made.
    pub list: RwSignal<Vec<Option<Proposal>>>,
    /// How many proposals of the last request are still to come.
    pub pending: RwSignal<usize>,
    /// Why the worker could not make them.
    pub failed: RwSignal<Option<String>>,
    job: StoredValue<Option<Job>, LocalStorage>,
}

impl Proposals {
    /// Whether a computation is under way.
    pub fn computing(&self) -> bool {
        self.pending.get() > 0
    }

    /// Stops the job under way, if any.
    fn stop(&self) {
        self.job.with_value(|job| {
            if let Some(job) = job {
                job.stop();
            }
        });
    }

    /// The proposal for the current rules, once made and up to date.
    pub fn settled(&self) -> Option<Proposal> {
        if self.pending.get_untracked() > 0 {
            return None;
        }
        self.list.with_untracked(|l| l.first().cloned().flatten())
    }
}

/// Starts computing the proposals of `store`'s plan, again at each change.
pub fn provide(store: PlanStore) -> Proposals {
    let plan = store.plan();
    let proposals = Proposals {
        list: RwSignal::new(Vec::new()),
        pending: RwSignal::new(0),
        failed: RwSignal::new(None),
        job: StoredValue::new_local(None),
    };
    // What the proposals depend on: the plan without what adopting changes.
    let request = Memo::new(move |_| {
        plan.with(|p| {
            let s = current(p);
            let rules: Vec<_> =
                std::iter::once(s.rules.clone()).chain(s.scenarios.iter().map(|sc| sc.rules.clone())).collect();
            let mut p = p.clone();
            if let Some(sel) = &mut p.selection {
                sel.chosen.clear();
                sel.computed_at = None;
                sel.scenarios.clear();
            }
            (to_json_compact(&p), rules)
        })
    });
    Effect::new(move |_| {
        let (plan, rules) = request.get();
        let n = rules.len();
        proposals.stop();
        proposals.list.update(|l| l.resize(n, None));
        proposals.pending.set(n);
        proposals.failed.set(None);
        let on_reply = move |reply| match reply {
            Reply::Proposal { index, proposal } => {
                proposals.list.update(|l| {
                    if let Some(slot) = l.get_mut(index) {
                        *slot = Some(proposal);
                    }
                });
                proposals.pending.update(|p| *p = p.saturating_sub(1));
                if proposals.pending.get_untracked() == 0 {
                    proposals.stop();
                }
            }
            Reply::Failed { message } => fail(proposals, message),
            Reply::Ready | Reply::Progress { .. } | Reply::Done { .. } => {}
        };
        match Job::start(&Request::Select { plan, rules }, on_reply, move |message| fail(proposals, message)) {
            Ok(job) => proposals.job.set_value(Some(job)),
            Err(message) => fail(proposals, message),
        }
    });
    on_cleanup(move || proposals.stop());
    proposals
}

fn fail(proposals: Proposals, message: String) {
    proposals.stop();
    proposals.pending.set(0);
    proposals.failed.set(Some(message));
}
