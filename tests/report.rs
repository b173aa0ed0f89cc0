//! The workshop report from `rondas-cli report`: the demo's figures in its
//! JSON, the same figures stated in the Markdown and HTML, user text escaped.

use std::process::Command;

fn cli(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rondas-cli")).args(args).output().expect("runs");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

fn temp_file(name: &str, text: &str) -> String {
    let path = std::env::temp_dir().join(format!("rondas-report-test-{}-{name}", std::process::id()));
    std::fs::write(&path, text).expect("write temp file");
    path.to_string_lossy().into_owned()
}

fn demo_file(name: &str) -> String {
    let (ok, demo, _) = cli(&["demo"]);
    assert!(ok);
    temp_file(name, &demo)
}

#[test]
fn json_holds_the_demo_figures() {
    let file = demo_file("demo-json.json");
    let (ok, out, err) = cli(&["report", &file, "--format", "json"]);
    assert!(ok, "{err}");
    let r: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let f = &r["figures"];
    for (field, n) in [
        ("delegates", 54),
        ("countries", 13),
        ("agencies", 20),
        ("mechanisms", 5),
        ("offers", 34),
        ("conditional_cash_transfers", 2),
    ] {
        assert_eq!(f[field], n, "{field}");
    }
    assert_eq!(
        r["standout_themes"],
        serde_json::json!(["food-security", "child-welfare", "elderly-care", "multidimensional-poverty"])
    );
    assert_eq!(r["interests"], 151);
    // Themes offered against demanded, most offered first.
    assert_eq!(r["themes"][0]["theme"]["id"], "food-security");
    assert_eq!(r["themes"][0]["offers"], 11);
    assert_eq!(r["themes"][0]["interests"], 36);
    assert_eq!(r["themes"][0]["weight"], 77);
    // By sub-region: the five sub-regions hold the 13 countries and 34 offers.
    let subregions = r["subregions"].as_array().expect("sub-regions");
    assert_eq!(subregions.len(), 5);
    let sum = |field: &str| subregions.iter().map(|s| s[field].as_u64().unwrap_or(0)).sum::<u64>();
    assert_eq!((sum("countries"), sum("offers"), sum("interests")), (13, 34, 151));
    // Demand with no offer, and what the rounds met.
    let without: Vec<&str> = r["unmet"]["themes_without_offer"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|t| t["theme"].as_str())
        .collect();
    assert_eq!(without, ["climate-resilience", "digital-inclusion"]);
    let c = &r["coverage"];
    assert_eq!((c["sessions"].as_u64(), c["interests"].as_u64()), (Some(30), Some(151)));
    let met = c["interests_met"].as_u64().expect("met");
    assert_eq!(r["unmet"]["interests_not_met"].as_array().map(Vec::len), Some((151 - met) as usize));
    assert_eq!(r["event"]["language"], "es");
    // The cooperation actions, their evaluation and funding.
    let a = &r["actions"];
    assert_eq!((a["potential"].as_u64(), a["forms"].as_u64(), a["both_sides"].as_u64()), (Some(50), Some(58), Some(8)));
    let sum = |v: &serde_json::Value| {
        v.as_object().map_or(0, |m| m.values().filter_map(serde_json::Value::as_u64).sum::<u64>())
    };
    assert_eq!((sum(&a["by_offering"]), sum(&a["by_receiving"])), (50, 50));
    let by_type: u64 = a["by_type"].as_array().expect("types").iter().filter_map(|t| t["actions"].as_u64()).sum();
    assert_eq!(by_type, 50);
    assert_eq!(
        (a["evaluation"]["evaluators"].as_u64(), a["evaluation"]["actions_scored"].as_u64()),
        (Some(5), Some(50))
    );
    let f = &a["funding"];
    assert_eq!(
        (f["budget"].as_u64(), f["currency"].as_str(), f["chosen"].as_u64()),
        (Some(100_000), Some("USD"), Some(29))
    );
    assert!(f["chosen_cost"].as_u64().is_some_and(|c| c <= 100_000));
    assert_eq!(sum(&f["by_status"]), 29);
}

#[test]
fn markdown_and_html_state_the_figures_in_the_plan_language() {
    let file = demo_file("demo-md.json");
    let (ok, md, err) = cli(&["report", &file, "--format", "md"]);
    assert!(ok, "{err}");
    assert!(md.starts_with("# Taller regional"), "{md}");
    let figures = "54 delegados de 13 países en representación de 20 ministerios o agencias, 5 mecanismos subregionales, 34 programas, 50 acciones potenciales de cooperación.";
    assert!(md.contains(figures), "{md}");
    assert!(md.contains("Destacan los temas de seguridad alimentaria, bienestar infantil, atención a personas mayores y medición de la pobreza multidimensional."));
    assert!(md.contains("Solo 2 de los 34 programas eran transferencias monetarias condicionadas."));
    assert!(md.contains("| Seguridad alimentaria | 11 | 36 | 77 | 2 |"), "{md}");
    assert!(md.contains("## Acciones de cooperación") && md.contains("## Evaluación y financiamiento"), "{md}");
    assert!(md.contains("La selección financia 29 acciones"), "{md}");

    let out = temp_file("demo-report.html", "");
    let (ok, said, err) = cli(&["report", &file, "--format", "html", "-o", &out]);
    assert!(ok, "{err}");
    assert!(said.contains(&out));
    let html = std::fs::read_to_string(&out).expect("written");
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<html lang=\"es\">"));
    assert!(html.contains("<style>") && !html.contains("<script"));
    assert!(html.contains(figures));
    assert!(html.contains("<caption>Temas, los más ofrecidos primero</caption>"));
}

