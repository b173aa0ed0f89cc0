//! Multilingual content: offers' translations and theme names read in the reader's language,
//! falling back to the original; their validation, their round trip through the file, and the
//! theme editor's edits.

use rondas::domain::catalogue::{new_theme, theme_usage};
use rondas::domain::demo::demo_plan;
use rondas::domain::edit::{apply, Edit, RecordRef};
use rondas::domain::format::{from_json, to_json};
use rondas::domain::model::{Offer, OfferText, Plan};
use rondas::domain::validate::{validate, ProblemKind};

fn demo() -> Plan {
    demo_plan().expect("the demo reads")
}

fn offer(plan: &Plan, id: &str) -> Offer {
    plan.offer(&id.into()).cloned().expect("the demo has the offer")
}

#[test]
fn a_reader_gets_their_translation_else_the_original_with_its_language() {
    let plan = demo();
    let bolsa = offer(&plan, "off-br-bolsa-familia");
    let en = bolsa.title_in("en", "es");
    assert_eq!((en.text, en.lang), ("Bolsa Família Programme", "en"));
    assert!(!en.is_foreign_to("en"));
    let pt = bolsa.title_in("pt", "es");
    assert_eq!((pt.text, pt.lang), ("Programa Bolsa Família", "pt"), "the original is Portuguese");
    let es = bolsa.summary_in("es", "es");
    assert_eq!(es.lang, "es");
    assert!(es.text.starts_with("Programa de transferencia condicionada"));
    // Criança Feliz has no English translation: the original, in Portuguese, marked as such.
    let crianca = offer(&plan, "off-br-crianca-feliz");
    let fallback = crianca.title_in("en", "es");
    assert_eq!((fallback.text, fallback.lang), ("Programa Criança Feliz", "pt"));
    assert!(fallback.is_foreign_to("en"));
    // An offer without a language of its own is in the plan's.
    let pension = offer(&plan, "off-pe-pension65");
    assert_eq!(pension.title_in("de", "es").lang, "es");
    // A translation with a title but no summary gives the original summary.
    let summary = pension.summary_in("pt", "es");
    assert_eq!((summary.text, summary.lang), (pension.summary.as_str(), "es"));
}

#[test]
fn a_translation_into_the_original_language_is_not_used() {
    let mut o = Offer { title: "Original".into(), language: "pt".into(), ..Offer::default() };
    o.translations.insert("pt".into(), OfferText { title: "Other".into(), summary: String::new() });
    assert_eq!(o.title_in("pt", "es").text, "Original");
}

#[test]
fn texts_hold_every_language() {
    use rondas::domain::catalogue::offer_texts;
    let plan = demo();
    let snic = offer(&plan, "off-uy-snic");
    let texts: Vec<&str> = offer_texts(&plan, &snic).into_iter().map(|(_, text)| text).collect();
    let langs: Vec<&str> = snic.translations.keys().map(String::as_str).collect();
    assert_eq!(langs, ["en", "fr", "pt"]);
    for t in snic.translations.values() {
        assert!(texts.contains(&t.title.as_str()) && texts.contains(&t.summary.as_str()), "{texts:?}");
    }
    assert!(texts.contains(&snic.title.as_str()) && texts.contains(&snic.summary.as_str()));
}

#[test]
fn theme_names_fall_back_to_the_plan_language_then_english() {
    let mut plan = demo();
    let theme = plan.themes[0].clone();
    assert_eq!(theme.name_in("fr", "es").lang, "fr");
    let mut only_es = theme.clone();
    only_es.labels.retain(|k, _| k == "es" || k == "en");
    assert_eq!(only_es.name_in("pt", "es").lang, "es");
    assert_eq!(only_es.name_in("pt", "de").lang, "en");
    only_es.labels.insert("fr".into(), "  ".into());
    assert_eq!(only_es.name_in("fr", "es").lang, "es", "a blank label is no name");
    plan.themes[0].labels.clear();
    assert_eq!(plan.themes[0].name_in("en", "es").text, plan.themes[0].id.as_str());
}

