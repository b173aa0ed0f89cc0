//! One job in the app's Web Worker ([`crate::worker`]): a worker started for
//! the request, which it posts once the worker says it is ready, and whose
//! replies go to a handler. Stopping the job terminates the worker.

use crate::worker::{Reply, Request};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The worker's loader (`public/worker-loader.js`).
const WORKER_URL: &str = "/public/worker-loader.js";

/// A running job: the worker and its handlers, kept alive together.
pub struct Job {
    worker: web_sys::Worker,
    _on_message: Closure<dyn Fn(web_sys::MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

impl Job {
    /// Starts a worker for `request`; `on_reply` receives every reply after
    /// [`Reply::Ready`], `on_error` why the worker could not run.
    pub fn start(
        request: &Request,
        on_reply: impl Fn(Reply) + 'static,
        on_error: impl Fn(String) + 'static,
    ) -> Result<Self, String> {
        let worker = web_sys::Worker::new(WORKER_URL).map_err(|e| format!("{e:?}"))?;
        let request = serde_json::to_string(request).map_err(|e| e.to_string())?;
        let on_error = std::rc::Rc::new(on_error);
        let (sender, failed) = (worker.clone(), on_error.clone());
        let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            match ev.data().as_string().and_then(|t| serde_json::from_str::<Reply>(&t).ok()) {
                Some(Reply::Ready) => {
                    sender.post_message(&JsValue::from_str(&request)).unwrap_or_else(|_| failed(WORKER_URL.to_owned()))
                }
                Some(reply) => on_reply(reply),
                None => {}
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |_| on_error(WORKER_URL.to_owned()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Self { worker, _on_message: on_message, _on_error: on_error })
    }

    /// Terminates the worker. Its handlers stay alive as long as the job:
    /// `stop` may be called from inside one of them.
    pub fn stop(&self) {
        self.worker.terminate();
    }
}

impl Drop for Job {
    /// Detaches the handlers before they are freed: a reply the terminated
    /// worker had already queued then finds no handler, not a freed one.
    fn drop(&mut self) {
        self.worker.terminate();
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
    }
}
