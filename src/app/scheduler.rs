//! Running the scheduler in its Web Worker: start, progress, cancel.

use crate::domain::format::to_json;
use crate::domain::model::Schedule;
use crate::domain::Plan;
use crate::worker::{Reply, Request};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The worker's loader (`public/worker-loader.js`).
const WORKER_URL: &str = "/public/worker-loader.js";

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
    worker: StoredValue<Option<Running>, LocalStorage>,
}

/// The worker of the current run and its message handler, kept alive together.
struct Running {
    worker: web_sys::Worker,
    _on_message: Closure<dyn Fn(web_sys::MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

/// Settings of one run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RunSettings {
    pub seed: u64,
    pub time_limit_ms: u64,
    pub lock_existing: bool,
}

impl Default for Runner {
    fn default() -> Self {
        Self {
            status: RwSignal::new(RunStatus::Idle),
            elapsed_ms: RwSignal::new(None),
            worker: StoredValue::new_local(None),
        }
    }
}

impl Runner {
    /// Starts a run on `plan`; `on_done` receives the schedule.
    pub fn start(&self, plan: &Plan, settings: RunSettings, on_done: Callback<Schedule>) {
        self.cancel();
        let worker = match web_sys::Worker::new(WORKER_URL) {
            Ok(w) => w,
            Err(e) => {
                self.status.set(RunStatus::Failed(format!("{e:?}")));
                return;
            }
        };
        let request = Request {
            plan: to_json(plan),
            seed: settings.seed,
            time_limit_ms: settings.time_limit_ms,
            lock_existing: settings.lock_existing,
        };
        let request = serde_json::to_string(&request).unwrap_or_default();
        let runner = *self;
        let sender = worker.clone();
        let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let reply = ev.data().as_string().and_then(|t| serde_json::from_str::<Reply>(&t).ok());
            match reply {
                Some(Reply::Ready) => {
                    let _ = sender.post_message(&JsValue::from_str(&request));
                }
                Some(Reply::Progress { fraction, best, bound }) => {
                    runner.status.set(RunStatus::Running { fraction, best, bound })
                }
                Some(Reply::Done { schedule, elapsed_ms }) => {
                    runner.stop();
                    runner.elapsed_ms.set(Some(elapsed_ms));
                    match serde_json::from_str::<Schedule>(&schedule) {
                        Ok(schedule) => on_done.run(schedule),
                        Err(e) => runner.status.set(RunStatus::Failed(e.to_string())),
                    }
                }
                Some(Reply::Failed { message }) => {
                    runner.stop();
                    runner.status.set(RunStatus::Failed(message));
                }
                None => {}
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
            runner.stop();
            runner.status.set(RunStatus::Failed(WORKER_URL.to_owned()));
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        self.status.set(RunStatus::Running { fraction: 0.0, best: 0, bound: 0 });
        self.worker.set_value(Some(Running { worker, _on_message: on_message, _on_error: on_error }));
    }

    /// Stops the run, if any, and forgets it.
    pub fn cancel(&self) {
        self.stop();
        self.status.set(RunStatus::Idle);
    }

    /// Terminates the worker. Its handler stays alive until the next run
    /// replaces it: `stop` may be called from inside that very handler.
    fn stop(&self) {
        self.worker.with_value(|running| {
            if let Some(r) = running {
                r.worker.terminate();
            }
        });
        if matches!(self.status.get_untracked(), RunStatus::Running { .. }) {
            self.status.set(RunStatus::Idle);
        }
    }
}
