//! Recommendations: known answers on a small hand-built plan and on the demo.

use rondas::domain::demo::demo_plan;
use rondas::domain::ids::{CountryId, OfferId};
use rondas::domain::model::{Country, Event, Interest, Offer, Priority, Theme, ThemeInterest};
use rondas::domain::recommend::{recommend, Reason, Recommendation};
use rondas::domain::validate::validate;
use rondas::domain::Plan;
use rondas::i18n::Lang;

/// Four countries (aa, bb and dd in the north, cc in the south), four
/// themes. `aa` asked for a food offer (high) and a child offer (low), and
/// declared a medium interest in elderly care.
fn small() -> Plan {
    let country = |id: &str, subregion: &str| Country {
        id: id.into(),
        iso: id.to_uppercase(),
        name: id.into(),
        subregion: subregion.into(),
        ..Country::default()
    };
    // Offer ids name their country: `off-bb-1` is offered by bb.
    let offer = |id: &str, themes: &[&str]| Offer {
        id: id.into(),
        country: id[4..6].into(),
        title: id.into(),
        themes: themes.iter().map(|&t| t.into()).collect(),
        ..Offer::default()
    };
    let interest = |country: &str, offer: &str, priority| Interest {
        country: country.into(),
        offer: offer.into(),
        priority,
        ..Interest::default()
    };
    let plan = Plan {
        id: "small".into(),
        event: Event { name: "Small".into(), language: "en".into(), ..Event::default() },
        themes: ["food", "child", "old", "registry"]
            .map(|t| Theme { id: t.into(), labels: [("en".to_owned(), t.to_owned())].into() })
            .into(),
        countries: vec![country("aa", "North"), country("bb", "North"), country("cc", "South"), country("dd", "North")],
        offers: vec![
            offer("off-aa-1", &["food"]),
            offer("off-bb-1", &["food", "child"]),
            offer("off-bb-2", &["old"]),
            offer("off-cc-1", &["food"]),
            offer("off-cc-2", &["registry"]),
            offer("off-cc-3", &["old", "old"]),
            offer("off-dd-1", &["child"]),
            offer("off-dd-2", &["food"]),
        ],
        interests: vec![
            interest("aa", "off-cc-1", Priority::High),
            interest("aa", "off-dd-1", Priority::Low),
            interest("bb", "off-dd-2", Priority::Low),
            interest("cc", "off-bb-2", Priority::High),
            interest("dd", "off-bb-1", Priority::Medium),
            interest("dd", "off-cc-2", Priority::High),
        ],
        theme_interests: vec![
            ThemeInterest {
                country: "aa".into(),
                theme: "old".into(),
                priority: Priority::Medium,
                ..Default::default()
            },
            ThemeInterest {
                country: "cc".into(),
                theme: "food".into(),
                priority: Priority::High,
                ..Default::default()
            },
        ],
        ..Plan::default()
    };
    assert_eq!(validate(&plan), []);
    plan
}

fn ranking(plan: &Plan, country: &str) -> Vec<(String, u32)> {
    recommend(plan, &CountryId::from(country)).into_iter().map(|r| (r.offer.to_string(), r.score)).collect()
}

fn owned(table: &[(&str, u32)]) -> Vec<(String, u32)> {
    table.iter().map(|(o, s)| (o.to_string(), *s)).collect()
}

#[test]
fn ranks_by_score_then_offer_id() {
    // off-bb-1: food asked (3) + children asked (1) + dd nearby asked it (1).
    // off-bb-2, off-cc-3: elderly care declared medium (2 × 2), once each.
    // off-dd-2: food asked (3) + bb nearby asked it (1).
    assert_eq!(ranking(&small(), "aa"), owned(&[("off-bb-1", 5), ("off-bb-2", 4), ("off-cc-3", 4), ("off-dd-2", 4)]));
}

#[test]
fn leaves_out_own_asked_and_unfitting_offers() {
    let found = ranking(&small(), "aa");
    for left_out in ["off-aa-1", "off-cc-1", "off-dd-1", "off-cc-2"] {
        assert!(found.iter().all(|(o, _)| o != left_out), "{left_out} in {found:?}");
    }
    // bb asked for food (low) only: the food offers it has not asked for,
    // off-cc-1 ahead because aa, in the north too, asked for it.
    assert_eq!(ranking(&small(), "bb"), owned(&[("off-cc-1", 2), ("off-aa-1", 1)]));
    // cc: food declared high (6 each) and elderly care asked (3).
    assert_eq!(ranking(&small(), "cc"), owned(&[("off-aa-1", 6), ("off-bb-1", 6), ("off-dd-2", 6)]));
    assert!(recommend(&small(), &CountryId::from("zz")).is_empty());
}

