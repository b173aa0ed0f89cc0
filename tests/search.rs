//! Search that understands words, on the demo: accents (precomposed and
//! decomposed), case, gender and number, the synonyms of themes in four
//! languages, the ranking, and no flood of false matches.

use rondas::domain::catalogue::{search, CatalogueFilter, Found, SearchIndex};
use rondas::domain::demo::demo_plan;
use rondas::domain::generate::{generate, GenSpec};
use rondas::domain::model::Plan;
use std::time::Instant;

/// The demo's seven offers of the elderly-care theme.
const ELDERLY_CARE: [&str; 7] = [
    "off-cl-eleam",                   // Establecimientos de Larga Estadía para Adultos Mayores (Chile)
    "off-co-colombia-mayor",          // Programa Colombia Mayor
    "off-cr-red-cuido",               // Red de Atención Progresiva … de las Personas Adultas Mayores (Costa Rica)
    "off-ec-mis-mejores-anos",        // Misión Mis Mejores Años (Ecuador)
    "off-mx-pension-adultos-mayores", // Pensión para el Bienestar de las Personas Adultas Mayores (México)
    "off-pe-pension65",               // Pensión 65 (Perú)
    "off-uy-snic",                    // Sistema Nacional Integrado de Cuidados (Uruguay)
];

fn plan() -> Plan {
    demo_plan().expect("valid demo")
}

fn find(plan: &Plan, text: &str) -> Found {
    SearchIndex::new(plan).search(&CatalogueFilter { text: text.into(), ..Default::default() })
}

fn sorted(ids: &[rondas::domain::ids::OfferId]) -> Vec<&str> {
    let mut ids: Vec<&str> = ids.iter().map(|id| id.as_str()).collect();
    ids.sort_unstable();
    ids
}

#[test]
fn the_demo_has_seven_elderly_care_offers() {
    let plan = plan();
    let themed: Vec<&str> = plan
        .offers
        .iter()
        .filter(|o| o.themes.iter().any(|t| t.as_str() == "elderly-care"))
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(themed, ELDERLY_CARE);
}

#[test]
fn elderly_care_is_found_in_every_language() {
    let plan = plan();
    for query in [
        "adultos mayores",
        "ancianos",
        "idosos",
        "personnes âgées",
        "tercera edad",
        "Pessoa idosa",
        "older persons",
        "vejez",
    ] {
        let found = find(&plan, query);
        assert_eq!(sorted(&found.all), ELDERLY_CARE, "{query}");
        assert!(found.some.is_empty(), "{query}: {:?}", found.some);
    }
}

#[test]
fn gender_and_number_do_not_matter() {
    let plan = plan();
    // The title says "Adultos Mayores"; the population "Personas de 60 años".
    for query in ["adulta mayor", "ADULTAS MAYORES", "adulto mayor"] {
        assert!(find(&plan, query).all.iter().any(|id| id.as_str() == "off-cl-eleam"), "{query}");
    }
    let disability = find(&plan, "persona con discapacidad permanente");
    assert_eq!(disability.all.first().map(|id| id.as_str()), Some("off-mx-pension-discapacidad"));
    assert_eq!(sorted(&find(&plan, "familia ").all), sorted(&find(&plan, "familias ").all));
    assert_eq!(sorted(&find(&plan, "jovenes ").all), sorted(&find(&plan, "joven ").all));
}

#[test]
fn decomposed_accents_fold() {
    let mut plan = plan();
    let precomposed = find(&plan, "nutrición");
    assert_eq!(find(&plan, "nutricio\u{301}n"), precomposed);
    assert_eq!(find(&plan, "NUTRICIO\u{301}N"), precomposed);
    // A title typed with a combining accent is found without one, and with one.
    let offer = plan.offers.iter_mut().find(|o| o.id.as_str() == "off-uy-tus").expect("demo offer");
    offer.title = "Tarjeta Uruguay Social: alimentacio\u{301}n y nin\u{303}ez".into();
    for query in ["alimentación niñez", "alimentacion ninez", "alimentacio\u{301}n nin\u{303}ez"] {
        assert_eq!(find(&plan, query).all.first().map(|id| id.as_str()), Some("off-uy-tus"), "{query}");
    }
}

