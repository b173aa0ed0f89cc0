//! The business rounds: the scheduler's settings, the run (in a Web Worker,
//! with progress and cancel), and the schedule it made: the master grid (or
//! one delegation's agenda, or one room's, chosen in the URL's `view`), its
//! hand edits with undo and redo, and its print layout.

mod availability;
mod checked;
mod editor;
mod grid;
mod outcome;
mod views;

use crate::app::clock::now;
use crate::app::components::paper::{event_line, PaperSize, PrintButton};
use crate::app::history::use_history;
use crate::app::i18n::{tr, use_i18n};
use crate::app::notices::{use_notices, Level};
use crate::app::query::use_query_param;
use crate::app::scheduler::{RunSettings, RunStatus, Runner};
use crate::app::state::use_store;
use crate::domain::command::schedule::adopt;
use crate::domain::edit::Edit;
use crate::domain::interpretation;
use crate::domain::model::Schedule;
use crate::domain::schedule::inputs_fingerprint;
use crate::i18n::{fill, Key};
use availability::Availability;
use checked::{ConflictList, KeepOrUndo, UndoRedo};
use editor::SessionEditor;
use leptos::prelude::*;
use outcome::{Moves, Outcome};
use views::{ScheduleView, ViewPicker};

/// The rounds page.
#[component]
pub fn Rounds() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let notices = use_notices();
    let plan = store.plan();
    checked::provide();
    let history = use_history();
    let view = use_query_param("view", true);
    let runner = Runner::default();
    let seed = RwSignal::new(1_u64);
    let seconds = RwSignal::new(5_u64);
    let lock_existing = RwSignal::new(false);
    let stale =
        Memo::new(move |_| plan.with(|p| p.schedule.as_ref().is_some_and(|s| s.inputs != inputs_fingerprint(p))));
    let changes = RwSignal::new(None);
    let on_done = Callback::new(move |schedule: Schedule| {
        // Through the history: a run can be undone like a hand edit.
        if let Some(adopted) = history.run(|p| adopt(p, schedule, now())) {
            changes.set(Some(adopted.changes));
            notices.push(Level::Info, i18n.lang_untracked().t(Key::RoundsDone).to_owned());
        }
    });
    let run = move |_| {
        let settings = RunSettings {
            seed: seed.get_untracked(),
            time_limit_ms: seconds.get_untracked().saturating_mul(1000),
            lock_existing: lock_existing.get_untracked(),
            lang: i18n.lang_untracked(),
        };
        plan.with_untracked(|p| runner.start(p, settings, on_done));
    };
    let running = move || matches!(runner.status.get(), RunStatus::Running { .. });
    let status = move || {
        let lang = i18n.lang();
        match runner.status.get() {
            RunStatus::Running { fraction, best, bound } => view! {
                <div class="progress" role="status" data-testid="run-progress">
                    <progress max="1" value=fraction aria-label=lang.t(Key::RoundsProgress)></progress>
                    <span>{lang.fill(fill::RoundsBestSoFar { best: &lang.integer(best as i64), bound: &lang.integer(bound as i64) })}</span>
                </div>
            }
            .into_any(),
            RunStatus::Failed(message) => view! {
                <p class="problems" role="alert">{lang.fill(fill::RoundsFailed { detail: &message })}</p>
            }
            .into_any(),
            RunStatus::Idle => runner
                .elapsed_ms
                .get()
                .map(|ms| view! { <p class="muted" data-testid="run-time">{lang.fill(fill::RoundsTime { ms: &lang.integer(ms.round() as i64) })}</p> })
                .into_any(),
        }
    };
    let summary = move || {
        let lang = i18n.lang();
        plan.with(|p| {
            let Some(s) = &p.schedule else {
                return view! { <p class="empty">{lang.t(Key::RoundsNone)}</p> }.into_any();
            };
            let gap =
                if s.bound == 0 { 0.0 } else { (s.bound.saturating_sub(s.objective)) as f64 * 100.0 / s.bound as f64 };
            let text = lang.fill(fill::RoundsSummary {
                sessions: &lang.integer(s.sessions.len() as i64),
                objective: &lang.integer(s.objective as i64),
                bound: &lang.integer(s.bound as i64),
                gap: &lang.decimal(gap, 1),
            });
            let need = interpretation::count(p);
            let interpretation = (need.sessions > 0)
                .then(|| view! { <p data-testid="interpretation-count">{lang.interpretation_count(need)}</p> });
            view! { <p data-testid="rounds-summary">{text}</p> {interpretation} }.into_any()
        })
    };
    view! {
        <section class="page rounds">
            <header class="page-head">
                <h1>{tr!(i18n, RoundsTitle)}</h1>
                <a class="button" href="/event">{tr!(i18n, RoundsSlotsRooms)}</a>
            </header>
            <section class="card">
                <h2>{tr!(i18n, RoundsRunTitle)}</h2>
                <div class="filters">
                    <label class="field">
                        <span>{tr!(i18n, RoundsSeconds)}</span>
                        <input type="number" min="1" max="120" prop:value=move || seconds.get().to_string()
                            on:change=move |ev| seconds.set(event_target_value(&ev).parse().unwrap_or(5).clamp(1, 120)) />
                    </label>
                    <label class="field">
                        <span>{tr!(i18n, RoundsSeed)}</span>
                        <input type="number" min="0" prop:value=move || seed.get().to_string()
                            on:change=move |ev| seed.set(event_target_value(&ev).parse().unwrap_or(1)) />
                    </label>
                    <label class="check">
                        <input type="checkbox" prop:checked=move || lock_existing.get()
                            on:change=move |ev| lock_existing.set(event_target_checked(&ev)) />
                        <span>{tr!(i18n, RoundsLockExisting)}</span>
                    </label>
                </div>
                <p class="actions">
                    <button type="button" data-testid="bilateral" on:click=move |_| {
                        let question = i18n.lang_untracked().t(Key::RoundsBilateralQuestion);
                        let sure = web_sys::window().and_then(|w| w.confirm_with_message(question).ok()).unwrap_or(false);
                        if sure {
                            store.edit(Edit::BilateralPreset);
                        }
                    }>{tr!(i18n, RoundsBilateral)}</button>
                    <button type="button" class="primary" data-testid="run" disabled=running on:click=run>{tr!(i18n, RoundsRun)}</button>
                    <Show when=running>
                        <button type="button" data-testid="cancel-run" on:click=move |_| runner.cancel()>{tr!(i18n, ActionCancel)}</button>
                    </Show>
                </p>
                {status}
            </section>
            <Availability />
            <section class="card schedule-card">
                <p class="eyebrow print-only">{move || plan.with(|p| event_line(p, i18n.lang()))}</p>
                <h2>{tr!(i18n, RoundsScheduleTitle)}</h2>
                <Show when=move || stale.get()>
                    <p class="badge warn" data-testid="stale">{tr!(i18n, RoundsStale)}</p>
                </Show>
                {summary}
                <div class="filters no-print">
                    <ViewPicker />
                    <PaperSize landscape=Signal::derive(move || view.value.get().is_none()) />
                </div>
                <div class="schedule-tools no-print">
                    <UndoRedo />
                    <PrintButton />
                </div>
                <ConflictList />
                <ScheduleView />
            </section>
            <SessionEditor />
            <KeepOrUndo />
            <Moves changes=changes />
            <Outcome />
        </section>
    }
}
