//! One side's form about a cooperation action: opened from a session
//! (`/actions/form?session=ID`), for editing (`?id=ID`), or blank.

use super::{session_label, side_label};
use crate::app::components::editor::Editor;
use crate::app::components::fields::{bind, SelectField, TextArea, TextField};
use crate::app::components::options::country_options;
use crate::app::drafts::use_draft;
use crate::app::i18n::{tr, use_i18n};
use crate::app::notices::{use_notices, Level};
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::domain::actions::next_action_id;
use crate::domain::edit::Edit;
use crate::domain::ids::{ActionId, SessionId};
use crate::domain::model::{code_of, from_code, Action, Cost, Plan, Side};
use crate::domain::validate::{is_other_side, Problem};
use crate::i18n::{fill, Key};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// A new form about session `id`: its offer and offering country, its first
/// attending country as the receiving one, the offer's first modality.
pub fn draft_for_session(plan: &Plan, id: &SessionId, side: Side) -> Action {
    let session = plan.schedule.iter().flat_map(|s| &s.sessions).find(|s| &s.id == id);
    let offer = session.and_then(|s| plan.offer(&s.offer));
    let types = plan.action_types();
    let kind = offer
        .and_then(|o| o.modalities.iter().map(code_of).find(|m| types.iter().any(|t| t.id.as_str() == m)))
        .map(Into::into)
        .or_else(|| types.first().map(|t| t.id.clone()))
        .unwrap_or_default();
    Action {
        kind,
        offering: offer.map(|o| o.country.clone()).unwrap_or_default(),
        receiving: session.and_then(|s| s.attendees.first().cloned()).unwrap_or_default(),
        offer: offer.map(|o| o.id.clone()),
        session: session.map(|s| s.id.clone()),
        registered_by: side,
        title: offer.map(|o| o.title.clone()).unwrap_or_default(),
        cost: Cost { currency: "USD".into(), ..Cost::default() },
        ..Action::default()
    }
}

/// A blank form between the plan's first two countries.
fn blank_draft(plan: &Plan) -> Action {
    let mut countries = plan.countries.iter().map(|c| c.id.clone());
    Action {
        kind: plan.action_types().first().map(|t| t.id.clone()).unwrap_or_default(),
        offering: countries.next().unwrap_or_default(),
        receiving: countries.next().unwrap_or_default(),
        title: String::new(),
        cost: Cost { currency: "USD".into(), ..Cost::default() },
        ..Action::default()
    }
}

/// Saves `draft` (a new form gets the first free id of its registrant) and
/// returns its id.
pub fn save(store: crate::app::state::PlanStore, mut draft: Action) -> Result<ActionId, Vec<Problem>> {
    if draft.id.as_str().is_empty() {
        draft.id = store.plan().with_untracked(|p| next_action_id(p, draft.registrant().as_str()));
    }
    draft.updated_at = crate::app::clock::now();
    let id = draft.id.clone();
    store.submit(Edit::PutAction(draft))?;
    Ok(id)
}

/// `/actions/form`.
#[component]
pub fn ActionFormPage() -> impl IntoView {
    let plan = use_store().plan();
    let id = use_query_param("id", false);
    let session = use_query_param("session", false);
    let side = use_query_param("side", false);
    let country = use_query_param("country", false);
    move || {
        let side = side.value.get().and_then(|s| from_code(&s)).unwrap_or(Side::Offering);
        let (action, new) = plan.with_untracked(|p| match (id.value.get(), session.value.get()) {
            (Some(id), _) => (p.action(&id.into()).cloned().unwrap_or_else(|| blank_draft(p)), false),
            (None, Some(s)) => {
                let mut draft = draft_for_session(p, &s.into(), side);
                // A receiving delegation opening it from its agenda is the receiving side.
                if let Some(c) = country.value.get().filter(|c| side == Side::Receiving && c != draft.offering.as_str())
                {
                    draft.receiving = c.into();
                }
                (draft, true)
            }
            (None, None) => (blank_draft(p), true),
        });
        view! { <ActionEditor action=action new=new /> }
    }
}

