//! iCalendar (RFC 5545) text of the rounds: one `VEVENT` per session, for
//! one delegation's agenda or for the whole event.
//!
//! Times are floating local times (`DTSTART:20260318T090000`, no `TZID`):
//! the plan records no time zone, and every participant is at the venue, so
//! a calendar shows them at the venue's clock time. Lines end in CRLF and
//! are folded at 75 octets; texts are escaped. A delegation's calendar
//! carries a `VALARM` reminder before each session, so phones ring without
//! any server.

use crate::domain::agenda::{in_order, role_of, Placed};
use crate::domain::assign::assign;
use crate::domain::date::{Date, TimeOfDay, Timestamp};
use crate::domain::ids::CountryId;
use crate::domain::model::{Plan, Session};

/// Minutes before a session its reminder goes off, unless the user sets another.
pub const DEFAULT_ALARM_MINUTES: u32 = 10;

/// The calendar of `country`'s delegation: the sessions it presents or
/// attends, each naming the delegate assigned, each with a reminder
/// `alarm_minutes` before it (none when 0). `stamp` is the `DTSTAMP` of
/// every event (when the export was made), so the output is a function of
/// its inputs.
pub fn country_ics(
    plan: &Plan,
    sessions: &[Session],
    country: &CountryId,
    stamp: Timestamp,
    alarm_minutes: u32,
) -> String {
    let assignment = assign(plan, sessions);
    let name = format!("{} — {}", plan.event.name, plan.country_name(country));
    let events = in_order(plan, sessions).into_iter().filter_map(|p| {
        let role = role_of(plan, p.session, country)?;
        let delegate = assignment
            .delegate(&p.session.id, country)
            .map(|d| plan.delegate(d).map_or_else(|| d.to_string(), |d| d.name.clone()));
        let mut extra = vec![format!("{}: {}", plan.country_name(country), role.code())];
        extra.extend(delegate.map(|d| format!("Delegate: {d}")));
        let mut lines = vevent(plan, &p, country.as_str(), &extra, stamp);
        if alarm_minutes > 0 {
            let end = lines.pop();
            lines.extend(valarm(plan, &p, alarm_minutes));
            lines.extend(end);
        }
        Some(lines)
    });
    calendar(&name, events)
}

/// The calendar of the whole event: every session once.
pub fn event_ics(plan: &Plan, sessions: &[Session], stamp: Timestamp) -> String {
    let events = in_order(plan, sessions).into_iter().map(|p| vevent(plan, &p, "event", &[], stamp));
    calendar(&plan.event.name, events)
}

/// The `VCALENDAR` around `events` (each a list of unfolded lines).
fn calendar(name: &str, events: impl Iterator<Item = Vec<String>>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Rondas//Rondas business rounds//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ];
    lines.extend(events.flatten());
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|l| fold(l)).collect()
}

/// The lines of one session's `VEVENT`; `scope` tells calendars apart in the
/// `UID` (a country id, or `event`).
fn vevent(plan: &Plan, p: &Placed, scope: &str, extra: &[String], stamp: Timestamp) -> Vec<String> {
    let s = p.session;
    let offer = plan.offer(&s.offer);
    let title = offer.map_or_else(|| s.offer.to_string(), |o| plan.title_for_plan(o).to_owned());
    let presenter = offer.map_or_else(String::new, |o| plan.country_name(&o.country));
    let attendees: Vec<String> = s.attendees.iter().map(|c| plan.country_name(c)).collect();
    let location = p.room.map_or_else(|| s.room.to_string(), |r| r.name.clone());
    let mut description = vec![format!("{presenter} → {}", attendees.join(", ")), format!("Session {}", s.id)];
    description.extend(extra.iter().cloned());
    vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", escape(&format!("{}.{scope}.{}@rondas", s.id, plan.id))),
        format!("DTSTAMP:{}", utc(stamp)),
        format!("DTSTART:{}", local(p.slot.date, p.slot.start)),
        format!("DTEND:{}", local(p.slot.date, p.slot.end)),
        format!("SUMMARY:{}", escape(&title)),
        format!("LOCATION:{}", escape(&location)),
        format!("DESCRIPTION:{}", escape(&description.join("\n"))),
        "END:VEVENT".to_owned(),
    ]
}

/// A display reminder `minutes` before the session, saying its title and room.
fn valarm(plan: &Plan, p: &Placed, minutes: u32) -> Vec<String> {
    let title = plan.offer(&p.session.offer).map_or_else(|| p.session.offer.to_string(), |o| o.title.clone());
    let room = p.room.map_or_else(|| p.session.room.to_string(), |r| r.name.clone());
    vec![
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        format!("TRIGGER:-PT{minutes}M"),
        format!("DESCRIPTION:{}", escape(&format!("{title} — {room}"))),
        "END:VALARM".to_owned(),
    ]
}

/// A floating local date-time: `20260318T090000`.
fn local(date: Date, time: TimeOfDay) -> String {
    format!("{:04}{:02}{:02}T{:02}{:02}00", date.year, date.month, date.day, time.hour, time.minute)
}

/// A UTC date-time: `20260301T140507Z`.
fn utc(at: Timestamp) -> String {
    let d = at.date;
    format!("{:04}{:02}{:02}T{:02}{:02}{:02}Z", d.year, d.month, d.day, at.time.hour, at.time.minute, at.second)
}

/// A TEXT value escaped (RFC 5545 §3.3.11): `\`, `;`, `,` and newlines.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a character), each
/// continuation starting with a space, ending in CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}
