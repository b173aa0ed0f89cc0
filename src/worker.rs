//! The scheduler's Web Worker: the optimizer runs here, off the page's main
//! thread, so the interface never freezes. The page posts a [`Request`] (as
//! JSON text) and receives [`Reply`]s: progress while the search runs, then
//! the schedule or a failure. Messages posted before the worker's wasm has
//! loaded would be lost, so the worker first says [`Reply::Ready`].
//! Cancelling is terminating the worker.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What the page asks the worker to do.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Request {
    /// The plan, as a plan file.
    pub plan: String,
    pub seed: u64,
    pub time_limit_ms: u64,
    /// Keep every session of the existing schedule as it is.
    pub lock_existing: bool,
}

/// What the worker answers.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Reply {
    /// The worker has loaded and listens: the page may post its request.
    Ready,
    /// The search goes on: share of the time budget used, best weight so far.
    Progress { fraction: f64, best: u64, bound: u64 },
    /// The schedule found, as JSON of [`crate::domain::model::Schedule`],
    /// and the optimizer's own time in milliseconds.
    Done { schedule: String, elapsed_ms: f64 },
    /// The plan could not be scheduled.
    Failed { message: String },
}

fn post(scope: &web_sys::DedicatedWorkerGlobalScope, reply: &Reply) {
    if let Ok(text) = serde_json::to_string(reply) {
        let _ = scope.post_message(&JsValue::from_str(&text));
    }
}

/// Installs the message handler; called by the worker binary's `main`.
pub fn start() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let handler_scope = scope.clone();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let request = ev.data().as_string().and_then(|t| serde_json::from_str::<Request>(&t).ok());
        let reply = match request {
            Some(request) => run(&request, &mut |p| post(&handler_scope, &p)),
            None => Reply::Failed { message: "unreadable request".into() },
        };
        post(&handler_scope, &reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(&scope, &Reply::Ready);
}

/// Milliseconds of the worker's clock.
fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Runs the optimizer on the request's plan, reporting progress.
fn run(request: &Request, report: &mut dyn FnMut(Reply)) -> Reply {
    use crate::domain::format::from_json;
    use crate::domain::schedule::{schedule_plan, Options};
    let plan = match from_json(&request.plan) {
        Ok(plan) => plan,
        Err(e) => return Reply::Failed { message: e.to_string() },
    };
    let options = Options {
        seed: request.seed,
        time_limit_ms: request.time_limit_ms as f64,
        moves: None,
        lock_existing: request.lock_existing,
    };
    let outcome = schedule_plan(&plan, options, &now_ms, &mut |p| {
        report(Reply::Progress { fraction: p.fraction, best: p.objective, bound: p.bound });
        true
    });
    match outcome {
        Ok(outcome) => match serde_json::to_string(&outcome.schedule) {
            Ok(schedule) => Reply::Done { schedule, elapsed_ms: outcome.elapsed_ms },
            Err(e) => Reply::Failed { message: e.to_string() },
        },
        Err(e) => Reply::Failed { message: e.to_string() },
    }
}
