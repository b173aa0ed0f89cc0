//! One-tap outcome of a session: held / not held / moved, usefulness 1–5,
//! action wanted (with the pre-filled action form), and for the organizer
//! the attending delegations that did not show up. Each tap is one
//! `Edit::PutOutcome` through the store; tapping a pressed choice clears it.

use crate::app::clock::now;
use crate::app::i18n::use_i18n;
use crate::app::pages::actions::from_session_href;
use crate::app::state::use_store;
use crate::domain::edit::Edit;
use crate::domain::ids::{CountryId, SessionId};
use crate::domain::model::{Held, SessionOutcome, Side, USEFULNESS_MAX, USEFULNESS_MIN};
use crate::i18n::{fill, Key};
use leptos::prelude::*;

/// The outcome controls of `session`, filed by `country`'s delegation, or by
/// the organizer when `country` is `None`.
#[component]
pub fn OutcomeControls(
    /// The session the outcome is about.
    session: SessionId,
    /// The reporting delegation; `None`: the organizer.
    country: Option<CountryId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let (s, c) = (session.clone(), country.clone());
    let current = Memo::new(move |_| {
        plan.with(|p| p.outcome(&s, c.as_ref()).cloned()).unwrap_or_else(|| SessionOutcome::new(s.clone(), c.clone()))
    });
    let change = move |f: &dyn Fn(&mut SessionOutcome)| {
        let mut next = current.get_untracked();
        f(&mut next);
        next.updated_at = now();
        store.edit(Edit::PutOutcome(next));
    };
    let pressed = |on: bool| if on { "true" } else { "false" };
    let held = Held::ALL
        .into_iter()
        .map(|h| {
            view! {
                <button type="button" class="tap" data-held=crate::domain::model::code_of(&h)
                    aria-pressed=move || pressed(current.with(|o| o.held == Some(h)))
                    on:click=move |_| change(&|o| o.held = if o.held == Some(h) { None } else { Some(h) })>
                    {move || i18n.lang().held(h)}
                </button>
            }
        })
        .collect_view();
    let useful = (USEFULNESS_MIN..=USEFULNESS_MAX)
        .map(|n| {
            view! {
                <button type="button" class="tap score"
                    aria-label=move || i18n.lang().fill(fill::OutcomeUsefulnessN { n: &n.to_string() })
                    aria-pressed=move || pressed(current.with(|o| o.usefulness == Some(n)))
                    on:click=move |_| change(&|o| o.usefulness = if o.usefulness == Some(n) { None } else { Some(n) })>
                    {n}
                </button>
            }
        })
        .collect_view();
    let side = plan.with_untracked(|p| {
        let session = p.schedule.iter().flat_map(|x| &x.sessions).find(|x| x.id == session);
        let presents = session.and_then(|x| p.offer(&x.offer)).map(|o| &o.country) == country.as_ref();
        (
            if presents { Side::Offering } else { Side::Receiving },
            session.map(|x| x.attendees.clone()).unwrap_or_default(),
        )
    });
    let (side, attendees) = side;
    let (s2, c2) = (session.clone(), country.clone());
    let label = move || {
        let lang = i18n.lang();
        plan.with(|p| {
            let offer =
                p.schedule.iter().flat_map(|x| &x.sessions).find(|x| x.id == s2).and_then(|x| p.offer(&x.offer));
            let offer = offer.map(|o| o.title.as_str()).unwrap_or_default();
            match &c2 {
                Some(c) => lang.fill(fill::OutcomeByDelegation { offer, country: &p.country_name(c) }),
                None => lang.fill(fill::OutcomeByOrganizer { offer }),
            }
        })
    };
    // On a delegation's agenda, the organizer's word is shown beside its own.
    let s3 = session.clone();
    let organizer_said = country.is_some().then_some(move || {
        let lang = i18n.lang();
        plan.with(|p| {
            p.outcome(&s3, None).map(|o| {
                let what = lang.outcome_gist(p, o);
                view! { <p class="organizer-said">{lang.fill(fill::OutcomeOrganizerSaid { what: &what })}</p> }
            })
        })
    });
    let form = from_session_href(&session, country.as_ref().map(|c| (c, side)));
    let absent = country.is_none().then(|| {
        let chips = attendees
            .into_iter()
            .map(|a| {
                let name = plan.with_untracked(|p| p.country_name(&a));
                let (a1, a2) = (a.clone(), a);
                view! {
                    <button type="button" class="tap chip"
                        aria-pressed=move || pressed(current.with(|o| o.absent.contains(&a1)))
                        on:click=move |_| change(&|o| {
                            if o.absent.contains(&a2) { o.absent.retain(|x| x != &a2) } else { o.absent.push(a2.clone()) }
                        })>
                        {name}
                    </button>
                }
            })
            .collect_view();
        view! {
            <fieldset class="taps">
                <legend>{move || i18n.lang().t(Key::OutcomeAbsentGroup)}</legend>
                {chips}
            </fieldset>
        }
    });
    view! {
        <div class="outcome-controls no-print" role="group" aria-label=label data-testid="outcome" data-session=session.to_string()>
            <fieldset class="taps">
                <legend>{move || i18n.lang().t(Key::OutcomeHeldGroup)}</legend>
                {held}
            </fieldset>
            <fieldset class="taps">
                <legend>{move || i18n.lang().t(Key::OutcomeUsefulnessGroup)}</legend>
                {useful}
            </fieldset>
            <div class="taps">
                <button type="button" class="tap" data-testid="action-wanted"
                    aria-pressed=move || pressed(current.with(|o| o.action_wanted))
                    on:click=move |_| change(&|o| o.action_wanted = !o.action_wanted)>
                    {move || i18n.lang().t(Key::OutcomeActionWanted)}
                </button>
                <Show when=move || current.with(|o| o.action_wanted)>
                    <a class="button" data-testid="open-action-form" href=form.clone()>{move || i18n.lang().t(Key::OutcomeOpenForm)}</a>
                </Show>
            </div>
            {absent}
            {organizer_said}
        </div>
    }
}
