//! Generated benchmark plans: valid, as specified, skewed, and reproducible.

use rondas::domain::format::{from_json, to_json};
use rondas::domain::generate::{generate, GenSpec, PRESETS, TIGHT_LOAD};
use rondas::domain::Plan;
use std::collections::HashMap;

fn preset(name: &str) -> GenSpec {
    GenSpec::preset(name).unwrap_or_else(|| panic!("preset {name}"))
}

#[test]
fn every_preset_is_a_valid_plan_that_round_trips() {
    for name in PRESETS {
        let plan = generate(&preset(name));
        assert_eq!(from_json(&to_json(&plan)).as_ref(), Ok(&plan), "{name}");
    }
}

#[test]
fn counts_match_the_spec() {
    for name in PRESETS {
        let spec = preset(name);
        let plan = generate(&spec);
        let counts = (plan.countries.len(), plan.offers.len(), plan.interests.len(), plan.theme_interests.len());
        assert_eq!(counts, (spec.countries, spec.offers, spec.interests, spec.theme_interests), "{name}");
        assert_eq!(
            (plan.event.slots.len(), plan.event.rooms.len(), plan.themes.len()),
            (spec.slots, spec.rooms, spec.themes),
            "{name}"
        );
        assert_eq!(plan.delegates.len() as u64, spec.delegates(), "{name}");
        assert_eq!(
            plan.event.rooms.iter().map(|r| u64::from(r.capacity)).sum::<u64>(),
            spec.seats_per_slot(),
            "{name}"
        );
        assert!(plan.event.rooms.iter().all(|r| spec.room_capacity.contains(&r.capacity)), "{name}");
        for c in &plan.countries {
            let delegates = plan.delegates.iter().filter(|d| d.country == c.id).count() as u32;
            assert!(spec.delegates_per_country.contains(&delegates), "{name}: {} has {delegates}", c.id);
            assert!(plan.offers.iter().any(|o| o.country == c.id), "{name}: {} offers nothing", c.id);
        }
    }
}

#[test]
fn presets_have_the_documented_sizes() {
    let sizes: Vec<(&str, usize, usize, usize, usize, usize)> = ["medium", "large", "bilateral"]
        .into_iter()
        .map(|n| {
            let s = preset(n);
            (n, s.countries, s.offers, s.interests, s.slots, s.rooms)
        })
        .collect();
    assert_eq!(
        sizes,
        [
            ("medium", 40, 150, 1_200, 12, 15),
            ("large", 120, 600, 6_000, 16, 40),
            ("bilateral", 200, 200, 3_000, 20, 80)
        ]
    );
    assert!(GenSpec::preset("huge").is_none() && GenSpec::preset("bilateral-tight").is_none());
}

#[test]
fn bilateral_is_one_delegate_one_offer_one_seat() {
    let spec = preset("bilateral");
    assert_eq!(spec.max_sessions, Some(20));
    let plan = generate(&spec);
    for c in &plan.countries {
        assert_eq!(plan.delegates.iter().filter(|d| d.country == c.id).count(), 1);
        assert_eq!(plan.offers.iter().filter(|o| o.country == c.id).count(), 1);
    }
    assert!(plan.event.rooms.iter().all(|r| r.capacity == 1));
    assert!(plan.offers.iter().all(|o| (o.max_sessions, o.min_attendees) == (20, 1)));
    // The scheduler's bilateral preset agrees: one visitor a table, one
    // meeting per interested country (and 20 rounds cap them anyway).
    let mut preset_plan = plan.clone();
    rondas::domain::schedule::bilateral(&mut preset_plan);
    assert!(preset_plan.offers.iter().all(|o| o.min_attendees == 1 && o.max_sessions >= 1));
    assert_eq!(preset_plan.event.rooms, plan.event.rooms);
}

#[test]
fn tight_presets_ask_for_one_and_a_half_to_twice_what_fits() {
    for base in ["demo-like", "medium", "large"] {
        let (loose, tight) = (preset(base), preset(&format!("{base}-tight")));
        assert!(loose.load() < 1.0, "{base}: {}", loose.load());
        assert!((TIGHT_LOAD..=2.0).contains(&tight.load()), "{base}-tight: {}", tight.load());
        assert!(tight.rooms < loose.rooms);
        // Same demand, less room.
        let (a, b) = (generate(&loose), generate(&tight));
        assert_eq!(
            (&a.countries, &a.delegates, &a.offers, &a.interests),
            (&b.countries, &b.delegates, &b.offers, &b.interests)
        );
    }
    assert!((TIGHT_LOAD..=2.0).contains(&preset("bilateral").load()));
}

#[test]
fn the_seed_decides_the_plan() {
    let spec = preset("demo-like");
    assert_eq!(generate(&spec), generate(&spec.clone()));
    let other = generate(&GenSpec { seed: 2, ..spec.clone() });
    let first = generate(&spec);
    assert_ne!(first.interests, other.interests);
    assert_ne!(first.countries, other.countries);
}

/// How many countries asked for each offer, most asked first.
fn popularity(plan: &Plan) -> Vec<usize> {
    let mut asked: HashMap<&str, usize> = plan.offers.iter().map(|o| (o.id.as_str(), 0)).collect();
    for i in &plan.interests {
        *asked.entry(i.offer.as_str()).or_default() += 1;
    }
    let mut counts: Vec<usize> = asked.into_values().collect();
    counts.sort_unstable_by(|a, b| b.cmp(a));
    counts
}

#[test]
fn interest_is_skewed() {
    for name in ["demo-like", "medium", "large", "bilateral"] {
        let plan = generate(&preset(name));
        let counts = popularity(&plan);
        let mean = plan.interests.len() / plan.offers.len();
        assert!(counts[0] >= 3 * mean, "{name}: top {} vs mean {mean}", counts[0]);
        let unwanted = counts.iter().filter(|&&n| n == 0).count();
        assert!(unwanted >= plan.offers.len() / 10, "{name}: {unwanted} unwanted");
        assert!(plan.interests.iter().all(|i| plan.offer(&i.offer).is_some_and(|o| o.country != i.country)));
    }
}
