//! Catalogue search and filters on the demo.

use rondas::domain::catalogue::{search, CatalogueFilter};
use rondas::domain::demo::demo_plan;
use rondas::domain::model::{Modality, ProgramType};

fn titles(filter: &CatalogueFilter) -> Vec<String> {
    let plan = demo_plan().expect("valid demo");
    search(&plan, filter).iter().map(|o| o.title.clone()).collect()
}

fn text(t: &str) -> CatalogueFilter {
    CatalogueFilter { text: t.into(), ..Default::default() }
}

#[test]
fn search_ignores_accents_and_case() {
    let found = titles(&text("nutricion"));
    assert!(found.iter().any(|t| t.contains("Nutrición")), "{found:?}");
    assert_eq!(titles(&text("NUTRICIÓN")), found);
    assert_eq!(titles(&text("")).len(), 34);
    assert!(titles(&text("zzzz")).is_empty());
}

#[test]
fn search_looks_at_country_agency_and_themes() {
    assert!(titles(&text("bolsa familia")).iter().any(|t| t.contains("Bolsa Família")));
    assert!(!titles(&text("peru")).is_empty());
    assert!(!titles(&text("MIDIS")).is_empty());
    let sorted = |mut found: Vec<String>| {
        found.sort();
        found
    };
    assert_eq!(
        sorted(titles(&text("elderly care"))),
        sorted(titles(&CatalogueFilter { theme: Some("elderly-care".into()), ..Default::default() }))
    );
}

#[test]
fn filters_combine() {
    let cct = CatalogueFilter { program_type: Some(ProgramType::ConditionalCashTransfer), ..Default::default() };
    assert_eq!(titles(&cct).len(), 2);
    let brazil_cct = CatalogueFilter { country: Some("br".into()), ..cct.clone() };
    assert_eq!(titles(&brazil_cct).len(), 1);
    let visits = CatalogueFilter { modality: Some(Modality::ExpertVisit), ..Default::default() };
    let n = titles(&visits).len();
    assert!(n > 0 && n < 34);
    assert!(!visits.is_empty() && CatalogueFilter::default().is_empty());
}
