//! The browser's database (IndexedDB, through the `idb` crate), where the
//! plans are kept: one record per plan, `{id, text, revision}`, whose `text` is
//! the plan file itself (the export format) and whose `revision` counts its
//! saves; and, apart, the texts that could not be read, byte for byte.
//!
//! Every check-then-write happens in one transaction, so two tabs cannot
//! interleave between the check and the write.

use super::WriteError;
use idb::{Database, Factory, ObjectStore, ObjectStoreParams, Transaction, TransactionMode};
use js_sys::{Object, Reflect};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

const NAME: &str = "rondas";
const VERSION: u32 = 1;
const PLANS: &str = "plans";
const ASIDE: &str = "aside";

/// An open connection to Rondas's database.
#[derive(Clone)]
pub struct Db(Rc<Database>);

/// A saved plan as stored: its id, file text and revision.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub id: String,
    pub text: String,
    pub revision: u64,
}

/// What a save may overwrite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Only the revision this tab last read or wrote (none: a new plan).
    Revision(Option<u64>),
    /// Whatever is there: the user chose to replace it (an import, a new plan).
    Anything,
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// Storage holds a newer revision, written by another tab: it is kept.
    Stale(Record),
    /// The write itself failed.
    Write(WriteError),
}

/// Maps what the database threw to a [`WriteError`]: a full quota, or why not.
fn write_error(error: idb::Error) -> WriteError {
    let exception = match &error {
        idb::Error::DomException(e) => Some(e.clone()),
        idb::Error::UpdateFailed(v)
        | idb::Error::AddFailed(v)
        | idb::Error::DeleteFailed(v)
        | idb::Error::GetFailed(v)
        | idb::Error::GetAllKeysFailed(v)
        | idb::Error::TransactionOpenFailed(v)
        | idb::Error::TransactionCommitError(v)
        | idb::Error::IndexedDbOpenFailed(v) => v.dyn_ref::<web_sys::DomException>().cloned(),
        _ => None,
    };
    match exception {
        Some(e) if e.name() == "QuotaExceededError" => WriteError::Full,
        Some(e) => WriteError::Unavailable(e.message()),
        None => WriteError::Unavailable(error.to_string()),
    }
}

/// Opens (creating on first use) the database.
pub async fn open() -> Result<Db, WriteError> {
    let factory = Factory::new().map_err(write_error)?;
    let mut request = factory.open(NAME, Some(VERSION)).map_err(write_error)?;
    request.on_upgrade_needed(|event| {
        if let Ok(db) = idb::DatabaseEvent::database(&event) {
            for store in [PLANS, ASIDE] {
                let _ = db.create_object_store(store, ObjectStoreParams::new());
            }
        }
    });
    Ok(Db(Rc::new(request.await.map_err(write_error)?)))
}

fn record_value(record: &Record) -> JsValue {
    let value = Object::new();
    let _ = Reflect::set(&value, &"id".into(), &record.id.as_str().into());
    let _ = Reflect::set(&value, &"text".into(), &record.text.as_str().into());
    let _ = Reflect::set(&value, &"revision".into(), &(record.revision as f64).into());
    value.into()
}

/// A stored value as a record; `None` for anything else (not written by Rondas).
fn record_of(value: &JsValue) -> Option<Record> {
    let field = |name: &str| Reflect::get(value, &name.into()).ok();
    Some(Record {
        id: field("id")?.as_string()?,
        text: field("text")?.as_string()?,
        revision: field("revision")?.as_f64()? as u64,
    })
}

impl Db {
    fn transaction(&self, stores: &[&str], mode: TransactionMode) -> Result<Transaction, WriteError> {
        self.0.transaction(stores, mode).map_err(write_error)
    }

    /// Waits for a read-write transaction to be committed; an abort (a full
    /// quota, say) is an error.
    async fn finish(transaction: Transaction, store: &ObjectStore) -> Result<(), WriteError> {
        let result = transaction.commit().map_err(write_error)?.await.map_err(write_error)?;
        if result.is_committed() {
            Ok(())
        } else {
            Err(match store.transaction().error() {
                Some(e) if e.name() == "QuotaExceededError" => WriteError::Full,
                Some(e) => WriteError::Unavailable(e.message()),
                None => WriteError::Unavailable("aborted".into()),
            })
        }
    }

    /// Every saved plan, by id.
    pub async fn plans(&self) -> Result<Vec<Record>, WriteError> {
        let transaction = self.transaction(&[PLANS], TransactionMode::ReadOnly)?;
        let store = transaction.object_store(PLANS).map_err(write_error)?;
        let values = store.get_all(None, None).map_err(write_error)?.await.map_err(write_error)?;
        Ok(values.iter().filter_map(record_of).collect())
    }

    /// The saved plan `id`, if there is one.
    pub async fn plan(&self, id: &str) -> Result<Option<Record>, WriteError> {
        let transaction = self.transaction(&[PLANS], TransactionMode::ReadOnly)?;
        let store = transaction.object_store(PLANS).map_err(write_error)?;
        let value = store.get(JsValue::from_str(id)).map_err(write_error)?.await.map_err(write_error)?;
        Ok(value.as_ref().and_then(record_of))
    }

