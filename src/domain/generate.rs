//! Seeded, deterministic plans for benchmarks of the scheduler and the
//! merge: the same [`GenSpec`] always gives the same [`Plan`].
//!
//! Interest is skewed as in real workshops: offers are ranked in a random
//! order and drawn with Zipf weights (1, 1/2, 1/3, …), so a few are asked for
//! by nearly every country; the last tenth is never asked for, and countries
//! differ in appetite. Offer themes follow the same skew over the theme list,
//! so its first themes dominate, as in the demo.
//!
//! **Load** is the demand over what the event can hold: interests (each one
//! satisfied fills one seat) divided by the smaller of the seats
//! (slots × room capacities) and the attendances (slots × delegates: a
//! delegate attends at most one session a round). The `tight` presets keep
//! the demand of their base preset and take rooms away until the load is at
//! least [`TIGHT_LOAD`]; `bilateral` is tight as specified (load 1.875).
//!
//! | preset      | countries | offers | interests | slots | rooms × seats | delegates | load |
//! |-------------|-----------|--------|-----------|-------|---------------|-----------|------|
//! | `demo-like` | 13        | 34     | 150       | 8     | 6 × 5–8       | 3–6       | 0.51 |
//! | `medium`    | 40        | 150    | 1,200     | 12    | 15 × 6–10     | 2–5       | 0.83 |
//! | `large`     | 120       | 600    | 6,000     | 16    | 40 × 8–12     | 2–6       | 0.94 |
//! | `bilateral` | 200       | 200    | 3,000     | 20    | 80 × 1        | 1         | 1.88 |
//!
//! `demo-like-tight` keeps 2 rooms (load 1.70), `medium-tight` 8 (1.64) and
//! `large-tight` 25 (1.50). In `bilateral` each offer is a participant's
//! offer of meetings, which it may hold in every round (`max_sessions` 20).

use super::date::{days_in_month, Date, TimeOfDay, Timestamp};
use super::ids::{AgencyId, CountryId, DelegateId, OfferId, PlanId, RoomId, SlotId, ThemeId};
use super::model::*;
use super::rng::Rng;
use std::collections::HashMap;
use std::ops::RangeInclusive;

/// What to generate.
#[derive(Clone, Debug, PartialEq)]
pub struct GenSpec {
    /// The preset's name, or any label; part of the plan's id.
    pub name: String,
    /// Countries (participants, in `bilateral`), with ISO-like codes.
    pub countries: usize,
    /// Offers; every country gets one before any gets two.
    pub offers: usize,
    /// Interests in offers (fewer only if there are not that many pairs of a
    /// country and a wanted offer of another country).
    pub interests: usize,
    /// Interests in themes, the first themes most wanted.
    pub theme_interests: usize,
    /// Rounds, six a day.
    pub slots: usize,
    /// Rooms (tables, when they seat one).
    pub rooms: usize,
    /// Room `i` seats `start + i mod (end - start + 1)` delegations (at least
    /// one), the values then shuffled among rooms: the total seats depend on
    /// the spec only.
    pub room_capacity: RangeInclusive<u32>,
    /// Delegates of each country, spread over the range the same way.
    pub delegates_per_country: RangeInclusive<u32>,
    /// Most sessions one offer may hold, written to every offer's
    /// `max_sessions` (`None`: the model's default, 1). Every offer needs
    /// one attendee (`min_attendees` 1).
    pub max_sessions: Option<u32>,
    /// Themes in the plan: the thirteen known ones first, then `theme-14`, …
    pub themes: usize,
    /// The same seed gives the same plan.
    pub seed: u64,
}

/// Every preset name, as `rondas-cli generate` takes it.
pub const PRESETS: [&str; 7] =
    ["demo-like", "demo-like-tight", "medium", "medium-tight", "large", "large-tight", "bilateral"];

/// The least load of a `tight` preset.
pub const TIGHT_LOAD: f64 = 1.5;

impl GenSpec {
    /// The preset called `name` (see [`PRESETS`]), with seed 1.
    pub fn preset(name: &str) -> Option<Self> {
        if !PRESETS.contains(&name) {
            return None;
        }
        let base = name.strip_suffix("-tight");
        let spec =
            |countries, offers, interests, theme_interests, slots, rooms, room_capacity, delegates_per_country| Self {
                name: base.unwrap_or(name).to_owned(),
                countries,
                offers,
                interests,
                theme_interests,
                slots,
                rooms,
                room_capacity,
                delegates_per_country,
                max_sessions: None,
                themes: 11,
                seed: 1,
            };
        let spec = match base.unwrap_or(name) {
            "demo-like" => spec(13, 34, 150, 20, 8, 6, 5..=8, 3..=6),
            "medium" => spec(40, 150, 1_200, 60, 12, 15, 6..=10, 2..=5),
            "large" => spec(120, 600, 6_000, 180, 16, 40, 8..=12, 2..=6),
            "bilateral" => Self { max_sessions: Some(20), ..spec(200, 200, 3_000, 0, 20, 80, 1..=1, 1..=1) },
            _ => return None,
        };
        Some(if base.is_some() { spec.tight() } else { spec })
    }

