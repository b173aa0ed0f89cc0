//! A delegation's agenda as plain text in one language, to copy or to mail:
//! the same rows as its printed page.

use super::{fill, Key, Lang};
use crate::domain::agenda::{country_agenda, Role};
use crate::domain::assign::assign;
use crate::domain::ids::{CountryId, SlotId};
use crate::domain::Plan;

impl Lang {
    /// "Slot 3 · Mar 18 11:15–12:00" for the slot `id` (empty when it is not in the plan).
    pub fn slot_when(self, plan: &Plan, id: &SlotId) -> String {
        let Some((n, s)) = plan.event.slots.iter().enumerate().find(|(_, s)| &s.id == id) else {
            return String::new();
        };
        format!(
            "{} · {} {}–{}",
            self.fill(fill::RoundsSlot { n: &(n + 1).to_string() }),
            self.date_short(s.date),
            s.start,
            s.end
        )
    }

    /// The subject of a mail carrying `country`'s agenda.
    pub fn agenda_subject(self, plan: &Plan, country: &CountryId) -> String {
        self.fill(fill::AgendaMailSubject { country: &plan.country_name(country), event: &plan.event.name })
    }

    /// `country`'s agenda as plain text: its title, the event, then one
    /// line per slot (free, or each session with role, offer, room and
    /// delegate).
    pub fn agenda_text(self, plan: &Plan, country: &CountryId) -> String {
        let sessions = plan.schedule.as_ref().map(|s| s.sessions.as_slice()).unwrap_or_default();
        let agenda = country_agenda(plan, sessions, country);
        let picks = assign(plan, sessions);
        let e = &plan.event;
        let mut lines = vec![
            self.fill(fill::AgendaOf { country: &plan.country_name(country) }),
            [e.name.as_str(), e.venue.as_str(), e.city.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · "),
            String::new(),
        ];
        for slot in &agenda.slots {
            let when = self.slot_when(plan, &slot.slot);
            if slot.is_free() {
                lines.push(format!("{when}: {}", self.t(Key::AgendaFree)));
            }
            for item in &slot.items {
                let role = self.t(match item.role {
                    Role::Presenting => Key::AgendaPresenting,
                    Role::Attending => Key::AgendaAttending,
                });
                let offer = plan.offer(&item.offer).map(|o| o.title.clone()).unwrap_or_default();
                let room = e.rooms.iter().find(|r| r.id == item.room).map(|r| r.name.clone()).unwrap_or_default();
                let mut line = format!("{when}: {role} “{offer}” — {room}");
                if let Some(d) = picks.delegate(&item.session, country).and_then(|d| plan.delegate(d)) {
                    line.push_str(&format!(" — {}", self.fill(fill::AgendaDelegateLine { name: &d.name })));
                }
                lines.push(line);
            }
        }
        lines.join("\n")
    }
}
