//! The committee: its evaluators (added and removed here) and the
//! criteria (labels, weights, added and removed).

use crate::app::components::confirm::ConfirmDelete;
use crate::app::components::fields::{bind, SelectField, TextField};
use crate::app::components::options::country_options;
use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::edit::Edit;
use crate::domain::ids::{next_id, EvaluatorId};
use crate::domain::model::{code_of, from_code, Criterion, Evaluator, EvaluatorKind};
use crate::i18n::{fill, Key, Lang};
use leptos::prelude::*;

/// The label of an evaluator's kind.
pub fn kind_label(lang: Lang, kind: EvaluatorKind) -> &'static str {
    lang.t(match kind {
        EvaluatorKind::Secretariat => Key::EvaluationKindSecretariat,
        EvaluatorKind::External => Key::EvaluationKindExternal,
    })
}

#[component]
pub fn Committee() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let plan = store.plan();
    let draft = RwSignal::new(Evaluator::default());
    let kinds = Signal::derive(move || {
        EvaluatorKind::ALL.iter().map(|k| (code_of(k), kind_label(i18n.lang(), *k).to_owned())).collect()
    });
    let all = country_options();
    let countries = Signal::derive(move || {
        let none = (String::new(), i18n.t(Key::EvaluationNoCountry).to_owned());
        std::iter::once(none).chain(all.get()).collect()
    });
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut e = draft.get_untracked();
        e.id = EvaluatorId(plan.with_untracked(|p| next_id("ev", p.evaluators.iter().map(|e| e.id.as_str()))));
        if store.edit(Edit::PutEvaluator(e)) {
            draft.set(Evaluator::default());
        }
    };
    let members = move || {
        let lang = i18n.lang();
        plan.with(|p| {
            p.evaluators
                .iter()
                .map(|e| {
                    let country = e.country.as_ref().map(|c| p.country_name(c)).unwrap_or_default();
                    let sheets = p.scores.iter().filter(|s| s.evaluator == e.id).count();
                    let question = lang.fill(fill::EvaluationRemoveEvaluator { name: &e.name, n: &lang.integer(sheets as i64) });
                    let id = e.id.clone();
                    let remove = Callback::new(move |()| {
                        store.edit(Edit::RemoveEvaluator(id.clone()));
                    });
                    view! {
                        <tr data-testid="evaluator">
                            <td><code>{e.id.to_string()}</code></td><th scope="row">{e.name.clone()}</th><td>{kind_label(lang, e.kind)}</td><td>{country}</td><td>{e.organization.clone()}</td>
                            <td><ConfirmDelete question=question on_confirm=remove /></td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let criteria = move || {
        let lang = i18n.lang();
        plan.with(|p| {
            p.criteria()
                .into_iter()
                .map(|k| {
                    let label = k.label(lang.code()).to_owned();
                    let aria = lang.fill(fill::EvaluationWeight { criterion: &label });
                    let (id, id2, id3) = (k.id.clone(), k.id.clone(), k.id.clone());
                    let set = move |ev| {
                        let Ok(weight) = event_target_value(&ev).trim().parse::<u32>() else { return };
                        change_criteria(store, |list| list.iter_mut().filter(|c| c.id == id).for_each(|c| c.weight = weight));
                    };
                    let rename = move |ev| {
                        let text = event_target_value(&ev).trim().to_owned();
                        let code = i18n.lang_untracked().code().to_owned();
                        if !text.is_empty() {
                            change_criteria(store, |list| list.iter_mut().filter(|c| c.id == id2).for_each(|c| {
                                c.labels.insert(code.clone(), text.clone());
                            }));
                        }
                    };
                    let remove = move |_| change_criteria(store, |list| list.retain(|c| c.id != id3));
                    let name_aria = lang.fill(fill::EvaluationCriterionLabel { criterion: &label });
                    let remove_aria = lang.fill(fill::EvaluationRemoveCriterion { criterion: &label });
                    view! {
                        <li class="criterion" data-testid="criterion">
                            <input type="text" aria-label=name_aria prop:value=label.clone() on:change=rename />
                            <input type="number" min="1" aria-label=aria prop:value=k.weight.to_string() on:change=set />
                            <button type="button" class="quiet" aria-label=remove_aria on:click=remove>{lang.t(Key::EvaluationRemove)}</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let new_criterion = RwSignal::new(String::new());
    let add_criterion = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let label = new_criterion.get_untracked().trim().to_owned();
        let id = crate::domain::text::slug(&label);
        let mut list = plan.with_untracked(|p| p.criteria());
        if id.is_empty() || list.iter().any(|k| k.id.as_str() == id) {
            return;
        }
        let lang = i18n.lang_untracked().code().to_owned();
        list.push(Criterion { id: id.into(), labels: [(lang, label)].into_iter().collect(), weight: 10 });
        if store.edit(Edit::SetCriteria(list)) {
            new_criterion.set(String::new());
        }
    };
    view! {
        <section class="card committee">
            <h2>{tr!(i18n, EvaluationCommittee)}</h2>
            <div class="table-wrap">
                <table>
                    <thead><tr><th scope="col">"Id"</th><th scope="col">{tr!(i18n, EvaluationName)}</th><th scope="col">{tr!(i18n, EvaluationKind)}</th><th scope="col">{tr!(i18n, EvaluationCountry)}</th><th scope="col">{tr!(i18n, EvaluationOrganization)}</th><th scope="col">{tr!(i18n, EvaluationColManage)}</th></tr></thead>
                    <tbody>{members}</tbody>
                </table>
            </div>
            <form class="inline-form" on:submit=add data-testid="add-evaluator">
                <TextField label=Key::EvaluationName required=true bind=bind(draft, |e| e.name.clone(), |e, v| e.name = v) />
                <SelectField label=Key::EvaluationKind options=kinds bind=bind(draft, |e| code_of(&e.kind), |e, v| e.kind = from_code(&v).unwrap_or_default()) />
                <SelectField label=Key::EvaluationCountry options=countries bind=bind(draft, |e| e.country.as_ref().map(|c| c.to_string()).unwrap_or_default(), |e, v| e.country = (!v.is_empty()).then(|| v.into())) />
                <TextField label=Key::EvaluationOrganization bind=bind(draft, |e| e.organization.clone(), |e, v| e.organization = v) />
                <button type="submit">{tr!(i18n, EvaluationAddEvaluator)}</button>
            </form>
            <h3>{tr!(i18n, EvaluationCriteria)}</h3>
            <ul class="criteria">{criteria}</ul>
            <form class="inline-form" on:submit=add_criterion>
                <label class="field">
                    <span>{tr!(i18n, EvaluationNewCriterion)}</span>
                    <input type="text" prop:value=move || new_criterion.get() on:input=move |ev| new_criterion.set(event_target_value(&ev)) />
                </label>
                <button type="submit">{tr!(i18n, EvaluationAddCriterion)}</button>
            </form>
        </section>
    }
}

/// Changes the plan's criteria (the defaults when it lists none); a criterion
/// removed takes its values out of every score.
fn change_criteria(store: crate::app::state::PlanStore, change: impl FnOnce(&mut Vec<Criterion>)) {
    let mut list = store.plan().with_untracked(|p| p.criteria());
    change(&mut list);
    if !list.is_empty() {
        store.edit(Edit::SetCriteria(list));
    }
}