    /// The same demand on less room: rooms, then slots, are taken away until
    /// the load is at least [`TIGHT_LOAD`].
    pub fn tight(mut self) -> Self {
        while self.load() < TIGHT_LOAD && self.rooms > 1 {
            self.rooms -= 1;
        }
        while self.load() < TIGHT_LOAD && self.slots > 1 {
            self.slots -= 1;
        }
        self.name.push_str("-tight");
        self
    }

    /// Seats of all rooms in one round.
    pub fn seats_per_slot(&self) -> u64 {
        (0..self.rooms).map(|i| u64::from(spread(&self.room_capacity, i).max(1))).sum()
    }

    /// Delegates of all countries.
    pub fn delegates(&self) -> u64 {
        (0..self.countries).map(|i| u64::from(spread(&self.delegates_per_country, i))).sum()
    }

    /// Interests over what the event can hold (see the module's docs).
    pub fn load(&self) -> f64 {
        let hold = self.slots as u64 * self.seats_per_slot().min(self.delegates());
        if hold == 0 {
            f64::INFINITY
        } else {
            self.interests as f64 / hold as f64
        }
    }
}

/// The `i`-th value of `range` taken in turn: `start + i mod len`.
fn spread(range: &RangeInclusive<u32>, i: usize) -> u32 {
    let (start, end) = (*range.start(), (*range.end()).max(*range.start()));
    let len = u64::from(end - start) + 1;
    start + (i as u64 % len) as u32
}

/// The plan `spec` describes. Each part draws from its own stream of the
/// seed, so `medium-tight` holds the same records as `medium`, less rooms.
pub fn generate(spec: &GenSpec) -> Plan {
    let themes = themes(spec.themes);
    let countries = countries(spec, &mut Rng::stream(spec.seed, 1));
    let agencies = agencies(&countries, &mut Rng::stream(spec.seed, 2));
    let delegates = delegates(spec, &agencies, &mut Rng::stream(spec.seed, 3));
    let offers = offers(spec, &countries, &agencies, &themes, &mut Rng::stream(spec.seed, 4));
    let interests = interests(spec, &countries, &offers, &delegates, &mut Rng::stream(spec.seed, 5));
    let theme_interests = theme_interests(spec, &countries, &themes, &mut Rng::stream(spec.seed, 6));
    Plan {
        id: PlanId(format!("gen-{}-{}", spec.name, spec.seed)),
        event: event(spec, &mut Rng::stream(spec.seed, 7)),
        themes,
        countries,
        mechanisms: Vec::new(),
        agencies,
        delegates,
        offers,
        interests,
        theme_interests,
        ..Plan::default()
    }
}

/// A random priority: 30% high, 45% medium, 25% low.
fn priority(rng: &mut Rng) -> Priority {
    match rng.unit() {
        u if u <= 0.3 => Priority::High,
        u if u <= 0.75 => Priority::Medium,
        _ => Priority::Low,
    }
}

/// The Zipf weight of rank `rank` (0 is the first).
fn zipf(rank: usize) -> f64 {
    1.0 / (rank + 1) as f64
}

