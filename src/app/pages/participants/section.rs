//! A table of one kind of participant, with add, edit and delete.

use crate::app::components::confirm::ConfirmDelete;
use crate::app::i18n::{tr, use_i18n};
use crate::app::query::QueryParam;
use crate::app::state::use_store;
use crate::domain::edit::{deletion_impact, Edit, RecordRef};
use crate::i18n::{fill, Key, Lang};
use leptos::prelude::*;

/// One table row: the record, its name and two more cells.
#[derive(Clone, PartialEq)]
pub struct Row {
    record: RecordRef,
    id: String,
    name: String,
    cells: [String; 2],
}

impl Row {
    pub fn new(record: RecordRef, name: &str, cells: [String; 2]) -> Self {
        let id = record_id(&record).to_owned();
        Self { record, id, name: name.to_owned(), cells }
    }
}

fn record_id(record: &RecordRef) -> &str {
    match record {
        RecordRef::Theme(id) => id.as_str(),
        RecordRef::Country(id) => id.as_str(),
        RecordRef::Mechanism(id) => id.as_str(),
        RecordRef::Agency(id) => id.as_str(),
        RecordRef::Delegate(id) => id.as_str(),
        RecordRef::Offer(id) => id.as_str(),
        RecordRef::Action(id) => id.as_str(),
    }
}

/// What else a deletion takes with it, in words.
fn impact_lines(lang: Lang, impact: &[RecordRef]) -> Vec<String> {
    let count = |f: fn(&RecordRef) -> bool| impact.iter().filter(|r| f(r)).count();
    let [agencies, delegates, offers, actions] = [
        count(|r| matches!(r, RecordRef::Agency(_))),
        count(|r| matches!(r, RecordRef::Delegate(_))),
        count(|r| matches!(r, RecordRef::Offer(_))),
        count(|r| matches!(r, RecordRef::Action(_))),
    ]
    .map(|n| (n > 0).then(|| n.to_string()));
    [
        agencies.map(|n| lang.fill(fill::DeleteAlsoAgencies { n: &n })),
        delegates.map(|n| lang.fill(fill::DeleteAlsoDelegates { n: &n })),
        offers.map(|n| lang.fill(fill::DeleteAlsoOffers { n: &n })),
        actions.map(|n| lang.fill(fill::DeleteAlsoActions { n: &n })),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// A form for the record `id` of a kind (`None`: a new record), closed by `done`.
pub type FormFn = fn(Option<String>, Callback<()>) -> AnyView;

/// The section `kind` (`countries`, …): heading, add button, form, table.
#[component]
pub fn Section(
    kind: &'static str,
    title: Key,
    add: Key,
    columns: [Key; 3],
    rows: Signal<Vec<Row>>,
    editing: QueryParam,
    form: FormFn,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    // `edit=kind/id` or `edit=kind/new` opens the form in this section.
    let target = Memo::new(move |_| {
        editing.value.get().and_then(|v| v.strip_prefix(kind).and_then(|r| r.strip_prefix('/')).map(str::to_owned))
    });
    let done = Callback::new(move |()| editing.set(None));
    let form_view = move || target.get().map(|t| form((t != "new").then_some(t), done));
    view! {
        <section class="card" id=kind data-testid=format!("section-{kind}")>
            <header class="section-head">
                <h2>{move || i18n.t(title)} " " <span class="count">{move || i18n.lang().integer(rows.with(Vec::len) as i64)}</span></h2>
                <button type="button" on:click=move |_| editing.set(Some(format!("{kind}/new")))>
                    {move || i18n.t(add)}
                </button>
            </header>
            {form_view}
            <div class="table-wrap">
                <table>
                    <thead>
                        <tr>
                            {columns.map(|c| view! { <th scope="col">{move || i18n.t(c)}</th> }).collect_view()}
                            <th scope="col"><span class="visually-hidden">{tr!(i18n, ColumnActions)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|r| (r.id.clone(), r.name.clone(), r.cells.clone()) let:row>
                            {
                                let record = row.record.clone();
                                let id = row.id.clone();
                                let question = {
                                    let name = row.name.clone();
                                    Signal::derive(move || i18n.lang().fill(fill::DeleteQuestion { name: &name }))
                                };
                                let details = {
                                    let record = record.clone();
                                    Signal::derive(move || {
                                        store.plan().with(|p| impact_lines(i18n.lang(), &deletion_impact(p, &record)))
                                    })
                                };
                                let delete = Callback::new(move |()| {
                                    store.edit(Edit::Delete(record.clone()));
                                });
                                view! {
                                    <tr>
                                        <th scope="row">{row.name.clone()}</th>
                                        <td>{row.cells[0].clone()}</td>
                                        <td>{row.cells[1].clone()}</td>
                                        <td class="row-actions">
                                            <button type="button" class="quiet" on:click=move |_| editing.set(Some(format!("{kind}/{id}")))>
                                                {tr!(i18n, ActionEdit)}
                                            </button>
                                            <ConfirmDelete question=question details=details on_confirm=delete />
                                        </td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
            </div>
        </section>
    }
}