#[test]
fn lang_fr_states_the_figures_in_french() {
    let file = demo_file("demo-fr.json");
    let (ok, md, err) = cli(&["report", &file, "--format", "md", "--lang", "fr"]);
    assert!(ok, "{err}");
    assert!(md.starts_with("# Taller regional"), "{md}");
    let figures = "54 délégués de 13 pays représentant 20 ministères ou organismes, 5 mécanismes sous-régionaux, 34 programmes, 50 actions potentielles de coopération.";
    assert!(md.contains(figures), "{md}");
    assert!(md.contains("Seuls 2 des 34 programmes étaient des transferts monétaires conditionnels."), "{md}");
    assert!(md.contains("Les rencontres d’affaires ont tenu"), "{md}");
    assert!(md.contains("## Actions de coopération") && md.contains("## Évaluation et financement"), "{md}");
    assert!(md.contains("La sélection finance 29 actions") && md.contains("budget de 100\u{202f}000 USD."), "{md}");
    let (ok, html, err) = cli(&["report", &file, "--format", "html", "--lang", "fr"]);
    assert!(ok && html.contains("<html lang=\"fr\">") && html.contains(figures), "{err}");
}

#[test]
fn lang_pt_states_the_figures_in_portuguese() {
    let file = demo_file("demo-pt.json");
    let (ok, md, err) = cli(&["report", &file, "--format", "md", "--lang", "pt"]);
    assert!(ok, "{err}");
    let figures = "54 delegados de 13 países em representação de 20 ministérios ou órgãos, 5 mecanismos sub-regionais, 34 programas, 50 potenciais ações de cooperação.";
    assert!(md.contains(figures), "{md}");
    assert!(md.contains("Destacam-se os temas de segurança alimentar, bem-estar infantil, cuidado de pessoas idosas e medição da pobreza multidimensional."), "{md}");
    assert!(md.contains("Só 2 dos 34 programas eram transferências condicionadas de renda."), "{md}");
    assert!(md.contains("| Segurança alimentar | 11 | 36 | 77 | 2 |"), "{md}");
    assert!(md.contains("## Ações de cooperação") && md.contains("## Avaliação e financiamento"), "{md}");
    assert!(md.contains("A seleção financia 29 ações"), "{md}");
    assert!(
        md.contains("Lima, Perú, de terça-feira, 17 de março de 2026 a quinta-feira, 19 de março de 2026."),
        "{md}"
    );

    let (ok, html, err) = cli(&["report", &file, "--format", "html", "--lang", "pt"]);
    assert!(ok, "{err}");
    assert!(html.contains("<html lang=\"pt\">") && html.contains(figures), "{html}");
}

#[test]
fn user_text_is_escaped_and_english_plans_read_in_english() {
    let (_, demo, _) = cli(&["demo"]);
    let odd = demo.replacen("\"language\": \"es\"", "\"language\": \"en\"", 1).replacen(
        "Taller regional",
        "<script>alert(1)</script> | *Taller*",
        1,
    );
    let file = temp_file("odd.json", &odd);
    let (ok, html, err) = cli(&["report", &file, "--format", "html"]);
    assert!(ok, "{err}");
    assert!(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("54 delegates from 13 countries representing 20 ministries or agencies, 5 sub-regional mechanisms, 34 programs, 50 potential cooperation actions."));
    assert!(
        html.contains("Food security, child welfare, elderly care and multidimensional poverty measurement stand out."),
        "{html}"
    );
    assert!(html.contains("Only 2 of the 34 programs were conditional cash transfers."));
    let (ok, md, _) = cli(&["report", &file, "--format", "md"]);
    assert!(ok && md.starts_with("# \\<script\\>alert(1)\\</script\\> \\| \\*Taller\\*"), "{md}");
}

#[test]
fn bad_arguments_and_files_are_named() {
    let file = demo_file("demo-bad.json");
    let (ok, _, err) = cli(&["report", &file, "--format", "pdf"]);
    assert!(!ok && err.contains("pdf"), "{err}");
    let (ok, _, err) = cli(&["report", &file]);
    assert!(!ok && err.contains("Usage:"), "{err}");
    let broken = temp_file("broken.json", "{\"format\": \"rondas-plan\"");
    let (ok, _, err) = cli(&["report", &broken, "--format", "json"]);
    assert!(!ok && err.contains(&broken), "{err}");
}