    /// Saves `text` as plan `id` unless storage holds a revision `expect`
    /// does not allow; returns the new revision.
    pub async fn save(&self, id: &str, text: &str, expect: Expect) -> Result<u64, SaveError> {
        let write = SaveError::Write;
        let transaction = self.transaction(&[PLANS], TransactionMode::ReadWrite).map_err(write)?;
        let store = transaction.object_store(PLANS).map_err(|e| write(write_error(e)))?;
        let key = JsValue::from_str(id);
        let stored = store.get(key.clone()).map_err(|e| write(write_error(e)))?.await;
        let stored = stored.map_err(|e| write(write_error(e)))?.as_ref().and_then(record_of);
        let revision = match (&stored, expect) {
            (Some(s), Expect::Revision(seen)) if seen != Some(s.revision) => {
                let _ = transaction.abort();
                return Err(SaveError::Stale(s.clone()));
            }
            (Some(s), _) => s.revision + 1,
            (None, Expect::Revision(seen)) => seen.unwrap_or(0) + 1,
            (None, Expect::Anything) => 1,
        };
        let record = Record { id: id.to_owned(), text: text.to_owned(), revision };
        store.put(&record_value(&record), Some(&key)).map_err(|e| write(write_error(e)))?;
        Self::finish(transaction, &store).await.map_err(write)?;
        Ok(revision)
    }

    /// Writes `records` as they are (revision included), each only where no
    /// plan of its id is stored; returns the ids it found taken.
    pub async fn put_new(&self, records: &[Record]) -> Result<Vec<String>, WriteError> {
        let transaction = self.transaction(&[PLANS], TransactionMode::ReadWrite)?;
        let store = transaction.object_store(PLANS).map_err(write_error)?;
        let mut taken = Vec::new();
        for record in records {
            let key = JsValue::from_str(&record.id);
            if store.get(key.clone()).map_err(write_error)?.await.map_err(write_error)?.is_some() {
                taken.push(record.id.clone());
            } else {
                store.put(&record_value(record), Some(&key)).map_err(write_error)?;
            }
        }
        Self::finish(transaction, &store).await?;
        Ok(taken)
    }

    /// Deletes the saved plan `id`.
    pub async fn delete(&self, id: &str) -> Result<(), WriteError> {
        let transaction = self.transaction(&[PLANS], TransactionMode::ReadWrite)?;
        let store = transaction.object_store(PLANS).map_err(write_error)?;
        store.delete(JsValue::from_str(id)).map_err(write_error)?;
        Self::finish(transaction, &store).await
    }

    /// Moves plan `id`'s unreadable text aside under `name`, in one
    /// transaction: set aside and removed, or (a full quota) left as it was.
    /// A plan saved again since it was read (`revision` differs) stays.
    pub async fn set_aside(&self, record: &Record, name: &str) -> Result<(), WriteError> {
        let transaction = self.transaction(&[PLANS, ASIDE], TransactionMode::ReadWrite)?;
        let plans = transaction.object_store(PLANS).map_err(write_error)?;
        let aside = transaction.object_store(ASIDE).map_err(write_error)?;
        let key = JsValue::from_str(&record.id);
        let stored = plans.get(key.clone()).map_err(write_error)?.await.map_err(write_error)?;
        aside.put(&record.text.as_str().into(), Some(&JsValue::from_str(name))).map_err(write_error)?;
        if stored.as_ref().and_then(record_of).as_ref() == Some(record) {
            plans.delete(key).map_err(write_error)?;
        }
        Self::finish(transaction, &aside).await
    }

    /// Keeps texts aside as they are, by name (the old version's set-aside data).
    pub async fn put_aside(&self, entries: &[(String, String)]) -> Result<(), WriteError> {
        let transaction = self.transaction(&[ASIDE], TransactionMode::ReadWrite)?;
        let store = transaction.object_store(ASIDE).map_err(write_error)?;
        for (name, text) in entries {
            store.put(&text.as_str().into(), Some(&JsValue::from_str(name))).map_err(write_error)?;
        }
        Self::finish(transaction, &store).await
    }

    /// Every text set aside, by name.
    pub async fn aside(&self) -> Result<Vec<(String, String)>, WriteError> {
        let transaction = self.transaction(&[ASIDE], TransactionMode::ReadOnly)?;
        let store = transaction.object_store(ASIDE).map_err(write_error)?;
        let keys = store.get_all_keys(None, None).map_err(write_error)?.await.map_err(write_error)?;
        let values = store.get_all(None, None).map_err(write_error)?.await.map_err(write_error)?;
        Ok(keys.iter().zip(values.iter()).filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?))).collect())
    }

    /// Deletes the text set aside under `name`.
    pub async fn delete_aside(&self, name: &str) -> Result<(), WriteError> {
        let transaction = self.transaction(&[ASIDE], TransactionMode::ReadWrite)?;
        let store = transaction.object_store(ASIDE).map_err(write_error)?;
        store.delete(JsValue::from_str(name)).map_err(write_error)?;
        Self::finish(transaction, &store).await
    }
}
