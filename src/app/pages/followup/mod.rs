//! Follow-up: a board of the selected actions by status, overdue ones
//! flagged at the top; each card moves to another status and opens to edit
//! dates, responsible agencies, notes and reported results.

mod card;

use crate::app::clock::now;
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::model::Status;
use crate::i18n::fill;
use leptos::prelude::*;

/// `/followup`.
#[component]
pub fn FollowUpBoard() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let today = now().map(|t| t.date);
    let overdue = move || {
        let lang = i18n.lang();
        let today = today?;
        plan.with(|p| {
            let late: Vec<_> = p.follow_ups.iter().filter(|f| f.is_overdue(today)).collect();
            (!late.is_empty()).then(|| {
                let items = late
                    .iter()
                    .map(|f| {
                        let title = p.action(&f.action).map(|a| a.title.clone()).unwrap_or_default();
                        let due = f.due_on.map(|d| lang.date_long(d)).unwrap_or_default();
                        view! { <li><code>{f.action.to_string()}</code> " " {title} " — " {lang.fill(fill::FollowupDue { date: &due })}</li> }
                    })
                    .collect_view();
                view! {
                    <section class="card reminders" role="status" data-testid="overdue">
                        <h2>{lang.fill(fill::FollowupOverdueCount { n: late.len() })}</h2>
                        <ul>{items}</ul>
                    </section>
                }
            })
        })
    };
    let columns = move || {
        let lang = i18n.lang();
        Status::ALL
            .iter()
            .map(|&status| {
                let ids = move || {
                    plan.with(|p| {
                        p.follow_ups.iter().filter(|f| f.status == status).map(|f| f.action.clone()).collect::<Vec<_>>()
                    })
                };
                let count = move || ids().len();
                view! {
                    <section class="column" data-testid=format!("column-{}", crate::domain::model::code_of(&status))>
                        <h2>{lang.status(status)} " " <span class="muted">{count}</span></h2>
                        <For each=ids key=|id| id.clone() let:id>
                            <card::Card action=id today=today />
                        </For>
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <section class="page followup">
            <h1>{tr!(i18n, FollowupTitle)}</h1>
            <p class="lead">{tr!(i18n, FollowupIntro)}</p>
            {overdue}
            <Show when=move || plan.with(|p| p.follow_ups.is_empty())>
                <p class="card">{tr!(i18n, FollowupNone)}</p>
            </Show>
            <div class="board" data-testid="board">{columns}</div>
        </section>
    }
}
