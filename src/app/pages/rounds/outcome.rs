//! What a schedule achieves and misses: the share of interests met per
//! country, every interest left out with its reason, and what the last run
//! moved compared with the schedule before it.

use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::schedule::{explain, summarize, ScheduleDiff};
use crate::i18n::{fill, Key};
use leptos::prelude::*;

/// The share met per country and the interests left out.
#[component]
pub fn Outcome() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let report = Memo::new(move |_| {
        plan.with(|p| {
            let s = p.schedule.as_ref()?;
            Some((summarize(p, &s.sessions, s.bound), explain(p, &s.sessions)))
        })
    });
    let shares = move || {
        let lang = i18n.lang();
        let (summary, _) = report.get()?;
        let rows = plan.with(|p| {
            summary
                .countries
                .iter()
                .map(|c| {
                    let share =
                        if c.weight_wanted == 0 { 100.0 } else { c.weight_met as f64 * 100.0 / c.weight_wanted as f64 };
                    view! {
                        <tr>
                            <th scope="row">{p.country_name(&c.country)}</th>
                            <td>{format!("{} / {}", c.met, c.wanted)}</td>
                            <td>{format!("{} %", lang.decimal(share, 0))}</td>
                            <td class="meter" aria-hidden="true"><span style:width=format!("{share:.0}%")></span></td>
                        </tr>
                    }
                })
                .collect_view()
        });
        Some(view! {
            <table class="shares" data-testid="country-shares">
                <thead>
                    <tr>
                        <th scope="col">{lang.t(Key::RoundsDelegation)}</th>
                        <th scope="col">{lang.t(Key::RoundsInterestsMet)}</th>
                        <th scope="col">{lang.t(Key::RoundsWeightMet)}</th>
                        <th scope="col"><span class="visually-hidden">{lang.t(Key::RoundsWeightMet)}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        })
    };
    let missed = move || {
        let lang = i18n.lang();
        let (_, explanations) = report.get()?;
        let items = plan.with(|p| {
            explanations
                .iter()
                .map(|e| {
                    let head = format!("{} — {}", e.country_name, e.offer_title);
                    view! { <li><strong>{head}</strong> ": " {lang.left_out(p, &e.reason)}</li> }
                })
                .collect_view()
        });
        Some(view! {
            <details class="card" data-testid="left-out">
                <summary><h2>{lang.fill(fill::RoundsLeftOut { n: explanations.len() })}</h2></summary>
                <ul class="left-out">{items}</ul>
            </details>
        })
    };
    view! {
        <Show when=move || report.with(Option::is_some)>
            <section class="card">
                <h2>{tr!(i18n, RoundsSharesTitle)}</h2>
                <div class="table-wrap">{shares}</div>
            </section>
            {missed}
        </Show>
    }
}

/// What the last run changed, compared with the schedule before it (as
/// adopting it said).
#[component]
pub fn Moves(changes: RwSignal<Option<ScheduleDiff>>) -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    move || {
        let lang = i18n.lang();
        let d = changes.get()?;
        plan.with(|p| {
            let slot_name = |id: &crate::domain::ids::SlotId| {
                p.event
                    .slots
                    .iter()
                    .position(|s| &s.id == id)
                    .map_or_else(|| id.to_string(), |n| lang.fill(fill::RoundsSlot { n: &(n + 1).to_string() }))
            };
            let room_name = |id: &crate::domain::ids::RoomId| {
                p.event.rooms.iter().find(|r| &r.id == id).map_or_else(|| id.to_string(), |r| r.name.clone())
            };
            let moved = d
                .moved
                .iter()
                .map(|m| {
                    let text = lang.fill(fill::RoundsMoved {
                        session: m.session.as_str(),
                        from: &format!("{}, {}", slot_name(&m.from.0), room_name(&m.from.1)),
                        to: &format!("{}, {}", slot_name(&m.to.0), room_name(&m.to.1)),
                    });
                    view! { <li>{text}</li> }
                })
                .collect_view();
            let counts = lang.fill(fill::RoundsDiff {
                added: &d.added.len().to_string(),
                removed: &d.removed.len().to_string(),
                moved: &d.moved.len().to_string(),
                joined: &d.attendees_added.len().to_string(),
                left: &d.attendees_removed.len().to_string(),
            });
            Some(view! {
                <section class="card" data-testid="schedule-diff">
                    <h2>{lang.t(Key::RoundsDiffTitle)}</h2>
                    <p>{counts}</p>
                    <ul>{moved}</ul>
                </section>
            })
        })
    }
}