#[test]
fn a_theme_is_found_by_its_label_in_any_language_or_a_synonym() {
    let plan = plan();
    let registries: Vec<&str> = plan
        .offers
        .iter()
        .filter(|o| o.themes.iter().any(|t| t.as_str() == "social-registries"))
        .map(|o| o.id.as_str())
        .collect();
    let mut registries = registries;
    registries.sort_unstable();
    for query in ["Cadastros sociais", "registres sociaux", "social registry", "registro social"] {
        let found = find(&plan, query);
        assert!(registries.iter().all(|id| sorted(&found.all).contains(id)), "{query}: {:?}", found.all);
    }
    // A concept may stand for a kind of program: both conditional cash transfers.
    let cash = find(&plan, "transferencias condicionadas");
    for id in ["off-br-bolsa-familia", "off-py-tekopora"] {
        assert!(cash.all.iter().any(|x| x.as_str() == id), "{id}");
    }
}

#[test]
fn offers_matching_every_word_come_first() {
    let plan = plan();
    let found = find(&plan, "nutricion guatemala");
    assert_eq!(sorted(&found.all), ["off-gt-cruzada-nutricion"]);
    assert!(!found.some.is_empty());
    let ranked: Vec<&str> =
        search(&plan, &CatalogueFilter { text: "nutricion guatemala".into(), ..Default::default() })
            .iter()
            .map(|o| o.id.as_str())
            .collect();
    assert_eq!(ranked.first(), Some(&"off-gt-cruzada-nutricion"));
    // The title's own words rank above a theme's synonym.
    assert_eq!(find(&plan, "alimentación escolar").all.first().map(|id| id.as_str()), Some("off-py-hambre-cero"));
}

#[test]
fn no_flood_of_false_matches() {
    let plan = plan();
    // "mayo" being typed matches the words it begins ("mayores"), and only those.
    let typing = find(&plan, "mayo");
    assert!(typing.all.len() <= 8, "{:?}", typing.all);
    for id in &typing.all {
        let offer = plan.offer(id).expect("found offer");
        let text = format!("{} {} {}", offer.title, offer.summary, offer.target_population).to_lowercase();
        assert!(text.contains("mayo") || offer.themes.iter().any(|t| t.as_str() == "elderly-care"), "{id}");
    }
    // Typed as a whole word, "mayo" (May) is nowhere in the demo.
    assert_eq!(find(&plan, "mayo ").all.len(), 0);
    assert_eq!(find(&plan, "zzzz").all.len(), 0);
    // Short starts and words that carry no meaning do not flood either.
    assert_eq!(find(&plan, "ma").all.len(), 0);
    assert_eq!(find(&plan, "de la").all.len(), plan.offers.len());
    assert!(find(&plan, "programa").all.len() < plan.offers.len());
}

/// A benchmark, not an assertion: `cargo test --release --test search -- --nocapture timing`.
#[test]
fn logs_the_timing_of_a_search_on_600_offers() {
    let spec = GenSpec::preset("large").expect("preset");
    let plan = generate(&spec);
    let start = Instant::now();
    let index = SearchIndex::new(&plan);
    let built = start.elapsed();
    let queries = ["a", "an", "anc", "ancianos", "seguridad alimentaria", "adultos mayores pobreza", "programa"];
    let start = Instant::now();
    let found: usize = queries
        .iter()
        .map(|q| index.search(&CatalogueFilter { text: (*q).into(), ..Default::default() }).all.len())
        .sum();
    let each = start.elapsed() / queries.len() as u32;
    eprintln!(
        "search on {} offers: index built in {built:?}, {each:?} per query ({} queries, {found} offers found)",
        plan.offers.len(),
        queries.len()
    );
}