const KNOWN_THEMES: [(&str, [&str; 4]); 13] = [
    ("food-security", ["Food security", "Seguridad alimentaria", "Segurança alimentar", "Sécurité alimentaire"]),
    ("child-welfare", ["Child welfare", "Bienestar infantil", "Bem-estar infantil", "Bien-être de l’enfant"]),
    (
        "elderly-care",
        [
            "Elderly care",
            "Atención a personas mayores",
            "Cuidado de pessoas idosas",
            "Prise en charge des personnes âgées",
        ],
    ),
    (
        "multidimensional-poverty",
        [
            "Multidimensional poverty measurement",
            "Medición de la pobreza multidimensional",
            "Medição da pobreza multidimensional",
            "Mesure de la pauvreté multidimensionnelle",
        ],
    ),
    ("social-registries", ["Social registries", "Registros sociales", "Cadastros sociais", "Registres sociaux"]),
    ("care-systems", ["Care systems", "Sistemas de cuidados", "Sistemas de cuidados", "Systèmes de prise en charge"]),
    (
        "productive-inclusion",
        ["Productive inclusion", "Inclusión productiva", "Inclusão produtiva", "Inclusion productive"],
    ),
    ("disability", ["Disability", "Discapacidad", "Deficiência", "Handicap"]),
    ("youth-employment", ["Youth employment", "Empleo juvenil", "Emprego juvenil", "Emploi des jeunes"]),
    ("gender-equality", ["Gender equality", "Igualdad de género", "Igualdade de gênero", "Égalité de genre"]),
    (
        "social-protection-financing",
        [
            "Social protection financing",
            "Financiamiento de la protección social",
            "Financiamento da proteção social",
            "Financement de la protection sociale",
        ],
    ),
    ("digital-inclusion", ["Digital inclusion", "Inclusión digital", "Inclusão digital", "Inclusion numérique"]),
    (
        "climate-resilience",
        ["Climate resilience", "Resiliencia climática", "Resiliência climática", "Résilience climatique"],
    ),
];

fn themes(n: usize) -> Vec<Theme> {
    (0..n)
        .map(|i| match KNOWN_THEMES.get(i) {
            Some((id, labels)) => Theme { id: ThemeId((*id).to_owned()), labels: labels4(*labels) },
            None => {
                let n = i + 1;
                let labels = [format!("Theme {n}"), format!("Tema {n}"), format!("Tema {n}"), format!("Thème {n}")];
                Theme { id: ThemeId(format!("theme-{n}")), labels: labels4(labels.each_ref().map(String::as_str)) }
            }
        })
        .collect()
}

const SUBREGIONS: [&str; 5] = ["Andina", "Caribe", "Centroamérica", "Cono Sur", "Norteamérica"];
const SYLLABLES: [&str; 20] = [
    "ba", "ca", "da", "ga", "la", "ma", "na", "pa", "ra", "ta", "be", "le", "mi", "ri", "to", "lo", "mo", "gu", "nu",
    "ve",
];
const ENDINGS: [&str; 5] = ["ria", "nia", "sia", "dor", "tán"];

/// A made-up place name: two or three syllables and an ending.
fn place_name(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2);
    let mut name: String = (0..n).filter_map(|_| rng.pick(&SYLLABLES).copied()).collect();
    name.push_str(rng.pick(&ENDINGS).copied().unwrap_or_default());
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

fn countries(spec: &GenSpec, rng: &mut Rng) -> Vec<Country> {
    // Codes walk AA..ZZ in a scrambled order (389 is prime to 26²), so they
    // are unique up to 676 countries; past that, ids take a suffix.
    let offset = rng.below(676);
    (0..spec.countries)
        .map(|k| {
            let code = (k * 389 + offset) % 676;
            let iso: String = [code / 26, code % 26].iter().map(|&c| char::from(b'A' + c as u8)).collect();
            let id = match k / 676 {
                0 => iso.to_lowercase(),
                lap => format!("{}{}", iso.to_lowercase(), lap + 1),
            };
            let subregion = rng.pick(&SUBREGIONS).copied().unwrap_or_default().to_owned();
            Country { id: CountryId(id), iso, name: place_name(rng), subregion, availability: Default::default() }
        })
        .collect()
}

fn agencies(countries: &[Country], rng: &mut Rng) -> Vec<Agency> {
    let mut agencies = Vec::new();
    for c in countries {
        agencies.push(Agency {
            id: AgencyId(format!("ag-{}-1", c.id)),
            country: c.id.clone(),
            acronym: "MDS".into(),
            name: "Ministerio de Desarrollo Social".into(),
        });
        if rng.unit() <= 0.4 {
            agencies.push(Agency {
                id: AgencyId(format!("ag-{}-2", c.id)),
                country: c.id.clone(),
                acronym: "ACI".into(),
                name: "Agencia de Cooperación Internacional".into(),
            });
        }
    }
    agencies
}

const FIRST_NAMES: [&str; 16] = [
    "Ana", "Luis", "María", "José", "Carmen", "Jorge", "Lucía", "Diego", "Rosa", "Carlos", "Sofía", "Miguel", "Elena",
    "Andrés", "Paula", "Tomás",
];
const LAST_NAMES: [&str; 16] = [
    "García",
    "Rodríguez",
    "López",
    "Martínez",
    "Pérez",
    "Gómez",
    "Silva",
    "Rojas",
    "Torres",
    "Flores",
    "Vargas",
    "Castro",
    "Mendoza",
    "Ortiz",
    "Ramos",
    "Santos",
];
const POSITIONS: [&str; 4] = [
    "Director de Cooperación Internacional",
    "Coordinadora de Programas",
    "Especialista en Protección Social",
    "Asesor Técnico",
];

