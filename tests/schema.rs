//! The published JSON Schema is the one derived from the model's types:
//! `UPDATE_SCHEMA=1 cargo test --test schema` rewrites it after a change.

use rondas::domain::format::schema::{schema_json, PATH};

#[test]
fn the_committed_schema_is_the_generated_one() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(PATH);
    let generated = schema_json();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("write the schema");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{PATH} differs from the schema derived from the types: run `UPDATE_SCHEMA=1 cargo test --test schema` \
         and commit it"
    );
}

#[test]
fn the_schema_derives_descriptions_and_field_rules_from_the_types() {
    let schema: serde_json::Value = serde_json::from_str(&schema_json()).expect("JSON");
    let defs = &schema["$defs"];
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    let version = rondas::domain::format::VERSION;
    assert_eq!(schema["properties"]["version"]["enum"], serde_json::json!((1..=version).collect::<Vec<_>>()));
    // A doc comment, one paragraph.
    let description = defs["Room"]["description"].as_str().unwrap_or_default();
    assert!(description.starts_with("A room where sessions take place") && !description.contains('\n'));
    // serde's attributes: unknown fields refused, defaults optional.
    assert_eq!(defs["Offer"]["additionalProperties"], false);
    let required = defs["Offer"]["required"].as_array().cloned().unwrap_or_default();
    assert!(required.contains(&"title".into()) && !required.contains(&"max_sessions".into()));
    // Field rules declared on the fields.
    assert_eq!(defs["Room"]["properties"]["capacity"]["minimum"], 1);
    assert_eq!(defs["Country"]["properties"]["iso"]["pattern"], "^[A-Z]{2}$");
    assert_eq!(defs["Score"]["properties"]["values"]["additionalProperties"]["maximum"], 5);
    assert_eq!(defs["Event"]["properties"]["name"]["$ref"], "#/$defs/NonBlank");
    assert!(defs["Response"]["oneOf"].is_array());
    // No format JSON Schema does not know.
    assert!(!schema_json().contains("uint"));
}
