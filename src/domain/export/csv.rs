//! CSV tables of the rounds: the whole schedule, one row per session, and
//! every delegation's agenda, one row per session or free slot.

use crate::domain::agenda::{country_agendas, in_order, Placed};
use crate::domain::assign::assign;
use crate::domain::model::{Plan, Session, Slot};
use ::csv::Writer;
use std::collections::HashMap;

/// Columns of [`schedule_csv`].
pub const SCHEDULE_COLUMNS: [&str; 9] =
    ["session", "date", "start", "end", "room", "offer", "offer_title", "presenting_country", "attending_countries"];

/// Columns of [`agendas_csv`].
pub const AGENDA_COLUMNS: [&str; 10] =
    ["country", "date", "start", "end", "role", "session", "offer", "offer_title", "room", "delegate"];

/// The schedule, one row per session in time order; countries and rooms by
/// name, attending countries separated by `; `.
pub fn schedule_csv(plan: &Plan, sessions: &[Session]) -> Result<String, ::csv::Error> {
    let mut out = Writer::from_writer(Vec::new());
    out.write_record(SCHEDULE_COLUMNS)?;
    for p in in_order(plan, sessions) {
        let Placed { slot, session: s, .. } = p;
        let offer = plan.offer(&s.offer);
        let attending: Vec<String> = s.attendees.iter().map(|c| plan.country_name(c)).collect();
        out.write_record([
            s.id.to_string(),
            slot.date.to_string(),
            slot.start.to_string(),
            slot.end.to_string(),
            room_name(&p),
            s.offer.to_string(),
            offer.map_or_else(String::new, |o| o.title.clone()),
            offer.map_or_else(String::new, |o| plan.country_name(&o.country)),
            attending.join("; "),
        ])?;
    }
    finish(out)
}

/// Every delegation's agenda, country by country in the plan's order and
/// slot by slot: a row per session (role `presenting` or `attending`, with
/// the delegate assigned, if any) and a row per free slot (role `free`).
pub fn agendas_csv(plan: &Plan, sessions: &[Session]) -> Result<String, ::csv::Error> {
    let assignment = assign(plan, sessions);
    let slots: HashMap<_, &Slot> = plan.event.slots.iter().map(|s| (&s.id, s)).collect();
    let placed: HashMap<_, Placed> = in_order(plan, sessions).into_iter().map(|p| (&p.session.id, p)).collect();
    let mut out = Writer::from_writer(Vec::new());
    out.write_record(AGENDA_COLUMNS)?;
    for agenda in country_agendas(plan, sessions) {
        let country = plan.country_name(&agenda.country);
        for entry in &agenda.slots {
            let Some(slot) = slots.get(&entry.slot) else { continue };
            let when = [country.clone(), slot.date.to_string(), slot.start.to_string(), slot.end.to_string()];
            if entry.is_free() {
                out.write_record(when.iter().map(String::as_str).chain(["free", "", "", "", "", ""]))?;
            }
            for item in &entry.items {
                let delegate = assignment
                    .delegate(&item.session, &agenda.country)
                    .map(|d| plan.delegate(d).map_or_else(|| d.to_string(), |d| d.name.clone()));
                let room = placed.get(&item.session).map_or_else(|| item.room.to_string(), room_name);
                out.write_record(when.iter().cloned().chain([
                    item.role.code().to_owned(),
                    item.session.to_string(),
                    item.offer.to_string(),
                    plan.offer(&item.offer).map_or_else(String::new, |o| o.title.clone()),
                    room,
                    delegate.unwrap_or_default(),
                ]))?;
            }
        }
    }
    finish(out)
}

/// The room's name, or its id when it is not in the plan.
fn room_name(p: &Placed) -> String {
    p.room.map_or_else(|| p.session.room.to_string(), |r| r.name.clone())
}

fn finish(out: Writer<Vec<u8>>) -> Result<String, ::csv::Error> {
    let bytes = out.into_inner().map_err(|e| ::csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