fn delegates(spec: &GenSpec, agencies: &[Agency], rng: &mut Rng) -> Vec<Delegate> {
    let mut sizes: Vec<u32> = (0..spec.countries).map(|i| spread(&spec.delegates_per_country, i)).collect();
    rng.shuffle(&mut sizes);
    let mut delegates = Vec::new();
    // Agencies come grouped by country, every country with at least one.
    for (size, own) in sizes.into_iter().zip(agencies.chunk_by(|a, b| a.country == b.country)) {
        for _ in 0..size {
            let first = rng.pick(&FIRST_NAMES).copied().unwrap_or_default();
            let last: Vec<&str> = (0..2).filter_map(|_| rng.pick(&LAST_NAMES).copied()).collect();
            let languages = match rng.below(10) {
                0 => vec!["pt", "es"],
                1 | 2 => vec!["es", "en"],
                _ => vec!["es"],
            };
            let position = rng.pick(&POSITIONS).copied().unwrap_or_default().to_owned();
            let agency = rng.pick(own);
            delegates.push(Delegate {
                id: DelegateId(format!("del-{}", delegates.len() + 1)),
                name: format!("{first} {}", last.join(" ")),
                country: agency.map(|a| a.country.clone()).unwrap_or_default(),
                agency: agency.map(|a| a.id.clone()),
                position,
                languages: languages.into_iter().map(str::to_owned).collect(),
            });
        }
    }
    delegates
}

fn offers(spec: &GenSpec, countries: &[Country], agencies: &[Agency], themes: &[Theme], rng: &mut Rng) -> Vec<Offer> {
    let mut per_country = vec![0usize; countries.len()];
    (0..spec.offers)
        .filter_map(|i| {
            // Every country offers something before any offers twice.
            let c = if i < countries.len() { i } else { rng.below(countries.len()) };
            let country = countries.get(c)?;
            per_country[c] += 1;
            let n_themes = match rng.below(20) {
                0..=9 => 1,
                10..=16 => 2,
                _ => 3,
            };
            let offer_themes: Vec<ThemeId> =
                rng.sample(themes.iter().enumerate().map(|(r, t)| (t.id.clone(), zipf(r))), n_themes);
            let n_modalities = 1 + rng.below(3);
            let mut modalities = rng.sample(Modality::ALL.iter().map(|m| (*m, 1.0)), n_modalities);
            modalities.sort();
            let topic =
                offer_themes.first().and_then(|t| themes.iter().find(|x| &x.id == t)).map_or("", |t| t.label("es"));
            let name = place_name(rng);
            Some(Offer {
                id: OfferId(format!("off-{}-{}", country.id, per_country[c])),
                country: country.id.clone(),
                agency: agencies.iter().find(|a| a.country == country.id).map(|a| a.id.clone()),
                title: format!("Programa {name}: {topic}"),
                summary: format!("Programa de {} en {}, generado para pruebas.", topic.to_lowercase(), country.name),
                themes: offer_themes,
                target_population: String::new(),
                modalities,
                program_type: rng.pick(&ProgramType::ALL).copied().unwrap_or_default(),
                max_sessions: spec.max_sessions.unwrap_or(1),
                min_attendees: 1,
                ..Offer::default()
            })
        })
        .collect()
}

/// Answers come in during the six weeks before the event.
const ANSWERS_OPEN: Date = Date { year: 2026, month: 2, day: 2 };
const ANSWER_DAYS: usize = 42;

fn answer_time(rng: &mut Rng) -> Timestamp {
    Timestamp {
        date: add_days(ANSWERS_OPEN, rng.below(ANSWER_DAYS)),
        time: TimeOfDay { hour: 8 + rng.below(12) as u8, minute: rng.below(60) as u8 },
        second: rng.below(60) as u8,
    }
}

