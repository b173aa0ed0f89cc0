//! Session outcomes in words: held or not, the gist of one outcome, the
//! session it is about.

use super::{fill, Key, Lang};
use crate::domain::ids::SessionId;
use crate::domain::model::{Held, SessionOutcome};
use crate::domain::Plan;

impl Lang {
    /// The word for whether a session took place.
    pub fn held(self, h: Held) -> &'static str {
        self.t(match h {
            Held::Held => Key::OutcomeHeld,
            Held::NotHeld => Key::OutcomeNotHeld,
            Held::Moved => Key::OutcomeMoved,
        })
    }

    /// An outcome's gist: "Held · useful 4/5 · Action wanted · absent: Peru".
    pub fn outcome_gist(self, plan: &Plan, o: &SessionOutcome) -> String {
        let mut parts: Vec<String> = o.held.map(|h| self.held(h).to_owned()).into_iter().collect();
        parts.extend(o.usefulness.map(|n| self.fill(fill::OutcomeUseful { n: &n.to_string() })));
        if o.action_wanted {
            parts.push(self.t(Key::OutcomeActionWanted).to_owned());
        }
        if !o.absent.is_empty() {
            let list: Vec<String> = o.absent.iter().map(|c| plan.country_name(c)).collect();
            parts.push(self.fill(fill::OutcomeAbsent { list: &list.join(", ") }));
        }
        if parts.is_empty() {
            return self.t(Key::OutcomeNothing).to_owned();
        }
        parts.join(" · ")
    }

    /// The session an outcome is about: "outcome of “Title”, Slot 3".
    pub fn outcome_session(self, plan: &Plan, id: &SessionId) -> String {
        let session = plan.schedule.iter().flat_map(|s| &s.sessions).find(|s| &s.id == id);
        let offer = session.and_then(|s| plan.offer(&s.offer)).map_or_else(|| id.to_string(), |o| o.title.clone());
        let slot = session.map(|s| self.slot_when(plan, &s.slot)).unwrap_or_default();
        self.fill(fill::OutcomeSession { offer: &offer, slot: &slot })
    }
}
