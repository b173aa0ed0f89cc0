//! Plans that earlier versions kept in local storage (`rondas.plan.ID`, and
//! what they set aside, `rondas.aside.NAME`) move into the database on the
//! first start. A key is removed only once its copy has been written and
//! read back identical; until then it stays, and the next start tries again.

use super::db::{Db, Record};
use super::prefs::{self, LEGACY_ASIDE, LEGACY_PLAN};
use super::WriteError;

/// Moves every old key over; `now_ms` names the copies of old plans whose id
/// the database already holds with another text (kept aside, never lost).
pub async fn migrate(db: &Db, now_ms: u64) -> Result<(), WriteError> {
    let plans = prefs::entries_with(LEGACY_PLAN);
    let asides = prefs::entries_with(LEGACY_ASIDE);
    if plans.is_empty() && asides.is_empty() {
        return Ok(());
    }
    let records: Vec<Record> = plans
        .iter()
        .map(|(key, text)| Record { id: key[LEGACY_PLAN.len()..].to_owned(), text: text.clone(), revision: 1 })
        .collect();
    let taken = db.put_new(&records).await?;
    let stored = db.plans().await?;
    let same_as_stored = |r: &Record| stored.iter().any(|s| s.id == r.id && s.text == r.text);
    let mut keep: Vec<(String, String)> = records
        .iter()
        .filter(|r| taken.contains(&r.id) && !same_as_stored(r))
        .map(|r| (format!("{}.{now_ms}", r.id), r.text.clone()))
        .collect();
    keep.extend(asides.iter().map(|(key, text)| (key[LEGACY_ASIDE.len()..].to_owned(), text.clone())));
    if !keep.is_empty() {
        db.put_aside(&keep).await?;
    }
    let aside = db.aside().await?;
    let kept = |name: &str, text: &str| aside.iter().any(|(n, t)| n == name && t == text);
    for ((key, _), record) in plans.iter().zip(&records) {
        if same_as_stored(record) || kept(&format!("{}.{now_ms}", record.id), &record.text) {
            prefs::remove(key);
        }
    }
    for (key, text) in &asides {
        if kept(&key[LEGACY_ASIDE.len()..], text) {
            prefs::remove(key);
        }
    }
    Ok(())
}