fn interests(
    spec: &GenSpec,
    countries: &[Country],
    offers: &[Offer],
    delegates: &[Delegate],
    rng: &mut Rng,
) -> Vec<Interest> {
    let mut rank: Vec<usize> = (0..offers.len()).collect();
    rng.shuffle(&mut rank);
    let unwanted = offers.len() / 10;
    let mut popularity = vec![0.0; offers.len()];
    for (r, &o) in rank.iter().enumerate().take(offers.len() - unwanted) {
        popularity[o] = zipf(r);
    }
    let appetite: Vec<f64> = countries.iter().map(|_| 0.5 + rng.unit()).collect();
    let pairs = countries.iter().enumerate().flat_map(|(c, country)| {
        let (appetite, popularity) = (&appetite, &popularity);
        offers
            .iter()
            .enumerate()
            .filter(move |(_, o)| o.country != country.id)
            .map(move |(o, _)| ((c, o), appetite[c] * popularity[o]))
    });
    let mut chosen = rng.sample(pairs, spec.interests);
    chosen.sort();
    let index: HashMap<&CountryId, usize> = countries.iter().enumerate().map(|(c, x)| (&x.id, c)).collect();
    let mut delegations: Vec<Vec<&DelegateId>> = vec![Vec::new(); countries.len()];
    for d in delegates {
        if let Some(&c) = index.get(&d.country) {
            delegations[c].push(&d.id);
        }
    }
    chosen
        .into_iter()
        .map(|(c, o)| {
            let delegate = if rng.unit() <= 0.8 { rng.pick(&delegations[c]).map(|&d| d.clone()) } else { None };
            Interest {
                country: countries[c].id.clone(),
                offer: offers[o].id.clone(),
                priority: priority(rng),
                note: String::new(),
                delegate,
                agency: None,
                updated_at: Some(answer_time(rng)),
            }
        })
        .collect()
}

fn theme_interests(spec: &GenSpec, countries: &[Country], themes: &[Theme], rng: &mut Rng) -> Vec<ThemeInterest> {
    let pairs =
        countries.iter().enumerate().flat_map(|(c, _)| themes.iter().enumerate().map(move |(t, _)| ((c, t), zipf(t))));
    let mut chosen = rng.sample(pairs, spec.theme_interests);
    chosen.sort();
    chosen
        .into_iter()
        .map(|(c, t)| ThemeInterest {
            country: countries[c].id.clone(),
            theme: themes[t].id.clone(),
            priority: priority(rng),
            note: String::new(),
            updated_at: Some(answer_time(rng)),
        })
        .collect()
}

/// The event opens on a Monday; six rounds a day, three in the morning and
/// three in the afternoon, 45 minutes each.
const EVENT_START: Date = Date { year: 2026, month: 3, day: 16 };
const ROUND_HOURS: [u8; 6] = [9, 10, 11, 14, 15, 16];

fn event(spec: &GenSpec, rng: &mut Rng) -> Event {
    let slots: Vec<Slot> = (0..spec.slots)
        .map(|s| {
            let hour = ROUND_HOURS[s % ROUND_HOURS.len()];
            Slot {
                id: SlotId(format!("slot-{}", s + 1)),
                date: add_days(EVENT_START, s / ROUND_HOURS.len()),
                start: TimeOfDay { hour, minute: 0 },
                end: TimeOfDay { hour, minute: 45 },
            }
        })
        .collect();
    let mut capacities: Vec<u32> = (0..spec.rooms).map(|i| spread(&spec.room_capacity, i).max(1)).collect();
    rng.shuffle(&mut capacities);
    let rooms = capacities
        .into_iter()
        .enumerate()
        .map(|(r, capacity)| Room {
            id: RoomId(format!("room-{}", r + 1)),
            name: format!("{} {}", if capacity == 1 { "Mesa" } else { "Sala" }, r + 1),
            capacity,
            interpretation: false,
        })
        .collect();
    Event {
        name: format!("Instancia generada «{}» (semilla {})", spec.name, spec.seed),
        language: "es".into(),
        organizer: "Rondas".into(),
        venue: "Centro de Convenciones".into(),
        city: "Ciudad de prueba".into(),
        starts_on: EVENT_START,
        ends_on: slots.last().map_or(EVENT_START, |s| s.date),
        description: format!(
            "{} países, {} ofertas, {} intereses, {} rondas, {} salas.",
            spec.countries, spec.offers, spec.interests, spec.slots, spec.rooms
        ),
        slots,
        rooms,
        interpretation: Interpretation::default(),
    }
}

/// The date `days` days after `date`.
fn add_days(date: Date, days: usize) -> Date {
    let mut d = date;
    for _ in 0..days {
        d = if d.day < days_in_month(d.year, d.month) {
            Date { day: d.day + 1, ..d }
        } else if d.month < 12 {
            Date { month: d.month + 1, day: 1, ..d }
        } else {
            Date { year: d.year + 1, month: 1, day: 1 }
        };
    }
    d
}