#[component]
fn ActionEditor(action: Action, new: bool) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let notices = use_notices();
    let plan = store.plan();
    let draft = use_draft(action);
    let navigate = use_navigate();
    let back = {
        let navigate = navigate.clone();
        move || navigate("/actions", Default::default())
    };
    let on_save = Callback::new(move |()| {
        let id = save(store, draft.get_untracked())?;
        notices.push(Level::Info, i18n.lang_untracked().fill(fill::ActionsSaved { id: id.as_str() }));
        navigate(&format!("/actions/form?id={id}"), Default::default());
        Ok(())
    });
    let none = move || (String::new(), i18n.t(Key::ActionsNoneOption).to_owned());
    let sides = Signal::derive(move || {
        Side::ALL.iter().map(|s| (code_of(s), side_label(i18n.lang(), *s).to_owned())).collect()
    });
    let countries = country_options();
    let types = Signal::derive(move || {
        let lang = i18n.lang().code();
        plan.with(|p| p.action_types().iter().map(|t| (t.id.to_string(), t.label(lang).to_owned())).collect())
    });
    let offers = Signal::derive(move || {
        let offering = draft.with(|a| a.offering.clone());
        let lang = i18n.lang();
        let list = plan.with(|p| {
            p.offers
                .iter()
                .filter(|o| o.country == offering)
                .map(|o| (o.id.to_string(), o.title_in(lang.code(), &p.event.language).text.to_owned()))
                .collect::<Vec<_>>()
        });
        std::iter::once(none()).chain(list).collect()
    });
    let sessions = Signal::derive(move || {
        let offer = draft.with(|a| a.offer.clone());
        let list = plan.with(|p| {
            p.schedule
                .iter()
                .flat_map(|s| &s.sessions)
                .filter(|s| offer.as_ref().is_none_or(|o| &s.offer == o))
                .map(|s| (s.id.to_string(), session_label(p, &s.id)))
                .collect::<Vec<_>>()
        });
        std::iter::once(none()).chain(list).collect()
    });
    let linkable = Signal::derive(move || {
        let me = draft.get();
        let list = plan.with(|p| {
            p.actions
                .iter()
                .filter(|o| is_other_side(&me, o))
                .map(|o| (o.id.to_string(), format!("{} · {}", o.id, o.title)))
                .collect::<Vec<_>>()
        });
        std::iter::once(none()).chain(list).collect()
    });
    let opt = |v: String| (!v.is_empty()).then_some(v);
    let amount = |v: String, old: u64| v.trim().parse().unwrap_or(if v.trim().is_empty() { 0 } else { old });
    let total = move || {
        let lang = i18n.lang();
        draft.with(|a| {
            lang.fill(fill::ActionsTotal { amount: &lang.integer(a.cost.total() as i64), currency: &a.cost.currency })
        })
    };
    let title = Signal::derive(move || {
        let lang = i18n.lang();
        let heading = if new {
            lang.t(Key::ActionsFormTitleNew).to_owned()
        } else {
            lang.fill(fill::ActionsFormTitleEdit { id: draft.with(|a| a.id.to_string()).as_str() })
        };
        let from = draft.with(|a| a.session.clone()).map(|s| plan.with(|p| session_label(p, &s)));
        from.map_or(heading.clone(), |f| format!("{heading} — {f}"))
    });
    let compare = move || {
        let id = draft.with(|a| a.id.clone());
        let linked = plan.with(|p| p.action(&id).and_then(|a| crate::domain::actions::other_form(p, a)).is_some());
        linked.then(|| view! { <p><a href=format!("/actions/compare?id={id}")>{i18n.t(Key::ActionsCompare)}</a></p> })
    };
    let delete = move |_| {
        let id = draft.with_untracked(|a| a.id.clone());
        if store.edit(Edit::RemoveAction(id)) {
            back();
        }
    };
    view! {
        <section class="page action-form">
            {compare}
            <Editor title=title on_save=on_save on_cancel=Callback::new(move |()| use_navigate()("/actions", Default::default()))>
                <SelectField label=Key::ActionsRegisteredBy options=sides testid="action-side"
                    bind=bind(draft, |a| code_of(&a.registered_by), |a, v| a.registered_by = from_code(&v).unwrap_or_default()) />
                <SelectField label=Key::ActionsType options=types testid="action-type" bind=bind(draft, |a| a.kind.to_string(), |a, v| a.kind = v.into()) />
                <SelectField label=Key::ActionsOffering options=countries testid="action-offering" bind=bind(draft, |a| a.offering.to_string(), |a, v| a.offering = v.into()) />
                <SelectField label=Key::ActionsReceiving options=countries testid="action-receiving" bind=bind(draft, |a| a.receiving.to_string(), |a, v| a.receiving = v.into()) />
                <SelectField label=Key::ActionsOffer options=offers bind=bind(draft, |a| a.offer.as_ref().map(|o| o.to_string()).unwrap_or_default(), move |a, v| a.offer = opt(v).map(Into::into)) />
                <SelectField label=Key::ActionsSession options=sessions testid="action-session" bind=bind(draft, |a| a.session.as_ref().map(|s| s.to_string()).unwrap_or_default(), move |a, v| a.session = opt(v).map(Into::into)) />
                <TextField label=Key::ActionsTitleField required=true bind=bind(draft, |a| a.title.clone(), |a, v| a.title = v) />
                <TextArea label=Key::ActionsDescription bind=bind(draft, |a| a.description.clone(), |a, v| a.description = v) />
                <TextArea label=Key::ActionsObjectives bind=bind(draft, |a| a.objectives.clone(), |a, v| a.objectives = v) />
                <TextField label=Key::ActionsStartsOn kind="date" bind=bind(draft, |a| a.starts_on.map(|d| d.to_string()).unwrap_or_default(), |a, v| a.starts_on = v.parse().ok()) />
                <TextField label=Key::ActionsEndsOn kind="date" bind=bind(draft, |a| a.ends_on.map(|d| d.to_string()).unwrap_or_default(), |a, v| a.ends_on = v.parse().ok()) />
                <TextField label=Key::ActionsDuration kind="number" bind=bind(draft, |a| a.duration_days.to_string(), |a, v| a.duration_days = v.trim().parse().unwrap_or(0)) />
                <TextField label=Key::ActionsParticipants bind=bind(draft, |a| a.participants.clone(), |a, v| a.participants = v) />
                <TextField label=Key::ActionsCurrency bind=bind(draft, |a| a.cost.currency.clone(), |a, v| a.cost.currency = v.trim().to_uppercase()) />
                <TextField label=Key::ActionsTravel kind="number" bind=bind(draft, |a| a.cost.travel.to_string(), move |a, v| a.cost.travel = amount(v, a.cost.travel)) />
                <TextField label=Key::ActionsPerDiem kind="number" bind=bind(draft, |a| a.cost.per_diem.to_string(), move |a, v| a.cost.per_diem = amount(v, a.cost.per_diem)) />
                <TextField label=Key::ActionsOther kind="number" bind=bind(draft, |a| a.cost.other.to_string(), move |a, v| a.cost.other = amount(v, a.cost.other)) />
                <p class="field total" data-testid="action-total">{total}</p>
                <SelectField label=Key::ActionsLinked options=linkable testid="action-linked" bind=bind(draft, |a| a.linked.as_ref().map(|l| l.to_string()).unwrap_or_default(), move |a, v| a.linked = opt(v).map(Into::into)) />
            </Editor>
            {(!new).then(|| view! { <p class="buttons"><button type="button" class="danger" on:click=delete>{tr!(i18n, ActionsDelete)}</button></p> })}
        </section>
    }
}
