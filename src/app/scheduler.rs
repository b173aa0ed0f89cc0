//! Running the scheduler in the app's Web Worker: start, progress, cancel.

use crate::app::worker_client::Job;
use crate::domain::format::to_json;
use crate::domain::model::Schedule;
use crate::domain::Plan;
use crate::i18n::Lang;
use crate::worker::{Reply, Request};
use leptos::prelude::*;

/// What the scheduler is doing.
#[derive(Clone, Debug, PartialEq)]
pub enum RunStatus {
    Idle,
    Running { fraction: f64, best: u64, bound: u64 },
    Failed(String),
}

/// The scheduler runner: at most one worker at a time.
#[derive(Clone, Copy)]
pub struct Runner {
    pub status: RwSignal<RunStatus>,
    /// The optimizer's own time in the last run, in milliseconds.
    pub elapsed_ms: RwSignal<Option<f64>>,
    job: StoredValue<Option<Job>, LocalStorage>,
}

/// Settings of one run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RunSettings {
    pub seed: u64,
    pub time_limit_ms: u64,
    pub lock_existing: bool,
    /// The language a failure is told in.
    pub lang: Lang,
}

impl Default for Runner {
    fn default() -> Self {
        Self {
            status: RwSignal::new(RunStatus::Idle),
            elapsed_ms: RwSignal::new(None),
            job: StoredValue::new_local(None),
        }
    }
}

impl Runner {
    /// Starts a run on `plan`; `on_done` receives the schedule.
    pub fn start(&self, plan: &Plan, settings: RunSettings, on_done: Callback<Schedule>) {
        self.cancel();
        let request = Request::Schedule {
            plan: to_json(plan),
            seed: settings.seed,
            time_limit_ms: settings.time_limit_ms,
            lock_existing: settings.lock_existing,
            lang: settings.lang.code().to_owned(),
        };
        let runner = *self;
        let on_reply = move |reply| match reply {
            Reply::Progress { fraction, best, bound } => {
                runner.status.set(RunStatus::Running { fraction, best, bound })
            }
            Reply::Done { schedule, elapsed_ms } => {
                runner.stop();
                runner.elapsed_ms.set(Some(elapsed_ms));
                match serde_json::from_str::<Schedule>(&schedule) {
                    Ok(schedule) => on_done.run(schedule),
                    Err(e) => runner.status.set(RunStatus::Failed(e.to_string())),
                }
            }
            Reply::Failed { message } => runner.fail(message),
            Reply::Ready | Reply::Proposal { .. } => {}
        };
        match Job::start(&request, on_reply, move |message| runner.fail(message)) {
            Ok(job) => {
                self.status.set(RunStatus::Running { fraction: 0.0, best: 0, bound: 0 });
                self.job.set_value(Some(job));
            }
            Err(message) => self.status.set(RunStatus::Failed(message)),
        }
    }

    /// Stops the run, if any, and forgets it.
    pub fn cancel(&self) {
        self.stop();
        self.status.set(RunStatus::Idle);
    }

    fn fail(&self, message: String) {
        self.stop();
        self.status.set(RunStatus::Failed(message));
    }

    /// Terminates the worker (its handlers live until the next run replaces
    /// the job).
    fn stop(&self) {
        self.job.with_value(|job| {
            if let Some(job) = job {
                job.stop();
            }
        });
        if matches!(self.status.get_untracked(), RunStatus::Running { .. }) {
            self.status.set(RunStatus::Idle);
        }
    }
}
