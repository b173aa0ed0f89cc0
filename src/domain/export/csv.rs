//! CSV tables of the rounds: the whole schedule, one row per session, and
//! every delegation's agenda, one row per session or free slot; and the
//! [`Table`] every CSV of Rondas is written with (the matrix's too), which
//! keeps a cell from being read as a spreadsheet formula.

use crate::domain::agenda::{country_agendas, in_order, Placed};
use crate::domain::assign::assign;
use crate::domain::model::{Plan, Session, Slot};
use ::csv::Writer;
use std::borrow::Cow;
use std::collections::HashMap;

/// A CSV table being written, safe to open in a spreadsheet: every cell goes
/// through [`neutralised`].
pub struct Table(Writer<Vec<u8>>);

impl Table {
    /// A table with its header row.
    pub fn new<I: IntoIterator<Item = S>, S: AsRef<str>>(header: I) -> Result<Self, ::csv::Error> {
        let mut table = Self(Writer::from_writer(Vec::new()));
        table.row(header)?;
        Ok(table)
    }

    /// Adds a row.
    pub fn row<I: IntoIterator<Item = S>, S: AsRef<str>>(&mut self, cells: I) -> Result<(), ::csv::Error> {
        self.0.write_record(cells.into_iter().map(|c| neutralised(c.as_ref()).into_owned()))
    }

    /// The table's text.
    pub fn finish(self) -> Result<String, ::csv::Error> {
        let bytes = self.0.into_inner().map_err(|e| ::csv::Error::from(e.into_error()))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}

/// The cell as a spreadsheet should show it, never run it: text that begins
/// with `=`, `+`, `-`, `@`, a tab or a carriage return (a formula to Excel,
/// LibreOffice or Google Sheets: `=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`,
/// `-2+3`) gets a leading `'`, as OWASP's CSV injection guide advises. A plain
/// number (`-12`, `-3.5`) is kept: a spreadsheet reads it as the number it is,
/// and runs nothing.
pub fn neutralised(cell: &str) -> Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// `-12`, `-3.5`: a sign, digits, at most one decimal point between digits.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    [whole, fraction].iter().all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

/// Columns of [`schedule_csv`].
pub const SCHEDULE_COLUMNS: [&str; 9] =
    ["session", "date", "start", "end", "room", "offer", "offer_title", "presenting_country", "attending_countries"];

/// Columns of [`agendas_csv`].
pub const AGENDA_COLUMNS: [&str; 10] =
    ["country", "date", "start", "end", "role", "session", "offer", "offer_title", "room", "delegate"];

/// The schedule, one row per session in time order; countries and rooms by
/// name, attending countries separated by `; `.
pub fn schedule_csv(plan: &Plan, sessions: &[Session]) -> Result<String, ::csv::Error> {
    let mut out = Table::new(SCHEDULE_COLUMNS)?;
    for p in in_order(plan, sessions) {
        let Placed { slot, session: s, .. } = p;
        let offer = plan.offer(&s.offer);
        let attending: Vec<String> = s.attendees.iter().map(|c| plan.country_name(c)).collect();
        out.row([
            s.id.to_string(),
            slot.date.to_string(),
            slot.start.to_string(),
            slot.end.to_string(),
            room_name(&p),
            s.offer.to_string(),
            offer.map_or_else(String::new, |o| plan.title_for_plan(o).to_owned()),
            offer.map_or_else(String::new, |o| plan.country_name(&o.country)),
            attending.join("; "),
        ])?;
    }
    out.finish()
}

/// Every delegation's agenda, country by country in the plan's order and
/// slot by slot: a row per session (role `presenting` or `attending`, with
/// the delegate assigned, if any) and a row per free slot (role `free`).
pub fn agendas_csv(plan: &Plan, sessions: &[Session]) -> Result<String, ::csv::Error> {
    let assignment = assign(plan, sessions);
    let slots: HashMap<_, &Slot> = plan.event.slots.iter().map(|s| (&s.id, s)).collect();
    let placed: HashMap<_, Placed> = in_order(plan, sessions).into_iter().map(|p| (&p.session.id, p)).collect();
    let mut out = Table::new(AGENDA_COLUMNS)?;
    for agenda in country_agendas(plan, sessions) {
        let country = plan.country_name(&agenda.country);
        for entry in &agenda.slots {
            let Some(slot) = slots.get(&entry.slot) else { continue };
            let when = [country.clone(), slot.date.to_string(), slot.start.to_string(), slot.end.to_string()];
            if entry.is_free() {
                out.row(when.iter().map(String::as_str).chain(["free", "", "", "", "", ""]))?;
            }
            for item in &entry.items {
                let delegate = assignment
                    .delegate(&item.session, &agenda.country)
                    .map(|d| plan.delegate(d).map_or_else(|| d.to_string(), |d| d.name.clone()));
                let room = placed.get(&item.session).map_or_else(|| item.room.to_string(), room_name);
                out.row(when.iter().cloned().chain([
                    item.role.code().to_owned(),
                    item.session.to_string(),
                    item.offer.to_string(),
                    plan.offer(&item.offer).map_or_else(String::new, |o| plan.title_for_plan(o).to_owned()),
                    room,
                    delegate.unwrap_or_default(),
                ]))?;
            }
        }
    }
    out.finish()
}

/// The room's name, or its id when it is not in the plan.
fn room_name(p: &Placed) -> String {
    p.room.map_or_else(|| p.session.room.to_string(), |r| r.name.clone())
}
