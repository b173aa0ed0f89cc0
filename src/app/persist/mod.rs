//! Storage, isolated here. The plans live in the browser's database
//! ([`db`], IndexedDB), each saved as the plan file itself (the same versioned
//! format as an export) with a revision; the small preferences stay in local
//! storage ([`prefs`]), where earlier versions also kept the plans ([`legacy`]
//! moves them over). [`tabs`] tells the other tabs of every save, and [`room`]
//! asks the browser how much room is used and left.
//!
//! Reading never loses data: a saved plan that cannot be read is moved aside,
//! byte for byte, kept until the user downloads or deletes it, and never
//! overwritten; when it cannot even be moved aside, it stays where it is and
//! nothing is saved at its key. Writing reports failures (a full quota)
//! instead of ignoring them.

pub mod db;
pub mod legacy;
pub mod prefs;
pub mod room;
pub mod tabs;

use crate::domain::format::{self, FormatError};
use crate::domain::Plan;
use db::{Db, Record};

/// Why a write failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's storage quota is used up.
    Full,
    /// Storage is disabled or refused the write for another reason.
    Unavailable(String),
}

/// The name a saved plan is shown under (as earlier versions keyed it).
pub fn plan_key(id: &str) -> String {
    format!("{}{id}", prefs::LEGACY_PLAN)
}

/// Saved data that could not be read: set aside, or left where it was.
#[derive(Clone, Debug, PartialEq)]
pub struct AsideEntry {
    /// The name it is shown and downloaded under.
    pub key: String,
    /// Its text, byte for byte.
    pub text: String,
    /// The plan id it still occupies, when it could not be moved aside.
    pub in_place: Option<String>,
}

/// A saved plan as read: the plan, its revision and its size in storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub plan: Plan,
    pub revision: u64,
    pub bytes: usize,
}

/// A saved plan that failed to load, and what was done with it.
#[derive(Clone, Debug)]
pub struct Unreadable {
    /// The plan id it is saved under.
    pub id: String,
    pub error: FormatError,
    /// Whether it was moved aside; if not, it stays at its key (and nothing
    /// is saved there) and the text is offered for download as it is.
    pub moved: Result<(), WriteError>,
    pub text: String,
}

impl Unreadable {
    /// The entry of the Plans & files page for it, while it stays in place.
    pub fn in_place(&self) -> Option<AsideEntry> {
        self.moved.is_err().then(|| AsideEntry {
            key: plan_key(&self.id),
            text: self.text.clone(),
            in_place: Some(self.id.clone()),
        })
    }
}

/// Reads a stored record: the plan, or (unreadable) the record moved aside as
/// `{id}.{now_ms}` when there is room.
pub async fn examine(db: &Db, record: Record, now_ms: u64) -> Result<Saved, Unreadable> {
    match format::from_json(&record.text) {
        Ok(plan) => Ok(Saved { plan, revision: record.revision, bytes: record.text.len() }),
        Err(error) => {
            let moved = db.set_aside(&record, &format!("{}.{now_ms}", record.id)).await;
            Err(Unreadable { id: record.id, error, moved, text: record.text })
        }
    }
}

/// The saved plans as read at start: the readable ones and the others.
pub struct Loaded {
    pub plans: Vec<Saved>,
    pub unreadable: Vec<Unreadable>,
}

/// Reads every saved plan; unreadable ones are moved aside when possible.
pub async fn load(db: &Db, now_ms: u64) -> Result<Loaded, WriteError> {
    let mut plans = Vec::new();
    let mut unreadable = Vec::new();
    for record in db.plans().await? {
        match examine(db, record, now_ms).await {
            Ok(saved) => plans.push(saved),
            Err(u) => unreadable.push(u),
        }
    }
    Ok(Loaded { plans, unreadable })
}

/// The entries set aside in the database, under the names they are shown by.
pub async fn stored_aside(db: &Db) -> Vec<AsideEntry> {
    let stored = db.aside().await.unwrap_or_default();
    stored
        .into_iter()
        .map(|(name, text)| AsideEntry { key: format!("{}{name}", prefs::LEGACY_ASIDE), text, in_place: None })
        .collect()
}

/// The name in the database of a set-aside entry shown as `key`.
pub fn aside_name(key: &str) -> Option<&str> {
    key.strip_prefix(prefs::LEGACY_ASIDE)
}
