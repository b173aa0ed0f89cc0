//! The app's Web Worker: the scheduler's optimizer and the selection's
//! search run here, off the page's main thread, so the interface never
//! freezes. The page posts a [`Request`] (as JSON text) and receives
//! [`Reply`]s: for a schedule, progress while the search runs, then the
//! schedule or a failure; for a selection, one proposal per set of rules.
//! Messages posted before the worker's wasm has loaded would be lost, so the
//! worker first says [`Reply::Ready`]. Cancelling is terminating the worker.

use crate::domain::format::from_json;
use crate::domain::model::SelectionRules;
use crate::domain::schedule::{schedule_plan, Options};
use crate::domain::select::{propose, Proposal};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What the page asks the worker to do.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Request {
    /// Schedule the plan's rounds.
    Schedule {
        /// The plan, as a plan file.
        plan: String,
        seed: u64,
        time_limit_ms: u64,
        /// Keep every session of the existing schedule as it is.
        lock_existing: bool,
        /// The code of the language a failure is told in.
        lang: String,
    },
    /// Propose a selection of the plan's actions for each set of rules, with
    /// the overrides of the plan's selection.
    Select { plan: String, rules: Vec<SelectionRules> },
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
    /// The proposal for the request's `index`th set of rules.
    Proposal { index: usize, proposal: Proposal },
    /// The plan could not be read or scheduled.
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
        let mut report = |reply: Reply| post(&handler_scope, &reply);
        match request {
            Some(Request::Schedule { plan, seed, time_limit_ms, lock_existing, lang }) => {
                let options = Options { seed, time_limit_ms: time_limit_ms as f64, moves: None, lock_existing };
                let lang = Lang::from_code(&lang).unwrap_or_default();
                let reply = schedule(&plan, options, lang, &mut report);
                report(reply);
            }
            Some(Request::Select { plan, rules }) => select(&plan, &rules, &mut report),
            None => report(Reply::Failed { message: "unreadable request".into() }),
        }
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

/// Proposes a selection of `plan` (a plan file) for each set of `rules`, in
/// turn, reporting each proposal as soon as it is made.
fn select(plan: &str, rules: &[SelectionRules], report: &mut dyn FnMut(Reply)) {
    let plan = match from_json(plan) {
        Ok(plan) => plan,
        Err(e) => return report(Reply::Failed { message: e.to_string() }),
    };
    let overrides = plan.selection.as_ref().map(|s| s.overrides.clone()).unwrap_or_default();
    for (index, rules) in rules.iter().enumerate() {
        report(Reply::Proposal { index, proposal: propose(&plan, rules, &overrides) });
    }
}

/// Runs the optimizer on `plan` (a plan file), reporting progress; a
/// failure is told in `lang`.
fn schedule(plan: &str, options: Options, lang: Lang, report: &mut dyn FnMut(Reply)) -> Reply {
    let plan = match from_json(plan) {
        Ok(plan) => plan,
        Err(e) => return Reply::Failed { message: lang.format_error(&e) },
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
        Err(e) => Reply::Failed { message: lang.instance_error(&plan, &e) },
    }
}
