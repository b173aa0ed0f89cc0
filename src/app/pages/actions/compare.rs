//! Both sides' forms about one action, side by side, differences marked.

use super::side_label;
use crate::app::i18n::{tr, use_i18n};
use crate::app::query::use_query_param;
use crate::app::state::use_store;
use crate::domain::actions::other_form;
use crate::domain::model::{Action, Plan, Side};
use crate::i18n::{Key, Lang};
use leptos::prelude::*;
use leptos_router::components::A;

/// The rows compared: label and the text of each form.
fn fields(plan: &Plan, lang: Lang, a: &Action) -> Vec<(Key, String)> {
    let date = |d: Option<crate::domain::date::Date>| d.map(|d| lang.date_long(d)).unwrap_or_default();
    vec![
        (Key::ActionsRegisteredBy, side_label(lang, a.registered_by).to_owned()),
        (Key::ActionsType, plan.action_type_label(&a.kind, lang.code())),
        (Key::ActionsOffering, plan.country_name(&a.offering)),
        (Key::ActionsReceiving, plan.country_name(&a.receiving)),
        (
            Key::ActionsOffer,
            a.offer
                .as_ref()
                .and_then(|o| plan.offer_title(o, lang.code()))
                .map(|t| t.text.to_owned())
                .unwrap_or_default(),
        ),
        (Key::ActionsSession, a.session.as_ref().map(|s| s.to_string()).unwrap_or_default()),
        (Key::ActionsTitleField, a.title.clone()),
        (Key::ActionsDescription, a.description.clone()),
        (Key::ActionsObjectives, a.objectives.clone()),
        (Key::ActionsStartsOn, date(a.starts_on)),
        (Key::ActionsEndsOn, date(a.ends_on)),
        (Key::ActionsDuration, a.duration_days.to_string()),
        (Key::ActionsParticipants, a.participants.clone()),
        (Key::ActionsTravel, lang.money(a.cost.travel, &a.cost.currency)),
        (Key::ActionsPerDiem, lang.money(a.cost.per_diem, &a.cost.currency)),
        (Key::ActionsOther, lang.money(a.cost.other, &a.cost.currency)),
        (Key::ActionsColCost, lang.money(a.cost.total(), &a.cost.currency)),
    ]
}

/// `/actions/compare?id=ID`: the offering side's form on the left.
#[component]
pub fn ComparePage() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let id = use_query_param("id", false);
    let body = move || {
        let lang = i18n.lang();
        let id = id.value.get()?;
        plan.with(|p| {
            let this = p.action(&id.into())?;
            let Some(other) = other_form(p, this) else {
                return Some(view! { <p class="card" data-testid="compare-missing">{lang.t(Key::ActionsCompareMissing)}</p> }.into_any());
            };
            let (left, right) = if this.registered_by == Side::Offering { (this, other) } else { (other, this) };
            let rows = fields(p, lang, left)
                .into_iter()
                .zip(fields(p, lang, right))
                .map(|((key, l), (_, r))| {
                    let differs = l != r;
                    view! {
                        <tr class:differs=differs>
                            <th scope="row">{lang.t(key)} {differs.then(|| view! { <span class="badge warn">{lang.t(Key::ActionsDiffers)}</span> })}</th>
                            <td>{l}</td>
                            <td>{r}</td>
                        </tr>
                    }
                })
                .collect_view();
            let head = |a: &Action| {
                let (href, id, who) = (format!("/actions/form?id={}", a.id), a.id.to_string(), p.country_name(a.registrant()));
                view! { <th scope="col"><A href=href>{id}</A> " · " {who}</th> }
            };
            Some(view! {
                <div class="table-wrap">
                    <table class="compare" data-testid="compare">
                        <thead><tr><th scope="col">{lang.t(Key::ActionsField)}</th>{head(left)}{head(right)}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }.into_any())
        })
    };
    view! {
        <section class="page compare-page">
            <p class="crumbs"><A href="/actions">{tr!(i18n, ActionsTitle)}</A></p>
            <h1>{tr!(i18n, ActionsCompareTitle)}</h1>
            {body}
        </section>
    }
}