#[test]
fn reasons_are_structured_strongest_first_and_add_up() {
    let plan = small();
    let first = recommend(&plan, &CountryId::from("aa")).remove(0);
    assert_eq!(
        first,
        Recommendation {
            offer: OfferId::from("off-bb-1"),
            score: 5,
            reasons: vec![
                Reason::AskedForTheme { theme: "food".into(), count: 1, weight: 3 },
                Reason::AskedForTheme { theme: "child".into(), count: 1, weight: 1 },
                Reason::PopularWithSubregion { subregion: "North".into(), count: 1 },
            ],
        }
    );
    let elderly = &recommend(&plan, &CountryId::from("aa"))[2];
    assert_eq!(elderly.offer.as_str(), "off-cc-3");
    assert_eq!(elderly.reasons, vec![Reason::ThemeInterest { theme: "old".into(), priority: Priority::Medium }]);
}

#[test]
fn reasons_read_in_english_and_spanish() {
    let plan = demo_plan().expect("the demo is valid");
    let shown = [
        (
            Reason::ThemeInterest { theme: "elderly-care".into(), priority: Priority::High },
            "you declared an interest in Elderly care (priority: High)",
        ),
        (
            Reason::AskedForTheme { theme: "elderly-care".into(), count: 3, weight: 7 },
            "you asked for 3 Elderly care programs",
        ),
        (
            Reason::AskedForTheme { theme: "food-security".into(), count: 1, weight: 2 },
            "you asked for 1 Food security program",
        ),
        (Reason::PopularWithSubregion { subregion: "Cono Sur".into(), count: 1 }, "1 country of Cono Sur asked for it"),
        (Reason::PopularWithSubregion { subregion: "Andina".into(), count: 2 }, "2 countries of Andina asked for it"),
    ];
    for (reason, text) in &shown {
        assert_eq!(&Lang::default().recommend_reason(&plan, reason), text);
    }
    let es = Lang::from_code("es").expect("Spanish");
    assert_eq!(es.recommend_reason(&plan, &shown[1].0), "pidió 3 programas de Atención a personas mayores");
}

#[test]
fn ties_do_not_depend_on_catalogue_order() {
    let plan = small();
    let mut shuffled = plan.clone();
    shuffled.offers.reverse();
    shuffled.interests.reverse();
    for country in ["aa", "bb", "cc", "dd"] {
        let id = CountryId::from(country);
        assert_eq!(recommend(&plan, &id), recommend(&shuffled, &id), "{country}");
    }
}

#[test]
fn demo_known_answers() {
    let plan = demo_plan().expect("valid demo");
    // Guatemala asked for 8 food-security programs and declared food security
    // high: the two food transfers it did not ask for come first.
    assert_eq!(
        ranking(&plan, "gt")[..4],
        owned(&[
            ("off-ar-tarjeta-alimentar", 26),
            ("off-uy-tus", 26),
            ("off-ar-primera-infancia", 17),
            ("off-cr-redcudi", 17)
        ])
    );
    // Uruguay: REDCUDI fits the child-welfare and care programs it asked for;
    // Pensión 65 the two elderly-care ones (both high) and its declared theme,
    // and two Cono Sur neighbours asked for it.
    assert_eq!(ranking(&plan, "uy")[..2], owned(&[("off-cr-redcudi", 12), ("off-pe-pension65", 12)]));
    let pension = &recommend(&plan, &CountryId::from("uy"))[1];
    assert_eq!(
        pension.reasons,
        vec![
            Reason::AskedForTheme { theme: "elderly-care".into(), count: 2, weight: 6 },
            Reason::ThemeInterest { theme: "elderly-care".into(), priority: Priority::Medium },
            Reason::PopularWithSubregion { subregion: "Cono Sur".into(), count: 2 },
        ]
    );
}

#[test]
fn demo_recommendations_are_new_ranked_and_scored_by_their_reasons() {
    let plan = demo_plan().expect("valid demo");
    for country in &plan.countries {
        let found = recommend(&plan, &country.id);
        assert!(!found.is_empty(), "nothing for {}", country.name);
        for r in &found {
            let offer = plan.offer(&r.offer).expect("a catalogue offer");
            assert_ne!(offer.country, country.id, "{} gets its own {}", country.name, r.offer);
            assert!(plan.interest(&country.id, &r.offer).is_none(), "{} already asked for {}", country.name, r.offer);
            assert!(r.score > 0);
            assert_eq!(r.score, r.reasons.iter().map(Reason::points).sum::<u32>());
        }
        let order = |r: &Recommendation| (std::cmp::Reverse(r.score), r.offer.clone());
        assert!(found.windows(2).all(|w| order(&w[0]) < order(&w[1])), "{} unsorted", country.name);
    }
}