#[test]
fn validation_names_unknown_languages_and_blank_titles() {
    let mut plan = demo();
    let o = plan.offer_mut(&"off-pe-pension65".into()).expect("demo offer");
    o.language = "xx".into();
    o.translations.insert("de".into(), OfferText { title: "Rente 65".into(), summary: String::new() });
    o.translations.insert("en".into(), OfferText { title: " ".into(), summary: "A pension".into() });
    let problems = validate(&plan);
    let found: Vec<(&str, &ProblemKind)> = problems.iter().map(|p| (p.field.as_str(), &p.kind)).collect();
    assert_eq!(
        found,
        [
            ("language", &ProblemKind::UnknownLanguage),
            ("translations.de", &ProblemKind::UnknownLanguage),
            ("translations.en.title", &ProblemKind::Empty),
        ]
    );
    assert!(problems.iter().all(|p| p.record == "offers/off-pe-pension65"));
}

#[test]
fn translations_round_trip_through_the_file_and_are_left_out_when_empty() {
    let plan = demo();
    let json = to_json(&plan);
    assert_eq!(from_json(&json).expect("reads"), plan);
    let plain = Offer { id: "o".into(), title: "T".into(), ..Offer::default() };
    let text = serde_json::to_string(&plain).expect("writes");
    assert!(!text.contains("translations") && !text.contains("\"language\""));
}

#[test]
fn search_finds_an_offer_by_its_translation() {
    use rondas::domain::catalogue::{search, CatalogueFilter};
    let plan = demo();
    let filter = CatalogueFilter { text: "food acquisition".into(), ..CatalogueFilter::default() };
    let ids: Vec<&str> = search(&plan, &filter).iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids.first(), Some(&"off-br-paa"), "the offer whose English title matches comes first: {ids:?}");
}

#[test]
fn a_new_theme_gets_a_free_id_from_its_name() {
    let plan = demo();
    let theme = new_theme(&plan, "es", " Economía del cuidado ");
    assert_eq!(theme.id.as_str(), "economia-del-cuidado");
    assert_eq!(theme.label("es"), "Economía del cuidado");
    let taken = plan.themes[0].clone();
    let again = new_theme(&plan, "en", taken.id.as_str());
    assert_ne!(again.id, taken.id);
    let plan = apply(&plan, Edit::PutTheme(theme.clone())).expect("a new theme lands");
    assert_eq!(plan.theme(&theme.id), Some(&theme));
}

#[test]
fn deleting_a_theme_removes_its_tags_and_theme_interests() {
    let plan = demo();
    let id = plan.theme_interests.first().expect("demo has theme interests").theme.clone();
    let usage = theme_usage(&plan, &id);
    assert!(usage.offers > 0 && usage.interests > 0);
    let after = apply(&plan, Edit::Delete(RecordRef::Theme(id.clone()))).expect("deletes");
    assert!(after.theme(&id).is_none());
    assert!(after.offers.iter().all(|o| !o.themes.contains(&id)));
    assert!(after.theme_interests.iter().all(|i| i.theme != id));
    assert_eq!(after.offers.len(), plan.offers.len(), "offers stay, without the tag");
    assert_eq!(after.theme_interests.len(), plan.theme_interests.len() - usage.interests);
}

#[test]
fn renaming_a_theme_in_one_language_keeps_the_others() {
    let plan = demo();
    let mut theme = plan.themes[1].clone();
    let es = theme.label("es").to_owned();
    theme.labels.insert("pt".into(), "Bem-estar das crianças".into());
    let after = apply(&plan, Edit::PutTheme(theme.clone())).expect("renames");
    let renamed = after.theme(&theme.id).expect("kept");
    assert_eq!(renamed.label("pt"), "Bem-estar das crianças");
    assert_eq!(renamed.label("es"), es);
}
