//! The organizer's view: actions ranked by the committee's weighted mean,
//! with median, spread and disagreement, and how each evaluator scores.

use crate::app::i18n::{tr, use_i18n};
use crate::app::state::use_store;
use crate::domain::evaluation::summarize;
use crate::i18n::{fill, Key};
use leptos::prelude::*;

#[component]
pub fn Aggregates() -> impl IntoView {
    let i18n = use_i18n();
    let plan = use_store().plan();
    let summary = Memo::new(move |_| plan.with(summarize));
    let ranking = move || {
        let lang = i18n.lang();
        let dec = |v: Option<f64>| v.map(|v| lang.decimal(v, 2)).unwrap_or_else(|| "—".into());
        plan.with(|p| {
            summary.with(|s| {
                s.actions
                    .iter()
                    .map(|a| {
                        let action = p.action(&a.action);
                        let title = action.map(|x| x.title.clone()).unwrap_or_default();
                        let sides = action.map(|x| format!("{} → {}", p.country_name(&x.offering), p.country_name(&x.receiving))).unwrap_or_default();
                        let excluded: Vec<String> = a.excluded.iter().map(|e| p.evaluator(e).map(|e| e.name.clone()).unwrap_or_else(|| e.to_string())).collect();
                        view! {
                            <tr data-testid="rank-row" class:disagreement=a.disagreement>
                                <td class="num">{a.rank.map(|r| r.to_string()).unwrap_or_default()}</td>
                                <th scope="row"><code>{a.action.to_string()}</code> " " {title} <span class="who">{sides}</span></th>
                                <td class="num">{dec(a.mean)}</td>
                                <td class="num">{dec(a.median)}</td>
                                <td class="num">{lang.decimal(a.spread, 2)} {a.disagreement.then(|| view! { " " <span class="badge warn">{lang.t(Key::EvaluationDisagreement)}</span> })}</td>
                                <td class="num">{a.evaluators}</td>
                                <td class="muted">{(!excluded.is_empty()).then(|| lang.fill(fill::EvaluationExcluded { names: &excluded.join(", ") }))}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let evaluators = move || {
        let lang = i18n.lang();
        plan.with(|p| {
            summary.with(|s| {
                s.evaluators
                    .iter()
                    .map(|e| {
                        let name = p.evaluator(&e.evaluator).map(|x| x.name.clone()).unwrap_or_default();
                        view! {
                            <tr data-testid="evaluator-stats">
                                <th scope="row">{name}</th>
                                <td class="num">{format!("{} / {}", e.scored, e.eligible)}</td>
                                <td class="num">{e.conflicts}</td>
                                <td class="num">{e.mean.map(|m| lang.decimal(m, 2)).unwrap_or_else(|| "—".into())}</td>
                                <td class="num">{lang.decimal(e.stdev, 2)}</td>
                                <td class="num">{format!("{}{}", if e.bias > 0.0 { "+" } else { "" }, lang.decimal(e.bias, 2))}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <section class="card aggregates">
            <h2>{tr!(i18n, EvaluationRanking)}</h2>
            <div class="table-wrap">
                <table class="ranking" data-testid="ranking">
                    <thead><tr>
                        <th scope="col">{tr!(i18n, EvaluationColRank)}</th>
                        <th scope="col">{tr!(i18n, ActionsColTitle)}</th>
                        <th scope="col">{tr!(i18n, EvaluationColMean)}</th>
                        <th scope="col">{tr!(i18n, EvaluationColMedian)}</th>
                        <th scope="col">{tr!(i18n, EvaluationColSpread)}</th>
                        <th scope="col">{tr!(i18n, EvaluationColEvaluators)}</th>
                        <th scope="col"></th>
                    </tr></thead>
                    <tbody>{ranking}</tbody>
                </table>
            </div>
            <h2>{tr!(i18n, EvaluationEvaluators)}</h2>
            <div class="table-wrap">
                <table data-testid="evaluator-table">
                    <thead><tr>
                        <th scope="col">{tr!(i18n, EvaluationName)}</th>
                        <th scope="col">{tr!(i18n, EvaluationColScored)}</th>
                        <th scope="col">{tr!(i18n, EvaluationColConflicts)}</th>
                        <th scope="col">{tr!(i18n, EvaluationColMean)}</th>
                        <th scope="col">{tr!(i18n, EvaluationColStdev)}</th>
                        <th scope="col">{tr!(i18n, EvaluationColBias)}</th>
                    </tr></thead>
                    <tbody>{evaluators}</tbody>
                </table>
            </div>
        </section>
    }
}
